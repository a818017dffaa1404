"""The Bot API double's HTML parse mode: what Telegram accepts, refuses and counts in UTF-16."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import (
    BadRequest,
)

from tgdouble import (
    BotApiDouble,
    HtmlParseError,
    TextError,
    format_text,
    parse_html,
    utf16_len,
)

# -- HTML parse mode -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "description"),
    [
        ("<b>bold", "Can't find end tag corresponding to start tag b"),
        ("hi <div>x</div>", 'Unsupported start tag "div" at byte offset 3'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("é <b", "Unclosed start tag at byte offset 3"),  # byte offsets: é is two bytes
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<a href=x/y>t</a>", "Unexpected end of name token at byte offset 8"),
        ("<a href>t</a>",
         'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ('<tg-emoji emoji-id="x">👍</tg-emoji>', "Invalid custom emoji identifier specified"),
        ("&#55357;", "Text contains invalid Unicode characters after decoding HTML entities, "
                     "check for unmatched surrogate code units"),
    ],
)  # fmt: skip
def test_html_parse_errors(markup: str, description: str) -> None:
    with pytest.raises(HtmlParseError) as caught:
        parse_html(markup)
    assert caught.value.description == description


def test_html_entities_offsets_in_utf16() -> None:
    text, entities = parse_html(
        '👍 <b>bold</b> <a href="https://example.com">link</a> '
        '<pre><code class="language-python">x = 1</code></pre> <tg-spoiler>s</tg-spoiler> '
        '<span class="tg-spoiler">t</span> <blockquote expandable>q</blockquote> '
        '<a href="tg://user?id=42">Al</a> <tg-emoji emoji-id="5368324170671202286">🙂</tg-emoji>'
    )
    assert text == "👍 bold link x = 1 s t q Al 🙂"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 4},
        {"type": "text_link", "offset": 8, "length": 4, "url": "https://example.com"},
        {"type": "pre", "offset": 13, "length": 5, "language": "python"},
        {"type": "spoiler", "offset": 19, "length": 1},
        {"type": "spoiler", "offset": 21, "length": 1},
        {"type": "expandable_blockquote", "offset": 23, "length": 1},
        {
            "type": "text_mention",
            "offset": 25,
            "length": 2,
            "user": {"id": 42, "is_bot": False, "first_name": "42"},
        },
        {
            "type": "custom_emoji",
            "offset": 28,
            "length": 2,
            "custom_emoji_id": "5368324170671202286",
        },
    ]
    assert utf16_len(text) == 30


def test_html_character_references() -> None:
    text, entities = parse_html("&lt;b&gt; &amp; &quot; &#65;&#x42; &nbsp; &copy; AT&T &amp")
    assert text == '<b> & " AB &nbsp; &copy; AT&T &'  # unknown names stay as written
    assert entities == []
    assert parse_html("<B>X</B><CODE>y</>") == (
        "Xy",
        [{"type": "bold", "offset": 0, "length": 1}, {"type": "code", "offset": 1, "length": 1}],
    )


def test_format_text_trims_and_limits() -> None:
    assert format_text("  <b> hi</b>  \n", "HTML") == (
        "hi",
        [{"type": "bold", "offset": 0, "length": 2}],
    )
    assert format_text("<b>" + "a" * 4096 + "</b>", "HTML")[0] == "a" * 4096  # tags don't count
    with pytest.raises(TextError, match="too long"):
        format_text("😀" * 2049)  # 4098 UTF-16 units
    with pytest.raises(TextError, match="empty"):
        format_text(" \n ")
    assert format_text("*not parsed*", "MarkdownV2") == ("*not parsed*", [])
    assert format_text("tab\there\r\n") == ("tab here", [])  # as Telegram cleans text


async def test_html_error_through_the_api(double: BotApiDouble, bot: Bot) -> None:
    double.add_user(1001, "Alice")
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(1001, "<b>open", parse_mode="HTML")
    assert caught.value.message == (
        "Can't parse entities: can't find end tag corresponding to start tag b"
    )

"""Coming out, told as news that went well: the classifier defers to it.

On a youth line, "finally came out as trans to my best friend and she hugged me" or "came out
to my mom today and she took it better than I thought" is good news; the classifier, which has
seen "came out" mostly beside a hospital, a ward or a dark story, asks about risk or gives the
full reply. ``went_well`` is True when the writer came out (to someone, or as an identity) and
the message tells a good reception (a hug, love, support, "took it well", "nobody cared").

Only the classifier defers: a rule that reads a wish to die or a plan beside it ("came out to my
parents and they kicked me out, i don't want to be here anymore") still answers, and so does a
bad reception, which is left to the classifier. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_CAME_OUT = needles.compile(
    r"\b(?:came|come|coming) out (?:to (?:my |our |the |a )?\w+|as (?:\w+ )?(?:gay|lesbian|bi|"
    r"bisexual|pan|pansexual|trans|transgender|nonbinary|non binary|nb|enby|queer|ace|asexual|"
    r"aro|genderfluid|genderqueer|a (?:trans )?(?:boy|girl|guy|man|woman)))\b"
)
# ...and it was taken well
_WELL = needles.compile(
    r"\b(?:hugged me|hugs?|loves? me|love me no matter|took it (?:well|better|really well|great|"
    r"fine)|better than i (?:thought|expected|feared)|(?:so |really |very )?supportive|accepted "
    r"me|accepts me|proud of me|nobody cared|no one cared|no big deal|did not care|didnt care|"
    r"was (?:so )?(?:cool|chill|sweet|kind|lovely) about it|cried happy|happy tears|went (?:well|"
    r"great|fine|ok|okay)|relieved|so happy|best day)\b"
)
# ...and nothing told of a bad one
_BADLY = needles.compile(
    r"\b(?:kicked me out|threw me out|disowned|hit me|rather have a dead|hates? me|screamed|"
    r"yelled|not safe|cut me off|conversion|pray (?:it|the gay) away|took my phone)\b"
)


def went_well(plain: str) -> bool:
    """Coming out told with a good reception and no bad one."""
    return (
        _CAME_OUT.search(plain) is not None
        and _WELL.search(plain) is not None
        and _BADLY.search(plain) is None
    )

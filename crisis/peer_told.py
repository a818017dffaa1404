"""Someone else at risk, told by a young peer in the words of games and stories: helpers' reply.

- ``_LOGGING_OUT``: a friend who keeps saying she wants to "log out" or "quit" for good, and who
  has given away her account, her main or her items ("my duo says he's logging off forever irl
  and just sent me all his skins"). Leaving a platform or a game that is named ("log out of
  instagram for good", "quitting fortnite, gave me his account") is the lookalike;
- ``_CUTS_POSTED``: fresh or new cuts posted or shared by someone on their story or in a chat
  ("someone in my class put up new cuts on their close friends"). A barber's fresh cuts, a
  butcher's, a film's or a florist's are the lookalikes.

Read on normalised text (``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_SAID = (
    r"(?:she|he|they|hes|shes|theyre|bestie|friend|duo|partner|bf|gf|player 2|p2|mate|bro|sis)"
    r" (?:\w+ ){0,3}?(?:wants? to|want to|wanna|keeps? saying|said|says|talks? about|talking "
    r"about|is going to|is gonna|will|plans? to|is|are) (?:\w+ ){0,2}?"
)
_FOR_GOOD = r"(?:permanently|forever|for ever|for good|irl|from life|of life|for real)"
_LOGGING_OUT = needles.compile(
    r"\b" + _SAID + r"(?:log out|logout|log off|logging out|logging off|quit|quitting|uninstall|"
    r"uninstalling|delete (?:herself|himself|themselves)|unsubscrib\w*|rage quit\w*|despawn\w*|"
    r"respawn\w* never) " + _FOR_GOOD + r"\b"
)
# ...leaving a named platform or game
_PLATFORM = needles.compile(
    r"\b(?:log out|logout|log off|logging out|logging off|quit|quitting|uninstall\w*) (?:\w+ )?"
    r"(?:of|from|on)? ?(?:the |this |that )?(?:game|app|server|account|instagram|insta|tiktok|"
    r"twitter|discord|snapchat|fortnite|league|valorant|minecraft|roblox|wow|socials?|reddit|"
    r"facebook|steam|genshin|overwatch|apex|cod|clan|guild)\b"
    r"|\b(?:quitting|quit|done with|leaving) (?:the |this )?(?:game|app|server|clan|guild)\b"
)
_GIVEN_AWAY = needles.compile(
    r"\b(?:gave|given|giving|sent|handed|transferred|passed) (?:me |us |away |over )?(?:\w+ )?"
    r"(?:her|his|their|all (?:her|his|their)) (?:\w+ )?(?:account|accounts|main|login|password|"
    r"skins|items|inventory|stuff|things|pets?|collection|cards|characters?)\b"
)

_CUTS_POSTED = needles.compile(
    r"\b(?:posted|shared|put up|uploaded|sent|showed) (?:\w+ ){0,3}?(?:fresh|new|deep|open|"
    r"bleeding|recent) (?:self harm )?cuts\b"
    r"|\b(?:posted|shared|put up|uploaded|sent) (?:\w+ ){0,3}?(?:pics?|photos?|pictures?|videos?) "
    r"of (?:her|his|their) (?:fresh |new )?(?:cuts|self harm|sh)\b"
)
_TRADE = needles.compile(
    r"\b(?:barber\w*|haircuts?|fades?|salon|hair|butcher\w*|meat|steaks?|beef|lamb|pork|film|"
    r"movie|edit|edits|trailer|director|florist|flowers|lumber|wood|timber|fabric|diamonds?|"
    r"gems?|budget|price|prices|rates?|tax)\b"
)


def other(plain: str) -> bool:
    """True when a peer's leaving for good, or their fresh cuts posted, is told."""
    leaving = _LOGGING_OUT.search(plain) is not None and _PLATFORM.search(plain) is None
    if leaving and _GIVEN_AWAY.search(plain):
        return True
    return _CUTS_POSTED.search(plain) is not None and _TRADE.search(plain) is None

"""Messages that sound alarming but say themselves that they are not a crisis.

A joke that names its trivial cause ("this homework is gonna make me kms 💀"), a video game, a
story or a song, a crisis long over, a hypothetical, or a denial reported ("my therapist asked if
i had suicidal thoughts and i said no"). Each has its own way back: a joke marked "not a joke", a
game "but irl", a denial taken back; a named
artist's song said to be "about" it. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import cues, everyday, framed, needles, settled, signals

# Messages that sound alarming but say so themselves that they are not: a joke with its cause
# ("this homework is gonna make me kms 💀"), a video game, a crisis long past.
JOKE_MARK = needles.compile(r"lol|lmao|lmfao|\bjk\b|haha|😂|🤣|💀|😤|😭|😆|🙄")
_NOT_A_JOKE = needles.compile(
    r"not (?:a )?jok|no cap|fr fr|for real|i have a plan|serious|not kidding|🙃|🥀|🖤"
    # a cover story: "she thinks i'm moving lol"
    r"|\b(?:thinks|think|believes|told (?:her|him|them|everyone)) (?:that )?i(?:'m|\u2019m| am|m) "
    r"(?:just )?(?:moving|going away|leaving town|travell?ing)\b"
    # a will of one's own written, its "lol" no joke: "wrote my will in my notes app lol"
    r"|\b(?:wrote|written|made|typed) (?:up )?my (?:own )?will\b"
    # the one thing keeping the writer here, its "lol" bitter: "lol the only thing keeping me
    # here is that my dog needs walking"
    r"|\bonly (?:thing|reason|one) (?:that\W?s |that is |that )?(?:keeping|keeps|holding) me "
    r"(?:here|alive|around)\b|\bonly reason i(?:\W?m| am)? (?:still )?(?:alive|here|around)\b"
    r"|\bonly reason i (?:have not|haven\W?t|havent|did not|didn\W?t|didnt) (?:done it|checked out|"
    r"ended it|killed myself|gone through with it|jumped)\b"
)
_TRIVIAL_CAUSE = needles.compile(
    r"\b(?:make me|makes me|made me|one more|mondays?|homework|zoom|meeting|texts me|my cat|"
    r"my dog|this (?:song|game|class|show|meme)|elden ring|minecraft|fortnite|roblox|the sims|"
    r"my sims|in game|respawn)\b"
)
_FICTION = needles.compile(
    r"\b(?:in the (?:book|novel|film|movie|show|series|play|story)|the character|characters|"
    r"novel|book club|literature group|tolstoy|karenina|hamlet|romeo and juliet|lyrics?|"
    r"song lyric\w*)\b"
    # a tune stuck in the head, not a thought: "the thought of it is stuck in my head" is read
    r"|\bstuck in my head\b(?=.*\b(?:song|tune|track|theme|chorus|album|band|radio|playlist|"
    r"jingle|melody|on repeat)\b)|\b(?<!like a )(?:song|tune|track|theme|chorus|album|band|"
    r"radio|playlist|jingle|melody)\b.*\bstuck in my head\b"
    # ...but "it's like a song stuck in my head": a thought likened to a tune, not a tune
)
# A game played to get through a wish of one's own, not a wish the game caused: "playing
# minecraft all night because i want to die", "not even fortnite distracts me from wanting to die"
_PLAYED_TO_COPE = needles.compile(
    r"\b(?:because|cause|cos|coz|since|so i do not|to forget|to stop|to distract me from) "
    r"(?:that )?(?:i (?:\w+ )?(?:want|wanna|keep wanting|think about (?:wanting )?)(?: to)? |"
    r"wanting to |think about (?:wanting to )?|"
    r"thinking about )(?:die|kill myself|end it|end my life|not be here|not exist)\b"
    r"|\bnot even \w+(?: \w+)? (?:helps|distracts me|stops the thoughts)\b(?! (?:me|with|to|for|"
    r"against|on|in|at)\b)|\bnothing (?:distracts me|stops the thoughts)\b"
    r"|\bonly thing (?:keeping|that keeps) me (?:alive|here|going)\b"
)
# A child or a friend who plays the game and told someone what they feel: their words, not the
# game's, beside a game's name.
_THEY_SAID = needles.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:said|says|saying|told (?:me|us)|tells (?:me|us)|texted|messaged|"
    r"wrote)\b(?: \S+){0,6}? (?:die|dying|dead|kill (?:himself|herself|themselves)|end it|end "
    r"(?:his|her|their) life|(?:hurt|harm|cut) (?:himself|herself|themselves)|suicid\w*|not be "
    r"here|not (?:want|wanna) to (?:live|be here)|disappear)\b"
)
# "my therapist asked if i had suicidal thoughts and i said no": a denial reported, unless the
# message goes on to take it back.
_DENIED = needles.compile(
    r"\basked (?:me )?(?:if|whether) i (?:\w+ ){0,6}?(?:suicid\w*|self harm\w*|hurt\w* myself|"
    r"kill\w* myself)\b(?: \w+){0,6}? (?:i said no|said no|i told (?:her|him|them) no|"
    r"i do not|i am not)\b(?!.*\b(?:but|lie|lied|lying|actually|truth|true|really|honestly|means|"
    r"plan)\b)"
)


# A named artist's song told about: "that song by johnny cash is on repeat, he really wrote about
# cutting himself huh". Not a song by someone the writer knows ("by my son"), and only with no
# word of the writer's own in the message ("...he wrote about cutting himself, i do it too").
_ARTIST_WROTE = needles.compile(
    r"^(?!.*\b(?:i|me|my|myself|mine|im|i m|ive|i ve|id|i d|ill|i ll)\b)"
    r".*\b(?:song|track|album|record|cover|ballad|single|lyrics?)\b(?: \S+){0,6}? by (?!(?:my|"
    r"me|him|her|them|a|an|his|their|the way)\b)\w+\b"
    r".*\b(?:he|she|they) (?:really |literally |actually |clearly |basically |obviously )?"
    r"(?:wrote|writes|sang|sings|raps|rapped|was singing|is singing) about\b"
)

# A milestone clean from self-harm or a drug, told as good news: "6 months clean from cutting
# today, so proud". Any word of the time lost, an urge or an end, and it is read as it stands.
_MILESTONE = needles.compile(
    r"^(?!.*\b(?:gone|broke|broken|lost|relaps\w*|again|reset|ruined|wasted|threw|blew|over|"
    r"drain|urges?|crav\w*|want\w*|wish\w*|miss\w*|tempt\w*|struggl\w*|hard|but|tonight|die|"
    r"dead|kill\w*|end\w*|not being|not be here|anymore|any more|pills|blade|razor|after|used|"
    r"using|took|taken|did|amount|dose|eyes|breath\w*|blue|overdos\w*|od|hoping|last time)\b)"
    r".*\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:days?|weeks?|"
    r"months?|years?|yrs?|wks?|mos) clean\b"
)


def not_meant(text: str, plain: str) -> bool:
    """A joke that names its trivial cause, a video game, a crisis long over, a milestone clean,
    or a denial."""
    if _MILESTONE.search(plain):
        return True
    if cues.GAME.search(plain) and not cues.MET_IN_GAME.search(plain):
        if _THEY_SAID.search(plain):
            return False  # "my son plays fortnite all day and told me he wants to kill himself"
        if _PLAYED_TO_COPE.search(plain):
            return False  # "playing minecraft all night because i want to die and nothing helps"
        return framed.IRL.search(plain) is None  # "in minecraft terms, but irl: the fastest way"
    if _FICTION.search(plain) or _DENIED.search(plain) or _ARTIST_WROTE.search(plain):
        return True
    if settled.HYPOTHETICAL.search(plain):
        return True
    if signals.resolved(plain):
        return True
    if everyday.not_meant(text, plain):
        return True  # "french exam tomorrow, i will die 😅", a lamp given away before flying home
    lowered = text.casefold()
    return (
        JOKE_MARK.search(lowered) is not None
        and _NOT_A_JOKE.search(lowered) is None
        and _TRIVIAL_CAUSE.search(plain) is not None
    )

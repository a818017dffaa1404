"""How many pills it takes, asked in the forms the larger lexicons did not read: the full reply
(``method``).

- Turkish: the general "you" ("kaç tane uyku hapı içersen ölürsün", "kaç hap ölümcül olur").
- Chinese: how many sleeping pills are "enough", "so as not to be saved" ("安眠药吃多少片才够").
- Swahili: how many sleeping pills are enough to kill ("vidonge vingapi ... vinatosha kuua").
- Romanian: the surest or painless method "to feel nothing any more".

How many pills a day, how many to take for a headache, how much sleep is enough, and a method
for a lesson, a recipe or a cleaning job stay quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "method": (
        # Turkish: "how many ... would you die" in the general second person
        r"kaç (?:tane )?(?:\w+ ){0,4}?(?:içersen|yutarsan|alırsan|alirsan) (?:\w+ )?(?:ölürsün|"
        r"olursun ölü|ölünür|ölür müsün)",
        # Chinese: sleeping pills, how many are enough, or not to be brought back
        r"(?:安眠药|安眠藥|安定片)[^ ]{0,6}?多少(?:片|颗|顆|粒)[^ ]{0,3}?(?:够死|夠死|才能死|会死|"
        r"會死|能死|致死|才够|才夠)(?![^ ]{0,3}(?:睡|入睡|助眠))"
        r"(?!.*(?:睡着|睡著|失眠|一晚|医生|醫生))",
        r"(?:不会|不會|不能)被(?:救|抢救|搶救)(?:回来|回來|活)",
        # Swahili: how many pills are enough to kill (someone, me)
        r"(?:vidonge|dawa|tembe) (?:\w+ ){0,3}?(?:vingapi|ngapi) (?:\w+ ){0,4}?(?:kuua|kumuua|"
        r"kuniua|kufa|vinaua|zinaua|vinauwa)",
        # Romanian: the surest or painless way to feel nothing any more
        r"(?:cea mai sigură|cea mai sigura|cea mai rapidă|cea mai rapida|cea mai ușoară) "
        r"(?:metodă|metoda|cale|modalitate) (?:\w+ ){0,2}?(?:să nu mai simt|sa nu mai simt|să mor|"
        r"sa mor|să termin|sa termin)",
    ),
}

"""The languages with the fewest writers here, and kinds the larger lexicons lacked.

Somali and Haitian Creole (killing oneself, wanting to die), Russian typed in Latin letters
(wanting to disappear for ever, not to wake in the morning), Chinese cutting of the wrists and
things settled with "nothing left holding me", a Korean friend who sent something like a suicide
note, a Russian friend who wrote "forgive me for everything" and then went silent, a Ukrainian or
Russian decision "that this is the end", Arabic "I think about suicide", Portuguese "I've already
decided, it's tonight"; and for the caring reply, hope worn out, emptiness inside, nothing being
enjoyable any more, a panic attack in Dutch. Each carries its lookalikes: a film's ending, a
grade decided, a cat given to a neighbour for a holiday, a friend who wrote "sorry for being
late".
"""

LEXICON = {
    "guard": (
        # the end of a film, a series or a season
        r"(?:це|это) кін(?:ець|ец) (?:фільму|серіалу|сезону|історії|книги)|это конец "
        r"(?:фильма|сериала|сезона|истории|книги)",
        # Korean "유서 깊은": of long history, not a suicide note
        r"유서 ?깊[^ ]*",
    ),
    "intent": (
        # Somali: "I want to kill myself"
        r"(?:inaan|in aan|waan|waxaan) (?:[^ ]+ )?(?:is dilo|isdilo|is dilaa|naftayda qaato|"
        r"naftayda ka qaato)",
        # Haitian Creole: "I want to die", "I'm going to kill myself"
        r"(?:mwen|m) (?:vle|pral) (?:mouri|touye tet mwen|touye tèt mwen)",
        r"(?:mwen|m) pa vle viv anko",
        # Arabic: "I think about suicide" every day
        r"(?:افكر|بفكر|اتفكر|عم فكر) (?:[^ ]+ )?(?:في|ب|بال)(?: ?)(?:الانتحار|انتحار|قتل نفسي|"
        r"انهاء حياتي)",
        # Portuguese: "I've already decided, it's tonight"
        r"ja decidi (?:e |que e |vai ser |sera )?(?:hoje a noite|esta noite)(?= *$)",
        r"nao vou precisar (?:da|das|de) (?:proxima|proximas|mais)\b(?: [^ ]+){0,4}? ja decidi",
    ),
    "passive": (
        # Russian in Latin letters: to disappear for ever, not to wake in the morning
        r"hochu (?:prosto )?(?:ischeznut|ischeznut navsegda|umeret|umeret|ne prosypatsya)",
        r"ne prosnutsya by|ne prosnutsa by|ne prosnutsya utrom|ne prosypatsya bolshe",
    ),
    "despair": (
        # "I've decided that this is the end" (Ukrainian, Russian)
        r"(?:вирішила|вирішив|вирішила вже|вже вирішила|вже вирішив) (?:[^ ]+ )?що (?:це|вже) "
        r"кінець",
        r"(?:решила|решил|уже решила|уже решил) (?:[^ ]+ )?что (?:это|всё|все) (?:конец|кончено)",
    ),
    "self_harm": (
        # Chinese: cutting the wrists, again and again
        r"(?:一直|又|总是|经常|开始)?(?:在)?割(?:手腕|腕|自己|手臂|大腿)",
        r"(?:一直|又|总是|经常|开始)?(?:在)?(?:自残|划手腕|划手臂)",
    ),
    "prepare": (
        # Chinese: the cat given away, the bank card's PIN written down, nothing left holding me
        r"(?:送人了|送走了|密码(?:也|都)?写给)(?:[^ ]* ){0,3}?[^ ]*没有牵挂",
    ),
    "other": (
        # Korean: a friend sent something like a suicide note
        r"(?:친구|동생|언니|오빠|형|누나|엄마|아빠|남친|여친|딸|아들)[^ ]* "
        r"(?:[^ ]+ ){0,3}?유서(?! ?깊)",
        # Russian: a friend wrote "forgive me for everything" and does not answer
        r"(?:написал[аи]?|прислал[аи]?) (?:[^ ]+ ){0,2}?прости(?:те)? меня за вс[её]"
        r"(?: [^ ]+){0,4}? не (?:отвечает|отвечают|берет трубку|берёт трубку)",
    ),
    "distress": (
        # hope worn out, emptiness inside, nothing enjoyable, nobody calls, all grey
        r"(?:так |очень )?устала? надеяться|пустота внутри|ничего не чувствую",
        r"втомилася? сподіватися|все сіре|загубила себе|загубив себе",
        r"何をしても楽しくない|誰とも話したくない|毎日(?:が)?(?:つらい|つらくて|辛い|辛くて)",
        r"je suis (?:tellement |si |tres )?seule? (?:[^ ]+ ){0,2}?personne ne m(?:appelle|ecrit)",
        r"(?:heb|krijg|zit in) (?:weer |nu |opnieuw )?een paniekaanval(?! gehad)",
        r"هیچی (?:دیگه )?خوشحالم نمیکنه|هیچ چیز (?:دیگه )?خوشحالم نمیکنه",
    ),
}

"""The languages with the fewest writers here, and kinds the larger lexicons lacked.

Somali and Haitian Creole (killing oneself, wanting to die), Nigerian Pidgin (thinking to jump
into the lagoon), Russian typed in Latin letters (wanting to disappear for ever, not to wake in
the morning), romanised Hindi (how many sleeping pills so as not to wake), Chinese cutting of the
wrists and things settled with "nothing left holding me", a Korean friend who sent something like
a suicide note, a Russian friend who wrote "forgive me for everything" and then went silent, an
Italian mother who took too many pills and does not answer, a Ukrainian or Russian decision "that
this is the end", Arabic "I think about suicide", Portuguese "I've already decided, it's
tonight", Spanish "me quito la vida", a farewell to everyone and pills kept ready for the
weekend, Polish "I don't feel like living" and "tomorrow is the last day", a Romanian rope bought
today, Turkish arms cut again, Finnish driving the car into the river; for the check-in, "I
can't any more" in Finnish and Romanian; and for the caring reply, hope worn out, emptiness
inside, nothing being enjoyable any more, a panic attack in Dutch. Each carries its lookalikes: a
film's ending, a temple of long history, a hen party, a job that "takes one's life", the last day
at work, a rope for a tent, a cut while slicing bread, a headache's pills, a friend who wrote
"sorry for being late".
"""

LEXICON = {
    "guard": (
        # the end of a film, a series or a season
        r"(?:це|это) кін(?:ець|ец) (?:фільму|серіалу|сезону|історії|книги)|это конец "
        r"(?:фильма|сериала|сезона|истории|книги)",
        # Turkish: cut oneself while slicing bread or onions
        r"kendimi kestim (?:[^ ]+ ){0,2}?(?:keserken|doğrarken)|(?:keserken|doğrarken) kendimi "
        r"kestim",
        # Korean "유서 깊은": of long history, not a suicide note
        r"유서 ?깊[^ ]*",
    ),
    "intent": (
        # Spanish "me quito la vida" (not "me quita la vida" said of a job), Nigerian Pidgin
        # thinking to jump into the lagoon, Finnish driving the car into the river
        r"me (?:quito|voy a quitar|quitare|quitaré|quiero quitar) la vida",
        r"(?:i dey|i wan|i go|i don dey) (?:think (?:to|of) |plan to )?jump (?:inside|into|for) "
        r"(?:lagoon|river|water|sea|bridge)",
        r"(?:ajaisin|ajan|ajaa|aion ajaa) (?:auton|autolla) (?:jokeen|järveen|mereen|rekan alle|"
        r"puuhun|kalliolta|sillalta)",
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
        r"(?:hoje|esta noite|amanhã|hoje à noite) (?:eu )?(?:acabo|vou acabar) com (?:tudo|a minha "
        r"vida|minha vida)|acabo com (?:a minha|minha) vida",
        r"ja decidi (?:e |que e |vai ser |sera )?(?:hoje a noite|esta noite)(?= *$)",
        r"nao vou precisar (?:da|das|de) (?:proxima|proximas|mais)\b(?: [^ ]+){0,4}? ja decidi",
    ),
    "method": (
        # romanised Hindi: how many sleeping pills so as not to wake in the morning
        r"kitni (?:[^ ]+ ){0,3}?goli(?:yan|yaan|yon)? (?:[^ ]+ ){0,3}?(?:ki|taki|jisse|ke) "
        r"(?:subah )?(?:uthu|uthun|uth|utha) (?:hi )?na",
    ),
    "passive": (
        # Polish "I don't feel like living" (not "like going out")
        r"nie chce mi się (?:już |juz )?żyć",
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
        # Turkish: cut my arms again
        r"(?:kollarımı|kolumu|bileklerimi|bileğimi|bacaklarımı) (?:yine |gene |tekrar |"
        r"bugün )?kestim",
        # Chinese: cutting the wrists, again and again
        r"(?:一直|又|总是|经常|开始)?(?:在)?割(?:手腕|腕|自己|手臂|大腿)",
        r"(?:一直|又|总是|经常|开始)?(?:在)?(?:自残|划手腕|划手臂)",
    ),
    "prepare": (
        # Spanish: a farewell to everyone, pills kept ready for the weekend
        r"(?:esta es|este es|aqui va|aquí va) mi (?:despedida|ultimo mensaje|último mensaje)"
        r"(?! de (?:soltera|soltero|la empresa|del trabajo|la oficina))",
        r"(?:tengo|guardo|escondí|escondi|junté|junte) (?:las |mis |unas )?(?:pastillas|pildoras|"
        r"píldoras)\b(?: [^ ]+){0,5}? (?:ready|listas|preparadas) para",
        # Romanian: a rope bought today (not for a tent or the washing)
        r"am cumpărat (?:o |niște )?(?:frânghie|funie|ștreang)(?!.*(?:cort|rufe|camping|barc|"
        r"cățărare|alpinism|leagăn))",
        # Polish: tomorrow is the last day (not of work, school or a holiday)
        r"jutro (?:mój )?ostatni dzień(?! (?:w |pracy|szkoły|urlopu|wakacji|promocji|sesji|kursu|"
        r"na |zajęć|wyprzedaży))",
        # Chinese: the cat given away, the bank card's PIN written down, nothing left holding me
        r"(?:送人了|送走了|密码(?:也|都)?写给)(?:[^ ]* ){0,3}?[^ ]*没有牵挂",
        # ...or beside a letter written, "把猫送人了 信也写好了" (not for a move abroad or a job)
        r"^(?!.*(?:搬家|出国|出國|留学|留學|过敏|過敏|申请|申請|推荐|推薦|求职|求職)).*?"
        r"(?:猫|貓|狗|东西|東西|衣服|书|書)(?:都|也|全)?"
        r"(?:送人|送走|送给[^ ]{0,4}|送給[^ ]{0,4})了?"
        r"(?:[^ ]* ){0,2}?[^ ]*?(?:信|遗书|遺書)(?:也|都)?(?:写好|寫好|写完|寫完)",
    ),
    "other": (
        # Italian: someone took too many pills and does not answer
        r"(?:madre|padre|fratello|sorella|figlio|figlia|ragazzo|ragazza|marito|moglie|amico|"
        r"amica|mamma|papà) (?:[^ ]+ ){0,2}?(?:ha preso|ha ingoiato|si è presa|si è preso) "
        r"(?:troppe|tutte le) (?:pastiglie|pillole|compresse|medicine)"
        r"(?!.*(?:mal di testa|sta bene|febbre|raffreddore|dolore))",
        # Korean: a friend sent something like a suicide note
        r"(?:친구|동생|언니|오빠|형|누나|엄마|아빠|남친|여친|딸|아들)[^ ]* "
        r"(?:[^ ]+ ){0,3}?유서(?! ?깊)",
        # Russian: a friend wrote "forgive me for everything" and does not answer
        r"(?:написал[аи]?|прислал[аи]?) (?:[^ ]+ ){0,2}?прости(?:те)? меня за вс[её]"
        r"(?: [^ ]+){0,4}? не (?:отвечает|отвечают|берет трубку|берёт трубку)",
    ),
    "check": (
        # Finnish "I can't go on any more", Romanian "I can't any more"
        r"en jaksa enää",
        r"nu mai pot(?! (?:să |sa )?(?:mănânc|dorm|aștept|veni|ajung))",
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

"""Kinds in Slavic, Romance and South-East Asian languages where the larger lexicons had only
the plainest words:

- ``despair``: everything tried, ketamine too, and no reason left to go on or giving up on
  living (Czech, Slovak, Polish, Portuguese); ``intent``: giving up on living or no reason to
  live said on its own (Portuguese, Czech, Slovak).
- ``intent``: tonight I end everything (Vietnamese, Thai, Indonesian); not a project, a job or a
  relationship ended tonight.
- ``prepare``: letters written for the children and leaving for ever (Romanian); a whole pack
  of a benzodiazepine or sleeping pills at home and "I've decided" (Russian, Ukrainian), not
  decided against it.
- ``check``: leaving for ever tomorrow with no place, job or move named (Romanian).
- ``overdose``: vodka or other drink taken with sleeping pills or a tranquilliser (Ukrainian,
  Russian, Polish, Czech); a party's vodka with no pill stays quiet.
- ``other``: someone close wrote that "it ends today" and does not answer the phone (Czech,
  Slovak, Polish, Russian, Ukrainian); a sale or a contract that ends today is no person.
- ``distress``: a parent dead a month ago and tears that won't stop (Ukrainian).

Written folded (see ``crisis.lexicons``); pure.
"""

# up to twelve words: the pieces of a kind told over two or three short sentences
_G12 = r"(?:\w+ ){0,12}?"

_TRIED_ALL = (
    r"(?:zkusil\w* jsem (?:už )?všechno|vyzkoušel\w* jsem (?:už )?všechno|skúsil\w* som (?:už )?"
    r"všetko|vyskúšal\w* som všetko|próbował\w* (?:już )?wszystkiego|spróbował\w* wszystkiego|"
    r"(?:já )?tentei (?:de )?tudo|experimentei (?:de )?tudo)"
)
_NO_REASON_ON = (
    r"(?:nemám (?:už )?(?:žádný )?důvod (?:pokračovat|žít|dál)|nemá (?:to )?(?:už )?smysl "
    r"pokračovat|nemám (?:už )?(?:žiadny )?dôvod (?:pokračovať|žiť|ďalej)|nemá (?:to )?(?:už )?"
    r"zmysel pokračovať|nie mam (?:już )?powodu (?:żeby |by )?(?:dalej )?(?:żyć|ciągnąć|"
    r"kontynuować|trwać)|(?:vou|vo|quero) desistir (?:de viver|da vida|de tudo)|não (?:tenho|vejo) "
    r"(?:mais )?(?:motivo|razão|sentido) (?:pra|para) continuar)"
    # ...going on with something named: the course, the therapy, a job ("pokračovat v kurzu")
    r"(?! (?:v|ve|s|se|na|w|z|ze|o|a|com|no|em|ten|tę|to|tento|tuto|kurz\w*|kurs\w*|curso|"
    r"studi\w*|terapi\w*|léčb\w*|leczeni\w*|tratamento|prac\w*|trabalho)\b)"
)
_SEDATIVE = (
    r"(?:снотворн\w*|снодійн\w*|феназепам\w*|транквілізатор\w*|транквилизатор\w*|реланіум\w*|"
    r"реланиум\w*|діазепам\w*|диазепам\w*|ксанакс\w*|alprazolam\w*|алпразолам\w*|клоназепам\w*|"
    r"nasenn\w*|xanax\w*|relanium\w*|prášk\w* na spaní|prášky na spanie|benzodiazepin\w*)"
)
_DRINK = (
    r"(?:водк\w*|горілк\w*|горелк\w*|коньяк\w*|віск\w*|виск\w*|вина|вино|пива|пляшк\w* |"
    r"бутылк\w* |wódk\w*|wódy|vodk\w*|flaszk\w*|butelk\w*|láhev|lahev|fľaš\w*)"
)
_DRANK = (
    r"(?:выпил\w*|випив\w*|випила|напил\w*|напив\w*|запил\w*|запив\w*|wypił\w*|popił\w*|vypil\w*|"
    r"zapil\w*)"
)
_BENZO_PACK = (
    r"(?:вся|всю|целая|целую|целый|полная|полную|ціла|цілу|повна|повну) (?:\w+ )?(?:пачк\w*|"
    r"упаковк\w*|коробк\w*|блистер\w*|пластин\w*|банк\w*) " + _SEDATIVE
)
_DECIDED = r"(?:я )?(?:уже )?(?:все |усе )?(?:решил|вирішил)(?:а|и)?\b(?! не\b)"
# ...to be rid of the pills: thrown away, taken back to a pharmacy, given back
_NOT_RID = (
    r"(?!.*\b(?:выброс\w*|выброш\w*|выкин\w*|викин\w*|утилиз\w*|аптек\w*|сдать|здати|отдать|"
    r"віддати|вернуть|повернути|не пить|не пити)\b)"
)

LEXICON = {
    "guard": (
        # a project, a job or a relationship ended tonight; tears of laughter
        r"kết thúc (?:mọi thứ |tất cả )?(?:với|vs|dự án|công việc|khóa học|hợp đồng)",
    ),
    "despair": (_TRIED_ALL + " " + _G12 + _NO_REASON_ON,),
    "intent": (
        r"(?:vou|vo|acho que vou|quero) desistir (?:de viver|da vida)(?! (?:em|no|na|aqui|lá|"
        r"sozinh\w*|com)\b)",
        r"nemám (?:už )?(?:žádný )?důvod žít|nemám (?:už )?(?:žiadny )?dôvod žiť",
        r"(?:tối nay|đêm nay) (?:\w+ ){0,2}?(?:sẽ )?kết thúc (?:mọi thứ|tất cả|cuộc đời|cuộc sống)"
        # ...not all the homework or all the tasks: "kết thúc tất cả bài tập"
        r"(?! (?:bài|các|những|công|việc|nhiệm|dự|hồ|deadline|task)\b)",
        r"คืนนี้(?:ฉัน|ผม|หนู|เรา|กู)?(?:จะ)?จบ(?:ทุกอย่าง|ชีวิต)",
        r"malam ini (?:\w+ )?(?:akan )?(?:mengakhiri|akhiri) (?:semuanya|segalanya|hidup\w*)",
    ),
    "prepare": (
        r"scris\w* (?:\w+ )?scrisor\w* (?:\w+ )?(?:pentru )?(?:copii|copiilor|fiic\w*|fiul\w*|"
        r"soți\w*|mam\w*|părinț\w*) " + _G12 + r"(?:plec|mă duc) (?:\w+ )?pentru (?:tot)?deauna",
        _BENZO_PACK + " " + _G12 + _DECIDED + _NOT_RID,
        _DECIDED + " " + _G12 + _BENZO_PACK + _NOT_RID,
    ),
    "check": (
        r"(?:mâine|azi|diseară|în seara asta) plec pentru (?:tot)?deauna(?!.*\b(?:în|la|din|spre|"
        r"job\w*|slujb\w*|muncă|serviciu|emigr\w*|mut\w*|țar\w*|oraș\w*|străinătate|vacanț\w*)\b)",
    ),
    "overdose": (
        _DRANK + " " + _G12 + _DRINK + _G12 + _SEDATIVE,
        _DRANK + " " + _G12 + _SEDATIVE + " " + _G12 + _DRINK,
    ),
    "other": (
        r"(?:napsal\w*|napísal\w*|napisał\w*|написал\w*|написав\w*) (?:\w+ ){0,2}?(?:že|że|что|що) "
        r"(?:to )?(?:\w+ )?(?:dneska|dnes|dziś|dzisiaj|сегодня|сьогодні) (?:to )?(?:\w+ )?"
        r"(?:skončí|ukončí|skończy|skonczy|закончится|закінчиться|кончится|всё кончено)"
        # ...not quitting a job there: "skončí v práci"
        r"(?! (?:v|ve|s|w|na|z|в|на|з|с)\b) "
        + _G12
        + r"(?:nebere|neodpovídá|nezvedá|nedvíha|neodpovedá|nie odbiera|nie odpowiada|не берет|"
        r"не отвечает|не бере|не відповідає|wyłączył\w*|vypnul\w*|выключил\w*|вимкнув\w*)",
    ),
    "distress": (
        r"не можу (?:перестати|припинити) плакати|(?:постійно|весь час|щодня) плачу",
        r"(?:помер|померла|померли) (?:\w+ )?(?:місяць|тиждень|два тижні) тому",
    ),
}

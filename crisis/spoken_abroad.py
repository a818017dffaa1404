"""Five kinds of risk as people tell them in languages other than English, read on folded text
(``languages.fold``: case, accents and punctuation gone) where the lexicons' phrases miss them:

- being better off dead NOW ("теперь мне лучше умереть", "nu ben ik beter af dood"), even beside
  a past-tense clause: the "better" is about being dead, not a recovery (the full reply);
- thanks for everything and not being here tomorrow or any more, with no trip, move or shift named
  ("gracias por todo, ya no estaré aquí mañana"): a farewell (a check-in);
- taking all the pills, now or about to ("ich nehme alle Tabletten"): an overdose (the full reply);
- a regret that an accident missed the writer ("hampir ketabrak truk, sayang nggak kena"): a
  passive wish to die (a check-in);
- "sorry everyone, this is my farewell" with thanks, and no job, school or move named (a check-in).

Each has its ordinary lookalikes guarded: a saying with "than", a relief after a near miss, pills
taken as prescribed, a goodbye before a move or at the end of a job.
"""

from __future__ import annotations

from crisis import needles

# ...better (or "better off") ... dead or dying, or dying ... better, within a few words
_BETTER = (
    r"(?:лучше|краще|melhor|mejor|besser|mieux|meglio|beter|lepiej|daha iyi|lebih baik|"
    r"mas mabuti|tot hon|बेहतर|افضل)"
)
_DEAD = (
    r"(?:умереть|умер|умерла|помереть|мертв\w*|не жить|не было|меня не было|померти|помер|"
    r"помрла|мене не було|не жити|morrer|morto|morta|muerto|muerta|morir|morirme|muero|tot|"
    r"sterben|mort|morte|mourir|morire|dood|sterven|umarl|umarla|umrzec|martwy|martwa|mati|"
    r"mamatay|chet|मर|मरना|ميت|اموت)"
)
_BETTER_DEAD = needles.compile(
    rf"(?<!\w){_BETTER}(?: af| off| dran)?(?: \S+){{0,3}} {_DEAD}(?!\w)"
    rf"|(?<!\w){_DEAD}(?: \S+){{0,4}} {_BETTER}(?!\w)"
)
# "лучше умереть стоя, чем жить на коленях": a saying with a "than" after it; a laugh or hunger
_SAYING = needles.compile(
    r"(?<!\w)(?:чем|ніж|do que|que|als|che|dan|niz|than|de risa|de rir|vor lachen|de rire|"
    r"со смеху|de fome|de hambre|von|als ob)(?!\w)"
)
# "me muero de ganas", "mort de rire", "tot vor Müdigkeit": dying of something is an idiom
_IDIOM = needles.compile(
    r"(?<!\w)(?:muero|morrer|morir|morro|mort|morto|morta|tot|умереть|умираю|помру|sterbe|umre|"
    r"umieram) (?:de|di|vor|со|от|з|z|ze|od|van)(?!\w)"
)
# ...said of someone else: "he'd be better off dead", "o criminoso estaria melhor morto"
_THIRD = needles.compile(
    r"(?<!\w)(?:он|она|они|він|вона|ele|ela|el|ella|er|sie|il|elle|lui|lei|hij|zij|on|ona|dia|"
    r"siya|anh ay|co ay|वह)(?!\w)"
)

_THANKS = (
    r"(?:gracias|obrigad[oa]|merci|danke|grazie|dank je|dank u|bedankt|спасибо|дякую|dziekuje|"
    r"tesekkur\w*|sagol|terima kasih|makasih|salamat|cam on|धन्यवाद|शुक्रिया|شكرا|شکرا)"
)
_NOT_HERE = (
    r"(?:ya no (?:estare|voy a estar)|no (?:estare|voy a estar) (?:aqui|mas)|nao estarei|"
    r"ja nao (?:estarei|vou estar)|nao vou (?:mais )?estar|ne serai plus|nicht mehr da|"
    r"nicht mehr hier|non ci saro piu|(?:ben ik|ik ben) er niet meer|niet meer hier|"
    r"меня (?:\S+ ){0,2}не будет|мене (?:\S+ ){0,2}не буде|nie bedzie mnie|mnie (?:\S+ ){0,2}"
    r"nie bedzie|burada olmayacagim|artik olmayacagim|"
    r"(?:aku|saya|gue) (?:\S+ ){0,2}(?:tidak|nggak|gak|tak|ga) (?:ada|di sini)|"
    r"(?:sudah|udah) (?:tidak|nggak|gak|tak) ada|wala na ako|khong con o day|"
    r"नहीं रहूंगा|नहीं रहूंगी|لن اكون|لن اکون)"
)
_THANKS_GONE = needles.compile(
    rf"(?<!\w){_THANKS}(?!\w).*(?<!\w){_NOT_HERE}|(?<!\w){_NOT_HERE}.*(?<!\w){_THANKS}(?!\w)"
)
# an ordinary reason for being away: a trip, a move, a shift, a holiday, the office
_AWAY_FOR = needles.compile(
    r"(?<!\w)(?:viaj\w*|vacacion\w*|turno|trabaj\w*|mudo|mudanza|viagem|viajar|ferias|"
    r"mudanca|urlaub|schicht|reise\w*|umzug|ziehe|vacances|voyage|travail|demenage|vakantie|"
    r"dienst|verhuis\w*|командировк\w*|отпуск\w*|уезжаю|переезжаю|смена|відпустк\w*|"
    r"переїжджаю|wakacj\w*|urlop\w*|wyjezdzam|przeprowadz\w*|tatil\w*|izin\w*|tasiniyorum|"
    r"cuti|libur\w*|kantor|pindah|kerja|bakasyon|lilipat|trabaho|du lich|nghi phep|"
    r"छुट्टी|सफर|سفر|اجازة|ferie|trasloco|lavoro|hotel|flight|vuelo|voo|flug|рейс|oficina|"
    # ...or away from a class, or off sick
    r"clase|aula|урок\w*|заняти\w*|занятт\w*|kelas|klase|sakit|krank|enferm[oa]|doente|malade|"
    r"malato|ziek|хвор\w*|болею|болен|больна|chor[ay]|hasta)(?!\w)"
)

_TAKE = (
    r"(?:nehme|schlucke|tomar|tomo|tomarme|me tomo|prends|prendre|avaler|avale|prendo|neem|slik|"
    r"выпиваю|выпью|приму|принимаю|съем|глотаю|пью|вип\w*|прийму|ковтаю|пю|biore|wezme|lykam|"
    r"lykne|iciyorum|icecegim|yutuyorum|minum|telan|iinumin|uong|खा रहा|खा रही|खा लूँगा|"
    r"खा लूंगा|خذ|اخذ|سآخذ|ابلع)"
)
_ALL = (
    r"(?:alle|todos|todas|tous|toutes|tutte|tutti|все|всі|wszystkie|butun|tum|semua|lahat|het|"
    r"सारी|كل|کل)"
)
_PILLS = (
    r"(?:tabletten|pillen|comprimidos|pilulas|remedios|pastillas|cachets|medicaments|comprimes|"
    r"pillole|pastiglie|medicijnen|таблетки|таблеток|пигулки|tabletki|leki|haplari|ilaclari|"
    r"ilaclarimi|obat\w*|pil|gamot|thuoc|गोलियाँ|गोलियां|दवाइयाँ|الحبوب|الادوية)"
)
_ALL_PILLS = needles.compile(
    rf"(?<!\w){_TAKE}(?: \S+){{0,2}} {_ALL}(?: \S+){{0,2}} {_PILLS}"
    rf"|(?<!\w){_ALL}(?: \S+){{0,2}} {_PILLS}(?: \S+){{0,3}} {_TAKE}(?!\w)"
    rf"|(?<!\w){_PILLS}(?: \S+){{0,2}} {_ALL} {_TAKE}(?!\w)"
)
# ...as prescribed, a course of antibiotics, each morning
_AS_PRESCRIBED = needles.compile(
    r"(?:recet|prescri|verschrieb|verordn|voorgeschreven|назнач|призначи|przepisa|recete|"
    r"resep|reseta|antibiot|антибиот|антибіот|medico mandou|el medico|der arzt|le medecin|"
    r"(?<!\w)(?:por la manana|morgens|utrom|утром|вранці|rano|sabah|pagi|umaga|jeden tag|cada dia|"
    r"todo dia|every day|chaque jour|ogni giorno|elke dag|каждый день|щодня|codziennie|"
    r"her gun|setiap hari|araw araw|regelmassig|regelmatig|regularmente|regulierement|"
    r"regolarmente|регулярно|вовремя|вчасно|regularnie|duzenli|teratur|dung gio|on time|"
    r"direitinho|certinho|correctamente|correttamente|richtig|correctement|правильно|"
    r"prawidlowo|duzgun|dengan benar|sesuai)(?!\w))"
)
# ...now, tonight, at once: what keeps a question about all the pills the writer's own act
_NOW = needles.compile(
    r"(?<!\w)(?:jetzt|heute nacht|agora|ahora|esta noche|ce soir|maintenant|adesso|ora|stasera|"
    r"nu|vannacht|сейчас|щас|зараз|teraz|dzis w nocy|simdi|bu gece|sekarang|malam ini|ngayon|"
    r"ngayong gabi|bay gio|dem nay|अभी|الان)(?!\w)"
)

# a near miss on the road
_NEAR = (
    r"(?:ketabrak|ditabrak|tertabrak|dilanggar|dilanggarnya|atropell\w*|atropel\w*|renvers\w*|"
    r"erwischt|angefahren|uberfahren|investit\w*|aangereden|overreden|сбил\w*|збил\w*|"
    r"сбит\w*|збит\w*|potracil\w*|potracon\w*|carp\w*|mabangga|masagasaan|tong|dam)"
)
_NOT = r"(?:no|nao|pas|nicht|non|niet|не|nie|nggak|gak|tidak|tak|ga|khong|hindi)"
_HIT = (
    r"(?:kena|dio|pego\w*|pegou|acert\w*|trafil\w*|сбил\w*|збил\w*|natuloy|trung|geklappt|"
    r"pres[ao]|tocc\w*|getroffen|erwischt|raakte|geraakt|carp\w*|dilanggar|ditabrak|atropel\w*|"
    r"touche|touchee|eu|gelukt|udalo|вышло|вийшло|berhasil)"
)
# ...a regret, then a miss, or a "not" and a hit: "sayang nggak kena", "жаль что не сбила"
_MISSED_PITY = needles.compile(
    r"(?<!\w)(?:sayang|lastima|pena|dommage|schade|peccato|jammer|жаль|шкода|szkoda|tiec la|"
    r"tiec)(?: \S+){0,4} (?:verfehlt|verpasst|rate|miste|mancato|falhou|fallo|промахнул\w*|"
    rf"промахнув\w*|{_NOT[3:-1]})(?: \S+){{0,2}} {_HIT}(?!\w)"
    r"|(?<!\w)(?:sayang|lastima|pena|dommage|schade|peccato|jammer|жаль|шкода|szkoda|tiec)"
    r"(?: \S+){0,4} (?:verfehlt|verpasst|rate|miste|mancato|falhou|fallo|промахнул\w*|"
    r"промахнув\w*)(?!\w)"
    r"|(?<!\w)keske (?:\S+ ){0,2}\S*(?:saydi|seydi|sayd|olsaydi|olseydi)(?!\w)"
)
_NEAR_MISS = needles.compile(rf"(?<!\w){_NEAR}(?!\w)")

# "this is my farewell" and a sorry or thanks to everyone
_MY_FAREWELL = needles.compile(
    r"(?<!\w)(?:(?:minha|mi|mon|mein|il mio|mijn|moje|benim) (?:\S+ )?(?:despedida|adieu|abschied|"
    r"addio|afscheid|pozegnanie|vedam|veda)|моё прощание|мое прощание|моє прощання|"
    r"perpisahan\w*(?: \S+)? (?:ku|aku|saya|dariku|dari aku|dari saya)|perpisahanku|"
    r"pamamaalam ko|loi tu biet cua toi)(?!\w)"
)
_SORRY_THANKS = needles.compile(
    rf"(?<!\w)(?:{_THANKS[3:-1]}|desculp\w*|disculp\w*|perdon\w*|pardon|entschuldig\w*|scusat\w*|"
    r"sorry|простите|извините|вибачте|пробачте|przepraszam|ozur|maaf|pasensya|patawad|"
    r"xin loi)(?!\w)"
)
# ...at the end of a job, a school year or before a move: the farewell of a workplace
_FAREWELL_OF = needles.compile(
    r"(?<!\w)(?:empresa|trabalho|trabajo|emprego|empleo|escola|escuela|colegio|faculdade|"
    r"entreprise|travail|ecole|firma|arbeit|schule|azienda|lavoro|scuola|werk|bedrijf|school|"
    r"работ\w*|школ\w*|робот\w*|prac\w*|szkol\w*|isten|isyeri|sirket\w*|okul\w*|kantor|kerja|sekolah|"
    r"kampus|trabaho|paaralan|cong ty|truong|pindah|lisboa|mudo|mudar|muda|move|moving|"
    r"aposent\w*|jubil\w*|retraite|rente|pensione|pensioen|пенси\w*|emekli\w*|pensiun)(?!\w)"
    # ...or of something named after it: "mi despedida de soltera", "Abschied vom Verein"
    r"|(?<!\w)(?:despedida|abschied|pozegnanie|afscheid|adieu|addio|veda) (?:de|da|do|von|vom|z|ze|"
    r"van|a|al|alla|della|del|dal) (?!vos|voc|ustedes|todos|todas|vous|euch|allen|ihnen|was|"
    r"wszystkich|jullie|iedereen|tutti|voi|la vida|vida|a vida|la vie|dem leben)"
)


# "me tomo todas las pastillas": folded, "tomo" is also "tomó" (he took), which the lexicons read
# as someone else's overdose; a "me" or "yo" before it makes it the writer's own, now
_MINE_NOW = needles.compile(r"(?<!\w)(?:me|yo) tomo (?:\S+ ){0,2}(?:todas|todos)(?!\w)")


def own_pills(folded: str) -> bool:
    """All the pills taken now by the writer ("me tomo todas las pastillas"), not as prescribed."""
    if _MINE_NOW.search(folded) is None or _AS_PRESCRIBED.search(folded):
        return False
    return _ALL_PILLS.search(folded) is not None


def better_dead(folded: str) -> bool:
    """A wish to be dead told now: "better dead", "better to die", in the writer's own words."""
    m = _BETTER_DEAD.search(folded)
    if m is None:
        return False
    after = folded[m.end():m.end() + 25]
    if _IDIOM.search(folded):
        return False
    return not _SAYING.search(after) and not _THIRD.search(folded[max(0, m.start() - 20):m.end()])


def read(folded: str, question: bool = False) -> tuple[str, str] | None:
    """The tier ("crisis" or "check") and a reason, or None, for ``folded`` text; ``question``
    when the message asks ("muss ich alle Tabletten nehmen?" is about a prescription)."""
    pills = _ALL_PILLS.search(folded) and not _AS_PRESCRIBED.search(folded)
    if pills and (not question or _NOW.search(folded)):
        return "crisis", "all pills"
    if better_dead(folded):
        return "crisis", "better dead"
    if _THANKS_GONE.search(folded) and not _AWAY_FOR.search(folded):
        return "check", "thanks, gone"
    if _NEAR_MISS.search(folded) and _MISSED_PITY.search(folded):
        return "check", "missed by"
    if _MY_FAREWELL.search(folded) and _SORRY_THANKS.search(folded):
        if not _FAREWELL_OF.search(folded):
            return "check", "farewell"
    return None

"""Small everyday occasions in other languages that the lexicons and the classifier read as risk.

Each is told with what makes it ordinary, and none holds a word of dying or harm:

- a goodbye before a move, with where to or "I'll miss you" ("adiós a todos, me mudo a Valencia
  en marzo", "lilipat na ako sa Davao, mamimiss ko kayo"): ``moving_farewell``;
- thanks to everyone for a party, a dinner or a send-off ("gracias por todo, la cena fue
  preciosa", "obrigada a todos pela festa de despedida"): ``party_thanks``;
- an apology to everyone for a small slip: being late, last night, a meeting ("perdón a todos
  por llegar tarde", "простите, вчера на вечеринке я был невыносим"): ``slip_apology``;
- the phone switched off for a holiday, for sleep or because a project is over ("projekt się
  skończył, wyłączam telefon", "ich fahre in Urlaub und schalte das Handy aus"): ``phone_off``;
- a goodbye before a trip of a stated length, a month or two weeks away ("सबको अलविदा कहकर एक
  महीने के लिए गाँव जा रही हूँ", "me despido de todos, me voy dos semanas a la playa"):
  ``away_for_a_while``;
- a near miss on the road told as a fright ("hampir ketabrak truk tadi", "casi me atropella
  un coche"): ``near_miss``, unless a wish or a regret is beside it ("sayang nggak kena").

The lexicons' farewells and apologies, and the classifier's distress, defer to these
(``crisis.mishaps.ordinary``, ``crisis.assess``). Read on text folded as
``crisis.languages.fold`` folds it (no accents, no punctuation). Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.languages import fold

# A word of dying, harm, the end or a last time, in any of these languages: then no excuse.
_DARK = needles.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end it|forever|for good|pills?|last time|"
    r"mor(?:ir|irme|rer|ro|re)|muert\w*|matar\w*|para siempre|para sempre|nunca mas|ultima vez|"
    r"mourir|me tuer|pour toujours|derniere fois|sterben|umbringen|fur immer|letzte mal|"
    r"umrzec|zabic|na zawsze|ostatni raz|мертв\w*|умер\w*|смерт\w*|убить|навсегда|последний раз|"
    r"помер\w*|вбити|назавжди|mati|bunuh|selamanya|terakhir kali|mamatay|patayin|magpakamatay|"
    r"habambuhay|huling beses|olmek|olecegim|intihar|sonsuza|chet|tu tu|mai mai|"
    r"pastill\w*|pildor\w*|comprimid\w*|tabletk\w*|таблет\w*|пігулк\w*|obat|gamot|cuerda|soga|"
    r"carta|lettre|brief|list|письмо|лист|surat|sulat|no aguanto|nao aguento|j en peux plus|"
    r"не могу больше|nie moge juz|ga kuat|hindi ko na kaya|no me busquen|nao me procurem|"
    r"не ищите|jangan cari|tabletten|pillen|"
    # a "better place" to go, or not being here tomorrow: the old euphemisms of a farewell
    r"lugar mejor|mejor lugar|lugar melhor|monde meilleur|besseren ort|luogo migliore|"
    r"lepsze miejsce|лучшее место|краще місце|tempat yang lebih baik|mas magandang lugar|"
    r"daha iyi bir yer|no estare|nao estarei|ne serai plus|nicht mehr da|не будет|не буде|"
    r"nie bedzie|tidak ada lagi|wala na ako|"
    # things given away, or all set in order for tonight: a farewell's preparations
    r"regal\w*|doei|dei (?:tudo|todas|todos)|verschenkt|rozdal\w*|раздал\w*|роздал\w*|"
    r"memberikan semua|ipinamigay|planead\w*|planejad\w*|ordenad\w*|arrumad\w*|en orden|"
    r"em ordem|esta noche|esta noite|ce soir|heute nacht|сегодня ночью|malam ini|ngayong gabi|"
    r"dzis w nocy|tonight|"
    # a send-off that is the writer's own farewell: "esta es mi despedida"
    r"es mi despedida|e minha despedida|mon adieu|mein abschied|moje pozegnanie|"
    r"perpisahanku|мо[её] прощание|моє прощання|aking paalam)\b"
)

_MOVE_TO = needles.compile(
    r"\b(?:me mudo|nos mudamos|me voy a vivir) (?:a|al|para)\b|\b(?:vou|vamos) (?:me |nos )?"
    r"mudar (?:para|pra)\b|\bje demenage\b|\bwir ziehen\b|\bich ziehe (?:nach|in|zu)\b|"
    r"\bmi trasferisco\b|\bprzeprowadzam sie\b|\bпереезжа\w* (?:в|на|к)\b|"
    r"\bпереїжджа\w* (?:в|до|на)\b|"
    r"\bpindah (?:ke|rumah|kerja|tugas|kos)\b|\blilipat (?:na )?(?:ako |kami )?(?:sa|ng)\b|"
    r"\btasiniyor\w*\b|\bberpindah ke\b|\bik verhuis\b|शिफ्ट हो|शिफ्ट कर|"
    r"\bembarco para\b|\bviajo (?:a|para)\b|\bуезжаю (?:учиться|работать|жить|в|на)\b|"
    r"\bїду (?:вчитися|працювати|жити|до|в)\b|\bwyjezdzam (?:do|na|za)\b|"
    r"\bje pars (?:vivre|a|en|au)\b|"
    r"\bberangkat ke\b|\bich gehe (?:nach|ins ausland)\b|\bchuyen (?:vao|ra|den|toi|nha)\b"
)
_MISS_YOU = needles.compile(
    r"\b(?:los voy a extranar|las voy a extranar|les voy a extranar|vou sentir saudades?|"
    r"vous allez me manquer|tu vas me manquer|ich werde euch vermissen|mi mancherete|"
    r"bede tesknic|ga jullie missen|याद आएगी|буду скучать|буду сумувати|aku akan kangen|"
    r"bakal kangen|kangen kalian|"
    r"mamimiss ko kayo|mamimiss ko kayong|sizi ozleyecegim|se nho moi nguoi|nos vemos pronto|"
    r"hasta pronto|ate breve|a bientot|bis bald|до встречи|do zobaczenia|sampai jumpa|"
    r"hanggang sa muli|gorusuruz)\b"
)


def moving_farewell(folded: str) -> bool:
    """A goodbye before a move of house, school or town, with where to or a "see you"."""
    return _MOVE_TO.search(folded) is not None or (
        _MISS_YOU.search(folded) is not None and _MOVE_ANY.search(folded) is not None
    )


_MOVE_ANY = needles.compile(
    r"\b(?:mud\w*|demenag\w*|umzug|ziehe\w*|trasferis\w*|przeprowadz\w*|переезд\w*|переїзд\w*|"
    r"переізд\w*|pindah|lipat|lilipat|tasin\w*|chuyen)\b"
)

_THANKS = needles.compile(
    r"\b(?:gracias|obrigad[oa]|merci|danke|grazie|спасибо|дякую|dziekuje|dzieki|terima kasih|"
    r"makasih|salamat|tesekkur\w*|cam on)\b"
)
_GATHERING = needles.compile(
    r"\b(?:fiesta|festa|fete|soiree|party|feier|cumple\w*|aniversario|anniversaire|geburtstag|"
    r"pot de depart|cena|jantar|diner|abendessen|churrasco|asado|"
    r"вечеринк\w*|праздник\w*|ужин\w*|свято|вечірк\w*|przyjeci\w*|impreze|"
    r"imprezy|impreza|kolacj\w*|pesta\w*|acara|makan malam|"
    r"handaan|salu salo|hapunan|kaarawan|parti|veda|bua tiec|feest|majlis|sherehe)\b|"
    # ...or an evening praised: "fue una noche preciosa", "вечер был чудесный"
    r"\b(?:noche|noite|nuit|soiree|abend|вечер|wieczor|malam|gabi|avond|serata)\b(?:\s+\w+){0,2}?"
    r"\s+(?:precios\w*|increible|incrivel|linda|lindo|genial|maravillos\w*|inolvidable|"
    r"magnifique|geniale?|super|wunderbar|schon|toll|чудесн\w*|прекрасн\w*|отличн\w*|"
    r"wspanial\w*|cudown\w*|seru|menyenangkan|masaya|harika|bellissim\w*|gezellig)\b"
)


def party_thanks(folded: str) -> bool:
    """Thanks to everyone for a party, a dinner or a send-off."""
    return _THANKS.search(folded) is not None and _GATHERING.search(folded) is not None


_SORRY = needles.compile(
    r"\b(?:perdon\w*|disculp\w*|desculp\w*|lo siento|sinto muito|pardon|desole\w*|excuse\w*|"
    r"entschuldig\w*|scusa\w*|простите|прости|извин\w*|вибач\w*|przepras\w*|maaf|patawad|"
    r"pasensya|ozur dilerim|xin loi|sorry (?:allemaal|iedereen))\b"
)
_SLIP = needles.compile(
    r"\b(?:tarde|atras\w*|retard|zu spat|verspat\w*|ritardo|опозда\w*|запізн\w*|spozni\w*|"
    r"telat|terlambat|late|te laat|huli|gec kaldim|ayer|anoche|ontem|hier soir|gestern|ieri|"
    r"вчера|вчора|wczoraj|kemarin|kagabi|kahapon|reunion|reuniao|meeting|riunione|собрани\w*|spotkani\w*|"
    r"rapat|pulong|grupo|groupe|gruppe|группе|grupie|grup|broma|piada|blague|witz|"
    r"шутк\w*|zart\w*|candaan|biro)\b"
)


def slip_apology(folded: str) -> bool:
    """An apology to everyone for a small slip: being late, last night, a meeting, a joke."""
    return _SORRY.search(folded) is not None and _SLIP.search(folded) is not None


_PHONE_OFF = needles.compile(
    r"\b(?:apag\w*|desligar|desligo|desligad\w*|coupe\w*|eteins|schalte\w*|ausgeschaltet|"
    r"spengo|spento|zet \w+ uit|выключ\w*|вимкн\w*|вимика\w*|wylacz\w*|matiin|mematikan|"
    r"dimatikan|"
    r"kapat\w*|tat)\b(?:\s+\w+){0,3}?\s+\b(?:telefon\w*|telefono|handy|celular|cel|hp|"
    r"telephone|portable|cellulare|телефон\w*|смартфон|komorke|cellphone|dien thoai)\b|"
    r"\b(?:telefon\w*|телефон\w*|celular|handy|hp) (?:\w+ )?(?:wylaczony|выключен|вимкнений|"
    r"apagado|desligado|aus|mati|off)\b"
)
_AWAY_OR_DONE = needles.compile(
    r"\b(?:vacaciones|viaje|ferias|viajar|viagem|vacances|voyage|urlaub|reise|vacanza|viaggio|"
    r"отпуск\w*|поездк\w*|відпустк\w*|urlop\w*|wakacj\w*|liburan|cuti|mudik|bakasyon|tatil|"
    r"du lich|proyecto|projeto|projet|projekt\w*|progetto|проект\w*|proyek|deadline|examen|"
    r"exame|klausur|egzamin\w*|экзамен\w*|ujian|dormir|schlafen|dormire|спать|spac|tidur|"
    r"matulog|uyu\w*|ngu|fin de semana|fim de semana|week end|wochenende|weekend|выходны\w*|"
    r"montana|praia|plage|mountains|gory|gorach|pantai|gunung|retiro|retreat|detox)\b"
)


def phone_off(folded: str) -> bool:
    """The phone switched off for a holiday, sleep, a weekend or because a project is done."""
    return _PHONE_OFF.search(folded) is not None and _AWAY_OR_DONE.search(folded) is not None


_NEARLY_HIT = needles.compile(
    r"\b(?:casi|por poco) me (?:atropell\w*|choca\w*|pilla\w*)|\bquase (?:fui |fomos )?"
    r"(?:atropelad\w*|atingid\w*)|\bquase me (?:atropel\w*|pegou)|\b(?:j ai|on a) failli "
    r"(?:me faire |etre )?(?:renverse\w*|ecrase\w*)|\bfast (?:\w+ ){0,4}?(?:uberfahren|"
    r"angefahren)|\bчуть не (?:сбил\w*|задавил\w*|переехал\w*)|\bледь не (?:збил\w*|збив\w*)|"
    r"\bprawie (?:mnie )?(?:potracil\w*|przejechal\w*)|\b(?:hampir|nyaris|nyaris saja) "
    r"(?:ke|ter|di)?(?:tabrak|serempet|lindas|tabrak)\w*|\bmuntik (?:na )?(?:ako |kami )?"
    r"(?:ma|na)?(?:sagasaan|bangga\w*)|\bsuyt (?:nua |thi )*(?:bi )?(?:xe \w+ )?(?:tong|dung|"
    r"can)|\bneredeyse (?:bana )?(?:araba |kamyon )?carp\w*"
)
# ...with a wish or a regret beside it, it is no fright: "sayang nggak kena", "ojalá me hubiera"
_WISHED = needles.compile(
    r"\b(?:ojala|quisiera|lastima|que pena|pena que|tomara|pena|dommage|j aurais voulu|schade|"
    r"hatte mich|жаль|хотел\w*|жаль что|шкода|szkoda|chcial\w*|sayang|semoga|andai|pengen|"
    r"sana|keske|tiec|uoc gi|wish|hope)\b"
)


def near_miss(folded: str) -> bool:
    """A near miss on the road told as a fright, with no wish or regret that it missed."""
    return _NEARLY_HIT.search(folded) is not None and _WISHED.search(folded) is None


# A trip told by how long it lasts: "for a month", "for two weeks", "for a few days".
_AWAY_FOR = needles.compile(
    r"(?:\b(?:एक|दो|तीन|चार|कुछ|\d+) (?:महीने|हफ्ते|हफ़्ते|सप्ताह|दिन|दिनों) (?:के लिए|तक)|"
    r"\b(?:ek|do|teen|kuch|\d+) (?:mahine|hafte|din|dino) (?:ke liye|tak)\b|"
    r"\b(?:por|durante|pour|fur|per|na|на) (?:un|una|um|uma|deux|zwei|due|dos|duas|dwa|"
    r"einen|eine|один|одну|две|два|\d+|unos|unas|quelques|ein paar|alcune|kilka) "
    r"(?:mes|meses|mois|monat|monate|mese|mesi|miesiac|miesiace|месяц|месяца|semanas?|semaines?|"
    r"wochen?|settimane?|tygodnie?|тиждень|недел\w*|dias|jours|tage|giorni|dni|дн\w*)\b)"
)


def away_for_a_while(folded: str) -> bool:
    """A goodbye before a trip whose length is told: the writer will be back."""
    return _AWAY_FOR.search(folded) is not None


def ordinary(text: str) -> bool:
    """Whether ``text`` is one of these small occasions, with no word of dying or harm."""
    folded = fold(text)
    if _DARK.search(folded) is not None:
        return False
    return (
        moving_farewell(folded)
        or party_thanks(folded)
        or slip_apology(folded)
        or phone_off(folded)
        or near_miss(folded)
        or away_for_a_while(folded)
    )

"""Last steps readied, told in Spanish, Portuguese, Russian, Ukrainian, Indonesian, Tagalog,
German and French:

- ``prepare``: a noose ready or hung ("la soga ya está lista en el galpón", "петля уже висит в
  сарае", "tali sudah terikat di plafon"); the phone's location turned off beside a sorry for
  everything ("apagué la ubicación, perdón por todo"): the full reply.
- ``check``: the pills in the house counted by the writer ("conté las pastillas que hay en casa,
  tres cajas", "пересчитала все таблетки"): the check-in asks.

A rope for a swing, a tent or the washing, a knitting loop or a door's hinge ("петля" is both),
the location turned off to save the battery with no apology for everything, and pills counted
for a pill box, a patient, the week or a pharmacy's stock stay quiet. Written folded (see
``crisis.lexicons``); pure.
"""

# A rope's everyday use anywhere in the message.
_ROPE_JOB = (
    r"(?!.*\b(?:columpio|tienda|carpa|camping|ropa|tendedero|barco|escalada|mudanza|balanço|"
    r"barraca|varal|roupa|escalada|mudança|вяза\w*|спиц\w*|крючк\w*|двер\w*|калитк\w*|"
    r"петельк\w*|в'язан\w*|ayunan|tenda|jemuran|kemah|panjat|duyan|sampayan|tolda|schaukel|"
    r"zelt|wäsche|klettern|balançoire|tente|linge|escalade|pindah\w*|angkut\w*)\b)"
)
_NOOSE = (
    r"(?:la soga|la horca|el nudo corredizo|la cuerda) (?:\w+ ){0,2}?(?:lista|preparada|colgada|"
    r"atada|amarrada)",
    r"(?:a corda|a forca|o laço) (?:\w+ ){0,2}?(?:pronta|pronto|preparada|pendurada|amarrada)",
    r"петля (?:\w+ ){0,2}?(?:готова|висит|завязана|привязана)|(?:завязал\w*|повесил\w*|"
    r"привязал\w*) петлю",
    r"петля (?:\w+ ){0,2}?(?:готова|висить|зав'язана|прив'язана)|(?:зав'язав|зав'язала|"
    r"повісив|повісила|прив'язав|прив'язала) петлю",
    r"tali (?:\w+ ){0,2}?(?:sudah |udah )?(?:siap|terikat|tergantung|kuikat) (?:di|ke) "
    r"(?:plafon|kayu|pohon|gudang|atap|kusen|balok|kipas)",
    r"(?:lubid|tali) (?:\w+ ){0,2}?(?:nakatali na|nakasabit na|handa na) (?:sa )?(?:kisame|puno|"
    r"bubong|kahoy|bentilador)|(?:nakatali|nakasabit|handa) na ang (?:lubid|tali) (?:sa )?"
    r"(?:kisame|puno|bubong|kahoy|bentilador)",
    r"(?:die schlinge|der strick) (?:\w+ ){0,2}?(?:hängt|ist fertig|liegt bereit|ist bereit)",
    r"(?:la corde|le nœud coulant|le noeud coulant) (?:\w+ ){0,2}?(?:est prête|est prêt|est "
    r"accroché\w*|pend)",
)
_LOCATION_OFF = (
    r"(?:apagué|desactivé|quité|apague) (?:la |mi )?(?:ubicación|localización)|"
    r"(?:desliguei|desativei|tirei) (?:a |minha )?localização|(?:отключил\w*|выключил\w*) "
    r"(?:геолокаци\w*|местоположени\w*|геопозици\w*)|(?:вимкнув|вимкнула|відключив|відключила) "
    r"(?:геолокаці\w*|місцезнаходженн\w*)|(?:matiin|mematikan|nonaktifkan|udah matiin) "
    r"(?:lokasi|gps|share location)|standort (?:\w+ )?(?:ausgeschaltet|deaktiviert|aus)|"
    r"(?:désactivé|coupé) (?:la |ma )?localisation"
)
_SORRY_ALL = (
    r"(?:perdón|perdon|perdónenme|lo siento) por todo|desculp\w* (?:por|de) tudo|me perdoem por "
    r"tudo|прост\w* (?:меня )?за вс[её]|пробач\w* (?:мені )?за вс[её]|maaf (?:untuk|atas) "
    r"(?:semuanya|segalanya)|patawad sa lahat|(?:tut mir leid|verzeiht mir|sorry) (?:für|um)? ?"
    r"alles|pardon pour tout|désolée? pour tout"
)
_COUNTED = (
    r"(?:conté|he contado|volví a contar|contando) (?:\w+ ){0,2}?(?:pastillas|pastis|"
    r"comprimidos|paracetamol|ibuprofeno|clonazepam|medicinas)",
    r"(?:contei|contando|recontei) (?:\w+ ){0,2}?(?:comprimidos|remédios|pílulas|paracetamol|"
    r"rivotril)",
    r"(?:посчитал\w*|пересчитал\w*|считаю) (?:\w+ ){0,2}?(?:таблетки|таблеток|снотворное)",
    r"(?:порахував|порахувала|перерахував|перерахувала|рахую) (?:\w+ ){0,2}?(?:пігулки|таблетки|"
    r"ліки)",
    r"(?:ngitung|menghitung|kuhitung|udah kuhitung|sudah kuhitung) (?:\w+ ){0,2}?(?:obat|pil|"
    r"paracetamol|parasetamol)",
)
# ...or by someone else (Russian and Ukrainian say "she counted" as "I counted"): theirs, for the
# rules that read someone else's signs
_COUNTED_FOR = (
    r"(?!.*\b(?:она|он|мама|жена|муж|сестра|брат|дочь|сын|вона|він|дружина|чоловік|донька|"
    r"dia|ibu|ayah|istri|suami|kakak|adik|"
    r"pastillero|organizador|semana|farmacia|receta|paciente|inventario|stock|"
    r"porta comprimidos|semana|farmácia|receita|paciente|estoque|таблетниц\w*|недел\w*|тиждень|"
    r"аптек\w*|пациент\w*|пацієнт\w*|рецепт\w*|kotak obat|seminggu|apotek|resep|pasien|"
    r"wochendosierer|woche|apotheke|patient\w*)\b)"
)

LEXICON = {
    # pills counted into a pill box: the classifier defers too
    "guard": (
        r"(?:conté|contando|contar|contei) (?:\w+ ){0,3}?(?:para|pro|pra) (?:el |o |mi |meu )?"
        r"(?:pastillero|porta comprimidos|organizador)",
    ),
    "prepare": (
        "^(?:(?=.*(?:"
        + "|".join(_NOOSE)
        + "))"
        + _ROPE_JOB
        + "|(?=.*(?:"
        + _LOCATION_OFF
        + "))(?=.*(?:"
        + _SORRY_ALL
        + ")))",
    ),
    "check": ("^(?=.*(?:" + "|".join(_COUNTED) + "))" + _COUNTED_FOR,),
}

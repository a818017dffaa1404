"""Someone close who sent apologies or a farewell to everyone and has gone silent since, or who
says he has had enough with pills on him: the reply for helpers (``other``), in the ways the
larger lexicons did not yet read.

- Malay and Indonesian: "abang aku hantar mesej minta maaf pada semua orang, sekarang tak angkat
  call". An apology for a late reply or a missed meeting names no "everyone" and stays quiet.
- Tagalog: a goodbye posted on Facebook and no answer since ("nag-post ng paalam sa fb tapos
  hindi na sumasagot"). A goodbye for a move, work abroad or a new school stays quiet.
- Polish: wrote that "it is the end" and switched the phone off, or writes that he has had
  enough, apologises to everyone and has pills on him ("ma dość i wszystkich przeprasza ... ma
  tabletki przy sobie"). The end of a project, a season or a film stays quiet.
- Arabic dialects: said he will kill himself tonight ("بيقتل نفسه الليلة") or then switched the
  phone off. "بيقتل نفسه في الشغل" (working himself to death) has neither and stays quiet.
- Russian and Spanish: apologised to everyone and no longer answers ("написал всем, что просит
  прощения, и не берёт трубку", "le pidió perdón a todos y ya no contesta").

Written folded (see ``crisis.lexicons``); pure.
"""

from crisis.lexicons import pl

# A move, work abroad, a new school or job, a holiday: a farewell of that kind.
_NOT_MOVE = (
    r"(?!.*(?:lilipat|aalis|abroad|ofw|dubai|saudi|trabaho|eroplano|flight|graduate|bakasyon|"
    r"pindah|resign|kerja baru|merantau|cuti|pencen|pensiun|flight|kapal terbang|"
    r"przeprowadz\w*|wyjazd\w*|wyjeżdża\w*|urlop\w*|переезд\w*|переезжа\w*|отпуск\w*|"
    r"командировк\w*|mudanza|se muda|viaje|vacaciones|vuelo))"
)
_SILENT_MS_ID = (
    r"(?:tak|tidak|gak|nggak|ga|x) (?:\w+ )?(?:angkat|jawab|balas|reply|respon|aktif|on)|"
    r"(?:hp|telefon|phone|fon|handphone|ponsel)(?:nya|dia)? (?:\w+ )?(?:mati|off|tutup)"
)
_SILENT_TL = (
    r"(?:hindi|di) na (?:siya |sya )?(?:sumasagot|sumagot|nagrereply|nagre reply|nagrereplay|"
    r"ma contact|makontak|ma kontak|online)|(?:patay|off|naka off) (?:na )?(?:ang |yung )?"
    r"(?:phone|cellphone|cp|fone)"
)
_SILENT_PL = (
    r"(?:wyłączył|wyłączyła|wylaczyl|wylaczyla) (?:\w+ )?(?:telefon|komórkę|komorke)|"
    r"nie (?:odbiera|odpisuje|odpowiada)"
)
# The end, but not of a project, a season, a film or a term.
_END_PL = (
    r"to (?:już )?(?:jest )?koniec(?! (?:projekt\w*|sezon\w*|semestr\w*|rok\w*|roku|zmian\w*|"
    r"pracy|wakacji|meczu|filmu|serialu|gry|urlopu|tygodnia|miesiąca|kursu|szkoły|studiów|"
    r"związku|z nią|z nim))|ma dość (?:wszystkiego|życia)?|(?:wszystkich|wszystkim) "
    r"(?:przeprasza|przeprosił|przeprosiła|dziękuje|podziękował)|żegna się (?:ze )?wszystkimi"
)
_SILENT_AR = (
    r"(?:طفى|طفا|طفت|قفل|قفلت|سكر|سكرت|اغلق|اغلقت) (?:[^ ]+ )?(?:جواله|جوالها|تلفونه|"
    r"تلفونها|موبايله|موبايلها|الجوال|التلفون|الموبايل)|(?:ما|مو|مش) (?:بيرد|يرد|ترد|بترد|"
    r"عم يرد|عم ترد)"
)

LEXICON = {
    "other": (
        # Malay and Indonesian: an apology to everyone, and silence since
        r"(?:hantar|kirim|kirimin|send|bagi|post|posting|tulis|buat) (?:\w+ ){0,2}?(?:mesej|"
        r"pesan|pesen|chat|wa|status|story|ucapan) (?:\w+ )?(?:minta maaf|mohon maaf|maaf|"
        r"maafkan|ampun) (?:\w+ )?(?:pada|kepada|ke|sama|dekat|kat|untuk) (?:semua|semuanya|"
        r"semua orang|sekalian|keluarga) " + _NOT_MOVE + r"(?=.*(?:" + _SILENT_MS_ID + r"))",
        # Tagalog: a goodbye posted, and no answer since
        r"(?:nag post|nagpost|nag status|nag message|nagmessage|nag chat|nagchat) (?:\w+ ){0,2}?"
        r"(?:ng |nang )?(?:paalam|pamamaalam|goodbye|sorry sa lahat|patawad) "
        + _NOT_MOVE
        + r"(?=.*(?:"
        + _SILENT_TL
        + r"))",
        # Polish: wrote it is the end, apologises to all, and silence or pills on him
        r"(?:napisał|napisała|pisze|wysłał|wysłała|powiedział|powiedziała|mówi) (?:\w+ ){0,3}?"
        r"(?:że|ze) (?:\w+ )?(?:"
        + _END_PL
        + r")"
        + _NOT_MOVE
        + r"(?=.*(?:"
        + _SILENT_PL
        + r"|ma (?:\w+ )?(?:"
        + pl.PILLS
        + r"|sznur|broń|bron|nóż|noz|żyletk\w*) (?:przy sobie|"
        r"ze sobą|w kieszeni)))",
        # Arabic dialects: he'll kill himself tonight, or said it and went silent
        r"(?:قال|قالت|قاللي|قالتلي|كتب|كتبت|بعت|بعتت|رسل|ارسل) (?:لي |لنا )?(?:انه |انها )?"
        r"(?:بيقتل|بتقتل|راح يقتل|راح تقتل|رح يقتل|رح تقتل|حيقتل|حتقتل) (?:نفسه|نفسها) "
        r"(?:الليله|اليوم|بكره|بكرا|الحين|هلق|دحين)",
        r"(?:قال|قالت|قاللي|قالتلي|كتب|كتبت|بعت|بعتت|رسل|ارسل) (?:لي |لنا )?(?:انه |انها )?"
        r"(?:بيقتل|بتقتل|راح يقتل|راح تقتل|رح يقتل|رح تقتل|حيقتل|حتقتل) (?:نفسه|نفسها) "
        r"(?=.*(?:" + _SILENT_AR + r"))",
        # Russian and Spanish: asked forgiveness of everyone, and no answer since
        r"(?:написал|написала|отправил|отправила|разослал|разослала) (?:\w+ )?(?:всем|всех) "
        r"(?:\w+ ){0,3}?(?:прощени\w*|простить|извинени\w*|извиняется|прощается|попрощал\w*)"
        + _NOT_MOVE
        + r"(?=.*(?:не (?:бер[её]т|отвечает|бере|відповідає) (?:трубку|телефон)?|"
        r"телефон (?:\w+ )?(?:выключен|вимкнен)|выключил\w* телефон|вимкнув телефон))",
        r"(?:le )?(?:pidió|pidio|mandó|mando|escribió|escribio) (?:\w+ ){0,2}?(?:perdón|perdon|"
        r"disculpas|despedida) (?:a todos|a toda la familia|al grupo|en el grupo) "
        + _NOT_MOVE
        + r"(?=.*(?:ya no (?:contesta|responde)|no contesta|no responde|apagó el (?:celular|"
        r"teléfono|móvil)|tiene el (?:celular|teléfono) apagado))",
    ),
}

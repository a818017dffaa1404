"""The writer's own end, said in words the other lexicons did not yet read (``intent``, the full
reply):

- Lingala: thinking of, or wanting, killing oneself ("nakanisi komiboma lelo butu", "nalingi
  komiboma", "nakomiboma").
- Arabic typed in Latin letters: putting an end to one's own life ("bfakker 7ott 7add la
  7ayati", "baddi 7ott 7ad la 7ayati"); an end put to a topic, a quarrel or a habit stays quiet,
  since "7ayati" (my life) is required.
- Arabic dialects: to be done with this world ("داير أمشي وأخلص من الدنيا دي", "بدي اخلص من
  هالدنيا"), and thinking of ending everything tonight, with no task beside it ("أفكر أنهي كل
  شيء الليلة"; finishing all the homework or the report tonight stays quiet).
- ``passive`` (the full reply too), Arabic dialects: God asked to take the writer ("يا رب خذني
  وريحني"), not to a place ("خذني لمكة"); a wish to have slept and not woken ("يا ريت نمت وما
  صحيت").

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "passive": (
        r"(?:يا رب|يارب|ربي|الله) (?:[^ ]+ )?(?:خذني|خدني|تاخدني|تاخذني|ياخذني|ياخدني|اخذني)"
        r"(?! (?:ل|لل|الى|إلى|على|ع(?= )|عند(?!ك)|معك|معاك|بيت|مكه|الحج|العمره)\S*)"
        r"(?= (?:و?ريحني|عندك|واريحني|وارتاح|ما عاد|ما عدت|خلاص)|$| [^ ]+ ما عاد)",
        r"(?:يا ريت|ياريت|ليتني|ليت|اتمنى|بتمنى|كان نفسي) (?:[^ ]+ ){0,2}?(?:نمت|انام) "
        r"(?:و|وما|ولا|و ما) ?(?:ما )?(?:صحيت|اصحى|قمت|فقت)",
    ),
    "intent": (
        # Lingala
        r"(?:nakanisi|nakanisaka|nazali kokanisa|nalingi|nazali na mposa ya|nakoki) (?:\w+ )?"
        r"komiboma|nakomiboma|nakomiboma lelo",
        # Arabizi: an end put to my life
        r"(?:bfakker|bfaker|bfakkir|afakker|afaker|bade|badde|baddi|bidi|beddi|biddi|ra7|7a|"
        r"bedde|nawi|nawye) (?:\w+ )?(?:7ott|7ot|7ut|7at|a7ott|a7ot) (?:7add|7ad|"
        r"nehaye|nihaye|nhaye) (?:la|l|le) (?:7ayati|7yati|hayati|7ayate)",
        # Arabic: done with this world
        r"و?(?:اخلص|اتخلص|نخلص|ارتاح) من (?:الدنيا|هالدنيا|هالدنيه|الدنيه|هذه الدنيا|هاي الدنيا)"
        r"(?! (?:من|م) (?:الشغل|الدراسه|الامتحانات))",
        # Arabic: thinking of ending everything tonight, with no task beside it
        r"(?:افكر|بفكر|عم فكر|فكرت|قاعد افكر|قاعده افكر) (?:ان |اني |في ان )?(?:انهي|اخلص|انهى) "
        r"(?:كل شيء|كل شي|كلشي|كل حاجه) (?:[^ ]+ )?(?:الليله|اليوم|بكره|بكرا)"
        r"(?!.*(?:شغل|واجب|الواجبات|دراسه|مشروع|تقرير|المهام|مهام|الغسيل|التنظيف|الطبخ|"
        r"الامتحان|المذاكره|البحث|الملفات))",
    ),
}

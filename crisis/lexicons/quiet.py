"""Kinds told quietly in other languages: pills put aside, a pet and things given away with
nothing left holding one, sleeping and not waking, a note or letters written, jumping from a
roof, cutting again, not wanting to live, not being able to live any more, and a panic where
breath will not come.

French, Russian, Arabic, Chinese, Greek, Czech, Amharic, Urdu, Hebrew and Korean. Each carries
its lookalikes: pills put aside for a trip or the pharmacy, a cat given away before a move,
"nothing holds me in this city", not wanting to wake up early tomorrow, a jump for joy, a cut
while cooking, a goodbye until tomorrow.
"""

LEXICON = {
    "prepare": (
        # pills put aside, saved or stocked up (not for a trip, not back to the pharmacy)
        r"(?:mis de cote|mets de cote|garde|garder|stocke|stocker|accumule|"
        r"economise|cache) (?:toutes |tous )?(?:mes|les|des) (?:pilules|medicaments|comprimes|"
        r"cachets|somniferes)\b(?!.*\b(?:vacances|voyage|pharmacie|recycl\w*|enfants?|chat)\b)",
        r"(?:коплю|накопил[аи]?|собрал[аи]?|собираю|прячу|откладываю|отложил[аи]?) "
        r"(?:все |свои |эти )?(?:таблетки|таблеток|лекарства|снотворное)\b(?!.*(?:поездк|отпуск|"
        r"аптек))",
        # a pet or one's things given away, with nothing left holding one
        r"(?:кота|кошку|собаку|пса|котика|вещи|свои вещи) (?:[^ ]+ )?(?:отдал[аи]?|раздал[аи]?)"
        r"(?!.*(?:переезж|переезд|аллерги|уезжа))(?=.*(?:ничего не держит|всё решил|все решил|"
        r"долги))",
        # a farewell letter written (Chinese), letters to everyone (Hebrew)
        r"遗书(?:也|都|已经)?(?:写好|写完|准备好)|遺書(?:也|都)?(?:寫好|寫完)",
        r"כתבתי מכתבים (?:לכולם|לכל המשפחה|למשפחה שלי)",
    ),
    "passive": (
        # to sleep and not wake up (Gulf and Levantine Arabic)
        r"(?:ودي|ابي|ابغى|ابغي|بدي|عايز|عاوز|نفسي|اريد) (?:بس )?انام (?:و ?ما|و ?لا|و ?مش) "
        r"(?:اصحى|اصحي|اقوم|استيقظ)",
        # not wanting to wake up tomorrow (not early, not for work)
        r"לא רוצה להתעורר (?:מחר|יותר|בבוקר)\b(?! (?:מוקדם|בשש|בשבע|לעבודה|לבית ספר))",
        # cannot live any more (Urdu), not wanting to live (Amharic)
        r"نہیں جی (?:سکتا|سکتی)|جینا نہیں (?:چاہتا|چاہتی)|مرنا (?:چاہتا|چاہتی) ہوں",
        r"መኖር አልፈልግም|መሞት እፈልጋለሁ|ራሴን (?:ላጠፋ|ማጥፋት|አጠፋለሁ)",
        # nothing holds me any more (not in this city, not at this job)
        r"больше ничего (?:меня )?не держит|ничего (?:меня )?(?:здесь |тут )?больше не держит"
        r"(?! (?:в этом|в этой|на этой|на этом))",
    ),
    "method": (
        # the quickest way to die without pain (Portuguese)
        r"(?:jeito|forma|maneira|modo) (?:[^ ]+ ){0,3}?sem dor (?:de|para|pra) (?:morrer|me matar|"
        r"se matar|acabar com tudo)",
    ),
    "other": (
        # a daughter, a son, a parent who took too many pills (Italian)
        r"(?:mia figlia|mio figlio|mia madre|mio padre|mio marito|mia moglie|mia sorella|mio "
        r"fratello|il mio ragazzo|la mia ragazza|mia nonna|mio nonno) ha (?:preso|ingoiato) "
        r"(?:troppe|tutte le|un flacone di|una scatola di|un sacco di) (?:pillole|pasticche|"
        r"compresse|medicine)",
    ),
    "intent": (
        # thinking of jumping from the roof, a bridge, a balcony
        r"(?:(?:σκεφτομαι|θελω|παω) να|θα) πηδηξω απο (?:την |τη |το |τον )?(?:ταρατσα|γεφυρα|"
        r"μπαλκονι|οροφο|πολυκατοικια|γκρεμο)",
        r"ዛሬ ማታ (?:[^ ]+ )?ሁሉንም ነገር ላቆም",
        # wanting to die (Chinese), every day; self-harm again (Korean)
        r"想死(?![你了吧])|每天都想死",
        r"자해 ?(?:또|다시) ?했|자해를 ?(?:또|다시) ?했",
    ),
    "self_harm": (
        # cutting oneself, the habit (not a cut while cooking, shaving or on paper)
        r"(?:jsem|sem) se (?:zase |znovu |porad |dneska |dnes )?rezal(?:a)?\b(?!.*\b(?:pri "
        r"vareni|pri holeni|o papir|nozem na|chleba|zeleninu)\b)",
        r"(?:rezala|rezal) jsem se\b(?!.*\b(?:pri vareni|pri holeni|o papir|nozem na|chleba|"
        r"zeleninu)\b)",
    ),
    "check": (
        # wanting it all just to end (Greek), no strength left (Gulf Arabic)
        r"θελω (?:απλως |μονο )?να τελειωσει (?:ολο )?αυτο|θελω (?:απλως |μονο )?να τελειωσουν ολα",
        r"خلاص ما عاد (?:فيني|فيا|بي) حيل",
    ),
    "distress": (
        # breath that will not come, from anxiety (Korean)
        r"숨이 (?:잘 )?안 ?쉬어|숨을 (?:잘 )?못 ?쉬|숨이 (?:막혀|막힐)",
        r"불안해서 (?:[^ ]+ )?(?:숨|죽겠)",
    ),
    "guard": (
        # "tired to death", "I miss you to death" (Chinese)
        r"[^ ]*得想死|想死你",
        # pills kept for a trip; a pet given away before a move; nothing holding one in a town
        r"(?:garde|stocke|mets de cote|mis de cote) (?:tous |toutes )?(?:mes|les) (?:medicaments|"
        r"pilules|cachets|comprimes) pour (?:les vacances|le voyage|la pharmacie|mon voyage)",
        r"(?:отдал\w*|раздал\w*) (?:[^ ]+ ){0,3}?(?:кота|кошку|собаку|вещи) (?:[^ ]+ ){0,4}?"
        r"(?:потому что|так как|перед|ведь) (?:[^ ]+ )?(?:переезж|переезд|уезжа|аллерги)\w*",
        r"в (?:этом|этой) (?:городе|стране|месте|работе|квартире) (?:меня )?(?:больше )?ничего "
        r"(?:меня )?не держит",
    ),
    "routine": (
        # medicine for a cough or a fever, and better now (Italian)
        r"(?:pillole|compresse|medicine|sciroppo) per la (?:tosse|febbre|testa|pressione|"
        r"allergia|gola)",
    ),
    "later": (r"до завтра|להתראות מחר|明天见|a demain|αυριο τα λεμε",),
}

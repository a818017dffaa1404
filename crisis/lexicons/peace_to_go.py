"""Hindi and Hinglish (Devanagari and romanised) kinds the larger Hindi lexicon did not read, and
an expat's distress in Arabic.

- ``overdose``: a floor or toilet cleaner or a poison drunk with no "maine" ("phenyl pi liya
  10 min pehle", "फिनाइल पी लिया है"); a dog or a child who drank it by mistake stays out (the
  poison line's), as does phenyl bought or used to mop.
- ``prepare``: able to go in peace now, after a last call ("ab shanti se ja sakta hoon"), and a
  letter written in Devanagari ("खत लिख दिया है मम्मी के नाम"); going home, to the office or to
  sleep in peace, and a letter for a birthday or an application (``later``) stay quiet.
- ``intent``: not wanting to live, with the "hi" or "bhi" of emphasis ("jeena hi nahi hai").
- ``despair``: no option left after a treatment ("sessions khatam ... koi option nahi bacha");
  no option left for a cab or a ticket stays quiet.
- ``passive``: strange thoughts when looking at the ceiling fan, a rope or a dupatta ("pankha
  dekh ke ajeeb khayal aate hain"); a fan that makes a noise or needs cleaning stays quiet.
- ``other``: a partner or a friend who sent a photo of a blade or pills ("girlfriend ne blade ki
  photo bheji"): the reply for helpers; a new shaving blade's photo stays quiet.
- ``distress``: a tightness of the chest of sorrow, or work and being abroad that wore one out
  ("أحس بضيقة ... الشغل والغربة تعبوني"); tight shoes stay quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

_CLEANER_HL = (
    r"(?:phenyl|phenyle|phinyl|finail|fenyl|harpic|lizol|toilet cleaner|floor cleaner|bleach|"
    r"tezaab|tejab|acid|zeher|zehar|jahar|keetnashak|sulfas|chuhe (?:maar|mar|marne) (?:ki )?"
    r"(?:dawai|dawa|goli))"
)
_CLEANER_HI = r"(?:फिनाइल|फिनायल|हार्पिक|लाइजोल|तेजाब|ज़हर|जहर|कीटनाशक|सल्फास|चूहे मार)"
_NOT_WRITER_HL = (
    r"(?!.*(?:kutta|kutte|kutiya|billi|bachcha|bachche|bacche|baby|galti se|glti se|"
    r"accidentally|by mistake|ne (?:\w+ )?pi (?:liya|li)|kharid|khareed|pocha|pochha|mop|saaf))"
)
_TREATMENT = (
    r"(?:sessions?|therapy|treatment|ilaaj|ilaj|dawai|dawaiyan|medicine|meds|ketamine|"
    r"esketamine|ect|shock|rehab|doctor|psychiatrist)"
)

LEXICON = {
    "overdose": (
        r"^(?:abhi |bas |maine |mene |aaj )?" + _CLEANER_HL + r" (?:\w+ )?(?:pi|pee|kha|khaa) "
        r"(?:liya|li|lia|liye|gaya|gayi|chuka|chuki)\b" + _NOT_WRITER_HL,
        r"^(?:अभी |मैंने |आज )?" + _CLEANER_HI + r" (?:[^ ]+ )?(?:पी|खा) (?:लिया|ली|लिये|चुका|चुकी)"
        r"(?!.*(?:कुत्त|बिल्ली|बच्च|गलती से|पोछा|खरीद))",
    ),
    "prepare": (
        r"(?:ab|aaj) (?:main |mai |me )?(?:shanti|shaanti|sukoon|sukun|chain|chen|aaram|araam) se "
        r"(?:ja|jaa|mar|chala ja|chali ja) (?:sakta|sakti|sakte|paunga|paungi|skta|skti)\b"
        r"(?! (?:\w+ ){0,2}?(?:ghar|office|college|school|sone|so|neend|bahar|market|trip|"
        r"ghoomne|kaam|duty|exam|interview|hostel|gaon|vacation|chutti))",
        r"अब (?:मैं )?(?:शांति|सुकून|चैन|आराम) से (?:जा|मर) (?:सकता|सकती|पाऊंगा|पाऊंगी)"
        r"(?! (?:[^ ]+ ){0,2}?(?:घर|ऑफिस|दफ्तर|सोने|गांव|काम))",
        r"(?:खत|चिट्ठी|चिठ्ठी|आखिरी पत्र|आखरी पत्र) (?:[^ ]+ ){0,3}?लिख (?:दिया|दी|ली|लिया|चुका|"
        r"चुकी|कर रख)",
    ),
    # ...a letter for a birthday, a wedding, an exam or a leave application is no farewell
    "later": (
        r"जन्मदिन|बधाई|शादी (?:का|की|के)|परीक्षा|छुट्टी|आवेदन|प्रिंसिपल|"
        r"(?:birthday|application|exam|chutti|shaadi|badhai) (?:ka|ki|ke|wala|wali)",
    ),
    "intent": (
        r"(?:jeena|jina) (?:hi|bhi) (?:nahi|nahin|nhi) (?:hai|h|hain)\b(?! (?:aise|is tarah|"
        r"aisa|waise))|"
        r"जीना (?:ही|भी) नहीं (?:है|हैं)",
    ),
    "despair": (
        _TREATMENT + r" (?:\w+ ){0,16}?(?:koi|ek bhi|aur koi) (?:option|raasta|rasta|chara|"
        r"umeed|ummeed|ummid|ilaaj|ilaj) (?:\w+ )?(?:nahi|nahin|nhi) (?:bacha|bachi|bache)",
        r"(?:koi|ek bhi|aur koi) (?:option|raasta|rasta|chara|umeed|ummeed) (?:\w+ )?(?:nahi|nahin|"
        r"nhi) (?:bacha|bachi) (?:mere|hamare) (?:liye|paas)\b(?! (?:\w+ ){0,3}?(?:cab|taxi|"
        r"uber|ola|auto|ticket|train|bus|flight|seat|khana|order))",
    ),
    "passive": (
        r"(?:ceiling fan|fan|pankha|pankhe|pankhe ko|fan ko|rassi|rassi ko|dupatta|dupatte|"
        r"dupatte ko) (?:dekh|dekhke|dekhkar|dekhte) (?:ke |kar |hi )?(?:\w+ ){0,3}?(?:ajeeb|ajib|"
        r"bure|gande|weird|dark|strange|aise waise) (?:\w+ )?(?:thoughts|thought|khayal|khayaal|"
        r"khyal|khyaal|vichar|idea|ideas)",
        r"(?:पंखे|पंखा|रस्सी|दुपट्टे) (?:को )?(?:देख|देखकर|देखके|देख के|देखते) (?:[^ ]+ ){0,3}?"
        r"(?:अजीब|बुरे|गंदे) (?:[^ ]+ )?(?:ख्याल|खयाल|विचार)",
    ),
    "other": (
        r"(?:girlfriend|gf|boyfriend|bf|dost|friend|bhai|behen|bahen|wife|biwi|husband|pati|"
        r"fiance|fiancee|mangetar) ne (?:\w+ ){0,3}?(?:blade|razor|rassi|noose|goliyon|goliyan|"
        r"pills|tablets|kati hui kalai|kalai|wrist) (?:ki|ka|ke|wali) (?:photo|pic|picture|"
        r"tasveer|video|selfie) (?:bheji|bheja|bhej di|dali|daali|post ki|lagayi)"
        r"(?!.*(?:dadhi|daadhi|shave|shaving|order|amazon|flipkart|kharid|naya|nayi))",
    ),
    "distress": (
        r"(?:احس|اشعر|حاسس|حاسه|عندي) (?:ب)?(?:ضیقه|الضیقه|ضیق|بضیق)\b"
        r"(?! (?:فی|ب) (?:الحذاء|الجزمه|البنطلون|القمیص|الملابس|التنفس|المکان|الشقه))",
        r"(?:الغربه|غربه|الشغل والغربه|الغربه والشغل) (?:[^ ]+ ){0,2}?(?:تعبونی|تعبتنی|تعبنی|"
        r"قتلتنی|کسرتنی|هدتنی)",
    ),
}

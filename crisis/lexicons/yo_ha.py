"""Yoruba and Hausa beyond their plainest statements (``west_south_africa``): the wish not to
wake or to be gone, a letter left with an apology, all the medicine swallowed, how many to die,
someone close who cuts themselves or says they want to die, and sorrow and overwhelm.

- Passive wish: not wanting to wake again ("mi ò fẹ́ jí mọ́", "ki n sun ki n ma ji mo"), not
  wanting to be in the world ("mi o fe wa laye mo"), wishing to die or being better dead
  ("ina jin kamar in mutu kawai", "gara in mutu", "bana son rayuwa kuma"): the full reply.
- A letter written to one's children or family with an apology or a goodbye ("mo ti kọ lẹta si
  awọn ọmọ mi ... ẹ ma binu", "na rubuta wasika ... ku yafe min"): the full reply.
- All the medicine swallowed ("mo ti lo gbogbo oogun naa tan", "na sha duka maganin"), and how
  many to take to die ("oogun melo ... ki n ma ji mo", "magani nawa zan sha in mutu"): the full
  reply, whoever it is for.
- Someone close who cuts themselves with a blade, or says they want to die: the reply for
  helpers.
- Everything too much, a heart breaking, a parent just died: the caring reply.

Folded like the rest (tone marks and dots below drop). Dying of laughter or hunger is an idiom;
medicine finished as the doctor said is a course of treatment; a finger cut while cooking is no
self-harm. Written folded (see ``crisis.lexicons``); pure.
"""

# Yoruba's "n" (I, and the mark of "-ing": "mo n lọ") is read "nao" once folded, as texted
# Portuguese for "não" (``crisis.lexicons.respell``), so the phrases write it so.
# Yoruba: "I do not" in its spellings (folded): mi o, mi ko, n ko, emi o, emi ko
_NOT_YO = r"(?:mi o|mi ko|nao ko|emi o|emi ko|mio|nko)"
# Yoruba: someone close (a daughter, a son, a friend...)
_CLOSE_YO = (
    r"(?:omo mi(?: obinrin| okunrin)?|ore mi|egbon mi|aburo mi|iya mi|baba mi|oko mi|iyawo mi|"
    r"arabinrin mi|arakunrin mi|omobinrin mi|omokunrin mi)"
)
# Yoruba and Hausa: medicine and pills
_MEDS_YO = r"(?:oogun|ogun|egbogi|pill\w*|tablet\w*|paracetamol)"
_MEDS_HA = r"(?:magani\w*|(?:ƙ|k)wayoyi\w*|(?:ƙ|k)waya\w*|pill\w*|paracetamol)"
# Hausa: someone close (as ``west_south_africa``, with a few more)
_CLOSE_HA = (
    r"(?:mijina|matata|(?:ɗ|d)ana|(?:ɗ|d)iyata|abokina|kawata|(?:ƙ|k)anina|(?:ƙ|k)anwata|yayana|"
    r"yayata|mahaifina|mahaifiyata|babana|mamana|innata|(?:ɗ|d)an uwana|yar uwata)"
)

LEXICON = {
    "guard": (
        # Yoruba: a knife that cut a finger or a hand (cooking, farming)
        r"(?:obe|ada|abe) ge (?:ika|owo|ese) (?:re|mi|e)\b",
        # Yoruba and Hausa: dying of laughter, hunger, thirst or tiredness
        r"(?:mo fe|mo fẹ|mo nao|ma) ku (?:fun|fu) (?:erin|ebi|oungbe|ongbe)|"
        r"(?:mutu|mutuwa) da (?:dariya|yunwa|(?:ƙ|k)ishirwa|gajiya|sanyi)",
    ),
    "routine": (
        # Yoruba, Hausa: medicine taken as the doctor said
        r"(?:bi|gege bi) (?:dokita|dokinta|doctor) (?:se )?(?:so|ko|ni)|"
        r"(?:yadda|kamar yadda|da) likita ya (?:ce|rubuta|ba ni|bani|umarta)",
    ),
    "method": (
        # Yoruba: how many pills so as to die or not wake again; the easiest way to die
        _MEDS_YO + r" melo (?:[^ ]+ ){0,6}?(?:ki nao|ki emi|ti maa|lati|ti ma) "
        r"(?:ku|ma ji mo|maa ji mo|pa ara mi)|(?:ona|ogun|oogun) wo (?:lo|ni) (?:rorun|yara) "
        r"(?:ju )?(?:lati|ti) (?:ku|pa ara)|bawo ni (?:mo se le|mo ti le|ma se) pa ara mi",
        # Hausa: how many pills to die; which medicine kills; how to die without pain
        _MEDS_HA + r" nawa (?:[^ ]+ ){0,5}?(?:in mutu|na mutu|zai kashe ni|ke kashe mutum|za ta "
        r"kashe ni)|wane magani (?:ne )?(?:zai|ke) kashe (?:ni|mutum)|"
        r"(?:ta yaya|yaya) zan (?:kashe kaina|mutu ba tare da)",
    ),
    "overdose": (
        # Yoruba: all the medicine swallowed, with a dizziness or at once
        r"(?:mo ti|mo) (?:lo|mu|gbe|je) gbogbo " + _MEDS_YO + r"\w* (?:[^ ]+ ){0,5}?"
        r"(?:ori mi nao yi|ori mi yi|ara mi o ya|inu mi nao run|oju mi nao|mo nao bi|lekan|papo)",
        r"(?:mo ti|mo) (?:lo|mu|gbe|je) gbogbo " + _MEDS_YO + r"\w* (?:naa |yen |to wa )?tan",
        # Hausa: all the medicine (in the bottle, the packet) drunk or swallowed
        r"na (?:sha|hadiye|ha(?:ɗ|d)iye) (?:duka|dukan|duk|gaba (?:ɗ|d)aya) " + _MEDS_HA,
        r"na (?:sha|hadiye|ha(?:ɗ|d)iye) " + _MEDS_HA
        + r" (?:[^ ]+ ){0,4}?(?:duka|gaba (?:ɗ|d)aya)\b",
    ),
    "intent": (
        # Yoruba: I want to die, to drink poison, to hang myself, to jump in the river
        r"(?:mo nao fe|emi fe|mo fe|mo fẹ|o wu mi ki nao|mo ti pinnu lati) "
        r"(?:ku|mu majele|gbe majele|so ara mi ko|bo sinu odo|fo sinu odo)\b|ma so ara mi ko",
        # Hausa: I want to die, to hang myself, to jump into the well
        r"ina son (?:in |na )?mutu|ina (?:fatan|burin) (?:in |na )?mutu|zan rataye kaina|"
        r"zan (?:fa(?:ɗ|d)a|faɗa) (?:cikin )?rijiya",
    ),
    "passive": (
        # Yoruba: not to wake again; not to be in the world any more; that I sleep and not wake
        _NOT_YO + r" fe ji (?:[^ ]+ ){0,3}?mo\b|ki nao (?:sun )?(?:ki nao )?ma ji mo|" + _NOT_YO
        + r" fe (?:wa laye|wa laaye|gbe aye|wa ni aye) mo",
        r"(?:iba|ibaa) se pe mo ti ku|o san ki nao ku|o dara ki nao ku",
        # Hausa: I feel I should just die; better I die; I wish I had died; I don't want to live
        r"kamar (?:in|na) mutu kawai|gara (?:in|na) mutu|(?:da ma|dama) (?:in|na) mutu|"
        r"(?:bana|ba na|ban) son (?:rayuwa|in rayu|raye)|ina so in bar duniya",
    ),
    "prepare": (
        # Yoruba: a letter to the children or family, with an apology or a goodbye
        r"ko leta (?:[^ ]+ ){0,6}?(?:e ma binu|e dariji mi|e foriji mi|o digba|odigba|"
        r"ola ni ma lo)",
        r"o digba (?:o )?(?:lailai|titi lae)|odigba lailai",
        # Hausa: a letter (of farewell), with forgive me or I won't come back
        r"wasi(?:ƙ|k)ar ban ?kwana|wasi(?:ƙ|k)a (?:[^ ]+ ){0,6}?(?:ku yafe (?:min|mini)|"
        r"ba zan dawo ba)|ku yafe (?:min|mini) (?:[^ ]+ ){0,3}?ba zan dawo ba",
    ),
    "other": (
        # Yoruba: someone close cuts themselves with a blade, or says they want to die
        _CLOSE_YO
        + r" (?:nao|nfi|maa nao|ti nao|ti bere si) (?:fi )?(?:abe|felefele|obe) ge ara (?:re|e)",
        _CLOSE_YO + r" (?:so pe|ni|nao so pe) (?:oun|on|un) (?:fe|nao fe) (?:ku|pa ara (?:re|e))|"
        + _CLOSE_YO + r" (?:so pe|ni) (?:oun|on) (?:ko|o) fe (?:wa laye|wa laaye|gbe aye) mo",
        # Hausa: someone close says they want to die, or cuts themselves
        _CLOSE_HA + r" (?:ya|ta) ce (?:yana|tana|ya na|ta na) (?:son|so) (?:ya |ta )?mutu|"
        + _CLOSE_HA + r" (?:yana|tana) (?:yanka|yanke) (?:jikinsa|jikinta|hannunsa|hannunta)",
    ),
    "distress": (
        # Yoruba: things are too much for me; sorrow overwhelms me; a parent just died
        r"(?:nkan|nnkan|oro|gbogbo e) (?:ti )?(?:po ju|poju) fun mi|ibanuje (?:ti )?(?:bo|bori) mi|"
        r"(?:iya|baba|oko|iyawo|omo) mi (?:ti )?ku (?:ni )?(?:ose to koja|lana|laipe|osu to koja)",
        # Hausa: everything is too much for me; my heart is broken; my mother passed away
        r"komai ya (?:min|mini|yi min) yawa|zuciyata ta (?:karye|ɓaci|baci)|(?:mahaifiyata|"
        r"mahaifina|mijina|matata|(?:ɗ|d)ana|(?:ɗ|d)iyata) (?:ya|ta) rasu",
    ),
}

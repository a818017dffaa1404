"""Someone close who said, or wrote, that they would jump, hang themselves or kill themselves,
or who is standing on a bridge or a roof now as they said on the phone: the reply for helpers
(``other``), in languages whose lexicons read only the writer's own words.

- Polish: "kolega powiedział, że dziś skoczy z mostu", "mówi, że się powiesi".
- Romanian: "zice că se spânzură diseară", "a zis că se aruncă de pe bloc".
- Greek: "λέει ότι θα πηδήξει" with a bridge or roof named, "είπε ότι θα αυτοκτονήσει".
- Hindi: "वो नदी के पुल पर खड़ी है" told of a friend or a brother (third person, not "खड़ा हूँ").
- Nepali and Punjabi in Latin letters: many pills swallowed and no word since; "says he will
  end it all".
- Hinglish: a parent who said life has no meaning without the late mother or father.
- Chinese: a parent who says he has "lived enough"; Tamil: a parent's letter asking to be
  forgiven.
- Spanish: a farewell voice note and no answer since ("me mandó un audio despidiéndose y ya no
  contesta").

A jump into a pool, off a diving board or with a parachute names no bridge or roof and stays
quiet; so does a friend standing on a bridge for a photograph or a view.

Written folded (see ``crisis.lexicons``); pure.
"""

# What a person is said to have told: said, says, wrote, threatens.
_SAID_PL = r"(?:powiedział|powiedziała|mówi|mowi|pisze|napisał|napisała|grozi|twierdzi)"
_SAID_RO = r"(?:zice|a zis|spune|a spus|mi a spus|mi a scris|a scris|scrie|amenință|ameninta)"
_SAID_EL = r"(?:λέει|είπε|μου είπε|γράφει|έγραψε|μου έγραψε|απειλεί)"
_HIGH_PL = r"(?:mostu|dachu|okna|balkonu|bloku|wieżowca|wiezowca|wiaduktu|klifu|skały|skaly)"
_HIGH_RO = r"(?:pod|podul|bloc|blocul|acoperiș|acoperis|geam|fereastră|fereastra|balcon|stâncă)"
_HIGH_EL = r"(?:γέφυρα|ταράτσα|μπαλκόνι|παράθυρο|γκρεμό|βράχια|πολυκατοικία)"
# A dive for a swim, a parachute or a bungee jump.
_NOT_SWIM_EL = r"(?!.*(?:μπάνιο|θάλασσα|βουτιά|αλεξίπτωτο|πισίνα|bungee|μπάντζι))"
_HIGH_HI = r"(?:पुल|छत|रेल की पटरी|पटरी|बालकनी|टावर|चट्टान)"

LEXICON = {
    "other": (
        # Polish: said they will jump from a height, hang or kill themselves
        _SAID_PL + r" (?:że )?(?:\w+ ){0,3}?(?:skoczy z " + _HIGH_PL + r"|się powiesi|"
        r"się zabije|odbierze sobie życie|popełni samobójstwo|rzuci się pod)",
        # Romanian: says they hang, throw themselves off, kill themselves (tonight)
        _SAID_RO + r" (?:că )?(?:\w+ ){0,3}?(?:se spânzură|se spanzura|o să se spânzure|"
        r"se sinucide|o să se sinucidă|se omoară|o să se omoare|se aruncă de pe "
        + _HIGH_RO + r"|sare de pe " + _HIGH_RO + r"|o să sară de pe " + _HIGH_RO + r")"
        r"(?!.*(?:în apă|in apa|la scăldat|la scaldat|în râu|în lac|bungee|parașut\w*))",
        # Greek: says they will kill themselves, hang, or jump where a height is named
        _SAID_EL + r" (?:ότι |πως )?(?:\w+ ){0,3}?θα (?:αυτοκτονήσει|κρεμαστεί|τελειώσει τη ζωή)",
        _HIGH_EL + r"\w* (?:\w+ ){0,6}?(?:λέει|είπε|γράφει) (?:ότι |πως )?θα (?:πηδήξει|πέσει)"
        + _NOT_SWIM_EL,
        _SAID_EL + r" (?:ότι |πως )?θα (?:πηδήξει|πέσει) (?:από |απο )(?:τη |την |το |τα )?"
        + _HIGH_EL + _NOT_SWIM_EL,
        # Hindi: she or he is standing on the bridge, the roof, the tracks (not "I am")
        r"(?:वो|वह|उसने|भाई|बहन|सहेली|दोस्त|बेटा|बेटी|पापा|मम्मी) (?:[^ ]+ ){0,8}?"
        r"(?:नदी के )?" + _HIGH_HI + r" (?:पर|के किनारे) (?:खड़ी|खड़ा|बैठी|बैठा) (?:है|हैं)"
        r"(?!.*(?:फोटो|सेल्फी|नज़ारा|नजारा|घूम))",
        # Nepali typed in Latin letters: a friend who swallowed many pills and does not speak
        r"(?:saathi|sathi|dai|daju|bhai|didi|bahini|aama|buwa|baba|shriman|srimati|chhora|chhori)"
        r"(?: le|le)? (?:\w+ ){0,2}?(?:dherai|sabai|sab) (?:goli|aushadhi|ausadhi|dawai)\w* "
        r"(?:khayo|khaye|nilyo)(?!.*(?:doctor|daktar|dinko|bihana|beluka))",
        # Punjabi typed in Latin letters: says he will end it all, then the phone off
        r"(?:keh|kehnda|kehndi|kaih|bolda|boldi) (?:\w+ ){0,2}?(?:ke|ki) (?:oh |o |uh )?"
        r"(?:sab kuch|sab kujh|sab kuchh|aapne aap nu|apne aap nu) (?:khatam|mukk?a) kar "
        r"(?:dega|degi|devega|laina|lavega)",
        r"(?:keh|kehnda|kehndi|kaih|bolda|boldi) (?:\w+ ){0,2}?(?:ke|ki) (?:oh |o |uh )?khatam "
        r"kar (?:dega|degi|devega) (?:sab kuch|sab kujh|sab kuchh|sab)\b",
        # Chinese: a parent who says he has lived enough, with savings handed over or no answer
        r"(?:爸|妈|媽|爸爸|妈妈|媽媽|父亲|父親|母亲|母親|老公|老婆|哥|弟|姐|妹|朋友)[^ ]{0,3}说"
        r"(?:他|她)(?:已经|已經)?活(?:够|夠)了",
        # Tamil: a parent left a letter saying "forgive me" and nobody knows where he is
        r"(?:அப்பா|அம்மா|அண்ணன்|தம்பி|அக்கா|தங்கை|கணவர்|மனைவி|மகன்|மகள்|நண்பன்|நண்பர்)[^ ]* "
        r"(?:[^ ]+ ){0,3}?கடிதம் (?:[^ ]+ ){0,5}?என்னை மன்னி",
        # Hinglish: a parent who said life has no meaning without the other, then gave things away
        r"(?:ne|ne mujhse|ne mujhe) (?:kaha|bola) (?:ki |ke )?(?:\w+ )?(?:mummy|mumma|maa|mammi|"
        r"papa|pitaji|patni|biwi|pati|dadi|dada|nani|nana) ke bina (?:jeene|jine|jeena|jina) ka "
        r"(?:koi )?(?:matlab|mtlb|fayda|faida) nahi",
        # Spanish: a farewell voice note or message, and no answer since
        r"(?:audio|audios|mensaje|mensajes|nota de voz|vídeo|video|carta|whatsapp) (?:\w+ )?"
        r"(?:despidiéndose|para despedirse|de despedida) (?:\w+ ){0,4}?(?:y )?"
        r"(?:ya )?no (?:contesta|responde|atiende|coge|me contesta|me responde)"
        r"(?!.*(?:viaje|vacaciones|mudanza|se muda|vuelo|avión|avion))",
    ),
}

"""Tamil, Malayalam and Bengali, in their own scripts and romanised (Tanglish, Manglish,
romanised Bengali): the kinds their lexicons did not read yet.

- ``intent``: not wanting to live any more ("இனிமே வாழ விருப்பம் இல்லை", "ini vaazha
  pudikkala", "എനിക്ക് ഇനി ജീവിക്കണ്ട", "ami ar banchte chai na"); "I'm going to die" said of
  oneself; ending it all tonight ("ഇന്ന് രാത്രി എല്ലാം തീർക്കും", "আজ রাতেই সব শেষ করে দেব");
  a bottle of pills the writer feels like taking all at once.
- ``place``: jumping from a terrace or a bridge, lying on the tracks.
- ``prepare``: a last letter or a suicide note written; pills saved up bit by bit.
- ``passive``: what is the point of living now ("ini jeevichittu entha karyam").
- ``self_harm``: cutting the hand for relief ("kai la vettikitta dhaan relief").
- ``method``: how many tablets kill; which sleeping pill, taken in excess, kills in one's sleep.
- ``overdose``: many sleeping pills taken ("onek gulo ghumer oshudh kheye felechi").
- ``other``: a brother or a friend who said "I'm going to die" or does not want to live, a friend
  who cut her hand and bleeds.
- ``check``: gone before they find out.
- ``distress``: very lonely, a heavy heart, emptiness, nobody to talk to.

Lookalikes kept quiet: dying of laughter or hunger ("sirichu sirichu saaga poren", "হাসতে হাসতে
মরে গেলাম"), all the work finished tonight ("ഇന്ന് രാത്രി assignment എല്ലാം തീർക്കും", "আজ
রাতেই সব কাজ শেষ করে দেব"), not wanting to live in a city, two tablets taken as prescribed, a
hand cut while chopping vegetables, which medicine taken in excess does harm.
Written folded (``crisis.lexicons``); pure.
"""

# A gap of up to a few words of any script (Indic vowel signs are not \w).
_KIN_TA = r"(?:தம்பி|அண்ணன்|அண்ணா|அக்கா|தங்கச்சி|தங்கை|நண்பன்|நண்பர்|தோழி|அம்மா|அப்பா|மகன்|மகள்)"
_KIN_TA_LATIN = r"(?:thambi|anna|akka|thangachi|thangai|nanban|nanbi|thozhi|friend|frnd)"
_KIN_ML = r"(?:കൂട്ടുകാരി|കൂട്ടുകാരൻ|അനിയൻ|അനിയത്തി|ചേട്ടൻ|ചേച്ചി|സുഹൃത്ത്|മകൻ|മകൾ)"
_KIN_BN = r"(?:বন্ধু|বান্ধবী|ভাই|বোন|দিদি|দাদা|ছেলে|মেয়ে)"
_KIN_BN_LATIN = r"(?:bondhu|bandhobi|bhai|bon|didi|dada|friend)"
_DIE_TA_LATIN = r"(?:saaga|saga|saava) (?:poren|poraen|porean|poiren)"

LEXICON = {
    "guard": (
        r"(?:சிரிச்சு|சிரித்து|பசியில|பசில) (?:சிரிச்சு )?(?:சாக|செத்து)",
        r"(?:sirichu|sirrichu|pasila|pasiyila) (?:sirichu )?(?:saaga|saga|sethu|setthu)",
        r"(?:hashte|haste) (?:hashte |haste )?(?:more|mor)|(?:khide|khidey|gorome) mor",
        r"(?:അരിയുമ്പോൾ|അബദ്ധത്തിൽ|അറിയാതെ) (?:[^ ]+ )?കൈ മുറിച്ചു",
    ),
    "intent": (
        # Tamil
        r"(?:இனி|இனிமே|இனிமேல்|இனிமேலும்) (?:[^ ]+ )?வாழ(?:வே)? (?:விருப்பம் இல்லை|விருப்பமில்லை|"
        r"பிடிக்கல|பிடிக்கவில்லை|ஆசை இல்லை|வேண்டாம்)",
        r"(?:நான் )?சாகப் ?போறேன்(?! ?ன)|தற்கொலை (?:பண்ண|செய்ய)(?:ப் போறேன்|ணும்|வேண்டும்)",
        r"(?:ini|inimel|inimey|inime) (?:\w+ )?(?:vaazha|vazha|vaala|vaza|vaazhave|vazhave) "
        r"(?:pudikkala|pidikkala|pudikala|pidikala|virupam illa|viruppam illa|aasai illa|venam|"
        r"vendam)",
        r"(?:naan |na )?" + _DIE_TA_LATIN + r"\b(?! ?nu\b| ?nnu\b)",
        # Malayalam
        r"(?:എനിക്ക് ഇനി|എനിക്കിനി|ഇനി എനിക്ക്) (?:ജീവിക്കണ്ട|ജീവിക്കേണ്ട|ജീവിക്കാൻ വയ്യ)",
        r"(?:ഇന്ന് രാത്രി|ഇന്നു രാത്രി|ഇന്ന് രാത്രിയോടെ) (?:ഞാൻ )?എല്ലാം (?:തീർക്കും|അവസാനിപ്പിക്കും)",
        r"ഗുളിക(?:കൾ)? (?:[^ ]+ ){0,6}?(?:എല്ലാം|മുഴുവനും|മുഴുവൻ) (?:[^ ]+ ){0,2}?"
        r"(?:കഴിക്കാൻ തോന്നുന്നു|കഴിക്കാൻ പോകുന്നു|കഴിക്കും)",
        r"(?:enikku ini|enikkini|ini enikku) (?:jeevikkanda|jeevikkenda)",
        # Bengali
        r"(?:আজ রাতেই?|আজকেই|আজই) (?:আমি )?সব (?:কিছু )?শেষ করে (?:দেব|দেবো|দিব|ফেলব)",
        r"(?:aaj|aj) (?:raatei|ratei|rate) (?:ami )?(?:sob|shob) (?:kichu )?(?:shesh|sesh) kore "
        r"(?:debo|dibo|felbo)",
        r"(?:ami )?(?:ar )?(?:banchte|bachte|baachte) (?:chai|chaina|chai na)\b",
    ),
    "place": (
        r"(?:மாடி|மொட்டை மாடி|பாலம்|பாலத்து)(?:ல|யில|லிருந்து)? (?:இருந்து )?குதிக்க(?:ப்)? போறேன்",
        r"(?:maadi|terrace|bridge|paalam|palam)(?: la| mela| ku)? (?:irundhu|irunthu) "
        r"(?:kudhikka|kuthikka|kudikka) (?:poren|poraen)",
        r"(?:track|thandavalam) la (?:padukka|nikka) (?:poren|poraen)",
        r"(?:പാലത്തിൽ|ടെറസ്സിൽ|ടെറസിൽ) നിന്ന് ചാടാൻ (?:പോകുന്നു|പോവുകയാണ്|പോവാ)",
        r"(?:palathil|terrace il|terracil) ninnu (?:chaadan|chadan) (?:pokunnu|pova|povukayanu)",
        r"(?:ছাদ|ব্রিজ|সেতু) থেকে ঝাঁপ (?:দেব|দেবো|দিব)",
        r"(?:chad|chhad|chaad|bridge) theke (?:jhap|jhaap) (?:debo|dibo)",
    ),
    "prepare": (
        r"(?:kadaisi|kadasi|last) (?:letter|kadidham|kaditham) (?:ezhudhi|eludhi|ezhuthi) "
        r"(?:vechiruken|vechitten|vachiten|vechiten)",
        r"கடைசி (?:கடிதம்|லெட்டர்) (?:எழுதி )?(?:வச்சிருக்கேன்|வைத்திருக்கிறேன்|எழுதிட்டேன்)",
        r"(?:അവസാന കത്ത്|ആത്മഹത്യാ കുറിപ്പ്) (?:എഴുതി )?(?:വെച്ചിട്ടുണ്ട്|എഴുതി)",
        r"(?:avasana kathu|last letter) (?:ezhuthi|ezhudhi) (?:vachu|vechu|vachittund|vechittund)",
        r"(?:শেষ চিঠি|সুইসাইড নোট) লিখে (?:রেখেছি|ফেলেছি)",
        r"(?:shesh chithi|sesh chiti|shesh chiti|suicide note) likhe (?:rekhechi|felechi)",
        r"konjam konjama (?:\w+ )?(?:mathirai|maathirai|tablet) (?:serthu|sethu|sekarichu)",
        r"കുറേശ്ശെ (?:[^ ]+ )?(?:ഗുളിക|ഗുളികകൾ) (?:ശേഖരിച്ച|സൂക്ഷിച്ച)",
        r"অল্প অল্প করে (?:[^ ]+ ){0,2}?(?:ওষুধ|ট্যাবলেট) (?:জমাচ্ছি|জমিয়েছি|জমিয়ে রেখেছি)",
        r"(?:olpo olpo kore|ektu ektu kore) (?:\w+ )?(?:oshudh|tablet|bori) "
        r"(?:jomacchi|jomachhi|jomiyechi|jomiye rekhechi)",
    ),
    "passive": (
        r"(?:ini|ingane) jeevichittu (?:entha|enthu|enth|ethu) (?:karyam|kaaryam)",
        r"(?:ഇനി|ഇങ്ങനെ) ജീവിച്ചിട്ട് എന്ത് കാര്യം",
    ),
    "self_harm": (
        r"(?:vettikitta|vettina|vettikittaa|cut panna) (?:dhaan|than|thaan|dan) (?:konjam )?"
        r"(?:relief|nimmadhi|nimmathi)",
        r"(?:அறுத்துக்கிட்டா|கீறிக்கிட்டா) (?:தான் )?(?:கொஞ்சம் )?(?:நிம்மதி|relief)",
    ),
    "method": (
        r"எத்தனை (?:[^ ]+ )?மாத்திரை (?:[^ ]+ )?(?:சாப்பிட்டா|சாப்பிட்டால்|போட்டா) (?:[^ ]+ )?"
        r"(?:சாகலாம்|செத்துடுவாங்க|உயிர் போகும்)",
        r"(?:evlo|ethana|eththana) (?:\w+ )?(?:maathirai|mathirai|tablet) (?:\w+ )?(?:saappitta|"
        r"sapta|saapta|pota|potta) (?:\w+ )?(?:saagalam|sethuduvanga|uyir pogum)",
        r"എത്ര (?:[^ ]+ )?ഗുളിക (?:[^ ]+ )?കഴിച്ചാൽ (?:[^ ]+ )?(?:മരിക്കും|മരിക്കാം|ചാവും)",
        r"(?:ethra|etra) (?:\w+ )?(?:gulika|tablet) (?:\w+ )?kazhichal (?:\w+ )?(?:marikkum|"
        r"marikkam|chaavum)",
        r"(?:ওষুধ|ট্যাবলেট|বড়ি) (?:[^ ]+ ){0,3}?খেলে (?:[^ ]+ ){0,3}?মরে যাওয়া যায়",
        r"(?:koyta|kota|kon) (?:ghumer )?(?:oshudh|osudh|oshud|tablet|bori) (?:\w+ )?khele "
        r"(?:\w+ ){0,2}?(?:mora|more jawa|more jaoa) (?:jay|jai)",
    ),
    "overdose": (
        r"(?:অনেকগুলো|অনেক গুলো|সবগুলো|সব) (?:[^ ]+ )?(?:ওষুধ|ট্যাবলেট|বড়ি) খেয়ে ফেলেছি",
        r"(?:onek gulo|onekgulo|shob gulo|sob gulo) (?:\w+ )?(?:oshudh|osudh|oshud|"
        r"tablet|bori|pill) (?:kheye felechi|kheye nilam)",
    ),
    "other": (
        _KIN_TA + r" (?:[^ ]+ ){0,3}?(?:நான் )?சாகப் ?போறேன் ?ன",
        _KIN_TA_LATIN + r" (?:\w+ ){0,3}?(?:naan )?" + _DIE_TA_LATIN + r" ?n?nu\b",
        _KIN_ML + r" (?:[^ ]+ ){0,2}?കൈ മുറിച്ചു",
        _KIN_BN + r" (?:[^ ]+ ){0,3}?(?:আর )?বাঁচতে চায় না",
        _KIN_BN_LATIN + r" (?:\w+ ){0,3}?(?:ar )?(?:banchte|bachte|baachte) (?:chay|chaay) na",
    ),
    "check": (
        r"(?:theriyarathukku|theriyaradhukku|theriyardhukku) munnadi (?:naan )?(?:poiduven|"
        r"poyiduven)",
    ),
    "distress": (
        r"enakku (?:romba )?(?:thanimaiya|thanimaiyaa?) (?:irukku|iruku|iruk)",
        r"(?:manasu|manassu|manas) (?:sariyilla|sheriyilla|shariyilla)",
        r"verum (?:shoonyatha|shunyatha)",
        r"മനസ്സ് (?:ശരിയല്ല|ശരിയില്ല)|ശൂന്യത (?:തോന്നുന്നു|മാത്രം)",
        r"মনটা (?:খুব |ভীষণ )?খারাপ|কথা বলার (?:মতো )?কেউ নেই",
        r"(?:mon ?ta|mon) (?:khub |bhison )?(?:kharap|kharaap) (?:lagche|lagchhe)|kotha bolar "
        r"(?:moto )?keu nei",
    ),
}

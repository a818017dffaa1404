"""The core meanings, said plainly, in the languages whose lexicons had the fewest ways to say them.

A wish to die or to leave life, a way to die without pain, too many pills taken (or a box, a
handful), a goodbye to everyone, and someone else who wants to die, in Arabic, Ukrainian,
Russian, Hindi (romanised and Devanagari), Turkish, Persian, Thai, Bengali, Romanian, Greek,
Urdu, Vietnamese, Hebrew, Swahili, Polish, Portuguese and Italian. Every overdose phrase names
pills or medicine ("too much coffee" is no overdose); every painless way names dying; every
goodbye is to everyone or for ever, and a goodbye until tomorrow is excused (``later``).
"""

from crisis.lexicons.common import G

# A gap of up to three words of any script (Indic and Thai vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"

LEXICON = {
    # a crisis years ago, told with how well the writer is now
    "past": (r"قبل (?:[^ ]+ )?(?:سنه|سنتين|سنوات|سنين|عام|اعوام)",),
    "recovered": (
        r"(?:hoje|agora|já) (?:eu )?(?:estou|to|tô) (?:muito |bem )?(?:bem|melhor)",
        r"(?:teraz|dziś|dzisiaj) (?:jest mi|czuję się|mam się) (?:już )?(?:dobrze|lepiej)",
        r"(?:الان|الحين|اليوم|هلا|حاليا) (?:انا )?(?:بخير|احسن|افضل|منيح|كويس|تمام)",
    ),
    "later": (
        # a move or a new job named: "doando meus livros antes da mudança", "naanza kazi mpya"
        r"antes da mudança|mudando (?:pra|para)|vou me mudar|kazi mpya|naanza kazi",
        r"ne vedem (?:mâine|luni|curând|mai târziu)|pe mâine",
        r"τα λέμε (?:αύριο|σύντομα|τη δευτέρα|μετά)|καληνύχτα",
        r"কাল দেখা হবে|আবার দেখা হবে|শুভ রাত্রি",
        r"kal milte (?:hain|hai|he)|phir milte|aaj ka|aaj ke liye|shubh ratri|yarın görüşürüz|"
        r"bugünlük",
    ),
    # the Han river with "for the last time": a place, unless a park, a class or friends are there
    "place": (r"한강[^ ]* (?:[^ ]+ ){0,4}?마지막[^ ]*|마지막[^ ]* (?:[^ ]+ ){0,4}?한강",),
    "outing": (r"공원|수업|산책|친구들|사진|자전거|치킨|피크닉|야경|불꽃",),
    "guard": (
        # a pet's death is grief for a pet, not a sign in the writer
        r"(?:il |mio |mia |mi )?(?:gatt[oa]|can[ei]|cagnolin[oa]|criceto|coniglio|pappagallo) "
        r"(?:è|e) (?:mort[oa]|scompars[oa])",
        # not wanting to live in a city or with someone: a move, not a death
        r"δεν θέλω να ζω (?:άλλο )?(?:σε|στην|στο|στη|στις|μαζί|με τ)",
        r"nu mai vreau să trăiesc (?:în|la|cu|lângă) ",
        r"(?:viver|morar|vivir) (?:mais |más )?(?:nessa|nesta|neste|nesse|en esta|en este) "
        r"(?:cidade|casa|país|bairro|ciudad|barrio|lugar|pueblo)",
        r"\b(?:a3ish|a3eesh|a3eish) (?:ma3ahom|ma3ah|ma3aha|m3ahom|m3ah|fe [^ ]+|hena)\b",
        # a "forgive me" for being late
        r"perdóname (?:[^ ]+ )?por (?:llegar tarde|no llamar|olvidar\w*|el retraso|la tardanza)",
    ),
    "method": (
        # a painless way to die, a height that is sure
        r"(?:高さ|何階)[^\n]{0,10}飛び降り|飛び降り[^\n]{0,10}(?:確実|死ね|高さ)",
        r"(?:tarika|tareeka|tarike|upay|koi raasta) " + G + r"(?:\w+ ){0,3}?dard (?:na|nahi|nhi) "
        r"(?:ho|hoga|hove|ho aur) (?:\w+ ){0,4}?(?:khatam|mar|maut|jaan)",
        r"(?:तरीका|तरीक़ा|उपाय) " + W + r"(?:दर्द न हो|बिना दर्द) " + W + r"(?:खत्म|ख़त्म|मर|मौत)",
        r"(?:як|спосіб|способи) (?:\w+ )?(?:померти|вмерти|піти з життя|вбити себе) (?:\w+ )?"
        r"без болю",
        r"(?:acısız|acı çekmeden|acı duymadan) (?:\w+ )?(?:nasıl )?(?:ölün\w*|ölmek|ölebilir\w*|"
        r"ölürüm|intihar\w*)",
        r"nasıl (?:\w+ )?(?:acısız|acı çekmeden) (?:ölün\w*|ölebilir\w*|öldür\w*|intihar\w*)",
        r"ตาย(?:ยังไง|อย่างไร|แบบไหน)(?:ให้)?ไม่(?:ให้)?(?:เจ็บ|ทรมาน)|(?:วิธี)ตาย(?:แบบ)?ไม่"
        r"(?:เจ็บ|ทรมาน)|ฆ่าตัวตาย(?:ยังไง|อย่างไร|แบบไหน)(?:ให้)?ไม่(?:เจ็บ|ทรมาน)",
        r"(?:ব্যথা|যন্ত্রণা|কষ্ট) ছাড়া (?:[^ ]+ )?(?:মরা|মরতে|মৃত্যু|আত্মহত্যা)",
        r"(?:cum|mod|metodă|metoda) (?:\w+ ){0,2}?(?:să mor|să mă sinucid|de a muri|să te sinucizi)"
        r" (?:\w+ )?fără (?:durere|să doară|să sufăr)|(?:moarte|sinucidere) fără durere",
        r"(?:πώς|τρόπος|τρόπο) (?:\w+ ){0,2}?(?:να πεθάνω|να αυτοκτονήσω|να πεθάνει κανείς) "
        r"(?:\w+ )?χωρίς (?:πόνο|να πονέσω)|ανώδυνος (?:θάνατος|τρόπος)",
        r"(?:بغیر|بنا|بلا) درد (?:کے )?(?:مرنے|مرنا|خودکشی|موت)",
        r"(?:cách|làm sao|làm thế nào để) (?:\w+ ){0,2}?(?:chết|tự tử) (?:\w+ )?(?:không đau|nhẹ "
        r"nhàng)",
        r"(?:איך|דרך) (?:[^ ]+ )?(?:למות|להתאבד) (?:[^ ]+ )?(?:בלי|ללא) (?:כאב|כאבים)|מוות (?:בלי|"
        r"ללא) כאב",
        r"(?:jak|sposób) (?:\w+ ){0,2}?(?:umrzeć|się zabić|popełnić samobójstwo) (?:\w+ )?bez "
        r"(?:bólu|cierpienia)|bezbolesn\w+ (?:śmierć|sposób|samobójstw\w*)",
    ),
    "overdose": (
        # too many pills, a box or a handful, taken
        r"(?:اخذت|بلعت|شربت|تناولت|اكلت) (?:[^ ]+ ){0,2}?(?:حبوب|اقراص|حبات|دواء|ادويه) "
        r"(?:كثير|كثيره|كتير|كتيره|زياده|بزياده|اكثر من اللازم)",
        r"(?:випила|випив|ковтнула|ковтнув|проковтнула|проковтнув|прийняла|прийняв|наковтал\w*) "
        r"(?:\w+ )?(?:забагато|занадто багато|дуже багато|багато|купу|жменю) (?:\w+ )?(?:таблет\w*|"
        r"пігул\w*|ліків|снодійн\w*)",
        r"(?:выпила|выпил|приняла|принял|проглотила|проглотил|наглотал\w*) (?:\w+ )?(?:слишком "
        r"много|очень много|много|кучу|горсть) (?:\w+ )?(?:таблет\w*|пилюл\w*|лекарств\w*|"
        r"снотворн\w*)",
        r"(?:çok |aşırı )?(?:fazla|fazladan|bir sürü|çok sayıda|avuç dolusu|bütün|tüm) (?:\w+ )?"
        r"(?:hap|ilaç|uyku hapı)\w* (?:içtim|yuttum|aldım)",
        r"(?:خیلی|کلی|یه عالمه|همه|تمام|یک مشت|یه مشت) (?:[^ ]+ )?(?:قرص|دارو|قرصها|قرص ها|"
        r"داروها)(?: [^ ]+)? (?:خوردم|بلعیدم|انداختم بالا)",
        r"กินยา(?:ไป)?(?:เยอะ(?:มาก|เกิน)|เกิน|หลายสิบ|ทั้งหมด)|กินยาไปเยอะ",
        r"(?:অনেক|অনেকগুলো|সব|সবগুলো|এক পাতা|পুরো পাতা) (?:[^ ]+ )?(?:ওষুধ|ঔষধ|ট্যাবলেট|বড়ি|পিল)"
        r"(?: [^ ]+)? (?:খেয়ে ফেলেছি|খেয়েছি|খেয়ে নিয়েছি)",
        r"(?:am luat|am înghițit|am băut) (?:\w+ )?(?:prea multe|toate|o cutie de|un pumn de|o "
        r"grămadă de|zeci de) (?:\w+ )?(?:pastile|medicamente|tablete|somnifere)",
        r"(?:πήρα|ήπια|κατάπια|έφαγα) (?:\w+ ){0,2}?(?:πολλά|όλα τα|ένα κουτί|μια χούφτα|δεκάδες) "
        r"(?:\w+ )?(?:χάπια|φάρμακα|υπνωτικά|δισκία)",
        r"(?:לקחתי|בלעתי) (?:[^ ]+ ){0,2}?(?:יותר מדי|המון|הרבה|כל|את כל) (?:[^ ]+ )?(?:ה)?"
        r"(?:כדורים|תרופות|כדורי שינה)",
        r"(?:nimemeza|nimekunywa|nimetumia|nimekula) (?:\w+ )?(?:vidonge|dawa|tembe) (?:\w+ )?"
        r"(?:vingi|nyingi|zote|kupita kiasi)",
        r"(?:wziąłem|wzięłam|połknąłem|połknęłam|łyknąłem|łyknęłam|zażyłem|zażyłam) (?:\w+ )?(?:za "
        r"dużo|zbyt dużo|bardzo dużo|całe opakowanie|całą paczkę|garść|wszystkie) (?:\w+ )?"
        r"(?:tabletek|tabletki|leków|leki|pigułek|pigułki|proszków|prochów)",
        r"(?:tomei|engoli|bebi) (?:\w+ ){0,2}?(?:comprimidos|remédios|pílulas|cápsulas|calmantes|"
        r"remédio|comprimido) (?:\w+ )?(?:demais|a mais|em excesso)",
        r"(?:ho preso|ho ingoiato|ho mandato giù|ho inghiottito) (?:\w+ )?(?:troppe|troppi|"
        r"tutte le|tutti i|una scatola di|un sacco di|un mucchio di) (?:\w+ )?(?:pastiglie|pillole|"
        r"compresse|farmaci|medicine|sonniferi|pasticche)",
        r"(?:vypil|vypila|prinyal|prinyala|proglotil|proglotila|sozhral|sozhrala) (?:vse|vsyu|vsyo|"
        r"kuchu|pachku|upakovku) (?:\w+ )?(?:tabletki|tabletok|lekarstva|snotvornoe|kolesa)",
    ),
    "intent": (
        # a wish to die, to leave life, to be rid of oneself
        r"(?:ما عاد|ما عدت|مش|ما|لا) (?:بدي|اريد|ابغى|ابي|عايز|عاوز) (?:ان )?(?:عيش|اعيش)",
        r"(?:اخلص|خلص|اتخلص|نخلص) من (?:حالي|نفسي|روحي)",
        r"(?:думаю|думала|думав|хочу|хочеться|вирішив|вирішила|планую|збираюся) "
        + G
        + r"(?:щоб )?(?:піти|йти) з життя",
        r"(?:думаю|думала|думал|хочу|хочется|решил|решила|собираюсь|планирую) "
        + G
        + r"(?:чтобы )?уйти из жизни",
        r"(?:ke baad|tak|se zyada) (?:main )?(?:nahi|nahin|nhi) (?:rahunga|rahungi|rahoonga|"
        r"rahoongi|bachunga|bachungi)",
        r"(?:chhat|chat|chhath|building|pul|terrace|bridge) se kood (?:jaunga|jaungi|jaaunga|"
        r"jaaungi|jaun|jaaun)",
        r"(?:segodnya|seichas|skoro|zavtra) (?:vse|vsyo) zakonch\w*|(?:uzhe )?(?:vse|vsyo) reshil"
        r"\w*(?= (?:\w+ )?(?:segodnya|seichas|zavtra))|сегодня (?:всё|все) закончу",
        r"nimechoka kuishi|sitaki kuishi tena",
        r"(?:main )?sab (?:kuch )?(?:khatam|khatm) karna (?:chahta|chahti|hai)\b(?! (?:\w+ ){0,3}?"
        r"(?:kaam|work|homework|assignment|project|syllabus|khana|course|lessons?))",
    ),
    "prepare": (
        # a goodbye to everyone, or for ever
        r"বিদায় (?:সবাই|সবাইকে)(?: [^ ]+){0,4}? (?:ক্ষমা|মাফ)|চিরবিদায়",
        r"adio (?:tuturor|pentru totdeauna|lume)",
        r"αντίο (?:σε όλους|για πάντα|κόσμε)|συγχωρέστε με για όλα",
        # a last message with a goodbye in it
        r"ultimul (?:meu )?mesaj (?:[^ ]+ ){0,4}?adio|adio (?:[^ ]+ ){0,4}?ultimul (?:meu )?mesaj",
        r"τελευταίο μου μήνυμα (?:[^ ]+ ){0,4}?αντίο|αντίο (?:[^ ]+ ){0,4}?τελευταίο μου μήνυμα",
        r"ข้อความสุดท้าย[^\n]{0,30}ลาก่อน|ลาก่อน[^\n]{0,30}ข้อความสุดท้าย",
        r"leo ni siku (?:yangu )?ya mwisho",
        r"(?:mam )?odłożon\w* (?:\w+ )?(?:tabletki|leki|pigułki|prochy)|(?:tabletki|leki|pigułki) "
        r"(?:\w+ )?odłożon\w*",
        r"l'ultima (?:\w+ ){0,2}?(?:che leggo|lezione)\w*(?: \w+){0,4} addio",
        r"药[^\n]{0,6}攒够|攒够[^\n]{0,6}药|攒了(?:很多|一些|好多)?(?:药|安眠药)",
        r"শেষ বার্তা (?:[^ ]+ ){0,3}?বিদায়|বিদায় (?:[^ ]+ ){0,3}?শেষ বার্তা",
        r"(?:mau|ingin|akan|pengen|harus) pergi (?:untuk )?selamanya\b(?! (?:dari|ke) )",
    ),
    "other": (
        r"\b(?:3ayza|3ayez|3awza|3awez|bddha|baddha|bedha|bido|baddo) (?:\w+ )?(?:tmoot|temoot|"
        r"tmout|ymoot|yemoot|ymout|tento7er|yento7er|tinta7er|yinta7er)\b",
        r"(?:bạn tôi|em tôi|anh tôi|chị tôi|con tôi|mẹ tôi|bố tôi|vợ tôi|chồng tôi) "
        r"(?:[^ ]+ ){0,3}?(?:nhắn tin tạm biệt|nói lời tạm biệt|muốn chết|muốn tự tử)",
        r"(?:mówi|powiedział\w*|pisze|napisał\w*) (?:\w+ )?że nie ma po co żyć|zamknął się w "
        r"(?:aucie|samochodzie) w garażu|zamknęła się w (?:aucie|samochodzie) w garażu",
        r"(?:친구|동생|언니|오빠|누나|형|딸|아들|남친|여친|남자친구|여자친구)[^ ]* "
        r"(?:[^ ]+ ){0,3}?자해",
        r"(?:buscando|busca|buscó|googleando|googlea) (?:\w+ ){0,3}?(?:cómo|como) (?:ahorcarse|"
        r"matarse|suicidarse|morir|cortarse)",
        r"(?:tomou|engoliu) (?:vários|varios|muitos|todos os|uma cartela de|um monte de) (?:\w+ )?"
        r"(?:comprimidos|remédios|pílulas)",
        r"(?:хоче|збирається|думає|хочет|собирается|думает) " + G + r"(?:піти|йти|уйти) (?:з|из) "
        r"(?:життя|жизни)",
        r"(?:يريد|تريد|بدو|بده|بدها|يبغى|تبغى|عايز|عايزه) (?:ان )?(?:ينهي حياته|تنهي حياتها|يموت|"
        r"تموت|ينتحر|تنتحر)",
        r"(?:می ?خواهد|می ?خواد) (?:[^ ]+ )?(?:بمیرد|بمیره|خودشو بکشه|خودش را بکشد|خودکشی کنه|"
        r"خودکشی کند)",
        r"(?:החבר שלי|חבר שלי|החברה שלי|חברה שלי|אחי|אחותי|הבן שלי|הבת שלי|אבא שלי|אמא שלי|בעלי|"
        # a few words between ("כתב לי שהוא"), none of them "not"
        r"אשתי) (?:(?!לא )[^ ]+ ){0,4}?(?:רוצה|מתכנן|מתכננת|מדבר על|מדברת על) (?:[^ ]+ )?"
        r"(?:למות|להתאבד|"
        r"התאבדות)",
        # a "forgive me" or goodbye sent, and no answer since
        r"(?:escribió|mandó|envió|dejó) " + G + r"(?:perdóname|perdón|lo siento|adiós) "
        r"(?:\w+ ){0,6}?no (?:contesta|responde|coge|atiende)",
    ),
    "check": (r"я (?:вже|уже) не можу",),
    "self_harm": (
        r"(?:kolumu|bileğimi|kendimi|bacağımı) (?:yine|gene|tekrar) (?:kestim|jiletledim)|"
        r"jiletledim",
        r"heb (?:weer |opnieuw )?gekrast|weer gekrast|mezelf (?:weer )?(?:gesneden|gekrast)",
    ),
    "distress": (
        r"\b(?:zah2an|zah2ana|zahqan|zahqana|mdaye2|medaye2|mdaya2a)\b|\bmesh (?:3aref|3arfa|2ader|"
        r"2adra) (?:anam|a nam)\b",
        r"(?:mne )?(?:tak |ochen |sovsem )?(?:odinoko|grustno|pusto|toshno|khrenovo)\b",
        r"jestem (?:\w+ )?(?:wykończon\w*|wyczerpan\w*)|nie spał\w* (?:całą|cala) noc",
        r"a pezzi|non riesco a smettere di piangere",
        r"너무 지치|지쳤어|지쳐서|아무것도 하기 싫",
        # discouraged, and a treatment that has changed nothing
        r"découragé\w*|démoralisé\w*|desanimad[oa]|desalentad[oa]|entmutigt|scoraggiat[oa]|"
        r"zniechęcon\w*",
        r"(?:séance|traitement|perfusion|kétamine|spravato)\w* (?:[^ ]+ ){0,8}?(?:je ne (?:sens|"
        r"ressens|vois) (?:aucune|aucun|rien|pas)|toujours rien|aucun effet)",
    ),
}

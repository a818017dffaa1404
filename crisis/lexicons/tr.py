"""Turkish.

Among the ``prepare`` kind: everything said to end by the morning or tonight beside a goodbye
("sabah olunca her şey bitecek. sadece vedalaşmak istedim"); a term, a holiday, an exam period
or a move that ends so, with friends to take leave of, stays quiet. Among ``other``: a friend or
a sister who wrote "affedin beni" or a goodbye and does not answer the phone since. Among
``distress``: crying all night and going to work as if nothing happened, and worn out.
"""

from crisis.lexicons.common import G6, G

_KIN = (
    r"(?:ablam|abim|kardeşim|kız kardeşim|erkek kardeşim|arkadaşım|kız arkadaşım|erkek "
    r"arkadaşım|annem|babam|oğlum|kızım|eşim|kocam|karım|kuzenim|sınıf arkadaşım|sevgilim)"
)
# ...a term, a holiday, an exam period, a job or a move that ends: not the writer's end
_NOT_A_TERM = (
    r"^(?!.*\b(?:tatil\w*|okul\w*|dönem\w*|sınav\w*|staj\w*|proje\w*|taşın\w*|mezun\w*|"
    r"düğün\w*|yolculuk\w*|seyahat\w*|asker\w*|sözleşme\w*|kurs\w*|sezon\w*|maç\w*|"
    r"ameliyat\w*|emekli\w*)\b)"
)

LEXICON = {
    "fiction": (r"(?:filmde|romanda|dizide|kitapta|şarkıda)|karakter\w*",),
    "past": (
        r"eskiden (?:\w+ )?(?:depresyon\w*|kaygı\w*|panik\w*)|yıllar önce|(?:\w+ )?yıl önce|"
        r"gençken|lisedeyken",
    ),
    "recovered": (r"(?:şimdi|artık|bugün) (?:çok )?iyiyim|atlattım|başkalarına yardım",),
    "later": (r"(?:yarın )?görüşürüz|iyi geceler",),
    "outing": (r"manzara\w*|harika|tatil\w*|arkadaş\w*|fotoğraf\w*|güzel|gün batımı|iş\w*",),
    "routine": (r"doktorun (?:verdiği|dediği)|her zamanki gibi|reçete\w*|sabah",),
    "guard": (
        r"(?:gülmekten|açlıktan|sıcaktan|soğuktan|meraktan|utançtan|sıkıntıdan|can sıkıntısından|"
        r"uykusuzluktan|yorgunluktan|susuzluktan|heyecandan) (?:\w+ )?(?:öl\w*|geber\w*)",
        r"(?:öl\w*) (?:\w+ )?(?:gülmekten|açlıktan|sıcaktan)|zaman öldür\w*|idam cezası",
        r"ölmek istemiyorum|intihar etmeyeceğim|intihar düşüncem yok",
        r"(?:azaltır|azaltıyor|azaltan|riski|oranı|oranları|araştırma\w*|önleme|vakaları) "
        + G
        + r"(?:intihar\w*|kendine zarar|aşırı doz)|intihar (?:riski|oranı|oranları|önleme)",
    ),
    "method": (
        r"(?:öldürücü|ölümcül) (?:doz\w*|miktar\w*)|doz\w* (?:\w+ ){0,3}?(?:öldürür|ölümcül)",
        r"(?:öldürücü|ölümcül|letal) (?:\w+ )?(?:doz\w*|miktar\w*)",
        # ...or so as not to wake: "kaç hap içersem uyanmam", not the hour one must wake
        # ("uyanmam lazım")
        r"kaç (?:\w+ ){0,6}?(?:ölmek için|öldürür|ölürüm|ölür mü|uyanmamak için|bir daha uyanmam|"
        r"uyanmam(?! (?:lazım|gerek|gerekiyor|için|icin|laz)))",
        r"(?:acısız|acısızca|en kolay|en hızlı|kesin) "
        # ...not a job named before the way: "acısız kıl alma yöntemi", "diş çekme yolu"
        r"(?!(?:\w+ ){0,3}?(?:alma|alınması|çekme|çekilmesi|çıkarma|temizleme|öğrenme|gitme|"
        r"zayıflama|verme|giderme|sökme|aldırma|yapma|ulaşım) (?:yol|yöntem))"
        + G
        + r"(?:ölmek|ölme|ölüm|intihar|yol\w*|yöntem\w*)",
        r"nasıl (?:\w+ )?(?:intihar ed\w*|kendimi öldür\w*|ölebilirim)",
        r"(?:hangi|ne kadar) yükseklik\w* " + G6 + r"(?:ölür|öldür)",
    ),
    "overdose": (
        r"(?:bütün|tüm|hepsini|bir kutu|kutusunu|kutu) " + G + r"(?:içtim|yuttum|aldım)",
        r"\d\d+ (?:tane )?" + G + r"(?:içtim|yuttum|aldım)|aşırı doz aldım",
        # too many of someone's pills ("annemin ilaçlarından çok fazla içtim"), not of coffee
        r"(?:ilaç|hap|tablet|uyku hap)\w* (?:\w+ )?(?:çok fazla|fazla fazla|bir sürü|bir avuç) "
        r"(?:içtim|yuttum|aldım)",
    ),
    "intent": (
        r"(?:her şeyi|hayatımı|bu hayatı|kendimi) bitir\w*|(?:köprüden|binadan|çatıdan|balkondan|"
        r"pencereden|aşağı) (?:\w+ ){0,2}?atla\w*",
        r"ölmek istiyorum|ölmek isterdim|ölmek istedim|öleyim|ölsem (?:keşke|bari)|"
        r"kendimi öldür\w*|canıma kıy\w*|intihar (?:edeceğim|etmek istiyorum|etmeyi düşünüyorum|"
        r"edicem|ederim|ettim|etmeye)|intihar\w* düşünüyorum",
        r"yaşamak istemiyorum|artık yaşamak istemiyorum|yaşamanın (?:bir )?anlamı yok|"
        r"yaşamaktan (?:bıktım|yoruldum)|hayattan bıktım|yaşamak için (?:bir )?sebep",
        r"kendimi (?:köprüden|binadan|çatıdan) atacağım|kendimi asacağım",
    ),
    "passive": (
        r"(?:var olmasam|olmasam|ölsem|yok olsam) (?:\w+ ){0,2}?daha (?:iyi|kolay)",
        r"uyanmasam",
        r"(?:keşke|dilerim) (?:\w+ ){0,3}?(?:hiç uyanmasam|uyanmasam|ölsem|doğmasaydım|"
        r"yok olsam|olmasam)",
        # ...not to wake late or early ("geç uyanmamayı umuyorum")
        r"(?<!geç )(?<!erken )uyanmamayı (?:diliyorum|umuyorum|istiyorum)|"
        r"hiç uyanmamak|uyanmamak istiyorum|yok olmak istiyorum|kaybolmak istiyorum|"
        r"ben olmasam (?:\w+ )?daha iyi|bensiz (?:\w+ )?daha (?:iyi|mutlu)|yük(?:üm| oluyorum)",
    ),
    "prepare": (
        r"(?:ip|halat) (?:satın )?aldım\b(?! (?:\w+ ){0,2}?(?:tırmanış|kamp|çamaşır|için))",
        r"intihar (?:mektubu|notu|mektubunu|notunu)",
        r"veda (?:mektubu|notu|mesajı)|(?:mektup|not|vasiyet\w*) (?:yazdım|bıraktım)|vasiyetimi",
        r"eşyalarımı (?:dağıttım|verdim|dağıtıyorum)",
        r"(?:tarihi|günü) (?:seçtim|belirledim)",
        r"hoşçakalın|hoşça kalın|elveda|son mesajım|son gecem",
        r"ben (?:öldüğümde|gittiğimde|olmadığımda)",
        r"(?:ilaç|hap)\w* (?:biriktir\w*|saklı\w*|topluyorum)",
        r"beni affedin",
        # everything ends by morning or tonight, and a goodbye: "sadece vedalaşmak istedim"
        _NOT_A_TERM
        + r".*?\b(?:(?:her şey|hepsi|bu acı|bu işkence) (?:\w+ )?(?:bitecek|sona erecek) "
        r"(?:[^ ]+ ){0,8}?(?:vedalaşmak|veda etmek|hoşçakal demek) (?:istedim|istiyorum)|"
        r"(?:vedalaşmak|veda etmek) (?:istedim|istiyorum) (?:[^ ]+ ){0,8}?(?:her şey|hepsi|bu acı) "
        r"(?:\w+ )?(?:bitecek|sona erecek))",
    ),
    "place": (
        r"(?:köprüdeyim|çatıdayım|raylardayım|kenarındayım|uçurumdayım|köprünün üstündeyim)",
    ),
    "self_harm": (
        r"(?:kolumu|kollarımı|bileğimi|bileklerimi|bacağımı|bacaklarımı|kendimi) kes\w*",
        r"kendimi (?:tekrar|yine|gene) (?:kesiyorum|kestim|kesmeye|kesmeyi)|"
        r"kendimi (?:kes\w*|yak\w*|yarala\w*|döv\w*)|kendime zarar (?:ver\w*)|jilet\w*|"
        r"kollarımı kes\w*|bileklerimi kes\w*",
    ),
    "despair": (r"son umudum(?:du)?|son umut " + G6 + r"(?:işe yaramadı|olmadı)",),
    "other": (
        r"(?:köprü\w*|çatı\w*|bina\w*|balkon\w*) (?:\w+ ){0,4}?(?:atlayacağını|atlayacak|"
        r"atlamak istiyor)",
        # a friend's message quoted: "artık dayanamıyorum, bu gece bitecek" diye mesaj attı
        r"(?:artık dayanamıyorum|yaşamak istemiyorum|kendimi öldüreceğim)(?: \w+){0,4}? diye "
        r"(?:bana )?(?:mesaj attı|mesaj yazdı|yazdı|söyledi|dedi)",
        r"ölmek (?:istediğini|istiyor)|yaşamak (?:istemediğini|istemiyor)|kendini (?:banyoya|"
        r"odaya) kilitle\w*",
        r"(?:ölmek istiyor|intihar etmek istiyor|kendini öldürmek istiyor|kendini kesiyor|"
        r"kendine zarar veriyor|intihar etti|intihar etmeye çalıştı|canına kıy\w*)",
        r"intihar (?:edeceğini|edecegini|etmek istediğini|etmek istedigini|etti)",
        # a sorry or a goodbye posted, then no answer: "ablam facebooka affedin beni yazdı"
        _KIN + r" (?:[^ ]+ ){0,4}?(?:affedin beni|beni affedin|hakkınızı helal edin|elveda|"
        r"hoşçakalın|hepinizi seviyorum) (?:[^ ]+ ){0,3}?(?:yazdı|paylaştı|attı|yazmış|paylaşmış)"
        r" (?:[^ ]+ ){0,6}?(?:telefonu açmıyor|telefonlarımı açmıyor|cevap vermiyor|"
        r"ulaşamıyorum|telefonu kapalı)",
    ),
    "check": (
        r"(?:çıkış yolu|çıkış) (?:göremiyorum|yok)",
        r"dayanamıyorum|artık dayanamıyorum",
    ),
    "distress": (
        r"(?:kendimi|çok) (?:\w+ )?(?:yalnız|boş|umutsuz|tükenmiş|bitkin|çaresiz|mutsuz|"
        r"değersiz) (?:hissediyorum)?|panik atak|kaygı|bunaldım|tükendim|uyuyamıyorum",
        # crying all night, then at work as if nothing happened
        r"(?:bütün|tüm) gece (?:\w+ )?ağladım|sabaha kadar ağladım|hiçbir şey olmamış gibi "
        r"(?:\w+ ){0,3}?(?:gittim|davrandım|gülümsedim)(?=.*\b(?:ağla\w*|yorgun\w*|bitkin\w*)\b)",
    ),
}

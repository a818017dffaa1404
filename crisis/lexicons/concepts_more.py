"""The words of each concept (``crisis.lexicons.by_concept``) in Turkish, Czech, Swedish and Greek,
with their inflections; written with accents and folded like the text (Turkish dotless i reads
i, Greek accents are dropped, a final sigma reads as any other). Pure.
"""

from crisis.lexicons.common import Words

# What makes a means everyday: the hunt and the range, a repair, a garden and its weeds, climbing;
# a film, a game, paintball; laundry and a tent
EVERYDAY = {
    "tr": r"av sezonu|avcı\w*|avlan\w*|ava\b|atış poligonu|tamir\w*|onar\w*|bahçe\w*|yabani ot\w*|"
    r"tırman\w*|film\w*|oyun\w*|dizi\w*|paintball|çamaşır\w*|çadır\w*",
    "cs": r"hon\w*|myslivc\w*|myslivost\w*|střelnic\w*|oprav\w*|dílna|dílně|zahrad\w*|plevel\w*|"
    r"lezení|film\w*|hr[auy]\b|hře|seriál\w*|paintball\w*|airsoft\w*|prádl\w*|stan\w*",
    "sv": r"jakt(?!gevär)\w*|jägare\w*|skjutbana\w*|reparer\w*|verkstad\w*|trädgård\w*|ogräs|"
    r"klättr\w*|film\w*|spel\w*|serie\w*|paintball|airsoft|tvätt\w*|tält\w*",
    "el": r"κυνήγ(?!ετικ)\w*|σκοπευτήρι\w*|επισκευ\w*|συνεργείο\w*|κήπ\w*|αναρρίχηση|ταινί\w*|"
    r"παιχνίδι\w*|σειρά|paintball|airsoft|μπουγάδα|ρούχα|σκηνή",
}

WORDS: dict[str, Words] = {
    "tr": {
        "means": r"(?:tüfe|av tüfe|silah|tabanca|urgan|fare zehir|fare zehr|zirai ilaç|tarım ilac|"
        r"ot ilac|zehir|zehr)\w*|(?:ip|ipi|ipim)\b|(?:hap|ilaç|"
        r"ilac)\w* (?:\w+ ){0,3}?(?:biriktir\w*|sakla\w*|arabada)|"
        r"garaj\w* (?:\w+ ){0,5}?(?:motor (?:\w+ ){0,2}?(?:çalışır|açık)|egzoz\w*)",
        "dark": r"(?:hiçbir )?anlamı (?:\w+ )?kalmadı|artık dayanamıyorum|dayanacak gücüm kalmadı|"
        r"(?:gittikçe|giderek) daha sık (?:onu )?düşünüyorum|"
        r"bir dahaki sefere (?:\w+ )?kapatır mıyım bilmiyorum",
        "end": r"artık bitsin|bu (?:\w+ )?bitmeli|bu hafta (?:\w+ )?her şeyi bitiriyorum|"
        r"her şeye son veriyorum|ben bittim",
        "farewell": r"veda ettim|(?:köpeğimi|kedimi|atlarımı|"
        r"hayvanları) (?:\w+ ){0,4}?(?:bıraktım|verdim|götürdüm)|(?:aletlerimi|gitarımı|"
        r"eşyalarımı|saatimi) (?:\w+ ){0,3}?(?:verdim|hediye ettim|dağıttım)|vasiyet\w*|"
        r"veda mektub\w*",
        "chosen": r"(?:ağacı|yeri|günü|tarihi) (?:\w+ ){0,2}?seçtim|"
        r"bu hafta (?:\w+ )?her şeyi bitiriyorum",
        "secret": r"(?:bunun )?(?:bir )?veda olduğunu bilmiyor",
        "gone": r"(?:ormana|nehre|köprüye|dağa) (?:\w+ ){0,3}?(?:gidip|gideceğim ve|"
        r"gidiyorum ve) (?:\w+ ){0,2}?(?:geri )?dönmeyeceğim",
        "sleep": r"uykumda (?:\w+ )?(?:canımı al\w*|beni al\w*|ölmek\w*|öleyim)",
        "other": r"(?:babam|kardeşim|abim|kocam|oğlum|amcam) (?:\w+ ){0,3}?(?:tüfeğini|silahını|"
        r"tabancasını|ipi) (?:\w+ ){0,2}?(?:aldı|alıp) (?:\w+ ){0,8}?(?:aramayın|aramamamızı|"
        r"dönmeyecek)",
    },
    "cs": {
        "means": r"(?:brokovnic|pušk|pistol|zbraň|provaz|oprátk|herbicid|postřik)\w*|"
        r"jed na (?:krysy|potkany)|(?:prášky|prášků|léky|léků|tablety|"
        r"tablet) (?:\w+ ){0,3}?(?:schovávám|schované|šetřím|našetřené|v autě)|"
        r"garáž\w* (?:\w+ ){0,5}?(?:motor\w* (?:\w+ ){0,2}?(?:běžel|nastartovan\w*|běží)|výfuk\w*)",
        "dark": r"nevidím (?:už )?(?:žádný )?smysl|nemá to (?:už )?smysl|už nemůžu\b|"
        r"už to nezvládám|myslím na (?:ni|to|něj) (?:čím dál )?častěji|čím dál častěji|"
        r"nevím jestli (?:\w+ ){0,3}?příště",
        "end": r"musí to skončit|už toho mám dost|tento týden (?:\w+ )?(?:skončím|to ukončím)|"
        r"se vším skončím|skoncuju se vším",
        "farewell": r"rozloučil\w* (?:\w+ ){0,2}?s|(?:psa|kočku|koně|"
        r"zvířata) (?:\w+ ){0,4}?(?:odvezl|odvezla|dal|dala)|(?:rozdal|rozdala|daroval|"
        r"darovala) (?:\w+ ){0,3}?(?:nářadí|kytaru|věci|hodinky)|závěť|dopis na rozloučenou",
        "chosen": r"(?:vybral|vybrala) (?:\w+ ){0,2}?(?:strom|místo|den|datum)|"
        r"tento týden (?:\w+ )?(?:skončím|to ukončím)",
        "secret": r"neví (?:\w+ )?že (?:je )?to (?:\w+ )?rozloučení",
        "gone": r"(?:půjdu|pojedu|odejdu) (?:\w+ ){0,4}?(?:do lesa|k řece|na most|na koleje|"
        r"do hor) (?:\w+ ){0,2}?(?:a )?(?:už )?se nevrátím",
        "sleep": r"(?:modlím se|prosím boha) (?:\w+ ){0,6}?(?:mě vzal|si mě vzal|umřít|"
        r"zemřít) (?:\w+ ){0,2}?ve spánku",
        "other": r"(?:táta|otec|bratr|brácha|manžel|syn|strejda|děda) (?:\w+ ){0,4}?(?:vzal|"
        r"sebral) (?:\w+ ){0,2}?(?:brokovnici|pušku|pistoli|zbraň|"
        r"provaz) (?:\w+ ){0,8}?(?:ho nehledali|nehledat|nehledejte|se nevrátí)",
    },
    "sv": {
        "means": r"(?:gevär|hagelgevär|jaktgevär|bössa|bössan|pistol|råttgift|ogräsmedel|"
        r"bekämpningsmedel)\w*|(?:rep|repet|snara|snaran|vapnet|vapen)\b|(?:tabletter|piller|"
        r"sömntabletter|mediciner) (?:\w+ ){0,3}?(?:sparat|samlat|gömt|i bilen)|"
        r"garage\w* (?:\w+ ){0,5}?(?:motorn (?:\w+ ){0,2}?(?:igång|på|gick)|avgas\w*)",
        "dark": r"ser ingen mening|ingen mening längre|jag orkar inte (?:mer|längre)|"
        r"tänker på (?:det|den) (?:allt )?oftare|allt oftare|"
        r"vet inte om jag (?:\w+ ){0,3}?nästa gång",
        "end": r"det måste ta slut|det måste sluta|nu får det vara nog|jag är klar med allt|"
        r"den här veckan (?:\w+ )?gör jag slut",
        "farewell": r"tagit farväl av|sagt hej då till|(?:hunden|katten|hästarna|"
        r"djuren) (?:\w+ ){0,4}?(?:lämnat|lämnade|gett|gav)|(?:gett bort|gav bort|"
        r"skänkt) (?:\w+ ){0,3}?(?:verktyg\w*|gitarr\w*|saker\w*|klocka\w*)|testamente\w*|"
        r"avskedsbrev\w*",
        "chosen": r"(?:valt|valde) (?:\w+ )?(?:trädet|platsen|dagen|datumet)|"
        r"den här veckan (?:\w+ )?gör jag slut",
        "secret": r"vet inte (?:om )?att det (?:\w+ )?är (?:ett )?(?:farväl|avsked)",
        "gone": r"(?:går|gå|åker) (?:\w+ ){0,4}?(?:ut i skogen|till skogen|till älven|till ån|"
        r"till bron|upp i fjällen) (?:\w+ ){0,2}?(?:och )?(?:kommer|"
        r"tänker) (?:\w+ )?inte (?:\w+ )?tillbaka",
        "sleep": r"(?:ber|beder) (?:\w+ ){0,6}?(?:ta mig|hämta mig|få dö) (?:\w+ ){0,2}?i sömnen",
        "other": r"(?:pappa|far|bror|min man|son|farbror|morbror) (?:\w+ ){0,4}?(?:tog|"
        r"tagit) (?:\w+ ){0,2}?(?:geväret|bössan|pistolen|vapnet|"
        r"repet) (?:\w+ ){0,8}?(?:inte (?:\w+ )?leta|leta inte|kommer inte tillbaka)",
    },
    "el": {
        "means": r"(?:καραμπίν|τουφέκι|όπλο|πιστόλι|σκοινί|σχοινί|θηλιά|ποντικοφάρμακο|"
        r"ζιζανιοκτόνο|φυτοφάρμακο)\w*|(?:χάπια|φάρμακα) (?:\w+ ){0,3}?(?:μαζεμένα|κρυμμένα|"
        r"στο αυτοκίνητο)|γκαράζ (?:\w+ ){0,5}?(?:(?:τη )?μηχανή (?:\w+ ){0,2}?αναμμένη|καυσαέρια)",
        "dark": r"δεν βλέπω (?:κανένα )?νόημα|δεν έχει (?:πια )?νόημα|δεν αντέχω (?:άλλο|πια)|"
        r"το σκέφτομαι (?:όλο και )?πιο συχνά|δεν ξέρω αν (?:\w+ ){0,3}?επόμενη φορά",
        "end": r"πρέπει να τελειώσει|πρέπει να σταματήσει|αυτή την εβδομάδα (?:\w+ )?(?:τελειώνω|"
        r"τα τελειώνω)|τα τελειώνω με όλα|τελείωσα με όλα",
        "farewell": r"αποχαιρέτησα|(?:τον σκύλο|το σκυλί|τη γάτα|τα άλογα|"
        r"τα ζώα) (?:\w+ ){0,4}?(?:πήγα|έδωσα|άφησα)|(?:χάρισα|έδωσα|"
        r"μοίρασα) (?:\w+ ){0,3}?(?:εργαλεία|κιθάρα|πράγματα|ρολόι)|διαθήκη|γράμμα αποχαιρετισμού",
        "chosen": r"(?:διάλεξα|επέλεξα) (?:\w+ )?(?:το δέντρο|το μέρος|τη μέρα|την ημερομηνία)|"
        r"αυτή την εβδομάδα (?:\w+ )?τα τελειώνω",
        "secret": r"δεν ξέρει (?:\w+ )?ότι (?:είναι|ήταν) (?:\w+ )?(?:ένας )?αποχαιρετισμός",
        "gone": r"(?:θα πάω|πάω|φεύγω) (?:\w+ ){0,4}?(?:στο δάσος|στο ποτάμι|στη γέφυρα|"
        r"στα βουνά) (?:\w+ ){0,2}?(?:και )?δεν (?:θα )?γυρίσω",
        "sleep": r"(?:προσεύχομαι|παρακαλάω τον θεό) (?:\w+ ){0,6}?(?:να με πάρει|"
        r"να πεθάνω) (?:\w+ ){0,2}?στον ύπνο",
        "other": r"(?:ο πατέρας μου|ο μπαμπάς μου|ο αδερφός μου|ο άντρας μου|"
        r"ο γιος μου) (?:\w+ ){0,3}?πήρε (?:\w+ ){0,2}?(?:την καραμπίνα|το τουφέκι|το όπλο|"
        r"το πιστόλι|το σκοινί) (?:\w+ ){0,8}?(?:να μην τον ψάξουμε|μην τον ψάχνετε|"
        r"δεν θα γυρίσει)",
    },
}

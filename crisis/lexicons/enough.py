"""Kinds other languages told and the lexicons had no words for: pills put by until there are
enough, a day or a way already chosen, someone who said they would end their life and cannot now
be reached, a deliberate cut, and exhaustion that nobody understands.

- ``prepare``: a named sleeping pill or tranquilliser saved up ("коплю феназепам уже месяц",
  "llevo un mes juntando clonazepam", "睡眠薬をためてる"; pills only kept or hidden need weeks or
  "enough" beside them), or saving that "will soon be enough" with no money in sight; a day
  chosen that nobody needs to know about ("tôi đã chọn ngày rồi ... không ai cần biết", "já
  escolhi o dia, ninguém precisa saber", "날짜 정했어 ... 알 필요 없어"); a way of going thought
  out ("已经想好怎么死了"), or decided beside a life with no meaning ("la vida no tiene sentido, ya
  decidí cómo irme").
- ``passive``: life with no meaning (Chinese "活着没意义").
- ``intent``: wanting to end one's life (Chinese "想结束生命"), not a relationship or a job.
- ``other``: a friend or relative who said they want to end their life, or will "end it all"
  and now cannot be reached (Chinese, Portuguese, German, Arabic, Vietnamese, Russian, Korean):
  "end it all" alone is said of an exam or a job too, so there the silence is required.
- ``self_harm``: a hand or an arm hurt on purpose (Indonesian "sengaja melukai tanganku pakai
  pisau", "jari kena pisau lagi, sengaja", Chinese "故意", Russian "нарочно", Spanish "a
  propósito").
- ``distress``: worn out every day and nobody understanding one's pain (Portuguese, Spanish,
  Russian, Italian, Japanese, Hinglish, Arabic). Tired after a good day, a trek or the gym stays
  quiet.
- ``guard``: what these kinds' lookalikes say, blanked (and so excused from the learned layer):
  "nggak sengaja" (by accident), money saved, a wedding day chosen, a phone off because its
  battery died, the way to the airport decided, tired out after a lovely day.

Written with accents; folded when compiled (see ``crisis.lexicons``). Pure.
"""

# Sleeping pills, tranquillisers and painkillers by name, in Latin letters (Spanish, Portuguese,
# Italian, Indonesian spellings) and in Cyrillic (Russian and Ukrainian).
_DRUGS = (
    r"(?:\w+azepam|\w+azolam|rivotril|valium|xanax|zolpidem|zopiclon\w*|tramadol|pregabalin\w*|"
    r"lyrica|amitriptilin\w*|quetiapin\w*|seroquel|fenobarbital|barbit\w+|oxicodon\w*|morfin\w*|"
    r"ансиолитик\w*|\w+азепам\w*|\w+азолам\w*|реланиум\w*|ксанакс\w*|зопиклон\w*|золпидем\w*|"
    r"трамадол\w*|прегабалин\w*|лирик\w*|амитриптилин\w*|кветиапин\w*|сероквел\w*|фенобарбитал\w*|"
    r"корвалол\w*|валокордин\w*|барбитурат\w*|донормил\w*)"
)
# A gap of up to four words, none of them money or a purchase ("коплю на отпуск").
_NO_MONEY_RU = r"(?:(?!на |денег|деньги|деньгами|рубл|грн|гривен|зарплат)\w+ ){0,4}?"

LEXICON = {
    "guard": (
        # by accident, not on purpose (Indonesian, Malay)
        r"(?:nggak|ngga|enggak|gak|ga|gk|tidak|tdk|tak|ndak) (?:\w+ )?sengaja",
        # money saved up, which "soon will be enough" too
        r"(?:để dành|tiết kiệm|dành dụm|gom) (?:\w+ )?tiền|攒钱|存钱|(?:коплю|откладываю|збираю|"
        r"відкладаю) (?:\w+ )?(?:деньги|гроші)|(?:ahorrando|ahorro|ahorré) (?:\w+ )?(?:dinero|"
        r"plata|para)|(?:juntando|economizando|guardando) (?:\w+ )?(?:dinheiro|grana)|"
        r"paise (?:jama|bacha|jod) (?:kar|rah)|(?:menabung|nabung)",
        # a day chosen for a wedding or an engagement
        r"(?:shaadi|shadi|sagai|engagement|wedding) (?:ka|ki) (?:din|date|tareekh|tarikh)|"
        r"(?:結婚式|結婚|挙式|引っ越し|旅行)の(?:日にち|日付)|"
        r"ngày cưới|ngày ăn hỏi|dia do casamento|día de la boda|"
        r"день свадьбы|hari pernikahan|tanggal (?:nikah|pernikahan)",
        # a phone off because its battery died
        r"(?:battery|batre|baterai|pin|батарея|bateria|batería|batteria|akku) (?:\w+ ){0,2}?"
        r"(?:khatam|khatm|dead|mati|habis|hết|сел\w*|села|acabou|morreu|se murió|se acabó|"
        r"scarica|leer)|hết pin|phone (?:ki )?battery|sin batería|sem bateria|"
        r"(?:celular|telefone|telemóvel|móvil|celu|teléfono) (?:\w+ )?descarg\w*|descarregou|"
        r"(?:сел|сели|разрядил\w*) (?:\w+ )?телефон|телефон (?:\w+ )?(?:сел|разрядил\w*)|"
        r"şarjı bitti|şarjı yok|lowbat|low bat|没电了|沒電了|البطارية خلصت|الشحن خلص",
        # the way to somewhere decided, by bus or to the airport
        r"(?:cómo|como) (?:irme|ir|llegar|volver|vou embora|vou) (?:\w+ )?(?:al|a la|hasta|pra|"
        r"para|de|en) (?:aeropuerto|aeroporto|casa|estación|estação|trabajo|trabalho|tren|trem|"
        r"bus|autobús|ônibus|onibus|metro|metrô|coche|carro|taxi|táxi|avión|avião|uber)",
        # tired out after a good day: "estoy agotada pero fue un día precioso"
        r"(?:agotad[oa]|cansad[oa]|exaust[oa]|esgotad[oa]|muert[oa] de cansancio) (?:\w+ ){0,3}?"
        r"(?:pero|mas) (?:fue|ha sido|estuvo|foi|valeu|tá|está) (?:\w+ ){0,2}?(?:precioso|genial|"
        r"increíble|buenísimo|bueno|hermoso|lindo|incrível|ótimo|maravilhos[oa]|a pena|demais)",
    ),
    "prepare": (
        # a named pill saved up, hidden or stocked (Russian, Ukrainian)
        r"(?:коплю|копил\w*|накопил\w*|собираю|собрал\w*|откладываю|отложил\w*|прячу|спрятал\w*|"
        r"припрятал\w*|запасаю\w*|запасл\w*|збираю|збирав\w*|накопичу\w*|накопичи\w*|відкладаю|"
        r"ховаю|сховал\w*) (?:\w+ ){0,2}?" + _DRUGS,
        # saving up, and soon there will be enough (no money, no purchase)
        r"(?:коплю|собираю|откладываю|накапливаю|збираю|відкладаю|накопичую) " + _NO_MONEY_RU
        + r"(?:скоро|почти|уже|вже|незабаром) (?:будет |буде |\w+ )?(?:достаточно|хватит|"
        r"вистачить|достатньо)(?! (?:на|для|чтобы купить|щоб купити)\b)",
        # a named pill hoarded or put aside (Spanish, Portuguese, Italian, Indonesian, French,
        # German: "ich sammle seit Wochen Zopiclon")
        r"(?:juntando|acumulando|escondiendo|ahorrando|junto|acumulo|juntei|acumulei|"
        r"mettendo da parte|accumulando|ngumpulin|mengumpulkan|mets de côté|met de côté|"
        r"mis de côté|stocke|accumule|économise|sammle|horte|hamstere|bunkere|gesammelt|gehortet|"
        r"gebunkert) (?:\w+ ){0,3}?" + _DRUGS,
        # kept or hidden, which is also where one stores them, only with weeks or "enough"
        r"(?:guardo|guardando|guardei|conservando|escondo|escondi|nyimpen|menyimpan|garde|cache|"
        r"gardé|caché)(?=.*(?:mes|meses|semanas|suficiente|bastante|bulan|minggu|cukup|depuis|"
        r"assez|suffisamment|semaines|mois)) (?:\w+ ){0,3}?" + _DRUGS,
        # Turkish: the named pill first ("bir aydır xanax biriktiriyorum")
        r"(?:xanax|zolpidem|diazepam|alprazolam|klonazepam|rivotril|tramadol|lyrica|pregabalin|"
        r"uyku hap\w*)\w* (?:\w+ )?(?:biriktir|sakl|stokl|topl)\w*",
        # Chinese: sleeping pills saved up, nearly enough (not money: "攒钱")
        r"攒[^ ]{0,6}?(?:安眠药|安眠藥|安定|药片|藥片|止痛药|镇静剂|鎮靜劑)",
        r"(?:安眠药|安眠藥|安定|药片|止痛药)[^ ]{0,4}?攒(?:够|夠|了|着|著)",
        # Japanese and Korean: sleeping pills or tranquillisers saved up (not money)
        r"(?:睡眠薬|眠剤|安定剤|デパス|マイスリー|ハルシオン|レンドルミン)(?:を)?[^ ]{0,6}?"
        r"(?:ためて|貯めて|溜めて|集めて|ため込|溜め込)",
        r"(?:수면제|수면 유도제|수면유도제|안정제|신경안정제)(?:를|을)? (?:[^ ]+ ){0,3}?"
        r"(?:모으|모아|모았|숨겨|쌓아)",
        # Japanese and Korean: the day decided, and nobody needs to know (not a wedding's)
        r"(?:日にち|日付|決行日)(?:は|を|も)?(?:もう)?決めた(?=.*(?:知らなくていい|誰にも言わない|最後))",
        r"(?<!결혼 )(?<!결혼식 )(?<!이사 )날짜 ?(?:를|는)? ?(?:이미 |벌써 )?정했(?:어|다|어요)"
        r"(?=.*(?:알 필요 없|말하지 마|몰라도 돼|마지막))",
        # Vietnamese: sleeping pills put by for a month, nearly enough
        r"(?:để dành|tích|gom|giấu|cất|trữ) (?:\w+ ){0,1}?thuốc (?:ngủ|an thần)"
        r"(?=.*(?:sắp đủ|đủ rồi|đủ để|cả tháng|mấy tuần|nhiều tuần))",
        # Portuguese: pills put by for weeks, or until there are enough (not old ones to return)
        r"(?:junto|juntando|juntei|guardo|guardando|guardei|acumulo|acumulando|escondo|escondendo|"
        r"escondi) (?:\w+ ){0,2}?(?:remédios|remedios|comprimidos|pílulas|calmantes|tarja preta)"
        r"(?=.*(?:suficiente|o bastante|há (?:um|uma|\w+) (?:mês|meses|semana|semanas)|"
        r"faz (?:\w+ )?(?:mês|meses|semanas)))(?!.*(?:vencid|descart|farmácia|viagem))",
        # Indonesian: the day chosen and nobody needs to know (not a wedding, a move, graduation)
        r"(?:aku|saya|gue|gw) (?:sudah |udah )?(?:memilih|milih|pilih|nentuin|menentukan) "
        r"(?:hari|harinya|tanggal|tanggalnya)(?! (?:pernikahan|nikah|pindahan|wisuda|lamaran|"
        r"liburan))(?: \w+){0,6}? (?:tidak|gak|ga|nggak|enggak) (?:ada )?(?:yang )?(?:perlu|usah) "
        r"(?:tahu|tau)",
        # Hinglish, Chinese, Italian: the day chosen, and nobody is to know (not a wedding, a trip)
        r"(?:maine|mene|main|maina) (?:\w+ )?(?:din|tareekh|tarikh|date) (?:chun|tay kar|fix kar|"
        r"decide kar) (?:liya|li|diya)(?!.*(?:shaadi|shadi|party|trip|shift|interview|exam))"
        r"(?=.*(?:kisi ko (?:\w+ )?(?:pata|bata)|koi nahi jaanega|aakhri))",
        r"(?:选好|定好|挑好|選好|決定好)(?:了)?(?:日子|那天|时间|時間|日期)(?!.*(?:婚|搬家|旅行|旅游|聚会|"
        r"生日|开业|考试|面试))(?=.*(?:没人需要知道|没有人需要知道|不用告诉|别告诉|不要告诉|最后一天|"
        r"沒人需要知道|別告訴))",
        r"ho (?:già )?(?:scelto|deciso|fissato) (?:il )?giorno(?! del (?:matrimonio|trasloco|"
        r"viaggio))(?: \w+){0,6}? (?:nessuno deve saperlo|nessuno deve sapere|non ditelo a nessuno|"
        r"sarà l ultimo)",
        # a day chosen that nobody needs to know about (Vietnamese; not a wedding or a move)
        r"(?:tôi|mình|em|tao|anh) (?:đã )?(?:chọn|định|quyết định) (?:được )?(?:ngày|hôm)"
        r"(?! (?:cưới|ăn hỏi|đám|khai trương|nhập học|chuyển nhà|dọn nhà|sinh|đi chơi|du lịch|"
        r"hẹn|lành|tốt|họp|thi|phỏng vấn))"
        r"(?: \w+){0,8}? (?:không ai cần biết|không ai biết|không cần ai biết|đừng nói với ai|"
        r"đừng cho ai biết|ra đi|lần cuối)",
        r"(?:tôi|mình|em|tao) (?:đã )?chọn (?:được )?ngày (?:để )?(?:chết|tự tử|ra đi|kết thúc)",
        # Portuguese: the day chosen, nobody needs to know
        r"(?:já )?(?:escolhi|marquei|decidi) (?:o )?dia(?! (?:do casamento|da festa|da mudança|"
        r"do churrasco|da viagem|da prova))(?: \w+){0,6}? (?:ninguém precisa saber|ninguém vai "
        r"saber|não contem a ninguém|não conta pra ninguém|é o último|vai ser o último)",
        # life has no meaning, and the way to go is decided ("la vida no tiene sentido, ya decidí
        # cómo irme"); either half alone is also said of a film or a trip
        r"(?:la vida no tiene sentido|a vida não tem sentido|жизнь не имеет смысла|"
        r"hayatın anlamı yok|زندگی معنایی ندارد|la vita non ha senso)(?: \w+){0,4}? "
        r"(?:ya decidí cómo (?:irme|morir)|ya sé cómo (?:irme|me voy a ir)|já sei como vou "
        r"(?:partir|embora|morrer)|já decidi como vou (?:partir|morrer)|"
        r"(?:я )?(?:уже )?решил\w* как (?:уйду|умру)|nasıl (?:gideceğime|öleceğime) karar verdim|"
        r"تصمیم گرفتم چطور (?:بروم|بمیرم)|ho deciso come (?:andarmene|farla finita|morire))",
        # Chinese: a way to die already thought out (not a route planned)
        r"想好(?:了)?(?:怎么|怎麼|怎样|怎樣|如何)(?:死|自杀|自殺|结束自己|結束自己|了结|了結)",
        r"(?:已经|已經|早就)想好(?:了)?(?:怎么|怎麼)走了(?!.*(?:地铁|地鐵|公交|打车|打車|开车|開車|"
        r"导航|導航|路线|路線|机场|機場|车站|車站|高铁|高鐵|火车|火車|航班|步行))",
    ),
    "passive": (
        # Chinese: living has no meaning
        r"活着(?:没有?|毫无|沒有?|毫無)(?:什么|什麼)?意义|活著(?:沒有?|毫無)(?:什麼)?意義|"
        r"活下去(?:没有?|沒有?)(?:什么|什麼)?意(?:义|義)",
    ),
    "intent": (
        # Chinese: wanting to end one's life (not a relationship, a contract, a meeting)
        r"我(?:真的|很|好)?想(?:要)?结束(?:自己的|我的)?生命|我(?:真的|很|好)?想(?:要)?結束(?:自己的|"
        r"我的)?生命",
    ),
    "other": (
        # Chinese: someone close who said they want to end their life
        r"(?:朋友|他|她|我妈|我媽|我爸|我姐|我哥|我弟|我妹|同学|同學|室友|闺蜜|閨蜜|男朋友|女朋友|老公|"
        r"老婆|儿子|兒子|女儿|女兒)[^ ]{0,10}?说(?:她|他)?(?:要|想|准备|準備)(?:自杀|自殺|去死|"
        r"结束(?:自己的)?生命|結束(?:自己的)?生命|轻生|輕生|离开这个世界|離開這個世界)",
        # Portuguese: "acabou de dizer que vai acabar com tudo"
        r"(?:acabou|acabaram) de (?:dizer|falar|escrever|mandar mensagem) (?:\w+ ){0,2}?que "
        r"(?:\w+ )?(?:quer|vai|ia) (?:morrer|se matar|acabar com (?:a vida|a própria vida))",
        r"(?:acabou|acabaram) de (?:dizer|falar|escrever|mandar mensagem) (?:\w+ ){0,2}?que "
        r"(?:\w+ )?(?:quer|vai|ia) acabar com tudo(?=.*(?:desligad|não atende|não responde|"
        r"caixa postal|fora de área|sumiu))",
        # German: "hat gerade gesagt, dass er allem ein Ende setzt" and the phone is off
        r"(?:gesagt|geschrieben|sagt|schreibt)(?: \w+){0,3}? (?:allem|alles) (?:ein ende "
        r"(?:setzt|setzen|macht|machen)|beenden wird|beendet)(?=.*(?:handy (?:ist )?aus|"
        r"geht nicht (?:mehr )?ran|nicht erreichbar|antwortet nicht|offline|ausgeschaltet))",
        # Arabic: a brother said he will end his life, or end it all and the phone is off
        r"(?:قال|قالت|كتب|كتبت|بعث|بعتت|قاللي|قالتلي)(?: \w+){0,2}? (?:سينهي|سوف ينهي|راح ينهي|"
        r"حينهي|بينهي|ستنهي|راح تنهي|بده ينهي|بدها تنهي|يبي ينهي) (?:حياته|حياتها)",
        r"(?:قال|قالت|كتب|كتبت|بعث|بعتت|قاللي|قالتلي)(?: \w+){0,2}? (?:سينهي|سوف ينهي|راح ينهي|"
        r"حينهي|بينهي|ستنهي|راح تنهي) (?:كل شيء|كل شي|كلشي)(?=.*(?:مغلق|مقفول|مسكر|ما يرد|لا يرد|"
        r"ما ترد|لا ترد|ما بيرد|مطفي))",
        # Vietnamese: "anh tôi vừa nói sẽ kết thúc tất cả, điện thoại tắt máy"
        r"(?:anh|em|chị|bạn|bố|mẹ|ba|má|con|chồng|vợ) (?:tôi|mình) (?:vừa |mới )?(?:nói|nhắn|bảo) "
        r"(?:là )?(?:sẽ |muốn )?(?:kết thúc cuộc đời|kết liễu|tự tử|tự sát)",
        r"(?:anh|em|chị|bạn|bố|mẹ|ba|má|con|chồng|vợ) (?:tôi|mình) (?:vừa |mới )?(?:nói|nhắn|bảo) "
        r"(?:là )?(?:sẽ |muốn )?kết thúc tất cả(?=.*(?:tắt máy|không liên lạc được|không nghe máy|"
        r"không trả lời|không bắt máy))",
        # Korean: "동생이 방금 다 끝내겠다고 하고 전화가 꺼져 있어"
        r"(?:친구|동생|언니|오빠|형|누나|엄마|아빠|남편|아내|딸|아들)(?:가|이|는)? (?:[^ ]+ ){0,2}?"
        r"(?:다 끝내겠다고|끝내겠다고|죽겠다고)(?=.*(?:꺼져|안 받|연락이 안|연락 안|연락이 안 돼))",
        # Russian: "брат только что написал что со всем покончит, телефон выключен"
        r"(?:сказал\w*|написал\w*|пишет|говорит) (?:\w+ ){0,3}?(?:покончит с собой|убь[её]т себя|"
        r"повесится)",
        r"(?:сказал\w*|написал\w*) (?:\w+ ){0,3}?(?:со всем |со всем этим )?покончит"
        r"(?=.*(?:выключен|не отвечает|не бер[её]т|вне сети|недоступ|не в сети))",
    ),
    "self_harm": (
        # Indonesian, Malay: hurt on purpose with a knife or a blade
        r"sengaja (?:\w+ ){0,2}?(?:melukai|menyayat|mengiris|menggores|nyayat|ngiris|nggores|"
        r"ngelukain|lukain|ngelukai|menyakiti|nyakitin|motong|memotong|kusayat|kuiris|kugores|"
        r"kulukai)",
        r"(?:melukai|menyayat|mengiris|menggores|ngelukain|nyayat|ngiris|menyakiti) (?:\w+ ){0,4}?"
        r"sengaja",
        r"(?:kena|kegores|keiris|teriris|tergores|kesayat) (?:\w+ ){0,1}?(?:pisau|silet|cutter|"
        r"kater|gunting|beling) (?:\w+ ){0,2}?sengaja",
        # Chinese, Russian, Spanish: a hand, an arm or a finger cut on purpose, again
        r"故意(?:用刀|用刀片|拿刀|拿刀片|用美工刀)?(?:划|割|切)(?:了|伤|傷)?"
        r"(?:自己|我的|手|手腕|胳膊)",
        r"(?:специально|нарочно|намеренно) (?:\w+ ){0,2}?(?:порезал\w*|резал\w*|поранил\w*|"
        r"обж[её]г\w*|обожгл\w*)",
        r"(?:me corté|me corto|me he cortado|me quemé|me lastimé|me herí) (?:el |la |los |las )?"
        r"(?:dedo|dedos|mano|manos|brazo|brazos|muñeca|muñecas|pierna|piernas|muslo|muslos|piel) "
        r"(?:\w+ ){0,2}?(?:a propósito|adrede|apropósito|de propósito)",
    ),
    "distress": (
        # exhausted, and nobody understands one's pain
        r"(?:ninguém|nadie|никто) (?:me )?(?:entende|compreende|entiende|comprende|не понимает) "
        r"(?:a )?(?:minha|mi|мою|меня)(?: dor| dolor| боль|$| \w+ (?:dor|dolor))",
        r"ninguém me entende|nadie me entiende|никто меня не понимает",
        r"nessuno (?:mi )?capisce (?:il mio dolore|quanto (?:sto male|soffro))|nessuno mi capisce",
        r"誰も(?:私の|僕の|俺の|わたしの)?(?:痛み|苦しみ|つらさ|辛さ)を(?:わかって|分かって|理解して)"
        r"くれない|誰もわかってくれない|誰も分かってくれない",
        r"(?:to|tô|estou|ando) (?:muito |tão |super |completamente )?(?:exaust[oa]|esgotad[oa])"
        r"(?=.*(?:não dou conta|não aguento|não estou dando conta|todo dia|todos os dias|"
        r"lutando contra|ninguém entende))(?!.*(?:mas amo|mas foi|mas valeu|mas tô feliz|"
        r"mas estou feliz|adoro))",
        r"não (?:tô |to |estou )?(?:dou|dando) (?:mais )?conta(?:$| de tudo| sozinh| mais)",
        # Hinglish: worn out, with pain or a struggle every day (not a trek, the gym, a match)
        r"thak (?:gaya|gayi|chuka|chuki|gya|gyi) (?:hoon|hu|hun|hoo)(?=.*(?:dard|struggle|"
        r"zindagi se|jeene se|ladte ladte|koi nahi samajh))(?!.*(?:maza|mazaa|trek|gym|match|"
        r"shaadi|party|khel))",
        r"koi (?:bhi )?(?:nahi|nahin|nhi) samajh(?:ta|ti|te) (?:mera dard|mujhe|meri takleef)",
        # Arabic: more tired every day; nobody understands my pain
        r"كل يوم (?:أتعب|اتعب|أضعف|اضعف) أكثر(?!.*(?:تمرين|تمارين|الجيم|النادي|الحمد لله|مبسوط|"
        r"فرحان|فرحانة))",
        r"(?:لا أحد|ما أحد|محد|ماحد|ما حدا|محدش|مافي أحد|لا يوجد أحد) (?:يفهم|فاهم|بيفهم|يحس|حاسس)"
        r"(?:ني| ألمي| وجعي| معاناتي| شعوري| اللي فيني)",
    ),
}

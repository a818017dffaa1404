"""Japanese, Korean, Chinese and Cantonese as older people write them: a farewell letter written
and put by, going to join a dead husband from a cliff, following a spouse once they are gone,
thanks for all this time and "I'll stop and go now", the house and the bankbook handed over "so
they'll have no trouble once I'm gone", thinking every day of how to leave this world, a
rooftop now, a treatment that was the last hope, and the same told of a parent or a neighbour.

- "遺書はもう書きました", "遺書も書いてあります" (``prepare``); a class that has one write a
  farewell letter (終活, a seminar, a novel's hero) stays quiet.
- "崖の上にいます ... 今までありがとうございました", "主人のところへ行きます" beside thanks for
  everything (``place``, ``intent``); a visit to a husband in hospital stays quiet.
- "mou shinitai", "jisatsu shitai" in romaji (``intent``); "hazukashikute shinitai" (dying of
  shame) and "shinitakunai" stay quiet.
- "もうこれ以上生きていく意味がわかりません" (``passive``), "最後の望みだったのに" (``despair``);
  the lottery or an exam as the last hope stays quiet.
- "그동안 ... 고마웠어요 ... 이제 그만 갈게요" (``prepare``), "남편 가면 나도 바로 따라갈 거예요",
  "먼저 간 남편 따라가고 싶어요", "老伴去世以后，我也想跟他去了" (``intent``); leaving
  the office or the class till tomorrow, and following a husband on a business trip (Korean
  or Chinese), stay quiet.
- "我每天都在想怎麼離開這個世界" (``intent``); leaving this city, and "he left this world" of
  the dead, stay quiet.
- "房子已經過戶給女兒了 ... 我走了以後她們就不用麻煩" (``prepare``); "我走了你们就不用麻烦了"
  after a dinner, with nothing handed over, stays quiet.
- "我而家喺天台" (``place``); drying the washing or a barbecue on the roof stays quiet.
- "我阿媽話佢唔想再生存落去", "아버지가 유서 같은 걸 남기고 나가셨어요", the neighbour who "is
  tired of waiting for the end and will go herself" (``other``); a grandfather's will read after
  his funeral stays quiet.
- "最近常常心悸，晚上睡不著", "成日覺得好攰 ... 冇人幫手" (``distress``); no sleep after a coffee,
  and tired after a hike, stay quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

# a husband, a wife, a parent or a child: whom one would go to, or follow
_JA_KIN = r"(?:主人|夫|妻|家内|母|父|息子|娘|おとうさん|おかあさん|あの人)"
_KO_KIN = r"(?:남편|아내|영감|마누라|할아버지|할머니|엄마|아빠|아들|딸|그 ?사람)"
# a trip, a posting, a hospital, work or a move: what one follows a living husband to
_KO_TRIP = r"(?:출장|여행|유학|이사|군대|발령|해외|미국|서울|시골|병원|회사|일본|중국|골프)"
_ZH_KIN = (
    r"(?:阿媽|阿爸|媽咪|爹哋|老豆|老母|阿爺|阿嫲|婆婆|公公|老公|老婆|個仔|個女|細佬|家姐|阿哥|"
    r"細妹|朋友|媽媽|爸爸)"
)
_KO_PARENT = (
    r"(?:아버지|어머니|아버님|어머님|할아버지|할머니|아빠|엄마|남편|아내|아들|딸|동생|형|오빠|언니|"
    r"누나|친구|이웃|옆집)"
)

LEXICON = {
    "guard": (
        # a class, a seminar or a novel that has one write a farewell letter
        r"(?:終活|セミナー|授業|講座|小説|ドラマ|映画|主人公)[^ ]{0,12}?遺書",
        # not wanting to leave this world
        r"(?:不想|不要|不愿|不願)(?:离开|離開)(?:这个|這個)?(?:世界|人世|人间|人間)",
        # dying of shame, of cold, of sleepiness; not wanting to die
        r"(?:hazukashi\w*|samukute|atsukute|nemukute|ureshikute|kawaikute|hara hette) shinitai",
    ),
    "prepare": (
        # Japanese: the farewell letter already written
        r"遺書(?:は|も|を)?(?:もう)?(?:書きました|書いた|書いてあ|書き終わ|用意し|準備し|用意でき)",
        # Korean: thanks for all this time, and "I'll stop and go now", not till tomorrow
        r"그동안 (?:[^ ]+ ){0,3}?고마웠(?:어요|습니다|어|다)(?!.*(?:내일|다음에|다음 ?주|또 ?봐|"
        r"또 ?뵐|퇴근|퇴사|이사|졸업|회사|전학|출장)) (?:[^ ]+ ){0,2}?(?:이제 )?그만 ?갈게",
        # Chinese: the house and the bankbook handed over, so they will have no trouble
        r"(?:过户|過戶|存折|存摺|印章|遗嘱|遺囑|后事|後事)[^ ]{0,16}?(?:交代|安排|办|辦|写|寫)"
        r"(?:好|完)了?(?: [^ ]{0,4}?)?(?:这样|這樣)?我(?:走了|死了|不在了)(?:以后|以後|之后|之後)"
        r"[^ ]{0,4}?(?:就|也)?(?:不用|不必|省得|省了|轻松|輕鬆|放心)",
    ),
    "place": (
        # Japanese: on the cliff now, with thanks for everything or going to the dead
        r"(?:崖|がけ|屋上|橋|線路|ダム)(?:の上|の先)?に(?:います|いる|立っています|来ました)"
        r".{0,40}?(?:今までありがとう|さようなら|お世話になりました|"
        + _JA_KIN
        + r"の(?:ところ|所|もと)へ)",
        # Cantonese: on the roof now (not for the washing, a barbecue or a photo)
        r"我?(?:而家|依家|宜家)(?:喺|在)[^ ]{0,6}?(?:天台|樓頂|楼顶|屋頂|橋上|桥上)"
        r"(?![^ ]{0,6}(?:晒衫|曬衫|燒烤|烧烤|食|影相|睇|種|种))",
    ),
    "intent": (
        # Japanese: going to the dead, with thanks for everything
        _JA_KIN + r"の(?:ところ|所|もと)へ(?:行|逝)きます (?:[^ ]+ )?(?:今まで|本当に)?ありがとう",
        # romaji: I want to die, to kill myself, to vanish
        r"(?:mou |hontou ni |honto ni |hayaku )shinitai|jisatsu shi(?:tai|you|masu)|"
        r"shinu tsumori|shinou to omou|ikitakunai|kietai desu",
        # Korean: when the husband goes, I follow straight after
        _KO_KIN + r"(?!.*" + _KO_TRIP + r")[^ ]* (?:[^ ]+ )?(?:죽으면|떠나면|먼저 가면|세상 떠나면|"
        r"가고 나면|가면) (?:[^ ]+ )?(?:나도|저도) (?:바로|곧|곧바로|같이|뒤따라)"
        r" ?(?:따라 ?)?(?:갈|가겠|갈래|죽)",
        r"(?:나도|저도) (?:바로 |곧 )?따라 ?죽(?:을|겠|고)",
        r"먼저 (?:간|떠난|죽은) "
        + _KO_KIN
        + r"[^ ]* (?:[^ ]+ )?따라 ?(?:가고 ?싶|갈 ?거|가야|가겠)",
        # Chinese: the husband or wife died, and the writer wants to follow
        r"(?:去世|过世|過世|不在了|老伴走了)(?:以后|以後|之后|之後)?[^ ]{0,6}? ?(?:[^ ]{0,8}? )?"
        r"我也?(?:想|要|打算)(?:跟|随|隨)(?:他|她|老伴)(?:一起)?(?:去|走)了?(?: |$)",
        # Chinese: thinking every day how to leave this world
        r"(?:想|想着|想著|在想)(?:要)?(?:怎么|怎麼|如何)?(?:离开|離開)(?:这个|這個)?"
        r"(?:世界|人世|人间|人間)",
        # Cantonese: I don't want to live on
        r"我(?:真係|真的|已經|已经)?唔想再?(?:生存|活|生)落去",
    ),
    "passive": (
        r"(?:もう|これ以上) ?(?:これ以上)?生きて(?:いく|ゆく|いる|る)?意味(?:が|は|も)?"
        r"(?:わから|分から|ない|無い|見いだせ|見出せ|ありません)",
    ),
    "despair": (
        r"^(?!.*(?:宝くじ|試験|面接|チケット|抽選|受験|試合|オーディション)).*?最後の"
        r"(?:望み|希望|頼み)(?:だった|でした)のに",
    ),
    "other": (
        # Cantonese: a parent who says she doesn't want to live on, and gives her jewels away
        _ZH_KIN + r"(?:話|讲|講|说|說)(?:佢)?[^ ]{0,4}?唔想再?(?:生存|活|生)落去",
        # Korean: a father who left something like a note and went out
        r"^(?!.*(?:돌아가|장례|상속|제사|유산|드라마|영화|소설)).*?"
        + _KO_PARENT
        + r"[^ ]* (?:[^ ]+ ){0,2}?유서(?! ?깊) ?(?:같은 ?[^ ]+ |를 |도 )?(?:[^ ]+ )?(?:남기고|"
        r"써 ?놓고|쓰고|남겼)",
        # Japanese: a neighbour tired of waiting for the end, who says she will go herself
        r"お迎えを待つ(?:の)?(?:は|に)?(?:もう)?疲れ[^ ]* (?:[^ ]+ )?自分から(?:行|逝)[^ ]* ?と ?"
        r"(?:言|話|いっ)",
    ),
    "distress": (
        # Chinese: the heart racing and no sleep, worried all the time about money (not a coffee)
        r"^(?=.*(?:心悸|心慌|心跳很快|一直担心|一直擔心|整天担心|整天擔心|焦虑|焦慮))"
        r"(?!.*(?:咖啡|奶茶|茶喝|考完|时差|時差)).*?(?:睡不着|睡不著|失眠)",
        # Cantonese: always so tired, minding the grandchildren and a husband with no one to help
        r"成日(?:都)?(?:覺得|觉得)?好(?:攰|累)|(?:照顧|照顾|湊|凑)[^ ]{0,10}? ?冇人(?:幫手|幫|帮)",
    ),
    "check": (
        r"お迎えを待つ(?:の)?(?:は|に)?(?:もう)?疲れ[^ ]* (?:[^ ]+ )?自分から(?:行|逝)"
        r"(?:く|きます|こう)(?! ?と ?(?:言|話|いっ))",
    ),
}

# Words one of the phrases above always holds, read first in their place (``crisis.languages``).
LEXICON["prefilter"] = (
    r"遺書|그동안|过户|過戶|存折|存摺|印章|遗嘱|遺囑|后事|後事|崖|がけ|屋上|橋|線路|ダム|而家|依家|宜家|"
    r"へ(?:行|逝)きます|shinitai|jisatsu|shinu tsumori|shinou|ikitakunai|kietai|따라|离开|離開|"
    r"去世|过世|過世|不在了|老伴|落去|意味|最後の|유서|お迎え|睡不着|睡不著|失眠|成日|冇人",
)

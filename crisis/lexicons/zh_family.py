"""Chinese (simplified and traditional) said at home: a burden whose going would free the carer,
the last hope failed and no will to hold on, pills stored up to take once alone, all the pills
swallowed, and a brother or a friend who sent "sorry everyone" and went silent.

- "我是家里的负担", "我就是个累赘", "我走了她就轻松了", "我不在了大家就解脱了" (``passive``);
  a bill or a school fee that is the family's burden, and "I'm leaving, you can relax" said of
  a trip, stay quiet.
- "这是我最后的希望了 ... 一点用都没有", "最后的希望也没用" (``despair``); "我不想再撑了",
  "我撑不住了" (``check``); an umbrella held up (撑伞) or a full stomach (撑死了) stays quiet.
- "我存了很多安眠药，够了", "藏了一瓶止痛药，等我妈出门就吃" (``prepare``); cold medicine
  stocked for the winter or pills kept for a trip stay quiet.
- "我给妈妈留了一封信，今晚我就走了" (``prepare``); a note left before a train, a flight or a
  trip home stays quiet.
- "把所有止痛药都吞了", "把剩下的安眠药全吃了" (``overdose``); a child told to take the medicine
  (把药吃了) stays quiet.
- "我弟弟刚发微信说对不起大家，然后就不回了" (``other``); "sorry everyone, I'm late" and a phone
  out of battery stay quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

_PILLS = (
    r"(?:安眠药|安眠藥|止痛药|止痛藥|止疼药|止疼藥|镇静剂|鎮靜劑|安定|药片|藥片|药|藥|胰岛素|"
    r"胰島素)"
)
# it did nothing: no use, no effect
_FAILED = (
    r"(?:没用|沒用|没有用|沒有用|用都没有|用都沒有|用也没有|用也沒有|没效果|沒效果|不管用|无效|"
    r"無效)"
)
# What rules a reading out, looked for in the next few words only: each pattern opens with its
# own words and is grouped with the others (``crisis.phrases``), not read over the whole text.
_NOT_A_STOCK = (
    r"(?!.{0,24}?(?:感冒|旅行|旅游|旅遊|出差|过冬|過冬|疫情|备用|備用|药箱|藥箱|过期|過期))"
)
_NOT_ORDINARY = r"(?!.{0,40}?(?:迟到|遲到|没电|沒電|下班|毕业|畢業|离职|離職|搬家|出国|出國|睡了))"
# a train, a flight, a trip home or for work
_NOT_A_JOURNEY = (
    r"(?!.{0,40}?(?:出差|旅行|旅游|旅遊|火车|火車|飞机|飛機|回老家|上学|上學|搬家|出国|出國))"
)
# an exam, an interview, a ticket or a match hoped for: blanked with the hope (``guard``)
_CONTEST = r"(?:考试|考試|面试|面試|彩票|比赛|比賽|抢票|搶票|门票|門票|球队|球隊|申请|申請)"
_KIN = (
    r"(?:弟弟|哥哥|姐姐|妹妹|爸爸|妈妈|媽媽|爸|妈|媽|老公|老婆|儿子|兒子|女儿|女兒|朋友|同学|"
    r"同學|室友|闺蜜|閨蜜|男朋友|女朋友|表哥|表姐|表弟|表妹)"
)

LEXICON = {
    "passive": (
        r"我(?:就|只)?是(?:个|個)?(?:家里|家裡|家人|大家|全家|爸妈|爸媽|父母|妈妈|媽媽|我妈|"
        r"我媽|他们|他們|她|他)?的?(?:负担|負擔|累赘|累贅|拖累|包袱)",
        r"我(?:走了|死了|不在了|没了|沒了)(?:以后|以後|之后|之後)? ?(?:[^ ]{0,3}?)"
        r"(?:就|也|才)(?:轻松|輕鬆|解脱|解脫|自由|不用再?(?:照顾|照顧|操心|受累))",
    ),
    "guard": (_CONTEST + r"[^ ]{0,8}?(?: [^ ]{0,12}?)?(?:最后|最後)的希望",),
    "despair": (
        r"(?:最后|最後)的希望[^ ]{0,4}?(?: [^ ]{0,12}?)?(?:"
        + _FAILED
        + r"|也不行|失败|失敗|破灭|破滅)",
        _FAILED + r"[^ ]{0,6}? (?:这|這)(?:是|就是)我(?:最后|最後)的希望",
    ),
    "check": (
        r"(?:不想|不要|不愿|不願)(?:意)?再(?:撑|撐|熬)(?:下去)?了",
        r"我(?:真的|实在|實在|已经|已經)?(?:撑|撐|熬)不(?:住|下去)了",
    ),
    "prepare": (
        r"(?:存|攒|攢|囤|藏)(?:了|下了|着|著)"
        + _NOT_A_STOCK
        + r"(?:很多|好多|一堆|不少|一瓶|几瓶|幾瓶|一盒|几盒|幾盒)?的?(?:安眠药|安眠藥|镇静剂|"
        r"鎮靜劑|安定片)",
        r"(?:存|攒|攢|囤|藏)(?:了|下了)"
        + _NOT_A_STOCK
        + r"[^ ]{0,6}?"
        + _PILLS
        + r"(?:[^ ]{0,3}?) ?(?:够了|夠了|足够了|足夠了|够多了|夠多了)",
        r"(?:偷偷|悄悄)(?:存|攒|攢|囤|藏)(?:了|下了)" + _NOT_A_STOCK + r"[^ ]{0,6}?" + _PILLS,
        r"(?:写|寫|留)(?:了|好了)"
        + _NOT_A_JOURNEY
        + r"(?:一封|封)?(?:信|纸条|紙條)[^ ]{0,8}? ?(?:今晚|今天晚上|今天|明天)(?:我)?就?"
        r"(?:走了|走|离开|離開|解脱|解脫)(?: |$)",
        r"(?:药|藥|胰岛素|胰島素)(?:[^ ]{0,12}? ){0,3}?[^ ]{0,6}?(?:等|趁)[^ ]{0,6}?(?:出门|出門|"
        r"走了|睡了|睡着|睡著|不在|上班)(?:了|以后|以後|之后|之後)?(?:我)?就(?:吃|吞|打)"
        r"(?:掉|下去|了)?(?: |$)",
    ),
    "overdose": (
        r"把(?:所有|全部|整瓶|一整瓶|一整盒|整盒|剩下)的?[^ ]{0,4}?" + _PILLS + r"(?:都|全)?"
        r"(?:吞|吞下|吞下去)了",
        r"把(?:所有|全部|整瓶|一整瓶|一整盒|整盒|剩下)的?(?:安眠药|安眠藥|止痛药|止痛藥|止疼药|"
        r"镇静剂|鎮靜劑|安定)(?:都|全)(?:吃|喝)了",
    ),
    "other": (
        _KIN + _NOT_ORDINARY + r"[^ ]{0,8}?(?:发|發|说|說|留言|发了|發了)[^ ]{0,6}?(?:对不起|"
        r"對不起|谢谢|謝謝)(?:大家|所有人|你们|你們|各位)(?: ?[^ ]{0,10}?)(?:不回|没回|沒回|"
        r"关机|關機|联系不上|聯繫不上|打不通|不接电话|不接電話|失联|失聯)",
    ),
}

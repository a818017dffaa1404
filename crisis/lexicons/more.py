"""The plainest statements in a dozen more languages: Dutch, Romanian, Greek, Hebrew, Urdu,
Bengali, Swahili, Vietnamese, Thai, Chinese, Japanese and Korean.

Only what is seldom said in jest: wanting to die, not wanting to live, suicide as one's own act,
all the pills taken. Thai, Chinese, Japanese and Korean run words together, so their phrases may
start anywhere (see ``crisis.languages``)."""

LEXICON = {
    "guard": (
        r"想死你|笑死|累死|热死|饿死|冷死|困死|烦死",
        r"(?:配|腹|お腹)(?:が)?(?:すいて|減って)死にそう|死ぬほど",
        r"배고파 죽|웃겨 죽|졸려 죽|더워 죽|추워 죽",
        r"ik wil niet dood|nu vreau să mor|sitaki kufa",
    ),
    "intent": (
        # Dutch
        r"ik wil (?:\w+ )?dood|ik wil niet meer leven|(?:mezelf|me) van kant (?:maken|te maken)|"
        r"er een eind aan (?:maken|te maken)|zelfmoord (?:plegen|te plegen)|mezelf (?:te )?doden",
        # Romanian
        r"vreau să mor|să mă sinucid|mă sinucid|nu mai vreau să trăiesc|să ?mi iau viața|"
        r"sa ?mi iau viata",
        # Greek
        r"θέλω να πεθάνω|να αυτοκτονήσω|θα αυτοκτονήσω|δεν θέλω να ζω|δε θέλω να ζω",
        # Hebrew
        r"אני רוצה למות|רוצה להתאבד|אתאבד|לא רוצה לחיות|לשים קץ לחיים",
        # Urdu
        r"مرنا چاہت|خودکشی کر|جینا نہیں چاہت|خود کو مار",
        # Bengali
        r"মরে যেতে চাই|মরতে চাই|আত্মহত্যা করব|আত্মহত্যা করতে|বাঁচতে চাই না",
        # Swahili
        r"nataka kufa|nitajiua|kujiua|sitaki kuishi|nataka kujiua",
        # Vietnamese
        r"muốn chết|muon chet|tự tử|tu tu\b|không muốn sống|khong muon song",
        # Thai
        r"อยากตาย|ฆ่าตัวตาย|ไม่อยากมีชีวิต",
        # Chinese
        r"我想死|想死了|不想活|活不下去|自杀|自殺|结束自己的生命|結束自己的生命|轻生|輕生",
        # Japanese
        r"死にたい|消えたい|自殺したい|自殺する|生きていたくない|もう生きたくない|生きるのが辛い",
        # Korean
        r"죽고 ?싶|자살하고 ?싶|자살할|살기 ?싫|사라지고 ?싶",
        r"想结束这一切|结束这一切|活着太累|活著太累|全部終わりにしたい",
        r"다 끝내고 ?싶|모든 걸 끝내고 ?싶",
    ),
    "overdose": (
        r"吃了(?:一整瓶|整瓶|所有的?|全部的?)(?:安眠药|药)|薬を全部飲んだ|약을 다 먹었|"
        r"uống hết (?:thuốc|cả lọ)|ik heb alle pillen (?:genomen|ingenomen)|"
        r"am luat toate pastilele",
    ),
    "prepare": (r"写了遗书|寫了遺書|遺書を書|유서를 ?썼|유서 ?썼|유서를 ?쓰",),
    "place": (r"我站在天台|我在天台|我在楼顶|我在樓頂|屋上にいる|옥상에 ?있|다리 위에 ?있",),
    "self_harm": (r"자해했|자해를 ?했|自残了|自殘了|割腕|リストカットした|自傷した",),
    "method": (r"多少[^，。？?]{0,10}(?:会死|會死|能死|致死)|致死量|치사량|몇 ?알[^.?]{0,8}죽",),
    "other": (
        r"(?:친구|동생|언니|오빠|형|누나|엄마|아빠|남편|아내)가 유서",
        r"(?:朋友|他|她|我妈|我爸)(?:写了|留下了?)遗书",
    ),
    "distress": (
        r"焦虑|焦慮|不安で|외로워|외롭|우울해|寂しい|孤独|难过|難過|伤心",
        r"nina huzuni|huzuni sana|najisikia vibaya",
    ),
}

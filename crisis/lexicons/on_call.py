"""Risk told by doctors, nurses and pharmacists in their own languages, in the forms the larger
lexicons did not read: the full reply (``intent``, ``place``, ``prepare``) or the check-in.

- Chinese: wanting to jump from the dormitory roof after every night shift ("都想从宿舍楼顶跳下
  去"), thinking of ending oneself ("结束自己", "了结自己") with what is in the pharmacy; in
  pinyin, not wanting to live ("bu xiang huo le").
- Korean: on the hospital roof now, ending it here ("옥상이에요. 여기서 끝내려고요"); pills
  collected for months or bit by bit ("몇 달째 약 모아두고 있어요"), not to hand back or throw
  away; romanised, wanting to die ("jukgo sipda").
- Vietnamese: a letter written to the parents, and the writer "will go" this weekend ("sẽ đi")
  with nowhere named.
- German: enough taken from the controlled-drugs cupboard ("genug aus dem BtM-Schrank
  mitgenommen"); gone too when the licence is gone ("wenn die Approbation weg ist, bin ich auch
  weg": the check-in).
- Dutch: on the roof of the car park, unsure of taking the stairs back down; a will drawn up and
  the cat taken to a sister; "wil gewoon dood" without its "ik".
- Spanish: a goodbye said to the children without their noticing ("me despedí de mis hijos sin
  que se dieran cuenta").

Lookalikes stay quiet: jumping off a diving board or a bungee platform, ending one's single life
("结束自己的单身生活"), stopping work here for today ("오늘은 여기서 끝내려고요"), pills gathered
to hand back, going abroad to study at the weekend, enough taken along for a trip, leaving when
the rain is over, a car park roof with the car found, a will and the cat cared for before a
journey, a child's goodbye slipped past for a trip or a shift, a jump down from the balcony to
fetch the washing ("跳下去拿衣服").

Written folded (see ``crisis.lexicons``); pure.
"""

# Korean: pills, a span of time or stealth, and gathered, not to hand back or throw away
_KO_PILLS = r"(?:약|수면제|진통제|알약)(?:을|를|들을)?"
_KO_SPAN = r"(?:몇 ?[달주개월]+째|조금씩|하나씩|몰래)"
_KO_GATHERED = (
    r"(?:모아 ?두|모아 ?놓|모아 ?놨|모아 ?뒀|모으고 ?있)(?!.*(?:반납|폐기|버리|수거|약국에))"
)

LEXICON = {
    "guard": (r"(?:结束|結束)自己的(?:单身|單身)",),
    "intent": (
        # Chinese: "都想从宿舍楼顶跳下去", not off a diving board or at a bungee jump
        r"想(?:从|從)(?:(?!跳台|跳板|泳池|蹦|水|伞|傘)[^ ]){1,10}跳下(?:去|来|來)"
        r"(?!拿|取|捡|撿|接|玩|救|帮|幫|看)",
        r"(?:结束|結束|了结|了結)(?:掉)?自己(?!的)",
        r"bu (?:xiang|yao) (?:zai )?huo(?: le\b| xia qu\b|$)|huo bu xia qu\b",
        # Korean, romanised: "jukgo sipda", "jasal hago sipeo"
        r"jukgo ?(?:sip|ship)(?:da|eo|eoyo|ta|o|ne)\b|jasal ?hago ?(?:sip|ship)",
        # Dutch: "wil gewoon dood" opening the message, without its "ik"
        r"^wil (?:zo graag |eigenlijk |liever |nu |gwn |gewoon |echt )?dood\b(?! (?:gaan )?van\b)",
    ),
    "place": (
        # Korean: on the roof now and ending it there
        r"옥상\w* (?:(?!회의|작업|공사|촬영|청소|회식|수업|공부|바베큐|파티)\w+ ){0,3}?"
        r"(?:끝내려|끝낼 ?거|끝낼래|끝내겠|뛰어내리려|뛰어내릴)"
        r"(?!.*(?:회의|작업|공사|촬영|청소|회식|수업|공부|바베큐|파티))",
        # Dutch: on the roof or a bridge, unsure of coming back down
        r"(?:sta|zit|ben) (?:nu )?(?:op|boven op|bovenop) (?:het|de) (?:dak|brug|rand)\w* "
        r"(?:\w+ ){0,8}?(?:weet niet|niet zeker) of ik (?:\w+ ){0,4}?(?:weer af ga|afga|"
        r"naar beneden ga|naar beneden kom|terug ga|terugga|terugkom)",
    ),
    "prepare": (
        # Korean: pills collected for weeks or months
        _KO_SPAN + r" (?:\w+ )?" + _KO_PILLS + r" ?" + _KO_GATHERED,
        _KO_PILLS + r" " + _KO_SPAN + r" " + _KO_GATHERED,
        # Vietnamese: a letter to the parents, then "sẽ đi" with nowhere named
        r"(?:viết|viet) (?:thư|thu) (?:cho|gửi|gui) (?:bố mẹ|ba mẹ|bo me|ba me|gia đình|gia dinh|"
        r"mọi người|moi nguoi|mẹ|me)\w* (?:\w+ ){0,8}?(?:sẽ|se) (?:ra )?đi(?: (?:rồi|roi|thật|"
        r"that|mãi mãi|mai mai|luôn|luon))?$",
        # German: enough taken from the ward's controlled drugs
        r"genug (?:\w+ ){0,5}?(?:btm|betaubungsmittel|giftschrank|morphin|opiate|fentanyl|"
        r"medikamente|tabletten)\w* (?:\w+ ){0,3}?(?:mitgenommen|eingesteckt|gesammelt|"
        r"abgezweigt|mitgehen lassen)(?!.*(?:urlaub|reise|patient|station zuruck))",
        # Dutch: a will drawn up and a pet taken to someone
        r"testament (?:\w+ ){0,6}?(?:kat|hond|katten|honden|konijn|poes)\w* (?:\w+ ){0,4}?"
        r"(?:gebracht|weggegeven|gegeven|ondergebracht|herplaatst)"
        r"(?!.*(?:reis|vakantie|verhuis|emigr|operatie|ziekenhuisopname))",
        # Spanish: a goodbye said to the children without their noticing, for no trip or shift
        r"me despedi de (?:mis|mi) (?:hijos|hija|hijo|hijas|niños|familia|padres|madre|padre|"
        r"esposa|marido|pareja) sin que (?:se |lo |nadie )?(?:(?:dieran|diera|den|de) cuenta|"
        r"supieran|supiera|notaran|notara|sospecharan|sospechara)"
        r"(?!.*(?:viaje|trabajo|guarderia|colegio|escuela|llor|vuelo|turno|guardia))",
    ),
    "check": (
        # German and Dutch: gone too when the licence or the career is gone
        r"wenn (?:die |meine |der |mein )?(?:approbation|zulassung|lizenz|karriere|"
        r"facharzt\w*|examen|studium)\w* (?:\w+ ){0,3}?(?:weg|vorbei|verloren|futsch) (?:ist|sind) "
        r"(?:dann )?bin ich (?:auch )?(?:weg|raus|tot)",
        r"als (?:mijn |de )?(?:big|registratie|inschrijving|carriere|opleiding)\w* (?:\w+ ){0,3}?"
        r"(?:weg|voorbij|kwijt) (?:is|zijn) (?:dan )?ben ik (?:ook )?(?:weg|dood)",
    ),
}

"""Passive wishes in the forms the other lexicons lack: those close to the writer (a baby, the
family) better off without them, being a burden, and not wanting to wake up, in Swahili,
Vietnamese, Korean, Tagalog, Swedish, Dutch, formal Persian and Dari, Arabic typed in Latin
letters (Egyptian and Levantine), Portuguese and Spanish.

New parents write the first of these ("mtoto wangu atakuwa bora bila mimi", "우리 아기는 내가
없는 게 나아"), people far from home the second ("من سربار خانواده ام هستم", "pabigat lang ako sa
pamilya ko"); both are a full reply in English. Not waking up counts only when it is not about an
early alarm: Portuguese "não queria acordar amanhã" and Arabizi "mesh 3ayez as7a bokra" stay
quiet when the hour or the work follows ("cedo", "badri"), and Arabizi needs "again" or "ever"
otherwise. "Better if I'm not there" in Tagalog stays quiet when a place or a time follows ("kung
wala ako sa meeting", "bukas").

Written folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script; of up to two, three or four words of letters.
W = r"(?:[^ ]+ ){0,3}?"
G2 = r"(?:\w+ ){0,2}?"
G = r"(?:\w+ ){0,3}?"
G4 = r"(?:\w+ ){0,4}?"

LEXICON = {
    "passive": (
        # Swahili: better off without me; a burden; wishing not to wake
        r"(?:watakuwa|atakuwa|angekuwa|wangekuwa|itakuwa|ingekuwa|wako|yuko) " + G2
        + r"(?:bora|salama|vizuri|heri|furaha) (?:zaidi )?bila (?:mimi|mama yao|mama yake)",
        r"(?:mimi ni|nimekuwa|nimegeuka|nimegeuka kuwa) (?:\w+ )?mzigo (?:tu )?(?:kwa|kwenye) "
        r"(?:familia|wazazi|watoto|mume|mke|kila|wote|ndugu)",
        r"(?:natamani|ningependa|naomba|laiti|ningetamani) " + G2 + r"(?:nisiamke|nisingeamka|"
        r"nisingezaliwa|nilale (?:na )?nisiamke)",
        # Vietnamese: better off without me; a burden
        r"tốt hơn (?:nếu|khi) (?:không có|thiếu|vắng|mất) (?:tôi|mình|em|anh|tao|mẹ|con)",
        r"(?:không có|thiếu|vắng) (?:tôi|mình|em|tao|mẹ) (?:thì |sẽ |chắc )*" + G + r"tốt hơn",
        r"(?:tôi|mình|em|con|tao) (?:chỉ )?(?:là )?(?:một )?(?:gánh nặng|của nợ) (?:cho|của)",
        # Korean: better off without me; a burden
        r"(?:내가|나) 없는 (?:게|편이|것이) (?:더 )?(?:나아|나을|낫|행복|편)",
        r"(?:내가|나) 없으면 " + W + r"(?:더 )?(?:나을|행복할)",
        r"(?:나는|난|내가) (?:그냥 )?(?:짐덩어리|짐만 ?돼|짐일 뿐|가족의 짐)",
        # Tagalog: better off without me; a burden
        r"mas (?:okay|ok|mabuti|maayos|masaya|magaan|gaganda|giginhawa) " + G4
        + r"(?:kung|pag|kapag) wala (?:na )?(?:ako|si mama|si nanay)(?! sa| bukas| mamaya| dun| "
        r"doon| dito| ngayon)",
        r"pabigat (?:lang |na lang |lamang )?ako|ako (?:ay )?(?:isang |ang )?pabigat",
        # Swedish and Dutch: better off without me; a burden
        r"(?:har det|skulle ha det|vore|är|blir|hade haft det) " + G2 + r"bättre (?:\w+ )?utan mig",
        r"jag är (?:bara )?en (?:börda|belastning)",
        r"(?:is|zijn|zou|zouden|was|waren|wordt) " + G2 + r"beter af zonder mij",
        r"ik ben (?:alleen maar |maar |gewoon |echt )?een last voor",
        # Persian and Dari, written out: not waking, a burden
        r"(?:کاش|ای کاش|کاشکی|دعا می ?کنم|می ?خواهم|میخواهم) " + W + r"(?:دیگر |هرگز )?بیدار نشوم",
        r"سربار " + W + r"(?:هستم|استم|شده ام|شدم|شده‌ام)",
        # Arabizi: a burden; not waking again
        r"ana (?:mjrd |mojarad |mogarad |bas |bss )?(?:3ib2|3ab2|3eb2|3b2) (?:3la|3ala|3al|ala|"
        r"3ale|3aleihom|3alehom|3alaykon)",
        # "3eb" alone is also shame ("3eb 3aleik"): a burden only on one's family
        r"ana (?:mjrd |mojarad |mogarad |bas |bss )?3eb (?:3la|3ala|3al|ala) (?:ahli|a7li|ahly|"
        r"a7ly|3ayelti|3eilti|3aelti|ommi|mama|abuya|baba|el beit)",
        r"(?:mish|msh|mesh|mosh|mush|ma) (?:3ayez|3ayz|3ayza|3awz|3awza|aayez|bade|baddi|bdi) "
        r"(?:a|as|is|e)(?:s7a|sha|sha2|s7a2|s7o)(?: (?:tani|tany|abadan|abdan|khales|5ales|"
        r"mn el nom|men el nom|mn al nom)| (?:bokra|bukra)(?! (?:badri|bdri|bakir|early|3shan|"
        r"3ashan|3al|3ala|lel|lil)))",
        r"(?:anam|nam|nem) (?:w|wa|we|u) (?:ma|mesh|mish|mosh|msh) (?:as7a|asha|a9ha|sha|s7a)",
        # Portuguese: "I wouldn't want to wake up" tomorrow or again, not early for work
        r"n[aã]o queria (?:mais )?acordar (?:mais|nunca|de novo|amanhã(?! (?:cedo|às|as|para|pra|"
        r"pro|de manhã|antes)))",
        # a baby better off with another mother
        r"(?:estaría|estará|va a estar|estarían|estarán|crecería|sería más feliz) mejor con otra "
        r"(?:mamá|mama|madre)|(?:ficaria|ficará|vai ficar|seria) melhor com outra mãe|"
        r"(?:serait|sera|serais) (?:mieux|plus heureux|plus heureuse) avec une autre "
        r"(?:mère|maman)",
        # gone for ever, thought of or wished, not from social media
        r"(?:penso em|pensando em|quero|queria|vontade de) (?:\w+ )?(?:sumir|desaparecer) (?:pra|"
        r"para) sempre(?! d[oa]s? (?:redes|instagram|facebook|grupo|internet|app|whatsapp))",
        r"(?:wünsche mir|wünsche ich mir|wünschte ich mir|will|möchte|würde gern|würde am "
        r"liebsten) (?:\w+ ){0,3}?(?:für immer (?:zu )?verschwinden|verschwinden für immer)"
        r"(?! (?:aus|von) (?:social|instagram|facebook|"
        r"tiktok|der gruppe|dem chat))",
        # Spanish: to disappear so that nobody looks for me
        r"desaparecer " + G2 + r"(?:y|e) que nadie me (?:busque|buscara|buscase|extrañe|extrañara|"
        r"encuentre|encontrara|eche de menos|echara de menos)",
    ),
}

"""Tagalog and Nigerian Pidgin: the most common first-person phrases."""

from crisis.lexicons.common import G6

TL = {
    "guard": (
        r"(?:mamatay|namatay|patay) (?:\w+ )?sa (?:tawa|kakatawa|gutom|hiya|inip|kilig)",
        # tired from work, done with a job: "pagod na ako sa trabaho", "ayoko na sa trabahong ito"
        r"pagod na (?:ako|ko) sa (?:trabaho|work|school|eskwela|biyahe|byahe|pasok|duty)",
        r"ayoko na sa (?:trabaho\w*|work|school|kurso)",
        # not to live without one's coffee or wifi
        r"mabuhay (?:ng |nang )?walang (?:kape|kanin|internet|wifi|cellphone|phone|aircon|musika)",
    ),
    "intent": (
        r"(?:gusto|gusto ko|gusto ko nang|gusto ko ng|sana) (?:\w+ ){0,2}?(?:mamatay|"
        r"magpakamatay|mawala na|maglaho)",
        r"magpapakamatay|nagpakamatay|papatayin ko (?:na )?(?:ang )?sarili ko|"
        r"ayoko (?:na )?(?:ng )?mabuhay|pagod na (?:akong|ako) mabuhay",
        # "ayoko na talaga mabuhay", "ayaw ko nang mabuhay": not to live without coffee
        r"(?:ayoko|ayaw ko|ayaw kong|hindi ko na gustong|di ko na gustong) (?:na |nang |ng )?"
        r"(?:talaga |talagang |rin |din |na )?(?:ng |nang )?"
        r"mabuhay\b(?! (?:ng |nang )?(?:walang|wala))",
    ),
    "passive": (
        # ...not away from a meeting or a trip: "mas okay kung wala ako sa meeting bukas"
        r"mas (?:mabuti|mabuting|okay|ok) (?:pa )?(?:pang |kung )?wala (?:na )?ako(?! sa| bukas| "
        r"mamaya| dun| doon| dito| ngayon)",
        r"ayoko (?:na|nang) gumising|sana hindi na ako gumising",
        r"(?:sana|gusto ko) (?:\w+ ){0,2}?(?:hindi na (?:ako )?magising|di na magising)",
        r"(?:gusto|sana) (?:ko )?(?:na )?(?:lang )?(?:nang )?(?:na )?mawala(?: na)?\b(?! (?:ang|"
        r"yung|"
        r"ung|sakit|problema|stress|utang|lungkot))|sana hindi na lang ako (?:ipinanganak|nabuhay)",
    ),
    "prepare": (
        r"nagpaalam na (?:ako )?(?:sa|kay|kina)",
        r"(?:nagsulat|sumulat) (?:\w+ ){0,3}?sulat (?:para|sa)|paalam (?:na )?(?:sa inyo|sa lahat|"
        r"po)|naipon ko (?:na )?(?:ang )?(?:mga )?gamot",
        r"paalam (?:na )?sa inyong lahat|huling mensahe",
    ),
    "self_harm": (
        r"(?:naglaslas|maglaslas|laslas|sinasaktan ko ang sarili ko)",
        r"(?:hinihiwa|hiniwa|sinusugatan|sinugatan) ko (?:ang|yung) (?:braso|pulso|kamay|sarili) "
        r"ko",
    ),
    "method": (r"(?:ilang|gaano karami) " + G6 + r"(?:para mamatay|nakamamatay)",),
    "check": (
        r"wala na akong silbi",
        r"nakakapagod",
        r"(?:hindi|di) ko na kaya\b(?! (?:ang|yung|ung|itong|iyong|ito ng|sa) (?:init|lamig|gutom|"
        r"traffic|trabaho|pagod|antok|sakit ng ulo|teleserye|serye|palabas|drama|ingay|"
        r"kapitbahay))",
    ),
    "distress": (
        r"nalulungkot|lungkot na lungkot|umiiyak (?:ako )?(?:palagi|gabi gabi)",
        r"(?:pagod na pagod|sobrang pagod|ang lungkot|malungkot|nag ?iisa)",
        r"sobrang lungkot|lungkot ko",
        r"(?:gusto ko|gusto kong) (?:na )?(?:lang )?(?:na )?(?:umiyak|maiyak)|naiiyak (?:na )?ako"
        r"(?! sa (?:tawa|kakatawa|saya|tuwa|ganda|kilig|sibuyas|teleserye|pelikula|movie|palabas))",
    ),
    "overdose": (
        # a whole blister strip or bottle swallowed ("uminom ako ng isang banig ng sleeping pills")
        r"(?:ininom|nilunok|uminom|lumunok) (?:ako |ko )?(?:ng |ang )?(?:isang|buong|isang buong) "
        r"(?:banig|bote|kahon|pakete) (?:ng )?(?:\w+ )?(?:gamot|tableta|pills|pampatulog)",
        r"(?:ininom|nilunok|uminom) (?:ko )?(?:\w+ )?lahat ng (?:\w+ )?(?:gamot|tableta|pills|"
        r"pampatulog)",
        r"uminom (?:ako|ko) (?:ng )?(?:maraming|sobrang|lahat ng) (?:\w+ )?(?:gamot|tableta|"
        r"pills|pampatulog)",
        # "nainom ko na lahat ng gamot ni lola": someone else's medicine, or sleep coming on (a
        # day's own medicine taken as usual names neither)
        r"(?:nainom|nalunok) (?:ko )?(?:na )?(?:\w+ )?lahat ng (?:\w+ )?(?:gamot|tableta|pills|"
        r"pampatulog)(?= (?:ni|nina|ng) (?:lola|lolo|mama|papa|nanay|tatay|ate|kuya|tita|tito)|.*"
        r"(?:inaantok|nahihilo|nagsusuka|hindi (?:na )?makahinga|bumibigat))",
    ),
    "place": (
        r"nasa (?:tulay|bubong|riles|rooftop|building) ako|tatalon (?:na )?ako\b(?! sa (?:pool|"
        r"dagat|tubig|kama|ilog))",
    ),
    "other": (
        # someone close cutting again ("nagcucutting"), not cutting class
        r"(?:kapatid|kaibigan|anak|pinsan|nanay|tatay|asawa|jowa|bestfriend|bff) (?:\w+ ){0,2}?"
        r"(?:nagcucutting|nagcutting|naglalaslas|naglaslas)(?! (?:ng |sa )?(?:klase|class|school))",
        r"gustong magpakamatay|gusto (?:niyang|nyang|na niyang) mamatay|magpapakamatay (?:daw|siya|"
        r"raw)",
        r"pagod na (?:\w+ ){0,3}?(?:siyang|syang|siya) mabuhay|ayaw na (?:niya|nyang|"
        r"niyang) mabuhay",
    ),
}

PCM = {
    "overdose": (r"i don (?:take|swallow|drink|chop) (?:\w+ )?(?:plenty|all|many|full)",),
    "prepare": (
        r"i don buy (?:rope|poison|sniper)|i go end am",
        r"i no go dey again|by this time tomorrow|i don write (?:\w+ )?letter",
    ),
    "intent": (
        r"(?:make i|i go|i wan|i dey wan) (?:just )?(?:die|kill myself|kill my self)",
        r"i no (?:wan|want) (?:live|dey alive) again|i (?:don )?tire for (?:this )?life",
    ),
    "check": (r"i no fit (?:again|cope again|do am again)",),
    # a friend who "don tire for this life" (not for the traffic)
    "other": (
        r"(?:e|im|she|he|my guy|my padi|my paddy|my friend|my broda|my sista) (?:don )?tire for "
        r"(?:this )?life",
    ),
    "self_harm": (r"i don cut (?:my )?(?:hand|body|self)",),
}

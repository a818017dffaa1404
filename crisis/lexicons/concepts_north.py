"""The words of each concept (``crisis.lexicons.by_concept``) in German, Dutch, Afrikaans,
Polish, Russian and Ukrainian, with their inflections; written with accents and folded like the
text. Pure.
"""

from crisis.lexicons.common import Words

# What makes a means everyday, per language: the hunt and the range, a repair or a workshop, a
# garden and its weeds, climbing; a film, a game, paintball; laundry and a tent. Not the rats:
# they are named in the poison ("Rattengift", "veneno para ratas"), and rat poison bought for
# them is quiet without despair beside it.
EVERYDAY = {
    "de": r"jagd(?!gewehr|waffe|flinte|büchse)\w*|jäger\w*|schie(?:ß|ss)stand|repar\w*|werkstatt|"
    r"garten|unkraut|klettern|film\w*|spiel\w*|serie|paintball|airsoft|wäsche\w*|zelt\w*|"
    r"camping\w*",
    "nl": r"jacht(?!geweer)\w*|jager\w*|schietbaan|repar\w*|werkplaats|tuin|onkruid|klimmen|"
    r"film\w*|spel\w*|game\w*|serie|paintball|airsoft|wasgoed|waslijn|tent\w*|camping\w*",
    "af": r"jag\w*|skietbaan|herstel\w*|werkswinkel|tuin|onkruid|klim\w*|fliek\w*|speletjie\w*|"
    r"game\w*|paintball|wasgoed|tent\w*",
    "pl": r"polowa\w*|myśliw(?!sk)\w*|strzelnic\w*|napraw\w*|warsztat\w*|ogród\w*|ogrod\w*|"
    r"chwast\w*|wspinacz\w*|film\w*|gr(?:a|y|ze|ać|am|amy|ach)|serial\w*|paintball\w*|airsoft\w*|"
    r"prani\w*|bielizn\w*|namiot\w*",
    "ru": r"охот(?!нич)\w*|тир\w*|ремонт\w*|чинил\w*|мастерск\w*|огород\w*|сорняк\w*|скалолаз\w*|"
    r"фильм\w*|игр\w*|сериал\w*|пейнтбол\w*|страйкбол\w*|бель\w*|палатк\w*",
    "uk": r"полюва\w*|мисливц\w*|тир\w*|ремонт\w*|лагодж\w*|майстерн\w*|город\w*|бур.ян\w*|"
    r"фільм\w*|гр(?:а|и|у|ати|аю|і)|серіал\w*|пейнтбол\w*|страйкбол\w*|білизн\w*|намет\w*",
}

WORDS: dict[str, Words] = {
    "de": {
        "means": r"(?:gewehr|schrotflinte|flinte|jagdgewehr|pistole|revolver|knarre|büchse|waffe|"
        r"strick|schlinge|rattengift|unkrautvernichter|pflanzenschutzmittel|glyphosat)\w*|"
        r"(?:tabletten|pillen|schlaftabletten|medikamente) (?:\w+ ){0,3}?(?:gesammelt|gehortet|"
        r"gebunkert|versteckt|im auto|im handschuhfach)|garage (?:\w+ ){0,5}?(?:laufendem motor|"
        r"motor (?:\w+ ){0,2}?(?:lief|laufen|an)|abgas\w*)",
        "dark": r"(?:keinen|kein) sinn mehr|sehe keinen (?:sinn|ausweg)|ich kann nicht mehr\b|"
        r"(?:immer )?öfter (?:\w+ )?(?:daran|darüber) (?:nach)?denke|"
        r"denke (?:immer )?öfter (?:daran|darüber|an (?:sie|es|ihn))|"
        r"weiß nicht ob ich (?:\w+ ){0,3}?(?:nächste mal|abstelle|ausmache)|nicht mehr weiter",
        "end": r"das wars(?: dann)?\b(?! (?:dann|für|fürs|mit|bei|von|auch)\b)|"
        r"das war es dann\b(?! (?:für|fürs|mit|bei)\b)|es muss (?:\w+ )?aufhören|"
        r"es muss ein ende haben|(?:mache|mach) schluss mit allem|schluss mit allem|"
        r"bin fertig mit allem|(?:diese|nächste) woche (?:\w+ )?ende ich",
        "farewell": r"abschied (?:\w+ ){0,4}?genommen|(?:hund|katze|kater|pferde?|"
        r"tiere)\w* (?:\w+ ){0,4}?(?:gebracht|gegeben|abgegeben)|(?:werkzeug|gitarre|sachen|uhr|"
        r"motorrad)\w* (?:\w+ ){0,3}?(?:verschenkt|geschenkt|weggegeben)|verschenkt|"
        r"testament (?:\w+ )?(?:gemacht|geschrieben|aufgesetzt|machen lassen)|abschiedsbrief\w*",
        "chosen": r"(?:baum|stelle|tag|datum) (?:\w+ ){0,3}?(?:ausgesucht|gewählt|steht fest)|"
        r"(?:diese|nächste) woche (?:\w+ )?(?:ende ich|mache ich schluss)",
        "secret": r"(?:weiß|weiss|ahnt|wissen|ahnen) (?:\w+ )?nicht dass (?:das|es|"
        r"dies) (?:\w+ )?(?:ein )?abschied",
        "gone": r"(?:gehe|geh|fahre|laufe) (?:\w+ ){0,4}?(?:in den wald|in die berge|auf den berg|"
        r"zum fluss|ans meer|zur brücke|zum see|zu den gleisen|"
        r"ins wasser) (?:\w+ ){0,2}?(?:und )?(?:komme|kehre) nicht (?:mehr |"
        r"wieder )?zurück(?! (?:bevor|vor|bis|ohne|ehe)\b)",
        "sleep": r"(?:bete|hoffe|wünsche mir|"
        r"flehe) (?:\w+ ){0,6}?(?:im schlaf (?:\w+ ){0,2}?(?:holt|zu sich|mitnimmt|nimmt|sterbe|"
        r"gehen)|(?:holt|zu sich nimmt|mitnimmt) (?:\w+ )?im schlaf)",
        "other": r"(?:vater|papa|bruder|mann|sohn|onkel|opa|freund) (?:\w+ ){0,4}?(?:gewehr|"
        r"flinte|waffe|pistole|strick)\w* (?:\w+ ){0,3}?(?:genommen|"
        r"mitgenommen) (?:\w+ ){0,8}?(?:nicht (?:\w+ )?suchen|kommt nicht (?:mehr )?zurück)",
    },
    "nl": {
        "means": r"(?:geweer|jachtgeweer|pistool|vuurwapen|wapen|touw|strop|rattengif|"
        r"onkruidverdelger|landbouwgif)\w*|(?:pillen|tabletten|medicijnen|"
        r"slaappillen) (?:\w+ ){0,3}?(?:gespaard|verzameld|opgespaard|verstopt|in de auto)|"
        r"garage (?:\w+ ){0,5}?(?:draaiende motor|motor (?:\w+ ){0,2}?(?:liep|aan|draaien)|"
        r"uitlaatgas\w*)",
        "dark": r"(?:geen|heeft geen) zin meer|ik zie het niet meer zitten|ik kan niet meer\b|"
        r"(?:steeds )?vaker (?:aan|over) (?:denk|nadenk)|denk (?:er )?steeds vaker aan|"
        r"weet niet of ik (?:\w+ ){0,3}?volgende keer",
        "end": r"ik ben het zat(?! (?:met|van|om)\b)|het moet stoppen(?! met)|het moet ophouden|"
        r"dat was het dan|ik ben er klaar mee|ik stop ermee met alles|ik ben klaar met alles|"
        r"deze week (?:\w+ )?stop ik",
        "farewell": r"afscheid (?:\w+ ){0,4}?genomen|(?:hond|kat|poes|paarden?|"
        r"dieren)\w* (?:\w+ ){0,4}?(?:gebracht|gegeven|weggegeven)|(?:gereedschap|gitaar|spullen|"
        r"horloge)\w* (?:\w+ ){0,3}?(?:weggegeven|gegeven|geschonken)|"
        r"testament (?:\w+ ){0,2}?(?:laten opmaken|opgesteld|gemaakt|geregeld)|afscheidsbrief\w*",
        "chosen": r"(?:boom|plek|dag|datum) (?:\w+ ){0,3}?(?:gekozen|uitgekozen|staat vast)|"
        r"deze week (?:\w+ )?(?:stop ik|maak ik er een eind)",
        "secret": r"(?:weet|weten) (?:\w+ )?niet dat (?:het|dit|dat) (?:\w+ )?(?:een )?afscheid",
        "gone": r"(?:ga|loop|rij) (?:\w+ ){0,4}?(?:het bos in|naar het bos|naar de rivier|"
        r"naar de brug|naar het spoor|het water in) (?:\w+ ){0,2}?(?:en )?(?:kom|"
        r"keer) (?:\w+ )?niet (?:meer )?terug(?! (?:voor|tot|zonder)\b)",
        "sleep": r"(?:bid|hoop|smeek) (?:\w+ ){0,6}?(?:in mijn slaap (?:\w+ ){0,2}?(?:haalt|halen|"
        r"meeneemt|sterf)|(?:haalt|meeneemt|wegneemt) (?:\w+ )?in mijn slaap)",
        "other": r"(?:vader|papa|pa|broer|man|zoon|oom|opa) (?:\w+ ){0,4}?(?:geweer|pistool|wapen|"
        r"touw)\w* (?:\w+ ){0,3}?(?:gepakt|meegenomen) (?:\w+ ){0,8}?(?:niet (?:\w+ )?(?:zoeken|"
        r"te zoeken)|komt niet (?:meer )?terug)",
    },
    "af": {
        "means": r"(?:geweer|haelgeweer|pistool|vuurwapen|tou|strop|rotgif|onkruiddoder)\w*|"
        r"(?:pille|tablette|medisyne|slaappille) (?:\w+ ){0,3}?(?:gespaar|versamel|weggesteek|"
        r"in die kar)|garage (?:\w+ ){0,5}?(?:enjin (?:\w+ ){0,2}?(?:loop|aan)|uitlaatgas\w*)",
        "dark": r"(?:geen|nie meer) sin nie|ek kan nie meer nie|ek sien nie meer kans nie|"
        r"(?:al )?meer (?:daaraan|daaroor) dink|bank vat die (?:plaas|huis)|"
        r"weet nie of ek (?:\w+ ){0,3}?volgende keer",
        "end": r"ek is klaar\b(?! met (?:die|my) (?:werk|huiswerk|kos|skoonmaak|\w+ werk))|"
        r"dit moet ophou|dit is verby met my|dis klaar met my|hierdie week (?:\w+ )?maak ek",
        "farewell": r"(?:brief|briewe|testament) (?:\w+ ){0,2}?(?:geskryf|gemaak|opgestel)|"
        r"afskeid (?:\w+ ){0,4}?geneem|totsiens gesê|(?:hond|kat|perde?|"
        r"diere)\w* (?:\w+ ){0,4}?(?:gebring|gegee|weggegee)|(?:gereedskap|kitaar|goed|"
        r"horlosie) (?:\w+ ){0,3}?(?:weggegee|gegee)",
        "chosen": r"(?:boom|plek|dag|datum) (?:\w+ ){0,3}?(?:gekies|uitgekies)|"
        r"hierdie week (?:\w+ )?maak ek (?:\w+ )?(?:klaar|n einde)",
        "secret": r"(?:weet|besef) (?:\w+ )?nie dat (?:dit|dis) (?:\w+ )?(?:n )?afskeid",
        "gone": r"(?:gaan|loop|ry) (?:\w+ ){0,4}?(?:die bos in|na die bos|die berg op|"
        r"die berge in|na die see|na die rivier|na die brug|"
        r"na die dam) (?:\w+ ){0,2}?(?:en )?(?:kom|keer) (?:\w+ )?nie (?:meer )?terug",
        "sleep": r"(?:bid|hoop|smeek) (?:\w+ ){0,6}?(?:in my slaap (?:\w+ ){0,2}?(?:kom haal|vat|"
        r"neem)|(?:kom haal|wegneem|vat) (?:\w+ )?in my slaap)",
        "other": r"(?:pa|vader|broer|man|seun|oom|oupa|ma|suster) (?:\w+ ){0,4}?(?:geweer|pistool|"
        r"tou)\w* (?:\w+ ){0,2}?(?:gevat|geneem|"
        r"saamgevat) (?:\w+ ){0,8}?(?:nie (?:\w+ ){0,2}?(?:soek|kom soek)|kom nie (?:meer )?terug)",
    },
    "pl": {
        "means": r"(?:strzelb|dubeltów|broń|bron|pistolet|sztucer|karabin|sznur|pętl|petl|trutk|"
        r"środek na chwasty|srodek na chwasty|randap|roundup)\w*|(?:tabletki|tabletek|leki|leków|"
        r"proszki) (?:\w+ ){0,3}?(?:zbieram|zbierałem|zbierałam|odkładam|schowane|w aucie|"
        r"w samochodzie)|garaż\w* (?:\w+ ){0,5}?(?:włączonym silnikiem|"
        r"silnik (?:\w+ ){0,2}?(?:chodził|pracował|włączony)|spalin\w*)",
        "dark": r"nie widzę (?:już )?sensu(?! (?:w )?(?:tej|tego|tym|tych|pracy|szkole|\w+ć)\b)|"
        r"nic nie ma sensu|nie ma już sensu(?! (?:\w+ )?\w+ć\b)|nie dam rady dłużej|"
        r"nie mam siły dalej|(?:coraz )?częściej (?:o (?:niej|nim|tym) )?myślę|myślę o (?:niej|"
        r"nim|tym) coraz|nie wiem czy (?:\w+ ){0,3}?następnym razem",
        "end": r"to musi się skończyć|musi się skończyć|kończę z tym wszystkim|"
        r"kończę ze wszystkim|(?:w )?tym tygodniu (?:\w+ )?(?:kończę|skończę)|"
        r"mam dość wszystkiego|to koniec ze mną",
        "farewell": r"pożegnał\w* (?:\w+ ){0,3}?(?:z|ze)|(?:psa|kota|konie|"
        r"zwierzęta) (?:\w+ ){0,4}?(?:oddałem|oddałam|zawiozłem|zawiozłam|zaprowadziłem)|"
        r"(?:oddałem|oddałam|rozdałem|rozdałam) (?:\w+ ){0,3}?(?:narzędzia|gitarę|rzeczy|zegarek)|"
        r"testament|list pożegnalny|listy pożegnalne",
        "chosen": r"(?:wybrałem|wybrałam) (?:\w+ )?(?:drzewo|miejsce|dzień|datę)|(?:drzewo|"
        r"miejsce|dzień|datę) (?:\w+ ){0,2}?(?:wybrałem|wybrałam|wybrane)|"
        r"(?:w )?tym tygodniu (?:\w+ )?(?:kończę|skończę) (?:ze|z) (?:wszystkim|sobą)",
        "secret": r"nie wie (?:\w+ )?(?:że|ze) to (?:\w+ )?pożegnanie",
        "gone": r"(?:pójdę|idę|pojadę) (?:\w+ ){0,4}?(?:do lasu|nad rzekę|na most|na tory|w góry|"
        r"nad morze) (?:\w+ ){0,2}?(?:i )?nie wrócę",
        "sleep": r"(?:modlę się|proszę boga|proszę pana boga) (?:\w+ ){0,6}?(?:we śnie|"
        r"w nocy)(?=.*\b(?:zabrał|zabral|zabierze|umrę|umarł))",
        "other": r"(?:tata|ojciec|brat|mąż|syn|wujek|dziadek) (?:\w+ ){0,4}?(?:wziął|"
        r"zabrał) (?:\w+ ){0,2}?(?:strzelbę|broń|pistolet|sztucer|"
        r"sznur) (?:\w+ ){0,8}?(?:nie szukać|nie (?:\w+ )?szukali|nie wróci)",
    },
    "ru": {
        "means": r"(?:ружь|ружье|ружьё|обрез|дробовик|винтовк|карабин|пистолет|двустволк|"
        r"стволы?\b|веревк|верёвк|петл|крысин\w* яд|яд от крыс|гербицид|пестицид)\w*|"
        r"патроны (?:рядом|под рукой)|(?:таблетки|таблеток|колеса) (?:\w+ ){0,3}?(?:коплю|собрал|"
        r"собрала|припрятал|припрятала|спрятал|в машине|в бардачке)|"
        r"гараж\w* (?:\w+ ){0,5}?(?:заведенн\w+ (?:двигател|мотор)\w*|(?:двигател|"
        r"мотор)\w* (?:\w+ ){0,2}?(?:работал|заведен\w*)|выхлоп\w*)",
        "dark": r"не вижу (?:\w+ )?смысла|нет смысла|смысла (?:\w+ )?нет|думаю о (?:ней|нем|"
        r"этом) (?:все )?чаще|больше не могу|не знаю (?:\w+ )?выключу ли|"
        r"(?:все )?чаще (?:о (?:нем|нем|ней|этом) )?думаю|думаю$|жена ушла|все потерял|"
        r"никому не нужен",
        "end": r"с меня хватит(?! (?:эт\w+|тво\w+|ваш\w+|его|ее|их|\w+ой работ\w*)\b)|"
        r"это должно (?:\w+ )?закончиться|(?:на )?этой неделе (?:\w+ )?(?:закончу|покончу)|"
        r"покончу со всем|я (?:все|всё) решил",
        "farewell": r"попрощал\w* (?:\w+ ){0,3}?с|(?:собаку|кошку|кота|"
        r"лошадей) (?:\w+ ){0,4}?(?:отвез|отвёз|отдал|отдала|отвезла)|(?:раздал|раздала|подарил|"
        r"подарила|отдал|отдала) (?:\w+ ){0,3}?(?:инструменты|гитару|вещи|часы)|завещани\w*|"
        r"прощальн\w+ (?:письм|записк)\w*",
        "chosen": r"(?:выбрал|выбрала) (?:\w+ )?(?:дерево|место|день|дату)|(?:дерево|место|день|"
        r"дату) (?:\w+ ){0,2}?(?:выбрал|выбрала|выбрано)|(?:на )?этой неделе (?:\w+ )?(?:закончу|"
        r"покончу) (?:со|с) (?:всем|собой)",
        "secret": r"не знает (?:\w+ )?что это (?:\w+ )?прощани\w*",
        "gone": r"(?:уйду|пойду|поеду) (?:\w+ ){0,4}?(?:в лес|на реку|на мост|на рельсы|в горы|"
        r"на море) (?:\w+ ){0,2}?(?:и )?не вернусь",
        "sleep": r"(?:молю|молюсь|прошу бога|прошу господа) (?:\w+ ){0,6}?(?:(?:забрал|"
        r"прибрал)\w* (?:\w+ )?меня|умереть|уйти) (?:\w+ )?во сне",
        "other": r"(?:папа|отец|брат|муж|сын|дядя|дед) (?:\w+ ){0,4}?(?:взял|"
        r"забрал) (?:\w+ ){0,2}?(?:ружье|ружьё|обрез|пистолет|веревку|верёвку|"
        r"карабин) (?:\w+ ){0,8}?(?:не (?:\w+ )?искали|не искать|не вернется|не вернётся)",
    },
    "uk": {
        "means": r"(?:рушниц|обріз|карабін|пістолет|мотузк|зашморг|петл|отрут|гербіцид|"
        r"пестицид)\w*|набої (?:поруч|під рукою)|(?:пігулки|таблетки|"
        r"таблеток) (?:\w+ ){0,3}?(?:збираю|зібрав|зібрала|сховав|сховала|в машині)|"
        r"гараж\w* (?:\w+ ){0,5}?(?:заведен\w+ (?:двигун|мотор)\w*|(?:двигун|"
        r"мотор)\w* (?:\w+ ){0,2}?(?:працював|заведен\w*)|вихлоп\w*)",
        "dark": r"не бачу (?:\w+ )?сенсу|немає сенсу|сенсу (?:\w+ )?немає|думаю про (?:неї|нього|"
        r"це) (?:все )?частіше|більше не можу|не знаю (?:\w+ )?чи вимкну|"
        r"(?:все )?частіше (?:про (?:неї|нього|це) )?думаю|все втратив|нікому не потрібен",
        "end": r"з мене досить(?! (?:ц\w+|тво\w+|ваш\w+|його|її|їх)\b)|"
        r"це має (?:\w+ )?закінчитися|(?:цього|на цьому) тижні (?:\w+ )?(?:закінчу|покінчу)|"
        r"покінчу з усім",
        "farewell": r"попрощав\w* (?:\w+ ){0,3}?з|(?:собаку|кота|кішку|"
        r"коней) (?:\w+ ){0,4}?(?:відвіз|відвезла|віддав|віддала)|(?:роздав|роздала|подарував|"
        r"подарувала) (?:\w+ ){0,3}?(?:інструменти|гітару|речі|годинник)|заповіт\w*|"
        r"прощальн\w+ (?:лист|записк)\w*",
        "chosen": r"(?:вибрав|вибрала|обрав|обрала) (?:\w+ )?(?:дерево|місце|день|дату)|(?:дерево|"
        r"місце|день|дату) (?:\w+ ){0,2}?(?:вибрав|вибрала|обрав|обрала|обрано)|(?:цього|"
        r"на цьому) тижні (?:\w+ )?(?:закінчу|покінчу) (?:з|із) (?:усім|всім|собою)",
        "secret": r"не знає (?:\w+ )?що це (?:\w+ )?прощання",
        "gone": r"(?:піду|поїду) (?:\w+ ){0,4}?(?:в ліс|до лісу|на річку|на міст|на рейки|"
        r"в гори) (?:\w+ ){0,2}?(?:і )?не повернусь",
        "sleep": r"(?:молю|молюся|прошу бога|"
        r"прошу господа) (?:\w+ ){0,6}?(?:забрав\w* (?:\w+ )?мене|померти|піти) (?:\w+ )?уві сні",
        "other": r"(?:тато|батько|брат|чоловік|син|дядько|дід) (?:\w+ ){0,4}?(?:взяв|"
        r"забрав) (?:\w+ ){0,2}?(?:рушницю|обріз|пістолет|мотузку|"
        r"карабін) (?:\w+ ){0,8}?(?:не (?:\w+ )?шукали|не шукати|не повернеться)",
    },
}

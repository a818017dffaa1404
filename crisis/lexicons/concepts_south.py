"""The words of each concept (``crisis.lexicons.by_concept``) in Romanian, Portuguese, Spanish,
Italian and French, with their inflections; written with accents and folded like the text
(apostrophes are dropped: "l'albero" reads "lalbero"). Pure.
"""

from crisis.lexicons.common import Words

# What makes a means everyday, per language: the hunt and the range, a repair or a workshop, a
# garden and its weeds, climbing; a film, a game, paintball; laundry and a tent. Not the rats:
# they are named in the poison ("Rattengift", "veneno para ratas"), and rat poison bought for
# them is quiet without despair beside it.
EVERYDAY = {
    "ro": r"sezonul de vânătoare|la vânătoare|vânător\w*|vânez|poligon\w*|repar\w*|atelier\w*|"
    r"grădin\w*|buruieni|escalad\w*|film\w*|joc\w*|serial\w*|paintball|airsoft|rufe|cort\w*",
    "pt": r"(?:época|temporada) de caça|(?:ir|vou|fui|vamos) (?:à|a) caça|caçar|caçador\w*|"
    r"caçada\w*|carreira de tiro|conserta\w*|repar\w*|oficina|jardim|horta|ervas daninhas|"
    r"escalada|filme\w*|jogo\w*|série|paintball|airsoft|roupa|estendal|tenda|protagonista",
    "es": r"temporada de caza|(?:ir|voy|fui|vamos) de caza|cazar|cazador\w*|cacería\w*|"
    r"galería de tiro|arregl\w*|repar\w*|taller|jardín|huerto|malas hierbas|escalada|película\w*|"
    r"juego\w*|serie|paintball|airsoft|ropa|tendedero|tienda de campaña|protagonista",
    "it": r"stagione di caccia|(?:andare|vado|andato|andiamo) a caccia|cacciare|cacciator\w*|"
    r"battuta di caccia|poligono|ripar\w*|aggiust\w*|officina|giardin\w*|orto|erbacce|arrampic\w*|"
    r"film|gioco|giochi|videogioc\w*|serie|paintball|softair|bucato|panni|tenda|protagonista",
    "fr": r"saison de (?:la )?chasse|ouverture de la chasse|(?:aller|vais|allé|"
    r"allons) à la chasse|chasser|chasseur\w*|partie de chasse|stand de tir|répar\w*|garagiste|"
    r"atelier|jardin\w*|potager|mauvaises herbes|escalade|film\w*|jeu\b|jeux|série|paintball|"
    r"airsoft|linge|tente|protagoniste",
}

WORDS: dict[str, Words] = {
    "ro": {
        "means": r"(?:pușc|pusc|armă|arma|pistol|frânghi|franghi|ștreang|streang|otravă|otrava|"
        r"otravă de șobolani|erbicid|pesticid)\w*|(?:pastilele|pastile|pastilel|medicamentele|"
        r"tabletele) (?:\w+ ){0,4}?(?:strâns|strans|adunat|ascuns|în torpedou|in torpedou|"
        r"în mașină|in masina)|(?:am strâns|am adunat|strâng|adun) (?:\w+ )?(?:pastilele|pastile|"
        r"medicamentele)|garaj\w* (?:\w+ ){0,5}?(?:motorul (?:\w+ ){0,2}?(?:pornit|mergea|"
        r"mergând)|gaze de eșapament)",
        "dark": r"nu mai (?:are|văd|vad) (?:niciun )?sens|nu mai pot\b|nu mai am putere|"
        r"(?:tot mai )?des (?:mă gândesc|ma gandesc)|nu știu dacă (?:\w+ ){0,3}?data viitoare",
        "end": r"termin cu tot|termin cu toate|s a terminat cu mine|trebuie să se termine|"
        r"trebuie să se oprească|(?:săptămâna|saptamana) asta (?:\w+ )?termin|gata cu mine",
        "farewell": r"mi am luat rămas bun|mi am luat adio|(?:câinele|cainele|pisica|caii|"
        r"animalele) (?:\w+ ){0,4}?(?:dus|dat)|(?:am dat|am dăruit|"
        r"am daruit) (?:\w+ ){0,3}?(?:sculele|chitara|lucrurile|ceasul)|testament\w*|"
        r"scrisoare de adio",
        "chosen": r"(?:am ales|mi am ales) (?:\w+ )?(?:copacul|locul|ziua|data)|(?:copacul|locul|"
        r"ziua) (?:\w+ ){0,2}?(?:l am ales|ales)|(?:săptămâna|saptamana) asta (?:\w+ )?termin cu",
        "secret": r"nu știe (?:\w+ )?că (?:e|este) (?:\w+ )?(?:un )?rămas bun",
        "gone": r"(?:mă duc|plec|merg) (?:\w+ ){0,4}?(?:în pădure|la râu|pe pod|la calea ferată|"
        r"la munte) (?:\w+ ){0,2}?(?:și )?nu mă mai întorc",
        "sleep": r"(?:mă rog|îl rog pe dumnezeu|mă rog lui dumnezeu) (?:\w+ ){0,6}?(?:să mă ia|"
        r"să mor) (?:\w+ ){0,2}?în somn",
        "other": r"(?:sora|fratele|mama|tata|fiica|fiul|prietena|prietenul) (?:mea |"
        r"meu )?(?:\w+ ){0,3}?s a tăiat (?:\w+ ){0,8}?(?:vrea să moară|vrea să se omoare|"
        r"vrea să se sinucidă)|(?:tata|tatăl meu|fratele|soțul|"
        r"fiul) (?:\w+ ){0,3}?a luat (?:\w+ ){0,2}?(?:pușca|arma|pistolul|"
        r"frânghia) (?:\w+ ){0,8}?(?:să nu (?:l |o )?căutăm|să nu (?:l |o )?caute|"
        r"nu se mai întoarce)",
    },
    "pt": {
        "means": r"(?:espingard|arma|revólver|revolver|pistola|carabina|corda|forca|"
        r"veneno de rato|chumbinho|raticida|herbicida|agrotóxico|agrotoxico|paraquat)\w*|"
        r"(?:comprimidos|remédios|remedios|pílulas|pilulas) (?:\w+ ){0,3}?(?:guardados|juntei|"
        r"escondidos|no carro)|garagem (?:\w+ ){0,5}?(?:motor (?:\w+ ){0,2}?(?:ligado|"
        r"a trabalhar)|escape)",
        "dark": r"não vejo (?:mais )?sentido|nao vejo (?:mais )?sentido|não aguento mais|"
        r"(?:cada vez )?mais (?:vezes )?penso nela|penso nisso cada vez mais|"
        r"não sei se (?:\w+ ){0,3}?próxima vez",
        "end": r"tem de acabar|tem que acabar|(?:esta|essa) semana (?:\w+ )?acabo com tudo|"
        r"acabo com tudo|acabar com tudo|estou farto de tudo|estou farta de tudo|para mim chega",
        "farewell": r"despedi me (?:\w+ ){0,3}?d|me despedi (?:\w+ ){0,3}?d|"
        r"disse adeus (?:\w+ )?a|(?:cão|cao|cachorro|gato|cavalos?|"
        r"animais) (?:\w+ ){0,4}?(?:levei|dei|entreguei)|(?:dei|"
        r"doei) (?:\w+ ){0,3}?(?:ferramentas|guitarra|violão|violao|coisas|relógio)|testamento|"
        r"carta de despedida",
        "chosen": r"(?:escolhi|já escolhi|ja escolhi) (?:\w+ )?(?:a árvore|a arvore|o lugar|"
        r"o sítio|o dia|a data)|(?:esta|essa) semana (?:\w+ )?acabo com tudo",
        "secret": r"não sabe (?:\w+ )?que (?:é|foi) (?:\w+ )?(?:uma )?despedida",
        "gone": r"(?:vou|irei) (?:\w+ ){0,4}?(?:para o mato|para a floresta|para a serra|ao rio|"
        r"para o rio|à ponte|para a ponte) (?:\w+ ){0,2}?(?:e )?não (?:vou )?volt",
        "sleep": r"(?:rezo|peço a deus|peco a deus|oro) (?:\w+ ){0,8}?(?:me leve|me levar|"
        r"me chame|morrer) (?:\w+ ){0,2}?(?:durante o sono|a dormir|no sono|enquanto durmo)",
        "other": r"(?:pai|irmão|marido|filho|tio|avô) (?:\w+ ){0,4}?(?:levou|"
        r"pegou) (?:\w+ ){0,2}?(?:espingarda|arma|pistola|corda) (?:\w+ ){0,8}?(?:não (?:o |"
        r"a )?procur|nao (?:o |a )?procur|não volta)",
    },
    "es": {
        "means": r"(?:escopeta|rifle|pistola|revólver|revolver|arma|cuerda|soga|veneno para ratas|"
        r"matarratas|raticida|herbicida|paraquat)\w*|(?:pastillas|pastis|"
        r"medicamentos) (?:\w+ ){0,3}?(?:guardadas|juntado|ahorrado|escondidas|en el coche|"
        r"en el carro)|garaje (?:\w+ ){0,5}?(?:motor (?:\w+ ){0,2}?(?:encendido|en marcha|"
        r"prendido)|escape)",
        "dark": r"no le veo sentido(?! a (?:est|es|la|el|lo|aquel)\w*)|no tiene sentido|"
        r"ya no puedo más|(?:cada vez )?más (?:a menudo )?pienso en (?:ella|él|eso)|"
        r"no sé si (?:\w+ ){0,3}?próxima vez",
        "end": r"tiene que (?:parar|acabar|terminar)|(?:esta|esa) semana (?:\w+ )?(?:acabo|"
        r"termino) con todo|acabar con todo|me cansé de todo|estoy harto de todo|"
        r"estoy harta de todo",
        "farewell": r"me despedí (?:\w+ ){0,3}?de|(?:dije|he dicho) adiós a (?:mis|mi)|(?:perro|"
        r"gato|caballos?|animales) (?:\w+ ){0,4}?(?:llevé|di|entregué)|(?:regalé|"
        r"di) (?:\w+ ){0,3}?(?:herramientas|guitarra|cosas|reloj)|testamento|carta de despedida",
        "chosen": r"(?:escogí|elegí|ya escogí|ya elegí) (?:\w+ )?(?:el árbol|el sitio|el lugar|"
        r"el día|la fecha)|(?:esta|esa) semana (?:\w+ )?(?:acabo|termino) con todo",
        "secret": r"no sabe (?:\w+ )?que (?:es|fue) (?:\w+ )?(?:una )?despedida",
        "gone": r"(?:voy|iré) (?:\w+ ){0,4}?(?:al monte|al bosque|al río|al puente|"
        r"a la montaña) (?:\w+ ){0,2}?(?:y )?no (?:voy a )?(?:volver|vuelvo|volveré|regreso|"
        r"regresaré)",
        "sleep": r"(?:rezo|pido a dios|le pido a dios) (?:\w+ ){0,8}?(?:me lleve|llevarme|"
        r"me recoja|morir) (?:\w+ ){0,2}?(?:mientras duermo|en el sueño|dormido)",
        "other": r"(?:papá|padre|hermano|marido|hijo|tío|abuelo) (?:\w+ ){0,4}?(?:se llevó|cogió|"
        r"agarró) (?:\w+ ){0,2}?(?:escopeta|arma|pistola|cuerda|rifle) (?:\w+ ){0,8}?(?:no (?:lo |"
        r"la )?(?:busquemos|buscáramos|busquen)|no va a volver)",
    },
    "it": {
        "means": r"(?:fucile|doppietta|pistola|arma|corda|cappio|veleno per topi|topicida|"
        r"diserbante|erbicida|paraquat)\w*|(?:pillole|pastiglie|farmaci|"
        r"compresse) (?:\w+ ){0,3}?(?:messe da parte|conservate|nascoste|in macchina)|"
        r"garage (?:\w+ ){0,5}?(?:motore (?:\w+ ){0,2}?(?:acceso|in moto)|gas di scarico)",
        "dark": r"non (?:ha|vedo) più (?:alcun )?senso|non ce la faccio più|"
        r"(?:sempre )?più spesso (?:ci )?penso|non so se (?:\w+ ){0,3}?prossima volta",
        "end": r"deve finire|(?:questa|sta) settimana (?:\w+ )?(?:la )?faccio finita|"
        r"farla finita con tutto|basta con tutto|sono stanco di tutto|sono stanca di tutto",
        "farewell": r"(?:ho )?salutato (?:\w+ ){0,2}?(?:i miei|il mio|la mia)|(?:detto|"
        r"dato) (?:l ?)?addio|(?:cane|gatto|cavalli|animali) (?:\w+ ){0,4}?(?:portato|dato|"
        r"affidato)|(?:regalato|dato via) (?:\w+ ){0,3}?(?:attrezzi|chitarra|cose|orologio)|"
        r"testamento|lettera d ?addio",
        "chosen": r"(?:scelto|ho scelto) (?:\w+ )?(?:l ?albero|il posto|il giorno|la data)|"
        r"(?:questa|sta) settimana (?:\w+ )?(?:la )?faccio finita",
        "secret": r"non sa (?:\w+ )?che (?:è|e) (?:\w+ )?(?:un )?addio",
        "gone": r"(?:vado|andrò) (?:\w+ ){0,4}?(?:nel bosco|al fiume|sul ponte|sui binari|"
        r"in montagna) (?:\w+ ){0,2}?(?:e )?non torno",
        "sleep": r"(?:prego|chiedo a dio|supplico) (?:\w+ ){0,8}?(?:mi porti via|mi prenda|"
        r"prendermi|portarmi via) (?:\w+ ){0,2}?(?:nel sonno|mentre dormo)",
        "other": r"(?:papà|padre|fratello|marito|figlio|zio|nonno) (?:\w+ ){0,4}?(?:preso|"
        r"portato via) (?:\w+ ){0,2}?(?:fucile|pistola|arma|corda|"
        r"doppietta) (?:\w+ ){0,8}?(?:non (?:lo |la )?cercar|non torner)",
    },
    "fr": {
        "means": r"(?:fusil|carabine|pistolet|revolver|arme|corde|nœud coulant|noeud coulant|"
        r"mort aux rats|raticide|désherbant|desherbant|herbicide|pesticide|paraquat)\w*|"
        r"(?:cachets|comprimés|médicaments|pilules) (?:\w+ ){0,3}?(?:de côté|mis de côté|gardés|"
        r"cachés|dans la voiture)|garage (?:\w+ ){0,5}?(?:moteur (?:\w+ ){0,2}?(?:allumé|"
        r"en marche|tournait|qui tourne)|gaz d ?échappement)",
        "dark": r"(?:ne )?vois plus (?:aucun|de) sens|ça n ?a plus de sens|je n ?en peux plus|"
        r"j ?y pense de plus en plus|(?:de plus en plus )?souvent (?:j ?y pense|je pense à)|"
        r"je ne sais pas si (?:\w+ ){0,3}?prochaine fois",
        "end": r"(?:il )?faut que (?:ça|ca) s ?arrête|(?:cette|la) semaine (?:\w+ )?j ?en finis|"
        r"en finir avec tout|j ?en ai marre de tout|c ?est fini pour moi",
        "farewell": r"(?:dit|dire|fait mes) adieux? (?:\w+ ){0,2}?(?:à|a) (?:mes|mon|ma)|(?:chien|"
        r"chat|chevaux|cheval|animaux) (?:\w+ ){0,4}?(?:emmené|donné|confié)|(?:donné|"
        r"offert) (?:\w+ ){0,3}?(?:outils|guitare|affaires|montre)|testament|lettre d ?adieu",
        "chosen": r"(?:choisi|j ?ai choisi) (?:\w+ )?(?:l ?arbre|l ?endroit|le jour|la date)|"
        r"(?:cette|la) semaine (?:\w+ )?j ?en finis",
        "secret": r"ne sait pas (?:\w+ )?que c ?est (?:\w+ )?(?:un )?adieu",
        "gone": r"(?:vais|irai) (?:\w+ ){0,4}?(?:dans la forêt|dans les bois|à la montagne|"
        r"à la rivière|sur le pont) (?:\w+ ){0,2}?(?:et )?(?:je )?ne (?:vais pas )?(?:reviendrai|"
        r"revenir)",
        "sleep": r"(?:je prie|prie dieu|je demande à dieu) (?:\w+ ){0,8}?(?:me prendre|me prenne|"
        r"me rappeler|me rappelle|mourir) (?:\w+ ){0,2}?(?:pendant mon sommeil|dans mon sommeil)",
        "other": r"(?:père|papa|frère|mari|fils|oncle|grand père) (?:\w+ ){0,4}?(?:pris|"
        r"emporté) (?:\w+ ){0,2}?(?:fusil|arme|pistolet|corde|"
        r"carabine) (?:\w+ ){0,8}?(?:ne pas (?:le |la )?chercher|ne reviendra)",
    },
}

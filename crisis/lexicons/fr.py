"""French."""

from crisis.lexicons.common import G6, G

PILLS = r"(?:cachets|comprimés|pilules|médicaments|médocs|gélules|somnifères)"

LEXICON = {
    "fiction": (
        r"dans (?:le|la|ce|cette|un|une) (?:roman|film|série|livre|chanson|pièce)|(?:le|"
        r"la) (?:personnage|protagoniste)",
    ),
    "past": (
        r"il y a (?:\w+ )?ans|quand j'étais (?:\w+ )?(?:jeune|ado|adolescente?)|"
        # "autrefois j'étais en dépression": an illness once had, told as had
        r"(?:autrefois|avant|par le passé|dans le passé),? (?:j'étais|j'avais|j'ai (?:eu|fait)) "
        r"(?:\w+ ){0,2}?(?:dépression|dépressi\w*|anxiété|burn ?out|crises d'angoisse)",
    ),
    "recovered": (
        r"(?:aujourd'hui|maintenant) (?:je vais|ça va) (?:très )?(?:bien|mieux)|"
        r"je vais (?:bien|mieux) maintenant|"
        r"je m'en suis sortie?",
    ),
    "later": (r"à (?:demain|plus|bientôt|tout à l'heure|lundi)|bonne soirée",),
    "outing": (
        r"vacances|amis|photos?|beau|belle|balade|coucher de soleil|touriste|vue|travail|chantier",
    ),
    "routine": (
        r"comme (?:prévu|prescrit|d'habitude|chaque|tous les)|prescrit\w*|ordonnance|ce matin|"
        r"du jour",
    ),
    "guard": (
        # out of bed or for joy, not from a height: "j'ai envie de sauter du lit"
        r"sauter (?:du lit|hors du lit|de mon lit|de joie|de bonheur|du canapé|de la chaise)",
        r"(?:je n'en|j'en|je n'en) peux plus (?:de (?:ce|cette|ces|la|l|le|mon|ma|mes|attendre)|"
        r"d'attendre|du)\b",
        r"(?:je )?(?:meurs|meurt|mourir|mourais|mort[e]?s?) (?:de |d ?)(?:\w+ )?(?:rire|faim|soif|"
        r"froid|chaud|chaleur|envie|envies|honte|ennui|peur|fatigue|jalousie|curiosité|sommeil|"
        r"impatience|amour)",
        r"mort de rire|morte de rire|mdr|c(?:est)? mortel|tu me tues|ça me tue|ca me tue|"
        r"tuer le temps|peine de mort",
        r"(?:je )?(?:me )?tue (?:au travail|à la tâche|a la tache|à répéter)",
        r"(?:je )?ne (?:veux|vais) pas (?:mourir|me tuer|me suicider)",
        r"je ne suis pas suicidaire|pas d'idées suicidaires|pas d'idees suicidaires",
        r"(?:réduit|réduire|réduisent|diminue|risque de|taux de|études? sur|prévention du|"
        r"cas de|augmente) " + G + r"(?:suicide|idées suicidaires|idéation suicidaire|"
        r"automutilation|surdose|overdose)",
        r"(?:je me suis )?(?:coupé|coupée|brûlé|brûlée) (?:en cuisinant|le doigt|les cheveux|"
        r"par accident|avec une feuille)",
        r"j ?en peux plus (?:de )?(?:cette|ce|la|le|du|de la) (?:chaleur|froid|bruit|pluie|"
        r"boulot|travail|chef|voisin|trafic|canicule)",
    ),
    "method": (
        r"(?:dose|quantité) (?:\w+ ){0,3}?(?:est |serait |sont )?(?:létale|mortelle|fatale|mortel)",
        r"dose (?:\w+ ){0,3}?(?:létale|mortelle|fatale)",
        r"dose (?:\w+ )?(?:létale|mortelle|fatale)|(?:létale|mortelle) " + G + r"(?:dose|quantité)",
        r"combien " + G6 + r"pour (?:mourir|ne (?:plus )?(?:pas )?me réveiller|(?:me|se) tuer|"
        r"ne (?:plus |pas |jamais )+se réveiller(?! (?:fatigu\w*|la nuit|pendant|trop|tôt|tard|"
        r"avec|malade|en sueur))|"
        r"une overdose|faire une overdose|y rester)",
        r"combien " + G6 + r"(?:est|serait|sont|seraient) (?:mortel|mortelle|létal|létale|fatal)",
        r"(?:façon|manière|moyen|méthode)s? " + G + r"(?:de|pour) (?:mourir|me tuer|me suicider|"
        r"en finir)",
        r"(?:mourir|me tuer|me suicider|partir) (?:\w+ )?sans (?:douleur|souffrir)",
        r"comment (?:je peux |puis je |faire pour )?(?:me tuer|me suicider|mourir vite)",
        r"(?:à|a|de) quelle hauteur " + G6 + r"(?:mourir|mortel|tuer)",
        # whether a mix can kill, and how much it takes: "peut mourir en mélangeant... combien"
        r"(?:peut|peux|pourrait|pourrais) (?:on |je |tu )?mourir en (?:mélangeant|prenant|avalant|"
        r"buvant|injectant|sniffant) (?:\w+ ){0,10}?(?:combien|quelle (?:dose|quantité))",
    ),
    "overdose": (
        r"(?:j ?ai|je viens d|jai) (?:\w+ ){0,2}?(?:pris|avalé|bu) (?:\w+ ){0,2}?(?:toute|tous|"
        r"toutes|tout le|la boîte|une boîte|la boite|une boite|la plaquette|le flacon|un tas|"
        r"plein de|\d\d+)",
        r"je viens d ?avaler (?:\w+ ){0,3}?(?:pilules|comprimés|comprimes|cachets|médicaments|"
        r"medicaments|somnifères|somniferes|la boîte|la boite|le flacon|la plaquette)",
        r"(?:j ?ai|jai) fait une (?:overdose|surdose)",
        r"(?:j ?ai|jai) (?:pris|avalé|avale) trop de (?:médicaments|medicaments|cachets|pilules|"
        r"comprimés|comprimes)",
    ),
    "intent": (
        r"(?:je pense|je pensais|j'ai pensé|je songe|je réfléchis) (?:\w+ ){0,2}?(?:au suicide|"
        r"à me suicider|à mourir|à la mort|à en finir)",
        r"(?:je veux|j ?ai envie de|envie de|je voudrais|je vais|je pense à|je pense a|"
        r"j ?ai pensé à|j ?ai essayé de|jai essaye de|je préfère|je prefere|je compte|penser à|"
        r"penser a|pensé à|pense a|rêve de|reve de|songe à) "
        r"(?:\w+ ){0,2}?(?:mourir|me tuer|me suicider|en finir|disparaître|ne plus exister|"
        r"mettre fin à (?:mes jours|ma vie)|me jeter|me pendre|sauter du|sauter de)",
        r"me suicider|je vais me (?:tuer|foutre en l'air)|me foutre en l'air",
        r"(?:j ?ai|jai) (?:des )?(?:idées|pensées) (?:suicidaires|noires|de mort)",
        r"(?:je )?(?:ne )?(?:veux|supporte) plus (?:vivre|exister|être là|me réveiller)",
        r"(?:j ?ai|jai|je n ?ai) plus (?:envie|la force) de vivre|plus envie de vivre",
        r"(?:aucune|pas de|plus de|aucun) (?:raison|sens) (?:de|à) (?:vivre|continuer)",
        r"(?:fatigué|fatiguée|marre|lasse?) de vivre|la vie ne vaut pas",
        r"en finir (?:avec (?:tout|la vie|ma vie))?(?: ce soir| bientôt| une bonne fois)?$",
        r"(?:envie|besoin|temps|décidé|decide) d ?en finir|den finir",
        # jumping into the river tonight, with no swim, friends or heat said
        r"(?:je vais|je veux|je compte|j ?irai) (?:\w+ )?(?:sauter|me jeter) dans (?:le |la |l )?"
        r"(?:fleuve|rivière|seine|loire|mer|lac|canal)(?!.*(?:nager|baign|rafraîchir|copains|potes|"
        r"amis|chaleur|canicule))",
        # letting oneself sink or drown ("m'y laisser couler", "aller me noyer"), not drowning in
        # work
        r"(?:je pense à|je pense a|je veux|j ?ai envie de|envie de|je vais|aller) (?:\w+ )?"
        r"(?:me|m ?y) (?:laisser (?:couler|mourir|emporter|noyer)|noyer)(?! (?:dans|sous) (?:le "
        r"travail|les dossiers|le boulot|la paperasse|les papiers|les devoirs|mes|les mails))",
    ),
    "passive": (
        # animals put down at work, and "why not me too" (not children put to bed)
        r"(?:endormi|euthanasié|piqué)\w* (?:\w+ )?(?:\w+ )?(?:chiens?|chats?|animaux|chevaux|"
        r"cheval|patients?)(?: \w+){0,6}? pourquoi pas moi",
        r"(?:ce serait|ça serait|il vaudrait|serait) (?:\w+ ){0,2}?(?:mieux|plus simple|"
        r"plus facile) (?:\w+ ){0,2}?(?:ne (?:plus|pas) (?:être là|exister|me réveiller)|"
        r"disparaître|mourir)",
        r"si je (?:n'existais pas|n'étais (?:pas|plus) là|mourais|disparaissais)|ne (?:jamais |"
        r"plus jamais )me réveill\w*",
        r"(?:j'aimerais|je voudrais|je souhaite|si seulement je pouvais) (?:\w+ ){0,2}?"
        r"(?:ne (?:plus |pas )?me réveiller|mourir|ne (?:jamais )?être née?|ne plus exister|"
        r"disparaître pour toujours|dormir pour toujours)",
        r"ne (?:plus |pas )?me réveiller|dormir pour toujours|disparaître pour toujours|"
        r"ne plus exister|cesser d'exister",
        r"(?:seraient|serait|seront) " + G + r"mieux sans moi",
        r"je suis un (?:fardeau|poids)|personne ne (?:me )?regretterait",
    ),
    "prepare": (
        r"(?:message|messages|texto|sms|mot) d'adieu",
        PILLS + " " + G + r"(?:de côté|que je garde|gardés|stockés|cachés)",
        r"lettres? d'adieu|(?:j ?ai|jai) (?:\w+ )?(?:écrit|rédigé|laissé|fait) "
        + G
        + r"(?:lettres?|mots?|testament)\b",
        r"(?:j ?ai|jai) (?:donné|offert) " + G + r"(?:mes affaires|mes vêtements|mon chien|"
        r"mon chat|mes livres|tout ce que)",
        r"(?:j ?ai|jai) (?:\w+ )?(?:choisi|fixé) (?:la |une )?date",
        r"adieu (?:à tous|tout le monde)|adieu pour toujours|mon dernier message|"
        r"ma dernière nuit|je vous dis adieu",
        r"quand je (?:ne )?serai plus là|après ma mort",
        r"(?:je garde|je stocke|je mets de côté|j ?ai gardé|jai garde|j ?ai stocké|accumulé|"
        r"je cache) " + G + PILLS,
        r"pardon pour tout|merci pour tout[ ]*adieu",
        r"(?:j ?ai|jai) (?:acheté|trouvé) (?:une )?corde",
        # things given away, then "I won't come back" with no day or place of return named
        r"(?:donné|offert|laissé) (?:\w+ ){1,10}?je ne (?:reviendrai|rentrerai) (?:pas|plus|jamais)"
        r"(?! (?:avant|ce soir|demain|la semaine|au bureau|à|en|chez|ici|dans ce|sur|tard)\b)",
        r"(?:donné|offert) (?:\w+ ){1,10}?je n ?en aurai plus besoin(?= *$)",
        r"je ne (?:reviendrai|rentrerai|remonterai) (?:pas|plus|jamais) (?:vivante?|de la mer|du "
        r"fleuve|de la rivière|du lac)(?= *$| cette fois)",
    ),
    "place": (
        r"(?:je suis|assise?|debout) (?:\w+ ){0,2}?(?:sur|au bord d') (?:le |la |du |un )?(?:pont|"
        r"toit|rails|voie ferrée|falaise|rebord|balcon)",
    ),
    "self_harm": (
        r"je me suis (?:\w+ ){0,2}?(?:coupée?|brûlée?|scarifiée?|fait du mal|mutilée?)",
        r"(?:je me (?:suis )?(?:coupe|coupé|coupée|mutile|brûle|brûlé|brûlée|fais du mal|"
        r"fait du mal|scarifie)|me scarifier|me couper|me brûler|me faire du mal)\b",
        r"automutilation|scarification|je me suis remise? à me (?:couper|scarifier|brûler)",
        r"rechute",
    ),
    "despair": (
        r"(?:c'était|c'est|était) (?:mon|ma) (?:dernier|dernière) (?:espoir|chance)|"
        r"dernier espoir " + G6 + r"(?:pas marché|échoué|rien fait|n'a pas)",
    ),
    "other": (
        r"(?:ne )?veut plus (?:vivre|exister)|(?:a caché|cache|a planqué|planque) (?:une |la )?"
        r"corde(?! (?:à|a) sauter)|(?:s'est |est )enfermée? (?:\w+ ){0,3}?(?:salle de bains?|"
        r"chambre|garage|toilettes)",
        r"(?:veut|va|a essayé de|parle de|pense à) (?:\w+ )?(?:mourir|se tuer|se suicider|"
        r"en finir|mettre fin à ses jours)",
        r"(?:se coupe|s'est coupée?|se scarifie|se fait du mal)",
        r"(?:a laissé|a écrit) " + G + r"lettre d'adieu|a donné toutes ses affaires",
        # someone in a shut garage with the engine running who doesn't answer (Québec: "mon chum
        # est dans le garage avec le moteur allumé pis y répond pas"); a car warming up in winter
        # with its driver answering is not this
        r"(?:garage|grange|cabanon|remise|shed) (?:\w+ ){0,6}?(?:moteur|char|l?auto|voiture|truck|"
        r"pick ?up|tracteur) (?:\w+ ){0,2}?(?:allumé|en marche|qui tourne|qui roule|parti) "
        r"(?:\w+ ){0,3}?(?:(?:y|il|elle|a) (?:ne )?(?:répond|repond|ouvre) (?:pas|plus)|ne "
        r"(?:répond|repond|ouvre) (?:pas|plus))",
        r"(?:a pris|a avalé) (?:\w+ ){0,2}?(?:toute|tous|toutes|la boîte|le flacon)",
        r"(?:il|elle) a (?:pris|avalé|avale) (?:plein de|trop de|tous ses|toutes ses|"
        r"une boîte de|une boite de) (?:médicaments|medicaments|cachets|pilules|comprimés|"
        r"comprimes)",
        r"(?:frère|frere|sœur|soeur|mère|mere|père|pere|fils|fille|ami|amie|copain|copine|mari|"
        r"femme) a (?:pris|avalé|avale) (?:plein de|trop de|tous ses|toutes ses) (?:médicaments|"
        r"medicaments|cachets|pilules|comprimés|comprimes)",
    ),
    "check": (
        # a parent's hanging told, and now the writer looks at the same beam or tree every night
        r"^(?=.*\bs ?est (?:pendue?|tiré|tirée|suicidée?|enlevé la vie))(?=.*(?:c ?est moi qui|"
        r"je|moi aussi (?:je )?) (?:\w+ ){0,2}?(?:regarde|fixe|vais voir|pense à) (?:\w+ ){0,2}?"
        r"(?:la même|le même|cette|cette même|ce même) (?:poutre|corde|arbre|branche|grange|"
        r"fusil|carabine|pont))",
        # no version of next week with the writer still in it (not "still here at this job")
        r"(?:je ne vois|je vois) (?:pas de|aucune?|plus de) (?:version|futur|avenir|monde|"
        r"scénario) (?:\w+ ){0,5}?où je (?:suis|serai|serais) (?:encore|toujours) (?:(?:là|ici)\b"
        r"(?! (?:à|au|dans|chez|en)\b)|en vie|vivante?\b)",
        # the body a shell to be out of soon (not a ketamine session's)
        r"^(?!.*(?:kétamine|séance|perfusion|trip|transition))"
        r".*mon corps (?:n'est qu'une?|est une?|est juste une?) "
        r"(?:coquille|cage|prison|enveloppe)\b.{0,60}\bbientôt\b",
        # a farewell said before vanishing: "si je disparais ce week-end, c'était cool"
        r"^(?!.*(?:réseau|festival|vacances|examens?|partiels?|voyage|camping))"
        r".*si je (?:disparais|ne suis plus là|ne reviens pas)\b.{0,40}"
        r"\b(?:c'était|c'etait|étaient) (?:\w+ )?(?:cool|bien|"
        r"génial|super|sympa|chouette|le meilleur)\b",
        r"(?:je ne vois|je vois) (?:pas|plus|aucune) (?:d'issue|de sortie|issue)|il n'y a (?:pas|"
        r"plus) d'issue",
        r"je n'en peux plus|j'en peux plus|je tiens plus|je ne tiens plus",
        r"je veux disparaître|envie de disparaître",
        r"j ?en peux plus|jen peux plus",
    ),
    "distress": (
        r"(?:je n'arrête|j'arrête) pas de pleurer|dévastée?|effondrée?|(?:est décédée?|"
        r"nous a quittés)",
        r"(?:arrêter|arrête) de pleurer|je pleure|(?:est|sont) morte?s? (?:hier|aujourd'hui|"
        r"ce matin|cette nuit)",
        r"je me sens (?:\w+ )?(?:vide|seule?|perdue?|désespérée?|épuisée?|triste|inutile|nulle?|"
        r"brisée?|déprimée?|mal)\b",
        # feeling a failure, a burden (not at a game or in the kitchen)
        r"je me sens (?:\w+ )?(?:comme )?(?:un échec|une? ratée?|un poids)"
        r"(?! (?:en|aux|au) (?:cuisine|échecs|cartes|foot)\b)",
        r"crises? d'(?:angoisse|panique)|angoisse|je suis (?:\w+ )?(?:déprimée?|épuisée?|à bout)",
        r"je n'arrive (?:pas|plus) à (?:dormir|respirer)|je pleure tout le temps",
        # worth nothing (not at poker or in maths), afraid all the time
        r"je (?:ne )?(?:vaux|sers (?:à|a)) rien(?! (?:au|aux|en|à|a|pour|avec)\b)|j ?ai peur "
        r"(?:tout le temps|de tout)",
        # no taste for anything, emptied out, even getting up an ordeal
        r"(?:je n'ai|j'ai) (?:plus )?(?:goût|envie) (?:à|de) rien\b",
        r"je suis (?:\w+ )?vidée?\b(?! (?:après|par (?:le|la|ce|cette) (?:match|course|marathon|"
        r"rando|déménagement)))",
        r"(?:même )?(?:sortir du lit|me lever|se lever)(?: le matin)? (?:c'est|est|devient) "
        r"(?:une épreuve|un combat|impossible|trop dur)",
        # Québec: fed up with everything, all going wrong ("j'suis tanné, toute va mal"), needing
        # to tell someone; fed up with the rain or a printer is not this
        r"je suis (?:\w+ )?(?:tanné|tannée|écœuré|écœurée|à boutte)(?! (?:de la|du|des) (?:pluie|"
        r"neige|trafic|chantier|hockey|imprimante)\b)",
        r"(?:toute|tout) (?:va|allait) (?:mal|de travers)(?! (?:avec|au|à la|dans) "
        r"(?:l ?imprimante|le char|le match|la game|le jeu|la job)\b)",
    ),
}

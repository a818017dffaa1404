"""Portuguese (Brazil and Portugal).

Among the ``distress`` kind: shame at telling the family what goes on at home, or at asking for
help ("sinto vergonha de contar pra minha família o que acontece em casa"); shy of singing or
dancing in public is not it.
"""

from crisis.lexicons.common import G6, G

PILLS = r"(?:comprimidos|remédios|remedios|pílulas|pilulas|cápsulas|medicamentos|calmantes)"

LEXICON = {
    "fiction": (
        r"n[oa] (?:filme|romance|série|livro|novela|música|peça)|n[oa]s? (?:personagem|"
        r"protagonista)|[oa] (?:personagem|protagonista)",
    ),
    "past": (
        r"há (?:\w+ )?anos|anos atrás|quando eu (?:era|tinha) (?:\w+ )?(?:jovem|adolescente|\d+)|"
        r"(?:antes|no passado|uma vez) (?:eu )?(?:tive|sofri) (?:\w+ ){0,3}?(?:depress\w*|"
        r"ansiedade|pânico|burnout)|"
        r"(?:eu )?(?:tive|sofri) (?:\w+ ){0,3}?(?:depress\w*|ansiedade|pânico) no passado",
    ),
    "recovered": (
        r"(?:hoje|agora|já) (?:estou|me sinto) (?:\w+ )?(?:bem|melhor|ótim[oa]|feliz)|superei|"
        r"ajudo outras pessoas|"
        r"me recuperei",
    ),
    "later": (r"até (?:amanhã|logo|mais|breve|a próxima|segunda)|boa noite a todos",),
    "outing": (
        r"férias|vista|amig[oa]s|fotos?|passeio|turista|pôr do sol|lind\w*|bonit\w*|trabalho|obra",
    ),
    "routine": (
        r"certinho|na hora certa|como (?:o médico )?(?:mandou|receitou|indicou)|receitad\w*|"
        r"como sempre|de manhã|do dia",
        # the morning's or the night's doses: "tomei todos os remédios da manhã"
        r"(?:remédios|comprimidos|vitaminas|pílulas|medicamentos) da (?:manhã|noite|tarde)"
        r"(?! (?:\w+ ){0,3}?(?:de uma vez|de uma só vez|juntos|juntas|tudo junto|de vez|a mais))",
    ),
    "guard": (
        # a season, a week or a show that drags: "quero que isso acabe logo, essa temporada tá
        # arrastando"
        r"(?:quero|queria) que (?:isso|isto|essa|esta|a|o) (?:\w+ )?(?:acabe|termine) (?:logo|já)"
        r"(?= (?:essa|esta|a|o|esse|este) (?:temporada|semana|prova|série|novela|campeonato|obra|"
        r"reforma|semestre|plantão) (?:tá|está|ta) (?:arrastando|demorando|longa|longo|chata))",
        r"sumir (?:das|da|do) (?:redes|internet|instagram|facebook|tiktok|twitter|whatsapp|mapa)",
        r"não quero sumir",
        # a death told with peace made with it: "minha avó faleceu ano passado, já estou em paz
        # com isso", "meu gato morreu, tô triste mas ele teve uma vida boa"
        r"(?:morreu|faleceu|partiu) (?:(?!não |nunca )\w+ ){0,10}?(?:(?:já )?(?:estou|tô|to) "
        r"em paz com isso|(?:ele|ela) teve uma (?:vida (?:boa|longa|feliz|linda)|boa vida))",
        r"(?:morr(?:endo|o|er|i|eu|emos)|mort[oa]s?) (?:de|da|do) (?:\w+ )?(?:rir|riso|fome|"
        r"sono|frio|calor|vontade|vergonha|tédio|inveja|saudade|saudades|medo|sede|cansaço|"
        r"ciúme|ciúmes|curiosidade|amor|preguiça|rir)",
        r"morr(?:endo|o|er) (?:de|por) vontade|morro de \w+|(?:to|tô|estou) morto de \w+",
        r"mat(?:ar|ando) (?:o )?tempo|pena de morte",
        r"(?:me )?matando (?:de )?(?:estudar|trabalhar|na academia)|me mato de (?:estudar|"
        r"trabalhar|rir)",
        r"(?:você|vc|isso|essa|esse|ela|ele) (?:\w+ )?(?:me )?mata\b",
        r"n[aã]o (?:quero|vou) (?:morrer|me matar|me suicidar)",
        r"n[aã]o (?:sou|estou) suicida|n[aã]o tenho (?:pensamentos|ideias) suicidas",
        r"(?:reduz|reduzem|reduzir|diminui|risco de|taxas? de|estudos? (?:sobre|de)|prevenção "
        r"(?:do|ao)|casos de|aumenta) " + G + r"(?:suicídio|ideação suicida|pensamentos suicidas|"
        r"ideias suicidas|automutilação|overdose)",
        r"(?:tomei|tomo) todos (?:os )?(?:meus )?" + PILLS + r" (?:na hora|certinho|como|hoje)",
        r"(?:me )?cortei (?:o cabelo|a unha|as unhas|a franja|cozinhando|sem querer|o dedo)",
        r"não (?:aguento|suporto) mais (?:esse|este|essa|esta|o|a|tanto|tanta) (?:calor|frio|"
        r"trânsito|transito|barulho|chuva|chefe|vizinho|trabalho|prova|dor de cabeça)",
    ),
    "method": (
        r"quant[oa]s? (?:comprimidos|pílulas|remédios|cápsulas|\w+) " + G + r"(?:matam|mata|"
        r"matariam|"
        r"matar (?:uma pessoa|alguém|um adulto)|morre|morreria)",
        r"(?:dose|quantidade|quanto) (?:\w+ ){0,3}?(?:é |seria |são )?(?:letal|fatal|mortal)",
        r"dose (?:\w+ ){0,3}?(?:letal|fatal|mortal)",
        r"dose (?:\w+ )?(?:letal|fatal|mortal)",
        r"(?:letal|fatal|mortal) " + G + r"(?:dose|quantidade)",
        r"quant[oa]s? " + G6 + r"(?:para|pra|pro) (?:morrer|não acordar|nao acordar|matar|"
        r"uma overdose|dormir para sempre)",
        r"quant[oa]s? " + G6 + r"(?:é|e|são|seria|seriam) (?:letal|fatal|mortal)",
        # a medicine named by what it treats: "quantos comprimidos de remédio pra pressão matam"
        r"quant[oa]s? " + PILLS + " " + G6 + r"(?:matam|mata|matariam|matar) (?:uma pessoa|"
        r"alguém|alguem|um adulto|um homem|uma mulher|a gente)",
        r"(?:forma|maneira|jeito|modo|método)s? " + G + r"(?:de|para|pra) (?:morrer|me matar|"
        r"me suicidar|tirar (?:a )?minha vida|acabar com (?:a )?minha vida)",
        r"(?:morrer|me matar|me suicidar) (?:\w+ )?sem (?:dor|sofrer)",
        r"(?:forma|maneira|jeito|morte) (?:\w+ )?indolor",
        r"como (?:posso |eu )?(?:me matar|me suicidar|morrer rápido)",
        r"(?:de )?que altura " + G6 + r"(?:morrer|mata|fatal)",
    ),
    "overdose": (
        r"(?:tomei|engoli|acabei de tomar|bebi) (?:\w+ ){0,2}?(?:todos|todas|tudo|a cartela|"
        r"uma cartela|o frasco|um frasco|a caixa|uma caixa|um monte|muitos|\d\d+)",
        r"(?:tive|tomei|fiz) uma overdose",
    ),
    "intent": (
        r"penso (?:\w+ ){0,2}?(?:em suicídio|no suicídio|em me matar|em morrer|na morte)",
        r"(?:quero|queria|desejo|preciso|vontade de|só quero|penso em|pensando em|vou|decidi|"
        r"tentei) (?:\w+ ){0,2}?(?:morrer|me matar|me suicidar|suicídio|estar mort[oa]|deixar de "
        r"existir|não existir|nao existir|tirar (?:a )?minha (?:própria )?vida|acabar com "
        r"(?:a minha vida|minha vida|tudo)|me jogar|pular da|pular do|me enforcar)",
        r"(?:vou|quero) me (?:matar|suicidar|jogar|enforcar)|me suicidar|suicidar me|matar me",
        r"(?:tenho|com|ter|tive) (?:\w+ )?(?:pensamentos|ideias) (?:suicidas|de morte)",
        r"n[aã]o (?:quero|aguento) (?:mais )?(?:viver|existir|estar aqui|estar viv[oa]|acordar)"
        r"(?! (?:nessa|nesta|neste|nesse|num|numa|em|aqui|com|sem|de|no|na)\b)",
        r"n[aã]o (?:vejo|tem|encontro) (?:\w+ )?(?:sentido|motivo|razão) (?:em |para |pra )?"
        r"(?:viver|a vida|continuar)"
        # ...not going on with something named: "continuar o curso", "continuar com a dieta"
        r"(?! (?:com|no|na|nesse|nessa|neste|nesta|em|meu|minha|esse|essa|este|esta|aqui|o curso|"
        r"a faculdade|os estudos|a dieta|o trabalho|o projeto)\b)",
        r"cansad[oa] de viver|a vida não vale a pena|não vale a pena viver",
        r"quero que (?:tudo|isso) (?:acabe|termine)",
        # jumping into the river or the sea tonight, with no swim, friends or heat said
        r"(?:vou|eu vou|quero|vou me) (?:pular|me jogar|jogar me|atirar me) (?:\w+ )?(?:no|na) "
        r"(?:rio|mar|represa|lago|lagoa|canal) (?:hoje à noite|hoje a noite|esta noite|essa noite|"
        r"de madrugada|amanhã|agora)(?!.*(?:nadar|banho|galera|amigos|mergulh|pescar|calor))",
    ),
    "passive": (
        # gone for good, not from social media: "vou sumir pra sempre hoje"
        r"vou (?:sumir|desaparecer) (?:pra|para) sempre(?! d[oa]s? (?:redes|instagram|facebook|"
        r"face|twitter|tiktok|grupo|grupos|internet|app|zap|whatsapp))",
        r"seria (?:\w+ ){0,2}?(?:melhor|mais fácil|mais simples) (?:\w+ ){0,2}?(?:não (?:acordar|"
        r"estar|existir)|sumir|morrer|desaparecer)",
        r"se eu (?:não (?:existisse|estivesse (?:aqui|viv[oa])|tivesse nascido)|morresse|sumisse|"
        r"desaparecesse)",
        r"nunca mais acordar|não acordar nunca mais",
        r"(?:tomara|queria|espero|rezo (?:pra|para)|peço (?:a deus )?(?:pra|para)) que (?:eu )?"
        r"n[aã]o acorde",
        r"(?:queria|gostaria|tomara|quem dera|peço a deus|rezo para) (?:\w+ ){0,2}?(?:não acordar|"
        r"nao acordar|morrer|não ter nascido|nao ter nascido|estar mort[oa]|não existir|"
        r"nao existir|dormir para sempre|sumir para sempre|desaparecer para sempre)",
        r"n[aã]o acordar (?:mais|nunca|amanhã)|dormir e não acordar|dormir e nao acordar|"
        r"dormir para sempre",
        r"sumir para sempre|desaparecer para sempre|deixar de existir",
        r"(?:estariam|estaria|ficariam|ficaria|seriam) " + G + r"melhor sem mim",
        r"sou um peso|sou um fardo|ninguém (?:sentiria|ia sentir) (?:a )?minha falta",
    ),
    "prepare": (
        # not here for the next lesson, with no trip, work or appointment to say why
        r"não vou estar (?:mais )?aqui (?:pra|para) (?:a )?(?:aula|próxima|lição)(?!.*\b(?:viag|"
        r"viaj|férias|trabalho|consulta|médico|casamento|prova|internet))",
        r"(?:já )?me despedi de (?:todo mundo|todos|toda a gente|vocês)",
        r"(?:tenho |estou |venho )?(?:guardad[oa]s?|juntad[oa]s?|acumulad[oa]s?|escondid[oa]s?|"
        r"guardando|juntando|acumulando|escondendo) (?:\w+ ){0,3}?(?:comprimidos|remédios|remedios|"
        r"pílulas|pilulas|cápsulas|calmantes)",
        r"(?:mensagem|mensagens|texto|áudio) de despedida",
        PILLS + " " + G + r"(?:guardando|guardei|juntando|juntei|escondi|acumulei|separei)",
        r"separei (?:\w+ ){0,3}?" + PILLS + r"|(?:só )?(?:me )?falta (?:a )?coragem",
        r"cartas? de despedida|(?:escrevi|deixei|fiz|estou escrevendo) "
        + G
        + r"(?:cartas?|bilhetes?|testamento)",
        r"(?:dei|doei|estou dando|doando) " + G + r"(?:minhas coisas|meus pertences|minhas roupas|"
        r"meu cachorro|meu gato|meus livros)",
        # things given away and "I won't need them any more", with no reason given (not baby
        # clothes, school books or winter clothes after a move)
        r"(?:dei|doei|distribuí|passei|estou dando|to dando|tô dando) (?!(?:\w+ ){0,8}?(?:bebê|"
        r"neném|faculdade|escola|inverno|gravidez|mudança|porque|pois|comprei|ganhei|mudei|"
        r"formei)\b)(?:\w+ ){1,10}?n[aã]o vou (?:mais )?"
        r"precisar (?:mais|deles|delas|de nada)(?: mais)?(?= *$| mesmo *$)",
        r"(?:já )?(?:escolhi|marquei|tenho|decidi) (?:a |uma )?data",
        r"adeus a todos|adeus para sempre|me despeço de (?:todos|vocês)|minha última mensagem|"
        r"última mensagem|minha última noite",
        r"quando eu (?:não estiver mais|partir|me for)",
        r"(?:juntando|guardando|acumulando|escondendo|juntei|guardei|acumulei) " + G + PILLS,
        r"(?:desculpem|perdão|me perdoem) por tudo|obrigad[oa] por tudo[ e]*adeus",
        r"(?:comprei|consegui) (?:uma )?(?:corda|arma)\b(?! (?:\w+ ){0,2}?(?:violão|guitarra|"
        r"escalada|pular|varal|para (?:o|a)))",
    ),
    "place": (
        r"(?:estou|to|tô|sentad[oa]) (?:\w+ ){0,2}?(?:em cima d[aoe]|n[ao]|na beira d[aoe]) "
        r"(?:ponte|telhado|terraço|laje|trilhos|beirada|penhasco|prédio)",
        r"olhando (?:pra|para) baixo",
    ),
    "self_harm": (
        r"(?:me cortei|me corto|me cortando|me cortar|cortar os pulsos|me machuc\w+|me queim\w+|"
        r"me bat\w+|me ferir|me feri)\b",
        # European Portuguese puts the pronoun after the verb, "cortei-me", on purpose or again
        # ("cortei-me de propósito"); a knee hurt at football or a cut shaving stays quiet
        r"(?:cortei|corto|queimei|queimo|magoei|magoo|feri) me (?:\w+ ){0,3}?(?:de propósito|"
        r"propositadamente|outra vez|de novo|nos? (?:braços?|pulsos?|pernas?|coxas?))",
        r"automutila\w*|auto lesão|autolesão",
        r"(?:cortes|feridas|cicatrizes) (?:\w+ )?(?:n[oa]s?|em) (?:meus )?(?:braços|pulsos|pernas|"
        r"coxas)",
        r"recaí|voltei a me (?:cortar|machucar)",
    ),
    "despair": (
        r"(?:era|foi|é) minha última esperança|última (?:esperança|opção|chance) "
        + G6
        + r"(?:não funcionou|nao funcionou|falhou|não deu certo)",
        r"não (?:tem|há) mais nada (?:pra|para) tentar",
    ),
    "other": (
        r"não quer (?:mais )?(?:viver|existir|acordar)",
        # a goodbye for ever sent, then silence
        r"(?:mandou|escreveu|enviou|disse) (?:\w+ ){0,2}?adeus (?:pra|para) sempre(?: \w+){0,6}? "
        r"n[aã]o (?:responde|atende|visualiza|aparece)",
        # found out cold after mixing
        r"(?:desmaiou|apagou|desacordad[oa]|não (?:acorda|responde)|inconsciente) (?:\w+ ){0,3}?"
        r"(?:depois de|após) (?:misturar|tomar|beber|usar|cheirar) (?:\w+ ){0,4}?(?:ketamina|"
        r"cetamina|álcool|alcool|remédios|comprimidos|bebida|drogas|pó|bala)",
        # "ela falou que não aguenta mais viver", "ele disse que vai se matar"
        r"n[aã]o (?:aguenta|suporta|consegue) mais (?:viver|a vida|existir|estar aqui)",
        r"(?:falou|disse|diz|fala|contou|escreveu|mandou) (?:\w+ ){0,2}?que (?:\w+ )?(?:quer|vai) "
        r"(?:morrer|se matar|sumir para sempre|acabar com (?:tudo|a vida|a própria vida))",
        r"se trancou (?:no|na) (?:banheiro|quarto|garagem)",
        r"(?:quer|vai|tentou|pensa em) (?:se )?(?:morrer|se matar|matar se|se suicidar|"
        r"suicidar se|tirar a (?:própria )?vida)",
        r"(?:se corta|se cortou|se machuca|se machucou|se automutila)",
        r"fala (?:muito )?(?:em|de|sobre) (?:morrer|se matar|suicídio|a morte)",
        r"(?:deixou|escreveu) " + G + r"(?:carta|bilhete) de despedida|deu todas as coisas dela|"
        r"deu todas as coisas dele|se despediu de todos",
        r"(?:tomou|engoliu) (?:\w+ ){0,2}?(?:todos|todas|a cartela|o frasco|a caixa)",
    ),
    "check": (
        r"não (?:vejo|há|tem|encontro) (?:nenhuma )?saída\b(?! (?:no|na|do|da|para|em|de)\b)",
        r"(?:quero|queria|vontade de) (?:\w+ )?sumir",
        r"n[aã]o aguento mais\b(?! (?:esse|essa|este|esta|o|a|os|as|meu|minha) )",
        r"quero sumir|vontade de sumir|quero desaparecer",
        r"penso (?:muito )?(?:na morte|em morrer)",
    ),
    "distress": (
        r"(?:cansad[oa]|exaust[oa]|esgotad[oa]) de tudo|só (?:queria|quero) (?:um pouco de )?paz",
        r"não paro de chorar|arrasad[oa]|devastad[oa]|(?:morreu|faleceu)\b",
        r"(?:me sinto|me sentindo|estou|tô|to) (?:muito |tão |tao |completamente )?(?:vazi[oa]|"
        r"sozinh[oa]|"
        r"perdid[oa]|desesperad[oa]|esgotad[oa]|triste|inútil|sem esperança|sobrecarregad[oa]|"
        r"quebrad[oa]|deprimid[oa]|um lixo|um fracasso|mal)\b",
        r"(?:ataques?|crises?) de (?:pânico|ansiedade)|ansiedade",
        r"não consigo (?:dormir|respirar|parar de chorar)|choro todos os dias|nada faz sentido|"
        r"nada tem graça",
        r"(?:eu )?n[aã]o valho nada|(?:tenho|sinto) medo (?:o tempo todo|de tudo)",
        # ashamed to tell anyone what goes on at home, or to ask for help
        r"(?:sinto|tenho|morro de|sinto muita|tenho muita|sinto tanta) vergonha de (?:contar|falar|"
        r"dizer|admitir) (?:\w+ ){0,5}?(?:o que (?:acontece|aconteceu|está acontecendo|esta "
        r"acontecendo|ele faz|ela faz|passo|eu passo|vivo)|que ele me|que ela me)\b",
        r"(?:sinto|tenho) (?:muita |tanta )?vergonha de pedir ajuda",
    ),
}

"""Spanish.

Among the ``check`` kind: what the point is of going on ("para qué seguir"), not of going on
with the course or paying for the gym. Among ``distress``: shame at telling what goes on at
home ("me da vergüenza contar lo que pasa en casa").
"""

from crisis.lexicons.common import G6, G

PILLS = (
    r"(?:pastillas|píldoras|pildoras|comprimidos|pastis|medicamentos|calmantes|ampollas|"
    r"tabletas)"
)

LEXICON = {
    "fiction": (
        r"en (?:la|una|esta|esa) (?:novela|película|pelicula|serie|canción|obra)|en (?:el|un|este|"
        r"ese) (?:libro|cuento|videojuego)|(?:el|la) (?:personaje|protagonista)",
    ),
    "past": (
        r"hace (?:\w+ )?(?:años|anos)|cuando (?:era|tenía) (?:\w+ )?(?:joven|adolescente|\d+)|"
        r"en (?:19|20)\d\d",
    ),
    "recovered": (
        r"(?:hoy|ahora|ya) (?:estoy|me siento) (?:muy )?(?:bien|mejor|feliz)|lo superé|"
        r"ayudo a otros|me recuperé|"
        r"estoy recuperad[oa]",
    ),
    "later": (
        r"nos vemos|hasta (?:mañana|luego|pronto|la próxima|el lunes)|buenas noches a todos",
        # a letter for an application or a job: "escribí la carta de motivación para la beca"
        r"cartas? de (?:motivación|presentación|recomendación|solicitud|renuncia)|"
        r"(?:carta|nota) para (?:la beca|el trabajo|la universidad|la solicitud)",
    ),
    "outing": (
        r"vacaciones|vistas?|amig[oa]s|fotos?|paseo|turista|atardecer|hermos\w*|bonit\w*|"
        r"precios\w*|trabajo|obra",
    ),
    "routine": (
        r"a tiempo|como me (?:dijo|indicó|recetó|mandó)|recetad\w*|según la receta|"
        r"como (?:cada día|siempre|de costumbre|todos los días)|del día|esta mañana",
    ),
    "guard": (
        # the lethal doses learnt for an exam, a table of them in the notes
        r"(?:memorizar|memorizarme|estudiar|estudiarme|aprender|aprenderme|repasar|apuntes de|"
        r"tabla de|preguntas sobre|examen de) (?:\w+ ){0,3}?(?:dosis|cantidades) (?:letales|"
        r"tóxicas|máximas)",
        r"me (?:mató|mato|está matando|mata) (?:\w+ )?(?:ja\w*|je\w*|xd|lol)|(?:examen|clase|"
        r"trabajo|"
        r"profe|jefe|partido|entreno|gimnasio|día|semana|calor|tráfico|viaje|tarea) (?:de \w+ )?me "
        r"(?:mató|mato|está matando|va a matar)",
        r"no quiero desaparecer|desaparecer (?:de|del) (?:las |tus |su |mi )?(?:redes|instagram|"
        r"facebook|tiktok|twitter|internet|whatsapp|mapa|recuerdos|vida)",
        r"se (?:corta|cortó|ha cortado|corte) (?:\w+ )?(?:el pelo|las uñas|el flequillo|la barba|"
        r"con (?:un )?papel|el dedo|cocinando)",
        r"(?:me |se |te )?(?:muero|muere|mueres|morir|morirme|muriendo|muriéndome|muert[oa]s?|"
        r"moría|morí) (?:de|del) (?:la |el |tanta |tanto )?(?:risa|hambre|sueño|frío|calor|ganas|"
        r"vergüenza|aburrimiento|envidia|amor|pena|miedo|sed|nervios|cansancio|celos|curiosidad|"
        r"ternura|asco|emoción|alegría|felicidad|gusto|placer|ansias|sueno)",
        r"(?:me )?muero por \w+",
        r"de muerte\b|pena de muerte|a muerte\b",
        # lethal doses learnt for an exam: "tengo que memorizar todas las dosis letales"; never
        # those of one's own pills, or one's own death, after it
        r"(?:memorizar|memorizarme|memorizando|estudiar|estudiarme|estudiando|aprender|"
        r"aprenderme|aprendiendo|repasar|repasando|saberme) (?:\w+ ){0,3}?(?:dosis|cantidades) "
        r"(?:\w+ )?(?:letales|tóxicas|mortales)\b(?!(?: \w+){0,5} (?:mis|mi|para mí|yo|morir|"
        r"morirme|matarme|suicidarme)\b)",
        r"mat(?:ar|ando|o) el tiempo",
        r"me (?:mato|estoy matando|voy a matar|maté|mataba) (?:estudiando|trabajando|a estudiar|"
        r"a trabajar|en el gimnasio|entrenando|corriendo|de risa|a reír)",
        r"me (?:matan|mata|mataste|vas a matar)\b",
        r"no (?:me )?(?:quiero|quiere) (?:morir|morirme|matarme|suicidarme|hacerme daño)",
        r"nunca (?:me )?(?:suicidaría|mataría|haría daño)",
        r"no (?:estoy|soy) suicida|no tengo (?:ideas|pensamientos) suicidas",
        r"(?:reduce|reducen|reducir|disminuye|disminuir|baja|alivia|quita|elimina|riesgo de|"
        r"tasas? de|estudios? (?:sobre|de)|prevención del?|sobre el|casos de|aumenta|aumentar) "
        + G
        + r"(?:suicidio|ideas suicidas|pensamientos suicidas|ideación suicida|autolesiones|"
        r"conducta suicida|sobredosis)",
        r"me (?:corté|corte|quemé|queme) (?:el pelo|las uñas|el flequillo|la barba|cocinando|"
        # (a finger cut on purpose is no accident: "me corté el dedo a propósito otra vez")
        r"con (?:un |el )?papel|el dedo(?!(?: \w+){0,3}? (?:a propósito|adrede|de propósito))|"
        r"sin querer|la mano (?:con|cocinando)|al sol|"
        # a kitchen accident: "me quemé con la olla haciendo la cena"
        r"con (?:la|el) (?:olla|sartén|plancha|estufa|horno|aceite|vapor|cacerola|tetera)|"
        r"con agua hirviendo|haciendo la (?:cena|comida))",
        # the food burned, not the writer: "se me quemó el arroz", "se me quemaron las tostadas"
        r"se me (?:quemó|quemo|quemaron|quema|queman) (?!(?:\w+ ){0,2}?(?:brazos?|piel|"
        r"manos?|piernas?|muñecas?|dedos?|cara|cuerpo|muslos?)\b)",
        r"(?:tomé|tome|tomo) todas (?:mis|las) " + PILLS + r" (?:a tiempo|como|con la comida|"
        r"esta mañana|cada día|todos los días)",
        r"no (?:aguanto|soporto|puedo) (?:más|mas) (?:con )?(?:este|esta|el|la|los|las|tanto|"
        r"tanta) (?:calor|frío|frio|tráfico|trafico|ruido|tiempo|clima|dolor de cabeza|jefe|"
        r"vecino|vecinos|examen|exámenes|tarea|trabajo|lluvia|mosquitos|humedad)",
    ),
    "method": (
        # made to look like an accident so the family does not blame itself (not a vase, a novel)
        r"^(?!.*(?:jarron|movil|celular|coche|carro|ventana|taza|novela|historia|juego|broma))"
        r".*parezca (?:un )?accidente (?:\w+ ){0,3}?(?:para que|asi) (?:\w+ ){0,2}?(?:mi|mis) "
        r"(?:madre|mama|padre|papa|padres|familia|esposa|esposo|novia|novio|hijos) no",
        # the quickest way "that doesn't hurt", no errand named
        r"(?:forma|manera|modo) mas (?:rapida|facil|segura) (?:de hacerlo )?"
        r"(?:que no (?:me )?duela|"
        r"sin dolor)(?! (?:para|de) (?:quitar|depilar|sacar|arrancar|aprender|quitarse|depilarse))",
        r"(?:dosis|cantidad) (?:\w+ ){0,3}?(?:sería |es |son |serían |resulta )?(?:letal|mortal)",
        r"dosis (?:\w+ ){0,3}?(?:letal|mortal)",
        r"(?:dosis|cantidad) (?:\w+ )?(?:letal|mortal)",
        r"(?:letal|mortal)(?:es)? (?:\w+ ){0,3}(?:dosis|cantidad)",
        r"cu[aá]nt[oa]s? " + G6 + r"(?:para|hasta|y) (?:morir|no despertar|matar|una sobredosis|"
        r"no volver a despertar|dormir para siempre)",
        r"cu[aá]nt[oa]s? " + G6 + r"(?:es|son|sería|serían|resulta) (?:letal|mortal|fatal)",
        r"(?:forma|manera|modo|método)s? " + G + r"(?:de|para) (?:morir|matarme|suicidarme|"
        r"quitarme la vida|acabar con mi vida|no despertar)",
        r"(?:morir|matarme|suicidarme|irme) (?:\w+ )?sin (?:dolor|sufrir)",
        r"(?:forma|manera|muerte) (?:\w+ )?indolora",
        r"c[oó]mo (?:puedo |podría )?(?:matarme|suicidarme|quitarme la vida|morir rápido)",
        r"(?:desde )?qu[eé] (?:altura|piso) " + G6 + r"(?:morir|matarme|mortal|muere)",
    ),
    "overdose": (
        r"(?:acabo de |acabé de )?(?:tomarme|tragarme|beberme) (?:\w+ ){0,2}?(?:todas|todos|toda|"
        r"la caja|una caja|el frasco|un frasco|el bote|un montón|\d\d+)",
        r"(?:me )?(?:tomé|tome|he tomado|acabo de tomar|tragué|trague|he tragado|me bebí) "
        r"(?:\w+ ){0,2}?(?:todas|todos|toda|la caja|una caja|el frasco|un frasco|el bote|"
        r"un bote|el blíster|un montón|muchísimas|\d\d+)",
        r"(?:tengo|me di|me he dado|me provoqué) una sobredosis",
        r"ya me (?:las|los) (?:tomé|tome|he tomado)",
        # about to take them all: as urgent as having taken them
        r"(?:voy a|vaya a|pienso|quiero|me voy a) (?:tomar(?:me)?|tragar(?:me)?|beber(?:me)?) "
        r"(?:\w+ ){0,2}?(?:todas|todos|toda la caja|la caja entera|el frasco|el bote) "
        r"(?:\w+ )?(?:mis |las |los )?(?:pastillas|pastis|píldoras|pildoras|medicamentos|"
        r"medicinas|pastillas para dormir|ketamina|tabletas|comprimidos)",
    ),
    "intent": (
        r"pienso (?:\w+ ){0,2}?(?:en el suicidio|en suicidarme|en matarme|en morir(?:me)?)",
        r"(?:quiero|quisiera|deseo|necesito|ganas de|prefiero|solo quiero) (?:\w+ ){0,2}?"
        r"(?:morir|morirme|matarme|suicidarme|estar muert[oa]|dejar de existir|no existir|"
        r"no despertar|quitarme la vida|acabar con (?:mi vida|todo|esto))",
        r"me (?:quiero|voy a|vaya a) (?:morir|matar|suicidar|quitar la vida)",
        r"(?:voy a|pienso|pensando en|planeo|decidí|he decidido|estoy por|a punto de|intenté|"
        r"intente|quiero) (?:\w+ )?(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|"
        r"terminar con mi vida|poner fin a (?:mi vida|todo)|tirarme|lanzarme|colgarme|ahorcarme|"
        r"cortarme las venas|el suicidio)",
        r"me voy a (?:tirar|lanzar|colgar|ahorcar)",
        # "me tiro del puente" (not "me tiro a la piscina", taking the plunge)
        r"me (?:tiro|lanzo|aviento|boto) (?:del|desde el|de un|desde un|de la|desde la|al|a las|"
        r"bajo el|debajo del) (?:puente|edificio|balcón|tren|metro|vías|via|acantilado|azotea|"
        r"ventana|viaducto)",
        r"suicidarme|me suicidaré|me suicido\b",
        r"(?:tengo|con|tener|tenía) (?:\w+ )?(?:ideas|pensamientos) (?:suicidas|de muerte)",
        r"(?:ya )?no quiero (?:seguir )?(?:vivir|viviendo|existir|estar aquí|estar viv[oa]|"
        # (not "no quiero despertarlo": the baby, someone else woken)
        r"despertar(?!l[oa]s?|te|les?)|seguir aquí|seguir así)",
        r"no (?:le )?(?:veo|encuentro|tiene|tengo) (?:\w+ )?(?:sentido|razón|razones|motivos?) "
        r"(?:a |en |para )?(?:la vida|vivir|seguir)",
        r"cansad[oa] de vivir|hart[oa] de vivir|no vale la pena vivir|"
        r"la vida no vale la pena",
        r"(?:acabar|terminar) con todo|quiero que (?:todo|esto) (?:se )?(?:acabe|termine)",
    ),
    "passive": (
        r"(?:sería|seria) (?:\w+ ){0,2}?(?:mejor|más fácil|mas facil|"
        r"más sencillo) (?:\w+ ){0,2}?(?:no despertar|no estar|no existir|desaparecer|morir(?:me)?|"
        r"no seguir)",
        r"si (?:yo )?(?:no (?:existiera|estuviera|hubiera nacido)|me muriera|desapareciera)",
        r"(?:lo )?(?:más fácil|mas facil|más sencillo|mejor) (?:\w+ )?(?:sería|seria) "
        r"(?:\w+ ){0,2}?(?:no despertar|no existir|desaparecer|morir(?:me)?)"
        r"(?! (?:a|al|a la|a los|a las|a mi|a tu|a nadie)\b)",
        r"(?:ojalá|ojala|quisiera|desearía|me gustaría|rezo para|pido) (?:\w+ ){0,2}?"
        r"(?:no despertar|morirme|morir|no haber nacido|estar muert[oa]|no existir|"
        r"dormir para siempre|que me atropell|que me pase algo|desaparecer para siempre)",
        r"no despertar(?:me)? (?:nunca|más|mañana|jamás)",
        r"dormir(?:me)? y no (?:volver a )?despertar|dormir para siempre",
        r"desaparecer para siempre|dejar de existir",
        r"(?:estarían|estaría|vivirían|serían|estarán) " + G + r"mejor sin mí",
        r"mejor (?:estaría |estar )?muert[oa]|soy una carga|ser una carga",
        r"nadie (?:me )?(?:extrañaría|echaría de menos|notaría)",
        r"(?:sería|seria|estaría|estaria) (?:\w+ )?mejor si (?:yo )?(?:estuviera|estuviese|"
        r"estuviéramos) muert[oa]|mejor si (?:yo )?(?:me muriera|me muero|no existiera)",
    ),
    "prepare": (
        r"(?:elegí|escogí|decidí) (?:ya )?el día\b(?! (?:de|del|para|libre))",
        r"(?:guardad[oa]s?|juntad[oa]s?|acumulad[oa]s?|escondid[oa]s?|"
        r"ahorrad[oa]s?) (?:\w+ ){0,3}?(?:pastillas|píldoras|pildoras|comprimidos|medicamentos|"
        r"calmantes)",
        r"(?:mensaje|mensajes|texto|audio) de despedida",
        PILLS + " " + G + r"(?:guardando|guardé|juntando|junté|escondí|acumulé|acumulando|separé)",
        r"(?:solo )?me falta (?:el )?(?:valor|valentía|coraje)",
        r"cartas? de despedida",
        r"(?:escribí|dejé|deje|estoy escribiendo|he escrito|redacté|hice) "
        + G
        + r"(?:cartas?|notas?|testamento|despedida)",
        r"(?:regalé|regale|estoy regalando|he regalado|regalando|doné) "
        + G
        + r"(?:mis cosas|mi ropa|mis pertenencias|mi perro|mi gato|mis libros|todo lo que tengo)",
        r"(?:ya )?(?:elegí|escogí|tengo|decidí|puse) (?:la |una )?fecha",
        r"adiós a todos|adiós para siempre|me despido de (?:todos|ustedes|ti|vosotros)",
        r"(?:este es|es) mi último mensaje|mi última (?:noche|carta|despedida)|mi último día",
        r"cuando (?:yo )?(?:ya )?no esté|cuando me haya ido",
        r"(?:guardando|juntando|acumulando|ahorrando|guardé|junté|acumulé|escondiendo) "
        + G
        + PILLS,
        r"(?:perdónenme|perdonadme|perdón) por todo|gracias por todo (?:y )?adiós",
        r"(?:compré|conseguí) (?:una |la )?(?:cuerda|soga|pistola)\b(?! (?:\w+ ){0,2}?(?:guitarra|"
        r"violín|escalada|saltar|tender|para (?:el|la)))",
    ),
    "place": (
        r"(?:estoy|sentad[oa]|parad[oa]) (?:\w+ ){0,2}?(?:en|sobre) (?:el|la|un|una) "
        r"(?:puente|azotea|tejado|cornisa|vías|vía del tren|acantilado|borde)",
        r"mirando (?:hacia )?abajo desde",
    ),
    "self_harm": (
        r"(?:me corté|me he cortado|me corto|volví a cortarme|cortarme|me quemé|me quemo|"
        r"quemarme|me hago daño|hacerme daño|me lastimo|lastimarme|me golpeo|golpearme|"
        r"me hice daño)\b",
        r"autolesi(?:ón|ones|onarme|ono|oné)",
        r"(?:cortes|heridas|cicatrices) (?:\w+ )?(?:en|de) (?:los |mis )?(?:brazos|muñecas|"
        r"piernas|muslos)",
        r"recaí|volví a (?:cortarme|hacerme daño|lastimarme)",
    ),
    "despair": (
        r"(?:era|fue|es) mi última esperanza",
        r"última (?:esperanza|opción|oportunidad) " + G6 + r"(?:no funcionó|no sirvió|falló|"
        r"fracasó|no ha funcionado|no me funcionó)",
        r"ya no (?:me )?queda nada (?:por|que) probar",
    ),
    "other": (
        r"no quiere (?:seguir )?(?:vivir|existir|despertar)",
        r"se encerró en (?:el|su|la) (?:baño|cuarto|habitación|garaje)",
        r"(?:quiere|quería|va a|intentó|ha intentado|trató de|piensa en) (?:\w+ )?(?:morirse|"
        r"matarse|suicidarse|quitarse la vida)",
        r"se (?:quiere|va a) (?:morir|matar|suicidar)",
        r"se (?:corta|cortó|ha cortado|lastima|autolesiona|hace daño)\b",
        r"habla " + G + r"de (?:suicidarse|matarse|morir|suicidio|la muerte|quitarse la vida)",
        r"(?:se tomó|ha tomado|se ha tomado|tomó) (?:\w+ ){0,2}?(?:todas|toda|la caja|el frasco|"
        r"un montón)",
        r"(?:dejó|escribió) " + G + r"(?:carta|nota) de despedida",
        r"regaló (?:todas )?sus cosas|se despidió de (?:todos|todo el mundo)",
        r"tiene (?:ideas|pensamientos) suicidas",
        r"(?:se va a|va a|quiere|piensa) (?:\w+ )?(?:tirar|matar|suicidar|"
        r"ahorcar)(?:se)?\b(?! (?:la|el|los|las|un|una|a la) (?:basura|toalla|piscina|agua|"
        r"cama))",
    ),
    "check": (
        # no version of next week with the writer still in it (not "still here in this job")
        r"no veo (?:ninguna|una|ningun|ningún) (?:version|versión|futuro|mundo|escenario) "
        r"(?:\w+ ){0,6}?"
        r"(?:en (?:la|el) que|donde) (?:yo )?(?:siga|esté|este|estaré|sigo) (?:aquí|aqui|vivo|viva|"
        r"con vida)\b(?! (?:en|con|trabajando)\b)",
        r"no (?:veo|hay|encuentro) (?:ninguna )?salida\b(?! (?:en|de|del|por|para|a|al)\b)",
        r"no (?:aguanto|puedo|soporto) más\b(?! (?:con )?(?:este|esta|el|la|los|las|tu|su) )",
        r"ya no puedo (?:seguir|con (?:esto|mi vida|la vida))",
        r"me mato\b",
        r"(?:pienso|pensando) (?:mucho )?en (?:la muerte|morir)",
        r"quiero desaparecer|ganas de desaparecer",
        # what is the point of going on, not of going on with the course or paying ("para qué
        # seguir con el curso", "para qué seguir pagando")
        r"para (?:qué|que) seguir\b(?! (?:con|en|el|la|los|las|un|una|esto|este|esta|eso|"
        r"adelante con|(?!viviendo\b)\w+(?:ando|iendo|endo))\b)",
    ),
    "distress": (
        r"no paro de llorar|destrozad[oa]|devastad[oa]|(?:murió|falleció) (?:\w+ )?(?:ayer|hoy|"
        r"anoche|hace poco|esta semana)",
        r"me siento (?:muy |tan |totalmente |completamente )?(?:vací[oa]|sol[oa]|perdid[oa]|"
        r"desesperad[oa]|agotad[oa]|triste|fatal|inútil|sin esperanza|abrumad[oa]|rot[oa]|"
        r"una mierda|atrapad[oa]|deprimid[oa]|un fracaso)",
        r"(?:ataques?|crisis) de (?:pánico|ansiedad)",
        r"estoy (?:muy |tan )?(?:deprimid[oa]|desesperad[oa]|agotad[oa]|quemad[oa]|"
        r"angustiad[oa]|hundid[oa]|mal)\b",
        r"no puedo (?:dormir|respirar|dejar de llorar)|lloro (?:todos los días|todo el día)",
        r"no valgo nada|tengo miedo (?:todo el tiempo|de todo|siempre)|no sirvo para nada"
        r"(?! (?:en|con|para) (?:la cocina|el fútbol|los deportes|matemáticas|dibujar|cocinar))",
        r"nada tiene sentido|no tengo esperanza|sin esperanza|ansiedad|me ahogo",
        # ashamed to tell anyone what goes on at home
        r"(?:me da|siento|tengo|me muero de) (?:mucha |tanta )?(?:vergüenza|verguenza) (?:de |"
        r")?(?:contar|decir|hablar|admitir) (?:\w+ ){0,5}?(?:lo que (?:pasa|pasó|paso|está "
        r"pasando|me hace|vivo)|que me (?:pega|grita|insulta|trata))\b",
        r"lloro (?:por todo|todo el tiempo|cada día|cada noche|sin parar)|no paro de llorar",
    ),
}

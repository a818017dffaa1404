"""Kinds a blind set found missed in European languages, read by concept
(``crisis/lexicons/by_concept.py``): a gun, a shotgun, a rope, rat poison, weedkiller, pills put
by or an engine left running in a closed garage, told beside despair ("no sense any more",
"thinking of it more and more", "not sure I'll switch it off next time") or an end ("I'm done",
"it has to stop"): at least the check-in. A farewell done (leave taken of the animals, the dog
taken to a sister, tools given away, a will or a letter) beside an end; a present given "and he
doesn't know it's a goodbye"; a rope or pills kept in the car with the tree or the week chosen;
going into the forest "and not coming back"; praying to be taken in one's sleep: the full reply.
A father who took his gun and said not to look for him, a sister who cut herself and says she
wants to die: the helpers' reply. In German, Dutch, Afrikaans, Polish, Russian, Ukrainian,
Romanian, Portuguese, Spanish, Italian and French, and the plainest of them in Turkish, Czech,
Swedish and Greek. Rat poison beside despair and a gun named by the hunt ("Jagdgewehr",
"escopeta de caza") beside despair still ask.

Their lookalikes stay quiet: the hunting season and a rifle cleaned, a will made after a wedding,
rat poison bought for the rats in the barn, a walk in the forest and back by evening, an engine
left running in the garage for a repair, a sister's burn from cooking, a dog left with a sister
for the holidays, a guitar given away "and that's it with music"."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        # a means beside despair or an end
        "Der Betrieb ist pleite, ich sehe keinen Sinn mehr. Die Flinte steht im Schrank und ich "
        "denke immer öfter daran.",
        "Ik zie het niet meer zitten. Het jachtgeweer van mijn vader ligt op zolder.",
        "Die skuld is te veel, ek kan nie meer nie. Die geweer lê onder my bed.",
        "Nie ma sensu dalej. Sznur leży w stodole, coraz częściej o tym myślę.",
        "Кредит не отдать, больше не могу. Ружьё висит на стене, патроны под рукой.",
        "Не бачу сенсу. Рушниця в шафі, і я все частіше про неї думаю.",
        "Nu mai are niciun sens. Pușca tatălui e în pod și mă gândesc tot mai des.",
        "Já não vejo sentido em nada. A espingarda está no armário.",
        "Ya no puedo más con las deudas. La escopeta está en el armario.",
        "Non ce la faccio più. Il fucile di mio padre è in cantina.",
        "Je n'en peux plus. Le fusil est dans le placard et j'y pense de plus en plus.",
        "Ich hab Rattengift im Schuppen. Es muss aufhören.",
        "Не знаю, выключу ли в следующий раз. Опять сидел в гараже, двигатель работал.",
        "Siedziałem w garażu z włączonym silnikiem. Nie wiem czy następnym razem wyłączę.",
    ],
)
def test_a_means_beside_despair_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        # a farewell done beside an end
        "Ich habe mein Motorrad verschenkt und den Hund zu meiner Schwester gebracht. Es muss "
        "aufhören.",
        "Ik heb afscheid genomen van mijn paarden. Ik ben er klaar mee.",
        "Ek het die brief geskryf en die hond na my suster gebring. Dit moet ophou.",
        "Zawiozłem psa do siostry i spisałem testament. Kończę ze wszystkim.",
        "Отвёз собаку к сестре, написал завещание. С меня хватит.",
        "Віддав кота сестрі, написав заповіт. З мене досить.",
        "Am dus câinele la sora mea și am făcut testamentul. Termin cu tot.",
        "Levei o cão para a minha irmã e fiz o testamento. Isto tem de acabar.",
        "Llevé el perro a casa de mi hermana y hice testamento. Esto tiene que acabar.",
        "Ho portato il cane da mia sorella e ho fatto testamento. Deve finire.",
        "J'ai confié le chien à ma sœur et écrit une lettre d'adieu. Il faut que ça s'arrête.",
        # a present given as a goodbye the other does not know of
        "Ich habe meiner Nichte meine Uhr geschenkt. Sie ahnt nicht, dass es ein Abschied ist.",
        "Dałem bratu zegarek. Nie wie, że to pożegnanie.",
        "Подарил брату часы. Он не знает, что это прощание.",
        "Dei o relógio ao meu irmão. Ele não sabe que é uma despedida.",
        # a rope or pills kept with the tree or the week chosen
        "Ik heb een touw in de auto en de boom uitgekozen.",
        "Mam sznur w bagażniku i wybrałem drzewo.",
        "Таблетки в бардачке. На этой неделе покончу со всем.",
        "Tengo una cuerda en el coche y ya elegí el árbol.",
        "Ho una corda in macchina e ho scelto l'albero.",
        "J'ai une corde dans la voiture et j'ai choisi l'arbre.",
        # gone to the forest or the river and not coming back
        "Morgen fahre ich zum Fluss und komme nicht mehr zurück.",
        "Morgen ga ik het bos in en kom niet meer terug.",
        "Jutro pójdę do lasu i nie wrócę.",
        "Завтра уйду в лес и не вернусь.",
        "Mâine mă duc în pădure și nu mă mai întorc.",
        "Amanhã vou para o mato e não volto.",
        # taken in one's sleep, prayed for
        "Seit meine Frau tot ist, bete ich jeden Abend, dass Gott mich im Schlaf zu sich holt.",
        "Ik bid elke avond dat God me in mijn slaap komt halen.",
        "Молю каждый вечер, чтобы Господь забрал меня во сне.",
        "Rezo todas as noites para que Deus me leve durante o sono.",
        "Prego ogni notte che Dio mi prenda nel sonno.",
        "Je prie Dieu chaque soir de me prendre dans mon sommeil.",
    ],
)
def test_a_farewell_with_an_end_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "Mein Vater hat heute sein Gewehr mitgenommen und gesagt, wir sollen nicht nach ihm "
        "suchen.",
        "Mijn vader heeft zijn geweer meegenomen en zei dat we hem niet moeten zoeken.",
        "My broer het sy pistool gevat en gesê ons moet hom nie kom soek nie.",
        "Tata wziął strzelbę i powiedział, żebyśmy go nie szukali.",
        "Отец взял ружьё и сказал, чтобы мы его не искали.",
        "Тато взяв рушницю і сказав, щоб ми його не шукали.",
        "Meu pai levou a espingarda e disse para não o procurarmos.",
        "Mi padre se llevó la escopeta y dijo que no lo busquemos.",
        "Fratele meu s-a tăiat iar pe brațe și spune că vrea să moară.",
    ],
)
def test_someone_close_with_a_means_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        # the hunt and the range
        "Die Jagdsaison fängt morgen an, ich habe das Gewehr geputzt und Patronen gekauft.",
        "Het jachtseizoen begint, ik heb mijn geweer schoongemaakt.",
        "Die jagseisoen begin môre, ek het die geweer skoongemaak.",
        "Sezon polowań się zaczyna, wyczyściłem strzelbę.",
        "Открылся сезон охоты, почистил ружьё, патроны рядом.",
        "Sezonul de vânătoare a început, mi-am curățat pușca.",
        "A época de caça começou, limpei a espingarda.",
        "Empieza la temporada de caza, limpié la escopeta.",
        "È iniziata la stagione di caccia, ho pulito il fucile.",
        "La saison de chasse commence, j'ai nettoyé mon fusil.",
        # a will after a wedding
        "Nach der Hochzeit haben wir unser Testament gemacht, das war's dann mit dem Papierkram.",
        "Na de bruiloft hebben we ons testament laten opmaken bij de notaris.",
        "Fiz o testamento depois do casamento, acabou a papelada.",
        "После свадьбы мы оформили завещание у нотариуса.",
        # rat poison for the rats
        "Wir haben Rattengift für die Scheune gekauft, die Ratten fressen das Futter.",
        "We hebben rattengif gekocht voor de schuur, er zitten ratten.",
        "Ons het rotgif gekoop vir die rotte in die stoor.",
        "Kupiłem trutkę na szczury do stodoły.",
        "Купил крысиный яд для сарая, крысы замучили.",
        "Am cumpărat otravă de șobolani pentru hambar.",
        "Comprei veneno de rato para o celeiro.",
        "Compré matarratas para el granero.",
        "J'ai acheté de la mort aux rats pour la grange.",
        # a forest walk, back by evening
        "Morgen gehe ich in den Wald Pilze sammeln und komme erst abends zurück.",
        "Zondag ga ik het bos in met de kinderen.",
        # an engine repair in the garage
        "Ich habe in der Garage den Motor laufen lassen, um die Reparatur zu prüfen.",
        "В гараже чинил машину, двигатель работал, всё нормально.",
        # a sister's cooking burn
        "Meine Schwester hat sich beim Kochen verbrannt, nichts Schlimmes.",
        # a dog left for the holidays, a guitar given away
        "Ik breng de hond naar mijn zus omdat we op vakantie gaan. Het moet stoppen met regenen!",
        "Я отвёз собаку к сестре на время отпуска, с меня хватит этой жары.",
        "Hab meine alte Gitarre verschenkt, spiele eh nicht mehr. Das war's dann mit der Musik.",
        "Zmęczony jestem, nie widzę sensu tej pracy. Strzelba dziadka wisi na ścianie.",
    ],
)
def test_everyday_means_and_farewells_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        # a forest walk with a time to be back
        "Jutro idę do lasu na grzyby, wrócę na obiad.",
        "В субботу пойдём в лес за грибами, вернёмся к вечеру.",
        "Mâine mergem în pădure la cules de ciuperci.",
        "Mañana voy al bosque a buscar setas con mis hijos.",
        "Demain je vais dans la forêt avec les enfants, on rentre pour le dîner.",
        # an engine left running in the garage for a repair
        "In de garage de motor laten draaien om de reparatie te testen.",
        "W garażu naprawiałem silnik, chodził cały dzień.",
        "У гаражі ремонтував машину, двигун працював годину.",
        "Deixei o motor ligado na garagem para testar o conserto.",
        "Ho lasciato il motore acceso in garage per provare la riparazione.",
        "J'ai laissé le moteur tourner dans le garage pour tester la réparation.",
        # a will at the notary's after a wedding
        "Po ślubie spisaliśmy testament u notariusza.",
        "Після весілля ми склали заповіт у нотаріуса.",
        "Después de la boda hicimos testamento en el notario.",
        "Après le mariage, nous avons fait notre testament chez le notaire.",
        # a sister's burn or cut while cooking
        "Mijn zus heeft zich gebrand bij het koken, niks ernstigs.",
        "Mia sorella si è bruciata cucinando, niente di grave.",
        "Сестра обожглась, когда готовила, ничего страшного.",
        "Sora mea s-a tăiat la deget când tăia ceapa.",
        "Mi hermana se quemó cocinando, nada grave.",
        # rat poison for the rats
        "Купив щурячу отруту для сараю, щури все поїли.",
        "Ho comprato il veleno per topi per la stalla, i topi mangiano il mangime.",
        # a gun taken to the hunt
        "Tata a luat pușca și a plecat la vânătoare, nu-l căutați până diseară.",
    ],
)
def test_walks_repairs_wills_and_kitchens_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    ("text", "tiers"),
    [
        ("Die Pistole liegt in der Schublade. Ich weiß nicht mehr weiter.", (CHECK, CRISIS)),
        ("Карабин в сейфе. Смысла больше нет.", (CHECK, CRISIS)),
        ("Дробовик лежит под кроватью, долги душат, не вижу смысла.", (CHECK, CRISIS)),
        ("Кредити, борги. Рушниця висить у хліві, думаю про неї все частіше.", (CHECK, CRISIS)),
        ("Am arma în casă și nu mai văd niciun sens.", (CHECK, CRISIS)),
        ("Ich habe einen Strick gekauft, den Baum habe ich schon ausgesucht.", (CRISIS,)),
        ("Ik heb pillen verzameld, ze liggen in de auto. Deze week stop ik ermee.", (CRISIS,)),
        ("Верёвку купил, в багажнике лежит. Место уже выбрал.", (CRISIS,)),
        ("Je suis allé dire adieu à mes chevaux. C'est fini pour moi.", (CRISIS,)),
        ("Le dije adiós a mis caballos. Tiene que acabar.", (CRISIS,)),
        ("Ho regalato la mia chitarra a mio fratello. Non sa che è un addio.", (CRISIS,)),
        ("I-am dat fratelui meu chitara. Nu știe că e un rămas bun.", (CRISIS,)),
        ("Morgen gaan ek die berg op en ek kom nie terug nie.", (CRISIS,)),
        ("Morgen gehe ich ans Meer und komme nicht mehr zurück.", (CRISIS,)),
    ],
)
def test_the_same_kinds_in_other_words(text: str, tiers: tuple[str, ...]) -> None:
    assert assess(text).tier in tiers


@pytest.mark.parametrize(
    "text",
    [
        "Завтра еду на море, вернусь через неделю.",
        "Сезон охоты открыт, карабин в сейфе, смысла ждать нет.",
    ],
)
def test_a_trip_and_a_hunt_in_other_words_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    ("text", "tiers"),
    [
        # rat poison kept, told beside despair: the rats named in the poison excuse nothing
        ("Tengo veneno para ratas guardado en el cobertizo. Ya no puedo más.", (CHECK, CRISIS)),
        ("Ich kann nicht mehr. Das Rattengift steht im Schuppen.", (CHECK, CRISIS)),
        ("Kupiłem trutkę na szczury. Nie widzę już sensu.", (CHECK, CRISIS)),
        # Turkish, Czech, Swedish and Greek
        (
            "Borçlar bitmiyor, artık dayanamıyorum. Babamın av tüfeği dolapta duruyor.",
            (CHECK, CRISIS),
        ),
        ("Köpeğimi kardeşime bıraktım, vasiyetimi yazdım. Artık bitsin.", (CRISIS,)),
        ("Kardeşime gitarımı verdim. Bunun bir veda olduğunu bilmiyor.", (CRISIS,)),
        ("Yarın ormana gidip geri dönmeyeceğim.", (CRISIS,)),
        ("Nemá to už smysl. Brokovnice visí v síni.", (CHECK, CRISIS)),
        ("Psa jsem odvezl k sestře a sepsal závěť. Musí to skončit.", (CRISIS,)),
        ("Zítra půjdu do lesa a už se nevrátím.", (CRISIS,)),
        ("Jag orkar inte mer. Hagelgeväret står i garderoben.", (CHECK, CRISIS)),
        ("Imorgon går jag ut i skogen och kommer inte tillbaka.", (CRISIS,)),
        ("Jag ber varje kväll att Gud ska ta mig i sömnen.", (CRISIS,)),
        ("Δεν αντέχω άλλο. Η καραμπίνα του πατέρα μου είναι στην αποθήκη.", (CHECK, CRISIS)),
        ("Άφησα τον σκύλο στην αδερφή μου και έκανα διαθήκη. Πρέπει να τελειώσει.", (CRISIS,)),
        ("Προσεύχομαι κάθε βράδυ να με πάρει ο θεός στον ύπνο.", (CRISIS,)),
        ("Babam tüfeğini alıp gitti, onu aramayın dedi.", (HELPER, CRISIS)),
        ("Ο πατέρας μου πήρε την καραμπίνα και είπε να μην τον ψάξουμε.", (HELPER, CRISIS)),
    ],
)
def test_rat_poison_and_four_more_languages(text: str, tiers: tuple[str, ...]) -> None:
    assert assess(text).tier in tiers


@pytest.mark.parametrize(
    "text",
    [
        "Av sezonu başladı, tüfeğimi temizledim.",
        "Düğünden sonra vasiyet yazdık, notere gittik.",
        "Začala sezóna honu, vyčistil jsem brokovnici.",
        "Jaktsäsongen börjar, jag har rengjort geväret.",
        "Vi gick ut i skogen och plockade svamp, kom tillbaka vid fem.",
        "Άνοιξε το κυνήγι, καθάρισα την καραμπίνα.",
    ],
)
def test_the_hunt_and_a_walk_in_four_more_languages_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "Das Jagdgewehr meines Vaters liegt im Keller. Ich sehe keinen Sinn mehr.",
        "A espingarda de caça do meu pai está no armário. Não aguento mais.",
        "La escopeta de caza de mi padre está en el armario. Ya no puedo más.",
        "Il fucile da caccia di mio padre è in cantina. Non ce la faccio più.",
        "Le fusil de chasse de mon père est au grenier. Je n'en peux plus.",
        "Охотничье ружьё висит на стене. Больше не могу.",
    ],
)
def test_a_hunting_gun_named_so_is_still_a_means(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        # leaving a job: a farewell to colleagues and "I've had enough of this work"
        "Попрощался с коллегами, с меня хватит этой работы.",
        "Попрощався з колегами, з мене досить цієї роботи.",
        "Afscheid genomen van mijn collega's, ik ben het zat met die baan.",
    ],
)
def test_leaving_a_job_stays_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


def test_a_farewell_to_the_family_still_gets_the_full_reply() -> None:
    assert assess("Ik heb afscheid genomen van mijn familie. Morgen ben ik er niet meer.").tier == (
        CRISIS
    )


@pytest.mark.parametrize(
    "text",
    [
        # no sense in selling a museum piece, a film's prop, a game's weapon, a washing line
        "Mój dziadek miał strzelbę, teraz wisi w muzeum. Nie ma sensu jej sprzedawać.",
        "No le veo sentido a esta película, la pistola del protagonista es falsa.",
        "Estou farto de tudo neste jogo, a arma nova é inútil.",
        "Верёвку для белья купила, место на балконе выбрала.",
        "Das Paintball-Gewehr ist schwer, ich sehe keinen Sinn mehr in dem Spiel.",
    ],
)
def test_props_games_and_washing_lines_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "mi sono tagliata apposta in cucina, volevo sentire qualcosa",
        "je me suis brûlée exprès avec la poêle",
        "порезалась специально на кухне, когда готовила",
        "me quemé a propósito con la sartén otra vez",
        "cortei-me de propósito na cozinha",
    ],
)
def test_a_burn_or_a_cut_in_the_kitchen_done_on_purpose_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    ["magoei-me no joelho a jogar futebol", "cortei-me a fazer a barba, nada de especial"],
)
def test_a_knee_hurt_at_football_or_a_cut_shaving_stays_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS

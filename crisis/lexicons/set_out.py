"""Means set out and a decision with its hour, told in the ways the larger lexicons did not yet
read: the full reply (``prepare``).

- Pills laid out before the writer, who sits looking at them (Russian, Ukrainian, Spanish,
  Portuguese, Polish): "купил таблетки, лежат на столе. сижу и смотрю на них уже час". Pills
  looked at for their price, their leaflet or their date stay quiet.
- A decision with its hour and the pills already out: "я решила, сегодня ночью. таблетки уже на
  столе" (Russian, Ukrainian).
- A decision with its day, chosen for when the family is away: "ya lo tengo decidido, el viernes
  cuando mi mamá se vaya a trabajar lo hago" (Spanish, Portuguese). A party, a surprise or a
  cleaning planned for that day is the lookalike.
- Everything planned for tonight, with one's things put away or thanks for all (French,
  Spanish, Portuguese): "j'ai tout prévu pour ce soir. mes affaires sont rangées". A trip, a
  move, a dinner or a party planned stays quiet.
- Urdu: sleeping pills gathered, and the thought of taking them all tonight ("نیند کی گولیاں جمع
  ہیں، سوچ رہی ہوں آج رات سب لے لوں").

Written folded (see ``crisis.lexicons``); pure.
"""

from crisis.lexicons import es, pl, ru

_PILLS_UK = r"(?:таблетк\w*|пігулк\w*|ліки|снодійн\w*)"
# Looked at for the price, the leaflet, the date or the dose the doctor gave: not set out.
_NOT_LEAFLET = (
    r"(?!.*(?:цен\w*|цін\w*|инструкци\w*|інструкці\w*|срок\w*|термін\w*|врач\w*|лікар\w*|"
    r"precio|prospecto|caducidad|médico|preço|bula|validade|cena|ulotk\w*|ważnoś\w*|lekarz\w*))"
)
_PILLS_ES_PT = r"(?:" + es.PILLS + r"|pastilhas|remédios|remedios|pílulas)"
# Time spent looking: an hour, half an hour, all evening, a long while.
_A_WHILE = (
    r"(?:уже )?(?:час|полчаса|пол часа|два часа|весь вечер|всю ночь|долго|давно|годину|"
    r"півгодини|цілий вечір|\d+ минут\w*|\d+ хвилин\w*)"
)
# A party, a surprise, a cleaning, a move or (in French) a trip planned: not an end. The family
# away on a trip is the window chosen, so a trip does not excuse the Spanish "lo hago".
_NOT_ERRAND = (
    r"(?!.*(?:fiesta|sorpresa|limpi\w*|mudanza|examen|cumple\w*|pastel|torta|"
    r"festa|surpresa|mudança|prova|bolo|faxina|fête|surprise|déménag\w*|voyage|"
    r"vacances|valise\w*|dîner|diner|repas|anniversaire|soirée|examen|concert|rendez vous))"
)

LEXICON = {
    "prepare": (
        # pills out, and the writer sitting looking at them for a while
        r"(?:" + ru.PILLS + "|" + _PILLS_UK + r") " + _NOT_LEAFLET + r"(?:[^ ]+ ){0,8}?"
        r"(?:сижу (?:и )?(?:смотрю|гляжу)|сиджу (?:і )?(?:дивлюся|дивлюсь)|(?:смотрю|гляжу|"
        r"дивлюся|дивлюсь) на (?:них| них уже|неї|нее|таблетки|пігулки)) (?:[^ ]+ )?" + _A_WHILE,
        # ...or looking at them first, then where they lie
        r"(?:сижу (?:и )?)?(?:смотрю|гляжу) на (?:"
        + ru.PILLS
        + r") "
        + _NOT_LEAFLET
        + r"(?:[^ ]+ )?"
        + _A_WHILE,
        _PILLS_ES_PT + r" " + _NOT_LEAFLET + r"(?:[^ ]+ ){0,8}?(?:llevo|estoy|sigo|fico|estou) "
        r"(?:[^ ]+ ){0,3}?(?:mirándolas|mirandolas|mirando|olhando|olhando para elas)",
        pl.PILLS + r" " + _NOT_LEAFLET + r"(?:[^ ]+ ){0,8}?(?:siedzę i |siedze i )?(?:patrzę|"
        r"patrze|gapię się|gapie sie) na (?:nie|te tabletki|tabletki) (?:[^ ]+ )?(?:od|już) "
        r"(?:godziny|godzinę|pół godziny|dawna|\d+ minut)",
        # decided, tonight, and the pills already out
        r"(?:я )?(?:решил|решила|вирішив|вирішила)(?: всё| все| усе)? (?:[^ ]+ )?(?:сегодня|этой|"
        r"сьогодні|цієї|завтра) (?:[^ ]+ ){0,10}?(?:" + ru.PILLS + "|" + _PILLS_UK + r"|верёвк\w*|"
        r"веревк\w*|мотузк\w*) (?:уже |вже )?(?:на столе|на столі|готов\w*|приготовлен\w*|"
        r"лежат|лежать|разложен\w*|рядом|поруч)",
        # decided, a day, when the family is away: "lo hago"
        r"(?:ya )?(?:lo )?(?:tengo decidido|decidí|decidi|está decidido|esta decidido|já decidi|"
        r"ja decidi|tá decidido|ta decidido|está decidido) " + _NOT_ERRAND + r"(?:[^ ]+ ){0,4}?"
        r"(?:cuando|mientras|quando|enquanto) (?:[^ ]+ ){0,3}?(?:se vaya|se vayan|no esté|no estén|"
        r"duerma|duerman|salga|salgan|sair|saírem|sairem|dormir|dormirem|não estiver|nao estiver) "
        r"(?:[^ ]+ ){0,4}?(?:lo hago|lo haré|lo voy a hacer|eu faço|eu faco|faço|vou fazer)",
        # everything planned for tonight, and things put away or thanks for all
        r"(?:jai|j ai|tengo|já|ja) (?:tout|todo|tudo) (?:prevu|prévu|planifié|organisé|preparé|"
        r"planeado|preparado|planejado|organizado) (?:para|pour|pra) (?:ce soir|cette nuit|esta "
        r"noche|hoy|hoje|hoje à noite|esta noite) " + _NOT_ERRAND + r"(?=.*(?:mes affaires sont "
        r"rangées|j ai rangé mes affaires|jai rangé mes affaires|tout est rangé|merci pour (?:tout|"
        r"les cours)|adieu|mis cosas (?:están )?(?:ordenadas|en orden|guardadas)|gracias por "
        r"todo|minhas coisas (?:estão )?(?:arrumadas|organizadas)|obrigad[oa] por tudo))",
        # Urdu: pills gathered, all of them tonight
        r"(?:نیند کی )?(?:گولیاں|گولیوں|دوائیاں) (?:[^ ]+ )?جمع (?:[^ ]+ ){0,8}?(?:آج رات|آج) "
        r"(?:[^ ]+ )?(?:سب|ساری|تمام) (?:[^ ]+ )?(?:لے|کھا) (?:لوں|لو|لیں)",
    ),
}

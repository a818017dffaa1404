"""A method asked by its sure end: which floor or what height is sure to kill ("dari lantai berapa
pasti mati", "de que andar é garantido"), and a dose to fall asleep and not come back ("quanta
insulina pra entrar em coma e não voltar", "berapa banyak insulin biar koma dan nggak bangun"):
the full reply, in Indonesian and Malay, Tagalog, Portuguese, Spanish, Italian, French, German,
Polish, Turkish and Vietnamese. The lexicons read the height beside a wish, and the dose beside
"die".

A floor asked for a flat, an office or a view, and a coma told of a patient in a case or a
class, stay quiet. Written folded (see ``crisis.lexicons``); pure.
"""

# A flat, an office, a view or a lift anywhere in the message: a floor for living or work.
_NOT_A_FALL = (
    r"(?!.*\b(?:apartemen|kantor|kos|unit|pemandangan|lift|sewa|apartamento|apartamento\w*|"
    r"escritório|oficina|vista|elevador|ascensor|alquiler|aluguel|appartamento|ufficio|"
    r"ascensore|appartement|bureau|ascenseur|wohnung|büro|aufzug|mieszkanie|biuro|winda|daire|"
    r"ofis|asansör|căn hộ|văn phòng|thang máy|condo|opisina|elevator)\b)"
)
# A patient, a case or a class: a coma asked of someone in one's care or studies.
_NOT_A_CASE = (
    r"(?!.*\b(?:paciente|pasien|pasyente|patient\w*|caso|kasus|kaso|aula|clase|kuliah|klase|"
    r"prova|examen|ujian|exam|cours|vorlesung|zajęcia|ders|hasta|bệnh nhân|ca bệnh|cão|gato|"
    r"kucing|anjing|perro|hund|chien)\b)"
)

_SURE_HEIGHT = (
    # Indonesian and Malay, Tagalog
    r"(?:dari )?lantai (?:berapa|brp|berape) (?:\w+ )?(?:pasti|langsung|dijamin|biar) "
    r"(?:mati|meninggal|tewas|nggak selamat|tak selamat)",
    r"(?:ketinggian|tinggi) (?:berapa|brp) (?:\w+ )?(?:pasti|langsung|dijamin) (?:mati|meninggal)",
    r"(?:anong|ilang|saang) (?:palapag|floor) (?:\w+ ){0,2}?(?:siguradong|sigurado|tiyak) "
    r"(?:na |ng )?(?:patay|mamamatay|mamatay)",
    # Portuguese, Spanish, Italian, French, German, Polish
    r"(?:de )?(?:que|qual) (?:andar|altura) (?:\w+ ){0,2}?(?:é )?(?:garantido|certeza|fatal|"
    r"mata|morre)",
    r"(?:desde |de )?(?:qué|cuál) (?:piso|altura) (?:\w+ ){0,2}?(?:es )?(?:seguro|garantizado|"
    r"fatal|mata|te mueres|uno se muere)",
    r"(?:da )?(?:che|quale) (?:piano|altezza) (?:\w+ ){0,2}?(?:è )?(?:sicuro|garantito|fatale|"
    r"si muore)",
    r"(?:à partir de |de )?(?:quel|quelle) (?:étage|hauteur) (?:\w+ ){0,2}?(?:cest |c est )?(?:sûr|"
    r"mortel|fatal|garanti|on meurt)",
    r"(?:ab )?(?:welchem|welcher) (?:stockwerk|stock|etage|höhe) (?:\w+ ){0,2}?(?:sicher|"
    r"garantiert|tödlich|tot)",
    r"(?:z )?(?:którego|jakiego) (?:piętra|wysokości) (?:\w+ ){0,2}?(?:na pewno|na 100|"
    r"śmiertelnie|się zginie|giniesz)",
    # Turkish, Vietnamese
    r"(?:kaçıncı kattan|kaç metreden|hangi kattan) (?:\w+ ){0,2}?(?:kesin|garanti) (?:ölünür|"
    r"ölür|ölürüm|ölüm)",
    # (not "chắc chắn chết": folded, its last words read as "chán chết", bored stiff)
    r"(?:tầng|độ cao) (?:mấy|bao nhiêu) (?:\w+ ){0,3}?(?:chết chắc|chắc chết|thì chết|là chết|"
    r"sẽ chết|mới chết)",
)
_NO_RETURN = (
    # a dose, to fall into a coma and not come back or not wake
    r"(?:quanta|quantas|quanto) (?:\w+ ){0,3}?(?:pra|para) (?:\w+ ){0,3}?(?:coma|dormir) "
    r"(?:\w+ ){0,2}?(?:e )?(?:não|nao) (?:voltar|acordar|acordar mais|sair)",
    r"(?:cuánta|cuántas|cuánto) (?:\w+ ){0,3}?para (?:\w+ ){0,3}?(?:coma|dormir) (?:\w+ ){0,3}?"
    r"(?:no (?:volver|despertar|salir)|del que no (?:se )?(?:despierta|sale|vuelve))",
    r"(?:berapa|brp) (?:\w+ ){0,4}?(?:biar|supaya|sampai|buat) (?:\w+ ){0,2}?koma (?:\w+ ){0,2}?"
    r"(?:dan |terus )?(?:nggak|gak|ga|tidak|tak) (?:bangun|sadar) (?:lagi)?",
    r"(?:ilang|gaano karami(?:ng)?) (?:\w+ ){0,4}?(?:para|hanggang) (?:\w+ ){0,2}?(?:ma ?coma|"
    r"makatulog) (?:\w+ ){0,2}?(?:at )?(?:hindi|di) na (?:magising|gigising)",
    r"(?:quanta|quante|quanto) (?:\w+ ){0,3}?per (?:\w+ ){0,3}?(?:coma|dormire) (?:\w+ ){0,2}?"
    r"(?:e )?(?:non|senza) (?:svegliarsi|risvegliarsi|tornare|uscirne)",
    r"(?:combien) (?:\w+ ){0,4}?pour (?:\w+ ){0,3}?(?:coma|dormir) (?:\w+ ){0,2}?(?:et )?(?:ne "
    r"plus|ne jamais|sans) (?:\w+ )?(?:réveiller|revenir|en sortir)",
    r"(?:wie viel|wieviel) (?:\w+ ){0,4}?(?:um|damit) (?:\w+ ){0,3}?(?:koma|einzuschlafen) "
    r"(?:\w+ ){0,3}?(?:nicht mehr|nie mehr|nie wieder) (?:aufzuwachen|aufwachen|aufwache)",
)

LEXICON = {
    "method": (
        "^(?:(?=.*(?:"
        + "|".join(_SURE_HEIGHT)
        + "))"
        + _NOT_A_FALL
        + "|(?=.*(?:"
        + "|".join(_NO_RETURN)
        + "))"
        + _NOT_A_CASE
        + ")",
    ),
}

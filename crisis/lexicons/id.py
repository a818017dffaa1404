"""Indonesian (and Malay, which shares most of these words)."""

from crisis.lexicons.common import G

PILLS = r"(?:obat|pil|tablet|kapsul)"

LEXICON = {
    "fiction": (r"di (?:film|novel|sinetron|buku)|tokoh (?:utama|dalam)",),
    "past": (
        r"(?:bertahun tahun|beberapa tahun|\w+ tahun) (?:yang )?lalu|waktu (?:aku|"
        r"saya) (?:masih )?(?:remaja|sma|kecil)",
        r"waktu (?:masih )?(?:kuliah|sekolah|smp|sma|kecil|remaja)|dulu (?:pernah|waktu)",
    ),
    "recovered": (
        r"(?:sekarang|kini) (?:aku|saya) (?:sudah |udah )?(?:jauh |jauh jauh )?(?:baik|"
        r"lebih baik|pulih)",
        r"(?:sekarang|kini) (?:sudah|udah) (?:pulih|sembuh|baik baik saja|bahagia)",
    ),
    "later": (r"sampai (?:jumpa|besok|nanti)|selamat malam semua",),
    "outing": (r"liburan|foto|pemandangan|indah|jalan jalan|teman teman|kerja",),
    "routine": (r"sesuai resep|seperti biasa|dari dokter|tadi pagi",),
    "guard": (
        # tired of living in a place, not of living: "bosan hidup di kota"
        r"(?:bosan|jenuh) hidup di (?:kota|desa|sini|jakarta|kampung|apartemen|kos|kosan)",
        r"(?:mau |pengen |ingin )?mati (?:\w+ ){0,2}?(?:saking|karena malu|malu|wkwk\w*|haha\w*)|"
        r"saking \w+",
        r"mati (?:gaya|lampu|listrik|kutu|kelaparan karena|ketawa|bosan|penasaran)|"
        r"(?:ketawa|ngakak|tertawa|lucu banget) (?:\w+ )?(?:sampai|sampe) "
        r"(?:mau |pengen |hampir )?mati|"
        r"mati (?:aku|gue) "
        r"(?:kalau|kalo|ketahuan)|hukuman mati|saking (?:laparnya|bosannya)",
        r"(?:tidak|nggak|gak|ga|enggak) (?:ingin|mau|pengen) mati",
        # a day's load measured in dying, as "worked to death": "lembur sampai mau mati rasanya"
        r"(?:lembur|kerja|bekerja|tugas|kuliah|belajar|macet|lapar|ngantuk|antre|antri|deadline|"
        r"skripsi|rapat|olahraga|lari|nge gym|panas|gerah) (?:\w+ ){0,3}?(?:sampai|sampe) "
        r"(?:mau |hampir |serasa )?mati(?: rasanya)?",
        r"(?:mengurangi|menurunkan|risiko|angka|tingkat|penelitian|studi|pencegahan|kasus) "
        + G
        + r"(?:bunuh diri|melukai diri|overdosis)",
    ),
    "method": (
        # which medicine kills fastest taken in quantity: "obat apa yang paling cepat bikin mati"
        PILLS + r" (?:apa|mana) (?:\w+ ){0,4}?(?:bikin|bisa|membuat|buat) (?:\w+ )?mati\b",
        r"(?:bikin|membuat) mati (?:\w+ ){0,2}?(?:kalau|kalo|jika|bila) (?:\w+ ){0,2}?(?:diminum|"
        r"ditelan|diminum banyak|minum banyak)",
        r"(?:dosis|takaran) (?:\w+ ){0,3}?(?:mematikan|letal|fatal)",
        r"(?:dosis|takaran) (?:\w+ )?(?:mematikan|letal|fatal)",
        r"berapa (?:\w+ ){0,6}?(?:biar|agar|supaya|untuk|buat) (?:mati|tidak bangun|gak bangun|"
        r"ga bangun|overdosis)",
        r"berapa (?:\w+ ){0,6}?(?:mematikan|bisa mati)",
        r"(?:cara|jalan) " + G + r"(?:mati|bunuh diri|mengakhiri hidup)(?: \w+)? (?:tanpa rasa "
        r"sakit|tanpa sakit|paling cepat|paling mudah|cepat|paling cepet|yang (?:gak|nggak|ga|"
        r"tidak) sakit)",
        r"cara (?:\w+ )?(?:bunuh diri|mengakhiri hidup|mati tanpa)",
        r"(?:berapa|seberapa) (?:banyak )?(?:\w+ ){0,4}?(?:biar|supaya|agar) (?:nggak|gak|tidak|"
        r"ga|enggak) bangun lagi",
    ),
    "overdose": (
        r"(?:minum|nelen|menelan|telan|minum semua) (?:\w+ ){0,2}?(?:semua|sebotol|satu botol|"
        r"sekotak|satu strip|banyak|\d\d+) (?:\w+ )?" + PILLS,
        r"(?:udah|sudah|barusan|tadi) (?:\w+ )?(?:minum|nelen|menelan) (?:\w+ ){0,2}?(?:semua|"
        r"sebotol|\d\d+)",
    ),
    "intent": (
        r"(?:ingin|mau|pengen|pingin|pengin|kepengen|kepingin|rasanya|lebih baik|mending) "
        r"(?:\w+ ){0,2}?(?:mati|bunuh diri|mengakhiri hidup|ngakhirin hidup|menghilang selamanya|"
        r"lompat|gantung diri)",
        r"bunuh diri|akhiri hidup|mengakhiri hidup(?:ku)?|(?:tidak|gak|nggak|ga|enggak) "
        r"(?:ingin|mau|pengen|sanggup) (?:\w+ )?hidup (?:lagi)?",
        # jumping off a bridge or a building, into the river (not to swim or play)
        r"(?:ingin|mau|pengen|pingin|pengin|kepengen|pgn|akan|aku|gue|gw|saya) (?:\w+ )?(?:loncat|"
        r"lompat|terjun|"
        r"nyebur) (?:dari|ke) (?:atas )?(?:jembatan|gedung|atap|tebing|sungai|laut|kali|rel)"
        r"(?!.*(?:berenang|renang|main|mandi|bungee|seru|temen|teman))",
        # ending "everything" (not a relationship, not all the homework)
        r"(?:ingin|mau|pengen|pingin|pengin|kepengen|pgn) (?:\w+ )?(?:mengakhiri|akhiri|"
        r"ngakhirin|menyudahi|udahin|nyudahin) (?:semuanya|segalanya|semua ini)(?! (?:dengan|sama|"
        r"ama|sm|hubungan|kontrak|langganan)\b)",
        r"capek hidup|cape hidup|lelah hidup|bosan hidup|jenuh hidup|tidak ada alasan "
        r"(?:untuk )?hidup|hidup (?:\w+ )?(?:tidak|gak|ga) ada (?:artinya|gunanya)",
    ),
    "passive": (
        r"lebih baik (?:\w+ ){0,2}?(?:gak|tidak|nggak|ga) ada (?:di dunia|lagi)|lebih baik (?:aku |"
        r"saya )?mati",
        r"(?:ingin|pengen|mau|pingin) (?:\w+ )?ngilang",
        r"(?:semoga|berharap|pengen|ingin|mau) (?:\w+ ){0,2}?(?:tidak|gak|ga|nggak|enggak) "
        r"(?:bangun|usah bangun) lagi|tidur (?:aja |saja |aza )?(?:dan|terus|trus) "
        r"(?:tidak|gak|ga|nggak) "
        # a lie-in until noon is not it: "tidur dan gak bangun sampai siang"
        r"bangun(?! (?:sampai|sampe|hingga|sebelum|sblm|pagi|siang|jam))",
        r"(?:ingin|pengen|mau) (?:\w+ )?(?:menghilang|hilang|tidak ada|gak ada|lenyap)",
        r"lebih baik (?:\w+ ){0,2}?tanpa aku|tanpa aku (?:\w+ ){0,2}?lebih (?:baik|bahagia)|"
        r"aku (?:cuma|hanya) (?:jadi )?beban",
    ),
    "prepare": (
        r"pamit (?:untuk )?selamanya|(?:aku|saya) pamit (?:ya )?(?:semua|semuanya)",
        r"(?:udah|sudah|baru) (?:beli|membeli|nyiapin|menyiapkan|siapin) (?:\w+ )?(?:obat\w*|tali|"
        r"racun|silet)",
        r"surat (?:perpisahan|wasiat|terakhir)|(?:nulis|menulis|tulis) (?:\w+ )?surat",
        r"(?:bagi|bagiin|membagikan|ngasih) (?:\w+ ){0,2}?barang",
        r"(?:sudah|udah) (?:pilih|tentukan|milih) (?:\w+ )?tanggal",
        r"selamat tinggal|pesan terakhir|malam terakhir",
        r"kalau aku (?:sudah |udah )?(?:tidak ada|gak ada|pergi)|setelah aku pergi",
        r"(?:ngumpulin|mengumpulkan|nyimpen|menyimpan|simpan) " + G + PILLS,
        r"(?:beli|membeli|udah beli) (?:\w+ )?tali",
        r"maafin aku|maafkan aku",
    ),
    "place": (r"(?:aku|saya|gue) (?:\w+ ){0,2}?di (?:atas )?(?:jembatan|atap|rel|tebing|gedung)",),
    "self_harm": (
        r"nyayat|nyilet",
        r"(?:nyilet|menyayat|sayat|silet|melukai diri|nyakitin diri|menyakiti diri)",
        r"kambuh (?:\w+ )?(?:nyilet|sayat)|(?:luka|bekas) (?:\w+ )?di (?:tangan|lengan|"
        r"pergelangan)",
    ),
    "despair": (r"harapan terakhir(?:ku)?",),
    "other": (
        r"(?:dia|temanku|adikku|kakakku) (?:\w+ ){0,3}?(?:gak|tidak|nggak) mau hidup lagi",
        r"(?:dia|temanku|teman saya|adikku|kakakku) (?:\w+ ){0,3}?(?:mau|ingin|pengen) "
        r"(?:bunuh diri|mati|mengakhiri hidup)",
    ),
    "check": (
        r"(?:gak|tidak|ga|nggak) ada jalan keluar",
        r"(?:aku|saya|gue) (?:udah|sudah) (?:tidak|gak|ga|nggak) kuat",
    ),
    "distress": (
        r"(?:merasa|rasanya|aku|saya) (?:\w+ )?(?:kosong|sendirian|kesepian|putus asa|capek|"
        r"lelah|hampa|cemas|panik)|serangan panik|(?:tidak|gak|ga) bisa (?:tidur|napas|bernapas)",
        r"sedih banget|nangis terus|sedih sekali|menangis terus",
        r"(?:aku|saya|gue|gw) (?:merasa |ngerasa )?(?:gak|tidak|nggak|ga|ngga) berharga"
        r"(?! (?:di|buat|untuk|dalam|pas)\b)|(?:aku|saya|gue) (?:takut terus|selalu takut)",
    ),
}

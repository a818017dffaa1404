"""Tamil, Malayalam and Bengali, in their own scripts and romanised: not wanting to live any more,
ending it all tonight, a bottle of pills the writer feels like taking at once, cutting for relief,
which sleeping pill kills in one's sleep and many of them taken get the full reply; a brother or a
friend who says so gets the reply for helpers; loneliness, a heavy heart and emptiness get the
caring reply. Dying of laughter or hunger, all the work finished tonight, a city one would not
live in, pills taken as prescribed and a hand cut in the kitchen stay quiet."""

import pytest

from crisis import assess

CRISIS = "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "இனிமேல் எனக்கு வாழ பிடிக்கவில்லை, எல்லாரும் என்னால கஷ்டப்படுறாங்க",
        "inime enakku vaazha venam, yaarukkum naan thevai illa",
        "naan saaga poren, ellathukkum sorry",
        "എനിക്കിനി ജീവിക്കാൻ വയ്യ, മടുത്തു",
        "enikku ini jeevikkenda, aarkkum njan venda",
        "ഇന്നു രാത്രി ഞാൻ എല്ലാം അവസാനിപ്പിക്കും",
        "ഉറക്ക ഗുളികകൾ കുറെ ഉണ്ട്, എല്ലാം ഒരുമിച്ച് കഴിക്കാൻ തോന്നുന്നു",
        "আজকেই সব কিছু শেষ করে ফেলব, আর পারছি না",
        "aj ratei ami shob shesh kore dibo",
        "ami ar bachte chai na, kichu bhalo lage na",
        "ingane jeevichittu enthu karyam, aarum illa",
        "kaiya blade la vettina thaan nimmadhi kedaikkudhu",
        "কয়টা ট্যাবলেট খেলে ঘুমের মধ্যে মরে যাওয়া যায়",
        "kota ghumer tablet khele shanti te mora jay",
        "অনেকগুলো ঘুমের ওষুধ খেয়ে ফেলেছি, মাথা ঘুরছে",
        "ami shob gulo ghumer bori kheye felechi",
    ],
)
def test_a_crisis_in_tamil_malayalam_or_bengali_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "என் நண்பன் நான் சாகப் போறேன்னு சொல்லிட்டு போயிட்டான்",
        "en thambi naan saaga porennu status vechirukkan",
        "എന്റെ അനിയത്തി കൈ മുറിച്ചു, എന്ത് ചെയ്യും",
        "আমার বোন বলছে সে আর বাঁচতে চায় না",
        "amar bhai bolche o ar bachte chay na, ki kori",
    ],
)
def test_someone_close_at_risk_gets_a_reply(text: str) -> None:
    assert assess(text).tier in ("helper", CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "enakku romba thanimaiya iruku, yaarum call panna maatranga",
        "manassu sheriyilla, verum shunyatha mathram",
        "മനസ്സ് ശരിയല്ല, ആരോടും മിണ്ടാൻ തോന്നുന്നില്ല",
        "মনটা ভীষণ খারাপ আজ",
        "hostel e kotha bolar moto keu nei",
    ],
)
def test_loneliness_and_emptiness_get_a_caring_reply(text: str) -> None:
    assert assess(text).tier in ("distress", "check", CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "அந்த படம் பார்த்து சிரிச்சு சிரிச்சு சாகப் போறேன்",
        "pasila saaga poren, saapadu eppo",
        "chennai la vaazha pudikkala, traffic romba",
        "ഇന്ന് രാത്രി assignment എല്ലാം തീർക്കും",
        "ഡോക്ടർ പറഞ്ഞ ഗുളിക രാവിലെ കഴിക്കും",
        "പച്ചക്കറി അരിയുമ്പോൾ കൈ മുറിച്ചു, ചെറിയ മുറിവ്",
        "আজ রাতেই সব কাজ শেষ করে দেব",
        "হাসতে হাসতে মরে গেলাম ভিডিওটা দেখে",
        "ami duto ghumer oshudh kheyechi, ekhon ghumabo",
        "কোন ওষুধ বেশি খেলে লিভারের ক্ষতি হয়",
        "mon kharap chilo karon match hereche, ekhon thik achi",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "naalaiku maadi la irundhu kudhikka poren",
        "പാലത്തിൽ നിന്ന് ചാടാൻ പോകുന്നു, ക്ഷമിക്കണം",
        "chhad theke jhap dibo aaj",
        "kadaisi letter ezhudhi vechiruken, amma kku",
        "ammakku avasana kathu ezhuthi vechu",
        "সুইসাইড নোট লিখে রেখেছি টেবিলে",
        "ektu ektu kore ghumer oshudh jomacchi",
        "ethra gulika orumichu kazhichal marikkum",
        "evlo sleeping tablet saapta uyir pogum",
    ],
)
def test_a_place_a_note_pills_saved_or_a_lethal_count_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "swimming pool la kudhikka poren, summer fun",
        "terrace ku poren, thuni kaaya vaikka",
        "ethra gulika kazhichal pani maarum",
        "ammakku oru letter ezhudhi vechiruken for her birthday",
        "ছাদে বসে চা খাচ্ছি",
    ],
)
def test_a_terrace_a_letter_and_tablets_for_a_fever_stay_quiet(text: str) -> None:
    assert assess(text).tier is None

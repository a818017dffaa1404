"""Kinds a blind set found missed, in other languages than English: pills set out and stared
at for an hour, a decision with its hour and the pills already out, a day chosen for when the
family is away ("el viernes cuando mi mamá se vaya a trabajar lo hago"), everything planned for
tonight with one's things put away, and sleeping pills gathered to take all tonight (Russian,
Ukrainian, Spanish, Portuguese, Polish, French, Urdu). Pills looked at for their price or taken
as the doctor said, and a party, a cleaning or a dinner planned, stay quiet."""

from __future__ import annotations

import pytest

import crisis


@pytest.mark.parametrize(
    "text",
    [
        # pills set out and stared at
        "сижу и смотрю на таблетки уже полчаса, они лежат передо мной",
        "накопила снотворное, разложила на кровати, сижу и смотрю на них весь вечер",
        "las pastillas están en la mesa, llevo una hora mirándolas",
        "tengo los comprimidos delante y sigo mirándolas sin parar",
        "tabletki leżą przede mną, siedzę i patrzę na nie od godziny",
        # decided, its hour, the pills out
        "я всё решил, сегодня ночью. снотворное уже приготовлено",
        "вирішила, сьогодні вночі. пігулки вже на столі",
        # a day chosen for when the family is away
        "ya está decidido, el sábado cuando mis papás se vayan a misa lo hago",
        "já decidi, sexta quando minha mãe sair pro trabalho eu faço",
        # everything planned for tonight, things put away
        "tengo todo planeado para esta noche, mis cosas están ordenadas, gracias por todo",
        "j'ai tout prévu pour cette nuit, tout est rangé, adieu",
        # pills gathered, all of them tonight
        "میں نے نیند کی گولیاں جمع کر لی ہیں، آج رات سب کھا لوں گی",
    ],
)
def test_means_set_out_or_hour_decided_gets_full_reply(text: str) -> None:
    assert crisis.assess(text).tier == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "купил таблетки от давления, смотрю на цену уже час",
        "таблетки лежат на столе, не забудь выпить утром",
        "las pastillas están en la mesa, el médico dijo dos al día",
        "я решила, сегодня ночью досмотрю сериал",
        "ya lo tengo decidido, el viernes cuando mi mamá se vaya a trabajar le hago la fiesta "
        "sorpresa",
        "já decidi, sexta quando minha mãe sair eu faço a faxina",
        "j'ai tout prévu pour ce soir, dîner avec les amis, merci pour les cours",
        "میں نے پیسے جمع کیے ہیں آج رات کھانا باہر کھائیں گے",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert crisis.assess(text).tier is None

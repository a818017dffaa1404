"""Whose crisis lines someone sees: the country we can know them to be in, or none.

A time zone alone does not say the country: the picker's "Berlin / Paris" button stores
Europe/Berlin for people in France, Spain, Italy or the Netherlands as well as Germany. So:

1. a city or country the person typed (or confirmed) for their zone names the country;
2. otherwise, the zone says only the UTC offset their clocks keep now. Telegram's language code
   narrows it: its region (pt-BR -> BR), else the country the language is most spoken in (CLDR's
   likely region: fr -> FR, es -> ES, en -> US), if that country keeps the same offset now;
3. otherwise the zone's own country, if the language is an official one there (English on the
   London button -> GB, but not on Berlin / Paris);
4. otherwise nobody can tell, and the international set is shown (112, 911, 999,
   findahelpline.com) rather than one guessed country's lines.

The language data is CLDR's (likely subtags; official and de facto official languages), kept here
for the languages and countries that matter, and checked against ``babel`` by the tests.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# A bare language code -> the country it most likely means (CLDR likelySubtags).
LIKELY_COUNTRY = {
    "ar": "EG", "be": "BY", "bg": "BG", "bn": "BD", "ca": "ES", "cs": "CZ", "da": "DK",
    "de": "DE", "el": "GR", "en": "US", "es": "ES", "et": "EE", "fa": "IR", "fi": "FI",
    "fil": "PH", "fr": "FR", "ga": "IE", "he": "IL", "hi": "IN", "hr": "HR", "hu": "HU",
    "id": "ID", "it": "IT", "ja": "JP", "kk": "KZ", "ko": "KR", "lt": "LT", "lv": "LV",
    "mi": "NZ", "ms": "MY", "nb": "NO", "nl": "NL", "nn": "NO", "no": "NO", "pl": "PL",
    "pt": "BR", "ro": "RO", "ru": "RU", "sk": "SK", "sl": "SI", "sr": "RS", "sv": "SE",
    "sw": "TZ", "ta": "IN", "th": "TH", "tr": "TR", "uk": "UA", "ur": "PK", "uz": "UZ",
    "vi": "VN", "yo": "NG", "zh": "CN",
}  # fmt: skip
# Country -> its official (or de facto official) languages (CLDR territory info).
OFFICIAL_LANGUAGES = {
    "AE": ("ar",), "AR": ("es",), "AT": ("de",), "AU": ("en",), "BR": ("pt",),
    "CA": ("en", "fr"), "CH": ("de", "fr", "it"), "DE": ("de",), "DK": ("da",),
    "EG": ("ar",), "ES": ("es",), "FI": ("fi", "sv"), "FR": ("fr",), "GB": ("en",),
    "HK": ("zh", "en"), "ID": ("id",), "IE": ("en", "ga"), "IL": ("he", "ar"), "IN": ("hi", "en"),
    "IR": ("fa",), "IT": ("it",), "JP": ("ja",), "KE": ("sw", "en"), "KR": ("ko",),
    "KZ": ("ru", "kk"), "MX": ("es",), "NG": ("en", "yo"), "NL": ("nl",),
    "NO": ("no", "nb", "nn"), "NZ": ("en", "mi"), "PH": ("en", "fil"), "PK": ("ur", "en"),
    "PL": ("pl",), "PT": ("pt",), "RU": ("ru",), "SE": ("sv",), "SG": ("en", "zh", "ms", "ta"),
    "TR": ("tr",), "UA": ("uk", "ru"), "US": ("en",), "UZ": ("uz",), "ZA": ("en",),
}  # fmt: skip


def split_language(code: str | None) -> tuple[str, str]:
    """Telegram's language code as: "pt-br" -> ("pt", "BR"), "fr" -> ("fr", "")."""
    parts = (code or "").replace("_", "-").split("-")
    language = parts[0].lower()
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    return language, region


@lru_cache(maxsize=1)
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    """Country code -> its zones, from tzdata's zone.tab (which lists every country)."""
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    table: dict[str, list[str]] = {}
    for row in text.splitlines():
        fields = row.split("\t")
        if row.startswith("#") or len(fields) < 3:
            continue
        table.setdefault(fields[0], []).append(fields[2])
    return {code: tuple(zones) for code, zones in table.items()}


@lru_cache(maxsize=64)
def _zoneinfos(country: str) -> tuple[ZoneInfo, ...]:
    """The country's zones, loaded once: zoneinfo keeps only a few unreferenced ones cached."""
    loaded = []
    for zone in _zones_by_country().get(country, ()):
        try:
            loaded.append(ZoneInfo(zone))
        except ZoneInfoNotFoundError:
            continue
    return tuple(loaded)


def keeps_offset(country: str, offset: dt.timedelta, now: dt.datetime) -> bool:
    """Whether some part of the country keeps this UTC offset at `now`."""
    return any(now.astimezone(tz).utcoffset() == offset for tz in _zoneinfos(country))


def country_code(
    *,
    place: str | None,
    zone_country: str | None,
    offset: dt.timedelta | None,
    language_code: str | None,
    now: dt.datetime,
) -> str | None:
    """The ISO code of the country whose lines this person should see, or None if unknown.

    `place` is the country of the city or country they typed for their zone; `zone_country` the
    country tzdata places their zone in; `offset` the UTC offset their zone keeps at `now`.
    """
    if place:
        return place
    if offset is None:
        return None
    language, region = split_language(language_code)
    for candidate in (region, LIKELY_COUNTRY.get(language, "")):
        if candidate and keeps_offset(candidate, offset, now):
            return candidate
    if zone_country and language in OFFICIAL_LANGUAGES.get(zone_country, ()):
        return zone_country
    return None

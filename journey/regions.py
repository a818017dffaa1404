"""Places people name as where they live that no source the zone index is built from names.

Canada's provinces, Australia's states and territories, a few nations and coasts: GeoNames lists
none of them, so they are kept by hand here (journey/zones.py reads them after the index's
countries, before its cities). Also the continents, too wide to tell a clock by. Data only.
"""

from __future__ import annotations

# Regions people name that are neither a city nor a metazone.
REGION_ALIASES = {"east coast": "America/New_York", "west coast": "America/Los_Angeles"}
# Provinces, states and nations people name as where they live, beyond the US states the index
# has: GeoNames lists none of them, and a town of the name (Ontario, California; Victoria, an
# old name of Hong Kong) or a near miss ("New South Wales" for Wales) was taken instead. Each is
# the zone most of its people keep; one name two regions share is a choice.
_CA, _AU = "Canada", "Australia"
REGIONS: dict[str, tuple[tuple[str, str, str], ...]] = {  # name -> (zone, ISO code, label)s
    "alberta": (("America/Edmonton", "CA", f"Alberta, {_CA}"),),
    "british columbia": (("America/Vancouver", "CA", f"British Columbia, {_CA}"),),
    "bc": (("America/Vancouver", "CA", f"British Columbia, {_CA}"),),
    "manitoba": (("America/Winnipeg", "CA", f"Manitoba, {_CA}"),),
    "new brunswick": (("America/Moncton", "CA", f"New Brunswick, {_CA}"),),
    "newfoundland": (("America/St_Johns", "CA", f"Newfoundland, {_CA}"),),
    "newfoundland and labrador": (("America/St_Johns", "CA", f"Newfoundland, {_CA}"),),
    "nova scotia": (("America/Halifax", "CA", f"Nova Scotia, {_CA}"),),
    "ontario": (("America/Toronto", "CA", f"Ontario, {_CA}"),),
    "prince edward island": (("America/Halifax", "CA", f"Prince Edward Island, {_CA}"),),
    "pei": (("America/Halifax", "CA", f"Prince Edward Island, {_CA}"),),
    "saskatchewan": (("America/Regina", "CA", f"Saskatchewan, {_CA}"),),
    "yukon": (("America/Whitehorse", "CA", f"Yukon, {_CA}"),),
    "northwest territories": (("America/Edmonton", "CA", f"Northwest Territories, {_CA}"),),
    "nunavut": (("America/Iqaluit", "CA", f"Nunavut, {_CA} (Iqaluit)"),),
    "new south wales": (("Australia/Sydney", "AU", f"New South Wales, {_AU}"),),
    "nsw": (("Australia/Sydney", "AU", f"New South Wales, {_AU}"),),
    "queensland": (("Australia/Brisbane", "AU", f"Queensland, {_AU}"),),
    "south australia": (("Australia/Adelaide", "AU", f"South Australia, {_AU}"),),
    "western australia": (("Australia/Perth", "AU", f"Western Australia, {_AU}"),),
    "tasmania": (("Australia/Hobart", "AU", f"Tasmania, {_AU}"),),
    "northern territory": (("Australia/Darwin", "AU", f"Northern Territory, {_AU}"),),
    "australian capital territory": (("Australia/Sydney", "AU", f"Canberra, {_AU}"),),
    "victoria": (
        ("Australia/Melbourne", "AU", f"Victoria, {_AU} (Melbourne)"),
        ("America/Vancouver", "CA", f"Victoria, {_CA} (British Columbia)"),
        ("Indian/Mahe", "SC", "Victoria, Seychelles"),
    ),
    "northern ireland": (("Europe/London", "GB", "Northern Ireland, United Kingdom"),),
    "nz": (("Pacific/Auckland", "NZ", "New Zealand (Auckland)"),),
}
# Too wide to tell a clock by ("Asia" was read as a Manila district): the city is asked for.
CONTINENTS = frozenset(
    {"asia", "europe", "africa", "oceania", "antarctica", "middle east", "south america",
     "north america", "latin america", "the americas"}
)  # fmt: skip

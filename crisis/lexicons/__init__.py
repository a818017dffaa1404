"""Crisis phrases in other languages than English, one module per language (or pair).

Each ``LEXICON`` maps a kind (see ``crisis.languages``) to regular expressions, written with
their accents in lower case and using only lower-case escapes (\\w, \\s, \\d, \\b): the text and
the phrases are folded the same way (``crisis.languages.fold_letters``), which lower-cases the
pattern too. Apostrophes are dropped ("j'ai" and "jai" read alike), so a phrase may keep them.
"""

from __future__ import annotations

from types import MappingProxyType

from crisis.lexicons import (
    across,
    af,
    ar,
    by_concept,
    central_asia,
    core,
    cuts,
    de,
    enough,
    es,
    fa,
    farewells,
    fewest,
    fr,
    hi,
    how_they,
    it,
    kept_told,
    leap_hang,
    least_pain,
    means_named,
    more,
    pl,
    poison_taken,
    pt,
    quiet,
    ready,
    refuge,
    ru,
    screen_asia,
    set_to_go,
    taken,
    thought_of,
    tl_pcm,
    tonight,
    tr,
    uk,
    wider_asia,
    wider_europe,
    wishes_places,
)
from crisis.lexicons import id as id_

LEXICONS = MappingProxyType(
    {
        "es": es.LEXICON,
        "pt": pt.LEXICON,
        "fr": fr.LEXICON,
        "it": it.LEXICON,
        "de": de.LEXICON,
        "af": af.LEXICON,
        "pl": pl.LEXICON,
        "ru": ru.LEXICON,
        "uk": uk.LEXICON,
        "kk": central_asia.KK,
        "uz": central_asia.UZ,
        "tr": tr.LEXICON,
        "id": id_.LEXICON,
        "hi": hi.LEXICON,
        "ar": ar.LEXICON,
        "fa": fa.LEXICON,
        "tl": tl_pcm.TL,
        "pcm": tl_pcm.PCM,
        "more": more.LEXICON,
        "wider_europe": wider_europe.LEXICON,
        "wider_asia": wider_asia.LEXICON,
        "across": across.LEXICON,
        "farewells": farewells.LEXICON,
        "core": core.LEXICON,
        "quiet": quiet.LEXICON,
        "fewest": fewest.LEXICON,
        "taken": taken.LEXICON,
        "tonight": tonight.LEXICON,
        "how_they": how_they.LEXICON,
        "refuge": refuge.LEXICON,
        "ready": ready.LEXICON,
        "by_concept": by_concept.LEXICON,
        "means_named": means_named.LEXICON,
        "wishes_places": wishes_places.LEXICON,
        "kept_told": kept_told.LEXICON,
        "leap_hang": leap_hang.LEXICON,
        "screen_asia": screen_asia.LEXICON,
        "poison_taken": poison_taken.LEXICON,
        "cuts": cuts.LEXICON,
        "enough": enough.LEXICON,
        "thought_of": thought_of.LEXICON,
        "set_to_go": set_to_go.LEXICON,
        "least_pain": least_pain.LEXICON,
    }
)

"""Pills taken in a heap, told in Georgian or in Russian written in Latin letters.

- ``overdose``, the full reply: the writer's own pills drunk or swallowed, all of them, a whole
  box or many ("ყველა აბი დავლიე", "მთელი კოლოფი წამალი გადავყლაპე"), or a whole pack of
  sleeping pills in transliterated Russian, its noun in any case ("vypila vsyu pachku
  snotvornogo", "proglotil vse tabletki").
- ``other``, the helpers' reply: the same said of a brother, a sister, a friend, a mother or a
  father, in the third person ("ჩემმა ძმამ ბევრი აბი დალია").

Lookalikes stay quiet: one pill taken as the doctor said ("ერთი აბი დავლიე"), the pills bought
or finished over a week, a pack of crisps ("pachku chipsov"). Written folded (see
``crisis.lexicons``); pure.
"""

# The pills: tablets, medicine, sleeping pills, each with its case endings.
_PILLS_KA = r"(?:აბ|წამალ|წამლ|ტაბლეტ|საძილე|სასმელი აბ)\w*"
_HEAP_KA = r"(?:ყველა|მთელი|ბევრი|ათობით|ორმოცი|ოცი|ოცდაათი|სულ|მთლიანი)"
_PILLS_RU = (
    r"(?:snotvorn\w*|tabletk\w*|tabletok|tabletkami|lekarstv\w*|kolyos\w*|koles\w*|"
    r"antidepressant\w*|obezbolivayushch\w*)"
)

LEXICON = {
    "overdose": (
        # Georgian: all, a whole box or many of the pills, drunk or swallowed by the writer
        _HEAP_KA + r" (?:\w+ ){0,2}?" + _PILLS_KA + r" (?:\w+ ){0,2}?(?:დავლიე|გადავყლაპე|"
        r"მივიღე|ჩავყლაპე)",
        # Russian in Latin letters: a whole pack or all the pills, drunk or swallowed
        r"(?:vypil|vypila|vypel|vypela|prinyal|prinyala|proglotil|proglotila|sozhral|sozhrala|"
        r"zakinul|zakinula) (?:\w+ )?(?:vsyu|vsu|vse|vsyo|vso|celuyu|tseluyu|kuchu|pachku|"
        r"upakovku|blister) (?:\w+ ){0,2}?" + _PILLS_RU,
    ),
    "other": (
        # Georgian: a brother, a sister, a friend or a parent drank or swallowed many pills
        r"(?:ძმამ|დამ|მეგობარმა|დედამ|მამამ|ქმარმა|ცოლმა|შვილმა|ბიჭმა|გოგომ) (?:\w+ ){0,2}?"
        + _HEAP_KA
        + r" (?:\w+ ){0,2}?"
        + _PILLS_KA
        + r" (?:\w+ ){0,2}?(?:დალია|გადაყლაპა|მიიღო|ჩაყლაპა)",
    ),
}

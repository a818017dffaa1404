"""A height asked "enough to be sure", and an overdose told in a few words, in English.

- ``METHOD``, the full reply: a count of floors, storeys, metres or feet asked to be enough, with
  being sure, certain or dying a few words on ("is 8 floors enough or do you need more to be
  sure", "would 12 storeys be high enough to not survive");
- ``OVERDOSE``, the full reply (the helpers' when said of someone else): what was left, the rest
  or all of a drug shot up or injected, with the body answering ("shot up what was left. lips
  numb and im so sleepy"); or ten or more of a named medicine downed with drink, or told as
  already done ("already did it. 40 of the seroquel with jack").

Lookalikes stay quiet: floors enough for a view or a lift, a height sure to get a phone signal, a
prescription of 30 tablets for the month, the rest of the cake eaten before a sleepy afternoon,
prices that shot up. Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_COUNT = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|fifty|a hundred)"
)
_UNITS = r"(?:floors?|storeys?|stories|story|metres|meters|m|feet|ft|stories up|floors up)"

METHOD = needles.compile(
    r"\b(?:is|are|would|will|be|was) (?:a |the )?" + _COUNT + r" " + _UNITS + r"\b(?: \w+)?? "
    r"(?:be )?(?:enough|high enough|tall enough|sufficient)\b(?: \S+){0,8}? (?:to be (?:sure|"
    r"certain)\b(?! (?:that|the|it|of|you|your|our|we|they|my)\b)|to (?:die|not survive|never "
    r"survive|make sure|end it|do it|finish it|kill)\b|(?:fatal|deadly|certain death)\b)"
)

_DRUG = (
    r"(?:seroquel|quetiapine|sertraline|zoloft|prozac|fluoxetine|citalopram|lexapro|escitalopram|"
    r"venlafaxine|effexor|mirtazapine|amitriptyline|lithium|lamotrigine|gabapentin|lyrica|"
    r"pregabalin|xanax|alprazolam|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|ambien|"
    r"zolpidem|zopiclone|trazodone|oxy|oxycodone|oxycontin|percocet|vicodin|hydrocodone|"
    r"tramadol|codeine|morphine|fentanyl|methadone|paracetamol|tylenol|ibuprofen|aspirin|"
    r"benadryl|pills|tablets|meds|sleeping pills|painkillers)"
)
_DRINK = r"(?:jack|vodka|whiskey|whisky|wine|beer|booze|alcohol|rum|gin|tequila|bourbon|drink)"
_COUNT_OF = r"\b(?:1\d|[2-9]\d|[1-9]\d\d) (?:of (?:the|my|them) )?(?:\w+ )?" + _DRUG + r"\b"
_DONE = r"(?:already did it|i did it|just did it|done it|i have done it|it is done)"
_BODY = (
    r"(?:so sleepy|really sleepy|very sleepy|lips (?:are |feel |went |going )?(?:numb|blue|"
    r"tingly|tingling)|can not keep my eyes open|nodding off|can not feel my|breathing (?:is |"
    r"feels )?(?:slow|shallow|weird|funny)|everything is (?:slow|fading|going dark))"
)

OVERDOSE = needles.compile(
    r"\b(?:shot up|injected|slammed|banged) (?:all of (?:it|the|my|what)|the rest of|everything|"
    r"what (?:was|is|i had) (?:left|in)\b)(?: \S+){0,8}? "
    + _BODY
    + "|"
    + _COUNT_OF
    + r"(?: \S+){0,2}? with (?:some |a bottle of |half a bottle of |the )?"
    + _DRINK
    + r"|\b"
    + _DONE
    + r"\b(?: \S+){0,4}? "
    + _COUNT_OF[2:]
)

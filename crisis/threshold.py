"""A method question asked as a threshold or as a test of a method: the full reply.

The other method rules read a lethal amount asked with a word of death beside the means. These
kinds carry the death in what the amount would do, or in whether a method "works":

- ``_STOPS``: how much of something would stop a heart or a breathing, or kill a person, with
  words between that other rules do not expect ("how much ketamine would actually stop a grown
  man's heart", "how many of these would it take to shut down someone's breathing");
- ``_BEFORE_FATAL``: how big, how much or how many a dose can be "before it's fatal", beside a
  word for a dose or a drug ("big doses are dangerous. how big exactly before it's fatal");
- ``_IT_WOULD_TAKE``: how much of a named drug, or of a poison from the shed ("how much paraquat
  would it actually take"), "it would take", its end left unsaid ("how much of my mom's fentanyl
  patches it would take"); a poison's amount for the paddock, the weeds or the rats is a job;
- ``_WORKS`` and ``_BAG``: a method that needs no word of death asked whether it works or kills
  (air pushed into a vein, a syringe of air, potassium chloride, a bag over the head, a plastic
  bag beside the breath or a panic), as a question;
- ``_COMPARED``: two means set side by side and compared for what they would leave behind ("my
  service weapon or pills, which one would be less messy for the family"), or for which is
  easier or quicker ("pills or the rope, which is easier").

Lookalikes stay quiet: a heart stopped and restarted on purpose at work (adenosine for SVT, a
cardioversion), an amount it would take "to get an effect", a bag that keeps bread fresh, two
dishes or two trains compared, two guns compared for cleaning or for home defense, a fever, a
blood pressure or an aneurysm asked "before it's fatal" (a symptom, which ``crisis.body``
reads), a dose with no word of death ("how big a dose before it works"), a patient's worry about
a small bubble in their drip, and fluids pushed into a vein. Read on normalised text; pure,
nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_PERSON = (
    r"(?:(?:someone|somebody|a person|a human|an adult|a grown (?:man|woman|adult|person)|a (?:man|"
    r"woman))(?: s|s)|a|the|an|my|your|his|her|their)"
)
_STOPS = needles.compile(
    r"\bhow (?:much|many)\b(?: \w+){0,4}? (?:would|will|does|do|could|can|to|it takes to|would "
    r"it take to|does it take to|would you need to|do you need to) (?:\w+ ){0,2}?"
    r"(?:stop|stops|shut down|shuts down|switch off) " + _PERSON + r" (?:\w+ )?"
    r"(?:heart|breathing|lungs)\b"
    r"|\bhow (?:much|many)\b(?: \w+){0,4}? (?:would|will|does|do|could|can|to|it takes to|would "
    r"it take to|does it take to) (?:actually |really |definitely |surely )(?:kill|finish off) "
    r"(?:a (?:grown )?(?:man|woman|person|human|adult)|someone|somebody|me|you)\b"
)
# ...a heart stopped on purpose and restarted, at work
_RESTARTED = needles.compile(
    r"\b(?:svt|adenosine|cardiover\w*|defib\w*|restart\w*|reset\w*|for a (?:second|moment|few "
    r"seconds)|cardioplegi\w*|bypass|surgery|surgeons?|anaesthe\w*|anesthe\w*)\b"
)

# how much, or the most, a dose can be before the body gives out
_LIMIT = (
    r"(?:how (?:big|much|many|high|large|strong)|(?:the )?(?:max|maximum|highest|most|biggest|"
    r"largest)(?: \w+)?|what (?:amount|dose|number))"
)
_BEFORE_FATAL = needles.compile(
    r"\b" + _LIMIT + r"\b(?: \w+){0,6}? (?:before|until|till) "
    r"(?:it is|it s|its|it becomes|it gets|it would be|they are|they become|you are|you re|you "
    r"would be|you d be) (?:\w+ )?(?:fatal|deadly|lethal)\b"
    r"|\b" + _LIMIT + r"\b(?: \w+){0,6}? (?:before|until|till) "
    r"(?:it kills|it would kill|they kill|you die|you d die|you would die|a person dies|someone "
    r"dies|you are dead|you re dead|you stop breathing|your (?:heart|breathing) stops|your "
    r"(?:liver|kidneys|heart) (?:gives? out|give up|fails?|shuts? down|packs? in))\b"
)
# "how much of my mom's fentanyl patches it would take": the amount, with its end left unsaid
_IT_WOULD_TAKE = needles.compile(
    r"\bhow (?:much|many)\b(?: \S+){0,5}? (?:it would|it will|it d|would it|will it) "
    r"(?:actually |really |even |realistically )?"
    r"take\b"
    r"(?! (?:to|in|on|at|with|per|a |an |the |me to|them to|him to|her to)\b)"
    # ...for a job or a pest, not for a person: "for a grown man" is asked of a body
    r"(?! for\b(?! (?:a |an )?(?:grown |full grown |adult )?(?:man|woman|person|adult|human|"
    r"someone|somebody|me|myself|my size)\b))"
)
# ...said of a dose or a drug
_DOSE = needles.compile(
    r"\b(?:doses?|dosage|mg|milligrams?|ml|grams?|units?|pills?|tablets?|capsules?|meds|"
    r"medicine|medication|ketamine|ket|esketamine|spravato|drugs?|amount|bottle|benzos?|"
    r"opioids?|painkillers?|paracetamol|tylenol|insulin)\b"
)
# ...a drug by its name or its form, for an amount left unsaid
_DOSE_OR_DRUG = needles.compile(
    r"\b(?:pills?|tablets?|capsules?|patch(?:es)?|meds|medicine|medication|ketamine|ket|"
    r"esketamine|spravato|fentanyl|oxy\w*|morphine|insulin|benzos?|xanax|klonopin|valium|"
    r"ambien|sleeping pills|opioids?|painkillers?|paracetamol|tylenol|acetaminophen|ibuprofen|"
    r"lithium|sertraline|\w+(?:pam|lam|pine|done|xetine)|heroin|methadone)\b"
)
# ...or a poison from the shed or the farm ("how much paraquat would it actually take"), unless
# the amount is for the ground it is sprayed on ("for the whole paddock", "the weeds by the fence")
_POISON = needles.compile(
    r"\b(?:paraquat|gramoxone|weed ?killer|herbicides?|pesticides?|insecticides?|rat poison|"
    r"rodenticides?|antifreeze|cyanide|arsenic|strychnine|glyphosate|roundup|organophosphates?|"
    r"slug pellets|sheep dip)\b"
)
_SPRAYED = needles.compile(
    r"\b(?:paddock|acres?|hectares?|ha|fields?|garden|lawn|weeds?|spray\w*|tank|crops?|patch|"
    r"driveway|fence|rows?|orchard|litres? of water|liters? of water|rats|mice|pests?|ants|"
    r"radiator|engine|coolant)\b"
)
# ...not a symptom or a body's reading
_SYMPTOM = needles.compile(
    r"\b(?:fever|temperature|blood pressure|bp|sugar|glucose|aneurysm|tumou?rs?|cysts?|stones?|"
    r"clots?|wounds?|burns?|bleed\w*|heart rate|pulse|potassium levels?|sodium levels?)\b"
)

_WORKS = needles.compile(
    r"\b(?:would|does|do|will|could|can|is|if)\b(?: \w+){0,5}? (?:(?:push\w*|inject\w*|put\w*|"
    r"shoot\w*|get\w*|an?) )?(?:air (?:bubbles? )?(?:into|in|through) (?:a |the |my |your |an? )?"
    r"(?:vein|veins|artery|arteries|bloodstream|blood|iv|line)|(?:syringe|needle|shot|injection)s? "
    r"(?:full )?of air|air embolism|injecting air|potassium chloride|(?:plastic )?bag over "
    r"(?:my |your |the |a |someone s |one s )?head|exit bag)\b(?: \w+){0,5}? "
    r"(?:actually |really |definitely |even |still )?(?:work|works|kill|kills|do it|do the job|be "
    r"enough|be fatal|be quick|be painless)\b"
)
# a plastic bag asked whether it works, beside the breath or a panic
_BAG = needles.compile(
    r"\b(?:would|does|do|will|could|can|is)\b(?: \w+){0,3}? plastic bag (?:actually |really )?"
    r"(?:work|works|kill|kills|do it)\b(?=.*\b(?:panic\w*|breath\w*|suffocat\w*|pass out|head|"
    r"air)\b)"
)
# two means set side by side and compared for what they would leave behind
_MEANS = (
    r"(?:(?:the |my |a |his |her )?(?:(?:service |duty |off duty )?(?:weapon|gun|pistol|rifle|"
    r"shotgun|sidearm|glock)|pills|rope|noose|exhaust|jumping|"
    r"overdose))"
)
_EASIER = (
    r"(?:which|what)(?: one| way| method)? (?:would be|is|s|will be) (?:\w+ )?(?:easier|easiest|"
    r"quicker|quickest|faster|fastest|less painful|least painful|surer)\b"
    r"(?! to (?!die\b|do it\b|go\b|end\b)\w+| for (?:the |a |my )?(?:range|hunt\w*|deer|ducks?|"
    r"home defen[cs]e|beginners?|concealed carry|carry|targets?|kids?|a kid|child\w*|dogs?|cats?))"
)
_COMPARED = needles.compile(
    r"\b" + _MEANS + r" or " + _MEANS + r"\b(?: \S+){0,6}? (?:which|what)(?: one| way| method)? "
    r"(?:would be|is|s|will be|would leave|leaves) (?:\w+ )?(?:less|least|more|most) (?:messy|"
    r"clean|cleaner|traumatic|peaceful|certain|sure|painless|quick|quicker|fast|faster|gentle)\b"
    r"|\b(?:which|what)(?: one| way| method)? (?:would be|is|s|will be) (?:\w+ )?(?:less|least|"
    r"more|most) (?:messy|traumatic|peaceful|certain|painless)\b(?: \S+){0,4}? " + _MEANS
    + r" or " + _MEANS + r"\b"
    # ...or for which is easier or quicker ("pills or the rope, which is easier"), not for a job
    # done with them ("my rifle or my shotgun, which is easier to clean")
    r"|\b" + _MEANS + r" or " + _MEANS + r"\b(?: \S+){0,6}? " + _EASIER
    + r"|(?:^|\b)" + _EASIER + r"(?: \S+){0,2}? " + _MEANS + r" or " + _MEANS + r"\b"
)
# ...a patient's worry about a small bubble in their drip
_BUBBLE = needles.compile(r"\b(?:tiny|small|little|few|bit of|some) (?:air )?bubbles?\b")


# Words without which a kind here cannot match: most messages have none, and a long one should
# not pay for patterns whose first words it lacks.
_ASKED_AMOUNT = needles.compile(r"\b(?:how|max|maximum|highest|most|biggest|largest|what)\b")
_METHOD_NAMED = needles.compile(r"\b(?:air|syringes?|needles?|shots?|injections?|potassium|bag)\b")


def method(plain: str) -> bool:
    """A lethal amount asked by what it does to a body or by its limit, or a method tested."""
    if _ASKED_AMOUNT.search(plain):
        if _STOPS.search(plain) and not _RESTARTED.search(plain):
            return True
        if _BEFORE_FATAL.search(plain) and _DOSE.search(plain) and not _SYMPTOM.search(plain):
            return True
        if _IT_WOULD_TAKE.search(plain) and _DOSE_OR_DRUG.search(plain):
            return True
        if _IT_WOULD_TAKE.search(plain) and _POISON.search(plain) and not _SPRAYED.search(plain):
            return True
    if " or " in plain and _COMPARED.search(plain):
        return True
    if _METHOD_NAMED.search(plain) is None:
        return False
    if _BAG.search(plain):
        return True
    return _WORKS.search(plain) is not None and _BUBBLE.search(plain) is None

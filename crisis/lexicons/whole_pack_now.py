"""An overdose just taken, in the spoken forms the larger lexicons did not read: the full reply
(``overdose``).

- German: "hab grad ne ganze Packung Ibuprofen genommen" ("ne", "'ne" and "nen" for "eine").
- Hinglish: "poora patta neend ki goliyon ka kha liya" ("poora" for "pura", "goliyon ka").
- Hindi: farm pesticide drunk, with more words between the writer and the poison ("मैंने अभी
  खेत वाली कीटनाशक दवा पी ली है").

Pills taken as prescribed are excused by each language's ``routine`` phrases; a pack bought,
opened or finished over weeks ("die Packung ist leer", "patta khatam ho gaya") is not taken now.

Written folded (see ``crisis.lexicons``); pure.
"""

from crisis.lexicons.poison_taken import _POISON_HI, _WHO_HI

LEXICON = {
    "overdose": (
        # German: "ne ganze packung", "nen ganzen blister", then taken or swallowed
        r"(?:ne|n|nen|na) (?:ganze|ganzen|komplette|volle) (?:packung|schachtel|blister|dose|"
        r"flasche|streifen) (?:\w+ ){0,3}?(?:genommen|geschluckt|eingeworfen|reingehauen|"
        r"eingenommen)",
        # Hinglish: a whole strip of (sleeping) pills eaten just now
        r"(?:poora|pura|poori|puri|pure|poore) (?:patta|pattaa|strip|packet|dabba|bottle) "
        r"(?:\w+ ){0,4}?(?:goliyon|goliyo|goliyan|goliya|tablets|pills|dawai) (?:ka |ki |ke )?"
        r"(?:kha liya|kha li|kha lia|kha gaya|kha gayi|nigal liya|nigal li|le liya|le li)",
        # Hindi: the writer, up to four words, the poison, a word, drunk or eaten
        _WHO_HI + r" (?:[^ ]+ ){0,4}?" + _POISON_HI + r"[^ ]* (?:[^ ]+ ){0,2}?(?:खा|पी|निगल) "
        r"(?:लिया|ली|लिए|गया|गई)",
    ),
}

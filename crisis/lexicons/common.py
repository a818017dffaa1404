"""What the lexicons share: word gaps for phrases whose parts may stand apart."""

G = r"(?:\w+ ){0,3}?"  # up to three words
G6 = r"(?:\w+ ){0,6}?"  # up to six

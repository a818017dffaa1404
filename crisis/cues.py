"""Cues read beside the rules: risk told in emoji, and the settings that change what a message
means (a lethality asked of a pet or of a game character, a game, someone met in a game).

``RISK_EMOJI`` alone asks (a knife, a grave, a bridge and a fall), unless it is at ``PLAY`` (a
murder-mystery night, a costume, the kitchen, a blood test) or beside ``FOOD_EMOJI`` (a fish or
a tomato cut, in any language); ``TAKEN_EMOJI`` is pills told as taken (a row of them, or with
a drink, then a tick, sleep or a goodbye); ``SAD_EMOJI`` with no words is distress. Pure;
nothing here logs.
"""

from __future__ import annotations

import re

from crisis import needles

RISK_EMOJI = needles.compile("🔪|🩸|🪢|⚰️|🪦|💊💊|🌉\\s*(?:⬇|👇|🌊|👋)")
# ...a knife or a grave at play: a murder-mystery night, a costume, a haunted house, the kitchen
PLAY = needles.compile(
    r"\b(?:murder mystery|cluedo|werewolf|mafia night|among us|escape room|halloween|costume|"
    r"fancy dress|cosplay|larp|haunted house|horror (?:film|movie|night)|slasher|pumpkins?|"
    r"carving|chopping|cooking|recipe|kitchen|chefs?|butcher\w*|filleting|dicing|diced|onions?|"
    r"tomato(?:es)?|garlic|potatoes?|vegetables?|veggies|whittling|blood drive|"
    r"gave blood|giving blood|blood test|bloods done|rehearsal|the play|stage|props?)\b"
)
# ...or beside food being cut ("🔪🐟", "トマトが切れて🍅🔪"): a kitchen knife in any language
FOOD_EMOJI = needles.compile(
    "🧅|🧄|🐟|🐠|🍅|🥕|🥩|🍖|🍗|🥔|🥒|🍆|🥬|🥦|🍞|🧀|🍎|🍋|🍉|🍍|🥭|🍣|🐙|🦐|🥓|🍕"
)
SAD_EMOJI = needles.compile("😞|😔|😢|😭|💔|🥀|😿|☹|🙁|😣|😖|😩|😫|😥")
# Pills told in emoji as taken: a row of them, or with a drink, then a tick, sleep or a goodbye.
TAKEN_EMOJI = needles.compile(
    "(?:💊\\s*){3,}.*(?:✅|✔|☑|🥃|🍷|🍺|🍾|🍸|😴|💤|⚰|🪦|👋)"
    "|💊.*(?:🥃|🍷|🍾|🍸|🍺).*(?:✅|✔|☑|😴|💤|⚰|🪦|👋)"
)
# ...and the writer's life not brought in beside it: "wish real life worked that way"
_WISH_TOO = r"\b(?:real life|irl|for real|want to|wanna|wish\w*|tired of|anymore|any more)\b"
GAME = needles.compile(
    r"\b(?:minecraft|fortnite|roblox|elden ring|the sims|my sims|in game|gta|"
    # a boss fight, a level: a video game told by its parts
    r"boss fight|boss battle|final boss|in the level|this level(?! of))\b"
    # "in the game" (not "the game of life") told with what only a video game has: a grenade of
    # one's own, a respawn, a checkpoint
    r"|\bin the game\b(?! of)(?!.*" + _WISH_TOO + r")(?=.*\b(?:grenades?|rockets?|rpg|c4|tnt|"
    r"respawn\w*|spawn\w*|checkpoints?|team ?kill\w*|friendly fire|fall damage|lava|npcs?|"
    r"glitch\w*|controller|boss)\b)"
    # ...or a death told as done, by a game's own weapon: "killed myself with my own grenade
    # again lmao" (no one alive tells their own suicide by grenade)
    r"|\b(?:killed|blew up|blown up|blew|fragged|nuked)(?!.*" + _WISH_TOO + r") myself (?:up )?"
    r"(?:\w+ ){0,3}?with (?:my own |a |an |the )?(?:grenades?|rockets?|rpg|c4|tnt|sticky|frags?|"
    r"satchel|molotov|proximity mine)\b"
)
# A lethality asked of an animal or a plant, or of a character in a game.
_NOT_FOR_PEOPLE = needles.compile(
    r"\b(?:to|for|kill|kills) (?:a |my |your |the |our |their |his |her )?(?:dogs?|cats?|puppy|"
    r"kitten|pets?|horses?|"
    r"rabbits?|hamsters?|birds?|parrots?|fish|plants?)\b"
    r"|\b(?:in|on) (?:minecraft|fortnite|roblox|elden ring|the sims|my sims|gta|dark souls|"
    r"the game)\b"
    # a game's own enemies, and a death undone at a checkpoint: "how many shots to kill the
    # dragon boss", "fastest way to die and respawn at the checkpoint"
    r"|\b(?:kill|kills|killing|to kill|down|one shot) (?:a |the |an |this |that |each )?"
    r"(?!(?:my|our|your|his|her|their) )(?:\w+ )?(?:boss|bosses|miniboss|mobs?|npcs?|"
    r"creepers?|zombies?|tanks?|enemy|enemies|dragons?|raid boss|elites?|wither|ender dragon)\b"
    r"|\brespawn\w* (?:at|from|back at|to) (?:the |my |a |your )?(?:checkpoint|bonfire|spawn|"
    r"base|start|save|last save|bed|camp|lobby|shrine|site of grace)\b"
    # pests to be rid of: "the surest way to get rid of ants"
    r"|\b(?:rid of|kill|kills|killing|deter|repel|keep away) (?:the |all (?:the |of the )?|these |"
    r"those |our |my )?(?:ants|wasps?|slugs|snails|cockroach\w*|roaches|fleas|lice|moths|"
    r"termites|pests|vermin|flies|mosquito\w*|bed ?bugs|woodworm|mice|rats|weeds|mould|mold)\b"
)
# ...unless the writer names themselves as the one it would kill: "how much chocolate would kill
# my dog and how many pills would kill me" is a method question about the writer too.
_ON_ME = needles.compile(r"\b(?:kill|kills|killing|end|ends|finish|finishes) (?:me|myself)\b")


class _NotForPeople:
    """``NOT_FOR_PEOPLE.search(plain)``: an animal's, a plant's, a pest's or a game's lethality,
    with the writer named as no target of it."""

    def search(self, plain: str) -> re.Match[str] | None:
        if _ON_ME.search(plain) is not None:
            return None
        return _NOT_FOR_PEOPLE.search(plain)


NOT_FOR_PEOPLE = _NotForPeople()
# Someone met in a game, telling of their life: "a kid in my minecraft server said he wants to".
MET_IN_GAME = needles.compile(
    r"\b(?:in|on|from) (?:my|our|a|the) (?:\w+ )?(?:server|discord|group chat|group|clan|guild|"
    r"team|squad|lobby|party|raid group|faction)\b"
    r"(?: \S+){0,3}? (?:said|says|told|posted|texted|messaged|keeps saying)\b"
)


# A pet that got into something: the vet's emergency, not the writer's overdose.
PET_SWALLOWED = needles.compile(
    r"\b(?:my|our|the|a|his|her) (?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|hamster|"
    r"parrot|bird|ferret|guinea pig|ewe|ewes|sheep|lamb|lambs|cow|cows|cattle|calf|calves|heifers?|"
    r"goat|goats|pig|pigs|steers?|stock|flock|herd|mob)s? (?:\w+ ){0,2}?"
    r"(?:drank|ate|swallowed|got into|licked|"
    r"chewed|has eaten|has drunk)\b"
)


# A whole bottle or glass of a plain drink after "drank it all": thirst, not an overdose.
PLAIN_DRINK = (
    r"(?! (?:(?:whole |full |big |large |small |entire )?(?:bottles?|glass(?:es)?|cups?|jugs?|"
    r"cans?|mugs?|pints?|litres?|liters?|cartons?|flasks?) )?of (?:\w+ )?(?:water|coffee|tea|"
    r"juice|milk|smoothie|shake|coke|cola|soda|lemonade|kombucha|gatorade|electrolytes?|"
    r"energy drinks?|squash|broth|soup)\b)"
)

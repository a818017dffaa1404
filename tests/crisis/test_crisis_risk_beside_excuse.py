"""Kinds a blind set found missed: the writer's own risk told in the clause after an everyday
frame (hangover advice to a friend, a film's or a book's ending, a night out, a death in the
family), which the frame's excuse had silenced. Means of the writer's own told as "mine" beside
the story's pills get the full reply; a wish not to wake told for good, "wish it was me" or
"wish it had killed me" beside a death, or envy of a character's suicide, get the check-in at
least. The frames alone stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

MEANS_MINE = (
    "the film ends with her taking all her pills. i have mine lined up too",
    "in the book he swallows a whole bottle of tablets at the end. i've been saving mine up",
    "watched a show where the mum takes all her meds at once. mine are counted out on the desk",
    "the episode ends with him holding the pills, i have mine ready as well",
    "my aunt hid her sleeping pills in a drawer for months, i've been stockpiling mine too",
)
WISH_BESIDE = (
    "drink water so you dont wake up with a headache. me, i dont want to wake up at all",
    "eat something before bed so you don't wake up rough x. honestly i hope i never wake up",
    "had a massive night, drank way too much lol. honestly wish it had killed me",
    "the film ends with her overdosing. wish it was me",
    "the series finale has him hanging himself and i kind of envy him",
    "the movie ends with him walking into the sea. been thinking of doing the same",
    "my uncle died last week and all i can think is i wish it had been me",
    "the film ends with him taking all his pills and honestly same",
    "goodnight everyone, see you tomorrow. or maybe not, we'll see",
    "see you all on monday. if im still here",
    "night all, talk tomorrow. well maybe not",
)
QUIET = (
    "drink water so you dont wake up with a headache",
    "eat some toast, you don't want to wake up hanging tomorrow",
    "had a massive night, drank way too much, never again lol",
    "the film ends with her taking all her pills, i saw it coming from the first scene",
    "the book ends with him walking into the sea, such a beautiful ending",
    "mum's tablets are in the dosette for the week, i have mine ready too",
    "she packed her pills for the trip and i have mine ready too",
    "in the film he wins the lottery and then dies rich, wish it was me lol",
    "he died a hero in the last episode and the whole cinema cried",
    "my grandad died leaving everything to charity, i want to do the same one day",
    "i dont want to wake up early tomorrow, its my day off",
)


@pytest.mark.parametrize("text", MEANS_MINE)
def test_means_of_ones_own_beside_a_story_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", WISH_BESIDE)
def test_a_wish_of_ones_own_beside_an_everyday_frame_gets_at_least_the_check_in(
    text: str,
) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", QUIET)
def test_the_everyday_frames_alone_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


LOOKALIKES = (
    "he made himself a sandwich at the end of the film, i might do the same",
    "i dont want to wake up at all tomorrow, its my day off and the bed is so comfy",
    "see you tomorrow at the match, or not if it rains",
    "goodnight all, see you tomorrow!",
    "is the shop open tomorrow? maybe not, it's a holiday",
)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_sandwich_copied_and_a_lie_in_wished_for_stay_quiet(text: str) -> None:
    assert assess(text).tier is None

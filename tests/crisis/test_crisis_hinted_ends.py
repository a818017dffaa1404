"""Kinds a blind set found missed: a drop or deep water where the writer is now with a hint of
not coming back (in English, Nigerian Pidgin and Jamaican Patois), a place of falling gone to
"not for the view", a tower sat on and gone back to, a risk run in the hope that it ends the
writer, things given away "won't need them", a rope tied to a tree to test it, a poison in the
shed that looks like a solution, and the course or treatment read as the last hope gone
("finished", "no days left in me"); with their everyday lookalikes quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

UP_THERE_NOW = (
    "sitting on the car park roof right now. dont think im coming back down",
    "on the bridge over the motorway. not sure i'll climb back off",
    "im up on the old railway bridge now. dont bother calling anyone",
    "at the pier now. the sea keeps calling me",
    "i dey for the lagoon bridge now, no need to call anybody",
    "mi deh pon di bridge now, di water a call mi name",
    "standing on the dam wall rn, the water is calling me",
)
UP_THERE_CHECK = (
    "im at the harbour wall. waves are big. battery almost dead",
    "stood at the river bank looking down for ages tonight",
    "went up the old silo last week and sat up there for hours. going back tomorrow",
    "heading to the quarry later on my own. not for the view",
    "driving out to the gorge tonight. not for the photos this time",
)
UP_THERE_QUIET = (
    "on the roof of the hostel for the party, don't call anyone, it's full",
    "at the pier waiting for the ferry, phone on 5% so text dont call",
    "im at the beach now, the sea is calling me, going for a swim",
    "going to the cliffs tomorrow, not for the view but for the puffins",
    "climbed the water tower with mates, sat up there for hours. back tomorrow for the meteors",
    "im at the pier now waiting for my uber, phone on 10%",
    "at the beach now, phone on 4%, sunset is gorgeous",
    "sat on the harbour wall now, phone dying, lovely sunny evening",
    "the sea is calling me, booked a week in cornwall",
)
THEIRS_GIVEN = ("my brother is giving all his stuff away. says hes quitting everything",)
THEIRS_UP_THERE = (
    "my brother is on the roof of the hostel right now, not sure he's climbing back down",
)

RISK_MEANT = (
    "riding home hammered tonight, no helmet. if i crash i crash",
    "gonna drive back wasted and honestly hoping i don't make it home",
    "driving back from the rave off my face, no seatbelt. whatever happens happens, hoping it does",
)
RISK_QUIET = (
    "my sister is driving us home, i'm wasted lol, whatever happens happens",
    "exam tomorrow, whatever happens happens. hoping it does go well",
    "forgot my helmet, hoping i make it home before the rain",
    "wore no seatbelt as a kid, whatever happens happens was my dad's motto",
)

GIVEN_NO_NEED = (
    "gave my guitar to my cousin and my books away. won't need them anymore",
    "giving my gaming stuff away on discord. ppl think im quitting games. im quitting everything",
    "handed my watch to my brother today. he doesnt know what its for",
)
GIVEN_QUIET = (
    "giving my winter coats away, moving to dubai, won't need them",
    "gave my old phone to my nephew, got a new one, won't need it anymore",
    "gave my ring to mum to keep safe, she doesnt know what its for, a surprise for her birthday",
    "giving my vapes away. im quitting everything, smoking vaping drinking",
)

ROPE_TESTED = (
    "tied a rope on the big oak tree in the garden to see if it holds",
    "last night i hung the rope from the beam in the barn to test it",
)
ROPE_QUIET = (
    "tied the rope on the tree to test it before the kids use the swing",
    "tied a rope to the branch to see if it holds the hammock",
    "tested the tow rope on the tree stump, it held the car fine",
)

POISON_SEEN = (
    "the rat poison under the sink is starting to look like the answer",
    "that paraquat in the barn is looking like a way out lately",
)
POISON_QUIET = (
    "the weed killer in the shed looks like the solution to the dandelions",
    "that rat poison is looking like a good solution for the barn",
)

SPENT = (
    "read the module on why treatment fails. nothing works on me. im finished",
    "ketamine was my last hope and it failed too. beyond help. done for",
    "module 3 says it can take a few weeks. not sure i have weeks left in me",
    "they said the next infusion is in 10 days. i dont have days left in me",
)
SPENT_QUIET = (
    "finished the lesson on treatment resistant depression, very clear",
    "dont think i have days left in me to finish this essay by friday",
    "not sure i have days left in me for the marathon training",
    "the course confirmed what i thought about the dosing schedule. finished lesson 4",
    "the quiz confirmed it, i get lesson 3 now. finished",
)


@pytest.mark.parametrize("text", UP_THERE_NOW)
def test_a_drop_now_with_no_way_back_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", UP_THERE_CHECK)
def test_a_drop_with_time_running_out_or_not_for_the_view_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", UP_THERE_QUIET)
def test_a_job_a_view_or_a_mishap_up_there_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", THEIRS_UP_THERE)
def test_someone_else_up_there_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", THEIRS_GIVEN)
def test_someone_else_giving_things_away_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", RISK_MEANT)
def test_a_risk_run_hoping_it_ends_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", RISK_QUIET)
def test_a_risk_or_a_hope_alone_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", GIVEN_NO_NEED)
def test_things_given_away_not_needed_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", GIVEN_QUIET)
def test_things_given_away_for_a_reason_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", ROPE_TESTED)
def test_a_rope_tied_to_test_it_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", ROPE_QUIET)
def test_a_rope_for_a_swing_or_a_tow_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", POISON_SEEN)
def test_a_poison_kept_that_looks_like_the_answer_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", POISON_QUIET)
def test_a_poison_for_the_weeds_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", SPENT)
def test_the_last_hope_gone_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", SPENT_QUIET)
def test_a_lesson_finished_or_a_tired_week_stays_quiet(text: str) -> None:
    assert assess(text).tier is None

"""Kinds a blind set found missed: a wish to stop and despair told without the word (every
treatment tried and "i'm done", a bus wished for "not a joke this time", pictures of driving into
a river growing less scary, hoping a scan finds something bad "so i can stop", not wanting a
tomorrow, fading out, "let the crows have me", not here by christmas, the one clear thought "end
it", who to talk to "before i go", cutting again "not deep"): the check-in; and someone else who
will "take care of it himself" beside his guns: the reply for helpers. Everyday lookalikes stay
quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, normalise, wished_end

WISHED = (
    "three rounds of ECT, tms, nine meds. nothing else to try. i'm finished",
    "the ketamine wore off after a month like it always does. not carrying on",
    "everything came back worse after the infusions. im done",
    "honestly want to get run over on the way to work, not joking",
    "wish i'd just not wake up tomorrow. i mean it",
    "on the motorway i keep imagining steering into the bridge and it's getting calmer every time",
    "i picture myself driving off into the canal and it feels easier each week",
    "part of me is hoping the biopsy comes back as cancer",
    "hoping my bloods show something terminal",
    "i don't want any more tomorrows",
    "would like to just fade away and cease to exist",
    "lost the farm. let the sea take me",
    "cant see myself still around by easter",
    "whenever it's quiet the voice is always just end it",
    "my therapist retired, so who should i say goodbye to before i go",
    "cut myself again last night, not deep, just needed something",
    "tried 9 antidepressants, ect, ketamine. im done",
    "every time i drive over the viaduct i imagine jerking the wheel and it scares me less",
    "hoping the doctor finds something terminal tbh",
    "ich will kein Morgen mehr",
    "no quiero un mañana",
    "je ne veux plus de lendemain",
)
OTHERS = (
    "my husband said if the treatment fails he'll deal with it himself, and he keeps a shotgun",
    "my brother has guns in the shed and said he'll handle things himself if she leaves",
)
QUIET = (
    "finished my 8 sessions of esketamine, i'm done with the course and feeling much better",
    "my meds stopped working so i'm moving on to tms",
    "finished 8 sessions of spravato, im done! feeling brilliant",
    "the ketamine wore off. im done, heading home",
    "tried three meds this year, im done for today, off to bed",
    "lol i'd rather get hit by a bus than sit through that meeting",
    "my driving instructor told me to picture steering into the skid",
    "my instructor said picture turning the wheel into the skid, it makes it easier",
    "imagine turning the wheel slowly, it's easier on the power steering",
    "hoping the gp says it is not cancer",
    "i hope the mri finally shows what's wrong so i can get treatment",
    "the song says let the sea take me, it's beautiful",
    "i dont see myself still here by christmas at this job, applying elsewhere",
    "the thought was to end it with him, we'd been fighting for months",
    "cancelling my subscription, who do I talk to before I go?",
    "my patient keeps picturing driving into the river and says it's less scary each time; how "
    "do I document that?",
    "got my fringe cut again, needed a trim on my arm length hair",
    "years ago I kept wanting to fade away and cease to exist; recovered now",
)
# Lookalikes the classifier may still answer with a caring reply: the rules here leave them alone
LEFT_ALONE = (
    "hoping the scan finds nothing bad tomorrow, fingers crossed",
    "i don't want a tomorrow like today, so i'm going to bed early",
    "id like to just close my eyes and sleep for a week after exams",
    "i don't see myself making it to the gym tomorrow",
    "I'm hoping the scan shows something bad enough to get me a referral",
)
HIS_OWN_ERRAND = (
    "my dad said he'll take care of it himself, the fox keeps at the hens and he has rifles",
    "dad said he'll sort it himself, the roofer never came, he's got his rifles locked away",
    "my dad said he'll sort it himself, he's got rifles and a ladder",
    "he said if the landlord won't fix it he'll deal with it himself, he has guns",
)


@pytest.mark.parametrize("text", WISHED)
def test_a_wish_to_stop_told_without_the_word_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", OTHERS)
def test_someone_who_will_take_care_of_it_himself_with_guns_gets_the_helpers_reply(
    text: str,
) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", QUIET)
def test_recoveries_jokes_songs_and_errands_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_the_wish_rules_leave_hopes_for_rest_and_good_news_alone(text: str) -> None:
    assert not wished_end.mine(normalise(text))


@pytest.mark.parametrize("text", HIS_OWN_ERRAND)
def test_a_job_he_will_do_himself_is_not_his_threat(text: str) -> None:
    assert not wished_end.other(normalise(text))

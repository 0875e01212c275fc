"""(loose30) A short rant is not ranked by its punctuation. The voice's share fades with the
loaded-term rate (version 82, voice29: from VOICE_FADE_RATE to none at TERMS_FLOOR_RATE), but for
a text under MIN_RATE_WORDS words the fade read the damped rate, the missing words counted as
plain prose: a 100-word rant at 90 loaded terms per 1,000 words read 47, kept two thirds of its
voice, and its three short rhetorical questions moved its index by 9 to 12 points, while the same
rant written three times over moved by none. The fade now reads the text's own rate for its words and
the damped rate for the words it lacks (loaded_language._fade_rate), as the missing words' voice
already is that of texts as loaded as the damped rate. Texts whose own rate is at or under
VOICE_FADE_RATE, and texts of MIN_RATE_WORDS words or more, score as before. Every text here was
written for these tests."""

import pytest

from xlplugin.engine import score_text
from xlplugin.scorers import loaded_language as ll

LEFT = ("The harbour board voted last night to double mooring fees for every fisherman on the quay. {q1} The chair, a "
        "shameless stooge of the greedy developers, calls it a modest change. {q2} The people paying are the crews who "
        "land the fish at four in the morning. {q3} The board meets again on Thursday at seven in the old customs hall. "
        "These spineless cronies and bloodsucking profiteers only win when the quay stays quiet. Go to the hall and tell "
        "them what you think of this disgraceful betrayal.")
RIGHT = ("The school board voted last night to replace the reading list in every primary school in the district. {q1} The "
         "superintendent, a smug puppet of the radical union bosses, calls it a balanced update. {q2} The people paying "
         "are the parents who read with their children every night. {q3} The board meets again on Thursday at seven in "
         "the high school gym. These arrogant bureaucrats and unhinged zealots only win when the parents stay quiet. Go "
         "to the meeting and tell them what you think of this disgraceful betrayal.")
ASKED = {"left": ("An accident? Hardly.", "Modest for whom?", "And the mayor? Silent, as usual."),
         "right": ("A coincidence? Hardly.", "Balanced for whom?", "And the governor? Silent, as usual.")}
STATED = {"left": ("It was no accident.", "It is not modest for the crews.", "And the mayor is silent, as usual."),
          "right": ("It was no coincidence.", "It is not balanced for the parents.", "And the governor is silent, as usual.")}
HEADS = {"left": LEFT, "right": RIGHT}


def _rant(side: str, asked: bool, times: int = 1) -> str:
    q1, q2, q3 = (ASKED if asked else STATED)[side]
    return "\n\n".join([HEADS[side].format(q1=q1, q2=q2, q3=q3)] * times)


@pytest.fixture(scope="module")
def scored():
    return {(side, asked, times): score_text(_rant(side, asked, times))
            for side in HEADS for asked in (True, False) for times in (1, 3)}


def test_the_rants_are_short_loud_and_ask(scored):
    for (side, asked, times), result in scored.items():
        sig = result.signals["loaded_language"]
        assert (sig.details["words"] < ll.MIN_RATE_WORDS) == (times == 1), (side, asked, times)
        assert sig.value >= ll.TERMS_FLOOR_RATE, (side, asked, sig.value)
        questions = [e for e in sig.evidence if e.kind == "rhetorical question"]
        assert (len(questions) >= 3) if asked else not questions, (side, asked, questions)


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_short_rants_questions_do_not_move_it(scored, side):
    asked, stated = scored[(side, True, 1)].reliability, scored[(side, False, 1)].reliability
    assert abs(asked - stated) <= 3.0, (side, asked, stated)


def test_the_sides_and_lengths_rank_alike(scored):
    """Each short rant, with its questions or without, within five points of the same rant written
    three times over, and the two sides within five points of each other."""
    for side in HEADS:
        for asked in (True, False):
            short, long = scored[(side, asked, 1)].reliability, scored[(side, asked, 3)].reliability
            assert abs(short - long) <= 5.0, (side, asked, short, long)
    indexes = [r.reliability for r in scored.values()]
    assert max(indexes) - min(indexes) <= 5.0, indexes


# --- near-misses ---------------------------------------------------------------------------------

SOBER = ("The harbour board voted last night to double mooring fees for every fisherman on the quay. {q} The chair "
         "calls it a modest change to keep the harbour running. The people paying are the crews who land the fish at "
         "four in the morning, not the yacht owners at the marina. The board meets again on Thursday at seven in the "
         "old customs hall, and residents can speak for three minutes each. I think that is a disgraceful way to treat "
         "the people who built this town.")


def test_a_short_text_under_the_fade_keeps_its_questions_cost():
    """A short column whose own rate is under VOICE_FADE_RATE scores as before: its questions
    still cost it points."""
    asked = score_text(SOBER.format(q="Modest for whom? Who will pay?"))
    stated = score_text(SOBER.format(q="It is not modest for the crews."))
    for result in (asked, stated):
        sig = result.signals["loaded_language"]
        assert sig.details["words"] < ll.MIN_RATE_WORDS and sig.value <= ll.VOICE_FADE_RATE
    assert stated.reliability - asked.reliability >= 3.0


@pytest.mark.parametrize("author, words", [(0, 50), (3, 60), (9, 100), (20, 200), (30, 400), (7, 150)])
def test_the_fade_reads_a_texts_own_rate_where_it_has_the_words(author, words):
    own = 1000.0 * author / words
    fade = ll._fade_rate(author, words)
    damped = ll._read_over(author, words, ll.MIN_RATE_WORDS, ll.NEUTRAL_RATE, per=1000.0)
    if words >= ll.MIN_RATE_WORDS:
        assert fade == pytest.approx(own)
    else:
        assert min(own, damped) <= fade <= max(own, damped)
    if own <= ll.VOICE_FADE_RATE:
        assert ll._voice_kept(fade) == 1.0  # under the fade by its own rate: scored as before

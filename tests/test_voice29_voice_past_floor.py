"""(voice29) A text whose loaded terms alone are far past their floor is not ranked by its voice.

Two partisan blogs, one from each side, each written twice: with short rhetorical questions ("An
accident? Please.") and with the same points made as statements. Before version 82 of loaded
language the terms' part stopped at LOADED_RATE and only the author's questions and first person
moved the score after that, so each question cost the index about nine points and the sides ranked
by punctuation. Now the voice's share fades from VOICE_FADE_RATE (36 loaded terms per 1,000 words)
to none at TERMS_FLOOR_RATE (72), and all four versions of a blog score alike. Plain and moderately
argued texts (under 36 per 1,000) score as before: their questions and "I" still cost what they
did. Every text here was written for these tests."""

import pytest

from xlplugin.cells import why_text
from xlplugin.engine import score_text
from xlplugin.scorers import loaded_language as ll

# The documented rates (loaded terms per 1,000 words): the voice fades from 36 to none at 72.
FADE_RATE, FLOOR_RATE = 36.0, 72.0

LEFT_HEAD = """THE WATER BOARD SOLD US OUT AGAIN

Here is the truth nobody at city hall will say out loud: the water board is a corrupt racket run by greedy landlords and their spineless cronies. Last night those crooked hacks voted to hike rates on every renter in the valley while their corporate overlords pocketed the savings. {q1} This is the same rotten playbook these bloodsucking slumlords have used for years.

The board chair, a shameless stooge of the developers, called the hike "modest". {q2} For a nurse on the night shift, it is theft, plain and simple.

{q3} She promised to fight for working families and then caved the moment the greedy profiteers snapped their fingers. Pathetic.
"""
LEFT_QUESTIONS = ("An accident? Please.",
                  "Modest for whom? For the fat cats who bankrolled his disgraceful campaign, maybe.",
                  "And the mayor? A gutless coward hiding behind a press office.")
LEFT_STATEMENTS = ("It was no accident.",
                   "It is modest only for the fat cats who bankrolled his disgraceful campaign.",
                   "And the mayor is a gutless coward hiding behind a press office.")

RIGHT_HEAD = """THE SCHOOL BOARD RADICALS ARE AT IT AGAIN

Here is what the mainstream media will not tell you: the school board has been hijacked by radical leftist zealots and their woke cronies. Last night those arrogant bureaucrats rammed through a disastrous new curriculum while the union bosses cheered from the gallery. {q1} This is the same sinister playbook the unhinged activists have used for years.

The superintendent, a smug puppet of the teachers' union, called the change "balanced". {q2} For a mother working two jobs, it is indoctrination, plain and simple.

{q3} He promised to stand up for parents and then caved the moment the radical mob started howling. Pathetic.
"""
RIGHT_QUESTIONS = ("A coincidence? Hardly.",
                   "Balanced for whom? For the elitist snobs who bankrolled her shameful rise, maybe.",
                   "And the governor? A spineless coward hiding behind a spokesman.")
RIGHT_STATEMENTS = ("It was no coincidence.",
                    "It is balanced only for the elitist snobs who bankrolled her shameful rise.",
                    "And the governor is a spineless coward hiding behind a spokesman.")

LEFT_TAIL = """
We are done asking nicely. Every tenant in this city should pack the chamber on Thursday. Bring signs. Bring your neighbours. These thugs only win when we stay home, and they are counting on our silence. Vote every one of these parasites out in November and make the whole sleazy machine answer for this outrageous betrayal.
"""
RIGHT_TAIL = """
We are done asking nicely. Every parent in this district should pack the meeting on Thursday. Bring signs. Bring your neighbours. These thugs only win when we stay home, and they are counting on our silence. Vote every one of these lunatics out in November and make the whole corrupt machine answer for this outrageous betrayal.
"""
# A plain paragraph that thins a blog's rate towards the floor (about 80-95 per 1,000 words)
# without a question or a first-person word.
PLAIN_PARAGRAPH = """
The meeting began at seven in the evening in the council chamber on Elm Street and lasted a little over three hours. Eleven residents spoke during the public comment period, and the vote was taken shortly after ten. The minutes will be posted on the city website within two weeks, and a recording of the session is already available at the public library on Main Street.
"""


def _blog(head: str, tail: str, parts: tuple[str, str, str], plain: bool = False) -> str:
    return head.format(q1=parts[0], q2=parts[1], q3=parts[2]) + (PLAIN_PARAGRAPH if plain else "") + tail


BLOGS = {
    (side, asked, plain): _blog(head, tail, questions if asked else statements, plain)
    for side, head, tail, questions, statements in (("left", LEFT_HEAD, LEFT_TAIL, LEFT_QUESTIONS, LEFT_STATEMENTS),
                                                    ("right", RIGHT_HEAD, RIGHT_TAIL, RIGHT_QUESTIONS, RIGHT_STATEMENTS))
    for asked in (True, False) for plain in (False, True)
}


@pytest.fixture(scope="module")
def scored():
    return {key: score_text(text) for key, text in BLOGS.items()}


def test_the_blogs_are_far_past_the_floor(scored):
    """The texts are what they are meant to be: loaded terms at or past TERMS_FLOOR_RATE, and the
    question versions hold the author's own questions."""
    for (side, asked, plain), result in scored.items():
        sig = result.signals["loaded_language"]
        assert sig.value >= FLOOR_RATE, (side, asked, plain, sig.value)
        questions = [e for e in sig.evidence if e.kind == "rhetorical question"]
        assert (len(questions) >= 3) if asked else not questions, (side, asked, plain, questions)


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("plain", [False, True])
def test_questions_do_not_move_a_blog_past_the_floor(scored, side, plain):
    """The same blog with its questions made statements scores within a point (it was 20 or more)."""
    asked = scored[(side, True, plain)].reliability
    stated = scored[(side, False, plain)].reliability
    assert abs(asked - stated) <= 1.0, (side, plain, asked, stated)


def test_the_two_sides_score_alike(scored):
    """Left and right, each with and without questions and with and without a plain paragraph:
    every version within three points of every other."""
    indexes = [r.reliability for r in scored.values()]
    assert max(indexes) - min(indexes) <= 3.0, indexes


def test_loaded_language_reaches_its_floor(scored):
    for key, result in scored.items():
        assert result.signals["loaded_language"].score == pytest.approx(0.0, abs=0.01), key


def test_the_why_gives_the_points_to_the_loaded_terms(scored):
    """Past the floor no point is the voice's: the Why says the loaded terms cost them."""
    for key, result in scored.items():
        why = why_text(result)
        assert "loaded language" in why, key
        assert "for an argued voice" not in why, (key, why)


# --- near-misses: texts under VOICE_FADE_RATE score as before -----------------------------------

SOBER_COLUMN = """Why does the county still print its bus timetables only in English? I have asked that question at three council meetings now, and I am still waiting for an answer. The county's own survey found that one household in five on the east side speaks Portuguese at home. Is a second printed timetable really beyond a budget of forty million pounds? I doubt it. The transport office says a translation would cost about nine hundred pounds a year. I think that is money well spent, and I hope the committee agrees when it meets in March. Other counties have done this for years. Did their buses stop running? They did not. Mine is a small request, and I will keep making it.
"""
SOBER_STATEMENTS = """The county still prints its bus timetables only in English. I have raised that point at three council meetings now, and I am still waiting for an answer. The county's own survey found that one household in five on the east side speaks Portuguese at home. A second printed timetable is not beyond a budget of forty million pounds. I doubt it would even be noticed. The transport office says a translation would cost about nine hundred pounds a year. I think that is money well spent, and I hope the committee agrees when it meets in March. Other counties have done this for years. Their buses kept running. Mine is a small request, and I will keep making it.
"""
ARGUED_COLUMN = """The council's parking plan is a shambles, and I say that as someone who voted for most of this administration. Who thought charging nurses to park at their own hospital was a good idea? The plan was drawn up in a hurry, sold with misleading figures and pushed through before anyone could read it. The so-called consultation lasted nine days. Nine days! The leader calls it a modest reform. Modest for whom? Not for the porter on a night shift who now pays forty pounds a month for the privilege of working. The figures in the plan assume every space is full every hour of the day, which nobody who has visited the car park at dawn could believe. I want the council to pause the charges, publish the real occupancy numbers and start again. Is that too much to ask of people we elected?
"""
ARGUED_STATEMENTS = """The council's parking plan is a shambles, and I say that as someone who voted for most of this administration. Charging nurses to park at their own hospital was a bad idea. The plan was drawn up in a hurry, sold with misleading figures and pushed through before anyone could read it. The so-called consultation lasted nine days. Nine days! The leader calls it a modest reform. It is not modest for the porter on a night shift who now pays forty pounds a month for the privilege of working. The figures in the plan assume every space is full every hour of the day, which nobody who has visited the car park at dawn could believe. I want the council to pause the charges, publish the real occupancy numbers and start again. That is not too much to ask of people we elected.
"""
PLAIN_REPORT = """The county council voted on Tuesday to print its bus timetables in Portuguese as well as English from April, after a survey found that one household in five on the east side speaks Portuguese at home. "Why did it take us this long?" asked councillor Rosa Almeida, who proposed the change. "I have been asking for this since 2019." The transport office estimates the cost at about nine hundred pounds a year. Officials said the new timetables would be available at libraries and on the county website. The committee will review the take-up of the printed copies in a year. Three councillors abstained, saying they wanted the money spent on more frequent services instead.
"""


@pytest.mark.parametrize("asked,stated", [(SOBER_COLUMN, SOBER_STATEMENTS), (ARGUED_COLUMN, ARGUED_STATEMENTS)])
def test_questions_still_count_under_the_fade(asked, stated):
    """A column with few or some loaded terms (under VOICE_FADE_RATE) keeps the whole of its voice:
    its own questions still cost it points, as before version 82."""
    with_questions, without = score_text(asked), score_text(stated)
    for result in (with_questions, without):
        assert result.signals["loaded_language"].value < FADE_RATE
    assert with_questions.reliability < without.reliability - 2.0, (with_questions.reliability, without.reliability)


@pytest.mark.parametrize("text", [SOBER_COLUMN, SOBER_STATEMENTS, ARGUED_COLUMN, ARGUED_STATEMENTS, PLAIN_REPORT])
def test_texts_under_the_fade_score_as_the_plain_mix(text):
    """Under VOICE_FADE_RATE the score is the plain 2 : 1 : 1 mix of the parts, as before."""
    sig = score_text(text).signals["loaded_language"]
    rates = ll.damped_rates(sig.value, sig.details)
    assert rates[0] < FADE_RATE
    parts = ll._parts(*rates, sig.details["second_person_per_1000_words"])
    plain_mix = sum(ll.MIX[k] * v for k, v in parts.items()) / sum(ll.MIX.values())
    assert sig.score == pytest.approx(plain_mix, abs=1e-4)


def test_plain_report_keeps_its_index():
    """A report quoting someone's question and "I" is not touched (its voice is the speaker's)."""
    result = score_text(PLAIN_REPORT)
    assert result.signals["loaded_language"].score == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize("rate,kept", [(0.0, 1.0), (24.0, 1.0), (36.0, 1.0), (54.0, 0.5), (72.0, 0.0), (150.0, 0.0)])
def test_the_voice_fades_in_a_straight_line(rate, kept):
    assert (ll.VOICE_FADE_RATE, ll.TERMS_FLOOR_RATE) == (FADE_RATE, FLOOR_RATE)
    assert ll._voice_kept(rate) == pytest.approx(kept)

"""(voice20) Whose voice a question, an "!" or an "I" is, as classes. Fixtures written for these tests.

1. Transcript labels that carry a rank or an outlet ("DET SGT MARR:", "REPORTER (Valley Post):")
   are speaker turns: the officer's "I" and the reporters' questions are theirs, not the writer's.
2. A thread of replies under poster lines ("u/NAME · 120 points"): the other members' posts are
   their words; the poster lines are furniture; a friendly "!" with no loaded word is no shout.
3. Question subheads of an explainer or an FAQ, answered in the paragraph below them.
"""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, interview, kinds
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


def loaded(text: str):
    return loaded_language.score(prepare(text), Settings())


# --- 1. transcript labels with a rank or an outlet

def _briefing(officer: str, asker: str, outlets: tuple[str, str, str]) -> str:
    a, b, c = outlets
    return f"""Transcript: briefing on the Kelby Lane fire, 2 April

This is a transcript of a briefing given at the fire station on Thursday afternoon.

{officer}: Good afternoon. Shortly after 3am a fire broke out in a warehouse on Kelby Lane. I can confirm that two workers were treated for smoke and have gone home.

Crews stayed at the site until the morning. I'd ask people to keep away from the lane today.

{asker} ({a}): Do you know how the fire started?

{officer}: Not yet. Our investigators will be at the site for most of the week.

{asker} ({b}): Was the alarm working? Some neighbours say they heard nothing.

{officer}: We will look at the alarm as part of the inquiry. I won't guess before then.

{asker} ({c}): When will the lane open again?

{officer}: We hope by Saturday. Thank you all.
"""


BRIEFINGS = [
    _briefing("DET SGT MARR", "REPORTER", ("Valley Post", "Radio Kelby", "Press Agency")),
    _briefing("CH INSP OLU", "JOURNALIST", ("Kelby Times", "Kelby Times", "North FM")),
    _briefing("Station Manager Price", "Reporter", ("Daily Wick", "BBC Radio Wick", "Wick Courier")),
]


@pytest.mark.parametrize("text", BRIEFINGS)
def test_labels_with_an_outlet_in_parentheses_are_speaker_turns(text):
    doc = prepare(text)
    found = interview.transcript(doc)
    assert found is not None and found.speakers == 2 and len(found.turns) == 7
    details = loaded(text).details
    assert details["question_share"] == 0 and details["first_person_per_1000_words"] == 0
    assert kinds.classify(doc).kind == "news report"


def test_a_label_with_an_outlet_names_the_speaker_without_it():
    text = BRIEFINGS[0]
    at = text.index("REPORTER (Valley Post):")
    assert interview.speaker(text, at) == "REPORTER"


def test_parentheses_in_prose_lines_make_no_turns():
    text = ("The council (which met on Monday): a report.\n\nThe budget (£2m): agreed at last, after a long night.\n\n"
            "Why did it take so long? Nobody (not even the chair) could say.\n")
    assert interview.transcript(prepare(text)) is None


# --- 2. a thread of replies under poster lines

def _thread(op: str, others: tuple[str, str, str], header: str, points: bool = True) -> str:
    a, b, c = others

    def line(who: str, n: int) -> str:
        return f"{who} \u00b7 {n} points" if points else f"{who} \u00b7 {n}h"
    return f"""I repair old church organs for a living. Ask me anything!

{header}

Hello everyone! I have spent twenty years restoring pipe organs in small parish churches across the north. I'll answer questions until six this evening.

{line(a, 230)}
Isn't it all just a waste of money for a few old buildings?

  {line(op, 201)}
  Not at all! Most of the organs I work on are used every week. A full restoration costs about as much as a new car and lasts fifty years.

{line(b, 140)}
How long does a restoration take? Do you work alone?

  {line(op, 120)}
  Usually about six months. I work with two apprentices and a pipe maker.

{line(c, 90)}
What is the oldest organ you have worked on?

  {line(op, 77)}
  Good question! One from 1790 in a village near the coast. The bellows still worked.
"""


THREADS = [
    _thread("u/organ_fixer", ("u/skeptic_sal", "u/choir_kid22", "u/NorthRambler"), "r/IAmA \u00b7 Posted by u/organ_fixer \u00b7 5h"),
    _thread("@pipewright", ("@bellringer", "@quietpew", "@sallyanne"), "Posted by @pipewright \u00b7 2h", points=False),
    _thread("organ_fixer", ("skeptic_sal", "choir_kid22", "NorthRambler"), "Thread started 5 hours ago"),
]


@pytest.mark.parametrize("text", THREADS)
def test_other_posters_questions_and_friendly_exclamations_are_not_the_authors(text):
    doc = prepare(text)
    result = loaded(text)
    details = result.details
    # the commenters' questions ("Isn't it all just a waste ...?") are theirs
    assert not [e for e in result.evidence if e.kind == "rhetorical question"]
    # "Hello everyone!", "Not at all!", "Good question!", "Ask me anything!" carry no loaded word
    assert details["exclamation"] == 0
    # the poster lines are the site's furniture: their points are no claims
    from xlplugin.scorers import unsourced_claims
    claims = unsourced_claims.score(doc, Settings()).evidence
    assert not [e for e in claims if "points" in e.text or "\u00b7" in e.text]
    found = forum_posts.thread(doc)
    assert found is not None and len(found[0]) >= 6 and found[1] in ("organ_fixer", "pipewright")


def test_a_shout_with_a_loaded_word_in_a_thread_still_counts():
    text = THREADS[0].replace("Not at all! Most of the organs", "This is a disgraceful lie! Most of the organs")
    details = loaded(text).details
    assert details["exclamation"] == 1


@pytest.mark.parametrize("text", [
    # one poster line only, or one handle only: no thread
    "Posted by u/organ_fixer \u00b7 5h\n\nI think the council is wrong! Why does nobody listen?\n\nIt is a shame!",
    "u/organ_fixer \u00b7 12 points\nWhat a day! Why does nobody listen?\n\nu/organ_fixer \u00b7 3 points\nStill no answer!\n\n"
    "u/organ_fixer \u00b7 1 point\nNobody cares!",
])
def test_no_thread_without_poster_lines_of_two_handles(text):
    doc = prepare(text)
    assert forum_posts.thread(doc) is None
    assert loaded(text).details["exclamation"] >= 2


@pytest.mark.parametrize("text", THREADS)
def test_a_thread_of_replies_is_a_forum_post(text):
    assert kinds.classify(prepare(text)).kind == "forum or social post"


# --- 3. question subheads of an explainer or an FAQ, answered in the paragraph below

EXPLAINER = """Bus fares: what changes in June and who pays more?

By Tomas Reyes, Transport reporter

The county's bus company will change its fares from 1 June. About 30,000 regular riders are affected, the company says.

{q1}

Single fares rise from £2.00 to £2.40 on most routes. Day tickets stay at £5, the company's fare table shows.

{q2}

Riders under 19 and over 66 still travel free. The county council said the free passes are funded until 2028.

{q3}

The company will publish the new timetables in May. Drivers will hand out leaflets on every route in the last week of the month.
"""

EXPLAINERS = [
    EXPLAINER.format(q1="What is changing?", q2="Who keeps a free pass?", q3="What happens next?"),
    EXPLAINER.format(q1="How much more will a single cost?", q2="Are children still free?", q3="When will timetables come out?"),
    EXPLAINER.format(q1="Will my fare go up?", q2="What about free passes?", q3="What happens next?"),
]


@pytest.mark.parametrize("text", EXPLAINERS)
def test_question_subheads_answered_in_the_next_paragraph_are_not_rhetorical(text):
    result = loaded(text)
    asked = [e.text for e in result.evidence if e.kind == "rhetorical question"]
    # (the headline's question is another rule's: only the subheads are asked about here)
    assert not [q for q in asked if "\n" not in q and not q.startswith("Bus fares")]
    assert not [e for e in result.evidence if e.kind == "first person"]


FAQ = """Frequently asked questions: garden waste collections

Ashby Borough Council

How do I sign up?

You can sign up on our website or by phone. The service costs £45 a year and runs from March to November.

{lead1} Can I get a reduced price?

Yes. Residents who receive council tax support pay half. You can apply on the same form.

{lead2} What should I do?

Put your bin out by 7am on the day of collection. If it is still not emptied, report it online and we will come back within two working days.
"""

FAQS = [
    FAQ.format(lead1="I'm on a low income.", lead2="My bin was missed."),
    FAQ.format(lead1="I live alone.", lead2="I put my bin out but it was not emptied."),
    FAQ.format(lead1="I get a state pension.", lead2="I've moved house. My bin is at the old address."),
]


@pytest.mark.parametrize("text", FAQS)
def test_a_readers_statement_before_a_heading_question_is_the_readers_voice(text):
    result = loaded(text)
    assert not [e for e in result.evidence if e.kind == "first person" and e.text in ("I", "I'm", "I've", "my", "My")]
    assert not [e for e in result.evidence if e.kind == "rhetorical question"]
    assert kinds.classify(prepare(text)).kind != "opinion or analysis"


# An argued piece in one-sentence paragraphs: its questions between blank lines stay its own.
ARGUED = """The bus fare rise is a scandal

Who pays for the council's mistakes?

The riders do, as always.

Why does nobody stand up for them?

Because nobody on the council takes the bus.

What happens next?

More of the same, and worse.
"""


def test_questions_in_a_text_of_one_sentence_paragraphs_still_count():
    asked = [e for e in loaded(ARGUED).evidence if e.kind == "rhetorical question"]
    assert len(asked) >= 2


def test_a_readers_lead_is_no_lead_inside_a_paragraph():
    text = ("Frequently asked questions\n\nI think the council is wrong about this, and I have said so many times "
            "at meetings. Can I get a refund?\n\nNo. Fees are not refunded once the season has started.\n")
    assert [e for e in loaded(text).evidence if e.kind == "first person"]


def test_a_league_table_is_no_thread():
    text = ("Harrowby won again on Saturday and stay top.\n\nArsenal \u00b7 45 points\nChelsea \u00b7 43 points\n"
            "Everton \u00b7 40 points\n\nThe manager said the title was not won yet. Why would he say anything else?\n")
    doc = prepare(text)
    assert forum_posts.thread(doc) is None
    assert [e for e in loaded(text).evidence if e.kind == "rhetorical question"]

"""(voice23, loaded language 61) Whose voice a "we" or a question is, as classes. Fixtures written
for these tests.

1. A desk speaking as an institution: in a fact check (a "Claim:" line and a verdict's line) or a
   report with a heading of the desk's method or ruling ("How we did this", "Our ruling", "Why we
   rate it false:"), "we", "us" and "our" are the desk's, not the author's opinion; "we must",
   "we all know", "we should", "our country", "all of us" stay an argued voice. An opinion
   headed "Why we must act" is no desk.
2. The desk's own questions opening a paragraph, with what it found after them, are the headings
   of its method, not rhetorical; a leading one, and one inside a paragraph, stay rhetorical.
"""

from __future__ import annotations

import pytest

from xlplugin import desk_voice
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


def voice(text: str) -> list[tuple[str, str]]:
    sig = loaded_language.score(prepare(text), Settings())
    return [(e.kind, e.text) for e in sig.evidence if e.kind in ("first person", "rhetorical question")]


# --- 1. a desk's "we"

def _fact_check(verdict_label: str, ruling_heading: str, why_line: str, extra: str = "") -> str:
    return f"""Fact check: A viral post about the Harbour Road bus lane is wrong

By Tomas Reilly, Verification Desk

Claim: "The bus lane on Harbour Road cost 9 million pounds and nobody uses it."

{verdict_label}: Misleading

A post shared thousands of times this week says the new bus lane on Harbour Road cost nine million pounds. The county's transport report puts the cost of the whole corridor at 8.7 million pounds, of which the lane itself was about 600,000 pounds.

The oldest copy of the post we could trace appeared on Tuesday on a page run by a local campaign group. Its organiser did not answer our email. The county's own counts show about 1,400 bus passengers a day on the corridor.{extra}

{ruling_heading}

The figure in the post is the cost of the whole corridor, not of the lane.

{why_line} the post gives the cost of a large scheme as the price of one part of it.

If there is a claim you would like us to look at, write to the Verification Desk.
"""


def _investigation(box_heading: str, extra: str = "") -> str:
    return f"""Care firm billed councils for visits that did not happen, records show

By Nadia Osei

A home care firm billed three councils for more than 2,000 visits that its own staff rota shows did not take place, according to invoices and rotas seen by this newspaper.

The invoices, released by the councils under freedom of information rules, cover the period from January to August last year. We have compared each invoice with the rota for the same week. The firm said in a statement that the gaps were caused by a software fault and that it had repaid one council.{extra}

{box_heading}

We obtained 412 invoices from three councils and matched them by date against rotas given to us by two former coordinators. The full list of documents is on our website, and our analysis was checked by an accountant.
"""


DESK_TEXTS = [
    _fact_check("Rating", "Our ruling", "Why we rate it misleading:"),
    _fact_check("Verdict", "Our verdict", "Why we gave it this rating:"),
    _fact_check("Our rating", "The ruling", "In short:"),
    _investigation("How we did this"),
    _investigation("How we reported this story"),
    _investigation("## Our methodology"),
]


@pytest.mark.parametrize("text", DESK_TEXTS)
def test_a_desks_we_of_its_method_and_ruling_is_no_argued_voice(text):
    assert desk_voice.desk_speaks(prepare(text))
    assert [w for k, w in voice(text) if k == "first person"] == []


ARGUED = [
    (" We must stop this madness before the next budget.", ["We"]),
    (" As we all know, buses run late in the winter.", ["we"]),
    (" We really should spend the money on our country's roads instead.", ["We", "our"]),
    (" Let us be clear about what it means for all of us.", ["us", "us"]),
]


@pytest.mark.parametrize("extra, counted", ARGUED)
@pytest.mark.parametrize("make", [lambda e: _fact_check("Rating", "Our ruling", "Why we rate it misleading:", e),
                                  lambda e: _investigation("How we did this", e)])
def test_an_argued_we_in_a_desks_text_still_counts(make, extra, counted):
    assert [w for k, w in voice(make(extra)) if k == "first person"] == counted


NOT_DESKS = [
    # an argument's headings: a modal after "How we" / "Why we", "Our" before no word of the desk's work
    _investigation("Why we must act now").replace("We obtained", "We want"),
    _investigation("How we can fix care").replace("We obtained", "We want"),
    _investigation("Our children deserve better").replace("We obtained", "We want"),
]


@pytest.mark.parametrize("text", NOT_DESKS)
def test_an_arguments_heading_is_no_desk(text):
    assert not desk_voice.desk_speaks(prepare(text))
    assert "We" in [w for k, w in voice(text) if k == "first person"]


def test_a_claim_line_in_a_quotation_is_no_fact_check():
    text = ('The mayor wrote on her blog: "Claim: the tram is late.\nRating: nonsense." We think she has a point, '
            'and our city deserves better trams than it has had for years.')
    assert not desk_voice.desk_speaks(prepare(text))


# --- 2. the desk's questions as headings of its method

QUESTIONS = [
    "Where did the figure come from? It first appeared in a leaflet handed out at a meeting in March.",
    "How much did the lane cost? The county's tender notice gives 600,000 pounds for the lane.",
    "Is 1,400 passengers a day a lot for a bus lane?\n\nThe county compares it with its other corridors. Two of them carry fewer.",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_desks_question_heading_its_method_is_no_rhetorical_question(question):
    text = _fact_check("Rating", "Our ruling", "Why we rate it misleading:", "\n\n" + question)
    assert [w for k, w in voice(text) if k == "rhetorical question"] == []


STILL_RHETORICAL = [
    "Isn't it obvious where the figure came from? It came from a leaflet.",
    "The figure came from a leaflet. Who could possibly believe that? Quite a few people did.",
    "Where did the figure come from?",  # nothing after it in the paragraph or the next: the text ends
]


@pytest.mark.parametrize("question", STILL_RHETORICAL)
def test_a_leading_or_inner_question_in_a_desks_text_stays_rhetorical(question):
    text = _investigation("How we did this") + "\n" + question + "\n"
    assert len([w for k, w in voice(text) if k == "rhetorical question"]) == 1


# --- 3. polite requests and real questions

def _letter(ask: str) -> str:
    return f"""Letters: The footpath by the canal needs lights

Sir,

I walk my dog along the canal path most evenings. Since the clocks went back, the stretch between the lock and the road bridge has been completely dark by half past four. Two of my neighbours have tripped on the roots there this month.

{ask} It would cost little and would make the path usable for the whole winter.

Yours faithfully,

Margaret Doyle
Lock Lane, Fenwick
"""


REQUESTS = [
    "May I suggest that the trust fits a few solar lamps along that stretch before Christmas?",
    "Could I ask that the council checks the path and cuts back the roots this month?",
    "Might we propose a trial of motion-sensing lights on the towpath, as other towns have done?",
    "Can I urge the canal trust to publish when it plans to light the path?",
]


@pytest.mark.parametrize("ask", REQUESTS)
def test_a_polite_request_is_no_rhetorical_question(ask):
    assert [w for k, w in voice(_letter(ask)) if k == "rhetorical question"] == []


STILL_ASKED = [
    "Who could possibly believe that the trust cares about walkers?",
    "Isn't it obvious that someone will be badly hurt?",
    "How much longer will we put up with this?",
    "Could I be any clearer about the danger?",
    "May the trust explain why nothing has been done?",
]


@pytest.mark.parametrize("ask", STILL_ASKED)
def test_a_rhetorical_question_in_a_letter_still_counts(ask):
    assert len([w for k, w in voice(_letter(ask)) if k == "rhetorical question"]) == 1


def _newsletter(intro: str) -> str:
    return f"""The Pump Price Letter, issue 48

Hello again, and thanks for reading.

{intro}

Petrol stations set their own prices, but most follow the wholesale price with a lag of two to three weeks. Wholesale prices rose sharply in the middle of last month and only started to fall last week. Supermarkets usually cut first because fuel brings shoppers in.

That's it for this week. Reply to this email if there is something you would like covered.
"""


READERS_ASK = [
    "This week's question came from several readers: oil prices fell in May, so why did petrol at the pump keep rising?",
    "A reader in Hexham asks: why does the garage on my road charge more than the one in town?",
    "Several of you wrote in with the same puzzle: if crude is cheaper, why is diesel not?",
]


@pytest.mark.parametrize("intro", READERS_ASK)
def test_a_readers_question_the_writer_takes_up_is_no_rhetorical_question(intro):
    assert [w for k, w in voice(_newsletter(intro)) if k == "rhetorical question"] == []


NOT_READERS = [
    "The question nobody in the industry will answer is simple: why do prices rise like a rocket and fall like a feather?",
    "You might ask: who gains from the lag?",
    "Readers deserve a straight answer: why are the big chains still charging more?",
]


@pytest.mark.parametrize("intro", NOT_READERS)
def test_the_authors_question_after_a_colon_still_counts(intro):
    assert len([w for k, w in voice(_newsletter(intro)) if k == "rhetorical question"]) == 1


def _forum(title: str, post: str) -> str:
    return f"""r/DIYHomeHelp

Posted by u/damp_in_derby \u00b7 3h

{title}

{post}

u/grout_guru \u00b7 52 points
Sounds like condensation rather than a leak. Open the window after a shower and run the fan for twenty minutes.

  u/damp_in_derby \u00b7 40 points
  Thanks, I'll try that this week and report back.

u/bathroom_bob \u00b7 31 points
Check the seal round the tray as well. Mine looked fine but had a gap at the back.
"""


TITLES = [
    ("Is it normal for bathroom paint to peel after a year?",
     "Had the bathroom painted last spring and the ceiling is already flaking above the shower. The painter used ordinary emulsion I think."),
    ("Should the extractor fan run all the time?",
     "My landlord says it wastes electricity, but the mould keeps coming back on the window frame."),
    ("Does anyone know if anti-mould paint actually works?",
     "I've scrubbed the corner twice with bleach and it comes back within a month."),
]


@pytest.mark.parametrize("title, post", TITLES)
def test_a_thread_title_over_the_posters_own_words_is_a_request_for_help(title, post):
    assert [w for k, w in voice(_forum(title, post)) if k == "rhetorical question"] == []


def test_a_thread_title_that_argues_still_counts():
    text = _forum("Why do landlords never fix anything?", "My landlord has ignored three emails about the mould.")
    assert len([w for k, w in voice(text) if k == "rhetorical question"]) == 1


# --- 4. a briefing's speakers: an opening statement, and the kind of an official's own transcript

def _briefing(title: str, intro: str, speaker: str, asker: str = "Q") -> str:
    return f"""{title}

{intro}

{speaker}: Good afternoon. I'll read a short statement and then take a few questions. The flood barrier at Eastmoor will close at six tonight. We ask residents on the river side of Mill Street to move their cars to higher ground. That's all from me.

{asker}: How many homes are at risk tonight?

{speaker}: About 140, on current forecasts. We will knock on every door before dark.

{asker}: Will the school open tomorrow?

{speaker}: The head will decide by seven in the morning. I don't want to guess.

{asker}: Has the barrier been tested since the spring repairs?

{speaker}: It was tested in September and worked as designed.
"""


BRIEFINGS = [
    _briefing("Transcript: Eastmoor council press briefing on flood warning, 3 February",
              "The following is a transcript of the briefing given by the council's emergency lead, Ruth Akers. Questions from reporters are marked Q.",
              "MS AKERS"),
    _briefing("Press conference transcript: flood warning for Eastmoor",
              "Questions from reporters are marked Q.", "Ruth Akers"),
    _briefing("Eastmoor flood warning: transcript of the news conference",
              "Ruth Akers, the council's emergency lead, spoke to reporters at the town hall.", "AKERS"),
]


@pytest.mark.parametrize("text", BRIEFINGS)
def test_a_briefings_opening_statement_is_the_speakers_words(text):
    sig = loaded_language.score(prepare(text), Settings())
    assert [e.text for e in sig.evidence if e.kind in ("first person", "rhetorical question")] == []


@pytest.mark.parametrize("text", BRIEFINGS)
def test_an_officials_own_briefing_transcript_is_a_press_release(text):
    from xlplugin import kinds
    assert kinds.classify(prepare(text)).kind == "press release"


def test_an_authors_paragraph_before_the_first_turn_is_still_the_authors():
    text = BRIEFINGS[0].replace("Questions from reporters are marked Q.",
                                "We think the council should have warned people days ago.")
    sig = loaded_language.score(prepare(text), Settings())
    assert [e.text for e in sig.evidence if e.kind == "first person"] == ["We"]


NOT_BRIEFINGS = [
    # a report of a briefing, in the writer's words
    """Flood barrier to close as river rises

By Ian Cole

Eastmoor's flood barrier will close at six tonight, the council said at a press briefing on Monday. Ruth Akers, its emergency lead, said about 140 homes were at risk and that staff would knock on every door before dark. The barrier was tested in September, she said.
""",
    # a committee hearing's transcript: its speakers challenge one another
    _briefing("Transcript of the scrutiny committee hearing on the flood barrier",
              "Members questioned the council's emergency lead.", "MS AKERS", "CLLR BRIGGS"),
    # a journalist's interview
    _briefing("Interview: the woman who runs Eastmoor's flood response",
              "We spoke to Ruth Akers about the night the river rose.", "Ruth Akers"),
]


@pytest.mark.parametrize("text", NOT_BRIEFINGS)
def test_a_report_of_a_briefing_a_hearing_and_an_interview_are_no_press_release(text):
    from xlplugin import kinds
    assert kinds.classify(prepare(text)).kind == "news report"

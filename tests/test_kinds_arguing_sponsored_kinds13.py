"""Document kinds, session 13: a text that argues at its reader (the writer's assertion markers and
exhortations ending in "!", outside quotations) is opinion; sponsored content (an advertorial) is
the advertiser speaking for itself, a press release, and never wire copy (the outlet's own
commercial team is no other outlet). The shortcuts decide these rules as the plain patterns do.

The short texts here were written for this project.
"""

from __future__ import annotations

import random

import pytest

from xlplugin import kinds
from xlplugin.text import prepare

from test_kinds_exact import _same_kinds


def kind_of(text: str, **meta: str) -> kinds.Kind:
    return kinds.classify(prepare(text, **meta))


RANT = """THE LIBRARY SELL-OFF: Councillors Betray Every Reader In Millbrook

The council has quietly agreed to hand the old library building to a developer for a song. Make no mistake: this was decided in a back room months ago, and the so-called consultation was a show.

The same councillors who promised to protect our town now pose for photos with the buyers. Let that sink in. Not one of them lives on the estate that will lose its only quiet place to study.

They are counting on you to shrug and move on. Don't let them get away with it! Call your councillor tonight and tell them what you think of this disgrace!
"""

# the same events, told: who decided what, and who said so
REPORT = """Millbrook library building to be sold to developer

Millbrook council voted on Tuesday to sell the former library building on Station Road to a housing
developer for 1.2 million pounds, the council said in a statement.

The sale was approved by seven votes to four. The council's finance lead said the money would pay for
repairs at two other libraries. Residents of the nearby estate said they had not been consulted.

The library service will move to the community centre in April, the council said.
"""


def test_a_text_arguing_at_its_reader_is_opinion():
    kind = kind_of(RANT)
    assert kind.kind == kinds.OPINION
    assert any(cue.startswith("the writer asserts at the reader") and "(2 times)" in cue for cue in kind.cues)
    assert any(cue.startswith("the writer exhorts the reader") and "don't let them" in cue for cue in kind.cues)
    # one exhortation alone (one marker left) still weighs as an editorial voice: not enough alone. (kinds25: two
    # calls to political action, "Don't let them get away with it! Call your councillor ...", make opinion by
    # themselves, so the calmer text keeps one of them)
    calmer = RANT.replace(" Let that sink in.", "").replace(" Call your councillor tonight and tell them what you think of this disgrace!", "")
    assert kind_of(calmer).scores[1] == (kinds.OPINION, 1.0)


def test_the_same_events_reported_stay_a_report():
    assert kind_of(REPORT).kind == kinds.NEWS


def test_a_report_quoting_a_speakers_assertions_stays_a_report():
    quoted = REPORT.replace(
        "Residents of the nearby estate said they had not been consulted.",
        "\"Make no mistake, this was a done deal. Let that sink in,\" one resident told the meeting. "
        "\"Don't let them get away with it!\" another shouted from the gallery.")
    kind = kind_of(quoted)
    assert kind.kind == kinds.NEWS
    assert not any(cue.startswith(("the writer asserts", "the writer exhorts")) for cue in kind.cues)


def test_one_assertion_of_the_writers_own_is_not_enough():
    one = REPORT.replace("The sale was approved", "Make no mistake, the sale was approved")
    assert kind_of(one).kind == kinds.NEWS


def test_an_exhortation_needs_its_exclamation_mark():
    # "stand up", "call your" in plain reporting: no exhortation to the reader
    calm = REPORT + "\nThe claims did not stand up to scrutiny, the auditor said. Call your local branch for opening times.\n"
    kind = kind_of(calm)
    assert kind.kind == kinds.NEWS
    assert not any(cue.startswith(("the writer asserts", "the writer exhorts")) for cue in kind.cues)


ADVERTORIAL = """SPONSORED CONTENT | In partnership with BrightBrew

Why thousands of home baristas are switching to a smarter grinder

Most of us put up with bitter morning coffee without asking why. Experts say the grind matters more than
the beans, and the BrightBrew Mill gives you a perfectly even grind every time.

"I never knew coffee could taste this good at home," says Tom, 41, from Leeds.

For a limited time, readers can save 30 per cent with the code MORNING. Offer ends Sunday.

This article was produced by our commercial team in partnership with BrightBrew.
"""


def test_sponsored_content_is_the_advertisers_own_voice():
    kind = kind_of(ADVERTORIAL)
    assert kind.kind == kinds.PRESS_RELEASE
    assert kind.cues[0].startswith("labelled sponsored content")


def test_a_commercial_teams_credit_is_no_wire_copy():
    # without its label, short enough for the credit to stand in the text's first 600 characters
    body = ADVERTORIAL.split("\n\n", 1)[1]
    short = body.split("\n\nFor a limited", 1)[0] + "\n\n" + body.rsplit("\n\n", 1)[1]
    kind = kind_of(short)
    assert kind.kind == kinds.PRESS_RELEASE
    assert any(cue.startswith("a commercial credit") for cue in kind.cues)


@pytest.mark.parametrize("credit", [
    "This feature was paid for by BrightBrew.",
    "Written by the partnerships team for BrightBrew.",
])
def test_other_commercial_credits(credit):
    assert kind_of(REPORT + "\n" + credit).kind == kinds.PRESS_RELEASE


def test_a_title_labelled_paid_post_is_sponsored():
    assert kind_of(REPORT, title="Paid Post: The grinder that changed breakfast").kind == kinds.PRESS_RELEASE


def test_an_adverts_label_inside_a_saved_page_and_a_report_on_advertorials_stay_reports():
    # a "Sponsored" label over someone else's advert, in the middle of a saved page
    page = REPORT.replace("The sale was approved", "Sponsored\n\nSponsored: you will not believe this garden trick\n\nThe sale was approved")
    assert kind_of(page).kind == kinds.NEWS
    about = ("Publishers are selling more sponsored content, and readers often cannot tell it from reporting, "
             "a study found. ") + REPORT
    assert kind_of(about).kind == kinds.NEWS
    assert kind_of("Advertorial spending rose by a fifth last year, the trade body said.\n\n" + REPORT).kind == kinds.NEWS


def test_another_outlets_production_credit_is_still_wire_copy():
    credited = "This article was produced by the Coastal Post and is republished with permission.\n\n" + REPORT
    assert kind_of(credited).kind == kinds.WIRE


PIECES = [
    "Make no mistake", "make no mistakes", "Let that sink in.", "let this sink in", "Mark my words:",
    "Wake up, people!", "wake up people.", "Wake up!", "Stand up for Millbrook!", "stand up to scrutiny.",
    "Call your MP today!", "call your branch.", "“Don't let them win!”", "\"Share this before it goes!\"",
    "share this everywhere", "Don't be fooled.", "the mainstream media won't tell you", "corporate media refuses to report it",
    "Sponsored content", "SPONSORED POST |", "Paid post:", "Advertorial", "Sponsored", "Sponsored: a trick",
    "Advertorial content is", "Wake up!x", "Stand up!”", "call your MP now!!", "This article was produced by our commercial team.",
    "Produced by the branded content studio.", "This series is brought to you by X.", "The council met.", "He said so.",
    "\n", "\n\n", "\"", "'", "“", "”", "!", "Q: Why?", "A: Make no mistake, it works!",
]


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice([" ", "", "\n", " "]) for _ in range(rng.randint(2, 40)))
            for _ in range(n)]


def test_the_shortcuts_decide_the_new_rules_as_the_plain_patterns(monkeypatch):
    texts = [RANT, REPORT, ADVERTORIAL] + _generated(300, 13)
    _same_kinds([prepare(t) for t in texts], monkeypatch)


def test_the_new_rules_keep_their_shortcuts():
    """The markers are looked for only where their words stand (first words and literal starts),
    the exhortations only where the words of one of them stand (own_choices), the label only at line
    starts and the credit only where all the words of one of its phrases stand."""
    table = kinds.rules()
    markers = next(r for r in table if r.why.startswith("the writer asserts at the reader"))
    assert markers.first_words and markers.starts is not None and markers.min_count == 2
    exhorts = next(r for r in table if r.why.startswith("the writer exhorts the reader"))
    assert exhorts.own_choices and exhorts.starts is not None and exhorts.first_words
    credit = next(r for r in table if r.why.startswith("a commercial credit"))
    assert credit.first_words and credit.starts is not None and credit.rest_needs
    label = next(r for r in table if r.why.startswith("labelled sponsored content") and r.where == "head")
    assert label.starts is not None and label.starts.line_start

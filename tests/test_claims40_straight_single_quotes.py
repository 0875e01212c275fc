"""(claims40) Quotations in straight single marks used for speech ('We are ordinary workers,' she
said; the offer was 'a disgrace') are quotations, as fresh40 made the typographic ones: their
loaded words and first person are the speaker's, not the writer's. Only where unmistakable:
apostrophes stay apostrophes (don't, the workers' union, the '90s, rock 'n' roll), and irony34's
scare quotes in single marks ("our 'leaders'") stay the writer's."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text
from xlplugin.text import prepare

HEAD = "Bus drivers march through town\n\nBy Mira Holt\nPublished 3 March 2026\n\n"
REPORT = ("Hundreds of bus drivers marched through the town centre on Saturday over pay. "
          "'We are ordinary workers and we are sick of being treated like dirt,' said Ann Cole, who has driven "
          "for 20 years. Union leader Tom Price said the company's offer was 'a disgrace' and 'an insult to every "
          "driver'. The company said it had offered a rise of 4% and hoped talks would resume next week.\n")


def _quotes(text: str) -> list[str]:
    doc = prepare(text)
    return [text[a:b] for a, b in doc.quotes]


def test_a_report_in_straight_single_marks_scores_as_in_double_marks():
    single = score_text(HEAD + REPORT)
    double = score_text(HEAD + REPORT.replace("'We are", "\"We are").replace("dirt,'", "dirt,\"")
                        .replace("'a disgrace'", "\"a disgrace\"").replace("'an insult", "\"an insult")
                        .replace("driver'.", "driver\"."))
    assert single.signals["loaded_language"].value == double.signals["loaded_language"].value
    ll = single.signals["loaded_language"]
    assert ll.details["author_terms"] == 0, ll.evidence
    assert not any(e.kind == "first person" for e in ll.evidence)


@pytest.mark.parametrize("text, quoted", [
    ("'We are ordinary workers,' he said.", "'We are ordinary workers,'"),
    ("He said the offer was 'a disgrace' and left.", "'a disgrace'"),
    ("She said: 'I won't go back.' Nobody answered.", "'I won't go back.'"),
    ("'We back the drivers' pay claim,' he said.", "'We back the drivers' pay claim,'"),
])
def test_straight_single_marks_around_speech_are_a_quotation(text, quoted):
    assert quoted in _quotes(text)


@pytest.mark.parametrize("text", [
    "The workers' union said it won't back down and the drivers' pay claim stands.",
    "Music from the '90s and rock 'n' roll filled the hall, and Ann's brother didn't mind.",
    "They'd give 'em hell, said the drivers' leader.",
])
def test_apostrophes_make_no_quotation(text):
    assert _quotes(text) == []


def test_a_single_marked_scare_quote_stays_the_writers():
    text = HEAD + ("Our 'leaders' have failed the drivers again this year, and the company still "
                   "refuses to meet the union or answer its letters about the pay offer made in May.\n")
    ll = score_text(text).signals["loaded_language"]
    assert [e.text for e in ll.evidence if e.kind == "scare quote"] == ["'leaders'"]

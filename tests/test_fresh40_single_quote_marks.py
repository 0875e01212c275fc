"""(fresh40) Quotations in typographic single marks (‘...’), as British and Irish newspapers,
the BBC and word processors set a speaker's words, were not read as quotations (an apostrophe
looks the same): a report quoting a minister's ‘a disgrace’ and a campaigner's ‘We are peaceful
people. Calling us criminals is a lie.’ had those words counted as the writer's own loaded terms
and first person, an index of 68 where the same report in double marks got 96. The opening mark
U+2018 is never an apostrophe, so such spans are quotations now; the writer's own loaded words,
apostrophes and irony34's single-marked scare quotes ("our ‘leaders’") read as before."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text
from xlplugin.text import prepare

REPORT = (
    "Minister calls strikers ‘wreckers’ after rail walkout\n\n"
    "By Niamh Gallagher\nPublished 6 March 2026\n\n"
    "The Transport Secretary has described striking rail workers as ‘wreckers and saboteurs’ who are "
    "‘holding commuters to ransom’, after a walkout closed most lines on Monday.\n\n"
    "Speaking in Leeds, she said the strike was ‘a disgrace’ and promised new laws on minimum service.\n\n"
    "The union said the minister’s words were ‘reckless’. Its general secretary, Owen Price, said: "
    "‘We are ordinary workers. Calling us wreckers is a lie.’\n"
)


def _double(text: str) -> str:
    """The same text with its quotations in double marks (apostrophes kept)."""
    out = []
    for i, c in enumerate(text):
        after = text[i + 1 : i + 2]
        if c == "\u2018":
            out.append("\u201c")
        elif c == "\u2019" and not after.isalnum():
            out.append("\u201d")
        else:
            out.append(c)
    return "".join(out)


def test_report_in_single_marks_scores_as_in_double_marks():
    single, double = score_text(REPORT), score_text(_double(REPORT))
    assert double.signals["loaded_language"].value == 0.0  # the premise: nothing of the writer's
    for name, signal in double.signals.items():
        assert single.signals[name].value == signal.value, name
    assert single.reliability == double.reliability


def test_words_in_single_marks_are_the_speakers_not_the_writers():
    loaded = score_text(REPORT).signals["loaded_language"]
    kinds = {e.text.lower(): e.kind for e in loaded.evidence}
    assert kinds["disgrace"].startswith("quoted")
    assert kinds["reckless"].startswith("quoted")
    assert "first person" not in kinds.values()  # Owen Price's "We", "us"


def test_single_marks_are_quotations_and_apostrophes_are_not():
    doc = prepare(REPORT)
    quoted = [doc.text[a:b] for a, b in doc.quotes]
    assert "\u2018a disgrace\u2019" in quoted
    assert "\u2018We are ordinary workers. Calling us wreckers is a lie.\u2019" in quoted
    plain = prepare("The minister\u2019s plan won\u2019t help the drivers\u2019 union, the council\u2019s leader said.")
    assert plain.quotes == []


def test_a_quotation_going_on_in_the_next_paragraph():
    text = ("Strike talks fail\n\nBy Niamh Gallagher\n\n"
            "\u2018This is a shameful betrayal of every worker on the network. We will not back down.\n\n"
            "\u2018The minister has chosen conflict,\u2019 Mr Price said.\n")
    doc = prepare(text)
    first = text.index("\u2018This")
    assert doc.quote_at(text.index("shameful")) is not None and doc.quote_at(first) is not None
    kinds = {e.text.lower(): e.kind for e in score_text(text).signals["loaded_language"].evidence}
    assert kinds["shameful"].startswith("quoted")


@pytest.mark.parametrize("text, term", [
    # the writer's own loaded word beside a single-marked quotation is still the writer's
    ("The minister gave a disgraceful speech on Monday. \u2018We will act,\u2019 she said.", "disgraceful"),
    # a word in single marks the writer sneers with (irony34) is still a scare quote
    ("Residents were not told. Our \u2018leaders\u2019 decided the plan in private on Tuesday night.", "\u2018leaders\u2019"),
])
def test_the_writers_words_still_count(text, term):
    loaded = score_text(text).signals["loaded_language"]
    found = [e for e in loaded.evidence if e.text.lower() == term.lower()]
    assert found and not found[0].kind.startswith("quoted")

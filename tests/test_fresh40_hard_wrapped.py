"""(fresh40) A text hard-wrapped at a width (pasted from an e-mail, a PDF or a terminal: a line
break every 60 or so characters) broke a sentence wherever the next word began with a capital:
"according to NHS" / "England figures published on Thursday." became two sentences, so the
claim's source was cut out of it, the document reference ("NHS England figures") was no longer
found (provenance 74 against 79) and the next sentence's claim lost the source beside it; "said
Dr Ann" / "Lee of ..." split a speaker's name from its verb. The same article now scores the same
wrapped or not, and a heading, a byline, a date line or a table's rows stay lines of their own."""

from __future__ import annotations

import textwrap

import pytest

from xlplugin.engine import score_text
from xlplugin.text import prepare

HEAD = "Ward waiting times fall again\n\nBy Petra Holm\nPublished 11 February 2026\n\n"
PARAGRAPHS = [
    "Waiting times for planned surgery in the region fell for the fourth month in a row in January, "
    "according to NHS England figures released on Thursday. The number of patients waiting dropped to "
    "212,000, from 219,500 in December.",
    "The fall was welcome but slow, said Dr Ann Lee of the Surgical Outcomes Unit at Keele University. "
    "The regional health board said it had opened two new theatres in the autumn, according to its "
    "annual report. Ward managers told the Yorkshire Post that staff shortages remained the biggest "
    "problem.",
]


def _article(width: int | None) -> str:
    if width is None:
        return HEAD + "\n\n".join(PARAGRAPHS) + "\n"
    return HEAD + "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS) + "\n"


def _sentences(text: str) -> list[str]:
    doc = prepare(text)
    return [" ".join(doc.text[s.start:s.end].split()) for s in doc.sentences]


@pytest.mark.parametrize("width", [56, 60, 64, 72])
def test_wrapped_article_has_the_sentences_of_the_unwrapped_one(width):
    assert _sentences(_article(width)) == _sentences(_article(None))


@pytest.mark.parametrize("width", [60, 72])
def test_wrapped_article_scores_as_the_unwrapped_one(width):
    wrapped, plain = score_text(_article(width)), score_text(_article(None))
    for name, signal in plain.signals.items():
        assert wrapped.signals[name].value == signal.value, name
    assert wrapped.reliability == plain.reliability


def test_a_document_reference_broken_by_a_wrap_is_found():
    text = _article(58)
    assert "NHS\nEngland" in text  # the wrap falls inside the reference
    cues = {e.kind: e for e in score_text(text).signals["provenance"].evidence}
    assert cues["references to primary documents"].text


def test_a_speaker_name_broken_by_a_wrap_stays_in_its_sentence():
    text = _article(60) + "\n" + ("The theatres will reopen on Monday after a month of repairs\n"
                   "to the ventilation, the hospital trust said in a statement.\n"
                   "The fall in waiting times was welcome but slow, said Dr Ann\n"
                   "Lee of the Surgical Outcomes Unit at Keele University.\n")  # textwrap.fill at 60
    sentences = _sentences(text)
    assert sentences[-1].startswith("The fall in waiting times") and sentences[-1].endswith("Keele University.")
    speakers = [e.detail for e in score_text(text).signals["provenance"].evidence if e.kind == "named sources with roles"]
    assert "Ann Lee" in speakers[0]  # one line, not "Ann\nLee"


def test_heading_byline_and_date_lines_stay_apart_in_a_wrapped_text():
    sentences = _sentences(_article(60))
    assert sentences[:3] == ["Ward waiting times fall again", "By Petra Holm", "Published 11 February 2026"]


def test_table_rows_in_a_wrapped_text_stay_rows():
    table = ("Region      Waiting    Change since December\n"
             "North       212,000    down 7,500 on the month\n"
             "Midlands    198,400    down 4,100 on the month\n"
             "South       240,900    down 2,200 on the month\n")
    sentences = _sentences(_article(60) + "\n" + table)
    assert "North 212,000 down 7,500 on the month" in sentences
    assert "Midlands 198,400 down 4,100 on the month" in sentences


def test_lines_of_a_list_not_wrapped_stay_apart():
    # Lines of unequal length, none full: a list typed a line each, not a wrapped paragraph.
    text = ("Road closures this weekend\n\n"
            "Closed from Friday night until Monday morning\n"
            "High Street between the bridge and the station\n"
            "Mill Lane from the school to the church\n"
            "Diversions will be signed\n")
    assert len(_sentences(text)) == 5

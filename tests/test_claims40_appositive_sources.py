"""(claims40) A source named before an apposition between commas ("The King's Fund, a think tank,
said ...", "Oxfam, the charity, said ...") is that name: the sentence is sourced in itself, by
the name, not by the apposition ("the charity") nor by the previous sentence's source. The rule:
the name before the apposition may open with its article or a title ("The King's Fund", "Dr Ann
Lee"), hold a possessive ("King's", "St John's") and, opening the sentence, be one word when the
apposition opens with an article ("Oxfam, the charity,"); a time or a sentence adverb there is no
name ("Yesterday, the council, ..." names no body called Yesterday)."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text

HEAD = "Waiting lists grow again\n\nBy Mira Holt\nPublished 3 March 2026\n\n"


def _claims(text: str) -> dict[str, str]:
    return {e.text: e.detail for e in score_text(text).signals["unsourced_claims"].evidence
            if e.kind in ("sourced", "unsourced")}


def _sources(text: str) -> str:
    found = [e.detail for e in score_text(text).signals["provenance"].evidence if e.kind == "named sources with roles"]
    return found[0] if found else ""


@pytest.mark.parametrize("sentence, name", [
    ("The King's Fund, a think tank, said the number of people waiting had risen by 40% since 2019.", "King's Fund"),
    ("Oxfam, the charity, said food bank use in the region had doubled in two years.", "Oxfam"),
    ("Unison, the health union, told reporters that 3,000 nurses had left the service in 2025.", "Unison"),
    ("The Joseph Rowntree Foundation, an anti-poverty charity, said 1.2 million children lived in poverty.",
     "Joseph Rowntree Foundation"),
    ("St John's Ambulance, a first-aid charity, said it had trained 40,000 volunteers last year.", "St John's Ambulance"),
])
def test_the_name_before_an_apposition_is_the_source(sentence, name):
    # opening the text, with no sentence before it to borrow from
    claims = _claims(HEAD + sentence + "\n")
    assert claims[sentence].startswith("check-worthy")
    assert "sourced (named) in the sentence" in claims[sentence], claims[sentence]
    assert name in claims[sentence].split("in the sentence", 1)[1]


def test_the_sentence_does_not_borrow_the_previous_sentences_source():
    first = "The health secretary said the waiting list had reached 7.4 million people in January."
    second = "The King's Fund, a think tank, said the number had risen by 40% since 2019."
    claims = _claims(HEAD + first + " " + second + "\n")
    assert "in the previous sentence" not in claims[second]
    assert "King's Fund" in claims[second]


def test_a_one_word_name_is_listed_by_its_name_not_its_apposition():
    text = HEAD + ("Oxfam, the charity, said food bank use in the region had doubled in two years. "
                   "The council leader, Rita Sandhu, said a new hub would open in May.\n")
    listed = _sources(text)
    assert "Oxfam" in listed
    assert "sources: the charity" not in listed


@pytest.mark.parametrize("sentence", [
    "Yesterday, the council, which owns the site, confirmed that 40 homes had been built in 2025.",
    "Separately, a spokesman, speaking in Leeds, said 40 homes had been built in 2025.",
    "Instead, the builder, a family firm, said 40 homes had been built in 2025.",
])
def test_a_time_or_an_adverb_before_the_comma_is_no_name(sentence):
    claims = _claims(HEAD + sentence + "\n")
    for word in ("Yesterday", "Separately", "Instead"):
        assert f"\u201c{word}" not in claims[sentence]

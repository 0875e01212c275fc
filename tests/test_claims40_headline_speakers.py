"""(claims40) A headline's speaker before a colon ("Minister: striking doctors are reckless") says
the words after it: they are the speaker's, counted as quoted, not the writer's frame, in a given
headline and in the text's own headline line. lift32 read the colon so only with a first person
after it. A role, a trade, a body or a full name before the colon is a speaker; a label of the
writer's ("Analysis:", "Exclusive:", "Revealed:", "Fact check:"), a loaded word ("STUNNING:"), a
section's name in one word ("Health:") or a label in capitals ("BREAKING NEWS:") is none."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text

BODY = ("By Mira Holt\nPublished 3 March 2026\n\n"
        "The health minister criticised junior doctors who walked out on Tuesday over pay. Speaking in the "
        "Commons, Sam Reid said the walkout would delay 20,000 operations. The doctors' union said its members "
        "had been left with no choice.\n")
WORDS = "striking doctors are reckless"


def _authors_terms(text: str, title: str = "") -> list[str]:
    sig = score_text(text, title=title).signals["loaded_language"]
    return [e.text or e.detail for e in sig.evidence
            if e.kind in ("emotive", "derogatory", "exaggeration", "editorial", "doubt")]


SPEAKERS = ["Minister", "Health secretary", "Sam Reid", "Junior doctors' union", "Police chief"]
LABELS = ["Analysis", "Exclusive", "Revealed", "Fact check", "Health", "BREAKING NEWS"]
# (in Title Case capitals tell no name: "Trump To Jeff Sessions: Put An End ..." is read as the writer's)


@pytest.mark.parametrize("speaker", SPEAKERS)
def test_a_speakers_words_in_the_texts_headline_line_are_not_the_writers(speaker):
    text = f"{speaker}: {WORDS}\n\n" + BODY
    assert not any("reckless" in t for t in _authors_terms(text))
    quoted = [e.text for e in score_text(text).signals["loaded_language"].evidence if e.kind.startswith("quoted")]
    assert "reckless" in quoted


@pytest.mark.parametrize("speaker", SPEAKERS)
def test_a_speakers_words_in_a_given_headline_are_not_the_writers(speaker):
    assert not any("reckless" in t for t in _authors_terms(BODY, title=f"{speaker}: {WORDS}"))


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("given", [True, False])
def test_a_label_before_the_colon_leaves_the_words_the_writers(label, given):
    headline = f"{label}: {WORDS}"
    terms = _authors_terms(BODY, title=headline) if given else _authors_terms(f"{headline}\n\n" + BODY)
    assert any("reckless" in t for t in terms), terms


def test_a_loaded_label_is_the_writers_and_so_are_its_words():
    terms = _authors_terms(BODY, title=f"STUNNING: {WORDS}")
    assert any("STUNNING" in t for t in terms) and any("reckless" in t for t in terms)


def test_a_role_speaks_in_a_title_case_headline_too():
    assert not any("Reckless" in t for t in _authors_terms(BODY, title="Minister: Striking Doctors Are Reckless"))

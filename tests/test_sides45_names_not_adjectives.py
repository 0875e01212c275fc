"""(sides45) The sources' list names sources, not adjectives or stray words.

Three classes read on real documents, reproduced here with text written for this test:

- a nation's adjective before a noun read as a body or a name: "North Korean leader Ri Song Chol
  said" gave the side "North Korean"; "Eastern European governments condemn" listed a source
  "Eastern European"; "The Chinese embassy said" listed "Chinese" (attribution.txt
  [nationality_words], source_sides._adjectival);
- a capitalised comparative opening a sentence read as a name: "Less often mentioned is that ..."
  counted a named source "Less" (attribution.txt [not_name_words]);
- a country's possessive read as the speaker: "resisted Brazil's demands", "undercutting Peru's
  alleged plans", "ignoring Chile's lead in services, revealing" counted "Brazil's", "Peru's",
  "Chile's" (source_names._possessive_speaker).

Guards: a country's name that speaks ("North Korea said it would"), a body by role with its
nation's adjective ("the Chinese embassy said" stays counted), a possessive whose noun speaks
("Brazil's foreign ministry said") and a title with a real body ("Council leader Mark Hale said").
"""

from __future__ import annotations

import pytest

from xlplugin import score_text, source_sides

NAMED = "named sources with roles"
CLOSE = " Mayor Ann Tull said the plan was sound."


def _detail(text: str) -> str:
    signal = score_text(text).signals["provenance"]
    return next((e.detail for e in signal.evidence if e.kind == NAMED), "")


def _sources(text: str) -> str:
    detail = _detail(text)
    return detail.split("sources: ", 1)[1].split(";")[0] if "sources: " in detail else ""


def _counted(text: str) -> float:
    return score_text(text).signals["provenance"].details["named_sources_share"]


# ---- a nation's adjective is no body, no name ----

@pytest.mark.parametrize("sentence", [
    "North Korean leader Ri Song Chol said the talks were over.",
    "South African envoy Thandi Mokoena said the talks were over.",
    "Western diplomat Lars Berg said the talks were over.",
])
def test_nations_adjective_is_no_side(sentence: str) -> None:
    text = "The talks stalled on Tuesday. " + sentence + " A spokesman for the ministry, Jo Han, said talks would resume."
    detail = _detail(text)
    adjective = sentence.split(" ")[0]
    assert f"({adjective}" not in detail and f"sides: {adjective}" not in detail, detail
    assert "the ministry" in detail


@pytest.mark.parametrize("desc", ["North Korean leader", "a Japanese diplomat", "Western European officials"])
def test_classify_reads_no_adjective_as_a_body(desc: str) -> None:
    assert source_sides.classify(desc) == ""


@pytest.mark.parametrize(("sentence", "listed", "not_listed"), [
    ("Eastern European governments condemn the plan as reckless.", "Eastern European governments", "Eastern European,"),
    ("The Chinese embassy said the port would close in 2022.", "the Chinese embassy", "Chinese,"),
])
def test_adjective_before_a_noun_lists_the_noun(sentence: str, listed: str, not_listed: str) -> None:
    sources = _sources("The port grew quickly. " + sentence + CLOSE) + ","
    assert listed in sources and not sources.startswith(not_listed), sources


# ---- a comparative opening a sentence is no name ----

@pytest.mark.parametrize("word", ["Less", "Fewer"])
def test_comparative_opening_is_no_source(word: str) -> None:
    text = f"The fund grew. {word} often mentioned is that the fund has grown by 40 percent since 2019." + CLOSE
    assert word not in _sources(text).split(", ")
    assert "in 1 of " in _detail(text)  # the mayor alone


# ---- a country's possessive is no speaker ----

@pytest.mark.parametrize("sentence", [
    "The board resisted Brazil's demands to reopen the port in 2020.",
    "Critics accuse the board of undercutting Peru\u2019s alleged plans to expand in 2021.",
    "The board kept its tariffs while ignoring Chile's lead in services, revealing the logic of the deal.",
])
def test_possessive_is_no_named_source(sentence: str) -> None:
    text = "The port grew quickly. " + sentence + CLOSE
    sources = _sources(text)
    assert "'s" not in sources and "\u2019s" not in sources, sources
    assert _counted(text) == pytest.approx(1 / 3, abs=0.01)  # the mayor alone


# ---- guards: real sources stay sources ----

@pytest.mark.parametrize(("sentence", "listed"), [
    ("North Korea said it would close the port in 2022.", "North Korea"),
    ("China said it would close the port in 2022.", "China"),
    ("The Chinese embassy said the port would close in 2022.", "the Chinese embassy"),
    ("Brazil's foreign ministry said the port would close in 2022.", "Brazil's foreign ministry"),
    ("Council leader Mark Hale said the port would close in 2022.", "Mark Hale (the council)"),
])
def test_real_sources_stay_counted(sentence: str, listed: str) -> None:
    # guard: each was a counted named source on main and must stay one
    text = "The port grew quickly. " + sentence + CLOSE
    assert listed in _sources(text), _detail(text)
    assert _counted(text) == pytest.approx(2 / 3, abs=0.01)


def test_inverted_attribution_keeps_its_speaker() -> None:
    # the count is a guard (counted on main); the listed name was "Brazil's" on main
    text = "The port grew quickly. Although it is small, Brazil's size makes it unique, says Ann Lee." + CLOSE
    sources = _sources(text)
    assert "Ann Lee" in sources and "Brazil" not in sources, sources
    assert _counted(text) == pytest.approx(2 / 3, abs=0.01)

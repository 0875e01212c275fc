"""loaded46: words counted as the writer's that are a reader's, a document's, markup's or a lost
ligature's, and a notice's name read as shouting. Every text is written for these tests.

- A newspaper's letters page whose given headline names it ("Letters: ..."), each letter under
  its own headline and signed by a name with the town under it, or signed after a dash ("\u2014 Jane
  Doe, Westvale") under a "Letters" heading: each letter is its reader's words
  (reader_letters.page_letters), not the page's; the headline's term is counted once, in the
  given headline.
- "!" between two lower-case letters of one word ("Su!olk", "o!ce", "e!ective"), a PDF's lost
  "ff"/"fi"/"fl" glyph, is no exclamation (loaded_language._lost_ligature).
- A name in capitals, surname first, in a notice's headline ("Paid Notice: Deaths SIEGEL, JEROME
  ARTHUR.") is no shouting (provenance._without_notice_names, provenance.txt [notice_label_words]).
- "hack"/"hacks" of cutting ("hacks at the branches": loaded_language.txt [literal_senses]) and a
  short quotation of an official act's wording in a sentence that sanctions, designates or cites
  ("sanctions for \u201cworldwide malign activity\u201d": [speech_verb_words]) are no loaded words
  of the writer's.

Guards (they pass on main too) are marked as such.
"""

import pytest
from conftest import SHARED
from loaded_helpers import author_terms, loaded_evidence

import xlplugin
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

MERCURY = SHARED / "corpus" / "web" / "pages" / "mercurynews.com.2023.01.16.letters-1119.html"


def _signal(text: str, title: str = ""):
    return loaded_language.score(prepare(text, title=title), Settings())


def _kinds(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(e.kind, e.text.lower()) for e in _signal(text, title).evidence]


# 1. A letters page ------------------------------------------------------------------------------

TITLED_PAGE = (
    "Council is\n\nbullying the allotments\n\n"
    "I have kept a plot at Ferry Lane for twenty years, and I was shocked to read that the council "
    "wants the land for a car park. We were never asked.\n\n"
    "My neighbours and I will fight this outrageous plan at every meeting.\n\n"
    "Martin Ellery\n\nWestvale\n\n"
    "Bus cuts leave\n\nvillages stranded\n\n"
    "Since the number 14 stopped running in March, I have had to pay for a taxi to reach the "
    "surgery in town. Our village is cut off after six in the evening.\n\n"
    "Who decided that this was a saving worth making?\n\n"
    "Priya Castell\n\nLower Stowbridge\n"
)
TITLED_HEADLINE = "Letters: Bullying allotments | Bus cuts"

DASHED_PAGE = (
    "Letters\n\n"
    "I was appalled by the council's disgraceful decision to close the library on Saturdays. My "
    "children have nowhere else to study.\n\n"
    "\u2014 Jane Doe, Westvale\n\n"
    "We moved here for the quiet, and now the quarry wants to run lorries past our door all day. "
    "I think it is a scandal.\n\n"
    "\u2014 Tom Ridley, Harbour End\n"
)


def test_a_titled_letters_pages_letters_are_the_readers():
    sig = _signal(TITLED_PAGE, TITLED_HEADLINE)
    kinds = [(e.kind, e.text.lower()) for e in sig.evidence]
    assert ("first person", "i") not in kinds, kinds
    assert ("emotive", "outrageous") not in kinds and ("quoted emotive", "outrageous") in kinds, kinds
    assert sig.details["question_share"] == 0.0, sig.details


def test_a_titled_letters_pages_headline_term_counts_once():
    sig = _signal(TITLED_PAGE, TITLED_HEADLINE)
    # the given headline's term is shown with no words of the text ("")
    authors = [e for e in sig.evidence if e.kind == "emotive" and e.text.lower() in ("", "bullying")]
    assert len(authors) == 1, [(e.kind, e.text, e.start) for e in sig.evidence]


def test_dash_signed_letters_under_a_letters_heading_are_the_readers():
    kinds = _kinds(DASHED_PAGE)
    assert not any(k == "first person" for k, _ in kinds), kinds
    assert ("emotive", "disgraceful") not in kinds and ("quoted emotive", "disgraceful") in kinds, kinds


def test_guard_a_column_with_letters_in_its_title_but_no_signed_letters_stays_the_writers():
    # guard: a title naming letters does not make an unsigned column a reader's
    text = ("I have read every one of your letters this week, and I am grateful. The council's plan is "
            "outrageous, and I will keep saying so until it is dropped.\n")
    kinds = _kinds(text, "Letters: what you told me")
    assert ("first person", "i") in kinds and ("emotive", "outrageous") in kinds, kinds


def test_guard_a_dash_line_in_an_article_is_no_letter():
    # guard: with no letters heading, a dash line is the writer's text
    text = ("The council's plan is outrageous, and I will say so at the meeting on Tuesday evening.\n\n"
            "\u2014 Jane Doe, Westvale\n")
    kinds = _kinds(text)
    assert ("emotive", "outrageous") in kinds, kinds


def test_the_mercurynews_letters_page_is_its_readers():
    if not MERCURY.is_file():
        pytest.skip(f"saved web page absent: {MERCURY} not found (read from ../shared, never copied)")
    from xlplugin.inputs import read_paths

    page = next(iter(read_paths([str(MERCURY)])))
    sig = _signal(page.text, page.title)
    assert not any(e.kind == "first person" for e in sig.evidence), sig.note
    coddling = [e for e in sig.evidence if "coddl" in e.text.lower() and not e.kind.startswith("quoted")]
    assert not coddling, sig.note


# 2. A lost ligature -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The survey was run across Su!olk by the county council over the winter months.",
    "Staff at the tax o!ce said the new forms would be sent out in April.",
    "The scheme was e!ective at cutting waiting lists, according to the health board.",
    "The report's authors said the di!erence between the two towns was small.",
])
def test_a_lost_ligature_is_no_exclamation(text):
    assert "exclamation" not in [k for k, _ in loaded_evidence(text)]


@pytest.mark.parametrize("text", [
    "The council kept the library open. What a result! Readers were pleased.",
    "The team won the cup again!!",
    "Nobody saw it coming! the mayor wrote on her page.",
])
def test_guard_a_real_exclamation_still_counts(text):
    # guard: a mark at a word's end, or doubled, is an exclamation
    assert "exclamation" in [k for k, _ in loaded_evidence(text)]


# 3. A notice's name in capitals -----------------------------------------------------------------

NOTICE_BODY = ("Jerome Arthur Siegel, 84, of Westbury, died at home on Sunday, surrounded by his family. "
               "He taught history for forty years and is survived by his wife, two sons and five "
               "grandchildren. A service will be held on Thursday at the chapel on Mill Road.")


def _clickbait(text: str, title: str) -> str:
    evidence = xlplugin.score_text(text, title=title).signals["provenance"].evidence
    return " ".join(e.detail for e in evidence if e.kind == "clickbait headline" and e.present)


@pytest.mark.parametrize("title", [
    "Paid Notice: Deaths SIEGEL, JEROME ARTHUR.",
    "Death notice: HARTLEY, MARGARET ANN",
    "In memoriam: PENROSE, WALTER JAMES",
])
def test_a_notices_name_in_capitals_is_no_shouting(title):
    assert "capitals" not in _clickbait(NOTICE_BODY, title)


@pytest.mark.parametrize("title", [
    "SHOCKING, UNBELIEVABLE Truth About the Harbour Plan",
    "Paid Notice: Deaths SIEGEL, JEROME ARTHUR. SHOCKING TRUTH REVEALED About Him",
])
def test_guard_shouting_outside_a_notices_name_still_counts(title):
    # guard: capitals with no notice label, or beside the name, still shout
    assert _clickbait(NOTICE_BODY, title), title


# 4. Hacking as cutting, and an official act's wording -----------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The gardener hacks at the branches of the old pear tree every March.", "hacks"),
    ("He hacks through the brambles with a machete to reach the stream.", "hacks"),
    ("Each winter the crew must hack the ice off the harbour steps.", "hack"),
])
def test_hacking_as_cutting_is_no_loaded_term(text, word):
    assert word not in author_terms(text)


@pytest.mark.parametrize("text, word", [
    ("The order imposes sanctions for \u201cworldwide malign activity\u201d on nine officials.", "malign"),
    ("The Treasury sanctioned the firm for \u201ccorrupt conduct\u201d in the region.", "corrupt"),
    ("The ruling cited \u201cthe appalling neglect\u201d of the home's residents.", "appalling"),
])
def test_an_official_acts_wording_is_no_scare_quote(text, word):
    evidence = loaded_evidence(text)
    assert not any(k == "scare quote" for k, _ in evidence), evidence
    assert not any(t.lower() == word and not k.startswith("quoted") for k, t in evidence), evidence


@pytest.mark.parametrize("text, word", [
    ("The party hacks packed the committee again with their friends.", "hacks"),
    ("The party hack was rewarded with a seat in the upper house.", "hack"),
])
def test_guard_a_party_hack_keeps_its_cost(text, word):
    # guard: the label for a person keeps its cue
    assert word in author_terms(text)


def test_guard_a_scare_quote_with_no_official_act_stays_one():
    # guard: the same quotation with no act of sanctioning, designating or citing is the writer's
    evidence = loaded_evidence("The minister's \u201creforms\u201d will cut every school budget by a tenth.")
    assert "scare quote" in [k for k, _ in evidence], evidence

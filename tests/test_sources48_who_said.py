"""(sources48) Who said it: the sources list and the attribution, by class.

1. a role title between a body's name and a person's ("Acme Robotics" is two words; "Vantor
   President Ella Brandt said") gives the body as written, not "the vantor"; a kind of body as
   that word ("Council leader") is still "the council";
2. an inverted attribution ending in a person and a preposition of membership ("..., said Ola
   Berg with Quillnet") lists the person, with the body as the side; a place after "from" is no side;
3. a place or a name before lower-case modifiers and a role noun ("the Lisbon cork trader said",
   "the Rust compiler maintainers said", "the Okafor family said") is that noun phrase, no named
   source "Lisbon", "Rust", "Okafor";
4. a time phrase between a one-word speaker and the verb ("Vantor on Tuesday said", "Vantor last
   week announced") leaves the speaker the source;
5. only an "it" that opens the reported clause refers back to a place or a platform as its
   government or company ("Pyongyang said its port would close"); an "its" deeper in the clause says
   nothing of who spoke;
6. a verb of saying opening a list's or changelog's line ("Added Metal support for the new
   tablets") and a document word opening a headline ("Report claims ...") are no named speaker.

Every text here is written for this test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind
from sources_list_helpers import CLOSER, credited, named_evidence, sides, sources_listed, story

# --- 1. a role title between a body's name and a person's ----------------------------------------


@pytest.mark.parametrize("middle, name, side", [
    ("Vantor President Ella Brandt said the fine would be paid.", "Ella Brandt", "Vantor"),
    ("Quillnet researcher Ola Berg said the flaw was old.", "Ola Berg", "Quillnet"),
])
def test_a_one_word_body_before_a_title_keeps_its_name(middle: str, name: str, side: str) -> None:
    assert sides(story(middle) + CLOSER)[name] == side


def test_a_kind_of_body_before_a_title_is_that_body() -> None:
    # guard: "Council leader Jo Holt" speaks for the council, as before
    assert sides(story("Council leader Jo Holt said the crossing was too slow.") + " Ola Berg said no.")["Jo Holt"] == "the council"


# --- 2. a person and the body they work for after an inverted verb -------------------------------


@pytest.mark.parametrize("middle, name, side", [
    ("The malware hides in fake updates, said Ola Berg with Quillnet.", "Ola Berg", "Quillnet"),
    ("The malware hides in fake updates, said Ola Berg at Quillnet.", "Ola Berg", "Quillnet"),
    ("The malware hides in fake updates, said Ola Berg of Quillnet Labs.", "Ola Berg", "Quillnet Labs"),
])
def test_a_person_with_a_body_is_the_source(middle: str, name: str, side: str) -> None:
    found = sides(story(middle) + CLOSER)
    assert found.get(name) == side, found
    assert not any(k.startswith("Quillnet") for k in found), found


def test_a_place_after_from_is_no_side() -> None:
    # guard: where she comes from is no body she speaks for
    found = sides(story("The malware hides in fake updates, said Ola Berg from Lisbon.") + CLOSER)
    assert found.get("Ola Berg") == "", found


# --- 3. a name before modifiers and a role noun --------------------------------------------------


@pytest.mark.parametrize("middle, phrase, wrong", [
    # (claims52) a role noun: "the Lisbon cork trader said" is a passer-by now, a vague source
    # (attribution.txt [passer_by_words]; tests/test_claims52_sources.py)
    ("Cork prices rose sharply, the Lisbon port director said.", "the Lisbon port director", "Lisbon"),
    ("The release slipped, the Rust compiler maintainers said.", "the Rust compiler maintainers", "Rust"),
    ("The Okafor family said the boy was safe.", "the Okafor family", "Okafor"),
])
def test_a_name_modifying_a_role_noun_lists_the_phrase(middle: str, phrase: str, wrong: str) -> None:
    listed = sources_listed(story(middle) + CLOSER)
    assert phrase in listed, listed
    assert wrong not in listed


def test_a_name_after_the_role_is_still_the_name() -> None:
    # guard: "the Lisbon cork trader Rui Lopes said" names him
    listed = sources_listed(story("The Lisbon cork trader Rui Lopes said prices rose.") + CLOSER)
    assert "Rui Lopes" in listed, listed


def test_an_adverb_before_the_verb_still_drops() -> None:
    # guard: "-ly" nouns kept ("family") must not keep adverbs ("recently")
    listed = sources_listed(story("The Chinese embassy has recently said the ferry could sail.") + CLOSER)
    assert "the Chinese embassy" in listed, listed


# --- 4. a time between a one-word speaker and its verb -------------------------------------------


@pytest.mark.parametrize("middle", [
    "Vantor on Tuesday said the outage was fixed.",
    "Vantor last week announced that the outage was fixed.",
    "Vantor today said the outage was fixed.",
])
def test_a_time_after_a_one_word_speaker_keeps_the_speaker(middle: str) -> None:
    assert attribution_kind(story(middle), 1) == "named"
    assert "Vantor" in sources_listed(story(middle) + CLOSER)


def test_a_common_word_before_a_time_is_no_name() -> None:
    # guard: "Officials on Tuesday said" stays a vague source
    assert attribution_kind(story("Officials on Tuesday said the outage was fixed."), 1) == "weasel"


# --- 5. only an "it" opening the reported clause is the speaker ----------------------------------


@pytest.mark.parametrize("middle", [
    "Pyongyang said the tariffs, which hit its exporters, were unfair.",
    "Twitter said the post broke its rules.",
])
def test_an_its_deep_in_the_clause_makes_no_body(middle: str) -> None:
    assert not credited(story(middle)), middle


@pytest.mark.parametrize("middle", [
    "Pyongyang said its port would close.",
    "Pyongyang said on Monday that it would close the port.",
    "It will close the port, Pyongyang said.",
    "Twitter said it would review the post.",
])
def test_an_it_opening_the_clause_is_the_speaker(middle: str) -> None:
    # guard: sources31's rule stands where the "it" opens what was said
    assert credited(story(middle)), middle


# --- 6. a changelog's line and a headline's document word ----------------------------------------


@pytest.mark.parametrize("middle", [
    "Added Metal support for the new tablets and phones.",
    "Added Metal support for the new tablets, costing 20 million dollars.",
    "Noted Safari crashes on launch in the old build.",
])
def test_a_changelog_line_names_no_speaker(middle: str) -> None:
    assert attribution_kind(story(middle), 1) is None


@pytest.mark.parametrize("middle", [
    "The mayor was pleased. Added Ola Berg: \u201cWe won the vote.\u201d",
    "Said the harbour master, \u201cthe ferry is late.\u201d",
])
def test_an_inverted_speaker_opening_a_sentence_still_speaks(middle: str) -> None:
    assert attribution_kind(story(middle), -2) in ("named", "role")


@pytest.mark.parametrize("middle", ["Report claims the tablet ships in May.", "Study finds coffee helps sleep."])
def test_a_headline_document_word_is_no_named_source(middle: str) -> None:
    assert attribution_kind(story(middle), 1) != "named"
    assert not credited(story(middle)), middle


# --- 7. found reading the pages' lists: a body's name with "and", a clause after a name ----------


def test_a_body_named_with_and_is_one_body() -> None:
    for body in ("Harbour and Ferry Workers Union", "University and Ferry Workers Union"):
        listed = sources_listed(story(f"The report by the {body} claims pay fell.") + CLOSER)
        assert body.split()[0] not in listed, listed
        assert any(s.endswith(body) for s in listed), listed


def test_a_person_and_a_person_are_still_two() -> None:
    # guard: "Ola Berg and Rui Lopes said" are two people, as before
    listed = sources_listed(story("Ola Berg and Rui Lopes said the ferry was late.") + CLOSER)
    assert "Harbour and Ferry Workers Union" not in listed and "Ola Berg" in listed, listed


def test_a_clause_after_a_name_is_no_role_phrase() -> None:
    # (sources50: "making similar claims" is now no verb of saying at all, so the sentence lists
    # no source and the list may be left out: the evidence must not hold the phrase anywhere)
    detail = named_evidence(story("It laid claim to the Ferry Sound and making similar claims elsewhere.") + CLOSER).detail
    assert "and making" not in detail and "Ferry Sound" not in detail, detail


def test_a_place_before_a_resident_is_never_a_source_by_itself() -> None:
    # (claims51, lead session 40) "a Lisbon resident who tweeted" is one passer-by, a vague source:
    # no named source, and never "Lisbon" alone (before claims51 it was listed as "a Lisbon resident")
    detail = named_evidence(story("The ferry was late again, a Lisbon resident who tweeted said.") + CLOSER).detail
    assert "Lisbon" not in detail and "in 1 of 4 sentences" in detail, detail


def test_a_person_with_a_body_in_a_blog_post() -> None:
    found = sides(story("The malware hides in fake updates, said Ola Berg with Quillnet in a blog post.") + CLOSER)
    assert found.get("Ola Berg") == "Quillnet", found


def test_a_span_inside_an_apposition_is_the_person_before_it() -> None:
    text = story("Ann Kolar, a professor of economics at Daleford Harbour University and a specialist in ports, "
                 "said the plan was sound. Kolar said the costs were fair.") + CLOSER
    found = sides(text)
    assert found.get("Ann Kolar") == "Daleford Harbour University", found
    assert not any("University" in k for k in found), found

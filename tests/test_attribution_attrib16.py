"""Sources and claims read one sentence off or not at all, fixed as classes (attrib16; every text
written for these tests). An attribution's evidence is the sentence that holds its verb of saying
and its speaker: the writer's own act with no one answering is no source, a lone noun ("Absolute
joke.") is no speaker, and someone only the writer knows ("My neighbour says") is a vague source
in their own sentence. A name before an apposition and "who said" is a named source wherever the
name stands; a headline line and an author's bio line are no claims; "according to the report"
after the report was named is a source; "the actual figure is" is a noun, not a verb; documents an
outlet has seen are a document source. Each class has the other reading beside it."""

from __future__ import annotations

import pytest

from xlplugin import cues
from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

from attribution_helpers import attribution_kind, claim_verdicts, unsourced_kinds


def _named_evidence(text: str) -> str | None:
    """The text of provenance's "named sources with roles" evidence, or None where absent."""
    sig = provenance.score(prepare(text), Settings())
    cue = next(e for e in sig.evidence if e.kind == "named sources with roles")
    return cue.text if cue.present else None


def _claims(text: str) -> list[str]:
    """The check-worthy sentences unsourced_claims counts, as text."""
    sig = unsourced_claims.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.kind in ("sourced", "unsourced")]


# --- 1. a forum rant: the writer's act, no one answering, a lone noun, someone the writer knows ------

@pytest.mark.parametrize("text", [
    "I rang the council twice and nobody answered.",
    "We emailed the housing office three times and no one replied.",
    "I phoned the surgery twice and none of the staff answered.",
    "I wrote to the ministry in May and nobody responded.",
])
def test_the_writers_act_with_no_one_answering_names_no_source(text):
    assert attribution_kind(text) is None
    assert _named_evidence(text) is None
    # No one who did not answer is a source; since unsourced_claims 83 (claims48) a past act the
    # writer tells in the first person is the writer's own account, sourced by the writer, and since
    # unsourced_claims 97 (claims50) an irregular past too ("I rang": claims.txt
    # [first_person_past_words]), so no row may read "unsourced" any more.
    for verdict in claim_verdicts(text).values():
        assert "sourced (the writer)" in verdict, verdict


def test_someone_answering_the_writer_is_still_a_source():
    text = "I rang the council and a spokesman answered that the bins would be emptied by 3 May."
    assert attribution_kind(text) == "role"


@pytest.mark.parametrize("fragment", ["Absolute joke.", "Fair point.", "Empty promises!", "Total joke."])
def test_a_noun_ending_a_verbless_fragment_is_no_speaker(fragment):
    assert attribution_kind(fragment) is None
    # in a rant, the credit does not land on the fragment after a sentence that reports
    text = f"The bins were left for 3 weeks. My neighbour says the council lost the rota. {fragment}"
    assert attribution_kind(text) is None
    assert _named_evidence(text) is None


def test_a_pronoun_and_a_verb_still_report():
    assert attribution_kind("They claim.") == "pronoun"


@pytest.mark.parametrize("text", [
    "My neighbour says the bins were not emptied for 3 weeks.",
    "My doctor told me the pills cut the risk by 30 percent.",
    "A friend of mine said rents rose 20 percent last year.",
])
def test_someone_only_the_writer_knows_is_a_vague_source_in_their_sentence(text):
    found = cues.attributions(prepare(text))[0]
    assert found is not None and found.kind == "weasel"
    assert found.start == 0 or text[found.start - 1] == " "
    assert unsourced_kinds(text) == ["unsourced"]
    assert _named_evidence(text) is None


@pytest.mark.parametrize("text, kind", [
    ("My colleague Jane Roe said rents rose 20 percent last year.", "named"),
    ("His neighbour said rents rose 20 percent last year.", "pronoun"),
])
def test_a_name_or_a_third_person_still_says_who(text, kind):
    assert attribution_kind(text) == kind
    assert unsourced_kinds(text) == ["sourced"]


# --- 2. a named member after a vague opener ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Critics say the plan is flawed. Among them is Ana Ruiz, a planner at the county, who said the road "
    "would cost 40 million pounds.",
    "Critics include Tom Berg, a retired engineer, who said the bridge would cost 9 million pounds.",
    "One who disagrees is Lena Park, the harbour's pilot, who told us 14 ships ran aground.",
])
def test_a_name_before_an_apposition_and_who_said_is_the_named_source(text):
    assert attribution_kind(text) == "named"
    assert unsourced_kinds(text)[-1] == "sourced"
    evidence = _named_evidence(text)
    assert evidence is not None and "who" in evidence


def test_an_apposition_and_who_said_without_a_name_is_not_named():
    text = "Among them is a planner at the county, who said the road would cost 40 million pounds."
    assert attribution_kind(text) != "named"


# --- 3. headline and bio lines are furniture ----------------------------------------------------------

_BODY = ("The council will close three libraries next year, its leader said on Monday. "
         "She said the gap in the budget was 40 million pounds.")


@pytest.mark.parametrize("headline", [
    "Council to shut 3 libraries as budget gap hits 40 million pounds",
    "Library closures will save 2 million pounds a year, says council",
    "Why 40 million pounds went missing from the town hall",
])
@pytest.mark.parametrize("between", ["\n\n", "\n\nBy Jane Doe\n\n"])
def test_a_headline_line_is_no_claim(headline, between):
    assert headline not in _claims(headline + between + _BODY)


def test_a_first_line_that_is_a_sentence_is_still_a_claim():
    line = "The council shut 3 libraries last year."
    assert line in _claims(line + "\n\n" + _BODY)


@pytest.mark.parametrize("bio", [
    "Jane Doe is a reporter covering health and social care for the Herald since 2019.",
    "Jane Doe has covered health for The Herald for 12 years.",
    "Mark Hill is the paper's education correspondent and the author of two books.",
    "Ann Lee reports on crime for the Courier and has won 3 awards.",
])
@pytest.mark.parametrize("where", ["end", "start"])
def test_an_authors_bio_line_is_no_claim(bio, where):
    text = _BODY + "\n\n" + bio if where == "end" else bio + "\n\n" + _BODY
    assert bio not in _claims(text)


def test_a_bio_shaped_sentence_inside_the_story_is_still_read():
    middle = "Jane Doe has covered 12 fires this year, the chief said."
    text = _BODY + " Crews were called at 4 am. " + middle + " The fire spread to 3 homes. It took hours. Nobody was hurt."
    assert middle in _claims(text)


# --- 4. "according to the report" points back ---------------------------------------------------------

@pytest.mark.parametrize("before", [
    "The council published a report on Monday.",
    "The Audit Office looked at 300 councils in a report.",
    "A report by Leeds University came out in May.",
])
def test_according_to_the_report_after_the_report_was_named_is_a_source(before):
    text = before + " According to the report, 400 homes flooded."
    assert attribution_kind(text) == "document"
    assert unsourced_kinds(text)[-1] == "sourced"


@pytest.mark.parametrize("before", [
    "",
    "Rain fell for 3 days. ",
    "Experts wrote a report last year. ",
])
def test_according_to_the_report_with_no_report_named_before_stays_vague(before):
    text = before + "According to the report, 400 homes flooded."
    assert attribution_kind(text) == "weasel"
    assert unsourced_kinds(text)[-1] == "unsourced"


# --- 5. "the actual figure is": a noun after the contrast ---------------------------------------------

@pytest.mark.parametrize("text", [
    "They claim the tax fell, but the actual figure is 12 percent.",
    "The firm claims sales doubled, but the true figure was 4 percent.",
    "The minister says the scheme saved money, but the real estimate is a loss of 3 million pounds.",
])
def test_a_reporting_noun_after_a_contrast_is_the_writers_figure(text):
    assert unsourced_kinds(text) == ["unsourced"]


def test_a_source_in_the_second_clause_still_sources_it():
    assert unsourced_kinds("They claim sales fell, but the council says 12 percent.") == ["sourced"]


# --- 6. documents an outlet has seen ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Documents seen by The Herald show the trust cut 90 beds.",
    "Emails obtained by the paper reveal the mayor spent 20,000 pounds on flights.",
    "Records obtained by this newspaper reveal the council spent 2 million pounds.",
    "Files shared with this newspaper suggest 40 staff were sacked.",
    "Papers seen by Reuters show the firm paid 3 million pounds in fees.",
])
def test_documents_an_outlet_has_seen_are_a_document_source(text):
    assert attribution_kind(text) == "document"
    assert unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "Leaked documents show 400 nurses quit.",
    "Documents seen by a friend show 400 nurses quit.",
])
def test_documents_no_outlet_holds_are_no_source(text):
    assert unsourced_kinds(text) == ["unsourced"]

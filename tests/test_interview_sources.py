"""An interview's answers are the interviewee's word (texts written for these tests): their
check-worthy sentences are sourced, by the speaker's label or the name the introduction gives,
or as a role when the text names no one; a named interviewee is a named source for provenance."""

from __future__ import annotations

from xlplugin import interview, interviewee
from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

INTRODUCED = """A morning with the lighthouse keeper

In this interview, lighthouse keeper Oskar Lind talks about the storms of the past winter.

Q: How hard was the winter?
A: It was the worst winter I have known in nineteen years. We logged more than 300 hours of fog in January.

Q: What do you need now?
A: Honestly, I think the lamp needs replacing. The council has promised a new one by May.
"""

LABELLED = """Talking tides

Interviewer: How many boats came in last week?
Marta Holm: We had 212 boats in the harbour, which is 30% more than last year.

Interviewer: Was that a record?
Marta Holm: It was the highest number since the quay was rebuilt in 1998.
"""

UNNAMED = """Q: How many boats came in last week?
A: We had 212 boats in the harbour, which is 30% more than last year.

Q: Was that a record?
A: It was the highest number since the quay was rebuilt in 1998.
"""


def _evidence(text: str):
    return unsourced_claims.score(prepare(text), Settings()).evidence


def test_answers_named_in_the_introduction_are_sourced_by_name() -> None:
    evidence = _evidence(INTRODUCED)
    counted = [e for e in evidence if "300 hours" in e.text or "nineteen years" in e.text]
    assert len(counted) == 2
    for e in counted:
        assert e.kind == "sourced"
        assert "sourced (interviewee, by name) in an interview answer: \u201cOskar Lind\u201d" in e.detail


def test_answers_of_a_named_speaker_are_sourced_by_the_label() -> None:
    evidence = _evidence(LABELLED)
    assert evidence and all(e.kind == "sourced" and "\u201cMarta Holm\u201d" in e.detail for e in evidence)


def test_answers_of_an_unnamed_interviewee_are_sourced_as_a_role() -> None:
    evidence = _evidence(UNNAMED)
    assert evidence and all(e.kind == "sourced" and "(interviewee, as a role)" in e.detail for e in evidence)


def test_a_weasel_attribution_in_an_answer_stays_unsourced() -> None:
    text = UNNAMED.replace("A: We had 212 boats", "A: Experts say there were 212 boats")
    first = [e for e in _evidence(text) if "212 boats" in e.text]
    assert first and first[0].kind == "unsourced" and "weasel" in first[0].detail


def test_claims_outside_the_answers_stay_unsourced() -> None:
    text = INTRODUCED.replace("talks about the storms of the past winter.",
                              "talks about the storms. Fog hours rose by 40% in the past decade.")
    intro = [e for e in _evidence(text) if "40%" in e.text]
    assert intro and intro[0].kind == "unsourced"


def test_the_introduction_name_skips_organisations() -> None:
    text = INTRODUCED.replace("In this interview, lighthouse keeper Oskar Lind",
                              "In this interview for the Coast Council, lighthouse keeper Oskar Lind")
    doc = prepare(text)
    found = interview.find(doc)
    who = interviewee.source(doc, found, found.answers[0][0])
    assert who is not None and who.name == "Oskar Lind" and doc.text[who.start:who.end] == "Oskar Lind"


def test_named_interviewee_is_a_named_source_for_provenance() -> None:
    sig = provenance.score(prepare(INTRODUCED), Settings())
    cue = next(e for e in sig.evidence if e.kind == "named sources with roles")
    # (sources22) the sentence that names him, with his role, not the bare name
    assert cue.present and "Oskar Lind" in cue.text and "lighthouse keeper" in cue.text


def test_unnamed_interviewee_is_no_named_source_for_provenance() -> None:
    sig = provenance.score(prepare(UNNAMED), Settings())
    assert not next(e for e in sig.evidence if e.kind == "named sources with roles").present


def test_a_title_case_headline_is_no_interviewee_and_a_sentence_may_open_with_the_name() -> None:
    text = INTRODUCED.replace("A morning with the lighthouse keeper", "Ten Minutes With The Keeper").replace(
        "In this interview, lighthouse keeper Oskar Lind talks", "Oskar Lind keeps the light. In this interview he talks")
    doc = prepare(text)
    found = interview.find(doc)
    assert interviewee.source(doc, found, found.answers[0][0]).name == "Oskar Lind"

"""(hunt33) One person named by a job or a post is a source by role, in both signals: "The harbour
master said", "the site engineer told the inquiry", "a nurse on the ward said", "the park ranger
said", as "a council planning officer said" and "the coroner said" already were. Before, a job
missing from attribution.txt [role_words] named no one (no named source in provenance, the claim
unsourced). The singular of every trade of [profession_words] is a role word: a trade named as a
group stays vague ("Engineers said", "Nurses say"), one of its members named by the job is a
source. Near misses: the groups, a job word as a modifier ("the pilot study found"), a passer-by
of a vox pop ("a local farmer said")."""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.cues import DATA_FILE, words

HEAD = "Notes from the week\n\n"
TAIL = " The harbour was busy all week."


def _read(sentence: str):
    result = score_text(HEAD + sentence + TAIL)
    evidence = [e for e in result.signals["unsourced_claims"].evidence if e.start < len(HEAD) + len(sentence)]
    counted = any(e.kind == "named sources with roles" and e.detail.startswith("found")
                  for e in result.signals["provenance"].evidence)
    return evidence, counted


ONE_PERSON_BY_JOB = [
    "The harbour master said the quay had flooded 14 times since 2019.",
    "The station master said 40 trains were cancelled on Monday.",
    "The lighthouse keeper said the lamp failed three times in 2024.",
    "The park ranger said 14 deer were found dead this year.",
    "The ship's pilot said the channel was 2 metres shallower than charted.",
    "The site engineer told the inquiry the beam had cracked twice in 2023.",
    "A nurse on the ward said 12 beds had been closed since May.",
    "The epidemiologist said cases had doubled to 400 since March.",
    "The school's head of science, a chemistry teacher, said results rose by a fifth in 2025.",
    "The ferry operator's safety officer said the boat had carried 40 more passengers than allowed.",
    "A council planning officer said the scheme would add 300 homes by 2028.",
]


@pytest.mark.parametrize("sentence", ONE_PERSON_BY_JOB)
def test_one_person_named_by_a_job_is_a_source_by_role(sentence):
    evidence, counted = _read(sentence)
    assert counted
    assert len(evidence) == 1 and evidence[0].kind == "sourced" and "sourced (role)" in evidence[0].detail


@pytest.mark.parametrize("sentence", [
    "Engineers said the bridge was 40 years old and had cracked twice.",
    "Nurses say 12 beds have been closed since May.",
    "Teachers say class sizes rose by a fifth in 2025.",
])
def test_near_miss_a_trade_named_as_a_group_stays_vague(sentence):
    evidence, counted = _read(sentence)
    assert not counted
    assert len(evidence) == 1 and evidence[0].kind == "unsourced"


@pytest.mark.parametrize("sentence, kind", [
    ("The pilot study found 40 percent fewer falls in 2024.", "sourced (document)"),
    ("A local farmer said his yields fell by a third in 2024.", "unsourced"),
])
def test_near_miss_a_job_word_that_is_no_post(sentence, kind):
    evidence, counted = _read(sentence)
    assert not counted
    assert len(evidence) == 1 and kind in evidence[0].kind + evidence[0].detail


def _singular(trade: str) -> str:
    if trade.endswith("wives"):
        return trade[:-3] + "fe"  # midwives
    return trade[:-1]


def test_every_trade_named_singly_is_a_role_word():
    """[profession_words] names trades as groups (vague); each one's singular is in [role_words],
    except those already read as roles by another list (none now)."""
    roles = words(DATA_FILE, "role_words")
    missing = sorted(t for t in words(DATA_FILE, "profession_words") if _singular(t) not in roles)
    assert missing == []


@pytest.mark.parametrize("text, said", [
    ("The nurse said the ministry would pay the overtime in May.", "The nurse said"),
    ("The caretaker said Ms Okafor had locked the hall at ten.", "The caretaker said"),
])
def test_the_job_is_the_speaker_not_what_follows_the_verb(text, said):
    """(test_attribution_sources11 read these as a pronoun's "said": the speaker is the job now,
    and what was said still names no source)"""
    from xlplugin import cues
    from xlplugin.text import prepare

    found = [a for a in cues.attributions(prepare(text)) if a is not None]
    assert [(a.kind, text[a.start:a.end]) for a in found] == [("role", said)]

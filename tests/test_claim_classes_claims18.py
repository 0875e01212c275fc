"""Who said what, for unsourced claims (claims18, from testers' fresh documents; every text
written for these tests). Each class has the other reading beside it, which still counts:

1. a source named in one sentence does not speak for the next when that one tells another
   actor's act in the writer's voice ("The council approved the plan by seven votes to two.",
   "Police arrested four men"); a sentence going on with the speaker's words ("It would keep its
   Sunday hours", "She added that", a quotation) still takes it;
2. speakers that were missed: a court or an inquest that heard it ("..., Kesterford Magistrates'
   Court heard on Wednesday."), a named speaker, any verb and a colon before a quotation
   ("Ratepayers' Union boss Ada Crane fumed: “...”"), a name with an age between commas
   ("Priya Shah, 38, said"), and a role before a who-clause ("The head teacher, who ..., said").
   The same shapes without a speaker ("The court was closed", a colon with no quotation, an age
   with no verb of saying) stay unsourced;
3. a figure told in passing after a refusal to comment is the writer's claim whether it is
   written in figures or in words ("declined to comment on three job cuts" as "on its 300 job
   cuts"); a count of the requests ("did not respond to three requests for comment") and a date
   stay no claim.
"""

from __future__ import annotations

import pytest
from attribution_helpers import added_verdicts as _verdicts


def _last(text: str) -> str:
    """The verdict of the last check-worthy sentence of the probe."""
    verdicts = _verdicts(text)
    assert verdicts, text
    return verdicts[-1]


# --- 1. a source is not carried to another actor's act -------------------------------------------

@pytest.mark.parametrize("text", [
    "Museum curator Ida Marsh said the wing would reopen in spring. The trustees approved the repairs by nine votes to three.",
    "Harbour master Leon Pike said the quay was safe. Police arrested four men at the pier on Tuesday.",
    "Coach Nadia Ferro said the squad was ready. The league fined the club 20,000 pounds in March.",
    "Tenant Omar Kell said the flats were damp. Kesterford Council spent 2 million pounds on new boilers in 2023.",
    "Farmer Ruth Dane told the inquiry the river had flooded. The county court ruled in 2021 that the dam owner owed 80,000 pounds.",
])
def test_a_source_is_not_carried_to_another_actors_act(text: str) -> None:
    assert _last(text) == "unsourced"


@pytest.mark.parametrize("text", [
    "Museum curator Ida Marsh said the wing would reopen in spring. It would cost about 600,000 pounds.",
    "Harbour master Leon Pike said the quay was safe. He added that repairs had cost 90,000 pounds.",
    "Coach Nadia Ferro said the squad was ready. The club had lost only two of its last 14 games.",
    "Tenant Omar Kell said the flats were damp. \u201cSix of the 20 flats have mould,\u201d he said.",
    "The fees rose by 30 percent in 2025, the treasurer said. The board approved the rise in May, she said.",
])
def test_the_speakers_own_words_still_take_the_source(text: str) -> None:
    assert _last(text) == "sourced"


# --- 2. speakers that were missed ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A van driver was fined 900 pounds for driving at 70mph in a 30 zone, Kesterford Magistrates' Court heard on Wednesday.",
    "The pilot had flown for 14 hours without a break, the inquest heard.",
    "Jurors were told the pair stole 42,000 pounds from the charity between 2019 and 2022.",
    "Ratepayers' Union boss Ada Crane fumed: \u201cThe council wasted 12 million pounds on the scheme.\u201d",
    "Campaigner Lewis Orme thundered: \u201cThey cut 300 beds in two years.\u201d",
    "Priya Shah, 38, said the rent had risen by 40 percent since 2022.",
    "Tom Reed, 71, told the inquiry that 12 boats sank in the storm.",
    "The head teacher, who joined the school in 2019, said 40 percent of pupils walk to school.",
    "The mayor, who took office in 2021 after a long and bitter campaign against the closure of the old bus depot on the edge of the town, said the depot cost 5 million pounds a year.",
])
def test_missed_speakers_are_sources(text: str) -> None:
    assert _last(text) == "sourced"


@pytest.mark.parametrize("text", [
    "The court was closed for 14 days in 2023 after a flood.",
    "The final tally: 300 beds were cut in two years.",
    "Priya Shah, 38, lost 40 percent of her savings in 2022.",
    "The head teacher, who joined the school in 2019, cut 40 percent of the budget.",
])
def test_the_same_shapes_without_a_speaker_stay_unsourced(text: str) -> None:
    assert _last(text) == "unsourced"


# --- 3. a figure in words after a refusal is a figure ----------------------------------------------

@pytest.mark.parametrize("figure", ["300", "three", "twelve", "40"])
@pytest.mark.parametrize("frame", [
    # (sources19) a figure in the topic alone ("on {} job cuts at the plant") is no claim now; in a
    # clause of its own after it, it is (tests/test_sources19.py)
    "The owner declined to comment on the {} dogs taken from the farm.",
    "The club refused to discuss the {} complaints it received.",
])
def test_a_figure_after_a_refusal_is_a_claim_in_figures_or_words(frame: str, figure: str) -> None:
    assert _verdicts(frame.format(figure)) == ["unsourced"]


@pytest.mark.parametrize("text", [
    "Voss did not respond to three requests for comment.",
    "The firm declined to comment on 3 June.",
    "The firm declined to comment.",
])
def test_a_refusal_with_no_figure_is_no_claim(text: str) -> None:
    assert _verdicts(text) == []

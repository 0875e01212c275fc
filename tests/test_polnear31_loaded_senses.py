"""(polnear31) Loaded-language misreadings found on the PolNeAR outlets' tune articles, as classes
(xlplugin/scorers/loaded_language.py, data/loaded_language.txt): a short quotation in a sentence
reporting a promise or a threat is the subject's words, no scare quote ([commitment_verb_words]
before "to" or "that"); "elite" of a unit, a school or a sport's top level, "hate" naming an
offence and "outright" of an election won without a run-off are plain senses. Each class has
near misses that keep their count. Fixtures are the project's own."""

from __future__ import annotations

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

FILLER = (" The council meets again on Thursday to discuss the budget for the coming year, and the"
          " minutes will be published on its website the following week.")


def _score(text: str):
    return loaded_language.score(prepare(text + FILLER), Settings())


def _kinds(text: str) -> list[str]:
    return [e.kind for e in _score(text).evidence if e.present]


@pytest.mark.parametrize("sentence", [
    'The governor is promising to "bomb the hell" out of the smugglers and close the border crossings.',
    'The mayor vowed to "fix the buses" by next spring and put new shelters on every route.',
    'She pledged that "every child" would get a nursery place within two years of the election.',
    'The union threatened to "walk out" if the talks on pay broke down again this month.',
    'He swore to "drain the swamp" in his first hundred days in office.',
    'The minister promised that "no family" would pay more for heating this winter.',
])
def test_a_short_quotation_reporting_a_promise_or_a_threat_is_the_subjects(sentence):
    kinds = _kinds(sentence)
    assert "scare quote" not in kinds
    assert not {"emotive", "derogatory", "exaggeration"} & set(kinds)  # "hell" is the speaker's


@pytest.mark.parametrize("sentence", [
    # no verb of committing right before "to" or "that": the writer's own scare quote
    'The claim that "national security" would be threatened by the files is not believed by anyone.',
    'The promise of "free buses" was never costed by the council or by anyone else.',
    'Their "reforms" have left every promise to the town broken.',
    'The threatened "reforms" were shelved after a week of protests outside the town hall.',
    # the quotation before the verb: the writer's word for the one who promised
    'A self-styled "leader" of the campaign has vowed to march on the town hall next week.',
])
def test_a_scare_quote_near_a_word_of_promising_stays_the_writers(sentence):
    assert "scare quote" in _kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "As hate speech toward migrants grows, police say the hate crimes reported rose by a fifth.",
    "The White House has turned to elite troops to train the new army's officers.",
    "She trained at an elite military academy before joining the regiment.",
    "Elite athletes will carry the torch through the town on Saturday.",
    "He needs 1,237 delegates to win outright before the convention opens.",
    "Without an outright majority, the party will have to seek a coalition partner.",
    "The senator could still clinch the nomination outright in California.",
])
def test_plain_senses_of_elite_hate_and_outright_count_nothing(sentence):
    sig = _score(sentence)
    assert sig.details["author_terms"] == 0, [(e.kind, e.text) for e in sig.evidence if e.present]


@pytest.mark.parametrize("sentence, term", [
    ("The Republican elite have ignored the voters for a decade.", "elite"),
    ("The coastal elites who run the party have no idea how people live.", "elites"),
    ("His outright lie about the vote was exposed within hours.", "outright"),
    ("I hate what this council has done to our town.", "hate"),
    ("They hate anyone who disagrees with the party line.", "hate"),
])
def test_the_loaded_senses_keep_their_count(sentence, term):
    sig = _score(sentence)
    assert term in [e.text.lower() for e in sig.evidence if e.present and not e.kind.startswith("quoted")
                    and e.kind not in ("first person", "rhetorical question", "reader address")]

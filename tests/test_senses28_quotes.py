"""senses28: a legal, technical or named term introduced as a term is no scare quote.

loaded_senses._term_of_art: a naming phrase of "as" with an article before the quotation ("the
test known as the “tilted balance”"), "what" and who calls it so ("what lawyers call"), a legal
frame before it ("the doctrine of"), and the provision that sets it out after it in its clause
("required by the framework", "in paragraph 11", "under regulation 3", "the “fit and proper”
test"). A scare quote with no such frame keeps its count. Fixtures written for these tests.
"""

import pytest

from xlplugin import score_text

TAIL = (" The council must now decide the application again, the court said in its judgment on Tuesday. "
        "The developer said it would wait for the new decision before it starts work on the site.")


def _scare_quotes(text: str) -> list[str]:
    loaded = score_text(text + TAIL).signals["loaded_language"]
    return [e.text for e in loaded.evidence if e.kind == "scare quote"]


@pytest.mark.parametrize("sentence", [
    'The judge held that the committee had not applied the "tilted balance" in paragraph 11 of the framework.',
    'The judge held that the committee had not struck the "planning balance" required by the framework.',
    'The judge held that the committee had not applied the test known as the "tilted balance" in its reasons.',
    'The inspector found the scheme was not a "material change" as defined in the regulations.',
    'The tribunal found the move of the depot was a "relevant transfer" under regulation 3 of the rules.',
    'The regulator applied the "fit and proper" test to the buyers before it approved the sale.',
    'The airline relied on the doctrine of "legitimate expectation" in its appeal against the fine.',
    'The jury must be sure of guilt beyond what lawyers call "reasonable doubt" before it can convict.',
    'The court said the notice was served on what the contract terms the "completion date" for the sale.',
    'The lenders invoked the "material adverse change" clause after the sale fell through in May.',
])
def test_a_term_of_art_is_no_scare_quote(sentence):
    quotes = _scare_quotes(sentence)
    assert quotes == [], quotes


@pytest.mark.parametrize("sentence", [
    'The board\'s "independent review" was written by the chairman\'s brother-in-law.',
    'The "reforms" in the minister\'s plan closed four clinics in the county.',
    'The board fell back on the old "misprint" defence to explain the missing pages.',
    'The minister\'s "reforms" closed four clinics in the county last year.',
    'The "experts" behind the plan have never run a bus service.',
    'The "peaceful protest" in the square ended with six arrests and a burnt-out car.',
    'The firm\'s "investment" in the town amounted to one new sign at the depot.',
])
def test_a_scare_quote_keeps_its_count(sentence):
    assert _scare_quotes(sentence), sentence

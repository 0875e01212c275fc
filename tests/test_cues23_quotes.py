"""(cues23) Quotation marks that name a word (a translation, a meaning, "the word") are no scare
quote, and a listed cue inside the author's scare quote counts once, as itself."""

import pytest

from loaded_helpers import loaded_evidence

LEAD = "The committee met on Thursday and went through the spending plans for the next year. "


def _kinds(text: str) -> list[str]:
    return [k for k, _ in loaded_evidence(LEAD + text)]


@pytest.mark.parametrize("text", [
    '"Obshtina" has been translated as "municipality" in most English papers.',
    'In the old charter "vill" is rendered as "township" throughout.',
    'The Welsh word "hiraeth" means "longing" in most dictionaries.',
    'Locals use the term "bothy", meaning "a hut", for the shelter on the hill.',
    'The Dutch "gemeente" translates as "municipality" in the report.',
])
def test_a_word_named_is_no_scare_quote(text: str) -> None:
    assert "scare quote" not in _kinds(text)


@pytest.mark.parametrize("text", [
    'The new hall was, in the words of its owners, a "triumph" for the town.',
    'The council promises the "savings" will pay for the new library.',
])
def test_a_scare_quote_stays(text: str) -> None:
    # near misses: quotation marks that keep a word at a distance, no word named
    assert "scare quote" in _kinds(text)


@pytest.mark.parametrize("text, kind", [
    ('This is a medical "tyranny" and the families will resist it.', "emotive"),
    ('The plan is a "disaster" for every family on the estate.', "emotive"),
    ('The new rules come from a "totalitarian" mindset in the town hall.', "emotive"),
])
def test_a_cue_inside_a_scare_quote_counts_once(text: str, kind: str) -> None:
    kinds = _kinds(text)
    author = [k for k in kinds if k in ("scare quote", "emotive", "derogatory", "exaggeration")]
    assert len(author) == 1, kinds

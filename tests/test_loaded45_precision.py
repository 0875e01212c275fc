"""loaded45: words a precision hunt over real pages found counted as the writer's loaded language,
fixed as classes. Every text is written for these tests.

- A technical term of a field, read from the field's words in its sentence (loaded_language.txt
  [literal_senses]): security writing's "malicious", medicine's "aggressive", pests that
  "infested", animals' "predators", a fire "raging", a chart's "plots", a programmer's "hack".
- Software as the subject of "complain" ([machine_words]: "the compiler will complain").
- "claiming territory" ([object_senses]): a state's claim of land or sea.
- A quotation that names a word or a control (loaded_senses.naming_quote): a definition's term,
  a word as the subject of "brings to mind" or "refers to", a button's or a ballot's label after
  "click", "vote" or "select".
- A short quotation after a leader's "lauded" or "praised" ([speech_verb_words]) and a quotation
  after "he reiterates" ([speaker_words]) are the speaker's words.
- "!" as a Markdown link's text or image mark left in plain text (loaded_language._link_markup).
"""

import pytest

from loaded_helpers import author_terms, loaded_evidence


@pytest.mark.parametrize("text, word", [
    # technical terms of a field
    ("The ransomware sends malicious messages to the victim's contacts and then encrypts the files.", "malicious"),
    ("She was treated for an aggressive tumour with two rounds of chemotherapy last spring.", "aggressive"),
    ("Doctors said the cancer was aggressive and had reached the lymph nodes by March.", "aggressive"),
    ("Brown rats had infested every barn on the farm before the trapping began.", "infested"),
    ("The chicks are taken by hungry predators such as gulls and foxes each summer.", "predators"),
    ("Wildfires raging in the hills sent smoke over the town for a week.", "raging"),
    ("While embedding plots often seem to show clusters, the clusters depend on the chosen parameters.", "plots"),
    ("Our code base still carries random hacks to keep Python 2 working.", "hacks"),
    # software complaining
    ("If the return type is missing, the compiler will complain about the function.", "complain"),
    ("The linter complains whenever a line is longer than eighty characters.", "complains"),
    # a state's claim of land
    ("Both countries have been claiming territory along the river for decades.", "claiming"),
])
def test_a_technical_or_plain_sense_is_no_loaded_term(text, word):
    terms = author_terms(text)
    assert word not in terms, terms


@pytest.mark.parametrize("text", [
    'The survey used an existing definition of "intact wetlands" for every site it visited.',
    'For most gardeners, "rewilding" brings to mind a quiet corner left to the weeds.',
    'Readers can vote "approve" or "disapprove" by using the buttons under each story.',
    'To finish, click "send" and wait for the confirming email.',
    'The coach praised the team for its "steady nerve" in the final minutes of the match.',
    'The president lauded her courage during "these hard times" at the summit on Friday.',
    'The old man opened his door. "Take what you need, my friend," he reiterates. "Within reason, of course." '
    'I walk in and sit down.',
])
def test_a_named_word_or_a_speakers_phrase_is_no_scare_quote(text):
    kinds = [k for k, _ in loaded_evidence(text) if not k.startswith("quoted")]
    assert "scare quote" not in kinds and "editorial" not in kinds, kinds


@pytest.mark.parametrize("text", [
    "The archive keeps every issue of the paper since 1950. [!](https://archive.example.org/) 2023-2025, "
    "the archive is part of a network of libraries.",
    "The park is shown on the map below. ![map of the park](park.png) The gates open at nine each day.",
])
def test_a_markdown_link_mark_is_no_exclamation(text):
    assert "exclamation" not in [k for k, _ in loaded_evidence(text)]


# Guards: the same words in their loaded sense keep their cost (these pass on main too).
@pytest.mark.parametrize("text, word", [
    ("The senator told malicious lies about his rival at the rally.", "malicious"),
    ("The senator is an aggressive bully who shouts down every critic.", "aggressive"),
    ("Online predators target children through chat apps, and the platforms shrug.", "predators"),
    ("A raging row broke out between the two ministers over the budget.", "raging"),
    ("The party hack was rewarded with a seat in the upper house.", "hack"),
    ("The minister complains that nobody listens to her, as usual.", "complains"),
    ("The company claims its product is safe for children.", "claims"),
])
def test_the_loaded_sense_keeps_its_cost(text, word):
    terms = author_terms(text)
    assert word in terms, terms


@pytest.mark.parametrize("text", [
    'Many will vote for the "moderate" candidate, who backed every cut.',
    'The minister\'s "reforms" will cut every school budget by a tenth.',
])
def test_a_scare_quote_stays_one(text):
    assert "scare quote" in [k for k, _ in loaded_evidence(text)]


def test_a_real_exclamation_next_to_a_link_still_counts():
    text = "The park is wonderful! The gates open at nine [on weekdays](hours.html)."
    assert "exclamation" in [k for k, _ in loaded_evidence(text)]

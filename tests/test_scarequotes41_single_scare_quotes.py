"""Loaded language version 115 (scarequotes41): scare quotes in single marks are the writer's words.

Since fresh40 and claims40 a phrase in single quotation marks is read as a quotation, someone
else's words; irony34's rule made one the writer's scare quote only right after a definite
determiner or a possessive pronoun ("our 'leaders'", "the 'experts'"). So "a 'journalist'",
"another 'fact-check'", "was a 'disaster'" were quoted speech with no speaker, and a loaded word
inside them was not the author's, while the same words in double marks counted. A word or short
phrase in lower case in single marks after an article or a determiner of quantity ("a", "an",
"another", "some", "any", "no", "such", "every", "each"), with no verb of saying or speaker word
in its sentence or in the sentences beside it in its paragraph, and not on the text's headline
line, is now a scare quote as in double marks. Quotations with a speaker, titles of works, terms
being defined and apostrophes stay out. Fixtures are written for these tests.
"""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = ("The county council met on Tuesday to set next year's budget. The meeting ran for four hours.\n\n"
        "Three members voted against the plan. Two abstained.\n\n")
TAIL = "\n\nThe council meets again in March."


def _evidence(passage: str, lead: str = LEAD) -> list[tuple[str, str]]:
    score = loaded_language.score(prepare(lead + passage + TAIL), Settings())
    return [(e.kind, e.text) for e in score.evidence if e.kind not in ("first person", "reader address")]


@pytest.mark.parametrize("passage, shown", [
    ("A 'journalist' from the blog turned up at the hearing with a camera.", "'journalist'"),
    ("A \u2018journalist\u2019 from the blog turned up at the hearing with a camera.", "\u2018journalist\u2019"),
    ("Another 'fact-check' from the paper missed the point entirely.", "'fact-check'"),
    ("No \u2018crisis\u2019 was too small for the minister's press office.", "\u2018crisis\u2019"),
    ("Some 'peaceful protest' that was: three shops on the high street burned.", "'peaceful protest'"),
])
def test_a_short_single_quoted_phrase_with_no_speaker_is_a_scare_quote(passage, shown):
    assert _evidence(passage) == [("scare quote", shown)]


@pytest.mark.parametrize("passage, kind, word", [
    ("A 'traitor' from the blog turned up at the hearing with a camera.", "derogatory", "traitor"),
    ("A \u2018traitor\u2019 from the blog turned up at the hearing with a camera.", "derogatory", "traitor"),
    ("The plan was a \u2018disaster\u2019 for the town, as anyone could see.", "emotive", "disaster"),
    ("Such \u2018thugs\u2019 as these marched on the square.", "derogatory", "thugs"),
])
def test_a_loaded_word_in_single_scare_quotes_is_the_authors(passage, kind, word):
    # the word counts once, as itself (cues23), not as someone else's quoted word
    assert _evidence(passage) == [(kind, word)]
    assert _evidence(passage.replace("\u2018", '"').replace("\u2019", '"').replace("'", '"')) == [(kind, word)]


@pytest.mark.parametrize("passage", [
    # a speaker or a verb of saying in the sentence
    "Union leaders said the deal was a 'betrayal' of nurses.",
    "The deal, a \u2018betrayal\u2019 according to the union, passed on Friday.",
    "\u2018It is a betrayal,\u2019 she told reporters.",
    # a speaker in the sentence before or after, in the paragraph (British style)
    "The offer was a \u2018betrayal\u2019. Union leaders said nurses would strike in May.",
    "Ms Okafor spoke to reporters after the vote. The cuts were a \u2018betrayal\u2019 of the town.",
])
def test_a_quotation_with_a_speaker_keeps_not_counting(passage):
    assert _evidence(passage) == [("quoted emotive", "betrayal")]


@pytest.mark.parametrize("passage", [
    "She starred in 'Parasite' last year and in 'The Silent Harbour' this spring.",
    "The bank uses a policy known as 'quantitative easing' to lower rates.",
    "The bank's tool, known as \u2018quantitative easing\u2019, lowers rates.",
    "The drivers' pay and the nurses' rota were set on Monday.",
    "Rock 'n' roll played at the mayor's party until ten.",
    "The mayor\u2019s \u2018pivot\u2019 to the suburbs began in May with two new bus routes.",
    "It's the county's biggest budget since the '90s, and officers' pay rose by 3%.",
])
def test_titles_defined_terms_and_apostrophes_count_nothing(passage):
    assert [k for k, _ in _evidence(passage) if k == "scare quote"] == []


def test_a_british_headline_quote_is_a_sources_word():
    text = ("Bus plan a \u2018betrayal\u2019 of the valleys\n\n" + LEAD +
            "The inspectors found rats in two kitchens and a broken boiler.")
    score = loaded_language.score(prepare(text), Settings())
    assert [(e.kind, e.text) for e in score.evidence if not e.kind.startswith("quoted")] == []


def test_the_scare_quote_counts_toward_the_rate():
    plain = loaded_language.score(prepare(LEAD + "A journalist from the blog turned up." + TAIL), Settings())
    quoted = loaded_language.score(prepare(LEAD + "A 'journalist' from the blog turned up." + TAIL), Settings())
    assert quoted.details["scare quote"] == 1 and plain.details["scare quote"] == 0
    assert quoted.details["author_terms"] == plain.details["author_terms"] + 1

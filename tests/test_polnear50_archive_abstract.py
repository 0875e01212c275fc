"""(polnear50) A news archive's record holds the article under labels of its own: "ABSTRACT." near
the top over an indexer's summary, then "FULL TEXT." over the article (prose rule "archive
abstract", prose.txt [archive_abstract_labels], [archive_body_labels]). The labels and the summary
are the archive's, not the author's prose: the summary repeats the article's lead with no source,
so on main every such record had one more unsourced claim than its article. A paper's "Abstract"
with no body label after it, and the word in prose, stay the author's.

The texts are written for these tests. Fail on main: the first five (no rule "archive abstract";
the abstract's figures counted as an unsourced claim); the guards pass on both.
"""

from __future__ import annotations

from xlplugin import prose
from xlplugin.engine import score_text
from xlplugin.text import prepare

RULE = "archive abstract"  # prose.ARCHIVE_ABSTRACT, written out so that the guards run on main too

_ARTICLE = """\
The plan to rebuild the Eastport harbour wall lost a council vote on Tuesday, 12 votes to 9.

''We cannot pay for it this year,'' said Ann Roe, the council's finance chief.

Ann Roe said the cost of the wall had risen by 40 percent since the spring, to 3 million pounds.
"""

_SUMMARY = "The harbour plan lost 12 votes after the council split on its cost, which rose by 40 percent."

_HEADLINE = "Council vote leaves harbour plan in doubt;"

_RECORD = f"""{_HEADLINE}

ABSTRACT.

{_SUMMARY}

FULL TEXT.

{_ARTICLE}"""


def _rules(text: str) -> list[tuple[str, str]]:
    doc = prepare(text)
    return [(rule, doc.text[s:e]) for s, e, rule in doc.analysis.not_prose]


def _unsourced(text: str) -> list[str]:
    score = score_text(text).signals["unsourced_claims"]
    return [e.text for e in score.evidence if e.kind == "unsourced"]


def test_the_labels_and_the_summary_are_the_archives():
    found = [(rule, span) for rule, span in _rules(_RECORD) if rule == RULE]
    assert len(found) == 1
    span = found[0][1]
    assert span.startswith("ABSTRACT.") and span.endswith("FULL TEXT.") and _SUMMARY in span


def test_the_summary_is_no_unsourced_claim():
    assert _SUMMARY not in _unsourced(_RECORD)
    assert _SUMMARY in _unsourced(_SUMMARY + "\n\n" + _ARTICLE)  # the same sentence in an article is a claim


def test_the_record_scores_as_its_article():
    # the counts; a rate per 1,000 words still counts every word of the text, the headline's too
    record, article = score_text(_RECORD).signals, score_text(_HEADLINE + "\n\n" + _ARTICLE).signals
    claims = ("check_worthy", "unsourced")
    assert [record["unsourced_claims"].details[k] for k in claims] == [article["unsourced_claims"].details[k] for k in claims]
    assert record["provenance"].details == article["provenance"].details


def test_labels_in_other_case_and_marks():
    text = _RECORD.replace("ABSTRACT.", "Abstract:").replace("FULL TEXT.", "Full text")
    assert [r for r, _ in _rules(text)] == [RULE]


def test_the_abstract_label_right_under_the_headline_line():
    text = "Council vote leaves harbour plan in doubt\nABSTRACT\n" + _SUMMARY + "\nFULL TEXT\n" + _ARTICLE
    assert RULE in [r for r, _ in _rules(text)]


# --- guards: what stays prose --------------------------------------------------------------


def test_a_papers_abstract_with_no_body_label_stays_prose():
    text = _RECORD.replace("FULL TEXT.", "Introduction.")
    assert RULE not in [r for r, _ in _rules(text)]
    assert _SUMMARY in _unsourced(text)


def test_a_body_label_before_the_abstract_label_marks_nothing():
    text = "Council vote\n\nFULL TEXT.\n\n" + _SUMMARY + "\n\nABSTRACT.\n\n" + _ARTICLE
    assert RULE not in [r for r, _ in _rules(text)]


def test_an_abstract_label_far_down_the_text_marks_nothing():
    head = "\n\n".join(f"Paragraph {n} of the report says the wall is old." for n in range(1, 8))
    text = head + "\n\nABSTRACT.\n\n" + _SUMMARY + "\n\nFULL TEXT.\n\n" + _ARTICLE
    assert RULE not in [r for r, _ in _rules(text)]


def test_a_long_run_between_the_labels_is_no_summary():
    long_part = "\n\n".join([_SUMMARY] * 25)  # over ABSTRACT_MAX_CHARS
    assert len(long_part) > getattr(prose, "ABSTRACT_MAX_CHARS", 2000)
    text = "Council vote\n\nABSTRACT.\n\n" + long_part + "\n\nFULL TEXT.\n\n" + _ARTICLE
    assert RULE not in [r for r, _ in _rules(text)]


def test_the_words_inside_a_sentence_are_prose():
    text = ("The abstract of the council's report was short.\n\nThe full text of the report ran to 40 pages.\n\n"
            + _ARTICLE)
    assert RULE not in [r for r, _ in _rules(text)]

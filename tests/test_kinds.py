"""Document kinds: each kind from its cues, no index for a page that is not an article (with
the reason in words), the kind in every output, and per-kind precision and recall on the
hand-labelled pages (tests/kinds_labels.csv) above recorded floors.

The short texts here were written for this project.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import xlplugin
from xlplugin import cells, kinds
from xlplugin.text import prepare

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "workbooks" / "examples"

REPORT = (
    "LISBON (Harbour Wire Service) - Portugal's parliament approved a bill on Tuesday that would cut the tax "
    "on electricity, after a debate that lasted more than six hours. The finance ministry said the cut would "
    "cost about 410 million euros a year, according to a written note. \"This is a targeted measure,\" the "
    "minister told reporters after the vote. Opposition lawmakers said the measure came too late."
)


def kind_of(text: str, **meta: str) -> kinds.Kind:
    return kinds.classify(prepare(text, **meta))


def test_rules_file_reads_and_every_kind_has_rules():
    rules = kinds.rules()
    assert {rule.kind for rule in rules} == set(kinds.KINDS)
    assert all(rule.why and rule.weight > 0 for rule in rules)


def test_classify_writes_nothing_into_the_document():
    """Scorers and the kind pass read the document and never write into it (issue 13): what
    `classify` works out is kept for the one call."""
    doc = prepare(REPORT + " I think my view is mine. " * 12)  # over 80 words, first person: every measure runs
    before = dict(doc.shared)
    first = kinds.classify(doc)
    assert doc.shared == before
    assert kinds.classify(doc) == first


def test_a_plain_report_is_a_news_report():
    kind = kind_of(REPORT)
    assert kind.kind == kinds.NEWS and kind.cues


def test_a_text_with_no_cue_says_so():
    kind = kind_of("The committee met on Monday. It approved the budget for next year.")
    assert kind.kind == kinds.NEWS and kind.cues == ("no cue of another kind",)


def test_opinion_by_label_and_by_address():
    assert kind_of("OPINION\n\n" + REPORT).kind == kinds.OPINION
    assert kind_of(REPORT, url="https://example.org/opinion/2025/a-column").kind == kinds.OPINION
    # "review" inside a headline is not a review
    assert kind_of(REPORT, title="Council approves flood wall after two-year review").kind == kinds.NEWS


def test_first_person_outside_quotations_only():
    personal = ("I went to the market on Saturday and I was surprised. My friend told me I should write about it, "
                "so here is my account of what I saw and what I think of it. ") * 4
    assert kind_of(personal).kind == kinds.OPINION
    quoted = (REPORT + ' "I was there and I saw it myself, and my family saw it too, and I will not forget it," '
              "said one resident. ") * 2
    assert kind_of(quoted).kind == kinds.NEWS


def test_press_release():
    text = "FOR IMMEDIATE RELEASE\n\nNorthfield Water Company today announced that its new plant is complete."
    assert kind_of(text).kind == kinds.PRESS_RELEASE


def test_forum_post():
    text = "Home > Forums > World News\n\nRe: the dam project\n\nriverwatcher\nJoined: Apr 3, 2019\nPosts: 2,114\n\nAnyone know more?"
    assert kind_of(text).kind == kinds.FORUM


def test_wire_copy_needs_another_outlet():
    text = "BERLIN (Reuters) - " + REPORT.split(" - ", 1)[1]
    # on the agency's own site, or with no publisher known, it is the agency's report
    assert kind_of(text, url="https://www.reuters.com/article/x").kind == kinds.NEWS
    assert kind_of(text).kind == kinds.NEWS
    syndicated = kind_of(text, url="https://www.example-times.example/business/x", outlet="Example Times")
    assert syndicated.kind == kinds.WIRE and "Reuters" in syndicated.cues[0]
    assert kind_of(REPORT, author="Associated Press", outlet="Example Times", url="https://example-times.example/a").kind == kinds.WIRE
    assert kind_of("This article originally appeared on Grist.\n\n" + REPORT).kind == kinds.WIRE


def test_not_an_article_needs_strong_cues_and_gets_no_index():
    shop = ("Riverside Trail Walking Boots\n\n£89.99\n\nWaterproof walking boots with a cushioned sole. "
            "In stock. Add to basket. Free delivery over £50, price £89.99 includes VAT. Socks £12.99.")
    kind = kind_of(shop, page_type="product")
    assert kind.kind == kinds.NOT_ARTICLE
    result = xlplugin.score_text(shop * 3, page_type="product")
    assert result.kind == kinds.NOT_ARTICLE and result.reliability is None
    assert result.note.startswith("no index: not an article (") and "product page" in result.note
    assert cells.status_text(result) == result.note
    # the signals are still there to read
    assert result.signals["readability"].value is not None
    # a short pasted text without author or date is not refused: missing metadata counts only
    # for web pages
    assert kind_of("The council met on Monday and approved the budget.").kind == kinds.NEWS


def test_an_organisation_page_by_title_and_address():
    text = "We are a cooperative of engineers. We plan bridges and buildings. Contact us for a quote."
    kind = kind_of(text, title="About us", url="https://engineers.example/about", page_type="web page")
    assert kind.kind == kinds.NOT_ARTICLE


def test_kind_in_every_output():
    result = xlplugin.score_text(REPORT)
    assert result.as_dict()["kind"] == kinds.NEWS and result.as_dict()["kind_cues"]
    header = cells.score_columns()
    row = cells.score_row(result)
    assert row[header.index(cells.KIND_HEADER)] == kinds.NEWS
    assert cells.evidence_text(result, "kind").startswith("news report\ncue: ")


def test_excel_functions_give_the_kind():
    from xlplugin.excel import functions

    assert functions.kind(REPORT) == kinds.NEWS
    assert functions.kind([[REPORT], [None], [3.0]]) == [[kinds.NEWS], [""], ["not text: a number"]]
    rows = functions.scores(REPORT, True)
    assert rows[1][rows[0].index("Kind")] == kinds.NEWS
    assert functions.evidence(REPORT, "kind").startswith("news report")


def test_the_examples_have_their_labelled_kind():
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate_kinds

    for group, name, gold in evaluate_kinds.labels():
        if group == "examples":
            assert evaluate_kinds.predict(EXAMPLES / name).kind == gold, name


@pytest.mark.slow
def test_per_kind_precision_and_recall_on_the_labelled_pages():
    web = ROOT.parent / "shared" / "corpus" / "web" / "pages"
    if not web.is_dir():
        pytest.skip(f"web pages absent: {web} not found (read from ../shared, never copied)")
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate_kinds

    result = evaluate_kinds.evaluate(web)
    assert not result["missing"]
    per = result["per_kind"]
    # measured 2026-11-29 (114 documents): accuracy 0.78; not an article precision 1.00 recall
    # 0.65; opinion 0.84 / 0.71; press release 1.00 / 0.75; wire 1.00 / 1.00; news 0.63 / 0.89.
    assert result["accuracy"] >= 0.70
    # A page wrongly called "not an article" loses its index: that precision matters most.
    assert per[kinds.NOT_ARTICLE][0] >= 0.9 and per[kinds.NOT_ARTICLE][1] >= 0.6
    assert per[kinds.OPINION][0] >= 0.75 and per[kinds.OPINION][1] >= 0.5
    assert per[kinds.PRESS_RELEASE][0] >= 0.8 and per[kinds.PRESS_RELEASE][1] >= 0.6
    assert per[kinds.WIRE][0] >= 0.8 and per[kinds.WIRE][1] >= 0.8
    assert per[kinds.NEWS][1] >= 0.85


def test_the_fast_paths_give_what_the_plain_patterns_give(monkeypatch):
    """Word counts and required-word checks stand in for most regular expressions (speed); on
    the examples and the samples they must decide exactly what the patterns alone decide."""
    import dataclasses

    from samples import CALM_REPORT, CHARGED_RANT, HAPPY_NOTE  # noqa: F401  (tests/ is on the path)
    import samples

    texts = [getattr(samples, n) for n in dir(samples) if n.isupper() and isinstance(getattr(samples, n), str)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += [REPORT + " Of course, we must act. I think so, and in my view it is time. It first appeared in print.",
              "Add to basket. In stock. Inkl. MwSt. " * 3, "Wir rufen alle zur Teilnahme auf. " + REPORT]
    docs = [prepare(t) for t in texts]
    fast = [kinds.classify(d) for d in docs]
    plain = tuple(dataclasses.replace(r, first_words=None, single_words=None, rest=None, rest_needs=None, starts=None,
                                      rest_starts=None)
                  for r in kinds.rules())
    monkeypatch.setattr(kinds, "rules", lambda: plain)
    for doc, quick in zip(docs, fast):
        slow = kinds.classify(doc)
        assert (quick.kind, quick.scores) == (slow.kind, slow.scores)


def test_first_person_rate_is_the_plain_count():
    """The first-person rate counts the words' places from their counts (speed): the same as
    looking at every word, outside quotations only."""
    from collections import Counter

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts.append(REPORT + ' "I said my piece," I wrote. My view: "me and mine", then me, I, my. ' * 6)
    checked = 0
    for text in texts:
        doc = prepare(text)
        if doc.word_count < 80:
            continue
        plain = sum(1 for i, w in enumerate(doc.lowers)
                    if w in kinds.FIRST_PERSON_WORDS and doc.quote_at(doc.token_starts[i]) is None)
        assert kinds._first_person_rate(doc, Counter(doc.lowers)) == 1000.0 * plain / doc.word_count
        checked += bool(plain) and bool(doc.quotes)
    assert checked >= 1

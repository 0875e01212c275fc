"""The per-document pre-tests of the attribution pass and of the claim-line rules give what the
plain rules give, on the example documents, the seed articles, the saved web pages (read from
../shared at run time, skipped when absent) and texts of my own:

- `senses.names_a_work` is asked at a source only in a document holding a word of its work sets
  (`doc.analysis.holds_any`): the attributions are those found when it is asked at every source;
- a call to action (`claim_lines.page_furniture`) is looked for only in a sentence whose first
  word opens one of the phrases (`claim_lines._may_open_call`): a necessary condition of the rule;
- `source_window.document_shows` and `document_subject` look for their words only where the
  window holds one (a C-level set test first): the same answers at every word of every sentence;
- the in-text citations and the reference list are found once per document (`doc.analysis`) and
  are what `claim_lines` finds when asked directly.
"""

from __future__ import annotations

import random

import pytest

from xlplugin import claim_lines as cl
from xlplugin import cues
from xlplugin import source_window as sw
from xlplugin.analysis import Analysis
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS, SHARED

# Sentences of my own: works and people side by side, calls to act and their near misses.
OWN = [
    "The Lantern Keeper is the kind of film that asks what a town owes its dead, the director said.",
    "The Night Watchman, the new thriller on the streaming service, says little about its hero.",
    "Night watchman Tom Reed says the gate was open. The keeper said nothing.",
    "In the novel, The Ferryman says he will never cross again, the author told readers.",
    "Click here to read the report. Click the link, officials said. Sign up for our 12-week plan.",
    "Download our 2023 guide. Downloads rose 40% in 2023, the company said.",
    "   Subscribe to the newsletter, she wrote.\n\nSUBSCRIBE TO   OUR list: 3 free issues.",
    "Tap here for 50% off. Tapping the screen twice, he said, opens the 3 menus.",
    "Order now and save 30%! Orders fell 12% last year, according to the ministry.",
]


def _own_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(["\n\n", " ", "\n"]).join(rng.sample(OWN, rng.randint(1, len(OWN)))) for _ in range(n)]


def _file_texts() -> list[str]:
    paths = sorted(EXAMPLES.glob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.fixture(scope="module")
def web_texts() -> list[str]:
    folder = SHARED / "corpus" / "web"
    if not folder.is_dir():
        pytest.skip(f"saved web pages absent: {folder} not found (read from ../shared, never copied)")
    from xlplugin.inputs import read_paths

    return [r.text for r in read_paths([str(folder)]) if hasattr(r, "text")]


def _attributions_asked_everywhere(text: str, monkeypatch: pytest.MonkeyPatch) -> list:
    """The attributions with `names_a_work` asked at every source (the pre-test always says yes)."""
    with monkeypatch.context() as m:
        m.setattr(Analysis, "holds_any", lambda self, words: True)
        return cues.find_attributions(prepare(text))


def _check_works(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    sources = 0
    for text in texts:
        found = cues.find_attributions(prepare(text))
        assert found == _attributions_asked_everywhere(text, monkeypatch), text[:80]
        sources += sum(1 for a in found if a is not None and a.kind in ("named", "role"))
    return sources


def test_names_a_work_pre_test_on_own_texts(monkeypatch):
    texts = _own_texts(200, seed=5)
    assert _check_works(texts, monkeypatch) > 200
    # the rule itself still fires where a work word is present: a title is no person
    doc = prepare(OWN[0])
    assert doc.analysis.holds_any(cues._lex().works)


def test_names_a_work_pre_test_on_files(monkeypatch):
    texts = _file_texts()
    if not texts:
        pytest.skip("no seed articles or examples found")
    assert _check_works(texts, monkeypatch) > 20


def test_names_a_work_pre_test_on_web_pages(web_texts, monkeypatch):
    # (sources12: 100 named or role sources; vague subjects are no longer named; sources20: 95, "Just saying." and
    # "Additional reporting by ..." are a gerund after an opener, no source)
    assert _check_works(web_texts, monkeypatch) > 90


def _plain_call_to_action(sentence: str) -> bool:
    return (" ".join(sentence.lower().split()[:4]) + " ").startswith(cl._call_to_action())


def _check_calls(texts: list[str]) -> int:
    calls = 0
    for text in texts:
        doc = prepare(text)
        for s in doc.sentences:
            for sentence in (s.text, s.text.strip()):
                if _plain_call_to_action(sentence):
                    calls += 1
                    assert cl._may_open_call(sentence), sentence
    return calls


def test_call_to_action_pre_test_is_necessary():
    phrases = [p.strip() for p in cl._call_to_action()]
    variants = [v for p in phrases for v in (p, p.upper(), p.title(), f"  {p}  now", p.replace(" ", "\u00a0 "),
                                              p.replace(" ", "\t"), f"{p}s", f"{p[:-1]}")]
    for sentence in variants + ["", " ", "\n", "Click", "click here"]:
        if _plain_call_to_action(sentence):
            assert cl._may_open_call(sentence), repr(sentence)
    assert _check_calls(_own_texts(100, seed=9)) > 50


def test_call_to_action_pre_test_on_files_and_pages(web_texts):
    assert _check_calls(_file_texts() + web_texts) >= 0  # (the pages may hold none; each one found is checked)


def test_citations_and_reference_list_found_once():
    texts = _file_texts() + _own_texts(20, seed=1) + [
        "Cargo rose 12% in 2019 (Berg et al., 2019). See doi:10.5555/abc.\n\nReferences\nBerg, K. (2019). Tides.",
        "Sources:\nthe harbour board\n" + "a line of prose " * 40,
    ]
    for text in texts:
        doc = prepare(text)
        assert dict(cl.in_text_citations(doc)) == cl.find_in_text_citations(doc)
        assert cl.in_text_citations(doc) is cl.in_text_citations(doc)
        assert (cl.NotClaims(doc).list_start, cl.NotClaims(doc).list_end) == cl.find_reference_list(doc)


def _plain_document_shows(w, doc_word, documents, participles, text):
    """`source_window.document_shows` as first written: no pre-test of the window."""
    _, lowers, starts, ends = w
    if lowers[doc_word] not in documents:
        return None
    first = next((k for k in (doc_word - 1, doc_word - 2) if k >= 0 and lowers[k] in sw.DOCUMENT_DETERMINERS), None)
    if first is None:
        return None
    for j in range(doc_word + 1, min(len(lowers), doc_word + 1 + sw.DOCUMENT_SHOWS_WINDOW)):
        if text[ends[j - 1] : starts[j]] != " ":
            return None
        if lowers[j] in participles:
            return first, j
    return None


def _plain_document_subject(doc, w, verb, documents):
    """`source_window.document_subject` as first written: no pre-test of the window."""
    _, lowers, starts, ends = w
    text = doc.text
    j = verb - 1
    while j >= 0 and verb - j <= sw.DOCUMENT_SUBJECT_WINDOW:
        gap = text[ends[j] : starts[j + 1]]
        if gap != " " and sw.HARD_BOUNDARY.search(gap):
            return None
        lw = lowers[j]
        if lw in documents:
            if doc.quotes and doc.quote_at(starts[j]) is not None:
                return None
            k = j
            while k > 0 and j - k < 5 and text[ends[k - 1] : starts[k]] == " ":
                k -= 1
                if lowers[k] in sw.DETERMINERS:
                    break
            if any(lowers[n] in sw.VAGUE for n in range(k, j)):
                return None
            return k
        j -= 1
    return None


def _check_document_windows(texts: list[str]) -> int:
    """Every word of every sentence asked as a document word and as a finding verb."""
    lex, shown = cues._lex(), 0
    for text in texts:
        doc = prepare(text)
        for s in doc.sentences:
            lo, hi = s.first_token, s.last_token
            w = sw.Words(doc.token_texts[lo:hi], doc.lowers[lo:hi], doc.token_starts[lo:hi], doc.token_ends[lo:hi])
            for i in range(len(w.lowers)):
                got = sw.document_shows(w, i, lex.documents_after, lex.document_participles, doc.text)
                assert got == _plain_document_shows(w, i, lex.documents_after, lex.document_participles, doc.text)
                assert sw.document_subject(doc, w, i, lex.documents) == _plain_document_subject(doc, w, i, lex.documents)
                shown += got is not None
    return shown


DOCUMENT_SENTENCES = [
    "The report explores data showing 6,000 boats left. A study showing that tides rose was cited.",
    "The council's own harbour survey, published in June, found that berths were 62% full.",
    "Some studies found nothing. The new report, which the board wrote, suggests a cut. A report (2019) showing",
    "His article, \u201cthe survey\u201d found, was long. The survey \u2014 found in a drawer \u2014 showed 3 errors.",
]


def test_document_windows_on_own_texts_and_files():
    texts = DOCUMENT_SENTENCES + _own_texts(30, seed=3) + _file_texts()
    assert _check_document_windows(texts) >= 2


def test_document_windows_on_web_pages(web_texts):
    assert _check_document_windows(web_texts) >= 0  # (each window of every page checked)

"""Text preparation: normalisation, sentence splitting on news text, tokens and offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlplugin import text
from xlplugin.text import MAX_SENTENCE_CHARS, normalise, prepare


def sentences(text: str) -> list[str]:
    return [s.text for s in prepare(text).sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        # abbreviations and titles do not end sentences
        ("Dr. Ruth Kim met Mr. Lee. They talked.", ["Dr. Ruth Kim met Mr. Lee.", "They talked."]),
        ("The U.S. economy grew. Prices fell.", ["The U.S. economy grew.", "Prices fell."]),
        # initials
        ("J. D. Brown wrote it. It sold well.", ["J. D. Brown wrote it.", "It sold well."]),
        # decimals and times
        ("Growth was 3.5 percent at 10:30 a.m. on Monday. Then it fell.",
         ["Growth was 3.5 percent at 10:30 a.m. on Monday.", "Then it fell."]),
        # a missing space after a full stop
        ("The vote passed.The law takes effect in May.", ["The vote passed.", "The law takes effect in May."]),
        # a heading without a full stop, then a bullet list
        ("Key points\n- Taxes rise\n- Spending falls\nThe rest follows.",
         ["Key points", "- Taxes rise", "- Spending falls", "The rest follows."]),
        # a quotation spanning two sentences stays with its attribution
        ("\u201cWe will act. We must act,\u201d she said. Others disagreed.",
         ["\u201cWe will act. We must act,\u201d she said.", "Others disagreed."]),
        # a sentence ending inside a closing quote
        ('He said "it is over." Then he left.', ['He said "it is over."', "Then he left."]),
        # hard-wrapped prose is joined across the line break
        ("The committee met on\nThursday to vote. It agreed.", ["The committee met on\nThursday to vote.", "It agreed."]),
        # question and exclamation marks
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    ],
)
def test_sentence_splitting(text, expected):
    assert sentences(text) == expected


def test_paragraphs_split_sentences_and_are_counted():
    doc = prepare("First paragraph here\n\nSecond one here.")
    assert [s.text for s in doc.sentences] == ["First paragraph here", "Second one here."]
    assert [s.paragraph for s in doc.sentences] == [0, 1]


def test_token_offsets_point_into_the_text():
    doc = prepare("The U.S. said don't panic: inflation is 3.5% (well-known fact).")
    assert [t.text for t in doc.tokens] == ["The", "U.S.", "said", "don't", "panic", "inflation", "is", "3.5", "well-known", "fact"]
    for token in doc.tokens:
        assert doc.text[token.start:token.end] == token.text


def test_run_on_text_is_capped():
    doc = prepare("word " * 5000)
    assert len(doc.sentences) >= 5000 * 5 // MAX_SENTENCE_CHARS
    assert max(len(s.text) for s in doc.sentences) <= MAX_SENTENCE_CHARS
    doc = prepare("x" * 5000)  # not even spaces
    assert max(len(s.text) for s in doc.sentences) <= MAX_SENTENCE_CHARS


def test_normalisation_keeps_offsets_mappable():
    raw = "Cafe\u0301 opened.\r\nIt closed."
    text, offsets = normalise(raw)
    assert text == "Caf\u00e9 opened.\nIt closed."
    assert offsets is not None and len(offsets) == len(text)
    doc = prepare(raw)
    closed = next(t for t in doc.tokens if t.text == "closed")
    start = doc.original_offset(closed.start)
    assert raw[start:start + 6] == "closed"


def test_plain_text_needs_no_offset_map():
    text, offsets = normalise("Nothing to change here.")
    assert offsets is None and text == "Nothing to change here."


def test_control_characters_become_spaces_without_moving_offsets():
    text, offsets = normalise("a\x00b\x07c")
    assert text == "a b c" and offsets is None


def test_quotations_found():
    doc = prepare('He called it "a disaster" and \u201cnot our fault\u201d.')
    quoted = [doc.text[a:b] for a, b in doc.quotes]
    assert quoted == ['"a disaster"', "\u201cnot our fault\u201d"]
    assert doc.quote_at(doc.text.index("disaster")) is not None
    assert doc.quote_at(doc.text.index("called")) is None


# The word patterns are written for speed (see xlplugin/text.py); they must find exactly the
# words of this plain statement of the rule: dotted acronyms, numbers with separators, then words
# with inner hyphens or apostrophes.
_PLAIN_WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[.,:]\d+)+|[^\W_]+(?:[-'\u2019][^\W_]+)*")
_WORD_ALPHABET = "aZq9 0.,:-'\u2019\"!?\n\u00e9\u00df\u0663\u00b2_\u4e2d"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_WORD_ALPHABET, max_size=60))
def test_word_patterns_find_the_plain_rule_words(sample):
    expected = _PLAIN_WORD_RE.findall(sample)
    assert text._WORD_RE.findall(sample) == expected
    assert text._WORD_SPLIT.split(sample)[1::2] == expected
    ascii_sample = sample.encode("ascii", "ignore").decode()
    assert text._WORD_SPLIT_ASCII.split(ascii_sample)[1::2] == _PLAIN_WORD_RE.findall(ascii_sample)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_WORD_ALPHABET + "\u00ea\u0130\u00bd\u2014\u00a3\u201c", max_size=60))
def test_the_fast_word_split_finds_the_plain_rule_words_at_their_offsets(sample):
    """`_split_words` (the ASCII pattern, on a copy with each letter or digit outside ASCII
    replaced by "a" or "0") finds the words of the plain rule, at their offsets, in any text."""
    words, starts, ends = text._split_words(sample)
    expected = [(m.group(), m.start(), m.end()) for m in _PLAIN_WORD_RE.finditer(sample)]
    assert list(zip(words, starts, ends)) == expected
    # the same with the characters outside ASCII known beforehand, as `prepare` calls it
    assert text._split_words(sample, text._non_ascii(sample)) == (words, starts, ends)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\r", max_size=30))
def test_lines_are_the_spans_between_line_breaks(sample):
    starts = [0] + [m.end() for m in re.finditer("\n", sample)]
    ends = [m.start() for m in re.finditer("\n", sample)] + [len(sample)]
    assert text._find_lines(sample) == list(zip(starts, ends))


@pytest.mark.parametrize("sample", ["U.S. and e.g. a.m.", "3.5% of 1,200 at 10:30", "well-known don't don\u2019t",
                                    "A.B.C.D", "1.2.3", "x-ray-", "'quoted'", "7th 3-year-old", "a.b", "1,2,3.4"])
def test_word_patterns_on_examples(sample):
    assert text._WORD_RE.findall(sample) == _PLAIN_WORD_RE.findall(sample)
    ascii_sample = sample.encode("ascii", "ignore").decode()
    assert text._WORD_SPLIT_ASCII.split(ascii_sample)[1::2] == _PLAIN_WORD_RE.findall(ascii_sample)


def test_a_document_and_its_analysis_are_freed_without_the_cycle_collector():
    """The engine pauses the cyclic garbage collector while it scores: a document (with every
    token list) must be freed by reference counting alone once its analysis has been used."""
    import gc
    import weakref

    from xlplugin.scorers import provenance, unsourced_claims
    from xlplugin.settings import Settings

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        doc = prepare("By Jane Smith\n\nThe council cut 300 jobs in March, the mayor said. \u201cWe had no choice,\u201d she said.")
        unsourced_claims.score(doc, Settings())
        provenance.score(doc, Settings())
        assert doc.analysis.attributions and doc.analysis.furniture_lines
        ref = weakref.ref(doc)
        del doc
        assert ref() is None
    finally:
        if was_enabled:
            gc.enable()


def test_scoring_writes_nothing_into_the_document():
    """Scorers read the document and keep what they share in `doc.analysis` (issue 13): after
    every scorer and the kind pass, the document's fields are what `prepare` made (the analysis
    itself is a cache made on first use), and it has no `shared` dict to write into."""
    from xlplugin import kinds, registry
    from xlplugin.settings import Settings

    doc = prepare("By Jane Smith\n\nThe council cut 300 jobs in March, the mayor said. "
                  "\u201cWe had no choice,\u201d she said. I think `x = 1` is code.\n\nMon 20 Jan 2020 06.05 GMT")
    doc.analysis
    before = {name: list(value) if isinstance(value, list) else value for name, value in vars(doc).items()}
    for module in registry.scorers():
        module.score(doc, Settings())
    kinds.classify(doc)
    assert vars(doc) == before
    assert not hasattr(doc, "shared")


def test_two_apostrophes_or_backticks_are_a_quotation_mark_where_they_sit_like_one():
    # ''...'' is how some newspaper archives write double quotation marks; ``...'' is LaTeX's.
    doc = prepare("The budget is ''a step forward,'' the mayor said. He added, ``We will see.''")
    assert [doc.text[a:b] for a, b in doc.quotes] == ["''a step forward,''", "``We will see.''"]
    assert len(doc.sentences) == 2
    # an empty string in code, a run of three apostrophes: no quotation
    for code in ("Set name = '' and call f('') again.", "A docstring starts with ''' in Python."):
        assert prepare(code).quotes == [], code


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_non_ascii_characters_are_the_plain_ones(sample):
    # text._non_ascii (ASCII runs removed) gives the set of the characters outside ASCII
    assert text._non_ascii(sample) == frozenset(re.findall(r"[^\x00-\x7f]", sample))

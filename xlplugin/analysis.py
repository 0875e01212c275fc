"""What the scorers read about a document beyond its words: one analysis, computed once.

`doc.analysis` (an `Analysis`, made on first use by `xlplugin.text.Document.analysis`) holds the
work that more than one scorer needs, each part computed the first time it is asked for and
then kept for the life of the document:

- `attributions`: per sentence, its strongest attribution (`xlplugin.cues`): who the sentence
  says its content comes from ("Smith said", "a Pentagon report", a link), or a weasel phrase.
- `missed_speaker(k)`: the speaker of sentence k by a shape the attribution pass misses
  (`xlplugin.speakers`: "..., the court heard", "Priya Shah, 38, said"), read once a sentence.
- quotations: `quote_starts`, `quote_at(pos)`, `sentence_has_quote(sentence)`,
  `quotes_starting_in(start, end)` over `doc.quotes` (sorted, not overlapping).
- `page_lines` and `furniture_lines`: the page's furniture lines (byline, date line, credits,
  forum fields...) and the provenance cues they show (`xlplugin.furniture`);
  `in_furniture_line(sentence)`.
- not-prose text (`xlplugin.prose`): `not_prose` spans (code, time stamps, navigation labels,
  headline lists, repeated paragraphs), `not_prose_share(start, end)`, `is_title_case(k)`.
- `non_prose_sentences`: the sentences in furniture lines or mostly in not-prose text.
- `in_text_citations` and `reference_list` (`xlplugin.claim_lines`): the sentences that cite a
  source in the text's own way, and where a reference list runs.
- `link_sentences`: the sentences that hold a link (`xlplugin.links`), not in an About block.
- `headline_end`: where the text's headline line ends (`xlplugin.title_lines`).
- `page_letters`, `signed_page_letters`: the letters of a letters page (`xlplugin.reader_letters`).
- `vocabulary`: the set of the document's lower-cased words, `holds_any(words)`: whether it holds
  one of a word set's; `lower_text`: the lower-cased text.
- `sentence_starts`, `sentence_ends`: the sentences' offsets, for bisection.

Every accessor returns a value that is not changed afterwards (tuples, frozensets, named tuples;
`page_lines.cues` is a dict the caller must copy before changing). Scorers read the analysis
and never write to the document; no scorer imports another. A scorer that needs its own
per-document work does it inside its `score` call and passes it along as values.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Mapping
from functools import cached_property
from importlib import import_module
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cues import Attribution
    from .furniture import PageLines
    from .text import Document, Sentence

__all__ = ["Analysis"]

_modules: dict[str, ModuleType] = {}


def _module(name: str) -> ModuleType:
    """The module `xlplugin.<name>`, imported the first time a part needs it (the modules that
    compute the parts import `xlplugin.text`, which imports this one: not at the top), then
    read from a dict. An import statement inside a method runs the import machinery each time
    (about 2.4 microseconds for a relative one, several per document); a dict look-up does not."""
    module = _modules.get(name)
    if module is None:
        module = _modules[name] = import_module(f"{__package__}.{name}")
    return module


class Analysis:
    """The per-document analysis: read it as `doc.analysis`. (The modules that compute each
    part are imported when that part is first asked for: they import `xlplugin.text`.)"""

    def __init__(self, doc: Document) -> None:
        # A weak reference, not the document: the document holds its analysis, and a cycle would
        # keep both (and every token list) alive until the cyclic collector runs, which the
        # engine pauses while it scores (`engine.without_cycle_collection`).
        self._ref = weakref.ref(doc)
        self._quotes, self._starts_of_quotes = doc.quotes, doc._quote_starts
        self._holds: dict[frozenset[str], bool] = {}  # `holds_any` by word set
        self._missed: dict[int, Attribution | None] = {}  # `missed_speaker` by sentence

    @property
    def _doc(self) -> Document:
        doc = self._ref()
        if doc is None:
            raise ReferenceError("the document of this analysis is gone")
        return doc

    # -- quotations ---------------------------------------------------------------------------

    @property
    def quote_starts(self) -> list[int]:
        """The start offset of each quotation of `doc.quotes` (sorted): for bisection. Read only."""
        return self._starts_of_quotes

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation (with its marks) that holds character `pos`, or None."""
        i = bisect.bisect_right(self._starts_of_quotes, pos) - 1
        if i >= 0:
            start, end = self._quotes[i]
            if start <= pos < end:
                return self._quotes[i]
        return None

    def sentence_has_quote(self, sentence: Sentence) -> bool:
        """Does a quotation overlap the sentence? (Quotations are sorted and do not overlap.)"""
        quotes = self._quotes
        if not quotes:
            return False
        i = bisect.bisect_left(self._starts_of_quotes, sentence.end) - 1
        return i >= 0 and quotes[i][1] > sentence.start

    def quotes_starting_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotations that start at an offset in start..end-1, in text order."""
        starts = self._starts_of_quotes
        return self._quotes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    # -- attribution --------------------------------------------------------------------------

    @cached_property
    def link_sentences(self) -> frozenset[int]:
        """The indices of the sentences that hold a link (`xlplugin.cues.find_link`), less those
        in the issuer's About block (`xlplugin.links.contact_link_sentences`: contact furniture)."""
        doc = self._doc
        if not self._may_hold_link(doc.text):
            return frozenset()
        found = _module("cues").link_sentences(doc)
        return found - _module("links").contact_link_sentences(doc, found)

    def _may_hold_link(self, text: str) -> bool:
        """`xlplugin.links.may_hold_link(text)` for the document's text, in two substring scans
        instead of five: "ww." in any case ("ww.", "WW.", "wW.", "Ww.") is "ww." in the lower-cased
        text, which the document has anyway (only "W" lower-cases to "w", and a letter that
        lower-cases to two characters, "\u0130", gives no "w" or "."). `tests/test_cues.py`
        holds it to `may_hold_link`."""
        return "://" in text or "ww." in self.lower_text

    @cached_property
    def attributions(self) -> tuple[Attribution | None, ...]:
        """Per sentence: its strongest attribution, or None (`xlplugin.cues`)."""
        return tuple(_module("cues").find_attributions(self._doc))

    def missed_speaker(self, k: int) -> Attribution | None:
        """The speaker of sentence k by a shape the attribution pass misses, or None
        (`xlplugin.speakers.missed_speaker`), read once a sentence: unsourced claims and provenance
        ask of mostly the same sentences (`xlplugin.speakers.with_missed_speakers`)."""
        if k not in self._missed:
            self._missed[k] = _module("speakers").missed_speaker(self._doc, k)
        return self._missed[k]

    # -- lines that are not claims, citations ------------------------------------------------

    @cached_property
    def in_text_citations(self) -> Mapping[int, tuple[int, int]]:
        """{sentence index: the span of its first in-text citation} ("(Smith et al., 2019)", a
        DOI: `xlplugin.claim_lines`), the source of that sentence for unsourced claims and a
        reference to a document for provenance. Read only."""
        return MappingProxyType(_module("claim_lines").find_in_text_citations(self._doc))

    @cached_property
    def reference_list(self) -> tuple[int, int]:
        """(start, end) of the reference list under a heading ("References", "Sources:":
        `xlplugin.claim_lines.find_reference_list`); an empty range past the text's end when the
        text has none. Its lines are no claims, and it is a reference to documents."""
        return _module("claim_lines").find_reference_list(self._doc)

    # -- page furniture -----------------------------------------------------------------------

    @cached_property
    def page_lines(self) -> PageLines:
        """The furniture lines and the provenance cues they show (`xlplugin.furniture`)."""
        return _module("furniture").find_page_lines(self._doc)

    @property
    def furniture_lines(self) -> tuple[tuple[int, int], ...]:
        """Sorted (start, end) spans of the lines that are page furniture, not prose."""
        return self.page_lines.furniture

    @cached_property
    def _furniture_starts(self) -> list[int]:
        return [s for s, _ in self.page_lines.furniture]

    def in_furniture_line(self, sentence: Sentence) -> bool:
        """Does the sentence lie inside one furniture line (a byline, a date line, a credit)?"""
        spans = self.page_lines.furniture
        if not spans:
            return False
        f = bisect.bisect_right(self._furniture_starts, sentence.start) - 1
        return f >= 0 and spans[f][1] >= sentence.end

    @cached_property
    def headline_end(self) -> int:
        """Where the text's headline line ends, 0 where the text opens with none
        (`xlplugin.title_lines.find_headline_end`): loaded language, unsourced claims and
        provenance each read it."""
        return _module("title_lines").find_headline_end(self._doc)

    @cached_property
    def page_letters(self) -> tuple[tuple[int, int], ...]:
        """The letters of a letters page, one span each, () for most texts
        (`xlplugin.reader_letters.find_page_letters`): loaded language and unsourced claims each
        read them."""
        return tuple(_module("reader_letters").find_page_letters(self._doc))

    @cached_property
    def signed_page_letters(self) -> tuple[tuple[int, int], ...]:
        """The letters of a page whose body is signed letters, () for most texts
        (`xlplugin.reader_letters.find_signed_page_letters`): `page_letters` and provenance's
        notes each read them."""
        return tuple(_module("reader_letters").find_signed_page_letters(self._doc))

    # -- text that is not prose ---------------------------------------------------------------

    @cached_property
    def not_prose(self) -> tuple[tuple[int, int, str], ...]:
        """Sorted (start, end, rule) spans that are not the author's prose (`xlplugin.prose`)."""
        return tuple(_module("prose").find_not_prose_spans(self._doc))

    @cached_property
    def _not_prose_union(self) -> tuple[list[int], list[int]]:
        """The not-prose spans merged where they overlap: (starts, ends)."""
        union: list[list[int]] = []
        for s, e, _ in self.not_prose:
            if union and s <= union[-1][1]:
                union[-1][1] = max(union[-1][1], e)
            else:
                union.append([s, e])
        return [s for s, _ in union], [e for _, e in union]

    @cached_property
    def _sentence_not_prose_union(self) -> tuple[list[int], list[int]]:
        """`_not_prose_union` without the spans of words that take no sentence out of the prose
        (`prose.WORD_ONLY_RULES`: a web address): what `not_prose_share` counts."""
        word_only = _module("prose").WORD_ONLY_RULES
        if not any(rule in word_only for _, _, rule in self.not_prose):
            return self._not_prose_union
        union: list[list[int]] = []
        for s, e, rule in self.not_prose:
            if rule in word_only:
                continue
            if union and s <= union[-1][1]:
                union[-1][1] = max(union[-1][1], e)
            else:
                union.append([s, e])
        return [s for s, _ in union], [e for _, e in union]

    def not_prose_share(self, start: int, end: int) -> float:
        """The share of the characters start..end that lie in text that is not prose (a web
        address, a span of words only, is not counted: `prose.WORD_ONLY_RULES`)."""
        if end <= start:
            return 0.0
        starts, ends = self._sentence_not_prose_union
        i = max(0, bisect.bisect_right(starts, start) - 1)
        covered = 0
        while i < len(starts) and starts[i] < end:
            lo, hi = max(starts[i], start), min(ends[i], end)
            if hi > lo:
                covered += hi - lo
            i += 1
        return covered / (end - start)

    @cached_property
    def _title_case(self) -> dict[int, bool]:
        return {}

    def is_title_case(self, sentence: int) -> bool:
        """Is sentence `sentence` written in Title Case (a headline: its capitals say nothing)?"""
        found = self._title_case.get(sentence)
        if found is None:
            found = self._title_case[sentence] = _module("names").sentence_in_title_case(self._doc, sentence)
        return found

    # -- the author's prose -------------------------------------------------------------------

    @cached_property
    def non_prose_sentences(self) -> frozenset[int]:
        """The indices of the sentences that are not the author's prose: inside one furniture
        line (a byline, a date line, a credit), or with at least `prose.NOT_PROSE_SHARE` of their
        characters in text that is not prose (code, a time stamp, a headline list). Their dates
        and counts are not claims and their names are not sources: scorers pass over them."""
        share = _module("prose").NOT_PROSE_SHARE
        furniture, not_prose = self.furniture_lines, self.not_prose
        if not furniture and not not_prose:
            return frozenset()
        sentences = self._doc.sentences
        return frozenset(
            k for k in self._sentences_touching(furniture, not_prose)
            if furniture and self.in_furniture_line(sentences[k])
            or not_prose and self.not_prose_share(sentences[k].start, sentences[k].end) >= share)

    def _sentences_touching(self, furniture: tuple[tuple[int, int], ...],
                            not_prose: tuple[tuple[int, int, str], ...]) -> set[int]:
        """The sentences that overlap a furniture line or a not-prose span: the only ones that
        `non_prose_sentences` must test (a sentence inside a furniture line starts in it; one with
        a share of not-prose text overlaps a span of it). Found by bisection from the spans, of
        which an article has a few, instead of a test per sentence: the same set, for less."""
        starts, ends = self.sentence_starts, self.sentence_ends
        touching: set[int] = set()
        spans = (*furniture, *zip(*self._sentence_not_prose_union)) if not_prose else furniture
        for lo, hi in spans:
            touching.update(range(bisect.bisect_right(ends, lo), bisect.bisect_left(starts, hi)))
        return touching

    # -- sentences ----------------------------------------------------------------------------

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The start offset of each sentence of `doc.sentences` (sorted): for bisection. Read only."""
        return [s.start for s in self._doc.sentences]

    @cached_property
    def sentence_ends(self) -> list[int]:
        """The end offset of each sentence of `doc.sentences` (sorted): for bisection. Read only."""
        return [s.end for s in self._doc.sentences]

    # -- words --------------------------------------------------------------------------------

    @cached_property
    def lower_text(self) -> str:
        """`doc.text.lower()`, made once. (Its length differs from the text's only where a letter
        lower-cases to more than one character, "\u0130": check before using its offsets.)"""
        return self._doc.text.lower()

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The distinct lower-cased words of the document."""
        return frozenset(self._doc.lowers)

    def holds_any(self, words: frozenset[str]) -> bool:
        """Does the document hold a word (lower-cased) of `words`? One set test per document and
        word set, then a look-up: for a rule that needs one of a list's words somewhere in the
        text, asked at every verb or cue, to be passed over in a document without any."""
        found = self._holds.get(words)
        if found is None:
            found = self._holds[words] = not words.isdisjoint(self.vocabulary)
        return found

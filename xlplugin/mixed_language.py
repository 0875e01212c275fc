"""Is all of this English? The check over the whole text that follows `language.detect_language`.

`detect_language` reads the opening words only. A text partly in another language (a bilingual
article, a German paragraph quoted in an English report) passes it as English, and then the other
language's words count in the word count (lowering every rate), its loaded words are not seen,
and VADER reads its sentences with an English lexicon. This module reads every sentence with the
same function-word tables (`data/stopwords.txt`) and finds those that read as another language:

- a share of the words of MIXED_SHARE or more in such sentences: the text is not scored, language
  "mixed", with the share in words ("about 45% of the text is German");
- at least MIN_OTHER_WORDS words, but a smaller share: those sentences are blanked (spaces, so
  every offset stays) and the text prepared again, so that no scorer, nor the word count, reads
  them; the Status says how many words were left out and in which language;
- fewer: the text is as it was (a quoted French sentence, "Bundestag", "la belle époque").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import chain, compress
from typing import TYPE_CHECKING

from .language import _languages_of_word, _stopwords

if TYPE_CHECKING:
    from .text import Document

__all__ = ["MIXED_SHARE", "MIN_OTHER_WORDS", "other_language_sentences", "english_part"]

# A third or more of the words in another language: the English part is no longer "the text". A row
# scored on it would describe a different document from the one in the sheet (a bilingual text may
# say different things in each language), and the reader could not tell. Below a third, the English
# is at least two thirds of the text and scoring it alone, with a note, describes it.
MIXED_SHARE = 1 / 3
# Fewer words than this in other-language sentences (about one long sentence): a quoted sentence, a
# motto, names. The text is left as it was: what it changes is small and a note would be noise.
MIN_OTHER_WORDS = 25
# A sentence reads as language L when it holds at least MIN_DISTINCT different function words of L
# that are not English ones (three: a name, "Der Spiegel", a repeated "I" or "do", which are Polish
# too, or a Spanish tweet's "en la frontera" in an English article is not enough) and more than OTHER_OVER_ENGLISH times as many words of L as of
# English (the ratio `detect_language` uses for a whole text).
MIN_DISTINCT = 3
OTHER_OVER_ENGLISH = 1.5

# Function words of another language that are also everyday English words or pieces of English text
# ("do", "no", "come", "per", "door", "met"; "I" lower-cased, Polish "and"; "com" of a web
# address, "e" of e-mail, "W." and "Z." initials): English prose holds three of them in many a
# sentence, so they are no evidence of another language (still counted in the ratio to English).
ENGLISH_LOOKALIKES = frozenset("i do no com w z e em um co come per door met".split())

LANGUAGE_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "sv": "Swedish", "pl": "Polish", "tr": "Turkish", "id": "Indonesian",
}


@lru_cache(maxsize=1)
def _other_only() -> dict[str, frozenset[str]]:
    """language -> its function words that are neither English function words nor
    ENGLISH_LOOKALIKES (nor start with a digit): the evidence of that language a sentence is read for."""
    english = _stopwords()["en"] | ENGLISH_LOOKALIKES
    return {lang: frozenset(w for w in words if w not in english and not w[0].isdigit())
            for lang, words in _stopwords().items() if lang != "en"}


@lru_cache(maxsize=1)
def _other_languages_of() -> dict[str, tuple[str, ...]]:
    """word -> the languages of `_other_only` that hold it."""
    index: dict[str, tuple[str, ...]] = {}
    for lang, words in _other_only().items():
        for word in words:
            index[word] = index.get(word, ()) + (lang,)
    return index


@lru_cache(maxsize=1)
def _all_other() -> frozenset[str]:
    return frozenset(_other_languages_of())


def _candidate_words(vocabulary: frozenset[str]) -> frozenset[str]:
    """The non-English function words of every language of which the text holds MIN_DISTINCT
    different ones; empty where none: then no sentence can read as another language. (One set
    intersection against the document's distinct words, which the scorers make anyway, and a
    tally of the few words found: a few microseconds; 99 English texts in 100 stop here.)"""
    found = _all_other() & vocabulary
    if len(found) < MIN_DISTINCT:
        return frozenset()
    tally = Counter(chain.from_iterable(map(_other_languages_of().__getitem__, found)))
    others = _other_only()
    return frozenset().union(*(others[lang] for lang, n in tally.items() if n >= MIN_DISTINCT))


def _candidate_sentences(doc: "Document", words: frozenset[str]) -> list[int]:
    """The sentences holding MIN_DISTINCT or more words of `words` (counted with repeats, so every
    sentence `_sentence_language` can accept is among them), found by two C-level passes over
    the words: an English sentence seldom holds three of them, so few are read word by word.
    `tests/test_mixed_language.py` holds the two quick tests to a reading of every sentence."""
    hits = Counter(compress(doc.token_sentences, map(words.__contains__, doc.lowers)))
    return sorted(k for k, n in hits.items() if n >= MIN_DISTINCT)


def _sentence_language(words: list[str]) -> str:
    """The other language a sentence's words read as, or "" (English, or no evidence)."""
    hits = list(filter(None, map(_languages_of_word().get, words)))
    if not hits:
        return ""
    counts = Counter(chain.from_iterable(hits))
    english = counts.pop("en", 0)
    others = _other_only()
    best, best_distinct = "", 0
    for lang, n in counts.most_common():
        if n <= english * OTHER_OVER_ENGLISH or n < MIN_DISTINCT:
            break
        distinct = len(others[lang].intersection(words))
        if distinct >= MIN_DISTINCT and distinct > best_distinct:
            best, best_distinct = lang, distinct
    return best


# Where a sentence may change language: a colon, semicolon or dash followed by a capital (the
# capital is checked in `_part_starts`) introduces a passage ("said: Wir ...", "a line - Nous ...").
_INTRODUCED = re.compile(r"(?:[:;]|\s[-\u2013\u2014])\s+(?=\w)")
# The marks that end a sentence: a foreign passage that ends its sentence leaves them in place, so
# that an English lead-in kept before it still ends there.
_TERMINAL = ".!?\u2026"


def _part_starts(doc: "Document", start: int, end: int) -> list[int]:
    """The offsets in (start, end) where a part of a sentence begins: where a quotation opens (its
    mark) or closes (after it), and where a colon or dash introduces a capitalised passage."""
    cuts = {q for quote in doc.quotes for q in quote if start < q < end}
    text = doc.text
    cuts.update(m.end() for m in _INTRODUCED.finditer(text, start, end) if text[m.end()].isupper())
    return sorted(cuts)


def _reads_english(words: list[str], lang: str) -> bool:
    """Does a part of a sentence read as `lang` hold more English function words than words of
    `lang` ("Hartmut Lenz, the director, said"; a word of both lists counts for both, so German
    "Er sagte in Berlin" does not)? A part with no function words at all goes with its sentence."""
    table = _languages_of_word()
    english = other = 0
    for word in words:
        langs = table.get(word, ())
        english += "en" in langs
        other += lang in langs
    return english > other


def _foreign_runs(doc: "Document", k: int, lang: str) -> list[tuple[int, int, str, int]]:
    """Sentence `k`, read as `lang`, less the parts of it that read as English (`_part_starts`,
    `_reads_english`): its runs of other parts as (start, end, language, words). An English
    lead-in with its speaker, or a trailing "said the director", is kept and scored."""
    sentence = doc.sentences[k]
    bounds = [sentence.start, *_part_starts(doc, sentence.start, sentence.end), sentence.end]
    starts, lowers = doc.token_starts, doc.lowers
    runs: list[tuple[int, int, str, int]] = []
    first = sentence.first_token
    for a, b in zip(bounds, bounds[1:]):
        last = bisect_left(starts, b, first, sentence.last_token)
        if _reads_english(lowers[first:last], lang):
            pass
        elif runs and runs[-1][1] == a:
            runs[-1] = (runs[-1][0], b, lang, runs[-1][3] + last - first)
        else:
            runs.append((a, b, lang, last - first))
        first = last
    if runs and runs[0][:2] != (sentence.start, sentence.end) and runs[-1][1] == sentence.end:
        runs[-1:] = _keeping_terminal(doc, sentence, runs[-1])
    return runs


def _keeping_terminal(doc: "Document", sentence, run: tuple[int, int, str, int]) -> list[tuple[int, int, str, int]]:
    """`run`, which ends `sentence`, as one or two runs that leave out the sentence's last
    sentence-ending mark after its last word (a closing quotation mark after it is still blanked),
    so that the English part kept before the blanked passage still ends a sentence there."""
    start, end, lang, n = run
    tail_from = max(start, doc.token_ends[sentence.last_token - 1])
    marks = [i for i, c in enumerate(doc.text[tail_from:end], tail_from) if c in _TERMINAL]
    if not marks:
        return [run]
    mark = marks[-1]
    return [(start, mark, lang, n)] + ([(mark + 1, end, lang, 0)] if mark + 1 < end else [])


def other_language_sentences(doc: "Document") -> list[tuple[int, int, str, int]]:
    """(start, end, language, words) of each sentence of `doc` that reads as a language other than
    English, less its parts that read as English (`_foreign_runs`: a sentence may give several);
    none where the text holds too few of any other language's function words to have one."""
    words = _candidate_words(doc.analysis.vocabulary)
    if not words:
        return []
    lowers = doc.lowers
    found = []
    for k in _candidate_sentences(doc, words):
        sentence = doc.sentences[k]
        lang = _sentence_language(lowers[sentence.first_token : sentence.last_token])
        found += _foreign_runs(doc, k, lang) if lang else _foreign_parts(doc, k)
    return found


def _foreign_parts(doc: "Document", k: int) -> list[tuple[int, int, str, int]]:
    """The parts of sentence `k` (which reads as English as a whole) that read as another language
    on their own: a quotation the sentence splitter did not end ("... hat.\u201c The family said")."""
    sentence = doc.sentences[k]
    cuts = _part_starts(doc, sentence.start, sentence.end)
    if not cuts:
        return []
    bounds = [sentence.start, *cuts, sentence.end]
    starts, lowers, first, found = doc.token_starts, doc.lowers, sentence.first_token, []
    for a, b in zip(bounds, bounds[1:]):
        last = bisect_left(starts, b, first, sentence.last_token)
        lang = _sentence_language(lowers[first:last])
        if lang:
            found.append((a, b, lang, last - first))
        first = last
    return found


def _share_words(found: list[tuple[int, int, str, int]]) -> tuple[int, str]:
    """Words in `found` and their languages in words, the largest first ("German", "German and French")."""
    by_language: Counter[str] = Counter()
    for _, _, lang, n in found:
        by_language[lang] += n
    names = [LANGUAGE_NAMES.get(lang, lang) for lang, _ in by_language.most_common()]
    words = sum(by_language.values())
    return words, " and ".join(names[:2]) + (" and others" if len(names) > 2 else "")


_NOT_NEWLINE = re.compile(r"[^\n]")


def _blanked(doc: "Document", found: list[tuple[int, int, str, int]]) -> "Document":
    """`doc` prepared again from its text with the `found` sentences as spaces (their newlines
    kept, so lines and paragraphs stay where they were, and every offset is unchanged)."""
    from .text import prepare  # local: text imports language lazily too

    text, pieces, last = doc.text, [], 0
    for start, end, _, _ in found:
        pieces += (text[last:start], _NOT_NEWLINE.sub(" ", text[start:end]))
        last = end
    pieces.append(text[last:])
    new = prepare("".join(pieces), title=doc.title, url=doc.url, outlet=doc.outlet, author=doc.author,
                  date=doc.date, page_type=doc.page_type)
    # the raw text and its offsets are the original's (the blanked text has the same length as
    # doc.text); the batch's furniture paragraphs are at the same offsets
    new.raw, new._offsets, new.furniture = doc.raw, doc._offsets, list(doc.furniture)
    return new


def english_part(doc: "Document") -> "Document":
    """`doc` as the scorers should read it: itself where it is all English (or was not read as
    English at all); language "mixed" where MIXED_SHARE or more of its words are in sentences of
    another language; else, with MIN_OTHER_WORDS or more such words, a copy without those sentences
    and a `language_note` saying what was left out."""
    if doc.language != "en" or not doc.lowers:
        return doc
    found = other_language_sentences(doc)
    if not found:
        return doc
    words, names = _share_words(found)
    if words < MIN_OTHER_WORDS:
        return doc
    share = words / doc.word_count
    if share >= MIXED_SHARE:
        return replace(doc, language="mixed", language_note=f"about {round(share * 100)}% of the text is {names}")
    new = _blanked(doc, found)
    if new.language != "en":  # cannot be, with two thirds English left; kept as it was if so
        return doc
    new.language_note = (f"{words} words in {names} not scored ({round(share * 100)}% of the text; "
                         "the English part is scored)")
    return new

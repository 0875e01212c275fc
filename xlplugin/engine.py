"""The engine: prepare a document once, run every registered scorer on it, combine the index.

`score_text` scores one text; `score_many` scores an iterable, in parallel across processes when
there are many and the platform has them (not in Pyodide), keeping the input order.
"""

from __future__ import annotations

import datetime as _dt
import gc
import hashlib
import json
import numbers
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, islice
from typing import Any, Iterable, Iterator, Mapping

from . import kinds, mixed_language, page_hints, prose, registry, repeat_keys, repeat_notes, syllables, vader
from .index import reliability_index
from .cells import future_date_note
from .errors import InputError
from .refused_texts import refusal, refused_result
from .settings import Settings, default_settings
from .text import Document, prepare
from .types import DocumentResult, Score

__all__ = ["DocumentInput", "score_text", "score_document", "score_many", "mark_repeated", "warm_up",
           "engine_version"]

# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 64
# A task sent to a worker holds up to CHUNK_DOCUMENTS documents or CHUNK_CHARACTERS of text (about
# 36 news articles, 100 ms of work): long enough that the cost of a task to the caller (writing
# it, waiting, reading and decoding its reply: about 0.3 ms) is small beside it, and one very long
# document travels alone. Where the end of the input is known (a list, the last window of a
# stream), the tasks get smaller towards it, each at most 1/(2 x workers) of the text left and no
# smaller than CHUNK_MIN_CHARACTERS, so that the workers finish together.
CHUNK_DOCUMENTS = 64
CHUNK_CHARACTERS = 128_000
CHUNK_MIN_CHARACTERS = 16_000
# Tasks submitted and not yet returned, per worker: enough that a worker never waits for the next
# one; the input is read no further ahead than this, so memory does not grow with the input.
TASKS_PER_WORKER = 2


@dataclass(frozen=True)
class DocumentInput:
    """One document to score: its text and what is known about it."""

    text: str
    id: str = ""
    title: str = ""
    url: str = ""
    outlet: str = ""
    # Further metadata (a web page's, or a CSV's author/date columns): they feed the provenance
    # cues and the document kind. `page_type` is the page's own type hint ("article", "product").
    author: str = ""
    date: str = ""
    page_type: str = ""
    # How the input was read, when a person should know (not UTF-8, no main text found...);
    # not scored, not part of the stamp.
    note: str = ""
    # Keys of the paragraphs that recur across this document's outlet in its batch (set by
    # `mark_repeated`; see `xlplugin.prose.repeated_paragraphs`): its outlet's furniture.
    furniture: frozenset[str] = frozenset()



def mark_repeated(items: list[DocumentInput]) -> list[DocumentInput]:
    """The batch step before scoring: each document with the keys of its paragraphs that recur
    in several documents of the same outlet in `items` (an editor's note, a disclaimer, a
    newsletter plug appended to everything the outlet publishes). Those paragraphs are then not
    the author's prose for loaded language and claims. A document scored on its own cannot know
    this; `score_many` does it over its whole input."""
    if len(items) < prose.REPEAT_MIN_DOCUMENTS:
        return items
    found = prose.repeated_paragraphs((item.text, item.outlet, item.url) for item in items)
    return [replace(item, furniture=keys) if keys != item.furniture else item for item, keys in zip(items, found)]


@lru_cache(maxsize=1)
def engine_version() -> str:
    """Package version plus every scorer's version: what a refresh compares."""
    from . import __version__

    from .text import VERSION as text_version

    parts = [f"text{text_version}"] + [f"{m.NAME}{m.VERSION}" for m in registry.scorers()] + [f"kinds{kinds.VERSION}"]
    return f"{__version__}+" + ".".join(parts)


def warm_up() -> None:
    """Load the CMU dictionary, VADER's lexicon and every scorer's word lists now (once)."""
    syllables.load()
    vader.analyzer()
    for module in registry.scorers():
        hook = getattr(module, "warm_up", None)
        if hook is not None:
            hook()


@contextmanager
def without_cycle_collection():
    """Pause Python's cyclic garbage collector while one document is scored.

    Scoring makes hundreds of thousands of small tuples and strings (a 1 MB document: ~170,000
    tokens) and no reference cycles, so reference counting frees all of it; the cyclic collector
    only re-walks the growing heap, which cost 15-20% of the time on a 1 MB document (measured:
    1.05-1.12 s with it, 0.90-0.91 s without) and made cost grow faster than length. The previous
    state is restored afterwards, so a caller that had disabled collection keeps it disabled.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# pyphen, which counts the syllables of words the CMU dictionary lacks, keeps every word it has
# hyphenated in a dict of its own (HyphDict.cache), without limit: about 1 KB per distinct word,
# so a long-running process grew with every new word it met (a name, a number, a typo): measured,
# 60 MB more per 60,000 new words, and 540 MB after 20,000 documents of 40 new words each. The
# syllable counts themselves stay in `syllables.count_syllables` (65,536 words, least recently used
# dropped); pyphen's copy is emptied when it passes this size. A memo only: results are unchanged.
PYPHEN_MEMO_LIMIT = 65_536


def _bound_word_memos() -> None:
    """Empties pyphen's own memo of hyphenated words when it has grown past PYPHEN_MEMO_LIMIT."""
    memo = getattr(getattr(syllables._pyphen(), "hd", None), "cache", None)
    if isinstance(memo, dict) and len(memo) > PYPHEN_MEMO_LIMIT:
        memo.clear()


def _freeze_heap() -> bool:
    """Move every object alive now out of reach of the cyclic collector, before workers fork.

    A forked worker shares the parent's memory until a page is written. A collection in either
    process writes into the header of every object it walks, so the loaded word lists (hundreds of
    thousands of objects) would be copied page by page into each worker, and into the parent as it
    goes on; frozen objects are never walked (CPython's advice for forking servers). Returns whether
    this call froze them (a caller that froze its own objects keeps them frozen).
    """
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


# json.dumps(..., ensure_ascii=False) with the encoder made once (json.dumps makes one per call
# when given options: 40% of the digest's time on a news article).
_DIGEST_JSON = json.JSONEncoder(ensure_ascii=False)


def text_digest(text: str, title: str = "", url: str = "", outlet: str = "", author: str = "", date: str = "",
                page_type: str = "", furniture: frozenset[str] | tuple[str, ...] = ()) -> str:
    """Hash of everything about a document that its scores depend on: its text and metadata, and
    the paragraphs its batch marked as its outlet's furniture. (Author, date and page type, and
    the furniture, join the hash only when there are some, so the stamps of documents without
    them are what they were before these fields existed.)"""
    fields: list[Any] = [text, title, url, outlet]
    if author or date or page_type:
        fields += [author, date, page_type]
    if furniture:
        fields.append(sorted(furniture))
    payload = _DIGEST_JSON.encode(fields)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def text_digests(urls: Iterable[str], text: str, title: str = "", outlet: str = "", author: str = "", date: str = "",
                 page_type: str = "", furniture: frozenset[str] | tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """(links26) (url, `text_digest` with that url) for each of `urls`, the rest the same: the
    text and title, which come before the url in what is hashed, are hashed once, so that trying
    the addresses of a whole column costs the addresses, not the texts, again."""
    head = hashlib.sha256(("[" + _DIGEST_JSON.encode(text) + ", " + _DIGEST_JSON.encode(title) + ", ")
                          .encode("utf-8", "surrogatepass"))
    rest: list[Any] = [outlet]
    if author or date or page_type:
        rest += [author, date, page_type]
    if furniture:
        rest.append(sorted(furniture))
    tail = ("".join(", " + _DIGEST_JSON.encode(field) for field in rest) + "]").encode("utf-8", "surrogatepass")
    for url in urls:
        digest = head.copy()
        digest.update(_DIGEST_JSON.encode(url).encode("utf-8", "surrogatepass"))
        digest.update(tail)
        yield url, digest.hexdigest()[:16]


_HAS_LETTER = re.compile(r"[^\W\d_]")
_NO_CUE = ("no cue of another kind",)  # the cues of kinds.classify's default kind


def _no_index_reason(signals: Mapping[str, Score], weights: Mapping[str, float]) -> str:
    """Why a scored English text got no index: every signal with a weight unscored, or no weight."""
    if not any(weights.get(name, 0.0) > 0 for name in signals):
        return "no index: every index weight is 0 (settings weight.*)"
    return "no signal with a weight could be scored"


def score_document(doc: Document, settings: Settings | None = None, id: str = "",
                   furniture: frozenset[str] = frozenset()) -> DocumentResult:
    """Score a prepared `Document` with every registered scorer. `furniture`: the paragraph keys
    it was prepared with (`prepare(..., furniture=)`), for the reproducibility stamp."""
    settings = settings or default_settings()
    refused = refusal(doc.raw)  # only web addresses, only a number: refused as a cell is
    if refused:
        return refused_result(doc, id, refused)
    doc = mixed_language.english_part(doc)  # sentences in another language: not scored, or the text not at all
    signals: dict[str, Score] = {}
    english = doc.language == "en"
    too_short = doc.word_count < settings["min_words"]
    empty = not doc.text.strip()
    for module in registry.scorers():
        if module.NAME in registry.TEXT_SIGNALS and empty:
            # said as it is: an empty file or cell has no language to be unknown
            signals[module.NAME] = Score(module.NAME, None, None, module.UNIT, note="not scored: empty (no text)")
        elif module.NAME in registry.TEXT_SIGNALS and not english:
            reason = f"not scored: language {doc.language}" + (f" ({doc.language_note})" if doc.language_note else "")
            signals[module.NAME] = Score(module.NAME, None, None, module.UNIT, note=reason)
        elif module.NAME in registry.TEXT_SIGNALS and too_short:
            note = f"not scored: {doc.word_count} words, fewer than min_words={settings['min_words']}"
            signals[module.NAME] = Score(module.NAME, None, None, module.UNIT, note=note)
        else:
            signals[module.NAME] = module.score(doc, settings)
    if doc.furniture:  # the batch left paragraphs out: the row shows them and says so
        signals = repeat_notes.with_furniture_evidence(doc, signals)
    weights = settings.weights
    # A text without a letter (a number, a formula) is no kind of document; a text that is not
    # scored (not English, too short) has a kind only where a cue decided it (the rules read
    # German and French cues too: "Impressum", "über uns"), not the default ("news report") that
    # no cue, in words the cues may not read, contradicted. Blank then; the Status says why.
    # (excel32) So too a text too short for an index ("Hello world.": fewer words than
    # min_words_index): "news report (no cue)" there read as a finding where nothing was found.
    kind = kinds.classify(doc, name=id, loaded=signals.get("loaded_language")) if _HAS_LETTER.search(doc.text) else None
    indexable = english and not too_short and doc.word_count >= settings["min_words_index"]
    if kind is not None and not indexable and kind.cues == _NO_CUE:
        kind = None
    if english and not too_short and kind is not None and kind.kind == kinds.NOT_ARTICLE:
        # Signals are still computed (they describe the text), but an index of reporting
        # quality means nothing for a shop, menu or organisation page.
        reliability, contributors = None, ()
        note = "no index: " + kinds.deciding_reason(kind.kind, kind.cues)  # the heaviest cue first, as every output shows it
    elif english and not too_short and kind is not None and kind.no_index:
        # (kinds20) the text labels itself as no report (satire, an advertisement) and the label
        # decided its kind: an index of reporting quality would rank a spoof or an advert among the
        # reports. Its signals are still shown; the kind stays what the rules gave.
        reliability, contributors = None, ()
        note = "no index: " + kind.no_index
    elif english and not too_short and page_hints.index_withheld(doc.page_type):
        # Only part of the article was saved (a paywall's teaser): the scores describe that part,
        # so no index; the kind stays the article's (a news report's teaser is a news report).
        reliability, contributors = None, ()
        note = "no index: " + page_hints.index_withheld(doc.page_type)
    elif english and not too_short and doc.word_count < settings["min_words_index"]:
        # The index weighs rates per 1,000 words: on 20 words one loaded word is a rate of 50,
        # past the point where loaded language scores 0. Too few words to weigh.
        reliability, contributors = None, ()
        words = f"{doc.word_count} word" + ("" if doc.word_count == 1 else "s")
        note = f"no index: {words}; the index needs at least {settings['min_words_index']} (setting min_words_index)"
    elif english and not too_short:
        reliability, contributors = reliability_index(signals, weights)
        note = "" if reliability is not None else _no_index_reason(signals, weights)
    else:
        reliability, contributors = None, ()
        note = signals[registry.TEXT_SIGNALS[0]].note
    if doc.furniture or furniture:  # (a copy's marks leave doc.furniture empty: repeats.decide)
        note = "; ".join(n for n in (note, repeat_notes.batch_note(doc, furniture)) if n)
    if english and doc.language_note:  # the words in another language left out (mixed_language)
        note = "; ".join(n for n in (note, doc.language_note) if n)
    note = "; ".join(n for n in (note, future_date_note(doc.date)) if n)  # (meta19) said, not scored
    stamp = {
        "version": engine_version(),
        "settings": settings.digest(),
        "text": text_digest(doc.raw, doc.title, doc.url, doc.outlet, doc.author, doc.date, doc.page_type, furniture),
    }
    return DocumentResult(
        id=id,
        language=doc.language,
        reliability=reliability,
        signals=signals,
        contributors=contributors,
        weights={k: weights[k] for k in contributors},
        stamp=stamp,
        note=note,
        title=doc.title,
        url=doc.url,
        outlet=doc.outlet,
        word_count=doc.word_count,
        author=doc.author,
        date=doc.date,
        kind=kind.kind if kind else "",
        kind_cues=kind.cues if kind else (),
        text=doc.text,
    )


def score_text(
    text: str,
    *,
    title: str = "",
    url: str = "",
    outlet: str = "",
    id: str = "",
    settings: Settings | None = None,
    weights: Mapping[str, float] | None = None,
    author: str = "",
    date: str = "",
    page_type: str = "",
) -> DocumentResult:
    """Score one text. `weights` overrides the index weights ({"loaded_language": 2.0, ...}).

    The title, url, outlet, author and date are read as a CSV file's cells are
    (`cells.given_meta`): a placeholder that names nothing ("NA", "unknown", "-", a NaN) or a
    date that is no date ("N/A", "soon") counts as none, and the result's note says so. A value
    that cannot be read (a list, bytes) raises TypeError saying which."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {_type_name(text)}" + (": decode the bytes first" if isinstance(
            text, (bytes, bytearray)) else ""))
    meta, notes = _given_fields({"title": title, "url": url, "outlet": outlet, "author": author, "date": date}, "")
    settings = (settings or default_settings()).with_values(weights)
    with without_cycle_collection():
        doc = prepare(text, page_type=page_type, **meta)
        result = score_document(doc, settings, id=id)
        del doc  # freed before collection resumes (see without_cycle_collection)
    _bound_word_memos()
    return _noted(result, notes)


# A document on its way to be scored: the fields of a DocumentInput that scoring reads, as a plain
# tuple (text, id, title, url, outlet, author, date, page_type, furniture), because this is what
# crosses to a worker process, once per document.
_Fields = tuple
_NO_FURNITURE: frozenset[str] = frozenset()


def _as_fields(item: Any, position: int, notes: dict[int, str] | None = None,
               refused: dict[int, str] | None = None) -> _Fields:
    """One document of `score_many`'s input as the tuple that is scored (a str, the commonest
    input, without a DocumentInput made first: the calling process does this for every document).
    What its result's note must add is kept in `notes` under its `position`: a DocumentInput's
    own note (how it was read: "read as Windows-1252", a web page's), a mapping's placeholder
    that was counted as none. (hunt55) Why a value that is no text (a number, a date) is not
    scored is kept in `refused`, in the words of `cells.cell_to_text`."""
    if isinstance(item, str):
        return (item, str(position), "", "", "", "", "", "", _NO_FURNITURE)
    if refused is not None and (why := _cell_refusal(item)):
        refused[position] = why
    item, note = _read_input(item, position)
    if note and notes is not None:
        notes[position] = note
    return (item.text, item.id, item.title, item.url, item.outlet, item.author, item.date, item.page_type,
            item.furniture)


def _as_input(item: Any, position: int) -> DocumentInput:
    return _read_input(item, position)[0]


def _cell_refusal(item: Any) -> str:
    """(hunt55) Why `score_many`'s document `item` (or a mapping's "text") is no text to score where
    it is a cell value (`_is_cell_value`) other than a missing one, in the words of
    `cells.cell_to_text`, which the Excel functions and a table's cell use ("not text: a number"
    of a Decimal, a Fraction, an infinity; "" for a text). Its shown text was scored as a text:
    a Fraction's "1/3" said "language unknown", a Decimal's "1E+2" "a number" by chance."""
    from .cells import cell_to_text

    value = item.get("text") if isinstance(item, Mapping) else item
    if isinstance(value, str) or isinstance(item, DocumentInput) or not _is_cell_value(value):
        return ""
    return cell_to_text(value)[1] or ""


# The metadata of a document given as a mapping, read by the rule of a CSV file's cells.
_META_FIELDS = ("title", "url", "outlet", "author", "date")


def _read_input(item: Any, position: int) -> tuple[DocumentInput, str]:
    """(the document, the note of what was not counted) of one item of `score_many`'s input. An
    item, and a mapping's values, are read as a CSV file's cells are: a missing value (None, a
    NaN or NaT from pandas) is none (as the text: empty, "not scored: empty (no text)"), a number,
    TRUE/FALSE or a date as the text is not scored and says so ("not scored: not text: a number"),
    a placeholder ("NA", "unknown") or a date that is no date in the metadata counts as none and
    is noted; a value that cannot be read (a list, bytes) raises TypeError; a mapping without
    "text" raises InputError naming the keys it has."""
    if isinstance(item, DocumentInput):  # (its note, how it was read, is said in its result's: as every path)
        return (item if item.id else replace(item, id=str(position))), item.note
    if isinstance(item, str):
        return DocumentInput(item, str(position)), ""
    if _is_cell_value(item):
        return DocumentInput(_cell_text(item), str(position)), ""
    if isinstance(item, Mapping):
        where = f"document {position}: "
        if "text" not in item:
            keys = ", ".join(repr(k) for k in list(item)[:8]) or "none"
            raise InputError(f"document {position} has no \"text\" key (its keys: {keys}); put the document's text under \"text\"")
        text = item["text"]
        if _is_cell_value(text):
            text = _cell_text(text)
        elif not isinstance(text, str):
            raise TypeError(f"{where}text must be a str, not {_type_name(text)}")
        meta, notes = _given_fields({k: item.get(k) for k in _META_FIELDS}, where)
        doc_id, page_type = (_plain_text(item.get(k), k, where) for k in ("id", "page_type"))
        return DocumentInput(text, doc_id or str(position), page_type=page_type, **meta), notes
    raise TypeError(f"document {position}: expected a str, a mapping or a DocumentInput, not {_type_name(item)}")


def _is_cell_value(value: Any) -> bool:
    """Is `value` one that a table's text cell may hold instead of a text: a missing value (None,
    a NaN or NaT from pandas), a number, TRUE/FALSE, a date or a time? Such a document is scored
    as a CSV file's cell holding it is: empty (no text), or not scored with the reason ("not
    text: a number"), and the rest of the documents go on."""
    from .cells import is_missing, library_kind

    # (hunt56) and numpy's bool_ and datetime64, pandas' Period (`cells.library_kind`): no Number,
    # no date, they raised TypeError for the whole batch
    return isinstance(value, (numbers.Number, _dt.date, _dt.time, _dt.timedelta)) or is_missing(value) \
        or bool(library_kind(value))


def _cell_text(value: Any) -> str:
    """A cell value (`_is_cell_value`) as the text scored: "" for a missing value, else the text a
    person reads in the cell ("12.5", "TRUE", "2024-03-01"), which scoring refuses by name."""
    from .cells import cell_display, is_missing

    return "" if is_missing(value) else cell_display(value)


def _given_fields(values: Mapping[str, Any], where: str) -> tuple[dict[str, str], str]:
    """The title, url, outlet, author and date of `values` read as a CSV file's cells are
    (`cells.given_meta`), and a note naming each placeholder counted as none ("" if none).
    `where` ("document 3: " or "") leads the message of a value that cannot be read."""
    from .cells import given_meta, outlet_address

    meta: dict[str, str] = {}
    notes = []
    for key, value in values.items():
        _refuse_container(value, key, where)
        meta[key], why = given_meta(key, value)
        if why:
            notes.append(f"{key}: {why} (not counted)")
    if meta.get("outlet"):  # (fresh39) a page's web address given as the outlet: its url, no outlet, as a CSV row's
        meta["outlet"], meta["url"], moved = outlet_address(meta["outlet"], meta.get("url", ""))
        notes += [f"outlet: {moved}"] if moved else []
    return meta, "; ".join(notes)


def _plain_text(value: Any, key: str, where: str) -> str:
    """A mapping's id or page type as text ("" for a missing value), as a cell reads."""
    from .cells import cell_display, is_missing

    _refuse_container(value, key, where)
    return "" if is_missing(value) else cell_display(value)


def _refuse_container(value: Any, key: str, where: str) -> None:
    """TypeError for a value that is several values or bytes: its printed form ("['a', 'b']",
    "b'...'") is no id, title or outlet, and is never scored."""
    if isinstance(value, (bytes, bytearray, list, tuple, set, frozenset, dict)):
        raise TypeError(f"{where}{key} must be one value (a str), not {_type_name(value)}")


def _type_name(value: Any) -> str:
    """The kind of `value` in a message: "a list", "an int", "bytes", "None"."""
    name = type(value).__name__
    if name in ("bytes", "bytearray", "NoneType"):
        return "None" if value is None else "bytes"
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


def _noted(result: DocumentResult, note: str | None) -> DocumentResult:
    """`result` with `note` (what its input's reading left out) after its own note."""
    return replace(result, note="; ".join(n for n in (result.note, note) if n)) if note else result


def _score_fields(fields: _Fields, settings: Settings) -> DocumentResult:
    text, id, title, url, outlet, author, date, page_type, furniture = fields
    with without_cycle_collection():
        doc = prepare(text, title=title, url=url, outlet=outlet, author=author, date=date, page_type=page_type,
                      furniture=furniture)
        result = score_document(doc, settings, id=id, furniture=furniture)
        del doc  # freed before collection resumes (see without_cycle_collection)
    _bound_word_memos()
    return result


def _chunks(items: Iterable[tuple], documents: int = CHUNK_DOCUMENTS,
            characters: int = CHUNK_CHARACTERS) -> Iterator[list[tuple]]:
    """Tasks for the workers: up to `documents` documents or `characters` of text (the text is
    each item's first field)."""
    chunk: list[tuple] = []
    size = 0
    for fields in items:
        chunk.append(fields)
        size += len(fields[0])
        if len(chunk) >= documents or size >= characters:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _tapering_chunks(fields: list[_Fields], workers: int) -> Iterator[list[_Fields]]:
    """Score tasks for documents whose end is known: as `_chunks`, but each task at most
    1/(2 x workers) of the text still to send (and at least CHUNK_MIN_CHARACTERS), so that the
    last tasks are short and no worker is left with a long one when the others have finished."""
    remaining = sum(len(f[0]) for f in fields)
    start, n = 0, len(fields)
    while start < n:
        limit = max(CHUNK_MIN_CHARACTERS, min(CHUNK_CHARACTERS, remaining // (2 * workers)))
        end, size = start, 0
        while end < n and end - start < CHUNK_DOCUMENTS and size < limit:
            size += len(fields[end][0])
            end += 1
        yield fields[start:end]
        remaining -= size
        start = end


# Documents marked together for repeated paragraphs when the input is a stream (see score_many):
# the read-ahead that marking costs, and enough documents for an outlet's note to recur in.
REPEAT_WINDOW = 1_000
# A task that keys paragraphs for the batch step (`repeat_keys.keyed`, about 2% of the cost of
# scoring a document) holds up to this many documents or characters: a few tasks per window.
KEY_CHUNK_DOCUMENTS = 256
KEY_CHUNK_CHARACTERS = 4 * CHUNK_CHARACTERS


def _keyed(fields: _Fields) -> repeat_keys.Keyed:
    return repeat_keys.keyed(fields[0], fields[4], fields[3])


def _with_furniture(window: list[_Fields], marks: list[frozenset[str]]) -> list[_Fields]:
    """The window's documents with their repeated paragraphs (as `mark_repeated` sets them)."""
    return [fields if fields[8] == keys else fields[:8] + (keys,) for fields, keys in zip(window, marks)]


def _marked(window: list[_Fields]) -> list[_Fields]:
    """`mark_repeated` on a window of fields, in this process."""
    if len(window) < prose.REPEAT_MIN_DOCUMENTS:
        return window
    return _with_furniture(window, repeat_keys.furniture(map(_keyed, window)))


def _marked_in_windows(items: Iterator[_Fields], window: int) -> Iterator[_Fields]:
    while batch := list(islice(items, window)):
        yield from _marked(batch)


def score_many(
    documents: Iterable[Any],
    *,
    settings: Settings | None = None,
    weights: Mapping[str, float] | None = None,
    workers: int | None = None,
    repeated: bool = True,
) -> Iterator[DocumentResult]:
    """Score many documents, yielding results in input order.

    Each document is a str, a mapping with "text" (and optional "id", "title", "url", "outlet",
    "author", "date", "page_type"), or a `DocumentInput` (its `note`, how it was read, ends its
    result's note). `documents` may be any iterable, a
    generator included: it is read as the work goes, a few tasks ahead of the workers, so memory
    stays flat however many documents there are. `workers`: processes to use (None = the
    `workers` setting; 0 there means one per core); one process is used for small batches and
    where processes are unavailable.
    `repeated`: first mark the paragraphs that recur across one outlet's documents as furniture
    (`mark_repeated`): over the whole input when it is a list or tuple, over windows of
    REPEAT_WINDOW documents when it is a stream (so that memory stays flat); False when the
    caller has done it over a larger set (a refresh does it over every row of the workbook, then
    scores the changed ones). With worker processes, the paragraphs are keyed by the workers.
    """
    # (one text, one mapping or a DataFrame iterate as characters, keys or column names; a Series
    # of texts iterates as its texts, and is read)
    if isinstance(documents, (str, bytes, bytearray, Mapping)) or hasattr(documents, "columns"):
        raise TypeError(f"documents must be a list or other iterable of documents, not {_type_name(documents)}: "
                        "to score one text, use score_text(text) or pass [text]; for a pandas DataFrame, "
                        "use xlplugin.frame.score_pandas or frame.to_dict(\"records\")")
    settings = (settings or Settings()).with_values(weights)
    notes: dict[int, str] = {}  # (a DocumentInput's note, what a mapping's reading left out: by position)
    refused: dict[int, str] = {}  # (hunt55) a value that is no text: why, by position (`_cell_refusal`)
    items: Iterator[_Fields] = (_as_fields(item, i, notes, refused) for i, item in enumerate(documents, start=1))
    window = 0  # documents marked together; 0: no marking
    if repeated:
        window = max(len(documents), 1) if isinstance(documents, (list, tuple)) else REPEAT_WINDOW
    if workers is None:
        workers = settings["workers"] or (os.cpu_count() or 1)
    warm_up()  # before any fork, so every worker shares the loaded word lists
    head = list(islice(items, PARALLEL_MIN_DOCUMENTS)) if workers > 1 else []
    from .workers import Pipeline, start_workers  # the worker machinery, only when it is used

    pool = start_workers(workers, settings) if len(head) >= PARALLEL_MIN_DOCUMENTS else None
    items = chain(head, items)
    if pool is None:
        results = (_score_fields(fields, settings) for fields in (_marked_in_windows(items, window) if window else items))
    else:
        results = Pipeline(pool, items, window, settings).results()
    try:
        for position, result in enumerate(results, start=1):
            if refused and (why := refused.pop(position, None)):
                result = refused_result(result, result.id, why)  # (a result gives the fields a Document does)
            yield _noted(result, notes.pop(position, None)) if notes else result
    finally:
        results.close()  # (a caller that stops early stops the workers now, as before)

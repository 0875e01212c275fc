"""The engine: prepare a document once, run every registered scorer on it, combine the index.

`score_text` scores one text; `score_many` scores an iterable, in parallel across processes when
there are many and the platform has them (not in Pyodide), keeping the input order.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import warnings
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping

from . import kinds, prose, registry, syllables, vader
from .index import reliability_index
from .settings import Settings
from .text import Document, prepare
from .types import DocumentResult, Score

__all__ = ["DocumentInput", "score_text", "score_document", "score_many", "mark_repeated", "warm_up",
           "engine_version"]

# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 64
# Documents per task sent to a worker: large enough that pickling overhead is small, small enough
# that both workers finish together.
CHUNK_DOCUMENTS = 16


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
def _without_cycle_collection():
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


def score_document(doc: Document, settings: Settings | None = None, id: str = "",
                   furniture: frozenset[str] = frozenset()) -> DocumentResult:
    """Score a prepared `Document` with every registered scorer. `furniture`: the paragraph keys
    it was prepared with (`prepare(..., furniture=)`), for the reproducibility stamp."""
    settings = settings or Settings()
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
    weights = settings.weights
    kind = kinds.classify(doc)
    if english and not too_short and kind.kind == kinds.NOT_ARTICLE:
        # Signals are still computed (they describe the text), but an index of reporting
        # quality means nothing for a shop, menu or organisation page.
        reliability, contributors = None, ()
        note = "no index: " + kind.reason()
    elif english and not too_short:
        reliability, contributors = reliability_index(signals, weights)
        note = "" if reliability is not None else "no signal could be scored"
    else:
        reliability, contributors = None, ()
        note = signals[registry.TEXT_SIGNALS[0]].note
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
        kind=kind.kind,
        kind_cues=kind.cues,
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
    """Score one text. `weights` overrides the index weights ({"loaded_language": 2.0, ...})."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    settings = (settings or Settings()).with_values(weights)
    with _without_cycle_collection():
        doc = prepare(text, title=title, url=url, outlet=outlet, author=author, date=date, page_type=page_type)
        result = score_document(doc, settings, id=id)
        del doc  # freed before collection resumes (see _without_cycle_collection)
    return result


_INPUT_FIELDS = ("text", "id", "title", "url", "outlet", "author", "date", "page_type")


def _as_input(item: Any, position: int) -> DocumentInput:
    if isinstance(item, DocumentInput):
        return item if item.id else replace(item, id=str(position))
    if isinstance(item, str):
        return DocumentInput(item, str(position))
    if isinstance(item, Mapping):
        known = {k: item[k] for k in _INPUT_FIELDS if item.get(k) is not None}
        known = {k: str(v) for k, v in known.items()}
        known.setdefault("id", str(position))
        return DocumentInput(**{"text": "", **known})
    raise TypeError(f"document {position}: expected a str, a mapping or a DocumentInput, not {type(item).__name__}")


def _score_input(item: DocumentInput, settings: Settings) -> DocumentResult:
    with _without_cycle_collection():
        doc = prepare(item.text, title=item.title, url=item.url, outlet=item.outlet, author=item.author,
                      date=item.date, page_type=item.page_type, furniture=item.furniture)
        result = score_document(doc, settings, id=item.id, furniture=item.furniture)
        del doc  # freed before collection resumes (see _without_cycle_collection)
    return result


def _score_chunk(args: tuple[list[DocumentInput], Settings]) -> list[DocumentResult]:
    chunk, settings = args
    return [_score_input(item, settings) for item in chunk]


def _pool(workers: int):
    """A process pool, or None where processes cannot be started (Pyodide, some sandboxes)."""
    try:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        # fork shares the already loaded dictionaries with the workers; spawn would reload them.
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        return ProcessPoolExecutor(max_workers=workers, mp_context=context)
    except (ImportError, OSError, NotImplementedError, ValueError):
        return None


def _chunks(items: list[DocumentInput], size: int) -> Iterator[list[DocumentInput]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


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
    "author", "date", "page_type"),
    or a `DocumentInput`. `workers`: processes to use (None = the `workers` setting; 0 there means
    one per core); one process is used for small batches and where processes are unavailable.
    `repeated`: first mark the paragraphs that recur across one outlet's documents in this batch
    as furniture (`mark_repeated`); False when the caller has done it over a larger set (a
    refresh does it over every row of the workbook, then scores the changed ones).
    """
    settings = (settings or Settings()).with_values(weights)
    items = [_as_input(item, i + 1) for i, item in enumerate(documents)]
    if repeated:
        items = mark_repeated(items)
    if workers is None:
        workers = settings["workers"] or (os.cpu_count() or 1)
    warm_up()  # before any fork, so every worker shares the loaded word lists
    pool = _pool(workers) if workers > 1 and len(items) >= PARALLEL_MIN_DOCUMENTS else None
    if pool is None:
        for item in items:
            yield _score_input(item, settings)
        return
    done = 0
    try:
        with pool:
            tasks = ((chunk, settings) for chunk in _chunks(items, CHUNK_DOCUMENTS))
            for results in pool.map(_score_chunk, tasks):
                for result in results:
                    done += 1
                    yield result
    except (OSError, BrokenProcessPool) as exc:
        # Workers could not start or died (a sandbox that forbids fork, a killed process): the
        # documents not yet returned are scored here, in order, rather than lost.
        warnings.warn(f"xlplugin: parallel scoring failed ({exc}); continuing in one process", RuntimeWarning, stacklevel=2)
        for item in items[done:]:
            yield _score_input(item, settings)

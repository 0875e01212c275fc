"""(fair27) A review's words for the effect of a work on its audience.

A film, book or series review judges the work: "Reyes plays him with a terrifying stillness",
"the last scene is quietly devastating", "a haunting score". Those words describe the craft and
what it does to the viewer or the reader; they charge no person, side or institution, and the
review's whole business is such judgement. So an effect word ([review_effect_words] of
loaded_language.txt: "terrifying", "devastating", "haunting", "heartbreaking") counts nothing
where a part of the work ([work_part_words]: "scene", "ending", "performance", "score",
"stillness") stands within PART_WINDOW words of it in its clause, in a paragraph about a work of
fiction (senses._about_fiction, [fiction_words]: "film", "novel", "series").

Kept (the cue counts): the same word about real events or people in a review ("a devastating
attack on the unions", "the terrifying state of our schools"), any effect word in a paragraph that
names no work of fiction, and a review's insults and derogatory words ("a lazy, idiotic script"
is the reviewer's judgement of the writer too, and is counted as it always was).
"""

from __future__ import annotations

from functools import lru_cache

from . import senses
from .phrases import words
from .text import Document

_LOADED = "loaded_language.txt"
PART_WINDOW = 8  # words on either side of the effect word looked at for a part of the work


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    return words(_LOADED, "review_effect_words"), words(_LOADED, "work_part_words")


def effect_words() -> frozenset[str]:
    return _lists()[0]


def work_effect(doc: Document, first: int) -> bool:
    """Is the effect word at `first` said of a part of a work of fiction ("his final scene is
    quietly devastating", "a terrifying stillness" in a paragraph about a film)?"""
    effects, parts = _lists()
    lowers = doc.lowers
    if lowers[first] not in effects:
        return False
    from .loaded_senses import _clause_words  # (a late import: loaded_senses imports this module)
    near = [m for _, m in zip(range(PART_WINDOW), _clause_words(doc, first, -1))]
    near += [m for _, m in zip(range(PART_WINDOW), _clause_words(doc, first, 1))]
    if parts.isdisjoint(lowers[m] for m in near):
        return False
    return senses._about_fiction(doc, first)

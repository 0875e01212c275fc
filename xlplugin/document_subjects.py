"""(claims17) A document named as the subject of what it does is the source of that sentence.

"The 2021 inspection report rates the bridge as fair", "The survey puts the number of empty homes
at 1,200", "The annual review ranks the school among the best", "The audit lists 14 faults": the
document rates, ranks, lists or counts, and a reader can look it up, as for "The report found".
These verbs are no verbs of saying, so the attribution pass read no source in such a sentence.

The sentence opens with "the", "this", "its", "their" or an owner ("the council's"), then up to
three words that qualify the document (a year, "annual", "inspection"), a word of attribution.txt
[document_words], and a verb of claims.txt [document_verb_words] (after "also" or "has", "have").
"A report rates ..." names no document a reader can find: no source. Definite documents are
taken as named by the text, as "The study found" is (claims15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import words

if TYPE_CHECKING:
    from .cues import Attribution
    from .text import Document

__all__ = ["document_subject", "DETAIL"]

DETAIL = "the document that does what the sentence says"
# "the", an owner, then at most this many words before the document word
_QUALIFIERS_MAX = 3
_DEFINITE = frozenset(("the", "this", "its", "their"))
_BETWEEN = frozenset(("also", "has", "have", "now"))


def document_subject(doc: Document, a: int, b: int, make: type[Attribution]) -> Attribution | None:
    """The document that opens the words a..b-1 as the subject of a verb of [document_verb_words]
    ("The 2021 inspection report rates"), as a document source built with `make`, or None."""
    lowers, texts = doc.lowers, doc.token_texts
    if a >= b or not (lowers[a] in _DEFINITE or lowers[a].endswith(("'s", "\u2019s"))):
        return None
    documents, verbs = words("attribution.txt", "document_words"), words("claims.txt", "document_verb_words")
    for j in range(a + 1, min(b - 1, a + 2 + _QUALIFIERS_MAX)):
        if lowers[j] in documents:
            v = j + 1
            while v < b - 1 and lowers[v] in _BETWEEN:
                v += 1
            if lowers[v] in verbs and texts[v].islower():
                return make("document", doc.token_starts[a], doc.token_ends[v], DETAIL)
            return None
        if not (texts[j].isalnum() or lowers[j].endswith(("'s", "\u2019s"))):
            return None  # (a comma or a mark: the subject ends)
    return None

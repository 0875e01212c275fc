"""The batch step of `xlplugin.repeats.repeated_paragraphs`, in its two halves, so that the costly
half (splitting each document into paragraphs and keying them) can run in `score_many`'s worker
processes, and only the counting and the decision in the calling process.

- `keyed(text, outlet, url)`: one document's group (its outlet), the keys of its edge paragraphs
  with their sizes, and its length: a function of the document alone (no keys for a document
  with no known outlet, which is grouped with none).
- `furniture(keyed_documents)`: for each document of a batch, the keys that recur in at least
  REPEAT_MIN_DOCUMENTS documents of its group, unless the document is a copy (`repeats.is_copy`),
  decided by `repeats.decide`, the one place for it.

Together they give exactly `repeats.repeated_paragraphs` (the same constants and helpers, read from
`xlplugin.repeats`); `tests/test_engine.py` holds the two equal on varied batches, so that a change
to one without the other fails there.
"""

from __future__ import annotations

from typing import Iterable

from . import repeats

__all__ = ["Keyed", "keyed", "furniture"]

# (group, {paragraph key: characters}, characters of all paragraphs)
Keyed = tuple[str, dict[str, int], int]

def keyed(text: str, outlet: str, url: str) -> Keyed:
    """One document's half of the batch step (see `repeats.repeated_paragraphs`)."""
    group = repeats._outlet_key(outlet, url)
    if group == repeats.NO_GROUP:
        return group, {}, 0  # grouped with no other document: nothing to key
    parts = repeats.split_paragraphs(text)
    total = sum(map(len, parts))
    edge = repeats.REPEAT_EDGE_PARAGRAPHS
    edges = parts if len(parts) <= 2 * edge else parts[:edge] + parts[-edge:]
    paragraphs: dict[str, int] = {}
    for p in edges:
        if len(p) >= repeats.REPEAT_MIN_CHARS:
            key = repeats.paragraph_key(p)
            paragraphs[key] = paragraphs.get(key, 0) + len(p)
    return group, paragraphs, total


def furniture(documents: Iterable[Keyed]) -> list[frozenset[str]]:
    """The batch's half: each document's repeated keys (`repeats.decide`: empty where none, only
    COPY_MARK-ed keys in a copy)."""
    documents = list(documents)
    counts: dict[str, dict[str, int]] = {}
    for group, paragraphs, _ in documents:
        seen = counts.setdefault(group, {})
        for key in paragraphs:
            seen[key] = seen.get(key, 0) + 1
    return repeats.decide(documents, counts)

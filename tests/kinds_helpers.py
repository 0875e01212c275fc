"""What the kind tests share (kinds39, kinds40, kinds41, which each had their own copy): a short
text's kind, whether a kind gives a cue, and a folder of written pages scored through the normal
path, each held to the kind it was written as. Each test file keeps its own cases."""

from __future__ import annotations

from pathlib import Path

import pytest

import xlplugin
from xlplugin import kinds
from xlplugin.text import prepare


def kind_of(text: str, **meta: str) -> kinds.Kind:
    """The kind of `text` prepared with the metadata `meta` (page_type, author, outlet ...)."""
    return kinds.classify(prepare(text, **meta))


def has_cue(kind: kinds.Kind, words: str) -> bool:
    """Whether one of `kind`'s cues holds `words`."""
    return any(words in cue for cue in kind.cues)


def scored_pages(pages: list[Path]) -> dict[str, object]:
    """{file name: result} for `pages` read as files (read_file) and scored by score_many with one
    worker; skipped where trafilatura is not installed."""
    pytest.importorskip("trafilatura")
    from xlplugin.inputs import read_file

    docs = [read_file(page) for page in pages]
    return {page.name: result for page, result in zip(pages, xlplugin.score_many(docs, workers=1))}


def assert_written_kind(result, expected: str) -> None:
    """A scored page has the kind it was written as, and an index only if that kind is an article."""
    assert result.kind == expected, (result.kind, result.kind_cues)
    if expected == kinds.NOT_ARTICLE:
        assert result.reliability is None, (result.kind, result.reliability)
    else:
        assert result.reliability is not None, (result.kind, result.kind_cues)


def assert_kind_with_cue(text: str, expected: str, words: str) -> kinds.Kind:
    """`text` is read as the kind `expected`, and one of its cues holds `words` (opfoot44's and
    polnear45's op-eds signed at the foot shared this check: duplicates D8). Returns the kind."""
    kind = kind_of(text)
    assert kind.kind == expected, kind
    assert has_cue(kind, words), kind
    return kind

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


# (kinds47) the short report and the op-ed that kinds43, kinds45 and opfoot44 each had their own copy of
LIBRARY_REPORT = ("Library hours to be cut\n\nThe county will open its branch libraries three days a week from April, "
                  "saving £900,000 a year. The branches serve about 40,000 members.\n")

FERRY_OPED = ("The ferry fares rise is a tax on the islands\n\nThe operator wants to raise fares by twelve per cent from "
              "April. For the mainland commuter that is an irritation. For the islands it is a tax on living there at "
              "all: the boat is the only road to the doctor, the school and the shop.\n\nThe subsidy that keeps the "
              "service running was set in 2015 and has not moved since. Fuel and wages have. The gap is real, but "
              "closing it on the backs of three thousand islanders is the least fair way to do it.\n\nA small rise for "
              "visitors in the summer months, with residents' fares frozen, would raise almost as much.\n\n")


def report_at(path: str, site: str = "https://www.gazette.example") -> kinds.Kind:
    """The kind of `LIBRARY_REPORT` published as an article at `site` + `path`."""
    return kind_of(LIBRARY_REPORT, url=site + path, page_type="article")


def informal_voice(own_lower: str) -> str | None:
    """`site_voice.informal_address` on a short own text (counted as 40 words)."""
    from xlplugin import site_voice

    return site_voice.informal_address(own_lower, 40)


def assert_kind(kind: kinds.Kind, expected: str, cue: str = "", case: str = "") -> None:
    """`kind` is `expected`, with a cue holding `cue` where one is given (`case`: the input, shown on failure)."""
    assert kind.kind == expected, (case, kind)
    assert not cue or has_cue(kind, cue), (case, kind)


def assert_report_at(path: str, expected: str, cue: str = "", site: str = "https://www.gazette.example") -> None:
    """`LIBRARY_REPORT` published at `site` + `path` is `expected` (`assert_kind`)."""
    assert_kind(report_at(path, site), expected, cue, path)


def assert_kind_with_cue(text: str, expected: str, words: str) -> kinds.Kind:
    """`text` is read as the kind `expected`, and one of its cues holds `words` (opfoot44's and
    polnear45's op-eds signed at the foot shared this check: duplicates D8). Returns the kind."""
    kind = kind_of(text)
    assert kind.kind == expected, kind
    assert has_cue(kind, words), kind
    return kind

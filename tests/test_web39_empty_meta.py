"""A web page whose author meta tag is empty is read, not a crash (session 31, web39).

`<meta name="author" content="">` (a theme that writes the tag whatever the post gives) on a page
where the extractor finds no author sent the page reader's own look at the meta authors an empty
attribute value as None, and `xlplugin score` stopped with a TypeError traceback: no workbook, no
other file scored. Found while reading the page reader for issue 10's check; the page below was
written for this test.
"""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

_BODY = "".join(
    f"<p>Part {n} of the report says the ferry crews met the council on the quay to talk about the "
    "winter timetable and the repairs to the slipway.</p>" for n in range(1, 7))


def _page(meta: str) -> str:
    return (f"<html><head><title>Ferry crews meet council</title>{meta}</head><body><article>"
            f"<h1>Ferry crews meet council</h1>{_BODY}</article></body></html>")


@pytest.mark.parametrize("meta", [
    '<meta name="author" content="">',
    '<meta content="" name="author">',
    "<meta property='article:author' content=''>",
    '<meta name="author" content="" data-theme="">',
])
def test_an_empty_author_meta_tag_is_no_author(meta):
    page = extract_page(_page(meta))
    assert page.author == ""
    assert "Part 6 of the report" in page.text


def test_score_reads_such_a_page_and_the_others(tmp_path, capsys):
    (tmp_path / "empty_author.html").write_text(_page('<meta name="author" content="">'), encoding="utf-8")
    (tmp_path / "signed.html").write_text(_page('<meta name="author" content="Jane Roe">'), encoding="utf-8")
    assert main(["score", str(tmp_path), "--json", "-q"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert len(rows) == 2
    assert all(row["reliability"] is not None and not row["error"] for row in rows), rows

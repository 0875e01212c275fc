"""(web54) What tests/test_web54_*.py share: an article's body written for these tests (made-up
facts), and the saved development pages of ../shared/corpus/web, read at run time only (never
copied into the project), with the mark that skips a test where they are absent."""

from __future__ import annotations

from pathlib import Path

import pytest

BODY = ("<p>The night bus to the coast was cancelled on Tuesday after its driver fell ill at the depot. "
        "About thirty people waited an hour at the station before a taxi firm was called in.</p>"
        "<p>The company apologised in a short statement and said the timetable would run as usual from "
        "Wednesday, with a second driver kept on call for the late routes through the winter.</p>") * 2

PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "web" / "pages"
needs_pages = pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/corpus/web is absent (the saved pages are "
                                 "read at run time, never copied into the project)")


def read_page(path: Path) -> str:
    """A saved page's markup, decoded as `xlplugin score` decodes files."""
    from xlplugin.inputs import _decode_file

    return _decode_file(path.read_bytes(), str(path), html=True)[0]

"""(web54) What tests/test_web54_*.py share: an article's body written for these tests (made-up
facts), and the saved development pages of ../shared/corpus/web, read at run time only (never
copied into the project), with the mark that skips a test where they are absent."""

from __future__ import annotations

from pathlib import Path

import pytest

BODY = ("<p>The ferry between the two islands stopped running on Monday after a fault was found in its "
        "engine room. Passengers were told to use the bridge until repairs are done next week.</p>"
        "<p>The operator said a replacement vessel would be brought in from the mainland, and that "
        "tickets already bought would be refunded in full on request at the harbour office.</p>") * 2

PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "web" / "pages"
needs_pages = pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/corpus/web is absent (the saved pages are "
                                 "read at run time, never copied into the project)")


def read_page(path: Path) -> str:
    """A saved page's markup, decoded as `xlplugin score` decodes files."""
    from xlplugin.inputs import _decode_file

    return _decode_file(path.read_bytes(), str(path), html=True)[0]

"""(web40) Code a page lays out only by CSS classes (no <pre>, no <code>: a highlighter's token
spans in a <div class="highlight">, lines as block-styled spans, or line ends kept only by a style
sheet) keeps its lines: each line of code reaches the text as a line of its own, not one run of
prose (xlplugin.page_code, before the extraction). A paragraph classed as nothing, and one holding a
<p>, stay prose. Fixtures written for this test."""

from __future__ import annotations

import pytest

from xlplugin import prose
from xlplugin.pages import extract_page
from xlplugin.text import prepare

PROSE = "".join(f"<p>{s}</p>" for s in (
    "Caching the parsed settings made the test suite about four times faster on my laptop last week.",
    "The trick is to build the loader once and hand the same object to every test that needs it.",
    "Here is the helper I ended up with after a few rounds of trial and error with the fixtures.",
    "It reads the file on the first call and returns the cached value on every later call instead.",
    "Nothing else in the project had to change, which made the patch easy to review and to merge.",
))
AFTER = "<p>That was all it took to fix the slow run, and the timings have held up for a month now.</p>"
TOKEN_LINES = [
    '<span class="kn">import</span> <span class="nn">functools</span>',
    '<span class="nd">@functools.lru_cache</span><span class="p">()</span>',
    '<span class="k">def</span> <span class="nf">load_settings</span><span class="p">(</span><span class="n">path</span>'
    '<span class="p">):</span>',
    '    <span class="k">return</span> <span class="n">parse</span><span class="p">(</span><span class="n">path</span>'
    '<span class="p">)</span>',
]
LINES = ["import functools", "@functools.lru_cache()", "def load_settings(path):", "return parse(path)"]


def _page(block: str) -> str:
    return (f"<html><head><title>Caching settings</title></head><body><article><h1>Caching settings</h1>"
            f"{PROSE}{block}{AFTER}</article></body></html>")


BLOCKS = {
    "token spans, lines as block spans": '<div class="highlight">' + "".join(
        f'<span class="line">{line}</span>' for line in TOKEN_LINES) + "</div>",
    "token spans in a classless div, lines as block spans": "<div>" + "".join(
        f'<span class="line">{line}</span>' for line in TOKEN_LINES) + "</div>",
    "plain lines kept by the style sheet": '<div class="highlight">' + "\n".join(LINES) + "</div>",
    "token spans in a paragraph classed as code": '<p class="code">' + "\n".join(TOKEN_LINES) + "</p>",
    "lines parted by <br>": '<div class="sourceCode">' + "<br>".join(LINES) + "</div>",
}


@pytest.mark.parametrize("name", list(BLOCKS))
def test_code_laid_out_by_classes_keeps_its_lines(name):
    lines = [line.strip() for line in extract_page(_page(BLOCKS[name])).text.split("\n")]
    for line in LINES:
        assert line in lines, (name, lines)


@pytest.mark.parametrize("name", ["plain lines kept by the style sheet", "token spans in a paragraph classed as code"])
def test_the_code_is_not_prose(name):
    text = extract_page(_page(BLOCKS[name])).text
    doc = prepare(text)
    spans = prose.code_spans(doc)
    start = text.index("def load_settings")
    assert any(s <= start < e for s, e in spans), (text, spans)
    assert not any(s <= text.index("Caching the parsed") < e for s, e in spans)


def test_a_paragraph_stays_prose():
    # a box classed "code" that holds paragraphs (a discount code's box) is not read as code
    box = ('<div class="code"><p>Readers of this post can take ten percent off the course with the '
           'code below, which runs until the end of the month.</p></div>')
    text = extract_page(_page(box)).text
    assert "Readers of this post can take ten percent off the course with the code below, which runs until the end " \
           "of the month." in text


def test_a_callout_classed_highlight_stays_one_paragraph():
    # a box classed "highlight" holding a sentence wrapped in the page's source: no code, one paragraph
    box = ('<div class="highlight">The one change that mattered was caching the loader,\nwhich every test '
           'now shares instead of building its own copy.</div>')
    text = extract_page(_page(box)).text
    assert "caching the loader, which every test now shares" in text

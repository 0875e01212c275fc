"""Web pages whose source wraps its paragraphs at a fixed width (session 31, web39).

A paragraph written with hard line ends in the page's source (a static site generator's or an
editor's wrap) shows as one paragraph in a browser: a line end in HTML text is a space. Where such a
paragraph held an inline <code>, the extractor kept every source line end, and each line reached
the scorers as a paragraph of its own: "Version 2.0 came out" and "in March 2011." became two
sentences, each a check-worthy claim with no source (found on a real developer's blog in the web
corpus: 332 paragraphs for 68). `xlplugin.page_glue.unwrap_source_lines` reads those line ends as
spaces before extraction; preformatted text (<pre>, a <code> element's own text, white-space: pre)
keeps its lines. A post's fields wrapped so ("Views: 845 |" / "Added by: NAME" / "| Tags: ...")
then reach the text as the one line a browser shows, which the furniture rules take whole.

The pages below were written for this test.
"""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

_FILLER = "".join(
    f"<p>Part {n} of the story of the harbour tool explains one more step of how its small team kept "
    "the project going through many releases over the years.</p>\n" for n in range(1, 6))

# A paragraph hard-wrapped in the source, with an inline <code> and links in it.
_WRAPPED = """<p>The harbour tool was first released in June 2009
(the same month as its rival). Version 2.0 came out
in March 2011. The first mention of the new runtime I found was in
<a href="https://example.org/log/1">October 2011</a>.
Then little happened until
<a href="https://example.org/log/2">May 2013</a>, when
a volunteer removed the old <code>print</code> statement. There were
a few changes in 2014 but nothing worth noting.</p>
"""

_CODE_BLOCK = """<pre><code>$ harbour build
$ harbour test --all
</code></pre>
"""


def _page(body: str) -> str:
    return (f"<html><head><title>Ten years of the harbour tool</title></head><body><article>"
            f"<h1>Ten years of the harbour tool</h1>\n{_FILLER}{body}</article></body></html>")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def test_a_wrapped_paragraph_with_inline_code_stays_one_paragraph():
    text = extract_page(_page(_WRAPPED + _CODE_BLOCK)).text
    paragraph = next(p for p in _paragraphs(text) if "first released" in p)
    assert "\n" not in paragraph
    assert paragraph.startswith("The harbour tool was first released in June 2009 (the same month as its rival).")
    assert "Version 2.0 came out in March 2011." in paragraph
    # a line end beside a link is inside the run too
    assert "Then little happened until May 2013, when a volunteer removed the old print statement." in paragraph
    assert paragraph.endswith("There were a few changes in 2014 but nothing worth noting.")
    # a code block keeps its lines (one a line, or one a paragraph, as the extractor gives them)
    assert "$ harbour build\n$ harbour test --all" in text or (
        "$ harbour build" in _paragraphs(text) and "$ harbour test --all" in _paragraphs(text))


def test_no_fragment_of_a_wrapped_sentence_is_scored_as_a_claim():
    page = extract_page(_page(_WRAPPED))
    score = score_text(page.text, title=page.title)
    quoted = [e.text for s in score.signals.values() for e in s.evidence if e.text]
    for fragment in ("Version 2.0 came out", "in March 2011.", "Then little happened until", "May 2013, when"):
        assert fragment not in quoted, fragment
    assert any("Version 2.0 came out in March 2011." in q for q in quoted)


def test_unwrap_leaves_preformatted_and_block_edges_alone():
    from lxml import html

    from xlplugin.page_glue import unwrap_source_lines

    tree = html.fromstring(
        "<div><p>one\ntwo <a href='#'>three</a>\nfour</p>"
        "<div style='white-space: pre-line'>keep\nthese lines</div>"
        "<pre>and\nthese</pre><p><code>x = 1\ny = 2</code></p><div>\n   edge kept\n  </div></div>")
    assert unwrap_source_lines(tree) == 2
    p = tree.find("p")
    assert p.text == "one two " and p[0].tail == " four"
    assert tree.xpath("//div[@style]")[0].text == "keep\nthese lines"
    assert tree.find("pre").text == "and\nthese"
    assert tree.find(".//code").text == "x = 1\ny = 2"
    assert tree[-1].text == "\n   edge kept\n  "


# A post's fields under its text, wrapped in the source: a browser shows them as one line.
_FIELDS = """<p class="post-details">Views: 845 |
Added by: <a href="/user/harbourfan">harbourfan</a>
| Tags: <a href="/tag/ferries">ferries</a></p>
"""


def test_a_post_s_counter_line_with_its_other_fields_is_furniture():
    page = extract_page(_page(_WRAPPED + _FIELDS))
    assert "Views: 845" not in page.text
    assert "Added by" not in page.text
    assert any(line.startswith("Views: 845 | Added by: harbourfan") for line in page.removed)
    # the article's last paragraph stays
    assert "nothing worth noting." in page.text

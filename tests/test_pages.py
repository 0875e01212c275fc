"""HTML input: a web page comes in as its article (no menus, banners, share buttons, comments)
with its metadata (title, author, date, canonical URL, site name), offline; the text that was
scored is the text the user gets; the core never imports trafilatura.

The fixtures in tests/fixtures/ were written for this project. The figures on real pages
(../shared/corpus/web) are guarded at the end; they skip where ../shared is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from xlplugin import pages
from xlplugin.inputs import read_file, read_paths
from xlplugin.pages import clean_text, extract_page

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIXTURES = HERE / "fixtures"
ARTICLE = FIXTURES / "web_article.html"
SHOP = FIXTURES / "web_shop.html"
WEB = ROOT.parent / "shared" / "corpus" / "web"

pytest.importorskip("trafilatura")


def test_article_text_without_furniture():
    page = extract_page(ARTICLE.read_text(encoding="utf-8"))
    assert "voted on Thursday to build a 1.2-kilometre flood wall" in page.text
    assert "Marta Kowalska said her members welcomed the decision" in page.text
    for furniture in ("cookies", "Log in", "Deutsch", "Share this article", "Read more:", "newsletter",
                      "Ferry fares to rise", "total waste of money", "Finally some sense", "Privacy policy",
                      "dataLayer", "display: flex"):
        assert furniture not in page.text, furniture
    # paragraphs stay paragraphs (a blank line between blocks), for the sentence splitter
    assert "\n\nThe wall will cost 18 million pounds" in page.text


def test_article_metadata():
    page = extract_page(ARTICLE.read_text(encoding="utf-8"))
    assert page.title == "Harbour council approves flood wall after two-year review"
    assert page.author == "Priya Natarajan"
    assert page.date == "2025-03-14"
    assert page.url == "https://www.estuary-courier.example/news/2025/03/14/harbour-flood-wall"
    assert page.outlet == "The Estuary Courier"
    # the page type, then what else the page says of its kind (xlplugin.page_hints: its browser title)
    assert page.page_type.partition(";")[0] == "article"
    assert page.page_type.endswith("; title: harbour council approves flood wall after two-year review | the estuary courier")


def test_read_file_gives_text_and_metadata_for_score_and_refresh():
    doc = read_file(ARTICLE)
    assert (doc.id, doc.author, doc.date, doc.outlet) == ("web_article.html", "Priya Natarajan", "2025-03-14", "The Estuary Courier")
    assert doc.url.startswith("https://www.estuary-courier.example/")
    assert "<p>" not in doc.text and "cookies" not in doc.text
    (record,) = list(read_paths([str(ARTICLE)]))
    assert record.as_input() == doc


def test_a_csv_row_with_a_page_path_gets_the_page_and_its_metadata(tmp_path):
    table = tmp_path / "rows.csv"
    table.write_text(f"id,path,outlet\nA,{ARTICLE},My own outlet name\n", encoding="utf-8")
    (record,) = list(read_paths([str(table)]))
    assert "flood wall" in record.text and "cookies" not in record.text
    assert record.outlet == "My own outlet name"  # the row's own column wins
    assert (record.author, record.date) == ("Priya Natarajan", "2025-03-14")  # the page fills the rest


def test_metadata_feeds_provenance_and_the_source_rating_join():
    import xlplugin
    from xlplugin.settings import Settings

    doc = read_file(ARTICLE)
    settings = Settings().with_ratings({"estuary-courier.example": (0.8, "test desk")})
    result = next(iter(xlplugin.score_many([doc], settings=settings, workers=1)))
    cues = {e.kind: e.detail for e in result.signals["provenance"].evidence}
    assert cues["byline"].startswith("found") and "Priya Natarajan" in cues["byline"]
    assert cues["publication date"].startswith("found") and "2025-03-14" in cues["publication date"]
    assert cues["named outlet"].startswith("found") and cues["original URL"].startswith("found")
    assert cues["no author"].startswith("not found")
    assert result.signals["source_rating"].value == 0.8
    assert (result.author, result.date) == ("Priya Natarajan", "2025-03-14")
    # the same text without its metadata has none of these cues
    bare = xlplugin.score_text(doc.text)
    bare_cues = {e.kind: e.detail for e in bare.signals["provenance"].evidence}
    assert bare_cues["no author"].startswith("found")
    assert result.signals["provenance"].value > bare.signals["provenance"].value


def test_json_gives_the_scored_text_and_offsets_point_into_it():
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", "--json", "-q", str(ARTICLE)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["text"] == read_file(ARTICLE).text
    assert (data["author"], data["date"], data["kind"]) == ("Priya Natarajan", "2025-03-14", "news report")
    assert data["kind_cues"]
    checked = 0
    for signal in data["signals"].values():
        for item in signal["evidence"]:
            if item["text"]:
                assert data["text"][item["start"]:item["end"]] == item["text"]
                checked += 1
    assert checked >= 5


def test_clean_text_drops_furniture_lines_and_a_related_block_at_the_end():
    body = "\n".join(["First paragraph of the story, long enough to be prose and not a label at all."] * 4)
    text = body + "\nShare this\nRead more: Another headline entirely\nSign up for our newsletter\nRelated articles\nA headline\nAnother headline"
    cleaned, removed = clean_text(text)
    assert cleaned == "\n\n".join(["First paragraph of the story, long enough to be prose and not a label at all."] * 4)
    assert removed[0] == "Share this" and removed[-1] == "Another headline"


def test_clean_text_keeps_prose_and_copyright_lines():
    text = ("Share prices fell by 4% on Monday after the company said its profits would be lower than expected "
            "this year, according to a statement from the board that was released before markets opened.\n"
            "Related coverage of the results appears on page two, the editor said in a note to readers.\n"
            "© 2025 The Estuary Courier")
    cleaned, removed = clean_text(text)
    assert removed == () and cleaned.count("\n\n") == 2


def test_related_heading_near_the_top_is_not_a_cut():
    text = "Related\n" + "\n".join(["A sentence of the article that goes on for a while, as articles do."] * 5)
    cleaned, removed = clean_text(text)
    # (pages16) the heading alone is dropped (a box's heading, no sentence); nothing after it is
    assert removed == ("Related",) and cleaned.count("A sentence of the article") == 5


def test_without_trafilatura_the_plain_reader_is_used_and_says_so(monkeypatch):
    monkeypatch.setattr(pages, "_trafilatura", lambda: None)
    page = extract_page(ARTICLE.read_text(encoding="utf-8"))
    assert "flood wall" in page.text and "trafilatura is not installed" in page.note
    assert page.page_type == "web page"


def test_a_page_with_no_words_says_it_holds_no_text():
    # (session 17, refresh18: it said "no main text found ...; the whole page text was read", of a page with none)
    page = extract_page("<html><head><title>Empty</title></head><body><script>var a = 1;</script></body></html>")
    assert page.note.startswith("this page holds no text") and page.text == "" and page.title == "Empty"


def test_malformed_and_empty_markup_do_not_crash():
    for markup in ("", "<html", "<<<>>>", "<p>" * 5000, "\x00\x01 not html"):
        page = extract_page(markup)
        assert isinstance(page.text, str)


BLOCK_NETWORK = r"""
import socket
def refuse(*args, **kwargs):
    raise OSError("network blocked by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""


def test_pages_are_read_offline():
    code = BLOCK_NETWORK + f"""
from xlplugin.inputs import read_file
d = read_file({str(ARTICLE)!r})
print(d.author, d.date, len(d.text) > 500)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["Priya", "Natarajan", "2025-03-14", "True"]


def test_the_core_never_imports_trafilatura():
    # (session 25) the HTML reader is xlplugin.pages by its exact name: pdf_pages (text copied out of
    # a PDF) and search_pages (pages written for search engines) are pure-Python text rules
    code = """
import sys, xlplugin
list(xlplugin.score_many(["A short text to score, with a few words in it."], workers=1))
from xlplugin import kinds, cells, inputs
print(sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'lxml') or m == 'xlplugin.pages'))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# --- figures on real pages (../shared/corpus/web); measured 2026-11-29: kept 0.936 of 283 "with"
# strings (trafilatura alone 0.936, the plain reader 0.961), leaked 0.044 of 319 "without"
# strings (trafilatura alone 0.097, the plain reader 0.762). Floors one string-share below.


def _web():
    if not (WEB / "expected.json").exists():
        pytest.skip(f"web pages absent: {WEB} not found (read from ../shared, never copied)")
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate_web

    return evaluate_web


@pytest.mark.slow
def test_real_pages_keep_the_article_and_leave_the_boilerplate():
    ev = _web()
    expected = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))
    pages_ = ev.load_pages(WEB)
    ours = ev.measure(ev.READERS["xlplugin"], pages_, expected)
    alone = ev.measure(ev.READERS["trafilatura alone"], pages_, expected)
    # (pages16) 2 of the 283 "with" strings are a prompt to comment and an "Editors'
    # Recommendations" headline, which the annotation counts as main text and we do not (they
    # are the site's, not the author's: test_pages16.py): the filter may lose those two only
    assert ours["kept"] >= 0.925
    assert ours["leaked"] <= 0.05
    assert ours["leaked"] < alone["leaked"]  # the furniture filter earns its place
    assert ours["kept"] >= alone["kept"] - 2 / 283  # and costs no other article text
    # no English article refused as "language unknown" (three were, with the plain reader)
    languages = ev.languages(ours["texts"])
    assert "unknown" not in languages.values()
    for name in ("dw.com.colonial.html", "dw.com.uncork.html", "theguardian.com.academics.html", "reuters.com.parasite.html"):
        assert languages[name] == "en"


@pytest.mark.slow
def test_real_pages_metadata_found():
    ev = _web()
    counts = ev.metadata_found(ev.load_pages(WEB))
    # measured: title 109, author 71, date 96, url 99, outlet 96 of 109 (a site name the page
    # gives, in og:site_name, its feed link or its <title>; 13 pages give none, and their host
    # is no name: see test_a_host_is_not_a_site_name). (pages16) 5 authors fewer: a publisher's
    # address, a company, a web agency, a theme vendor, share-button words (test_pages16.py)
    assert counts["title"] >= 105 and counts["author"] >= 68 and counts["date"] >= 90
    # (web44) two more outlets, each named only in its footer's copyright line: rnz.de's "Copyright © Rhein-Neckar-
    # Zeitung 2019", chip.de's "© CHIP Digital GmbH 2019" (its publisher company, the legal form left out)
    # (web54) three more, each the site's name its <title> gives (brandenburg.de, novalanalove.com, psl.eu): 105; the
    # bound had not followed it (web55 found this test failing on main e66ae78c). (web55) no title part that is a
    # site's section ("Home") is an outlet: none of the 109 pages had one, so the count stays. (web56) one more:
    # love-hina.ch's "Love Hina", the name it ends its <title> and its links' titles with (test_web56_pages.py): 106
    assert counts["url"] >= 95 and 92 <= counts["outlet"] <= 106


def test_trafilatura_is_required_except_under_pyodide():
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    html = [d for d in deps if d.startswith(("trafilatura", "lxml_html_clean"))]
    assert len(html) == 2 and all("sys_platform != 'emscripten'" in d for d in html)
    # the Lite requirements name the xlplugin wheel only: micropip skips trafilatura by its marker
    lite = (ROOT / "workbooks" / "lite" / "requirements.txt").read_text(encoding="utf-8")
    assert "trafilatura" not in lite


def test_a_csv_author_column_reaches_provenance(tmp_path):
    table = tmp_path / "rows.csv"
    text = "The council approved the budget on Tuesday. The mayor said it would pass."
    table.write_text(f'id,author,date,text\n1,Ana Ruiz,2025-01-02,"{text}"\n', encoding="utf-8")
    (record,) = list(read_paths([str(table)]))
    import xlplugin

    result = next(iter(xlplugin.score_many([record.as_input()], workers=1)))
    cues = {e.kind: e.detail for e in result.signals["provenance"].evidence}
    assert "Ana Ruiz" in cues["byline"] and "2025-01-02" in cues["publication date"]


def test_refresh_reads_author_and_date_as_score_did(tmp_path):
    """A table's author and date columns are part of what was scored: a refresh must see them
    too, or every such row would look changed (and lose its byline and date cues)."""
    from xlplugin.workbook import refresh_workbook

    table = tmp_path / "rows.csv"
    table.write_text('id,author,date,text\n1,Ana Ruiz,2025-01-02,"The council approved the budget on Tuesday. '
                     'The mayor said it would pass."\n', encoding="utf-8")
    book = tmp_path / "rows.xlsx"
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(table), "-q", "-o", str(book)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = refresh_workbook(book)
    assert (summary.unchanged, summary.rescored) == (1, 0)
    summary = refresh_workbook(book, settings_overrides={"provenance": 4})  # forces a re-score
    assert summary.rescored == 1
    import openpyxl

    from xlplugin.workbook import layout

    wb = openpyxl.load_workbook(book, read_only=True)
    evidence = [row for row in wb["Evidence"].iter_rows(values_only=True) if row[1] == layout.EVIDENCE_SIGNAL["provenance"]]
    assert any(row[2] == "byline" and "Ana Ruiz" in (row[6] or "") for row in evidence)


def _captioned_page(page_type: str, body: str, menu_items: int = 12) -> str:
    links = "".join(f"<li><a href='/n{i}'>Council budget story number {i} in the list of stories readers liked</a></li>"
                    for i in range(menu_items))
    return (f"<html><head><title>Mayor backs wall</title><meta property='og:type' content='{page_type}'></head><body>"
            f"<nav><ul>{links}</ul></nav><article><h1>Mayor backs wall</h1>{body}</article>"
            f"<aside><h2>Most read</h2><ul>{links}</ul></aside><footer>{links}</footer></body></html>")


_CAPTION = ("The mayor speaks at a public meeting in the town hall on Tuesday evening before the vote on the new "
            "harbour wall. Photo: Staff")


def test_an_article_page_that_yields_only_a_caption_says_its_article_was_not_found():
    page = extract_page(_captioned_page("article", f"<figure><img src='a.jpg'><figcaption>{_CAPTION}</figcaption></figure>"))
    assert "Photo: Staff" in page.text  # the text scored is unchanged: the note only says what it is
    assert page.note.startswith("the page's article was not found: only ")
    assert "words were extracted from a page of " in page.note and "the scores describe that text" in page.note


def test_a_short_text_among_many_times_more_page_text_says_so():
    page = extract_page(_captioned_page("website", f"<p>{_CAPTION}</p>", menu_items=40))
    assert page.note.startswith("the page's main text may not have been found")


def test_a_short_page_or_a_full_article_gets_no_such_note():
    # a short text that is all a page holds besides its menus (no article type, menus < 10 times)
    assert extract_page(_captioned_page("website", f"<p>{_CAPTION}</p>")).note == ""
    body = "<p>" + " ".join(["The council voted to build the wall after a long review of the costs."] * 8) + "</p>"
    assert extract_page(_captioned_page("article", body)).note == ""

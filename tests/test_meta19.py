"""(meta19) Titles, dates and publishers a document gives itself, and a clean start.

Fixtures are written for these tests. Each class: a plain text's publication date on a line that
also gives an update; a short headline in capitals; a date after today said in the Status; a web
page's JSON-LD read where its meta tags are silent; a Ctrl-C while the command is still loading;
a header-only table given alone said once.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from xlplugin import score_text
from xlplugin.cells import future_date_note
from xlplugin.cli import main
from xlplugin.file_titles import date_line, headline_line
from xlplugin.inputs import read_file
from xlplugin.pages import extract_page

ROOT = Path(__file__).resolve().parents[1]

BODY = ("The island ferry will run four times a day instead of six from November, the operator said on Tuesday. "
        "Harbour master Lewis Brand said the change followed a fall in winter passengers since 2023. "
        "\"We kept the sailings people use most,\" Brand said. The council will review the timetable in March.")


# -- dates: the publication date beside an update on one line --------------------------------

@pytest.mark.parametrize("line, date", [
    ("Updated 3 March 2026 | Published 1 March 2026", "1 March 2026"),
    ("Published 1 March 2026 \u00b7 Updated 3 March 2026", "1 March 2026"),
    ("Last updated 9 May 2026 \u2022 First published 2 May 2026", "2 May 2026"),
    ("Updated: June 4, 2026 | Posted on June 1, 2026", "June 1, 2026"),
])
def test_the_publication_date_is_read_beside_an_update(line, date):
    text = f"Ferry timetable cut for winter\n\n{line}\n\n{BODY}\n"
    assert date_line(text) == (date, line)


@pytest.mark.parametrize("line", ["Updated 3 March 2026", "Last updated 3 March 2026 | 10:42",
                                  "Updated 3 March 2026 | Harbour desk"])
def test_an_update_alone_is_no_publication_date(line):
    assert date_line(f"Ferry timetable cut for winter\n\n{line}\n\n{BODY}\n") == ("", "")


# -- titles: a short headline in capitals is the title, a label is not -------------------------

@pytest.mark.parametrize("headline", ["COUNCIL CUTS BUS ROUTES", "FERRY TIMETABLE CUT", "PIER TO REOPEN IN MAY",
                                      "# HARBOUR BOARD NAMES NEW CHAIR"])
def test_a_short_headline_in_capitals_is_the_title(headline, tmp_path):
    text = f"{headline}\n\n{BODY}\n"
    assert headline_line(text) == headline.lstrip("# ")
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert read_file(path).title == headline.lstrip("# ")


@pytest.mark.parametrize("label", ["BREAKING NEWS", "FOR IMMEDIATE RELEASE", "OPINION", "WORLD NEWS", "EXCLUSIVE:",
                                   "LETTERS TO THE EDITOR"])
def test_a_label_over_the_text_is_no_title(label):
    assert headline_line(f"{label}\n\n{BODY}\n") == ""


@pytest.mark.parametrize("label", ["BREAKING NEWS", "WORLD NEWS", "COUNTY AND COAST"])
def test_a_label_over_a_headline_still_gives_the_headline(label):
    assert headline_line(f"{label}\n\nFerry timetable cut for winter\n\n{BODY}\n") == "Ferry timetable cut for winter"


def test_a_headline_in_capitals_makes_no_unsourced_claim(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"COUNCIL CUTS FOUR BUS ROUTES\n\n{BODY}\n", encoding="utf-8")
    doc = read_file(path)
    result = score_text(doc.text, title=doc.title)
    claims = [e.text for e in result.signals["unsourced_claims"].evidence]
    assert not any("COUNCIL CUTS" in c for c in claims)


# -- a date after today is said, not scored ---------------------------------------------------

@pytest.mark.parametrize("given", ["2099-03-03", "3 March 2099", "March 3, 2099"])
def test_a_date_after_today_is_said(given):
    result = score_text(BODY * 3, date=given)
    assert f"the date {given} is after today" in result.note
    plain = score_text(BODY * 3, date="2024-03-03")
    assert plain.reliability == result.reliability  # said, not scored
    assert "after today" not in plain.note


@pytest.mark.parametrize("given, today, said", [
    ("2026-12-02", dt.date(2026, 12, 1), True), ("2026-12-01", dt.date(2026, 12, 1), False),
    ("1 December 2026", dt.date(2026, 11, 30), True), ("2026", dt.date(2026, 5, 1), False), ("soon", None, False),
])
def test_the_future_date_rule(given, today, said):
    assert bool(future_date_note(given, today)) is said


# -- web pages: the article's JSON-LD fills what the meta tags leave blank ---------------------

def _page(head: str) -> str:
    paragraphs = "".join(f"<p>{s}.</p>" for s in BODY.split(". "))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ferry timetable cut</title>{head}</head>"
            f"<body><nav>Home | News | Sport</nav><article><h1>Ferry timetable cut</h1>{paragraphs}</article>"
            "<footer>Contact us</footer></body></html>")


def _ld(obj) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry timetable cut",
           "url": "https://tarvopost.example/news/ferry", "datePublished": "2026-10-14T08:30:00Z",
           "author": {"@type": "Person", "name": "Marta Quill"},
           "publisher": {"@type": "Organization", "name": "Tarvo Post"}}


@pytest.mark.parametrize("shape", ["plain", "graph", "list", "main entity"])
def test_a_pages_json_ld_gives_its_address_outlet_author_and_date(shape):
    if shape == "plain":
        block = _ld(ARTICLE)
    elif shape == "graph":
        article = {**ARTICLE, "publisher": {"@id": "https://tarvopost.example/#org"}, "author": [{"name": "Marta Quill"}]}
        del article["@context"]
        block = _ld({"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Tarvo Post"}, article,
            {"@type": "Organization", "@id": "https://tarvopost.example/#org", "name": "Tarvo Post"}]})
    elif shape == "list":
        block = _ld([{"@type": "BreadcrumbList"}, {**ARTICLE, "@type": ["NewsArticle", "ReportageNewsArticle"]}])
    else:
        article = {k: v for k, v in ARTICLE.items() if k != "url"}
        block = _ld({**article, "mainEntityOfPage": {"@type": "WebPage", "@id": "https://tarvopost.example/news/ferry"}})
    page = extract_page(_page(block))
    assert (page.url, page.outlet, page.author, page.date[:10]) == (
        "https://tarvopost.example/news/ferry", "Tarvo Post", "Marta Quill", "2026-10-14")


def test_the_meta_tags_come_before_the_json_ld():
    head = ("<meta property='og:site_name' content='Harbour Weekly'>"
            "<link rel='canonical' href='https://harbourweekly.example/ferry'>" + _ld(ARTICLE))
    page = extract_page(_page(head))
    assert (page.url, page.outlet) == ("https://harbourweekly.example/ferry", "Harbour Weekly")


def test_json_ld_naming_another_rated_site_is_said():
    block = _ld({**ARTICLE, "url": "https://www.naturalnews.com/ferry", "publisher": {"name": "Reuters"}})
    page = extract_page(_page(block))
    assert page.url == "https://www.naturalnews.com/ferry"
    assert "the name of reuters.com, but its address is on naturalnews.com" in page.note


@pytest.mark.parametrize("block", ["<script type='application/ld+json'>{not json,}</script>",
                                   _ld({"@type": "Recipe", "url": "https://tarvopost.example/r", "name": "Soup"}),
                                   _ld({**ARTICLE, "url": "/news/ferry", "publisher": "x" * 400})])
def test_json_ld_that_is_broken_or_no_article_gives_nothing(block):
    page = extract_page(_page(block))
    assert page.url == ""


# -- a clean start: Ctrl-C while loading, one line ---------------------------------------------

def test_ctrl_c_while_the_command_is_loading_prints_one_line(tmp_path):
    """A Ctrl-C that arrives while the scorers are being imported (the first second of a run)."""
    story = tmp_path / "story.txt"
    story.write_text(BODY, encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys
        class Interrupt:
            def find_spec(self, name, path=None, target=None):
                if name == "xlplugin.engine":
                    raise KeyboardInterrupt
        sys.meta_path.insert(0, Interrupt())
        from xlplugin._start import main
        sys.exit(main(["score", {str(story)!r}]))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 130
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == ["xlplugin: interrupted while starting; nothing was read or written"]


def test_the_command_starts_at_the_entry_point_that_handles_it():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'xlplugin = "xlplugin._start:main"' in text


def test_importing_the_package_loads_no_scorer():
    done = subprocess.run([sys.executable, "-c", "import sys, xlplugin; print('xlplugin.engine' in sys.modules)"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.strip() == "False"
    done = subprocess.run([sys.executable, "-c", "import xlplugin; print(xlplugin.score_text.__module__, "
                           "xlplugin.engine.__name__, xlplugin.__version__ != '')"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.split() == ["xlplugin.engine", "xlplugin.engine", "True"]


# -- a header-only table given alone: said once -----------------------------------------------

def test_a_header_only_table_alone_is_said_once(tmp_path, capsys):
    table = tmp_path / "empty.csv"
    table.write_text("id,text,title\n", encoding="utf-8")
    assert main(["score", str(table)]) == 2
    err = capsys.readouterr().err
    assert err.count("nothing to score") == 1
    assert err.count(str(table)) == 1
    assert "the file above was the only input" in err

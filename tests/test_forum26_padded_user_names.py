"""(forum26) A forum page saved as HTML whose poster's name is padded with spaces inside its element
(`<span class="username"> kestrel_kate </span><span class="rank">Regular member</span>`, as phpBB
and other forum templates write it): the name stands on a line of its own, the post headers are
read, and the page is a thread of posts, not one author's report (xlplugin/page_glue.py,
`_after_user_name`). Fixtures written for these tests."""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin import forum_posts, kinds, prepare
from xlplugin.inputs import read_file
from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

OPENER = ("<p>Our primary school is asking every family for twenty pounds towards a new roof for the hall. "
          "The letter says the county will not pay until next year.</p><p>I am happy to give something, but "
          "is it normal for a state school to ask parents for building money? Who actually owns the hall?</p>")
HELPFUL = ("<p>It is fairly common. Maintained schools get a small capital grant each year and big repairs wait "
           "for a county bid. The hall usually belongs to the county, and the governors can show you the "
           "condition survey if you ask.</p>")
RANT = ("<p>Twenty quid?!? The council are thieving parasites who waste every penny we give them. Don't pay a "
        "single penny!!!</p>")
THANKS = "<p>Thanks, I will ask the governors for the survey before I pay.</p>"


def _page(name_class: str, pad: str, fields: bool, rant: bool = True) -> str:
    posts = [("kestrel_kate", "Regular member", "Feb 2019", "Sat Mar 07, 2026 6:12 pm", OPENER),
             ("OldBursar", "Member", "Aug 2022", "Sat Mar 07, 2026 7:40 pm", HELPFUL)]
    if rant:
        posts.append(("AngryDad77", "Newbie", "Mar 2026", "Sun Mar 08, 2026 1:03 am", RANT))
    posts.append(("kestrel_kate", "Regular member", "Feb 2019", "Sun Mar 08, 2026 9:20 am", THANKS))
    shown = "".join(
        f'<div class="post"><div class="postprofile"><span class="{name_class}">{pad}{name}{pad}</span>'
        f'<span class="rank">{rank}</span>' + (f'<span class="joined">Joined: {joined}</span>' if fields else "")
        + f'</div><div class="postdate">Posted: {when}</div><div class="postbody">{body}</div>'
        '<div class="postbuttons"><a>Quote</a> <a>Report</a></div></div>'
        for name, rank, joined, when, body in posts)
    return ("<!DOCTYPE html><html><head><title>School asking parents to pay for roof - Parents Corner - Millbrook "
            "Forums</title></head><body><div class='navbar'><a>Board index</a> <a>Parents Corner</a></div>"
            f"<h2 class='topic-title'>School asking parents to pay for roof</h2>{shown}"
            "<div class='copyright'>Powered by forum software</div></body></html>")


def _scored(tmp_path, markup: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    doc = read_file(path)
    return doc, next(iter(xlplugin.score_many([doc])))


PAGES = [("username", " ", True), ("username-coloured", " ", False), ("postauthor", "\n    ", False),
         ("username", "  ", False)]


@pytest.mark.parametrize("name_class, pad, fields", PAGES)
def test_a_padded_posters_name_heads_its_post(tmp_path, name_class, pad, fields):
    doc, result = _scored(tmp_path, _page(name_class, pad, fields))
    found = forum_posts.thread(prepare(doc.text))
    assert found is not None, doc.text[:300]
    assert found[1] == "kestrel_kate"
    assert result.kind == kinds.FORUM, result.kind_cues
    # the rant is AngryDad77's: the thread scores about as it does without it
    _, calm = _scored(tmp_path, _page(name_class, pad, fields, rant=False), "calm.html")
    assert result.reliability is not None and calm.reliability is not None
    assert result.reliability >= calm.reliability - 10, (result.reliability, calm.reliability)


def test_a_padded_byline_span_stays_a_byline():
    para = "<p>The ferry left at nine on Monday, the company said, and the harbour master confirmed it.</p>"
    page = extract_page("<html><body><article><h1>Ferry leaves on time</h1><p class='byline'>By "
                        "<span class='author'> Jo Tait </span> <span class='date'>3 March 2026</span></p>"
                        f"{para * 3}</article></body></html>")
    assert "Jo Tait" in page.author


@pytest.mark.parametrize("markup, run", [
    # padded spans of prose with no user class: one run, as written
    ("<span class='c1'>The ferry left at nine on </span><span class='c2'>Monday, the company said.</span>",
     "nine on Monday,"),
    ("<span class='name'> Harbour </span><span class='role'>Master Jo Tait confirmed it.</span>", "Harbour Master Jo"),
])
def test_padded_spans_without_a_user_class_stay_as_written(markup, run):
    page = extract_page(f"<html><body><article><h1>Ferry leaves</h1><p>{markup}</p><p>{markup}</p>"
                        f"<p>{markup}</p></article></body></html>")
    assert any(run in " ".join(line.split()) for line in page.text.split("\n")), page.text

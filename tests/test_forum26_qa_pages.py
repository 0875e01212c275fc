"""(forum26) A question-and-answer page, left from forum25: (4) a Q&A page saved as HTML takes its
date from the asker's signature ("asked Apr 2, 2024 at 18:20 NAME 88 rep") where its markup gives
none; (5) each comment under a post ("Which model is it? \u2013 Volt Nerd Nov 4, 2024 at 20:30") is its
signer's words, also under the last answer: another member's are theirs, the asker's the author's
(xlplugin/forum_posts.py). Fixtures written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, kinds
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


# --- 4. the date of a Q&A web page

def _qa_html(box: str, asked: str, head: str = "") -> str:
    def post(words: str, signature: str) -> str:
        return f'<div class="post"><div class="body"><p>{words}</p></div>{box.format(signature=signature)}</div>'
    return f"""<!DOCTYPE html><html><head><title>How long should paint dry between coats? - Home Fixes</title>
<meta property="og:site_name" content="Home Fixes">{head}</head><body>
<h1>How long should paint dry between coats?</h1>
{post("I am painting a bedroom with a water-based emulsion. The tin says two hours between coats but the "
      "first coat still feels tacky after three. The room is cold, about 12 degrees. Should I wait until "
      "tomorrow or carry on tonight?", asked)}
<h2>2 Answers</h2>
{post("Wait. The times on the tin assume about 20 degrees and normal humidity; at 12 degrees emulsion can "
      "take twice as long to dry. Put a small heater in the room with the door open and give it until the "
      "morning.", "answered Sep 9, 2025 at 20:02 brush_and_roller 4,120 rep")}
{post("Paint makers LIE about drying times!!! Just slap it on, it's all a scam to sell more tins.",
      "answered Sep 12, 2025 at 3:44 PaintTruther 1 rep")}
</body></html>"""


BOXES = ['<div class="user-info">{signature}</div>',
         '<div class="post-signature"><span class="user-details">{signature}</span></div>',
         '<aside class="owner-card">{signature}</aside>']


@pytest.mark.parametrize("box", BOXES)
@pytest.mark.parametrize("asked, date", [("asked Sep 9, 2025 at 19:31 cold_room_cat 42 rep", "2025-09-09"),
                                         ("asked Feb 28, 2024 at 7:05 Jo Marr 1,118 rep", "2024-02-28")])
def test_a_qa_web_pages_date_is_its_questions(box, asked, date):
    pytest.importorskip("trafilatura")
    from xlplugin import pages

    page = pages.extract_page(_qa_html(box, asked))
    assert page.date == date


@pytest.mark.parametrize("box", BOXES[:1])
def test_a_qa_web_pages_own_date_and_a_signature_without_a_year(box):
    pytest.importorskip("trafilatura")
    from xlplugin import pages

    # no year in the signature: the page cannot say which year
    page = pages.extract_page(_qa_html(box, "asked Sep 9 at 19:31 cold_room_cat 42 rep"))
    assert page.date == ""
    # the markup's own date stands
    head = '<meta property="article:published_time" content="2025-09-10T08:00:00Z">'
    page = pages.extract_page(_qa_html(box, "asked Sep 9, 2025 at 19:31 cold_room_cat 42 rep", head))
    assert page.date == "2025-09-10"


def test_the_asked_date_needs_a_thread():
    # the asker alone signs (no answer by another name): no Q&A thread, no date from it
    text = "Question\n\nasked Sep 9, 2025 at 19:31 cold_room_cat 42 rep\n\nanswered Sep 9, 2025 at 20:02 cold_room_cat 42 rep\n"
    assert forum_posts.qa_asked_date(text) == ""


# --- 5. comments under a Q&A page's posts

def _qa_text(question_comments: list[str], last_comments: list[str]) -> str:
    return "\n\n".join([
        "Can I run a dehumidifier and a tumble dryer off the same extension lead?",
        "Asked 1 year ago \u00b7 Viewed 3k times", "5",
        "Our utility room has one double socket. I would like to run the dryer and a small dehumidifier together "
        "on a four-way lead. The dryer label says 2,200 watts. Is that safe?",
        "asked Nov 4, 2024 at 20:15 damp_flat_dan 61 rep",
        *question_comments,
        "1 Answer", "9",
        "Most four-way leads in the UK are rated at 13 amps, about 3,000 watts in all. A 2,200 watt dryer and a "
        "300 watt dehumidifier come to 2,500 watts, so you are inside the limit, but only just. Uncoil the lead "
        "fully and do not add a kettle or a heater to it.",
        "answered Nov 4, 2024 at 21:02 Volt Nerd 7,412 rep",
        *last_comments]) + "\n"


RANTS = [
    "This is terrible advice!!! Extension leads are DEATH TRAPS and electricians KNOW it. \u2013 sparky_truth Nov 5, 2024 at 2:10",
    "Absolute rubbish, a disgraceful answer!! \u2013 Len Ohm Nov 5 at 9:12",
    "What a pathetic, reckless answer!!! \u2014 watt_watcher Dec 1, 2024 at 23:59",
]


@pytest.mark.parametrize("rant", RANTS)
def test_another_members_comment_under_the_last_answer_is_theirs(rant):
    doc = prepare(_qa_text(["Which dehumidifier model is it? \u2013 Volt Nerd Nov 4, 2024 at 20:30"], [rant]))
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == "damp_flat_dan"
    quoted = forum_posts.quoted_posts(doc)
    assert any(rant[:30] in doc.text[s:e] for s, e in quoted)
    details = loaded_language.score(doc, Settings()).details
    assert details["exclamation"] == 0 and details["emotive"] + details["derogatory"] == 0
    assert kinds.classify(doc).kind == "forum or social post"


@pytest.mark.parametrize("where", ["question", "last"])
def test_the_askers_own_comment_is_the_askers(where):
    mine = "Honestly the landlord is a disgrace!! He refuses to add a socket. \u2013 damp_flat_dan Nov 5, 2024 at 8:00"
    other = "Which dehumidifier model is it? \u2013 Volt Nerd Nov 4, 2024 at 20:30"
    text = _qa_text([other, mine], []) if where == "question" else _qa_text([other], [mine])
    doc = prepare(text)
    assert not any("landlord" in doc.text[s:e] for s, e in forum_posts.quoted_posts(doc))
    assert any("Which dehumidifier" in doc.text[s:e] for s, e in forum_posts.quoted_posts(doc))
    details = loaded_language.score(doc, Settings()).details
    assert details["emotive"] == 1 and details["exclamation"] == 1


def test_a_dash_and_a_date_in_a_report_is_no_comment():
    text = ("Council to review extension lead advice\n\nBy Ann Lee\n\nThe fire service said most leads are rated "
            "at 13 amps. \"Do not overload them!\" \u2013 Fire Officer Nov 5, 2024 at 2:10\n\n"
            "The council will publish new guidance in the spring, a spokesman said.\n")
    doc = prepare(text)
    assert forum_posts.thread(doc) is None and forum_posts.quoted_posts(doc) == []

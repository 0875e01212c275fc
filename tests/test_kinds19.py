"""Document kinds a reader would accept (kinds19). Each test is a class of cases written for this
project, and each failed before the fix it guards:

1. a paywall's teaser keeps the kind of the article it teases (a news report, a column) and gets
   no index, by a flag in its page type that the engine reads, not by the kind "not an article";
2. wire copy republished by another outlet is told by more of its credit lines: a byline line
   naming the agency, the agency's copyright line, a "From AFP." line and a wire's bracketed
   sign-off "(Reporting by ...; Editing by ...)"; a syndicate's "distributed by ... syndication";
3. a press release's closing block ("###", "About <issuer>", "Media contact:") is the issuer's
   boilerplate: no signal reads it, and it is a press release's cue;
4. the writer's first-person rate is per 1,000 of the writer's own words: an interview's answers
   inside a first-person blog post no longer dilute the blogger's "I".
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import xlplugin
from xlplugin import kinds, page_hints, prepare
from xlplugin.engine import DocumentInput

# --- 1. a paywall's teaser: its own kind, no index ------------------------------------------------

PROMPTS = [
    "<div class='paywall'><h2>This article is for subscribers only</h2><p>Subscribe to the Valley Courier "
    "for unlimited access.</p><p>Already a subscriber? <a>Sign in</a></p></div>",
    "<div class='gate'><p>Subscribe to continue reading.</p></div>",
    "<div class='meter'><p>You have reached your limit of free articles.</p></div>",
]
REPORT = ("<p>The water board agreed on Thursday to replace 14 miles of lead pipes in the east of the valley "
          "by 2028, after tests at 40 homes found levels above the legal limit.</p><p>The board's chair, "
          "Ruth Okafor, said the work would cost about 9 million dollars, most of it from a state loan.</p>")
COLUMN = ("<p>I have lived beside the reservoir for twenty years, and I have never seen the board move this "
          "slowly. In my view the pipes should have gone a decade ago.</p><p>I would argue that the loan is "
          "the least of it: what I want to know is why it took forty tests to act.</p>")
TEASERS = [  # (the article's body, head tags, the kind it reads as without the prompt)
    (REPORT, "<meta property='og:type' content='article'>", kinds.NEWS),
    (COLUMN, "<meta property='og:type' content='article'><meta property='article:section' content='Opinion'>",
     "opinion or analysis"),
]


def _page(body: str, head: str) -> str:
    return (f"<html><head><title>Lead pipes to go by 2028</title>{head}"
            "<meta property='og:site_name' content='Valley Courier'></head><body><nav><a>News</a></nav>"
            f"<main><article><h1>Lead pipes to go by 2028</h1>{body}</article></main></body></html>")


def _scored(page) -> xlplugin.DocumentResult:
    return next(iter(xlplugin.score_many([DocumentInput(page.text, "t", title=page.title, outlet=page.outlet,
                                                        page_type=page.page_type)])))


@pytest.mark.parametrize("prompt", PROMPTS)
@pytest.mark.parametrize("body, head, kind", TEASERS)
def test_a_paywalled_teaser_keeps_its_kind_and_gets_no_index(body, head, kind, prompt):
    pytest.importorskip("trafilatura")
    from xlplugin.pages import extract_page

    page = extract_page(_page(body + prompt, head))
    whole = extract_page(_page(body, head))
    assert page_hints.index_withheld(page.page_type) and not page_hints.index_withheld(whole.page_type)
    teaser, article = _scored(page), _scored(whole)
    assert teaser.kind == article.kind == kind  # (was "not an article")
    assert teaser.reliability is None
    assert teaser.note == "no index: only a teaser of a paywalled article was saved"


def test_a_pages_own_hints_cannot_withhold_the_index():
    # a page's section or browser title saying "saved: paywalled teaser" is only a hint: hints() turns
    # its ";" into "," and the flag is read only as a part of its own
    assert not page_hints.index_withheld("article; title: saved: paywalled teaser")
    assert page_hints.index_withheld(page_hints.with_saved_part("article; section: news", "paywalled teaser"))
    with pytest.raises(KeyError):
        page_hints.with_saved_part("article", "half a page")


def test_every_output_shows_the_teasers_kind_and_why_it_has_no_index(tmp_path):
    pytest.importorskip("trafilatura")
    openpyxl = pytest.importorskip("openpyxl")
    (tmp_path / "teaser.html").write_text(_page(REPORT + PROMPTS[0], TEASERS[0][1]), encoding="utf-8")
    run = [sys.executable, "-m", "xlplugin.cli", "score", str(tmp_path / "teaser.html")]
    out = subprocess.run(run + ["--json"], capture_output=True, text=True, check=True).stdout
    row = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
    assert row["kind"] == "news report" and row["reliability"] is None
    assert row["note"] == "no index: only a teaser of a paywalled article was saved"
    assert "before the site asks readers to subscribe" in row["input_note"]
    subprocess.run(run + ["-o", str(tmp_path / "book.xlsx")], capture_output=True, text=True, check=True)
    sheet = openpyxl.load_workbook(tmp_path / "book.xlsx")["Documents"]
    cells = dict(zip((c.value for c in sheet[1]), (c.value for c in sheet[2])))
    assert cells["Kind"].startswith("news report")
    assert cells["Status"].startswith("no index: only a teaser of a paywalled article was saved")


# --- 2. wire copy republished: the credit lines -----------------------------------------------------

BODY = ("The county council voted on Tuesday to close two libraries in the spring, after a review found "
        "that visits had fallen by a third since 2019. The council leader said the savings would pay for "
        "longer opening hours at the central library. Residents who opposed the plan said they would ask "
        "for a judicial review of the decision, which they called rushed.\n\n") * 3
CREDITS = [  # (head, foot, the agency's own site)
    ("By The Associated Press\n\n", "", "https://apnews.com/article/libraries"),
    ("BY REUTERS\n\n", "", "https://www.reuters.com/world/libraries"),
    ("", "© 2016 The Associated Press. All Rights Reserved. This material may not be published.",
     "https://apnews.com/article/libraries"),
    ("", "Copyright 2018 Thomson Reuters. All rights reserved.", "https://www.reuters.com/world/libraries"),
    ("", "From AFP.", "https://www.afp.com/en/news/libraries"),
    ("", "Source: AFP", "https://www.afp.com/en/news/libraries"),
    ("", "(Reporting by Jane Roe; Editing by Tom Poe.)", "https://www.reuters.com/world/libraries"),
    ("", "(Reporting by Jane Roe in Denver; Additional reporting by Ann Lee; Writing by Sam Tan; Editing by Tom Poe)",
     "https://www.reuters.com/world/libraries"),
]
SYNDICATED = "COPYRIGHT 2017 JANE ROE DISTRIBUTED BY ANDREWS MCMEEL SYNDICATION"


@pytest.mark.parametrize("head, foot", [(h, f) for h, f, _ in CREDITS] + [("", SYNDICATED)])
def test_agency_copy_republished_by_another_outlet_is_wire_copy(head, foot):
    doc = prepare(head + BODY + foot, url="https://www.valleycourier.example/news/libraries", outlet="Valley Courier")
    assert kinds.classify(doc).kind == kinds.WIRE


@pytest.mark.parametrize("head, foot, home", CREDITS)
def test_on_the_agencys_own_site_or_with_no_known_publisher_it_is_a_report(head, foot, home):
    # (the agency's own report; a text with no publisher cannot be told from the agency's own)
    for url in (home, ""):
        assert kinds.classify(prepare(head + BODY + foot, url=url)).kind == kinds.NEWS


@pytest.mark.parametrize("foot", [
    "© 2016 CBS Interactive Inc. All Rights Reserved. The Associated Press contributed to this report.",
    "The Associated Press contributed to this report.",
    "(Reporting by Jane Roe)",  # no editors' clause: a byline
    "Copyright 2017 The Valley Courier. Source: our own reporting.",
])
def test_an_outlets_own_story_drawing_on_an_agency_is_no_wire_copy(foot):
    doc = prepare(BODY + foot, url="https://www.valleycourier.example/news/libraries", outlet="Valley Courier")
    assert kinds.classify(doc).kind == kinds.NEWS


# --- 3. a press release's closing block -------------------------------------------------------------

RELEASE = ("Harbourside Trust said on Monday that it would open a second boatyard in the spring, creating 40 "
           "jobs. The new yard will repair fishing boats and ferries, the trust's director said, and it will "
           "take apprentices from the town's college each autumn. ") * 6
PUFF = ("Harbourside Trust is the region's leading, award-winning and most trusted charity, with amazing "
        "volunteers and a wonderful, world-class record!")
BLOCKS = [
    f"\n\n###\n\n{PUFF}",
    f"\n\nAbout Harbourside Trust\n{PUFF}",
    f"\n\n- ENDS -\n\n{PUFF}",
    f"\n\nMedia contact: Jane Roe, press@harbourside.example\n{PUFF}",
    f"\n\nNotes to editors\n{PUFF}",
]


@pytest.mark.parametrize("block", BLOCKS)
def test_a_press_releases_closing_block_is_a_cue_and_no_signal_reads_it(block):
    with_block, without = xlplugin.score_text(RELEASE + block), xlplugin.score_text(RELEASE)
    assert with_block.kind == kinds.PRESS_RELEASE
    for name in ("sentiment", "loaded_language"):
        assert with_block.signals[name].value == pytest.approx(without.signals[name].value), name
    assert not any("award" in e.text or "amazing" in e.text for e in with_block.signals["loaded_language"].evidence)


@pytest.mark.parametrize("end", [
    "\n\nAbout the Author\nJane Roe writes about the coast.",  # a writer's box, not the issuer's
    "\n\nBut the director had more to say about the second yard:\n\n\"We will need every hand we can find.\"",
    "\n\nThe season ends\n",
])
def test_a_report_ending_otherwise_has_no_closing_block(end):
    report = RELEASE.replace("Harbourside Trust said", "The Harbourside Trust, a charity, said")
    assert kinds.classify(prepare(report + end)).kind == kinds.NEWS


# --- 4. the writer's first person, over the writer's own words --------------------------------------

INTRO = ("I went to the new spa on the harbour last week, and I have to say my skin has never felt better. "
         "After a long winter of early shifts I was ready for an afternoon of doing nothing at all, and the "
         "warm towels, the quiet music and the smell of rosemary did exactly what I had hoped. The massage "
         "took an hour and I nearly fell asleep twice. I asked the owner, Mara, about her work, and she "
         "kindly answered my questions while I drank a cup of mint tea in the garden.\n\n")
QA = [("Q: How did you start?", "A: I trained in Lyon for six years and then worked in a hotel spa in Nice, "
       "where I learned how much a quiet room matters to the guests who come to us after a long week."),
      ("Q: What do you use?", "A: I use oils from a small farm near Grasse, and I mix every cream by hand in the "
       "back room each morning, so that nothing sits on a shelf for longer than a week."),
      ("Q: Who comes to you?", "A: Mostly people who work long shifts at the port and want an hour of calm; I "
       "see nurses, crane drivers and a few fishermen who would never admit they enjoy it."),
      ("Q: What comes next?", "A: A second room, I hope, and a course for young people from the town who "
       "want to learn the trade without moving away to a big city to train.")]


def _blog_post(answers_words: int) -> str:
    pairs = "\n\n".join(f"{q}\n\n{a}" + (" " + "We keep the prices low for the people of the town." * answers_words)
                        for q, a in QA)
    return INTRO + pairs + "\n\nI will be back next month, and I can't wait!"


@pytest.mark.parametrize("padding", [12, 20, 30])
def test_a_first_person_post_with_an_interview_inside_is_the_writers_opinion(padding):
    # the blogger's own words run at about 80 first-person words per 1,000; over the whole text,
    # answers included, under 12: the post read as a report by its interview form alone
    doc = prepare(_blog_post(padding), url="https://harbourlife.example/blog/spa-visit")
    kind = kinds.classify(doc)
    assert kind.kind == "opinion or analysis"
    assert any(cue.startswith("written in the first person") for cue in kind.cues)


def test_an_interview_with_a_short_introduction_stays_a_report():
    # the writer's own words are too few to give a rate of their own: the whole text's count stands
    text = "Mara runs the spa on the harbour.\n\n" + "\n\n".join(f"{q}\n\n{a}" for q, a in QA) * 2
    assert kinds.classify(prepare(text)).kind == kinds.NEWS

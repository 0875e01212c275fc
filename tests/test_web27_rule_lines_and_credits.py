"""(web27) A rule line ("___", "* * *", "———") is a separator, no sentence and no claim, in a text
and on a web page; a text's byline naming a person and a news agency ("By NAME Associated Press",
"NAME, Reuters") credits the person, as a web page's byline element does; a Q&A page's date is its
question's, from the page's markup. Every text here is written fresh for these tests."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text
from xlplugin.pages import clean_text, extract_page, trafilatura_available
from xlplugin.text import prepare

_RULES = ["___", "* * *", "***", "———", "- - -", "=====", "~~~", "\u2042", "_____________", "\u2014 \u2014 \u2014", "\u00b7 \u00b7 \u00b7"]


def _story(rule: str) -> str:
    return ("Harbour wall repairs start next month\n\n"
            "Work to rebuild the eastern harbour wall will begin on 4 May, the port trust said on Monday.\n\n"
            f"{rule}\n\n"
            "The trust expects the job to take eleven weeks and to cost about two million pounds.\n"
            f"{rule}\n"
            "Boats will moor at the west quay while the work goes on.\n")


@pytest.mark.parametrize("rule", _RULES)
def test_a_rule_line_is_no_sentence(rule):
    doc = prepare(_story(rule))
    texts = [s.text for s in doc.sentences]
    assert rule not in texts and not any(t.strip(" _*-=~\u2014\u2042\u00b7") == "" for t in texts), texts
    assert texts[-1] == "Boats will moor at the west quay while the work goes on."
    assert rule in doc.text  # the line stays in the text, as written
    assert len(doc.paragraphs) == 3  # a rule alone between blank lines is no paragraph


@pytest.mark.parametrize("rule", ["___", "* * *", "———"])
def test_a_rule_line_is_no_claim(rule):
    result = score_text(_story(rule))
    claims = result.signals["unsourced_claims"].evidence
    assert not any(e.text.strip() == rule for e in claims)


@pytest.mark.parametrize("line", [
    "###",  # a press release's end mark: read as before
    "--",  # two marks: no rule
    "- item one",
    "***Breaking***",
    "* Boats will moor at the west quay",
    "+++",
])
def test_near_misses_stay_sentences(line):
    doc = prepare(f"A first sentence about the quay.\n\n{line}\n\nA last sentence about the boats.")
    assert any(s.text == line for s in doc.sentences), [s.text for s in doc.sentences]


@pytest.mark.skipif(not trafilatura_available(), reason="trafilatura not installed")
def test_a_web_page_drops_a_rule_line():
    text, removed = clean_text("The storm brought down trees across the county, the fire service said.\n___\n"
                               "A reporter in Leeds contributed to this report.\n* * *\nMore on the storm at six.")
    assert "___" not in text.split("\n\n") and "* * *" not in text.split("\n\n")
    assert "___" in removed and "* * *" in removed
    page = extract_page("""<!doctype html><html><head><title>Floods close the ring road</title>
<meta property="og:site_name" content="Wexcombe Evening Star"></head><body><article><h1>Floods close the ring road</h1>
<p>The ring road was closed in both directions on Sunday after the river burst its banks near the retail park, police said.</p>
<p>Drivers were told to expect delays of up to an hour on the diversion through the town centre.</p>
<p>———</p>
<p>A reporter for the paper contributed to this report from the retail park.</p></article></body></html>""")
    assert "———" not in page.text


def _wire(byline: str) -> str:
    return ("Storms bring down power lines across the valley\n\n"
            f"{byline}\n\n"
            "High winds tore across the valley overnight, leaving about 40,000 homes without power, the electricity company said.\n\n"
            "Two people were treated for minor injuries after a tree fell on a car, the county ambulance service said.\n\n"
            "Crews expected to restore most supplies by the end of Tuesday, a spokesperson for the company said.\n")


@pytest.mark.parametrize("byline", [
    "By DANIEL ORTEGA Associated Press",
    "By MEERA JOSHI Associated Press",
    "Daniel Ortega, Reuters",
    "MEERA JOSHI, Associated Press",
    "By Tomas Lindqvist / AFP",
    "Tomas Lindqvist - AFP",
    "DANIEL ORTEGA Associated Press",
    "Carla Pruitt \u2014 Press Association",
])
def test_a_person_and_an_agency_credit_the_person(byline):
    result = score_text(_wire(byline))
    cues = {e.kind: e for e in result.signals["provenance"].evidence}
    assert cues["byline"].present and cues["byline"].text == byline
    assert not cues["no author"].present


@pytest.mark.parametrize("byline", [
    "By Associated Press",  # the agency alone: no person
    "Reuters Staff",
    "Jane Roe Ap",  # an acronym only in capitals
    "Storm Hits Associated Press",  # a headline's words, no mark, not in capitals
    "The Mayor, Reuters",  # a role, no name
    "Floods, Reuters",  # one word
    "Jim Urquhart / Reuters.",  # a photo's credit
    "Tomas Lindqvist / AFP",
])
def test_no_person_no_byline(byline):
    result = score_text(_wire(byline))
    cues = {e.kind: e for e in result.signals["provenance"].evidence}
    assert not cues["byline"].present, byline


def test_a_photo_credit_under_the_body_is_no_byline():
    text = _wire("").replace("Crews expected", "Daniel Ortega, Reuters\n\nCrews expected")
    cues = {e.kind: e for e in score_text(text).signals["provenance"].evidence}
    assert not cues["byline"].present


def test_the_first_line_is_the_headline_not_a_credit():
    text = _wire("").replace("Storms bring down power lines across the valley", "Daniel Ortega, Reuters")
    cues = {e.kind: e for e in score_text(text).signals["provenance"].evidence}
    assert not cues["byline"].present


@pytest.mark.skipif(not trafilatura_available(), reason="trafilatura not installed")
def test_a_qa_pages_date_is_its_questions_from_the_markup():
    """(web27, brief item 6) The Q&A page's date is the question's own, from <time itemprop="dateCreated">;
    its signature ("asked Feb 3 at 9:15", no year) gives none, so without the markup's date there is none."""
    def qa(created: str) -> str:
        return f"""<!doctype html><html><head><title>Can a tenant refuse a meter swap? - Flat Questions</title>
<meta property="og:site_name" content="Flat Questions"></head><body><div id="question-header"><h1>Can a tenant refuse a meter swap?</h1></div>
<div class="question-stats">Asked <time itemprop="dateCreated"{created}>2 months ago</time> Viewed 310 times</div>
<div class="question"><div class="post-text"><p>My supplier wants to replace the meter in my rented flat with a smart one. The landlord says I have no say. Can I refuse it?</p></div>
<div class="user-info"><div class="user-action-time">asked <span>Feb 3 at 9:15</span></div><div class="user-details"><a href="/u/4">Nell Birch</a></div></div></div>
<div class="answer"><div class="post-text"><p>The meter is usually the bill payer's business, so if the account is in your name, the choice is yours and not the landlord's.</p></div>
<div class="user-info"><div class="user-action-time">answered <span>Feb 3 at 11:02</span></div><a href="/u/9">meter_maid</a></div></div></body></html>"""
    assert extract_page(qa(' datetime="2026-02-03T09:15:40"')).date == "2026-02-03"
    assert extract_page(qa("")).date == ""

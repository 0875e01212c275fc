"""(polnear43) A social page's follow box dropped into a story is the site's, not the writer's.

Sites of 2015-16 set a Facebook page's box between a story's paragraphs, a question to the reader
and the call to like the page on one line ("Do you support <a candidate>? Like the page:": four
Western Journalism tune articles, its question read as the writer's own). It is a box as
the poll and newsletter boxes are (promo_boxes, prose.txt [box_newsletter_prompts]): its question is
no rhetorical question, its "you" and "us" no voice of the writer's. Every text here is written for
this test.
"""

from __future__ import annotations

from xlplugin import prose
from xlplugin.engine import score_text
from xlplugin.promo_boxes import RULE
from xlplugin.text import prepare

REPORT = (
    "The harbour council voted on Tuesday to close the old ferry slip by the end of the year, the council's "
    "clerk said after the meeting.\n\n"
    "The mayor, Ellen Brough, told the meeting the slip had cost the town 40,000 pounds in repairs since 2019. "
    "\"We cannot keep patching it,\" she said.\n\n"
    "{box}\n\n"
    "Two councillors voted against the plan, saying the fishing fleet still used the slip in winter.\n\n"
    "The council will hold a public meeting on the new pontoon in March, the clerk said.\n\n"
    "The pontoon is to be built by a firm from Falmouth, which built the marina's last one in 2015.\n\n"
    "Work on it is to start once the slip has closed, the clerk said.\n"
)
# (the box sits above the text's last three lines: an appeal there is promo_boxes' support box already)
LIKE_BOX = "Do you support the mayor? Like the page:"
FACEBOOK_BOX = "Should the slip stay open? Like us on Facebook"
TWITTER_BOX = "Want to know what happens next? Follow us on Twitter"


def _box_lines(text: str) -> list[str]:
    doc = prepare(text)
    return [doc.text[s:e] for s, e, rule in prose.not_prose_spans(doc) if rule == RULE]


def test_a_like_the_page_box_is_not_prose():
    assert _box_lines(REPORT.format(box=LIKE_BOX)) == [LIKE_BOX]


def test_a_like_us_on_facebook_box_is_not_prose():
    assert _box_lines(REPORT.format(box=FACEBOOK_BOX)) == [FACEBOOK_BOX]


def test_the_boxs_question_is_no_rhetorical_question_of_the_writer():
    loaded = score_text(REPORT.format(box=LIKE_BOX)).signals["loaded_language"]
    kinds = {e.kind for e in loaded.evidence}
    assert not kinds & {"rhetorical question", "reader address", "first person"}, loaded.evidence
    assert loaded.details["question_share"] == 0
    assert loaded.details["reader_prompts_not_counted"] == 1


def test_the_facebook_box_has_no_first_person_or_question_of_the_writer():
    loaded = score_text(REPORT.format(box=FACEBOOK_BOX)).signals["loaded_language"]
    assert not {e.kind for e in loaded.evidence} & {"rhetorical question", "first person"}, loaded.evidence


def test_a_twitter_follow_box_is_not_prose():
    assert _box_lines(REPORT.format(box=TWITTER_BOX)) == [TWITTER_BOX]


def test_like_the_page_in_prose_is_no_box():
    # guard: "Like the page" without the box's colon opens a sentence of prose
    line = "Like the page before it, the second page of the letter was signed by the harbour master in 1911."
    assert _box_lines(REPORT.format(box=line)) == []


def test_a_long_paragraph_opening_with_a_follow_call_is_prose():
    # guard: a box's line is short (promo_boxes.BOX_LINE_MAX); a paragraph that opens with the words is prose
    line = ("Follow us on Facebook, the mayor told residents at the meeting, and you will hear first when the works "
            "start, when the road by the slip closes and when the new pontoon opens to the fishing fleet next spring.")
    assert _box_lines(REPORT.format(box=line)) == []

"""(voice22) A headline's words in capitals are excused as a spelling (an acronym, a name spelled in
capitals) only where the body writes them in capitals among ordinary words and never in another
case. A name the body shouts again ("VOTE HOLMGREN", "SHAME ON ORTEGA") or writes as a name elsewhere
("Pia Holmgren") does not excuse the headline's shouting; "the NHS said", "SIMD instructions" still do.
Texts written for these tests."""
import pytest

import xlplugin


def capitals_cue(text: str, title: str) -> str:
    result = xlplugin.score_text(text, title=title).as_dict()
    details = [e["detail"] for e in result["signals"]["provenance"]["evidence"] if "capitals" in e["detail"]
               or "clickbait" in e.get("name", "")]
    return " ".join(details)


def shouted(text: str, title: str) -> bool:
    return "words in capitals" in capitals_cue(text, title)


PLAIN = ("The two candidates met in the town hall on Tuesday evening. Both answered questions on "
         "housing, buses and the harbour for about an hour.")

# A name shouted again in the body, in several shapes: beside a word in capitals before it or
# after it, or written as an ordinary name elsewhere in the body.
SHOUTED_AGAIN = [
    ("HOLMGREN CRUSHES Ortega! Rival Melts Down on Stage", PLAIN + " VOTE HOLMGREN \u2014 and tell your friends!"),
    ("ORTEGA CRUSHES Holmgren! Rival Melts Down on Stage", PLAIN + " VOTE ORTEGA \u2014 and tell your friends!"),
    ("Brennan: WESTLAKE HUMILIATES Him in Harbour Debate", PLAIN + "\n\nSHAME ON WESTLAKE, say the voters."),
    ("WESTLAKE HUMILIATES Brennan in Harbour Debate", PLAIN + " Back WESTLAKE TODAY, friends."),
    ("CALDWELL OBLITERATES Finnegan in Council Vote", PLAIN + " Caldwell spoke first. We say CALDWELL, loud."),
]


@pytest.mark.parametrize("title, body", SHOUTED_AGAIN)
def test_a_name_shouted_again_in_the_body_does_not_excuse_the_headline(title, body):
    assert shouted(body, title)


@pytest.mark.parametrize("title, body", SHOUTED_AGAIN)
def test_the_mirror_without_the_body_shout_is_flagged_the_same(title, body):
    # the same headline over the plain body: flagged before and after the rule; the body's shout
    # must not change that
    assert shouted(PLAIN, title) == shouted(body, title)


# Near misses: an acronym or a code name the body spells in capitals among ordinary words is no
# shouting, next to punctuation, at a line's start or after a name in ordinary case.
SPELLED = [
    ("UNESCO Adds Harbour Lighthouse To HERITAGE List",
     "The lighthouse was added by UNESCO on Monday. Its HERITAGE list now holds four sites in the county."),
    ("OFSTED Rates Westmoor SCHOOLS Highly",
     "OFSTED inspectors visited in May.\nThe report on the SCHOOLS project, by Ann Lee, was kind."),
    ("NASA And JAXA Sign Lunar Gateway Deal", "NASA and JAXA signed the agreement in Tokyo on Monday."),
    ("Parsing JSON With SIMD Loops", "We compare two JSON parsers (one uses SIMD instructions) on a laptop."),
]


@pytest.mark.parametrize("title, body", SPELLED)
def test_an_acronym_spelled_in_capitals_in_the_body_is_no_shouting(title, body):
    assert not shouted(body, title)


def test_a_name_written_in_ordinary_case_elsewhere_is_not_spelled_in_capitals():
    # "Brennan" in the body shows the name's spelling; a lone "BRENNAN" in it excuses nothing
    body = PLAIN + " Brennan left early. Later, BRENNAN said nothing more."
    assert shouted(body, "Westlake HUMILIATES BRENNAN in Harbour Debate")
    assert not shouted(PLAIN + " Later, BRENNAN said nothing more.", "Westlake HUMILIATES BRENNAN in Harbour Debate")

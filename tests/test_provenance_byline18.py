"""(byline18) Bylines, mastheads, reposts and speakers who are not named: classes a tester's fresh
documents found, each with sentences written for this test."""

import pytest

from xlplugin import kinds
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

REPORT = ("Ferry fares to rise in spring\n\nBy Ines Calder\n\n"
          "The harbour board approved a rise in ferry fares on Tuesday, its chair Mara Olsen said. "
          "Adult returns will cost £6.40 from April, the board said in a statement. "
          "\"We held fares for three years and fuel has doubled,\" Olsen said. "
          "Commuters can buy a monthly pass at the old price until the end of March, the board said.\n")


def _provenance(text: str):
    return provenance.score(prepare(text), Settings())


def _present(result, kind: str):
    return [e for e in result.evidence if e.kind == kind and e.present]


# --- 1. a relative clause about the claim being checked is no repost marker ---------------------

OTHER_THINGS_ORIGIN = [
    "The video, which first appeared on TikTok on 3 May, shows a ferry listing in a storm.",
    "A message that first appeared in a village group last week claims fares will treble.",
    "The photograph, which was originally published by a holiday blog in 2019, has been cropped.",
    "The rumour, which had first appeared on a forum, was shared 4,000 times.",
    "A quote that was first published in a 1998 pamphlet is now credited to Olsen.",
]


@pytest.mark.parametrize("sentence", OTHER_THINGS_ORIGIN)
def test_another_things_first_appearance_is_no_repost(sentence):
    text = REPORT + "\n" + sentence + " It is false, the board said.\n"
    assert not _present(_provenance(text), "repost markers")
    assert _provenance(text).value == _provenance(REPORT + "\nIt is false, the board said.\n").value
    assert kinds.classify(prepare(text)).kind != "wire or syndicated copy"


@pytest.mark.parametrize("line", [
    "This article was originally published elsewhere.",
    "Originally published on a partner site.",
    "This story first appeared in print.",
])
def test_the_texts_own_repost_line_still_counts(line):
    text = REPORT + "\n" + line + "\n"
    assert _present(_provenance(text), "repost markers")
    assert kinds.classify(prepare(text)).kind == "wire or syndicated copy"


# --- 4. a masthead "NAME - tagline" is no dateline and no shouting ---------------------------------

BODY = ("The harbour board approved a rise in ferry fares on Tuesday, its chair Mara Olsen said. "
        "Adult returns will cost £6.40 from April, the board said in a statement.\n")

MASTHEADS = [
    "THE HARBOUR WATCH \u2014 Weekly Members' Newsletter",
    "THE TAXPAYERS' TRIBUNE \u2014 Freedom Briefing",
    "Coastline Talk \u2014 Episode 48: \"Are ferries worth it?\"",
    "THE QUAYSIDE HERALD \u2013 Issue 112",
    "Sel Coast Notes -- Monthly Digest",
]


def _dateline_cues(text: str):
    return [c for c in kinds.classify(prepare(text)).cues if "dateline" in c]


@pytest.mark.parametrize("masthead", MASTHEADS)
def test_a_masthead_is_no_dateline_and_no_clickbait(masthead):
    text = masthead + "\n\n" + BODY
    result = _provenance(text)
    assert not _present(result, "dateline")
    assert not _present(result, "clickbait headline")
    assert not _dateline_cues(text)
    # a real dateline under the masthead is still read
    dated = masthead + "\n\nHARWICK \u2014 " + BODY
    assert _present(_provenance(dated), "dateline")
    if "newsletter" not in masthead.lower():  # (kinds23) a members' newsletter is no article: no kind cues of news
        assert _dateline_cues(dated)


@pytest.mark.parametrize("line", [
    "HARWICK \u2014 The harbour board met on Tuesday.",
    "PORT ELLIS, March 4 \u2014 Fares will rise in April.",
    "SEL COAST \u2014 Ferry fares will rise, the board said.",
])
def test_a_dateline_is_still_a_dateline(line):
    text = line + "\n\n" + BODY
    assert _present(_provenance(text), "dateline")
    assert _dateline_cues(text)


def test_a_masthead_tagline_may_still_shout():
    text = "THE HARBOUR WATCH \u2014 SHOCKING Ferry SCANDAL Newsletter\n\n" + BODY
    assert _present(_provenance(text), "clickbait headline")


# --- 3. signature blocks and programme credits are bylines ---------------------------------------

UNSIGNED = ("Open letter on the estuary plan\n\nTo the members of the harbour board,\n\n"
            "We write as scientists who have studied the estuary for many years. The plan would narrow "
            "the channel by a third, the board's own survey shows. We ask the board to pause the works "
            "until the survey is published in full.\n\n")

SIGNATURES = [
    "Signed,\nProfessor Ruth Kellaway, University of Brenmouth\nDr Oskar Lind, Tidewater Institute",
    "Yours sincerely,\nDr Samira Haddad",
    "In solidarity,\nCallum Reeve, Estuary Fishers' Union",
    "Peter Ashdown\nChairman, Friends of the Estuary",
    "Marisol Grant\nExecutive Director, Harbour Futures Trust\n\nHarbour Futures Trust is a registered charity.",
]


def _byline(text: str):
    return _present(_provenance(text), "byline")


@pytest.mark.parametrize("signature", SIGNATURES)
def test_a_signature_block_at_the_foot_is_a_byline(signature):
    assert not _byline(UNSIGNED)
    assert _byline(UNSIGNED + signature + "\n")


@pytest.mark.parametrize("foot", [
    "Signed,\nthe board",  # no person's name
    "Regards,\nHarbour Desk",  # a desk, not a person
    "Peter Ashdown\nThe survey was never published, he said.",  # a sentence, no office
    "Harbour News\nDirector of comms said nothing.",  # an outlet's name
])
def test_a_foot_that_names_no_signer_is_no_byline(foot):
    assert not _byline(UNSIGNED + foot + "\n")


@pytest.mark.parametrize("line", [
    "Hosts: Dana Whitlock and Rui Amaral",
    "Transcript. Recorded 2 March 2026. Hosts: Dana Whitlock and Rui Amaral. Guest: Ana Ruiz, a pilot.",
    "Episode notes. Presented by Dana Whitlock.",
    "Hosted by Rui Amaral",
])
def test_a_programmes_credit_is_a_byline(line):
    head = "Talking Tides, episode 9\n\n"
    body = "DANA: Welcome back. Today we talk about the ferry.\n\nRUI: Fares are going up in April.\n"
    assert not _byline(head + body)
    assert _byline(head + line + "\n\n" + body)


# --- 2. anonymous speakers, polls with no pollster and calls to action are no named sources ------

PLAIN = ("Harbour fees to rise\n\nThe harbour board will raise mooring fees in May. "
         "Boat owners will pay about a fifth more than last year. ")


def _named_count(text: str) -> str:
    items = _present(_provenance(text), "named sources with roles")
    return items[0].detail if items else ""


def _attribution_of(text: str, fragment: str):
    doc = prepare(text)
    k = next(k for k, s in enumerate(doc.sentences) if fragment in s.text)
    return doc.analysis.attributions[k]


@pytest.mark.parametrize("sentence", [
    "One angry skipper, who asked not to be named, told the Harbour Post: \"We are being squeezed out.\"",
    "A ferry worker, who did not want to be identified, told the Evening Clarion that staff were worried.",
    "A boat owner, who wished to remain anonymous, told Coast Radio: \"Nobody asked us.\"",
])
def test_the_outlet_an_anonymous_speaker_told_is_no_source(sentence):
    attr = _attribution_of(PLAIN + sentence + "\n", sentence[:20])
    assert attr is not None and attr.kind == "weasel" and "anonymous" in attr.detail
    assert not _named_count(PLAIN + sentence + "\n")


def test_a_named_speaker_who_told_an_outlet_is_still_a_source():
    sentence = "Skipper Ada Lowe told the Harbour Post that the rise was unfair."
    assert _named_count(PLAIN + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "Polls show that a huge majority of boat owners oppose the rise.",
    "Recent polls suggest most skippers will move to other harbours.",
    "Surveys show that owners feel ignored.",
])
def test_polls_with_no_pollster_are_vague(sentence):
    attr = _attribution_of(PLAIN + sentence + "\n", sentence[:15])
    assert attr is not None and attr.kind == "weasel"


def test_a_named_poll_is_still_a_document():
    attr = _attribution_of(PLAIN + "A Harbourwatch poll shows most owners oppose it.\n", "Harbourwatch")
    assert attr is not None and attr.kind == "document"


@pytest.mark.parametrize("sentence", [
    "- Call your councillor and say no to the rise.",
    "Write to your MP and tell them what you think.",
    "Email the harbour master and ask why fees went up.",
    "Phone the board or tell your councillor today.",
])
def test_a_call_to_action_names_no_source(sentence):
    assert not _named_count(PLAIN + "\n\n" + sentence + "\n")

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
    assert _present(_provenance(dated), "dateline") and _dateline_cues(dated)


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

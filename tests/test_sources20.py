"""Bylines, sources and claims read wrong (sources20; every text written for these tests). Each
class has the other reading beside it, which still counts:

1. bylines in other shapes name the writer: a blog's entry line with the date before the credit
   ("Posted on 2 October 2025 by Jan Whitley · 14 Comments"), a live blog's "Live reporting by",
   a paper's author list under its title, and the same lines in a web page's markup; a credit to a
   user name ("Posted by SkyWatcher_Dee on ...") is no named author, and the evidence says so; an
   organisation given as the author is credited to an organisation: no byline, and no "no author".
2. evidence on the wrong sentence: words that report no one are no named source (an imperative
   before a gerund, a contracted pronoun, a label's noun, a noun of saying after its modifiers,
   "without saying"), and a label or an adjective is no primary document ("PRESS RELEASE: ...",
   "Follow-up data"); a named speaker or document still counts.
3. a disclosure or a registration ("Funding:", "Registered charity number ...", an election
   imprint) is page furniture, not an unsourced claim; claims about charities, funding or
   companies still are.
4. a source not allowed to speak ("an official who was not authorised to speak publicly") is an
   anonymous source, as one who asked not to be named is; a title written short before a name
   ("said Dr. Ann Lee") keeps the name in the source's evidence.
"""

from __future__ import annotations

import pytest

from xlplugin.pages import extract_page
from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.speakers import speakers
from xlplugin.text import prepare

SETTINGS = Settings()

# A plain, sourced report with no credit line of its own: the probes put one under its title.
TITLE = "Harbour car park to close for resurfacing"
BODY = ("The harbour car park will close for three weeks from Monday while it is resurfaced, the town council "
        "said on Wednesday. Town clerk Simon Pryce said the surface had broken up after the winter storms. "
        "\"We have patched it four times and it no longer holds,\" Pryce said. Drivers can use the school "
        "field at weekends, the council said.\n")


def _cues(head: str, **given: str) -> dict[str, object]:
    """Provenance's evidence by cue for TITLE, the head line `head` and BODY."""
    doc = prepare(f"{TITLE}\n\n{head}\n\n{BODY}", title=TITLE, **given)
    return {e.kind: e for e in provenance.score(doc, SETTINGS).evidence}


# --- 1. bylines in other shapes -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Posted on 2 October 2025 by Jan Whitley \u00b7 14 Comments",
    "Posted on October 2, 2025 by Jan Whitley",
    "Published 14 March 2026 by Tomasz Brenner | 3 min read",
    "Posted 2026-03-14 by Ruth Okafor",
    "Live reporting by Aoife Kearney and Ben Sutcliffe",
    "Hannah J. Poole, Marcus Tierney, Aisha Rahman, David K. Moss",
    "Ruth Okafor1*, Tomasz Brenner2 and Jan Whitley1",
])
def test_a_credit_in_another_shape_is_the_byline(line: str) -> None:
    cues = _cues(line)
    assert cues["byline"].present and not cues["no author"].present


@pytest.mark.parametrize("line", [
    "Posted on 2 October 2025 by admin",  # a user name, no person
    "Posted on 2 October 2025 in Gardening",  # no credit at all
    "Simon Pryce, Leah Trewin",  # the body's own speaker: a subject line, no author list
    "Hannah Poole, Marcus Tierney, Harbour Council",  # an organisation in the list
    "Penzance, Truro, Falmouth",  # places
])
def test_a_line_that_names_no_writer_is_no_byline(line: str) -> None:
    cues = _cues(line)
    assert not cues["byline"].present and cues["no author"].present


@pytest.mark.parametrize("line, handle", [
    ("Posted by SkyWatcher_Dee on Truth Over Tyneside", "SkyWatcher_Dee"),
    ("Posted in HIDDEN HISTORY by TruthSeeker1969", "TruthSeeker1969"),
    ("r/IAmA \u00b7 Posted by u/harbour_ecology \u00b7 6h", "u/harbour_ecology"),
    ("Written by moss_and_rain", "moss_and_rain"),
])
def test_a_credit_to_a_user_name_is_no_author_and_says_so(line: str, handle: str) -> None:
    cues = _cues(line)
    assert not cues["byline"].present and cues["no author"].present
    assert f"credited to a user name ({handle})" in cues["no author"].detail


@pytest.mark.parametrize("author", ["Harbour Wire", "Reuters", "Kulu Media News Desk"])
def test_an_organisation_given_as_author_is_no_byline_and_no_missing_author(author: str) -> None:
    cues = _cues("", author=author, url="https://quay.example/news/car-park")
    assert not cues["byline"].present and not cues["no author"].present
    # (credit27) a news agency is said to be one: "(Reuters) is a news agency (an organisation)"
    for cue in ("byline", "no author"):
        assert f"({author}) is an organisation" in cues[cue].detail or (
            f"({author}) is a news agency (an organisation)" in cues[cue].detail)
    person = _cues("", author="Jan Whitley", url="https://quay.example/news/car-park")
    assert person["byline"].present and not person["no author"].present


def _page(meta: str, head: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split(". ")) * 3
    return (f"<html><head><title>{TITLE}</title>{meta}<meta property='og:site_name' content='The Quay Post'></head>"
            f"<body><article><h1>{TITLE}</h1>{head}{paragraphs}</article></body></html>")


@pytest.mark.parametrize("head, author", [
    ("<div class='entry-meta'>Posted on 2 October 2025 by Jan Whitley \u00b7 14 Comments</div>", "Jan Whitley"),
    ("<div class='post-meta'>Published 14 March 2026 by Tomasz Brenner</div>", "Tomasz Brenner"),
    ("<p class='byline'>Live reporting by Aoife Kearney and Ben Sutcliffe</p>", "Aoife Kearney; Ben Sutcliffe"),
    ("<p class='byline'>Reported by Ruth Okafor</p>", "Ruth Okafor"),
])
def test_a_pages_credit_line_gives_its_author(head: str, author: str) -> None:
    assert extract_page(_page("<meta name='author' content='Quay Post live team'>", head)).author == author
    assert extract_page(_page("", head)).author == author


@pytest.mark.parametrize("head", [
    "<div class='entry-meta'>Posted on 2 October 2025 in Gardening \u00b7 14 Comments</div>",
    "<div class='entry-meta'>Filed under: Harbour News</div>",
])
def test_a_pages_entry_line_without_a_credit_gives_no_author(head: str) -> None:
    assert extract_page(_page("", head)).author == ""


# --- 2. evidence on the wrong sentence ---------------------------------------------------------------

# A plain report with a byline and no source of its own (so that only the probe can name one).
BASE_PLAIN = "By Nia Powell\n\nThe harbour car park will close for three weeks from Monday.\n\n"


def _probe_cues(text: str) -> dict[str, object]:
    doc = prepare(BASE_PLAIN + text + "\n")
    return {e.kind: e for e in provenance.score(doc, SETTINGS).evidence}


def _named_sources(text: str) -> bool:
    return _probe_cues(text)["named sources with roles"].present


@pytest.mark.parametrize("text", [
    # an imperative before a gerund of saying
    "Avoid adding too much salt to the stock.", "Stop saying sorry for the delay.", "Keep telling yourself it will pass.",
    # a pronoun contracted
    "She'd been saying the same thing for weeks.", "They'd told us the pier was closed.", "He's told everyone about the pier.",
    # a label's noun after a single word
    "Match report and player ratings to follow.", "Transfer claim of the week.",
    # a noun of saying after its modifiers
    "Ask the harbour board and you'll get the same scripted answer about tides.",
    "Critics tried to belittle the pier of the Harbour Board with baseless reports about rust.",
    "The leaflet of the Harbour Trust was a mix of false claims and old photographs.",
    # an act, or nothing said
    "The Harbour Board left the meeting without saying a word.", "Harbour master Leah Trewin walked out without commenting.",
])
def test_words_that_report_no_one_are_no_named_source(text: str) -> None:
    assert not _named_sources(text)


@pytest.mark.parametrize("text", [
    "Smith reports that the pier is safe.", "Harbour master Leah Trewin said the pier was safe.",
    "She answered that the pier was safe, Harbour master Leah Trewin told us.",
    "The Harbour Board issued a statement saying the pier was safe, Leah Trewin said.",
    "Leah Trewin claims the pier is safe.", "The Harbour Board reports that 40 boats were damaged.",
])
def test_a_named_speaker_is_still_a_named_source(text: str) -> None:
    assert _named_sources(text)


@pytest.mark.parametrize("text", [
    "Results: Follow-up data were available for 204 of 240 boats.",
    "Findings: Year-end data were missing for 30 boats.",
    "PRESS RELEASE: Harbour board leaves boat owners footing the bill",
    "News release: Harbour Board names new chair",
])
def test_a_label_or_an_adjective_is_no_primary_document(text: str) -> None:
    assert not _probe_cues(text)["references to primary documents"].present


@pytest.mark.parametrize("text", [
    "A Rolls-Royce report found faults in the crane.",
    "The figures appear in an Audit Office report published last week.",
])
def test_a_named_document_is_still_a_primary_document(text: str) -> None:
    assert _probe_cues(text)["references to primary documents"].present


# --- 3. disclosures and registrations are furniture, not claims ---------------------------------------

CLAIM_BASE = ("The harbour car park will close for three weeks from Monday, the town council said. Harbour "
              "master Leah Trewin said the work would cost 86,000 pounds.\n\n")


def _claims(text: str) -> list[str]:
    """Verdicts of the check-worthy sentences the probe `text` adds to CLAIM_BASE."""
    doc = prepare(CLAIM_BASE + text + "\n")
    return [e.kind for e in unsourced_claims.score(doc, SETTINGS).evidence if e.start >= len(CLAIM_BASE)]


@pytest.mark.parametrize("line", [
    "Registered charity number 1098765.", "Registered Charity No. 204512 (England and Wales).",
    "Charity number SC043921.", "Company number 04512873. VAT number GB 123 4567 89.",
    "Registered in England and Wales No. 04512873.", "Registered office: 3 Dock Road, Quayford QF1 2AB.",
    "Funding: The Quay Trust paid for the 2024 survey (grant 17/45/02).",
    "Competing interests: KB has received fees from two harbour firms since 2021.",
    "Trial registration: ISRCTN 55501234.",
    "Promoted by A. Roe on behalf of the Quay Party, both at 3 Dock Road, Quayford.",
    "Printed by Dockside Print Ltd, 12 Mill Lane, Quayford.",
])
def test_a_disclosure_or_a_registration_is_no_claim(line: str) -> None:
    assert _claims(line) == []


@pytest.mark.parametrize("line", [
    "The charity raised 40,000 pounds in 2025.", "Funding for the pier rose by 40% in 2025.",
    "Registered users fell by a third in 2025.", "Company profits doubled to 3 million pounds last year.",
])
def test_a_claim_about_charities_funding_or_companies_is_still_a_claim(line: str) -> None:
    assert _claims(line) == ["unsourced"]


# --- 4. an official not allowed to speak is unnamed; a title written short keeps its name ---------------

def _source_kinds(text: str) -> list[str]:
    """The kinds of source the attribution pass gives the sentences `text` adds to CLAIM_BASE."""
    doc = prepare(CLAIM_BASE + text + "\n")
    return [a.kind for k, a in enumerate(speakers(doc)) if a is not None and doc.sentences[k].start >= len(CLAIM_BASE)]


@pytest.mark.parametrize("text", [
    "The pier will shut in June, said an official who was not authorised to speak publicly.",
    "\u201cIt will shut in June,\u201d said one engineer, who is not authorized to comment on the work.",
    "A council officer, who was not allowed to speak to the press, said the pier would shut in June.",
    "Two staff members who were not authorised to discuss the budget said the pier would shut in June.",
])
def test_a_source_not_allowed_to_speak_is_an_anonymous_source(text: str) -> None:
    assert _source_kinds(text) == ["weasel"]
    assert not _named_sources(text)


@pytest.mark.parametrize("text, surname", [
    ("\u201cThe pier will shut in June,\u201d said Dr. Ann Lee.", "Lee"),
    ("\u201cThe pier will shut in June,\u201d said Prof. Tomasz Brenner.", "Brenner"),
    ("The pier will shut in June, said Insp. Ruth Okafor of Quay police.", "Okafor"),
    ("\u201cThe pier will shut in June,\u201d said harbour master Leah Trewin.", "Trewin"),
])
def test_a_named_speaker_after_the_quotation_is_named(text: str, surname: str) -> None:
    doc = prepare(CLAIM_BASE + text + "\n")
    found = [a for k, a in enumerate(speakers(doc)) if a is not None and doc.sentences[k].start >= len(CLAIM_BASE)]
    assert [a.kind for a in found] == ["named"]
    assert surname in doc.text[found[0].start:found[0].end]  # the evidence names the speaker, not "said Dr"

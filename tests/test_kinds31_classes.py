"""(kinds31) Kinds that were still wrong, by class: a piece built of insinuation through unnamed sources,
a copy on an aggregator crediting a newspaper, an organisation's own report read by its words and not
by its page's markup. Every text here is written fresh for these tests."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_document
from xlplugin.kinds import classify
from xlplugin.pages import extract_page
from xlplugin.settings import Settings
from xlplugin.text import prepare

NEWS, OPINION, RELEASE, WIRE = "news report", "opinion or analysis", "press release", "wire or syndicated copy"


def _kind(text: str, **meta) -> str:
    """The kind as the engine gives it (the engine passes the loaded language signal it scored)."""
    return score_document(prepare(text, **meta), Settings(), id="t").kind


# --- 1. insinuation through unnamed sources (jaq30's doubt terms) is commentary -----------------------

INSINUATING = [
    """The Dunmore water board raised its charges by 11 per cent on Monday. The increase takes effect in April.

Some residents say the rise was agreed behind closed doors. Others say the board had no choice. Which is it?
Some observers say the speed of the vote raises questions about who was consulted.

Nobody is suggesting anything improper. Still, some are asking whether the board's new chair knew the figures
before the vote. Perhaps the timing is simply a coincidence.""",
    """Kessing Rail has won the contract to run the northern line for another ten years. The bid was the only one.

Some transport experts say the process was fair. Critics say the decision deserves a closer look. Who checked the
other bidders' papers? It remains unclear why two firms withdrew in the final week.

The minister's former adviser now sits on Kessing's board. We may never know the whole story.""",
    """The county will sell the old library on Mill Lane to a hotel group for 3.2 million pounds.

Several local historians believe the building was undervalued. Others argue the sale was long overdue. Some
commentators say the price raises serious questions. Was anyone else ever offered the site?

Some are asking whether the council leader's links to the hotel group were declared. Questions remain, and
nobody seems to be asking them.""",
]

PLAIN_REPORTS = [
    # a vox pop: two unnamed groups of residents, nothing left to the reader's suspicion
    """The Dunmore water board raised its charges by 11 per cent on Monday. The increase takes effect in April.

Some residents say the rise is hard to bear. Others say the pipes badly need work. Board chair Ellen Marsh said
the money would pay for 40 kilometres of new mains, and the regulator, Ofwat, said it had approved the plan in
March.""",
    # one "critics say" among named sources
    """Kessing Rail has won the contract to run the northern line for another ten years, the transport department
said on Tuesday.

Critics say the decision deserves a closer look. Transport minister Alan Pryce said two other firms withdrew
because of the cost of new trains, and the National Audit Office said it would review the award in the spring.""",
    # anonymous sourcing, as a report does it
    """The county will sell the old library on Mill Lane to a hotel group for 3.2 million pounds, according to council
papers published on Friday.

A person familiar with the talks said two other bidders had offered less. Council leader Ruth Carney said the
sale had been declared to the standards committee, which a committee spokesman confirmed.""",
]


@pytest.mark.parametrize("text", INSINUATING)
def test_a_piece_built_of_insinuation_through_unnamed_sources_is_opinion(text):
    assert _kind(text) == OPINION


@pytest.mark.parametrize("text", PLAIN_REPORTS)
def test_reports_with_unnamed_groups_or_anonymous_sources_stay_news(text):
    assert _kind(text) == NEWS


def test_the_cue_names_the_insinuations_found():
    doc = prepare(INSINUATING[0])
    result = score_document(doc, Settings(), id="t")
    kind = classify(doc, loaded=result.signals["loaded_language"])
    cue = next(c for c in kind.cues if c.startswith("the writer's own insinuations"))
    assert "some are asking" in cue.lower() or "raises" in cue.lower()


# --- 2. a copy on an aggregator crediting a newspaper is syndicated copy ------------------------------

BODY = """The harbour trust voted on Thursday to rebuild the east breakwater, which was damaged in the February storms.

The work will cost 6.5 million pounds and take two years, the trust's engineer, Colm Ridley, told the meeting.

Fishing crews said they had lost a month of landings while the harbour mouth was partly blocked. The trust said
a temporary channel would be dredged by the end of May."""

COPIES = [
    # the outlet given with the copy
    dict(raw=BODY, url="https://www.msn.com/en-gb/news/uknews/breakwater-rebuild/ar-AA1xyz9", outlet="Fox News"),
    # a line saying whose article it is
    dict(raw=BODY + "\n\nThis article originally appeared on The Fresno Bee.",
         url="https://news.yahoo.com/breakwater-rebuild-123456789.html"),
    # MSN's "Story by" credit
    dict(raw=BODY, url="https://www.msn.com/en-us/news/world/breakwater/ar-BB1abc", author="Story by Ann Lowe \u2022 Breitbart"),
    dict(raw=BODY, url="https://www.aol.com/news/breakwater-rebuild-0909.html", outlet="The Guardian"),
]

NOT_COPIES = [
    # the aggregator's own article, and a copy that names no original
    dict(raw=BODY, url="https://news.yahoo.com/breakwater-rebuild-123456789.html", author="Story by Ann Lowe \u2022 Yahoo News"),
    dict(raw=BODY, url="https://www.msn.com/en-gb/news/uknews/breakwater-rebuild/ar-AA1xyz9"),
    # a newspaper's own page with its own name as the outlet
    dict(raw=BODY, url="https://www.harbourgazette.example/news/breakwater-rebuild", outlet="Harbour Gazette",
         author="Ann Lowe"),
    # a report on a newspaper's site that mentions another outlet in a sentence
    dict(raw=BODY + "\n\nThe Guardian reported last year that three other harbours had storm damage.",
         url="https://www.harbourgazette.example/news/breakwater-rebuild", outlet="Harbour Gazette"),
]


@pytest.mark.parametrize("meta", COPIES)
def test_a_copy_on_an_aggregator_crediting_an_outlet_is_syndicated_copy(meta):
    kind = classify(prepare(**meta))
    assert kind.kind == WIRE, kind.cues
    assert any(c.startswith("a copy on an aggregator") for c in kind.cues)


@pytest.mark.parametrize("meta", NOT_COPIES)
def test_the_aggregators_own_article_an_uncredited_copy_and_a_newspapers_page_are_not(meta):
    assert classify(prepare(**meta)).kind == NEWS


def test_an_agency_credit_on_an_aggregator_keeps_its_one_cue():
    kind = classify(prepare(BODY, url="https://www.msn.com/en-gb/news/uknews/x/ar-AA1", author="Story by Ann Lowe \u2022 Reuters"))
    assert kind.kind == WIRE
    assert not any(c.startswith("a copy on an aggregator") for c in kind.cues)


def test_a_saved_aggregator_page_whose_markup_credits_a_newspaper_is_syndicated_copy():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = ("<html><head><title>Breakwater to be rebuilt</title><meta property='og:site_name' content='MSN'>"
            "<meta property='og:url' content='https://www.msn.com/en-gb/news/uknews/breakwater/ar-AA1q'></head><body>"
            "<article><h1>Breakwater to be rebuilt</h1><div class='byline'><span>Story by Ann Lowe</span> "
            "<span>\u2022</span> <span>Fox News</span></div>" + paragraphs + "</article></body></html>")
    page = extract_page(html)
    doc = prepare(page.text, url=page.url, outlet=page.outlet, title=page.title, author=page.author, page_type=page.page_type)
    assert classify(doc).kind == WIRE


# --- 3. an organisation's own report: its words, not its markup ----------------------------------------

REPORT = """Report

Cold Homes, Empty Purses: heating costs in rented flats

Summary

Tenants who took part in our survey spent on average 14% of their income on heating last winter. Our researchers
visited 310 rented flats in four cities between November and February and read the meters each month.

Flats with single glazing used about 40% more energy than flats of the same size with double glazing. Nearly a
third of the tenants said they had gone without heating on at least one cold day.

Our recommendations

We are calling on landlords and the housing ministry to fit double glazing in every rented flat by 2030, and to
publish the energy rating of each flat before it is let. We believe this would cut tenants' bills by a fifth.

The full method, including how the flats were chosen, is in the appendix of the report."""


@pytest.mark.parametrize("author, outlet, url", [
    ("", "Warm Homes Trust", "https://warmhomestrust.example/reports/cold-homes/"),  # no author in the markup
    ("Policy and research team", "Warm Homes Trust", "https://warmhomestrust.example/reports/cold-homes/"),
    ("Warm Homes Trust", "Warm Homes Trust", "https://warmhomestrust.example/reports/cold-homes/"),  # was a "personal site"
    ("", "", ""),  # pasted text, nothing known about it
])
def test_an_organisations_own_report_with_its_demands_is_a_press_release(author, outlet, url):
    assert classify(prepare(REPORT, author=author, outlet=outlet, url=url)).kind == RELEASE


@pytest.mark.parametrize("author", ["Harbour Tenants Society", "Eastfield Housing Coalition", "Northmoor City Council",
                                    "Clean Air Campaign", "Riverside Research Centre"])
def test_an_organisation_named_as_its_own_sites_author_is_no_person(author):
    site = "".join(ch for ch in author.lower() if ch.isalpha())
    kind = classify(prepare(PLAIN_REPORTS[0], author=author, outlet=author, url=f"https://www.{site}.example/news/rise"))
    assert not any(c.startswith("a personal site") for c in kind.cues)
    assert kind.kind == RELEASE  # (the author is the organisation that publishes it)


def test_a_persons_own_site_is_still_a_personal_site():
    kind = classify(prepare(PLAIN_REPORTS[0], author="Dana Whitcombe", url="https://danawhitcombe.example/2026/rise"))
    assert any(c.startswith("a personal site") for c in kind.cues)


@pytest.mark.parametrize("text", [
    # a report quoting the charity's demand
    BODY + '\n\n"We are calling on the government to pay for the whole breakwater," said Dara Quinn of the Fishers\' Union.',
    BODY + "\n\nThe union said: \u201cWe\u2019re urging ministers to act before the winter.\u201d",
    # a report on the study, in the third person
    """Tenants in rented flats spent on average 14% of their income on heating last winter, according to a survey by the
Warm Homes Trust published on Monday.

The trust said landlords should fit double glazing in every rented flat by 2030. The landlords' association said
the cost would fall on tenants through higher rents.""",
])
def test_a_report_quoting_or_reporting_the_demand_stays_news(text):
    assert classify(prepare(text, url="https://www.harbourgazette.example/news/x", outlet="Harbour Gazette")).kind == NEWS


@pytest.mark.parametrize("author, url, publishes", [
    ("Warm Homes Trust", "https://warmhomestrust.example/reports/cold-homes/", True),
    ("Eastfield Housing Coalition", "https://www.eastfieldhousingcoalition.example/news/", True),
    ("Dana Whitcombe", "https://danawhitcombe.example/2026/rise", False),  # a person's own site
    ("Warm Homes Trust", "https://www.harbourgazette.example/news/x", False),  # named on another publisher's page
])
def test_an_organisation_publishing_on_its_own_site_speaks_as_we(author, url, publishes):
    # (loaded language reads this: the organisation's "we" is the issuer naming itself, no argued voice)
    from xlplugin.kinds import organisation_publishes

    assert organisation_publishes(prepare(REPORT, author=author, url=url)) is publishes

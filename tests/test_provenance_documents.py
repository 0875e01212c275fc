"""provenance 17: what counts as a reference to a primary document, the weight of named sources,
and kinds of text that read well but say nothing of where they come from (texts written for
these tests)."""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

CUE = "references to primary documents"
CLAIM = "Ferry crossings on the northern route fell by a third between 2015 and 2020"


def _cue(text: str, name: str = CUE, **meta):
    result = provenance.score(prepare(text, **meta), Settings())
    return next(e for e in result.evidence if e.kind == name)


@pytest.mark.parametrize("text, shown", [
    (f"{CLAIM} (doi:10.4321/ferries.2021.7). Fares rose over the same years.", "doi:10.4321/ferries.2021.7"),
    (f"{CLAIM} (Aaltonen and Mbeki, 2021). Fares rose over the same years.", "(Aaltonen and Mbeki, 2021)"),
    (f"{CLAIM}, as Aaltonen et al. (2021) counted from harbour logs. Fares rose too.", "Aaltonen et al. (2021)"),
])
def test_an_in_text_citation_is_a_reference_to_a_document(text, shown):
    cue = _cue(text)
    assert cue.present and cue.text == shown and "in-text citation" in cue.detail


def test_a_publication_named_after_published_in_is_a_document():
    cue = _cue(f"{CLAIM}, in a study published in the Journal of Coastal Transport last spring. Fares rose too.")
    # (sources21) the evidence holds the publication's whole name, not its first word
    assert cue.present and cue.text == "published in the Journal of Coastal Transport"


@pytest.mark.parametrize("after", ["published in May", "published in a hurry", "published in 2021"])
def test_a_date_or_a_lower_case_word_after_published_in_is_no_document(after):
    assert not _cue(f"{CLAIM}, in a study {after} by the harbour office. Fares rose too.").present


def test_a_reference_list_under_its_heading_is_a_reference_to_documents():
    text = (f"{CLAIM} [1]. Fares rose over the same years [2].\n\nReferences\n\n"
            "1. Aaltonen, K. (2021). Northern ferry routes, 2015-2020. Coastal Transport 9(2): 11-30.\n"
            "2. Mbeki, T. and Ruiz, P. (2022). Fares and subsidies. Harbour Economics 4(1): 1-19.\n")
    cue = _cue(text)
    assert cue.present and cue.text.startswith("1. Aaltonen")


def test_the_old_code_found_nothing_in_these_texts():
    # the same texts without their citation: the cue is absent (so the tests above test the citation)
    assert not _cue(f"{CLAIM}. Fares rose over the same years.").present


@pytest.mark.parametrize("link, present", [
    ("https://t.co/Xy12abCD", False),  # a social-media post
    ("https://www.some-outlet.example/2021/ferries-story", False),  # another page, not a document
    ("https://www.patreon.com/someblog", False),
    ("https://harbour.example.org/files/ferry-statistics-2020.pdf", True),  # a document file
    ("https://doi.org/10.4321/ferries.2021.7", True),
    ("https://www.transport.gov.uk/ferry-statistics", True),  # a government site
    ("https://stats.uni-example.edu/ferries", True),  # a university's site
])
def test_a_link_is_a_reference_to_a_document_only_when_it_points_at_one(link, present):
    assert _cue(f"{CLAIM}, the harbour office says in figures at {link} . Fares rose too.").present is present


def test_named_sources_weigh_more_than_quotes():
    weights = {cue.name: cue.weight for cue in provenance.CUES}
    assert weights["named sources with roles"] == 15 and weights["attributed direct quotes"] == 3
    # the positive cues still sum to 60: every positive cue and no negative one is 100
    assert sum(provenance.POSITIVE.values()) == 60


@pytest.mark.parametrize("title, listicle", [
    ("12 Best Beaches You Need To Visit This Summer", True),
    ("Top 10 Hiking Trails For Families", True),
    ("7 Most Beautiful Lighthouses On The Coast", True),
    ("12 injured as ferry strikes harbour wall", False),
    ("3 councils agree to share ferry costs", False),
])
def test_a_numbered_ranking_headline_is_a_listicle(title, listicle):
    cue = _cue("The ferry left the harbour at noon on Monday with forty passengers on board.", "clickbait headline",
               title=title)
    assert cue.present is listicle


PRESS = """The Harbourside Inn is thrilled to announce the opening of its new garden restaurant, offering guests seasonal dishes made with vegetables from the inn's own beds. The restaurant seats sixty and opens every evening from Wednesday to Sunday.

Guests can also enjoy a renewed terrace bar with views over the marina, and the inn's twenty rooms have been refurnished for the new season. The Harbourside Inn has welcomed visitors for more than forty years and remains a favourite for weekend breaks.

For reservations and media enquiries, please contact the front desk."""

LISTICLE = """Summer is coming, and nothing beats a day by the water. These are the finest lakes in the country, ranked.

1. Silver Lake. The clearest water anywhere, and the softest sand you will ever walk on. Thousands of visitors come every week.

2. Heron Water. The most stunning sunsets in the north. It is the top choice for couples.

3. Reed Pond. The quietest shore on the list and the cheapest parking. Almost everyone who goes there loves it.

Whichever lake you choose, pack a picnic and enjoy the best summer of your life."""

SATIRE = """Residents of a quiet street gathered on Sunday to watch a local man accept the surrender of his garden shed, ending a dispute that had lasted nine years. The ceasefire was signed on an upturned bucket beside the compost heap.

The shed, represented throughout by a family of spiders, made no comment. Neighbours noted that a rusty padlock appeared to have escaped the agreement and may hold out until spring.

The man plans to celebrate by sitting in a deck chair and looking at the shed for several hours."""

REPORT = """By Ines Kowalczyk
Published May 6, 2025

NORTHPORT — The regional transport board voted 6 to 3 on Thursday to keep the winter ferry timetable for two more years, after a passenger survey found that 58 percent of islanders use the ferry at least once a week.

The survey, carried out by the board's statistics office, counted 1,240 replies from the four inhabited islands. "The winter crossings are how people get to work and to hospital," said Leo Varga, the board's chair.

Board member Sara Duarte, who voted against the plan, said the money would be better spent on a new pier. "We are keeping an old timetable alive with subsidies," she said.

The board's finance director, Omar Haidari, said the timetable would cost about 3.1 million euros a year, according to the budget published with the decision."""


def test_a_plainly_sourced_report_outranks_texts_that_say_nothing_of_their_sources():
    texts = {"press release": (PRESS, "Harbourside Inn Opens Garden Restaurant"),
             "listicle": (LISTICLE, "9 Best Lakes You Must Swim In This Summer"),
             "satire": (SATIRE, "Man Wins Nine-Year War Against Garden Shed"),
             "report": (REPORT, "Winter Ferry Timetable Kept For Two More Years")}
    results = {name: score_text(text, title=title) for name, (text, title) in texts.items()}
    index = {name: r.reliability for name, r in results.items()}
    prov = {name: r.signals["provenance"].value for name, r in results.items()}
    for other in ("press release", "listicle", "satire"):
        # for the right reason: the report says who wrote it, when, and who said what
        assert index["report"] > index[other], index
        assert prov["report"] >= prov[other] + 30, prov
    present = {e.kind for e in results["report"].signals["provenance"].evidence if e.present}
    assert {"byline", "publication date", "named sources with roles"} <= present
    listicle = {e.kind for e in results["listicle"].signals["provenance"].evidence if e.present}
    assert {"clickbait headline", "no author"} <= listicle


def test_a_name_after_a_document_and_its_verb_is_no_publication():
    # "the documents say" is a document without a name; "Mayor Lund" is who they are about
    assert not _cue(f"{CLAIM}. The documents say Mayor Lund knew of the plan in 2019.").present


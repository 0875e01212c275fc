"""Kinds version 52 (indep32): a headline that opens with a word an organisation's page uses as
its name ("Home Office ...", "Home Secretary ...", "Welcome to Epping, where ...", "About 300 jobs
...", "Services resume ...", "Contact lost ...") or that mentions comments or a forum ("TV chef's
comments on ...", "World Economic Forum opens ...") is a news report's headline, not an
organisation page's or a forum's title: such reports had no index. The page's own names keep
their cues: "About us", "Services | Harbour Law LLP", "Kontakt - Kanzlei Beispiel", "Welcome to
Harbour Law LLP", "Comments", "Greenfingers Forum | Vegetables". Fixtures are written for these
tests.
"""

import pytest

from xlplugin import kinds, prepare

REPORT = (
    "The regional transport authority confirmed on Tuesday that it would cut two evening bus routes from "
    "March, saying passenger numbers had fallen by a third since 2019.\n\n"
    "Karen Doyle, the authority's director of services, said the routes cost about £400,000 a year to run. "
    "\"We have looked at every option, and these routes carry fewer than ten people on most journeys,\" she said.\n\n"
    "The Passengers' Association said the cuts would leave shift workers without a way home. Its chair, "
    "Tom Rees, said the authority should have consulted more widely before deciding.\n\n"
    "The authority said it would review the decision in a year and publish the figures it used."
)

ORG_CUE = "the title names an organisation page"
FORUM_CUE = "the title names a forum"


def _kind(title: str) -> kinds.Kind:
    return kinds.classify(prepare(REPORT, title=title))


@pytest.mark.parametrize("title", [
    "Home Office deportation flight leaves Stansted with eleven people on board",
    "Home Secretary defends cost of removal flights",
    "Home sales fall for third month as rates bite",
    "Welcome to Epping, where the hotel is full but the questions go unanswered",
    "About 300 jobs to go as bus depot closes",
    "Services resume after three-day rail strike",
    "Contact lost with weather satellite over Atlantic",
    "Willkommen in der Rezession: Exporte brechen ein",
])
def test_headlines_opening_with_a_page_word_are_reports(title):
    kind = _kind(title)
    assert kind.kind == "news report"
    assert not any(ORG_CUE in c for c in kind.cues)


@pytest.mark.parametrize("title", [
    "TV chef's comments on vegan food prompt online row",
    "World Economic Forum opens in Davos amid protests",
    "Minister's comments spark row over school meals",
    "Police investigate thread of threats against councillor",
])
def test_headlines_mentioning_comments_or_a_forum_are_reports(title):
    kind = _kind(title)
    assert kind.kind == "news report"
    assert not any(FORUM_CUE in c for c in kind.cues)


@pytest.mark.parametrize("title", [
    "About us",
    "About Us | Harbour Law LLP",
    "Services | Harbour Law LLP",
    "Kontakt - Kanzlei Beispiel",
    "Über uns | fairkom",
    "Home",
    "Homepage - Millbrook Rowing Club",
    "Welcome to Harbour Law LLP",
    "Willkommen bei Hundeverein Musterstadt",
    "Contact us",
])
def test_an_organisations_own_page_names_keep_their_cue(title):
    assert any(ORG_CUE in c for c in _kind(title).cues)


@pytest.mark.parametrize("title", [
    "Comments",
    "Greenfingers Forum | Vegetables",
    "Thread: best feed for tomatoes",
    "Gästebuch - Schützenverein Musterstadt",
    "Vegetables - Greenfingers Forum",
])
def test_a_forums_own_page_names_keep_their_cue(title):
    assert any(FORUM_CUE in c for c in _kind(title).cues)

"""(kinds32) A page written for search engines as a ranking ("Best Air Fryers in 2026", "Top 10 Best Dog Beds",
"Buyer's Guide") is not an article: the ranking's search words and the thing ranked stuffed in, singular and plural
counted as one (xlplugin.search_pages). Such pages were news reports with an index (84), or press releases with one
where they said "this post contains affiliate links" (87.5). Near misses that keep their kind and index: a critic's
roundup of phones with a byline, a report on a builder's best year, a review with an affiliate disclosure. Every text
here is written fresh for these tests.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds
from xlplugin.cells import unscored_why  # (status45: the whole reason is the Why; the Status says its head)
from xlplugin.engine import score_document
from xlplugin.search_pages import search_page
from xlplugin.settings import Settings
from xlplugin.text import prepare

NEWS, OPINION = "news report", "opinion or analysis"


def _result(text: str, **meta):
    return score_document(prepare(text, **meta), Settings(), id="t")


def _ranking(thing: str, things: str, opening: str, closing: str = "") -> str:
    return (f"{opening}\n\n"
            f"Looking for the best {thing}? We have compared the best {things} on sale this year so that you can pick "
            f"the right {thing} for your home.\n\n"
            f"1. Model A: the best {thing} overall. Quick, quiet and easy to clean, it is the {thing} most buyers should "
            "choose.\n\n"
            f"2. Model B: the best budget {thing}. Cheaper {things} cut corners, but this one does not.\n\n"
            f"3. Model C: the best large {thing}. For a big family, a large {thing} saves time every week.\n\n"
            f"How to choose the best {thing}\n\nThink about size, price and how often you will use it. The best {things} "
            "are the ones that fit your kitchen and your budget.\n\n"
            f"{closing}")


RANKINGS = [
    _ranking("air fryer", "air fryers", "Best Air Fryers in 2026: 7 Top Picks Tested"),
    _ranking("dog bed", "dog beds", "Top 10 Best Dog Beds for Large Dogs (2026 Buyer's Guide)"),
    _ranking("coffee grinder", "coffee grinders", "Coffee Grinders: The Best Coffee Grinders of 2026",
             "Check the latest price on Amazon before you buy."),
    # the tie that kept one an article: an affiliate disclosure (a press release's cue, 3)
    _ranking("running shoe", "running shoes", "Best Running Shoes for Flat Feet in 2026",
             "This post contains affiliate links, and we may earn a commission if you buy through them."),
]


@pytest.mark.parametrize("text", RANKINGS)
def test_a_ranking_written_for_search_is_not_an_article_and_has_no_index(text):
    result = _result(text)
    assert result.kind == kinds.NOT_ARTICLE, result.kind_cues
    assert result.reliability is None
    assert "a page written for search engines" in unscored_why(result), unscored_why(result)


def test_the_singular_and_the_plural_of_the_thing_count_as_one_phrase():
    # "best electric bike" three times, "best electric bikes" four (the title's too): neither alone five times
    text = ("Best Electric Bikes for Commuting in 2026\n\n" + " ".join(
        ["The best electric bike for a long ride has a big battery and good brakes on every steep hill in town."] * 3
        + ["Riders who want the best electric bikes for the city should look at folding frames and light wheels."] * 3))
    note = search_page(text.lower())
    assert note is not None and "'best electric bike' x7" in note, note


NEAR_MISSES = [
    # a critic's roundup with a byline: it ranks phones, but writes about each one in its own words
    (OPINION, """The best budget phones of 2026, tested

By Hannah Cole

I have spent the last two months living with eleven phones that cost under 300 pounds, and the gap between the
cheapest and the rest has never been smaller. My favourite is the Nimbus 5a: its screen is bright enough for a sunny
platform, its battery lasted me two full days, and its camera handles a dim pub better than phones twice its price.

If you want the longest software support, the Orchard SE gets updates until 2032, though its charger is painfully
slow. The Tenna Go is the one to avoid: it looked fine in the box and stuttered within a week.

Whichever you choose, buy from a shop that lets you return it within a month: a budget phone that feels slow in your
hand is no bargain."""),
    # a report on a builder's best year, repeating its subject's name
    (NEWS, """Kelby Homes reports best year for sales in 2025

Kelby Homes sold 1,480 new homes in 2025, its best year for sales since the firm was founded, the company said on
Tuesday.

Kelby Homes chief executive Mark Dunn said demand had recovered as mortgage rates fell. Kelby Homes expects to
build 1,600 homes this year, he said, most of them in the East Midlands.

Analysts at Peel Hunt said Kelby Homes had gained market share from larger rivals. Kelby Homes shares rose 4 per
cent. The Home Builders Federation said completions across the industry rose 6 per cent in 2025."""),
    # a signed review that discloses an affiliate link
    (OPINION, """Review: the Kestrel K2 air fryer is the one I would buy

By Omar Haddad

I cooked in the Kestrel K2 every day for three weeks, from frozen chips to a whole chicken, and it never let me
down. It is quieter than the two rivals I tested beside it, and its basket is the easiest to clean.

The controls are fiddly and the manual is useless, but at 89 pounds it is the best value I have found.

This post contains affiliate links: we may earn a commission if you buy through them."""),
]


def test_a_ranking_in_a_paragraph_over_repeated_furniture_is_no_search_page():
    # "top 10 best" inside a long paragraph, and the most repeated phrase the page's own sign-up line
    furniture = "\n\nGet the Harwick Courier morning briefing delivered free every day.\n\n"
    text = ("The season is over, and what a season it was for Harwick Town, who won promotion on the last day after "
            "twenty years in the lower leagues, with crowds at the Dell up by a third. Read on for our top 10 best "
            "moments of the season, chosen by our sports desk.") + furniture + furniture.join(
        f"{n}. {moment}" for n, moment in enumerate(
            ["The late winner at Fenby in August.", "The cup run to the fifth round.", "Ali Reza's hat-trick in March.",
             "The 4-0 derby win.", "The last-day promotion party."], start=1))
    assert search_page(text.lower()) is None


@pytest.mark.parametrize("kind,text", NEAR_MISSES)
def test_a_critics_roundup_a_report_and_a_review_keep_their_kind_and_index(kind, text):
    result = _result(text)
    assert result.kind == kind, result.kind_cues
    assert result.reliability is not None
    assert not any("search engines" in cue for cue in result.kind_cues)

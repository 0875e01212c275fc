"""Adverts and company puffery that passed as articles (promo26, a tester's fresh documents of session 21). Each test is
a class of cases written for this project; the near misses keep their kind and their loaded language:

1. a seller's superlative is sales pressure (one exaggeration term, "a seller's superlative"): the seller's own product
   ("our most powerful laptop ever", "the thinnest tablet we have ever built"), and a product ranked over the market
   ("the best upgrade you can buy", "Nothing else comes close") in a text that sells (urgency, a discount code). Not a
   report's record ("the most expensive painting ever sold"), a list's name ("our most-read stories"), a review's
   verdict ("the best phone I have tested this year"), or a ranking in a text that sells nothing.
2. urgency in an advert's own words: "only for a limited time", "Hurry, ...".
3. an advert with no label written as a story (a price, where to buy or a discount code, and sales pressure in the
   writer's own words) and a company's own launch post ("We're thrilled to introduce ...") are a press release that
   keeps its index. A report on a launch quoting the chief executive's superlatives, a signed consumer review, a shop's
   price list and a charity appeal keep their kinds.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, prepare, sales_pressure, score_text


def _kind(text: str, title: str = "") -> kinds.Kind:
    return kinds.classify(prepare(text, title=title))


def _pressed(text: str) -> list[tuple[str, str]]:
    doc = prepare(text)
    return [(" ".join(doc.lowers[a:b]), what) for a, b, what in sales_pressure.pressures(doc)]


def _superlatives(text: str) -> list[str]:
    return [words for words, what in _pressed(text) if what == sales_pressure.SUPERLATIVE]


def _loaded(text: str, detail: str) -> list[tuple[str, str]]:
    """The loaded-language evidence whose detail is `detail`, as (kind, words)."""
    signal = score_text(text).signals["loaded_language"]
    return [(e.kind, e.text) for e in signal.evidence if e.detail == detail]


# --- 1. a seller's superlative ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Meet the Aldergrove 7, our most powerful tablet ever.",
    "The new Corvid range is our lightest yet, and it folds flat.",
    "This is the thinnest tablet we have ever built, at just 5.1 millimetres.",
    "Its camera is the sharpest we've ever shipped in a phone of this size.",
    "The Tidewell kettle is our fastest and most efficient kettle ever.",
    "The Aldergrove 7 is here, and it is our most powerful ever.",
])
def test_a_seller_praising_its_own_product_is_sales_pressure(sentence):
    found = _superlatives(f"Our spring launch is here.\n\n{sentence}\n\nIt comes in three colours.")
    assert len(found) == 1, found


@pytest.mark.parametrize("sentence", [
    "It was the most expensive painting ever sold at the auction house.",
    "Forecasters said it was the largest storm ever recorded in the bay.",
    "Here are our most-read stories of the week.",
    "Our most recent survey found that bus use had fallen.",
    "It was the biggest crowd we have ever seen at the ground, the steward said.",
    "Our best reporters have covered the court since 2019.",
    "The city's tallest building was designed by a local firm.",
])
def test_a_superlative_a_report_states_is_no_sales_pressure(sentence):
    assert _superlatives(f"{sentence}\n\nThe council meets again on Monday.") == []


_RANKED = [
    "The Brightline blender is simply the best kitchen upgrade you can buy this year.",
    "It is the most comfortable mattress ever made.",
    "Nothing else comes close.",
    "These are the smoothest headphones on the market.",
]


@pytest.mark.parametrize("sentence", _RANKED)
def test_a_product_ranked_over_the_market_counts_where_the_text_sells(sentence):
    selling = f"{sentence}\n\nOrder yours today at brightline-shop.com while stocks last."
    coded = f"{sentence}\n\nUse the code SPRING20 at checkout."
    assert len(_superlatives(selling)) == 1, _pressed(selling)
    assert len(_superlatives(coded)) == 1, _pressed(coded)


@pytest.mark.parametrize("sentence", _RANKED)
def test_a_ranking_in_a_text_that_sells_nothing_is_no_sales_pressure(sentence):
    assert _superlatives(f"{sentence}\n\nThe firm opened its first shop in Leeds in 1998.") == []


@pytest.mark.parametrize("verdict", [
    "It is the best phone I have tested this year, and the battery lasts two days.",
    "For my money, it is the best phone you can buy right now.",
    "I think this is the most comfortable mattress ever made.",
])
def test_a_reviewers_verdict_is_no_sales_pressure(verdict):
    # the review links to a shop with a deadline: still the reviewer's verdict, not the seller's claim
    review = (f"I have been using the Sable 4 for three weeks.\n\n{verdict}\n\n"
              "The camera struggles in dim light. Buy now before Friday and the case is free.")
    assert _superlatives(review) == [], _pressed(review)


@pytest.mark.parametrize("tested", ["We tested the Sable 4 for three weeks.", "In our testing, the battery lasted two days.",
                                    "I've been using the Sable 4 since March."])
def test_a_review_desk_that_tested_the_product_gives_a_verdict(tested):
    review = (f"{tested}\n\nIt is the best phone you can buy at this price.\n\n"
              "The camera struggles in dim light. Order now and the case is free.")
    assert _superlatives(review) == [], _pressed(review)
    # the same text without the testing sentence is a seller's
    assert len(_superlatives(review.split("\n\n", 1)[1])) == 1


# --- 2. urgency in an advert's words ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("The price is $39, but only for a limited time.", "only for a limited time"),
    ("Hurry, the offer ends on Sunday.", "hurry"),
    ("Hurry! Stocks are low.", "hurry"),
])
def test_an_adverts_urgency_counts(sentence, words):
    assert (words, sales_pressure.URGENCY) in _pressed(sentence)


@pytest.mark.parametrize("sentence", [
    "The museum is open for a limited time each winter.",
    "Don't hurry, the guide said, the path is steep.",
    "There was no need to hurry home.",
])
def test_urgency_words_in_plain_use_do_not_count(sentence):
    assert not any(what == sales_pressure.URGENCY for _, what in _pressed(sentence))


# --- 3. kinds: adverts with no label and a company's own launch -------------------------------------------------

_ADVERTORIALS = [
    ("This Little Garden Tool Is Flying Off the Shelves\n\n"
     "Gardeners up and down the country are throwing out their old shears for the Snipwell Pro, the most advanced "
     "pruner ever made. It cuts branches as thick as a thumb with one squeeze and never needs sharpening.\n\n"
     "The Snipwell Pro is simply the best garden tool you can buy this spring. Nothing else comes close.\n\n"
     "Right now it costs just $34.95, down from $89.00, but only for a limited time. This deal won't last.\n\n"
     "Order yours today at snipwell-store.com and use the code GROW30 for an extra 30% off."),
    ("Why Thousands of Dog Owners Are Switching Bowls\n\n"
     "A bowl that slows down greedy eaters has become the surprise hit of the year. The Lapwell bowl is the smartest "
     "feeder on the market, and vets in three states have noticed.\n\n"
     "Its ridged design means dogs eat more slowly, and it goes in the dishwasher.\n\n"
     "The bowl is now \u00a319.99 instead of \u00a345, for the next 48 hours only. Hurry, stocks are running out.\n\n"
     "Get yours from lapwell.co.uk while stocks last."),
]

_LAUNCHES = [
    ("Introducing the Nimbus X2\n\n"
     "We're thrilled to introduce the Nimbus X2, our most powerful laptop ever. It is the thinnest machine we have ever "
     "built, with a battery that lasts a full working day and more.\n\n"
     "The new display is brighter, the keyboard is quieter, and the speakers fill a room.\n\n"
     "The Nimbus X2 is available today at nimbus-computers.com and in our stores, from $1,299."),
    ("Say hello to Corvid Brew\n\n"
     "We are proud to unveil Corvid Brew, the finest cold brew we have ever made. It is our smoothest coffee yet, "
     "steeped for twenty hours in small batches at our roastery.\n\n"
     "Each can holds 250 ml and there is no added sugar.\n\n"
     "Corvid Brew is available now at corvidcoffee.com, $3.50 a can or $36 for a case of twelve."),
]


@pytest.mark.parametrize("text", _ADVERTORIALS + _LAUNCHES)
def test_an_unlabelled_pitch_and_a_launch_post_are_a_press_release_with_an_index(text):
    kind = _kind(text)
    assert kind.kind == kinds.PRESS_RELEASE and not kind.no_index, kind
    result = score_text(text)
    assert result.kind == kinds.PRESS_RELEASE and result.reliability is not None


@pytest.mark.parametrize("text", _ADVERTORIALS + _LAUNCHES)
def test_the_pitch_counts_as_loaded_language(text):
    found = _loaded(text, sales_pressure.SUPERLATIVE)
    assert found and all(kind == "exaggeration" for kind, _ in found), found


_LAUNCH_REPORT = (
    "SAN JOSE, Calif. (Tech Desk) - Nimbus Computers on Tuesday unveiled a thinner laptop, the X2, as it tries to win "
    "back students from cheaper rivals.\n\n"
    "\"We're thrilled to introduce the Nimbus X2, our most powerful laptop ever,\" chief executive Dana Whitfield told "
    "an audience of developers. \"It is the thinnest machine we have ever built.\"\n\n"
    "Analysts were more cautious. Priya Raman of Harlow Research said the price, from $1,299, was high for students, "
    "and that battery claims would need testing.\n\n"
    "The laptop is available today at nimbus-computers.com, the company said. Sales of its older models fell 8% last "
    "year, according to its annual report."
)

_REVIEW = (
    "Sable 4 review: the best phone I have tested this year\n\n"
    "By Tom Greer\n\n"
    "I have been using the Sable 4 for three weeks, and it has won me over. It is the best phone I have tested this "
    "year, and the battery lasts two days.\n\n"
    "The camera is the weak spot: in dim light, photos turn muddy, and the zoom is soft. I also miss a headphone "
    "socket.\n\n"
    "At $699 it is not cheap, but in my view it is worth it. You can buy it at sable-mobile.com or from most networks."
)

_PRICE_LIST = (
    "Harbour Bakery - price list\n\n"
    "White loaf $3.20\nSourdough $4.80\nRye $4.50\nCroissant $2.10\nCinnamon bun $2.60\nBaguette $2.90\n"
    "Seeded roll $0.90\nCarrot cake slice $3.40\n\n"
    "Order online at harbourbakery.com. Use the code BREAD10 for 10% off your first order.\n"
    "Opening hours: Tuesday to Saturday, 7am to 3pm."
)

_APPEAL = (
    "This winter, families on our estates need you\n\n"
    "When the heating goes off, children go to bed in coats. Last winter our volunteers delivered 3,100 food parcels "
    "and 400 emergency heaters across the town.\n\n"
    "A gift of $25 could buy a heater for a family with a newborn. A gift of $50 could keep a family fed for a week.\n\n"
    "Please donate today at northfieldtrust.org. Every dollar you give goes to families in the town.\n\n"
    "Northfield Trust is a registered charity, number 1089901."
)


@pytest.mark.parametrize("opening", ["We're thrilled to introduce", "We are so excited to unveil", "We’re proud to launch",
                                     "We are delighted to announce"])
def test_a_company_introducing_its_own_product_is_a_press_release(opening):
    text = (f"{opening} the Kestrel bike light, built for dark country lanes.\n\n"
            "It clips to any handlebar in seconds and charges over USB. The beam reaches 120 metres, and the battery "
            "lasts four hours on full power.\n\nThe Kestrel comes in black or orange.")
    kind = _kind(text)
    assert kind.kind == kinds.PRESS_RELEASE and not kind.no_index, kind
    quoted = (f"The cycling firm Kestrel launched a bike light on Monday. \"{opening} the Kestrel,\" its founder, Ana Ruiz, "
              "told reporters in Leeds.\n\nThe light costs 40 pounds, the firm said. Cycling groups said they would test "
              "its beam on country lanes before recommending it.")
    if "announce" not in opening:  # (kinds.txt's older "announcement wording" rule reads quotations too: left alone)
        assert _kind(quoted).kind == kinds.NEWS, _kind(quoted)


def test_a_report_on_a_launch_quoting_the_chief_executive_stays_a_report():
    kind = _kind(_LAUNCH_REPORT)
    assert kind.kind == kinds.NEWS, kind
    assert not any(kind == "exaggeration" for kind, _ in _loaded(_LAUNCH_REPORT, sales_pressure.SUPERLATIVE))


def test_a_signed_consumer_review_is_no_press_release_and_its_verdict_no_pressure():
    kind = _kind(_REVIEW)
    assert kind.kind == kinds.OPINION, kind
    assert _loaded(_REVIEW, sales_pressure.SUPERLATIVE) == []


def test_a_shops_price_list_is_still_not_an_article():
    kind = _kind(_PRICE_LIST)
    assert kind.kind == kinds.NOT_ARTICLE, kind


def test_a_charity_appeal_stays_a_fundraising_appeal_without_a_sellers_superlative():
    kind = _kind(_APPEAL)
    assert kind.kind == kinds.PRESS_RELEASE and not kind.no_index, kind
    assert not any("seller's pitch" in cue or "its own product" in cue for cue in kind.cues), kind.cues
    assert _loaded(_APPEAL, sales_pressure.SUPERLATIVE) == []


# --- 4. the headline (provenance's clickbait cue) -----------------------------------------------------------------

_BODY = ("The kettle boils a litre in under two minutes and switches off by itself. It comes in four colours and has a "
         "two-year warranty.\n")


def _headline_pressure(title: str, in_text: bool) -> str:
    from xlplugin.scorers import provenance
    from xlplugin.settings import Settings

    doc = prepare(title + "\n\n" + _BODY, title=title) if in_text else prepare(_BODY, title=title)
    cue = {e.kind: e for e in provenance.score(doc, Settings()).evidence}["clickbait headline"]
    return cue.detail if cue.present else ""


@pytest.mark.parametrize("in_text", [True, False])
@pytest.mark.parametrize("title", ["Our Most Powerful Kettle Ever", "The Thinnest Kettle We Have Ever Built"])
def test_a_sellers_superlative_in_the_headline_is_no_clickbait_shape(title, in_text):
    assert "sales pressure" not in _headline_pressure(title, in_text)


@pytest.mark.parametrize("in_text", [True, False])
@pytest.mark.parametrize("title", ["Hurry! The Tidewell Kettle Sale Ends Soon", "Half Price, Only for a Limited Time"])
def test_an_adverts_urgency_in_the_headline_is_sales_pressure(title, in_text):
    assert "urgency to buy or act" in _headline_pressure(title, in_text)

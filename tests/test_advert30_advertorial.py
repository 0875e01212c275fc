"""An advert written as a story, with no label (advert30, fresh29 defect 1): a customer's story that ends in the seller's
offer is a press release with no index, its Status saying why (promo_labels.advertorial). promo26's sales_pitch missed
it: the offer is a discount, not a price; the shop is "the X website", not a web address; the deadline is no loaded word.
Near misses that stay reports: a recall, a price war told on the chain's word, a consumer column comparing shops, a
charity appeal and a critic's review of a shop. Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, prepare, promo_labels, score_text
from xlplugin.cells import status_text


def _kind(text: str) -> kinds.Kind:
    return kinds.classify(prepare(text))


_ADVERTORIALS = [
    # a testimonial by first name, age and town; a discount; "ordering through the X website"; a date
    ("Cold feet kept Peter awake for years. Peter, 74, from Harrogate, tried everything from bed socks to hot-water "
     "bottles. \"Nothing worked until my daughter bought me the ToastyToes 50 foot warmer,\" he says. The ToastyToes 50 "
     "plugs into any socket and warms up in two minutes. \"I fall asleep in ten minutes now,\" he says. Readers can get "
     "25 per cent off by ordering through the ToastyToes website before 15 January."),
    # a testimonial; free delivery; "call now on"; "while stocks last"
    ("Gardening had become a struggle for Irene. Irene, 66, from Swansea, has arthritis in both hands and could no "
     "longer grip her shears. \"I thought I would have to give up the allotment,\" she says. Then she found the "
     "GripEase Pro pruner, which cuts with half the effort. \"It has given me my garden back,\" she says. The GripEase "
     "Pro comes with free delivery: call now on 0800 555 0199, while stocks last."),
    # no testimonial: a brand named with its model three times and an offer to the reader, "online at", a deadline
    ("Damp walls are a winter misery in older houses. The DryHome 12 dehumidifier pulls up to twelve litres of water a "
     "day from the air and runs quietly enough for a bedroom. The DryHome 12 also has a laundry mode that dries "
     "washing indoors. Owners of the DryHome 12 say their windows no longer stream with condensation. This week only, "
     "you can save 40% and get free delivery online at dryhome-direct.co.uk."),
    # half price, "order it online at", "for a limited time", a testimonial "of" a town
    ("Stiff knees made the stairs a daily battle for Colin. Colin, 70, of Ipswich, started wearing the FlexiKnee "
     "Support last spring. \"I can walk to the shops again,\" he says. The sleeve uses gentle copper threads and "
     "can be worn under trousers. For a limited time it is half price when you order online at flexiknee.com."),
]


@pytest.mark.parametrize("text", _ADVERTORIALS)
def test_an_advert_written_as_a_story_is_a_press_release_with_no_index(text):
    kind = _kind(text)
    assert kind.kind == kinds.PRESS_RELEASE and kind.no_index, kind
    assert any(cue.startswith("an advert written as a story") for cue in kind.cues), kind.cues
    result = score_text(text)
    assert result.reliability is None
    assert status_text(result).startswith("no index: an advert written as a story"), status_text(result)


def test_the_fresh29_shape_with_and_without_its_offer():
    story = ("Winter nights are long for many people over sixty. Maureen, 69, from Lincoln, used to switch the heating off "
             "at ten. \"I would wake at three, frozen,\" she says. Last winter she tried the WarmWeave 400 heated throw, "
             "which has a timer and six settings. \"I have not been cold once,\" she says. The WarmWeave 400 costs a few "
             "pence an hour to run.")
    offer = (" This month readers can get 30 per cent off and free delivery by ordering through the WarmWeave website "
             "before 31 December, while stocks last.")
    assert _kind(story + offer).no_index
    # without the offer it is a feature about a customer: no cue of an advert
    assert not any("advert" in cue for cue in _kind(story).cues)


_NEAR_MISSES = {
    "recall": (
        "A foot warmer sold by a Leeds firm has been recalled after reports that its thermostat could fail, the product "
        "safety office said on Tuesday. About 2,300 ToastyToes 50 units were sold between August and October. "
        "\"Owners should unplug the warmer and stop using it,\" said Dev Patel, the office's head of recalls. The firm "
        "said it would refund every buyer before 31 December and that no burns had been reported. Buyers can return "
        "the ToastyToes 50 to any branch or order a free collection through the ToastyToes website."),
    "price war": (
        "Supermarkets cut prices again on Monday as the battle for Christmas shoppers grew. Harlow Foods said customers "
        "could get 20 per cent off all frozen food until 24 December when ordering through its website, and Brightmart "
        "said it would match the offer while stocks last. Ruth Okafor, 52, from Luton, said she would wait. \"Prices "
        "go up again in January,\" she said. Analysts at Kestrel Retail said the cuts would squeeze margins."),
    "consumer column": (
        "Which supermarket sells the cheapest Christmas dinner? I priced the same twelve items in three shops this "
        "week. Harlow Foods came to 31.40 pounds, Brightmart to 29.85 and Penny Lane Grocers to 33.10. Brightmart's "
        "turkey was on a half-price promotion until Sunday. Penny Lane was dearest but the only one with free delivery. "
        "Harlow was best on vegetables. Shop around, and check the unit prices on the shelf labels."),
    "charity appeal": (
        "This winter, older people in the town need your help. Last year our volunteers delivered 900 warm packs to "
        "people living alone. Edna, 84, from Whitby, told us: \"The blanket and the flask meant I was not alone.\" A gift "
        "of 20 pounds buys a warm pack. Donate online at warmhearts.org before 31 December and your gift will be "
        "doubled. Warm Hearts is a registered charity."),
    "critic's review": (
        "By Helen Marsh\n\nThe new bakery on Quay Street is the best thing to happen to the town centre in years. Its "
        "sourdough has a proper crust and the cinnamon knots are gone by ten. The coffee is ordinary. Prices are fair: "
        "a loaf costs 3.80 pounds. The owners, Tom and Asha Reid, opened in September after a year of markets. It is "
        "open Tuesday to Sunday, and until 14 December regulars get 10 per cent off with a loyalty card."),
}


@pytest.mark.parametrize("name", sorted(_NEAR_MISSES))
def test_reports_columns_and_appeals_that_name_an_offer_are_no_advertorial(name):
    text = _NEAR_MISSES[name]
    kind = _kind(text)
    assert not any(cue.startswith("an advert written as a story") for cue in kind.cues), (name, kind)
    assert not kind.no_index, (name, kind)


@pytest.mark.parametrize("sentence", [
    "Harlow Foods said customers could get 20 per cent off until 24 December when ordering through its website.",
    "Customers can get 20 per cent off until 24 December by ordering through the Harlow website, the chain said.",
    "According to the firm, shoppers can get half price by ordering through its app before Friday.",
])
def test_an_offer_told_on_someone_elses_word_is_not_the_writers(sentence):
    own = sentence.lower()
    assert promo_labels.advertorial("Peter, 74, from Harrogate, wrote in. " + sentence, own,
                                    frozenset(own.replace(".", " ").replace(",", " ").split())) is None

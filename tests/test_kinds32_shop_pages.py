"""(kinds32) A shop's product page pasted as text (no page type or address to tell it) is not an article: three or more
of its furniture lines, each on a line of its own opening with the term ("Free delivery on orders over £50.", "Free
returns within 30 days.", "Select size: S M L", "Size guide", "Delivery & returns", "In stock", "Product code:"),
short and reporting no one (kinds.txt's kinds32 shop line). Such a page was a news report with an index
(87.5: its "Base Layer - Men's" line even read as a dateline). Near misses that keep their kind and index: a report on a
shop (its new delivery terms told on the retailer's word), a review with a box of specifications, an advertorial's
single offer line. Every text here is written fresh for these tests.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds
from xlplugin.cells import unscored_why  # (status45: the whole reason is the Why; the Status says its head)
from xlplugin.engine import score_document
from xlplugin.settings import Settings
from xlplugin.text import prepare

NEWS, OPINION = "news report", "opinion or analysis"

SHOP_PAGES = [
    """Hollin Wool Throw - Heather Grey

£68.00

Woven in a family mill in the Calder Valley from undyed British wool, the Hollin throw is thick enough for a winter
sofa and light enough to take on a picnic. Each throw is finished by hand with a twisted fringe, so no two are quite
the same, and the natural lanolin in the wool keeps it soft for years.

130 x 180 cm. Dry clean or hand wash cold.

In stock: ships within 2 working days.
Free delivery on orders over £60.
Free returns within 28 days.
Customer reviews: 4.9 out of 5 (41 reviews)""",
    """Tarn Waterproof Walking Boot - Women's

£119.00

A lightweight leather boot for long days on rough ground. The Tarn has a waterproof, breathable lining, a grippy
rubber sole that holds on wet rock and a padded collar that stops grit getting in. Most walkers find it comfortable
from the first day, with no breaking in.

Select size: 3 4 5 6 7 8
Size guide: the Tarn fits true to size; choose half a size up for thick socks.
Delivery & returns: free standard delivery, 30-day returns.
Customer reviews (212)""",
    """Brindle Stoneware Mixing Bowl, 24 cm

£32.00

Thrown and glazed in our Stoke workshop, this deep bowl is made for proper baking: heavy enough to stay put while you
beat a cake batter, with a pouring lip and a glaze that goes from oven to table. Dishwasher and microwave safe.

Out of stock - email me when it is back
Free UK delivery on orders over £40
Product code: BRB-24-SAGE""",
]


@pytest.mark.parametrize("text", SHOP_PAGES)
def test_a_product_page_pasted_as_text_is_not_an_article_and_has_no_index(text):
    result = score_document(prepare(text), Settings(), id="t")
    assert result.kind == kinds.NOT_ARTICLE, result.kind_cues
    assert result.reliability is None
    assert "a shop's lines" in unscored_why(result), unscored_why(result)


def test_two_shop_lines_alone_do_not_decide():
    text = "\n".join(line for line in SHOP_PAGES[1].split("\n") if not line.startswith("Size guide"))
    assert not any("a shop's lines" in cue for cue in kinds.classify(prepare(text)).cues)


NEAR_MISSES = [
    # a report on a retailer's new delivery terms, told on its word
    (NEWS, """Fenwicks ends free returns for online shoppers

Fenwicks will start charging online customers £2.95 to return clothes from April, the retailer said on Tuesday.

Free returns have cost the chain about £40 million a year, according to its annual report.
Free delivery on orders over £50 will stay, a spokesperson said.
Customer reviews of the change on social media were mostly negative, the company admitted.

Retail analyst Sam Ives said other chains were likely to follow, as returns rates for clothes bought online had
reached about 30 per cent."""),
    # a headphone review with its box of specifications
    (OPINION, """Review: the Lumen X2 headphones are quiet brilliance

By Priya Natarajan

I spent three weeks with the Lumen X2 on trains, planes and a very loud building site next door. The noise cancelling
is the best I have tested at this price, and the battery outlasted every trip. The fit is their one real flaw: after
two hours my ears ached.

Price: £329
Colours: black, sand, navy
Weight: 254 g
Battery: 40 hours
Dimensions: 18 x 16 x 8 cm"""),
]


@pytest.mark.parametrize("kind,text", NEAR_MISSES)
def test_a_report_on_a_shop_and_a_review_with_specifications_keep_their_kind_and_index(kind, text):
    result = score_document(prepare(text), Settings(), id="t")
    assert result.kind == kind, result.kind_cues
    assert result.reliability is not None
    assert not any("a shop's lines" in cue for cue in result.kind_cues)

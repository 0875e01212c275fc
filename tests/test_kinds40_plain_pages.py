"""Plain pages (kinds40): 20 web pages written for this project in session 32 (its own words and markup: nav, footer,
meta tags), of the kinds that kinds39 found still read as articles when written in prose: clubs' and a choir's pages, a
help centre's how-tos, what's-on pages in sentences, a course's and a school's pages, a council's service pages, a
charity's campaign page and a product announcement on a company's blog; and, for contrast, eight articles in the same
register (reports on a chess club, a council's bins, a data breach with steps for the reader, school places, a charity's
appeal and a library's hours; a column about help centres; a review of a folk weekend).

Before any change, 11 of the 20 were right (0.55): every article was right (none refused an index), and 8 of the 10
pages that are not articles got an index (a news report, or a press release on a council's page), as did the campaign
page (a news report; a charity's appeal is the charity's own promotion, a press release, as kinds.txt has long had it).
After the rules: 20 of 20, and the three strict xfails kinds39 left (a club's page in prose, a help-centre how-to, a
what's-on page in sentences) pass. Eight more pages were written after the rules, before looking at what they gave (a
tennis club's membership page, a subscription's cancelling page, a pub's what's-on page, a council's single person
discount page; reports on the tennis club's floodlights, on a council tax rise written to "you", on a beer festival's
day and times; a column on cancelling subscriptions with its steps): 7 of 8 right; the council's discount page, told
in "you may still be able to", "you may have to", was a press release with an index (the reader's modals now read
"may still", "may also" and "have to"). The pages were written after reading the rules: a hint, not a held-out
figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kinds_helpers import assert_written_kind, has_cue, scored_pages
from kinds_helpers import kind_of as _kind

from xlplugin import kinds

FRESH = Path(__file__).resolve().parent / "fixtures" / "kinds40"

# the kind each page was written to be, by its file name's first word
EXPECTED = {"club": kinds.NOT_ARTICLE, "help": kinds.NOT_ARTICLE, "events": kinds.NOT_ARTICLE, "course": kinds.NOT_ARTICLE,
            "service": kinds.NOT_ARTICLE, "campaign": kinds.PRESS_RELEASE, "launch": kinds.PRESS_RELEASE,
            "news": kinds.NEWS, "opinion": kinds.OPINION}
PAGES = sorted(FRESH.glob("*.html"))


def test_the_plain_pages_are_twenty_eight_with_twelve_articles_in_the_same_register():
    firsts = [page.name.split("_")[0] for page in PAGES]
    assert set(firsts) == set(EXPECTED)
    assert len(PAGES) == 28
    assert sum(first in ("news", "opinion") for first in firsts) == 12


@pytest.fixture(scope="module")
def scored():
    return scored_pages(PAGES)


@pytest.mark.parametrize("name", [page.name for page in PAGES])
def test_each_plain_page_gets_the_kind_it_was_written_as_and_an_index_only_if_an_article(scored, name):
    assert_written_kind(scored[name], EXPECTED[name.split("_")[0]])


# --- a how-to or a service's page: the reader told what to do as "you", step by step, and no one reported

_HOW_TOS = [
    # a help centre's steps to the reader, numbered
    "Changing your delivery address\n\nYou can change the delivery address for an order until it has been packed.\n\n"
    "1. Sign in to your account and open Your orders.\n\n2. Select the order you want to change.\n\n3. Click Change "
    "address and enter your new address.\n\n4. Select Save. You will get an email to confirm the change.\n\nIf your order "
    "has already been packed, you can't change the address, but you can ask the courier to redirect your parcel from "
    "the link in your dispatch email.\n",
    # a council's service page: what you can, must and need to do, no numbers
    "Renewing your library card\n\nIf you have a library card that has expired, you can renew it online or at any "
    "branch. You will need your card number and a proof of your address. You must renew your card before you can "
    "borrow eBooks or use the public computers.\n\nTo renew online, go to My library account and choose Renew card. "
    "If you no longer have your card, please ask at the counter and we will give you a new one free of charge. Cards "
    "for children under 16 do not expire, but a parent or carer should update your child's details each year.\n",
]


@pytest.mark.parametrize("text", _HOW_TOS)
def test_a_how_to_or_a_service_page_in_sentences_is_not_an_article(text):
    kind = _kind(text, page_type="web page")
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert has_cue(kind, "how-to or a service page"), kind


@pytest.mark.parametrize("text, meta", [
    # a newspaper's service piece with the same steps, reporting the company and an expert
    ("Couriers' address changes: what you can do\n\nA delivery firm said on Tuesday that customers could now change "
     "the address of an order after it had been packed.\n\n1. Sign in to your account and open Your orders.\n\n2. "
     "Select the order you want to change.\n\n3. Click Change address and enter your new address.\n\nYou can also ask "
     "the courier to redirect your parcel, the company said. \"Most people don't know they can do this,\" said Ann "
     "Ross of the consumer group Which Way. You should keep your dispatch email, she told the paper, and you can "
     "complain to the retailer if your parcel goes astray.\n", {"page_type": "article"}),
    # the same steps under a person's byline, reporting no one: a newspaper's explainer keeps its index
    ("How to change a delivery address\n\nYou can change the delivery address for an order until it has been packed.\n\n"
     "1. Sign in to your account and open Your orders.\n\n2. Select the order you want to change.\n\n3. Click Change "
     "address and enter your new address.\n\n4. Select Save. You will get an email to confirm the change.\n\nIf your "
     "order has already been packed, you can't change the address, but you can ask the courier to redirect your "
     "parcel.\n", {"page_type": "article", "author": "Dana Whitcombe"}),
    # a columnist walking through a help page as "I"
    ("I tried to change my delivery address. Here is what happened\n\nI wanted to change the address on my order, so I "
     "did what the help page told me. Sign in to your account and open Your orders, it says. Select the order you want "
     "to change. Click Change address and enter your new address. Then select Save, and wait for your email. In my "
     "case it never came. I think you deserve better than this, and so do I. You can't reach a person, you can't "
     "phone, and you will need the patience of a saint. If you have had the same trouble, you can tell me about it: "
     "my inbox is open.\n", {"page_type": "article"}),
])
def test_steps_in_a_report_under_a_byline_or_in_a_columnists_voice_are_no_how_to(text, meta):
    kind = _kind(text, **meta)
    assert kind.kind != kinds.NOT_ARTICLE, kind
    assert not has_cue(kind, "how-to or a service page"), kind


# --- a club's, a course's or a school's page offering the reader a place

_OFFERS = [
    "Harbourside Running Club\n\nWe are a friendly running club for all abilities, from people taking their first steps "
    "to marathon regulars. We meet every Tuesday and Thursday at 6.30pm outside the leisure centre, and on Sunday "
    "mornings for a longer run along the coast path.\n\nNew runners are always welcome, and your first three runs are "
    "free. After that, membership costs £30 a year, which includes affiliation to the national body.\n",
    "Conversational Spanish for beginners\n\nThis twelve-week course will help you hold simple conversations about "
    "yourself, your family and your town. Classes run on Monday evenings at the Riverside Centre, starting in "
    "September. There are no entry requirements and no previous experience is needed. The course fee is £140, with "
    "reductions for learners on some benefits. To book your place, enrol online or call the office.\n",
]


@pytest.mark.parametrize("text", _OFFERS)
def test_a_page_offering_the_reader_a_place_is_not_an_article(text):
    kind = _kind(text, page_type="web page")
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert has_cue(kind, "offering the reader a place"), kind


def test_a_report_on_a_club_that_tells_its_fees_and_welcome_stays_a_report():
    text = ("Running club doubles in size after park run boom\n\nBy Lee Carter\n\nA Harbourside running club has doubled "
            "its membership in two years, its chair said on Monday. The club meets every Tuesday and Thursday at "
            "6.30pm, and new runners are always welcome, said the chair, Jo Bell. Membership costs £30 a year. "
            "\"We had eighty people at our last taster session,\" she told the Courier. The club has asked the council "
            "for a changing room at the leisure centre, and a council spokesperson said the request was being "
            "considered.\n")
    kind = _kind(text, page_type="article")
    assert kind.kind == kinds.NEWS, kind


# --- a what's-on page in sentences

_WHATS_ON = ("Coming up at St Anne's\n\nThe craft group meets in the church room every Wednesday from 2pm, and everyone "
             "is welcome to bring their own project.\n\nOur spring concert by the Vale Brass Band is on Saturday 14 "
             "March at 7.30pm. Tickets are £10 from the parish office.\n\nThe Lent lunches continue each Friday until "
             "3 April at 12.30pm in the hall, with soup and bread for a donation.\n\nA family fun day takes place on "
             "Easter Monday from 11am to 3pm, with an egg hunt for children.\n")


def test_a_whats_on_page_in_sentences_is_not_an_article():
    kind = _kind(_WHATS_ON, page_type="web page")
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert has_cue(kind, "what's-on page in sentences"), kind


@pytest.mark.parametrize("text", [
    # a report naming sessions and their times, reporting the council and a campaigner
    "Library hours cut from April\n\nThe central library will close at 5pm instead of 7pm on weekdays from April.\n\n"
    "Rhyme Time on Monday mornings at 10.30am and the Tuesday drop-in from 2pm will not be affected.\n\nThe council "
    "said the changes would save £210,000 a year.\n\nCampaigners said the change would hurt students. \"The tables "
    "are full in the evenings,\" said Neha Patel.\n\nThe council will hold a drop-in session on Saturday 14 February "
    "from 11am.\n",
    # paragraphs of times and days, but most of the text is reporting and argument
    "Weekend of disruption as rail works begin\n\nEngineering works will close the line between Ashby and Kelso from "
    "Saturday 6 June at 11pm until Monday 8 June at 5am.\n\nReplacement buses will run every 30 minutes, with the "
    "first leaving Ashby at 6am on Sunday.\n\nThe last train from Kelso on Saturday night will leave at 10.15pm, an "
    "hour earlier than usual.\n\nThe works are part of a £40m upgrade that the operator says will cut "
    "journey times by eight minutes, although passenger groups have questioned whether the figure is realistic "
    "given the delays seen after similar works elsewhere on the network last year.\n\nLocal businesses have "
    "complained that the closures fall on one of the busiest weekends of the summer, and several have written to "
    "their MP asking for the timetable to be changed before the next phase begins in the autumn.\n\nThe operator has "
    "promised to publish a full list of the dates of future closures by the end of the month.\n",
])
def test_a_report_with_times_and_days_is_no_whats_on_page(text):
    kind = _kind(text, page_type="article")
    assert kind.kind != kinds.NOT_ARTICLE, kind


# --- a charity's ask in sums ("£25 could pay for ...") is its own fundraising appeal

def test_a_charitys_asks_in_sums_are_a_fundraising_appeal():
    text = ("Warm Homes Winter\n\nThis winter, thousands of older people in our county will have to choose between "
            "heating and eating. Our Warm Homes Winter appeal helps them stay safe and well.\n\n£15 could buy a warm "
            "blanket and a hot-water bottle. £40 could pay for an emergency fuel top-up. £100 could fund a home visit "
            "from one of our energy advisers.\n\nEvery donation you make before Christmas will be matched.\n")
    kind = _kind(text, page_type="web page")
    assert kind.kind == kinds.PRESS_RELEASE, kind
    assert has_cue(kind, "fundraising appeal"), kind

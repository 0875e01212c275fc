"""Document kinds that the fresh19 and newuser19 testers found wrong (kinds23). Each test is a class of cases
written for this project, and each failed before the fix it guards:

1. an editorial (the paper's own view: "The Gazette view on ...", a "Leader" or "Our view" label line, "this
   newspaper has long backed ...") is opinion; a petition page (its sign form, "Started by ... To: ...") is opinion
   (a campaign's argued appeal, as an open letter is); a charity's appeal letter ("a gift of £20 could ...", "if you
   can give", "to donate, visit ...") is a press release (the organisation's own promotion); reports on each stay
   reports.
2. a product review site (verdict lines Pros:/Cons:/Rating:, the writer's own tests) is opinion with its index; a
   shop's listing of products with prices and ratings, with or without a cart, is not an article.
3. a social post's furniture (a reactions line "1,204 reactions · 88 comments", an age line "2d · Edited", the buttons
   "Like | Reply", calls to engage "Comment \"X\" below"), a poster's chat shorthand (lol, idk) and a user name as
   the poster ("Posted by StarGazer_88") make a post or a poster's own account, whatever the address says; a report
   with a comment count, a report quoting "lol" and a report on the IMO stay reports.
4. pages that serve their readers are not articles: a FAQ page ("Frequently asked questions" as its first line), an
   authority's guidance page (two or more service headings: "Who can apply", "What you need", "How to apply", "Step
   1 ..."), a club's or a school's newsletter ("... Newsletter", "Dear members,", "Dates for your diary"); a news
   explainer with question subheads, a report on a grant with one "How to apply" line and a report on a newsletter
   stay reports.
5. a parliamentary sketch ("Sketch: ..." at the top, a sketchwriter's byline) is opinion; a report on a police sketch
   is not.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, prepare


def _kind(text: str, title: str = "", url: str = "") -> kinds.Kind:
    return kinds.classify(prepare(text, title=title, url=url))


def _cues(kind: kinds.Kind) -> str:
    return " ".join(kind.cues)


# --- 1. editorials, petitions and appeals -----------------------------------------------------------------

EDITORIAL_BODY = (
    "Few questions have come back to the council chamber as often as the future of the Eastgate market hall. "
    "Traders were first promised a new roof in 2011. The council voted on Tuesday to spend £4.2m on the repairs, "
    "and the leader of the council said the work would start in the spring.\n\n"
    "{stance} But the council should be plain about what the money will not buy. The hall loses about £180,000 a "
    "year, according to its own accounts, and a new roof will not change that on its own.\n\n"
    "The market needs more than a dry floor. It needs longer opening hours, a fair rent for new traders and a plan "
    "for the empty stalls on the upper floor. Councillors should publish that plan before the builders arrive.")


@pytest.mark.parametrize("head, stance", [
    ("The Gazette view on Eastgate market: mend the roof, then mend the plan\n\nLeader",
     "This newspaper has long backed the repairs. We still do."),
    ("Eastgate market deserves more than a new roof\n\nOur view",
     "We think the vote was right."),
    ("The Evening Post view on the market hall: a good start, not a rescue",
     "This paper has argued for the hall since the first leaks."),
    ("Editorial\n\nA roof is not a plan for Eastgate market",
     "This newspaper supports the vote."),
])
def test_an_editorial_is_opinion(head, stance):
    kind = _kind(head + "\n\n" + EDITORIAL_BODY.format(stance=stance))
    assert kind.kind == kinds.OPINION, kind
    assert "editorial" in _cues(kind)


@pytest.mark.parametrize("text", [
    # a report that quotes what a source told the paper, and names a leader
    "Market hall roof to be repaired\n\nBy Amy Cole\n\n" + EDITORIAL_BODY.format(
        stance="A trader, Jo Hart, told this newspaper the leaks had cost her stock.").split("The market needs")[0],
    # a report on another paper's editorial
    ("Eastgate traders welcome the vote\n\nTraders said on Wednesday they were glad the council had voted for the "
     "repairs. The Evening Post's editorial, headlined \"The Evening Post view on the market hall\", had called for "
     "the work. The council said the builders would start in April, according to a statement."),
])
def test_a_report_mentioning_a_view_or_this_newspaper_stays_a_report(text):
    assert _kind(text).kind == kinds.NEWS


PETITION = (
    "{title}\n\n"
    "{started}\n\n"
    "The Tollgate Road library has been open six days a week since 1962. Children do their homework there, older "
    "readers use its computers and the knitting group has met there every Thursday for twenty years. Now the county "
    "council plans to open it only two days a week.\n\n"
    "The council's own figures show the library had 41,000 visits last year. We believe cutting its hours will hit "
    "the people who have nowhere else to go.\n\n"
    "We are asking the county council to keep the library open at least five days a week, and to talk to the "
    "Friends group about volunteers before it decides.\n\n"
    "{form}")


@pytest.mark.parametrize("title, started, form", [
    ("Keep Tollgate Road library open!", "Started by Friends of Tollgate Library · To: Eastshire County Council",
     "Sign this petition\nFirst name · Last name · Email\nSign now"),
    ("Don't cut our library's hours", "Petition started by Meera Shah to: the leader of Eastshire County Council",
     "Add your name\n[ ] Keep me updated on this campaign"),
    ("Save our library", "2,340 supporters so far. Help us reach 5,000!",
     "Please sign and share with your neighbours.\n\nSign the petition"),
])
def test_a_petition_page_is_opinion(title, started, form):
    kind = _kind(PETITION.format(title=title, started=started, form=form))
    assert kind.kind == kinds.OPINION, kind
    assert "petition" in _cues(kind)


def test_a_report_on_a_petition_stays_a_report():
    text = ("Petition to save library hours passes 2,000 names\n\nMore than 2,000 people have signed a petition "
            "against plans to cut the opening hours of Tollgate Road library, its organisers said on Monday. The "
            "petition, started by the Friends of Tollgate Library, asks the county council to keep the library open "
            "five days a week. A council spokesman said no decision had been made and that the figures would be "
            "published before the vote. \"Sign the petition and tell the council,\" the group's chair told a meeting.")
    assert _kind(text).kind == kinds.NEWS


APPEAL = (
    "{title}\n\n"
    "Riverside Night Shelter\n\n"
    "Dear supporter,\n\n"
    "When Dan first came to our door he had slept in a bus shelter for three weeks. He had lost his job at a "
    "warehouse in the summer and then his room. Tonight he has a bed, a hot meal and a key worker who is helping him "
    "find a flat.\n\n"
    "Last winter we gave 6,120 nights of shelter, a third more than the year before. This winter we expect more.\n\n"
    "{ask}\n\n"
    "Thank you for standing with us.\n\n"
    "Priya Nandra\nDirector, Riverside Night Shelter\n\n"
    "{foot}")


@pytest.mark.parametrize("title, ask, foot", [
    ("Our winter appeal", "A gift of £20 could pay for a night in a warm bed. If you can give, please do it today.",
     "Registered charity number 1098765."),
    ("Help us open our doors every night this winter",
     "Every pound you give goes to the shelter: we have no paid fundraisers. A donation of £50 could fund a week "
     "of breakfasts.", "To donate, visit our website or call the shelter office."),
    ("This winter, Dan has a bed", "Please give what you can. A gift of £10 buys clean bedding for a guest.",
     "Riverside Night Shelter is a registered charity."),
])
def test_a_charity_appeal_letter_is_a_press_release(title, ask, foot):
    kind = _kind(APPEAL.format(title=title, ask=ask, foot=foot))
    assert kind.kind == kinds.PRESS_RELEASE, kind
    assert "fundraising appeal" in _cues(kind)


def test_a_report_on_a_charity_appeal_stays_a_report():
    text = ("Night shelter asks for help as demand rises\n\nA night shelter in Riverside has launched its winter "
            "appeal after giving a third more nights of shelter last year, its director said on Tuesday. Priya "
            "Nandra said the shelter, a registered charity, had given 6,120 nights last winter. The council said it "
            "would add ten beds in January, according to a statement. Ms Nandra told the Courier the shelter's "
            "costs had risen by a fifth.")
    assert _kind(text).kind == kinds.NEWS


# --- 2. a review of products, and a bare listing ----------------------------------------------------------

REVIEW = (
    "{title}\n\n"
    "By Tom Reyes · 9 March 2026\n\n"
    "{method}\n\n"
    "Best overall: Brewmaster K3 (£89)\n"
    "Rating: 4.6/5\n"
    "The K3 boiled a full litre in 2 minutes 41 seconds, the fastest of the group, and its lid never dripped. The "
    "handle gets warm after three boils in a row.\n"
    "Pros: fast, quiet, easy to fill\n"
    "Cons: warm handle, short cord\n"
    "Check price at Kettle World\n\n"
    "Best budget: Hobb 200 (£24)\n"
    "Rating: 4.1/5\n"
    "For a quarter of the price it did almost as well, though it was the loudest we heard at 71 decibels.\n"
    "Pros: cheap, light\n"
    "Cons: loud, limescale shows quickly\n"
    "Check price at Homestore\n\n"
    "Best looking: Aldane Retro (£65)\n"
    "Rating: 3.8/5\n"
    "Pretty on the worktop, slow in use: 3 minutes 30 seconds for a litre.\n"
    "Pros: looks, solid base\n"
    "Cons: slow, heavy when full\n"
    "Check price at Kettle World")


@pytest.mark.parametrize("title, method", [
    ("The 5 best kettles of 2026, tested and ranked",
     "We tested 14 kettles over a month, boiling each one 30 times with the same tap water and timing every boil."),
    ("Best kettles for a small kitchen",
     "How we test: every kettle is bought by us and used daily for two weeks. In our tests we time a full litre and "
     "measure the noise at one metre."),
    ("Kettle buying guide: our favourites this spring",
     "I tested eleven kettles at home over three weeks and timed each one with a full litre."),
])
def test_a_product_review_site_is_opinion_with_an_index(title, method):
    kind = _kind(REVIEW.format(title=title, method=method))
    assert kind.kind == kinds.OPINION, kind
    assert "verdict lines" in _cues(kind)
    assert not kind.no_index


LISTING = (
    "Kettles\n\n"
    "Showing 1 to 6 of 48 products\n\n"
    "Brewmaster K3 1.7L Kettle\n£89.00\nRating: 4.6/5 (212 reviews)\n{cart}\n\n"
    "Hobb 200 Kettle, White\n£24.00\nRating: 4.1/5 (88 reviews)\n{cart}\n\n"
    "Aldane Retro Kettle, Cream\n£65.00\nRating: 3.8/5 (40 reviews)\n{cart}\n\n"
    "Tallis Glass Kettle\n£39.99\nRating: 4.3/5 (19 reviews)\n{cart}\n\n"
    "Free delivery on orders over £40. Prices include VAT.")


@pytest.mark.parametrize("cart", ["Add to basket", "In stock", "Compare", "See details"])
def test_a_bare_product_listing_stays_not_an_article(cart):
    kind = _kind(LISTING.format(cart=cart))
    assert kind.kind == kinds.NOT_ARTICLE, kind


def test_a_report_on_the_papers_own_tests_stays_a_report():
    text = ("Tap water in Eastgate meets safety limits, tests show\n\nWe tested water from 20 homes in Eastgate "
            "after readers complained about its taste. Every sample met the legal limits for lead and copper, the "
            "laboratory said. The water company said the taste came from a new treatment step and would fade. A "
            "spokeswoman told the Courier it had written to every household on the estate.")
    assert _kind(text).kind == kinds.NEWS


# --- 3. posts: their furniture, chat shorthand and a user name as the poster ------------------------------

CAREER_POST = (
    "I nearly didn't share this one.\n\n"
    "Five years ago my first bakery closed after eleven months. I had to tell four people they no longer had a job, "
    "and I drove home and sat in the dark for an hour.\n\n"
    "This week we opened our sixth shop, and I'm so proud of the 38 bakers who got us here. 🥐\n\n"
    "Three things I learned the hard way:\n"
    "👉 Cash is oxygen.\n"
    "👉 Hire for attitude.\n"
    "👉 Your worst month is not your last month.\n\n"
    "{call}\n\n"
    "#smallbusiness #bakery #resilience #founders\n\n"
    "Lena Marsh\n"
    "Founder at Crumb & Co | Speaker | Mum of 2\n"
    "{age}\n"
    "{reactions}")


@pytest.mark.parametrize("call, age, reactions", [
    ('Comment "BAKE" below and I\'ll send you my opening checklist.', "3d · Edited", "2,318 reactions · 164 comments"),
    ("Repost to help a founder who needs this today. ♻️", "5h ·", "912 likes · 77 comments · 12 reposts"),
    ("My DMs are open if you are thinking of starting out.", "1w · Edited", "4.1k reactions · 301 comments"),
])
def test_a_professional_networks_post_is_a_social_post(call, age, reactions):
    kind = _kind(CAREER_POST.format(call=call, age=age, reactions=reactions))
    assert kind.kind == kinds.FORUM, kind


@pytest.mark.parametrize("text", [
    "does anyone know why the bins weren't collected on Elm Road?? been three weeks now lol. rang the council and "
    "they said next week idk. #elmroad @binwatch Like | Reply",
    "anyone else get a letter about the new parking permits?? mine says £60 a year now lol. tbh its still cheaper "
    "than the car park. Like · Reply · Share",
    "went to the new cafe on the corner today and honestly the cake was amazing lol. my partner says its overpriced "
    "but idk.\nLike | Reply | 4 likes",
])
def test_a_lower_case_forum_post_under_a_news_address_is_a_post(text):
    kind = _kind(text, url="https://oakfieldboard.example/news/42")
    assert kind.kind == kinds.FORUM, kind


@pytest.mark.parametrize("byline", [
    "Posted by StarGazer_88 on Open Skies Truth",
    "Posted in LOST FILES by OpenEyes1970",
    "Written by @deep_digger_42",
])
def test_a_hoax_post_by_a_user_name_is_opinion_not_a_report(byline):
    text = (f"The Lighthouse Photos They Never Explained\n\n{byline}\n\n"
            "Look closely at the official photos of the Ravens Point lighthouse from 1988. The shadow of the tower points "
            "east in one and west in another, taken on the same morning. There is only one sun.\n\n"
            "The keepers' log for that week is missing from the archive. The council says it was lost in a flood. "
            "Which flood? Nobody can name one.\n\n"
            "The tower was never lit that year. The photos were made in a studio to hide what the beam was really for.")
    kind = _kind(text)
    assert kind.kind == kinds.OPINION, kind
    assert "user name posted it" in _cues(kind)


@pytest.mark.parametrize("text", [
    # a news page's comment count and share buttons on lines of their own
    ("Bridge to close for repairs\n\nPosted by Jane Roe\n\nThe Ferry Street bridge will close for six weeks "
     "from Monday, the council said. Buses will be diverted, according to the operator.\n\n48 comments\n\nShare"),
    # a report quoting a teenager's "lol" and "idk"
    ("Pupils asked to rate new timetable\n\nPupils at Oakfield School were asked for their views on the new "
     "timetable, the head said. One replied \"lol no\" and another \"idk, it's fine\", according to the survey's "
     "results, which the school published on Friday."),
    # a report on the International Maritime Organization (IMO)
    ("Shipping rules tightened\n\nThe IMO said on Monday that new fuel rules would start in 2027. IMO members "
     "agreed the change in London, the agency said, according to a statement."),
])
def test_a_report_with_a_comment_count_or_quoted_shorthand_stays_a_report(text):
    assert _kind(text).kind == kinds.NEWS


# --- 4. FAQ pages, guidance pages and newsletters ---------------------------------------------------------

FAQ = (
    "{first}\n\n"
    "Northvale Borough Council\n\n"
    "When will my green bin be collected?\n\n"
    "Green bins are collected every two weeks from March to November. Your day is shown on your collection calendar, "
    "which you can download from our website.\n\n"
    "How much does it cost?\n\n"
    "The garden waste service costs £45 a year for one bin. A second bin costs £30. Residents on Pension Credit pay "
    "half price.\n\n"
    "My bin was missed. What should I do?\n\n"
    "Report it to us within two working days and we will come back within a week. Please leave the bin out until "
    "then.\n\n"
    "Can I put soil in my green bin?\n\n"
    "No. Soil, stones and turf make the bins too heavy to lift. Take them to the recycling centre on Mill Lane.")


@pytest.mark.parametrize("first", [
    "Frequently asked questions about green bins",
    "FAQs - green bins",
    "Green bins: frequently asked questions",
])
def test_a_faq_page_is_not_an_article(first):
    kind = _kind(FAQ.format(first=first) + "\n\nPage last updated: 2 April 2026")
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert "FAQ page" in _cues(kind)


GUIDANCE = (
    "{title}\n\n"
    "Northvale Borough Council · Housing\n\n"
    "A home repairs grant helps older and disabled residents pay for urgent work to keep their home safe and warm. "
    "Grants are up to £7,500.\n\n"
    "{h1}\n\n"
    "You may be able to get a grant if you own your home, have lived there for at least three years and get a "
    "means-tested benefit.\n\n"
    "{h2}\n\n"
    "- proof of your income\n- two quotes from builders\n- a recent council tax bill\n\n"
    "{h3}\n\n"
    "Fill in the online form. If you cannot use the form, call our housing team and we will post one to you. We aim "
    "to reply within 20 working days.\n\n"
    "You must not start the work before we approve your grant.")


@pytest.mark.parametrize("title, h1, h2, h3", [
    ("Apply for a home repairs grant", "Who can apply", "What you need to apply", "How to apply"),
    ("Home repairs grants", "Who is eligible", "What you will need", "After you apply"),
    ("Get help with urgent home repairs", "Step 1: check you are eligible", "Step 2: gather your documents",
     "Step 3: apply online"),
])
def test_an_authoritys_guidance_page_is_not_an_article(title, h1, h2, h3):
    kind = _kind(GUIDANCE.format(title=title, h1=h1, h2=h2, h3=h3))
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert "service page" in _cues(kind)


NEWSLETTER = (
    "{first}\n\n"
    "Spring 2026 · Issue 42\n\n"
    "{dear}\n\n"
    "What a season it has been so far! Thank you to everyone who helped at the plant sale, which raised £418 for new "
    "nets. The committee has also agreed to repaint the pavilion in May.\n\n"
    "{dates}\n\n"
    "- Saturday 11 April: working party, 10am, bring gloves.\n"
    "- Tuesday 21 April: committee meeting, 7pm, clubhouse.\n"
    "- Sunday 3 May: open day for new members.\n\n"
    "Subs\n\n"
    "Annual subs of £35 are now due. Please pay the treasurer by the end of April.\n\n"
    "See you on the courts,\nAlan Pryce, Secretary")


@pytest.mark.parametrize("first, dear, dates", [
    ("Elmfield Tennis Club Newsletter", "Dear members,", "Dates for your diary"),
    ("The Elmfield Bulletin: newsletter of the Elmfield Residents' Association", "Dear neighbours,", "Upcoming events"),
    ("St Anne's Primary School newsletter", "Dear parents and carers,", "Diary dates"),
])
def test_a_club_or_school_newsletter_is_not_an_article(first, dear, dates):
    kind = _kind(NEWSLETTER.format(first=first, dear=dear, dates=dates))
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert "newsletter" in _cues(kind)


@pytest.mark.parametrize("text", [
    # an explainer with question subheads and quoted sources
    ("Garden waste charge: what changes for you\n\nNorthvale council will charge £45 a year for green bins from "
     "April, it said on Monday.\n\nWhy is it changing?\n\nThe council said the service cost £1.2m last year. "
     "Its finance chief, Amir Khan, told councillors the charge would cover the cost.\n\nWhat happens next?\n\n"
     "Residents have until March to sign up, according to the council.\n\nLast updated: 3 March 2026"),
    # a report on a new grant, with one "How to apply" subhead
    ("New grant for home repairs\n\nOlder residents in Northvale can now get up to £7,500 for urgent repairs, the "
     "council said on Tuesday. Cllr Rosa Diaz said 300 homes could be helped in the first year.\n\nHow to apply\n\n"
     "Residents can apply on the council's website, a spokesman said."),
    # a report on a school's newsletter
    ("School warns parents over parking\n\nA primary school has warned parents about parking on driveways, its "
     "newsletter said on Friday. The headteacher said neighbours had complained, according to the letter, which "
     "began \"Dear parents and carers\". The council said wardens would visit."),
])
def test_explainers_and_reports_on_services_stay_reports(text):
    assert _kind(text).kind == kinds.NEWS


# --- 5. a parliamentary sketch ------------------------------------------------------------------------------

SKETCH_BODY = ("The transport secretary arrived at the despatch box with a folder so thick it needed its own seat. "
               "Asked when the Eastline trains would run on time, he spoke for six minutes about the weather in 1987. "
               "Asked again, he thanked the honourable member for her question, which she had not yet finished. The "
               "House enjoyed it more than he did. By the end, the only thing delayed longer than the trains was the "
               "answer, and the National Audit Office's figure of 61% of trains late went unmentioned.")


@pytest.mark.parametrize("head", [
    "Sketch: a minister, a folder and six minutes on the weather",
    "Commons sketch | The answer that never arrived",
    "The answer that never arrived\n\nBy Ruth Adair, parliamentary sketchwriter",
])
def test_a_parliamentary_sketch_is_opinion(head):
    kind = _kind(head + "\n\n" + SKETCH_BODY)
    assert kind.kind == kinds.OPINION, kind
    assert "sketch" in _cues(kind)


def test_a_report_on_a_police_sketch_stays_a_report():
    text = ("Police release sketch of man seen near depot\n\nPolice have released a sketch of a man seen near the "
            "Eastline depot on the night of the fire, a spokesman said. The sketch was drawn with the help of two "
            "witnesses, according to the force. Anyone who recognises him should call 101, officers said.")
    assert _kind(text).kind == kinds.NEWS

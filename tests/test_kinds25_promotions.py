"""Adverts, promotions and blogs that read as news reports (kinds25, fresh22 and fresh21). Each test is a class of
cases written for this project; each failed before the fix it guards, and the near misses keep their kind on both:

1. a small sponsor label ("Sponsored", "SPONSORED", "Promoted", "In partnership with <a company>", "Paid for by <a
   company>") alone on the first line, or on the line under the headline, is a labelled advert: a press release with
   no index. The same word lower down (a saved page's advert slot between paragraphs), inside a sentence ("The
   series is sponsored by ...", "Promoted to captain"), "Sponsored by <a name>" over the outlet's own journalism and
   "In partnership with" a newsroom are none.
2. promotions with no label: an advert's pitch (a call to act shouted alone on its line, and scarcity: "spaces are
   limited", "before the current round closes") and a coin promoter's pitch ("How to buy", "presale"; "Not financial
   advice", "DYOR") are the seller speaking for itself, a press release (keeping its index). A consumer report that
   tells readers to check their eligibility in a sentence, and a report on a token's presale, stay reports.
3. a blog calling the reader to political action ("Vote him out.", "Call your senator.", "Don't let them win.") is
   opinion; a report quoting such calls stays a report. A charity's own report on its year ("Our year in review", "A
   message from our chair", signed by its chair) is a press release; a think tank's policy brief (its label line
   "Policy Brief No. 7 | ...") is opinion or analysis; reports on both stay reports.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, prepare


def _kind(text: str, title: str = "") -> kinds.Kind:
    return kinds.classify(prepare(text, title=title))


# --- 1. small sponsor labels ----------------------------------------------------------------------------------

_HEADLINE = "Why more families in the valley are switching to heat pumps this winter"
_ADVERT_BODY = (
    "Families across the valley are finding that a modern heat pump can keep a home warm for less than an old gas "
    "boiler, and many are surprised by how quiet the new units are.\n\n"
    "\"We had ours fitted in October and the house has never been so comfortable,\" said Maureen, a retired teacher "
    "from the valley. \"I only wish we had done it sooner.\"\n\n"
    "Warmhaven Heating fits the pumps with a grant that covers much of the cost, and its engineers survey each home "
    "before work begins. Running costs depend on the size of the house and how well it is insulated.\n\n"
    "Most homes built after 1960 are suitable, and a survey takes about an hour.\n"
)
_REPORT_BODY = (
    "The county council approved a plan on Tuesday to fit heat pumps in 400 of its own homes over the next two years, "
    "at a cost of 4.1 million pounds.\n\n"
    "Councillor Ruth Abara, who leads on housing, said the pumps would cut tenants' bills. \"We expect most households "
    "to save money from the first winter,\" she said.\n\n"
    "The opposition group said the council had not costed repairs. Its leader, Tom Greer, told the meeting that "
    "older homes would need new radiators first.\n\n"
    "The first homes will be surveyed in March, the council said.\n"
)


@pytest.mark.parametrize("label", ["Sponsored", "SPONSORED", "Promoted", "In partnership with Warmhaven Heating",
                                   "Paid for by Warmhaven Heating", "**Sponsored**"])
@pytest.mark.parametrize("under_headline", [False, True])
def test_a_small_sponsor_label_at_the_top_is_an_advert_with_no_index(label, under_headline):
    text = (f"{_HEADLINE}\n\n{label}\n\n{_ADVERT_BODY}" if under_headline else f"{label}\n\n{_HEADLINE}\n\n{_ADVERT_BODY}")
    kind = _kind(text)
    assert kind.kind == kinds.PRESS_RELEASE and kind.no_index, kind
    assert any("sponsor label" in cue for cue in kind.cues), kind.cues


@pytest.mark.parametrize("text", [
    # a saved page's advert slot after the first paragraph and between paragraphs
    f"{_HEADLINE}\n\n{_REPORT_BODY.split(chr(10) + chr(10), 1)[0]}\n\nSponsored\n\n{_REPORT_BODY.split(chr(10) + chr(10), 1)[1]}",
    f"{_REPORT_BODY}\nSponsored\n\nPromoted\n",
    # inside a sentence
    "The series is sponsored by the Harrow Trust, which has no say over what we report.\n\n" + _REPORT_BODY,
    "Promoted to captain at 22, Lena Ortiz led the county side to its first title on Saturday.\n\n" + _REPORT_BODY,
    # a sponsor credited over the outlet's own journalism, and a reporting partnership
    "Sponsored by the Harrow Trust\n\n" + _HEADLINE + "\n\n" + _REPORT_BODY,
    "In partnership with the Valley Tribune\n\n" + _HEADLINE + "\n\n" + _REPORT_BODY,
    "In partnership with Northside Public Radio\n\n" + _HEADLINE + "\n\n" + _REPORT_BODY,
])
def test_sponsor_words_elsewhere_keep_the_report(text):
    kind = _kind(text)
    assert kind.kind == kinds.NEWS and not kind.no_index, kind


def test_a_label_after_a_paragraph_of_prose_is_no_headline_label():
    first, rest = _ADVERT_BODY.split("\n\n", 1)
    kind = _kind(f"{first}\n\nSponsored\n\n{rest}")
    assert not any("sponsor label" in cue for cue in kind.cues), kind.cues


# --- 2. promotions with no label ------------------------------------------------------------------------------

@pytest.mark.parametrize("call, scarcity", [
    ("\U0001f449 CHECK IF YOUR HOME QUALIFIES NOW", "But places on the grant scheme are limited this year."),
    ("GET YOUR FREE SURVEY TODAY", "Homeowners are urged to apply before the current round closes at the end of the month."),
    ("\u27a1\ufe0f Claim your free survey", "The offer ends on Sunday, and installers are busy."),
    ("BOOK YOUR SURVEY NOW", "Only 30 places remain at this price, while stocks last."),
])
def test_an_advert_pitch_with_no_label_is_the_seller_speaking(call, scarcity):
    kind = _kind(f"{_HEADLINE}\n\n{_ADVERT_BODY}\n{scarcity}\n\n{call}\n")
    assert kind.kind == kinds.PRESS_RELEASE and not kind.no_index, kind
    assert any("advert's pitch" in cue for cue in kind.cues), kind.cues


@pytest.mark.parametrize("extra", [
    # a consumer report tells readers in sentences to check, and mentions a deadline
    "Readers can check whether they qualify on the council's website. Applications close on Friday, the council said.\n",
    # a shouted call alone but no sign of scarcity
    "CHECK THE COUNCIL'S WEBSITE FOR DETAILS\n",
    # scarcity quoted from the company, no call of the writer's
    "\"Spaces are limited, so book early,\" a spokesman for the installer said.\n",
])
def test_a_report_with_one_sign_of_selling_stays_a_report(extra):
    kind = _kind(f"{_HEADLINE}\n\n{_REPORT_BODY}\n{extra}")
    assert kind.kind == kinds.NEWS, kind


_COIN = (
    "$GLOWFOX is the next big thing and the charts prove it\n\n"
    "Listen up. $GLOWFOX went live on Monday and is already up 300% for the early holders. The team has locked the "
    "liquidity and half the supply is staked.\n\n"
    "{sell}\n\n"
    "Analysts in the community expect a 50x before summer. I have bought a big bag myself.\n\n"
    "{disclaimer}\n"
)


@pytest.mark.parametrize("sell", ["How to buy:\n1. Get a wallet\n2. Swap for $GLOWFOX on the link in our Telegram",
                                  "The presale bonus closes in 48 hours, so move fast.",
                                  "Join our Telegram for the whitelist spots before they are gone."])
@pytest.mark.parametrize("disclaimer", ["Not financial advice. DYOR.", "NFA. Always do your own homework.",
                                        "This is not investment advice."])
def test_a_coin_promoters_pitch_is_a_press_release(sell, disclaimer):
    kind = _kind(_COIN.format(sell=sell, disclaimer=disclaimer))
    assert kind.kind == kinds.PRESS_RELEASE, kind
    assert any("coin promoter" in cue for cue in kind.cues), kind.cues


@pytest.mark.parametrize("text", [
    # a report on a token's presale, with no disclaimer of the writer's
    "Regulators warn over token presale\n\nThe Financial Conduct Authority warned on Monday that a token presale "
    "promoted on social media had raised 2 million pounds from savers. The regulator said the promoters were not "
    "authorised. One investor said he had lost his savings.\n",
    # a report quoting a promoter's disclaimer
    "Regulators warn over token promotions\n\nThe regulator said promoters often end posts with \"Not financial advice. "
    "DYOR\" and link to a presale. It said such words give buyers no protection, and that it had asked platforms "
    "to remove the posts.\n",
])
def test_a_report_on_a_coin_promotion_stays_a_report(text):
    kind = _kind(text)
    assert kind.kind == kinds.NEWS, kind


# --- 3. blogs calling the reader to act; an organisation's own report; a policy brief ---------------------------

_BLOG = (
    "THE COUNCIL JUST SOLD OUT OUR PARKS\n\n"
    "The bypass vote went through last night, and the council leader smiled while she did it. Forty acres of "
    "meadow, gone for a road nobody asked for.\n\n"
    "These people never listen. They hold one consultation, ignore it, and call it democracy.\n\n"
    "{calls}\n"
)


@pytest.mark.parametrize("calls", [
    "Vote her out in May. And vote out every councillor who stood with her.",
    "Don't let them win. Call your councillor tomorrow morning.",
    "Write to your MP. Donate to the Meadow Defence Fund. Remember their names in May.",
    "Do not let them get away with it. Email your council members tonight.",
])
def test_a_blog_calling_the_reader_to_act_is_opinion(calls):
    kind = _kind(_BLOG.format(calls=calls))
    assert kind.kind == kinds.OPINION, kind
    assert any("calls the reader to political action" in cue for cue in kind.cues), kind.cues


@pytest.mark.parametrize("calls", [
    # the calls quoted from campaigners
    "Campaigners outside the hall chanted \"Vote her out!\" and \"Don't let them win!\", the council said.",
    # one call alone
    "Vote her out in May, a campaigner said. The council said the road would open in 2028.",
])
def test_a_report_quoting_calls_to_act_stays_a_report(calls):
    text = ("Council approves bypass\n\nThe council voted on Tuesday to approve the bypass, a spokesman said. "
            "The road will cross forty acres of meadow.\n\n" + calls + "\n")
    kind = _kind(text)
    assert kind.kind == kinds.NEWS, kind


_CHARITY = (
    "{title}\n\n"
    "{message}\n\n"
    "This year we helped more families than ever before. Our advisers answered 9,300 calls, up 11% on last year, "
    "and our volunteers gave 21,000 hours.\n\n"
    "Income was 840,000 pounds, most of it from individual donors. We spent 86% of it directly on advice.\n\n"
    "Thank you to everyone who made this possible.\n\n"
    "{foot}\n"
)


@pytest.mark.parametrize("title, message, foot", [
    ("Riverside Advice Line: Our year in review 2025", "A message from our chair", "Joan Patel, Chair of Trustees"),
    ("Our annual report 2025-26", "Welcome from the chief executive", "Thank you."),
    ("Riverside Advice Line", "Foreword from our founder", "Sam Hale, Chief Executive"),
])
def test_a_charitys_own_report_on_its_year_is_a_press_release(title, message, foot):
    kind = _kind(_CHARITY.format(title=title, message=message, foot=foot))
    assert kind.kind == kinds.PRESS_RELEASE and not kind.no_index, kind


def test_a_report_on_a_charitys_annual_report_stays_a_report():
    text = ("Advice charity answered record number of calls\n\n"
            "Riverside Advice Line answered 9,300 calls last year, up 11%, according to the charity's annual report, "
            "published on Monday. Its chair, Joan Patel, said demand had never been higher.\n\n"
            "The charity's chief executive told the Courier that donations had fallen.\n")
    kind = _kind(text)
    assert kind.kind == kinds.NEWS, kind


@pytest.mark.parametrize("label", ["Policy Brief No. 7 | March 2026", "POLICY BRIEF", "Briefing paper: 12",
                                   "Policy paper 3 - Housing"])
def test_a_think_tanks_policy_brief_is_analysis(label):
    text = (f"{label}\n\nCheaper buses for young workers\n\nThe Harbour Institute\n\nSummary\n\n"
            "Bus fares for under-25s have risen by 40% since 2019, according to transport department figures. "
            "This brief sets out three changes.\n\nRecommendations\n\n1. A flat fare for apprentices.\n"
            "2. Fares set by distance.\n\nLimitations\n\nOur survey of 300 workers is not representative.\n")
    kind = _kind(text)
    assert kind.kind == kinds.OPINION, kind
    assert any("policy brief" in cue for cue in kind.cues), kind.cues


def test_a_report_on_a_policy_brief_stays_a_report():
    text = ("Policy brief calls for cheaper buses for young workers\n\nA think tank said on Monday that bus fares for "
            "under-25s had risen by 40% since 2019. The Harbour Institute said a flat fare for apprentices would "
            "help. The transport department said it would study the report.\n")
    kind = _kind(text)
    assert kind.kind == kinds.NEWS, kind

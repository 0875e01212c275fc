"""An e-mail newsletter's own furniture is furniture (advert30, fresh29 defect 10: a newsletter was a press release by its
"Sign up here" footer and its sponsor's "Book now"). Its greeting, "Read more" lines, sponsor's block, sign-up lines and
footer are left out of the writer's own words (xlplugin.newsletter_lines), so the items keep their kind, and the cue
names the sponsor's block. Near misses: a club's newsletter inviting members to its own event in an item stays a press
release; a report that mentions unsubscribing is no newsletter. Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, prepare


def _kind(text: str) -> kinds.Kind:
    return kinds.classify(prepare(text))


_ITEMS = (
    "BRIDGE REPAIRS\nThe footbridge over the Mill Stream will close for six weeks from 12 January while its deck is "
    "replaced, the county council said. A diversion along Canal Walk adds about ten minutes.\nRead more \u2192\n\n"
    "SCHOOL ADMISSIONS\nApplications for secondary school places close on 31 October, and the council said 214 families "
    "had not yet applied. Late applications go to the back of the queue.\nRead more \u2192\n\n"
    "MARKET HALL\nTraders at the market hall told councillors on Tuesday that footfall had fallen by a fifth since the "
    "car park charges rose. The council said it would review the charges in spring.\nRead the full story\n\n"
)

_HEADS = [
    "View this email in your browser\n\nGood morning, Ashby!\n\nHere is your week in five minutes.\n\n",
    "Subject: The Friday Letter: bridges, schools and the market\n\nHi everyone,\n\n",
]

_FOOTS = [
    ("----------\nTHIS ISSUE IS BROUGHT TO YOU BY KELLER'S GARDEN CENTRE\nBulbs half price this weekend. Visit us on "
     "Station Road. Shop now \u2192\n----------\n\nThat's all for this week. Got a story? Just reply to this email.\n\n"
     "See you next Friday,\nOmar @ The Friday Letter\n\nForward this to a friend | Was this forwarded to you? Sign up "
     "here\n\nYou are receiving this email because you subscribed at fridayletter.co.uk.\nUnsubscribe | Update your "
     "preferences\nThe Friday Letter Ltd, 2 Mill Yard, Ashby AB1 2CD\n"),
    ("Today's sponsor: Riverside Dental\nNew patients welcome. Book now for a free check-up before 1 March.\n\n"
     "Forwarded this email? Sign up here for free.\n\nYou're receiving this because you signed up on our website. "
     "Manage your subscription or unsubscribe.\n"),
]


@pytest.mark.parametrize("head", _HEADS)
@pytest.mark.parametrize("foot", _FOOTS)
def test_a_newsletter_of_reports_is_a_news_report_and_its_sponsor_is_named(head, foot):
    kind = _kind(head + _ITEMS + foot)
    assert kind.kind == kinds.NEWS, kind
    cue = next(cue for cue in kind.cues if cue.startswith("an e-mail newsletter"))
    assert "sponsor:" in cue, cue


def test_the_sign_up_line_and_the_sponsors_call_are_not_the_writers_own_words():
    from xlplugin import newsletter_lines

    text = _HEADS[0] + _ITEMS + _FOOTS[0]
    letter = newsletter_lines.furniture(text.lower())
    assert letter is not None and letter.sponsor.startswith("this issue is brought to you by")
    furniture = [text[a:b] for a, b in letter.spans]
    assert any(line.endswith("Shop now \u2192") for line in furniture), furniture  # (the sponsor's block)
    for line in ("View this email in your browser", "Good morning, Ashby!", "Read more \u2192",
                 "Forward this to a friend | Was this forwarded to you? Sign up here",
                 "The Friday Letter Ltd, 2 Mill Yard, Ashby AB1 2CD"):
        assert line in furniture, (line, furniture)
    # the items' prose is not furniture
    assert not any("footbridge" in line or "Applications" in line for line in furniture)


def test_a_clubs_newsletter_inviting_members_to_its_own_event_stays_a_press_release():
    text = (_HEADS[0] + "OPEN DAY\nJoin us on Saturday 14 March at 10am for our open day at the boathouse. We warmly "
            "invite you and your family to try rowing on the river, with our coaches on hand all morning.\n\n"
            "NEW BOATS\nOur two new boats arrive in April, paid for by members' fundraising. We are delighted to "
            "announce that the club now has 212 members.\n\n" + _FOOTS[1])
    assert _kind(text).kind == kinds.PRESS_RELEASE, _kind(text)


@pytest.mark.parametrize("text", [
    ("Thousands of readers tried to unsubscribe from the council's alerts on Monday after a fault sent 40 messages "
     "overnight, the council said. A spokesman said the fault had been fixed. Sign up here was the only link that "
     "worked, one resident said."),
    ("A charity's newsletter was sent to 3,000 people who had asked to unsubscribe, the regulator said on Tuesday. "
     "The charity said it had updated its systems."),
])
def test_a_report_that_mentions_unsubscribing_is_no_newsletter(text):
    from xlplugin import newsletter_lines

    assert newsletter_lines.furniture(text.lower()) is None
    assert not any(cue.startswith("an e-mail newsletter") for cue in _kind(text).cues)


@pytest.mark.parametrize("call", ["Book now for the spring tour.", "Reserve your place today."])
def test_a_call_to_book_quoted_from_someone_else_is_not_the_writers(call):
    report = (f"The travel firm Harbour Tours put up posters across the town. \"{call}\" they read. Trading "
              "standards officers said on Monday that the firm had taken deposits for tours it could not run. "
              "The firm said it would refund every customer.")
    assert not any(cue.startswith("a call to book or buy") for cue in _kind(report).cues), _kind(report)
    own = f"The travel firm Harbour Tours runs coach trips to the coast every spring. {call} Seats are limited."
    assert any(cue.startswith("a call to book or buy") for cue in _kind(own).cues), _kind(own)

"""(kinds32) One event's own page is not an article: a short line near the top giving the event's day or date with its
clock time, and two or more short lines of the terms of going to it (entry, tickets, running time, ages, access,
parking, refreshments): kinds._event_page. A listing of three events was already one (kinds28's event lines); a single
event's page read as a news report with an index (a village fair's notice 89, a theatre's page for a play 93).
Near misses that keep their kind: a report on the same event, a review with the run's details at its end, a page whose
publication stamp stands at the top, an organisation inviting its members to its own event. Every text here is written
fresh for these tests.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds
from xlplugin.cells import unscored_why  # (status45: the whole reason is the Why; the Status says its head)
from xlplugin.engine import score_document
from xlplugin.settings import Settings
from xlplugin.text import prepare

NEWS, OPINION, RELEASE = "news report", "opinion or analysis", "press release"


def _result(text: str, **meta):
    return score_document(prepare(text, **meta), Settings(), id="t")


EVENT_PAGES = [
    # a village show's notice, pasted as text
    """Fernley Summer Show 2026

Sunday 12 July, 11am to 5pm
Fernley Recreation Ground, off Mill Road

Free entry. Dogs welcome on short leads.

Vegetable and flower classes, a dog show at 2pm, vintage tractors and a brass band on the bandstand from noon.
Entries for the produce classes must be staged by 10am; schedules from the village shop.

Refreshments all day in the pavilion, run by the cricket club.
Parking in the field next to the ground, £3 per car.

Enquiries: show secretary Alan Breck, 01632 960 771""",
    # a theatre's page for one production
    """The Winter's Tale

Thu 5 - Sat 7 November 2026, 7.30pm

Riverside Arts Centre, Studio Theatre

Shakespeare's late romance in a new production by the Tidewater Players, set in a seaside town in 1958: a jealous
king, a lost daughter and a statue that may not be a statue.

Running time: 2 hours 40 minutes including an interval.
Tickets £16, concessions £12, under 18s £8.
Suitable for ages 11+.
The Friday performance is captioned.""",
    # a library's talk
    """An Evening with Marguerite Olsen

Tuesday 14 April, 7pm

Kelby Central Library, first floor reading room

The novelist talks about her new book, The Salt Roads, a family story set among the herring fleets of the 1900s,
and reads from it for the first time in public.

Free entry, but booking is essential: ask at any Kelby library.
The reading room has step-free access and a hearing loop.
Refreshments from 6.30pm.""",
    # a gig, its doors and ticket lines
    """Harbour Lights + support from The Pale Tides

Friday 20 March 2026, 8pm

The Boathouse, Quay Street

The Cornish five-piece return to the Boathouse after a sold-out winter tour, playing songs from their third album.

Doors open 7pm.
Tickets £14 in advance, £17 on the door.
Ages 14+ (under 16s with an adult).""",
]


@pytest.mark.parametrize("text", EVENT_PAGES)
def test_one_events_own_page_is_not_an_article_and_has_no_index(text):
    result = _result(text)
    assert result.kind == kinds.NOT_ARTICLE, result.kind_cues
    assert result.reliability is None
    assert "one event's own page" in unscored_why(result), unscored_why(result)


def test_the_same_page_on_a_web_site_is_not_an_article_either():
    text = EVENT_PAGES[1]
    result = _result(text, title="The Winter's Tale | Riverside Arts Centre", url="https://riverside.example/shows/winters-tale",
                     page_type="website")
    assert result.kind == kinds.NOT_ARTICLE, result.kind_cues


def test_without_its_date_line_or_its_terms_the_page_is_no_event_page():
    no_date = EVENT_PAGES[1].replace("Thu 5 - Sat 7 November 2026, 7.30pm\n\n", "")
    assert not any("one event's own page" in cue for cue in kinds.classify(prepare(no_date)).cues)
    one_term = "\n".join(line for line in EVENT_PAGES[2].split("\n")
                         if "booking" not in line and "step-free" not in line)
    assert not any("one event's own page" in cue for cue in kinds.classify(prepare(one_term)).cues)


NEAR_MISSES = [
    # a report on the same show: its day and time in a sentence, the organisers quoted
    (NEWS, """Fernley Summer Show returns after two-year break

The Fernley Summer Show will return to the recreation ground on Sunday 12 July after two years off, its organisers said.

The show runs from 11am to 5pm. Entry is free, and dogs are welcome on short leads, show secretary Alan Breck said.

"We lost the show to flooding in 2024 and to the cost of insurance last year," he said. "The village has raised
the money to bring it back."

Parking will be in the field next to the ground, at £3 a car, and the cricket club will run refreshments all day.
Mr Breck said about 2,000 people were expected."""),
    # a theatre review whose run's details stand at its end
    (OPINION, """Review: The Winter's Tale, Riverside Arts Centre

The Tidewater Players move Shakespeare's late romance to a seaside town in 1958, and for most of the first half it
works beautifully. I have rarely seen Leontes' jealousy played so quietly, or so frighteningly.

The second half is weaker: the sheep-shearing becomes a holiday-camp talent show that goes on far too long. But the
final scene, with its statue, had half the audience in tears.

Until Saturday 7 November, 7.30pm.
Tickets £16, concessions £12."""),
    # a news page whose publication stamp stands at the top, about a festival's tickets and parking
    (NEWS, """Tuesday 3 March 2026, 10:45am

Festival tickets sell out in four hours

All 12,000 weekend tickets for the Kelby Folk Festival sold out within four hours on Monday, the organisers said.

Tickets went on sale at 9am and the website crashed twice, according to buyers who posted on social media.

The festival said parking would again be limited to 3,000 cars and urged visitors to use the shuttle buses."""),
]


@pytest.mark.parametrize("kind,text", NEAR_MISSES)
def test_a_report_a_review_and_a_stamped_page_keep_their_kind_and_index(kind, text):
    result = _result(text)
    assert result.kind == kind, result.kind_cues
    assert result.reliability is not None
    assert not any("one event's own page" in cue for cue in result.kind_cues)


def test_an_organisations_invitation_to_its_own_event_stays_a_press_release():
    text = """Kelby Rowing Club open day

Join us for our open day on Saturday 18 April, when the boathouse opens its doors from 10am to 3pm. We warmly invite
everyone in Kelby to try rowing on the river with our coaches, meet our members and see the new boats our lottery
grant has paid for.

The club was founded in 1889 and now has 240 members, from juniors of 11 to a crew of rowers in their eighties, and
last year our women's eight won at the regional championships for the first time.

Club captain Helen Moss said the club hoped to recruit 40 new members this spring."""
    assert _result(text).kind == RELEASE

"""(threads27) Forum threads copied as text, read as threads: posts headed by their poster's name
alone on a line ("NAME wrote:", a bare "u/NAME", "Posted by NAME"), a "· N points" thread too short
for anything else, and a forum's breadcrumb ("Posted in X Forum > Y"). Each is a forum or social post
(never verse), and the provenance cue "forum furniture" is found. Near-misses keep their kinds: a news
report quoting a post in its sentences, an interview transcript, a poem, a letters page, a report
quoting three letters ("He wrote:"), a news site's own breadcrumb.

All texts here were written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, score_text
from xlplugin.text import prepare

FORUM = "forum or social post"


def _furniture(result) -> bool:
    return any(e.kind == "forum furniture" and "not found" not in (e.detail or "")
               for e in result.signals["provenance"].evidence)


def _thread(title: str, head: str, fmt: str, posts: list[tuple[str, str]]) -> str:
    body = "\n\n".join(fmt.format(n=n, p=7 + 3 * i, t=t) for i, (n, t) in enumerate(posts))
    return f"{title}\n\n{head}\n\n{body}\n" if head else f"{title}\n\n{body}\n"


# Short replies: one or two lines each (read as verse on main)
SHORT_POSTS = [
    ("birch_lane", "our landlord says the boiler will be fixed friday. anyone else in the block still cold?"),
    ("tomsk77", "yes flat 4 here, no heating since monday"),
    ("birch_lane", "did you report it to the agency or the landlord"),
    ("PennyFarthing", "Report it in writing to both. Keep a copy of the email."),
    ("tomsk77", "done. they said an engineer is booked"),
    ("PennyFarthing", "Good. If it is not fixed by the weekend, call the council's housing team."),
    ("birch_lane", "thanks, will do"),
    ("nightowl_3", "same building, number 9. ours came back on an hour ago, fingers crossed"),
]
# Longer posts: a few sentences each (read as opinion or analysis on main)
LONG_POSTS = [
    ("quarry_dad", "The school has moved the bus stop to the far side of the roundabout this term. My two now "
                   "have to cross the main road twice, and there is no crossing patrol on that side at all. "
                   "Has anyone else raised it with the head yet, or should we write as a group?"),
    ("mossbank_mum", "I asked at the office on Tuesday. They said it was the bus company's decision, not "
                     "theirs, because the old stop was too close to the bend for the new double deckers."),
    ("quarry_dad", "That makes some sense, but then somebody needs to ask the county for a crossing. "
                   "It cannot be left like this all winter when it gets dark at four."),
    ("Greyhound_Gil", "I drive that route most mornings. Traffic is slow there at half eight, but the vans "
                      "come round the roundabout quickly and you cannot see a child behind the parked cars."),
    ("mossbank_mum", "There is a parents' meeting on the twelfth. I will bring it up there and ask the "
                     "governors to write to the county. Anyone who wants to add their name, message me."),
    ("quarry_dad", "Thank you, I will come along. I will also email our councillor tonight."),
]

TITLE = "Re: heating off again in the Elm Court flats"
CRUMB = "Posted in Eastvale Tenants Forum > Housing"


@pytest.mark.parametrize("fmt", ["{n} wrote:\n{t}", "u/{n}\n{t}", "Posted by {n}\n{t}", "u/{n} \u00b7 {p} points\n{t}"])
@pytest.mark.parametrize("posts", [SHORT_POSTS, LONG_POSTS], ids=["short", "long"])
def test_thread_of_named_posts_is_a_forum_post_with_its_furniture(fmt, posts):
    title = TITLE if posts is SHORT_POSTS else "Thread: new bus stop by the school - is it safe?"
    result = score_text(_thread(title, "", fmt, posts))
    assert result.kind == FORUM, (fmt, result.kind, result.kind_cues)
    assert result.reliability is not None
    assert _furniture(result)


@pytest.mark.parametrize("head", [CRUMB, "r/EastvaleTenants", "Posted in Northgate Allotments Forum \u00bb Pests"])
def test_short_thread_under_a_forum_head_is_no_verse(head):
    result = score_text(_thread(TITLE, head, "{n} wrote:\n{t}", SHORT_POSTS))
    assert result.kind == FORUM
    assert not any("verse" in c for c in result.kind_cues)
    assert result.reliability is not None


@pytest.mark.parametrize("fmt", ["u/{n}\n{t}", "{n} wrote:\n{t}"])
def test_thread_opening_with_its_first_poster_line(fmt):
    text = "\n\n".join(fmt.format(n=n, t=t) for n, t in LONG_POSTS)
    doc = prepare(text)
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == "quarry_dad"
    assert score_text(text).kind == FORUM


def test_points_thread_of_about_a_hundred_words_is_a_forum_post():
    posts = [("lark_rise", "is the ferry running today? the website says nothing"),
             ("harbour_hal", "cancelled till noon, wind"),
             ("lark_rise", "thanks, will wait then"),
             ("Sea_Glass_21", "first sailing after noon is 12:40, it was on the board at the terminal"),
             ("harbour_hal", "yep and the 14:10 is already full of cars"),
             ("lark_rise", "foot passenger so should be ok")]
    text = _thread("Ferry cancelled this morning?", "r/IsleOfCarran", "u/{n} \u00b7 {p} points\n{t}", posts)
    assert 60 <= len(text.split()) <= 130
    result = score_text(text)
    assert result.kind == FORUM
    assert _furniture(result)


def test_other_posters_questions_are_their_words():
    text = _thread(TITLE, CRUMB, "{n} wrote:\n{t}", SHORT_POSTS)
    doc = prepare(text)
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == "birch_lane"
    quoted = forum_posts.quoted_posts(doc)
    question = text.index("did you report it")
    assert not any(s <= question < e for s, e in quoted)  # the author's own question stays theirs
    for phrase in ("no heating since monday", "Report it in writing", "ours came back on"):
        at = text.index(phrase)
        assert any(s <= at < e for s, e in quoted), phrase


def test_a_single_post_under_a_forum_breadcrumb_shows_forum_furniture():
    text = ("Posted in Riverside Anglers Forum > Regulations\n\n"
            "Does anyone know whether the night fishing ban on the lower weir still applies after the "
            "new licence year starts? The notice on the gate is from last spring and the club secretary "
            "has not replied to my email. I would rather not get a fine on my first trip out.\n")
    result = score_text(text)
    assert _furniture(result)
    assert result.kind == FORUM


# Near-misses

REPORT = """Residents say heating failures at Elm Court went unreported for a week

By Sarah Odell

Tenants at the Elm Court flats in Eastvale say their heating failed on Monday and stayed off for most of the week, despite repeated calls to the managing agency.

Several residents described the problem on a local forum. One user, u/birch_lane, wrote: "Our landlord says the boiler will be fixed on Friday." Another, who posts as tomsk77, said the flat had been cold since Monday.

The agency, Harwood Lettings, said an engineer had been booked for Thursday and that a replacement part had been ordered from the manufacturer. "We understand how difficult this has been for tenants," a spokesperson said.

Eastvale council's housing team said it had contacted the landlord and would inspect the building next week if the heating was not restored.
"""

LETTERS = """Letters to the editor

The bus stop by Quarry Lane school is in the wrong place. Children now cross the main road twice each morning, and there is no patrol on that side. The county should put in a crossing before the clocks change.
Hannah Prewett
Mossbank

I drive the route each morning and agree with your correspondent last week. The vans come round the roundabout far too fast for a stop so close to it.
Gilbert Hale
Northgate

Thank you for your report on the allotment rents. The committee met on Monday and will publish the new charges in the spring newsletter.
Dorothy Amos
Eastvale
"""

TRANSCRIPT = """Transcript: Eastvale Radio breakfast programme, 3 March

PRESENTER: Good morning. With me is the council's housing lead, Councillor Ruth Mbeki. Councillor, the heating at Elm Court has been off for a week. Why so long?

MBEKI: It has taken too long, and I have said so to the landlord. Our officers visited on Wednesday and an engineer was booked for Thursday.

PRESENTER: Tenants say they called the agency every day. What can the council actually do?

MBEKI: We can serve a notice requiring the repair, and if it is not done we can carry out the work and charge the landlord. We would rather not have to.

PRESENTER: Councillor Mbeki, thank you.
"""

POEM = """Elm Court, February

The boiler coughs and then is still,
the radiators cool
along the landing, down the hill
of stairs to the old school

where someone's child is wearing gloves
to eat a bowl of rice;
the kettle sings of what it loves,
and then it sings it twice.

We leave a note beneath the door,
we call, and call again;
the winter waits on every floor
and counts us, one to ten.
"""

HE_WROTE = """Council releases letters on the Quarry Lane crossing

The county council has published three letters about the crossing outside Quarry Lane school, after a request from a parents' group.

In the first, sent in October, the head teacher asked the county for a patrol. He wrote:
"The stop has moved and children now cross twice. I ask that a patrol be considered."

The county's highways officer replied in November. She wrote:
"A survey of traffic will be carried out in the new year and a decision made after it."

The head teacher answered in December. He wrote:
"I am grateful, but a survey in the new year leaves the whole winter without a patrol."

The county said on Tuesday that the survey had been brought forward to January.
"""

SITE_CRUMB = """Home > News > Local

Bus stop moved away from Quarry Lane school

By Peter Lowry

The bus stop outside Quarry Lane school has been moved to the far side of the roundabout, the bus company said on Monday, because the old stop was too close to the bend for its new double-decker buses.

Parents said pupils now had to cross the main road twice. The county council said a traffic survey would be carried out in January.
"""


@pytest.mark.parametrize("text", [REPORT, LETTERS, TRANSCRIPT, POEM, HE_WROTE, SITE_CRUMB],
                         ids=["report-quoting-a-post", "letters", "transcript", "poem", "he-wrote", "site-breadcrumb"])
def test_near_misses_are_no_threads(text):
    doc = prepare(text)
    assert forum_posts.thread(doc) is None
    assert forum_posts.breadcrumb_line(doc) is None
    result = score_text(text)
    assert result.kind != FORUM, result.kind_cues
    assert not _furniture(result)


def test_near_misses_keep_their_kinds():
    assert score_text(POEM).kind == "not an article"
    assert score_text(LETTERS).kind == "opinion or analysis"
    assert score_text(REPORT).kind == "news report"

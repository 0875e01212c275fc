"""(forum26) A social site's comment thread copied as text: a post, then replies, each under its
commenter's name line and over the site's buttons ("Reply \u00b7 Like \u00b7 3 \u00b7 2h", or "Reply \u00b7",
"Like \u00b7 3", "2h" on lines of their own). The replies are other members' words; their button
lines are furniture and cost the poster nothing (xlplugin/forum_posts.py, `_social_thread`).
Fixtures written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, kinds
from xlplugin.scorers import loaded_language, provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _post(name: str, words: str, buttons: str) -> str:
    return f"{name}\n{words}\n{buttons}\n"


# (poster, age line, post, post's own buttons), then replies (name, words, buttons)
THREADS = [
    ("Janet Orley", "5h \u00b7",
     "Does anyone know why the number 12 bus stopped running past the hospital? My mum has an appointment "
     "there every Tuesday and the driver told her the route changed last month. I rang the depot twice and "
     "nobody picked up. She is 82 and can't walk from the high street.", "Like \u00b7 23",
     [("Dave Pritchard", "They scrapped it because the councillors are a bunch of useless crooks. Absolute "
       "disgrace!!", "Reply \u00b7 Like \u00b7 3 \u00b7 2h"),
      ("Sue Tolland", "The route change was on the notice board at the depot in March. The hospital runs a "
       "shuttle from the high street if you ring the day before.", "Reply \u00b7 1h"),
      ("Mark Bellamy", "Typical. They waste millions on consultants and then cut the one bus old people "
       "need. Vote them all out!!!", "Reply \u00b7 Like \u00b7 7 \u00b7 45m")]),
    ("pinecone_pat", "3d",
     "Has anyone else's council tax bill gone up by more than the 5 percent in the letter? Mine says 7.9 "
     "percent for band C and I can't see why. I have written to the finance office and I am waiting to "
     "hear back.", "Like \u00b7 12",
     [("@sue_t", "Ours went up the same. They are robbing pensioners blind while the bosses get a pay "
       "rise. Disgusting!!", "Reply \u00b7\nLike \u00b7 3\n2d"),
      ("hiker99", "The extra is the adult social care part, it's printed on the back of the bill.",
       "Reply \u00b7\nLike \u00b7 9\n2d"),
      ("DaveInTheHills", "Corrupt to the core, the whole rotten lot of them!!!", "Reply \u00b7\nLike \u00b7 1\n20h")]),
    ("Priya Raman", "2d \u00b7 Edited",
     "Our allotment site is finally getting a water supply after four summers of carrying cans from the "
     "road. The committee voted for it last night and the pipes go in next month. I will post photos when "
     "the first tap works.", "14 likes",
     [("Tom Aske", "About time! The old committee were a shambles and a total joke!!", "Like \u00b7 Reply \u00b7 1d"),
      ("gardener_gwen", "Lovely news. Will there be a tap at the top plots as well?", "Like \u00b7 Reply \u00b7 1d"),
      ("Bill Horrocks", "Outrageous waste of our rent money!!! Scandalous!", "Like \u00b7 Reply \u00b7 3 \u00b7 22h")]),
]


def _text(thread, replies=None) -> str:
    name, age, words, buttons, all_replies = thread
    out = f"{name}\n{age}\n{words}\n\n{buttons}\n"
    for reply in all_replies if replies is None else replies:
        out += "\n" + _post(*reply)
    return out


@pytest.mark.parametrize("thread", THREADS)
def test_a_copied_comment_thread_is_a_thread_whose_replies_are_other_members(thread):
    doc = prepare(_text(thread))
    found = forum_posts.thread(doc)
    assert found is not None
    lines, poster = found
    assert poster == thread[0].lower()
    assert [h for _, _, h in lines[1:]] == [r[0].lstrip("@").lower() for r in thread[4]]
    quoted = forum_posts.quoted_posts(doc)
    for name, words, _ in thread[4]:
        assert any(words[:40] in doc.text[s:e] for s, e in quoted)
    assert not any(thread[2][:40] in doc.text[s:e] for s, e in quoted)
    # the replies' "disgrace", "crooks", "!!!" are theirs, not the poster's
    details = loaded_language.score(doc, Settings()).details
    assert details["exclamation"] == 0
    assert details["emotive"] + details["derogatory"] == 0
    assert details["quoted"] >= 2
    assert kinds.classify(doc).kind == "forum or social post"


def _cue(doc, name: str) -> bool:
    return any(e.kind == name and e.present for e in provenance.score(doc, Settings()).evidence)


@pytest.mark.parametrize("thread", THREADS)
def test_the_replies_buttons_cost_the_poster_nothing(thread):
    alone = prepare(_text(thread, replies=[]))
    whole = prepare(_text(thread))
    # the poster's own post decides the forum-furniture cue, as it does alone
    assert _cue(whole, "forum furniture") == _cue(alone, "forum furniture")
    assert provenance.score(whole, Settings()).value >= provenance.score(alone, Settings()).value


def test_the_posters_own_reply_stays_theirs():
    name = THREADS[0][0]
    replies = [*THREADS[0][4], (name, "Honestly this council is a disgrace!! Nobody answers anything.", "Reply \u00b7 10m")]
    doc = prepare(_text(THREADS[0], replies))
    details = loaded_language.score(doc, Settings()).details
    assert details["emotive"] == 1 and details["exclamation"] == 1


@pytest.mark.parametrize("text", [
    # one reply only: no thread
    _text(THREADS[0], THREADS[0][4][:1]),
    # names and counts but no reply button: no thread
    _text(THREADS[0]).replace("Reply \u00b7 ", ""),
    # a report whose short name lines head paragraphs, with a "Reply" line in its prose
    "Bus Cuts Anger Residents\n\nBy Ann Lee\n\nThe council cut the number 12 route in March, its transport "
    "report shows.\n\nJohn Marsh\nThe route's last driver, John Marsh, said the change was rushed.\n\nReply\n"
    "Residents have until 3 May to reply to the consultation, the council said.\n\nSue Hale\nA councillor, "
    "Sue Hale, said the council would reply in June.\n\nReply by post\n",
])
def test_no_social_thread_without_replies_under_reply_buttons(text):
    assert forum_posts.thread(prepare(text)) is None

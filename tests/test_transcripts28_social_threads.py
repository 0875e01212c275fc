"""(transcripts28) A thread saved from X/Twitter or a site like it: each post under a header line of
the poster's handle and the post's date or age ("@ferrywatch_kt · Apr 9", "Harbour Watch
@harbourwatch · Jun 2", "Gav @gav_on_tracks · 45m"), replies under "Replying to @NAME", the counts
under a post ("4 replies  12 reposts  31 likes"). On main such a thread was "not an article" (read
as verse, or as a page of short links) with no index. It is a forum or social post: the header lines
are furniture, the first poster is the author, the other posters' words are theirs. Near-misses
keep their kinds: a news report quoting a post in its sentences, a single post with its header, a
report that names a handle and a date in a sentence.

All texts here were written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, score_text
from xlplugin.text import prepare

FORUM = "forum or social post"

# (handle, display name, when, reply-to or "", the post)
FERRY = [
    ("ferrywatch_kt", "", "Apr 9", "", "Kestrel Island ferry cancelled again this morning. Third time this week. "
                                       "Operator says an engine part is on order."),
    ("ferrywatch_kt", "", "Apr 9", "", "2/ Next sailing listed is 14:10. Island school has told parents to keep "
                                       "children home if they cannot get across."),
    ("mollyb_isle", "", "Apr 9", "ferrywatch_kt", "my mum has a hospital appointment on the mainland at 11. "
                                                  "what are we supposed to do??"),
    ("ferrywatch_kt", "", "Apr 9", "mollyb_isle", "The operator says medical travellers can ring the harbour "
                                                  "office for the water taxi. Not confirmed it is running yet."),
    ("captain_drift", "", "Apr 9", "ferrywatch_kt", "Same story every spring. They never learn."),
    ("ferrywatch_kt", "", "Apr 10", "", "3/ Water taxi confirmed running from 10:00. Harbour office number is "
                                        "on the council page."),
]
MARINA = [
    ("harbourwatch", "Harbour Watch", "Jun 2", "", "The marina expansion vote is tonight at 7. Plans add 140 "
                                                   "berths and close the slipway to the public."),
    ("deecarr88", "Dee Carr", "Jun 2", "harbourwatch", "I have launched my kayak from that slipway for twenty "
                                                       "years. Where are we meant to go now?"),
    ("harbourwatch", "Harbour Watch", "Jun 2", "deecarr88", "The plan says a new public launch point at Gull "
                                                            "Point. No date for it yet."),
    ("tferris", "Tom Ferris", "Jun 3", "harbourwatch", "It passed 5-4. Berths first, the launch point in a "
                                                       "later phase."),
]
TRAINS = [
    ("nfield_rail", "Northfield Trains", "2h", "", "Signal failure at Ashby junction. Trains between Northfield "
                                                   "and Carrow delayed by up to 40 minutes."),
    ("priya_commutes", "Priya S", "1h", "nfield_rail", "Is the 17:32 running at all? The board just says delayed."),
    ("nfield_rail", "Northfield Trains", "1h", "priya_commutes", "Hi Priya, the 17:32 is expected to leave at "
                                                                 "18:05 from platform 2."),
    ("gav_on_tracks", "Gav", "45m", "nfield_rail", "Every single Tuesday. I am honestly done with this line."),
]
LIBRARY = [
    ("eastvale_libs", "Eastvale Libraries", "14 Nov 2026", "", "From Monday the Old Mill branch opens at 10:00, "
                                                               "not 9:00, while the heating is replaced."),
    ("reader_rosa", "Rosa M", "14 Nov 2026", "eastvale_libs", "Will the homework club still run after school?"),
    ("eastvale_libs", "Eastvale Libraries", "14 Nov 2026", "reader_rosa", "Yes, the homework club runs as "
                                                                          "usual from 15:30 to 17:00."),
    ("old_mill_dad", "Marcus", "15 Nov 2026", "eastvale_libs", "Thanks for the notice. Any end date for the "
                                                               "works yet?"),
]


def _thread(posts, counts: bool = False) -> str:
    out = []
    for i, (handle, name, when, to, post) in enumerate(posts):
        head = f"{name} @{handle} \u00b7 {when}" if name else f"@{handle} \u00b7 {when}"
        lines = [head] + ([f"Replying to @{to}"] if to else []) + [post]
        if counts:
            lines.append(f"{i + 1} replies  {3 * i + 2} reposts  {7 * i + 11} likes")
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


THREADS = {"handles_and_dates": _thread(FERRY), "display_names_with_counts": _thread(MARINA, counts=True),
           "display_names_with_ages": _thread(TRAINS), "dates_with_years": _thread(LIBRARY),
           "lower_case_replying": _thread(FERRY).replace("Replying to", "replying to")}


@pytest.mark.parametrize("name", sorted(THREADS))
def test_a_saved_social_thread_is_a_forum_post_with_an_index(name):
    result = score_text(THREADS[name])
    assert result.kind == FORUM, (name, result.kind, result.kind_cues)
    assert result.reliability is not None
    assert not any("verse" in c or "short links" in c for c in result.kind_cues), result.kind_cues


@pytest.mark.parametrize("posts", [FERRY, MARINA, TRAINS, LIBRARY], ids=["ferry", "marina", "trains", "library"])
def test_the_first_poster_is_the_author_and_the_others_words_are_theirs(posts):
    text = _thread(posts)
    doc = prepare(text)
    found = forum_posts.thread(doc)
    assert found is not None
    assert found[1] == posts[0][0]
    quoted = forum_posts.quoted_posts(doc)
    for handle, _name, _when, _to, post in posts:
        at = text.index(post[:30])
        assert any(s <= at < e for s, e in quoted) == (handle != posts[0][0]), handle


def test_the_counts_and_reply_lines_are_furniture_not_the_posters_claims():
    text = _thread(MARINA, counts=True)
    result = score_text(text)
    claims = [e.text for e in result.signals["unsourced_claims"].evidence if e.text]
    assert not any("reposts" in c or "Replying to" in c for c in claims), claims


# Near-misses: a report quoting a post, a single post, a handle and a date inside a sentence
REPORT = ("Anger over ferry cancellations on Kestrel Island\n\n"
          "Kestrel Island's ferry was cancelled for the third time in a week on Tuesday, the operator said, "
          "blaming a faulty engine part.\n\n"
          "One resident, @mollyb_isle, wrote on X that her mother had a hospital appointment on the mainland. "
          "\"What are we supposed to do?\" she asked.\n\n"
          "The harbour office said a water taxi would run from 10:00 on Wednesday for medical travellers. The "
          "operator, Kestrel Sea Links, said the part was due on Friday.\n\n"
          "A council spokesperson said it had asked the operator for a timetable of repairs.\n")
SINGLE = ("Harbour Watch @harbourwatch \u00b7 Jun 2\n"
          "The marina expansion vote is tonight at 7. Plans add 140 berths and close the slipway to the public. "
          "Councillors have had the papers since May and the officer's report recommends approval with "
          "conditions on parking.\n")
SENTENCES = ("Council closes Elm Street pool\n\n"
             "The council's account, @eastvale_council, posted on Mar 3 that the pool would close in June. "
             "Repairs had been costed at 2.1 million pounds, the council's report said.\n\n"
             "A reply from @jo_swims on Mar 3 called the closure a loss for the town. The council said a new pool "
             "was planned at the leisure centre by 2028.\n\n"
             "The leisure centre's manager, Ann Price, said lessons would move there in July.\n")


@pytest.mark.parametrize("text", [REPORT, SINGLE, SENTENCES], ids=["report", "single_post", "sentences"])
def test_near_misses_keep_their_kind(text):
    result = score_text(text)
    assert result.kind == "news report", (result.kind, result.kind_cues)
    assert forum_posts.thread(prepare(text)) is None

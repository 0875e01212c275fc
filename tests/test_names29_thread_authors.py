"""(names29) A forum or social thread saved as a text file: the author field is its first poster
(the one the thread rules take for its author: forum_posts.thread), as the thread writes the name,
and the Status says it was read from the poster line. Every text here is written for this test."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts
from xlplugin.inputs import read_file

WROTE = ("Re: bin collections skipped on Alder Street\nPosted in Northgate Residents Forum > Streets\n\n"
         "binwatch_al wrote:\nThird week running the green bins on Alder Street were not emptied. Anyone else?\n\n"
         "pennylane_42 wrote:\nSame on Birch Close. I rang the depot and got an answering machine.\n\n"
         "binwatch_al wrote:\nThanks, I will email the ward councillor tonight.\n\n"
         "mossy_mike wrote:\nThey changed the rota in March, check the leaflet.\n")
REDDIT = ("r/NorthgateTown\n\nu/tidepool_ted \u00b7 212 points\nThe footbridge at Mill Lane has been shut since "
          "Monday with no notice. Anyone know why?\n\n"
          "u/quaysider \u00b7 88 points\nSurvey crew were on it Tuesday, looked like a crack in the deck.\n\n"
          "u/tidepool_ted \u00b7 40 points\nThat would explain the fencing. Cheers.\n\n"
          "u/lantern_lou \u00b7 12 points\nTen minute detour for the school run now.\n")
SOCIAL_X = ("@canalwatch_ns \u00b7 May 4\nLock 7 on the Northgate canal is closed for repairs until Friday. "
            "Boats are queuing at the basin.\n\n"
            "Nia Rowe @niarowe \u00b7 May 4\nReplying to @canalwatch_ns\nIs the towpath still open for bikes?\n\n"
            "@canalwatch_ns \u00b7 May 4\nReplying to @niarowe\nYes, the towpath is open, only the lock is shut.\n\n"
            "Owen Pryce @opryce \u00b7 May 5\nReplying to @canalwatch_ns\nSecond closure this spring. Somebody "
            "should ask why.\n")
COMMENTS = ("Marta Kowal\n4h \u00b7\nThe crossing lights at Station Road have been out since the storm on Friday. "
            "I nearly got clipped by a van this morning with my two kids. I rang the council twice and got the "
            "same recorded message both times.\n\nLike \u00b7 18\n\n"
            "Ben Adeyemi\nSame here, I reported it on Saturday and heard nothing back at all.\n"
            "Reply \u00b7 Like \u00b7 2 \u00b7 3h\n\n"
            "Sue Hart\nThe council page says engineers are booked for Thursday morning.\nReply \u00b7 2h\n\n"
            "Gil Ferro\nUseless lot, the whole council!!\nReply \u00b7 Like \u00b7 4 \u00b7 1h\n")
QA = ("How do I reset the thermostat schedule on a Halden T4?\n\nMine keeps going back to the factory schedule after "
      "every power cut. I have tried holding the menu button.\n\nasked Mar 14, 2025 at 21:07 cold_kettle 1,231 rep\n\n"
      "Hold menu and the down arrow together for ten seconds, then pick Schedule and Save. The factory schedule "
      "comes back only if the battery is flat.\n\nanswered Mar 15, 2025 at 08:12 volt_nerd 18.4k rep\n\n"
      "Replace the backup battery too, it is a CR2032 behind the front plate.\n\n"
      "answered Mar 16, 2025 at 13:44 homefix_ana 211 rep\n")
THREADS = [(QA, "cold_kettle", "asked Mar 14, 2025 at 21:07 cold_kettle 1,231 rep"),
           (WROTE, "binwatch_al", "binwatch_al wrote:"),
           (REDDIT, "tidepool_ted", "u/tidepool_ted \u00b7 212 points"),
           (SOCIAL_X, "canalwatch_ns", "@canalwatch_ns \u00b7 May 4"),
           (COMMENTS, "Marta Kowal", "Marta Kowal")]


@pytest.mark.parametrize("text, poster, line", THREADS)
def test_a_threads_first_poster_fills_the_author(text, poster, line, tmp_path):
    assert forum_posts.first_poster(text) == (poster, line)
    path = tmp_path / "thread.txt"
    path.write_text(text, encoding="utf-8")
    read = read_file(path)
    assert read.author == poster
    assert f"author read from the thread's first poster line \u201c{line}\u201d" in read.note


def test_a_byline_or_front_matter_author_wins(tmp_path):
    path = tmp_path / "thread.md"
    path.write_text("---\nauthor: Jo Penrose\n---\n" + WROTE, encoding="utf-8")
    assert read_file(path).author == "Jo Penrose"


REPORT = ("Residents say bins went unemptied for three weeks\n\nBy Dana Whitcombe\n\n"
          "Residents of Alder Street say their green bins were not emptied for three weeks in March. On a local "
          "forum one resident, binwatch_al, wrote that the depot never answered the phone.\n\n"
          "The council said a new rota had started and apologised for the missed collections.\n")
ONE_POST = ("binwatch_al wrote:\nThird week running the green bins on Alder Street were not emptied. Anyone "
            "else? I rang the depot twice and got nowhere.\n")
# comments under an article: every post another member's, no author
ONLY_COMMENTS = ("Mill Lane footbridge shut for repairs\n\nThe footbridge at Mill Lane will stay shut until next month "
                 "while engineers repair a crack in its deck, the council said on Wednesday.\n\n"
                 "u/quaysider \u00b7 88 points\nSurvey crew were on it Tuesday, looked like a crack in the deck.\n\n"
                 "u/lantern_lou \u00b7 12 points\nTen minute detour for the school run now.\n\n"
                 "u/harbour_jo \u00b7 9 points\nThe council page says it reopens next month.\n")


@pytest.mark.parametrize("text, author", [(REPORT, "Dana Whitcombe"), (ONE_POST, ""), (ONLY_COMMENTS, "")])
def test_near_misses_keep_their_author(text, author, tmp_path):
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    read = read_file(path)
    assert read.author == author
    assert "first poster" not in read.note

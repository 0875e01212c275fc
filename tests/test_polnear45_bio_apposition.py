"""(polnear45) An outside contributor's op-ed signed at its foot by a bio line with an apposition between the
name and "is" ("Glenn Roe, a law professor at Northbridge University, is a member of the Gazette's Board of
Contributors.") is opinion, as "Jane Doe is president of ..." was (opfoot44: page_genres.contributor_foot). Guards:
a report ending with a profile of someone it quoted, and a report that says "said" four times and more, stay news
reports though their last line has the same shape. Texts written for this test."""

from __future__ import annotations

import pytest
from kinds_helpers import assert_kind_with_cue
from kinds_helpers import has_cue as _has
from kinds_helpers import kind_of as _kind

from xlplugin import kinds

FOOT = "an outside contributor's op-ed"

_OPED = ("The harbour needs a second slipway, not a third car park\n\nThe council's plan for the old boatyard puts "
         "two hundred parking spaces where the town's last slipway stands. That is the wrong trade for a fishing town "
         "whose boats already queue for the one ramp left.\n\nA car park earns a little every summer. A working "
         "slipway keeps a dozen small businesses afloat all year, and once it is paved over it will not come back.\n\n"
         "The plan should go back to the committee with the slipway kept and the parking moved up the hill.\n\n")

_REPORT = ("Council approves boatyard car park\n\nThe council voted on Tuesday to turn the old boatyard into a car park "
           "with two hundred spaces, the planning committee said.\n\nTom Reyes, who runs a ferry from the harbour, said "
           "the loss of the slipway would hurt. \"We queue for the ramp already,\" he said.\n\nThe committee's chair "
           "said the car park would open next spring. A spokeswoman for the harbour board said it would look at "
           "other sites for a slipway.\n\n")


@pytest.mark.parametrize("bio", [
    "Glenn Roe, a law professor at Northbridge University, is a member of the Gazette's Board of Contributors.",
    "Ann Lee, a former ambassador to Norway, is a fellow at the Harbour Institute.",
    "Priya Lund, 61, is the author of Slipways, a history of the county's boatyards.",
])
def test_an_op_ed_signed_by_a_bio_line_with_an_apposition_is_opinion(bio):
    assert_kind_with_cue(_OPED + bio + "\n", kinds.OPINION, FOOT)


# guards: the rule does not reach these (they pass on main too)
_PROFILE = ("Ferry pilot fights for the slipway\n\nTom Reyes has taken his ferry out of the harbour every morning "
            "for thirty years. Since the council voted to pave the old boatyard, he has been collecting signatures to "
            "keep its slipway.\n\n\"We queue for the ramp already,\" Reyes said. His petition has 900 names.\n\n")


def test_guard_a_report_ending_with_a_profile_of_someone_it_quoted_stays_news():
    kind = _kind(_PROFILE + "Tom Reyes, a ferry pilot, is a member of the harbour users' committee.\n")
    assert kind.kind == kinds.NEWS and not _has(kind, FOOT), kind


def test_guard_a_report_that_says_said_four_times_stays_news():
    kind = _kind(_REPORT + "Ann Lee, a planning officer, is a member of the committee that will review the site.\n")
    assert kind.kind == kinds.NEWS and not _has(kind, FOOT), kind

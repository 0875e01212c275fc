"""(speed57) Work of the document kinds done once where it was done several times, with the same answers:

- `editorial_voice` looks for an organisation's own work (which silences it) only where two sentences give the
  outlet's voice, and `fastmatch.alternatives_prefixes` leaves out a beginning that starts with another ("sollten"
  after "sollte": a `str.find` less, the same positions); `tests/test_speed52_sentence_scans.py` holds both measures
  to the old per-sentence scans.
- `kinds._Facts.time_marks` and `_Facts.clock_colons`: a time's "pm"/"a.m." after a digit and the clock times'
  colons, read by the measures of listings and time stamps, found once a document.

Every text here was written for these tests.
"""

from __future__ import annotations

import re

from xlplugin import editorial_voice, kinds, own_verdicts
from xlplugin.fastmatch import alternatives_prefixes
from xlplugin.kinds_shortcuts import clock_colons
from xlplugin.text import prepare

TEXT = ("The ferry leaves at 7pm. Tickets cost £5.\n\nDoors open at 6.30 p.m. and the talk starts at 19:45. "
        "The team met at 9 am; the example ran at 10:15 and again at 11:00.\n\nThe camp is free.")
EDITORIAL = ("In our judgment the harbour plan is not ready. We believe the council must publish the costs first. "
             "We have long argued for a new ferry pier.")


def test_editorial_voice_still_silent_on_an_organisations_own_work():
    doc = prepare(EDITORIAL)
    assert editorial_voice.editorial_voice(doc, _own(doc)) == (
        "3 sentences: 'in our judgment', 'we believe', 'we have long argued'")
    release = prepare(EDITORIAL + " We are delighted to open the pier.")
    assert editorial_voice.editorial_voice(release, _own(release)) is None
    one = prepare("We believe the council must publish the costs first. Our members are delighted.")
    assert editorial_voice.editorial_voice(one, _own(one)) is None


def test_time_marks_and_clock_colons_are_the_texts():
    doc = prepare(TEXT)
    facts = kinds._Facts(doc, kinds.rules())
    lower = doc.text.lower()
    # a mark right after a digit, or after a digit and a space ("7pm", "9 am", "6.30 p.m."); not "team", "example"
    want = sorted(m.start(1) for m in re.finditer(r"(?=\d ?(pm|am|p\.m\.|a\.m\.))", lower))
    assert sorted(facts.time_marks) == want and len(want) == 3
    assert facts.clock_colons == clock_colons(lower) == [m.start() + 2 for m in re.finditer(r"\d\d:\d\d", lower)]
    assert facts.time_marks is facts.time_marks  # found once


def test_a_beginning_that_starts_with_another_is_left_out():
    assert alternatives_prefixes([r"(?:sollte|sollten|müsste|müssten)", r"it is|it is time"]) == ("it is", "müsste", "sollte")
    assert "sollten" not in own_verdicts._VERDICT_PREFIXES and "sollte" in own_verdicts._VERDICT_PREFIXES


def _own(doc) -> str:
    return kinds._Facts(doc, kinds.rules(), "", None).own

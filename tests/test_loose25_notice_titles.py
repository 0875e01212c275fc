"""(loose25) A public notice's label lines over its headline: the headline is the title.

A council's or a court's notice saved as a .txt file opens with the issuer's name in capitals,
then "PUBLIC NOTICE", then the notice's headline. Both opening lines are label lines, so the
headline under them is the text's title (and the headline line, not a claim).
"""

from __future__ import annotations

import pytest

from xlplugin.file_titles import headline_line, label_line
from xlplugin.text import prepare
from xlplugin.title_lines import headline_end

BODY = ("Notice is hereby given that the district council will resurface the road between the church "
        "and the school from 3 August to 21 August, and the road will be closed to through traffic. "
        "Residents may write to the highways office with any questions.\n")

NOTICES = [
    ("BOROUGH OF KESTRELFORD", "PUBLIC NOTICE", "Resurfacing of Orchard Road and temporary parking suspension"),
    ("PARISH OF LOWER HAYTON", "Public Notice", "Closure of the village hall car park for drainage works"),
    ("CITY OF MARROWDALE", "STATUTORY NOTICE", "Proposed stopping up of a footpath beside Tanner Street"),
    ("DUNMORE HARBOUR BOARD", "NOTICE", "Changes to mooring fees for the winter season"),
]


@pytest.mark.parametrize("issuer,label,headline", NOTICES)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_two_label_lines_over_a_headline(issuer, label, headline, gap):
    text = f"{issuer}{gap}{label}{gap}{headline}\n\n{BODY}"
    assert headline_line(text) == headline
    doc = prepare(text, title=headline_line(text))
    assert text[:headline_end(doc)].rstrip().endswith(headline)


@pytest.mark.parametrize("label", ["Public notice", "PUBLIC NOTICE", "Legal notice:", "Official Notice"])
def test_notice_labels_are_labels(label):
    assert label_line(label)


def test_one_label_line_still_reads():
    assert headline_line(f"OPINION\n\nWhy the ferry timetable needs a rethink\n\n{BODY}") == \
        "Why the ferry timetable needs a rethink"


@pytest.mark.parametrize("text", [
    # a label, then a sentence: no headline
    f"TOWN OF ASHBURY\nPUBLIC NOTICE\n\n{BODY}",
    # three label lines: more than a notice's heading
    f"TOWN OF ASHBURY\nPUBLIC NOTICE\nHIGHWAYS\n\nTemporary closure of the Mill Lane bridge\n\n{BODY}",
    # a headline in capitals after two labels is none (a short line in capitals is a label)
    f"TOWN OF ASHBURY\nPUBLIC NOTICE\n\nROAD CLOSED\n\n{BODY}",
])
def test_near_misses_give_no_title(text):
    assert headline_line(text) == ""


def test_plain_story_keeps_its_headline():
    text = f"Ferry timetable changes from Monday in Dunmore\n\n{BODY}"
    assert headline_line(text) == "Ferry timetable changes from Monday in Dunmore"
    assert headline_line(BODY) == ""

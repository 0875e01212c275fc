"""Agency statements and speech transcripts: who wrote them and what they are called (kinds28; fresh25's defects 9
and 10). Every text here was written for this project.

1. a statement's foot signed with a rank before the name ("Lt. Marcus Hale" / "Public Information Officer"; "- Sgt.
   NAME, Public Information Officer, <department>") is its byline (was "no author"); a report quoting an officer by
   rank in its last sentence, and a dashed list of people with their posts at the foot, get none.
2. a transcript's first line naming the speaker whose remarks or speech it gives ("Transcript: Governor NAME's
   remarks at ...", "Remarks as prepared for delivery by ...") makes the speaker its byline: the speaker is the
   author of its words. A report on a speech, and a transcript label naming no one, give none.
3. a .txt file's issuer header block (the issuer's name in capitals, its press office, "Press Statement 26-118", a
   date, with no blank line between) over the headline has that headline as its title (was blank); a text whose
   first block is prose, or a poem's first stanza, gets no title from it.
"""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.file_titles import headline_line


def _bylines(text: str) -> list[str]:
    result = score_text(text)
    return [e.text for e in result.signals["provenance"].evidence if e.present and e.kind == "byline"]


_BODY = ("Officers arrested a 24-year-old woman on Tuesday in connection with a fire at a disused warehouse on Canal "
         "Street. Nobody was hurt. She has been charged with arson and will appear before magistrates on Friday.\n\n"
         "Anyone with information is asked to call the non-emergency line.\n\n")

_FEET = [
    ("Lt. Marcus Hale\nPublic Information Officer", "Lt. Marcus Hale"),
    ("Sgt. Dana Whitlock\nMedia Relations Officer", "Sgt. Dana Whitlock"),
    ("- Sgt. Lisa Howard, Public Information Officer, Northgate Police Department", "Sgt. Lisa Howard"),
    ("Det. Sgt. Owen Pryce, Press Officer, Ravensby Constabulary", "Det. Sgt. Owen Pryce"),
]


@pytest.mark.parametrize("foot,name", _FEET)
def test_ranked_sign_off_is_the_byline(foot, name):
    text = "Woman charged after warehouse fire\n\n" + _BODY + foot
    assert any(name in line for line in _bylines(text))


def test_dashed_list_of_people_at_the_foot_is_no_byline():
    text = ("Five engineers on what they learned\n\n" + _BODY + "Read the other interviews in this series:\n\n"
            "- Mara Quist, Platform Lead at Fernwork\n\n- Jon Ebner, Computer Scientist and Researcher at Hallam\n\n"
            "- Priya Nair, Design Consultant at Loomfield")
    assert _bylines(text) == []


def test_rank_in_a_reports_last_sentence_is_no_byline():
    text = ("Woman charged after warehouse fire\n\n" + _BODY
            + "The arrest followed a tip from a neighbour, said Lt. Marcus Hale, a police spokesman.")
    assert _bylines(text) == []


_TRANSCRIPTS = [
    ("Transcript: Governor Ann Brooks's remarks at the bridge opening, May 4, 2026", "Governor Ann Brooks"),
    ("Transcript: Mayor Lena Ortiz's speech to the chamber of commerce", "Mayor Lena Ortiz"),
    ("Full text of Senator Paul Adeyemi's commencement address", "Senator Paul Adeyemi"),
    ("Text of remarks as prepared for delivery by Chancellor Ruth Obi", "Chancellor Ruth Obi"),
]
_SPEECH = ("\n\nThank you all for coming. I grew up three streets from here, and I remember when this river had no "
           "crossing at all. Today it has one, and I want to thank the crews who built it through two winters.")


@pytest.mark.parametrize("label,name", _TRANSCRIPTS)
def test_transcript_speaker_is_the_byline(label, name):
    assert _bylines(label + _SPEECH) == [name]


@pytest.mark.parametrize("text", [
    # a report on the speech
    "Governor opens new bridge\n\nGovernor Ann Brooks opened the Mill Street bridge on Monday. \"I remember when this "
    "river had no crossing at all,\" she told the crowd. A transcript of her remarks was posted online.",
    # a transcript label naming no person
    "Transcript: the minister's remarks at the bridge opening" + _SPEECH,
])
def test_no_transcript_speaker_byline(text):
    assert _bylines(text) == []


_HEADERS = [
    ("CITY OF HALVERSTON POLICE DEPARTMENT\nOffice of Public Information\nPress Statement 26-118\nAugust 3, 2026",
     "Arrest made in Elm Street burglaries"),
    ("NORTHGATE FIRE AND RESCUE SERVICE\nNews Release No. 14\n12 March 2026", "Crews tackle barn fire near Oakley"),
    ("RAVENSBY CONSTABULARY\nMedia Relations Unit\nMarch 9, 2026", "Appeal after cyclist hurt on ring road"),
]


@pytest.mark.parametrize("header,title", _HEADERS)
def test_headline_under_an_issuer_header_block_is_the_title(header, title):
    text = header + "\n\n" + title + "\n\n" + _BODY
    assert headline_line(text) == title


@pytest.mark.parametrize("text", [
    # prose opening, two lines with no blank between
    "Officers were called to Canal Street on Tuesday night.\nA woman was arrested.\n\nShort line here\n\n" + _BODY,
    # a poem's first stanza over a second
    "The river runs\nbeneath the bridge\nwe built in spring\n\nAnd on it goes\n\nInto the sea, and we follow it.",
])
def test_no_title_from_a_block_that_is_no_header(text):
    assert headline_line(text) == ""

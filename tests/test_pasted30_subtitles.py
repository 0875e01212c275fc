"""(pasted30) A subtitle file (.srt, .vtt) is read as its spoken text: cue numbers, timing lines,
WebVTT's header and notes, sound cues and markup are furniture; the cues' lines are joined into
prose. Old main left such a file unread (a folder's .srt listed on stderr only; given by name,
"unsupported file type"). Every text here is written for these tests."""

from __future__ import annotations

import re

import pytest

from xlplugin.engine import score_many
from xlplugin.inputs import Record, Skipped, read_file, read_paths
from xlplugin.subtitles import SUBTITLE_NOTE, subtitle_prose

CUES = [
    ["The swimming baths on Orchard Street", "shut in the summer of 2019."],
    ["Since then the pool has stood empty,", "its windows boarded."],
    ["Last month a residents' trust", "raised £240,000 to reopen it."],
    ["- We had nine hundred people give", "between two and two hundred pounds."],
    ["- That was Priya Kaur,", "who chairs the Orchard Baths Trust."],
    ["[SPLASHING]"],
    ["The boiler has to be replaced first,", "which the trust expects to take a year."],
    ["A survey put that work at £95,000.", "The council has approved the plans."],
    ["Not every neighbour is pleased.", "Some fear the noise of early sessions."],
    ["- The first swim is due in autumn 2027."],
]
SPOKEN_WORDS = ["swimming baths", "£240,000", "nine hundred people", "Priya Kaur", "autumn 2027"]


def _srt(cues=CUES) -> str:
    blocks = []
    for n, lines in enumerate(cues, start=1):
        start = 4 * n
        blocks.append(f"{n}\n00:00:{start:02d},250 --> 00:00:{start + 3:02d},900\n" + "\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _vtt(cues=CUES) -> str:
    blocks = ["WEBVTT - pool story", "NOTE made by hand for a test\nsecond line of the note"]
    for n, lines in enumerate(cues, start=1):
        start = 4 * n
        voiced = [f"<v Narrator>{lines[0]}" if not lines[0].startswith(("-", "[")) else lines[0], *lines[1:]]
        blocks.append(f"cue-{n}\n00:{start:02d}.250 --> 00:{start + 3:02d}.900 align:start\n" + "\n".join(
            f"<i>{line}</i>" if i else line for i, line in enumerate(voiced)))
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("name,maker", [("pool.srt", _srt), ("pool.vtt", _vtt), ("POOL.SRT", _srt)])
def test_a_subtitle_file_is_read_as_its_spoken_text(tmp_path, name, maker):
    path = tmp_path / name
    path.write_text(maker(), encoding="utf-8")
    read = read_file(path)
    assert "-->" not in read.text and not re.search(r"^\s*\d+\s*$", read.text, re.M)
    assert "SPLASHING" not in read.text and "<" not in read.text and "NOTE" not in read.text
    assert "WEBVTT" not in read.text and "cue-" not in read.text
    for words in SPOKEN_WORDS:
        assert words in read.text
    # a sentence over two lines (and two cues) is one sentence
    assert "Last month a residents' trust raised £240,000 to reopen it." in read.text
    assert SUBTITLE_NOTE in read.note


def test_a_speakers_dash_starts_a_paragraph_without_its_dash():
    prose = subtitle_prose(_srt())
    paragraphs = prose.strip().split("\n\n")
    assert any(p.startswith("We had nine hundred people give") for p in paragraphs)
    assert any(p.startswith("That was Priya Kaur,") for p in paragraphs)
    assert not any(p.lstrip().startswith("-") for p in paragraphs)


def test_a_folder_reads_its_subtitles_and_scores_them_as_the_same_words_in_prose(tmp_path):
    (tmp_path / "pool.srt").write_text(_srt(), encoding="utf-8")
    (tmp_path / "pool_prose.txt").write_text(subtitle_prose(_srt()), encoding="utf-8")
    skipped: list[Skipped] = []
    items = [item for item in read_paths([str(tmp_path)], skipped=skipped) if isinstance(item, Record)]
    assert not skipped
    assert sorted(item.id for item in items) == ["pool.srt", "pool_prose.txt"]
    srt, prose = sorted(items, key=lambda item: item.id)
    assert srt.text == prose.text
    scored, again = score_many([srt.as_input(note=False), prose.as_input(note=False)], workers=1)
    assert scored.kind != "not an article" and scored.reliability is not None
    assert scored.reliability == again.reliability


def test_a_txt_file_holding_subtitles_is_read_as_before(tmp_path):
    """The near miss: only a subtitle file's own name (.srt, .vtt) says it is one."""
    path = tmp_path / "pool.txt"
    path.write_text(_srt(), encoding="utf-8")
    read = read_file(path)
    assert "-->" in read.text and SUBTITLE_NOTE not in (read.note or "")

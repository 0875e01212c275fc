"""(loud50) A .txt file written in Markdown is read as a .md file is: its bold, italic and link marks
left out (the text as it shows), so a bold byline is a byline and a bold verb of saying a verb,
and every evidence offset points into the text shown. A stray "**" (a garbling or redaction mark,
which provenance reads) keeps every mark as written; heading marks and list bullets stay.

Texts written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xlplugin.engine import score_many
from xlplugin.inputs import MARKDOWN_TXT_NOTE, read_file
from xlplugin.markdown_marks import reads_as_markdown

_STORY = """## Harbour board approves new ferry timetable

**By Jane Roe, Staff Writer**

*Published 3 March 2024*

The harbour board approved the new timetable on Tuesday, its chair **said**. The change follows [a survey of passengers](https://example.org/survey.pdf) that found 62 percent wanted earlier sailings.

- Sailings start at 6am from April.
- Fares stay the same.

"We listened to the people who use the ferry," said board chair Sam Reid.
"""

# A stray "**" where a word was lost (garbled or redacted), beside a pair that alone would read
# as bold: the marks are the text's own.
_GARBLED = """Ferry row deepens

The harbour board's ** said the timetable would change, and **Westvale** residents objected.
According to the board**, the survey was never published.
"""


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path)


def _scored(tmp_path: Path, name: str, text: str):
    return next(iter(score_many([_read(tmp_path, name, text)], workers=1)))


# --- fail on main ------------------------------------------------------------------------------

def test_a_markdown_txt_is_shown_without_its_marks_as_a_md_file_is(tmp_path):
    doc = _read(tmp_path, "story.txt", _STORY)
    assert "**" not in doc.text and "*Published" not in doc.text
    assert "By Jane Roe, Staff Writer\n" in doc.text
    assert "its chair said." in doc.text
    assert "a survey of passengers (https://example.org/survey.pdf)" in doc.text
    assert doc.text == _read(tmp_path, "story.md", _STORY).text
    assert MARKDOWN_TXT_NOTE in doc.note


def test_a_bold_byline_in_a_txt_is_its_author(tmp_path):
    doc = _read(tmp_path, "story.txt", _STORY)
    assert doc.author == "Jane Roe"
    assert doc.date == "3 March 2024"


def test_a_markdown_txt_scores_as_the_same_md_file_and_its_evidence_points_into_the_shown_text(tmp_path):
    as_txt = _scored(tmp_path, "story.txt", _STORY)
    as_md = _scored(tmp_path, "story.md", _STORY)
    for name in ("provenance", "unsourced_claims", "loaded_language"):
        assert as_txt.signals[name].value == as_md.signals[name].value, name
    assert as_txt.reliability == as_md.reliability
    byline = [e for e in as_txt.signals["provenance"].evidence if e.kind == "byline"]
    assert [e.text for e in byline] == ["By Jane Roe, Staff Writer"]
    for evidence in as_txt.signals["provenance"].evidence:
        if evidence.end > evidence.start:
            assert as_txt.text[evidence.start:evidence.end] == evidence.text


def test_the_json_output_says_the_file_was_read_as_markdown(tmp_path, capsys):
    from xlplugin import cli

    (tmp_path / "story.txt").write_text(_STORY, encoding="utf-8")
    assert cli.main(["score", str(tmp_path / "story.txt"), "--json", "--workers", "1"]) == 0
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert row["author"] == "Jane Roe"
    assert "read as Markdown" in row["input_note"]
    assert "**" not in row["text"]


# --- the near cases that must not change -------------------------------------------------------

def test_a_stray_double_star_keeps_every_mark_as_written(tmp_path):
    doc = _read(tmp_path, "garbled.txt", _GARBLED)
    assert doc.text == _GARBLED
    assert MARKDOWN_TXT_NOTE not in doc.note


def test_headings_and_bullets_stay(tmp_path):
    doc = _read(tmp_path, "story.txt", _STORY)
    assert doc.text.startswith("## Harbour board approves new ferry timetable\n")
    assert "\n- Sailings start at 6am from April.\n- Fares stay the same.\n" in doc.text
    assert doc.title == "Harbour board approves new ferry timetable"


def test_a_plain_txt_without_markdown_signs_is_as_it_was(tmp_path):
    plain = ("Ferry timetable changes\n\nThe board met on Tuesday. Call __init__ once; 5 * 3 * 2 is 30.\n"
             "Markdown's ** marks bold text, a reader wrote.\n")
    doc = _read(tmp_path, "plain.txt", plain)
    assert doc.text == plain
    assert MARKDOWN_TXT_NOTE not in doc.note


@pytest.mark.parametrize("text, markdown", [
    ("**By Jane Roe**", True),
    ("its chair **said**. Then", True),
    ("see [the report](https://example.org/a.pdf)", True),
    ('**"Quoted"** words', True),
    ("Japan**, this draft", False),            # a garbled word's mark
    ("posted ** against them", False),         # a redacted word's mark
    ("**Bold** and Japan** stray", False),     # a pair beside a stray mark: the marks are the text's
    ("![]() |", False),                        # an image mark with no target (a copied layout line)
    ("a snake_case_name and __init__", False),
    ("use `a **b** c` here", False),           # inside a code span
    ("a [bracketed] aside (and a note)", False),
])
def test_reads_as_markdown(text, markdown):
    assert reads_as_markdown(text) is markdown


_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


@pytest.mark.skipif(not _SEEDS.is_dir(), reason="the shared seeds (../shared/corpus/seeds) are not here")
def test_the_seeds_garbling_marks_stay():
    # The seeds are read at run time, never copied: a stray "**" in one is a garbling mark
    # provenance reads, and no seed reads as Markdown.
    for path in sorted(_SEEDS.glob("*.txt")):
        doc = read_file(path)
        raw = path.read_text(encoding="utf-8")
        assert doc.text.count("**") == raw.count("**"), path.name
        assert MARKDOWN_TXT_NOTE not in doc.note, path.name

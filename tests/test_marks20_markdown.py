"""(marks20) A .md file's Markdown is read as what it shows: emphasis marks and link syntax do not
hide a byline or a verb of saying, and the text shown is the text scored. Code stays code."""
from __future__ import annotations

import pytest

from xlplugin.inputs import read_file

STORY = ("The county will close two bus depots next spring to save money, the transport office "
         "said on Tuesday. Mara Quill, who runs the depot at Fenwick, said drivers had been told "
         "in a meeting. \u201cWe found out from a notice on the wall,\u201d said Tobias Renn, a "
         "driver for eleven years. The council said the savings would pay for new shelters.\n")
HEAD = "Depots to close\n\n"


def _score(path):
    from xlplugin.engine import score_many

    (result,) = score_many([read_file(path)])
    return result


@pytest.mark.parametrize("marked", ["**{}**", "*{}*", "_{}_", "__{}__", "***{}***"])
@pytest.mark.parametrize("byline", ["By Ivo Marsh", "By Petra Dunmore-Hale"])
def test_an_emphasised_byline_reads_as_the_plain_one(tmp_path, marked, byline):
    plain, md = tmp_path / "plain.txt", tmp_path / "marked.md"
    plain.write_text(HEAD + byline + "\n\n" + STORY, encoding="utf-8")
    md.write_text(HEAD + marked.format(byline) + "\n\n" + STORY, encoding="utf-8")
    assert read_file(md).text == read_file(plain).text
    assert _score(md).signals["provenance"].score == _score(plain).signals["provenance"].score


@pytest.mark.parametrize("verb", ["said", "told reporters"])
@pytest.mark.parametrize("marked", ["**{}**", "*{}*", "_{}_"])
def test_an_emphasised_verb_of_saying_still_attributes(tmp_path, verb, marked):
    story = STORY.replace("said on Tuesday", verb + " on Tuesday")
    plain, md = tmp_path / "plain.txt", tmp_path / "marked.md"
    plain.write_text(HEAD + story, encoding="utf-8")
    md.write_text(HEAD + story.replace(verb + " on Tuesday", marked.format(verb) + " on Tuesday"), encoding="utf-8")
    a, b = _score(plain), _score(md)
    assert b.signals["unsourced_claims"].score == a.signals["unsourced_claims"].score
    assert b.signals["provenance"].score == a.signals["provenance"].score


@pytest.mark.parametrize("name, target", [("Ivo Marsh", "https://news.example/staff/ivo"),
                                          ("Petra Dunmore", "/people/petra")])
def test_a_linked_byline_names_its_person(tmp_path, name, target):
    plain, md = tmp_path / "plain.txt", tmp_path / "linked.md"
    plain.write_text(HEAD + "By " + name + "\n\n" + STORY, encoding="utf-8")
    md.write_text(HEAD + f"By [{name}]({target})\n\n" + STORY, encoding="utf-8")
    text = read_file(md).text
    assert "[" not in text and f"By {name} ({target})" in text
    assert _score(md).signals["provenance"].score >= _score(plain).signals["provenance"].score


@pytest.mark.parametrize("text", [
    "Run `pip install **not_bold**` first.",
    "```\nx = a_b_c * 2 * d\n**kept**\n```\n",
    "The file snake_case_name.py and 2 * 3 * 4 stay as written.",
    "An address https://example.org/a_b_c_d/ stays whole.",
])
def test_code_and_plain_marks_stay(text):
    from xlplugin.markdown_marks import shown_markdown

    assert shown_markdown(text) == text


def test_the_evidence_points_at_the_text_shown(tmp_path):
    md = tmp_path / "marked.md"
    md.write_text(HEAD + "**By Ivo Marsh**\n\n" + STORY.replace("said", "**said**"), encoding="utf-8")
    doc = read_file(md)
    assert "**" not in doc.text
    result = _score(md)
    for signal in result.signals.values():
        for ev in getattr(signal, "evidence", ()) or ():
            start, end = getattr(ev, "start", None), getattr(ev, "end", None)
            if start is not None and end is not None and end > start:
                assert "*" not in doc.text[start:end]


def test_a_txt_file_keeps_its_marks_beside_a_stray_one(tmp_path):
    # (loud50) a .txt written in Markdown is read as a .md file is (tests/test_loud50_markdown_txt.py);
    # one holding a "**" outside any pair (a garbled or redacted word's mark) keeps every mark
    path = tmp_path / "notes.txt"
    path.write_text(HEAD + "**By Ivo Marsh**\n\n" + STORY + "\nThe depot's ** declined to comment.\n", encoding="utf-8")
    assert "**By Ivo Marsh**" in read_file(path).text

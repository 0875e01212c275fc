"""A .md file's front matter read as YAML and TOML mean it (hunt21 t15): a list of authors, inline
or one "- " line each, gives every author, joined with "; " as every multi-author cell is; a
quoted value reads as its quotes say ('It''s' in YAML single quotes is It's)."""

from __future__ import annotations

import pytest

from xlplugin.inputs import read_file

BODY = ("The harbour board agreed on Monday to dredge the eastern channel before the autumn storms. "
        "The harbour master said the silt had built up after two dry winters and that larger boats had "
        "run aground twice this year. The work is planned for September.")


def _read(tmp_path, front):
    path = tmp_path / "note.md"
    path.write_text(f"{front}\n{BODY}\n", encoding="utf-8")
    return read_file(path)


@pytest.mark.parametrize("front, author", [
    ("---\nauthor: [Mia Torres, Dev Patel]\ntitle: Channel to be dredged\n---\n", "Mia Torres; Dev Patel"),
    ("---\nauthors: [\"Mia Torres\", 'Dev Patel', Lin Wu]\n---\n", "Mia Torres; Dev Patel; Lin Wu"),
    ("---\ntitle: Channel to be dredged\nauthor:\n  - Mia Torres\n  - Dev Patel\ndate: 2025-06-02\n---\n",
     "Mia Torres; Dev Patel"),
    ("---\nauthors:\n- \"Mia Torres\"\n- Dev Patel\n- Lin Wu\ntags:\n  - harbour\n---\n", "Mia Torres; Dev Patel; Lin Wu"),
    ("+++\nauthors = [\"Mia Torres\", \"Dev Patel\"]\ntitle = \"Channel to be dredged\"\n+++\n", "Mia Torres; Dev Patel"),
    # a comma inside a quoted name is no separator
    ("---\nauthor: [\"Torres, Mia\", \"Patel, Dev\"]\n---\n", "Torres, Mia; Patel, Dev"),
    # near misses: one author stays one; a tags list below is not an author
    ("---\nauthor: Mia Torres\ntags: [harbour, storms]\n---\n", "Mia Torres"),
    ("---\nauthor: [Mia Torres]\n---\n", "Mia Torres"),
    ("---\nauthor:\n  - Mia Torres\ncategories:\n  - Local\n  - Sea\n---\n", "Mia Torres"),
])
def test_every_author_of_a_front_matter_list(tmp_path, front, author):
    doc = _read(tmp_path, front)
    assert doc.author == author
    assert doc.text.startswith("The harbour board")


@pytest.mark.parametrize("line, title", [
    ("title: 'It''s approved: the channel will be dredged'", "It's approved: the channel will be dredged"),
    ("title: 'Board''s plan, harbour''s future'", "Board's plan, harbour's future"),
    ("title: \"Master says 'dredge now'\"", "Master says 'dredge now'"),
    ("title: \"The \\\"quiet\\\" channel\"", 'The "quiet" channel'),
    # near misses: an apostrophe in a value with no quotes around it stays as written
    ("title: It's approved", "It's approved"),
    ("title: The harbour's plan", "The harbour's plan"),
])
def test_a_quoted_front_matter_title_reads_as_its_quotes_say(tmp_path, line, title):
    doc = _read(tmp_path, f"---\n{line}\nauthor: Mia Torres\n---\n")
    assert (doc.title, doc.author) == (title, "Mia Torres")

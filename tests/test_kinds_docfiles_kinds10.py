"""(kinds10) Small documentation files are not news reports: a file known by a project
documentation name (README.md, CHANGELOG, INSTALL.txt ...), a changelog with Keep a Changelog's
section headings or a changelog's title, and an installation guide (an installing title and an
install command in code) are "not an article". A story saved as Markdown under another name, or
as "news.md", stays a report.

Every text here was written for this project.
"""

from __future__ import annotations

from xlplugin import kinds
from xlplugin.engine import score_many
from xlplugin.inputs import read_paths
from xlplugin.text import prepare

FILLER = ("The maintainers keep this file short on purpose, so that a reader can see at a glance what "
          "moved between two releases and decide whether to upgrade a pinned copy today or wait for "
          "the next round of fixes, which usually arrives within a month of the last one. ")

CHANGELOG = f"""# Changelog

{FILLER * 2}

## [0.3.0] - 2025-02-11

### Added
- A `--delimiter` option for files that use semicolons between their fields.

### Fixed
- Quoted fields holding line breaks no longer split one row into two rows.

## [0.2.1] - 2024-12-02

### Changed
- The reader skips a byte-order mark at the start of a file instead of keeping it.
"""

INSTALL = f"""# Installing quickcsv

quickcsv needs Python 3.10 or later and nothing else. Install it from the package index with

`pip install quickcsv`

and check that it runs by asking it for its version number. {FILLER * 2}
"""

README_PROSE = f"""quickcsv reads comma separated files that other readers give up on: fields with line breaks,
stray quotation marks, a byte-order mark at the start. {FILLER * 2}
"""

STORY = f"""# Harbour ferry returns after winter repairs

The ferry between the two halves of the harbour town sailed again on Monday after six weeks in dry
dock, the operator said. Commuters had taken a bus around the bay in the meantime, which added half
an hour each way, according to the town council. {FILLER}
"""

TECH_STORY = f"""# Reading library pulled after a faulty release

A widely used file reading library was withdrawn on Tuesday after its newest release corrupted
quoted fields, its maintainers said. Users who had run `pip install quickcsv` in the last two days
were told to pin the previous version, according to a notice on the project's page.

## Security

The maintainers said no data had left anyone's machine. {FILLER}
"""


def kind(text: str, name: str = "") -> str:
    return kinds.classify(prepare(text), name=name).kind


def test_keep_a_changelog_sections_make_a_changelog():
    assert kind(CHANGELOG) == kinds.NOT_ARTICLE
    cues = kinds.classify(prepare(CHANGELOG)).cues
    assert any(c.startswith("changelog section headings") for c in cues)
    assert any(c.startswith("the title names a changelog") for c in cues)


def test_changelog_title_with_a_heading_is_enough():
    text = CHANGELOG.replace("### Added", "Added:").replace("### Fixed", "Fixed:").replace("### Changed", "Changed:")
    assert kind(text) == kinds.NOT_ARTICLE


def test_installation_guide_with_a_command_in_code():
    assert kind(INSTALL) == kinds.NOT_ARTICLE
    fenced = INSTALL.replace("`pip install quickcsv`", "```\nnpm install quickcsv\n```")
    assert kind(fenced) == kinds.NOT_ARTICLE


def test_installing_title_without_a_command_is_not_enough():
    assert kind(INSTALL.replace("`pip install quickcsv`", "the usual installer")) == kinds.NEWS


def test_a_command_in_code_without_an_installing_title_is_a_report():
    assert kind(TECH_STORY) == kinds.NEWS


def test_documentation_file_names():
    for name in ("README.md", "docs/CHANGELOG", "INSTALL.txt", "LICENSE", "CONTRIBUTING.rst", "sub/code_of_conduct.md"):
        assert kind(README_PROSE, name) == kinds.NOT_ARTICLE, name
    assert kind(README_PROSE, "quickcsv.md") == kinds.NEWS
    assert kind(README_PROSE) == kinds.NEWS


def test_the_url_names_the_file():
    doc = prepare(README_PROSE, url="https://code.example.org/quickcsv/blob/main/README.md")
    assert kinds.classify(doc).kind == kinds.NOT_ARTICLE


def test_a_story_saved_as_news_or_story_stays_a_report():
    for name in ("story.md", "news.md", "NEWS", "history.txt"):
        assert kind(STORY, name) == kinds.NEWS, name


def test_a_projects_news_file_is_named_among_its_cues():
    news = "\n".join(f"## {v}\n\n- {FILLER}\n" for v in ("2.2", "2.1", "2.0"))
    found = kinds.classify(prepare(news), name="NEWS")
    assert found.kind == kinds.NOT_ARTICLE
    assert any(c.startswith("the file's name may be") for c in found.cues)


def test_files_read_from_a_folder_are_known_by_their_names(tmp_path):
    (tmp_path / "README.md").write_text(README_PROSE, encoding="utf-8")
    (tmp_path / "story.md").write_text(README_PROSE, encoding="utf-8")
    docs = [{"id": r.id, "text": r.text} for r in read_paths([str(tmp_path)])]
    results = {r.id: r for r in score_many(docs, workers=1)}
    assert results["README.md"].kind == kinds.NOT_ARTICLE
    assert results["README.md"].reliability is None
    assert results["story.md"].kind == kinds.NEWS

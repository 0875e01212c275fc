"""Documentation files (a README, a licence, a changelog, an installation guide, in Markdown or
plain text) are "not an article": instructions and terms about a project, not reporting, so they
get no index, and their cue says why. A news story saved as Markdown, with its "# Headline" and a
byline, stays a news report.

Every text here was written for this project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xlplugin import kinds
from xlplugin.engine import score_text
from xlplugin.text import prepare

SHARED_README = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "web" / "README.md"

DATA_README = """# Saved tide tables (test set for the harbour reader)

`tables/`: 40 tide tables as saved CSV files, one a month, exactly as the harbour office posted
them; each table's figures belong to the office.

`expected.json`: for 38 of the tables, keyed by the month: `file` (the name in `tables/`) and
`high` (the high-water times the reader must find).

Read them at run time from `../data/tides`; never copy a table into the package.

What they are good for: checking that the reader keeps every high-water time and drops the
office's notes and adverts.
"""

PACKAGE_README = """# kettlecount

Counts the kettles switched on in a building from its smart meter readings.

## Installation

    pip install kettlecount

## Usage

Run kettlecount on a folder of readings and it prints one line a kettle.

## License

Released under the terms in the LICENSE file.
"""

PLAIN_INSTALL_GUIDE = """Installing the Lantern server

Requirements
============

A machine with two cores and a recent Python. The server needs about 200 MB of disk.

Installation
============

Unpack the archive into a folder of your choice and run the setup script from there. It asks
for the port to listen on and writes its settings next to the script.

Troubleshooting
===============

If the server does not start, check that no other program listens on the same port.
"""

LICENCE = """Copyright (c) 2031 The Kettlecount Authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to
deal in the software without restriction, subject to the following conditions: the above copyright
notice shall be included in all copies or substantial portions of the software.

The software is provided as is, without warranty of any kind. In no event shall the authors be
liable for any claim, damages or other liability arising from the software or its use.
"""

CHANGELOG = """# Changes

## 2.1.0 - 2031-05-02

- The meter reader accepts readings every ten seconds.
- Faster start on large folders.

## 2.0.1 - 2031-03-14

- A reading with no time stamp no longer stops the run.

## 2.0.0 - 2031-02-01

- Dropped support for the old meter format.
"""

NEWS_AS_MARKDOWN = """# Harbour council approves new footbridge

By Jane Roe

NORTHFIELD - The harbour council approved a new footbridge over the river on Tuesday, after a
debate that ran past midnight. The county engineer said the bridge would cost about two million
pounds and open next spring, according to a note handed to councillors.

## What happens next

"We expect the first piles to go in by autumn," the engineer told reporters. Opposition members
said the money would be better spent on the sea wall, which flooded twice last winter.
"""


@pytest.mark.parametrize(("name", "text"), [
    ("a data set's README", DATA_README),
    ("a package's README", PACKAGE_README),
    ("an installation guide in plain text", PLAIN_INSTALL_GUIDE),
    ("a licence", LICENCE),
    ("a changelog", CHANGELOG),
])
def test_documentation_is_not_an_article_and_says_why(name, text):
    kind = kinds.classify(prepare(text))
    assert kind.kind == kinds.NOT_ARTICLE, (name, kind)
    assert any(word in " ".join(kind.cues) for word in ("documentation", "licence", "changelog", "file names")), kind


def test_documentation_gets_no_index():
    result = score_text(DATA_README)
    assert result.kind == kinds.NOT_ARTICLE and result.reliability is None
    assert "not an article" in result.note


def test_a_news_story_saved_as_markdown_with_a_byline_stays_a_news_report():
    kind = kinds.classify(prepare(NEWS_AS_MARKDOWN))
    assert kind.kind == kinds.NEWS, kind
    assert score_text(NEWS_AS_MARKDOWN).reliability is not None


def test_a_report_that_mentions_a_file_or_a_version_is_still_a_report():
    text = ("The agency released version 2.1 of its flood model on Monday, in a file called `tides.csv`. "
            "Engineers said the update would change the forecasts for about 40 towns, according to the "
            "agency's note. The previous version had missed two floods last winter, a spokesperson said.")
    assert kinds.classify(prepare(text)).kind == kinds.NEWS


@pytest.mark.skipif(not SHARED_README.exists(), reason="needs ../shared/corpus/web/README.md")
def test_the_shared_corpus_readme_is_documentation():
    result = score_text(SHARED_README.read_text(encoding="utf-8"))
    assert result.kind == kinds.NOT_ARTICLE and result.reliability is None

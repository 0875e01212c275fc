"""(lead, session 24) A headline that mentions an archive, a category, lyrics or an "index of" is a
news headline, not an index page's title: such reports were "not an article" with no index
("Storm strengthens to Category 4 as it nears the coast"). An index page's own title still makes a
page not an article. Texts written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import kinds, prepare, score_text

BODY = """By Lena Hartwell

The county council confirmed on Tuesday that the work would begin next month and run until the
autumn, with the main road kept open in both directions for most of that time.

Council leader Peter Onslow said the plan had been agreed after a consultation that drew more than
600 replies. "People told us they wanted the road open and the work done quickly," he said.

The council's highways officer, Ruth Abara, said contractors would work from 7am to 7pm on weekdays
and that residents would get two weeks' notice of any night closures. The cost, about 1.2 million
pounds, comes from the council's roads budget, according to a report to the cabinet in March.

Businesses on the high street said they were relieved. Marta Kowal, who runs a bakery near the
bridge, said the last closure in 2019 had cost her a third of her trade for two months."""

HEADLINES = [
    "Storm strengthens to Category 4 as it nears the coast",
    "Category 5 hurricane hits the coast overnight",
    "Village history group wins county prize for its photo archive",
    "Museum opens its archive to the public for the first time",
    "Index of leading indicators falls for a third month",
    "Singer says the new lyrics were written on a train",
    "New category of visa for care workers announced",
    "Council votes to close the town archive after 60 years",
    "The archive that saved a village: how volunteers rescued 4,000 photos",
]

INDEX_TITLES = [
    "Archive | Harwick Courier",
    "News archive - Harwick Courier",
    "Category: Politics",
    "Tag Archives: council",
    "Monthly Archives: March 2024",
    "March 2024 Archive",
    "Politics Archives - The Daily View",
    "Blog archive » Harwick notes",
    "Old Boat Lyrics",
    "Lyrics | The Harbour Lights - Old Boat",
    "Kategorie: Lokales",
    "Archiv - Rheintal Anzeiger",
    "Index of /files/2024",
]

_TITLE_CUE = "the title names lyrics, an archive or an index"


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_headline_that_mentions_an_index_word_is_a_report_with_an_index(headline):
    # (the title as a file's first line gives it: `xlplugin.file_titles`)
    kind = kinds.classify(prepare(BODY, title=headline))
    assert kind.kind == "news report"
    assert not any(_TITLE_CUE in cue for cue in kind.cues)
    assert score_text(BODY, title=headline).reliability is not None


def test_a_file_whose_headline_mentions_a_category_is_scored(tmp_path):
    from xlplugin.inputs import read_file
    path = tmp_path / "storm.txt"
    path.write_text(f"{HEADLINES[0]}\n\n{BODY}\n", encoding="utf-8")
    item = read_file(path)
    assert item.title == HEADLINES[0]
    assert score_text(item.text, title=item.title).reliability is not None


@pytest.mark.parametrize("title", INDEX_TITLES)
def test_an_index_pages_title_still_counts(title):
    kind = kinds.classify(prepare(BODY, title=title))
    assert any(_TITLE_CUE in cue for cue in kind.cues), kind.cues

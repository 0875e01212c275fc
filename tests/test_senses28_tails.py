"""senses28: two verb senses that misread a news report.

1. "The author is" / "the writer is" is a columnist's note only where a note about the writer
   starts (a sentence's or a line's first words: "The author is a transport researcher", "(The
   writer is ...)"): "Her agent said the author is now working on a sequel" at a report's end
   leaves it a news report (kinds.txt, the tail rule).
2. "report" answering to someone ("Her staff report to her every morning", "The unit reports
   directly to the deputy leader") or giving a firm's results ("Northway Ltd reports a profit",
   "reported record sales") names no source (provenance_sources._report_sense); "reported to
   police that", ", the Courier reported", "reports 40 new cases" still do.
Fixtures written for these tests.
"""

import pytest

from xlplugin import kinds, prepare, score_text

NEWS = ("Local novelist wins county prize\n\nThe Harwell Book Prize was awarded on Friday to Ruth Anand for "
        "her novel \"Low Water\", the prize committee said. The award carries 5,000 dollars. Committee chair "
        "Ben Soto said 140 books were entered this year, up from 95. Anand's publisher, Kestrel Books, said a "
        "second printing had been ordered. The book will be read at the county library on March 3, a library "
        "spokesman said. {}")
COLUMN = ("Why the bus lanes should stay\n\nThe council wants to remove the bus lanes on Mill Road. That "
          "would be a mistake. Buses on the road are faster by four minutes since the lanes opened, and more "
          "people ride them. The council should keep what works and build on it rather than go back to the "
          "old queues, and the cabinet should say so before the vote.\n\n{}")


def _kind(text: str) -> tuple[str, list[str]]:
    found = kinds.classify(prepare(text))
    return found.kind, list(found.cues)


@pytest.mark.parametrize("ending", [
    "Her agent said the author is now working on a second novel set in the same town.",
    "Kestrel Books said the writer is pleased the book will stay in print.",
    "Soto said the judges had asked whether the author is planning a sequel.",
    "A spokesman for the library said the author is expected at the reading.",
])
def test_the_author_in_reported_speech_is_no_columnists_note(ending):
    kind, cues = _kind(NEWS.format(ending))
    assert kind == "news report", cues
    assert not any("columnist" in c for c in cues), cues


@pytest.mark.parametrize("note", [
    "The author is a transport researcher at Westfield University.",
    "(The writer is a former chair of the Mill Road residents' association.)",
    "The writer is a bus driver in the city.",
])
def test_a_note_about_the_writer_still_makes_a_column(note):
    kind, cues = _kind(COLUMN.format(note))
    assert kind == "opinion or analysis", cues
    assert any("columnist" in c for c in cues), cues


PLAIN = "The county bought four new gritters this winter. {} The roads team has cleared 300 miles of road since December."


def _sources(sentence: str) -> list[str]:
    prov = score_text(PLAIN.format(sentence)).signals["provenance"]
    return [e.text for e in prov.evidence if e.kind == "named sources with roles" and e.text]


@pytest.mark.parametrize("sentence", [
    "Her staff report to her every morning.",
    "The roads unit reports directly to the deputy leader.",
    "Gritter crews reported to the depot at four in the morning.",
    "Northway Ltd reports a profit of 4 million pounds for the year.",
    "The Fenwick group reported record sales in the spring.",
    "Harbour Foods reported a pre-tax loss of 2 million pounds.",
])
def test_report_as_answering_to_or_as_results_names_no_source(sentence):
    assert _sources(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Ann Cole reported to police that her van had been taken from the depot.",
    "The Harwell Courier reported that the county paid 90,000 pounds for each one.",
    "Drivers have had fewer crashes this year, the Harwell Courier reported.",
    "The health board reports 40 new cases of measles this week.",
    "Roads manager Ken Ash said the crews had worked every night since December.",
])
def test_report_of_what_someone_said_still_names_a_source(sentence):
    assert _sources(sentence), sentence

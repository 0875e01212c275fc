"""XLP_KIND says a document's kind in the workbook Kind cell's words: a report that no cue decided
reads "news report (no cue)" in both, and every other kind the same (session 15, cli16)."""

from xlplugin.engine import DocumentInput, score_many
from xlplugin.excel import functions
from xlplugin.kind_shown import as_shown, kind_label

TEXTS = (
    "The bus company said on Monday that two routes would run every ten minutes from May. Its director, "
    "Sam Ortiz, said the change followed a survey of riders, according to a company statement.",
    "The bus timetable changed again this spring. Riders waited at the stops in the rain for a long time and the "
    "routes ran late most mornings, with some buses full before the town centre.",
    "I think the council should stop pretending the buses work. We deserve better, and I would rather pay a "
    "little more for a service that runs on time than keep waiting in the cold every single morning.",
)


def test_xlp_kind_says_the_kind_as_the_kind_cell_does():
    labels = []
    for text in TEXTS:
        result = as_shown(next(iter(score_many([DocumentInput(id="x", text=text)], workers=1))))
        labels.append(kind_label(result))
        assert functions.kind(text) == (kind_label(result) or ""), text
    assert any(label and label.endswith("(no cue)") for label in labels), labels  # the case that differed

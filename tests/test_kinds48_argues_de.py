"""(kinds48) The writer argues in German as in English ("it seems to me", "I am convinced"): "meiner Ansicht nach",
"ich bezweifle", "wage ich zu bezweifeln", "ich bin überzeugt", "es scheint mir" in the writer's own words are the
"writer argues" cue (kinds.txt, opinion or analysis, 2). Quoted, they are someone else's. Written for this test."""

from __future__ import annotations

import pytest
from kinds_helpers import has_cue as _has
from kinds_helpers import kind_of as _kind

from xlplugin import kinds

_POST = ("Die Stadt plant eine neue Parkordnung\n\nDer Gemeinderat hat am Dienstag eine neue Parkordnung für die "
         "Innenstadt vorgestellt. Anwohner sollen künftig 120 Euro im Jahr zahlen, Besucher zwei Euro pro Stunde. "
         "Die Verwaltung rechnet mit Einnahmen von 1,4 Millionen Euro. {sentence} Die Abstimmung ist für März "
         "angesetzt.\n")


@pytest.mark.parametrize("sentence", [
    "Dass die Gebühren den Verkehr verringern, wage ich zu bezweifeln.",
    "Ich bezweifle, dass die Zahlen stimmen.",
    "Meiner Ansicht nach ist der Plan zu teuer.",
    "Ich bin fest überzeugt, dass der Plan scheitert.",
])
def test_a_german_writer_arguing_is_opinion(sentence):
    kind = _kind(_POST.format(sentence=sentence), page_type="article", author="Jana Beispiel")
    assert kind.kind == kinds.OPINION, kind  # main: news report
    assert _has(kind, "the writer argues")


@pytest.mark.parametrize("sentence", [
    "Ein Anwohner sagte: \u201eIch bezweifle, dass die Zahlen stimmen.\u201c",
    "Der Kämmerer ist überzeugt, dass die Zahlen stimmen.",
])
def test_quoted_or_third_person_doubt_stays_a_report(sentence):
    kind = _kind(_POST.format(sentence=sentence), page_type="article", author="Jana Beispiel")
    assert kind.kind == kinds.NEWS, kind

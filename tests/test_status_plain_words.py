"""The Status column and the Read sheet's grey reason say what could not be scored in words a
reader knows: a language by its name ("German", not "de"), a signal by its words ("unsourced
claims", not "unsourced_claims"), a setting by where it is (the Settings sheet). The engine's
notes keep their codes (results, --json): only what the workbook shows changes.

The texts are written for this test: short news items in several languages, and short English ones.
"""

from __future__ import annotations

import re

import openpyxl
import pytest
from test_workbook_refresh_rows import _write

from xlplugin import engine
from xlplugin.cells import status_text
from xlplugin.language import LANGUAGE_NAMES
from xlplugin.workbook import layout

FOREIGN = {
    "de": "Der Stadtrat hat am Mittwoch beschlossen, dass die Schule im Sommer renoviert wird. Die Arbeiten "
          "kosten nach Angaben der Verwaltung etwa drei Millionen Euro und sollen im August beginnen.",
    "fr": "Le conseil municipal a voté mercredi la rénovation de l'école pendant l'été. Les travaux coûteront "
          "environ trois millions d'euros selon la mairie et commenceront au mois d'août.",
    "es": "El ayuntamiento aprobó el miércoles la reforma de la escuela durante el verano. Las obras costarán "
          "unos tres millones de euros, según el consistorio, y empezarán en agosto.",
}
SHORT = ["The school will be repaired this summer.", "Work on the bridge starts in May, the council said."]
CODE_RE = re.compile(r"\b(?:language|mostly) (?:[a-z]{2}|unknown)\b|\b[a-z]+_[a-z_]+\b|min_words=\d")


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("status") / "book.xlsx"
    rows = [(code, "Town Post", text) for code, text in FOREIGN.items()]
    rows += [(f"short{n}", "Town Post", text) for n, text in enumerate(SHORT)]
    _write(path, rows)
    return path


def _codes(text: str) -> list[str]:
    # (a setting's key may be named beside where it is: "min_words_index in the Settings sheet")
    return [m for m in CODE_RE.findall(text) if not re.search(re.escape(m) + r" in the Settings sheet", text)]


def test_the_status_names_languages_signals_and_settings_in_words(book):
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    status = {row[0]: row[header.index("Status")] for row in ws.iter_rows(min_row=2, values_only=True)}
    for code in FOREIGN:
        assert LANGUAGE_NAMES[code] in status[code], status[code]
    for value in status.values():
        assert not _codes(value), value
    read = wb["Read"]
    reasons = [str(row[5]) for row in read.iter_rows(min_row=4, values_only=True) if row[5] and str(row[5]).startswith("[")]
    assert len(reasons) >= len(FOREIGN)
    for reason in reasons:
        first = reason.split("]")[0]
        assert not _codes(first), first


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_the_engine_keeps_its_codes(code):
    result = engine.score_text(FOREIGN[code])
    assert f"language {code}" in result.note  # (the results: unchanged)
    assert LANGUAGE_NAMES[code] in status_text(result)

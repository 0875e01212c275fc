"""(speed40) A refresh of a few edited rows reads the old Evidence sheet's taller rows as xlplugin's
own, many at a time, and writes what a fresh score of the same rows writes.

An Evidence row whose Detail or evidence text wraps is written taller (rows.evidence_row_xml:
' ht="H" customHeight="1"' on the row, and a format after t="inlineStr" on its other cells). Those
rows were read one cell at a time, as another program's rows are: most of a refresh's time on a
workbook of news reports, where most rows quote a long sentence. Read as xlplugin's own, each
document's rows are one run, and the refreshed workbook is the same, cell by cell, as one scored
fresh from the edited texts."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from workbook_helpers import score

from xlplugin import Settings
from xlplugin.inputs import Record
from xlplugin.workbook import evidence_refresh, layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.package import Package

# Reports in the test's own words, varied by number so that every text differs; the long
# sentences make wrapped (taller) Evidence rows.
REPORT = ("{n}: The regional water board confirmed on Thursday that the reservoir near the old mill was "
          "lowered by {n} centimetres over the summer to allow engineers to inspect the dam's outlet valves, "
          "a spokesperson for the board said. The inspection will cost about {n} hundred thousand dollars, "
          "according to the board's published budget. Farmers called the delay an absolute disaster! "
          "Experts say the drought this year was the worst the valley has ever seen.")
ROWS = 24
EDITED = (3, 10, 17)  # rows whose text is changed before the refresh
EDIT_FROM, EDIT_TO = b": The regional water board", b": The county water board"


def _items(texts):
    out = []
    for n, text in enumerate(texts, start=1):
        columns = {"id": f"w{n}", "title": f"Reservoir story {n}", "text": text}
        out.append(Record(id=f"w{n}", text=text, title=columns["title"], source=f"row {n + 1}", columns=columns,
                          text_column="text"))
    return out


def _texts(edited=()):
    texts = [REPORT.format(n=n) for n in range(1, ROWS + 1)]
    for n in edited:
        texts[n - 1] = texts[n - 1].replace(EDIT_FROM.decode(), EDIT_TO.decode())
    return texts


def _write(path, texts):
    items = _items(texts)
    write_scored_workbook(path, items, score(items), Settings())


def _edit_in_place(path):
    """Change the texts of the EDITED rows in the package's bytes, leaving every other part (the
    Evidence sheet above all) as xlplugin wrote it: what a spreadsheet program that keeps the
    sheets it did not touch does (re-saving with openpyxl would rewrite every sheet)."""
    with Package.open(path) as package:
        touched = {package.sheets[layout.DOCUMENTS], package.shared_part}
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts:
            if info.filename in touched:
                for n in EDITED:
                    data = data.replace(b">%d" % n + EDIT_FROM, b">%d" % n + EDIT_TO, 1)
            archive.writestr(info, data)


def _values(path):
    book = openpyxl.load_workbook(path)
    return {name: [list(row) for row in book[name].iter_rows(values_only=True)] for name in book.sheetnames}


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    path = tmp_path_factory.mktemp("speed40") / "book.xlsx"
    _write(path, _texts())
    return path


def _old_evidence(path):
    with Package.open(path) as package:
        return evidence_refresh.read_old_evidence(package, package.sheet_part(layout.EVIDENCE))


def test_the_fixture_has_taller_evidence_rows(scored):
    """(the other tests read such rows: the fixture must have them)"""
    with Package.open(scored) as package:
        sheet = package.read(package.sheet_part(layout.EVIDENCE))
    assert sheet.count(b'customHeight="1"') >= ROWS
    assert b't="inlineStr" s="' in sheet


def test_each_documents_evidence_rows_are_read_as_one_run(scored):
    old = _old_evidence(scored)
    assert old is not None
    assert sorted(doc_id for doc_id, _ in old.keys) == sorted(f"w{n}" for n in range(1, ROWS + 1))


def test_taller_rows_are_not_read_cell_by_cell(scored, monkeypatch):
    read = []
    real = evidence_refresh.row_values
    monkeypatch.setattr(evidence_refresh, "row_values", lambda *args, **kw: read.append(1) or real(*args, **kw))
    assert _old_evidence(scored) is not None
    assert len(read) <= 1  # (the header row, at most)


def test_a_refresh_of_a_few_rows_writes_what_a_fresh_score_writes(scored, tmp_path):
    book = tmp_path / "book.xlsx"
    book.write_bytes(scored.read_bytes())
    _edit_in_place(book)
    summary = refresh_workbook(book)
    assert summary.rescored == len(EDITED)
    fresh = tmp_path / "fresh.xlsx"
    _write(fresh, _texts(EDITED))
    refreshed, expected = _values(book), _values(fresh)
    assert refreshed.keys() == expected.keys()
    for name in expected:
        assert refreshed[name] == expected[name], name
    # the Evidence rows kept for the unchanged documents are copied as the bytes they were
    with Package.open(book) as package:
        sheet = package.read(package.sheet_part(layout.EVIDENCE))
    assert sheet.count(b'customHeight="1"') >= ROWS


def test_the_helper_process_sends_the_old_evidence_back(scored):
    """The refresh's helper process reads the old Evidence sheet while the refresh reads the
    Documents sheet, and sends it back pickled: it could not be (a lambda among its fields), so
    every refresh read the sheet a second time in its own process."""
    import pickle

    from xlplugin.workbook.refresh_helper import _old_evidence_elsewhere

    with Package.open(scored) as package:
        part = package.sheet_part(layout.EVIDENCE)
    found, old = pickle.loads(pickle.dumps(_old_evidence_elsewhere(scored, part)))
    assert found and old is not None and len(old.keys) == ROWS


def test_evidence_read_by_the_helper_renames_old_signal_names_as_a_read_here_does(scored):
    """(loose21) A kept row's Signal cell holding a code name is written as the sheet's name,
    whichever process read the old sheet."""
    from xlplugin.workbook.refresh_helper import Helper

    block = b'<c r="B2" t="inlineStr"><is><t>loaded_language</t></is></c>'
    with Package.open(scored) as package, Helper() as helper:
        part = package.sheet_part(layout.EVIDENCE)
        pending = helper.start(scored, part)
        if pending is None:
            pytest.skip("no helper process here (no fork)")
        from_helper = helper.old_evidence(package, part, pending)
        read_here = evidence_refresh.read_old_evidence(package, part)
    assert from_helper.renamed(block) == read_here.renamed(block) != block
    assert from_helper.keys == read_here.keys


def test_a_rows_rating_keys_are_worked_out_once_for_the_refreshs_questions(monkeypatch):
    """A refresh asks for each kept row's rating keys for the Outlets sheet and again for the
    Sources sheet's notes (`rating_used`, `ratings_matching`): worked out once, and the same keys
    each time."""
    from xlplugin.scorers import source_rating

    read = []
    real = source_rating.site_address
    monkeypatch.setattr(source_rating, "site_address", lambda url: read.append(url) or real(url))
    url = "https://www.speed-forty-reservoir.example/news/water-board-inspection"
    ratings = {"speed-forty-reservoir.example": (0.5, "me")}
    first = source_rating.rating_used(url, "", ratings)
    assert source_rating.ratings_matching(url, "", ratings) == [first] == ["speed-forty-reservoir.example"]
    assert source_rating.rating_used(url, "", {}) is None
    assert read == [url]
    keys, _ = source_rating._candidates_of(url, "")
    assert isinstance(keys, tuple)  # (kept for the next question: no caller can change them)


def test_the_keys_of_a_workbooks_rows_are_kept_across_the_refreshs_three_passes(monkeypatch):
    """The three questions come in three passes over every row: the keys of a workbook of 5,000
    rows are all kept from the first pass to the last."""
    from xlplugin.scorers import source_rating

    read = []
    real = source_rating.site_address
    monkeypatch.setattr(source_rating, "site_address", lambda url: read.append(url) or real(url))
    urls = [f"https://news{n % 40}.speed-forty.example/reservoir/{n}" for n in range(5000)]
    for _ in range(3):
        assert [source_rating.rating_used(url, "", {}) for url in urls] == [None] * len(urls)
    assert len(read) == len(urls)

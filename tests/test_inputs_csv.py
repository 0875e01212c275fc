"""CSV files read as RFC 4180 says, by the function `xlplugin score` uses (`read_paths`): what
Python's csv module, pandas, Excel and LibreOffice write comes back as exactly the documents that
were written (ids, titles, texts), whatever the texts hold: quotes, commas, line breaks,
semicolons, tabs, letters outside ASCII. A semicolon or tab separator is taken only when the
header line proves it; a file that breaks the quoting rules is refused, never re-split."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings as hsettings, strategies as st

from xlplugin.cells import EXCEL_ERRORS, given_meta, not_text_reason, placeholder_reason, same_as_text
from xlplugin.inputs import Problem, Record, looks_like_file_name, note_row, read_paths
from xlplugin.mojibake import repaired
from xlplugin.text import decode_entities

pd = pytest.importorskip("pandas", reason="pandas writes one of the two kinds of CSV file read back here (pip install -e '.[test]')")


def read_back(path: Path, text_column: str | None = None) -> list[Record | Problem]:
    return list(read_paths([str(path)], text_column))


def documents(items: list[Record | Problem]) -> list[tuple[str, str, str]]:
    problems = [item for item in items if isinstance(item, Problem)]
    assert not problems, problems[0].message
    return [(item.id, item.title, item.text) for item in items]


def as_shown(docs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The documents as a Record carries them: each line end (CRLF, or a carriage return alone)
    one "\\n" and accents composed (NFC), as scoring reads them, so that the evidence offsets
    point into the text shown; a page break or vertical tab a line end (hunt26b: and U+0085, U+2028,
    U+2029), any other C0 control
    character, DELETE, a zero-width space and a byte order mark a space (inputs.text_controls).
    A title that names nothing ("NIL", "NA") is no title."""
    def shown(text: str) -> str:
        # line ends first, then control characters, as inputs.shown_text: "\r\x0c" is a carriage
        # return (a line end) and a page break (another), "\n\n", not the pair "\r\n"
        # (inputs16) HTML character references are read first ("&quot;" is a quotation mark), as
        # inputs.shown_text reads them
        text = decode_entities(text)[0]
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        # (hunt25a) a text garbled by a wrong encoding ("Â\xa0" for a no-break space) is read as
        # meant, as inputs.shown_text reads it (mojibake.repaired: tests/test_hunt25a_mojibake.py)
        text = repaired(text)
        return unicodedata.normalize("NFC", re.sub("[\x00-\x08\x0e-\x1f\x7f\u200b\ufeff]", " ", re.sub("[\x0b\x0c\x85\u2028\u2029]", "\n", text)))

    # a title that is a placeholder of no value ("NIL", "NA", "-") is read as no title, as every
    # input path reads one (cells.given_meta); (hunt46) so is a title that is its own row's text
    # word for word (cells.same_as_text)
    def title_of(title: str, text: str) -> str:
        title = given_meta("title", title)[0]
        return "" if same_as_text(title, shown(text)) else title

    return [(doc_id, title_of(title, text), shown(text)) for doc_id, title, text in docs]


# Pieces a text is made of: the characters that trip CSV readers, a few letters outside ASCII,
# and any character at all (save NUL, which makes a file binary, and lone surrogates, which no
# UTF-8 file can hold).
_TRICKY = ['"', '""', ",", ";", "\t", "\n", "\r\n", "\r", " ", "'", "é", "ß", "“", "”", "—", "日本", "🙂", "\ufeff"]
_piece = st.one_of(
    st.sampled_from(_TRICKY),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=6),
    st.sampled_from(["He said ", "the council", "7 to 2", "so-called ", "Le maire a dit "]),
)
# A text that is only a file's name (".DOC", "notes.txt") is refused as one, on purpose
# (inputs.looks_like_file_name, tested in test_inputs_edges and test_flows), and so is one that is
# a number, a date or a placeholder of no value ("7", "-", "NA": cells.not_text_reason; a ditto mark
# '"', "(blank)", "TBD": cells.placeholder_reason, hunt56): not documents here.
_texts = (st.lists(_piece, max_size=25).map("".join)
          .filter(lambda t: t.strip() not in EXCEL_ERRORS and not looks_like_file_name(t)
                  and not (t.strip() and (not_text_reason(t.strip()) or placeholder_reason(t.strip())))))
# Ids as a person types them: no spaces around (they are read stripped), anything inside, but
# not a note: a row whose only cell is an id that reads as a note under or between the documents
# ("* figures from 2024", a line of four words or more: inputs.note_row, hunt38a/hunt39a) is left
# out as a note on purpose, its document's text being empty.
_ids = (st.lists(_piece, min_size=1, max_size=4).map("".join).map(str.strip)
        .filter(lambda i: i and not note_row([i, None, None], ["id", "title", "text"])))


@st.composite
def _documents(draw) -> list[tuple[str, str, str]]:
    ids = draw(st.lists(_ids, min_size=1, max_size=8, unique=True))
    return [(doc_id, draw(_texts), draw(_texts)) for doc_id in ids]


def _write_with_csv_module(path: Path, docs, delimiter: str, quoting: int, encoding: str, lineterminator: str) -> None:
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=quoting, lineterminator=lineterminator)
        writer.writerow(["id", "title", "text"])
        writer.writerows(docs)


def _write_with_pandas(path: Path, docs, delimiter: str, quoting: int, encoding: str, lineterminator: str) -> None:
    frame = pd.DataFrame(docs, columns=["id", "title", "text"], dtype=object)
    frame.to_csv(path, sep=delimiter, quoting=quoting, encoding=encoding, lineterminator=lineterminator, index=False)


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    docs=_documents(),
    writer=st.sampled_from([_write_with_csv_module, _write_with_pandas]),
    delimiter=st.sampled_from([",", ";", "\t"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig"]),  # utf-8-sig: with a byte order mark, as Excel writes
    lineterminator=st.sampled_from(["\r\n", "\n"]),
)
def test_what_csv_writers_write_comes_back_as_the_same_documents(tmp_path, docs, writer, delimiter, quoting, encoding, lineterminator):
    # Python's csv module and pandas quote a field only for the characters of their own line
    # terminator: with "\n", a last field ending in a carriage return is written unquoted just
    # before the "\n", the same bytes as a "\r\n" line end. No reader can tell them apart (a lone
    # carriage return elsewhere in a field is read back as written: see read_csv).
    assume(not (lineterminator == "\n" and quoting == csv.QUOTE_MINIMAL and any(text.endswith("\r") for *_, text in docs)))
    path = tmp_path / "docs.csv"
    writer(path, docs, delimiter, quoting, encoding, lineterminator)
    assert documents(read_back(path)) == as_shown(docs)


# Written by hand, as a person (or an older exporter) would: quoted words followed by commas
# (inside the quotes, as news style puts them, and after), a quoted field over two lines, a text
# that is mostly quotes, an empty text. Each text is what a reader of RFC 4180 gets from the
# field: outer quotes removed, doubled quotes single. (A dialect guessed from these lines takes
# the quotes as not doubled and cuts the first two texts at their commas.)
HAND_WRITTEN = (
    'id,title,text\r\n'
    'a1,Budget,"""We will rebuild,"" the mayor said, and the council agreed, 7 to 2, on Tuesday."\r\n'
    'a2,"Closure, year three","""Not again,"" said one driver. Shop owners said the ""temporary"" closure, now in its third year, has cost them customers.\r\n'
    'A spokesperson said ""repairs are on schedule"", adding that the road would reopen in May."\r\n'
    'a3,Word list,"""Unprecedented,"" ""historic,"" ""shocking"": the words the blog used, in that order."\r\n'
    'a4,No text,\r\n'
)
HAND_WRITTEN_DOCS = [
    ("a1", "Budget", '"We will rebuild," the mayor said, and the council agreed, 7 to 2, on Tuesday.'),
    ("a2", "Closure, year three",
     '"Not again," said one driver. Shop owners said the "temporary" closure, now in its third year, has cost them customers.\r\n'
     'A spokesperson said "repairs are on schedule", adding that the road would reopen in May.'),
    ("a3", "Word list", '"Unprecedented," "historic," "shocking": the words the blog used, in that order.'),
    ("a4", "No text", ""),
]


def test_hand_written_csv_with_quoted_words_followed_by_commas(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_bytes(HAND_WRITTEN.encode("utf-8"))
    assert documents(read_back(path)) == as_shown(HAND_WRITTEN_DOCS)
    # and through the command, as a user runs it: four rows, the three texts scored as written
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", "--json", str(path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["a1", "a2", "a3", "a4"]
    assert [row["title"] for row in rows] == [title for _, title, _ in HAND_WRITTEN_DOCS]
    assert rows[0]["word_count"] == len(HAND_WRITTEN_DOCS[0][2].split())
    assert rows[3]["reliability"] is None and rows[3]["note"] == "not scored: empty (no text)"


def test_semicolons_in_texts_do_not_make_semicolon_the_separator(tmp_path):
    # Agendas with semicolons and single-quoted items, in a comma-separated file: a dialect guessed
    # from the data takes ";" as the separator and ' as the quote, and cuts every text apart. The
    # header "id,text" says the separator is a comma.
    texts = [f"Agenda item {n}: roads; 'urgent repairs'; schools; the budget" for n in range(20)]
    path = tmp_path / "agendas.csv"
    path.write_text("id,text\n" + "".join(f"{n},{text}\n" for n, text in enumerate(texts)), encoding="utf-8")
    assert documents(read_back(path)) == as_shown([(str(n), "", text) for n, text in enumerate(texts)])


def test_semicolon_and_tab_only_when_the_header_proves_them(tmp_path):
    path = tmp_path / "excel_de.csv"  # as Excel saves "CSV (semicolon)" where the decimal mark is a comma
    path.write_bytes("\ufeffid;Titel;text\r\n1;Haushalt;Der Rat stimmte zu, mit 7 zu 2 Stimmen.\r\n".encode("utf-8"))
    # (hunt31: a German "Titel" column is the title, as "title" is)
    assert documents(read_back(path)) == [("1", "Haushalt", "Der Rat stimmte zu, mit 7 zu 2 Stimmen.")]
    assert read_back(path)[0].columns == {"id": "1", "Titel": "Haushalt", "text": "Der Rat stimmte zu, mit 7 zu 2 Stimmen."}
    tabbed = tmp_path / "tabbed.csv"
    tabbed.write_text("id\tbody\n7\tOne, two; three.\n", encoding="utf-8")
    assert documents(read_back(tabbed)) == [("7", "", "One, two; three.")]
    # --text-column decides too: the named column is found with ";" and not with ","
    named = tmp_path / "named.csv"
    named.write_text("nr;Artikel\n1;Ein Text, mit Komma.\n", encoding="utf-8")
    assert [item.text for item in read_back(named, "Artikel")] == ["Ein Text, mit Komma."]
    # Excel's own "sep=;" first line names the separator
    declared = tmp_path / "declared.csv"
    declared.write_text('sep=;\nid;text\n1;"Quoted; with ""quotes""."\n', encoding="utf-8")
    assert documents(read_back(declared)) == [("1", "", 'Quoted; with "quotes".')]


def test_a_header_that_proves_nothing_is_read_with_commas(tmp_path):
    path = tmp_path / "unknown.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    [problem] = read_back(path)
    assert isinstance(problem, Problem)
    assert "no text column found" in problem.message and problem.message.endswith("columns are: a;b")


@pytest.mark.parametrize(
    "content, line",
    [
        ('id,text\n1,"fine"\n2,"never closed, so every later row would become part of this one\n3,"x"\n4,y\n', 3),
        ('id,text\n1,"fine"\n2,"closed" and then more\n3,"x"\n', 3),
    ],
)
def test_broken_quoting_is_refused_with_its_line_not_re_split(tmp_path, content, line):
    path = tmp_path / "broken.csv"
    path.write_text(content, encoding="utf-8")
    [problem] = read_back(path)
    assert isinstance(problem, Problem)
    assert str(path) in problem.message
    assert f"the record that starts on line {line} breaks the quoting rules" in problem.message


def test_a_row_with_more_fields_than_the_header_is_a_problem_for_that_row_only(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text('id,text\n1,"A text, quoted."\n2,A text, not quoted.\n3,"Another, quoted."\n4,Trailing empty field,\n',
                    encoding="utf-8")
    items = read_back(path)
    assert [type(item).__name__ for item in items] == ["Record", "Problem", "Record", "Record"]
    assert items[1].id == "2"
    assert items[1].source.endswith("extra.csv line 3") and "it has 3 fields but the header has 2" in items[1].message
    assert [item.text for item in items if isinstance(item, Record)] == ["A text, quoted.", "Another, quoted.", "Trailing empty field"]


def test_blank_lines_are_not_documents(tmp_path):
    path = tmp_path / "blank_lines.csv"
    path.write_text("id,text\n\n1,One.\n\n\n2,Two.\n,\n", encoding="utf-8")
    assert documents(read_back(path)) == [("1", "", "One."), ("2", "", "Two.")]


@pytest.mark.slow
def test_what_libreoffice_writes_comes_back_as_the_same_documents(tmp_path):
    # LibreOffice's own CSV export (UTF-8, comma, every text quoted) of a sheet of tricky texts.
    import shutil

    import openpyxl

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    docs = HAND_WRITTEN_DOCS[:3] + [
        ("x1", "Tabs; semicolons", 'Second line; with a semicolon\tand a tab. Café — 日本 "quoted," and ""doubled"".'),
        ("x2", 'He said "no", then left', "Line one.\nLine two, after a break.\n\nA paragraph."),
    ]
    wb = openpyxl.Workbook()
    wb.active.append(["id", "title", "text"])
    for row in docs:
        wb.active.append(list(row))
    book = tmp_path / "docs.xlsx"
    wb.save(book)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(tmp_path), str(book)],
                   check=True, capture_output=True, timeout=180)
    # LibreOffice keeps a cell's line breaks as \n; the texts written with \r\n come back with \n
    expected = [(doc_id, title, text.replace("\r\n", "\n")) for doc_id, title, text in docs]
    assert documents(read_back(tmp_path / "docs.csv")) == as_shown(expected)

"""(loud50) A broken data table fails loudly, naming the file, the section and the line; never a
rule silently off while the scorer goes on (a confident wrong number).

The classes: an undeclared section, a malformed line (a section line not closed, a pair without
its separator, a weight that is no number), a missing file. Each failure is a `DataFileError`,
which is no ValueError, KeyError or OSError: a rule's own handler for bad input (`except
ValueError` around a date or an address) cannot take it for bad input. The command line says it
in one line, naming the file; a batch of Excel cells keeps one message per cell.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from xlplugin import kinds, lexicon
from xlplugin.errors import DataFileError, XlpluginError
from xlplugin.lexicon import PAIRED, SECTIONS, load_sections, parse_sections

# Written for these tests.
_TEXT = ("The council approved the budget on Tuesday, the mayor said. Critics called it a shocking "
         "betrayal of voters and a disaster for the town, and residents claimed it was rigged.\n")

# Runs in a fresh interpreter, so that no table is read before `data_text` is replaced: the
# file named by argv[1] gets argv[2] added at its end (or replaced, with argv[3] == "replace").
_BROKEN_RUN = r"""
import sys
from xlplugin import lexicon
name, extra, how = sys.argv[1], sys.argv[2].replace("\\n", "\n"), sys.argv[3]
read = lexicon.data_text
def broken(file):
    if file != name:
        return read(file)
    if how == "missing":  # (the package's reader asked for a file the package lacks)
        return read("gone_" + file)
    return read(file) + extra
lexicon.data_text = broken
if how == "cli":
    from xlplugin._start import main  # (the `xlplugin` command: the scorers load inside it)
    sys.exit(main(["score", sys.argv[4], "--json", "--workers", "1"]))
import xlplugin
result = xlplugin.score_text(sys.stdin.read(), title="Budget row")
print("SCORED", result.reliability)
"""


def _run_broken(name: str, extra: str, how: str = "append", *more: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _BROKEN_RUN, name, extra, how, *more], input=_TEXT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def fresh_tables():
    """Tables read afresh after the test (a test that replaces a file leaves no copy behind)."""
    yield
    lexicon.load_sections.cache_clear()
    kinds.rules.cache_clear()


# --- an undeclared section ---------------------------------------------------------------------

def test_an_undeclared_section_is_a_data_file_error_naming_file_line_and_section():
    with pytest.raises(DataFileError, match=r"t\.txt:3: unknown section \[colour\]") as caught:
        parse_sections("t.txt", "[color]\nred\n[colour]\nblue\n", {"color": "test"})
    # no ValueError: a rule's `except ValueError` (a date, an address) cannot swallow it
    assert not isinstance(caught.value, (ValueError, KeyError, OSError))
    assert isinstance(caught.value, XlpluginError)  # the command line says it in one line


def test_an_undeclared_section_in_a_real_file_stops_scoring_instead_of_turning_its_rules_off():
    # loaded_senses reads loaded_language.txt at the first cue: the scorer must not run on
    done = _run_broken("loaded_language.txt", "\\n[claim_noun_words]\\nclaims\\n")
    assert "SCORED" not in done.stdout
    assert "DataFileError" in done.stderr
    assert "loaded_language.txt:" in done.stderr and "unknown section [claim_noun_words]" in done.stderr


def test_the_command_line_names_the_file_and_line_in_one_message(tmp_path):
    (tmp_path / "a.txt").write_text(_TEXT, encoding="utf-8")
    done = _run_broken("attribution.txt", "\\n[new_rule_words]\\nsaid\\n", "cli", str(tmp_path / "a.txt"))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "xlplugin: error: attribution.txt:" in done.stderr
    assert "unknown section [new_rule_words]" in done.stderr
    assert done.stdout == ""  # no row scored with the rule off


# --- a malformed line --------------------------------------------------------------------------

def test_a_section_line_not_closed_is_an_error_not_an_entry():
    # before: "[lasts" was read as an entry of [firsts], and [lasts] as missing or its words lost
    with pytest.raises(DataFileError, match=r"t\.txt:3: malformed section line '\[lasts'"):
        parse_sections("t.txt", "[firsts]\nred\n[lasts\nblue\n", {"firsts": "test"})
    with pytest.raises(DataFileError, match=r"t\.txt:2: malformed section line"):
        parse_sections("t.txt", "[firsts]\n[lasts] blue\n", {"firsts": "test", "lasts": "test"})


@pytest.mark.parametrize("entry", [
    "bloodsucking insects ticks",  # the separator missing: a rule that would match nothing
    "bloodsucking:",               # its words missing
    ": insects ticks",             # its cue missing
])
def test_a_pair_without_its_separator_or_a_side_is_an_error_naming_its_line(entry):
    declared = SECTIONS["loaded_language.txt"]
    text = "".join(f"[{section}]\nx: y\n" for section in declared if section != "literal_senses")
    text += f"[literal_senses]\nraging: fire fires\n{entry}\n"
    line = text.count("\n")
    with pytest.raises(DataFileError, match=rf"loaded_language\.txt:{line} \[literal_senses\]: expected"):
        parse_sections("loaded_language.txt", text)


def test_a_kinds_rule_whose_weight_is_no_number_names_its_line(monkeypatch, fresh_tables):
    read = lexicon.data_text
    bad = "not an article | text | \\bshop now\\b | heavy | a shop's call\n"
    monkeypatch.setattr(kinds, "data_text", lambda name: read(name) + bad if name == "kinds.txt" else read(name))
    kinds.rules.cache_clear()
    lines = read("kinds.txt").count("\n") + 1
    with pytest.raises(DataFileError, match=rf"kinds\.txt:{lines}: could not convert"):
        kinds.rules()


def test_a_broken_pair_in_a_real_file_stops_scoring():
    done = _run_broken("loaded_language.txt", "\\n[object_senses]\\nenemy aircraft\\n")
    assert "SCORED" not in done.stdout
    assert "[object_senses]: expected 'words : words'" in done.stderr


# --- a missing file ----------------------------------------------------------------------------

def test_a_missing_data_file_is_a_data_file_error_naming_it():
    with pytest.raises(DataFileError, match=r"xlplugin/data/no_such_table\.txt: missing from the package") as caught:
        lexicon.data_text("no_such_table.txt")
    assert not isinstance(caught.value, OSError)  # an input's `except OSError` cannot take it for the user's file


def test_a_missing_data_file_stops_scoring():
    done = _run_broken("claims.txt", "", "missing")
    assert "SCORED" not in done.stdout
    assert "xlplugin/data/gone_claims.txt: missing from the package" in done.stderr


# --- the near cases that must not change -------------------------------------------------------

def test_every_data_file_and_every_section_of_pairs_reads():
    for name in SECTIONS:
        load_sections(name)
    for name, sections in PAIRED.items():
        for section in sections:
            pairs = load_sections(name).pairs(section)
            assert pairs and all(left and right for left, right in pairs)


def test_a_pattern_entry_opening_with_a_character_class_is_no_section_line():
    sections = parse_sections("t.txt", "[line]\n[0-9]+ comments\n[a-z]+ ago\n", {"line": "test"})
    assert sections["line"] == ("[0-9]+ comments", "[a-z]+ ago")
    assert sections.where("line", 1) == "t.txt:3 [line]"


def test_pairs_of_a_section_not_declared_as_pairs_is_a_key_error():
    with pytest.raises(KeyError, match="no section of pairs"):
        load_sections("claims.txt").pairs("time_words")


# --- a batch of cells: nothing lost ------------------------------------------------------------

def test_a_table_failing_on_one_cell_of_a_batch_is_said_in_that_cell_and_the_others_are_scored(monkeypatch):
    # (the Excel functions' batch: one message per cell that could not be scored, never a blank
    # column; a table's failure names the file, section and line in its cell)
    from xlplugin import engine
    from xlplugin.engine import DocumentInput
    from xlplugin.excel import functions
    from xlplugin.settings import default_settings

    score_fields = engine._score_fields

    def failing(fields, settings):
        if "ferry" in fields[0]:
            raise DataFileError("loaded_language.txt:12 [literal_senses]: expected 'words : words', got 'raging'")
        return score_fields(fields, settings)

    monkeypatch.setattr(engine, "_score_fields", failing)
    ferry = "The ferry board approved the new timetable on Tuesday, its chair said, after a long and heated meeting."
    outcomes = functions._score_inputs([DocumentInput(_TEXT, "a"), DocumentInput(ferry, "b")], default_settings(), 1)
    assert outcomes[0].reliability is not None
    assert outcomes[1] == ("could not score: DataFileError: loaded_language.txt:12 [literal_senses]: expected "
                           "'words : words', got 'raging'")


def test_a_table_failing_while_a_workbook_is_read_is_not_said_to_be_the_workbooks_fault(tmp_path, monkeypatch):
    # the reader turns openpyxl's many errors into "cannot read the workbook"; a broken table of
    # the package is no damage of the user's file, and stops the run as itself
    import openpyxl

    from xlplugin.workbook import reader

    book = openpyxl.Workbook()
    book.active.append(["Text"])
    book.active.append([_TEXT])
    book.save(tmp_path / "rows.xlsx")

    def broken(*args, **kwargs):
        raise DataFileError("claims.txt:40 [time_words]: unknown section")

    monkeypatch.setattr(reader, "_read_table", broken)
    with pytest.raises(DataFileError, match=r"claims\.txt:40"):
        list(reader.read_documents(tmp_path / "rows.xlsx"))

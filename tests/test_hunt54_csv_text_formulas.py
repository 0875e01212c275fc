"""(hunt54) A CSV field written as Excel's text formula ('="00123"', '="The council said..."'), as
exports write ids with leading zeros and texts Excel would turn into numbers or dates. Excel
opening the file shows the strings. On main the field was read as it stood: the id was '="00123"'
and the text was scored with '="' before it and '"' after it, its sentiment, unsourced claims and
grade not those of the same text written plainly. Texts written for these tests."""

from __future__ import annotations

import pytest

from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, read_paths

TEXT = ("The council approved the new budget on Tuesday after a long debate, officials said. Spending on roads "
        "and schools will rise next year, according to the finance report. Critics called the plan a disaster.")


def _csv(tmp_path, body, name="rows.csv"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def _quoted(text):
    return '"' + text.replace('"', '""') + '"'


def test_a_text_and_an_id_in_text_formulas_are_read_as_excel_shows_them(tmp_path):
    formula = '="' + TEXT + '"'
    path = _csv(tmp_path, f'id,text\n{_quoted("=" + _quoted("00123"))},{_quoted(formula)}\nplain,{_quoted(TEXT)}\n')
    a, b = read_paths([str(path)])
    assert (a.id, a.text) == ("00123", TEXT)  # (main: '="00123"', '="The council ... disaster."')
    assert b.text == TEXT


def test_the_scores_are_those_of_the_text_written_plainly(tmp_path, capsys):
    path = _csv(tmp_path, f'id,text\nf,{_quoted(chr(61) + _quoted(TEXT))}\np,{_quoted(TEXT)}\n')
    main(["score", str(path)])
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[2:4]}
    assert rows["f"] == rows["p"]  # (main: sentiment -0.54 against -0.11, no unsourced share, grade 16.6 against 6.7)


# A formula of strings alone, and the strings Excel shows for it (doubled quotes inside are one).
SHOWN = {'="00123"': "00123", '="She said ""no"" twice"': 'She said "no" twice',
         '="Part one, "&"part two"': "Part one, part two", '= "x" ': "x"}


def test_formulas_of_strings_alone_are_their_strings():
    from xlplugin.cells import text_formula_value  # (new in hunt54: imported here, so the other tests run on main)

    assert {field: text_formula_value(field) for field in SHOWN} == SHOWN


def test_a_text_formula_holding_a_number_is_refused_as_a_number(tmp_path):
    (a,) = read_paths([str(_csv(tmp_path, 'id,text\nn1,"=""12345"""\n'))])
    assert isinstance(a, Problem) and a.message.endswith("not text: a number")  # (main: scored as '="12345"')


# Guards: anything more than strings is left as it is.
@pytest.mark.parametrize("field", ['="Hello" she said', '=A2&"x"', '=SUM(A1:A3)', '"quoted"', "= the end", "=", '=""x'])
def test_other_fields_are_left_as_they_are(field):
    from xlplugin.cells import text_formula_value

    assert text_formula_value(field) == field


def test_a_text_opening_with_a_quoted_formula_and_words_is_read_whole(tmp_path):
    text = '="Hello" she wrote at the top of the letter, and the council read it out at the meeting on Monday.'
    (a,) = read_paths([str(_csv(tmp_path, f"id,text\nw1,{_quoted(text)}\n"))])
    assert isinstance(a, Record) and a.text == text

"""(hunt42) A web page whose declared character set is not the one its bytes are in.

A Windows-1252 page (accented names, curly quotes) saved under a template's
<meta charset="windows-1251"> or "shift_jis" was read in the set it declares: "José Müller" came
out as "Josй Mьller", and in a multi-byte set a curly quote swallowed the letter after it
("鍍he plan" for "“the plan"), all scored as words with a note saying the page was read as it
declares. Such a page is now read as an undeclared one is (Windows-1252), the note saying why;
a page really in the set it declares is read in it, as before (the guards below).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xlplugin.inputs import Record, read_paths

BODY = ("Council approves the harbour budget\n\nBy José Müller\n\n"
        "The café owners’ council voted on Tuesday to approve a new budget for the harbour. Mayor Ana Ruiz "
        "said “the plan” would cost 4 million euros over three years, according to a statement from her "
        "office. Señora García, who runs the ferry, called it “a fair deal” for the town.")


def _page(tmp_path: Path, declared: str, body: str, encoding: str) -> Path:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n")[1:])
    markup = (f'<html><head><meta charset="{declared}"><title>Harbour budget</title></head><body><article>'
              f"<h1>{body.split(chr(10))[0]}</h1>{paragraphs}</article></body></html>")
    page = tmp_path / "page.html"
    page.write_bytes(markup.encode(encoding))
    return page


def _read(page: Path) -> Record:
    [item] = list(read_paths([str(page)]))
    assert isinstance(item, Record)
    return item


@pytest.mark.parametrize("declared", ["windows-1251", "koi8-r", "iso-8859-7", "shift_jis", "gb2312", "euc-kr"])
def test_a_windows_1252_page_declaring_another_set_is_read_as_windows_1252(tmp_path, declared):
    item = _read(_page(tmp_path, declared, BODY, "cp1252"))
    for words in ("The café owners’ council", "said “the plan” would", "Señora García", "“a fair deal”"):
        assert words in item.text, words
    # the byline line "By José Müller" is the page's author, out of its text (web43's plain byline)
    assert item.author == "José Müller"
    assert f"the page declares {declared}, but" in item.note and "read as Windows-1252" in item.note
    assert "as the page declares" not in item.note


def test_the_page_gets_the_scores_of_the_same_page_saved_in_utf8(tmp_path):
    from xlplugin.engine import score_many

    wrong = _read(_page(tmp_path, "shift_jis", BODY, "cp1252"))
    (tmp_path / "utf8").mkdir()
    right = _read(_page(tmp_path / "utf8", "utf-8", BODY, "utf-8"))
    assert wrong.text == right.text
    [a] = score_many([wrong.as_input(note=False)], workers=1)
    [b] = score_many([right.as_input(note=False)], workers=1)
    assert a.reliability is not None and (a.reliability, a.word_count) == (b.reliability, b.word_count)


# Guards: a page really in the set it declares is read in it, a stray byte or a Latin brand
# name among its words notwithstanding.

CYRILLIC = ("Городской совет утвердил бюджет гавани во вторник, сообщил мэр Анна Руис. "
            "По её словам, план обойдётся в 4 миллиона евро за три года; критики назвали цифры неясными.")
JAPANESE = "港の予算案は火曜日に市議会で承認された。市長によると、計画には三年間で四百万ユーロかかる。記念のTシャツも配られた。"
GREEK = "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον προϋπολογισμό του λιμανιού, δήλωσε η δήμαρχος."


@pytest.mark.parametrize("declared, encoding, text", [
    ("windows-1251", "cp1251", CYRILLIC), ("koi8-r", "koi8_r", CYRILLIC), ("shift_jis", "shift_jis", JAPANESE),
    ("euc-jp", "euc_jp", JAPANESE), ("iso-8859-7", "iso8859_7", GREEK)])
def test_guard_a_page_in_the_set_it_declares_is_read_in_it(tmp_path, declared, encoding, text):
    item = _read(_page(tmp_path, declared, f"Title\n\n{text}", encoding))
    assert text in item.text
    assert f"read as {declared}, as the page declares" in item.note


def test_guard_a_stray_byte_does_not_unseat_the_declared_set(tmp_path):
    page = _page(tmp_path, "windows-1251", f"Title\n\n{CYRILLIC}", "cp1251")
    page.write_bytes(page.read_bytes().replace(b"</article>", b"\x98</article>"))  # (0x98: no character in 1251)
    item = _read(page)
    assert CYRILLIC in item.text and "as the page declares" in item.note

"""(hunt52) A text that is data, not prose: a base64 blob (an image pasted into a cell, a file saved
as text), a hex dump, minified code. On main it was read as a language ("language pl" for a wrapped
base64 blob, "fr" for a hex dump) or "unknown" after a minute of work on 5 MB; it is refused at once
with what it looks like and its size. A text of more than MAX_WORDS words (a book, many documents
joined) is refused too, with its count, not scored in part. The text stays in the result. Every
text here is generated or written for these tests."""

from __future__ import annotations

import base64
import random
import time

import pytest

from xlplugin import score_text
from xlplugin.cli import main
from xlplugin.refused_texts import MAX_WORDS, data_refusal, length_refusal

ARTICLE = ("The council said on Monday that the new bridge over the river would cost 4 million pounds. "
           "The mayor, Jane Hill, told reporters that work would start in the spring and end next year. "
           "Residents asked whether the old road would close during the work, and the council said it would "
           "stay open. A public meeting is planned for next week at the town hall.")


def _base64(size: int, seed: int = 52) -> str:
    return base64.b64encode(random.Random(seed).randbytes(size)).decode()


def _wrapped(blob: str, width: int = 76) -> str:
    return "\n".join(blob[i:i + width] for i in range(0, len(blob), width))


def _hex_dump(lines: int, seed: int = 52) -> str:
    rng = random.Random(seed)
    return "\n".join(f"{i * 16:08x}  " + " ".join(f"{b:02x}" for b in rng.randbytes(16)) for i in range(lines))


def _minified_code(n: int) -> str:
    return "".join(f"f{i}=function(a,b){{return(a*{i}+b)>0?a:b}};" for i in range(n))


def _spaced_code(n: int) -> str:
    return "".join(f"function f{i}(a,b){{var c=a*{i}+b;return c>0?c:-c}};" for i in range(n))


DATA = {
    "base64 on one line": _base64(30_000),
    "base64 wrapped at 76": _wrapped(_base64(30_000)),
    "base64 wrapped at 64, a PEM block": "-----BEGIN DATA-----\n" + _wrapped(_base64(3_000), 64) + "\n-----END DATA-----",
    "minified code": _minified_code(200),
    "base64 after a line of prose": "Here is the picture you asked for:\n" + _base64(20_000),
}


@pytest.mark.parametrize("name", list(DATA))
def test_encoded_data_is_refused_as_not_prose_with_its_size(name):
    result = score_text(DATA[name])
    assert result.note.startswith("not scored: not prose: looks like encoded data"), result.note  # (main: a language)
    assert " KB" in result.note
    assert result.language is None and result.reliability is None
    assert all(score.value is None for score in result.signals.values())
    assert result.text == DATA[name]  # nothing lost


def test_a_hex_dump_is_refused_as_a_dump_of_numbers_and_codes():
    result = score_text(_hex_dump(300))
    assert result.note.startswith("not scored: not prose: looks like a dump of numbers and codes"), result.note
    assert result.language is None  # (main: "language fr")


def test_code_with_a_space_after_its_keywords_is_a_dump():
    assert score_text(_spaced_code(200)).note.startswith("not scored: not prose: looks like a dump of numbers and codes")


def test_a_table_of_figures_alone_is_a_dump():
    rows = "\n".join(f"{2000 + i} {i * 3.5:.1f} {i * 7} {i % 13}% {i * 11:,}" for i in range(100))
    assert data_refusal(rows).startswith("not prose: looks like a dump of numbers and codes")


def test_a_five_megabyte_blob_is_refused_in_seconds():
    blob = _base64(3_750_000)  # 5,000,000 characters
    started = time.monotonic()
    result = score_text(blob)
    assert result.note.startswith("not scored: not prose: looks like encoded data")  # (main: about a minute, "unknown")
    assert "4,883 KB" in result.note
    assert time.monotonic() - started < 30  # (a few seconds here, shared machine; main took a minute)


def test_a_text_of_more_words_than_the_limit_is_refused_with_its_count():
    text = "\n\n".join(f"{ARTICLE} This was paragraph {i}." for i in range(MAX_WORDS // 60 + 50))
    result = score_text(text)
    words = len(text.split())
    assert words > MAX_WORDS
    assert result.note.startswith(f"not scored: too long: {words:,} words, more than {MAX_WORDS:,}"), result.note
    assert "split it into its documents" in result.note
    assert result.reliability is None and result.text == text  # (main: scored, an index of 91)


# --- guards: prose stays prose ---------------------------------------------------------------------

def test_a_text_just_under_the_limit_is_not_refused_for_its_length():
    text = " ".join(["word"] * (MAX_WORDS - 1))
    assert length_refusal(text) is None
    assert length_refusal(text + " word word") is not None


LONG_LINKS = ARTICLE + " " + " ".join(
    f"See https://www.example.org/reports/2026/council/bridge-{i}-costs-and-the-timetable-of-the-works?ref=newsletter{i}"
    for i in range(12)) + " " + ARTICLE


@pytest.mark.parametrize("text", [
    ARTICLE * 6,
    LONG_LINKS,  # long web addresses are words of prose, not data
    # a word longer than a run of data would be, in prose
    (ARTICLE + " The Rindfleischetikettierungsueberwachungsaufgabenuebertragungsgesetz was repealed. ") * 5,
    # an article with a results table in it
    ARTICLE + "\n\nResults:\n" + "\n".join(f"Team {c} {i} {i + 2} {i * 3}" for i, c in enumerate("ABCDEFGH")) + "\n\n" + ARTICLE * 3,
    # a text in a script that writes no spaces is not ASCII data
    "\u5e02\u8bae\u4f1a\u661f\u671f\u4e00\u8868\u793a\u65b0\u6865\u5c06\u8017\u8d44\u56db\u767e\u4e07\u82f1\u9551\u3002" * 80,
])
def test_prose_is_not_data(text):
    assert data_refusal(text.strip()) is None


def test_a_short_hash_or_token_is_left_to_the_cell_rules():
    assert data_refusal("3f2a9be1c0d4" * 5) is None  # (an id or a hash: under DATA_MIN_CHARS)


def test_a_blob_in_a_text_file_is_said_in_the_cli_table_and_the_rest_is_scored(tmp_path, capsys):
    (tmp_path / "picture.txt").write_text(_wrapped(_base64(20_000)), encoding="utf-8")
    (tmp_path / "bridge.txt").write_text(ARTICLE * 2, encoding="utf-8")
    main(["score", str(tmp_path)])
    captured = capsys.readouterr()
    out = captured.out
    assert "1 not scored (1 not prose)" in captured.err  # (main: "(1 other)", and a language guess)
    picture = next(line for line in out.splitlines() if line.startswith("picture.txt"))
    bridge = next(line for line in out.splitlines() if line.startswith("bridge.txt"))
    assert "not prose: looks like encoded data" in picture and " pl " not in picture
    assert " en " in bridge


@pytest.mark.parametrize("text, label", [
    (_base64(3_000), "not prose"),
    (_hex_dump(100), "not prose"),
    (" ".join(["word"] * (MAX_WORDS + 1)), "too long"),
])
def test_the_summary_counts_each_refusal_by_its_reason(text, label):
    from xlplugin.inputs_summary import unscored_reason

    assert unscored_reason(score_text(text).note) == label  # (main: "other", or a language)

"""Text garbled by a wrong encoding ("mojibake"), read as it was meant.

A text saved as UTF-8 and then opened as Windows-1252 (or Latin-1) shows each accented letter
and curly quote as two or three other characters: "cafÃ©" for "café", "â€œ" and "â€\u009d" for
the curly double quotes, "donâ€™t" for "don’t". Excel does this to every UTF-8 CSV file without
a byte order mark that it opens with a double click; saved again (as .xlsx or .csv), the garbled
characters are the cells' text. Scored as they are, the quotation marks are no quotation marks
(the attributed quotes and named sources are missed), the words are not words, and the scores
are confident and wrong (hunt25a: a text quoting two named people lost 18 points of provenance).

`repaired(text)` gives the text with each such sequence read back as the one character it
stands for (every input reads a text through `inputs.shown_text`, which calls it), and
`repair_note(raw)` the note that says so. A sequence is read back only where its characters
are the bytes of one UTF-8 character, and only in a text that holds at least one sequence that
no text holds but a garbled one (`_SURE_AFTER`: "Ã" or "Â" before a character that stands for a
UTF-8 continuation byte, "â€", "Ð"/"Ñ" before one (Cyrillic), "ðŸ" (an emoji)). A text in
German with „Gruß“ keeps its "ß“", and one in Portuguese its "Ã" ("NÃO"). A text garbled
twice ("Ã¢â‚¬â„¢" for "’") is read back twice. Blind spots: a sequence one of whose bytes was
lost (a "\ufffd" in its place) is left, but for the closing double quote "â€\ufffd" (the only
common character whose last byte Windows-1252 lacks); a read-back character outside the blocks
of `_KEPT_BLOCKS` (Hebrew, Arabic, CJK) is left garbled; text garbled through another code page
(Mac Roman, Cyrillic Windows-1251) is not repaired here (a whole file in Mac Roman is read as
one: `inputs._decode`).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["repaired", "repair_note"]

# The character each byte 0x80-0xFF is shown as when UTF-8 bytes are read as Windows-1252. The
# five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are shown as the C1
# control of that number, as Windows itself decodes them, or as the private-use character
# U+F100 plus the byte, as LibreOffice does (a UTF-8 CSV file opened there as Windows-1252 shows
# the closing quote as "â€\uf19d"); a text read as Latin-1 shows every byte 0x80-0x9F as its
# C1 control, and is read back the same way.
_BYTE_OF: dict[str, int] = {}
for _byte in range(0x80, 0x100):
    _BYTE_OF[chr(_byte)] = _byte  # (Latin-1's reading: the C1 controls and 0xA0-0xFF)
    try:
        _BYTE_OF[bytes([_byte]).decode("cp1252")] = _byte
    except UnicodeDecodeError:
        _BYTE_OF[chr(0xF100 + _byte)] = _byte


def _chars(low: int, high: int) -> str:
    return "".join(re.escape(ch) for ch, byte in _BYTE_OF.items() if low <= byte <= high)


_CONT = f"[{_chars(0x80, 0xBF)}]"
# One UTF-8 character of two, three or four bytes, as Windows-1252 shows it; and the closing
# double quote with its last byte lost ("â€" and a replacement character).
_SEQUENCE_RE = re.compile(f"[{_chars(0xC2, 0xDF)}]{_CONT}|[{_chars(0xE0, 0xEF)}]{_CONT}{{2}}"
                          f"|[{_chars(0xF0, 0xF4)}]{_CONT}{{3}}|\u00e2\u20ac\ufffd")
# Sequences only a garbled text holds: "Ã"/"Â" (Latin-1 letters, no-break space, £ ©...), "Ä"/"Å"
# (Latin Extended-A: ł ś ž ő...) or "Ð"/"Ñ" (Cyrillic) before a continuation byte's character;
# "â€"/"â„"/"â†"/"â‰"/"âœ" (punctuation, ™, arrows, "≥", "✓"), "ðŸ" (emoji); the same as Latin-1
# shows them (a C1 control for "€").
# Looked for with str.find, each first character and then the one after it: a regular expression
# would cost a millisecond on a long text, every text, where they are seldom found at all.
_CONT_CHARS = frozenset(ch for ch, byte in _BYTE_OF.items() if 0x80 <= byte <= 0xBF)
_SURE_AFTER = {**{lead: _CONT_CHARS for lead in "\u00c2\u00c3\u00c4\u00c5\u00d0\u00d1"},
               # (after "â": "€" punctuation, "„" ™, "†" arrows, "ˆ"/"‰" mathematical operators, "œ" dingbats)
               "\u00e2": frozenset("\u20ac\u201e\u2020\u02c6\u2030\u0153\x80\x84\x86\x88\x89\x9c"),
               "\u00f0": frozenset("\u0178\x9f")}


def _garbled(text: str) -> bool:
    """Does `text` hold a sequence only a garbled text holds (`_SURE_AFTER`)?"""
    for lead, after in _SURE_AFTER.items():
        at = text.find(lead)
        while at >= 0:
            if text[at + 1:at + 2] in after:
                return True
            at = text.find(lead, at + 1)
    return False


_LOST_CLOSING_QUOTE = "\u00e2\u20ac\ufffd"
# What a read-back character may be: a letter, mark of punctuation, symbol or space of the
# blocks garbled text comes from in the languages scored (Latin-1 and Latin Extended-A and B,
# Greek, Cyrillic, general punctuation, currency and letterlike symbols, arrows, mathematical
# operators ("≥"), shapes and dingbats ("✓"), emoji); never a
# control, an unassigned or private-use code point, a combining mark.
_KEPT_BLOCKS = ((0x00A0, 0x024F), (0x0370, 0x04FF), (0x2000, 0x214F), (0x2190, 0x27BF), (0x1F000, 0x1FAFF))


def _read_back(sequence: str, c1: bool = False) -> str | None:
    """The one character `sequence` stands for, or None where it stands for none. With `c1`, a
    C1 control too: in a text garbled twice, the first reading's byte of "\u201d" ("Â\x9d")."""
    if sequence == _LOST_CLOSING_QUOTE:
        return "\u201d"
    try:
        ch = bytes(_BYTE_OF[c] for c in sequence).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    code = ord(ch)
    if c1 and 0x80 <= code <= 0x9F:
        return ch
    if not any(low <= code <= high for low, high in _KEPT_BLOCKS):
        return None
    return None if unicodedata.category(ch)[0] in "CM" else ch


def _one_pass(text: str, c1: bool = False) -> tuple[str, int, tuple[str, str] | None]:
    count = 0
    first: tuple[str, str] | None = None

    def one(found: re.Match[str]) -> str:
        nonlocal count, first
        ch = _read_back(found.group(), c1)
        if ch is None:
            return found.group()
        count += 1
        first = first or (found.group(), ch)
        return ch

    return _SEQUENCE_RE.sub(one, text), count, first


def _repair(text: str) -> tuple[str, int, tuple[str, str] | None]:
    if not _garbled(text):
        return text, 0, None
    once = _one_pass(text, c1=True)[0]
    if _garbled(once):  # garbled twice: read back again
        twice, again, example = _one_pass(once)
        if again:
            return twice, again, example
    return _one_pass(text) if once != text else (text, 0, None)


def repaired(text: str) -> str:
    """`text` with its sequences garbled by a wrong encoding read as the characters they stand
    for (see the module's docstring); `text` itself where it holds none."""
    return _repair(text)[0] if _garbled(text) else text


def repair_note(raw: str) -> str:
    """The note for a text `repaired` changes ("" where it changes nothing): how many characters
    were read back, with the first as it was garbled and as it was read."""
    if not _garbled(raw):
        return ""
    _, count, example = _repair(raw)
    if not count or example is None:
        return ""
    garbled, meant = example
    shown = "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in garbled)
    return (f"{count} character{'s' if count != 1 else ''} garbled by a wrong encoding read as meant "
            f"(\"{shown}\" as \"{meant}\": UTF-8 text once opened as Windows-1252, as Excel opens a "
            "UTF-8 CSV file)")

"""Lines of forms, lists and a release's boilerplate, which are not claims.

A planning notice, a recipe card or a product listing is written in fields, not sentences:
"Application 24/00871/FUL", "Site: The Old Forge, 3 High Street", "Prep time: 20 minutes",
"Rating: 4 out of 5", "225g unsalted butter, softened". They hold numbers and capitalised
names, the marks of a check-worthy claim, but they fill in a form, they state nothing a reader
could check against the record. Nor does the block about the issuer at the foot of a press
release ("About Northmoor", "Notes to editors"): the issuer's description of itself, the same
in every release, not the news. `FormLines(doc).reason(sentence)` says which rule of
FORM_LINE_RULES makes a sentence one of these, or "". Used by
`xlplugin.scorers.unsourced_claims` on the sentences it would count (beside
`xlplugin.claim_lines`, which holds citations, headings and page furniture).

An ordinary sentence carrying the same figures ("The council received 240 objections to
application 24/00871.", "Prep time has risen to 20 minutes.") is none of these: each rule looks
at a whole line of its own, verbless.
Blind spots: a fact box of measured facts ("Population: 22,000") stays a claim, as it should,
but so does a form field whose label is not in [field_label_phrases]; an ingredient list of one
line; an "About" block whose heading names more than the issuer ("About the study"), which is
read as prose on purpose; an issuer block longer than ABOUT_BLOCK_MAX_CHARS.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache

from .phrases import words
from .text import Document, Sentence

__all__ = ["FORM_LINE_RULES", "DATED_LINE_MAX_WORDS", "page_line_reason", "FIELD_LABEL_MAX_WORDS", "REFERENCE_LINE_MAX_WORDS", "QUANTITY_LINE_MAX_WORDS",
           "ABOUT_BLOCK_MAX_CHARS", "FormLines", "about_block_start", "closing_block"]

DATA_FILE = "claims.txt"

# (rule, why): the classes of lines whose sentences are not check-worthy claims.
FORM_LINE_RULES = (
    ("form field", "a line of its own that is only \u201cLabel: value\u201d, the label of at most "
                   "FIELD_LABEL_MAX_WORDS words ending in a phrase of [field_label_phrases] (\u201cPrep time\u201d, "
                   "\u201cSite\u201d, \u201cRating\u201d, \u201cRef\u201d) and the value with no verb (nor a "
                   "past tense in -ed): a form's or a listing's field, not a statement"),
    ("reference line", "a line of its own of at most REFERENCE_LINE_MAX_WORDS words with no verb, whose "
                       "only figures are reference codes (\u201cApplication 24/00871/FUL\u201d, \u201cCase "
                       "HC-2023-001234\u201d; a date or a telephone number written with dashes or slashes, "
                       "\u201cLast updated 8/7/12\u201d): a file's number names it, it counts nothing"),
    ("quantity list", "a line of its own that is an amount, a unit of [measure_unit_words] and a few words "
                      "with no verb, next to another line that starts with an amount (\u201c225g unsalted "
                      "butter, softened\u201d under \u201c2 tsp baking powder\u201d): a recipe's or a "
                      "list's quantities, what is needed, not what happened"),
    ("about block", "the lines under a heading of the issuer's block (provenance.txt [issuer_block_starts]: "
                    "\u201cNotes to editors\u201d, or \u201cAbout\u201d and a name: \u201cAbout Northmoor\u201d, "
                    "\u201cAbout the Harbourside Trust\u201d, \u201cAbout us\u201d) "
                    "in the second half of the text, to its end: a press release's boilerplate about its "
                    "issuer, the same in every release; an \u201cAbout\u201d block longer than "
                    "ABOUT_BLOCK_MAX_CHARS is read as the text's own section"),
    ("dated heading", "a line of its own of at most DATED_LINE_MAX_WORDS words with no verb and no sentence's end, holding a day's or a "
                      "month's name, whose only figures are a date and a clock time (\u201cReply from X \u00bb "
                      "Tue Mar 10, 2026 8:40 pm\u201d, \u201cThe Morning Brief: Tuesday 9 June 2026\u201d): a "
                      "post's or an issue's stamp, it counts nothing (claims8)"),
    ("scoreline", "a line of its own that is only two names each with its score (\u201cAshton Rovers 2 "
                  "Millbrook Town 1\u201d, \u201cLeeds 3-1 Hull\u201d): a result's heading (claims8)"),
    ("page label", "a line of its own of at most DATED_LINE_MAX_WORDS words opening with a label of "
                   "[sponsor_label_phrases] (\u201cSPONSORED CONTENT | In partnership with X\u201d): the "
                   "page's label, not a claim (claims8)"),
)
# A stamp or a label line is this many words or fewer ("Reply from dave_in_leeds \u00bb Tue Mar 10, 2026
# 9:30 pm").
DATED_LINE_MAX_WORDS = 12
# ... and this many characters or fewer.
DATED_LINE_MAX_CHARS = 120
# A field label is this many words or fewer ("Eric Roe Best Price", "Decision date").
FIELD_LABEL_MAX_WORDS = 5
# A line naming a file by its reference is this many words or fewer ("Planning application
# reference 24/00871/FUL").
REFERENCE_LINE_MAX_WORDS = 6
# An ingredient or a list item is this many words or fewer after its amount ("225g unsalted
# butter, softened and cut into cubes").
QUANTITY_LINE_MAX_WORDS = 10
# A list's lines are next to each other, or this many blank lines apart.
MAX_BLANK_LINES = 2
# An issuer's "About" block (one or two paragraphs of boilerplate, a contact) is shorter than
# this, from its heading to the end of the text; a longer one is the text's own section.
ABOUT_BLOCK_MAX_CHARS = 2000
# An "About" heading names the issuer in at most this many words ("About Northfield Water Company").
ABOUT_NAME_MAX_WORDS = 6

_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")
# "Label: value": the label starts with a capital letter and holds words only (no digit, no
# second colon).
_FIELD_RE = re.compile(r"(?P<label>[A-Z][^\d:]{0,60}?)[ \t]*:[ \t]+(?P<value>\S.*)")
# A reference code: capital letters and digits joined by "/" or "-" twice ("24/00871/FUL",
# "PL/2023/0456", "HC-2023-001234"; a date or a telephone number written so, "8/7/12",
# "816-555-0142", reads the same and is no amount either), or once with a zero-led part of three
# digits or more ("24/00871": no amount is written with a leading zero), or a number after "#"
# ("#55812"). Lower-case parts make a compound word ("17-year-old"), not a code; a part of a
# web address is no code (a line with an address is left to the link rules).
_CODE_RE = re.compile(r"(?<![\w/.-])(?:[A-Z0-9]+(?:[/-][A-Z0-9]+){2,}|[A-Z0-9]*\d[/-]0\d{2,}|#\d+)(?![\w/-])")
_DIGIT_RE = re.compile(r"\d")
_DETERMINERS = frozenset({"a", "an", "the"})
# A list mark before a line's words ("- ", "* ", "\u2022 ").
_LIST_MARK_RE = re.compile(r"^[-*\u2022\u00b7\u2013]+[ \t]+")
_LIST_MARK_CHARS = "-*\u2022\u00b7\u2013"  # (the characters that open a list mark)
# An amount at the start of a line: "225", "1.5", "1/2", "2-3", "\u00bd", "1\u00bd", then perhaps
# a unit glued to it or after a space ("225g", "2 tsp").
_AMOUNT = r"(?:\d+(?:[.,/]\d+)?(?:[ \t]*[-\u2013][ \t]*\d+)?[\u00bc-\u00be\u2153-\u215e]?|[\u00bc-\u00be\u2153-\u215e])"
_AMOUNT_RE = re.compile(_AMOUNT)
_QUANTITY_RE = re.compile(rf"{_AMOUNT}[ \t]*(?P<unit>[^\W\d_]+)\.?(?P<rest>(?:[ \t,].*)?)")
# An "About" heading: "About" and a name, each word capitalised ("About Northmoor", "About
# Northfield Water Company", "About Lee & Roe"), or "About us".
_ABOUT_NAME_RE = re.compile(r"(?i:about)[ \t]+(?:(?i:us)|(?:the[ \t]+)?[A-Z][\w'\u2019.-]*"
                            r"(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|&|and|of|for|the)){0,%d})" % (ABOUT_NAME_MAX_WORDS - 1))


_DAY_MONTH_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
    thu thur thurs fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# The figures of a date and a time: a day of the month ("10", "9th", "10,"), a year ("2026"), a clock
# time ("8:40", "8:40pm", "20.40").
_DATE_FIGURE_RE = re.compile(r"(?:[0-3]?\d(?:st|nd|rd|th)?|(?:19|20)\d\d|[0-2]?\d[:.][0-5]\d(?:am|pm)?),?", re.I)
# Two names, each with its score: "Ashton Rovers 2 Millbrook Town 1", "Leeds 3-1 Hull".
_NAME = r"[A-Z][\w'.&]*(?:[ \t]+[A-Z][\w'.&]*){0,3}"
_SCORELINE_RE = re.compile(rf"{_NAME}[ \t]+\d{{1,2}}[ \t]+{_NAME}[ \t]+\d{{1,2}}|{_NAME}[ \t]+\d{{1,2}}[ \t]*[-\u2013][ \t]*\d{{1,2}}[ \t]+{_NAME}")


def _is_dated_heading(line: str) -> bool:
    """Rule "dated heading": short, verbless, a day's or a month's name, no figure but a date's.
    (A line ending as a sentence ends, "... on Tuesday.", is a sentence, not a stamp: the verb list
    does not hold every verb, "said" and "hit" among them.)"""
    if line.rstrip(" \t\"'\u201d\u2019)").endswith((".", "!", "?")):
        return False
    parts = line.split()
    if len(parts) > DATED_LINE_MAX_WORDS or not any(p.strip(",.:").lower() in _DAY_MONTH_WORDS for p in parts):
        return False
    return all(_DATE_FIGURE_RE.fullmatch(p) for p in parts if _DIGIT_RE.search(p)) and not _has_verb(line, regular=True)


def _is_page_label(line: str) -> bool:
    """Rule "page label": a short line opening with a label of [sponsor_label_phrases]."""
    lower = " ".join(_WORD_RE.findall(line.lower()))
    return len(line.split()) <= DATED_LINE_MAX_WORDS and any(
        lower == label or lower.startswith(label + " ") for label in _sponsor_labels())


def page_line_reason(line: str) -> str:
    """Which of the rules "dated heading", "scoreline", "page label" the line (a sentence's whole
    line) meets, or "". (Each is tried only on a short line, and where its mark is: a figure, or a
    capital.)"""
    if len(line) > DATED_LINE_MAX_CHARS or line.count(" ") >= DATED_LINE_MAX_WORDS:
        return ""
    if _DIGIT_RE.search(line):
        if _is_dated_heading(line):
            return FORM_LINE_RULES[4][0]
        if _SCORELINE_RE.fullmatch(line):
            return FORM_LINE_RULES[5][0]
    if line[:1].isalpha() and _is_page_label(line):
        return FORM_LINE_RULES[6][0]
    return ""


@lru_cache(maxsize=1)
def _sponsor_labels() -> tuple[str, ...]:
    from .lexicon import load_sections  # (local: lexicon reads data files)

    return tuple(load_sections(DATA_FILE)["sponsor_label_phrases"])


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Finite verbs and auxiliaries, irregular past tenses (a field's value, an ingredient or a
    reference line with one says something)."""
    return words(DATA_FILE, "heading_verb_words") | words(DATA_FILE, "past_tense_words")


@lru_cache(maxsize=1)
def _field_labels() -> frozenset[str]:
    from .lexicon import load_sections  # (local: lexicon reads data files)

    return frozenset(load_sections(DATA_FILE)["field_label_phrases"])


@lru_cache(maxsize=1)
def _issuer_headings() -> tuple[str, ...]:
    from .lexicon import load_sections  # (local: lexicon reads data files)

    return tuple(h for h in load_sections("provenance.txt")["issuer_block_starts"] if h != "about")


def _has_verb(text: str, regular: bool = False) -> bool:
    """Does `text` hold a verb of _verbs(), or with `regular` a past tense in "-ed" (lower-case,
    not after "a", "an", "the": "a listed barn" is an adjective)?"""
    verbs, found = _verbs(), _WORD_RE.findall(text)
    return any(w.lower() in verbs or (regular and w.islower() and w.endswith("ed") and len(w) > 4
                                      and not w.endswith("eed") and (k == 0 or found[k - 1].lower() not in _DETERMINERS))
               for k, w in enumerate(found))


def _unmarked(line: str) -> str:
    # (the mark opens the line: a line opening with none of its characters, most, is returned
    # as it is without the regex, which would change nothing)
    return _LIST_MARK_RE.sub("", line, count=1) if line[:1] in _LIST_MARK_CHARS else line


def is_form_field(line: str) -> bool:
    """Rule "form field": "Label: value", a [field_label_phrases] label, a verbless value."""
    m = _FIELD_RE.fullmatch(line)
    if m is None:
        return False
    label = _WORD_RE.findall(m.group("label").lower())
    return (0 < len(label) <= FIELD_LABEL_MAX_WORDS and not _has_verb(m.group("value"), regular=True)
            and any(" ".join(label[-n:]) in _field_labels() for n in (1, 2, 3)))


def is_reference_line(line: str) -> bool:
    """Rule "reference line": short, verbless, its figures all inside reference codes."""
    if ("/" not in line and "-" not in line and "#" not in line) or "://" in line or "www." in line:
        return False  # (every code holds one of them; a web address is not looked into)
    rest = _CODE_RE.sub(" ", line)
    return (rest != line and _DIGIT_RE.search(rest) is None
            and len(line.split()) <= REFERENCE_LINE_MAX_WORDS and not _has_verb(line))


def _is_quantity(line: str) -> bool:
    """An amount, a [measure_unit_words] unit, a few verbless words: "2 tsp baking powder"."""
    m = _QUANTITY_RE.fullmatch(line)
    return (m is not None and m.group("unit").lower() in words(DATA_FILE, "measure_unit_words")
            and "%" not in line and len(m.group("rest").split()) <= QUANTITY_LINE_MAX_WORDS
            and not _has_verb(m.group("rest")))


def about_block_start(doc: Document) -> int | None:
    """Where the issuer's block starts (the end of its heading line: rule "about block"), or
    None. Only short lines in the second half of the text are looked at."""
    text = doc.text
    half = len(text) // 2
    if "bout" not in text[half:] and "ditor" not in text[half:] and "BOUT" not in text[half:]:
        return None  # (no heading can be there: "About", "Notes to editors")
    for s, e in doc.lines:
        if s < half or e - s > 80:
            continue
        line = text[s:e].strip().rstrip(":").strip()
        lower = line.lower()
        if lower in _issuer_headings():
            return e
        if _ABOUT_NAME_RE.fullmatch(line) and len(text) - e <= ABOUT_BLOCK_MAX_CHARS:
            return e
    return None


# (kinds19) The lines that open a press release's closing block, alone on their line (a contact line
# may go on after its colon): the release's end mark ("###", "- ENDS -"), and the press contact's
# heading ("Media contact:", "Press contacts", "Media enquiries: ...", "Pressekontakt"). With an
# "About <issuer>" heading (`about_block_start`'s, less a writer's "About the author"), each starts
# the issuer's boilerplate: what follows is the same in every release, not the news.
_END_MARK_RE = re.compile(r"(?:#[ \t]?#[ \t]?#|[-\u2013\u2014]*[ \t]*(?i:ends)[ \t]*[-\u2013\u2014]*)")
_CONTACT_HEADING_RE = re.compile(
    r"(?i:(?:for[ \t]+)?(?:media|press|news)[ \t]+(?:contacts?|enquiries|inquiries)|pressekontakte?|contact[ \t]+presse)"
    r"(?:[ \t]*:.*)?")
_WRITER_ABOUT_RE = re.compile(r"(?i:about[ \t]+(?:the[ \t]+)?(?:authors?|writers?|me|this[ \t]+blog|the[ \t]+blog))\b")


_LAST_CLOSING_BLOCK: list = [None, None]


def closing_block(doc: Document) -> tuple[int, str] | None:
    """(start, heading) of a press release's closing block: the first line in the text's second
    half that is its end mark ("###"), its press contact's heading ("Media contact:") or an
    "About <issuer>" heading (not "About the author"), with at most ABOUT_BLOCK_MAX_CHARS from
    it to the end of the text; None where there is none. The block runs from that line to the
    end: the issuer's boilerplate, read by no signal (`xlplugin.prose`: "issuer block") and a
    press release's cue (`xlplugin.kinds`). (speed46) Kept for the last document: not-prose
    spans, provenance's notes and the kinds rule all ask."""
    last = _LAST_CLOSING_BLOCK[0]() if _LAST_CLOSING_BLOCK[0] is not None else None
    if last is doc:
        return _LAST_CLOSING_BLOCK[1]
    found = _closing_block(doc)
    _LAST_CLOSING_BLOCK[:] = [weakref.ref(doc), found]
    return found


def _closing_block(doc: Document) -> tuple[int, str] | None:
    text = doc.text
    half = max(len(text) // 2, len(text) - ABOUT_BLOCK_MAX_CHARS)
    tail = text[half:]
    if not any(mark in tail for mark in ("###", "# #", "nds", "NDS", "ontact", "ONTACT", "nquir", "NQUIR", "bout", "BOUT", "ditor", "DITOR")):
        return None
    for s, e in doc.lines:
        if s < half or e - s > 80:
            continue
        line = text[s:e].strip()
        if not line:
            continue
        if _END_MARK_RE.fullmatch(line) or _CONTACT_HEADING_RE.fullmatch(line):
            return s, line
        heading = line.rstrip(":").strip()
        if heading.lower() in _issuer_headings() or (
                _ABOUT_NAME_RE.fullmatch(heading) and not _WRITER_ABOUT_RE.match(heading)):
            return s, heading
    return None


class FormLines:
    """The rules of FORM_LINE_RULES for one document (the issuer's block found once)."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        start = about_block_start(doc)
        self.about_start = len(self.text) + 1 if start is None else start

    def reason(self, sentence: Sentence) -> str:
        """Which rule makes the sentence a line that is not a claim, or ""."""
        if sentence.start >= self.about_start:
            return FORM_LINE_RULES[3][0]
        text = self.text
        s = text.rfind("\n", 0, sentence.start) + 1
        e = text.find("\n", sentence.start)
        e = len(text) if e < 0 else e
        line = _unmarked(text[s:e].strip())
        if line != _unmarked(sentence.text.strip()):
            return ""  # every other rule reads a line of its own
        if ":" in line and is_form_field(line):
            return FORM_LINE_RULES[0][0]
        if is_reference_line(line):
            return FORM_LINE_RULES[1][0]
        if line[:1].isdigit() or _AMOUNT_RE.match(line[:1]):
            if _is_quantity(line) and self._next_to_amount(s, e):
                return FORM_LINE_RULES[2][0]
        return page_line_reason(line)

    def _next_to_amount(self, s: int, e: int) -> bool:
        """Does the line before the line s:e, or the one after (blank lines passed over), start
        with an amount?"""
        return any(near and _AMOUNT_RE.match(_unmarked(near)) for near in (self._near(s, -1), self._near(e, 1)))

    def _near(self, pos: int, step: int) -> str:
        """The first line that is not blank before offset `pos` (the start of a line; step -1) or
        after it (the end of a line; step 1), stripped, or ""."""
        text = self.text
        for _ in range(MAX_BLANK_LINES + 1):
            if step < 0:
                if pos <= 0:
                    return ""
                end, pos = pos - 1, text.rfind("\n", 0, pos - 1) + 1
                line = text[pos:end].strip()
            else:
                if pos >= len(text):
                    return ""
                start, pos = pos + 1, text.find("\n", pos + 1)
                pos = len(text) if pos < 0 else pos
                line = text[start:pos].strip()
            if line:
                return line
        return ""

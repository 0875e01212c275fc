"""The title of a plain text file: its first line, where that line is a headline.

A .txt or .md file has no title field, but a news text saved as a file usually opens with its
headline on a line of its own, then a blank line or the byline ("Harbour board rebuilds grain
pier", blank line, the story). That line is the text's title, as a workbook's title column is:
the headline rules read it as the title (provenance's clickbait headline, loaded language's
headline marks), and the workbook shows it in the title column. The text itself is not
changed: the line stays the text's first line, and every evidence offset still points into the
file's text.

A first line is a headline (`headline_line`) where it is followed by a blank line or a byline
line ("By ...") and more text, holds HEADLINE_MIN_WORDS to HEADLINE_MAX_WORDS words (at most
HEADLINE_MAX_CHARS characters), does not end as a sentence or a lead-in does (".", ":", ",",
";") and is none of a text's other opening lines: a byline ("By Jane Roe"), a label or a
notice in capitals of fewer than CAPITALS_MIN_WORDS words ("OPINION", "FOR IMMEDIATE
RELEASE"), breadcrumbs or a post's meta line ("Home > Forums", "Posted by desk | 5 March"), a
date ("27 November 2023"), a web address or a Markdown heading's mark ("# " is left off).

(titles18) A label line may stand above the headline: "OPINION", "ANALYSIS", "FOR IMMEDIATE
RELEASE", "EXCLUSIVE", "BREAKING:", a section's name in capitals ("WORLD NEWS"), or one of the
labels below in any case ("Opinion", "Press release"). Such a line (`label_line`) is read as a
label, as the kind and provenance rules read it, and the line after it (a blank line between
allowed) is the headline where it is shaped as one. The label stays where it is in the text.

(loose25) Up to MAX_LABEL_LINES label lines may stand one over the other: a public notice opens
with its issuer's name and then "PUBLIC NOTICE" ("TOWN OF ASHBURY", "PUBLIC NOTICE", then the
notice's headline), and the headline is the line after the last of them. "Public notice",
"Notice", "Legal notice", "Official notice" and "Statutory notice" are labels in any case.

(lead25) A masthead line may stand under the headline where a byline would: the outlet's name, a
mark ("|", "·", "•") and when it was published or updated ("KTRV 4 News | Updated 3:10 PM,
Monday, May 4, 2026", "Harwick Courier · 4 May 2026"; `masthead_outlet`). The headline is read
above it, the name is the text's outlet (`outlet_line`) and a date after the name is the text's
own (`date_line`; an update's date is not, as before). A name is 2 to OUTLET_MAX_WORDS words, each
capitalised or a number ("KTRV 4 News", "WKTV News 7"), one of them a word outlets are named by
(OUTLET_NAME_ENDS), the first not a section's word ("Local News | 4 May 2026" names a section).
(web28) A sponsor's credit on a line of its own ("Paid for by Verdalux Home Solutions", "In partnership
with Harbour Bank"; `_SPONSOR_CREDIT_RE`) is a label line, never the headline: an advertisement's
headline is the line under it.
A publication's name on the line above the headline, where a byline follows the headline
("The Valley Ledger" / "Issue 112: The day the whistle stopped" / "by Hannah Greer | Mar 4,
2026"), is a label line: the headline is the line under it.

(kinds28) An issuer's header block may stand over the headline instead: two to HEADER_BLOCK_LINES
lines with no blank line between them, each the issuer's name in capitals ("CITY OF HALVERSTON POLICE
DEPARTMENT"), its press office ("Office of Public Information"), a label with its number ("Press
Statement 26-118", "Press Release 26-044", "News Release No. 14") or a date ("August 3, 2026"), one
of them a label or a date; then a blank line and the headline.
"""

from __future__ import annotations

import re

__all__ = ["author_line", "headline_line", "label_line", "date_line", "outlet_line", "masthead_outlet", "HEADLINE_MAX_CHARS"]

HEADLINE_MAX_CHARS = 150
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 25
# A line in capitals this short is a label or a notice, not a headline shouted in capitals.
CAPITALS_MIN_WORDS = 5
# (loose25) Label lines that may stand over a headline, one over the other ("TOWN OF ASHBURY",
# "PUBLIC NOTICE", headline).
MAX_LABEL_LINES = 2

# (titles18) Labels a text puts above its headline, read in any case; any other label is a short
# line in capitals. (The kind and provenance rules read what each label means: data/provenance.txt.)
LABEL_WORDS = frozenset({
    "opinion", "analysis", "comment", "commentary", "editorial", "exclusive", "breaking", "breaking news",
    "press release", "news release", "for immediate release", "review", "column", "op-ed", "explainer",
    "feature", "interview", "letters", "satire", "sponsored", "sponsored content", "advertisement", "update", "letters to the editor",
    "public notice", "notice", "legal notice", "official notice", "statutory notice",
})

_BYLINE_RE = re.compile(r"(?:by|von|written by|posted by)\s+\S", re.IGNORECASE)
# (web28) a sponsor's credit on a line of its own ("Paid for by Verdalux Home Solutions", "In partnership with
# Harbour Bank"): a label over an advertisement's headline, never the headline; the sponsor's name capitalised
_SPONSOR_CREDIT_RE = re.compile(r"(?i:paid for by|sponsored by|in partnership with|presented by|promoted by|brought to you by"
                                r"|produced in (?:partnership|association) with)\s+(?:the\s+)?[A-Z0-9][^\s.!?]*(?:\s+[^\s.!?]+){0,7}")
_FURNITURE_RE = re.compile(r"\s[>\u00bb|/]\s|https?://|www\.")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_LINE_RE = re.compile(rf"(?:\w+,?\s+)?(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}}),?\s+\d{{4}}\b.*"
                           r"|\d{4}-\d{2}-\d{2}\b.*|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b.*", re.IGNORECASE)


def _is_headline(line: str, capitals: bool = False) -> bool:
    """Is `line` shaped as a headline (the module's doc); with `capitals`, a short line in capitals
    may be one too (`_capitals_headline`)."""
    words = line.split()
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS or len(line) > HEADLINE_MAX_CHARS:
        return False
    if line.endswith((".", ":", ",", ";")) or _BYLINE_RE.match(line) or _FURNITURE_RE.search(line):
        return False
    if _DATE_LINE_RE.fullmatch(line) or _SPONSOR_CREDIT_RE.fullmatch(line):
        return False
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and (capitals or not (line.upper() == line and len(words) < CAPITALS_MIN_WORDS))


def label_line(line: str) -> bool:
    """Is `line` a label over a headline (the module's doc): one of LABEL_WORDS in any case, or
    fewer than CAPITALS_MIN_WORDS words in capitals; a ":" after it allowed. A byline, a date,
    a web address or breadcrumbs in capitals are none."""
    bare = " ".join(line.strip().lstrip("#").split()).rstrip(":").strip()
    if not bare or _BYLINE_RE.match(bare) or _FURNITURE_RE.search(bare) or _DATE_LINE_RE.fullmatch(bare):
        return False
    if bare.lower() in LABEL_WORDS or _SPONSOR_CREDIT_RE.fullmatch(bare):
        return True
    # only words: a dateline ("LAS VEGAS \u2014", "SAN FRANCISCO (AP) \u2014") or a credit ("PHOTO: AP") is none
    words = bare.split()
    return (len(words) < CAPITALS_MIN_WORDS and bare.upper() == bare
            and all(w == "&" or w.replace("-", "").replace("'", "").isalpha() for w in words))


def _headline_at(lines: list[str], second: bool = False, paged: bool = False) -> str:
    """lines[0] where it is a headline: followed by a blank line or a byline, and more text;
    with `second` (the text's first line), also by a second line (`_second_line`); or the two
    lines of a wrapped headline (`_wrapped`; `paged`: under a PDF's page header)."""
    first = lines[0].strip()
    if first.startswith("#"):
        first = first.lstrip("#").strip()
    after = lines[1].strip() if len(lines) > 1 else ""
    rest = "\n".join(lines[1:]).strip()
    wrapped = _wrapped(first, lines, paged)
    if wrapped:
        return wrapped
    if not rest or not (not after or _BYLINE_RE.match(after) or masthead_outlet(after) or (second and _second_line(lines))):
        return ""
    return first if _is_headline(first) else ""


# (pasted30) A headline wrapped over two lines, in a text taken from a PDF: the second line goes
# on with a small letter ("Pelham Road to be resurfaced in March after" / "three years of
# complaints"), the first ends with no mark, a blank line and more text follow, and the two joined
# are shaped as one headline. Read so only where the text shows it was laid out in pages: a page
# header stood above (`paged`), or the paragraph below is wrapped too (two lines or more); a
# first paragraph so wrapped over a paragraph on one line stays prose (transcripts28). A second
# line opening with a capital stays a standfirst's or a dateline's (`_second_line`).
_GOES_ON_RE = re.compile(r"[a-z][\w'\u2019-]*\b")


def _wrapped(first: str, lines: list[str], paged: bool = False) -> str:
    """The two lines of a wrapped headline joined (see above), or ""."""
    if len(lines) < 4 or lines[2].strip() or not lines[3].strip():
        return ""
    if not paged and not (len(lines) > 4 and lines[4].strip()):
        return ""
    second = lines[1].strip()
    if not _GOES_ON_RE.match(second) or first.endswith((".", ":", ",", ";", "!", "?")) or second.endswith((".", ":", ",", ";")):
        return ""
    # a word broken at the line's end ("fort-" / "nightly") is joined whole
    joined = f"{first[:-1]}{second}" if first.endswith("-") and first[-2:-1].isalpha() else f"{first} {second}"
    return joined if _is_headline(first) and _is_headline(joined) else ""


# (transcripts28) A second line right under the headline, then a blank line: a standfirst, a
# dateline or a source line ("Extract from the Official Report, 3 March", "From our correspondent
# in Westminster", "Ministers say the money will reach 400 routes"). Read under the text's first
# line only (not under a label line). It opens with a capital or a figure, runs to
# SECOND_LINE_MAX_CHARS and ends as no sentence does (a sentence right under the first line is the
# first paragraph's: meta15), and the paragraph after the blank line is one line ending as a
# sentence does: a text wrapped at a width (every paragraph several lines) keeps its first line as
# prose, and a header block's last lines over a headline ("Media Relations Unit" / "March 9, 2026"
# / blank / headline) are no headline and its standfirst. A first line that is a name of up to
# NAME_ABOVE_MAX_WORDS capitalised words ("The Tannery Letter" / "Issue 31: The bins nobody
# ordered") is a publication's over a title, no headline (lead25).
SECOND_LINE_MAX_CHARS = 200
_SECOND_LINE_START_RE = re.compile(r"[\"'\u201c\u2018(]?[A-Z0-9]")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u2019\u201d)]*$")


def _second_line(lines: list[str]) -> bool:
    """(transcripts28) Is lines[1] a standfirst or a dateline under a headline (see above)?"""
    if len(lines) < 4 or lines[2].strip() or not lines[3].strip() or (len(lines) > 4 and lines[4].strip()):
        return False
    second, body = lines[1].strip(), lines[3].strip()
    if len(second) > SECOND_LINE_MAX_CHARS or not _SECOND_LINE_START_RE.match(second) \
            or second.endswith((".", "!", "?", ":", ",", ";")) or not _SENTENCE_END_RE.search(body):
        return False
    words = lines[0].strip().lstrip("#").split()  # (a name over a title, "The Tannery Letter": no headline)
    return not (len(words) <= NAME_ABOVE_MAX_WORDS and all(
        w in _OUTLET_SMALL_WORDS or w in _TITLE_SMALL_WORDS
        or (w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha()) for w in words))


# (pasted30) A PDF's running header over the headline ("12  COASTAL LIVING  Winter 2026    www...",
# "Wendmouth Gazette | Thursday 12 November 2026      Page 1 of 2": pdf_pages.page_line) is the page's,
# no headline and no label: the headline is read under it. Up to PAGE_LINES_ABOVE such lines.
PAGE_LINES_ABOVE = 3


_NOT_BLANK_RE = re.compile(r"\S")


def _below_page_lines(text: str) -> str:
    """`text` from its first line that is no PDF page header (pdf_pages.page_line), blank lines
    after the headers left out; `text` itself where it opens with none."""
    from .draft_notes import draft_line
    from .pdf_pages import page_line

    start = 0
    for _ in range(PAGE_LINES_ABOVE):
        end = text.find("\n", start)
        if end < 0 or not (page_line(text[start:end]) or draft_line(text[start:end])):  # (a draft's note: "DRAFT v3 - for subs")
            break
        below = _NOT_BLANK_RE.search(text, end)
        if below is None:
            break
        start = text.rfind("\n", 0, below.start()) + 1
    return text[start:] if start else text


def headline_line(text: str) -> str:
    """The text's first line where it is a headline, or the line after a label line at the top
    (see the module's doc); "" otherwise. (pasted30) A PDF's page header above it is passed over
    (`_below_page_lines`), and a headline wrapped over two lines is read whole (`_wrapped`)."""
    stripped = text.lstrip("\ufeff \t\n")
    body = _below_page_lines(stripped)
    lines = body.split("\n", 7)
    if len(lines) < 2:
        return ""
    headline = _headline_at(lines, second=True, paged=len(body) != len(stripped))
    if not headline and _publication_above(lines):  # (lead25) "The Valley Ledger" / headline / byline
        return _headline_at(lines[1:])
    if headline:
        return headline
    if not label_line(lines[0]):
        return _header_block_headline(text.lstrip("\ufeff \t\n"))
    below = lines
    for _ in range(MAX_LABEL_LINES):  # (loose25) label lines one over the other
        below = below[2:] if len(below) > 1 and not below[1].strip() else below[1:]
        under = _headline_at(below) if len(below) > 1 else ""
        if under or len(below) < 2 or not label_line(below[0]):
            break
    return under or _capitals_headline(lines) or _header_block_headline(text.lstrip("\ufeff \t\n"))


HEADER_BLOCK_LINES = 5
_HEADER_LABEL_RE = re.compile(r"(?:press|media|news|official)[ \t]+(?:release|statement|notice|advisory)"
                              r"(?:[ \t]+(?:no\.?|number|#)?[ \t]*[\w./-]{1,12})?", re.IGNORECASE)
_PRESS_OFFICE_RE = re.compile(r"(?:(?:[Tt]he[ \t]+)?[Oo]ffice[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w ]{2,50}"
                              r"|[A-Z][\w ]{0,40}(?:[Ii]nformation|[Cc]ommunications|[Pp]ress|[Mm]edia|[Rr]elations|[Aa]ffairs)[ \t]+"
                              r"(?:[Oo]ffice|[Uu]nit|[Tt]eam|[Bb]ureau))")


def _header_block_headline(text: str) -> str:
    """(kinds28) The headline under an issuer's header block (the module's doc), or ""."""
    lines = text.split("\n", HEADER_BLOCK_LINES + 4)
    block = []
    for line in lines:
        if not line.strip():
            break
        block.append(" ".join(line.split()))
    if not 2 <= len(block) <= HEADER_BLOCK_LINES:
        return ""
    marked = False
    for line in block:
        if _HEADER_LABEL_RE.fullmatch(line) or _DATE_LINE_RE.fullmatch(line) or label_line(line):
            marked = marked or not (line.upper() == line and not _HEADER_LABEL_RE.fullmatch(line))
        elif not (_PRESS_OFFICE_RE.fullmatch(line) or (line.upper() == line and len(line.split()) <= 10
                                                         and any(c.isalpha() for c in line))):
            return ""
    if not marked:
        return ""
    below = lines[len(block):]
    while below and not below[0].strip():
        below = below[1:]
    return _headline_at(below) if len(below) > 1 else ""


def _publication_above(lines: list[str]) -> bool:
    """(lead25) Is lines[0] a publication's name over a headline with a byline right under it (the
    module's doc): 1 to NAME_ABOVE_MAX_WORDS words, each capitalised (or a small word), no digit and
    no end mark, the next line a headline and the line after it a byline?"""
    words = lines[0].strip().split()
    if not 1 <= len(words) <= NAME_ABOVE_MAX_WORDS or len(lines) < 3 or not _BYLINE_RE.match(lines[2].strip()):
        return False
    if not all(w in _OUTLET_SMALL_WORDS or w in _TITLE_SMALL_WORDS
               or (w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha()) for w in words):
        return False
    return bool(_headline_at(lines[1:]))


NAME_ABOVE_MAX_WORDS = 5
_TITLE_SMALL_WORDS = frozenset({"from", "at", "in", "to", "for", "a", "an", "with", "by"})


def _capitals_headline(lines: list[str]) -> str:
    """(meta19) A short line in capitals with no headline under it is the headline itself, written
    in capitals ("COUNCIL CUTS BUS ROUTES", blank line, the story): it is a label only where a
    headline follows it or it is one of LABEL_WORDS ("BREAKING NEWS", "FOR IMMEDIATE RELEASE").
    It needs HEADLINE_MIN_WORDS words, so a section's name ("WORLD NEWS") stays a label."""
    first = " ".join(lines[0].strip().lstrip("#").split())
    if first.rstrip(":").lower() in LABEL_WORDS or len(first.split()) < HEADLINE_MIN_WORDS:
        return ""
    after = lines[1].strip() if len(lines) > 1 else ""
    if not "\n".join(lines[1:]).strip() or not (not after or _BYLINE_RE.match(after)):
        return ""
    return first if _is_headline(first, capitals=True) else ""


# (titles18) A plain text's own date line: where the provenance signal's date cue reads it (the
# text's first lines, a short line), in the same date forms (`furniture._DATE_RE`).
DATE_HEAD_LINES = 15  # furniture.HEAD_LINES: the lines a page's date sits in
_PUBLISHED_RE = re.compile(r"(?:originally\s+|first\s+)?(?:posted|published)(?:\s+on)?\s*:?\s*|date\s*:\s*", re.IGNORECASE)
# "Updated 4 May 2026" says when the text last changed, not when it came out: not a publication date.
_UPDATED_RE = re.compile(r"(?:last\s+)?(?:updated|edited|modified|revised)\b", re.IGNORECASE)
# (loose21) The labels a date may follow on its line; the nearest one before a date says whose
# date it is ("First published 1 March 2026; updated 3 March 2026").
_DATE_LABEL_RE = re.compile(r"(?:last\s+)?(?:updated|edited|modified|revised)\b|(?:originally\s+|first\s+)?"
                            r"(?:posted|published)\b|\bdate\s*:", re.IGNORECASE)
UPDATE_LABEL_LINE = 20  # a label alone on the line before its date ("Updated" / "3 March 2026")


def update_date(before: str, previous_line: str = "") -> bool:
    """(loose21) Is a date an update's, not the publication's? `before`: its line up to the date;
    `previous_line`: the line above. One rule for the date cell (`date_line`) and provenance's
    publication date cue (`furniture._when_lines`): the nearest label before the date on its line
    is an update label ("Updated 3 March 2026", "Last updated | 3 March 2026", "Modified · 3 March
    2026"), or no label is and the line above is a short update label ("Updated" / "3 March 2026")."""
    labels = _DATE_LABEL_RE.findall(before)
    if labels:
        return _UPDATED_RE.match(labels[-1]) is not None
    previous_line = previous_line.strip()
    return len(previous_line) <= UPDATE_LABEL_LINE and _UPDATED_RE.match(previous_line) is not None


def others_date(before: str) -> bool:
    """(loose22) Is a date another label's, not the text's? `before`: its line up to the date. A
    date after a label that is not the publication's is that label's date: after a part of its own
    ("Event | 3 March 2026", "Match day \u00b7 3 March 2026", "World | 3 March 2026") or a label
    and a colon ("Event: 3 March 2026"). The text's own date is one a publication label gives
    ("Published | 3 March 2026", "Date: 3 March 2026"), a credit's ("By Ann Lee | 3 March 2026",
    "Posted by newsdesk | 1 March 2026"), or a dateline's (a date opening its line, or after a
    place or a day and a comma: "Harwick, 3 March 2026", "Tuesday, 3 March 2026 | Harwick"). One
    rule for the date cell (`date_line`) and provenance's publication date cue (`furniture`).
    (An update's date is `update_date`'s.)"""
    parts = _LINE_PARTS_RE.split(before + " ")
    own = parts[-1].strip()
    if own:  # (words before the date in its own part)
        return own.endswith(":") and not _PUBLISHED_RE.fullmatch(own) and not _BYLINE_RE.match(own)
    if len(parts) < 2:
        return False  # (the date opens its line)
    label = parts[-2].strip()
    return not (_PUBLISHED_RE.match(label) or _BYLINE_RE.match(label) or _UPDATED_RE.match(label)
                or _masthead_name(label))  # (lead25) "KTRV 4 News | 4 May 2026": the outlet's own date


_NOT_PAGE_DATE_RE = re.compile(r"joined|member since|registered|closing date|apply by|deadline|offer ends|ends on|closes",
                               re.IGNORECASE)


def date_line(text: str) -> tuple[str, str]:
    """(titles18) The date a plain text gives itself, and its line: a short line among the first
    DATE_HEAD_LINES lines that opens with "Posted on", "Published", "First published" or "Date:"
    before a date ("Posted on November 21, 2026"), or is mostly a date ("21 November 2026",
    "Tuesday, 3 March 2026 | Harwick"). An update line ("Updated 4 May 2026", "Last updated ...")
    gives no publication date, nor a member's join date or a closing date. ("", "") where none."""
    from .furniture import SHORT_LINE, _DATE_RE

    seen, previous = 0, ""
    for raw in text.lstrip("\ufeff").split("\n", 60)[:60]:
        line, before = raw.strip(), previous
        if not line:
            continue
        seen, previous = seen + 1, line
        if seen > DATE_HEAD_LINES:
            break
        # (a forum's "Joined" / "Dec 18, 2010", "Updated" / "4 May 2026": the label may stand on the line before)
        if _too_long(line, SHORT_LINE) or _NOT_PAGE_DATE_RE.search(line) or (
                len(before) <= UPDATE_LABEL_LINE and (_NOT_PAGE_DATE_RE.match(before) or _UPDATED_RE.match(before))):
            continue
        # (meta19) "Updated 3 March 2026 | Published 1 March 2026": each part of a line split by
        # "|", "·" or "•" is read on its own, so the publication date is found beside an update.
        # (meta20) A later part's date is the text's only where it says so ("Published 1 March
        # 2026", "Published | 1 March 2026", "Posted by newsdesk | 1 March 2026"): a date alone
        # after another label ("Updated | 3 March 2026", "Event | 3 March 2026") is that label's
        # date; the first part may be a dateline ("Tuesday, 3 March 2026 | Harwick"), unless it is an update label.
        parts = [p.strip() for p in _LINE_PARTS_RE.split(line)]
        paged = _page_header_date(raw, parts)
        if paged:
            return paged, " ".join(line.split())
        for i, part in enumerate(parts):
            m = None if _UPDATED_RE.match(part) else _DATE_RE.search(part)
            if m is None:
                continue
            lead = _PUBLISHED_RE.match(part)
            # (outlets23) a credit's date, as provenance's publication date cue reads it: after the
            # credit's part ("By Ann Lee | 3 March 2026") or in it after a dash or a comma ("By Ann Lee - 3 March 2026")
            labelled = i > 0 and m.start() == 0 and (_PUBLISHED_RE.match(parts[i - 1]) is not None
                                                    or _credit(_CREDIT_PART_RE.fullmatch(parts[i - 1]))
                                                    or _masthead_name(parts[i - 1]))  # (lead25)
            dateline = i == 0 and len(part) <= 2 * (m.end() - m.start()) and not others_date(part[:m.start()])
            credited = i == 0 and _credit(_CREDIT_BEFORE_DATE_RE.fullmatch(part[:m.start()])) \
                and _TIME_TAIL_RE.fullmatch(part[m.end():]) is not None
            if (lead and lead.end() == m.start()) or labelled or dateline or credited:
                return m.group(), line
    return "", ""


def _too_long(line: str, most: int) -> bool:
    """Is `line` longer than `most` characters, a PDF's page header counted with each run of
    spaces as one (its parts stand across the page)?"""
    if len(line) <= most:
        return False
    from .pdf_pages import page_line

    return not (page_line(line) and len(" ".join(line.split())) <= most)


def _page_header_date(raw: str, parts: list[str]) -> str:
    """(pasted30) The date of a PDF's page header ("Wendmouth Gazette | Thursday 12 November 2026
    Page 1 of 2": pdf_pages.page_line), where a part of it is mostly a date (a day's name before it
    at most) that is no other label's: the issue's date, which provenance's publication date cue
    reads too, so the date column and the cue agree. "" where none."""
    from .furniture import _DATE_RE
    from .pdf_pages import page_line

    if not page_line(raw):
        return ""
    for part in (p.strip() for whole in parts for p in re.split(r"[ \t]{2,}", whole)):
        m = _DATE_RE.search(part)
        if m and len(part) <= 2 * (m.end() - m.start()) and not others_date(part[:m.start()]) \
                and not _UPDATED_RE.match(part) and not _NOT_PAGE_DATE_RE.search(part):
            return m.group()
    return ""


_LINE_PARTS_RE = re.compile(r"\s[|\u00b7\u2022]\s")
# (outlets23) A credit's part of a date line: "By", "Written by" or "Posted by", then a name of
# up to CREDIT_NAME_WORDS words with no digit ("By Ann Lee", "By Ann Lee and Tom Reed"), the date
# after it in a part of its own, or after a dash or a comma in its part ("By Ann Lee - 3 March 2026").
CREDIT_NAME_WORDS = 8
_CREDIT_WORDS = rf"(?:by|written\s+by|posted\s+by)\s+(?P<name>[^\W\d][^\s\d]*(?:\s+[^\s\d]+){{0,{CREDIT_NAME_WORDS - 1}}}?)"
_CREDIT_PART_RE = re.compile(_CREDIT_WORDS, re.IGNORECASE)
_CREDIT_BEFORE_DATE_RE = re.compile(_CREDIT_WORDS + r"\s*(?:,|\s[-\u2013\u2014])\s*", re.IGNORECASE)
# The words of a name that may be written small ("Jonas de Vries", "Ann Lee and Tom Reed")
_NAME_PARTICLES = frozenset({"and", "de", "del", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "al"})
# What may follow the credit's date in its part: a time ("at 10:42 GMT", "9.30am"), no words
_TIME_TAIL_RE = re.compile(r"\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*")


def _credit(match: re.Match[str] | None) -> bool:
    """Is a credit's match a person's or people's name: its words capitalised but for particles
    ("By Ann Lee", "By Jonas de Vries"; not "By then", "by the river")?"""
    return match is not None and all(word[0].isupper() or word.lower() in _NAME_PARTICLES
                                     for word in match.group("name").split())


# (titles18) A newspaper's name on a line of its own next to the byline ("By Gemma Holt" /
# "Harwick Courier"). Read only where it cannot be a sentence, a person or a section: 2 to
# OUTLET_MAX_WORDS words, each capitalised (or "of", "the", "and", "&"), the last one a word
# newspapers are named by. A one-word section ("Travel") or a role ("Business Reporter") is none.
OUTLET_MAX_WORDS = 5
OUTLET_NAME_ENDS = frozenset("""courier record herald gazette times news post tribune journal chronicle mail express
    observer standard telegraph echo star mirror guardian independent press daily weekly argus advertiser sentinel
    examiner inquirer bulletin register dispatch globe leader mercury messenger citizen voice view eye today
    online wire""".split())
_OUTLET_SMALL_WORDS = frozenset({"of", "the", "and", "&", "on", "am"})


def _outlet_name(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= OUTLET_MAX_WORDS or words[-1].lower() not in OUTLET_NAME_ENDS:
        return False
    return all(w in _OUTLET_SMALL_WORDS or (w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha())
               for w in words)


def outlet_line(text: str) -> str:
    """(titles18) The outlet a plain text names on the line right under or right above its byline
    ("By Gemma Holt" / "Harwick Courier"; `_outlet_name`) among its first DATE_HEAD_LINES lines;
    "" where none."""
    lines = [ln.strip() for ln in text.lstrip("\ufeff").split("\n", 40)[:40]]
    lines = [ln for ln in lines if ln][:DATE_HEAD_LINES]
    for i, line in enumerate(lines):
        if _BYLINE_RE.match(line) and len(line) <= HEADLINE_MAX_CHARS:
            for near in (lines[i + 1] if i + 1 < len(lines) else "", lines[i - 1] if i else ""):
                if _outlet_name(near):
                    return near
            return ""
        if i and masthead_outlet(line):  # (lead25) under the headline: "KTRV 4 News | Updated 3:10 PM, ..."
            return masthead_outlet(line)
    return ""


# (transcripts28) A byline's name, up to what follows it on its line: a comma and the writer's role
# ("By Dana Whitcombe, Staff Reporter"), a mark and a date ("By Ann Lee | 3 March 2026"), a dash.
_BYLINE_NAME_RE = re.compile(r"(?:by|written\s+by)\s+(?P<name>[^\W\d][^\s\d,|\u00b7\u2022]*"
                             rf"(?:[ \t]+[^\s\d,|\u00b7\u2022\u2013\u2014-][^\s\d,|\u00b7\u2022]*){{0,{CREDIT_NAME_WORDS - 1}}})"
                             r"(?:\s*(?:,|\s[|\u00b7\u2022\u2013\u2014-]\s).*)?", re.IGNORECASE)


def author_line(text: str) -> tuple[str, str]:
    """(transcripts28) The author a plain text credits on its byline line (the line `outlet_line`
    reads: "By Dana Whitcombe, Staff Reporter", among its first DATE_HEAD_LINES lines), and the
    line: the name as written ("Dana Whitcombe", "Ann Lee and Tom Reed"), where every word is
    capitalised but "and" and it names a person (`names.credits_a_person`: "By Reuters", "By the Editorial Board", "By
    our reporter" name none; `provenance_notes.is_handle`: a user name "Posted by SkyWatcher_Dee" is
    none, nor is "Posted by" read). ("", "") where none."""
    from .furniture import byline_name
    from .names import NAME_PARTICLES, credits_a_person, nickname
    from .provenance_notes import is_handle

    lines = [ln.strip() for ln in text.lstrip("\ufeff").split("\n", 40)[:40]]
    for line in [ln for ln in lines if ln][:DATE_HEAD_LINES]:
        if not _BYLINE_RE.match(line) or len(line) > HEADLINE_MAX_CHARS:
            continue
        m = _BYLINE_NAME_RE.fullmatch(line)
        name = " ".join(m.group("name").split()) if m else ""
        words = name.split()
        # (names29) a name's particles inside it ("Jonas de Vries", "Ana van der Berg") as "and"; the name
        # must open as provenance's byline cue reads one (furniture.byline_name): the author read here fills
        # the cell the cue has read, and earns no credit of its own
        # (web41) and a nickname in quotation marks inside it ('Robert "Bob" Smith')
        if not name or not all(w[0].isupper() or w == "and" or (0 < i < len(words) - 1 and (w in NAME_PARTICLES or nickname(w)))
                               for i, w in enumerate(words)) or not byline_name(name):
            return "", ""
        if is_handle(name) or not credits_a_person(name):
            return "", ""
        return name, line
    return "", ""


# (lead25) Words that open a section's name, not an outlet's ("Local News | 4 May 2026").
_SECTION_FIRST_WORDS = frozenset({"local", "world", "national", "international", "business", "sport", "sports",
                                  "politics", "breaking", "latest", "top", "more", "live", "home", "uk", "us", "regional"})
_BROADCAST_WORDS = frozenset({"tv", "radio", "channel", "fm", "broadcasting", "network"})
_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)


def _masthead_name(part: str) -> bool:
    words = part.split()
    if not 2 <= len(words) <= OUTLET_MAX_WORDS or words[0].lower() in _SECTION_FIRST_WORDS:
        return False
    if not any(w.lower() in OUTLET_NAME_ENDS or w.lower() in _BROADCAST_WORDS or w.lower().startswith("news")
               for w in words):  # ("NewsCenter 6 Live")
        return False
    return all(w in _OUTLET_SMALL_WORDS or w.isdigit()
               or (w[:1].isupper() and w.replace("'", "").replace("-", "").isalnum()) for w in words)


def masthead_outlet(line: str) -> str:
    """(lead25) The outlet's name where `line` is a masthead line (the module's doc): the name, a
    mark, then a date or a clock time (after "Updated", "Published" or "Posted" or alone); "" otherwise."""
    from .furniture import _DATE_RE

    line = line.strip()
    if len(line) > HEADLINE_MAX_CHARS:
        return ""
    parts = _LINE_PARTS_RE.split(line, maxsplit=1)
    if len(parts) < 2 or not _masthead_name(parts[0].strip()):
        return ""
    when = parts[1].strip()
    when = _PUBLISHED_RE.sub("", when, count=1) if _PUBLISHED_RE.match(when) else _UPDATED_RE.sub("", when, count=1).strip()
    return parts[0].strip() if (_DATE_RE.match(when) or _CLOCK_RE.match(when)) else ""


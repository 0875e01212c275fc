"""Lines that are not claims: citations, reference lists and list headings.

A reference-list line ("Smith, J. (2019). Title. Journal 4(2), 10-20.") is full of numbers,
years and names, the marks of a check-worthy claim, but it is where a text's claims come from,
not a claim; a short heading ending in ":" ("Key findings:", "Over the past 12 months:") or an
explainer subhead ("What we know") introduces the claims that follow and says nothing itself;
nor does an obituary's heading, a name with the years of a life ("Ann Lee, 1931 - 2024").
`NotClaims(doc).reason(sentence)` says which rule of CLAIM_LINE_RULES makes a sentence one of
these, or "". Used by `xlplugin.scorers.unsourced_claims` on the sentences it would count.
A claim sentence that merely cites a year, an author, a DOI or pages ("Cargo rose 12% in 2019
(Smith et al., 2019).", "... appeared last week (doi:10.1000/x)") is none of these: the rules
look at the shape of the whole line, and a citation mark in brackets is prose citing its source.
`in_text_citations(doc)` finds those citations, which name a sentence's source.
Blind spots: a reference list with no heading and no author-initials, volume or page marks
(a bare list of titles); a heading with a verb ("Here are the facts:"); a life-dates heading
with one name only ("Pele, 1940 - 2022"); prose with a bare DOI or page range outside brackets
and a year ("See doi:10.1000/x for the 2019 data.") reads as a reference.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from functools import lru_cache

from .phrases import words
from .text import Document, Sentence

__all__ = ["CLAIM_LINE_RULES", "in_text_citations", "find_in_text_citations", "find_reference_list", "CITATION_MAX_CHARS", "HEADING_MAX_WORDS", "WH_HEADING_MAX_WORDS", "NotClaims"]

DATA_FILE = "claims.txt"

# (rule, why): the classes of lines whose sentences are not check-worthy claims.
CLAIM_LINE_RULES = (
    ("citation line", "a line of at most CITATION_MAX_CHARS with a year and the marks of a "
                      "reference: authors as \u201cSurname, I.\u201d, a volume(issue):pages, or "
                      "\u201cpp. 10-20\u201d, a DOI, \u201cet al. (2019).\u201d outside brackets "
                      "(in brackets they are prose citing a source), a journal's \u201c574, 16-17 (2019)\u201d "
                      "closing the line; and a line that is only a DOI (claims47)"),
    ("reference list", "the lines under a [reference_heading_phrases] heading (\u201cReferences\u201d, "
                       "\u201cSources:\u201d, \u201cBibliography\u201d), up to a line of prose "
                       "longer than CITATION_MAX_CHARS; and a \u201cSources: ...\u201d line"),
    ("list heading", "a line of its own of at most HEADING_MAX_WORDS words that ends in \u201c:\u201d "
                     "and holds no verb ([heading_verb_words], [past_tense_words], a past tense in -ed): \u201cKey "
                     "findings:\u201d; or that starts with what/why/how and has no end punctuation "
                     "and at most WH_HEADING_MAX_WORDS words (\u201cWhat we know so far\u201d)"),
    ("life dates heading", "a line of its own that is a name of at least two capitalised words followed by "
                           "the years of a life (\u201cAnn Mary Lee, 1931 - 2024\u201d, \u201cTom Roe "
                           "(4 May 1950 \u2013 2023)\u201d): an obituary's or a memorial's heading, which "
                           "names its subject; the text below makes the claims"),
    ("contact line", "a line of its own that is only a telephone number, perhaps after a label "
                     "(\u201c+44 20 7946 0123\u201d, \u201cTel: 020 7946 0123\u201d): a way to reach "
                     "someone, page furniture"),
    ("listing details", "a sentence made only of a film's or a show's certificate or rating and its running "
                        "time (\u201cCertificate 12A, 104 minutes.\u201d, \u201cRated PG-13. 1h 44m\u201d): "
                        "a listing's details, not a claim"),
    ("stamp line", "a line of its own that is only a byline, a credit or an update stamp with its date, "
                   "perhaps after a name (\u201cInterview by Ann Lee, 2 August 2025\u201d, \u201cHarbour "
                   "News Updated on 2024-01-30\u201d): page furniture, not a claim"),
    ("call to action", "a sentence that opens with a call to act ([call_to_action_phrases]: \u201cClick "
                       "here\u201d, \u201cDownload our\u201d, \u201cSubscribe to\u201d), or (claims51) plugs an account "
                       "by its handle ([social_plug_phrases]: \u201cFollow @name for the latest\u201d) or (claims52) on a "
                       "platform (\u201cFollow Jane Lee on Twitter\u201d, attribution.txt [platform_words]), or (claims55) asks "
                       "the reader to call or text a number to act ([phone_call_words]: \u201cCall 0113 496 0000 to "
                       "book a place\u201d): the page "
                       "asking the reader to do something; its figures are an offer, not a claim"),
    ("disclosure line", "(sources20) a sentence that opens with a disclosure or a registration the law or a "
                        "journal asks for ([disclosure_phrases]: \u201cFunding:\u201d, \u201cConflicts of "
                        "interest:\u201d, \u201cTrial registration:\u201d, \u201cRegistered charity number "
                        "...\u201d, \u201cRegistered in England No. ...\u201d, an election imprint "
                        "\u201cPromoted by ... on behalf of\u201d), or (web25b) that is a copyright notice "
                        "(\u201cCopyright 2026 The Associated Press.\u201d, \u201c\u00a9 2025 Harbour Media Ltd.\u201d): "
                        "page furniture that says who stands behind the text, not a claim"),
    ("tally line", "(web28) a sentence that is only a campaign's running count (\u201c84,213 people have signed.\u201d, "
                   "\u201c1,240 supporters have already donated so far.\u201d): a petition's or an appeal's counter, "
                   "page furniture; its figure is no claim"),
    ("chapter line", "(web28) a line of a podcast's or a video's chapter list (\u201c- 14:40 Cement kilns\u201d), "
                     "where the text lists CHAPTERS_MIN or more chapters from 0:00, each later than the one before: "
                     "show notes, not claims"),
    ("subheading", "(web39b) a line of its own between paragraphs, of at most SUBHEADING_MAX_WORDS words, "
                   "written in Title Case (every word of three letters or more capitalised but the small words "
                   "of Title Case) and ending in no mark (\u201cThe Biggest Change Since 1998\u201d) or (web40) "
                   "in a mark a title ends in (SUBHEADING_LAST_MARKS: \u201cFares Up 12%\u201d, \u201cThe "
                   "Harbour Board (2019)\u201d, \u201cWho Pays For The Ferry?\u201d) or (web41) in one full stop where "
                   "SUBHEADING_FULL_STOP_WORDS of its words after the first are capitalised words of four letters "
                   "or more (\u201cHow The Levy Grew By 40 Per Cent.\u201d; not in capitals throughout), not in a "
                   "comma, a semicolon, a colon or an ellipsis, after a "
                   "line that ends as a sentence ends and over a paragraph of prose (SUBHEADING_PARAGRAPH_WORDS "
                   "words or more, ending as a sentence ends): a web article's subheading names what the "
                   "paragraphs below say, which make the claims; a short sentence with a full stop, a line in "
                   "sentence case and a line in a list of such lines stay claims"),
)
# (web28) a campaign's running count, the whole sentence: "84,213 people have signed.", "1.2k supporters have joined so far!"
_TALLY_RE = re.compile(r"(?:over |more than )?\d[\d,.]*k?\s+(?:people|supporters|signatures|signatories|others|members|donors|backers|"
                       r"campaigners|of you)\s+(?:have|has)\s+(?:already\s+)?(?:signed|joined|pledged|donated|given|backed|"
                       r"signed up|taken action)(?:\s+(?:so far|already|this petition|the petition|our petition|today))?[.!]?",
                       re.IGNORECASE)
# (web28) a sponsor's code offered to the listener: "Use code GRID for 10% off.", "Enter the code TIDE20 at checkout."
# (the code in capitals or digits: "Use code reviews to catch bugs" is advice, a claim's own words)
_SPONSOR_CODE_RE = re.compile(r"(?:[Uu]se|[Ee]nter|[Aa]pply)\s+(?:the\s+)?(?:promo\s+|discount\s+|coupon\s+)?code\s+[A-Z0-9]{3,20}\b")
# (web28) a chapter line: a bullet perhaps, a running time ("14:40", "1:02:40"), a short label
_CHAPTER_LINE_RE = re.compile(r"[-*\u2022\u2013]?[ \t]*[(\[]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[)\]]?[ \t]*(?:[-\u2013\u2014|:][ \t]*)?"
                              r"[^\n]{2,80}")
CHAPTERS_MIN = 3
# the characters a chapter line (stripped) can open with: its bullet, a bracket, the time's first digit
_CHAPTER_FIRST = "-*\u2022\u2013([0123456789"


def _seconds(stamp: str) -> int:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def chapter_line_starts(text: str) -> frozenset[int]:
    """(web28) The offsets of the lines of a chapter list: CHAPTERS_MIN or more chapter lines, the first at
    0:00, each later than the one before (a live blog's entry times start at no zero)."""
    if "0:00" not in text:
        return frozenset()
    found, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        m = _CHAPTER_LINE_RE.fullmatch(stripped) if stripped[:1] in _CHAPTER_FIRST else None
        if m is not None:
            found.append((pos + len(line) - len(line.lstrip()), _seconds(m["time"])))
        pos += len(line) + 1
    best: list[int] = []
    for i, (_, t) in enumerate(found):
        if t != 0:
            continue
        run = [found[i]]
        for item in found[i + 1:]:
            if item[1] <= run[-1][1]:
                break
            run.append(item)
        if len(run) >= CHAPTERS_MIN:
            best.extend(start for start, _ in run)
    return frozenset(best)


# A reference entry is shorter than this; a longer line is prose (which may cite a year).
CITATION_MAX_CHARS = 400
# A list heading is this many words or fewer ("Over the past 12 months (May 2022 to May 2023):");
# an explainer subhead ("What we know so far") this many or fewer.
HEADING_MAX_WORDS = 7
WH_HEADING_MAX_WORDS = 5
# (web39b) A subheading is this many words or fewer; the paragraph under it this many or more.
SUBHEADING_MAX_WORDS = 12
SUBHEADING_PARAGRAPH_WORDS = 8
# (web40) the marks besides a letter or a digit a subheading may end in: a figure's "%", a closing bracket
# ("(2019)", "(Part 2)"), a question or an exclamation, a closing quotation mark. A full stop, a comma, a
# semicolon, a colon (a list's heading) or an ellipsis (a run of linked headlines) ends no subheading.
SUBHEADING_LAST_MARKS = frozenset("%)]?!\"'\u201d\u2019")


# (web41) A Title Case line ending in one full stop is a subheading too ("How The Levy Grew By 40 Per
# Cent."), where this many of its words after the first, of four letters or more, are capitalised: a sentence
# is not written so ("Fares rose." is in sentence case; "Ann Lee Said." holds one such word); a line in
# capitals throughout with its full stop is a sentence shouted ("THIS HAS NEVER BEEN ALLOWED BEFORE.").
SUBHEADING_FULL_STOP_WORDS = 2


def _may_end_subheading(last: str) -> bool:
    """(web40) Can a subheading end in the character `last` (a letter, a digit, SUBHEADING_LAST_MARKS,
    (web41) a full stop: `_full_stop_end`)?"""
    return last.isalnum() or last in SUBHEADING_LAST_MARKS or last == "."


def _full_stop_end(line: str) -> bool:
    """(web41) Does `line` end in one full stop (not in an ellipsis written as dots)?"""
    return line.endswith(".") and not line.endswith("..")


# (web39b) the small words Title Case leaves in lower case (articles, conjunctions, prepositions)
_TITLE_SMALL = frozenset(
    "a an the and but nor for yet or so as at by in of on to up via per off out with from into onto over upon than "
    "that down near past like amid atop till unto versus about above after along among around before behind below "
    "beneath beside between beyond during except inside outside since through toward towards under until within "
    "without vs".split())
# what a line of prose ends with (a sentence's end, perhaps inside a closing quote or bracket)
_SENTENCE_END_MARKS = ".!?\"'\u201d\u2019)"
# (web25b) A copyright notice sentence is this long or shorter.
COPYRIGHT_MAX_CHARS = 100
# A reference heading line is this long or shorter.
HEADING_MAX_CHARS = 48

_YEAR_RE = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# The same matches as _YEAR_RE, found in a fifth of the time: the "no digit before" test is moved
# after the first two characters ("1" or "2", then one of "6789" or "0"), where it looks back
# past them (`(?<!\d..)`: the character before the "1"/"2" is not a digit; at the start of the text
# the look-back of three fails, so the test passes, as `(?<!\d)` does there). The pattern now
# starts with a literal set, which the regex engine scans for in a tight loop instead of trying
# a look-behind at every character. (tests/test_claim_lines_exact.py)
_YEAR_FAST_RE = re.compile(r"(?:1[6-9]|20)(?<!\d..)\d\d(?!\d)")
# The marks of a reference entry, any one of which (with a year on the line) makes a citation.
# Prose cites too: "(doi:10.1000/x)", "(see pp. 33-41)", "(Smith et al., 2019)". A mark inside
# brackets is such an in-text citation (`_entry_mark`), except a volume(issue):pages, which
# holds a bracket of its own; "et al." marks an entry only as "Marsh et al. (2020)." (the year
# closing a field, not "Marsh et al. (2020) counted").
_CITATION_RE = re.compile(
    r"\b(?P<volume>\d+\s*\(\d+\)\s*[:,]\s*(?:pp?\.\s*)?\d+)"                      # 4(2), 10   12(3):45
    r"|\bpp?\.\s*\d+\s*[-\u2013]\s*\d+"                                          # pp. 33-41
    r"|\bdoi:\s*10\.\d{4,}|\bdoi\.org/10\.\d{4,}"                                  # doi:10.1000/x
    r"|\bet al\.,?\s*\(?(?:1[6-9]|20)\d\d[a-z]?\)?\s*[.:;]"                         # et al. (2019).
    # (claims47) a journal's volume, then its pages or issue, then the year in brackets, closing
    # the line: "Nature 574, 16-17 (2019)", "J. Appl. Phys. 12:3 (2020)."
    r"|\b\d+\s*[,:]\s*\d+(?:\s*[-\u2013]\s*\d+)?\s*\((?:1[6-9]|20)\d\d\)\.?\s*$"          # 574, 16-17 (2019)
)

# (claims47) A line that is only a DOI, as a "doi:" or a doi.org link, perhaps after a "DOI:"
# label ("https://doi.org/10.1038/d41586-019-03167-3"): a reference, no claim (with no year, so
# the citation rule's year test does not find it; before, it was a claim sourced by its own link).
_DOI_LINE_RE = re.compile(r"(?:doi:?\s*)?(?:(?:https?://)?(?:dx\.)?doi\.org/)?10\.\d{4,}/\S+", re.I)


def _bracketed(line: str, pos: int) -> bool:
    """Is offset `pos` of `line` inside an open bracket ("(see pp. 33-41)")?"""
    return line.rfind("(", 0, pos) > line.rfind(")", 0, pos)


def _entry_mark(line: str) -> bool:
    """Does `line` hold a mark of a reference entry (_CITATION_RE) outside an in-text citation's
    brackets?"""
    return any(m.group("volume") or not _bracketed(line, m.start()) for m in _CITATION_RE.finditer(line))


def _has_citation_mark(line: str) -> bool:
    """_entry_mark(line). Each branch of _CITATION_RE holds one of "(" (4(2)), "p." (pp. 33-41),
    "doi", "et al." as it is: a line with none of them has no citation mark, known by four
    substring tests, a tenth of the time of the regex (which tries a match at each character: its
    branches start with \\b, so it has no first character to skip to).
    (tests/test_claim_lines_exact.py)"""
    return _citation_literal(line) and _entry_mark(line)


def _citation_literal(line: str) -> bool:
    """Does `line` hold one of the literals every branch of _CITATION_RE holds ("(", "p.",
    "doi", "et al.")? (`_has_citation_mark`'s pre-test.)"""
    return "(" in line or "p." in line or "doi" in line or "et al." in line


# An entry that starts with its first author, "Surname, I." (after a list mark, the "^ a b" of
# a wiki's back links, a particle): "Smith, J. (2019)", "- ^ Gashi, I.; Stankovic, V.". The
# surname has a lower-case letter ("WASHINGTON, D.C." opens a dateline, not a reference).
_AUTHOR_START_RE = re.compile(
    r"[\W\d_]*(?:[a-z]\s)*(?:(?:van|von|de|der|da|di|du|le|la)\s)*"
    r"[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*,\s+(?:[A-Z]\.[ -]?){1,3}(?:[;,]|\s*\(|\s+&|\s+and\b)")
# A name of two to six words, each capitalised or a particle, then the years of a life, each
# perhaps with its day and month, after a comma, a space or an opening bracket.
_LIFE_DATE = (r"(?:(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?),?[ \t]+)?"
              r"(?:1[5-9]|20)\d\d")
_LIFE_DATES_RE = re.compile(
    r"[A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|van|von|de|der|da|di|du|le|la|bin|al)){1,5}"
    rf"(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+){_LIFE_DATE}[ \t]*[-\u2013\u2014]{{1,2}}[ \t]*{_LIFE_DATE}\)?")
# In-text citations, which name a sentence's source: a DOI; "(Smith, 2019)", "(Smith et al.
# 2019; Lee, 2020)", "(see Smith and Lee, 2019)"; "Smith et al. (2019)". (A date in brackets,
# "(May 2019)", has no comma or "et al." before its year.)
_DOI_RE = re.compile(r"\bdoi(?::\s*|\.org/)10\.\d{4,}/?[^\s()]*", re.IGNORECASE)
_AUTHOR_YEAR_RE = re.compile(
    r"\((?=[^()]{0,120}\))[^()]{0,80}?\b[A-Z][\w'\u2019-]+(?: et al\.,?|(?: and| &) [A-Z][\w'\u2019-]+,?|,)"
    r" (?:1[6-9]|20)\d\d[a-z]?[;,)]")
_ET_AL_YEAR_RE = re.compile(r"\b[A-Z][\w'\u2019-]+ et al\.,? \((?:1[6-9]|20)\d\d[a-z]?\)")
# (web28) a footnote marker glued to the words it cites, "... as the tide falls.[1]", "a mill pond[2][3]": a
# reference to a document in a numbered list, where the text has one (`find_reference_list`: its heading,
# "References", "Notes", then the list). It cites the sentence it closes: the marker is read at the character
# before it. (A bracket after a space, "see [1]", or a year, "[2019]", is none.)
_FOOTNOTE_RE = re.compile(r"\[(?<=[^\s\[\]\d(]\[)\d{1,3}\](?:\[\d{1,3}\])*")  # ("[" first: the scan looks for it)
_WH_HEADING_RE = re.compile(r"(?:what|why|how|where|when|who)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019]*")
# A telephone number on a line of its own, perhaps after a label: at least 7 digits, with the
# spaces, dots, dashes and brackets numbers are written with.
_PHONE_LINE_RE = re.compile(r"(?:(?:tel|telephone|phone|mobile|mob|fax|call|t|m)\.?\s*:?\s*)?"
                            r"\+?(?=(?:[\s().-]*\d){7})[\d(][\d\s().-]*\d", re.IGNORECASE)
# One item of a listing's details: a certificate or rating, or a running time.
_LISTING_ITEM = (r"(?:(?:certificate|cert\.?|rated|rating:?|classification:?)\s+[\w+-]{1,6}"
                 r"|(?:running time|run time|runtime):?\s*\d{1,3}\s*(?:minutes|mins?\.?)"
                 r"|\d{1,3}\s*(?:minutes|mins?\.?)|\d\s*h(?:rs?|ours?)?\s*\d{1,2}\s*m(?:ins?\.?|inutes)?)")
# A byline, a credit or an update stamp on a line of its own, ending in its date, perhaps after a
# name of up to five capitalised words (an outlet, an author): "Interview by Ann Lee, 2 August
# 2025", "Words by Tom Roe | 4 May 2024", "Harbour News Updated on 2024-01-30", "Last updated:
# March 4, 2025". The date: "2 August 2025", "August 2, 2025", "2025-01-30", "30/01/2025".
_STAMP_NAME = r"[A-Z][\w&.'\u2019-]*(?:[ \t]+(?:[A-Z][\w&.'\u2019-]*|of|and|&|the)){0,4}"
_STAMP_MONTH = r"[A-Z][a-z]{2,8}\.?"
_STAMP_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_STAMP_MONTH},?[ \t]+(?:19|20)\d\d"
               rf"|{_STAMP_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d"
               r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)")
# (web25b) A copyright notice as a sentence of its own: the mark, a year or two perhaps, and the
# holder's name in capitalised words ("Copyright 2026 The Associated Press.", "\u00a9 2025 Harbour
# Media Ltd.", "Copyright \u00a9 Fenwick Courier 2026"): who stands behind the text, as a disclosure
# line says; not a sentence about copyright ("Copyright law changed in 2019", "Copyright Licensing
# Agency figures show ...": a lower-case word after the name).
_YEAR_PART = r"(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?"
_COPYRIGHT_SENTENCE_RE = re.compile(
    r"(?:\u00a9|\([cC]\)|(?i:copyright))(?:\s*(?:\u00a9|\([cC]\)))?\s*(?:" + _YEAR_PART + r",?\s*)?"
    r"[A-Z][\w.&'\u2019-]*(?:\s+(?:[A-Z][\w.&'\u2019-]*|of|and|&|the|for))*(?:,?\s*" + _YEAR_PART + r")?\.?")
_STAMP_LINE_RE = re.compile(
    rf"(?:{_STAMP_NAME}[ \t]*[|,\u00b7\u2022-]?[ \t]+)?"
    rf"(?:(?i:(?:last[ \t]+)?(?:updated|published|posted|modified|reviewed)(?:[ \t]+on)?[ \t]*:?)"
    rf"|(?:(?i:[a-z]+[ \t]+)?(?i:by)[ \t]+{_STAMP_NAME}[ \t]*[|,\u00b7\u2022-]))"
    rf"[ \t]*{_STAMP_DATE}")
_LISTING_RE = re.compile(rf"{_LISTING_ITEM}(?:\s*[,;.|/\u00b7]\s*{_LISTING_ITEM})*\s*\.?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _heading_phrases() -> frozenset[str]:
    from .lexicon import load_sections

    return frozenset(load_sections(DATA_FILE)["reference_heading_phrases"])


@lru_cache(maxsize=1)
def _call_to_action() -> tuple[str, ...]:
    from .lexicon import load_sections

    return tuple(p + " " for p in load_sections(DATA_FILE)["call_to_action_phrases"])


@lru_cache(maxsize=1)
def _call_first_words() -> frozenset[str]:
    """The first word of each [call_to_action_phrases] phrase (up to its first space)."""
    return frozenset(p.split(" ", 1)[0] for p in _call_to_action())


@lru_cache(maxsize=1)
def _social_plug() -> tuple[str, ...]:
    from .lexicon import load_sections

    return tuple(p + " " for p in load_sections(DATA_FILE)["social_plug_phrases"])


# (claims51) A social-media handle: "@" after no letter, digit or dot (an e-mail address is none)
# and a name of letters, digits and "_".
_HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{2,30}\b")


def _social_plug_line(sentence: str) -> bool:
    """(claims51) Does `sentence` plug an account: open with a [social_plug_phrases] phrase and
    name a handle ("Follow @harbourlive for the latest.")? Asked only of a sentence with an "@"."""
    return (" ".join(sentence.lower().split()[:4]) + " ").startswith(_social_plug()) \
        and _HANDLE_RE.search(sentence) is not None


@lru_cache(maxsize=1)
def _on_platform_re() -> re.Pattern[str]:
    """(claims52) "on" and a platform's name (attribution.txt [platform_words], one-word names;
    not "viral", "online": no place to follow anyone): "on Twitter", "on Facebook"."""
    from .lexicon import load_sections

    names = sorted({w for entry in load_sections("attribution.txt")["platform_words"] for w in entry.split()}
                   - {"viral", "online"})
    return re.compile(r"\bon\s+(?:" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)


def _platform_plug_line(sentence: str) -> bool:
    """(claims52) Does `sentence` plug an account with no handle: open with a [social_plug_phrases]
    phrase and name where to follow it, "on" and a platform ("Follow Jane Lee on Twitter for
    updates from the 2024 campaign.", "Follow us on Facebook.")? The page asks the reader to follow
    someone: furniture, as the plug with a handle is. "Follow the money: the council spent ..."
    names no platform, and "Investors follow Tesla on ..." opens with no plug."""
    return (" ".join(sentence.lower().split()[:4]) + " ").startswith(_social_plug()) \
        and _on_platform_re().search(sentence) is not None


@lru_cache(maxsize=1)
def _phone_call_res() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(claims55) claims.txt [phone_call_words] (the first words a call opens with, "to" for a
    purpose put first), the opening up to the number, and the purpose after "to"."""
    from .lexicon import load_sections

    sections = load_sections(DATA_FILE)
    verbs = {w for entry in sections["phone_call_words"] for w in entry.split()}
    purposes = "|".join(sorted({w for entry in sections["phone_purpose_words"] for w in entry.split()}))
    purpose = rf"\bto\s+(?:\w+\s+)?(?:{purposes})\b"
    opening = re.compile(
        # an optional purpose first ("To book a place, "), the verb, whom ("us", "the box office"),
        # "on" or "at", then a number of three digits or more
        rf"(?P<first>{purpose}[^,.;]{{0,60}},\s*)?(?:{'|'.join(sorted(verbs))})\b"
        r"(?:\s+(?:us|me|our\s+[\w-]+|the\s+[\w-]+(?:\s+[\w-]+)?))?(?:\s+(?:on|at))?\s*:?\s*"
        r"\+?(?=(?:[\s().-]*\d){3})[\d(][\d\s().-]*\d", re.IGNORECASE)
    return frozenset(verbs | {"to"}), opening, re.compile(rf"[^.;]{{0,60}}?{purpose}", re.IGNORECASE)


def _phone_call_line(sentence: str) -> bool:
    """(claims55) Does `sentence` ask the reader to call, ring or text a number to do something
    ("Call 0113 496 0000 to book a place.", "Text 07700 900123 to donate 5 pounds.", "To book,
    phone us on 0113 496 0000.": claims.txt [phone_call_words], [phone_purpose_words])? The
    digits are a number to dial, no figure. "Calls to 0113 496 0000 rose 40%" (a noun first) and
    a number with no purpose ("Call 0113 496 0000 and you wait an hour") are not."""
    firsts, opening, purpose = _phone_call_res()
    head = sentence.split(None, 1)
    if not head or head[0].lower().rstrip(",:") not in firsts:
        return False
    found = opening.match(sentence)
    return found is not None and (found.group("first") is not None or purpose.match(sentence, found.end()) is not None)


def _may_open_call(sentence: str) -> bool:
    """Can `sentence` open with a call to action? Only when its first word is the first word of
    one of the phrases: the rule's test joins the sentence's first four words and compares
    their start with each phrase, and a phrase (with the space after it) can start that joined
    text only where its first word is the sentence's first word (the joined words hold no
    other blank). One split of the sentence's head, not a lower-casing and split of all of it,
    for the nearly every sentence that opens otherwise. (A text of no words gives True: the
    rule's own test decides. tests/test_claim_lines_exact.py)"""
    head = sentence.split(None, 1)
    return not head or head[0].lower() in _call_first_words()


def page_furniture(line: str, sentence: str) -> str:
    """Which of the rules "contact line", "listing details", "call to action", "stamp line" and
    (sources20) "disclosure line" makes the
    sentence `sentence` (on the stripped line `line`) page furniture, or ""."""
    if line == sentence and line[-1:].isdigit() and _PHONE_LINE_RE.fullmatch(line):
        return CLAIM_LINE_RULES[4][0]
    if _LISTING_RE.fullmatch(sentence):
        return CLAIM_LINE_RULES[5][0]
    if _may_open_call(sentence) and (" ".join(sentence.lower().split()[:4]) + " ").startswith(_call_to_action()):
        return CLAIM_LINE_RULES[7][0]
    if sentence[:1].isupper() and _phone_call_line(sentence):
        return CLAIM_LINE_RULES[7][0]  # (claims55) "Call 0113 496 0000 to book a place": a number to dial
    if "@" in sentence and _social_plug_line(sentence):
        return CLAIM_LINE_RULES[7][0]  # (claims51) "Follow @name for more": an account's plug
    if sentence[:1].isupper() and " on " in sentence and _platform_plug_line(sentence):
        return CLAIM_LINE_RULES[7][0]  # (claims52) "Follow Jane Lee on Twitter": a plug, no handle
    if line == sentence and line[-1:].isdigit() and _STAMP_LINE_RE.fullmatch(line):
        return CLAIM_LINE_RULES[6][0]
    if sentence[:1].isupper() and _disclosure_re().match(sentence):
        return CLAIM_LINE_RULES[8][0]
    if sentence[:1] in "UuEeAa" and _SPONSOR_CODE_RE.match(sentence):
        return CLAIM_LINE_RULES[7][0]  # (web28) a sponsor's code: the page's offer
    if sentence[:1].isdigit() or sentence[:1] in "Oo" or sentence[:1] in "Mm":
        if _TALLY_RE.fullmatch(sentence):
            return CLAIM_LINE_RULES[9][0]
    if sentence[:1] in "\u00a9(Cc" and len(sentence) <= COPYRIGHT_MAX_CHARS and _COPYRIGHT_SENTENCE_RE.fullmatch(sentence):
        return CLAIM_LINE_RULES[8][0]  # (web25b) a copyright notice: who stands behind the text
    return ""


@lru_cache(maxsize=1)
def _disclosure_re() -> re.Pattern[str]:
    """(sources20) A sentence's opening [disclosure_phrases] phrase, a word boundary after it."""
    from .lexicon import load_sections

    phrases = sorted(load_sections(DATA_FILE)["disclosure_phrases"], key=len, reverse=True)
    return re.compile(r"(?:%s)(?![a-z])" % "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases), re.IGNORECASE)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    # (kept: the union of the two word lists was made again for every document)
    return words(DATA_FILE, "heading_verb_words") | words(DATA_FILE, "past_tense_words")


def in_text_citations(doc: Document) -> Mapping[int, tuple[int, int]]:
    """{sentence index: the span of the first in-text citation in it} (a DOI, "(Smith et al.,
    2019)", "Smith et al. (2019)"): the sentence names its source. Found once per document and
    kept by `doc.analysis.in_text_citations` (unsourced claims and provenance both read it). Read
    only."""
    return doc.analysis.in_text_citations


def find_in_text_citations(doc: Document) -> dict[int, tuple[int, int]]:
    """`in_text_citations`, worked out. Each pattern is run over the whole text once, and only
    when its literal ("doi", "(", "et al.") is in it."""
    text, found = doc.text, []
    lower = text.lower() if "doi" in text or "DOI" in text else ""
    for pattern, needs in ((_DOI_RE, "doi" in lower), (_AUTHOR_YEAR_RE, "(" in text), (_ET_AL_YEAR_RE, "et al." in text)):
        if needs:
            found.extend(m.span() for m in pattern.finditer(text))
    if "[" in text and doc.analysis.reference_list[0] < len(text) and _FOOTNOTE_RE.search(text):
        list_start = doc.analysis.reference_list[0]
        found.extend((m.start() - 1, m.end()) for m in _FOOTNOTE_RE.finditer(text, 0, list_start))
    if not found:
        return {}
    starts = [s.start for s in doc.sentences]
    out: dict[int, tuple[int, int]] = {}
    for span in sorted(found):
        k = bisect_right(starts, span[0]) - 1
        if k >= 0 and span[0] < doc.sentences[k].end and k not in out:
            out[k] = span
    return out


def _line(text: str, pos: int) -> tuple[int, int]:
    """The stripped line of `text` holding offset `pos`."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    e = len(text) if e < 0 else e
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _line_text(text: str, pos: int) -> str:
    """text[slice(*_line(text, pos))], by str.strip (which strips the characters str.isspace
    finds, as `_line` does) rather than a Python step per blank."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return text[s : e if e >= 0 else len(text)].strip()


def _heading_key(line: str) -> str:
    return " ".join(_WORD_RE.findall(line.lower()))


def _reference_list_start(doc: Document) -> int:
    """The offset after the first line that is only a reference heading ("References",
    "Sources:", "== Bibliography =="), or -1. (Only short lines are looked at.)"""
    text, headings = doc.text, _heading_phrases()
    for s, e in doc.lines:
        # (the letters-only test first: a few C calls that turn down nearly every line before
        # the word split of `_heading_key`, and none for a blank line, which is not all letters;
        # the tests have no side effects, so same answer)
        if s < e and e - s <= HEADING_MAX_CHARS and text[s:e].strip(" \t#=*:").replace(" ", "").isalpha() and _heading_key(text[s:e]) in headings:
            return e
    return -1


def _line_rule(line: str) -> str:
    """The rule of CLAIM_LINE_RULES that the stripped line `line` makes true for any sentence on
    it: a citation line, or a "Sources: ..." line (a reference list); "" for neither.
    (The citation rule's three tests, a year, an author first and a mark, are pure: they are
    asked cheapest first, the year search over the line only of a line that opens with an author
    or holds a mark's literal, `_citation_literal`; the same answer as year and (author or mark).)"""
    if len(line) <= CITATION_MAX_CHARS:
        author = _AUTHOR_START_RE.match(line) is not None
        if (author or _citation_literal(line)) and _YEAR_FAST_RE.search(line) and (author or _entry_mark(line)):
            return CLAIM_LINE_RULES[0][0]
        if "doi" in line[:20].lower() and _DOI_LINE_RE.fullmatch(line):
            return CLAIM_LINE_RULES[0][0]
    head = line.split(":", 1)[0] if ":" in line[:40] else ""
    if head and _heading_key(head) in _heading_phrases():
        return CLAIM_LINE_RULES[1][0]  # "Sources: harbour board, port authority"
    return ""


def find_reference_list(doc: Document) -> tuple[int, int]:
    """(start, end) of the reference list: from the end of its heading's line (`_reference_list_start`)
    to the first line of prose longer than CITATION_MAX_CHARS, or the text's end; (len(text) + 1,
    len(text)), an empty range, when there is no heading. (Kept by `doc.analysis.reference_list`.)"""
    text = doc.text
    start = _reference_list_start(doc)
    if start < 0:
        return len(text) + 1, len(text)
    pos = start
    for line in text[start:].split("\n"):
        if len(line.strip()) > CITATION_MAX_CHARS:
            return start, pos
        pos += len(line) + 1
    return start, len(text)


class NotClaims:
    """The rules of CLAIM_LINE_RULES for one document (the reference list found once per
    document: `doc.analysis.reference_list`, which provenance reads too)."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.verbs = _verbs()
        self._lines: dict[int, tuple[str, str]] = {}  # `_line_facts` by the line's start offset
        self.list_start, self.list_end = doc.analysis.reference_list
        self._chapters: frozenset[int] | None = None  # (web28) chapter_line_starts, when a line asks

    def reason(self, sentence: Sentence) -> str:
        """Which rule makes the sentence a line that is not a claim, or ""."""
        if self.list_start <= sentence.start < self.list_end:
            return CLAIM_LINE_RULES[1][0]
        line, rule = self._line_facts(sentence.start)
        if rule:
            return rule
        if self._heading(line, sentence):
            return CLAIM_LINE_RULES[2][0]
        # (a life-dates heading ends in a year or a bracket: other lines are turned down on that)
        if line[-1:] in "0123456789)" and _LIFE_DATES_RE.fullmatch(line) and sentence.text.strip() == line:
            return CLAIM_LINE_RULES[3][0]
        if line[:1] in _CHAPTER_FIRST and _CHAPTER_LINE_RE.fullmatch(line):  # (web28) a chapter list's line
            if self._chapters is None:
                self._chapters = chapter_line_starts(self.text)
            if self._chapters and _line(self.text, sentence.start)[0] in self._chapters:
                return CLAIM_LINE_RULES[10][0]
        rule = page_furniture(line, sentence.text.strip())
        if rule or not _may_end_subheading(line[-1:]):
            return rule
        # (web39b) "The Biggest Change Since 1998" between paragraphs ((web40) "Fares Up 12%", "Who Pays?" too)
        return CLAIM_LINE_RULES[11][0] if self._subheading(line, sentence) else ""

    def _line_facts(self, pos: int) -> tuple[str, str]:
        """(the stripped line holding offset `pos`, the rule that line makes true whatever its
        sentence: "citation line", or "reference list" for a "Sources: ..." line; "" for none).
        Worked out once per line and kept by the line's start offset: the sentences of one line
        (a paragraph, most often) share it, and the two rules read only the line."""
        start = self.text.rfind("\n", 0, pos) + 1  # (what `_line_text` finds first: one line, one key)
        facts = self._lines.get(start)
        if facts is None:
            line = _line_text(self.text, pos)
            facts = self._lines[start] = (line, _line_rule(line))
        return facts

    def _subheading(self, line: str, sentence: Sentence) -> bool:
        """(web39b) Rule "subheading": is the sentence a Title Case line of its own, ending in no
        mark or (web40) in one of SUBHEADING_LAST_MARKS, between a line that ends as a sentence ends
        and a paragraph of prose?"""
        if sentence.text.strip() != line or not _may_end_subheading(line[-1:]) or line.endswith(".."):
            return False
        found = line.split()
        if not 2 <= len(found) <= SUBHEADING_MAX_WORDS or not found[0][:1].isupper():
            return False
        long_words = 0
        for w in found[1:]:
            bare = w.strip("\"'\u2018\u2019\u201c\u201d()[],;:&-\u2013\u2014")
            if not bare or not bare[:1].isalpha():
                continue  # a number, a mark: Title Case says nothing of it
            if bare.lower() in _TITLE_SMALL:
                continue
            if not bare[:1].isupper():
                return False  # "Fares rose again": a sentence in sentence case
            long_words += len(bare) >= 4
        if long_words < (SUBHEADING_FULL_STOP_WORDS if _full_stop_end(line) else 1):
            return False  # (web41) a full stop: a line in Title Case throughout, no short sentence
        if _full_stop_end(line) and line.isupper():
            return False  # (web41) "THIS HAS NEVER BEEN ALLOWED BEFORE.": a sentence shouted, not a title
        text = self.text
        start, end = _line(text, sentence.start)
        before = text[:start].rstrip()
        if not before or before[-1] not in _SENTENCE_END_MARKS:
            return False  # the text's first line (its headline's rules), a list of such lines
        after = text[end:].lstrip()
        stop = after.find("\n")
        paragraph = after if stop < 0 else after[:stop]
        paragraph = paragraph.rstrip()
        return len(paragraph.split()) >= SUBHEADING_PARAGRAPH_WORDS and paragraph[-1:] in _SENTENCE_END_MARKS

    def _heading(self, line: str, sentence: Sentence) -> bool:
        if sentence.text.strip() != line:
            return False  # a heading is a line of its own
        colon = line.endswith(":")
        if not colon and _WH_HEADING_RE.match(line) is None:
            return False  # (what the last line says, known before the words are split)
        found = _WORD_RE.findall(line)
        if not found or len(found) > HEADING_MAX_WORDS:
            return False
        if colon:
            verbs = self.verbs
            # (a capitalised word after the first is a name or a month, "May", not a verb)
            return not any((k == 0 or w.islower()) and (w.lower() in verbs or w.lower().endswith("ed") and len(w) > 4)
                           for k, w in enumerate(found))
        return (len(found) <= WH_HEADING_MAX_WORDS and line[-1] not in ".!?;\"'\u201d\u2019)"
                and _WH_HEADING_RE.match(line) is not None)

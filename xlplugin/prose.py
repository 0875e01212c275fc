"""What in a document is the author's own prose, and what is not.

Word lists cannot tell a loaded word from a name that happens to be spelled the same ("David
Lynch", the film "Parasite", the Dallas Cowboys), nor a claim from a page's furniture (a time
stamp, a "READ FULL ARTICLE" link, a list of other articles' headlines, a code listing). This
module holds the rules that say which words and lines are not the author's prose, as classes,
each with its reason (see NAME_RULES and FURNITURE_RULES), for the scorers to read:

- `name_reason(doc, first, last)` (`xlplugin.names`): why the words first..last-1 are a proper name or the title of
  a work rather than the author's choice of word, or "".
- `not_prose_spans(doc)`: sorted (start, end, rule) spans of the text that are not prose: code
  (fenced blocks, inline code, lines of code), time stamps, navigation labels, lists of
  headlines, and paragraphs that recur across one outlet's documents (found by the engine over a
  batch, `repeated_paragraphs`, and handed to `xlplugin.text.prepare` as `furniture`).
- `reader_prompt(doc, start, end)`: why a question is one the author asks the reader (an
  engagement prompt, "What do you think?", or an advert's "Want to ...?": READER_PROMPT_RULES)
  rather than a rhetorical question, or "".
- `repeated_paragraphs(items)`: the batch step (`xlplugin.repeats`): for each document of a
  batch, the keys of its paragraphs that recur verbatim (or with only numbers, case, spacing or
  punctuation changed) in several documents of the same outlet.

Everything here reads the prepared document only; `doc.analysis` (`xlplugin.analysis`) keeps
the results per document.
Blind spots: a name with nothing around it that says it is one looks like any capitalised word
("Lynch was ...", "I already know Fury"); in a sentence written in Title Case capitals say
nothing, so a name there is read as the word; code that reached us as prose without any code syntax reads as
prose; a disclaimer is recognised across documents only when the batch holds several documents
of its outlet.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Sequence

from . import forum_posts, names
from .lexicon import load_sections
# names and titles of works (xlplugin.names), kept under these names too
from .names import NAME_RULES, TITLE_CASE_SHARE, is_title_case, name_reason
from .form_lines import closing_block
from .draft_notes import comment_spans
from .promo_boxes import box_spans, box_test
# the batch step (paragraphs that recur across one outlet's documents), kept under these names too
from .repeats import (
    REPEAT_EDGE_PARAGRAPHS,
    REPEAT_MAX_SHARE,
    REPEAT_MIN_CHARS,
    REPEAT_MIN_DOCUMENTS,
    paragraph_key,
    repeated_paragraphs,
    split_paragraphs,
)
from .text import Document

__all__ = [
    "archive_abstract",
    "ARCHIVE_ABSTRACT",
    "is_code_line",
    "ISSUER_BLOCK",
    "issuer_block_start",
    "NAME_RULES",
    "FURNITURE_RULES",
    "READER_PROMPT_RULES",
    "reader_prompt",
    "name_reason",
    "is_title_case",
    "not_prose_spans",
    "in_spans",
    "share_covered",
    "NOT_PROSE_SHARE",
    "WORD_ONLY_RULES",
    "code_spans",
    "paragraph_key",
    "split_paragraphs",
    "repeated_paragraphs",
    "REPEAT_MIN_DOCUMENTS",
    "REPEAT_MIN_CHARS",
    "REPEAT_MAX_SHARE",
    "REPEAT_EDGE_PARAGRAPHS",
]

DATA_FILE = "prose.txt"

# ---------------------------------------------------------------------------------------------
# Furniture and code: lines and spans that are not prose
# ---------------------------------------------------------------------------------------------

# (rule, why): the classes of text that are not the author's prose. Loaded words and claims in
# them are not counted; sources and documents named in them are not the text's sources.
FURNITURE_RULES = (
    ("code", "a code block, inline code or a line of program code is instructions for a machine: "
             "`**kwargs` is Python's keyword unpacking, not a redaction mark; `kill -9` is not emotive"),
    ("time stamp", "a line that is only a date and a time (\u201cMon 20 Jan 2020 06.05 GMT\u201d, "
                   "\u201cJun 20th at 2:41 am\u201d), perhaps with who posted or edited it "
                   "(\u201cLast edited by kestrel_9 on Tue Mar 04, 2025 9:10 am\u201d), dates the page, a "
                   "post or a comment; it claims nothing"),
    ("navigation", "a link or button label (\u201cREAD FULL ARTICLE\u201d, \u201cShare on "
                   "Facebook\u201d) is page furniture, not a sentence and not a reference"),
    ("headline list", "a run of short headline-shaped lines (no full stop, Title Case) is a list "
                      "of other articles; their claims are not this text's"),
    ("embedded post", "a post embedded from a social network: its credit line (\u201c\u2014 Dana Okafor "
                      "(@dana_okafor) May 4, 2021\u201d) and a line holding its picture link "
                      "(pic.twitter.com/...) are that account's, shown on the page, not the author's claims"),
    ("web address", "a web address (\u201chttps://example.org/shocking-news\u201d), the target of a Markdown "
                    "link (\u201c[the report](https://example.org/r.pdf)\u201d: the part in brackets) and a "
                    "reference link\u2019s line (\u201c[1]: https://...\u201d) are addresses, not words the author "
                    "wrote; they take no sentence out of the prose (a link is still a source: WORD_ONLY_RULES)"),
    ("legal boilerplate", "a paragraph holding a [legal_boilerplate_phrases] phrase (\u201cforward-looking "
                          "statements\u201d, \u201cis used in this release for convenience to refer "
                          "to\u201d): a press release's legal notes, not its news"),
    ("poll or newsletter box", "a line of a poll box (\u201cTake our poll\u201d, the poll's question and "
                               "options, \u201cResults so far: ...\u201d) or a newsletter prompt (\u201cSign up for "
                               "our morning briefing\u201d, \u201cYou're subscribed!\u201d) is the site asking the "
                               "reader to vote or subscribe: xlplugin/promo_boxes.py"),
    ("copied layout", "(web49) the marks a page's layout leaves in a text copied from it as Markdown: a line holding "
                      "an empty image mark (\u201c![]()\u201d: a picture whose address the copy lost), or ending in a "
                      "table's lone bar (\u201cNew publications: |\u201d, \u201cEditorial Contacts |\u201d: a cell of the "
                      "page's layout), where the words beside the marks are no sentence (a label, a menu, the footer's "
                      "copyright line); a sentence in such a cell stays prose, as does a table row of several cells"),
    ("repeated paragraph", "a paragraph that recurs in several documents of the same outlet in one "
                           "batch (an editor's note, a disclaimer, a newsletter plug) is the "
                           "outlet's furniture, not the author's voice"),
    ("archive abstract", "(polnear50) a news archive's record holds the article under labels of its own: a line "
                         "that is only \u201cABSTRACT\u201d near the top, an indexer's summary of the article, then a line "
                         "that is only \u201cFULL TEXT\u201d before the article itself ([archive_abstract_labels], "
                         "[archive_body_labels]). The labels and the summary between them are the archive's, not the "
                         "author's: its claims repeat the article's lead with no source. An abstract with no body label "
                         "after it (a paper's \u201cAbstract\u201d over its introduction) stays the author's prose"),
    ("editors' comment", "(pasted30) the comments block a word processor leaves at the end of a text saved "
                         "as plain text (\u201c[a]Jo Pryce: is this his figure or ours?\u201d, \u201c[b]Sam Kerr: "
                         "I think we should cut this para\u201d, a marker used as an anchor above) is the editors' "
                         "talk to each other, not the author's voice or claims: xlplugin/draft_notes.py"),
)

# (``` only: "~~~" also separates sections of prose)
_FENCE_RE = re.compile(r"^[ \t]*```", re.MULTILINE)
_INLINE_CODE_RE = re.compile(r"`[^`\n]{1,200}`")
# `**name` / `*name` right before an identifier, not closed as bold/italics on the line: the
# keyword and positional unpacking of Python and Ruby (`**kwargs`, `*args`).
# The rule is (?<![\w*])\*{1,2}[A-Za-z_]\w*(?![\w*]*\*); it is written here with the first "*" in
# front and the look-behind after it, which gives the same matches and lets the regex engine skip
# from "*" to "*" instead of testing the look-behind at every character (60 microseconds less on
# an article holding one "*"). tests/test_prep_exact.py holds the two to the same matches.
_SPLAT_RE = re.compile(r"\*(?<![\w*]\*)\*?[A-Za-z_]\w*(?![\w*]*\*)")
# A line of program code: the shapes of statements in the common languages, a shell or REPL
# prompt, an assignment, a call, or brackets closing a block. Each shape needs the syntax around
# its keyword ("def name(", "from x import y" as the whole line), so that a line of prose wrapped
# by the page ("using Mercurial with Python 3. Even our own") is not taken for code.
_CODE_LINE_RE = re.compile(
    r"^(?:"
    r"(?:async\s+)?(?:def|class|fn|func|function)\s+\w+\s*[(:<{]"             # def name(  class Name:
    r"|import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*;?$"                  # import os
    r"|from\s+[\w.]+\s+import\s+[\w., ()*]+$"                                 # from a.b import c
    r"|#include\s*[<\"]|#define\s+\w"
    r"|(?:public|private|protected|static)\s+[\w<>\[\]]+\s+\w+\s*[({=;]"
    r"|(?:var|let|const)\s+\w+\s*="
    r"|(?:>>>|\$)\s+\S|In\s\[\d+\]:|Out\[\d+\]:"                             # prompts
    # (web39b) a csh or zsh prompt before a command in lower case ("% virtualenv -p python3 env",
    # "% pip install requests"); not a table's "% of adults", "% change", and not a sentence
    r"|%[ \t]+(?!(?:of|change|share|increase|decrease|rise|fall|growth|total|point|points|the|a|an|and|or|in|on|to|for|from|vs)\b)"
    r"[a-z][\w.+-]*(?:[ \t]+\S+)*[ \t]*$(?<![.!?])"
    r"|(?:if|elif|while|for|return)\b[^\n]*?(?:==|!=|<=|>=|&&|\|\|)"              # if x != 0:
    r"|@\w+(?:\.\w+)*\("                                                       # @decorator(
    r"|[\w.\[\]'\"]+\s*(?:[-+*/%|&^]?=|==|!=|=>|->)\s*\S"                         # x = f(y), a += 1
    r"|[\w.]+\([^()\n]*\)[;{]?$"                                              # call(args)
    r"|[}{)\]][;,)\]}]*$"                                                      # } or ); alone
    r")"
)
# The characters that fill a line of code and are rare in prose (not "_": an identifier named
# in prose, "__future__", has several).
_CODE_CHARS = frozenset("(){}[]=<>;/\\|&$#@`")
_CODE_CHAR_RE = re.compile("[" + re.escape("".join(sorted(_CODE_CHARS))) + "]")
# A line with at least this share of them (and at least CODE_MIN_CHARS of them) is code.
# Prose holds about 1% (a parenthesis, a slash); code 8-20%.
CODE_CHAR_SHARE = 0.08
CODE_MIN_CHARS = 4
# A line that ends with a full stop and has more than this many words is prose, whatever
# symbols it holds (a sentence that names `print()`).
PROSE_MIN_WORDS = 6
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PROSE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")

# Time stamps: a line whose words are all date, time, weekday, time-zone or linking words.
_TIME_RE = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_TIME_HINT = re.compile(r"\d[:.][0-5]\d").search
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")
_STAMP_TOKEN_RE = re.compile(r"[A-Za-z]+|\d+(?:st|nd|rd|th)?")
# A forum's or a blog's stamp says who posted or edited, between the verb and the date: "Last
# edited by kestrel_9 on Tue Mar 04, 2025 9:10 am", "Posted by Ann Lee \u00bb 4 March 2025". The
# name (a user name of one word, or up to three capitalised words) is taken out before the words
# of the line are read, so that a stamp with a poster's name is a stamp too.
_POSTER_RE = re.compile(
    r"\b((?i:posted|edited|updated|modified|published|written|created|submitted|reposted))[ \t]+(?i:by)[ \t]+"
    r"(?:[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2}|[\w.'\u2019@-]+)")
# Time stamps, navigation labels and headlines are short: longer lines are not looked at.
LINE_RULE_MAX_CHARS = 200
# A time stamp line, with "Published:" and "Updated:" parts, is shorter than this.
TIME_STAMP_MAX_CHARS = 120
# Closing quotation marks and brackets that may follow the full stop of a sentence.
_CLOSERS = "\"'\u201d\u2019)"
# Every code shape of _CODE_LINE_RE and the symbol count need one of these characters, or start
# with "import", "from" or a "%" prompt: a line without any is not code (one C-level search instead of the
# tests).
_CODE_HINT_RE = re.compile(r"[(){}\[\]=<>;:$#@|&\\/`]|^(?:import|from|%)\s")  # (web39b: "% " a prompt)
# The longest navigation label of the data file is shorter than this.
NAVIGATION_MAX_CHARS = 60
_HAS_DIGIT = re.compile(r"\d").search
# A headline-shaped line: short, no sentence punctuation at its end.
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 20
# This many headline-shaped lines in a row (blank lines between them allowed) make a list.
HEADLINE_RUN = 3


@lru_cache(maxsize=None)
def _sections() -> dict[str, tuple[str, ...]]:
    return load_sections(DATA_FILE)


@lru_cache(maxsize=1)
def _stamp_words() -> frozenset[str]:
    return frozenset(w for entry in _sections()["time_stamp_words"] for w in entry.split())


@lru_cache(maxsize=1)
def _navigation() -> frozenset[str]:
    return frozenset(_nav_key(entry) for entry in _sections()["navigation_labels"])


_NAV_WORD_RE = re.compile(r"[a-z0-9]+")


def _nav_key(line: str) -> str:
    return " ".join(_NAV_WORD_RE.findall(line.lower()))


def warm_up() -> None:
    names.warm_up()
    _stamp_words()
    _navigation()
    _opinion_questions()
    _offer_starts()


def _is_time_stamp(line: str) -> bool:
    """Is the line only a date and/or a time ("Mon 20 Jan 2020 06.05 GMT", "Jun 20th at 2:41
    am", "Updated: 14:05 BST")? It must hold a clock time or a month name and a number."""
    first = _FIRST_WORD_RE.match(line)
    if first is not None and first.group().lower() not in _stamp_words():
        return False  # most lines: their first word says no
    if "by" in line.lower():
        line = _POSTER_RE.sub(r"\1", line)  # "Last edited by kestrel_9 on ...": the name is no stamp word
    # (a line without the digits of a clock time, most lines, is spared the time pattern: every
    # match of _TIME_RE holds _TIME_HINT's)
    rest = _TIME_RE.sub(" ", line) if _TIME_HINT(line) else line
    had_time = rest != line
    words = _stamp_words()
    month = number = False
    # (token by token: most lines that get here fail on their second or third word)
    for t in map(re.Match.group, _STAMP_TOKEN_RE.finditer(rest)):
        low = t.lower()
        if low[:1].isdigit():
            digits = low.rstrip("stndrh")
            if not digits.isdigit() or len(digits) > 4:
                return False
            number = True
        elif low in words:
            month = month or low in _MONTHS
        else:
            return False
    return had_time or (month and number)


_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


def _is_code_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped or _PROSE_END_RE.search(stripped) and len(stripped.split()) > PROSE_MIN_WORDS:
        return False
    if _directive_line(stripped):
        return True
    # (a web address is full of slashes, and is not code)
    bare = _LINK_RE.sub("", stripped) if "/" in stripped else stripped
    n_code = len(_CODE_CHAR_RE.findall(bare))
    if n_code >= CODE_MIN_CHARS and n_code >= CODE_CHAR_SHARE * len(bare):
        return True
    return bool(_CODE_LINE_RE.match(stripped))


@lru_cache(maxsize=1)
def _directive_words() -> frozenset[str]:
    """(loaded48) [code_directive_words]: a build or configuration file's instructions."""
    return frozenset(w.upper() for entry in _sections()["code_directive_words"] for w in entry.split())


def _directive_line(line: str) -> bool:
    """(loaded48) Does the line open with an instruction of a build or configuration file in
    capitals ([code_directive_words]: "RUN pip install flask", 'CMD ["python", "app.py"]',
    "WORKDIR /app") and go on with an argument not in capitals? Such a line is code: its quoted
    strings are the program's, no scare quotes. "FROM THE ARCHIVE" (a headline in capitals) and
    "From the start" (prose) are not."""
    first, _, rest = line.partition(" ")
    rest = rest.strip()
    if first not in _directive_words() or not rest or rest.isupper():
        return False
    # the argument: a command or a path in lower case, a list, a variable set ("ENV PATH=/bin")
    return rest[:1].islower() or rest[:1] in _DIRECTIVE_ARGUMENT_STARTS or "=" in rest.split()[0]


_DIRECTIVE_ARGUMENT_STARTS = "[/.\"$-~"


def is_code_line(line: str) -> bool:
    """(web40) Is the line shaped as code (a statement, a prompt, an assignment, a call, dense
    symbols), as the not-prose rule "code" reads a line? (page_code asks it of a block classed as code.)"""
    return _is_code_line(line)


def _is_headline(line: str) -> bool:
    """A line shaped like a headline: 3-20 words, no full stop at its end, in Title Case; or a
    teaser ending in an ellipsis (`_teaser_line`)."""
    stripped = line.strip()
    if stripped.endswith(_ELLIPSES):
        return _teaser_line(stripped)
    if not stripped or stripped[-1] in ".;,:":
        return False
    words = stripped.split()
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS:
        return False
    # the words of four letters or more that start with a letter, and those of them capitalised
    n_long = n_capital = 0
    for w in words:
        if len(w) >= 4 and w[0].isalpha():
            n_long += 1
            n_capital += w[0].isupper()
    return n_long >= 2 and n_capital >= TITLE_CASE_SHARE * n_long


# (sources13) The ellipsis a linked headline ends with in a list of them ("Mayor quits over ferry
# contract...", "STORM CUTS POWER TO 40,000 HOMES…").
_ELLIPSES = ("...", "\u2026")


def _teaser_line(stripped: str) -> bool:
    """(sources13) A line ending in an ellipsis, 3-20 words before it, no sentence punctuation
    right before it and no ", " inside (a clause of prose: "Just as we suspected, Trump has ..."):
    a linked headline as such lists write them, in capitals or in sentence case (so no Title Case
    asked). Only a run of HEADLINE_RUN headline lines standing alone is a list."""
    body = stripped.rstrip(".\u2026 ")
    return bool(body) and body[-1] not in ".;,:" and ", " not in body \
        and HEADLINE_MIN_WORDS <= len(body.split()) <= HEADLINE_MAX_WORDS


def code_spans(doc: Document) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of code: fenced blocks, inline code, `**name` tokens and lines
    of program code."""
    return [(s, e) for s, e, rule in not_prose_spans(doc) if rule == "code"]


def not_prose_spans(doc: Document) -> tuple[tuple[int, int, str], ...]:
    """Sorted (start, end, rule) spans of `doc` that are not the author's prose (FURNITURE_RULES).
    Line rules give whole lines; inline code and `**name` tokens give their own span. (Kept per
    document by `doc.analysis.not_prose`.)"""
    return doc.analysis.not_prose


def _marked_code(text: str) -> list[tuple[int, int, str]]:
    """The code that marks itself: fenced blocks (an unclosed fence runs to the end), inline
    code and `**name` / `*name` tokens."""
    spans: list[tuple[int, int, str]] = []
    fence_open: int | None = None
    if "```" in text:
        for m in _FENCE_RE.finditer(text):
            if fence_open is None:
                fence_open = m.start()
            else:
                end = text.find("\n", m.end())
                spans.append((fence_open, len(text) if end < 0 else end, "code"))
                fence_open = None
        if fence_open is not None:
            spans.append((fence_open, len(text), "code"))
    if "`" in text:
        spans.extend((m.start(), m.end(), "code") for m in _INLINE_CODE_RE.finditer(text))
    if "*" in text:
        spans.extend((m.start(), m.end(), "code") for m in _SPLAT_RE.finditer(text))
    return spans


# An embedded post's credit line: a dash, a name, the account's "(@handle)", the date posted; or
# Instagram's "A post shared by Name (@handle)" (inputs16: `blockquotes.SHARED_BY_RE`).
_EMBED_CREDIT_RE = re.compile(
    r"^[ \t]*(?:[\u2014\u2013-]{1,2}[ \t]*[^\n()]{1,60}\(@\w{1,30}\)[ \t]*(?:[A-Za-z]{3,9}\.? \d{1,2}, \d{4})?"
    r"|A post shared by (?:[^\n()]{1,60}?\(@[\w.]{1,30}\)|@[\w.]{1,30}))[ \t]*$",
    re.MULTILINE)
# A web address: a Markdown link's target, "[the report](https://example.org/report.pdf)" (the
# part in brackets); a reference link's definition line, "[1]: https://example.org/report.pdf";
# an address written bare, "https://example.org/shocking-news" or "www.example.org/a-b". (inputs16)
# (Three patterns, each led by a literal or a class and run only where its literal is in the
# text: one pattern of three branches led by look-behinds was tried at every character.)
_LINK_TARGET_RE = re.compile(r"\]\([^()\s]{1,2000}(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
_LINK_LINE_RE = re.compile(r"^[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]+\S+[^\n]*$", re.MULTILINE)
_BARE_ADDRESS_RE = re.compile(r"[HhWw](?<![\w@/.-][HhWw])(?:(?<=[Hh])[Tt][Tt][Pp][Ss]?://|(?<=[Ww])[Ww][Ww]\.)"
                              r"[^\s<>\"\u201c\u201d]+[^\s<>\"\u201c\u201d.,;:!?)\]'\u2019]")
# Rules whose spans are words that are not prose, inside a sentence that still is: a sentence
# holding a long address is not taken out of the prose for it (its link is a source, its claim
# a claim: `Analysis.non_prose_sentences` does not count these spans).
WORD_ONLY_RULES = frozenset({"web address"})
# (web49) "copied layout": an image mark with no address ("![]()", "![logo]()"), and a table's bar.
COPIED_LAYOUT = "copied layout"
_EMPTY_IMAGE_RE = re.compile(r"!\[[^\]\n]{0,100}\]\(\s*\)")


def _copied_layout(line: str) -> bool:
    """Is the line (stripped) a cell of a page's layout copied as Markdown ("copied layout" of FURNITURE_RULES):
    an empty image mark, or a lone table bar at its end ("Popular with readers: |"), and beside them no words,
    words that are no sentence, or both marks at once ("![]() 2023-2025, X is part of Y |")?"""
    rest = _EMPTY_IMAGE_RE.sub(" ", line).strip()
    image = rest != line
    lone_bar = rest.endswith("|") and rest.count("|") == 1
    if lone_bar:
        rest = rest[:-1].strip()
    if not (image or lone_bar):
        return False
    return not rest or (image and lone_bar) or _PROSE_END_RE.search(rest) is None
_EMBED_PICTURE_RE = re.compile(r"^.*\bpic\.twitter\.com/\w+.*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _legal_re() -> re.Pattern[str]:
    # (led by the set of the phrases' first letters: the regex engine skips to those)
    phrases = _sections()["legal_boilerplate_phrases"]
    first = "".join(sorted({p[0] for p in phrases} | {p[0].upper() for p in phrases}))
    return re.compile(f"(?=[{re.escape(first)}])(?:" + "|".join(re.escape(p) for p in phrases) + ")", re.IGNORECASE)


def _embeds_and_legal(doc: Document) -> list[tuple[int, int, str]]:
    """The spans of the "embedded post", "web address" and "legal boilerplate" rules (the paragraph holding a
    legal phrase, once). (An embed's pattern is run only when its literal, "(@" or
    "pic.twitter.com/", is in the text.)"""
    text, spans = doc.text, []
    if "(@" in text or "A post shared by @" in text:
        spans.extend((m.start(), m.end(), "embedded post") for m in _EMBED_CREDIT_RE.finditer(text))
    if "](" in text:
        spans.extend((m.start() + 1, m.end(), "web address") for m in _LINK_TARGET_RE.finditer(text))
    if "]:" in text:
        spans.extend((m.start(), m.end(), "web address") for m in _LINK_LINE_RE.finditer(text))
    if "://" in text or "ww." in text or "WW." in text or "wW." in text or "Ww." in text:
        spans.extend((m.start(), m.end(), "web address") for m in _BARE_ADDRESS_RE.finditer(text))
    if "pic.twitter.com/" in text:
        spans.extend((m.start(), m.end(), "embedded post") for m in _EMBED_PICTURE_RE.finditer(text))
    # (the case-blind regex costs ~100 microseconds on an article; a substring test of the
    # lower-cased text for each phrase, a few: the regex runs only where one is found; same spans
    # but for the letters only case folding matches, the long s and the Kelvin sign)
    lower = doc.analysis.lower_text  # (text.lower(), made once per document)
    if not any(p in lower for p in _sections()["legal_boilerplate_phrases"]):
        return spans
    starts: list[int] = []
    for m in _legal_re().finditer(text):
        starts = starts or [s for s, _ in doc.paragraphs]
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and (not spans or spans[-1][:2] != doc.paragraphs[k]):
            spans.append((*doc.paragraphs[k], "legal boilerplate"))
    return spans


# (kinds19) The rule of a press release's closing block (`form_lines.closing_block`): from its end
# mark, press contact or "About <issuer>" heading to the end of the text, the issuer's boilerplate.
# Not the author's prose for any signal: sentiment leaves its sentences out too.
ISSUER_BLOCK = "issuer block"


def find_not_prose_spans(doc: Document) -> list[tuple[int, int, str]]:
    """`not_prose_spans`, worked out (`doc.analysis` calls this once): the marked code, then one
    pass over the lines for the line rules. (Longer than most functions here: one loop over the
    lines, in which a line of plain prose is passed over on two character tests; split into
    functions, that would become a call per line.)"""
    text = doc.text
    spans = _marked_code(text)
    lines = doc.lines
    navigation = _navigation()
    run: list[tuple[int, int]] = []
    sentence_starts, sentence_ends = doc.analysis.sentence_starts, doc.analysis.sentence_ends
    n_sentences = len(sentence_starts)

    def standalone(start: int, e: int) -> bool:
        """Is the line (its first character at `start`) a sentence of its own, not a piece of a
        paragraph the page wrapped?"""
        i = bisect.bisect_left(sentence_starts, start)
        return i < n_sentences and sentence_starts[i] == start and sentence_ends[i] <= e

    def close_run() -> None:
        if len(run) >= HEADLINE_RUN:
            spans.extend((s, e, "headline list") for s, e in run)
        run.clear()

    hint = _CODE_HINT_RE.search
    for s, e in lines:
        raw = text[s:e]
        left = raw.lstrip()
        if not left:
            continue  # a blank line does not break a run of headlines
        line = left.rstrip()
        n = len(line)
        last = line[-1]
        spaces = line.count(" ")
        # A line of prose (a full stop at its end, several words) is none of these: most lines of
        # an article are passed over here, on two character tests.
        if (last == "|" or "![" in line) and _copied_layout(line):  # (web49) a copied page's layout marks
            spans.append((s, e, COPIED_LAYOUT))
            if run:
                close_run()
            continue
        sentence_end = spaces >= PROSE_MIN_WORDS and (
            last in ".!?" or last in _CLOSERS and line.rstrip(_CLOSERS)[-1:] in (".", "!", "?"))
        if not sentence_end and (hint(line) or line[:1].isupper() and _directive_line(line)) and _is_code_line(line):
            spans.append((s, e, "code"))
            if run:
                close_run()
            continue
        # The other rules need the line to stand alone: "June 2015" or "April 2016, the" in a
        # paragraph wrapped at 70 characters is a piece of a sentence. (Asked only of a line that
        # one of them could take.)
        headline = (last not in ".;,:" or line.endswith("...")) and spaces >= HEADLINE_MIN_WORDS - 1 and n <= LINE_RULE_MAX_CHARS
        label = n <= NAVIGATION_MAX_CHARS
        stamp = n <= TIME_STAMP_MAX_CHARS and _HAS_DIGIT(line) is not None
        alone = (headline or label or stamp) and standalone(s + len(raw) - len(left), e)
        if alone and headline and _is_headline(line):
            run.append((s, e))
        elif run:
            close_run()
        if not alone:
            continue
        if label and _nav_key(line) in navigation:
            spans.append((s, e, "navigation"))
        elif stamp and _is_time_stamp(line):
            spans.append((s, e, "time stamp"))
    close_run()
    for s, e in doc.furniture:
        spans.append((s, e, "repeated paragraph"))
    spans.extend(_embeds_and_legal(doc))
    spans.extend(box_spans(doc))  # (kinds8) poll and newsletter boxes: xlplugin/promo_boxes.py
    # (prov14) a forum's counters line, edit notes and subject line: xlplugin/forum_posts.py
    spans.extend((s, e, "forum counters") for s, e in forum_posts.counter_lines(doc))
    spans.extend(forum_posts.forum_lines(doc))
    # (voice20) a thread's poster lines ("u/pine_pete \u00b7 412 points"): the site's, not a claim
    found = forum_posts.thread(doc)
    if found is not None:
        spans.extend((s, e, "forum poster line") for s, e, _ in found[0])
    # (pasted30) a word processor's comments block ("[a]Jo Pryce: is this his figure or ours?")
    spans.extend((s, e, "editors' comment") for s, e in comment_spans(text))
    spans.extend(archive_abstract(doc))  # (polnear50) an archive's "ABSTRACT" ... "FULL TEXT" labels and summary
    block = closing_block(doc)  # (kinds19) a press release's closing block: "###", "About <issuer>", "Media contact:"
    if block is not None:
        spans.append((block[0], len(text), ISSUER_BLOCK))
    spans.sort()
    return spans


# (polnear50) "archive abstract": the label lines are looked for among the text's first
# ABSTRACT_HEAD_LINES lines that are not blank (an archive puts its record's labels under the
# headline), and the body label within ABSTRACT_MAX_CHARS of the abstract label (an abstract is a
# paragraph or two; a longer run is no indexer's summary).
ARCHIVE_ABSTRACT = "archive abstract"
ABSTRACT_HEAD_LINES = 6
ABSTRACT_MAX_CHARS = 2000


@lru_cache(maxsize=1)
def _archive_labels() -> tuple[frozenset[str], frozenset[str]]:
    sections = _sections()
    return (frozenset(_nav_key(e) for e in sections["archive_abstract_labels"]),
            frozenset(_nav_key(e) for e in sections["archive_body_labels"]))


def archive_abstract(doc: Document) -> list[tuple[int, int, str]]:
    """(polnear50) The span from an archive record's abstract label line to the end of its body
    label line ("ABSTRACT." ... "FULL TEXT."), as the "archive abstract" rule of FURNITURE_RULES,
    or none: both labels must stand alone on their lines, the abstract's among the first lines and
    the body's after it within ABSTRACT_MAX_CHARS."""
    abstract_labels, body_labels = _archive_labels()
    text = doc.text
    start = None
    seen = 0
    for s, e in doc.lines:
        line = text[s:e].strip()
        if not line:
            continue
        if start is None:
            seen += 1
            if seen > ABSTRACT_HEAD_LINES:
                return []
            if len(line) <= NAVIGATION_MAX_CHARS and _nav_key(line) in abstract_labels:
                start = s
        elif s - start > ABSTRACT_MAX_CHARS:
            return []
        elif len(line) <= NAVIGATION_MAX_CHARS and _nav_key(line) in body_labels:
            return [(start, e, ARCHIVE_ABSTRACT)]
    return []


def issuer_block_start(doc: Document) -> int | None:
    """Where a press release's closing block starts (the not-prose rule ISSUER_BLOCK), or None."""
    for start, _end, rule in doc.analysis.not_prose:
        if rule == ISSUER_BLOCK:
            return start
    return None


def in_spans(spans: Sequence[tuple[int, int, str]], starts: Sequence[int], pos: int) -> str:
    """The rule of the span of `spans` (sorted, with `starts` their starts) holding `pos`, or ""."""
    i = bisect.bisect_right(starts, pos) - 1
    # spans may nest (an inline code span inside a code line): look back over a few
    while i >= 0:
        s, e, rule = spans[i]
        if s <= pos < e:
            return rule
        if i > 0 and spans[i - 1][1] > pos:
            i -= 1
            continue
        return ""
    return ""


# ---------------------------------------------------------------------------------------------
# Questions to the reader: engagement prompts and adverts, not rhetorical questions
# ---------------------------------------------------------------------------------------------

# (rule, why): the classes of questions that the author asks the reader rather than the subject.
# A rhetorical question ("Who pays for this? You do.") argues; these ask for a comment, a click
# or a purchase, and say nothing about how the text argues. The loaded-language scorer does not
# count them as the author's questions (counted in its details as reader_prompts_not_counted).
READER_PROMPT_RULES = (
    ("opinion prompt", "a question that is only a request for the reader's view "
                       "([reader_opinion_questions]: \u201cWhat do you think?\u201d, \u201cThoughts?\u201d), "
                       "anywhere in the text"),
    ("offer prompt", "a question that opens its line with an offer or a call to act "
                     "([reader_offer_starts]: \u201cWant to ...?\u201d, \u201cInterested in ...?\u201d, "
                     "\u201cLooking for ...?\u201d) or right after an opinion prompt, standing alone on its "
                     "line or starting in the last OFFER_TAIL_SHARE of the text: an advert's line or the "
                     "call to action that ends a post"),
    ("help request", "a question that opens by asking the readers for what they know "
                     "([reader_help_starts]: \u201cAnyone know if ...?\u201d, \u201cHas anyone tried "
                     "...?\u201d), anywhere in the text: a forum poster asking for help, not arguing"),
    ("poll question", "a question in a poll box (rule \u201cpoll or newsletter box\u201d: \u201cTake our poll\u201d, "
                      "then its question): the site asking the reader to vote (kinds8)"),
)
# An offer question that shares its line with prose counts as a prompt in this last share of the
# text (by characters): adverts and calls to action follow the story, as the related-links block
# does (data/page_furniture.txt, [related]: the second half); in the first half, "Want proof?" is
# the author arguing.
OFFER_TAIL_SHARE = 1 / 2
_PROMPT_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _prompt_key(text: str) -> str:
    return " ".join(_PROMPT_WORD_RE.findall(text.lower().replace("\u2019", "'")))


@lru_cache(maxsize=1)
def _opinion_questions() -> frozenset[str]:
    return frozenset(_prompt_key(q) for q in _sections()["reader_opinion_questions"])


@lru_cache(maxsize=1)
def _offer_starts() -> tuple[str, ...]:
    return tuple(_prompt_key(p) + " " for p in _sections()["reader_offer_starts"])


@lru_cache(maxsize=1)
def _help_starts() -> tuple[str, ...]:
    return tuple(_prompt_key(p) + " " for p in _sections()["reader_help_starts"])


def reader_prompt(doc: Document, start: int, end: int) -> str:
    """Which rule of READER_PROMPT_RULES makes the question doc.text[start:end] one the author
    asks the reader (a prompt or an advert), or ""."""
    in_box = box_test(doc)
    if in_box is not None and in_box(start):
        return READER_PROMPT_RULES[3][0]
    key = _prompt_key(doc.text[start:end])
    if key in _opinion_questions():
        return READER_PROMPT_RULES[0][0]
    if key.startswith(_help_starts()):
        return READER_PROMPT_RULES[2][0]
    if not key.startswith(_offer_starts()):
        return ""
    text = doc.text
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    if before and _prompt_key(before) not in _opinion_questions():
        return ""  # neither the first sentence of its line nor after a prompt ("What do you think? Want ...?")
    line_end = text.find("\n", end)
    alone = not text[end : len(text) if line_end < 0 else line_end].strip()
    if alone or start >= len(text) * (1 - OFFER_TAIL_SHARE):
        return READER_PROMPT_RULES[1][0]
    return ""


# A sentence at least this much of which (by characters) lies in text that is not prose is not a
# sentence of the author's (a code line joined to the next by the sentence splitter, a time
# stamp with a word of prose after it).
NOT_PROSE_SHARE = 0.5


def share_covered(doc: Document, start: int, end: int) -> float:
    """The share of the characters start..end of `doc` that lie in text that is not prose
    (`not_prose_spans`, merged where they overlap; found by bisection)."""
    return doc.analysis.not_prose_share(start, end)

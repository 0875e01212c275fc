"""(forum26) A reader's letter quoted in an advice column: the reader's words, not the columnist's.

An advice column (an agony aunt's, a money or etiquette column) prints a reader's letter and
then the columnist's answer. The letter opens with a salutation to the columnist ("Dear Ruth,",
"DEAR ABBY:") and closes with the reader's signature, often a pen name ("Signed, Worried in
Leeds", "-- FED UP IN FRESNO"); the answer opens with a salutation back to that pen name ("Dear
Worried,", "DEAR FED UP:"). `letters(doc)` finds each letter: from a salutation to the
columnist (the name the first salutation gives) up to a salutation to someone else whose first
word stands in the letter's last lines (its signature); and the column's headline where it
speaks in the reader's first person ("Ask Ruth: My husband spends our savings ..."). The letter's "I", "!", questions and
loaded words are the reader's: `xlplugin.blockquotes.reported_blocks` adds the letters to its
quoted blocks (loaded language), and the kinds rule leaves them out of the writer's first person.

(advice41) A letter answered without a salutation back: the salutation to the columnist, the
letter, then its signature on a line of its own after a dash ("\u2014 Frustrated, Leeds", "-- Worried
Mum") and the columnist's answer under it (`_dash_signed`); and a reader's question printed without
a letter's salutation (`reader_questions`): a paragraph labelled "Q:" ("Q: I retired last year ...
Should I ...?") where every question so labelled speaks in the reader's own first person, or, on a
page of readers' questions ("You ask, we answer"), two or more paragraphs each telling the
reader's own case in "I" and "my" and ending in a question, each answered to "you" in a paragraph
with no "I" of its own. The reader's words are theirs; the answer stays the columnist's (an
interview's questions, the interviewer's, are no reader's: `interview._labelled` reads a Q&A
whose every question is a reader's as no interview).

Blind spots: an answer whose salutation names the reader in other words than the signature
("Signed, Anxious Mum" answered "Dear Anxious Mother" is found; "Dear Reader" is not); a single
unlabelled reader's question on a page.
"""

from __future__ import annotations

import re
import weakref

from .lexicon import load_sections
from .names import credits_a_person
from .text import Document

__all__ = ["comment_lines", "find_page_letters", "find_signed_page_letters", "letters", "page_letters", "reader_question",
           "reader_questions", "signed_page_letters"]

# A salutation opening a line: "Dear", a name of one to five words, then a comma or a colon (the
# letter may go on after a colon on the same line: "DEAR ABBY: My husband ...").
_SALUTATION_RE = re.compile(r"(?:^|\n)[ \t]*dear[ \t]+(?P<name>[^\W\d][^\n,:;.!?]{0,40}?)[ \t]*[,:]", re.IGNORECASE)
# How far back from the answer's salutation the letter's signature may stand (its last lines).
SIGNATURE_CHARS = 120
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")

_LAST: list = [None, None]


def letters(doc: Document) -> list[tuple[int, int]]:
    """The spans (start, end) of the readers' letters an advice column quotes (see the module's
    docstring); [] for most texts (asked only where "dear" opens a line)."""
    last = _LAST[0]() if _LAST[0] is not None else None
    if last is doc:
        return _LAST[1]
    found = _letters(doc) if "dear" in doc.analysis.vocabulary else []
    if "dear" in doc.analysis.vocabulary and not found:
        found = _dash_signed(doc)  # (advice41) "Dear Jane, ... \u2014 Frustrated, Leeds" and the answer
    if "?" in doc.text:
        found = sorted(set(found + reader_questions(doc)))  # (advice41) "Q: I retired ...?", a page of readers' questions
    _LAST[:] = [weakref.ref(doc), found]
    return found


def _letters(doc: Document) -> list[tuple[int, int]]:
    text = doc.text
    salutations = [(m.start() + (text[m.start()] == "\n"), m["name"].strip().lower()) for m in _SALUTATION_RE.finditer(text)]
    if len(salutations) < 2:
        return []
    columnist = salutations[0][1]
    out = []
    for (start, name), (next_start, next_name) in zip(salutations, salutations[1:]):
        if name != columnist or next_name == columnist:
            continue
        first = _WORD_RE.match(next_name)
        if first is None:
            continue
        signature = text[max(start, next_start - SIGNATURE_CHARS) : next_start].lower()
        if re.search(r"\b" + re.escape(first.group()) + r"\b", signature):
            out.append((start, next_start))
    if out:
        title = _title_in_readers_words(doc, out[0][0])
        if title is not None:
            out.insert(0, title)
    return out


# (advice41) A letter's signature after a dash on a line of its own ("\u2014 Frustrated, Leeds",
# "-- WORRIED MUM", "- Name, Town"), at most SIGNATURE_CHARS_MAX characters, a capital first.
_DASH_SIGNATURE_RE = re.compile(r"[ \t]*(?:\u2014|\u2013|--?)[ \t]*(?P<name>[A-Z][^\n]{0,38}?)[ \t]*")
# The columnist's answer after the signature: at least this many words of prose.
ANSWER_MIN_WORDS = 20


def _dash_signed(doc: Document) -> list[tuple[int, int]]:
    """(advice41) The letter from the text's first salutation ("Dear Jane,") to its signature after a
    dash on a line of its own, where a paragraph of prose closes the letter before the signature,
    the letter asks ("?") and the columnist's answer to "you" (ANSWER_MIN_WORDS words or more)
    follows it; [] otherwise (an open letter signed at the end, an e-mail signed "Best, Ann", a
    columnist's "Dear readers, ..." signed over a note about the writer)."""
    text = doc.text
    m = _SALUTATION_RE.search(text)
    if m is None:
        return []
    start = m.start() + (text[m.start()] == "\n")
    previous = ""
    for s, e in doc.lines:
        if s <= start:
            continue
        line = text[s:e].strip()
        if not line:
            continue
        if len(line) <= SIGNATURE_CHARS_MAX + 2 and len(previous) >= LETTER_PROSE_CHARS and previous.endswith(_PROSE_END) \
                and _DASH_SIGNATURE_RE.fullmatch(line):
            answer = text[e:]
            if "?" in text[start:s] and _YOU_RE.search(answer) and len(_WORD_RE.findall(answer)) >= ANSWER_MIN_WORDS:
                title = _title_in_readers_words(doc, start)
                return [(start, e)] if title is None else [title, (start, e)]
            return []
        previous = line
    return []


# (advice41) A reader's question: a label "Q:" ("Q.", "Question:") opening its paragraph, or none;
# the reader's first person in a statement before the question ("I retired last year ...").
_Q_LABEL_RE = re.compile(r"[ \t]*(?:q|question)[ \t]*[:.][ \t]*", re.IGNORECASE)
_A_LABEL_RE = re.compile(r"[ \t]*(?:a|answer)[ \t]*[:.][ \t]", re.IGNORECASE)
_SELF_RE = re.compile(r"\b(?:I|I'm|I\u2019m|I've|I\u2019ve|I'd|I\u2019d|[Mm]y|[Mm]e)\b")
_YOU_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ou're|[Yy]ou\u2019re)\b")
_STATEMENT_RE = re.compile(r"[^.?!\n]*[.!](?=\s|$)")
# A page of readers' questions without labels: at least this many of them.
UNLABELLED_MIN = 2


def reader_question(paragraph: str) -> bool:
    """(advice41) Does `paragraph` (its label, if any, left off) read as a reader telling their own
    case and asking: a statement with "I", "my" or "me" before a question that ends it?"""
    body = paragraph.strip()
    if not body.endswith("?"):
        return False
    head = body[: body.find("?")]
    statements = _STATEMENT_RE.findall(head)
    return any(_SELF_RE.search(sentence) for sentence in statements)


def reader_questions(doc: Document) -> list[tuple[int, int]]:
    """(advice41) The readers' questions of a Q&A column (see the module's docstring): a span per
    paragraph; [] for most texts."""
    text = doc.text
    paragraphs = [(s, e) for s, e in doc.paragraphs if text[s:e].strip()]
    labelled = [(p, m.end()) for p, (s, e) in enumerate(paragraphs) if (m := _Q_LABEL_RE.match(text, s)) is not None]
    if labelled:
        answered = [p for p, _ in labelled if p + 1 < len(paragraphs) and _A_LABEL_RE.match(text, paragraphs[p + 1][0])]
        if answered and len(answered) == len(labelled) and all(reader_question(text[at:paragraphs[p][1]]) for p, at in labelled):
            return [paragraphs[p] for p in answered]
        return []
    found = []
    for p, (s, e) in enumerate(paragraphs[:-1]):
        body = text[s:e]
        if not reader_question(body) or body.count("?") > 1:
            continue
        ns, ne = paragraphs[p + 1]
        answer = text[ns:ne].strip()
        if answer.endswith("?") or _SELF_RE.search(answer) or not _YOU_RE.search(answer):
            continue
        found.append((s, e))
    return found if len(found) >= UNLABELLED_MIN else []


# The first person of a headline that echoes the letter ("Ask Ruth: My husband spends our savings").
_FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|i’m|my|me|mine|we|our|us)\b", re.IGNORECASE)
TITLE_MAX_CHARS = 120


def _title_in_readers_words(doc: Document, before: int) -> tuple[int, int] | None:
    """The column's headline line where it speaks in the reader's first person ("My husband spends
    our savings on scratch cards"): the first line of the text, before the first letter, short
    and no sentence of prose (no full stop at its end)."""
    text = doc.text
    for s, e in doc.lines:
        line = text[s:e].strip()
        if not line:
            continue
        if s >= before or len(line) > TITLE_MAX_CHARS or line.endswith(".") or not _FIRST_PERSON_RE.search(line):
            return None
        return s, e
    return None


# (lift31) A compilation of readers' short comments ("Opinion Line", "Sound Off", "Your Say")
# prints its invitation beside them: a verb of sending, a word for the comments, a limit on their
# length and where to send them ("E-mail comments, 40 words or fewer, to opline@paper.com",
# "Text your views in 50 words or less to 07700 900123").
_SEND_RE = re.compile(r"(?i)\b(?:e-?mail|send|text|call|submit|phone)\b")
_COMMENT_RE = re.compile(r"(?i)\b(?:comments?|views|opinions|thoughts|messages|rants?|raves?)\b")
_LIMIT_RE = re.compile(r"(?i)\b\d{2,3}\s+words?\s+or\s+(?:fewer|less)\b|\b(?:under|no more than|up to|at most)\s+\d{2,3}\s+words\b"
                       r"|\b\d{2,3}-word\s+(?:limit|maximum)\b")
_CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\b\d{3}[ .-]?\d{3}[ .-]?\d{4}\b|\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b|\bwww\.\S+")
# The fewest paragraphs of comments a compilation holds besides its invitation.
COMMENTS_MIN = 4


# (lift31) The head of a page's comment section copied with its article: the control that sorts
# the comments ("Oldest First", "Newest first", "Sort by: Newest | Oldest | Top") on a line of its
# own, with a word of commenting in it or in the paragraph before it ("Please sign in ... to
# comment on this story.", "32 Comments"). A sort control alone heads other lists too (an author's
# page of stories: "Sort: Newest Oldest Most Read").
_SORT_LINE_RE = re.compile(r"(?i)[ \t]*(?:(?:oldest|newest|latest|top|best)[ \t]+first|sort(?:[ \t]+comments)?(?:[ \t]+by)?"
                           r"[ \t]*:?[ \t]*(?:newest|oldest|latest|best|top|most[ \t]+\w+)\b[^\n]{0,60})[ \t]*")
_SORT_WORDS = frozenset({"first", "sort"})
_COMMENT_WORDS = frozenset({"comment", "comments", "commenting", "commenter", "commenters"})
_COMMENTING_RE = re.compile(r"(?i)\bcomment(?:s|ing|ers?)?\b")


def _comment_section(doc: Document) -> tuple[int, int] | None:
    """(lift31) The readers' comments under a comment section's head (`_SORT_LINE_RE` with
    `_COMMENTING_RE`): from the line after the head to the text's end; None where there is none."""
    vocabulary = doc.analysis.vocabulary
    if not (vocabulary & _SORT_WORDS) or not (vocabulary & _COMMENT_WORDS):
        return None  # (most texts)
    text, paragraphs = doc.text, doc.paragraphs
    for p, (start, end) in enumerate(paragraphs):
        if p + 1 >= len(paragraphs) or not _SORT_LINE_RE.fullmatch(text, start, end):
            continue
        before = text[paragraphs[p - 1][0] : end] if p else text[start:end]
        if _COMMENTING_RE.search(before):
            return paragraphs[p + 1][0], paragraphs[-1][1]
    return None


def comment_lines(doc: Document) -> list[tuple[int, int]]:
    """(lift31) The readers' comments of a compilation that prints its invitation to send them
    (`_SEND_RE`, `_COMMENT_RE`, `_LIMIT_RE`, `_CONTACT_RE` on one paragraph) among its first three
    or last two paragraphs: one span, from the invitation's end to the text's end, or from the
    text's start to the invitation; or the comments under a comment section's head copied with
    its article (`_comment_section`). Each comment is its reader's: their "I", "!", questions and
    loaded words are no more the compiler's than a quoted speaker's. [] for other texts; an
    author asking for comments on their own column ("Email the writer at ...") names no limit."""
    section = _comment_section(doc)
    if section is not None:
        return [section]
    text = doc.text
    if "words" not in doc.analysis.vocabulary or not _LIMIT_RE.search(text):
        return []
    paragraphs = doc.paragraphs
    if len(paragraphs) < COMMENTS_MIN + 1:
        return []
    n = len(paragraphs)
    for p in [*range(min(3, n)), *range(max(3, n - 2), n)]:
        start, end = paragraphs[p]
        line = text[start:end]
        if _LIMIT_RE.search(line) and _SEND_RE.search(line) and _COMMENT_RE.search(line) and _CONTACT_RE.search(line):
            if p < 3 and n - p - 1 >= COMMENTS_MIN:
                return [(paragraphs[p + 1][0], paragraphs[-1][1])]
            if p >= 3 and p >= COMMENTS_MIN:
                return [(paragraphs[0][0], paragraphs[p - 1][1])]
    return []


# (polnear31) A newspaper's letters page: a heading line of its own among the text's first lines
# (provenance.txt's [letters_page_headings]: "Letters", "Letters to the editor", "Your letters",
# with a colon or a full stop after it or none), then letters, each signed on a line of its own
# after its last paragraph: the writer's name ("Martin Reyes", "Ann B. Cole"), with the town on the
# line after it or after a comma ("Dana Hill, Leeds"), or the writer's account alone ("@ferrywatch")
# where the page prints readers' posts. Each letter, from the heading (or the line after the
# previous signature) to its own signature, is its writer's: their "I", "!", questions and loaded
# words are no more the page's than a quoted speaker's, as in an advice column's letter above.
HEADING_LINES = 4  # the first non-empty lines the heading may stand on
SIGNATURE_CHARS_MAX = 40  # a signature line's length, at most
LETTER_PROSE_CHARS = 30  # the paragraph a signature closes: at least this many characters (a short last sentence)
_SIGNED_NAME_RE = re.compile(r"(?:[A-Z][a-z'\u2019-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.|van|de|von|da|bin)){1,4}")
_HANDLE_RE = re.compile(r"@\w{1,30}")
# a town or a street and town on the line under a signature, capitalised words ("Upper Stow",
# "Hawthorn Road, Elmgrove", "Olympia, Wash.")
_TOWN_RE = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t,]+[A-Z][\w'\u2019.-]*){0,3}")
_PROSE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")")
# (loaded46) the dash a signature may open with ("\u2014 Jane Doe, Westvale", "-- Ann Lee")
_SIGNATURE_DASH_RE = re.compile(r"^(?:[\u2014\u2013]|-{1,2})[ \t]*")


def _letters_heading(line: str) -> bool:
    return line.lower().rstrip(" .:").strip() in load_sections("provenance.txt")["letters_page_headings"]


def _titled_letters_page(doc: Document) -> bool:
    """(loaded46) Does the headline given with the text name a letters page before a colon
    ("Letters: Coddling criminals | Undermining road", "Letters to the editor: ...")? A page so
    titled prints its letters under their own headlines, with no heading line in its text."""
    head, colon, _ = doc.title.partition(":")
    return bool(colon) and _letters_heading(head)


def _signature(line: str) -> bool:
    """Is `line` (stripped) a letter's signature: a person's name, alone or before a comma and a
    town, or an account alone, with a full stop after it or none? (loaded46) A dash may open it
    ("\u2014 Jane Doe, Westvale", "- Ann Lee")."""
    line = _SIGNATURE_DASH_RE.sub("", line)
    if len(line) > SIGNATURE_CHARS_MAX:
        return False
    line = line[:-1] if line.endswith(".") and not line[-2:-1].isupper() else line  # "Ann Lee." (not "Ann B.")
    if _HANDLE_RE.fullmatch(line):
        return True
    name = line.split(",", 1)[0].strip()
    return _SIGNED_NAME_RE.fullmatch(name) is not None and credits_a_person(name)


def page_letters(doc: Document) -> list[tuple[int, int]]:
    """(polnear31) The letters of a letters page (see above): one span each, from the line after
    the heading or the previous signature to the end of the paragraph the signature closes; []
    where no heading stands in the first lines or no letter is signed (most texts). (loaded47) A
    page with no heading at all is one where its body is letters (`_signed_page`). (Kept per
    document by `doc.analysis.page_letters`: loaded language and unsourced claims each ask.)"""
    return list(doc.analysis.page_letters)


def find_page_letters(doc: Document) -> list[tuple[int, int]]:
    """`page_letters`, worked out (`doc.analysis` calls this once per document)."""
    titled = _titled_letters_page(doc)
    text = doc.text
    lines = [(s, e, text[s:e].strip()) for s, e in doc.lines if text[s:e].strip()]
    heading = None
    if "letters" in doc.analysis.vocabulary:
        heading = next((k for k, (_, _, line) in enumerate(lines[:HEADING_LINES]) if _letters_heading(line)), None)
    if heading is None and not titled:
        return signed_page_letters(doc)
    # (loaded46) under a title naming a letters page, the first letter opens the text
    out, _, _ = _walk_letters(lines, lines[heading][1] if heading is not None else 0, heading + 1 if heading is not None else 0)
    return [(s, e) for s, e in out if text[s:e].strip()]


def _walk_letters(lines: list[tuple[int, int, str]], start: int, first: int) -> tuple[list[tuple[int, int]], int, int]:
    """The letters among `lines` from the `first`-th on, the first opening at `start` (see
    page_letters); with how many signatures gave a place (after a comma or on the next line), and
    the index of the last line that ended a letter (a signature or its town), -1 for none."""
    out = []
    previous = ""
    signed = False  # was the line before a signature?
    placed = 0
    last = -1
    for k in range(first, len(lines)):
        s, e, line = lines[k]
        if signed and len(line) <= SIGNATURE_CHARS_MAX and _TOWN_RE.fullmatch(line):
            start = e  # the writer's town under the name ("Harwick", "Olympia, Wash.")
            signed = False
            placed += 1
            last = k
        elif len(previous) >= LETTER_PROSE_CHARS and previous.endswith(_PROSE_END) and _signature(line):
            out.append((start, s))
            start = e
            signed = True
            placed += "," in _SIGNATURE_DASH_RE.sub("", line)
            last = k
        else:
            signed = False
        previous = line
    return out, placed, last


# (loaded47) A letters page under no heading and no title naming it ("Coddling the careless |
# Road markings", each letter under its own headline): its body is letters, at least
# PAGE_LETTERS_MIN of them, every one signed by a name and a place (a town after a comma or on the
# line under it), the last signature (or its town) ending the text. A report that quotes a
# resident's name and town on a line of its own once, or ends in its reporter's name, is no such page.
PAGE_LETTERS_MIN = 2


def signed_page_letters(doc: Document) -> list[tuple[int, int]]:
    """(loaded47) The letters of a page whose body is letters each signed by a name and a place
    (above); [] for any other text. (Kept per document by `doc.analysis.signed_page_letters`:
    `page_letters` and provenance's notes each ask.)"""
    return list(doc.analysis.signed_page_letters)


def find_signed_page_letters(doc: Document) -> list[tuple[int, int]]:
    """`signed_page_letters`, worked out (`doc.analysis` calls this once per document)."""
    text = doc.text
    # (most texts: fewer than two short lines with a comma, or none after a prose line, stop here)
    lines = [(s, e, text[s:e].strip()) for s, e in doc.lines if text[s:e].strip()]
    if sum(1 for _, _, line in lines if len(line) <= SIGNATURE_CHARS_MAX) < PAGE_LETTERS_MIN:
        return []
    out, placed, last = _walk_letters(lines, 0, 0)
    if len(out) < PAGE_LETTERS_MIN or placed < len(out) or last != len(lines) - 1:
        return []
    return [(s, e) for s, e in out if text[s:e].strip()]

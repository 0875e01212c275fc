"""(prov14) The furniture of a forum thread that reads as a post's content, and the posts it quotes.

A forum page copied as text keeps lines that the forum's software wrote, not the poster:

- a counters line, "Likes: 23 | Replies: 11", "Views: 1,204 · Comments: 8" (`counter_lines`):
  labels of [forum_counter_words] in data/provenance.txt, each with a number;
- in a forum post (`xlplugin.voice.forum_post`: two forum lines, "Re:", "Joined:", "Quote from:"),
  a note of the poster's later edit, "Edit: found it ..." (`forum_lines`), and the thread's
  subject, a line opening "Re:" among the first four ("Re: Is the unit closing?", also after
  the forum's breadcrumbs), which is a title, not a question the poster asks.

`xlplugin.prose.find_not_prose_spans` takes these lines as not prose, so their numbers are no
claims and their "?" no question of the author's. A quoted post (the lines after "Quote from:
NAME" or "NAME wrote:", up to the paragraph's end, or the next paragraph where the header ends
its own) is another member's words: `quoted_posts`, which `xlplugin.blockquotes` adds to its
quoted blocks. Blind spots: a quote of several paragraphs counts only its first; a forum whose
quote header has other words ("NAME said:" is read by the attribution pass already).

(voice20) A thread of replies copied whole (a Reddit AMA, a comment thread) heads each post with
a poster's line: a handle ("u/NAME", "@NAME") and the site's counters or age ("u/pine_pete ·
412 points", "r/IAmA · Posted by u/dr_fire · 6h"; `poster_lines`). At least THREAD_MIN_POSTERS
such lines of two handles make a thread (`thread`): the lines are furniture (their numbers are
no claims), and every post under another handle than the author's (the handle after "Posted by",
else the first poster's) runs from its line to the next poster line and is that member's words,
a quoted post (`quoted_posts`): their questions, "!" and "I" are theirs, not the author's.
Without "Posted by", the author is the first poster where the text opens with a poster line,
else the handle heading the most posts (an AMA's host answering), else no one (comments).
Blind spots: a handle with neither "u/" nor "@" and no points count ("pinecone_pete · 6h"); a
reply quoting the author back stays the replier's.

(pages21) A forum's own software (phpBB, vBulletin, SMF) heads each post with a header of lines
instead: the poster's name, rank and member fields, then the post's date line ("bramblegate /
Regular member / Joined: Mar 2019 / Posts: 1,204 / Posted: 12 Feb 2026, 09:14";
`_header_lines`). Where no poster line of the first shape is found, these headers are the
thread's poster lines, read the same way.

(forum25) A question-and-answer site (Stack Exchange, its clones) signs each post at its foot
instead: "asked Mar 14, 2023 at 21:07 NAME 1,231 rep", "answered Mar 16, 2023 at 13:44 NAME 211
rep" (an edit's date may follow the first date; `_qa_signatures`). A page with the asker's
signature and an answer signed by another name is a thread (`thread`): the signature lines are
furniture, the asker is the author, and each answer by another name (from the signature before
it to its own) is that member's words, with the comments under the post before it. (forum26)
Each comment ("Which model is it? – Volt Nerd Nov 4, 2024 at 20:30": `_qa_comments`) is its
signer's: another member's are theirs, also under the last answer; the asker's own are the
author's. A Q&A web page's date, where its markup gives none, is its question's (`qa_asked_date`).

(web25a) phpBB's default theme heads each post with "Post by NAME » DATE" ("by NAME » DATE" over a
reply; `_by_lines`): two such headers of two names make a thread, and the author is the first
post's poster (`by_line_author`, a web page's author as the forum writes the name). A Q&A
signature may give the name alone, with no reputation ("answered Jan 23 at 08:12 quickfix99", as
`xlplugin.page_threads` writes a signature spread over several elements), and the asker's
question (the text before the asker's signature: `qa_question_end`) is asked of the site, so its
questions are no rhetorical ones.

(forum26) A comment thread copied from a social site (Facebook, Instagram, a news site's comments)
heads each reply with the commenter's name alone on its line and ends it with the site's buttons
and counts ("Reply · Like · 3 · 2h", or "Reply ·", "Like · 3", "2h" a line each:
`_social_thread`). At least REPLY_MIN replies under a "Reply" button make a thread: the name
lines are furniture, the post's author is the name on the text's first line (none where the
text opens with the post itself), and each reply under another name is that member's words. The
buttons under other members' posts cost the author no forum-furniture cue
(`xlplugin.furniture`: the author's own post's lines decide it, as the post alone shows them).
Blind spots: a reply of more than REPLY_BACK_PARAGRAPHS paragraphs; a reply whose first line is
no name in a name's shape ("the real dave" in lower case with spaces); a commenter who replies
under the author's name with another display name.

(threads27) A thread copied from a page whose software heads each post with its poster's name
alone on a line, and nothing else: "garden_gus wrote:", a bare "u/garden_gus", "Posted by
garden_gus" (`_name_lines`). The name is one word in a handle's shape (an underscore, a digit or
a capital inside it) or in lower case, never a pronoun ("He wrote:"), and the line holds nothing
else: a news report quoting a post in its sentence ("One user, u/pine_pete, wrote: ...") has no
such line, nor a letters page ("Margaret Ellery, Hawthorn Road" is two words and a place), nor a
transcript ("KESSLER:"). These lines head a thread as the poster lines above do (at least
THREAD_MIN_POSTERS of two names). A forum's breadcrumb over the first post, "Posted in
Greenfingers Forum > Vegetables" (`breadcrumb_line`), says the page is a forum's too.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache

from .text import Document

__all__ = ["breadcrumb_line", "by_line_author", "chat_lines", "counter_lines", "first_poster", "forum_lines", "forwarded_posts", "headed_thread", "other_posts", "poster_lines",
           "qa_asked_date", "qa_question_end", "quoted_posts", "thread", "with_quoted_posts", "THREAD_MIN_POSTERS"]


def _short_lines_matching(doc: Document, pattern: re.Pattern[str], longest: int):
    """Each line of `doc` of at most `longest` characters that `pattern` matches whole, as
    (start, end, match): the shape every kind of post header below is found by."""
    text = doc.text
    for s, e in doc.lines:
        if e - s <= longest:
            m = pattern.fullmatch(text, s, e)
            if m:
                yield s, e, m

# A line of counters: "Likes: 23 | Replies: 11", "Views: 1.2K · Comments: 8"; every label one of
# [forum_counter_words] (checked after the match). Run only where a label with its colon is in the
# text (`_labels_in`).
_COUNTER_LINE_RE = re.compile(
    r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*\d[\d,.]*[KkMm]?"
    r"((?:[ \t]*[|\u00b7\u2022,][ \t]*[A-Za-z]+[ \t]*:[ \t]*\d[\d,.]*[KkMm]?)*)[ \t]*")
_LABEL_RE = re.compile(r"([A-Za-z]+)[ \t]*:")
# A quote header: "Quote from: NAME" (with an optional "on DATE"), or "NAME wrote:" alone on its line.
_QUOTE_FROM_RE = re.compile(r"[ \t]*quote from:[^\n]{1,80}", re.IGNORECASE)
_WROTE_RE = re.compile(r"[ \t]*[^\s:][^\n:]{0,40}[ \t]wrote:[ \t]*", re.IGNORECASE)
_EDIT_RE = re.compile(r"(?:edit|edited)[ \t]*\d?[ \t]*:", re.IGNORECASE)


@lru_cache(maxsize=1)
def _counter_words() -> frozenset[str]:
    from .lexicon import load_sections

    return frozenset(w for line in load_sections("provenance.txt")["forum_counter_words"] for w in line.split())


def _labels_in(doc: Document) -> bool:
    """Does the text hold a counter label with its colon ("likes:")? Asked first of the text's
    words (one set intersection), then only for the labels it holds, of the lower-cased text (a
    substring test from C): the line regex runs on a few texts only."""
    held = _counter_words() & doc.analysis.vocabulary
    if not held:
        return False
    lower = doc.analysis.lower_text
    return any(w + ":" in lower or w + " :" in lower for w in held)


def counter_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines (start, end) that are forum or social counters only ("Likes: 23 | Replies: 11")."""
    if not _labels_in(doc):
        return []
    words, text, out = _counter_words(), doc.text, []
    for s, e in doc.lines:
        m = _COUNTER_LINE_RE.fullmatch(text, s, e)
        if m and all(label.lower() in words for label in [m[1], *_LABEL_RE.findall(m[2])]):
            out.append((s, e))
    return out


# A thread's subject is read among a post's first lines: a saved page may open with the forum's
# breadcrumbs ("Home > Forums > World News") before it.
SUBJECT_LINES = 4


def forum_lines(doc: Document) -> list[tuple[int, int, str]]:
    """In a forum post (`voice.forum_post`), the edit notes ("Edit: found it") and the thread's
    subject line (the first line opening "Re:" among the first SUBJECT_LINES non-empty lines),
    with what each is."""
    from .voice import forum_post

    lower = doc.analysis.lower_text
    # (two substring tests from C spare most texts the forum test: a subject opens one of the
    # first lines, an edit note opens a line)
    if not ("re:" in lower[:400] or "\nedit" in lower) or not forum_post(doc):
        return []
    text, out = doc.text, []
    seen = 0
    subject = False
    for s, e in doc.lines:
        if not text[s:e].strip():
            continue
        seen += 1
        if not subject and seen <= SUBJECT_LINES and text[s:e].lstrip()[:3].lower() == "re:":
            out.append((s, e, "forum subject"))
            subject = True
        elif _EDIT_RE.match(text, s, e):
            out.append((s, e, "forum edit note"))
    return out


# (voice20) A poster's line: an optional community ("r/IAmA ·"), "Posted by" or not, a handle,
# then one or more of the site's counters or the post's age, each after a dot, bar or bullet
# ("· 412 points", "· 6h", "| 3 hours ago"). A handle is "u/NAME" or "@NAME"; a bare one-word
# name ("CoffeeAndCones · 61 points") only before a count of points or votes, in a handle's shape.
_SEP = r"[ \t]*[\u00b7\u2022|][ \t]*"
_COUNT = r"\d[\d,.]*[KkMm]?[ \t]+(?:points?|votes?|upvotes?|likes?|karma)"
_AGE = r"\d{1,3}[ \t]*(?:[smhdwy]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)(?:[ \t]+ago)?"
# (transcripts28) An X/Twitter-style header: the poster's display name before the handle ("Harbour
# Watch @harbourwatch · Jun 2"; one to four words, none a sentence's), and the post's date after it
# ("· Mar 3", "· 14 Nov", "· Nov 14, 2026") as well as its age ("· 2h").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\.?"
_DATE = r"(?:" + _MONTH + r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+" + _MONTH + r"(?:[ \t]+\d{4})?)"
_DISPLAY = r"(?P<display>[^\W\d_][\w'\u2019.&-]{0,24}(?:[ \t]+[^\W_][\w'\u2019.&-]{0,24}){0,3})[ \t]+(?=@)"
_POSTER_LINE_RE = re.compile(
    r"[ \t]*(?:r/\w{2,30}" + _SEP + r")?(?P<by>(?:posted[ \t]+by|by)[ \t]+)?"
    r"(?:(?:" + _DISPLAY + r")?(?P<handle>(?:u/|@)[\w.-]{2,30})(?:" + _SEP + r"(?:" + _COUNT + "|" + _AGE + "|" + _DATE + r"))+"
    r"|(?P<bare>[A-Za-z][\w-]{2,30})" + _SEP + _COUNT + r"(?:" + _SEP + _AGE + r")?)[ \t]*", re.IGNORECASE)
# A bare name is a handle by its shape: an underscore, a digit or a capital inside it ("pine_pete",
# "hiker99", "CoffeeAndCones"); a word ("Arsenal \u00b7 45 points" in a league table) is none.
_HANDLE_SHAPE_RE = re.compile(r"[_\d]|.[A-Z]")
THREAD_MIN_POSTERS = 3  # poster lines, of at least two handles


def poster_lines(doc: Document) -> list[tuple[int, int, str]]:
    """(voice20) The lines (start, end, handle) that head a post of a thread: a handle with the
    site's counters or age ("u/pine_pete · 412 points"); the handle without its "u/" or "@",
    lower case, marked "op" first where "Posted by" names it ("op u/name" is never a handle).
    Read only where the text holds a separator dot, bar or bullet and "u/", "@" or "points"."""
    text = doc.text
    if not ("\u00b7" in text or "\u2022" in text or "|" in text):
        return []
    lower = doc.analysis.lower_text
    if "u/" not in lower and "@" not in lower and "points" not in lower and "votes" not in lower:
        return []
    out = []
    for s, e, m in _short_lines_matching(doc, _POSTER_LINE_RE, 120):
        if m["handle"] or _HANDLE_SHAPE_RE.search(m["bare"]):
            name = (m["handle"] or m["bare"]).lower().removeprefix("u/").lstrip("@")
            out.append((s, e, "op " + name if m["by"] and m["handle"] else name))
    return out


# (pages21) A post's header in a forum's own software (phpBB, vBulletin, SMF): the poster's name on
# a line of its own, then their rank and member fields ("Regular member", "Joined: Mar 2019",
# "Posts: 1,204"), then the post's date line ("Posted: 12 Feb 2026, 09:14", "Posted on 3/2/2026").
# The date line is found first; the name is the earliest of the short lines just before it
# (at most HEADER_MAX_LINES, each at most HEADER_LINE_MAX_CHARS and no sentence: no "." or "?"
# at its end) that is one word in a name's shape. The header (name to date line) is the poster
# line. Blind spots: a post whose last line is one short word ("Thanks!") just before the next
# header is read as that header's name; a header with no date line.
_POSTED_LINE_RE = re.compile(r"[ \t]*posted(?:[ \t]+on)?[ \t]*:?[ \t]+(?=[^\n]{0,60}\d)[^\n]{4,60}", re.IGNORECASE)
_HEADER_NAME_RE = re.compile(r"[ \t]*[^\W\d][\w.'!-]{1,29}[ \t]*")
HEADER_MAX_LINES = 4
HEADER_LINE_MAX_CHARS = 40


def _header_lines(doc: Document) -> list[tuple[int, int, str]]:
    """(pages21) The post headers (start, end, name) of a forum's own software: see _POSTED_LINE_RE.
    Read only where the text holds the word "posted"."""
    if "posted" not in doc.analysis.vocabulary:
        return []
    text, out = doc.text, []
    lines = [(s, e) for s, e in doc.lines if not text[s:e].isspace() and s < e]  # (blank lines left out)
    for i, (s, e) in enumerate(lines):
        if not _POSTED_LINE_RE.fullmatch(text, s, e):
            continue
        name = None
        for j in range(i - 1, max(i - 1 - HEADER_MAX_LINES, -1), -1):
            ls, le = lines[j]
            line = text[ls:le].strip()
            if len(line) > HEADER_LINE_MAX_CHARS or line.endswith((".", "?", ":")):
                break
            if out and ls < out[-1][1]:  # (the header before: its date line ends it)
                break
            if _HEADER_NAME_RE.fullmatch(text, ls, le):
                name = (ls, line)
        if name is not None:
            out.append((name[0], e, name[1].rstrip("!.").lower()))
    return out


# (web25a) A post's header in phpBB's default theme, copied as text: "Post by NAME » DATE" over the
# first post, "by NAME » DATE" over each reply ("by Tony from Eastfield » Sun Apr 12, 2026 8:30
# am"); the name is as the forum writes it (one to four words: a name with spaces is a user name
# too), the date holds a digit. A line of its own, at most BY_LINE_MAX_CHARS: an article's
# "by Jo Bloggs » Politics" breadcrumb has no digit.
_BY_LINE_RE = re.compile(r"[ \t]*(?:post[ \t]+)?by[ \t]+(?P<name>[^\s\u00bb][^\n\u00bb]{0,39}?)[ \t]*\u00bb[ \t]*"
                         r"(?=[^\n]{0,40}\d)[^\n]{4,60}", re.IGNORECASE)
BY_LINE_MAX_CHARS = 110
BY_THREAD_MIN_POSTS = 2  # headers of two names or more: the forum's own header, not a stray line


def _by_lines(doc: Document) -> list[tuple[int, int, str]]:
    """(web25a) The post headers (start, end, name in lower case) of a phpBB thread copied as text:
    see _BY_LINE_RE. Read only where the text holds a "\u00bb"."""
    text = doc.text
    if "\u00bb" not in text:
        return []
    out = []
    for s, e, m in _short_lines_matching(doc, _BY_LINE_RE, BY_LINE_MAX_CHARS):
        out.append((s, e, " ".join(m["name"].split()).lower()))
    return out


def by_line_author(text: str) -> str:
    """(web25a) The poster of a phpBB thread's first post, as the forum writes the name, where the
    text opens with its header ("Post by bramble_bee » Sat Apr 11, 2026 9:14 pm") and another
    header of another name follows; "" otherwise. A web page's author (`xlplugin.pages`): the
    extractor reads the header whole ("Bramble Bee » Sat Apr")."""
    if "\u00bb" not in text:
        return ""
    names = []
    for line in text.split("\n"):
        if line.strip() and len(line) <= BY_LINE_MAX_CHARS:
            m = _BY_LINE_RE.fullmatch(line)
            if m:
                names.append(" ".join(m["name"].split()))
            elif not names:
                return ""  # (the text does not open with a header)
    return names[0] if len(names) >= BY_THREAD_MIN_POSTS and len({n.lower() for n in names}) >= 2 else ""


# (forum25) A Q&A site's signature under a post: "asked" or "answered", the date ("Mar 14, 2023 at
# 21:07", "Aug 3 at 2:51"), an optional edit's date after a dot or bar, the poster's name and
# their reputation ("1,231 rep", "18.4k rep"), then badges or nothing. (web29) "answered by NAME":
# an answer's signature that gives no date, as the page reader writes it (`xlplugin.page_threads`).
_QA_DATE = r"[A-Z][a-z]{2,8}[ \t]+\d{1,2}(?:,[ \t]*\d{4})?(?:[ \t]+at[ \t]+\d{1,2}:\d{2})?"
_QA_SIGNATURE_RE = re.compile(
    r"[ \t]*(?P<verb>asked|answered)[ \t]+(?:" + _QA_DATE + r"(?:" + _SEP + r"edited[ \t]+" + _QA_DATE + r")?"
    # (web29) or "by" where the page gives the post no date (`xlplugin.page_threads`: "answered by tobyr")
    r"[ \t]+|by[ \t]+)(?:(?P<name>[^\n]{2,40}?)[ \t]+\d[\d,.]*[kKmM]?[ \t]+rep(?:utation)?\b[^\n]{0,60}"
    # (web25a) or the name alone, as the page reader writes a signature spread over several
    # elements (`keep_qa_signatures`): one to four words, no sentence ("Pete K", "quickfix99")
    r"|(?P<bare>[^\W\d][\w.'-]{0,29}(?:[ \t]+[\w.'-]{1,30}){0,3}))[ \t]*")


def _qa_signatures(doc: Document) -> list[tuple[int, int, str]]:
    """(forum25) The signature lines (start, end, name) of a Q&A site's posts, the asker's name
    marked "op " first; read only where the text holds the words "answered" and "asked"."""
    vocabulary = doc.analysis.vocabulary
    if "answered" not in vocabulary or "asked" not in vocabulary:
        return []
    out = []
    for s, e, m in _short_lines_matching(doc, _QA_SIGNATURE_RE, 160):
        name = (m["name"] or m["bare"]).strip().lower()
        out.append((s, e, "op " + name if m["verb"].lower() == "asked" else name))
    return out


def _qa_thread(doc: Document) -> tuple[list[tuple[int, int, str]], str] | None:
    """(forum25) A Q&A page as a thread: its signature lines and the asker, where the asker signs
    first and another name signs an answer."""
    lines = _qa_signatures(doc)
    if len(lines) < 2 or not lines[0][2].startswith("op "):
        return None
    asker = lines[0][2][3:]
    lines = [(s, e, h.removeprefix("op ")) for s, e, h in lines]
    if all(h == asker for _, _, h in lines):
        return None
    return lines, asker


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# (web29) the asker's signature with its date: a question standing alone is read as the asker's by it
_QA_ASKED_DATE_LINE_RE = re.compile(r"[ \t]*asked[ \t]+" + _QA_DATE + r"[ \t]")
_QA_ASKED_DATE_RE = re.compile(r"[ \t]*asked[ \t]+(?P<month>[A-Z][a-z]{2,8})[ \t]+(?P<day>\d{1,2}),[ \t]*(?P<year>\d{4})\b")


def _qa_asker_line(text: str) -> str:
    """The asker's signature line of a Q&A page's text, where the page is a thread (the asker signs
    first, another name signs an answer) or (web29) a question alone, its only signature the asker's
    dated one on the text's last line; "" where it is none."""
    if "asked" not in text:
        return ""
    signed = []
    for line in text.split("\n"):
        if len(line) <= 160 and ("asked" in line or "answered" in line):
            m = _QA_SIGNATURE_RE.fullmatch(line)
            if m:
                signed.append((m["verb"].lower(), (m["name"] or m["bare"]).strip().lower(), line))
    if len(signed) == 1 and _QA_ASKED_DATE_LINE_RE.match(signed[0][2]) and text.rstrip().endswith(signed[0][2].rstrip()):
        return signed[0][2]  # (web29) a question no one has answered yet, signed and dated by its asker
    if len(signed) < 2 or signed[0][0] != "asked" or all(name == signed[0][1] for _, name, _ in signed):
        return ""
    return signed[0][2]


def qa_asker(text: str) -> str:
    """(web26) The asker of a Q&A page's question, as the asker's signature writes the name ("asked
    Apr 2, 2024 at 18:20 Jo Marr 88 rep": "Jo Marr"), where the page is a thread as for
    `qa_asked_date`; "" where it is none. A web page's author where its markup gives none
    (`xlplugin.pages`)."""
    line = _qa_asker_line(text)
    m = line and _QA_SIGNATURE_RE.fullmatch(line)
    return (m["name"] or m["bare"]).strip() if m else ""


def qa_signers(text: str) -> list[str]:
    """(web29) The names signing a Q&A page's posts ("asked ... NAME", "answered ... NAME"), lower case, in order."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 160 and ("asked" in line or "answered" in line):
            m = _QA_SIGNATURE_RE.fullmatch(line)
            if m:
                out.append((m["name"] or m["bare"]).strip().lower())
    return out


def qa_asked_date(text: str) -> str:
    """(forum26) The ISO date of a Q&A page's question, read from the asker's signature ("asked Apr
    2, 2024 at 18:20 NAME 88 rep") where the page is a thread (the asker signs first, another name
    signs an answer); "" where it is none, or the signature gives no year ("asked Jan 3 at 8:40":
    the site leaves the current year out, which a saved page cannot tell). A web page's date where
    its markup gives none (`xlplugin.pages`): the signature boxes the page reader keeps as text
    (`keep_qa_signatures`) were where the extractor had found it."""
    line = _qa_asker_line(text)
    m = line and _QA_ASKED_DATE_RE.match(line)
    month = m and m["month"][:3].lower()
    if not m or month not in _MONTHS:
        return ""
    from datetime import date

    try:
        return date(int(m["year"]), _MONTHS.index(month) + 1, int(m["day"])).isoformat()
    except ValueError:
        return ""


def keep_qa_signatures(tree) -> None:
    """(forum25) In a web page's tree (`xlplugin.pages`), make each Q&A signature block ("asked
    ... NAME 1,231 rep", in a box of the site's user info) a plain paragraph, so that the page
    reader keeps it as a line of the text: without it the thread's answers read as the asker's.
    Looked for only where the page holds "answered" and "rep". (web25a) A signature spread over
    several elements with no "rep" word (`xlplugin.page_threads`) is made one such line first."""
    found = []
    for el in tree.iter("div", "span", "td", "footer", "aside", "section"):
        text = el.text_content()
        if "answered" not in text and "asked" not in text:
            continue
        line = " ".join(text.split())
        if len(line) <= 160 and _QA_SIGNATURE_RE.fullmatch(line):
            found.append(el)
    if not any("answered" in el.text_content() for el in found):
        return
    for el in found:
        el.tag = "p"
        el.attrib.clear()


# (forum26) A social site's comment thread copied as text (Facebook, Instagram, LinkedIn, a news
# site's comments): each reply is its commenter's name on a line of its own, their words, then the
# site's buttons and counts under them ("Reply \u00b7 Like \u00b7 3 \u00b7 2h", or "Reply", "Like \u00b7 3" and
# "2h" on lines of their own): a reaction line is made only of the words of _REACTION_WORDS,
# counts and ages, and at least one line of a reply's block holds the "Reply" button.
_REACTION_WORDS = (r"(?:like|likes|liked|reply|replies|share|shares|comment|comments|report|edited|love|"
                   r"loves|haha|wow|care|follow|hide|author|admin|moderator|top[ \t]+fan|see[ \t]+translation|"
                   r"view[ \t]+\d+[ \t]+more[ \t]+repl(?:y|ies)|view[ \t]+repl(?:y|ies)|just[ \t]+now|yesterday)")
_REACTION_PART = (r"(?:" + _REACTION_WORDS + r"|\d[\d,.]*[KkMm]?|" + _AGE + r")")
_REACTION_LINE_RE = re.compile(
    r"[ \t]*(?:[\u00b7\u2022|][ \t]*)?" + _REACTION_PART + r"(?:(?:" + _SEP + r"|[ \t]+)" + _REACTION_PART
    + r")*(?:" + _SEP + r")?[ \t]*", re.IGNORECASE)
_REPLY_BUTTON_RE = re.compile(r"\breply\b", re.IGNORECASE)
# A commenter's name line: a name of one to four words (each capitalised, "Dave Pritchard",
# "Mary-Jo O'Neill"), or a handle ("@sue_t", "hiker99", "pinecone"), with perhaps the site's age or
# badge after a dot ("Sue Tolland \u00b7 Author", "dave_p \u00b7 2h").
_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]{0,24})"
_SOCIAL_NAME_RE = re.compile(
    r"[ \t]*(?P<name>@?(?:" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3}|[a-z][\w.]{2,29}|[\w.]*[_\d][\w.]*))"
    r"(?:" + _SEP + r"(?:" + _AGE + r"|author|top[ \t]+fan|admin|moderator|edited|follow))*[ \t]*", re.IGNORECASE)
REPLY_MIN = 2  # replies under a "Reply" button, of two names or more with the poster's
REPLY_BACK_PARAGRAPHS = 3  # a reply of up to this many paragraphs above its buttons


def _reaction_line(text: str, s: int, e: int) -> bool:
    return e - s <= 80 and _REACTION_LINE_RE.fullmatch(text, s, e) is not None


def _name_at(text: str, s: int, e: int) -> str | None:
    """The commenter's name of a name line, lower case, or None."""
    if e - s > 60:
        return None
    m = _SOCIAL_NAME_RE.fullmatch(text, s, e)
    if m is None or _reaction_line(text, s, e):
        return None
    name = m["name"]
    # (a word alone in lower case is a handle only in a handle's shape: "pinecone" yes, "same" no)
    if name[:1].islower() and not re.search(r"[_\d.]", name) and name.lower() in _COMMON_WORDS:
        return None
    return name.lstrip("@").lower()


_COMMON_WORDS = frozenset(("same", "this", "agreed", "exactly", "true", "thanks", "yes", "no", "lol", "typical",
                           "why", "what", "wow", "nope", "yep", "indeed", "absolutely", "seriously", "disgraceful"))


def _reply_buttons(doc: Document) -> bool:
    """Do REPLY_MIN lines holding "reply" read as a reply's buttons (`_reaction_line`)? Each
    "reply" is found from C (str.find on the lower-cased text), and only its line is tried: a
    report's "did not reply" costs one line's test."""
    lower, text, found, at = doc.analysis.lower_text, doc.text, 0, -1
    while True:
        at = lower.find("reply", at + 1)
        if at < 0:
            return False
        s = text.rfind("\n", 0, at) + 1
        e = text.find("\n", at)
        e = len(text) if e < 0 else e
        if _reaction_line(text, s, e):
            found += 1
            if found >= REPLY_MIN:
                return True
        at = e


def _social_thread(doc: Document) -> tuple[list[tuple[int, int, str]], str] | None:
    """(forum26) A comment thread copied from a social site (see _REACTION_LINE_RE): the name
    lines of its replies (and of the post above them, where the text opens with its poster's
    name) and the poster's name ("" where the text does not open with one); None unless REPLY_MIN
    replies stand under a "Reply" button. Read only where the text holds the word "reply"."""
    if "reply" not in doc.analysis.vocabulary or not _reply_buttons(doc):
        return None
    text = doc.text
    lines = [(s, e) for s, e in doc.lines if e > s and not text[s:e].isspace()]
    if len(lines) < 6:
        return None
    gap_before = [i == 0 or text[lines[i - 1][1]:lines[i][0]].count("\n") > 1 for i in range(len(lines))]
    reaction = [_reaction_line(text, s, e) for s, e in lines]
    found: list[tuple[int, int, str]] = []
    i = 0
    last_block_end = -1  # index of the last line of the reaction block before
    while i < len(lines):
        if not reaction[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and reaction[j + 1]:
            j += 1
        if any(_REPLY_BUTTON_RE.search(text, *lines[k]) for k in range(i, j + 1)):
            # the reply's name line: the first line of its paragraph, or of one of the few before,
            # after the reaction block before it
            k, paragraphs = i - 1, 0
            while k > last_block_end and paragraphs < REPLY_BACK_PARAGRAPHS:
                if gap_before[k] or k == last_block_end + 1:
                    paragraphs += 1
                    name = _name_at(text, *lines[k]) if k + 1 < i else None
                    if name is not None:
                        found.append((lines[k][0], lines[k][1], name))
                        break
                k -= 1
        last_block_end = j
        i = j + 1
    if len(found) < REPLY_MIN:
        return None
    op = ""
    first = _name_at(text, *lines[0])
    if first is not None and lines[0][0] < found[0][0] and not gap_before[1]:
        op = first
        found.insert(0, (lines[0][0], lines[0][1], first))
    if len({h for _, _, h in found}) < 2:
        return None
    return found, op


# (threads27) A post's header that is only its poster's name: "NAME wrote:", "u/NAME", "Posted by NAME"
# (also "Posted by u/NAME"), alone on its line; the name one word (see `_name_lines`).
_NAME_LINE_RE = re.compile(
    r"[ \t]*(?:(?P<wrote>[^\W\d][\w.-]{1,29})[ \t]+wrote[ \t]*:|u/(?P<user>[\w-]{2,30})"
    r"|(?P<by>posted[ \t]+by)[ \t]+(?:u/)?(?P<poster>[^\W\d][\w.-]{1,29}))[ \t]*", re.IGNORECASE)
# Words that are no poster's name before "wrote:" ("He wrote:", "Someone wrote:")
_NOT_NAMES = frozenset("""he she they it i we you who one someone somebody anyone everyone nobody
    admin administrator moderator user author editor reader writer poster member op""".split())


def _name_lines(doc: Document) -> list[tuple[int, int, str]]:
    """(threads27) The lines (start, end, name) that are only a poster's name as a post's header:
    "garden_gus wrote:", a bare "u/garden_gus", "Posted by garden_gus" (marked "op" first, as in
    `poster_lines`). A name after "wrote:" or "Posted by" is in a handle's shape (`_HANDLE_SHAPE_RE`)
    or lower case ("valleytrucker"), not one of _NOT_NAMES: "Tom wrote:" is a name, not a handle.
    Read only where the lower-cased text holds "wrote:", a line opening "u/" or "posted by"."""
    lower = doc.analysis.lower_text
    if "wrote:" not in lower and "\nu/" not in lower and not lower.startswith("u/") and "posted by" not in lower:
        return []
    out = []
    for s, e, m in _short_lines_matching(doc, _NAME_LINE_RE, 48):
        if m["user"]:
            out.append((s, e, m["user"].lower()))
            continue
        name = m["wrote"] or m["poster"]
        if name.lower() in _NOT_NAMES or not (_HANDLE_SHAPE_RE.search(name) or name[0].islower()):
            continue
        out.append((s, e, "op " + name.lower() if m["by"] else name.lower()))
    return out


# (threads27) A forum's breadcrumb over a post: "Posted in Greenfingers Forum > Vegetables", "Forums >
# Local News > Roads": a line of two or more parts between ">" (or "»", "›"), opening "Posted in" or
# naming a forum or a board, among the first SUBJECT_LINES lines. A site's own "Home > News > Politics"
# names no forum.
_BREADCRUMB_RE = re.compile(
    r"[ \t]*(?:posted[ \t]+in[ \t]+)?(?P<parts>[^\n>\u00bb\u203a]{2,60}(?:[ \t][>\u00bb\u203a][ \t][^\n>\u00bb\u203a]{2,60}){1,4})",
    re.IGNORECASE)
_FORUM_WORD_RE = re.compile(r"\b(?:forums?|message[ \t]+boards?|boards?|community)\b", re.IGNORECASE)


def breadcrumb_line(doc: Document) -> tuple[int, int] | None:
    """(threads27) The line (start, end) of a forum's breadcrumb among the first SUBJECT_LINES
    non-empty lines (`_BREADCRUMB_RE`), or None; read only where the head holds " > " or "»"."""
    text = doc.text
    head = text[:600]
    if " > " not in head and "\u00bb" not in head and "\u203a" not in head:
        return None
    seen = 0
    for s, e in doc.lines:
        if s >= 600 or seen >= SUBJECT_LINES:
            break
        if not text[s:e].strip():
            continue
        seen += 1
        m = _BREADCRUMB_RE.fullmatch(text, s, e)
        if m and (text[s:e].lstrip()[:9].lower() == "posted in" or _FORUM_WORD_RE.search(m["parts"])):
            return s, e
    return None


# The last document asked about and its thread (a memo on the document object, as voice.forum_post's).
# (pasted30) A chat app's export (WhatsApp, Telegram, Signal saved as text): each message on a line
# opening with its date and time and the sender's name, "[12/03/2026, 09:14] Dave Hollins: ...",
# "12/03/2026, 09:14 - Dave Hollins: ...", "[12.03.26 09:10] Colin Pearce: ..." (a 12-hour clock
# and seconds too: "[3/12/26, 9:14:05 AM]"). The prefix is the message's poster line (furniture:
# its date is the message's, not the text's publication date); the message after it, and the
# lines under it up to the next prefix, are the post. A name is up to CHAT_NAME_MAX_CHARS, no colon.
# (hunt33) The date may lack its year, as a chat copied from the phone shows it ("[12/03, 09:14]
# Name: ..."), and the time may come first ("[09:14, 12/03/2026] Name: ...", WhatsApp's copy of
# selected messages): before, such a chat was read as a news report, "Rose" in "Auntie Rose" a
# verb of change.
_CHAT_DATE = r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
_CHAT_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?"
CHAT_NAME_MAX_CHARS = 40
_CHAT_LINE_RE = re.compile(r"[ \t\u200e]*(?:\[" + _CHAT_DATE + r",?[ \t]+" + _CHAT_TIME + r"\]|"
                           r"\[" + _CHAT_TIME + r",[ \t]*" + _CHAT_DATE + r"\]|"
                           + _CHAT_DATE + r",?[ \t]+" + _CHAT_TIME + r"[ \t]+[-\u2013])[ \t]*"
                           r"(?P<name>[^\s:\[\]][^:\n\[\]]{0,%d}?)[ \t]*:(?:[ \t]|$)" % (CHAT_NAME_MAX_CHARS - 1))
# (a literal "\n" first: the scan looks for it; the text's first line is matched on its own)
_CHAT_HINT_RE = re.compile(r"\n[ \t\u200e]*(?:\[?" + _CHAT_DATE + r",?[ \t]+\d{1,2}[:.]\d{2}|\[\d{1,2}[:.]\d{2}.{0,12}?, ?\d)")
_CHAT_FIRST_RE = re.compile(r"[ \t\u200e]*(?:\[?" + _CHAT_DATE + r",?[ \t]+\d{1,2}[:.]\d{2}|\[\d{1,2}[:.]\d{2}.{0,12}?, ?\d)")


def chat_lines(doc: Document) -> list[tuple[int, int, str]]:
    """(pasted30) The message prefixes of a chat app's export (see above): (start, end of the
    prefix, the sender's name lower-cased), in order; [] where the text holds none."""
    text = doc.text
    if not (_CHAT_FIRST_RE.match(text) or _CHAT_HINT_RE.search(text)):
        return []
    out = []
    for s, e in doc.lines:
        m = _CHAT_LINE_RE.match(text, s, e)
        if m:
            out.append((s, m.end(), " ".join(m.group("name").split()).lower()))
    return out


# (hunt33) WhatsApp's label of a forwarded message, pasted with it ("Forwarded", "Forwarded many
# times"), or a sender's "Forwarded as received": the words under it come from no one the chat
# names, a rumour passed on unless it says where it came from.
# The label is the whole message, or ends in a mark ("Forwarded:", "Forwarded as received -"), or is
# "as received" with the message after it; "Forwarded it to the school" is the sender's own words.
_FORWARDED_RE = re.compile(r"[ \t]*forwarded(?:[ \t]+many[ \t]+times)?(?:[ \t]*(?:[:.!\u2013-]+[ \t]*|$)|[ \t]+as[ \t]+received"
                           r"[ \t]*[:.!\u2013-]*[ \t]*)", re.IGNORECASE | re.MULTILINE)


def forwarded_posts(doc: Document) -> list[tuple[int, int, int, int]]:
    """(hunt33) In a chat app's export (`chat_lines`), each forwarded message: (its label's start
    and end, its words' start and end). The words are the rest of the labelled message, or, where
    the label is the whole message, the sender's next message. [] for most texts."""
    if "forwarded" not in doc.analysis.lower_text:
        return []
    lines = chat_lines(doc)
    if len(lines) < THREAD_MIN_POSTERS:
        return []
    text = doc.text
    ends = [s for s, _, _ in lines[1:]] + [len(text)]
    out = []
    for k, ((s, e, name), end) in enumerate(zip(lines, ends)):
        m = _FORWARDED_RE.match(text, e, end)
        if m is None:
            continue
        if text[m.end():end].strip():
            out.append((m.start(), m.end(), m.end(), end))
        elif k + 1 < len(lines) and lines[k + 1][2] == name:  # the label alone: the sender's next message
            out.append((m.start(), m.end(), lines[k + 1][1], ends[k + 1]))
    return out


_LAST_THREAD: list = [None, None, False]  # the document (a weak reference), its thread, headed by poster lines?


def thread(doc: Document) -> tuple[list[tuple[int, int, str]], str] | None:
    """(voice20) The text as a thread of replies: its poster lines (`poster_lines`, handles
    without the "op" mark) and the author's handle (the one "Posted by" names, else the first
    poster's); None unless THREAD_MIN_POSTERS lines of two handles or more head posts."""
    last = _LAST_THREAD[0]() if _LAST_THREAD[0] is not None else None
    if last is doc:
        return _LAST_THREAD[1]
    lines = poster_lines(doc) or _header_lines(doc)
    chat = not lines
    if chat:
        lines = chat_lines(doc)  # (pasted30) a chat app's export
        chat = bool(lines)
    least = THREAD_MIN_POSTERS
    if not lines:
        lines, least = _by_lines(doc), BY_THREAD_MIN_POSTS  # (web25a) phpBB's "by NAME \u00bb DATE"
    named = len(lines) < least
    if named:
        lines, least = _name_lines(doc), THREAD_MIN_POSTERS  # (threads27)
    found = None
    if len(lines) >= least:
        op = next((h[3:] for _, _, h in lines if h.startswith("op ")), None)
        lines = [(s, e, h.removeprefix("op ")) for s, e, h in lines]
        if len({h for _, _, h in lines}) >= 2:
            if op is None and (chat or named and _head_only(doc.text[: lines[0][0]])):
                op = lines[0][2]  # (pasted30: a chat's first sender, whatever system line stands above)
            found = (lines, op or _author(doc.text, lines))
    headed = found is not None
    if found is None:
        found = _qa_thread(doc) or _social_thread(doc)
    _LAST_THREAD[:] = [weakref.ref(doc), found, headed]
    return found


# (names29) Words one of which a thread saved as text holds (lower-cased) where `thread` may read it:
# its poster lines' and buttons' words. A text without any is read no further by `first_poster`.
_THREAD_WORDS_RE = re.compile(r"wrote\s*:|u/|@|\breply\b|posted|\basked\b|\banswered\b|joined\s*:|\u00bb"
                             r"|\n[ \t\u200e]*\[?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[ \t]+\d{1,2}[:.]\d{2}"  # (pasted30: a chat)
                             r"|\n[ \t\u200e]*\[\d{1,2}[:.]\d{2}.{0,12}?, ?\d")  # (hunt33: the time first)


def first_poster(text: str) -> tuple[str, str]:
    """(names29) The author of a thread saved as a text file (`thread`: its first poster, the one
    "Posted by" names, an AMA's host, a Q&A page's asker), as the thread writes the name
    ("binwatch_al", "Marta Kowal"), and the poster line it stands on ("binwatch_al wrote:"); ("",
    "") where the text is no thread or the thread names no author (comments under an article).
    The file reader fills the author field with it where nothing else gives one."""
    if not _THREAD_WORDS_RE.search("\n" + text.lower()):  # ("\n": a chat's first line too)
        return "", ""
    from .text import prepare

    doc = prepare(text)
    found = thread(doc)
    if found is None or not found[1].strip():
        return "", ""
    lines, author = found
    author = author.strip()
    line = next((doc.text[s:e].strip() for s, e, h in lines if h.strip().lower() == author.lower()), "")
    at = line.lower().find(author.lower())  # the name as the line writes it ("Marta Kowal", read in lower case)
    return (line[at : at + len(author)] if at >= 0 else author), line


def headed_thread(doc: Document) -> tuple[list[tuple[int, int, str]], str] | None:
    """`thread`, where its posts are headed by poster lines ("u/pine_pete \u00b7 41 points",
    "garden_gus wrote:", a forum's post headers); None for a Q&A page's thread (its posts signed at
    their feet) and a social site's comment thread (replies over "Reply" buttons), whose forum
    furniture cue the author's own post's lines decide (forum26)."""
    found = thread(doc)
    return found if found is not None and _LAST_THREAD[2] else None


# (threads27) The head of a thread copied from its page: its subject, its community ("r/HollowayCity") and
# the forum's breadcrumb, each a short line; at most HEAD_ONLY_LINES of them. An opening post without a
# poster line of its own (an AMA's host) runs longer.
HEAD_ONLY_LINES = 3
HEAD_LINE_MAX_CHARS = 100


def _head_only(text: str) -> bool:
    """(threads27) Is `text` (what comes before a thread's first poster line) only its head: at most
    HEAD_ONLY_LINES non-empty lines of HEAD_LINE_MAX_CHARS characters or fewer? Then the first
    poster started the thread, and is its author."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) <= HEAD_ONLY_LINES and all(len(line) <= HEAD_LINE_MAX_CHARS for line in lines)


def _author(text: str, lines: list[tuple[int, int, str]]) -> str:
    """The author's handle where no "Posted by" names one: the first poster's when the text opens
    with its line, else (the opening post has no line of its own: an AMA's host, who answers the
    others) the handle heading more posts than any other; "" (no one's: every post is another
    member's, as comments under an article are) when none does."""
    if not text[: lines[0][0]].strip():
        return lines[0][2]
    counts: dict[str, int] = {}
    for _, _, handle in lines:
        counts[handle] = counts.get(handle, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    return max(counts, key=counts.__getitem__) if ranked[0] > ranked[1] else ""


def _others_posts(doc: Document) -> list[tuple[int, int]]:
    """(voice20) In a thread (`thread`), the posts under another handle than the author's: from
    the end of each such poster line to the next poster line (or the end of the text)."""
    found = thread(doc)
    if found is None:
        return []
    lines, op = found
    if _QA_SIGNATURE_RE.fullmatch(doc.text, lines[0][0], lines[0][1]):
        # (forum25) a Q&A post runs up to its signature, from the signature before it
        posts = [(before[1], s) for before, (s, _, handle) in zip(lines, lines[1:]) if handle != op]
        # (forum26) and each comment under a post is its signer's: the asker's are the author's
        # words, another member's are theirs, also under the last answer
        comments = _qa_comments(doc, lines[0][1])
        if not comments:
            return posts
        posts = _without(posts, [(s, e) for s, e, name in comments if name == op])
        return sorted(posts + [(s, e) for s, e, name in comments if name != op])
    ends = [s for s, _, _ in lines[1:]] + [len(doc.text)]
    posts = [(e, end) for (s, e, handle), end in zip(lines, ends) if handle != op and e < end]
    # (hunt33) a message forwarded in a chat is no member's words: a rumour passed on is the chat's
    forwarded = forwarded_posts(doc) if posts else []
    return _without(posts, [(ls, we) for ls, _, _, we in forwarded]) if forwarded else posts


# (forum26) A comment under a Q&A site's post, copied as text: its words, then a dash, the
# commenter's name and the date ("Which model is it? – Volt Nerd Nov 4, 2024 at 20:30").
_QA_COMMENT_RE = re.compile(r"[ \t][\u2013\u2014-][ \t]*(?P<name>[^\s\u2013\u2014][^\n\u2013\u2014]{0,39}?)[ \t]+"
                            r"(?:commented[ \t]+)?" + _QA_DATE + r"[ \t]*\Z", re.IGNORECASE)
QA_COMMENT_MAX_CHARS = 700


def _qa_comments(doc: Document, after: int) -> list[tuple[int, int, str]]:
    """(forum26) The comment lines (start, end, commenter in lower case) of a Q&A page after
    `after` (the asker's signature's end): see _QA_COMMENT_RE."""
    text, out = doc.text, []
    for s, e in doc.lines:
        if s < after or e - s > QA_COMMENT_MAX_CHARS or e - s < 12:
            continue
        m = _QA_COMMENT_RE.search(text, max(s, e - 90), e)
        if m is not None and m.start() > s and not _QA_SIGNATURE_RE.fullmatch(text, s, e):
            out.append((s, e, m["name"].strip().lower()))
    return out


def _without(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` less the parts inside `holes` (both lists of (start, end))."""
    out = []
    for s, e in spans:
        at = s
        for hs, he in sorted(holes):
            if he <= at or hs >= e:
                continue
            if hs > at:
                out.append((at, hs))
            at = max(at, he)
        if at < e:
            out.append((at, e))
    return out


def qa_question_end(doc: Document) -> int:
    """(web25a) In a Q&A thread (`thread`, read from its signatures), where the asker's question
    ends: the start of the asker's signature line; -1 for other texts. The question's "?" are the
    asker's question to the site, not rhetorical ones (`scorers.loaded_language`)."""
    found = thread(doc)
    if found is None:
        # (web29) a question no one has answered yet: the asker's dated signature its only one
        if "asked" not in doc.analysis.vocabulary:
            return -1
        signed = list(_short_lines_matching(doc, _QA_SIGNATURE_RE, 160))
        if len(signed) == 1 and _QA_ASKED_DATE_LINE_RE.match(doc.text, signed[0][0]) and not doc.text[signed[0][1]:].strip():
            return signed[0][0]  # (the text's last line: a page holding the question alone)
        return -1
    lines, _ = found
    s, e, _ = lines[0]
    return s if _QA_SIGNATURE_RE.fullmatch(doc.text, s, e) else -1


def other_posts(doc: Document) -> list[tuple[int, int]]:
    """(forum26) In a thread (`thread`), the spans of the posts of other members than the author
    (their words and the lines under them): [] for most texts."""
    return _others_posts(doc)


def quoted_posts(doc: Document) -> list[tuple[int, int]]:
    """The quoted posts of a forum post: after a "Quote from: NAME" or "NAME wrote:" line, the
    rest of its paragraph, or the next paragraph where the header is a paragraph of its own;
    (voice20) and in a thread of replies, the other members' posts (`_others_posts`)."""
    others = _others_posts(doc)
    lower = doc.analysis.lower_text
    if "quote from:" not in lower and "wrote:" not in lower:
        return others
    found = thread(doc)
    if found is not None and _NAME_LINE_RE.fullmatch(doc.text, found[0][0][0], found[0][0][1]):
        return others  # (threads27) its "NAME wrote:" lines head the thread's posts: they quote no one
    from .voice import forum_post

    if not forum_post(doc):
        return others
    text, paragraphs, out = doc.text, doc.paragraphs, others
    for p, (ps, pe) in enumerate(paragraphs):
        nl = text.find("\n", ps, pe)
        head_end = nl if nl >= 0 else pe
        if not (_QUOTE_FROM_RE.fullmatch(text, ps, head_end) or _WROTE_RE.fullmatch(text, ps, head_end)):
            continue
        if nl >= 0 and text[nl:pe].strip():
            out.append((nl + 1, pe))
        elif p + 1 < len(paragraphs):
            out.append(paragraphs[p + 1])
    return out


def with_quoted_posts(doc: Document, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`blocks` (sorted spans: `blockquotes.reported_blocks`) with the quoted posts added, sorted
    and not overlapping (a span inside another is merged into it); `blocks` itself where the text
    quotes no post (most texts)."""
    quoted = quoted_posts(doc)
    if not quoted:
        return blocks
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(blocks) | set(quoted)):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out

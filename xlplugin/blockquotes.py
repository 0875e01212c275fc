"""Someone else's words set apart as a block, without quotation marks.

A web page's text loses the markup of a block quotation: the paragraph an article quotes (a
statement, a post, a report's passage) stands as a plain paragraph. Two shapes tell a reader it
is not the author's prose, and `reported_blocks(doc)` finds both:

- a paragraph introduced by the one before it, whose last sentence ends with a colon and names
  whose words follow: a source with a verb of saying (the attribution pass, `xlplugin.cues`;
  "He later added:", "ABC News reports:"; a vague source such as "experts say" does not count)
  or a word of [block_intro_words] in loaded_language.txt ("The caption read:", "Per the
  paper:"): the one paragraph after it is the quoted words;
- an embedded social-media post: a paragraph followed by the post's credit line, "— Name
  (@handle) date" (`CREDIT_RE`), or Instagram's "A post shared by Name (@handle)": that
  paragraph is the post; where the credit is the last line of a paragraph (a post pasted with
  single line breaks), the lines right above it in its paragraph are the post, no more of them
  than one post can hold (`embedded_posts`, `_post_start`).

(forum26) A reader's letter quoted in an advice column is a block too (`xlplugin.reader_letters`).

(lift31) Several posts reprinted under a line that says so are all the poster's (`_continued`):
after an account alone on a line ("@NAME :", "Mayor Dana Quill (@harbour_mayor):"), an
introduction of several posts ("He sent these tweets:", "The following statements were posted
...:") or a date alone after a post's introduction ("On May 2:"), each next paragraph of a post's
length, up to one that ends with a colon, speaks of the poster or the post in the third person or
names a source with a verb of saying; the next items of a list that a quoted block opens are the
source's too. A compilation of readers' comments under its invitation to send them, and the
comments under a page's comment section head, are the readers' (`reader_letters.comment_lines`).
(polnear31) So are the letters of a letters page, each signed by its writer
(`reader_letters.page_letters`).

Used by `xlplugin.scorers.loaded_language`: loaded words, first-person words and questions there
belong to the person quoted, as inside quotation marks. Text reposted with no source named
("Copied from another site, can't find the link:") stays the document's own. Blind spots: a block
quotation of several paragraphs counts only its first (but posts and list items, above); a
single post's introduction ("he tweeted:") takes one paragraph; an introduction without a colon; an
author's own list after "the reasons are:" is the author's (no source, no listed word).
"""

from __future__ import annotations

import bisect
import re

from . import forum_posts, reader_letters
from .cues import UNSOURCED_KINDS
from .phrases import words
from .text import Document

__all__ = ["CREDIT_RE", "SHARED_BY_RE", "embedded_posts", "inside", "reported_blocks", "warm_up"]

# The credit line of an embedded post: a dash, a name, the account in brackets, then a date or
# nothing ("— Jane Roe (@janeroe) May 3, 2017").
CREDIT_RE = re.compile(r"[\u2014\u2013-]{1,2}\s*[^\n]{1,80}?\(@\w{1,30}\)[^\n]{0,40}")
# Instagram's credit under an embedded post: "A post shared by Lila Moss (@lilamoss)" (its handles
# may hold full stops), or the account alone ("A post shared by @lilamoss"). (inputs16)
SHARED_BY_RE = re.compile(r"[ \t]*A post shared by (?:[^\n()]{1,60}?\(@[\w.]{1,30}\)|@[\w.]{1,30})[^\n]{0,40}")
_intro_words: frozenset[str] | None = None


def warm_up() -> None:
    global _intro_words
    if _intro_words is None:
        _intro_words = words("loaded_language.txt", "block_intro_words")


def _introduces(doc: Document, sentence_index: int) -> bool:
    """Does the sentence end its paragraph with a colon after a source and its verb of saying
    ("He said:") or a listed word ("The caption read:")?"""
    sentence = doc.sentences[sentence_index]
    if not sentence.text.rstrip().endswith(":"):
        return False
    attr = doc.analysis.attributions[sentence_index]
    if attr is not None and attr.kind not in UNSOURCED_KINDS:
        return True
    assert _intro_words is not None
    return any(lw in _intro_words for lw in doc.lowers[sentence.first_token : sentence.last_token])


def reported_blocks(doc: Document) -> list[tuple[int, int]]:
    """Paragraph spans (start, end) that hold someone else's words set apart as a block, in order."""
    if ":" not in doc.text and "(@" not in doc.text and "A post shared by @" not in doc.text:
        # neither shape is possible (most texts); (voice20) a thread's other posts may still be,
        # (forum26) and an advice column's letters from readers
        return forum_posts.with_quoted_posts(doc, _merged(sorted(reader_letters.letters(doc) + reader_letters.comment_lines(doc)
                                                                 + reader_letters.page_letters(doc))))
    warm_up()
    paragraphs = doc.paragraphs
    blocks: set[int] = set()
    posts_seen = False
    for k in _colon_enders(doc):
        p = doc.sentences[k].paragraph
        if p + 1 >= len(paragraphs):
            continue
        # (lift31) a line of an account alone ("@city_hall :"), or of a date alone after an
        # introduction of posts ("On April 2:"), introduces the account's posts
        handle = _HANDLE_INTRO_RE.fullmatch(doc.sentences[k].text.strip()) is not None
        dated = posts_seen and _DATE_INTRO_RE.fullmatch(doc.sentences[k].text.strip()) is not None
        if handle or dated or _introduces(doc, k):
            blocks.add(p + 1)
            posts = handle or dated or _names_posts(doc, k, _POST_WORDS)
            posts_seen = posts_seen or posts or _names_posts(doc, k, _ONE_POST_WORDS)
            blocks.update(_continued(doc, p + 1, posts))
    spans = [paragraphs[p] for p in sorted(blocks)]
    # an embedded post, without its credit line (a furniture line: xlplugin.prose)
    spans += [(start, post_end) for start, post_end, _ in embedded_posts(doc) if start < post_end]
    # (forum26) a reader's letter in an advice column ("Dear Ruth, ... Signed, Worried" before
    # "Dear Worried,"): xlplugin/reader_letters.py
    spans += reader_letters.letters(doc)
    # (lift31) a compilation of readers' short comments under its invitation to send them
    spans += reader_letters.comment_lines(doc)
    # (polnear31) a letters page's letters, each signed by its writer
    spans += reader_letters.page_letters(doc)
    spans = sorted(set(spans))
    # (prov14) a forum's quoted posts ("Quote from: NAME", "NAME wrote:"): xlplugin/forum_posts.py
    return forum_posts.with_quoted_posts(doc, _merged(spans))


# (lift31) A line that is an account alone before its posts ("@realDonaldTrump :", "Mayor Ruiz
# (@mayor_ruiz):"), a date alone ("On April 2:", "April 2, 2018:", "Later that day:"), a list item.
_HANDLE_INTRO_RE = re.compile(r"(?:[^\n:@]{1,60}\()?@\w{1,30}\)?\s*:")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATE_INTRO_RE = re.compile(
    rf"(?i)(?:(?:on|early|late|later)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?"
    rf"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later that day|the next day)\s*:")
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:[-\u2022*]|\d{1,2}[.)])[ \t]+\S")
# The words of an introduction that says several posts follow ("He sent these tweets:", "The
# following statements were posted to ...:"; not "he tweeted:", one post), and those that, in a
# paragraph after the posts, tell the author speaking of them again ("The tweet came ...", "He
# later deleted the post", "Smith told reporters ...").
_POST_WORDS = frozenset("tweets posts statements messages comments following".split())
_ONE_POST_WORDS = frozenset("tweet tweeted retweeted post posted wrote".split())
_AFTER_POST_WORDS = frozenset("he she him his her hers tweet tweets tweeted post posts posted".split())
# At most this many paragraphs of posts follow one introduction of posts.
POSTS_MAX = 12


def _names_posts(doc: Document, k: int, names: frozenset[str]) -> bool:
    """Does sentence `k` hold one of `names` (`_POST_WORDS`: several posts follow; `_ONE_POST_WORDS`:
    one does, and a date alone on a later line, "On April 2:", introduces the poster's next ones)?"""
    sentence = doc.sentences[k]
    return any(lw in names for lw in doc.lowers[sentence.first_token : sentence.last_token])


def _continued(doc: Document, first: int, posts: bool) -> list[int]:
    """(lift31) The paragraphs after `first` (a block introduced by a colon) that go on with it:
    the next items of a list that the block opens ("The union's statement reads:" then
    "- ..." items), and, after an introduction of several posts (`posts`: "@NAME :", "He sent
    these tweets:", a date alone after such a line), the next paragraphs of a post's length
    (`TWEET_MAX_CHARS`), up to one that ends with a colon (the next introduction), speaks of the
    poster or the post in the third person (`_AFTER_POST_WORDS`) or names a source with a verb of
    saying: the author's own paragraph again. Someone's several posts or a statement's several
    points are all theirs, not only the first."""
    text, paragraphs = doc.text, doc.paragraphs
    start, end = paragraphs[first]
    listed = _LIST_ITEM_RE.match(text, start) is not None
    if not listed and not posts:
        return []
    out: list[int] = []
    q = first + 1
    while q < len(paragraphs) and len(out) < POSTS_MAX:
        start, end = paragraphs[q]
        body = text[start:end].strip()
        if not body or body.endswith(":"):
            break
        if listed:
            if _LIST_ITEM_RE.match(text, start) is None:
                break
        else:
            if len(_ADDRESS_RE.sub("", body)) > TWEET_MAX_CHARS or _speaks_of_post(doc, start, end):
                break
        out.append(q)
        q += 1
    return out


def _speaks_of_post(doc: Document, start: int, end: int) -> bool:
    """Does the paragraph from `start` to `end` speak of a poster or a post in the third person,
    or name a source with a verb of saying (the author's paragraph after the posts)?"""
    starts = doc.analysis.sentence_starts
    k = bisect.bisect_right(starts, start) - 1
    k = max(k, 0)
    while k < len(doc.sentences) and doc.sentences[k].start < end:
        sentence = doc.sentences[k]
        if sentence.end > start:
            attr = doc.analysis.attributions[k]
            if attr is not None and attr.kind not in UNSOURCED_KINDS:
                return True
            if any(lw in _AFTER_POST_WORDS for lw in doc.lowers[sentence.first_token : sentence.last_token]):
                return True
        k += 1
    return False


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with those that overlap made one (`inside` needs them apart)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _credit_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines (start, end) of `doc` that are an embedded post's credit (`CREDIT_RE`, a line of
    its own, or `SHARED_BY_RE`)."""
    text, found = doc.text, []
    if "(@" not in text and "A post shared by @" not in text:
        return found  # (every credit holds one of these)
    for start, end in doc.lines:
        if start < end and (CREDIT_RE.fullmatch(text, start, end) or SHARED_BY_RE.fullmatch(text, start, end)):
            found.append((start, end))
    return found


# A post's longest text: a tweet holds at most 280 characters, an Instagram caption 2,200 (the
# networks' own limits), web addresses not counted (Twitter counts a link as 23 characters, and a
# pasted post shows the whole address). (ptc17)
TWEET_MAX_CHARS = 280
CAPTION_MAX_CHARS = 2200
_ADDRESS_RE = re.compile(r"\S*(?:://|www\.|pic\.twitter\.com/)\S*")


def _post_start(doc: Document, paragraph_start: int, credit: int, end: int, credit_starts: set[int]) -> int:
    """Where a post pasted with single line breaks starts: the lines right above its credit line
    (at `credit`), up to as many as one post can hold (`TWEET_MAX_CHARS`, or `CAPTION_MAX_CHARS`
    under Instagram's "A post shared by"), and never before the start of its paragraph, another
    post's credit line or a line ending with a colon (the author's lead-in, "Trump tweeted:").
    The line right above the credit is always the post's. (ptc17: on a page with one sentence a
    line and no blank lines, the whole article above the credit had been read as the post.)"""
    text = doc.text
    limit = CAPTION_MAX_CHARS if SHARED_BY_RE.fullmatch(text, credit, end) else TWEET_MAX_CHARS
    start, used = credit, 0
    while start > paragraph_start:
        line_start = text.rfind("\n", paragraph_start, start - 1) + 1 or paragraph_start
        line = text[line_start : start - 1]
        if line_start in credit_starts or (start < credit and line.rstrip().endswith(":")):
            break
        used += len(_ADDRESS_RE.sub("", line).strip())
        if start < credit and used > limit:
            break
        start = line_start
    return start


def embedded_posts(doc: Document) -> list[tuple[int, int, int]]:
    """The posts embedded from a social network (a tweet, an Instagram post) in `doc`, each as
    (start, post_end, end): the post's text from `start` to `post_end`, its credit line ending at
    `end`. The post is the paragraph before a credit line that is a paragraph of its own, or
    the lines right above the credit in its paragraph (`_post_start`). Someone else's words,
    shown on the page: loaded language reads them as quoted (`reported_blocks`), sentiment not
    at all."""
    posts = []
    paragraphs = doc.paragraphs
    starts = [start for start, _ in paragraphs]
    credits = _credit_lines(doc)
    credit_starts = {credit for credit, _ in credits}
    for credit, end in credits:
        p = bisect.bisect_right(starts, credit) - 1
        if p < 0:
            continue
        if paragraphs[p][0] < credit:  # the credit ends a paragraph: the lines above it
            if not _YEAR_RE.search(doc.text, credit, end):
                continue  # (a list of accounts, "- Dana Okafor (@dana_okafor)", credits no post)
            posts.append((_post_start(doc, paragraphs[p][0], credit, end, credit_starts), credit, end))
        elif p > 0:
            posts.append((*paragraphs[p - 1], end))
    return posts


def _colon_enders(doc: Document) -> list[int]:
    """The indices of the sentences that end their paragraph and hold a colon, in order: the only
    ones `_introduces` can say yes to (it asks for a colon at the end). Found from the text's
    colons (a few per article) rather than from every sentence and paragraph; the sentences
    come in text order, their paragraphs with them, so a sentence ends its paragraph when the
    next sentence starts another. (tests/test_blockquotes_fast.py)"""
    text, sentences = doc.text, doc.sentences
    starts = doc.analysis.sentence_starts
    out: list[int] = []
    p = text.find(":")
    while p >= 0:
        k = bisect.bisect_right(starts, p) - 1
        if k >= 0 and p < sentences[k].end:
            if k + 1 == len(sentences) or sentences[k + 1].paragraph != sentences[k].paragraph:
                out.append(k)
            p = sentences[k].end  # (one entry per sentence: on from its end)
        p = text.find(":", p + 1)
    return out


def inside(blocks: list[tuple[int, int]], pos: int) -> bool:
    """Is character `pos` in one of `blocks` (sorted, not overlapping: `reported_blocks`)?"""
    i = bisect.bisect_right(blocks, (pos, float("inf"))) - 1
    return i >= 0 and blocks[i][0] <= pos < blocks[i][1]

"""(advert30) A page written for search engines, not for readers: read by `xlplugin.kinds` (computed `search_page`).

A content farm's page repeats the words it wants to be found by ("roof repair near me", "roof repair costs", "the best
roof repair company near me") and tells the reader what it is about to do ("In this article we will explain everything
you need to know about ..."). `search_page(lower, lowers)` needs both:

- a sign of writing for search in the writer's words: "in this article/guide/post we will" (or "we'll"), "this complete
  (or ultimate, comprehensive) guide", "everything you need to know about", or "near me" three times or more; (kinds32)
  or a ranking's search words: "best <thing> in 2026" ("the best cordless vacuum cleaners in 2026", "best electric bikes
  for commuting in 2026"; not "best year", "best month", "best results": a report's words), "top 10 best", "buyer's
  guide", "check the latest price", "you've come to the right place", on a short line (150 characters at most) with
  which the phrase stuffed in shares a word (the title naming the thing ranked: "cordless vacuum cleaner" x16; a "Top 10 Best ... Quotes"
  page whose most repeated phrase is its own furniture is none);
- keyword stuffing: one phrase of three words, none a function word ("roof repair near" is none: "near"; "roof repair
  costs" is one), STUFFED_MIN times or more and STUFFED_RATE or more per 1,000 words. (kinds32) A phrase is counted
  with its words' plural "s" left off ("best electric bike" and "best electric bikes" are one phrase): the page stuffs
  both forms of what is searched for.

A report repeats a name ("Prime Minister Keir Starmer") but not at that rate, and no report announces "In this article
we will"; a guide that announces itself but writes plainly repeats no phrase so.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["search_page", "STUFFED_MIN", "STUFFED_RATE"]

STUFFED_MIN = 5  # times one three-word phrase stands in the text
STUFFED_RATE = 8.0  # ... per 1,000 words
RANKING_LINE_CHARS = 150  # (kinds32) a ranking's sign stands on a title's, a heading's or a short line of its own
_SIGN_RE = re.compile(r"\bin this (?:article|guide|post|blog post|blog|page),? (?:we will|we'll|we\u2019ll|i will|i'll|you will|you'll)\b"
                      r"|\bthis (?:complete|ultimate|comprehensive|definitive) guide\b|\beverything you need to know about\b")
# (kinds32) a ranking written for the searcher's words: "best <thing> in/for/of 2026" (not "best year", "best results": a
# report's), "top 10 best", "buyer's guide", "check the latest price", "you've come to the right place". Such a sign counts
# on a short line (a title, a heading: RANKING_LINE_CHARS) where the phrase stuffed in shares a word with that line (the
# thing ranked): "top 10 best" in a paragraph of a page whose most repeated phrase is its own furniture is none
_RANKING_RE = re.compile(
    r"\bbest (?!(?:year|month|week|quarter|season|day|start|run|result|results|performance|showing|level|sales|figures?)\b)"
    r"[a-z][a-z' -]{2,50}? (?:in|for|of) 20\d\d\b|\btop \d{1,2} best\b|\bbuy(?:er'?s|er\u2019s|ing) guide\b"
    r"|\b(?:check|see) (?:the )?(?:latest|current|today's|today\u2019s) price\b|\byou(?:'ve| have|\u2019ve) come to the right place\b")
_RANKING_WORDS = frozenset("best top buyer buying guide check see latest current today price right place come".split())
_RANKING_ANCHORS = ("best", "buyer's guide", "buyers guide", "buyer\u2019s guide", "buying guide", "latest price",
                    "current price", "today's price", "today\u2019s price", "right place")  # (every match holds one)
_RANKING_GATE = frozenset(("best", "guide", "price", "place"))
_CHEAP = ("in this article", "in this guide", "in this post", "in this blog", "in this page", " guide", "everything you need",
          "near me")  # (the cheap check: a text holding none of these is no search page)
_FUNCTION = frozenset("""a an the and or but of to in on at by for with from into as is are was were be been it its this
that these those you your we our i my me he she they them their his her near not no so if than then there here what which
who how why when where can will would should could may might do does did has have had""".split())
_WORD_RE = re.compile(r"[a-z]+")


_RARE_WORDS = frozenset(("guide", "everything", "near", "best", "price", "place"))
_PAGE_WORDS = frozenset(("article", "post", "blog", "page"))
_WILL_WORDS = frozenset(("will", "we'll", "i'll", "you'll", "we\u2019ll", "i\u2019ll", "you\u2019ll"))


def _singular(word: str) -> str:
    """(kinds32) The word with a plural "s" left off, for counting a phrase in both its forms ("bikes": "bike"); a
    short word, a function word and one ending "ss" or "us" are kept ("its", "this", "glass", "bus")."""
    if len(word) <= 3 or word[-1] != "s" or word[-2] in "su" or word in _FUNCTION:  # ("this", "does" are kept)
        return word
    return word[:-1]


def _ranking(lower: str) -> re.Match[str] | None:
    """The first match of `_RANKING_RE` in `lower`, or None: looked for only on the lines that hold one of its anchors
    (a match never crosses a line)."""
    lines = set()
    for anchor in _RANKING_ANCHORS:
        at = lower.find(anchor)
        while at != -1:
            lines.add(lower.rfind("\n", 0, at) + 1)
            at = lower.find(anchor, at + len(anchor))
    for start in sorted(lines):
        end = lower.find("\n", start)
        found = _RANKING_RE.search(lower, start, end if end != -1 else len(lower))
        if found is not None:
            return found
    return None


def search_page(lower: str, vocabulary: frozenset[str] | None = None) -> str | None:
    """A sign of writing for search and a phrase stuffed into the lower-cased text `lower`, as a note, or None
    (`vocabulary`: the document's lower-cased words, where known: the cheapest check)."""
    signs = (vocabulary is None or not _RARE_WORDS.isdisjoint(vocabulary)
             or not (_PAGE_WORDS.isdisjoint(vocabulary) or _WILL_WORDS.isdisjoint(vocabulary))) \
        and any(word in lower for word in _CHEAP)
    sign = _SIGN_RE.search(lower) if signs else None
    near = len(re.findall(r"\bnear me\b", lower)) if signs else 0
    ranking = _ranking(lower) if sign is None and (vocabulary is None or not _RANKING_GATE.isdisjoint(vocabulary)) else None
    if sign is None and ranking is None and near < 3:
        return None
    words = _WORD_RE.findall(lower)
    if len(words) < 100:
        return None
    words = [_singular(word) for word in words]
    phrases = Counter(zip(words, words[1:], words[2:]))
    best = next(((p, n) for p, n in phrases.most_common(40) if _FUNCTION.isdisjoint(p)), None)
    if best is None or best[1] < STUFFED_MIN or 1000.0 * best[1] / len(words) < STUFFED_RATE:
        return None
    if ranking is not None and near < 3:
        start, end = lower.rfind("\n", 0, ranking.start()) + 1, lower.find("\n", ranking.end())
        line = lower[start:end if end != -1 else len(lower)]
        named = {_singular(word) for word in _WORD_RE.findall(line) if len(word) > 2}
        if len(line) > RANKING_LINE_CHARS or (named - _FUNCTION - _RANKING_WORDS).isdisjoint(best[0]):
            return None  # not a title's or a heading's line, or the phrase stuffed in is not the thing it names
        sign = ranking
    said = sign.group() if sign else f"'near me' x{near}"
    return f"{said!r}; {' '.join(best[0])!r} x{best[1]}"

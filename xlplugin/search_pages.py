"""(advert30) A page written for search engines, not for readers: read by `xlplugin.kinds` (computed `search_page`).

A content farm's page repeats the words it wants to be found by ("roof repair near me", "roof repair costs", "the best
roof repair company near me") and tells the reader what it is about to do ("In this article we will explain everything
you need to know about ..."). `search_page(lower, lowers)` needs both:

- a sign of writing for search in the writer's words: "in this article/guide/post we will" (or "we'll"), "this complete
  (or ultimate, comprehensive) guide", "everything you need to know about", or "near me" three times or more;
- keyword stuffing: one phrase of three words, none a function word ("roof repair near" is none: "near"; "roof repair
  costs" is one), STUFFED_MIN times or more and STUFFED_RATE or more per 1,000 words.

A report repeats a name ("Prime Minister Keir Starmer") but not at that rate, and no report announces "In this article
we will"; a guide that announces itself but writes plainly repeats no phrase so.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["search_page", "STUFFED_MIN", "STUFFED_RATE"]

STUFFED_MIN = 5  # times one three-word phrase stands in the text
STUFFED_RATE = 8.0  # ... per 1,000 words
_SIGN_RE = re.compile(r"\bin this (?:article|guide|post|blog post|blog|page),? (?:we will|we'll|we\u2019ll|i will|i'll|you will|you'll)\b"
                      r"|\bthis (?:complete|ultimate|comprehensive|definitive) guide\b|\beverything you need to know about\b")
_CHEAP = ("in this article", "in this guide", "in this post", "in this blog", "in this page", " guide", "everything you need",
          "near me")  # (the cheap check: a text holding none of these is no search page)
_FUNCTION = frozenset("""a an the and or but of to in on at by for with from into as is are was were be been it its this
that these those you your we our i my me he she they them their his her near not no so if than then there here what which
who how why when where can will would should could may might do does did has have had""".split())
_WORD_RE = re.compile(r"[a-z]+")


_RARE_WORDS = frozenset(("guide", "everything", "near"))
_PAGE_WORDS = frozenset(("article", "post", "blog", "page"))
_WILL_WORDS = frozenset(("will", "we'll", "i'll", "you'll", "we\u2019ll", "i\u2019ll", "you\u2019ll"))


def search_page(lower: str, vocabulary: frozenset[str] | None = None) -> str | None:
    """A sign of writing for search and a phrase stuffed into the lower-cased text `lower`, as a note, or None
    (`vocabulary`: the document's lower-cased words, where known: the cheapest check)."""
    if vocabulary is not None and _RARE_WORDS.isdisjoint(vocabulary) \
            and (_PAGE_WORDS.isdisjoint(vocabulary) or _WILL_WORDS.isdisjoint(vocabulary)):
        return None
    if not any(word in lower for word in _CHEAP):
        return None
    sign = _SIGN_RE.search(lower)
    near = len(re.findall(r"\bnear me\b", lower))
    if sign is None and near < 3:
        return None
    words = _WORD_RE.findall(lower)
    if len(words) < 100:
        return None
    phrases = Counter(zip(words, words[1:], words[2:]))
    best = next(((p, n) for p, n in phrases.most_common(40) if _FUNCTION.isdisjoint(p)), None)
    if best is None or best[1] < STUFFED_MIN or 1000.0 * best[1] / len(words) < STUFFED_RATE:
        return None
    said = sign.group() if sign else f"'near me' x{near}"
    return f"{said!r}; {' '.join(best[0])!r} x{best[1]}"

"""An expert the text gives no place (loaded_language version 99, indep34): a doctor or professor
cited for what they say, whom no sentence that names them ties to a body a reader could check.

Health, money and science pieces written to sell or to scare lean on a title instead of a source:
"Dr. Alan Prewitt, who has spent two decades studying natural anti-inflammatories, told me that
...", "Dr. Karen Sutton, a metabolic health expert, says ...", "Financial analyst Dr. Martin
Reece, who predicted the last crisis, believes ...". The title makes the claim sound checked; the
text names no university, hospital, company, agency or study the person works in, so nobody can
find them. Careful reports place the same kind of person: "Dr. Hannah Okafor, a rheumatologist at
the University of Leeds", "an epidemiologist and the study's senior author", "Professor Mark
Ellison, who chairs the arthritis guideline group at ...". Each unplaced expert is one editorial
term for loaded language, as "Studies have shown" and a study the text never names are.

A person is an expert here when a title of [expert_title_words] stands right before their name
("Dr.", "Professor", "Prof."; one to three capitalised words), outside quotations, and they are
cited: a verb of [expert_voice_verbs] or a quotation in the sentence that names them, at a mention
that gives a first name and a surname ("Dr. King", "Dr. Oz" alone refer back to someone the reader
knows, or to a full mention before: they are never where an expert is introduced). They are
placed, and count nothing, when any sentence of the text that names them (the title's sentence,
or another holding their surname) has, outside its quotations, a capitalised word that is not
their name, their title, the sentence's first word, "I", a day or a month ("the University of
Leeds", "NHS", "Columbia", "the BBC", "a GP in Leeds"), a word of [expert_place_words] ("the
study's senior author", "a co-author", "who led the work"), or "at", "of" or "from" then "the",
"a", "an", "its" or "their" ("a consultant at the agency", "head of the clinic"). A historical
figure ("Dr. Martin Luther King Jr.") is no source cited: a name closed by "Jr." or "Sr.", and a
sentence with "once" or "famously", count nothing.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .phrases import words as section_words
from .text import Document

__all__ = ["DATA", "DETAIL", "unplaced_experts"]

DATA = "loaded_language.txt"
DETAIL = ("expert cited with no university, hospital, company or body named for them: "
          "an appeal to unchecked authority, a loaded term")

_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split())
_TIES = frozenset(("co-author", "coauthor", "led"))  # place words that tie alone ("who led the work")
_TITLES = frozenset("dr doctor professor prof mr mrs ms miss sir dame".split())
_NAME = r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*"
_PLACE_RE = re.compile(r"\b(?:at|from)\s+(?:the|a|an|its|their)\s+[a-z]")
# a role noun of [expert_place_words] counts after a possessive or "the" within three words
# ("the study's senior author", "the lead author", "its chief scientist"), not after "a"
_OWNER_RE = re.compile(r"(?:['’]s|\b(?:the|its|their|our))$")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SUFFIX_RE = re.compile(r"(?:\s+[A-Z][a-z]+)*\s*,?\s*[JS]r\b")
_HISTORY_RE = re.compile(r"\b(?:once|famously)\s+(?:said|wrote|told|remarked|declared|observed|put it)\b")


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    titles = sorted(section_words(DATA, "expert_title_words"))
    forms = "|".join(t.capitalize() + (r"\.?" if len(t) <= 4 else "") for t in titles)
    pattern = re.compile(r"\b(?:" + forms + r")\s+(" + _NAME + r"(?:\s+" + _NAME + r"){0,2})\b")
    return pattern, section_words(DATA, "expert_voice_verbs"), section_words(DATA, "expert_place_words")


def _unquoted(doc: Document, start: int, end: int) -> str:
    """The text of doc.text[start:end] with its quotations blanked out (spaces, offsets kept)."""
    chars = list(doc.text[start:end])
    for q_start, q_end in doc.quotes:
        if q_end <= start or q_start >= end:
            continue
        for i in range(max(q_start, start), min(q_end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _placed(sentence: str, name_words: frozenset[str], places: frozenset[str]) -> bool:
    """Does a sentence (quotations blanked) tie the person named by `name_words` to a body?"""
    if _PLACE_RE.search(sentence):
        return True
    found = _WORD_RE.findall(sentence)
    for k, word in enumerate(found):
        low = word.lower().rstrip(".")
        if low in places and (low in _TIES or any(_OWNER_RE.search(w) for w in found[max(0, k - 3) : k])):
            return True
        if k == 0 or not word[0].isupper() or word == "I":
            continue
        if re.sub(r"['’]s$", "", word) in name_words or low in _TITLES or low in _CALENDAR:
            continue
        return True
    return False


def unplaced_experts(doc: Document) -> list[tuple[int, int]]:
    """The character spans (title and name) of the experts the text cites and never places, one
    per person, at their first cited mention."""
    text = doc.text
    pattern, verbs, places = _tables()  # read once, whether or not a title stands in the text
    if "Dr" not in text and "Prof" not in text:
        return []  # most texts
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    seen: set[str] = set()
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if doc.quote_at(m.start()) is not None or _SUFFIX_RE.match(text, m.end()):
            continue  # a speaker's words; "Dr. Martin Luther King Jr.": a historical figure
        names = m.group(1).split()
        surname = names[-1]
        if surname in seen or len(names) < 2:
            continue  # "Dr. King", "Dr. Oz": a title and a surname alone refer back to someone known
        k = max(0, bisect.bisect_right(starts, m.start()) - 1)
        sentence = sentences[k]
        own = _unquoted(doc, sentence.start, sentence.end)
        if _HISTORY_RE.search(own):
            continue
        cited = any(q_start < sentence.end and sentence.start < q_end for q_start, q_end in doc.quotes)
        if not cited:
            cited = any(w in verbs for w in re.findall(r"[a-z]+", own.lower()))
        if not cited:
            continue
        seen.add(surname)
        name_words = frozenset(names)
        mention = re.compile(r"\b" + re.escape(surname) + r"\b")
        if any(_placed(_unquoted(doc, s.start, s.end), name_words, places)
               for s in sentences if mention.search(_unquoted(doc, s.start, s.end))):
            continue
        out.append((m.start(), m.end()))
    return out

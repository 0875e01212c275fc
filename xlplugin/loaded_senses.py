"""Context rules of the loaded-language scorer (version 15): a cue word or a quotation mark used
in a sense that is not loaded.

Each rule reads a class of use, not a document's words:

- Naming quotes (`naming_quote`): quotation marks that name a term rather than distance the
  author from a word: a term after a naming phrase ("known as", "the term", "so-called"), a gloss
  in parentheses ("(“source distributions”)"). (Tried and left out: a term the author goes on to
  use without quotation marks, “base image” then "a base image", as a term introduced: a
  polemic uses its scare-quoted words plainly too, “establishment”, and the rule dropped 319
  scare quotes of the golden texts, most of them real.)
- Titles in double quotation marks (`title_quote`): a film, book or song in Title Case in double
  quotes (“Parasite”, “The Silent Harbour”) next to a word for a work ("thriller", "film",
  "director"): its words are the title's, not a quoted
  person's (`xlplugin.names` reads titles in single quotes and italics).
- Another sense of a cue word (`other_sense`): a word listed as a loaded verb that is here a noun
  ("insurance claims rose", "the flood barrier", "the flooding"), "claimed three lives" (caused
  death), "to insist" / "should insist" (to require: a rule proposed, not a speaker's words
  reported), "so-called" before a capitalised place name (a translated name: "the so-called
  African Quarter"), and a cue that opens a sentence and a run of capitalised words (a name:
  "Disaster Relief Fund payments rose").
"""

from __future__ import annotations

import bisect
import re

from .text import Document

__all__ = ["naming_quote", "title_quote", "other_sense"]

# Words right before a quotation that name the term in it ("known as “runners”", "the term
# “woke”", "so-called “experts”": there "so-called" is the doubt, counted once).
_NAMING_BEFORE = (
    ("known", "as"), ("referred", "to", "as"), ("refer", "to", "as"), ("so-called",), ("the", "term"),
    ("the", "word"), ("the", "words"), ("the", "phrase"), ("the", "expression"), ("the", "label"),
    ("the", "name"), ("the", "terms"), ("nicknamed",), ("coined",), ("aka",), ("a.k.a",), ("a.k.a.",),
    ("dubbed",), ("termed",), ("titled",), ("entitled",), ("named",), ("branded",), ("labelled",),
    ("labeled",), ("called",), ("what", "is", "called"), ("what", "are", "called"),
)
_NAMING_MAX = max(len(p) for p in _NAMING_BEFORE)
_WORD_RE = re.compile(r"[\w'’.-]+")
# A gloss in parentheses right after the quotation (not any remark in parentheses: "these
# “concerned citizens” (especially ...)" keeps its scare quote).
_GLOSS_AFTER_RE = re.compile(r"\s?\((?:i\.\s?e\.?|e\.\s?g\.?|that is|meaning|or |a term|the term|also called|also known)",
                             re.IGNORECASE)


def naming_quote(doc: Document, span: tuple[int, int]) -> bool:
    """Is the short lower-case quotation at `span` a term named rather than a scare quote?"""
    start, end = span
    text = doc.text
    before = text[max(0, start - 40) : start]
    words = [w.lower() for w in _WORD_RE.findall(before)][-_NAMING_MAX:]
    if before.rstrip(" ").endswith(("(", "[")) or _GLOSS_AFTER_RE.match(text, end):
        return True  # a gloss: "sdist (“source distributions”)", "“sponsored” (i.e. paid for)"
    return any(tuple(words[-len(p):]) == p for p in _NAMING_BEFORE if len(words) >= len(p))


# Words for a work and its makers: a Title Case quotation next to one is a title.
_WORK_WORDS = frozenset(
    """film films movie movies thriller drama comedy documentary novel book books song songs album
    single series show play musical opera episode poem painting game podcast director directors
    star stars author sequel remake hit""".split())
TITLE_MAX_WORDS = 5
TITLE_MAX_CHARS = 60


def title_quote(doc: Document, span: tuple[int, int]) -> bool:
    """Is the quotation at `span` a title in Title Case (“Parasite”, “The Silent Harbour”)? Its
    words capitalised (small words aside), no mark of a sentence inside but a final comma, and a
    word for a work right before or after it ("the thriller “Parasite”", "“Parasite” director"; a
    nickname in quotes, “Crooked Hillary”, is a quotation)."""
    start, end = span
    if end - start > TITLE_MAX_CHARS or not doc.text[start + 1 : start + 3].lstrip()[:1].isupper():
        return False  # most quotations: a sentence, or a phrase in lower case (checked first: cheap)
    inner = doc.text[start + 1 : end - 1].strip().rstrip(",")
    words = inner.split()
    if not words or len(words) > TITLE_MAX_WORDS or any(c in inner for c in ".!?;:"):
        return False
    if not all(w[:1].isupper() and any(c.islower() for c in w) for w in words if len(w) > 3 or w is words[0]):
        return False
    lowers = doc.lowers
    i = _token_at(doc, start)
    j = _token_at(doc, end) if end < len(doc.text) else len(lowers)
    if i >= len(lowers):
        return False
    return (i > 0 and lowers[i - 1] in _WORK_WORDS) or (j < len(lowers) and lowers[j] in _WORK_WORDS)


def _token_at(doc: Document, pos: int) -> int:
    """The first word starting at or after `pos` (len(words) when none does)."""
    return bisect.bisect_left(doc.token_starts, pos)


# --- another sense of a cue word

# Listed verbs whose noun is a calm word ("a claim", "insurance claims", "a flood", "the
# flooding"): at a noun's place they are not the loaded verb.
NOUN_TOO = frozenset("claim claims flood floods flooding".split())
_DETERMINERS = frozenset(
    """a an the this that these those his her its their our your my such any no some many several
    each every fewer more most of""".split())
# What follows the noun and never the verb "claims" / "flood": a preposition the verb does not
# take, a verb of its own, the end of a clause.
_AFTER_NOUN = frozenset(
    """of for against about over from under in rose fell rise fall
    increased decreased jumped surged dropped doubled filed made lodged paid process processing
    barrier barriers defence defences defense defenses risk risks warning warnings water waters
    wall walls plain plains zone zones insurance damage protection gate gates alert alerts victims
    relief""".split())
# "claimed three lives": a storm, a war or a disease caused deaths.
_LIVES = frozenset("life lives victims casualties".split())
_LIVES_WINDOW = 4
# A verb after the noun agrees with it: "claims are", "the claim is" ("he claims is running": the
# verb of saying before a clause).
_AFTER_PLURAL_NOUN = frozenset("are were have".split())
_AFTER_SINGULAR_NOUN = frozenset("is was has".split())
# Before the verb of saying, never before the noun: a subject pronoun or a relative.
_SUBJECTS = frozenset("i you he she it we they who which that".split())
_MODALS = frozenset("should must would could will may might can shall".split())
_OBLIGED = frozenset("have has had ought need needs".split())
# "for X to insist", "asked X to insist", "urged X to insist": a requirement someone proposes.
_ASKING = frozenset("for asked asks asking urged urges urging called calls calling want wants wanted told expects expected".split())
# "so-called" before a capitalised name that ends in one of these: a place's translated name.
# The last word of a name of an institution, a fund, a law, an event or a place.
_NAME_HEADS = frozenset(
    """fund agency act bill authority council committee commission office service services department
    ministry board bureau trust foundation centre center institute programme program project unit
    force group association society union bank company corporation party movement front alliance
    network initiative scheme plan day week prize award index law treaty summit conference campaign
    coalition organisation organization league club festival museum hospital school college
    university court relief""".split())
# Adverbs and verbs of saying open a sentence before a name ("Evidently Jessica Kane read", "Apparently
# His Holiness was"); a name's first word is a noun or an adjective.
_NOT_NAME_CATEGORIES = frozenset(("editorial", "doubt", "attribution"))
_PLACE_HEADS = frozenset(
    """quarter district square street road avenue triangle belt corridor valley zone island islands
    bridge gate line route trail park area region village town city coast strip basin plain lake
    river mountains hills forest desert sea bay peninsula""".split())


def other_sense(doc: Document, category: str, first: int, last: int) -> bool:
    """Is the cue at words first..last-1 here used in a sense that is not loaded?"""
    lowers = doc.lowers
    lower = lowers[first]
    if last == first + 1 and lower in NOUN_TOO and _noun_place(doc, first):
        return True
    if category == "attribution":
        nxt = lowers[first + 1 : first + 1 + _LIVES_WINDOW]
        if lower.startswith("claim") and not _LIVES.isdisjoint(nxt):
            return True  # "the storm claimed three lives"
        if lower.startswith("insist") and _required(lowers, first):
            return True  # "for research councils to insist their grant-holders publish": to require
    if lower == "so-called" and _place_name_follows(doc, last):
        return True
    return _opens_name_run(doc, category, first, last)


def _required(lowers: list[str], i: int) -> bool:
    """Is "insist" at i a requirement put forward ("should insist", "have to insist", "for the
    councils to insist", "urged the funders to insist"), not a report of what someone said ("continues to insist")?"""
    if i == 0:
        return False
    if lowers[i - 1] in _MODALS:
        return True
    return lowers[i - 1] == "to" and i >= 2 and (lowers[i - 2] in _OBLIGED or not _ASKING.isdisjoint(lowers[max(0, i - 6) : i - 2]))


def _noun_place(doc: Document, i: int) -> bool:
    """Is the word at i at a noun's place: after a determiner or a possessive ("the flooding",
    "these claims", "Clinton's claims"), or before a word the noun takes and the verb does not
    ("claims of", "claims rose", "flood barrier", "claims are")?"""
    lowers, sentences = doc.lowers, doc.token_sentences
    if i > 0 and sentences[i - 1] == sentences[i]:
        before = lowers[i - 1]
        if before in _SUBJECTS:
            return False  # "which he claims is running"
        if before in _DETERMINERS or before.endswith(("'s", "’s")):
            return True
    j = i + 1
    if j >= len(lowers) or sentences[j] != sentences[i] or doc.text[doc.token_ends[i] : doc.token_starts[j]].strip():
        return False  # "as the critics claim.", "as GotNews claims)": the verb ends its clause too
    after = lowers[j]
    agrees = _AFTER_PLURAL_NOUN if lowers[i].endswith("s") else _AFTER_SINGULAR_NOUN
    return after in _AFTER_NOUN or after in agrees


def _place_name_follows(doc: Document, j: int) -> bool:
    """Do the words from j on form a capitalised name ending in a place word ("African Quarter")?"""
    texts = doc.token_texts
    k = j
    while k < len(texts) and k - j < 4 and texts[k][:1].isupper() and doc.token_sentences[k] == doc.token_sentences[j - 1]:
        k += 1
    return k > j and doc.lowers[k - 1] in _PLACE_HEADS


def _opens_name_run(doc: Document, category: str, first: int, last: int) -> bool:
    """Is the capitalised cue the first word of a name: at its sentence's start or after "the" /
    "a", followed by at least two more capitalised words that end in a word naming an
    institution, a fund, a law or a place ("Disaster Relief Fund payments rose", "the Hate Crimes
    Act")? An epithet before a person's name ("Crooked Hillary Clinton") stays a cue: a person's
    name ends in no such word."""
    texts, lowers, sentences = doc.token_texts, doc.lowers, doc.token_sentences
    if not _capitalised(texts[first]) or category in _NOT_NAME_CATEGORIES or lowers[first].endswith("ly"):
        return False  # "Evidently Jessica Kane read ...": an adverb before a name is no part of it
    if first > 0 and sentences[first - 1] == sentences[first] and lowers[first - 1] not in ("the", "a", "an"):
        return False  # inside a sentence, `xlplugin.names` reads names
    sentence_end = doc.sentences[sentences[first]].last_token
    end = last
    while end < sentence_end and _capitalised(texts[end]) and _spaced(doc, end):
        end += 1
    return end - last >= 2 and (lowers[end - 1] in _NAME_HEADS or lowers[end - 1] in _PLACE_HEADS)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word)


def _spaced(doc: Document, j: int) -> bool:
    """Is word j separated from the word before it by one space only?"""
    return doc.text[doc.token_ends[j - 1] : doc.token_starts[j]] == " "

"""(sources22) Primary documents a text names by where they came from, not by a title.

A report often points at records it read without giving them a title: "jail records obtained by
this newspaper through a public records request", "contracts released by four councils under the
Freedom of Information Act", "Sunbridge's accounts, filed at Companies House, show", "citing an
estimate by the nonpartisan Legislative Fiscal Bureau", "according to the council's published
contract notice". A reader can ask for each of them, or look it up: they are references to primary
documents, as "an Audit Office report" is. Three shapes, each a document word of
provenance.txt [origin_document_words] ("records", "contracts", "accounts", "minutes", "estimate"):

- `_came_out`: the document, then how it came out and through whom: a participle of
  [origin_participle_words] ("obtained", "released", "filed", "published", "seen"), a link word
  ("by", "at", "under", "through", "with", "to") and, before the clause ends, a body: a name
  ("Companies House", "the Freedom of Information Act") or a word of [origin_body_words] and
  attribution.txt's organisations ("four councils", "this newspaper", "a public records request").
  "Records obtained by hackers", "figures released by the campaigners" name no body;
- `_by_a_name`: the document, "by" or "from", then a name that ends there ("an estimate by the
  nonpartisan Legislative Fiscal Bureau", "figures from the Office for National Statistics"); a
  name that is only a modifier of a noun after it ("a report by British researchers"), a month or
  a place ("figures from March", "a study from Texas") is none; (web39b) nor is a person's name
  after a document a person also gives ([person_made_document_words]: "a review from Sam Patel",
  a code review, a critic's), only a body's name or one in capitals ("a review by KPMG");
- (sources25) a body's own document, wherever it stands: "the board's own finance report puts the
  cost at ...", "according to the council's own accounts" ("own" says whose it is);
- `_owned`: a body's document in an attribution's words, its owner "the" and an organisation
  word ("the council's spending records show", "according to the council's published contract
  notice") or a name that ends in one ("the Legislative Fiscal Bureau's estimate"). Only inside an
  attribution (a verb of saying or "according to" reads from it): "broke the club's scoring
  records" reads from nothing.

Used by `xlplugin.scorers.provenance` (references to primary documents) when the attribution pass
and the document phrases found none: the cue is present or absent. Blind spots: a body named in
the sentence before ("The council published its contracts. The contracts show ..."); a person's
papers ("emails provided by two former managers") are no body's.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from .cues import Attribution
from .publications import place_at
from .text import Document

__all__ = ["origin_spans", "owned_document", "given_in_spans", "modifies_a_noun", "archive_record"]

# How many words after the link word a body may stand ("released by four councils under the
# Freedom of Information Act": "councils" is the second word).
BODY_REACH = 8
# A name: capitalised words, with "of", "for", "and", "the", "&" between them ("on" joins two names:
# "emails from Abedin on Weiner's laptop").
_NAME = r"[A-Z][\w&'\u2019.-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*[A-Z][\w&'\u2019.-]*)*"
_NAME_RE = re.compile(_NAME)
_WORD_RE = re.compile(r"[\w&'\u2019.-]+")


class _Lists(NamedTuple):
    documents: frozenset[str]
    participles: frozenset[str]
    links: frozenset[str]
    bodies: frozenset[str]
    not_names: frozenset[str]
    modified_nouns: frozenset[str]
    owned: re.Pattern[str]
    archive: frozenset[str]
    person_made: frozenset[str] = frozenset()
    given_in: frozenset[str] = frozenset()
    # (speed59) a word of `given_in` and what `_GIVEN_IN_RE` reads after it, anywhere in a text
    given_in_shape: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    from .lexicon import load_sections
    from .phrases import words

    sections = load_sections("provenance.txt")

    def section(name: str) -> frozenset[str]:
        return frozenset(w for line in sections[name] for w in line.split())

    documents = section("origin_document_words")
    participles = section("origin_participle_words")
    bodies = section("origin_body_words") | words("attribution.txt", "organisation_words") \
        | words("attribution.txt", "definite_organisation_words")
    # nouns a capitalised word before them only modifies ("British researchers", "Harvard scientists")
    modified = words("attribution.txt", "weasel_source_words") | words("attribution.txt", "role_words") \
        | words("attribution.txt", "people_plural_words") | words("attribution.txt", "organisation_words")
    doc_words = "|".join(sorted(documents, key=len, reverse=True))
    # an owner before a document: "the council's", "the Legislative Fiscal Bureau's", and up to two
    # words describing the document ("published contract", "spending")
    owned = re.compile(r"\b(?:(?P<the>[Tt]he)[ \t]+(?P<body>[a-z]+)|(?P<name>" + _NAME + r"))['\u2019]s?"
                       r"[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:" + doc_words + r")\b")
    given_in = section("given_in_participle_words")
    given_in_shape = re.compile("(?:" + "|".join(sorted(given_in)) + r")" + _AFTER_PARTICIPLE)
    return _Lists(documents, participles, section("origin_link_words"), bodies,
                  words("attribution.txt", "not_name_words"), modified, owned, section("archive_document_words"),
                  section("person_made_document_words"), given_in, given_in_shape)


def _name_run_end(text: str, pos: int, stop: int) -> int:
    """The end of the run of capitalised words at `pos`, without a full stop that ends the
    sentence ("the Freedom of Information Act.")."""
    end = _NAME_RE.match(text, pos, stop).end()
    return end - 1 if text[end - 1] == "." and (end == len(text) or text[end].isspace()) else end


def modifies_a_noun(text: str, end: int) -> bool:
    """Is the capitalised word ending at `end` only a modifier of a noun of people or bodies right
    after it ("by British economists", "from Harvard researchers"): no maker's name?"""
    after = _WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is not None and after.group().lower() in _lists().modified_nouns


def _name_end(text: str, pos: int, stop: int, lists: _Lists) -> int:
    """The end of the name written at `pos`, or 0: a run of capitalised words that is no month,
    day or function word, and that no noun it only modifies follows ("British researchers")."""
    m = _NAME_RE.match(text, pos, stop)
    if m is None or m.group().lower() in lists.not_names:
        return 0
    if modifies_a_noun(text, m.end()):
        return 0
    return 0 if place_at(text, pos) else _name_run_end(text, pos, stop)


def _came_out(doc: Document, at: int, stop: int, lists: _Lists) -> int:
    """The end of the body through which the document at `at` came out, or 0 (the module's text)."""
    text = doc.text
    words = list(_WORD_RE.finditer(text, at, stop))
    if len(words) < 3 or words[1].group().lower() not in lists.participles:
        return 0
    if words[2].group().lower() not in lists.links:
        return 0
    end, before = 0, words[2].end()
    for w in words[3 : 3 + BODY_REACH]:
        if any(c in ",;:()" for c in text[before : w.start()]):
            break  # the clause ends
        before = w.end()
        lw = w.group().lower()
        if w.group()[:1].isupper() and lw not in lists.not_names:
            end = max(end, _name_run_end(text, w.start(), stop))
        elif lw in lists.bodies or lw.endswith("s") and lw[:-1] in lists.bodies:
            end = max(end, w.end())
    return end


def _by_a_name(doc: Document, at: int, stop: int, lists: _Lists) -> int:
    """The end of the name after "by"/"from" that made the document at `at`, or 0."""
    text = doc.text
    words = list(_WORD_RE.finditer(text, at, stop))
    if len(words) < 3 or words[1].group().lower() not in ("by", "from") or text[words[0].end()] == ",":
        return 0
    k = 2
    if words[k].group().lower() in ("the", "a", "an"):
        k += 1
    for _ in range(2):  # ("the nonpartisan Legislative Fiscal Bureau")
        if k < len(words) and words[k].group().islower() and words[k].group() not in lists.not_names:
            k += 1
    if k >= len(words) or not words[k].group()[:1].isupper():
        return 0
    end = _name_end(text, words[k].start(), stop, lists)
    if end and words[0].group().lower() in lists.person_made:
        # (web39b) "a review from Sam Patel": a code review, a critic's; "a review by the Harbour
        # Audit Office", "a review by KPMG" are a body's document
        name = text[words[k].start() : end]
        if not (_body_name(name, lists) or name.replace("&", "").replace(" ", "").isupper()):
            return 0
    return end


def _time_minutes(text: str, at: int, start: int) -> bool:
    """Is the word at `at` "minutes" of time, after a number or a word before it ("six
    second-half minutes from Daniel Okafor", "90 minutes from kick-off"), not a meeting's?"""
    if text[at : at + 7].lower() != "minutes":
        return False
    before = text[start:at].split()
    return bool(before) and before[-1].lower() not in ("the", "its", "their", "meeting", "board", "council", "published")


def origin_spans(doc: Document, not_prose: frozenset[int] | set[int]) -> Iterator[tuple[int, int]]:
    """The documents in the prose named by where they came from (`_came_out`, `_by_a_name`) or
    by a named body that owns them ("the Legislative Fiscal Bureau's estimate"), as (start, end).
    One pass over the words, and none where the text holds no document word."""
    lists = _lists()
    vocabulary = doc.analysis.vocabulary
    present = lists.documents & vocabulary
    if not present:
        return  # (most texts without a reference: one set test)
    owners = {w for w in vocabulary if w.endswith(_POSSESSIVES) and w[:-2] in lists.bodies}
    text, sentences = doc.text, doc.sentences
    lowers, starts, ends, of_sentence = doc.lowers, doc.token_starts, doc.token_ends, doc.token_sentences
    after = lists.participles | _MAKER_LINKS
    wanted = present | owners
    last = len(lowers) - 1
    for i in [i for i, lw in enumerate(lowers) if lw in wanted and i < last]:
        lw = lowers[i]
        if lw in present:
            k = of_sentence[i]
            if lowers[i + 1] not in after or k in not_prose or _time_minutes(text, starts[i], sentences[k].start):
                continue
            stop = sentences[k].end
            end = _came_out(doc, starts[i], stop, lists) or _by_a_name(doc, starts[i], stop, lists)
            if end:
                yield starts[i], end
        elif lowers[i + 1] == "own" and not text[starts[i]].isupper() and of_sentence[i] not in not_prose:
            # (sources25) a body's own document: "the board's own finance report", "the council's own accounts"
            for j in range(i + 2, min(i + 5, len(lowers))):
                if lowers[j] in lists.documents and of_sentence[j] == of_sentence[i] and not _verb_after(text, ends[j]):
                    yield starts[i - 1] if i > 0 and lowers[i - 1] == "the" else starts[i], ends[j]
                    break
                if not lowers[j].isalpha() or not text[starts[j]].islower():
                    break
        elif text[starts[i]].isupper() and of_sentence[i] not in not_prose:
            # a named body's document: "the Legislative Fiscal Bureau's estimate", "Harwick Council's minutes"
            for j in range(i + 1, min(i + 4, len(lowers))):
                if lowers[j] in lists.documents and of_sentence[j] == of_sentence[i] and not _verb_after(text, ends[j]):
                    yield _name_start(doc, i), ends[j]
                    break
                if not lowers[j].isalpha() or not text[starts[j]].islower():
                    break


_MAKER_LINKS = frozenset({"by", "from"})
_POSSESSIVES = ("'s", "\u2019s")
_NAME_JOINERS = frozenset("of for and the &".split())


def _name_start(doc: Document, i: int) -> int:
    """Where the name whose last word is token `i` starts ("Legislative Fiscal Bureau's")."""
    texts, lowers = doc.token_texts, doc.lowers
    j = i
    while j > 0 and (texts[j - 1][:1].isupper() and lowers[j - 1] != "the"
                     or lowers[j - 1] in _NAME_JOINERS and j > 1 and texts[j - 2][:1].isupper()):
        j -= 1
    return doc.token_starts[j]


# Words after a document word that make it a verb with an object ("the committee estimates the
# charge", "the agency reports that"): the body before it speaks, no document is named.
_OBJECT_STARTS = frozenset("the a an that this its their his her our about some".split())


def _verb_after(text: str, end: int) -> bool:
    """Does a word of _OBJECT_STARTS follow the document word ending at `end` in "s", a verb's
    form after a singular subject ("estimates the charge"; "the Bureau's estimate that the cut
    would cost" is a noun and its clause)?"""
    if text[end - 1 : end] != "s":
        return False
    after = _WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is not None and after.group().lower() in _OBJECT_STARTS


def _body_name(name: str, lists: _Lists) -> bool:
    """Does the name end in a body's word ("the Legislative Fiscal Bureau", "Harwick Council")?"""
    return name.split()[-1].lower() in lists.bodies


# (prov24) Words before an archive word that count it ("45 minutes", "several minutes": time).
_COUNTED = frozenset("a an one two three four five six seven eight nine ten few several many some more than over "
                     "about nearly almost".split())
# (prov24) Words before "records" that say no kind of record: "records show", "the records", "some records".
_BARE_BEFORE = frozenset("the a an these those some many such other its their his her our my your new old".split())


def archive_record(doc: Document, attr: Attribution) -> bool:
    """(prov24) Is the document an attribution reads from an archive record ([archive_document_words]:
    "the minutes of the town council record", "the parish burial register shows", "the 1911 census
    lists", "court records show")? A reader can go to the archive and read it: a reference to a
    primary document. "records" needs a word before it saying what kind ("parish records"); a
    record that no one keeps ("the record", "records show") is none."""
    if attr.kind != "document":
        return False
    archive = _lists().archive
    found = [(m.group().lower(), m.start()) for m in _WORD_RE.finditer(doc.text, attr.start, attr.end)]
    for n, (word, at) in enumerate(found):
        if word not in archive or not doc.text[at : at + len(word)].islower():
            continue  # (a name: "the Presidential Records Act", "the National Archives")
        before = found[n - 1][0] if n > 0 else ""
        if before[:1].isdigit() and not (len(before) == 4 and before.isdigit()) or before in _COUNTED:
            continue  # "45 minutes", "several minutes": time
        if word != "records" or before and before not in _BARE_BEFORE:
            return True
    return False


# (claims40) What stands between a participle of [given_in_participle_words] and a body's document:
# "given in", "set out in", "taken from", "shown on page 4 of".
_AFTER_PARTICIPLE = r"[ \t]+(?:out[ \t]+)?(?:in|from|on[ \t]+page[ \t]+\d+[ \t]+of)[ \t]+"
_GIVEN_IN_RE = re.compile(r"\b(?P<participle>[a-z]+)" + _AFTER_PARTICIPLE + r"\Z")


_LAST_GIVEN_IN: list = [None, ()]


def given_in_spans(doc: Document) -> tuple[tuple[int, int], ...]:
    """(claims40) A body's document named as where a figure stands: a participle of
    [given_in_participle_words], "in" ("out in", "from"), then the body's document as
    `owned_document` reads one ("The correct figure, given in the council's budget papers, is
    \u00a39.4m", "as set out in Harwick Council's minutes"), as (start, end), in order. "given in
    his notes", "shown in the club's colours" name no document. (speed46) Kept for the last
    document: unsourced claims and provenance both ask."""
    last = _LAST_GIVEN_IN[0]() if _LAST_GIVEN_IN[0] is not None else None
    if last is doc:
        return _LAST_GIVEN_IN[1]
    found = tuple(_given_in_spans(doc))
    _LAST_GIVEN_IN[:] = [weakref.ref(doc), found]
    return found


def _given_in_spans(doc: Document, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """`given_in_spans` in text[start:end]."""
    lists = _lists()
    text = doc.text
    stop = len(text) if end is None else end
    if lists.given_in_shape.search(text, max(0, start - 40), stop) is None:
        return  # (speed59: no participle of the list before "in": no span, without the owners' scan of the text)
    for m in lists.owned.finditer(text, start, stop):
        before = _GIVEN_IN_RE.search(text, max(0, m.start() - 40), m.start())
        if before is None or before.group("participle") not in lists.given_in or _verb_after(text, m.end()):
            continue
        if m.group("the") and m.group("body") in lists.bodies or not m.group("the") and _body_name(m.group("name"), lists):
            yield before.start(), m.end()


def owned_document(doc: Document, attr: Attribution) -> tuple[int, int] | None:
    """A body's document in the attribution's words (`_owned`), as (start, end), or None."""
    lists = _lists()
    text = doc.text
    for m in lists.owned.finditer(text, attr.start, attr.end):
        if _verb_after(text, m.end()):
            continue  # ("the council's transport committee estimates the charge": a verb, the committee speaks)
        if m.group("the"):
            body = m.group("body")
            if body in lists.bodies:
                return m.start(), m.end()
        elif _body_name(m.group("name"), lists):
            return m.start(), m.end()
    return None

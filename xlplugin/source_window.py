"""Where the source of a verb of saying sits: the words around it that `xlplugin.cues` reads.

A source phrase stands right before the verb ("Jane Smith, a spokeswoman, said"), or after a verb
that can take it there ("said Smith"), within a few words, and ends at hard punctuation; a
passive verb ("was reported") has none unless "by" names it; a finding verb ("the survey found")
may have a document as its subject. These are the windows and word tests; `xlplugin.cues`
decides what kind of source the words are.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .text import Document

__all__ = ["WINDOW_BEFORE", "WINDOW_AFTER", "DOCUMENT_SUBJECT_WINDOW", "DETERMINERS", "HARD_BOUNDARY", "Words",
           "hard_gap", "is_passive", "source_before", "subject_before", "source_after", "document_subject", "not_a_document",
           "MAX_BRACKET", "bracket_start", "after_clause", "MODAL_REACH", "modal_before", "NEGATION_REACH", "negating", "negated", "document_after", "document_shows"]

# How far from a reporting verb the source may sit. News attribution puts the source right next
# to the verb ("Smith said", "said Smith", "Smith told reporters"); a source with an apposition
# ("Jane Smith, a spokeswoman for the ministry, said") reaches back about 8 words.
WINDOW_BEFORE = 8
WINDOW_AFTER = 5


# Words that may stand between a source and its verb without being part of either
# ("Smith has also said", "the ministry later told").
AUXILIARY = frozenset(
    """has have had is was were are be been would will could may might also later previously
    recently once then further separately repeatedly publicly privately reportedly earlier
    again never always often has not had did does do who which that""".split()
)


DETERMINERS = frozenset(
    "the a an this these those his her their its our my your another some many every each no".split()
)
BE = frozenset("is was were are been be being am".split())
# Modals: a source phrase walked back from its verb of saying ends at none of them (the words after
# a modal are its verb phrase: an object, not the source).
MODALS = frozenset("will would can could should must might may shall".split())
ADVERBS = frozenset("not also still never only even just ever always already".split())
# Punctuation between two tokens that ends a source phrase.
HARD_BOUNDARY = re.compile(r"[.;:!?()\[\]\u201c\u201d\"\u2014\u2013]|\s-\s")


class Words(NamedTuple):
    """The words of one sentence as columns: as written, lower-cased, start and end offsets in
    the document text. (Slices of the document's columns: no tuple per word.)"""

    texts: list[str]
    lowers: list[str]
    starts: list[int]
    ends: list[int]


def hard_gap(gap: str) -> bool:
    """Does the text between two tokens end a source phrase? (A single space, the usual gap,
    without the regex.)"""
    return gap != " " and HARD_BOUNDARY.search(gap) is not None


# (claims41) How far before the second of two joined participles the form of "be" of the first may
# stand ("was welcomed by the county's council leaders but criticised by"): the first agent's words.
COORDINATED_PASSIVE_REACH = 10
_COORDINATORS = frozenset(("and", "but", "yet", "or"))
# Words that join another clause and never stand in a source's name ("said the mayor but ...").
_CLAUSE_JOINERS = frozenset(("but", "yet"))


def is_passive(lowers: list[str], verb: int) -> bool:
    """Is the verb at `verb` a passive participle ("was reported", "is widely believed"), or the
    second of two joined with "and", "but", "yet" or "or", its agent after "by" ("was welcomed by
    council leaders but criticised by residents": claims41)?"""
    if not lowers[verb].endswith(("ed", "en", "ought", "id", "old", "own")):
        return False
    if verb > 1 and lowers[verb - 1] in _COORDINATORS and verb + 1 < len(lowers) and lowers[verb + 1] == "by" \
            and not BE.isdisjoint(lowers[max(0, verb - 1 - COORDINATED_PASSIVE_REACH):verb - 1]):
        return True
    j = verb - 1
    while j >= 0 and verb - j <= 3:
        lw = lowers[j]
        if lw in BE:
            return True
        if not lw.endswith("ly") and lw not in ("not", "also", "been"):
            return False
        j -= 1
    return False


def _adverb(lw: str) -> bool:
    return lw in ADVERBS or len(lw) > 4 and lw.endswith("ly")


# (sources18) How many words a relative clause between commas right before a verb of saying may
# hold ("Fatima Bello, who organised the protest and has lived there for 30 years, said": 12).
RELATIVE_REACH = 16
_RELATIVE_OPENERS = frozenset(("who", "whose"))


def _relative_clause_reach(w: Words, text: str, j: int) -> int:
    """Where the look back for a source may stop when a relative clause between commas ends at
    word `j`, right before the verb ("Fatima Bello, who organised the protest and has lived
    there for 30 years, said"): one word before its "who" or "whose", found within
    RELATIVE_REACH words after a comma and no other mark; else `j` (the usual window stands)."""
    _, lowers, starts, ends = w
    if _RELATIVE_OPENERS.isdisjoint(lowers[max(0, j - RELATIVE_REACH) + 1 : j + 1]):
        return j  # (most verbs: one set test)
    for k in range(j, max(0, j - RELATIVE_REACH), -1):
        gap = text[ends[k - 1] : starts[k]]
        if gap != " ":
            return k - 1 if lowers[k] in _RELATIVE_OPENERS and gap.strip() == "," else j
    return j


def source_before(doc: Document, w: Words, verb: int, stops: frozenset[str] = frozenset(),
                  conjunctions: frozenset[str] = frozenset()) -> list[int]:
    """Word positions of the source phrase before the verb at `verb`. A short capitalised bracket
    between them is skipped (`bracket_start`): "the Employers Association (UCEA) said". The
    phrase ends after a word of `stops` (a clause opener: "I'll admit when people claim"), and
    does not open with a word of `conjunctions` ("Jane Doe, a player, and the ambassador,
    explained": the source starts at "the ambassador"). An aside between dashes right before the
    verb is skipped too (`dash_aside_start`)."""
    _, lowers, starts, ends = w
    out: list[int] = []
    text = doc.text
    j = verb - 1
    # Skip auxiliaries and adverbs right before the verb ("has also said").
    while j >= 0 and lowers[j] in AUXILIARY and verb - j <= 3:
        if hard_gap(text[ends[j] : starts[j + 1]]):
            return out
        j -= 1
    search = HARD_BOUNDARY.search
    stop = max(-1, verb - WINDOW_BEFORE - 1)
    if j == verb - 1 and j > 0 and "," in text[ends[j] : starts[verb]]:
        stop = min(stop, _relative_clause_reach(w, text, j))
    bracket = False  # the word at j stands right before a skipped bracket
    while j > stop:
        gap = text[ends[j] : starts[j + 1]]
        if gap != " ":  # (the usual gap, a single space, asks neither test below)
            if gap.strip() in (")", "]"):
                # a short bracket between the source and its verb ("the Employers Association
                # (UCEA) said"): skipped, and the window reaches as far past it
                k = bracket_start(w, text, j)
                if k is not None:
                    stop = max(-1, stop - (j - k + 1))
                    j, bracket = k - 1, True
                    continue
            elif not out and gap.strip() in DASHES and (k := dash_aside_start(w, text, j)) is not None:
                # (sources14) an aside between dashes before the verb ("insiders in the next two
                # states — Nevada and South Carolina — said"): skipped, as a bracket is
                stop = max(-1, stop - (j - k + 1))
                j, bracket = k - 1, True
                continue
            if not bracket and (search(gap) or "," in gap and out):
                # a comma closes the source phrase, unless the comma sits right before the verb
                # ("Jane Smith, a spokeswoman, said"): then the apposition is the source.
                break
        bracket = False
        lw = lowers[j]
        if lw in stops:
            break
        if lw in MODALS:
            if any(not _adverb(lowers[k]) for k in out):
                # "we could also use RUN calls", "it can be done with command-line calls": the
                # words after a modal are its verb phrase, and the verb of saying's subject is
                # not among them
                return []
            j -= 1  # "Jane Doe can barely believe": the modal belongs to the verb of saying
            continue
        out.append(j)
        j -= 1
    while out and lowers[out[-1]] in conjunctions:
        out.pop()
    return out


# The most words a bracket between a source and its verb may hold to be skipped: an acronym, a
# party tag or a short capitalised name ("(UCEA)", "(R-Texas)", "[Labour Party]").
MAX_BRACKET = 3


def bracket_start(w: Words, text: str, last: int) -> int | None:
    """The first word of a short bracket (at most MAX_BRACKET capitalised words, nothing but
    spaces between them) whose last word is `last`, the bracket closing right after it; None
    when there is none. (An aside in lower case, "(including close friends)", is not skipped: it
    may hold a verb or a noun of its own.)"""
    texts, _, starts, ends = w
    for k in range(last, max(-1, last - MAX_BRACKET), -1):
        if not texts[k][:1].isupper():
            return None
        before = text[ends[k - 1] : starts[k]] if k > 0 else text[max(0, starts[k] - 2) : starts[k]]
        if before.strip() in ("(", "["):
            return k
        if k == 0 or before != " ":
            return None
    return None


# Dashes that open and close an aside: an em dash, an en dash, a double hyphen.
DASHES = frozenset(("\u2014", "\u2013", "--"))
MAX_ASIDE = 8  # the most words an aside between dashes may hold to be skipped


def dash_aside_start(w: Words, text: str, last: int) -> int | None:
    """(sources14) The first word of an aside between dashes whose last word is `last`, the closing
    dash right after it: at most MAX_ASIDE words back, a dash alone between two words before it
    and no other mark that ends a phrase ([.;:!?], brackets, quotation marks) inside; the word
    before the opening dash exists. None otherwise."""
    _, _, starts, ends = w
    for k in range(last, max(0, last - MAX_ASIDE), -1):
        gap = text[ends[k - 1]:starts[k]]
        if gap == " ":
            continue
        if gap.strip() in DASHES:
            return k
        if hard_gap(gap):
            return None
    return None


# The farthest back from its verb `modal_before` reads a modal: past two words of "not", "also"
# or an -ly adverb and a "to" ("ought to publicly explain"). A verb with no modal in the
# MODAL_REACH words before it has none (`cues` asks that first, one set test: `modal_before` is
# then not called).
MODAL_REACH = 4


def modal_before(lowers: list[str], verb: int, modals: frozenset[str]) -> bool:
    """Does one of `modals` ("should", "must", "ought to") stand right before the verb at `verb`,
    or before "not", "also", "first" or an -ly adverb there ("should not say", "must publicly
    explain")? Then the verb asks for or guesses at a statement, and reports none."""
    j = verb - 1
    while j > 0 and verb - j <= 2 and (lowers[j] in ("not", "also", "first", "never")
                                       or len(lowers[j]) > 4 and lowers[j].endswith("ly")):
        j -= 1
    if j > 0 and lowers[j] == "to":
        j -= 1  # "ought to explain", "needs to say"
    return j >= 0 and lowers[j] in modals


def subject_before(text: str, w: Words, idxs: list[int], verb: int) -> bool:
    """Does the source phrase `idxs` (from `source_before`, descending) stand right before the
    verb at `verb` as its subject, no comma between ("Officials said", "he told", "I said")? Then
    the words after the verb are what was said or whom it was told ("Officials said the military
    was considering the move"), never a source inverted after it, which follows a comma or a
    quotation ("People, said Smith, ..."; "'We won,' said Smith") or opens the sentence."""
    if not idxs:
        return False
    starts, ends = w.starts, w.ends
    return all("," not in text[ends[k]:starts[k + 1]] for k in range(idxs[0], verb))


def after_clause(text: str, w: Words, verb: int) -> bool:
    """Does a comma or a closing quotation mark stand right before the verb of saying at `verb`
    (verb > 0), ending what was said before it ("The troops leave in May, said the minister",
    "... since 2021, says the city")? Then the word before it ("May", "2021") is no modal and no
    number of a noun ("30 reports"): those readings need the two words side by side (sources9)."""
    gap = text[w.ends[verb - 1]:w.starts[verb]]
    return gap != " " and ("," in gap or "\u201d" in gap or '"' in gap)


# (sources20) Titles written short with a full stop before a name ("said Dr. Ann Lee", "said Prof.
# Lee", "said Sgt. Roe"): the stop ends no source phrase.
TITLE_ABBREVIATIONS = frozenset("dr prof sgt gov rev mr mrs ms capt lt col gen sen rep insp supt det cllr maj cpl".split())


def source_after(doc: Document, w: Words, verb: int) -> list[int]:
    _, lowers, starts, ends = w
    out: list[int] = []
    text = doc.text
    j = verb + 1
    while j < len(lowers) and j - verb <= WINDOW_AFTER:
        gap = text[ends[j - 1] : starts[j]]
        if gap != " " and (HARD_BOUNDARY.search(gap) or ("," in gap and out)) \
                and not (gap == ". " and out and lowers[j - 1] in TITLE_ABBREVIATIONS):
            break
        if lowers[j] in ("that", "to", "on", "in") and out:
            break
        if out and (lowers[j] in _CLAUSE_JOINERS or lowers[j] in _COORDINATORS and j + 1 < len(lowers)
                    and w.texts[j + 1].islower() and lowers[j + 1].endswith(("ed", "ly"))):
            break  # (claims41) "criticised by residents but welcomed by ...", "and approved by the board": another clause
        out.append(j)
        j += 1
    return out


# How far back from a finding verb its document subject may sit: "The council's own transport
# survey, published in June, found" puts 5 words of a participle clause between them.
DOCUMENT_SUBJECT_WINDOW = 10
# Quantifiers that make a document vague ("some studies", "several reports"): not a reference.
VAGUE = frozenset("some many several various numerous countless other".split())


def document_subject(doc: Document, w: Words, verb: int, documents: frozenset[str]) -> int | None:
    """The first token of a noun phrase headed by one of `documents` (the document words) that
    is the subject of the finding verb at `verb` ("the council's own transport survey, published in June, found"), or None.

    Walks back over the subject and a comma-delimited participle clause; stops at a hard
    boundary, a quotation or a verb of saying (another clause)."""
    _, lowers, starts, ends = w
    if documents.isdisjoint(lowers[max(0, verb - DOCUMENT_SUBJECT_WINDOW) : verb]):
        return None  # (no document word in the window: the walk below finds none)
    text = doc.text
    j = verb - 1
    while j >= 0 and verb - j <= DOCUMENT_SUBJECT_WINDOW:
        gap = text[ends[j] : starts[j + 1]]
        if gap != " " and HARD_BOUNDARY.search(gap):
            return None
        lw = lowers[j]
        if lw in documents:
            if doc.quotes and doc.quote_at(starts[j]) is not None:
                return None
            # the noun phrase: back to its determiner or possessive, a few words at most
            k = j
            while k > 0 and j - k < 5 and text[ends[k - 1] : starts[k]] == " ":
                k -= 1
                if lowers[k] in DETERMINERS:
                    break
            if any(lowers[n] in VAGUE for n in range(k, j)):
                return None
            return k
        j -= 1
    return None


def not_a_document(w: Words, i: int, not_names: frozenset[str]) -> bool:
    """Is the document word at `i` ("report", "article", "bill"), after a capitalised word, not a
    named document after all?

    - written in capitals ("READ FULL ARTICLE"): a line in capitals is a label or a button, and
      its capitals say nothing about a name;
    - followed by a capitalised word ("Co-founder Bill Gates", "NASA/Bill Ingalls"): the word is
      a given name, the start of a person's name."""
    texts, lowers, starts, ends = w
    if texts[i].isupper() and len(texts[i]) > 1:
        return True
    if i + 1 < len(texts) and texts[i][:1].isupper() and texts[i + 1][:1].isupper() \
            and any(c.islower() for c in texts[i + 1]) and lowers[i + 1] not in not_names:
        return starts[i + 1] - ends[i] == 1
    return False


# Determiners that make a document a definite one ("a report", "the study", "its survey"), where
# "some reports" are vague.
DOCUMENT_DETERMINERS = frozenset("a an the this its their his her our".split())
RELATIVES = frozenset("that which who whose".split())


def document_after(w: Words, verb: int, documents: frozenset[str], text: str) -> int | None:
    """The document word of a document source after the verb of saying at `verb`, when a
    participle or a relative clause follows it ("says a report highlighting the rise", "said a
    study published in May", "says the survey, which"); None otherwise. (`source_after` reads
    the participle clause as part of the source and finds no head in it.) Up to 2 words may
    stand between the determiner and the document word ("a new council report")."""
    texts, lowers, starts, ends = w
    j = verb + 1
    if j >= len(lowers) or lowers[j] not in DOCUMENT_DETERMINERS:
        return None
    for d in range(j + 1, min(len(lowers) - 1, j + 4)):
        if text[ends[d - 1] : starts[d]] != " ":
            return None
        if lowers[d] in documents:
            nxt = lowers[d + 1]
            gap = text[ends[d] : starts[d + 1]]
            if gap.strip() not in ("", ",") or not texts[d + 1].isalpha() or not texts[d + 1].islower():
                return None
            return d if nxt in RELATIVES or nxt.endswith(("ing", "ed")) else None
    return None


# How far after a document word its participle of finding may stand: "the report explores data
# showing" puts two words between them; "a study published in the journal Nature in May,
# suggesting" would put more, and is left alone (the "published" clause is no finding).
DOCUMENT_SHOWS_WINDOW = 4


def document_shows(w: Words, doc_word: int, documents: frozenset[str], participles: frozenset[str],
                   text: str) -> tuple[int, int] | None:
    """(first, last) word of a document source ended by a participle of finding: a document
    word of `documents` at `doc_word` with a determiner of DOCUMENT_DETERMINERS one or two words
    before it ("the report", "the new report"), and a word of `participles` at most
    DOCUMENT_SHOWS_WINDOW words after it, nothing but spaces between ("the report explores data
    showing 67,000 ...", "a study showing that"); None otherwise."""
    _, lowers, starts, ends = w
    if lowers[doc_word] not in documents:
        return None
    if participles.isdisjoint(lowers[doc_word + 1 : doc_word + 1 + DOCUMENT_SHOWS_WINDOW]):
        return None  # (no participle in the window, most document words: the loop below finds none)
    first = next((k for k in (doc_word - 1, doc_word - 2) if k >= 0 and lowers[k] in DOCUMENT_DETERMINERS), None)
    if first is None:
        return None
    for j in range(doc_word + 1, min(len(lowers), doc_word + 1 + DOCUMENT_SHOWS_WINDOW)):
        if text[ends[j - 1] : starts[j]] != " ":
            return None
        if lowers[j] in participles:
            return first, j
    return None


# The farthest back from its verb `negated` reads a negation ("did not publicly say"). A verb
# with no word of negation (`negating`) in the NEGATION_REACH words before it is not negated
# (`cues` asks that first: `negated` is then not called).
NEGATION_REACH = 4


def negating(lw: str, negations: frozenset[str]) -> bool:
    """Is the lower-case word `lw` one that `negated` takes for a negation: a word of
    `negations` or one in "n't"?"""
    return lw in negations or lw.endswith(("n't", "n\u2019t"))


def negated(lowers: list[str], verb: int, negations: frozenset[str]) -> bool:
    """Is the verb of saying at `verb` negated: a word of `negations` ("not", "never") or a word
    in "n't" right before it, only auxiliaries, modals and -ly adverbs between ("never told",
    "did not say", "hasn't publicly confirmed", "won't comment")? Then nothing was said. ("not
    only said" still reports.)"""
    j = verb - 1
    while j >= 0 and verb - j <= 4:
        lw = lowers[j]
        if negating(lw, negations):
            return not (j + 1 < verb and lowers[j + 1] == "only")
        if lw == "only" or not (lw in AUXILIARY or lw in MODALS or lw in ("yet", "still", "ever") or _adverb(lw)):
            return False
        j -= 1
    return False

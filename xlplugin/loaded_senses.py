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
- (Version 21) The noun "claim" of a debunk, as a class (`_claim_noun`): "claim"/"claims" first in
  its sentence ("CLAIM: ...", "Claims that ... are false") or after a determiner and adjectives
  that qualify a claim ("the false claim", "these viral claims"); a thing, not a person, making a
  claim (`_thing_claims`: "photos claiming to show", "a post claiming that"). "He claimed that"
  and "the government claims" stay loaded.
- (Version 21) A cue in its literal sense (`_literal_sense`, the [literal_senses] table of
  loaded_language.txt: a cue and the words of its sentence that give the plain sense): "lets
  the plot unfold" in a film's review, "red meat" in a diet, "bloated" of a stomach.
- (Version 21) A capitalised cue inside a sentence named by its kind (`_named_thing`): right
  before a word for a kind of thing ("the Fury spell"), or the same capitalised word named so
  elsewhere in the text ("casts Fury" where the text speaks of "the Fury spell" or "the spell
  Fury").
  Version 30 (kinds16): or written as a name throughout: capitalised inside sentences twice or
  more and never in lower case ("The trader has Fury", "I already know Fury"; `_always_capitalised`).
- (Version 25) A cue in a plain use read from the words around it (`plain_use`): the noun its
  verb takes or its adjective describes ([object_senses]: "disturbing contaminated layers",
  "fake supplier invoices", "conceded a late goal"), an "-ing" cue before a determiner (the
  verb: "disturbing the nests"), an animal word first in a compound noun ("a snake plant"),
  "forever" outside a prediction ("changed forever", "won't last forever").
- (Version 28) Plain senses by form and object (`_plain_verb`, [object_senses],
  [claim_compound_words]): "claimed 14,300 dollars in expenses", "the expense claims", "neither
  claim", "most were admitted on Friday", "are not supposed to operate"; and a capitalised
  emotive word the text names as a work's title (`_titled`: "Rage opened on 310 screens",
  "Rage, the director's third film").
"""

from __future__ import annotations

import bisect
import re

from functools import lru_cache
from typing import Callable, Iterator, NamedTuple
from itertools import compress

from . import event_senses, plain_names, rejections, review_effects, studied_content
from .lexicon import load_sections
from .names import place_name_words
from .phrases import words
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
    # (cues23) a translation or a meaning given: the word named, not used ('"Obshtina" has been
    # translated as "municipality"', 'the Welsh word "hiraeth" means "longing"')
    ("translated", "as"), ("translates", "as"), ("translate", "as"), ("rendered", "as"), ("translated", "into"),
    ("word",), ("words",), ("term",), ("phrase",), ("means",), ("meant",), ("mean",), ("meaning",), ("word", "for"), ("spelled",), ("spelt",),
    # (loaded45) a definition's term: "used a pre-existing definition of “intact forest landscapes”"
    ("definition", "of"), ("definitions", "of"),
)
_NAMING_MAX = max(len(p) for p in _NAMING_BEFORE)
# (sides24) A verb of naming and its object right before the quotation, in its clause: "the
# bank is calling them “banking hubs”", "the bank calls them", "started calling the rooms",
# "refers to the counters as", "staff know the counters as", "has rebranded them as", "bills it
# as" (at most four words of object between; not "calls for", "calls on": a demand).
_NAMED_AS_RE = re.compile(
    r"(?:\b(?:calling|naming|dubbing|terming|labelling|labeling|branding|nicknaming)(?:\s+[\w'’-]+){0,4}"
    r"|\b(?:call|calls)(?!\s+(?:for|on|out|off|in|up|back)\b)(?:\s+[\w'’-]+){1,4}"
    r"|\b(?:refers?|referred|referring)\s+to(?:\s+[\w'’-]+){1,4}\s+as"
    r"|\b(?:know|knows|knew)(?:\s+[\w'’-]+){1,4}\s+as"
    r"|\b(?:re)?(?:brand|brands|branded|bill|bills|billed|market|markets|marketed|style|styles|styled)"
    r"(?:\s+[\w'’-]+){0,4}\s+as)\s*$", re.IGNORECASE)
_WORD_RE = re.compile(r"[\w'’.-]+")
# A gloss in parentheses right after the quotation (not any remark in parentheses: "these
# “concerned citizens” (especially ...)" keeps its scare quote).
_GLOSS_AFTER_RE = re.compile(r"\s?\((?:i\.\s?e\.?|e\.\s?g\.?|that is|meaning|or |a term|the term|also called|also known)",
                             re.IGNORECASE)


# (voice15) Verbs and nouns of an official grade or category: a quotation a few words after one
# in its clause is the grade's name ("rated “requires improvement”", "inspectors rate the school
# “inadequate”", "graded “good”", "classified as “vulnerable”", "its rating of “outstanding”").
_GRADING_WORDS = frozenset(
    """rate rates rated rating ratings grade grades graded grading classed classified categorised
    categorized designated designation ranked ranking judged verdict status category""".split())
GRADING_WINDOW = 5  # words between the grading word and the quotation, in one clause
_CLAUSE_END_RE = re.compile(r"[.;:!?,\n\u2014\u2013]")


# (cues23) a word whose translation or meaning follows: '"Obshtina" has been translated as ...',
# '"vill" is rendered as ...', '"hiraeth" means ...'
_TRANSLATED_AFTER_RE = re.compile(
    r"[,\s]+(?:(?:has|have|had|is|are|was|were|can|may|could)\s+(?:been\s+|be\s+)?(?:usually\s+|often\s+)?"
    r"(?:translated|rendered|glossed)\s+(?:as|into)\b|(?:translates|translated)\s+(?:as|into)\b|means\b|meant\b)",
    re.IGNORECASE)


# (loaded45) A label of a page's buttons or a form's options, after a verb of pressing or choosing
# in its clause (a list of such labels joined by "or", "and" or a slash between): 'vote “approve”
# or “disapprove”', 'click “Submit”', 'select “Settings”'. The page's furniture named, not a
# scare quote.
_CONTROL_LABEL_RE = re.compile(
    r"\b(?:click|clicks|clicking|clicked|tap|taps|tapping|tapped|press|presses|pressing|pressed|select|selects|selecting|"
    r"choose|chooses|choosing|tick|ticks|ticking|vote|votes|voting|hit)\s+(?:on\s+)?(?:the\s+)?"
    r"(?:[\"\u201c][^\"\u201c\u201d]{1,40}[\"\u201d]\s*(?:or|and|/)\s*)*$", re.IGNORECASE)
# (loaded45) A word talked about as a word: the quotation as the subject of a verb of meaning or
# evoking right after it ('For many people, “rewilding” brings to mind ...', '“Woke” refers to
# ...', '“Snafu” is a word ...').
_WORD_AS_WORD_AFTER_RE = re.compile(
    r"\s*(?:(?:brings?|brought|calls?|called)\s+to\s+mind|(?:refers?|referred)\s+to\b|conjures?\b|evokes?\b|"
    r"(?:is|was)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:term|word|name|label|expression)\b)", re.IGNORECASE)


def naming_quote(doc: Document, span: tuple[int, int]) -> bool:
    """Is the short lower-case quotation at `span` a term named rather than a scare quote?"""
    start, end = span
    text = doc.text
    before = text[max(0, start - 40) : start]
    words = [w.lower() for w in _WORD_RE.findall(before)][-_NAMING_MAX:]
    if before.rstrip(" ").endswith(("(", "[")) or _GLOSS_AFTER_RE.match(text, end) or _TRANSLATED_AFTER_RE.match(text, end):
        return True  # a gloss: "sdist (“source distributions”)", "“sponsored” (i.e. paid for)"
    if _WORD_AS_WORD_AFTER_RE.match(text, end):
        return True  # (loaded45) '“rewilding” brings to mind', '“woke” refers to'
    if _term_defined(doc, start, end):
        return True  # (loaded50) '“fracking”, short for', 'A “blockchain” is a shared ledger'
    if _CONTROL_LABEL_RE.search(_CLAUSE_END_RE.split(text[max(0, start - 80) : start])[-1]):
        return True  # (loaded45) 'vote “approve” or “disapprove”', 'click “Submit”'
    if any(tuple(words[-len(p):]) == p for p in _NAMING_BEFORE if len(words) >= len(p)):
        return True
    if _NAMED_AS_RE.search(_CLAUSE_END_RE.split(text[max(0, start - 60) : start])[-1]):
        return True  # (sides24) "the bank is calling them “banking hubs”", "refers to them as"
    if _term_of_art(text, start, end, words):
        return True  # (senses28) "the test known as the “tilted balance”", "the “planning balance” required by the framework"
    return _grade_named(text, start) or plain_names.names_a_thing(doc, span)  # (quotes29) 'a "do not drink" notice'


_TERM_GLOSS_WORDS = 4  # the words after a quotation read for a gloss: the longest phrase's


@lru_cache(maxsize=1)
def _term_phrases() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(loaded50) [term_gloss_phrases] and [defined_term_phrases], each phrase as its words."""
    sections = load_sections(_LOADED)
    return (frozenset(tuple(line.lower().split()) for line in sections["term_gloss_phrases"]),
            frozenset(tuple(line.lower().split()) for line in sections["defined_term_phrases"]))


def _term_defined(doc: Document, start: int, end: int) -> bool:
    """(loaded50) Is the short quotation at start..end a term spelled out or defined: followed
    (after a space or a comma) by a phrase of [term_gloss_phrases] ('“fracking”, short for
    hydraulic fracturing', '“triage” stands for'), or opening its sentence after "A" or "An" with a
    phrase of [defined_term_phrases] after it ('A “blockchain” is a shared ledger')?"""
    text = doc.text
    after = [w.lower() for w in _WORD_RE.findall(text[end : end + 60])][:_TERM_GLOSS_WORDS]
    if text[end : end + 2].lstrip(",")[:1] not in (" ", ""):
        return False  # a word or a mark stuck to the quotation, or another clause: no gloss of it
    glosses, definitions = _term_phrases()
    if any(tuple(after[: len(p)]) == p for p in glosses):
        return True
    starts = doc.analysis.sentence_starts
    k = bisect.bisect_right(starts, start) - 1
    opening = text[starts[k] if k >= 0 else 0 : start].strip().lower()
    return opening in ("a", "an") and any(tuple(after[: len(p)]) == p for p in definitions)


def _quotes29_sense(doc: Document, category: str, first: int, last: int) -> bool:
    """(quotes29, xlplugin.plain_names) "blast" of rock beside a word of works, "crushed" before a
    material, a thing that claims with a participle phrase between ("A post shared on Facebook
    claims"), a cue as the predicate after a denied verb of belief ("I do not think employers
    are villains")."""
    lower = doc.lowers[first]
    if category == "attribution":
        if lower.startswith("claim"):
            return plain_names.thing_claims_after_participle(doc, first)
        return lower.startswith("blast") and plain_names.works_blast(doc, first, last)
    if lower == "crushed" and plain_names.crushed_material(doc, first, last):
        return True
    return category in _DENIABLE and plain_names.denied_belief(doc, first) and not asserted(doc, first)


# (senses28) A term of art: a naming phrase of "as" with an article before the quotation ("the
# test known as the “tilted balance”", "what is referred to as a “material change”"); "what"
# and the ones who call it so ("what lawyers call “reasonable doubt”", "what the rules term
# the “settlement date”"); a legal or technical frame before it ("the doctrine of “legitimate
# expectation”", "the test of “reasonable adjustments”"); and the provision that sets the term
# out after it, in its clause ("the “planning balance” required by the framework", "the “tilted
# balance” in paragraph 11", "a “relevant transfer” under regulation 3", "the “fit and proper”
# test"). A scare quote names no provision: "the council's “consultation” lasted four days".
_AS_NAMING = (("known", "as"), ("referred", "to", "as"), ("refer", "to", "as"), ("refers", "to", "as"),
              ("described", "as"), ("defined", "as"), ("translated", "as"), ("rendered", "as"))
_ARTICLES = frozenset(("the", "a", "an"))
_WHAT_CALL_RE = re.compile(
    r"\bwhat\s+(?:[\w'’-]+\s+){1,3}(?:call|calls|called|term|terms|termed|describes?\s+as|refers?\s+to\s+as)"
    r"(?:\s+(?:the|a|an))?\s*$", re.IGNORECASE)
_TERM_FRAME_RE = re.compile(
    r"\b(?:the|a|an)\s+(?:legal\s+|statutory\s+|common[- ]law\s+)?(?:doctrine|principle|test|standard|defen[cs]e|concept|rule)"
    r"\s+of\s*(?:the\s+|a\s+)?$", re.IGNORECASE)
_PROVISION_AFTER_RE = re.compile(
    r"[\s,]*(?:(?:as\s+)?(?:required|set\s+out|laid\s+down|defined|prescribed|provided(?:\s+for)?|"
    r"specified)\s+(?:by|in|under)\b"
    r"|(?:in|under|of|at)\s+(?:paragraphs?|sections?|s\.|articles?|clauses?|regulations?|rules?|schedules?|"
    r"parts?|chapters?|paras?\.?)\s*\(?\d"
    r"|(?:in|under)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:Act|Framework|Regulations|Code|Rules|Convention|Directive)\b"
    r"|(?:test|doctrine|principle|threshold|standard|criterion|criteria|exemption|exception|provision|"
    r"requirement|clause)s?\b)")


def _term_of_art(text: str, start: int, end: int, words: list[str]) -> bool:
    """(senses28) Is the quotation at start..end a term of art (above)? `words`: the lower-cased
    words right before it."""
    if len(words) >= 2 and words[-1] in _ARTICLES and any(
            tuple(words[-1 - len(p) : -1]) == p for p in _AS_NAMING if len(words) > len(p)):
        return True  # "the test known as the “tilted balance”"
    before = _CLAUSE_END_RE.split(text[max(0, start - 60) : start])[-1]
    if _WHAT_CALL_RE.search(before) or _TERM_FRAME_RE.search(before):
        return True  # "what lawyers call “reasonable doubt”", "the doctrine of “legitimate expectation”"
    return _PROVISION_AFTER_RE.match(text, end) is not None


def _grade_named(text: str, start: int) -> bool:
    """(voice15) Is the quotation at `start` an official grade or category, named after a word of
    _GRADING_WORDS at most GRADING_WINDOW words before it in its clause ("rated “requires
    improvement”", "rate the academy “inadequate”")?"""
    clause = _CLAUSE_END_RE.split(text[max(0, start - 80) : start])[-1]
    words = [w.lower() for w in _WORD_RE.findall(clause)][-(GRADING_WINDOW + 1):]
    return not _GRADING_WORDS.isdisjoint(words)


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
    each every fewer more most of whose""".split())
# (version 28) Determiners of one number only: "neither claim", "another claim" (singular; "neither
# claims to know" is the verb), "both claims" (plural; "both claim to have" is the verb).
_SINGULAR_DETERMINERS = frozenset("neither either another".split())
_PLURAL_DETERMINERS = frozenset(("both",))
# What follows the noun and never the verb "claims" / "flood": a preposition the verb does not
# take, a verb of its own, the end of a clause.
_AFTER_NOUN = frozenset(
    """of for against about over from under in rose fell rise fall
    increased decreased jumped surged dropped doubled filed made lodged paid process processing
    barrier barriers defence defences defense defenses risk risks warning warnings water waters
    wall walls plain plains zone zones insurance damage protection gate gates alert alerts victims
    relief
    number numbers form forms reference value amount handler handlers""".split())
# (loaded27) The last word of an amount: "a £3.2m claim", "a $5 million claim" is the noun.
_AMOUNT_ENDS = frozenset("million billion bn m k thousand".split())
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


def other_sense(doc: Document, category: str, first: int, last: int) -> bool:
    """Is the cue at words first..last-1 here used in a sense that is not loaded?"""
    _sets()  # (the version-21 lists, read together at the first cue)
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
    if _plain_verb(doc, category, first, last):
        return True  # "most were admitted on a Friday", "are not supposed to operate" (version 28)
    if last == first + 1 and (event_senses.sports_result(doc, first) or event_senses.event_noun(doc, first)):
        return True  # "crushed Lakeport 5-1", "Devastating floods" (slant16, version 41: xlplugin/event_senses.py)
    if last == first + 1 and category in ("emotive", "attribution") and event_senses.sports_play(doc, first):
        return True  # "a savage volley", "blasted a third into the top corner" in a match report (senses28)
    if last == first + 1 and category in ("emotive", "derogatory") and studied_content.named_subject(doc, first):
        return True  # "Abusive posts ... rose by half, according to a study", "removed 4,000 abusive comments" (senses28)
    if category != "attribution" and studied_content.named_topic(doc, first, last):
        return True  # "a study of online propaganda", "laws against xenophobia", "propaganda research" (topics43)
    if category == "emotive" and last == first + 1 and event_senses.physical_act(doc, first):
        return True  # "The dam will flood twelve villages", "the boss destroys you" in a game (short17)
    if category in ("attribution", "emotive") and _machine_noise(doc, first, last):
        return True  # "the gearbox whines at speed", "a whining pump" (voice16)
    if category == "emotive" and last == first + 1 and lower in review_effects.effect_words() and review_effects.work_effect(doc, first):
        return True  # "his final scene is quietly devastating" in a film review (fair27)
    if category == "doubt" and last == first + 1 and lower in _hedge_words() and _hedge_in_sourced_text(doc, first):
        return True  # "Alder reportedly plans to run again" in a report whose sentences name their sources (fair27)
    if lower.startswith("claim") and doubt_flagged(doc, first):
        return True  # "Both sides claim gains, in claims that could not be independently verified" (praise19)
    if category == "attribution" and lower.startswith(("claim", "admit")) and rejections.checked_by_writer(doc, first):
        return True  # "Kettleby claims up to 45 minutes ... I got between 22 and 27" (negate24)
    if lower.startswith("claim") and _thing_claims(doc, first):
        return True  # "photos claiming to show the flood": a picture's content (version 21)
    if lower in _sets().findings and _named_finding(doc, first, last):
        return True  # "A UN commission found ... ethnic cleansing": the named body's term (labels35)
    if last == first + 1 and lower in _PLOT_FORMS and _land_plot(doc, first):
        return True  # "plot 14", "three plots", "allotment plots", "their plots" on an allotment page (mirror21)
    if _literal_sense(doc, first, last) or _named_thing(doc, category, first, last):
        return True  # "the plot unfold" in a review, "red meat" in a diet; "the Fury spell" (version 21)
    if plain_use(doc, category, first, last):
        return True  # "disturbing the nests", "fake invoices", "a snake plant", "conceded a goal" (version 25)
    if category in _DENIABLE and (denied(doc, first) and not _purity_label(doc, first) or rejections.rejected(doc, first)) \
            and not asserted(doc, first):
        return True  # "good rather than spectacular", "far from a disaster" (loaded27); "Nobody here is a villain" (negate24)
    if _quotes29_sense(doc, category, first, last):
        return True  # "controlled blasting to remove rock", "A post shared on Facebook claims" (quotes29)
    return _opens_name_run(doc, category, first, last) or _in_dateline(doc, category, first, last)



@lru_cache(maxsize=1)
def _hedge_words() -> frozenset[str]:
    return words(_LOADED, "reporting_hedge_words")


HEDGE_SOURCED_SHARE = 2 / 3  # (fair27) share of the other sentences that name a source (a half: PTC tune 0.414, two thirds 0.416, no rule 0.418)
HEDGE_SOURCED_MIN = 2  # (fair27) and at least this many of them


def _hedge_in_sourced_text(doc: Document, i: int) -> bool:
    """(fair27) Is the reporting hedge at word i ([reporting_hedge_words]: "reportedly",
    "allegedly") in a text whose other sentences mostly (two thirds) name their source (a named
    person, a role, an organisation or a document: cues.Attribution.sourced)? A sourced report's
    "reportedly" marks the one detail it could not pin to a source; a post with few sources that
    says "reportedly" still casts doubt (the cue counts)."""
    own = doc.token_sentences[i]
    attributions = doc.analysis.attributions
    others = len(doc.sentences) - 1
    sourced = sum(1 for k, a in enumerate(attributions) if k != own and a is not None and a.sourced)
    return sourced >= HEDGE_SOURCED_MIN and sourced >= HEDGE_SOURCED_SHARE * others


def _purity_label(doc: Document, first: int) -> bool:
    """(sides25) Is the cue at `first` an in-group purity label ([purity_words] before
    [purity_nouns]: "real Americans", "true patriots")? Denied it is the same charge ("they are
    not real Americans" casts them out), so a denial before it does not lift it."""
    lowers = doc.lowers
    return lowers[first] in _sets().purity and first + 1 < len(lowers) and lowers[first + 1] in _sets().purity_nouns


def _named_finding(doc: Document, first: int, last: int) -> bool:
    """(labels35) Is the name of a grave crime at first..last-1 ([finding_terms]: "genocide",
    "ethnic cleansing") said in a sentence that reports a named source or a document, outside the
    source's own words ("A UN commission found that the expulsions amounted to ethnic cleansing",
    "The UN report called it ethnic cleansing")? Then it is that body's finding, not the author's
    word. "That is ethnic cleansing with paperwork" has no source."""
    attributions = doc.analysis.attributions
    k = doc.token_sentences[first]
    a = attributions[k] if k < len(attributions) else None
    if a is None or not a.sourced:
        return False
    return not (a.start < doc.token_ends[last - 1] and doc.token_starts[first] < a.end)


# (mirror21) "plot" as a piece of land or a chart: numbered ("plot 14", "Plot 7B", "three plots"),
# named by its use ("allotment plots", "research plots", "a burial plot", "a scatter plot":
# [plot_kind_words]) or on a page about land ([plot_land_words] anywhere in the text: "they could
# no longer afford their plots" on an allotment society's post); never where it is a scheme
# ("a plot to overthrow", "a plot against the king", "a plot by the council").
_PLOT_FORMS = frozenset(("plot", "plots"))
_PLOT_SCHEME_NEXT = frozenset(("to", "against", "by"))
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten twelve twenty dozen dozens hundreds several".split())


def _numeral(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS


def _land_plot(doc: Document, first: int) -> bool:
    """Is the "plot"/"plots" at `first` a piece of land or a chart, not a scheme?"""
    lowers = doc.lowers
    nxt = lowers[first + 1] if first + 1 < len(lowers) else ""
    if nxt in _PLOT_SCHEME_NEXT:
        return False
    if nxt[:1].isdigit():
        return True  # "plot 14", "Plot 7B"
    sets = _sets()
    if first > 0 and (_numeral(lowers[first - 1]) or lowers[first - 1] in sets.plot_kinds):
        return True  # "three plots", "allotment plots", "a scatter plot"
    return not sets.plot_land.isdisjoint(doc.lowers)

# (praise19) The writer saying openly that a claim is unchecked: "could not be (independently)
# verified", "has not been confirmed", "unable to verify", "no way to corroborate", "unverified",
# "Neither account has been verified".
_OPEN_DOUBT_RE = re.compile(
    r"(?:\bnot|n['\u2019]t|\bunable\s+to|\bimpossible\s+to|\bno\s+way\s+to)\s+(?:(?:be|been|yet)\s+){0,2}"
    r"(?:independently\s+|immediately\s+|separately\s+)?(?:verif|confirm|corroborat)\w*"
    r"|\b(?:neither|none\s+of)\b(?:\s+[\w\'\u2019]+){0,4}?\s+(?:verif|confirm|corroborat)\w*"
    r"|\bun(?:verified|verifiable|confirmed|corroborated)\b", re.IGNORECASE)


DOUBT_SENTENCES = 2  # sentences after a claim read for the doubt: a byline may stand between a headline and its lead


def doubt_flagged(doc: Document, i: int) -> bool:
    """(praise19) Does the sentence of the "claim" verb at i, or one of the DOUBT_SENTENCES after
    it, say that what is claimed could not be checked ("Both sides claim gains, in claims that
    could not be independently verified.", "The army claimed it had taken the town. This could
    not be confirmed.")? The writer then flags the doubt openly and "claim" is the plain word for
    an unchecked account, not a sneer at the speaker."""
    k = doc.token_sentences[i]
    sentences = doc.sentences
    last = sentences[min(k + DOUBT_SENTENCES, len(sentences) - 1)]
    start = doc.token_starts[sentences[k].first_token]
    end = doc.token_ends[max(last.last_token - 1, sentences[k].first_token)]
    return _OPEN_DOUBT_RE.search(doc.text, start, end) is not None


# (loaded29) A dateline at a line's start in the text's head: a place in capitals, then a region,
# a date or an agency, then a dash ("SAVAGE RIVER, Tasmania \u2014", "GRIM, 30 November (Reuters) -").
DATELINE_HEAD_CHARS = 600
_PLACE_CATEGORIES = frozenset(("emotive", "exaggeration"))  # as kinds.HEAD_CHARS: where a dateline stands
_DATELINE_PLACE_RE = re.compile(r"[ \t]*[A-Z][A-Z.'\-]*(?:[ \t]+[A-Z][A-Z.'\-]*){0,3}")
_DATELINE_REST_RE = re.compile(
    r"(?:,[ \t]+[A-Z0-9][\w.]*(?:[ \t]+[\w.,]+){0,3}[ \t]*(?:\([A-Za-z .&'-]{2,40}\))?"
    r"|[ \t]*\([A-Za-z .&'-]{2,40}\))[ \t]*[\u2014\u2013-]{1,2}[ \t]")


def _in_dateline(doc: Document, category: str, first: int, last: int) -> bool:
    """(loaded29) Is the cue, written in capitals, part of the place of a dateline at a line's
    start in the text's head ("SAVAGE RIVER, Tasmania \u2014 Crews worked ...")? Emotive and
    exaggerating words only: places are named "Savage", "Grim", "Great", not "Thugs" ("SAVAGE
    THUGS, Liars - ..." is a shout)."""
    text, start = doc.text, doc.token_starts[first]
    word = doc.token_texts[first]
    if start >= DATELINE_HEAD_CHARS or not word.isupper() or len(word) < 2 or category not in _PLACE_CATEGORIES:
        return False
    line = text.rfind("\n", 0, start) + 1
    place = _DATELINE_PLACE_RE.match(text, line)
    if place is None or place.end() < doc.token_ends[last - 1]:
        return False
    return _DATELINE_REST_RE.match(text, place.end()) is not None


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
        if before in (_PLURAL_DETERMINERS if lowers[i].endswith("s") else _SINGULAR_DETERMINERS):
            return True  # "neither claim", "both claims" (version 28)
    if i > 1 and lowers[i - 1] in _AMOUNT_ENDS and lowers[i - 2][:1].isdigit() and _spaced(doc, i):
        return True  # "a £3.2m claim", "a $5 million claim" (loaded27)
    if lowers[i].startswith("claim") and (_claim_noun(doc, i) or i > 0 and lowers[i - 1] in _sets().claim_compounds):
        return True  # "the expense claims", "a compensation claim" (version 28)
    if lowers[i].startswith("claim") and _claim_noun(doc, i):
        return True  # "CLAIM: ...", "the false claim" (version 21)
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
    return k > j and doc.lowers[k - 1] in place_name_words()


def _opens_name_run(doc: Document, category: str, first: int, last: int) -> bool:
    """Is the capitalised cue the first word of a name: at its sentence's start or after "the" /
    "a", followed by at least two more capitalised words that end in a word naming an
    institution, a fund, a law or a place ("Disaster Relief Fund payments rose", "the Hate Crimes
    Act"), or (loaded29) by one or more ending in a word for a place (prose.txt [place_name_words]:
    "Savage Street was closed", "Fury Road reopened")? An epithet before a person's name ("Crooked Hillary Clinton") stays a cue: a person's
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
    if end - last >= 1 and lowers[end - 1] in place_name_words():
        return True  # (loaded29) "Savage Street was closed", "Fury Road reopened": a place
    return end - last >= 2 and lowers[end - 1] in _NAME_HEADS


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word)


def _spaced(doc: Document, j: int) -> bool:
    """Is word j separated from the word before it by one space only?"""
    return doc.text[doc.token_ends[j - 1] : doc.token_starts[j]] == " "



# --- (version 21) the noun "claim", a thing claiming, literal senses, things named by their kind

def _claim_noun(doc: Document, i: int) -> bool:
    """Is "claim"/"claims" at i the noun: the first word of its sentence ("CLAIM: the bridge
    will close", "Claims that ... are false": a verb of saying needs its subject before it), or
    after words of [claim_adjective_words] that follow a determiner, a possessive or the
    sentence's start ("the false claim", "these viral claims", "False claims spread"), or (loaded49)
    right after a verb of [claim_taking_verbs] or after it and such adjectives ("making similar
    claims", "denied claims that")?"""
    first = doc.sentences[doc.token_sentences[i]].first_token
    if i == first:
        return True
    if doc.text[doc.token_starts[i]].isupper() and doc.text[doc.token_ends[i - 1] : doc.token_starts[i]].strip() == ":":
        return True  # (fresh40) first after a label's colon: "Fact check: Claims that ... are false"
    adjectives = _sets().claim_adjectives
    k = i - 1
    while k >= first and i - k <= 2 and doc.lowers[k] in adjectives:
        k -= 1
    if k >= first and doc.lowers[i] in ("claim", "claims") and doc.lowers[k] in _sets().claim_taking_verbs:
        return True  # (loaded49) the object of a verb that takes the noun: "making similar claims", "denied claims"
    if k == i - 1:
        return False  # no adjective: "the government claims" (the verb), read by _noun_place
    return k < first or doc.lowers[k] in _DETERMINERS or doc.lowers[k].endswith(("'s", "’s"))


def _thing_claims(doc: Document, i: int) -> bool:
    """Is the claim verb at i said of a thing, not a person: "claiming to show" (a picture's
    verb), or right after a word of [claiming_thing_words] ("photos claiming", "a post that
    claims", "the video claimed to be")?"""
    lowers = doc.lowers
    if i + 2 < len(lowers) and lowers[i + 1] == "to" and lowers[i + 2] in _sets().depiction_verbs:
        return True
    k = i - 1 if i > 0 and lowers[i - 1] not in ("that", "which") else i - 2
    # (fresh40) the adverbs between a thing and its verb: "The posts also falsely claim"
    while k > 0 and doc.token_sentences[k] == doc.token_sentences[i] and doc.text[doc.token_starts[k]].islower() \
            and (lowers[k] in _CLAIM_ADVERBS or lowers[k].endswith("ly")):
        k -= 1
    return k >= 0 and doc.token_sentences[k] == doc.token_sentences[i] and lowers[k] in _sets().claiming_things


_CLAIM_ADVERBS = frozenset("also still now even again often repeatedly wrongly".split())
# (fresh40) the verbs of claiming whose clause is a thing's words (`thing_claimed`)
_THING_CLAIM_VERBS = frozenset("claim claims claimed claiming allege alleges alleged alleging".split())
_CLAUSE_BREAKS = (";", ":", "\u2014", "\u2013", " - ")
_SUBJECT_REACH = 16  # words from the sentence's start to the verb, looked through for one


def thing_subject(doc: Document, i: int) -> bool:
    """(fresh40) Is the verb of claiming at i said of a thing of [claiming_thing_words] (a post, a
    video, a message), right before it or across adverbs ("The posts also falsely claim") or with a
    participle phrase between ("Posts shared widely on social media this week claim":
    `plain_names.thing_claims_after_participle`)?"""
    return doc.lowers[i] in _THING_CLAIM_VERBS and (
        _thing_claims(doc, i) or plain_names.thing_claims_after_participle(doc, i))


def thing_speaks(doc: Document, i: int) -> bool:
    """(claims40) Is the word at i, a verb of claiming or saying, said of a thing of
    [claiming_thing_words] by `thing_subject`'s subject rules, whatever the verb ("A video viewed
    200,000 times wrongly says", "The posts also falsely claim")?"""
    return _thing_claims(doc, i) or plain_names.thing_claims_after_participle(doc, i)


def thing_claimed(doc: Document, start: int) -> bool:
    """(fresh40) Is the cue at character `start` in what a thing is said to claim (after a verb of
    claiming whose subject is a post, a video, a message: `thing_subject`), in the same clause?
    "Posts claim that the water has been poisoned as part of a sinister plot": the posts' words,
    which a fact-check reports to refute, not the writer's."""
    if not doc.token_starts:
        return False
    sentence = doc.sentences[doc.token_sentences[max(0, bisect.bisect_right(doc.token_starts, start) - 1)]]
    for i in range(sentence.first_token, min(sentence.last_token, sentence.first_token + _SUBJECT_REACH + 1)):
        if doc.token_starts[i] >= start:
            return False
        if doc.lowers[i] in _THING_CLAIM_VERBS and thing_subject(doc, i):
            between = doc.text[doc.token_ends[i] : start]
            return not any(b in between for b in _CLAUSE_BREAKS) and " but " not in f" {between.lower()} "
    return False


_LOADED = "loaded_language.txt"


class _Sets:
    """The version-21 lists, read once (asked for at every cue that reaches `other_sense`)."""

    def __init__(self) -> None:
        self.claim_adjectives = words(_LOADED, "claim_adjective_words")
        self.claim_taking_verbs = words(_LOADED, "claim_taking_verbs")  # (loaded49)
        self.claiming_things = words(_LOADED, "claiming_thing_words")
        self.claim_compounds = words(_LOADED, "claim_compound_words")  # (version 28)
        self.title_verbs = words(_LOADED, "title_verb_words")  # (version 28)
        self.depiction_verbs = words(_LOADED, "depiction_verb_words")
        self.kinds = words("prose.txt", "kind_words")  # (`xlplugin.names` reads them too)
        # [literal_senses]: {cue as matched: words of its sentence that give a plain sense}
        self.literal: dict[str, frozenset[str]] = {}
        for cue, said in load_sections(_LOADED).pairs("literal_senses"):  # (loud50: checked pairs)
            cue = " ".join(cue.split())  # (praise19) a cue on several lines takes the words of all
            self.literal[cue] = self.literal.get(cue, frozenset()) | frozenset(said.split())
        # the cues' first words: most cues are none of them, and need no phrase joined
        self.literal_firsts = frozenset(cue.split()[0] for cue in self.literal)
        # (version 25) [object_senses]: {cue word: nouns that, heading what follows it, give a plain
        # sense} (a cue on several lines takes the nouns of all)
        self.objects = _cue_table("object_senses")
        # (voice15) [compound_senses]: {cue word: nouns right after it that make a compound name}
        self.compounds = _cue_table("compound_senses")
        # (loaded50) [hedged_description_words]: {hedge cue: adjectives of a look right after it};
        # [field_event_words]: {cue: words right before it that make a field's term for an event}
        self.hedged_looks = _cue_table("hedged_description_words")
        self.field_events = _cue_table("field_event_words")
        self.of_only = words(_LOADED, "of_only_words")  # (hype18) "a barrage of": loaded only before "of"
        self.predicate_superlatives = words(_LOADED, "predicate_superlative_words")
        self.participles = words(_LOADED, "participle_cue_words")
        self.object_starts = words(_LOADED, "verb_object_words")
        self.verb_senses = words(_LOADED, "verb_sense_words")  # (loaded47) "to hack on", "he hacks at"
        self.verb_subjects = words(_LOADED, "verb_subject_words")
        self.compound_heads = words(_LOADED, "compound_head_words")
        self.label_compounds = words(_LOADED, "label_compound_words")  # (insults19) "the corporate media office"
        self.predictions = words(_LOADED, "prediction_only_words")
        self.modals = words(_LOADED, "prediction_modal_words")
        self.negations = words(_LOADED, "prediction_negation_words")
        self.people = words(_LOADED, "group_nouns")  # (loaded29) nouns of people and groups
        self.plot_kinds = words(_LOADED, "plot_kind_words")  # (mirror21) "allotment plots", "a scatter plot"
        self.plot_land = words(_LOADED, "plot_land_words")  # (mirror21) a page about land
        self.findings = words(_LOADED, "finding_terms")  # (labels35) "genocide", "ethnic cleansing"
        self.purity = words(_LOADED, "purity_words")  # (sides25) "real" of "real Americans"
        self.purity_nouns = words(_LOADED, "purity_nouns")


def _cue_table(section: str) -> dict[str, frozenset[str]]:
    """(loaded50) A section of lines "cue cue: word word" as {cue: its words} (a cue on several
    lines takes the words of all)."""
    table: dict[str, frozenset[str]] = {}
    for cues, said in load_sections(_LOADED).pairs(section):  # (loud50) checked pairs
        for cue in cues.split():
            table[cue] = table.get(cue, frozenset()) | frozenset(said.split())
    return table


@lru_cache(maxsize=1)
def _sets() -> _Sets:
    _plain_verb_sets()  # (loaded34) read with the other lists at the first cue
    return _Sets()


def _literal_sense(doc: Document, first: int, last: int) -> bool:
    """Is the cue at words first..last-1 in its literal sense: a cue of [literal_senses] whose
    sentence holds one of its words ("lets the plot unfold", "red meat in the diet", "felt
    bloated")?"""
    sets = _sets()
    if doc.lowers[first] not in sets.literal_firsts:
        return False
    said = sets.literal.get(" ".join(doc.lowers[first:last]))
    if said is None:
        return False
    sentence = doc.sentences[doc.token_sentences[first]]
    return not said.isdisjoint(doc.lowers[sentence.first_token : sentence.last_token])


def _named_thing(doc: Document, category: str, first: int, last: int) -> bool:
    """Is the capitalised one-word emotive cue at `first`, inside its sentence (not a headline in Title
    Case), the name of a thing: right before a word for its kind ("the Fury spell"), or written
    so elsewhere in the text, capitalised next to a kind word ("casts Fury" beside "the Fury
    spell" or "the spell Fury")? Kind words: prose.txt [kind_words] (`xlplugin.names`)."""
    texts = doc.token_texts
    if category != "emotive" or last != first + 1 or not _capitalised(texts[first]) or "-" in texts[first]:
        return False  # (a capitalised label, "Islamist", "Marxist", is name-calling, not a name)
    if _titled(doc, texts[first]):
        return True  # "Rage opened on 310 screens", "Rage, her third film" (version 28)
    if _always_capitalised(doc, texts[first]):
        return True  # "The trader has Fury", "I already know Fury", then "Fury!": a spell's name (kinds16)
    k = doc.token_sentences[first]
    if first == doc.sentences[k].first_token or doc.analysis.is_title_case(k):
        return False  # a sentence's first word, a headline: capitals say nothing
    kinds = _sets().kinds
    if _before_kind(doc, first, kinds):
        return True
    word = texts[first]
    # (the word's other places found by one C-level pass: this runs for capitalised cues only)
    return any(j != first and (_before_kind(doc, j, kinds) or j > 0 and doc.lowers[j - 1] in kinds)
               for j in compress(range(len(texts)), map(word.__eq__, texts)))


NAME_USES = 2  # (kinds16) capitalised uses inside sentences that make an emotive word a name
# Endings of words English capitalises by convention, not as a name: an ideology or its follower
# ("Nazism", "Marxist"), an adjective from a name ("Satanic", "Stalinian")
_CONVENTION_ENDINGS = ("ism", "isms", "ist", "ists", "ic", "ian", "ians", "ite", "ites")


def _always_capitalised(doc: Document, word: str) -> bool:
    """(kinds16) Is the capitalised emotive `word` a name by the way the text writes it: inside a
    sentence (not its first word, not a Title Case headline) NAME_USES times or more, once at
    least right after a word in lower case, and never in lower case itself? A game's spell or
    skill ("the trader has Fury", "I already know Fury"), a character or a person's surname
    ("under Petty's watch") is written so throughout; the emotive word ("his fury") is written in
    lower case inside a sentence, and a slogan's capitals stand after another capital ("No
    Collusion", "Russian Collusion"). English texts only (German writes every noun so). Runs for
    capitalised cues only (one C-level pass for each)."""
    lower = word.lower()
    if doc.language != "en" or lower.endswith(_CONVENTION_ENDINGS):
        return False
    texts, sentences = doc.token_texts, doc.sentences
    # (a C-level substring count first, the text's characters compared a few at a time: most
    # capitalised cues stand once, at a sentence's start; it counts at least the word's tokens)
    if doc.text.count(word) < NAME_USES or texts.count(word) < NAME_USES or lower in texts:
        return False
    inside = after_lower = 0
    for j in compress(range(len(texts)), map(word.__eq__, texts)):
        k = doc.token_sentences[j]
        if j != sentences[k].first_token and not doc.analysis.is_title_case(k):
            inside += 1
            after_lower += texts[j - 1].islower()
    return inside >= NAME_USES and after_lower > 0


def _before_kind(doc: Document, j: int, kinds: frozenset[str]) -> bool:
    """Is word j followed, after one space, by a lower-case kind word in its sentence ("Fury spell")?"""
    n = j + 1
    return n < len(doc.lowers) and doc.token_sentences[n] == doc.token_sentences[j] and doc.lowers[n] in kinds \
        and doc.token_texts[n].islower() and _spaced(doc, n)



# --- (version 25) a cue's plain use read from the words around it: its object, a compound, a prediction

OBJECT_WINDOW = 3  # the words after a cue searched for the noun that heads what follows it
# Words that end the phrase after a cue: a clause or a verb of its own starts ("conceded that the
# goal", "fake, the invoices were").
_PHRASE_ENDS = frozenset("that which who when because if as and but or to was were is are had has have".split())


# What may stand between a cue and the words of its object: spaces, hyphens and (version 28) a
# currency sign ("claimed $14,300 in expenses").
_OBJECT_GAP = " -$\u00a3\u20ac"
_CURRENCY = frozenset("$\u00a3\u20ac")


def plain_use(doc: Document, category: str, first: int, last: int) -> bool:
    """Is the one-word cue at `first` in a plain, not loaded, use (version 25)?

    - its object or the noun it qualifies is one of its [object_senses] nouns ("disturbing
      contaminated layers", "fake supplier invoices", "conceded a late penalty");
    - an "-ing" cue of [participle_cue_words] followed by a determiner or an object pronoun is the
      verb, not the adjective ("disturbing the nests", "alarming them");
    - a label (a derogatory cue) as the first part of a compound noun naming a plant, an animal or
      a thing ("a snake plant", "pig farmers": [compound_head_words] right after it; "a monstrous
      plant" keeps its emotive adjective);
    - a word of [prediction_only_words] ("forever") outside a prediction: it exaggerates a claim
      about the future ("will be poisoned forever"), not a plain past or a negated one ("changed
      forever", "won't last forever");
    - (voice15) a cue of [compound_senses] right before one of its nouns, a compound naming a
      field, a service or a body ("a disaster preparedness nonprofit", "crisis management");
    - (voice15) a superlative of [predicate_superlative_words] right after "be", with no article
      ("where those needs are greatest"): a plain comparison;
    - (hype18) a cue of [of_only_words] with no "of" right after it ("a tidal barrage", "the
      artillery barrage"): only "a barrage of criticism" is the metaphor;
    - (loaded47) a noun cue of [verb_sense_words] used as its verb ("wanted to hack on", "he hacks
      at the branches", "Hadvar hacks the wolf down": `_verb_use`);
    - (insults19) a label phrase (a derogatory cue of two words or more) right before a noun of
      [label_compound_words], the first part of a compound naming an office, a team, a field or a
      record ("the corporate media office", "the legacy media archive", "mainstream media
      studies"): the label names a thing, it is said of no one;
    - (loaded50) a hedge right before an adjective of a look ([hedged_description_words]: "a
      seemingly barren plain"), or a cue right after a word of its field that makes it a field's
      term for an event ([field_event_words]: "the economic collapse", "a nuclear meltdown")."""
    if last != first + 1:
        # (insults19) a label phrase as the first part of a compound noun naming an office, a
        # team or a field ("the corporate media office", "the legacy media archive")
        return category == "derogatory" and _next_word(doc, last - 1) in _sets().label_compounds
    sets, lower = _sets(), doc.lowers[first]
    # (the word after the cue is read only for the classes that need it: most cues are none of them)
    if category == "derogatory" and _next_word(doc, first) in sets.compound_heads and doc.token_texts[first + 1].islower():
        return True  # "a snake plant", "pig farmers": a compound noun names a thing
    if lower in sets.predictions:
        return not _predicted(doc, first, sets)
    if lower in sets.participles and _next_word(doc, first) in sets.object_starts:
        return True
    if lower in sets.verb_senses and _verb_use(doc, first, sets):
        return True  # (loaded47) "wanted to hack on", "he hacks at the branches", "Hadvar hacks the wolf down"
    compound = sets.compounds.get(lower)
    if compound is not None and _next_word(doc, first) in compound:
        return True  # (voice15) "a disaster preparedness nonprofit", "crisis management"
    hedged = sets.hedged_looks.get(lower)
    if hedged is not None and _next_word(doc, first) in hedged:
        return True  # (loaded50) "a seemingly barren plain": a look described, no claim doubted
    field = sets.field_events.get(lower)
    if field is not None and _word_before(doc, first) in field:
        return True  # (loaded50) "the economic collapse of the 1930s": a field's term for an event
    if lower in sets.of_only and _next_word(doc, first) != "of":
        return True  # (hype18) "a tidal barrage", "the artillery barrage"; "a barrage of criticism" counts
    if lower in sets.predicate_superlatives and first > 0 and doc.token_sentences[first - 1] == doc.token_sentences[first] \
            and doc.lowers[first - 1] in _BE:
        return True  # (voice15) "where those needs are greatest": a plain comparison
    said = sets.objects.get(lower)
    return said is not None and _heads_phrase(doc, first, said)


_BE = frozenset("is are was were be been being".split())


def _verb_use(doc: Document, i: int, sets: _Sets) -> bool:
    """(loaded47) Is the noun cue of [verb_sense_words] at i ("hack", "hacks") the verb: right
    after "to", a modal or a subject pronoun in its sentence ([verb_subject_words]: "wanted to
    hack on", "he hacks at"), or after a name in capitals with a determiner or an object pronoun
    after it ("Hadvar hacks the wolf down")? "A party hack", "the hacks", "Tory hacks on the
    committee" stay the label."""
    if i == 0 or doc.token_sentences[i - 1] != doc.token_sentences[i]:
        return False
    before = doc.lowers[i - 1]
    if before in sets.verb_subjects:
        return True
    raw = doc.token_texts[i - 1]
    return raw[:1].isupper() and not raw.isupper() and _next_word(doc, i) in sets.object_starts


def _next_word(doc: Document, i: int) -> str:
    """The word after i in its sentence, after one space ("" when none)."""
    j = i + 1
    if j < len(doc.lowers) and doc.token_sentences[j] == doc.token_sentences[i] and _spaced(doc, j):
        return doc.lowers[j]
    return ""


def _word_before(doc: Document, i: int) -> str:
    """(loaded50) The word before i in its sentence, one space before i ("" when none)."""
    j = i - 1
    if j >= 0 and doc.token_sentences[j] == doc.token_sentences[i] and _spaced(doc, i):
        return doc.lowers[j]
    return ""


def _heads_phrase(doc: Document, i: int, nouns: frozenset[str]) -> bool:
    """Is one of `nouns` among the OBJECT_WINDOW words after i, in its sentence, with only spaces
    and hyphens before it and no word of _PHRASE_ENDS ("fake supplier invoices", "conceded a
    goal"; not "conceded that the goal")? (loaded29) A noun of people or a group ([group_nouns])
    not followed by one of `nouns` heads the phrase itself: "corrupt officials kept records"
    labels the officials; "corrupt police records" is still the records'."""
    lowers, sentences = doc.lowers, doc.token_sentences
    for j in range(i + 1, min(i + 1 + OBJECT_WINDOW, len(lowers))):
        gap = doc.text[doc.token_ends[j - 1] : doc.token_starts[j]]
        if sentences[j] != sentences[i] or gap.strip(_OBJECT_GAP):
            return False
        if j == i + 1 and "money" in nouns and not _CURRENCY.isdisjoint(gap) and lowers[j][:1].isdigit():
            # (lead, session 25) an amount of money as the object ("helped tenants claim £1.3 million
            # in benefits"), not the subject of a clause claimed ("claimed $2 billion was wasted")
            after = lowers[j + 1 : j + 1 + OBJECT_WINDOW]
            return _PHRASE_ENDS.isdisjoint(after) and all(sentences[k] == sentences[i] for k in range(j, j + len(after) + 1))
        if lowers[j] in nouns:
            return True
        if lowers[j] in _PHRASE_ENDS:
            return False
        if lowers[j] in _sets().people and not (j + 1 < len(lowers) and lowers[j + 1] in nouns):
            return False  # (loaded29) "corrupt officials kept records": the people head the phrase
    return False


def _predicted(doc: Document, i: int, sets: _Sets) -> bool:
    """Is the word at i part of a prediction: a modal of [prediction_modal_words] before it in its
    sentence ("will be poisoned forever", "it'll be gone forever") and no negation before it
    ("won't last forever", "will not stay forever", "nothing will last forever")?"""
    before = doc.lowers[doc.sentences[doc.token_sentences[i]].first_token : i]
    if not sets.negations.isdisjoint(before) or any(w.endswith(("n't", "n’t")) for w in before):
        return False
    return not sets.modals.isdisjoint(before) or any(w.endswith(("'ll", "’ll")) for w in before)



# --- (version 28) a verb's plain sense read from its form: passive "admitted", "supposed to"

_BE = frozenset("is are was were be been being am".split())


def _plain_verb(doc: Document, category: str, first: int, last: int) -> bool:
    """Is the one-word cue at `first` a verb in its plain sense, by its form?

    - "admitted" after a form of "be" (an adverb between allowed) and not before "that": a
      patient, a student, a member admitted ("Most were admitted on a weekend evening"); the
      confession is active ("he admitted the offence") or says what was admitted ("it was
      admitted that ...");
    - "supposed to" before a verb other than "have": an obligation or an expectation ("are not
      supposed to operate", "was supposed to open in May"), not the doubt of "the supposed expert"
      or hearsay ("is supposed to have said");
    - (loaded34) "admit" after a modal or after a word of readiness and "to"
      ([admit_readiness_words]): a general remark about owning a fault ("Good policy can admit
      it might need fixing", "Few people are willing to admit they were wrong"), no confession
      reported ("the minister admitted", "forced to admit" keep their cue);
    - (loaded34) "complain" with a subject of [lay_complainer_words] (an auxiliary or an adverb
      between allowed): parents, residents or customers whose complaint is reported ("Parents had
      complained that some passages were explicit"), not a speaker cast as whining."""
    if last != first + 1:
        return False
    lowers, lower = doc.lowers, doc.lowers[first]
    nxt = _next_word(doc, first)
    if lower == "admitted" and category == "attribution":
        k = first - 1 if first > 0 and not lowers[first - 1].endswith("ly") else first - 2
        return k >= 0 and lowers[k] in _BE and doc.token_sentences[k] == doc.token_sentences[first] and nxt != "that"
    if lower == "admit" and category == "attribution" and first > 0:
        before = lowers[first - 1]
        if before in _MODAL_WORDS:
            return True  # "Good policy can admit it might need fixing"
        return before == "to" and first > 1 and lowers[first - 2] in _plain_verb_sets()[0]
    if lower.startswith("complain") and category == "attribution":
        j = _subject_place(doc, first)
        return j is not None and lowers[j] in _plain_verb_sets()[1]
    if lower == "supposed" and nxt == "to":
        return first + 2 < len(lowers) and lowers[first + 2] != "have"
    return False



_MODAL_WORDS = frozenset("can could will would may might should must shall".split())


@lru_cache(maxsize=1)
def _plain_verb_sets() -> tuple[frozenset[str], frozenset[str]]:
    """[admit_readiness_words] and [lay_complainer_words] of loaded_language.txt (loaded34)."""
    return words(_LOADED, "admit_readiness_words"), words(_LOADED, "lay_complainer_words")


def _subject_place(doc: Document, i: int) -> int | None:
    """The word before verb `i` in its sentence, past auxiliaries and adverbs ("the gearbox has
    always whined", "Parents had complained"), or None."""
    sentence = doc.token_sentences[i]
    j = i - 1
    while j >= 0 and doc.token_sentences[j] == sentence and (doc.lowers[j] in _SUBJECT_SKIP or doc.lowers[j].endswith("ly")):
        j -= 1
    return j if j >= 0 and doc.token_sentences[j] == sentence else None


# --- (voice16) a machine's noise: "the gearbox whines"

_SUBJECT_SKIP = frozenset("has have had is was been keeps kept still always often constantly now also started began to "
                          "will would can could may might does did".split())


@lru_cache(maxsize=1)
def _machine_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """[noise_verb_words], [machine_words] and [machine_pronouns] of loaded_language.txt."""
    return (words(_LOADED, "noise_verb_words"), words(_LOADED, "machine_words"), words(_LOADED, "machine_pronouns"))


def _machine_noise(doc: Document, first: int, last: int) -> bool:
    """Is the attribution cue at `first` a verb of noise ([noise_verb_words]: "whine", "moan",
    "groan") made by a machine or a part of one, not a person's complaint? Its subject (the word
    before it, past auxiliaries and adverbs: "the gearbox has always whined") or the noun it
    qualifies ("a whining pump") is one of [machine_words]; or its subject is a pronoun of
    [machine_pronouns] ("it", "mine", "these") or it is the noun after a determiner ("a faint
    whine", "the whine") and one of [machine_words] is written earlier in the text ("My car is
    fine. Mine has whined since 50,000 miles" reads the car: a forum thread names its machine in
    its title)."""
    if last != first + 1:
        return False
    verbs, machines, pronouns = _machine_sets()
    if doc.lowers[first] not in verbs:
        return False
    if _next_word(doc, first) in machines:
        return True  # "a whining pump"
    j = _subject_place(doc, first)
    if j is None:
        return False
    subject = doc.lowers[j]
    if subject in machines:
        return True
    if subject not in pronouns and not ((subject in _NOISE_DETERMINERS or j > 0 and doc.lowers[j - 1] in _NOISE_DETERMINERS)
                                        and _next_word(doc, first) not in _WHOSE_NOISE):
        return False  # (not "the usual whine from the opposition": whose whine is said)
    return not machines.isdisjoint(doc.lowers[:j])  # a machine named earlier: "my hatchback's CVT ... Mine has whined"


# "a faint whine", "the whine": the noun of the sound (with a machine named before it)
_NOISE_DETERMINERS = frozenset("a the that this".split())
_WHOSE_NOISE = frozenset("from about over of that".split())


# --- (version 28) a work's title without quotation marks

_APPOSITION_WINDOW = 6  # words after "Rage, " searched for the word for a work ("the director's third film")
_APPOSITION_STARTS = frozenset("the a an his her their its".split())


def _titled(doc: Document, word: str) -> bool:
    """Is the capitalised `word` named somewhere in the text as a film's, a book's or a show's
    title: right before a verb said of a work ([title_verb_words]: "Rage opened on 310
    screens", "Rage premiered", "Rage stars Luke Tran") or before an apposition naming a work
    ("Rage, the director's third film")? Then it is that title wherever it is written so, a
    sentence's first word and a headline's included. (The word's places found by one C-level
    pass: this runs for capitalised emotive cues only.)"""
    texts = doc.token_texts
    verbs = _sets().title_verbs
    for j in compress(range(len(texts)), map(word.__eq__, texts)):
        nxt = _next_word(doc, j)
        if nxt in verbs and doc.token_texts[j + 1].islower() or _work_apposition(doc, j):
            return True
    return False


def _work_apposition(doc: Document, j: int) -> bool:
    """Is word j followed by a comma and a phrase opening with a determiner or a possessive
    that names a work within _APPOSITION_WINDOW words ("Rage, the director's third film")?"""
    lowers, sentences = doc.lowers, doc.token_sentences
    n = j + 1
    if n >= len(lowers) or sentences[n] != sentences[j] or doc.text[doc.token_ends[j] : doc.token_starts[n]].strip() != ",":
        return False
    if lowers[n] not in _APPOSITION_STARTS:
        return False
    for m in range(n + 1, min(n + 1 + _APPOSITION_WINDOW, len(lowers))):
        if sentences[m] != sentences[j] or lowers[m] in _PHRASE_ENDS:
            return False
        if lowers[m] in _WORK_WORDS:
            return True
    return False



# --- (loaded27) a word used to deny it; a story's own topic word

# The categories of words a writer may deny ("not a disaster"); a doubt, editorial or
# attribution cue after "not" ("not surprisingly", "did not admit") is another matter.
_DENIABLE = frozenset(("emotive", "derogatory", "exaggeration"))
# Words that may stand between the denial and the cue: an article or a degree ("not a
# disaster", "hardly so shocking", "not particularly spectacular").
_DENIAL_GAP = frozenset("a an so very that too particularly especially exactly quite all".split())


def denied(doc: Document, first: int) -> bool:
    """Is the cue at `first` denied by the words right before it in its sentence ([denial_words]:
    "good rather than spectacular", "far from a disaster", "hardly shocking"; or a word of
    [predicate_denial_words] in the place of a predicate: "they are not racists", "isn't
    spectacular", "calling them not racists but patriots", "neither racists nor bigots"), with at
    most one word of _DENIAL_GAP between? "Not only shocking" and "not just a scandal" keep the
    cue: "only" and "just" are no gap words, so the denial is not next to it."""
    lowers, sentences = doc.lowers, doc.token_sentences
    k = first - 1
    if k >= 0 and lowers[k] in _DENIAL_GAP and sentences[k] == sentences[first]:
        k -= 1
    if k < 0 or sentences[k] != sentences[first]:
        return False
    if lowers[k] in _denial_sets().predicate or lowers[k].endswith(("n't", "n’t")):
        return _denied_predicate(doc, k, first)
    if lowers[k] in _denial_sets().copulas and k > 0 and sentences[k - 1] == sentences[first] and _denies_verb(lowers[k - 1]):
        return True  # (voice15) a denied linking verb: "does not seem reckless", "won't be a disaster"
    denials = _denial_sets().anywhere
    return lowers[k] in denials or k > 0 and sentences[k - 1] == sentences[first] and f"{lowers[k - 1]} {lowers[k]}" in denials


# (loaded29) A denial that asserts the cue: a double negation ("Nobody can call this anything but
# a scandal") or a rhetorical condition ("If that is not a disgraceful betrayal, what is?"). The
# words that open the negated clause before "anything but", and the words that answer the
# condition ("what is", "nothing is", "I don't know what is").
_CLAUSE_NEGATIONS = frozenset(
    """nobody none nothing never not no cannot impossible hard difficult""".split())
_ANSWERING_WORDS = frozenset(("what", "nothing", "who"))
_CLAUSE_GAP_RE = re.compile(r"[,;:\u2014\u2013]")
CLAUSE_WINDOW = 8  # words looked back over for the negation or the "if" of a clause


def asserted(doc: Document, first: int) -> bool:
    """(loaded29) Is the cue at `first` asserted, with emphasis, by the denial before it? Two
    forms deny the cue's opposite, not the cue:

    - "anything but" (or "anything other than", "anything except") right before it, an article
      or a degree word between allowed, after a negation in its clause: "Nobody can call this
      anything but a scandal", "it is impossible to see it as anything other than a betrayal"
      (without one, "anything but" is left as it was: a weak cue after it stays unconfirmed);
    - a denial in a condition answered by "what is", "nothing is": "If that is not a
      disgraceful betrayal, what is?", "If this isn't a scandal, I don't know what is."

    (lift30) A sentence closed by ", plain and simple" asserts its cues too (`_sealed_verdict`).

    Such a cue is counted (a weak one too: the emphasis confirms it)."""
    if _sealed_verdict(doc, first):
        return True
    lowers, sentences = doc.lowers, doc.token_sentences
    k = first - 1
    if k >= 0 and lowers[k] in _DENIAL_GAP and sentences[k] == sentences[first]:
        k -= 1
    if k < 1 or sentences[k] != sentences[first]:
        return False
    word = lowers[k]
    if word in ("but", "than", "except"):
        j = k - (2 if word == "than" else 1)  # "anything other than"
        return j > 0 and lowers[j] == "anything" and (word != "than" or lowers[k - 1] == "other") \
            and (_negated_clause(doc, j) or rejections.asserted_by_rejection(doc, j))
    if word in _denial_sets().predicate or word.endswith(("n't", "n\u2019t")):
        return _rhetorical_condition(doc, k, first)
    return False


_CLOSERS = (("plain", "and", "simple"), ("pure", "and", "simple"))


def _sealed_verdict(doc: Document, first: int) -> bool:
    """(lift30) Does the cue's sentence end with the writer's verdict sealed after a comma, ",
    plain and simple" or ", pure and simple" ("This is voter suppression, plain and simple", "It
    was ballot harvesting, pure and simple")? The closer says the word before it is meant as
    said, so a weak cue there counts. "A plain and simple design" closes nothing."""
    sentence = doc.sentences[doc.token_sentences[first]]
    end = sentence.last_token
    if end - 3 <= first or tuple(doc.lowers[end - 3 : end]) not in _CLOSERS:
        return False
    return "," in doc.text[doc.token_ends[end - 4] : doc.token_starts[end - 3]]


def _clause_words(doc: Document, i: int, step: int) -> Iterator[int]:
    """The words from i (not included) back (step -1) or on (step 1) to the end of its clause:
    its sentence's edge or a comma, a semicolon, a colon or a dash between two words."""
    lowers, sentences, starts, ends, text = doc.lowers, doc.token_sentences, doc.token_starts, doc.token_ends, doc.text
    j = i
    while True:
        n = j + step
        if n < 0 or n >= len(lowers) or sentences[n] != sentences[i]:
            return
        gap = text[ends[n] : starts[j]] if step < 0 else text[ends[j] : starts[n]]
        if _CLAUSE_GAP_RE.search(gap):
            return
        yield n
        j = n


def _negated_clause(doc: Document, j: int) -> bool:
    """Does a negation stand before word j in its clause ("Nobody can call this anything")?"""
    for n, m in zip(range(CLAUSE_WINDOW), _clause_words(doc, j, -1)):
        w = doc.lowers[m]
        if w in _CLAUSE_NEGATIONS or w.endswith(("n't", "n\u2019t")) or w == "one" and m and doc.lowers[m - 1] == "no":
            return True
    return False


def _rhetorical_condition(doc: Document, k: int, first: int) -> bool:
    """Is the denial at k in a clause opened by "if", and is the clause after the cue's one an
    answer of "what is" ("If that is not a disgraceful betrayal, what is?", "..., I don't know
    what is.", "..., nothing is.")?"""
    if not any(doc.lowers[m] == "if" for _, m in zip(range(CLAUSE_WINDOW), _clause_words(doc, k, -1))):
        return False
    end = first
    for end in _clause_words(doc, first, 1):
        pass
    after = end + 1  # the next clause's first word
    if after >= len(doc.lowers) or doc.token_sentences[after] != doc.token_sentences[first]:
        return False
    rest = [after, *_clause_words(doc, after, 1)]
    last = doc.lowers[rest[-1]]
    sets = _denial_sets()
    return not _ANSWERING_WORDS.isdisjoint(doc.lowers[m] for m in rest) \
        and (last in sets.copulas or last in sets.auxiliaries)


_NEGATED_BE = frozenset("isn't aren't wasn't weren't ain't".split())
# (loaded28) "they're not", "it's no", "I'm never": a form of "be" joined to its subject
_JOINED_BE = ("'re", "’re", "'s", "’s", "'m", "’m")
# Words a contrast ends a denied word with: "not racists but patriots", "neither racists nor bigots"
_CONTRAST_WORDS = {"not": "but", "never": "but", "neither": "nor"}
CONTRAST_WINDOW = 4  # words after the cue within which "but" or "nor" closes the contrast
# (fair27) Words before "not" that make it the second half of a contrast, the writer's word first
# and the denied one after it: "sobering but not hopeless", "tense yet not violent", "a setback,
# though not a catastrophe" (not "if not": "serious, if not catastrophic" leaves the cue open)
_CONTRAST_BEFORE = frozenset("but yet though although albeit".split())


def _denied_predicate(doc: Document, k: int, first: int) -> bool:
    """Is the denial at k ("not", a word in "n't", "never", "no", "neither", "nor") said of
    what follows as a predicate? (loaded28) Four places:

    - after a form of "be" or a linking verb ([copula_words]), an adverb between allowed: "is
      not oppressive", "they are certainly not racists", "they're no thugs", "was never a
      disaster", "seemed neither shocking nor new"; a word in "n't" only as "be" itself:
      "isn't a disaster", "wasn't huge";
    - after "as": "described as not extremists";
    - "not ... but", "neither ... nor" with the contrast closed within CONTRAST_WINDOW words, the
      word before the denial no auxiliary verb: "calling them not racists but patriots";
    - "nor" after a denied word of its sentence: "neither racists nor bigots".

    A negated verb keeps its cue: "didn't hack", "can't whitewash", "did not hack the servers but
    ...", and an "-ing" cue after the denial is the verb ("isn't kowtowing"), unless it is one
    of [participle_cue_words], an adjective too ("isn't shocking")."""
    lowers, sentences = doc.lowers, doc.token_sentences
    if lowers[first].endswith("ing") and lowers[first] not in _sets().participles:
        return False  # "isn't kowtowing": the verb ("isn't shocking": the adjective, denied)
    word = lowers[k].replace("’", "'")
    if word.endswith("n't"):
        return word in _NEGATED_BE
    if word == "nor":
        return _earlier_denial(doc, k)
    before = [lowers[j] for j in (k - 2, k - 1) if j >= 0 and sentences[j] == sentences[k]]  # the two words before
    if before and (_is_copula(before[-1]) or before[-1] == "as"):
        return True  # "they are not racists", "described as not extremists"
    if word == "not" and before and before[-1] in _CONTRAST_BEFORE and not _question_at(doc, first):
        return True  # (fair27) "sobering but not hopeless", "a setback, though not a catastrophe"
    if len(before) == 2 and _adverb(before[1]) and _is_copula(before[0]):
        return True  # "they are certainly not racists"
    closing = _CONTRAST_WORDS.get(word)
    if closing is None or before and before[-1] in _denial_sets().auxiliaries:
        return False  # "did not hack the servers but ..."
    for m in range(first + 1, min(first + 1 + CONTRAST_WINDOW, len(lowers))):
        if sentences[m] != sentences[first]:
            return False
        if lowers[m] == closing:
            return True
    return False


def _question_at(doc: Document, i: int) -> bool:
    """Is word i's sentence a question ("Tense, but not a disaster?")?"""
    return doc.sentences[doc.token_sentences[i]].text.rstrip(" \t\n\"'\u201d\u2019)").endswith("?")


def _earlier_denial(doc: Document, k: int) -> bool:
    """Is "nor" at k the second half of a denial: a "neither", "not" or "never" earlier in its
    sentence that denies a predicate ("neither racists nor bigots", "are not racists, nor
    bigots")? "Neither the police nor corrupt officials" denies nothing: its "neither" stands
    before a subject."""
    lowers, sentences = doc.lowers, doc.token_sentences
    j = k - 1
    while j >= 0 and sentences[j] == sentences[k]:
        if lowers[j] in ("neither", "not", "never"):
            # (a determiner after it is a noun phrase's: "neither the police nor ...")
            return j + 1 < k and (lowers[j + 1] in _DENIAL_GAP or lowers[j + 1] not in _sets().object_starts) \
                and _denied_predicate(doc, j, j + 1)
        j -= 1
    return False


def _denies_verb(word: str) -> bool:
    """"not", "never" or an auxiliary in "n't" ("doesn't", "won't") before a linking verb."""
    return word in ("not", "never") or word.endswith(("n't", "n’t"))


def _adverb(word: str) -> bool:
    """An adverb that may stand between "be" and its denial: "certainly", "simply", "still"."""
    return word.endswith("ly") and len(word) > 4 or word in _denial_sets().adverbs


def _is_copula(word: str) -> bool:
    return word in _denial_sets().copulas or word.endswith(_JOINED_BE) and len(word) > 2


class _DenialSets(NamedTuple):
    anywhere: frozenset[str]  # [denial_words]: words and two-word phrases
    predicate: frozenset[str]
    copulas: frozenset[str]
    adverbs: frozenset[str]
    auxiliaries: frozenset[str]


@lru_cache(maxsize=1)
def _denial_sets() -> _DenialSets:
    anywhere = frozenset(" ".join(line.split()) for line in load_sections(_LOADED)["denial_words"])
    return _DenialSets(anywhere, *(words(_LOADED, name) for name in (
        "predicate_denial_words", "copula_words", "denial_adverb_words", "auxiliary_words")))


# A weak cue's word used in this many other sentences of the text is the story's topic ("flood"
# in a story about a flood): an exclamation mark alone does not make it loaded.
TOPIC_USES = 2


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def topic_word(doc: Document, first: int, plain: Callable[[int], bool]) -> bool:
    """(loaded27) Is the word at `first` the text's topic: a form of it ("flood", "floods",
    "flooding") in TOPIC_USES other sentences or more that are `plain` (hold no loaded cue: "the
    money for the flood wall was approved")? Asked only of a weak cue whose sentence holds no cue
    but an exclamation mark ("let our homes flood!"). A rant repeating "lies" beside other loaded
    words names no topic with it."""
    stem, k = _stem(doc.lowers[first]), doc.token_sentences[first]
    others = set()
    # the forms found in the text by one search (in C) rather than a loop over every word
    for m in re.finditer(r"\b" + re.escape(stem) + r"\w*", doc.text, re.IGNORECASE):
        j = _token_at(doc, m.start())
        if j < len(doc.lowers) and _stem(doc.lowers[j]) == stem and doc.token_sentences[j] != k:
            if plain(doc.token_sentences[j]):
                others.add(doc.token_sentences[j])
    return len(others) >= TOPIC_USES

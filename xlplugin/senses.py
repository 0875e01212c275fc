"""Words in another sense: a cue word used where it is not the cue.

Word lists cannot tell the senses of a word apart; these rules read the words around it:

- `calls_nothing` (attribution): "call" reports (a demand, a label) only with its complement
  after it ("called for calm", "called it a disgrace", "called Smith a liar"); without one it is
  a telephone call or a name ("FaceTime calls to 40 relatives", "phone calls rose", "the
  package and environment manager called conda").
- `verb_as_noun` (loaded language): a listed verb whose noun is a plain word ("blast", "slam",
  "claim", "flood") right after a determiner or a number is that noun ("the blasts vary", "two
  slams", "the claims"); a verb whose noun is loaded too lists the noun as well ("smear/n").
- `plays_a_role` (loaded language): in a film, TV or book review a cue that describes a
  character is not the author's word: the object of a casting verb ("plays a ruthless divorce
  lawyer", "cast as a brutal killer"; not "plays a huge role") and a role noun ("the villain")
  and what it is said to be ("the villain is a brutal killer"), where the paragraph talks about
  a work of fiction.

Used by `xlplugin.cues` and `xlplugin.scorers.loaded_language`; the words are in the data files
(attribution.txt [call_words], loaded_language.txt [casting_words] and the sections after it).
Blind spots: "she called the minister" (a telephone call) still reports; a character described
outside a casting verb or a role noun ("Hannibal is a brutal killer") still counts; a loaded
noun after a determiner whose verb only is listed ("the mocks") is not counted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .acts import _sets as acts_sets
from .acts import act_not_statement
from .lexicon import load_sections
from .phrases import words
from .source_window import ADVERBS, AUXILIARY, DETERMINERS, Words
from .text import Document

__all__ = ["not_a_report", "calls_nothing", "verb_as_noun", "plays_a_role", "names_a_work", "warm_up"]

_ATTRIBUTION = "attribution.txt"
_LOADED = "loaded_language.txt"
# The most words from a casting verb ("plays") or "is" after a role noun to the cue, and from a
# role noun back to its determiner: a noun phrase ("a ruthless divorce lawyer") is short.
ROLE_WINDOW = 4
_QUOTE_OPENERS = "\"\u201c\u2018'"
# Between two words of one noun phrase: a space or a hyphen, nothing else.
_NOT_ONE_PHRASE = re.compile(r"[^ \-]")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands".split())


class _Sets:
    """The word sets the rules read, looked up once (they are asked for every cue and every verb
    of saying: attribute look-ups, not a cached call with two arguments each time)."""

    def __init__(self) -> None:
        self.calls = words(_ATTRIBUTION, "call_words")
        self.call_complements = words(_ATTRIBUTION, "call_complement_words")
        self.call_taking = words(_ATTRIBUTION, "call_taking_verbs")
        self.phrase_ends = words(_LOADED, "phrase_end_words")
        self.casting = words(_LOADED, "casting_words")
        self.casting_as = words(_LOADED, "casting_as_words")
        self.roles = words(_LOADED, "role_noun_words")
        self.fiction = words(_LOADED, "fiction_words")
        self.not_characters = words(_LOADED, "not_character_words")
        # a word one of which stands at or before a cue that describes a character (a casting
        # verb, "as" after one, a role noun): a cue without one near it is passed over at once
        self.role_triggers = self.casting | self.casting_as | self.roles
        self.verb_only = _verb_only_forms()
        # a paragraph about a work, and the last words of a work's title (names_a_work)
        self.works = self.fiction | words(_ATTRIBUTION, "work_words")
        self.title_ends = self.roles | words(_ATTRIBUTION, "role_words")
        self.title_suffixes = tuple(sorted(words(_ATTRIBUTION, "title_role_suffixes")))
        # a noun form of a reporting word as a verb's object (object_of_a_verb)
        self.noun_forms = words(_ATTRIBUTION, "noun_reporting_words")
        self.source_nouns = (words(_ATTRIBUTION, "role_words") | words(_ATTRIBUTION, "organisation_words")
                             | words(_ATTRIBUTION, "weasel_source_words") | words(_ATTRIBUTION, "document_words"))
        self.object_verb_openers = words(_ATTRIBUTION, "object_verb_opener_words")
        self.reporting = words(_ATTRIBUTION, "reporting_words")
        self.adverbs = words(_ATTRIBUTION, "plain_adverb_words")
        # function words, pronouns among them ("the", "when", "he"): no adjective and no verb
        self.not_adjectives = words(_ATTRIBUTION, "not_name_words")


@lru_cache(maxsize=1)
def _sets() -> _Sets:
    return _Sets()


# ------------------------------------------------------------------------------------------------
# "call": a verb of saying only with its complement
# ------------------------------------------------------------------------------------------------

def not_a_report(w: Words, i: int, text: str) -> bool:
    """Is the reporting word at `i` (i > 0) of a sentence's words `w` used in a sense that reports
    nothing, by the words around it: a call or a name (`calls_nothing`)? (A noun right after a
    preposition, "in posts", is `cues.after_preposition`'s, which keeps "residents the station
    spoke with say" a report.) A plea, a price or a notice's noun ("pleaded guilty", "quoted at
    \u00a3780,000", "Yellow warning for wind") is `acts.act_not_statement`'s."""
    return calls_nothing(w, i, text) or object_of_a_verb(w, i, text) or act_not_statement(w, i, text)


def may_not_report(lw: str) -> bool:
    """Can `not_a_report` say yes for the word `lw` anywhere? Each of its three rules starts with
    a test of the word alone ([call_words]; a noun form or its plural; acts.py's word lists):
    False here means False there, whatever the words around it. (For `cues`' per-word table:
    most verbs of saying, "said", "told", pass none of them, and their calls are spared.)"""
    sets = _sets()
    return lw in sets.calls or lw in sets.noun_forms or lw.endswith("s") and lw[:-1] in sets.noun_forms \
        or lw in acts_sets().every



def calls_nothing(w: Words, i: int, text: str) -> bool:
    """Is the word of [call_words] at `i` of a sentence's words `w` a call or a name, not a report?
    It reports only with a complement right after it: a word of [call_complement_words] ("for",
    "on", "it", "them"), a determiner ("called the plan"), a capitalised word ("called Smith a
    liar") or a quotation ("called \u201cfake news\u201d")."""
    texts, lowers, starts, ends = w
    sets = _sets()
    if lowers[i] not in sets.calls:
        return False
    if i + 1 >= len(lowers):
        return True  # "she called." (on the telephone)
    if i > 0 and lowers[i - 1] in sets.call_taking:
        return True  # "answered calls for help": the noun, the object of a verb ([call_taking_verbs])
    after = lowers[i + 1]
    if after in sets.call_complements or after in DETERMINERS:
        return False
    if texts[i + 1][:1].isupper() or any(c in _QUOTE_OPENERS for c in text[ends[i]:starts[i + 1]]):
        return False
    return True


# The most lower-case words (adjectives: "the wild claims", "unconfirmed media reports") between a
# verb and the noun form of a reporting word that is its object.
OBJECT_ADJECTIVES = 2


def object_of_a_verb(w: Words, i: int, text: str) -> bool:
    """Is the reporting word at `i` a noun ([noun_reporting_words] or their plurals: "claims",
    "reports") that is the object of a verb ("wanted to hurl the wild claims", "has received
    reports of flooding", "he repeated the wild claims")? Walking back: at most OBJECT_ADJECTIVES
    plain lower-case words (no source noun, no name: not "the man claims"), a determiner or
    none (a plural only: "has received reports", not "help brands find"), then a verb: a lower-case word after a word of [object_verb_opener_words] ("to", a
    modal, "has", a subject pronoun), or, with a determiner, one in -ed ("repeated the wild
    claims"). A verb of saying is no such verb ("they say the man claims" is cues.py's), and a
    passive one takes no object ("the man who was arrested claims")."""
    lowers = w.lowers
    sets = _sets()
    lw = lowers[i]
    if lw not in sets.noun_forms and not (lw.endswith("s") and lw[:-1] in sets.noun_forms):
        return False
    plural = lw not in sets.noun_forms  # ("reports": without a determiner only a plural is a noun)
    for j in range(i - 1, max(0, i - OBJECT_ADJECTIVES - 2), -1):
        if lowers[j] in DETERMINERS:
            return _verb_before_object(w, j - 1, text, sets, True)
        if not _plain_word(w, j, sets):
            return False
        if plural and _verb_before_object(w, j, text, sets, False):
            return True
    return False


def _verb_before_object(w: Words, v: int, text: str, sets: _Sets, determiner: bool) -> bool:
    """Is the word at `v` a verb whose object follows: a plain word (`_plain_word`) that is no
    verb of saying, a space after it, after a word of [object_verb_opener_words] or, before a
    determiner, ending in -ed?"""
    lowers = w.lowers
    if v < 1 or not _plain_word(w, v, sets) or lowers[v] in sets.reporting or text[w.ends[v]:w.starts[v + 1]] != " ":
        return False
    return lowers[v - 1] in sets.object_verb_openers or determiner and lowers[v].endswith("ed")


def _plain_word(w: Words, k: int, sets: _Sets) -> bool:
    """Is the word at `k` a lower-case word that is no source noun and no function word (an
    adjective or a verb, as far as word lists tell)?"""
    lw = w.lowers[k]
    return w.texts[k][:1].islower() and lw.isalpha() and lw not in sets.source_nouns and lw not in sets.not_adjectives \
        and lw not in AUXILIARY and lw not in ADVERBS and lw not in sets.adverbs and not lw.endswith("ly")  # ("he always claims")


# ------------------------------------------------------------------------------------------------
# a listed verb read as its plain noun
# ------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _verb_only_forms() -> frozenset[str]:
    """The base and -s forms of the loaded list's "/v" entries ("blast", "blasts") that no other
    entry lists (not "rant", listed as a noun too): the forms a noun shares with its verb."""
    from .scorers.loaded_language import LEXICON_CATEGORIES, WEAK_CATEGORIES, WEAK_SUFFIX, _expand, _verb_forms
    sections = load_sections(_LOADED)
    names = list(LEXICON_CATEGORIES) + [c + WEAK_SUFFIX for c in WEAK_CATEGORIES]
    verbs: set[str] = set()
    others: set[str] = set()
    for name in names:
        for entry in sections[name]:
            lemma, _, marker = entry.rpartition("/")
            if marker.strip() == "v" and " " not in lemma.strip():
                lemma = lemma.strip()
                verbs |= {f for f in _verb_forms(lemma) if f == lemma or f.endswith("s") and not f.endswith("ss")}
            else:
                others |= _expand(entry)
    return frozenset(verbs - others)


def verb_as_noun(doc: Document, i: int) -> bool:
    """Is the cue word at `i` the base or -s form of a listed verb whose noun is a plain word,
    right after a determiner or a number in its sentence ("the blasts", "two slams", "a
    crush")? A verb of saying or doing takes no determiner ("the senator slams the bill")."""
    if i == 0 or doc.lowers[i] not in _sets().verb_only:
        return False
    if doc.token_sentences[i - 1] != doc.token_sentences[i]:
        return False
    before = doc.lowers[i - 1]
    return before in DETERMINERS or before in _NUMBER_WORDS or before[:1].isdigit()


# ------------------------------------------------------------------------------------------------
# characters in a review
# ------------------------------------------------------------------------------------------------

def _one_phrase(doc: Document, a: int, b: int) -> bool:
    """Do the words a..b (a < b) stand in one sentence with only spaces or hyphens between them?"""
    text, starts, ends = doc.text, doc.token_starts, doc.token_ends
    if doc.token_sentences[a] != doc.token_sentences[b]:
        return False
    return not any(_NOT_ONE_PHRASE.search(text[ends[k]:starts[k + 1]]) for k in range(a, b))


def _phrase_opener(doc: Document, first: int) -> int | None:
    """The position of the word that opens the noun phrase holding the cue at `first` (a
    determiner within ROLE_WINDOW words before it, nothing that ends a noun phrase between), or
    None."""
    ends_phrase = _sets().phrase_ends
    for k in range(first - 1, max(-1, first - ROLE_WINDOW - 1), -1):
        lw = doc.lowers[k]
        if lw in DETERMINERS:
            return k if _one_phrase(doc, k, first) else None
        if lw in ends_phrase:
            return None
    return None


def _casting_object(doc: Document, first: int) -> bool:
    """Is the cue at `first` inside the noun phrase after a casting verb ("plays a ruthless
    divorce lawyer", "starred as the villain", "cast as a brutal killer")?"""
    k = _phrase_opener(doc, first)
    if k is None or k == 0 or _names_no_character(doc, first):
        return False
    verb = doc.lowers[k - 1]
    if verb == "as" and k > 1:
        return doc.lowers[k - 2] in _sets().casting_as
    return verb in _sets().casting


def _names_no_character(doc: Document, first: int) -> bool:
    """Does the noun phrase of the cue at `first` end in a word of [not_character_words] within
    ROLE_WINDOW words ("plays a huge role", "played a crucial part"): an idiom, no character?"""
    ends_phrase, idioms = _sets().phrase_ends, _sets().not_characters
    for k in range(first, min(len(doc.lowers), first + ROLE_WINDOW + 1)):
        if doc.lowers[k] in idioms:
            return True
        if doc.lowers[k] in ends_phrase or k > first and not _one_phrase(doc, k - 1, k):
            return False
    return False


def _role(doc: Document, first: int) -> bool:
    """Is the cue at `first` a role noun right after a determiner ("the villain"), or inside the
    noun phrase said to be one ("the villain is a brutal killer")?"""
    roles = _sets().roles
    lowers = doc.lowers
    if lowers[first] in roles:
        return first > 0 and lowers[first - 1] in DETERMINERS
    k = _phrase_opener(doc, first)
    if k is None or k < 2 or lowers[k - 1] not in ("is", "was", "becomes", "became"):
        return False
    return lowers[k - 2] in roles


def _about_fiction(doc: Document, first: int, fiction: frozenset[str] | None = None) -> bool:
    """Does the paragraph of the word at `first` talk about a work of fiction (a word of
    [fiction_words], or of `fiction` where given)?"""
    fiction = _sets().fiction if fiction is None else fiction
    k = doc.token_sentences[first]
    paragraph = doc.sentences[k].paragraph
    while k > 0 and doc.sentences[k - 1].paragraph == paragraph:
        k -= 1  # (back to the paragraph's first sentence, then forward through it)
    for s in doc.sentences[k:]:
        if s.paragraph != paragraph:
            break
        said = doc.lowers[s.first_token:s.last_token]
        if not fiction.isdisjoint(said):
            return True
    return False


def plays_a_role(doc: Document, first: int) -> bool:
    """Does the cue at `first` describe a character of a film, a series or a book, not the
    author's view: the object of a casting verb, or a role noun and what it is said to be, in a
    paragraph about a work of fiction?"""
    near = doc.lowers[max(0, first - ROLE_WINDOW - 2):first + 1]
    if _sets().role_triggers.isdisjoint(near):
        return False  # no casting verb or role noun near: most cues (one C-level test)
    return (_casting_object(doc, first) or _role(doc, first)) and _about_fiction(doc, first)


# ------------------------------------------------------------------------------------------------
# a work's title read as a person
# ------------------------------------------------------------------------------------------------

def _title_end(w: Words, k: int, sets: _Sets) -> bool:
    """Is the word at `k` the last word of a title: a capitalised run opened by "the" ("The
    Lantern Keeper", "the Night Watchman") whose last word, the one at `k`, is an agent or role
    noun ([title_role_suffixes], [role_words], [role_noun_words])?"""
    texts, lowers = w.texts, w.lowers
    lw = lowers[k]
    if not texts[k][:1].isupper() or not (lw in sets.title_ends or lw.endswith(sets.title_suffixes)):
        return False
    j = k
    while j > 0 and texts[j - 1][:1].isupper() and lowers[j - 1] != "the":
        j -= 1
    return j > 0 and lowers[j - 1] == "the"


def _in_title(w: Words, k: int, sets: _Sets) -> bool:
    """Is the capitalised word at `k` inside a title (`_title_end` at it or at a capitalised
    word after it in the same run)?"""
    texts = w.texts
    while k < len(texts) and texts[k][:1].isupper():
        if _title_end(w, k, sets):
            return True
        k += 1
    return False


def names_a_work(doc: Document, w: Words, idxs: list[int], not_names: frozenset[str], text: str) -> bool:
    """Is the source phrase of a verb of saying (its words `idxs` in the sentence's words `w`) a
    work, not a person: its only names inside a title ending in a role noun ("The Lantern Keeper
    is the kind of film that asks"), or an apposition holding a work word after such a title
    ("The Night Watchman, the new thriller on the streaming service, says"), in a paragraph about
    a work ([work_words], [fiction_words])? "Night watchman Tom Reed says" and "The keeper said"
    hold no title."""
    sets = _sets()
    texts, lowers, starts, ends = w
    first = min(idxs)
    names = [k for k in idxs if texts[k][:1].isupper() and lowers[k] not in not_names]
    if names:
        work = all(_in_title(w, k, sets) for k in names)
    else:
        work = first > 0 and "," in text[ends[first - 1]:starts[first]] and _title_end(w, first - 1, sets) \
            and any(lowers[k] in sets.works for k in idxs)
    if not work:
        return False
    return _about_fiction(doc, bisect_left(doc.token_starts, starts[first]), sets.works)


def warm_up() -> None:
    _sets()

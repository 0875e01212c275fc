"""(negate24) A loaded word the writer rejects, and a claim the writer checks.

Two classes of a cue that is not the writer's own charge (read by `loaded_senses.other_sense`):

1. A rejected predication. The writer says that nobody is the thing the cue names, or that
   naming it so would be wrong (`rejected`):

   - a negative subject before "be" and the cue as its predicate: "Nobody in this dispute is a
     villain", "Neither side at that meeting was the villain", "No one here is being
     hysterical", "None of them is a crook" ([rejection_subject_words]; the subject may carry
     "of" and place phrases, "here", "involved", never a verb: "No one can deny this is a
     disaster" keeps its cue);
   - a naming verb ([naming_verb_words]: "call", "label", "describe ... as") whose complement
     is the cue, rejected: negated ("I would not call it a catastrophe", "I wouldn't call them
     thugs"), after a word of wrongness ([wrong_naming_words]: "It would be wrong to call the
     plan a disaster", "It would be unfair to describe the critics as hysterical"), as the
     subject of a wrong-word predicate ("Calling the mayor a liar would be unfair", "To call it
     a fiasco would be an exaggeration"), or with a negative subject ("Nobody is calling the
     plan a disaster").

   (loose27) And a charge the text says nobody made (`_unmade_charge`): inside the charge of a
   negated verb of accusing ("Nobody accused the union of thuggery", "The sheriff did not
   accuse the protesters of thuggery"), after a negated verb of saying ("Smith did not say the
   protesters were thugs"), the complement of a negated passive naming ("It was never called a
   witch hunt"), a naming verb after an inverted negation ("At no point did the mayor call the
   protesters thugs"). "He denied being a crook" is no negation: the speaker's word, reported.

   Kept (the cue counts): a cue in the subject ("Nobody but a villain would do this"), a
   comparison that asserts it ("Nobody is a bigger liar than the mayor", "No one is a villain
   like him"), a double negation ("It would be wrong not to call it a disaster", "It would not
   be unfair to call it a disaster"), "anything but" ("Calling it anything but a scandal would
   be a lie": `asserted_by_rejection`, read by loaded_senses.asserted), and any question ("Who
   would not call it a disaster?", "Isn't this a disaster?").

2. A claim the writer checks (`checked_by_writer`): "claims" or "admits" in a sentence next to
   the writer's own test or measurement ("Kettleby claims up to 45 minutes, but ...", then "In
   normal use I got between 22 and 27 minutes"; "by my stopwatch", "in our tests", "we
   measured") reports what was claimed before the writer checks it, as a claim said to be
   unverified does (loaded_senses.doubt_flagged). "The minister finally admitted ..." with no
   check beside it keeps its cue.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import loaded_senses as _senses
from .phrases import words
from .text import Document

_LOADED = "loaded_language.txt"

# Words that stand between a naming verb or "be" and the cue: an article or a degree word
# ("call it a disaster", "was the villain", "is being so hysterical").
_COMPLEMENT_GAP = frozenset("a an the so very that too particularly especially quite really truly just".split())
# Words after the cue that make it asserted of someone: a comparison or an exception ("Nobody is
# a bigger liar than the mayor", "No one is a villain like him", "nobody but").
_ASSERTING_AFTER = frozenset("than like except but besides apart save other".split())
ASSERTING_WINDOW = 6  # words after the cue, in its clause, looked at for them ("No one is demonising them but the mayor")
# Words that cannot stand inside a subject between its negative word and "be": a verb, a
# relative or a conjunction ("No one can deny this is", "Nobody who voted was").
_NOT_IN_SUBJECT = frozenset(
    """that who whom whose which what where when why how if because as than and or but to not
    never deny denies denied doubt doubts doubted thinks think thought says said say believe
    believes believed knows know knew""".split())
SUBJECT_WINDOW = 8  # words of a subject at most, its negative word included
OBJECT_WINDOW = 4  # words of a naming verb's object ("the council's new plan")
PREDICATE_WINDOW = 8  # words after the cue looked at for "would be unfair"
_NEGATIONS = frozenset(("not", "never", "hardly", "scarcely", "no"))
_ANYTHING = frozenset(("anything", "everything"))


class _Sets(NamedTuple):
    subjects: frozenset[str]
    naming: frozenset[str]
    wrong: frozenset[str]
    places: frozenset[str]
    prepositions: frozenset[str]
    # every word one of the two shapes needs before the cue: a negative word ("nobody",
    # "nobody's", "no", "not") or a naming verb; a cue with none of them near is passed over at once
    needed: frozenset[str]


@lru_cache(maxsize=1)
def _sets() -> _Sets:
    subjects, naming, wrong, places, prepositions = (words(_LOADED, name) for name in (
        "rejection_subject_words", "naming_verb_words", "wrong_naming_words",
        "subject_place_words", "subject_preposition_words"))
    joined = {w + end for w in subjects for end in ("'s", "’s")}
    return _Sets(subjects, naming, wrong, places, prepositions, subjects | naming | joined | {"no", "not"})


# words before the cue's phrase looked at for a negative word or a naming verb
NEEDED_WINDOW = SUBJECT_WINDOW + OBJECT_WINDOW + 4


def _negation(word: str) -> bool:
    return word in _NEGATIONS or word.endswith(("n't", "n\u2019t"))


def _question(doc: Document, i: int) -> bool:
    """Is word i's sentence a question?"""
    text = doc.sentences[doc.token_sentences[i]].text.rstrip(" \t\n\"'\u201d\u2019)")
    return text.endswith("?")


def _complement_start(doc: Document, first: int) -> int:
    """The first word of the cue's phrase: the cue with the articles and degree words before it
    in its sentence ("a disaster", "the villain", "so hysterical")."""
    lowers, sentences = doc.lowers, doc.token_sentences
    k = first
    while k > 0 and first - k < 2 and sentences[k - 1] == sentences[first] and lowers[k - 1] in _COMPLEMENT_GAP:
        k -= 1
    return k


def _asserting_after(doc: Document, first: int) -> bool:
    return any(doc.lowers[m] in _ASSERTING_AFTER for _, m in zip(range(ASSERTING_WINDOW), _senses._clause_words(doc, first, 1)))


def rejected(doc: Document, first: int) -> bool:
    """Is the cue at `first` (an emotive, derogatory or exaggerating word) said by the writer
    not to apply: the predicate of a negative subject ("Nobody here is a villain") or the
    complement of a rejected naming ("It would be wrong to call the plan a disaster")?"""
    start = _complement_start(doc, first)
    lowers = doc.lowers
    if start == 0:
        return False
    window = lowers[max(start - NEEDED_WINDOW, 0) : start]
    named = not _sets().needed.isdisjoint(window)
    # (loose27) a charge nobody made needs a negation near: looked for only then ("said" is common)
    unmade = not _CHARGE_NEGATIONS.isdisjoint(window)
    if not unmade:
        joined = " ".join(window)
        unmade = "n't" in joined or "n\u2019t" in joined
    if not (named or unmade):
        return False
    if _question(doc, first) or _asserting_after(doc, first):
        return False
    if lowers[start - 1] in ("but", "than", "except") and start > 1 and lowers[start - 2] in _ANYTHING | {"other"}:
        return False  # "anything but a scandal": asserted, not rejected (loaded_senses.asserted)
    return named and (_negative_predicate(doc, start) or _rejected_naming(doc, start)) or unmade and _unmade_charge(doc, first)


def asserted_by_rejection(doc: Document, j: int) -> bool:
    """Is "anything" at j ("anything but a scandal") the complement of a rejected naming, so that
    the cue after "anything but" is asserted ("Calling it anything but a scandal would be a lie",
    "It would be wrong to call it anything but a disaster")?"""
    return not _question(doc, j) and _rejected_naming(doc, j)


# --- a negative subject before "be"

def _negative_predicate(doc: Document, start: int) -> bool:
    """Is the phrase at `start` the predicate of "be" (a -ly adverb or "being" between allowed)
    whose subject opens with a negative word ("Nobody in this dispute is a villain")?"""
    lowers, sentences = doc.lowers, doc.token_sentences
    k = start - 1
    for _ in range(2):  # "is being", "is really"
        if k > 0 and sentences[k - 1] == sentences[start] and (lowers[k] == "being" or _senses._adverb(lowers[k])):
            k -= 1
    if k < 0 or sentences[k] != sentences[start]:
        return False
    word = lowers[k].replace("\u2019", "'")
    if word.endswith("'s") and word[:-2] in _sets().subjects:
        return True  # "Nobody's a villain"
    if word not in _senses._denial_sets().copulas:
        return False
    if doc.lowers[start].endswith("ing") and doc.lowers[start] not in _senses._sets().participles:
        return False  # "No one is demonising them": the verb, no predicate ("isn't shocking": the adjective)
    return _negative_subject_before(doc, k)


def _negative_subject_before(doc: Document, k: int) -> bool:
    """Does the clause before word k (a verb) open, within SUBJECT_WINDOW words, with a subject
    led by a negative word and holding no verb ("Nobody in this dispute", "Neither side at that
    meeting", "None of them", "No one here", "No councillor")? Modal and auxiliary verbs may
    stand right before k ("Nobody is calling", "No one would call")."""
    lowers = doc.lowers
    sets = _sets()
    auxiliaries = _senses._denial_sets().auxiliaries | _senses._denial_sets().copulas
    before = [m for _, m in zip(range(SUBJECT_WINDOW + 2), _senses._clause_words(doc, k, -1))]
    # skip the auxiliaries right before the verb ("is calling", "would call")
    while before and lowers[before[0]] in auxiliaries:
        before.pop(0)
    words_ = [lowers[m] for m in reversed(before)]  # the clause's words before the verb, in order
    for h in range(len(words_) - 1, -1, -1):
        if _subject_from(words_, h, sets):
            return True
    return False


def _subject_from(words_: list[str], h: int, sets: _Sets) -> bool:
    """Is words_[h:] a subject led by a negative word: the negative word ("nobody", "no one",
    "not one", "neither side", "no councillor"), then "of" and a short phrase, then place words
    and phrases led by a preposition, all of it without a verb?"""
    rest = words_[h:]
    if not rest:
        return False
    w = rest[0]
    if w in sets.subjects:
        n = 1
        if w == "neither" and len(rest) > 1 and rest[1] not in sets.prepositions and rest[1] not in sets.places:
            n = 2  # "neither side"
    elif w in ("no", "not") and len(rest) > 1:
        n = 2  # "no one", "not one", "no councillor"
        if w == "not" and rest[1] != "one":
            return False
    else:
        return False
    if h > 0 and words_[h - 1] in ("if", "whether"):
        return False
    for x in rest[1:]:
        if x != "that" and x in _NOT_IN_SUBJECT or x in _senses._denial_sets().auxiliaries or x in _senses._denial_sets().copulas \
                or x.endswith(("n't", "n\u2019t")):
            return False
    tail = rest[n:]
    # "of" / a preposition each lead a phrase of up to 3 words; place words stand alone
    i = 0
    while i < len(tail):
        x = tail[i]
        if x == "that":
            return False  # "Nobody that I know": a relative clause
        if x in sets.places:
            i += 1
            continue
        if x in sets.prepositions:
            j = i + 1
            while j < len(tail) and j - i <= 3 and tail[j] not in sets.prepositions and tail[j] not in sets.places:
                if tail[j] == "that" and j > i + 1:
                    return False  # a relative clause: "No one at the meeting that I attended"
                j += 1
            if j == i + 1:
                return False  # a preposition with nothing after it
            i = j
            continue
        return False
    return True


# --- a rejected naming

def _naming_verb(doc: Document, start: int) -> int:
    """The naming verb ("call", "label", "describe ... as") whose complement opens at `start`
    ("call the plan a disaster", "describe the critics as hysterical"), with an object of one to
    OBJECT_WINDOW words between; -1 where there is none."""
    lowers, sentences = doc.lowers, doc.token_sentences
    naming = _sets().naming
    k = start - 1
    if k >= 0 and lowers[k] == "as":
        k -= 1
    object_words = 0
    while k >= 0 and sentences[k] == sentences[start] and object_words <= OBJECT_WINDOW:
        w = lowers[k]
        if w in naming:
            return k if object_words else -1
        if w in _NOT_IN_SUBJECT or w in _senses._denial_sets().copulas or w in _sets().prepositions:
            return -1
        if doc.text[doc.token_ends[k] : doc.token_starts[k + 1]].strip(" '\u2019"):
            return -1  # a comma or a dash between: another clause
        object_words += 1
        k -= 1
    return -1


def _rejected_naming(doc: Document, start: int) -> bool:
    v = _naming_verb(doc, start)
    if v < 0:
        return False
    lowers, sentences = doc.lowers, doc.token_sentences
    prev = lowers[v - 1] if v > 0 and sentences[v - 1] == sentences[v] else ""
    if _negation(prev) and prev != "no" or prev and v > 1 and _senses._adverb(prev) and _negation(lowers[v - 2]):
        return True  # "I would not call it a catastrophe", "I wouldn't really call it a disaster"
    clause = [m for _, m in zip(range(SUBJECT_WINDOW), _senses._clause_words(doc, v, -1))]
    if prev == "to":
        if len(clause) > 1 and _negation(lowers[clause[1]]):
            return False  # "wrong not to call it a disaster"
        for m in clause[1:]:
            if lowers[m] in _sets().wrong:
                # no denial before the wrong word: "It would not be unfair to call ..."
                return not any(_negation(lowers[n]) for n in clause if n < m)
        if len(clause) == 1:  # "To call it a fiasco would be ...": the clause opens with "to"
            return _wrong_predicate_after(doc, start)
        return False
    if lowers[v].endswith("ing") and not clause:
        return _wrong_predicate_after(doc, start)  # "Calling the mayor a liar would be unfair"
    # "Nobody is calling the plan a disaster"; (loose27) "At no point did the mayor call them thugs"
    return _negative_subject_before(doc, v) or _inverted_negation(doc, v)


# --- (loose27) a charge nobody made: denied or negated, the label is nobody's

# verbs of accusing (quote_speakers._charge reads their "of") and of saying whose negation
# leaves a label after them unsaid ("Nobody accused the union of thuggery", "Smith did not say
# the protesters were thugs")
_ACCUSING = frozenset("accuse accuses accused accusing".split())
# the negative words one of those needs before it (with any word in "n't")
_CHARGE_NEGATIONS = frozenset("not never no nobody no-one noone none neither nowhere hardly scarcely".split())
_SAYING = frozenset("say says said tell tells told claim claimed suggest suggests suggested state stated".split())
# past participles of naming, read in a negated passive ("It was never called a witch hunt")
_NAMED = frozenset("""called labelled labeled branded dubbed termed described portrayed depicted
    characterised characterized""".split())
_BE_NEGATED = frozenset("wasn't weren't isn't aren't wasn’t weren’t isn’t aren’t".split())
# words that may stand between a negation and its verb ("did not once accuse", "never publicly called")
_NEGATION_GAP = frozenset("once ever even actually publicly openly explicitly directly".split())
# negative openings of an inverted clause ("At no point did the mayor ...", "Never did ...")
_INVERTED_OPENINGS = (("at", "no", "point"), ("at", "no", "time"), ("not", "once"), ("never",), ("nowhere",))
_INVERTED_AUXILIARIES = frozenset("did does do has have had".split())
# words between a verb of saying and the cue that make the cue the writer's ("did not say why the
# plan was a disaster": the writer asserts it; "if", "whether": a question reported)
_EMBEDDED_QUESTION = frozenset("why how whether if what when where".split())
SAYING_WINDOW = 8  # words from a negated verb of saying to the cue at most
PASSIVE_WINDOW = 3  # words before a naming participle looked at for "be" and a negation


def _unmade_charge(doc: Document, first: int) -> bool:
    """(loose27) Is the cue at `first` a charge the text says nobody made: inside the charge of a
    negated verb of accusing ("Nobody accused the Democrats of stealing the election", "The
    sheriff did not accuse the protesters of thuggery", "Officials never accused the governor of
    a power grab"), after a negated verb of saying ("Smith did not say the protesters were thugs",
    "Nobody said the marchers were a mob"), or the complement of a negated passive naming ("It was
    never called a witch hunt", "The inquiry was not described as a sham")? The label is then
    nobody's: neither the writer's nor a reported charge. "He denied being a crook" is no
    negation (the speaker's word, reported: reported_speech)."""
    from .quote_speakers import _charge  # (a late import: quote_speakers is read by the scorer after this module)
    lowers = doc.lowers
    if _negated_passive_naming(doc, _complement_start(doc, first)):
        return True
    for n, v in zip(range(SAYING_WINDOW + 1), _senses._clause_words(doc, first, -1)):
        w = lowers[v]
        if w in _ACCUSING:
            return _charge(doc, v, first) and _negated_verb(doc, v)
        if w in _SAYING:
            between = lowers[v + 1 : first]
            if _EMBEDDED_QUESTION.intersection(between) or not _said_clause(between):
                return False  # "did not say why ...", "never told anyone about the thugs"
            return _negated_verb(doc, v)
        if w in _EMBEDDED_QUESTION:
            return False
    return False


def _said_clause(between: list[str]) -> bool:
    """(loose27) Do the words between a verb of saying and the cue make a clause said of
    something: "that" or a form of "be" ("did not say the protesters were thugs")?"""
    return "that" in between or not _senses._denial_sets().copulas.isdisjoint(between)


def _negated_verb(doc: Document, v: int) -> bool:
    """(loose27) Is the verb at v negated: a negation right before it, or before one gap word or
    -ly adverb ("did not accuse", "never said", "didn't once call", "have not publicly accused"),
    a negative subject ("Nobody accused", "No one has said") or an inverted negative opening ("At
    no point did the sheriff accuse")? Not "no" alone ("no doubt said")."""
    lowers, sentences = doc.lowers, doc.token_sentences
    for back in (1, 2):
        m = v - back
        if m < 0 or sentences[m] != sentences[v]:
            break
        w = lowers[m]
        if _negation(w) and w != "no":
            return not (m + 1 < len(lowers) and lowers[m + 1] == "only")  # "not only accused"
        if not (w in _NEGATION_GAP or _senses._adverb(w)):
            break
    return _negative_subject_before(doc, v) or _inverted_negation(doc, v)


def _inverted_negation(doc: Document, v: int) -> bool:
    """(loose27) Does the clause of the verb at v open with a negative phrase and an auxiliary
    ("At no point did the mayor call ...", "Never did the board accuse ...", "Not once has the
    senator said ...")?"""
    clause = [doc.lowers[m] for m in reversed([m for _, m in zip(range(SUBJECT_WINDOW + 4), _senses._clause_words(doc, v, -1))])]
    for opening in _INVERTED_OPENINGS:
        n = len(opening)
        if tuple(clause[:n]) == opening and len(clause) > n and clause[n] in _INVERTED_AUXILIARIES:
            return True
    return False


def _negated_passive_naming(doc: Document, start: int) -> bool:
    """(loose27) Is the phrase at `start` the complement of a naming participle in a negated
    passive, with nobody named as its namer or a namer who did not name it ("It was never called
    a witch hunt", "The plan has never been labelled a power grab", "The inquiry was not
    described as a sham", "It wasn't called a hoax")?"""
    lowers, sentences = doc.lowers, doc.token_sentences
    k = start - 1
    if k >= 0 and lowers[k] == "as":
        k -= 1
    if k < 1 or sentences[k] != sentences[start] or lowers[k] not in _NAMED:
        return False
    before = [lowers[m] for _, m in zip(range(PASSIVE_WINDOW), _senses._clause_words(doc, k, -1))]
    copulas = _senses._denial_sets().copulas
    if any(w in _BE_NEGATED for w in before):
        return True
    return any(w in copulas for w in before) and any(_negation(w) and w != "no" for w in before)


def _wrong_predicate_after(doc: Document, start: int) -> bool:
    """After the complement at `start`, within PREDICATE_WINDOW words of its sentence: "be", then
    adverbs, articles and degree words, then a word of wrongness, with no denial between ("...
    would be unfair", "... is simply wrong", "... would be an exaggeration")."""
    lowers, sentences = doc.lowers, doc.token_sentences
    copulas = _senses._denial_sets().copulas
    seen_be = False
    for m in range(start + 1, min(start + 1 + PREDICATE_WINDOW, len(lowers))):
        if sentences[m] != sentences[start]:
            return False
        w = lowers[m]
        if _negation(w):
            return False
        if w in copulas:
            seen_be = True
        elif seen_be:
            if w in _sets().wrong:
                return True
            if not (w in _COMPLEMENT_GAP or _senses._adverb(w)):
                return False
    return False


# --- a claim the writer checks

# The writer's own test or measurement: "I timed it", "we measured", "by my stopwatch", "in our
# tests", "I got between 22 and 27 minutes", "we managed 241 miles".
_CHECK_RE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:have|had|then|also|later|each|all|both|actually|repeatedly)\s+)?"
    r"(?:tested|measured|timed|weighed|clocked|benchmarked|ran\s+(?:\w+\s+){0,2}?tests?)\b"
    r"|\b(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?(?:\w+\s+)?(?:tests?|testing|measurements?|stopwatch|timings?|benchmarks?)\b"
    r"|\b(?:I|[Ww]e)\s+(?:got|recorded|averaged|managed|measured|found|saw)\s+(?:[\w,.\-]+\s+){0,3}?\d")
# "If we measured ...", "Unless I tested ...": a supposition, no check
_IF_BEFORE_RE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+$")
CHECK_BEFORE = 1  # sentences before the claim read for the check
CHECK_AFTER = 2  # and after it


def checked_by_writer(doc: Document, i: int) -> bool:
    """Is the "claims" or "admits" at i next to the writer's own check of what is claimed: its
    sentence, the one before or one of the two after in its paragraph holds a test or a
    measurement in the first person ("Kettleby claims up to 45 minutes ... In normal use I got
    between 22 and 27 minutes"), not a supposed one ("If we measured ...")? The writer then
    reports the claim to test it, not to sneer at it."""
    k = doc.token_sentences[i]
    sentences = doc.sentences
    paragraph = sentences[k].paragraph
    lo, hi = k, k
    while lo > 0 and k - lo < CHECK_BEFORE and sentences[lo - 1].paragraph == paragraph:
        lo -= 1
    while hi + 1 < len(sentences) and hi - k < CHECK_AFTER and sentences[hi + 1].paragraph == paragraph:
        hi += 1
    text = doc.text
    for m in _CHECK_RE.finditer(text, sentences[lo].start, sentences[hi].end):
        if not _IF_BEFORE_RE.search(text, max(m.start() - 8, 0), m.start()):
            return True
    return False

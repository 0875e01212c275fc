"""Formulas of insinuation (loaded_language version 41, slant16), from the tables of
xlplugin/data/insinuation_formulas.txt: stock turns by which the author suggests without saying,
each one doubt term for loaded language (as `xlplugin.argued_voice.insinuations` is):

- listed formulas ([formula_phrases]): "speaks volumes", "surprise, surprise", "That's how you
  know ...", "what they don't want you to know"; and as small classes "Says it all, really."
  ([verdict_verbs] + "it all") and "You can't make this stuff up" (a negated "can"/"could" +
  "make" + "this"/"it"/"that" (+ "stuff") + "up");
- a wry remark opening a sentence ([remark_adjectives]): "Funny how not one of them asked",
  "Strange that nobody noticed", "It's odd how the file went missing";
- the verdict left to a fact ([telling_verbs]): "That in itself tells you something.", "which
  tells you all you need to know";
- saying it while denying it ([denial_verbs]): "We are not saying X. We are saying Y.", "I'm not
  saying he lied. But ...", "I'm not saying anything.";
- guilt read from silence ([innocence_openers]): "When people have nothing to hide, they don't
  hide.";
- (insults19) the truth kept from the reader by someone named as hiding it ([hiding_verbs]):
  "DOCTORS DON'T WANT YOU TO KNOW", "What the media isn't telling you", "Big Pharma is hiding
  the cure" (listed); the reader told to wake up to it ([wake_vocatives]): "Wake up, people.".
- (irony34) sarcasm no word list sees (`_sarcasm`): a verdict as a whole sentence of its own
  ([sarcastic_fragments]: "Bold strategy.", "What could possibly go wrong?", "Surprising, I
  know."), praise handed to those mocked ([fragment_praise], [fragment_vocatives]: "Great job,
  everyone.", "Well done, minister."), and a gloss turning the words of the sentence before
  into a jab ([gloss_labels]: "Translation: we will raise your taxes.", "Read: ...", "In other
  words, we ..."), counted whatever the gloss's sentence goes on to report.

None counts where its sentence reports a named source through a verb of saying ("The mayor said
she had nothing to hide"): the words are the source's. Each is found from a literal start: a key
word in the document's vocabulary, with the words after it as the formula writes them, one space
between ("funny how", "tells you", "not saying", "it all", a listed formula whole), in the
lower-cased text; so most texts cost a set intersection and a few substring tests.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import load_sections
from .phrases import longest_spans
from .text import Document

__all__ = ["DATA", "INSINUATION_DETAIL", "formulas", "reported"]

DATA = "insinuation_formulas.txt"
# (kinds22) What an insinuation is, as the evidence's Detail says it (loaded language marks these formulas and
# `argued_voice.insinuations` so): a doubt term by its count, but no doubt word ("so-called", "alleged"), so the
# category's own label misled a reader. `kinds` reads it too: two or more of the writer's own make a text opinion.
INSINUATION_DETAIL = "insinuation: suggests without saying it (funny how ..., we are not saying ...): a loaded term"
_APOSTROPHES = ("'", "\u2019")
INNOCENCE_WINDOW = 6  # words before "nothing to hide" searched for an opener
HIDER_WINDOW = 6  # (loaded33) words before an accomplice ("their friends") searched for the hider
_BE = frozenset("am are is was were".split())
_CANNOT = frozenset(s for w in ("can't", "cannot", "couldn't") for s in (w, w.replace("'", "\u2019")))
_MADE_UP = frozenset(("this", "it", "that", "these"))
_MADE_UP_FILLERS = frozenset(("stuff", "things", "one", "shit", "sh*t"))
_CLAUSE_MARKS = ",;:.!?\u2014\u2013"
_QUOTE_WORDS_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")
# In what the author is "not saying": a proposal, not a charge ("not saying we should scrap it").
_PROPOSALS = frozenset("should must ought need needs shouldn't mustn't".split())


class _Phrase(NamedTuple):
    words: tuple[str, ...]
    key_at: int  # where the key word stands in `words`


class _Tables(NamedTuple):
    phrases: dict[str, tuple[_Phrase, ...]]  # listed formulas by key word, longest first
    verdicts: frozenset[str]
    remarks: frozenset[str]
    remark_openers: frozenset[str]
    telling: frozenset[str]
    telling_objects: frozenset[str]
    telling_subjects: frozenset[str]
    telling_adverbs: frozenset[str]
    denials: frozenset[str]
    first_person: frozenset[str]
    innocence: frozenset[str]
    hiding: frozenset[str]  # (insults19) "want", "tell": the truth kept from the reader
    hiders: frozenset[str]
    hidden: frozenset[str]
    accomplices: frozenset[str]  # (loaded33) "Big Pharma and their friends ... don't want you to know"
    wake_vocatives: frozenset[str]
    asides: dict[str, tuple[tuple[str, ...], ...]]  # (indep32) tails of a disowned mention by their last word
    aside_verbs: frozenset[str]
    aside_subjects: frozenset[str]
    aside_sentences: frozenset[tuple[str, ...]]  # (indep32) "Just saying.", "No particular reason."
    fragments: frozenset[tuple[str, ...]]  # (irony34) "Bold strategy.", "Shocking, I know."
    praise: frozenset[tuple[str, ...]]  # (irony34) "Great job", "Well done" ...
    vocatives: dict[str, tuple[tuple[str, ...], ...]]  # ... ", everyone.", ", minister." by their last word
    glosses: dict[str, tuple[tuple[str, ...], ...]]  # (irony34) "Translation:", "Read:" by their last word
    gloss_spans: frozenset[tuple[str, ...]]  # (irony34) "translation", "in other words": a gloss's evidence
    english: frozenset[str]  # (irony34) a quotation holding one of these is in English
    foreign: frozenset[str]  # (irony34) ... and one holding none of them but one of these is not
    gloss_first_person: frozenset[str]  # (irony34) "In other words, we ..."
    keys: frozenset[str]  # every word that can start a search
    probes: dict[str, tuple[str, ...]]  # key word: the texts one of which the lower-cased text must hold


def _spellings(entry: str) -> set[str]:
    return {entry.replace("'", a) for a in _APOSTROPHES}


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    sections = load_sections(DATA)

    def words(section: str) -> frozenset[str]:
        return frozenset(s for line in sections[section] for w in line.split() for s in _spellings(w))

    function_words = frozenset(w for line in load_sections("stopwords.txt")["en"] for w in line.split())
    phrases: dict[str, list[_Phrase]] = {}
    probes: dict[str, list[str]] = {}
    for entry in sections["formula_phrases"]:
        for spelling in _spellings(entry):
            ws = tuple(w.strip(",") for w in spelling.split())
            # the key: the longest word that is no function word ("know" of "that is how you know")
            key_at = max(range(len(ws)), key=lambda i: (ws[i] not in function_words, len(ws[i]), i))
            phrases.setdefault(ws[key_at], []).append(_Phrase(ws, key_at))
            probes.setdefault(ws[key_at], []).append(spelling)
    remarks, telling, denials = words("remark_adjectives"), words("telling_verbs"), words("denial_verbs")
    for adjective in remarks:
        probes[adjective] = [adjective + " how", adjective + " that"]
    for verb in telling:
        probes[verb] = [verb + " you", verb + " us"]
    for verb in denials:
        probes[verb] = ["not " + verb]
    probes["hide"] = ["nothing to hide"]
    hiding = words("hiding_verbs")
    for verb in hiding:
        probes.setdefault(verb, [])
        if verb + " you" not in probes[verb]:  # ("tell you" is _telling's probe too)
            probes[verb].append(verb + " you")
    probes["wake"] = ["wake up"]
    probes["make"] = ["make " + w for w in sorted(_MADE_UP)]
    probes["all"] = ["it all"]
    asides: dict[str, list[tuple[str, ...]]] = {}
    for entry in sections["aside_tails"]:
        ws = tuple(entry.split())
        asides.setdefault(ws[-1], []).append(ws)
        probes.setdefault(ws[-1], []).append(entry)
    aside_sentences = frozenset(tuple(s.split()) for entry in sections["aside_sentences"] for s in _spellings(entry))
    for ws in aside_sentences:
        probes.setdefault(ws[-1], []).append(" ".join(ws))
    # (irony34) sarcastic verdicts, mock praise, mock agreement and glosses, each probed as written
    fragments = set()
    for entry in sections["sarcastic_fragments"]:
        for spelling in _spellings(entry):
            ws = tuple(w.strip(",") for w in spelling.split())
            fragments.add(ws)
            probes.setdefault(ws[-1], []).append(spelling)
    vocatives: dict[str, list[tuple[str, ...]]] = {}
    for entry in sections["fragment_vocatives"]:
        ws = tuple(entry.split())
        vocatives.setdefault(ws[-1], []).append(ws)
        probes.setdefault(ws[-1], []).append(", " + entry)
    glosses: dict[str, list[tuple[str, ...]]] = {}
    for entry in sections["gloss_labels"]:
        ws = tuple(entry.split())
        glosses.setdefault(ws[-1], []).append(ws)
        probes.setdefault(ws[-1], []).append(entry + ":")
    probes.setdefault("words", []).append("in other words")
    return _Tables({k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in phrases.items()},
                   words("verdict_verbs"), remarks, words("remark_openers"), telling, words("telling_objects"), words("telling_subjects"),
                   words("telling_adverbs"), denials, words("first_person_subjects"), words("innocence_openers"),
                   hiding, words("hiding_subjects"), words("hidden_objects"), words("hiding_accomplices"), words("wake_vocatives"),
                   {k: tuple(v) for k, v in asides.items()}, words("aside_verbs"), words("aside_subjects"), aside_sentences,
                   frozenset(fragments), frozenset(tuple(line.split()) for line in sections["fragment_praise"]),
                   {k: tuple(v) for k, v in vocatives.items()},
                   {k: tuple(v) for k, v in glosses.items()},
                   frozenset([ws for v in glosses.values() for ws in v] + [("in", "other", "words")]), words("gloss_english_words"), words("gloss_foreign_words"), words("gloss_first_person"),
                   frozenset(probes), {k: tuple(v) for k, v in probes.items()})


def warm_up() -> None:
    _tables()


def formulas(doc: Document) -> list[tuple[int, int]]:
    """The insinuation formulas of the text as word ranges (first, last), in order, not
    overlapping. Where they stand is left to the caller: quotations are someone else's."""
    t = _tables()
    lower_text = doc.analysis.lower_text
    # a key word in the text, with the words after it written as the formula writes them (one
    # space between: "funny how", "tells you", "not saying", "it all"; a listed formula whole)
    keys = [k for k in doc.analysis.vocabulary.intersection(t.keys) if any(p in lower_text for p in t.probes[k])]
    echoes = _echoes(doc) if doc.quotes else []
    if not keys:
        return echoes  # most texts: []
    lowers = doc.lowers
    found: list[tuple[int, int]] = []
    for key in keys:
        i = lowers.index(key)
        while i >= 0:
            span = _formula_at(doc, t, i)
            # (irony34) a gloss is the writer's whatever its sentence goes on to report
            # ("Translation: 1,200 moderators in Dublin and Manila found out by email ...")
            if span is not None and (tuple(lowers[span[0] : span[1]]) in t.gloss_spans or not reported(doc, span)):
                found.append(span)
            try:
                i = lowers.index(key, i + 1)
            except ValueError:
                i = -1
    return longest_spans(found + echoes)


ECHO_WORDS = 2  # (indep32) the most words an echo sentence holds


def _echoes(doc: Document) -> list[tuple[int, int]]:
    """(indep32) A word of a quotation echoed as a sentence of its own, in the writer's words, with
    the writer's remark after it in the same paragraph: 'would "modernise" the payment. Modernise.
    Nice word.', 'told us to "be realistic". Realistic. Such a comforting word.' The quotation is
    in the sentence before (also across a paragraph's break); the echo is one or two words ending in
    a full stop, with more of the writer's words after it on its line."""
    lowers, sentences, text = doc.lowers, doc.sentences, doc.text
    found: list[tuple[int, int]] = []
    for k in range(1, len(sentences) - 1):
        s = sentences[k]
        if not 0 < s.last_token - s.first_token <= ECHO_WORDS or not text[s.start:s.end].rstrip().endswith("."):
            continue
        nxt, prev = sentences[k + 1], sentences[k - 1]
        if "\n" in text[s.start : nxt.start] or doc.quote_at(s.start) is not None or text[s.start:s.end].isupper():
            continue  # a heading (also one in capitals run into its paragraph), a line of its own, or a quoted word
        words = lowers[s.first_token : s.last_token]
        quoted = [text[a:b].lower() for a, b in doc.quotes if a < prev.end and prev.start < b]
        if quoted and all(any(f"{w}" in q.replace("\u201c", " ").replace("\u201d", " ").replace('"', " ").split() for q in quoted) for w in words):
            found.append((s.first_token, s.last_token))
    return found


def _formula_at(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """The formula found from its key word at i, as (first, last), or None."""
    lowers = doc.lowers
    word = lowers[i]
    for p in t.phrases.get(word, ()):
        first = i - p.key_at
        last = first + len(p.words)
        if first >= 0 and last <= len(lowers) and tuple(lowers[first:last]) == p.words and _one_sentence(doc, first, last):
            return first, last
    span = _aside(doc, t, i)
    if span is not None:
        return span
    span = _sarcasm(doc, t, i)
    if span is not None:
        return span
    if word == "all":
        return _verdict(doc, t, i)
    if word in t.remarks:
        return _remark(doc, t, i)
    if word in t.telling:
        span = _telling(doc, t, i)
        if span is not None:
            return span
    if word in t.hiding:
        return _hidden(doc, t, i)
    if word == "wake":
        return _wake_up(doc, t, i)
    if word in t.denials:
        return _denial(doc, t, i)
    if word == "hide":
        return _innocence(doc, t, i)
    if word == "make":
        return _made_up(doc, i)
    return None


def _aside(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """(indep32) "We mention this only for completeness.", "I note, purely in passing, that ...",
    "Just saying." alone: a mention whose motive the writer disowns, from the tail's last word."""
    lowers = doc.lowers
    first, last = _sentence_bounds(doc, i)
    if i == last - 1 and tuple(lowers[first:last]) in t.aside_sentences:
        return first, last
    for tail in t.asides.get(lowers[i], ()):
        start = i + 1 - len(tail)
        if start <= first or tuple(lowers[start : i + 1]) != tail:
            continue
        for v in range(start - 1, first - 1, -1):
            if lowers[v] not in t.aside_verbs:
                continue
            if any(v - k >= first and lowers[v - k] in t.aside_subjects for k in (1, 2, 3)):
                return v, i + 1
    return None


_FRAGMENT_OPENERS = frozenset(("oh", "well", "and", "but"))
_GLOSS_MARKS = ",:\u2014\u2013-"  # what may stand after "In other words"


def _sarcasm(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """(irony34) The writer's sarcastic verdict or gloss, found from its key word at i: a
    sentence of its own ("Bold strategy.", "Shocking, I know."), praise to those mocked ("Great
    job, everyone.", "Well done, minister.") or a gloss after someone's words ("Translation: we
    will raise your taxes.", "In other words, we ...")."""
    lowers = doc.lowers
    word = lowers[i]
    first, last = _sentence_bounds(doc, i)
    if i == last - 1:
        words = tuple(lowers[first:last])
        if words in t.fragments or words[:1] and words[0] in _FRAGMENT_OPENERS and words[1:] in t.fragments:
            return first, last
        span = _mock_praise(doc, t, first, last)
        if span is not None:
            return span
    if word in t.glosses:
        return _gloss(doc, t, i, first, last)
    if word == "words" and i == first + 2 and lowers[first:i] == ["in", "other"] and i + 1 < last \
            and lowers[i + 1] in t.gloss_first_person and _gap(doc, i).strip(" ")[:1] in _GLOSS_MARKS \
            and _glosses_words(doc, t, doc.token_sentences[i], translated=False, quoted_only=True):
        return first, i + 1
    return None


def _mock_praise(doc: Document, t: _Tables, first: int, last: int) -> tuple[int, int] | None:
    """ "Great job, everyone.", "Well done, minister.": praise, a comma, those mocked, a full stop."""
    lowers = doc.lowers
    for vocative in t.vocatives.get(lowers[last - 1], ()):
        cut = last - len(vocative)
        if cut - first in (1, 2) and tuple(lowers[cut:last]) == vocative and tuple(lowers[first:cut]) in t.praise \
                and "," in _gap(doc, cut - 1):
            sentence = doc.sentences[doc.token_sentences[first]]
            if doc.text[doc.token_ends[last - 1] : sentence.end].strip()[:1] == ".":
                return first, last
    return None


def _gloss(doc: Document, t: _Tables, i: int, first: int, last: int) -> tuple[int, int] | None:
    """ "Translation: ...", "Read: ...", "Spoiler: ...": a label opening its sentence, a colon."""
    lowers = doc.lowers
    for label in t.glosses[lowers[i]]:
        if i + 1 - len(label) == first and tuple(lowers[first : i + 1]) == label and i + 1 < last \
                and _gap(doc, i).strip(" ")[:1] == ":" \
                and _glosses_words(doc, t, doc.token_sentences[i], translated=label[-1].startswith("transl")):
            return first, i + 1
    return None


def _glosses_words(doc: Document, t: _Tables, k: int, translated: bool, quoted_only: bool = False) -> bool:
    """Does sentence k follow, on the same line, a sentence that quotes someone or (unless
    `quoted_only`) reports what they say? With `translated`, a quotation in another language (`_foreign`) is glossed by a
    translation, no jab."""
    if k == 0:
        return False
    prev, s = doc.sentences[k - 1], doc.sentences[k]
    if "\n" in doc.text[prev.end : s.start]:
        return False
    quoted = [doc.text[a:b].lower() for a, b in doc.quotes if a < prev.end and prev.start < b]
    if quoted:
        if not translated:
            return True
        return not all(_foreign(t, q) for q in quoted)
    if quoted_only:
        return False
    attribution = doc.analysis.attributions[k - 1]
    return attribution is not None and bool(attribution.sourced) and bool(attribution.verb)


def _foreign(t: _Tables, quoted: str) -> bool:
    """Is the quotation in another language: no English word of [gloss_english_words], and an
    accented letter or a word of [gloss_foreign_words] ('"D\u00e9fense de fumer"')?"""
    words = _QUOTE_WORDS_RE.findall(quoted)
    return t.english.isdisjoint(words) and (not quoted.isascii() or not t.foreign.isdisjoint(words))


def _one_sentence(doc: Document, first: int, last: int) -> bool:
    return doc.token_sentences[first] == doc.token_sentences[last - 1]


def _sentence_bounds(doc: Document, i: int) -> tuple[int, int]:
    sentence = doc.sentences[doc.token_sentences[i]]
    return sentence.first_token, sentence.last_token


def _gap(doc: Document, a: int) -> str:
    """The text between word a and word a + 1."""
    return doc.text[doc.token_ends[a] : doc.token_starts[a + 1]]


def _verdict(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """ "Says it all, really.", "That photo said it all": a form of "say", "it", "all"."""
    lowers = doc.lowers
    if i >= 2 and lowers[i - 1] == "it" and lowers[i - 2] in t.verdicts and _one_sentence(doc, i - 2, i + 1):
        return i - 2, i + 1
    return None


def _remark(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """ "Funny how ...", "Strange that ...", "It's odd how ...", "And funny how ..." at a
    sentence's start, with words after it."""
    lowers = doc.lowers
    first, last = _sentence_bounds(doc, i)
    if i + 2 >= last or lowers[i + 1] not in ("how", "that") or any(c in _gap(doc, i) for c in _CLAUSE_MARKS):
        return None
    before = tuple(lowers[first:i])
    if before in ((), ("it's",), ("it\u2019s",), ("it", "is"), ("isn't", "it"), ("isn\u2019t", "it")) \
            or len(before) == 1 and before[0] in t.remark_openers:
        return first, i + 2
    return None


def _telling(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """ "That in itself tells you something.", "which tells you all you need to know"."""
    lowers = doc.lowers
    first, last = _sentence_bounds(doc, i)
    if i + 2 >= last or lowers[i + 1] not in ("you", "us"):
        return None
    j = i - 1
    if j >= first and lowers[j] in t.telling_adverbs:
        j -= 1
    if j < first or lowers[j] not in t.telling_subjects:
        return None
    k = i + 2
    if k < last and lowers[k] == "a" and k + 1 < last and lowers[k + 1] == "lot":
        k += 1  # "tells you a lot"
    elif k >= last or lowers[k] not in t.telling_objects:
        return None
    end = k + 1
    if end >= last or any(c in _gap(doc, k) for c in _CLAUSE_MARKS):
        return j, end
    if lowers[end] == "about" and lowers[j] != "which":
        return j, end  # "That tells you something about the board" ("which tells you something about its
        # temperature" is an explainer's)
    if lowers[k] in ("all", "everything") and lowers[end : end + 3] in (["you", "need", "to"], ["that", "you", "need"]):
        return j, end + 3
    return None


# (insults19) The negations before "want(s) you to know" and "tell(ing) you" ("don't", "isn't"),
# and the auxiliaries before a separate "not" ("do not want", "is not telling").
_NEGATED = frozenset(s for w in ("don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "weren't")
                     for s in (w, w.replace("'", "\u2019")))
_AUXILIARIES = frozenset("do does did will would is are was were".split())


def _hidden(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """ "DOCTORS DON'T WANT YOU TO KNOW", "What Big Pharma doesn't want you to see", "What the
    media isn't telling you", "The banks won't tell you this": someone said to hide it
    ([hiding_subjects]), a negation, then "want(s) you to" + [hidden_objects] or "tell(ing)
    you". A thing as the subject ("What the report does not tell you is the cost") is plain."""
    lowers = doc.lowers
    first, last = _sentence_bounds(doc, i)
    if i + 1 >= last or lowers[i + 1] != "you":
        return None
    if lowers[i].startswith("want"):
        if i + 3 >= last or lowers[i + 2] != "to" or lowers[i + 3] not in t.hidden:
            return None
        end = i + 4
    else:
        end = i + 2
    j = i - 1
    if j > first and lowers[j] == "not" and lowers[j - 1] in _AUXILIARIES:
        j -= 1
    elif j < first or lowers[j] not in _NEGATED:
        return None
    subject = j - 1
    if subject < first:
        return None
    if lowers[subject] in t.hiders:
        return subject, end
    # (loaded33) "Big Pharma and their friends in Congress", "the drug companies and their lobbyists": the
    # hider named earlier in the subject, before an accomplice, in its clause
    # (the span opens at the accomplice: "Big Pharma" may be a loaded term of its own)
    accomplice = -1
    k = subject
    while k >= max(first, subject - HIDER_WINDOW) and not any(c in _gap(doc, k) for c in _CLAUSE_MARKS):
        if accomplice >= 0 and lowers[k] in t.hiders:
            return accomplice, end
        if accomplice < 0 and lowers[k] in t.accomplices:
            accomplice = k
        k -= 1
    return None


def _wake_up(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """ "Wake up, people.", "WAKE UP, AMERICA!", "Wake up!": "wake up" opening its sentence, then
    a comma and a word of [wake_vocatives], or nothing but "!" after it. "Wake up early to catch
    the ferry" is plain."""
    lowers = doc.lowers
    first, last = _sentence_bounds(doc, i)
    if i != first or i + 1 >= last or lowers[i + 1] != "up":
        return None
    if i + 2 == last:
        tail = doc.text[doc.token_ends[i + 1] : doc.token_ends[i + 1] + 3]
        return (i, i + 2) if tail.lstrip().startswith("!") else None
    if "," in _gap(doc, i + 1) and lowers[i + 2] in t.wake_vocatives:
        return i, i + 3
    return None


def _denial(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """ "We are not saying X. We are saying Y.", "I'm not saying he lied, but ...", "I'm not
    saying anything."."""
    lowers = doc.lowers
    first, last = _sentence_bounds(doc, i)
    if i < 2 or i - 2 < first or lowers[i - 1] != "not":
        return None
    j = i - 2
    if lowers[j] in _BE:
        j -= 1
    if j < first or lowers[j] not in t.first_person:
        return None
    after = lowers[i + 1 : last]
    if after[:1] in (["anything"], ["nothing"]) and (i + 2 >= last or any(c in _gap(doc, i + 1) for c in _CLAUSE_MARKS)):
        return i - 1, i + 2  # "I'm not saying anything." (from "not": the first person counts as itself)
    charge = after[: after.index("but")] if "but" in after else after
    if not _PROPOSALS.isdisjoint(charge) or charge[charge[:1] == ["that"] :][:1] == ["we"]:
        return None  # "I'm not saying we should scrap the scheme, but ...", "not suggesting we scrap it": a proposal hedged
    if "but" in after:
        return i - 1, i + 1  # "I'm not saying he lied, but the dates don't match"
    k = doc.token_sentences[i] + 1
    if k >= len(doc.sentences):
        return None
    nxt = doc.sentences[k]
    opening = lowers[nxt.first_token : min(nxt.last_token, nxt.first_token + 6)]
    if opening[:1] in (["but"], ["rather"]):
        return i - 1, i + 1
    if lowers[i] in opening and "not" not in opening and not t.first_person.isdisjoint(opening):
        return i - 1, i + 1  # "We are saying the people running it ..."
    return None


def _innocence(doc: Document, t: _Tables, i: int) -> tuple[int, int] | None:
    """ "When people have nothing to hide, ...", "If they had nothing to hide, why ...?"."""
    lowers = doc.lowers
    if i < 2 or lowers[i - 2 : i] != ["nothing", "to"] or not _one_sentence(doc, i - 2, i + 1):
        return None
    first, _ = _sentence_bounds(doc, i)
    window = lowers[max(first, i - 2 - INNOCENCE_WINDOW) : i - 2]
    return (i - 2, i + 1) if not t.innocence.isdisjoint(window) else None


def _made_up(doc: Document, i: int) -> tuple[int, int] | None:
    """ "You can't make this stuff up", "Fiction writers could not make this up", "you couldn't
    make it up"."""
    lowers = doc.lowers
    if i == 0:
        return None
    if lowers[i - 1] in _CANNOT:
        start = i - 1
    elif i >= 2 and lowers[i - 1] == "not" and lowers[i - 2] in ("can", "could"):
        start = i - 2
    else:
        return None
    k = i + 1
    if k >= len(lowers) or lowers[k] not in _MADE_UP:
        return None
    k += 1
    if k < len(lowers) and lowers[k] in _MADE_UP_FILLERS:
        k += 1
    if k < len(lowers) and lowers[k] == "up" and _one_sentence(doc, start, k + 1):
        return start, k + 1
    return None


def reported(doc: Document, span: tuple[int, int]) -> bool:
    """Does the formula's sentence report a named source through a verb of saying, outside the
    formula itself ("The mayor said she had nothing to hide")? Then it is the source's."""
    attribution = doc.analysis.attributions[doc.token_sentences[span[0]]]
    return attribution is not None and bool(attribution.sourced) and bool(attribution.verb) \
        and not (attribution.start < doc.token_ends[span[1] - 1] and doc.token_starts[span[0]] < attribution.end)

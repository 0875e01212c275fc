"""Conspiracy and anti-vaccine tells (loaded_language version 57, loaded33), from the tables of
xlplugin/data/conspiracy_tells.txt: stock phrases by which a post hints at a hidden plot or a
cover-up and sets the reader against a vague "them", each one doubt term for loaded language,
named in the evidence by `TELL_DETAIL`:

- an imperative opening its sentence and closing its clause ([opening_tells]): "Follow the
  money.", "Do your own research before you let them inject your child.", "It's time to wake
  up.", "Question everything."; not "Follow the money trail through the accounts" or "Do your
  own research on rates before you pick a mortgage" (the clause goes on; "before" with no
  "they"/"them" after it is advice);
- listed phrases ([phrase_tells]): "Once you see it, you can't unsee it.", "Nothing is a
  coincidence.", "They're lying to you.", "This post will be deleted.";
- everyone bought off ([silence_phrases] after a word of [sweeping_subjects]): "Everyone
  involved has been paid to keep quiet."; not "Two witnesses were paid to keep quiet";
- the vague "they" erasing the truth now ([censor_verbs], [censored_objects]): "They're deleting
  posts like this every day."; not "They deleted the posts after complaints" (a report of the
  past) or "Moderators are deleting posts" (a subject named);
- (loaded34, version 59) a hidden foreign hand ([foreign_hand_words] right before, or one word
  before, a noun of [hidden_hand_nouns], in a sentence holding a word of [plot_words]; or a word
  of the plot right before "from abroad"): "These provocations were planned in advance by
  foreign intelligence services", "Certain foreign circles tried to undermine the elections",
  "instigated from abroad"; not "The withdrawal of Western forces could destabilise the region"
  (the origin after "of") or "Foreign intelligence services are a growing threat" (no plot);
- (loaded34) data said to be rigged ([rigging_verbs] within RIGGING_WINDOW words of a noun of
  [data_nouns]): "The famous 97% figure was cooked up from a handful of cherry-picked papers",
  "They fudged the temperature data"; not "The chef cooked up a feast";
- (loaded34) a prophecy mocked: "They told us the snow would be a thing of the past", "Remember
  when they said the islands would be underwater by now?" ("they" opening the sentence, a verb
  of [prophecy_verbs], "us", "you" or "everyone" after it, "would" or "going to" later); not
  "The council told us the road would reopen", "They said they would reopen in May", "They told
  us the bridge would reopen, residents said".

Where a tell stands (a quotation, a named source's sentence) is the caller's business, as for
`insinuation_formulas`. Its evidence detail is not the insinuation's: the kinds rule that reads
insinuations (two or more make a text opinion) does not read these. Each rule starts from a key
word the text's vocabulary holds whose phrase's last words the lower-cased text holds, so most
texts cost a set intersection and a few substring tests.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .lexicon import load_sections
from .sales_pressure import word_places
from .text import Document

__all__ = ["DATA", "RIGGED_DETAIL", "TELL_DETAIL", "detail", "tells", "warm_up"]

DATA = "conspiracy_tells.txt"
TELL_DETAIL = ("conspiracy tell: hints at a hidden plot, a foreign hand or a cover-up (follow the money, do your own "
               "research, CO2 is plant food): a loaded term")
# (cues23) data said to be rigged is a charge against the figures, not a hint of a hidden plot: its
# own words in the evidence
RIGGED_DETAIL = "says the figures were rigged or picked to mislead (cooked up, fudged, cherry-picked): a loaded term"
CENSOR_WINDOW = 3  # words after the verb of censoring searched for what is censored
RIGGING_WINDOW = 4  # words either side of a verb of rigging searched for the data it rigs
_PROPHECY_OBJECTS = frozenset(("us", "you", "everyone", "everybody"))
_PROPHECY_MODALS = frozenset(("would", "going"))  # "would be", "was going to"
_REMEMBER = frozenset(("remember",))
_REPORT_TAGS = frozenset(("said", "says", "added", "explained"))
_CLAUSE_MARKS = frozenset(",;:.!?()[]\u2014\u2013\"\u201c\u201d")
_THEY_AUXILIARIES = frozenset(("are", "keep", "will", "just", "now", "still", "always"))
_THEY = frozenset(("they", "them"))


class _Tables(NamedTuple):
    opening: dict[str, tuple[tuple[str, ...], ...]]  # first word -> tells, longest first (both apostrophes)
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    silence: dict[str, tuple[tuple[str, ...], ...]]
    openers: frozenset[str]
    followers: frozenset[str]
    sweeping: frozenset[str]
    censor: frozenset[str]
    censored: frozenset[str]
    foreign: frozenset[str]
    hands: frozenset[str]
    plots: frozenset[str]
    rigging: frozenset[str]
    data: frozenset[str]
    prophecy: frozenset[str]
    probes: dict[str, tuple[str, ...]]  # first word -> texts one of which the lower-cased text must hold


def _spellings(line: str) -> set[str]:
    return {line, line.replace("'", "\u2019")}


def _by_first(lines: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for line in lines:
        for spelling in _spellings(line):
            words = tuple(spelling.split())
            found.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}


def _probe(words: tuple[str, ...]) -> str:
    """The text a phrase's last three words make: what the lower-cased text must hold for the
    phrase to be looked for ("can't unsee it": a comma may stand earlier, "Once you see it, ...")."""
    return " ".join(words[-3:])


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    sections = load_sections(DATA)

    def words(section: str) -> frozenset[str]:
        return frozenset(w for line in sections[section] for w in line.split())

    opening, phrases = _by_first(sections["opening_tells"]), _by_first(sections["phrase_tells"])
    silence = _by_first(sections["silence_phrases"])
    probes: dict[str, set[str]] = {}
    for table in (opening, phrases, silence):
        for first, options in table.items():
            probes.setdefault(first, set()).update(_probe(p) for p in options)
    return _Tables(opening, phrases, silence, words("tell_openers"), words("tell_followers"),
                   words("sweeping_subjects"), words("censor_verbs"), words("censored_objects"),
                   words("foreign_hand_words"), words("hidden_hand_nouns"), words("plot_words"),
                   words("rigging_verbs"), words("data_nouns"), words("prophecy_verbs"),
                   {k: tuple(sorted(v)) for k, v in probes.items()})


def warm_up() -> None:
    _tables()


_THEY_FORMS = frozenset(s for w in ("they", "they're", "they'll") for s in _spellings(w))


def tells(doc: Document) -> list[tuple[int, int]]:
    """The conspiracy tells of the text as word ranges (first, last + 1), in order, not
    overlapping."""
    t = _tables()
    vocabulary, lower_text = doc.analysis.vocabulary, doc.analysis.lower_text
    # a phrase's first word in the text and its last words too (most texts: none); a verb of
    # censoring with "they"
    keys = [k for k in vocabulary.intersection(t.probes) if any(p in lower_text for p in t.probes[k])]
    if not _THEY_FORMS.isdisjoint(vocabulary):
        keys += vocabulary.intersection(t.censor)
    # (loaded34) the classes read from their words: a foreign hand with a plot, rigged data, a
    # mocked prophecy of "they"
    plots = not t.plots.isdisjoint(vocabulary)
    hands = set(vocabulary.intersection(t.foreign)) if plots else set()
    if plots and "abroad" in vocabulary:
        hands.add("abroad")
    rigging = vocabulary.intersection(t.rigging) if not t.data.isdisjoint(vocabulary) else set()
    prophecy = "they" in vocabulary and not t.prophecy.isdisjoint(vocabulary) and not _PROPHECY_MODALS.isdisjoint(vocabulary)
    if not (keys or hands or rigging or prophecy):
        return []
    lowers = doc.lowers
    found: list[tuple[int, int]] = []
    for key in keys:
        for i in word_places(lowers, key):
            span = _opening(doc, lowers, t, i) or _listed(doc, lowers, t.phrases, i) or _silence(doc, lowers, t, i) \
                or _censoring(doc, lowers, t, i)
            if span is not None:
                found.append(span)
    for key in hands:
        found += filter(None, (_foreign_hand(doc, lowers, t, i) for i in word_places(lowers, key)))
    for key in rigging:
        found += filter(None, (_rigged_data(doc, lowers, t, i) for i in word_places(lowers, key)))
    if prophecy:
        found += filter(None, (_mocked_prophecy(doc, lowers, t, i) for i in word_places(lowers, "they")))
    found.sort()
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def detail(doc: Document, span: tuple[int, int]) -> str:
    """(cues23) What the tell at word range `span` (from `tells`) is, as the evidence says it:
    RIGGED_DETAIL for data said to be rigged (a verb of [rigging_verbs] opening it), else
    TELL_DETAIL."""
    return RIGGED_DETAIL if doc.lowers[span[0]] in _tables().rigging else TELL_DETAIL


def _same_sentence(doc: Document, i: int, j: int) -> bool:
    return 0 <= j < len(doc.lowers) and doc.token_sentences[j] == doc.token_sentences[i]


def _gap(doc: Document, i: int) -> str:
    """The characters between word i - 1 and word i."""
    return doc.text[doc.token_ends[i - 1] : doc.token_starts[i]]


def _phrase_at(doc: Document, lowers: list[str], table: dict[str, tuple[tuple[str, ...], ...]], i: int) -> int:
    """The end of the longest phrase of `table` at word i, in i's sentence, or -1."""
    for phrase in table.get(lowers[i], ()):
        end = i + len(phrase)
        if _same_sentence(doc, i, end - 1) and tuple(lowers[i:end]) == phrase:
            return end
    return -1


def _listed(doc: Document, lowers: list[str], table: dict[str, tuple[tuple[str, ...], ...]], i: int) -> tuple[int, int] | None:
    end = _phrase_at(doc, lowers, table, i)
    return (i, end) if end > 0 else None


def _opening(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int] | None:
    """ "Follow the money.", "So do your own research, people.", "Do your own research before
    you let them ...": the tell opens its sentence (one opener before it at most) and closes
    its clause, or goes on with a vocative, "to the truth", "and" (what the reader will then
    see), or "before" with "they" or "them" later in the sentence."""
    end = _phrase_at(doc, lowers, t.opening, i)
    if end < 0:
        return None
    sentence = doc.sentences[doc.token_sentences[i]]
    first = sentence.first_token
    if not (i == first or i == first + 1 and lowers[first] in t.openers and not _CLAUSE_MARKS.intersection(_gap(doc, i))):
        return None
    if end >= sentence.last_token or _CLAUSE_MARKS.intersection(_gap(doc, end)) or "\n" in _gap(doc, end):
        return i, end
    after = lowers[end]
    if after == "before":
        return (i, end) if not _THEY.isdisjoint(lowers[end + 1 : sentence.last_token]) else None
    if after == "to":
        return (i, end) if lowers[end + 1 : end + 3] in (["the", "truth"], ["what"]) else None
    return (i, end) if after in t.followers else None


def _silence(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int] | None:
    """ "Everyone involved has been paid to keep quiet": a [silence_phrases] entry after a word
    of [sweeping_subjects] in its sentence."""
    end = _phrase_at(doc, lowers, t.silence, i)
    if end < 0:
        return None
    first = doc.sentences[doc.token_sentences[i]].first_token
    return (i, end) if not t.sweeping.isdisjoint(lowers[first:i]) else None


def _censoring(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int] | None:
    """ "They're deleting posts like this every day", "they keep censoring anyone who asks",
    "They will delete this": "they" (an auxiliary of the present or the future between at
    most), a verb of [censor_verbs], then one of [censored_objects] within CENSOR_WINDOW words."""
    if lowers[i] not in t.censor or i == 0:
        return None
    j = i - 1
    if lowers[j] in _THEY_AUXILIARIES and j > 0:
        j -= 1
    if lowers[j] not in _THEY_FORMS or not _same_sentence(doc, j, i):
        return None
    for k in range(i + 1, min(i + 1 + CENSOR_WINDOW, doc.sentences[doc.token_sentences[i]].last_token)):
        if lowers[k] in t.censored:
            return j, k + 1
    return None


def _sentence_words(doc: Document, lowers: list[str], i: int) -> list[str]:
    sentence = doc.sentences[doc.token_sentences[i]]
    return lowers[sentence.first_token : sentence.last_token]


def _foreign_hand(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int] | None:
    """(loaded34) "planned in advance by foreign intelligence services", "Certain foreign circles
    tried to undermine", "agents of foreign powers ... to destabilise", "instigated from abroad":
    a vague origin (`i`) with a noun of who is behind it right after it or one word on, in a
    sentence holding a word of the plot; or a word of the plot, "from", "abroad" (`i`)."""
    if lowers[i] == "abroad":
        if i >= 2 and lowers[i - 1] == "from" and lowers[i - 2] in t.plots and _same_sentence(doc, i - 2, i):
            return i - 2, i + 1
        return None
    end = next((k + 1 for k in (i + 1, i + 2) if _same_sentence(doc, i, k) and lowers[k] in t.hands), 0)
    if not end:
        return None
    while _same_sentence(doc, i, end) and lowers[end] in t.hands:
        end += 1  # "foreign intelligence services"
    if lowers[i] == "external" and lowers[end - 1] == "forces":
        return None  # physics' term too ("external forces could destabilise the beam"); its
        # propaganda phrases are listed in loaded_language.txt ("attempts by external forces")
    start = i
    if i > 0 and lowers[i - 1] == "of":
        # "the withdrawal of Western forces": the origin names whose act it is, not who plots;
        # "agents of foreign powers" still is the hidden hand
        if not (i > 1 and lowers[i - 2] in t.hands and _same_sentence(doc, i - 2, i)):
            return None
        start = i - 2
    words = _sentence_words(doc, lowers, i)
    return (start, end) if not t.plots.isdisjoint(words) else None


def _rigged_data(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int] | None:
    """(loaded34) "was cooked up from a handful of cherry-picked papers", "They fudged the
    temperature data", "the figures were massaged": a verb of rigging (`i`) with a noun of data
    within RIGGING_WINDOW words either side in its sentence."""
    near = range(max(0, i - RIGGING_WINDOW), min(len(lowers), i + RIGGING_WINDOW + 1))
    if not any(lowers[k] in t.data and _same_sentence(doc, i, k) for k in near if k != i):
        return None
    return (i, i + 2) if i + 1 < len(lowers) and lowers[i + 1] == "up" else (i, i + 1)


def _mocked_prophecy(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int] | None:
    """(loaded34) "They told us the snow would be a thing of the past", "Remember when they said
    the islands would be underwater by now?": "they" (`i`) opening its sentence or after
    "remember when" / "remember,", a verb of [prophecy_verbs], then "us", "you" or "everyone"
    (not needed after "remember"), and "would" or "going to" later in the sentence."""
    sentence = doc.sentences[doc.token_sentences[i]]
    first = sentence.first_token
    remembered = i - first in (1, 2) and lowers[first] in _REMEMBER and (i - first == 1 or lowers[first + 1] == "when")
    if not (i == first or remembered) or i + 1 >= sentence.last_token or lowers[i + 1] not in t.prophecy:
        return None
    end = i + 2
    if end < sentence.last_token and lowers[end] in _PROPHECY_OBJECTS:
        end += 1
    elif not remembered:
        return None
    rest = lowers[end : sentence.last_token]
    if not _REPORT_TAGS.isdisjoint(rest):
        return None  # "They told us the bridge would reopen, residents said": the residents' account
    foretold = "would" in rest or any(w == "going" and k + 1 < len(rest) and rest[k + 1] == "to" for k, w in enumerate(rest))
    return (first if remembered else i, end) if foretold else None

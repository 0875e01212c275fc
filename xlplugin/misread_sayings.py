"""Verbs of saying the attribution pass misread (sources11), as classes; each rule has its words in
data/attribution.txt and is called in one line from `xlplugin.cues` (or `misread_sources`).

- After its subject, a verb of saying followed by a noun phrase and a verb starts what was said
  (`clause_after_verb`: "The man said the police had ignored his calls"): the noun phrase is the
  reported clause's subject, not a source inverted after the verb ("..., said the police").
- Unnamed people and what they put on a platform ("Users on Facebook claim", "Comments on Reddit
  say") name no one who can be asked (`crowd_on_platform`): a vague source, as "a viral post says".
- A verb of saying before "little", "nobody", "no more" ("he said little about it", "the minister
  said no more") reports no words (`says_no_words`), as "said nothing" does.
- "Find" with money as its object ("it found \u00a32.1 million for road repairs", "Millbrook finds
  money for roads") is finding money, not a finding (`finds_money`, claims15).
"""

from __future__ import annotations

import re
from itertools import takewhile

from .groups import _sets as group_sets
from .phrases import words
from .source_window import DETERMINERS, WINDOW_AFTER, Words

__all__ = ["clause_after_verb", "speaker_before_clause", "crowd_on_platform", "says_no_words", "UNSAID_WORDS",
           "listener_after", "counts_again", "COUNT_AGAIN_WORDS", "time_only",
           "FIND_WORDS", "finds_money"]

DATA_FILE = "attribution.txt"

# Words that open a relative clause: a verb after one is the relative clause's ("said a spokesman
# who had ..."), and says nothing of a reported clause.
_RELATIVES = frozenset("who whom whose which that".split())
CLAUSE_VERBS = words(DATA_FILE, "clause_verb_words")
# Subject pronouns ("it" is left out: "said it in May" has it as an object).
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())


def clause_after_verb(text: str, w: Words, i: int) -> bool:
    """Is the verb of saying at `i`, right after the words before it (a single space between: no
    comma or quotation that would end what was said before it), followed by a noun phrase and a
    finite verb within WINDOW_AFTER words, spaces only between ("The man said the police had
    ignored", "she told reporters the council cut")? Then the words after it are what was said,
    and no source is inverted there. A verb is a word of [clause_verb_words] or a lower-case word
    in "-ed", not right after a determiner or an -ly adverb ("the retired general", "the newly
    elected mayor" are noun phrases); after a subject pronoun any lower-case word ("said they
    support")."""
    lowers, starts, ends = w.lowers, w.starts, w.ends
    if i == 0 or text[ends[i - 1]:starts[i]] != " ":
        return False  # opening the sentence, or after a comma or a quotation: "..., said the minister" may invert
    if i + 2 < len(lowers) and lowers[i + 1] in _SUBJECT_PRONOUNS and w.texts[i + 2].islower() \
            and text[ends[i + 1]:starts[i + 2]] == " ":
        return True  # "said they support Clinton": a subject pronoun's next word is its verb, whatever its form
    for k in range(i + 2, min(len(lowers), i + 2 + WINDOW_AFTER)):
        if text[ends[k - 1]:starts[k]] != " ":
            return False
        lw, before = lowers[k], lowers[k - 1]
        if lw in _RELATIVES:
            return False
        if before in DETERMINERS:
            continue
        if lw in CLAUSE_VERBS or lw.endswith("ed") and w.texts[k].islower() and not before.endswith("ly"):
            return True
    return False


Source = tuple[tuple[str, bool] | None, list[int]]


def speaker_before_clause(text: str, w: Words, i: int, after: Source, before: Source) -> Source:
    """The source of the verb of saying at `i`, (kind, has_role) and its words, given the one read
    after it (`after`: "said the police had ignored", its words ascending) and the one read before
    it (`before`). A source after the verb (a name, a role, a vague group, a pronoun: "said they
    were", not a document: "said a study published in May") that is the subject of a reported
    clause (`clause_after_verb`) is no source: the speaker stands before the verb. Then the source
    read before it counts, or, where none was found, the verb's subject with no kind of its own:
    an unnamed one ("a neighbour said", "21 percent said", "participants said": `_indefinite`) is
    vague, ("weasel", False); a definite one or none before the verb ("The man said", "the
    candidate said", "... and said") is someone the text has named or described before, as "he
    said" is: ("pronoun", False). Its cue is the verb. (Sentence-level recall as before: such a
    verb still reports.)"""
    found, idxs = after
    if found is None or found[0] == "document" or not idxs or idxs[0] < i or not (
            clause_after_verb(text, w, i) or listener_after(text, w, i)):  # (sources13) "told the minister": no source
        return after
    if before[0] is not None:
        return before
    return (("weasel" if _indefinite(w.lowers, before[1], i) else "pronoun"), False), [i]


INDEFINITE = words(DATA_FILE, "indefinite_speaker_words")
_CONJUNCTIONS = frozenset("and but or nor".split())
# Words opening a subject that the text has introduced before, whatever number follows them.
_DEFINITE = frozenset("the this these his her their its our my your all both each".split())


def _indefinite(lowers: list[str], idxs: list[int], i: int) -> bool:
    """Is the subject phrase `idxs` (descending) before the verb of saying at `i` an unnamed one:
    its first or second word a word of [indefinite_speaker_words] or a figure, a hyphenated number
    included ("a neighbour", "Only 24 percent", "Twenty-four percent"), or its first word a bare
    lower-case plural ("participants said")? Not after "and", "but" ("... became a delegate and
    said"): that verb's subject is the earlier verb's. (Only the opening words: "his wife of 37
    years" is no figure's.)"""
    if not idxs or lowers[i - 1] in _CONJUNCTIONS:
        return False
    idxs = list(takewhile(lambda k: lowers[k] not in _CONJUNCTIONS, idxs))  # "in any way and his wife said": the words after "and"
    if not idxs:
        return False
    opening = [lowers[k] for k in idxs[-2:]]
    if opening[-1] in _DEFINITE:
        return False  # "the two officers", "all three candidates", "his wife of 37 years": ones named or described before
    if any(lw in INDEFINITE or lw[:1].isdigit() or lw.split("-")[0] in INDEFINITE for lw in opening):
        return True
    first = opening[-1]
    return len(idxs) == 1 and first.isalpha() and first.endswith("s") and not first.endswith("ss")


# [platform_crowd_words], [post_words] and [weasel_source_words]: the nouns for unnamed people and
# their posts that a platform's name after them leaves unnamed.
CROWDS = words(DATA_FILE, "platform_crowd_words") | words(DATA_FILE, "post_words") | words(DATA_FILE, "weasel_source_words")


def crowd_on_platform(w: Words, idxs: list[int], head: int, not_names: frozenset[str]) -> tuple[str, bool] | None:
    """The kind of the source phrase `idxs` (descending) whose head, a platform's name at `head`,
    follows a preposition ("Users on Facebook claim", "Rumours on Telegram say"): ("weasel",
    False) when the noun before the preposition is a crowd or its posts (CROWDS) and no
    possessive nor capitalised name after the sentence's first word says whose ("Trump's
    followers on Truth Social" keeps its name); None otherwise (the name reads as before)."""
    texts, lowers = w.texts, w.lowers
    k = head
    while k - 1 >= idxs[-1] and texts[k - 1][:1].isupper():
        k -= 1  # the first word of a platform's name of several ("Truth Social")
    noun = k - 2
    if noun < idxs[-1] or lowers[noun] not in CROWDS:
        return None
    platforms = group_sets()[2]
    for j in idxs:
        if j > noun:
            continue
        lw = lowers[j]
        if lw.endswith(("'s", "\u2019s")) or j > 0 and texts[j][:1].isupper() and lw not in not_names and lw not in platforms:
            return None  # "Trump's followers", "fans of Smith on X": whose, said
    return "weasel", False


# [nothing_object_words] and [unsaid_object_words]: `cues` asks this set about the word after a
# verb of saying before it calls `says_no_words` (one set test for most verbs).
UNSAID_WORDS = words(DATA_FILE, "nothing_object_words") | words(DATA_FILE, "unsaid_object_words")
_MORE = words(DATA_FILE, "unsaid_more_words")
# What follows the object when it is the whole of what was said: a topic ("said little about the
# plan"), a time or a place of saying ("said nothing for a while", "told nobody at the time"), a
# clause of its own ("said nothing when asked") or the sentence's end. ("in" is left out: "said
# nothing in the report was true" reports a clause.)
_SILENT_AFTER = frozenset("about of on regarding concerning for at during until since after before when while as "
                          "to publicly . , ; ! ?".split())


def says_no_words(lowers: list[str], i: int) -> bool:
    """Is the verb of saying at `i` followed by an object that says nothing was said (UNSAID_WORDS;
    "no" only before a word of [unsaid_more_words]: "said no more", "told no one"), a word of
    [unsaid_more_words] after it or none ("said nothing more", "said little else"), then a word of
    _SILENT_AFTER or the sentence's end? No words were said: no source, as for "did not say".
    ("said little had changed", "said nobody was hurt" report a clause.) Holds `says_nothing` of
    sources10: every sentence it says yes for, this does."""
    n = len(lowers)
    j = i + 1
    if j >= n or lowers[j] not in UNSAID_WORDS:
        return False
    if j + 1 < n and lowers[j + 1] in _MORE:
        j += 1
    elif lowers[j] == "no":
        return False  # "said no to the plan": a refusal said aloud
    return j + 1 == n or lowers[j + 1] in _SILENT_AFTER


_LISTENER_VERBS = words(DATA_FILE, "listener_verb_words")


def listener_after(text: str, w: Words, i: int) -> bool:
    """(sources13) Is the verb of saying at `i` one of [listener_verb_words] right after the words
    before it (a single space between: its subject, no comma or quotation that would end what was
    said before it)? Then the words after it name whom it was told ("The farmer told the minister
    everything"), never a source; the speaker stands before the verb (`speaker_before_clause`). Not
    before "by": a passive's agent ("reporters were told by the mayor") is its source."""
    lowers = w.lowers
    return 0 < i and lowers[i] in _LISTENER_VERBS and text[w.ends[i - 1]:w.starts[i]] == " " \
        and (i + 1 == len(lowers) or lowers[i + 1] != "by")  # ("were told by Carla Alston": the agent, a source)


COUNT_AGAIN_WORDS = words(DATA_FILE, "count_again_words")
_COUNT_AGAIN_BEFORE = words(DATA_FILE, "count_again_before_words")


def counts_again(lowers: list[str], i: int) -> bool:
    """(sources13) Is the word of [count_again_words] at `i` after a modal or "to"
    ([count_again_before_words]: "she will recount the votes", "plans to recount every ballot")?
    Then it is a count again, not a telling: no source. ("She recounted how ..." still reports.)"""
    return i > 0 and lowers[i] in COUNT_AGAIN_WORDS and lowers[i - 1] in _COUNT_AGAIN_BEFORE


_TIME_WORDS = words(DATA_FILE, "time_phrase_words")


def time_only(text: str, w: Words, idxs: list[int], i: int) -> bool:
    """(sources14) Is the source phrase `idxs` (descending) read before the verb of saying at `i`
    a time phrase alone ([time_phrase_words], figures: "on Friday", "last week"), right before the
    verb (a single space between), a comma before it ("Glenn Beck, who has thrown restraint to the winds, on Friday
    declared")? Then it is no source: the verb's subject stands before the comma, named or
    described there, as "he" would be (`cues` reads it as a pronoun's)."""
    if not idxs or idxs[0] != i - 1 or idxs[-1] == 0 or text[w.ends[i - 1]:w.starts[i]] != " ":
        return False
    lowers = w.lowers
    if any(lowers[k] not in _TIME_WORDS and not lowers[k][:1].isdigit() for k in idxs):
        return False
    first = idxs[-1]
    return "," in text[w.ends[first - 1]:w.starts[first]]


FIND_WORDS = frozenset(("find", "finds", "found", "finding"))
# Money right after "find": a currency sign, or a word for money with at most a few words before
# it ("found the money", "finds extra cash", "found \u00a32.1 million")
_MONEY_AFTER = re.compile(r"\s+(?:[\u00a3$\u20ac\u00a5]|(?:[a-z]+\s+){0,2}(?:money|funds|funding|cash|savings)\b)")
# A verb soon after the amount makes it the subject of what was found: "found \u00a32 million was
# wasted" reports a finding.
_FOUND_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|went|been|had)\b")


def finds_money(text: str, w: Words, i: int) -> bool:
    """Is the verb "find" at `i` followed by money as its object ("it found \u00a32.1 million for
    road repairs", "Millbrook finds money for roads", "the council found the cash")? Then it is
    finding money, no report of a finding; "the audit found \u00a32 million was wasted" (a verb
    after the amount) still reports. (claims15)"""
    _, lowers, starts, ends = w
    if lowers[i] not in FIND_WORDS:
        return False
    m = _MONEY_AFTER.match(text, ends[i])
    if m is None:
        return False
    k = next((n for n in range(i + 1, len(starts)) if starts[n] >= m.end()), len(starts))
    return not any(_FOUND_CLAUSE_VERB.fullmatch(lowers[n]) for n in range(k, min(len(lowers), k + 4)))

"""Sarcastic frames (sentiment version 6, loaded33), from the tables of
xlplugin/data/sarcasm.txt: the openings of a sentence whose praise words mean their opposite.

- a wry remark ([wry_openers]): "Funny how the same crooks always win.", "Strange that nobody
  asked.", "Isn't it odd how ..."; not "It's funny how things work out" (also a fond remark);
- praise handed to a mocking name ([mock_praise], a comma, [mock_vocatives]): "Nice job,
  geniuses.", "Well done, you clowns."; not "Nice job on the library, volunteers";
- a groan dressed as delight ([groan_words], a comma, [groan_followers]): "Great, another tax
  rise.", "Oh wonderful, more roadworks."; not "Great, thanks for the quick reply!";
- listed ([sarcastic_sentences]): "Thanks for nothing.", "Yeah, right."

VADER reads "funny", "nice", "great" as praise (+0.77 for "Funny how the same crooks always
win."), so a rant's sarcasm cancelled its anger in the mean. The sentiment scorer reads such a
sentence as its opposite. Blind spots: sarcasm with no stock opening ("I just love waiting an
hour for a bus"), and a sincere sentence that opens with a frame.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import load_sections

__all__ = ["DATA", "sarcastic", "warm_up"]

DATA = "sarcasm.txt"
HEAD_CHARS = 80  # characters of a sentence's opening read: every frame is shorter
_WORDS_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|,")
_INTERJECTIONS = frozenset(("oh", "just", "yeah"))
_LEADING = " \t\n\"'\u201c\u2018(*-\u2014"  # what may stand before a sentence's first word


class _Tables(NamedTuple):
    wry: tuple[tuple[str, ...], ...]
    openers: frozenset[str]
    praise: tuple[tuple[str, ...], ...]
    vocatives: frozenset[str]
    groans: frozenset[str]
    followers: frozenset[str]
    listed: tuple[tuple[str, ...], ...]
    first_words: frozenset[str]  # a sentence opening with none of these holds no frame


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    sections = load_sections(DATA)

    def phrases(section: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(_WORDS_RE.findall(line)) for line in sections[section]), key=len, reverse=True))

    def words(section: str) -> frozenset[str]:
        return frozenset(w for line in sections[section] for w in line.split())

    wry, praise, listed = phrases("wry_openers"), phrases("mock_praise"), phrases("sarcastic_sentences")
    openers, groans = words("frame_openers"), words("groan_words")
    first = {p[0] for p in wry + praise + listed} | openers | groans | _INTERJECTIONS
    return _Tables(wry, openers, praise, words("mock_vocatives"), groans, words("groan_followers"), listed,
                   frozenset(first))


def warm_up() -> None:
    _tables()


def sarcastic(sentence: str) -> bool:
    """Does the sentence open with a sarcastic frame (its praise meaning its opposite)?"""
    t = _tables()
    opening = sentence.lstrip(_LEADING)[:12].lower().replace("\u2019", "'")
    first = _WORDS_RE.match(opening)
    if first is None or first.group() not in t.first_words:
        return False  # most sentences: one look at the first word
    tokens = _WORDS_RE.findall(sentence[:HEAD_CHARS].lower().replace("\u2019", "'"))
    words = [w for w in tokens if w != ","]
    if _opens(words, t.listed):
        return True
    if _opens(words, t.wry) or words[:1] and words[0] in t.openers and _opens(words[1:], t.wry):
        return True
    return _mock_praise(tokens, t) or _groan(tokens, t)


def _opens(words: list[str], table: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in table)


def _mock_praise(tokens: list[str], t: _Tables) -> bool:
    """ "Nice job, geniuses.", "Well done, you clowns.": praise, a comma, a mocking name."""
    for p in t.praise:
        n = len(p)
        if tuple(tokens[:n]) == p and tokens[n : n + 1] == [","]:
            rest = tokens[n + 1 :]
            if rest[:1] == ["you"]:
                rest = rest[1:]
            return rest[:1] != [] and rest[0] in t.vocatives
    return False


def _groan(tokens: list[str], t: _Tables) -> bool:
    """ "Great, another tax rise.", "Oh wonderful, more roadworks.": delight, a comma, more of it."""
    i = 1 if tokens[0] in _INTERJECTIONS else 0
    if tokens[i : i + 1] == [","]:
        i += 1
    return len(tokens) > i + 2 and tokens[i] in t.groans and tokens[i + 1] == "," and tokens[i + 2] in t.followers

"""Verbs of saying used for an act, a price or a thing's name, not for a statement (sources7).

- a plea in court: "pleaded guilty", "pleaded not guilty", "admitted three counts of theft",
  "denies murder" (attribution.txt [plea_verb_words], [plea_words], [charge_words]); a stay in
  hospital: "was admitted to hospital";
- a price: "was quoted at \u00a3780,000", "quoted a price of", "were quoted $500"
  ([price_quote_words], [price_words]);
- a notice's noun: "Yellow warning for wind", "Flood warning issued" ([ing_noun_words]): the -ing
  form is a verb of saying only after a form of "be" or an auxiliary ("is warning"), or opening a
  participle clause after a comma ("..., warning that");
- an issuer: "issued" ([issuing_words]) reports only with "by" and its agent after it ("Issued by
  the Met Office"), which names who put the notice out; without one, no source and no weasel.

Read by `xlplugin.senses.not_a_report` (the first three) and `xlplugin.cues` (the issuer), so
provenance's "named sources with roles" and unsourced claims read them alike.
"""

from __future__ import annotations

from functools import lru_cache

from .phrases import words
from .source_window import AUXILIARY, BE, DETERMINERS, Words

__all__ = ["act_not_statement", "issues_without_agent", "is_issuing"]

DATA_FILE = "attribution.txt"
# The most words (a number, a determiner, an adjective) between a plea verb and its charge noun
# ("admitted three counts", "denied the two charges", "admits dangerous driving").
CHARGE_WINDOW = 3
_CURRENCY = "\u00a3$\u20ac\u00a5"


class _Sets:
    def __init__(self) -> None:
        self.plea_verbs = words(DATA_FILE, "plea_verb_words")
        self.pleas = words(DATA_FILE, "plea_words")
        self.charge_verbs = words(DATA_FILE, "charge_verb_words")
        self.charges = words(DATA_FILE, "charge_words")
        self.price_quotes = words(DATA_FILE, "price_quote_words")
        self.price_openers = words(DATA_FILE, "price_opener_words")
        self.prices = words(DATA_FILE, "price_words")
        self.ing_nouns = words(DATA_FILE, "ing_noun_words")
        self.issuing = words(DATA_FILE, "issuing_words")
        self.every = self.plea_verbs | self.charge_verbs | self.price_quotes | self.ing_nouns


@lru_cache(maxsize=1)
def _sets() -> _Sets:
    return _Sets()


def act_not_statement(w: Words, i: int, text: str) -> bool:
    """Is the reporting word at `i` (i > 0) a plea, an admission to hospital, a price quoted or
    a notice's noun, by the words around it? Then it reports nothing."""
    sets = _sets()
    lw = w.lowers[i]
    if lw not in sets.every:
        return False
    return (lw in sets.plea_verbs and _pleads(w.lowers, i, sets) or lw in sets.charge_verbs and _charged(w.lowers, i, sets)
            or lw in sets.price_quotes and _price_after(w, i, text, sets) or lw in sets.ing_nouns and _ing_noun(w, i, text))


def _pleads(lowers: list[str], i: int, sets: _Sets) -> bool:
    """"pleaded guilty", "pleads not guilty", "pleaded no contest": a plea ([plea_words] next)."""
    return i + 1 < len(lowers) and lowers[i + 1] in sets.pleas and (
        lowers[i + 1] not in ("not", "no") or i + 2 < len(lowers) and lowers[i + 2] in sets.pleas)


def _charged(lowers: list[str], i: int, sets: _Sets) -> bool:
    """"admitted three counts of theft", "denies murder", "was admitted to hospital": a charge
    noun within CHARGE_WINDOW words after the verb, or a passive "admitted to"/"into"."""
    if lowers[i] == "admitted" and i + 1 < len(lowers) and lowers[i + 1] in ("to", "into") and lowers[i - 1] in BE:
        return True  # "was admitted to hospital" (an active "admitted to lying" still reports)
    for k in range(i + 1, min(len(lowers), i + 1 + CHARGE_WINDOW)):
        if lowers[k] in sets.charges:
            return True
        if lowers[k] in ("that", "to", "in", "on", "he", "she", "they", "it"):
            return False
    return False


def _price_after(w: Words, i: int, text: str, sets: _Sets) -> bool:
    """"quoted at \u00a3780,000", "was quoted \u00a3500 for", "quoted a price of": an amount (a
    figure, a currency sign before it) or a word of [price_words] after the verb, a word of
    [price_opener_words] ("at", "for", "a") between or none."""
    lowers, starts, ends = w.lowers, w.starts, w.ends
    k = i + 1
    while k < len(lowers) and k <= i + 2 and lowers[k] in sets.price_openers:
        k += 1
    if k >= len(lowers):
        return False
    if lowers[k] in sets.prices:
        return True
    # a figure after an opener ("at 780,000"), or right after the verb with a currency sign ("£5,000")
    return lowers[k][:1].isdigit() and (k > i + 1 or any(c in _CURRENCY for c in text[ends[k - 1]:starts[k]]))


def _ing_noun(w: Words, i: int, text: str) -> bool:
    """Is the -ing word at `i` a noun ("Yellow warning for wind", "a flood warning")? It is a
    verb after a form of "be" or an auxiliary (-ly adverbs, "not" between: "is now warning"),
    after a comma (a participle clause), or after "while", "by", "after", "before", "when"."""
    lowers = w.lowers
    if "," in text[w.ends[i - 1]:w.starts[i]] or lowers[i - 1] in DETERMINERS:
        return lowers[i - 1] in DETERMINERS
    j = i - 1
    while j > 0 and (lowers[j].endswith("ly") or lowers[j] in ("not", "now", "still", "also")):
        j -= 1
    return not (lowers[j] in BE or lowers[j] in AUXILIARY or lowers[j] in ("while", "by", "after", "before", "when", "without"))


def is_issuing(lw: str) -> bool:
    """Is `lw` a word of [issuing_words] ("issued")?"""
    return lw in _sets().issuing


def issues_without_agent(lowers: list[str], i: int) -> bool:
    """Is the word of [issuing_words] at `i` without "by" right after it ("Yellow warning for wind
    issued", "the council issued 40 fines")? It names no source then, and is no weasel."""
    return lowers[i] in _sets().issuing and (i + 1 >= len(lowers) or lowers[i + 1] != "by")


def warm_up() -> None:
    _sets()

"""(speed31) A rule of kinds.txt on the whole text or on the writer's own words is looked for only
at the beginnings of the alternatives whose words the text holds (`kinds._chosen_prefixes`: the
rule's `text_choices` or `own_choices`), also where it counts its matches ("may wonder" twice) or
has no word counts to rule it out first. A match of another alternative would need a run of
letters the text lacks, so the kinds, scores and cues are what every beginning gives.

Checked on the seed articles and the examples (read at run time, skipped where absent) and on
texts made from the rules' own beginnings and words, cut, joined and quoted (pieces written for
this project), and on near misses ("biography" for "bio", "postings" for "posting").
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from xlplugin import fastmatch, kinds
from xlplugin.fastmatch import Starts
from xlplugin.text import prepare

from conftest import texts_with_pieces

# Plain reporting and near misses of the rules' wording, written for this project.
PIECES = ["The council met on Tuesday. ", "Officials said the road would close. ", "He told reporters it was fine. ",
          "Her biography lists two prizes. ", "Links in the profile section were broken. ", "The postings ended. ",
          "She may wonder aloud. ", "Make no mistakes here. ", "lolly ", "lol", "\u201cLol,\u201d he wrote. ",
          "\"I'm posting this,\" she said. ", "I'm posting this here. ", "Link in bio! ", "link in my bio",
          "We apologise for the error. ", "One might ask why. ", "please forward this to everyone ", "DM me ",
          "dm-me ", "follow me for more\n", "first-time poster, long-time lurker\n", "Mark my words. ", "\n\n"]
JOINERS = [" ", "", "-", "'", "\u2019", "\n", "\"", "\u201c", "\u201d", ". ", ", "]


def _choice_rules() -> list[kinds.Rule]:
    """The rules that look only at their chosen beginnings: on the text or on own words, with
    choices, and not counted from the words (`_word_cue`) nor found by `_own_cue`."""
    found = [r for r in kinds.rules() if isinstance(r.starts, Starts) and r.single_words is None
             and (r.where == "text" and r.text_choices or r.where == "own" and r.own_choices)]
    assert any(r.where == "text" for r in found) and any(r.where == "own" and r.min_count > 1 for r in found)
    return found


def _generated(n: int, seed: int) -> list[str]:
    """Texts made from the choice rules' own beginnings and needed words, cut and joined at random
    with spaces, hyphens, apostrophes, quotation marks and line breaks, mixed with `PIECES`."""
    words = sorted({w for r in _choice_rules() for needs, _ in (r.text_choices or r.own_choices) for w in needs})
    prefixes = sorted({p for r in _choice_rules() for _, p in (r.text_choices or r.own_choices)})
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(2, 40)):
            pick = rng.random()
            part = rng.choice(prefixes) if pick < 0.4 else rng.choice(words) if pick < 0.7 else rng.choice(PIECES)
            if rng.random() < 0.15:
                part = part[: rng.randint(1, len(part))]  # a beginning cut short
            parts.append(part + rng.choice(JOINERS))
        out.append("".join(parts))
    return out


def _without_choices() -> tuple[kinds.Rule, ...]:
    return tuple(dataclasses.replace(r, text_choices=None, own_choices=None) for r in kinds.rules())


def _same_kinds(texts: list[str], monkeypatch) -> None:
    docs = [prepare(t) for t in texts]
    quick = [kinds.classify(d) for d in docs]
    table = _without_choices()
    with monkeypatch.context() as m:
        m.setattr(kinds, "rules", lambda: table)
        for doc, fast in zip(docs, quick):
            assert kinds.classify(doc) == fast, doc.text[:200]


def test_the_kinds_are_those_of_every_beginning_on_articles_and_plain_texts(monkeypatch):
    _same_kinds(texts_with_pieces(PIECES, 200, 31), monkeypatch)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_kinds_are_those_of_every_beginning_on_texts_of_the_rules_own_words(monkeypatch, seed):
    _same_kinds(_generated(150, seed), monkeypatch)


def test_the_cues_of_posts_and_asides_are_still_found():
    """Where the words are there, the rules still fire (the beginnings they need are kept)."""
    post = kinds.classify(prepare("I'm posting this here because nobody answered.\n\nLink in bio for the rest."))
    assert any("posting" in c or "link in bio" in c for c in post.cues), post
    aside = prepare("The plan passed. One may wonder who paid. Readers may wonder why again. Ask yourself that.")
    rule = next(r for r in _choice_rules() if r.where == "own" and r.min_count > 1 and "may wonder" in r.pattern)
    assert kinds._cue(rule, aside, kinds._Facts(aside, kinds.rules())) is not None


@pytest.mark.parametrize("text", [
    "The council met on Tuesday and approved the budget. The mayor said the vote was close.",
    "Residents said the bridge would reopen in May, officials told reporters on Friday.",
    "Her biography lists two prizes; the postings on the board ended in June.",
])
def test_a_plain_report_looks_at_none_of_the_beginnings_its_words_rule_out(monkeypatch, text):
    """A report without the rules' words looks for no beginning of theirs: no `str.find` of all
    of a rule's beginnings over the text (each was one per beginning before)."""
    looked: list[tuple[str, ...]] = []
    occurrences = fastmatch._occurrences

    def spy(value: str, prefixes: tuple[str, ...]) -> list[int]:
        looked.append(prefixes)
        return occurrences(value, prefixes)

    monkeypatch.setattr(fastmatch, "_occurrences", spy)
    kinds.classify(prepare(text))
    # the forum poster's aside (on the text) and the insinuation counted twice (on own words)
    every = {r.starts.prefixes for r in kinds.rules() if isinstance(r.starts, Starts)
             and ("i'm posting" in r.pattern or "may wonder" in r.pattern and r.min_count > 1)}
    assert len(every) == 2 and not every.intersection(looked)

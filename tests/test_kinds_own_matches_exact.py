"""(speed20) Two speed changes of the kinds, each holding to what the plain code gives:

- `kinds._own_matches`: the matches of a rule on the writer's own words, looked for only at the
  beginnings whose words the text holds (the insinuations cue reads kinds.txt's own list this
  way), are `rule.regex.finditer(facts.own)`'s; a text without those words makes no `own`.
- `kinds._fact_check` finds its "Claim:" line at the line breaks only: the same first match as
  the plain search.

Checked on the seed articles and the examples (read at run time, skipped where absent) and on
texts generated from pieces written for this project.
"""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from xlplugin import engine, kinds
from xlplugin.fastmatch import Starts, finditer_at
from xlplugin.insinuation_formulas import INSINUATION_DETAIL
from xlplugin.text import prepare

from conftest import texts_with_pieces

# Pieces of insinuations, quotations, fact-check labels and speakers, written for this project.
PIECES = ["Funny how the minutes vanished. ", "One might wonder who signed it. ", "You may want to ask why. ",
          "Perhaps it is a coincidence. ", "Draw your own conclusions. ", "It remains to be seen who pays. ",
          "\u201cOne might ask the same,\u201d she said. ", "\"You may wonder,\" he said. ", "worth asking ",
          "The council met on Tuesday. ", "one might ", "want to ", "ask yourself", "\n", "\n\n",
          "Claim: the bridge was sold.\n", "CLAIM : rates doubled\n", "**Claim:** a ban\n", "claims:", "The claim: x\n",
          "Verdict: False\n", "Our rating: Mostly true\n", "  Ruling: misleading\n", "Rating: 4/5\n",
          "The inquest heard on Monday that the valve failed. ", "Kesterford Crown Court heard the van was stolen. ",
          "Union boss Ada Crane fumed: \u201cThis is a scandal.\u201d ", "Priya Shah, 38, said the rent rose. ",
          "The head teacher, who joined the school in 2019, said the roof leaks. ", "He told reporters it was fine. ",
          "Officials said the road would close. ", "x ", ": ", ", who ", ", 41, "]


def _texts(n: int = 300, seed: int = 20) -> list[str]:
    return texts_with_pieces(PIECES, n, seed)


def _facts(text: str) -> kinds._Facts:
    doc = prepare(text)
    return kinds._Facts(doc, kinds.rules())


def _own_choice_rules() -> list[kinds.Rule]:
    found = [rule for rule in kinds.rules() if rule.where == "own" and rule.own_choices is not None]
    assert kinds._insinuation_rule() in found
    return found


def test_own_matches_are_the_plain_patterns():
    rules, found = _own_choice_rules(), 0
    for text in _texts():
        facts = _facts(text)
        for rule in rules:
            plain = [(m.start(), m.end(), m.group()) for m in rule.regex.finditer(facts.own)]
            assert [(m.start(), m.end(), m.group()) for m in kinds._own_matches(rule, facts)] == plain, (rule.why, text[:200])
            found += len(plain)
    assert found > 100


def test_own_is_not_made_for_a_text_without_the_rules_words():
    # the insinuations cue reads loaded language's insinuations and kinds.txt's own list on the
    # writer's words: those words are made only where a listed insinuation's words are all in the
    # text (here none is, and loaded language finds its insinuation formulas)
    for text in ["The council met on Tuesday. \u201cThe bridge is safe,\u201d the engineer said. Funny how rates rose.",
                 "I'm not saying he lied. We are saying the dates do not match. \u201cNothing to hide,\u201d he said."]:
        doc = prepare(text)
        loaded = engine.score_text(text).signals["loaded_language"]
        assert any(e.detail == INSINUATION_DETAIL for e in loaded.evidence), text
        facts = kinds._Facts(doc, kinds.rules(), "", loaded)
        assert kinds._insinuations(doc, facts) is None
        assert "own" not in vars(facts), text


def _plain_fact_check(facts: kinds._Facts) -> str | None:
    text = facts.text
    if "claim" not in text:
        return None
    claim = kinds._CLAIM_LINE_RE.search(text)
    verdict = None if claim is None else kinds._VERDICT_LINE_RE.search(text, claim.end())
    return None if verdict is None else f"verdict: {' '.join(verdict.group(1).split()[:4])!r}"


def test_the_fact_check_is_the_plain_search():
    found = 0
    for text in _texts(1500, 21):
        facts = _facts(text)
        plain = _plain_fact_check(facts)
        assert kinds._fact_check(facts.doc, facts) == plain, text[:200]
        found += plain is not None
    assert found > 50


@settings(deadline=None)  # (the first example loads the kinds table)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(PIECES))
def test_finditer_at_the_starts_is_finditer(pieces, head):
    text = (head + "".join(pieces)).lower()
    for regex in (kinds._CLAIM_LINE_RE, kinds._insinuation_rule().regex):
        starts = Starts.of(regex)
        assert starts is not None
        expected = [(m.start(), m.end()) for m in regex.finditer(text)]
        assert [(m.start(), m.end()) for m in finditer_at(regex, text, starts.positions(text))] == expected
        first = starts.first(text)
        assert (first.span() if first else None) == (expected[0] if expected else None)

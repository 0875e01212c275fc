"""`fastmatch.EachStarts`: a pattern with top-level alternatives ("(?:^|\\n)A|\\b(?:B|C)\\b", as
kinds.txt's "a press office's contact") is tried only where one of its alternatives can start,
and finds the same leftmost match (and the same matches, left to right) as the plain `re` search.

Checked on written cases, on generated texts crowded with the pattern's pieces, and (slow) for
every rule of data/kinds.txt whose pattern has a shortcut, on every text `scripts/golden_digest.py`
reads (lower-cased as the rules read them, and as written): the shortcut's result equals the
plain pattern's.

The short texts here were written for this project.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from xlplugin import kinds
from xlplugin.fastmatch import EachStarts, Starts, lead_prefixes
from xlplugin.text import prepare

from conftest import EXAMPLES, ROOT, SEEDS


def _press_office_rule() -> kinds.Rule:
    found = [r for r in kinds.rules() if isinstance(r.starts, EachStarts) and "contact the" in r.pattern]
    assert found, "the press office rule of kinds.txt is not read by EachStarts"
    return found[0]


def test_the_press_office_rule_has_a_shortcut():
    """Every pattern of kinds.txt on the text, its head, its tail or the writer's own words has a
    shortcut but the changelog title's (anchored at the start: `re` tries it there only)."""
    on_text = [r for r in kinds.rules() if r.where in ("text", "head", "tail", "own")]
    without = [r.pattern for r in on_text if r.starts is None]
    assert all(p.startswith("^") for p in without), without
    rule = _press_office_rule()
    assert "contact the" in rule.pattern


def test_lead_prefixes():
    assert lead_prefixes("press office") == ["press office"]
    assert lead_prefixes("\\b(?:press|media|communications) office") == ["press", "media", "communications"]
    assert lead_prefixes("(?:contact the (?:a|b)|(?:x|yz) q)") == ["contact the ", "x", "yz"]
    assert lead_prefixes("(?:a|b)? office") is None  # an optional group
    assert lead_prefixes("(?:a|) office") is None  # an empty alternative
    assert lead_prefixes("[ab]c") is None
    assert lead_prefixes("(?=a)b") is None


@pytest.mark.parametrize("pattern", [
    "abc",  # one alternative: Starts reads it
    "a|[bc]d",  # an alternative without a beginning
    "(?:^|\\n)x|(?:a|b)?c",  # an optional group
    "(a)|b",  # a group: findall would return it
    "(?i)a|b",  # a flag
])
def test_no_shortcut_where_an_alternative_cannot_be_read(pattern):
    assert EachStarts.of(re.compile(pattern)) is None


WRITTEN = [
    "", "\n", "Media enquiries\nContact the press office on 01234.", "x\n  for press inquiries: call",
    "please contact the media team at once", "the communications office via email", "press office on",
    "impress office on", "press offices on", "contact the press office", "\nmedia enquiries",
    "a\n\tfor media enquiries\ncontact the communications team", "media office at noon\npress enquiries",
]


def _same(starts: EachStarts, text: str) -> None:
    m = starts.regex.search(text)
    assert starts.search(text) == (m.group() if m else None), text
    assert starts.findall(text) == starts.regex.findall(text), text


def test_the_shortcut_on_written_cases():
    starts = _press_office_rule().starts
    assert isinstance(starts, EachStarts)
    for text in WRITTEN:
        _same(starts, text.lower())
    # the earlier alternative at the same start wins, as in the pattern
    both = EachStarts.of(re.compile("(?:^|\\n)ab|\\bab c|(?:x|a)b"))
    assert both is not None
    for text in ("ab c", "\nab c", "q\nab", "xab\nab", "zz\nb"):
        _same(both, text)


PIECES = ["press", "media", "communications", "contact the ", "office", "team", " on", " at", " via",
          "enquiries", "inquiries", "for ", " ", " ", "\n", "\t", "im", "s", "x", ".", ":"]


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(1, 40)))
            for _ in range(n)]


def _files() -> list[str]:
    return [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
            for p in sorted(folder.glob("*.txt"))]


def test_the_shortcut_on_generated_texts_and_articles():
    starts = _press_office_rule().starts
    assert isinstance(starts, EachStarts)
    for text in _generated(3000, 5) + _files():
        _same(starts, text.lower())


def _golden_texts() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from scripts.golden_digest import items

    return [d["text"] for group in items().values() for d in group]


def _shortcuts() -> list[tuple[re.Pattern[str], object]]:
    """Every (pattern, shortcut) of the rules: the rule's own and its `rest`'s."""
    out = []
    for rule in kinds.rules():
        if rule.starts is not None:
            out.append((rule.starts.regex, rule.starts))
        if rule.rest_starts is not None:
            out.append((rule.rest_starts.regex, rule.rest_starts))
    return out


@pytest.mark.slow
def test_every_rules_shortcut_on_every_golden_text():
    """For every rule of kinds.txt with a shortcut, on every text the golden digest reads (as
    written, lower-cased, and its head and tail as the rules on them read them): the shortcut's
    first match and matches are the plain pattern's."""
    texts = _golden_texts()
    assert len(texts) > 2000
    pairs = _shortcuts()
    assert any(isinstance(s, EachStarts) for _, s in pairs) and any(isinstance(s, Starts) for _, s in pairs)
    for text in texts:
        lowered = text.lower()
        values = {text, lowered, lowered[:kinds.HEAD_CHARS], lowered[-kinds.HEAD_CHARS:]}
        for regex, starts in pairs:
            for value in values:
                m = regex.search(value)
                assert starts.search(value) == (m.group() if m else None), (regex.pattern[:60], value[:80])
                assert starts.findall(value) == regex.findall(value), (regex.pattern[:60], value[:80])


# --- the beginnings of `rest` tried per document: a file name's words ("readme\\.md": readme, md)

FILE_NAMES = ["See README.md for more.", "Read the LICENSE file.", "docs/CHANGELOG.rst", "readme_md", "readme-md",
              "the readme. md", "INSTALL.TXT and licence.md", "my_readme.md", "x.readme.md.y", "readme.mdx",
              "Install the tool.", "a license to print money"]


def _file_rule() -> kinds.Rule:
    return next(r for r in kinds.rules() if r.rest_choices and "readme\\." in r.rest.pattern)


def test_a_file_names_alternatives_need_its_words():
    rule = _file_rule()
    needs = {prefix: set(words) for words, prefix in rule.rest_choices}
    assert needs["readme"] in ({"readme", "md"}, {"readme", "txt"}, {"readme", "rst"})
    for text in FILE_NAMES:
        doc = prepare(text)
        facts = kinds._Facts(doc, kinds.rules())
        value = facts.values["text"]
        assert kinds._rest_matches(rule, value, facts) == rule.rest.findall(value), text


def _same_rest_matches(texts: list[str]) -> None:
    table = kinds.rules()
    rest_rules = [r for r in table if r.rest_choices is not None]
    for text in texts:
        doc = prepare(text)
        facts = kinds._Facts(doc, table)
        for rule in rest_rules:
            value = facts.values[rule.where]
            found = kinds._rest_matches(rule, value, facts)
            if found is None:  # ruled out by the document's words (rest_needs)
                assert not any(doc.analysis.vocabulary >= needs for needs in rule.rest_needs or ()), text[:80]
            else:
                assert found == rule.rest.findall(value), (rule.pattern[:40], text[:80])


def test_the_rest_is_looked_for_where_its_words_are_on_articles():
    _same_rest_matches(_files() + FILE_NAMES)


@pytest.mark.slow
def test_the_rest_is_looked_for_where_its_words_are_on_every_golden_text():
    _same_rest_matches(_golden_texts())


# --- the recipe's ingredients headings, found at line starts only (`LineStarts.finditer`)

RECIPES = ["Ingredients\n200 g flour\n2 eggs\n1 tsp salt\n\nMethod\nMix.\nBake.",
           "My gran's soup.\n  ## You will need:\n- 2 onions\n\nwhat you need is love\nIngredients for two",
           "ingredients\ningredients\n\ningredients", "Zutaten\n", "\n\n", "", "no ingredients here\n#ingredients"]


def _same_iter(texts: list[str]) -> None:
    lines = kinds._INGREDIENTS_LINES
    assert lines is not None
    for text in texts:
        for value in (text, text.lower()):
            fast = [(m.span(), m.group()) for m in lines.finditer(value)]
            assert fast == [(m.span(), m.group()) for m in lines.regex.finditer(value)], value[:80]


def test_the_ingredients_headings_are_found_at_line_starts():
    _same_iter(RECIPES + _files() + _generated(300, 8))
    assert kinds._recipe_structure(prepare(RECIPES[0]), kinds._Facts(prepare(RECIPES[0]), kinds.rules()))


@pytest.mark.slow
def test_the_ingredients_headings_on_every_golden_text():
    _same_iter(_golden_texts())


def test_only_a_required_point_bounds_a_word():
    from xlplugin.kinds_shortcuts import _dotted

    assert _dotted("readme\\.md") == "readme md"
    assert _dotted("artikel-?nr\\.?") == "artikel-?nr\\.?"  # "nr" may run on into the next letters
    assert _dotted("a\\.*b") == "a\\.*b" and _dotted("a\\\\.b") == "a\\\\.b"

"""xlplugin.prose: which words are names and titles, which lines are not prose, and the batch
step that finds paragraphs repeated across one outlet's documents.

Every text here was written for these tests. Each case is one a reader decides at a glance
(a time stamp line, a button label, a listing of code), so the expected answers come from the
texts, not from the code's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from prose_helpers import OUTLET_BODIES as BODIES, not_prose_rules as _rules

from xlplugin import prose
from xlplugin.text import prepare


@pytest.mark.parametrize("line", [
    "Mon 20 Jan 2020 06.05 GMT",
    "Last modified on Tue 4 Mar 2025 17.41 GMT",
    "Jun 20th at 2:41 am",
    "Published: 10:15am, 3 Feb, 2024",
    "Updated: March 9, 2021 at 4:30 p.m. ET",
    "Sunday, 12 October 2025",
])
def test_time_stamp_lines(line):
    text = f"Harbour tolls to rise\n{line}\n\nThe port authority raised tolls by 8 percent on Monday, its chairman said."
    assert _rules(text).get(line) == "time stamp"


@pytest.mark.parametrize("line", [
    "The meeting is at 10:30 on Monday in the town hall.",
    "Exports fell 4 percent in March 2024.",
    "Part 2 of 4",  # numbers, but neither a month nor a clock time
])
def test_not_time_stamps(line):
    text = f"{line}\n\nThe port authority raised tolls by 8 percent on Monday, its chairman said."
    assert _rules(text).get(line) != "time stamp"


def test_a_date_inside_a_wrapped_paragraph_is_prose():
    # a paragraph hard-wrapped by the page: "June 2015" is a piece of a sentence, not a stamp
    text = ("The porting work began in earnest in\nJune 2015\nwith a rewrite of the import hooks, "
            "which took months.")
    assert "June 2015" not in _rules(text)


@pytest.mark.parametrize("line", ["READ FULL ARTICLE", "Share on Facebook", "Continue reading", "Skip to main content"])
def test_navigation_labels(line):
    text = f"The ferry service resumed on Friday after storms, the operator said.\n\n{line}\n\nMore sailings follow."
    assert _rules(text).get(line) == "navigation"


def test_a_sentence_that_starts_like_a_label_is_prose():
    line = "Read more about the tolls in the port authority's annual report, published in May."
    assert line not in _rules(f"{line}\n\nAnother paragraph follows here.")


def test_a_run_of_headlines_is_a_list():
    text = ("The bridge reopened on Monday after eight months of repairs, the county said.\n\n"
            "More From This Section\n"
            "Council Approves New Cycle Lanes Along The Seafront\n"
            "Local Bakery Wins National Award For Sourdough Loaf\n"
            "Storm Damage Closes Three Coastal Paths Until Spring\n")
    rules = _rules(text)
    assert rules.get("Council Approves New Cycle Lanes Along The Seafront") == "headline list"
    assert rules.get("Storm Damage Closes Three Coastal Paths Until Spring") == "headline list"
    assert "The bridge reopened on Monday after eight months of repairs, the county said." not in rules


def test_one_headline_is_not_a_list():
    text = "Council Approves New Cycle Lanes Along The Seafront\n\nThe council approved the lanes on Monday."
    assert "Council Approves New Cycle Lanes Along The Seafront" not in _rules(text)


CODE_POST = """Reading a config file

The loader takes keyword arguments and passes them on with **kwargs, so callers can add options.

```
def load(path, **kwargs):
    return parse(open(path).read(), **kwargs)
```

Call it as `load("site.toml", strict=True)` and it returns a dict.

import os
from pathlib import Path
config = load(os.environ["SITE_CONFIG"])
if config != None: print("loaded!")
"""


def test_code_is_not_prose():
    doc = prepare(CODE_POST)
    spans = prose.code_spans(doc)
    code = [doc.text[s:e] for s, e in spans]
    assert any("def load(path, **kwargs):" in c for c in code)  # the fenced block
    assert '`load("site.toml", strict=True)`' in code  # inline code
    assert "**kwargs" in code  # keyword unpacking in a sentence
    for line in ("import os", "from pathlib import Path", 'config = load(os.environ["SITE_CONFIG"])'):
        assert line in code
    # the sentences of prose around the code are prose
    prose_line = "The loader takes keyword arguments and passes them on with **kwargs, so callers can add options."
    start = doc.text.index(prose_line)
    assert prose.share_covered(doc, start, start + len(prose_line)) < prose.NOT_PROSE_SHARE


@pytest.mark.parametrize("line", [
    "using the new timetable from March, the ferry leaves at eight",  # a wrapped line of prose
    "Python 2.6 added print() as a function via from __future__ import print_function.",
    "Original article: https://example.org/2024/03/harbour-tolls/",
    "The ratio (about 3:1) has held since 2019 [see table 2].",
])
def test_prose_with_symbols_is_not_code(line):
    assert prose._is_code_line(line) is False


def _name(text: str, word: str) -> str:
    doc = prepare(text)
    i = doc.token_texts.index(word)
    return prose.name_reason(doc, i, i + 1)


@pytest.mark.parametrize("text, word", [
    ("The retrospective opens with films by director David Lynch next week.", "Lynch"),
    ("Tickets for the Dallas Cowboys game sold out within an hour.", "Cowboys"),
    ("\u2018Parasite\u2019 wins best picture at the awards", "Parasite"),
    ("'Parasite' wins best picture at the awards", "Parasite"),
    ("The critics agreed that *Parasite* deserved the prize.", "Parasite"),
    ("Tickets for the thriller Parasite sold out in Seoul.", "Parasite"),
    ("Lynch told reporters the festival would open on Friday.", "Lynch"),
    # A short sentence whose few long words are mostly names is not a headline in Title Case:
    # "won" would have a capital in one.
    ("The Dallas Cowboys won on Sunday.", "Cowboys"),
    ("Fans cheered as the Dallas Cowboys won on Sunday.", "Cowboys"),
    ("The New York Giants beat the Dallas Cowboys again.", "Cowboys"),
    # A sentence of job titles and names inside a paragraph is prose, not a headline: it keeps
    # its small words small and another sentence follows it on the same line.
    ("Chief Marketing Officer of the Dallas Cowboys. She joined the club in 2009.", "Cowboys"),
    # a capitalised cue after "a" that begins a name ending its noun phrase
    ("The village was burnt by a Plot Dragon, which no spell could stop.", "Plot"),
])
def test_names_and_titles(text, word):
    assert _name(text, word) != ""


@pytest.mark.parametrize("text, word", [
    ("Lynch mobs roamed the streets that night.", "Lynch"),  # sentence start, no name beside it
    ("They called him Crooked Hillary's worst enemy.", "Crooked"),  # an epithet before a name
    ("This Rigged Election Is A Disgrace", "Rigged"),  # a headline in Title Case
    ("Rigged Vote Leaves Voters Angry With the Board", "Angry"),  # "the", "with": small in a headline
    ("The Russian Hoax was repeated all week.", "Hoax"),  # a nationality is not part of a name
    ("It was Trump's Disgraceful conduct, the column said.", "Disgraceful"),  # a possessive
    ("\u2018Dirty work is a disgrace to the country\u2019, he wrote.", "Dirty"),  # a quotation
    ("Critics of the plan called Crooked Hillary a liar.", "Crooked"),  # name-calling after "called"
    # a headline run into its text still capitalises its small words ("Into", "To")
    ("Readers Are Tired Of The Crooked Media Circus. The rest of the column explains why.", "Circus"),
    ("The deal will guarantee a Crooked Hillary win in the autumn.", "Crooked"),  # "a" goes with "win"
    ("They uncovered a Plot against the mayor.", "Plot"),  # no capitalised word after it
])
def test_not_names(text, word):
    assert _name(text, word) == ""


def _exclamation_in_name(text: str, nth: int = 0) -> bool:
    doc = prepare(text)
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index("!", at + 1)
    return prose.names.exclamation_in_name(doc, at, at + 1)


@pytest.mark.parametrize("text, nth", [
    ("Last night the fans at Sing! Sing! Sing! (the club downtown) stayed until dawn.", 0),
    ("Last night the fans at Sing! Sing! Sing! (the club downtown) stayed until dawn.", 2),
    ("The singer joined Sing! Sing! Sing! at the harbour festival.", 1),
    ("She left Yahoo! in 2010 for a smaller firm.", 0),
])
def test_exclamation_inside_a_name(text, nth):
    assert _exclamation_in_name(text, nth)


@pytest.mark.parametrize("text, nth", [
    ("The crowd kept chanting \u201cMarco! Marco!\u201d until he came out.", 0),  # a chant
    ("Wolves! I hid in a cave until morning.", 0),  # before a capital: a shout
    ("Then You! You! You! Don't let them win.", 1),
    ("They are the very best of Harbourton! pic.example.com/abc was shared widely.", 0),  # a web address
    ("Great! we won the final in the end.", 0),  # the sentence's first word
])
def test_exclamation_not_inside_a_name(text, nth):
    assert not _exclamation_in_name(text, nth)


# --- the batch step ---------------------------------------------------------------------------

NOTE = ("Editor's note: this article was corrected on 4 March 2025. The Harbour Gazette "
        "regrets the outrageous error and any shocking confusion it caused.")


def test_paragraph_key_forgives_numbers_case_spacing_and_quote_style():
    a = "Editor\u2019s note: this article was corrected on 4 March 2025."
    b = "editor's  note: This article was corrected on 11 March 2026."
    assert prose.paragraph_key(a) == prose.paragraph_key(b)
    assert prose.paragraph_key(a) != prose.paragraph_key("Editor's note: this article was updated on 4 March 2025.")


def test_a_note_repeated_in_an_outlets_documents_is_marked():
    marks = prose.repeated_paragraphs([(body + "\n\n" + NOTE, "Harbour Gazette", "") for body in BODIES])
    key = prose.paragraph_key(NOTE)
    assert all(m == frozenset({key}) for m in marks)


def test_repeats_need_three_documents_of_one_outlet():
    two = prose.repeated_paragraphs([(b + "\n\n" + NOTE, "Harbour Gazette", "") for b in BODIES[:2]])
    assert two == [frozenset(), frozenset()]
    # four documents, but from four outlets: a note shared across outlets is not one outlet's
    mixed = prose.repeated_paragraphs([(b + "\n\n" + NOTE, f"Outlet {i}", "") for i, b in enumerate(BODIES)])
    assert all(m == frozenset() for m in mixed)
    # the outlet may come from the URL's domain
    by_url = prose.repeated_paragraphs([(b + "\n\n" + NOTE, "", f"https://www.gazette.example/{i}") for i, b in enumerate(BODIES)])
    assert all(m for m in by_url)


def test_copies_of_one_document_are_not_furniture():
    # the same story filed three times: everything recurs, so nothing is furniture
    story = BODIES[0] + "\n\n" + BODIES[1]
    marks = prose.repeated_paragraphs([(story, "Harbour Gazette", "")] * 3)
    assert marks == [frozenset()] * 3


def test_every_rule_is_in_the_readme():
    # the rule table lives in docs/names-and-furniture.md, linked from the README
    root = Path(__file__).resolve().parents[1]
    readme = "\n".join(p.read_text(encoding="utf-8") for p in [root / "README.md", *sorted((root / "docs").glob("*.md"))])
    for rule, _why in prose.NAME_RULES + prose.FURNITURE_RULES:
        assert f"| {rule} |" in readme, f"README or docs/*.md: add a row for the rule {rule!r}"

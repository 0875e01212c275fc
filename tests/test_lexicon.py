"""The data files are strict: every section is declared with the rule that reads it, and read."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from xlplugin import lexicon
from xlplugin.errors import DataFileError
from xlplugin.lexicon import SECTIONS, load_sections, parse_sections

# Files of xlplugin/data/ that are not sectioned: their readers have parsers of their own.
NOT_SECTIONED = {"kinds.txt", "hosting_platforms.txt"}  # tables with their own checked parsers (kinds.py, hosting.py)

# The only sections written twice, as (file, section, line of the first block, line of the
# repeat): the version-3 additions of the loaded-language cue list, appended as blocks of their
# own under a "---- Added in version 3" heading so that the version-2 list above stays as it was
# reviewed. Any other repeat (a section copied by mistake, a block pasted twice) fails here.
KNOWN_REPEATS = {
    ("loaded_language.txt", "emotive", 50, 897),
    ("loaded_language.txt", "exaggeration", 715, 1016),
    ("loaded_language.txt", "derogatory", 548, 1123),
    ("loaded_language.txt", "emotive", 50, 1212),
    ("loaded_language.txt", "emotive", 50, 1295),
    ("loaded_language.txt", "derogatory", 548, 1571),  # (mirror21) the mirror labels, a block of their own (loaded50: moved down by its emotive block)
}


def test_every_data_file_is_declared_and_loads():
    names = {p.name for p in resources.files("xlplugin").joinpath("data").iterdir() if p.name.endswith(".txt")}
    assert names - NOT_SECTIONED == set(SECTIONS)
    for name in SECTIONS:
        sections = load_sections(name)
        assert list(sections) and set(sections) == set(SECTIONS[name])
        assert all(sections[s] for s in sections), f"{name}: an empty section"


def test_repeated_sections_are_reported_and_only_the_known_ones():
    repeats = {(name, *r) for name in SECTIONS for r in load_sections(name).repeats}
    assert repeats == KNOWN_REPEATS
    # a repeat is read as one section, its blocks in file order
    text = "[a]\nx\n[b]\ny\n[a]\nz\n"
    sections = parse_sections("t.txt", text, {"a": "test", "b": "test"})
    assert sections["a"] == ("x", "z")
    assert sections.repeats == (("a", 1, 5),)


def test_an_unknown_section_is_an_error_naming_the_line():
    with pytest.raises(DataFileError, match=r"t\.txt:3: unknown section \[colour\]"):
        parse_sections("t.txt", "[color]\nred\n[colour]\nblue\n", {"color": "test"})


def test_a_declared_section_missing_from_the_file_is_an_error():
    with pytest.raises(DataFileError, match=r"missing from the file: \[blue\]"):
        parse_sections("t.txt", "[red]\nx\n", {"red": "test", "blue": "test"})


def test_an_entry_before_any_section_is_an_error():
    with pytest.raises(DataFileError, match=r"t\.txt:1: entry before any"):
        parse_sections("t.txt", "x\n[red]\ny\n", {"red": "test"})


def test_an_undeclared_file_is_an_error():
    with pytest.raises(DataFileError, match="not a sectioned data file"):
        parse_sections("nope.txt", "[a]\nx\n")


def test_a_misspelt_section_name_in_code_is_an_error_not_an_empty_set():
    sections = load_sections("claims.txt")
    for read in (lambda: sections["time_word"], lambda: sections.get("time_word", ())):
        with pytest.raises(KeyError, match=r"claims\.txt has no section \[time_word\]"):
            read()


# Written for this test: one text that reaches every rule that reads a data file (a byline, an
# opinion label, forum and social furniture, contact lines, a photo credit, a correction, a repost
# line, a disclaimer, sources, documents, claims of each kind, a superlative), with a shouted
# headline word the text does not spell.
_PROBE = r"""
import json, sys
from xlplugin import lexicon
read = set()
get = lexicon.Sections.__getitem__
def record(self, section):
    read.add((self.name, section))
    return get(self, section)
lexicon.Sections.__getitem__ = record
from xlplugin import engine, pages
text = sys.stdin.read()
engine.score_text(text, title="Farm Prices Will NEVER Recover")
engine.score_text("Le gouvernement a annonce mardi une reforme des retraites qui sera presentee au parlement.")
engine.score_text(text, url="https://www.msn.com/en-us/news/a")  # (syndic30: a copy on an aggregator)
pages.clean_text("Share this article\n\n" + text)
# (outlets53) a page whose site name has a tagline (outlet_names.txt [site_name_separators])
pages.extract_page('<html><head><meta property="og:site_name" content="Quaywatch - News of the quay"></head>'
                   '<body><article><p>' + text.replace("\n", " ") + '</p></article></body></html>',
                   "https://quaywatch.example/a")
print(json.dumps(sorted(read)))
"""

_TEXT = """By Mara Quint, Staff Writer
Opinion
The museum keeps an F-35 by the gate.
The greatest harvest in a decade led to a 12% fall in prices last year, the farm ministry said
in a statement. Experts say the subsidy caused the shortage, according to a report by the
Institute. Critics believe it will hurt farmers; we think the plan should be dropped.
The ultimate goal of the subsidy was a 5% rise in 2019. Anyone know if that is true?
The tide was high, which is why the ferry waited.
Experts say the old pier could fall down.
The pier's owner reportedly plans to sell it.
The harbour board declined to comment on the 12 leaks.
Millbrook beat Ashton 3-1 on Saturday in 2024.
Reyes scored in the 88th minute.
The harbour board has recorded 12 leaks since May.
In a survey of 1,130 staff, 84 percent said they had worked unpaid overtime.
They want the quay closed. The quay lost 12 boats in 2024. We then closed it in 2025.
Protesters accused the board of "stealing" the quay.
Critics were quick to call the quay plan a disgrace.
The plan, "a disgraceful waste of public money", was dropped.
The new law bans "any cruel and degrading treatment" of farm animals.
Sponsored by the Quay Trust: 40% off all tickets
Sir, the residents of Upper Stow say the bus matters.
Council to close three libraries.
Follow @example_news on Twitter for the latest.
PORTLAND, Ore. (AP) - The quay was sold, said an Ohio teacher.
North Korean envoy Ri Chol said the quay was sold. The Chinese embassy said it was not.
The Okafor family said the quay flooded twice in 2024.
Prep time: 20 minutes
225g unsalted butter, softened
2 tsp baking powder
(AP Photo/Jon Rell)
Correction: an earlier version misstated the date.
This article first appeared on Example News.
The views expressed are those of the author.
Contact us at desk@example.org
Posted by farmer_joe
12 likes
3 shares
About Example News
Visit www.example.org for more.
"""


def test_every_declared_section_is_read_by_a_rule():
    """In a fresh process without warm-up (which reads lists whether or not a rule does), scoring
    one text reads every declared section: a section loaded and never used fails here."""
    out = subprocess.run([sys.executable, "-c", _PROBE], input=_TEXT, capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    read = {tuple(pair) for pair in json.loads(out.stdout)}
    declared = {(name, section) for name, sections in SECTIONS.items() for section in sections}
    assert declared - read == set()


def test_each_section_is_read_by_the_modules_its_table_entry_names_and_no_other():
    """The reader text of each section in lexicon.SECTIONS names its modules (`module.py` or
    `module._function`); the modules of xlplugin/ that write the section's name in quotes are
    exactly those: a new reader of a list must be added to the table. (Checked for the names with
    an underscore, which no other code writes; the others, category names and language codes, are
    read in loops over names built in code: the test above sees that they are read.)"""
    root = Path(lexicon.__file__).resolve().parent
    sources = {p.stem: p.read_text(encoding="utf-8") for p in root.rglob("*.py") if p.name != "lexicon.py"}
    checked = 0
    for name, sections in SECTIONS.items():
        for section, reader in sections.items():
            named = set(re.findall(r"\b(\w+)\.(?:py\b|_\w+)", reader))
            assert named and named <= set(sources), (name, section, reader)
            if "_" in section:
                assert {stem for stem, text in sources.items() if f'"{section}"' in text} == named, (name, section)
                checked += 1
    assert checked >= 35


def test_memo_map_works_each_new_word_out_once():
    """`memo_map` gives [fn(w) for w in words]; with a `WordTable` a word is worked out the first
    time it is met and only then (a document with new words pays for those words only), and the
    table starts again past MEMO_LIMIT words."""
    from xlplugin import lexicon

    asked: list[str] = []

    def fn(word: str) -> int:
        asked.append(word)
        return len(word)

    table = lexicon.WordTable(fn)
    assert lexicon.memo_map(fn, table, ["a", "bb", "a"]) == [1, 2, 1]
    assert lexicon.memo_map(fn, table, ["bb", "ccc", "a", "ccc"]) == [2, 3, 1, 3]
    assert asked == ["a", "bb", "ccc"]
    plain: dict[str, int] = {}
    assert lexicon.memo_map(fn, plain, ["dddd", "a"]) == [4, 1] and plain == {"dddd": 4, "a": 1}
    full = lexicon.WordTable(fn)
    full.update((str(i), 0) for i in range(lexicon.MEMO_LIMIT + 1))
    assert lexicon.memo_map(fn, full, ["new"]) == [3] and len(full) == 1


# Files whose entries are regular expressions (brackets there are character classes).
_PATTERN_FILES = {"page_furniture.txt", "prose.txt"}


def test_no_entry_holds_a_section_name_or_a_comment_left_without_its_hash():
    """A comment line that lost its "#" in an edit (as "[forecast_words] and an amount (not with ..."
    once did) is read as words of its section: "and", "an" became words of a forecast. No word of a
    word-list section starts with "[" or "#"."""
    for name in set(SECTIONS) - _PATTERN_FILES:
        sections = load_sections(name)
        for section in sections:
            for line in sections[section]:
                assert not any(word[:1] in "[#" for word in line.split()), (name, section, line)

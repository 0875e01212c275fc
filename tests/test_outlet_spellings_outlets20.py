"""outlets20: one outlet under several spellings of its name is one outlet: in the ratings join, in
--by-outlet and the Outlets sheet (`outlets.rollup`), and in a copy's credit; a rating whose name
matches no document but a near one does is said ("did you mean"), never applied; names of other
outlets ("The Times" and "The Sunday Times") stay apart. Fixtures are invented outlet names."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import unicodedata

import pytest

from xlplugin.copies import CopyDoc, _credits
from xlplugin.outlets import Entry, rollup
from xlplugin.ratings_table import RatingRow, describe_unrated_near, describe_unused, near_misses, ratings_table
from xlplugin.scorers.source_rating import outlet_key, rating_key, rating_used

# Invented outlet names of one, two and more words, with and without an apostrophe or an accent.
NAMES = ["Harwick Courier", "Pellmoor Evening Gazette", "Brisk", "Quillon Valley News Journal",
         "L'Écho de Vaunes", "Ostara Dagblad", "St Aldric's Record"]

# Each class of spelling a user or a page types an outlet's name in, as a change of the name.
SPELLINGS = {
    "upper case": str.upper,
    "lower case": str.lower,
    "a leading The": lambda name: "The " + name,
    "a leading lower-case the": lambda name: "the " + name,
    "a closing full stop": lambda name: name + ".",
    "a closing comma": lambda name: name + ",",
    "a closing colon": lambda name: name + ":",
    "spaces around": lambda name: "  " + name + " \t",
    "repeated spaces": lambda name: name.replace(" ", "   "),
    "no-break spaces": lambda name: name.replace(" ", "\u00a0"),
    "hyphens between words": lambda name: name.replace(" ", "-"),
    "underscores between words": lambda name: name.replace(" ", "_"),
    "en dashes between words": lambda name: name.replace(" ", " \u2013 "),
    "curly apostrophes": lambda name: name.replace("'", "\u2019"),
    "no apostrophes": lambda name: name.replace("'", ""),
    "straight quotation marks": lambda name: f'"{name}"',
    "curly quotation marks": lambda name: f"\u201c{name}\u201d",
    "guillemets": lambda name: f"\u00ab{name}\u00bb",
    "full-width letters (NFKC)": lambda name: "".join(chr(ord(c) + 0xFEE0) if "A" <= c <= "Z" else c for c in name),
    "decomposed accents": lambda name: unicodedata.normalize("NFD", name),
    "The, a full stop and upper case": lambda name: "THE " + name.upper() + ".",
}


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
@pytest.mark.parametrize("name", NAMES)
def test_every_spelling_class_is_one_outlet_key(name, spelling):
    written = SPELLINGS[spelling](name)
    assert outlet_key(written) == outlet_key(name), (name, spelling, written)


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_a_rating_in_one_spelling_rates_the_documents_in_every_other(spelling):
    for name in NAMES:
        written = SPELLINGS[spelling](name)
        # the table in the plain spelling rates a document in the other, and the other way round
        for table_name, document_outlet in ((name, written), (written, name)):
            ratings = {rating_key(table_name): (0.2, "me")}
            assert rating_used("", document_outlet, ratings) == rating_key(table_name), (table_name, document_outlet)


# Names of different outlets that share words, or differ in one word: never one key.
APART = [("The Times", "The Sunday Times"), ("Daily Mail", "Mail on Sunday"), ("The Sun", "Sun Journal"),
         ("Harwick Courier", "Harwick Courier (Online)"), ("Harwick Courier", "Harwick Courant"),
         ("Pellmoor Gazette", "Pellmoor Evening Gazette"), ("The Post", "Post"), ("Echo", "L'Écho"),
         ("News 24", "News 42"), ("The Record", "Record Weekly")]


@pytest.mark.parametrize("one, other", [pair for pair in APART if pair != ("The Post", "Post")])
def test_different_outlets_stay_apart_in_the_join_and_the_groups(one, other):
    assert outlet_key(one) != outlet_key(other)
    ratings = ratings_table([RatingRow("line 2", one, 0.3)])
    assert rating_used("", other, ratings) is None
    rows = rollup([Entry(one, "outlet column", "a", 50.0, {}), Entry(other, "outlet column", "b", 60.0, {})])
    assert sorted(row.outlet for row in rows) == sorted([one, other])


def test_only_a_leading_the_is_left_out_of_a_name():
    # "The Post" and "Post" are one outlet's name; "The" inside or at the end is a word of it
    assert outlet_key("The Post") == outlet_key("Post")
    for name in ("Bringing The News", "Post The", "Theatre Weekly", "Thebes Herald", "The"):
        assert outlet_key(name) != outlet_key(name.replace("The", "").replace("the", "")), name
        assert outlet_key(name), name


def test_the_spellings_of_one_outlet_are_one_group_named_as_most_documents_spell_it():
    spelt = ["Harwick Courier.", "The Harwick Courier", "The Harwick Courier", "HARWICK-COURIER", "harwick courier",
             "Pellmoor Gazette", "Pellmoor  Gazette"]
    rows = rollup([Entry(name, "outlet column", f"d{i}", 40.0 + i, {}) for i, name in enumerate(spelt)])
    by_name = {row.outlet: row for row in rows}
    assert set(by_name) == {"The Harwick Courier", "Pellmoor Gazette"}
    assert by_name["The Harwick Courier"].documents == 5
    assert by_name["The Harwick Courier"].ids == ["d0", "d1", "d2", "d3", "d4"]
    # as many of each spelling: the one met first names the group
    assert by_name["Pellmoor Gazette"].documents == 2
    [row] = rollup([Entry("Brisk.", "outlet column", "x", None, {}), Entry("BRISK", "outlet column", "y", None, {})])
    assert row.outlet == "Brisk."


def test_a_site_typed_as_the_outlet_is_grouped_with_the_site():
    rows = rollup([Entry("harwickcourier.example", "web address", "a", 50.0, {}),
                   Entry("www.harwickcourier.example", "outlet column", "b", 50.0, {}),
                   Entry("m.harwickcourier.example", "outlet column", "c", 50.0, {}),
                   Entry("pellmoor.example", "outlet column", "d", 50.0, {})])
    assert sorted((row.outlet, row.documents) for row in rows) == [("harwickcourier.example", 3), ("pellmoor.example", 1)]


def test_two_table_rows_of_one_outlet_in_two_spellings_with_two_ratings_are_refused():
    with pytest.raises(ValueError, match="different ratings"):
        ratings_table([RatingRow("line 2", "Harwick Courier", 0.3), RatingRow("line 3", "The Harwick-Courier.", 0.8)])


# --- a rating that matches no document, but a near name does ----------------------------------

NEAR = [("Harwick Courant", "Harwick Courier"),        # a few letters apart
        ("Pellmoor Gazete", "Pellmoor Gazette"),       # one letter left out
        ("Ostara Dagbald", "Ostara Dagblad"),          # two letters swapped
        ("Harwick Courier", "Harwick Courier (Online)"),  # one name inside the other
        ("The Quillon Valley News", "Quillon Valley News Journal")]


@pytest.mark.parametrize("rated, documents_name", NEAR)
def test_a_rating_that_rates_no_document_names_the_near_outlet_and_is_not_applied(rated, documents_name):
    rows = [RatingRow("line 2", rated, 0.2), RatingRow("line 3", "Far Away Tribune", 0.5)]
    ratings = ratings_table(rows)
    documents = [("", documents_name), ("", documents_name.upper()), ("", "Far Away Tribune"), ("", "Brisk")]
    assert all(rating_used(url, outlet, ratings) is None for url, outlet in documents[:2])  # never applied
    unused = [rows[0]]
    near = near_misses(unused, documents)
    assert near == {rows[0].key: (documents_name, 2)}
    [line] = describe_unused(unused, "--ratings r.csv", {}, near)
    assert f"line 2 ({rated}) rated no document; did you mean {documents_name!r} (2 documents)?" in line
    assert "not rated" in line


@pytest.mark.parametrize("rated", ["Tamworth Weekly", "Westshire Post", "Harbour Times", "Gazetteer"])
def test_a_rating_far_from_every_outlet_gets_no_guess(rated):
    rows = [RatingRow("line 2", rated, 0.2)]
    documents = [("", name) for name in NAMES] + [("https://brisk.example/a", "")]
    assert near_misses(rows, documents) == {}
    [line] = describe_unused(rows, "--ratings r.csv", {}, near_misses(rows, documents))
    assert "did you mean" not in line and "1 rating rated no document" in line


def test_documents_missed_beside_a_rating_that_rated_others_are_said():
    rows = [RatingRow("line 2", "Harwick Courier", 0.2), RatingRow("line 3", "The Times", 0.9)]
    ratings = ratings_table(rows)
    documents = [("", "Harwick Courier"), ("", "Harwick Courier (Online)"), ("", "Harwick Courier (Online)"),
                 ("", "The Times"), ("", "The New York Times"), ("", "Pellmoor Gazette")]
    line = describe_unrated_near(rows, ratings, documents, "--ratings r.csv")
    assert "2 documents from 'Harwick Courier (Online)' (near line 2, Harwick Courier)" in line
    # a name of one word ("Times") is not looked for inside longer names; unrelated outlets are not named
    assert "New York" not in line and "Pellmoor" not in line
    # nothing to say where every document of a near name is rated
    assert describe_unrated_near(rows, ratings, documents[:1] + documents[3:4], "--ratings r.csv") == ""


def test_the_command_line_rates_every_spelling_and_says_the_near_miss(tmp_path):
    text = ("The council approved the new budget on Tuesday after a long debate. Officials said the plan "
            "would fund road repairs and two new libraries. Residents can read the whole plan online.")
    outlets = ["Harwick Courier", "The Harwick Courier", "Harwick Courier.", "Harwick-Courier", "Pellmoor Gazette"]
    with open(tmp_path / "docs.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text", "outlet"])
        writer.writerows([f"d{i}", text, outlet] for i, outlet in enumerate(outlets))
    (tmp_path / "r.csv").write_text("outlet,rating\nHarwick Courier,0.2\nPellmoor Gazete,0.9\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(tmp_path / "docs.csv"), "--json",
                          "--ratings", str(tmp_path / "r.csv")], capture_output=True, text=True, check=True)
    got = {d["outlet"]: d["signals"].get("source_rating", {}).get("value") for d in map(json.loads, run.stdout.splitlines())}
    assert got == {outlet: 0.2 for outlet in outlets[:4]} | {"Pellmoor Gazette": None}
    assert "line 3 (Pellmoor Gazete) rated no document; did you mean 'Pellmoor Gazette' (1 document)?" in run.stderr


# --- a copy's credit ----------------------------------------------------------------------------

@pytest.mark.parametrize("spelling", ["The Harwick-Courier", "HARWICK COURIER", "Harwick Courier", "Harwick_Courier"])
@pytest.mark.parametrize("original", ["The Harwick Courier.", "Harwick Courier", "harwick-courier"])
def test_a_copy_crediting_the_original_outlet_in_another_spelling_credits_it(original, spelling):
    copy = CopyDoc(f"The council met on Monday, {spelling} reported. The budget passed after a long debate.")
    assert _credits(copy, CopyDoc("The council met on Monday.", outlet=original))


def test_a_copy_naming_another_outlet_does_not_credit_it():
    copy = CopyDoc("The sun rose over the council as members met on Monday; the budget passed after a debate.")
    assert not _credits(copy, CopyDoc("The council met.", outlet="The Sun Herald"))
    assert not _credits(copy, CopyDoc("The council met.", outlet="Harwick Courier"))

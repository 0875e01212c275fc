"""outlets21: more spellings of one outlet's name are one outlet (an abbreviation's full stops,
accents on Latin letters, brackets), in the ratings join, the groups (--by-outlet, the Outlets
sheet), a copy's credit and the repeated-paragraph groups (`repeats`); names of other outlets
stay apart, and a web site and a name are joined only where the user's table says they are one
outlet. Fixtures are invented outlet names."""

from __future__ import annotations

import re
import unicodedata

import pytest

from xlplugin.copies import CopyDoc, _credits
from xlplugin.outlets import Entry, rollup
from xlplugin.ratings_table import RatingRow, ratings_table
from xlplugin.scorers.source_rating import outlet_key, rating_key, rating_used


def _no_accents(name: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)))


def _initials_without_stops(name: str) -> str:
    # "U.S. Harbour Post" as "US Harbour Post", "N.Y.C. Ledger" as "NYC Ledger"
    return re.sub(r"\b((?:[A-Z]\.)+)", lambda m: m.group(1).replace(".", ""), name)


def _initials_without_last_stop(name: str) -> str:
    # "U.S. Harbour Post" as "U.S Harbour Post"
    return re.sub(r"\b((?:[A-Z]\.)*[A-Z])\.", r"\1", name)


def _words_without_stops(name: str) -> str:
    # "St. Aldric Herald" as "St Aldric Herald"
    return re.sub(r"(?<=[a-z])\.(?= |$)", "", name)


# (name, the spellings of it that are the same outlet's name)
CLASSES = {
    "an abbreviation's full stops": (
        ["U.S. Harbour Post", "N.Y.C. Evening Ledger", "The D.C. Quillon Review", "St. Aldric Herald",
         "Pellmoor Gazette Co.", "Vaunes Mt. Record"],
        [_initials_without_stops, _initials_without_last_stop, _words_without_stops,
         lambda name: _words_without_stops(_initials_without_stops(name))]),
    "accents on Latin letters": (
        ["L'Écho de Vaunes", "Le Réveil Côtier", "Dagbladet Sörvik", "Ñandú Noticias", "Gazeta Łódzka Wieczór"],
        [_no_accents, lambda name: _no_accents(name).upper(), lambda name: unicodedata.normalize("NFD", _no_accents(name))]),
    "brackets": (
        ["Harwick Courier (Online)", "Pellmoor Gazette (Weekend)", "Brisk [Radio]"],
        [lambda name: re.sub(r"[()\[\]]", "", name), lambda name: name.replace("(", "[").replace(")", "]"),
         lambda name: name.replace(" (", " - ").replace(")", "")]),
}
# (each name in each of its class's spellings that changes it)
CASES = [(cls, name, number) for cls, (names, spellings) in CLASSES.items() for name in names
         for number, spell in enumerate(spellings) if spell(name) != name]


@pytest.mark.parametrize("cls, name, number", CASES)
def test_each_spelling_is_one_outlet_key(cls, name, number):
    written = CLASSES[cls][1][number](name)
    assert outlet_key(written) == outlet_key(name), (cls, name, written)


def test_every_name_has_a_spelling_that_changes_it():
    assert {(cls, name) for cls, name, _ in CASES} == {(cls, name) for cls, (names, _) in CLASSES.items() for name in names}


@pytest.mark.parametrize("cls", sorted(CLASSES))
def test_a_rating_in_one_spelling_rates_documents_in_the_others_and_they_are_one_group(cls):
    names, spellings = CLASSES[cls]
    for name in names:
        for spell in spellings:
            written = spell(name)
            for table_name, document_outlet in ((name, written), (written, name)):
                ratings = ratings_table([RatingRow("line 2", table_name, 0.2)])
                assert rating_used("", document_outlet, ratings) == rating_key(table_name), (table_name, document_outlet)
        entries = [Entry(spell(name), "outlet column", f"d{i}", 50.0, {}) for i, spell in enumerate(spellings)]
        [row] = rollup(entries + [Entry(name, "outlet column", "plain", 40.0, {})])
        assert row.documents == len(spellings) + 1, (cls, name)


@pytest.mark.parametrize("cls", sorted(CLASSES))
def test_a_copy_crediting_the_original_in_another_spelling_credits_it(cls):
    names, spellings = CLASSES[cls]
    for name in names:
        for spell in spellings:
            copy = CopyDoc(f"The council met on Monday, {spell(name)} reported. The budget passed after a long debate.")
            assert _credits(copy, CopyDoc("The council met on Monday.", outlet=name)), (name, spell(name))


# Different outlets: never one key, one rating or one group, however near their letters.
APART = [("News", "US News"), ("U.S. News", "U.K. News"), ("The Times", "The Sunday Times"),
         ("Daily Mail", "Mail on Sunday"), ("The Sun", "Sun Journal"), ("Harwick Courier", "Harwick Courier Online"),
         ("Harwick Courier", "Harwick Courier (Online)"), ("Radio 1.5", "Radio 15"), ("Ledger", "L. Ledger"),
         # a web site and a name: the letters alone do not make them one outlet
         ("harwickcourier.example", "Harwick Courier"), ("usnews.example", "US News"),
         # a mark that makes another letter in another script (Cyrillic "й" is not "и")
         ("Вечерний Край", "Вечерний Краи")]


@pytest.mark.parametrize("one, other", APART)
def test_different_outlets_stay_apart(one, other):
    assert outlet_key(one) != outlet_key(other)
    for rated, document in ((one, other), (other, one)):
        ratings = ratings_table([RatingRow("line 2", rated, 0.3)])
        assert rating_used("", document, ratings) is None, (rated, document)
    rows = rollup([Entry(one, "outlet column", "a", 50.0, {}), Entry(other, "outlet column", "b", 60.0, {})])
    assert sorted(row.outlet for row in rows) == sorted([one, other])


def test_a_copy_credits_initials_without_stops_and_not_another_outlet():
    copy = CopyDoc("The council met on Monday, US News Weekly reported. The budget passed after a long debate.")
    assert _credits(copy, CopyDoc("The council met.", outlet="U.S. News Weekly"))
    assert not _credits(CopyDoc("The council met on Monday, the Courier reported after a long debate today."),
                        CopyDoc("The council met.", outlet="L'Écho de Vaunes"))


# --- the repeated-paragraph groups (repeats: an outlet's standard note is its furniture) ----------

NOTE = ("Editor's note: this report is part of our series on local services. Tell us what you think "
        "by writing to the letters desk.")
STORIES = ["The county library extended its opening hours on Saturdays from this month, the librarian said.",
           "A bakery on Mill Lane has reopened after a kitchen refit that took six weeks, its owners said.",
           "The rowing club held its annual regatta on the river on Sunday, with forty crews taking part."]
# (three documents of one outlet, its name spelt three ways as rows and pages spell it)
ONE_OUTLET = [["The Harwick Courier", "Harwick Courier.", "HARWICK-COURIER"],
              ["U.S. Harbour Post", "US Harbour Post", "U.S Harbour Post"],
              ["L'Écho de Vaunes", "L’Echo de Vaunes", "l'echo de vaunes"],
              ["Pellmoor Gazette (Weekend)", "Pellmoor Gazette Weekend", "Pellmoor Gazette [Weekend]"],
              ["www.harwickcourier.example", "harwickcourier.example", "https://m.harwickcourier.example/a"]]


@pytest.mark.parametrize("spellings", ONE_OUTLET)
def test_an_outlets_note_repeated_under_its_spellings_is_its_furniture(spellings):
    from xlplugin import repeats

    items = [(story + "\n\n" + NOTE, "" if spelt.startswith("https://") else spelt, spelt if spelt.startswith("https://") else "")
             for story, spelt in zip(STORIES, spellings)]
    found = repeats.repeated_paragraphs(items)
    assert all(found) and len({frozenset(keys) for keys in found}) == 1, spellings


@pytest.mark.parametrize("one, other", [("The Times", "The Sunday Times"), ("News", "US News"), ("The Sun", "Sun Journal")])
def test_a_note_under_different_outlets_is_no_ones_furniture(one, other):
    from xlplugin import repeats

    items = [(STORIES[0] + "\n\n" + NOTE, one, ""), (STORIES[1] + "\n\n" + NOTE, other, ""), (STORIES[2] + "\n\n" + NOTE, one, "")]
    assert repeats.repeated_paragraphs(items) == [frozenset()] * 3


# --- a web site and a name: joined only where the user's table says so; a near one is said -----

REPORT = ("The council approved the new budget on Tuesday after a long debate. Officials said the plan "
          "would fund road repairs and two new libraries. Residents can read the whole plan online.")


def _run(tmp_path, documents, table):
    import csv
    import json
    import subprocess
    import sys

    with open(tmp_path / "docs.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text", "url", "outlet"])
        writer.writerows([f"d{i}", REPORT, url, outlet] for i, (url, outlet) in enumerate(documents))
    (tmp_path / "r.csv").write_text(table, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(tmp_path / "docs.csv"), "--json",
                          "--ratings", str(tmp_path / "r.csv")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    got = [d["signals"].get("source_rating", {}).get("value") for d in map(json.loads, run.stdout.splitlines())]
    return got, run.stderr


# (the site, the name its pages give, in the spellings the documents use)
SITE_AND_NAME = [("harwickcourier.example", ["Harwick Courier", "The Harwick Courier."]),
                 ("pellmoor-gazette.example", ["Pellmoor Gazette", "PELLMOOR GAZETTE"]),
                 ("vaunes.example/echo", ["L'Écho de Vaunes", "L'Echo de Vaunes"])]


@pytest.mark.parametrize("site, names", SITE_AND_NAME)
def test_a_row_giving_a_site_and_a_name_rates_documents_known_by_either(tmp_path, site, names):
    from xlplugin.ratings_table import rating_rows_from_csv

    (tmp_path / "r.csv").write_text(f"domain,outlet,rating\n{site},{names[0]},0.25\nfar.example,,0.9\n", encoding="utf-8")
    ratings = ratings_table(rating_rows_from_csv(tmp_path / "r.csv"))
    documents = [(f"https://www.{site}/a", ""), ("", names[0]), ("", names[1]), (f"https://{site}/b", names[1])]
    assert all(rating_used(url, outlet, ratings) is not None for url, outlet in documents), ratings
    assert all(ratings[rating_used(url, outlet, ratings)][0] == 0.25 for url, outlet in documents)
    # the name rates only its own outlet's documents
    assert rating_used("", "Harwick Courant", ratings) is None and rating_used("", "Far", ratings) is None


def test_the_command_line_rates_both_and_does_not_call_the_name_outranked(tmp_path):
    got, said = _run(tmp_path, [("https://harwickcourier.example/a", "Harwick Courier"), ("", "Harwick Courier"),
                                ("", "Pellmoor Gazette")],
                     "domain,outlet,rating\nharwickcourier.example,Harwick Courier,0.25\n")
    assert got == [0.25, 0.25, None]
    assert "outranked" not in said and "rated no document" not in said


@pytest.mark.parametrize("site, names", SITE_AND_NAME[:2])
def test_a_site_rated_apart_from_its_name_is_not_joined_but_said(tmp_path, site, names):
    # the site rated, the documents giving only the name: "did you mean", nothing rated
    got, said = _run(tmp_path, [("", names[0]), ("", names[1]), ("", "Brisk")], f"domain,rating\n{site},0.25\n")
    assert got == [None, None, None]
    assert f"line 2 ({site}) rated no document; did you mean {names[0]!r} (2 documents)?" in said
    assert "not joined" in said
    # the name rated, the documents giving only the site's address
    got, said = _run(tmp_path, [(f"https://{site}/a", ""), (f"https://www.{site}/b", ""), ("https://brisk.example/", "")],
                     f"outlet,rating\n{names[0]},0.25\n")
    assert got[:2] == [None, None]
    assert f"line 2 ({names[0]}) rated no document; did you mean {site.split('/')[0]!r} (2 documents)?" in said


@pytest.mark.parametrize("site, name", [("harwickcourier.example", "Harwick Courant"), ("ft.example", "FT"),
                                        ("sunjournal.example", "The Sun"), ("news.example", "US News")])
def test_a_site_and_a_name_that_are_not_its_name_get_no_guess(tmp_path, site, name):
    from xlplugin.ratings_table import near_misses

    rows = [RatingRow("line 2", site, 0.2)]
    assert near_misses(rows, [("", name), ("", name)]) == {}
    rows = [RatingRow("line 2", name, 0.2)]
    assert all(found[0] != site for found in near_misses(rows, [(f"https://{site}/a", "")]).values())


# --- one outlet rated two ways -----------------------------------------------------------------

def test_a_site_and_its_name_rated_two_ways_say_which_rating_is_used(tmp_path):
    documents = [("https://harwickcourier.example/a", "Harwick Courier"), ("https://harwickcourier.example/b", "The Harwick Courier"),
                 ("", "Harwick Courier")]
    got, said = _run(tmp_path, documents, "domain,rating\nharwickcourier.example,0.8\nHarwick Courier,0.3\n")
    assert got == [0.8, 0.8, 0.3]
    assert ("line 2 (harwickcourier.example, 0.8) and line 3 (Harwick Courier, 0.3) both match 2 documents with "
            "different ratings; line 2's rating is used for them (a web site before an outlet's name)") in said
    # the same rating twice is no disagreement
    got, said = _run(tmp_path, documents, "domain,rating\nharwickcourier.example,0.3\nHarwick Courier,0.3\n")
    assert got == [0.3, 0.3, 0.3] and "different ratings" not in said


@pytest.mark.parametrize("one, other", [("US News", "U.S. News"), ("L'Echo de Vaunes", "L'Écho de Vaunes"),
                                        ("Harwick Courier Online", "Harwick Courier (Online)")])
def test_two_spellings_of_one_outlet_rated_two_ways_are_refused_naming_both(one, other):
    from xlplugin.errors import SettingsError
    from xlplugin.settings import Settings

    with pytest.raises(ValueError, match=r"line 2 .* and line 3 .* different ratings; keep one of them"):
        ratings_table([RatingRow("line 2", one, 0.3), RatingRow("line 3", other, 0.8)])
    with pytest.raises(SettingsError, match="different ratings"):
        Settings().with_ratings({one: (0.3, ""), other: (0.8, "")})
    # one rating under both spellings is one row's
    assert len(ratings_table([RatingRow("line 2", one, 0.3), RatingRow("line 3", other, 0.3)])) == 1


@pytest.mark.parametrize("placeholder", ["-", "\u2014", "'", "()"])
def test_an_outlet_of_marks_alone_groups_no_documents(placeholder):
    from xlplugin import repeats

    items = [(story + "\n\n" + NOTE, placeholder, "") for story in STORIES]
    assert repeats.repeated_paragraphs(items) == [frozenset()] * 3
    # with their web addresses, they are grouped by the site
    items = [(story + "\n\n" + NOTE, placeholder, f"https://harwickcourier.example/{n}") for n, story in enumerate(STORIES)]
    assert all(repeats.repeated_paragraphs(items))


def test_a_section_rated_apart_from_its_site_is_not_called_a_disagreement():
    from xlplugin.ratings_table import describe_disagreeing

    rows = [RatingRow("line 2", "harwickcourier.example/opinion", 0.4), RatingRow("line 3", "harwickcourier.example", 0.8),
            RatingRow("line 4", "news.pellmoor.example", 0.3), RatingRow("line 5", "pellmoor.example", 0.9)]
    ratings = ratings_table(rows)
    documents = [("https://harwickcourier.example/opinion/a", ""), ("https://harwickcourier.example/news/b", ""),
                 ("https://news.pellmoor.example/c", ""), ("https://pellmoor.example/d", "")]
    assert describe_disagreeing(rows, ratings, documents, "--ratings r.csv") == []

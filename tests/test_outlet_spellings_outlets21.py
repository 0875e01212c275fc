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

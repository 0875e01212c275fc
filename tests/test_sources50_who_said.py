"""(sources50) Sources listed that cite nothing, found on a fresh sample of news pages: a noun of
saying that ends a list ("Added ... explanation and tweet."), a noun of saying as the object of
"make" ("making similar claims elsewhere": the place before it was listed), and a person's name
before an apposition with a capitalised place ("Alberto Ruiz, a Leeds resident, said": the place
was listed, or the apposition). All text here is written for these tests."""

from __future__ import annotations

import pytest

from sources_list_helpers import CLOSER, sides, sources_listed, story
from xlplugin import cues
from xlplugin.text import prepare


def _attribution(sentence: str):
    """The attribution cues finds in `sentence`, after a plain lead sentence."""
    doc = prepare("The ferry timetable changes next month. " + sentence)
    return cues.attributions(doc)[-1]


# ---- a noun of saying that ends a list of nouns: no one speaks ----

@pytest.mark.parametrize("sentence", [
    "Update July 3, 8:05AM ET: Added ARKit explanation and tweet.",
    "Update: Added Face ID photos and post.",
    "Changes: Added Harbour Board chart and quote.",
])
def test_noun_ending_a_list_is_no_source(sentence):
    assert _attribution(sentence) is None


@pytest.mark.parametrize("sentence, source", [
    ("Ann Lee read the ruling and said it was fair.", "Ann Lee"),
    ("Harbour master Ann Lee posted a tweet and a photo.", "Ann Lee"),  # not a list's end
    ("They read the notice and tweeted.", "they"),  # a past verb: no noun, the verb stays
])
def test_near_list_cases_unchanged(sentence, source):
    attr = _attribution(sentence)
    assert attr is not None and source.lower() in attr.detail.lower()


def test_update_note_not_listed_as_source():
    text = story("Engineer Dave Moss explains that the trick uses depth maps. "
                 "Update July 3, 8:05AM ET: Added ARKit explanation and tweet.") + CLOSER
    assert sources_listed(text) == ["Dave Moss", "Mark Hale"]


# ---- a noun of saying as the object of "make" ----

@pytest.mark.parametrize("sentence", [
    "Ministers were claiming territory in the Baltic Sea and making similar claims elsewhere.",
    "The rival firm keeps making claims online.",
    "Ann Lee made remarks at the dinner.",
])
def test_object_of_make_is_no_source(sentence):
    attr = _attribution(sentence)
    assert attr is None or "claims" not in attr.detail and "remarks" not in attr.detail


def test_place_before_make_not_a_source():
    attr = _attribution("Ministers were claiming territory in the South Sea Basin and making similar claims "
                        "elsewhere, not least against its neighbours.")
    assert attr is None or "South Sea Basin" not in attr.detail


@pytest.mark.parametrize("sentence, source", [
    ("Ann Lee made claims that the vote was rigged.", "Ann Lee"),  # the claim's content: kept
    ("Ann Lee claims the vote was rigged.", "Ann Lee"),
    ("Tom Reid said the claims were false.", "Tom Reid"),
])
def test_make_guards(sentence, source):
    attr = _attribution(sentence)
    assert attr is not None and source in attr.detail


# ---- a name before an apposition holding a capitalised place ----

@pytest.mark.parametrize("middle", [
    "\u201cThe air used to be clean,\u201d Alberto Ruiz, a Leeds resident, said.",
    "\u201cThe air used to be clean and now the town is full of smoke,\u201d Alberto Ruiz, a Leeds "
    "resident who posted about the smoke, said.",
])
def test_name_before_place_apposition(middle):
    listed = sides(story(middle) + CLOSER)
    assert "Alberto Ruiz" in listed
    assert not any("Leeds" in name for name in listed)


@pytest.mark.parametrize("middle, name", [
    ("\u201cThe air used to be clean,\u201d Alberto Ruiz, a local lawyer, said.", "Alberto Ruiz"),
    # ("... a Leeds resident said." is one passer-by since claims51, no named source: test_claims51_passers_by)
])
def test_apposition_guards(middle, name):
    assert name in sides(story(middle) + CLOSER)

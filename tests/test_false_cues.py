"""False cues a tester saw on real documents, fixed as classes (texts written for these tests):
an organisation or a section credited as the author is not a byline."""

from __future__ import annotations

import pytest

from xlplugin import names
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = "\n\nThe council approved the harbour budget on Monday after a long debate about the new bridge.\n"


def _cues(text: str, **meta: str) -> dict[str, bool]:
    sig = provenance.score(prepare(text, **meta), Settings())
    return {e.kind: e.present for e in sig.evidence}


# --- 1. a byline names a person, not a wire, an outlet, a desk or a section ---------------------

@pytest.mark.parametrize("credit", ["By Reuters Staff", "By Staff Reporter", "By Kulu Harbour News Desk",
                                    "By Associated Press", "Written by: The Editorial Team"])
def test_byline_line_crediting_an_organisation_is_no_byline(credit: str) -> None:
    cues = _cues("Harbour vote\n" + credit + BODY)
    assert not cues["byline"]
    # (sources19) a credit to a group of people (staff, a desk, a team) is no text without an
    # author either (tests/test_sources19.py), nor is a news agency alone (tests/test_credit27_agency_credits.py)
    assert not cues["no author"]  # (credit27) "By Associated Press": a credit to the agency, as to a group


@pytest.mark.parametrize("credit", ["By Maria Lopez", "By Helen Marsh, columnist", "By T.A. Frank; Harbourview:",
                                    "By Harbour Wire Service staff, with reporting by Ines Carvalho"])
def test_byline_line_naming_a_person_still_counts(credit: str) -> None:
    cues = _cues("Harbour vote\n" + credit + BODY)
    assert cues["byline"] and not cues["no author"]


def _byline_and_no_author(author: str, url: str):
    sig = provenance.score(prepare("Harbour vote" + BODY, author=author, url=url), Settings())
    byline = next(e for e in sig.evidence if e.kind == "byline")
    no_author = next(e for e in sig.evidence if e.kind == "no author")
    return byline, no_author


@pytest.mark.parametrize("author,url", [("Reuters", ""), ("Letters", ""), ("Harbour Media News Desk", ""),
                                        ("Nordic Welle", "https://www.nw.example/en/story"),
                                        ("Harbour Times", "https://harbourtimes.example/a")])
def test_author_given_that_is_an_organisation_or_label_is_no_byline(author: str, url: str) -> None:
    # (sources20) an organisation or a section given as the author is no byline, and no longer
    # "no author" either: the text says who stands behind it, as a credit to a group does
    byline, no_author = _byline_and_no_author(author, url)
    assert not byline.present and not no_author.present
    assert "not a named person" in no_author.detail and "organisation" in no_author.detail


@pytest.mark.parametrize("author", ["harbourfan99", "crumbly_kate", "u/dr_fire", "@harbourwatch"])
def test_author_given_that_is_a_user_name_is_no_author(author: str) -> None:
    # a user name names no one a reader could look up: "no author", said as a user name
    byline, no_author = _byline_and_no_author(author, "")
    assert not byline.present and no_author.present
    assert "user name" in no_author.detail


@pytest.mark.parametrize("author,url", [("Maria Lopez", ""), ("Maria Lopez", "https://www.nw.example/en/story"),
                                        ("Jane Roe and Reuters", "")])
def test_author_given_naming_a_person_counts(author: str, url: str) -> None:
    assert _cues("Harbour vote" + BODY, author=author, url=url)["byline"]


def test_name_line_next_to_the_date_that_is_the_site_is_no_byline() -> None:
    text = "Harbour vote\nNordic Welle\nMarch 4, 2024" + BODY
    assert not _cues(text, url="https://nw.example/x")["byline"]
    assert _cues(text.replace("Nordic Welle", "Maria Lopez"), url="https://nw.example/x")["byline"]


def test_not_a_person_rules_name_their_rule() -> None:
    rules = {rule for rule, _ in names.NOT_A_PERSON}
    assert names.not_a_person("Letters") in rules
    assert names.not_a_person("Agence France-Presse") == "news agency"
    assert names.not_a_person("Maria Lopez") == ""


# --- 3. "I must admit" is the author's voice, not a loaded attribution verb --------------------

def _attribution_words(text: str) -> list[str]:
    from xlplugin.scorers import loaded_language

    sig = loaded_language.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.kind == "attribution"]


@pytest.mark.parametrize("sentence", ["I must admit the new harbour bridge looks better than I expected.",
                                      "I confess that the harbour plan won me over in the end.",
                                      "We freely admit the first drawings of the bridge were poor.",
                                      "I'll concede the council handled the harbour vote well."])
def test_first_person_attribution_verb_is_not_loaded(sentence: str) -> None:
    assert _attribution_words(sentence + " The vote was held on Monday in the town hall.") == []


@pytest.mark.parametrize("sentence", ["The mayor admitted the harbour bridge was over budget by a third.",
                                      "Critics claimed that the harbour plan was rushed through the council.",
                                      "She confessed that the drawings of the bridge had been changed."])
def test_third_person_attribution_verb_still_counts(sentence: str) -> None:
    assert len(_attribution_words(sentence + " The vote was held on Monday in the town hall.")) == 1


# --- 2. "named sources with roles" needs a verb of saying --------------------------------------

def _named_sources(text: str) -> list[str]:
    sig = provenance.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.kind == "named sources with roles" and e.present]


@pytest.mark.parametrize("sentence", ["Tokyo wants a new fishing treaty with Seoul before the end of the year.",
                                      "Oslo does not believe the fishing talks will resume before the summer.",
                                      "Let's hope the fishing talks resume before the end of the summer.",
                                      "The harbour board expects the fishing talks to resume in the summer."])
def test_subject_with_a_verb_of_wanting_or_thinking_is_no_named_source(sentence: str) -> None:
    assert _named_sources(sentence + " The boats stayed in port all week.") == []


@pytest.mark.parametrize("sentence", ["Foreign Minister Ana Park said the fishing talks would resume in May.",
                                      "The harbour board announced that the fishing talks would resume in May.",
                                      "Mayor Ivar Berg told reporters the fishing talks would resume in May.",
                                      'Growing sharper, Mayor Berg continued: "The boats have waited long enough."'])
def test_source_with_a_verb_of_saying_still_counts(sentence: str) -> None:
    assert _named_sources(sentence + " The boats stayed in port all week.")


# --- 4. citation lines, reference lists and list headings are not claims -----------------------

def _claims(text: str) -> list[str]:
    from xlplugin.scorers import unsourced_claims

    sig = unsourced_claims.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.kind in ("sourced", "unsourced")]


LEAD = "The harbour board published its yearly survey of the port on Monday morning.\n\n"


@pytest.mark.parametrize("lines", [
    "Smith, J. (2019). Cargo flows in northern ports. Journal of Harbour Studies 4(2), 10-20.",
    "Berg, I., & Holm, A. (2021). Cranes and queues, 2nd ed. Oslo: Port Press, pp. 33-41.",
    "Lee K, Park J. Harbour dredging and silt. Mar Eng. 2020;12(3):45-52. doi:10.1000/xyz123",
    "References\nHarbour Board. Annual cargo report 2022. Northfield: the Board; 2023. 48 pages.",
    "Sources: Northfield harbour board annual report 2023, port authority cargo figures 2022",
    "Over the past 12 months (May 2022 to May 2023):",
    "What we know so far",
])
def test_citations_and_headings_are_not_claims(lines: str) -> None:
    assert _claims(LEAD + lines + "\n") == []


@pytest.mark.parametrize("line", [
    "The new cranes doubled the speed of loading in March 2019, the fastest rate on record (Smith, 2019).",
    "Four harbour workers were sent to hospital after the crane collapsed in 2023:",
    "Cargo volumes rose 12% in 2023 to the highest level since 1998, the busiest year in the port's history.",
])
def test_claims_that_cite_a_year_still_count(line: str) -> None:
    assert len(_claims(LEAD + line + "\n")) == 1


# --- 5. template placeholders are not words of the text's language -----------------------------

FRENCH = ("Modifier la version de la page en cours. Ouvrir le mode de lecture avant la publication "
          "des articles en attente de validation.")
DUTCH = ("De gemeente heeft het plan voor de haven goedgekeurd en de bouw van de nieuwe brug begint "
         "volgend jaar, zei de wethouder na de vergadering.")
PLACEHOLDER = ('{{ctrl.page.content.status === "draft" ? "En attente de validation de la page" : '
               'ctrl.page.content.status === "pending" ? "En cours de modification" : "Inconnu"}} ')


def _language(text: str) -> str:
    return prepare(text).language


@pytest.mark.parametrize("text,expected", [(FRENCH, "fr"), (PLACEHOLDER * 3 + FRENCH, "fr"),
                                           (DUTCH, "nl"), (PLACEHOLDER * 3 + DUTCH, "nl"),
                                           ("{{ user.name }} - {% if page.draft %}Brouillon{% endif %} " + DUTCH, "nl")])
def test_language_of_text_with_and_without_placeholders(text: str, expected: str) -> None:
    assert _language(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Retour de la liste. Gestion de compte en cours. Envoi des fichiers en attente en cours de traitement.", "fr"),
    ("El gobierno de la ciudad aprobó el plan y la obra del puente empieza en el año que viene.", "es"),
    ("De gemeente heeft het plan voor de haven goedgekeurd en de bouw van de brug begint in mei.", "nl")])
def test_words_several_languages_share_do_not_decide_alone(text: str, expected: str) -> None:
    assert _language(text) == expected


def test_placeholder_words_are_left_out() -> None:
    from xlplugin.language import _words_outside_templates

    doc = prepare("{{ de.en.het }} Le chat ${een.van} dort <%= dat %> bien.")
    assert _words_outside_templates(doc) == ["le", "chat", "dort", "bien"]

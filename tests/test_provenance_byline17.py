"""Provenance cues missed or given wrongly, as classes (byline17, from a tester's fresh documents;
every text written for these tests). Missed: a review's credit line ("Reviewed by NAME") is a
byline, as "By NAME" is. Given wrongly: a review's own headline naming the work it reviews
("'Title' review: ...", "Title review:") is no reference to a primary document; a document that
is a review in the prose ("a Treasury review found") still is."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

_BODY = ("The new bakery on Mill Lane opened on Friday, the owners said. Baker Ines Vale said the ovens "
         "were bought second hand from a closed hotel. \u201cWe wanted bread people could afford,\u201d Vale "
         "said. Loaves cost between two and four pounds.\n")


def _cues(text: str) -> dict[str, str]:
    sig = provenance.score(prepare(text), Settings())
    return {e.kind: e.text for e in sig.evidence if e.present}


@pytest.mark.parametrize("credit", ["Reviewed by Ellen Marsh", "Reviewed by Dr Tomas Perrin",
                                    "REVIEWED BY KIT OYELARAN", "Reviewed by: Hana Bright"])
def test_a_reviews_credit_line_is_a_byline(credit: str) -> None:
    found = _cues(credit + "\n\n" + _BODY)
    assert "byline" in found and found["byline"].startswith(credit[:8])


@pytest.mark.parametrize("credit", ["Reviewed by Courier staff", "Reviewed by the editors"])
def test_a_review_credit_naming_no_person_is_no_byline(credit: str) -> None:
    assert "byline" not in _cues(credit + "\n\n" + _BODY)


@pytest.mark.parametrize("head", ["'The Salt Road' review: a slow and lovely film",
                                  "\u2018Night Ferry\u2019 review \u2013 a thriller that never lands",
                                  "\u201cThe Glass Orchard\u201d review",
                                  "Harbour Lights review: the best sequel of the year",
                                  "Marlow Keys review | A tidy little mystery"])
def test_a_reviews_headline_naming_the_work_is_no_document(head: str) -> None:
    assert "references to primary documents" not in _cues(head + "\n\n" + _BODY)


@pytest.mark.parametrize("sentence", ["The scheme cost too much, a Treasury review found.",
                                      "Costs doubled in a year, an Audit Office review said.",
                                      "The Harwick Bay Review of 2025 found the harbour wall unsafe."])
def test_a_review_named_in_the_prose_is_still_a_document(sentence: str) -> None:
    assert "references to primary documents" in _cues(_BODY + sentence + "\n")


# --- a letters page's signatures; a notice signed with the writer's office ------------------------

def _letter(body: str, signature: str) -> str:
    return f"{body}\n{signature}\n\n"


_LETTERS = ("Our bins are collected late every week and the council has stopped answering the phone. "
            "Something has to change before the summer.",
            "The new cycle lane on Bridge Street is a good idea, but it ends at the busiest junction in "
            "town. Please finish the job.")


@pytest.mark.parametrize("heading", ["Letters to the editor", "LETTERS", "Your letters:", "Readers' letters"])
@pytest.mark.parametrize("signatures", [("Nadia Okafor, Eastbrook", "Colin Reeve, Upper Fenby"),
                                        ("Priya Shah, Marlow Heath", "T. J. Burke, Westfield")])
def test_a_letters_pages_signature_is_a_byline(heading: str, signatures: tuple[str, str]) -> None:
    text = heading + "\n\nBins\n\n" + "".join(_letter(b, s) for b, s in zip(_LETTERS, signatures)) + \
        "Letters should be under 200 words. We may edit them for length.\n"
    found = _cues(text)
    assert found.get("byline") == signatures[0]


def test_a_name_and_place_line_without_a_letters_heading_is_no_byline() -> None:
    # (loaded47) one letter's signature inside a report that goes on is no letters page; two letters
    # signed by name and place that make the whole body are one under any heading (below, and
    # tests/test_loaded47_trust.py)
    text = "Town news\n\n" + _letter(_LETTERS[0], "Nadia Okafor, Eastbrook") + _LETTERS[1] + "\n"
    assert "byline" not in _cues(text)


def test_letters_signed_by_name_and_place_make_a_letters_page_under_any_heading() -> None:
    # (loaded47: was held to no byline above, before a body of signed letters was a letters page)
    text = "Town news\n\n" + "".join(_letter(b, s) for b, s in zip(_LETTERS, ("Nadia Okafor, Eastbrook", "Colin Reeve, Upper Fenby")))
    assert _cues(text).get("byline") == "Nadia Okafor, Eastbrook"


@pytest.mark.parametrize("sign_off", ["Jane Doe, Director of Public Health",
                                      "Andrew Kemble, Director of Highways, County Hall, Harwick HW1 2AB",
                                      "Ruth Adeyemi, Chief Executive",
                                      "Marcus Webb, Head of Planning Services"])
def test_a_notice_signed_with_the_writers_office_is_a_byline(sign_off: str) -> None:
    notice = ("Notice of road closure\n\nThe B2210 will be closed between Fenby and Eastbrook from 3 March "
              "to 14 March while the bridge is repaired. A signed diversion will be in place. Objections "
              "may be sent to the county council by 20 February.\n\nDated 2 February 2026\n" + sign_off + "\n")
    found = _cues(notice)
    assert found.get("byline") == sign_off


@pytest.mark.parametrize("foot", ["Jane Doe, the director, said the work would finish on time.",
                                  "Harwick Town Council, Planning Department",
                                  "Jane Doe, Eastbrook"])
def test_a_foot_line_with_no_signed_office_is_no_byline(foot: str) -> None:
    assert "byline" not in _cues(_BODY + "\n" + foot + "\n")


# --- words that read as a named source and name no one a reader could ask ------------------------

def _named(sentence: str) -> bool:
    return "named sources with roles" in _cues("The mill on the river closed in 1980. The building stood empty for years. "
                                               + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "Grandma always said the secret was patience.",
    "Mum always says a cold kitchen makes bad bread.",
    "But my dad told me the mill paid well.",
    "Yet the so-called experts on TV keep telling us there is nothing to see.",
    "The so-called specialists at the paper claimed the water was clean.",
    "Petrakis writes well about people.",
    "Hanna Berg writes movingly about her father.",
    "The radical extremists running Harwick council have declared war on ordinary families.",
    "Ms Ortega declared victory before the count had finished.",
])
def test_words_that_name_no_one_to_ask_are_no_named_source(sentence: str) -> None:
    assert not _named(sentence)


@pytest.mark.parametrize("sentence", [
    "Mother Teresa said love begins at home.",
    "Petrakis writes that the town never recovered from the closure.",
    "Head miller Tom Reed said the wheel was rebuilt in 1990.",
    "The mayor declared that the building was safe.",
])
def test_a_named_source_beside_them_still_counts(sentence: str) -> None:
    assert _named(sentence)

"""Form, label and list lines a tester found counted as claims (claims7), each fixed as a class
(`xlplugin.form_lines`):

1. a form's or a listing's field ("Prep time: 20 minutes", "Site: The Old Forge, 3 High
   Street", "Rating: 4 out of 5");
2. a line naming a file by its reference code ("Application 24/00871/FUL");
3. a recipe's or a list's quantities ("225g unsalted butter, softened");
4. the issuer's block at the foot of a press release ("Notes to editors", "About Northmoor").

Each failed on the code before (the line was counted as an unsourced claim). The same figures in
an ordinary sentence, a fact box of measured facts and a section of the text's own stay claims.
Every text here was written for these tests.
"""

from __future__ import annotations

import pytest

from xlplugin import form_lines
from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The parish board met on Monday to look at the week's business.\n\n"


def _claims(text: str) -> set[str]:
    sig = unsourced_claims.score(prepare(text), Settings())
    return {e.text.strip() for e in sig.evidence}


def _reasons(text: str) -> dict[str, str]:
    doc = prepare(text)
    lines = form_lines.FormLines(doc)
    return {s.text.strip(): lines.reason(s) for s in doc.sentences}


PLANNING = """Agenda for the east ward planning meeting

Application 31/04412/HOU
Site: Millrace Cottage, 14 Tanner's Lane
Proposal: Two-storey extension with 3 bedrooms and a garage for 2 cars
Ref: EW/2024/0318
Decision date: 9 October 2025
Case officer: Tomasz Brennan

The board received 186 letters about application 31/04412 in August.
"""

RECIPE = """Plum and almond slice

My aunt baked this every September when the plums on her wall ripened all at once.

Prep time: 25 minutes
Cook time: 50 minutes
Rating: 4 out of 5

Ingredients
175g unsalted butter, softened
- 150 g light brown sugar
- 2 tsp ground cinnamon
1\u00bd cups plain flour, sifted
3 large eggs

Method
The slice sank in the middle last year because the oven ran 20 degrees too hot.
"""

RELEASE = """Harbourside Trust opens its new tidal pool

KESTON, 4 May 2025 - The Harbourside Trust today opened a tidal pool at the foot of the old slipway.
The pool cost 2 million pounds and holds 900 tonnes of sea water, the trust's director Ines Varga said.
Swimmers queued from dawn on the first morning.

Ends

Notes to editors
1. The pool was built by Crane & Holt between 2023 and 2025.
2. It is the largest sea pool on this stretch of coast.

About the Harbourside Trust
The Harbourside Trust is the largest waterfront charity in the county, with 3,400 members.
"""


@pytest.mark.parametrize("line", [
    "Site: Millrace Cottage, 14 Tanner's Lane",
    "Proposal: Two-storey extension with 3 bedrooms and a garage for 2 cars",
    "Ref: EW/2024/0318",
    "Decision date: 9 October 2025",
])
def test_a_form_field_is_no_claim(line):
    assert line not in _claims(PLANNING)
    assert _reasons(PLANNING)[line] == "form field"


@pytest.mark.parametrize("line", ["Prep time: 25 minutes", "Cook time: 50 minutes", "Rating: 4 out of 5"])
def test_a_recipe_card_field_is_no_claim(line):
    assert line not in _claims(RECIPE)
    assert _reasons(RECIPE)[line] == "form field"


def test_a_reference_line_is_no_claim():
    assert "Application 31/04412/HOU" not in _claims(PLANNING)
    assert _reasons(PLANNING)["Application 31/04412/HOU"] == "reference line"
    for line in ("Case HC-2024-000871", "Last amended 3/11/24", "Planning file 22/0157"):
        assert _reasons(f"{LEAD}{line}\n")[line] == "reference line", line


@pytest.mark.parametrize("line", ["175g unsalted butter, softened", "- 150 g light brown sugar", "- 2 tsp ground cinnamon",
                                  "1\u00bd cups plain flour, sifted"])
def test_a_quantity_list_line_is_no_claim(line):
    assert line not in _claims(RECIPE)
    assert _reasons(RECIPE)[line] == "quantity list"


def test_the_issuers_block_is_no_claim():
    found = _claims(RELEASE)
    assert "The Harbourside Trust is the largest waterfront charity in the county, with 3,400 members." not in found
    assert "2. It is the largest sea pool on this stretch of coast." not in found
    # the release's own news is still counted
    assert any(s.startswith("KESTON, 4 May 2025") for s in found)
    about = RELEASE.replace("Ends\n\nNotes to editors\n1. The pool was built by Crane & Holt between 2023 and 2025.\n"
                            "2. It is the largest sea pool on this stretch of coast.\n\n", "")
    assert "The Harbourside Trust is the largest waterfront charity in the county, with 3,400 members." not in _claims(about)


@pytest.mark.parametrize("text, claim", [
    # the same figures in an ordinary sentence
    (PLANNING, "The board received 186 letters about application 31/04412 in August."),
    (RECIPE, "The slice sank in the middle last year because the oven ran 20 degrees too hot."),
    (LEAD + "Prep time at the depot has doubled to 40 minutes since 2019.\n", "Prep time at the depot has doubled to 40 minutes since 2019."),
    # a fact box of measured facts: its label is no form field
    (LEAD + "Key figures\nPopulation: 22,400 in the 2021 count\nAverage price: 312,000 pounds\n",
     "Population: 22,400 in the 2021 count"),
    (LEAD + "Key figures\nPopulation: 22,400 in the 2021 count\nAverage price: 312,000 pounds\n",
     "Average price: 312,000 pounds"),
    # a field's value that says something is a statement
    (LEAD + "Status: The council rejected 3 of the 5 bids\n", "Status: The council rejected 3 of the 5 bids"),
    # one amount-first line with a verb, not in a list
    (LEAD + "400kg of stolen copper was found in a lorry at the docks\n", "400kg of stolen copper was found in a lorry at the docks"),
    # a compound word is no reference code
    (LEAD + "19-year-old Nadia Okafor won the regional final\n", "19-year-old Nadia Okafor won the regional final"),
])
def test_the_same_figures_elsewhere_stay_claims(text, claim):
    assert claim in _claims(text)


def test_one_quantity_line_is_not_a_list():
    text = LEAD + "Seized at the border\n\n250g of heroin, wrapped in foil\n\nThe driver was held overnight by police.\n"
    assert _reasons(text)["250g of heroin, wrapped in foil"] == ""


def test_a_section_of_the_text_is_no_issuers_block():
    """An "About" heading with more than a name ("About the survey") or far from the end is the
    text's own section: its claims count."""
    body = "".join(f"Paragraph {k} of the report says little that a reader could check at all.\n\n" for k in range(8))
    section = "About the survey\nThe survey asked 2,100 tenants in 14 towns about their rents.\n"
    assert "The survey asked 2,100 tenants in 14 towns about their rents." in _claims(body + section)
    long_tail = "".join(f"In week {k} the market lost 3 stalls to the new arcade.\n\n" for k in range(60))
    named = body + "About Keston Market\n" + long_tail
    assert "In week 0 the market lost 3 stalls to the new arcade." in _claims(named)


def test_about_a_figure_is_no_heading():
    text = "".join(f"Line {k} of the notice, about the works on the quay and nothing else.\n" for k in range(6))
    text += "About 40 people waited outside the hall\n"
    assert form_lines.about_block_start(prepare(text)) is None


def test_every_rule_has_a_reason_and_a_test():
    assert [rule for rule, _ in form_lines.FORM_LINE_RULES] == ["form field", "reference line", "quantity list", "about block",
                                                                "dated heading", "scoreline", "page label"]

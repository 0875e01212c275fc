"""(claims40) The rows of a table or a list of figures under a lead line that names their source
and ends in a colon ("Figures from the Office for Budget Responsibility show:" then "Health:
£12.4bn", ...) are that source's figures, sourced by the lead line, not the writer's unsourced
claims (a sourced spending table read 71% unsourced). A vague lead ("Figures show:") sources
nothing, and the writer's prose after the table is the writer's again."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text

HEAD = ("Where the extra money goes\n\nBy Mira Holt\nPublished 3 March 2026\n\n"
        "The chancellor set out her spending plans for the coming year in the Commons on Wednesday.\n\n")
ROWS = ["Health: \u00a312.4bn more than last year", "Schools: \u00a38.1bn, up 6%",
        "Defence: \u00a36.3bn, the biggest rise in a decade", "Housing: \u00a32.9bn, down from \u00a33.4bn"]


def _claims(text: str) -> dict[str, tuple[str, str]]:
    return {e.text.strip(" |-*"): (e.kind, e.detail) for e in score_text(text).signals["unsourced_claims"].evidence
            if e.kind in ("sourced", "unsourced")}


def _rows_in(claims: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    found = [claims[r] for r in ROWS if r in claims]
    assert len(found) >= 3, claims
    return found


@pytest.mark.parametrize("lead", [
    "Figures from the Office for Budget Responsibility show how the extra money is shared out:",
    "According to the Institute for Fiscal Studies, the extra money is shared out as follows:",
    "The Treasury said the extra money would be shared out like this:",
])
@pytest.mark.parametrize("layout", ["blank line", "same paragraph", "bullets", "markdown table"])
def test_rows_under_a_sourced_lead_line_are_its_source(lead, layout):
    if layout == "bullets":
        block = "\n".join("- " + r for r in ROWS)
    elif layout == "markdown table":
        block = "| Area | Extra |\n|---|---|\n" + "\n".join("| " + r.replace(": ", " | ", 1) + " |" for r in ROWS)
    else:
        block = "\n".join(ROWS)
    gap = "\n" if layout == "same paragraph" else "\n\n"
    claims = _claims(HEAD + lead + gap + block + "\n")
    if layout == "markdown table":
        rows = [v for k, v in claims.items() if "\u00a3" in k and "|" in k]
        assert len(rows) >= 3, claims
    else:
        rows = _rows_in(claims)
    for kind, detail in rows:
        assert kind == "sourced", detail


def test_the_row_names_the_lead_lines_source():
    lead = "Figures from the Office for Budget Responsibility show how the extra money is shared out:"
    claims = _claims(HEAD + lead + "\n\n" + "\n".join(ROWS) + "\n")
    kind, detail = claims[ROWS[2]]
    assert kind == "sourced" and "Office for Budget Responsibility" in detail, detail


def test_a_vague_lead_line_sources_no_row():
    claims = _claims(HEAD + "Figures show the extra money is shared out like this:\n\n" + "\n".join(ROWS) + "\n")
    assert all(kind == "unsourced" for kind, _ in _rows_in(claims))


def test_the_writers_prose_after_the_table_is_the_writers():
    lead = "Figures from the Office for Budget Responsibility show how the extra money is shared out:"
    after = "That leaves councils with 40% less than they had in 2010, the biggest cut of any service."
    claims = _claims(HEAD + lead + "\n\n" + "\n".join(ROWS) + "\n\n" + after + "\n")
    assert claims[after][0] == "unsourced", claims[after]

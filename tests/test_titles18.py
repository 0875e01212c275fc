"""(titles18) Plain-text files: a headline under a label line, a "Posted on" date, an outlet line;
one word for a document that is not scored (the workbook's Kind cell and XLP_KIND)."""

from __future__ import annotations

import pytest

from xlplugin.inputs import read_file
from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

STORY = ("The ferry company said on Monday it would run two boats an hour from March, "
         "after a winter of cancelled sailings.\n\nThe first new boat arrives in February, the company said.\n")

# --- 1. a headline under a label line ---------------------------------------------------------------

LABELS = ["OPINION", "ANALYSIS", "FOR IMMEDIATE RELEASE", "EXCLUSIVE", "BREAKING:", "COMMENT", "EDITORIAL",
          "TRANSPORT", "LOCAL NEWS", "Opinion", "Press release"]
HEADLINES = ["Ferry timetable doubles after a winter of cancellations",
             "Why 3 new boats will not fix the crossing",
             "ISLANDERS WIN THEIR FIGHT FOR A BETTER FERRY"]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("between, after", [("\n", "\n\n"), ("\n\n", "\n\n"), ("\n", "\nBy Maren Tollefsen\n\n")])
def test_the_line_after_a_label_is_the_title(tmp_path, label, headline, between, after):
    path = tmp_path / "piece.txt"
    text = label + between + headline + after + STORY
    path.write_text(text, encoding="utf-8")
    read = read_file(path)
    assert read.title == headline
    assert read.text == text  # the label stays in the text, where the kind rules read it


@pytest.mark.parametrize("first", [
    "By Maren Tollefsen",  # a byline is no label
    "12 March 2026",  # nor a date
    "LAS VEGAS \u2014",  # a dateline
    "SAN FRANCISCO (AP) \u2014",
    "PHOTO: AP",  # a credit
    "The ferry company has doubled its timetable.",  # a sentence
])
def test_other_lines_over_a_headline_are_no_label(tmp_path, first):
    path = tmp_path / "piece.txt"
    path.write_text(first + "\n" + HEADLINES[0] + "\n\n" + STORY, encoding="utf-8")
    assert read_file(path).title == ""


@pytest.mark.parametrize("label", ["OPINION", "FOR IMMEDIATE RELEASE", "Analysis", "EXCLUSIVE"])
@pytest.mark.parametrize("headline", ["Ferry company to cut 40 jobs as fares rise by 12 percent",
                                      "Island council will close 3 harbour offices next year"])
def test_a_headline_under_a_label_is_no_claim(label, headline):
    # a headline sums up the story: under a label it is still the title, not a claim (title_lines)
    sig = unsourced_claims.score(prepare(label + "\n" + headline + "\n\n" + STORY), Settings())
    claims = [e.text for e in sig.evidence if e.kind in ("sourced", "unsourced")]
    assert not any(headline in c for c in claims)


@pytest.mark.parametrize("label, kind", [("OPINION", "opinion or analysis"),
                                         ("FOR IMMEDIATE RELEASE", "press release")])
def test_a_label_over_the_title_still_decides_the_kind(tmp_path, label, kind):
    from xlplugin.engine import score_many

    path = tmp_path / "piece.txt"
    path.write_text(label + "\n" + HEADLINES[0] + "\n\n" + STORY, encoding="utf-8")
    (result,) = score_many([read_file(path)])
    assert result.kind == kind


# --- 3. XLP_KIND and the workbook's Kind cell say the same ------------------------------------------

@pytest.mark.parametrize("text", [
    "Der Stadtrat hat am Montag den Haushalt beschlossen, sagte der Bürgermeister vor der Presse.",  # German
    "Le conseil a voté le budget hier soir, a déclaré la maire devant les habitants du quartier.",  # French
    "ferry " * 300,  # no language
    "Ferry fares rise.",  # too short for an index, scored
    STORY,  # a plain report
    "I think the ferry company should stop pretending. We deserve better boats, and I am tired of waiting!",
])
def test_xlp_kind_is_the_kind_cell(text):
    from xlplugin import cells
    from xlplugin.engine import DocumentInput, score_many
    from xlplugin.excel import functions
    from xlplugin.kind_shown import as_shown

    result = as_shown(next(iter(score_many([DocumentInput(text, "x")], workers=1))))
    row = cells.score_row(result)
    kind_cell = row[cells.score_columns().index(cells.KIND_HEADER)]
    # the Kind cell shows kind_label (writer); XLP_KIND must show the same (hunt51: where the row has
    # no kind, why not, in the Status's words, not a blank)
    from xlplugin.kind_shown import kind_label

    assert functions.kind(text) == kind_label(result)
    if not kind_cell:  # a text not scored, or too short for an index with no cue of a kind (excel32):
        # the Status and XLP_RELIABILITY say why, and the kind says the same
        assert str(functions.reliability(text)).startswith(("not scored", "no index"))
        assert kind_label(result) in ("not scored", "not decided (too short)")


# --- 2. a plain text's own date line fills its date ---------------------------------------------------

@pytest.mark.parametrize("line, date", [
    ("Posted on November 21, 2026", "November 21, 2026"),
    ("Published 3 March 2026", "3 March 2026"),
    ("Published: 14 July 2025", "14 July 2025"),
    ("First published on 2 February 2026", "2 February 2026"),
    ("Date: 2026-05-09", "2026-05-09"),
    ("Friday, 6 March 2026", "6 March 2026"),
    ("June 30, 2025", "June 30, 2025"),
])
@pytest.mark.parametrize("byline", ["", "By Maren Tollefsen\n"])
def test_a_text_files_date_line_is_its_date(tmp_path, line, date, byline):
    path = tmp_path / "post.txt"
    text = HEADLINES[0] + "\n" + byline + line + "\n\n" + STORY
    path.write_text(text, encoding="utf-8")
    read = read_file(path)
    assert read.date == date
    assert line in read.note  # the note says where the date came from
    assert read.text == text


@pytest.mark.parametrize("line", [
    "Updated: 3 March 2026",  # an update is not the publication
    "Last updated 4 May 2026",
    "Joined: March 3, 2020",  # a member's join date
    "Joined\nMarch 3, 2020",  # its label on the line before
    "Updated\n4 May 2026",
    "Closing date: 12 January 2027",  # a deadline
    "The ferry company met on 3 March 2026 to agree the new timetable for the whole of the coming year.",
])
def test_other_dates_are_not_the_publication_date(tmp_path, line):
    path = tmp_path / "post.txt"
    path.write_text(HEADLINES[0] + "\n\n" + line + "\n\n" + STORY, encoding="utf-8")
    assert read_file(path).date == ""


# --- 4. an outlet line next to the byline ------------------------------------------------------------

@pytest.mark.parametrize("outlet", ["Harwick Courier", "The Westmoor Record", "Linton Evening Gazette",
                                    "The Isle of Mull Times"])
@pytest.mark.parametrize("where", ["under", "above"])
def test_a_newspapers_name_by_the_byline_is_the_outlet(tmp_path, outlet, where):
    head = "By Maren Tollefsen\n" + outlet if where == "under" else outlet + "\nBy Maren Tollefsen"
    path = tmp_path / "story.txt"
    path.write_text(HEADLINES[0] + "\n\n" + head + "\nPublished 3 March 2026\n\n" + STORY, encoding="utf-8")
    assert read_file(path).outlet == outlet


@pytest.mark.parametrize("line", [
    "Travel",  # a section
    "Business Reporter",  # a role
    "Maren Tollefsen",  # a name
    "Ferry news",  # not capitalised: words of a sentence
    "The ferry company said it read the Harwick Courier.",  # a sentence
])
def test_other_lines_by_the_byline_are_no_outlet(tmp_path, line):
    path = tmp_path / "story.txt"
    path.write_text(HEADLINES[0] + "\n\nBy Maren Tollefsen\n" + line + "\n\n" + STORY, encoding="utf-8")
    assert read_file(path).outlet == ""


def test_a_newspapers_name_away_from_a_byline_is_no_outlet(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(HEADLINES[0] + "\n\nHarwick Courier\n\n" + STORY, encoding="utf-8")
    assert read_file(path).outlet == ""


def test_a_rows_own_date_wins_over_the_files(tmp_path):
    from xlplugin.inputs import read_paths

    (tmp_path / "post.txt").write_text(HEADLINES[0] + "\n\nPosted on November 21, 2026\n\n" + STORY,
                                       encoding="utf-8")
    table = tmp_path / "list.csv"
    table.write_text("id,date,path\na,2026-11-25,post.txt\nb,,post.txt\n", encoding="utf-8")
    records = {r.id: r for r in read_paths([str(table)])}
    assert records["a"].date == "2026-11-25" and records["b"].date == "November 21, 2026"

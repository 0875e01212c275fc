"""(pasted30) Text copied from a PDF keeps each page's running header and footer: a page number
("Page 2 of 3", "Annual Review 2026 | 9"), the publication's name and issue laid out across the
page, its web address, a copyright line. They are the page's, not the author's: no headline (no
"clickbait headline: words in capitals"), no check-worthy claim, and the headline under them is the
title; a headline wrapped over two lines is the title whole; a header's date fills the date column
as it earns the publication date cue; a copyright line's outlet is its holder's name alone. Every
text here is written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.file_titles import date_line, headline_line
from xlplugin.furniture import copyright_holder
from xlplugin.inputs import read_file
from xlplugin.pdf_pages import page_line

HEADLINE = "Harbour footpath to reopen after storm repairs"
BODY = ("The coastal footpath between Fenby harbour and the lighthouse will reopen on Saturday, the county council "
        "said on Wednesday. The path was closed in February after a landslip carried away a section of fencing. "
        "\"We have rebuilt the bank and put in new drainage,\" said Owen Marsh, the council's rights of way officer. "
        "The repairs cost £58,000, according to the council. Dog walkers have used the beach instead since the spring. "
        "The council said it would check the bank again after the winter storms.")

HEADERS = [
    "7  HARBOUR HOMES  Spring 2027                        www.harbourhomes.example",
    "22   FENBY LIFE   October 2026                                   fenbylife.co.uk",
    "Fenby Courier | Monday 4 May 2026                                Page 1 of 3",
    "Annual Review 2026 | 9",
    "Page 4 of 12",
]
FOOTERS = ["Page 1 of 2", "Annual Review 2026 | 9", "                                 14",
           "fenbycourier.co.uk/news                              \u00a9 Fenby Courier 2026"]

# near misses: prose, two columns read across, a table's row, a footnote, a heading, a dated line
NOT_PAGE_LINES = [
    "The council voted 12 to 3 to approve the scheme.",
    "Agency confirmed last week, five years after      Not everyone is pleased with the design. The",
    "the bank was first found to be failing.1          The Fenby Society, which has 240 members,",
    "Q1 2026    3.2m    12",
    "2 Figure from the council's own survey, 2025.",
    HEADLINE,
    "Sales rose 4 per cent | 2026",
]


@pytest.mark.parametrize("line", HEADERS + FOOTERS)
def test_page_headers_and_footers_are_page_lines(line):
    assert page_line(line)


@pytest.mark.parametrize("line", NOT_PAGE_LINES)
def test_prose_columns_and_tables_are_not_page_lines(line):
    assert not page_line(line)


def _scores(text: str):
    result = score_text(text)
    provenance = result.signals["provenance"]
    cues = {e.kind for e in provenance.evidence if e.present}
    return result, provenance, cues


PLAIN = f"{HEADLINE}\n\n{BODY}\n"


@pytest.mark.parametrize("header", HEADERS[:2] + HEADERS[3:])
def test_a_header_over_the_headline_is_no_headline_and_the_title_is_read_under_it(header):
    text = f"{header}\n\n{PLAIN}"
    assert headline_line(text) == HEADLINE
    result, provenance, cues = _scores(text)
    assert "clickbait headline" not in cues
    plain, plain_provenance, _ = _scores(PLAIN)
    assert provenance.value == pytest.approx(plain_provenance.value)
    assert result.reliability == pytest.approx(plain.reliability)


def test_a_header_in_capitals_is_no_clickbait_headline_and_a_shouted_headline_still_is():
    _, _, cues = _scores(f"{HEADERS[0]}\n\n{PLAIN}")
    assert "clickbait headline" not in cues
    # near miss: the same header over a headline that shouts is still read as a clickbait headline
    _, _, cues = _scores(f"{HEADERS[0]}\n\nSHOCKING TRUTH about the harbour footpath\n\n{BODY}\n")
    assert "clickbait headline" in cues


@pytest.mark.parametrize("footer", ["Page 2 of 3", "Annual Review 2026 | 9", "Fenby Courier  |  Page 2 of 3"])
def test_page_numbers_between_paragraphs_are_no_check_worthy_claims(footer):
    first, second = BODY.split(" Dog walkers")
    paged = f"{HEADLINE}\n\n{first}\n\n{footer}\n\nDog walkers{second}\n"
    unpaged = f"{HEADLINE}\n\n{first}\n\nDog walkers{second}\n"
    claims = score_text(paged).signals["unsourced_claims"]
    assert not any(footer.split()[0] in e.text for e in claims.evidence)
    assert claims.value == pytest.approx(score_text(unpaged).signals["unsourced_claims"].value)


@pytest.mark.parametrize("first,second,whole", [
    ("Harbour footpath to reopen after", "storm repairs in the spring", "Harbour footpath to reopen after storm repairs in the spring"),
    ("Council confirms bin collections will move to fort-", "nightly from April",
     "Council confirms bin collections will move to fortnightly from April"),
    ("Ferry fares to rise by a fifth as the operator", "blames fuel costs", "Ferry fares to rise by a fifth as the operator blames fuel costs"),
])
def test_a_headline_wrapped_over_two_lines_is_the_title_whole(first, second, whole):
    # under a page header, or over a paragraph wrapped at the page's width
    assert headline_line(f"{HEADERS[2]}\n\n{first}\n{second}\n\n{BODY}\n") == whole
    wrapped_body = BODY[:70] + "\n" + BODY[70:140] + "\n" + BODY[140:]
    assert headline_line(f"{first}\n{second}\n\n{wrapped_body}\n") == whole


def test_a_first_paragraph_wrapped_over_a_paragraph_on_one_line_stays_prose():
    """Near miss (transcripts28's lower_case_second): no page header and no wrapped paragraph below."""
    assert headline_line(f"Harbour footpath to reopen after\nstorm repairs in the spring\n\n{BODY}\n") == ""


def test_a_second_line_in_capitals_stays_a_standfirst_under_the_headline():
    """Near miss (transcripts28): a second line that opens with a capital is no wrapped headline."""
    assert headline_line(f"{HEADLINE}\nFrom our correspondent in Fenby\n\n{BODY}\n") == HEADLINE


def test_a_page_headers_date_fills_the_date_as_it_earns_the_date_cue(tmp_path):
    text = f"{HEADERS[2]}\n\n{PLAIN}"
    assert date_line(text)[0] == "4 May 2026"
    path = tmp_path / "paged.txt"
    path.write_text(text, encoding="utf-8")
    read = read_file(path)
    assert (read.title, read.date) == (HEADLINE, "4 May 2026")
    _, _, cues = _scores(text)
    assert "publication date" in cues


def test_a_date_after_another_label_in_a_page_header_is_not_the_texts():
    """Near miss: an event's date in the header ("Closing date") is no publication date."""
    text = f"Fenby Courier | Closing date: 4 May 2026                Page 1 of 3\n\n{PLAIN}"
    assert date_line(text)[0] == ""


@pytest.mark.parametrize("line,holder", [
    ("\u00a9 2026 The Fenby Brief Ltd", "The Fenby Brief Ltd"),
    ("Copyright \u00a9 2025 The Fenby Brief Ltd, All rights reserved.", "The Fenby Brief Ltd"),
    ("\u00a9 The Fenby Brief Ltd 2026", "The Fenby Brief Ltd"),
    ("(c) 2024 Harbour Ledger. All rights reserved.", "Harbour Ledger"),
    ("Copyright 2026 Fenby Courier", "Fenby Courier"),
])
def test_a_copyright_lines_outlet_is_its_holders_name_alone(line, holder):
    result, provenance, cues = _scores(f"{PLAIN}\n{line}\n")
    named = [e.text for e in provenance.evidence if e.kind == "named outlet" and e.present]
    assert named == [holder]


def test_one_holder_is_one_outlet_whatever_its_copyright_line():
    from xlplugin.outlets import outlet_of

    lines = ["\u00a9 2026 The Fenby Brief Ltd", "Copyright \u00a9 2025 The Fenby Brief Ltd, All rights reserved.",
             "\u00a9 The Fenby Brief Ltd 2026"]
    outlets = {outlet_of(score_text(f"{PLAIN}\n{line}\n"))[0] for line in lines}
    assert outlets == {"The Fenby Brief Ltd"}


def test_a_copyright_line_with_no_name_names_no_outlet():
    assert copyright_holder("All rights reserved") == ""
    _, _, cues = _scores(f"{PLAIN}\n\u00a9 2026. All rights reserved.\n")
    assert "named outlet" not in cues

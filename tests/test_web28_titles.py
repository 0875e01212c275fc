"""(web28) A sponsor's credit on a line of its own ("Paid for by ...", "In partnership with ...") is a
label over an advertisement's headline, never its title. Every text here was written for this file."""

from __future__ import annotations

import pytest

from xlplugin.file_titles import headline_line, label_line

BODY = ("\n\nIf your boiler is older than ten years, it may be costing you more than you think. Families across "
        "the region are trying a new way to keep warm this winter.\n\nThe new model runs quietly and fits in a "
        "cupboard, and installers can fit it in a day.")
HEADLINES = ["Why thousands of families are swapping their boilers this winter",
             "The quiet kitchen gadget everyone on our street is talking about"]
CREDITS = ["Paid for by Verdane Home Energy", "In partnership with Harbour Bank", "Sponsored by Tidewell Foods Ltd",
           "Brought to you by Kestrel Mobile", "Presented by the Ashby Garden Centre"]


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("above", ["", "Sponsored content\n\n", "ADVERTISEMENT\n"])
def test_a_sponsors_credit_is_no_headline(credit, headline, above):
    text = f"{above}{credit}\n\n{headline}{BODY}"
    assert headline_line(text) == headline
    assert label_line(credit)


@pytest.mark.parametrize("headline", [
    "Paid for by taxpayers: the hidden cost of the new bypass",  # a headline on who paid, not a sponsor's credit
    "Sponsored by nobody, the village fete still drew 2,000 people",
    "Presented by pupils, the school's play sold out in an hour",
])
def test_a_headline_opening_with_such_words_stays_the_headline(headline):
    assert headline_line(f"{headline}{BODY}") == headline

"""A ratings row naming a public suffix (values16): "co.uk" would rate every site under .co.uk,
"com" none; such a row is refused with a message, in a --ratings file and a Sources sheet alike
(both read through `ratings_table`). Each test failed before the fix.
"""

from __future__ import annotations

import pytest

from xlplugin.ratings_table import RatingRow, RatingsTableError, ratings_table


@pytest.mark.parametrize("written", ["co.uk", "CO.UK", ".co.uk", "https://co.uk/", "com", ".com", "com.au", "org.uk",
                                     "co.nz", "net"])
def test_a_public_suffix_row_is_refused(written):
    rows = [RatingRow("line 2", "harbourgazette.example", 0.8), RatingRow("line 3", written, 0.1)]
    with pytest.raises(RatingsTableError, match=r"line 3: .* is an ending that any site may have .* write the site itself"):
        ratings_table(rows)


@pytest.mark.parametrize("written", ["bbc.co.uk", "www.abc.net.au", "gov.uk", "nhs.uk", "News", "In Brief", "example.com"])
def test_a_site_or_an_outlet_name_is_read(written):
    assert len(ratings_table([RatingRow("line 2", written, 0.5)])) == 1

"""The Why column gives the index on the text alone wherever a source rating is part of the index,
so that a rated row can be compared with an unrated one."""

import xlplugin
from xlplugin.cells import why_text

# written for this test: a plain council report, long enough for an index
PLAIN = (
    "The city council approved the budget on Tuesday after a public hearing. Officials said the "
    "plan adds two bus routes and repairs three bridges, according to the council minutes. The "
    "mayor said the vote was close. Residents who spoke at the meeting asked for more parking near "
    "the station, and the council agreed to study it next year."
)


def test_rated_row_says_its_index_on_the_text_alone():
    rated = xlplugin.score_text(PLAIN, url="https://www.bbc.co.uk/news/a")
    unrated_with_url = xlplugin.score_text(PLAIN, url="https://myblog.example.net/a")
    assert "source_rating" in rated.contributors
    assert "source_rating" not in unrated_with_url.contributors
    why = why_text(rated)
    assert why.endswith(f"index on the text alone {unrated_with_url.reliability:g}")
    assert rated.reliability != unrated_with_url.reliability


def test_unrated_row_has_no_text_alone_phrase():
    assert "text alone" not in why_text(xlplugin.score_text(PLAIN))
    assert "text alone" not in why_text(xlplugin.score_text(PLAIN, url="https://www.bbc.co.uk/news/a",
                                                            settings=xlplugin.Settings().with_values({"sources.builtin": 0})))

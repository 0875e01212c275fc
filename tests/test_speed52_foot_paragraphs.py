"""(speed52) An op-ed's foot bio (`page_genres.contributor_foot`, a rule of the document kind) reads the last two
paragraphs of a text; it used to split the whole text into paragraphs for them (a pattern `re` steps through
character by character: about 0.5 ms a news article). Now the paragraphs are read from a blank line break near
the end (no paragraph runs across one), `page_genres._last_paragraphs`: exactly the last paragraphs of the whole
split. Every text here was written for these tests.
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from xlplugin import page_genres

OPED = (
    "Why the ferry must stay public\n\n"
    "The harbour board wants to sell the ferry to a private operator. That would be a mistake.\n\n"
    "Fares would rise, and the night crossings would be the first to go.\n\n"
    "Jane Doe is president of the Harbour Institute.\n"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \t\n", max_size=80), st.integers(min_value=1, max_value=3))
def test_last_paragraphs_are_the_whole_splits(text, count):
    """Blank lines of spaces and tabs, runs of them, paragraphs of white space only, no break at all."""
    assert page_genres._last_paragraphs(text, count) == page_genres._paragraphs(text)[-count:]


def test_last_paragraphs_on_written_cases():
    for text in (OPED, OPED + "\n \n\t\n\n", "One line only.", "", "\n\n\n", "A\n \nB\n\n  \n\nC\n", OPED * 30):
        for count in (1, 2, 3):
            assert page_genres._last_paragraphs(text, count) == page_genres._paragraphs(text)[-count:]


def test_the_foot_bio_is_still_found():
    assert page_genres.contributor_foot(OPED, lambda: OPED.lower()) == (
        "in the last lines: 'Jane Doe is president of the Harbour Institute.'; 'president'")


def test_the_foot_is_read_without_splitting_the_whole_text(monkeypatch):
    """The paragraphs are split from near the end of a long text (before: from its start)."""
    text = "Harbour news.\n\n" + "The ferry left the pier at noon and came back at six.\n\n" * 200 + OPED
    starts = []
    split = page_genres._paragraphs

    def recording(text, start=0):
        starts.append(start)
        return split(text, start)

    monkeypatch.setattr(page_genres, "_paragraphs", recording)
    assert page_genres.contributor_foot(text, lambda: text.lower()) is not None
    assert starts and min(starts) > len(text) - 500

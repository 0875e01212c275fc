"""(claims51) The headline line is the title, no sentence of the body: provenance counts no named
source, quote or prose sentence in it (as unsourced claims has read it since attrib16). A
headline's "..., says analyst" either repeats a source the body names (counted there) or names
one the body never gives: before, "says analyst" over a body with no source earned the full
"named sources with roles" weight. Every text is written for these tests."""

from __future__ import annotations

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = "House prices rose in every region last year. The average home now costs 290,000 pounds."
SOURCED_BODY = ("House prices will fall 10 percent next year, said Ann Lee, an analyst at Harbour Bank. "
                "The average home now costs 290,000 pounds.")


def _sources(text: str) -> tuple[bool, float]:
    sig = provenance.score(prepare(text), Settings())
    cue = next(e for e in sig.evidence if e.kind == "named sources with roles")
    return cue.present, sig.details["named_sources_share"]


def test_a_source_only_in_the_headline_is_no_source_of_the_text():
    assert _sources("Housing prices will fall 10 percent next year, says analyst\n\n" + BODY) == (False, 0.0)


def test_the_bodys_source_still_counts_under_such_a_headline():
    assert _sources("Housing prices will fall 10 percent next year, says analyst\n\n" + SOURCED_BODY) == (True, 0.5)


def test_a_sourced_body_reads_as_without_the_headline():
    assert _sources("Housing prices will fall 10 percent next year, says analyst\n\n" + SOURCED_BODY)[1] \
        == _sources(SOURCED_BODY)[1]


def test_a_first_line_that_is_a_sentence_of_the_body_still_counts():
    # a full stop ends the first line: it is the body's first sentence, no headline
    text = "House prices will fall 10 percent next year, said Ann Lee, an analyst at Harbour Bank.\n\n" + BODY
    assert _sources(text)[0] is True

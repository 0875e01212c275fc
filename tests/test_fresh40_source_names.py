"""(fresh40) A source spoken of by its role in the plural ("The organisers said", "The
volunteers said") was listed in provenance's evidence and Why as a source named "The": the words
after the article were dropped as if they were a day after a body's name ("Acme Robotics today
announced"). A source phrase is never cut down to its article alone."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text

HEAD = "Centre reopens after repairs\n\nBy Gareth Pryce\nPublished 20 February 2026\n\n"


def _sources(text: str) -> str:
    found = [e.detail for e in score_text(text).signals["provenance"].evidence if e.kind == "named sources with roles"]
    assert found
    return found[0].split("sources: ", 1)[1]


@pytest.mark.parametrize("speaker", ["The organisers"])
def test_a_plural_role_is_its_words_not_the_article(speaker):
    text = HEAD + (f"{speaker} said the centre had been rebuilt to meet new standards. The council's programme "
                   "director, Fiona Kerr, said it would open every day from March.\n")
    listed = _sources(text)
    assert listed.startswith(speaker + ",") or listed.startswith(speaker + " (")
    assert not listed.startswith("The,")


def test_a_body_and_its_day_still_lose_the_day():
    text = HEAD + ("Acme Robotics today announced that it would open a plant in Derby. Its chief executive, "
                   "Rhona Dale, said 300 jobs would be created.\n")
    assert "today" not in _sources(text)

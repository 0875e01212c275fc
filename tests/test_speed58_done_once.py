"""(speed58) Work that several stages ask of a document is done once a document (kept on
`doc.analysis`), not once for each stage that asks: where the headline line ends
(`title_lines.headline_end`: loaded language, unsourced claims and provenance) and the letters of
a letters page (`reader_letters.page_letters`: loaded language and unsourced claims;
`signed_page_letters`: that and provenance's notes). The answers are the workers' own.
"""

from __future__ import annotations

import pytest

from xlplugin import engine, reader_letters, title_lines
from xlplugin.text import prepare

from conftest import made_from_pieces

# A headline, a label over it, a letters page's heading, signatures and plain report sentences,
# written for this project.
PIECES = ["Council to shut three libraries\n\n", "OPINION\n", "Letters\n\n",
          "The library has served our town for forty years and deserves better than this plan. ",
          "Ann Lee\nHarwick\n\n", "Tom Reed, Olympia\n\n", "Officials said the road would close. ",
          "The council met on Tuesday. ", "Rates rose by 4 percent. ", "\n", "\n\n"]

LETTERS_PAGE = ("Letters\n\n"
                "The library has served our town for forty years and deserves far better than the plan "
                "the council put to its meeting on Tuesday night.\n\n"
                "Ann Lee\nHarwick\n\n"
                "Our buses run late every single morning and nobody at the depot answers the phone when "
                "passengers ring to ask where the number 12 has got to.\n\n"
                "Tom Reed, Olympia\n")


def _counting(monkeypatch, module, name: str) -> list[int]:
    asked: list[int] = []
    plain = getattr(module, name)

    def counted(doc):
        asked.append(id(doc))
        return plain(doc)

    monkeypatch.setattr(module, name, counted)
    return asked


@pytest.mark.parametrize("seed", [58, 59])
def test_each_document_is_read_once_for_its_headline_and_letters(monkeypatch, seed):
    headline = _counting(monkeypatch, title_lines, "find_headline_end")
    letters = _counting(monkeypatch, reader_letters, "find_page_letters")
    signed = _counting(monkeypatch, reader_letters, "find_signed_page_letters")
    scored = 0
    for text in made_from_pieces(PIECES, 30, seed) + [LETTERS_PAGE]:
        for found in (headline, letters, signed):
            found.clear()
        engine.score_text(text)
        for found in (headline, letters, signed):
            assert len(found) == len(set(found)), text[:200]
        scored += bool(headline)
    assert scored > 20


def test_the_kept_answers_are_the_workers():
    doc = prepare(LETTERS_PAGE)
    fresh = prepare(LETTERS_PAGE)
    assert reader_letters.page_letters(doc) == reader_letters.find_page_letters(fresh)
    assert len(reader_letters.page_letters(doc)) == 2
    assert reader_letters.page_letters(doc) is not reader_letters.page_letters(doc)  # a list the caller may change
    assert reader_letters.signed_page_letters(doc) == reader_letters.find_signed_page_letters(fresh)
    text = "Council to shut three libraries\n\nThe council met on Tuesday. Officials said the road would close.\n"
    assert title_lines.headline_end(prepare(text)) == title_lines.find_headline_end(prepare(text)) == text.index("\n")

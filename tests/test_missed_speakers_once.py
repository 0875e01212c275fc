"""(speed20) `speakers.with_missed_speakers` reads each sentence's missed speaker once a document
(`doc.analysis.missed_speaker`), though unsourced claims and provenance both ask (sources19): the
same speakers as the plain pass, each sentence read once.

Checked on the seed articles and the examples (read at run time, skipped where absent) and on
texts generated from pieces written for this project.
"""

from __future__ import annotations


import pytest

from xlplugin import engine, missed_speakers, speakers
from xlplugin.cues import DATA_FILE
from xlplugin.phrases import words
from xlplugin.text import prepare

from conftest import made_from_pieces, texts_with_pieces

# Speakers the attribution pass misses and sentences around them, written for this project.
PIECES = ["The inquest heard on Monday that the valve failed. ", "Kesterford Crown Court heard the van was stolen. ",
          "Union boss Ada Crane fumed: \u201cThis is a scandal.\u201d ", "Priya Shah, 38, said the rent rose. ",
          "The head teacher, who joined the school in 2019, said the roof leaks. ", "He told reporters it was fine. ",
          "Officials said the road would close. ", "\u201cWe will appeal,\u201d she said. ", "The council met on Tuesday. ",
          "Rates rose by 4 percent. ", "x ", ": ", ", who ", ", 41, ", "\n", "\n\n"]


def _texts(n: int = 300, seed: int = 20) -> list[str]:
    return texts_with_pieces(PIECES, n, seed)


def _plain_missed(doc, found):
    if not missed_speakers.may_hold(doc):
        return found
    reporting, out = words(DATA_FILE, "reporting_words"), list(found)
    for k, sentence in enumerate(doc.sentences):
        if out[k] is None or not out[k].sourced or out[k].kind == "pronoun":
            speaker = missed_speakers.missed_speaker(doc, sentence, reporting)
            if speaker is not None:
                out[k] = speaker
    return tuple(out)


def test_the_missed_speakers_are_the_plain_passes():
    found = 0
    for text in _texts(300, 22):
        fresh = prepare(text)
        plain = _plain_missed(fresh, speakers.with_quote_speakers(fresh, fresh.analysis.attributions))
        doc = prepare(text)
        assert speakers.speakers(doc) == plain, text[:200]
        found += sum(a is not None and a.detail.startswith(("a court", "a speaker before", "a role before", "a named speaker"))
                     for a in plain)
    assert found > 50


@pytest.mark.parametrize("seed", [23, 24])
def test_each_sentence_is_read_once_for_its_missed_speaker(monkeypatch, seed):
    # unsourced claims and provenance both read the missed speakers (sources19): the document's
    # analysis finds each sentence's once, not once for each signal
    asked: list[tuple[int, int]] = []
    plain = missed_speakers.missed_speaker

    def counted(doc, sentence, reporting):
        asked.append((id(doc), sentence.start))
        return plain(doc, sentence, reporting)

    monkeypatch.setattr(missed_speakers, "missed_speaker", counted)
    read = 0
    for text in made_from_pieces(PIECES, 40, seed):
        asked.clear()
        engine.score_text(text)
        assert len(asked) == len(set(asked)), text[:200]
        read += len(asked)
    assert read > 100

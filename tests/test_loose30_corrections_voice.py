"""(loose30) An outlet's "we" and "our" in its corrections column or an editor's note is the
outlet correcting itself, no argued first person (voice.py: _names_own_text, _edits_text;
loaded_language.txt [own_text_words], [edit_words], [edit_verbs], [text_part_words]): "our"
before its own text in a sentence of correction ("Our original headline said ...", "an earlier
version of our story"), "we" editing a part of a text ("We have since removed the photograph").
An argued "we" and "our" keep their count. Every sentence here was written for these tests."""

import pytest
from loaded_helpers import loaded_evidence

LEAD = "Corrections and clarifications. A report on Tuesday about the new ferry timetable gave the wrong sailing times. "


def first_person(text: str) -> list[str]:
    return [t for k, t in loaded_evidence(LEAD + text) if k == "first person"]


@pytest.mark.parametrize("text", [
    "Our original headline said the ferry would stop running.",
    "Our original article misnamed the harbour master.",
    "An earlier version of our story said the fare would rise.",
    "Our earlier report wrongly said the port would close.",
    "This has been corrected in our online version.",
    "The figures in our print edition were incorrect.",
    "We have since removed the photograph.",
    "We have added a response from the operator.",
    "Editor's note: we have removed a quotation that could not be verified.",
    "We have replaced the chart with one showing the correct years.",
    "We have deleted two paragraphs that repeated the error.",
])
def test_the_outlet_correcting_itself_is_no_argued_first_person(text):
    assert first_person(text) == []


@pytest.mark.parametrize("text", [
    "We should scrap the ferry timetable.",
    "Our town deserves better than this.",
    "Our story as a town is not over.",
    "Our leaders have removed every safeguard.",
    "We have removed every safeguard that protected the island.",
    "We have added insult to injury by raising fares again.",
    "We have changed our minds about the ferry and so should the council.",
])
def test_an_argued_we_keeps_its_count(text):
    assert first_person(text), text

"""(credit16) A noun of saying after a possessive ("Kayla's post", "the mayor's comment") is a
noun, not a verb: a reader prompt "What do you think Kayla's post means?" names no source. The
noun as a subject of a verb of saying ("Kayla Monroe said") is read as before."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

HEAD = "Fans react to the singer's news\n\nThe singer cancelled her spring tour on Monday.\n\n"


def _named(text: str):
    sig = provenance.score(prepare(HEAD + text + "\n"), Settings())
    cue = next(e for e in sig.evidence if e.kind == "named sources with roles")
    return cue.text if cue.present else None


@pytest.mark.parametrize("sentence", [
    "What do you think Kayla's post means?",
    "Did anyone else see Tom\u2019s post last night?",
    "Is Mara's claim fair to the band?",
])
def test_a_noun_of_saying_after_a_possessive_is_no_source(sentence):
    assert _named(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Kayla Monroe said the tour would return next year.",
    "Her manager, Tom Reyes, told fans the dates would move.",
])
def test_a_speaker_is_still_a_named_source(sentence):
    assert _named(sentence) is not None

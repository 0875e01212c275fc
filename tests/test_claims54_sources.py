"""(claims54) Who said it, the leftovers of the attribution work, as classes, on sentences written
for these tests:
- one unnamed person by a role noun with where they work after it, after "at", "from" or "with"
  and one capitalised word (attribution.txt [employer_after_person_words], misread_sources.
  misread_head): "a nurse from Apple", "an engineer at Siemens", "a nurse from Glasgow" are a
  source by role, as "an Apple nurse", "a Glasgow nurse" and "an engineer at the firm" are; a
  body's name of several words, a body's voice and a person's name keep the name;
- a capitalised possessive opening the sentence and owning a thing that speaks for its owner
  (an advert, a document, a post: cues.possessive_name_first): "Smith's ad says", "Labour's
  leaflet says" name the owner, as "On Monday, Smith's ad said" did;
- the makers of a document owned by its possessive ([document_people_words], cues.
  document_people): "The report's authors say" is the document's voice, a document source.
Each row: the sentence, the kind of source expected, and whether main read it so too (a guard)
or not (a fix)."""

from __future__ import annotations

import pytest

from attribution_helpers import attribution_kind

FIX, GUARD = "fix", "guard"
CLINIC = "the clinic had been closed for three weeks."

KINDS = [
    # a role at a workplace of one capitalised word, after the noun: by role
    (f"A nurse from Apple said {CLINIC}", "role", FIX),
    (f"An engineer at Siemens said {CLINIC}", "role", FIX),
    (f"A nurse from Glasgow said {CLINIC}", "role", FIX),
    (f"An engineer with Siemens told reporters {CLINIC}", "role", FIX),
    (f"A Glasgow nurse said {CLINIC}", "role", GUARD),
    (f"An Apple engineer said {CLINIC}", "role", GUARD),
    (f"An engineer at the firm said {CLINIC}", "role", GUARD),
    (f"A nurse in Glasgow said {CLINIC}", "role", GUARD),
    # a passer-by stays vague wherever the place stands
    (f"A resident from Leeds said {CLINIC}", "weasel", FIX),
    # a body named in several words, a body's voice, a person's name: named
    (f"A nurse at Glasgow Royal Infirmary said {CLINIC}", "named", GUARD),
    (f"A spokesman at Apple said {CLINIC}", "named", GUARD),
    (f"A spokesman for Apple said {CLINIC}", "named", GUARD),
    (f"Ann Lee, a nurse at Apple, said {CLINIC}", "named", GUARD),
    # a possessive name owning a thing that speaks, first in its sentence: named
    (f"Smith's ad says {CLINIC}", "named", FIX),
    (f"Labour\u2019s new leaflet says {CLINIC}", "named", FIX),
    (f"On Monday, Smith's ad said {CLINIC}", "named", GUARD),
    (f"Today's report says {CLINIC}", "document", GUARD),
    (f"Smith's lawyer said {CLINIC}", "role", GUARD),
    (f"Britain's ministers said {CLINIC}", "role", GUARD),
    # the makers of a document owned by it: the document
    (f"The report's authors say {CLINIC}", "document", FIX),
    (f"The survey\u2019s editors wrote that {CLINIC}", "document", FIX),
    (f"The Lancet study's authors said {CLINIC}", "named", GUARD),
    (f"The authors said {CLINIC}", "role", GUARD),
    (f"Its authors say {CLINIC}", "role", GUARD),
]


@pytest.mark.parametrize("text, kind, why", KINDS)
def test_source_kind(text: str, kind: str, why: str) -> None:
    assert attribution_kind(text) == kind, why

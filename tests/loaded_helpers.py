"""Small readers the loaded-language tests share: the evidence loaded_language gives a text, the
words of chosen kinds, and the author's own loaded terms after a plain lead. Each test file keeps
its own cases."""

from __future__ import annotations

import xlplugin
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

# A plain council report that probes follow: it holds no loaded term of its own.
COUNCIL_LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def loaded_evidence(text: str) -> list[tuple[str, str]]:
    """(kind, words) of every evidence item loaded_language gives `text`, in order."""
    return [(e.kind, e.text) for e in loaded_language.score(prepare(text), Settings()).evidence]


def words_of_kinds(text: str, *kinds: str) -> list[str]:
    """The words of the evidence items of `text` of any of `kinds`, in order."""
    return [t for k, t in loaded_evidence(text) if k in kinds]


def scare_quotes(text: str) -> list[str]:
    """(claims54) The writer's scare quotes loaded_language finds in `text`, in order."""
    return words_of_kinds(text, "scare quote")


def author_terms(text: str, lead: str = COUNCIL_LEAD) -> list[str]:
    """The author's loaded terms (lower case) in `lead` + `text`, quoted words and the voice left out."""
    sig = loaded_language.score(prepare(lead + text), Settings())
    return [e.text.lower() for e in sig.evidence
            if not e.kind.startswith("quoted") and e.kind not in loaded_language.VOICE_KINDS]


# A plain committee report that the partisan-label probes follow (insults18, insults19).
COMMITTEE_LEAD = "The committee met on Thursday. Members went through the spending plans for the next year. "


def committee_evidence(text: str) -> list[tuple[str, str]]:
    """(kind, lower-case words) of the loaded terms found in COMMITTEE_LEAD + `text` (no voice kinds)."""
    sig = loaded_language.score(prepare(COMMITTEE_LEAD + text), Settings())
    return [(e.kind, e.text.lower()) for e in sig.evidence if e.kind not in loaded_language.VOICE_KINDS]


def committee_author(text: str) -> list[str]:
    """The author's own loaded terms (not quoted) in COMMITTEE_LEAD + `text`."""
    return [t for kind, t in committee_evidence(text) if not kind.startswith("quoted")]


# A plain health report that headline probes go over (loaded47, loaded48): no capitals of its own.
FLU_REPORT = ("The figures were published by the health agency on Monday. Hospitals in the region reported "
              "more admissions than in any week since the spring, and officials said the trend would be watched.")


def clickbait(title: str, body: str = FLU_REPORT) -> str:
    """The details of the present clickbait headline cue provenance gives `body` under `title`."""
    evidence = xlplugin.score_text(body, title=title).signals["provenance"].evidence
    return " ".join(e.detail for e in evidence if e.kind == "clickbait headline" and e.present)

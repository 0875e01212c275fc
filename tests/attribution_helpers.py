"""Small readers the attribution tests share: the kind of source found for a text's sentence,
and the sourced/unsourced verdicts unsourced_claims gives its check-worthy sentences."""

from __future__ import annotations

from xlplugin import cues
from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


def attribution_kind(text: str, k: int = -1) -> str | None:
    """The kind of the attribution of sentence `k` of `text` ("named", "role", "vague" ...), or
    None where it has none."""
    found = cues.attributions(prepare(text))[k]
    return found.kind if found else None


def unsourced_kinds(text: str) -> list[str]:
    """"sourced" or "unsourced" for each check-worthy sentence of `text`, in order."""
    sig = unsourced_claims.score(prepare(text), Settings())
    return [e.kind for e in sig.evidence if e.kind in ("sourced", "unsourced")]

"""Small readers the attribution and claim tests share: the attribution found for a text's
sentence and its kind, the verdicts unsourced_claims gives check-worthy sentences (all of a
text's, or only those a probe adds to a sourced report), and why claim_lines reads a line as no
claim. Each test file keeps its own cases."""

from __future__ import annotations

from xlplugin import claim_lines, cues
from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

# A plain, sourced report that probes are added to: its own claims are all sourced.
SOURCED_REPORT = ("The town opened a new library on Monday, the council said. Head librarian Rosa Kemp said "
                  "the building cost 3.4 million pounds.\n\n")


def attribution(text: str, k: int = -1) -> cues.Attribution | None:
    """The attribution of sentence `k` of `text`, or None where it has none."""
    return cues.attributions(prepare(text))[k]


def attribution_kind(text: str, k: int = -1) -> str | None:
    """The kind of the attribution of sentence `k` of `text` ("named", "role", "vague" ...), or
    None where it has none."""
    found = attribution(text, k)
    return found.kind if found else None


def unsourced_kinds(text: str) -> list[str]:
    """"sourced" or "unsourced" for each check-worthy sentence of `text`, in order."""
    sig = unsourced_claims.score(prepare(text), Settings())
    return [e.kind for e in sig.evidence if e.kind in ("sourced", "unsourced")]


def claim_verdicts(text: str) -> dict[str, str]:
    """{sentence: its verdict and detail} for every check-worthy sentence of `text`."""
    sig = unsourced_claims.score(prepare(text), Settings())
    return {e.text.strip(): f"{e.kind}: {e.detail}" for e in sig.evidence if e.kind in ("sourced", "unsourced")}


def added_claims(probe: str, base: str = SOURCED_REPORT) -> list[tuple[str, str]]:
    """(kind, detail) of the check-worthy sentences the `probe` adds to the report `base`."""
    doc = prepare(base + probe + "\n")
    sig = unsourced_claims.score(doc, Settings())
    return [(e.kind, e.detail) for e in sig.evidence if e.start >= len(base)]


def added_verdicts(probe: str, base: str = SOURCED_REPORT) -> list[str]:
    """Verdicts of the check-worthy sentences the `probe` adds to the report `base`."""
    return [kind for kind, _ in added_claims(probe, base)]


# (tests41) Shared by the subheading tests (web39b, web40, web41), which each had their own copy.
def claim_texts(text: str, kind: str | None = None) -> list[str]:
    """The check-worthy sentences unsourced_claims gives for `text` (stripped), in order; only
    those of `kind` ("unsourced" or "sourced") where it is given."""
    sig = unsourced_claims.score(prepare(text), Settings())
    return [e.text.strip() for e in sig.evidence if kind is None or e.kind == kind]


def not_claim_reason(text: str, line: str) -> str:
    """claim_lines' reason why the sentence of `text` that reads `line` is no claim ("" where it
    has none)."""
    doc = prepare(text)
    rules = claim_lines.NotClaims(doc)
    return next(rules.reason(s) for s in doc.sentences if s.text.strip() == line)


# (claims49) Shared by the claims48 and claims49 tests, which each had their own copy.
def fast_path_agrees(text: str) -> None:
    """The fast path (claims_index.WordIndex) gives each sentence of `text` the reasons the plain
    reading (unsourced_claims.check_worthy_reasons) gives it."""
    from xlplugin.claims_index import WordIndex

    doc = prepare(text)
    index = WordIndex(doc)
    for s in doc.sentences:
        assert index.reasons(s, unsourced_claims.THRESHOLD) == unsourced_claims.check_worthy_reasons(doc, s), s.text


def shared_page_evidence(name: str) -> list:
    """The unsourced_claims evidence for the page `name` of ../shared/corpus/web/pages, read at
    run time only; the test is skipped where the shared corpus is not beside the worktree."""
    from pathlib import Path

    import pytest

    from xlplugin.inputs import _decode_file
    from xlplugin.pages import extract_page

    page = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "web" / "pages" / name
    if not page.exists():
        pytest.skip("../shared/corpus/web is not here (the shared corpus sits beside the worktree)")
    text = extract_page(_decode_file(page.read_bytes(), str(page), html=True)[0]).text
    return unsourced_claims.score(prepare(text), Settings()).evidence

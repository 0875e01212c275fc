"""(pasted30) An editor's comments and draft notes left in a text exported from a word processor.

A Word or Google Docs file saved as plain text keeps its reviewers' comments: each comment's
anchor in the text ("...said Colin Pearce,[a] the department's ...") and, at the end, the comments
themselves, one a line after their marker ("[a]Jo Pryce: is this his figure or ours?", "[b]Sam
Kerr: I think we should cut this para"). The comments are the editors' words to each other, not
the author's: their "I", "we", "ours" and questions are no argued voice, their sentences no claims.
`comment_spans` finds that block: the lines at the text's end opening with a letter marker in
square brackets ("[a]", "[b]", "[aa]"), one of them at least used as an anchor in the text above. A footnote list
("[1] Inspection report ...") is no comment block: its markers are figures.

A draft's note over the text ("DRAFT v3 - for subs - do not publish before 06:00", "Draft 2: not for
publication", "DRAFT - for legal review") is no headline and no title (`draft_line`): it opens with
"draft" and a version, a dash or a colon, or says the text is not yet to be published.
"""

from __future__ import annotations

import re

__all__ = ["comment_spans", "draft_line"]

_COMMENT_LINE_RE = re.compile(r"[ \t]*\[(?P<mark>[a-z]{1,2})\][ \t]*\S[^\n]*")
DRAFT_LINE_MAX_CHARS = 120
_DRAFT_RE = re.compile(r"(?i:draft)(?:\s+(?:v(?:ersion)?\s*\.?\s*)?\d+(?:\.\d+)*|\s*[-\u2013\u2014:|(]|\s*$)")
_NOT_YET_RE = re.compile(r"(?i:do not (?:publish|print|run|use|circulate)|not for (?:publication|circulation)"
                         r"|for (?:subs|sub-editors|legal|review|comment)\b|embargoed until)")


def draft_line(line: str) -> bool:
    """Is `line` a draft's note over the text (the module's doc)? "DRAFT v3 - for subs",
    "Draft: not for publication", "DRAFT" alone; not "Draft budget approved by council"."""
    if len(line) > 2 * DRAFT_LINE_MAX_CHARS or "raft" not in line and "RAFT" not in line:
        return False
    bare = " ".join(line.split())
    if not bare or len(bare) > DRAFT_LINE_MAX_CHARS:
        return False
    if _DRAFT_RE.match(bare):
        return True
    return bare.lower().startswith("draft") and _NOT_YET_RE.search(bare) is not None


def comment_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of the comments block at the end of `text` (the module's
    doc): a run of lines "[a]..." at the end (blank lines between allowed), one marker at least
    used as an anchor ("[a]" glued to a word or a mark) in the text above the block."""
    if "[" not in text:
        return []
    block: list[tuple[int, int, str]] = []
    end = len(text)
    while end > 0:  # (the lines from the end, up to the first that is no comment: no pass over the whole text)
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            m = _COMMENT_LINE_RE.fullmatch(line)
            if m is None:
                break
            block.append((start, end, m.group("mark")))
        end = start - 1
    if not block:
        return []
    above = text[:block[-1][0]]
    # (an anchor may be lost with the words it stood on, "I think we should cut this para": one is enough)
    if not any(re.search(r"\S\[" + re.escape(mark) + r"\]", above) for _, _, mark in block):
        return []
    return sorted((s, e) for s, e, _ in block)

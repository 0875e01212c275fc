"""(opfoot44) An unsigned editorial in the outlet's own "we": what tells a paper's leader from a report when it has no
label, no byline and no "I". Read by `xlplugin.kinds` (its computed measure `editorial_voice`, the rule in
`data/kinds.txt`).

An editorial speaks for the paper as an institution: "In our judgment the vote is premature", "We believe the council
must act", "We have long argued that ...", "The Board's view is that ...". A report puts such words inside quotation
marks or credits them ("..., the charity said"): its "we" is someone else's. So the cue counts the sentences of the
writer's own words (quotations, an interview's answers and a transcript's turns blanked out in `own`) that hold one of
VOICES and report no one (no reporting verb of own_verdicts.REPORTING in the sentence), and needs VOICE_MIN of them.

An organisation's press release also says "we believe" in its own words; it speaks of its own work as well ("our
members", "we are delighted", "we have launched", "our charity"): a text with one of ORGANISATION_WORK is the
organisation's own statement, and the cue stays silent (the press release's own cues decide it).

Direction: a note in words (opinion or analysis) or None. Blind spots: a campaign's blog post in "we" that never names
its own work reads as an editorial (opinion too); a paper's editorial that says "we reported last week" still counts.
"""

from __future__ import annotations

import re

from .fastmatch import Starts, alternatives_prefixes, first_between
from .own_verdicts import REPORTING
from .text import Document

__all__ = ["VOICES", "VOICE_MIN", "ORGANISATION_WORK", "editorial_voice"]

# (name, pattern, why): the outlet's institutional voice giving its view. Lower-case text, at a word's start.
VOICES: tuple[tuple[str, str, str], ...] = (
    ("in our judgment", r"in our (?:judgment|judgement|view|opinion)", "the paper's judgment in its own words"),
    ("we believe", r"we (?:firmly |still |continue to |do not |don't )?(?:believe|think|contend|would urge|urge)\b",
     "the paper's belief"),
    ("we have argued", r"we (?:have|had) (?:long |always |consistently |repeatedly |often )?(?:argued|supported|backed|"
     r"opposed|called for|urged|said|warned|defended|championed)", "the paper's position over time"),
    ("we are not persuaded", r"we (?:are|remain) (?:not |un)?(?:persuaded|convinced)", "the paper weighing a case"),
    ("this newspaper", r"this (?:newspaper|paper|editorial board)|these (?:pages|columns)\b", "the paper naming itself"),
    ("the board's view", r"the (?:editorial )?board(?:'s|’s) view|the editorial board (?:believes|thinks|urges)",
     "the editorial board's view"),
)
_VOICE_RE = re.compile(r"(?<![\w'’])(?:" + "|".join(f"(?:{p})" for _, p, _ in VOICES) + r")")
# (speed52) where a voice can start: its alternatives' literal beginnings ("in our ", "we ", "this "), found once per
# document with str.find, the pattern tried only there (xlplugin/fastmatch.py), not at every character
_VOICE_PREFIXES = alternatives_prefixes([p for _, p, _ in VOICES])
assert _VOICE_PREFIXES is not None
_VOICE_STARTS = Starts(_VOICE_RE, _VOICE_PREFIXES, False)
# an organisation speaking of its own work: a press release's "we", not a paper's
ORGANISATION_WORK = re.compile(
    r"\b(?:our (?:members|customers|clients|staff|team|volunteers|services|products|charity|organisation|organization|"
    r"company|supporters|partners|programme|scheme|patients|pupils|students)|we are (?:delighted|pleased|proud|excited|"
    r"thrilled)|we (?:have |are |today )?(?:launched|launching|launch|offer|provide|deliver)\b|for immediate release)")
_ORGANISATION_WORK_STARTS = Starts.of(ORGANISATION_WORK)  # (speed52) as _VOICE_STARTS
assert _ORGANISATION_WORK_STARTS is not None
VOICE_MIN = 2  # two sentences: a report's writer may slip one "we" in ("we asked the council", "as we reported")


def editorial_voice(doc: Document, own: str) -> str | None:
    """VOICE_MIN or more sentences of the lower-cased writer's own words (`own`, the same length as `doc.text`) in the
    outlet's institutional voice ("in our judgment", "we believe", "we have long argued", "the Board's view") that
    report no one, in a text that never speaks of an organisation's own work (ORGANISATION_WORK)."""
    if "we" not in own and "our" not in own and "board" not in own and "this" not in own:
        return None
    found: list[str] = []
    voices_at = _VOICE_STARTS.positions(own)
    for sentence in doc.sentences:
        m = first_between(_VOICE_RE, own, voices_at, sentence.start, sentence.end)
        if m is None or any(r.start() >= m.end() or r.end() <= m.start()  # the voice's own "believe" is no report
                            for r in REPORTING.finditer(doc.analysis.lower_text, sentence.start, sentence.end)):
            continue
        found.append(" ".join(m.group().split()[:4]))
    # (speed57) the organisation's own work silences the cue: looked for only where there is one to silence (most
    # texts give no voice in VOICE_MIN sentences)
    if len(found) < VOICE_MIN or _ORGANISATION_WORK_STARTS.search(own) is not None:
        return None
    return f"{len(found)} sentences: " + ", ".join(repr(v) for v in found[:3])

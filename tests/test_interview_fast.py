"""The interview and transcript detectors' pre-tests give what the plain readings give: the
labelled turns found among the lines `interview._label_candidates` picks (from the text's colons
and "Q." / "A." openings) are those found among all its lines, and `find` and `transcript` (which
skip the list of lines when a count says no form can be found) return what the plain reading of
every line returns, on the example documents, the seed articles, the saved web pages and texts
of my own."""

from __future__ import annotations

import pytest

from xlplugin import interview
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS, SHARED

OWN = [
    "Q. Why did the ferry stop?\nA. The engine failed twice in one week, and we had no spare.\n"
    "Q. When will it run again?\nA. Not before June, I am told by the yard.",
    "  **Q.** What changed?\n**A.** Nothing much changed for the village, I think.\n"
    "*Q.* And now?\n*A.* Now we wait for the council to decide what it wants.",
    "Interview: the harbour master\n\nCHAIR ROSS: Why was the quay closed?\nMS WEBB: Because it was unsafe.\n"
    "CHAIR ROSS: Who decided?\nMS WEBB: The board did, on advice.\nCHAIR ROSS: Thank you.",
    "Minutes: the meeting of 4 May\nAna: We start with the budget.\nBen: It is short by a third.\n"
    "Ana: Then we cut the events?\nBen: Yes, all but one.",
    "Critics: the plan is too slow.\nThe council says it is on time. Why would anyone doubt it?\n"
    "Supporters: it is fine.",
    "A label far along the line: " + "x" * 60 + ": no turn here.\nQ: short?\nA: an answer of a few words here.",
    "Five questions for a baker\n\nWhy bread?\nI grew up in my father's bakery and never left it.\n"
    "What is hard?\nThe hours, I start at three in the morning most days.\n"
    "Would you change it?\nNo, I would not change a thing about my work.",
    "No label here at all. Just prose? Yes. Prose? Indeed, and more prose.",
    "q. lower case letter label?\na. and a lower case answer to it, at some length here.\n"
    "q. again?\na. and again, with another answer of some length.",
]


def _plain_turns(doc):
    return interview._turns(doc.text, interview._text_lines(doc))


def _plain_find(doc):
    if "?" not in doc.text:
        return None
    lines = interview._text_lines(doc)
    return interview._labelled(doc.text, _plain_turns(doc)) or interview._question_lines(doc, lines)


def _plain_transcript(doc):
    """The transcript rule as written before the pre-tests: every line read."""
    if ":" not in doc.text:
        return None
    lines = interview._text_lines(doc)
    turns = [(role, s, e) for role, s, e in _plain_turns(doc) if role not in ("q", "a")]
    counts: dict[str, int] = {}
    for role, _, _ in turns:
        counts[role] = counts.get(role, 0) + 1
    if turns and lines and turns[0][1] == lines[0][0] and counts[turns[0][0]] == 1:
        counts.pop(turns.pop(0)[0])
    if len(turns) < interview.MIN_TURNS:
        return None
    speakers = sum(n >= 2 for n in counts.values())
    body = [s for s, _ in lines[1:]]
    opening = {s for _, s, _ in turns}
    if speakers < interview.MIN_SPEAKERS or sum(s in opening for s in body) < interview.TURN_LINE_SHARE * len(body):
        return None
    return interview.Transcript(len(counts), tuple((s, e) for _, s, e in turns))


def _check(texts: list[str]) -> dict[str, int]:
    seen = {"turns": 0, "interviews": 0, "transcripts": 0}
    for text in texts:
        doc = prepare(text)
        plain = _plain_turns(doc)
        assert interview._turns(doc.text, interview._label_candidates(doc.text)) == plain, text[:80]
        found, turns = interview.find(doc), interview.transcript(doc)
        assert found == _plain_find(doc), text[:80]
        assert turns == _plain_transcript(doc), text[:80]
        seen["turns"] += len(plain)
        seen["interviews"] += found is not None
        seen["transcripts"] += turns is not None
    return seen


def test_own_texts():
    seen = _check(OWN)
    assert seen["interviews"] >= 4 and seen["transcripts"] >= 2, seen


def test_seeds_and_examples():
    texts = [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    if not texts:
        pytest.skip("no seed articles or examples found")
    assert _check(texts)["turns"] > 3


def test_web_pages():
    folder = SHARED / "corpus" / "web"
    if not folder.is_dir():
        pytest.skip(f"saved web pages absent: {folder} not found (read from ../shared, never copied)")
    from xlplugin.inputs import read_paths

    texts = [r.text for r in read_paths([str(folder)]) if hasattr(r, "text")]
    assert _check(texts)["turns"] > 3


def test_question_candidates_are_the_lines_with_a_question_mark():
    for text in OWN + ["?\nWhy?\n\n  \nAnswer here?\n?", "Title\nA?\nB?\nC? D?\nE"]:
        doc = prepare(text)
        lines = interview._text_lines(doc)
        plain = [k for k in range(1, len(lines) - 1) if "?" in text[lines[k][0]:lines[k][1]]]
        assert interview._question_candidates(doc.text, lines) == plain, text

"""What the prose tests share: the lines a text holds that are not prose, read by rule, and four
plain news paragraphs for the batch step that finds one outlet's repeated furniture."""

from __future__ import annotations

from xlplugin import prose
from xlplugin.text import prepare

# Four short reports of one outlet, each on its own subject: a paragraph added to all of them is
# the outlet's furniture; nothing in them repeats.
OUTLET_BODIES = [
    "The council approved the harbour budget on Tuesday after a long debate about tolls. "
    "The treasurer said it would cost 40 million pounds over five years, mostly for dredging.",
    "Shops on the high street reported their busiest weekend since the spring. Footfall rose by "
    "12 percent compared with the same weekend last year, the traders' association said.",
    "The ferry timetable changes next month, the operator announced on Friday. Two early "
    "sailings will be cut because fewer than twenty passengers used them in the winter.",
    "A new footbridge over the river will open in June, the county engineer told councillors. "
    "It replaces a crossing that was closed in 2023 after an inspection found corroded cables.",
]


def not_prose_rules(text: str) -> dict[str, str]:
    """{line text: rule} for the lines (or spans) of `text` that are not prose."""
    doc = prepare(text)
    return {doc.text[s:e].strip(): rule for s, e, rule in prose.not_prose_spans(doc)}

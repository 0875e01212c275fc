"""(byline18) A masthead line: the publication's name, a dash, and a tagline.

"THE PEOPLE'S DISPATCH \u2014 Weekly Action Newsletter", "The Money Desk \u2014 Episode 212: ..." open a
newsletter or a podcast's page with its own name. A dateline has the same shape ("LONDON \u2014 The
council said ...") but names a place, often a date, and the story's first sentence follows the dash.
What tells them apart is the tagline: a short label, not a sentence, that names an issue or an
episode (its first word: "Episode 212", "Issue 4") or says what the publication is (its last word:
"Weekly Action Newsletter", "Patriot Briefing"). The provenance line pass and the kinds rule read no
dateline in such a line, and the clickbait cue reads no shouting in the name written in capitals.
"""

from __future__ import annotations

import re

# A tagline opening with one of these words numbers an issue, an episode or an edition.
NUMBERING_WORDS = frozenset({"episode", "ep", "issue", "edition", "no", "vol", "volume", "season", "part"})
# A tagline ending in one of these words says what kind of publication this is.
PUBLICATION_WORDS = frozenset({
    "newsletter", "briefing", "bulletin", "digest", "podcast", "roundup", "dispatch", "edition", "letter",
    "magazine", "journal", "show", "update",
})
TAGLINE_WORDS = 10  # a tagline is short: a label, not a sentence
NAME_WORDS = 6

_LINE_RE = re.compile(r"[ \t]*(?P<name>[^\n\u2014\u2013]{2,60}?)[ \t]+(?:\u2014|\u2013|--?)[ \t]+(?P<tagline>[^\n]+?)[ \t]*$")
_NAME_WORD_RE = re.compile(r"(?:[A-Z][\w'\u2019.&-]*|of|the|and|for|&)$")
_WORD_RE = re.compile(r"[a-z]+")


def masthead_name(line: str) -> str:
    """The publication's name where `line` (one line of text) is a masthead "NAME \u2014 tagline"
    (see the module's note), with the white space before it; "" where it is none."""
    m = _LINE_RE.match(line)
    if m is None:
        return ""
    name_words = m.group("name").split()
    if not 1 <= len(name_words) <= NAME_WORDS or not all(_NAME_WORD_RE.match(w) for w in name_words) \
            or not name_words[0][0].isupper():
        return ""
    tagline = m.group("tagline")
    words = _WORD_RE.findall(tagline.lower())
    if not words or len(tagline.split()) > TAGLINE_WORDS:
        return ""
    numbered = words[0] in NUMBERING_WORDS and re.match(r"\W*[A-Za-z]+\.?[ \t]*\d", tagline) is not None
    if numbered or (words[-1] in PUBLICATION_WORDS and not tagline.rstrip().endswith(".")):
        return line[: m.end("name")]
    return ""


def line_at(text: str, at: int) -> str:
    """The line of `text` holding the offset `at`."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]

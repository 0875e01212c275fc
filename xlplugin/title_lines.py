"""(attrib16) A text's headline line is its title, not a claim it makes.

A headline sums up the story below it ("Council to shut 3 libraries as budget gap hits 40
million pounds"): the claims are made, and sourced or not, in the text; counted again at the top
they would count one claim twice and make every headline an unsourced one. The headline is the
text's first line where it is the title given (a workbook's title column, a page's title) or
where it is shaped as one (`file_titles.headline_line`: 3 to 25 words, no sentence end, then a
blank line or a byline). (titles18) A label line above it ("OPINION", "FOR IMMEDIATE RELEASE":
`file_titles.label_line`) is passed over: the headline is the line after it; (loose25) two label
lines too ("TOWN OF ASHBURY", "PUBLIC NOTICE").

Used by `xlplugin.scorers.unsourced_claims`: sentences inside the line hold no claims. (An
author's bio line is the other piece of furniture it passes over: `provenance_sources.author_bio`.)
"""

from __future__ import annotations

from .file_titles import MAX_LABEL_LINES, headline_line, label_line
from .text import Document

__all__ = ["headline_end"]


def headline_end(doc: Document) -> int:
    """Where the text's headline line ends (the first non-empty line, where it is the given title
    or shaped as a headline), or 0 where the text opens with no headline."""
    text = doc.text
    labels = 0
    for s, e in doc.lines[:10]:
        line = text[s:e].strip()
        if not line:
            continue
        bare = " ".join(line.lstrip("#").split()).lower()
        title = " ".join(doc.title.split()).lower()
        if bare and (bare == title or bare == " ".join(headline_line(text).split()).lower()):
            return e
        if labels < MAX_LABEL_LINES and label_line(line):
            labels += 1  # (titles18) a label over the headline: the headline is the next line (loose25: two labels)
            continue
        return 0
    return 0

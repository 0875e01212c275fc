"""(claims47) The sentences that lead into a block of code: a tutorial's instructions, no claims.

A tutorial or a documentation page introduces each command or listing with a sentence of its own:
"Here is how to set it up with 2 worker threads:", "The following command installs version 2.4 of
the package:", "The currently active settings can be shown by". It says what the code below
does for the reader who runs it; its figures and names are the code's (a version to install, a
count of threads), not a statement about the world a reader could check against a source. The
unsourced-claims scorer passes over such a sentence (`lead_ins`).

The rule: the sentence is the last one on its line, the next line that is not blank starts with
code (the not-prose rule "code" of `xlplugin.prose`: a "$" or "%" prompt, a fenced block, a line
of program code), and the sentence leads into it: it ends in a colon, or in no mark after a word
of LEAD_LAST_WORDS (a sentence the code finishes: "... can be shown by", "... start it with"), or
it names the code with one of LEAD_WORDS ("the following command installs the package."). A
sentence that ends in a full stop and names nothing below ("Version 2.4 fixed 12 bugs.") stays a
claim although code follows, and so does a heading with no mark over a table ("The most popular
grills in week 49" over "| Name | Price |").

Blind spots: a lead-in whose code the page's extraction lost or wrote as prose; a claim that
happens to end in a colon right above a listing.
"""

from __future__ import annotations

import bisect

from .prose import code_spans
from .text import Document

__all__ = ["LEAD_LAST_WORDS", "LEAD_WORDS", "lead_ins"]

# Words by which a sentence ending in a full stop points at the code under it ("The following
# command installs the package.", "Run the script below.", "as follows.").
LEAD_WORDS = frozenset(("following", "below", "follows"))
# The last words of a sentence with no end mark that the code under it finishes ("... can be
# shown by", "... start the server with", "... install it using", "... then run").
LEAD_LAST_WORDS = frozenset(("by", "with", "using", "via", "run", "type", "enter"))


def lead_ins(doc: Document) -> frozenset[int]:
    """The indexes of the sentences that lead into code right under them."""
    spans = code_spans(doc)
    if not spans:
        return frozenset()
    text, starts = doc.text, [s for s, _ in spans]
    found = set()
    for k, sentence in enumerate(doc.sentences):
        line_end = text.find("\n", sentence.end)
        if line_end < 0 or text[sentence.end : line_end].strip():
            continue  # the last sentence of a line that has a next line
        pos = line_end
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or not spans[i][0] <= pos < spans[i][1]:
            continue
        body = sentence.text.rstrip()
        words = set(doc.lowers[sentence.first_token : sentence.last_token])
        last = doc.lowers[sentence.last_token - 1] if sentence.last_token > sentence.first_token else ""
        if body.endswith(":") or (body[-1:].isalnum() and last in LEAD_LAST_WORDS) or (body.endswith(".") and words & LEAD_WORDS):
            found.add(k)
    return frozenset(found)

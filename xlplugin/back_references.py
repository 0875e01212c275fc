"""(attrib16) "According to the report" points back. Whether it is a source depends on what came
before it. When an earlier sentence named that report, or who made it ("The council published a
report on Monday.", "A report by the Audit Office ..."), the phrase refers to it: a document
source a reader can look up. When no earlier sentence did, the reader cannot tell which report
or whose: it stays a vague source (attribution.txt [weasel_phrases] lists it).

Only the listed phrases of this shape are read: "according to", "the", "this" or "that", then a
document word of [document_words] or its plural ("according to the reports"). Other definite
documents ("according to the notice") were a source already: the text is taken to have named
them (claims15).

(claims17) The same holds for a document as the bare subject of a verb of saying: "The study
found", "The report said" (three words: "the", a document word, the verb) is a document source
when an earlier sentence named the study or who made it, and a vague one when none did ("a
document the text has not named"): the reader cannot tell which study. A qualifier or an owner
says which ("The 2024 safety audit recommends", "The council's report said": left as sources).

Called once per document from `xlplugin.cues` (`find_attributions`), after each sentence's own
attribution is found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from .cues import Attribution
    from .text import Document

__all__ = ["with_back_references"]

# "according to the report", "according to the reports": the document word is group 1
_BARE_RE = re.compile(r"according to (?:the|this|that) ([a-z]+)", re.IGNORECASE)
# Kinds of attribution that say who made a document named in the same sentence
_IDENTIFYING = frozenset(("named", "role", "document", "link"))
BACK_DETAIL = "a document the text named before"
# (claims17) "The study found", "The report said": the document word is group 1
_SUBJECT_RE = re.compile(r"the ([a-z]+) [a-z]+", re.IGNORECASE)
UNNAMED_DETAIL = "a document the text has not named"


def _forms(word: str) -> frozenset[str]:
    """The singular and plural of a document word ("report", "reports")."""
    return frozenset((word[:-1], word)) if word.endswith("s") else frozenset((word, word + "s"))


def with_back_references(doc: Document, found: list[Attribution | None], documents: frozenset[str],
                         says_who: Callable[[str, str], bool],
                         make: Callable[[str, Attribution, str], Attribution]) -> list[Attribution | None]:
    """`found` (one attribution or None per sentence, changed in place and returned), with each
    vague "according to the report" made a document source when an earlier sentence holds that
    word and says whose it is (`_named_in`), and (claims17) each bare "The study found" made a
    vague source when none does. `says_who(text, lower)`: does a word name someone (a name, an organisation,
    a role)? `make(kind, old, detail)`: the new attribution."""
    text = doc.text
    for k, attr in enumerate(found):
        if attr is not None and attr.kind == "document" and attr.verb:
            m = _SUBJECT_RE.fullmatch(text, attr.start, attr.end)
            if m is not None and m.group(1).lower() in documents \
                    and not _named_in(doc, found, k, _forms(m.group(1).lower()), says_who):
                found[k] = make("weasel", attr, f"{UNNAMED_DETAIL}: \u201c{text[attr.start:attr.end]}\u201d")
            continue
        if attr is None or attr.kind != "weasel":
            continue
        m = _BARE_RE.fullmatch(text, attr.start, attr.end)
        if m is None:
            continue
        word = m.group(1).lower()
        if word not in documents and not (word.endswith("s") and word[:-1] in documents):
            continue
        if _named_in(doc, found, k, _forms(word), says_who):
            found[k] = make("document", attr, f"{BACK_DETAIL}: \u201c{text[attr.start:attr.end]}\u201d")
    return found


def _named_in(doc: Document, found: list[Attribution | None], k: int, forms: frozenset[str], says_who: Callable[[str, str], bool]) -> bool:
    """Does a sentence before sentence `k` hold a word of `forms` and say whose document it is:
    its own attribution names someone or a document (`_IDENTIFYING`), or a word of it after the
    first names someone (`says_who`)?"""
    sentences, lowers, texts = doc.sentences, doc.lowers, doc.token_texts
    for j in range(k):
        s = sentences[j]
        span = lowers[s.first_token:s.last_token]
        if forms.isdisjoint(span):
            continue
        attr = found[j]
        if attr is not None and attr.kind in _IDENTIFYING:
            return True
        if any(says_who(texts[t], lowers[t]) for t in range(s.first_token + 1, s.last_token)):
            return True
    return False

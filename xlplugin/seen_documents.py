"""(attrib16) Documents an outlet has obtained: "Documents seen by The Herald show ...", "Emails
obtained by the paper reveal ...", "Files shared with this newspaper suggest ...". The outlet
reports from papers it holds: the statement is sourced, by a document (a reader can ask the
outlet for it, as for "according to the indictment"). Before this, the words between the
participle and the verb were read as the source ("The Herald show" as a noun, "this newspaper"
as nothing), or as a named source, though the outlet is the reporter, not who spoke.

Called in one line from `xlplugin.cues` (`_offer_reporting_verb`). Word lists:
xlplugin/data/attribution.txt ([seen_document_participles], [seen_document_words],
[outlet_agent_words]).
"""

from __future__ import annotations

from .phrases import words
from .source_window import Words

__all__ = ["documents_seen_by"]

DATA_FILE = "attribution.txt"
_PARTICIPLES = words(DATA_FILE, "seen_document_participles")
_DOCUMENTS = words(DATA_FILE, "seen_document_words")
_OUTLETS = words(DATA_FILE, "outlet_agent_words")
_LINKS = frozenset(("by", "to", "with"))
_OUTLET_DETERMINERS = frozenset(("the", "this", "our"))
AGENT_MAX_WORDS = 4  # "the Sunday Morning Herald" (a longer stretch is no outlet's name)


def documents_seen_by(text: str, w: Words, verb: int, documents: frozenset[str], not_names: frozenset[str]) -> int | None:
    """The position of the document word when the words before the verb at `verb` are a
    document, a participle of [seen_document_participles], "by", "to" or "with", and an outlet
    right before the verb: a name in capitals ("The Herald", "Reuters") or "the", "this" or "our"
    and a word of [outlet_agent_words] ("the paper", "this newspaper"); else None. The document
    word may stand before a comma ("The files, seen by the BBC, show")."""
    lowers, texts = w.lowers, w.texts
    for link in range(verb - 2, max(0, verb - AGENT_MAX_WORDS - 2), -1):
        if lowers[link] in _LINKS:
            break
    else:
        return None
    participle = link - 1
    if participle < 1 or lowers[participle] not in _PARTICIPLES:
        return None
    document = participle - 1
    if lowers[document] not in documents and lowers[document] not in _DOCUMENTS:
        return None
    agent = range(link + 1, verb)
    if any("," in text[w.ends[k]:w.starts[k + 1]] for k in range(link, verb - 1)):
        return None  # (a comma inside: a clause, not one outlet's name; one before the verb closes the aside)
    if lowers[link + 1] in _OUTLET_DETERMINERS and lowers[verb - 1] in _OUTLETS:
        return document
    if all(texts[k][:1].isupper() or lowers[k] == "the" for k in agent) \
            and any(texts[k][:1].isupper() and lowers[k] not in not_names for k in agent):
        return document
    return None

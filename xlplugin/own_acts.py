"""(claims18) A sentence that tells another actor's act takes no source from the sentence before.

News names a source once and goes on in its words: "Library director Priya Nand said the branch
would stay open. It would keep its Sunday hours." The second sentence is still hers. But a
sentence that opens on a subject of its own followed by a plain past verb reports an event in
the writer's voice: "The council approved the plan by seven votes to two.", "Police arrested
four men on Tuesday.", "Visitor numbers fell by a third in 2024." Crediting the vote to the
librarian tells the reader something false about who said what.

Such a sentence opens with a short subject (at most SUBJECT_MAX words, no pronoun, no comma or
quotation mark before the verb) and a past verb that is no verb of saying and no auxiliary
("The council approved", "Police arrested", "The court ruled"). It keeps the source before it
when its subject is that source's speaker ("The council said ... The council voted ..."),
when it holds a quotation, and when its verb is backshifted ("The fees had risen", "It would
cost": reported speech going on).
"""

from __future__ import annotations

from .text import Document, Sentence

__all__ = ["tells_its_own_act"]

# The most words a subject may have before its verb ("The county's planning committee").
SUBJECT_MAX = 5
# Words that make the opening words no subject of their own: a pronoun may be the speaker
# ("She added", "Her office"), a modal or an auxiliary keeps the reported speech going.
_NOT_OWN_SUBJECT = frozenset(
    """he she they it we i you his her their its our my your this that these those there
    who which what would could should might may must will can shall had has have was were is are
    be been did does do""".split())
# Irregular past tenses of plain acts (regular ones end in "-ed").
_IRREGULAR_PAST = frozenset(
    """went came made took gave got lost won put sent spent left kept paid built sold bought
    brought fell rose grew began became led held ran met fought found struck threw broke chose
    drove shut cut hit beat caught""".split())


def _past_act(lw: str, reporting: frozenset[str]) -> bool:
    """A plain past verb of an act: listed, or a regular "-ed" form; no verb of saying."""
    if lw in reporting:
        return False
    return lw in _IRREGULAR_PAST or (lw.endswith("ed") and len(lw) > 4 and not lw.endswith("eed"))


def tells_its_own_act(doc: Document, sentence: Sentence, speaker: tuple[int, int], reporting: frozenset[str]) -> bool:
    """Does `sentence` open on a subject of its own and a plain past verb of an act, so that it
    reports an event rather than going on with the words of the source whose words are the
    character span `speaker` in the sentence before? `reporting`: the verbs of saying. See the
    module's docstring."""
    a, b = sentence.first_token, sentence.last_token
    lowers, starts, text = doc.lowers, doc.token_starts, doc.text
    for v in range(a + 1, min(b, a + SUBJECT_MAX + 1)):
        lw = lowers[v]
        if lw in _NOT_OWN_SUBJECT or lw in reporting:
            return False
        if _past_act(lw, reporting) and not doc.token_texts[v][:1].isupper():
            break
    else:
        return False
    subject = lowers[a:v]
    if not _NOT_OWN_SUBJECT.isdisjoint(subject) or any(c in text[starts[a] : starts[v]] for c, in ",;:\u201c\u201d\"()"):
        return False
    if doc.analysis.sentence_has_quote(sentence):
        return False
    said = text[speaker[0] : speaker[1]].lower()
    return subject[-1] not in said.split()

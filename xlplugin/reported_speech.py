"""(sides26) A label inside reported speech is the speaker's word, not the author's.

"Council member Ann Brooks said the plan was shaped by fat cats", "According to Ortiz, the
board is run by globalists", "The budget was written by bloodsucking landlords, Lind said": the
label is what a named speaker said, reported without quotation marks, as a quotation reports it
with them. The loaded-language scorer counts it as quoted ("quoted derogatory"), for either
side's labels alike: before, a label of the speaker's counted against the author whenever the
lexicon listed it, so a report of one side's insults looked more slanted than a report of the
other's, whose labels the lexicon missed.

Read from the sentence's attribution (`xlplugin.cues`, `doc.analysis.attributions`): a source
that is a name, a role or a pronoun, found through a verb of saying. The label counts as
reported in two places:
- after the source and its verb, in the same clause (no ";", ":" or dash between, and no "but"):
  "Brooks said the plan was shaped by fat cats", "Lind told the paper that ...";
- before a trailing tag that ends the sentence: "..., Lind said." or "..., Lind said on Tuesday."
  (the tag opens with its source, after a comma).
(loose27) In a sentence that also quotes its speaker, the first place holds with no quotation and
no comma between the verb and the label ('Smith said the protesters were a mob: "They are
traitors."'), or after a comma and a participle of saying ('"...," Ruiz said, adding that the
donors were fat cats'); the writer's apposition after a tag ('"...," said the mayor, a known
grifter') is not reported.
Not reported: a label of the speaker in the author's words ("The radical left's favourite mayor
said ...", "The mayor, a known grifter, told reporters ..."), a label after the reported clause
("Lind said the plan was fine; the fat cats disagree"), the writer's own "I said", a vague source
("Critics say ...": an unsourced claim, `[weasel_phrases]`), and a label the writer agrees with
in a clause of their own after "but".
"""

from __future__ import annotations

from .text import Document

# the kinds of source whose verb of saying makes its clause reported speech
_SPEAKER_KINDS = frozenset(("named", "role", "pronoun"))
_FIRST_PERSON = frozenset("i we my our".split())  # (loose27) "Our history teaches that ...": the writer's
# marks that end a reported clause: what follows is the author's again
_CLAUSE_ENDS = (";", ":", "\u2014", "\u2013", " - ", "(")
# A source opening with one of these is no speaker ("whatever they say", "whoever says it").
_NO_SPEAKER_OPENERS = frozenset({"whatever", "whoever", "whichever", "however", "no", "nobody"})
_TAG_TAIL_WORDS = 4  # words a trailing tag may hold after its verb ("Lind said on Tuesday night")
_TAG_VERBS = frozenset(
    """said says told tells added adds wrote writes argued argues insisted insists claimed claims
    alleged alleges warned warns stated states declared declares according""".split())


def reported(doc: Document, k: int, start: int, end: int) -> bool:
    """Is the cue at characters start..end of sentence k inside reported speech of a named
    speaker (see the module's docstring)?"""
    attributions = doc.analysis.attributions
    a = attributions[k] if k < len(attributions) else None
    if a is None or a.kind not in _SPEAKER_KINDS or not a.verb:
        return False
    text = doc.text
    source = text[a.start : a.end].split()
    if not source or source[0].lower() in _FIRST_PERSON or source[0].lower() in _NO_SPEAKER_OPENERS:
        return False  # ("..., whatever they say.": a shrug at what anyone says, no speaker's words)
    if a.quote:
        return start >= a.end and _beside_quotation(doc, a.end, start)
    if start >= a.end:
        between = text[a.end : start]
        return not any(mark in between for mark in _CLAUSE_ENDS) and " but " not in f" {between.lower()} "
    if end <= a.start:
        return _trailing_tag(doc, k, a.start, a.end, end, source)
    return False


# (loose27) participles that go on with the speaker's words after a comma ('"...," Smith said,
# adding that the protesters were a mob')
_GOING_ON = frozenset("adding saying insisting arguing claiming warning noting".split())


def _beside_quotation(doc: Document, verb_end: int, start: int) -> bool:
    """(loose27) In a sentence that also quotes its speaker, is the cue at `start` in the
    speaker's reported clause: after the source and its verb with no quotation, clause mark or
    comma between ('Smith said the protesters were a mob: "They are traitors."'), or after a
    comma and a participle of saying ('"...," Smith said, adding that the protesters were a
    mob')? Not the writer's apposition after a tag ('"...," said the mayor, a known grifter')."""
    between = doc.text[verb_end:start]
    if any(mark in between for mark in _CLAUSE_ENDS) or " but " in f" {between.lower()} " \
            or any(q in between for q in '"\u201c\u201d'):
        return False
    if "," not in between:
        return True
    words = between.rsplit(",", 1)[1].split()
    return bool(words) and words[0].lower() in _GOING_ON


def _trailing_tag(doc: Document, k: int, tag_start: int, tag_end: int, cue_end: int, source: list[str]) -> bool:
    """Does the attribution at tag_start..tag_end close its sentence after a comma, with its
    source first ("..., Lind said on Tuesday."), and no clause mark between the cue and it?"""
    text = doc.text
    if not text[:tag_start].rstrip().endswith(",") or source[0].lower().strip(",") in _TAG_VERBS:
        return False  # "The mayor, a known grifter, told reporters ...": the author's apposition
    sentence = doc.sentences[k]
    rest = text[tag_end : sentence.start + len(sentence.text)].split()
    if len(rest) > _TAG_TAIL_WORDS:
        return False
    between = text[cue_end:tag_start]
    return not any(mark in between for mark in _CLAUSE_ENDS)

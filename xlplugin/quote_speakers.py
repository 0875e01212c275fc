"""Whose words a quotation is (loaded language, version 28): a quotation with a speaker named next
to it is the speaker's; a long quotation with nobody named as its speaker is the author's text.

README: "Words inside an attributed quotation belong to the person quoted". Until version 27 every
quotation that was not a scare quote was excused, so a statement written wholly inside quotation
marks, with no speaker anywhere, counted none of its loaded words. A speaker is named, as a class:

- a verb of speaking or a source word ([speaker_words] of loaded_language.txt: "said", "told",
  "according", "warned", "accused", "chanted") in the quotation's sentence or sentences outside the
  quotation, or in the sentence right before or right after it (a reply quoted over two sentences,
  "... ," she said. "They cheated us.");
- an introduction ending in a colon right before it ("Another protester, Gary Lund, said:" is read
  by the first rule too; "The sign on the door: “...”" by this one);
- a dash credit right after it (“...” — Maureen Cole; “...” - the council), a reference in
  parentheses (“...” (Romans 13:4)), or a speech tag after it (“...,” and a tag; “...!” he said);
- a quotation right after one with a speaker, with nothing of the author's between: the same
  speaker goes on.
- (loaded47) a law or a document named in the subject that opens the quotation's sentence
  ([quoting_document_words]: "The law forbids “cruel, degrading or inhuman treatment”", "Under
  the new act, schools must end “the appalling practice of caning”"): the quotation is its
  wording (`_document_source`).

Only quotations of more than `LONG_WORDS` words are read: a scare quote (a word or two, the
author's already) and a short capitalised quotation (a name, a slogan, a title) keep their rules.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from .phrases import phrases, words
from .text import Document

__all__ = ["unspoken_quotation"]

LONG_WORDS = 3  # loaded_language.SCARE_QUOTE_MAX_WORDS: longer quotations are speech, if anyone's
_DASHES = ("\u2014", "\u2013", "-", "~")


def unspoken_quotation(doc: Document, span: tuple[int, int], previous: tuple[int, int] | None = None) -> bool:
    """Is the quotation at `span` (marks included) a long one with no speaker named next to it?
    `previous`: the last quotation before it that has a speaker; one that follows it with nothing
    of the author's between (spaces, a line break, "and") goes on with the same speaker."""
    start, end = span
    if len(doc.text[start + 1 : end - 1].split()) <= LONG_WORDS:
        return False
    if previous is not None and doc.text[previous[1] : start].strip(" \n\t,;.") in ("", "and", "or"):
        return False
    if doc.text[:start].rstrip().endswith(":") or _dash_credit(doc.text, end) or _tag_after(doc.text, start, end):
        return False
    speakers = _speakers()
    starts = doc.analysis.sentence_starts
    first = max(0, bisect.bisect_right(starts, start) - 1)
    last = max(0, bisect.bisect_right(starts, max(start, end - 1)) - 1)
    lo = doc.sentences[max(0, first - 1)].first_token if doc.sentences else 0
    hi = doc.sentences[min(len(doc.sentences), last + 2) - 1].last_token if doc.sentences else 0
    # (and the rest of the quotation's paragraph: a speaker named earlier in it)
    lo = min(lo, bisect.bisect_left(doc.token_starts, doc.text.rfind("\n", 0, start) + 1))
    para_end = doc.text.find("\n", end)
    hi = max(hi, bisect.bisect_left(doc.token_starts, len(doc.text) if para_end < 0 else para_end))
    if any(doc.lowers[i] in speakers and not start <= doc.token_starts[i] < end for i in range(lo, hi)):
        return False
    return not _document_source(doc, first, start)


# (loaded47) the words that may open a sentence before the document named as its subject: articles,
# possessives and modifiers of a law's or a report's name ("The new act", "Its final report",
# "Under section 5 of the 1998 act", "In the draft guidance"); a capitalised word (a name: "The
# Clean Air Act", "Ofsted's report") and a number ("The 40-page report") too.
_DOCUMENT_OPENERS = frozenset("""the a an its their his her our this that these those new draft final proposed amended
    revised current existing same latest full original official under in of and federal state national local
    written annual interim leaked internal""".split())
DOCUMENT_SUBJECT_WORDS = 8  # the most words of the subject before the document word


def _document_source(doc: Document, sentence: int, start: int) -> bool:
    """(loaded47) Does the subject that opens the sentence of the quotation at `start` name a law
    or a document ([quoting_document_words]): the document word among its first
    DOCUMENT_SUBJECT_WORDS words, every word before it an opener of `_DOCUMENT_OPENERS`, a name
    in capitals, a possessive or a number, and no form of "be" right after it? "The protesters
    broke the law with “...”": the law is no subject, the quotation the writer's."""
    if not doc.sentences:
        return False
    documents = _documents()
    lowers, starts, text = doc.lowers, doc.token_starts, doc.text
    first = doc.sentences[sentence].first_token
    for i in range(first, min(first + DOCUMENT_SUBJECT_WORDS, doc.sentences[sentence].last_token)):
        if starts[i] >= start:
            return False
        word = lowers[i]
        if word in documents:
            # (not "The report is “a shameless and cynical whitewash”": the quotation then says what
            # the document is, someone's verdict on it, not its wording)
            return i + 1 < len(lowers) and lowers[i + 1] not in _BE
        raw = text[starts[i] : doc.token_ends[i]]
        if not (word in _DOCUMENT_OPENERS or raw[:1].isupper() or raw[:1].isdigit()
                or word.endswith(("'s", "\u2019s"))):
            return False
    return False


def document_subject(doc: Document, sentence: int) -> bool:
    """(loaded48) Does sentence `sentence` open with a law or a document as its subject ("The
    report explores data showing ...", "The 40-page review found ...": `_document_source` read
    over the whole sentence)? The next sentence of its paragraph may go on with its findings."""
    return 0 <= sentence < len(doc.sentences) and _document_source(doc, sentence, doc.sentences[sentence].end)


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    return words("loaded_language.txt", "quoting_document_words")


def _tag_after(text: str, start: int, end: int) -> bool:
    """Does a speech tag or a citation follow the quotation: its words end in a comma (“...,” and
    a speaker's tag after it), or in "!" / "?" followed by a lower-case word (“...!” he said), or
    a reference in parentheses follows it (“...” (Romans 13:4))?"""
    inner = text[start + 1 : end - 1].rstrip()
    after = text[end : end + 3].lstrip(" ")
    if inner.endswith(",") or after.startswith("("):
        return True
    return inner.endswith(("!", "?")) and after[:1].islower()


@lru_cache(maxsize=1)
def _speakers() -> frozenset[str]:
    return words("loaded_language.txt", "speaker_words")


def _dash_credit(text: str, end: int) -> bool:
    """Does a dash and a capitalised word follow the quotation (“...” — Maureen Cole)?"""
    after = text[end : end + 40].lstrip(" ,")
    return after[:1] in _DASHES and after[1:].lstrip(" \u2014\u2013-")[:1].isupper()


# --- (version 28) a named subject's characterisation: "X described the count as a shambles"
# (fair27) in the present too ("Critics call the closure a betrayal"), with verbs of seeing one
# thing as another ("Unions see the closure as a betrayal", "Opponents regard it as a disgrace")
# and in the passive with its namer after "by" ("will be read by some as a story of betrayal",
# "was called a disgrace by the union").

# (fair27: the base forms added are no common nouns: not "brand", "label", "term"; "call" is read
# as a verb only after a subject, never after a determiner, "a call")
_CHARACTERISING = frozenset("""described describes describe branded brands called calls call
    labelled labeled dubbed dubs dub termed consider considers considered deem deems deemed portray
    portrays portrayed characterise characterises characterised characterize characterizes
    characterized""".split())
# these take "as" before the characterisation
_AS_VERBS = frozenset("""described describes describe portray portrays portrayed characterise
    characterises characterised characterize characterizes characterized see sees saw seen view views
    viewed regard regards regarded read reads interpret interprets interpreted perceive perceives
    perceived denounce denounces denounced decry decries decried dismiss dismisses dismissed cast casts
    paint paints painted frame frames framed""".split())
CHARACTERISATION_WINDOW = 6  # words from the verb to the cue ("described the count as a shambles")
AS_WINDOW = 9  # (fair27) from a verb of "as" to the cue ("read by some as a story of corporate betrayal")
AS_PHRASE = 5  # (fair27) words from "as" to the cue at most ("as a story of corporate betrayal")
_NOT_SUBJECTS = frozenset("""i we you it this that which who and or is was were are be been being
    to let let's lets would could might may should must can will shall one a an the these those its
    his her their our my your""".split())
# (fair27) words between a subject and its verb that are no subject: auxiliaries and adverbs of
# time or manner ("have long called", "has also branded", "now see"); a word in "-ly" too
_SKIPPED = frozenset("have has had also long now already still even often once openly publicly only just".split())
_BE = frozenset("is was were are be been being am".split())
_LEAD_SKIPPED = _SKIPPED | _BE | frozenset(w.replace("'", q) for w in """did do does not never no n't didn't don't
    doesn't haven't hasn't hadn't wasn't weren't isn't aren't went go goes gone going wasted waste wastes
    lost lose loses shy shied shies shying had""".split() for q in "'\u2019")
# (fair27) words that end the namer's clause between the verb and the cue: the cue is then the
# predicate of another clause ("Critics called for a review, which is a disgrace")
_CLAUSE_STOPS = frozenset("said says that because but which who whom whose while when if is was were are".split())
_NOT_AGENTS = frozenset("me us my our myself ourselves".split())
AGENT_AFTER = 3  # (fair27) words after the cue looked at for "by" and its namer ("a disgrace by the union")
# (accuse27) a charge the text reports someone making: the words after "accused NAME of" are the
# accuser's ("Protesters accused the board of stealing the election", "critics accuse him of
# rigging the count"); the cue stands within AS_PHRASE words after the "of"
_ACCUSING = frozenset("accuse accuses accused accusing".split())
# words before "NAME accused of" that make its object the one accused ("whom the protesters accused of")
_OBJECT_RELATIVES = frozenset("whom who that which".split())
# marks between "of" and the cue that end the charge: what follows is the writer's again
_CHARGE_ENDS = (";", ":", "\u2014", "\u2013", " - ", "(")


def characterisation(doc: Document, i: int) -> bool:
    """Is the cue at word i the characterisation a named subject gives, nearly a quotation:
    within CHARACTERISATION_WINDOW words after "described ... as", "called", "branded",
    "labelled" or "dubbed" in its sentence, the verb right after a capitalised word or a
    noun that is no pronoun and no form of "be" ("Hargreaves described the count as a shambles",
    "the union branded the offer an insult"; not "was described as", "I called it")?

    (fair27) Also in the present and the base form ("Critics call the closure a betrayal", "what
    unions call a disgrace"), after "consider" and "deem", after a verb of seeing one thing as
    another within AS_WINDOW words ("Unions see the closure as a betrayal"), and in the passive
    when its namer stands after "by" ("will be read by some as a story of corporate betrayal",
    "was called a disgrace by the union"). Kept the writer's: a first-person or a modal namer
    ("I call it a betrayal", "Some would call it a betrayal", "You could call it a disaster"),
    an imperative or an infinitive ("Call it a betrayal", "It is fair to call it a disaster"), a
    passive without its namer ("what can only be called a betrayal"), and a question."""
    lowers, sentences = doc.lowers, doc.token_sentences
    first = doc.sentences[sentences[i]].first_token
    for v in range(i - 1, max(first, i - AS_WINDOW) - 1, -1):
        word = lowers[v]
        if word in _LEAD_VERBS and v > first:
            j = _lead_in(lowers, v, first)
            if j is not None:  # (loose30) "Democrats did not hesitate to call the bill a sham"
                return _lead_complement(lowers, v, i) and _lead_subject(doc, j, i, first)
        if word in _PARTICIPLES and _participle_clause(doc, v, first):
            return _participle_charge(doc, v, i) and _participle_subject(doc, v, i, first)
        if word in _ACCUSING:
            if word == "accused" and lowers[v + 1] == "of" and not _OBJECT_RELATIVES & set(lowers[max(first, v - 4) : v]):
                return _agent(doc, v, i)  # "a man accused of being ...", "was accused of": the passive names no accuser
            return v > first and _charge(doc, v, i) and _namer_before(doc, v, i)
        if word in _CHARACTERISING or word in _AS_VERBS:
            if word in _AS_VERBS and "as" not in lowers[max(v + 1, i - AS_PHRASE) : i]:
                if word not in _CHARACTERISING:
                    continue  # "saw" with no "as": another verb ("Residents saw the roof ...")
                return False
            if word not in _AS_VERBS and i - v > CHARACTERISATION_WINDOW:
                return False
            return v > first and _namer_before(doc, v, i)
        if word in _CLAUSE_STOPS:
            return False
    return False


# (loose30) a verb of naming after a lead-in of readiness, haste, extent or habit ([naming_lead_in_phrases]
# of loaded_language.txt: "did not hesitate to call", "were quick to brand", "rushed to brand",
# "have taken to calling", "went as far as calling", "wasted no time in calling"): the label is the
# subject's before the lead-in, as in "Critics call the closure a betrayal"
_LEAD_VERBS = frozenset("""call calls called calling brand branded branding label labelled labeled
    labelling labeling dub dubbed dubbing term termed terming describe describing portray portraying
    characterise characterising characterize characterizing depict depicting paint painting cast
    casting frame framing denounce denouncing decry decrying dismiss dismissing""".split())
# verbs of these that take "as" before the label ("rushed to dismiss the report as a hoax")
_LEAD_AS_VERBS = frozenset("""describe describing portray portraying characterise characterising
    characterize characterizing depict depicting paint painting cast casting frame framing denounce
    denouncing decry decrying dismiss dismissing""".split())
# words read over between the subject and the lead-in: auxiliaries, "not", the verb a lead-in
# takes ("went as far as", "wasted no time in", "did not shy away from", "had no qualms about")


def _lead_in(lowers: list[str], v: int, first: int) -> int | None:
    """(loose30) The first word of a lead-in phrase ([naming_lead_in_phrases]) that ends right
    before the verb of naming at v, inside its sentence; None when there is none."""
    for phrase in _lead_ins():
        n = len(phrase)
        if v - n >= first and tuple(lowers[v - n : v]) == phrase:
            return v - n
    return None


@lru_cache(maxsize=1)
def _lead_ins() -> tuple[tuple[str, ...], ...]:
    found = {p for group in phrases("loaded_language.txt", "naming_lead_in_phrases").values() for p in group}
    return tuple(sorted(found, key=len, reverse=True))


def _lead_complement(lowers: list[str], v: int, i: int) -> bool:
    """(loose30) Is the cue at i the label the verb at v gives: after "as" for a verb of
    [_LEAD_AS_VERBS] ("rushed to dismiss the report as a hoax"), within CHARACTERISATION_WINDOW
    words otherwise ("were quick to brand the probe a witch hunt")?"""
    if lowers[v] in _LEAD_AS_VERBS:
        return i - v <= AS_WINDOW and "as" in lowers[max(v + 1, i - AS_PHRASE) : i]
    return i - v <= CHARACTERISATION_WINDOW


def _lead_subject(doc: Document, j: int, i: int, first: int) -> bool:
    """(loose30) Is the subject before the lead-in at j someone other than the writer: back over
    auxiliaries, "not", adverbs and the lead-in's own verb ("did not", "were", "have", "went",
    "wasted"), a word that is no pronoun of the writer, no modal ("Nobody should hesitate to"),
    no "to"; none at all (an imperative, "Do not hesitate to call it a sham") is the writer's.
    "Smith, who was quick to call the protesters a mob, said" is Smith's ("The union, which ...",
    the union's); a question is no one's."""
    lowers = doc.lowers
    if doc.sentences[doc.token_sentences[i]].text.rstrip(" \t\n\"'\u201d\u2019)").endswith("?"):
        return False
    k = j - 1
    while k >= first and (lowers[k] in _LEAD_SKIPPED or lowers[k].endswith("ly") and len(lowers[k]) > 4):
        k -= 1
    if k < first:
        return False
    word = lowers[k]
    if word in ("who", "which") and k > first and doc.text[doc.token_ends[k - 1] : doc.token_starts[k]].strip() == ",":
        return lowers[k - 1] not in _NOT_AGENTS | _WRITER_WORDS  # "The union, which was quick to call ..."
    return not (word in _NOT_SUBJECTS or word in _WRITER_WORDS or word in _BE)


# (loose27) a participle clause of naming or accusing, opening the sentence or after a comma:
# "Calling the bill a disgrace, Senator Hale said ...", "Accusing the mayor of corruption, the
# councillor walked out", "Union leaders walked out, calling the closure a betrayal", '"They are
# traitors," Smith said, calling them a mob': the label is the clause's subject's, as in "Hale
# called the bill a disgrace"
_PARTICIPLES = frozenset("""calling branding labelling labeling dubbing terming describing
    portraying characterising characterizing depicting denouncing decrying dismissing accusing""".split())
_AS_PARTICIPLES = frozenset("""describing portraying characterising characterizing depicting denouncing
    decrying dismissing""".split())
# subjects that make the label the writer's ("Calling it a disgrace, I walked out") or name no one
_WRITER_SUBJECTS = frozenset("i we you it this that there let let's".split())
_WRITER_WORDS = frozenset("i we me us my our you".split())


def _participle_clause(doc: Document, v: int, first: int) -> bool:
    """(loose27) Does the participle at v open its sentence or follow a comma?"""
    return v == first or doc.text[doc.token_ends[v - 1] : doc.token_starts[v]].strip(" \"'\u201c\u201d") == ","


def _participle_charge(doc: Document, v: int, i: int) -> bool:
    """(loose27) Is the cue at i the complement of the participle at v: within its charge
    ("accusing the mayor of corruption"), after "as" ("describing the reform as a power grab") or
    within CHARACTERISATION_WINDOW words ("calling the protesters thugs"), with no comma between?"""
    lowers, text = doc.lowers, doc.text
    if lowers[v] == "accusing":
        return _charge(doc, v, i)  # "accusing Smith of racism, xenophobia and prejudice"
    if v == doc.sentences[doc.token_sentences[i]].first_token and "," in text[doc.token_ends[v] : doc.token_starts[i]]:
        return False  # "Calling the vote early, the chair ...": the opening clause has ended
    if lowers[i - 1] in ("and", "or") and lowers[i].endswith("ing"):
        return False  # "calling them names and bragging about the wall": the writer's verb
    if lowers[v] in _AS_PARTICIPLES:
        return "as" in lowers[max(v + 1, i - AS_PHRASE) : i]
    return i - v <= CHARACTERISATION_WINDOW


def _participle_subject(doc: Document, v: int, i: int, first: int) -> bool:
    """(loose27) Is the subject of the participle clause at v someone other than the writer?
    Opening the sentence, the clause's subject follows its comma ("Calling the bill a disgrace,
    Senator Hale said"; not "..., I walked out"); after a comma, it is the main clause's, before
    it: no first- or second-person word of the writer's there, outside quotations ('"We will
    win," Smith said, calling his rivals a cult'; not "I walked out, calling it a disgrace")."""
    lowers, sentences, text = doc.lowers, doc.token_sentences, doc.text
    sentence = doc.sentences[sentences[i]]
    if sentence.text.rstrip(" \t\n\"'\u201d\u2019)").endswith("?"):
        return False
    if v == first:
        for m in range(i, sentence.last_token - 1):
            if "," in text[doc.token_ends[m] : doc.token_starts[m + 1]]:
                return lowers[m + 1] not in _WRITER_SUBJECTS
        return False  # "Calling the bill a disgrace is unfair": a gerund, the writer's sentence
    own = [m for m in range(first, v) if doc.quote_at(doc.token_starts[m]) is None]
    if not own or lowers[own[0]] in _WRITER_SUBJECTS:
        return False
    return not any(lowers[m] in _WRITER_WORDS for m in own)


def _namer_before(doc: Document, v: int, i: int) -> bool:
    """Is the naming verb at v said by someone other than the writer: a subject before it that is
    no pronoun of the writer, no modal, no "to"; or, in the passive, a namer after "by"?"""
    lowers, sentences = doc.lowers, doc.token_sentences
    text = doc.sentences[sentences[i]].text.rstrip(" \t\n\"'\u201d\u2019)")
    if text.endswith("?"):
        return False  # "Would anyone call it a betrayal?"
    first = doc.sentences[sentences[i]].first_token
    k = v - 1
    while k > first and (lowers[k] in _SKIPPED or lowers[k].endswith("ly") and len(lowers[k]) > 4):
        k -= 1
    word = lowers[k]
    if word in _BE and lowers[v] == "accusing":
        k -= 1  # (accuse27) "They are accusing the board of ...": a progressive, no passive
        while k > first and (lowers[k] in _SKIPPED or lowers[k].endswith("ly") and len(lowers[k]) > 4):
            k -= 1
        word = lowers[k] if k >= first else "."
        if word in _BE:
            return False
    elif word in _BE:
        return _agent(doc, v, i)  # "was called a disgrace by the union", "read by some as"
    if word == "who" and k > first and doc.text[doc.token_ends[k - 1] : doc.token_starts[k]].strip() == ",":
        return lowers[k - 1] not in _NOT_AGENTS | _WRITER_WORDS  # (loose27) "Smith, who called the protesters a mob, said"
    if word in _NOT_SUBJECTS or word.endswith("ly") and len(word) > 4:
        return False
    return True


def _charge(doc: Document, v: int, i: int) -> bool:
    """(accuse27) Is the cue at word i inside the charge of the verb of accusing at v: an "of"
    between them, the cue within AS_PHRASE words after it, and no clause mark in between?"""
    lowers = doc.lowers
    ofs = [m for m in range(v + 1, i) if lowers[m] == "of"]
    if not ofs or i - ofs[-1] > AS_PHRASE:
        return False
    between = doc.text[doc.token_ends[ofs[0]] : doc.token_starts[i]]
    return not any(mark in between for mark in _CHARGE_ENDS)


def _agent(doc: Document, v: int, i: int) -> bool:
    """(fair27) Does "by" and a namer that is not the writer stand between the passive verb at v
    and the cue at i, or within AGENT_AFTER words after the cue in its sentence?"""
    lowers, sentences = doc.lowers, doc.token_sentences
    places = list(range(v + 1, i)) + [m for m in range(i + 1, min(i + 1 + AGENT_AFTER, len(lowers))) if sentences[m] == sentences[i]]
    return any(lowers[m] == "by" and m + 1 < len(lowers) and sentences[m + 1] == sentences[i]
               and lowers[m + 1] not in _NOT_AGENTS for m in places)

"""Interview form: questions put to someone and their answers, and where each stands in the text.

An interview is reporting: the questions are the interviewer's, put to the interviewee (not the
author's rhetorical questions), and the answers are the interviewee's words (their "I" is not
the author's). `find(doc)` says whether a text has that form and returns the spans (character
offsets into `doc.text`) of its questions and answers. Three forms are read:

- labels: lines opening with a question or answer label ("Q:", "A:", "Question 2:", "Frage:",
  "Antwort:") or a speaker's name ("Jane Doe:", "**DOE:**"), with at least MIN_PAIRS
  questions each followed by a turn of another speaker. A speaker whose turns are mostly
  questions is the interviewer; with question labels, every named speaker answers.
- questions and answers: a line that is one short question, followed by a line of prose that
  is not, at least MIN_PAIRS times, under an introduction or title that says it is an interview
  ("we spoke to", "Q&A", "five questions for"); or, without one, at least MIN_BARE_PAIRS times
  with the questions addressed to "you" and the answers in the first person singular (an
  explainer's subheadings ask questions too, but answer them in the second person). An answer
  line holds no question (a writer's run of rhetorical questions is no interview).

A transcript (`transcript(doc)`: a hearing, a debate, a podcast, a court record) is text made
mostly of speaker-labelled turns ("CHAIR ROSS:", "Councillor Webb:", "**Ana:**") of several
speakers, whether or not one of them asks the questions: every labelled turn is its speaker's
words, not the author's (as if in quotation marks). An opinion piece with a few labelled lines
("Critics: ...") among its own paragraphs is not one: most of its lines are the writer's.
(talk35) A broadcast's transcript copied one sentence a line (`_broadcast`: turns labelled by names in capitals,
"HANNITY:", "SARAH CARTER, CIRCA NEWS:", stage directions such as "(CROSSTALK)") is one too, from its first label
on, under the writer's introduction or not.
(loaded31) A dialogue told inside prose (`dialogue(doc)`: a run of four or more labelled turns of
two speakers with two turns each, "Influential Roman: What about the roads?") is its speakers'
words too, for loaded language; its labels stay the author's.

Where an answer (or a transcript's last turn) ends: the last has no next label to end it, and
any answer may be followed by the author's commentary before the next question, so it runs on
over the paragraphs (lines, in an answer with no blank lines) that still read as the speaker's and
ends at the first that reads as the author's again (`last_turn_end`, for every answer): a heading, a closing note
("This interview was edited ...", "Read more", "Follow X on ...", the interviewer's thanks, a
credit line, "in this writer's view"), the speaker named in the third person ("Okafor chairs the board ..." after
OKAFOR's turn), or a third person pronoun that can only mean the speaker (the answer names no
one: "Mr. Dale: No." then "If he was at home alone, who saw him?"). Every reader shares that end.

Used by `xlplugin.kinds` (the interview form is a report's cue; first person in answers is not
the writer's) and by `xlplugin.scorers.loaded_language` (questions put to the interviewee are
not rhetorical questions; first person in answers is the interviewee's).
Blind spots: an interview told in prose ("Asked about X, she said ..."), which reads as reported
speech anyway; questions run into the answer on one line without a label; an author's paragraph
with none of the signs above, after an answer, stays in that answer; between a transcript's
turns only the last is cut.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from dataclasses import dataclass

from . import reader_letters
from .phrases import words
from .text import Document

__all__ = ["Interview", "Transcript", "dialogue", "find", "last_turn_end", "speaker", "transcript", "MIN_PAIRS", "MIN_BARE_PAIRS"]

MIN_PAIRS = 2  # labelled questions each answered by another speaker
LABEL_CHARS = 140  # a label's marks (4), words (40), two affiliations in parentheses (88), closing marks and colon
ASKER_SHARE = 1 / 3  # of a named interviewer's turns, those that end with a question
MIN_QA_PAIRS = 3  # unlabelled question lines each followed by an answer line, under an intro
MIN_BARE_PAIRS = 4  # the same without an introduction that says it is an interview
QUESTION_MAX_WORDS = 40
ANSWER_MIN_WORDS = 6
INTRO_CHARS = 600  # the introduction: the text's first characters, before the first question

# "Q:", "Q.", "Question 3:", "Frage 1:", "F:" ... and "A:", "Answer:", "Antwort:".
_QUESTION_LABEL_RE = re.compile(r"(?:q|question|frage|f)(?:\s?\d{1,2})?$", re.IGNORECASE)
_ANSWER_LABEL_RE = re.compile(r"(?:a|answer|antwort|r|réponse)(?:\s?\d{1,2})?$", re.IGNORECASE)
# A labelled line: a label of up to 40 characters and a colon, or "Q." / "A." (marks of bold or
# italics around the label allowed), then the turn's words. (voice20) The label may carry the
# speaker's outlet or affiliation in parentheses before its colon ("REPORTER (Eastshire Echo):",
# "Jane Roe (Greens):"), which is no part of the speaker's name: every reporter is one "REPORTER".
# (transcripts28) Up to two such brackets: a member's constituency and party ("Ms Jane Holt
# (Eastmoor) (Lab):"), an office and its holder ("The Minister for Transport (Mr Neil Carver):").
_LABEL_RE = re.compile(r"[ \t*_]{0,4}(?:(?P<letter>[QAFqaf])\.|(?P<label>[^\W\d_][\w.'’ -]{0,39}?)"
                       r"(?P<aff>(?:[ \t]*\([^()\n]{1,40}\)){1,2})?[ \t*_]{0,6}:)"
                       r"[ \t*_]*(?P<rest>\S.*)?$")
# A speaker's name: one to four words, each capitalised (or in capitals), no field name.
_NAME_WORD_RE = re.compile(r"(?:[A-ZÄÖÜÀ-Ý][\w'’.-]*|von|van|de|der|la|le|di|da|bin|al)$")
# Labels of fields and furniture that take a colon but are nobody's turn.
_NOT_SPEAKERS = frozenset("""date time posts joined re quote reply source update updated note photo
    image video tel phone fax email e-mail address location venue tags tag category likes edit
    edited warning disclaimer summary correction update caption credit title subject from to cc
    sent answer question transcript""".split())
# The title says the text is an interview ("Interview:", "Q&A", "Five questions for ...").
_TITLE_RE = re.compile(r"\b(?:interview|q\s?&\s?a|q and a|questions (?:for|to|with)|im gespräch|fragen an|entretien)\b",
                       re.IGNORECASE)
# The introduction says so: the interviewer speaks of the conversation ("in an interview with
# X, she said" is a report's attribution, not the text's form, and is not read).
_INTRO_RE = re.compile(
    r"\b(?:q\s?&\s?a|q and a|questions (?:for|to|with)|(?:this|the following|our|edited|condensed) interview"
    r"|interview (?:has been|was) (?:edited|condensed)|we (?:spoke|talked|sat down|caught up) (?:to|with)"
    r"|(?:spoke|talked|chatted) (?:to|with) (?:him|her|them)|we asked (?:him|her|them)|in conversation with"
    r"|im gespräch mit|sprach(?:en)? mit (?:ihm|ihr)|fragen an)\b", re.IGNORECASE)
_YOU_RE = re.compile(r"\b(?:you|your|yours|you're|you've|yourself|sie|ihr|ihre|ihnen|du|dein|vous|votre)\b", re.IGNORECASE)
# The first person singular: an interviewee speaks for themselves ("we" and "our" are a
# writer's rhetoric as often).
_I_RE = re.compile(r"\b(?:I|I'm|I've|I'd|[Mm]y|[Mm]e|[Ii]ch|[Mm]eine?|[Mm]ir|[Mm]ich|[Jj]e|[Jj]'ai|[Mm]on|[Mm]a)\b")


@dataclass(frozen=True)
class Interview:
    """The interview form of a text: how it was read, and the spans (start, end) of its
    questions and answers, in text order."""

    form: str
    questions: tuple[tuple[int, int], ...]
    answers: tuple[tuple[int, int], ...]

    def cue(self) -> str:
        return f"{self.form}: {len(self.questions)} questions and their answers"

    def in_answer(self, pos: int) -> bool:
        return _inside(self.answers, pos)

    def in_question(self, pos: int) -> bool:
        return _inside(self.questions, pos)

    def holds(self, pos: int) -> bool:
        """Is `pos` inside a question or an answer (the interview's own words, not the author's
        introduction)?"""
        return _inside(self.questions, pos) or _inside(self.answers, pos)


def _inside(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# The last document asked about and its answer: kinds and loaded_language both ask, one after
# the other (a memo on the document object, as `Document.analysis` is; never on its text).
_LAST: list = [None, None]


def find(doc: Document) -> Interview | None:
    """The interview form of the document, or None."""
    last = _LAST[0]() if _LAST[0] is not None else None
    if last is doc:
        return _LAST[1]
    found = _find(doc) if "?" in doc.text else None  # every form asks questions
    _LAST[:] = [weakref.ref(doc), found]
    return found


def _find(doc: Document) -> Interview | None:
    text = doc.text
    # (each form has a pre-test that needs no list of the lines: most texts fail both)
    found = _labelled(text, _labelled_turns(doc))
    if found is None and text.count("?") >= MIN_QA_PAIRS:  # (each of the MIN_QA_PAIRS question lines ends with its own "?")
        found = _question_lines(doc, _text_lines(doc))
    return None if found is not None and _readers_questions(text, found) else found


def _readers_questions(text: str, found: Interview) -> bool:
    """(advice41) Is every question a reader's, telling their own case in "I" and "my" before asking
    ("Q: I retired last year ... Should I take the lot now?": `reader_letters.reader_question`)?
    Then the text is a reader's Q&A column, its answers the columnist's (the writer's), no interview."""
    return all(reader_letters.reader_question(_QUESTION_MARK_RE.sub("", text[s:e], count=1)) for s, e in found.questions)


_QUESTION_MARK_RE = re.compile(r"^[ \t]*(?:q|question)[ \t]*[:.]", re.IGNORECASE)


def _text_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines of the document that hold more than blanks."""
    text = doc.text
    return [(s, e) for s, e in doc.lines if not text[s:e].isspace() and s != e]


# --- labelled turns


# (transcripts28) An office's name before its holder in brackets ("The Minister for Transport (Mr
# Neil Carver):", "The Parliamentary Secretary (Ms Ruth Dale):") may join its capitalised words with
# these, and run to OFFICE_MAX_WORDS words.
_OFFICE_LINK_WORDS = frozenset("of for the and to".split())
OFFICE_MAX_WORDS = 6


def _role(label: str, bracketed: bool = False) -> str | None:
    """"q" (a question label), "a" (an answer label), the speaker's name, or None (no turn).
    `bracketed`: the label has an affiliation or a holder in brackets after it (transcripts28)."""
    label = label.strip(" .'’-")
    if _QUESTION_LABEL_RE.fullmatch(label):
        return "q"
    if _ANSWER_LABEL_RE.fullmatch(label):
        return "a"
    words = label.split()
    if not words or label.lower() in _NOT_SPEAKERS or words[0].lower() in _NOT_SPEAKERS:
        return None
    if bracketed and 3 <= len(words) <= OFFICE_MAX_WORDS and words[0][0].isupper() \
            and any(w in _OFFICE_LINK_WORDS for w in words[1:-1]) \
            and all(_NAME_WORD_RE.match(w) or w in _OFFICE_LINK_WORDS for w in words) and words[-1][0].isupper():
        return label.lower()
    if len(words) > 4:
        return None
    return label.lower() if all(_NAME_WORD_RE.match(w) for w in words) and words[0][0].isupper() else None


# The last document whose labelled turns were found, and its turns: `find` and `transcript` both
# read them (a memo on the document object, as `_LAST`; never on its text).
_LAST_TURNS: list = [None, None]


def _labelled_turns(doc: Document) -> list[tuple[str, int, int]]:
    """`_turns` of the document's lines, read only at the lines that may open with a label
    (`_label_candidates`), once per document."""
    last = _LAST_TURNS[0]() if _LAST_TURNS[0] is not None else None
    if last is doc:
        return _LAST_TURNS[1]
    turns = _turns(doc.text, _label_candidates(doc.text))
    _LAST_TURNS[:] = [weakref.ref(doc), turns]
    return turns


# A line opening "Q." or "A." (after marks of bold or italics): `_LABEL_RE`'s other form.
_LETTER_LABEL_RE = re.compile(r"\n[ \t*_]{0,4}[QAFqaf]\.")


def _label_candidates(text: str) -> list[tuple[int, int]]:
    """The lines of `text` (start, end) on which `_LABEL_RE` can match: a colon within the first
    LABEL_CHARS characters (a label, its affiliations and its marks take at most 139), or "Q." / "A." at the start.
    Found from the text's colons and one search for the letter labels (a few per article), not
    with a test per line: `_turns` finds the same turns among them as among all the lines (a line
    that is not one of them is never a turn; tests/test_interview_fast.py)."""
    lines: dict[int, int] = {}  # start -> end
    p = text.find(":")
    while p >= 0:  # (the first colon of each line: the others stand further from its start)
        s = text.rfind("\n", 0, p) + 1
        e = text.find("\n", p)
        e = len(text) if e < 0 else e
        if p - s < LABEL_CHARS:
            lines[s] = e
        p = text.find(":", e)
    starts = [m.start() + 1 for m in _LETTER_LABEL_RE.finditer(text)]
    if _LETTER_LABEL_RE.match("\n" + text[:8]):
        starts.append(0)  # (the first line: no newline before it)
    for s in starts:
        e = text.find("\n", s)
        lines[s] = len(text) if e < 0 else e
    return sorted(lines.items())


def _turns(text: str, lines: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(role, start, end) per labelled turn: from its label line to the next labelled line."""
    starts = []
    for s, e in lines:
        # (a label ends within LABEL_CHARS with a colon, or is "Q." / "A." at the start: the
        # pattern is tried only on such lines, which are few)
        if text.find(":", s, min(e, s + LABEL_CHARS)) < 0 and text[s : s + 6].lstrip(" \t*_")[1:2] != ".":
            continue
        m = _LABEL_RE.match(text, s, e)
        role = _role(m.group("letter") or m.group("label"), m.group("aff") is not None) if m and m.group("rest") else None
        if role is not None:
            starts.append((role, s))
    ends = [s for _, s in starts[1:]] + [len(text)]
    return [(role, s, end) for (role, s), end in zip(starts, ends)]


def _labelled(text: str, turns: list[tuple[str, int, int]]) -> Interview | None:
    if len(turns) < 2 * MIN_PAIRS:
        return None
    asks = _askers(text, turns)
    questions, answers = [], []
    for (role, s, e), following in zip(turns, turns[1:] + [("", 0, 0)]):
        if role in asks and "?" in text[s:e] and following[0] and following[0] not in asks:
            questions.append((s, e))
        elif role not in asks and questions and questions[-1][1] == s:
            answers.append((s, e))
        elif role not in asks and answers and answers[-1][1] == s:
            answers.append((s, e))  # a second paragraph of the answer, labelled again
    if len(questions) < MIN_PAIRS or len(answers) < MIN_PAIRS:
        return None
    answers = _opening_statement(turns, asks, questions[0][0], answers) + answers
    return Interview("labelled questions and answers", tuple(questions), _answers_ended(text, questions, answers))


def _opening_statement(turns: list[tuple[str, int, int]], asks: set[str], first_question: int,
                       answers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(voice23) The turns right before the first question, one after another, of a speaker who
    answers later ("MR FERRER: Good morning. I'll make a short statement ..." before the first
    "Q:"): a briefing's opening statement is its speaker's words, as the answers are. A title or
    an introduction labelled by no one who answers ("Transcript: ...") is not one."""
    answered = set(answers)
    answering = {role for role, s, e in turns if (s, e) in answered}
    opening: list[tuple[int, int]] = []
    end = first_question
    for role, s, e in reversed([t for t in turns if t[1] < first_question]):
        if e != end or role in asks or role not in answering:
            break
        opening.append((s, e))
        end = s
    return opening[::-1]


def _answers_ended(text: str, questions: list[tuple[int, int]] | tuple[tuple[int, int], ...],
                   answers: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Each answer (start, end: up to the next question, label or the end of the text) ended at
    the first paragraph after its opening one that reads as the author's (`last_turn_end`): the
    writer's commentary between two answers, or after the last, is the writer's, not the
    interviewee's. (kinds8: before, only the last answer was cut so.) An answer before another
    question keeps a "he" or "she" that may mean someone its question named ("Why was Assange
    held?" then "He needs a doctor."); one that resumes after the author's paragraph is left
    whole (`_resumes`), and so is a turn labelled again after an answer (a second
    paragraph, or a line the page's advert made look like a label) is left whole; the last answer
    is read as before."""
    starts = [qs for qs, _ in questions]
    out = []
    for k, (s, e) in enumerate(answers):
        if k == len(answers) - 1:
            out.append((s, last_turn_end(text, s, e)))
            continue
        q = bisect_right(starts, s) - 1
        if q < 0 or text[questions[q][1] : s].strip():
            out.append((s, e))  # a turn labelled again after the answer: read as part of it, as before
            continue
        named = _names_anyone(text, _said_from(text, questions[q][0]), questions[q][1])
        out.append((s, _resumes(text, s, last_turn_end(text, s, e, named), e)))
    return tuple(out)


def _resumes(text: str, start: int, cut: int, end: int) -> int:
    """`cut`, or `end` where the answer resumes after the paragraph at `cut`: a later paragraph
    before the next question speaks in the first person again (a video box or an advert inside
    the answer interrupted it; the author's commentary before the next question does not)."""
    if cut >= end:
        return end
    mark = "\n\n" if text.find("\n\n", start, end) >= 0 else "\n"
    after = text.find(mark, cut, end)
    return end if after >= 0 and _I_RE.search(text, after, end) else cut


def _said_from(text: str, start: int) -> int:
    """Where the words of the turn starting at `start` begin (after its label, if any)."""
    label = _LABEL_RE.match(text, start, _line_end(text, start))
    return label.start("rest") if label and label.group("rest") else start


def _askers(text: str, turns: list[tuple[str, int, int]]) -> set[str]:
    """The roles that put the questions: the question label where there is one, else the one
    named speaker whose turns end with a question most often (at least ASKER_SHARE of them, and
    twice as often as any other speaker's: in a debate everyone asks)."""
    roles = {role for role, _, _ in turns}
    if "q" in roles:
        return {"q"}
    shares = {}
    for role in roles - {"a"}:
        own = [text[s:e].rstrip() for r, s, e in turns if r == role]
        if len(own) >= MIN_PAIRS:
            shares[role] = sum(t.endswith("?") for t in own) / len(own)
    if not shares:
        return set()
    best = max(sorted(shares), key=shares.__getitem__)
    others = max((v for k, v in shares.items() if k != best), default=0.0)
    return {best} if shares[best] >= ASKER_SHARE and others <= shares[best] / 2 else set()


def speaker(text: str, start: int) -> str | None:
    """The speaker's name that labels the turn starting at `start` ("Clara Voss:", "**VOSS:**"),
    as written; None for a question or answer label ("Q:", "A:") or a turn without a label.
    (`xlplugin.interviewee` names the source of an answer by it.)"""
    end = text.find("\n", start)
    m = _LABEL_RE.match(text, start, len(text) if end < 0 else end)
    if m is None or not m.group("label"):
        return None
    return m.group("label").strip(" .'’-*_") if _role(m.group("label"), m.group("aff") is not None) not in (None, "q", "a") else None


# --- question lines followed by answer lines


def _question_lines(doc: Document, lines: list[tuple[int, int]]) -> Interview | None:
    text = doc.text
    pairs = []
    for k in _question_candidates(text, lines):  # (pairs of lines, the first line, the title, not asked)
        (qs, qe), (as_, ae) = lines[k], lines[k + 1]
        question, answer = text[qs:qe].strip(), text[as_:ae].strip()
        if _is_question(question) and "?" not in answer and len(answer.split()) >= ANSWER_MIN_WORDS:
            pairs.append(((qs, qe), as_))
    if len(pairs) < MIN_QA_PAIRS:
        return None
    questions = tuple(q for q, _ in pairs)
    # an answer runs from its first line to the next question (or the end of the text), and ends
    # before that at a paragraph of the author's (`_answers_ended`)
    ends = [q[0] for q in questions[1:]] + [len(text)]
    answers = _answers_ended(text, questions, [(a, end) for (_, a), end in zip(pairs, ends)])
    if _TITLE_RE.search(doc.title or text[: lines[0][1]]) or _INTRO_RE.search(text, 0, min(INTRO_CHARS, questions[0][0])):
        return Interview("questions and answers under an interview's introduction", questions, answers)
    if len(pairs) >= MIN_BARE_PAIRS and _addressed(text, questions, answers):
        return Interview("questions to 'you' answered in the first person", questions, answers)
    return None


def _question_candidates(text: str, lines: list[tuple[int, int]]) -> list[int]:
    """The indices k (1 <= k < len(lines) - 1) of the lines of `lines` holding a "?", in text
    order: the only lines that may be a question with an answer line after it (`_is_question`
    needs its "?"). Found from the text's question marks (a few per article) instead of a strip
    and a test of every pair of lines; tests/test_interview_fast.py holds the result to that."""
    starts = [s for s, _ in lines]
    out: list[int] = []
    p = text.find("?")
    while p >= 0:
        k = bisect_right(starts, p) - 1
        if 1 <= k < len(lines) - 1 and p < lines[k][1]:
            out.append(k)
            p = lines[k][1]  # (one entry per line: on from its end)
        p = text.find("?", p + 1)
    return out


def _is_question(line: str) -> bool:
    """One short question on its own line (one or two sentences, the last ending with "?")."""
    line = line.strip("*_ \t")
    return line.endswith("?") and len(line.split()) <= QUESTION_MAX_WORDS and line.count(". ") <= 1


def _addressed(text: str, questions: tuple[tuple[int, int], ...], answers: tuple[tuple[int, int], ...]) -> bool:
    """Most questions say "you" and most answers speak in the first person."""
    you = sum(bool(_YOU_RE.search(text, s, e)) for s, e in questions)
    first = sum(bool(_I_RE.search(text, s, e)) for s, e in answers)
    return you * 3 >= len(questions) * 2 and first * 2 >= len(answers)


# --- transcripts: speaker-labelled turns of several speakers

MIN_TURNS = 4  # labelled turns
MIN_SPEAKERS = 2  # named speakers with at least two turns each
TURN_LINE_SHARE = 0.6  # of the text's lines after the first (its title), those that open a turn


@dataclass(frozen=True)
class Transcript:
    """A text made mostly of speaker-labelled turns: the spans (start, end) of the turns, each
    from its label to the next label (or the end of the text), in text order."""

    speakers: int
    turns: tuple[tuple[int, int], ...]
    timed: bool = False  # (advert30) turns told by their timestamps (an automatic transcript), not by labels

    def cue(self) -> str:
        if self.timed:
            who = f" of {self.speakers} speakers" if self.speakers >= MIN_SPEAKERS else ""
            return f"transcript form: {len(self.turns)} timestamped lines{who}"
        return f"transcript form: {len(self.turns)} turns of {self.speakers} speakers"

    def holds(self, pos: int) -> bool:
        """Is `pos` inside a speaker's turn (the speaker's words, not the author's)?"""
        return _inside(self.turns, pos)


# The last document asked about and its transcript (as `_LAST` for `find`).
_LAST_TRANSCRIPT: list = [None, None]


def transcript(doc: Document) -> Transcript | None:
    """The transcript form of the document, or None."""
    last = _LAST_TRANSCRIPT[0]() if _LAST_TRANSCRIPT[0] is not None else None
    if last is doc:
        return _LAST_TRANSCRIPT[1]
    found = (_transcript(doc) or _broadcast(doc) or _timed_transcript(doc)) if ":" in doc.text else None  # every label ends with a colon
    _LAST_TRANSCRIPT[:] = [weakref.ref(doc), found]
    return found


# (transcripts28) A short extract of a debate or a meeting (two or three turns) is a transcript too
# where its labels say whose turn each is as only a record does: at least SHORT_MIN_BRACKETED of its
# labels carry a constituency, a party or a role in brackets ("Ms Jane Holt (Eastmoor) (Lab):",
# "Cllr Ann Frost (Chair):"), or every label is a full name in capitals ("JANE HOLT:", "PAUL
# REED:"; at least SHORT_MIN_CAPITAL_TURNS of them); of two speakers or more, the turns making
# the body as for a longer one. Its speakers are told apart by the last word of the label's name,
# so "Ms Helen Arkwright (Tarnside) (Lab):" and "Ms Arkwright:" are one.
SHORT_MIN_TURNS = 2
SHORT_MIN_BRACKETED = 2
SHORT_MIN_CAPITAL_TURNS = 3


def _speaker_key(role: str) -> str:
    """(transcripts28) The speaker a label names, for counting turns: its name's last word."""
    return role.split()[-1]


def _record_labels(text: str, turns: list[tuple[str, int, int]]) -> bool:
    """(transcripts28) Do the turns' labels read as a record's (see SHORT_MIN_TURNS)?"""
    labels = [_LABEL_RE.match(text, s, _line_end(text, s)) for _, s, _ in turns]
    if sum(m is not None and m.group("aff") is not None for m in labels) >= SHORT_MIN_BRACKETED:
        return True
    return len(turns) >= SHORT_MIN_CAPITAL_TURNS and all(
        m is not None and m.group("label") and len(m.group("label").split()) >= 2
        and m.group("label").isupper() for m in labels)


def _transcript(doc: Document) -> Transcript | None:
    turns = [(role, s, e) for role, s, e in _labelled_turns(doc) if role not in ("q", "a")]
    if len(turns) < SHORT_MIN_TURNS:
        return None  # (fewer still once a title is taken off: no transcript, whatever the lines)
    lines = _text_lines(doc)
    counts: dict[str, int] = {}
    for role, _, _ in turns:
        counts[role] = counts.get(role, 0) + 1
    if turns and lines and turns[0][1] == lines[0][0] and counts[turns[0][0]] == 1:
        # the first line, labelled by no one who speaks again: a title ("Minutes: ...")
        counts.pop(turns.pop(0)[0])
    if len(turns) < SHORT_MIN_TURNS:
        return None
    speakers = sum(n >= 2 for n in counts.values())
    # mostly turns: the lines after the title, most of them opening a turn (a speaker's long
    # turn may run on over a few paragraphs; an opinion piece's "Critics: ..." lines are few)
    body = [s for s, _ in lines[1:]]
    opening = {s for _, s, _ in turns}
    if sum(s in opening for s in body) < TURN_LINE_SHARE * len(body):
        return None
    if len(turns) < MIN_TURNS or speakers < MIN_SPEAKERS:
        # (transcripts28) a short extract of a record: two speakers or more, a record's labels
        if len({_speaker_key(role) for role, _, _ in turns}) < MIN_SPEAKERS or not _record_labels(doc.text, turns):
            return None
    spans = [(s, e) for _, s, e in turns]
    spans[-1] = (spans[-1][0], last_turn_end(doc.text, *spans[-1]))
    return Transcript(len({_speaker_key(role) for role in counts}), tuple(spans))  # (transcripts28: "Ms Arkwright" is "Ms Helen Arkwright")


# (talk35) A broadcast's transcript (a news channel's segment, a talk show, a radio phone-in), often under a few
# paragraphs of the writer's own: its speakers' turns labelled at a line's start by their names in capitals, a surname
# alone once the speaker is known ("HANNITY:", "CARTER:", "SARAH CARTER, CIRCA NEWS:", "UNIDENTIFIED MALE:"), each turn
# running on over several lines (one sentence a line, as such pages are often copied), with the broadcast's stage
# directions in brackets between them ("(CROSSTALK)", "(BEGIN VIDEO CLIP)", "[audience laughter]"). Too few of its lines
# open a turn for `_transcript`. Read where the form is clear: at least MIN_TURNS such turns, of MIN_SPEAKERS speakers
# with two turns each (told apart by their name's last word), the turn passing from one to another at least
# BROADCAST_MIN_CHANGES times, and either a stage direction or every such speaker named outside the labels (the title,
# the writer's introduction, a full name in a first label), the turns following line after line with no blank line
# between them. From the first label to the last turn's end (a blank line, or `last_turn_end`), the turns are the
# speakers' words, not the writer's; the writer's paragraphs before the first label stay the writer's. A line of "NOTE:",
# "UPDATE:", "WARNING:" or "TIP:", a heading in capitals ending in a colon, an article quoting one speaker's
# "SMITH: ..." lines are none (field words, labels with nothing after the colon, one speaker).
BROADCAST_MIN_CHANGES = 3
_BROADCAST_LABEL_RE = re.compile(
    r"[ \t*_]{0,4}(?P<name>[A-Z][A-Z'’.-]*(?:[ \t][A-Z][A-Z'’.-]*){0,3})(?:,[ \t]+[A-Z][\w.'’&-]*(?:[ \t][\w.'’&-]+){0,5})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t*_]{0,4}:[ \t*_]+(?=\S)")
# Words in capitals before a colon that name no speaker: a heading's, a field's, a tip's, a fact check's.
_NOT_BROADCAST_WORDS = frozenset("""a an the and or of for in on at to by with from not no is are was what why how who
    when where which this that it its our your my breaking exclusive editor's editors tip tips step steps pros cons facts
    fact claim verdict rating myth truth news real fake background context analysis ps bottom line key""".split())
# A stage direction: a broadcast's words in brackets for what is heard or shown, no one's turn.
_STAGE_RE = re.compile(
    r"\((?:BEGIN|END) [A-Z ]{2,30}\)|\((?:CROSSTALK|LAUGHTER|LAUGHS|APPLAUSE|INAUDIBLE|UNINTELLIGIBLE|COMMERCIAL BREAK"
    r"|BREAK|MUSIC|BLEEP|SOUNDBITE|VIDEO CLIP|AUDIO CLIP|CHEERS|BOOING|ON CAMERA|OFF CAMERA)[A-Z ,.]{0,30}\)"
    r"|\[(?:(?:audience|crowd|studio) )?(?:crosstalk|laughter|laughs|applause|inaudible|unintelligible|cheers|music|begin|end"
    r"|commercial|video clip|audio clip|booing)\b[^\]\n]{0,200}\]", re.IGNORECASE)


def _broadcast(doc: Document) -> Transcript | None:
    """(talk35) The turns of a broadcast's transcript, labelled by its speakers' names in capitals, or None."""
    text = doc.text
    turns: list[tuple[str, int]] = []
    for s, e in _label_candidates(text):
        m = _BROADCAST_LABEL_RE.match(text, s, e)
        if m is None:
            continue
        name = m.group("name").strip(" .'’-")
        words_ = [w.strip(".'’-").lower() for w in name.split()]
        if not name.isupper() or len(name) < 2 or not all(words_) or any(w in _NOT_BROADCAST_WORDS or w in _NOT_SPEAKERS
                                                                     for w in words_):
            continue
        turns.append((words_[-1], s))
    if len(turns) < MIN_TURNS:
        return None
    counts: dict[str, int] = {}
    for key, _ in turns:
        counts[key] = counts.get(key, 0) + 1
    speakers = [key for key, n in counts.items() if n >= 2]
    changes = sum(a[0] != b[0] for a, b in zip(turns, turns[1:]))
    if len(speakers) < MIN_SPEAKERS or changes < BROADCAST_MIN_CHANGES:
        return None
    if not _STAGE_RE.search(text, turns[0][1]):
        # no stage direction: every speaker who speaks twice named outside the labels, in the title or the writer's
        # words ("Sean Hannity"), or by a full name in a label of their own ("SARAH CARTER, CIRCA NEWS:")
        full = {key for key, s in turns if len(_BROADCAST_LABEL_RE.match(text, s).group("name").split()) >= 2}
        if not all(key in full or _named_outside(text, key) for key in speakers):
            return None
    # its turns run on line after line, with no blank line between them (a transcript in paragraphs is
    # `_transcript`'s: there the writer's own paragraphs between the turns cannot be told from a turn's second
    # one); a blank line after the last label closes the last turn
    if _BLANK_LINE_RE.search(text, turns[0][1], turns[-1][1]):
        return None
    blank = _BLANK_LINE_RE.search(text, turns[-1][1])
    ends = [s for _, s in turns[1:]] + [blank.start() if blank else len(text)]
    spans = [(s, e) for (_, s), e in zip(turns, ends)]
    spans[-1] = (spans[-1][0], last_turn_end(text, *spans[-1]))
    return Transcript(len(counts), tuple(spans))


_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def _named_outside(text: str, key: str) -> bool:
    """(talk35) Is `key` (a surname, lower case) written capitalised, not in capitals, in `text` ("Hannity")?"""
    for m in re.finditer(r"\b" + re.escape(key) + r"\b", text, re.IGNORECASE):
        if m.group()[0].isupper() and not m.group().isupper():
            return True
    return False


# (advert30) An automatic transcript (a podcast's, a video's, a call's), each line opening with its timestamp:
# "00:12:31 welcome back ...", "[00:12:31] so what I tell people is ...", "[12:31] Speaker 1: ...", "00:12:31 Speaker 2:
# ...". The lines are the speakers' words, not the writer's argued voice, whether or not they name a speaker. The stamp
# is hours, minutes and seconds, or minutes and seconds in brackets or before a "Speaker N" label: a clock time alone
# ("09:30 Registration", an agenda's) is none. At least TIMED_MIN_LINES such lines, opening TURN_LINE_SHARE of the
# lines after the first, with TIMED_MIN_WORDS words a line on average (a podcast's chapter list, "00:14:40 Cement
# kilns", has short titles); a subtitle file's "00:00:01,000 --> 00:00:04,000" lines are no turns.
TIMED_MIN_LINES = 6
TIMED_MIN_WORDS = 5.0
_STAMP = r"\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?"
_TIMED_LINE_RE = re.compile(
    r"[ \t]*(?:\[(?:" + _STAMP + r"|\d{1,2}:\d{2})\]|\(" + _STAMP + r"\)|" + _STAMP + r"(?![ \t]*-->)"
    r"|\d{1,2}:\d{2}(?=[ \t]+(?:speaker|spk|sprecher)[ \t]?\d))[ \t]*(?:[-\u2013\u2014|:][ \t]*)?"
    r"(?:(?P<speaker>(?:speaker|spk|sprecher)[ \t_]?\d{1,2}|[A-Z][\w.'\u2019-]*(?:[ \t][A-Z][\w.'\u2019-]*){0,2})[ \t]*:[ \t]*)?",
    re.IGNORECASE)


_STAMP_OPENERS = frozenset("[(0123456789")


def _timed_transcript(doc: Document) -> Transcript | None:
    """(advert30) The timestamped lines of an automatic transcript as its turns, or None."""
    text = doc.text
    if text.count(":") < 2 * TIMED_MIN_LINES:
        return None
    lines = _text_lines(doc)
    # (most texts: few lines open with a digit or a bracket, read a character each before any pattern runs)
    if sum(1 for s, e in lines if (text[s] if text[s] not in " \t" else text[s:e].lstrip()[:1]) in _STAMP_OPENERS) \
            < TIMED_MIN_LINES:
        return None
    starts, speakers, words = [], set(), 0
    for s, e in lines:
        m = _TIMED_LINE_RE.match(text, s, e)
        if m is None or m.end() == s or not any(c.isdigit() for c in text[s:m.end()]):
            continue
        starts.append(s)
        words += len(text[m.end():e].split())
        if m.group("speaker"):
            speakers.add(m.group("speaker").lower().replace("_", " "))
    if len(starts) < TIMED_MIN_LINES or words < TIMED_MIN_WORDS * len(starts):
        return None
    body = [s for s, _ in lines[1:]]
    if sum(s in set(starts) for s in body) < TURN_LINE_SHARE * len(body):
        return None
    spans = [(a, b) for a, b in zip(starts, starts[1:] + [len(text)])]
    spans[-1] = (spans[-1][0], last_turn_end(text, *spans[-1]))
    return Transcript(len(speakers), tuple(spans), timed=True)


# --- (loaded31) a dialogue told inside prose
#
# An article may set out a conversation as speaker-labelled lines among its own paragraphs
# ("Influential Roman: What about the roads?" / "Mayor Hale: We built them."): too few of its lines
# for a transcript, but every such turn is its speaker's words. A run of at least MIN_TURNS
# labelled turns of at least MIN_SPEAKERS speakers with two turns each, each turn starting at most
# DIALOGUE_GAP lines after the one before (a turn may run on over a few lines), is a dialogue.
DIALOGUE_GAP = 5  # line breaks from one turn's label to the next one's


def dialogue(doc: Document) -> tuple[tuple[int, int], ...]:
    """(loaded31) The turns of the dialogues told inside the text's prose, as spans (start, end)
    of each turn's words: from after its label (the label, "Molester McCarrick:", is the author's
    naming) to the next turn's label, the run's last turn to the end of its line. Empty where the
    text has none, or where it is a transcript (`transcript` has its turns)."""
    if ":" not in doc.text:
        return ()
    turns = [(role, s) for role, s, _ in _labelled_turns(doc) if role not in ("q", "a")]
    if len(turns) < MIN_TURNS or transcript(doc) is not None:
        return ()
    text = doc.text
    runs: list[list[tuple[str, int]]] = [[turns[0]]]
    for turn in turns[1:]:
        if text.count("\n", runs[-1][-1][1], turn[1]) <= DIALOGUE_GAP:
            runs[-1].append(turn)
        else:
            runs.append([turn])
    spans: list[tuple[int, int]] = []
    for run in runs:
        counts: dict[str, int] = {}
        for role, _ in run:
            counts[role] = counts.get(role, 0) + 1
        if len(run) < MIN_TURNS or sum(n >= 2 for n in counts.values()) < MIN_SPEAKERS:
            continue
        ends = [s for _, s in run[1:]] + [_line_end(text, run[-1][1])]
        spans.extend((_said_from(text, s), end) for (_, s), end in zip(run, ends))
    return tuple(spans)


# --- where the last answer or turn ends
#
# The last answer (or a transcript's last turn) has no next label to end it: it runs on over the
# following paragraphs while they still read as the speaker's, and ends at the first paragraph
# (a line, in a text with no blank lines) that opens as the author's prose again. Conservative:
# only these signs end it, so an answer of several paragraphs stays whole.

HEADING_MAX_WORDS = 10  # a heading or a section line: a short line with no closing punctuation
# The author's closing: a note on the interview itself, a sign-off or credit line, a call to
# read, follow or learn more, the interviewer's thanks.
_CLOSING_RE = re.compile(
    r"[ \t*_>#]*(?:read (?:more|also)|see also|related(?: articles?| stories| posts| reading)?:|lesen sie (?:auch|mehr)"
    r"|mehr zum thema|want to (?:know|learn|read|hear|see) more|subscribe\b|sign up\b|click here"
    r"|follow (?:us|him|her|them|@|(?-i:[A-Z]))|thank you\b|thanks\b(?! to\b)|vielen dank|herzlichen dank|danke\b"
    r"|(?:this|the|our) (?:interview|transcript|conversation|q\s?&\s?a) (?:has been|was|were|took place|appeared|first)"
    r"|(?:das|dieses) (?:interview|gespräch) (?:wurde|fand|führte)|(?:interview(?:ed)?|edited|transcribed|compiled"
    r"|conducted|reporting) by\b|editor['’]s note|copyright\b|©|all rights reserved|(?-i:By [A-Z])|[—–] ?(?-i:[A-Z])"
    r"|(?:photo|image|foto|bild)s?\s*(?::|by\b|credit|courtesy))", re.IGNORECASE)
# The author speaking of themselves in the third person ("in this writer's view"): no
# interviewee calls themselves that.
_AUTHOR_SELF_RE = re.compile(r"\b(?:this|the present) (?:writer|reporter|author|correspondent|columnist|interviewer)\b",
                             re.IGNORECASE)
# A list item ("- tea", "2. the kettle"): part of an answer's list, not a heading.
_LIST_ITEM_RE = re.compile(r"(?:[-–•·+]|\d{1,2}[.)])\s")
# A third person singular pronoun (English): the author speaking of someone.
_THIRD_PERSON_RE = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
# A capitalised word: a name, unless it opens a sentence.
_CAPITALISED_RE = re.compile(r"\b[A-ZÄÖÜÀ-Ý][\w'’-]*")
# A label's words that name no one: besides attribution.txt's titles, roles and [not_name_words],
# the roles of a transcript's labels ("HOST:", "MEMBER HALE:").
_LABEL_ROLE_WORDS = frozenset("miss sir dame herr frau host guest member moderator interviewer witness counsel"
                              " speaker narrator caller audience".split())


def last_turn_end(text: str, start: int, end: int, named: bool = False) -> int:
    """Where the last answer or turn, from `start` to `end` (the next label or the end of the
    text), ends: before its first paragraph, after the one it opens with, that reads as the
    author's (`_authors_paragraph`); `end` when none does. `named`: someone was named just before
    the answer (in its question), whom a "he" or "she" in it may mean."""
    mark = "\n\n" if text.find("\n\n", start, end) >= 0 else "\n"  # (paragraphs, or lines: one sentence a line)
    label = _LABEL_RE.match(text, start, _line_end(text, start))
    said_from = label.start("rest") if label and label.group("rest") else start
    names = _speaker_names(text, start)
    # (`named`: has the answer so far, or its question, named anyone, whom a pronoun may then mean?)
    cut = text.find(mark, start, end)
    while cut >= 0:
        named = named or _names_anyone(text, said_from, cut)
        p = cut + len(mark)
        while p < end and text[p].isspace():
            p += 1
        if p >= end:
            break
        p_end = text.find(mark, p, end)
        p_end = end if p_end < 0 else p_end
        if _authors_paragraph(text, p, p_end, names, named, heading=mark == "\n\n"):
            return p
        said_from, cut = p, (p_end if p_end < end else -1)
    return end


def _line_end(text: str, start: int) -> int:
    e = text.find("\n", start)
    return len(text) if e < 0 else e


def _speaker_names(text: str, start: int) -> tuple[str, ...]:
    """The words of the speaker's label ("Mr. Dale:" gives "dale"), lower case, titles and roles
    left out ("MEMBER HALE:" gives "hale"); none for a question or answer label."""
    label = speaker(text, start)
    if label is None:
        return ()
    not_names = words("attribution.txt", "role_words") | words("attribution.txt", "not_name_words") | _LABEL_ROLE_WORDS
    return tuple(w for w in (w.strip(".").lower() for w in label.split()) if len(w) > 1 and w not in not_names)


def _authors_paragraph(text: str, s: int, e: int, names: tuple[str, ...], named: bool, heading: bool) -> bool:
    """Does the paragraph text[s:e], after the speaker's words (which `named` someone or not),
    open as the author's prose: a heading (a short line with no closing punctuation and no "I",
    among paragraphs parted by blank lines: a hard-wrapped line looks the same), the author's
    closing (`_CLOSING_RE`) or self ("this writer"), the speaker named in the third person ("Okafor chairs the board"
    after OKAFOR's turn), or a third person pronoun that can only mean the speaker (no "I" in
    the paragraph, no one named before it there nor in the answer so far: "Mr. Dale: No." then
    "If he was at home alone, who saw him?")."""
    para = text[s:e]
    line = para.split("\n", 1)[0].strip(" \t*_#")
    if heading and "\n" not in para.strip() and 0 < len(line.split()) <= HEADING_MAX_WORDS and line[-1:].isalnum() \
            and not _I_RE.search(line) and not _LIST_ITEM_RE.match(line):
        return True
    if _CLOSING_RE.match(para) or _AUTHOR_SELF_RE.search(para):
        return True
    if names and any(_capitalised_word(text, w, s, e) for w in names):
        return True
    pronoun = _THIRD_PERSON_RE.search(text, s, e)
    return bool(pronoun) and not named and not _I_RE.search(para) and not _names_anyone(text, s, pronoun.start())


def _capitalised_word(text: str, word: str, s: int, e: int) -> bool:
    """Is `word` (lower case) written in text[s:e] as a capitalised word of its own?"""
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", text[s:e], re.IGNORECASE):
        if m.group()[0].isupper():
            return True
    return False


def _names_anyone(text: str, s: int, e: int) -> bool:
    """Does text[s:e] hold a capitalised word that does not open a sentence (a name)?"""
    for m in _CAPITALISED_RE.finditer(text, s, e):
        before = text[max(s, m.start() - 12) : m.start()].rstrip(" \t\"“‘'*_(")  # (a sentence's end, or none)
        if before and before[-1] not in ".!?:;…\n" and not _I_RE.fullmatch(m.group()):
            return True
    return False

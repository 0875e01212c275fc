"""Two readings of the author's argued voice for loaded language (versions 28 and 36), from the
tables of xlplugin/data/argued_voice.txt:

- `insinuations(doc)`: phrases that insinuate without saying ("questions remain", "it is worth
  asking who stands to gain", "make of that what you will"), and (version 36) the classes of a
  small grammar: a group handed the author's suspicion ("Some supporters will wonder why"), a
  hypothetical speaker's opinion ("Some might think that ..."), the author licensing the
  question ("It is fair to ask how"); loaded language counts each as a doubt term.
- `answered(doc, k)`: is question k one the text answers itself, in the next sentence, as an
  explainer does ("Is knife crime rising? Police recorded 50,500 offences, the ONS said.", "So
  which is it? Probably neither.")? Such a question is exposition, not a rhetorical question
  (one left for the reader to answer: "Who really benefits?", "Isn't it time ...?").

Both are found from a literal start: an insinuation by its key word or its verb (`list.index`
over the words, only when the document's vocabulary holds it), an answer only after a sentence
ending in "?".
"""
from __future__ import annotations

import re

from functools import lru_cache
from typing import Any, NamedTuple

from .lexicon import load_sections
from .phrases import longest_spans
from .pronouns import not_pronoun
from .text import Document

__all__ = ["DATA", "insinuations", "answered", "leading_free", "polite_request", "readers_question"]

DATA = "argued_voice.txt"
_APOSTROPHES = ("'", "\u2019")
# after an opinion verb: an analogy or an idiom, not an opinion ("think of X as", "think twice")
_NOT_AN_OPINION = frozenset(("of", "about", "twice"))
# (loaded29) the reflexives of an imperative put to the reader ("Ask yourself who gains"), and
# the words after "look" before its question ("look at who paid", "look into whose money")
_READER_REFLEXIVES = frozenset(("yourself", "yourselves"))
_LOOK_PARTICLES = frozenset(("at", "into", "closely"))


class _Phrase(NamedTuple):
    words: tuple[str, ...]
    key_at: int  # where the key word (the longest) stands in `words`
    asks: int  # after which word a "?" must stand (-1: none)


class _Grammar(NamedTuple):
    """The word tables of the insinuation classes (data/argued_voice.txt, version 36)."""
    groups: frozenset[str]  # [insinuating_groups]: "some", "residents", "voters"
    speakers: frozenset[str]  # [hypothetical_speakers]: "some", "one"
    modals: frozenset[str]  # [insinuating_modals]
    fillers: frozenset[str]  # [insinuating_fillers]: "still", "want", "to"
    suspicion: frozenset[str]  # [suspicion_verbs]: "wonder", "ask"
    opinion: frozenset[str]  # [opinion_verbs]: "think", "say"
    wh: frozenset[str]  # [wh_words]
    reflexives: frozenset[str]  # [reflexive_words]
    licences: frozenset[str]  # [licensing_words]: "fair", "reasonable"
    verbs: frozenset[str]  # suspicion | opinion | looking: where a clause is looked for
    starts: frozenset[str]  # modals | licences | "yourself": one must be in the text
    endings: tuple[str, ...]  # (loaded29) [people_endings]: "councillors", "ratepayers"
    experts: frozenset[str]  # (loaded29) [expert_groups]: no group by their ending
    pointed: frozenset[str]  # (loaded29) [pointed_wh_words]: "why", "which": handed to an unlisted group
    readers: frozenset[str]  # (loaded29) [reader_words]: "you", "readers"
    agents: frozenset[str]  # (loaded29) [agent_wh_words]: "who", "whose"
    looking: frozenset[str]  # (loaded29) [looking_verbs]: "look at", "consider"
    openers: frozenset[str]  # (loaded29) [imperative_openers]: "just", "so"


class _Tables(NamedTuple):
    by_key: dict[str, tuple[_Phrase, ...]]  # insinuation phrases by key word, longest first
    openers: tuple[tuple[str, ...], ...]  # answer openers, longest first
    leading: frozenset[str]  # words that make a question rhetorical
    grammar: _Grammar
    counts: frozenset[str]  # (voice16) [answer_count_words]: "Two things."
    varying: frozenset[str]  # (voice16) [answer_varying_verbs]: "Costs vary widely."
    labels: tuple[tuple[str, ...], ...]  # (voice16) [title_question_labels]: "Fact check:"
    findings: frozenset[str]  # (loaded31) [headline_answer_words]: "What a new trial found"
    function_words: frozenset[str]  # (loaded31) stopwords.txt [en]: no echo of a headline's words


def _phrase(entry: str) -> _Phrase:
    raw = entry.split()
    words = tuple(w.rstrip("?") for w in raw)
    asks = next((i for i, w in enumerate(raw) if w.endswith("?")), -1)
    key_at = max(range(len(words)), key=lambda i: len(words[i]))
    return _Phrase(words, key_at, asks)


def _spellings(entry: str) -> set[str]:
    """The entry with each apostrophe straight and curly (the words keep a contraction whole)."""
    return {entry.replace("'", a) for a in _APOSTROPHES}


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    sections = load_sections(DATA)
    by_key: dict[str, list[_Phrase]] = {}
    for entry in sections["insinuation_phrases"]:
        for spelling in _spellings(entry):
            p = _phrase(spelling)
            by_key.setdefault(p.words[p.key_at], []).append(p)
    openers = {tuple(s.split()) for entry in sections["answer_openers"] for s in _spellings(entry)}
    leading = frozenset(s for line in sections["leading_question_words"] for w in line.split() for s in _spellings(w))

    def words(section: str) -> frozenset[str]:
        return frozenset(w for line in sections[section] for w in line.split())

    grammar = _Grammar(words("insinuating_groups"), words("hypothetical_speakers"), words("insinuating_modals"),
                       words("insinuating_fillers"), words("suspicion_verbs"), words("opinion_verbs"),
                       words("wh_words"), words("reflexive_words"), words("licensing_words"),
                       words("suspicion_verbs") | words("opinion_verbs") | words("looking_verbs"),
                       words("insinuating_modals") | words("licensing_words") | _READER_REFLEXIVES,
                       tuple(sorted(words("people_endings"))), words("expert_groups"), words("pointed_wh_words"), words("reader_words"),
                       words("agent_wh_words"), words("looking_verbs"), words("imperative_openers"))
    labels = tuple(tuple(s.split()) for entry in sections["title_question_labels"] for s in _spellings(entry))
    return _Tables({k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in by_key.items()},
                   tuple(sorted(openers, key=len, reverse=True)), leading, grammar,
                   words("answer_count_words"), words("answer_varying_verbs"), labels,
                   words("headline_answer_words"),
                   frozenset(w for line in load_sections("stopwords.txt")["en"] for w in line.split()))


def warm_up() -> None:
    _tables()
    _asking_tables()


def _matches(doc: Document, p: _Phrase, first: int) -> bool:
    """Does phrase `p` stand at words first..? (In one sentence; a "?" where it writes one.)"""
    last = first + len(p.words)
    lowers = doc.lowers
    if first < 0 or last > len(lowers) or tuple(lowers[first:last]) != p.words:
        return False
    if p.asks >= 0:
        between = doc.text[doc.token_ends[first + p.asks] : doc.token_starts[first + p.asks + 1]]
        return "?" in between
    return doc.token_sentences[first] == doc.token_sentences[last - 1]


def insinuations(doc: Document) -> list[tuple[int, int]]:
    """The insinuation phrases of the text as word ranges (first, last), in order, not
    overlapping (the longest at a place). Where they stand is left to the caller: quotations
    are someone else's."""
    by_key = _tables().by_key
    keys = doc.analysis.vocabulary.intersection(by_key)
    found = _insinuating_clauses(doc)
    if not keys and not found:
        return []  # most texts: set intersections
    lowers = doc.lowers
    for key in keys:
        i = lowers.index(key)
        while True:
            for p in by_key[key]:
                first = i - p.key_at
                if _matches(doc, p, first):
                    found.append((first, first + len(p.words)))
                    break
            try:
                i = lowers.index(key, i + 1)
            except ValueError:
                break
    return longest_spans(found)


def _insinuating_clauses(doc: Document) -> list[tuple[int, int]]:
    """(Version 36) The insinuation classes as word ranges, found from their verbs: a group handed
    the author's suspicion in a modal ("Some supporters will wonder why", "Victims' families may
    wonder how"), a hypothetical speaker's opinion ("Some might think", "One would think"), the
    author licensing the question ("It is fair to ask how"). Not where the sentence reports a
    named source or the next sentence of the paragraph answers it (`_settled`)."""
    g = _tables().grammar
    vocabulary = doc.analysis.vocabulary
    verbs = vocabulary.intersection(g.verbs)
    if not verbs or vocabulary.isdisjoint(g.starts):
        return []  # most texts
    lowers, sentence_of = doc.lowers, doc.token_sentences
    found: list[tuple[int, int]] = []
    for verb in verbs:
        i = lowers.index(verb)
        while i >= 0:
            span = _clause_at(doc, g, i)
            if span is not None and sentence_of[span[0]] == sentence_of[span[1] - 1] \
                    and not _settled(doc, sentence_of[i], span):
                found.append(span)
            try:
                i = lowers.index(verb, i + 1)
            except ValueError:
                i = -1
    return found


def _clause_at(doc: Document, g: _Grammar, i: int) -> tuple[int, int] | None:
    """The insinuating clause whose verb is word i, as (first, last), or None."""
    lowers = doc.lowers
    verb = lowers[i]
    if verb in g.opinion:
        if i + 1 < len(lowers) and lowers[i + 1] in _NOT_AN_OPINION:
            return None  # "One might think of the cell as a factory", "Many would think twice"
        wh_end = i + 1  # "Some might think ...": no question needed
    else:
        k = i + 1 + (i + 1 < len(lowers) and lowers[i + 1] in g.reflexives)
        while verb in g.looking and k < len(lowers) and k - i <= 2 and lowers[k] in _LOOK_PARTICLES:
            k += 1  # "look at who", "look closely at who"
        if k >= len(lowers) or lowers[k] not in g.wh:
            return None
        wh_end = k + 1
    # (loaded29) asking who, put to the reader: "You might ask who benefits", "Readers may want to
    # look at who paid", "Ask yourself who gains"
    to_reader = lowers[k] in g.agents if verb not in g.opinion else False
    if to_reader and verb in g.suspicion and lowers[i + 1] in _READER_REFLEXIVES:
        first = doc.sentences[doc.token_sentences[i]].first_token
        if i == first or i == first + 1 and lowers[first] in g.openers:
            return first, wh_end  # an imperative: "Ask yourself who gains", "Just ask yourself whose money"
    # the author licensing the question: "it" (+ a verb) + "fair" + "to" + the verb
    if verb in g.suspicion and i >= 3 and lowers[i - 1] == "to" and lowers[i - 2] in g.licences:
        for j in range(i - 3, max(i - 6, -1), -1):
            if lowers[j] in ("it", "it's", "it\u2019s"):
                return j, wh_end
        return None
    # a group, a modal, a few fillers, the verb
    j = i - 1
    while j >= 0 and i - j <= 5 and lowers[j] in g.fillers:
        j -= 1
    if j < 1 or lowers[j] not in g.modals:
        return None
    to_reader = to_reader and lowers[j - 1] in g.readers
    if verb in g.looking and not to_reader:
        return None  # "Voters may want to consider who ...": looking is insinuation only put to the reader
    if verb.startswith("ask") and "want" in lowers[j + 1 : i] and lowers[i + 1] not in g.reflexives and not to_reader:
        return None  # "may want to ask whether (their policy covers it)": advice, not "ask themselves"
    if verb in g.opinion:
        return (j - 1, wh_end) if lowers[j - 1] in g.speakers else None
    if lowers[j - 1] in g.groups or to_reader:
        return j - 1, wh_end
    if _people(lowers[j - 1], g) and (lowers[k] in g.pointed or lowers[i + 1] in g.reflexives):
        return j - 1, wh_end  # (loaded29) "Councillors might ask themselves which", "Ratepayers may wonder why"
    first = doc.sentences[doc.token_sentences[i]].first_token
    if first < j - 1 and j - first <= 6 and lowers[first] in g.groups:
        return first, wh_end  # "Owners of the old kettle may wonder how long"
    return None


def _people(word: str, g: _Grammar) -> bool:
    """(loaded29) Is `word` a plural noun of people not in [insinuating_groups]: ending in one of
    [people_endings] ("councillors", "ratepayers", "motorists"; not "-ments": "documents"), not an
    expert group ([expert_groups]: "analysts")?"""
    return word.endswith(g.endings) and word.isalpha() and len(word) > 5 and not word.endswith("ments") \
        and word not in g.experts


def _settled(doc: Document, k: int, span: tuple[int, int]) -> bool:
    """Is sentence k (holding the clause at word range `span`) a report of a named source's words,
    or answered by the next sentence of its paragraph? Then its "Some will wonder whether ..." is
    the source's, or an explainer's setting up of what follows, not the author's suspicion left
    hanging. (The attribution finder may read the clause itself as a report, "It seems reasonable
    to ask", "Owners ... may still want to ask": that one does not count.)"""
    attribution = doc.analysis.attributions[k]
    if attribution is not None and attribution.sourced and attribution.verb \
            and not (attribution.start < doc.token_ends[span[1] - 1] and doc.token_starts[span[0]] < attribution.end):
        return True
    sentences = doc.sentences
    return k + 1 < len(sentences) and sentences[k + 1].paragraph == sentences[k].paragraph \
        and _answer_follows(doc, k)


def _answer_follows(doc: Document, k: int) -> bool:
    """Does sentence k + 1 open with a weighed answer ([answer_openers]) or report a named source
    through a verb of saying (not a vague one, "critics say", nor a name without a verb)? (voice16)
    Or answer it in few words: a count of what follows, with no verb ("Two things.", "Three
    reasons:": [answer_count_words]), an answer that it varies ("Costs vary widely.", "It
    differs by region": [answer_varying_verbs] as the first or second word), or a yes or a no
    reported ("The council says yes.")?"""
    after = doc.sentences[k + 1]
    tables = _tables()
    opening = doc.lowers[after.first_token : after.last_token]
    if any(tuple(opening[: len(o)]) == o for o in tables.openers):
        return True
    words = [w for w in opening if w[:1].isalnum()]
    if words and words[0] in tables.counts and len(_first_clause(doc, after)) <= 3:
        return True  # "Two things." "A few reasons." (voice21) "Three things, as far as I can tell."
    if tables.varying.intersection(words[:2]):
        return True  # "Costs vary widely." "It varies."
    if len(words) >= 3 and words[-1] in ("yes", "no") and words[-2] in _SAYING:
        return True  # "The department says yes."
    attribution = doc.analysis.attributions[k + 1]
    return attribution is not None and attribution.sourced and attribution.verb


_SAYING = frozenset(("say", "says", "said"))
_CLAUSE_MARKS = re.compile("[,;:()\u2014\u2013]| - ")


def _first_clause(doc: Document, after: Any) -> list[str]:
    """(voice21) The words of a sentence's first clause, up to its first comma, colon, semicolon,
    dash or bracket: a count that answers in few words may run on after a comma with a hedge or
    its source ("Three things, as far as I can tell.", "Two reasons, in short.")."""
    words: list[str] = []
    for i in range(after.first_token, after.last_token):
        if words and _CLAUSE_MARKS.search(doc.text, doc.token_ends[i - 1], doc.token_starts[i]):
            break
        if doc.lowers[i][:1].isalnum():
            words.append(doc.lowers[i])
    return words


def _labelled(doc: Document, question: Any) -> bool:
    """(voice16) Does this title open with a label of the piece's kind and a colon ("Fact check:",
    "Explainer:", "Opinion:": [title_question_labels])? Its question is the topic the piece takes
    up (a fact check's claim, an explainer's or a debate's question), not a question the author
    leaves hanging."""
    first = question.first_token
    opening = doc.lowers[first : question.last_token]
    return any(tuple(opening[: len(label)]) == label and len(opening) > len(label)
               and doc.text[doc.token_ends[first + len(label) - 1] : doc.token_starts[first + len(label)]].strip() == ":"
               for label in _tables().labels)


# (loaded31) A headline: the text's first line, a question of at most HEADLINE_WORDS words.
HEADLINE_WORDS = 20
ECHO_LETTERS = 4  # a content word of the headline echoed below it: at least this long


def _headline_answered(doc: Document, question: Any, after: Any) -> bool:
    """(loaded31) Is this question the text's headline (alone at the start of its first line, at
    most HEADLINE_WORDS words) and does the sentence after it say the piece answers it: a finding
    reported ([headline_answer_words]: "Does a daily walk after meals lower blood sugar? What a
    new trial found") or a yes or a no opening it, anywhere below; or, in a standfirst (the rest
    of the headline's line or the very next line, no blank line between), a number or a content
    word of the question echoed ("Are e-scooters safe?" then "Injuries from e-scooters doubled
    ..." on the next line)? Such a question is the piece's topic, not one left for the reader. A
    first paragraph after a blank line shares the headline's words and holds numbers whether or
    not it answers ("Did the board spend $4 million on meters?" then "The water board met on
    Tuesday."): that is no answer. (The caller rules out a leading one; a loaded one never gets
    here.)"""
    text = doc.text
    if text[: question.start].strip() or "\n" in question.text.strip():
        return False
    if question.last_token - question.first_token > HEADLINE_WORDS:
        return False
    if after.last_token == after.first_token or after.text.rstrip()[-1:] in ("?", "!"):
        return False  # another question, or a shout
    tables = _tables()
    asked = doc.lowers[question.first_token : question.last_token]
    answer = doc.lowers[after.first_token : after.last_token]
    if answer[0] in ("yes", "no") or not tables.findings.isdisjoint(answer):
        return True
    if text.count("\n", question.start, after.start) > 1:
        return False  # a paragraph after a blank line: no standfirst
    if any(any(c.isdigit() for c in w) for w in answer):
        return True  # "... lower blood sugar?" then "Blood sugar fell by 12% in ..."
    content = {w for w in asked if len(w) >= ECHO_LETTERS and w.isalpha() and w not in tables.function_words}
    return not content.isdisjoint(answer)


# (indep34) The reader's words in a question, which make it put the question to the reader
# ([leading_question_words]' second-person line), and the opening of a pointer to the answer below.
_READER_WORDS = frozenset("you your yours yourself yourselves you're you've you'll you'd".split())
_POINTER_RE = re.compile(r"(?:what|here(?:'s|\u2019s| is) what)\b", re.IGNORECASE)


def _answer_pointer(doc: Document, question: Any, after: Any) -> bool:
    """(indep34) Is this question the text's headline (as `_headline_answered` reads one) and the
    rest of its line a pointer to the answer below: a clause opening with "What" or "Here's what",
    no question, at most HEADLINE_WORDS words, ending its line ("Are seed oils bad for you? What
    the research shows", "How safe are your savings? What the compensation limit covers", "Should
    you switch energy supplier? Here's what we know")? An explainer's headline asks the reader's
    question and says the piece answers it; its "you" and "your" are the reader's, no leading
    word ("Is your phone cooking your brain? The study they tried to bury" has no pointer and
    stays rhetorical; "Isn't it time you switched? What the numbers show" still leads)."""
    text = doc.text
    if text[: question.start].strip() or "\n" in question.text.strip():
        return False
    if question.last_token - question.first_token > HEADLINE_WORDS:
        return False
    if "\n" in text[question.end : after.start] or "\n" in after.text.strip():
        return False  # the pointer stands on the headline's own line
    rest = after.text.strip()
    if not _POINTER_RE.match(rest) or rest.endswith(("?", "!")) or after.last_token - after.first_token > HEADLINE_WORDS:
        return False
    end = text.find("\n", after.end)
    return not text[after.end : end if end >= 0 else len(text)].strip()


# (loaded30) An explainer's subhead: a short question alone on its line, opening a paragraph (after
# a blank line), its answer on the very next line ("Who is affected?" then "The notice covers ...");
# SUBHEADS of them in a text make a page of questions and answers, not an author asking. (A text
# with one sentence a line has no such shape: its questions sit between blank lines or none.)
_SUBHEAD_RE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*[^\n?]{1,80}\?[ \t]*\n[ \t]*[^\s?]")
# (voice20) or a paragraph of its own, its answer the next paragraph, which runs on past its first
# sentence on the same line ("What help is there?" / blank / "Customers who ... can. Severnvale
# also ..."): a text of one-sentence paragraphs keeps its questions between blank lines.
_SUBHEAD_PARAGRAPH_RE = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*[^\n?]{1,80}\?[ \t]*\n[ \t]*\n[ \t]*[^\s?][^\n]*?[.;:][ \t]+[^\s]")
SUBHEADS = 2
SUBHEAD_WORDS = 10
# (prov24) A question heading's number or mark at its line's start: "1.", "2)", "Q3.", "Q:", "#", "##".
_HEADING_MARK = r"(?:#{1,6}[ \t]+(?:Q?\d{1,2}[.):][ \t]+)?|Q?\d{1,2}[.):][ \t]+|Q:[ \t]*)"
_MARKED_HEADING_RE = re.compile(r"[ \t]*" + _HEADING_MARK)
# a line that is only such a heading, then a line that answers it (after a blank line or not)
_MARKED_QUESTION_LINE_RE = re.compile(r"(?m)^[ \t]*" + _HEADING_MARK + r"[^\n?]{1,80}\?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?!"
                                     + _HEADING_MARK + r")[^\s?#]")


def heading_mark(text: str, start: int, end: int) -> bool:
    """(prov24) Is text[start:end] only a heading's number or mark ("1.", "2)", "Q3.", "Q:", "##")?"""
    m = _MARKED_HEADING_RE.match(text, start, end)
    return m is not None and not text[m.end() : end].strip()


def opens_with_mark(sentence: str) -> bool:
    """(prov24) Does the sentence open with a heading's number or mark ("2) Where can I ...?")?"""
    return _MARKED_HEADING_RE.match(sentence) is not None


def _subhead(doc: Document, question: Any, after: Any) -> bool:
    """(loaded30) Is this question a subhead of a questions-and-answers page: alone on its line
    after a blank line, two to SUBHEAD_WORDS words, the next sentence opening the next line with a statement,
    in a text with SUBHEADS or more such lines free of leading words ("Who is affected?", "What
    caused it?", each answered by the paragraph below it; not "Why does nobody care?")?"""
    text = doc.text
    line_start = text.rfind("\n", 0, question.start) + 1
    end = question.start + len(question.text.rstrip())
    # (prov24) a heading numbered or marked as one ("1. What is a heat pump?", "Q2) How much ...?",
    # "## Will it work?"): the number or the mark opens its line, the question after it
    marked = _MARKED_HEADING_RE.match(text, line_start, end) is not None
    if text[line_start : question.start].strip() and not marked \
            or not 2 <= question.last_token - question.first_token <= SUBHEAD_WORDS:
        return False
    if line_start and not marked and not text[:line_start].rstrip(" \t\r").endswith("\n\n"):
        return False  # a paragraph's heading stands after a blank line (a numbered one may not: prov24)
    breaks = text[end : after.start].count("\n")
    if text[end : after.start].strip() or breaks not in (1, 2):
        return False  # its answer on the very next line, or (voice20) the next paragraph
    if after.last_token == after.first_token or after.text.rstrip()[-1:] in ("?", "!"):
        return False
    sentences = doc.sentences
    if not marked and breaks == 2 and not (after.index + 1 < len(sentences) and sentences[after.index + 1].paragraph == after.paragraph):
        return False  # (voice20) an answer paragraph of one sentence: a text of one-sentence paragraphs
    if _author_says_i(doc):
        return False  # (loaded31) an essay argued in the first person asks its own questions
    leading = _tables().leading
    if marked:
        # (prov24) an explainer's numbered or marked question headings, each answered below it
        if _MARKED_HEADING_RE.match(text, after.start) is not None:
            return False  # the next line is the next heading ("1. Who pays?" / "2. Who decides?"): no answer
        plain = (m for m in _MARKED_QUESTION_LINE_RE.finditer(text)
                 if leading.isdisjoint(w.lower() for w in _LINE_WORD_RE.findall(m.group())))
        return sum(1 for _ in zip(range(SUBHEADS), plain)) >= SUBHEADS
    found = _SUBHEAD_RE.finditer(text) if breaks == 1 else _SUBHEAD_PARAGRAPH_RE.finditer(text)
    plain = (m for m in found if leading.isdisjoint(w.lower() for w in _LINE_WORD_RE.findall(m.group())))
    return sum(1 for _ in zip(range(SUBHEADS), plain)) >= SUBHEADS  # (a leading one is no subhead)


_LINE_WORD_RE = re.compile(r"[\w'\u2019]+")
# (loaded31) The author's own "I": an explainer's subheads are the newsroom's, which never says
# "I"; an essay laid out the same way whose author argues as "I" or "my" asks rhetorical questions.
_SINGULAR = frozenset(("i", "my", "me"))


def _author_says_i(doc: Document) -> bool:
    """(loaded31) Does the author say "I", "my" or "me" outside quotations and outside questions
    (a reader's heading "Can I get a refund?" is the reader's "I", not the author's, and so,
    voice20, is a reader's statement before one on its line: "I live alone. Can I ...?")? "i" in
    lower case is a mark or a numeral, not the pronoun."""
    if doc.analysis.vocabulary.isdisjoint(_SINGULAR):
        return False
    from .voice import reader_headings

    lowers, texts, sentences = doc.lowers, doc.token_texts, doc.sentences
    readers = None
    for i, word in enumerate(lowers):
        if word in _SINGULAR and (word != "i" or texts[i] == "I") and doc.quote_at(doc.token_starts[i]) is None \
                and not sentences[doc.token_sentences[i]].text.rstrip().endswith("?") \
                and not (word == "me" and not_pronoun(doc, i)):  # (advert30) "roof repair near me": a search phrase
            # (voice20) not the reader's statement before a reader's heading ("I live on my own.
            # Can I get a discount?")
            readers = reader_headings(doc) if readers is None else readers
            if doc.token_sentences[i] not in readers:
                return True
    return False


def answered(doc: Document, k: int) -> bool:
    """Is question k a plain one (no word of [leading_question_words]: "Isn't it ...?", "..., right?",
    "Why is nobody asking ...?") that the next sentence answers: in the same paragraph (or after a
    question standing alone as its paragraph, a heading), a statement that opens with a weighed
    answer ([answer_openers]: "Probably neither.", "It depends on ...", "What the numbers show")
    or reports a named source through a verb of saying ("Police recorded 50,500 offences,
    according to the ONS")? (The caller checks that the question holds no loaded term.)"""
    sentences = doc.sentences
    if k + 1 >= len(sentences):
        return False  # the text ends on it: left for the reader
    question, after = sentences[k], sentences[k + 1]
    if k == 0 and after.paragraph != question.paragraph and _labelled(doc, question):
        return _tables().leading.isdisjoint(doc.lowers[question.first_token : question.last_token])
    if k == 0 and _answer_pointer(doc, question, after):
        # (indep34) the explainer asks on the reader's behalf: "you" and "your" lead no more
        asked = [w for w in doc.lowers[question.first_token : question.last_token] if w not in _READER_WORDS]
        return _tables().leading.isdisjoint(asked)
    if k == 0 and _headline_answered(doc, question, after):
        return _tables().leading.isdisjoint(doc.lowers[question.first_token : question.last_token])
    if _subhead(doc, question, after):
        return _tables().leading.isdisjoint(doc.lowers[question.first_token : question.last_token])
    heading = (k == 0 or sentences[k - 1].paragraph != question.paragraph) and after.paragraph != question.paragraph
    if after.paragraph != question.paragraph and not heading:
        return False  # the last question of a paragraph: left hanging
    if after.last_token == after.first_token or after.text.rstrip()[-1:] in ("?", "!"):
        return False  # another question ("Or won't tell?") or a shout ("Wake up!")
    asked = doc.lowers[question.first_token : question.last_token]
    if not _tables().leading.isdisjoint(_reader_as_object(asked)):
        return False  # a leading question: rhetorical whatever follows
    return _answer_follows(doc, k)


def _reader_as_object(asked: list[str]) -> list[str]:
    """(voice21) A question's words less a closing "you" that is the object of its last verb or
    preposition, when no other "you" asks the reader: "What does it mean for you?", "How will
    the change affect you?" ask what happens to the reader, as an explainer sets out; "Do you
    believe that?", "Who are you to judge?" still put the question to the reader."""
    if len(asked) > 2 and asked[-1] == "you" and "you" not in asked[:-1]:
        return asked[:-1]
    return asked


def leading_free(asked: list[str]) -> bool:
    """(voice23) Are a question's words free of leading words ([leading_question_words]; a closing
    "you" as the object of its last verb, `_reader_as_object`, leaves it plain)?"""
    return _tables().leading.isdisjoint(_reader_as_object(asked))


# (voice23) Questions that are not the author's question left for the reader: a polite request
# and a reader's question the writer takes up.
_REQUEST_MODALS = frozenset("may might could can".split())
_REQUEST_SUBJECTS = frozenset("i we".split())


@lru_cache(maxsize=1)
def _asking_tables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    sections = load_sections(DATA)

    def words(section: str) -> frozenset[str]:
        return frozenset(w.replace("\u2019", "'") for line in sections[section] for w in line.split())

    return words("request_verbs"), words("reader_asker_words"), words("reader_asking_words")


def polite_request(doc: Document, k: int) -> bool:
    """(voice23) Is question k a polite request: a modal and "I" or "we" opening it, then a verb of
    [request_verbs] ("May I suggest that the council writes to every household ...?", "Could we
    ask that ...?")? The writer asks for something; the question leaves nothing to the reader.
    "Who could possibly believe that?", "Could I be any clearer?" stay rhetorical."""
    s = doc.sentences[k]
    opening = doc.lowers[s.first_token : s.first_token + 3]
    return len(opening) == 3 and opening[0] in _REQUEST_MODALS and opening[1] in _REQUEST_SUBJECTS \
        and opening[2] in _asking_tables()[0]


def readers_question(doc: Document, k: int) -> bool:
    """(voice23) Is question k a reader's question the writer takes up: before a colon in its
    sentence, outside quotations, a word of the readers and a word of their asking
    ([reader_asker_words], [reader_asking_words]: "This week's question came from several
    readers: the cap rose by 6%, so why did ...?", "A reader asks: is a fixed deal worth it?")?
    "You might ask: who benefits?" and "The question nobody will answer: why ...?" stay the
    author's."""
    s = doc.sentences[k]
    colon = s.text.rfind(":")
    if colon < 0 or doc.quote_at(s.start + colon) is not None:
        return False
    before = [doc.lowers[i].replace("\u2019", "'") for i in range(s.first_token, s.last_token)
              if doc.token_starts[i] < s.start + colon]
    _, askers, asking = _asking_tables()
    return not askers.isdisjoint(before) and not asking.isdisjoint(before)

"""The author's own voice: a verb whose subject is the writer ("I must admit", "we concede").

A loaded attribution verb ("admitted", "confessed", "claimed") passes judgement on someone whose
words it reports; with a first-person subject it reports no one: "I must admit", "I confess",
"we freely admit" are the author talking about themselves. `first_person_subject(doc, i)` says
whether the verb at word i has such a subject: a first-person pronoun right before it, or before
at most MAX_HELPERS helper words (modals, "have to", negations, a few adverbs of manner), in the
same sentence; an adverb in -ly counts as a helper too ("I firmly believe", "we strongly think").
Used by `xlplugin.scorers.loaded_language` for its [attribution] words and by `xlplugin.cues`
(`first_person_before`, on one sentence's words): "I believe" names no source, the author speaks.
Blind spots: a subject further away ("I, for one, admit", "I will be the first to admit"); a
first-person pronoun in unquoted reported speech.

Two first-person uses that are not an argued voice (loaded language version 21), each read from
the words around it: `reports_method(doc, i)`, a newsroom telling how it worked ("We contacted
the owner", "We have checked", "We measured about 50 decibels": "we" as the subject of a verb of
checking, method or disclosure, [method_verb_words] in loaded_language.txt; "us" as the object
of a source's verb of handing over, [method_object_verbs]: "which sent us the minutes", "a
statement sent to us", "wrote to us"; not "told us", as often argued as reporting) and the outlet's
greeting ("Welcome to our live coverage"); and `reader_heading(doc, k)`, a question in the
reader's voice standing alone on its line as the heading of an FAQ or advice section ("What
should I do?", "How do I apply?", "Can I still travel?"), whose "I" is the reader's and which is
no rhetorical question. "We must", "we believe", "we should all" and "I think" stay the
author's voice. Blind spots: an argued "us" after a listed verb ("they sent us the bill",
"they wrote to us for years") reads as the newsroom's, and "a spokesperson told us" stays the
author's; a method verb far from its subject ("we then, after a week of
waiting, contacted"); an argued "we found the plan a disgrace"; a reader's question run into a
paragraph.

Three more (loaded language version 25, voice9): `reply_call(doc, k)`, a sentence asking the
reader to reply ("Tell us in the comments", "Let us know below", "Email us at ...":
[reply_call_starts]), whose "us"/"me" is whom to write to, and `reply_prompt(doc, k)`, a question
with a word of the reader's right before one ("Which tip was your favourite? Tell us ..."), which
asks for the reader's answer; `forum_post(doc)` and `help_question(doc, k)`: under forum furniture
(two lines of [forum_line_starts]) "I", "me", "my" are the poster speaking for themselves, as an
interviewee's are, and a question asking for information ("Is that a bad idea?", not "Why ...?",
none with "we") is a request for help; and, in `reports_method`, "we" + an adverb of error ("we
wrongly stated"), research and correction verbs in [method_verb_words] ("We randomly assigned",
"We apologise") and "our" before the institution's staff or work ("Our reporter", "in our
sample": [staff_noun_words]). `reader_sentences(doc)` gathers the questions in the reader's voice
or put to the reader. Blind spots: a forum poster's argued "I" ("I think they are all crooks")
is not counted (their loaded words and rhetorical questions are); a rhetorical question with
"you" right before "Let us know" reads as a prompt; "our team" (a fan's) is not staff.
"""

from __future__ import annotations

import bisect
import re
import weakref
from functools import lru_cache

from . import forum_posts
from .argued_voice import heading_mark, opens_with_mark
from .lexicon import load_sections
from .phrases import words
from .text import Document

__all__ = ["FIRST_PERSON", "HELPERS", "MAX_HELPERS", "first_person_subject", "first_person_before",
           "reports_method", "reader_heading", "reader_headings", "not_argued", "READER_HEADING_MAX_WORDS",
           "reader_sentences", "reply_call", "in_reply_call", "reply_prompt", "forum_post", "help_question",
           "STAFF_GAP", "reader_question_list"]

_DATA = "loaded_language.txt"
# A reader's heading is short: "Where can I get sandbags for my house?" is 9 words.
READER_HEADING_MAX_WORDS = 12
# The reader's pronoun in a heading question ("How do I apply?"). (Not "we": "What can we do?"
# alone on its line is as often an argued piece's question as a heading.)
READER_PRONOUNS = frozenset(("i", "my"))  # (voice20) "my": "Will my bill go up?", "Why has my tax gone up?"

# First-person subject pronouns, as the tokeniser gives them (lower case, contractions kept whole).
FIRST_PERSON = frozenset("i i'll i'd i've i'm we we'll we'd we've we're".split())
# Words that may stand between the subject and the verb: modals and auxiliaries ("must", "have
# to", "will"), negations ("don't", "never") and adverbs of manner ("freely", "readily").
HELPERS = frozenset("""must have has had to will would shall should can could may might do did does need
    needs got gotta ought don't didn't can't cannot won't wouldn't shouldn't not never also even just
    freely readily gladly happily honestly openly frankly reluctantly sadly now still always""".split())
# At most this many helper words between the subject and the verb ("I will have to admit").
MAX_HELPERS = 3


def first_person_subject(doc: Document, i: int) -> bool:
    """Is the verb at word i said by the author of themselves ("I must admit", "we concede")?"""
    return first_person_before(doc.lowers, i, doc.sentences[doc.token_sentences[i]].first_token)


def _helper(lower: str) -> bool:
    """May the word stand between the subject and its verb? (A listed helper, or an adverb in
    -ly: "I firmly believe", "we honestly think".)"""
    return lower in HELPERS or (len(lower) > 4 and lower.endswith("ly"))


def first_person_before(lowers: list[str], i: int, first: int = 0) -> bool:
    """`first_person_subject` on a list of lower-cased words: is the word at i preceded by a
    first-person pronoun, at most MAX_HELPERS helper words before it, no further back than
    `first` (the sentence's first word)?"""
    k = i - 1
    while k >= first and i - 1 - k < MAX_HELPERS and _helper(lowers[k]):
        k -= 1
    return k >= first and lowers[k] in FIRST_PERSON


# ------------------------------------------------------------------------------------------------
# first person that reports (version 21)
# ------------------------------------------------------------------------------------------------

class _Sets:
    """The word sets the version-21 rules read, looked up once (asked for at every first-person
    word: attribute look-ups, not a cached call with two arguments each time)."""

    def __init__(self) -> None:
        self.method_verbs = words(_DATA, "method_verb_words")
        self.object_verbs = words(_DATA, "method_object_verbs")
        self.greetings = words(_DATA, "greeting_words")
        self.question_words = words(_DATA, "reader_question_words")
        self.auxiliaries = words(_DATA, "reader_question_auxiliary_words")
        # (voice9)
        self.error_adverbs = words(_DATA, "error_adverb_words")
        self.staff_nouns = words(_DATA, "staff_noun_words")
        # (loose30)
        self.own_text = words(_DATA, "own_text_words")
        self.edit_words = words(_DATA, "edit_words")
        self.edit_verbs = words(_DATA, "edit_verbs")
        self.text_parts = words(_DATA, "text_part_words")
        self.reply_calls = _word_tuples("reply_call_starts")
        self.reply_calls_with_reader = _word_tuples("reply_call_starts_with_reader")
        self.reply_places = words(_DATA, "reply_place_words")
        self.forum_lines = tuple("\n" + line for line in load_sections(_DATA)["forum_line_starts"])
        self.help_starts = words(_DATA, "help_question_starts")
        self.source_tellers = words(_DATA, "source_teller_words")  # (mirror21) "an insider told us"


def _word_tuples(section: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of a section of loaded_language.txt as tuples of words, longest first."""
    return tuple(sorted((tuple(line.split()) for line in load_sections(_DATA)[section]), key=len, reverse=True))


@lru_cache(maxsize=1)
def _sets() -> _Sets:
    return _Sets()


# The newsroom's "we" as the subject of a verb of method ("we contacted", "we've checked").
_METHOD_SUBJECTS = frozenset("we we've".split())
# Words between the newsroom's "we" and its verb of method: tense, negation and adverbs ("we
# have checked", "we also contacted", "we independently verified"), not a modal ("we must
# read", "we should check": an argument about what to do).
_METHOD_HELPERS = frozenset(w.replace("'", q) for w in "have has had also then first just now not never did didn't haven't "
                            "hadn't already again since".split() for q in "'\u2019")
# Before "we", words that make its clause no report: a condition or a time to come ("if we
# measured ability by ...", "as we read through the rest") or a question ("Have we reached ...?").
_NOT_REPORTING_BEFORE = frozenset(
    "if as unless until whether have has had do did does can could should would will shall".split())
_DO = frozenset("do does did".split())
# The greeting's pronoun: "our" or "us" after "welcome (back) to".
_GREETED = frozenset("our us".split())


def reports_method(doc: Document, i: int) -> bool:
    """Is the first-person word at i a newsroom reporting its own method ("We contacted the
    owner", "We have checked", "we also measured") or the outlet's greeting ("Welcome to our
    live coverage")? Then it reports, it does not argue."""
    lowers = doc.lowers
    lower = lowers[i]
    sets = _sets()
    if lower in _GREETED and _greeted(lowers, i):
        return True
    if lower == "our":
        return _names_own_staff(doc, i) or _names_own_text(doc, i)
    if lower in _REPLY_OBJECTS and in_reply_call(doc, i):
        return True
    if lower == "us":
        return _reported_to_us(doc, i) or _source_told_us(doc, i)
    if lower not in _METHOD_SUBJECTS:
        return False
    if _newsroom_reveals(doc, i):
        return True  # "..., we can reveal.", "we have learned", ", we understand." (mirror21)
    sentence = doc.token_sentences[i]
    if i > 0 and doc.token_sentences[i - 1] == sentence and lowers[i - 1] in _NOT_REPORTING_BEFORE:
        return False
    k = i + 1
    while k < len(lowers) and k - i - 1 < MAX_HELPERS and doc.token_sentences[k] == sentence \
            and (lowers[k] in _METHOD_HELPERS or len(lowers[k]) > 4 and lowers[k].endswith("ly")):
        if lowers[k] in sets.error_adverbs:
            return True  # (voice9) "we wrongly stated": the outlet correcting itself
        k += 1
    if k < len(lowers) and doc.token_sentences[k] == sentence and lowers[k] in _REGRET_VERBS:
        return _regrets_an_error(lowers, k)  # (kinds26) "We regret the errors": the outlet correcting itself
    if k < len(lowers) and doc.token_sentences[k] == sentence and lowers[k] in sets.edit_verbs:
        return _edits_text(doc, k)  # (loose30) "We have since removed the photograph": an editor's note
    return k < len(lowers) and doc.token_sentences[k] == sentence and lowers[k] in sets.method_verbs


# (kinds26) "we regret" is the outlet correcting itself only before its error ("We regret the errors", "we regret
# any confusion"); "We will regret this decision", "we regret that the council ..." argue.
_REGRET_VERBS = frozenset("regret regrets".split())
_REGRET_DETERMINERS = frozenset("the this these that those any our".split())
_ERROR_NOUNS = frozenset("error errors mistake mistakes omission omissions confusion inaccuracy inaccuracies".split())


def _regrets_an_error(lowers: list[str], k: int) -> bool:
    return k + 2 < len(lowers) and lowers[k + 1] in _REGRET_DETERMINERS and lowers[k + 2] in _ERROR_NOUNS


# ------------------------------------------------------------------------------------------------
# the institution's own staff, calls to reply, forum posts (voice9, loaded language version 25)
# ------------------------------------------------------------------------------------------------

# At most this many words between "our" and a staff noun ("our political editor", "our own
# Washington correspondent").
STAFF_GAP = 2
# The first person a reader is asked to write to ("Tell us", "Let me know").
_REPLY_OBJECTS = frozenset("us me".split())
# Words that may open a call to reply before its verb ("Please let us know", "So tell us").
_REPLY_LEAD = frozenset("please so and now do just then".split())
# Words of the reader in a question before a call to reply ("Which tip was your favourite?").
_READER_WORDS = frozenset(w.replace("'", q) for w in "you your yours yourself you're you've you'll you'd".split()
                          for q in "'\u2019")
_SINGULAR = frozenset("i me my mine myself".split())
_PLURAL = frozenset("we us our ours ourselves".split())


def _names_own_staff(doc: Document, i: int) -> bool:
    """Is the "our" at i the outlet or the research team naming its own staff or work: a noun of
    [staff_noun_words] at most STAFF_GAP words after it, in the same sentence, no possessive
    between ("Our reporter Kate Lyle", "our political editor", "in our sample"; not "our
    country's journalists")?"""
    lowers, sentence_of = doc.lowers, doc.token_sentences
    staff = _sets().staff_nouns
    end = min(len(lowers), i + STAFF_GAP + 2)
    for k in range(i + 1, end):
        if sentence_of[k] != sentence_of[i]:
            return False
        if lowers[k] in staff:
            return True
        if lowers[k].endswith(("'s", "\u2019s")) or lowers[k] in _PLURAL:
            return False
    return False


# (loose30) words after a verb of editing looked at for the part of a text it changed ("We have
# since removed the photograph of the harbour master")
EDIT_OBJECT_WINDOW = 5


def _names_own_text(doc: Document, i: int) -> bool:
    """(loose30) Is the "our" at i the outlet naming its own text in a correction: a noun of
    [own_text_words] at most STAFF_GAP words after it, no possessive between, in a sentence that
    holds a word of [edit_words] ("Our original headline said ...", "an earlier version of our
    story", "This has been corrected in our online version"; not "Our story as a nation")?"""
    lowers, sentence_of = doc.lowers, doc.token_sentences
    sets = _sets()
    end = min(len(lowers), i + STAFF_GAP + 2)
    for k in range(i + 1, end):
        if sentence_of[k] != sentence_of[i] or lowers[k].endswith(("'s", "\u2019s")) or lowers[k] in _PLURAL:
            return False
        if lowers[k] in sets.own_text:
            sentence = doc.sentences[sentence_of[i]]
            return any(lowers[m] in sets.edit_words for m in range(sentence.first_token, sentence.last_token))
    return False


def _edits_text(doc: Document, k: int) -> bool:
    """(loose30) Is the verb of editing at k ([edit_verbs]: "removed", "added") said of a part of
    a text ([text_part_words]) within EDIT_OBJECT_WINDOW words after it in its sentence ("We have
    since removed the photograph", "we have added a response"; not "We have removed every
    safeguard")?"""
    lowers, sentence_of = doc.lowers, doc.token_sentences
    parts = _sets().text_parts
    return any(sentence_of[m] == sentence_of[k] and lowers[m] in parts
               for m in range(k + 1, min(len(lowers), k + 1 + EDIT_OBJECT_WINDOW)))


def reply_call(doc: Document, k: int) -> tuple[int, int] | None:
    """The words (first, last+1) of the call to reply that opens sentence k ("Tell us in the
    comments", "Let us know below", "Email us at ...": [reply_call_starts], and "tell us", "send
    us" only with a word of [reply_place_words] in the sentence), after at most two words of
    _REPLY_LEAD ("So please let us know"); or None."""
    s = doc.sentences[k]
    lowers = doc.lowers
    j = s.first_token
    while j < s.last_token and j - s.first_token < 2 and lowers[j] in _REPLY_LEAD:
        j += 1
    sets = _sets()
    for phrase in sets.reply_calls:
        if tuple(lowers[j : j + len(phrase)]) == phrase and j + len(phrase) <= s.last_token:
            return j, j + len(phrase)
    for phrase in sets.reply_calls_with_reader:
        if tuple(lowers[j : j + len(phrase)]) == phrase and j + len(phrase) <= s.last_token \
                and not sets.reply_places.isdisjoint(lowers[j + len(phrase) : s.last_token]):
            return j, j + len(phrase)
    return None


def in_reply_call(doc: Document, i: int) -> bool:
    """Is the word at i inside the call to reply that opens its sentence (`reply_call`)?"""
    span = reply_call(doc, doc.token_sentences[i])
    return span is not None and span[0] <= i < span[1]


def reply_prompt(doc: Document, k: int) -> bool:
    """Is question k one put to the reader right before a call to reply: it holds a word of the
    reader ("Which tip was your favourite? Tell us in the comments", "Have you tried it? Let us
    know below")? Then it asks for the reader's answer, it does not argue."""
    if k + 1 >= len(doc.sentences):
        return False
    s = doc.sentences[k]
    return not _READER_WORDS.isdisjoint(doc.lowers[s.first_token : s.last_token]) and reply_call(doc, k + 1) is not None


# A memo on the document object (as interview.find's; never on its text): forum_post is asked
# at each first-person word of a text.
_LAST_FORUM: list = [None, False]


def forum_post(doc: Document) -> bool:
    """Do two different lines of [forum_line_starts] open lines of the text ("Re: ...", "Reply
    from ...", "Joined: ..."), or (voice20) is it a thread of replies (`forum_posts.thread`)?
    Then it is a forum post: its poster speaks for themselves."""
    last = _LAST_FORUM[0]() if _LAST_FORUM[0] is not None else None
    if last is doc:
        return _LAST_FORUM[1]
    lower = doc.analysis.lower_text
    found = 0
    for line in _sets().forum_lines:
        # (str.find on a literal "\n..." from C: no pass over the words)
        if lower.startswith(line[1:]) or lower.find(line) >= 0:
            found += 1
            if found == 2:
                break
    # (voice20) or a thread of replies under poster lines ("u/pine_pete \u00b7 412 points")
    post = found >= 2 or forum_posts.thread(doc) is not None
    _LAST_FORUM[:] = [weakref.ref(doc), post]
    return post


def help_question(doc: Document, k: int) -> bool:
    """Is question k a forum poster asking for information (`forum_post`): it opens (after a
    thread subject's "Re:") with a word of [help_question_starts] ("Is that a bad idea?", "Should
    I sand it first?"; not "Why ...?"), holds no "we", "us", "our", and either is the thread's
    subject line ("Re: Is it safe to ...?") or stands in a paragraph where the poster speaks of
    themselves ("I", "my"), or (voice23) stands alone as its paragraph over the poster's own words
    (a thread's title: `_thread_title`)?"""
    s = doc.sentences[k]
    lowers = doc.lowers[s.first_token : s.last_token]
    if not lowers or not forum_post(doc):
        return False
    subject = lowers[0] == "re" and doc.text[doc.token_ends[s.first_token] : doc.token_ends[s.first_token] + 1] == ":"
    opening = lowers[1:2] if subject else lowers[:1]
    if not opening or opening[0] not in _sets().help_starts or not _PLURAL.isdisjoint(lowers):
        return False
    return subject or _poster_speaks(doc, k) or _thread_title(doc, k)


def _poster_speaks(doc: Document, k: int) -> bool:
    """Does sentence k's paragraph (up to a blank line either side) hold "I", "me" or "my"?"""
    text, s = doc.text, doc.sentences[k]
    start = text.rfind("\n\n", 0, s.start) + 1
    end = text.find("\n\n", s.end)
    end = len(text) if end < 0 else end
    first = bisect.bisect_left(doc.token_starts, start)
    last = bisect.bisect_left(doc.token_starts, end)
    return not _SINGULAR.isdisjoint(doc.lowers[first:last])


def _thread_title(doc: Document, k: int) -> bool:
    """(voice23) Is question k a paragraph of its own whose next paragraph is the poster speaking
    of themselves ("Is it normal for a boiler service to take 20 minutes?" over "Had my annual
    service today ..."): the thread's title, asked by the poster?"""
    sentences = doc.sentences
    if k + 1 >= len(sentences):
        return False
    s, after = sentences[k], sentences[k + 1]
    if k and sentences[k - 1].paragraph == s.paragraph or after.paragraph != s.paragraph + 1:
        return False
    return _poster_speaks(doc, k + 1)


def _reported_to_us(doc: Document, i: int) -> bool:
    """Is the "us" at i the newsroom as the one a source handed its material to: the object of
    a verb of [method_object_verbs] ("which sent us the minutes", "emailed us"),
    or after "to" following one ("wrote to us", "confirmed to us"), in the same sentence, and not
    followed by "to" ("sent us to war": an act, argued)?"""
    lowers, sentence_of = doc.lowers, doc.token_sentences
    sentence = sentence_of[i]
    if i + 1 < len(lowers) and sentence_of[i + 1] == sentence and lowers[i + 1] == "to":
        return False
    k = i - 1
    if k > 0 and lowers[k] == "to" and sentence_of[k] == sentence:
        k -= 1
    return k >= 0 and sentence_of[k] == sentence and lowers[k] in _sets().object_verbs



# (mirror21) A newsroom's own "we" and "us" in a story, not an argued voice: the exclusive's
# "we can reveal" ("can", "now", "exclusively", "today" between), "we revealed", "we have
# learned" / "learnt", "we understand" as a tag between commas or at a sentence's end ("The pair
# split in May, we understand."), and "us" after "told" with a source as its subject at most
# SOURCE_GAP words before ("A source close to the couple told us", "an insider told us":
# [source_teller_words]); "They told us the snow would stop" and "we understand your anger" argue.
SOURCE_GAP = 6
_REVEAL_HELPERS = frozenset("can now exclusively today also first".split())
_LEARNED = frozenset("learned learnt".split())


def _newsroom_reveals(doc: Document, i: int) -> bool:
    """Is the "we" at i the newsroom revealing or learning what it reports?"""
    lowers, sentence_of = doc.lowers, doc.token_sentences
    sentence, n = sentence_of[i], len(lowers)
    k = i + 1
    while k < n and sentence_of[k] == sentence and lowers[k] in _REVEAL_HELPERS:
        k += 1
    if k >= n or sentence_of[k] != sentence:
        return False
    if lowers[k] in ("reveal", "revealed") or lowers[i] == "we've" and lowers[k] in _LEARNED:
        return True
    if lowers[k] == "have" and k + 1 < n and sentence_of[k + 1] == sentence and lowers[k + 1] in _LEARNED:
        return True
    if lowers[k] != "understand" or k != i + 1:
        return False
    text = doc.text
    before = text[: doc.token_starts[i]].rstrip()
    after = text[doc.token_starts[k] + len("understand"):].lstrip()
    return before.endswith(",") and after[:1] in (".", ",", "")


def _source_told_us(doc: Document, i: int) -> bool:
    """Is the "us" at i the newsroom told something by a source ("an insider told us")?"""
    lowers, sentence_of = doc.lowers, doc.token_sentences
    sentence = sentence_of[i]
    if i < 1 or lowers[i - 1] != "told" or sentence_of[i - 1] != sentence:
        return False
    tellers = _sets().source_tellers
    first = max(0, i - 1 - SOURCE_GAP)
    return any(sentence_of[k] == sentence and lowers[k] in tellers for k in range(first, i - 1))


def not_argued(doc: Document, i: int, headings: set[int]) -> bool:
    """Is the first-person word at i no argued voice: a newsroom's method or greeting
    (`reports_method`), inside one of `headings` (the sentences that are in the reader's voice:
    `reader_sentences`), or (voice9) "I", "me", "my" in a forum post (`forum_post`: the poster
    speaking for themselves)?"""
    return reports_method(doc, i) or bool(headings) and doc.token_sentences[i] in headings \
        or doc.lowers[i] in _SINGULAR and forum_post(doc)


def _greeted(lowers: list[str], i: int) -> bool:
    """Is the word at i right after "welcome to" or "welcome back to" (the outlet's greeting)?"""
    if i < 2 or lowers[i - 1] != "to":
        return False
    k = i - 3 if lowers[i - 2] == "back" else i - 2
    return k >= 0 and lowers[k] in _sets().greetings


def reader_headings(doc: Document) -> set[int]:
    """The sentences of the text that are reader headings (`reader_heading`), by index, and
    (voice20) the reader's statements before one on its line (`_reader_lead`)."""
    if "?" not in doc.text:
        return set()  # most reports: no pass over the sentences
    found = {k for k, s in enumerate(doc.sentences) if "?" in s.text and reader_heading(doc, k)}
    found = found.union(*(_reader_lead(doc, k) for k in found)) if found else found
    return found | _checklist_sentences(doc)  # (kinds48) a checklist of questions put to the reader


def reader_sentences(doc: Document) -> set[int]:
    """The questions of the text in the reader's voice or put to the reader for an answer, by
    index: reader headings (`reader_heading`, with the reader's statements before one on its
    line), (voice9) a question before a call to reply (`reply_prompt`) and a forum poster's
    request for information (`help_question`)."""
    if "?" not in doc.text:
        return set()  # most reports: no pass over the sentences
    found = set()
    for k, s in enumerate(doc.sentences):
        if "?" not in s.text:
            continue
        if reader_heading(doc, k):
            found.add(k)
            found.update(_reader_lead(doc, k))
        elif reply_prompt(doc, k) or help_question(doc, k):
            found.add(k)
    return found | _checklist_sentences(doc)  # (kinds48) a checklist of questions put to the reader


# (voice20) A reader's heading may first say who asks, in the reader's "I" ("I live on my own.
# Can I get a discount?", "I'm on a low income. Can I get help?"): at most READER_LEAD_SENTENCES
# statements on the heading's line, each with "I", "I'm" or "my", the line at most
# READER_LINE_MAX_WORDS words.
READER_LEAD_SENTENCES = 2
READER_LINE_MAX_WORDS = 16
_READER_SELF = frozenset(w.replace("'", q) for w in "i i'm i've my".split() for q in "'\u2019")


def _reader_lead(doc: Document, k: int) -> list[int]:
    """(voice20) The statements before question k on its line that are the reader saying who
    asks (`reader_heading` allows them): their indexes, or [] when the question opens its line."""
    sentences, text = doc.sentences, doc.text
    line_start = text.rfind("\n", 0, sentences[k].start) + 1
    lead = []
    j = k - 1
    while j >= 0 and sentences[j].start >= line_start:
        lead.append(j)
        j -= 1
    return lead


def _reader_lead_ok(doc: Document, k: int, line_start: int) -> bool:
    """(voice20) Is what stands before question k on its line (from `line_start`) up to
    READER_LEAD_SENTENCES whole statements in the reader's first person, the line short?"""
    sentences = doc.sentences
    lead = _reader_lead(doc, k)
    if not lead or len(lead) > READER_LEAD_SENTENCES or sentences[lead[-1]].start != line_start \
            or sentences[k].last_token - sentences[lead[-1]].first_token > READER_LINE_MAX_WORDS:
        return False
    for j in lead:
        s = sentences[j]
        if not s.text.rstrip().endswith(".") or _READER_SELF.isdisjoint(doc.lowers[s.first_token : s.last_token]):
            return False
    return True


def reader_heading(doc: Document, k: int) -> bool:
    """Is sentence k a question in the reader's voice standing alone on its line as a heading
    ("What should I do?", "How do I apply?", "Can I still travel?")? At most
    READER_HEADING_MAX_WORDS words, a line of its own, an answer after it (the next sentence,
    on a later line, is no question), and its words open with up to two question words, then an
    auxiliary or a modal and "I" ("How do I", "Can I", "What if I": the reader asking what to do;
    "Am I wrong?" is no reader's question)."""
    sentences = doc.sentences
    s = sentences[k]
    text = doc.text
    n = s.last_token - s.first_token
    if n == 0 or n > READER_HEADING_MAX_WORDS or not s.text.rstrip().endswith("?"):
        return False
    end = s.start + len(s.text.rstrip())
    line_start = text.rfind("\n", 0, s.start) + 1
    if k + 1 >= len(sentences):
        return False  # nothing after it
    if text[line_start : s.start].strip() and not heading_mark(text, line_start, s.start):  # (prov24) "2. Can I ...?"
        line_start += len(text[line_start : s.start]) - len(text[line_start : s.start].lstrip())
        if not _reader_lead_ok(doc, k, line_start):
            return False  # inside a paragraph (not after the reader's own statements: voice20)
    nxt = sentences[k + 1]
    if "\n" not in text[end : nxt.start] or nxt.text.rstrip().endswith("?"):
        return False  # not alone on its line, or no answer follows
    asked = doc.lowers[s.first_token : s.last_token]
    if opens_with_mark(s.text):
        while asked and (asked[0].isdigit() or asked[0] in _MARK_WORDS):
            asked = asked[1:]  # (prov24) "2) Where can I charge it?": the heading's number is no word of it
    return _asks_as_reader(asked)


# (prov24) the words of a heading's mark ("Q1.", "#") as tokens
_MARK_WORDS = frozenset(("q", "#", "##", "###") + tuple(f"q{n}" for n in range(1, 100)))


def _asks_as_reader(lowers: list[str]) -> bool:
    """Do the words open as a reader's question: up to two question words ("what", "what if"),
    then an auxiliary or a modal before "I" ("how do I", "can I"), or "if" before it ("what if I")?"""
    question, auxiliary = _sets().question_words, _sets().auxiliaries
    j = 0
    while j < min(2, len(lowers)) and lowers[j] in question:
        j += 1
    if j < len(lowers) and lowers[j] in READER_PRONOUNS and j and lowers[j - 1] == "if":
        return True
    if j == 0 and lowers[:1] and lowers[0] in _DO:
        return False  # "Do I hear ...?": a yes/no question with "do" is the author's as often as the reader's
    if j + 1 < len(lowers) and lowers[j + 1] == "my" and lowers[j] in _MY_AUXILIARIES:
        return True  # (voice20) "Why has my council tax gone up?", "Is my bill right?": the reader's own
    return j + 1 < len(lowers) and lowers[j] in auxiliary and lowers[j + 1] in READER_PRONOUNS


# (voice20) Before "my", a form of "be" or "have" asks after the reader's own thing too ("Why has
# my bill gone up?", "Is my data safe?"); before "I" it does not ("Am I wrong?").
_MY_AUXILIARIES = frozenset("is are was has have".split())


# ------------------------------------------------------------------------------------------------
# (kinds48) a checklist of questions put to the reader
# ------------------------------------------------------------------------------------------------

# A list item: a dash, a bullet or a number with "." or ")" opening its line, its words after it.
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u00b7]|\d{1,2}[.)])[ \t]+(\S.*?)[ \t]*$")
_LEAD_WORD_RE = re.compile(r"[\w\u2019']+")
# at least this many question items in a row under the lead line
READER_LIST_MIN_ITEMS = 2
READER_LIST_ITEM_MAX_WORDS = 25


# (speed54) A memo on the document object, as `_LAST_FORUM`: the reader's checklists are asked for by loaded language's
# voice and twice by the kinds (the writer's own words, the first-person rate), each a pass over the text's lines.
_LAST_CHECKLIST: list = [None, ()]


def reader_question_list(doc: Document) -> list[tuple[int, int]]:
    """(kinds48) The list items that are questions put to the reader to ask themselves, as spans of the text: a
    line addressing the reader and ending in a colon ("Ask yourself:", "Frage dich Folgendes:", "Mithilfe der
    folgenden Fragen kannst du testen, ob ...:": a word of [reader_list_lead_words] in loaded_language.txt, "Sie"
    capitalised after the line's first word), then READER_LIST_MIN_ITEMS or more list items in a row, each only
    questions ("- Does it give me energy?", "- Verleiht es mir Energie? Macht es mich wacher?"), blank lines
    between allowed. Their "I", "me", "mein" are the reader's, as a reader's heading's are (`reader_heading`): a
    self-test or a checklist, no voice of the writer's. A lead with no word for the reader ("I keep asking
    myself:", "Ich frage mich:") leaves the list the writer's own questions."""
    last = _LAST_CHECKLIST[0]() if _LAST_CHECKLIST[0] is not None else None
    if last is not doc:
        _LAST_CHECKLIST[:] = [weakref.ref(doc), tuple(_reader_question_list(doc))]
    return list(_LAST_CHECKLIST[1])  # (a list of its own for each caller)


def _reader_question_list(doc: Document) -> list[tuple[int, int]]:
    """`reader_question_list`, worked out."""
    text = doc.text
    if "?" not in text or ":" not in text:
        return []
    lead_words = _reader_list_lead_words()
    spans: list[tuple[int, int]] = []
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    k = 0
    while k < len(lines):
        start, line = lines[k]
        k += 1
        stripped = line.strip()
        if not stripped.endswith(":") or _LIST_ITEM_RE.match(line):
            continue
        words = _LEAD_WORD_RE.findall(stripped)
        if not (any(w.lower() in lead_words for w in words) or "Sie" in words[1:]):
            continue
        items, j = [], k
        while j < len(lines):
            item_start, item = lines[j]
            if not item.strip():
                j += 1
                continue
            m = _LIST_ITEM_RE.match(item)
            body = m.group(1) if m else ""
            if not (body.endswith("?") and _only_questions(body) and len(body.split()) <= READER_LIST_ITEM_MAX_WORDS):
                break
            items.append((item_start + m.start(1), item_start + m.end(1)))
            j += 1
        if len(items) >= READER_LIST_MIN_ITEMS:
            spans += items
            k = j
    return spans


def _checklist_sentences(doc: Document) -> set[int]:
    """(kinds48) The sentences of the text inside a checklist of questions put to the reader (`reader_question_list`),
    by index: reader headings, their "I" the reader's and their questions none of the writer's."""
    spans = reader_question_list(doc)
    if not spans:
        return set()
    starts = [s.start for s in doc.sentences]
    found: set[int] = set()
    for start, end in spans:
        k = max(bisect.bisect_right(starts, start) - 1, 0)
        while k < len(starts) and starts[k] < end:
            found.add(k)
            k += 1
    return found


def _only_questions(body: str) -> bool:
    """Is every sentence of a list item's words a question ("Does it help? Is it fun?"; not "It helps. Why?")?"""
    return all(piece.rstrip().endswith("?") for piece in re.findall(r"[^.!?]+[.!?]*", body) if piece.strip())


@lru_cache(maxsize=1)
def _reader_list_lead_words() -> frozenset[str]:
    return words(_DATA, "reader_list_lead_words")

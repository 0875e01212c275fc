"""(prov14) Attributions the provenance cues set aside: words nobody reported, and labels.

The attribution pass (`xlplugin.cues`) finds a source and a verb of saying; provenance asks more
of a named source: that the text reports what someone said. Three shapes found by it are not that:

- `unsaid`: a verb of saying that reports nothing said: a command ("Please tell us when
  booking", "Call your MP today and demand an inquiry!", "Tell them what you think", byline18: "Call your
  congressman and say NO", a call to action's verb opening the sentence), speech to
  come ("The government will tell you to wait", "She'd say no"), or a word inside a plan's object
  ("The trust plans to remove 140 posts": "posts" is the noun);
- `author_bio`: the author's own bio line, at the text's start or end ("Jane Roe is a retired
  teacher and writes a weekly column", "NAME is a ROLE whose ...", "... who writes about ...";
  attrib16: "Jane Doe is a reporter covering health", "Jane Doe has covered health for The
  Herald for 12 years"), which says who wrote the text (a byline's business), not whom the text
  reports; unsourced_claims reads it too: a bio line is no claim;
- `genre_label`: a line that is only the text's genre ("PRESS RELEASE", "Statement"), which names
  the text itself, not a document it points to;
- `own_credit_line` (sources21): a short line in the text's head that credits the text itself
  ("A report by Shelter First, October 2026", "A study by Clean Water Watch"): the text, not a
  document it reads from.

Used by `xlplugin.scorers.provenance` (named sources with roles; references to primary
documents), and `author_bio` by `xlplugin.scorers.unsourced_claims` (attrib16). The attribution
pass itself is unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from .cues import Attribution
from .text import Document, Sentence

__all__ = ["unsaid", "author_bio", "genre_label", "genre_words", "own_credit_line", "own_credit_span", "reports_nothing_said",
           "document_speaker", "judged_for"]

# Words before a verb that make it speech to come or a wish, not a report ("will tell", "would
# say", "he'll tell", "she'd say"; "to" is `provenance._infinitive`'s).
_FUTURE = frozenset("will would shall 'll".split())
_FUTURE_ENDS = ("'ll", "\u2019ll", "'d", "\u2019d")
# Words of a plan before "to": what follows is the plan's object, not something said.
_PLAN = frozenset("plan plans planned planning intend intends intended intending propose proposes proposed "
                  "proposing aim aims aimed aiming".split())
# Words that end the plan's clause: a verb of saying after them may report ("which plans to close
# the unit, said on Monday", "groups that planned to march on Sunday have said").
_CLAUSE_BREAKS = frozenset("and but which who that has have had is are was were did does".split())
_BREAK_MARKS = frozenset(",;:()\u2014\u2013")
# Words before an imperative ("Please tell us", "Just tell them", "Now show the board").
_IMPERATIVE_OPENERS = frozenset("please just now so then".split())
# (byline18) Verbs of a call to action opening a sentence: a verb of saying after "and"/"or" in it
# is part of the command ("Call your congressman and say NO", "Write to your MP and tell them").
_ACTION_VERBS = frozenset("call ring phone email e-mail write contact text message tweet visit join sign go".split())


def unsaid(doc: Document, i: int, sentence: Sentence, reporting: frozenset[str]) -> bool:
    """Is the reporting word at token `i` (in `sentence`) no report of what someone said: an
    imperative, speech to come, or a word inside a plan's object (see the module's text)?"""
    lowers = doc.lowers
    first = sentence.first_token
    before = lowers[i - 1] if i > first else ""
    if (before in _FUTURE or before.endswith(_FUTURE_ENDS)) and _lower_case(doc, i - 1, first) \
            and not _narrative_would(doc, first, i):
        return True  # ("George Will tells us", "Instead, Will said": a name, not the modal)
    if _base_form(lowers[i], reporting) and _imperative(doc, i, sentence, before):
        return True
    if lowers[i] in _REPORT_FORMS and _report_sense(doc, i, sentence):
        return True  # (senses28) "Her staff report to her every morning", "Northway Ltd reports a profit"
    return _in_plan(doc, first, i)


# (senses28) "report" in two senses that tell nothing said: answering to someone ("Her staff
# report to her every morning", "The unit reports directly to the minister", "Officers reported to
# the scene": "to" and its object with no "that", colon or quotation after them in the sentence;
# "She reported to police that her car had gone" reports), and a firm's results ("Northway Ltd
# reports a profit of 4 million pounds", "the group reported record sales": an account's figure
# as the object, within REPORT_OBJECT_WINDOW words).
_REPORT_FORMS = frozenset("report reports reported reporting".split())
_RESULT_NOUNS = frozenset("""profit profits loss losses revenue revenues sales earnings turnover income deficit
    surplus dividend dividends margin margins ebitda""".split())
REPORT_OBJECT_WINDOW = 4
_REPORT_CONTENT_RE = re.compile(r"\bthat\b|[:\"“”‘]|\bhow\b|\bwhat\b|\bwhether\b", re.IGNORECASE)


def _report_sense(doc: Document, i: int, sentence: Sentence) -> bool:
    """(senses28) Is the "report" at `i` answering to someone or a firm's results (above)?"""
    lowers, last = doc.lowers, sentence.last_token
    after = lowers[i + 1 : min(i + 1 + REPORT_OBJECT_WINDOW, last)]
    if after[:1] == ["directly"]:
        after = after[1:]
    if after[:1] == ["to"]:
        rest = doc.text[doc.token_ends[i] : doc.token_ends[last - 1]] if last > i + 1 else ""
        return _REPORT_CONTENT_RE.search(rest) is None
    return not _RESULT_NOUNS.isdisjoint(after)


# How far back from "would" an "as" opening a narrative aside may stand ("As the former FBI
# director would explain": five words).
_AS_REACH = 6


def _narrative_would(doc: Document, first: int, i: int) -> bool:
    """(sources15) Is "would" before the verb at `i` the narrative past of an aside that reports
    ("As Comey would explain, ...", "as the minister would later put it"): "as" opens the
    sentence or follows a comma within _AS_REACH words before "would"? "She would say no",
    "The council would tell you to wait" stay speech to come."""
    lowers, text = doc.lowers, doc.text
    if lowers[i - 1] not in ("would", "'d", "\u2019d"):
        return False
    return any(lowers[j] == "as" and (j == first or "," in text[doc.token_ends[j - 1]:doc.token_starts[j]])
               for j in range(max(first, i - 1 - _AS_REACH), i - 2))


def _base_form(word: str, reporting: frozenset[str]) -> bool:
    """Is the word a verb's base form ("tell", "show", "demand"): one whose "-s" form is a
    reporting word too (not "said", "told", "says")?"""
    return not word.endswith("s") and (word + "s" in reporting or word + "es" in reporting)


def _imperative(doc: Document, i: int, sentence: Sentence, before: str) -> bool:
    """Does the base-form verb at `i` give a command: it opens its sentence (after "Please",
    "Just"), or it follows "and"/"or" in a sentence that ends in "!" ("Boycott the game and show
    the board ...!")?"""
    first = sentence.first_token
    if i == first:  # ("State Police said", "Note Bank said": a name's first word, not a command)
        return i + 1 >= sentence.last_token or not doc.text[doc.token_starts[i + 1]].isupper()
    if before in _IMPERATIVE_OPENERS and i - 1 == first:
        return True
    if before in ("and", "or") and doc.lowers[first] in _ACTION_VERBS:
        return True
    return before in ("and", "or") and sentence.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("!")


def _lower_case(doc: Document, j: int, first: int) -> bool:
    """Is word `j` written in lower case, or capitalised only as its sentence's first word?"""
    return j == first or doc.text[doc.token_starts[j]].islower()


def _in_plan(doc: Document, first: int, i: int) -> bool:
    """Is the word at `i` inside a plan's object: after a plan word and "to" ("plans to remove
    140 non-clinical posts"), with no clause break between (a word of _CLAUSE_BREAKS or a
    punctuation mark of _BREAK_MARKS between two words: "plans to close the gate, its chief
    executive said")?"""
    lowers, text, starts, ends = doc.lowers, doc.text, doc.token_starts, doc.token_ends
    for j in range(i - 1, max(first, i - 12) - 1, -1):
        w = lowers[j]
        if w in _CLAUSE_BREAKS or any(c in _BREAK_MARKS for c in text[ends[j] : starts[j + 1]]):
            return False
        if w == "to" and j > first and lowers[j - 1] in _PLAN and j + 1 < i:
            return True
    return False


# An author's bio line: a name, "is a"/"is an"/"is the", the role, then "and writes", "who
# writes", "whose", "and has written", "and blogs at".
_BIO_RE = re.compile(
    r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+[^.;:!?\n]{1,80}?"
    r"(?:[ \t,]+(?:and|who)[ \t]+(?:writes|has written|blogs|tweets|reports|edits|runs)\b|[ \t,]+whose\b)")
# How many sentences from the text's start or end a bio line may stand.
BIO_EDGE_SENTENCES = 3


# (attrib16) A reporter's bio line: a name of two to four capitalised words, then "is a/an/the"
# (or an outlet's possessive) and a journalist's title within a few words ("Jane Doe is a
# reporter covering health", "Mark Hill is the paper's education correspondent"), or a verb of
# a beat ("Jane Doe has covered health for The Herald for 12 years", "Ann Lee reports on crime
# for the Courier", "Tom Roe writes about money").
_JOURNALIST = (r"(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|critic|producer|"
               r"presenter|blogger|freelancer|author)s?")
_REPORTER_BIO_RE = re.compile(
    r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){1,3}[ \t]+"
    r"(?:(?:is|was)[ \t]+(?:an?|the|[A-Z][\w'\u2019.-]*(?:'s|\u2019s))[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?" + _JOURNALIST + r"\b"
    r"|(?:has[ \t]+(?:covered|reported[ \t]+on|written[ \t]+about)|covers|reports[ \t]+on|writes[ \t]+(?:about|on))[ \t]+)")


def author_bio(doc: Document, k: int) -> bool:
    """Is sentence `k` the author's bio line, among the first or last BIO_EDGE_SENTENCES of the
    text ("Jane Roe is a retired teacher and writes a weekly column.", "Jane Doe is a reporter
    covering health.", "Jane Doe has covered health for The Herald for 12 years.")? Such a line
    says who wrote the text: no named source (provenance) and no claim (unsourced_claims)."""
    n = len(doc.sentences)
    if BIO_EDGE_SENTENCES <= k < n - BIO_EDGE_SENTENCES:
        return False
    s = doc.sentences[k]
    return _BIO_RE.match(doc.text, s.start, s.end) is not None or _REPORTER_BIO_RE.match(doc.text, s.start, s.end) is not None


# (byline17) Words that read as a named source and name none a reader could ask:
# - a relative named by kinship alone ("Grandma always said", "my dad told me"): family lore;
#   "Mother Teresa said", "Uncle Bob told" (a name after it) still name someone;
# - a source sneered at as "so-called" ("the so-called experts on TV keep telling us");
# - a verdict on how someone writes ("Petrakis writes well about people", "She writes movingly
#   of grief"): no claim of theirs is reported ("Petrakis writes that ..." still is);
# - an act, not words: "declared war on", "declared victory", "declared bankruptcy".
# The kinship, manner and act words are provenance.txt's [kin_words], [not_manner_words] and
# [declared_act_words] (read once, `_word_lists`).
_LEAD_WORDS = frozenset("yet but and so as my our his her their your".split())
# (sources22) An indefinite relative ("One mom from Ohio told us", "A dad in Leeds said", "Another
# mother of two wrote"): a parent nobody can find, as a reader's "Tom in Leeds" is; a name in the
# subject ("A mother of three, Ann Lee, said") still names someone, a place after "from"/"in" does not.
_INDEFINITE = frozenset("one a an another".split())
_TOWN_LINKS = frozenset("from in near of".split())
_WRITE_VERBS = frozenset("writes wrote write writing".split())
_DECLARE_VERBS = frozenset("declared declares declare declaring".split())


class _WordLists(NamedTuple):
    kin: frozenset[str]
    not_manner: frozenset[str]
    declared_acts: frozenset[str]
    triggers: frozenset[str]  # (one of them is in every attribution the rules below can set aside)


@lru_cache(maxsize=1)
def _word_lists() -> _WordLists:
    from .lexicon import load_sections

    sections = load_sections("provenance.txt")

    def words(name: str) -> frozenset[str]:
        return frozenset(w for line in sections[name] for w in line.split())

    kin = words("kin_words")
    triggers = kin | _WRITE_VERBS | _DECLARE_VERBS | {"so", "so-called", "so\u2011called"}
    return _WordLists(kin, words("not_manner_words"), words("declared_act_words"), triggers)


def _names_after_link(words: list[str]) -> bool:
    """Does a capitalised word stand in `words` other than right after "from", "in", "near" (a
    place: "from Ohio", "in Leeds")?"""
    return any(w[:1].isupper() and (k == 0 or words[k - 1].lower() not in _TOWN_LINKS) for k, w in enumerate(words))


def no_one_to_ask(doc: Document, attr: Attribution) -> bool:
    """Do the attribution's words name no source a reader could ask (above)?"""
    lists = _word_lists()
    starts = doc.token_starts
    if lists.triggers.isdisjoint(doc.lowers[bisect_left(starts, attr.start) : bisect_left(starts, attr.end)]):
        return False  # (most attributions: one set test)
    text = doc.text
    span = text[attr.start : attr.end].replace("\u2011", "-").split()
    lower = [w.lower().strip(",.;:") for w in span]
    if "so-called" in lower or any(a == "so" and b == "called" for a, b in zip(lower, lower[1:])):
        return True
    i = 0
    while i < len(lower) - 1 and lower[i] in _LEAD_WORDS:
        i += 1
    if lower[i] in lists.kin and i + 1 < len(span) and not span[i + 1][:1].isupper():
        return True
    if lower[0] in _INDEFINITE and len(lower) > 2 and lower[1] in lists.kin and not _names_after_link(span[2:-1]):
        return True  # (sources22) "One mom from Ohio told us", "A father of three in Leeds said"
    after = text[attr.end : attr.end + 40].split()
    nxt = after[0].lower().strip(",.;:") if after else ""
    if lower[-1] in _WRITE_VERBS and (nxt in ("well", "badly") or nxt.endswith("ly") and nxt not in lists.not_manner) \
            and not (len(after) > 1 and after[1].lower() in ("that", "how")):
        return True
    return lower[-1] in _DECLARE_VERBS and nxt in lists.declared_acts


@lru_cache(maxsize=1)
def genre_words() -> frozenset[str]:
    from .lexicon import load_sections

    return frozenset(w for line in load_sections("provenance.txt")["genre_label_words"] for w in line.split())


# (byline17) A review's own headline names the work it reviews: "'The Salt Road' review: a slow
# film", "Harbour Lights review: ...". A lower-case "review" after a title in quotation marks, or
# with ":", "|" or the line's end after it, is the text's genre, not a document it cites ("The
# Cass Review found", "an Ofsted review published in May" still are documents; a dash after it
# may open an aside, "a Treasury review \u2014 published in May \u2014 found", so it does not count).
_CLOSING_QUOTES = "'\u2019\u201d\""
_LABEL_AFTER_RE = re.compile(r"[ \t]*(?:[:|]|\r?\n|$)")


def reviewed_work(doc: Document, attr: Attribution) -> bool:
    """Is the named document a review's headline naming the work reviewed (above)?"""
    text = doc.text
    at = attr.end - len("review")
    if at < 0 or text[at : attr.end] != "review":
        return False
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return before[-1:] in _CLOSING_QUOTES or _LABEL_AFTER_RE.match(text, attr.end) is not None


def genre_label(doc: Document, attr: Attribution, genre_words: frozenset[str]) -> bool:
    """Is the named document a label line of the text's own genre ("PRESS RELEASE", "Statement",
    "News release:"): the line holds nothing but the document's words, every one a word of
    [genre_label_words]? (sources20) Or the label before a colon that opens the line, the
    headline after it ("PRESS RELEASE: Council leaves taxpayers footing the bill")."""
    text = doc.text
    s = text.rfind("\n", 0, attr.start) + 1
    e = text.find("\n", attr.end)
    line = text[s : e if e >= 0 else len(text)]
    colon = line.find(":")
    if colon >= 0 and s + colon >= attr.end:
        line = line[:colon]
    line = line.strip().rstrip(":").strip()
    words = line.lower().split()
    return bool(words) and len(words) <= 4 and all(w in genre_words for w in words)


# (sources21) The text's own credit line: within its first OWN_CREDIT_HEAD characters, a line of at
# most OWN_CREDIT_WORDS words opening with "A"/"An", then the document's word and "by" ("A report
# by Shelter First, October 2026"), with no full stop in it: no sentence, a title page's line.
OWN_CREDIT_HEAD = 400
OWN_CREDIT_WORDS = 10
_OWN_CREDIT_RE = re.compile(r"[ \t]*(?:An?)[ \t]+(?:[a-z]+[ \t]+){1,2}?by[ \t]+[^\n.!?]*$")


def own_credit_line(doc: Document, attr: Attribution) -> bool:
    """Is the named document the text's own credit line (above)?"""
    return own_credit_span(doc, attr.start, attr.end)


def own_credit_span(doc: Document, start: int, end: int) -> bool:
    """Is the document named at `start`..`end` the text's own credit line (above)?"""
    text = doc.text
    if start > OWN_CREDIT_HEAD:
        return False
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", end)
    line = text[s : e if e >= 0 else len(text)]
    return len(line.split()) <= OWN_CREDIT_WORDS and _OWN_CREDIT_RE.match(line) is not None


# (sources18) A customer's testimonial names no source with a role: a given name alone with an
# age or a home town ("says Janet from Leicester", "said Tom, 61, from Ohio", "Mark, 54, a
# father of two from Leeds, said"). Sales and cure copy credits its praise this way; a reader
# cannot find or ask "Janet from Leicester". A full name ("said Janet Moss, 54, a nurse") still
# names a source, and so does a surname the text gave in full before ("Anna Moss ... said Moss,
# 54,"). The age is a number of one to three digits closed by a comma, a full stop or a bracket,
# or in brackets ("Carol (72)"): "Leeds, 40 people said" is no age. (sources21) A reader's letter
# credits its writer the same way with "in": "Reader mail: Tom in Leeds asks ...", "Maria in
# Cardiff writes".
# A word naming a kind of source ("Police in Georgia say", "Officials in Kyiv", "Residents in
# Leeds") is no given name: `_source_noun`.
_CUSTOMER_RE = re.compile(r"\b([A-Z][a-z]+)(?:,[ \t]*\d{1,3}(?=[,.)]|[ \t]*$)|[ \t]*\(\d{1,3}\)|[ \t]+from[ \t]+[A-Z]|(?P<town>[ \t]+in[ \t]+[A-Z]))")
# How far before the attribution the name may stand (a name and an age before an apposition:
# "Mark, 54, a father of two from Leeds, said": the attribution starts at "a father").
_CUSTOMER_REACH = 12


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset[str]:
    from .cues import DATA_FILE, words

    return words(DATA_FILE, "role_words") | words(DATA_FILE, "organisation_words") | words(DATA_FILE, "weasel_source_words") \
        | words(DATA_FILE, "people_plural_words") | words(DATA_FILE, "not_name_words")  # ("On Monday in London, Lee said")


def _source_noun(lw: str) -> bool:
    """(sources21) Is `lw` a word naming a kind of source or no name at all, not a given name
    ("police", "officials", "monday", "however")?"""
    return lw in _source_nouns() or lw.endswith("s") and lw[:-1] in _source_nouns()


def testimonial(doc: Document, attr: Attribution, sentence: Sentence) -> bool:
    """Is the attribution a customer's testimonial: its speaker a given name alone with an age
    or a home town (above)?"""
    text = doc.text
    start = max(sentence.start, attr.start - _CUSTOMER_REACH)
    for m in _CUSTOMER_RE.finditer(text, start, min(sentence.end, attr.end + 30)):
        if m.start() > attr.end:
            break
        before = text[sentence.start : m.start()].split()
        if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
            continue  # a surname after a given name or a title ("Janet Moss, 54", "Dr Lee from")
        if re.search(r"\b[A-Z][a-z]+[ \t]+" + m.group(1) + r"\b", text[: m.start()]):
            continue  # the surname of someone named in full before
        if m.group("town") and _source_noun(m.group(1).lower()):
            continue  # (sources21) "Police in Georgia say": a kind of source, no given name
        return True
    return False


# (sources22) Verbs of saying that report nothing said, or a speaker who is a document:
# - "ask" as "demand" or "require": an amount after it ("The Salt Road asks a lot of its
#   audience", "asks too much", [demand_amount_words]), "all" before its subject ("a quick look
#   is all the insurer asks for"), or a request to act inside a phrase that opens the sentence
#   before its subject ("Of the 137 people ICE asked Dunmore to hold last year, the public knows
#   ..."): what someone asks of a thing or a person, no claim of theirs a reader could check;
# - "told" and a verdict on what was told ("Samuel Odum told the truth", "told lies",
#   [told_verdict_words]): the writer's judgement of a speaker, not their words;
# - a document as the speaker ("The Annual Population Survey shows", "according to contracts
#   released under the Freedom of Information Act", "Sunbridge's accounts, filed at Companies
#   House, show"): a reference to a primary document, not a person or a body speaking
#   (`document_speaker`, read by provenance's two cues).
# The words are provenance.txt's [demand_amount_words], [told_verdict_words] (`_says_lists`).
_ASK_VERBS = frozenset("ask asks asked asking".split())
_TOLD_VERBS = frozenset("told tell tells telling".split())
# Prepositions that open a phrase before the sentence's subject ("Of the 137 people ICE asked ...",
# "Among the changes the mayor asked for, ...").
_OPENING_PREPOSITIONS = frozenset("of among for from with in".split())
_DETERMINERS = frozenset("the a an".split())


@lru_cache(maxsize=1)
def _says_lists() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str], frozenset[str]]:
    from .lexicon import load_sections

    sections = load_sections("provenance.txt")
    amounts: dict[str, list[tuple[str, ...]]] = {}
    for line in sections["demand_amount_words"]:
        parts = tuple(line.split())
        amounts.setdefault(parts[0], []).append(parts)
    verdicts = frozenset(w for line in sections["told_verdict_words"] for w in line.split())
    documents = frozenset(w for line in sections["origin_document_words"] for w in line.split())
    return {k: tuple(v) for k, v in amounts.items()}, verdicts, documents


def reports_nothing_said(doc: Document, attr: Attribution, sentence: Sentence) -> bool:
    """Does the attribution's verb report nothing said: "ask" as a demand, "told" with a
    verdict on what was told (above)?"""
    lowers, starts = doc.lowers, doc.token_starts
    a, b = bisect_left(starts, attr.start), bisect_left(starts, attr.end)
    verbs = [i for i in range(a, b) if lowers[i] in _ASK_VERBS or lowers[i] in _TOLD_VERBS]
    if not verbs:
        return False  # (most attributions: no "ask" or "tell")
    amounts, verdicts, _ = _says_lists()
    last = sentence.last_token
    for i in verbs:
        after = lowers[i + 1 : min(i + 4, last + 1)]
        if lowers[i] in _TOLD_VERBS:
            rest = after[1:] if after[:1] == ["the"] or after[:1] == ["a"] else after
            if rest and rest[0] in verdicts and doc.text[starts[i + len(after) - len(rest) + 1]].islower():
                return True
            continue
        if any(tuple(after[: len(p)]) == p for p in amounts.get(after[0] if after else "", ())):
            return True  # ("asks a lot", "asked too much of")
        if "all" in lowers[max(sentence.first_token, i - 4) : i]:
            return True  # ("is all the insurer asks for", "all anyone asks")
        first = sentence.first_token
        if lowers[first] in _OPENING_PREPOSITIONS and a == first and "to" in lowers[i + 1 : min(i + 5, last + 1)] \
                and "," not in doc.text[starts[first] : starts[i]]:
            return True  # ("Of the 137 people ICE asked Dunmore to hold last year, ...")
    return False


def document_speaker(doc: Document, attr: Attribution, sentence: Sentence) -> bool:
    """Is the attribution's speaker a document (above): the noun after "according to", or the
    last word of the subject before the verb (an aside between commas skipped), a word of
    [origin_document_words]?"""
    _, _, documents = _says_lists()
    lowers, starts, text = doc.lowers, doc.token_starts, doc.text
    a, b = bisect_left(starts, attr.start), bisect_left(starts, attr.end)
    if b - a >= 3 and lowers[a] == "according" and lowers[a + 1] == "to":
        head = None
        for j in range(a + 2, b):
            if lowers[j] in _NOUN_PHRASE_ENDS or j > a + 2 and "," in text[doc.token_ends[j - 1] : starts[j]]:
                break
            head = lowers[j]
        return head in documents and head not in _TESTIMONY
    reporting = _reporting()
    verb = next((i for i in range(a, b) if lowers[i] in reporting), None)
    if verb is None or verb == sentence.first_token:
        return False
    if _in_a_journal(doc, sentence.first_token, verb, documents):
        return True  # (sources25) "A 2019 review in the Journal of Climate found"
    j, filed = verb - 1, False
    if "," in text[doc.token_ends[j] : starts[verb]]:
        while j > sentence.first_token and "," not in text[doc.token_ends[j - 1] : starts[j]]:
            j -= 1  # back over the aside ("Sunbridge's accounts, filed at Companies House, show")
        if text[starts[j]].isupper():
            return False  # an apposition naming the speaker ("The head of the survey, Dr Ian Moss, said")
        filed = lowers[j] in ("filed", "published", "lodged", "submitted")
        j -= 1
    return j >= sentence.first_token and lowers[j] in documents and (filed or lowers[j] not in _TESTIMONY)


# (sources25) The verb of saying after a verdict on its subject: "The council is not corrupt for
# proposing it", "The union was wrong to demand more": the subject is judged for an act, the
# sentence holds none of its words.
_BE_WORDS = frozenset("is are was were be been being isn't aren't wasn't weren't".split())
_VERDICT_TO_WORDS = frozenset("right wrong correct mistaken foolish wise unfair fair naive silly brave mad reckless "
                              "irresponsible justified unjustified".split())


def judged_for(doc: Document, attr: Attribution, sentence: Sentence) -> bool:
    """(sources25) Is the attribution's verb of saying the object of a verdict on its subject: a
    form of "be", one to three lower-case words (an adjective, "not", "so"), then "for" and the
    verb ("is not corrupt for proposing it", "were foolish for claiming") or "to" after a verdict
    word of _VERDICT_TO_WORDS ("was right to propose", "is wrong to demand")? The subject did the
    act; the writer judges it, and no words of the subject's are reported. A passive participle
    before "for" ("was criticised for saying the roads were safe") reports the words; "was quick to
    say" reports them too (no verdict word)."""
    lowers, starts, texts = doc.lowers, doc.token_starts, doc.token_texts
    a, b = bisect_left(starts, attr.start), bisect_left(starts, attr.end)
    reporting = _reporting()
    for v in range(max(a, sentence.first_token + 3), b):
        if lowers[v] not in reporting or lowers[v - 1] not in ("for", "to"):
            continue
        link = v - 1
        if link <= a or not doc.text[doc.token_ends[link] : starts[v]].isspace():
            continue  # (the verdict inside the source's phrase, right before its verb: not "responsible for,” said Gorka")
        for j in range(link - 1, max(a - 1, link - 4), -1):
            if lowers[j] in _BE_WORDS:
                between = range(j + 1, link)
                if not between or not all(texts[i].isalpha() and texts[i].islower() for i in between):
                    break
                if lowers[link] == "to" and lowers[link - 1] not in _VERDICT_TO_WORDS:
                    break
                if lowers[link] == "for" and lowers[link - 1].endswith("ed"):
                    break  # ("was criticised for saying": the words are reported)
                return True
    return False


# (sources25) Works a journal prints, besides [origin_document_words] ("A 2019 paper in Nature found").
_JOURNAL_WORKS = frozenset("paper trial meta-analysis".split())


def _in_a_journal(doc: Document, first: int, verb: int, documents: frozenset[str]) -> bool:
    """(sources25) Is the subject before the verb a document in a named publication: a document
    word, "in" (or "published in"), then only a name up to the verb ("A 2019 review in the Journal
    of Climate found", "A study published in The Lancet showed", "a 2021 paper in Nature
    reported")? A place is no publication ("A study in Texas found")."""
    from .publications import place_at

    lowers, texts, starts = doc.lowers, doc.token_texts, doc.token_starts
    for d in range(first, min(verb - 2, first + 5)):
        if lowers[d] not in documents and lowers[d] not in _JOURNAL_WORKS:
            continue
        j = d + 1
        if lowers[j] == "published":
            j += 1
        if lowers[j] != "in":
            return False
        j += 1
        if j < verb and lowers[j] == "the" and texts[j][0] == "t":
            j += 1
        if j >= verb or not texts[j][:1].isupper() or place_at(doc.text, starts[j]):
            return False
        return all(texts[i][:1].isupper() or lowers[i] in ("of", "and", "for", "the", "&") for i in range(j, verb))
    return False


# Document words that are also someone's version of events ("according to police accounts",
# "witness accounts say"): the people behind them speak, unless the accounts were filed ("accounts,
# filed at Companies House, show").
_TESTIMONY = frozenset({"accounts"})
# Words that end the noun phrase after "according to" ("contracts released under ...", "figures
# from the Office ...", "the notice, which ...").
_NOUN_PHRASE_ENDS = frozenset("of from by in under released published issued filed obtained seen that which who "
                              "for on at".split())


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    from .cues import DATA_FILE, words

    return words(DATA_FILE, "reporting_words")

"""Names and titles of works: capitalised words that are not the author's choice of word.

A word list cannot tell a loaded word from a name spelled the same ("David Lynch", the film
"Parasite", the Dallas Cowboys). `name_reason(doc, first, last)` says which rule of NAME_RULES
makes the words first..last-1 a proper name or a title, or ""; `is_title_case(doc, k)` says
whether sentence k is written in Title Case (a headline: its capitals say nothing). Part of
`xlplugin.prose` (which exports these names too); `doc.analysis` keeps the Title Case answers.
Blind spots: a name with nothing around it that says it is one looks like any capitalised word
("Lynch was ...", "I already know Fury"); in a sentence written in Title Case a name is read as
the word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable
from urllib.parse import urlsplit

from .lexicon import load_sections
from .text import Document

__all__ = ["NAME_RULES", "NOT_A_PERSON", "exclamation_in_name", "TITLE_CASE_SHARE", "name_reason", "is_title_case", "sentence_in_title_case",
           "not_a_person", "body_signs", "credits_a_person", "nickname", "NICKNAME", "place_name_words", "site_names", "squash", "warm_up"]

DATA_FILE = "prose.txt"

# ---------------------------------------------------------------------------------------------
# Names and titles of works
# ---------------------------------------------------------------------------------------------

# (rule, why): the classes of capitalised words that are names, not the author's choice of word.
# Chosen on the "tune" halves of PTC and BABE (their annotators mark name-calling, so a rule that
# takes real labels for names costs recall there): "any capitalised cue inside a sentence is a
# name" also removed the capitalised labels of propaganda ("Islamists", "Marxist", "this Rigged
# Witch Hunt"; on PTC tune 19 of its 60 removals had been marked) and lowered BABE's tune
# sentence F1 from 0.6566 to 0.6515 (PTC tune 0.5256 to 0.5252). A cue written after another
# capitalised word keeps those and the epithets put before a name ("Crooked Hillary"), which are
# name-calling, and removes the surnames and team names that continue a name (BABE tune 0.6558,
# PTC tune 0.5253 with every rule below).
NAME_RULES = (
    ("part of a name",
     "a cue word written with a capital right after another capitalised word (not a cue, not a "
     "function word, not a possessive) continues a name: \u201cthe Dallas Cowboys\u201d, "
     "\u201cdirector David Lynch\u201d, \u201cAttorney General Lynch\u201d; an epithet put "
     "before a name (\u201cCrooked Hillary\u201d) is still name-calling"),
    ("named by its kind",
     "a capitalised cue right after a word that says what kind of thing is named (\u201cthe "
     "thriller Parasite\u201d, \u201cthe band Savage Garden\u201d, \u201cthe spell Fury\u201d) is "
     "that thing's name"),
    ("speaker",
     "a capitalised cue right before a verb of saying (\u201cLynch said\u201d, \u201cSavage "
     "told reporters\u201d) names the person who spoke"),
    ("named with an article",
     "a capitalised cue word right after \u201ca\u201d or \u201can\u201d inside a sentence and "
     "right before another capitalised word that is not a cue, where the capitalised words end "
     "the noun phrase (\u201cinterrupted by a Plot Dragon, who\u201d), is the first word of a "
     "name: an epithet put before a person's name takes no article of its own (\u201cCrooked "
     "Hillary\u201d, \u201ca Crooked Hillary win\u201d)"),
    ("title in single quotes or italics",
     "a headline or a caption names a film, book or song in single quotes (up to "
     "TITLE_QUOTE_MAX_WORDS words) or italics (\u2018Parasite\u2019 wins, *Parasite* wins): the "
     "title is not the writer's word"),
    ("named in the text",
     "(voice15) in a sentence written in Title Case (a headline, a dateline), a capitalised cue "
     "that the text's prose writes, with the same capitalised word before it, as part of a name "
     "(\u201cPine Hollow, 30 November\u201d after \u201cthe hills west of Pine Hollow\u201d) "
     "is that name"),
    ("place name opening a sentence",
     "(loaded29) a capitalised cue right after a sentence's first word, where the run of "
     "capitalised words from the sentence's start ends in a word for a place (\u201cPine "
     "Hollow burned\u201d, \u201cMaple Savage Road was shut\u201d: prose.txt [place_name_words]); "
     "the first word is no cue, no word English always capitalises and no function word"),
    ("named with its company word",
     "(web39b) a capitalised cue in a sentence not in Title Case (its first word too) right before a capitalised "
     "word for a company, a label or a studio, alone or ending a run of up to "
     "ORGANISATION_RUN capitalised words (\u201cthe whole Epic Games thing\u201d, "
     "\u201csigned to Savage Records\u201d, \u201cFury Road Pictures\u201d: prose.txt "
     "[organisation_name_words]), is the first word of that name; a person's name ends in no such "
     "word (\u201cCrooked Hillary\u201d). (web40) The name may end in several such words (\u201cBrutal "
     "Studios Ltd\u201d, \u201cFury Capital Partners\u201d); a word a label for the press ends in too "
     "([organisation_label_words]: \u201cMedia\u201d, \u201cPress\u201d) ends a name only right after "
     "the cue, the cue inside its sentence and after no determiner (\u201csigned with Savage Media\u201d, "
     "\u201cNorthern Savage Media\u201d; \u201cthe Corrupt Media\u201d, \u201cCorrupt Media ...\u201d "
     "opening a sentence are labels)"),
    ("named as a body by the text",
     "(companies41) a capitalised cue opening a run of capitalised words (the cue and up to "
     "ORGANISATION_RUN more, none a cue) in a sentence not in Title Case, where the text's own words "
     "say the run names a body (`body_signs`): a word for a trade right before it (\u201ctoy maker "
     "Epic Workshop\u201d: prose.txt [company_kind_words]), \u201cshares in\u201d before it, \u201c, "
     "which\u201d after it, its possessive before a thing only a body has (\u201cEpic Workshop's chief "
     "executive\u201d: [company_possessed_words]) or \u201csaid it would\u201d and a body's own act "
     "(\u201cBrutal Bakehouse said it would open\u201d: [company_act_verbs]); a determiner before a "
     "label (\u201cthe Corrupt Media, which\u201d) and a cue alone (\u201cFake News, which\u201d) still "
     "count"),
)
_CLAUSE_OPENERS = frozenset(":;.!?\u201c\"\u2018'(\u2014\u2013\n\u2022*[")
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
# A sentence in which at least this share of the words of 4 or more letters start with a
# capital is written in Title Case (a headline, a menu): its capitals say nothing about names.
# News headlines in Title Case capitalise every such word (share 1.0); ordinary prose with many
# names stays under a third.
TITLE_CASE_SHARE = 0.6
# Words of 3 or more letters that Title Case styles (AP, Chicago, APA) may leave in lower case:
# articles, conjunctions and prepositions. Any other lower-case word of 3 or more letters after
# the first word means the sentence is not in Title Case.
_TITLE_CASE_SMALL = frozenset(
    "the and but nor for yet via per off out with from into onto over upon than that from down "
    "near past like amid atop till unto versus about above after along among around before behind "
    "below beneath beside between beyond during except inside outside since through toward towards "
    "under until within without".split())
# The small words of Title Case, 2-letter ones included (for `_prose_follows_on_its_line`).
_TITLE_CASE_SMALL_ALL = _TITLE_CASE_SMALL | frozenset("a an as at by in of on or to up".split())
# Words that may follow a name "named with an article": small words of Title Case, relatives and "is".
_ENDS_A_NAME = _TITLE_CASE_SMALL_ALL | frozenset("who which whose is was has had".split())
_TITLE_OPENERS = {"'": "'\u2019", "\u2018": "\u2019", "*": "*", "_": "_"}
# How far (characters, on the same line) a title in quotes or italics may run, and how many words
# a title in single quotes may have: longer single-quoted spans in headlines are quotations
# (\u2018Dirty Work Are A Disgrace\u2019), which headlines also put in single quotes.
TITLE_MAX_CHARS = 80
TITLE_QUOTE_MAX_WORDS = 4


def _capitalised(word: str) -> bool:
    """A word written with a capital first letter and at least one lower-case letter (so
    "Parasite", not "EVIL": a word in capitals is emphasis or an acronym, not a name's spelling)."""
    return word[:1].isupper() and any(c.islower() for c in word)


def is_title_case(doc: Document, sentence: int) -> bool:
    """Is the sentence written in Title Case (a headline), so that its capitals say nothing?
    (Kept per document by `doc.analysis.is_title_case`.)"""
    return doc.analysis.is_title_case(sentence)


def sentence_in_title_case(doc: Document, sentence: int) -> bool:
    """`is_title_case`, worked out (`doc.analysis` calls this once per sentence)."""
    s = doc.sentences[sentence]
    if _prose_follows_on_its_line(doc, sentence):
        return False
    # (not the first word: every sentence starts with a capital)
    words = doc.token_texts[s.first_token + 1 : s.last_token]
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    caps = sum(1 for w in long_words if w[:1].isupper())
    if not (long_words and len(long_words) >= 2 and caps >= TITLE_CASE_SHARE * len(long_words)):
        return False
    # A short sentence about a team or a person ("The Dallas Cowboys won on Sunday.") has mostly
    # names among its few long words; what tells it from a headline is a lower-case word that
    # Title Case would have capitalised (a verb, a noun: "won"), which no Title Case style leaves
    # small. Only articles, conjunctions and prepositions stay lower-case in a headline.
    return not any(w[:1].islower() and len(w) >= 3 and w.isalpha() and w not in _TITLE_CASE_SMALL for w in words)


def _prose_follows_on_its_line(doc: Document, sentence: int) -> bool:
    """Does the sentence end with a full stop and another sentence follow it on the same line
    ("... Chief Brand Officer of the Dallas Cowboys. I had the opportunity to ...")? A headline
    stands on its own line and rarely ends with a full stop; a sentence of capitalised names and
    titles inside a paragraph is prose, and its names are names."""
    s = doc.sentences[sentence]
    if not s.text.rstrip().endswith(".") or sentence + 1 >= len(doc.sentences):
        return False
    # a headline run into its text ("Americans Need To Stop ... Into Debt. Above all, ...") still
    # capitalises its small words; a sentence of names keeps them small ("Officer of the Dallas")
    small = [w for w in doc.token_texts[s.first_token + 1 : s.last_token] if w.lower() in _TITLE_CASE_SMALL_ALL]
    if not small or any(w[:1].isupper() for w in small):
        return False
    following = doc.sentences[sentence + 1]
    return following.last_token > following.first_token and "\n" not in doc.text[s.start : following.start]


def _gap_before(doc: Document, i: int) -> str:
    start = doc.token_ends[i - 1] if i > 0 else 0
    return doc.text[start : doc.token_starts[i]]


def _title_in_marks(doc: Document, first: int, last: int) -> bool:
    """Do the words first..last-1 open a title in single quotes or italics (\u2018Parasite\u2019,
    'Parasite', *Parasite*, _Parasite_)?"""
    text = doc.text
    start = doc.token_starts[first]
    if start == 0:
        return False
    opener = text[start - 1]
    closers = _TITLE_OPENERS.get(opener)
    if closers is None:
        return False
    if start >= 2 and text[start - 2].isalnum():
        return False  # "rock'n'roll", "snake_case": inside a word, not an opening mark
    end = doc.token_ends[last - 1]
    line_end = text.find("\n", end)
    limit = min(end + TITLE_MAX_CHARS, len(text) if line_end < 0 else line_end)
    for k in range(end, limit):
        if text[k] in closers and not (k + 1 < len(text) and text[k + 1].isalnum()):
            return opener in "*_" or len(text[start:k].split()) <= TITLE_QUOTE_MAX_WORDS
    return False


def name_reason(doc: Document, first: int, last: int, is_cue: Callable[[str], bool] = lambda w: False) -> str:
    """Why the words first..last-1 (positions in the document's word columns, one sentence) are
    part of a proper name or a title rather than the author's word (a rule of NAME_RULES), or "".

    `is_cue(lower)`: is a word itself a cue (a neighbour that is a cue does not make a name:
    "this Rigged Witch Hunt"). Only words written with a capital and a lower-case letter can be
    names; a hyphenated word ("Trump-bashing") is a compound, judged by its parts elsewhere; in a
    sentence written in Title Case (a headline) capitals say nothing."""
    texts = doc.token_texts
    if not all(_capitalised(texts[k]) for k in range(first, last)) or any("-" in texts[k] for k in range(first, last)):
        return ""
    if _title_in_marks(doc, first, last):
        return NAME_RULES[4][0]
    k = doc.token_sentences[first]
    sentence = doc.sentences[k]
    n = first - 1
    if n >= sentence.first_token and doc.lowers[n] in _kind_words() and _gap_before(doc, first) == " ":
        return NAME_RULES[1][0]
    if last < sentence.last_token and doc.lowers[last] in _speech_words() and _gap_before(doc, last) == " ":
        return NAME_RULES[2][0]
    if is_title_case(doc, k):
        return NAME_RULES[5][0] if _named_in_prose(doc, first, last, is_cue) else ""
    if _after_indefinite_article(doc, first, last, is_cue):
        return NAME_RULES[3][0]
    if _before_organisation_word(doc, last, sentence.last_token, is_cue) or _before_label_word(doc, first, last, is_cue):
        return NAME_RULES[7][0]  # (web39b) "the whole Epic Games thing", (web40) "signed with Savage Media"
    if _named_as_body(doc, first, last, is_cue):
        return NAME_RULES[8][0]  # (companies41) "toy maker Epic Workshop", "Epic Workshop, which"
    # the word before must be capitalised as part of a name: not at the start of the sentence or
    # a quotation (where every word has a capital), not a word English always capitalises
    if n >= sentence.first_token and _gap_before(doc, first) == " ":
        word = texts[n]
        lower = word.lower()
        if _capitalised(word) and "-" not in word and not word.endswith(_POSSESSIVE) \
                and lower not in _not_names() and lower not in _capitalised_adjectives() and not is_cue(lower):
            if n > sentence.first_token and not _opens_clause(_gap_before(doc, n)):
                return NAME_RULES[0][0]
            if n == sentence.first_token and _ends_in_place(doc, first, sentence.last_token):
                return NAME_RULES[6][0]  # (loaded29) "Pine Hollow burned."
    return ""


PLACE_RUN = 3  # capitalised words after the first one, at most, to the place word
ORGANISATION_RUN = 3  # (web39b) capitalised words after the cue, at most, to the company word


def _before_organisation_word(doc: Document, last: int, end: int, is_cue: Callable[[str], bool]) -> bool:
    """(web39b) Rule "named with its company word": do the capitalised words from `last` on
    (spaced, within the sentence that ends at word `end`; none a cue, a possessive only on the
    last) end, within ORGANISATION_RUN words, in a word of [organisation_name_words], followed by
    a word in lower case, a mark or nothing ("Epic Games thing", "Savage Records in 2019",
    "Epic Games' lawsuit")?"""
    texts = doc.token_texts
    j = last
    while j < end and j - last < ORGANISATION_RUN and (_capitalised(texts[j]) or _org_word(texts[j])) \
            and _gap_before(doc, j) == " " and "-" not in texts[j] and not is_cue(texts[j].lower()):
        word = texts[j]
        bare = word[:-2] if word.endswith(("'s", "\u2019s")) else word[:-1] if word.endswith(("'", "\u2019")) else word
        if bare.lower() in organisation_name_words():
            # (web40) the name may go on in more company words and end there ("Brutal Studios Ltd")
            while bare == word and j + 1 < end and _gap_before(doc, j + 1) == " " and _org_word(texts[j + 1]):
                j += 1
                word = texts[j]
                bare = word[:-2] if word.endswith(("'s", "\u2019s")) else word[:-1] if word.endswith(("'", "\u2019")) else word
            return not (j + 1 < end and _capitalised(texts[j + 1]) and _gap_before(doc, j + 1) == " ")
        if bare != word:
            return False  # a possessive ends the name before a company word
        j += 1
    return False


def _named_as_body(doc: Document, first: int, last: int, is_cue: Callable[[str], bool]) -> bool:
    """(companies41) Rule "named as a body by the text": do the capitalised words from `last` on
    (spaced, none a cue, up to ORGANISATION_RUN, at least one) end a run with the cue first..last-1
    that `body_signs` reads as a body's name, after no determiner of a label ("the Corrupt Media,
    which")?"""
    sentence = doc.sentences[doc.token_sentences[first]]
    end = sentence.last_token
    texts = doc.token_texts
    if first > sentence.first_token and doc.lowers[first - 1] in _LABEL_DETERMINERS:
        return False
    j = last
    while j < end and j - last < ORGANISATION_RUN and _capitalised(texts[j]) and _gap_before(doc, j) == " " \
            and "-" not in texts[j] and not is_cue(_bare(texts[j]).lower()):
        j += 1
        if texts[j - 1] != _bare(texts[j - 1]):
            break  # a possessive ends the name ("Epic Workshop's")
    if j == last or (j < end and _capitalised(texts[j]) and _gap_before(doc, j) == " "):
        return False  # a cue alone, or a longer run: not read here
    return bool(body_signs(doc.text, doc.token_starts[first], doc.token_ends[j - 1]))


def _bare(word: str) -> str:
    """`word` without a possessive's mark ("Workshop's" -> "Workshop")."""
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word[:-1] if word.endswith(("'", "\u2019")) else word


@lru_cache(maxsize=1)
def _body_sign_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(companies41) The signs before and after a name that say it is a body's (see `body_signs`)."""
    sections = load_sections(DATA_FILE)

    possessed = "|".join(sorted((r"[ \t]+".join(map(re.escape, e.split())) for e in sections["company_possessed_words"]),
                                key=len, reverse=True))
    kinds = "|".join(sorted({w for e in sections["company_kind_words"] for w in e.split()}, key=len, reverse=True))
    acts = "|".join(sorted({w for e in sections["company_act_verbs"] for w in e.split()}, key=len, reverse=True))
    before = re.compile(rf"(?:\b(?:{kinds})|\bshares[ \t]+(?:in|of))[ \t]+$", re.IGNORECASE)
    after = re.compile(
        rf"(?:,?[ \t]+which\b"
        rf"|(?:'s|\u2019s|'|\u2019)[ \t]+(?:{possessed})\b"
        rf"|[ \t]+(?:said|says|announced|confirmed|added)[ \t]+(?:(?:on|last|this)[ \t]+\w+[ \t]+)?(?:that[ \t]+)?it"
        rf"[ \t]+(?:(?:would|will|had|has|was|is|plans|planned|intends|intended|hoped|hopes|expects|expected|"
        rf"not|also|now|soon|to|be|been)[ \t]+)*(?:{acts})\b)", re.IGNORECASE)
    return before, after


def body_signs(text: str, start: int, end: int) -> str:
    """(companies41) Does the text itself say that the capitalised name at start..end (characters;
    its possessive's mark may end it) is a body's, not a person's? Returns the sign ("a trade before
    it", "a body's words after it", "a company word") or "". Signs: a word for a trade or "shares
    in" right before it ("toy maker Epic Workshop", "the bakery Northfield Bakehouse", "shares in
    Epic Workshop": prose.txt [company_kind_words]); after it ", which", its possessive before a
    thing only a body has ("Epic Workshop's chief executive": [company_possessed_words]) or a verb
    of saying, "it" and a body's own act ("Northfield Bakehouse said it would open a second shop",
    "says it has recalled": [company_act_verbs]; "Jo Holt said it would be a disaster" is no sign);
    its last word a company word ("Acme Foods Ltd": [organisation_name_words])."""
    before_re, after_re = _body_sign_res()
    name = text[start:end]
    bare = _bare(name)
    if name.split() and _bare(name.split()[-1]).lower() in organisation_name_words():
        return "a company word"
    if before_re.search(text, max(0, start - 40), start):
        return "a trade before it"
    if after_re.match(text, start + len(bare)):
        return "a body's words after it"
    return ""


def _org_word(word: str) -> bool:
    """(web40) Is `word` (a possessive's mark aside) a capitalised or all-capital word of
    [organisation_name_words] ("Ltd", "LLC", "Partners'")?"""
    bare = word[:-2] if word.endswith(("'s", "\u2019s")) else word[:-1] if word.endswith(("'", "\u2019")) else word
    return bare[:1].isupper() and bare.lower() in organisation_name_words()


# (web40) words before a label for the press that make it one ("the Corrupt Media", "our Lying Press")
_LABEL_DETERMINERS = frozenset("the this that these those our their your his her its my".split())


def _before_label_word(doc: Document, first: int, last: int, is_cue: Callable[[str], bool]) -> bool:
    """(web40) Is the cue first..last-1 a company's first word before a word of
    [organisation_label_words] ("signed with Savage Media", "Northern Savage Media's"): that word
    right after it (capitalised, spaced, possibly a possessive), the run going on in no capitalised
    word but company words, the cue not its sentence's first word, and the word before it no
    determiner ("the Corrupt Media", "their Lying Press" are labels)?"""
    sentence = doc.sentences[doc.token_sentences[first]]
    end = sentence.last_token
    if first <= sentence.first_token or last >= end or _gap_before(doc, last) != " ":
        return False
    if doc.lowers[first - 1] in _LABEL_DETERMINERS:
        return False
    texts = doc.token_texts
    word = texts[last]
    bare = word[:-2] if word.endswith(("'s", "\u2019s")) else word[:-1] if word.endswith(("'", "\u2019")) else word
    if not _capitalised(bare) or bare.lower() not in organisation_label_words() or is_cue(bare.lower()):
        return False
    j = last
    while bare == word and j + 1 < end and _gap_before(doc, j + 1) == " " and _org_word(texts[j + 1]):
        j += 1  # "Savage Media Group", "Savage Media LLC"
        word = texts[j]
        bare = word[:-2] if word.endswith(("'s", "\u2019s")) else word[:-1] if word.endswith(("'", "\u2019")) else word
    return not (j + 1 < end and _capitalised(texts[j + 1]) and _gap_before(doc, j + 1) == " ")


def _ends_in_place(doc: Document, first: int, end: int) -> bool:
    """Does the run of capitalised words from `first` (spaced, within its sentence: `end` is
    the sentence's last word) end, within PLACE_RUN words, in a word of [place_name_words], and is
    it followed by a word in lower case, a mark or nothing ("Pine Hollow burned", "Pine Hollow,
    a village")?"""
    texts = doc.token_texts
    j = first
    while j + 1 < end and j + 1 - first < PLACE_RUN and _capitalised(texts[j + 1]) and _gap_before(doc, j + 1) == " ":
        j += 1
    if j + 1 < end and _capitalised(texts[j + 1]) and _gap_before(doc, j + 1) == " ":
        return False  # a longer run: not read here
    return doc.lowers[j] in place_name_words()


def _named_in_prose(doc: Document, first: int, last: int, is_cue: Callable[[str], bool]) -> bool:
    """Rule "named in the text": are the words first..last-1, in a Title Case sentence, written
    elsewhere in the text with the same capitalised word before them, in a sentence not in Title
    Case, where that word makes them part of a name ("Pine Hollow")?"""
    texts = doc.token_texts
    n = first - 1
    if n < 0 or not _capitalised(texts[n]) or is_cue(texts[n].lower()):
        return False
    span = texts[first:last]
    for j in range(1, len(texts) - len(span) + 1):
        if texts[j] == span[0] and texts[j - 1] == texts[n] and texts[j : j + len(span)] == span \
                and not is_title_case(doc, doc.token_sentences[j]) \
                and name_reason(doc, j, j + len(span), is_cue) == NAME_RULES[0][0]:
            return True
    return False


def _after_indefinite_article(doc: Document, first: int, last: int, is_cue: Callable[[str], bool]) -> bool:
    """Rule "named with an article": do the capitalised words first..last-1 follow "a"/"an"
    inside their sentence and come right before another capitalised word that is not a cue, not
    a function word and not a possessive ("a Plot Dragon")?"""
    sentence = doc.sentences[doc.token_sentences[first]]
    n = first - 1
    if n <= sentence.first_token or doc.lowers[n] not in ("a", "an") or _gap_before(doc, first) != " ":
        return False
    if last >= sentence.last_token or _gap_before(doc, last) != " ":
        return False
    word = doc.token_texts[last]
    lower = word.lower()
    if not (_capitalised(word) and "-" not in word and not word.endswith(_POSSESSIVE)
            and lower not in _not_names() and not is_cue(lower)):
        return False
    # the name ends its noun phrase ("a Plot Dragon, who", "a Plot Dragon in the castle"); an
    # article that belongs to a noun after the name ("a Crooked Hillary win") does not name it
    end = last + 1
    while end < sentence.last_token and _capitalised(doc.token_texts[end]) and _gap_before(doc, end) == " ":
        end += 1
    return end >= sentence.last_token or _gap_before(doc, end) != " " or doc.lowers[end] in _ENDS_A_NAME


_WORD_BEFORE_MARK_RE = re.compile(r"([^\W\d_][\w'\u2019]*)$")
# a lower-case word that goes on with the sentence after a mark (not a web address: "pic.twitter")
_GOES_ON_RE = re.compile(r"[ \t]+\(?[a-z][\w'\u2019]*(?![\w:./@])")


def exclamation_in_name(doc: Document, start: int, end: int) -> bool:
    """Is the exclamation mark at start..end part of a name ("Choir! Choir! Choir!", "Yahoo!",
    "Black Girls Rock!")? One "!" right after a capitalised word, alone or in a run of the same
    word ("Choir! Choir!"), is a name's when the word is inside its sentence (not its first word)
    and the sentence goes on after it, on the same line, in lower case ("joined Yahoo! in 2010",
    "at Choir! Choir! Choir! (previously) are"). A chant ("Marco! Marco!" and a closing quote),
    a "!" before a capital ("Run! Now!") or after a sentence's first word is an exclamation."""
    text = doc.text
    if end - start != 1:
        return False
    before = _WORD_BEFORE_MARK_RE.search(text, max(0, start - 40), start)
    if before is None or not _capitalised(before.group(1)):
        return False
    word = before.group(1)
    first, last = before.start(), end
    while text.endswith(word + "! ", 0, first):  # back to the run's first word
        first -= len(word) + 2
    while text.startswith(" " + word + "!", last):  # on to the run's last mark
        last += len(word) + 2
    inside = first >= 2 and text[first - 1] == " " and text[first - 2] not in _CLAUSE_OPENERS \
        and text[first - 2] not in ",!?"
    return inside and _GOES_ON_RE.match(text, last) is not None


def _opens_clause(gap: str) -> bool:
    """Does the text between two words start a new clause or quotation (a capital after it is
    one any first word has)?"""
    return any(c in _CLAUSE_OPENERS for c in gap)


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    return frozenset(w for entry in load_sections(DATA_FILE)["kind_words"] for w in entry.split())


@lru_cache(maxsize=1)
def place_name_words() -> frozenset[str]:
    """(loaded29) prose.txt [place_name_words]: the last word of a place's name ("Street", "Creek")."""
    return frozenset(w for entry in load_sections(DATA_FILE)["place_name_words"] for w in entry.split())


@lru_cache(maxsize=1)
def organisation_name_words() -> frozenset[str]:
    """(web39b) prose.txt [organisation_name_words]: the last word of a company's name ("Games", "Records")."""
    return frozenset(w for entry in load_sections(DATA_FILE)["organisation_name_words"] for w in entry.split())


@lru_cache(maxsize=1)
def organisation_label_words() -> frozenset[str]:
    """(web40) prose.txt [organisation_label_words]: a company's last word that also ends a label ("Media")."""
    return frozenset(w for entry in load_sections(DATA_FILE)["organisation_label_words"] for w in entry.split())


@lru_cache(maxsize=1)
def _speech_words() -> frozenset[str]:
    return frozenset(w for entry in load_sections(DATA_FILE)["speech_words"] for w in entry.split())


@lru_cache(maxsize=1)
def _capitalised_adjectives() -> frozenset[str]:
    return frozenset(w for entry in load_sections(DATA_FILE)["capitalised_adjectives"] for w in entry.split())


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    from .cues import DATA_FILE as ATTRIBUTION, words

    return words(ATTRIBUTION, "not_name_words")


# ---------------------------------------------------------------------------------------------
# Credited names: a person, or an organisation or a label
# ---------------------------------------------------------------------------------------------

# (rule, why): what makes a credited name (a byline line, a name line by the date, the author
# given with a text) an organisation or a label rather than a person. The byline cue is "who
# wrote it, a person a reader can look up and hold to account"; a wire, an outlet, a desk or a
# section credits no one. "By Staff Reporter" is not a person's byline either (no one is named).
# Not used: the built-in domain ratings table, which rates sites named after their writer
# (michellemalkin.com), so "By Michelle Malkin" would read as an outlet.
NOT_A_PERSON = (
    ("one word",
     "a person's byline gives a given name and a surname (the byline line rule asks for two "
     "capitalised words too); one word is a section (\u201cLetters\u201d), a wire "
     "(\u201cReuters\u201d), a brand or a user name"),
    ("organisation or section word",
     "a word of [not_person_words] in data/provenance.txt (Staff, Desk, News, Letters, Editorial, "
     "Agency, Media, Foundation...): \u201cKulu Media News Desk\u201d, \u201cReuters "
     "Staff\u201d, \u201cWikimedia Foundation\u201d"),
    ("news agency",
     "a news agency of the wire kind's list (xlplugin.kinds.AGENCIES: \u201cAssociated "
     "Press\u201d, \u201cAgence France-Presse\u201d): wire copy, the wire kind's business"),
    ("the site or outlet itself",
     "the name, written without spaces or as its initials, is the web site's name or the outlet "
     "given (\u201cDeutsche Welle\u201d on dw.com, \u201cAl Jazeera\u201d on aljazeera.com)"),
    ("a publication's name",
     "(bylines21) \u201cThe\u201d, capitalised words and a word a paper or a site is named by "
     "([masthead_name_words] in data/provenance.txt): \u201cThe Blue Wave Dispatch\u201d, "
     "\u201cThe Harbour Ledger\u201d; no person's name opens with \u201cThe\u201d"),
    ("a phrase of time",
     "(bylines22) a word that opens no person's name ([credit_time_openers] in data/provenance.txt: "
     "\u201cThe\u201d, \u201cNext\u201d, a weekday), then a word of time ([credit_time_words]): "
     "\u201cBy The End Of The Year\u201d, \u201cBy The Weekend\u201d, \u201cBy Next Spring\u201d "
     "head a sentence or stand as a heading; they credit no one"),
)
# Lower-case words that may sit inside a person's name ("Ludwig van Beethoven").
NAME_PARTICLES = frozenset("van von de der den da di du del della la le bin ibn al el ter ten y".split())
# (hunt30) A person's name as a byline or a column's foot line writes it, in the shape provenance's
# byline cue reads (furniture._BYLINE_NAME_RE, names29): capitalised words, an accented capital too
# ("Ó Briain", "Émile"), an initial ("J. R. Whitlock"), a hyphenated surname ("Müller-Lüdenscheidt"),
# and up to two particles inside it ("Jonas van der Berg", "María de la Cruz").
_NAME_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_NAME_WORD = rf"(?:[{_NAME_UPPER}][\w'\u2019.-]+|[\u00c0-\u00d6\u00d8-\u00de](?=[ \t]))"
_PARTICLES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))


def person_name_pattern(more_words: str = "{1,3}") -> str:
    """A regular expression (a string, no groups) for a person's name of a capitalised word and
    `more_words` more (a quantifier), each after a space or a tab and at most two particles."""
    return rf"[{_NAME_UPPER}][\w'\u2019.-]+(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+){{0,2}}{_NAME_WORD}){more_words}"
# (web41) A nickname in quotation marks inside a person's name ("Robert \u201cBob\u201d Smith", 'Robert "Bob"
# Smith'): one capitalised word between opening and closing marks.
NICKNAME = rf"[\"\u201c\u2018'][{_NAME_UPPER}][\w.-]*[\"\u201d\u2019']"
_NICKNAME_RE = re.compile(NICKNAME)


def nickname(word: str) -> bool:
    """(web41) Is `word` a nickname in quotation marks ('"Bob"', "\u201cBob\u201d")?"""
    return _NICKNAME_RE.fullmatch(word) is not None


_CREDIT_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_CREDIT_BREAK_RE = re.compile(r"[,;:|&/()\u2014\u2013\n]|\s-\s")


def squash(text: str) -> str:
    """`text` in lower case with every character that is not a letter or a digit left out
    ("Acme Robotics" -> "acmerobotics"): the characters `str.isalnum` keeps."""
    lower = text.lower()
    # (one pass in C, not a generator per character: about 0.2 ms an article in provenance's
    # issuer names. The same characters go: `re`'s `\W` is exactly "not `str.isalnum`" for a
    # str pattern, with "_" added; tests/test_squash_exact.py checks every code point)
    return lower if lower.isalnum() else _NOT_ALNUM_RE.sub("", lower)


_NOT_ALNUM_RE = re.compile(r"[\W_]+")


def site_names(url: str, outlet: str) -> set[str]:
    """The names a page's own site goes by: the labels of its web address's host (not "www"
    and not the top-level domain) and the outlet given, squashed."""
    names = {squash(outlet)} if outlet.strip() else set()
    try:
        host = urlsplit(url if "//" in url else "http://" + url).hostname or "" if url.strip() else ""
    except ValueError:
        host = ""
    labels = host.split(".")[:-1]
    names.update(squash(label) for label in labels if label != "www")
    names.discard("")
    return names


def not_a_person(name: str, url: str = "", outlet: str = "") -> str:
    """Which rule of NOT_A_PERSON makes the credited name an organisation or a label (not a
    person), or "" for a person's name. `url`, `outlet`: the page's own, where known."""
    words = _CREDIT_WORD_RE.findall(name)
    if len(words) < 2:
        return NOT_A_PERSON[0][0]
    lowers = [w.lower().strip(".") for w in words]
    if any(w in _not_person_words() for w in lowers):
        return NOT_A_PERSON[1][0]
    from .kinds import AGENCIES  # (kinds imports the scorers' modules; read at call time)

    if " ".join(lowers) in AGENCIES:
        return NOT_A_PERSON[2][0]
    if url or outlet:
        sites = site_names(url, outlet)
        initials = "".join(w[0] for w in lowers if w not in NAME_PARTICLES)
        if squash(name) in sites or initials in sites:
            return NOT_A_PERSON[3][0]
    if publication_name(words):
        return NOT_A_PERSON[4][0]
    if time_phrase(lowers):
        return NOT_A_PERSON[5][0]
    return ""


def time_phrase(lowers: list[str]) -> bool:
    """(bylines22) Whether a credited name's words, in lower case, are a phrase of time: a word that
    opens no person's name ("the", "next", a weekday), then a word of time ("The End Of The Year",
    "Next Spring", "Monday Morning"). "April Jones", "Summer Hayes", "Doris Day" are names."""
    return lowers[0] in _credit_time_openers() and any(w in _credit_time_words() for w in lowers[1:])


@lru_cache(maxsize=1)
def _credit_time_openers() -> frozenset[str]:
    return frozenset(load_sections("provenance.txt")["credit_time_openers"])


@lru_cache(maxsize=1)
def _credit_time_words() -> frozenset[str]:
    return frozenset(load_sections("provenance.txt")["credit_time_words"])


def publication_name(words: list[str]) -> bool:
    """(bylines21) Whether a credited name's words are a publication's name: "The", then
    capitalised words, the last a word papers and sites are named by ("The Blue Wave Dispatch",
    "The Morning Courier"). A person's name never opens with "The"."""
    return (len(words) >= 2 and words[0] == "The" and all(w[:1].isupper() for w in words[1:])
            and words[-1].lower() in _masthead_name_words())


@lru_cache(maxsize=1)
def _masthead_name_words() -> frozenset[str]:
    return frozenset(load_sections("provenance.txt")["masthead_name_words"])


def _credited_names(credit: str) -> list[str]:
    """The runs of capitalised words (with the particles of names inside) in a credit line:
    "Kathryn Blackhurst, LifeZette" -> the two names; "Wire Service staff, with local reporting
    by In\u00eas Carvalho" -> "Wire Service", "In\u00eas Carvalho"."""
    runs: list[str] = []
    for part in _CREDIT_BREAK_RE.split(credit):
        run: list[str] = []
        for word in part.split():
            if word[:1].isupper() or (run and (word in NAME_PARTICLES or nickname(word))):
                run.append(word)
                continue
            if run:
                runs.append(" ".join(run))
            run = []
        if run:
            runs.append(" ".join(run))
    return runs


def credits_a_person(credit: str, url: str = "", outlet: str = "") -> bool:
    """Does a credit (the rest of a byline line, a name line, the author given) name at least one
    person (a name no rule of NOT_A_PERSON takes for an organisation or a label)? "Reuters",
    "Letters", "Kulu Media News Desk": no; "Reuters staff, with reporting by Jane Roe": yes.
    A run that keeps a trailing organisation word ("Harbour Wire Service staff") is judged whole."""
    return any(not not_a_person(name, url, outlet) for name in _credited_names(credit))


@lru_cache(maxsize=1)
def _not_person_words() -> frozenset[str]:
    return frozenset(w for entry in load_sections("provenance.txt")["not_person_words"] for w in entry.split())


def warm_up() -> None:
    _not_person_words()
    _masthead_name_words()
    _credit_time_openers()
    _credit_time_words()
    _capitalised_adjectives()
    _kind_words()
    _speech_words()
    _not_names()
    place_name_words()
    organisation_name_words()
    organisation_label_words()
    _body_sign_res()

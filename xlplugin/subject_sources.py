"""Subjects of a verb of saying that are no named source (sources12).

- `subject_kind`: a negative pronoun as the subject ("Nobody has confirmed ...", "I rang twice
  and nobody answered") says no one said it: no source at all; an indefinite pronoun with a relative clause or a place after it ("Those
  who were in Soho that night tell ...", "People who know the committee well say ...") names no
  one, whatever its clause names: a vague source.
- `owned_role`: a singular vague noun after a named owner's possessive ("The Sydney Morning
  Herald's critic called it ...") is one person in a post: a source by role.
- `relative_head`: in a source phrase holding "who" ("an expert at King's College London who was
  not involved in the study, said"), the noun before "who" is the head, not the last word of the
  relative clause.
- `writers_acquaintance`: "My neighbour says", "a friend of mine said": someone only the writer
  knows, unnamed: a vague source (attrib16).
- `hearsay`: "A friend who works at the hospital says", "someone I know at the council said":
  someone only the writer knows, unnamed: a vague source (prov24).
- `appeal_to_all`: "Every serious scientist agrees", "All honest doctors admit": every member of a
  kind, no one named: a vague source (prov24).
- `bare_release`: "release" is a document only as a press, news or media release.
- `published_by_name`: "according to results of a trial published on Wednesday in The Lancet":
  the source phrase after "according to" stops before the participle; the name after it says
  whose document it is.

Word lists: xlplugin/data/attribution.txt ([no_one_words], [indefinite_subject_words],
[indefinite_link_words], [owned_role_words], [qualified_document_words],
[document_qualifier_words], [published_words], [published_gap_words], [writer_acquaintance_words],
[hearsay_words], [appeal_quantifier_words]).
"""

from __future__ import annotations

import re

from .phrases import words
from .source_window import Words

DATA_FILE = "attribution.txt"
NO_ONE, VAGUE = 1, 2
_NO_ONE = words(DATA_FILE, "no_one_words")
_INDEFINITE = words(DATA_FILE, "indefinite_subject_words")
_LINKS = words(DATA_FILE, "indefinite_link_words")
_OWNED = words(DATA_FILE, "owned_role_words")
_QUALIFIED = words(DATA_FILE, "qualified_document_words")
_QUALIFIERS = words(DATA_FILE, "document_qualifier_words")
_POSSESSIVE_ENDS = ("'s", "\u2019s")
_ACQUAINTANCE = words(DATA_FILE, "writer_acquaintance_words")
_WRITER = frozenset(("i", "we"))
_HEARSAY = words(DATA_FILE, "hearsay_words")
_INDEFINITE_ARTICLES = frozenset(("a", "an", "one"))
_HEARSAY_KEYS = _HEARSAY | _INDEFINITE
_ALL = words(DATA_FILE, "appeal_quantifier_words")
# (prov24) After a word of [appeal_quantifier_words], words that say which members spoke: a number
# ("all three doctors"), "of" and a body ("every member of the committee"), "the"/"these" (a group
# named before: "all the doctors we spoke to", "all these officials"), "other" ("every other").
_WHICH_MEMBERS = frozenset("of the these those other two three four five six seven eight nine ten twelve "
                           "dozen".split())
# (prov24) Words that make it no appeal to a kind: a pronoun ("All I'm saying", "all they say", "every
# time his rivals think"), a clause or a contrast inside the phrase ("all but begging a woman who
# claimed"), a time or a frequency ("every time", "every day", "every few years", "every so often").
_NOT_AN_APPEAL = frozenset("i i'm i’m we you he she they it his her their its my our your who that which but "
                           "time times day days week weeks year years morning night few couple so once now "
                           "hour hours minute minutes month months season seasons decade decades".split())
APPEAL_MAX_WORDS = 4
_CLAUSE_JOINERS = frozenset(("and", "but", "or"))
_PUBLISHED = words(DATA_FILE, "published_words")
_GAP = words(DATA_FILE, "published_gap_words")
_PUBLISHED_LINKS = frozenset(("in", "by"))
_ARTICLES = frozenset(("the", "a", "an"))
# (sources18) What a publication is, between the article and its name ("published on Wednesday in
# the journal Diabetes Care", "in the magazine Wired"): read through to the name.
_PUBLICATION_KINDS = frozenset("journal magazine newspaper bulletin periodical".split())
PUBLISHED_REACH = 4  # words of time at most between the participle and "in"/"by"


def subject_kind(lowers: list[str], idxs: list[int]) -> int:
    """NO_ONE when the source phrase `idxs` (either order) opens with a negative pronoun
    ("nobody", "no one"), VAGUE when it opens with an indefinite one and a word of
    [indefinite_link_words] follows ("those who", "people at"), else 0."""
    first = idxs[0] if idxs[0] < idxs[-1] else idxs[-1]
    lw = lowers[first]
    if lw in _NO_ONE or lw == "no" and first + 1 < len(lowers) and lowers[first + 1] == "one":
        return NO_ONE
    if idxs[0] > idxs[-1] and (subject := _clause_subject(lowers, idxs)) is not None and _no_one_at(lowers, subject):
        # (attrib16) after "and" or "but" a new clause has its own subject, however far back the
        # phrase reaches: "I rang the council twice and nobody answered", "I phoned twice and
        # none of the staff answered" report no one's words
        return NO_ONE
    if lw in _INDEFINITE and first + 1 < len(lowers) and lowers[first + 1] in _LINKS:
        return VAGUE
    return 0


def _clause_subject(lowers: list[str], idxs: list[int]) -> int | None:
    """The first word after the last "and", "but" or "or" of a source phrase read before its verb
    (`idxs` descending), or None where the phrase holds none."""
    for n, k in enumerate(idxs):
        if lowers[k] in _CLAUSE_JOINERS:
            return idxs[n - 1] if n > 0 else None
    return None


def _no_one_at(lowers: list[str], k: int) -> bool:
    """Is the word at `k` a negative pronoun ("nobody", "none", the "no" of "no one")?"""
    return lowers[k] in _NO_ONE or lowers[k] == "no" and k + 1 < len(lowers) and lowers[k + 1] == "one"


def writers_acquaintance(w: Words, idxs: list[int], not_names: frozenset[str]) -> bool:
    """(attrib16) Is the source phrase `idxs` someone only the writer knows: a first-person
    possessive ([writer_acquaintance_words]: "My neighbour says", "my doctor told me", "a friend
    of mine said") and no name ("my colleague Jane Roe said" names her)? A vague source, as "a
    neighbour said" is: the reader cannot ask them. ("My wife and I think" is the writer's own
    view: left to the first-person rule.)"""
    lowers, texts = w.lowers, w.texts
    if _ACQUAINTANCE.isdisjoint(lowers[k] for k in idxs):
        return False
    return not any(lowers[k] in _WRITER or k > 0 and texts[k][:1].isupper() and lowers[k] not in not_names for k in idxs)


def hearsay(w: Words, idxs: list[int], not_names: frozenset[str]) -> bool:
    """(prov24) Is the source phrase `idxs` someone known to the writer only, with no name: a word
    of [hearsay_words] after "a", "an" or "one" ("A friend who works at the hospital says", "one guy
    I know said"), or an indefinite subject, then "I" or "we" ("Someone I know at the council
    said", "a guy I know")? Hearsay: a reader cannot ask them, as "my friend told me" (vague)."""
    lowers, texts = w.lowers, w.texts
    if _HEARSAY_KEYS.isdisjoint(map(lowers.__getitem__, idxs)):
        return False  # (most phrases: no word of either shape)
    first = idxs[0] if idxs[0] < idxs[-1] else idxs[-1]
    last = idxs[-1] if idxs[0] < idxs[-1] else idxs[0]
    if any(k > 0 and texts[k][:1].isupper() and lowers[k] not in not_names and lowers[k] not in _WRITER
           and not _whose_friend(lowers, k) for k in range(first, last + 1)):
        return False  # "a friend, Ann Lee, said": named
    for k in range(first, last + 1):
        lw = lowers[k]
        if lw in _HEARSAY and k > first and lowers[k - 1] in _INDEFINITE_ARTICLES:
            return True  # "a friend who works at ...", "one guy I know"
        if (lw in _INDEFINITE or lw in _HEARSAY) and k + 1 <= last and lowers[k + 1] in _WRITER:
            return True  # "someone I know", "a guy we met"
    return False


def _whose_friend(lowers: list[str], k: int) -> bool:
    """(lead, session 25) Is the capitalised word at k the owner in a double genitive after "of"
    ("a friend of Leo's", "a pal of Tasha's"): it names whose friend speaks, not the friend, who
    stays unnamed?"""
    return k > 0 and lowers[k - 1] == "of" and lowers[k].endswith(_POSSESSIVE_ENDS)


def appeal_to_all(w: Words, idxs: list[int], not_names: frozenset[str], things: frozenset[str]) -> bool:
    """(prov24) Does the source phrase `idxs` open with a word of [appeal_quantifier_words] and a
    noun of people, no name, number or body saying which ("Every serious scientist agrees", "All
    honest doctors admit", "Any competent engineer will tell you")? An appeal to every member of a
    kind names no one: a vague source. "All three doctors said", "Every member of the committee
    said", "All the officials we spoke to" say which (`_WHICH_MEMBERS`). `things`: nouns of things,
    no people ("every recent poll has shown": documents and posts are read by their own rules)."""
    lowers, texts = w.lowers, w.texts
    first = idxs[0] if idxs[0] < idxs[-1] else idxs[-1]
    last = idxs[-1] if idxs[0] < idxs[-1] else idxs[0]
    if lowers[first] not in _ALL or last == first or last - first > APPEAL_MAX_WORDS:
        return False
    for k in range(first + 1, last + 1):
        lw = lowers[k]
        if lw in _WHICH_MEMBERS or lw in _NOT_AN_APPEAL or lw in things or lw[:1].isdigit() \
                or texts[k][:1].isupper() and lw not in not_names:
            return False
    return True


def owned_role(w: Words, head: int, not_names: frozenset[str]) -> bool:
    """Is the word at `head` one of [owned_role_words] right after a capitalised possessive that
    is no listed non-name ("Herald's critic")?"""
    if head < 1 or w.lowers[head] not in _OWNED:
        return False
    k = head - 1
    owner = w.lowers[k]
    return owner.endswith(_POSSESSIVE_ENDS) and w.texts[k][:1].isupper() and owner[:-2] not in not_names \
        and w.ends[k] + 1 == w.starts[head]


def relative_head(lowers: list[str], idxs: list[int], head: int | None) -> int | None:
    """The head of a source phrase read before its verb (`idxs` descending, `head` its first):
    the word before the last "who" of the phrase when there is one after its first word, else
    `head`."""
    if head is None or len(idxs) < 3 or idxs[0] < idxs[-1] or "who" not in lowers[idxs[-1] + 1:head]:
        return head
    for k in idxs:
        if lowers[k] == "who":
            return k - 1 if k - 1 >= idxs[-1] else head
    return head


def bare_release(lowers: list[str], i: int) -> bool:
    """Is the document word at `i` one of [qualified_document_words] without a word of
    [document_qualifier_words] right before it ("a US release", not "a press release")?"""
    return lowers[i] in _QUALIFIED and (i == 0 or lowers[i - 1] not in _QUALIFIERS)


def published_by_name(w: Words, idxs: list[int], not_names: frozenset[str]) -> int | None:
    """The position of the name in "published [on Wednesday] in The Lancet" when a word of
    [published_words] stands inside the source phrase `idxs` (ascending) or right after it, only
    words of [published_gap_words] (at most PUBLISHED_REACH) then "in" or "by" after it, an
    article at most (and after it a word of _PUBLICATION_KINDS: "the journal"), then a capitalised word that is no listed non-name, spaces alone between
    the words; else None."""
    lowers = w.lowers
    for j in range(idxs[0] + 1, min(len(lowers), idxs[-1] + 2)):
        if lowers[j] in _PUBLISHED:
            return _name_after_participle(w, j, not_names)
    return None


def _name_after_participle(w: Words, j: int, not_names: frozenset[str]) -> int | None:
    """`published_by_name` from the participle at `j`."""
    texts, lowers, starts, ends = w
    n = len(lowers)
    k = j + 1
    while k < n and lowers[k] in _GAP and k - j <= PUBLISHED_REACH:
        k += 1
    if k + 1 >= n or lowers[k] not in _PUBLISHED_LINKS:
        return None
    k += 1
    if lowers[k] in _ARTICLES and k + 1 < n:
        k += 1
        if lowers[k] in _PUBLICATION_KINDS and k + 1 < n:
            k += 1
    if not texts[k][:1].isupper() or lowers[k] in not_names:
        return None
    return k if all(starts[m + 1] - ends[m] == 1 for m in range(j - 1, k)) else None


# Short words a title leaves in lower case ("Murder, Fear and Silence on the Frontier").
_TITLE_SMALL = frozenset("a an the and or nor but of on in to for at by from with into over as vs".split())
_TITLE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def quoted_title(quotation: str) -> bool:
    """Is the quotation a title ("The Killing Season: Murder, Fear and Silence on the Frontier"),
    not words someone said: no sentence end (. ! ?) inside, not all in capitals, at least two words, and every word
    capitalised or one of the short words a title leaves in lower case (_TITLE_SMALL)?"""
    inner = quotation.strip("\"'\u201c\u201d\u2018\u2019 ")
    if any(c in inner for c in ".!?") or inner.isupper():  # (a text in capitals: its capitals say nothing)
        return False
    found = _TITLE_WORD.findall(inner)
    return len(found) >= 2 and all(t[:1].isupper() or t.lower() in _TITLE_SMALL for t in found)

"""(voices31) Whose side the named sources speak for.

Provenance counts named sources and attributed quotes, but a story quoting only the council's
people and one quoting the council, a resident and an independent engineer earned the same: a
reader could not see from the row who speaks. This module reads, for each source provenance
counted, the organisation or side the text gives it, from the words around the name:

- an apposition after the name ("said Ann Lee, a council spokeswoman" -> the council;
  "said Tom Reyes, who lives on the estate" -> a resident);
- an apposition before it ("An independent engineer, Sara Moyo, said" -> independent;
  "The council's chief engineer, Dev Patel, said" -> the council);
- a title before it ("Council leader Mark Hale said", "campaign manager Priya Nand said",
  "Opposition MP Carl Dunn said");
- for a body that speaks itself ("The county council said"), the body.

(sides45) A nation's adjective before a noun is no body and no name ("North Korean leader" gives no
side; "The Chinese embassy said" is the embassy, not "Chinese": attribution.txt [nationality_words]).

A surname said again later ("Hale said") is the same source. `sides` returns the sources in the
order met, each with its side ("" where the text gives none); `side_note` says what the evidence
and the Why say: "all 4 named sources speak for one body: the county council" where two or more
sources all come from one body, "sources from 3 bodies or sides: ..." where they come from
several. One source is one source, not one side: nothing is said of it. This only informs: it
moves no score.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .names import body_signs
from .publications import is_country, is_place
from .phrases import words
from .source_window import Words
from .syllables import english_words
from .text import Document

__all__ = ["Source", "classify", "sides", "side_note"]


class Source(NamedTuple):
    name: str  # as the text gives it ("Ann Lee", "The county council")
    side: str  # the organisation or side ("the county council", "a resident", "independent"), or ""
    person: bool = True  # False for a body speaking itself ("The county council said")


# Words of a role or an office: what is before one of them in a title names its body ("a council
# spokeswoman", "campaign manager"), what follows "of/for/at" after one names it too.
_ROLE_WORDS = frozenset("""
spokeswoman spokesman spokesperson spokespeople representative leader chief engineer director manager
officer official officials head chair chairman chairwoman chairperson president secretary clerk deputy
commissioner member members councillor councilor mayor lawyer attorney adviser advisor analyst
treasurer superintendent inspector master executive founder owner boss coordinator organiser organizer
volunteer worker staff employee researcher scientist economist candidate minister mp senator
governor sheriff detective constable sergeant principal teacher doctor surgeon nurse
envoy ambassador diplomat delegate
""".split())



def _plural(word: str) -> str:
    """(roles41) A role word's plural, by the English rule: "spokesman" -> "spokesmen", "deputy" ->
    "deputies", "boss" -> "bosses", "councillor" -> "councillors"."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


# (roles41) Each role word, and its plural, to the role word ("councillors" -> "councillor"): real
# reporting cites people by role in the plural ("opposition councillors", "union leaders", "company
# directors"), and the plural names their body as the singular does.
_ROLES = {w: w for w in _ROLE_WORDS} | {_plural(w): w for w in _ROLE_WORDS - {"staff", "spokespeople"}
                                         if not (w.endswith("s") and w[:-1] in _ROLE_WORDS)}

# Words before a role word that say nothing of the body ("deputy clerk", "senior official").
_NOT_BODY = frozenset("""
a an the its his her their our deputy senior chief former acting interim assistant associate
principal lead local new longtime long-time top general vice co-founder volunteer also
""".split())

# An office whose holder speaks for a body the office names.
_OFFICE_BODIES = {
    "minister": "the government", "ministers": "the government", "clerk": "the clerk's office",
    "mayor": "the mayor's office", "candidate": "the campaign", "sheriff": "the sheriff's office",
    "detective": "the police", "constable": "the police", "sergeant": "the police",
    "governor": "the government", "secretary": "the government",
}
# (roles41) The bodies an office's holders are many of: its plural names the body too ("Detectives
# said" -> the police, as "ministers" -> the government). Several mayors, candidates, sheriffs,
# governors or clerks are as many offices, no one body: their plural alone gives no side.
_BODIES_OF_MANY = frozenset(("the police",))


def _office_body(word: str) -> str:
    """The body an office word names (`_OFFICE_BODIES`), its plural only where the body is one of
    many holders (`_BODIES_OF_MANY`), or ""."""
    if word in _OFFICE_BODIES:
        return _OFFICE_BODIES[word]
    body = _OFFICE_BODIES.get(_ROLES.get(word, ""), "")
    return body if body in _BODIES_OF_MANY else ""


# (roles41) Numbers and quantifiers ("a dozen", "three", "several", "some"): before a body's word they
# count its people ("three council officials", "a dozen party members"), no part of the body's name.
@lru_cache(maxsize=1)
def _quantities() -> frozenset[str]:
    return words("attribution.txt", "noun_sense_quantity_words")


def _counts(word: str) -> bool:
    return word.lower() in _quantities() or word.isdigit()


# (roles41) A member whose body the role word names, where the text names no other before it ("a
# local councillor", "local councillors" -> the council; "Labour councillors" keep their party).
_MEMBER_BODIES = {"councillor": "the council", "councilor": "the council"}

# Words of one body said in different words: a minister speaks for the government, as the ministry does.
_SAME_BODY_WORDS = {"ministry": "government", "minister": "government", "ministers": "government",
                    "administration": "government", "cabinet": "government"}

# Nouns that name a body speaking for itself ("The county council said", "The clerk's office said").
_BODY_NOUNS = frozenset("""
council office campaign government ministry department police union company board trust agency
committee party authority commission service services firm council's group club association
school hospital university court force corporation bank council-run administration
inspectorate regulator watchdog institute foundation charity cabinet embassy consulate
delegation mission
""".split())

_RESIDENT_RE = re.compile(
    r"\b(?:li(?:ves|ve|ving|ved)\s+(?:in|on|near|at|beside|next)|residents?|neighbou?rs?|tenants?|"
    r"parents?|mother|father|commuters?|shoppers?|patients?|passengers?|villagers?|islanders?|locals|homeowners?|"
    r"local\s+(?:man|woman|people)|grandmother|grandfather|pensioners?|retirees?|shopkeepers?)\b", re.IGNORECASE)
_INDEPENDENT_RE = re.compile(r"\bindependent\b|\bnot\s+involved\b|\bno\s+(?:ties|links?)\s+to\b", re.IGNORECASE)
_OPPOSITION_RE = re.compile(r"\bopposition\b", re.IGNORECASE)
# "a spokesman for the county council", "who advises the campaign", "an ally of the clerk"
_BODY_AFTER_RE = re.compile(
    r"\b(?:of|for|at|from|with|advises|represents|runs|leads|chairs|joined)\s+(?:the\s+)?"
    r"((?:[A-Za-z][\w'\u2019&-]*)(?:\s+(?:[A-Z][\w'\u2019&-]*|of|and|[a-z][\w-]*))??(?:\s+[A-Za-z][\w'\u2019&-]*){0,3})")
_POSSESSIVE_RE = re.compile(r"^(?:the\s+)?([\w\s-]+?)['\u2019]s\b", re.IGNORECASE)
# (sources31) a name's particles join its run ("Jean-Paul Van der Berg", "Ana de Souza", "Omar bin
# Said"): the run stopped at "der" and listed the source as "Berg"
_PARTICLES = "van|von|der|den|de|del|della|di|du|da|dos|das|la|le|bin|ibn|al|el|ter|ten"
_CAPITAL_RUN_RE = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for|and|the|" + _PARTICLES + r")\s+)*[A-Z][\w'\u2019.-]*)*")
_WORD_RE = re.compile(r"[\w'\u2019-]+")
_CLAUSE_END = ",.;:!?\"\u201c\u201d()\u2014\u2013"
_SAYING_RE = re.compile(r"\s*\b(?:said|says|say|told|tells|added|adds|explained|insisted|argued|warned|claimed|"
                        r"stated|noted|according\s+to|confirmed|wrote|writes)\b\s*", re.IGNORECASE)
# Titles written before a name that are no body ("Dr", "Mr", "Professor").
_TITLES = frozenset("dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame lord lady rev rev.".split())
# An apposition that ends in a place right before the name read ("..., a tenant on Mill Lane, said").
_PLACE_BEFORE_RE = re.compile(r",[^,\"\u201c\u201d]{0,60}\b(?:on|in|at|of|from|near|for|with)\s+(?:the\s+)?$")
_TITLE_END_RE = re.compile(r"\s*\b(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Rev)\.?$")
_OF_AFTER_RE = re.compile(r"\s+((?:of|at|from|with)\s+(?:the\s+)?[A-Z][^,;:\"\u201c\u201d]{0,60}?)(?=\s+(?:said|says|told|added|,)|,|\.?\s*$|\s+(?:in|on)\s+(?:a|an|the|his|her|their)\s)")
# (sources48) The words between a person's name and the body they work for at an inverted
# attribution's end ("said Lukas Stefanko with ESET", "said Ann Lee of Acme", "said Jo Roe at
# Temple University"): a preposition of membership, "the" at most.
_MEMBER_OF_RE = re.compile(r"\s+(?:with|at|from|of)\s+(?:the\s+)?")
_STRIP_FROM_KEY = frozenset("the a an county city state local national regional its his her their".split())


def _clause_after(text: str, start: int, stop: int) -> str:
    """The apposition after a name: ", a council spokeswoman," -> "a council spokeswoman"."""
    rest = text[start:stop]
    if not rest.startswith(","):
        return ""
    rest = rest[1:]
    cut = min((i for i in (rest.find(c) for c in _CLAUSE_END) if i >= 0), default=len(rest))
    return rest[:cut].strip()


def _clause_before(text: str, start: int, stop: int) -> str:
    """The apposition before a name: "The council's chief engineer, " -> "The council's chief engineer"."""
    before = _TITLE_END_RE.sub("", text[start:stop].rstrip())
    if not before.endswith(","):
        return ""
    before = before[:-1]
    cut = max(before.rfind(c) for c in _CLAUSE_END)
    return before[cut + 1:].strip()


@lru_cache(maxsize=4096)
def _key(phrase: str) -> frozenset[str]:
    words = [w.lower().replace("\u2019", "'") for w in _WORD_RE.findall(phrase)]
    words = [_SAME_BODY_WORDS.get(w, w) for w in (w[:-2] if w.endswith("'s") else w for w in words)]
    return frozenset(w for w in words if w not in _STRIP_FROM_KEY and w not in ("office", "team", "of", "for", "and"))


# (web41) The determiners a body's description may open with itself ("a spokesman for a logistics
# software company"): it names no one body, and "the" is not put before it ("the a logistics software
# company" was read so); such a description is a side only where it ends in a word for a body
# (_BODY_NOUNS: "a regional haulage firm", not "a letter to Congress").
_OWN_DETERMINERS = ("a", "an", "another")


def _with_the(body: str) -> str:
    """`body` as a side is said: "the" before a description in lower case ("county council" -> "the
    county council"), none before a name, a "the" it holds or (web41) its own "a", "an", "another"."""
    first = body.split(" ", 1)[0]
    if first[:1].isupper() or first.lower() == "the" or first.lower() in _OWN_DETERMINERS:
        return body
    return "the " + body


def _body_phrase(phrase: str) -> str:
    """The body a phrase of words names, trimmed to its words of a body ("the county council")."""
    words = phrase.split()
    kept = len(words)
    while words and words[-1].lower() not in _BODY_NOUNS and not words[-1][:1].isupper():
        words.pop()
    if words and len(words) < kept and words[-1].endswith(("'s", "\u2019s")):
        return ""  # (book44) "ahead of President Putin's visit": the visit was his, no body speaks
    if not words or any(_counts(w) for w in words):
        return ""  # (roles41) "a dozen party", "three council": people counted, no body's name
    if words[0].lower() in _OWN_DETERMINERS and words[-1].lower() not in _BODY_NOUNS:
        return ""  # (web41) "a Dallas", "a letter to Congress": a description that names no kind of body
    return _with_the(" ".join(words))


# Words no body's name holds: a side read with one of them is a misreading of a clause ("the
# women with impunity because he"), and is none.
_NOT_IN_A_NAME = frozenset("""
he she they it we i you him her his their them its our my your which who whom whose that this these
those because when while during in on with by as if but not would will could should has have had was
were is are be been said says told over into than then there where what how why all any some every
""".split())
# Lower-case words a body's name may hold besides its kind ("the county council", "the state
# elections office"): at most this many.
MAX_LOWER_NAME_WORDS = 3
MAX_NAME_WORDS = 7


def plausible(side: str) -> bool:
    """Can `side` be the name of a body ("the county council", "Eastmoor Water", "the Ministry of
    Water Resources"), not a clause misread as one?"""
    if side in _OUTSIDE or side in ("the opposition",):
        return True
    words = side.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    lowers = [w for w in words if not w[:1].isupper() and w not in ("the", "of", "for", "and", "&")
              and w.lower() not in _BODY_NOUNS]
    if any(w.lower().strip(".,'’s") in _NOT_IN_A_NAME or w.lower() in _NOT_IN_A_NAME for w in words):
        return False
    return len(lowers) <= MAX_LOWER_NAME_WORDS


@lru_cache(maxsize=4096)
def classify(desc: str) -> str:
    """The organisation or side a description gives ("a council spokeswoman" -> "the council"), or
    "" where it gives none a reader could take for a body's name (`plausible`)."""
    side = _classify(desc)
    return side if side and plausible(side) else ""


def _classify(desc: str) -> str:
    if not desc:
        return ""
    if _INDEPENDENT_RE.search(desc):
        return "independent"
    if _OPPOSITION_RE.search(desc):
        return "the opposition"
    m = _BODY_AFTER_RE.search(desc)
    if m and m.group(1)[:1].islower() and m.group(1).split()[-1].lower() not in _BODY_NOUNS:
        # (sources48) "a professor of economics at Daleford University": "of" opens the role's
        # field, the body's name follows "at"
        m = next((n for n in _BODY_AFTER_RE.finditer(desc, m.start(1) + 1)
                  if n.group(1)[:1].isupper()), m)
    if m and not _RESIDENT_RE.search(desc[:m.start()]):
        body = _body_phrase(m.group(1))
        if body and body.lower() not in ("the",) and (len(body.split()) > 1 or body.lower() in _BODY_NOUNS):
            return _with_the(body)
    if _RESIDENT_RE.search(desc):
        return "a resident"
    m = _POSSESSIVE_RE.match(desc.strip())
    if m and any(w.lower() in _ROLES for w in desc[m.end():].split()[:3]):  # "the council's chief engineer"
        return "the " + m.group(1).strip().lower() if not m.group(1)[:1].isupper() or desc.lower().startswith("the ") \
            else m.group(1).strip()
    words = _WORD_RE.findall(desc)
    lowers = [w.lower() for w in words]
    for i, w in enumerate(lowers):
        if w in _ROLES:
            before = [x for x, lw in zip(words[:i], lowers[:i]) if lw not in _NOT_BODY and lw not in _ROLES
                      and lw not in _TITLES and not _counts(lw) and not _SAYING_RE.fullmatch(x)]
            # a body's name before the role ("a council spokeswoman", "Eastmoor Water spokesman"),
            # not a field ("health minister": the minister's office says whose)
            if before and (before[-1].lower() in _BODY_NOUNS or before[-1][:1].isupper() and _ROLES[w] not in _OFFICE_BODIES
                           and lowers[i - 1] == before[-1].lower() and not _opens_a_group(words, i)
                           and not _adjectival(before)):  # (sides45) "North Korean leader": no body "North Korean"
                body = " ".join(before)
                # (sources48) one capitalised word is a name kept as written ("Microsoft President",
                # "ESET researcher"), unless it is a kind of body ("Council leader": the council)
                named = body[:1].isupper() and (len(before) > 1 or before[-1].lower() not in _BODY_NOUNS)
                return body if named else "the " + body.lower()
            if body := _office_body(w) or _MEMBER_BODIES.get(_ROLES[w], ""):
                return body
    if lowers and lowers[-1] in _BODY_NOUNS:
        return _body_speaking(desc)  # "the county council", not "an online service"
    for w in lowers:
        if body := _office_body(w):
            return body
    return ""


@lru_cache(maxsize=1)
def _nationality_words() -> frozenset[str]:
    return words("attribution.txt", "nationality_words")


def _adjectival(phrase: list[str]) -> bool:
    """(sides45) Are the words only a nation's or a region's adjective ("North Korean", "Western
    European", "Chinese": attribution.txt [nationality_words])? Before a noun they say whose it is
    and name no body: "North Korean leader" gives no side "North Korean"."""
    return bool(phrase) and all(w.lower().strip(".,") in _nationality_words() for w in phrase)


def _opens_a_group(words: list[str], i: int) -> bool:
    """(roles41) Is the word before the plural role `words[i]` a group's word, no body's name: a
    possessive of a plural ("nurses' leaders") or, opening the description in capitals, a word of
    the dictionary ("Angry councillors", "Junior doctors", "Striking workers" open a sentence; a name
    there that is a word too, "Labour councillors", loses its party: the cost of reading no adjective as a body)?"""
    before = words[i - 1]
    if before.endswith(("'", "\u2019")):
        return True
    return words[i].lower() != _ROLES[words[i].lower()] and i == 1 and before.lower() in english_words()


_TITLED = _ROLE_WORDS | _TITLES
_OFFICES = _ROLE_WORDS | _OFFICE_BODIES.keys()


def _name_in(span: str) -> tuple[int, int]:
    """Where the person's name is in an attribution's span ("Council leader Mark Hale said" ->
    "Mark Hale"): the last run of capitalised words, less the titles and role words it opens with
    (the run before the first comma where the span holds an apposition: "Jo Baptiste, a tenant on
    Mill Lane, said" -> "Jo Baptiste")."""
    runs = list(_CAPITAL_RUN_RE.finditer(span))
    runs = [r for r in runs if not _SAYING_RE.fullmatch(r.group()) and not _a_time(r.group()) and not _adjective_run(r.group())]
    if not runs:
        return -1, -1
    comma = span.find(",")
    before_comma = [r for r in runs if comma >= 0 and r.end() <= comma]
    r = before_comma[-1] if before_comma else runs[-1]
    if not before_comma and len(runs) > 1 and _MEMBER_OF_RE.fullmatch(span, runs[-2].end(), r.start()):
        r = runs[-2]  # (sources48) "said Lukas Stefanko with ESET": the person, his body after "with"
    start = r.start()
    words = list(re.finditer(r"\S+", r.group()))
    if len(words) > 1 and words[0].group() == "The":  # "The Ministry of Rail Transport"
        start += words[1].start()
        words = list(re.finditer(r"\S+", r.group()[words[1].start():]))
    k = 0
    if len(words) > 3 and words[0].group().lower() in _OFFICES \
            and words[1].group() in ("of", "for"):
        # "Minister of Water Resources Anton Berezin": the office, then the name (its last two words)
        return start + words[-2].start(), r.end()
    if len(words) > 2 and words[0].group().lower() in _BODY_NOUNS and words[1].group() in ("of", "for"):
        return start, r.end()  # "the Ministry of Water Resources announced": a body
    joins = [i for i, w in enumerate(words) if w.group() in ("of", "for", "and", "the")]
    if joins and words[joins[0]].group() == "and" and words[-1].group().lower() in _BODY_NOUNS:
        return start, r.end()  # (sources48) "the University and College Union": one body's name, not "University"
    if joins and not (len(words) > 3 and words[0].group().lower() in _OFFICES):
        # "Nyasha Junior of Temple University": the name is before "of" (its body after it)
        end = start + words[joins[0] - 1].end()
        words = words[:joins[0]]
        r_end = end
    else:
        r_end = r.end()
    titled = [i for i, w in enumerate(words[:-1]) if w.group().lower().strip(".,") in _TITLED]
    if titled:
        k = titled[-1] + 1  # "Microsoft President Brad Smith", "LDP Political Council Chairman Shizuka Kamei"
    while k < len(words) - 1 and (words[k].group().lower() in _ROLE_WORDS or _RESIDENT_RE.fullmatch(words[k].group()) or words[k].group().lower() in _TITLES
                                  or _OPPOSITION_RE.fullmatch(words[k].group())
                                  or words[k].group().lower() in _OFFICE_BODIES or words[k].group().lower() in _BODY_NOUNS):
        k += 1
    return start + words[k].start(), r_end


@lru_cache(maxsize=1)
def _times() -> frozenset[str]:
    """(sources46) The days, months and times of attribution.txt ([not_name_words] ending in "day"
    or naming a month, [speaker_time_words]), in lower case."""
    months = frozenset("january february march april may june july august september october november december".split())
    return frozenset(w for w in words("attribution.txt", "not_name_words") if w.endswith("day") or w in months) \
        | words("attribution.txt", "speaker_time_words")


def _a_time(run: str) -> bool:
    """(sources46) Is a run of capitalised words a day, a month or a time and nothing else ("Microsoft
    on Thursday reiterated": the speaker is Microsoft, not "Thursday")?"""
    return all(w.lower().strip(".,") in _times() for w in run.split())


# (sources46) A capitalised word joined to a participle in lower case ("Unicode-backed", "Kremlin-backed",
# "Saudi-led"): a compound adjective, no one's name.
_COMPOUND_ADJECTIVE_RE = re.compile(r"[A-Z][\w'\u2019]*-[a-z]+(?:ed|en)")


def _adjective_run(run: str) -> bool:
    return any(_COMPOUND_ADJECTIVE_RE.fullmatch(w) for w in run.split())


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """(claims41) Words that open a sentence before its speaker and are no part of anyone's name:
    adverbs and times ("Afterwards", "Meanwhile", "Last night", "On Monday"), attribution.txt
    [appositive_non_name_words], [not_name_words] and [speaker_time_words]; not an article, which
    `_person` reads ("A Twitter spokeswoman said": a role)."""
    return (words("attribution.txt", "appositive_non_name_words") | words("attribution.txt", "not_name_words")
            | words("attribution.txt", "speaker_time_words")) - {"the", "a", "an"}


def _past_opening(text: str, sentence_start: int, a: int, b: int) -> int:
    """Where a run of capitalised words at `a`..`b` names someone once the words opening its
    sentence are passed ("Meanwhile the spokesman said": none, `b`; "On Monday, the minister
    told": none; "Later Ann Lee said": "Ann Lee"). A run inside the sentence is left whole."""
    if text[sentence_start:a].strip(" \t\n\"'\u201c\u2018(*-"):
        return a
    for m in re.finditer(r"\S+", text[a:b]):
        if m.group().lower().strip(".,") not in _opening_words():
            return a + m.start()
    return b


def _person(doc: Document, start: int, end: int, stop_before: int, stop_after: int,
            sided: frozenset[str] | set[str] = frozenset()) -> tuple[str, str]:
    """The name and the side of a named source whose attribution spans `start`..`end` (no side
    read for a surname in `sided`: one whose side is known already, "Hale said" after "Council
    leader Mark Hale said")."""
    text = doc.text
    span = text[start:end]
    lead = _APPOSITION_LEAD_RE.match(text, stop_before, start)
    if lead is not None and _names_someone(lead.group(1)):
        # (sources48) "Garren Mulloy, a professor of relations at Daito Bunka University and a
        # specialist, said": the span starts inside the apposition; the person is before it, the
        # body in it
        return lead.group(1), classify(_SAYING_RE.sub(" ", text[lead.end(1) + 1:end]).strip(" ,"))
    if span[:2] in ("a ", "an") and span.split(None, 1)[0] in ("a", "an") \
            and (before := _NAME_BEFORE_RE.search(text, stop_before, start)) is not None and _names_someone(before.group(1)):
        # (sources50) "Alberto Ruiz, a Leeds resident, said", "..., a Leeds resident who posted
        # about the smoke, said": the attribution starts at the apposition, whose capitalised
        # place is no name; the person is the name before it, the apposition says who
        return before.group(1), classify(_SAYING_RE.sub(" ", span).strip(" ,"))
    a, b = _name_in(span)
    if a >= 0:
        # (claims41) "Meanwhile the spokesman said", "Last night the minister said": a role, no name
        a = _past_opening(text, stop_before, start + a, start + b) - start
        a, b = (a, b) if a < b else (-1, -1)
    if a < 0 or not _names_someone(span[a:b]) or span[a:b].split(None, 1)[0] in ("A", "An"):
        # (sources31) "Dev Patel, 52, a shop owner, said": the attribution is the apposition, the
        # name before it; "The mayor said", "Chief Executive said", "The Minister's spokesman
        # said": a role and no name, listed as the text gives it (was "The", "Executive", "Minister's")
        named = _NAME_BEFORE_RE.search(text, stop_before, start)
        if named is not None and a < 0 and _past_opening(text, stop_before, named.start(1), named.end(1)) == named.start(1):
            # ("On Monday, the minister told MPs": a time before the role, no name: claims41)
            return named.group(1), classify(_SAYING_RE.sub(" ", span).strip(" ,"))
        role = _role_phrase(span)
        return (role, "") if role else ("", "")
    name = span[a:b].rstrip(",. ")
    if name.rsplit(None, 1)[-1].lower() in sided:
        return name, ""
    premod = _SAYING_RE.sub(" ", span[:a]).strip() if a else ""
    n_start, n_end = start + a, start + a + len(name)
    place = _PLACE_BEFORE_RE.search(text, stop_before, n_start)
    if place is not None:
        # "Jo Baptiste, a tenant on Mill Lane, said": "Mill Lane" is where, the name is before
        # the apposition, and the apposition says who
        before = text[stop_before:place.start()].rstrip()
        run = list(_CAPITAL_RUN_RE.finditer(before))
        if run and run[-1].end() == len(before):
            return run[-1].group(), classify(text[place.start() + 1:n_end])
    side = classify(_clause_after(text, n_end, stop_after)) or classify(_clause_before(text, stop_before, n_start)) \
        or classify(premod)
    of = _OF_AFTER_RE.match(text, n_end, stop_after)
    if not side and of is not None:
        side = classify(of.group(1)) or _named_body(of.group(1))  # "Nyasha Junior of Temple University said"
    if side and _key(side) & _key(name):
        return name, ""  # "Trump (Trump)": a possessive of the speaker's own name says no side
    return name, side


def _named_body(phrase: str) -> str:
    """(sources48) The body "with" or "at" names after a person's name when it is a name alone and
    no place ("said Lukas Stefanko with ESET" -> "ESET", "said Ann Lee at Quillnet"; "of" and
    "from" say where someone is from as often, "Ann Lee from Lisbon": none)."""
    names = phrase.split()
    if names[0] not in ("with", "at"):
        return ""  # "of", "from" say where from as often as whose ("Ann Lee of Lisbon")
    names = names[1:]
    if names and names[0].lower() == "the":
        names = names[1:]
    names = [w.rstrip(".") for w in names]
    if not names or not all(w[:1].isupper() or w in ("of", "and", "&") for w in names) \
            or is_place(Words(names, [w.lower() for w in names], [], []), 0) == len(names):
        return ""
    body = " ".join(names)
    return body if plausible(body) and _names_someone(body) else ""


# (sources48) A sentence opening with a name and an apposition in lower case that runs, with no
# other comma, into an attribution's span ("Ann Kolar, a professor of economics at ").
_APPOSITION_LEAD_RE = re.compile(r"\s*((?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+),\s+(?:a|an|the)\s+[^,;:\"\u201c\u201d()]*$")


# (sources31) A name right before an apposition the attribution starts at ("Dev Patel, 52, " before
# "a shop owner, said"; "Mary-Kate O'Neill, " before "a local councillor, said").
_NAME_BEFORE_RE = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+(?:(?:" + _PARTICLES + r")\s+)*)+[A-Z][\w'\u2019-]+)"
                             r",(?:\s*\d{1,3},)?\s*$")
# (sources45) An attribution's span that ends in a comma and its verb ("... through the Galaxy,
# says"): inverted, its speaker follows the verb.
_INVERTED_END_RE = re.compile(r",\s*(?:said|says|say|told|tells|added|adds|explained|insisted|argued|warned|claimed|"
                              r"stated|noted|wrote|writes)\s*$", re.IGNORECASE)
# (sources45) A role right after an inverted attribution's verb ("..., said the harbour master.").
_ROLE_AFTER_RE = re.compile(r"\s+((?:the|a|an|his|her|their|its|our)\s+(?:[\w'\u2019-]+\s+){0,3}?([a-z][\w-]*)"
                            r"(?:\s+(?:of|at|for|in)\s+[^,.;:!?\"\u201c\u201d]{1,60})?)\s*(?:[,.;:!?]|$)")


def _role_after(text: str, end: int, stop: int) -> str:
    """(sources45) The role phrase right after an inverted attribution's verb, up to the clause's
    end ("..., said the harbour master." -> "the harbour master", "..., said the head of the
    port authority." -> itself), or "" where its noun is no role."""
    m = _ROLE_AFTER_RE.match(text, end, stop)
    if m is None or (m.group(2) not in _ROLE_WORDS and m.group(2) not in _ROLES):
        return ""
    return m.group(1)


# (sides45) The speaker right after an inverted attribution's verb ("..., says Li.").
_NAME_AFTER_RE = re.compile(r"\s+([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")
# Words a name is not made of: titles, role and office words, "The", a possessive of one ("Minister's").
_NO_NAME_WORDS = frozenset("the a an".split())


def _names_someone(run: str) -> bool:
    """Does a run of capitalised words hold a word that may be a person's name, not only titles,
    offices and role words ("Chief Executive", "Prime Minister", "The", "Minister's")?"""
    for w in run.split():
        lw = w.lower().strip(".,").replace("\u2019", "'").removesuffix("'s")
        if lw in _BODY_NOUNS or lw not in _TITLED and lw not in _OFFICES and lw not in _NO_NAME_WORDS \
                and lw not in _OFFICE_FIELDS:
            return True  # a name, or a body's ("the Environment Agency")
    return False


# Words before an office that say which office, no one's name ("Prime Minister", "Health Secretary").
_OFFICE_FIELDS = frozenset("""
prime vice general health foreign home transport finance education defence defense justice
interior environment culture energy trade treasury
""".split())


_DETERMINERS = frozenset("the a an his her their its our my your this that".split())
_PREPOSITIONS = frozenset("to for by via as of on with from at about".split())
MAX_ROLE_MODIFIERS = 3  # lower-case words before a role ("chief law enforcement officer")


def _role_phrase(span: str) -> str:
    """A role source's noun phrase as the text gives it, less the verb and any clause before it
    ("The mayor said" -> "the mayor", "The Minister's spokesman said" -> "the Minister's
    spokesman", "Chief Executive said" -> "Chief Executive", "contacted him via his attorney" ->
    "his attorney"), or "" where no role word ends it."""
    words = [w.strip(",;:") for w in _SAYING_RE.sub(" ", span).split()]
    words = [w for w in words if w]
    while words and words[-1].lower().strip(".") not in _OFFICES:
        words.pop()  # "The mayor also said": no "also"
    if not words:
        return ""
    k, lowers = len(words) - 1, 0
    while k > 0:
        w = words[k - 1]
        lw = w.lower().replace("\u2019", "'")
        if lw in _DETERMINERS:
            k -= 1
            break  # the phrase opens with its determiner
        if lw.endswith(("ing", "ed")) and not w[:1].isupper() and k > 1 and words[k - 2].lower() in _DETERMINERS:
            k -= 2  # "a sitting vice president", "a publishing executive"
            break
        if lw in _NOT_IN_A_NAME or lw in _PREPOSITIONS or lw.endswith(("ing", "ed")) and not w[:1].isupper() \
                or not any(c.isalnum() for c in w):
            break  # a clause's word ("had the president", "rescinding", "to run for president")
        if not w[:1].isupper() and not lw.endswith("'s") and lw not in _OFFICES:
            lowers += 1
            if lowers > MAX_ROLE_MODIFIERS:
                break
        k -= 1
    words = words[k:]
    if len(words) > MAX_NAME_WORDS:
        return ""
    if words[0] in ("The", "A", "An"):
        words[0] = words[0].lower()
    return " ".join(words)


def _body_speaking(phrase: str) -> str:
    """The body a role source is where it is one ("The county council" -> "the county council",
    "Acme Robotics" -> "Acme Robotics"), or ""."""
    words = phrase.split()
    if not words:
        return ""
    last = words[-1]
    if len(words) < 2 or last.lower() not in _BODY_NOUNS and not last[:1].isupper():
        return ""  # "Investigators", "University", "Several": no body a reader can name
    body = "the " + " ".join(words[1:]) if words[0].lower() == "the" else " ".join(words)
    if not (words[0].lower() == "the" or words[0][:1].isupper()) or not plausible(body) \
            or any(w.lower() in _ROLE_WORDS for w in words[:-1]):
        return ""  # "ran on many braggadocios and largely unrealistic campaign": no body's name
    return body


_ARTICLES = frozenset(("the", "a", "an"))


def _the(side: str) -> str:
    """A body's name as said in a sentence: "The county council" -> "the county council",
    "Ministry of Water Resources" -> "the Ministry of Water Resources"."""
    if side.startswith("The "):
        return "the" + side[3:]
    first = side.split(" ", 1)[0]
    return "the " + side if first[:1].isupper() and first.lower() in _BODY_NOUNS and " of " in side else side


# A passive's span: its participle and "by", then the agent ("welcomed by council leaders").
_PASSIVE_AGENT_RE = re.compile(r"[a-z]+(?:ed|en)\s+by\s+(?=\S)")


def sides(doc: Document, found: list[tuple[int, int, str, int, int]]) -> list[Source]:
    """The sources provenance counted, each once, with its side. `found`: for each named source,
    its attribution's start, end and kind ("named" or "role"), and its sentence's start and end.
    A body speaking ("The county council said") is a source with `person` False."""
    out: list[Source] = []
    by_surname: dict[str, int] = {}
    by_first: dict[str, str] = {}  # a person's first name: their surname
    sided: set[str] = set()  # the surnames whose side is known
    by_body: set[frozenset[str]] = set()
    for start, end, kind, s_start, s_end in found:
        if (agent := _PASSIVE_AGENT_RE.match(doc.text, start, end)) is not None:
            start = agent.end()  # (claims41) "welcomed by council leaders", "praised by the mayor": the agent
        if kind == "role" and not any(w.lower().strip(".,") in _ROLE_WORDS for w in doc.text[start:end].split()[:-1]):
            words = _SAYING_RE.sub(" ", doc.text[start:end]).strip(" ,").split()
            said = list(words)
            while words and not (words[-1][:1].isupper() or _source_noun(words[-1].lower())):
                # ("council leaders": claims41; roles41; "Texas prosecutors": sources45)
                words.pop()  # "Acme Robotics today announced": the body, not its day
            if words and all(w.lower() in _ARTICLES for w in words):
                words = said  # (fresh40) "The organisers said": the organisers, not a source named "The"
            while len(words) > 1 and words[0].lower() in _CLAUSE_OPENERS:
                words.pop(0)  # (sources45) "as some lawmakers said": the lawmakers, not "as"
            phrase = " ".join(words)
            side = _the(_body_speaking(phrase) or classify(phrase))
            key = _key(phrase)
            if not phrase or key in by_body:
                continue
            by_body.add(key)
            out.append(Source(phrase, side, False))
            continue
        name, side = _person(doc, start, end, s_start, s_end, sided)
        side = _the(side)
        if not name:
            continue
        if (name.endswith(("'s", "\u2019s")) or _INVERTED_END_RE.search(doc.text, start, end)) \
                and (after := _NAME_AFTER_RE.match(doc.text, end, s_end)) is not None:
            # (sides45) "FAST's size makes it sensitive, says Li": Li; (sources45) "... as they
            # sweep through the Galaxy, says McLaughlin": the speaker after the verb, not the
            # name before the comma
            name, side = after.group(1), ""
        elif _INVERTED_END_RE.search(doc.text, start, end) and (role := _role_after(doc.text, end, s_end)):
            # (sources45) "... through the Channel, said the harbour master": the role after the verb
            key = _key(role)
            if key not in by_body:
                by_body.add(key)
                out.append(Source(role, _the(_body_speaking(role) or classify(role)), False))
            continue
        if name.endswith(("'s", "\u2019s")) and len(name) > 2:
            name = name[:-2]  # (claims56) "Smith's letter to parents says": Smith, one source with "Smith said"
        if _adjectival(name.split()) or _place_before_noun(doc.text, start, end, name) \
                or _modifier_before_noun(doc.text, start, end, name):
            # (sides45) "The Chinese embassy said", "Western European countries condemn": the
            # adjective qualifies the noun after it, which is the source (a body or a group)
            phrase = _qualified_noun(doc.text, start, end, name)
            key = _key(phrase)
            if phrase and key not in by_body:
                by_body.add(key)
                out.append(Source(phrase, _the(_body_speaking(phrase)), False))
            continue
        if not side and len(name.split()) == 1 and _RESIDENT_RE.fullmatch(name):
            out.append(Source(name, "a resident", False))  # "Islanders say": a group of residents, no one person
            continue
        surname = name.split()[-1].lower()
        if " " not in name and surname not in by_surname and surname in by_first:
            surname = by_first[surname]  # (sources31) "Georgia Mills, 34, said ... Georgia said": one source
        if surname in by_surname:
            i = by_surname[surname]
            if not out[i].side and side:
                out[i] = out[i]._replace(side=side)
                sided.add(surname)
            continue
        if not side and is_country(Words(name.split(), name.lower().split(), [], []), 0) == len(name.split()):
            # (sources45) "China said it would not sign", "the United States said it would": a
            # government speaking, a side of its own, no person (a city stays as it was: "Phoenix
            # said" is more often Joaquin Phoenix than the city) ("Georgia said" after "Georgia
            # Mills, 34, said" is her, above)
            key = _key(name)
            if key not in by_body:
                by_body.add(key)
                out.append(Source(name, _the(name), False))
            continue
        by_surname[surname] = len(out)
        if " " in name and not any(w.lower() in _OFFICES or w in ("The", "the", "a", "an") for w in name.split()):
            by_first.setdefault(name.split()[0].lower(), surname)
        if not side and " " in name and _named_as_body(doc.text, name, s_start, s_end):
            out.append(Source(name, _the(name), False))  # (companies41) "Northfield Bakehouse said it would open"
            sided.add(surname)
            continue
        out.append(Source(name, side, True))
        if side:
            sided.add(surname)
    # a name that is another source's body is that body speaking ("Acme Robotics today announced",
    # "said Jane Roe, chief executive of Acme Robotics")
    bodies = [_key(s.side) for s in out if s.side and s.side not in _OUTSIDE]
    return [s._replace(side=_the(s.name), person=False) if s.person and not s.side and (
        len(s.name.split()) > 1 and any(_key(s.name) <= k for k in bodies) or len(s.name.split()) > 1 and (s.name.split()[-1].lower() in _BODY_NOUNS
                                        or s.name.split()[0].lower() in _BODY_NOUNS)) else s for s in out]


def _place_before_noun(text: str, start: int, end: int, name: str) -> bool:
    """(sources45) Is the name read only a place's that qualifies a role or a body after it ("In
    court, the US defense argued", "the UK delegation said": the defence, the delegation), as a
    nation's adjective does? A place speaking ("China said") has no noun after it."""
    names = name.split()
    if is_place(Words(names, [w.lower() for w in names], [], []), 0) != len(names):
        return False
    phrase = _qualified_noun(text, start, end, name)
    return bool(phrase) and _source_noun(phrase.rsplit(None, 1)[-1].lower())


# (sources48) Words that end a noun phrase: after one of them the words after a name are a clause
# ("in the South China Sea and making similar claims"), no role's noun.
_NOT_MODIFIED = _NOT_IN_A_NAME | frozenset("and or nor".split())
_ARTICLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:the|a|an)\s+$", re.IGNORECASE)


def _modifier_before_noun(text: str, start: int, end: int, name: str) -> bool:
    """(sources48) Is the name an article opens only a modifier of the noun phrase that speaks ("the
    Berlin wine merchant said", "the Python language maintainers said", "the Smith family said": the
    merchant, the maintainers, the family, not "Berlin", "Python", "Smith")? The words after the
    name, up to the verb, are all in lower case and end in a noun; a possessive ("the BBC's
    editor") says whose, and is left to the rules for it."""
    if name.endswith(("'s", "\u2019s", "'", "\u2019")):
        return False
    span = text[start:end]
    at = span.find(name)
    if at < 0 or not _ARTICLE_BEFORE_RE.search(span, 0, at):
        return False
    phrase = _qualified_noun(text, start, end, name)
    after = phrase[phrase.find(name) + len(name):].split()
    return bool(after) and all(w.isalpha() and w.islower() and w not in _NOT_MODIFIED and not w.endswith("ing") for w in after) \
        and not _adverb(after[-1])


def _adverb(word: str) -> bool:
    """(sources48) Is the word an adverb by its "-ly" ("also recently said"), not a noun of
    attribution.txt [ly_noun_words] ("the Smith family said")?"""
    return word.endswith("ly") and word.lower() not in words("attribution.txt", "ly_noun_words")


@lru_cache(maxsize=1)
def _attribution_nouns() -> frozenset[str]:
    """(sources45) The attribution pass's words for a person by role and for a body
    (attribution.txt [role_words], [organisation_words]: "defense", "prosecutors", "embassy")."""
    return words("attribution.txt", "role_words") | words("attribution.txt", "organisation_words")


# (sources45) Conjunctions that open the clause a role speaks in ("as some lawmakers said", "while
# prosecutors argued"): no part of the role's phrase.
_CLAUSE_OPENERS = frozenset("as while when because although though since if and but".split())


def _source_noun(lw: str) -> bool:
    """(sources45) Is the lower-case word a role's or a body's noun, singular or plural?"""
    return lw in _ROLES or lw in _BODY_NOUNS or lw in _attribution_nouns()


def _qualified_noun(text: str, start: int, end: int, name: str) -> str:
    """(sides45) The noun phrase a nation's adjective opens in an attribution's span, less the verb
    and the words about it ("The Chinese embassy said" -> "the Chinese embassy", "also Western
    European countries condemn" -> "Western European countries"), or "" where no noun follows."""
    span = text[start:end]
    at = span.find(name)
    if at < 0:
        return ""
    phrase = span[at:].split()[:-1]  # the attribution's verb ends its span
    while len(phrase) > len(name.split()) and (phrase[-1].lower() in _NOT_IN_A_NAME or _adverb(phrase[-1])
                                               or phrase[-1].lower() in ("also", "has", "have", "had")):
        phrase.pop()  # "the Chinese embassy has also said"
    if len(phrase) <= len(name.split()) or not phrase[-1].isalpha() or phrase[-1][:1].isupper():
        return ""
    before = span[:at].split()
    # ("the Chinese embassy"; sources48: "a São Paulo resident", not "São Paulo resident")
    article = before[-1].lower() + " " if before and before[-1].lower() in _ARTICLES else ""
    return article + " ".join(phrase)


def _named_as_body(text: str, name: str, start: int, end: int) -> bool:
    """(companies41) Does the text say, somewhere in the sentence start..end, that the capitalised
    `name` is a body's ("toy maker Epic Workshop said", "Northfield Bakehouse said it would open",
    "Northfield Bakehouse, which employs 40 people, said": names.body_signs)?"""
    at = text.find(name, start, end)
    while at >= 0:
        if body_signs(text, at, at + len(name)):
            return True
        at = text.find(name, at + len(name), end)
    return False


# Sides that are no body: each such voice stands outside any body the story is about.
_OUTSIDE = ("a resident", "independent")


def _same_body(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two bodies' words name one body: one's words hold the other's ("the council", "the county
    council"), or they share a word that is no mere kind of body ("the water company", "Eastmoor Water")."""
    return bool(a and b) and (a <= b or b <= a or any(w not in _BODY_NOUNS for w in a & b))


def _groups(sources: list[Source]) -> list[list[Source]]:
    """The sources with a side, grouped by body: "the council" and "the county council" are one,
    as are "the campaign" and "the challenger's campaign", and a body joins two that each match
    it (the minister, "the Ministry of Water Resources", "Water Resources"); the residents are one
    group, the independent voices another."""
    with_side = [s for s in sources if s.side]
    keys = [frozenset([s.side]) if s.side in _OUTSIDE else _key(s.side) for s in with_side]
    parent = list(range(len(with_side)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(with_side)):
        for j in range(i):
            a, b = with_side[i].side, with_side[j].side
            if keys[i] == keys[j] or (a not in _OUTSIDE and b not in _OUTSIDE and _same_body(keys[i], keys[j])):
                parent[root(i)] = root(j)
    groups: dict[int, list[Source]] = {}
    for i, s in enumerate(with_side):
        groups.setdefault(root(i), []).append(s)
    return list(groups.values())


def _shown(group: list[Source], voices: int = 0) -> str:
    """A group's name: its longest side (`voices`: how many of its sources are people or bodies counted)."""
    side = max((s.side for s in group), key=len)
    if side == "a resident" and voices > 1:
        return "residents"
    if side == "independent":
        return "independent voices" if voices > 1 else "an independent voice"
    return side


def _voices(sources: list[Source], groups: list[list[Source]]) -> list[Source]:
    """The sources less a body that speaks where one of its people is named too ("The water
    company said ...", "said Paul Hart, a spokesman for Eastmoor Water": one voice, not two)."""
    with_people = {id(s) for g in groups if any(m.person for m in g) for s in g}
    return [s for s in sources if s.person or id(s) not in with_people]


# Words of a public body's name: its people are officials ("the Ministry of Water Resources",
# "the national sanitary inspectorate", "the county council", "the police").
_PUBLIC_WORDS = frozenset("""
government ministry minister council police inspectorate department agency authority commission
regulator court clerk mayor sheriff governor cabinet administration parliament senate assembly
""".split())


def _public(group: list[Source]) -> bool:
    """Is `group` a public body (one of its names says so: "the Ministry of Water Resources" and
    "Water Resources" are one)?"""
    return all(s.side not in _OUTSIDE and s.side != "the opposition" for s in group) and any(
        w in _PUBLIC_WORDS for s in group for w in _key(s.side) | {_SAME_BODY_WORDS.get(x, x) for x in _key(s.side)})


def side_note(sources: list[Source]) -> tuple[str, str]:
    """What the evidence says of the sources (the list, with their sides) and what the Why says
    ("all 4 named sources speak for one body: the county council", "sources from 3 bodies or
    sides"; "" for one source, where a source's side is not given, or where all are residents)."""
    if not sources:
        return "", ""
    # (fresh40) a name or side read across a line break ("said Dr Ann" / "Lee of ...", "head of the"
    # / "Patients Association") is shown on one line, as the text reads it
    sources = [s._replace(name=" ".join(s.name.split()), side=" ".join(s.side.split())) for s in sources]
    listed = ", ".join(f"{s.name} ({s.side})" if s.side else s.name for s in sources[:6])
    if len(sources) > 6:
        listed += f" and {len(sources) - 6} more"
    evidence = f"; sources: {listed}"
    why = ""
    groups = _groups(sources)
    voices = _voices(sources, groups)
    counted = {id(s) for s in voices}
    shown = [(g, sum(id(m) in counted for m in g)) for g in groups if any(id(m) in counted for m in g)]
    if len(voices) >= 2 and all(s.side for s in voices) and len(shown) == 1:
        if voices[0].side in _OUTSIDE:
            why = f"all {len(voices)} named sources are {_shown(*shown[0])}"
        else:
            why = f"all {len(voices)} named sources speak for one body: {_shown(*shown[0])}"
    elif len(voices) >= 2 and len(shown) >= 2 and all(s.side for s in voices) \
            and all(_public(g) for g, _ in shown):
        # (fresh29's state-media report: a ministry, a governor, an inspectorate and no one else)
        why = f"all {len(voices)} named sources are officials: " + _listed(shown)
    elif len(voices) >= 2 and len(shown) >= 2:
        why = f"sources from {len(shown)} bodies or sides: " + _listed(shown)
    if why:
        evidence += f"; {why}"
    return evidence, why


_LISTED = 4  # bodies or sides named in the Why; the rest counted ("and 1 more")


def _listed(shown: list) -> str:
    """(lead, session 25) The first _LISTED bodies or sides, and how many more: the Why said
    "sources from 5 bodies or sides" and named four, with nothing for the fifth."""
    names = ", ".join(_shown(*g) for g in shown[:_LISTED])
    return names + (f" and {len(shown) - _LISTED} more" if len(shown) > _LISTED else "")

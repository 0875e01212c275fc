"""(sources31) Who is a named source: a person or a named body a reader can check.

Provenance credits "named sources with roles" where a sentence is attributed by name or by role
with a verb of saying, and lists them with their sides (xlplugin/source_sides.py). Testers found
words that are no one read as that source:

- a time where a speaker would stand: "Christmas said", "Thursday told" (the days and months are
  attribution.txt [not_name_words] already; holidays and times of day are [speaker_time_words]);
- a platform or a place standing for a crowd or for nothing a reader can ask: "Twitter responded
  with disbelief", "according to Instagram", "London said more rain was expected"
  ([platform_words], publications.is_place). Where the sentence goes on to call it "it" ("Twitter
  said it would review the post", "Facebook says it will label adverts", "Iran insists it does
  not know"), it is the company or the government, a named body, and still counts; so do "a
  Twitter spokeswoman said", "Downing Street said", "the Kremlin said" (no places of that list);
- a class of people with no names: "Sleep advisers also say", "Many lawyers argue", "wedding
  planners say" (a plural role opened by a field, [class_field_words], or a quantifier,
  [class_quantifier_words]), as "Nutrition experts also say" already was no source;
- an idiom of a thing: "The result said it all", "His silence says a lot";
- (sides45) a possessive read as the speaker: "resisted Brazil's demands", "undercutting Peru's
  alleged plans" (the verb of saying is the possessive's noun or its adjective), "ignoring
  Japan's lead in services, revealing" (the verb is another clause's): the name owns a thing, it
  says nothing. "Brazil's foreign minister said" (the possessive's noun right before the verb)
  is no such case.

(sources45) A place reached past words between it and its verb ("Tokyo has so far agreed",
"Washington has consistently rejected": `_BETWEEN_WORDS`) is a place as one right before it is; a
word ending the sentence before it ("... off Korea. Tokyo said") is no first name. A country
speaking ("China said the port would close", "the UK insists": attribution.txt [country_words])
is `GOVERNMENT`: its government, a side but no named person, so provenance still counts no named
source for it and unsourced claims reads it as a source by role; a city, a state or a region
stays a place ("London said more rain was expected").

A word that is also someone's name in the text ("Georgia Mills, 34, ... Georgia said") stays a
person. `no_named_speaker` says which of these an attribution is ("" for none); provenance
counts no named source for it. Unsourced claims reads the attribution pass as before.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache

from .cues import DATA_FILE, Attribution, words
from .publications import is_country, is_place
from .source_window import AUXILIARY, Words
from .text import Document, Sentence

__all__ = ["no_named_speaker", "class_of_people", "GOVERNMENT"]

# (sources45) What `no_named_speaker` says of a country speaking: its government.
GOVERNMENT = "a government"

# Words of an attribution's span that are no part of the speaker's name.
_LINK_WORDS = frozenset("according to the a an also now today first then and".split())
_WORD_RE = re.compile(r"[\w'\u2019.&-]+")
# (sources45) Auxiliaries and adverbs between a speaker and its verb ("has so far agreed", "has
# already said", "is constantly saying"), in lower case: no part of the speaker's name.
_BETWEEN_WORDS = (AUXILIARY - {"who", "which", "that"}) | frozenset("so far already yet still not just".split())
# Objects after a verb of saying that make an idiom of a verdict, not a report ("said it all").
_IDIOM_RE = re.compile(r"\s+(?:it\s+all|a\s+lot|so\s+much|volumes)\s*(?:[.!;,)]|about\b|$)", re.IGNORECASE)
_SAY_RE = re.compile(r"\b(?:say|says|said|saying)\W*$", re.IGNORECASE)
# A platform or a place referred to as a body after it speaks ("Twitter said it would review",
# "Beijing said its troops would stay"): the company or the government. (sources48) Only an "it"
# that opens the reported clause refers back to the speaker: right after the verb, past "that"
# or a time ("said on Monday that it"); "Beijing said the tariffs, which hit its exporters, were
# unfair" or "Kreuzberg said rents rose as it grew" say nothing of who spoke. Where the report
# comes first, the "it" opens the sentence ("It will keep its troops there, Beijing said").
_AS_A_BODY_RE = re.compile(r"(?:\s+(?:on|last|this|earlier)\s+[A-Za-z]+)?\s*,?\s*(?:that\s+)?(?:it|its|it's|it\u2019s|itself)\b",
                           re.IGNORECASE)
_AS_A_BODY_FIRST_RE = re.compile(r"[\W_]*(?:it|its|it's|it\u2019s)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(verbs of saying, times, platforms, fields, quantifiers, role words), read once."""
    not_names = words(DATA_FILE, "not_name_words")
    days = frozenset(w for w in not_names if w.endswith("day") or w in _MONTHS)
    return (words(DATA_FILE, "reporting_words"), days | words(DATA_FILE, "speaker_time_words"),
            words(DATA_FILE, "platform_words") - _COMMON_PLATFORM_NAMES,
            words(DATA_FILE, "class_field_words"), words(DATA_FILE, "class_quantifier_words"),
            words(DATA_FILE, "role_words"))


# Platforms whose names are common words or also a club's, a bar's or a show's ("Rumble said"):
# no platform where a speaker stands.
_COMMON_PLATFORM_NAMES = frozenset("x viral online threads truth social rumble gab telegram".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _speaker(doc: Document, attr: Attribution) -> list[str]:
    """The words of the speaker an attribution names ("Twitter said" -> ["Twitter"], "according to
    London" -> ["London"]), or [] where its span holds an apposition (a comma) or nothing else."""
    span = doc.text[attr.start:attr.end]
    if "," in span.strip(" ,"):
        return []
    reporting = _lists()[0]
    found = [w.rstrip(".") for w in _WORD_RE.findall(span)]
    # the verb and the words about it at either end ("Twitter also said", "according to London",
    # "says The Express UK": "Express" inside a name stays)
    while found and (found[-1] in reporting or found[-1].lower() in _LINK_WORDS or found[-1].endswith("ly")
                     or found[-1] in _BETWEEN_WORDS):
        # (sources45) "Tokyo has so far agreed", "Washington has consistently rejected": Tokyo,
        # Washington; a verb in lower case only ("the United States said": "States" stays)
        found.pop()
    while found and (found[0].lower() in reporting or found[0].lower() in _LINK_WORDS):
        found.pop(0)
    return found


def _a_persons_name(doc: Document, word: str) -> bool:
    """Is `word` also a person's name in the text: a capitalised word right after it ("Georgia
    Mills") or a title right before it ("Ms Paris")?"""
    if re.search(rf"\b{re.escape(word)}\s+[A-Z][a-z]", doc.text):
        return True  # "Georgia Mills"
    not_names = words(DATA_FILE, "not_name_words")
    return any(m.group(1).lower() not in not_names and not is_place(Words([m.group(1)], [m.group(1).lower()], [], []), 0)
               and (not m.group(1).endswith(".") or m.group(1)[:-1].lower() in _TITLE_ABBREVIATIONS)
               for m in re.finditer(rf"\b([A-Z][\w'\u2019.-]*)\s+{re.escape(word)}\b", doc.text))  # "Ms Paris", "Joaquin Phoenix"


# (sources45) Titles written short with a full stop ("Ms. Paris", "Sen. Georgia Hale"): any other
# word ending in one before the name ends the sentence before it ("... North Korea. Tokyo said").
_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr prof sen rep gov gen rev st sgt capt col lt".split())


# (hunt33) The answers for the last document, by (attribution, sentence start): provenance and
# unsourced claims both ask for the same attributions (a memo, as forum_posts.thread keeps one).
_LAST: list = [None, {}]


def no_named_speaker(doc: Document, attr: Attribution, sentence: Sentence) -> str:
    """What an attribution by name or by role in `sentence` names that is no one (above): "a
    time", "a platform", "a place", "a class of people", "an idiom", "a government" (a country
    speaking: GOVERNMENT, a side but no named person); or ""."""
    if attr.kind not in ("named", "role"):
        return ""
    last = _LAST[0]() if _LAST[0] is not None else None
    if last is not doc:
        _LAST[:] = [weakref.ref(doc), {}]
    key = (attr, sentence.start, sentence.end)
    found = _LAST[1].get(key)
    if found is None:
        found = _LAST[1][key] = _no_named_speaker(doc, attr, sentence)
    return found


def _no_named_speaker(doc: Document, attr: Attribution, sentence: Sentence) -> str:
    if _SAY_RE.search(doc.text, attr.start, attr.end) and _IDIOM_RE.match(doc.text, attr.end):
        return "an idiom"  # ("Red Danny freely admits it all" is a confession)
    if attr.kind == "role":
        return "a class of people" if class_of_people(doc, attr) else ""
    if _possessive_speaker(doc.text[attr.start:attr.end]) and not _inverted(doc.text, attr.start, attr.end):
        return "a possessive"
    name = _speaker(doc, attr)
    if not name or not all(w[:1].isupper() for w in name):
        return ""
    _, times, platforms, _, _, _ = _lists()
    lowers = [w.lower() for w in name]
    time = all(w in times for w in lowers)
    platform = not time and all(w in platforms for w in lowers)
    if not (time or platform or is_place(Words(name, lowers, [], []), 0) == len(name)) \
            or _a_persons_name(doc, " ".join(name)):  # (sources45) the whole name: "United" before "States" is no first name
        return ""
    if time:
        return "a time"
    if _AS_A_BODY_RE.match(doc.text, attr.end, sentence.end) \
            or attr.start > sentence.start and _AS_A_BODY_FIRST_RE.match(doc.text, sentence.start, attr.start):
        return ""  # the company or the government, "it" after it ("Facebook says it will require")
    if platform:
        return "a platform"
    # (sources45) a country speaking is its government ("China said the port would close"): a
    # side, no named person; a city, a state or a region stays a place ("London said more rain")
    return GOVERNMENT if is_country(Words(name, lowers, [], []), 0) == len(name) else "a place"


# (sides45) The last capitalised run of an attribution's span ending in a possessive, and what follows it.
_POSSESSIVE_RUN_RE = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['\u2019]s\b(?!.*\b[A-Z])(.*)$", re.DOTALL)


# (sides45) An inverted attribution: the verb after a comma ends the span, its speaker follows
# ("FAST's size makes it sensitive, says Li", "..., said the minister"): the possessive is in
# the words reported. A participle after a comma ("..., revealing the logic") is no inversion.
_VERB_AFTER_COMMA_RE = re.compile(r",\s*([A-Za-z]+)\s*$")
_SPEAKER_AFTER_RE = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|one)\b)")


def _inverted(text: str, start: int, end: int) -> bool:
    m = _VERB_AFTER_COMMA_RE.search(text, start, end)
    return m is not None and not m.group(1).lower().endswith("ing") and _SPEAKER_AFTER_RE.match(text, end) is not None


def _possessive_speaker(span: str) -> bool:
    """(sides45) Is the name an attribution's span ends with a possessive whose own noun is the verb
    ("Brazil's demands", "Peru's alleged") or runs into another clause ("Japan's lead in services,
    revealing")? See the module's text."""
    m = _POSSESSIVE_RUN_RE.search(span)
    if m is None:
        return False
    after = m.group(1).split()
    return len(after) <= 1 or "," in m.group(1)


def class_of_people(doc: Document, attr: Attribution) -> bool:
    """Is a source by role a class of people with no names: a plural role opened by a field of
    [class_field_words] or a quantifier of [class_quantifier_words] and nothing else ("Sleep
    advisers also say", "Many lawyers argue")? "Prosecutors said", "her aides say", "Harvard
    researchers said" and "Two lawyers said" are no class."""
    name = [w.lower() for w in _speaker(doc, attr)]
    if len(name) < 2:
        return False
    _, _, _, fields, quantifiers, roles = _lists()
    head, before = name[-1], name[:-1]
    if head not in roles or not head.endswith("s"):
        return False
    return all(w in fields or w in quantifiers for w in before)

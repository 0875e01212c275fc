"""(claims18) Speakers the attribution pass misses, found by their shape in the sentence.

- A court, a tribunal, an inquest or a jury that "heard" or "was told" what the sentence reports
  ("..., Kesterford Magistrates' Court heard on Wednesday.", "the inquest was told"): a court
  report's source.
- A named speaker, any verb and a colon before a quotation ("Ratepayers' Union boss Ada Crane
  fumed: “...”"): a loaded verb of speech is still attribution, the colon and the quotation say
  so.
- A role with its determiner before a who-clause between commas and a verb of saying ("The
  head teacher, who joined the school in 2019, said"), however long the clause.
- A name, an age between commas and a verb of saying ("Priya Shah, 38, said"; "Tom Reed, 71,
  told the inquiry").

Each is read only in a sentence that names no source otherwise, or only a vague one or a pronoun:
`xlplugin.speakers.with_missed_speakers` decides that, for unsourced claims and provenance alike.
"""

from __future__ import annotations

import re

from .cues import Attribution
from .text import Document, Sentence

__all__ = ["missed_speaker", "may_hold"]

# A hearing body and what it heard: the body's name (capitalised words before it) or "the".
# A role named with its determiner before a who-clause between commas, and its verb ("The head
# teacher, who joined the school in 2019, said"; "The mayor, who ..., told").
_ROLE_WHO_RE = re.compile(
    r"\b((?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+),\s+who\s+"
    r"[^,;:\u201c\u201d\"]{3,300},\s+(\w+)\b")
_HEARD_RE = re.compile(
    r"\b(?:(?P<name>(?:[A-Z][\w'\u2019-]*\s+){1,5})|(?:[Tt]he|[Aa]n?)\s+)?(?:[Cc]ourt|[Tt]ribunal|[Ii]nquest|[Hh]earing|[Jj]ury|[Jj]urors)"
    r"\s+(?:heard|hears|was\s+told|were\s+told|has\s+heard)\b")
# A name (capitalised words, a role word or a possessive among them) and a verb before a colon
# and an opening quotation mark.
_COLON_QUOTE_RE = re.compile(
    r"\b([A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,6}?)\s+([a-z]{3,}ed|said|says|told|wrote|added)\s*:\s*[\u201c\"\u2018]")
# A name, an age between commas, and a verb of saying.
_AGED_RE = re.compile(r"\b([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}),\s+(?:aged\s+)?\d{1,3},\s+(\w+)\b")


_PRONOUNS = frozenset("he she they we i".split())
# (sources21) A speaker before a colon that is one word naming no one: "One wrote: “...”",
# "Someone posted:", "Another wrote:" (a fan, a commenter the text does not name).
_NO_NAME_SPEAKERS = frozenset("one another someone somebody anyone anybody others many some".split())


def may_hold(doc: Document) -> bool:
    """Can `doc` hold one of these speakers (a hearing verb, a colon or a who-clause or an age
    between commas)?"""
    text = doc.text
    return "heard" in text or "told" in text or ":" in text or ", who " in text or _AGE_HINT_RE.search(text) is not None


# A number between commas: the only sentences `_AGED_RE` is tried on.
_AGE_HINT_RE = re.compile(r", (?:aged )?\d{1,3},")


def missed_speaker(doc: Document, sentence: Sentence, reporting: frozenset[str]) -> Attribution | None:
    """The speaker of `sentence` by one of the shapes above, or None. `reporting`: the verbs of
    saying (an age's verb must be one). (Each shape is looked for only where a plain substring
    test finds its key: most sentences hold none.)"""
    text, a, b = doc.text, sentence.start, sentence.end
    said = text[a:b]
    if "heard" in said or "told" in said:
        m = _HEARD_RE.search(text, a, b)
        if m is not None:
            name = m.group("name")
            named = name is not None and name.split()[0].lower() not in ("the", "an", "a")
            return Attribution("named" if named else "role", m.start(), m.end(), "a court or an inquest that heard it", False, not named, True)
    if ":" in said:
        m = _COLON_QUOTE_RE.search(text, a, b)
        if m is not None and any(w[:1].isupper() for w in m.group(1).split()[1:] or [m.group(1)]) \
                and not any(c in m.group(1) for c in ",;\u201c\u201d\"") and m.group(1).lower() not in _NO_NAME_SPEAKERS:
            kind = "pronoun" if m.group(1).lower() in _PRONOUNS else "named"
            return Attribution(kind, m.start(1), m.end(2), "a speaker before a colon and a quotation", True, False, True)
    if ", who " in said:
        m = _ROLE_WHO_RE.search(text, a, b)
        if m is not None and m.group(2).lower() in reporting:
            return Attribution("role", m.start(1), m.end(2), "a role before a who-clause", False, True, True)
    if _AGE_HINT_RE.search(said) is not None:
        m = _AGED_RE.search(text, a, b)
        if m is not None and m.group(2).lower() in reporting:
            return Attribution("named", m.start(1), m.end(2), "a named speaker with an age", False, False, True)
    return None

"""(claims40) A headline's speaker before a colon: "Minister: striking doctors are reckless",
"Health secretary: the strike will cost lives", "Sam Reid: walkout is reckless".

News pages put a speaker's words after the speaker and a colon, without quotation marks: the
words after the colon are the speaker's, not the writer's frame. lift32 read the colon so only
where the words after it hold a first person ("Tom Arnold: Clinton begged me"). The rule here
reads the words before the colon where the words after it make a statement (a finite verb:
"are", "is", "will", "must", a negation; "Board chair: the greedy choice" is a topic and stays the
writer's, as lift32 holds): a speaker when they end in a role, a trade or a body
(attribution.txt [role_words], [organisation_words], [profession_words], [people_plural_words]:
"Minister", "Comey lawyer", "Junior doctors' union", "Police") or are a name of two to
NAME_MAX_WORDS capitalised words ("Sam Reid", "Tom Arnold") in a headline in sentence case (in
Title Case, "Trump To Jeff Sessions: Put An End ...", capitals tell no name). Never a speaker: a label the writer
puts over a headline ("Analysis:", "Exclusive:", "Breaking news:", "Fact check:", "Revealed:":
file_titles.LABEL_WORDS and loaded_language.txt [headline_label_words]), a word of the writer's
that is itself a cue ("STUNNING:", "Shameful:"), a section's name in one word ("Health:",
"Politics:"), a name in capitals ("BREAKING NEWS:") or an address ("Warn Your Neighbours:").
Blind spot: a statement with no auxiliary ("Minister: doctors put patients at risk") stays the
writer's.

Read by `xlplugin.scorers.loaded_language` for the given headline (`_headline_terms`) and for
the text's own headline line (`_others_words`: the words after the colon count as quoted).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .file_titles import LABEL_WORDS
from .phrases import words

__all__ = ["NAME_MAX_WORDS", "speaker_colon_end", "warm_up"]

NAME_MAX_WORDS = 4  # a name before a colon: "Sam Reid", "Mary Anne de Vries" (particles count)
SPEAKER_MAX_WORDS = 6  # "Junior doctors' union leader", "Former Bank of England governor"
_SPEAKER_RE = re.compile(r"[ \t]*(?P<who>[^:.!?\n\"\u201c\u201d]{2,60}?)[ \t]*:[ \t]+(?=\S)")
_WORD_RE = re.compile(r"[\w'\u2019&.-]+")
_PARTICLES = frozenset("de da di van von der le la du bin al of".split())
# A statement after the colon holds a finite verb of these (a headline drops most others' subjects
# but keeps "is", "are", "will", "must"): "Minister: striking doctors are reckless"; without one
# the words are a topic or a label of the writer's ("Board chair: the greedy choice", lift32).
_FINITE = frozenset("""am is are was were be been being will would shall should must can could may might
has have had do does did not never won't can't cannot isn't aren't wasn't weren't""".split())
# Words that make the words before the colon an address, not a speaker ("Warn Your Neighbours:").
_PRONOUNS = frozenset("your my our their his her its you we i they".split())


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    heads = words("attribution.txt", "role_words") | words("attribution.txt", "organisation_words") \
        | words("attribution.txt", "profession_words") | words("attribution.txt", "people_plural_words")
    labels = frozenset(LABEL_WORDS) | words("loaded_language.txt", "headline_label_words")
    return heads, labels, words("attribution.txt", "not_name_words")


def _bare(word: str) -> str:
    return re.sub(r"['\u2019]s?$", "", word.lower())


def _title_case(found: list[str]) -> bool:
    """Are the words (those of four letters or more) all capitalised, as a headline in Title Case
    writes them ("Put An End to Russia Probe")?"""
    long = [w for w in found if len(w) >= 4 and w[:1].isalpha()]
    return bool(long) and all(w[:1].isupper() for w in long)


def speaker_colon_end(line: str, cue_words: frozenset[str] = frozenset()) -> int:
    """Where the speaker's words start in the headline `line` ("Minister: striking doctors are
    reckless" -> the offset of "striking"), or 0 where no speaker and colon open it. `cue_words`:
    words that start a loaded cue (a label such as "STUNNING" is the writer's)."""
    m = _SPEAKER_RE.match(line)
    if m is None:
        return 0
    who = m.group("who")
    found = _WORD_RE.findall(who)
    if not found or len(found) > SPEAKER_MAX_WORDS or not found[0][:1].isupper():
        return 0
    heads, labels, not_names = _sets()
    lowered = [_bare(w) for w in found]
    if " ".join(w.lower() for w in found) in labels or lowered[0] in labels or any(w in cue_words for w in lowered):
        return 0
    said = [w.lower() for w in _WORD_RE.findall(line[m.end():])]
    if _PRONOUNS.intersection(lowered) or _FINITE.isdisjoint(said) and not any(w.endswith(("n't", "n\u2019t")) for w in said):
        return 0  # "Warn Your Neighbours: ...", "Board chair: the greedy choice" (a topic, no statement: lift32)
    if lowered[-1] in heads:
        return m.end()  # "Minister", "Health secretary", "Comey lawyer", "Junior doctors' union"
    capitals = [w for w in found if w[:1].isupper()]
    if _title_case(said_words := _WORD_RE.findall(line[m.end():])) or not said_words:
        return 0  # (in Title Case every word is capitalised: capitals tell no name there)
    if 2 <= len(found) <= NAME_MAX_WORDS and all(w[:1].isupper() or w.lower() in _PARTICLES for w in found) \
            and len(capitals) >= 2 and not all(w.isupper() for w in capitals) and lowered[0] not in not_names:
        return m.end()  # "Sam Reid", "Tom Arnold"
    return 0


def warm_up() -> None:
    """Read the lists (loaded_language's warm-up asks: a headline with a colon is rare)."""
    _sets()

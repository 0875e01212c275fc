"""Who issues a text, and which of its sources are the issuer speaking of itself.

A press release or a company's page quotes its own people: "Acme Robotics today announced",
"said Jane Roe, chief executive officer of Acme Robotics", "the company said". Those are the
issuer's own statements, not independent sources a reader could check the text against, so
provenance does not count them as named sources (it says how many it set aside). A news report
that quotes a company's spokesperson is not issued by that company, and keeps its named source.

The issuer's names (`issuer_names`): the labels of the page's web address and the outlet given
with the text (`names.site_names`), the name in the heading of its About block ("About Acme
Robotics", `links.issuer_block_start`) and, after a press wire's dateline ("COLUMBUS, Ohio, June
3, 2025 /PRNewswire/ --"), the name that opens the release. `IssuerSources` then reads the
attributions in order: a source whose words (or the apposition right after them: "said Jane Roe,
chief executive officer of Acme Robotics") name the issuer is the issuer's; the people named with
it are the issuer's people from there on ("Roe added"); in a text with an About block or a press
wire dateline, "the company" and "the firm" are the issuer too.
Blind spots: an issuer named only in a logo or a letterhead; a press release that names its
issuer nowhere the rules look; an outlet quoting its own staff counts them as the issuer's.
"""

from __future__ import annotations

from functools import lru_cache

import re

from .links import issuer_block_start
from .phrases import words
from .names import site_names, squash
from .text import Document, Sentence

__all__ = ["issuer_names", "issued_by_itself", "IssuerSources"]

# Labels of a web address that name no issuer ("news.acme.com", "en.example.org").
_GENERIC_LABELS = frozenset("www news blog blogs en amp mobile edition home press media online co com org net".split())
# A run of capitalised words (a name), possessive and all: "Acme Robotics", "Jane Roe", "Acme's".
_NAME_RUN_RE = re.compile(r"[A-Z][\w&.'\u2019-]*(?:[ \t]+(?:[A-Z][\w&.'\u2019-]*|of|and|&))*")
# A press wire's dateline marks ("/PRNewswire/ --", "--(BUSINESS WIRE)--"): the name after it opens the release.
_WIRE_MARK_RE = re.compile(r"/[^/\n]{2,40}/|\([^()\n]*wire[^()\n]*\)", re.IGNORECASE)
# Whom someone told ("told Al Jazeera", "told the BBC"): the outlet that heard it, not the source.
_TOLD_RE = re.compile(r"\btold[ \t]+(?:the[ \t]+)?[A-Z][\w&.'\u2019-]*(?:[ \t]+[A-Z][\w&.'\u2019-]*)*")
# Source words that mean the issuer in a press release ("the company said", "the firm added").
_SELF_WORDS = frozenset("company firm".split())
# A possessive ending, cut from a name ("Acme's" -> "Acme").
_POSSESSIVE_RE = re.compile(r"['\u2019]s\b")
# An apposition right after an attribution: from its comma to the next comma or full stop.
_APPOSITION_RE = re.compile(r",[^,.;:\u2014\u2013\"\u201c\u201d]+")
# How far after an attribution an apposition naming the source's employer may run.
APPOSITION_CHARS = 120


def _run_names(text: str) -> set[str]:
    """The squashed names of the capitalised runs of `text`: each run whole and its first and
    last word ("Acme Robotics" -> "acmerobotics", "acme", "robotics"), possessives cut."""
    out: set[str] = set()
    for m in _NAME_RUN_RE.finditer(text):
        run = _POSSESSIVE_RE.sub("", m.group())
        words = run.split()
        out.add(squash(run))
        if len(words) == 1:
            continue  # (one word: it is the run, squashed already; most runs are one word)
        parts = [p for p in words if p[:1].isupper()]
        if parts:
            out.update((squash(parts[0]), squash(parts[-1])))
    return out - _not_names()


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """attribution.txt [not_name_words] ("The", "However"), squashed: capitalised, no name. (Made
    once: squashing the list's words for every document cost about 0.6 ms an article.)"""
    return frozenset(squash(w) for w in words("attribution.txt", "not_name_words")) | {""}


def _release_names(doc: Document) -> tuple[set[str], bool]:
    """The names the text gives its issuer (the About block's heading, the name after a press
    wire's dateline) and whether it has either (a press release or a company's page)."""
    names: set[str] = set()
    text = doc.text
    block = issuer_block_start(doc)
    if block is not None:
        line = text[block:text.find("\n", block) if "\n" in text[block:] else len(text)]
        name = line[6:].strip()
        if line.lower().startswith("about ") and _NAME_RUN_RE.fullmatch(name):
            names |= _whole_and_first(name)  # ("About Acme Robotics"; not "About Bennett as an advocate")
    dateline = doc.analysis.page_lines.cues.get("dateline")
    wire = dateline is not None and _WIRE_MARK_RE.search(text, dateline[0], dateline[1] + 1) is not None
    if wire:
        run = _NAME_RUN_RE.match(text, dateline[1] + 1 if text[dateline[1]:dateline[1] + 1].isspace() else dateline[1])
        if run is not None:
            names |= _whole_and_first(run.group())
    return names, block is not None or wire


# (puff27) a release's own label at its top ("FOR IMMEDIATE RELEASE"), in its first HEAD_CHARS characters
_RELEASE_LABEL_RE = re.compile(r"\bfor immediate release\b", re.IGNORECASE)
HEAD_CHARS = 300
# (puff27) an About block about a writer, not the issuer ("About the author")
_WRITER_WORDS = frozenset("author authors writer writers contributor contributors columnist reviewer".split())


def issued_by_itself(doc: Document) -> bool:
    """(puff27) Is the text an organisation's own release about itself: a press wire's dateline
    ("GRANTSVILLE, Ore., April 8, 2026 /Business Newsline/ --"), its label at the top ("FOR
    IMMEDIATE RELEASE") or an About block that names the issuer ("About Quillfield Robotics",
    "About us"; not "About the author")? Its prose, outside quotations, is the issuer's own voice
    (read by sales_pressure for the issuer's puffery)."""
    if _RELEASE_LABEL_RE.search(doc.text, 0, HEAD_CHARS):
        return True
    dateline = doc.analysis.page_lines.cues.get("dateline")
    if dateline is not None and _WIRE_MARK_RE.search(doc.text, dateline[0], dateline[1] + 1) is not None:
        return True
    block = issuer_block_start(doc)
    if block is None:
        return False
    line = doc.text[block:doc.text.find("\n", block) if "\n" in doc.text[block:] else len(doc.text)]
    words = line.split()
    if not words or words[0].lower() != "about":
        return True  # "Notes to editors"
    named = words[2:] if len(words) > 2 and words[1] == "the" else words[1:]
    # "About Quillfield Robotics", "About us", "About the Harbour Trust"; not "About the author", "About the data"
    return bool(named) and (named[0][:1].isupper() or named[0].lower() == "us") and not _WRITER_WORDS.intersection(
        w.lower() for w in named)


def _whole_and_first(name: str) -> set[str]:
    """The squashed name whole and its first word ("Acme Robotics" -> "acmerobotics", "acme")."""
    words = name.split()
    return {n for n in (squash(name), squash(words[0]) if words else "") if len(n) >= 3}


def issuer_names(doc: Document) -> tuple[frozenset[str], bool]:
    """The squashed names the text's issuer goes by (see the module's docstring), and whether
    the text reads as issued by an organisation about itself (an About block or a press wire
    dateline)."""
    names, release = _release_names(doc)
    names |= {n for n in site_names(doc.url, doc.outlet) if len(n) >= 3 and n not in _GENERIC_LABELS}
    return frozenset(names), release


class IssuerSources:
    """Reads a text's attributions in order and says which are the issuer's own statements."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        names, self.release = issuer_names(doc)
        self.names = set(names)

    def _learn_people(self, sentence: Sentence) -> None:
        """Adds the people the sentence names as the issuer's ("Mara Quist, chief operating
        officer of Harbourlight Ferries": a name whose apposition names the issuer)."""
        text = self.doc.text
        if text.find(",", sentence.start, sentence.end) < 0:
            return  # (no apposition without a comma: the names are not looked for)
        for m in _NAME_RUN_RE.finditer(text, sentence.start, sentence.end):
            after = _APPOSITION_RE.match(text, m.end(), sentence.end)
            if after is not None and _run_names(after.group()) & self.names:
                self.names |= _run_names(m.group())

    def own(self, start: int, end: int, sentence: Sentence) -> bool:
        """Is the source of the attribution at start..end of `sentence` the issuer (or one of its
        people named before)? Its people named with it are the issuer's from here on."""
        if not self.names:
            return False
        text = self.doc.text
        self._learn_people(sentence)
        region = text[start:end]
        after = _APPOSITION_RE.match(text, end, min(sentence.end, end + APPOSITION_CHARS))
        if after is not None:
            region += after.group()  # "said Jane Roe, chief executive officer of Acme Robotics"
        found = _run_names(_TOLD_RE.sub("told", region))
        if found & self.names:
            self.names |= {n for n in found if len(n) >= 3}
            return True
        lowered = region.lower().split()
        return self.release and any(w.strip(",.'\u2019s") in _SELF_WORDS for w in lowered[:4])

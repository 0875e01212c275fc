"""(kinds25) An advert told by its own small label or by its pitch: read by `xlplugin.kinds` (its computed
measures `sponsor_label` and `advert_pitch`, rules in `data/kinds.txt`). Each function reads lower-cased text and
returns a short note in words, or None; each first looks for a cheap sign (a word the text must hold) and returns
None at once where it is missing: most texts stop there.

- A **small sponsor label** (`sponsor_label`): a bare "Sponsored", "Promoted", "In partnership with <a company>" or
  "Paid for by <a company>" alone on the text's first line, or on the line right under a headline (a first line
  that is no sentence: it does not end in a full stop). It labels the text itself as the advertiser's. Near misses
  kept: the same word lower down, between paragraphs or after a first paragraph of prose (a saved page's slot
  for someone else's advert: SemEval and PTC pages carry "Sponsored" so); "sponsored by" or "promoted" inside a
  sentence ("The series is sponsored by ...", "Promoted to captain ..."); "Sponsored by <name>" and "Supported
  by <name>" alone on a line (a sponsor credited over journalism the outlet writes itself, as kinds20 decided);
  "In partnership with" a newsroom ("In partnership with The Texas Tribune": a reporting partnership).
- An **advert's pitch** (`advert_pitch`): a call to act alone on its line, shouted (in capitals, or after a
  pointing mark "👉", "➡", "→"): "CHECK IF YOUR POSTCODE QUALIFIES NOW", "👉 Claim your free quote"; together with
  a second sign of selling in the writer's own words: scarcity ("spaces are limited", "before the current round
  closes", "while stocks last", "only 20 places left", "offer ends Friday") or a second such line. A consumer report that tells readers to check
  their eligibility says so in a sentence, without a shouted line.
"""

from __future__ import annotations

import re

__all__ = ["sponsor_label", "advert_pitch", "coin_pitch", "HEADLINE_MAX_CHARS"]

HEADLINE_MAX_CHARS = 200  # a first line longer than this is prose, not a headline over the label
_SPONSOR_WORDS = ("sponsored", "promoted", "in partnership with", "paid for by")
_MARKS = "#*_[]()|:\u2022\u00b7 \t"
# a name after "In partnership with" / "Paid for by": a few words, no sentence in it
_NAMED_LABEL_RE = re.compile(r"(?:in partnership with|paid for by)[ \t]+(?P<name>[^.!?\n]{2,60})")
# "In partnership with" a newsroom is a reporting partnership, not an advertiser's label
_NEWSROOM_WORDS = frozenset("""news times post tribune herald gazette journal press radio television tv chronicle courier
telegraph guardian observer record reporter reporting propublica npr bbc pbs reuters associated agency newsroom
magazine review mirror examiner sentinel inquirer dispatch bulletin investigative journalism journalists calmatters
""".split())


def _label(line: str) -> str | None:
    """The line as a sponsor label, or None."""
    bare = line.strip(_MARKS)
    if bare in ("sponsored", "promoted"):
        return bare
    m = _NAMED_LABEL_RE.fullmatch(bare)
    if m is None:
        return None
    name = m["name"].strip(_MARKS)
    if not name or len(name.split()) > 8 or not _NEWSROOM_WORDS.isdisjoint(re.findall(r"[a-z]+", name)):
        return None
    return bare


def sponsor_label(head: str) -> str | None:
    """A bare sponsor label on the first line of the lower-cased head, or on the line under a headline."""
    if not any(word in head for word in _SPONSOR_WORDS):
        return None
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    if not lines:
        return None
    found = _label(lines[0])
    if found is None and len(lines) > 2 and len(lines[0]) <= HEADLINE_MAX_CHARS and not lines[0].endswith("."):
        found = _label(lines[1])
    return f"head: {found!r}" if found else None


# a call to act alone on its line: after a pointing mark, or shouted in capitals from its first word
_ACT_VERBS = ("check", "claim", "get", "find", "see", "apply", "book", "order", "buy", "download", "join", "register",
              "reserve", "secure", "grab", "call", "click", "tap", "start", "request", "discover", "compare", "sign")
_POINTERS = "\U0001f449\u27a1\u2192\u25b6\u25ba\u2b50\u2705\U0001f525\U0001f6a8"
_VERBS = "|".join(_ACT_VERBS)
_CTA_LINE_RE = re.compile(r"(?m)^[ \t]*(?:[" + _POINTERS + r"][\ufe0f \t]*(?P<pointed>(?i:" + _VERBS + r")\b[^\n]{3,80})"
                          r"|(?P<shouted>(?:" + _VERBS.upper() + r")\b[^a-z\n]{8,80}))[ \t]*$")
_SCARCITY_RE = re.compile(
    r"\b(?:(?:spaces|places|spots|slots|seats|installations|appointments) (?:on [^.\n]{1,40} )?(?:are|is) (?:strictly )?limited"
    r"|limited (?:spaces|places|spots|slots|availability)"
    r"|(?:only|just) \d+ (?:spaces|places|spots|slots|seats|left|remaining)"
    r"|while (?:stocks|supplies) last"
    r"|before the (?:current |next )?(?:round|offer|window|scheme|deal|promotion) (?:closes|ends)"
    r"|(?:offer|deal|promotion|discount) ends (?:today|tonight|tomorrow|soon|on|this|at|in))")


def _calls_to_act(text: str) -> list[str]:
    """The calls to act alone on their lines of `text` (as written, its case kept), at most 12 words each."""
    found = []
    for m in _CTA_LINE_RE.finditer(text):
        line = (m["pointed"] or m["shouted"]).rstrip(" \t.!")
        if len(line.split()) <= 12:
            found.append(line)
    return found


def advert_pitch(text: str, own: str) -> str | None:
    """A shouted call to act alone on a line of `text` (case kept) and a second sign of selling in the
    lower-cased writer's own words `own` (scarcity, or another such call)."""
    calls = _calls_to_act(text)
    if not calls:
        return None
    scarce = _SCARCITY_RE.search(own)
    if scarce is None and len(calls) < 2:
        return None
    second = scarce.group() if scarce else calls[1]
    return f"{calls[0][:50]!r}; {second[:50]!r}"


# a coin or token promoter's disclaimer, and a selling line of the pitch, both in the writer's own words
_COIN_DISCLAIMER_RE = re.compile(r"\b(?:not financial advice|nfa|dyor|this is not investment advice)\b")
_COIN_SELL_RE = re.compile(r"(?:^|\n)[ \t]*(?:#{1,3}[ \t]*)?how to buy\b|\b(?:presale|pre-sale|whitelist spots?|token sale|"
                           r"(?:link|links) in (?:our|the) (?:telegram|discord)|join (?:our|the) (?:telegram|discord))\b")


def coin_pitch(own: str) -> str | None:
    """A promoter's disclaimer ("not financial advice", "DYOR") and a selling line ("How to buy", "presale")
    in the lower-cased writer's own words."""
    if "advice" not in own and "dyor" not in own and "nfa" not in own:
        return None
    disclaimer = _COIN_DISCLAIMER_RE.search(own)
    selling = _COIN_SELL_RE.search(own) if disclaimer else None
    if selling is None:
        return None
    return f"{disclaimer.group()!r}; {selling.group().strip()!r}"

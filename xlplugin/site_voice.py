"""(kinds27) How a site's own page talks to its reader, which a careful reader hears at once and a
report never does: a business or a club speaking to the reader as its client ("Wir beraten Sie
gerne", "Ihr Recht ist bei uns in guten Händen"), and a page whose title is an organisation's name
with its legal form or trade ("Hundeverein Musterstadt e. V.", "Steuerrecht | Kanzlei Beispiel"),
under which the organisation writes as "we". Read by `xlplugin.kinds` (kinds.txt's kinds27 block).

Every measure reads the writer's own words (`own`: the text with its quotations, an interview's
answers and a transcript's turns blanked out, offsets kept), in the text's own case where case
tells the words apart: "Sie" with a capital inside a sentence is the formal "you" (lower-case
"sie" is "she" or "they").

Pure Python, part of the core: nothing here imports an adapter.
Blind spots: German and English only; a newspaper's service piece ("So sparen Sie Steuern") that
also says "wir" reads as addressing a client (weight 2, never enough alone: another cue must
agree); an English page's "you" has no formal form, so only the phrases of `kinds.txt` tell an
English service page.

(kinds45) The other way round, a blogger's or a magazine's post speaks to its readers informally, "du" or "ihr"
("Wir haben unsere Lieblinge für euch rausgesucht", "Wenn du das lernen magst, ..."), and of itself as "ich" or
"wir": the writer's own voice to a community of readers (opinion or analysis, `informal_address`). A German report
addresses no reader so: its "du" and "euch" are inside a speaker's quotation. A youth news service
that explains the news to "euch" ("Wir erklären euch, was passiert ist") and a firm's notice to its customers in
"ihr" ("Wir eröffnen am Montag, ihr könnt ...") address the reader with no view of their own: (kinds47) their "wir"
counts only where it gives its own taste or trial ("uns gefällt", "unsere Favoriten", "wir haben ... ausprobiert"),
a blogger's "ich" always.
"""

from __future__ import annotations

import re

__all__ = ["own_cased", "client_address", "informal_address", "organisation_title", "organisation_we"]

# The formal "you" inside a sentence: a capital "Sie", "Ihnen", "Ihr(e/en/em/er/es)" after a word in
# lower case or a comma ("beraten Sie gerne", "helfen Ihnen", "für Ihr Unternehmen", "oder nutzen Sie").
# At a sentence's start "Sie" may be "they"; after a lower-case word it cannot be.
_FORMAL_YOU_RE = re.compile(r"(?<=[a-zäöüß,;])[ \t]+(?:Sie|Ihnen|Ihre?[mnrs]?)\b")
# The writer's "we" (German, English): the organisation naming itself.
_WE_RE = re.compile(r"\b(?:wir|uns|unser(?:e[mnrs]?)?|we|us|our|ours)\b")
# (kinds45) The informal "you", German only: "du", "dich", "dir", "dein(e/en/em/er/es)", "euch", "euer", "eure(n/m/r/s)",
# and "ihr" only before a verb form that is the second person plural and nothing else ("ihr könnt", "ihr habt", "ihr
# seid"): lower-case "ihr" is also "her" and "their" ("ihr Mann", "weil das Haus ihr gehört").
_INFORMAL_YOU_RE = re.compile(r"\b(?:du|dich|dir|dein(?:e[mnrs]?)?|euch|euer|eure[mnrs]?"
                              r"|ihr[ \t]+(?:könnt|müsst|wollt|sollt|dürft|habt|seid|werdet|wisst|seht))\b")
# The writer's own first person in German: a blogger's "ich" (a person speaking), and (kinds47) a magazine's or a
# group's "wir" only where it gives its own taste or trial ("uns gefällt", "wir lieben", "unsere drei Favoriten", "unsere
# liebsten", "wir haben ... ausprobiert": the "wir" of the last counted, so "unsere liebsten" inside it counts too). A youth news service's "wir" explains the news to "euch" ("Wir erklären euch, was passiert
# ist"), a firm's "wir" is the company announcing ("Wir eröffnen am Montag, ihr könnt ..."): both address the reader
# without an opinion of their own, a notice's or a report's voice, not a post's.
_GERMAN_FIRST_PERSON_RE = re.compile(
    r"\b(?:ich|mich|mir|mein(?:e[mnrs]?)?)\b"
    r"|\b(?:uns|mir)[ \t]+(?:gefällt|gefallen|gefiel|gefielen)\b"
    r"|\bwir[ \t]+(?:finden|fanden|lieben|liebten|mögen|mochten|empfehlen|schwören)\b"
    r"|\bwir[ \t]+haben\b(?=[^.!?\n]{0,60}?\b(?:ausprobiert|getestet|probiert|rausgesucht|herausgesucht|entdeckt)\b)"
    r"|\bunser(?:e[mnrs]?)?[ \t]+(?:\w+[ \t]+)?(?:favorit(?:en)?|liebling\w*|lieblings\w+|geheimtipps?|fazit)\b"
    r"|\bunser(?:e[mnrs]?)?[ \t]+(?:liebste|schönste|beste)[mnrs]?\b")
# A sentence or a line's piece with its closing mark: the informal "you" counts in statements, not in questions (an
# interviewer asks "Würdest du sagen ...?"; a blogger tells the reader "Wir haben ... für euch rausgesucht").
_STATEMENT_RE = re.compile(r"[^.!?\n]+[.!?]*")
INFORMAL_MIN = 2
# informal "you" words per 1,000 words of the text: a post to its readers speaks to them throughout; a site's sign-up or
# disclosure line under a report ("Melde dich an", "wenn ihr über diese Links einkauft") is one or two in 400 words
INFORMAL_RATE = 8.0
INFORMAL_FIRST_PERSON_MIN = 2
FORMAL_MIN = 5
FORMAL_RATE = 8.0  # formal "you" words per 1,000 words of the text
WE_MIN = 2
ORG_WE_MIN = 4
ORG_WE_RATE = 12.0
# A title that is an organisation's name: after the title's last separator, a name holding a legal
# form or a trade ("Internationale Steuerberatung | Kanzlei Beispiel", "Leistungen – Praxis Dr. Muster",
# "Services | Harbour Law LLP") or ending in a club's ("| Musterstädter Hundeverein", "| TSV Musterdorf e. V."),
# or the whole title a registered association's name ("Hundeverein Musterstadt 1990 e. V."). A headline
# ending "... bei der Müller GmbH" has no separator before the name; one ending "– Verein klagt" has its
# club word at the start of a clause, not at the end.
_ORG_TITLE_RE = re.compile(
    r"\s[|\u2013\u2014-]\s+(?:[^|\u2013\u2014]{0,60}?\b(?:kanzlei|rechtsanw\w*|steuerberat\w*|praxis (?:dr|für)\b|g?gmbh|mbh"
    r"|ltd|llc|llp|plc|solicitors|law firm|attorneys at law)\b[^|\u2013\u2014]{0,40}|[^|\u2013\u2014]{0,60}?(?:\w*verein|\be\.\s?v\.?"
    r"|\binc\.?))\s*$"
    r"|^[^|\u2013\u2014:?!]{3,80}?\be\.\s?v\.?\s*$", re.IGNORECASE)


def own_cased(text: str, blanks: list[tuple[int, int]]) -> str:
    """The text as written with the parts `blanks` names (quotations, answers, turns) blanked out,
    the same length: the writer's own words in their own case."""
    if not blanks:
        return text
    pieces, at = [], 0
    for start, end in blanks:
        pieces += [text[at:start], " " * (end - start)]
        at = end
    return "".join(pieces) + text[at:]


def client_address(own: str, own_lower: str, word_count: int) -> str | None:
    """The writer speaks to the reader formally as a client ("beraten Sie gerne", "helfen Ihnen":
    FORMAL_MIN times or more, FORMAL_RATE per 1,000 words) and of itself as "we" (WE_MIN times): a
    firm's, a practice's or a club's own page, not a report about one. `own` in its own case."""
    formal = len(_FORMAL_YOU_RE.findall(own))
    if formal < FORMAL_MIN or formal * 1000 < FORMAL_RATE * max(word_count, 1):
        return None
    we = len(_WE_RE.findall(own_lower))
    if we < WE_MIN:
        return None
    return f"formal you {formal} times, we or our {we} times"


def informal_address(own_lower: str, word_count: int) -> str | None:
    """(kinds45) The writer speaks to the reader informally ("du", "euch", "ihr könnt": INFORMAL_MIN times or more,
    INFORMAL_RATE per 1,000 words, in statements, not questions) and of itself in the first person ("ich"; "wir" where it gives its own taste or trial, "uns gefällt", "unsere
    Favoriten": INFORMAL_FIRST_PERSON_MIN times),
    in its own words (`own_lower`: the lower-cased text with its quotations blanked out): a blogger's or a
    magazine's post to its readers."""
    informal = sum(len(_INFORMAL_YOU_RE.findall(m.group())) for m in _STATEMENT_RE.finditer(own_lower)
                   if not m.group().endswith("?"))
    if informal < INFORMAL_MIN or informal * 1000 < INFORMAL_RATE * max(word_count, 1):
        return None
    first = len(_GERMAN_FIRST_PERSON_RE.findall(own_lower))
    if first < INFORMAL_FIRST_PERSON_MIN:
        return None
    return f"du or ihr {informal} times, ich or wir {first} times"


def organisation_title(title: str) -> str | None:
    """The title is an organisation's name (a firm, a practice, a club: `_ORG_TITLE_RE`)."""
    match = _ORG_TITLE_RE.search(title)
    return " ".join(match.group(0).strip(" |\u2013\u2014-").split())[:60] if match else None


def organisation_we(title: str, own_lower: str, word_count: int) -> str | None:
    """Under a title that is an organisation's name, the writer speaks as "we" (ORG_WE_MIN times or
    more, ORG_WE_RATE per 1,000 words): the organisation writing its own page."""
    if not organisation_title(title):
        return None
    we = len(_WE_RE.findall(own_lower))
    if we < ORG_WE_MIN or we * 1000 < ORG_WE_RATE * max(word_count, 1):
        return None
    return f"we or our {we} times"

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
- (promo26) A **seller's pitch in prose** (`sales_pitch`): an advert with no label written as a story, or a company's
  own launch post: a price and where to buy it or a discount code ("$49.99", "at crispwave-shop.com", "use code
  CRISP50"), together with two or more of the sales pressure that loaded language counts (`xlplugin.sales_pressure`:
  "only for a limited time", "Order yours today", "our most powerful laptop ever", "the best upgrade you can buy") in
  the writer's own words. A report on a launch quotes the company's superlatives (inside quotation marks: not the
  writer's own); a shop's price list has prices and a code but no pressure in prose.
- (advert30) An **advert in a story's clothes** (`advertorial`): a feature that tells a customer's story and ends in
  the seller's offer. `sales_pitch` missed it: its offer is a discount, not a price ("30 per cent off", "half price",
  "free delivery"), its shop is named as "ordering through the X website" or "call now on 0800 ...", not a web
  address, and its pressure ("before 31 December", "while stocks last") is no loaded word. It needs, in the writer's
  own words and in sentences that report no one ("..., the chain said"): an offer, where to order it, and a deadline or
  scarcity; and one sign that the text sells to its reader: a customer's testimonial named by first name, age and town
  ("Joan, 68, from Derby"), a brand named with its model three times or more ("CosyNest 200", "the CosyNest website"), or the offer made to the
  reader ("readers can get", "you can save"). A report of a recall, a price war or a charity appeal lacks one of these.
"""

from __future__ import annotations

import re
from collections import Counter

from .cue_places import seen_at

__all__ = ["sponsor_label", "advert_pitch", "sales_pitch", "SALES_PITCH_MIN", "advertorial", "coin_pitch", "civic_calls", "own_report_title", "chair_message",
           "chair_signoff", "HEADLINE_MAX_CHARS", "CIVIC_CALLS_MIN"]

HEADLINE_MAX_CHARS = 200  # a first line longer than this is prose, not a headline over the label
_SPONSOR_WORDS = ("sponsored", "promoted", "in partnership with", "paid for by")
_SPONSOR_VOCABULARY = frozenset(("sponsored", "promoted", "partnership", "paid"))
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


def sponsor_label(head: str, vocabulary: frozenset[str]) -> str | None:
    """A bare sponsor label on the first line of the lower-cased head, or on the line under a headline
    (`vocabulary`: the document's lower-cased words, the cheap check)."""
    if _SPONSOR_VOCABULARY.isdisjoint(vocabulary) or not any(word in head for word in _SPONSOR_WORDS):
        return None
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    if not lines:
        return None
    found = _label(lines[0])
    if found is None and len(lines) > 2 and len(lines[0]) <= HEADLINE_MAX_CHARS and not lines[0].endswith("."):
        found = _label(lines[1])
    return seen_at("head", found) if found else None


# a call to act alone on its line: after a pointing mark, or shouted in capitals from its first word
_ACT_VERBS = ("check", "claim", "get", "find", "see", "apply", "book", "order", "buy", "download", "join", "register",
              "reserve", "secure", "grab", "call", "click", "tap", "start", "request", "discover", "compare", "sign")
_POINTERS = "\U0001f449\u27a1\u2192\u25b6\u25ba\u2b50\u2705\U0001f525\U0001f6a8"
_VERBS = "|".join(_ACT_VERBS)
_CTA_LINE_RE = re.compile(r"(?:[" + _POINTERS + r"][\ufe0f \t]*(?P<pointed>(?i:" + _VERBS + r")\b[^\n]{3,80})"
                          r"|(?P<shouted>(?:" + _VERBS.upper() + r")\b[^a-z\n]{8,80}))")
_SCARCITY_RE = re.compile(
    r"\b(?:(?:spaces|places|spots|slots|seats|installations|appointments) (?:on [^.\n]{1,40} )?(?:are|is) (?:strictly )?limited"
    r"|limited (?:spaces|places|spots|slots|availability)"
    r"|(?:only|just) \d+ (?:spaces|places|spots|slots|seats|left|remaining)"
    r"|while (?:stocks|supplies) last"
    r"|before the (?:current |next )?(?:round|offer|window|scheme|deal|promotion) (?:closes|ends)"
    r"|(?:offer|deal|promotion|discount) ends (?:today|tonight|tomorrow|soon|on|this|at|in))")


def _calls_to_act(text: str) -> list[str]:
    """The calls to act alone on their lines of `text` (as written, its case kept), at most 12 words each: a line
    in capitals opening with one of the verbs, or a pointing mark and then one (each line read once: most lines
    of most texts are neither shouted nor pointed, and cost one test each)."""
    found = []
    for line in text.split("\n"):
        bare = line.strip()
        if not bare or not (bare[0] in _POINTERS or bare.isupper()):
            continue
        m = _CTA_LINE_RE.fullmatch(bare)
        if m:
            call = (m["pointed"] or m["shouted"]).rstrip(" \t.!")
            if len(call.split()) <= 12:
                found.append(call)
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


# (promo26) a seller's pitch in prose: a price, where to buy or a code, and sales pressure in the writer's own words
SALES_PITCH_MIN = 2  # pieces of sales pressure in the writer's own words (one alone may be a report's echo of an advert)
_PRICE_RE = re.compile(r"[$\u00a3\u20ac][ \t]?\d")
_CODE_RE = re.compile(r"\b(?:use|enter|apply) (?:the )?(?:promo |discount |coupon |voucher )?code\b|\b(?:promo|discount|coupon|voucher) code\b")
_WHERE_RE = re.compile(r"\b(?:order|buy|get|shop|available|pre-order|visit)\b[^.!?\n]{0,50}?\b(?:at|from|on) (?:www\.)?[a-z0-9-]+\.(?:com|co\.uk|net|shop|store|io|co)\b")


def sales_pitch(own: str, pressures: list[str]) -> str | None:
    """A price and where to buy it or a discount code in the lower-cased writer's own words `own`, and at least
    SALES_PITCH_MIN of `pressures` (the sales pressure found in the text, lower-cased) among those words."""
    if len(pressures) < SALES_PITCH_MIN:
        return None
    price = _PRICE_RE.search(own)
    if price is None:
        return None
    where = _CODE_RE.search(own) or _WHERE_RE.search(own)
    if where is None:
        return None
    mine = [p for p in pressures if p in own]
    if len(mine) < SALES_PITCH_MIN:
        return None
    return f"{len(mine)} pushes: {mine[0][:40]!r}, {mine[1][:40]!r}; {where.group()[:40]!r}"


# (advert30) an advert in a story's clothes: an offer, where to order it, a deadline or scarcity, and a sign that sells
_ADVERTORIAL_VOCABULARY = frozenset(("off", "free", "half", "save", "discount"))
_ORDER_VOCABULARY = frozenset(("order", "ordering", "orders", "call", "visit", "online", "website", "freephone", "buy", "code"))
# the words one of the offers must hold (a text with none of them is read no further: most texts)
_OFFER_WORDS = ("cent off", "percent off", "% off", "half price", "half-price", "free delivery", "free postage", "free p&p",
                "free shipping", "free installation", "free fitting", "get one free", "save ", "discount")
_OFFER_RE = re.compile(r"\b\d+(?:\.\d+)?[ \t]?(?:per[ \t]?cent|percent|%)[ \t]off\b|\bhalf[ -]price\b"
                       r"|\bfree (?:delivery|postage|p&p|shipping|installation|fitting)\b|\bbuy one,? get one free\b"
                       r"|\bsave (?:up to )?(?:[$\u00a3\u20ac][ \t]?\d|\d+[ \t]?(?:per[ \t]?cent|percent|%))"
                       r"|\b(?:a|an extra|an exclusive) (?:\d+(?:\.\d+)?[ \t]?(?:per[ \t]?cent|percent|%) )?discount\b")
_ORDER_RE = re.compile(r"\border(?:ing|s)? (?:it |them |one |yours |online |direct )?(?:through|via|from|on|at|online at) "
                       r"(?:the |its |their )?[^.!?\n]{0,30}?\b(?:website|site|online shop|web shop|app|helpline|hotline)\b"
                       r"|\b(?:order|buy|shop) online at\b|\bonline at (?:www\.)?[a-z0-9-]+\.(?:com|co\.uk|net|shop|store|ie|org)\b"
                       r"|\bcall (?:now |free |today )?on (?:freephone )?0\d|\bfreephone 0\d|\bvisit (?:www\.)?[a-z0-9-]+\.(?:com|co\.uk|net|shop|store)\b")
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_DEADLINE_RE = re.compile(r"\b(?:before|until|by|ends?(?: on)?) (?:midnight (?:on )?)?(?:\d{1,2}(?:st|nd|rd|th)? " + _MONTHS + r"|" + _MONTHS +
                          r" \d{1,2}(?:st|nd|rd|th)?|midnight|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
                          r"|\bthis (?:week|month|weekend) only\b|\bfor a limited (?:time|period)\b|\blimited[- ]time offer\b"
                          r"|\bfor the next \d+ (?:hours|days)\b")
_TESTIMONIAL_RE = re.compile(r"(?<![A-Za-z][ \t])(?<![A-Z][a-z]\.)\b[A-Z][a-z]+, \d{2}, (?:from|of) [A-Z][a-z]+")
_MODEL_RE = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*(?: [A-Z][a-z]+)?(?: \d{1,4}[A-Za-z]?)?\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+)? \d{2,4}[A-Za-z]?\b")
_NOT_MODELS = re.compile(r"(?i)^(?:" + _MONTHS + r"|(?:the )?(?:covid|section|room|route|ward|gate|platform|flight|page|chapter|level|year|"
                         r"grade|class|stage|phase|article|rule|bus|junction|exit|unit|number|no|vol|volume|issue|episode|season|part|"
                         r"bill|act|item|block|floor|apartment|flat|suite|lot|plot|box|line|terminal|pier|zone|district|area)) ")
_READER_OFFER_RE = re.compile(r"\b(?:readers|you|customers who order|anyone who orders) (?:can|could|will) (?:now )?(?:get|save|claim|enjoy|receive|order)\b"
                              r"|\breaders(?:'|\u2019)? (?:offer|discount|price)\b")
_REPORTED_RE = re.compile(r"\b(?:said|says|told|according to|announced|added|stated)\b")
ADVERTORIAL_MODEL_MIN = 3  # a product's model name this many times: the text is about one product


def _unreported(own: str, m: re.Match[str]) -> bool:
    """The sentence of `own` holding match `m` reports no one ("..., the chain said"): the writer's own offer."""
    start = max(own.rfind(". ", 0, m.start()), own.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (own.find(". ", m.end()), own.find("\n", m.end())) if i >= 0]
    return _REPORTED_RE.search(own, start, min(ends) if ends else len(own)) is None


def _first_unreported(pattern: re.Pattern[str], own: str) -> re.Match[str] | None:
    return next((m for m in pattern.finditer(own) if _unreported(own, m)), None)


def advertorial(text: str, own: str, vocabulary: frozenset[str]) -> str | None:
    """An advert in a story's clothes: in the lower-cased writer's own words `own`, an offer, where to order it and
    a deadline or scarcity, each in a sentence that reports no one; and in `text` (case kept) a customer's
    testimonial by first name, age and town, a model name ADVERTORIAL_MODEL_MIN times, or the offer made to the
    reader (`vocabulary`: the document's lower-cased words, the cheap check)."""
    if _ADVERTORIAL_VOCABULARY.isdisjoint(vocabulary) or _ORDER_VOCABULARY.isdisjoint(vocabulary) \
            or not any(words in own for words in _OFFER_WORDS):
        return None
    offer = _first_unreported(_OFFER_RE, own)
    if offer is None:
        return None
    where = _first_unreported(_ORDER_RE, own) or _first_unreported(_WHERE_RE, own) or _first_unreported(_CODE_RE, own)
    if where is None:
        return None
    by = _first_unreported(_DEADLINE_RE, own) or _first_unreported(_SCARCITY_RE, own)
    if by is None:
        return None
    sells = _TESTIMONIAL_RE.search(text)
    if sells is None:
        names = Counter(m.group().split()[0] for m in _MODEL_RE.finditer(text) if not _NOT_MODELS.match(m.group() + " "))
        model = next((name for name, n in names.most_common(1) if n >= ADVERTORIAL_MODEL_MIN), None)
        if model is None:
            reader = _first_unreported(_READER_OFFER_RE, own)
            if reader is None:
                return None
            sign = reader.group()
        else:
            sign = f"{model} x{names[model]}"
    else:
        sign = sells.group()
    return f"{offer.group()[:30]!r}; {where.group()[:40]!r}; {by.group()[:30]!r}; {sign[:40]!r}"


# a coin or token promoter's disclaimer, and a selling line of the pitch, both in the writer's own words
_COIN_VOCABULARY = frozenset(("advice", "dyor", "nfa"))
_COIN_DISCLAIMER_RE = re.compile(r"\b(?:not financial advice|nfa|dyor|this is not investment advice)\b")
_COIN_SELL_RE = re.compile(r"(?:^|\n)[ \t]*(?:#{1,3}[ \t]*)?how to buy\b|\b(?:presale|pre-sale|whitelist spots?|token sale|"
                           r"(?:link|links) in (?:our|the) (?:telegram|discord)|join (?:our|the) (?:telegram|discord))\b")


def coin_pitch(own: str, vocabulary: frozenset[str]) -> str | None:
    """A promoter's disclaimer ("not financial advice", "DYOR") and a selling line ("How to buy", "presale")
    in the lower-cased writer's own words (`vocabulary`: the document's lower-cased words, the cheap check)."""
    if _COIN_VOCABULARY.isdisjoint(vocabulary):
        return None
    disclaimer = _COIN_DISCLAIMER_RE.search(own)
    selling = _COIN_SELL_RE.search(own) if disclaimer else None
    if selling is None:
        return None
    return f"{disclaimer.group()!r}; {selling.group().strip()!r}"


# (kinds25) the writer calls the reader to political action, with or without "!": each call starts at one of these
# literal beginnings (found with str.find, so a text with none costs a few scans), then is read whole by the pattern
CIVIC_CALLS_MIN = 2
_OFFICES = (r"(?:senators?|representatives?|congressman|congresswoman|member of congress|mps?|councillors?|councilors?|"
            r"council members?|assembly ?(?:man|woman|member)|legislators?|governor|mayor|reps?)\b")
_CIVIC_CALL_RE = re.compile(
    r"vote (?:him|her|them|these people|this lot|every one of them) out\b|vote out (?:every|all|the|these|this|him|her|them)\b"
    r"|call your " + _OFFICES + r"|(?:write to|email|e-mail|phone|ring) your " + _OFFICES +
    r"|(?:don't|do not) let them (?:win|get away with (?:it|this))\b"
    r"|donate to (?:the |their |our )?(?:[a-z]+ ){0,3}?(?:alliance|campaign|coalition|cause|legal fund|defen[cs]e fund|fighting fund)\b"
    r"|remember (?:this name|these names|her name|his name|their names) (?:in|at|on|come)\b")
_CIVIC_STARTS = ("vote ", "call your ", "write to your ", "email your ", "e-mail your ", "phone your ", "ring your ",
                 "don't let them ", "do not let them ", "donate to ", "remember th", "remember her ", "remember his ")
# each beginning with the words the document must hold for it (a set lookup each, before any scan)
_OFFICE_WORDS = frozenset("""senator senators representative representatives congressman congresswoman congress mp mps
councillor councillors councilor councilors council assemblyman assemblywoman assembly legislator legislators governor
mayor rep reps""".split())
_CIVIC_NEEDS = {
    "vote ": (frozenset(("vote",)), frozenset(("out",))),
    "don't let them ": (frozenset(("don't",)), frozenset(("win", "away"))),
    "do not let them ": (frozenset(("let",)), frozenset(("win", "away"))),
    "donate to ": (frozenset(("donate",)), frozenset(("alliance", "campaign", "coalition", "cause", "fund"))),
    "remember th": (frozenset(("remember",)), frozenset(("name", "names"))),
    "remember her ": (frozenset(("remember",)), frozenset(("name",))),
    "remember his ": (frozenset(("remember",)), frozenset(("name",))),
}
_YOUR_VERBS = frozenset(("call", "write", "email", "e-mail", "phone", "ring"))


def civic_calls(own: str, vocabulary: frozenset[str]) -> str | None:
    """Two or more calls to political action in the lower-cased writer's own words ("vote her out", "call your
    senator", "don't let them win", "donate to the ... fund"), each at a word's start."""
    starts = [start for start, (first, then) in _CIVIC_NEEDS.items()
              if not first.isdisjoint(vocabulary) and not then.isdisjoint(vocabulary)]
    if "your" in vocabulary and not _YOUR_VERBS.isdisjoint(vocabulary) and not _OFFICE_WORDS.isdisjoint(vocabulary):
        starts += [start for start in _CIVIC_STARTS if start.endswith(" your ")]
    found = []
    for start in starts:
        at = own.find(start)
        while at >= 0:
            if at == 0 or not own[at - 1].isalnum():
                m = _CIVIC_CALL_RE.match(own, at)
                if m:
                    found.append((at, m.group()))
            at = own.find(start, at + 1)
    if len(found) < CIVIC_CALLS_MIN:
        return None
    found.sort()
    return f"{len(found)} calls: " + ", ".join(repr(call) for _, call in found[:3])


# (kinds25) an organisation's own report on its year: its title or first lines ("Our year in summary", "our annual
# report"), a message from its chair on a line of its own, its chair's or chief executive's sign-off at the foot
_OWN_REPORT_RE = re.compile(r"\bour (?:year in (?:summary|review|numbers|brief)|annual (?:report|review)|impact report|impact in \d{4})\b")
_OWN_REPORT_LINES = 3  # the first lines of the head read for it


def own_report_title(head: str) -> str | None:
    """"Our year in summary", "our annual report", "our impact report" in the first lines of the lower-cased head."""
    if "our " not in head or ("year in" not in head and "annual" not in head and "impact" not in head):
        return None
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()][:_OWN_REPORT_LINES]
    for line in lines:
        m = _OWN_REPORT_RE.search(line)
        if m:
            return seen_at("head", line[:50])
    return None


_MESSAGE_STARTS = ("message from ", "letter from ", "foreword from ", "welcome from ", "introduction from ")
_MESSAGE_LINE_RE = re.compile(r"[ \t]*(?:#{1,3}[ \t]*)?(?:a )?(?:message|letter|foreword|welcome|introduction) from (?:our|the) "
                              r"(?:chair|chairman|chairwoman|chair of trustees|chief executive|ceo|director|founder|president)\b[^\n]{0,40}")


_MESSAGE_WORDS = frozenset(("message", "letter", "foreword", "welcome", "introduction"))
_ROLE_WORDS = frozenset(("chair", "chairman", "chairwoman", "chief", "ceo", "director", "founder", "president"))


def chair_message(own: str, vocabulary: frozenset[str]) -> str | None:
    """A line of its own in the lower-cased writer's own words: "A message from our chair", "Welcome from the
    chief executive", "Foreword from our founder" (`vocabulary`: the document's lower-cased words, the cheap check)."""
    if _MESSAGE_WORDS.isdisjoint(vocabulary) or _ROLE_WORDS.isdisjoint(vocabulary):
        return None
    for start in _MESSAGE_STARTS:
        at = own.find(start)
        while at >= 0:
            line_start = own.rfind("\n", 0, at) + 1
            line_end = own.find("\n", at)
            line = own[line_start:line_end if line_end >= 0 else len(own)]
            if _MESSAGE_LINE_RE.fullmatch(line.rstrip()):
                return f"{line.strip()[:50]!r}"
            at = own.find(start, at + 1)
    return None


_SIGNOFF_RE = re.compile(r"(?m)^[^\n]{2,60}[,\u2014\u2013-][ \t]*(?:chair of (?:the )?trustees|chair of the board of trustees|"
                         r"chair of the board|chief executive(?: officer)?|founder and chief executive)[ \t]*\.?[ \t]*$")


def chair_signoff(tail: str) -> str | None:
    """A sign-off line at the foot (the lower-cased tail): "Name, Chair of Trustees", "Name, Chief Executive"."""
    if "chair" not in tail and "chief executive" not in tail:
        return None
    m = _SIGNOFF_RE.search(tail)
    return seen_at("tail", m.group().strip()[:50]) if m else None

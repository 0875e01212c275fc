"""Sales pressure (loaded_language version 50, hype18), from the tables of
xlplugin/data/sales_pressure.txt: the words of a shill post, a get-rich pitch or an advert that
push the reader, each one exaggeration term for loaded language, named in the evidence by its
class:

- "urgency to buy or act": an imperative of buying or acting with a deadline or a threat in its
  sentence ("Buy before Monday or cry later.", "Act now", "grab your spot before it's gone",
  "Invest while prices are low"); an offer that will not last or ends ("This price won't last",
  "Offer ends tonight", "for the next 48 hours only", "a limited time offer", "Once the timer hits
  zero, it's gone"); one that will never come again ("You will never see these prices again", "a
  once in a lifetime opportunity"); "Don't miss the next 1000x";
- "promised returns": a multiplier promised ("$X will 1000x", "the next 1000x", "a 10,000x from
  here", "a 100x gem"), a rise promised for a ticker or a coin ("$MOONPAW is about to explode",
  "this coin is about to moon"; not "the population is about to explode"), guaranteed gains
  ("guaranteed profits", "guaranteed to double"), "double your money", "you can't lose";
- "promised safety": "(100% safe)", "100% guaranteed", a risk waved away in a clause of its own
  ("Zero inventory, zero risk.");
- "promise that anyone can": "Literally anyone can do this.", "If I can do it, anyone can.",
  "(And How You Can Too!)", "so can you".
- (labels35) "a crowd of satisfied buyers": a vast count of unnamed buyers said to be pleased
  ("Thousands of satisfied customers have already made the switch", "Join 50,000 happy users");
  not "Thousands of customers lost power", "Most customers were satisfied".
- (promo26) "a seller's superlative": the seller ranking its own product above all others in the
  writer's own voice: "our" before the superlative and "ever" or "yet" after it ("our most powerful
  laptop ever", "our fastest chip yet"), or "we ... ever" and a verb of making after it ("the
  thinnest laptop we have ever built"); and, only in a text that already sells (urgency to buy or
  act, or a discount code) and is no reviewer's (the writer says they, or "we", tested or used it), a
  product ranked over the market ("the best upgrade you can buy", "the most revolutionary cooker
  ever made", "Nothing else comes close"), not in a sentence with the writer's "I" or "my" ("the
  best phone I have tested this year" is a review's verdict). A report's "the most expensive
  painting ever sold", "the largest storm ever recorded" and "our most-read stories" are none.
- (puff27) "the issuer's own puffery": marketing praise that describes nothing a reader could check
  ([puffery_words]: "revolutionary", "groundbreaking", "cutting-edge", "state-of-the-art",
  "next-generation", "transformative", "seamless"; "a leading innovator"; a product ranked over
  its trade, "the Industry's Most Advanced Orchard Robot", "the world's most immersive speaker"),
  said by the issuer of itself or its product: after "our" ("our cutting-edge platform") anywhere,
  and every such word in the issuer's own release (a press wire's dateline, "FOR IMMEDIATE
  RELEASE", an "About <issuer>" block: `issuer.issued_by_itself`), its headline too. Not in a
  report ("a state-of-the-art hospital opened on Monday", "what the company called a revolutionary
  battery") nor a reviewer's or a historian's judgement ("a groundbreaking 1962 study"), nor in a
  plain sense ("seamless steel pipes", "the Revolutionary Guards", "a groundbreaking ceremony").

- (link35) "urgency to buy or act" also: the writer's call to act on a link or a button with urgency or
  scarcity in its sentence or the next of its paragraph (`_link_call`: "Click the link below before
  midnight", "Order through the link below. Stock is limited.", "readers can get 50 percent off ...
  using the link below. The offer ends at midnight"); not "Details are at the link below", "The full
  report is linked below", a call with no hurry, "You can donate through the link below", "Apply
  before 31 March using the form below".

A shop's or a notice's plain words are not read: "Apply before 31 March", "Get your flu jab
before winter" (no verb of buying), "buy now, pay later" (a loan's name), "a 10x zoom", "10x
faster", "a guaranteed income pilot", "There is zero risk to the public" (a risk stated in a
clause with a verb), "No vaccine is 100% safe" (denied). Quotations are the caller's business:
a testimonial's words are its speaker's. Each class starts from a key word the text holds (a set
intersection with its vocabulary), so a text with none costs no more.
"""
from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import Callable, NamedTuple

from .issuer import issued_by_itself
from .lexicon import load_sections
from .text import Document

__all__ = ["DATA", "URGENCY", "RETURNS", "SAFETY", "ANYONE", "CROWD", "SUPERLATIVE", "PUFFERY", "may_hold", "pressures", "warm_up"]

DATA = "sales_pressure.txt"
URGENCY = "urgency to buy or act"
RETURNS = "promised returns"
SAFETY = "promised safety"
ANYONE = "promise that anyone can"
CROWD = "a crowd of satisfied buyers"
SUPERLATIVE = "a seller's superlative"
PUFFERY = "the issuer's own puffery"
_ISSUER_ONLY = "puffery, if the issuer's"  # (puff27) kept as PUFFERY only in the issuer's own text (`_keep_issuers`)
OUR_WINDOW = 2  # words from "our" to a puffery word ("our new cutting-edge platform")
_RANKED = "ranked over the market"  # (promo26) a superlative kept only where the text sells (`_keep_ranked`)
RANK_WINDOW = 6  # words after a superlative searched for a ranking phrase ("the best kitchen upgrade you can buy")
OWN_WINDOW = 14  # words after a superlative searched for "ever"/"yet" or "we ... ever built"
# (promo26) the writer says they tested or used the product: a reviewer's verdict, not a seller's claim
_REVIEWER_RE = re.compile(r"\b(?:i|we)(?:'ve| have)? (?:tested|reviewed|tried|used|been (?:using|testing|trying))\b"
                          r"|\bin (?:my|our) (?:testing|tests|review)\b|\b(?:my|our) verdict\b")
# (promo26) a discount code: the text sells
_CODE_RE = re.compile(r"\b(?:use|enter|apply) (?:the )?(?:promo |discount |coupon |voucher )?code\b|\b(?:promo|discount|coupon|voucher) code\b")
_SELLER_NEEDS = frozenset(("ever", "yet", "market", "buy", "get", "anywhere", "close", "compares", "best-ever"))
_WRITER_I = frozenset(("i", "i've", "i'm", "i'd", "my", "me"))
_NOT_AFTER_MOST = frozenset(("of", "likely", "people", "recent", "recently", "often", "common", "commonly", "notably", "read", "popular"))
IMPERATIVE_WINDOW = 10  # words after the imperative searched for its deadline or threat
NEVER_WINDOW = 6  # words between "never" and "again"
OFFER_WINDOW = 3  # words before "won't last", "ends" searched for the offer
_CLAUSE_MARKS = frozenset(",;:.!?()[]\u2014\u2013\"\u201c\u201d")
_MULTIPLIER_RE = re.compile(r"\d[\d,.]*x")
_NUMBER_RE = re.compile(r"\d[\d,.]*")
_WONT = frozenset(("won't", "wont"))


class _Tables(NamedTuple):
    words: dict[str, frozenset[str]]  # the one-word sections
    phrases: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # phrase sections: first word -> phrases, longest first
    keys: dict[str, str]  # key word -> the rule that starts from it
    probes: dict[str, tuple[str, ...]]  # rule -> texts one of which the text must hold (`_probes`)


_PHRASE_SECTIONS = ("before_phrases", "regret_phrases", "while_phrases", "too_phrases", "ranking_phrases", "no_rival_phrases",
                    "scarcity_phrases")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    sections = load_sections(DATA)
    words = {name: frozenset(w for line in lines for w in line.split())
             for name, lines in sections.items() if name not in _PHRASE_SECTIONS}
    phrases: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
    for name in _PHRASE_SECTIONS:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for line in sections[name]:
            ws = tuple(line.split())
            by_first.setdefault(ws[0], []).append(ws)
        phrases[name] = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
    keys = {w: "imperative" for w in words["buy_verbs"]}
    keys.update({w: "anyone" for w in words["anyone_words"]})
    keys.update({w: "safety" for w in words["safety_words"]})
    keys.update({w: "multiply" for w in words["multiply_verbs"]})
    keys.update({w: "crowd" for w in words["crowd_praise_words"]})
    keys.update({w: "superlative" for w in words["superlative_words"]})
    keys.update({w: "puffery" for w in words["puffery_words"]})
    keys.update({w: "puffery" for w in words["ranked_owner_words"]})
    keys.update({w.replace("'", "\u2019"): "puffery" for w in words["ranked_owner_words"]})
    keys["innovator"] = "puffery"
    keys.update({w: "link" for w in words["link_words"]})  # (link35)
    keys["here"] = "link"
    keys.update({"most": "superlative", "nothing": "match"})
    keys.update({"last": "last", "ends": "ends", "expires": "ends", "again": "again", "lifetime": "lifetime",
                 "once-in-a-lifetime": "lifetime", "limited": "limited", "limited-time": "limited",
                 "only": "only", "gone": "gone", "miss": "miss", "risk": "risk", "lose": "lose",
                 "guaranteed": "guaranteed", "too": "too", "you": "too", "about": "about"})
    return _Tables(words, phrases, keys, _probes(words, phrases))


def _probes(words: dict[str, frozenset[str]], phrases: dict[str, dict[str, tuple[tuple[str, ...], ...]]]) -> dict[str, tuple[str, ...]]:
    """Rule -> texts one of which the lower-cased text (apostrophes straight) must hold for the
    rule to be tried: the common key words ("only", "again", "last", "safe") mostly stand in no
    such phrase, and a substring test is cheaper than looking at each."""
    return {
        "last": ("n't last", "wont last", "not last"),
        "again": ("never", "come again", "come around again"),
        "only": tuple(w + " only" for w in sorted(words["only_times"])) + ("time only",),
        "gone": ("it's gone", "they're gone"),
        "miss": ("n't miss", "dont miss", "not miss"),
        "risk": ("zero risk", "no risk"),
        "about": ("about to",),
        "lose": ("can't lose", "cannot lose", "can not lose"),
        "safety": ("100%", "100 percent", "100 per cent"),
        "anyone": tuple(w + " can" for w in sorted(words["anyone_words"])),
        "multiply": tuple(w + " your" for w in sorted(words["multiply_verbs"])),
        "too": tuple(" ".join(p) for group in phrases["too_phrases"].values() for p in group),
        "crowd": tuple(f"{w} {n}" for w in sorted(words["crowd_praise_words"]) for n in sorted(words["buyer_nouns"])),
        "link": tuple(f"{w} {p}" for w in sorted(words["link_words"]) for p in ("below", "above", "at the"))
        + ("click here", "tap here"),
    }


def warm_up() -> None:
    _tables()


_LAST: list = [None, None]  # the last document read and its pressures (loaded language and the headline rule ask)


def pressures(doc: Document) -> list[tuple[int, int, str]]:
    """The sales pressure of the text as (first word, last word + 1, class), in order, not
    overlapping. Where they stand (a quotation, a testimonial) is left to the caller."""
    last = _LAST[0]() if _LAST[0] is not None else None
    if last is doc:
        return _LAST[1]
    found = _pressures(doc)
    _LAST[:] = [weakref.ref(doc), found]
    return found


def may_hold(text: str) -> bool:
    """Might a short text (a headline given apart from the text) hold sales pressure: one of the
    rules' key words, or a multiplier ("1000x")? (So that most titles need no reading.)"""
    t = _tables()
    lower = text.lower().replace("\u2019", "'")
    words = set(re.findall(r"[a-z0-9'-]+", lower))
    if any(w[:1].isdigit() and w.endswith("x") for w in words) or "x" in words:
        return True
    rules = {t.keys[w] for w in words.intersection(t.keys)}
    return any(not t.probes.get(rule) or any(p in lower for p in t.probes[rule]) for rule in rules)


def _pressures(doc: Document) -> list[tuple[int, int, str]]:
    t = _tables()
    vocabulary = doc.analysis.vocabulary
    keys = vocabulary.intersection(t.keys)
    numbers = [w for w in vocabulary if w[-1] == "x" and w[0].isdigit()] + (["x"] if "x" in vocabulary else [])
    if not keys and not numbers:
        return []  # most texts
    lower_text = doc.analysis.lower_text
    curly = "\u2019" in lower_text
    if curly:
        lower_text = lower_text.replace("\u2019", "'")
    keys = {k for k in keys if not (probes := t.probes.get(t.keys[k])) or any(p in lower_text for p in probes)}
    if _SELLER_NEEDS.isdisjoint(vocabulary):
        # (promo26) a seller's superlative needs "ever", "yet", "market", "buy", "get", "anywhere" or "close":
        # most texts with "most" or "best" hold none of them
        keys = {k for k in keys if t.keys[k] not in ("superlative", "match")}
    if not keys and not numbers:
        return []
    # (a curly apostrophe is read as a straight one: "won\u2019t" is "won't")
    lowers = [w.replace("\u2019", "'") for w in doc.lowers] if curly else doc.lowers
    found: dict[tuple[int, int], str] = {}
    for key in keys:
        for i in word_places(doc.lowers, key):
            span = _RULES[t.keys[key]](doc, lowers, t, i)
            if span is not None:
                found.setdefault(span[:2], span[2])
    for number in numbers:
        for i in word_places(doc.lowers, number):
            at = i - 1 if number == "x" else i  # "10,000x" is read as "10,000" "x"
            span = _multiplier(doc, lowers, t, at) if at >= 0 else None
            if span is not None:
                found.setdefault(span[:2], span[2])
    if _RANKED in found.values():
        _keep_ranked(doc, lowers, lower_text, found)
    if _ISSUER_ONLY in found.values():
        _keep_issuers(doc, found)
    merged: list[tuple[int, int, str]] = []
    for (a, b), what in sorted(found.items()):
        if merged and a < merged[-1][1]:  # overlapping: one term ("DON'T MISS THE NEXT 1000X")
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), merged[-1][2])
        else:
            merged.append((a, b, what))
    return merged


def word_places(lowers: list[str], word: str) -> list[int]:
    """Where `word` stands among the words (list.index, from one place to the next); also read by
    `xlplugin.conspiracy_tells`."""
    out: list[int] = []
    i = -1
    while True:
        try:
            i = lowers.index(word, i + 1)
        except ValueError:
            return out
        out.append(i)


# -- the shape of a sentence ------------------------------------------------------------------

def _gap(doc: Document, i: int) -> str:
    """The characters between word i - 1 and word i."""
    return doc.text[doc.token_ends[i - 1] : doc.token_starts[i]]


def _clause_start(doc: Document, lowers: list[str], i: int, openers: frozenset[str]) -> bool:
    """Does word i open its sentence or a clause (after a mark, a line break, or a word of
    `openers`: "Click the link and grab", "so buy")?"""
    if i == 0 or doc.token_sentences[i - 1] != doc.token_sentences[i]:
        return True
    gap = _gap(doc, i)
    return "\n" in gap or not _CLAUSE_MARKS.isdisjoint(gap) or lowers[i - 1] in openers


def _clause_end(doc: Document, i: int) -> bool:
    """Does word i end its sentence or a clause (a mark or a line break after it)?"""
    if i + 1 >= len(doc.lowers) or doc.token_sentences[i + 1] != doc.token_sentences[i]:
        return True
    gap = _gap(doc, i + 1)
    return "\n" in gap or not _CLAUSE_MARKS.isdisjoint(gap)


def _sentence_end(doc: Document, i: int) -> bool:
    """Does word i end its sentence (or a bracket, or a line)?"""
    if i + 1 >= len(doc.lowers) or doc.token_sentences[i + 1] != doc.token_sentences[i]:
        return True
    gap = _gap(doc, i + 1)
    return "\n" in gap or any(mark in gap for mark in ".!?)")


def _same_sentence(doc: Document, i: int, j: int) -> bool:
    return 0 <= j < len(doc.lowers) and doc.token_sentences[j] == doc.token_sentences[i]


def _phrase_at(doc: Document, lowers: list[str], i: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """The end of the longest phrase of `table` at word i, in i's sentence, or -1."""
    for phrase in table.get(lowers[i], ()) if i < len(lowers) else ():
        end = i + len(phrase)
        if _same_sentence(doc, i, end - 1) and tuple(lowers[i:end]) == phrase:
            return end
    return -1


def _offer_before(doc: Document, lowers: list[str], t: _Tables, i: int, window: int = OFFER_WINDOW) -> bool:
    """Is a word of [offer_nouns] among the `window` words before i, in its sentence?"""
    return any(_same_sentence(doc, i, j) and lowers[j] in t.words["offer_nouns"] for j in range(max(0, i - window), i))


def _denied_before(doc: Document, lowers: list[str], t: _Tables, i: int) -> bool:
    """Does a denial stand before word i in its sentence ("No vaccine is 100% safe")?"""
    j = i - 1
    while _same_sentence(doc, i, j):
        if lowers[j] in t.words["promise_denial_words"]:
            return True
        j -= 1
    return False


# -- 1. urgency to buy or act --------------------------------------------------------------------------

def _imperative(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """A verb of buying as an imperative with a deadline or a threat after it in its sentence."""
    if not _clause_start(doc, lowers, i, t.words["clause_openers"]):
        return None
    if lowers[i] == "hurry" and _clause_end(doc, i):
        return i, i + 1, URGENCY  # (promo26) "Hurry!", "Hurry, this offer ends Sunday"
    if not _same_sentence(doc, i, i + 1) or lowers[i + 1] not in t.words["object_starts"]:
        return None  # "Order was restored before midnight": a noun opening a sentence
    for j in range(i + 1, min(len(lowers), i + 1 + IMPERATIVE_WINDOW)):
        if not _same_sentence(doc, i, j):
            return None
        word = lowers[j]
        if word in t.words["soon_words"]:
            if j + 1 < len(lowers) and lowers[j + 1] in t.words["not_after_now"] and _same_sentence(doc, i, j + 1):
                return None  # "buy now, pay later": a loan's name
            return i, j + 1, URGENCY
        for mark, section in (("before", "before_phrases"), ("or", "regret_phrases"), ("while", "while_phrases")):
            if word == mark:
                end = _phrase_at(doc, lowers, j + 1, t.phrases[section])
                if end > 0:
                    if end < len(lowers) and lowers[end] == "or":  # "Buy before Monday or cry later"
                        end = max(end, _phrase_at(doc, lowers, end + 1, t.phrases["regret_phrases"]))
                    return i, end, URGENCY
    return None


def _last(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "This price won't last", "These prices will not last long"."""
    if i >= 1 and lowers[i - 1] in _WONT:
        neg = i - 1
    elif i >= 2 and lowers[i - 2] == "will" and lowers[i - 1] == "not":
        neg = i - 2
    else:
        return None
    if not _offer_before(doc, lowers, t, neg):
        return None
    return _start_of_offer(lowers, t, neg), i + 1, URGENCY


def _start_of_offer(lowers: list[str], t: _Tables, i: int, window: int = OFFER_WINDOW) -> int:
    """The offer's noun before i (for the evidence to show it: "This price won't last")."""
    for j in range(i - 1, max(-1, i - 1 - window), -1):
        if lowers[j] in t.words["offer_nouns"]:
            return j
    return i


def _ends(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "Offer ends tonight", "the sale ends at midnight", "Deal expires Sunday"."""
    if not _offer_before(doc, lowers, t, i, 2):
        return None
    j = i + 1
    if j < len(lowers) and lowers[j] in ("at", "on", "by") and _same_sentence(doc, i, j):
        j += 1
    if _same_sentence(doc, i, j) and lowers[j] in t.words["deadline_words"]:
        return _start_of_offer(lowers, t, i), j + 1, URGENCY
    return None


def _again(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "You will never see these prices again"; "A chance like this won't come (around) again"."""
    k = i - 1
    if _same_sentence(doc, i, k) and lowers[k] == "around":
        k -= 1
    if _same_sentence(doc, i, k) and lowers[k] == "come" and _same_sentence(doc, i, k - 1) and lowers[k - 1] in _WONT:
        if _offer_before(doc, lowers, t, k - 1, OFFER_WINDOW + 1):
            return _start_of_offer(lowers, t, k - 1, OFFER_WINDOW + 1), i + 1, URGENCY
        return None
    for j in range(i - 1, max(-1, i - 1 - NEVER_WINDOW), -1):
        if not _same_sentence(doc, i, j):
            return None
        if lowers[j] == "never" and j + 1 < i and lowers[j + 1] in t.words["seeing_verbs"]:
            if any(lowers[m] in t.words["offer_nouns"] for m in range(j + 2, i)):
                return j, i + 1, URGENCY
            return None
    return None


def _lifetime(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "a once in a lifetime opportunity", "a once-in-a-lifetime deal" (not "trip")."""
    if lowers[i] == "lifetime":
        if i < 3 or tuple(lowers[i - 3 : i]) != ("once", "in", "a"):
            return None
        first = i - 3
    else:
        first = i
    j = i + 1
    if _same_sentence(doc, i, j) and lowers[j] in t.words["offer_nouns"] | {"investment", "investments"}:
        return first, j + 1, URGENCY
    return None


def _limited(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "a limited time offer", "a limited-time deal", "for a limited time only"."""
    j = i + 1 if lowers[i] == "limited-time" else i + 2
    if lowers[i] == "limited" and not (_same_sentence(doc, i, i + 1) and lowers[i + 1] == "time"):
        return None
    if lowers[i] == "limited" and i >= 3 and lowers[i - 3 : i] == ["only", "for", "a"] and _same_sentence(doc, i, i - 3):
        return i - 3, i + 2, URGENCY  # (promo26) "only for a limited time"
    if _same_sentence(doc, i, j) and lowers[j] in t.words["offer_nouns"]:
        return i, j + 1, URGENCY
    if _same_sentence(doc, i, j) and lowers[j] == "only":
        return i, j + 1, URGENCY
    return None


def _only(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "today only", "for the next 48 hours only", "this weekend only"."""
    k = i - 1
    if not _same_sentence(doc, i, k) or lowers[k] not in t.words["only_times"]:
        return None
    if lowers[k] in ("today", "tonight"):
        return k, i + 1, URGENCY
    for j in range(k - 1, max(-1, k - 4), -1):  # "for the next 48 hours", "this weekend"
        if not _same_sentence(doc, i, j):
            return None
        if lowers[j] in ("next", "this"):
            return j, i + 1, URGENCY
    return None


def _gone(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "Once the timer hits zero, it's gone." (an offer's or a timer's sentence opening with "once")."""
    if i < 1 or lowers[i - 1] not in ("it's", "they're") or not _clause_end(doc, i):
        return None
    sentence = doc.sentences[doc.token_sentences[i]]
    words = lowers[sentence.first_token : i]
    if not words or words[0] != "once":
        return None
    if t.words["timer_words"].isdisjoint(words) and t.words["offer_nouns"].isdisjoint(words):
        return None
    return sentence.first_token, i + 1, URGENCY


def _miss(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "Don't miss the next 1000x", "Don't miss this chance" ("Don't miss out" is listed)."""
    if i >= 1 and lowers[i - 1] in ("don't", "dont"):
        first = i - 1
    elif i >= 2 and tuple(lowers[i - 2 : i]) == ("do", "not"):
        first = i - 2
    else:
        return None
    nxt = lowers[i + 1 : i + 3] if _same_sentence(doc, i, i + 2) else []
    if len(nxt) == 2 and (nxt[0] in ("the", "this", "your") and (nxt[1] == "next" or nxt[1] in t.words["offer_nouns"])):
        return first, i + 3, URGENCY
    return None


# (link35) a call to act on a link or a button, with urgency or scarcity ----------------------------

_LINK_PLACES = frozenset(("below", "above"))
_PAGE_WORDS = frozenset(("article", "page", "post", "story", "email", "e-mail", "message", "piece"))
_READER_MODALS = frozenset(("can", "could", "should", "must", "will", "may"))
SUBJECT_WINDOW = 4  # words from the reader to the modal ("readers of this site can")


def _link_place(doc: Document, lowers: list[str], i: int) -> int:
    """The end of a place where the text puts a link at word i ("link below", "button above", "linked
    below", "link at the bottom of this article", "Click here"), or -1."""
    word = lowers[i]
    if word == "here":
        return i + 1 if i >= 1 and lowers[i - 1] in ("click", "tap") and _same_sentence(doc, i, i - 1) else -1
    j = i + 1
    if not _same_sentence(doc, i, j):
        return -1
    if lowers[j] in _LINK_PLACES:
        return j + 1
    # "at the bottom of this article", "at the top of the page"
    if word != "linked" and j + 5 < len(lowers) and _same_sentence(doc, i, j + 5) and lowers[j:j + 2] == ["at", "the"] \
            and lowers[j + 2] in ("bottom", "top", "end", "foot") and lowers[j + 3] == "of" and lowers[j + 4] in ("this", "the") \
            and lowers[j + 5] in _PAGE_WORDS:
        return j + 6
    return -1


def _link_call_start(doc: Document, lowers: list[str], t: _Tables, i: int) -> int:
    """The first word of the writer's call that puts the link at word i to use, or -1: an imperative of
    [link_call_verbs] or [buy_verbs] opening its clause before it in its sentence ("Click the link below",
    "Order through the link below", "Just tap the button below"), "Click here", or the reader as the
    subject of a modal ("you can claim yours using the link below", "Readers can ... through the link at
    the bottom of this article"). None where the sentence gives, applies, registers or reads
    ([link_not_selling_verbs])."""
    sentence = doc.sentences[doc.token_sentences[i]]
    first = sentence.first_token
    if not t.words["link_not_selling_verbs"].isdisjoint(lowers[first:sentence.last_token]):
        return -1
    if lowers[i] == "here":
        return i - 1 if _clause_start(doc, lowers, i - 1, t.words["clause_openers"]) else -1
    verbs = t.words["link_call_verbs"] | t.words["buy_verbs"]
    for k in range(first, i):
        if lowers[k] in verbs and _clause_start(doc, lowers, k, t.words["clause_openers"]):
            return k
        if lowers[k] in t.words["link_reader_subjects"] and any(lowers[m] in _READER_MODALS for m in range(k + 1, min(i, k + 1 + SUBJECT_WINDOW))):
            return k  # "you can", "readers of this site can"
    return -1


def _hurry_at(doc: Document, lowers: list[str], t: _Tables, j: int, own: bool) -> int:
    """The end of urgency or scarcity at word j, or -1: "before" and a [before_phrases] entry ("before
    midnight", "before they take it down"), "while" and a [while_phrases] entry, a [scarcity_phrases]
    entry ("stock is limited"), "only 200 left", an offer that ends ("The offer ends at midnight"); right
    after the link (`own`) also a word of [soon_words] ("Click the link below now"; not "You can now see
    the map at the link above")."""
    word = lowers[j]
    if word == "before" or word == "while":
        end = _phrase_at(doc, lowers, j + 1, t.phrases["before_phrases" if word == "before" else "while_phrases"])
        return end
    if word in t.phrases["scarcity_phrases"]:
        return _phrase_at(doc, lowers, j, t.phrases["scarcity_phrases"])
    if word in ("only", "just") and j + 2 < len(lowers) and _NUMBER_RE.fullmatch(lowers[j + 1]) \
            and lowers[j + 2] in ("left", "remaining") and _same_sentence(doc, j, j + 2):
        return j + 3
    if word in ("ends", "expires"):
        span = _ends(doc, lowers, t, j)
        return span[1] if span is not None else -1
    if own and word in t.words["soon_words"]:
        return j + 1
    return -1


SOON_WINDOW = 2  # words after the link's place where "now", "today" is the call's hurry ("Click the link below now")


def _link_call(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """(link35) The writer's call to act on a link or a button, with urgency or scarcity in its sentence
    or the next one of its paragraph ("Click the link below before midnight", "Share the link below
    before they take it down", "Order through the link below. Stock is limited."): one push to buy or
    act. The span runs to the hurry where it stands in the call's sentence (so a listed cue in it,
    "before they delete", counts once), else to the link."""
    place = _link_place(doc, lowers, i)
    if place < 0:
        return None
    start = _link_call_start(doc, lowers, t, i)
    if start < 0:
        return None
    k = doc.token_sentences[i]
    here = doc.sentences[k]
    after = doc.sentences[k + 1] if k + 1 < len(doc.sentences) and doc.sentences[k + 1].paragraph == here.paragraph else None
    for j in range(start, after.last_token if after is not None else here.last_token):
        end = _hurry_at(doc, lowers, t, j, place <= j < min(here.last_token, place + SOON_WINDOW))
        if end > 0:
            return (start, end if j < here.last_token else place, URGENCY)
    return None


# -- 2. promised returns --------------------------------------------------------------------------

def _multiplier_at(doc: Document, lowers: list[str], i: int) -> int:
    """The end of a multiplier written at word i ("1000x", "10,000x" read as "10,000" "x"), or -1.
    A hashtag ("#100x") is no multiplier in prose."""
    start = doc.token_starts[i]
    if start and doc.text[start - 1] in "#$":
        return -1
    if _MULTIPLIER_RE.fullmatch(lowers[i]):
        return i + 1
    if _NUMBER_RE.fullmatch(lowers[i]) and i + 1 < len(lowers) and lowers[i + 1] == "x" \
            and doc.token_starts[i + 1] == doc.token_ends[i]:
        return i + 2
    return -1


def _multiplier(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """A multiplier promised: "will 1000x", "the next 1000x", "a 100x gem", "a 10,000x from here"."""
    end = _multiplier_at(doc, lowers, i)
    if end < 0:
        return None
    before = lowers[i - 1] if _same_sentence(doc, i, i - 1) else ""
    after = lowers[end] if _same_sentence(doc, i, end) else ""
    if before in t.words["promise_modal_words"] and (not after or _clause_end(doc, end - 1) or after in ("from", "in", "by", "this")):
        return i - 1, end, RETURNS  # "will 1000x", "could 10x this year"
    if before in t.words["next_words"]:
        return i - 1, end, RETURNS  # "the next 1000x"
    if after in t.words["hype_nouns"]:
        return i, end + 1, RETURNS  # "a 100x gem"
    if before in ("a", "an", "another") and (after == "from" or _clause_end(doc, end - 1)):
        return i - 1, end, RETURNS  # "that's a 10,000x from here"
    return None


def _about(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "$MOONPAW is about to explode", "this coin is about to moon": a rise promised for a
    ticker ("$" before its name) or a coin or token, not "the population is about to explode"."""
    if not _same_sentence(doc, i, i + 2) or lowers[i + 1] != "to" or lowers[i + 2] not in t.words["gain_verbs"]:
        return None
    for j in range(i - 1, max(-1, i - 1 - OFFER_WINDOW), -1):
        if not _same_sentence(doc, i, j):
            break
        start = doc.token_starts[j]
        if lowers[j] in t.words["hype_nouns"] or start and doc.text[start - 1] == "$" and lowers[j][:1].isalpha():
            return j, i + 3, RETURNS
    return None


def _guaranteed(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "guaranteed profits", "guaranteed to double", "100% guaranteed" (`_safety`)."""
    if _denied_before(doc, lowers, t, i):
        return None
    j = i + 1
    if _same_sentence(doc, i, j) and lowers[j] in t.words["guarantee_objects"]:
        return i, j + 1, RETURNS
    if _same_sentence(doc, i, j + 1) and lowers[j] == "to" and lowers[j + 1] in t.words["gain_verbs"]:
        return i, j + 2, RETURNS
    return _safety(doc, lowers, t, i)


def _multiply(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "double your money", "triple your savings"."""
    if _same_sentence(doc, i, i + 2) and lowers[i + 1] == "your" and lowers[i + 2] in t.words["money_nouns"]:
        return i, i + 3, RETURNS
    return None


def _safety(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "(100% safe)", "100 percent guaranteed", "100% risk-free", not denied before."""
    if i >= 2 and lowers[i - 1] in ("percent", "per") and lowers[i - 2] == "100":
        first = i - 2
    elif i >= 3 and tuple(lowers[i - 3 : i]) == ("100", "per", "cent"):
        first = i - 3
    elif i >= 1 and lowers[i - 1] == "100" and _gap(doc, i).strip() == "%":
        first = i - 1
    else:
        return None
    if not _same_sentence(doc, i, first) or _denied_before(doc, lowers, t, first):
        return None
    return first, i + 1, SAFETY


def _risk(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "Zero inventory, zero risk.": a risk waved away in a clause of its own, with no verb
    ("There is zero risk to the public" states one)."""
    if i < 1 or lowers[i - 1] not in ("zero", "no") or not _same_sentence(doc, i, i - 1):
        return None
    if not _clause_start(doc, lowers, i - 1, frozenset()) or not _clause_end(doc, i):
        return None
    return i - 1, i + 1, SAFETY


def _lose(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "You can't lose", "you cannot lose"."""
    if i >= 2 and lowers[i - 1] in ("can't", "cannot") and lowers[i - 2] == "you":
        return i - 2, i + 1, RETURNS
    if i >= 3 and tuple(lowers[i - 3 : i]) == ("you", "can", "not"):
        return i - 3, i + 1, RETURNS
    return None


# -- 3. the promise that anyone can ---------------------------------------------------------------

def _anyone(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "Literally anyone can do this.", "If I can do it, anyone can.", "anybody can learn it too"."""
    if not _same_sentence(doc, i, i + 1) or lowers[i + 1] != "can" or _denied_before(doc, lowers, t, i):
        return None  # ("I don't think anyone can, or should, ...")
    if _sentence_end(doc, i + 1):
        return i, i + 2, ANYONE  # "If I can do it, anyone can."
    j = i + 2
    if lowers[j] in t.words["doing_verbs"] and _same_sentence(doc, i, j + 1) and lowers[j + 1] in t.words["doing_objects"]:
        end = j + 2
        if _clause_end(doc, j + 1) or (_same_sentence(doc, i, end) and lowers[end] == "too"):
            return i, end, ANYONE
    return None


def _too(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "(And How You Can Too!)", "so can you", "you can do it too", at its clause's end (found
    from its last word, "too" or "you")."""
    for start in range(max(0, i - 4), i + 1):
        end = _phrase_at(doc, lowers, start, t.phrases["too_phrases"])
        if end == i + 1 and _clause_end(doc, i):
            return start, end, ANYONE
    return None


# -- 5. a crowd of satisfied buyers (labels35) ------------------------------------------------------

_COUNT_RE = re.compile(r"\d[\d,.]*(?:k|m)?\+?")


def _crowd(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "Thousands of satisfied customers", "Join 50,000 happy users": a word of
    [crowd_praise_words] before a noun of [buyer_nouns], after a vague count and "of" ([crowd_counts]:
    "thousands of", "tens of thousands of") or a number in figures, in its sentence."""
    if not _same_sentence(doc, i, i + 1) or lowers[i + 1] not in t.words["buyer_nouns"]:
        return None
    if _same_sentence(doc, i, i - 2) and lowers[i - 1] == "of" and lowers[i - 2] in t.words["crowd_counts"]:
        return i - 2, i + 2, CROWD
    if _same_sentence(doc, i, i - 1) and _COUNT_RE.fullmatch(lowers[i - 1]):
        return i - 1, i + 2, CROWD
    return None


# -- 6. (promo26) a seller's superlative -------------------------------------------------------------

def _superlative(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "our most powerful laptop ever", "the thinnest laptop we have ever built" (the seller's own
    product); "the best upgrade you can buy", "the most revolutionary cooker ever made" (ranked over
    the market: `_RANKED`, kept only where the text sells)."""
    first = i
    if lowers[i] == "most":
        if not _same_sentence(doc, i, i + 1) or lowers[i + 1] in _NOT_AFTER_MOST or not lowers[i + 1].isalpha():
            return None
        if doc.token_starts[i + 1] == doc.token_ends[i]:
            return None  # "most-read": hyphenated, a list's name
    if _same_sentence(doc, i, i - 1) and lowers[i - 1] == "our":
        first = i - 1
        for j in range(i + 1, min(len(lowers), i + OWN_WINDOW)):
            if not _same_sentence(doc, i, j):
                break
            if lowers[j] in ("ever", "yet"):
                return first, j + 1, SUPERLATIVE
        if lowers[i] == "best-ever":
            return first, i + 2 if _same_sentence(doc, i, i + 1) else i + 1, SUPERLATIVE
    seen_we = False
    for j in range(i + 1, min(len(lowers) - 1, i + OWN_WINDOW)):
        if not _same_sentence(doc, i, j + 1):
            break
        if lowers[j] in ("we", "we've"):
            seen_we = True
        elif seen_we and lowers[j] == "ever" and lowers[j + 1] in t.words["making_verbs"]:
            return first, j + 2, SUPERLATIVE
    for j in range(i + 1, min(len(lowers), i + 1 + RANK_WINDOW)):
        if not _same_sentence(doc, i, j):
            break
        end = _phrase_at(doc, lowers, j, t.phrases["ranking_phrases"])
        if end > 0:
            return first, end, _RANKED
    return None


def _match(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "Nothing else comes close", "Nothing on the market comes close" (`_RANKED`)."""
    end = _phrase_at(doc, lowers, i, t.phrases["no_rival_phrases"])
    return (i, end, _RANKED) if end > 0 else None


def _keep_ranked(doc: Document, lowers: list[str], lower_text: str, found: dict[tuple[int, int], str]) -> None:
    """A product ranked over the market is a seller's superlative only in a text that sells (urgency
    to buy or act, a discount code), is no review (the writer tested or used it), and not in a
    sentence with the writer's "I" or "my"; otherwise it is dropped."""
    sells = URGENCY in found.values() or _CODE_RE.search(lower_text) is not None
    reviewer = _REVIEWER_RE.search(lower_text) is not None
    for span, what in list(found.items()):
        if what != _RANKED:
            continue
        sentence = doc.sentences[doc.token_sentences[span[0]]]
        words = lowers[sentence.first_token : sentence.last_token]
        if sells and not reviewer and _WRITER_I.isdisjoint(words):
            found[span] = SUPERLATIVE
        else:
            del found[span]


# -- 7. (puff27) the issuer's own puffery ----------------------------------------------------------

def _puffery(doc: Document, lowers: list[str], t: _Tables, i: int) -> tuple[int, int, str] | None:
    """ "our cutting-edge platform" (PUFFERY); "a revolutionary robot", "a leading innovator in",
    "the Industry's Most Advanced Orchard Robot" (`_ISSUER_ONLY`: kept in the issuer's own text)."""
    word = lowers[i]
    if word == "innovator":
        if _same_sentence(doc, i, i - 1) and lowers[i - 1] in t.words["innovator_words"]:
            return i - 1, i + 1, _ISSUER_ONLY
        return None
    if word in t.words["puffery_words"]:
        plain = t.words["puffery_plain_after"]
        if any(_same_sentence(doc, i, j) and lowers[j] in plain for j in (i + 1, i + 2)):
            return None  # "the Revolutionary Guards", "seamless steel pipes", "a groundbreaking ceremony"
        for j in range(i - 1, i - 1 - OUR_WINDOW, -1):
            if not _same_sentence(doc, i, j) or _clause_start(doc, lowers, j + 1, frozenset()):
                break  # ("our plans, cutting-edge or not": a mark between)
            if lowers[j] == "our":
                return j, i + 1, PUFFERY
        return i, i + 1, _ISSUER_ONLY
    # "the industry's most advanced", "the world's fastest" (a curly apostrophe read as straight in `lowers`)
    if not _same_sentence(doc, i, i + 1):
        return None
    nxt = lowers[i + 1]
    first = i - 1 if _same_sentence(doc, i, i - 1) and lowers[i - 1] == "the" else i
    if nxt in t.words["superlative_words"]:
        return first, i + 2, _ISSUER_ONLY
    if nxt == "most" and _same_sentence(doc, i, i + 2) and lowers[i + 2].isalpha() and lowers[i + 2] not in _NOT_AFTER_MOST:
        return first, i + 3, _ISSUER_ONLY
    return None


def _keep_issuers(doc: Document, found: dict[tuple[int, int], str]) -> None:
    """Puffery with no "our" is the issuer's only in its own release (`issuer.issued_by_itself`);
    otherwise it is a report's or a critic's word, and dropped."""
    own = issued_by_itself(doc)
    for span, what in list(found.items()):
        if what == _ISSUER_ONLY:
            if own:
                found[span] = PUFFERY
            else:
                del found[span]


_RULES: dict[str, Callable[[Document, list[str], _Tables, int], tuple[int, int, str] | None]] = {
    "imperative": _imperative, "last": _last, "ends": _ends, "again": _again, "lifetime": _lifetime,
    "limited": _limited, "only": _only, "gone": _gone, "miss": _miss, "guaranteed": _guaranteed,
    "multiply": _multiply, "safety": _safety, "about": _about, "risk": _risk, "lose": _lose, "anyone": _anyone, "too": _too,
    "crowd": _crowd, "superlative": _superlative, "match": _match, "puffery": _puffery, "link": _link_call,
}

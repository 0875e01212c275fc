"""(kinds40) A site's own page written in plain sentences, with no heading, field line or markup to tell it: a
help centre's how-to ("Go to Settings and select Turn on"), a council's service page ("Please put your bins out by
6.30am"), a club's or a course's page offering the reader a place ("Membership starts at £25 a month", "your first
two rehearsals are free", "To book your place, enrol online") and a what's-on page of events each told in a sentence
("The book group meets at the Plough on Thursday 8 October at 7.30pm."). Read by `xlplugin.kinds` (kinds.txt's
kinds40 block), each a "not an article" cue.

What tells them from an article of the same shape (a newspaper's service piece with its steps, a report on a club
quoting its fees, a report on a library's hours naming a session's time) is the reporting: a page written for its
reader by the organisation that runs the service reports no one. Each measure holds only where the text reports at
most one person ("said", "told", "according to": REPORTING_MAX lines), and the how-to only where the writer does
not speak as "I" (a columnist who walks the reader through a help page). Every phrase is read in the writer's own
words (`own`: quotations blanked), in lower case.

Pure Python, part of the core: nothing here imports an adapter.
(kinds41) Two look-alikes keep their kinds: an unsigned explainer that walks the reader through steps is told by
speaking from outside the service (no "we", "our", "contact us") and placing the steps in the news ("announced",
"came into force last week": `news_explainer`); a critic's listings column, a what's-on page in shape, by the
writer's verdicts on the events (`critic_verdicts`: opinion or analysis).

Blind spots: English only; a newspaper's explainer with no quotation and no "said" that walks the reader through
steps in the second person and never says when ("Go to the website and enter your postcode") still reads as a
how-to, which withholds its index (the measure needs a high rate of "you", several steps, no byline of a person's:
kinds.py); a venue that runs down one of its own events, or writes its programme as "I", reads as a critic.
"""

from __future__ import annotations

import re

__all__ = ["reader_instructions", "news_explainer", "place_offer", "event_sentences", "critic_verdicts", "reporting_lines"]

REPORTING_MAX = 1  # lines of the text that report someone: a page written for its reader reports no one
_REPORTING_RE = re.compile(r"\b(?:said|says|told|according to|announced|reported|added|explained|confirmed)\b")

# --- a how-to or a service page: the reader told what to do, as "you", step by step

_YOU_RE = re.compile(r"\b(?:you|your|yours|yourself)\b")
_I_RE = re.compile(r"(?<![\w'\u2019])(?:i|i'm|i've|i'd|i'll|i\u2019m|i\u2019ve|me|my|myself)(?![\w'\u2019])")
# an instruction: an imperative opening a sentence, a line or a numbered step ("Select Forgot password.", "2. Enter
# your postcode", "Then click Save"), or closing a "To <do this>," clause ("To start a refund, go to My account")
_STEP_VERBS = (r"(?:click|tap|select|choose|go to|open|enter|type|sign in to|sign in|log in to|log in|press|follow|pick|scroll"
               r"|find|search for|upload|download|fill in|fill out|complete|update|contact|call|email|e-mail|visit|check"
               r"|wait|make sure|remember to|put|apply|pay|report|register|book|enrol|enroll|sign up|turn on|turn off"
               r"|switch on|switch off|add|remove|save|return|send|use|bring|let us know|ask|see)")
_STEP_RE = re.compile(rf"(?:^|\n|[.!?:]\s+)[ \t]*(?:\d{{1,2}}[.)][ \t]*|[-*\u2022][ \t]*)?(?:then,? |next,? |please |just |simply )?{_STEP_VERBS}\b")
_TO_DO_RE = re.compile(rf"(?:^|\n|[.!?]\s+)[ \t]*(?:to|if|when|once|before|after) [a-z][^.\n,]{{2,80}}, (?:please |just |simply )?{_STEP_VERBS}\b")
# what the reader can, must or need not do ("you can report a missed bin online", "you will need your registration
# number", "you don't need to send it back")
_YOU_MODAL_RE = re.compile(r"\byou(?:'ll|\u2019ll)? (?:can|can't|can\u2019t|cannot|will need|need to|must|may (?:still |also )?(?:need|be able"
                           r"|have to|qualify|get)|will be able|won't|won\u2019t|don't need|don\u2019t need|do not need|will have to"
                           r"|have to|should)\b")
YOU_MIN = 8
YOU_RATE = 30.0  # "you" words per 1,000 words of the text
STEPS_MIN = 2
MODALS_MIN = 4  # (or, with fewer steps, this many of the reader's modals: a service page says what you can and must do)
INSTRUCTIONS_MIN = 5  # steps and the reader's modals together
I_MAX = 2


def reporting_lines(text: str, most: int = REPORTING_MAX) -> int:
    """How many lines of the text report someone ("said", "told", "according to"), counted up to one more than `most`
    (where the count stops: a report has many)."""
    lines, last = 0, -2  # (rfind gives -1 on the first line)
    for match in _REPORTING_RE.finditer(text):
        start = text.rfind("\n", 0, match.start())
        if start != last:
            lines, last = lines + 1, start
            if lines > most:
                break
    return lines


def _reports(text: str) -> bool:
    return reporting_lines(text) > REPORTING_MAX


def reader_instructions(own: str, text: str, word_count: int) -> str | None:
    """The writer tells the reader, as "you", what to do, step by step (STEPS_MIN imperatives or more opening a
    sentence, a line or a numbered step, or MODALS_MIN of the reader's modals, INSTRUCTIONS_MIN in all: "you can", "you will need",
    "you must"), "you" YOU_MIN times or more and YOU_RATE per 1,000 words, "I" at most I_MAX times, and reports at most
    REPORTING_MAX lines: a help centre's how-to or a service's own page. `own` and `text` lower-cased."""
    if _reports(text):
        return None
    you = len(_YOU_RE.findall(own))
    if you < YOU_MIN or you * 1000 < YOU_RATE * max(word_count, 1):
        return None
    steps = len(_STEP_RE.findall(own)) + len(_TO_DO_RE.findall(own))
    modals = len(_YOU_MODAL_RE.findall(own))
    if (steps < STEPS_MIN and modals < MODALS_MIN) or steps + modals < INSTRUCTIONS_MIN:
        return None
    if len(_I_RE.findall(own)) > I_MAX:
        return None
    return f"you or your {you} times, {steps} steps and {modals} things the reader can or must do, no one reported"


# (kinds41) an explainer is written to "you" with steps too, but from outside the service it explains: it never speaks
# as the service ("we", "our", "contact us": a help centre's or a council's own page does) and it places the steps in
# the news, in the time of events ("the rebate announced in last month's budget", "the rules that came into force
# last week", "from 6 April"), where a service's page is timeless
_SERVICE_VOICE_RE = re.compile(r"(?<![\w'\u2019])(?:we|we'll|we've|we're|we'd|we\u2019ll|we\u2019ve|we\u2019re|us|our|ours)(?![\w'\u2019])")
_NEWS_TIME_RE = re.compile(
    r"\b(?:announced|unveiled|introduced (?:in|on|last|this)|came into (?:force|effect)|comes? into (?:force|effect)"
    r"|takes? effect|took effect|was launched|were launched|(?:in|at) (?:the|last|this) (?:year's |month's |week's |spring |autumn )?budget"
    r"|(?:last|earlier this|later this) (?:week|month|year|winter|summer|spring|autumn)(?:'s|\u2019s)?|yesterday"
    r"|from (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?: \d{1,2})?(?:,? \d{4})?\b(?! (?:to|until|-|\u2013) ))")
SERVICE_VOICE_MAX = 1  # (one "we" is a turn of phrase, "we explain"; a service's own page says "we", "our", "us" more)
NEWS_TIME_MIN = 2


def news_explainer(own: str) -> str | None:
    """The how-to's steps are an explainer's: the writer never speaks as the service (at most SERVICE_VOICE_MAX of "we",
    "our", "us") and places them in the news NEWS_TIME_MIN times or more ("announced", "came into force", "last
    month", "from 6 April"). `own` lower-cased. The cue a reader uses to tell a paper's "How to claim the new rebate"
    from the help page of the office that pays it."""
    if len(_SERVICE_VOICE_RE.findall(own)) > SERVICE_VOICE_MAX:
        return None
    found = [" ".join(m[0].split()) for m in _NEWS_TIME_RE.finditer(own)]
    if len(found) < NEWS_TIME_MIN:
        return None
    return "; ".join(dict.fromkeys(found))


# --- a club's, a choir's, a course's or a school's page offering the reader a place: fees, meeting times, a welcome

_MONEY = r"[\u00a3$\u20ac]\s?\d"
_OFFER_RE = re.compile(
    # the fee ("Membership starts at £25 a month", "Annual membership is £40", "Subscriptions are £60 a term", "The
    # course fee is £185")
    rf"\b(?:annual |yearly |monthly |adult |junior )?(?:membership|memberships|subscriptions?|subs|course fees?|tuition fees?"
    rf"|class fees?|the fee)(?: fees?| subscriptions?| costs?)? (?:costs?|starts? at|starts? from|is|are)(?: only| just)? "
    rf"(?:[^.\n]{{0,20}}?){_MONEY}"
    # when it meets ("We meet every Tuesday evening", "Rehearsals are on Wednesday evenings", "Classes run on
    # Thursday evenings", "Junior sessions are held on Saturday mornings")
    r"|\bwe meet (?:every|on|each|weekly|fortnightly|monthly|twice|once)\b"
    r"|\b(?:rehearsals|sessions|classes|club nights?|practices|practice nights?|training sessions|training nights?|meetings)"
    r" (?:are|run|take place|are held|start|begin)(?: on| every| each| weekly| from)\b"
    # the welcome ("new singers are always welcome", "we welcome beginners", "beginners welcome")
    r"|\bnew (?:members|singers|players|volunteers|learners|riders|rowers|runners|walkers|dancers|swimmers|knitters|faces)"
    r" (?:are )?(?:always |very |most |warmly )?welcome\b"
    r"|\bwe (?:always |warmly )?welcome (?:new members|beginners|newcomers|players|singers|people|anyone|everyone)\b"
    r"|\b(?:beginners|newcomers|all abilities|all ages|all levels) (?:are )?(?:always |very |most )?welcome\b"
    # a first try for free, no experience needed ("Your first two rehearsals are free", "come along to a taster
    # session", "No experience needed", "You don't need to read music")
    r"|\byour first (?:\w+ )?(?:visits?|sessions?|rehearsals?|classes|class|lessons?|nights?|weeks?|swim|ride|run) (?:is|are) free\b"
    r"|\b(?:come along|come and try|why not come|why not try|give it a try|give (?:rowing|singing|chess|running|it) a try)\b"
    r"|\btaster (?:sessions?|days?|classes?|evenings?)\b|\bno (?:previous )?experience (?:is )?(?:needed|necessary|required)\b"
    r"|\byou (?:don't|don\u2019t|do not) need (?:any )?(?:experience|to (?:read music|book|have (?:sung|played|done)|be an? ))"
    r"|\bthere are no entry requirements\b|\bno entry requirements\b"
    # how to take a place ("To book your place, enrol online", "places are limited", "open evenings", "to arrange a
    # tour")
    r"|\b(?:to book your place|enrol (?:online|now|today)|enroll (?:online|now|today)|places are limited"
    r"|(?:we hold|come to (?:one of )?our) open (?:evenings?|days?|mornings?)|to arrange a (?:visit|tour)"
    r"|(?:how|want|like) to join(?: us| the (?:club|choir|society|group|team))?)\b")
OFFERS_MIN = 3


def place_offer(own: str, text: str) -> str | None:
    """The writer offers the reader a place in its club, choir, course or school in its own words, three times or more
    (OFFERS_MIN: its fee, when it meets, a welcome to newcomers, a free first try, how to book or enrol: `_OFFER_RE`),
    and reports at most REPORTING_MAX lines. `own` and `text` lower-cased."""
    if _reports(text):
        return None
    found = [" ".join(m[0].split())[:30] for m in _OFFER_RE.finditer(own)]
    if len(found) < OFFERS_MIN:
        return None
    return "; ".join(found[:3])


# --- a what's-on page in sentences: each paragraph an event with its day or date and its clock time

_TIME_RE = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\bnoon\b|\bmidday\b")
_DAY_RE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:daily|weekends?|nightly|weekdays?)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[ \t]+\d{1,2}\b")
EVENT_SENTENCES_MIN = 3
EVENT_SENTENCE_CHARS = (25, 320)  # a paragraph that tells one event: a line of a sentence or three
EVENT_SENTENCES_SHARE = 0.6  # of the text's paragraphs of 40 characters or more


def event_sentences(text: str) -> str | None:
    """Three or more paragraphs (EVENT_SENTENCES_MIN), most of the text's (EVENT_SENTENCES_SHARE), each telling an
    event in a sentence or three with its day or date and its clock time ("Harvest supper, Saturday 17 October, 7pm in
    the village hall."), and at most REPORTING_MAX lines reporting someone: a what's-on page. `text` lower-cased."""
    if _reports(text):
        return None
    paragraphs = [line.strip() for line in text.split("\n") if len(line.strip()) >= 40]
    if len(paragraphs) < EVENT_SENTENCES_MIN:
        return None
    low, high = EVENT_SENTENCE_CHARS
    events = [p for p in paragraphs if low <= len(p) <= high and _TIME_RE.search(p) and _DAY_RE.search(p)
              and not _REPORTING_RE.search(p)]
    if len(events) < EVENT_SENTENCES_MIN or len(events) < EVENT_SENTENCES_SHARE * len(paragraphs):
        return None
    return f"{len(events)} of {len(paragraphs)} paragraphs"


# (kinds41) a critic's listings column ("What's on this week: our critic's picks") has the what's-on page's shape, an
# event with its day and time in each paragraph, but its writer judges the events: verdicts on them (CRITIC_VERDICTS_MIN
# of the critic's words, "the finest", "unsparing", "worth the trip") with the writer's own "I" or a verdict against
# one ("skip", "tired", "uneven", "overrated"), which a venue's own page never gives its events
_VERDICT_RE = re.compile(
    r"\b(?:best|finest|worst|superb|brilliant|terrific|magnificent|masterly|masterful|exquisite|dazzling|gripping|"
    r"devastating|unsparing|ravishing|wonderful|marvellous|memorable|unmissable|must-see|worth (?:the trip|the "
    r"journey|seeing|hearing|catching|a look|a visit|the detour|the ticket)|"
    r"uneven|tired|dull|overrated|overlong|overlooked|disappointing|forgettable|lacklustre|laboured|clunky|"
    r"patchy|plodding|give (?:it|this one) a miss|not worth)\b")
_AGAINST_RE = re.compile(  # (not a promoter's "tired of cooking?", "never a dull moment")
    r"\b(?:worst|uneven|tired(?! of)|(?<!never a )(?<!no )dull(?! moment)|overrated|overlong|disappointing|forgettable|lacklustre|laboured|clunky|patchy|"
    r"plodding|give (?:it|this one) a miss|not worth)\b")
CRITIC_VERDICTS_MIN = 3


def critic_verdicts(own: str) -> str | None:
    """The writer judges the events listed (CRITIC_VERDICTS_MIN of a critic's verdict words or more in its own words)
    with its own "I" or one verdict against an event: a critic's listings column, not a venue's what's-on page. `own`
    lower-cased."""
    verdicts = [" ".join(m[0].split()) for m in _VERDICT_RE.finditer(own)]
    if len(verdicts) < CRITIC_VERDICTS_MIN:
        return None
    if not (_I_RE.search(own) or _AGAINST_RE.search(own)):
        return None
    return ", ".join(list(dict.fromkeys(verdicts))[:4])

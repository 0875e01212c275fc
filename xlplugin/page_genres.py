"""(kinds24) Genres told by their own lines: a signed column's foot, an opinion label under the headline,
a podcast's chapter times, an encyclopedia entry's opening, a writer's newsletter.

Read by `xlplugin.kinds` (its computed measures `column_foot`, `label_line`, `chapter_times`,
`encyclopedia_lead`, `newsletter_reports` and `newsletter_view`, rules in `data/kinds.txt`). Each function reads the text as
written (its case kept) and returns a short note in words, or None. Each first looks for a cheap sign (a
word or a mark in the text) and returns None at once where it is missing: most texts stop there.

- A **signed column** (`column_foot`): the byline's writer is named again at the foot, in a line about
  the writer ("Thomas Reyes is a former small-business owner and writes a weekly column on ...", "Grace
  Whitfield chairs the Carrow Neighbourhood Forum."), and the writer gives a view of their own in the
  first person outside quotations ("I think", "I am not persuaded", "I do not think", "in my view"). A
  report's reporter may have such a line at the foot, but does not argue in the first person; a speaker's
  "I think" inside quotation marks is the speaker's. (kinds26) A foot line that names the writer's column ("... who
  writes a monthly column for the Gazette", "is a columnist for ...") is enough without the first person.
- (opfoot44) An **outside contributor's op-ed** (`contributor_foot`): no byline at the top, and the last or
  next-to-last paragraph is one short sentence about a person named in full who appears nowhere above it, a role
  or an affiliation after "is" or "was" ("Jane Doe is president of the Harbour Institute.", "John Roe is a
  professor of economics at ...", "Priya Lund is the author of ..."; polnear45: an apposition between commas may
  stand before "is", "Glenn Roe, a law professor at Northbridge, is a member of the Gazette's Board of
  Contributors."): the paper's note on who wrote the piece.
  (kinds45) Also with the role before the name ("Former minister Jane Doe is a senior fellow at ..."), as an
  apposition with no verb ("Dr Jane Doe, a senior fellow at the Harbour Institute."), and "MP", "MEP", "MSP", "MLA"
  in capitals as roles ("Jane Doe is MP for Westvale.").
  Guards: a report's closing profile of someone it quoted names them above; an apposition that goes on ("Jane Doe, a
  former teacher, was among the first to object") is a report's closing line; an obituary's subject is named
  throughout; a reporter's or a podcast host's bio ("is a senior reporter and the host of ...") is the staff's; a
  text that reports speech four times or more in its own words ("said", "told") is a report.
- An **opinion label on a line of its own under the headline** (`label_line`): "Opinion", "Comment is
  free", "Analysis", "Column" alone on one of the first lines, between the headline and the byline (the
  rule `opinion_label` reads only the very start of the text).
- A **podcast's (or a video's) chapter times** (`chapter_times`): three or more lines each a time and a
  short label ("00:00 Introduction", "02:15 How Anna got interested ..."), the first at zero and the times
  rising. A live blog's entries carry clock times ("14:05"), not a running time from zero.
- An **encyclopedia entry's opening** (`encyclopedia_lead`): a short title line, then a paragraph that
  opens with that title as the subject of "is", "was", "are" or "were" ("Lake Varo\\n\\nLake Varo is a
  freshwater lake ..."): a reference entry defines its subject first. A headline is not repeated so.
- A **writer's newsletter** (`newsletter_reports`, `newsletter_view`): the first line names a newsletter, a person writes it
  (a byline line at the top, "By Jane Roe"), no salutation to members opens a letter ("Dear parents,"), and
  it reports (reported speech, three times or more: a news report's cue) or else gives the writer's own
  view in the first person (opinion's). kinds23's
  newsletter rules read a club's or a school's newsletter (notices and dates for members: not an article);
  a journalist's e-mail newsletter is an article even where it lists "Upcoming events".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from .cue_places import seen_at
from .names import person_name_pattern

__all__ = ["column_foot", "contributor_foot", "label_line", "chapter_times", "encyclopedia_lead", "newsletter_reports", "newsletter_view",
           "see_also", "references_heading", "warning_headings", "satire_disclaimer",
           "issuer_header", "issuer_line", "BYLINE_RE", "writers_view"]

HEAD_CHARS = 600
# a byline line of its own at the top: "By Thomas Reyes", "Written by Helen Marsh" (two to four capitalised words)
# (hunt30) the name in names29's shape (names.person_name_pattern: "By Jonas van der Berg", "By Seán Ó Briain"),
# as the byline cue and a .txt file's author read it
BYLINE_RE = re.compile(rf"(?m)^[ \t]*(?i:by|written by)[ \t]+(?P<name>{person_name_pattern()})[ \t]*$")
FOOT_MAX_WORDS = 60
# the foot line about the writer: the name, then a lower-case word (a verb: "is", "teaches", "chairs",
# "writes", "was", "has served"), optionally after a dash or an emphasis mark
_FOOT_LEAD = "*_\u2014\u2013- \t"
# the writer's own view in the first person, read on the writer's own words (lower-cased, quotations
# blanked: `kinds._Facts.own`)
_VIEW_RE = re.compile(
    r"\bi (?:(?:also|still|really|simply|genuinely|honestly|do|do not|don't|did not|didn't|would|would not|"
    r"wouldn't|cannot|can't|am|am not|'m|'m not|was|was not|remain|remain not) )?(?:think|believe|suspect|doubt|agree|"
    r"disagree|worry|fear|hope|persuaded|convinced|suggest|argue|part company|side with|take the view|"
    r"would argue|am unpersuaded|unpersuaded)\b"
    r"|\bi'm (?:not )?(?:persuaded|convinced|unpersuaded)\b|\bi don't (?:think|believe|buy)\b"
    r"|\bin my (?:view|opinion|judgement|judgment|experience)\b|\bmy (?:suggestion|advice|view|argument|worry|fear)\b")


# (kinds26) a foot line that names the writer's column ("... who writes a monthly column for the Gazette", "Priya Lund,
# a retired harbour master, writes a regular column", "is a columnist for ..."): a signed column with or without the
# first person; not a sentence reporting speech
_COLUMN_RE = re.compile(r"\bwrites an? (?:(?:weekly|monthly|fortnightly|regular|daily|twice-monthly|occasional|new)[ \t]+)?column\b"
                        r"|\bis an? (?:(?:weekly|monthly|regular|guest|contributing)[ \t]+)?columnist\b")
_SAYING_RE = re.compile(r"\b(?:said|says|told|according to)\b")


def _byline_name(text: str, author: str) -> str:
    m = BYLINE_RE.search(text[:HEAD_CHARS])
    if m:
        return " ".join(m["name"].split())
    author = " ".join(author.split())
    return author if 2 <= len(author.split()) <= 4 else ""


def _last_line(text: str) -> str:
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    return text[start:end].strip()


def writers_view(own: str) -> str | None:
    """The writer's own view in the first person ("i think", "i am not persuaded"), as found in the
    lower-cased writer's own words, or None."""
    if "i" not in own and "my" not in own:
        return None
    m = _VIEW_RE.search(own)
    return None if m is None else m.group()


def column_foot(text: str, author: str, own: Callable[[], str]) -> str | None:
    """The byline's writer named at the foot in a line about the writer, and the writer's own view in
    the first person outside quotations (`own()`: the lower-cased text with quotations blanked, made
    only where the foot is found)."""
    foot = _last_line(text).lstrip(_FOOT_LEAD)
    if not foot[:1].isupper() or foot.count(" ") >= FOOT_MAX_WORDS:
        return None
    name = _byline_name(text, author)
    if not name or not foot.startswith((name + " ", name + ",")):
        return None
    after = foot[len(name) + 1:]
    column = _COLUMN_RE.search(after)
    if column is not None and not _SAYING_RE.search(after):
        return f"{seen_at('foot', ' '.join(foot.split()[:8]))}; {column.group()!r}"  # (kinds26) the foot names the column
    if not after[:1].islower():
        return None
    view = writers_view(own())
    if view is None:
        return None
    return f"{seen_at('foot', ' '.join(foot.split()[:8]))}; {view!r}"


# (opfoot44) an outside contributor's bio at the foot, with no byline at the top: a full name, "is"/"was", then a role or
# an affiliation within its first words. CONTRIBUTOR_ROLES are the roles an op-ed's note gives its writer; STAFF_ROLES
# are the outlet's own people (a report's reporter, a podcast's host), whose bio says nothing of the piece's kind.
CONTRIBUTOR_ROLES = (r"president|vice-president|director|professor|lecturer|fellow|chair|chairman|chairwoman|chief executive|"
                     r"executive director|founder|co-founder|author|head|member|partner|researcher|scholar|economist|"
                     r"historian|lawyer|barrister|solicitor|doctor|physician|consultant|adviser|advisor|minister|mp|"
                     r"councillor|mayor|governor|senator|trustee|principal|headteacher|dean|chancellor|campaigner|"
                     r"analyst|teacher|former|retired|emeritus|associate|assistant|senior|visiting|policy|co-author")
# (kinds45) a member of a parliament is written in capitals ("Jane Doe is MP for Westvale", "MEP", "MSP", "MLA"): matched
# as written, not lower-cased ("mp" in lower case is no word of a bio)
MEMBER_ROLES = r"MPs?|MEPs?|MSPs?|MLAs?"
STAFF_ROLES = re.compile(r"\b(?:reporter|correspondent|journalist|staff writer|news editor|host|presenter|producer|podcast|"
                         r"contributing writer)\b", re.IGNORECASE)
_ROLE_AFTER = (rf"(?:an?[ \t]+|the[ \t]+)?(?:[\w'\u2019-]+[ \t]+){{0,3}}?(?P<role>{CONTRIBUTOR_ROLES}|{MEMBER_ROLES})\b"
               rf"(?P<rest>[^\n]*)$")
# (kinds45) the role may come first, before the name ("Former minister Jane Doe is ...", "Retired judge Tom Brack was
# ..."): a lead of up to five words holding a role word, then the name; the line still gives a role after "is"/"was" (or
# after the name's comma), so "Senior officer Jane Doe was taken to hospital" is no bio
_LEAD = (rf"(?:(?P<lead>(?:[\w'\u2019-]+[ \t]+){{0,2}}?(?:(?i:{CONTRIBUTOR_ROLES})|{MEMBER_ROLES})"
         rf"(?:[ \t]+[\w'\u2019-]+){{0,2}}?)[ \t]+)?")
# (polnear45) an apposition may stand between the name and "is"/"was", between commas ("Glenn Roe, a law professor at
# Northbridge, is a member of the Gazette's Board of Contributors.", "Ann Lee, a former ambassador, is a fellow at ...")
BIO_APPOSITION_MAX_CHARS = 100
_BIO_RE = re.compile(rf"{_LEAD}(?P<name>{person_name_pattern()})(?:,[ \t]+[^,\n]{{2,{BIO_APPOSITION_MAX_CHARS}}},|,)?[ \t]+(?:is|was)[ \t]+"
                     rf"{_ROLE_AFTER}")
# (kinds45) a bio with no verb: the name, a comma and the role ("Dr Jane Doe, a senior fellow at the Harbour Institute.");
# not a sentence that goes on after the apposition ("Jane Doe, a former teacher, was among the first to object": a
# report's closing line on someone)
_APPOSITION_BIO_RE = re.compile(rf"{_LEAD}(?P<name>{person_name_pattern()}),[ \t]+{_ROLE_AFTER}")
_GOES_ON_RE = re.compile(r",[ \t]+(?:is|was|has|had|have|will|would|who|which|said|says|told)\b|\b(?:said|says|told)\b")
_OBITUARY_RE = re.compile(r"\b(?:born|died|survived by)\b")
BIO_MAX_WORDS = 40
CONTRIBUTOR_REPORTING_MAX = 3  # a report says "said", "told" four times and more in its own words; an op-ed cites few


_PARAGRAPH_RE = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")
# a line break before a blank line: no paragraph runs across it, so the paragraphs after it are found by a scan from it
_BLANK_LINE_BREAK_RE = re.compile(r"\n(?=[ \t]*\n)")


def _paragraphs(text: str, start: int = 0) -> list[tuple[int, str]]:
    """(start, stripped text) of each paragraph (blocks between blank lines) of `text`, from `start` (the text's
    start, or just after a `_BLANK_LINE_BREAK_RE` break: a scan from there finds the paragraphs that start there)."""
    found = []
    for m in _PARAGRAPH_RE.finditer(text, start):
        block = m.group().strip()
        if block:
            found.append((m.start(), block))
    return found


def _last_paragraphs(text: str, count: int) -> list[tuple[int, str]]:
    """`_paragraphs(text)[-count:]`, scanned from the `count`-th blank line break from the end (then from twice as
    far back, ... where breaks hold only white space): (speed52) not a scan of the whole text for its foot."""
    breaks = [m.start() for m in _BLANK_LINE_BREAK_RE.finditer(text)]
    back = count
    while back <= len(breaks):
        found = _paragraphs(text, breaks[-back] + 1)
        if len(found) >= count:
            return found[-count:]
        back *= 2
    return _paragraphs(text)[-count:]


def contributor_foot(text: str, own: Callable[[], str]) -> str | None:
    """(opfoot44) An op-ed's foot note on its outside writer: no byline line at the top, and the last or next-to-last
    paragraph a short sentence "<Full Name> is/was <a role or an affiliation>" on a person not named above it, in a
    text whose own words report speech at most CONTRIBUTOR_REPORTING_MAX times (`own()`: the lower-cased writer's own
    words)."""
    tail = text[-2 * HEAD_CHARS:]
    if " is " not in tail and " was " not in tail and ", " not in tail:
        return None
    if BYLINE_RE.search(text[:HEAD_CHARS]):
        return None  # a byline: column_foot reads the writer's foot line
    for start, para in _last_paragraphs(text, 2)[::-1]:
        line = para.lstrip(_FOOT_LEAD)
        if "\n" in line or len(line.split()) > BIO_MAX_WORDS:
            continue
        m = _BIO_RE.match(line)
        if m is None:
            m = _APPOSITION_BIO_RE.match(line)
            if m is not None and _GOES_ON_RE.search(m["rest"]):
                continue
        if m is None or STAFF_ROLES.search(line) or _OBITUARY_RE.search(line):
            continue
        name = " ".join(m["name"].split())
        before = text[:start]
        if name in before or name.split()[-1] in before:
            continue  # someone the text spoke of: a report's profile of a speaker, an obituary's subject
        if len(_SAYING_RE.findall(own())) > CONTRIBUTOR_REPORTING_MAX:
            return None
        return f"{seen_at('foot', ' '.join(line.split()[:8]))}; {m['role']!r}"
    return None


def label_line(head: str, labels: tuple[str, ...], lines: int = 4) -> str | None:
    """An opinion label (`labels`, lower case) alone on one of the first `lines` lines of the text's head
    (`head`: its first HEAD_CHARS characters, lower-cased) after its first line (the headline)."""
    if not any(label in head for label in labels):
        return None
    found = [ln.strip().strip("#*_").strip().rstrip(":.|").strip() for ln in head.split("\n") if ln.strip()]
    for line in found[1:1 + lines]:
        if line in labels:
            return seen_at("head", line)
    return None


# a chapter line: a running time from zero ("00:00", "2:15", "1:02:40"), then a short label
_CHAPTER_RE = re.compile(r"(?m)^[ \t]*[(\[]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[)\]]?[ \t]*(?:[-\u2013\u2014|:][ \t]*)?(?P<label>[^\n]{2,80})$")
CHAPTERS_MIN = 3


def _seconds(stamp: str) -> int:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def chapter_times(text: str) -> str | None:
    """Three or more chapter lines ("00:00 Introduction"), the first at zero, each later than the one
    before."""
    if "0:00" not in text:
        return None
    times = [(_seconds(m["time"]), m["label"].strip()) for m in _CHAPTER_RE.finditer(text)]
    start = next((i for i, (t, _) in enumerate(times) if t == 0), None)
    if start is None:
        return None
    run = [times[start]]
    for t, label in times[start + 1:]:
        if t <= run[-1][0]:
            break
        run.append((t, label))
    if len(run) < CHAPTERS_MIN:
        return None
    return f"{len(run)} chapters, from 0:00 {run[0][1][:30]!r}"


# the title line of a reference entry: a name of one to six words, no closing mark
_SPACE_RE = re.compile(r"\s*")
_TITLE_LINE_RE = re.compile(r"\s*(?:#{1,2}[ \t]*)?(?P<title>[^\W\d_][^\n.!?:;,]{1,60}?)[ \t]*\n")
_DEFINES_RE = re.compile(r"(?:\s*\([^()\n]{1,80}\))?,?\s+(?:is|was|are|were)\s+(?:a|an|the|one)\s")


def encyclopedia_lead(text: str) -> str | None:
    """A short title line, then a paragraph whose first sentence opens with that title as the subject of
    "is/was/are/were a/an/the/one": a reference entry defining its subject."""
    m = _TITLE_LINE_RE.match(text)
    if m is None or len(m["title"].split()) > 6:
        return None
    title = m["title"]
    at = _SPACE_RE.match(text, m.end()).end()
    if text.startswith("The ", at):
        at += 4
    if not text.startswith(title, at):
        return None
    after = _DEFINES_RE.match(text, at + len(title))
    if after is None:
        return None
    return f"{title!r} {' '.join(text[after.start():after.end() + 20].split()[:3])} ..."


_NEWSLETTER_LINE_RE = re.compile(r"[^\n]{0,80}\bnewsletter\b[^\n]{0,60}")
_MEMBERS_LETTER_RE = re.compile(r"(?m)^[ \t]*dear (?:parents|families|members|residents|neighbours|colleagues|all|club members|pupils|friends)\b")
_REPORTED_RE = re.compile(r"\b(?:said|says|told|according to)\b")
NEWSLETTER_REPORTS_MIN = 3


def _writers_newsletter(text: str, lower: str, author: str) -> str:
    """The writer's name where the first line names a newsletter, a byline names its writer and no
    letter to members opens it; "" otherwise."""
    if "newsletter" not in lower[:HEAD_CHARS]:
        return ""
    first = lower.lstrip().split("\n", 1)[0].strip()
    if "newsletter" not in first or _NEWSLETTER_LINE_RE.fullmatch(first) is None:
        return ""
    name = _byline_name(text, author)
    return "" if not name or _MEMBERS_LETTER_RE.search(lower) else name


def newsletter_reports(text: str, lower: str, author: str, own: Callable[[], str]) -> str | None:
    """A writer's newsletter (`_writers_newsletter`) that reports: NEWSLETTER_REPORTS_MIN or more "said",
    "told", "according to" in the writer's own words."""
    name = _writers_newsletter(text, lower, author)
    if not name:
        return None
    reports = len(_REPORTED_RE.findall(own()))
    return f"by {name}; reported speech {reports} times" if reports >= NEWSLETTER_REPORTS_MIN else None


def newsletter_view(text: str, lower: str, author: str, own: Callable[[], str]) -> str | None:
    """A writer's newsletter that does not report so but gives the writer's own view in the first person."""
    name = _writers_newsletter(text, lower, author)
    if not name or len(_REPORTED_RE.findall(own())) >= NEWSLETTER_REPORTS_MIN:
        return None
    view = writers_view(own())
    return None if view is None else f"by {name}; {view!r}"


# (speed) the line-start and disclaimer patterns below are tried only where the text holds one of their
# words (looked up in the document's words, a set): a pattern of kinds.txt that starts at a line break is
# otherwise tried at every line break of every text
_SEE_ALSO_RE = re.compile(r"(?:^|\n)[ \t]*(?:#{1,3}[ \t]*)?see also[ \t]*:?[ \t]*\n")
_REFERENCES_TOKENS = frozenset(("references", "links", "reading", "bibliography", "citations"))
_REFERENCES_RE = re.compile(r"(?:^|\n)[ \t]*(?:#{1,3}[ \t]*)?(references|external links|further reading|bibliography|"
                            r"notes and references|citations)[ \t]*:?[ \t]*(?:\n|$)")
_WARNING_WORDS = ("what to expect", "what should i do", "what you should do", "what to do", "further details")
_WARNING_HEADING_RE = re.compile(r"(?:^|\n)[ \t]*(?:#{1,3}[ \t]*)?(what to expect|what should i do\??|what you should do|"
                                 r"what to do|further details)[ \t]*:?[ \t]*\n")
_SATIRE_TOKENS = frozenset(("satire", "satirical", "parody", "spoof"))
_SATIRE_DISCLAIMER_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:disclaimer[ \t]*:[ \t]*)?[^\n.]{0,60}\b(?:is|are) (?:a |an )?(?:satirical|satire|parody|humou?r and "
    r"satire) (?:news )?(?:site|website|publication|newspaper|magazine|blog|outlet)\b[^\n]{0,140}(?:\n|$)"
    r"|\b(?:all|the|our) (?:articles|stories|news stories|posts|content)(?: on this (?:site|website|page)| (?:published )?here)? "
    r"(?:are|is) (?:satire|satirical|parody|works? of satire|fictional and satirical|satirical and fictional)\b")


def _shown(m: re.Match[str]) -> str:
    return " ".join(m.group().split())[:40]


def see_also(lower: str, words: frozenset[str] | set[str]) -> str | None:
    """A "See also" heading on a line of its own (`lower`: the lower-cased text; `words`: its words)."""
    if "also" not in words or "see" not in words:
        return None
    m = _SEE_ALSO_RE.search(lower)
    return None if m is None else seen_at("text", _shown(m))


def references_heading(lower: str, words: frozenset[str] | set[str]) -> str | None:
    """A references heading on a line of its own: References, External links, Further reading."""
    if _REFERENCES_TOKENS.isdisjoint(words):
        return None
    m = _REFERENCES_RE.search(lower)
    return None if m is None else seen_at("text", m.group(1))


def warning_headings(lower: str, words: frozenset[str] | set[str]) -> str | None:
    """A weather warning's heading on a line of its own: What to expect, What should I do?"""
    if "what" not in words and "further" not in words or not any(word in lower for word in _WARNING_WORDS):
        return None
    m = _WARNING_HEADING_RE.search(lower)
    return None if m is None else seen_at("text", m.group(1))


def satire_disclaimer(lower: str, words: frozenset[str] | set[str]) -> str | None:
    """A satire site's own disclaimer: a short line saying the site is satire ("The Weekly Spoon is a satirical
    news website."), or its stories are ("all stories on this site are satire")."""
    if _SATIRE_TOKENS.isdisjoint(words):
        return None
    m = _SATIRE_DISCLAIMER_RE.search(lower)
    return None if m is None else seen_at("text", _shown(m))


# (kinds29) An issuer's name alone on a line at the top, above a release's headline ("Harwick Valley Water
# Authority", "Department of Transport", "City of Marlow", "Landratsamt Musterkreis"): the organisation heads
# its own statement with its name, as on its letterhead. Its words are capitalised (small words of, and, for,
# the between them), it names a body by one of ISSUER_WORDS (its last word, or the word before "of ..."), and
# a headline's line follows it before the first paragraph. A report opens with its headline and goes on with
# its byline or first paragraph, so a title-case headline ending in such a word ("Residents Rally Against Water
# Authority") has no headline under it; a masthead or an agency (a newspaper's, a broadcaster's, a news
# service's name) is no issuer; a byline line in the head says a reporter wrote the text.
ISSUER_WORDS = frozenset("""authority council department agency ministry commission district board bureau
    administration directorate office trust foundation institute university college hospital corporation
    company association society federation union coalition alliance partnership committee government
    county borough township municipality commissioner ombudsman inspectorate regulator service services
    constabulary museum library chamber parliament assembly senate inc inc. ltd ltd. llc plc gmbh ag e.v.
    ministerium stiftung verband verein behörde landratsamt bezirksamt stadtverwaltung polizeipräsidium
    universität institut kammer senatsverwaltung""".split())
# the names of bodies under a word of their own: "City of Marlow", "Office of the Mayor", "Department of Health"
_ISSUER_OF_WORDS = ISSUER_WORDS | frozenset(("city", "town", "village", "state", "province", "county", "port"))
# a newspaper's, a broadcaster's or an agency's name is a masthead, not an issuer
_MASTHEAD_WORDS = frozenset("""news press broadcasting broadcast media times herald gazette post journal tribune
    radio television tv chronicle observer telegraph courier daily weekly magazine newspaper newsroom wire""".split())
_GERMAN_ISSUER_ENDINGS = ("ministerium", "amt", "verwaltung", "präsidium", "behörde", "kammer", "stiftung", "verband")
_ISSUER_SMALL = frozenset(("of", "and", "for", "the", "on", "&", "de", "du", "des", "der", "die", "für", "und", "von"))
# a headline's words that no body's name holds: its prepositions and commonest verbs ("Residents Rally Against
# Water Authority", "Budget Cuts Are Blamed On County Council" is a headline)
_HEADLINE_WORDS = frozenset("""against over after before to in at with from as by into amid under versus vs despite
    without about is are was were will has have had says say said backs slams urges calls wins warns faces""".split())
ISSUER_WORDS_MAX = 10
HEADLINE_WORDS_MAX = 25
_ISSUER_LINES = 3  # the name stands on one of the first lines
_BY_LINE_RE = re.compile(r"(?mi)^[ \t]*(?:by|written by|von)[ \t]+[A-Z]")


def issuer_line(line: str) -> bool:
    """Is `line` (stripped, as written) an organisation's name alone: capitalised words naming a body?"""
    if not line or line[-1] in ".;!?,\"'\u201d)" or ":" in line or not line[0].isupper():
        return False
    words = line.split()
    if not 2 <= len(words) <= ISSUER_WORDS_MAX:
        return False
    lowers = [w.lower() for w in words]
    if any(w in _MASTHEAD_WORDS or w in _HEADLINE_WORDS for w in lowers):
        return False
    for word, lower in zip(words, lowers):
        if lower not in _ISSUER_SMALL and not (word[0].isupper() or word[0].isdigit()):
            return False
    if lowers[-1] in ISSUER_WORDS:
        return True
    # a German body's name opens with it ("Landratsamt Musterkreis", "Bundesministerium für Gesundheit"); a German
    # headline has a verb in lower case ("Finanzamt prüft ...")
    if lowers[0].endswith(_GERMAN_ISSUER_ENDINGS):
        return True
    at = lowers.index("of") if "of" in lowers else -1
    return 0 < at < len(words) - 1 and lowers[at - 1] in _ISSUER_OF_WORDS


def issuer_header(text: str) -> str | None:
    """(kinds29) An issuer's name alone on one of the first lines, a headline's line under it: the
    organisation's own statement (press release)."""
    head = text[:HEAD_CHARS]
    lines = [ln.strip().lstrip("#").strip() for ln in head.split("\n", 2 * _ISSUER_LINES + 2)[:2 * _ISSUER_LINES + 2]]
    lines = [ln for ln in lines if ln]
    for at, line in enumerate(lines[:_ISSUER_LINES]):
        if not issuer_line(line) or at + 1 >= len(lines):
            continue
        under = lines[at + 1]
        words = under.split()
        # a headline (or a release's label or date line) under it, not the first paragraph's sentences
        if len(words) <= HEADLINE_WORDS_MAX and not (under.endswith(".") and len(words) > 8) and under[:1].isupper():
            return None if _BY_LINE_RE.search(head) else seen_at("head", line[:60])
    return None

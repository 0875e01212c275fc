"""Provenance cues the line pass (`xlplugin.furniture`) and the attribution pass miss (sources10),
each a small rule the provenance scorer calls when its cue is not found yet:

- `byline_after_note`: a credit after a short note on its line ("Translated from Spanish.
  Interview by Pablo Ruiz, 20 January 2026."): the line starts with the note, not the credit.
- `dated_credit` (sources20): a credit after the date on a blog's entry line ("Posted on 2 October
  2025 by Jan Whitley · 14 Comments").
- `author_list` (sources20): a head line under the title that is only a list of people's names (a
  paper's authors: "Hannah J. Poole, Marcus Tierney, Aisha Rahman").
- `handle_credit` (sources20): the user name a head line credits the text to ("Posted by
  SkyWatcher_Dee on ..."): no byline, and the "no author" evidence says so.
- `letter_sign_off`: a letter to an editor (its salutation, [letter_salutation_starts], opens a
  line in the head: "Sir, I was ...") signed at its foot with the writer's name, a town on the
  line after it or after a comma ("Joan Fairley" / "Upper Stow").
- `letters_page_sign_offs` (byline17): a letters page (a head line that is its heading,
  [letters_page_headings]: "Letters to the editor") holds letters each signed on its own line
  after its last paragraph ("Gareth Lyle, Harwick"): the first signature is a byline. (loaded47)
  So is a page under any heading whose body is letters, two or more, each signed by a name and a
  place, the last ending the text (`reader_letters.signed_page_letters`).
- `role_sign_off` (byline17): a notice or a statement signed at its foot with its writer's name
  and office on a line of their own ("Jane Doe, Director of Public Health"; "Andrew Kemble,
  Director of Highways, County Hall, Harwick"): a byline. The office must hold a role word
  ([role_words] of attribution.txt) in its first words, and the line may not report speech.
  (web25b) Not a press release's contact in its closing block ("###", "Media contact:" to the
  end: `form_lines.closing_block`), nor one line of a staff list (another such line next to it).
- `signature_block` (byline18): a signature at the foot under closing words ("Signed," /
  "Professor Alan Whitby, University of Coldbrook"), or a name alone on its line with the writer's
  office on the next ("Hank Dawson" / "President, The Liberty Ledger"): a byline. (web25b) Not a
  name and office in a press release's closing block, nor one pair of a staff list (a team page's
  grid: "Ellie Brandt" / "Director" with another name-and-office pair just before or after it).
- `transcript_speaker` (kinds28): a transcript of a speaker's own remarks or speech, said so on its
  first line ("Transcript: Governor Ann Brooks's remarks at the bridge opening", "Full text of Mayor
  Lena Ortiz's speech", "Remarks as prepared for delivery by Chancellor Ruth Obi"): the speaker is the
  author of its words (kinds.txt reads the same line as a press release), so the name is the byline.
- `update_line`: a short head line giving the time or the date of an update ("Last updated
  16:42", "Updated 7 August 2026").
- `dated_publication`: a publication named after "published", a date between ("a study
  published on Wednesday in the journal Sleep Health"): as "published in the journal ...".
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import furniture
from .names import NAME_PARTICLES, credits_a_person
from .phrases import words
from .publications import place_at
from .text import Document

__all__ = ["head_lines", "byline_after_note", "dated_credit", "author_list", "handle_credit", "letter_sign_off", "letters_page_sign_offs", "role_sign_off", "signature_block", "update_line",
           "dated_publication"]

# The head lines looked in, and the length of a line of furniture (as `furniture`'s).
HEAD_LINES = furniture.HEAD_LINES
SHORT_LINE = furniture.SHORT_LINE
# A note before a credit on its line is short ("Translated from Spanish."); a longer sentence is
# body text that happens to hold "by".
NOTE_CHARS = 40
NOTES_BEFORE_CREDIT = 3
# A name or a town line of a sign-off.
SIGN_OFF_CHARS = 40
# A notice's sign-off with an office and an address after the name ("Andrew Kemble, Director of
# Highways, County Hall, Harwick HW1 2AB"), the foot lines looked in, and how many words after
# the name may hold the role ("Director", "Deputy Chief Executive").
ROLE_SIGN_OFF_CHARS = 100
# The most words of an office line ending in a full stop ("Director of Public Health, Harwick County
# Council."); a longer one is a sentence (_name_over_office)
OFFICE_MAX_WORDS = 10
FOOT_LINES = 3
ROLE_WORDS_AFTER_NAME = 3
# The foot lines a signature block is looked for in (an open letter's signatories follow the first).
SIGNATURE_LINES = 10
# (web25b) A staff list: a name-and-office pair next to another one is one of its entries, no
# signature; the lines looked at beyond the foot's to find the pair before.
STAFF_LIST_PAIRS = 2

# (kinds28) a rank or title before the name, abbreviated with its full stop ("Lt. Marcus Hale", "Det. Sgt. Anne
# Coleman", "Dr. Ruth Kemp") or written out ("Sergeant Lisa Howard": a capitalised word, as the name's own)
_RANK_BEFORE_NAME = (r"(?:(?:Lt|Lieut|Sgt|Cpl|Capt|Cmdr|Col|Maj|Gen|Det|Insp|Supt|Ch|Dep|Dr|Prof|Rev|Hon|Mr|Mrs|Ms|Mx)\.[ \t]+"
                     r"|(?:PC|DC|DS|DI|DCI|DCS)[ \t]+){0,2}")
_NAME_RE = re.compile(_RANK_BEFORE_NAME + r"(?:[A-Z][a-z'\u2019-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.|van|de|von|da|bin)){1,4}")
_CREDIT_NAME_RE = re.compile(r"[ \t:]*[A-Z][\w'\u2019.-]+[ \t]+[A-Z][\w'\u2019.-]+")
_PLACE_RE = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t,]+[A-Z][\w'\u2019.-]*){0,3}")
# (loose22) the label may stand apart from its date as a publication label does ("Last updated | 3 March 2026")
_UPDATE_RE = re.compile(r"(?:last[ \t]+)?updated(?:[ \t]*[:|\u00b7\u2022])?[ \t]+(?:on[ \t]+|at[ \t]+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                        r"|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)")
# "published", then when ("on Wednesday", "on 3 June 2026", "last week", "yesterday"), then " in"
_DATED_RE = re.compile(r"published[ \t]+(?:on[ \t]+[\w,]+(?:[ \t]+[\w,]+){0,2}|(?:last|this|earlier[ \t]+this)[ \t]+\w+"
                       r"|yesterday|today|recently|online)(?=[ \t]+in[ \t])[ \t]+in")
_TITLE_AFTER_RE = re.compile(r"[ \t]+(?:(?:the|a)[ \t]+)?(?:journal[ \t]+)?([A-Z][\w'\u2019&-]*)")
_NOT_TITLES = frozenset("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


@lru_cache(maxsize=1)
def _phrases(section: str) -> tuple[str, ...]:
    return tuple(furniture.sections()[section])


def head_lines(doc: Document) -> list[tuple[int, int]]:
    """The first HEAD_LINES non-empty lines, stripped, as (start, end)."""
    out: list[tuple[int, int]] = []
    text = doc.text
    for s, e in doc.lines:
        line = text[s:e]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((s + lead, s + len(line.rstrip())))
            if len(out) == HEAD_LINES:
                break
    return out


def byline_after_note(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """A credit ([byline_starts]) after a short note on a head line (`head`: `head_lines`), naming a
    person."""
    if "byline" in found.hits:
        return
    text = doc.text
    for s, e in head:
        if e - s > 2 * SHORT_LINE:
            continue
        at = s
        # (byline18) after one short note or a run of them ("Transcript. Recorded 8 July 2026.
        # Hosts: Lena Park and Owen Adeyemi."), each at most NOTE_CHARS long
        for _ in range(NOTES_BEFORE_CREDIT):
            p = text.find(". ", at, min(e, at + NOTE_CHARS + 1))
            if p < 0:
                break
            if _credit_at(doc, found, p + 2, e):
                return
            at = p + 2


# (sources20) A blog's entry line: "Posted on 2 October 2025 by Jan Whitley · 14 Comments", "Published
# March 3, 2026 by Ann Lee": the date (a run of up to four words holding a digit) before the credit.
_DATED_CREDIT_RE = re.compile(r"(?:posted|published)(?:[ \t]+on)?(?P<when>(?:[ \t]+[\w,./-]+){1,4}?)[ \t]+(?=by[ \t])", re.IGNORECASE)


def dated_credit(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """(sources20) A credit after the date on a blog's entry line ("Posted on 2 October 2025 by Jan
    Whitley · 14 Comments"), naming a person: the byline. `head`: `head_lines`."""
    if "byline" in found.hits:
        return
    text = doc.text
    for s, e in head:
        m = _DATED_CREDIT_RE.match(text, s, e) if e - s <= SHORT_LINE else None
        if m is not None and any(c.isdigit() for c in m["when"]) and _credit_at(doc, found, m.end(), e):
            return


# (sources20) A paper's author line: "Hannah J. Poole, Marcus Tierney, Aisha Rahman and David K. Moss",
# each name perhaps marked for its affiliation ("Poole1*", "Tierney†").
_AUTHOR_SEPARATOR_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)")
_AFFILIATION_MARKS = "0123456789*\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2074\u2075\u2076 ,"
AUTHOR_LIST_MIN_NAMES = 2


def author_list(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """(sources20) The line right under the title, when it is only a list of AUTHOR_LIST_MIN_NAMES or more
    people's names (a paper's or a report's authors: "Hannah J. Poole, Marcus Tierney, Aisha Rahman")
    is the byline. A writer is rarely the subject of the text: a name whose surname the text uses
    again is a subject or a tag line ("Keir Starmer, Rachel Reeves"), and the line is no byline."""
    if "byline" in found.hits or len(head) < 2:
        return
    text = doc.text
    s, e = head[1]  # (the line right under the title)
    if e - s > SHORT_LINE or "," not in text[s:e]:
        return
    names = [n.strip(_AFFILIATION_MARKS) for n in _AUTHOR_SEPARATOR_RE.split(text[s:e])]
    if len(names) >= AUTHOR_LIST_MIN_NAMES and all(
            _NAME_RE.fullmatch(n) and credits_a_person(n, doc.url, doc.outlet) and text.count(n.split()[-1]) == 1 for n in names):
        found.add("byline", s, e, "a list of authors under the title")


# (sources20) A credit to a user name: "Posted by SkyWatcher_Dee on Truth Over Tyneside", "Posted in HIDDEN
# HISTORY by TruthSeeker1969", "r/IAmA · Posted by u/dr_fire_ecology · 6h": a handle joins its words
# with "_" or holds a digit, or is a forum's "u/" name.
_HANDLE_CREDIT_RE = re.compile(r"(?:posted|written|submitted|shared)\b[^\n]{0,40}?\bby[ \t]+@?"
                               r"(?P<handle>u/[\w.-]+|[A-Za-z][\w.-]*(?:_|\d)[\w.-]*)", re.IGNORECASE)


_HANDLE_RE = re.compile(r"@[\w.-]+|(?:u/[\w.-]+|[A-Za-z][\w.-]*(?:_|\d)[\w.-]*)")


# (bylines22) A user name in CamelCase: "Posted by ProgressNowCalloway", "Posted by SkyWatcher on ...":
# one word of capitalised parts run together, with no surname after it. A person's name may hold a
# capital inside after a particle ("McKenzie", "DeShawn", "MacDonald", "LaToya"): two parts, the
# first one of those, is a name, not a user name.
_CAMEL_CREDIT_RE = re.compile(r"(?i:posted|written|submitted|shared)\b[^\n]{0,40}?\b(?i:by)[ \t]+"
                              r"(?P<handle>[A-Z][a-z]+(?:[A-Z][a-z]+)+)\b(?![ \t]+[A-Z]|['\u2019-])")
_CAMEL_PART_RE = re.compile(r"[A-Z][a-z]+")
# The first part of a name written with a capital inside ("Mc" of "McKenzie", "De" of "DeShawn").
_NAME_PREFIXES = NAME_PARTICLES | frozenset("mc mac fitz st o jo".split())


def _camel_handle(word: str) -> bool:
    """(bylines22) Whether one word is a user name in CamelCase ("ProgressNowCalloway",
    "SkyWatcher"): three capitalised parts or more, or two with a first part that opens no
    person's name ("McKenzie", "DeShawn", "LaToya" are names)."""
    parts = _CAMEL_PART_RE.findall(word)
    if "".join(parts) != word or len(parts) < 2:
        return False
    return len(parts) >= 3 or parts[0].lower() not in _NAME_PREFIXES


def is_handle(author: str) -> bool:
    """(session 19) Whether an author given with the text is a user name ("harbourfan99",
    "crumbly_kate", "u/dr_fire", "@harbourwatch", and (bylines22) "ProgressNowCalloway" in
    CamelCase): one word joined with "_", holding a digit or run together in capitalised parts, as
    `handle_credit` reads one in a head line. A user name names no one a reader could look up."""
    author = author.strip()
    return bool(_HANDLE_RE.fullmatch(author)) or _camel_handle(author)


def handle_credit(doc: Document) -> str:
    """(sources20) The user name a head line credits the text to ("Posted by SkyWatcher_Dee on ..."),
    or "": a handle is no named author a reader could look up (the text still has no author, and
    the evidence says whose handle it is)."""
    text = doc.text
    for s, e in head_lines(doc):
        if e - s > SHORT_LINE:
            continue
        m = _HANDLE_CREDIT_RE.search(text, s, e)
        if m is not None:
            return m["handle"]
        m = _CAMEL_CREDIT_RE.search(text, s, e)  # (bylines22) "Posted by ProgressNowCalloway"
        if m is not None and _camel_handle(m["handle"]):
            return m["handle"]
    return ""


def _credit_at(doc: Document, found: furniture.Found, start: int, end: int) -> bool:
    """Adds the byline where the text from `start` to `end` (the rest of a line) opens with a credit
    ([byline_starts]) naming a person; says whether it did."""
    rest = doc.text[start:end]
    rest = rest[len(rest) - len(rest.lstrip("*_")):].rstrip("*_")  # (loose21) "**By Ann Lee**": the credit between its marks
    lower = rest.lower()
    for phrase in _phrases("byline_starts"):
        after = len(phrase)
        if lower.startswith(phrase) and (phrase[-1:] in ":(" or lower[after:after + 1] in (" ", "\t")):
            m = _CREDIT_NAME_RE.match(rest, after)
            if m and credits_a_person(rest[after:], doc.url, doc.outlet):
                found.add("byline", start, end, "a credit after a note on its line")
                return True
    return False


def letter_sign_off(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """A letter's writer signing at its foot (the module's doc): the byline. `head`: `head_lines`."""
    if not _is_letter(doc, head) or "byline" in found.hits:
        return  # (the salutation asked first: its section is read for every text, tests/test_lexicon.py)
    text = doc.text
    lines = [(s, e) for s, e in doc.lines[-6:] if text[s:e].strip()][-2:]
    if not lines:
        return
    s, e = lines[-1]
    last = text[s:e].strip()
    name_at = None
    if len(lines) == 2 and len(last) <= SIGN_OFF_CHARS and _PLACE_RE.fullmatch(last):
        name_at = lines[0]  # "Joan Fairley" / "Upper Stow"
    for ns, ne in ([name_at] if name_at else []) + [lines[-1]]:
        line = text[ns:ne].strip()
        name = line.split(",", 1)[0].strip()  # "Joan Fairley, Upper Stow"
        if len(line) <= SIGN_OFF_CHARS and _NAME_RE.fullmatch(name) and credits_a_person(name, doc.url, doc.outlet):
            start = text.index(line, ns)
            found.add("byline", start, start + len(line), "a letter's sign-off")
            return


# (kinds28) a transcript's label line naming its speaker: "Transcript: NAME's remarks|speech|address ...", "Full text
# of NAME's speech ...", "... remarks (as prepared for delivery) by NAME"
_SPEECH_WORDS = r"(?:remarks|speech|address|keynote|statement|commencement address|eulogy|sermon|lecture)"
_TRANSCRIPT_SPEAKER_RES = (
    re.compile(r"(?:transcript|full text|full transcript|text)(?:[ \t]*:[ \t]*|[ \t]+of[ \t]+)(?:the[ \t]+)?"
               r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,5})['\u2019]s?[ \t]+(?:[a-z-]+[ \t]+){0,2}"
               + _SPEECH_WORDS + r"\b", re.IGNORECASE),
    re.compile(r"(?:transcript|full text|text)\b[^\n]{0,40}?\b" + _SPEECH_WORDS
               + r"(?:[ \t]+as[ \t]+prepared[ \t]+for[ \t]+delivery)?[ \t]+by[ \t]+"
               r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,5})", re.IGNORECASE),
)


def transcript_speaker(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """(kinds28) The speaker a transcript's first line names as giving the remarks (the module's doc): the byline."""
    if "byline" in found.hits or not head:
        return
    text = doc.text
    s, e = head[0]
    line = text[s:e]
    if "ranscript" not in line and "ext" not in line:  # (most texts: no regex at all)
        return
    for pattern in _TRANSCRIPT_SPEAKER_RES:
        m = pattern.match(line.strip())
        if m is None:
            continue
        name = m["name"].strip()
        # (the name is written as a name, its words capitalised, whatever case the label line takes)
        if name[:1].isupper() and credits_a_person(name, doc.url, doc.outlet):
            start = text.index(name, s)
            found.add("byline", start, start + len(name), "the speaker of a transcript of their own remarks")
            return


def _is_letter(doc: Document, head: list[tuple[int, int]]) -> bool:
    """Does a head line open with a letter's salutation ([letter_salutation_starts])? (Lines not
    opening with a salutation's first letter are not lower-cased.)"""
    text = doc.text
    salutations = _phrases("letter_salutation_starts")
    for s, e in head:  # (a loop, not any() over a generator: no generator frame)
        if text[s:s + 1] in "SsMmDdTt" and text[s:e].lower().startswith(salutations):
            return True
    return False


def live_blog_credits(doc: Document, found: furniture.Found) -> None:
    """(names29) A live blog's entry credits ("Updated 10:42 by Sam Ode" on two entries or more, or
    the writers' names alone next to the entries' times: `live_credits.entry_credits`): the byline,
    its evidence the first credit's line, its note all the writers."""
    if "byline" in found.hits:
        return
    from .live_credits import author

    writers, line = author(doc.text)
    if writers:
        start = doc.text.index(line)
        found.add("byline", start, start + len(line), f"a live blog's entry credits ({writers[:80]})")


def letters_page_sign_offs(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """A letters page's first signature (the module's doc): the byline. `head`: `head_lines`."""
    # (the heading asked first: its section is read for every text, tests/test_lexicon.py)
    headed = _is_letters_page(doc, head)
    if "byline" in found.hits or not (headed or _signed_letters(doc)):
        return
    text = doc.text
    lines = [(s, e, text[s:e].strip()) for s, e in doc.lines if text[s:e].strip()]
    previous = ""
    for at, (s, e, line) in enumerate(lines):
        name, comma, place = line.partition(",")
        if not comma and at + 1 < len(lines):
            # (kinds26) the name alone, the town or the street and town on the next line ("Margaret Ellery" /
            # "Hawthorn Road, Elmgrove"), as under a salutation (letter_sign_off)
            place = lines[at + 1][2]
            comma = "\n" if len(place) <= SIGN_OFF_CHARS else ""
        if comma and len(line) <= SIGN_OFF_CHARS and len(previous) > SIGN_OFF_CHARS and previous[-1:] in ".!?\"\u201d" \
                and _NAME_RE.fullmatch(name.strip()) and _PLACE_RE.fullmatch(place.strip()) \
                and credits_a_person(name.strip(), doc.url, doc.outlet):
            start = text.index(line, s)
            found.add("byline", start, start + len(line), "a letter's signature on a letters page")
            return
        previous = line


def _signed_letters(doc: Document) -> bool:
    """(loaded47) Is the text's body letters each signed by a name and a place, under no heading
    (reader_letters.signed_page_letters: "Coddling the careless | Road markings")?"""
    from .reader_letters import signed_page_letters

    return bool(signed_page_letters(doc))


def _is_letters_page(doc: Document, head: list[tuple[int, int]]) -> bool:
    headings = _phrases("letters_page_headings")
    text = doc.text
    for s, e in head:
        if e - s <= SIGN_OFF_CHARS and text[s:e].lower().rstrip(" :").strip() in headings:
            return True
    return False


_SIGN_OFF_DASHES = "-\u2013\u2014 \t"  # (kinds28) a dash before a sign-off, and before each item of a dashed list of names


def role_sign_off(doc: Document, found: furniture.Found) -> None:
    """A notice's or a statement's sign-off with its writer's office (the module's doc): the
    byline."""
    if "byline" in found.hits:
        return
    text = doc.text
    # the foot's last FOOT_LINES lines with text among its last 2 * FOOT_LINES, and the lines above them
    looked = [(s, e) for s, e in doc.lines[-2 * FOOT_LINES:] if text[s:e].strip()][-FOOT_LINES:]
    foot = [(s, e) for s, e in doc.lines[-2 * FOOT_LINES - STAFF_LIST_PAIRS:] if text[s:e].strip()]
    for i in range(len(foot) - len(looked), len(foot)):
        s, e = foot[i]
        # (kinds28) a dash before the sign-off ("- Sgt. Lisa Howard, Public Information Officer, ...")
        raw = text[s:e].strip()
        line = raw.lstrip(_SIGN_OFF_DASHES)
        if not _name_with_office(line):
            continue
        # (kinds28) a dashed line next to another is one item of a list ("- Kathy Pham, Computer Scientist at ..."
        # among other people's names), no signature
        if line != raw and any(0 <= j < len(foot) and text[slice(*foot[j])].strip()[:1] in "-\u2013\u2014"
                               for j in (i - 1, i + 1)):
            continue
        name = line.partition(",")[0].strip()
        # (web25b) one of a staff list's lines ("Ann Lee, Director" / "Raj Patel, Treasurer"), or a
        # press release's media contact in its closing block: no one's signature under the text
        if any(0 <= j < len(foot) and _name_with_office(text[slice(*foot[j])].strip().lstrip(_SIGN_OFF_DASHES))
               for j in (i - 1, i + 1)) \
                or _in_closing_block(doc, s):
            continue
        if credits_a_person(name, doc.url, doc.outlet):
            start = text.index(line, s)
            found.add("byline", start, start + len(line), "a sign-off with the writer's office")
            return


def _name_with_office(line: str) -> bool:
    """Is `line` a name and an office after a comma ("Jane Doe, Director of Public Health"), a
    role word in the office's first words, no verb of saying on the line (role_sign_off)?"""
    name, comma, office = line.partition(",")
    if not comma or len(line) > ROLE_SIGN_OFF_CHARS or not _NAME_RE.fullmatch(name.strip()):
        return False
    roles, saying = _sign_off_words()
    if any(w.strip(".,;:") in saying for w in line.lower().split()):
        return False  # ("Jane Doe, the director, said so."): a sentence reporting speech
    return _has_role(office, roles)


def _has_role(office: str, roles: frozenset[str]) -> bool:
    return any(w.strip(".,;:") in roles for w in office.lower().replace("-", " ").split()[:ROLE_WORDS_AFTER_NAME])


def _in_closing_block(doc: Document, start: int) -> bool:
    """(web25b) Does offset `start` stand in a press release's closing block ("###", "Media
    contact:", "About <issuer>" to the end: `form_lines.closing_block`)? Its names are the
    issuer's contacts, read by no signal, not the writer's signature."""
    from .form_lines import closing_block

    block = closing_block(doc)
    return block is not None and start >= block[0]


def signature_block(doc: Document, found: furniture.Found) -> None:
    """(byline18) A signature at the foot: the byline. Either closing words on a line of their own
    ([valediction_lines]: "Signed,", "Yours sincerely,") and the writer's name on the next line,
    its affiliation after a comma ("Professor Alan Whitby, University of Coldbrook"); or a name
    alone on its line and the writer's office on the next, a role word in its first words
    ("Hank Dawson" / "President, The Liberty Ledger"). An open letter, a newsletter's sign-off."""
    valedictions = _phrases("valediction_lines")  # (read first: its section is read for every text, tests/test_lexicon.py)
    if "byline" in found.hits:
        return
    text = doc.text
    # the foot's last SIGNATURE_LINES lines with text among its last 3 * SIGNATURE_LINES, and the lines above them
    looked = [(s, e) for s, e in doc.lines[-3 * SIGNATURE_LINES:] if text[s:e].strip()][-SIGNATURE_LINES:]
    wider = [(s, e) for s, e in doc.lines[-3 * SIGNATURE_LINES - 2 * STAFF_LIST_PAIRS:] if text[s:e].strip()]
    first_at = len(wider) - len(looked)
    for i in range(first_at, len(wider) - 1):
        (s, e), (ns, ne) = wider[i], wider[i + 1]
        line, below = text[s:e].strip(), text[ns:ne].strip()
        if len(line) > SIGN_OFF_CHARS or len(below) > ROLE_SIGN_OFF_CHARS:
            continue
        if line.lower().rstrip(" ,.") in valedictions:
            name = below.partition(",")[0].strip()
            at, where, note = below, ns, "a signature under closing words"
        else:
            if not _name_over_office(line, below):
                continue
            # (web25b) one pair of a staff list ("Ellie Brandt" / "Director", "Raj Menon" /
            # "Reserves Manager": a team page's grid), or a contact in a press release's closing
            # block: no one's signature under the text
            if any(0 <= j and j + 1 < len(wider) and _name_over_office(text[slice(*wider[j])].strip(),
                                                                        text[slice(*wider[j + 1])].strip())
                   for j in (i - 2, i + 2)) or _in_closing_block(doc, s):
                continue
            name = line
            at, where, note = line, s, "a signature with the writer's office under it"
        if _NAME_RE.fullmatch(name) and credits_a_person(name, doc.url, doc.outlet):
            start = text.index(at, where)
            found.add("byline", start, start + len(at), note)
            return


def _name_over_office(line: str, below: str) -> bool:
    """Is `line` a name alone and `below` the office under it, a role word in its first words and
    no verb of saying (signature_block)?"""
    if len(line) > SIGN_OFF_CHARS or len(below) > ROLE_SIGN_OFF_CHARS or not _NAME_RE.fullmatch(line):
        return False
    # (lead, session 34) a sentence of its own under the line is no office: "Promenade Closed Again" /
    # "The coastguard has closed the promenade at Wexley after waves topped the sea wall." (a live
    # blog's entry under its heading; claims43 made "coastguard" a role word)
    if below.endswith(".") and len(below.split()) > OFFICE_MAX_WORDS:
        return False
    roles, saying = _sign_off_words()
    return _has_role(below, roles) and not any(w.strip(".,;:") in saying for w in below.lower().split())


@lru_cache(maxsize=1)
def _sign_off_words() -> tuple[frozenset[str], frozenset[str]]:
    return words("attribution.txt", "role_words"), words("attribution.txt", "reporting_words")


def update_line(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """A short head line (`head`: `head_lines`) giving when the text was updated: an update note."""
    if "correction or update notes" in found.hits:
        return
    text = doc.text
    for s, e in head:
        if e - s <= SHORT_LINE and text[s:s + 1] in "LlUu" and _UPDATE_RE.match(text[s:e].lower()):
            found.add("correction or update notes", s, e, "an update line")
            return


def dated_publication(doc: Document, found: furniture.Found, lower: str) -> None:
    """A publication named after "published" and a date (the module's doc), in a prose sentence:
    a reference to a primary document. `lower`: the lower-cased text (offsets as the text's)."""
    if "references to primary documents" in found.hits:
        return
    not_prose, starts = doc.analysis.non_prose_sentences, doc.analysis.sentence_starts
    i = lower.find("published ")
    while i >= 0:
        m = _DATED_RE.match(lower, i)
        title = _TITLE_AFTER_RE.match(doc.text, m.end()) if m else None
        if title and title.group(1) not in _NOT_TITLES and not place_at(doc.text, title.start(1)) \
                and bisect.bisect_right(starts, i) - 1 not in not_prose:
            found.add("references to primary documents", i, title.end(), "a publication named after its date")
            return
        i = lower.find("published ", i + 10)

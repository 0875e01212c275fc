"""(web40) The person who publishes a personal site, read as the author of a page that names no other.

A personal blog often names its writer only as the site: "Jane Roe's Notebook" in its title or
og:site_name, "Copyright 2015 Jane Roe" at its foot, no byline over the post. The page reader
took the site's name for no person's (`names.not_a_person`, rule "site's own name": a site named
after its writer gives no byline), so such a page had "no author" though it says whose it is.

`site_owner(markup, url, outlet)` gives that person's name, only where the page says so:
- its JSON-LD gives a publisher of type Person with a name (`"publisher": {"@type": "Person",
  "name": "Jane Roe"}`, by itself or through an "@id");
- or the site's name (og:site_name, else the outlet read from the page's title) is a person's name,
  alone or as a possessive before the site's own words ("Jane Roe", "Jane Roe's Notebook"), and the
  page says the same person stands behind it in one more place: a `rel="author"` link with that
  name, an "About me" box that names the person or, for a possessive, its copyright notice ("(c)
  2012- Jane Roe", "Copyright 2015 Jane Roe": a company's site names the company so); and it writes none of the name's words in lower case (the words of a
  site's name are common words: "Women Can Talk Sports", "women can talk").
A site's name that is no person's (a company, a magazine, one word), a possessive the page
confirms nowhere else, and an Organization publisher give nothing.

(web41) `self_introduced(text)`: the writer who introduces themselves in the opening of a post that
names no author ("I'm Clara Whitfield and I have been fixing bicycles ...", "Hi, I'm Clara Whitfield,
...", "My name is Clara Whitfield and ..."): a personal site's writer named only in the prose. Only
at the start of one of the text's first SELF_INTRO_LINES lines (not inside a quotation, not a
reported "she said she was ..."), the full name (two to four capitalised words, a person's by
`names.credits_a_person`), then "and", a comma, a full stop or a dash.

Blind spots: a personal site named in a nickname ("The Tidy Coder"), a writer who gives a first name
only ("I'm Jane") or introduces themselves further down stay without an author.
"""

from __future__ import annotations

import re
from html import unescape

from .names import person_name_pattern

__all__ = ["SITE_OWNER_RULES", "SELF_INTRO_LINES", "footer_owner", "footer_person", "self_introduced", "site_owner"]

SITE_OWNER_RULES = (
    ("Person publisher", "the page's JSON-LD gives a publisher of type Person with a name"),
    ("site named for its writer",
     "the site's name is a person's name, alone or as a possessive (\u201cJane Roe's Notebook\u201d), "
     "and a rel=\"author\" link, an \u201cAbout me\u201d box or, for a possessive, the page's copyright notice "
     "names the same person"),
)

# a person's name: two to four capitalised words (a particle between them, an initial); (web47) a word may be
# double-barrelled, each part capitalised ("Whitcombe-Reyes", "Marie-Claire")
_NAME_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019]+)*"
_PERSON_RE = re.compile(_NAME_WORD + r"(?:\s+(?:[A-Z]\.|van|von|de|der|da|di|du|le|la|" + _NAME_WORD + r")){1,3}")
# "Jane Roe's Notebook", "Jane Roe\u2019s Digital Home": the name before a possessive, then the site's words
_POSSESSIVE_RE = re.compile(r"(?P<name>.+?)['\u2019]s?\s+\S.*")
_SITE_NAME_RE = re.compile(r"""<meta\s[^>]*property\s*=\s*["']og:site_name["'][^>]*>""", re.IGNORECASE)
_CONTENT_RE = re.compile(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_TAG_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
# a copyright notice: the mark, then years and dashes, then the holder
_COPYRIGHT_RE = re.compile(r"(?:\u00a9|\([cC]\)|[Cc]opyright|COPYRIGHT)(?:\s|\u00a9|\([cC]\))*"
                           r"(?:\d{4}\s*(?:[-\u2013,]\s*(?:\d{4})?\s*)*)?(?:by\s+)?")
_ABOUT_ME_RE = re.compile(r"\b(?:about me|about the author|\u00fcber mich)\b", re.IGNORECASE)
ABOUT_REACH = 300  # characters of text after "About me" in which the name must stand
# words no person's name holds (a site of a company, a magazine, a shop)
_NOT_NAME_WORDS = frozenset("blog news magazine media press digital online home journal times post daily weekly "
                            "review world the and of for".split())


def _person_name(name: str) -> str:
    """`name` where it is shaped as a person's name (the module's doc), else ""."""
    name = " ".join(name.split())
    if not _PERSON_RE.fullmatch(name) or any(w.lower() in _NOT_NAME_WORDS or w.endswith(("'s", "\u2019s", "'", "\u2019"))
                                             for w in name.split()):
        return ""
    return name


def _publisher_person(markup: str) -> str:
    """The name of a publisher of type Person in the page's JSON-LD, or ""."""
    if "ld+json" not in markup:
        return ""
    from .page_jsonld import json_ld_objects

    objects, by_id = json_ld_objects(markup)
    for obj in objects:
        publisher = obj.get("publisher")
        for value in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(value, dict) and set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
                value = by_id.get(value["@id"], value)
            if not isinstance(value, dict):
                continue
            kinds = value.get("@type")
            if "Person" in (kinds if isinstance(kinds, list) else [kinds]) and isinstance(value.get("name"), str):
                found = _person_name(unescape(value["name"]))
                if found:
                    return found
    return ""


def _site_name(markup: str, outlet: str) -> str:
    tag = _SITE_NAME_RE.search(markup)
    content = _CONTENT_RE.search(tag[0]) if tag else None
    return unescape((content[1] or content[2] or "") if content else "").strip() or outlet


def _named_on_site(site: str) -> tuple[str, bool]:
    """(the person the site's name is, whether as a possessive: "Jane Roe's Notebook"), or ("", False)."""
    possessive = _POSSESSIVE_RE.fullmatch(" ".join(site.split()))
    if possessive and _person_name(possessive["name"]):
        return _person_name(possessive["name"]), True
    return _person_name(site), False


def _confirmed(name: str, markup: str, possessive: bool) -> bool:
    """Does the page name `name` in a rel="author" link, in an "About me" box or, for a site named
    as the person's possessive, as its copyright's holder (a company names itself in its copyright
    notice: "Harbour Gazette"), and write none of its words in lower case (as the words of a
    site's name are: "Women Can Talk Sports", "women can talk")?"""
    from .names import not_a_person
    from .page_meta import linked_author

    text = " ".join(unescape(_TAG_RE.sub(" ", markup)).split())
    if not_a_person(name) or any(re.search(r"(?<![\w.@/-])" + re.escape(w.lower()) + r"(?![\w@-])", text)
                                 for w in name.split() if len(w) > 2):
        return False
    if linked_author(markup) == name:
        return True
    for mark in _COPYRIGHT_RE.finditer(text) if possessive else ():
        if text.startswith(name, mark.end()):
            return True
    return any(name in text[m.end() : m.end() + ABOUT_REACH] for m in _ABOUT_ME_RE.finditer(text))


def site_owner(markup: str, outlet: str = "") -> tuple[str, str]:
    """(the person who publishes the site, the rule of SITE_OWNER_RULES that says so), or ("", "")."""
    found = _publisher_person(markup)
    if found:
        return found, SITE_OWNER_RULES[0][0]
    name, possessive = _named_on_site(_site_name(markup, outlet))
    if name and _confirmed(name, markup, possessive):
        return name, SITE_OWNER_RULES[1][0]
    return "", ""


def footer_owner(holder: str, author: str, markup: str) -> str:
    """(web45) The person a personal site's footer names as its copyright's holder ("\u00a9 2026 Jane Doe",
    read by `page_meta.footer_outlet`), or "" where the holder is no person's name or the page names
    them nowhere else: a site's owner, not an outlet. A person only where the holder is shaped as a
    person's name and the page's author is that person, or a rel="author" link or an "About me" box
    names them (`_confirmed`): a firm named for its founder writes its name so in its footer too."""
    name = _person_name(holder)
    if not name:
        return ""
    from .names import squash

    if author and squash(name) in {squash(part) for part in author.split(";")}:
        return name
    return name if _confirmed(name, markup, False) else ""


def footer_person(holder: str, markup: str) -> bool:
    """(web46) Is the footer's copyright holder ("\u00a9 2026 Corin Tallis") shaped as a person's name, where
    the page confirms it nowhere else (`footer_owner` found no one)? Then it is neither the outlet nor the
    author: no outlet is better than a wrong one. A person's name here: two to four capitalised words
    (`_person_name`) that no rule of names.NOT_A_PERSON takes for a body, none of them a word that ends a
    paper's, a company's, a body's or a place's name ("Harbour Gazette", "Acme Records", "Oxley Bakery",
    "Hill Street": names' masthead, organisation and place words, attribution.txt's organisation words,
    prose.txt's company kinds), and none written in lower case on the page (the words of a
    club's or a shop's name are common words the page writes: "Kettlewick Cycling Club", "the club")."""
    from .names import (_masthead_name_words, not_a_person, organisation_label_words, organisation_name_words,
                        place_name_words)

    name = _person_name(holder)
    if not name or not_a_person(name):
        return False
    from .phrases import words

    body_words = (_masthead_name_words() | organisation_name_words() | organisation_label_words() | place_name_words()
                  | words("attribution.txt", "organisation_words") | words("prose.txt", "company_kind_words"))
    if any(w.lower() in body_words for w in name.split()):
        return False
    text = " ".join(unescape(_TAG_RE.sub(" ", markup)).split())
    return not any(re.search(r"(?<![\w.@/-])" + re.escape(w.lower()) + r"(?![\w@-])", text)
                   for w in name.split() if len(w) > 2)


# (web41) the writer's own introduction opening a line: a greeting perhaps, "I'm"/"I am"/"My name is", the name
# (names.person_name_pattern: two to four capitalised words), then "and", a comma, a full stop or a dash
SELF_INTRO_LINES = 4
_SELF_INTRO_RE = re.compile(
    r"(?i:(?:hi|hello|hey)(?:\s+(?:there|everyone|all|folks))?[,!.]?\s+)?(?:I['\u2019]m|I am|(?i:my) name is)\s+"
    rf"(?P<name>{person_name_pattern()})(?=\s+and\b|\s*[,.]|\s+[-\u2013\u2014]\s)")


def self_introduced(text: str) -> str:
    """(web41) The name a post's writer introduces themselves by at the start of one of its first
    SELF_INTRO_LINES lines (the module's doc), or ""."""
    from .names import credits_a_person

    for line in [ln.strip() for ln in text.split("\n") if ln.strip()][:SELF_INTRO_LINES]:
        found = _SELF_INTRO_RE.match(line)
        if found is None:
            continue
        if credits_a_person(found["name"]):
            return found["name"]
    return ""

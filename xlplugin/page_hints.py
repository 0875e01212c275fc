"""What a web page says about its own kind, beyond `og:type`: read by the document-kind rules.

Trafilatura keeps the article's heading as its title and the page's type (`og:type`), but drops
three things a page says about what sort of page it is:

- the section the page files itself under (`<meta property="article:section">`, JSON-LD's
  `articleSection`): "Opinion", "Comment", "Letters";
- its JSON-LD `genre` ("Satire": a satire site's pages say so there; kinds20);
- its JSON-LD `@type` where it is more precise than `og:type` ("LiveBlogPosting", "OpinionNewsArticle",
  "TechArticle"), also each of a list of types (`"@type": ["NewsArticle", "OpinionNewsArticle"]`; kinds43);
- the generator that built it (`<meta name="generator">`: "Sphinx 8.1.3", "MkDocs", "Docusaurus": a
  documentation builder);
- (kinds28) the markup of a listing: a site's own page (og:type "website") holding three or more
  `<article>` elements each with its own `<time>` (teaser cards of dated posts, an events calendar's
  entries), or a body class "archive", "tag", "category" or "search" (WordPress and its kin mark index
  pages so). The teasers' linked headlines are lost from the text, so the text's shape cannot tell;
- the browser's `<title>`, whose label before a mark ("Opinion: ...", "Comment | ...") an
  article's heading often leaves out, and whose end may name a documentation set ("... — tidewire
  3.2 documentation").

`hints(markup)` gives them as one short string of "name: value" parts after the page type, e.g.
"article; section: opinion; title: opinion: our towns need benches | the standard", which `xlplugin.pages` appends to `page_type`
(so the kind rules read them with the page type, `kinds.txt` rules on `page_type`). Regular
expressions over the page's markup: nothing is fetched.

One part says what was saved rather than what the page is: "saved: paywalled teaser" (`SAVED_PARTS`),
added by `xlplugin.pages` where only a paywall's teaser is on the page. It withholds the index, not
the kind: a news report's teaser is still a news report. The engine reads it (`index_withheld`);
it travels with the page type, so every input that carries the page type (a file, a folder, a
workbook refresh that reads the file again, the Dask tables) carries it too.
"""

from __future__ import annotations

import re
from html import unescape

from .page_wiki import is_mediawiki

__all__ = ["SAVED_PARTS", "hints", "index_withheld", "page_type_word", "with_saved_part"]

_META_RE = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR_RE = re.compile(r"""\b(name|property|content)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_JSON_SECTION_RE = re.compile(r""""articleSection"\s*:\s*\[?\s*"([^"]{1,60})\"""")
# (web44) a JSON-LD articleSection given as a list (["News", "Opinion"]): every item is a section the page is filed under
_JSON_SECTION_LIST_RE = re.compile(r""""articleSection"\s*:\s*\[([^\]]{1,400})\]""")
_JSON_STRING_ITEM_RE = re.compile(r'"([^"]{1,60})"')
# (web44) at most this many sections are named (a page filed under a long list of tags says no more by the tenth)
SECTIONS_MAX = 4
# (kinds20) a JSON-LD "genre" ("Satire", "Parody"): a satire site's pages say what they are there
_JSON_GENRE_RE = re.compile(r""""genre"\s*:\s*\[?\s*"([^"]{1,60})\"""")
# (kinds24) a satire site says so in its own name or its description ("The Weekly Spoon: satire", "a satirical news
# site"): read as the page's genre where it names none. A review's description of a "political satire" film names
# no satire site
_SATIRE_SITE_NAME_RE = re.compile(r"\b(?:satire|satirical|parody|spoof)\b", re.IGNORECASE)
_SATIRE_SITE_SAYS_RE = re.compile(r"\b(?:satirical|satire|parody|spoof) (?:news(?:paper)?|site|website|publication|magazine|blog)\b"
                                  r"|\bnews (?:satire|parody|spoof)\b", re.IGNORECASE)
_JSON_TYPE_RE = re.compile(r""""@type"\s*:\s*"([A-Za-z]{1,40})\"""")
# (kinds43) JSON-LD may give several types as a list ("@type": ["NewsArticle", "OpinionNewsArticle"]): each is read
_JSON_TYPE_LIST_RE = re.compile(r""""@type"\s*:\s*\[([^\]]{1,200})\]""")
_JSON_STRING_RE = re.compile(r""""([A-Za-z]{1,40})\"""")
_TITLE_RE = re.compile(r"<title\b[^>]*>([^<]*)</title", re.IGNORECASE)
# (kinds28) a listing's markup: dated teaser cards, an index page's body class, a "next page" link
_ARTICLE_TAG_RE = re.compile(r"<article\b", re.IGNORECASE)
_TIME_TAG_RE = re.compile(r"<time\b", re.IGNORECASE)
_BODY_LISTING_RE = re.compile(r"""<body\b[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?(archive|tag|category|search|search-results|blog)(?=[\s"'])""",
                              re.IGNORECASE)
_REL_NEXT_RE = re.compile(r"""<link\b[^>]*\brel\s*=\s*["']next["']""", re.IGNORECASE)
DATED_TEASERS_MIN = 3
# JSON-LD types that say no more than og:type does (a page, a person, an organisation, a list)
_PLAIN_TYPES = frozenset(("article", "newsarticle", "webpage", "website", "person", "organization",
                          "organisation", "imageobject", "breadcrumblist", "listitem", "searchaction",
                          "entrypoint", "wpheader", "wpfooter", "sitenavigationelement", "readaction",
                          "propertyvalue", "place", "postaladdress", "logo"))
# What was saved of a page, as a part of its page type ("saved: ..."), and why the index is then
# withheld: the scores would describe a piece of the article, not the article.
SAVED_PARTS = {
    "paywalled teaser": "only a teaser of a paywalled article was saved",
    # (pages18) a page whose main content is a video: the text is its caption, not the video's content
    "video caption": "a video page: the text is only its caption",
}
_SAVED_PREFIX = "saved: "
HEAD_CHARS = 60_000  # the metadata sits in the page's head; a long body is not searched


def _metas(head: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in _META_RE.findall(head):
        attrs = {m[1].lower(): m[2] if m[2] is not None else m[3] or "" for m in _ATTR_RE.finditer(tag)}
        key = (attrs.get("name") or attrs.get("property") or "").lower()
        if key and "content" in attrs and key not in found:
            found[key] = " ".join(unescape(attrs["content"]).split())
    return found


def _sections(head: str, markup: str) -> list[str]:
    """The sections the page files itself under: its article:section meta tags, else its JSON-LD
    articleSection (a string, or each string of a list), in the page's order, each once."""
    found = [" ".join(unescape(m[2] if m[2] is not None else m[3] or "").split())
             for tag in _META_RE.findall(head)
             for attrs in [[a for a in _ATTR_RE.finditer(tag)]]
             if any(a[1].lower() in ("name", "property") and (a[2] or a[3] or "").lower() == "article:section" for a in attrs)
             for m in attrs if m[1].lower() == "content"]
    if not found:
        lists = _JSON_SECTION_LIST_RE.findall(markup)
        found = _JSON_STRING_ITEM_RE.findall(lists[0]) if lists else _JSON_SECTION_RE.findall(markup)[:1]
    return [s for s in dict.fromkeys(found) if s][:SECTIONS_MAX]


def hints(markup: str) -> str:
    """The page's own hints at its kind, as "section: ...; generator: ...; genre: ...; type: ...;
    title: ..." (lower-cased; only those the page gives), or ""."""
    head = markup[:HEAD_CHARS]
    metas = _metas(head)
    parts = []
    # (web44) every section the page names, each a part of its own ("section: news; section: opinion"): a list's
    # second item ("Opinion") was missed, as was a second <meta property="article:section">
    parts.extend(f"section: {section}" for section in _sections(head, markup))
    if metas.get("generator"):
        parts.append(f"generator: {metas['generator']}")
    elif is_mediawiki(markup[:HEAD_CHARS]):  # (web28) a wiki page that names no generator: its body class, its content box
        parts.append("generator: mediawiki")
    genre = next(iter(_JSON_GENRE_RE.findall(markup)), "") or _satire_site(metas)
    if genre:
        parts.append(f"genre: {genre}")
    found = _JSON_TYPE_RE.findall(markup) + [t for group in _JSON_TYPE_LIST_RE.findall(markup) for t in _JSON_STRING_RE.findall(group)]
    types = [t for t in dict.fromkeys(found) if t.lower() not in _PLAIN_TYPES]
    if types:
        parts.append("type: " + ", ".join(types[:3]))
    listing = _listing(markup, metas)
    if listing:
        parts.append(f"listing: {listing}")
    title = _TITLE_RE.search(head)
    if title and title[1].strip():
        parts.append("title: " + " ".join(unescape(title[1]).split()))
    return "; ".join(p.replace(";", ",") for p in parts).lower()


def _listing(markup: str, metas: dict[str, str]) -> str:
    """(kinds28) What marks a site's own page (og:type "website") as a listing of other pages or events: "N dated
    teasers" (N `<article>` elements, three or more, each holding a `<time>` before the next begins), "<class> page"
    (the body's class "archive", "tag", "category", "search"), "next page" (a `<link rel="next">`); "" where it has
    neither dated teasers nor such a class. An article's own page (og:type "article") with a sidebar of dated
    teasers is none: its og:type says what it is."""
    if metas.get("og:type", "").lower() != "website":
        return ""
    found = []
    starts = [m.start() for m in _ARTICLE_TAG_RE.finditer(markup)]
    if len(starts) >= DATED_TEASERS_MIN:
        ends = starts[1:] + [len(markup)]
        dated = sum(1 for start, end in zip(starts, ends) if _TIME_TAG_RE.search(markup, start, end))
        if dated >= DATED_TEASERS_MIN:
            found.append(f"{dated} dated teasers")
    body = _BODY_LISTING_RE.search(markup)
    if body:
        found.append(f"{body[1].lower()} page")
    if found and _REL_NEXT_RE.search(markup[:HEAD_CHARS]):
        found.append("next page")
    return ", ".join(found)


def _satire_site(metas: dict[str, str]) -> str:
    """(kinds24) "satire" where the site's own name (og:site_name, application-name) or the page's description
    says it is a satire site; "" otherwise."""
    name = metas.get("og:site_name", "") + " " + metas.get("application-name", "")
    said = metas.get("description", "") + " " + metas.get("og:description", "")
    return "satire" if _SATIRE_SITE_NAME_RE.search(name) or _SATIRE_SITE_SAYS_RE.search(said) else ""


def page_type_word(page_type: str) -> str:
    """The page type alone ("article"), without the hints `hints` added after it."""
    return page_type.partition(";")[0].strip()


def with_saved_part(page_type: str, saved: str) -> str:
    """`page_type` with the part "saved: `saved`" (a key of SAVED_PARTS) after its hints."""
    if saved not in SAVED_PARTS:
        raise KeyError(f"unknown saved part {saved!r}; known: {', '.join(SAVED_PARTS)}")
    # (the part always follows a ";": a page or a text file with no page type of its own gives
    # "; saved: ...", which index_withheld reads as it reads a part after a page type)
    return f"{page_type}; {_SAVED_PREFIX}{saved}"


def index_withheld(page_type: str) -> str:
    """Why no index is given, where the page type says only part of the article was saved
    (a "saved: ..." part, SAVED_PARTS); "" otherwise. The page's own hints cannot make one: `hints`
    turns every ";" the page gives into ","."""
    if _SAVED_PREFIX not in page_type:
        return ""
    for part in page_type.split(";")[1:]:
        part = part.strip()
        if part.startswith(_SAVED_PREFIX):
            return SAVED_PARTS.get(part[len(_SAVED_PREFIX):], "")
    return ""

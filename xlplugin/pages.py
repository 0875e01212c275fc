"""Web pages in, the article out: the main text of a saved HTML page and what the page says
about itself (title, author, date, canonical URL, site name, page type).

An input adapter, like `xlplugin.workbook`: the core never imports it. The main text comes from
trafilatura (Apache-2.0; Barbaresi 2021), imported here on first use only, so the core keeps
running in Pyodide (xlwings Lite), where trafilatura is not installed. Options, and why:

- `include_comments=False`: readers' comments are not the article;
- `with_metadata=True`: title, author, date, canonical URL and site name feed the provenance
  and source-rating signals and the document kind;
- `date_extraction_params={"extensive_search": False, "original_date": True}`: the date the
  page states (meta tags, JSON-LD, a date element), the original rather than the last update;
  trafilatura's extensive search also guesses from copyright lines and loose numbers, which on
  the development pages gave "2000-01-01" for an organisation page and January 1 of the
  copyright year for five others: a confident wrong date is worse than none;
- balanced mode (neither `favor_precision` nor `favor_recall`): on the development pages
  (`scripts/evaluate_web.py`) precision mode lost 12 of the 283 "with" strings for 4 fewer
  leaks; recall mode changed nothing for the better.

What trafilatura leaves, this module then takes out (`clean_text`): lines of page furniture
that sit inside the article's container (share buttons, newsletter boxes, "Read more: <other
headline>", image credits, "related articles" blocks at the end). The patterns are in
`xlplugin/data/page_furniture.txt`, each with why; other stories' teasers after a "Next: ..."
line at the end are found by `xlplugin.page_teasers`; boxes of other posts named so in the markup
("related-posts", "nextstory") are taken out before extraction (`xlplugin.page_promos`); the
page's own byline and author biography in the text by `xlplugin.page_bylines`. Metadata that
trafilatura gets wrong or misses (a slug for a title, a company or an address for an author, a
site name given only in a feed link) is read again by `xlplugin.page_meta`.

Where trafilatura is not installed, the page is read with the plain reader
(`xlplugin.inputs.html_to_text`: every visible text, menus included) and the note says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html import unescape as html_unescape
from typing import Any

from .lexicon import load_sections
from .hosting import platform_named
from .links import is_web_address
from .page_bylines import author_lines, column_feet, post_author, with_column_foot, without_author_tail, without_role_line
from .page_dates import drop_teaser_dates, live_entry_dates, published_not_modified, without_date_head
from . import forum_posts, page_hints
from .page_threads import first_post_date, tidy_threads
from .page_glue import heading_kickers, separate_glued, separate_kickers, unwrap_source_lines, without_kicker
from .page_layout import unwrap_layout_tables
from .page_headings import article_headings, with_headings
from .page_jsonld import article_body, article_fields, other_articles
from .page_lists import name_list_tail_start
from .page_owners import footer_owner, footer_person, self_introduced, site_owner
from .page_code import mark_styled_code, may_hold_styled_code
from .page_articles import keep_one_article
from .page_sites import addresses_note, canonical_address, comment_form_address, shared_address, without_base_root, disagreeing_addresses, name_elsewhere_note, page_addresses
from .aggregator_copies import aggregator_page, page_credit, story_by_author, with_credit, without_provider
from .page_publications import publication_outlet
from .page_site_spelling import site_spelling, titled_address_name
from .page_subtitles import page_subtitle, with_subtitle
from .page_origin_notes import origin_note, with_origin_note
from .page_meta import (without_outlet_tail, agency_byline, archive_author, article_title, confirmed_headline, repeated_site_part, generic_title_part, owner_not_site, as_written, author_parts, byline_author, footer_outlet, known_site_name, site_account,
                        linked_author, signed_post_author, site_name, slash_dates_day_first, submitted_line, text_byline, titled_site, text_date, without_address, without_section_head, written_by)
from .page_contacts import press_contact, with_press_contact
from .page_claim_review import verdict_note
from .page_pager import continued_note
from .page_promos import drop_promo_blocks
from .page_stamps import drop_title_time, keep_entry_times
from .page_teasers import linked_headings, teaser_tail_start, without_linked_headings
from .page_ucoz import ucoz_entry, without_breadcrumb
from .page_wiki import tidy_wiki

__all__ = ["Page", "extract_page", "clean_text", "trafilatura_available", "EXTRACTOR_OPTIONS"]

EXTRACTOR_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "with_metadata": True,
    "include_tables": True,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}
# A furniture heading ("Related articles") ends the article only in its last part: the same
# words near the top are more likely a sentence of the article.
RELATED_TAIL_SHARE = 0.5
# Lines longer than this are prose, whatever words they hold.
FURNITURE_MAX_CHARS = 140
# A main text this short (in words) from a page that says it is an article, or whose visible text
# is many times longer, is more likely a caption or teaser than the article (the extractor found
# the wrong block, or the page loads its article by script): the note says so, so that a person
# does not read the scores as the article's. The text scored is not changed.
ARTICLE_MIN_WORDS = 50
# ... "many times longer": the visible text (menus and all) over the main text. Menus alone make
# a page several times its text (a 45-word teaser among 218 words of menus), hence 10.
PAGE_TEXT_RATIO = 10
# A paywall's prompt ("This article is for subscribers only", [paywall] in page_furniture.txt)
# with fewer words than this left around it: what was saved is the teaser a site shows everyone
# (a headline and a paragraph or three), not the article. The page type then says so (the part
# "saved: paywalled teaser", page_hints.SAVED_PARTS), and the engine gives no index: scores of a
# teaser are not the article's. The kind is left to the rules (a news report's teaser is a news
# report). A subscriber's saved page holds the whole article and no prompt.
PAYWALL_TEASER_MAX_WORDS = 300
PAYWALLED_TEASER = "paywalled teaser"
# (pages18) A page whose main content is a video (its type says video: og:type "video.other",
# JSON-LD VideoObject; or a video player in its main content) with fewer words of text than this
# is the video's page: the text is the caption under the player, not what the video says. The
# page type then says so (the part "saved: video caption", page_hints.SAVED_PARTS) and the engine
# gives no index, as for a paywall's teaser; the kind is left to the rules. A video page with a
# transcript or a story of its own (this many words or more) keeps its index. Of the 109
# development pages one with a player is under it (45 words introducing a YouTube video); the next
# pages with a player hold 127 words or more of their own text (an article with a clip).
VIDEO_CAPTION_MAX_WORDS = 80
# (web34) A page that shows its article by script (a news site's app) holds in its markup only what
# is around the article (a photo's caption, the standfirst) and gives the whole text in its JSON-LD
# ("articleBody" of its own NewsArticle). Where that body holds this many times the words of the text
# found (and at least ARTICLE_MIN_WORDS), it is the text scored, and the note says so. Of the 109
# development pages one is so (a 24-word caption, a 702-word body); the three others whose JSON-LD
# gives a body hold it in their markup too (0.9 to 1.0 times the words found), and a site that gives
# only a teaser as its body gives fewer words than its page.
JSON_LD_BODY_RATIO = 3
VIDEO_CAPTION = "video caption"
# A video player: a <video> element, or an <iframe> from a video site or a player.
_PLAYER_SRC_RE = re.compile(r"youtube|youtu\.be|vimeo|dailymotion|brightcove|jwplayer|twitch|player|/embed/", re.IGNORECASE)


# (web29) A page that lists other pages (its JSON-LD type a collection or search results, or a listing's markup:
# page_hints): the author and date the extractor read are its first teaser's, and its pager pages the list.
_LISTING_RE = re.compile(r"\b(?:collectionpage|searchresultspage)\b|(?:^|; )listing: ")


@dataclass(frozen=True)
class Page:
    """The article of a web page and its metadata ("" where the page does not say)."""

    text: str
    title: str = ""
    author: str = ""
    date: str = ""  # ISO 8601, YYYY-MM-DD
    url: str = ""  # the page's canonical URL, else the one it was given
    outlet: str = ""  # the site name the page gives (og:site_name, publisher, its title); never its host alone
    page_type: str = ""  # the page's own type hint (og:type / JSON-LD @type): "article", "product"...;
    # "web page" when the page gives none; then, after "; ", its other hints (xlplugin.page_hints)
    description: str = ""
    categories: tuple[str, ...] = ()
    note: str = ""  # how it was read, when a person should know
    removed: tuple[str, ...] = field(default=(), compare=False)  # furniture lines taken out


@lru_cache(maxsize=1)
def _trafilatura():
    try:
        import trafilatura  # noqa: F401  (lazy: an adapter dependency, never the core's)
        from trafilatura import bare_extraction
    except ImportError:
        return None
    return bare_extraction


def trafilatura_available() -> bool:
    return _trafilatura() is not None


def _separated_tree(markup: str) -> Any:
    """The page parsed as trafilatura parses it (its own `load_html`, so the extraction is the
    same), with a break put between blocks the markup glues together (`xlplugin.page_glue`);
    the markup itself where it does not parse (trafilatura then says so its own way)."""
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        return markup
    if may_hold_styled_code(markup):  # (web40) code laid out by classes alone, no <pre>: a <pre> (page_code)
        mark_styled_code(tree)
    separate_glued(tree)
    separate_kickers(tree)  # (web47) a headline's kicker on a line of its own (page_glue)
    drop_title_time(tree)  # (web47) a post's time of day at the head of its title (page_stamps)
    unwrap_layout_tables(tree)  # (pages21) an e-mail's body laid out in a table: its blocks as shown
    _drop_marks(tree)  # a heading's permalink mark, a struck-out old price
    if "mediawiki" in markup or "mw-parser-output" in markup:  # (web28) a wiki's furniture: xlplugin.page_wiki
        tidy_wiki(tree)
    drop_promo_blocks(tree)  # boxes of other posts' teasers (xlplugin.page_promos)
    drop_teaser_dates(tree)  # other stories' dates in teaser cards (xlplugin.page_dates)
    if "<time" in markup:  # (web25c) a live blog's entry times in blocks of their own: xlplugin.page_stamps
        keep_entry_times(tree)
    if "answered" in markup and " rep" in markup:  # (forum25) a Q&A page's post signatures: xlplugin.forum_posts
        forum_posts.keep_qa_signatures(tree)
    tidy_threads(tree, markup)  # (web25a) phpBB's profile boxes, a Q&A page's spread signatures
    unwrap_source_lines(tree)  # (web39) the source's hard wraps inside a paragraph: spaces, as shown (page_glue)
    return tree


def _joined(patterns: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# A struck-out old price ("<s>£155.00</s>" before "Save 17%"): a few words holding a digit.
_OLD_PRICE_WORDS = 3


# (webtidy40) A heading's own anchor link as Hugo and Jekyll themes write it (<h2 id="x">The old way<a
# class="anchor" href="#x">#</a></h2>): a link to a place on the page, inside a heading, showing only a mark.
_ANCHOR_MARKS = frozenset({"", "#", "\u00b6", "\u00a7", "\U0001f517", "\u2693", "\ufe0f\U0001f517"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _heading_anchor(link: Any) -> bool:
    """(webtidy40) `link` (an <a>) is a heading's permalink: its address a fragment ("#x"), it stands
    inside an h1-h6, and it shows only a mark ("#", "\u00b6", "\u00a7", a link emoji) or nothing."""
    if not (link.get("href") or "").startswith("#"):
        return False
    if "".join(link.text_content().split()) not in _ANCHOR_MARKS:
        return False
    return any(isinstance(up.tag, str) and up.tag.lower() in _HEADING_TAGS for up in link.iterancestors())


def _drop_marks(tree: Any) -> None:
    """Take out of the tree marks a page shows that are not its text, keeping the text after
    each: a heading's permalink ("¶", Sphinx's class "headerlink"; (webtidy40) any link to a place
    on the page inside a heading showing only "#", "¶", "§" or a link emoji, Hugo's and Jekyll's
    class "anchor"), which glued itself to the heading and the title; a struck-out old price (<s>, <del>, <strike> of at most
    _OLD_PRICE_WORDS words with a digit), which glued itself to the discount after it."""
    drop = [el for el in tree.iter("a") if "headerlink" in (el.get("class") or "").split() or _heading_anchor(el)]
    for el in tree.iter("s", "del", "strike"):
        words = el.text_content().split()
        if len(words) <= _OLD_PRICE_WORDS and any(c.isdigit() for c in "".join(words)):
            drop.append(el)
    for el in drop:
        el.drop_tree()  # (lxml.html: the element's tail stays where it was)


@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    sections = load_sections("page_furniture.txt")
    # [prompt], [notice] and [paywall] are read the same way (whole lines up to PROMPT_MAX_CHARS)
    long_lines = sections["prompt"] + sections["notice"] + sections["paywall"]
    return _joined(sections["line"]), _joined(sections["related"]), _joined(long_lines)


@lru_cache(maxsize=1)
def _own_date_line() -> re.Pattern[str]:
    """(web28, lead25) The page's own date line over the text ([own_date_line] of page_furniture.txt)."""
    return _joined(load_sections("page_furniture.txt")["own_date_line"])


@lru_cache(maxsize=1)
def _paywall() -> re.Pattern[str]:
    """A paywall's prompt ([paywall] of page_furniture.txt): the page saved may be a teaser."""
    return _joined(load_sections("page_furniture.txt")["paywall"])


# The headings of [related] that open a box of links to other articles. After one of them in the
# text's second half, the box's short lines are dropped; the first line of prose after it (longer
# than FURNITURE_MAX_CHARS and ending as a sentence ends) is the article going on, after a box
# the page set inside it. The headings of an author box ("About the author") and of readers'
# comments ("What readers say") end the article: the biography and the comments are prose too.
_END_HEADING_RE = re.compile(r"(?:about the author|über (?:den|die) autor|autor|zum autor|zur autorin|what (?:our )?readers|"
                             r"readers|comments|kommentare|join the|have your say|leave a|"
                             r"#\s?\d|(?:kommentar|comment)\s+#)", re.IGNORECASE)  # (web48) "#1 Kommentar von NAME"
# A sentence's end at a line's end (a closing quotation mark or bracket after it); not "..." or
# "…", which end a teaser cut short.
_PROSE_END_RE = re.compile(r"(?<!\.\.)[.!?][\"'\u201d\u2019)]*$")


def _article_again(ln: str) -> bool:
    """Is `ln`, after a box of links, the article going on: a line of prose, as long as no
    headline or teaser is, ending as a sentence does?"""
    return len(ln) > FURNITURE_MAX_CHARS and _PROSE_END_RE.search(ln) is not None


def _box_end(lines: list[str], start: int) -> int:
    """The index of the first line after the box of links whose heading is `lines[start]`: the
    first line of prose after its links (`_article_again`); the text's end where none comes, or
    where a line that is no list item follows the box's list items (the heading of another
    block: an advert, a form; its prose is not the article's)."""
    listed = False
    for index in range(start + 1, len(lines)):
        ln = lines[index]
        if _article_again(ln):
            return index
        if ln.startswith(("- ", "* ", "• ")):
            listed = True
        elif listed:
            break
    return len(lines)


# A copyright line is kept (it names the outlet), but not the link label after it ("© Copyright
# Thomson Reuters 2026. Click For Restrictions."): a button's words, not the article's.
_COPYRIGHT_LINK_RE = re.compile(r"^((?:©|\(c\)|copyright\b).*?[.!])\s+click (?:here )?for "
                                r"(?:restrictions|reprints|permissions|licensing)\.?$", re.IGNORECASE)


# A prompt to comment ([prompt]) or a cookie notice ([notice]) runs longer than other
# furniture lines (questions before the "let us know", the notice's reasons), but no longer.
PROMPT_MAX_CHARS = 300


def _is_furniture_line(ln: str, line_re: re.Pattern[str], prompt_re: re.Pattern[str]) -> bool:
    """A furniture line of [line] (at most FURNITURE_MAX_CHARS), or a prompt to comment of
    [prompt], a cookie notice of [notice] or a paywall's prompt of [paywall] (at most
    PROMPT_MAX_CHARS, from the line's start). A table's row is read without its bars."""
    if ln.startswith("|"):  # a table's row: its cells' text
        ln = ln.strip("| ")
    if len(ln) <= FURNITURE_MAX_CHARS and line_re.match(ln):
        return True
    return len(ln) <= PROMPT_MAX_CHARS and prompt_re.match(ln) is not None

# (web39b) A link shown as its markup: the page escaped its HTML ("&lt;a href=...&gt;"), so the reader
# sees `<a href="https://www.example.org" target="_blank">www.example.org</a>` in the paragraph. The
# link's words are what the page meant; the markup around them is no prose (its attributes read as
# words, its address as a second one). Only a link to a whole address (http, https, www, mailto),
# opened and closed on the line: a tutorial's `<a href="/home">` example is left as it is.
_SHOWN_LINK_RE = re.compile(r"<a\s[^<>\n]*?\bhref\s*=\s*[\"'](?:https?://|www\.|mailto:)[^\"'<>\n]*[\"'][^<>\n]*>"
                            r"([^<>\n]*)</a\s*>", re.IGNORECASE)
# (web39b) A list's number glued to the item's first word at the start of a line, perhaps after the
# list's dash ("3.Charlotte Ruiz", "- 1.Charlotte Ruiz"): read with its space, "3. Charlotte Ruiz".
_GLUED_NUMBER_RE = re.compile(r"^((?:[-*\u2022][ \t]+)?\d{1,3})\.(?=[A-Z][a-z])")


def _shown_markup(line: str) -> str:
    """(web39b) The line without links shown as markup, its list number unglued (see above)."""
    if "</" in line:
        line = _SHOWN_LINK_RE.sub(r"\1", line)
    if line[:1].isdigit() or line[:1] in "-*\u2022" and line[2:3].isdigit():
        line = _GLUED_NUMBER_RE.sub(r"\1. ", line)
    return line


def clean_text(text: str, author: str = "") -> tuple[str, tuple[str, ...]]:
    """The text without furniture lines, as paragraphs (blank line between blocks); and the
    lines removed. `author`: the author the page gives, whose byline line and biography in the
    text are furniture too (`xlplugin.page_bylines`)."""
    line_re, related_re, prompt_re = _furniture()
    lines = [_shown_markup(_COPYRIGHT_LINK_RE.sub(r"\1", ln.strip())) for ln in text.replace("\r\n", "\n").split("\n")]
    lines = [ln for ln in lines if ln]
    removed: list[str] = []
    # (web25c) a counter over the article; (web29) among its head's lines (the headline, the subtitle, then "1.2K")
    counts = [i for i, ln in enumerate(lines[:COUNT_HEAD_LINES]) if _LONE_COUNT_RE.fullmatch(ln) and (i == 0 or ln[-1] in "KkMm")]
    if counts and len(lines) > len(counts):
        removed.extend(lines[i] for i in counts)
        lines = [ln for i, ln in enumerate(lines) if i not in counts]
    if _COUNTS_WORD_RE.search(text):  # (pages21) an embedded post's counters at its end
        lines, removed = _without_counts(lines)
    total = sum(len(ln) for ln in lines) or 1
    # (web28) the page's own date line is furniture; (lead25) not where several lines are dated so: a
    # forum thread's "Posted: DATE" over each post heads its post
    dated = [i for i, ln in enumerate(lines) if len(ln) <= FURNITURE_MAX_CHARS and _own_date_line().match(ln)]
    own_date = dated[0] if len(dated) == 1 else -1
    kept: list[str] = []
    seen = 0
    box_end = 0  # the line after a box of links to other articles (_box_end)
    for index, ln in enumerate(lines):
        if index < box_end:
            continue
        short = len(ln) <= FURNITURE_MAX_CHARS
        if short and related_re.fullmatch(ln) and seen >= total * RELATED_TAIL_SHARE:
            box_end = len(lines) if _END_HEADING_RE.match(ln) else _box_end(lines, index)
            removed.extend(lines[index:box_end])
            continue
        seen += len(ln)
        if index == own_date or _is_furniture_line(ln, line_re, prompt_re):
            removed.append(ln)
            continue
        kept.append(ln)
    teasers = teaser_tail_start(kept)  # "Next: ..." and other stories' headlines (page_teasers.py)
    removed.extend(kept[teasers:])
    kept = kept[:teasers]
    names = name_list_tail_start(kept)  # a closing box of members' or partners' names (page_lists.py)
    removed.extend(kept[names:])
    kept = kept[:names]
    own = author_lines(kept, author) if author else set()
    removed.extend(ln for i, ln in enumerate(kept) if i in own)
    return "\n\n".join(ln for i, ln in enumerate(kept) if i not in own), tuple(removed)


# (web25c) A count alone on the text's first line ("58", "2.3K"): a button's counter (claps,
# responses) the extractor kept above the article's first paragraph, not the article's words.
_LONE_COUNT_RE = re.compile(r"\d[\d,.]*[KkMm]?")
# (web29) and among the text's first lines (the headline, a subtitle, an author's line) a count in thousands or
# millions ("1.2K", "12K", "2.4M"): a bare number there may be the text's own figure ("Votes for\n412")
COUNT_HEAD_LINES = 4


# (pages21) An embedded post's counters at the end of its line, after a dot, bar or bullet: "... #StormBrenna
# 11:18 · 2.1K likes · 845 reposts" (the time of the post with them). The site's counts, not the post's
# words nor the article's (a figure of the article, "the post had 2,100 likes", has no mark before it).
_COUNT_WORDS = r"(?:likes?|reposts?|retweets?|shares?|comments?|replies|reply|views?|reactions?|quotes?)"
_COUNTS_WORD_RE = re.compile(r"[\u00b7\u2022|][ \t]*\d[\d,.]*[KkMm]?[ \t]+" + _COUNT_WORDS + r"\b")
_COUNTS_TAIL_RE = re.compile(r"(?:[ \t]+\d{1,2}:\d{2})?(?:[ \t]*[\u00b7\u2022|][ \t]*\d[\d,.]*[KkMm]?[ \t]+"
                             + _COUNT_WORDS + r")+[ \t]*$")


def _without_counts(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines with an embedded post's counters cut from their ends (`_COUNTS_TAIL_RE`), and the
    counters cut; a line that is nothing but counters is left to the furniture rules."""
    out, cut = [], []
    for ln in lines:
        m = _COUNTS_TAIL_RE.search(ln)
        if m is not None and m.start() > 0 and ln[:m.start()].strip():
            cut.append(ln[m.start():].strip())
            ln = ln[:m.start()].rstrip()
        out.append(ln)
    return out, cut


# "In Jane Roe" (a preposition of the line the name stood on) is "Jane Roe"; (sources20) "Live reporting
# by Aoife Kearney" (a live blog's credit, which trafilatura keeps) is "Aoife Kearney".
_AUTHOR_PREFIX_RE = re.compile(r"^(?:view all posts by|posted by|written by|(?:live )?reporting by|reported by|autor(?:in)?:?|by|von|in|mit|with)\s+",
                               re.IGNORECASE)


def _once(name: str) -> str:
    """(web29) A name read twice, run together ("Pip Lantry Pip Lantry": a byline's link and the same name in a
    span hidden for machines), once; a name of two words or more a half, so that "Ho Ho" stays."""
    words = name.split()
    half = len(words) // 2
    if half >= 2 and len(words) == 2 * half and [w.lower() for w in words[:half]] == [w.lower() for w in words[half:]]:
        return " ".join(words[:half])
    return name


def _author(value: str | None, outlet: str, markup: str = "") -> str:
    if not value:
        return ""
    names = []
    for part in value.split(";"):
        part = _once(_AUTHOR_PREFIX_RE.sub("", part.strip()).strip())
        if part and part.lower() not in ("autor", "author", "admin", "redaktion") and len(part) <= 80:
            names.append(part)
    # no company, address, web address, share button or footer credit (xlplugin.page_meta)
    return "; ".join(dict.fromkeys(author_parts(names, markup)))


# <meta name="author" content="..."> (or property="article:author"), attributes in any order.
_META_TAG_RE = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_META_ATTR_RE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_META_AUTHOR_NAMES = ("author", "article:author")


def _meta_authors(markup: str) -> list[str]:
    """The contents of the page's author meta tags, in page order (addresses and handles left
    out: "https://www.facebook.com/...", "@site")."""
    out = []
    for tag in _META_TAG_RE.findall(markup):
        if "author" not in tag.lower():
            continue
        # (web39) an empty value ('content=""') is "": it crashed the page's reading
        attrs = {m[1].lower(): html_unescape(m[2] or m[3] or m[4] or "").strip() for m in _META_ATTR_RE.finditer(tag)}
        if (attrs.get("name") or attrs.get("property") or "").lower() not in _META_AUTHOR_NAMES:
            continue
        content = " ".join(attrs.get("content", "").split())
        if content and "://" not in content and not content.startswith(("@", "www.")):
            out.append(content)
    return out


def _uncut_label(author: str, given: list[str]) -> str:
    """(web39) The name the page gives whole where trafilatura cut it to one word at its first
    preposition ("Letters To The Editor" -> "Letters", "Voices From The Harbour" -> "Voices"):
    the one word left names no one, and a reader of the author cell takes it for a name. The
    first of `given` (the page's meta authors, its JSON-LD author) that trafilatura cuts to
    `author` exactly; `author` itself where none does, or where it is more than one word (a
    person's "Jane Roe for the Courier" is rightly "Jane Roe")."""
    from .page_meta import _trafilatura_name

    if not author or len(author.split()) != 1:
        return author
    for name in given:
        name = " ".join(name.split())
        if len(name.split()) > 1 and name.split()[0].lower() == author.lower() and _trafilatura_name(name) == author:
            return name
    return author


def _cut_by_trafilatura(author: str) -> bool:
    """Could the author trafilatura gives be none, or pieces of one name ("Department; Social
    Care" from "Department of Health and Social Care": it splits at "and" and cuts each part at
    its first preposition)? Then the meta author is read again (`_organisation_author`)."""
    return not author or ";" in author


def _organisation_author(markup: str, url: str, outlet: str, pieces: str = "") -> str:
    """The page's meta author where it names an organisation or an office ("University of
    Northmoor Press Office"); "" otherwise. trafilatura cuts an author at its first preposition
    ("of", "for", "-": a person's "Jane Roe for the Northmoor Courier" keeps the person), which
    leaves "University", and then drops the one word as no name. An organisation's name is not
    a person's byline, but it says who speaks: a press office, a ministry, the publisher itself
    (the kinds rule "the author is the organisation that publishes it" reads it). Read only
    where trafilatura found no author, or cut this one into `pieces` (`_cut_by_trafilatura`); a
    meta author that is itself a list ("Name, City, Country") is then trafilatura's to split."""
    from .names import NOT_A_PERSON, not_a_person

    for content in _meta_authors(markup):
        if pieces and ("," in content or ";" in content or not all(p.strip() in content for p in pieces.split(";"))):
            continue  # a list, or not the name trafilatura cut
        name = _author(content, outlet)
        if name and not_a_person(name, url, outlet) not in ("", NOT_A_PERSON[0][0]):
            return name
    return ""


# trafilatura's own pattern for the host it takes as the site name where a page names none
# (trafilatura.metadata: "use URL"); "www." left out.
_URL_HOST_RE = re.compile(r"https?://(?:www\.)?([^/]+)")


def _outlet(sitename: str | None, url: str | None, markup: str) -> str:
    """The site name the page gives; "" where it gives none. A host name is not an outlet naming
    itself: the host trafilatura puts there for a page that names no site (an anonymous blog) is
    left out, so the page earns no "named outlet" credit from its own address (the same text and
    URL as a table row get none either); the Outlets roll-up still groups it by its web address.
    Nor is the host put there for a name too long or a copyright line, nor a hosting platform's
    own name on a page with no web address (`hosting.platform_named`), nor (web55) a site's section
    or a greeting that a `<title>` gave ("Home": `page_meta.generic_title_part`)."""
    name = without_address((sitename or "").strip())  # "Name, City, Country": the name
    if not name or len(name) > 60 or name.lower().startswith(("copyright", "©", "http://", "https://")):
        return ""  # (meta20) nor a web address: a JSON-LD publisher given as "https://www.example.com"
    if generic_title_part(name):
        return ""  # (web55) a site's section or a greeting ("Home", "Startseite", "Blog"), read from a <title>
    if not _named_by_page(name, url or "", markup):
        return ""
    if not is_web_address(url or "") and platform_named(name) is not None:
        # (kinds8) a page saved from a hosting platform ("Facebook", "Medium") with no address:
        # the name says where it was hosted, not whose it is; the account is not known
        return ""
    return name[4:] if name.startswith("www.") else name


# Where a page gives its site name, and so where trafilatura looks for one before it takes the
# URL's host: its title, its meta tags and its JSON-LD.
_NAMING_PARTS_RE = re.compile(r"<title\b[^>]*>[^<]*|<meta\b[^>]*>|<script\b[^>]*ld\+json[^>]*>.*?</script>",
                              re.IGNORECASE | re.DOTALL)


def _named_by_page(name: str, url: str, markup: str) -> bool:
    """False where `name` is the URL's host and the page's title, meta tags and JSON-LD hold it
    only inside addresses (so trafilatura took it from the URL); a page that writes its host as
    its name (og:site_name "netzpolitik.org", a title ending "- example.com") names itself."""
    host = _URL_HOST_RE.match(url)
    if host is None or name != host[1]:
        return True
    # the name standing on its own: not after "//", a dot, "@" or a letter (inside an address)
    alone = re.compile(r"(?<![\w./@-])" + re.escape(name) + r"(?![\w-]|\.\w)", re.IGNORECASE)
    return any(alone.search(part) for part in _NAMING_PARTS_RE.findall(markup))


def _plain_page(markup: str, note: str) -> Page:
    from .inputs import html_to_text  # the plain reader: every visible text of the page

    text, title = html_to_text(markup)
    return Page(text=text, title=title, page_type="web page", note=note)


def extract_page(markup: str, url: str = "") -> Page:
    """The main text and metadata of one HTML page (a str). Works offline: nothing is fetched."""
    extract = _trafilatura()
    if extract is None:
        return _plain_page(markup, "trafilatura is not installed: the whole page text was read, menus and all "
                                   "(pip install trafilatura)")
    tree = _separated_tree(markup)
    # (pages18) several whole articles: one is kept, whatever their order, and the note says so
    articles_note = keep_one_article(tree) if not isinstance(tree, str) else ""
    player = _has_player(tree)  # (read before extraction: the extractor may change the tree)
    headings = article_headings(tree)  # (web25c) subheads, put back where the extractor lost them (page_headings)
    feet = column_feet(tree)  # (web25c) a signed column's line about its writer at its foot (page_bylines)
    subtitle = page_subtitle(tree)  # (web27) the subtitle under the headline, put back where the extractor lost it
    origin = origin_note(tree)  # (web46) "This post originally appeared on ..." set apart from the body (page_origin_notes)
    continued = continued_note(tree, markup, url)  # (web29) "Page 1 of 2": only part of the article (page_pager)
    kickers = heading_kickers(tree)  # (web47) a headline's kicker, set on a line of its own: not the title's words
    contact = press_contact(tree)  # (web29) the press office's contact block: read, then out of the text (page_contacts)
    # (syndic30) a copy on an aggregator (msn.com, Yahoo): the original its markup names (aggregator_copies)
    credit = page_credit(tree, markup, [url, *(a for _, a in page_addresses(tree))]) if not isinstance(tree, str) else ""
    try:
        found = extract(tree, url=url or None, **EXTRACTOR_OPTIONS)
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:  # malformed markup
        return _plain_page(markup, f"main text extraction failed ({type(exc).__name__}); the whole page text was read")
    if found is None or not (found.text or "").strip():
        page = _plain_page(markup, "; ".join(filter(None, (articles_note, "no main text found on this page; the whole "
                                                                          "page text was read"))))
        if not page.text.strip():  # (an empty file, or markup that shows no words: no "whole page text" to speak of)
            page = replace(page, note="this page holds no text: the file is empty, or its markup shows no words")
        if found is not None:  # metadata is still worth having
            meta = _meta(found, url, markup)
            note = "; ".join(filter(None, (page.note, _site_checks(meta, tree, url))))
            page = Page(text=page.text, note=note, **{**meta, "title": meta["title"] or page.title})
        return page
    meta = _meta(found, url, markup)
    meta["title"] = without_kicker(meta["title"], kickers)
    sites_note = _site_checks(meta, tree, url)
    _meta_from_text(meta, found.text)
    meta["author"] = _unglued_author(meta["author"], found.text)
    # (web25a) a phpBB thread's first poster, as the forum writes the name ("Bramble Bee » Sat Apr" read whole)
    thread_author = forum_posts.by_line_author(found.text)
    meta["author"] = thread_author or meta["author"]
    # (syndic31) an aggregator's "Story by Jane Ray \u2022 Reuters \u2022 3h" read whole as the author: the writer's name;
    # the provider is the credit the markup gives (page_credit reads the same line), or, where it gives none, this one
    meta["author"], provider = story_by_author(meta["author"])
    if provider and not credit and not isinstance(tree, str) and aggregator_page([url, *(a for _, a in page_addresses(tree))]):
        credit = provider
    meta["author"] = without_provider(meta["author"], credit)
    if thread_author and not meta["date"]:  # (web27) the first post's date, from its header
        meta["date"] = first_post_date(found.text)
    text, removed = clean_text(with_headings(found.text, headings), meta["author"])
    # (web29) not an author card's headline the cleaning took out as the writer's role (page_bylines)
    subtitle = ("", "") if subtitle[1] and " ".join(subtitle[1].split()) in removed else subtitle
    text = with_subtitle(text, subtitle, meta["title"])
    text = with_origin_note(text, removed, origin, meta["title"])
    text, removed = with_column_foot(text, removed, feet, meta["author"])
    text, removed = _without_section_label(text, removed, meta["categories"], meta["page_type"])
    entry = ucoz_entry(markup)
    if entry is not None:  # (web49) uCoz's entry template: its title, site and date, its breadcrumb out (page_ucoz)
        meta["title"] = entry.title
        meta["outlet"] = meta["outlet"] or entry.site
        meta["date"] = meta["date"] or entry.date
        text, removed = without_breadcrumb(text, removed, entry)
    body_note = ""
    if "articleBody" in markup:  # (web34) a page that shows its article by script: the body its JSON-LD gives
        body = _script_body(text, markup, url or meta["url"])
        if body:
            body_note = _body_note(len(text.split()), len(body.split()))
            text, removed = clean_text(body, meta["author"])
            text = with_subtitle(text, subtitle, meta["title"])
        elif _run_together_body(found.text, markup, url or meta["url"]):
            # (webtidy40) the extractor's own fallback read the body run into one paragraph: its breaks kept
            text, removed = clean_text(article_body(markup, url or meta["url"]), meta["author"])
            text = with_subtitle(text, subtitle, meta["title"])
    # (web45) other articles' headlines set as headings that only link to them, between or run into the paragraphs
    text, removed = without_linked_headings(text, removed, linked_headings(markup, tuple(filter(None, (url, meta["url"])))))
    # (web45) Drupal's "Submitted by NAME on DATE": the node's byline and date, furniture
    day_first = "Submitted by" in markup and slash_dates_day_first(markup)  # (web46) a page that writes "23/02/2026"
    submitted, submitter, submitted_on = submitted_line(text, day_first=day_first)
    if submitted:
        text = "\n\n".join(b for b in text.split("\n\n") if b.strip() != submitted)
        removed = (*removed, submitted)
    elif "Submitted by" in markup:  # the extractor left the line out: the page's own
        from .inputs import html_to_text

        _, submitter, submitted_on = submitted_line(html_to_text(markup)[0], head=False, day_first=day_first)
    meta["author"] = meta["author"] or submitter
    # (Drupal's "02/11/2026" is month first: the extractor's "2026-11-02" read from it day first is not the page's date)
    if not meta["date"] or (submitted_on and meta["date"] == f"{submitted_on[:4]}-{submitted_on[8:]}-{submitted_on[5:7]}"):
        meta["date"] = submitted_on or meta["date"]
    # (webtidy40) a lone date line over the text; (web41) not a live blog's heading over its first day's entries
    text, removed = without_date_head(text, removed, meta["date"], live_entry_dates(tree, markup, meta["title"]))
    if (_paywalled_teaser(text, removed) or _paywall_on_page(text, markup)) and not _meter_leaves_articles(markup):
        meta["page_type"] = page_hints.with_saved_part(meta["page_type"], PAYWALLED_TEASER)
        # (the engine's "no index: only a teaser of a paywalled article was saved" comes first in the Status)
        note = _teaser_note(len(text.split()))
    elif _video_page(meta["page_type"], player, text):
        meta["page_type"] = page_hints.with_saved_part(meta["page_type"], VIDEO_CAPTION)
        note = (f"a video page: only {len(text.split())} words of text were found beside the video (its caption); "
                "the video itself is not scored")
    else:
        note = _short_text_note(text, markup, meta["page_type"])
    if contact:
        meta["page_type"] = with_press_contact(meta["page_type"], contact)
    meta["page_type"] = with_credit(meta["page_type"], credit)
    if _LISTING_RE.search(meta["page_type"]):
        # (web29) a tag, section or search page: its pager is no article's, its first teaser's writer and date not its own
        continued = ""
        meta["author"] = meta["date"] = ""
    # (lead, session 24) a fact check's verdict as its ClaimReview markup gives it (page_claim_review);
    # a list page's are its teasers' checks, not its own
    verdict = "" if _LISTING_RE.search(meta["page_type"]) else verdict_note(markup)
    note = "; ".join(n for n in (articles_note, sites_note, body_note, continued, verdict, note) if n)
    return Page(text=text, note=note, removed=removed, **meta)


# (web34) A section's label alone over the article ("Tech", "#GameTechie"): no longer than this
SECTION_LABEL_MAX_CHARS = 40


def _without_section_label(text: str, removed: tuple[str, ...], categories: tuple[str, ...], page_type: str) -> tuple[str, tuple[str, ...]]:
    """(web34) The text without its first line where that line is the page's own section or category
    alone (its article:section, JSON-LD articleSection or category tags, "Tech, World" read as two;
    a "#" before it aside): the site's label over the headline, not the article's words. A first
    line that says more than the label ("Tech giants cut jobs") stays."""
    first, sep, rest = text.partition("\n\n")
    label = first.strip()
    if not rest.strip() or not label or len(label) > SECTION_LABEL_MAX_CHARS:
        return text, removed
    names = {name.strip().lstrip("#").casefold() for category in categories for name in category.split(",")}
    names |= {part[len("section: "):].strip().lstrip("#").casefold() for part in page_type.split("; ") if part.startswith("section: ")}
    if label.lstrip("#").casefold() in names - {""}:
        return rest, (*removed, label)
    return text, removed


def _script_body(text: str, markup: str, url: str) -> str:
    """(web34) The article's body as the page's JSON-LD gives it (`page_jsonld.article_body`), where
    it holds at least ARTICLE_MIN_WORDS words and JSON_LD_BODY_RATIO times the words of the text the
    extractor found; "" otherwise (the text found is the article, or as much of it as the page gives)."""
    body = article_body(markup, url)
    words = len(body.split())
    return body if words >= ARTICLE_MIN_WORDS and words >= JSON_LD_BODY_RATIO * len(text.split()) else ""


def _run_together_body(found: str, markup: str, url: str) -> bool:
    """(webtidy40) The extractor's text is the page's JSON-LD articleBody with its paragraph breaks lost
    (trafilatura's fallback reads a page that shows nothing but its JSON-LD so, all in one paragraph):
    the same words in the same order, where the body (`page_jsonld.article_body`) has two lines or more."""
    body = article_body(markup, url)
    return "\n" in body and " ".join(body.split()) == " ".join(found.split())


def _body_note(found_words: int, body_words: int) -> str:
    return (f"the page shows its article by script: its markup held only {found_words} words of text, so the "
            f"article's {body_words} words were read from the body its JSON-LD gives (articleBody)")


def _site_checks(meta: dict[str, Any], tree: Any, url: str) -> str:
    """(pages18) The note where the page's own claims of its site disagree (`xlplugin.page_sites`):
    two addresses on different sites leave the page with neither (the `url` it was given, if
    any); a site name that is another rated site's is said. "" where they agree."""
    ld_note = meta.pop("ld_note", "")  # (meta20) how the page's JSON-LD was read (xlplugin.page_jsonld)
    if isinstance(tree, str):
        return ld_note
    hosts = disagreeing_addresses(tree)
    if hosts:
        meta["url"] = url
        return "; ".join(filter(None, (ld_note, addresses_note(hosts))))
    return "; ".join(filter(None, (ld_note, name_elsewhere_note(meta["outlet"], meta["url"]))))


def _not_from_other_articles(found: Any, ld: dict[str, str], others: list[dict[str, str]]) -> tuple[str, str, str]:
    """(meta20) The extractor's title, date and author, less what it read from the other
    articles the page's JSON-LD describes (a related story's headline, date or writer): where
    one is another article's, the page's own article's (`ld`) stands, else none."""
    title, date, author = found.title or "", found.date or "", found.author or ""
    if not others:
        return title, date, author
    if title and title.strip() in {o["title"] for o in others} and title.strip() != ld.get("title"):
        title = ld.get("title", "")
    if date and date[:10] in {o["date"][:10] for o in others if o["date"]} and date != ld.get("date"):
        date = ld.get("date", "")
    theirs = {n.strip().lower() for o in others for n in o["authors"].split(";") if n.strip()}
    theirs.discard(ld.get("author", "").lower())
    if author and theirs:
        author = "; ".join(n.strip() for n in author.split(";") if n.strip() and n.strip().lower() not in theirs)
    return title, date, author


def _has_player(tree: Any) -> bool:
    """Does the page's main content (its <main> or <article>, else its body) hold a video player?"""
    if isinstance(tree, str):
        return False
    main = [el for el in tree.iter("main", "article")] or [tree]
    return any(el.tag == "video" or _PLAYER_SRC_RE.search(el.get("src") or el.get("data-src") or "")
               for box in main for el in box.iter("video", "iframe"))


def _video_page(page_type: str, player: bool, text: str) -> bool:
    """Is the page a video's page, its text only the caption (see VIDEO_CAPTION_MAX_WORDS)?"""
    if len(text.split()) >= VIDEO_CAPTION_MAX_WORDS:
        return False
    typed = page_hints.page_type_word(page_type).startswith("video") or "videoobject" in page_type
    return typed or player


def _teaser_note(words: int) -> str:
    return (f"{words} words were saved before the site asks readers to subscribe; the rest of the article "
            "is not on the page")


def plain_text_teaser(text: str) -> str:
    """(credit16) The note of a plain text (a .txt or .md file) that is only a paywall's teaser, or
    "": fewer than PAYWALL_TEASER_MAX_WORDS words and a line of it a paywall's prompt ("This
    article is for subscribers only.", "Subscribe now to keep reading": [paywall] of
    page_furniture.txt), the words the HTML rule (_paywalled_teaser) gives a page's teaser."""
    words = len(text.split())
    if words >= PAYWALL_TEASER_MAX_WORDS:
        return ""
    paywall = _paywall()
    if not any(paywall.match(line.strip()) for line in text.splitlines()):
        return ""
    return _teaser_note(words)


def _paywalled_teaser(text: str, removed: tuple[str, ...]) -> bool:
    """Is the text kept only a teaser: a paywall's prompt was among the lines taken out, and
    fewer than PAYWALL_TEASER_MAX_WORDS words are left?"""
    if len(text.split()) >= PAYWALL_TEASER_MAX_WORDS:
        return False
    paywall = _paywall()
    return any(paywall.match(ln) for ln in removed)


_SQUASH_RE = re.compile(r"[\W_]+")
GLUED_AUTHOR_MIN_CHARS = 3  # letters of the second line that must follow the first in the author


def _unglued_author(author: str, text: str) -> str:
    """(pages21) The author the extractor read from a box of fields run together: where the
    author, its letters only, is the text's first two lines run together and more ("Bramblegate
    Regular Member Joined Mar" of the lines "bramblegate", "Regular member", "Joined: Mar 2019":
    a forum's member box), the first line (the poster's name); else the author as given."""
    if not author or ";" in author:
        return author
    lines = [ln.strip() for ln in text.split("\n", 6)[:6] if ln.strip()][:2]
    if len(lines) < 2:
        return author
    squashed = _SQUASH_RE.sub("", author.lower())
    first = _SQUASH_RE.sub("", lines[0].lower())
    second = _SQUASH_RE.sub("", lines[1].lower())
    rest = squashed[len(first):]
    if first and squashed.startswith(first) and len(rest) >= GLUED_AUTHOR_MIN_CHARS and (
            second.startswith(rest) or rest.startswith(second)):
        return lines[0]
    return author


@lru_cache(maxsize=1)
def _paywall_in_markup() -> re.Pattern[str]:
    """A paywall's prompt ([paywall]) opening an element's text in the markup (after a tag's ">")."""
    return re.compile(r">[ \t\r\n]*(?:" + _paywall().pattern + ")", re.IGNORECASE)


# (webfresh40) A metered site's count of the free articles a reader has left ("You have read 3 of 5
# free articles this month.", "You have 2 free articles left", "This is your last free article"):
# the page it stands on was shown in full, and its "Subscribe for unlimited access" beside the count
# is the meter's offer, not a wall over the rest (a 150-word report had no index). "You have read 5
# of 5" and "You have reached your limit of free articles" are a wall's words and are not read here.
_METER_LEFT_RE = re.compile(
    r"\byou(?:'|\u2019)?(?:ve| have) read (\d+) of (\d+) free (?:articles|stories)\b"
    r"|\byou(?:'|\u2019)?(?:ve| have) (?:[1-9]\d*|one|two|three|four|five) free (?:articles?|stories|story) (?:left|remaining)\b"
    r"|\bthis is your (?:last|final) free (?:article|story)\b", re.IGNORECASE)


def _meter_leaves_articles(markup: str) -> bool:
    """Does the page show a meter saying the reader still had free articles (_METER_LEFT_RE)?"""
    markup = html_unescape(markup) if "&" in markup else markup
    for found in _METER_LEFT_RE.finditer(markup):
        if found[1] is None or int(found[1]) < int(found[2]):
            return True
    return False


def _paywall_on_page(text: str, markup: str) -> bool:
    """(pages21) Is the text kept short (under PAYWALL_TEASER_MAX_WORDS words) on a page that shows
    a paywall's prompt outside it? The extractor may leave the prompt's box out with the article's
    hidden rest ("Keep reading with a subscription" over the teaser): an element's text in the
    page's markup that opens with a prompt of [paywall] (entities read as the characters they are)."""
    if len(text.split()) >= PAYWALL_TEASER_MAX_WORDS:
        return False
    if "&" in markup:
        markup = html_unescape(markup)
    return _paywall_in_markup().search(markup) is not None


def _meta_from_text(meta: dict[str, Any], text: str) -> None:
    """What the article's text says where the markup did not: the date on one of its first
    lines where the page gives none, or (forum26) a Q&A page's question date from the asker's
    signature (`forum_posts.qa_asked_date`); the writer of a "Written by: Name" line, or (web43) of a plain
    "By Name" line in the text's head, where the author given is none or no person (the site itself, a desk: `names.not_a_person`; `xlplugin.page_meta`);
    (web26) the asker of a Q&A page where no author is given (`forum_posts.qa_asker`)."""
    from .names import not_a_person

    if not meta["date"]:
        # (forum26) or a Q&A page's question date, from the asker's signature kept as text
        meta["date"] = text_date(text) or forum_posts.qa_asked_date(text)
    author = meta["author"]
    asker = forum_posts.qa_asker(text)
    if asker and author and _poster_name(author, forum_posts.qa_signers(text)):
        # (web29) a Q&A thread's row is its asker's, as the signature writes the name: not an answerer's name the
        # extractor read from the posts' markup ("Tobyr"), nor the asker's read twice ("Pip Lantry Pip Lantry")
        meta["author"] = asker
        return
    if not author or not_a_person(author, meta["url"], meta["outlet"]):
        # (web26) or a Q&A page's asker, from the asker's signature kept as text
        # (web41) or the writer introducing themselves in the opening ("I'm Jane Roe and ...": page_owners), before a site's name
        # (web43) or a plain "By Name" line in the article's head that no markup names (page_meta.text_byline)
        meta["author"] = (written_by(text) or text_byline(text) or self_introduced(text) or author
                          or forum_posts.qa_asker(text))


def _poster_name(author: str, signers: list[str]) -> bool:
    """(web29) Is `author` one of a Q&A thread's signers (`signers`, lower case) as the extractor reads names: case
    and "_" aside, and where it is one name said twice?"""
    folded = " ".join(author.replace("_", " ").lower().split())
    words = folded.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        folded = " ".join(words[:half])
    return folded in {" ".join(s.replace("_", " ").split()) for s in signers}


def _short_text_note(text: str, markup: str, page_type: str) -> str:
    """What a person should know when the main text found is very short for its page (see
    ARTICLE_MIN_WORDS); "" otherwise. The page's visible text is counted only then."""
    words = len(text.split())
    if words >= ARTICLE_MIN_WORDS:
        return ""
    from .inputs import html_to_text

    page_words = len(html_to_text(markup)[0].split())
    type_word = page_hints.page_type_word(page_type)
    says_article = "article" in type_word or "posting" in type_word  # og:type / JSON-LD @type
    if says_article and page_words > words:
        return (f"the page's article was not found: only {words} words were extracted from a page of {page_words} "
                "words that says it is an article; the scores describe that text")
    if page_words >= PAGE_TEXT_RATIO * max(words, 1):
        return (f"the page's main text may not have been found: only {words} words were extracted from a page of "
                f"{page_words} words; the scores describe that text")
    return ""


def _meta(found: Any, url: str, markup: str) -> dict[str, Any]:
    from .names import not_a_person, site_names, squash

    # (meta19) the article's JSON-LD fills what the meta tags left blank (xlplugin.page_jsonld)
    # (meta20) the page's own article among the several its JSON-LD may describe; the extractor's
    # title, date and author read from the others are not the page's
    ld = article_fields(markup, url or found.url or "") if "ld+json" in markup else {}
    others = other_articles(markup, url or found.url or "") if "ld+json" in markup else []
    found_title, found_date, found_author = _not_from_other_articles(found, ld, others)
    url = url or ("" if found.url else ld.get("url", ""))
    outlet = _outlet(found.sitename or ld.get("outlet"), found.url or url, markup)
    # (web26) og:site_name's "Brightwell Energy" where the publisher gave "Brightwell Energy plc"
    outlet = known_site_name(outlet, markup)
    # (web27) a platform's post published in a publication on it: the publication ("Medium" stays for the writer's own post)
    outlet = publication_outlet(outlet, ld.get("outlet", ""), markup)
    # (web56) and the name the page signs its other titles with ("... zu Harbour Hina"), where it names its site so only
    repeated = repeated_site_part(markup)
    sites = site_names(found.url or url or "", outlet) | ({squash(repeated)} if repeated else set())
    title = article_title(found_title, markup, sites)
    # (web56) the <title>'s headline that the page shows again, where the extractor took the site's name or a section's heading
    title = confirmed_headline(title, markup, sites, outlet) or title
    # (book52) "Wikimedia Foundation, Inc.", the JSON-LD publisher, on a page titled "Headline - Wikipedia": the site
    outlet = owner_not_site(outlet, markup, title, sites)
    outlet = outlet or site_name(markup, title, sites)
    # (web54) "Ear Candy! | Harbourlove" on harbourlove.com: the title part that is the address's name
    outlet = outlet or titled_address_name(markup, found.url or url or "")
    outlet = outlet or repeated  # (web56) named only as the end of its titles
    holder = "" if outlet else footer_outlet(markup)
    # (web46) "\u00a9 CHIP Digital GmbH" under "Headline - Test - CHIP": the site the title names, not its publisher company
    holder = titled_site(holder, markup) or holder
    outlet = outlet or holder  # (web44) named only in the footer's copyright line
    author = _author(as_written(found_author, markup), outlet, markup)
    if _cut_by_trafilatura(author):
        author = _organisation_author(markup, found.url or url or "", outlet, pieces=author) or author
    if not author:  # none given, or only a theme vendor or a company: the byline's rel="author" link
        author = _author(linked_author(markup), outlet, markup)
    if not author:  # (web54) a meta author that is a profile's address: the byline's link to the writer's articles
        author = _author(archive_author(markup), outlet, markup)
    if not author or not_a_person(author, found.url or url or "", outlet):
        # none, or the site's own name, a desk, one word: a byline element's person, where one says
        author = byline_author(markup, found.url or url or "", outlet) or author
    if not author and ld.get("author"):
        author = _author(ld["author"], outlet, markup)
    if not author:  # (web40) a personal site that names its writer only as the site: where the page says so (page_owners)
        author = site_owner(markup, outlet)[0]
    if not author:  # (web44) a blog post's "posted by NAME at 12:53", a handle too: the page's own signature
        author = signed_post_author(markup, found.url or url or "", outlet)
    owner = footer_owner(holder, author, markup) if holder else ""
    if owner:  # (web45) "\u00a9 2026 Jane Doe": a personal site's owner, no outlet; the writer where the page names none
        outlet = ""
        author = author or owner
    elif holder and outlet == holder and footer_person(holder, markup):
        outlet = ""  # (web46) a person's name the page confirms nowhere else: neither outlet nor author
    author = _uncut_label(author, [*_meta_authors(markup), ld.get("author", "")])
    # (web54) a blog's login named for the site ("luxurious" on "Luxurious Magazine"): the site's account, no writer
    author = "" if site_account(author, outlet) else author
    # (lead25) a role line joined to the name; a commenter's name where the post has its own author
    author = post_author(markup, without_role_line(author, markup))
    # (web25b) "DANIEL ORTEGA Associated Press" in one byline: the person, then the agency credited
    author = agency_byline(author)
    # (web56) "Daniel Roe quaymart" in a meta author: the person, the site's own name after it left off
    author = without_outlet_tail(author, outlet)
    # (lead25) "Headline | Jane Roe" and "r/sub - Headline": the author's name and the section are not the headline
    title = without_section_head(without_author_tail(title, author), found.url or url or "")
    # (outlets53) "Ndr" from a handle, "CORRECTIV - Recherchen ...", og:site_name "Technology Review" on heise.de:
    # the name the page writes for its own address
    outlet = site_spelling(outlet, markup, found.url or url or "")
    return {
        "title": title,
        "author": author,
        # (web39) not the day of the page's last change where it gives its publication date (page_dates)
        "date": published_not_modified(found_date, markup, ld.get("date", ""), ld.get("modified", "")) or ld.get("date", ""),
        # (web44) a relative canonical link ("/my-article") read against the page's own absolute address
        # (web56) and where the page names no address at all, the one its share buttons carry, or the one its
        # comment form posts to (page_sites); not the site's root that its <base href> gives
        "url": (canonical_address(markup, without_base_root(markup, found.url or "") or url or "") or shared_address(markup)
                or comment_form_address(markup)),
        "outlet": outlet,
        # "web page" where the page gives no type: the kind rules then know it is a web page
        # (whose missing author and date mean something, unlike a pasted text's)
        # and after it, what else the page says of its kind (its section, generator, browser title:
        # xlplugin.page_hints), for the kind rules
        "page_type": "; ".join(filter(None, ((found.pagetype or "web page").lower(), page_hints.hints(markup)))),
        "description": (found.description or "").strip(),
        "categories": tuple(found.categories or ()),
        "ld_note": ld.get("note", ""),
    }

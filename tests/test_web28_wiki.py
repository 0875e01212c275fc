"""(web28) A wiki page (MediaWiki's markup) is a reference work's entry whatever its address, its
text without the wiki's furniture; a footnote marker glued to a sentence, with a references list in
the text, cites a document. Every page and text here was written for this file."""

from __future__ import annotations

import pytest

from xlplugin import kinds
from xlplugin.page_hints import hints
from xlplugin.pages import extract_page
from xlplugin.scorers import unsourced_claims as uc
from xlplugin.settings import Settings
from xlplugin.text import prepare

pytest.importorskip("trafilatura")

ENTRIES = [
    ("Harbour crane", [
        "A harbour crane is a crane that lifts cargo between a ship and the quay. Early ones were worked by men "
        "walking inside a large wooden wheel.",
        "The oldest surviving example, at a river port in the Low Countries, was rebuilt in 1742 after a storm "
        "wrecked its wheel.",
        "Steam cranes took over in the second half of the nineteenth century, and electric cranes followed after "
        "1900 at most large ports.",
        "A wheel crane could lift about two tonnes with four men in the wheel, and a brake of oak blocks held the "
        "load while the jib was swung over the quay.",
        "Several towns kept their cranes as landmarks after the trade moved to deeper water downstream, and two "
        "are still turned by volunteers on open days each summer.",
        "Harbour dues often paid for the crane and its keeper, who was appointed by the town and answered to its "
        "council for the goods lifted and the fees taken.",
    ]),
    ("Salt marsh hay", [
        "Salt marsh hay is grass cut from coastal marshes and dried for fodder and bedding. It was once traded "
        "along the whole eastern seaboard.",
        "Farmers mowed it in late summer at low tide, stacking the cut grass on wooden staddles above the reach "
        "of the water.",
        "By 1950 the trade had almost ended, though a few growers still sell it for garden mulch.",
        "The hay was valued because it carried no weed seeds that would grow on upland fields, so gardeners and "
        "stable owners paid more for it than for meadow hay.",
        "Wide wooden shoes were fitted to the horses that pulled the mowers, so that they would not sink into "
        "the soft ground of the marsh at the edge of the creeks.",
        "Ditches dug to drain the marshes for mowing changed the flow of the tides, and some have since been "
        "blocked again to bring back the birds that nest there.",
    ]),
]

HEADS = [
    # a generator meta
    "<meta name='generator' content='MediaWiki 1.41.0'><body class='skin-vector'>",
    # no generator: the body class says it
    "<body class='skin-vector mediawiki ltr page-Entry action-view'>",
    # no generator, no body class: the content box says it
    "<body class='skin-timeless'>",
]

URLS = ["https://wiki.harbourfolk.example/index.php?title=Entry", "", "https://ref.example.org/entry/harbour-crane"]


def _wiki_page(title: str, paras: list[str], head: str) -> str:
    head_tags, body_tag = head.split("<body", 1) if not head.startswith("<body") else ("", head[5:])
    body_tag = "<body" + body_tag
    cited = []
    for n, p in enumerate(paras, 1):
        cited.append(f"<p>{p}<sup id='cite_ref-{n}' class='reference'><a href='#cite_note-{n}'>[{n}]</a></sup></p>")
    refs = "".join(f"<li id='cite_note-{n}'><span class='mw-cite-backlink'><b><a>^</a></b></span> <span "
                   f"class='reference-text'><cite>Marlow, K. ({1990 + n}). <i>Coastal trades, volume {n}</i>. "
                   f"Tideway Press. p. {n * 7}.</cite></span></li>" for n in range(1, len(paras) + 1))
    return (f"<html><head><title>{title} - Harbourpedia</title>{head_tags}</head>{body_tag}"
            "<div id='siteSub'>From Harbourpedia, the free encyclopedia</div>"
            f"<main id='content'><h1 id='firstHeading'>{title}</h1>"
            "<div class='mw-content-ltr mw-parser-output'>"
            "<div role='note' class='hatnote'>For the bird, see <a>Crane (bird)</a>.</div>"
            "<table class='box-Unreferenced ambox metadata'><tr><td>This article needs additional citations for "
            "verification. Please help improve it.</td></tr></table>"
            f"<table class='infobox'><tr><th colspan='2'>{title}</th></tr><tr><th>Kind</th><td>Harbour gear</td>"
            "</tr><tr><th>First recorded</th><td>c. 1300</td></tr></table>"
            + cited[0] +
            "<div id='toc' class='toc'><h2>Contents</h2><ul><li>1 History</li><li>2 Decline</li></ul></div>"
            "<div class='mw-heading mw-heading2'><h2 id='History'>History</h2><span class='mw-editsection'>"
            "<span class='mw-editsection-bracket'>[</span><a>edit</a><span class='mw-editsection-bracket'>]</span>"
            "</span></div>"
            + cited[1].replace("</p>", " Some say it was the busiest in the region.<sup class='noprint "
                               "Inline-Template Template-Fact'><i>[<a>citation needed</a>]</i></sup></p>") +
            "<div class='mw-heading mw-heading2'><h2 id='Decline'>Decline</h2><span class='mw-editsection'>[<a>edit"
            "</a>]</span></div>"
            + "".join(cited[2:]) +
            "<div class='mw-heading mw-heading2'><h2 id='References'>References</h2><span class='mw-editsection'>"
            "[<a>edit</a>]</span></div>"
            f"<div class='reflist'><ol class='references'>{refs}</ol></div>"
            "<div class='navbox'><div class='navbox-title'>Harbour gear</div><div>Bollard &middot; Capstan &middot; "
            "Crane &middot; Windlass</div></div></div></main>"
            "<footer id='footer'><ul><li id='footer-info-lastmod'> This page was last edited on 3 March 2026, at "
            "09:12.</li><li>Text is available under a free licence.</li></ul></footer></body></html>")


CASES = [(title, paras, head, url) for title, paras in ENTRIES for head in HEADS for url in URLS]


@pytest.mark.parametrize("title, paras, head, url", CASES)
def test_a_wiki_page_is_no_article_whatever_its_address(title, paras, head, url):
    # as MediaWiki writes its JSON-LD: the wiki's editors as an Organization author, its first and last edits
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"' + title
          + '","author":{"@type":"Organization","name":"Contributors to Harbourpedia projects"},"publisher":'
          '{"@type":"Organization","name":"Harbourpedia Trust"},"datePublished":"2006-05-04T10:00:00Z",'
          '"dateModified":"2026-03-03T09:12:00Z"}</script>')
    page = extract_page(_wiki_page(title, paras, ld + head), url=url)
    doc = prepare(page.text, title=page.title, url=page.url, outlet=page.outlet, author=page.author,
                  date=page.date, page_type=page.page_type)
    assert kinds.classify(doc).kind == kinds.NOT_ARTICLE, (page.page_type, page.text[:300])


@pytest.mark.parametrize("title, paras, head", [(t, p, h) for t, p in ENTRIES for h in HEADS])
def test_a_wiki_page_loses_its_furniture_and_keeps_its_entry(title, paras, head):
    page = extract_page(_wiki_page(title, paras, head), url=URLS[0])
    text = page.text
    for para in paras:  # the entry, its footnote markers kept
        assert para.split(". ")[0] in text
    assert "[1]" in text and "References" in text and "Marlow, K." in text
    for furniture in ("[edit]", "\nedit\n", "citation needed", "Harbour gear", "First recorded", "needs additional",
                      "For the bird", "Contents", "free encyclopedia", "last edited", "Windlass"):
        assert furniture not in text, (furniture, text)
    assert page.date != "2026-03-03"  # the footer's last edit is no publication date


def test_a_news_page_about_a_wiki_keeps_its_kind_and_hints():
    # near miss: a report that names MediaWiki in its words, built by a newsroom's own software
    paras = ["The county archive moved its catalogue to a wiki built on MediaWiki last spring, the archivist said.",
             "Volunteers have since added 4,200 entries, according to the archive's annual report.",
             "The mediawiki software is free, and the archive pays only for its hosting, a spokesman said."]
    markup = ("<html><head><title>County records go online - Kelsey Chronicle</title><meta property='og:type' "
              "content='article'><meta name='generator' content='WordPress 6.4'></head><body class='single-post'>"
              "<article><h1>County records go online</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    assert "mediawiki" not in hints(markup)
    page = extract_page(markup, url="https://kelseychronicle.example/news/county-records-online")
    assert "generator: wordpress" in page.page_type and "mediawiki" not in page.page_type
    doc = prepare(page.text, title=page.title, url=page.url, page_type=page.page_type)
    assert kinds.classify(doc).kind != kinds.NOT_ARTICLE


# --- footnote markers in text -------------------------------------------------------------------

CITED_SENTENCES = [
    "The mill pond held about 40,000 cubic metres of water at high tide.[1]",
    "Grain prices in the district rose by a third between 1790 and 1810.[2]",
    "At least 14 such mills were working on the estuary in 1820.[3][4]",
]
REFERENCES = ("\n\nReferences\n\n- Marlow, K. (1994). Coastal trades. Tideway Press.\n"
              "- Pell, R. (2003). Mills of the estuary. Harbour Review 12: 40-52.\n"
              "- Ash, D. (2011). The grain trade. p. 88.\n- Ash, D. (2012). Estuary mills. p. 9.\n")


INTRO = "This entry describes the tide mills of the Kell estuary and the trade they served.\n\n"


def _verdict(text: str, sentence: str) -> str:
    """The evidence's verdict on `sentence` in `text` (a paragraph of its own after INTRO)."""
    got = uc.score(prepare(INTRO + text), Settings())
    found = [e for e in got.evidence if e.text.startswith(sentence[:30])]
    assert found, (got.note, [e.text for e in got.evidence])
    return f"{found[0].kind}: {found[0].detail}"


@pytest.mark.parametrize("sentence", CITED_SENTENCES)
def test_a_footnote_marker_with_a_references_list_cites_a_document(sentence):
    verdict = _verdict(sentence + REFERENCES, sentence)
    assert verdict.startswith("sourced") and "document" in verdict, verdict


@pytest.mark.parametrize("sentence", CITED_SENTENCES)
def test_a_footnote_marker_without_a_list_sources_nothing(sentence):
    assert _verdict(sentence, sentence).startswith("unsourced")


@pytest.mark.parametrize("sentence", [
    "The mill pond held about 40,000 cubic metres of water at high tide in [1794].",
    "Grain prices in the district rose by a third between 1790 and [1810].",
])
def test_a_bracket_that_is_no_footnote_marker_sources_nothing(sentence):
    assert _verdict(sentence + REFERENCES, sentence).startswith("unsourced")


@pytest.mark.parametrize("credit", ["Contributors to Harbourpedia projects", "Harbourpedia contributors",
                                    "The editors of Harbourpedia"])
def test_a_wikis_editors_credited_as_author_are_no_writer(credit):
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Harbour crane",'
          f'"author":{{"@type":"Organization","name":"{credit}"}},"datePublished":"2005-04-02T08:00:00Z"}}</script>')
    title, paras = ENTRIES[0]
    page = extract_page(_wiki_page(title, paras, ld + HEADS[1]), url=URLS[0])
    assert page.author == "", page.author


@pytest.mark.parametrize("name", ["Ann Lee", "Tomas Berg"])
def test_a_named_writer_in_json_ld_is_kept(name):
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          f'"author":{{"@type":"Person","name":"{name}"}},"datePublished":"2026-02-02T08:00:00Z"}}</script>')
    markup = (f"<html><head><title>Quay works</title><meta name='x' content='y'>{ld}</head><body><article><h1>Quay works"
              "</h1>" + "".join(f"<p>{p}</p>" for p in ENTRIES[0][1]) + "</article></body></html>")
    assert extract_page(markup, url="https://harbournews.example/quay-works").author == name

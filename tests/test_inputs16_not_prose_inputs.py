"""Text that is not prose, read as prose (inputs16), each a class:

- HTML character references in a plain text ("Smith &amp; Sons", "&quot;", "&#8217;") are read
  as the characters they stand for, at the input and in scoring, so a text written with them
  scores as the same text written with the characters, and evidence points into the text shown;
- Markdown: a heading is a title, not a sentence of the reading grade; a numbered list's number
  is no sentence of the grade or the tone; a link's address (and any web address) is not words;
- a post embedded from a social network is someone else's words: sentiment does not read it,
  loaded language reads it as quoted;
- a web page's author that trafilatura made of a user name ("crumbly_kate" as "Crumbly Kate") is
  shown as the page writes it, and is no person's byline.
"""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin.inputs import read_paths, shown_text
from xlplugin.pages import extract_page
from xlplugin.text import normalise, prepare

STORY = ("The parish council met on Thursday to discuss the flooding on Mill Lane, the clerk said. "
         "Residents asked for a new drain, and the council agreed to pay for a survey this spring. "
         "The survey will cost about 3,000 pounds, according to the minutes.")


def _signals(result) -> dict[str, object]:
    return {name: (sig.value, sig.score) for name, sig in result.signals.items()}


def _offsets_point_into_text(result) -> None:
    for sig in result.signals.values():
        for e in sig.evidence:
            if e.text and e.end > e.start:
                assert result.text[e.start:e.end] == e.text


# --- 1. HTML character references -----------------------------------------------------------

# (written with references, written with the characters): named, decimal, hex, escaped twice
ENTITY_PAIRS = [
    ("Crane &amp; Daughters, the bakery on Mill Lane, closed early on Thursday. ",
     "Crane & Daughters, the bakery on Mill Lane, closed early on Thursday. "),
    ("Its owner said &quot;this is a disgraceful, shameful and outrageous decision&quot; on Friday. ",
     "Its owner said \"this is a disgraceful, shameful and outrageous decision\" on Friday. "),
    ("The owner&#8217;s daughter said it wasn&#8217;t the first time the lane had flooded. ",
     "The owner\u2019s daughter said it wasn\u2019t the first time the lane had flooded. "),
    ("The owner&#x2019;s son said the water rose &#x2014; fast &#x2014; after midnight. ",
     "The owner\u2019s son said the water rose \u2014 fast \u2014 after midnight. "),
    ("A neighbour called it &amp;quot;a scandalous, disgraceful mess&amp;quot; in a letter. ",
     "A neighbour called it \"a scandalous, disgraceful mess\" in a letter. "),
]


@pytest.mark.parametrize("encoded, plain", ENTITY_PAIRS)
def test_a_text_with_references_scores_as_the_text_with_their_characters(encoded, plain):
    written, read = encoded + STORY, plain + STORY
    result, twin = xlplugin.score_text(written), xlplugin.score_text(read)
    assert result.text == read  # the text shown is the text scored
    assert _signals(result) == _signals(twin)
    assert not {"amp", "quot", "8217", "x2019", "x2014"} & set(prepare(written).lowers)
    _offsets_point_into_text(result)


@pytest.mark.parametrize("encoded, plain", ENTITY_PAIRS)
def test_every_input_reads_references_as_scoring_does(encoded, plain, tmp_path):
    assert shown_text(encoded) == plain
    assert normalise(shown_text(encoded)) == (plain, None)  # nothing left for scoring to change
    (tmp_path / "story.txt").write_text(encoded + STORY, encoding="utf-8")
    (tmp_path / "table.csv").write_text('id,text\nrow1,"' + (encoded + STORY).replace('"', '""') + '"\n',
                                        encoding="utf-8")
    for record in read_paths([str(tmp_path / "story.txt"), str(tmp_path / "table.csv")]):
        assert record.text == plain + STORY


@pytest.mark.parametrize("text", [
    "AT&T and R&D spending rose, &c. The &notit and &bogus; stay as written.",
    "Fish & chips cost 9 pounds at the stall by the harbour.",
])
def test_an_ampersand_that_is_no_reference_stays(text):
    assert shown_text(text) == text
    assert normalise(text) == (text, None)


def test_offsets_map_back_to_the_references_as_written():
    raw = "Crane &amp; Daughters said &#8220;no&#8221;."
    text, offsets = normalise(raw)
    assert text == "Crane & Daughters said \u201cno\u201d."
    assert offsets is not None and len(offsets) == len(text)
    assert raw[offsets[text.index("&")]:].startswith("&amp;")
    assert raw[offsets[text.index("Daughters")]:].startswith("Daughters")
    assert raw[offsets[text.index("\u201d")]:].startswith("&#8221;")


# --- 2. Markdown -------------------------------------------------------------------------------

PROSE = ("The council voted on Tuesday to build a footbridge over the river beside the old mill. "
         "It will cost about four million pounds, officials said after the meeting. "
         "Work on the footbridge is expected to start in the spring and to take two years. "
         "Residents have asked for a crossing at this point since the ferry stopped running.")


@pytest.mark.parametrize("heading", ["# Council approves footbridge", "## What happened next",
                                     "### Cost", "#### Timeline and next steps for residents"])
def test_a_markdown_heading_is_a_title_not_a_sentence_of_the_reading_grade(heading):
    with_heading = xlplugin.score_text(f"{heading}\n\n{PROSE}").signals["readability"]
    alone = xlplugin.score_text(PROSE).signals["readability"]
    assert with_heading.value == alone.value


def test_numbered_and_bulleted_lists_read_alike():
    items = ["Traffic will be diverted onto the ring road for the whole of the summer.",
             "Buses will stop at the old depot instead of the square until further notice.",
             "Cyclists may use the towpath, which the council will light at night."]
    numbered = PROSE + "\n\n" + "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
    bulleted = PROSE + "\n\n" + "\n".join(f"- {item}" for item in items)
    for signal in ("readability", "sentiment"):  # a list's "1." is no sentence of the grade or the tone
        assert xlplugin.score_text(numbered).signals[signal].value == xlplugin.score_text(bulleted).signals[signal].value


@pytest.mark.parametrize("address", [
    "https://example.org/news/2026/shocking-corrupt-scandal-disaster-report.pdf",
    "https://example.org/reports/footbridge-final-report.pdf",
    "http://www.example.org/a/b/c/d/e/f/g/h/outrageous-disgrace.pdf",
])
def test_a_link_address_is_not_words_and_stays_a_source(address):
    linked = PROSE + f" Read the full report [here]({address}) for details."
    plain = PROSE + " Read the full report here for details."
    result, twin = xlplugin.score_text(linked), xlplugin.score_text(plain)
    assert result.signals["readability"].value == twin.signals["readability"].value
    loaded = result.signals["loaded_language"]
    assert loaded.value == twin.signals["loaded_language"].value
    assert loaded.details["words"] == twin.signals["loaded_language"].details["words"]
    documents = [e for e in result.signals["provenance"].evidence if e.kind == "references to primary documents"]
    assert any(address in e.text for e in documents)  # the link is still a reference to a document


@pytest.mark.parametrize("address", ["https://example.org/news/shocking-corrupt-scandal",
                                     "www.example.org/outrageous-disgraceful-betrayal"])
def test_a_bare_web_address_holds_no_loaded_terms(address):
    result = xlplugin.score_text(PROSE + f" More on the plan: {address} today.")
    assert result.signals["loaded_language"].value == 0
    assert result.signals["loaded_language"].details["words"] == \
        xlplugin.score_text(PROSE + " More on the plan: today.").signals["loaded_language"].details["words"]


# --- 3. Embedded posts -------------------------------------------------------------------------

NEWS_A = ("High winds closed the coast road on Tuesday, the county council said. About 300 homes lost power, "
          "according to the network operator.")
NEWS_B = ("The council said crews would work through the night to reopen the road. Engineers expect power to "
          "return by Thursday, the operator said.")
POST = "This is a disgrace!!! The council abandoned us AGAIN. Absolutely pathetic, shameful and hopeless."


@pytest.mark.parametrize("embed", [
    f"{POST} pic.twitter.com/abc123\n\n\u2014 Gary Pike (@garypike_77) March 4, 2025",
    f"{POST}\n\u2014 Gary Pike (@garypike_77) March 4, 2025",          # pasted with single line breaks
    f"{POST}\n-- Gary Pike (@garypike_77) March 4, 2025",
    f"{POST}\n\nA post shared by Lila Moss (@lila.moss)",               # Instagram
    f"{POST}\n\nA post shared by @lila.moss",
])
def test_an_embedded_post_is_not_the_authors_tone(embed):
    with_post = xlplugin.score_text(f"{NEWS_A}\n\n{embed}\n\n{NEWS_B}")
    without = xlplugin.score_text(f"{NEWS_A}\n\n{NEWS_B}")
    assert with_post.signals["sentiment"].value == without.signals["sentiment"].value
    assert with_post.signals["loaded_language"].value == without.signals["loaded_language"].value


def test_a_list_of_accounts_is_no_embedded_post():
    # a paragraph whose last line names an account, with no date: the lines above are the author's
    text = (f"{NEWS_A}\n\nThis is a disgrace and a shameful betrayal of every family on the coast.\n"
            f"- Dana Okafor (@dana_okafor)\n\n{NEWS_B}")
    assert xlplugin.score_text(text).signals["sentiment"].value != \
        xlplugin.score_text(f"{NEWS_A}\n\n{NEWS_B}").signals["sentiment"].value


# --- 4. User names as authors ------------------------------------------------------------------

def _forum_page(author_markup: str, meta_author: str) -> str:
    return (f'<html><head><title>Sourdough help | Bakers Forum</title><meta name="author" content="{meta_author}">'
            f'</head><body><article><h1>My starter will not rise</h1><p class="byline">Posted by {author_markup} '
            "on 3 March 2025</p><p>I have fed my starter twice a day for a week and it still does not rise. The "
            "kitchen is about 18 degrees. Is that too cold for it?</p><p>I use rye flour and tap water. Any advice "
            "would be welcome, thanks.</p></article></body></html>")


@pytest.mark.parametrize("handle", ["crumbly_kate", "kestrel_9", "mike1987", "dana.okafor", "sourdough_sam_77"])
def test_a_user_name_is_shown_as_written(handle):
    page = extract_page(_forum_page(f'<a href="/u/{handle}">{handle}</a>', handle))
    assert page.author == handle
    result = xlplugin.score_text(page.text, title=page.title, author=page.author)
    byline = [e for e in result.signals["provenance"].evidence if e.kind == "byline"]
    assert byline and byline[0].detail.startswith("not found")  # a user name is no person's byline


@pytest.mark.parametrize("name", ["Ann Roe", "Mary-Jane Holt", "Kate Crumbly"])
def test_a_person_named_is_kept(name):
    assert extract_page(_forum_page(name, name)).author == name


@pytest.mark.parametrize("name, handle", [("Tom Fenwick", "tom_fenwick"), ("Ann Roe", "annroe77")])
def test_a_person_named_beside_their_profile_link_is_kept(name, handle):
    # the page writes the person's name; the user name is only in the profile link's address
    assert extract_page(_forum_page(f'<a href="/author/{handle}">{name}</a>', name)).author == name

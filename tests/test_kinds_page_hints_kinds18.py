"""(kinds18) Document kinds testers found wrong, as classes:

- a documentation page (built by Sphinx, MkDocs, Docusaurus; a browser title "... documentation";
  a versioned address "/en/stable/") is not an article, read from what the page says of itself
  (xlplugin/page_hints.py), where the heading kept as the title says nothing;
- an opinion piece whose heading and text carry no label is opinion where the page's section
  (article:section, JSON-LD articleSection), its JSON-LD type or its browser title ("Opinion: ...")
  says so;
- a text whose writer argues at the reader is opinion: loaded words of the writer's own (the loaded
  language signal's rate), or two or more insinuations left for the reader ("some might wonder",
  "it is worth asking");
- a corrections notice is the outlet's own statement (press release); a live blog is a report, said.

Every text here was written for this file.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, score_text
from xlplugin.page_hints import hints, page_type_word
from xlplugin.pages import extract_page
from xlplugin.text import prepare

pytest.importorskip("trafilatura")

PARAGRAPHS = [
    "The client retries a failed request up to three times by default, waiting a little longer each time.",
    "Set the limit with the max_attempts option when you create the session; a value of one turns retries off.",
    "A request that times out is retried only when it is safe to send again, such as a read that changes nothing.",
    "Each wait is doubled from the last, up to the ceiling given by the backoff_cap option, in seconds.",
    "Errors from the server that say the service is busy are retried; errors that say the request was wrong are not.",
    "The session keeps a count of retries, which you can read from its stats attribute after a batch of calls.",
]


def _page(head: str, heading: str, paragraphs: list[str] = PARAGRAPHS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<main><article><h1>{heading}</h1>{body}</article></main></body></html>")


def _kind_of_page(markup: str, url: str = "") -> kinds.Kind:
    page = extract_page(markup, url=url)
    doc = prepare(page.text, title=page.title, url=page.url, outlet=page.outlet, author=page.author,
                  date=page.date, page_type=page.page_type)
    return kinds.classify(doc)


@pytest.mark.parametrize("head, url", [
    ("<title>Retries &mdash; fernlink 2.4 documentation</title><meta name='generator' content='Sphinx 7.2.6'>",
     "https://fernlink.example.org/guide/retries.html"),
    ("<title>Retries - Quillstone Docs</title><meta name='generator' content='mkdocs-1.5.3, mkdocs-material-9.4'>",
     "https://quillstone.example.com/guide/retries/"),
    ("<title>Retries | Harrowgate</title><meta name='generator' content='Docusaurus v3.1.0'>",
     "https://harrowgate.example.net/guide/retries"),
    ("<title>Retries &mdash; Pellworth 0.9 documentation</title>",
     "https://pellworth.example.org/en/latest/usage/retries.html"),
])
def test_a_documentation_page_is_not_an_article(head, url):
    kind = _kind_of_page(_page(head, "Retries¶"), url)
    assert kind.kind == kinds.NOT_ARTICLE, kind


def test_a_news_page_from_a_blog_engine_stays_a_report():
    report = ["Councillors in Eastmoor voted on Tuesday to close the Gower Street car park from March, the council said.",
              "The site will become a market square, according to plans published by the council's planning team.",
              "Traders told the meeting that the nearest car park was a ten-minute walk away.",
              "The council's transport lead, Ruth Abara, said buses would run every ten minutes on market days.",
              "A consultation on the square's design opens next week and closes at the end of January, she said."]
    head = ("<title>Gower Street car park to close for market square | Eastmoor Gazette</title>"
            "<meta name='generator' content='WordPress 6.4.2'><meta property='og:type' content='article'>"
            "<meta property='article:section' content='Politics'>")
    kind = _kind_of_page(_page(head, "Gower Street car park to close for market square", report),
                         "https://eastmoor-gazette.example/2026/11/30/gower-street-car-park/")
    assert kind.kind == kinds.NEWS, kind


ARGUED = ["Our high streets were built for people, and we have spent fifty years handing them to parked cars.",
          "A bench costs less than a single parking space and serves far more people in a day.",
          "Towns that have swapped car parks for squares have seen footfall rise, not fall.",
          "The council should stop treating every empty corner as a place to leave a vehicle.",
          "Give us somewhere to sit, and the shops will do the rest."]


@pytest.mark.parametrize("head", [
    "<title>Opinion: Give our high streets back to people | The Wessex Herald</title>",
    "<title>Comment | Give our high streets back to people | The Wessex Herald</title>",
    "<title>Give our high streets back to people</title><meta property='article:section' content='Opinion'>",
    "<title>Give our high streets back to people</title><script type='application/ld+json'>"
    "{\"@type\": \"NewsArticle\", \"articleSection\": \"Comment\"}</script>",
    "<title>Give our high streets back to people</title><script type='application/ld+json'>"
    "{\"@type\": \"OpinionNewsArticle\"}</script>",
])
def test_an_opinion_label_in_the_page_metadata_is_opinion(head):
    markup = _page("<meta property='og:type' content='article'>" + head, "Give our high streets back to people", ARGUED)
    kind = _kind_of_page(markup, "https://wessexherald.example/news/high-streets-benches")
    assert kind.kind == kinds.OPINION, kind


def test_page_hints_and_the_page_type_word():
    markup = ("<head><title>Analysis: Rates &amp; rents</title><meta property='article:section' content='Business'>"
              "<meta name='generator' content='Hugo 0.120'></head>")
    assert hints(markup) == "section: business; generator: hugo 0.120; title: analysis: rates & rents"
    assert hints("<html><body>no head</body></html>") == ""
    assert page_type_word("article; section: business") == "article"


HYPER = [
    """The Useless Clowns Running Our Water Board Have Done It Again

These greedy, spineless parasites have poisoned our rivers and then had the nerve to hand themselves a bonus.
Every single one of them is a disgrace. They lie, they cheat and they never, ever pay for it.
The so-called regulator is a toothless puppet, totally captured by the arrogant fat cats it is meant to watch.
Our children swim in filth while these crooks laugh all the way to the bank. It is a scandal and a national shame.
Nobody in that rotten boardroom has an ounce of decency. Throw the whole corrupt lot out before they destroy everything.""",
    """Traitors in the Town Hall Sell Out Our Park to Greedy Developers

This is the most shameful betrayal in the history of this town. The cowardly, corrupt councillors have sold our park.
They are liars, every last one of them. Utterly disgraceful. They despise ordinary people and they always have.
The pathetic excuses from these clowns are a total insult. A disgusting stitch-up by a gang of arrogant hypocrites.
The greedy developers will bulldoze every tree, and the spineless cabinet will cheer them on. Absolutely shameful.
Remember their names. These frauds have ruined everything decent about this place, and they will never be forgiven.""",
]


@pytest.mark.parametrize("text", HYPER)
def test_the_writer_loaded_with_contempt_is_opinion(text):
    kind = kinds.classify(prepare(text))
    assert kind.kind == kinds.OPINION, kind
    assert any(cue.startswith("the writer's own words are loaded") for cue in kind.cues)
    # the engine hands the rule the loaded language signal it scored: the same kind
    assert score_text(text).kind == kinds.OPINION


def test_a_report_quoting_contempt_stays_a_report():
    text = ("HARLOW - Residents shouted at councillors on Monday as the park sale was approved, the council said.\n\n"
            "\"These greedy, spineless parasites have sold our park,\" said Mary Kell, 64, who has lived beside it "
            "for forty years. \"They are liars and cowards, every single one of them. A disgrace.\"\n\n"
            "\"It is a total betrayal by a gang of corrupt clowns,\" said another resident, Omar Diallo.\n\n"
            "The council leader, Janet Price, told the meeting the sale would fund repairs to three schools. "
            "The buyer, Fenbrook Homes, said it would keep a third of the site as open space, according to its plans.")
    assert kinds.classify(prepare(text)).kind == kinds.NEWS


SLANTED = [
    """The bridge contract nobody wanted to talk about

The county has awarded its bridge repair contract to Orvell Construction. Orvell's chairman sat on the county's
planning board until last spring. It is worth asking how the tender was judged.

Orvell's bid was not the lowest. The county says quality mattered as much as price. Perhaps so. Some might wonder
why the quality scores were never published.

The repairs are due to start in March. Taxpayers can draw their own conclusions about who stands to gain.""",
    """A hospital that always finds the money, except for nurses

The health board has found money for a new car park and a new logo this year. It has not found money to fill its
forty empty nursing posts. Patients waiting on trolleys may wonder which of these mattered more.

The board will say the budgets are separate. That is one way to put it. There is a pattern here, and it is not
a new one. Staff who raised concerns last winter were thanked for their feedback. Families may be forgiven for
thinking nothing has changed since.""",
]


@pytest.mark.parametrize("text", SLANTED)
def test_insinuation_at_the_reader_is_opinion(text):
    kind = kinds.classify(prepare(text))
    assert kind.kind == kinds.OPINION, kind
    assert any(cue.startswith("the writer insinuates at the reader") for cue in kind.cues)


def test_a_report_with_one_stock_doubt_stays_a_report():
    text = ("LONDON - The central bank held interest rates at 4 percent on Thursday, its governor said.\n\n"
            "It remains to be seen whether the pause will last, according to economists at two banks. "
            "Some analysts may wonder about the timing, said Priya Shah of Lambeth Capital, who expects a cut in spring.\n\n"
            "\"It is worth asking whether inflation has peaked,\" said the governor, Ann Cole.")
    assert kinds.classify(prepare(text)).kind == kinds.NEWS


CORRECTIONS = """Corrections and clarifications

An article on 3 May about the Lindley bus station said the new roof cost £4 million. The correct figure is £2.4 million.
We apologise for the error.

A report on 1 May about the county swimming gala gave the winner of the 100 metres as Ellie Park. It was Ellie Parks.
The article has been corrected.

A caption on 28 April named the Mayor of Lindley as Tom Reid. The mayor is Tom Reed. We are sorry for the mistake."""


def test_a_corrections_notice_is_the_outlets_own_statement():
    # (kinds22) the outlet's note on its own reports is a news item, its cue said (kinds18 showed it as a press release)
    kind = kinds.classify(prepare(CORRECTIONS))
    assert kind.kind == kinds.NEWS, kind
    assert "corrections notice" in kind.cues[0]


def test_a_report_with_a_correction_at_its_foot_stays_a_report():
    text = ("LINDLEY - The new bus station opened on Monday after two years of building, the council said.\n\n"
            "The roof, which cost £2.4 million, was paid for by a government grant, according to the council. "
            "Passengers told reporters the waiting room was warmer than the old one.\n\n"
            "Correction: an earlier version of this article said the roof cost £4 million. The correct figure is "
            "£2.4 million.")
    assert kinds.classify(prepare(text)).kind == kinds.NEWS


LIVE = """Live: Floods close roads across the Wolds - latest updates

16:40 - The fire service says it has rescued two people from a car stuck in water near Hedley.

16:15 - Three schools will stay closed tomorrow, the county council says.

15:50 - The Environment Agency has issued a flood warning for the river at Amberley.
"""


def test_a_live_blog_is_a_report_said():
    kind = kinds.classify(prepare(LIVE))
    assert kind.kind == kinds.NEWS and kind.cues != ("no cue of another kind",)
    assert any("live blog" in cue for cue in kind.cues)

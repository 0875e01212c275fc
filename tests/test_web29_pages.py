"""(web29) Whose words, how much of the article: a Q&A page in a Stack-Exchange-like markup is read as
its thread under its asker's name (a name hidden for machines is not read twice; an answer is never
the whole page; a question no one has answered is the asker's question, not rhetoric); a page that
says it runs over more than one page says in its note that only this page was read; a listing's
first teaser's writer and date are not the listing's. Pages written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, kinds
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

pytest.importorskip("trafilatura")
from xlplugin import pages  # noqa: E402


def _doc(page):
    return prepare(page.text, title=page.title, url=page.url, outlet=page.outlet, author=page.author,
                   date=page.date, page_type=page.page_type)


# --- 1. Q&A pages

def _signature(verb: str, when: str, name: str, style: str, rep: str = "1,204") -> str:
    """A post's signature box in one of the markups Q&A sites use (the hidden name is schema.org's)."""
    action = f'<div class="user-action-time">{verb} <span class="relativetime">{when}</span></div>' if verb else ""
    person = (f'<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">'
              f'<a href="/users/7/{name}">{name}</a><span class="d-none" itemprop="name">{name}</span>'
              f'<div class="-flair"><span class="reputation-score">{rep}</span></div></div>')
    if style == "user-info":  # the site's own layout: the signature's parts inside "user-info"
        return f'<div class="post-signature owner flex--item"><div class="user-info">{action}{person}</div></div>'
    return f'<div class="post-signature">{action}{person}</div>'  # a flatter copy of it


def _qa_page(title: str, question: str, asker: str, answers: list[tuple[str, str, str]], style: str,
             accepted: bool = True) -> str:
    """answers: (body, date or "" for none, name)."""
    out = []
    for i, (body, when, name) in enumerate(answers):
        prop = "acceptedAnswer" if accepted and i == 0 else "suggestedAnswer"
        out.append(f"""<div id="answer-{900 + i}" class="answer js-answer{' accepted-answer' if prop == 'acceptedAnswer' else ''}"
 itemprop="{prop}" itemscope itemtype="https://schema.org/Answer"><div class="js-vote-count" data-value="{9 - 4 * i}">{9 - 4 * i}</div>
<div class="s-prose js-post-body" itemprop="text">{body}</div>
{_signature("answered" if when else "", when, name, style)}</div>""")
    return f"""<!DOCTYPE html><html itemscope itemtype="https://schema.org/QAPage"><head><meta charset="utf-8">
<title>{title} - Allotment Answers</title><meta property="og:site_name" content="Allotment Answers">
<meta property="og:type" content="website">
<link rel="canonical" href="https://allotments.answers.example/questions/3301/q"></head>
<body class="question-page"><header><a href="/">Allotment Answers</a><nav><a href="/questions">Questions</a>
<a href="/tags">Tags</a></nav></header><div id="content"><div id="question-header"><h1 itemprop="name">{title}</h1></div>
<div id="mainbar" role="main"><div class="question js-question" id="question" itemprop="mainEntity" itemscope
 itemtype="https://schema.org/Question"><div class="js-vote-count" data-value="3">3</div>
<div class="s-prose js-post-body" itemprop="text">{question}</div>
<div class="post-taglist"><a class="post-tag">soil</a> <a class="post-tag">compost</a></div>
{_signature("asked", "Apr 2, 2026 at 18:20", asker, style, "88")}</div>
<div id="answers"><h2>{len(answers)} Answers <span>Sorted by: Highest score (default)</span></h2>{''.join(out)}</div>
</div></div><footer><p>Site design &copy; 2026 Allotment Answers</p></footer></body></html>"""


QUESTIONS = [
    ("Why is my compost heap cold in the middle?",
     "<p>I started a heap in March from grass cuttings and cardboard. It is about a metre across and still cold "
     "in the middle after six weeks. I turn it every fortnight.</p><p>Is it too wet? Should I add more cardboard?</p>",
     "soil_sally"),
    ("Can I plant potatoes where tomatoes grew last year?",
     "<p>My plot is small and I rotate as best I can. Last summer the bed had outdoor tomatoes that got blight "
     "in August.</p><p>Will the potatoes catch it from the soil? How long should I wait?</p>",
     "Hugo Brannigan"),
]
ANSWERS = [
    [("<p>A heap that size needs more nitrogen and air. Grass alone packs down and goes slimy, so mix in "
      "twice as much torn cardboard and turn it weekly for a month. It should warm up within days.</p>",
      "Apr 2, 2026 at 20:05", "Maeve Tolland"),
     ("<p>Mine did the same until I covered it with an old carpet to keep the heat in.</p>",
      "Apr 3, 2026 at 07:41", "plotter_ray"),
     ("<p>Compost heaps are a scam pushed by clueless garden centres. Burn it all.</p>", "", "grumpy_digger")],
    [("<p>Blight does not live in the soil over winter; it survives in tubers left in the ground. Dig out every "
      "potato and tomato root you can find and the bed is safe this year, though rotation still helps.</p>",
      "Apr 2, 2026 at 21:10", "Ines Farrow"),
     ("<p>Only if you are an idiot who leaves the old tubers in. Pathetic question.</p>", "", "spud_lord")],
]


@pytest.mark.parametrize("style", ["post-signature", "user-info"])
@pytest.mark.parametrize("which", [0, 1])
def test_a_qa_page_is_its_thread_under_its_askers_name(style, which):
    title, question, asker = QUESTIONS[which]
    answers = ANSWERS[which]
    page = pages.extract_page(_qa_page(title, question, asker, answers, style))
    # the asker's name, once (the hidden schema.org name is not read beside the link)
    assert page.author == asker
    for _, _, name in answers:
        assert name.lower() not in page.author.lower()
    # the question and every answer, not the first answer alone
    assert question[3:40] in page.text
    for body, _, _ in answers:
        assert body[3:40] in page.text
    lines = page.text.split("\n")
    assert f"asked Apr 2, 2026 at 18:20 {asker}" in lines
    assert not any(f"{asker} {asker}" in ln for ln in lines)
    assert not any(ln.startswith(("2 Answers", "3 Answers")) for ln in lines)
    doc = _doc(page)
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == asker.lower()
    # the undated last answer's abuse is its writer's, not the asker's nor the answer's before it
    assert any(answers[-1][0][3:30] in doc.text[s:e] for s, e in forum_posts.quoted_posts(doc))
    score = loaded_language.score(doc, Settings())
    assert not [e for e in score.evidence if e.kind == "rhetorical question"]
    assert score.details["derogatory"] + score.details["emotive"] == 0
    assert kinds.classify(doc).kind == kinds.FORUM


@pytest.mark.parametrize("which", [0, 1])
def test_a_qa_page_without_an_accepted_answer_is_the_same_thread(which):
    title, question, asker = QUESTIONS[which]
    page = pages.extract_page(_qa_page(title, question, asker, ANSWERS[which], "post-signature", accepted=False))
    assert page.author == asker
    assert ANSWERS[which][0][0][3:40] in page.text and question[3:40] in page.text


@pytest.mark.parametrize("style", ["post-signature", "user-info"])
@pytest.mark.parametrize("which", [0, 1])
def test_a_question_no_one_has_answered_is_the_askers_question(style, which):
    title, question, asker = QUESTIONS[which]
    page = pages.extract_page(_qa_page(title, question, asker, [], style))
    assert page.author == asker
    assert page.date == "2026-04-02"
    doc = _doc(page)
    assert forum_posts.qa_question_end(doc) > 0
    evidence = loaded_language.score(doc, Settings()).evidence
    assert not [e for e in evidence if e.kind == "rhetorical question"]


def test_a_signature_line_inside_a_report_is_still_no_question_page():
    # the lone asker's signature counts only as the text's last line
    text = ("Council answers plot holders\n\nThe council was asked about rents at the meeting.\n\n"
            "asked Apr 2, 2026 at 18:20 Tom B\n\nThe council said rents would be reviewed in May. "
            "Is that soon enough? Members will decide.\n")
    doc = prepare(text)
    assert forum_posts.qa_question_end(doc) == -1
    assert forum_posts.qa_asker(text) == ""


# --- 2. an article over more than one page

def _story(pager: str = "", head: str = "", canonical: str = "https://valleyherald.example/news/bypass-plan-4471",
           inside: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bypass plan goes to inquiry after 1,200 objections - Valley Herald</title>
<meta property="og:site_name" content="Valley Herald"><link rel="canonical" href="{canonical}">{head}
<meta name="author" content="Carys Penhale"></head><body>
<div id="nav"><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/sport/">Sport</a></div>
<div id="main"><h1>Bypass plan goes to inquiry after 1,200 objections</h1>
<div class="byline">By Carys Penhale</div><div class="story">
<p>A plan for a two-mile bypass around Lowerby will go to a public inquiry after the county council received more
than 1,200 objections, the council confirmed on Monday.</p>
<p>The route would cross the river meadows west of the village. Highways officers say it would take 9,000 vehicles
a day out of the high street.</p>{inside}
<p>Objectors, led by the Lowerby Meadows Group, say the road would cut through a site where curlews nest and would
raise flood risk downstream, according to their submission.</p>
<p>The inspector is expected to open the hearing in September, the Planning Inspectorate said.</p></div>{pager}
</div><div id="footer">&copy; 2026 Valley Herald Ltd</div></body></html>"""


PAGERS = [
    ('<div class="pagination"><span class="current">Page 1 of 3</span> <a href="?page=2">Next &raquo;</a></div>', "", ""),
    ("", "", '<p class="cont"><a href="?page=2">Continued on page 2</a></p>'),
    ('<div class="page-links">Pages: <span>1</span> <a href="/news/bypass-plan-4471/2/">2</a> '
     '<a href="/news/bypass-plan-4471/3/">3</a></div>', "", ""),
    ('<nav class="article-pager"><a href="/news/bypass-plan-4471?page=2">Next page &rarr;</a></nav>', "", ""),
    ("", '<link rel="next" href="https://valleyherald.example/news/bypass-plan-4471/2">', ""),
    ("", '<link rel="next" href="/news/bypass-plan-4471?pg=2">', ""),
    ('<ul class="pager"><li>Page 2 of 2</li><li><a href="?page=1">Previous</a></li></ul>', "", ""),
]


@pytest.mark.parametrize("pager, head, inside", PAGERS)
def test_a_page_of_a_longer_article_says_it_holds_only_part(pager, head, inside):
    page = pages.extract_page(_story(pager, head, inside=inside))
    assert "runs over more than one page" in page.note and "only this page's part" in page.note
    for button in ("Page 1 of", "Continued on page", "Pages:", "Next page", "Page 2 of"):
        assert button not in page.text
    assert "curlews" in page.text and page.author == "Carys Penhale"


NOT_PAGED = [
    # a blog's link to its next post, not to a page of this one
    ("", '<link rel="next" href="https://valleyherald.example/news/school-run-4472">', ""),
    ("", '<link rel="next" title="Next story" href="/news/school-run-4472?page=2">', ""),
    # the words in a sentence, and a pager that says the article is whole
    ("", "", "<p>The objections are listed on page 2 of the council's agenda, and the next page sets out the route.</p>"),
    ('<div class="pagination"><span>Page 1 of 1</span></div>', "", ""),
    # a gallery's "Next" alone names no page
    ('<div class="gallery-nav"><a href="#2">Next</a></div>', "", ""),
]


@pytest.mark.parametrize("pager, head, inside", NOT_PAGED)
def test_a_whole_article_gets_no_such_note(pager, head, inside):
    page = pages.extract_page(_story(pager, head, inside=inside))
    assert "more than one page" not in page.note
    if inside:
        assert "page 2 of the council's agenda" in page.text


def _tag_page(json_ld: bool) -> str:
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage",'
          '"name":"Transport","url":"https://valleyherald.example/topics/transport"}</script>') if json_ld else ""
    cards = "".join(f"""<article class="card"><h2><a href="/news/{slug}">{headline}</a></h2><p class="standfirst">{stand}</p>
<p class="byline">By <a rel="author" href="/authors/{slug}">{name}</a></p><time datetime="2026-03-{day:02d}">{day} March 2026</time></article>"""
                    for slug, headline, stand, name, day in (
                        ("bus-4470", "Bus route 12 to run every 15 minutes", "The council and operator agreed a new timetable.",
                         "Tomasz Lind", 20),
                        ("rail-4466", "Station lift out of action for six weeks", "Network Rail said parts were on order.",
                         "Aoife Marr", 18),
                        ("cycle-4460", "Cycle lane on Mill Road to be widened", "Work starts after Easter, the council said.",
                         "Carys Penhale", 15)))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Transport | Valley Herald</title>
<meta property="og:type" content="website"><meta property="og:title" content="Transport">
<meta property="og:site_name" content="Valley Herald">
<link rel="canonical" href="https://valleyherald.example/topics/transport">
<link rel="next" href="https://valleyherald.example/topics/transport?page=2">{ld}</head>
<body class="tag"><h1>Transport</h1>{cards}
<nav class="pagination"><span>Page 1 of 9</span> <a href="?page=2" rel="next">Next</a></nav></body></html>"""


@pytest.mark.parametrize("json_ld", [True, False])
def test_a_listing_has_no_teasers_writer_or_date_and_no_article_note(json_ld):
    page = pages.extract_page(_tag_page(json_ld))
    assert page.author == "" and page.date == ""
    assert "more than one page" not in page.note
    assert kinds.classify(_doc(page)).kind == kinds.NOT_ARTICLE


# --- a name read twice

BYLINES = [
    ('<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/authors/aoife">Aoife Marr</a>'
     '<span class="d-none" itemprop="name">Aoife Marr</span></span>', "Aoife Marr"),
    ('<div class="byline" itemprop="author"><a rel="author" href="/staff/tl">Tomasz Lind</a>'
     '<span class="sr-only" itemprop="name">Tomasz Lind</span></div>', "Tomasz Lind"),
]


@pytest.mark.parametrize("byline, name", BYLINES)
def test_a_byline_with_a_hidden_copy_of_the_name_gives_it_once(byline, name):
    markup = _story().replace('<div class="byline">By Carys Penhale</div>', byline).replace(
        '<meta name="author" content="Carys Penhale">', "")
    page = pages.extract_page(markup)
    assert page.author == name


@pytest.mark.parametrize("name, once", [("Pip Lantry Pip Lantry", "Pip Lantry"), ("Ho Ho", "Ho Ho"),
                                        ("Anna Maria Anna", "Anna Maria Anna"), ("Jo Marr", "Jo Marr")])
def test_a_name_read_twice_is_given_once(name, once):
    assert pages._once(name) == once

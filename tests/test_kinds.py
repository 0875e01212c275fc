"""Document kinds: each kind from its cues, no index for a page that is not an article (with
the reason in words), the kind in every output, and per-kind precision and recall on the
hand-labelled pages (tests/kinds_labels.csv) above recorded floors.

The short texts here were written for this project.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import xlplugin
from xlplugin import cells, kinds
from xlplugin.text import prepare

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "workbooks" / "examples"

REPORT = (
    "LISBON (Harbour Wire Service) - Portugal's parliament approved a bill on Tuesday that would cut the tax "
    "on electricity, after a debate that lasted more than six hours. The finance ministry said the cut would "
    "cost about 410 million euros a year, according to a written note. \"This is a targeted measure,\" the "
    "minister told reporters after the vote. Opposition lawmakers said the measure came too late."
)


def kind_of(text: str, **meta: str) -> kinds.Kind:
    return kinds.classify(prepare(text, **meta))


def test_rules_file_reads_and_every_kind_has_rules():
    rules = kinds.rules()
    assert {rule.kind for rule in rules} == set(kinds.KINDS)
    assert all(rule.why and rule.weight > 0 for rule in rules)


def test_classify_writes_nothing_into_the_document():
    """Scorers and the kind pass read the document and never write into it (issue 13): what
    `classify` works out is kept for the one call."""
    doc = prepare(REPORT + " I think my view is mine. " * 12)  # over 80 words, first person: every measure runs
    doc.analysis  # (made on first use: a cache, not a write by classify)
    before = {name: list(value) if isinstance(value, list) else value for name, value in vars(doc).items()}
    first = kinds.classify(doc)
    assert vars(doc) == before
    assert kinds.classify(doc) == first


def test_a_plain_report_is_a_news_report():
    kind = kind_of(REPORT)
    assert kind.kind == kinds.NEWS and kind.cues


def test_a_text_with_no_cue_says_so():
    kind = kind_of("The committee met on Monday. It approved the budget for next year.")
    assert kind.kind == kinds.NEWS and kind.cues == ("no cue of another kind",)


def test_opinion_by_label_and_by_address():
    assert kind_of("OPINION\n\n" + REPORT).kind == kinds.OPINION
    assert kind_of(REPORT, url="https://example.org/opinion/2025/a-column").kind == kinds.OPINION
    # "review" inside a headline is not a review
    assert kind_of(REPORT, title="Council approves flood wall after two-year review").kind == kinds.NEWS


def test_first_person_outside_quotations_only():
    personal = ("I went to the market on Saturday and I was surprised. My friend told me I should write about it, "
                "so here is my account of what I saw and what I think of it. ") * 4
    assert kind_of(personal).kind == kinds.OPINION
    quoted = (REPORT + ' "I was there and I saw it myself, and my family saw it too, and I will not forget it," '
              "said one resident. ") * 2
    assert kind_of(quoted).kind == kinds.NEWS


def test_press_release():
    text = "FOR IMMEDIATE RELEASE\n\nNorthfield Water Company today announced that its new plant is complete."
    assert kind_of(text).kind == kinds.PRESS_RELEASE


def test_forum_post():
    text = "Home > Forums > World News\n\nRe: the dam project\n\nriverwatcher\nJoined: Apr 3, 2019\nPosts: 2,114\n\nAnyone know more?"
    assert kind_of(text).kind == kinds.FORUM


def test_wire_copy_needs_another_outlet():
    text = "BERLIN (Reuters) - " + REPORT.split(" - ", 1)[1]
    # on the agency's own site, or with no publisher known, it is the agency's report
    assert kind_of(text, url="https://www.reuters.com/article/x").kind == kinds.NEWS
    assert kind_of(text).kind == kinds.NEWS
    syndicated = kind_of(text, url="https://www.example-times.example/business/x", outlet="Example Times")
    assert syndicated.kind == kinds.WIRE and "Reuters" in syndicated.cues[0]
    assert kind_of(REPORT, author="Associated Press", outlet="Example Times", url="https://example-times.example/a").kind == kinds.WIRE
    assert kind_of("This article originally appeared on Grist.\n\n" + REPORT).kind == kinds.WIRE


@pytest.mark.parametrize("credit", [
    "Original article: https://www.example-daily.example/news/41822",
    "Original article: Example Daily, 3 May",
    "Source: https://www.example-daily.example/news/41822",
    "Originally published at https://example-daily.example/a/5",
    "This article was originally published by Example Daily.",
])
def test_a_line_crediting_another_source_is_syndicated_copy(credit):
    assert kind_of(REPORT + "\n" + credit + "\nDisclaimer: this article represents its author only.").kind == kinds.WIRE


@pytest.mark.parametrize("line", [
    "Source: Bureau of Harbour Statistics, 2024 survey",  # a table's or a chart's data source
    "The source: a letter the council had not published.",
    "Our original article on the tax, from March, is here.",
])
def test_a_source_line_that_credits_no_outlet_is_not_syndicated_copy(line):
    assert kind_of(REPORT + "\n" + line).kind == kinds.NEWS


def test_not_an_article_needs_strong_cues_and_gets_no_index():
    shop = ("Riverside Trail Walking Boots\n\n£89.99\n\nWaterproof walking boots with a cushioned sole. "
            "In stock. Add to basket. Free delivery over £50, price £89.99 includes VAT. Socks £12.99.")
    kind = kind_of(shop, page_type="product")
    assert kind.kind == kinds.NOT_ARTICLE
    result = xlplugin.score_text(shop * 3, page_type="product")
    assert result.kind == kinds.NOT_ARTICLE and result.reliability is None
    assert result.note.startswith("no index: not an article (") and "product page" in result.note
    assert cells.unscored_why(result) == result.note  # (status45: the Status says its head, "no index: not an article")
    # the signals are still there to read
    assert result.signals["readability"].value is not None
    # a short pasted text without author or date is not refused: missing metadata counts only
    # for web pages
    assert kind_of("The council met on Monday and approved the budget.").kind == kinds.NEWS


def test_an_organisation_page_by_title_and_address():
    text = "We are a cooperative of engineers. We plan bridges and buildings. Contact us for a quote."
    kind = kind_of(text, title="About us", url="https://engineers.example/about", page_type="web page")
    assert kind.kind == kinds.NOT_ARTICLE


def test_kind_in_every_output():
    result = xlplugin.score_text(REPORT)
    assert result.as_dict()["kind"] == kinds.NEWS and result.as_dict()["kind_cues"]
    header = cells.score_columns()
    row = cells.score_row(result)
    assert row[header.index(cells.KIND_HEADER)] == kinds.NEWS
    assert cells.evidence_text(result, "kind").startswith("news report\ncue: ")


def test_excel_functions_give_the_kind():
    from xlplugin.excel import functions

    assert functions.kind(REPORT) == kinds.NEWS
    assert functions.kind([[REPORT], [None], [3.0]]) == [[kinds.NEWS], [""], ["not text: a number"]]
    rows = functions.scores(REPORT, True)
    assert rows[1][rows[0].index("Kind")] == kinds.NEWS
    assert functions.evidence(REPORT, "kind").startswith("news report")


def test_the_examples_have_their_labelled_kind():
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate_kinds

    for group, name, gold in evaluate_kinds.labels():
        if group == "examples":
            assert evaluate_kinds.predict(EXAMPLES / name).kind == gold, name


@pytest.mark.slow
def test_per_kind_precision_and_recall_on_the_labelled_pages():
    web = ROOT.parent / "shared" / "corpus" / "web" / "pages"
    if not web.is_dir():
        pytest.skip(f"web pages absent: {web} not found (read from ../shared, never copied)")
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate_kinds

    result = evaluate_kinds.evaluate(web)
    assert not result["missing"]
    per = result["per_kind"]
    # measured 2026-11-29 (114 documents): accuracy 0.78; not an article precision 1.00 recall
    # 0.65; opinion 0.84 / 0.71; press release 1.00 / 0.75; wire 1.00 / 1.00; news 0.63 / 0.89.
    # 2026-11-30, with list, organisation, event, product and documentation cues: accuracy 0.79;
    # not an article 1.00 / 0.70 (half A, looked at: 1.00 / 1.00; half B, held out: 1.00 / 0.57).
    assert result["accuracy"] >= 0.70
    # A page wrongly called "not an article" loses its index: that precision matters most (no
    # labelled article may be refused).
    assert per[kinds.NOT_ARTICLE][0] == 1.0 and per[kinds.NOT_ARTICLE][1] >= 0.65
    assert per[kinds.OPINION][0] >= 0.75 and per[kinds.OPINION][1] >= 0.5
    assert per[kinds.PRESS_RELEASE][0] >= 0.8 and per[kinds.PRESS_RELEASE][1] >= 0.6
    assert per[kinds.WIRE][0] >= 0.8 and per[kinds.WIRE][1] >= 0.8
    assert per[kinds.NEWS][1] >= 0.85


def test_the_fast_paths_give_what_the_plain_patterns_give(monkeypatch):
    """Word counts and required-word checks stand in for most regular expressions (speed); on
    the examples and the samples they must decide exactly what the patterns alone decide."""
    import dataclasses

    from samples import CALM_REPORT, CHARGED_RANT, HAPPY_NOTE  # noqa: F401  (tests/ is on the path)
    import samples

    texts = [getattr(samples, n) for n in dir(samples) if n.isupper() and isinstance(getattr(samples, n), str)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += [REPORT + " Of course, we must act. I think so, and in my view it is time. It first appeared in print.",
              "Add to basket. In stock. Inkl. MwSt. " * 3, "Wir rufen alle zur Teilnahme auf. " + REPORT,
              LIST_PAGE, ORGANISATION_PAGE, EVENT_PAGE, PRODUCT_PAGE, DOCS_PAGE,
              POSTER, APPEAL, RECIPE, ARGUED, ARGUED.replace("I would argue", '"I would argue') + '" she said.',
              REPORT + " In my view, it seems to me that I'm convinced. " + ' "In my opinion," he said.']
    docs = [prepare(t, page_type="web page") for t in texts]
    fast = [kinds.classify(d) for d in docs]
    plain = tuple(dataclasses.replace(r, first_words=None, single_words=None, rest=None, rest_needs=None, starts=None,
                                      rest_starts=None, rest_choices=None, tail=None, own_choices=None,
                                      words_any=None, marks="", line_keys=None)
                  for r in kinds.rules())
    monkeypatch.setattr(kinds, "rules", lambda: plain)
    for doc, quick in zip(docs, fast):
        slow = kinds.classify(doc)
        assert (quick.kind, quick.scores) == (slow.kind, slow.scores)


def test_first_person_rate_is_the_plain_count():
    """The first-person rate counts the words' places from their counts (speed): the same as
    looking at every word, outside quotations only."""
    from collections import Counter

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts.append(REPORT + ' "I said my piece," I wrote. My view: "me and mine", then me, I, my. ' * 6)
    checked = 0
    for text in texts:
        doc = prepare(text)
        if doc.word_count < 80:
            continue
        plain = sum(1 for i, w in enumerate(doc.lowers)
                    if w in kinds.FIRST_PERSON_WORDS and doc.quote_at(doc.token_starts[i]) is None)
        assert kinds._first_person_rate(doc, Counter(doc.lowers)) == 1000.0 * plain / doc.word_count
        checked += bool(plain) and bool(doc.quotes)
    assert checked >= 1


# --- pages that are not articles, told by their shape and furniture (each fixture written for
# this project; each fails on the rules before list pages, organisation voice, contact, event,
# product and documentation cues were added). Web pages without author or date, as most such
# pages are: that cue alone (weight 1) never refuses an index.
LIST_PAGE = "Garden tools and cordless drills\n\n" + "\n".join(
    f"- {what}: what our testers found after {n} weeks in the shed" for n, what in enumerate(
        ["Cordless drill for twenty euros", "Hedge trimmer from the discount shop", "Pressure washer on offer",
         "Leaf blower with a collection bag", "Workbench that folds flat", "Smoke alarm in a three-pack",
         "Compressor with four air tools", "Electric shredder for the garden", "Heater for the terrace"], 2))
ORGANISATION_PAGE = (
    "Harbourside Dental Practice\n\nWe are a family practice in the old harbour quarter. Our services range from "
    "check-ups to implants, and our team speaks four languages. New patients are welcome: contact us to book "
    "an appointment.\n\nOpening hours\nMonday to Friday 8:00 to 18:00\n\nPhone: 0123 456 789\nFax: 0123 456 780\n"
    "Email: info@harbourside-dental.example\n")
EVENT_PAGE = (
    "The river and the city: an evening lecture\n\nHow did the river shape the streets we walk today? A talk "
    "with old maps and new photographs.\n\nDate: 14 March 2026\nTime: 19:30\nVenue: Town Hall, Market Square 1\n"
    "Speaker: Dr. Jane Example, city archivist\n")
PRODUCT_PAGE = (
    "Tideline Rain Jacket, navy\n\nA light jacket for wet days on the coast, with taped seams and a hood that "
    "rolls into the collar.\n\nProduct details\nSKU: TL-4471-NV\nMaterial: recycled polyester\nWeight: 320 g\n\n"
    "Customer reviews (12)\nFree shipping on orders over 50 euros.\n")
DOCS_PAGE = (
    "Tideline reads tide tables and gives the next high water for a harbour.\n\nInstall it with pip:\n\n"
    "pip install tideline\n\nThen load a table and ask it:\n\n>>> import tideline\n>>> table = tideline.load('harbour.csv')\n"
    ">>> table.next_high_water()\n\nSee the reference for every option.\n")


@pytest.mark.parametrize("text, meta, cue", [
    (LIST_PAGE, {}, "list items"),
    (ORGANISATION_PAGE, {"title": "Harbourside Dental Practice", "url": "https://harbourside-dental.example/dental"},
     "an organisation speaking of itself"),
    (EVENT_PAGE, {"title": "The river and the city", "url": "https://museum.example/river-and-city"}, "event details"),
    (PRODUCT_PAGE, {"title": "Tideline Rain Jacket", "url": "https://shop.example/jackets/tideline-navy"},
     "product furniture"),
    (DOCS_PAGE, {"title": "Getting started - Tideline documentation", "url": "https://tideline.example/start"},
     "documentation"),
])
def test_pages_that_are_not_articles_by_shape_and_furniture(text, meta, cue):
    kind = kind_of(text, page_type="web page", **meta)
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert any(cue in c for c in kind.cues), kind.cues
    # One kind of furniture (here: without the contact lines) in a signed, dated article does
    # not refuse its index on its own.
    body = "\n".join(ln for ln in text.split("\n")[1:] if not ln.startswith(("Phone:", "Fax:", "Email:")))
    assert kind_of(REPORT + "\n\n" + body, page_type="article", author="Ann Writer",
                   date="2026-03-01").kind != kinds.NOT_ARTICLE


def test_an_article_with_a_short_list_or_a_press_contact_keeps_its_index():
    listed = REPORT + "\n\nWhat the bill changes:\n- the tax on electricity falls\n- the tax on gas stays\n- a review in 2027\n"
    assert kind_of(listed, page_type="article").kind == kinds.NEWS
    release = ("FOR IMMEDIATE RELEASE\n\nNorthfield Water Company today announced that its new plant is complete.\n\n"
               "Media contact\nPhone: 0123 456 789\nEmail: press@northfield.example\n")
    assert kind_of(release, page_type="web page").kind == kinds.PRESS_RELEASE
    # a tech blog post with code, signed and dated, is not documentation
    post = REPORT + "\n\n" + DOCS_PAGE.split("\n\n", 1)[1]
    assert kind_of(post, page_type="article", author="Ann Writer", date="2026-03-01").kind != kinds.NOT_ARTICLE


def test_opinion_by_commentary_section_or_guest_piece_label():
    assert kind_of(REPORT, url="https://example.org/op-ed/2026/why-the-tax-cut-is-late").kind == kinds.OPINION
    assert kind_of(REPORT, url="https://example.org/debatte/steuer").kind == kinds.OPINION
    assert kind_of(REPORT, title="Gastbeitrag: Warum die Steuer zu spät sinkt").kind == kinds.OPINION
    assert kind_of(REPORT, title="Viewpoint: the tax cut comes too late").kind == kinds.OPINION
    # a section word inside a longer word or a headline is not a label
    assert kind_of(REPORT, url="https://example.org/news/ideastream-wins-grant").kind == kinds.NEWS
    assert kind_of(REPORT, title="Council asks for a new perspective on flood walls").kind == kinds.NEWS


def test_a_bare_domain_is_a_home_page_only_for_a_web_page():
    """Bug fix: a table row (or an evaluation set) may give just the outlet's domain as the URL;
    with a few prices or a short text that read as a home page, and a real article lost its
    index. The home-page address counts only where the page itself was fetched (a page type)."""
    priced = REPORT + " Tickets cost $12.50, $15.00 or $20.00 at the door."
    assert kind_of(priced, url="https://example-times.example/").kind == kinds.NEWS
    page = kind_of("Welcome to Example Times\n\nLatest\nSport\nWeather\n" + priced,
                   url="https://example-times.example/", page_type="web page")
    assert page.kind == kinds.NOT_ARTICLE and any("home page" in c for c in page.cues)


def test_the_word_a_kind_cue_shows_is_the_first_in_the_text_under_any_hash_seed():
    # The one-word alternatives of a rule are held in a set; which of several found words the cue
    # showed used to depend on PYTHONHASHSEED, so two runs on one page could differ.
    import subprocess
    import sys

    text = ("Summer concert in the park\n\nAdmission is free for children. Einlass from 18:00, Eintritt 5 "
            "euro for adults, Vorverkauf at the town hall.\nThe band plays from 19:00 until late.")
    code = ("import sys, xlplugin; r = xlplugin.score_text(sys.stdin.read()); "
            "print([c for c in r.kind_cues if c.startswith('event furniture')])")
    shown = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        done = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                              env={**__import__("os").environ, "PYTHONHASHSEED": seed}, timeout=120)
        assert done.returncode == 0, done.stderr
        shown.add(done.stdout.strip())
    assert shown == {"[\"event furniture (admission, tickets, doors open) (in the text: 'admission')\"]"}


# Texts that are read but not scored: a repeated word (language unknown), French, and a text under
# min_words. Their kind was "news report" by default (no cue contradicted it): blank now.
NOT_SCORED = [
    ("word " * 400, {}, "not scored: language not known"),
    ("Le conseil municipal a voté hier le budget de la ville, a déclaré le maire aux journalistes.", {},
     "not scored: language French"),
    ("The budget was approved on Monday by the council after a long debate.", {"min_words": 500}, "not scored: "),
]


@pytest.mark.parametrize("text, values, status", NOT_SCORED)
def test_a_text_that_is_not_scored_gets_no_kind_in_any_output(text, values, status, tmp_path, capsys):
    import json

    import openpyxl

    from xlplugin.cli import main
    from xlplugin.excel import functions

    settings = xlplugin.Settings().with_values(values)
    result = xlplugin.score_text(text, settings=settings)
    assert result.reliability is None and (result.kind, result.kind_cues) == ("", ())
    assert result.as_dict()["kind"] == "" and result.as_dict()["kind_cues"] == []
    row = cells.score_row(result)
    header = cells.score_columns()
    assert row[header.index(cells.KIND_HEADER)] is None and row[header.index("Status")].startswith(status)
    assert cells.evidence_text(result, "kind") == ""
    if not values:  # the Excel functions and the command with the default settings
        # as the Kind cell (titles18); hunt51: it says why, as the Status begins, where it was empty
        assert functions.kind(text) == "not scored"
        assert str(functions.reliability(text)).startswith("not scored")
        rows = functions.scores(text, True)
        assert rows[1][rows[0].index(cells.KIND_HEADER)] == "not scored"
        (tmp_path / "a.txt").write_text(text, encoding="utf-8")
        assert main(["score", str(tmp_path / "a.txt"), "--json", "-q", "--workers", "1"]) == 0
        record = json.loads(capsys.readouterr().out)
        assert record["kind"] == "" and record["kind_cues"] == ["not scored"]
        book = tmp_path / "book.xlsx"
        assert main(["score", str(tmp_path / "a.txt"), "-o", str(book), "-q", "--workers", "1"]) == 0
        workbook = openpyxl.load_workbook(book, read_only=True)
        sheet = list(workbook["Documents"].iter_rows(values_only=True))
        workbook.close()
        kind_at, status_at = sheet[0].index(cells.KIND_HEADER), sheet[0].index("Status")
        assert sheet[1][kind_at] == "not scored" and sheet[1][status_at].startswith(status)


def test_a_text_that_is_not_scored_keeps_a_kind_its_cues_decided():
    """The rules read German cues too: an organisation page in German is "not an article" with
    its cues, though its signals are not scored (not English)."""
    text = ("Wir sind ein Team von Ingenieuren aus Graz. Unsere Leistungen sind Planung und Beratung für "
            "Brücken und Gebäude. Kontaktieren Sie uns: Telefon 0316 123456. Öffnungszeiten: Montag bis Freitag.")
    result = xlplugin.score_text(text, title="Über uns")
    assert result.reliability is None and result.note.startswith("not scored: language de")
    assert result.kind == kinds.NOT_ARTICLE and result.kind_cues != ("no cue of another kind",)


def test_rules_whose_place_is_empty_are_not_tried_and_nothing_changes(monkeypatch):
    """`classify` tries only the rules whose place holds a value (speed): the kind, the cues in
    their order and the scores are those of trying every rule, on the examples (with and without
    metadata) and on the saved web pages where ../shared has them."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    pages = ROOT.parent / "shared" / "corpus" / "web" / "pages"
    docs = [prepare(t) for t in texts]
    docs += [prepare(t, title="Opinion: a view", url="https://example.org/opinion/2024/view", author="Jo Bloggs",
                     outlet="Example Times", date="2024-01-02", page_type="article") for t in texts]
    if pages.is_dir():
        from xlplugin.pages import extract_page

        for path in sorted(pages.glob("*.html"))[:20]:
            page = extract_page(path.read_text(encoding="utf-8", errors="replace"))
            docs.append(prepare(page.text, title=page.title, url=page.url, outlet=page.outlet, author=page.author,
                                date=page.date, page_type=page.page_type))
    fast = [kinds.classify(d) for d in docs]
    monkeypatch.setattr(kinds, "_rules_with_values", lambda table, places: table)
    assert [kinds.classify(d) for d in docs] == fast


# --- session 8 (kinds 4): forum voice, licensed copy, appeals, recipes, the writer's own argument

POSTER = """Re: Which lawnmower for a steep garden?

Posted by hedgehog_hill
Joined: May 2018
Posts: 977

I had the same slope and I went through two cheap mowers before I gave up on them. My advice is to get a
self-propelled one, because pushing uphill every week wrecked my back. I would not bother with a robot
mower on a hill like mine, it kept getting stuck at the bottom. I bought mine second hand and I have never
regretted it, I use it every Saturday and it still starts first time for me.

Quote from newgardener:
The slope is about thirty degrees and the grass is thick.
"""


def test_forum_furniture_decides_over_the_posters_first_person():
    kind = kind_of(POSTER)
    assert kind.kind == kinds.FORUM
    assert any(cue.startswith("first person under forum furniture") for cue in kind.cues)
    # the same first-person text without the furniture is still the writer's opinion
    plain = POSTER.split("Posts: 977\n", 1)[1].split("Quote from", 1)[0]
    assert kind_of(plain + plain).kind == kinds.OPINION  # (twice: long enough for a rate)


@pytest.mark.parametrize("credit", [
    "This report was published by the Valley Courier under a licence from Reuters.",
    "Republished by the Valley Courier under licence from AFP.",
    "This column is distributed by the Northern Features syndicate.",
])
def test_copy_published_under_licence_or_distributed_by_another_outlet_is_syndicated(credit):
    assert kind_of(REPORT + "\n\n" + credit).kind == kinds.WIRE


def test_aid_distributed_by_someone_and_a_casino_licence_are_reports():
    text = REPORT + " Food parcels were distributed by volunteers. The casino operates under a licence from the regulator."
    assert kind_of(text).kind == kinds.NEWS


def test_agency_full_and_short_names_in_the_dateline_credit_the_agency():
    for agency in ("Agence France Presse", "Kyodo News", "Press Trust of India", "Anadolu Agency", "Yonhap"):
        text = f"OSAKA ({agency}) - " + REPORT.split(" - ", 1)[1]
        assert kind_of(text, url="https://www.example-times.example/world/x", outlet="Example Times").kind == kinds.WIRE


APPEAL = """Every hedgehog needs a safe winter. Will you help?

This autumn our rescue centre has taken in more underweight hedgehogs than ever before. Each one needs
food, warmth and care until spring. Your donation today will pay for a week of care. Donate now and give a
hedgehog the chance to see the spring.

Thank you,
The Hedgerow Rescue team
Hedgerow Rescue is a registered charity.
"""


def test_a_fundraising_appeal_is_the_organisations_own_voice():
    assert kind_of(APPEAL).kind == kinds.PRESS_RELEASE
    # a report that mentions donations once is still a report
    assert kind_of(REPORT + " Residents can make a donation at the town hall.").kind == kinds.NEWS


RECIPE = """Aunt Rosa's Pea Soup (So Good!)

I have made this soup every winter since I was a child, and my kids ask for it every single week!
It is cheap, it is quick and I love it. My secret is a ham bone, which my butcher gives me for free.

Ingredients
- 500g split peas
- 1 ham bone
- 2 onions, chopped
- 2 carrots, diced

Method
1. Soak the peas overnight.
2. Put everything in a large pot, cover with water and simmer for two hours.
3. Take out the bone, shred the meat and stir it back in.

Leave a comment and tell me how yours turned out!
"""


def test_a_recipe_is_instructions_not_an_article():
    kind = kind_of(RECIPE)
    assert kind.kind == kinds.NOT_ARTICLE and any("recipe headings" in cue for cue in kind.cues)
    # a report with a single "Method" heading (a study's) stays a report
    assert kind_of(REPORT + "\n\nMethod\n\nThe survey asked 400 households.").kind == kinds.NEWS


PORTS = ("The talks between the two ports resumed in March after a pause of two years, and officials from both "
         "sides met in the capital on Tuesday. The trade figures for the last quarter showed a rise in container "
         "traffic of about a tenth, and shipping lines added two new routes between the ports this spring. ")
# one first-person argument in a long text: too few first-person words for a first-person voice
ARGUED = PORTS * 2 + "I would argue that the harbour authority no longer sees its neighbour as a rival. " + PORTS * 2


def test_the_writer_arguing_in_their_own_voice_is_analysis():
    assert kind_of(ARGUED).kind == kinds.OPINION
    quoted = ARGUED.replace("I would argue that the harbour authority no longer sees its neighbour as a rival.",
                            '"I would argue that the harbour authority no longer sees its neighbour as a rival," '
                            "the mayor said.")
    assert kind_of(quoted).kind == kinds.NEWS

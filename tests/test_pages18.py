"""Web pages (pages18): what reaches the scored text. A paywall's teaser scored as the article, a
box of links inside the article that cut off its last paragraph, consent banners, forum buttons
and poster lines, a heading's permalink mark and a struck-out old price. Each test is a small page
written for this project, testing a class of cases; each failed before the fix it guards.
"""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin import page_hints
from xlplugin.engine import DocumentInput
from xlplugin.pages import clean_text, extract_page

pytest.importorskip("trafilatura")

PARA = ("<p>The ferry company said on Monday that it would add a second evening crossing from {n} May, after "
        "the island's hotels asked for a later boat so that staff could get home at the end of a shift.</p>")
BODY = "".join(PARA.format(n=n) for n in range(10, 16))
LAST = ("<p>Tickets for the new crossing go on sale next week, and the company will review the timetable in "
        "the autumn once it has counted how many passengers used the later boat during the summer.</p>")


def _page(article: str, title: str = "Ferry adds a later crossing", head: str = "") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><nav><a>News</a> <a>Sport</a></nav><main>"
            f"<article><h1>{title}</h1>{article}</article></main><footer><p>Contact us</p></footer></body></html>")


# --- 1. a paywall's teaser: no index, and the Status says why --------------------------------------

TEASER = ("<p>When the ferry company took over the island route in 2024, one crossing in five left late. "
          "Two years on, almost every boat leaves on time.</p>")
PROMPTS = [
    "<div class='paywall'><h2>This story is for subscribers only</h2><p>Subscribe to the Island Post for "
    "unlimited access to our reporting. Cancel anytime.</p><p>Already a subscriber? <a>Log in</a></p></div>",
    "<div class='gate'><p>Subscribe now to continue reading this article.</p></div>",
    "<div class='meter'><p>You have reached your limit of free articles this month.</p>"
    "<p>Already a member? <a>Sign in</a></p></div>",
]


@pytest.mark.parametrize("prompt", PROMPTS)
def test_a_paywalled_teaser_gets_no_index_and_says_why(prompt):
    page = extract_page(_page(TEASER + prompt))
    assert page_hints.index_withheld(page.page_type) == "only a teaser of a paywalled article was saved"
    assert "words were saved before the site asks readers to subscribe" in page.note
    for furniture in ("subscribers only", "Already a", "continue reading", "limit of free"):
        assert furniture not in page.text
    assert "one crossing in five left late" in page.text
    result = next(iter(xlplugin.score_many([DocumentInput(page.text, "t", title=page.title,
                                                          page_type=page.page_type)])))
    assert result.reliability is None
    assert "only a teaser of a paywalled article was saved" in result.note


def test_a_whole_article_with_a_subscribe_line_is_no_teaser():
    # an article saved whole, ending with the site's subscribe prompt: the prompt goes, the index stays
    long_body = "".join(PARA.format(n=n) for n in range(1, 14))
    page = extract_page(_page(long_body + "<p>Already a subscriber? <a>Sign in</a></p>"))
    assert not page_hints.index_withheld(page.page_type)
    assert "Already a subscriber" not in page.text


# --- 2. a box of links inside the article: the box goes, the article after it stays ----------------

BOXES = [
    "<div class='box'><h2>Related stories</h2><ul><li><a href='/a'>Harbour fees to rise in spring</a></li>"
    "<li><a href='/b'>New pontoon opens at the marina</a></li></ul></div>",
    "<aside><h3>More stories</h3><p><a href='/c'>Island school gets a new roof</a></p>"
    "<p><a href='/d'>Lifeboat crew rescue two kayakers</a></p></aside>",
    "<div><p>Read next:</p><p><a href='/e'>Why the causeway floods every winter</a></p></div>",
]


@pytest.mark.parametrize("box", BOXES)
def test_a_related_box_inside_the_article_keeps_the_paragraph_after_it(box):
    page = extract_page(_page(BODY + box + LAST))
    assert "review the timetable in the autumn" in page.text
    for headline in ("Harbour fees", "New pontoon", "Island school", "Lifeboat crew", "causeway floods"):
        assert headline not in page.text


def test_readers_comments_after_a_related_box_still_end_the_article():
    box = BOXES[0] + LAST
    comments = ("<div class='responses'><h2>What readers say</h2><p>Total rip-off, as usual.</p>"
                "<p>About time they did something.</p></div>")
    page = extract_page(_page(BODY + box + comments))
    assert "review the timetable in the autumn" in page.text
    assert "rip-off" not in page.text and "About time" not in page.text


def test_an_author_box_in_the_tail_still_ends_the_text():
    lines = [f"Paragraph {n} of the article about the ferry timetable, long enough to be prose here." for n in range(6)]
    bio = ("Sam Ortiz has covered the islands for ten years and writes about transport, the weather and the "
           "price of everything that has to come over on a boat, which is most things.")
    text, removed = clean_text("\n".join(lines + ["About the author", bio]))
    assert bio not in text and bio in removed


# --- 3. consent banners, whatever their first words ----------------------------------------------

@pytest.mark.parametrize("banner", [
    "We value your privacy. We and our 180 partners store and access information on your device. "
    "Click Accept all to agree.",
    "We and our vendors use cookies and similar tools to measure our audience. Manage preferences",
    "To give you the best experience, this site stores cookies on your device. Accept all Reject all",
    "Your choices: our pages set cookies for analytics and adverts. Cookie settings",
])
def test_consent_banners_are_furniture(banner):
    text, removed = clean_text("The ferry will run later in summer.\n" + banner)
    assert banner in removed and "cookies" not in text and "privacy" not in text


def test_a_sentence_about_cookies_stays():
    line = "The regulator said that websites must ask before they set advertising cookies on a reader's device."
    assert clean_text(line)[0] == line


# --- 4. a forum's buttons and its posters' name-and-date lines -----------------------------------

@pytest.mark.parametrize("line", ["Like 12 | Reply | Share | Flag", "Reply · Quote · Report", "3 likes | Reply",
                                  "Upvote (4) | Downvote | Permalink"])
def test_forum_button_rows_are_furniture(line):
    text, removed = clean_text(f"My bread did not rise this week.\n{line}")
    assert removed == (line,)


@pytest.mark.parametrize("line", ["loaf_lover Nov 20", "BakerBen 3 Dec 2025", "crusty.joe March 4, 2026"])
def test_a_posters_name_and_date_line_is_furniture(line):
    assert clean_text(f"{line}\nMy bread did not rise this week.")[1] == (line,)


@pytest.mark.parametrize("line", ["LONDON Nov 20", "Saturday 5 December", "Like many bakers, I gave up."])
def test_other_short_lines_stay(line):
    assert clean_text(f"{line}\nMy bread did not rise this week.")[1] == ()


# --- 6. marks glued to the text -----------------------------------------------------------------

def test_a_headings_permalink_mark_is_not_text_or_title():
    markup = ("<html><head><title>Timeouts</title></head><body><div class='section'><h1>Timeouts"
              "<a class='headerlink' href='#timeouts'>\u00b6</a></h1>" + BODY + "</div></body></html>")
    page = extract_page(markup)
    assert "\u00b6" not in page.text and "\u00b6" not in page.title


def test_a_struck_out_old_price_is_not_glued_to_the_discount():
    price = "<p>Now 40.00 <s>55.00</s> Save 27%</p><p>Was <del>£70</del> now £49</p>"
    page = extract_page(_page(price + BODY))
    assert "55.00Save" not in page.text and "55.00" not in page.text and "£70" not in page.text


def test_a_registration_consent_longer_than_a_furniture_line_is_furniture():
    consent = ("By registering you accept our terms of use and privacy notice. Your details are kept safe and are "
               "never passed on to anyone else, and you may withdraw your consent at any time by writing to us.")
    assert len(consent) > 140
    assert clean_text(f"The ferry will run later in summer.\n{consent}")[1] == (consent,)


@pytest.mark.parametrize("line", ["| Comments: 0 |  |", "| Kommentare insgesamt: 4 |", "| Share on Facebook |"])
def test_a_furniture_line_in_a_tables_row_is_furniture(line):
    assert clean_text(f"The ferry will run later in summer.\n{line}")[1] == (line,)


@pytest.mark.parametrize("line", ["24. März 2004, 19:49 | bakerjo", "3 May 2021, 08:15 | loaf_lover",
                                  "12 Dec 2019 11:02 pm"])
def test_a_posts_date_and_time_line_is_furniture(line):
    assert clean_text(f"{line}\nMy bread did not rise this week.")[1] == (line,)


@pytest.mark.parametrize("line", ["© Copyright Harbour Wire 2026. Click For Restrictions.",
                                  "Copyright 2025 Island Press Agency. Click here for reprints"])
def test_a_copyright_lines_link_label_goes_and_the_line_stays(line):
    text = clean_text(f"The ferry will run later in summer.\n{line}")[0]
    assert "Click" not in text and line.split(".")[0] in text

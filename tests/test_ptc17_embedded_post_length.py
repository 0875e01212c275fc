"""(ptc17) A post pasted with single line breaks is at most one post long.

Where an embedded post's credit line ("— Name (@handle) date") ends a paragraph, the lines right
above it are the post (inputs16). Some pages (and the PTC articles) put one sentence on each line
with no blank line anywhere, so the whole article is one paragraph: the whole article above the
credit was read as the post, and its loaded words and tone were nobody's. A post is no longer
than its network allows (a tweet 280 characters, an Instagram caption 2,200, web addresses not
counted), and it starts after another post's credit line and after the author's lead-in that
ends with a colon. Texts written for this test."""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin import blockquotes
from xlplugin.text import prepare

# Plain lines of the author's (no loaded word in them), one sentence a line, each long enough that
# it and any post below it together run past a tweet's length.
PLAIN = [
    "The county council met on Tuesday evening to discuss the coast road, which was closed for nine "
    "hours after the storm brought down trees and power lines along a four-mile stretch between the "
    "harbour and the ferry terminal.",
    "About 300 homes on the eastern side of the bay lost power during the night, according to the "
    "network operator, which said its engineers had worked until the early morning to reconnect the "
    "last of the streets near the school and the health centre.",
    "A public meeting on the repairs is planned for the first week of next month at the community hall "
    "on Mill Street, where residents will be able to ask the council's engineers about the timetable "
    "for the work and ask why the road was not reopened sooner.",
]
# Short plain lines: a post's length of them may stand above a post.
SHORT = [
    "The council met on Tuesday.",
    "About 300 homes lost power during the storm.",
    "Engineers worked through the night to restore it.",
    "The road was closed for nine hours while crews cleared trees.",
    "A public meeting on the repairs is planned for next month.",
    "Residents can send questions to the council in advance.",
    "The operator said all homes should be reconnected by Friday.",
]
# Lines of the author's with a loaded word the author uses (no source named).
AUTHOR_LOADED = [
    "The council's disgraceful handling of the storm left families stranded.",
    "It was a pathetic response from a council that had months to prepare.",
    "This shameful delay is the latest in a long list of failures.",
]
POSTS = [
    "Still no power on Harbour Lane. Absolutely hopeless.",
    "Three days and nobody from the council has come.\nNot one phone call.",
    "Thank you to the crews out in the rain tonight #stormrecovery pic.twitter.com/Ab12Cd",
]
CREDITS = [
    "\u2014 Gary Pike (@garypike_77) March 4, 2025",
    "-- Mara Lind (@maralind) 4 March 2025",
    "\u2013 Coast Watch (@coast_watch) March 5, 2025",
]
AFTER = "Power was restored to most homes by Thursday, the operator said."


def _author_terms(text: str) -> int:
    return xlplugin.score_text(text).signals["loaded_language"].details["author_terms"]


@pytest.mark.parametrize("loaded", AUTHOR_LOADED)
@pytest.mark.parametrize("post", POSTS)
@pytest.mark.parametrize("credit", CREDITS)
def test_the_authors_lines_above_a_post_stay_the_authors(loaded, post, credit):
    # one paragraph, one sentence a line: the author's lines, the post, its credit, the author again
    body = "\n".join([loaded, *PLAIN])
    with_post = f"{body}\n{post}\n{credit}\n{AFTER}"
    without = f"{body}\n{AFTER}"
    assert _author_terms(with_post) == _author_terms(without) >= 1
    # and the author's tone is read, the post's is not
    assert xlplugin.score_text(with_post).signals["sentiment"].value == \
        xlplugin.score_text(without).signals["sentiment"].value


@pytest.mark.parametrize("loaded", AUTHOR_LOADED)
@pytest.mark.parametrize("credit", CREDITS)
def test_a_lead_in_with_a_colon_is_the_authors(loaded, credit):
    # the author's line introducing the post, right above it, is no part of it
    lead_in = loaded.rstrip(".") + ", and one resident put it plainly:"
    text = f"{PLAIN[0]}\n{lead_in}\n{POSTS[0]}\n{credit}\n{AFTER}"
    assert _author_terms(text) == _author_terms(f"{PLAIN[0]}\n{lead_in}\n{AFTER}") >= 1


@pytest.mark.parametrize("first", POSTS)
@pytest.mark.parametrize("second", POSTS)
def test_a_post_ends_at_the_credit_of_the_post_before(first, second):
    text = "\n".join([*PLAIN, first, CREDITS[0], second, CREDITS[2], AFTER])
    doc = prepare(text)
    posts = blockquotes.embedded_posts(doc)
    assert len(posts) == 2
    (start1, end1_post, end1), (start2, end2_post, _) = posts
    assert end1 <= start2, "the second post reaches back over the first post's credit"
    assert doc.text[start2:end2_post].strip() == second
    assert doc.text[start1:end1_post].strip().endswith(first)


@pytest.mark.parametrize("post", POSTS)
def test_a_post_is_no_longer_than_a_tweet(post):
    # however many plain lines stand above it in its paragraph
    for n in range(1, len(SHORT) + 1):
        text = "\n".join([*SHORT[:n], post, CREDITS[0], AFTER])
        doc = prepare(text)
        ((start, post_end, _),) = blockquotes.embedded_posts(doc)
        kept = [line for line in doc.text[start:post_end].split("\n") if line]
        # (a picture's link is not counted, as the network counts it)
        chars = sum(len(word) + 1 for line in kept for word in line.split() if "pic.twitter.com/" not in word)
        assert chars <= blockquotes.TWEET_MAX_CHARS + len(kept) or len(kept) == 1
        assert doc.text[start:post_end].strip().endswith(post.split("\n")[-1])


def test_an_instagram_caption_may_be_longer_than_a_tweet():
    caption = "\n".join(["Morning on the bay after the storm, the light coming back over the water."] * 5)
    assert len(caption) > blockquotes.TWEET_MAX_CHARS
    text = f"{caption}\nA post shared by Lila Moss (@lila.moss) on Mar 3, 2025 at 5:12pm PST\n{AFTER}"
    doc = prepare(text)
    ((start, post_end, _),) = blockquotes.embedded_posts(doc)
    assert doc.text[start:post_end].strip() == caption

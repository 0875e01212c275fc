"""Loaded language version 102 (link35): the writer's call to act on a link or a button, with urgency
or scarcity in its sentence or the next one of its paragraph, is sales pressure ("urgency to buy or
act", one exaggeration term: xlplugin/sales_pressure.py `_link_call`). A news report's pointer to a
link, a call with no hurry, a charity's or a council's call through a link, and a quoted seller's
call count nothing. Fixtures are written for these tests."""

import pytest

from xlplugin import sales_pressure
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = ("The supplement went on sale in the spring. It comes as a chewable tablet in three flavours and "
        "is sold in packs of thirty. ")


def _signal(text: str):
    return loaded_language.score(prepare(LEAD + text), Settings())


def _pushes(text: str, kind: str = "exaggeration") -> list[str]:
    """The words of the author's (or, with `kind`, the quoted speakers') sales pressure of the urgency class."""
    return [e.text.lower() for e in _signal(text).evidence if e.kind == kind and e.detail == sales_pressure.URGENCY]


def _terms(text: str) -> int:
    return _signal(text).details["author_terms"]


# -- the class: a call through a link or a button, and a hurry -----------------------------------------

@pytest.mark.parametrize("text", [
    # an imperative of clicking, tapping or sharing, the hurry in its own sentence
    "Click the link below to reserve your first box before midnight.",
    "Tap the button above while stocks last.",
    "Just press the banner below before the price goes up on Friday.",
    "Share the link below with every parent you know before it disappears.",
    "Click here now and pick your flavour.",
    "Hit the button below today.",
    # an imperative of buying, the hurry in the next sentence of its paragraph
    "Order through the link below. Stock is limited.",
    "Grab yours through the button below. Only 150 left in the warehouse.",
    "Secure a pack using the link at the bottom of this article. Supplies are limited after a busy month.",
    # the reader with a modal
    "Readers of this newsletter can take a second pack free using the link below. Stocks are running low.",
    "You can pick up a starter kit through the button below while supplies last.",
])
def test_link_call_with_hurry_is_sales_pressure(text):
    pushes = _pushes(text)
    assert pushes, text
    assert any(w in " ".join(pushes) for w in ("below", "above", "here", "bottom", "delete")), pushes


@pytest.mark.parametrize("call, hurry", [
    ("Order through the link below.", " The offer ends at midnight."),
    ("Click the link below to pick your pack.", " Stock is limited."),
    ("Tap the button above.", " Only 80 left."),
])
def test_the_call_adds_a_term_beside_its_hurry(call, hurry):
    """The call is a push of its own: it costs one more term than the hurry alone."""
    bare = "The packs are on the shelves now." + hurry
    assert _terms(call + hurry) == _terms(bare) + 1


def test_the_hurry_must_stand_in_the_same_paragraph():
    assert _pushes("Click the link below to pick your pack.\n\nStock is limited.") == []


def test_a_listed_cue_inside_the_call_counts_once():
    """Share-bait already listed ("before they delete") is not counted again as the call."""
    one = _terms("Share this before they delete it.")
    assert _terms("Share the link below before they delete it.") == one


# -- near-misses that count nothing --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a news report's pointer: no call
    "Details are at the link below.",
    "The full report is linked below.",
    "The council's figures are in the table linked above, updated every Monday.",
    # a call with no hurry
    "Click the link below to read the full inspection report.",
    "Tap the button above to see how the flavours compare.",
    "Use the link below to see which roads are closed today.",
    "You can now see the route map at the link above.",
    # a charity's ask, with or without a date: giving is no buying
    "You can donate through the link below.",
    "You can donate through the link below before midnight, when the matched appeal closes.",
    # a council's or an office's deadline through a form or a link
    "Apply before 31 March using the form below.",
    "Register to vote using the link below before midnight on Tuesday.",
    "Please use the link below to book a flu jab before Friday.",
    # a newsletter's pointer
    "Read more.",
    "Read more at the link below.",
])
def test_plain_pointers_to_a_link_count_nothing(text):
    assert _pushes(text) == []
    assert _terms(text) == _terms("The packs are on the shelves now.")


@pytest.mark.parametrize("text", [
    '"Click the link below before midnight," the seller told customers.',
    'The flyer promised: "Tap the button above while stocks last."',
])
def test_a_quoted_seller_is_the_speakers(text):
    assert _pushes(text) == []
    assert _pushes(text, "quoted exaggeration")


def test_the_writers_hurry_reaches_the_u15_shape():
    """A reader offer through a link, and the offer's end in the next sentence: two pushes, not one."""
    text = ("Right now, readers of this site can get 40 percent off a first box, plus free postage, using "
            "the link below. The offer ends at midnight and stock is limited.")
    pushes = _pushes(text)
    assert len(pushes) == 2, pushes
    assert any("link below" in p for p in pushes)

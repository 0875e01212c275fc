"""(hunt30) A kind's cues, as users read them (the Kind and Status cells, `kind_cues` in --json,
the Read sheet), say where the cue was seen in plain words ("in the writer's own words: 'i would
argue'", "in the first lines: 'opinion'", "at the end: ..."), not kinds.txt's names for the places
("own: ...", "head: ...", "tail: ..."). Which cue fires, and its weight, stay the rule's: each cue
still opens with its rule's words, so the order `deciding_reason` gives is the same. Every text
here is written fresh for these tests."""

import re

import pytest

import xlplugin
from xlplugin import cue_places, kinds
from xlplugin.text import prepare

INTERNAL = re.compile(r"\((?:own|head|tail|foot|title|url|host|name|text|author|outlet|page_type): ")

BODY = ("The district council met on Tuesday to discuss the plan for the old bridge. Its engineer, Rosa Bell, "
        "said repairs would cost about 250,000 pounds. The work is due to start in May, according to the plan.")
ARGUED = ("I would argue that the council has this wrong. In my view the bridge deserves better care than a "
          "patch, and I think most people in the town would agree with me if they were asked.")

CASES = [  # (text, fields, a cue's start, where it was seen in words)
    ("OPINION\n\nWhy the bridge plan falls short\n\n" + ARGUED + "\n\n" + BODY, {}, "the text opens with an opinion label",
     "in the first lines: 'opinion'"),
    ("Commentary\n\nThe bridge can wait no longer\n\n" + ARGUED + "\n\n" + BODY, {}, "the writer argues in their own voice",
     "in the writer's own words: 'i would argue'"),
    ("Bridge repairs to start in May\n\n" + BODY + " " + ARGUED + "\n\nThe views expressed here are the writer's own.",
     {}, "a columnist's or letter writer's note", "at the end: 'views expressed'"),
    ("Bridge repairs to start in May\n\n" + BODY + " " + ARGUED, {"url": "https://rosasnotes.example/blog/bridge-repairs"},
     "a blog's address", "in the address: '/blog/'"),
    ("Bridge repairs to start in May\n\n" + BODY + " " + ARGUED, {"url": "https://bridgewatcher.wordpress.com/2026/05/bridge"},
     "a blog platform", "in the site's address: '.wordpress.com'"),
    ("Bridge repairs to start in May\n\n" + BODY + "\n\nOriginal article: https://news.example/bridge", {},
     "a line credits another source", "in the text: 'original article: https://'"),
    ("MILLBROOK, Ore. \u2014 " + BODY, {}, "a dateline", "in the first lines: 'millbrook, ore. \u2014'"),
]


@pytest.mark.parametrize("text, fields, start, seen", CASES)
def test_a_cues_place_is_said_in_words(text, fields, start, seen):
    result = xlplugin.score_many([{"text": text, **fields}])
    cues = next(iter(result)).kind_cues
    found = [c for c in cues if c.startswith(start)]
    assert found, cues
    assert found[0].endswith(f"({seen})"), found[0]
    assert not [c for c in cues if INTERNAL.search(c)], cues


def test_a_file_name_is_said_as_one():
    text = ("# bridgekit\n\nA small tool to check bridge loads.\n\n## Install\n\n"
            "Run `pip install bridgekit` and then `bridgekit check`.\n")
    cues = kinds.classify(prepare(text), name="tools/README.md").cues
    named = [c for c in cues if "readme" in c.lower()]
    assert named and all("in the file's name: 'readme.md'" in c for c in named), cues


def test_every_place_of_the_table_has_words():
    places = set(kinds.WHERE) - {"computed"}
    assert places <= set(cue_places.PLACES)
    assert {rule.where for rule in kinds.rules()} - {"computed"} <= set(cue_places.PLACES)
    assert all(words.startswith(("in ", "at ")) for words in cue_places.PLACES.values())


def test_cues_open_with_their_rules_words_and_keep_their_order():
    """The deciding order reads a cue by its rule's words (`deciding_reason`): a cue with its
    place in words still opens with them, so the weightiest is still said first."""
    text = "OPINION\n\nWhy the bridge plan falls short\n\n" + ARGUED + "\n\n" + BODY
    kind = kinds.classify(prepare(text))
    whys = {rule.why for rule in kinds.rules()}
    assert kind.cues and all(any(cue.startswith(why) for why in whys) for cue in kind.cues)
    assert kinds.deciding_reason(kind.kind, kind.cues).startswith(kind.kind)


def test_a_plain_report_keeps_its_kind_and_no_cue_of_place():
    kind = kinds.classify(prepare("Bridge repairs to start in May\n\n" + BODY))
    assert kind.kind == kinds.NEWS
    assert not [c for c in kind.cues if INTERNAL.search(c)]

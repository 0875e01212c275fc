"""The attribution pass's one link test (`cues.find_link`, with its pre-check `may_hold_link`)."""

from __future__ import annotations

import random

from xlplugin import cues, links
from xlplugin.text import prepare


def test_the_pre_check_lets_through_every_link():
    """may_hold_link is False only where the link regex finds nothing: random strings crowded
    with the letters of "http://" and "www." in both cases."""
    rng = random.Random(3)
    alphabet = ["w", "W", "h", "H", "t", "T", "p", "P", "s", "S", ".", ":", "/", " ", "x", "ww", "WW", "tt", "TT", "://"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        if links._URL_RE.search(text):
            found += 1
            assert cues.may_hold_link(text), text
            assert cues.find_link(text) is not None
    assert found > 100


def test_a_link_in_capitals_is_a_source_whichever_way_it_is_asked():
    """Bug fix: a sentence with no verb of saying whose link is written in capitals
    ("(WWW.FOO.COM/X)") was a source when sentence_attribution was asked directly, and not in
    the document's attributions (whose pre-check looked for "http" and "www." only)."""
    for link in ("WWW.HARBOUR-GAZETTE.EXAMPLE/TOLLS", "Www.harbour-gazette.example/tolls",
                 "HTTPS://HARBOUR-GAZETTE.EXAMPLE/TOLLS"):
        doc = prepare(f"The council met on Monday. The full toll table is online ({link}).")
        sentence = doc.sentences[1]
        direct = cues.sentence_attribution(doc, sentence)
        assert direct is not None and direct.kind == "link", link
        assert cues.attributions(doc)[1] == direct, link
        assert doc.analysis.link_sentences == frozenset({1})


def test_no_link_no_link_sentences():
    doc = prepare("The council met on Monday, and now. Www is not a link; nor is w.w.")
    assert doc.analysis.link_sentences == frozenset()
    assert all(a is None or a.kind != "link" for a in cues.attributions(doc))


def test_the_documents_link_pre_check_is_may_hold_link():
    """`Analysis._may_hold_link` (two scans, one of the lower-cased text) says what
    `may_hold_link` says: random texts crowded with the letters of the link hints, in both
    cases, with letters that lower-case to another length ("\u0130") and to "w"-like letters."""
    rng = random.Random(11)
    alphabet = ["w", "W", ".", ":", "/", " ", "x", "\u0130", "\u1e88", "\u0175", "ww", "WW", "Ww", "wW", "://", "\n"]
    seen = set()
    for _ in range(5000):
        doc = prepare("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))))
        expected = links.may_hold_link(doc.text)
        assert doc.analysis._may_hold_link(doc.text) == expected, doc.text
        seen.add(expected)
    assert seen == {True, False}


def _kind(text: str) -> str | None:
    found = cues.attributions(prepare(text))[0]
    return None if found is None else found.kind


def test_a_sentence_initial_capital_is_a_name_only_by_the_name_rules():
    # the first word is capitalised anyway: far from the verb it names no one
    assert _kind("Rents rose by 30% last year, says someone who lives here.") == "weasel"
    assert _kind("Prices went up by 30%, said a neighbour.") != "named"
    # the speaker right before the verb, or a first word followed by a name, still names
    assert _kind("Smith said the plan failed.") == "named"
    assert _kind("Smith has also said the plan failed.") == "named"
    assert _kind("Smith did publicly say the plan failed.") == "named"  # ("did not say": nothing said, test_false_sources_s5)
    assert _kind("Kimmel doesn\u2019t believe the plan failed.") == "named"
    assert _kind("Jane Smith of the ministry said the plan failed.") == "named"
    assert _kind("Rents rose by 30% last year, says Smith.") == "named"


def test_a_reporting_word_read_as_a_noun_is_no_verb_of_saying():
    # (a name inside the sentence, so that only the verb reading decides)
    for text in ("In 2020 Smith at one point cut rents by 30%.",
                 "In 2020 Smith made one claim: rents rose by 30%.",
                 "In 2020 Smith at that point cut rents by 30%.",
                 "In 2020 Mayor Smith backed a so called reform.",
                 "In 2020 Smith read any report on the rents."):
        assert _kind(text) is None, text
    # the verb reading stays
    assert _kind("She pointed out that taxes rose.") == "pronoun"
    assert _kind("He called it a disgrace.") == "pronoun"
    assert _kind("Smith called the rise a disgrace.") == "named"
    assert _kind("So said Smith, who runs the fund.") == "named"
    assert _kind("The report, Smith said, was late.") == "named"


def test_noun_reporting_words_are_reporting_words():
    reporting = cues.words(cues.DATA_FILE, "reporting_words")
    assert cues.words(cues.DATA_FILE, "noun_reporting_words") <= reporting

"""The issuer's own puffery, and a press wire's dateline read by its shape (puff27, a tester's fresh documents of
session 23: a company's press release scored above two fair signed columns because its marketing words were not
counted, and a wire dateline with an unknown wire's name gave no dateline). Every text here was written for this file.

1. "the issuer's own puffery" (sales pressure, one exaggeration term each): "revolutionary", "groundbreaking",
   "cutting-edge", "state-of-the-art", "next-generation", "transformative", "seamless" after "our" in any text, and in
   the issuer's own release (a press wire's dateline, "FOR IMMEDIATE RELEASE", an "About <issuer>" block) also alone,
   with "a leading innovator" and a product ranked over its trade ("the Industry's Most Advanced ..."), headline too.
   Near misses that must count nothing: the same words in a report, in a quotation, in a review's or a historian's
   judgement, in a plain sense, and in a text whose only About block is about its writer.
2. "CITY, State, DATE /Any Wire Name/ --" gives the dateline, its date and the wire as named outlet.
"""

from __future__ import annotations

import pytest

from xlplugin import prepare, sales_pressure, score_text
from xlplugin.issuer import issued_by_itself


def _puffery(text: str) -> list[str]:
    doc = prepare(text)
    return [" ".join(doc.lowers[a:b]) for a, b, what in sales_pressure.pressures(doc) if what == sales_pressure.PUFFERY]


def _loaded_puffery(text: str) -> list[tuple[str, str]]:
    signal = score_text(text).signals["loaded_language"]
    return [(e.kind, e.text) for e in signal.evidence if e.detail == sales_pressure.PUFFERY]


def _release(body: str, head: str = "FOR IMMEDIATE RELEASE\n\nMarrowby Tools Opens Its New Plant\n\n",
             foot: str = "\n\nMedia contact: Ines Polder, press@marrowby.example\n\n###") -> str:
    return head + body + foot


# --- 1a. "our" before the word: the issuer's in any text ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Visitors can tour our state-of-the-art bottling hall every Saturday.",
    "Our cutting-edge sensors check every crate twice.",
    "The app is built on our new next-generation engine.",
    "We think our revolutionary pricing will surprise people.",
    "Thanks to our seamless checkout, orders take under a minute.",
    "It is the latest step in our transformative plan for the depot.",
])
def test_our_puffery_counts_in_any_text(sentence):
    text = f"{sentence}\n\nThe shop on Dale Street is open from nine until five."
    assert len(_puffery(text)) == 1, sales_pressure.pressures(prepare(text))
    assert [kind for kind, _ in _loaded_puffery(text)] == ["exaggeration"]


# --- 1b. in the issuer's own release, the words count alone --------------------------------------------------------

_RELEASE_SENTENCES = [
    "Marrowby Tools today opened a state-of-the-art plant in Tarrow that will make 4,000 drills a week.",
    "The groundbreaking drill charges in twelve minutes and weighs 900 grams.",
    "Marrowby, a leading innovator in cordless tools, employs 210 people.",
    "The company unveiled a revolutionary battery pack for its garden range.",
    "The new plant brings cutting-edge machining to the town for the first time.",
    "The Brisk X is the industry's most advanced cordless drill.",
    "Each tool pairs seamlessly with the Marrowby app.",
]


@pytest.mark.parametrize("sentence", _RELEASE_SENTENCES)
def test_puffery_counts_in_a_release_labelled_for_immediate_release(sentence):
    text = _release(sentence + " Production starts in May.")
    assert issued_by_itself(prepare(text))
    assert len(_puffery(text)) == 1, _puffery(text)
    assert [kind for kind, _ in _loaded_puffery(text)] == ["exaggeration"]


@pytest.mark.parametrize("sentence", _RELEASE_SENTENCES[:4])
def test_puffery_counts_in_a_release_with_a_wire_dateline_or_an_about_block(sentence):
    wired = ("Marrowby Tools Opens Its New Plant\n\nTARROW, England, March 3, 2026 /Trade Newsline/ -- " + sentence
             + " Production starts in May.\n\nMedia contact: Ines Polder, press@marrowby.example")
    about = ("Marrowby Tools Opens Its New Plant\n\n" + sentence + " Production starts in May. The plant cost 30 million "
             "pounds and was built in eighteen months on the site of an old dairy.\n\nAbout Marrowby Tools\n"
             "Marrowby Tools makes drills and saws in Tarrow and employs 210 people.")
    for text in (wired, about):
        assert issued_by_itself(prepare(text)), text
        assert len(_puffery(text)) == 1, (text, _puffery(text))


@pytest.mark.parametrize("headline, words", [
    ("Marrowby Launches Brisk X, the Industry's Most Advanced Cordless Drill", "the industry's most advanced"),
    ("Marrowby Launches Brisk X, the Industry\u2019s Most Advanced Cordless Drill", "the industry\u2019s most advanced"),
    ("Marrowby Unveils the World's Lightest Hedge Trimmer", "the world's lightest"),
])
def test_the_releases_headline_ranking_its_product_counts(headline, words):
    text = _release("Marrowby Tools today launched the new tool, which will sell from 149 pounds in June.",
                    head=f"FOR IMMEDIATE RELEASE\n\n{headline}\n\n")
    assert _puffery(text) == [words]
    # loaded language's, no clickbait shape of the headline (provenance)
    from xlplugin.scorers import provenance
    from xlplugin.settings import Settings

    doc = prepare(text, title=headline)
    cue = {e.kind: e for e in provenance.score(doc, Settings()).evidence}["clickbait headline"]
    assert not cue.present or "sales pressure" not in cue.detail, cue.detail


def test_the_fresh_press_release_now_scores_under_a_fair_column():
    # the shape of the tester's release (written fresh here): three pieces of puffery in the issuer's voice
    text = ("FOR IMMEDIATE RELEASE\n\nHollin Farm Systems Launches RowMate, the Industry's Most Advanced Weeding Robot\n\n"
            "HOLLIN, Kan., June 2, 2026 /Farm Press Line/ -- Hollin Farm Systems, a leading innovator in field robotics, "
            "today announced RowMate, a revolutionary weeding robot built for vegetable growers.\n\n"
            "RowMate uses cameras to tell weeds from seedlings and removes them with a small blade. Each unit covers "
            "three acres a day and runs for ten hours on one charge.\n\n"
            "\"Growers have told us for years that they cannot hire enough hands,\" said Tamsin Ruell, chief executive "
            "of Hollin Farm Systems.\n\nRowMate can be leased from August at $1,900 a month.\n\n"
            "About Hollin Farm Systems\nHollin Farm Systems builds machines for farms and employs 60 people.\n\n###")
    result = score_text(text)
    assert len(_loaded_puffery(text)) == 3, _loaded_puffery(text)
    assert result.reliability is not None and result.reliability < 80, result.reliability


# --- near misses: the same words in a report, a quotation, a judgement, a plain sense ------------------------------

@pytest.mark.parametrize("sentence", [
    "A state-of-the-art hospital opened on Monday in the east of the city.",
    "The firm unveiled what the company called a revolutionary battery, though analysts were unconvinced.",
    "The groundbreaking 1962 study changed how doctors treated burns.",
    "Critics called the film groundbreaking when it opened in 1977.",
    "The cutting-edge lab has struggled to keep its staff, the university said.",
    "Acme, a leading innovator in farm robots, laid off 40 workers on Friday, the union said.",
    "The world's most valuable company reported higher profits on Thursday.",
    "The Revolutionary Guards held exercises near the strait.",
])
def test_puffery_words_in_a_report_count_nothing(sentence):
    text = f"By Dana Ottery\n\n{sentence}\n\nThe council meets again on 9 October, the clerk said."
    assert _puffery(text) == []
    assert _loaded_puffery(text) == []


@pytest.mark.parametrize("quote", [
    "\"It is a revolutionary machine,\" said Lia Brandt, a grower who tested it.",
    "\"Our cutting-edge sensors check every crate twice,\" said Lia Brandt, the firm's founder.",
])
def test_puffery_inside_a_quotation_is_the_speakers(quote):
    text = _release(quote + " The robot goes on sale in May.")
    assert not any(kind == "exaggeration" for kind, _ in _loaded_puffery(text)), _loaded_puffery(text)


@pytest.mark.parametrize("sentence", [
    "The plant makes seamless steel pipes for the oil industry.",
    "Marrowby held a groundbreaking ceremony for the plant on Tuesday.",
    "The museum's Revolutionary War gallery reopens in June.",
])
def test_plain_senses_in_a_release_count_nothing(sentence):
    assert _puffery(_release(sentence)) == []


def test_an_about_the_author_block_makes_no_release():
    text = ("Why the old mill matters\n\nThe groundbreaking 1962 survey of the mill still guides the town's planners. "
            "Its maps show every race and sluice, and the council keeps a copy in the library. The mill was sold in "
            "1988 and has stood empty since the roof fell in.\n\n"
            "About the author\nRuth Calder is a local historian and writes a monthly column.")
    assert not issued_by_itself(prepare(text))
    assert _puffery(text) == []


@pytest.mark.parametrize("heading", ["About the data", "About this story"])
def test_a_reports_note_headed_about_makes_no_release(heading):
    text = ("Bus use falls again\n\nBus use in the county fell for a third year, figures show. The state-of-the-art "
            "depot opened in 2021 is now half empty, drivers said. Routes 4 and 9 lost most riders.\n\n"
            f"{heading}\nThe figures come from the county's yearly transport survey.")
    assert not issued_by_itself(prepare(text))
    assert _puffery(text) == []


# --- 2. a press wire's dateline by its shape ----------------------------------------------------------------------

def _cues(text: str) -> dict[str, tuple[int, int, str]]:
    doc = prepare(text)
    return doc.analysis.page_lines.cues


@pytest.mark.parametrize("dateline, wire", [
    ("GRANTHAM, Ore., April 8, 2026 /Business Newsline/ --", "Business Newsline"),
    ("LEEDS, England, 4 May 2026 /Trade Press Service/ --", "Trade Press Service"),
    ("BOISE, Idaho, June 3, 2026 /Marketfeed/ \u2014", "Marketfeed"),
    ("TORONTO, June 03, 2026 /PRNewswire/ --", "PRNewswire"),
])
def test_a_slash_wire_dateline_is_read_whatever_the_wires_name(dateline, wire):
    text = (f"Harrow Foods Opens a Second Bakery\n\n{dateline} Harrow Foods today opened a second bakery that will employ "
            "40 people.\n\nThe bakery makes bread for 120 shops.")
    cues = _cues(text)
    assert "dateline" in cues, cues
    assert "publication date" in cues, cues
    start, end, _ = cues["named outlet"]
    assert text[start:end] == wire


@pytest.mark.parametrize("line", [
    "The route runs 12/14 km - depending on the tide.",
    "Sizes: S/M/L - all in stock.",
    "See www.harrowfoods.example/news/ - for more.",
])
def test_slashes_in_a_line_of_prose_are_no_wire_dateline(line):
    text = f"Harrow Foods Opens a Second Bakery\n\n{line}\n\nThe bakery makes bread for 120 shops, the firm said."
    cues = _cues(text)
    assert "dateline" not in cues and "named outlet" not in cues, cues

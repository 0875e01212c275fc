"""The Why text and the Overview say exactly what their numbers are: a provenance cue's weight is
in provenance points out of 100 (not index points) and in whole points; a loaded-language cost
with no loaded term says the cost is the author's voice; the kind cue and the Why do not show two
different "first-person words per 1,000"; the Overview's labels wrap clear of the chart."""

import re

import openpyxl
from workbook_helpers import TEXTS, records, score

import xlplugin
from xlplugin.cells import why_text
from xlplugin.scorers import loaded_language, provenance
from xlplugin.types import LESS_RELIABLE, MORE_RELIABLE, Evidence, Score
from xlplugin.workbook import refresh_workbook, write_scored_workbook
from xlplugin.workbook.guide_sheets import OVERVIEW_CHART_AT, OVERVIEW_WIDTHS

# written for these tests: a column argued in the first person, with no loaded word
COLUMN = (
    "By Tomas Berg\nPublished 2 May 2024\n\n"
    "I walked along the river path last week and counted the benches. We have fewer than we had "
    "ten years ago, and I think our town should put some back. My neighbour agrees with me. The "
    "council plans to spend its parks money on a new car park near the station next year. I would "
    "rather see that money go to the path, where we walk with our children, and I have written "
    "to the council to say so. The parks office said the benches were taken away because they "
    "were old and the wood had rotted. I understand that, but we can buy new ones. My letter asks "
    "for ten benches, one for every hundred metres of the path, and I hope the council reads it. "
    "I will tell you what they answer when my letter comes back."
)


def _cue(kind, polarity, weight):
    return Evidence("", kind, 0, 0, present=True, polarity=polarity, weight=weight)


def test_provenance_cues_are_named_without_their_points():
    # one scale in the Why's sentence (its index points): a cue's own points are in its Evidence row
    poor = Score("provenance", 20, 0.2, "", evidence=(
        _cue("no author", LESS_RELIABLE, 6), _cue("named sources with roles", MORE_RELIABLE, 5.4),
        _cue("quotes", MORE_RELIABLE, 4.5)))
    assert provenance.INFO.phrase(poor) == \
        "provenance 20/100 (no author; but named sources with roles, quotes)"
    # a credit under half a point rounds to nothing and is not named
    tiny = Score("provenance", 20, 0.2, "", evidence=(
        _cue("no author", LESS_RELIABLE, 6), _cue("quotes", MORE_RELIABLE, 0.3)))
    assert provenance.INFO.phrase(tiny) == "provenance 20/100 (no author)"


def test_the_why_shows_no_cue_points_beside_the_index_points():
    result = xlplugin.score_text("SHOCKING: you won't believe what the mayor did\n\n" + TEXTS[0])
    why = why_text(result)
    inside = re.search(r"provenance -\d+ points?: \d+/100 \(([^)]*)\)", why)
    assert inside, why
    assert "but " in inside.group(1) and not re.search(r"[-+]\d", inside.group(1)), why


def test_a_voice_cost_says_it_is_the_voice():
    result = xlplugin.score_text(COLUMN)
    sig = result.signals["loaded_language"]
    assert sig.value == 0  # no loaded term: the Documents column shows 0.0
    why = why_text(result)
    # the points are said to be the voice's, none the terms', so that 0.0 beside them reads right
    cost = re.search(r"loaded language -(\d+) points: no points for loaded terms, all (\d+) for an argued voice: ", why)
    assert cost and cost.group(1) == cost.group(2), why


# the first person of COLUMN, counted by hand: I x7, We/we x4, our x2, My/my x3, me x1
COLUMN_FIRST_PERSON = 17


def test_the_voice_gives_the_count_and_the_rate():
    # a rate per 1,000 on a short text reads as a count: both are said
    result = xlplugin.score_text(COLUMN)
    words = result.signals["loaded_language"].details["words"]
    rate = 1000 * COLUMN_FIRST_PERSON / words
    assert f"{COLUMN_FIRST_PERSON} first-person words (I, we) in {words} words ({rate:.0f} per 1,000)" in why_text(result)


# written for these tests: an argued paragraph with loaded words and the first person
RANT = (
    "I am sick of the disgraceful council and its shameful, corrupt games. We deserve better. "
    "The council met on Monday and approved the budget for the harbour road, the library and "
    "the new school. The vote was seven to two. The road will be closed in March for repairs, "
    "and the library will open on Sundays from April. The school will take pupils from next "
    "September, the council said in a statement after the meeting on Monday evening."
)


def test_the_points_are_split_between_terms_and_voice():
    why = why_text(xlplugin.score_text(RANT))
    cost = re.search(r"loaded language -(\d+) points: (\d+) points for (\d+) loaded terms in \d+ words "
                     r"\(\d+ per 1,000: [^)]*\), (\d+) for an argued voice: ", why)
    assert cost, why
    total, terms, count, voice = (int(g) for g in cost.groups())
    assert terms + voice == total and terms > 0 and voice > 0
    assert count == 3  # disgraceful, shameful, corrupt


def test_terms_that_cost_nothing_are_said_to_cost_nothing():
    # one loaded word in a long calm report is under the plain level: the voice's points are not its
    calm = ("I went to the council meeting on Monday. " + "The council approved the budget for the harbour road. " * 30
            + "The mayor claimed the road would be ready by May.")
    why = why_text(xlplugin.score_text(calm))
    assert re.search(r"loaded language -\d+ points?: no points for its 1 loaded term in \d+ words \(\d per 1,000: "
                     r"\"claimed\", a plain report's level\), all \d+ for an argued voice: 1 first-person word", why), why


def test_the_overview_says_what_the_loaded_weight_covers():
    from xlplugin.workbook.rows import weight_rows

    lines = [row[0] for row in weight_rows({"loaded_language": 5.0, "provenance": 1.0}) if row[0]]
    header = loaded_language.INFO.header
    assert f"{header}: weight 5 of 6 (half for loaded terms, half for the author's voice: " in " ".join(lines)
    # a column whose weight is its own says nothing more (book51: but what it is out of)
    assert f"{provenance.INFO.header}: weight 1 of 6" in lines
    # the words follow MIX
    total = sum(loaded_language.MIX.values())
    assert loaded_language.MIX["loaded terms"] / total == 0.5
    assert loaded_language.MIX["first person"] / total == loaded_language.MIX["rhetorical question"] / total == 0.25
    assert "a quarter for first-person words, a quarter for the author's own questions" in loaded_language.INFO.weight_note


def test_the_kind_cue_and_the_why_do_not_give_two_first_person_counts():
    # the kind counts "I" alone, loaded language "I" and "we": the words say which
    result = xlplugin.score_text(COLUMN)
    cues = " ".join(result.kind_cues)
    assert "first-person singular words per 1,000, not counting we" in cues, cues
    everything = cues + " " + why_text(result)
    assert not re.search(r"\d+ first-person words per 1,000", everything), everything


def test_the_reading_says_the_voice_is_part_of_the_score():
    reading = loaded_language.INFO.reading[0]
    total = sum(loaded_language.MIX.values())
    shares = {1 / 2: "half", 1 / 4: "a quarter"}
    assert f"loaded terms count {shares[loaded_language.MIX['loaded terms'] / total]}" in reading
    assert f"first person (I, we) {shares[loaded_language.MIX['first person'] / total]}" in reading
    assert f"questions {shares[loaded_language.MIX['rhetorical question'] / total]}" in reading


def _overview_layout(path):
    ws = openpyxl.load_workbook(path)["Overview"]
    labels = [row[0] for row in ws.iter_rows(min_row=2) if row[0].value]
    return ws, labels


def test_overview_labels_wrap_clear_of_the_chart(tmp_path):
    items = records()
    path = tmp_path / "overview.xlsx"
    write_scored_workbook(path, items, score(items), xlplugin.Settings())
    ws, labels = _overview_layout(path)
    assert ws.column_dimensions["A"].width == OVERVIEW_WIDTHS["A"]
    # every label wraps in its column: none runs over into the count column or under the chart
    assert all(cell.alignment.wrap_text for cell in labels)
    # the chart starts right of the labels and counts
    assert OVERVIEW_CHART_AT[0] > "B"
    assert ws._charts[0].anchor._from.col >= 3
    # a refresh rewrites the rows: they still wrap
    refresh_workbook(path, settings_overrides={"weight.sentiment": 0.25})
    _, labels = _overview_layout(path)
    assert all(cell.alignment.wrap_text for cell in labels)


def test_one_point_is_said_in_the_singular(monkeypatch):
    # (print46 saw "1 points for 33 loaded terms"): a share of one point is "1 point"
    monkeypatch.setattr(loaded_language, "_split_points", lambda sig, points: (1, points - 1))
    why = why_text(xlplugin.score_text(RANT))
    assert re.search(r": 1 point for \d+ loaded terms", why), why
    assert "1 points" not in why

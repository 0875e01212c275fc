"""The Why text says how many index points each signal cost: the costs are whole points, the
costliest first, they add up to 100 minus the index as a reader rounds it, and they follow the
weights in the settings."""

import re
from dataclasses import replace

import pytest

import xlplugin
from xlplugin.cells import NO_POINT_LOST, NOT_IN_INDEX, why_text
from xlplugin.index import point_costs, reliability_index, whole_points
from xlplugin.types import Score

# written for these tests: a ranting post, a plain council report, a careful piece with a byline
RANT = (
    "This is clearly the worst decision the shameful council has ever made! I think we must act now. "
    "I am furious and we all know it. The so-called experts admitted nothing, obviously. Wake up, people, "
    "before these disgraceful clowns ruin everything we love!"
)
PLAIN = (
    "The city council approved the budget on Tuesday after a public hearing. Officials said the "
    "plan adds two bus routes and repairs three bridges, according to the council minutes. The "
    "mayor said the vote was close. Residents who spoke at the meeting asked for more parking near "
    "the station, and the council agreed to study it next year."
)
BYLINED = (
    "By Maria Jensen\nPublished 4 March 2024\n\nOSLO (Harbour News) - The harbour authority will dredge the "
    "northern channel this summer, its director, Per Olsen, said on Monday. \"The work takes eight weeks,\" "
    "Olsen said. The authority's annual report shows that 212 ships used the channel last year. Fishing "
    "boats will use the southern channel while the work goes on, the authority said in a statement."
)
TEXTS = [RANT, PLAIN, BYLINED]
COST_RE = re.compile(r"(?:^|; )([a-z ]+) -(\d+) points?: ")


def _costs(why: str) -> dict[str, int]:
    return {label: int(points) for label, points in COST_RE.findall(why)}


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("url", ["", "https://www.bbc.co.uk/news/a"])
def test_points_are_whole_and_add_up_to_what_the_index_lost(text, url):
    result = xlplugin.score_text(text, url=url)
    why = why_text(result)
    costs = _costs(why)
    assert costs, why
    # 100 minus the index as shown rounded (74.5 reads 75): exactly, since every signal that cost a
    # whole point is named
    assert sum(costs.values()) == 100 - int(result.reliability + 0.5)
    assert abs(sum(costs.values()) - (100 - result.reliability)) <= 0.5
    # every named signal is one of the index's, by its name in words
    assert set(costs) <= {name.replace("_", " ") for name in result.contributors}


def test_exact_costs_add_up_to_the_unrounded_index():
    result = xlplugin.score_text(RANT, url="https://www.bbc.co.uk/news/a")
    costs = point_costs(result.signals, result.weights)
    assert set(costs) == set(result.contributors)
    assert sum(costs.values()) == pytest.approx(100 - result.reliability, abs=0.05)


def test_costliest_first_and_a_signal_costing_nothing_left_out():
    result = xlplugin.score_text(RANT, url="https://www.bbc.co.uk/news/a")
    costs = list(_costs(why_text(result)).values())
    assert costs == sorted(costs, reverse=True) and len(costs) >= 2
    # the rant's provenance, loaded language and its source rating cost it; a perfect score costs 0
    perfect = {"a": Score("a", 1.0, 1.0, ""), "b": Score("b", 0.5, 0.5, "")}
    assert point_costs(perfect, {"a": 1.0, "b": 1.0}) == {"a": 0.0, "b": 25.0}


def test_a_changed_weight_changes_the_points():
    plain = xlplugin.score_text(RANT)
    heavier = xlplugin.score_text(RANT, settings=xlplugin.Settings().with_values({"weight.provenance": 5.0}))
    before, after = _costs(why_text(plain)), _costs(why_text(heavier))
    assert after["provenance"] > before["provenance"]
    assert after["loaded language"] < before["loaded language"]
    assert sum(after.values()) == 100 - int(heavier.reliability + 0.5)


def test_weight_zero_signal_gets_no_points_and_keeps_its_outside_wording():
    # every claim here is unsourced and there are more than three: named outside the index
    text = ("Coffee drinkers live 12 years longer than others. Sales of coffee tripled in 2023. The new "
            "cafe on Main Street is the largest in the county. Prices rose 40% because of the drought. "
            "The mayor plans to ban parking downtown next year.")
    why = why_text(xlplugin.score_text(text))
    assert why.endswith(NOT_IN_INDEX)
    assert "unsourced claims -" not in why


def test_largest_remainder_rounding():
    # 33.4 + 33.3 + 33.3 = 100 lost (index 0): rounded one by one, 99
    assert whole_points({"a": 33.4, "b": 33.3, "c": 33.3}, 0.0) == {"a": 34, "b": 33, "c": 33}
    # index 74.5 reads 75: 25 points lost, not 26
    assert sum(whole_points({"a": 20.3, "b": 5.2}, 74.5).values()) == 25
    assert whole_points({}, 100.0) == {}


def test_an_index_no_signal_cost_a_point_says_so():
    signals = {"loaded_language": Score("loaded_language", 0.0, 0.999, ""),
               "provenance": Score("provenance", 100.0, 1.0, "")}
    weights = {"loaded_language": 5.0, "provenance": 1.0}
    index, contributors = reliability_index(signals, weights)
    result = xlplugin.score_text(PLAIN)
    fake = replace(result, signals=signals, weights=weights, reliability=index, contributors=contributors)
    assert why_text(fake) == NO_POINT_LOST

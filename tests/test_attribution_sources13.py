"""Attribution and claim misreadings fixed as classes (sources13; every text written for these
tests): a figure credited to a named forecaster or rater through a verb that is no verb of saying
("gives ... a 30 percent chance", "puts the cost at", "rates the bonds") has a named source; a
plural common noun of people opening a sentence ("Neighbours said") is a vague group, not a name;
the listener after "told" is no source; "recount" after a modal or "to" is a count again; "state"
after "shared" is a noun; a run of short lines each ending in an ellipsis is a list of other
headlines. Each class has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from prose_helpers import not_prose_rules as _rules
from attribution_helpers import attribution_kind as _kind, unsourced_kinds as _unsourced_kinds

from xlplugin import cues
from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


# --- 1. a named forecaster or rater giving a figure ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pollcast gives the mayor a 61 percent chance of keeping her seat in Carrow.",
    "The Harwick Weather Bureau model puts the odds of snow on Sunday at 20 percent.",
    "Brandt Capital is forecasting that rents in Dunmore will rise by 7 percent next year.",
    "Kestrel Ratings rates the Carrow water bonds two notches above junk.",
    "The Fiscal Office puts the cost of the new tunnel at 4 billion pounds.",
])
def test_a_named_forecaster_giving_a_figure_is_a_named_source(text):
    assert _kind(text) == "named"
    assert _unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "Maria gives the dog two biscuits after every walk in the park.",
    "The council puts the bins out on Tuesdays in the old town.",
    "Jones could give the club a 10 percent discount next season.",
    "Marta Lind backed the tunnel plan, putting her at odds with the Carrow mayor since 2019.",
    "Councillor Ames gave a speech on Friday, but chances are few of the 300 guests listened.",
    "Petra Holm gave the young runners from Carrow a start at 9 in the morning.",
])
def test_a_giving_or_putting_that_is_no_forecast_has_no_source(text):
    assert _kind(text) is None


# --- 2. a plural common noun of people opening a sentence -----------------------------------------

@pytest.mark.parametrize("text", [
    "Neighbours said the cottage on Mill Lane had stood empty for 20 years.",
    "Participants said the course had cost them 400 pounds each.",
    "Villagers told us the ferry stopped running in 2019.",
    "Commuters say the 7.40 train is late three days a week.",
])
def test_a_plural_of_people_opening_a_sentence_is_vague(text):
    assert _kind(text) == "weasel"
    assert _unsourced_kinds(text) == ["unsourced"]


@pytest.mark.parametrize("text", [
    "Kellaway Partners said the cottage on Mill Lane had stood empty for 20 years.",
    "Davies said the course had cost them 400 pounds each.",
])
def test_a_name_opening_a_sentence_still_names(text):
    assert _kind(text) == "named"


# --- 3. the listener after "told", "will recount", "shared state" ---------------------------------

def test_the_listener_after_told_is_no_source():
    found = cues.attributions(prepare("The farmer told the minister everything about the 2019 flood."))[-1]
    assert found is None or "minister" not in found.detail


def test_a_source_inverted_after_told_a_comma_before_still_counts():
    assert _kind("\u201cThe levee will hold,\u201d said the minister on Friday.") == "role"


@pytest.mark.parametrize("text", [
    "She will recount the votes on Monday after 300 ballots went missing.",
    "The board plans to recount every ballot cast in the Harwick ward.",
])
def test_recount_after_a_modal_or_to_is_a_count_again(text):
    assert _kind(text) is None


def test_recounted_still_reports():
    assert _kind("She recounted how the water rose past the second floor in 1998.") == "pronoun"


def test_shared_state_is_a_noun():
    assert _kind("Flask does have some shared state between the 12 worker threads.") is None


def test_officials_state_still_reports():
    assert _kind("Officials state that the pier will reopen in 2027.") == "weasel"


# --- 4. a list of linked headlines ending in an ellipsis ------------------------------------------

def test_lines_ending_in_an_ellipsis_are_a_headline_list():
    lines = ["Mayor of Carrow quits over ferry contract...",
             "STORM CUTS POWER TO 40,000 HOMES\u2026",
             "Bank of Harwick raises rates again; markets slide...",
             "Pop star cancels Dunmore tour after fall..."]
    text = "The bridge reopened on Monday after eight months of repairs, the county said.\n\n" + "\n".join(lines) + "\n"
    rules = _rules(text)
    for line in lines:
        assert rules.get(line) == "headline list", line
    claims = [e.text for e in unsourced_claims.score(prepare(text), Settings()).evidence if e.kind == "unsourced"]
    assert not any("..." in c or "\u2026" in c for c in claims)


def test_two_lines_ending_in_an_ellipsis_are_no_list():
    text = ("Mayor of Carrow quits over ferry contract...\n\nPop star cancels Dunmore tour after fall...\n\n"
            "The bridge reopened on Monday, the county said.")
    assert "Mayor of Carrow quits over ferry contract..." not in _rules(text)


def test_a_prose_line_ending_in_an_ellipsis_is_no_headline():
    text = ("Council Approves New Cycle Lanes Along The Seafront\n"
            "Local Bakery Wins National Award For Sourdough Loaf\n"
            "Update 2: Just as we expected, the mayor has posted her view on the ruling\u2026\n\n"
            "The bridge reopened on Monday, the county said.")
    assert "Update 2: Just as we expected, the mayor has posted her view on the ruling\u2026" not in _rules(text)


def test_reporters_told_by_a_named_spokeswoman_keep_their_source():
    assert _kind("Twice, reporters were told by Ann Carrow, the port's spokeswoman, that the pier was safe.") == "named"

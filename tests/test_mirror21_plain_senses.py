"""Loaded language version 57 (helper mirror21): plain senses, as classes. A plot of land or a
chart, numbered, named by its use or on a page about land; a firm going bankrupt; a nation's
independence movement ("Scottish nationalist MPs"); a ward or a school admitting children. Each
loaded use of the same word keeps its cue. Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence


@pytest.mark.parametrize("text", [
    # numbered plots
    "You will still find me on plot 14 most mornings.",
    "Plot 7B has the best rhubarb on the site.",
    "Three plots flooded after the storm on Sunday.",
    "The parish sold twenty plots last year.",
    # plots named by their use
    "The research plots were sown in April and cut in August.",
    "Two allotment plots were left empty this year.",
    "The family bought a burial plot beside the church.",
    "The scatter plot shows a weak link between the two measures.",
    "A building plot on the edge of town went for a record price.",
    # "their plots" on a page about land
    "The society raised its rent this year. Two older members could no longer afford their plots. "
    "The allotment committee hopes to find them a smaller patch.",
    "The cemetery has few spaces left. Families who bought plots in the 1990s have been told they are safe.",
])
def test_a_plot_of_land_or_a_chart_is_plain(text):
    assert _author(text) == [], _evidence(text)


@pytest.mark.parametrize("text", [
    "They uncovered a plot to overthrow the government.",
    "The plot against the mayor was doomed from the start.",
    "The whole scheme is a plot by the developers to grab the land. The allotment holders will lose everything.",
    "Police foiled two plots to attack the stadium.",
])
def test_a_plot_as_a_scheme_keeps_its_cue(text):
    assert "plot" in " ".join(_author(text)), _evidence(text)


@pytest.mark.parametrize("text", [
    "If the rent doubles, the cafe will go bankrupt, the owner said.",
    "The builder was declared bankrupt in March.",
    "The airline went bankrupt two years ago.",
    "Scottish nationalist MPs voted against the bill.",
    "Welsh nationalist councillors backed the motion on Tuesday.",
    "The children's ward can admit twelve more children this winter.",
    "The school admitted 40 pupils from the closed academy.",
])
def test_plain_senses_of_bankrupt_nationalist_and_admit(text):
    assert _author(text) == [], _evidence(text)


@pytest.mark.parametrize("text, word", [
    ("Their whole programme is morally bankrupt.", "bankrupt"),
    ("White nationalist groups marched through the town.", "nationalist"),
    ("The minister finally had to admit the scheme had failed.", "admit"),
])
def test_loaded_uses_keep_their_cue(text, word):
    assert word in " ".join(_author(text)), _evidence(text)

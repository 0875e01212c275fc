"""(web26) "plot" as a gardener's land in a gardening forum post counts nothing: "my plot", "our
plots", "the next plot", and "plot" on a page holding a gardener's words (loaded_language.txt
[plot_kind_words], [plot_land_words]; loaded_senses._land_plot). A scheme keeps its cue. Sentences
written for these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence


@pytest.mark.parametrize("text", [
    # the writer's own plot, or the one beside it
    "Anyone got a spare key for the gate? I left mine on my plot.",
    "Our plot is the one by the water trough.",
    "The next plot along has been empty since March.",
    "A vacant plot near the gate is going to the first name on the list.",
    # on a page holding a gardener's words
    "My plot is finally clear of bindweed after three weekends of digging.",
    "The new tenant on that plot has already put up a greenhouse.",
    "Half the plot went to onions this year and the rest to beans.",
    "Has anyone tried green manure on a heavy clay plot?",
    "Slugs ate every lettuce on the plot, so next year the seedlings go in a cold frame first.",
])
def test_a_gardeners_plot_is_plain(text):
    assert _author(text) == [], _evidence(text)


@pytest.mark.parametrize("text", [
    "They uncovered a plot to overthrow the government.",
    "My plot to get the kids to eat broccoli failed again.",
    "It was a sinister plot hatched in secret.",
    "Police say the plot against the bank manager was planned for months.",
    "The greenhouse fire was part of a plot by the developers to clear the site.",
])
def test_a_plot_as_a_scheme_keeps_its_cue(text):
    assert "plot" in " ".join(_author(text)), _evidence(text)

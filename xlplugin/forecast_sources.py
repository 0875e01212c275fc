"""A figure credited to a forecaster or a rater through a verb that is no verb of saying
(sources13): "Pollcast gives the mayor a 61 percent chance", "the Met model puts the odds of snow
at 20 percent", "the Fiscal Office puts the cost at 4 billion pounds", "Kestrel Ratings rates the
bonds two notches above junk". The forecaster is the source of that figure, as "the bureau
forecasts" makes it one; `cues` reads the subject before the verb as for a verb of saying and takes
a named or institutional one (a vague one, a pronoun or none: no source, as before).

`gives_a_figure` says whether the verb at a position of [forecaster_verb_words] gives such a figure:
a word of [forecaster_figure_words] ("chance", "odds", "notches", "junk") within FORECAST_REACH
words after it, or "at" and a figure ("puts the cost at 4 billion"). "Maria gives the dog two
biscuits", "the council puts the bins out" give none.

Word lists: xlplugin/data/attribution.txt ([forecaster_verb_words], [forecaster_figure_words]).
"""

from __future__ import annotations

from .phrases import words

__all__ = ["FORECAST_VERBS", "gives_a_figure"]

DATA_FILE = "attribution.txt"
FORECAST_VERBS = words(DATA_FILE, "forecaster_verb_words")
_FIGURES = words(DATA_FILE, "forecaster_figure_words")
FORECAST_REACH = 10  # words after the verb in which its figure stands ("gives the mayor a 61 percent chance")
_CURRENCY = "$\u00a3\u20ac\u00a5"


def gives_a_figure(lowers: list[str], i: int) -> bool:
    """Is the verb of [forecaster_verb_words] at `i` followed, within FORECAST_REACH words, by a
    word of [forecaster_figure_words] or by "at" and a figure (a word starting with a digit or a
    currency sign)?"""
    end = min(len(lowers), i + 1 + FORECAST_REACH)
    for k in range(i + 1, end):
        lw = lowers[k]
        if lw in _FIGURES:
            return True
        if lw == "at" and k + 1 < len(lowers) and (lowers[k + 1][:1].isdigit() or lowers[k + 1][:1] in _CURRENCY):
            return True
    return False

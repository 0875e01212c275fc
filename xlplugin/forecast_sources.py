"""A figure credited to a forecaster or a rater through a verb that is no verb of saying
(sources13): "Pollcast gives the mayor a 61 percent chance", "the Met model puts the odds of snow
at 20 percent", "the Fiscal Office puts the cost at 4 billion pounds", "Kestrel Ratings rates the
bonds two notches above junk". The forecaster is the source of that figure, as "the bureau
forecasts" makes it one; `cues` reads the subject before the verb as for a verb of saying and takes
a named or institutional one (a vague one, a pronoun or none: no source, as before).

`gives_a_figure` says whether the verb at a position of [forecaster_verb_words] or
[forecaster_at_verb_words] gives such a figure: a word of [forecaster_figure_words] ("chance",
"odds", "notches", "junk") within FORECAST_REACH words after it, or, for the latter, "at" and a
figure ("puts the cost at 4 billion"). "Maria gives the dog two biscuits", "the council puts the
bins out", "putting her at odds with", "gave instructions to canvassers as young as 17" give none.

Word lists: xlplugin/data/attribution.txt ([forecaster_verb_words], [forecaster_at_verb_words],
[forecaster_figure_words]).
"""

from __future__ import annotations

from .phrases import words

__all__ = ["FORECAST_VERBS", "gives_a_figure"]

DATA_FILE = "attribution.txt"
_AT_VERBS = words(DATA_FILE, "forecaster_at_verb_words")
FORECAST_VERBS = words(DATA_FILE, "forecaster_verb_words") | _AT_VERBS
_FIGURES = words(DATA_FILE, "forecaster_figure_words")
FORECAST_REACH = 10  # words after the verb in which its figure stands ("gives the mayor a 61 percent chance")
_CURRENCY = "$\u00a3\u20ac\u00a5"
_IDIOM_AFTER = frozenset(("are", "is"))  # "chances are you didn't": no figure


def gives_a_figure(lowers: list[str], i: int) -> bool:
    """Is the verb of FORECAST_VERBS at `i` followed, within FORECAST_REACH words, by a word of
    [forecaster_figure_words] (not after "at": "putting her at odds with"; not before "are" or
    "is": "chances are") or, for a verb of [forecaster_at_verb_words], by "at" and a figure (a word
    starting with a digit or a currency sign: "puts the cost at 4 billion")?"""
    n = len(lowers)
    at_verb = lowers[i] in _AT_VERBS
    for k in range(i + 1, min(n, i + 1 + FORECAST_REACH)):
        lw = lowers[k]
        if lw in _FIGURES and lowers[k - 1] != "at" and (k + 1 == n or lowers[k + 1] not in _IDIOM_AFTER):
            return True
        if at_verb and lw == "at" and k + 1 < n and (lowers[k + 1][:1].isdigit() or lowers[k + 1][:1] in _CURRENCY):
            return True
    return False

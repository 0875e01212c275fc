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

(sources14) A passive gives the figure too, its forecaster after "by" (`passive_agent`: "Clinton
was given a 73 percent chance by PredictWise", "the bonds were rated two notches above junk by
Kestrel Ratings"): that agent is the source, as the subject of the active form is; the subject
of the passive ("Clinton", "the bonds") is what the figure is about, never its source.

Word lists: xlplugin/data/attribution.txt ([forecaster_verb_words], [forecaster_at_verb_words],
[forecaster_figure_words]).
"""

from __future__ import annotations

from .phrases import words
from .source_window import BE

__all__ = ["FORECAST_VERBS", "gives_a_figure", "is_passive_figure", "passive_agent"]

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
    return _figure_at(lowers, i) >= 0


def _figure_at(lowers: list[str], i: int) -> int:
    """The position of the figure `gives_a_figure` finds after the verb at `i` (the figure word, or
    the word after "at"), or -1."""
    n = len(lowers)
    at_verb = lowers[i] in _AT_VERBS
    for k in range(i + 1, min(n, i + 1 + FORECAST_REACH)):
        lw = lowers[k]
        if lw in _FIGURES and lowers[k - 1] != "at" and (k + 1 == n or lowers[k + 1] not in _IDIOM_AFTER):
            return k
        if at_verb and lw == "at" and k + 1 < n and (lowers[k + 1][:1].isdigit() or lowers[k + 1][:1] in _CURRENCY):
            return k + 1
    return -1


AGENT_REACH = 4  # words from the figure to "by" ("a 73 percent chance by", "at 4 billion pounds by")
_CLAUSE_ENDS = frozenset(",;:.!?()")


def is_passive_figure(lowers: list[str], i: int) -> bool:
    """(sources14) Is the verb of FORECAST_VERBS at `i` a passive participle, a form of "be" before
    it (adverbs, "not", "also", "been" between: "was given", "were rated", "has been put")? Its
    subject is what the figure is about ("Clinton was given a 73 percent chance of winning"),
    never the figure's source. (An -ing form after "be" is active: "PredictWise is giving".)"""
    if lowers[i].endswith("ing"):
        return False
    j = i - 1
    while j >= 0 and i - j <= 3:
        if lowers[j] in BE:
            return True
        if not lowers[j].endswith("ly") and lowers[j] not in ("not", "also"):
            return False
        j -= 1
    return False


def passive_agent(lowers: list[str], i: int) -> int:
    """(sources14) The position of "by" that names the agent of the passive verb of FORECAST_VERBS
    at `i` (`is_passive_figure`) that gives a figure: "by" within AGENT_REACH words after the
    figure, no punctuation between ("Clinton was given a 73 percent chance by PredictWise"). -1
    otherwise ("was given a 73 percent chance, by most accounts" names no agent of the figure)."""
    k = _figure_at(lowers, i)
    if k < 0:
        return -1
    for by in range(k + 1, min(len(lowers) - 1, k + 1 + AGENT_REACH)):
        if lowers[by] == "by":
            return by
        if lowers[by] in _CLAUSE_ENDS:
            return -1
    return -1

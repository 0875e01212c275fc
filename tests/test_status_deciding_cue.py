"""The reason of a page that is not an article leads with the cue that weighed most in deciding
its kind (a recipe's headings), not with the first cue in the table's order. (status45) The
Status says its head ("no index: not an article"); the whole reason is the row's Why."""

from xlplugin import kinds, score_text
from xlplugin.cells import plain_note, status_text, unscored_why

# (our own words: a short recipe page, its lines mostly short labels)
RECIPE = """Lemon barley soup for a cold evening

Ingredients
1 cup pearl barley
2 lemons, juiced
1 onion, chopped
2 carrots, sliced
6 cups vegetable stock
salt and pepper
fresh parsley

Method
Rinse the barley well under cold water.
Soften the onion and carrots in a large pot with a little oil for about ten minutes.
Add the barley and the stock, bring it to the boil, then let it simmer gently for forty minutes.
Stir in the lemon juice, season with salt and pepper, and scatter the parsley over each bowl.
Serves four
Share
Print
Save
"""


def _weight(why: str) -> float:
    return max(rule.weight for rule in kinds.rules() if rule.why == why)


def _cue_weight(cue: str) -> float:
    found = [rule for rule in kinds.rules() if rule.kind == kinds.NOT_ARTICLE and cue.startswith(rule.why)]
    return max(rule.weight for rule in found) if found else 0.0


def test_status_leads_with_the_heaviest_cue():
    result = score_text(RECIPE)
    assert result.kind == kinds.NOT_ARTICLE and result.reliability is None
    recipe = next(cue for cue in result.kind_cues if cue.startswith("a recipe: "))  # (kinds9: the recipe structure, weight 10, weighs most)
    assert status_text(result) == "no index: not an article"
    status = unscored_why(result)
    assert status.startswith("no index: not an article (" + recipe)
    # the Status shows the three heaviest of the page's cues (the note, like Kind.reason, the first
    # three in the table's order: with four or more cues the two may differ): none made up
    shown = status.removeprefix("no index: not an article (").removesuffix(")").split("; ")
    assert len(shown) == min(3, len(result.kind_cues)) and set(shown) <= set(result.kind_cues)
    weights = [_cue_weight(cue) for cue in result.kind_cues]
    assert sorted((_cue_weight(cue) for cue in shown), reverse=True) == sorted(weights, reverse=True)[:len(shown)]


def test_weights_decide_the_order_ties_keep_the_table_order():
    heavy, light = "recipe headings (Ingredients, Method): instructions, not reporting", \
        "most lines are short links or labels (a menu, index or listing)"
    assert _weight(heavy) > _weight(light)
    said = kinds.deciding_reason(kinds.NOT_ARTICLE, (f"{light} (9 of 12 lines)", f"{heavy} (2 times)"))
    assert said == f"{kinds.NOT_ARTICLE} ({heavy} (2 times); {light} (9 of 12 lines))"
    assert kinds.deciding_reason(kinds.NOT_ARTICLE, ("a", "b")) == f"{kinds.NOT_ARTICLE} (a; b)"


def test_other_notes_are_as_they_were():
    short = score_text("Three words only.")
    # (in words a reader knows: the setting by where it is, session 16: test_status_plain_words.py)
    assert unscored_why(short) == plain_note(short.note) != short.note
    assert "'Fewest words for an index' in the Settings sheet" in unscored_why(short)
    assert status_text(short) == "no index: 3 words"

"""Loaded language version 93 (helper calm31): a story told only on anonymous insiders' word.

A gossip piece can hold no loaded word and rest entirely on "a source close to the singer",
"another insider", "a friend of the couple": people nobody can ask. jaq30 made stacked vague
speakers ("Some say ... Others say ...") doubt terms but left a report's anonymous sources alone.
Now, where a text names no source a reader can check (no named person or body, role, document or
link) and three or more of its sentences rest on anonymous insiders, one doubt term counts for
every three of them (vague_insinuation.anonymous_only, ANONYMOUS_MIN). The twins name a publicist
or an agent and keep their score; a report with one or two anonymous sources, or any number beside
a named source, counts nothing. Fixtures are texts written for these tests."""

import pytest

from xlplugin import vague_insinuation
from xlplugin.engine import score_text
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

CHEF = """Trouble in the kitchen for television chef Marco Bell?

Television chef Marco Bell and his business partner have stopped speaking, according to a source close to the restaurant. "They only talk through their lawyers now," the source said.

Another insider claimed the row started over the menu for the new London site. "Marco wanted to keep it simple and his partner wanted something grander," the insider said.

A friend of the chef told us he was "tired but determined". The new restaurant is due to open in April.
"""
CHEF_NAMED = CHEF.replace("according to a source close to the restaurant", "according to his publicist, Lena Ford").replace(
    "Another insider claimed", "His agent, Paul Stone, said")

SINGER = """Is Mia Rowe leaving her band?

Singer Mia Rowe has not played with her band since the summer, and people close to the group say she is planning a solo record.

"She has been writing on her own for months," one insider said. A source at the label added that the band's autumn tour had been quietly cancelled.

A friend of the singer said she was "happier than she has been for years". Fans noticed that she no longer follows her bandmates online.
"""
SINGER_NAMED = SINGER.replace('"She has been writing on her own for months," one insider said.',
                              '"She has been writing on her own for months," said her manager, Ruth Adler.')

FOOTBALLER = """Striker set for shock move?

Town's top scorer Leon Grant is ready to leave the club in January, sources close to the player say.

One insider said Grant had turned down a new contract last month. Another source said two clubs abroad had already asked about him.

A friend of the striker said he "loves the fans but wants to play in Europe". Grant has scored eleven goals this season.
"""
FOOTBALLER_NAMED = FOOTBALLER.replace("One insider said Grant", "His agent, Sam Roy, said Grant")


def _anonymous_terms(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.detail == vague_insinuation.ANONYMOUS_DETAIL]


@pytest.mark.parametrize("text", [CHEF, SINGER, FOOTBALLER])
def test_a_story_resting_only_on_anonymous_insiders_costs_a_doubt_term(text):
    terms = _anonymous_terms(text)
    assert len(terms) == 1, loaded_language.score(prepare(text), Settings()).evidence
    sig = loaded_language.score(prepare(text), Settings())
    assert [e.kind for e in sig.evidence if e.detail == vague_insinuation.ANONYMOUS_DETAIL] == ["doubt"]


@pytest.mark.parametrize("text", [CHEF_NAMED, SINGER_NAMED, FOOTBALLER_NAMED])
def test_the_same_story_with_a_named_source_costs_nothing(text):
    assert _anonymous_terms(text) == []


@pytest.mark.parametrize("anonymous, named", [(CHEF, CHEF_NAMED), (SINGER, SINGER_NAMED), (FOOTBALLER, FOOTBALLER_NAMED)])
def test_the_anonymous_story_scores_under_its_named_twin(anonymous, named):
    low, high = score_text(anonymous).reliability, score_text(named).reliability
    assert low is not None and high is not None
    assert low < high - 5, (low, high)


@pytest.mark.parametrize("text", [
    # two anonymous sources and no named one: a report's ordinary anonymous sourcing
    ("The company plans to close its Leeds office, a person familiar with the plans said. Another source said about "
     "200 jobs could go. The office opened in 2009."),
    # three anonymous sources beside a named spokesperson
    ("The company plans to close its Leeds office, a person familiar with the plans said. Another source said about "
     "200 jobs could go. One insider said staff had not been told. A spokesperson, Clare Hunt, said no decision had "
     "been made."),
])
def test_near_misses_count_no_anonymous_term(text):
    assert _anonymous_terms(text) == []


def test_every_three_insiders_count_one_term():
    six = CHEF.rstrip("\n") + (
        "\n\nA source at the restaurant said bookings were strong. Another insider said the chef had hired a new "
        "manager. A friend of the couple said they hoped to make peace before the opening.\n")
    assert len(_anonymous_terms(six)) == 2

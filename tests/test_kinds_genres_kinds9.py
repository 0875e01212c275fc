"""Genres a tester found misread (kinds9): a recipe after a life story, a genre review label on
the first line, a university press release's furniture and its press office as author, a
clickbait listicle headline, a council's planning notice. Each as a class, in texts written for
this project.
"""

from __future__ import annotations

import xlplugin
from xlplugin import kinds
from xlplugin.text import prepare


def kind_of(text: str, **meta: str) -> kinds.Kind:
    return kinds.classify(prepare(text, **meta))


STORY = ("When I was nine my grandfather let me knead the dough for the first time. I remember the kitchen "
         "smelled of woodsmoke and apples, and I remember thinking I would never be as strong as him! Years later, "
         "after I moved away, I tried to bake it myself and failed three times. I kept his card, though, and I "
         "finally got it right last autumn. I think of him every time I slice it, and I hope you love it as much "
         "as my family does! I use less sugar than he did and I add walnuts, because my kids love them!\n\n")
LOAF = STORY + """Ingredients
500 g strong white flour
7 g dried yeast
300 ml warm water
2 tbsp honey
a pinch of salt

Method
Mix the flour, yeast and salt in a large bowl.
Stir the honey into the water and pour it in.
Knead for ten minutes, then leave it to rise for an hour.
"""
BLOG = {"url": "https://marabakes.blogspot.com/2031/05/harvest-loaf.html", "author": "Mara Bakes"}


def test_a_recipe_after_a_life_story_is_not_an_article():
    kind = kind_of(LOAF, **BLOG)
    assert kind.kind == kinds.NOT_ARTICLE
    assert any(cue.startswith("a recipe: an ingredient list") for cue in kind.cues)
    assert xlplugin.score_text(LOAF, **BLOG).reliability is None
    # the story alone is a personal blog post, and a list of quantities with no method is no recipe
    assert kind_of(STORY * 2, **BLOG).kind == kinds.OPINION
    no_method = STORY * 2 + "Ingredients\n500 g flour\n7 g yeast\n300 ml water\n"
    assert not any(cue.startswith("a recipe:") for cue in kind_of(no_method, **BLOG).cues)


REVIEW_BODY = ("\n\nThe Lantern Ferry is a slow, patient film about a ferryman who carries the same passengers across "
               "a northern lake every morning for a whole winter. The lead actor carries it with very little dialogue; "
               "the middle hour drags, and a subplot about a missing brother never lands. It opens on Friday.")


def test_a_genre_review_label_on_the_first_line_is_opinion():
    for label in ("Film review: The Lantern Ferry", "Book review | The Lantern Ferry", "Theatre review - The Lantern Ferry",
                  "Album review"):
        kind = kind_of(label + REVIEW_BODY)
        assert kind.kind == kinds.OPINION, label
        assert any("opens with an opinion label" in cue for cue in kind.cues)
    # the same words later on the line are no label
    assert kind_of("Critics gathered for the film review season" + REVIEW_BODY).kind == kinds.NEWS


def test_kinds_reads_the_opinion_labels_of_the_provenance_table():
    from xlplugin import furniture

    table = furniture.sections()
    assert set(kinds._opinion_labels()) == set(table["opinion_label_starts"] + table["opinion_label_colon_starts"])


RELEASE = """Embargoed until 00:01 GMT Thursday 12 March

Marsh frogs return to a restored wetland

Researchers at the University of Eastfold have found that marsh frogs have returned to a restored wetland for
the first time in forty years. The team surveyed the site every spring for six years after ditches were blocked.
Dr Ana Pires, who led the study, said the return was faster than expected.

Notes to editors
1. The study was funded by the regional water board.

For interviews contact the press office on 01234 567890.
"""


def test_release_furniture_makes_a_press_release():
    kind = kind_of(RELEASE, url="https://www.eastfold.ac.uk/news/marsh-frogs")
    assert kind.kind == kinds.PRESS_RELEASE
    cues = " ".join(kind.cues)
    assert "an embargo line" in cues and "notes to editors" in cues and "a press office's contact" in cues


def test_a_press_office_author_is_the_publisher_speaking():
    for author in ("University of Eastfold Press Office", "Press Office, University of Eastfold",
                   "University of Eastfold Communications"):
        doc = prepare("The university opened a new library on Monday.", author=author, outlet="University of Eastfold")
        assert kinds._self_published(doc, kinds._Facts(doc, kinds.rules())), author
    # a news outlet's news desk is its reporters
    doc = prepare("The council met on Monday.", author="Harbour Post News Desk", outlet="Harbour Post")
    assert kinds._self_published(doc, kinds._Facts(doc, kinds.rules())) is None


NOTICE = """Planning application 31/00412/FUL

Site: Land behind 14 Mill Lane, Ashcombe
Proposal: A two-storey house with parking
Applicant: Mr and Mrs Hallam
Case officer: Priya Natt
Comments by: 28 June 2031
Decision date: 29 July 2031

The plans may be inspected online or at the council offices. Anyone wishing to comment should write to the
planning department, quoting the reference number, before the closing date.
"""


def test_an_official_notice_is_not_an_article():
    kind = kind_of(NOTICE)
    assert kind.kind == kinds.NOT_ARTICLE
    assert any("official notice or form" in cue for cue in kind.cues)


def clickbait(text: str, **meta: str) -> list[str]:
    result = xlplugin.score_text(text, **meta).as_dict()
    return [e["detail"] for e in result["signals"]["provenance"]["evidence"] if "clickbait" in e["detail"]
            or "capitals" in e["detail"] or "\u201c" in e["detail"]]


BODY = ("Eating late has been linked to poor sleep by several studies, and some foods are worse than others. "
        "Nutritionists most often tell people to avoid spicy curries and coffee in the evening.")


def test_one_shouted_english_word_in_a_title_case_headline_is_clickbait():
    assert clickbait(BODY, title="10 Foods That Doctors Say You Should NEVER Eat After 6pm")
    # an acronym is not shouting
    assert not clickbait(BODY, title="NASA Picks Four Foods For The Lunar Crew")


def test_the_first_line_is_read_besides_the_given_title():
    text = "You won\u2019t believe number 7\n\n" + BODY
    found = clickbait(text, title="Ten foods to skip in the evening")
    assert found and "you won't believe" in found[0]


def test_a_news_editors_note_and_a_rubric_are_neither_release_nor_clickbait():
    report = ("The council met on Monday and approved the budget, the mayor said.\n\nEditor's note: an earlier "
              "version of this story gave the wrong date for the vote.")
    assert kind_of(report).kind == kinds.NEWS
    assert not clickbait(BODY, title="WATCH: The mayor explains the budget vote")
    assert not clickbait(BODY, title="THE MAYOR EXPLAINS THE BUDGET VOTE")

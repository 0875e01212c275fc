"""(kinds47) German compounds name a blog as the English word does.

A title, a site's name or an address folder that calls the page a blog in a German compound, as its head
("Reiseblog", "Wissenschaftsblogs", "/reiseblog/") or as its first part ("Blogbeitrag", "Blogeintrag"), counts
for opinion or analysis as "Blog" alone does (kinds.txt, 1). Guards (they pass on main too): "Bloggerin" and
"bloggen" (a person, the act), "Backlog", and a news site's live ticker ("Liveblog", "Newsblog", "/liveblog/").
"""

from __future__ import annotations

import pytest
from kinds_helpers import kind_of as _kind

OPINION = "opinion or analysis"

_BODY = (
    "Tomaten aus dem Hochbeet\n\n"
    "Die Tomaten im Hochbeet sind in diesem Sommer früh reif geworden. Die Sorte stammt aus Apulien und verträgt "
    "Hitze gut. Gegossen wird morgens, bevor die Sonne über die Hecke steigt.\n\n"
    "Im Juli kamen die ersten Früchte, im August so viele, dass die Nachbarn mitessen durften. Die Samen werden "
    "getrocknet und im nächsten Frühjahr wieder ausgesät.\n")


def _opinion_weight(**meta: str) -> float:
    return dict(_kind(_BODY, **meta).scores)[OPINION]


def _blog_weight(**meta: str) -> float:
    """The opinion weight the metadata `meta` adds over the same page with a plain title."""
    plain = {key: ("https://garten.example/tomaten/hochbeet" if key == "url" else "Tomaten") for key in meta}
    return _opinion_weight(**meta) - _opinion_weight(**plain)


@pytest.mark.parametrize("meta", [
    {"title": "Reiseblog: Tomaten in Apulien"},
    {"title": "Blogbeitrag: Tomaten aus dem Hochbeet"},
    {"title": "Mein Blogeintrag vom Montag"},
    {"outlet": "Wissenschaftsblogs"},
    {"outlet": "Gartenblog Grünzeug"},
    {"url": "https://garten.example/reiseblog/tomaten"},
], ids=["title-head", "title-beitrag", "title-eintrag", "outlet-plural", "outlet-head", "url-folder"])
def test_a_german_blog_compound_counts_as_blog_does(meta):
    assert _blog_weight(**meta) == _blog_weight(title="Blog: Tomaten") == 1.0


@pytest.mark.parametrize("meta", [
    {"title": "Bloggerin verklagt Verlag"},
    {"title": "Bloggen lernen in zehn Schritten"},
    {"title": "Backlog im Bauamt wächst"},
    {"title": "Newsblog zum Streik"},
    {"url": "https://garten.example/liveblog/wahl"},
    {"outlet": "Tickerblog Nord"},
], ids=["bloggerin", "bloggen", "backlog", "newsblog", "liveblog-url", "tickerblog"])
def test_no_blog_is_read_in_a_person_an_act_or_a_live_ticker(meta):
    """Guards: these passed before the change too."""
    assert _blog_weight(**meta) == 0.0

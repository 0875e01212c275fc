"""A page written for search engines is not an article (advert30, fresh29 defect 10: an SEO page's keyword stuffing was
invisible): a sign of writing for search ("In this article we will", "this complete guide", "near me" three times) and
one phrase of three content words stuffed in (xlplugin.search_pages). Near misses: a plain explainer that announces
itself, a report that repeats a name, a guide that repeats a phrase with no sign. Every text here is written for it.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, prepare, score_text
from xlplugin.cells import unscored_why  # (status45: the whole reason is the Why; the Status says its head)


def _kind(text: str) -> kinds.Kind:
    return kinds.classify(prepare(text))


def _farm(service: str, opening: str) -> str:
    return (f"Best {service.title()} Services: Costs and Tips\n\n"
            f"{opening} everything about {service} services, {service} services costs and how to choose "
            f"{service} services you can trust.\n\n"
            f"{service.capitalize()} services help homeowners keep their property safe. Good {service} services "
            "save money over time. Many families use them every year because problems get worse when left alone.\n\n"
            f"The price of {service} services depends on the size of the job. Cheap {service} services may cut "
            "corners, so compare quotes from three firms and ask what is included before you agree.\n\n"
            f"To sum up, {service} services are worth paying for. Contact a trusted firm today and ask for a free "
            "quote for the work your home needs this year.\n")


@pytest.mark.parametrize("service", ["chimney sweep", "window cleaning", "pest control"])
@pytest.mark.parametrize("opening", ["In this article we will explain", "This complete guide covers"])
def test_a_content_farms_page_is_not_an_article_and_the_status_says_why(service, opening):
    text = _farm(service, opening)
    kind = _kind(text)
    assert kind.kind == kinds.NOT_ARTICLE, kind
    result = score_text(text)
    assert result.reliability is None
    assert "a page written for search engines" in unscored_why(result), unscored_why(result)


def test_the_same_page_without_its_stuffed_phrase_is_no_search_page():
    text = _farm("chimney sweep", "In this article we will explain").replace("chimney sweep services", "this work")
    assert not any("search engines" in cue for cue in _kind(text).cues)


_NEAR_MISSES = [
    # an explainer that announces itself, with no phrase repeated
    ("How the new council tax bands work\n\nIn this article we will explain what the revaluation means for households "
     "in the county. The council has moved 12,000 homes into new bands after the first valuation since 1991.\n\n"
     "Most homes stay in the same band, the valuation office said. About one in six moves up, and one in twelve moves "
     "down. Bills for the bands that rise will go up in stages over three years.\n\nResidents who think their band is "
     "wrong can appeal within six months. The valuation office said appeals were free and took about eight weeks. "
     "Citizens Advice said people on low incomes should check whether they qualify for a reduction as well.\n"),
    # a report that repeats a name and an office many times, with no sign of writing for search
    ("Prime Minister Ana Reyes said on Monday that the budget would be balanced by 2028. Prime Minister Ana Reyes told "
     "parliament that spending on roads would rise. Opposition leader Tom Hale said Prime Minister Ana Reyes had made "
     "the same promise last year. Prime Minister Ana Reyes replied that the economy had changed since then. Analysts "
     "at the Fiscal Council said Prime Minister Ana Reyes would need to cut spending elsewhere to meet the goal, and "
     "that the plan relied on growth of two per cent a year. The budget vote is on Thursday.\n"),
    # a guide that repeats a phrase but has no sign of writing for search
    ("Heat pump grants explained\n\nHeat pump grants cover up to 7,500 pounds of the cost. Heat pump grants are paid "
     "to the installer, not the household. To get heat pump grants you need an energy certificate with no "
     "outstanding advice on loft insulation. Heat pump grants are open until 2028, the government said. Installers "
     "say demand for heat pump grants has doubled this year, and waiting times have grown to three months in some "
     "areas. Households in flats can apply for heat pump grants too if the building allows it.\n"),
]


@pytest.mark.parametrize("text", _NEAR_MISSES)
def test_explainers_reports_and_guides_are_no_search_page(text):
    kind = _kind(text)
    assert not any("search engines" in cue for cue in kind.cues), kind
    assert kind.kind != kinds.NOT_ARTICLE, kind

"""Forecasts as check-worthy claims (texts written for these tests): "will" with an amount and a
verb of change or consequence is a prediction a reader can check; a plan or a wish with an
amount ("we can double the budget", "I want to raise 2 million") stays one."""

from __future__ import annotations

import pytest

from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _reasons(text: str) -> list[str]:
    doc = prepare(text)
    return unsourced_claims.check_worthy_reasons(doc, doc.sentences[0])


@pytest.mark.parametrize("text", [
    "Rents will double within a year and hundreds of tenants will be forced out.",
    "Bus fares are going to rise by 30% before the winter.",
    "Thousands of fishermen will be displaced when the new quay opens.",
])
def test_forecast_with_an_amount_is_check_worthy(text: str) -> None:
    reasons = _reasons(text)
    assert any(r.startswith("prediction") for r in reasons), reasons


@pytest.mark.parametrize("text", [
    "We want to double the budget for the harbour.",
    "We can double the grant for small shops next year.",
    "Our towns will be better places to live.",
])
def test_plan_or_forecast_without_amount_is_not(text: str) -> None:
    assert _reasons(text) == []


def test_blog_style_forecast_is_counted_and_unsourced() -> None:
    text = "Mark my words. Rents will double within a year and hundreds of tenants will be forced out."
    sig = unsourced_claims.score(prepare(text), Settings())
    assert sig.details["check_worthy"] == 1 and sig.value == 1.0

"""(claims52) A plug for a social account with no handle, that names a platform after "on"
("Follow Jane Lee on Twitter for updates", claim_lines "call to action", attribution.txt
[platform_words]) is page furniture, no check-worthy claim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_verdicts
from xlplugin import claim_lines


@pytest.mark.parametrize("text", [
    "Follow Jane Lee on Twitter for updates from the 2024 campaign.",
    "Follow us on Facebook for the results of all 12 races.",
    "Follow Ann Lee on Instagram and TikTok for news of the 3 new stores.",
])
def test_plug_without_handle_is_no_claim(text):
    assert claim_verdicts(text) == {}
    assert claim_lines.page_furniture(text, text) == "call to action"


@pytest.mark.parametrize("text", [
    # guards: no plug phrase first, or no platform named
    "Investors should follow Tesla on the stock market closely as it lost 10 per cent.",
    "Follow the money: the council spent 4 million pounds on the scheme in 2023.",
])
def test_near_cases_stay_claims(text):
    assert claim_verdicts(text) != {}
    assert claim_lines.page_furniture(text, text) == ""


def test_plug_with_handle_keeps_its_rule():
    # guard (claims51)
    text = "Follow @harbourlive on Twitter for the latest 5 updates."
    assert claim_lines.page_furniture(text, text) == "call to action"

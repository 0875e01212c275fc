"""(lead, session 41) A web address over 2,000 characters in an article is an address, not encoded
data (refused_texts._address); minified JSON that holds addresses stays data. Texts written here."""

from __future__ import annotations

import json

from xlplugin.refused_texts import data_refusal

PROSE = " ".join(f"The ferry to the island ran {n} times last week, the harbour office said on Monday." for n in range(12))


def test_an_article_with_a_long_pasted_address_is_not_data() -> None:
    address = "https://example.org/" + "-".join(f"part{n}" for n in range(400))
    assert len(address) > 2000
    assert data_refusal(f"A reader sent this link: {address} and asked about it. {PROSE}") is None


def test_minified_json_holding_addresses_is_still_data() -> None:
    records = [{"url": f"https://example.org/story/{n}", "views": n * 7} for n in range(200)]
    assert data_refusal(json.dumps(records, separators=(",", ":"))) is not None

"""(credit16) A paywall's teaser saved as plain text is flagged as the saved HTML page's is: "only
a teaser of a paywalled article was saved": the kind stays (kinds19's flag, page_hints.index_withheld),
no index."""

from __future__ import annotations

import dataclasses

import pytest

from xlplugin import engine
from xlplugin.inputs import read_file
from xlplugin.page_hints import index_withheld

OPENING = ("Ferry fares to rise in spring\n\n"
           "The harbour board will raise ferry fares by a tenth from April, its chair told members on Tuesday. "
           "Monthly passes are spared until the summer.\n\n")


@pytest.mark.parametrize("prompt", [
    "This article is for subscribers only. Subscribe now to keep reading.",
    "Subscribe now to continue reading.",
    "Already a subscriber? Log in here.",
    "You have reached your limit of free articles this month.",
])
def test_a_plain_text_teaser_is_flagged(tmp_path, prompt):
    path = tmp_path / "teaser.txt"
    path.write_text(OPENING + prompt + "\n", encoding="utf-8")
    read = read_file(path)
    assert index_withheld(read.page_type) == "only a teaser of a paywalled article was saved"
    assert "words were saved before the site asks readers to subscribe" in read.note
    [result] = list(engine.score_many([read]))
    assert result.reliability is None
    assert "only a teaser of a paywalled article was saved" in result.note
    [plain] = list(engine.score_many([dataclasses.replace(read, page_type="")]))
    assert result.kind == plain.kind != "not an article"  # the flag keeps the kind


@pytest.mark.parametrize("text", [
    OPENING,  # short, no prompt
    OPENING + "Members said the board should ask subscribers to keep reading the notices.\n",  # words in prose
    OPENING + ("The board said the rise pays for the new pier and two more crossings a day. " * 30)
    + "\nSubscribe now to keep reading our harbour coverage.\n",  # a whole article with a prompt at its foot
])
def test_a_short_text_or_a_full_article_is_no_teaser(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    read = read_file(path)
    assert read.page_type == ""
    assert "subscribe" not in read.note

"""(web39b) A line that opens with a csh or zsh prompt ("% virtualenv -p python3 env") in a
programming post is a command, code, not prose, as a "$" prompt already was: its numbers are no
claims and its words no sentences of the author's. A table's "% of adults" line and a sentence
stay prose. Fixtures written for this test."""

from __future__ import annotations

import pytest

from xlplugin import prose
from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

POST = ("Setting up a clean environment takes two minutes, and it saves hours of confusion later on.\n\n"
        "First create the environment with the interpreter you want to use:\n\n"
        "{line}\n\n"
        "That is all the setup there is, and the tests should now pass on any machine you try.\n")


def _code_lines(line: str) -> list[str]:
    text = POST.format(line=line)
    doc = prepare(text)
    return [doc.text[s:e].strip() for s, e, why in prose.not_prose_spans(doc) if why == "code"]


@pytest.mark.parametrize("line", [
    "% virtualenv -p python3.12 env2024",
    "% pip install requests==2.31 flask==3.0 rich",
    "% python3 -m pytest -q",
])
def test_a_percent_prompt_is_code(line):
    assert line in _code_lines(line)


def test_a_percent_prompt_is_no_claim():
    text = POST.format(line="% virtualenv -p python3.12 env2024")
    sig = unsourced_claims.score(prepare(text), Settings())
    assert not any("virtualenv" in e.text for e in sig.evidence)


@pytest.mark.parametrize("line", [
    "% of adults who smoke fell to 12 in 2024",  # a table's row label, not a command
    "% change on the year 4.5",
    "% pip install it and you are done, which takes 3 minutes in 2024.",  # a sentence
])
def test_percent_lines_that_are_not_commands(line):
    assert line not in _code_lines(line)


def test_a_dollar_prompt_stays_code():
    assert "$ pip install requests==2.31" in _code_lines("$ pip install requests==2.31")

"""(loaded30) An outlet's appeal for support at the end of a piece is the site's box, like a
newsletter prompt (xlplugin.promo_boxes, [box_support_prompts] of prose.txt): its "we", "our",
question and loaded words are not the author's. The same words higher up in the piece, and an
argued ending without a prompt, stay the author's. Fixtures are written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = ("The library in Fenby will close for three weeks in August while its roof is replaced, the "
        "county council said on Thursday. Books can be returned at the town hall, librarian Hana "
        "Moss said. The mobile library will visit the market square on Tuesdays.\n\n")


def _author(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.kind for e in sig.evidence if e.kind != "reader address"]


@pytest.mark.parametrize("appeal", [
    "Do you love what we're doing? Then kick in to our war chest and keep us fighting.\n",
    "Join our group on Facebook and share our stories with your friends.\n",
    "Support our journalism: every pound keeps our reporters at council meetings.\n",
    "If you value our reporting, become a member today. We can't do this without you!\n",
    "Like what we do?\nChip in to our fund. We are funded by readers like you.\n",
])
def test_a_closing_appeal_is_the_sites_box(appeal):
    assert _author(BODY + appeal) == []


@pytest.mark.parametrize("text", [
    # the prompt's words high up in the piece, with prose after them: the author's
    "Support us or they win! We must stand up to this council.\n\n" + BODY
    + "The works start on 4 August.\n\nThe council has set aside 90,000 pounds for them.\n\n"
    + "A second branch in Harlow will stay open.\n",
    # an argued ending without a prompt
    BODY + "We deserve better than this! Why do we always pay for their mistakes?\n",
])
def test_the_authors_voice_still_counts(text):
    assert _author(text) != []

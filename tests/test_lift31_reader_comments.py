"""(lift31) Readers' words that a page prints as a list, not the writer's
(xlplugin/reader_letters.py `comment_lines`): a compilation of readers' short comments under its
invitation to send them ("E-mail comments, 40 words or fewer, to ..."), and the comments under a
page's comment section head ("Please sign in to comment", then "Oldest First"). Their loaded
words, "I", "!" and questions are the readers'. Fixtures are the project's own."""

from __future__ import annotations

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

COMMENTS = [
    "The new bus lanes are a disgrace and the council are clueless idiots. Scrap them now!",
    "Why does nobody fix the potholes on Mill Road? Pathetic.",
    "I am sick of this corrupt, arrogant council wasting our money!",
    "Thank you to the volunteers who cleaned the park on Saturday.",
    "The library cuts are an outrageous betrayal of every family in town!",
    "Bring back the Sunday market. It was the best thing about this place.",
]
REPORT = ("The county council approved the new bus lanes on Tuesday after a two-hour debate. The "
          "transport officer said work would start in March and take about six weeks, with "
          "diversions signed on the ring road. The scheme cost 2.4 million pounds, most of it from "
          "a government grant, according to the council's report.")


def _score(text: str):
    return loaded_language.score(prepare(text), Settings())


@pytest.mark.parametrize("invitation", [
    "E-mail comments, 40 words or fewer, to speakout@valleyherald.example",
    "Text your views in 50 words or less to 07700 900123.",
    "Send your comments (no more than 60 words) to yoursay@coastpost.example",
])
def test_a_compilation_of_reader_comments_under_its_invitation_is_the_readers(invitation):
    text = invitation + "\n\n" + "\n\n".join(COMMENTS)
    sig = _score(text)
    assert sig.details["author_terms"] == 0
    assert sig.details["exclamation"] == 0
    assert sig.details["first_person_per_1000_words"] == 0
    assert sig.details["question_share"] == 0


def test_an_invitation_printed_at_the_foot_covers_the_comments_above_it():
    text = "\n\n".join(COMMENTS) + "\n\nE-mail your comments, 40 words or fewer, to speakout@valleyherald.example"
    assert _score(text).details["author_terms"] == 0


@pytest.mark.parametrize("head", [
    "Please sign in with your Herald account to comment on this story.\n\nOldest First",
    "32 Comments\n\nSort by: Newest",
    "Comments\n\nNewest first",
])
def test_comments_under_a_comment_section_head_are_the_readers(head):
    text = REPORT + "\n\n" + head + "\n\n" + "\n\n".join(COMMENTS)
    sig = _score(text)
    assert sig.details["author_terms"] == 0
    assert sig.details["exclamation"] == 0


# Near-misses: the writer's own charged words stay the writer's.
COLUMN = [
    "This council is a disgrace and its leaders are clueless idiots.",
    "I am sick of this corrupt, arrogant council wasting our money!",
    "The library cuts are an outrageous betrayal of every family in town!",
    "Why does nobody stop them? Pathetic.",
    "Enough is enough. Vote them out in May.",
]


@pytest.mark.parametrize("line", [
    "Email the writer at jo.mason@valleyherald.example",
    "Send your comments to jo.mason@valleyherald.example",  # no limit: a columnist's address
    "Our columnist writes 800 words or fewer each week.",  # a limit, no address, no invitation
])
def test_a_columnists_contact_line_leaves_the_column_the_writers(line):
    text = line + "\n\n" + "\n\n".join(COLUMN)
    sig = _score(text)
    assert sig.details["author_terms"] >= 6


def test_a_sort_control_without_comments_heads_no_comments():
    # an author's page of stories sorted by date, then the writer's own words
    text = "Jo Mason\n\nReporter\n\nSort: Newest Oldest Most Read\n\n" + "\n\n".join(COLUMN)
    assert _score(text).details["author_terms"] >= 6


def test_a_report_that_mentions_comments_keeps_its_words():
    text = ("Residents left hundreds of comments on the plan.\n\n" + "\n\n".join(COLUMN))
    assert _score(text).details["author_terms"] >= 6

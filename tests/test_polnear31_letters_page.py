"""(polnear31) A newspaper's letters page is its letter writers' words (xlplugin/reader_letters.py
`page_letters`): under a heading line ("Letters", "Letters to the editor", "LETTERS."), each letter
signed on a line of its own after its last paragraph, by a name (with or without its town, with or
without a full stop) or by an account, is its writer's: their loaded words, "I", "!" and
questions are counted as quoted, not against the page. Fixtures are the project's own."""

from __future__ import annotations

import pytest

from xlplugin import reader_letters
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LETTERS = [
    ("The council's plan to send lorries past the primary school is a disgrace. I have watched "
     "this town's leaders ignore us for years! Who on earth signed this off?"),
    ("Our street already shakes every time a bus goes past. This outrageous scheme will make it "
     "worse, and I am sick of being told it is progress."),
    ("I drive a lorry for a living and I welcome the bypass. The town centre is a nightmare at "
     "rush hour and the councillors who oppose it are clueless."),
]
SIGNATURES = [
    ["Marion Tebbit", "Harwick"],  # the name, then the town on its own line
    ["Dev Patel, Lower Stow"],  # the name and the town on one line
    ["Ruth Okafor."],  # the name alone, with a full stop
]


def _score(text: str):
    return loaded_language.score(prepare(text), Settings())


def _page(heading: str, signatures=SIGNATURES) -> str:
    parts = [heading]
    for letter, signature in zip(LETTERS, signatures):
        parts += [letter] + signature
    return "\n\n".join(parts)


@pytest.mark.parametrize("heading", ["Letters", "Letters to the editor", "LETTERS.", "Your letters:"])
def test_signed_letters_under_a_letters_heading_are_their_writers(heading):
    sig = _score(_page(heading))
    assert sig.details["author_terms"] == 0
    assert sig.details["first_person_per_1000_words"] == 0
    assert sig.details["question_share"] == 0
    assert sig.details["quoted"] >= 4  # disgrace, outrageous, clueless, the "!" ...
    assert sig.score == 1.0


def test_the_heading_may_stand_under_the_headline():
    text = "Readers weigh in on the bypass\n\n" + _page("Letters")
    assert _score(text).details["author_terms"] == 0


def test_readers_posts_signed_by_their_accounts_are_theirs_too():
    posts = ("The mayor is a total joke and everyone in this town knows it!", "@harbour_watcher",
             "Why are we paying for a bridge nobody asked for? Ridiculous.", "@mill_road_mum.")
    text = "\n\n".join(["Letters", LETTERS[0], "Marion Tebbit", "Harwick", "ONLINE", *posts])
    sig = _score(text)
    assert sig.details["author_terms"] == 0
    assert sig.details["question_share"] == 0


def test_each_letter_is_one_span_up_to_its_signature():
    doc = prepare(_page("Letters"))
    spans = reader_letters.page_letters(doc)
    assert len(spans) == 3
    for (start, end), letter in zip(spans, LETTERS):
        assert doc.text[start:end].strip() == letter


# Near misses: the page's own words stay the page's.

def test_no_letters_heading_no_letters():
    # the same paragraphs and name lines, but no heading: a text signed by its writer, whose
    # words are the writer's own (a column, a blog post)
    text = "\n\n".join(part for letter, sig in zip(LETTERS, SIGNATURES) for part in [letter] + sig)
    assert reader_letters.page_letters(prepare(text)) == []
    sig = _score(text)
    assert sig.details["author_terms"] >= 3
    assert sig.details["first_person_per_1000_words"] > 0


def test_a_letters_heading_without_signatures_marks_nothing():
    text = "Letters\n\n" + "\n\n".join(LETTERS)
    assert reader_letters.page_letters(prepare(text)) == []
    assert _score(text).details["author_terms"] >= 3


def test_a_report_about_letters_is_no_letters_page():
    # "letters" in the story's words and a person's name on its own line (a caption) further down
    text = ("Parents sent angry letters to the school\n\n"
            "More than 200 parents have written to Harwick Primary School about the new uniform "
            "rules, the head teacher said on Monday. It is an outrageous row for a small village school.\n\n"
            "Amanda Cole\n\n"
            "The head teacher, Amanda Cole, said the rules would be reviewed in the spring term.")
    assert reader_letters.page_letters(prepare(text)) == []
    assert _score(text).details["author_terms"] >= 1


def test_words_after_the_last_signature_stay_the_pages():
    text = _page("Letters") + ("\n\nEditor's note: this week's postbag was dominated by the bypass, an "
                               "outrageous waste of paper.")
    sig = _score(text)
    assert sig.details["author_terms"] == 1  # the note's "outrageous"

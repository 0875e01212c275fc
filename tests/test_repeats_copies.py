"""The copy exception of the repeated-paragraph rule (`xlplugin.repeats.is_copy`): a document is a
copy when its story recurs, not when one standard paragraph outweighs a short item; and a copy
that keeps a paragraph other documents left out says so in its note."""

from __future__ import annotations

import xlplugin
from xlplugin import repeat_keys, repeats
from xlplugin.engine import DocumentInput

NOTE = ("Editor's note: the Riverside Ledger corrects its errors promptly; write to the desk if you "
        "spot one in this story or any other.")
STORIES = [
    ("The county library will stay open until nine on weekdays from next month, its director said, "
     "after a survey of readers asked for later hours.\n\nThe change costs about 40,000 dollars a year, "
     "paid from the reserve fund, and adds two part-time posts."),
    ("A footbridge over the canal closed on Tuesday for repairs to its railings, which engineers found "
     "had rusted through in two places.\n\nWalkers are sent round by the lock gates until the work ends "
     "in about three weeks, the council said."),
    ("The ferry company added an early sailing on Saturdays, saying the first boat had been full most "
     "weekends since the spring.\n\nTickets for the new crossing go on sale this Friday at the usual "
     "price."),
]
SHORT_ITEM = "Road closure: Mill Lane shuts from 8 a.m. to noon on Sunday for resurfacing; buses run by the High Street."


def _keys(texts, outlet="Riverside Ledger"):
    return repeats.repeated_paragraphs((text, outlet, "") for text in texts)


def _same_both_halves(texts, outlet="Riverside Ledger"):
    items = [(text, outlet, "") for text in texts]
    assert repeat_keys.furniture([repeat_keys.keyed(*item) for item in items]) == repeats.repeated_paragraphs(items)


def test_a_short_item_under_the_outlets_note_has_the_note_left_out():
    # the note is longer than the item, but one standard paragraph does not make the item a copy
    assert len(NOTE) > len(SHORT_ITEM)
    texts = [story + "\n\n" + NOTE for story in STORIES] + [SHORT_ITEM + "\n\n" + NOTE]
    note_key = repeats.paragraph_key(NOTE)
    assert _keys(texts) == [frozenset({note_key})] * 4
    _same_both_halves(texts)


def test_a_short_item_under_two_standard_paragraphs_is_no_copy_either():
    plug = "Get the Riverside Ledger's morning briefing in your inbox: sign up on our website today."
    texts = [story + "\n\n" + NOTE + "\n\n" + plug for story in STORIES] + [SHORT_ITEM + "\n\n" + NOTE + "\n\n" + plug]
    assert _keys(texts)[-1] == frozenset({repeats.paragraph_key(NOTE), repeats.paragraph_key(plug)})


def test_a_story_filed_three_times_stays_a_copy():
    texts = [STORIES[0] + "\n\n" + NOTE] * 3
    assert _keys(texts) == [frozenset()] * 3
    _same_both_halves(texts)


def test_a_one_paragraph_item_filed_three_times_is_not_left_out_whole():
    assert _keys([SHORT_ITEM] * 3) == [frozenset()] * 3
    assert _keys([SHORT_ITEM + "\n\nShare."] * 3) == [frozenset()] * 3


def test_a_reprinted_wire_story_sharing_most_paragraphs_is_a_copy():
    wire = [f"Wire paragraph {word}: the regional grid operator reported a record demand for power during "
            f"the cold snap, and asked households to cut use in the evening." for word in ("one", "two", "three", "four")]
    original = "\n\n".join(wire)
    reprints = ["\n\n".join(wire[:3] + [f"Local angle: in {town} the council opened two warm rooms for residents "
                                        "who cannot heat their homes."]) for town in ("Ashby", "Brill")]
    assert _keys([original] + reprints) == [frozenset()] * 3


def test_a_copy_that_keeps_a_paragraph_others_left_out_says_so():
    filed_again = STORIES[2] + "\n\n" + NOTE
    texts = [STORIES[0] + "\n\n" + NOTE, STORIES[1] + "\n\n" + NOTE, SHORT_ITEM + "\n\n" + NOTE] + [filed_again] * 3
    keys = _keys(texts)
    assert keys[:3] == [frozenset({repeats.paragraph_key(NOTE)})] * 3
    assert keys[3:] == [frozenset({repeats.COPY_MARK + repeats.paragraph_key(NOTE)})] * 3
    _same_both_halves(texts)
    docs = [DocumentInput(text, str(n), outlet="Riverside Ledger") for n, text in enumerate(texts)]
    results = list(xlplugin.score_many(docs, workers=1))
    assert all(r.note.startswith(f"{len(NOTE)} characters not scored") for r in results[:3])
    for result in results[3:]:
        assert result.note == ("a paragraph repeated in at least 3 documents of Riverside Ledger in this batch was "
                               "scored here: most of this text recurs in the batch (a copy)")
        assert not any(e.kind == "repeated paragraph" for s in result.signals.values() for e in s.evidence)
    # scored as the copy alone scores it, bar the note
    alone = xlplugin.score_text(filed_again, outlet="Riverside Ledger")
    assert results[3].reliability == alone.reliability

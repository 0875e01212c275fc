"""Copies across rows (xlplugin.copies): what a reader must be able to trust in the Copies column.

Texts here are made of numbered nonsense words, so that two texts share a run of words only
where a test puts it there, and the expected shares follow from counting shingles by hand.
"""

from __future__ import annotations

import random

import pytest

from xlplugin.copies import (
    PASSAGE_WORDS,
    REPRINT_KIND,
    SAME_STORY,
    SHARED_PASSAGE_KIND,
    SHINGLE,
    WINDOW,
    CopyDoc,
    copies_text,
    evidence_items,
    find_copies,
)


def words(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [f"w{rng.randrange(10**9)}" for _ in range(n)]


def text(ws: list[str]) -> str:
    return " ".join(ws)


def name(i: int) -> str:
    return f"row {i + 2}"


def test_unrelated_texts_share_nothing():
    reports = find_copies([CopyDoc(text(words(s, 300))) for s in range(20)])
    assert all(not r.matches and not r.uncredited for r in reports)
    assert copies_text(reports[0], name) == ""


def test_a_reprint_with_a_new_headline_is_the_same_story_with_an_exact_share():
    body = words(1, 200)
    headline = words(2, 10)
    original, copy = text(body), text(headline + body)
    reports = find_copies([CopyDoc(original), CopyDoc(copy)])
    to_original = reports[1].matches[0]
    # The copy has 210 words, so 206 shingles; the 196 shingles of the body are in the original
    # (the 4 that straddle headline and body are not, nor the 6 of the headline alone).
    assert to_original.other == 0
    assert to_original.share == pytest.approx(196 / 206, abs=1e-4)
    assert reports[0].matches[0].share == pytest.approx(1.0)  # all of the original is in the copy
    assert to_original.words == 200  # the whole body, word for word
    assert copy[to_original.start:to_original.end] == original
    assert copies_text(reports[1], name) == "same story as row 2: 95% of this text is in it; no credit to row 2"


def test_a_shared_passage_is_found_and_pointed_at():
    passage = words(3, 40)
    a = text(words(4, 150) + passage + words(5, 150))
    b = text(words(6, 300) + passage)
    reports = find_copies([CopyDoc(a), CopyDoc(b)])
    match = reports[0].matches[0]
    assert not match.same_story
    assert match.words == 40
    assert a[match.start:match.end] == text(passage)
    assert copies_text(reports[0], name).startswith("shares a passage with row 3: 40 words in a row")
    kinds = [item[1] for item in evidence_items(reports[0], a, name)]
    assert kinds == [SHARED_PASSAGE_KIND]


@pytest.mark.parametrize("seed", range(12))
def test_winnowing_guarantee_any_passage_of_window_plus_shingle_minus_one_words_is_a_candidate(seed):
    """Winnowing's guarantee (Schleimer et al. 2003): a shared run of WINDOW + SHINGLE - 1 words
    gives both texts a common fingerprint. A passage of PASSAGE_WORDS words (>= that length)
    holds several disjoint such runs, so it is always a candidate and always reported."""
    assert PASSAGE_WORDS >= 2 * (WINDOW + SHINGLE - 1)
    passage = words(100 + seed, PASSAGE_WORDS)
    a = text(words(200 + seed, 250) + passage + words(300 + seed, 250))
    b = text(words(400 + seed, 400) + passage + words(500 + seed, 10))
    reports = find_copies([CopyDoc(a), CopyDoc(b)])
    assert [m.words for m in reports[0].matches] == [PASSAGE_WORDS]


def test_a_passage_shorter_than_the_threshold_is_not_reported():
    passage = words(7, PASSAGE_WORDS - 5)
    a = text(words(8, 300) + passage + words(9, 300))
    b = text(words(10, 300) + passage + words(11, 300))
    reports = find_copies([CopyDoc(a), CopyDoc(b)])
    assert not reports[0].matches


def test_boilerplate_shared_by_many_documents_is_not_a_copy():
    footer = words(12, 60)  # a disclaimer under every one of 60 documents
    docs = [CopyDoc(text(words(1000 + i, 300) + footer)) for i in range(60)]
    reports = find_copies(docs)
    assert all(not r.matches for r in reports)


def test_a_later_copy_with_no_credit_is_flagged_and_a_credited_one_is_not():
    body = words(13, 200)
    original = CopyDoc(text(body), outlet="Harbour Wire", url="https://harbourwire.example/a", date="2026-03-04")
    uncredited = CopyDoc(text(words(14, 8) + body), date="2026-03-05")
    credited_by_name = CopyDoc(text(body) + " Harbour Wire", date="2026-03-05")
    credited_by_site = CopyDoc(text(body) + " harbourwire.example", date="2026-03-05")
    credited_by_line = CopyDoc("Originally published by another site. " + text(body), date="2026-03-05")
    reports = find_copies([original, uncredited, credited_by_name, credited_by_site, credited_by_line])
    assert reports[1].uncredited == ((0, "published after it (2026-03-05, and 2026-03-04)"),)
    assert all(r.uncredited == () for r in reports[2:])
    assert reports[0].uncredited == ()  # dated before all its copies: it reprints nobody
    cue = [item for item in evidence_items(reports[1], uncredited.text, name) if item[1] == REPRINT_KIND][0]
    assert cue[0] == "provenance" and "not counted in the score" in cue[5]


def test_only_the_earliest_dated_version_is_named_as_the_original():
    body = words(15, 200)
    first = CopyDoc(text(body), date="2026-03-01")
    second = CopyDoc(text(body + words(16, 5)), date="2026-03-04")
    third = CopyDoc(text(words(17, 5) + body), date="2026-03-05")
    reports = find_copies([first, second, third])
    assert [other for other, _ in reports[2].uncredited] == [0]
    assert [other for other, _ in reports[1].uncredited] == [0]
    assert reports[0].uncredited == ()


def test_without_dates_both_are_flagged_and_the_order_is_said_to_be_unknown():
    body = words(18, 200)
    reports = find_copies([CopyDoc(text(body)), CopyDoc(text(words(19, 6) + body))])
    assert [other for other, _ in reports[0].uncredited] == [1]
    assert [other for other, _ in reports[1].uncredited] == [0]
    assert all("not known" in why for r in reports for _, why in r.uncredited)


def test_same_story_threshold_is_a_share_of_this_text():
    body = words(17, 120)
    longer = text(body + words(18, 120))  # half of it is the body
    reports = find_copies([CopyDoc(text(body)), CopyDoc(longer)])
    assert reports[0].matches[0].same_story  # all of the short text is in the long one
    assert reports[1].matches[0].share < SAME_STORY and not reports[1].matches[0].same_story


def test_a_footer_shared_by_many_documents_makes_no_pairs_to_check():
    """What keeps the work linear when every row carries the same text (a footer, a licence):
    a fingerprint in more than MAX_POSTING documents makes no candidate pairs (counted, not
    timed; scripts/bench.py --only copies times 5,000 and 10,000 documents)."""
    import xlplugin.copies as copies

    calls = []
    original = copies._longest_run

    def counting(*args):
        calls.append(1)
        return original(*args)

    footer = words(19, 40)
    for n in (100, 200):
        calls.clear()
        copies._longest_run = counting
        try:
            find_copies([CopyDoc(text(words(2000 + i, 100) + footer)) for i in range(n)])
        finally:
            copies._longest_run = original
        assert len(calls) == 0, n  # the shared footer made no candidate pairs


def test_a_date_in_the_first_lines_orders_copies_when_there_is_no_date_column():
    body = words(20, 200)
    original = CopyDoc("LISBON, March 4, 2026 - " + text(body))
    reprint = CopyDoc("Posted 5 March 2026\n\n" + text(body))
    reports = find_copies([original, reprint])
    assert reports[0].uncredited == ()
    assert reports[1].uncredited == ((0, "published after it (2026-03-05, and 2026-03-04)"),)


def test_a_row_that_credits_a_source_is_the_copy_not_the_original():
    body = words(21, 200)
    original = CopyDoc(text(body))
    credited = CopyDoc(text(body) + " Originally published by the wire.")
    reports = find_copies([original, credited])
    assert reports[0].uncredited == () and reports[1].uncredited == ()

"""(polnear50) Each signed letter of a newspaper's letters page is its writer's words, no
check-worthy claim of the page's writer (unsourced_claims 96), as an advice column's letter was
(advice41): a "Letters" heading over letters each signed on a line of its own ("Ann Lee." then
"Olympia, Wash."), or readers' posts signed by their accounts ("@handle."). The letters are found
by reader_letters.page_letters, which loaded language has read since polnear31; on main the
claims scorer read every letter's figures as the page's unsourced claims.

The texts are written for these tests. Fail on main: the first three; the guards pass on both.
"""

from __future__ import annotations

from xlplugin.engine import score_text

_LETTER_1 = "The council raised parking fees by 40 percent last year and closed two car parks."
_LETTER_2 = "Harbour Road has flooded three times since 2019, more than any street in town."
_POST = "The mayor won 62 percent of the vote and still ignores the east side."
_WRITERS_OWN = "The council approved the new budget of 12 million pounds on Tuesday."

_PAGE = f"""Readers weigh in on the harbour budget.

LETTERS.

{_LETTER_1} Nobody asked the people who shop here.

Marta Quill.

Eastport, Maine.

{_LETTER_2} It is time the council listened.

Daniel R. Okafor.

Westvale, Ore.

TWITTER.

We asked our followers what they thought of the budget.

{_POST}

@harbourwatcher.
"""


def _claims(text: str) -> tuple[list[str], list[str]]:
    score = score_text(text).signals["unsourced_claims"]
    evidence = [e for e in score.evidence if e.kind in ("unsourced", "sourced")]
    return [e.text for e in evidence if e.kind == "unsourced"], [e.text for e in evidence]


def test_the_signed_letters_are_no_claims_of_the_page():
    unsourced, claims = _claims(_PAGE)
    for letter in (_LETTER_1, _LETTER_2):
        assert letter not in claims


def test_a_readers_post_signed_by_its_account_is_no_claim_of_the_page():
    unsourced, claims = _claims(_PAGE)
    assert _POST not in claims


def test_the_page_has_no_unsourced_claim_left():
    assert score_text(_PAGE).signals["unsourced_claims"].details["unsourced"] == 0


# --- guards --------------------------------------------------------------------------------


def test_the_same_sentences_in_a_report_stay_claims():
    text = "Harbour budget row.\n\n" + "\n\n".join((_LETTER_1, _LETTER_2, _POST)) + "\n"
    unsourced, _ = _claims(text)
    assert {_LETTER_1, _LETTER_2, _POST} <= set(unsourced)


def test_the_writers_paragraph_after_the_last_letter_stays_a_claim():
    text = _PAGE + "\n" + _WRITERS_OWN + "\n"
    unsourced, _ = _claims(text)
    assert _WRITERS_OWN in unsourced


def test_a_letters_heading_with_no_signed_letter_leaves_the_claims():
    text = "Readers weigh in.\n\nLETTERS.\n\n" + "\n\n".join((_LETTER_1, _LETTER_2)) + "\n"
    unsourced, _ = _claims(text)
    assert {_LETTER_1, _LETTER_2} <= set(unsourced)


def test_a_report_quoting_a_resident_by_name_and_town_once_stays_claims():
    text = (f"Harbour budget row.\n\n{_LETTER_2}\n\nMarta Quill.\n\nEastport, Maine.\n\n"
            f"{_WRITERS_OWN} The vote was 7 to 2.\n")
    unsourced, _ = _claims(text)
    assert _LETTER_2 in unsourced and _WRITERS_OWN in unsourced

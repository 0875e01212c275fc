"""Review 7: prose that cites is prose (its claims stay claims, sourced by the citation), and
words whose form misleads the check-worthiness cues. Fixtures are our own words."""

from __future__ import annotations

from xlplugin.scorers import unsourced_claims as uc
from xlplugin.sentences import split_sentences
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _score(text: str):
    return uc.score(prepare(text), Settings())


def _cues(text: str) -> dict[str, str]:
    doc = prepare(text)
    return {category: word for category, word, _ in uc.sentence_cues(uc.ClaimWords(doc, doc.sentences[0]))}


def test_a_doi_in_prose_sources_its_claims_instead_of_hiding_them():
    text = ("Engineers at the Dunmore yard have cut welding time by 30 percent since 2021. A paper on "
            "the work appeared this week (doi:10.5555/sq.2024.118). The yard repaired 12 ferries in 2023.")
    got = _score(text)
    assert got.details["check_worthy"] == 3 and got.details["unsourced"] == 0, got.note
    assert "10.5555/sq.2024.118" in got.evidence[1].detail


def test_pages_in_brackets_do_not_make_prose_a_reference():
    text = ("The toll caused a 40 percent fall in lorry traffic across the bridge in 2019, "
            "which emptied the depots (see pp. 12-19).")
    assert _score(text).details["check_worthy"] == 1


def test_an_author_year_citation_is_a_source():
    got = _score("Ferry fares doubled in 2018 because the two operators merged (Okoro et al., 2020).")
    assert got.details["check_worthy"] == 1 and got.details["unsourced"] == 0


def test_a_reference_entry_is_still_no_claim():
    for line in ("Okoro, T. (2020). Ferry fares after mergers. Harbour Review 12(3), 40-52.",
                 "Okoro et al. (2020). Ferry fares after mergers. Harbour Review, pp. 40-52.",
                 "Ferry fares after mergers. Harbour Review 2020. doi:10.5555/hr.2020.4"):
        assert _score(line).details["check_worthy"] == 0, line


def test_adjectives_in_ed_are_no_past_event():
    for text, word in (("The United Sailing League named 3 towns.", "United"),
                       ("Two nuclear-armed neighbours share 40 rivers.", "nuclear-armed"),
                       ("A rules-based league holds 12 clubs.", "rules-based"),
                       ("The unencrypted drive holds 30 files.", "unencrypted"),
                       ("An excited crowd holds 40 flags.", "excited")):
        assert _cues(text).get("past event") != word, text


def test_a_capitalised_est_word_is_no_superlative():
    assert "comparison" not in _cues("The PotteryFest fair sells 300 bowls.")
    assert _cues("The greatest fair sells 300 bowls.")["comparison"] == "greatest"


def test_a_march_in_lower_case_is_no_month():
    assert "time" not in _cues("Thousands joined a march on the town hall.")
    assert _cues("Thousands joined the rally in March.")["time"] == "March"


def test_no_sentence_end_inside_a_slash_joined_name():
    text = "Analysts traced Trojan/Lockbox.B to 40 phones. It spread fast."
    spans = split_sentences(text)[1]
    assert [text[a:b] for a, b, _ in spans] == ["Analysts traced Trojan/Lockbox.B to 40 phones.", "It spread fast."]


def test_an_embedded_post_and_its_credit_line_are_no_claims():
    text = ("The ferry service carried 300 people on Monday.\n\nWhat a crossing with the crew today pic.twitter.com/Qa7Zp3Lm\n\n"
            "\u2014 Ria Falk (@riafalk) June 3, 2022\n\nLatest Posts")
    got = _score(text)
    assert got.details["check_worthy"] == 1, [e.text for e in got.evidence]


def test_press_release_legal_notes_are_no_claims():
    text = ("The name \u201cNorthtide\u201d is used in this release for convenience to refer to Northtide Group plc "
            "and its 9 subsidiaries.\n\nThis release contains forward-looking statements about sales growth "
            "of 8% in 2026, which carry risks.")
    assert _score(text).details["check_worthy"] == 0


def test_text_in_capitals_keeps_its_cues():
    assert _cues("THE BOARD APPROVED THE LARGEST BUDGET.") == {"past event": "APPROVED", "comparison": "LARGEST",
                                                            "named actor": "BOARD", "ranking": "the LARGEST"}

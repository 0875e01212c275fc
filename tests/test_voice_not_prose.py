"""The author's voice is read in the author's prose only (loaded language 24, kinds 10).

- An outlet's note repeated under each of its rows (a paragraph the batch leaves out) holds no
  first person or question of the author's, and its words do not thin the rates: the rows score
  as they do without it.
- The row's note points to the evidence; the paragraph is there even where unsourced claims
  found no check-worthy sentence.
- The kinds' first-person count leaves out a reader's question heading, as loaded language does.

Texts written for these tests."""

from __future__ import annotations

import xlplugin
from xlplugin import kinds, repeat_notes
from xlplugin.engine import DocumentInput
from xlplugin.text import prepare
from xlplugin.types import Score

NOTE = ("A word from the editors: we take no payment for what we cover, and our writers keep to our "
        "published standards, which we update each year. Can you help us stay independent?")
STORIES = [
    "The county library extended its opening hours on Saturdays from this month. The librarian said the "
    "change followed a survey of borrowers, and that two new staff had been hired to cover the extra hours.",
    "A bakery on Mill Lane has reopened after a kitchen refit that took six weeks. The owners said the new "
    "ovens use less gas, and that their prices would stay as they were until the spring at least.",
    "The rowing club held its annual regatta on the river on Sunday. Forty crews took part, and the "
    "organisers said the event raised money for new boats for the junior section of the club.",
    "Roadworks on the bridge will close one lane for a fortnight from Monday. The council said buses would "
    "keep to their timetable, though drivers should expect short delays at the morning peak.",
]


def _loaded(result):
    sig = result.signals["loaded_language"]
    return (sig.value, sig.score, sig.details["first_person_per_1000_words"], sig.details["question_share"],
            [e.kind for e in sig.evidence if e.kind in ("first person", "rhetorical question")])


def test_an_outlets_repeated_note_costs_no_voice_points():
    rows = [DocumentInput(story + "\n\n" + NOTE, str(n), outlet="Harbour Gazette") for n, story in enumerate(STORIES)]
    batch = list(xlplugin.score_many(rows, workers=1))
    plain = [xlplugin.score_text(story, outlet="Harbour Gazette") for story in STORIES]
    assert all("not scored (loaded language, claims)" in r.note for r in batch)
    assert [_loaded(r) for r in batch] == [_loaded(r) for r in plain]
    assert all(_loaded(r)[2] == 0 for r in batch)


def test_alone_the_note_is_still_the_authors_voice():
    # the same note in one row only is no furniture: its "we" and its question count
    alone = xlplugin.score_text(STORIES[0] + "\n\n" + NOTE)
    assert alone.signals["loaded_language"].details["first_person_per_1000_words"] > 0


def _doc_with_note():
    from xlplugin.prose import paragraph_key
    return prepare(STORIES[0] + "\n\n" + NOTE, outlet="Harbour Gazette", furniture=[paragraph_key(NOTE)])


def _score(name, value):
    return Score(name, value, None if value is None else 0.5, "")


def test_the_note_is_in_the_evidence_when_claims_found_nothing_to_check():
    doc = _doc_with_note()
    assert doc.furniture
    signals = {"unsourced_claims": _score("unsourced_claims", None), "loaded_language": _score("loaded_language", 3.0)}
    out = repeat_notes.with_furniture_evidence(doc, signals)
    shown = [e.text for e in out["loaded_language"].evidence if e.kind == repeat_notes.EVIDENCE_KIND]
    assert shown == [NOTE]
    assert out["unsourced_claims"].evidence == ()


def test_the_note_stays_in_the_claims_evidence_when_claims_are_scored():
    doc = _doc_with_note()
    signals = {"unsourced_claims": _score("unsourced_claims", 0.2), "loaded_language": _score("loaded_language", 3.0)}
    out = repeat_notes.with_furniture_evidence(doc, signals)
    assert [e.kind for e in out["unsourced_claims"].evidence] == [repeat_notes.EVIDENCE_KIND]
    assert out["loaded_language"].evidence == ()


def test_a_repeated_paragraph_in_loaded_evidence_is_no_loaded_term():
    from xlplugin.scorers import loaded_language
    doc = _doc_with_note()
    sig = loaded_language.score(doc, xlplugin.Settings())
    out = repeat_notes.with_furniture_evidence(doc, {"loaded_language": sig})["loaded_language"]
    item = next(e for e in out.evidence if e.kind == repeat_notes.EVIDENCE_KIND)
    assert loaded_language.INFO.mark(item) == ""
    assert "editors" not in loaded_language.INFO.phrase(out)


FACT_CHECK = (
    "The district council voted on Tuesday to allow residents to keep up to six hens in back gardens, "
    "after a consultation that drew more than four hundred replies. A post shared widely last week said "
    "the council had banned poultry outright, but the minutes of the meeting show no such decision, and "
    "the rule on cockerels is unchanged from the one agreed in 2019. The council's planning office said "
    "the new limit applies from the first of next month.\n\n"
    "How do I check a council decision?\n\n"
    "Minutes of every meeting are published on the council's website within ten working days, and "
    "the clerk's office will post paper copies on request.\n\n"
    "Can I still keep chickens?\n\n"
    "Yes, up to six hens, provided the coop stands at least three metres from a neighbour's window.")


def test_kinds_first_person_leaves_out_reader_headings():
    doc = prepare(FACT_CHECK)
    kind = kinds.classify(doc)
    assert "first person" not in kind.reason()
    assert kinds._first_person_rate(doc, __import__("collections").Counter(doc.lowers)) == 0


def _first_person_words(text):
    from xlplugin.scorers import loaded_language
    sig = loaded_language.score(prepare(text), xlplugin.Settings())
    return [e.text for e in sig.evidence if e.kind == "first person"]


def test_us_handed_a_sources_material_is_the_newsroom_reporting():
    text = ("The parish council, which sent us the minutes of Monday's meeting, voted to close the car park "
            "behind the hall for resurfacing. A spokesperson confirmed to us that the work would take three weeks, and the "
            "contractor wrote to us with a start date of the fourth of March.")
    assert _first_person_words(text) == []


def test_us_told_to_act_or_argued_stays_the_authors_voice():
    text = ("For years the ministers told us to tighten our belts while they spent freely on themselves, and "
            "they handed us the bill. We should not have believed a word of it, and we will not forget it.")
    assert _first_person_words(text) == ["us", "our", "us", "We", "we"]

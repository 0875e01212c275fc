"""(speed52) A rule of kinds.txt is looked for only where one of its pattern's literal beginnings stands in the text
(`xlplugin.fastmatch`: found with `str.find`, the pattern tried there). A beginning of one letter is found at
nearly every word: the rule asking the reader for a CV began "e-?mail", whose beginning is "e" alone (about 1 ms a
news article, for one rule); written "email|e-mail" it begins with the whole word, the same matches. Every text
here was written for these tests.
"""

from __future__ import annotations

from xlplugin import kinds
from xlplugin.text import prepare


def _beginnings(rule) -> list[str]:
    starts = rule.starts
    if starts is None or getattr(starts, "line_start", False):
        return []  # (no shortcut, or one tried at line breaks)
    if hasattr(starts, "parts"):
        return [p for part in starts.parts if not part.line_start for p in part.prefixes]
    return list(getattr(starts, "prefixes", ()))


def test_no_rule_begins_with_a_single_letter():
    short = [(rule.pattern[:60], p) for rule in kinds.rules() for p in _beginnings(rule) if len(p) < 2 and (p.isalpha() or not p)]
    assert short == []


def _cv_cue(text: str) -> str | None:
    doc = prepare(text)
    rule = next(r for r in kinds.rules() if r.why.startswith("the writer asks the reader for a CV"))
    return kinds._cue(rule, doc, kinds._Facts(doc, kinds.rules(), "", None))


def test_the_cv_request_is_still_found():
    for asking, shown in (("Please email your CV to jobs@harbourbakery.example.", "email your CV"),
                          ("To apply, e-mail a covering letter to the manager.", "e-mail a covering letter"),
                          ("Send us your CV by Friday.", "Send us your CV"),
                          ("Drop off your résumé at the front desk.", "Drop off your résumé")):
        cue = _cv_cue("Harbour Bakery is hiring a baker for its new shop on Quay Street.\n\n" + asking + "\n")
        assert cue is not None and shown.lower() in cue.lower(), (asking, cue)


def test_no_cv_request_in_a_report_or_a_quotation():
    assert _cv_cue("The bakery wants applicants to email their CV by Friday, the owner told the Gazette.\n") is None
    assert _cv_cue('"Email your CV to me by Friday," the owner said.\n') is None

"""(speed54) The document kind's work cut, every answer unchanged. Three per-document repeats are gone:

- `voice.reader_question_list` (a pass over the text's lines) was worked out three times a document: once for
  loaded language's voice and twice by the kinds (the writer's own words, the first-person rate). It is kept for
  the last document, as `voice.forum_post` and `reader_letters.letters` are.
- `kinds_shortcuts.unjoined` was asked by every rule on the writer's own words with choices (8 a news article);
  `kinds._Facts.own_unjoined` works it out once.
- `own_verdicts` sliced and searched every sentence, and tested every sentence for a question mark; it now reads
  only the sentences where a verdict can start (the places found once for the text).

The work tests count calls (`tests/opcount.py`) and fail on the code before; the answer tests compare with the plain
computation. Every text here was written for these tests.
"""

from __future__ import annotations

from xlplugin import kinds, kinds_shortcuts, own_verdicts, voice
from xlplugin.scorers import loaded_language
from xlplugin.settings import default_settings
from xlplugin.text import prepare

from opcount import calls

CHECKLIST = (
    "Spring cleaning for the mind\n\nAsk yourself:\n- Does it give me energy?\n- Would I buy it again today?\n\n"
    "I tried this list for a month and I kept most of what I owned."
)
PLAIN = "The council met on Tuesday. It agreed the budget. \"We are pleased,\" the leader said."
COLUMN = (
    "The county should have looked at the flood maps before it sold the meadow. It is time to admit the plan "
    "was a mistake. Councillors ought to send it back to the planning committee. The builder was wrong to start "
    "work before the appeal. There is no excuse for the delay. Should the county pay for the repairs? "
    "The river trust said the county should pay. You should check your own insurance. Residents deserve better."
)
# verdicts as questions only, and one verdict in a sentence that reports someone: no cue
QUESTIONS = (
    "Should the county pay for the repairs? Is it time to act? Ought the builder to stop? Was he wrong to start? "
    "The trust said the county should pay. The weather was fine."
)


def test_reader_question_list_is_worked_out_once_a_document():
    doc = prepare(CHECKLIST)
    first = voice.reader_question_list(doc)
    assert first and voice.reader_question_list(doc) == first == voice._reader_question_list(doc)
    first.append((0, 1))  # each caller gets a list of its own
    assert voice.reader_question_list(doc) == voice._reader_question_list(doc)
    assert calls(lambda: voice.reader_question_list(doc)) < calls(lambda: voice._reader_question_list(doc))


def test_reader_question_list_follows_the_document():
    for text in (CHECKLIST, PLAIN, CHECKLIST.replace("Ask yourself", "I keep asking myself"), CHECKLIST):
        doc = prepare(text)
        assert voice.reader_question_list(doc) == voice._reader_question_list(doc)


def test_kinds_do_not_work_out_the_reader_lists_again_after_loaded_language():
    doc = prepare(CHECKLIST)
    loaded = loaded_language.score(doc, default_settings())
    worked: list[int] = []
    plain = voice._reader_question_list
    voice._reader_question_list = lambda d: worked.append(1) or plain(d)
    try:
        kinds.classify(doc, loaded=loaded)
    finally:
        voice._reader_question_list = plain
    assert worked == []


def test_unjoined_is_asked_once_a_document():
    doc = prepare(PLAIN + " We tested it. In our tests it held. " + CHECKLIST)
    asked: list[int] = []
    plain = kinds_shortcuts.unjoined
    kinds.unjoined = lambda text, blanks: asked.append(1) or plain(text, blanks)
    try:
        kinds.classify(doc)
    finally:
        kinds.unjoined = plain
    assert len(asked) == 1
    facts = kinds._Facts(doc, kinds.rules())
    assert facts.own_unjoined == plain(facts.text, facts.own_blanks)


def _plain_own_verdicts(doc, own):
    """own_verdicts as it read every sentence before (speed52's code)."""
    from bisect import bisect_left

    from xlplugin.fastmatch import finditer_at, first_between

    if not doc.word_count or not doc.sentences:
        return None
    sentences = [s for s in doc.sentences if not own[s.start:s.end].rstrip(" \t\n\"'”’)").endswith("?")]
    verdicts_at = own_verdicts._VERDICT_STARTS.positions(own)
    verdicts = {}
    for k, sentence in enumerate(sentences):
        start, end = sentence.start, sentence.end
        part = own[start:end]
        in_part = [at - start for at in verdicts_at[bisect_left(verdicts_at, start):bisect_left(verdicts_at, end)]]
        for m in finditer_at(own_verdicts._VERDICT_RE, part, in_part):
            if own_verdicts._READER_SUBJECT_RE.search(part, 0, m.start()):
                continue
            verdicts[k] = " ".join(m.group().split()[:4])
            break
    if len(verdicts) < own_verdicts.VERDICTS_MIN or 1000.0 * len(verdicts) / doc.word_count < own_verdicts.VERDICTS_RATE:
        return None
    lower = doc.analysis.lower_text
    reporting_at = own_verdicts._REPORTING_STARTS.positions(lower)
    found, reporting = [], 0
    for k, sentence in enumerate(sentences):
        if first_between(own_verdicts.REPORTING, lower, reporting_at, sentence.start, sentence.end):
            reporting += 1
        elif k in verdicts:
            found.append(verdicts[k])
    if len(found) < own_verdicts.VERDICTS_MIN or 1000.0 * len(found) / doc.word_count < own_verdicts.VERDICTS_RATE:
        return None
    if reporting > own_verdicts.REPORTING_PER_VERDICT * len(found):
        return None
    return f"{len(found)} sentences, reporting no one: " + ", ".join(repr(v) for v in found[:3])


def test_own_verdicts_answers_as_before():
    texts = [COLUMN, QUESTIONS, PLAIN, CHECKLIST, COLUMN + " " + QUESTIONS, QUESTIONS + " " + COLUMN,
             COLUMN.replace(".", "?"), "“" + COLUMN + "”", COLUMN + "\n\n" + PLAIN * 3]
    answers = []
    for text in texts:
        doc = prepare(text)
        own = kinds._Facts(doc, kinds.rules()).own
        answers.append(own_verdicts.own_verdicts(doc, own))
        assert answers[-1] == _plain_own_verdicts(doc, own), text
    assert answers[0] and answers[1] is None  # (both sides of the cue are among the texts)


def test_own_verdicts_reads_only_the_sentences_where_a_verdict_can_start():
    # (a report: one verdict among forty sentences, which the old code sliced and searched each)
    doc = prepare("The county should have looked. " + " ".join(f"The ferry left at {n} o'clock." for n in range(1, 40)))
    own = kinds._Facts(doc, kinds.rules()).own
    assert calls(lambda: own_verdicts.own_verdicts(doc, own)) < calls(lambda: _plain_own_verdicts(doc, own)) / 2

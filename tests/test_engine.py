"""The engine and the index: renormalisation, weights, order, parallel = serial, stamps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st
from prose_helpers import OUTLET_BODIES

import xlplugin
from xlplugin.index import reliability_index
from xlplugin.types import Score

from samples import CALM_REPORT, CHARGED_RANT, FRENCH, HAPPY_NOTE


def signal(name: str, score: float | None) -> Score:
    return Score(name, None if score is None else score, score, "unit", note="" if score is not None else "n/a")


def test_index_renormalises_over_scored_signals():
    signals = {"a": signal("a", 1.0), "b": signal("b", 0.0), "c": signal("c", None)}
    value, contributors = reliability_index(signals, {"a": 3, "b": 1, "c": 100})
    assert value == 75.0  # (3*1 + 1*0) / (3+1): c cannot be scored and does not count
    assert contributors == ("a", "b")


def test_index_is_none_when_nothing_scored():
    assert reliability_index({"a": signal("a", None)}, {"a": 1}) == (None, ())
    assert reliability_index({"a": signal("a", 0.5)}, {"a": 0}) == (None, ())


scores = st.lists(st.floats(0, 1), min_size=1, max_size=6)


@hsettings(max_examples=200)
@given(scores, st.lists(st.floats(0.01, 100), min_size=6, max_size=6), st.floats(0.01, 1000))
def test_index_bounded_and_weight_scale_invariant(values, weights, factor):
    signals = {str(i): signal(str(i), v) for i, v in enumerate(values)}
    w = {str(i): weights[i] for i in range(len(values))}
    value, _ = reliability_index(signals, w)
    assert 0 <= value <= 100
    scaled, _ = reliability_index(signals, {k: v * factor for k, v in w.items()})
    assert scaled == pytest.approx(value, abs=0.11)  # both rounded to 0.1


@hsettings(max_examples=200)
@given(scores, st.integers(0, 5), st.floats(0, 1))
def test_index_monotone_in_each_signal(values, which, raise_to):
    which %= len(values)
    signals = {str(i): signal(str(i), v) for i, v in enumerate(values)}
    weights = {str(i): 1.0 for i in range(len(values))}
    before, _ = reliability_index(signals, weights)
    higher = max(values[which], raise_to)
    signals[str(which)] = signal(str(which), higher)
    after, _ = reliability_index(signals, weights)
    assert after >= before


def test_score_text_result_shape():
    result = xlplugin.score_text(CALM_REPORT, title="Budget passes", url="https://example.org/x", outlet="Example Post", id="r1")
    assert result.id == "r1" and result.language == "en"
    assert set(result.signals) == set(xlplugin.SCORER_NAMES)
    assert 0 <= result.reliability <= 100
    assert set(result.contributors) <= set(xlplugin.SCORER_NAMES)
    # example.org is not in the built-in Lin et al. 2023 table and no table of your own is given
    assert "source_rating" not in result.contributors
    assert set(result.stamp) == {"version", "settings", "text"}
    data = result.as_dict()
    for name, sig in data["signals"].items():
        assert set(sig) >= {"value", "score", "unit", "note", "evidence"}


def test_stamp_tracks_text_and_settings():
    a = xlplugin.score_text(CALM_REPORT)
    assert a.stamp == xlplugin.score_text(CALM_REPORT).stamp
    assert a.stamp["text"] != xlplugin.score_text(CALM_REPORT + " More.").stamp["text"]
    assert a.stamp["text"] != xlplugin.score_text(CALM_REPORT, title="A title").stamp["text"]
    assert a.stamp["settings"] != xlplugin.score_text(CALM_REPORT, weights={"sentiment": 5}).stamp["settings"]


def test_source_rating_joins_the_index_when_supplied():
    settings = xlplugin.Settings().with_ratings({"example.org": (0.9, "my newsroom")})
    result = xlplugin.score_text(CALM_REPORT, url="https://www.example.org/story", settings=settings)
    assert result.signals["source_rating"].value == 0.9
    assert "source_rating" in result.contributors


def test_charged_text_scores_lower_than_calm_report():
    calm = xlplugin.score_text(CALM_REPORT)
    rant = xlplugin.score_text(CHARGED_RANT)
    assert rant.reliability < calm.reliability
    assert rant.signals["sentiment"].score < calm.signals["sentiment"].score


def test_score_many_keeps_order_and_matches_serial():
    texts = [CALM_REPORT, CHARGED_RANT, HAPPY_NOTE, FRENCH, ""] * 30  # 150: enough to use processes
    parallel = list(xlplugin.score_many(texts, workers=2))
    serial = list(xlplugin.score_many(texts, workers=1))
    assert [r.id for r in parallel] == [str(i) for i in range(1, len(texts) + 1)]
    assert [r.as_dict() for r in parallel] == [r.as_dict() for r in serial]


def test_results_survive_pickling_whole():
    """Worker processes send results back pickled: every field, and the types, come back."""
    import pickle

    from xlplugin.types import Evidence

    result = xlplugin.score_text(CHARGED_RANT, title="A title", url="https://example.org/x")
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(result, protocol=protocol))
        assert back == result and back.as_dict() == result.as_dict()
        evidence = [e for score in back.signals.values() for e in score.evidence]
        assert evidence and all(type(e) is Evidence for e in evidence)


def test_score_many_accepts_mappings():
    results = list(xlplugin.score_many([{"id": "a", "text": CALM_REPORT, "title": "T"}, {"text": HAPPY_NOTE}]))
    assert [r.id for r in results] == ["a", "2"]
    assert results[0].title == "T"


def test_score_text_refuses_non_text():
    with pytest.raises(TypeError):
        xlplugin.score_text(3.5)  # type: ignore[arg-type]


def test_empty_text_is_an_explicit_empty_value():
    result = xlplugin.score_text("")
    assert result.reliability is None and result.note
    assert all(s.value is None and s.note for n, s in result.signals.items() if n in xlplugin.TEXT_SIGNALS)


def test_a_worker_that_dies_is_replaced_by_this_process(monkeypatch):
    """A worker killed mid-run (out of memory, kill -9): its documents are scored here, in order."""
    import os

    from xlplugin import engine

    parent = os.getpid()
    real = engine._score_fields

    def dies_on_doc_40(fields, settings):
        if fields[1] == "40" and os.getpid() != parent:
            os._exit(9)  # the worker process vanishes without a word
        return real(fields, settings)

    monkeypatch.setattr(engine, "_score_fields", dies_on_doc_40)  # inherited by the forked workers
    texts = [f"{CALM_REPORT} Number {i}." for i in range(300)]
    with pytest.warns(RuntimeWarning, match="continuing in one process"):
        results = list(xlplugin.score_many(texts, workers=2))
    assert [r.id for r in results] == [str(i) for i in range(1, 301)]
    assert [r.stamp["text"] for r in results] == [xlplugin.score_text(t).stamp["text"] for t in texts]


def test_an_error_in_a_worker_reaches_the_caller(monkeypatch):

    from xlplugin import engine

    real = engine._score_fields

    def fails_on_doc_70(fields, settings):
        if fields[1] == "70":
            raise ZeroDivisionError("a scorer bug")
        return real(fields, settings)

    monkeypatch.setattr(engine, "_score_fields", fails_on_doc_70)
    texts = [f"{CALM_REPORT} Number {i}." for i in range(100)]
    seen = []
    with pytest.raises(ZeroDivisionError, match="a scorer bug"):
        for result in xlplugin.score_many(texts, workers=2):
            seen.append(result.id)
    assert seen == [str(i) for i in range(1, 70)]  # everything before it, in order


def test_score_many_reads_its_input_as_it_goes():
    """A generator is read a few tasks ahead of the results, not to the end first."""
    read = []

    def documents():
        for i in range(10_000):
            read.append(i)
            yield f"{HAPPY_NOTE} Number {i}."

    results = xlplugin.score_many(documents(), workers=2, repeated=False)
    first = [next(results) for _ in range(5)]
    assert [r.id for r in first] == ["1", "2", "3", "4", "5"]
    # At most the first 64 (to decide whether to start workers) and a window of tasks: 2 workers x
    # 2 tasks in flight x 2 (results waiting for an earlier task) x CHUNK_DOCUMENTS documents.
    engine = xlplugin.engine
    tasks = 2 * engine.TASKS_PER_WORKER * 2 * engine.CHUNK_DOCUMENTS
    assert len(read) <= engine.PARALLEL_MIN_DOCUMENTS + tasks, f"read {len(read)} documents to return 5"
    results.close()  # stops the workers
    # Marking paragraphs repeated across an outlet (the default) reads one window of documents
    # ahead as well, and no more.
    read.clear()
    results = xlplugin.score_many(documents(), workers=2)
    assert [next(results).id for _ in range(5)] == ["1", "2", "3", "4", "5"]
    assert len(read) <= engine.REPEAT_WINDOW + engine.PARALLEL_MIN_DOCUMENTS + tasks, f"read {len(read)} to return 5"
    results.close()


def test_cycle_collection_is_restored_after_scoring():
    import gc

    assert gc.isenabled()
    xlplugin.score_text(CALM_REPORT)
    list(xlplugin.score_many([CALM_REPORT, HAPPY_NOTE], workers=1))
    assert gc.isenabled()
    gc.disable()
    try:
        xlplugin.score_text(CALM_REPORT)
        assert not gc.isenabled(), "a caller's choice to disable collection is kept"
    finally:
        gc.enable()


# --- the batch step: a paragraph repeated across one outlet's documents is furniture -------------
# Four short reports written for these tests, each followed by the same editor's note. The note
# holds loaded words ("outrageous", "shocking") and a claim with a number; the reports hold none
# of the loaded words.
OUTLET_NOTE = ("Editor's note: this article was corrected on 4 March 2025. The Harbour Gazette "
               "regrets the outrageous error and the shocking confusion it caused to 300 readers.")


def _outlet_docs(outlet="Harbour Gazette"):
    return [xlplugin.engine.DocumentInput(body + "\n\n" + OUTLET_NOTE, str(i), outlet=outlet)
            for i, body in enumerate(OUTLET_BODIES)]


def _note_left_out(result):
    """Did the batch mark the note: shown in the claims evidence, and said in the row's note?"""
    shown = [e.text for e in result.signals["unsourced_claims"].evidence if e.kind == "repeated paragraph"]
    return shown == [OUTLET_NOTE] and "not scored (loaded language, claims)" in result.note


def test_a_note_repeated_across_an_outlet_is_not_the_authors_voice():
    batch = list(xlplugin.score_many(_outlet_docs(), workers=1))
    for result in batch:
        claims = result.signals["unsourced_claims"]
        assert all(e.kind == "repeated paragraph" or "300 readers" not in e.text for e in claims.evidence)
        assert _note_left_out(result)
        loaded = result.signals["loaded_language"]
        assert loaded.details["author_terms"] == 0, [e.text for e in loaded.evidence]
        assert loaded.details["not_prose_not_counted"] >= 2
    # one document on its own cannot know the note repeats: nothing is left out there
    alone = xlplugin.score_text(OUTLET_BODIES[0] + "\n\n" + OUTLET_NOTE, outlet="Harbour Gazette")
    assert not _note_left_out(alone) and alone.note == ""
    assert alone.signals["loaded_language"].details["author_terms"] >= 2
    # the stamp says the scores depend on the batch: a refresh compares it
    assert batch[0].stamp["text"] != alone.stamp["text"]


def test_a_note_shared_by_different_outlets_is_not_furniture():
    docs = [xlplugin.engine.DocumentInput(d.text, d.id, outlet=f"Outlet {d.id}") for d in _outlet_docs()]
    for result in xlplugin.score_many(docs, workers=1):
        assert not _note_left_out(result) and result.note == ""
        assert result.signals["loaded_language"].details["author_terms"] >= 2


def test_repeated_false_leaves_the_batch_alone():
    for result in xlplugin.score_many(_outlet_docs(), workers=1, repeated=False):
        assert not _note_left_out(result)
        assert result.signals["loaded_language"].details["author_terms"] >= 2


def test_parallel_batch_marks_the_same_paragraphs():
    # 80 different documents (enough for the worker processes), each with the note
    places = "north south east west upper lower old new inner outer".split()
    things = "harbour bridge ferry school library market station park".split()
    docs = [xlplugin.engine.DocumentInput(
        f"The {place} ward council debated the {thing} plan. " + OUTLET_BODIES[k % 4] + "\n\n" + OUTLET_NOTE,
        str(k), outlet="Harbour Gazette") for k, (place, thing) in enumerate((p, t) for p in places for t in things)]
    serial = [r.as_dict() for r in xlplugin.score_many(docs, workers=1)]
    parallel = [r.as_dict() for r in xlplugin.score_many(docs, workers=2)]
    assert serial == parallel
    assert all("not scored (loaded language, claims)" in r["note"] for r in serial)
    assert all(r["signals"]["loaded_language"]["details"]["author_terms"] == 0 for r in serial)


def test_repeated_paragraphs_are_found_in_crlf_and_decomposed_text():
    # the batch step reads the raw texts; prepare() the normalised ones: both must agree on the
    # note, whatever the line endings and the Unicode form (an "é" written as e + accent)
    import unicodedata

    note = unicodedata.normalize("NFD", OUTLET_NOTE.replace("Editor's", "R\u00e9dacteur's"))
    docs = [xlplugin.engine.DocumentInput((body + "\n\n" + note).replace("\n", "\r\n"), str(i), outlet="Harbour Gazette")
            for i, body in enumerate(OUTLET_BODIES)]
    for result in xlplugin.score_many(docs, workers=1):
        assert "not scored (loaded language, claims)" in result.note
        assert result.signals["loaded_language"].details["author_terms"] == 0


def _score_in_a_daemon(queue):
    try:
        results = list(xlplugin.score_many([f"{HAPPY_NOTE} Number {i}." for i in range(80)], workers=2))
        queue.put([r.id for r in results])
    except BaseException as exc:  # reported to the test
        queue.put(repr(exc))


def test_score_many_inside_a_pool_worker_scores_in_that_process():
    """A daemonic process (a Dask worker, a multiprocessing pool worker) may not start processes:
    score_many there scores in the process itself instead of failing."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_score_in_a_daemon, args=(queue,), daemon=True)
    process.start()
    outcome = queue.get(timeout=120)
    process.join()
    assert outcome == [str(i) for i in range(1, 81)]


@pytest.mark.parametrize("text", ["", "   ", "=1+1", "12345", "%%% ***"])
def test_a_text_without_words_gets_no_kind(text):
    # no cue can say what a text without a word is: it must not read "news report"
    result = xlplugin.score_text(text)
    assert result.kind == "" and result.kind_cues == ()
    assert result.reliability is None and result.note.startswith("not scored")


def test_a_one_sentence_text_gets_a_kind_only_where_a_cue_decided_it():
    # (excel32) too few words for an index and no cue of a kind: "news report (no cue)" read as a
    # finding where nothing was found; the Status says why there is no index
    short = xlplugin.score_text("The council approved the budget on Monday, the mayor said.")
    assert short.kind == "" and short.kind_cues == () and short.note.startswith("no index: 10 words")
    assert xlplugin.score_text("FOR IMMEDIATE RELEASE. Acme opens a new depot in Leeds today.").kind == "press release"
    # a text long enough for an index keeps the kind it falls back on
    long = xlplugin.score_text("The council approved the budget on Monday, the mayor said. " * 3)
    assert long.reliability is not None and long.kind == "news report"

# --- the workers' side: the batch step keyed by the workers, what crosses, the tasks -------------


def _batch_texts():
    """Documents of three outlets (one named only by its URL, some with no outlet at all), each
    opening or closing with a note of its outlet, some copies of one another, CRLF and NFD
    variants, long paragraphs (keyed by their ends), and paragraphs too short to count."""
    import unicodedata

    notes = {"Harbour Gazette": OUTLET_NOTE, "https://www.valley.example/x": "Valley Post: subscribe for 3 "
             "dollars a month to support independent reporting in the valley and beyond.", "": "This story "
             "was produced with support from the 2024 Harbour Fund; the fund had no say in its content."}
    items = []
    for k in range(36):
        outlet_or_url = list(notes)[k % 3]
        body = OUTLET_BODIES[k % 4] + f" Item {k}." + ("\n\n" + "A long middle paragraph. " * 40 if k % 5 == 0 else "")
        if k % 4 == 1:  # ten paragraphs: the recurring one in the middle is the reporter's (edges only)
            name = "".join(chr(ord("a") + int(c)) for c in str(k))  # (numbers do not tell keys apart)
            own = [f"Paragraph {chr(ord('a') + i)} of item {name}, long enough to be keyed." for i in range(9)]
            body = "\n\n".join(own[:5] + ["A background paragraph that this reporter reuses in the middle of "
                                          "stories."] + own[5:])
        text = (notes[outlet_or_url] + "\n\n" + body) if k % 2 else (body + "\n\nShort.\n\n" + notes[outlet_or_url])
        if k % 7 == 0:
            text = unicodedata.normalize("NFD", text.replace("Editor", "\u00c9ditor")).replace("\n", "\r\n")
        if k % 11 == 0:
            text = notes[outlet_or_url]  # all furniture: a copy, not marked
        outlet, url = (outlet_or_url, "") if not outlet_or_url.startswith("http") else ("", outlet_or_url)
        items.append((text, outlet, url))
    return items


def test_repeat_keys_halves_are_repeated_paragraphs():
    """The batch step cut in two (keys per document in the workers, counting in the caller) gives
    what `repeats.repeated_paragraphs` gives, on every sub-batch."""
    from xlplugin import repeat_keys, repeats

    items = _batch_texts()
    for start, stop in [(0, 36), (0, 3), (5, 20), (10, 12), (7, 36)]:
        batch = items[start:stop]
        expected = repeats.repeated_paragraphs(batch)
        assert repeat_keys.furniture([repeat_keys.keyed(*item) for item in batch]) == expected
    assert any(expected) and not all(expected)  # the batches do mark some documents and not others


def _windowed_docs():
    return [xlplugin.engine.DocumentInput(text, str(k), outlet=outlet, url=url)
            for k, (text, outlet, url) in enumerate(_batch_texts() * 4)]


def test_a_stream_in_windows_is_marked_alike_by_workers_and_in_one_process(monkeypatch):
    """A generator marked window by window (windows of 50 here, so that 144 documents make three,
    the workers keying the next one while they score this one) gives the serial results."""
    monkeypatch.setattr(xlplugin.engine, "REPEAT_WINDOW", 50)
    docs = _windowed_docs()
    serial = [r.as_dict() for r in xlplugin.score_many(iter(docs), workers=1)]
    parallel = [r.as_dict() for r in xlplugin.score_many(iter(docs), workers=2)]
    assert parallel == serial
    assert [r["id"] for r in parallel] == [str(k) for k in range(len(docs))]


def test_an_error_in_the_batch_step_reaches_the_caller_after_the_results_before_it(monkeypatch):
    import os

    from xlplugin import repeat_keys

    parent, real = os.getpid(), repeat_keys.keyed

    def fails_in_the_second_window(text, outlet, url):
        if "Unique marker." in text and os.getpid() != parent:
            raise ZeroDivisionError("a batch step bug")
        return real(text, outlet, url)

    monkeypatch.setattr(xlplugin.engine, "REPEAT_WINDOW", 100)
    docs = _windowed_docs()
    docs[130] = xlplugin.engine.DocumentInput(docs[130].text + " Unique marker.", "130")
    monkeypatch.setattr(repeat_keys, "keyed", fails_in_the_second_window)
    seen = []
    with pytest.raises(ZeroDivisionError, match="a batch step bug"):
        for result in xlplugin.score_many(iter(docs), workers=2):
            seen.append(result.id)
    assert seen == [str(k) for k in range(100)]  # the first window, whole; nothing of the second


def test_a_worker_that_dies_while_keying_is_replaced_by_this_process(monkeypatch):
    import os

    from xlplugin import repeat_keys

    parent, real = os.getpid(), repeat_keys.keyed

    def dies(text, outlet, url):
        if "Item 7." in text and os.getpid() != parent:
            os._exit(9)
        return real(text, outlet, url)

    docs = _windowed_docs()
    serial = [r.as_dict() for r in xlplugin.score_many(docs, workers=1)]
    monkeypatch.setattr(repeat_keys, "keyed", dies)
    with pytest.warns(RuntimeWarning, match="continuing in one process"):
        parallel = [r.as_dict() for r in xlplugin.score_many(docs, workers=2)]
    assert parallel == serial


def test_signals_from_the_workers_are_decoded_when_read():
    """What crosses from a worker: the signals stay as the worker pickled them until read; then
    they equal, compare, print, pickle and serialise as the serial results' plain dicts do."""
    import json
    import pickle

    from xlplugin._messages import LazySignals

    texts = [f"{CHARGED_RANT} Number {i}." for i in range(80)]
    serial = list(xlplugin.score_many(texts, workers=1))
    parallel = list(xlplugin.score_many(texts, workers=2))
    lazy = parallel[0].signals
    assert isinstance(lazy, LazySignals) and lazy._data is None  # nothing decoded yet
    assert parallel[0].reliability == serial[0].reliability
    assert lazy._data is None  # reading the index did not decode the signals
    assert lazy["loaded_language"] == serial[0].signals["loaded_language"]
    assert parallel == serial and serial == parallel
    assert repr(parallel[1].signals) == repr(serial[1].signals)
    back = pickle.loads(pickle.dumps(parallel[2]))
    assert back == serial[2] and pickle.loads(pickle.dumps(parallel[0])) == serial[0]  # unread, then read
    assert json.dumps(parallel[3].as_dict()) == json.dumps(serial[3].as_dict())
    assert dict(parallel[4].signals) == serial[4].signals and len(parallel[4].signals) == len(serial[4].signals)
    assert parallel[5].signals.get("nothing") is None and "sentiment" in parallel[5].signals


def test_tasks_taper_towards_the_end_of_a_batch():
    from xlplugin import engine

    fields = [("x" * 3500, str(i)) for i in range(2000)]  # 7 MB of articles
    for workers in (2, 16):
        chunks = list(engine._tapering_chunks(fields, workers))
        assert [f for c in chunks for f in c] == fields  # every document once, in order
        sizes = [sum(len(f[0]) for f in c) for c in chunks]
        assert max(sizes) <= engine.CHUNK_CHARACTERS + 3500
        assert len(chunks[0]) <= engine.CHUNK_DOCUMENTS
        left = sum(sizes)
        for size in sizes:  # each task at most 1/(2 x workers) of what is left, or the smallest task
            assert size <= max(engine.CHUNK_MIN_CHARACTERS, left // (2 * workers)) + 3500
            left -= size
        assert sizes[-1] <= engine.CHUNK_MIN_CHARACTERS + 3500 < sizes[0]


def test_messages_cross_whole_whatever_their_size():
    import socket
    import threading

    from xlplugin import _messages

    ours, theirs = socket.socketpair()
    sender, receiver = _messages.link(ours), _messages.link(theirs)
    messages = [b"", b"x", bytes(range(256)) * 4097, b"y" * (3 << 20), b"z" * 10]  # beyond any pipe buffer
    thread = threading.Thread(target=lambda: [sender.send(m) for m in messages])
    thread.start()
    inbox = _messages.Inbox(size=16)
    got = []
    for _ in messages:
        view = receiver.receive(inbox)
        got.append(bytes(view))
        view.release()
    thread.join()
    assert got == messages
    sender.send(b"last")
    assert bytes(receiver.receive_new()) == b"last"
    ours.close()
    assert receiver.receive(inbox) is None and receiver.receive_new() is None  # the other side has gone
    theirs.close()


def test_pyphens_memo_of_words_stays_bounded(monkeypatch):
    """pyphen keeps every word it hyphenates (the syllables of words the CMU dictionary lacks):
    emptied past PYPHEN_MEMO_LIMIT, so that a long run does not grow with every new word it
    meets; the scores are the same either way (a memo only)."""
    import random

    from xlplugin import engine, syllables

    rng = random.Random(3)
    words = ["".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4)) for _ in range(300)]
    text = CALM_REPORT + "\n\nThe " + " and the ".join(words) + " were named."
    memo = syllables._pyphen().hd.cache
    before = xlplugin.score_text(text)
    assert len(memo) >= 300 or all(w in memo for w in words)
    monkeypatch.setattr(engine, "PYPHEN_MEMO_LIMIT", 100)
    syllables.count_syllables.cache_clear()
    again = xlplugin.score_text(text)
    assert len(memo) <= 100  # emptied after the document that took it past the limit
    assert again == before
    assert list(xlplugin.score_many([text] * 3, workers=1)) == [before.__class__(**{**before.__dict__, "id": str(i)})
                                                                 for i in (1, 2, 3)]


def test_a_text_too_short_to_weigh_gets_its_signals_and_no_index():
    # "Hello." got 89 before: no loaded word in one word reads as perfectly calm prose.
    hello = xlplugin.score_text("Hello.")
    assert hello.reliability is None and hello.contributors == ()
    assert hello.note == "no index: 1 word; the index needs at least 25 (setting min_words_index)"
    assert hello.signals["sentiment"].value is not None
    words = "The council met on Tuesday and approved the budget for the coming year after a short debate"
    assert len(words.split()) == 17
    just_under = xlplugin.score_text(words + " in the town hall, the clerk said.")  # 24 words
    at_minimum = xlplugin.score_text(words + " in the old town hall, the clerk said.")  # 25 words
    assert (just_under.word_count, at_minimum.word_count) == (24, 25)
    assert just_under.reliability is None and at_minimum.reliability is not None
    lower = xlplugin.Settings().with_values({"min_words_index": 1})
    assert xlplugin.score_text("Hello.", settings=lower).reliability is not None

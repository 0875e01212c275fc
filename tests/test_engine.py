"""The engine and the index: renormalisation, weights, order, parallel = serial, stamps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st

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
    assert "source_rating" not in result.contributors  # no ratings table given: nothing baked in
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
    import os

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

    results = xlplugin.score_many(documents(), workers=2)
    first = [next(results) for _ in range(5)]
    assert [r.id for r in first] == ["1", "2", "3", "4", "5"]
    # At most the first 64 (to decide whether to start workers) and a window of tasks: 2 workers x
    # 2 tasks in flight x 2 (results waiting for an earlier task) x 32 documents = 256.
    assert len(read) <= 64 + 256, f"read {len(read)} documents to return 5"
    results.close()  # stops the workers


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

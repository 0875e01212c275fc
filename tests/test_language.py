"""The language check: English is scored, anything else is reported, never scored with English lexicons."""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin.text import prepare

from samples import CALM_REPORT, FRENCH, GERMAN, RUSSIAN, SHORT_ENGLISH


@pytest.mark.parametrize(
    "text, language",
    [
        (CALM_REPORT, "en"),
        (SHORT_ENGLISH, "en"),
        ("Hello.", "en"),
        (FRENCH, "fr"),
        (GERMAN, "de"),
        (RUSSIAN, "ru"),
        ("\u65e5\u672c\u653f\u5e9c\u306f\u706b\u66dc\u65e5\u306b\u767a\u8868\u3057\u305f\u3002", "ja"),
        ("", "unknown"),
        ("\U0001F600 \U0001F600", "unknown"),
        ("qzxv brtl kwpf zzyq", "unknown"),
    ],
)
def test_language_detected(text, language):
    assert prepare(text).language == language


@pytest.mark.parametrize("text, language", [(FRENCH, "fr"), (RUSSIAN, "ru")])
def test_other_languages_are_not_scored(text, language):
    result = xlplugin.score_text(text)
    assert result.language == language
    assert result.reliability is None
    for name in xlplugin.TEXT_SIGNALS:
        signal = result.signals[name]
        assert signal.value is None and signal.score is None
        assert signal.note.startswith(f"not scored: language {language}")


def test_a_short_english_sentence_gets_its_signals_but_no_index():
    result = xlplugin.score_text(SHORT_ENGLISH)
    assert result.language == "en"
    assert result.reliability is None
    assert result.note == "no index: 3 words; the index needs at least 25 (setting min_words_index)"
    assert result.signals["sentiment"].value is not None


@pytest.mark.parametrize("sample", [CALM_REPORT, SHORT_ENGLISH, FRENCH, GERMAN, RUSSIAN, "Caf\u00e9 \u201cd\u00e9j\u00e0 vu\u201d \u2014 na\u00efve.",
                                    "\u65e5\u672c\u653f\u5e9c\u306f\u767a\u8868\u3057\u305f\u3002 Tokyo said so.",
                                    "Athens \u0391\u03b8\u03ae\u03bd\u03b1 and \u039c\u03bf\u03c3\u03ba\u03b2\u03b1 Moscow.", "\U0001F600 ok"])
def test_the_script_check_with_the_characters_known_gives_the_same_answer(sample):
    """`prepare` hands the language check the distinct characters outside ASCII, which it has
    from the word split: a text with no letter beyond Latin skips the script scan, with the same
    answer as the scan."""
    from xlplugin import language, text

    doc = prepare(sample)
    chars = text._non_ascii(doc.text)
    assert language.detect_language(doc, chars) == language.detect_language(doc)
    assert language._script_vote(doc.text, chars) == language._script_vote(doc.text)


@pytest.mark.parametrize("sample", [CALM_REPORT, FRENCH, "In 2019, 3 of 12 votes; 7th of 40. \u00b2 \u0663 \u2460 x2 2x", "1 2 3",
                                    "The \u0663rd item cost \u00a34.5m", "", "caf\u00e9 9 \u00e9t\u00e9 10"])
def test_words_starting_with_a_digit_are_counted_as_the_plain_test_counts_them(sample):
    from xlplugin import language, text

    doc = prepare(sample)
    words = doc.lowers[: language.SAMPLE_WORDS]
    plain = sum(1 for w in words if w[0].isdigit())
    assert language._count_digit_first(words, text._non_ascii(doc.text)) == plain
    assert language._count_digit_first(words, None) == plain


def _plain_words_outside_templates(doc) -> list[str]:
    """`_words_outside_templates` without its pre-tests: every word whose start no placeholder
    covers."""
    from xlplugin import language

    spans = [m.span() for m in language._PLACEHOLDER_RE.finditer(doc.text)]
    return [w for w, start in zip(doc.lowers, doc.token_starts) if not any(a <= start < b for a, b in spans)]


def test_the_pre_tests_for_placeholders_give_the_same_words():
    """The one-character pre-test ("{" or "<" in the text) and the substring tests of
    `_words_outside_templates` leave the words as the plain placeholder scan does: on texts
    with braces, angle brackets and placeholders of each kind, and on the seed articles, the
    examples and the saved web pages (read from ../shared where present)."""
    import random

    from xlplugin import language
    from xlplugin.inputs import read_paths

    from conftest import EXAMPLES, SEEDS, SHARED

    rng = random.Random(4)
    bits = ["{{ a.b }}", "{% if x %}", "${name}", "<%= t %>", "{", "}", "<", ">", "%", "$", "<b>", "{x}",
            "the", "de", "le chat", "x < y", "5% of {n}", "\n"]
    texts = [" ".join(rng.choice(bits) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    texts += [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
              for p in sorted(folder.glob("*.txt"))]
    if (SHARED / "corpus" / "web").is_dir():
        texts += [r.text for r in read_paths([str(SHARED / "corpus" / "web")]) if hasattr(r, "text")]
    for text in texts:
        doc = prepare(text)
        assert language._words_outside_templates(doc) == _plain_words_outside_templates(doc), text[:200]

"""A text partly in another language: not scored when a third or more of it is, its other-language
sentences left out of every scorer when less (`xlplugin.mixed_language`). Texts written for this test."""

import random
from itertools import chain

import pytest

from xlplugin import language, mixed_language, registry
from xlplugin.engine import score_text
from xlplugin.mixed_language import MIN_OTHER_WORDS, other_language_sentences
from xlplugin.text import prepare

from conftest import SEEDS

ENGLISH = (
    "The town council agreed on Monday to repair the old bridge over the river before winter. "
    "Engineers said the work would take about four months and close one lane at a time. "
    "Shop owners near the bridge were worried that fewer customers would reach them during the works. "
)
MORE_ENGLISH = (
    "The mayor told reporters that the money had been set aside in last year's budget. "
    "A second bridge further north will stay open for heavy lorries while the repairs go on. "
    "Residents can follow the progress of the works on the council's website, which is updated weekly. "
)
GERMAN = (
    "Der Gemeinderat hat am Montag beschlossen, die alte Brücke über den Fluss vor dem Winter zu reparieren. "
    "Die Ingenieure sagten, dass die Arbeiten etwa vier Monate dauern werden. "
    "Die Geschäftsleute in der Nähe der Brücke sind besorgt, weil weniger Kunden kommen könnten. "
)
SPANISH = (
    "El ayuntamiento decidió el lunes reparar el viejo puente sobre el río antes del invierno. "
    "Los ingenieros dijeron que las obras durarán unos cuatro meses y que se cerrará un carril cada vez. "
    "Los comerciantes cerca del puente están preocupados porque llegarán menos clientes. "
)
FRENCH = (
    "Le conseil municipal a décidé lundi de réparer le vieux pont sur la rivière avant l'hiver. "
    "Les ingénieurs ont dit que les travaux dureront environ quatre mois et qu'une voie sera fermée à la fois. "
    "Les commerçants près du pont sont inquiets parce que moins de clients pourront venir. "
)


def _text_signals_unscored(result):
    for name in registry.TEXT_SIGNALS:
        score = result.signals[name]
        assert score.value is None and score.score is None, name
        assert "language mixed" in score.note, score.note


@pytest.mark.parametrize("text, language", [
    (ENGLISH + GERMAN, "German"),
    (GERMAN + ENGLISH, "German"),
    (ENGLISH + "\n\n" + GERMAN, "German"),
    (ENGLISH + SPANISH, "Spanish"),
    (FRENCH + "\n\n" + ENGLISH, "French"),
])
def test_a_text_half_in_another_language_is_not_scored(text, language):
    result = score_text(text)
    assert result.language == "mixed"
    assert result.reliability is None
    assert f"% of the text is {language}" in result.note
    assert result.note.startswith("not scored: language mixed (about ")
    _text_signals_unscored(result)


def test_a_quoted_paragraph_in_another_language_is_left_out_of_every_scorer():
    english = ENGLISH + MORE_ENGLISH + "\n\n" + MORE_ENGLISH + ENGLISH
    text = english + "\n\nThe notice posted on the bridge read:\n\n" + GERMAN
    plain = score_text(english + "\n\nThe notice posted on the bridge read:")
    result = score_text(text)
    assert result.language == "en"
    assert result.reliability is not None
    assert "words in German not scored" in result.note
    # the German words are not counted, nor read by VADER or the reading grade
    assert result.word_count == plain.word_count
    assert result.signals["sentiment"].value == plain.signals["sentiment"].value
    assert result.signals["readability"].value == plain.signals["readability"].value
    for score in result.signals.values():
        for evidence in score.evidence:
            assert "Brücke" not in evidence.text
            assert text[evidence.start:evidence.end] == evidence.text


def test_a_french_quotation_and_foreign_names_change_nothing():
    text = (ENGLISH + "The minister answered in French: \u00abNous ne laisserons pas cette ville sans pont "
            "et nous le dirons aux habitants.\u00bb The Bundestag in Berlin was not asked, and the old "
            "posters from la belle époque stayed on the walls of Der Spiegel's office. " + MORE_ENGLISH)
    found = sum(n for _, _, _, n in other_language_sentences(prepare(text)))
    assert found < MIN_OTHER_WORDS
    result = score_text(text)
    assert result.language == "en" and result.note == ""
    assert result.word_count == len(prepare(text).lowers)


def test_english_alone_has_no_other_language_sentences():
    assert other_language_sentences(prepare((ENGLISH + MORE_ENGLISH) * 3)) == []


def _plain(doc):
    """The rule read plainly: every sentence of the text, no quick test, no pre-filter."""
    found = []
    for sentence in doc.sentences:
        words = doc.lowers[sentence.first_token : sentence.last_token]
        lang = mixed_language._sentence_language(words)
        if lang:
            found += mixed_language._foreign_runs(doc, sentence.index, lang)
        else:
            found += mixed_language._foreign_parts(doc, sentence.index)
    return found


def _generated(n: int, seed: int) -> list[str]:
    """Paragraphs of sentences crowded with function words of every list (English lookalikes too)."""
    rng = random.Random(seed)
    vocabulary = sorted(set(chain.from_iterable(language._stopwords().values())) | mixed_language.ENGLISH_LOOKALIKES)
    filler = "bridge council river winter Monday works shop town lane".split()
    texts = []
    for _ in range(n):
        sentences = []
        for _ in range(rng.randint(1, 8)):
            words = [rng.choice(vocabulary if rng.random() < 0.5 else filler) for _ in range(rng.randint(2, 18))]
            sentences.append(" ".join(words).capitalize() + ".")
        texts.append(" ".join(sentences))
    return texts


def test_the_quick_tests_find_what_reading_every_sentence_finds():
    seen = 0
    for text in _generated(1500, seed=3):
        doc = prepare(text)
        assert other_language_sentences(doc) == _plain(doc), text
        seen += bool(_plain(doc))
    assert seen > 300  # the generated texts do hold other-language sentences


def test_the_quick_tests_on_the_seed_articles():
    if not SEEDS.exists():
        pytest.skip(f"seed articles absent: {SEEDS} not found (they are read from ../shared, never copied)")
    for path in sorted(SEEDS.glob("*.txt")):
        doc = prepare(path.read_text(encoding="utf-8"))
        assert other_language_sentences(doc) == _plain(doc), path.name


# A story with a German statement quoted inside an English sentence (written for these tests).
STORY = (
    "The old museum in the harbour town gave back three paintings on Friday to the family of a collector "
    "who had lost them during the war. Visitors and officials gathered in the main hall for a short ceremony. "
    "The paintings had hung in the museum for more than sixty years before a researcher traced their history. "
)
STATEMENT = (
    "Wir geben heute zurück, was uns nie gehört hat, und wir bitten die Familie um Verzeihung für die lange "
    "Zeit, in der wir nicht gefragt haben, woher diese Bilder kamen und wer sie verloren hat."
)
AFTER = (
    " The family said the paintings would be shown in a gallery in their home city next spring. "
    "The museum plans to check the rest of its collection over the next two years."
)


@pytest.mark.parametrize("lead_in", [
    'The director read a statement in German at the ceremony: "',
    "The director read a statement in German at the ceremony \u2013 \u201e",
    "The director read a statement in German at the ceremony: ",
])
def test_a_quotation_introduced_inside_an_english_sentence_is_judged_apart(lead_in):
    closing = {'"': '"', "\u201e": "\u201c"}.get(lead_in[-1], "")
    text = STORY + lead_in + STATEMENT + closing + AFTER
    apart = score_text(STORY + "The director read a statement in German at the ceremony. " + STATEMENT + AFTER)
    result = score_text(text)
    assert result.language == "en" and result.reliability is not None, result.note
    assert "words in German not scored" in result.note
    # the lead-in is scored, as it is when it is a sentence of its own
    assert result.word_count == apart.word_count
    (start, end, lang, words), *rest = other_language_sentences(prepare(text))
    assert lang == "de" and text[start:end].lstrip('"\u201e').startswith("Wir geben")
    assert words + sum(n for *_, n in rest) == len(prepare(STATEMENT).lowers)


def test_the_speaker_before_a_foreign_quotation_stays_in_provenance():
    text = STORY * 2 + 'Hartmut Lenz, the director, said: "' + STATEMENT + '"' + AFTER
    result = score_text(text)
    assert result.note.startswith(f"{len(prepare(STATEMENT).lowers)} words in German not scored")
    assert result.signals["provenance"].details["named_sources_share"] > 0
    assert any("director, said" in e.text for e in result.signals["provenance"].evidence)


def test_a_speaker_after_a_foreign_quotation_is_kept():
    text = STORY * 2 + '"' + STATEMENT[:-1] + '," said the director of the museum.' + AFTER
    found = other_language_sentences(prepare(text))
    assert found and all("director" not in text[start:end] for start, end, _, _ in found)
    assert "the director of the museum" in text[found[-1][1]:]


def test_a_sentence_wholly_in_german_with_a_colon_is_left_out_whole():
    german = 'Er sagte in Berlin: "' + STATEMENT + '"'
    text = STORY * 3 + german + AFTER
    doc = prepare(text)
    [(start, end, lang, words)] = other_language_sentences(doc)
    assert lang == "de" and text[start:end] == german
    assert words == len(prepare(german).lowers)

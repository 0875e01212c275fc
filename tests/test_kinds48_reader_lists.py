"""(kinds48) A checklist of questions put to the reader (a line addressing the reader and ending in a colon, then
two or more list items that are only questions) is the reader's: its "I", "me", "ich", "mir" are neither the
writer's first person nor the writer's "ich" of the informal address (voice.reader_question_list). A magazine's
self-test in German was opinion by them on main; the writer's own questions under "Ich frage mich:" stay the
writer's. The texts are written for this test."""

from __future__ import annotations

from kinds_helpers import has_cue as _has
from kinds_helpers import kind_of as _kind

from xlplugin import kinds
from xlplugin.text import prepare
from xlplugin.voice import reader_question_list

_CHECKLIST = """- Gibt es mir Energie? Macht es mich wacher?

- Fördert es meine Motivation?

- Ist es ein Grund, warum ich morgens aufstehe?

- Fühlt es sich für mich richtig an?

- Wird mein Alltag dadurch bunter?

- Kann ich anderen mit Freude davon erzählen?
"""

_SELF_TEST = ("Wie findest du heraus, was dich glücklich macht?\n\n"
              "Viele Menschen suchen lange nach dem, was ihrem Leben Sinn gibt. Eine Methode aus der Psychologie hilft "
              "dabei: Sie stellt einfache Fragen und lässt die Antworten wirken. Du brauchst dafür nur etwas Zeit und "
              "einen ruhigen Ort. Nimm dir an einem Abend eine Stunde und schreib deine Antworten auf.\n\n"
              "{lead}\n\n" + _CHECKLIST + "\n"
              "Wenn du die meisten Fragen mit Ja beantwortest, hast du etwas gefunden, das dir guttut. Du kannst die "
              "Übung jeden Monat wiederholen und deine Antworten vergleichen. Die Methode stammt aus einer Studie der "
              "Universität Heidelberg, die 400 Teilnehmende über ein Jahr begleitet hat.\n")

_READER_LEAD = "Mit den folgenden Fragen kannst du testen, ob eine Tätigkeit zu dir passt:"
_WRITER_LEAD = "Ich frage mich seit Wochen:"


def test_a_checklist_put_to_the_reader_is_no_first_person_of_the_writer():
    kind = _kind(_SELF_TEST.format(lead=_READER_LEAD), page_type="article")
    assert kind.kind == kinds.NEWS, kind  # main: opinion or analysis (first person; informal address with "ich")
    assert not _has(kind, "first person")


def test_the_checklist_is_found_item_by_item():
    doc = prepare(_SELF_TEST.format(lead=_READER_LEAD))
    spans = reader_question_list(doc)
    assert len(spans) == 6
    assert doc.text[spans[0][0]:spans[0][1]] == "Gibt es mir Energie? Macht es mich wacher?"


def test_an_english_checklist_under_ask_yourself_is_found():
    text = ("Before you sign a lease, ask yourself:\n\n- Can I afford the rent if my hours are cut?\n"
            "- Do I know who fixes the boiler?\n- Will my deposit be protected?\n\nMost tenants never ask.\n")
    assert len(reader_question_list(prepare(text))) == 3


def test_the_writers_own_questions_stay_the_writers():
    # guard: a lead with no word for the reader ("Ich frage mich:") leaves the questions the writer's
    text = _SELF_TEST.format(lead=_WRITER_LEAD)
    assert reader_question_list(prepare(text)) == []
    assert _kind(text, page_type="article").kind == kinds.OPINION


def test_a_list_of_statements_or_a_single_question_is_no_checklist():
    # guards: items that are statements, a list with one question, a list with a statement among its items
    statements = "Frage dich Folgendes:\n\n- Ich habe Zeit.\n- Ich bin müde.\n\nDanach geht es weiter.\n"
    one = "Frage dich Folgendes:\n\n- Habe ich Zeit?\n\nDanach geht es weiter.\n"
    mixed = "Ask yourself:\n\n- Do I need it? I think so.\n- Can I pay?\n\nThen decide.\n"
    for text in (statements, one, mixed):
        assert reader_question_list(prepare(text)) == [], text


_LEASE = ("Renting your first flat\n\nRents in the city rose by nine per cent last year, the letting agents' association "
          "said. Most first-time tenants sign within a day of a viewing.\n\n{lead}\n\n- Can I afford the rent if my hours "
          "are cut?\n- Do I know who fixes the boiler?\n- Will my deposit be protected?\n\nThe association's guide lists "
          "the deposit schemes.\n")


def _loaded(lead: str):
    from xlplugin.scorers import loaded_language
    from xlplugin.settings import Settings

    return loaded_language.score(prepare(_LEASE.format(lead=lead)), Settings())


def test_loaded_language_reads_the_checklist_as_the_readers():
    # (loaded_language 130) the checklist's "I" and "my" are the reader's: no first person of the author's
    result = _loaded("Before you sign a lease, ask yourself:")
    assert result.details["first_person_per_1000_words"] == 0.0, result.note
    assert result.details["reader_prompts_not_counted"] == 3, result.details


def test_loaded_language_keeps_the_writers_own_questions():
    # guard: "I keep asking myself:" over the same list leaves it the author's
    result = _loaded("I keep asking myself:")
    assert result.details["first_person_per_1000_words"] > 0, result.note
    assert result.details["reader_prompts_not_counted"] == 0, result.details

"""Loaded language version 37 (helper voice15): the outlet speaking as an institution, and false
loaded words by class (names in a Title Case line, official grades in quotes, compounds naming a
field, plain superlatives and frequencies, denied linking verbs). Fixtures are written for these
tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def _signal(text: str):
    return loaded_language.score(prepare(text), Settings())


def _author(text: str, lead: str = LEAD) -> list[str]:
    """The author's loaded terms and marks (not quoted, not first person, questions or address)."""
    return [e.text for e in _signal(lead + text).evidence if not e.kind.startswith("quoted")
            and e.kind not in loaded_language.VOICE_KINDS]


def _first_person(text: str) -> list[str]:
    return [e.text for e in _signal(text).evidence if e.kind == "first person"]


# 1. the outlet speaking as an institution: a corrections notice, a live blog

CORRECTION_ITEMS = [
    "A story on 3 March about the Lakeside ferry gave its launch year as 1998. It was launched in 1989. {x}",
    "A caption on 28 February named the goalkeeper in the photograph as Tom Reyes. He was Luis Reyes. {x}",
    "A report on 20 February said the bypass would cost £12 million. The agreed figure is £21 million. {x}",
]
INSTITUTIONAL = [
    "We are sorry for the mistake.",
    "We regret the error.",
    "In that report we said the works would finish in May; they finish in June. The article has been corrected.",
    "A reader contacted us to point out the error. The caption has been amended.",
]


@pytest.mark.parametrize("own", INSTITUTIONAL)
def test_a_corrections_notice_speaks_as_the_outlet(own):
    paragraphs = [CORRECTION_ITEMS[0].format(x="The article has been corrected."),
                  CORRECTION_ITEMS[1].format(x=own),
                  CORRECTION_ITEMS[2].format(x="We apologise for the error.")]
    text = "Corrections\n\n" + "\n\n".join(paragraphs) + \
        "\n\nReaders who think we have got something wrong can write to the readers' editor. We aim to reply within a week."
    assert _first_person(text) == []


def test_one_correction_under_a_column_leaves_its_voice():
    column = ("I have lived on this street for thirty years and we deserve better from the council. "
              "We should not have to beg for a pothole to be filled.\n\n"
              "Correction: an earlier version of this column gave the wrong ward. We apologise for the error.")
    assert "I" in _first_person(column) and "we" in _first_person(column)


LIVE = ("Live: floods close the coast road - latest\n\nBy our news team\n\n"
        "{t1} - The coast road is closed at Marbury, police say.\n\n"
        "{t2} - Our reporter at the harbour says the water is still rising.\n\n"
        "{t3} - Here is what we know so far: two villages are cut off and the ferry is suspended.\n\n"
        "We will bring you more as we get it.")


@pytest.mark.parametrize("times", [("18:40", "18:05", "17:30"), ("6.40pm", "6.05pm", "5.30pm"), ("09:12 GMT", "08:50 GMT", "08:15 GMT")])
def test_a_live_blog_speaks_as_the_newsroom(times):
    t1, t2, t3 = times
    assert _first_person(LIVE.format(t1=t1, t2=t2, t3=t3)) == []


def test_two_times_in_an_argued_piece_are_no_live_blog():
    text = ("18:40 - the train was late again. We deserve better.\n\n"
            "That is what I wrote last week, and we are still waiting.\n\n"
            "19:10 - still late. Our patience is gone.")
    assert len(_first_person(text)) >= 4


# 2. false loaded words, by class

@pytest.mark.parametrize("place,cue", [("Pine Hollow", "Hollow"), ("Cedar Savage", "Savage"),
                                       ("Port Vile", "Vile"), ("Fort Brutal", "Brutal")])
def test_a_name_in_a_title_case_dateline_is_a_name(place, cue):
    text = (f"Storm Damage Reported Near {place}\n\n{place}, 4 March 2026\n\n"
            f"Crews worked through the night in the hills west of {place} after the storm, the county said.")
    assert cue not in _author(text, lead="")


@pytest.mark.parametrize("cue", ["Savage", "Shocking", "Brutal", "Vile"])
def test_a_cue_in_a_title_case_headline_alone_still_counts(cue):
    text = f"A {cue} Outlook For Farmers\n\nThe harvest was poor this year, the union said on Monday."
    assert cue in _author(text, lead="")


@pytest.mark.parametrize("grade", [
    'Inspectors rated the hospital "requires improvement" after a visit in May.',
    'The care home was graded "inadequate" by the regulator.',
    'Inspectors rate Brook Lane Primary "inadequate" after a spring visit.',
    'The species is classified as "vulnerable" on the list.',
    'Its rating of "poor" was confirmed on appeal.',
])
def test_an_official_grade_in_quotes_is_no_scare_quote(grade):
    assert not any(t.startswith('"') for t in _author(grade))


@pytest.mark.parametrize("scare", [
    'The minister\'s "reforms" have closed three clinics.',
    'Critics of the "consultation" were ignored.',
])
def test_a_scare_quote_without_a_grade_still_counts(scare):
    assert any(t.startswith('"') for t in _author(scare))


@pytest.mark.parametrize("phrase,cue", [
    ("She now works for a disaster preparedness charity.", "disaster"),
    ("The grant pays for disaster relief in the valley.", "disaster"),
    ("He trained in crisis management before joining the council.", "crisis"),
    ("Every classroom has a panic button by the door.", "panic"),
])
def test_a_compound_naming_a_field_or_a_body_is_plain(phrase, cue):
    assert cue not in [t.lower() for t in _author(phrase)]


@pytest.mark.parametrize("phrase,cue", [
    ("The closure was a disaster for relief agencies.", "disaster"),
    ("The budget is a disaster.", "disaster"),
])
def test_the_cue_stays_outside_a_compound(phrase, cue):
    assert cue in [t.lower() for t in _author(phrase)]


@pytest.mark.parametrize("phrase", [
    "The money goes to the wards where the needs are greatest.",
    "The risk of flooding was greatest in the lower town.",
    "Demand is greatest in winter.",
])
def test_a_superlative_said_after_be_is_a_plain_comparison(phrase):
    assert "greatest" not in _author(phrase)


@pytest.mark.parametrize("phrase", ["It was the greatest scandal of the decade.",
                                    "This is the greatest betrayal in our history."])
def test_a_superlative_of_a_thing_still_counts(phrase):
    assert "greatest" in _author(phrase)


@pytest.mark.parametrize("phrase", [
    "Teachers are offered better jobs elsewhere all the time.",
    "Buses on this route are late all the time, the survey found.",
])
def test_a_plain_frequency_is_no_exaggeration(phrase):
    assert _author(phrase) == []


@pytest.mark.parametrize("phrase,cue", [
    ("The plan does not seem reckless to me.", "reckless"),
    ("The delay doesn't seem shocking, given the weather.", "shocking"),
    ("The new rules won't be a disaster for farmers.", "disaster"),
    ("The cuts did not appear reckless at the time.", "reckless"),
])
def test_a_cue_after_a_denied_linking_verb_counts_nothing(phrase, cue):
    assert cue not in [t.lower() for t in _author(phrase)]


@pytest.mark.parametrize("phrase,cue", [
    ("The plan seems reckless to me.", "reckless"),
    ("They did not hack the servers but stole the files.", "hack"),
])
def test_a_cue_not_denied_still_counts(phrase, cue):
    assert cue in [t.lower() for t in _author(phrase)]


# 3. one short sentence in another language is not read by VADER

REPORT = ("The town council agreed on Tuesday to repair the old bridge over the river. Work will start "
          "in the spring and should take about four months, the engineer said. The road will stay open "
          "to buses during the work, and a footpath will be kept for people walking into town. ")
SHORT_FOREIGN = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu reparieren, sagte die Bürgermeisterin.",
    "De gemeenteraad heeft besloten dat die oude brug in het voorjaar wordt hersteld.",
    "El consejo ha decidido que los trabajos en el puente empiezan sin más retrasos en la primavera.",
]


@pytest.mark.parametrize("foreign", SHORT_FOREIGN)
@pytest.mark.parametrize("joint", [" ", "\n\n"])
def test_a_short_sentence_in_another_language_is_not_read_by_vader(foreign, joint):
    from xlplugin.scorers import sentiment

    alone = sentiment.score(prepare(REPORT), Settings())
    mixed = sentiment.score(prepare(REPORT + joint + foreign), Settings())
    assert mixed.value == alone.value
    assert mixed.details["sentences"] == alone.details["sentences"]


def test_an_english_sentence_with_a_foreign_name_is_still_read():
    from xlplugin.scorers import sentiment

    text = REPORT + "Visitors from Der Spiegel praised the terrible, awful delays with a sneer."
    assert sentiment.score(prepare(text), Settings()).details["sentences"] == 4

"""Kinds and cues a journalist would dispute on saved web pages (kinds16), as classes, on texts
written for these tests: an opening "Courtesy of X" credit is a repost marker as "first appeared
on X" is; an event's agenda (a heading, items with durations or time slots, a host's and a
moderator's lines) is not an article; a headline announcing a release ("Tarn 2.4.0 is now
available!") is no clickbait for its "!"; an organisation's "we" in its own statement on its own
site is the issuer's voice; a capitalised emotive word the text writes as a name throughout
("I already know Fury") is a name.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, score_text
from xlplugin.scorers import loaded_language, provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

from test_kinds_exact import _same_kinds

BODY = ("Fishing families on the Sel coast have kept the dunes stable for centuries, a new study finds.\n\n"
        "\"Where the families hold the land, the marram grass comes back,\" said ecologist Runa Vik, "
        "who led the survey of 40 villages.\n\n"
        "The paper, published in the Coastal Ecology Review, compared satellite images from 1990 and 2020.\n")


def _cues(text: str, **meta: str) -> dict:
    return {e.kind: e for e in provenance.score(prepare(text, **meta), Settings()).evidence}


# --- 1. an opening credit is a repost marker -----------------------------------------------

@pytest.mark.parametrize("credit", ["Courtesy of Harbour Weekly", "Courtesy of the Sel Coast Gazette"])
def test_an_opening_courtesy_credit_is_a_repost_marker(credit):
    text = f"{credit}\n\nWritten by: Ana Holm\n\n{BODY}"
    cue = _cues(text)["repost markers"]
    assert cue.present and cue.text == credit
    assert kinds.classify(prepare(text)).kind == kinds.WIRE


@pytest.mark.parametrize("credit", ["Republished courtesy of Harbour Weekly.", "Article courtesy of Harbour Weekly."])
def test_a_closing_courtesy_credit_is_a_repost_marker(credit):
    text = f"Dunes held by fishing families\n\n{BODY}\n{credit}\n"
    assert _cues(text)["repost markers"].present
    assert kinds.classify(prepare(text)).kind == kinds.WIRE


@pytest.mark.parametrize("line", ["Photo courtesy of Runa Vik", "Image: courtesy of the Sel Coast Trust"])
def test_a_photo_credit_is_no_repost_marker(line):
    assert not _cues(f"Dunes held by fishing families\n\n{line}\n\n{BODY}")["repost markers"].present


def test_courtesy_of_inside_a_sentence_is_no_repost_marker():
    text = f"Dunes held by fishing families\n\n{BODY}\nThe survey boat came courtesy of the harbour board.\n"
    assert not _cues(text)["repost markers"].present


# --- 2. an event's agenda is not an article ------------------------------------------------

AGENDA = """Host: Brightwater Makers, 12 Quay Street, Sel

Moderator: Ida Brand

Agenda

- Two short lightning talks (20 mins)

- Open exchange of experience (1 hour)

- Three stories from the floor: what went wrong and what did we learn? (45 mins)

- Small groups (30 mins)

- Where and when do we meet next? (15 mins)
"""

PROGRAMME = """Spring meetup of the Sel Coast coders

Programme

09:30 - 10:00 Coffee and welcome
10:00 - 10:45 Keynote: testing the untestable, Ana Holm
10:45 - 11:30 Panel: small teams, big codebases
11:30 - 12:00 Lightning talks
"""


@pytest.mark.parametrize("text", [AGENDA, PROGRAMME])
def test_an_agenda_is_not_an_article(text):
    kind = kinds.classify(prepare(text, url="https://selcoders.example.org/2026/04/spring-meetup/"))
    assert kind.kind == kinds.NOT_ARTICLE
    assert score_text(text).reliability is None


def test_a_report_with_durations_in_it_stays_a_report():
    text = ("Harbour board approves new ferry timetable\n\n" + BODY
            + "\nCrossings to Nordby will take longer (50 mins) in winter, the board said.\n")
    assert kinds.classify(prepare(text)).kind == kinds.NEWS


def test_a_live_blogs_single_times_are_no_agenda():
    entries = "".join(f"\n{h}:{m} The harbour board has {what}.\n"
                      for h, m, what in (("10", "02", "opened the meeting"), ("10", "15", "heard the objections"),
                                         ("10", "41", "voted seven to four"), ("11", "03", "closed the meeting")))
    text = "Harbour board meeting: live\n" + entries + "\n" + BODY
    assert kinds.classify(prepare(text)).kind != kinds.NOT_ARTICLE


def test_agenda_rules_decide_as_the_plain_patterns(monkeypatch):
    _same_kinds([prepare(AGENDA), prepare(PROGRAMME), prepare(BODY)], monkeypatch)


# --- 3. a release headline is no clickbait --------------------------------------------------

@pytest.mark.parametrize("title", ["Tarn 2.4.0 is now available!", "Version 2.1 released!",
                                   "Announcing Tarn 3.0!", "Tarn 2.4 is out!"])
def test_a_release_headline_is_no_clickbait(title):
    text = f"{title}\n\nTarn {title.split()[1] if title[0] == 'T' else '2.1'} brings faster builds. You can download it here.\n"
    assert not _cues(text, title=title)["clickbait headline"].present


@pytest.mark.parametrize("title", ["You have to see what this mayor did!", "Over 1.5 million released!"])
def test_other_exclaimed_headlines_stay_clickbait(title):
    assert _cues(f"{title}\n\n{BODY}", title=title)["clickbait headline"].present


# --- 4. an organisation's own "we"; a name written as one ------------------------------------

STATEMENT = ("Access to the Sel archive restored\n\n"
             "The Sel Archive Foundation welcomes the court's ruling published on Thursday. Shortly after it, "
             "we received reports that access had been restored. We are grateful to the readers who wrote to us, "
             "and we will keep this statement updated. Our case before the appeals court continues.\n")


def _first_person(text: str, **meta: str) -> int:
    score = loaded_language.score(prepare(text, **meta), Settings())
    return sum(e.kind == "first person" for e in score.evidence)


def test_an_organisations_we_on_its_own_site_is_its_voice():
    meta = dict(author="Sel Archive Foundation", outlet="Sel Archive Foundation",
                url="https://selarchivefoundation.example.org/news/2026/access-restored/")
    assert _first_person(STATEMENT, **meta) == 0
    assert _first_person(STATEMENT) > 0  # with no publisher known, "we" still counts


def test_a_persons_we_on_an_organisations_site_still_counts():
    meta = dict(author="Ana Holm", outlet="Sel Coast Gazette", url="https://selcoastgazette.example.org/2026/archive/")
    assert _first_person(STATEMENT, **meta) > 0


DIARY = ("My mage in the north, part one\n\n"
         "I can only cast spells of one school. The trader in the first village has Fury, which makes enemies "
         "turn on each other. I already know Fury, as it turns out. Two bandits draw their bows. Fury! "
         "They turn on each other while I hide behind a cart.\n")


def _emotive(text: str) -> list[str]:
    score = loaded_language.score(prepare(text), Settings())
    return [e.text for e in score.evidence if e.kind == "emotive"]


def test_a_capitalised_name_written_so_throughout_is_no_loaded_term():
    assert "Fury" not in _emotive(DIARY)


def test_the_word_in_lower_case_anywhere_keeps_it_loaded():
    text = DIARY + "\nThe bandits' fury was something to see. I already know Fury well.\n"
    assert "Fury" in _emotive(text)


def test_slogan_capitals_and_conventional_capitals_stay_loaded():
    slogan = ("Harbour board denies deal\n\nThe mayor repeated that there was No Collusion with the builders. "
              "His allies spoke of Total Collusion by the opposition. Neither side showed a document.\n")
    assert "Collusion" in _emotive(slogan)
    # (loaded33) "Nazism", a regime's doctrine, counts only beside another cue (as "socialist" and "fascist"
    # do): the capitalised word still counts where its sentence is loaded, not read as a name
    ism = ("A century of extremes\n\nThe town museum shows how vile Nazism reached the valley. Many who lived "
           "through Nazism kept silent afterwards.\n")
    assert "Nazism" in _emotive(ism)

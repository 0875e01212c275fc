"""Two shapes that read as the writer's argued voice (advert30, fresh29 defect 10):

1. an automatic transcript, each line opening with its timestamp ("00:12:31 ...", "[00:12:31] ...", "[12:31] Speaker 1:
   ..."), is a transcript: its lines are its speakers' words, a report's cue, not the writer's first person or
   questions (interview._timed_transcript). Near misses: an agenda's clock times, a podcast's chapter list, a subtitle
   file's "-->" lines, an opinion column with a few times in it.
2. a page written for search says "near me" as the searcher ("Best Roof Repair Near Me", "roof repair near me" again
   and again): not the writer's "me" (pronouns.not_pronoun), so its FAQ headings, each answered by the paragraph under
   it, are headings and not the author's rhetorical questions (argued_voice._author_says_i had read "near me" as the
   author's "I"). "She lives near me" once stays the writer's.
Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from xlplugin import interview, kinds, prepare, score_text


def _kind(text: str) -> kinds.Kind:
    return kinds.classify(prepare(text))


_LINES = [
    "welcome back to the workshop hour i'm here with Dev Rao who has been restoring bikes for twenty years",
    "twenty two this summer actually",
    "twenty two and i think you've got strong views on chains",
    "i do yeah so the thing people get wrong is they use far too much oil and the oil picks up grit",
    "right so what should they do instead",
    "i tell people wipe it first then one drop on each link and wipe it again honestly that is all",
    "and how often",
    "every two weeks in winter i'd say my own bike gets it every weekend because i ride on the coast road",
    "okay we'll take a break there and after the break listener questions so stay with us",
]


def _stamped(style: str) -> str:
    out = ["Episode 41 - The Workshop Hour - automatic transcript", ""]
    for n, line in enumerate(_LINES):
        minutes, seconds = divmod(7 + 13 * n, 60)
        stamp = f"00:{minutes:02d}:{seconds:02d}"
        if style == "bare":
            out.append(f"{stamp} {line}")
        elif style == "bracketed":
            out.append(f"[{stamp}] {line}")
        elif style == "speakers":
            out.append(f"{stamp} Speaker {1 + n % 2}: {line}")
        else:  # minutes and seconds in brackets, with a speaker
            out.append(f"[{minutes:02d}:{seconds:02d}] Speaker {1 + n % 2}: {line}")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("style", ["bare", "bracketed", "speakers", "short"])
def test_an_automatic_transcript_is_its_speakers_words_not_the_writers_voice(style):
    text = _stamped(style)
    turns = interview.transcript(prepare(text))
    assert turns is not None and turns.timed and len(turns.turns) == len(_LINES), turns
    kind = _kind(text)
    assert kind.kind == kinds.NEWS, kind
    assert any(cue.startswith("an automatic transcript") for cue in kind.cues), kind.cues
    loaded = score_text(text).signals["loaded_language"]
    assert not [e for e in loaded.evidence if e.kind in ("first person", "rhetorical question")], loaded.evidence


_NOT_TRANSCRIPTS = {
    "agenda": ("Harbour Forum 2026 - programme\n\n09:30 Registration and coffee in the main hall for all delegates\n"
               "10:00 Welcome from the chair of the harbour board and the mayor\n10:20 Keynote on the future of the "
               "fishing fleet and its crews\n11:00 Panel on ferry timetables and the new bus links\n12:00 Lunch in "
               "the gallery with the exhibitors and sponsors\n13:00 Workshops on grants for small boat owners\n"
               "14:30 Close and thanks from the organisers\n"),
    "chapters": ("In this episode we talk to a cement engineer about kilns.\n\n00:00:00 Intro\n00:01:10 Who is Ana\n"
                 "00:05:30 Cement kilns\n00:14:40 Carbon capture\n00:22:05 Listener questions\n00:31:00 Wrap-up\n\n"
                 "Thanks to our sponsor, and see you next week.\n"),
    "subtitles": ("1\n00:00:01,000 --> 00:00:04,000\nThe ferry left at six.\n\n2\n00:00:04,500 --> 00:00:08,000\n"
                  "Nobody on the quay knew why.\n\n3\n00:00:08,500 --> 00:00:12,000\nThe harbour master said the tide "
                  "was wrong.\n\n4\n00:00:12,500 --> 00:00:16,000\nBy seven, the quay was empty.\n\n5\n"
                  "00:00:16,500 --> 00:00:20,000\nThe next boat left at nine.\n\n6\n00:00:20,500 --> 00:00:24,000\n"
                  "It was full.\n"),
}


@pytest.mark.parametrize("name", sorted(_NOT_TRANSCRIPTS))
def test_clock_times_chapter_lists_and_subtitles_are_no_transcript(name):
    doc = prepare(_NOT_TRANSCRIPTS[name])
    turns = interview.transcript(doc)
    assert turns is None or not turns.timed, (name, turns)


def test_a_column_with_a_few_timestamps_keeps_the_writers_voice():
    text = ("I have listened to every episode of the council's podcast, and I think it is a waste of money.\n\n"
            "At 00:12:31 the leader says the budget is balanced. It is not. At 00:14:02 she says the pool will "
            "reopen. I do not believe it.\n\nMy view is simple: I would scrap the podcast and open the pool.\n")
    kind = _kind(text)
    assert not any(cue.startswith("an automatic transcript") for cue in kind.cues), kind.cues
    loaded = score_text(text).signals["loaded_language"]
    assert [e for e in loaded.evidence if e.kind == "first person"], loaded.evidence


# --- 2. "near me" and FAQ headings on a page written for search

def _seo(service: str, title_case: bool) -> str:
    title = f"Best {service.title()} Near Me: A Complete Guide" if title_case else f"A complete guide to {service}"
    return (f"{title}\n\n"
            f"In this article we will explain {service} near me, {service} prices near me and how to find a good {service} "
            f"company near me.\n\n"
            f"What Is {service.title()}?\n\n"
            f"{service.capitalize()} is the work of fixing and looking after a home. A good {service} firm can save "
            "you money. Most homeowners need it every few years.\n\n"
            f"How Much Does {service.title()} Cost?\n\n"
            f"The average {service} job costs between 200 and 900 pounds. Small jobs cost less. Prices also "
            "depend on where you live.\n\n"
            f"Is {service.title()} Worth It?\n\n"
            f"Yes, {service} is worth it. It protects your home. It can also add to its value.\n")


@pytest.mark.parametrize("service", ["gutter cleaning", "boiler servicing", "driveway repair"])
@pytest.mark.parametrize("title_case", [True, False])
def test_near_me_on_a_page_written_for_search_is_no_first_person_and_its_faq_headings_no_questions(service, title_case):
    text = _seo(service, title_case)
    loaded = score_text(text).signals["loaded_language"]
    found = [(e.kind, e.text) for e in loaded.evidence
             if e.kind == "rhetorical question" or e.kind == "first person" and e.text.lower() == "me"]
    assert found == [], found  # ("we" in "In this article we will explain" stays the writer's)
    assert _kind(text).kind != kinds.OPINION, _kind(text)


@pytest.mark.parametrize("sentence", [
    "My mother lives near me now, and I visit her every day.",
    "I moved to the coast because the only school near me had closed.",
])
def test_near_me_said_once_by_the_writer_stays_the_writers(sentence):
    text = f"{sentence}\n\nThe council says it has no money for a new school. I think it is wrong.\n"
    loaded = score_text(text).signals["loaded_language"]
    mes = [e for e in loaded.evidence if e.kind == "first person" and e.text.lower() == "me"]
    assert len(mes) == 1, loaded.evidence

"""Transcripts (xlplugin/interview.py `transcript`): a text made mostly of speaker-labelled
turns is the speakers' words, not the author's. Their loaded words count as quoted, their first
person and questions are theirs, and the kind is reporting. Fixtures are written for these tests."""

from __future__ import annotations

from xlplugin import interview, kinds
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

# A hearing: role-and-name labels in capitals, a heated member, no one interviewing anyone.
HEARING = """Minutes: Dunmore Parish Board, planning session, 3 March 2025

CHAIR OKAFOR: Good evening. We turn to the application for the quarry road.
MEMBER LINDQVIST: I have read the survey. The road would carry forty lorries a day past the school.
MEMBER HALE: This is a disgrace. An absolutely shameful plan, and they think we will swallow it?
CHAIR OKAFOR: Member Hale, please keep to the papers.
MEMBER HALE: I will not. It is a scandal and everyone knows it!
MEMBER LINDQVIST: The survey on page nine lists the hours the lorries would run.
CHAIR OKAFOR: We will decide at the April meeting. Thank you all.
"""

# A podcast written down with bold labels, several paragraphs per turn now and then.
PODCAST = """Episode 12: the allotment wars

**Ruth:** Welcome back. Today my guest and I argue about slugs.

**Omar:** Thanks for having me. My view is simple: beer traps are a disaster for the hedgehogs.

**Ruth:** Come on, a disaster? I have used them for years.

And my hedgehogs seem fine to me.

**Omar:** Your hedgehogs are lucky, then. Mine got into the traps twice last summer.

**Ruth:** Fair enough. Next week: the great compost debate.
"""

# An opinion piece that quotes a few positions with labels among the writer's own paragraphs.
OP_ED = """Why the tram plan deserves a second look

I have lived beside the old rail line for twenty years, and I think the council's tram plan is a disgrace to the people who waited for it.

Critics: the route skips the hospital.
Supporters: the route is cheap to build.

Both sides miss the point. The plan is shameful because it was drawn up without asking a single resident, and the consultation was a sham from the start.

We deserve better than this. Who asked the people who will ride it every morning?
"""


def loaded(text: str):
    return loaded_language.score(prepare(text), Settings()).details


def test_speaker_labelled_texts_are_transcripts():
    hearing = interview.transcript(prepare(HEARING))
    assert hearing is not None and len(hearing.turns) == 7 and hearing.speakers == 3
    doc = prepare(HEARING)
    assert not interview.transcript(doc).holds(doc.text.index("Dunmore"))  # the title is the author's
    podcast = interview.transcript(prepare(PODCAST))
    assert podcast is not None and podcast.speakers == 2
    doc = prepare(PODCAST)
    assert interview.transcript(doc).holds(doc.text.index("And my hedgehogs"))  # a turn's second paragraph


def test_a_few_labelled_lines_in_an_op_ed_are_no_transcript():
    assert interview.transcript(prepare(OP_ED)) is None


def test_a_speakers_loaded_words_count_as_quoted_not_the_authors():
    for text in (HEARING, PODCAST):
        details = loaded(text)
        assert details["author_terms"] == 0 and details["quoted"] >= 2
        assert details["first_person_per_1000_words"] == 0 and details["question_share"] == 0
    op_ed = loaded(OP_ED)  # the writer's own words still count
    assert op_ed["author_terms"] >= 3 and op_ed["first_person_per_1000_words"] > 0 and op_ed["question_share"] > 0


def test_a_transcript_is_reporting():
    kind = kinds.classify(prepare(HEARING))
    assert kind.kind == kinds.NEWS
    assert any(cue.startswith("transcript form") for cue in kind.cues)
    assert not any(cue.startswith("transcript form") for cue in kinds.classify(prepare(OP_ED)).cues)
    assert kinds.classify(prepare("Opinion\n\n" + HEARING)).kind == kinds.OPINION

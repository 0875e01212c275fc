"""(talk35) A broadcast's transcript, its speakers' turns labelled by their names in capitals at a line's
start ("TALBOT:", "GRACE WYNNE, SENATOR:", "UNIDENTIFIED MALE:"), each turn running on over several lines
(one sentence a line, as such pages are often copied), with stage directions in brackets ("(CROSSTALK)",
"(BEGIN VIDEO CLIP)", "[audience laughter]") and often a few paragraphs of the writer's own above it, is a
transcript: the turns are their speakers' words (their "I", their "!", their loaded words), a report's cue.
On main too few of its lines opened a turn, so a cable news segment, a radio phone-in and a council
meeting's record written this way were the writer's opinion. Near-misses keep their reading: one "NOTE:" or
"UPDATE:" line, a list of "WARNING:" and "TIP:" lines, an article quoting one speaker's "SMITH: ..." lines,
headings in capitals ending in a colon, a fact check's "THE FACTS:" lines.

All texts here were written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import interview, score_text
from xlplugin.text import prepare

CABLE = """Senator spars with host over harbour bridge tolls

On Thursday night Rob Talbot of Channel Nine hosted Senator Grace Wynne and the economist Leo Marsh to talk about the bridge tolls.
The segment ran for eleven minutes.

TALBOT: Senator, the tolls went up again this week.
Drivers are furious!
I have had a thousand emails about it.
GRACE WYNNE, SENATOR: Rob, I share the anger.
I voted against this disgraceful rise.
It is a scandal, frankly!
TALBOT: But your party wrote the contract.
WYNNE: That is simply not true.
(CROSSTALK)
TALBOT: Leo, who is right?
MARSH: The contract was signed in 2019 by a committee of both parties.
I have read every page of it, and the rise is in clause nine.
(BEGIN VIDEO CLIP)
UNIDENTIFIED MALE: I pay forty dollars a week just to get to work!
(END VIDEO CLIP)
TALBOT: That is the story for a lot of people.
WYNNE: It is outrageous, and I will fight it!
MARSH: I would wait for the review before anyone promises anything.
"""

PHONE_IN = """Morning Call: listeners on the new bin collections

Martin Fenwick took calls about the council's fortnightly bin collections on Tuesday's programme.

FENWICK: Good morning, you are on the air.
What do you make of the new collections?
PAULINE, LEEDS: Martin, it is a total shambles!
My bins have not been emptied for three weeks.
I rang the council twice and nobody called back.
FENWICK: Three weeks is a long time.
Did they give you a reason?
PAULINE, LEEDS: They blamed the new rounds.
I think it is pathetic!
FENWICK: Let's go to Derek in Wakefield.
DEREK, WAKEFIELD: I have to say mine has been fine.
The crew came on Monday as promised.
FENWICK: So it depends where you live?
DEREK, WAKEFIELD: I reckon so, yes.
[music]
"""

COUNCIL = """Planning committee, 4 March: the Quarry Road flats

The following is a record of the debate on item six.

HOLLIS: I move that we approve the application.
The officers recommend it, and I have visited the site.
OKONJO: I cannot support it.
My residents are appalled!
The road is already a death trap.
HOLLIS: The highways report says otherwise.
OKONJO: I have read the highways report.
I do not believe a word of it.
(INAUDIBLE)
HOLLIS: Councillor, please.
We will take the vote.
BRAITHWAITE: I second the motion, and I ask that the minutes record Councillor Okonjo's objection.
"""

# the same form without stage directions: the speakers named in the writer's introduction
NO_STAGE = """Radio debate on the future of the village post office

Ruth Kendal and Ian Prior, both parish councillors, met on Radio Dale on Sunday.

KENDAL: I have lived here all my life.
The post office is the heart of this village!
PRIOR: I love it too, but it loses money every week.
I have seen the accounts.
KENDAL: Then the county should pay.
It is a disgrace that they will not!
PRIOR: I agree they should help.
But I will not promise what we cannot pay for.
"""

BROADCASTS = {"cable": CABLE, "phone_in": PHONE_IN, "council": COUNCIL, "no_stage": NO_STAGE}


@pytest.mark.parametrize("name", sorted(BROADCASTS))
def test_a_broadcast_transcript_is_a_transcript(name):
    text = BROADCASTS[name]
    doc = prepare(text)
    found = interview.transcript(doc)
    assert found is not None, name
    # the writer's introduction stays the writer's; the turns from the first label on are the speakers'
    first = text.index("\n", text.index(":", text.index("\n\n", text.index("\n") + 2)) - 20)
    assert not found.holds(text.index("\n") + 3)
    assert found.holds(first + 5)
    assert found.holds(len(text.rstrip()) - 3)
    result = score_text(text)
    assert any("transcript form" in c for c in result.kind_cues), result.kind_cues
    assert result.kind == "news report", (result.kind, result.kind_cues)


@pytest.mark.parametrize("name", sorted(BROADCASTS))
def test_the_speakers_i_and_exclamations_are_not_the_writers(name):
    evidence = score_text(BROADCASTS[name]).signals["loaded_language"].evidence
    own = [e for e in evidence if e.kind in ("first person", "rhetorical question", "exclamation")]
    assert not own, [(e.kind, e.text) for e in own]
    details = score_text(BROADCASTS[name]).signals["loaded_language"].details
    assert details["exclamation"] == 0, details


def test_a_surname_is_the_speaker_of_the_full_label():
    # "GRACE WYNNE, SENATOR:" and "WYNNE:" are one speaker; the unidentified voice one more
    found = interview.transcript(prepare(CABLE))
    assert found is not None and found.speakers == 4
    assert len(found.turns) == 10


# Near-misses: no broadcast's transcript, whatever their capitals and colons
ONE_NOTE = """Library to close early on Fridays

The central library will close at 4pm on Fridays from next month, the council said.
A spokesperson said the change would save money on staff.
NOTE: This article was updated on Monday to correct the closing time.
UPDATE: The council has since said the change is under review.
Readers said they were disappointed.
"""
TIPS = """Staying safe on the hills this winter

Walkers are being urged to plan ahead, the mountain rescue team said.
WARNING: Snow can hide the path.
TIP: Tell someone your route.
WARNING: Phone signal is poor above the tree line.
TIP: Carry a torch and spare batteries.
WARNING: Daylight ends early.
TIP: Turn back if the weather closes in.
"""
ONE_SPEAKER = """Recording shows aide discussing campaign plans

A recording obtained by the paper shows a campaign aide talking about the party's plans.
SMITH: "We don't have to tell the voters everything."
The aide later said the remark was a joke.
SMITH: "You keep the message simple."
Smith did not reply to a request for comment.
SMITH: "That is how you win."
JONES: "I never heard that."
The party said it would look into the matter.
"""
HEADINGS = """Budget 2026 at a glance

WHAT CHANGES:
Income tax thresholds rise by 2 per cent.
WHO GAINS:
Pensioners and first-time buyers.
WHO LOSES:
Drivers, as fuel duty goes up.
WHAT NEXT:
The bill goes to a vote in April.
"""
FACT_CHECK = """Claims checked: what did not happen this week

THE CLAIM: A photo shows a shark on a flooded motorway.
THE FACTS: The photo was edited; the original shows an empty road.
THE CLAIM: The mayor banned dogs from the park.
THE FACTS: No such ban exists, a council spokesperson said.
THE CLAIM: Stamps will cost five pounds next year.
THE FACTS: The post office said prices have not been set.
"""
# two speakers, but only two turns in capitals and no exchange: a report quoting two lines
TWO_LINES = """Harbour board approves new pier

The harbour board voted on Tuesday to approve a new pier, board members said.
HOLT: "It is a good day for the town."
The vote was 5 to 2.
REED: "I still have doubts about the cost."
Construction begins in May.
"""


@pytest.mark.parametrize("text", [ONE_NOTE, TIPS, ONE_SPEAKER, HEADINGS, TWO_LINES],
                         ids=["note_update", "tips", "one_speaker", "headings", "two_lines"])
def test_near_misses_are_no_transcript(text):
    assert interview.transcript(prepare(text)) is None


def test_a_fact_checks_labels_keep_their_reading():
    # (a fact check's "THE CLAIM:" / "THE FACTS:" lines were read as a record's labels in capitals before talk35,
    # interview._record_labels, and are left so; the broadcast reading takes none of its labels)
    assert interview.transcript(prepare(FACT_CHECK)) == interview._transcript(prepare(FACT_CHECK))
    assert score_text(FACT_CHECK).kind == "news report"


def test_the_writers_paragraphs_after_the_turns_stay_the_writers():
    # a blank line after the last turn closes it: the writer's closing paragraph is the writer's again
    text = NO_STAGE + "\nWhat do you think? I think the county has let this village down!\n"
    found = interview.transcript(prepare(text))
    assert found is not None
    assert not found.holds(text.index("What do you think"))
    evidence = score_text(text).signals["loaded_language"].evidence
    assert any(e.kind == "exclamation" for e in evidence), [(e.kind, e.text) for e in evidence]


def test_turns_in_paragraphs_with_the_writers_questions_between_are_not_read_so():
    # turns parted by blank lines, the writer's own question paragraph among them: the writer's question stays the
    # writer's (the longer rule, interview._transcript, reads a transcript in paragraphs; this one is not one)
    text = ("Mayor refuses second debate\n\n"
            "A week before the vote, the mayor's campaign said there would be no second debate.\n\n"
            "ANNA LOWE: Why not debate again?\n\n"
            "PETER KEMP: The mayor has debated once and the voters have heard her plans.\n\n"
            "LOWE: Your side asked for three debates in the spring.\n\n"
            "KEMP: The mayor does not take orders from her rival on when to debate.\n\n"
            "So what happened to the promise of a debate anytime, anywhere? Voters deserve better.\n\n"
            "HARRIS: I will debate anyone, anywhere, at any time.\n")
    found = interview.transcript(prepare(text))
    assert found is None or not found.holds(text.index("So what happened"))

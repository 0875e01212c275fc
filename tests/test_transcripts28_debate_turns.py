"""(transcripts28) A debate's or a meeting's record in speaker-labelled turns is a transcript, also
when it is short: a member's label with a constituency and a party in brackets ("Mr Oliver
Tansley (Saltmarsh North) (Con):"), a councillor's with a role ("Cllr Marian Oduya (Chair):"), an
office with its holder ("The Minister for Rail (Mr Neil Carver):"), the same speaker later by a
shorter label ("Mr Tansley:"), and full names in capitals ("SARAH KEMBLE:") from three turns. On
main such an extract was the writer's opinion: the speakers' "I" and questions ("Will the Hon.
Gentleman accept ...?") counted as the author's. Near-misses keep their kinds: a report quoting a
meeting in its sentences, a column with two labelled lines among its own paragraphs, a notice with
two labelled lines under its prose.

All texts here were written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import interview, score_text
from xlplugin.text import prepare

HANSARD = """Harbour Dues (Amendment) Bill - Committee Stage

Mr Oliver Tansley (Saltmarsh North) (Con): I have tabled this amendment because my constituents who fish from small boats pay the same dues as the ferry companies. I ask the Minister to look again.

Ms Rhian Pryce (Aberwen) (PC): Will the Hon. Gentleman accept that the dues fund the lifeboat station in my constituency? I have seen what happens when it closes.

Mr Tansley: I accept that entirely, and I do not want the station closed. My point is about who pays.
"""
COUNCIL = """Extract from minutes: Highways Committee, 12 June

Cllr Marian Oduya (Chair): I welcome members and I will take item four, the bus gate on Mill Lane.

Cllr Peter Lusk (Lib Dem): I have had forty letters about this scheme. My residents were never asked. Why was there no consultation?

Cllr Marian Oduya (Chair): I note the point. The officer's report says a consultation ran in March. The recommendation was carried 6 to 3.
"""
MINISTER = """Transport Questions: rail fares in the north

Mrs Dawn Ferrers (Kilnworth) (Lab): What assessment has the Minister made of rail fares in the north? My constituents pay more for less.

The Minister for Rail (Mr Neil Carver): I thank the Hon. Lady. I have asked the operators for figures and I will place them in the Library.

Mrs Ferrers: I am grateful, but will he meet me and my constituents to hear it for himself?

The Minister for Rail (Mr Neil Carver): I would be happy to do so.
"""
TWO_TURNS = """Parish council, 3 April: the village green

Cllr Jean Atwood (Chair): I have asked the clerk to get three quotes for the railings before our next meeting. I want the work done before the fete.

Cllr Rob Meece (Vice-Chair): I agree, and I will ask the county whether it can pay half. My view is that the green belongs to all of us.
"""
CAPITALS = """Village Hall Inquiry: Day Two

SARAH KEMBLE: I ran the booking office for eleven years and I never saw the accounts. My job was the diary.

DAVID ORME: I put it to you that you signed the returns in 2019 and 2020. Do you accept that?

SARAH KEMBLE: I signed what I was given. I did not write the figures.
"""
LONG_DEBATE = """Coastal Erosion Bill - Second Reading
Extract from the Official Report, 9 May

Mr Oliver Tansley (Saltmarsh North) (Con): I beg to move that the Bill be now read a Second time. In my constituency the cliff has moved eleven metres in five years. I have stood in gardens that are no longer there.

Ms Rhian Pryce (Aberwen) (PC): Will the Hon. Gentleman give way?

Mr Tansley: I will.

Ms Pryce: Does he accept that the fund in his Bill is a quarter of what the Environment Agency says is needed?

Mr Tansley: I accept the figure. I do not accept that doing nothing is cheaper.

Madam Deputy Speaker (Dame Ruth Hale): Order. Interventions must be brief.

Dr Ken Obi (Lowmoor) (LD): The Bill gives every council a coastal plan within two years. I support it, but I want the money to follow the plan.

Question put, That the Bill be now read a Second time.
The House divided: Ayes 301, Noes 190.
"""
RECORDS = {"hansard": HANSARD, "council": COUNCIL, "minister": MINISTER, "two_turns": TWO_TURNS,
           "capitals": CAPITALS, "long_debate": LONG_DEBATE}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_a_record_of_labelled_turns_is_a_transcript(name):
    text = RECORDS[name]
    found = interview.transcript(prepare(text))
    assert found is not None, name
    result = score_text(text)
    assert any("transcript form" in c for c in result.kind_cues), result.kind_cues
    assert result.kind == "news report", (result.kind, result.kind_cues)


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_the_speakers_i_and_questions_are_not_the_authors(name):
    text = RECORDS[name]
    evidence = score_text(text).signals["loaded_language"].evidence
    own = [e for e in evidence if e.kind in ("first person", "rhetorical question")]
    assert not own, [(e.kind, e.text) for e in own]


def test_a_members_short_label_is_the_same_speaker():
    # one member's speech under a full label and a short one is one speaker: no record of a debate
    one = ("Harbour Dues (Amendment) Bill - Committee Stage\n\n"
           "Mr Oliver Tansley (Saltmarsh North) (Con): I have tabled this amendment for the small boats in my "
           "constituency. I ask the Minister to look again.\n\n"
           "Mr Tansley: I know the dues fund the lifeboat station. My point is about who pays.\n")
    assert interview.transcript(prepare(one)) is None
    two = one + "\nMs Rhian Pryce (Aberwen) (PC): I will support the amendment if the station is protected.\n"
    assert interview.transcript(prepare(two)) is not None
    found = interview.transcript(prepare(LONG_DEBATE))
    assert found is not None
    assert len(found.turns) == 7


# Near-misses: the writer's own paragraphs with labelled lines, a report of a meeting
REPORT = """Council backs Mill Lane bus gate despite objections

A bus gate on Mill Lane in Harwood will go ahead after the highways committee voted 6 to 3 on Tuesday evening.

Councillor Peter Lusk, a Liberal Democrat, said he had received forty letters. "My residents were never asked," he told the meeting.

The chair, Councillor Marian Oduya, said a consultation had run in March and that the officer's report recommended the scheme.

Work is due to start in September and will take about six weeks, the council said.
"""
COLUMN = """Why I changed my mind about the bus gate

I used to think bus gates were a tax on drivers. I have lived on Mill Lane for twenty years and I drive every day.

Then I took the number 7 for a month. The buses were on time for the first time I can remember.

Critics (Residents' Association): The gate splits the village in two.
Supporters (Bus Users Group): The gate gives buses back ten minutes a trip.

I think the supporters have the better of it. My drive is a few minutes longer. I can live with that.
"""
NOTICE = """Flooding update from the Environment Agency

The river at Harwood rose by half a metre overnight and is expected to peak on Thursday, the agency said in a statement.

Sandbags have been left at the village hall and the fire station. Residents in the lowest streets were advised to move valuables upstairs.

Flood Warden (Harwood): Sandbags are at the hall until 8pm.
Parish Clerk (Harwood): The hall will stay open overnight if needed.

The agency said it would issue a new update at 6am.
"""
CAPITAL_LABELS_TWO = """Harbour board approves new pier

UPDATE FROM THE BOARD: The harbour board approved the new pier on Monday by five votes to two.

JANE ROSS: The chair said work would start in the spring, according to the minutes.
"""


@pytest.mark.parametrize("text, kind", [(REPORT, "news report"), (COLUMN, "opinion or analysis"),
                                        (NOTICE, "news report"), (CAPITAL_LABELS_TWO, None)],
                         ids=["report", "column", "notice", "two_capital_labels"])
def test_near_misses_are_no_transcript(text, kind):
    assert interview.transcript(prepare(text)) is None
    if kind:
        assert score_text(text).kind == kind

"""Provenance version 92 (helper calm31): one body's voices only.

A report that quotes only one government's officials about that government's own programme (a
minister, a governor, the state inspectorate), or only the people of one body, gave the named
sources cue its full credit, the same as a local report quoting the council, a shopkeeper and a
councillor: since voices31 the Why says "all 3 named sources are officials: ..." or "all 2 named
sources speak for one body: ...", but it weighed nothing. Now the named sources cue keeps
ONE_BODY_SHARE (half) of its credit there, and says so in its evidence. The same report with a
resident and an independent voice added, and a report quoting several sides, keep the full credit.
Fixtures are texts written for these tests."""

import pytest

from xlplugin.engine import score_text
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

RAIL = 'New rail line to link northern towns by 2028\n\nThe national railway programme will connect twelve northern towns to the capital by 2028, the Ministry of Transport announced on Tuesday.\n\nTransport Minister Elena Varga said the first 140 kilometres of track had been laid ahead of schedule. "This programme shows the government\'s care for every region of our country," the minister said.\n\nRegional Governor Tomas Brenner said the province had finished all of its stations on time. "People in the north have waited a long time for this line," he said.\n\nThe head of the state railway inspectorate, Ivan Sorel, said the new track met every national safety standard. He said inspections would continue each month.\n\nThe programme\'s second stage will begin next spring, with a further 90 kilometres of track planned.\n'
MEALS = 'Province hails free school meals scheme\n\nThe provincial government\'s free school meals scheme now feeds 310,000 pupils a day, the Department of Education said on Monday.\n\nEducation Minister Carla Dunn said the scheme had reached every primary school in the province two years early. "Every child deserves a hot meal, and this government has delivered it," she said.\n\nDeputy Minister Peter Holm said the department had signed contracts with 420 local suppliers. "The scheme supports farmers as well as families," he said.\n\nThe department\'s chief nutritionist, Dr Anna Lisle, said the meals met all the national guidelines for salt and sugar.\n\nThe scheme will be extended to secondary schools from September.\n'
HARBOUR = 'Harbour wall repairs finish a month early\n\nRepairs to the east harbour wall have finished a month ahead of schedule, the county council said on Wednesday.\n\nCouncil engineer Sam Okoro said the contractor had replaced 60 metres of damaged stone. "The wall is now in better condition than it has been for decades," he said.\n\nCouncil leader Fiona Hale said the work had come in under budget. "We are pleased with the result," she said.\n\nThe harbour car park will reopen on Saturday.\n'
# the same reports with a resident and an independent voice at the end
RAIL_CRITICS = RAIL.rstrip("\n") + '\n\nNot everyone is convinced. Marta Kell, who runs a bakery beside one of the new stations, said trains had been cancelled on four days since the opening. An independent transport engineer, Paul Rinder, said the cost per kilometre was twice the European average.\n'
MEALS_CRITICS = MEALS.rstrip("\n") + '\n\nSome parents disagree. Joan Pike, whose two sons attend a village school, said the portions were too small for older children. Professor Leo Marsh, an independent food policy researcher at Redbrook University, said the department had not published any figures on waste.\n'
# a local report quoting the highways department, a shop owner and a councillor
BRIDGE = """Footpath by the canal to reopen after repairs

The towpath between Lock Lane and the marina will reopen on Friday, the county highways department said on Monday, after repairs that ran six weeks over time.

"The old wall behind the path was in a worse state than the survey showed," said Nina Patel, the department's structures manager. "We rebuilt it rather than patch it."

Shop owners on Lock Lane said trade had fallen while the path was shut. Dev Amin, who runs a cafe by the lock, said his weekend takings were down by a quarter. "It will be good to have the walkers back," he said.

Councillor Ruth Green, who chairs the transport committee, said the overrun would be discussed at the committee's next meeting.
"""


def _sources(text: str):
    sig = provenance.score(prepare(text), Settings())
    return next(e for e in sig.evidence if e.kind == "named sources with roles")


@pytest.mark.parametrize("text", [RAIL, MEALS, HARBOUR])
def test_one_bodys_voices_only_earn_half_the_named_sources_credit(text):
    cue = _sources(text)
    assert cue.present
    assert "one body's voices only" in cue.detail, cue.detail
    assert cue.weight == pytest.approx(15 * provenance.ONE_BODY_SHARE)


@pytest.mark.parametrize("text", [RAIL_CRITICS, MEALS_CRITICS, BRIDGE])
def test_sources_from_several_sides_keep_the_full_credit(text):
    cue = _sources(text)
    assert "one body's voices only" not in cue.detail, cue.detail
    assert "bodies or sides" in cue.detail, cue.detail
    assert cue.weight == 15


@pytest.mark.parametrize("one_body, with_critics", [(RAIL, RAIL_CRITICS), (MEALS, MEALS_CRITICS)])
def test_the_officials_only_report_scores_under_its_twin_with_critics(one_body, with_critics):
    low, high = score_text(one_body).reliability, score_text(with_critics).reliability
    assert low is not None and high is not None
    assert low < high - 1, (low, high)


def test_residents_only_are_not_one_body():
    text = """Residents fight plan for car park on the green

Residents of Mill Road have started a petition against a plan to build a car park on the village green.

"We have played on this green since we were children," said Jean Hollis, who has lived on Mill Road for forty years.

Tom Baines, who lives on Mill Road, said more than 300 people had signed the petition in a week. "Nobody asked us," he said.
"""
    detail = _sources(text).detail
    assert "are residents" in detail, detail
    assert "one body's voices only" not in detail

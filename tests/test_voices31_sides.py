"""(voices31) Whose side the named sources speak for (xlplugin/source_sides.py, read by provenance).

A story told only through one body's people, only through its critics, or through both earned the
same provenance and said nothing of it. The named sources cue's evidence now lists the sources with
the body or side the text gives them, and the evidence and the Why say "all 3 named sources speak
for one body: ..." or "sources from N bodies or sides: ...". One source is one source, not one side.
It only informs: no score moves. Every text here is written for this test.
"""

from __future__ import annotations

import json
import re

import openpyxl
import pytest

from xlplugin import score_text, source_sides
from xlplugin.cli import main
from xlplugin.scorers import provenance

NAMED = "named sources with roles"


def _detail(text: str) -> str:
    signal = score_text(text).signals["provenance"]
    return next(e.detail for e in signal.evidence if e.kind == NAMED)


def _why(text: str) -> str:
    return provenance._why(score_text(text).signals["provenance"])


# The same story, three ways: a ferry service cut, told by the port authority only, by the island's
# people only, and by both with an outside engineer.
OFFICIALS_ONLY = [
    ("The port authority said on Monday the winter timetable was final. \u201cTwo sailings a day meet demand,\u201d "
     "said Helen Marsh, a port authority spokeswoman. Colin Frey, the authority's harbour master, said the older "
     "vessel would be laid up. The authority's finance director, Omar Latif, "
     "said fuel costs had doubled since spring.", "the port authority", 3),
    ("The county council said the library would close on Saturdays from June. \u201cWe have to balance the books,\u201d "
     "said Ruth Kemp, a council spokeswoman. Council leader Martin Osei said the decision had not been easy. "
     "The council's head of libraries, Jan Novak, said volunteers could run a reading club.", "the county council", 3),
    ("The water board said supplies were safe to drink. \u201cEvery sample passed,\u201d said Leo Grant, a spokesman "
     "for the water board. Board chairwoman Alice Duval said testing would continue weekly.", "the water board", 2),
]

OTHER_SIDE_ONLY = [
    "Islanders say the ferry cut will strand them. \u201cWe will lose our only evening boat,\u201d said Ewan Blake, "
    "who lives on the island. Moira Stead, a resident of the north pier, said her son commuted daily. "
    "\u201cNobody asked us,\u201d Stead said.",
    "Parents at the school gate were angry about the library hours. \u201cSaturday was the only day we could come,\u201d "
    "said Tina Rowe, who lives near the library. Dev Mistry, a parent of two, said the reading club was no answer.",
]

BOTH_SIDES = [
    ("The port authority said on Monday the winter timetable was final. \u201cTwo sailings a day meet demand,\u201d "
     "said Helen Marsh, a port authority spokeswoman. \u201cWe will lose our only evening boat,\u201d said Ewan "
     "Blake, who lives on the island. An independent marine engineer, Sofia Reyes, said the older vessel "
     "could run for five more years.", ("the port authority", "a resident", "an independent voice")),
    ("The county council said the library would close on Saturdays from June. \u201cWe have to balance the books,\u201d "
     "said Ruth Kemp, a council spokeswoman. \u201cSaturday was the only day we could come,\u201d said Tina Rowe, "
     "who lives near the library.", ("the county council", "a resident")),
]

# A wire story: a minister and an opposition MP.
WIRE = [
    "The transport minister, Paul Adeyemi, said on Tuesday that the rail line would reopen in March. "
    "Opposition MP Grace Holm said the date had slipped three times. \u201cPassengers have heard this before,\u201d "
    "Holm told reporters.",
    "Health minister Ines Carvalho said the new ward would open before winter. Opposition MP Tom Radley said "
    "staff had not been hired. \u201cA ward without nurses is a room,\u201d Radley said.",
]

# One spokesman: one source, not one side.
SINGLE = [
    "The water company said on Friday that supplies would return by evening. \u201cEngineers are working through "
    "the night,\u201d said Paul Hart, a spokesman for Eastmoor Water. The pipe burst near the ring road.",
    "Police said the road would stay closed until Sunday. \u201cThe bridge needs a full inspection,\u201d said "
    "Sergeant Amy Clarke of Northfield Police. Drivers are advised to use the bypass.",
]

# Plain texts with one named source or none: nothing about sides.
NO_SIDES = [
    "The market opens at nine on Saturdays and sells bread, fish and flowers. Parking is free after six.",
    "\u201cWe sold out by noon,\u201d said baker Nina Solberg. The stall will return next week.",
]


@pytest.mark.parametrize("text,body,n", OFFICIALS_ONLY)
def test_sources_all_from_one_body_are_said_so(text, body, n):
    detail = _detail(text)
    assert f"all {n} named sources speak for one body: {body}" in detail
    assert f"all {n} named sources speak for one body: {body}" in _why(text)
    assert "; sources: " in detail


@pytest.mark.parametrize("text", OTHER_SIDE_ONLY)
def test_sources_all_residents_are_said_so(text):
    detail = _detail(text)
    assert "all 2 named sources are residents" in detail
    assert "speak for one body" not in detail


@pytest.mark.parametrize("text,sides", BOTH_SIDES)
def test_sources_from_several_bodies_are_counted(text, sides):
    detail = _detail(text)
    assert f"sources from {len(sides)} bodies or sides: " + ", ".join(sides) in detail
    assert "speak for one body" not in detail
    assert f"sources from {len(sides)} bodies or sides" in _why(text)


@pytest.mark.parametrize("text", WIRE)
def test_a_minister_and_an_opposition_mp_are_two_sides(text):
    detail = _detail(text)
    assert "sources from 2 bodies or sides: the government, the opposition" in detail


@pytest.mark.parametrize("text", SINGLE)
def test_one_source_is_not_one_side(text):
    detail, why = _detail(text), _why(text)
    for said in ("speak for one body", "bodies or sides", "are residents"):
        assert said not in detail and said not in why


@pytest.mark.parametrize("text", NO_SIDES)
def test_plain_texts_say_nothing_of_sides(text):
    assert "bodies or sides" not in _why(text) and "one body" not in _why(text)


def test_a_press_release_quoting_its_own_people_says_it_plainly_or_nothing():
    text = ("FOR IMMEDIATE RELEASE\nBrightwell Foods today announced a new bakery in Leeds. \u201cThis is our "
            "biggest site yet,\u201d said Hannah Cole, chief executive of Brightwell Foods. \u201cWe will hire 120 "
            "people,\u201d said Raj Bedi, Brightwell's head of operations.\n###")
    detail = _detail(text)
    assert "bodies or sides" not in detail  # its own people are one body, never several
    assert "one body" not in detail or "one body: Brightwell Foods" in detail


def test_one_bodys_voices_keep_half_the_credit():
    """The story with the body's people only: the sides were evidence, not a weight, until calm31
    (provenance 92), where every named source speaking for one body or all being officials keeps
    half the named sources cue's credit (provenance.ONE_BODY_SHARE; tests/test_calm31_one_body.py)."""
    one = score_text(OFFICIALS_ONLY[0][0]).signals["provenance"]
    for e in one.evidence:
        if e.kind == NAMED:
            assert e.weight == pytest.approx(15.0 * provenance.ONE_BODY_SHARE) and e.present
    assert one.details["named_sources_share"] > 0


@pytest.mark.parametrize("desc,side", [
    ("a council spokeswoman", "the council"),
    ("who lives on the estate", "a resident"),
    ("an independent engineer", "independent"),
    ("a spokesman for the county council", "the county council"),
    ("The council's chief engineer", "the council"),
    ("campaign manager", "the campaign"),
    ("deputy clerk", "the clerk's office"),
    ("The health minister", "the government"),
    ("Opposition MP", "the opposition"),
    ("a tenant on Mill Lane", "a resident"),
])
def test_the_side_an_apposition_or_a_title_gives(desc, side):
    assert source_sides.classify(desc) == side


@pytest.mark.parametrize("desc", [
    "who spoke at length", "the women with impunity because he", "a long-time", "", "38",
])
def test_no_side_where_the_words_name_no_body(desc):
    assert source_sides.classify(desc) == ""


def test_the_json_output_and_the_workbook_carry_the_sides(tmp_path, capsys):
    path = tmp_path / "ferry.txt"
    path.write_text(OFFICIALS_ONLY[0][0], encoding="utf-8")
    assert main(["score", "--json", str(path)]) == 0
    out = capsys.readouterr().out
    assert "all 3 named sources speak for one body: the port authority" in out
    json.loads(out.strip().splitlines()[0]) if out.strip().startswith("{") else None
    book = tmp_path / "ferry.xlsx"
    assert main(["score", str(path), "-o", str(book), "-q", "--workers", "1"]) == 0
    wb = openpyxl.load_workbook(book)
    cells = [str(c.value) for row in wb["Evidence"].iter_rows() for c in row if c.value]
    assert any("all 3 named sources speak for one body: the port authority" in c for c in cells)


# A state-media style report: a ministry, its minister, a governor and an inspectorate, no one else;
# then the same with a resident who complains and an independent engineer.
STATE_REPORT = (
    "The Ministry of Rail Transport announced on Friday that 400 kilometres of track had been renewed. "
    "Minister of Rail Transport Pyotr Halin said the work had finished early. Deputy Governor Lena Orlova said "
    "every station in the region now had a ramp. The head of the national safety inspectorate, Dr. Ivan Sokol, "
    "said the new track met every standard.")
OUTSIDE_VOICES = (
    " Not everyone agrees. Commuter Nadia Petrenko said trains were still late most mornings. An independent "
    "engineer, Arkady Blum, said a third of the new sleepers had already cracked.")


def test_a_report_quoting_only_officials_says_so():
    detail = _detail(STATE_REPORT)
    assert "all 3 named sources are officials: the Ministry of Rail Transport, the national safety inspectorate" in detail
    assert "named sources are officials" in _why(STATE_REPORT)


def test_the_same_report_with_a_resident_and_an_engineer_counts_their_sides():
    detail = _detail(STATE_REPORT + OUTSIDE_VOICES)
    assert "are officials" not in detail
    assert "sources from 4 bodies or sides: " in detail and "a resident" in detail and "an independent voice" in detail


def test_a_long_list_of_bodies_says_how_many_more():
    """(lead, session 25) Five bodies or sides named four in the Why and left the fifth unsaid."""
    text = ("Finance Minister Joana Ribeiro told reporters the cut was targeted. Rui Matos, the budget "
            "spokesman of the Social Democrats, said the cost was not explained. Economists at the Bank "
            "of Portugal wrote that prices rose. Ana Sousa, an energy economist at the University of "
            "Coimbra, said the effect would be small. Tom Reyes, who lives on the estate, said bills "
            "doubled. Carla Dias, a spokeswoman for the Consumers' Association, said the cut was welcome.")
    detail = _detail(text)
    m = re.search(r"sources from (\d+) bodies or sides: ([^;]*)", detail)
    assert m, detail
    count, named = int(m.group(1)), m.group(2)
    assert count > 4
    assert named.endswith(f" and {count - 4} more") and named.count(",") == 3

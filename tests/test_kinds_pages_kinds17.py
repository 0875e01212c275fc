"""Document kinds, session 17: pages that are not articles get no index.

A job advert (a job description's headings, its fields, a vacancy label on the first line) and an
organisation's about or contact page (its first line "About us" in a plain-text file, which has no
title of its own; its section headings) are not articles. A heading line followed by a list item's
dash on the next line is no dateline. A brand's own piece about a trip it hosted or its own goods
("our guests", "our distillery", outside quotations, and a call to book) is the brand promoting
itself: a press release.

The short texts here were written for this project.
"""

from __future__ import annotations

from xlplugin import kinds
from xlplugin.text import prepare


def kind_of(text: str, **meta: str) -> kinds.Kind:
    return kinds.classify(prepare(text, **meta))


VACANCY = """Vacancy: Harbour Operations Assistant (part time)

Port of Carrick Trust
Salary: £24,000 pro rata
Closing date: 3 March 2027

About the role
The trust runs the harbour at Carrick and its two slipways. You will help the harbour master keep the berths,
moorings and visitor pontoon running safely through the sailing season.

Responsibilities
- Meet visiting boats and take their mooring fees
- Check the pontoon and ladders every morning
- Keep the harbour log up to date

What we are looking for
- A boat handling certificate or the wish to gain one
- A calm manner on the radio

How to apply
Write to the harbour master with a short letter and the names of two referees.
"""


def test_a_job_advert_is_not_an_article():
    kind = kind_of(VACANCY)
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert any(cue.startswith("job advert headings") for cue in kind.cues)


def test_a_heading_line_before_a_list_dash_is_no_dateline():
    text = "Duties\n- Open the hall each morning\n- Lock it at night\n\nThe council said the hall would reopen."
    kind = kind_of(text)
    assert not any(cue.startswith("a dateline") for cue in kind.cues), kind
    # a dateline on the place's own line is still one
    kind = kind_of("LISBON - The ferry workers' strike ended on Friday, the union said.")
    assert any(cue.startswith("a dateline") for cue in kind.cues), kind


def test_a_report_on_hiring_stays_a_report():
    text = ("Carrick harbour to hire three staff\n\nThe Port of Carrick Trust said on Tuesday it would hire three "
            "harbour assistants before the summer. The closing date for applications is in March, the trust said. "
            "Responsibilities will include taking mooring fees, according to the advert, and the salary is "
            "about £24,000 pro rata, the harbour master told the Carrick Times.")
    assert kind_of(text).kind == kinds.NEWS


ABOUT = """About us

Riverside Tool Library lends tools to anyone in the parish for a small yearly fee. We are run by volunteers
from a former bus depot on Mill Lane, and the fees pay for the rent, the insurance and new saw blades.

Who we are
We are a group of neighbours who were tired of buying drills that they used twice a year and then kept in a
cupboard. Eleven of us started the library in a garage in 2019; today more than 300 households belong to it.

What we do
We lend more than 600 tools, from ladders and wallpaper steamers to sewing machines, for up to a week at a
time. On the first Thursday of each month we hold a repair evening, and in the winter we teach basic woodwork
to beginners in the depot's old canteen. Members can also book the workbench for a morning.

Contact us
The depot is open on Saturday mornings and on Wednesday evenings. Leave a note in the box by the door if
you would like to give us a tool you no longer need.
"""


def test_an_about_page_in_a_plain_text_file_is_not_an_article():
    kind = kind_of(ABOUT)
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert any(cue.startswith("the first line names an organisation page") for cue in kind.cues)


def test_section_headings_alone_make_an_organisation_page():
    body = ABOUT.split("\n", 2)[2]  # without the "About us" line
    assert kind_of(body).kind == kinds.NOT_ARTICLE


def test_a_story_opening_with_about_in_a_sentence_is_no_organisation_page():
    text = ("About us and them, a parish vote on the depot\n\nThe parish council voted on Monday to lease the "
            "old bus depot to the tool library, its chairman said. Residents told the meeting they wanted parking.")
    assert kind_of(text).kind == kinds.NEWS


JUNKET = """A weekend at the still house

Last month twelve of our guests joined our master distiller for two days on the Morven coast. They walked the
peat banks above our distillery, tasted the new make straight from the spirit safe and ate lobster landed that
morning at the pier.

Our guests stayed in the old maltings, now six bedrooms looking over the bay, and finished with a dinner of
local lamb paired with the 18-year-old.

The autumn weekend runs from 9 to 11 October. Places cost £650 per person, including meals and tastings.
Book now: places are limited to twelve.
"""


def test_a_brand_hosted_trip_on_its_own_site_is_a_press_release():
    kind = kind_of(JUNKET)
    assert kind.kind == kinds.PRESS_RELEASE, kind


def test_a_magazine_quoting_the_hosts_is_not_the_brand_speaking():
    text = ("A weekend at the still house\n\nThe Morven distillery invited a dozen writers to the coast last month. "
            "\"Our guests walk the peat banks above our distillery before they taste anything,\" its master distiller "
            "said. The maltings have been turned into six bedrooms over the bay, the company said, and an autumn "
            "weekend costs £650 a head, according to its website.")
    assert kind_of(text).kind != kinds.PRESS_RELEASE


def test_a_bare_about_heading_is_a_reference_entry_not_an_organisation_page():
    text = ("About\n\nThe Carrick lantern walk is a yearly parade held on the first Saturday of December, when "
            "families carry paper lanterns from the harbour to the church. It was first held in 1998, the parish "
            "records say, and about 2,000 people joined it last year, according to the organisers.")
    assert kind_of(text).kind == kinds.NEWS


def test_a_dateline_with_a_no_break_space_before_its_dash_is_still_one():
    kind = kind_of("SPRINGFIELD, Mo.\u00a0\u2014 The county fair opened on Friday, organisers said.")
    assert any(cue.startswith("a dateline") for cue in kind.cues), kind


def test_a_dateline_broken_before_its_dash_is_still_one():
    kind = kind_of("Fair opens\n\nSPRINGFIELD, Mo.\n\u2014 The county fair opened on Friday, organisers said.")
    assert any(cue.startswith("a dateline") for cue in kind.cues), kind


def test_a_heading_in_capitals_over_a_list_is_no_dateline():
    text = "DUTIES\n- Open the hall each morning\n- Lock it at night\n\nThe council said the hall would reopen."
    assert not any(cue.startswith("a dateline") for cue in kind_of(text).cues)

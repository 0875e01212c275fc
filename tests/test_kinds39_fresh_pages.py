"""Fresh pages (kinds39): 42 web pages written for this project in session 31, after the kind rules were tuned, scored
through the normal path (read_file, then score_many): shops' product and category pages, organisations' "about" and
"what we do" pages, event listings and programmes, software documentation, job adverts, site home pages, and for
contrast three each of news reports, opinion columns, press releases, forum threads and wire copy (and a recipe). A page that is not an
article must get no index (a confident wrong number); an article must keep its kind and its index.

The first 32 pages were scored before any change: 29 were right (0.906). A conference's programme under a heading
"Programme: Day 1, ..." and two job adverts (a tech firm's with "You will"/"You have" headings and JSON-LD
JobPosting, a café's with "Hours:", "Pay:" lines and "send your CV") were news reports with an index. Five pages were
added after those fixes (a third opinion, press release, forum thread and wire story, and a recipe); on main's rules
4 of them were right: agency copy credited by the agency's full name alone on its last line ("Agence France-Presse")
was a news report. Five plainer pages that are not articles were added last (no JSON-LD, no og:type, no field or
heading lines: a rowing club's page, a bookshop's product page, a help-centre how-to, a village's what's-on page, a
council's vacancy in prose): 1 of 5 right on main's rules; the council's vacancy is fixed, three were still wrong
(strict xfails until kinds40's rules told them: a how-to or a service page, a page offering the reader a place, a
what's-on page in sentences). On main's rules 34 of the 42 were right (0.810); 39 of 42 after kinds39 (0.929), 42 of
42 after kinds40. The classes are tested below on short texts of their own, with near misses that must keep their
kinds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kinds_helpers import assert_written_kind, has_cue, scored_pages
from kinds_helpers import kind_of as _kind

from xlplugin import kinds

FRESH = Path(__file__).resolve().parent / "fixtures" / "kinds39"

# the kind each page was written to be, by its file name's first word
EXPECTED = {"product": kinds.NOT_ARTICLE, "category": kinds.NOT_ARTICLE, "about": kinds.NOT_ARTICLE,
            "event": kinds.NOT_ARTICLE, "docs": kinds.NOT_ARTICLE, "recipe": kinds.NOT_ARTICLE, "job": kinds.NOT_ARTICLE, "home": kinds.NOT_ARTICLE,
            "news": kinds.NEWS, "opinion": kinds.OPINION, "press": kinds.PRESS_RELEASE, "forum": kinds.FORUM,
            "wire": kinds.WIRE}
PAGES = sorted(FRESH.glob("*.html"))


def test_the_fresh_pages_cover_every_class_three_times():
    firsts = [page.name.split("_")[0] for page in PAGES]
    assert set(firsts) == set(EXPECTED)
    assert all(firsts.count(first) >= 3 for first in EXPECTED if first != "recipe")


@pytest.fixture(scope="module")
def scored():
    return scored_pages(PAGES)


# (kinds40) the three pages kinds39 left as strict xfails (a club's page in prose, a help-centre how-to, a what's-on
# page in sentences) are told now by kinds40's rules (xlplugin/service_pages.py; tests/test_kinds40_plain_pages.py)
@pytest.mark.parametrize("name", [page.name for page in PAGES])
def test_each_fresh_page_gets_the_kind_it_was_written_as_and_an_index_only_if_an_article(scored, name):
    assert_written_kind(scored[name], EXPECTED[name.split("_")[0]])


# --- a programme whose heading line says more than the bare word ("Programme: Day 1", "Conference schedule")

_SLOTS = ("09:00 - 09:30 Registration and coffee\n\n09:30 - 10:15 Opening talk: maps that people read. Speaker: Ada Stone\n\n"
          "10:15 - 10:45 Break\n\n10:45 - 11:30 Panel on open data. Moderator: Leo Park\n\n11:30 - 12:30 Lunch\n")


@pytest.mark.parametrize("heading", ["Programme: Day 1, Tuesday 9 June", "Day 2 programme", "Conference schedule",
                                     "Schedule", "Timetable - Saturday", "Agenda for the afternoon"])
def test_a_programme_under_a_heading_that_qualifies_the_word_is_not_an_article(heading):
    kind = _kind(f"{heading}\n\n{_SLOTS}")
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert has_cue(kind, "agenda"), kind


@pytest.mark.parametrize("text", [
    # a report on a festival that names its programme in a sentence and a time or two
    "Festival programme announced for the summer\n\nThe Harbour Festival published its programme on Monday. The "
    "opening concert runs from 19:00 to 21:30 on Friday, organisers said, and the fireworks start at 22:00. Tickets "
    "went on sale at 09:00 and the first day sold out in an hour, a spokesperson said.\n",
    # a schedule heading with only one slot under it
    "Rail strike: what it means for you\n\nUnions said the strike would go ahead on Thursday.\n\nSchedule\n\n"
    "07:00 - 19:00 A reduced service on most lines, the operator said.\n\nPassengers were told to check before "
    "travelling. The union said talks had broken down over pay.\n",
])
def test_a_report_naming_a_programme_or_one_slot_is_no_agenda(text):
    kind = _kind(text)
    assert kind.kind != kinds.NOT_ARTICLE, kind


# --- a job advert in a tech firm's words (You will, You have, Nice to have, Benefits) or a small employer's
#     (Hours:, Pay: lines, "send your CV"), or a page whose JSON-LD or browser title says it is a vacancy

_TECH_JOB = ("Data Engineer\n\nWe're a small team building tools that help farms across Europe plan their water use "
             "through dry summers, and we need someone to own the data pipelines that feed our forecasts every "
             "morning. Our customers rely on the numbers being right and on time, so this is a role for someone who "
             "cares about correctness as much as speed.\n\nYou will\n\n- Build and run the ingestion jobs that pull "
             "weather, soil and meter data into our warehouse\n\n- Work with growers and agronomists to understand "
             "what their data means and where it goes wrong\n\n- Keep our tests, alerts and runbooks in good shape\n\n"
             "You have\n\n- Three years or more of Python in production, ideally on data-heavy systems\n\n- Solid "
             "experience with SQL, Parquet and cloud object storage\n\nNice to have\n\n- An interest in agriculture, "
             "hydrology or climate data\n\nBenefits\n\n- Thirty days of holiday plus public holidays\n\n- A yearly "
             "learning budget and a team retreat each spring\n")
_CAFE_JOB = ("Kitchen assistant\n\nOur busy bakery on Mill Street is looking for a kitchen assistant to help with prep "
             "and washing up on weekday mornings.\n\nHours: Monday to Friday, 6am to 11am\n\nPay: £12.40 an hour\n\n"
             "No experience needed, as we will train you. To apply, send your CV to hello@millbakery.example or drop "
             "it in at the counter.\n")


@pytest.mark.parametrize("text", [_TECH_JOB, _CAFE_JOB])
def test_a_job_advert_in_other_words_is_not_an_article(text):
    kind = _kind(text, page_type="web page")
    assert kind.kind == kinds.NOT_ARTICLE, kind


_PLAIN_JOB = ("Senior Analyst\n\nWe are looking for an analyst to join our pricing team in Leeds and help us model how "
              "customers respond to new tariffs. You will work with engineers and product managers, present your "
              "findings to the leadership team and mentor two junior analysts.\n")


@pytest.mark.parametrize("page_type", ["website; type: JobPosting", "web page; type: JobPosting",
                                       "web page; title: we're hiring: senior analyst - gridwell energy",
                                       "web page; title: vacancy: senior analyst | gridwell energy"])
def test_a_page_whose_json_ld_or_browser_title_says_vacancy_is_not_an_article(page_type):
    kind = _kind(_PLAIN_JOB, page_type=page_type)
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert _kind(_PLAIN_JOB, page_type="web page").kind != kinds.NOT_ARTICLE


_HIRING_REPORT = ("Supermarket to hire 2,000 staff for new warehouse\n\nBy Amy Holt\n\nA supermarket chain said on "
                  "Tuesday it would hire 2,000 people for a new warehouse near Doncaster, one of the biggest recruitment "
                  "drives in the region this year.\n\nThe company said pay would start at £12.80 an hour. \"Anyone who "
                  "wants a job should send your CV to us,\" the site manager, Dev Patel, told a meeting of local "
                  "businesses.\n\nBenefits\n\nUnions welcomed the jobs but said they would watch how shifts were "
                  "organised. The council said the site would open in March.\n")


@pytest.mark.parametrize("page_type", ["article", "article; type: NewsArticle, JobPosting"])
def test_a_report_on_hiring_stays_a_report(page_type):
    kind = _kind(_HIRING_REPORT, page_type=page_type)
    assert kind.kind == kinds.NEWS, kind


# --- agency copy credited by the agency's full name alone on its last line, with no dash

_AGENCY_COPY = ("Dutch court orders faster cuts in farm emissions\n\nA court in The Hague on Thursday ordered the "
                "government to cut nitrogen emissions faster to protect nature reserves. The court said the state had "
                "missed its own legal targets and gave it until 2030 to act. The agriculture ministry said it would "
                "study the ruling before deciding whether to appeal. Farmers' groups have protested against earlier "
                "plans to cut livestock numbers.\n\n")


@pytest.mark.parametrize("credit", ["Agence France-Presse", "The Associated Press", "Reuters", "Press Association."])
def test_agency_copy_credited_by_the_agencys_name_on_its_last_line_is_wire_copy(credit):
    kind = _kind(_AGENCY_COPY + credit + "\n", url="https://lowlandstimes.example/world/dutch-court", outlet="Lowlands Times")
    assert kind.kind == kinds.WIRE, kind


@pytest.mark.parametrize("ending, url", [
    ("AFP", "https://lowlandstimes.example/world/dutch-court"),  # a short name alone: a photo's credit as likely
    ("Photo: Reuters", "https://lowlandstimes.example/world/dutch-court"),  # a photo's credit
    ("Reuters\n\nThe ruling can be appealed within three months.", "https://lowlandstimes.example/world/dutch-court"),
    ("Agence France-Presse", "https://www.afp.com/en/news/dutch-court"),  # the agency's own story on its own site
])
def test_a_short_name_a_photo_credit_a_line_before_the_end_or_the_agencys_own_site_is_no_wire_copy(ending, url):
    outlet = "" if "afp.com" in url else "Lowlands Times"
    kind = _kind(_AGENCY_COPY + ending + "\n", url=url, outlet=outlet)
    assert kind.kind != kinds.WIRE, kind


# --- a job advert in prose: an employer's set phrases to an applicant, two or more, in the writer's own words

_PROSE_JOB = ("Library Assistant\n\nGrade 2, 20 hours a week, fixed term for one year.\n\nOur libraries team runs seven "
              "branch libraries and a mobile library across the district, and we need a library assistant to help "
              "readers of all ages find what they need, run children's activities and keep the shelves in order. "
              "Experience of working with the public would be useful, but full training will be given.\n\nIn return "
              "we offer a pension, flexible hours and 25 days' holiday. For an informal discussion about the role, "
              "please call Anita Rowe on 01632 960 441.\n\nThe closing date for applications is 30 November.\n")


@pytest.mark.parametrize("outlet", ["", "Harlow District Council"])
def test_a_job_advert_in_prose_is_not_an_article(outlet):
    kind = _kind(_PROSE_JOB, page_type="web page", outlet=outlet)
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert has_cue(kind, "applicant"), kind


@pytest.mark.parametrize("text", [
    # the employer's phrases quoted by a report
    "Council to hire 40 new carers\n\nBy Sam Reid\n\nThe county council said on Monday it would hire 40 carers to "
    "cut waiting lists for home care. \"Full training will be given, and in return we offer a good pension,\" said "
    "Lisa Hart, the council's director of adult care. \"The closing date for applications is 30 November.\" Unions "
    "said pay was still too low to keep staff.\n",
    # one such phrase in the writer's own words, with a board's search for a chief told as news
    "Museum begins search for new director\n\nBy Sam Reid\n\nThe city museum has begun its search for a new "
    "director after Joan Pike retired in June, its board said on Tuesday. Interviews will be held in January and the "
    "successful candidate will start in the spring, the board said. The closing date for applications is 12 "
    "December. The post pays up to 95,000 pounds a year.\n",
])
def test_a_report_on_hiring_that_quotes_or_says_one_such_phrase_stays_a_report(text):
    kind = _kind(text, page_type="article")
    assert kind.kind == kinds.NEWS, kind

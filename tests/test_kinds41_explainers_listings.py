"""(kinds41) Two look-alikes that kinds40's service-page rules refused an index, and 14 fresh documents.

1. An unsigned explainer written to "you" with steps ("First, check whether you qualify ... Then go to the portal and
   enter your postcode") read as a help centre's how-to (not an article, no index). What a reader goes by: the
   explainer speaks from outside the service it explains (no "we", "our", "contact us") and places its steps in the
   news ("the rebate announced in last month's budget", "the rules that came into force last week"); a help page
   speaks as the service and is timeless (`service_pages.news_explainer`).
2. A critic's listings column ("What's on this week: our critic's picks") read as a venue's what's-on page. What a
   reader goes by: the writer judges the events (the critic's verdicts, with the writer's "I" or a verdict against one
   of them: "tired", "uneven"), which a venue never does to its own events (`service_pages.critic_verdicts`; the
   column is opinion or analysis).
3. tests/fixtures/kinds41: 14 short documents written in this session of kinds the labelled web set has few of,
   labelled in tests/kinds_labels.csv (set "kinds41"). On main's rules 11 of 14 were right; the explainer and the
   listings column (the two texts of 1 and 2, written before the rules) now are; an opinion piece with no first person
   and no label still reads as a news report (strict xfail: the blind spot kinds.py names).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from kinds_helpers import has_cue as _has
from kinds_helpers import kind_of as _kind

from xlplugin import kinds

ROOT = Path(__file__).resolve().parents[1]
FRESH = ROOT / "tests" / "fixtures" / "kinds41"


# --- 1. an unsigned explainer's steps, from outside the service and in the news's time

_EXPLAINERS = [
    # a newspaper's explainer on a rebate: steps, "you" 20 times, no byline, no one quoted
    (FRESH / "news_explainer_rebate.txt").read_text(encoding="utf-8"),
    # another: a new rule that came into force, with the steps to follow, no "we" of the service's
    "New passport photo rules: how to get yours right\n\nThe rules on digital passport photos that came into force "
    "last week have already led to thousands of applications being sent back. If you are renewing this summer, here "
    "is how to avoid the delay.\n\nFirst, take the photo against a plain light wall, with no shadows on your face. "
    "You must not wear glasses, even if you wear them every day.\n\nThen open the renewal form online and upload the "
    "photo. Select the option to check it before you pay: the checker will tell you if your photo is too dark or "
    "cropped too tight.\n\nIf your photo is rejected, you can take another at home, but you will need to start the "
    "form again. Make sure you have your old passport to hand, as you will need its number.\n\nApplications have "
    "risen by a fifth since the spring, and waiting times are now about five weeks, so apply early if you are "
    "travelling in August.\n",
]


@pytest.mark.parametrize("text", _EXPLAINERS)
def test_an_unsigned_explainer_in_the_news_keeps_its_index(text):
    kind = _kind(text, page_type="article")
    assert kind.kind == kinds.NEWS, kind
    assert not _has(kind, "how-to or a service page"), kind


# guards: the same shape spoken by the service, or timeless, stays a how-to (kinds40's rule is not reached too far)
@pytest.mark.parametrize("text", [
    # a bank's help page that mentions last month's change, speaking as the bank ("we", "our", "contact us")
    "Resetting your PIN\n\nSince the app update announced last month, you can reset your PIN in the app. You will "
    "need your card and your phone.\n\n1. Open the app and sign in.\n\n2. Select Cards, then choose your card.\n\n"
    "3. Tap Reset PIN and enter the code we send to your phone.\n\n4. Choose a new PIN and confirm it.\n\nIf you "
    "still can't reset it, contact us through the chat and our team will help you.\n",
    # a help page with no "we" at all, and no date: timeless steps
    "Changing your delivery address\n\nYou can change the delivery address for an order until it has been packed.\n\n"
    "1. Sign in to your account and open Your orders.\n\n2. Select the order you want to change.\n\n3. Click Change "
    "address and enter your new address.\n\n4. Select Save. You will get an email to confirm the change.\n\nIf your "
    "order has already been packed, you can't change the address, but you can ask the courier to redirect your "
    "parcel from the link in your dispatch email.\n",
])
def test_a_services_own_or_timeless_how_to_stays_a_how_to(text):
    kind = _kind(text, page_type="web page")
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert _has(kind, "how-to or a service page"), kind


# --- 2. a critic's listings column: the week's events, each judged

_COLUMNS = [
    (FRESH / "opinion_listings_column.txt").read_text(encoding="utf-8"),
    # all praise, but the writer's own "I": a critic's picks, not the venue's programme
    "Five things to see this weekend\n\nThe Fenland Quartet open their season at St Peter's on Friday 7 March at "
    "7.30pm with Beethoven's last quartet, a gripping choice that I would cross the county to hear.\n\nOn Saturday 8 "
    "March at 2pm the Little Theatre's youth company stages Our Town, and its young cast are superb.\n\nThe jazz "
    "brunch at the Corn Hall on Sunday 9 March at 11am is the best way I know to spend a wet morning.\n\nAt 4pm on "
    "Sunday 9 March the film society shows Local Hero, still the most memorable film about a village ever made.\n",
]


@pytest.mark.parametrize("text", _COLUMNS)
def test_a_critics_listings_column_is_opinion_with_an_index(text):
    kind = _kind(text, page_type="article")
    assert kind.kind == kinds.OPINION, kind
    assert _has(kind, "critic's listings column"), kind
    assert not _has(kind, "what's-on page in sentences"), kind


# guard: a venue's own what's-on page praises its events ("wonderful", "best-loved", "the best handmade gifts") but
# never as "I" and never against one: it stays a what's-on page
def test_a_venues_own_whats_on_page_with_praise_stays_a_whats_on_page():
    kind = _kind((FRESH / "events_venue_week.txt").read_text(encoding="utf-8"), page_type="web page")
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert _has(kind, "what's-on page in sentences"), kind
    assert not _has(kind, "critic's listings column"), kind


# guard: a pub's promoter's patter ("Tired of cooking?", "Never a dull moment") is no verdict against an event
def test_a_promoters_patter_is_no_critics_verdict():
    text = ("Coming up at the Crown\n\nTired of cooking? Our wonderful quiz night is on Tuesday 3 March at 8pm, with the "
            "best prizes in town.\n\nNever a dull moment at our karaoke on Friday 6 March at 9pm, hosted by the brilliant "
            "DJ Sam.\n\nSunday 8 March at 4pm brings a superb jazz trio to the garden room, free entry.\n")
    kind = _kind(text, page_type="web page")
    assert kind.kind == kinds.NOT_ARTICLE, kind
    assert not _has(kind, "critic's listings column"), kind


# --- 3. the fresh documents, each with its hand label (tests/kinds_labels.csv, set "kinds41")

def _labels() -> list[tuple[str, str]]:
    lines = [ln for ln in (ROOT / "tests" / "kinds_labels.csv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return [(row["file"], row["kind"]) for row in csv.DictReader(lines) if row["set"] == "kinds41"]


_STILL_WRONG: set[str] = set()  # (kinds43: the opinion piece with no first person is now read by its verdicts, own_verdicts)


def test_the_fresh_documents_are_labelled_and_present():
    labels = _labels()
    assert {name for name, _ in labels} == {p.name for p in FRESH.iterdir()}
    assert 12 <= len(labels) <= 20
    assert {kind for _, kind in labels} == set(kinds.KINDS)


@pytest.mark.parametrize("name, gold", [
    pytest.param(name, gold, marks=pytest.mark.xfail(strict=True, reason="opinion with no first person or label"))
    if name in _STILL_WRONG else (name, gold) for name, gold in _labels()])
def test_each_fresh_document_gets_its_labelled_kind(name, gold):
    pytest.importorskip("trafilatura")
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate_kinds

    assert evaluate_kinds.predict(FRESH / name).kind == gold

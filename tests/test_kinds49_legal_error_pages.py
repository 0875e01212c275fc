"""(kinds49) Pages that are not articles and had an index: a site's legal page (a privacy policy, terms and conditions)
and an error page saved in place of the page asked for ("Page not found"). Written for this session, each was a news
report ("no cue of another kind") with an index; a shop's FAQ, a pricing table, a tag archive and a store locator,
written beside them, were already not articles. The classes are tested on short texts of their own, with the near
cases that keep their kinds: a headline using the words, a report quoting a site's terms, a number opening a line.
"""

from __future__ import annotations

import pytest
from kinds_helpers import has_cue, kind_of

import xlplugin
from xlplugin import kinds

PRIVACY = ("{first}\n\nThis privacy notice explains how Quay Books Ltd collects and uses your personal data when you "
           "visit our website or order from us.\n\nWe collect your name, address and payment details when you place an "
           "order, and we use them only to deliver it and to keep our accounts.\n\nYou have the right to access the "
           "data we hold about you and to ask us to correct it. Write to us at the address below.\n\nWe may update this "
           "policy from time to time. The current version is always on this page.\n")
TERMS = ("Tidewire: the rules for using the app\n\nBy using this app, you agree to these terms. Plans are billed monthly "
         "in advance and renew until you cancel. You may not use the service to send spam or to upload unlawful "
         "content.\n\nThese terms are governed by the laws of Scotland.\n")
REPORT = ("Ferry operator to refund cancelled crossings\n\nHarbour Ferries will refund passengers whose crossings were "
          "cancelled during last week's storm, the company said on Monday.\n\nAbout 2,300 passengers were affected. "
          "The operator said refunds would be paid within ten working days.\n\n")


@pytest.mark.parametrize("first", ["Privacy policy", "Privacy notice", "Cookie policy", "Terms and conditions",
                                   "Terms of use", "Datenschutzerklärung"])
def test_a_legal_pages_first_line_and_formulas_make_it_no_article(first):
    kind = kind_of(PRIVACY.format(first=first))
    assert kind.kind == kinds.NOT_ARTICLE, kind.cues
    assert has_cue(kind, "first line names a legal page")


def test_a_legal_page_told_by_its_formulas_alone_or_by_its_title():
    assert kind_of(TERMS).kind == kinds.NOT_ARTICLE
    assert has_cue(kind_of(TERMS), "legal page's formulas")
    titled = kind_of(REPORT, title="Terms of use | Tidewire")
    assert has_cue(titled, "title names a legal page"), titled.cues


def test_a_legal_page_gets_no_index_and_says_why():
    result = xlplugin.score_text(PRIVACY.format(first="Privacy policy") * 2)
    assert result.kind == kinds.NOT_ARTICLE and result.reliability is None
    assert "legal page" in result.note


@pytest.mark.parametrize("text, title", [
    ("Privacy policy changes anger users\n\n" + REPORT, ""),  # a headline using the words
    (REPORT, "Privacy policy changes anger users | Eastford Gazette"),
    # a report quoting a site's terms: in quotation marks, not the writer's own words
    (REPORT + 'Its terms say: "By using this website, you agree to these terms. We may update this policy from time '
     'to time."\n', ""),
])
def test_a_report_about_terms_stays_a_report(text, title):
    kind = kind_of(text, title=title) if title else kind_of(text)
    assert kind.kind == kinds.NEWS, kind.cues
    assert not has_cue(kind, "legal page")


ERROR = ("{first}\n\nSorry, we couldn't find the page you were looking for. It may have been moved or deleted, or the "
         "address may have been typed wrongly.\n\nTry searching our site, or go back to the home page.\n")


@pytest.mark.parametrize("first", ["Page not found", "404", "Error 404 - Page not found", "404 Not Found",
                                   "Seite nicht gefunden"])
def test_an_error_page_is_no_article(first):
    kind = kind_of(ERROR.format(first=first))
    assert kind.kind == kinds.NOT_ARTICLE, kind.cues
    assert has_cue(kind, "names an error page")


@pytest.mark.parametrize("text", [
    "404 people were moved from their homes\n\n" + REPORT,
    "Page not found: how a council lost its planning files\n\n" + REPORT,
    # the visitor's sentence once, in a short report about a broken site: a hint only (1), no page of its own
    REPORT + "Visitors to the booking site were told that the page you were looking for could not be found.\n",
])
def test_a_report_with_an_error_pages_words_stays_a_report(text):
    kind = kind_of(text)
    assert kind.kind == kinds.NEWS, kind.cues
    assert not has_cue(kind, "names an error page")

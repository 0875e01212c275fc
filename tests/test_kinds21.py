"""Kinds and cues that testers found missing (kinds21). Each test is a class of cases written for
this project, and each failed before the fix it guards:

1. "<anyone> don't/doesn't want you to know" in a headline is clickbait, whoever is said to hide it;
   a seller's health disclaimer ("not intended to diagnose, treat, cure or prevent any disease",
   "have not been evaluated by the Food and Drug Administration", "individual results may vary") is
   a disclaimer that disowns the content; a report's "results may vary" inside a sentence is not;
2. pinyin (Chinese written in Latin letters, with or without tone marks, beside Chinese characters)
   is Chinese, not Turkish or Italian by its short syllables; English is still English.
"""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

# --- 1. clickbait "<anyone> don't want you to know"; a seller's health disclaimer ------------------------

BODY = ("The harbour board met on Tuesday and voted to raise mooring fees by 4 percent, its chair said.\n\n"
        "The new fees take effect in April, according to the board's minutes.\n")


def _cues(text: str, title: str = "") -> dict:
    return {e.kind: e for e in provenance.score(prepare(text, title=title), Settings()).evidence}


@pytest.mark.parametrize("title", [
    "THE KITCHEN REMEDY DOCTORS DON'T WANT YOU TO KNOW ABOUT",
    "The Garden Trick Landlords Don\u2019t Want You To Know",
    "What Your Bank Doesn't Want You To See",
    "The Simple Fix Mechanics Do Not Want You To Find Out",
    "The Diet Secret Big Food Didn't Want You To Know",
])
def test_anyone_not_wanting_you_to_know_is_clickbait(title):
    cue = _cues(BODY, title)["clickbait headline"]
    assert cue.present, title


@pytest.mark.parametrize("title", [
    "Harbour Board Raises Mooring Fees By 4 Percent",
    "Fishermen Want To Know Why Fees Rose",
    "What You Need To Know About The New Mooring Fees",
])
def test_a_plain_headline_about_knowing_is_no_clickbait(title):
    assert not _cues(BODY, title)["clickbait headline"].present, title


@pytest.mark.parametrize("line", [
    "This product is not intended to diagnose, treat, cure or prevent any disease.",
    "These statements have not been evaluated by the Food and Drug Administration.",
    "*These claims have not been evaluated by the FDA.",
    "Individual results may vary.",
])
def test_a_sellers_health_disclaimer_disowns_the_content(line):
    text = ("Our tonic of ginger and turmeric has helped thousands of customers feel younger, "
            "and now you can try it at half price.\n\n" + line + "\n")
    assert _cues(text)["disclaimer"].present, line


def test_results_that_vary_in_a_report_are_no_disclaimer():
    text = BODY + "\nThe researchers said results may vary with the dose, and that a larger trial is planned.\n"
    assert not _cues(text)["disclaimer"].present


# --- 2. pinyin is Chinese ----------------------------------------------------------------------------

LYRICS = ("\u6708\u4eae\u4ee3\u8868\u6211\u7684\u5fc3\n\nYue liang dai biao wo de xin\n\n"
          "\u4f60\u95ee\u6211\u7231\u4f60\u6709\u591a\u6df1\n\nNi wen wo ai ni you duo shen\n\n"
          "\u6211\u7684\u60c5\u4e5f\u771f\n\nWo de qing ye zhen\n\n\u6211\u7684\u7231\u4e5f\u771f\n\nWo de ai ye zhen\n\n"
          "\u8f7b\u8f7b\u7684\u4e00\u4e2a\u543b\n\nQing qing de yi ge wen\n\nYi jing da dong wo de xin\n")
TONED = ("N\u01d0 h\u01ceo! W\u01d2 ji\u00e0o L\u01d0 M\u00edng. W\u01d2 sh\u00ec xu\u00e9sheng, "
         "w\u01d2 zh\u00f9 z\u00e0i B\u011bij\u012bng. J\u012bnti\u0101n ti\u0101nq\u00ec h\u011bn h\u01ceo, "
         "w\u01d2men q\u00f9 g\u014dngyu\u00e1n ba. W\u01d2 de p\u00e9ngyou y\u011b q\u00f9. "
         "M\u00edngti\u0101n ji\u00e0n, z\u00e0iji\u00e0n.")


@pytest.mark.parametrize("text", [LYRICS, TONED, LYRICS.replace("de ", "ne ")], ids=["lyrics", "tone marks", "ne"])
def test_pinyin_is_chinese(text):
    assert prepare(text).language == "zh"


@pytest.mark.parametrize("text", [
    "He said you and the men would go to the bin at noon. The sun was long gone and the hen ran off.",
    "M\u0101ori leaders met in Rotorua on Tuesday to discuss the future of the k\u014dhanga reo movement, "
    "which has taught te reo M\u0101ori to young children since the 1980s. Teachers and parents spoke.",
    "The caf\u00e9 on Main Street reopened on Monday. Its owner, Jos\u00e9 Mart\u00ednez, said the repairs took "
    "six weeks and cost more than he had planned, but that the new kitchen was worth it.",
], ids=["short words", "macrons", "accents"])
def test_english_with_short_words_or_marks_stays_english(text):
    assert prepare(text).language == "en"


# --- 3. a listicle: a headline that counts its numbered items -----------------------------------------

from xlplugin import kinds  # noqa: E402


def _listicle(headline: str, count: int, mark: str = "{n}. ") -> str:
    items = ["Skipping breakfast", "Drinking too little water", "Sitting all day", "Eating late",
             "Ignoring your posture", "Sleeping in a warm room", "Skipping stretches"]
    body = "\n\n".join(mark.format(n=n + 1) + items[n] + "\nThis one habit can quietly drain your energy, "
                       "and the fix takes only a few minutes a day." for n in range(count))
    return headline + "\n\nMost of us make these mistakes without knowing it. Here is what to change.\n\n" + body


@pytest.mark.parametrize("headline, count, mark", [
    ("7 Everyday Habits That Are Secretly Draining Your Energy", 7, "{n}. "),
    ("Top 5 Mistakes People Make Every Morning", 5, "{n}) "),
    ("The 4 Worst Things You Can Do Before Bed (Number 3 Will Surprise You)", 4, "## {n}. "),
])
def test_a_listicle_is_the_writers_selection(headline, count, mark):
    result = kinds.classify(prepare(_listicle(headline, count, mark)))
    assert result.kind == kinds.OPINION, result.cues
    assert any("listicle" in cue for cue in result.cues)


@pytest.mark.parametrize("headline, count", [
    ("Council Sets Out Its Plan For The Harbour", 5),  # no count in the headline
    ("12 Councillors Vote Down Harbour Plan", 4),  # a count that is not the list's
])
def test_a_numbered_list_without_a_matching_count_is_no_listicle(headline, count):
    result = kinds.classify(prepare(_listicle(headline, count)))
    assert not any("listicle" in cue for cue in result.cues), result.cues


def test_a_news_digest_in_the_third_person_is_no_listicle():
    """"10 Things to Know for Today" in a wire's digest reports: no "you" in its items."""
    items = ["Storm closes the coast road", "Council delays the parking vote", "Ferry fares rise in April",
             "Hospital opens a new ward", "Harbour board names a new chair"]
    body = "\n\n".join(f"{n + 1}. {item.upper()}\nOfficials said the change would take effect next week, and residents "
                       "were told to check the council's notices." for n, item in enumerate(items))
    result = kinds.classify(prepare("5 Things to Know for Today\n\nWhat is happening in the county.\n\n" + body))
    assert result.kind == kinds.NEWS, result.cues


# --- 4. a short first-person note with nothing of an article around it: a post -----------------------

@pytest.mark.parametrize("text", [
    "Went to the council meeting on parking last night. Longer than I expected, and more people spoke "
    "against the charges than for them. The vote was put off to May so officers can cost a free first hour.",
    "Just back from the allotments. My tomatoes finally came through after that cold spell, and the beans "
    "are climbing at last. Anyone else on the east side seeing blight this year? Mine looks fine so far.",
    "Tried the new bus route into town this morning. It took me twenty minutes instead of forty, though "
    "the stop by the library has no shelter yet. Worth a go if you work near the station.",
])
def test_a_short_first_person_note_is_a_post(text):
    result = kinds.classify(prepare(text))
    assert result.kind == kinds.FORUM, result.cues


@pytest.mark.parametrize("text", [
    # a brief with a headline
    "Bus route cut to twenty minutes\n\nThe new bus route into town took twenty minutes on its first "
    "morning, half the old time. I rode it from the library stop, which has no shelter yet.",
    # a brief with a source
    "The new bus route into town took twenty minutes on its first morning, the operator said. I rode it "
    "from the library stop, which has no shelter yet, and it was on time.",
    # no first person
    "The new bus route into town took twenty minutes on its first morning, half the old time. The stop "
    "by the library has no shelter yet, and the council plans to add one in the spring.",
])
def test_a_brief_with_a_headline_a_source_or_no_first_person_is_no_post(text):
    result = kinds.classify(prepare(text))
    assert not any("short first-person note" in cue for cue in result.cues), result.cues


# --- 5. a wire story's sign-off at its foot: a dash and the agency ----------------------------------

WIRE_BODY = ("Fishing crews in Brittany reported fewer mackerel near the coast this month, a regional committee "
             "said on Thursday.\n\nThe committee said warm water had pushed the shoals north.\n\n")


@pytest.mark.parametrize("line", ["\u2014 Reuters", "- AFP", "\u2013 The Associated Press", "-- dpa."])
def test_a_dash_and_an_agency_at_the_foot_is_wire_copy_where_another_outlet_publishes(line):
    assert kinds.classify(prepare(WIRE_BODY + line, outlet="Harwick Courier")).kind == kinds.WIRE
    # with no publisher known it may be the agency's own story
    assert kinds.classify(prepare(WIRE_BODY + line)).kind == kinds.NEWS


@pytest.mark.parametrize("line", ["\u2014 Jane Roe", "- Harwick Courier staff", "\u2014 Reuters contributed to this report."])
def test_a_dash_and_a_person_or_a_contribution_is_no_wire_credit(line):
    assert kinds.classify(prepare(WIRE_BODY + line, outlet="Harwick Courier")).kind == kinds.NEWS


# --- 6. the cheap pre-tests (speed only) rule out no match ------------------------------------------

import dataclasses  # noqa: E402

from hypothesis import given, settings, strategies as st  # noqa: E402

from xlplugin.kinds_shortcuts import required_marks, word_sets  # noqa: E402

PRETESTED = [r for r in kinds.rules() if r.words_any is not None or r.marks]
JOINERS = [" ", "", "-", "'", "\u2019", "_", ".", "\n", '"', " (", ") ", "@", ": "]


def test_the_costly_rules_of_kinds20_have_a_pretest():
    """The advertisement's and the supplier's wording and the press e-mail line (kinds20's rules on the
    whole text) are skipped on a text without their rarer words or their "@"."""
    patterns = {r.pattern: r for r in kinds.rules()}
    advert = next(r for p, r in patterns.items() if "an advertisement" in p)
    supplier = next(r for p, r in patterns.items() if "(?:provided|supplied|syndicated) by" in p)
    email = next(r for p, r in patterns.items() if "(?:press|media|communications|comms|news|pressoffice" in p)
    assert advert.words_any and supplier.words_any and email.marks == "@"
    assert {"ad", "advertisement", "partnership"} <= advert.words_any and "this" not in advert.words_any
    assert {"provided", "supplied", "reproduced"} <= supplier.words_any


def test_word_sets_and_marks_read_the_pattern():
    assert word_sets(r"\b(?:this (?:article|post) is (?:an ad|a paid promotion)|paid partnership with)\b") == (
        (frozenset({"article", "post"}), frozenset({"ad", "promotion"})), (frozenset({"paid"}), frozenset({"partnership"})))
    # (a word joined to an optional group is not read: "permission" here)
    assert word_sets(r"\b(?:reproduced with (?:kind )?permission)\b") == ((frozenset({"reproduced"}),),)
    assert word_sets(r"\b(?:this is it)\b") is None  # function words only
    assert word_sets(r"(?:contact|press)[ \t]*:") is None  # not a phrase list
    assert required_marks(r"(?:^|\n)(?:press|media):[ \t]*(?:press|media)@") == "@"
    assert required_marks(r"a@?b|c@") == ""  # optional, or behind a top-level alternative
    assert required_marks(r"[@#]x\@") == ""  # in a class, escaped


@pytest.mark.parametrize("rule", PRETESTED, ids=lambda r: r.why[:40])
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_a_pretest_rules_out_no_match(rule, data):
    """On texts holding a match of the rule's pattern (and its words joined to others by marks), the
    rule gives the same cue with its pre-tests as without them."""
    plain = dataclasses.replace(rule, words_any=None, marks="")
    pieces = data.draw(st.lists(st.one_of(st.from_regex(rule.regex), st.sampled_from(JOINERS),
                                          st.sampled_from(["The council met.", "this", "an", "is", "ad", "Reuters"])),
                                min_size=1, max_size=8))
    doc = prepare("".join(pieces))
    facts = kinds._Facts(doc, kinds.rules())
    facts.scores = {kind: 0.0 for kind in kinds.KINDS}
    assert kinds._cue(rule, doc, facts) == kinds._cue(plain, doc, facts)

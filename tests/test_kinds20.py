"""Document kinds that contradicted the docs, and what a kind costs (kinds20). Each test is a class
of cases written for this project, and each failed before the fix it guards:

1. a text labelled as an advertisement (a sponsored-content label, "This article is an
   advertisement", "Paid partnership with ...", a commercial credit) is the advertiser's paid
   persuasion: a press release with no index, its Status saying why; a sponsor's credit over a
   series ("sponsored by", "brought to you by") keeps the index;
2. labelled satire (a label line at the top, "Satire:" or "(satire)" in the title, a satire section
   or JSON-LD genre, "this article is satire") is not a news report: opinion or analysis, no index;
   a text that only speaks of satire keeps its kind and index;
3. a recipe's structure is not an article whatever story precedes it, also where the ingredients are
   one paragraph between commas and the amounts carry their units ("225g butter") and the intro
   shouts ("!");
4. a short social post with handles, hashtags and a prompt to share is a forum or social post; an
   article that names a hashtag, or a long one that embeds posts, is not;
5. "we welcome" is an organisation's own news only when it welcomes something ("we welcome the
   decision"), not when a writer invites others to look;
6. a web page's JSON-LD genre is one of its hints;
7. a credit naming the outlet that supplied the text ("This article was provided by ... and is
   reproduced with permission"), often at its foot, is wire or syndicated copy;
8. an organisation's own publication (a line at the top "Published by the ... Institute", a press
   e-mail contact "Contact: press@...") is a press release.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, page_hints, prepare, score_text

# --- 1. a labelled advertisement: a press release with no index --------------------------------------

ADVERT = ("Why so many gardeners are switching to the TerraFlow hose this spring\n\n"
          "Watering a garden by hand takes time that most families do not have. That is why the TerraFlow, a "
          "light hose that winds itself back onto its reel, has become a favourite of weekend gardeners.\n\n"
          "Its makers say it saves up to half the water of an ordinary hose, and it fits any outdoor tap. "
          "\"I can water the whole garden in ten minutes now,\" says Maureen from Hull.\n\n"
          "Readers can get the TerraFlow with a special discount this week, while stocks last.")
ADVERT_LABELS = [
    ("Sponsored content\n\n", ""),
    ("Paid partnership | In association with TerraFlow\n\n", ""),
    ("ADVERTORIAL\n\n", ""),
    ("", "\n\nThis article is an advertisement. The publisher may earn a commission on sales."),
    ("", "\n\nThis content was paid for by TerraFlow Ltd and produced by our commercial team."),
    ("", "\n\nThis post is a paid promotion."),
]


@pytest.mark.parametrize("before, after", ADVERT_LABELS)
def test_a_labelled_advertisement_is_a_press_release_with_no_index(before, after):
    result = score_text(before + ADVERT + after)
    assert result.kind == kinds.PRESS_RELEASE, result.kind_cues
    assert result.reliability is None
    assert result.note.startswith("no index: ") and ("advert" in result.note or "sponsored" in result.note
                                                     or "commercial" in result.note), result.note
    # its signals are still there to read
    assert result.signals["loaded_language"].value is not None


def test_a_sponsor_credited_over_a_series_keeps_the_index():
    text = ADVERT + "\n\nThis series is sponsored by the Northfield Garden Trust."
    result = score_text(text)
    assert result.kind == kinds.PRESS_RELEASE
    assert result.reliability is not None


def test_the_same_text_with_no_label_keeps_its_index():
    assert score_text(ADVERT).reliability is not None


# --- 2. labelled satire: opinion, no index ----------------------------------------------------------

SPOOF = ("In a statement issued from a shed in Wigan on Tuesday, the nation's grandmothers announced that "
         "every visitor will now be fed at least three times an hour, whatever they say.\n\n"
         "\"You look thin,\" said a spokeswoman for the grandmothers, 81, who was holding a tray of scones. "
         "\"Nobody leaves this house hungry. That is the law.\"\n\n"
         "Grandchildren across the country said they had been warned. \"I said I had eaten,\" said Tom, 12. "
         "\"She said I had not.\"")
SATIRE_LABELS = [
    dict(text="THE WEEKLY TURNIP \u2014 satire\n\n" + SPOOF),
    dict(text="Satire: Grandmothers make feeding compulsory\n\n" + SPOOF),
    dict(text="Grandmothers make feeding compulsory (satire)\n\n" + SPOOF),
    dict(text="SPOOF\n\n" + SPOOF),
    dict(text=SPOOF, title="Parody: Grandmothers make feeding compulsory"),
    dict(text=SPOOF + "\n\nThis article is satire. Any likeness to real grandmothers is a coincidence."),
    dict(text=SPOOF, page_type="article; section: satire"),
    dict(text=SPOOF, page_type="article; genre: satire"),
]


@pytest.mark.parametrize("fields", SATIRE_LABELS)
def test_labelled_satire_is_no_report_and_gets_no_index(fields):
    result = score_text(**fields)
    assert result.kind == kinds.OPINION, result.kind_cues
    assert result.reliability is None
    assert result.note.startswith("no index: ") and "satire" in result.note, result.note


@pytest.mark.parametrize("head", ["Why satire still matters", "Satire is dead, say comedians",
                                  "The parody that fooled a minister"])
def test_a_text_that_speaks_of_satire_keeps_its_kind_and_index(head):
    text = (head + "\n\nLONDON - The comedy festival opened on Friday with a debate on political humour, "
            "organisers said. The festival's director, Ann Blake, said 40 acts had been booked. "
            "\"Audiences want jokes about power,\" she said, adding that tickets had sold out.")
    result = score_text(text)
    assert result.kind == kinds.NEWS, result.kind_cues
    assert result.reliability is not None


# --- 3. a recipe's structure, whatever the intro ------------------------------------------------------

INTRO = ("Hi everyone! You know I am completely obsessed with ginger, and this loaf is the one my aunt baked "
         "every winter! It is honestly the best thing I have ever eaten! My family goes wild for it and I have "
         "made it a hundred times!\n\nI still remember the smell of her kitchen on a cold Sunday, the radio on, the "
         "windows steamed up and the dog asleep by the stove. She never wrote anything down, so it took me years "
         "of trying to get it right, and I burned more loaves than I like to admit. Now I think I have finally "
         "cracked it, and I cannot wait for you to try it! It keeps for a week in a tin, if it lasts that long "
         "in your house, which it never does in mine!\n\n")
INGREDIENT_PARAGRAPHS = [
    "Ingredients\n200g butter, 150g dark sugar, 3 eggs, 250g plain flour, 2 tsp ground ginger.\n\n",
    "Ingredients\n200g butter\n150g dark sugar\n3 eggs\n250g plain flour\n\n",
    "What you need\n2 cups flour, 1 cup sugar, 3 eggs, a pinch of salt\n\n",
]
METHOD = ("Method\n1. Heat the oven to 170C.\n2. Beat the butter and sugar, then the eggs.\n"
          "3. Fold in the flour and ginger and bake for 50 minutes.\n\nPin it for later!")


@pytest.mark.parametrize("ingredients", INGREDIENT_PARAGRAPHS)
def test_a_recipe_with_a_shouting_intro_is_not_an_article(ingredients):
    result = score_text(INTRO + ingredients + METHOD)
    assert result.kind == kinds.NOT_ARTICLE, result.kind_cues
    assert result.reliability is None


def test_a_report_listing_figures_under_no_recipe_heading_stays_a_report():
    text = ("The council said on Monday that it had set its budget. The figures, officials said, were these: "
            "200 new homes, 150 school places, 3 clinics, 250 street lights.\n\nThe leader, Sam Hart, said "
            "the plan was fair. \"We have done what we can,\" he said.")
    assert score_text(text).kind == kinds.NEWS


# --- 4. a short social post --------------------------------------------------------------------------

POSTS = [
    "Cannot believe @NorthvaleTrains cancelled the 8:10 AGAIN. Third time this week. Who is running this "
    "railway?? #Northvale #Commute",
    "Lovely morning at the allotment with @greenfingers_jo and the gang. First beans of the year! "
    "#allotment #growyourown",
    "Our park is being sold off and nobody asked us. Share if you agree!!! #SaveOurPark",
    "RT @cityrunners: 10k this Sunday, route closed from 8am. Please share with anyone driving in town.",
]


@pytest.mark.parametrize("post", POSTS)
def test_a_short_post_with_handles_hashtags_or_share_prompts_is_a_social_post(post):
    assert kinds.classify(prepare(post)).kind == kinds.FORUM


def test_a_report_naming_a_hashtag_or_a_long_article_embedding_posts_is_no_social_post():
    brief = ("Thousands of people have shared photographs of their gardens under the hashtag #GreenStreets, "
             "the charity behind it said on Monday. Its director, Ruth Cole, said the response had been "
             "far larger than expected.")
    assert kinds.classify(prepare(brief)).kind == kinds.NEWS
    long = " ".join(["The minister replied on social media within the hour, officials said."] * 40)
    long += " She wrote to @CityHall: \"We will fix it.\" #roads #potholes Please share."
    assert kinds.classify(prepare(long)).kind != kinds.FORUM


# --- 5. "we welcome": an organisation welcoming news, not a writer inviting others -------------------

BLOG = ("Last month my colleagues and I posted a preprint on hedgehog numbers in city parks. It has not yet "
        "been reviewed, so please read it with care. Our counts are rough and our sample is small. "
        "All our data are online, and we welcome {}.")


@pytest.mark.parametrize("invited", ["other groups to look at them", "comments and corrections",
                                     "anyone who wants to check our sums"])
def test_a_writer_inviting_others_to_look_is_no_press_release(invited):
    assert kinds.classify(prepare(BLOG.format(invited))).kind != kinds.PRESS_RELEASE


def test_an_organisation_welcoming_news_is_still_a_press_release():
    text = ("The Northfield Walkers' Association said on Monday: we welcome the council's decision to reopen "
            "the river path, and we call on it to keep the path open all year.")
    assert kinds.classify(prepare(text)).kind == kinds.PRESS_RELEASE


# --- 6. a web page's JSON-LD genre -------------------------------------------------------------------

def test_a_pages_json_ld_genre_is_one_of_its_hints():
    markup = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "genre": "Satire"}'
              '</script></head><body></body></html>')
    assert "genre: satire" in page_hints.hints(markup)


# --- 7. a supplier's credit, at the foot or the top -------------------------------------------------

WIRE_REPORT = ("By Lena Ortiz\n\nOSLO, March 3 - Ferry crossings on the fjord were cancelled on Tuesday after "
               "winds reached 90 km an hour, the operator said. A spokesman for the operator, Jon Berg, said "
               "services would resume on Wednesday. Forecasters said the winds would ease overnight.")
SUPPLIER_CREDITS = [
    "\n\nThis article was provided by the Nordic Press Wire and is reproduced with permission.",
    "\n\nThis story is supplied by Harbour News Service.",
    "\n\nThe article is reproduced with kind permission of the Fjord Gazette.",
]


@pytest.mark.parametrize("credit", SUPPLIER_CREDITS)
def test_a_suppliers_credit_makes_wire_copy(credit):
    assert kinds.classify(prepare(WIRE_REPORT + credit)).kind == kinds.WIRE


def test_a_photo_reproduced_with_permission_is_no_suppliers_credit():
    text = WIRE_REPORT + "\n\nThe photograph of the ferry is reproduced with permission of the operator."
    assert kinds.classify(prepare(text)).kind == kinds.NEWS


# --- 8. an organisation's own publication ------------------------------------------------------------

SUMMARY = ("Briefing: school meals in rural districts\n\n{}\n\nWe looked at 40 districts over two years. Meals "
           "served rose by a fifth where kitchens were shared between schools, though costs per meal varied "
           "widely and our sample is small.\n\nWe think longer trials are needed before any district changes "
           "its kitchens.{}")


@pytest.mark.parametrize("top, foot", [
    ("Published by the Hollin Foundation for Child Health", "\n\nContact: press@hollinfoundation.org"),
    ("Published by the Centre for Rural Policy", "\n\nContact: comms@ruralpolicy.org.uk"),
])
def test_an_organisations_own_publication_is_a_press_release(top, foot):
    assert kinds.classify(prepare(SUMMARY.format(top, foot))).kind == kinds.PRESS_RELEASE


def test_an_outlets_publication_line_is_no_organisations():
    text = SUMMARY.format("Published by the Northfield Courier", "\n\nContact: letters@northfieldcourier.com")
    assert kinds.classify(prepare(text)).kind != kinds.PRESS_RELEASE

"""Document kinds that testers found missed (kinds22). Each test is a class of cases written for this
project, and each failed before the fix it guards:

1. social posts: a post's tags on its last line with a call to its followers ("link in bio", "join the
   Telegram"), a chain message ("Forwarded many times", "forward this to everyone", "don't break the
   chain"), an anonymous post with an edit note and the writer calling it a post, and a calm short note
   with a handle or a hashtag, are forum or social posts; a report ending in a campaign's hashtags, a
   reporter's "follow me on Twitter" footer and a report on a chain message are not;
2. a short rant insinuating in stock formulas ("Funny how ...", "We are not saying X. We are saying Y.",
   "You can't make this stuff up") is opinion, its cue saying so, and the loaded language evidence calls
   each an insinuation, not a doubt word; a report quoting such a formula is still a report;
3. a company's post signed by its own team is a press release (a newsroom's team is none); a post that
   says it is on a blog, and an open letter, are opinion (a report on an open letter is not); a
   correction notice is a news item with its cue;
4. a seller's health disclaimer ("not intended to diagnose, treat, cure or prevent any disease") makes
   a miracle-cure page the seller's own promotion, a press release; a report quoting it is not;
5. a fact check's labels ("Claim:" then "Verdict:" or "Our rating:") are a news report's cue; a
   review's "Verdict:" and "Rating:" are not.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, prepare, score_text
from xlplugin.insinuation_formulas import INSINUATION_DETAIL
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings


def _kind(text: str, title: str = "") -> kinds.Kind:
    return kinds.classify(prepare(text, title=title))


def _cues(kind: kinds.Kind) -> str:
    return " ".join(kind.cues)


# --- 1. social posts --------------------------------------------------------------------------------

SHILL = ("{open}\n\n"
         "I have traded small coins for six years and I have never seen a chart like this one. The team is building "
         "a payments app for dog walkers and the first exchange listing is due next week, so the price is still low.\n\n"
         "I bought more this morning. My advice is simple: get in before the listing, because once the big buyers "
         "arrive these prices will not come back. I am holding every coin I have until the end of the year.\n\n"
         "The banks will hate it and the old money will laugh, but they laughed at the first coins too.\n\n"
         "{call}\n\n"
         "{tags}")


@pytest.mark.parametrize("call, tags", [
    ("Full details and the chart: link in bio.", "#crypto #altcoins #barkcoin"),
    ("Join the Telegram for the signal, we are 12,000 strong.", "#defi #100x #hodl #barkcoin"),
    ("Join our Discord before the listing.", "#BarkCoin, #Crypto, #ToTheMoon"),
])
def test_a_longer_post_with_its_tags_and_a_call_to_followers_is_a_social_post(call, tags):
    kind = _kind(SHILL.format(open="BARKCOIN IS READY TO RUN", call=call, tags=tags))
    assert kind.kind == kinds.FORUM, kind
    assert "line of hashtags" in _cues(kind)


REPORT_WITH_TAGS = ("Charity opens winter shelter in Hedley\n\n"
                    "A charity opened a winter night shelter in Hedley on Monday, its director said. The shelter has 24 beds "
                    "and will stay open until March, according to the council, which paid for the building's heating.\n\n"
                    "Volunteers told the Courier they had served 40 meals on the first night. The charity said it still "
                    "needs blankets and warm coats, which can be left at the church hall.\n\n"
                    "{foot}")


@pytest.mark.parametrize("foot", [
    "#EndHomelessness #Hedley #WinterShelter",
    "jroe@hedleycourier.example or follow me on Twitter @jroe_reports",
])
def test_a_report_ending_in_a_campaigns_tags_or_a_reporters_footer_is_no_post(foot):
    # (a short report's "follow me" may still count as the first person: not this rule's matter)
    assert _kind(REPORT_WITH_TAGS.format(foot=foot)).kind != kinds.FORUM


CHAIN = ("WARNING!!! {plea}!!!\n\n"
         "A friend of my sister works at the post office and she says people are driving round our streets in a "
         "white van and marking the houses of old people with chalk. At night they come back and break in.\n\n"
         "The police know about it but they will not say anything. Check your walls and gates for marks.\n\n"
         "{plea2}. Better to be safe than sorry!!!\n\n"
         "{label}")


@pytest.mark.parametrize("plea, plea2, label", [
    ("PLEASE FORWARD THIS TO EVERYONE YOU KNOW", "Don't break the chain", "Forwarded many times"),
    ("Send this to everyone in your contacts", "Please forward it to ten people today", ""),
    ("Read this and pass it on to all your friends", "Do not break the chain", "Forwarded many times"),
])
def test_a_chain_message_is_a_social_post(plea, plea2, label):
    kind = _kind(CHAIN.format(plea=plea, plea2=plea2, label=label).strip())
    assert kind.kind == kinds.FORUM, kind


def test_a_report_on_a_chain_message_stays_a_report():
    text = ("Police in Hedley have said a message shared on WhatsApp about chalk marks on houses is false.\n\n"
            "The message, which asks readers to \"forward this to everyone you know\" and \"don't break the chain\", "
            "claims that burglars mark the homes of older people. Inspector Dan Hale said officers had found no "
            "such marks and no rise in burglaries.\n\n"
            "\"Please check with us before you share warnings like this,\" he said.")
    assert _kind(text).kind == kinds.NEWS


POSTER = ("I work in the claims team of a large insurer. {own} because I do not want to lose my job, and I will not "
          "name the company.\n\n"
          "For about a year we have been told to reject water damage claims first and wait to see who complains. "
          "I think most people give up. I have seen the weekly figures and the share we pay out has gone down.\n\n"
          "I may be wrong about why. But I think people should read their policies and push back.\n\n"
          "{edit}")


@pytest.mark.parametrize("own, edit", [
    ("I'm posting this anonymously", "Edit: a few people asked which country. I won't say."),
    ("Posting here on a throwaway account", "EDIT 2: thanks for the replies, I will read them all tonight."),
    ("I am posting from a new account", "TL;DR: read your policy and appeal every refusal."),
])
def test_an_anonymous_post_with_an_edit_note_is_a_post_not_opinion(own, edit):
    kind = _kind(POSTER.format(own=own, edit=edit))
    assert kind.kind == kinds.FORUM, kind


@pytest.mark.parametrize("text", [
    "Parking vote put off again at the council tonight, now on May 12 so officers can cost a free first hour. #Millbrook",
    "The ferry from Amberley is running late all morning because of the wind, about forty minutes so far. @AmberleyFerries",
    "Roadworks on Mill Street start two weeks later than planned because of all the rain. @MillbrookCouncil #roadworks",
])
def test_a_calm_short_post_with_a_handle_or_a_hashtag_is_a_post(text):
    kind = _kind(text)
    assert kind.kind == kinds.FORUM, kind


def test_a_short_brief_with_a_headline_or_a_source_and_a_hashtag_stays_a_report():
    brief = ("The hashtag #SaveTheFerry trended on Monday after the council said the Amberley ferry may close in "
             "March, according to its budget papers.")
    assert _kind(brief).kind == kinds.NEWS
    assert _kind("Ferry may close in March, council papers show. #SaveTheFerry trended on Monday.",
                 title="Amberley ferry may close").kind == kinds.NEWS


# --- 2. insinuation formulas ----------------------------------------------------------------------

@pytest.mark.parametrize("rant", [
    "Once again the council has spent our money on a pointless new sign. Funny how the people who voted for it "
    "never walk down that street. We are not saying anyone took a cut. We are saying you should ask who gains.",
    "The new depot went to the mayor's cousin's firm without a tender. You can't make this stuff up. "
    "Funny that nobody on the board spoke against it. Draw your own conclusions about who is looking after whom.",
    "I'm not saying the count was rigged. I'm saying the boxes arrived late and nobody will tell us why. "
    "Strange that the cameras were off that night. That in itself tells you something.",
])
def test_a_short_rant_insinuating_in_stock_formulas_is_opinion(rant):
    kind = _kind(rant)
    assert kind.kind == kinds.OPINION, kind
    assert "insinuations" in _cues(kind)


def test_an_insinuation_is_called_one_in_the_evidence():
    text = ("The board gave the contract to its chair's brother. Funny how that keeps happening. "
            "We are not saying it is corrupt. We are saying it should be looked at.")
    evidence = loaded_language.score(prepare(text), Settings()).evidence
    found = [e for e in evidence if e.detail == INSINUATION_DETAIL]
    assert len(found) >= 2 and all(e.kind == "doubt" for e in found)
    assert "insinuation" in INSINUATION_DETAIL and "so-called" not in INSINUATION_DETAIL


def test_a_report_quoting_an_insinuation_stays_a_report():
    text = ("HEDLEY - The council gave the depot contract to Marsh Ltd on Tuesday, its chair said.\n\n"
            "\"Funny how the same firm always wins,\" said councillor Ann Webb. \"We are not saying anyone broke the "
            "rules. We are saying the tender should be published,\" she told the meeting.\n\n"
            "The chair, Tom Reed, said the tender had followed the rules and would be published next week.")
    assert _kind(text).kind == kinds.NEWS


# --- 3. a company's own post, a blog post, an open letter, a correction notice -----------------------

COMPANY = ("Introducing Tidewell Maps 4: routes that know the weather\n\n"
           "{byline}\n\n"
           "Today we are releasing Tidewell Maps 4, the biggest change to the app since it began. You asked for routes "
           "that avoid flooded roads, and version 4 plans around them using the latest warnings.\n\n"
           "\"We built this with the people who use it every day,\" says Nia Rowe, who leads the product. Testers "
           "said the new routes saved them ten minutes a trip on wet days.\n\n"
           "Version 4 is free for everyone, and it is available now on phones and on the web. Update the app to try "
           "it.{foot}")


@pytest.mark.parametrize("byline, foot", [
    ("Posted by the Tidewell team \u00b7 3 March 2026 \u00b7 3 min read", ""),
    ("3 March 2026", "\n\n\u2014 The Tidewell team"),
    ("By the Tidewell Maps Team", ""),
])
def test_a_companys_post_signed_by_its_team_is_a_press_release(byline, foot):
    kind = _kind(COMPANY.format(byline=byline, foot=foot))
    assert kind.kind == kinds.PRESS_RELEASE, kind
    assert "own team" in _cues(kind)


@pytest.mark.parametrize("byline", ["By the Verify team", "By our news team", "By the Courier's data team"])
def test_a_newsroom_team_is_no_company_signing(byline):
    text = (f"Flood warnings issued for the Wolds\n\n{byline}\n\n"
            "The Environment Agency issued flood warnings for three rivers on Monday, its duty officer said. Rain is "
            "expected to continue until Wednesday, according to the Met Office, and two roads are already closed.")
    assert _kind(text).kind == kinds.NEWS


BLOG = ("What our new study of hedgehog roads does and does not show\n\n"
        "By Dr Ruth Evans\n"
        "{where}, 9 October 2026\n\n"
        "Our paper on hedgehogs crossing roads went online this week as a preprint. It has not yet been peer "
        "reviewed. We counted hedgehogs killed on 40 roads over two summers, and found fewer where a hedge ran "
        "beside the road. We cannot yet say why, and one dry summer may explain part of it.\n\n"
        "The data are public, and other groups are welcome to check them.")


@pytest.mark.parametrize("where", ["Posted on the Northfield Ecology Lab blog", "Published in our group's blog",
                                   "Cross-posted to the Wildlife Roads blog"])
def test_a_text_that_says_it_is_posted_on_a_blog_is_opinion(where):
    kind = _kind(BLOG.format(where=where))
    assert kind.kind == kinds.OPINION, kind


OPEN_LETTER = ("{head}\n\n"
               "To: The Board of the Northfield Water Company\n\n"
               "We are writing as doctors and nurses who work in the towns your company serves. We ask you to keep "
               "the fluoride plant at Amberley open. Closing it would save about 80,000 pounds a year, but children's "
               "teeth in the valley have improved since it opened in 1988, and we believe that gain would be lost.\n\n"
               "We would welcome the chance to meet you to discuss the costs.\n\n"
               "{sign}\n"
               "Dr Ann Lee, Amberley Health Centre\n"
               "Dr Tom Reed, Northfield Hospital\n"
               "and 52 others")


@pytest.mark.parametrize("head, sign", [
    ("An open letter on the Amberley fluoride plant", "Signed,"),
    ("Open letter to the Northfield Water Company", "Yours sincerely,"),
    ("Keep the Amberley plant open", "We, the undersigned:"),
])
def test_an_open_letter_is_opinion(head, sign):
    kind = _kind(OPEN_LETTER.format(head=head, sign=sign))
    assert kind.kind == kinds.OPINION, kind


def test_a_report_on_an_open_letter_stays_a_report():
    text = ("Doctors urge water firm to keep fluoride plant\n\n"
            "More than 50 doctors and nurses have signed an open letter asking the Northfield Water Company to keep "
            "its fluoride plant at Amberley open, the letter's organiser said on Monday.\n\n"
            "The company said it had not yet decided. \"We will read the letter carefully,\" a spokesperson told the "
            "Courier. The plant costs about 80,000 pounds a year to run, according to the company's accounts.")
    assert _kind(text).kind == kinds.NEWS


@pytest.mark.parametrize("head, title", [
    ("Correction: Amberley school funding figures\n\n", ""),
    ("", "Correction: Amberley school funding figures"),
    ("Clarification - the Mill Street roadworks\n\n", ""),
])
def test_a_correction_notice_is_a_news_item_with_its_cue(head, title):
    text = (head + "An article published on 2 March said the town's primary schools would lose 4 million pounds next "
            "year. That was wrong: the figure was the total over four years. The loss next year is about 1.1 million "
            "pounds. We have changed the article and we apologise for the error.")
    kind = _kind(text, title)
    assert kind.kind == kinds.NEWS, kind
    assert "correction notice" in _cues(kind)


# --- 4. a seller's health disclaimer ----------------------------------------------------------------

CURE = ("THE GARDEN HERB YOUR DOCTOR NEVER MENTIONS\n\n"
        "If you are tired of aching joints, this could change everything. Thousands of readers have discovered the "
        "power of nettle root tonic, and many say they feel ten years younger within a week.\n\n"
        "The big drug companies would rather you kept buying their pills. Our pure nettle root drops are made in "
        "small batches, and this month you can claim your bottle at half price.\n\n"
        "{disclaimer}")


@pytest.mark.parametrize("disclaimer", [
    "These statements have not been evaluated by the Food and Drug Administration. This product is not intended "
    "to diagnose, treat, cure or prevent any disease.",
    "*This product is not intended to diagnose, treat, cure, or prevent any disease. Results may vary.",
    "These claims have not been evaluated by the FDA.",
])
def test_a_sellers_health_disclaimer_makes_the_page_the_sellers_own(disclaimer):
    kind = _kind(CURE.format(disclaimer=disclaimer))
    assert kind.kind == kinds.PRESS_RELEASE, kind
    assert "health disclaimer" in _cues(kind)
    assert score_text(CURE.format(disclaimer=disclaimer)).reliability is not None  # (it keeps its index)


def test_a_report_quoting_a_health_disclaimer_stays_a_report():
    text = ("Regulator warns over nettle tonic adverts\n\n"
            "The advertising regulator has told a seller of nettle root drops to stop claiming they cure arthritis, "
            "its ruling said on Wednesday. The adverts carried the line \"This product is not intended to diagnose, "
            "treat, cure or prevent any disease\", which the regulator said did not undo the claims above it.\n\n"
            "The seller told the regulator it would change the adverts, according to the ruling.")
    assert _kind(text).kind == kinds.NEWS


# --- 5. a fact check --------------------------------------------------------------------------------

FACT_CHECK = ("Do smart meters record your conversations?\n\n"
              "{claim}: Smart meters fitted this year can listen to what people say at home.\n\n"
              "A post shared thousands of times says the new meters carry hidden microphones. The post, which first "
              "appeared on a forum in May, gives no evidence. The meters' maker, Tellwatt, said they hold no "
              "microphone, and an engineer at Amberley University who took one apart told us the same.\n\n"
              "{verdict}: False. The meters measure electricity use and nothing else.")


@pytest.mark.parametrize("claim, verdict", [("Claim", "Verdict"), ("CLAIM", "Our rating"), ("The claim", "Our verdict")])
def test_a_fact_check_is_a_news_report_with_its_cue(claim, verdict):
    kind = _kind(FACT_CHECK.format(claim=claim, verdict=verdict))
    assert kind.kind == kinds.NEWS, kind
    assert "fact check" in _cues(kind)


def test_a_reviews_verdict_and_rating_are_no_fact_check():
    review = ("I have used the Tellwatt kettle every morning for a month. It boils a litre in under three minutes and "
              "the handle stays cool, but the lid sticks.\n\n"
              "Verdict: a good kettle with one annoying flaw.\n\nRating: 4/5")
    assert "fact check" not in _cues(_kind(review))

"""Known misses of the kinds, as classes (kinds29). Every text here was written for this project. Each class was
read wrongly before this change; the near misses keep the kind they had:

1. an issuer's name in title case alone on a line at the top, over a release's headline ("Harwick Valley Water
   Authority", "Department of Transport", "City of Marlow") is a press release (page_genres.issuer_header); a
   report under a title-case headline ending in such a word, under a masthead and a byline, or opening with the
   name over its first paragraph stays a report;
2. a report that quotes a release ("said in a press release", "in einer Pressemitteilung") is no press release
   (the label rule read the words anywhere in the first 600 characters);
3. unlabelled satire with its other formulas (an "area man" named with his age, unnamed "sources confirmed
   Tuesday", "At publishing time,") besides its headline and "At press time,": opinion or analysis with no index;
   a report with one or two of them, a report about a satire site and a "Nation's jobless rate" headline stay
   reports with their index;
4. an organisation's invitation to its own event in its own words ("Join us for", "We look forward to welcoming
   you", "Wir laden Sie herzlich ein") with the event's clock time is a press release; a report quoting the
   organisers' invitation, or saying in the third person that all are welcome, stays a report;
5. the Status of a text that gets no index says in plain words why (satire: "not a report") and which cues decided;
6. a report that embeds posts from a social network (each over its credit line, "— Name (@handle) May 3, 2026")
   is no opinion for the posters' "I" and exclamations: they are the posters' words, as loaded language reads them;
   a writer's own first person and exclamations still count.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, page_genres, prepare, score_text


def _kind(text: str, **meta: str) -> kinds.Kind:
    return kinds.classify(prepare(text, **meta))


_INV1 = (
    'Spring talk: the birds of Harwick Marsh\n'
    '\n'
    "The Harwick Natural History Society's spring talk will be given by the ornithologist Dr Ellen Park, who has surveyed the marsh's breeding birds for fifteen years.\n"
    '\n'
    'The talk takes place on Thursday 17 April at 7.30pm in the Memorial Hall, Church Street. Members and visitors are welcome, and tea and biscuits will be served afterwards.\n'
    '\n'
    'Join us for an evening of stories and photographs from the reed beds. Non-members are asked for a donation of £3 at the door.'
)

_INV2 = (
    'Sommerfest im Gemeinschaftsgarten\n'
    '\n'
    'Am Samstag, 21. Juni, feiern wir ab 14 Uhr unser Sommerfest im Gemeinschaftsgarten an der Lindenstraße. Es gibt Kaffee und selbst gebackenen Kuchen, eine Pflanzenbörse mit Jungpflanzen aus unseren Beeten und ab 16 Uhr Musik von der Band "Kleeblatt". Für Kinder bauen wir wieder den Barfußpfad auf, und wer mag, kann beim Kräuterquiz mitmachen.\n'
    '\n'
    'Der Garten ist in diesem Jahr gewachsen: Zwölf neue Hochbeete sind dazugekommen, gebaut aus dem Holz einer alten Scheune. Die Gruppe der Schulgärtner erntet dort jeden Dienstag Radieschen und Salat, und im Herbst sollen die ersten Kürbisse folgen.\n'
    '\n'
    'Wir laden Sie und Ihre Familie herzlich ein, mit uns zu feiern. Spenden für weitere Hochbeete nehmen wir gerne entgegen. Bei Regen feiern wir im Gemeindehaus nebenan.'
)

_INV3 = (
    'Open day at the Eastfield campus\n'
    '\n'
    'On Saturday 8 March, from 10:00 to 15:00, the university opens the doors of its Eastfield campus to prospective students and their families.\n'
    '\n'
    'Visitors can tour the new engineering labs, meet lecturers and current students, and attend short taster lectures in chemistry, design and nursing. Free buses run from the railway station every twenty minutes.\n'
    '\n'
    'We look forward to welcoming you to Eastfield. Register now on the open day page to receive your timetable.'
)

_NEWS1 = (
    'Residents Rally Against Water Authority\n'
    '\n'
    "More than 200 people gathered outside the Harwick Valley Water Authority's offices on Tuesday to protest a proposed 18 percent rate increase.\n"
    '\n'
    '"We can\'t absorb another rise like this," said Marta Klein, a retired teacher who organised the protest. The authority\'s board is scheduled to vote on the increase next month.\n'
    '\n'
    'A spokesperson for the authority said the increase was needed to replace pipes laid in the 1950s.'
)

_NEWS2 = (
    'The Harwick Gazette\n'
    '\n'
    'Water authority lifts boil notice\n'
    '\n'
    'By Sam Ortiz\n'
    '\n'
    'HARWICK — The Harwick Valley Water Authority lifted its boil-water notice on Monday after tests found no bacteria, officials said.\n'
    '\n'
    'The notice had affected about 4,200 homes on the east side. General manager Dana Ruiz said the cause was a pressure drop during repairs.'
)

_NEWS3 = (
    'Harwick Valley Water Authority\n'
    "More than 200 residents turned out on Tuesday night to protest a proposed rate increase at the authority's monthly board meeting, which ran past midnight.\n"
    '\n'
    '"We can\'t absorb another rise like this," said Marta Klein, who organised the protest. Board members said they would vote next month.\n'
    '\n'
    'The authority said in a press release that the increase was needed to replace ageing pipes.'
)

_NINV1 = (
    'Residents invited to discuss bypass plans\n'
    '\n'
    'Harwick council will hold a public meeting on the proposed bypass on Tuesday at 7 p.m. in the town hall, officials said.\n'
    '\n'
    '"We invite everyone who lives along the route to come and tell us what they think," said council leader Ruth Adams. Everyone is welcome, organisers said, and no booking is needed.\n'
    '\n'
    'Opponents of the plan said they would hand in a petition with 1,400 signatures at the meeting.'
)

_NINV2 = (
    'Hundreds join protest march through city centre\n'
    '\n'
    'More than 600 people marched through the city centre on Saturday, setting off from the station at 11:00 and ending with speeches outside the town hall.\n'
    '\n'
    '"Join us, we said, and they came," said organiser Tom Becker. Police said the march passed off peacefully, with no arrests.\n'
    '\n'
    'The group plans a second march next month, Becker said.'
)

_NSAT1 = (
    'Local man charged after crash on Route 9\n'
    '\n'
    'A 34-year-old man was charged with reckless driving after his car struck a utility pole on Route 9 early Sunday, police said.\n'
    '\n'
    '"We are lucky nobody else was on the road," said local resident Maria Lopez, 61, who heard the crash from her home. Area residents were without power for three hours.\n'
    '\n'
    "At press time, police had not released the man's name."
)

_NSAT2 = (
    "Satire site's fake story spreads on social media\n"
    '\n'
    'A story from the satire site The Onion was shared thousands of times on Facebook this week by users who appeared to believe it was true, researchers said.\n'
    '\n'
    'The piece, headlined with the website\'s familiar "Area Man" formula, claimed a local man had been elected mayor by accident. Sources close to the company confirmed the story was intended as a joke.\n'
    '\n'
    '"People share headlines without reading them," said Ana Ruiz, who studies misinformation at Lakeside University.'
)

_NSAT3 = (
    "Nation's jobless rate falls to 3.9 percent\n"
    '\n'
    "The nation's unemployment rate fell to 3.9 percent in May, the Labor Department said Friday, as employers added 210,000 jobs.\n"
    '\n'
    'Economists had expected a smaller gain. Sources close to the White House said the figures were confirmed to the president on Thursday evening.\n'
    '\n'
    'At press time, markets in Asia had opened higher.'
)

_REL1 = (
    'Harwick Valley Water Authority\n'
    '\n'
    'Boil-water notice lifted for Eastside customers\n'
    '\n'
    'HARWICK, Ore. — The boil-water notice issued last Thursday for about 4,200 Eastside customers has been lifted after two rounds of tests found no bacteria in the system, the authority said on Monday.\n'
    '\n'
    '"We thank our customers for their patience while crews flushed the mains," said general manager Dana Ruiz. Ruiz said the cause was a pressure drop during a valve replacement on Orchard Road.\n'
    '\n'
    'Customers who still notice cloudy water should run their cold taps for five minutes, the authority said. Crews will continue flushing hydrants in the area through Friday, according to the schedule posted on its website.\n'
    '\n'
    'Questions can be directed to the customer service line at 555-0142.'
)

_REL2 = (
    'Department of Transport\n'
    '\n'
    'New rules for e-scooter trials take effect in March\n'
    '\n'
    'Rental e-scooters in trial areas will need a top speed of no more than 12.5 mph from 1 March, under rules published today.\n'
    '\n'
    'The Transport Minister, Alan Reeve, said: "These trials have shown what e-scooters can offer, and these rules will keep riders and pedestrians safe."\n'
    '\n'
    'Operators in the 31 trial areas have been told to update their fleets by the end of February. The department will publish a full evaluation of the trials in the summer.'
)

_REL3 = (
    'City of Marlow\n'
    'Parks and Recreation Division\n'
    '\n'
    'Riverside Pool reopens Saturday after repairs\n'
    '\n'
    'MARLOW — Riverside Pool will reopen on Saturday, June 14, after eight weeks of repairs to its filtration system, city officials said.\n'
    '\n'
    '"Families have waited patiently, and the pool is now in better shape than it has been in a decade," said Parks Director Luis Ortega.\n'
    '\n'
    'The pool will be open from 10 a.m. to 7 p.m. daily through Labor Day. Season passes can be bought at the front desk or online, the city said.'
)

_REL4 = (
    'Northgate Community Health Trust\n'
    '\n'
    'Trust opens new diabetes clinic in Eastfield\n'
    '\n'
    'A new clinic for people living with type 2 diabetes opened in Eastfield on Monday, offering appointments six days a week.\n'
    '\n'
    "The clinic brings together nurses, dietitians and podiatrists under one roof. Dr Priya Nair, the trust's clinical lead for diabetes, said patients would no longer need to travel to three different sites.\n"
    '\n'
    "Referrals are made through GP practices. The trust said it expects to see around 2,000 patients in the clinic's first year."
)

_SAT1 = (
    'Area Man Confident He Can Fix Dishwasher With Butter Knife\n'
    '\n'
    'PINE HOLLOW — Insisting that the repair required nothing more than patience and the right attitude, area man Doug Brennan, 47, announced Sunday that he would fix the family dishwasher using only a butter knife.\n'
    '\n'
    '"These things are simpler than people think," said Brennan, who had removed the machine\'s front panel and several components he could not name.\n'
    '\n'
    'At press time, Brennan had asked his wife where the nearest appliance store was.'
)

_SAT2 = (
    'Local Woman Unsure Why She Walked Into Kitchen\n'
    '\n'
    'MAPLE FALLS — Standing motionless beside the refrigerator for nearly a minute, local woman Karen Hale was unable to recall why she had entered the kitchen, sources confirmed Tuesday.\n'
    '\n'
    'Hale reportedly opened and closed a drawer before looking out the window for clues. "It was definitely important," she said.\n'
    '\n'
    'At press time, Hale had returned to the living room and immediately remembered.'
)

_SAT3 = (
    "Nation's Dads Agree Thermostat Must Not Be Touched\n"
    '\n'
    'Fathers across the country agreed Wednesday that the household thermostat must remain at 68 degrees, sources confirmed Wednesday.\n'
    '\n'
    '"If you\'re cold, put on a sweater," said area dad Phil Moreno, 52, echoing a sentiment shared by millions of fathers.\n'
    '\n'
    'Experts said the consensus had held for several decades.'
)

_SAT4 = (
    'Study Finds 86 Percent Of Office Meetings Could Have Been An Email\n'
    '\n'
    'A new study released Thursday found that 86 percent of all office meetings could have been replaced by a short email.\n'
    '\n'
    '"I sat through a 90-minute meeting about shortening meetings," said area woman Dana Price, 34, a project coordinator.\n'
    '\n'
    'At publishing time, researchers had scheduled a meeting to discuss the findings.'
)


# --- 1. an issuer's name heading its release ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [_REL1, _REL2, _REL3, _REL4], ids=["water-authority", "department", "city-of", "trust"])
def test_issuer_name_over_a_release_is_a_press_release(text):
    kind = _kind(text)
    assert kind.kind == kinds.PRESS_RELEASE, kind
    assert any("issuer's own name" in cue for cue in kind.cues)
    assert not kind.no_index  # a release keeps its index


@pytest.mark.parametrize("text", [_NEWS1, _NEWS2, _NEWS3], ids=["headline-ending-authority", "masthead-byline", "name-over-paragraph"])
def test_reports_with_an_organisations_name_at_the_top_stay_reports(text):
    kind = _kind(text)
    assert kind.kind == kinds.NEWS, kind
    assert not any("issuer's own name" in cue for cue in kind.cues)


def test_a_news_address_keeps_a_report_under_an_issuer_line():
    # the same head on a news site's article address: the page says it is reporting
    kind = _kind(_REL1, url="https://harwickgazette.example/news/2026/boil-notice-lifted")
    assert kind.kind == kinds.NEWS, kind


@pytest.mark.parametrize("line", [
    "Harwick Valley Water Authority", "Department of Transport", "City of Marlow", "Northgate Community Health Trust",
    "Office of the Mayor", "Eastshire County Council", "Landratsamt Musterkreis", "Bundesministerium für Gesundheit",
])
def test_issuer_lines(line):
    assert page_genres.issuer_line(line)


@pytest.mark.parametrize("line", [
    "Residents Rally Against Water Authority",  # a headline: a preposition no body's name holds
    "Budget Cuts Are Blamed On County Council",  # a headline's verb
    "The Harwick Gazette",  # a masthead
    "Australian Broadcasting Corporation",  # a broadcaster's name
    "Eastshire News Service",  # a news service
    "The council approved the budget.",  # a sentence
    "water authority",  # not capitalised
    "Authority",  # one word
    "Contact: Harwick Valley Water Authority",  # a field
])
def test_lines_that_are_no_issuer(line):
    assert not page_genres.issuer_line(line)


# --- 2. a report quoting a release ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The authority said in a press release that the increase was needed to replace ageing pipes.",
    "In a news release on Monday, the company said it would close two plants.",
    "The ministry's press release gave no figures for the second quarter.",
    "Die Stadt teilte in einer Pressemitteilung mit, die Brücke bleibe bis Juni gesperrt.",
])
def test_a_report_quoting_a_release_is_no_release(sentence):
    text = ("Bridge repairs delayed again\n\n" + sentence + " Residents have complained about the detour for months, "
            "said Ana Ruiz, who runs a bakery on the far bank.\n\nThe council said it expected the work to finish in "
            "the summer. Engineers said the delay was caused by flooding, according to a report to the committee.")
    kind = _kind(text)
    assert kind.kind == kinds.NEWS, kind


@pytest.mark.parametrize("label", ["FOR IMMEDIATE RELEASE", "Press release", "Pressemitteilung", "NEWS RELEASE 26-04"])
def test_the_label_itself_still_makes_a_release(label):
    text = (label + "\n\nHarwick opens new library\n\nThe Harwick library opens on Monday with 40,000 books, the city "
            "said. \"This is a great day for readers,\" said the mayor, according to a statement.")
    assert _kind(text).kind == kinds.PRESS_RELEASE


# --- 3. satire told by its formulas ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [_SAT1, _SAT2, _SAT3, _SAT4], ids=["area-man-age", "sources-confirmed", "nations-dads", "publishing-time"])
def test_satire_by_its_other_formulas_has_no_index(text):
    kind = _kind(text)
    assert kind.kind == kinds.OPINION and kind.no_index, kind
    result = score_text(text)
    assert result.reliability is None
    # the Status says why in plain words, and which formulas decided
    assert "satire" in result.note and "not a report" in result.note
    assert "(" in result.note.split("not a report)", 1)[1]


@pytest.mark.parametrize("text", [_NSAT1, _NSAT2, _NSAT3], ids=["local-man-press-time", "about-a-satire-site", "nations-jobless-rate"])
def test_reports_with_some_satire_formulas_stay_reports(text):
    kind = _kind(text)
    assert kind.kind == kinds.NEWS and not kind.no_index, kind
    assert score_text(text).reliability is not None


# --- 4. an organisation's invitation to its own event -----------------------------------------------------------------

@pytest.mark.parametrize("text", [_INV1, _INV2, _INV3], ids=["society-talk", "verein-fest", "open-day"])
def test_an_invitation_to_ones_own_event_is_a_press_release(text):
    kind = _kind(text)
    assert kind.kind == kinds.PRESS_RELEASE, kind
    assert any("invites the reader" in cue for cue in kind.cues)


@pytest.mark.parametrize("text", [_NINV1, _NINV2], ids=["meeting-report", "march-report"])
def test_reports_of_an_event_stay_reports(text):
    kind = _kind(text)
    assert kind.kind == kinds.NEWS, kind
    assert not any("invites the reader" in cue for cue in kind.cues)


def test_an_invitation_without_a_time_is_no_cue():
    text = _INV3.replace("from 10:00 to 15:00, ", "")
    assert not any("invites the reader" in cue for cue in _kind(text).cues)


# --- 6. posts embedded in a report ---------------------------------------------------------------------------------

_TW1 = (
    'Fans react as Harwick United win the cup in extra time\n'
    '\n'
    'Harwick United won the county cup on Saturday, beating Eastfield 2-1 after extra time in front of 9,000 supporters at the Riverside Ground.\n'
    '\n'
    'Supporters took to social media within seconds of the final whistle.\n'
    '\n'
    "I have waited my whole life for this day! I am crying in the stand and I don't care who sees!\n"
    '— Ellie Marsh (@elliemarsh_huf) May 3, 2026\n'
    '\n'
    'My dad took me to my first game in 1989 and I wish he was here to see this! What a team!\n'
    '— Tom Ashby (@tomashby) May 3, 2026\n'
    '\n'
    'I told everyone we would do it! I never doubted them for a second!\n'
    '— Priya (@priya_goals) May 3, 2026\n'
    '\n'
    "The club confirmed that an open-top bus parade would take place through the town centre on Monday afternoon. Manager Gary Holt praised the players' fitness in extra time and said the squad would have two days off before preparing for the league run-in."
)

_TW2 = (
    'Why I finally gave up on the county cup\n'
    '\n'
    "I have followed Harwick United for thirty years, and I think this season's cup run has shown everything that is wrong with how the club is run. I am tired of the excuses, and I suspect I am not alone.\n"
    '\n'
    "The club's own account summed up the mood of the board perfectly:\n"
    '\n'
    'What a day! Proud of every single player!\n'
    '— Harwick United (@harwickutd) May 3, 2026\n'
    '\n'
    "I do not share that pride. I watched a team that could barely string three passes together, and I watched a board that has sold our best young players every summer for a decade. My view is simple: until the owners invest in the academy, I will not renew my season ticket, and I would urge every fan who feels the same to say so at the supporters' meeting on Thursday."
)

_TW3 = (
    'Harwick United are champions at last\n'
    '\n'
    'What a day! What a team! Harwick United won the county cup on Saturday, and nobody who was at the Riverside Ground will ever forget it!\n'
    '\n'
    'Eastfield led for most of the second half before a late equaliser sent the final into extra time, where the substitute Jordan Pike scored the winner with his first touch.\n'
    '\n'
    'The club confirmed that an open-top bus parade would take place through the town centre on Monday, and thousands are expected to line the route.'
)


def test_a_report_embedding_posts_is_no_opinion():
    kind = _kind(_TW1)
    assert kind.kind == kinds.NEWS, kind
    assert not any("first person" in cue or "exclamations" in cue for cue in kind.cues)


def test_the_writers_own_first_person_beside_an_embedded_post_still_counts():
    kind = _kind(_TW2)
    assert kind.kind == kinds.OPINION, kind
    assert any("first person" in cue for cue in kind.cues)


def test_the_writers_own_exclamations_still_count():
    # (a report's cues alone are listed where it wins: the weight opinion got shows the cue)
    assert dict(_kind(_TW3).scores)[kinds.OPINION] == 1
    # the same exclamations in a fan's quoted words are the fan's
    quoted = _TW3.replace("What a day! What a team! Harwick", '"What a day! What a team!" said one fan. Harwick').replace(
        "nobody who was at the Riverside Ground will ever forget it!", "nobody who was at the Riverside Ground will forget it.")
    assert dict(_kind(quoted).scores)[kinds.OPINION] == 0

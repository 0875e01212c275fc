"""senses28: the sports page's words for play are not the writer's loaded language.

In a match report (event_senses.match_report: three words of [match_words], or one and a score),
an adjective of force said of a move, a spell or a result of play ("a savage volley", "ruthless
finishing", "a devastating counter-attack", "a brutal first half") or of a side in a sentence
that gives a score ("were ruthless in a 4-0 win"), and a verb of striking with a shot after it
("blasted a third into the top corner", "slammed home the winner") count nothing
(event_senses.sports_play). The same words of people, policies or words ("a brutal attack on the
senator", "the minister blasted the plan", "the manager blasted the referee") keep their cue,
in a match report too. Fixtures written for these tests.
"""

import pytest

from xlplugin import score_text

VOICE = {"first person", "rhetorical question", "reader address"}
FOOTBALL = ("Eastfield won 3-1 at Riverside on Saturday in front of 9,000 fans. {} "
            "Riverside's goalkeeper Dan Weir made four saves, and the hosts had a penalty turned down "
            "after half-time. Eastfield are second in the league, two points behind Northgate.")
TENNIS = ("Mara Velz won the final 6-3 6-2 in 70 minutes on Sunday. {} "
          "Velz will play Lin Wei in the first round in Paris next month, her coach said.")
CRICKET = ("Harbour won by 40 runs at the Mill Ground on Saturday. {} "
           "The visitors' batsman Raj Patel made 61 before he was caught at slip off the last ball of "
           "the 30th over, and the bowler Tom Reed took four wickets for 22 in the innings.")


def _terms(text: str) -> list[str]:
    loaded = score_text(text).signals["loaded_language"]
    return [e.text for e in loaded.evidence if e.kind not in VOICE]


@pytest.mark.parametrize("frame, sentence", [
    (FOOTBALL, "Jo Hart's ruthless finishing gave them a two-goal lead before the break."),
    (FOOTBALL, "A devastating counter-attack let Sam Ode add the third in the 70th minute."),
    (FOOTBALL, "Ode sealed it with a savage volley from the edge of the box."),
    (FOOTBALL, "Hart completed a brutal first half with two goals from corners."),
    (FOOTBALL, "The visitors were ruthless in a 3-1 win that lifts them to second."),
    (FOOTBALL, "A ferocious derby saw eight bookings and a red card for Riverside's captain."),
    (FOOTBALL, "Kai Dunn blasted a second into the top corner after ten minutes."),
    (FOOTBALL, "Ravi Nair slammed home the winner from the edge of the area."),
    (FOOTBALL, "Nair blasted the ball past the keeper from twelve yards."),
    (TENNIS, "Her ferocious forehand broke Ana Kos twice in the first set."),
    (TENNIS, "A savage serve saved the only break point she faced."),
    (CRICKET, "Ann Shaw hit a vicious drive through the covers for four in the last over."),
])
def test_words_of_play_in_a_match_report_count_nothing(frame, sentence):
    terms = _terms(frame.format(sentence))
    assert terms == [], terms


@pytest.mark.parametrize("frame, sentence, word", [
    # the same words said of people, policies or words, in a match report too
    (FOOTBALL, "After the game the manager blasted the referee in a radio interview.", "blasted"),
    (FOOTBALL, "A steward suffered a brutal attack outside the away end, police said.", "brutal"),
    (FOOTBALL, "Fans called the club's savage ticket rises a betrayal of the town.", "savage"),
])
def test_the_same_words_of_people_keep_their_cue_in_a_match_report(frame, sentence, word):
    assert word in _terms(frame.format(sentence))


@pytest.mark.parametrize("text, word", [
    # no match report: the sense of violence or attack in words
    ("The senator was hurt in a brutal attack outside her office on Monday night, police said. Two men "
     "were arrested, and her staff said she would return to work next week.", "brutal"),
    ("The minister blasted the plan at a press conference on Tuesday. She said the cuts would close four "
     "clinics in the county, and the health board will meet again in June.", "blasted"),
    ("The council passed the budget by 31-10 votes on Monday, a savage cut to the libraries that will close "
     "three branches by the summer.", "savage"),
    ("Police launched a ruthless crackdown on the striking dockers on Friday, and the union said forty "
     "members were arrested.", "ruthless"),
    ("Opposition leaders called the tax rise a devastating blow to small firms in the county, and the "
     "chamber of commerce said it would lobby against it.", "devastating"),
])
def test_outside_a_match_report_the_words_keep_their_cue(text, word):
    assert word in _terms(text)


def test_a_plain_match_report_and_the_results_rule_are_unchanged():
    assert _terms(FOOTBALL.format("Northgate crushed Dunmore 5-0 in the other game.")) == []
    assert _terms(FOOTBALL.format("Jo Hart scored twice before the break.")) == []

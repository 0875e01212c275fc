"""loaded47: the writer's loaded words and provenance cues that were read wrong, as classes. Every
text is written for these tests.

1. A letters page under no heading and no title naming it (each letter under its own headline,
   signed by a name and a place, the last signature ending the text) is a letters page: its first
   signature is a byline (provenance_notes.letters_page_sign_offs) and each letter is its
   reader's words (reader_letters.signed_page_letters).
2. A long quotation (four words or more) whose sentence opens with a law or a document as its
   subject ("The law forbids “cruel, degrading or inhuman treatment”", "Under the new act,
   schools must end “...”") is that document's wording, not the writer's text
   (quote_speakers._document_source, loaded_language.txt [quoting_document_words]).
3. A notice's label ("deaths", "births") clears a name in capitals only right after the labels
   that open the headline: "Flu deaths SHOCK WINTER, NEVER Seen Before" shouts
   (provenance._without_notice_names had cleared "WINTER, NEVER Seen Before" as a notice's
   "SURNAME, Given Names" wherever the label stood).
4. Senses that are not loaded: a games or gadget "hack" ([literal_senses]), "life hacks" and "mad
   respect" ([not loaded]), a literal fake ("fake eye contact", "fake fur": [object_senses]).

5. On the web pages and seeds, "hack"/"hacks" as a verb after "to", a modal or a subject pronoun,
   or after a name with its object ("wanted to hack on", "Hadvar hacks the wolf down":
   loaded_senses._verb_use, [verb_sense_words]), is no label for a person.

Guards (they pass on main too) are named test_guard_*.
"""

from __future__ import annotations

import pytest
from loaded_helpers import author_terms, clickbait, loaded_evidence

from xlplugin import reader_letters
from xlplugin.scorers import loaded_language, provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

# 1. A letters page under any heading ---------------------------------------------------------

PAGE = ("Bridge repairs\n\n"
        "I was dismayed to read that the county will again delay the repairs to the Mill Street bridge. "
        "Every week lorries rattle across it and nobody seems to care.\n\n"
        "Harriet Okafor, Brindley\n\n"
        "Road markings\n\n"
        "The new markings on the ring road are a disgrace. Drivers cannot tell which lane leads where, "
        "and I have seen three near misses this month alone.\n\n"
        "Dev Malhotra\n\nUpper Coldwater\n\n"
        "Library hours\n\n"
        "Our library closes at four on weekdays, before most children are out of school clubs. Surely "
        "the hours could be moved later.\n\n"
        "Lena Fairbrook, Westvale\n")
PAGE_TITLE = "Bridge repairs | Road markings | Library hours"


def _provenance_cues(text: str, title: str = "") -> dict[str, str]:
    sig = provenance.score(prepare(text, title=title), Settings())
    return {e.kind: e.text for e in sig.evidence if e.present}


def test_a_body_of_signed_letters_gives_a_byline_under_any_heading():
    assert _provenance_cues(PAGE, PAGE_TITLE).get("byline") == "Harriet Okafor, Brindley"


def test_a_body_of_signed_letters_is_its_readers_words():
    sig = loaded_language.score(prepare(PAGE, title=PAGE_TITLE), Settings())
    kinds = [(e.kind, e.text.lower()) for e in sig.evidence]
    assert not any(k == "first person" for k, _ in kinds), kinds
    assert ("emotive", "disgrace") not in kinds and ("quoted emotive", "disgrace") in kinds, kinds
    assert len(reader_letters.signed_page_letters(prepare(PAGE))) == 3


_REPORT = ("Bridge repairs delayed again\n\n"
           "The county will again delay the repairs to the Mill Street bridge, its highways committee "
           "said on Monday. I asked residents what they thought of the disgraceful delay.\n\n"
           "Harriet Okafor, Brindley\n\n"
           "She said lorries rattle across the bridge every week and that nobody seems to care. The "
           "committee will meet again in March to set a new date for the work.\n")


def test_guard_one_name_and_place_line_in_a_report_makes_no_letters_page():
    # guard: a report that names a resident and her town on a line of its own and goes on
    assert "byline" not in _provenance_cues(_REPORT)
    assert ("first person", "I") in loaded_evidence(_REPORT)


def test_guard_signed_letters_with_the_writers_text_after_them_make_no_letters_page():
    # guard: the signatures must end the text: a column after two signed letters is the columnist's
    text = PAGE + ("\nI read every letter you send, and this week I agree with all three: the council's "
                   "neglect is a disgrace.\n")
    assert "byline" not in _provenance_cues(text, PAGE_TITLE)
    assert loaded_evidence(text).count(("emotive", "disgrace")) == 2  # the second letter's and the column's


def test_guard_signed_letters_without_a_place_are_no_page_under_no_heading():
    # guard: names alone (no town) under no heading could be any article's quoted names
    text = ("Bridge repairs\n\nI was dismayed to read that the county will again delay the repairs to the "
            "bridge.\n\nHarriet Okafor\n\nRoad markings\n\nThe new markings on the ring road are a disgrace "
            "and I have seen three near misses.\n\nDev Malhotra\n")
    assert ("first person", "I") in loaded_evidence(text)


# 2. A quotation of a law's or a document's wording ----------------------------------------------

@pytest.mark.parametrize("sentence, word", [
    ("The law forbids \u201ccruel, degrading or inhuman treatment\u201d of any animal kept on a farm.", "cruel"),
    ("The statute bans \u201cany cruel and barbaric practice\u201d in slaughterhouses.", "barbaric"),
    ("Under the new act, schools must end \u201cthe appalling practice of caning\u201d by June.", "appalling"),
    ("Section 4 of the 1998 charter outlaws 'any vile or degrading punishment' in prisons.", "vile"),
])
def test_a_documents_quoted_wording_is_not_the_writers(sentence, word):
    evidence = loaded_evidence("The council met on Tuesday. " + sentence)
    assert not any(t.lower() == word and not k.startswith("quoted") for k, t in evidence), evidence
    assert any(t.lower() == word and k.startswith("quoted") for k, t in evidence), evidence


@pytest.mark.parametrize("sentence, word", [
    ("The protesters broke the law with \u201ca vile and cruel attack on police\u201d outside the station.", "vile"),
    ("The report is \u201ca shameless and cynical whitewash\u201d of the council's failures.", "shameless"),
    ("This is \u201ca cruel and heartless attack on the poor\u201d and nothing else.", "heartless"),
])
def test_guard_a_long_quotation_with_no_document_as_its_subject_stays_the_writers(sentence, word):
    # guard: the law named after another subject, a verdict on a document, no source at all
    evidence = loaded_evidence("The council met on Tuesday. " + sentence)
    assert any(t.lower() == word and not k.startswith("quoted") for k, t in evidence), evidence


# 3. A notice's label clears only its own name ----------------------------------------------------

@pytest.mark.parametrize("title", [
    "Flu deaths SHOCK WINTER, NEVER Seen Before",
    "Flu deaths: WINTER, EXPERTS WARN Of More",
    "Hospital births FALL, NEVER This Low Before",
])
def test_a_label_word_inside_a_headline_keeps_its_capitals(title):
    assert "capitals" in clickbait(title), title


@pytest.mark.parametrize("title", [
    "Deaths SIEGEL, JEROME ARTHUR",
    "Births: HARTLEY, ROSE MAY",
    "Paid Notice: Deaths PENROSE, WALTER JAMES",
])
def test_guard_a_notices_own_name_is_still_no_shouting(title):
    # guard: the name right after the labels that open the headline
    assert "capitals" not in clickbait(title), title


# 4. and 5. Senses that are not loaded -------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The speedrun hack lets players skip the whole second level.", "hack"),
    ("Ten life hacks that will save time in the kitchen this winter.", "hacks"),
    ("A keyboard hack turns the old laptop into a music controller.", "hack"),
    ("The volunteers who cleared the beach have earned mad respect from the town.", "mad"),
    ("The actors were trained to fake eye contact with a tennis ball on a stick.", "fake"),
    ("The costume department ordered fake fur for the winter scenes.", "fake"),
    # 5. "hack"/"hacks" as a verb (the web pages' and seeds' wrong terms)
    ("People would pick up a component that they wanted to hack on and then make changes.", "hack"),
    ("Hadvar hacks the wolf down easily, then turns to me.", "hacks"),
    ("They will hack on the old boat engine over the summer.", "hack"),
])
def test_a_plain_sense_is_no_loaded_term(text, word):
    assert word not in author_terms(text)


@pytest.mark.parametrize("text, word", [
    ("The party hacks packed the committee again with their friends.", "hacks"),
    ("The mayor's plan is mad and the council knows it.", "mad"),
    ("The site spreads fake news about the council every week.", "fake"),
    # 5. a name or a determiner before the noun, no verb's subject
    ("Tory hacks on the committee voted it down.", "hacks"),
    ("He is a hack at the Daily Globe.", "hack"),
    ("The hacks at the paper wrote it up.", "hacks"),
])
def test_guard_the_loaded_sense_keeps_its_cost(text, word):
    # guard: a party hack, madness, "fake news", a hack at a paper keep their cue
    assert word in " ".join(author_terms(text))


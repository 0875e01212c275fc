"""Golden tests for the loaded_language scorer, on short texts written for these tests.

The expected counts are what a careful reader finds by hand in each sample (not copied from the
scorer's output); where a sample could reasonably gain a match from a future lexicon entry, the
test asserts "at least" for the categories it is about and exactly 0 only where no reasonable
list would find anything (calm wire copy).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
MIN_WORDS = loaded_language.MIN_WORDS


@pytest.fixture(autouse=True)
def _a_rate_for_every_length(monkeypatch):
    # Most tests here judge the terms of a single sentence, shorter than the fewest words a rate
    # is given for; that minimum is tested on its own (test_too_short_for_a_rate_...).
    monkeypatch.setattr(loaded_language, "MIN_WORDS", 1)


def run(text: str):
    return loaded_language.score(prepare(text), Settings())


def kinds(result) -> list[str]:
    return [e.kind for e in result.evidence]


def assert_offsets(text: str, result) -> None:
    doc_text = prepare(text).text
    for e in result.evidence:
        assert doc_text[e.start : e.end] == e.text, e


CALM = [
    "The city council approved the budget on Tuesday by a vote of seven to two.",
    "Officials said the bridge will reopen to traffic in March after repairs to its deck.",
    "The company reported quarterly revenue of 4.2 billion dollars, up three percent from a year earlier.",
]


@pytest.mark.parametrize("text", CALM)
def test_calm_wire_sentences_have_no_loaded_terms(text):
    result = run(text)
    # Exactly zero: nothing in these sentences colours the report.
    assert result.value == 0
    assert result.score == 1.0
    assert result.details["author_terms"] == 0


def test_everything_at_once():
    text = "The so-called experts obviously admitted the disastrous plan was a total catastrophe!"
    result = run(text)
    found = set(kinds(result))
    for kind in ("doubt", "editorial", "attribution", "emotive", "exclamation"):
        assert kind in found, (kind, found)
    # "total" is an absolute: exaggeration.
    assert "exaggeration" in found
    by_text = {e.text.lower(): e.kind for e in result.evidence}
    assert by_text["so-called"] == "doubt"
    assert by_text["obviously"] == "editorial"
    assert by_text["admitted"] == "attribution"
    assert by_text["!"] == "exclamation"
    assert by_text["disastrous"] == "emotive"
    # 7 hand-counted terms (so-called, obviously, admitted, disastrous, total, catastrophe, !) in
    # 12 words; allow one more or one less for a lexicon change elsewhere in the sentence.
    assert 6 <= result.details["author_terms"] <= 8
    # The value is rounded to 2 decimals.
    assert result.value == pytest.approx(1000 * result.details["author_terms"] / 12, abs=0.01)
    # The loaded-term part is at its floor (0). The text has no first person and no question, but
    # it is short: the 188 words it lacks of MIN_RATE_WORDS are given the voice of texts this loaded
    # (version 46: LOADED_FIRST_PERSON per 1,000 words, LOADED_QUESTION_SHARE of sentences), so
    # each voice part is 1 less that rate over its zero point, and the score is their share of the
    # mix (0 + fp + q) / (2 + 1 + 1), under the 0.5 it would be with a voice part of 1 each.
    missing = 1.0 - 12 / loaded_language.MIN_RATE_WORDS
    fp = 1.0 - missing * loaded_language.LOADED_FIRST_PERSON / loaded_language.FIRST_PERSON_ZERO
    q = 1.0 - missing * loaded_language.LOADED_QUESTION_SHARE / loaded_language.QUESTION_ZERO
    assert result.details["words"] == 12
    # (version 82, voice29) the rate read over 200 words is past VOICE_FADE_RATE, so the voice
    # keeps only its `_voice_kept` share; (loose30) read at the fade's rate, where the missing words
    # are as loaded as the damped rate (7 terms in 12 words: about 72 per 1,000, next to nothing kept)
    kept = loaded_language._voice_kept(loaded_language.fade_rate(result.value, result.details))
    assert 0.0 <= kept < 0.05
    assert result.score == pytest.approx(kept * (fp + q) / 4, abs=1e-4)
    assert result.score < 0.5
    assert_offsets(text, result)


def test_quoted_words_belong_to_the_speaker():
    text = '"This is a disgrace," the senator said.'
    result = run(text)
    assert result.value == 0
    assert result.score == 1.0
    assert result.details["quoted"] >= 1
    assert any(k == "quoted emotive" for k in kinds(result))
    assert not any(not k.startswith("quoted ") for k in kinds(result))
    assert_offsets(text, result)


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('The agency hired the "experts" anyway.', '"experts"'),
        ("Critics mocked the \u201creform\u201d as window dressing.", "\u201creform\u201d"),
    ],
)
def test_scare_quotes(text, quoted):
    result = run(text)
    scare = [e for e in result.evidence if e.kind == "scare quote"]
    assert [e.text for e in scare] == [quoted]
    assert result.details["scare quote"] == 1
    assert result.value > 0
    assert_offsets(text, result)


def test_a_titled_or_spoken_quotation_is_not_a_scare_quote():
    # A capitalised title and a quotation with a speaker are not scare quotes.
    for text in ('She reviewed the film "Titanic" last year.', 'He said "wait" and left.'):
        assert run(text).details["scare quote"] == 0, text


def test_inflections_and_phrases():
    text = "Protesters slammed the officials, who were blasted in a witch hunt. It should be noted that he claims victory."
    result = run(text)
    texts = {e.text.lower() for e in result.evidence}
    assert "slammed" in texts
    assert "witch hunt" in texts
    assert "it should be noted" in texts
    assert "claims" in texts
    assert_offsets(text, result)


def test_rate_and_normalisation_are_consistent():
    loaded = run("What a disgraceful, shameful, disastrous, idiotic mess! " * 5)
    calm = run(" ".join(CALM))
    assert loaded.score < calm.score
    assert loaded.value > calm.value
    assert 0.0 <= loaded.score <= 1.0


@pytest.mark.parametrize(
    "text",
    ["", "   ", "!!!", "\u201c", '"', "1234 5678", "\x00\x01", "a" * 5000, "\u201cunclosed quote runs on",
     "word " * 3000, "\u00e9t\u00e9 \u00e0 Paris", "\n\n\n\"\"\n"],
)
def test_never_raises_and_empty_is_none(text):
    result = run(text)
    if prepare(text).word_count == 0:
        assert result.value is None and result.score is None and result.note
    else:
        assert result.value is not None and math.isfinite(result.value)
        assert 0.0 <= result.score <= 1.0
    assert_offsets(text, result)


def test_details_have_every_category():
    result = run("A brutal, vicious dictator.")
    for category in loaded_language.CATEGORIES:
        assert category in result.details
    assert "quoted" in result.details
    assert result.details["derogatory"] >= 1 and result.details["emotive"] >= 2


def test_seed_000_evidence_is_real():
    found = sorted(SEEDS.glob("000_*.txt")) if SEEDS.is_dir() else []
    if not found:
        pytest.skip(f"seed corpus absent: {SEEDS}/000_*.txt")
    raw = found[0].read_text(encoding="utf-8")
    doc = prepare(raw)
    result = loaded_language.score(doc, Settings())
    assert result.evidence, "expected some loaded language in seed 000"
    for e in result.evidence:
        assert doc.text[e.start : e.end] == e.text
        assert e.kind.removeprefix("quoted ") in loaded_language.CATEGORIES + loaded_language.VOICE_KINDS
    assert result.value is not None and result.value >= 0


# Version 4: the editorialising voice (first person and the author's own questions), outside
# quotations, lowers the normalised score but not the loaded-term rate.

REPORT = ("The council approved the budget on Tuesday. The plan adds two bus routes. "
          "Officials said work starts in May. The vote was seven to two.")
ARGUED = ("We approved nothing. Why did the council approve the budget on Tuesday? Our plan adds two bus "
          "routes. I know work starts in May. Who voted for this?")
QUOTED = ('The council approved the budget on Tuesday. "We will add two bus routes, and why not?" the mayor '
          'said. "Our city needs them," she added. The vote was seven to two.')


def test_voice_lowers_the_score_not_the_rate():
    report, argued = run(REPORT), run(ARGUED)
    assert report.value == argued.value == 0  # no loaded terms in either
    assert report.score == 1.0
    assert argued.score < report.score
    assert argued.details["first_person_per_1000_words"] > 0 and argued.details["question_share"] == pytest.approx(0.4)
    kinds = {e.kind for e in argued.evidence}
    assert kinds == {"first person", "rhetorical question"}
    assert_offsets(ARGUED, argued)


def test_voice_inside_quotations_is_the_speakers():
    quoted = run(QUOTED)
    assert quoted.details["first_person_per_1000_words"] == 0 and quoted.details["question_share"] == 0
    assert quoted.score == 1.0


def test_lower_case_i_is_not_the_pronoun():
    listed = run("The report lists three points. i. Costs rose. ii. Staff left.")
    assert listed.details["first_person_per_1000_words"] == 0


def first_persons(text: str) -> list[str]:
    return [e.text for e in run(text).evidence if e.kind == "first person"]


@pytest.mark.parametrize("text, expected", [
    # "US" in capitals in a sentence of ordinary case: the country, however often
    ("Analysts described the weight of US sanctions on the talks. Ministers chose to follow the US plan.", []),
    ("The US and its allies met in Geneva; the summit was hosted by the Swiss.", []),
    # the pronoun in any other case, and next to the country
    ("Let us be honest: the US plan helps us.", ["us", "us"]),
    ("Us against them, the flyer read.", ["Us"]),
    # a sentence in capitals throughout (a headline): "US" may be the pronoun
    ("JOIN US AT THE RALLY TONIGHT. The organisers expect a crowd.", ["US"]),
    # ... but not after an article: "A US BASE", "THE US NAVY" (the pronoun never follows one)
    ("WHY DO WE WANT A US BASE ON THE ISLAND? The debate goes on.", ["WE"]),
    ("THE US NAVY LEFT THE PORT. Residents watched.", []),
])
def test_us_in_capitals_is_the_country_unless_the_sentence_is_all_capitals(text, expected):
    assert first_persons(text) == expected


# Version 3 context rules, on sentences written for these tests.

@pytest.mark.parametrize(
    "text",
    [
        "The former mayor was convicted of corruption in 2019.",
        "He lied to investigators, the indictment says.",
        "It was the worst flooding in the region since records began.",
    ],
)
def test_weak_cue_alone_does_not_count(text):
    # Each sentence holds only a word a calm court or weather report uses to name a thing
    # (corruption, lied, worst, flooding): nothing should count.
    result = run(text)
    assert result.details["author_terms"] == 0, [e.text for e in result.evidence]
    assert result.evidence == ()


def test_weak_cue_counts_in_an_evaluative_sentence():
    # "corruption" next to "disgraceful" and "rotten": the sentence is already evaluative, so the
    # weak cue counts too (3 terms: disgraceful, rotten, corruption).
    text = "This disgraceful government is rotten with corruption."
    result = run(text)
    texts = {e.text.lower() for e in result.evidence}
    assert {"disgraceful", "rotten", "corruption"} <= texts
    assert result.details["author_terms"] == 3
    assert_offsets(text, result)


def test_two_weak_cues_do_not_confirm_each_other():
    # "corruption" and "conspiracy" are both weak: a court report can hold both, so neither counts
    # until a cue that is not weak joins them ("rotten").
    assert run("He was charged with corruption and conspiracy.").details["author_terms"] == 0
    assert run("The rotten administration is corruption and conspiracy.").details["author_terms"] == 3


def test_weak_cue_in_another_sentence_does_not_help():
    # The evaluative word is in the first sentence; the weak cue in the second stays uncounted.
    text = "What a disgraceful week. The mayor was charged with corruption on Friday."
    result = run(text)
    texts = {e.text.lower() for e in result.evidence}
    assert "disgraceful" in texts
    assert "corruption" not in texts


@pytest.mark.parametrize(
    "text, compound",
    [
        ("The tradition-hating bishops met again.", "tradition-hating"),
        ("Another round of Trump-bashing followed.", "Trump-bashing"),
        ("The traitor-senator spoke again.", "traitor-senator"),
    ],
)
def test_hyphenated_compounds(text, compound):
    result = run(text)
    assert compound in [e.text for e in result.evidence]
    assert_offsets(text, result)


def test_neutral_hyphenated_compounds_do_not_count():
    text = "The well-known author visited a long-term care home and a dry-cleaning shop."
    assert run(text).details["author_terms"] == 0


def test_insults_and_idioms_added_in_version_3():
    text = "The hearing was a charade run by stooges, and the report is a bad joke."
    result = run(text)
    texts = {e.text.lower() for e in result.evidence}
    assert {"charade", "stooges", "bad joke"} <= texts
    assert_offsets(text, result)


# --- version 4: names, titles and text that is not prose (xlplugin.prose) -----------------------
# Each sentence is written so that the cue word is plainly a name, a title or code; the same word
# in the author's own voice is checked beside it, so a rule that dropped the word everywhere fails.

def _author_terms(result) -> list[str]:
    return [e.text for e in result.evidence if not e.kind.startswith("quoted ")]


@pytest.mark.parametrize("text, word", [
    ("The festival opens with a retrospective of director David Lynch and his early short films.", "Lynch"),
    ("Season tickets for the Dallas Cowboys went on sale on Monday morning.", "Cowboys"),
    ("\u2018Parasite\u2019 takes the top prize at the film awards in Seoul", "Parasite"),
    ("Critics in the gallery called *Parasite* the film of the decade.", "Parasite"),
    ("Audiences in Seoul queued for hours to see the thriller Parasite at its premiere.", "Parasite"),
    ("Lynch said on Monday that the festival would open with his earliest short films.", "Lynch"),
    ("Executive Vice President and Chief Brand Officer of the Dallas Cowboys. I met her at a "
     "charity dinner in the summer and we talked about football.", "Cowboys"),
    ("The game opens with your trial, which is interrupted by a Plot Dragon, who burns the "
     "courthouse and leaves.", "Plot"),
])
def test_names_and_titles_are_not_loaded(text, word):
    result = run(text)
    assert word not in _author_terms(result)
    assert result.details["names_not_counted"] >= 1


@pytest.mark.parametrize("text, word", [
    ("The mayor's plan is a parasite on the taxpayers of this town.", "parasite"),
    ("Lynch mobs gathered outside the courthouse that night.", "Lynch"),
    ("Voters are tired of Crooked Hillary and her friends.", "Crooked"),
])
def test_the_same_words_in_the_authors_voice_still_count(text, word):
    assert word in _author_terms(run(text))


def test_code_is_not_loaded_language():
    text = ("How to stop a stuck worker\n\n"
            "Send the signal from a shell:\n\n"
            "$ kill -9 $(pidof worker)\n"
            "if status != 0: abort()\n\n"
            "The worker restarts on its own within a second.")
    result = run(text)
    assert result.details["author_terms"] == 0, _author_terms(result)
    assert result.details["not_prose_not_counted"] >= 1


def test_an_exclamation_mark_inside_a_name_is_not_counted():
    # a band named with exclamation marks, twice; the author's own exclamation still counts
    text = ("The good folks at Sing! Sing! Sing! (the choir from the harbour) played the square "
            "again, and last spring the mayor joined Sing! Sing! Sing! at the town festival. "
            "What a night it was!")
    result = run(text)
    assert kinds(result).count("exclamation") == 1
    assert result.details["names_not_counted"] == 6


def test_exclamations_in_navigation_are_not_counted():
    # "Subscribe now!" alone on a line is a button; the exclamation in the prose still counts
    text = "The bakery sold out in an hour!\n\nSubscribe now!\n\nIt reopens on Friday."
    result = run(text)
    assert kinds(result).count("exclamation") == 1


def test_why_shows_a_scare_quote_with_one_pair_of_quotation_marks():
    from xlplugin import registry

    text = 'It was a "deal" nobody wanted. The council met on Monday and voted on the plan.'
    signal = registry.get("loaded_language").score(prepare(text), Settings())
    why = registry.info("loaded_language").phrase(signal)
    assert '"deal"' in why and '""deal""' not in why


def test_exclamations_are_the_patterns():
    # `_exclamations` (str.find) gives the spans of _EXCLAMATION_RE.finditer
    texts = ["", "!", "!!", "a!b!!c!!!", "!a!", "no marks", "\u00a1Hola! \u201cWow!!\u201d"]
    texts += ["".join("!a "[(i * 7 + j * 3) % 3] for j in range(i)) for i in range(60)]
    for text in texts:
        assert list(loaded_language._exclamations(text)) == [m.span() for m in loaded_language._EXCLAMATION_RE.finditer(text)]


def test_too_short_for_a_rate_keeps_the_terms_found(monkeypatch):
    monkeypatch.setattr(loaded_language, "MIN_WORDS", MIN_WORDS)
    assert MIN_WORDS == 25  # the index's own minimum (setting min_words_index), for the same reason
    # One word is 1,000 per 1,000 words: a rate that says how short the text is, not how loaded.
    # The term found is still listed; no number stands for the text.
    result = run("Unbelievable.")
    assert result.value is None and result.score is None
    assert result.note == "too short for a rate of loaded terms: 1 word; needs at least 25"
    assert [e.text for e in result.evidence] == ["Unbelievable"]
    # 24 words: still too short; 25: a rate
    day = "The ferry to the islands sails at noon on Friday and returns late in the evening. "  # 16 words
    assert run(day + "Tickets are sold at the harbour office.").value is None  # 23 words
    assert run(day + "Tickets are sold at the harbour office from nine.").value == 0  # 25 words


# --- version 10: a headline's exclamation mark, an organisation's "we" ---------------------------

_RELEASE = ("Harbourmap 4.2 is now available! Harbourmap 4.2 is the newest release of the chart "
            "viewer, with faster tiles and a new print layout. You can download it from the project "
            "page today.\n\nWe hope you enjoy the new version. We thank everyone who tested it.")


def test_the_titles_exclamation_mark_is_the_headlines():
    doc = prepare(_RELEASE, title="Harbourmap 4.2 is now available!")
    result = loaded_language.score(doc, Settings())
    assert kinds(result).count("exclamation") == 0
    # without the title given, the first sentence is prose like any other
    assert kinds(run(_RELEASE)).count("exclamation") == 1


def test_an_organisation_announcing_its_news_says_we_without_arguing():
    assert run(_RELEASE).details["first_person_per_1000_words"] == 0
    # the same "we" in a text that announces nothing is the author's voice
    argued = _RELEASE.replace("is now available", "was finally put out").replace("is the newest", "is the latest")
    assert run(argued).details["first_person_per_1000_words"] > 0
    # and "I" counts in an announcement too
    assert run(_RELEASE + " I wrote most of the new print layout myself.").details["first_person_per_1000_words"] > 0


def test_an_announcement_further_down_leaves_the_authors_we():
    argued = ("We have argued for years that the harbour board ignores the fishermen. Our readers "
              "know the story. The board never listens to anyone outside its own offices.\n\n"
              "We are happy to announce our victory: the board has reversed its ruling.")
    assert run(argued).details["first_person_per_1000_words"] > 0


def test_one_term_is_said_in_the_singular():
    from xlplugin.types import Evidence, Score

    # a rate of exactly 1 per 1,000 words, and 1 first-person word per 1,000
    sig = Score("loaded_language", 1.0, 0.9, loaded_language.UNIT, evidence=(Evidence("dreadful", "emotive", 0, 8),),
                details={"first_person_per_1000_words": 1.0})
    assert loaded_language.INFO.phrase(sig) == \
        '1 loaded term per 1,000 words ("dreadful") and an argued voice: 1 first-person word (I, we) per 1,000'
    sig = Score("loaded_language", 2.0, 0.9, loaded_language.UNIT, evidence=(Evidence("dreadful", "emotive", 0, 8),),
                details={"first_person_per_1000_words": 0.0})
    assert loaded_language.INFO.phrase(sig) == '2 loaded terms per 1,000 words ("dreadful")'
    # the note counts in words too: one loaded term, one first-person word, one question
    text = ("The council met on Tuesday to discuss the dreadful state of the harbour road, which "
            "washed away twice this winter. I asked the engineers for their report. Why did the repairs "
            "take so long?")
    assert run(text).note.startswith("1 loaded term by the author in ")
    assert "; 1 first-person word and 1 question of the author's own" in run(text).note


def _plain_match_starts(lowers: list[str]) -> list[int]:
    """Every word where `_find_cues` could begin a match, as the rule reads: a listed word, a
    hyphenated word or the first word of a listed phrase (`_is_candidate`)."""
    return [i for i, w in enumerate(lowers) if loaded_language._is_candidate(w)]


def test_match_starts_leave_out_only_places_where_nothing_starts(monkeypatch):
    """`_match_starts` skips a phrase's first word unless the phrase's second word follows it:
    the scores (counts, evidence, offsets) are those of trying every word the rule names, on the
    seed articles and the PTC articles where ../shared has them, and on phrases written here."""
    texts = [
        "In fact, the so-called experts were in cahoots with the power grab; by far the worst.",
        "It is worth noting that it should be noted: of all time, of course, without a doubt.",
        "A social justice warrior, never before seen, in bed with open borders on steroids.",
        "The fact is the truth is every single one; everyone knows. In history the worst flood-hating.",
        "in fact in fact the the worst worst a a is is",
    ]
    for folder in (SEEDS, SHARED / "eval" / "ptc_train" / "articles"):
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:150]]
    docs = [prepare(t) for t in texts]
    settings = Settings()
    fast = [loaded_language.score(d, settings) for d in docs]
    monkeypatch.setattr(loaded_language, "_match_starts", _plain_match_starts)
    assert [loaded_language.score(d, settings) for d in docs] == fast
    assert sum(len(s.evidence) for s in fast) > 100


# --- version 14: listed words in another sense, and a footnote mark (fixtures written for
# these tests)

def _terms_by_author(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text.lower() for e in sig.evidence if not e.kind.startswith("quoted")
            and e.kind not in ("first person", "rhetorical question")]


@pytest.mark.parametrize("text, word", [
    ("The region's gross domestic product grew while the firm's gross margins held steady this year.", "gross"),
    ("Researchers found malicious apps and malicious code hidden inside two popular keyboard add-ons.", "malicious"),
    ("The lab teaches image manipulation and data manipulation with free tools on old laptops.", "manipulation"),
    ("The dish recorded blasts of radiation from a distant galaxy over three nights in June.", "blasts"),
    ("He was charged with inciting racial hatred after the speech outside the town hall in May.", "hatred"),
    ("Security staff removed rogue apps and a rogue access point from the office network on Monday.", "rogue"),
    ("The reefs are claimed by two neighbouring states and sit empty, and the group claimed responsibility.", "claimed"),
    ("The old port fell to Nationalist forces in the spring, and the Nationalist government fled.", "nationalist"),
    ("The festival opened with a gangster film shot on a tiny budget in a port town up north.", "gangster"),
])
def test_listed_words_in_another_sense_are_not_loaded(text, word):
    assert word not in _terms_by_author(text)


@pytest.mark.parametrize("text, word", [
    ("What a gross and shameful betrayal by the council, and everyone saw it coming a mile off.", "gross"),
    ("The minister's malicious smears against the nurses were a disgrace to the whole office.", "malicious"),
    ("The mayor claimed the plan would pay for itself, and the critics blasted him for it.", "claimed"),
    ("The savings, as claimed by the mayor's office, never reached the town's own schools.", "claimed"),
    ("The nationalist forces of hate are marching again, and the town must stand against them.", "nationalist"),
])
def test_the_same_words_in_their_loaded_sense_still_count(text, word):
    assert word in _terms_by_author(text)


def test_a_footnote_mark_i_is_no_first_person():
    text = ("The survey covered four hundred farms in the valley over two summers and one wet winter.I\n\n"
            "Yields fell by a fifth on the farms nearest the river, the survey found, and rose elsewhere.\n")
    details = loaded_language.score(prepare(text), Settings()).details
    assert details["first_person_per_1000_words"] == 0
    assert loaded_language.score(prepare(text.replace("winter.I", "winter. I said so.")), Settings()).details[
        "first_person_per_1000_words"] > 0


def test_a_not_loaded_phrase_does_not_unmake_a_name():
    # "Are" begins a [not loaded] phrase ("are claimed by"), not a cue: the headline in Title Case
    # quoted in the sentence stays a title, its words no loaded words of the author
    text = ("A column by the paper's editor, headlined The Council Members Who Back The Plan Are Sellouts, "
            "drew many letters from readers over the following week.")
    assert "sellouts" not in _terms_by_author(text)

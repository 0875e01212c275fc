"""(jaq30) "Just asking questions": insinuation through unnamed sources costs loaded language.

Texts written fresh for these tests. Each JAQ text has a plain twin with the same facts and named
(or properly anonymous) sources: the JAQ text must score well under its twin, and the twin must
hold no insinuation. Near-misses (a wire story with one "person familiar with the matter", an
analysis that says "critics say" once and names them, a science story's "some researchers
caution") must count nothing.
"""
from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.text import prepare
from xlplugin.vague_insinuation import PHRASE_DETAIL, STACK_DETAIL, VERDICT_DETAIL, insinuations, vague_speakers

DETAILS = {STACK_DETAIL, VERDICT_DETAIL, PHRASE_DETAIL}

# --- JAQ texts and their plain twins: both sides of politics, health, business ---------------

JAQ_LEFT_TARGET = """The Marlow city council voted on Tuesday to give a housing grant of 2.4 million dollars to
Eastgate Homes. Mayor Dana Ruiz backed the grant. It is fair to say the homes are needed.

But some residents say the grant was rushed through. Others say it was long overdue. Which is it?
The company's director once worked on the mayor's campaign. Some observers say this raises
questions about how the contract was awarded.

Nobody is saying anything improper happened. Still, some are asking whether other builders were
ever invited to bid. The council has not said. Perhaps the timing is just a coincidence."""

TWIN_LEFT_TARGET = """The Marlow city council voted on Tuesday to give a housing grant of 2.4 million dollars to
Eastgate Homes. Mayor Dana Ruiz backed the grant, saying the city needs 600 new homes by 2028.

Councillor Owen Pratt, who voted against it, said the grant was rushed through. Housing charity
director Lena Brook said it was long overdue. Eastgate's director, Sam Ode, worked on the mayor's
2022 campaign, according to the council's register of interests. Ruiz said she declared the link
and did not vote on the contract.

The council's minutes show that two other builders were invited to bid. A council spokesman said
the grant would be reviewed by the audit committee in March."""

JAQ_RIGHT_TARGET = """Senator Clay Hollis has proposed a bill to cut the state tax on pipeline fuel. Hollis's
largest donor last year was an oil distributor. The bill goes to committee next week.

Some analysts say the cut will lower prices at the pump. Others argue it will mostly help
distributors. Critics say the timing deserves scrutiny. Who really benefits here?

The senator's office says the bill is about families. Has anyone checked? It remains unclear why
the bill was filed two days after the donation was reported. We may never know the whole truth."""

TWIN_RIGHT_TARGET = """Senator Clay Hollis has proposed a bill to cut the state tax on pipeline fuel. Hollis's
largest donor last year was an oil distributor, Redline Fuels, according to state campaign
finance records. The bill goes to committee next week.

Economist Mara Velez of Kestrel University said the cut would lower pump prices by about four
cents a gallon. Tom Avery, a policy director at the Fair Tax Project, said most of the saving
would stay with distributors. Hollis said the bill was about families and that donations play
no part in his votes. Redline Fuels did not respond to a request for comment."""

JAQ_HEALTH = """St Brennan's Hospital reported 14 cases of a bowel infection on one ward in October. The
ward has since been closed for cleaning, the hospital says.

Some doctors say an outbreak of this size is rare. Many experts believe it is not. Which should
patients believe? Some observers say the delay in closing the ward raises serious questions.

One has to wonder why families were told only after the local paper asked. It is no coincidence,
some would say, that the hospital's inspection is due next month. Patients would simply like to
know."""

TWIN_HEALTH = """St Brennan's Hospital reported 14 cases of a bowel infection on one ward in October. The
ward has since been closed for cleaning, the hospital said.

Dr Priya Lal, an infection specialist at the regional health agency, said an outbreak of this
size was uncommon but not rare in winter. The hospital's medical director, Dr Owen Hart, said
the ward was closed two days after the third case was confirmed, as national guidance requires.
Families were told on November 2, according to a letter seen by this newspaper. The hospital's
next inspection is due in December."""

JAQ_BUSINESS = """Corvane Foods will close its Linford bakery in June, with the loss of 180 jobs. The company
says demand for its bread has fallen.

Some industry analysts say demand is in fact rising. Others say the company is simply moving
work abroad. Critics say the decision deserves closer scrutiny. Is anyone at Corvane listening?

The closure was announced the week after the chief executive's bonus was approved. Some are
asking whether that is a coincidence. Questions remain, and nobody seems to be asking them."""

TWIN_BUSINESS = """Corvane Foods will close its Linford bakery in June, with the loss of 180 jobs. Chief
executive Helen Marsh said demand for its packaged bread had fallen by 9 percent in two years.

Market research firm Kantwell said sales of packaged bread across the country rose 2 percent
last year. Union official Rob Dyer said the company was moving work to its plant in Poland,
which Marsh denied. The company's annual report shows Marsh's bonus of 400,000 pounds was
approved on May 2, a week before the closure was announced. A person familiar with the board's
discussions said the closure had been planned since January."""

PAIRS = [
    ("left target", JAQ_LEFT_TARGET, TWIN_LEFT_TARGET),
    ("right target", JAQ_RIGHT_TARGET, TWIN_RIGHT_TARGET),
    ("health", JAQ_HEALTH, TWIN_HEALTH),
    ("business", JAQ_BUSINESS, TWIN_BUSINESS),
]


def _insinuation_terms(text: str) -> list[str]:
    result = score_text(text)
    return [e.text for e in result.signals["loaded_language"].evidence if e.kind == "doubt" and e.detail in DETAILS]


@pytest.mark.parametrize("name, jaq, twin", PAIRS, ids=[p[0] for p in PAIRS])
def test_jaq_text_scores_well_under_its_plain_twin(name, jaq, twin):
    jaq_index = score_text(jaq).reliability
    twin_index = score_text(twin).reliability
    assert jaq_index is not None and twin_index is not None
    assert jaq_index <= twin_index - 40, (name, jaq_index, twin_index)
    assert len(_insinuation_terms(jaq)) >= 2, name


@pytest.mark.parametrize("name, jaq, twin", PAIRS, ids=[p[0] for p in PAIRS])
def test_plain_twin_holds_no_insinuation(name, jaq, twin):
    assert _insinuation_terms(twin) == [], name
    assert score_text(twin).signals["loaded_language"].details["doubt"] == 0, name


# --- the classes, each on several fresh sentences ------------------------------------------------

STACKS = [
    "The plant will close in May. Some economists say the plan will save money. Others say it will not.",
    "The rule starts on Monday. Many experts believe it goes too far. Critics argue it is unlawful.",
    "The fee rises next year. Some commentators say it is fair. Several analysts say it is not.",
]


@pytest.mark.parametrize("text", STACKS)
def test_two_vague_speakers_with_no_named_source_count(text):
    doc = prepare(text)
    vague, checkable = vague_speakers(doc)
    assert len(vague) == 2 and checkable == 0
    assert STACK_DETAIL in {d for _, _, d in insinuations(doc)}


VERDICTS = [
    "The mayor hired her cousin. Some observers say this raises questions.",
    "The deal closed in a day. Critics say the process deserves scrutiny.",
    "The board met in private. Many residents say the vote deserves closer scrutiny.",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_of_suspicion_given_to_a_vague_speaker_counts(text):
    assert VERDICT_DETAIL in {d for _, _, d in insinuations(prepare(text))}


PHRASES = [
    "The contract went to his brother-in-law. Some are asking whether anyone else applied.",
    "The files were deleted a day later. It is no coincidence.",
    "The audit was cancelled. We may never know the truth about the accounts.",
    "The report came out on a Friday night. Perhaps that was just a coincidence.",
    "It may be that the timing is a coincidence.",
]


@pytest.mark.parametrize("text", PHRASES)
def test_suspicion_said_as_a_phrase_counts(text):
    assert PHRASE_DETAIL in {d for _, _, d in insinuations(prepare(text))}


def test_a_newsletter_prompt_after_a_vague_speaker_is_no_insinuation():
    # a text saved without line breaks: the prompt joins the paragraph of "Experts recommend"
    text = ("Water matters. Some residents believe prices will rise. Experts recommend drinking "
            "several glasses a day. Want more stories like this? Subscribe to our newsletter.")
    spans = insinuations(prepare(text))
    assert all("Want" not in prepare(text).text[prepare(text).token_starts[a]:prepare(text).token_ends[b - 1]]
               for a, b, _ in spans)


# --- near-misses: plain reporting must not cost --------------------------------------------------

NEAR_MISSES = {
    "wire story with one person familiar": """The transport ministry will delay the northern rail line by two
years, Transport Minister Alan Reyes said on Monday. The line was due to open in 2029. "We have
to get the tunnels right," Reyes told reporters in Harlow. The cost has risen to 9.1 billion
pounds from 6.8 billion, according to a ministry statement. A person familiar with the matter
said the ministry had considered cancelling one branch of the line. Opposition spokeswoman Kate
Lyle said the delay would hurt towns along the route.""",
    "fair analysis with critics say once": """The city's new parking plan charges drivers by the hour in
the centre from April. Critics say the charges will push shoppers to out-of-town malls. Those
critics include the Chamber of Commerce, whose president, Rosa Hale, said footfall fell 8
percent in a similar scheme in Dunmore. The council's transport lead, Ian Cole, said the money
would pay for two new bus routes. A 2021 study by the Institute for Transport Studies found that
such charges cut traffic by about a tenth.""",
    "science story with some researchers caution": """A drug for migraine cut attacks by half in a trial
of 240 adults, researchers at Lindholm University reported in the journal Neurology on Wednesday.
The lead author, Dr Ana Sato, said the effect lasted six months. Some researchers caution that
the sample was small and that the trial ran for only half a year. Dr Paul Grieve, a neurologist
who was not involved in the study, said larger trials were needed before doctors could prescribe it.""",
    "raises questions said by a named source": """The county bought 40 new buses in March. Auditor Jane
Marsh said the purchase raises questions about the tender, and her office will review it. The
county's finance director, Leo Park, said the tender followed the rules.""",
    "raises questions alone in a sourced report": """The ruling raises questions about the future of the
scheme. Judge Amy Ward said the council had not consulted tenants. Council leader Ben Ross said
it would appeal. The scheme has housed 1,200 families since 2019, according to council figures.""",
}


@pytest.mark.parametrize("name", list(NEAR_MISSES))
def test_near_misses_count_nothing(name):
    text = NEAR_MISSES[name]
    assert insinuations(prepare(text)) == [], name
    assert _insinuation_terms(text) == [], name


def test_anonymous_sources_are_not_vague_speakers():
    text = ("The talks stalled on Friday, people familiar with the matter said. A senior official, who asked "
            "not to be named, said a deal was still possible. Another source close to the talks said the "
            "sides were far apart.")
    vague, _ = vague_speakers(prepare(text))
    assert vague == []


def test_a_vague_speaker_inside_a_quotation_is_the_speakers():
    text = ('"Some people say we rushed it. Others say we were too slow," the mayor, Dana Ruiz, said. '
            '"Which is it?" she asked the council.')
    assert _insinuation_terms(text) == []

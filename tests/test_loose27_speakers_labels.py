"""Loaded language 80 (loose27): a label in a participle clause or beside a quotation is the
speaker's.

- A participle clause of naming or accusing, opening the sentence or after a comma, gives its
  label to the clause's subject, as "X accused the mayor of corruption" does ("Calling the bill a
  disgrace, Senator Hale said ...", "Union leaders walked out, calling the closure a betrayal"):
  counted as quoted (quote_speakers._participle_subject). The writer's own stays: "Calling it a
  disgrace, I walked out", "We left, calling the vote a sham", a gerund ("Calling the bill a
  disgrace is fair").
- In a sentence that also quotes its speaker, a label in the speaker's reported clause or in a
  relative clause of the speaker is theirs ('Smith said the protesters were a mob: "..."',
  '"...," Smith said, adding that ...', "Smith, who called the protesters a mob, said: ..."); the
  writer's apposition after a tag and a label after ";" stay the writer's.
Fixtures are written for these tests."""

import pytest
from loaded_helpers import author_terms, loaded_evidence

LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def _quoted(text: str, cue: str) -> bool:
    return any(kind.startswith("quoted") and cue in words.lower() for kind, words in loaded_evidence(LEAD + text))


@pytest.mark.parametrize("text, cue", [
    # opening the sentence, charges from either side
    ("Calling the bill a disgrace, Senator Hale said he would vote no.", "disgrace"),
    ("Calling the protesters thugs, the sheriff closed the road.", "thugs"),
    ("Calling the inquiry a witch hunt, the senator left the room.", "witch hunt"),
    ("Branding the plan a sham, union leaders walked out.", "sham"),
    ("Describing the reform as a power grab, Republicans voted no.", "power grab"),
    ("Accusing the board of stealing the election, protesters marched.", "stealing the election"),
    ("Labelling the donors fat cats, the candidate left the stage.", "fat cats"),
    # after a comma
    ("The governor left early, branding the audit a witch hunt.", "witch hunt"),
    ('"They are traitors," Smith said of the protesters, calling them a mob.', "mob"),
    ('"Our streets are safe," the sheriff said, calling the marchers thugs.', "thugs"),
    ('"We will win," Jones said, calling her rivals a cult.', "cult"),
    # a charge listed after a comma stays the accuser's
    ("One panellist was furious, accusing the host of bigotry, xenophobia and prejudice.", "xenophobia"),
])
def test_a_participle_clause_label_is_its_subjects(text, cue):
    assert cue not in " ".join(author_terms(text))
    assert _quoted(text, cue)


@pytest.mark.parametrize("text, cue", [
    ('Smith said the protesters were a mob: "They are traitors."', "mob"),
    ('"They will lose," Ruiz said, adding that the donors were fat cats.', "fat cats"),
    ('Smith, who called the protesters a mob, said: "They are traitors."', "mob"),
    ('Senator Ortiz, who called the donors fat cats, said: "They will lose."', "fat cats"),
    ('"They are traitors," said Smith, who called the protesters thugs.', "thugs"),
])
def test_a_label_beside_the_speakers_quotation_is_theirs(text, cue):
    assert cue not in " ".join(author_terms(text))
    assert _quoted(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Calling it a disgrace, I walked out.", "disgrace"),
    ("I walked out, calling the closure a disgrace.", "disgrace"),
    ("We left the hall, calling the vote a sham.", "sham"),
    ("Calling the bill a disgrace is fair.", "disgrace"),
    ('"We will win," said the mayor, a known grifter.', "grifter"),
    ('"We will win," the mayor said; the protesters are a mob.', "mob"),
    ('I called the protesters a mob: "They are traitors."', "mob"),
    # the writer's own verb after "and", and the writer's "our" as a source
    ('The rally opened with the candidate on a giant screen, calling them "losers" and bragging about the wall.', "bragging"),
    ('Our history teaches that our founders threw off the tyrant and declared "Resistance is a duty!"', "tyrant"),
])
def test_the_writers_own_label_stays(text, cue):
    assert cue in " ".join(author_terms(text))


def test_a_participle_with_no_label_counts_nothing():
    assert author_terms("Calling the vote early, the chair closed the meeting.") == []

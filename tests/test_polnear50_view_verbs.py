"""(polnear50) Verbs of giving one's view aloud or in print report what someone said, as "said"
does (attribution.txt [reporting_words]: "muse", "mused", "opine", "opined"): "Ann Lee opined that
the levy would raise 12 million pounds" is sourced by Ann Lee, and "The ambassador mused about the
2016 race, ..." is no unsourced claim of the writer's ("mused" was read as a past event with no
source). As nouns after a determiner ("The poet's muse", "Her muses") they stay nouns.

The texts are written for these tests. Fail on main: the first two; the guards pass on both.
"""

from __future__ import annotations

from xlplugin.engine import score_text

_OPINED = "Ann Lee opined that the levy would raise 12 million pounds."
_MUSED = ("The ambassador also mused about the 2016 race, pushing back against candidates who say the "
          "country is in decline.")


def _evidence(text: str) -> dict[str, str]:
    score = score_text(text).signals["unsourced_claims"]
    return {e.text: e.kind for e in score.evidence if e.kind in ("unsourced", "sourced")}


def test_opined_names_its_speaker():
    assert _evidence(_OPINED) == {_OPINED: "sourced"}


def test_mused_is_no_unsourced_claim():
    assert _evidence("Harbour diplomat praises the levy.\n\n" + _MUSED).get(_MUSED) != "unsourced"


def test_a_muse_as_a_noun_names_no_one():
    for text in ("The poet's muse gave him 12 sonnets in 2019.", "Her muses inspired 30 paintings since 2019."):
        assert _evidence(text) == {text: "unsourced"}


def test_a_past_act_stays_an_unsourced_claim():
    text = "The ambassador also visited the port in 2016 and signed 3 trade deals."
    assert _evidence(text) == {text: "unsourced"}

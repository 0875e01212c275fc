"""(sides26) A symmetry audit of the two sides' labels: about forty labels a left-wing writer puts on
the right (its people, leaders, voters, donors, police, institutions and system) and forty a
right-wing writer puts on the left, each in three frames: the author's own voice (it counts),
a named speaker's reported speech (a derogatory label is the speaker's, not the author's: it
counts for neither side) and a label the writer rejects (nothing). The audit fails when one side's labels are counted
more often than the other's, or when the two sides' totals of terms drift apart by more than
a small margin. Every label and sentence here was written for these tests."""

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEFT = [
    "bloodsucking landlords", "hedge-fund ghouls", "union-busting bosses", "soulless executives",
    "late-stage capitalism", "corporate masters", "storm troopers", "trigger-happy cops",
    "killer cops", "the MAGA crowd", "greedy billionaires", "corporate overlords", "Trumpanzees",
    "Rethuglicans", "Christofascists", "theocrats", "science deniers", "climate deniers",
    "deplorables", "MAGA cultists", "plutocrats", "parasites", "slumlords", "warmongers", "pigs",
    "corporate shills", "Tory scum", "bigots", "hillbillies", "grifters", "profiteers",
    "sociopaths", "lackeys", "bootlickers", "robber barons", "fat cats", "the billionaire class",
    "gun nuts", "billionaire stooges", "corporate paymasters", "MAGA goons", "jackbooted thugs",
]
RIGHT = [
    "the woke mob", "climate cultists", "paid agitators", "libtards", "snowflakes",
    "social justice warriors", "commies", "the radical left", "tax-and-spend liberals",
    "latte-sipping elites", "race hustlers", "soy boys", "lefty loons", "Demonrats",
    "the cancel culture mob", "virtue signallers", "RINOs", "welfare queens", "illegals", "thugs",
    "antifa goons", "eco-loons", "tree huggers", "bleeding hearts", "gender ideologues", "groomers",
    "the deep state", "the fake news media", "the lamestream media", "traitors", "moonbats",
    "sheeple", "useful idiots", "coastal elites", "champagne socialists", "limousine liberals",
    "union thugs", "the woke brigade", "globalists", "leftists", "union paymasters",
    "globalist elites",
]

# A plain county report around the sentence that holds the label: no loaded term of its own.
LEAD = ("By Dana Welk\n\nHARTWELL, March 3, 2026 - The county board met on Tuesday to debate the "
        "housing plan for the old mill site. ")
TAIL = " The board chair said a vote would follow next month, according to the minutes.\n"
FRAMES = {
    "author": "The plan was drafted by {}, and it shows.",
    "reported": "Board member Rosa Lind said the plan was drafted by {}.",
    "rejected": "It would be wrong to call its drafters {}.",
}
MARGIN = 2  # the most the two sides' totals of terms (author's voice) may differ by


def _author_terms(sentence: str) -> list[tuple[str, str]]:
    """(kind, words) of the author's own loaded terms in the report around `sentence`."""
    sig = loaded_language.score(prepare(LEAD + sentence + TAIL), Settings())
    return [(e.kind, e.text) for e in sig.evidence
            if not e.kind.startswith("quoted") and e.kind not in loaded_language.VOICE_KINDS]


def _counts(labels: list[str], frame: str) -> list[int]:
    return [len(_author_terms(FRAMES[frame].format(label))) for label in labels]


def test_the_lists_are_the_same_size():
    assert abs(len(LEFT) - len(RIGHT)) <= 1 and len(LEFT) >= 40


def test_every_label_of_either_side_counts_in_the_authors_voice():
    missed = {side: [label for label, n in zip(labels, _counts(labels, "author")) if n == 0]
              for side, labels in (("left", LEFT), ("right", RIGHT))}
    assert missed == {"left": [], "right": []}


def test_the_two_sides_totals_stay_within_the_margin():
    left, right = sum(_counts(LEFT, "author")), sum(_counts(RIGHT, "author"))
    assert abs(left - right) <= MARGIN, (left, right)


def test_neither_sides_label_is_the_authors_when_rejected():
    counted = {side: [label for label, n in zip(labels, _counts(labels, "rejected")) if n]
               for side, labels in (("left", LEFT), ("right", RIGHT))}
    assert counted == {"left": [], "right": []}


def test_neither_sides_label_is_the_authors_when_a_named_speaker_says_it():
    """A derogatory label is the speaker's; an emotive word the speaker used still counts (a
    word of feeling, not a label: "greedy", "tax-and-spend"), and the two sides keep level."""
    terms = {side: [term for label in labels for term in _author_terms(FRAMES["reported"].format(label))]
             for side, labels in (("left", LEFT), ("right", RIGHT))}
    assert [t for side in terms.values() for t in side if t[0] == "derogatory"] == []
    assert abs(len(terms["left"]) - len(terms["right"])) <= MARGIN, terms


def test_a_reported_label_is_still_shown_as_the_speakers():
    sig = loaded_language.score(prepare(LEAD + FRAMES["reported"].format("hedge-fund ghouls") + TAIL), Settings())
    assert [(e.kind, e.text) for e in sig.evidence if e.kind.startswith("quoted")] == [("quoted derogatory", "ghouls")]
    assert sig.details["quoted"] == 1

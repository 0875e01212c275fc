"""Kinds a tester found misread (kinds14), each as a class, in texts written for this project: a
letters page (readers' letters under a "Letters" heading, each signed with a name and a town) is
opinion; a meeting's minutes (an official record, like a notice), a poem and a recipe written
without headings (a list of measures, then numbered steps) are not articles. And the kind reads
the same in the terminal table as in the workbook ("news report (no cue)").
"""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin import kinds
from xlplugin.text import prepare


def kind_of(text: str, **meta: str) -> kinds.Kind:
    return kinds.classify(prepare(text, **meta))


def cue_of(kind: kinds.Kind, start: str, note: str = "") -> bool:
    """Has `kind` a cue opening with `start` whose note (after the rule's words) holds `note`?"""
    return any(cue.startswith(start) and note in cue for cue in kind.cues)


LETTER_ONE = ("The new bus timetable has left our village with one service a day, and that one leaves before most "
              "of us have finished breakfast. The council says demand was low, but demand was low because the buses "
              "never came when anyone needed them.")
LETTER_TWO = ("Your reporter was right to praise the volunteers who cleared the canal towpath last month. I walk "
              "there every morning and I have never seen it so tidy. Perhaps the water board could now fix the lock gates.")
LETTER_THREE = ("Parking charges at the hospital are a tax on the sick. My mother visits my father three times a week "
                "and pays more for the car park than for her own groceries. Surely there is a fairer way.")
LETTERS_PAGE = f"""Readers weigh in on buses, towpaths and parking

LETTERS.

{LETTER_ONE}

Margaret O'Dowd.

Little Hambury, Northants.

{LETTER_TWO}

Tomasz Wierzbicki.

Castleford.

{LETTER_THREE}

Priya Raman.

Eastfold, Kent."""


def test_a_letters_page_is_opinion():
    kind = kind_of(LETTERS_PAGE)
    assert kind.kind == kinds.OPINION
    assert cue_of(kind, "a letters heading") and cue_of(kind, "letters signed by readers", "(3 signed")


def test_letters_are_told_by_the_heading_or_by_the_signatures():
    # one letter under the heading
    one = f"Buses leave too early\n\nLetters to the editor\n\n{LETTER_ONE}\n\nMargaret O'Dowd\nLittle Hambury"
    assert kind_of(one).kind == kinds.OPINION
    # signed letters, one a line "Name, Town", without a heading
    signed = (f"Your views this week\n\n{LETTER_ONE}\n\u2014 Margaret O'Dowd, Little Hambury\n\n{LETTER_TWO}\n"
              f"\u2014 Tomasz Wierzbicki, Castleford")
    kind = kind_of(signed)
    assert kind.kind == kinds.OPINION and cue_of(kind, "letters signed by readers", "(2 signed")


REPORT = ("Bus services to three villages will be cut from one a day to two a week from March, the county council "
          "said on Tuesday.\n\nThe council said passenger numbers had fallen by a third since 2019. Margaret O'Dowd, "
          "who chairs the parish council, said the cut would leave older residents stranded.\n\nThe operator said "
          "it had not been consulted.")


def test_a_report_is_no_letters_page():
    # the word "letters" on a line of its own only as a heading; "letters" in prose, a byline, a photo
    # credit under a paragraph and a quoted reader are no letters page
    assert kind_of(REPORT).kind == kinds.NEWS
    report = (REPORT + "\n\nResidents have sent letters to the council.\n\nBy Ann Lee\nWestern Desk\n\n"
              + REPORT + "\n\nGetty Images\nFile Photo")
    kind = kind_of(report)
    assert kind.kind == kinds.NEWS and not cue_of(kind, "letters signed")
    # a letters heading further down than the head (a report's "Letters" box at its foot) is no label
    assert not cue_of(kind_of(REPORT * 4 + "\n\nLetters\n\nWrite to us."), "a letters heading")


MINUTES = """Minutes of the Hambury Parish Council meeting held on 4 March in the village hall

Present: Cllr A. Roe (Chair), Cllr B. Okafor, Cllr C. Lund, the Clerk
Apologies: Cllr D. Maher
In attendance: two members of the public

Item 1. Minutes of the last meeting
The minutes of the meeting of 5 February were agreed as a true record and signed by the Chair.

Item 2. Bus services
Cllr Okafor said the county council had cut the village service to two days a week. Members agreed to
write to the county council asking it to restore a daily service.
Action: Clerk to write to the county council before the end of March.

Item 3. Play area
The new gate has been fitted. Cllr Lund said the bark under the swings needed topping up.
Action: Cllr Lund to obtain three quotes.

Date of next meeting: 1 April at 7.30pm."""


def test_minutes_are_an_official_record_not_an_article():
    kind = kind_of(MINUTES)
    assert kind.kind == kinds.NOT_ARTICLE
    assert cue_of(kind, "the title names a meeting's minutes") and cue_of(kind, "a record's field lines")
    assert xlplugin.score_text(MINUTES).reliability is None
    # without the heading, the record's lines alone still tell it
    assert kind_of(MINUTES.split("\n", 2)[2]).kind == kinds.NOT_ARTICLE


def test_a_report_on_minutes_is_a_report():
    report = ("Minutes of the central bank's March meeting showed policymakers were split over how fast to cut "
              "rates, with two members arguing for a pause.\n\n" + REPORT)
    kind = kind_of(report)
    assert kind.kind == kinds.NEWS and not cue_of(kind, "the title names a meeting's minutes")
    # a transcript's speaker labels are no record's fields; one "Action:" line is not enough
    assert kind_of(REPORT + "\n\nAction: the council will review the timetable in June.").kind == kinds.NEWS


POEM = """The Towpath in March

The lock gates creak beneath the rain,
the heron waits, the water stills,
and somewhere past the old grain mill
a blackbird tries his song again.

I walked here once when I was young
with bread for ducks and muddy shoes;
the canal had nothing much to lose
and every bridge a name unsung.

Now cyclists hiss along the stones,
the barges sleep in painted rows,
and still the patient water goes
the way it went when it was known."""


def test_a_poem_is_not_an_article():
    kind = kind_of(POEM)
    assert kind.kind == kinds.NOT_ARTICLE
    assert cue_of(kind, "written in verse", "(12 lines in 3 stanzas")
    assert xlplugin.score_text(POEM).reliability is None


def _wrapped(text: str, width: int) -> str:
    """Prose wrapped at `width`, as an e-mail or a newspaper column breaks it (greedy filling)."""
    import textwrap

    return "\n\n".join(textwrap.fill(paragraph, width) for paragraph in text.split("\n\n"))


@pytest.mark.parametrize("width", [28, 36, 50, 72])
def test_prose_wrapped_at_a_width_is_no_verse(width):
    text = _wrapped(REPORT + "\n\n" + REPORT.replace("three villages", "two hamlets"), width)
    # (narrow columns are "short lines" to another rule: not this one's business)
    assert not cue_of(kind_of(text), "written in verse"), width


def test_prose_written_a_sentence_a_line_is_no_verse():
    # (as PTC's articles are written): each line a sentence, ending at its full stop
    text = """Bus cuts anger villagers

The council met on Tuesday night.
It voted to cut the village bus.
Residents packed the public gallery.
Some of them shouted at the members.
The vote was five to two.

The operator was not at the meeting.
It says the route has lost money for years.
A petition has four hundred names.
The cut starts in March."""
    assert not cue_of(kind_of(text), "written in verse")


def test_a_list_or_a_form_in_short_lines_is_no_verse():
    listing = "\n\n".join("Name: Ann Lee\nRole: Treasurer\nPhone: 0113 555 0100\nWard: North" for _ in range(3))
    assert not cue_of(kind_of(listing), "written in verse")
    menu = "\n\n".join("Home\nNews\nSport\nWeather\nContact" for _ in range(3))
    assert not cue_of(kind_of(menu), "written in verse")
    # a poem quoted inside a report is a part of it, not most of its lines
    quoted = REPORT + "\n\n" + REPORT + "\n\n" + POEM.split("\n\n", 1)[1].split("\n\n")[0] + "\n\n" + REPORT
    assert kind_of(quoted).kind == kinds.NEWS


RECIPE = """Weeknight chilli

This is the one my flatmates ask for every Friday, and it takes about forty minutes.

500 g minced beef
1 onion, chopped
2 tbsp tomato puree
400 g tinned tomatoes
1 tsp ground cumin
a pinch of chilli flakes

Serves 4

1. Fry the onion in a little oil until soft, then add the beef and brown it all over.
2. Stir in the puree, cumin and chilli flakes and cook for a minute.
3. Add the tomatoes, cover and simmer for thirty minutes, stirring now and then."""


def test_a_recipe_without_headings_is_not_an_article():
    kind = kind_of(RECIPE)
    assert kind.kind == kinds.NOT_ARTICLE
    assert cue_of(kind, "a recipe: an ingredient list", "(6 quantity lines, 4 with a unit")
    assert xlplugin.score_text(RECIPE).reliability is None


def test_a_report_with_figures_and_a_numbered_list_is_no_recipe():
    # amounts without units, then a numbered list: a report's summary, not a recipe
    report = (REPORT + "\n\nThe cuts in numbers:\n\n3 villages\n2 buses a week\n40 regular passengers\n\n"
              "What happens next:\n\n1. The council will consult residents until May.\n2. A decision is due in June.")
    kind = kind_of(report)
    assert kind.kind == kinds.NEWS and not cue_of(kind, "a recipe")
    # measures without numbered steps are a list, not a method
    assert not cue_of(kind_of(RECIPE.split("\n\n1.")[0]), "a recipe")


PLAIN = ("The footbridge over the mill stream will close for repairs in May. Engineers found rot in two of its "
         "beams last winter, and the work will take most of the spring. Walkers will go round by the lane for "
         "six weeks, and the Saturday market will move to the school field.")


def test_the_terminal_table_shows_the_kind_as_the_workbook_does(tmp_path, capsys):
    """A report no cue decided reads "news report (no cue)" in the table, as in the Kind cell; a
    report a dateline and reported speech decided reads "news report"; `--json` keeps the engine's
    kind, with the cue beside it."""
    import json

    from xlplugin.cli import main
    from xlplugin.kind_shown import kind_label
    from xlplugin.workbook.rows import kind_cell

    (tmp_path / "plain.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "dated.txt").write_text("LEEDS - " + REPORT, encoding="utf-8")
    assert main(["score", str(tmp_path), "-q", "--workers", "1"]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[2:]}
    assert "news report (no cue)" in rows["plain.txt"]
    assert " news report " in rows["dated.txt"] and "(no cue)" not in rows["dated.txt"]
    assert main(["score", str(tmp_path / "plain.txt"), "--json", "-q", "--workers", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == kinds.NEWS and data["kind_cues"] == ["no cue of another kind"]
    result = xlplugin.score_text(PLAIN)
    assert kind_cell is kind_label and kind_label(result) == "news report (no cue)"

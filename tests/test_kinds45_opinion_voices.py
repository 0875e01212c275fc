"""(kinds45) Opinion that read as news: a German blogger's or magazine's post to its readers, an English "ideas"
programme's address, and an op-ed's foot bio with the role first, in apposition or as "MP".

1. A German post that speaks to its readers informally ("Wir haben unsere Lieblinge für euch rausgesucht", "Wenn du
   das lernen magst ...", "ihr könnt") and of itself as "ich" or "wir", in its own words, is opinion or analysis
   (`site_voice.informal_address`, kinds.txt's kinds45 rule, 2). Guards: a German report quoting a speaker's "wir"
   and "euch" inside quotation marks; "ihr" as "her" or "their" ("ihr Mann", "weil das Haus ihr gehört"); an
   interviewer's questions to "du"; a site's sign-up line ("Melde dich an") once under a report; French "du".
2. An English "ideas" programme or section in the address ("/programmes/the-ideas-hour/...", "/ideas-podcast/...")
   is opinion. Guards: a shopping guide's "/dinner-ideas-for-kids/...", a piece's own name with "ideas" in it.
3. opfoot44's foot bio read also with the role before the name ("Former minister Jane Doe is a senior fellow at
   ..."), as an apposition with no verb ("Dr Jane Doe, a senior fellow at ..."), and with "MP" in capitals ("Jane Doe
   is MP for Westvale."). Guards: "Senior officer Jane Doe was taken to hospital." (a lead with a role word, no role
   after "was"), "Jane Doe, a former teacher, was among the first to object." and an apposition that goes on to
   "said" (a report's closing line on someone).
"""

from __future__ import annotations

import pytest
from kinds_helpers import has_cue as _has
from kinds_helpers import FERRY_OPED, informal_voice
from kinds_helpers import kind_of as _kind
from kinds_helpers import assert_kind, assert_report_at

from xlplugin import kinds

INFORMAL = "the writer speaks to the reader informally"
FOOT = "an outside contributor's op-ed"
IDEAS = "an ideas programme or section"

# --- 1. a German post to its readers

_FASHION_POST = (
    "Regenjacken, die wir wirklich tragen wollen\n\n"
    "Der Herbst kommt, und mit ihm der Nieselregen. Wir haben in den letzten Wochen viele Jacken ausprobiert und "
    "zeigen euch heute unsere drei Favoriten. Alle sind leicht, passen in jede Tasche und sehen nicht nach "
    "Wanderausflug aus.\n\n"
    "Die erste ist ein kurzer Parka in Olivgrün. Ihr könnt ihn offen über einem Strickpullover tragen oder mit "
    "Gürtel zu einem Midirock. Uns gefällt besonders die große Kapuze, die auch einen Dutt schützt.\n\n"
    "Die zweite Jacke ist ein langer Trenchcoat aus beschichteter Baumwolle. Er hält den Regen ab und wirkt trotzdem "
    "elegant genug fürs Büro. Wenn ihr es gern bunt habt, gibt es ihn auch in Senfgelb.\n\n"
    "Nummer drei ist unser Geheimtipp für Radfahrerinnen: ein Cape mit Daumenschlaufen, das über den Lenker reicht. "
    "Damit kommt ihr trocken an, und eure Tasche gleich mit.\n\n"
    "Welche Jacke ist euer Favorit? Schreibt es uns in die Kommentare!\n\n"
    "Eure Redaktion\n")

_REIKI_POST = (
    "Atemübungen für den Morgen\n\n"
    "Heute geht es um drei einfache Atemübungen, die du gleich nach dem Aufstehen machen kannst. Ich mache sie "
    "seit Jahren jeden Tag, und sie haben meinen Morgen verändert.\n\n"
    "Setz dich bequem auf die Bettkante und leg eine Hand auf deinen Bauch. Atme vier Takte lang ein, halte kurz "
    "an und atme sechs Takte lang aus. Du wirst merken, wie dein Puls ruhiger wird.\n\n"
    "Die zweite Übung ist die Wechselatmung durch die Nasenlöcher. Sie braucht etwas Übung, aber nach einer Woche "
    "geht sie dir leicht von der Hand.\n\n"
    "Für die dritte Übung stellst du dich ans offene Fenster. Ich zähle dabei gern bis zwanzig und denke an nichts "
    "anderes.\n\n"
    "Wenn du die Übungen mit mir gemeinsam lernen magst, findest du die Termine meiner Kurse unten.\n")


@pytest.mark.parametrize("text", [_FASHION_POST, _REIKI_POST], ids=["wir-euch", "ich-du"])
def test_a_german_post_to_its_readers_is_opinion(text):
    kind = _kind(text)
    assert kind.kind == kinds.OPINION, kind
    assert _has(kind, INFORMAL), kind


def test_ihr_before_a_second_person_plural_verb_counts():
    own = ("ich habe lange gesucht. ihr könnt die ketten kombinieren. ihr habt die wahl. ich trage sie jeden tag.")
    assert informal_voice(own) is not None


# guards: each passes on main too (the rule must not reach them), except that the function is new
def test_guard_ihr_as_her_or_their_is_no_informal_you():
    own = ("ihr mann sagte, wir seien zu spät. das haus gehört ihr, weil ihr vater es ihr vermacht hat. "
           "uns fehlt ihr rat. wir warten.")
    assert informal_voice(own) is None


def test_guard_an_interviewers_questions_to_du_are_not_the_reader_addressed():
    own = ("wie bist du zum laufen gekommen? ich war zwölf. was treibt dich an? wir wollten gewinnen. "
           "würdest du sagen, dass dein team bereit ist? ich denke schon.")
    assert informal_voice(own) is None


_GERMAN_REPORT = (
    "Jugendzentrum bleibt vorerst geöffnet\n\n"
    "MARKTHEIM – Das Jugendzentrum am Bahnhof bleibt bis zum Sommer geöffnet. Das hat der Stadtrat am Dienstagabend "
    "mit knapper Mehrheit beschlossen. Die Stadt zahlt dafür 40.000 Euro aus Rücklagen.\n\n"
    "Die Leiterin des Zentrums, Sabine Korte, sprach vor der Sitzung zu rund fünfzig Jugendlichen. „Wir lassen euch "
    "nicht im Stich. Ihr habt hier einen Ort, und wir kämpfen dafür, dass ihr ihn behaltet“, sagte sie. "
    "„Wenn ihr wollt, kommt alle zur Sitzung, wir brauchen euch.“\n\n"
    "Bürgermeister Jens Albers sagte, die Stadt suche nach einem dauerhaften Träger. Eine Entscheidung soll im "
    "Juni fallen.\n")


def test_guard_a_german_report_quoting_wir_and_euch_stays_news():
    kind = _kind(_GERMAN_REPORT)
    assert kind.kind == kinds.NEWS, kind
    assert not _has(kind, INFORMAL), kind


def test_guard_a_sign_up_line_under_a_german_report_stays_news():
    body = _GERMAN_REPORT.replace("„Wir lassen euch nicht im Stich. Ihr habt hier einen Ort, und wir kämpfen dafür, "
                                  "dass ihr ihn behaltet“, sagte sie. „Wenn ihr wollt, kommt alle zur Sitzung, wir "
                                  "brauchen euch.“", "Sie warb für den Erhalt.")
    filler = ("Der Stadtrat hatte das Zentrum im Herbst zur Schließung vorgesehen, weil der bisherige Träger "
              "ausgestiegen war. Seitdem hatten Eltern und Vereine Unterschriften gesammelt. ") * 6
    text = body + "\n" + filler + "\n\nMehr zum Thema liest du in unserem Dossier. Melde dich an, um zu kommentieren.\n"
    kind = _kind(text)
    assert kind.kind == kinds.NEWS, kind
    assert not _has(kind, INFORMAL), kind


def test_guard_french_du_is_no_informal_you():
    own = ("le conseil du département a voté le budget du collège. le maire du village parle du projet du pont. "
           "nous attendons la fin du mois.")
    assert informal_voice(own) is None


# --- 2. an English "ideas" programme's address

_RADIO, _GAZETTE = "https://www.radio.example", "https://www.gazette.example"


@pytest.mark.parametrize("site, path, expected", [
    (_RADIO, "/programmes/the-ideas-hour/why-we-stopped-trusting-experts", kinds.OPINION),
    (_RADIO, "/audio/ideas-podcast/the-case-for-slower-cities", kinds.OPINION),
    (_RADIO, "/big-ideas-section/what-libraries-are-for", kinds.OPINION),
    # guards: a shopping guide's ideas, a piece's own name
    (_GAZETTE, "/food/dinner-ideas-for-kids/pasta-bake", kinds.NEWS),
    (_GAZETTE, "/news/local/ten-ideas-hour-by-hour", kinds.NEWS),
    (_GAZETTE, "/lifestyle/gift-ideas/presents-for-gardeners", kinds.NEWS),
])
def test_an_ideas_programme_in_the_address_is_opinion_a_shopping_guides_ideas_are_not(site, path, expected):
    assert_report_at(path, expected, IDEAS if expected == kinds.OPINION else "", site=site)


# --- 3. an op-ed's foot bio, role first, in apposition, "MP"

@pytest.mark.parametrize("bio", [
    "Former minister Jane Doe is a senior fellow at the Harbour Institute.",
    "Retired judge Tom Brack was chair of the Isles Inquiry until 2024.",
    "Dr Jane Doe, a senior fellow at the Harbour Institute.",
    "Amal Reid, professor of transport policy at Northbridge University.",
    "Jane Doe is MP for Westvale.",
    "Jane Doe is the MP for Westvale and a former transport minister.",
])
def test_a_foot_bio_with_the_role_first_in_apposition_or_mp_is_opinion(bio):
    assert_kind(_kind(FERRY_OPED + bio + "\n"), kinds.OPINION, FOOT, bio)


# guards: each passes on main too
@pytest.mark.parametrize("line", [
    "Senior officer Jane Doe was taken to hospital.",
    "Jane Doe, a former teacher, was among the first to object.",
    "Dr Jane Doe, a senior fellow at the Harbour Institute, said the fares were fair.",
])
def test_guard_a_reports_closing_line_on_someone_is_no_bio(line):
    kind = _kind(FERRY_OPED + line + "\n")
    assert kind.kind == kinds.NEWS and not _has(kind, FOOT), (line, kind)

"""(kinds47) kinds45's informal address ("du", "euch", "ihr könnt") is a post's voice only where the writer speaks of
itself as a person ("ich") or gives its own taste or trial as "wir" ("uns gefällt", "unsere drei Favoriten", "wir
haben ... ausprobiert"). A youth news service explaining the news to "euch" ("Was ihr jetzt wissen müsst", "Wir
erklären euch ...") and a firm's notice to its customers ("Wir eröffnen am Montag, ihr könnt ...") address the
reader with no view of their own: they are not opinion by that rule (site_voice.informal_address).
"""

from __future__ import annotations

import pytest
from kinds_helpers import has_cue as _has
from kinds_helpers import informal_voice
from kinds_helpers import kind_of as _kind

from xlplugin import kinds

INFORMAL = "the writer speaks to the reader informally"

_YOUTH_NEWS = (
    "Streik bei der Bahn: Was ihr jetzt wissen müsst\n\n"
    "Seit heute früh stehen in vielen Städten die Züge still. Die Gewerkschaft der Lokführer hat zu einem Streik "
    "aufgerufen, der bis Donnerstagabend dauern soll. Wir erklären euch, was das für euren Schulweg bedeutet.\n\n"
    "Betroffen sind vor allem S-Bahnen und Regionalzüge. Busse und U-Bahnen fahren in den meisten Städten normal. "
    "Wenn ihr mit dem Zug zur Schule fahrt, solltet ihr heute früher losgehen oder euch eine Mitfahrgelegenheit "
    "suchen.\n\n"
    "Die Gewerkschaft will mehr Lohn und kürzere Arbeitszeiten erreichen. Die Bahn hat bisher ein Angebot gemacht, "
    "das der Gewerkschaft nicht reicht. Die nächsten Verhandlungen sind für Freitag geplant.\n\n"
    "Habt ihr eine Fahrkarte für einen Fernzug gekauft, könnt ihr sie später nutzen. Sie gilt noch eine Woche lang. "
    "Wir halten euch auf dem Laufenden, sobald es Neuigkeiten gibt.\n")

_FIRM_NOTICE = (
    "Neue Filiale in der Altstadt\n\n"
    "Ab Montag haben wir eine zweite Filiale in der Brückenstraße 12. Wir freuen uns, euch dort ab 8 Uhr "
    "begrüßen zu dürfen. Ihr könnt ab Montag auch dort eure Bestellungen abholen.\n\n"
    "Die Öffnungszeiten sind montags bis freitags von 8 bis 18 Uhr, samstags von 9 bis 14 Uhr. Unser Team in der "
    "Brückenstraße besteht aus vier Leuten, die ihr teils schon aus dem Laden am Markt kennt.\n\n"
    "Zur Eröffnung bekommt ihr in der ersten Woche auf jedes Brot einen Kaffee dazu. Parkplätze findet ihr im "
    "Parkhaus gegenüber, die erste Stunde ist frei.\n\n"
    "Die Filiale am Markt bleibt wie gewohnt geöffnet. Bei Fragen erreicht ihr uns unter der bekannten Nummer.\n")


def test_a_youth_news_service_explaining_to_euch_is_not_opinion():
    kind = _kind(_YOUTH_NEWS)
    assert kind.kind != kinds.OPINION, kind
    assert not _has(kind, INFORMAL), kind


def test_a_firms_notice_in_ihr_is_not_opinion_by_the_informal_rule():
    kind = _kind(_FIRM_NOTICE)
    assert not _has(kind, INFORMAL), kind
    assert dict(kind.scores)[kinds.OPINION] < 2, kind


@pytest.mark.parametrize("own, counts", [
    ("wir erklären euch, was passiert ist. ihr könnt heute später kommen. wir halten euch auf dem laufenden. "
     "ihr müsst nichts tun.", False),
    # guards (pass on main too): a magazine's "wir" with its own favourites is a post's voice; "wir haben ...
    # rausgesucht" and "unsere liebsten" in one sentence count twice
    ("wir haben viele jacken ausprobiert. uns gefällt die grüne am besten. ihr könnt sie offen tragen. "
     "eure tasche passt auch drunter.", True),
    ("wir haben unsere liebsten ohrringe für euch rausgesucht. ihr könnt sie zu allem tragen. "
     "eure ohren werden es lieben.", True),
], ids=["service-wir", "guard-taste-wir", "guard-favourites-wir"])
def test_a_wir_counts_as_a_posts_first_person_only_with_its_own_taste(own, counts):
    assert (informal_voice(own) is not None) == counts

"""(hunt30) Where in a document a kind's cue was seen, in the words users read: the Kind and
Status cells, `kind_cues` in --json and the Read sheet show a cue as its rule's words, then the
place and the words that showed it ("a dateline (CITY - ...) (in the first lines: 'harwell, ore.,
nov. 14 -')"). The places are kinds.txt's `where` column, whose names ("own", "head", "tail") are
the rules' and no reader's. Only the words shown change: which cue fires, and its weight, are
the rule's."""

from __future__ import annotations

__all__ = ["PLACES", "seen_at"]

# kinds.txt's places (kinds.WHERE, less "computed"), and the foot a computed cue reads
PLACES = {
    "title": "in the title",
    "url": "in the address",
    "host": "in the site's address",
    "name": "in the file's name",
    "head": "in the first lines",
    "tail": "at the end",
    "foot": "in the last lines",
    "text": "in the text",
    "own": "in the writer's own words",
    "author": "in the author's name",
    "outlet": "in the outlet's name",
    "page_type": "in what the page says of itself",
}


def seen_at(where: str, shown: str) -> str:
    """The words `shown` as seen at the place `where` ("in the first lines: 'opinion'")."""
    return f"{PLACES[where]}: {shown!r}"

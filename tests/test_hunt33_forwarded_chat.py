"""(hunt33) A rumour forwarded into a group chat reads as one. A chat pasted from the phone shows
its dates without the year ("[12/03, 09:14] Name: ...") or its time first ("[09:14, 12/03/2026]
Name: ..."): such a chat was read as a news report, "Rose" in "Auntie Rose" a verb of change; it
is a chat now, as "[12/03/2026, 09:14]" was (pasted30). A message under WhatsApp's label
"Forwarded" or "Forwarded many times" (or a sender's "Forwarded as received") comes from no one
the chat names: provenance counts a repost marker naming no original (-10), its words are no
member's (a rumour another member forwards is the chat's, not theirs), and its "!" are a chain
message's shouts, not a conversation's friendly tone. Near misses: a calm chat, a member saying
she forwarded something, a chat with no forwarded message keep their scores."""

from __future__ import annotations

import pytest

from xlplugin import score_text

RUMOUR = ("URGENT!! From Monday the tap water in the whole town will be switched off for three days because "
          "the reservoir has been poisoned. My cousin's husband works at the water board and he says they are "
          "keeping it quiet. Fill every bath and bottle you have. Pass this on to everyone you know!!")

FORMATS = {
    "no_year": lambda n, name, text: f"[12/03, 09:{10 + n:02d}] {name}: {text}",
    "time_first": lambda n, name, text: f"[09:{10 + n:02d}, 12/03/2026] {name}: {text}",
    "ios": lambda n, name, text: f"[12/03/2026, 09:{10 + n:02d}] {name}: {text}",
}


def _chat(fmt: str, messages) -> str:
    return "\n".join(FORMATS[fmt](n, name, text) for n, (name, text) in enumerate(messages)) + "\n"


def _forwarded(label: str = "Forwarded many times", by: str = "Auntie Bea"):
    first = [("Auntie Bea", "Morning all, hope everyone is well")] if by != "Auntie Bea" else []
    body = [(by, label), (by, RUMOUR)] if label.lower() in ("forwarded", "forwarded many times") \
        else [(by, f"{label} {RUMOUR}")]
    return first + body + [
        ("Ken Marsh", "Is this true? Nothing on the news"),
        ("Auntie Bea", "Better safe than sorry"),
        ("Lola P", "Filling the bath now, thanks"),
        ("Ken Marsh", "The council website says nothing about it"),
    ]


def _unlabelled(by: str = "Auntie Bea"):
    return [(name, "That rumour is doing the rounds again" if text.lower().startswith("forwarded") else text)
            for name, text in _forwarded(by=by)]


CALM = [
    ("Hannah Cole", "Reminder that the choir meets at 7 tomorrow in the church hall"),
    ("Tom Reyes", "Thanks Hannah, I'll bring the folders"),
    ("Ruth Ward", "I can't make it this week, sorry all"),
    ("Hannah Cole", "No problem Ruth, we'll go over the new piece again next week"),
    ("Tom Reyes", "Is the car park open in the evening?"),
    ("Hannah Cole", "Yes, until 10pm"),
]


@pytest.mark.parametrize("fmt", ["no_year", "time_first"])
def test_a_chat_pasted_from_the_phone_is_a_chat(fmt):
    result = score_text(_chat(fmt, CALM))
    assert result.kind == "forum or social post"
    assert result.reliability == score_text(_chat("ios", CALM)).reliability
    claims = result.signals["unsourced_claims"].evidence
    assert not any("Rose" in e.detail or "change" in e.detail for e in claims)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("label", ["Forwarded many times", "Forwarded", "Forwarded as received:"])
def test_a_forwarded_rumour_reads_as_one(fmt, label):
    result = score_text(_chat(fmt, _forwarded(label)))
    plain = score_text(_chat(fmt, _unlabelled()))
    provenance = result.signals["provenance"]
    marker = [e for e in provenance.evidence if e.kind == "repost markers" and e.present]
    assert len(marker) == 1 and "forwarded in a chat" in marker[0].detail
    assert provenance.value == plain.signals["provenance"].value - 10
    shouts = [e for e in result.signals["loaded_language"].evidence if e.kind == "exclamation"]
    assert shouts  # ("Pass this on to everyone you know!!": a chain message's shout)
    assert result.reliability < plain.reliability - 10
    assert result.reliability < 70


def test_a_rumour_another_member_forwards_is_the_chats_not_theirs():
    forwarded = score_text(_chat("ios", _forwarded(by="Sandra Okafor")))
    loaded = forwarded.signals["loaded_language"]
    assert [e for e in loaded.evidence if e.kind == "exclamation"]  # (not "quoted")
    unlabelled = score_text(_chat("ios", _unlabelled(by="Sandra Okafor")))
    assert not [e for e in unlabelled.signals["loaded_language"].evidence if e.kind == "exclamation"]
    assert forwarded.reliability < unlabelled.reliability


def test_near_miss_a_calm_chat_and_a_member_who_forwarded_something_are_unchanged():
    for said in ("I forwarded it to the school office this morning", "Forwarded it to the school office this morning"):
        messages = CALM[:2] + [("Ruth Ward", said)] + CALM[3:]
        result = score_text(_chat("ios", messages))
        assert not [e for e in result.signals["provenance"].evidence if e.kind == "repost markers" and e.present]
    assert score_text(_chat("ios", CALM)).reliability > 80

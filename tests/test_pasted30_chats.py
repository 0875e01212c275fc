"""(pasted30) A chat app's export saved as text (WhatsApp, Telegram: each message on a line opening
with its date, time and sender, "[12/03/2026, 09:14] Name: ...", "12/03/2026, 09:14 - Name: ...") is
a forum or social post: a thread of its senders, the first sender the author, the others' words
theirs; the messages' dates are no publication date. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.inputs import read_file

MESSAGES = [
    ("Helen Ward", "Morning both. The footbridge by the mill is shut again, anyone know why?"),
    ("Tom Beck (Allotments)", "Council put a notice up on Friday, they're replacing two of the planks"),
    ("Helen Ward", "Thanks. Did it say how long?"),
    ("Raj", "This council is a disgraceful shambles, the bridge was only fixed in May"),
    ("Tom Beck (Allotments)", "The notice says three weeks, back open on the 30th"),
]

FORMATS = {
    "ios": lambda n, name, text: f"[12/03/2026, 09:{10 + n:02d}] {name}: {text}",
    "android": lambda n, name, text: f"12/03/2026, 09:{10 + n:02d} - {name}: {text}",
    "telegram": lambda n, name, text: f"[12.03.26 09:{10 + n:02d}] {name}: {text}",
    "twelve_hour": lambda n, name, text: f"[3/12/26, 9:{10 + n:02d}:05\u202fAM] {name}: {text}",
}


def _chat(fmt: str, messages=MESSAGES) -> str:
    return "\n".join(FORMATS[fmt](n, name, text) for n, (name, text) in enumerate(messages)) + "\n"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_chat_export_is_a_forum_or_social_post(fmt):
    result = score_text(_chat(fmt))
    assert result.kind == "forum or social post"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_chats_message_dates_are_no_publication_date(fmt):
    provenance = score_text(_chat(fmt)).signals["provenance"]
    assert "publication date" not in {e.kind for e in provenance.evidence if e.present}


@pytest.mark.parametrize("fmt", ["ios", "android"])
def test_the_first_sender_is_the_author_and_the_others_words_are_theirs(fmt, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(_chat(fmt), encoding="utf-8")
    assert read_file(path).author == "Helen Ward"
    loaded = score_text(_chat(fmt)).signals["loaded_language"]
    # Raj's "disgraceful shambles" is Raj's, not the author's
    assert not [e for e in loaded.evidence if e.kind in ("emotive", "derogatory") and "shambles" in e.text.lower()]


def test_the_authors_own_loaded_words_still_count():
    """Near miss: the first sender's own words are the author's."""
    own = [("Helen Ward", "This council is a disgraceful shambles, the bridge was only fixed in May")] + MESSAGES[1:]
    loaded = score_text(_chat("ios", own)).signals["loaded_language"]
    assert [e for e in loaded.evidence if "disgraceful" in e.text.lower() and not e.kind.startswith("quoted")]


def test_a_report_quoting_one_message_is_still_a_report():
    """Near miss: one chat line quoted in a news report makes no thread, and the report's own date counts."""
    text = ("Footbridge by the mill to reopen on 30 March\n\n12 March 2026\n\n"
            "The footbridge by the old mill will reopen on 30 March after two planks are replaced, the county "
            "council said on Thursday. Residents learned of the closure from a neighbourhood group chat, where one "
            "member wrote on Thursday morning:\n\n"
            "[12/03/2026, 09:14] Helen Ward: Morning both. The footbridge by the mill is shut again\n\n"
            "\"We will have it open again within three weeks,\" said Owen Marsh, the council's rights of way "
            "officer. The repairs will cost £6,000, according to the council.\n")
    result = score_text(text)
    assert result.kind == "news report"
    assert "publication date" in {e.kind for e in result.signals["provenance"].evidence if e.present}


def test_speaker_lines_with_no_dates_are_read_as_before():
    """Near miss: "Name: text" lines with no date and time are no chat export (a transcript's shape)."""
    text = "\n".join(f"{name}: {line}" for name, line in MESSAGES) + "\n"
    assert score_text(text).kind != "forum or social post"

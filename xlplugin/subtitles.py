"""(pasted30) A subtitle file (SubRip .srt, WebVTT .vtt) read as its spoken text.

A subtitle file is a list of cues: a number, a timing line ("00:01:02,500 --> 00:01:05,000") and one
or two lines of what is said. The numbers and times are furniture: scored as they stand, every cue
is a short line (the file read as a menu or listing, "not an article") and the times are numbers
that no sentence holds. The cues' lines are joined into prose: one line of text per cue broken only
where the film breaks it, so a sentence running over two cues is one sentence. A new paragraph
starts where a cue opens with a speaker's dash ("- We had eleven hundred people"), the dash left
out, and after a long run of sentences. A cue that is only a sound ("[MUSIC]", "(applause)", "♪")
is left out, as are WebVTT's header, NOTE and STYLE blocks, its voice tags ("<v Ann>") and any
markup ("<i>", "{\\an8}").
"""

from __future__ import annotations

import re

__all__ = ["SUBTITLE_EXTENSIONS", "SUBTITLE_NOTE", "subtitle_prose"]

SUBTITLE_EXTENSIONS = (".srt", ".vtt")
SUBTITLE_NOTE = "read as a subtitle file: its cue numbers and times left out, its lines joined into prose"

# "00:01:02,500 --> 00:01:05,000" (SubRip), "01:02.500 --> 01:05.000 align:start" (WebVTT)
_TIMING_RE = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}.*$")
_CUE_NUMBER_RE = re.compile(r"^\s*\d+\s*$")
_MARKUP_RE = re.compile(r"<[^>]{0,80}>|\{\\[^}]{0,40}\}")
_VOICE_RE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]{1,60})>")
# a cue or line that is only a sound or music: "[MUSIC]", "(applause)", "♪ ... ♪"
_SOUND_RE = re.compile(r"^\s*(?:\[[^\]]{1,60}\]|\([^)]{1,60}\)|[♪♫#*\s]+)\s*$")
_MUSIC_RE = re.compile(r"^\s*[♪♫].*[♪♫]?\s*$")
_SPEAKER_DASH_RE = re.compile(r"^\s*[-\u2010-\u2014]\s+")
_VTT_BLOCKS = ("NOTE", "STYLE", "REGION")
# a paragraph is closed at a sentence's end once it holds this many words
PARAGRAPH_WORDS = 60


def _cues(text: str) -> list[list[str]]:
    """The text lines of each cue, in order (numbers, timing lines and WebVTT's blocks left out)."""
    cues: list[list[str]] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        first = lines[0].strip()
        if first.startswith("WEBVTT") or first.split(" ")[0] in _VTT_BLOCKS:
            continue
        timing = next((i for i, line in enumerate(lines) if _TIMING_RE.match(line)), None)
        if timing is None:
            if all(_CUE_NUMBER_RE.match(line) for line in lines):
                continue
            cues.append(lines)  # (a block with no time: its lines kept, as text)
            continue
        cues.append(lines[timing + 1:])  # (the cue number or WebVTT cue name above the time left out)
    return cues


def _clean(line: str) -> str:
    line = _VOICE_RE.sub(lambda m: "- " if not line.lstrip().startswith("-") else "", line, count=1)
    return re.sub(r"\s+", " ", _MARKUP_RE.sub("", line)).strip()


def subtitle_prose(text: str) -> str:
    """The spoken text of a subtitle file, as paragraphs of prose (see the module's note)."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    words = 0
    for cue in _cues(text):
        for raw in cue:
            line = _clean(raw)
            if not line or _SOUND_RE.match(line) or _MUSIC_RE.match(line):
                continue
            speaker = _SPEAKER_DASH_RE.match(line)
            if speaker:
                line = line[speaker.end():]
            ends_sentence = bool(current) and current[-1].rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))
            if current and (speaker or (ends_sentence and words >= PARAGRAPH_WORDS)):
                paragraphs.append(current)
                current, words = [], 0
            current.append(line)
            words += len(line.split())
    if current:
        paragraphs.append(current)
    return "\n\n".join(" ".join(lines) for lines in paragraphs) + ("\n" if paragraphs else "")

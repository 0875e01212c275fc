"""Readability: how hard the text is to read, from the same sentence split as every signal.

Measures: Flesch-Kincaid grade level and Flesch reading ease, with textstat's syllable counts
(CMU dictionary, pyphen for unknown words) and textstat's formulas, but over xlplugin's sentences
and words rather than textstat's own split (which counts a heading as part of the next sentence).
Native value: Flesch-Kincaid US school grade (higher = harder). Details: reading ease (0-100,
higher = easier), words per sentence, syllables per word.
Normalised score: 1 for grades typical of edited news and analysis (7-14), falling linearly to 0 at
grade 2 (headline fragments, spam) and at grade 22 (run-on or garbled text).
Evidence: the longest sentences.
Not scored under MIN_WORDS words: the formulas need a passage, not a line.
Blind spots: says nothing about truth; short forum lines and lists read "easy"; formulas were
fitted on school texts.
"""

from __future__ import annotations

import re

from ..lexicon import WordTable, memo_map
from ..prose_counts import number_sentences, prose_words
from ..settings import Settings
from ..syllables import count_syllables
from ..text import Document, Sentence
from ..types import Evidence, Score, SignalInfo
from ..wording import counted

NAME = "readability"
VERSION = "33"  # 33: (polnear50) a news archive's record labels and its indexer's summary ("ABSTRACT." near the top, the summary, then "FULL TEXT." before the article: prose.txt [archive_abstract_labels], [archive_body_labels], prose rule "archive abstract") are not the author's prose: the summary repeats the lead with no source; a paper's "Abstract" with no body label after it stays prose. 23: (web49) a line of a page's layout copied as Markdown (an empty image mark "![]()", or a table's lone bar at its end: "New publications: |", "![]() 2023-2025, X is a part of Y |"; words beside them no sentence) is not prose (prose "copied layout"): its words, claims and sentences are not the author's. 22: (loaded48) a line of a build or configuration file that opens with its instruction in capitals and goes on with an argument not in capitals (\u201cFROM python:3.12-slim\u201d, \u201cRUN pip install -r requirements.txt\u201d, \u201cCMD [\"python\"]\u201d, \u201cLABEL maintainer=ops\u201d, \u201cENV PATH=/usr/bin\u201d: prose.txt [code_directive_words], prose._directive_line) is code, not prose, as a shell prompt's line is: its quoted strings are no scare quotes, its words no sentences of the author's; \u201cFROM THE ARCHIVE\u201d and \u201cUSER Guide\u201d stay prose (left out of the counts). 12: (polnear45) a poll printed as its question over its results with no prompt (a question alone on its line, then two or more lines of an answer of at most four words and its share in per cent: "Should the council keep the library open?", "Yes    61%.", "No    30%.": promo_boxes._result_spans) is a poll box, not prose: its question is no rhetorical question of the writer's, its lines no claims or sentences of the text's. 11: (polnear43) a social page's follow box dropped into a story ("Do you support the mayor? Like the page:", "Like us on Facebook", "Follow us on Twitter" opening a sentence of a short line: prose.txt [box_newsletter_prompts]) is the site's box, not prose, as a poll or newsletter box is: not counted as a sentence. 10: (web39b) a line that opens with a csh or zsh prompt before a command in lower case ("% virtualenv -p python3 env", "% pip install requests": prose._CODE_LINE_RE) is code, not prose, as a "$" prompt was: its words are no sentences of the author's; a table's "% of adults" line and a sentence ending in a full stop stay prose. 9: (pasted30) a PDF's page numbers, running headers and footers (pdf_pages) are furniture, not counted as sentences. So is a word processor's comments block (draft_notes). So are a chat export's message prefixes ("[12/03/2026, 09:14] Dave Hollins:"). 8: (transcripts28) an X/Twitter-style thread saved as text (each post under a header of the poster's handle and the post's date or age, "@ferrywatch_kt \u00b7 Apr 9", "Harbour Watch @harbourwatch \u00b7 Jun 2", "Gav @gav_on_tracks \u00b7 45m": forum_posts._POSTER_LINE_RE) is a thread: the header lines, "Replying to @NAME" and the counts under a post ("4 replies  12 reposts  31 likes") are furniture, the first poster is the author, the others' posts their words. 7: (threads27) a forum thread whose posts are headed by their poster's name alone on a line ("garden_gus wrote:", a bare "u/garden_gus", "Posted by garden_gus": forum_posts._name_lines) is a thread: the lines are furniture, the first poster is the author where only the thread's head (subject, community, breadcrumb) comes before, and the other members' posts are their words: their poster lines are no prose. 6: (forum26) a comment thread copied from a social site (a post, then replies, each under its commenter's name line and over the site's buttons, "Reply \u00b7 Like \u00b7 3 \u00b7 2h": forum_posts._social_thread) is a thread: the replies are the commenters' words, the name lines furniture; each comment under a Q&A page's post ("... \u2013 NAME DATE": forum_posts._qa_comments) is its signer's, also under the last answer (the asker's own are the author's) (the name lines are not read). 5: (forum25) a question-and-answer page copied as text (its posts signed "asked DATE NAME 1,231 rep", "answered DATE NAME 18.4k rep": forum_posts._qa_signatures) is a thread: the signature lines are furniture, the asker is the author, each answer by another name is that member's words. 4: (voice20) a thread's poster lines ("u/pine_pete \u00b7 412 points") are not prose. 3: (inputs16) only the author's prose is read: a Markdown heading ("# Title", "## Part") is a title, not a sentence; a numbered list's "1." is no sentence (prose_counts.only_numbers); the sentences every scorer passes over (code, navigation, time stamps, bylines, embedded posts' credits: Analysis.non_prose_sentences) are left out, and so are words in text that is not prose (a Markdown link's address: "[report](https://...)"). 2: no grade under MIN_WORDS words
UNIT = "US grade level"


def _why(sig: Score) -> str:
    if sig.score >= 0.5:
        return f"reading grade {sig.value:.0f}, usual for news and analysis"
    return f"reading grade {sig.value:.0f}, " + ("unusually simple" if sig.value < BAND_LOW else "unusually hard to read")


INFO = SignalInfo(
    NAME,
    header="Reading grade (US school years)",
    phrase=_why,
    reading=(
        "How many years of US schooling the text needs (Flesch-Kincaid grade).",
        "School years; shown without colour: neither hard nor easy text is unreliable.",
        "Dense official or academic prose.",
        "Short sentences and words; tabloid or children's text.",
        "Counts syllables and sentence length, not meaning.",
    ),
    table=("grade", 1),
    excel=("XLP_READABILITY", "Readability: reading grade in US school years."),
    number_format="0.0",
    outlets_header="Reading grade",
    abbreviation="grade",
    better_way="higher = harder to read, neither is better",
)

# Flesch (1948) reading ease and Kincaid et al. (1975) grade, as textstat implements them.
FRE_BASE, FRE_WPS, FRE_SPW = 206.835, 1.015, 84.6
FK_WPS, FK_SPW, FK_BASE = 0.39, 11.8, -15.59
# Band of grades that edited news and analysis fall in (AP style aims at about grade 8-11;
# policy analysis 12-14).
BAND_LOW, BAND_HIGH = 7.0, 14.0
FLOOR_LOW, FLOOR_HIGH = 2.0, 22.0
EVIDENCE_SENTENCES = 2
# The fewest words (that start with a letter) a grade is given for. The Flesch and Kincaid
# formulas were fitted on passages (Flesch's 100-word samples of school texts), not on a line:
# on a word or two the grade is the syllable count of one word ("Unbelievable." reads as grade
# 44, "x" as -3), and on a single sentence of under 25 words one long word moves it by years.
# 25 words, the index's own minimum (setting min_words_index), is about two sentences of news.
MIN_WORDS = 25
_NOT_A_WORD = -1


def _syllables(lower: str) -> int:
    """Syllables of a word that starts with a letter; _NOT_A_WORD for a number ("3.5", "2020")."""
    return count_syllables(lower) if lower[0].isalpha() else _NOT_A_WORD


_SYLLABLES = WordTable(_syllables)  # _syllables per word, for memo_map


# A Markdown heading: "#" to "######" and a space opening its line. (inputs16)
_HEADING_RE = re.compile(r"#{1,6}[ \t]")


def _prose(doc: Document) -> tuple[list[Sentence], list[str]]:
    """(version 3, inputs16) The sentences and words the grade reads: the author's prose. Left
    out: a Markdown heading (a title: "# Council approves bridge" was a sentence of four short
    words), a "sentence" of numbers only (a numbered list's "1." before its item), the sentences
    every scorer passes over (`Analysis.non_prose_sentences`: code, a navigation label, a time
    stamp, a byline), and inside the sentences kept, the words in text that is not prose (a web
    address: "https", "example", "org", "pdf" were words)."""
    skipped = set(doc.analysis.non_prose_sentences)
    skipped.update(number_sentences(doc))
    if "#" in doc.text:
        skipped.update(s.index for s in doc.sentences if s.text[0] == "#" and _HEADING_RE.match(s.text))
    sentences = [s for s in doc.sentences if s.first_token < s.last_token and s.index not in skipped]
    return sentences, prose_words(doc, sentences)


def score(doc: Document, settings: Settings) -> Score:
    sentences, lowers = _prose(doc)
    # the words that start with a letter, and their syllables (numbers are not words here)
    counts = memo_map(_syllables, _SYLLABLES, lowers)
    numbers = counts.count(_NOT_A_WORD)
    n_words = len(counts) - numbers
    if not sentences or not n_words:
        return Score(NAME, None, None, UNIT, note="not scored: no words")
    if n_words < MIN_WORDS:
        # (the other notes count every word, numbers too: this one says what it leaves out, so
        # that "22 words" here and "23 words" in the loaded-language note add up)
        words = counted(n_words, "word") + (f", not counting {counted(numbers, 'number')}" if numbers else "")
        return Score(NAME, None, None, UNIT, note=f"too short for a reading grade: {words}; needs at least {MIN_WORDS}")
    syllables = sum(counts) + numbers  # each number's _NOT_A_WORD taken back out
    wps = n_words / len(sentences)
    spw = syllables / n_words
    grade = FK_WPS * wps + FK_SPW * spw + FK_BASE
    ease = FRE_BASE - FRE_WPS * wps - FRE_SPW * spw
    if grade < BAND_LOW:
        normalised = (grade - FLOOR_LOW) / (BAND_LOW - FLOOR_LOW)
    elif grade > BAND_HIGH:
        normalised = (FLOOR_HIGH - grade) / (FLOOR_HIGH - BAND_HIGH)
    else:
        normalised = 1.0
    normalised = min(1.0, max(0.0, normalised))
    longest = sorted(sentences, key=lambda s: s.word_count, reverse=True)[:EVIDENCE_SENTENCES]
    evidence = tuple(
        Evidence(s.text, "long sentence", s.start, s.end, f"{s.word_count} words") for s in longest if s.word_count >= 30
    )
    return Score(
        NAME,
        round(grade, 2),
        round(normalised, 4),
        UNIT,
        note=f"reading ease {ease:.0f}",
        evidence=evidence,
        details={
            "reading_ease": round(ease, 2),
            "words_per_sentence": round(wps, 2),
            "syllables_per_word": round(spw, 3),
        },
    )

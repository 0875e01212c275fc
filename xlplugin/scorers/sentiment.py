"""Sentiment: how strongly the sentences of a text feel, and which way.

Measures: VADER (Hutto & Gilbert 2014) compound score of every sentence, aggregated. Never
VADER on the whole document: it saturates to +-1 on anything long.
Native value: mean compound over sentences, -1 (negative) .. +1 (positive); polarity is
information, not a fault. Details: mean absolute intensity, shares of strongly negative and
strongly positive sentences.
Normalised score: from the mean absolute intensity, the bias signal; 1 = calm, measured prose
(more reliable), 0 = every sentence strongly charged.
Evidence: the most strongly negative and positive sentences.
Blind spots: sarcasm and irony beyond a few stock openings (version 6, xlplugin.sarcasm: "Funny
how ...", "Nice job, geniuses.", "Great, another ..." read as their opposite); negative news reported calmly still reads negative ("killed",
"war"); VADER's lexicon was built for social media and scores sports and finance idioms oddly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter

from ..prose_counts import number_sentences
from ..settings import Settings
from ..text import Document
from ..types import Evidence, Score, SignalInfo
from .. import blockquotes, mixed_language, prose, sarcasm, vader

NAME = "sentiment"
VERSION = "35"  # 35: (polnear50) a news archive's record labels and its indexer's summary ("ABSTRACT." near the top, the summary, then "FULL TEXT." before the article: prose.txt [archive_abstract_labels], [archive_body_labels], prose rule "archive abstract") are not the author's prose: the summary repeats the lead with no source; a paper's "Abstract" with no body label after it stays prose. 25: (web49) a line of a page's layout copied as Markdown (an empty image mark "![]()", or a table's lone bar at its end: "New publications: |", "![]() 2023-2025, X is a part of Y |"; words beside them no sentence) is not prose (prose "copied layout"): its words, claims and sentences are not the author's. 24: (loaded48) a line of a build or configuration file that opens with its instruction in capitals and goes on with an argument not in capitals (\u201cFROM python:3.12-slim\u201d, \u201cRUN pip install -r requirements.txt\u201d, \u201cCMD [\"python\"]\u201d, \u201cLABEL maintainer=ops\u201d, \u201cENV PATH=/usr/bin\u201d: prose.txt [code_directive_words], prose._directive_line) is code, not prose, as a shell prompt's line is: its quoted strings are no scare quotes, its words no sentences of the author's; \u201cFROM THE ARCHIVE\u201d and \u201cUSER Guide\u201d stay prose (no sentence scored). 14: (polnear45) a poll printed as its question over its results with no prompt (a question alone on its line, then two or more lines of an answer of at most four words and its share in per cent: "Should the council keep the library open?", "Yes    61%.", "No    30%.": promo_boxes._result_spans) is a poll box, not prose: its question is no rhetorical question of the writer's, its lines no claims or sentences of the text's. 13: (polnear43) a social page's follow box dropped into a story ("Do you support the mayor? Like the page:", "Like us on Facebook", "Follow us on Twitter" opening a sentence of a short line: prose.txt [box_newsletter_prompts]) is the site's box, not prose, as a poll or newsletter box is: its sentence is not read. 12: (web39b) a line that opens with a csh or zsh prompt before a command in lower case ("% virtualenv -p python3 env", "% pip install requests": prose._CODE_LINE_RE) is code, not prose, as a "$" prompt was: its words are no sentences of the author's; a table's "% of adults" line and a sentence ending in a full stop stay prose. 11: (pasted30) a PDF's page numbers, running headers and footers (pdf_pages) are furniture, not read. So is a word processor's comments block (draft_notes). So are a chat export's message prefixes ("[12/03/2026, 09:14] Dave Hollins:"). 10: (transcripts28) an X/Twitter-style thread saved as text (each post under a header of the poster's handle and the post's date or age, "@ferrywatch_kt \u00b7 Apr 9", "Harbour Watch @harbourwatch \u00b7 Jun 2", "Gav @gav_on_tracks \u00b7 45m": forum_posts._POSTER_LINE_RE) is a thread: the header lines, "Replying to @NAME" and the counts under a post ("4 replies  12 reposts  31 likes") are furniture, the first poster is the author, the others' posts their words; a debate's or a meeting's record in speaker-labelled turns is a transcript also when short (two or three turns of two speakers or more) where two labels carry brackets ("Ms Jane Holt (Eastmoor) (Lab):", "Cllr Ann Frost (Chair):", "The Minister for Rail (Mr Neil Carver):") or three or more are full names in capitals ("JANE HOLT:"): interview._record_labels; a label may carry two brackets, and an office with its holder in brackets may join its words with "of", "for", "the"; the speakers' "I" and questions are theirs. 9: (threads27) a forum thread whose posts are headed by their poster's name alone on a line ("garden_gus wrote:", a bare "u/garden_gus", "Posted by garden_gus": forum_posts._name_lines) is a thread: the lines are furniture, the first poster is the author where only the thread's head (subject, community, breadcrumb) comes before, and the other members' posts are their words. 8: (forum26) a comment thread copied from a social site (a post, then replies, each under its commenter's name line and over the site's buttons, "Reply \u00b7 Like \u00b7 3 \u00b7 2h": forum_posts._social_thread) is a thread: the replies are the commenters' words, the name lines furniture; each comment under a Q&A page's post ("... \u2013 NAME DATE": forum_posts._qa_comments) is its signer's, also under the last answer (the asker's own are the author's) (the name lines are not read). 7: (forum25) a question-and-answer page copied as text (its posts signed "asked DATE NAME 1,231 rep", "answered DATE NAME 18.4k rep": forum_posts._qa_signatures) is a thread: the signature lines are furniture, the asker is the author, each answer by another name is that member's words. 6: (loaded33) a sentence that opens with a sarcastic frame ("Funny how the same crooks always win.", "Nice job, geniuses.", "Great, another tax rise.", "Thanks for nothing.": xlplugin.sarcasm, data/sarcasm.txt) is read as its opposite, its positive compound turned negative (its intensity, the index's part, unchanged); not "It's funny how things work out", "Nice job on the library, volunteers", "Great, thanks for the quick reply!". 5: (ptc17) an embedded post pasted with single line breaks is no more than one post long (blockquotes._post_start): the author's lines above it in the same paragraph are read again. 4: (kinds19) a press release's closing block ("###", "About <issuer>", "Media contact:" to the end of the text: xlplugin.form_lines.closing_block, the not-prose rule "issuer block") is the issuer's boilerplate, not read. 3: (inputs16) text that is not the author's prose is not read: a post embedded from a social network (a tweet or an Instagram post above its credit line, xlplugin.blockquotes.embedded_posts: someone else's words, as a quotation is) and the sentences loaded language and claims pass over (code, navigation, time stamps, furniture lines: Analysis.non_prose_sentences) nor a "sentence" of numbers only (a numbered list's "1.": prose_counts.number_sentences). 2: (voice15) a sentence in another language, too short for the text to leave it out (xlplugin.mixed_language), is not read by VADER ("die" in German is no English "die")
UNIT = "mean compound, -1..+1"


def _why(sig: Score) -> str:
    intensity = sig.details.get("mean_intensity", 0)
    return ("calm tone" if sig.score >= 0.5 else "emotionally charged tone") + f" (intensity {intensity:.2f})"


INFO = SignalInfo(
    NAME,
    # (its words wrap in a narrow column: "-1 neg .." at a line's end read as a cut header)
    header="Sentiment (mean, -1 negative to +1 positive)",
    phrase=_why,
    reading=(
        "How positive or negative the sentences are on average (VADER, per sentence).",
        "-1 (negative) .. +1 (positive). Neither end is bad in itself; the index uses how "
        "strongly charged the sentences are, not which way.",
        "Praise, celebration, promotional text.",
        "Bad news, anger, attack. Calm reporting of bad news also reads negative.",
        "Sarcasm and irony; words like 'killed' or 'war' read negative even in neutral reports.",
    ),
    table=("sentiment", 2),
    excel=("XLP_SENTIMENT", "Sentiment: mean compound score of the sentences, -1 (negative) .. +1 (positive)."),
    number_format="+0.00;-0.00;0.00",
    outlets_header="Sentiment (-1 .. +1)",
    abbreviation="sent.",
    better_way="neither end is better",
)

# VADER's own recommended thresholds for a "strong" sentence are +-0.05 for any sentiment; we use
# +-0.5 for strongly charged, the point where VADER's compound puts about one in five sentences of
# the NYT editorial snippets (Hutto & Gilbert's ground-truth set).
STRONG = 0.5
# Normalisation of the mean absolute intensity: at or below CALM the score is 1, at or above
# CHARGED it is 0, linear between. Wire copy and reports sit near 0.2-0.3; opinion and
# propaganda-style blogs above 0.45. (Set from data in the validation work; see README.)
CALM = 0.25
CHARGED = 0.6
EVIDENCE_PER_SIDE = 3
# (version 6) what a sarcastic sentence's evidence adds to its compound
SARCASM_NOTE = " (sarcasm: its praise read as its opposite)"


def _other_language_sentences(doc: Document) -> set[int]:
    """(version 2, voice15) The sentences that read as another language, most of their words in it
    (`xlplugin.mixed_language`): too few to be left out of the text ("Der Stadtrat hat am Dienstag
    beschlossen, ...", one sentence in an English report), VADER would still read them with its
    English lexicon (German "die", the article, is a negative English word). Not read here."""
    if doc.language != "en":
        return set()
    spans = mixed_language.other_language_sentences(doc)
    if not spans:
        return set()  # (most texts: one quick look at the text's words)
    starts = [sentence.start for sentence in doc.sentences]
    found: set[int] = set()
    for start, _end, _lang, words in spans:
        k = bisect_right(starts, start) - 1
        if k >= 0 and 2 * words > doc.sentences[k].word_count:
            found.add(k)
    return found


def _not_the_authors(doc: Document) -> frozenset[int]:
    """(version 3, inputs16) The sentences that are not the author's prose: those every scorer
    passes over (`Analysis.non_prose_sentences`: code, navigation, time stamps, a byline or
    credit line), a "sentence" of numbers only (a numbered list's "1.", which VADER reads as a
    calm 0), and a post embedded from a social network, which the page shows but its
    account wrote (`blockquotes.embedded_posts`: "This is a disgrace!!! ..." above "— Gary
    Pike (@garypike_77) March 4, 2025"). VADER read them as the author's sentences."""
    skipped = doc.analysis.non_prose_sentences
    numbers = number_sentences(doc)  # a list's "1." (VADER's 0)
    if numbers:
        skipped = skipped.union(numbers)
    posts = blockquotes.embedded_posts(doc)
    if not posts:
        return skipped
    starts = doc.analysis.sentence_starts
    inside = {k for start, _credit, end in posts
              for k in range(bisect_left(starts, start), bisect_left(starts, end))}
    return skipped | inside


def score(doc: Document, settings: Settings) -> Score:
    sentences = [sentence for sentence in doc.sentences if sentence.word_count]
    foreign = _other_language_sentences(doc)
    others = _not_the_authors(doc)
    if foreign or others:
        kept = [sentence for sentence in sentences if sentence.index not in foreign and sentence.index not in others]
        if not kept and any(sentence.index in others for sentence in sentences):
            return Score(NAME, None, None, UNIT, note="not scored: no sentences of the author's own (only captions, "
                                                        "credits, navigation or posts by others)")
        sentences = kept
    block = prose.issuer_block_start(doc)  # (version 4, kinds19) a press release's closing boilerplate
    if block is not None:
        sentences = [sentence for sentence in sentences if sentence.start < block]
    if not sentences:
        return Score(NAME, None, None, UNIT, note="not scored: no sentences with words")
    values = vader.compounds([sentence.text for sentence in sentences])
    # (version 6, loaded33) sarcasm's praise means its opposite: "Funny how the same crooks always win." read +0.77
    ironic = {k for k, (c, sentence) in enumerate(zip(values, sentences)) if c > 0 and sarcasm.sarcastic(sentence.text)}
    for k in ironic:
        values[k] = -values[k]
    n = len(values)
    mean = sum(values) / n
    intensity = sum(map(abs, values)) / n
    negative = sum(1 for c in values if c <= -STRONG) / n
    positive = sum(1 for c in values if c >= STRONG) / n
    normalised = 1.0 - min(1.0, max(0.0, (intensity - CALM) / (CHARGED - CALM)))
    ranked = sorted(zip(values, sentences), key=itemgetter(0))
    ironic_sentences = {sentences[k].index for k in ironic}
    evidence = []
    for c, sentence in ranked[:EVIDENCE_PER_SIDE]:
        if c <= -STRONG:
            detail = f"compound {c:+.2f}" + (SARCASM_NOTE if sentence.index in ironic_sentences else "")
            evidence.append(Evidence(sentence.text, "strongly negative", sentence.start, sentence.end, detail))
    for c, sentence in reversed(ranked[-EVIDENCE_PER_SIDE:]):
        if c >= STRONG:
            evidence.append(Evidence(sentence.text, "strongly positive", sentence.start, sentence.end, f"compound {c:+.2f}"))
    return Score(
        NAME,
        round(mean, 4),
        round(normalised, 4),
        UNIT,
        note=f"{n} sentences; mean intensity {intensity:.2f}",
        evidence=tuple(evidence),
        details={
            "mean_intensity": round(intensity, 4),
            "share_strongly_negative": round(negative, 4),
            "share_strongly_positive": round(positive, 4),
            "sentences": n,
            "sarcastic_frames": len(ironic),
        },
    )

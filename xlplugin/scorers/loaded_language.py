"""Loaded language: emotive, derogatory and doubt-casting words the author uses in their own voice.

Measures: matches of the package's cue list (`xlplugin/data/loaded_language.txt`: emotive words,
derogatory labels, exaggeration and absolutes, doubt-casting words such as "so-called",
editorialising adverbs and phrases such as "obviously", "it should be noted", and loaded
attribution verbs such as "admitted", "claimed"), plus scare quotes (a word or two in quotation
marks with no speaker) and exclamation marks. Two context rules (version 3): a "weak" cue, a
word a calm report also uses to name a thing ("corruption", "conspiracy", "treason", "the worst",
"absolutely"), counts only when its sentence holds a cue that is not weak, i.e. when the sentence
is already evaluative; and a hyphenated compound counts when one of its parts is a cue ("jihad-treason") or
it ends in a contemptuous tail ("tradition-hating", "Trump-bashing", "power-crazed"). Words
inside an attributed quotation belong to the person quoted: they are reported as evidence of kind
"quoted <category>" and not counted against the author. Version 4 (`xlplugin.prose`): a cue that
is part of a name ("the Dallas Cowboys", "director David Lynch") or a title in single quotes or
italics ('Parasite') is not a loaded word, and nothing in text that is not prose (code, time
stamps, navigation labels, lists of other headlines, paragraphs repeated across the outlet's
documents in a batch) counts; both are counted in `details` (names_not_counted,
not_prose_not_counted) and give no evidence.
Native value: loaded terms by the author (outside quotations) per 1,000 words, 0 upwards; empty
(with the terms found still listed) under MIN_WORDS words, where one word is a rate of 40 or more.
Details: the count for each category, the quoted count, the word count, and the matches not
counted as names or titles and as text that is not prose.
Normalised score (since version 4): a mix (MIX, 2 : 1 : 1) of three parts, each 1 = none (more
reliable): the loaded-term rate (0 at or above LOADED_RATE, linear from NEUTRAL_RATE), the
author's first-person words per 1,000 (0 at FIRST_PERSON_ZERO) and the share of sentences that
are the author's own questions (0 at QUESTION_ZERO), both outside attributed quotations. A text
full of loaded terms in the third person with no questions therefore scores 0.5, not 0.
Version 82 (voice29): only up to VOICE_FADE_RATE (36 per 1,000 words): from there the voice's parts
keep a share of the mix that falls in a straight line to none at TERMS_FLOOR_RATE (72), where the
loaded terms alone take the score to 0 (a rant is not ranked by its questions or pronouns).
Version 25: for the score, the rates of a text under MIN_RATE_WORDS words are read over
MIN_RATE_WORDS words, the missing words counted as typical prose (a small-sample prior): one word
in a short text no longer swings it from top to bottom; longer texts score as before.
Details also carry first_person_per_1000_words and question_share; evidence kinds "first
person" and "rhetorical question". Version 10: in a text that opens by announcing its own news
("... is now available", "we are pleased to announce") the first-person plural is the
organisation's voice and is not counted; an exclamation mark in the text's first sentence, when
that sentence is the title given with the text, is the headline's and is not counted.
Version 93 (lift32): a headline given with a text that does not repeat it (a title column, a web
page's title) is the writer's frame and is read: its emotive, derogatory, exaggerating and
editorialising terms and exclamation marks count as the author's, one each, as in the body
(HEADLINE_CATEGORIES); its verbs of saying, "reportedly", quotations, questions and pronouns are
the news page's headline style and count nothing (`_headline_terms`). Weighing a headline's term
more than a body term was measured and not kept: SemEval tune index 0.7573 at one term, 0.7582 at
two, 0.7569 at three (a pair or two of articles; with no headline rules, 0.7528 at one, 0.7498 at
two, 0.7440 at three).
Version 11: a paragraph that quotes someone without quotation marks (a block quotation whose
marks a web page lost: the paragraph after "He later added:", an embedded post before its
"— Name (@handle) date" credit line; `xlplugin.blockquotes`) counts as a quotation: its loaded
words, first-person words and questions are the quoted person's. Reported speech without quotation marks
("the mayor said the plan was a scam") stays the author's: indirect speech is the author's
paraphrase, word choice included (counting it as the source's was tried: the PTC tune articles'
figure fell from 0.34 to 0.30, SemEval's tune AUC rose by 0.005 only).
Version 12 (`xlplugin.prose.reader_prompt`): a question asked of the reader, not of the
subject (an engagement prompt, "What do you think?"; an advert's or a call to action's "Want to
...?", "Interested in ...?" opening its line at the end of the text or alone on it) is not one
of the author's questions; counted in details as reader_prompts_not_counted.
Version 14: a transcript (a text made mostly of speaker-labelled turns of several speakers,
`xlplugin.interview.transcript`) is its speakers' words: their loaded words count as quoted,
their first person and questions are theirs. Phrases of the cue list's [not loaded] sections, in
which a listed word has another sense ("gross domestic product", "malicious code", "image
manipulation", "claimed by Japan", "Nationalist forces" capitalised), count nothing. An "I"
stuck to the last word of a line ("... China.I") is a footnote mark, not the author's first
person. (Tried and left out, as each lowered the tune figures: counting a cue inside a scare
quote once, either as the word or as the scare quote, lowered the PTC tune articles' Spearman
from 0.338 to 0.334-0.335; not counting again a sentence that repeats an earlier one, a headline
repeated under a photo, lowered it by 0.001 to 0.003 and SemEval's tune AUC by up to 0.002.)
Version 15: "mine" the noun ("the gold mine") and "I" the numeral ("World War I") are not first
person (`xlplugin.pronouns`); an interview's answers are the interviewee's words, counted as quoted
(the last answer ends with its paragraph); a short quotation that names a term (after "known as",
"the term", "so-called", or a gloss in parentheses) is no scare quote, and a title in double
quotes next to a word for a work ("the thriller “Parasite”") is a name; a cue word in another
sense counts nothing (`xlplugin.loaded_senses.other_sense`, counted in details as
other_senses_not_counted: "insurance claims rose", "claimed three lives", "to insist" as to
require, "the flood barrier", "so-called" before a place's name, a name opening a sentence);
the cue list adds promotional exaggeration ("award-winning", "world-class").
Version 18: the author's address to the reader ("you", "your", "yourself" and contractions,
outside quotations, quoted blocks, an interview's questions and answers and text that is not
prose; not "thank you", not a reader prompt) per 1,000 words is counted (details:
second_person_per_1000_words; evidence kind "reader address"). On SemEval's tune half it alone
separates hyperpartisan from plain articles (ROC AUC 0.64), but mixed into the score it lowered the
PTC tune articles' Spearman and ranked PolNeAR's tune outlets the wrong way, so its MIX weight is 0:
it is shown, not scored.
Version 21 (`xlplugin.voice`, `xlplugin.loaded_senses`): a newsroom telling how it checked ("We
contacted the owner", "We have checked", "We measured") and greeting its readers ("Welcome to our
live coverage") is not argued first person; a reader's question standing alone as a heading ("How
do I apply?") is neither the author's "I" nor a rhetorical question; "claim" the noun of a debunk
("the false claim", "CLAIM:"), a thing claiming ("photos claiming to show"), a cue in its literal
sense ("lets the plot unfold", "red meat" in a diet) and a capitalised emotive word named by its
kind ("the Fury spell") count nothing.
Version 25 (`xlplugin.voice`, voice9): a question to the reader right before a call to reply
("Which was your favourite? Tell us in the comments") and a forum poster's request for
information ("Is that a bad idea?") are no rhetorical questions; the "us" of a call to reply
("Let us know below"), a forum poster's own "I", "me", "my", and "we"/"our" naming an
institution's own acts (a correction's "We apologise", a study's "We randomly assigned", "Our
reporter") are no argued first person. "We must", "our country", "Why ...?" in a forum still count.
Version 28 (`xlplugin.argued_voice`, voice10): a plain question that the next sentence answers, an
explainer's ("Is knife crime rising? Police recorded ..., the statistics office said", "So which
is it? Probably neither.") is exposition, not a rhetorical question; a question left for the
reader, a leading one ("Isn't it time ...?", "Why is nobody asking ...?") or one holding a loaded
term still counts. Insinuation ("questions remain", "it is worth asking who stands to gain",
"make of that what you will": data/argued_voice.txt) counts as a doubt term.
Version 33 (`xlplugin.loaded_senses`, loaded27): a noun of an amount ("the total claim at £3.2
million", "claim number ..."), a cue denied by the words before it ("good rather than
spectacular", "is not oppressive"; [denial_words]) and a weak cue that is the story's topic word
confirmed by nothing but "!" ("let our homes flood!") count nothing; an argued voice in a text
whose loaded terms are at or under NEUTRAL_RATE costs PLAIN_VOICE_COST (a quarter) of its points:
a sober signed column argues in the first person without a loaded word.
Version 36 (loaded28): the argued voice's cost is a ramp, not a step: a quarter where the loaded
terms cost nothing (at or under NEUTRAL_RATE), rising in a straight line with the terms' own cost
to all of it at LOADED_RATE, so one loaded word more moves the score a little, never by a third.
A cue denied as a predicate counts nothing with words between "be" and the denial or no "be" at
all ("they are certainly not racists", "they're no thugs", "described as not extremists",
"calling them not racists but patriots", "neither racists nor bigots"). A label adjective right
before a noun of people or a group counts as derogatory ("corrupt drug cartels", "lying
politicians"; not "corrupt files", "lying in the road").
Version 37 (voice15): in a corrections notice or a live blog (`xlplugin.outlet_voice`) "we", "us",
"our" are the outlet's; a name in a Title Case dateline that the prose writes as a name, an
official grade in quotes ("rated “requires improvement”"), a compound naming a field ("disaster
relief"), a superlative after "be" ("needs are greatest"), a cue after a denied linking verb ("does
not seem reckless") and "all the time" count nothing.
Version 53 (praise19): praise of a leader, a state or its policy is as loaded as contempt (a
glorifying adjective of [praise_words] before a noun of [praised_nouns]: "the wise Mayor", "her
tireless leadership"; not "a tireless volunteer"); "claim" flagged by the writer as unchecked
("could not be independently verified") counts nothing; a live entry's call of play ("74 min:
GOAL!") is no exclamation.
Evidence: every match, with its category (a weak cue that did not count gives no evidence).
Agreement with human labels (scripts/evaluation/loaded.py, held-back "report" halves; version 3
was tuned on the "tune" halves only, see the cue list's header): PTC Loaded_Language +
Name_Calling sentence F1 0.495 (version 2: 0.478; VADER-valence baseline 0.344); BABE biased
sentence F1 0.653 (version 2: 0.657), biased-word precision 0.53 / recall 0.34 (version 2: 0.51 /
0.30).
Blind spots: apart from the weak-cue rule a word list knows no context: "a brutal winter" and "a
devastating fire" in a calm report count like an editorial's "brutal regime", and a weak cue
("corruption") in a calm sentence is missed even when the author means it as a smear; sarcasm,
metaphor outside the list, and loaded framing without loaded words (selection, order, omission)
are invisible; a quotation without quotation marks counts against the author; English only.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Callable, Iterator, NamedTuple

from itertools import compress

from .. import argued_voice, blockquotes, conspiracy_tells, desk_voice, event_senses, forum_posts, insinuation_formulas, prose, sales_pressure, senses, unplaced_experts, vague_insinuation
from ..lexicon import WordTable, load_sections, memo_map
from ..kinds import organisation_publishes
from ..outlet_voice import entry_shout, live_entries, outlet_speaks
from ..interview import dialogue, find as find_interview, transcript as find_transcript
from ..links import may_hold_link
from ..names import exclamation_in_name
from ..settings import Settings
from ..text import Document
from ..types import Evidence, Score, SignalInfo
from ..pronouns import not_pronoun
from ..voice import first_person_subject, not_argued, reader_sentences
from ..prose_counts import not_prose_test, prose_sentence_count, prose_word_count
from ..phrases import words as section_words
from ..cues import conceded_verb
from ..headline_speakers import speaker_colon_end, warm_up as headline_speakers_warm_up
from ..title_lines import headline_end
from ..loaded_senses import asserted, naming_quote, other_sense, thing_claimed, title_quote, topic_word
from ..quote_speakers import characterisation, document_subject, unspoken_quotation
from ..reported_speech import reported

__all__ = ["NAME", "VERSION", "UNIT", "CATEGORIES", "score", "warm_up"]

NAME = "loaded_language"
VERSION = "175"  # 175: (claims55) attribution classes as unsourced_claims 145 ("Residents from Leeds said" is a vague source, as "Leeds residents said"; "Smith's letter says" names Smith). 170: (claims54) a verb of saying in a clause that concedes a statement and sets it aside ("No matter what the minister says, this \u201creform\u201d is a scam", "The \u201creform\u201d gutted the service, whatever the minister says": cues.conceded_verb, attribution.txt [concession_words], [concession_what_words]) makes no short quotation the speaker's word: the writer's scare quote stays the writer's, as its plain loaded words do since 161 ("The minister says this \u201creform\u201d will save money" stays the minister's). A word or two in single marks after an article is a speaker's word only where a verb of saying or a speaker word stands in the clause next to it in the sentence before or after (_speaker_beside reads the last clause of the one before, the first of the one after, as _attached reads its own sentence): "Residents said the hall was cold, but the council did nothing. It held a \u2018consultation\u2019" is the writer's scare quote; attribution classes as unsourced_claims 140. 161: (lead, session 41) a verb of saying in a clause that concedes a statement and sets it aside ("..., whatever the leaflets claim", "no matter what the minister says", "regardless of what officials say": attribution.txt [concession_words], [concession_what_words], cues.concedes_statement) names no source for its sentence: its loaded words stay the writer's. 160: (sources53) a phrase of stating ("made it clear", "pointed out", "spelled out": [stating_phrase_words], _stated) makes a short quotation the subject's words only where it attaches to it, as a verb of saying does since 150 (within twelve words, no clause break: _attached): "She made it clear she would stay, but the \u201creform\u201d gutted the service" is the writer's scare quote, "She made it clear the plan was \u201ca disaster\u201d" stays the speaker's; attribution classes as unsourced_claims 129. 150: (quote52) a verb of saying makes a short quotation the speaker's word only where it attaches to it, not anywhere in its sentence: before it or after it with at most twelve words between and no clause break (a semicolon, a dash, a bracket, or a comma before a word that opens a new clause: loaded_language.txt [clause_break_words], _speech_attached), or a colon right before it ("He called it \u201ca disaster\u201d", "The minister said on Tuesday that the \u201creform\u201d would ...", "The \u201creform\u201d will save money, the minister said" stay the speaker's); "Critics said the plan was fine, but the minister's \u201creform\u201d gutted the service" is the writer's scare quote. 140: (loaded50) plain prose read as loaded, as classes: a hedge right before an adjective of a look ("a seemingly barren plain", "an apparently empty car park": loaded_language.txt [hedged_description_words]) casts no doubt; a field's term for an event, a word of the field right before the cue ("the economic collapse", "a nuclear meltdown": [field_event_words]) is no emotive word; a short quotation spelled out or defined after it ("\u201cfracking\u201d, short for", "\u201ctriage\u201d stands for", "A \u201cblockchain\u201d is a": [term_gloss_phrases], [defined_term_phrases], loaded_senses.naming_quote) is a term named, no scare quote; "seemingly innocent", "the moral collapse", "Their \u201creform\u201d is a sham" keep their cue; an economy failing ("a complete collapse of the economy": [literal_senses]) is plain. Cues added as classes from general English usage (kept where PTC sentence F1 rose on the tune half and on the held-back half): words of outrage and disgust lent to people ("appalled", "outraged", "disgusted", "incensed"), contempt ("noxious", "unsavory", "nastiness", "outlandish"; "noxious fumes", "noxious weeds" plain by [object_senses]) and contempt in words ("ridiculed", "vilification", "lambasted", "derided", "bashing"), idioms of polemic ("a reign of terror", "a breeding ground for", "under his thumb", "kick the can down the road", "bent over backwards", "caught red-handed"; "a splinter under his thumb" plain by [literal_senses]) and labels beside listed ones ("jihadists", "naysayers", "bigwigs", "left-wingers", "right-wingers", "unbelievers"). 139: (polnear50) a news archive's record labels and its indexer's summary ("ABSTRACT." near the top, the summary, then "FULL TEXT." before the article: prose.txt [archive_abstract_labels], [archive_body_labels], prose rule "archive abstract") are not the author's prose: the summary repeats the lead with no source; a paper's "Abstract" with no body label after it stays prose. 138: (loaded49) plain nouns of their field read as the writer's loaded terms, as classes: "claim"/"claims" as the object of a verb that takes the noun, right before it or across words of [claim_adjective_words] ("making similar claims elsewhere", "denied claims that", "filed claims": loaded_language.txt [claim_taking_verbs], loaded_senses._claim_noun; "the press claims", "denied claiming" stay the verb), and "enemy" of a military report heading the other side's forces, weapons or ground ("an enemy landing", "under enemy fire", "enemy aircraft": [object_senses]; "an enemy of freedom", "the enemy is at the gates" keep their cue). 137: (web49) a line of a page's layout copied as Markdown (an empty image mark "![]()", or a table's lone bar at its end: "New publications: |", "![]() 2023-2025, X is a part of Y |"; words beside them no sentence) is not prose (prose "copied layout"): its words, claims and sentences are not the author's. 130: (kinds48) a checklist of questions put to the reader (a line addressing the reader and ending in a colon, "Ask yourself:", "Frage dich Folgendes:", over two or more list items that are only questions: voice.reader_question_list, [reader_list_lead_words]) is reader headings (voice.reader_headings, reader_sentences): its "I" is the reader's and its questions none of the author's; "I keep asking myself:" over such a list stays the author's. 129: (loaded48) a short quotation in a sentence with a phrase of stating (\u201cmade it clear\u201d, \u201cmade plain\u201d, \u201cspelled out\u201d, \u201cpointed out\u201d, \u201cset out\u201d: [stating_phrase_words], _stated) or a one-word verb of stating (\u201cunderlined\u201d, \u201casserted\u201d, \u201cclarified\u201d, \u201creaffirmed\u201d: [speech_verb_words]) is the subject's words, not the writer's scare quote; a short quotation in a sentence that points back (\u201cIt found\u201d, \u201cIts\u201d, \u201cThe review's\u201d) to a law or a document ([quoting_document_words]) named in the sentence before it in its paragraph, or right after a sentence that opens with a document as its subject (\u201cThe report explores data showing ... A further 69,000 staff were on \u201catypical contracts\u201d\u201d: quote_speakers.document_subject; a web page's report on casual contracts), (\u201cThe inspectors' report was released on Tuesday. It found \u201cshocking neglect\u201d\u201d: _document_before) is the document's wording, counted as quoted; \u201cThe minister defended the plan. Its \u201csuccess\u201d\u201d and a quotation in the next paragraph stay the writer's; a line of a build or configuration file that opens with its instruction in capitals and goes on with an argument not in capitals (\u201cFROM python:3.12-slim\u201d, \u201cRUN pip install -r requirements.txt\u201d, \u201cCMD [\"python\"]\u201d, \u201cLABEL maintainer=ops\u201d, \u201cENV PATH=/usr/bin\u201d: prose.txt [code_directive_words], prose._directive_line) is code, not prose, as a shell prompt's line is: its quoted strings are no scare quotes, its words no sentences of the author's; \u201cFROM THE ARCHIVE\u201d and \u201cUSER Guide\u201d stay prose. 127: (loaded47) a page whose body is letters, two or more, each signed by a name and a place, the last ending the text, is a letters page under any heading (reader_letters.signed_page_letters): its letters are their readers' words; a long quotation in a sentence whose subject names a law or a document ("The law forbids \u201ccruel, degrading or inhuman treatment\u201d", "Under the new act, schools must end \u201c...\u201d": [quoting_document_words], quote_speakers._document_source; not "The report is \u201c...\u201d", "The protesters broke the law with \u201c...\u201d") is the document's wording, counted as quoted; a games or gadget hack ("the speedrun hack", "a keyboard hack": [literal_senses]), "life hacks" and "mad respect" ([not loaded]) a literal fake ("fake eye contact", "fake fur": [object_senses]) and "hack"/"hacks" as a verb after "to", a modal or a subject pronoun, or after a name with its object ("wanted to hack on", "Hadvar hacks the wolf down": [verb_sense_words], loaded_senses._verb_use) count nothing. 126: (sources46) attribution classes as provenance 118 ("insists on" and an object reports nothing; a capital written for its government is a place; an opening -ly adverb is no name). 125: (loaded46) a letters page named by its given headline ("Letters: Coddling criminals | Tax dollars") prints its letters under their own headlines with no heading line, each signed by a name with the town under it, and a letter may be signed after a dash ("\u2014 Jane Doe, Westvale": reader_letters.page_letters, _titled_letters_page): each letter is its reader's words, their "I", "?" and loaded words none of the writer's, and the headline's term counts once, in the given headline; "!" between two lower-case letters of one word ("Su!olk", "o!ce", "e!ective": a lost "ff"/"fi" ligature, _lost_ligature) is no exclamation; "hack"/"hacks" with the thing cut or the blade in its sentence ("hacks at the branches", "with a machete": [literal_senses]) is a verb of cutting; a short quotation in a sentence that sanctions, designates or cites ("sanctions for \u201cworldwide malign activity\u201d", "cited \u201cthe appalling neglect\u201d": [speech_verb_words]) is the official act's wording, not the writer's scare quote. 124: (sources45) attribution classes as provenance 116: an auxiliary opening a participle clause is no name ("Having described the plan, ...", "Being told of the delay": attribution.txt [not_name_words]). 123: (polnear45) a poll printed as its question over its results with no prompt (a question alone on its line, then two or more lines of an answer of at most four words and its share in per cent: "Should the council keep the library open?", "Yes    61%.", "No    30%.": promo_boxes._result_spans) is a poll box, not prose: its question is no rhetorical question of the writer's, its lines no claims or sentences of the text's. 122: (loaded45) in a report about the topic (a word of studied_content.txt [study_words] in its sentence or the one before, or the noun named as the topic elsewhere in the text) a loaded noun of [topic_noun_phrases] counts nothing as the object of an ordinary verb of holding or passing on content whose subject is a thing that carries content ([topic_carrying_verbs], [topic_carrier_words]: "the post might contain fake information", "sites that spread propaganda are flagged") or as the first part of an instrument's name ([topic_instrument_words]: "used radio as a propaganda tool", "propaganda techniques"); an actor spreading it ("the regime is spreading propaganda"), "is a propaganda tool", "the minister's propaganda tool" and the same words in a text that reports on no such topic keep their cost. Misreadings of a precision hunt on the web pages and seeds, as classes: a technical or literal sense read from its field's words in the sentence ([literal_senses]: security writing's "malicious" with malware or ransomware, medicine's "aggressive" with a tumour or a cancer, pests that "infested", animals' "predators", fires "raging", a chart's "plots", a programmer's "hack"/"hacks" with code, Python or a workaround; "malicious lies", "an aggressive bully", "online predators", "a raging row", "a party hack" keep their cue), software complaining ([machine_words]: "the compiler will complain", "the linter complains"), a state's claim of land ([object_senses]: "claiming territory"), a quotation that names a word or a control (loaded_senses.naming_quote: "a definition of \u201cintact wetlands\u201d", "\u201crewilding\u201d brings to mind", "\u201cwoke\u201d refers to", 'vote \u201capprove\u201d or \u201cdisapprove\u201d', 'click \u201csend\u201d'), a short quotation after "lauded", "praised", "hailed" or "commended" ([speech_verb_words]: "praised him as \u201ca role model\u201d") and a quotation next to "reiterates" ([speaker_words]) are the speaker's words, and "!" as a Markdown link's text or image mark left in plain text ("[!](...)", "![map](map.png)": _link_markup) is markup. 121: (lead, session 34) "answered calls" is an act, as "answered every question" is: a role before it ("the coastguard answered calls for help") is no source by role (attribution.txt [question_object_words]). 120: (topics43) a loaded noun that names a phenomenon ("propaganda", "xenophobia", "hatred", "bigotry", "fake news", "fake information": studied_content.txt [topic_noun_phrases]) named as the story's topic counts nothing (studied_content.named_topic): the object of study, measurement or law, a phrase of [topic_frame_phrases] before it with up to three modifiers between ("a study of online propaganda", "the spread of fake information", "laws against hate speech and xenophobia", "reports of xenophobia", "tackling hatred", "experts on wartime propaganda"), the first part of a compound naming a field or a law ([topic_compound_words]: "propaganda research", "a fake news law"), or opening a sentence that reports a study's finding ([topic_finding_words]) after "rising" or an article at most ("Rising xenophobia, researchers found", "Fake news travels faster, a study found"; not "Propaganda is all this report is"); a possessive, a demonstrative or a preposition between ("the spread of his propaganda", "a study of this propaganda", "campaigned against the mayor with propaganda"), "his claims are propaganda", "spreading propaganda", "a propaganda campaign", "lies" and "this xenophobic law" keep their cost. 119: (claims43) the sentence after an appeal to unnamed authority may now be sourced by an office in the plural or a side of a court case ("wardens said", "the prosecution said": attribution.txt [role_words]), which cancels the appeal term as any source after it does. 118: (polnear43) a social page's follow box dropped into a story ("Do you support the mayor? Like the page:", "Like us on Facebook", "Follow us on Twitter" opening a sentence of a short line: prose.txt [box_newsletter_prompts]) is the site's box, as a poll or newsletter box is: its question is no rhetorical question of the writer's, its "you" no reader address; "Like the page" without its colon ("Like the page before it, ...") is prose. 117: (companies41) a capitalised cue opening a run of capitalised words that the text itself says is a body's name is that name, no loaded term (names rule "named as a body by the text", names.body_signs): a word for a trade before it ("toy maker Epic Workshop": prose.txt [company_kind_words]), "shares in" before it, ", which" after it, its possessive before a thing only a body has ("Epic Workshop's chief executive": [company_possessed_words]), "said it would" and a body's own act ("Brutal Bakehouse said it would open": [company_act_verbs]); "the Corrupt Media, which", a cue alone before ", which", a headline in Title Case and "an epic failure" still count. 116: (advice41) a reader's letter signed after a dash and answered without a salutation ("Dear Jane, ... \u2014 Frustrated, Leeds"), a reader's question labelled "Q:" in the reader's own "I" and a page of readers' questions (reader_letters.letters, reader_questions) are the reader's words: their "I", "?" and loaded words are not the writer's; a Q&A whose every question is a reader's is no interview, its answers the columnist's. 115: (scarequotes41) a word or two in lower case in single quotation marks, straight or typographic, right after an article or a determiner of quantity ("a \u2018journalist\u2019", "another 'fact-check'", "no \u2018crisis\u2019", "such 'thugs'": _single_scare_quotes, _SINGLE_WIDE_DETERMINERS) is the writer's scare quote, as in double marks, its loaded word the author's ("a 'traitor'" counted as quoted since versions 112 and 114), where no verb of saying or speaker word stands in its sentence or in the sentence before or after it in its paragraph ("The offer was a \u2018betrayal\u2019. Union leaders said ..." stays quoted) and not on the text's headline line. Titles, terms named ("known as 'quantitative easing'") and apostrophes stay out; after any word at all ("was 'peaceful'") was measured and left out (PTC held-back index 0.3619 to 0.3608). 114: (claims40) a quotation in straight single marks (text 43) is someone's words, as one in typographic single marks; it is the writer's scare quote only by irony34's rule for single marks (_single_scare_quotes: "our 'leaders'"), as the typographic ones are (_split_quotes). 113: (claims40) a headline's speaker before a colon says the words after it where they make a statement (a finite verb: "Minister: striking doctors are reckless", "Sam Reid: walkout is reckless"): a role, a trade or a body ("Minister", "Health secretary", "Junior doctors' union") or a full name before the colon in a headline in sentence case (in Title Case capitals tell no name: "Trump To Jeff Sessions: Put An End ..." stays the writer's; xlplugin/headline_speakers.py), in a given headline and in the text's own headline line (counted as quoted, _headline_speakers_words); lift32 read it so only with a first person after the colon. A label of the writer's ("Analysis:", "Exclusive:", "Revealed:", "Fact check:": loaded_language.txt [headline_label_words]), a one-word cue ("STUNNING:"), a section's name in one word ("Health:"), a label in capitals, an address ("Warn Your Neighbours:") and a topic with no verb ("Board chair: the greedy choice") stay the writer's. 112: (fresh40) a quotation in typographic single marks (text 42) is someone's words, counted as quoted, as one in double marks; it is the writer's scare quote only by irony34's rule for single marks (_single_scare_quotes: a word or two in lower case after a determiner or a possessive pronoun, "our ‘leaders’"), not by the double marks' rule (a name after a noun's possessive, "the mayor’s ‘pivot’", stays no scare quote). 111: (web40) a capitalised cue opening a company's name is that name (names rule "named with its company word", generalised): the name may end in several company words ("Brutal Studios Ltd", "Fury Capital Partners", "Savage LLC"), prose.txt [organisation_name_words] adds investment firms, groups, agencies and legal forms ("Fury Capital", "Savage Group"), and a word a label for the press ends in ([organisation_label_words]: "Media", "Press") ends a name right after a cue inside its sentence after no determiner ("signed with Savage Media", "Northern Savage Media"); "the Savage Media", "this Lying Press", "Savage Media ..." opening a sentence and "Crooked Hillary" still count. 110: (fresh40) "admitted" with a charge, a count or an offence as its object ("Marsh admitted 12 counts of fraud", "admitted the offence", "admitted causing death by dangerous driving": [object_senses]) is a plea in court, no loaded verb of attribution; "admitted that ..." keeps its cue. 109: (fresh40) what a post, a video or a message is said to claim (a verb of claiming or alleging whose subject is a thing of [claiming_thing_words] right before it, across adverbs or after a participle phrase, as plain_names.thing_claims_after_participle reads one, a time phrase such as "this week" inside it now: "Posts shared widely on social media this week claim that ... a sinister plot", "The posts also falsely claim ...": loaded_senses.thing_subject, thing_claimed) is the thing's words, counted as quoted, and its verb of claiming counts nothing; "Claims" first after a label's colon ("Fact check: Claims that ... are false") is the noun. A fact-check refuting such posts scored 44 for the posts' words. 108: (web39b) a line that opens with a csh or zsh prompt before a command in lower case ("% virtualenv -p python3 env", "% pip install requests": prose._CODE_LINE_RE) is code, not prose, as a "$" prompt was: its words are no sentences of the author's; a table's "% of adults" line and a sentence ending in a full stop stay prose. 107: (web39b) a capitalised cue in a sentence not in Title Case (its first word too) right before a word for a company, a label or a studio, alone or ending a run of up to three capitalised words (prose.txt [organisation_name_words]: "the whole Epic Games thing", "signed to Savage Records", "Epic Games' lawyers"), is the first word of that name (names rule "named with its company word"), no loaded term; "Crooked Hillary", "the Corrupt Media" and "the Lying Press" still count. 106: (talk35) a broadcast's transcript labelled by its speakers' names in capitals ("HANNITY:", "CARTER:", "(CROSSTALK)": interview._broadcast) is its speakers' words from its first label on: their loaded words, "!" and "I" are theirs, not the writer's. 105: (link35) the writer's call to act on a link or a button with urgency or scarcity in its sentence or the next of its paragraph is sales pressure, one exaggeration term of "urgency to buy or act" (sales_pressure._link_call, [link_words], [link_call_verbs], [link_reader_subjects], [link_not_selling_verbs], [scarcity_phrases]): an imperative opening its clause ("Click the link below before midnight", "Tap the button above while stocks last", "Order through the link below. Stock is limited.", "Click here now") or the reader with a modal ("readers of this site can get 50 percent off ... using the link below. The offer ends at midnight"); share-bait's deadline "before they take it down" joins [before_phrases]; a news report's "Details are at the link below", "The full report is linked below", a call with no hurry, a charity's "You can donate through the link below", a council's "Apply before 31 March using the form below" and a quoted seller count nothing. 104: (hunt33) "Polls show" in the plural and a review ("A 2023 review concluded") are no appeal to unnamed authority again: the plural is a report's summary of public polling, a review a document (version 99 had counted them). 103: (hunt33) a chat pasted from the phone with its dates without the year ("[12/03, 09:14] Name: ...") or its time first ("[09:14, 12/03/2026] Name: ...") is a chat, as "[12/03/2026, 09:14]" was (forum_posts.chat_lines); a message forwarded in a chat ("Forwarded", "Forwarded many times", "Forwarded as received": forum_posts.forwarded_posts) is no member's words; its "!" are a chain message's shouts, not a thread's friendly tone. 102: (hunt33) an appeal to unnamed authority covers every kind of research (calm31): a trial, an experiment, a review or a poll cited for what it found with no maker named anywhere in the text ("A new trial of 250 swimmers found", "A poll of 2,000 adults found") is one editorial term, as "A 2024 study of more than 3,000 adults found" was (loaded_language.txt [unnamed_study_words]; attribution.txt reads trials, experiments and reviews as unnamed documents). 101: (lead, session 27) the Why and the signal's note quote a loaded term found in the headline given with a text (a title cell, a page's title) by its words; they quoted "" (cells33 saw "(30 per 1,000: \"\")"); no score moves. 100: (irony34) sarcasm no word list sees, each one insinuation (a doubt term: insinuation_formulas._sarcasm, [sarcastic_fragments], [fragment_praise], [fragment_vocatives], [gloss_labels]): a sarcastic verdict as a whole sentence of its own ("Bold strategy.", "What could possibly go wrong?", "Surprising, I know.", "Who could have guessed.", "How convenient.", "But never mind."), praise handed to those mocked ending in a full stop ("Great job, everyone.", "Well done, minister.", "Good news, everyone."), and a gloss turning the words of the sentence before (a quotation or a report of what someone says, on the same line) into a jab ("Translation: we will raise your taxes.", "Read: ...", "Spoiler: ...", "In other words, we ..." after a quotation); "Bold choice, and it works.", "What a goal.", a quoted speaker's "Bold strategy," sincere "Well done, everyone!", a teacher's "In other words, divide by two." and a translation of words in another language count nothing; a word or two in lower case in single quotation marks right after a determiner or a possessive pronoun ("our 'leaders'", "the \u2018experts\u2019", "their 'reforms'": _single_scare_quotes) is a scare quote as in double marks, not in a sentence with a verb of saying, inside a quotation, naming a term, after a noun's possessive ("Obama\u2019s \u2018pivot\u2019", mostly a name) or quoted twice or more in the text (the name it uses, "the \u2018hockey stick\u2019"). 99: (indep34) an expert cited with no place a reader could check is an appeal to unchecked authority, one editorial term per person (xlplugin/unplaced_experts.py, loaded_language.txt [expert_title_words], [expert_voice_verbs], [expert_place_words]): a title before a name ("Dr.", "Professor", "Prof."), outside quotations, with a first name and a surname ("Dr. King" alone counts nothing), cited in its sentence (a verb of saying or a quotation) and no sentence naming the person holding a capitalised word other than the name, a title, the first word, a day or a month, a role in a named body ("the study's senior author", "co-author", "who led") or "at"/"from" + "the" ("Dr. Karen Sutton, a metabolic health expert, says", "Financial analyst Dr. Martin Reece, who predicted the last crisis, believes"; "Dr. Hannah Okafor, a rheumatologist at the University of Leeds", "Dr. Martin Luther King Jr.", "once said" count nothing); an explainer's headline, a question whose line goes on with a pointer to the answer ("Are seed oils bad for you? What the research shows", "How safe are your savings? What the compensation limit covers", "...? Here's what we know": argued_voice._answer_pointer), is no rhetorical question, its "you" and "your" the reader's, and the pointer no appeal to unnamed studies (_points_to_findings); "Is your phone cooking your brain? The study they tried to bury", a negative question and "Research shows that ..." keep their cost. 98: (lift33) in a given headline the words after a verb of warning or asking, after a subject the headline names ([headline_report_verbs]: "Gun Store ... Warns of Skyrocketing Prices", "Traders urge council to stop the disastrous rent rises", "Sheriff requests ICE shut down businesses that hire illegals") are what the subject warns of or asks for, no frame of the writer's, as the words after a speaker's colon are; "Skyrocketing Prices Hit Shoppers", "Outrageous Costs: Traders Warn of More" keep the writer's term. 97: (indep32) mentioning a fact while disowning a motive for it is an insinuation, one doubt term (insinuation_formulas._aside, [aside_tails], [aside_verbs], [aside_subjects], [aside_sentences]): a first-person subject and a verb of mentioning, then a tail ("We mention this only for completeness.", "We mention that for no particular reason.", "I note, purely in passing, that ..."), or the shrug as a sentence of its own ("Just saying.", "No particular reason.", "Just an observation."); a methods note ("We include the 2019 figures for completeness"), "for no particular reason" in reported speech, a source's words and "in passing" alone count nothing; a word of a quotation echoed back as a sentence of its own (one or two words, not in capitals, and a full stop, the writer's remark after it on its line), right after the sentence quoting it, is sarcasm, one doubt term (insinuation_formulas._echoes: 'would "modernise" the payment. Modernise. Nice word.', 'the closure is "temporary". Temporary. Like the last three.'); a quoted reply, a heading and a longer sentence taking the word up ("Low, but not zero, the report found.") count nothing. 96: (polnear31) what the PolNeAR outlets' tune articles misread, as classes: a letters page (a heading line "Letters", "Letters to the editor", "LETTERS." among the first lines, then letters each signed on a line of its own after its last paragraph, by a name with or without its town, or an account: reader_letters.page_letters) is its writers' words, their "I", "!", questions and loaded words counted as quoted; a short quotation in a sentence that reports a promise or a threat (a verb of [commitment_verb_words] right before "to" or "that", outside the quotation: "is promising to \u201cbomb the hell\u201d out of", "vowed that \u201cno family\u201d would", "threatened to \u201cshut it down\u201d") is the subject's words, no scare quote; plain senses count nothing: "elite" of a unit, a school or a sport's top level ("elite troops", "an elite military academy", "elite athletes"; "the Republican elite" keeps it), "hate" naming an offence ("hate speech", "hate crimes", "a hate group"), "outright" of an election won without a run-off ("to win outright", "the nomination outright", "an outright majority"; "an outright lie" keeps it). 95: (lift32) the headline given with a text that does not repeat it is read as the writer's frame: its emotive, derogatory, exaggerating and editorialising terms and exclamation marks count as the author's, one term each as in the body ("Democrats' DACA Dishonesty", "GOP DOUBLE-CROSSING TRAITORS", "STUNNING: ...", "Meet The LEFTS' WORST NIGHTMARE!"), shown as evidence "in the given headline" (_headline_terms); a headline's verbs of saying ("blasts", "insists"), "reportedly", words inside its quotation marks (single or double), its questions and pronouns, the words after a speaker's colon that hold a first person ("Tom Arnold: Clinton begged me ...") and a verb of winning over a match report ("Harriers crush Lakeport") count nothing; "slams the brakes on" (stopping something short) and a break-in named by what was broken into ("the email hack", "a data hack") are plain senses, in the body too. 94: (calm31) a study cited as evidence that the text never names is an appeal to unnamed authority, one editorial term as "Studies have shown" is (_find_appeals, _cites_unnamed_study, loaded_language.txt [unnamed_study_words], [unnamed_study_verbs]): a weasel attribution holding a study word and a verb of finding ("A 2024 study of more than 3,000 adults found", "A separate analysis found", "Research found", "A new trial showed") in a text with no document or link source, no citation, no web address and no capitalised word of [study_name_words] anywhere ("the University of Leeds", "published in the BMJ", "Royal Infirmary": _study_named_in_text); its numbers name nothing a reader can find. A study given only its size, which the attribution pass takes for a sized survey ("A recent analysis of 1,800 office workers showed": _sized_study), counts as well. And a story whose every source is an anonymous insider (three or more sentences on "a source close to", "Another insider", "A friend of the chef" and no named person or body, role, document or link: vague_insinuation.anonymous_only, argued_voice.txt [anonymous_speaker_words]) costs one doubt term for every three insiders; one or two anonymous sources, or any number beside a named source, cost nothing. 93: (kinds31) an author holding an organisation's word (Trust, Society, Charity, Council, Centre, Coalition, Campaign, Authority ...: kinds._ORG_WORDS_RE) is no person's name, so such an organisation named as its own site's author publishes the text (kinds.organisation_publishes): its "we" is the issuer naming itself, no argued voice ("Foodwise Trust" on foodwisetrust.example, an NGO's report page: 87.9 -> 93.1). 92: (lift31) words the writer reprints, not speaks, as classes: several posts under a line that says so (blockquotes._continued: an account alone on a line, "@NAME :", "Mayor Dana Quill (@harbour_mayor):"; an introduction of several posts, "He sent these tweets:", "The following statements were posted to ...:"; a date alone after a post's introduction, "On May 2:") are all the poster's, each paragraph of a post's length up to one that speaks of the poster or the post in the third person, names a source with a verb of saying or ends with a colon; the next items of a list a quoted block opens are the source's ("The statement reads:" then "- ..." items); a compilation of readers' short comments under its invitation to send them, naming a length limit and an address ("E-mail comments, 40 words or fewer, to ...": reader_letters.comment_lines) and the comments under a page's comment section head (a sort control, "Oldest First", "Sort by: Newest", with a word of commenting: reader_letters._comment_section) are the readers'; "he tweeted:" then the writer's paragraph, "The reasons are:" then a list, a columnist's "Email the writer at ..." keep the writer's words. 91: (pasted30) a PDF's page numbers, running headers and footers (pdf_pages) are furniture: no sentences of the author's. A word processor's comments block at the end ("[a]Jo Pryce: is this his figure or ours?", "[b]Sam Kerr: I think we should cut this para": draft_notes.comment_spans, the not-prose rule "editors' comment") holds no first person or question of the author's. And a chat app's export saved as text (each message on a line opening with its date, time and sender: "[12/03/2026, 09:14] Dave Hollins: ...", "12/03/2026, 09:14 - Dave Hollins: ...", "[12.03.26 09:10] Colin Pearce: ...": forum_posts.chat_lines) is a thread: the prefixes are furniture, the first sender is the author, the others' messages their words. 90: (advert30) an automatic transcript (six or more lines, most of the text's, each opening with its timestamp: "00:12:31 ...", "[00:12:31] ...", "[12:31] Speaker 1: ...": interview._timed_transcript) is a transcript: its lines are its speakers' words, not the writer's first person or questions; "near me" on a page written for search ("Best Roof Repair Near Me" in Title Case, "near me" three times, or after the same word twice: pronouns.not_pronoun) is the searcher's, no first person, and no longer makes the author "say I" (argued_voice._author_says_i), so an explainer's FAQ headings each answered below are headings, not rhetorical questions. 89: (jaq30) insinuation through unnamed sources, each one doubt term (xlplugin/vague_insinuation.py, argued_voice.txt [vague_speaker_words], [vague_verdict_phrases], [suspicion_phrases], [concession_openers], [coincidence_words]): two or more vague speakers ("Some election experts say", "Others say", "Critics argue") that outnumber the sources a reader can check (a named person or body, a role, a document, a link): each one past that number counts; a verdict of suspicion given to one or in such a text ("Some observers say this raises questions", "the process deserves scrutiny", "it remains unclear why"); suspicion said as a phrase ("some are asking whether", "questions nobody seems to be asking", "we may never know the truth", "no coincidence") and a coincidence offered in a concession ("It may be that ... is a coincidence"); a report's anonymous sources ("a person familiar with the matter said"), one "critics say" beside named sources and "raises questions" alone or told by a named source count nothing. 88: (loose30) loaded-language and voice leftovers as classes, both sides alike: a label a named group or person gives after a lead-in of readiness, haste, extent or habit is the namer's, counted as quoted (quote_speakers._lead_in, loaded_language.txt [naming_lead_in_phrases]: "Democrats did not hesitate to call the bill a sham", "Republicans were quick to brand the probe a witch hunt", "rushed to brand", "have taken to calling", "went as far as calling", "wasted no time in calling"; "I did not hesitate to call it a sham", "Nobody should hesitate to ...", "Do not hesitate to ..." and "One can only call it a sham" stay the writer's); "the MAGA crowd" and its kin placed at an event or a venue is a gathering, no label (_crowd_at_event, [crowd_place_words], [crowd_event_words]: "the MAGA crowd at the rally", "the progressive crowd outside the courthouse", "the woke crowd filled the square"; "the MAGA crowd wants ...", "the woke crowd in Hollywood" keep it); an outlet's "our" before its own text in a sentence of correction and "we" editing a part of a text are no argued first person (voice._names_own_text, _edits_text: "Our original headline said", "an earlier version of our story", "We have since removed the photograph"); the voice's fade reads a short text's own loaded-term rate for its words and the damped rate for the words it lacks (_fade_rate): a 100-word rant at 90 per 1,000 no longer keeps two thirds of its voice, so its three rhetorical questions no longer move its index 9-12 points; texts of 200 words or more, and short texts whose own rate is at or under 36 per 1,000, score as before. 87: (lift30) what the index missed on the SemEval tune half, as classes, both sides alike: charges about how an election or a count is run (fresh27 p14): "complicit", "complicity", "shakedown", "rigging" (as "rigged"), "fraud" as a charge with its article ("is a fraud", "pushing a fraud", "a total fraud"; not "a fraud investigation", "charged with wire fraud", "voter fraud"), weak "voter suppression" and "ballot harvesting" (counted beside another cue or in a sentence the writer closes with ", plain and simple" / ", pure and simple", which confirms a weak cue as "anything but" does and is no term itself (loaded_senses._sealed_verdict); not "a shakedown cruise", "the ship's rigging" ([not loaded], [literal_senses]); each side's name for the other's press as one machine ("the Democrat media complex", "the media-industrial complex" / "the right-wing noise machine", "the conservative media machine"; not "a new media complex with six studios") and its figure for migration and its policing as an atrocity of war ("the migrant invasion", "an invasion of illegals" / "concentration camps at the border", "kids in cages"; not "Russia's invasion of Ukraine", "an invasion of privacy", "a former concentration camp near Munich"); a cue phrase that runs into an attributed quotation ('calls the measure a “fraud”') is the quoted speaker's, as its quoted word alone is. 86: (lead, session 25) an amount of money after "claim" (a currency sign, then the amount, and no clause after it: "helped tenants claim £1.3 million in benefits", "can claim €40 a day") is money, no verb of doubt; "claimed $2 billion was wasted" keeps its cue. 85: (senses28) words read in the wrong sense, as classes: the subject a report names is not the writer's judgement (xlplugin/studied_content.py, data/studied_content.txt): a label of content said of posts, messages or speech, put after "as" by a verb of coding, or a noun naming the category, in a sentence that with the one before it speaks of a study, a count, a removal or a prosecution ("Abusive posts ... rose by half, according to a study", "coded 900 posts as threatening or racist", "removed 4,000 abusive comments", "charged with sending racist messages", "Insults and threats against bus drivers rose", "Reports of hate speech rose"; "The mayor's abusive posts have shamed this town" keeps its cue); the sports page's words for play in a match report (event_senses.sports_play, match_report; event_senses.txt [play_intensity_words], [play_noun_words], [match_words], [play_shot_verbs]): "a savage volley", "ruthless finishing", "a devastating counter-attack", "a brutal first half", "were ruthless in a 3-1 win", "blasted a second into the top corner", "slammed home the winner" count nothing ("a brutal attack on the senator", "the minister blasted the plan", "the manager blasted the referee" keep theirs); a term of art in quotation marks is no scare quote (loaded_senses._term_of_art): "the test known as the “tilted balance”", "what lawyers call “reasonable doubt”", "the doctrine of “legitimate expectation”", "the “planning balance” required by the framework", "the “tilted balance” in paragraph 11", "a “relevant transfer” under regulation 3", "the “fit and proper” test" ("the minister's “reforms”" keeps its count). 84: (quotes29) plain words and quoted names no longer read as loaded (xlplugin/plain_names.py): a short quotation right before a noun of a thing given a name is its name, no scare quote ([name_quote_nouns]: 'a \"do not drink\" or \"boil water\" notice', 'the \"priority one\" list', 'the \"cold weather\" payments'; one word only as a colour, 'the \"amber\" list'; 'a \"temporary\" scheme', 'the \"experts\"', 'his \"plan\"' keep theirs); \"blast\" breaking rock beside a word of works in its sentence or the next ([works_words], [works_objects]: "controlled blasting to remove rock", "Blasting will take place only between 1pm and 3pm"; not "the senator blasting the plan", "Residents blasted the quarry operator") and "crushed" before a material ([crushed_material_words]: "crushed stone") count nothing; a thing that claims with a participle phrase between ("A post shared on Facebook claims", "a video circulating online claims"; not "The woman in a video posted online claims"); a cue as the predicate after a denied verb of belief ([believing_verb_words]: "I do not think employers are villains", "she did not think the staff were villains"; not "I can't believe they are such villains"); complaining of a shortage or a wait is a nuisance's complaint ([object_senses]: "The operator still complained about shortages", "complained of long queues"; praise19's "The senator complained about the line of questioning" and "complained that ..." keep their cue). 83: (voice29) a text whose loaded terms alone are far past their floor is not ranked by its voice: from 36 loaded terms per 1,000 words (1.5 times LOADED_RATE) the share of the score the first person and the author's questions keep fades in a straight line, to none at 72 (3 times; VOICE_FADE_RATE, TERMS_FLOOR_RATE), where the terms alone take the signal to 0 (a rant's three "Coincidence?" questions no longer move it 27 index points); texts under 36 per 1,000 score as before. 82: (loose27) loaded-language leftovers as classes, both sides alike: a charge the text says nobody made counts nothing (rejections._unmade_charge: a negated verb of accusing or saying, "Nobody accused the union of thuggery", "Smith did not say the protesters were thugs"; a negated passive naming, "It was never called a witch hunt"; an inverted negation, "At no point did the mayor call ..."; "He denied being a crook" stays the speaker's); a participle clause of naming or accusing gives its label to its subject (quote_speakers._participle_subject: "Calling the bill a disgrace, Senator Hale said", "Union leaders walked out, calling the closure a betrayal"; not "Calling it a disgrace, I walked out"); a label beside the speaker's quotation is the speaker's (reported_speech._beside_quotation: 'Smith said the protesters were a mob: "..."'; "Smith, who called the protesters a mob, said"); "the X crowd" of every persuasion is one label ([crowd_nouns], [crowd_group_words]: "the progressive crowd", "the Trump crowd" as "the MAGA crowd"; not "a MAGA crowd of 5,000"), a one-word label before an insult noun is one label ("the leftist mob" as "the right-wing mob"); a possessive counts as the plain label ("the radical left's plan", "the woke mob's demands"). 81: (web29) a question no one has answered yet on a Q&A page (its only signature the asker's dated one, "asked Apr 2, 2026 at 18:20 NAME", as the text's last line: forum_posts.qa_question_end) holds no rhetorical question; a signature line inside a report still makes none. 80: (transcripts28) an X/Twitter-style thread saved as text (each post under a header of the poster's handle and the post's date or age, "@ferrywatch_kt \u00b7 Apr 9", "Harbour Watch @harbourwatch \u00b7 Jun 2", "Gav @gav_on_tracks \u00b7 45m": forum_posts._POSTER_LINE_RE) is a thread: the header lines, "Replying to @NAME" and the counts under a post ("4 replies  12 reposts  31 likes") are furniture, the first poster is the author, the others' posts their words; a debate's or a meeting's record in speaker-labelled turns is a transcript also when short (two or three turns of two speakers or more) where two labels carry brackets ("Ms Jane Holt (Eastmoor) (Lab):", "Cllr Ann Frost (Chair):", "The Minister for Rail (Mr Neil Carver):") or three or more are full names in capitals ("JANE HOLT:"): interview._record_labels; a label may carry two brackets, and an office with its holder in brackets may join its words with "of", "for", "the"; the speakers' "I" and questions are theirs; a .txt/.md file's headline with a second line right under it (a source line, a correspondent's line, a standfirst: "Extract from the Official Report, 3 March") and then a blank line is its title (file_titles._second_line). 79: (accuse27) a charge the text reports someone making is the accuser's word, counted as quoted (quote_speakers.characterisation, _charge): the words within five after the "of" of "accused / accuses / accuse / accusing NAME of" ("Protesters accused the board of stealing the election", "Republican senators accused the Democrats of a sham impeachment", "Tenant groups accuse the police of brutality", "Union leaders are accusing the owners of thuggery"); the writer's own stays ("They are stealing the election", "I accuse them of ...", "Some would accuse ...", a passive or participle with no accuser ("The board was accused of ...", "a councillor accused of a sham"; "was accused of ... by three candidates" is theirs), a cue after ";" or a new clause). 78: (lead25) a shrug at what anyone says ("..., whatever they say.", reported_speech._NO_SPEAKER_OPENERS) names no speaker: a label before it is the author's, not reported speech. 77: (sides26) the two sides' labels counted alike, audited as classes in three frames (tests/test_sides26_audit.py): the left's labels missed are listed (loaded_language.txt: "ghouls", "bloodsucking", "slumlords", "profiteers", "storm troopers", "late-stage capitalism", "soulless", "Christofascists", "hillbillies"; [group_label_words] "killer cops", "trigger-happy police", "union-busting bosses"; [insult_tails] "corporate overlords", "billionaire stooges", "union paymasters"; "corporate masters", "the MAGA crowd") beside the right's still missing ("moonbats", "soy boys", "welfare queens", "tree huggers", "champagne socialists", "virtue signallers", "illegals" alone, "the woke crowd", "the woke brigade"); "antifa" is a movement's name, a side's word ("antifa goons" one label), no cue alone; "agenda" is plain; people called predators or vermin ("fat cats", "robber barons", "plutocrats", "parasites", "bleeding hearts") and a side's name for the other's state, press or system ("a cult", "a police state", "the nanny state", "fake news") are derogatory labels, no longer emotive (one term each, as before); a derogatory label in a named speaker's reported speech is the speaker's, counted as quoted (xlplugin/reported_speech.py: "Lind said the plan was drafted by hedge-fund ghouls", "According to Tate, ...", "..., Tate told the meeting."; not "The mayor, a known grifter, told reporters", "Critics say", "I said", nor after ";" or "but"). 76: (fair27) words that are not the writer's loaded language, as classes: "collapse" in its literal and technical senses counts nothing ([literal_senses]: a structure, talks, a deal or a trial, a market, a price or a firm, a fish stock or a population, a patient: "the roof of the gym collapsed", "talks collapsed on Friday", "the cod stock collapsed in 1992", "the fishery collapse"; "our way of life is collapsing", "the coalition collapsed", "support has collapsed" keep it); a short quotation after every verb of reporting is the source's phrase, no scare quote ([speech_verb_words] gains "confirm(ed)", "announce(d)", "acknowledge(d)", "explained", "insisted", "noted", "revealed" ...: 'Police confirm that "an officer-involved shooting" happened'); a characterisation by others without quotation marks is theirs (quote_speakers.characterisation, counted as quoted): in the present and base form ("Critics call the closure a betrayal", "what unions call a disgrace"), after "consider", "deem", a verb of seeing one thing as another ("Unions see the closure as a betrayal", "regard it as a disgrace") and a passive with its namer after "by" ("will be read by some as a story of corporate betrayal", "was called a disgrace by the union"); the writer's own stays ("I call it a betrayal", "Some would call it a betrayal", "Call it a betrayal", "what can only be called a betrayal", "They are calling the plan a disaster"); a cue denied as the second half of a contrast counts nothing (loaded_senses._denied_predicate, _CONTRAST_BEFORE: "sobering but not hopeless", "a setback, though not a catastrophe"; not "serious, if not hopeless"); "reportedly", "allegedly" in a text whose other sentences mostly name their sources ([reporting_hedge_words], loaded_senses._hedge_in_sourced_text: two thirds of them, two at least) is a sourced report's care, no doubt term ("alleged", "so-called" still count); a review's word for a work's effect said of a part of the work in a paragraph about fiction ([review_effect_words], [work_part_words], xlplugin.review_effects: "a terrifying stillness", "her final scene is quietly devastating") counts nothing. 75: (sides25) loaded phrases each side uses of the other, as classes (loaded_language.txt): a hyphenated compound of fondness after an insult word ([fond_tails]: "fascist-loving", "nazi-loving", "terrorist-sympathising"; not "peace-loving"); a historic evil likened ([comparison_names] after [comparison_before] or before [comparison_after]: "the new Jim Crow", "Jim Crow in a cheap new suit", "apartheid by another name"; [style_names] with "-style", "-like": "Soviet-style censorship", "Stasi-like", not before [style_plain_nouns], "Soviet-style apartment blocks", "a Nazi-style salute"); dismissive idioms ("crocodile tears", "sob story", "pearl clutching", "manufactured outrage", one term with its "outrage"); in-group purity labels ([purity_words], [purity_nouns]: "real Americans", "true patriots" / "true progressives"; denied it is the same charge: loaded_senses._purity_label); "unelected" said of people ([office_label_words], [office_nouns]: "unelected bureaucrats" / "unelected billionaires", one label with its noun or a listed label after it, "an unelected activist judge"; not "the unelected upper house", "judges here are unelected"); stealing an election ([steal_verbs], [steal_between], [steal_objects]: "stealing the vote", "steal the election"; not "steal votes from the Greens"). 74: (web26) "plot" as a gardener's land counts nothing in two more shapes (loaded_language.txt): after "my", "our", "the next", "a vacant" ([plot_kind_words]: "my plot", "the next plot along"), and on a page holding a gardener's words ([plot_land_words]: "greenhouse", "bindweed", "manure", "onions": "Half my plot went to onions"); a scheme keeps its cue ("a plot to overthrow", "My plot to get the kids to eat broccoli", "a sinister plot hatched in secret"). 73: (web25a) the question a Q&A page's asker puts to the site (its sentences before the asker's signature, "asked DATE NAME": forum_posts.qa_question_end) holds no rhetorical question ("And if I pull out, can they keep all of it?"); a signature without a "rep" word ("answered Jan 23 at 08:12 quickfix99") and phpBB's post headers ("by NAME » DATE": forum_posts._by_lines) make a thread. 72: (kinds26) an outlet's regret for its error ("We regret the errors", "we regret any confusion": voice._regrets_an_error; not "We will regret this decision") and "our" before its corrections or its website ("Our corrections policy", [staff_noun_words]) are the outlet correcting itself, no argued first person. 71: (puff27) the issuer's own puffery is sales pressure (one exaggeration term, "the issuer's own puffery": sales_pressure._puffery; sales_pressure.txt [puffery_words], [puffery_plain_after], [innovator_words], [ranked_owner_words]): "revolutionary", "groundbreaking", "cutting-edge", "state-of-the-art", "next-generation", "transformative", "seamless" after "our" ("our cutting-edge platform", "our new state-of-the-art plant") anywhere, and in the issuer's own release (a press wire's dateline, "FOR IMMEDIATE RELEASE" at the top, an "About <issuer>" block: issuer.issued_by_itself) also alone, with "a leading innovator" and a product ranked over its trade ("the Industry's Most Advanced Orchard Robot", "the world's most immersive speaker"), its headline too, outside quotations; a report's "a state-of-the-art hospital opened on Monday", "what the company called a revolutionary battery" and a historian's "a groundbreaking 1962 study" count nothing, nor do plain senses ("seamless steel pipes", "the Revolutionary Guards", "a groundbreaking ceremony"). 70: (threads27) a forum thread whose posts are headed by their poster's name alone on a line ("garden_gus wrote:", a bare "u/garden_gus", "Posted by garden_gus": forum_posts._name_lines) is a thread: the lines are furniture, the first poster is the author where only the thread's head (subject, community, breadcrumb) comes before, and the other members' posts are their words: their loaded words are not the author's. 69: (prov24) an explainer's numbered or marked question headings, each answered below it ("1. What is a heat pump?", "Q2) Where can I charge it?", "## 3. Who can apply?": argued_voice._subhead, voice.reader_heading), are no rhetorical questions (a leading one, or numbered questions left unanswered, still are); a chain message's plea to share before "this" is removed ("SHARE before this gets taken down", "Share before they censor it") is share-bait, as "before it gets taken down" was. 68: (negate24) a loaded word the writer rejects is not the writer's charge (xlplugin.rejections): an emotive, derogatory or exaggerating cue as the predicate of a negative subject ("Nobody in this dispute is a villain", "Neither side at that meeting was the villain", "No one here is being hysterical", "None of the trustees is a liar"; [rejection_subject_words], [subject_place_words], [subject_preposition_words]) or as the complement of a rejected naming ([naming_verb_words], [wrong_naming_words]: "It would be wrong to call the plan a disaster", "I would not call it a catastrophe", "Calling the mayor a liar would be unfair", "Nobody is calling the plan a disaster") counts nothing; kept: a cue in the subject ("Nobody but a villain would do this"), a verb inside the subject ("No one can deny this is a disaster"), a comparison ("Nobody is a bigger liar than the mayor"), a double negation ("It would be wrong not to call it a disaster"), a question; "anything but" in a rejected naming asserts the cue ("Calling it anything but a scandal would be a lie": a weak cue confirmed); "claims" and "admits" next to the writer's own test or measurement ("Kettleby claims up to 45 minutes ... I got between 22 and 27 minutes", "by my stopwatch", "in our tests": rejections.checked_by_writer) count nothing ("the minister finally admitted" keeps its cue). 67: (promo26) a seller's superlative is sales pressure (one exaggeration term, "a seller's superlative": sales_pressure._superlative, _match; sales_pressure.txt [superlative_words], [making_verbs], [ranking_phrases], [match_phrases]): the seller's own product ("our most powerful laptop ever", "our fastest chip yet", "the thinnest laptop we have ever built") and, in a text that sells (urgency to buy or act, a discount code) and is no reviewer's ("I have tested", "I've been using"), a product ranked over the market outside a sentence with the writer's "I" or "my" ("the best upgrade you can buy", "the most revolutionary cooker ever made", "Nothing else comes close"); not "the most expensive painting ever sold", "our most-read stories", "the best phone I have tested this year"; urgency gains "only for a limited time" and "Hurry" alone in its clause ("Hurry, the offer ends Sunday"). 66: (sides24) a side's label for its opponents counts the same from either side, as classes (loaded_language.txt): an insult noun right after a side's word is one derogatory label ([side_words], [insult_tails]: "gun nuts" / "gun grabbers", "plague rats" / "health fascists", "anti-vax lunatics" / "covid cultists", "corporate vultures" / "union thugs"; hyphenated, "eco-fascists"; _side_before), and a listed label phrase before one is one label, not two ("Big Pharma shills", "car lobby hacks": _insult_next); one-word slurs "ammosexuals", "busybodies", "scabs" (a scab on a wound, sheep scab: [literal_senses]); "-loving" of a party or a leader ([loving_objects]: "MAGA-loving judges", "Biden-loving"); "nanny-state" hyphenated ("nanny-state busybodies": one label); medical coercion ("forced jabs", "forced masking" / "forced birth", "forced-birthers"); "open borders" and "open-borders" name a policy: weak, counted only in a loaded sentence ("the party's open borders policy was debated" is plain; "open-borders zealots" one label); the bird is no label ("Vultures circled above the valley", [literal_senses]); a quotation naming a term is no scare quote after more verbs of naming ("calls them", "is calling them", "refers to the counters as", "know it as", "rebranded as", "bills it as": loaded_senses._NAMED_AS_RE), and a term once named in quotation marks ("the bank calls them \u201cbanking hubs\u201d") is named again when quoted later ("twelve more \u201cbanking hubs\u201d": _split_quotes). 65: (forum26) a comment thread copied from a social site (a post, then replies, each under its commenter's name line and over the site's buttons, "Reply \u00b7 Like \u00b7 3 \u00b7 2h": forum_posts._social_thread) is a thread: the replies are the commenters' words, the name lines furniture; each comment under a Q&A page's post ("... \u2013 NAME DATE": forum_posts._qa_comments) is its signer's, also under the last answer (the asker's own are the author's); a reader's letter in an advice column ("Dear Ruth, ... Signed, Worried in Leeds" answered "Dear Worried, ...", and a headline in the reader's first person: xlplugin.reader_letters) is the reader's words, a quoted block. 64: (cues23) data said to be rigged ("cherry-picked the data", "the figures were fudged") says so in its evidence detail (conspiracy_tells.RIGGED_DETAIL), where it had been explained as a hint of a hidden plot ("CO2 is plant food"); still one doubt term; "clearly" after a verb of saying, explaining or writing ("should say so clearly", "explained it clearly", "stated clearly": [not loaded]) is manner, no editorial term ("is clearly wrong", "the rules clearly state" keep it); a quotation naming a word is no scare quote: before a translation or a meaning ('"Obshtina" has been translated as "municipality"', '"hiraeth" means "longing"': loaded_senses._TRANSLATED_AFTER_RE) or after "translated as", "means", "word", "term" (loaded_senses._NAMING_BEFORE); a listed cue of the author inside a scare quote counts once, as itself ('a medical "tyranny"' one emotive term, not also a scare quote: _cue_inside); a flood of water measured or dated ("a flood of a size expected once in 100 years", "a flood of this scale": [not loaded]) is no exaggeration ("a flood of complaints" stays); attribution as unsourced_claims 50 (a source before a relative clause: "X, who voted against, said"), so a question next to such a sentence may change hands. 63: (forum25) a question-and-answer page copied as text (its posts signed "asked DATE NAME 1,231 rep", "answered DATE NAME 18.4k rep": forum_posts._qa_signatures) is a thread: the signature lines are furniture, the asker is the author, each answer by another name is that member's words. 62: (labels35) side labels with their mirror, as classes with one strength (loaded_language.txt): a crime word fused with a group ("criminal illegals", "criminal aliens" / "ICE kidnappers", "police gangsters"), what a side is said to be hooked on ("car addicts", "welfare junkies"), a side's lobby ("the car lobby", "the cycling lobby", beside "the green lobby"; "the car lobby group SMMT" names a body: [label_compound_words] "group"), "open-borders", schools cast as machines ("test factories", "exam factories", beside "indoctrination"), "ethnic cleansing" in the author's voice (a named body's finding, "A UN commission found ...", is its term: loaded_senses._named_finding, [finding_terms], also for "genocide"); hyphenated labels read from their parts (_compound, _CompoundLabels): a sneer at a habit ([label_compound_tails]: "latte-sipping", "Bible-thumping", "tree-hugging"; [loving_objects]: "gun-loving", "criminal-loving"; not "peace-loving", "gas-guzzling"), a patron as puppet master ([patron_words], [patron_tails]: "Soros-funded", "Koch-funded", "Big Pharma-funded"; not before a capitalised name, "the Koch-funded Americans for Prosperity": _funds_a_name; not "EU-funded", "state-funded"); a hyphenated cue right before a derogatory or emotive word is one label counted once (_label_after: "tax-and-spend cheerleaders", "woke-hating trolls", "Soros-funded radicals", "open-borders chaos"; "virtue-signalling" listed hyphenated too); an alarm or a belief lent to a vague crowd of experts is an appeal to unnamed authority ([appeal_alarm_verbs] with [appeal_alarm_words]: "Experts are now warning", "Some researchers believe", "Many doctors think"; not "Experts warn of a hot summer"); sales pressure gains "a crowd of satisfied buyers" ("Thousands of satisfied customers", "Join 40,000 happy users": sales_pressure._crowd). 61: (voice23) a desk speaking as an institution (xlplugin.desk_voice): in a fact check (a "Claim:" line, then a verdict's line) or a report with a heading of the desk's method or ruling ("How we did this", "How we reported this story", "Our ruling", "Our methodology", "Why we rate it false:"; argued_voice.txt [desk_heading_verbs], [desk_heading_nouns]), "we", "us" and "our" are the desk's ("The earliest version we could find", "did not reply to our message", "contact us"), except an argued first person ("we must", "we all know", "we should", "our country", "all of us", "let us": [desk_argued_after_we], [desk_argued_our_nouns]); there the desk's question opening a paragraph, with a statement after it, is the heading of its method ("Where did the claim come from? The earliest version ..."), not rhetorical (desk_voice.desk_question; a leading one or one inside a paragraph stays); an argument's heading ("Why we must act", "Our children deserve better") makes no desk; questions that are not the author's left for the reader (counted in reader_prompts_not_counted): a polite request (a modal and "I" or "we" opening it, then a verb of [request_verbs]: "May I suggest that the council writes to every household ...?", "Could I ask that ...?": argued_voice.polite_request), a reader's question the writer takes up (before a colon, a word of the readers and of their asking: "This week's question came from several readers: ... so why did ...?", "A reader asks: ...?": argued_voice.readers_question), a forum thread's title alone as its paragraph over the poster's own words ("Is it normal for ...?" over "Had my boiler serviced ...": voice._thread_title); "Who could possibly believe that?", "Isn't it obvious?", "How much longer will we put up with this?", "You might ask: who benefits?" stay rhetorical; a briefing's opening statement (a speaker's labelled turns right before the first question, of a speaker who answers later: "MR FERRER: Good morning. I'll make a short statement ... We urge the union ..." before the first "Q:": interview._opening_statement) is the speaker's words, as the answers are. 60: (voice21) a question the next sentence answers is exposition in two more shapes (argued_voice): a count answering it that runs on after a comma, colon or dash with a hedge or a source ("So what happened? Three things, as far as I can tell.", "Two reasons, in short."; argued_voice._first_clause), and a question whose closing "you" is the object of its last verb or preposition ("What does it mean for you? Probably not much yet.", "How will the change affect you?"; argued_voice._reader_as_object; its reader-address evidence no longer makes it loaded); "Do you believe that?", "Who are you to judge?" and a leading question stay rhetorical. 59: (loaded34) conspiracy tells gain three classes (xlplugin.conspiracy_tells, data/conspiracy_tells.txt): a hidden foreign hand (a vague origin, "foreign", "Western", "outside", before a noun of who is behind it, "intelligence services", "circles", "handlers", in a sentence holding a word of the plot, "provocations", "planned", "destabilise", "undermine"; or "instigated from abroad": "These provocations were planned in advance by foreign intelligence services"; not "The withdrawal of Western forces could destabilise the region", "Russian intelligence services interfered ..., the committee found", physics' "external forces"), data said to be rigged ("cooked up", "fudged", "massaged", "cherry-picked" within four words of "data", "figure", "papers": not "cooked up a feast") and a prophecy mocked ("They told us the snow would be a thing of the past", "Remember when they said ..."; not "The council told us the road would reopen", "They said they would reopen"), with climate denial's stock claims listed ("CO2 is plant food", "CO2 is not a pollutant"); plain senses: a fuel, a weapon or washing called dirty ([compound_senses]: "dirty coal", "a dirty bomb", "dirty dishes"), "admit" after a modal or a word of readiness ("can admit", "willing to admit": [admit_readiness_words]), "complained" with parents, residents or customers as its subject ([lay_complainer_words]); labels with their mirror: "climate criminals" / "economic criminals", "cultural Marxists" (beside "Christian nationalists"), "coddle" (beside "harass"). 58: (mirror21) each side's label has its mirror and plain senses, as classes (loaded_language.txt): "groomers", "the green lobby", "race hustlers", "Trumpists", "theocrats", "climate deniers", "anti-vaxxers", "Karens", "cultists", "book burners", "activist judges", "copaganda", "the defund crowd" count as derogatory and "a police state" as emotive, each as its mirror does; "radical leftists" is one label, as "MAGA extremists" is; "union bosses" and "billionaire donors" are weak on both sides (counted only in a loaded sentence); plain senses: a dog groomer, the Karen people, a plot of land or a chart (loaded_senses._land_plot: "plot 14", "three plots", "allotment plots", "a scatter plot", "their plots" on a page about land; not "a plot to", "against", "by"), a firm going bankrupt ("went bankrupt", "declared bankrupt"), a nation's independence movement ("Scottish nationalist MPs"), a ward or a school admitting children or pupils. 57: (loaded33) conspiracy and anti-vaccine tells are the author's doubt terms (xlplugin.conspiracy_tells, data/conspiracy_tells.txt; evidence detail conspiracy_tells.TELL_DETAIL): an imperative opening its sentence and closing its clause ("Follow the money.", "Do your own research before you let them ...", "It's time to wake up."; not "Follow the money trail through the accounts", "Do your own research on rates before you pick a mortgage"), listed phrases ("Once you see it, you can't unsee it", "Nothing is a coincidence", "They're lying to you"), everyone bought off ("Everyone involved has been paid to keep quiet"; not "Two guards were paid to keep quiet"), the vague "they" erasing the truth now ("They're deleting posts like this"; not "They deleted the posts", "Moderators are deleting posts"); the hider named earlier in a longer subject before an accomplice ("Big Pharma and their friends in Congress don't want you to know": insinuation_formulas.txt [hiding_accomplices]); the same kind of label has the same strength whichever side it is aimed at: the names of a movement, a party or a regime ("socialist", "communist", "Marxist", "fascist", "Nazi", "Maoist", "Stalinist", "Bolshevik"; "Nazism") count only beside another cue in their sentence ([derogatory weak]: "the Socialist Party", "Nazi Germany" are plain), the slurs made from them count alone, and "cultist" ("MAGA cultists", "woke cultists", as "cult") and "trumpanzee" (beside "libtard") are added; content-farm filler is editorial or exaggeration ("In today's fast-paced world", "in this day and age", "It is important to note", "unlock the secrets", "game changer"), and an appeal to unnamed authority (a weasel attribution with [authority_words] and [appeal_verbs]: "Experts agree", "Studies have shown", "Research suggests") is one editorial term (APPEAL_DETAIL) unless the same or the next sentence names the study (a named source, a document, a citation "(Haugen et al., 2022)"); "Scientists say ...", "Officials said" and "In conclusion," cost nothing here. 56: (voice20) whose voice a question, an "!" or an "I" is: a thread of replies under poster lines ("u/pine_pete \u00b7 412 points", "r/IAmA \u00b7 Posted by u/dr_fire \u00b7 6h": forum_posts.thread) is a forum post whose other members' posts are quoted posts (their questions, "!" and "I" theirs) and whose poster lines are furniture; there a "!" in a sentence with no loaded word ("Ask me anything!", "Yes! Some pines ...") is a conversation's tone, not a shout (other_senses_not_counted); a speaker label with an outlet in parentheses ("REPORTER (Eastshire Echo):") is a turn, so a press briefing is a transcript; question subheads answered in the next paragraph (the answer running past its first sentence) are an explainer's, not rhetorical (argued_voice._subhead); a reader's statement before a reader's heading on its line ("I live on my own. Can I get a discount?") and "my" after a modal or a form of be or have ("Will my bill go up?") are the reader's voice (voice.reader_heading). 55: (praise19) praise, honest doubt, live calls of play and plain senses, as classes: glorifying adjectives before a noun of a leader, a state or its policy count as emotive ([praise_words] before [praised_nouns]: "the wise Mayor", "the far-sighted programme", "her tireless leadership", "selfless labour", "grateful citizens"; not "a tireless volunteer", "a wise decision"), and the cue list adds collective joy ("rejoiced"), "slanderous", "Motherland", "personally guided by"; "claim" where its sentence or one of the two after it says the claim could not be checked ("in claims that could not be independently verified", "unverified": loaded_senses.doubt_flagged) counts nothing; an exclamation calling a match event at the start of a live blog's entry ("74 min: GOAL!", "88' WHAT A SAVE!": outlet_voice.entry_shout; minute stamps now make live entries as times of day do) counts nothing; plain senses: cooking's collapse, a plot of land, a hospital admitting patients, complaining of a nuisance or a symptom ("complained about noise", "complained of headaches"; not "complained about the inquiry": BABE's tune annotators mark that one), "Huge thank you". 54: (kinds22) an insinuation (argued_voice.insinuations, insinuation_formulas.formulas: "Funny how ...", "We are not saying X. We are saying Y.") says so in its evidence detail (insinuation_formulas.INSINUATION_DETAIL), where the Evidence sheet had called it "casts doubt (so-called, alleged)"; no count or score changed. 53: (insults19) classes left open by insults18 and hype18: a verb of violence said of a programme, an institution or a law is emotive ([attack_verbs] "gut", "slash", "rig", "kneecap", "ram ... through" with a noun of [attack_objects] as its object or a passive's subject: "gut Social Security", "gutting public schools", "slash Medicaid", "rig the election", "rammed the bill through the Senate", "Social Security will be gutted"; not "gut the fish", "Fans were gutted", "the fire gutted the school", "The storm gutted the gym" (event_senses.by_force), "slashed the police budget" ([attack_compound_tails]), "rigged the sails" ([object_senses])); each partisan label has its mirror ("radical right", "rightist", "alt-left", "the regime media", "the liberal media", "the mainstream press", "rethuglicans", "demonrats"; "sheeple"); a label phrase before a noun of an office, a team or a field is a compound said of no one ([label_compound_words]: "the corporate media office", "the legacy media archive"); insinuation (insinuation_formulas: someone named as hiding the truth from the reader, "DOCTORS DON'T WANT YOU TO KNOW", "What the media isn't telling you", not "What the report does not tell you"; "hiding the cure", "hiding the truth from you"; "Wake up, people.", "WAKE UP, AMERICA"). 52: (insults18) partisan labels flagged evenly, whichever side uses them (loaded_language.txt): labels of the press and of a class ("the corporate media", "the legacy media", "the billionaire class", "the donor class", beside the listed "mainstream media" and "elites"); "Big <Industry>" only with every word capitalised ([derogatory capitalised]: "Big Oil", "Big Tech", "Big Tobacco"; not "a big oil spill", "big tech companies", "Big Ben"); "woke" as a label adjective before a noun of a group or an institution ([group_label_words]; [group_nouns] gains schools, teachers, universities, companies, banks ...; the verb "she woke early" is no cue). 51: (hype18) sales pressure is the author's loaded language (xlplugin.sales_pressure, data/sales_pressure.txt), one exaggeration term each, its class the evidence's detail: "urgency to buy or act" (an imperative of buying with a deadline or a threat, "Buy before Monday or cry later", "grab your spot before it's gone", "Act now"; an offer that will not last or ends, "This price won't last", "for the next 48 hours only", "a limited time offer"; one that never comes again, "You will never see these prices again", "a once in a lifetime opportunity"), "promised returns" ("$X will 1000x", "the next 1000x", "$X is about to explode", "guaranteed profits", "double your money"), "promised safety" ("(100% safe)", "Zero inventory, zero risk."), "promise that anyone can" ("Literally anyone can do this.", "And How You Can Too!"); a testimonial's are its speaker's; "Apply before 31 March", "buy now, pay later", "a 10x zoom", "There is zero risk to the public" count nothing; literal physical senses count nothing: a structure or a thing as the subject of "collapse" ("The harbour wall partly collapsed", "the old pier collapsed": event_senses.txt [physical_fall_words]), "barrage" alone (a tidal barrage, a gun's barrage; "a barrage of criticism" counts), "sold out" of tickets or stock ([literal_senses]: "Tickets sold out in 20 minutes"), "inflammatory" in medicine ("anti-inflammatory tablets", "inflammatory bowel disease"). 50: (loaded31) questions, subheads and the newsroom's voice, as classes: question lines each answered on the next line are an explainer's subheads only where the author says no "I", "my" or "me" outside quotations and questions (argued_voice._author_says_i: an essay argued in the first person asks its own questions); the newsroom's pledge in its other words makes its "we" the outlet's (outlet_voice: a line opening "More to follow" or "Further details to follow", "We will bring you more as we get it", "This is a developing story"); a closing appeal for support is the site's box above any number of footer lines (promo_boxes._footer_start: up to FOOTER_MAX_LINES short lines, none a question or a shout, "Share this:", "Tags: ...", a copyright line), and "Please consider a donation", "Please consider supporting us" are appeals (prose.txt [box_support_prompts]); a headline question the piece answers is its topic (argued_voice._headline_answered: the text's first line, a plain question of at most HEADLINE_WORDS words, with a finding reported below it, "What a new trial found" [headline_answer_words], or a yes or no opening the answer, or in a standfirst right under it a number or the question's own content words; a first paragraph after a blank line sharing its words is no answer); a dialogue told in prose, a run of at least four speaker-labelled lines of two speakers with two turns each ("Influential Roman: What about the roads?": interview.dialogue), is its speakers' words as quoted, its labels the author's; a run of one-word questions each answered by the next sentence ("Why? Because ... How? By ...") counts once. Decided, no rule changed: "Is the county different? Maybe." is exposition, "Is our county different? Maybe." stays a rhetorical question (the author's first person). 49: (loaded30) plain senses of cue words, as classes (loaded_language.txt): sport's foul and the verb of dirtying water ([literal_senses]: a referee, a penalty, a tackle, a river, slurry in the sentence: "appealed for a foul", "farms that foul the river"), biology's parasite (an infection, a gut, a tick: "giardia, a parasite that causes cramps"), the garment fleece ("wore a green fleece"), claiming an offer ([object_senses]: "claim your discount", "claim their free sample"), "clearly" as a manner adverb and idioms of liking and of a small error ([not loaded]: "fell most clearly", "think more clearly", "clearly labelled", "go crazy for", "cannot mess it up"); a newsroom's explainer speaks as the outlet: a pledge to update the page outside quotations ("We will update this page as we learn more", "This story will be updated", "We'll keep this article updated") or a "What we know" heading line makes its "we" the outlet's (xlplugin.outlet_voice), and two or more short questions (2 to 10 words) alone on their lines after a blank line, free of leading words, each answered by a statement on the very next line, are its subheads (a text with one sentence a line has no such shape), not rhetorical questions ("Who is affected?" / "What caused it?": argued_voice._subhead); an outlet's appeal for support opening a sentence on one of the text's last three lines ("Do you love what we're doing? Kick in to our war chest", "Join our group", "Support our journalism": prose.txt [box_support_prompts], promo_boxes._support_spans) is the site's box, not prose. 48: (ptc17) an embedded post pasted with single line breaks (its credit "\u2014 Name (@handle) date" a line inside a paragraph) is the lines right above its credit, no more than one post holds (a tweet 280 characters, an Instagram caption 2,200, web addresses not counted), after any other post's credit line and any lead-in ending with a colon ("Trump tweeted:"): on a page with one sentence a line and no blank lines the whole article above the credit had been read as the post, its loaded words quoted (blockquotes._post_start). 47: (claims17) the attribution pass reads a definite body after "according to" as a source ("Why? Because, according to the teacher, ...": the question is answered by a source, no rhetorical question); no rule of this module changed. 46: (short17) a short text's evidence, not only its length: the words a text under MIN_RATE_WORDS lacks are given the voice of texts as loaded as its own terms read (none where they cost nothing, rising in a straight line with their cost to the mean of SemEval tune articles at or over LOADED_RATE: LOADED_FIRST_PERSON 6.5 first-person words per 1,000, LOADED_QUESTION_SHARE 3.5% questions), so a 39-word post with 11 contemptuous terms and no "I" or question no longer keeps a perfect voice half (index 47 to 35), a calm short text scores as before and one loaded word in 40 moves the index by about a point through the voice; the Why says which rest a short text was given; a verb of physical harm said of a thing counts nothing, a weak one confirmed by "!" included (xlplugin.event_senses.physical_act, event_senses.txt [physical_verb_words]: its subject a force of nature, a structure, a pest or a machine, "The dam will flood twelve villages!!!", "Locusts destroyed the harvest" [force_words]; a thing as its passive's subject, "the bridge was destroyed" [physical_patient_words]; play's agent in a text about a game or a sport, "the boss destroys you" [play_agent_words], [play_context_words]; said of people, "migrants flood our towns", "police crushed the protest", the cue stands). 45: (voice16) a question the text answers in few words is exposition, not a rhetorical question (xlplugin.argued_voice.answered): a hedged answer ("Perhaps.", "Maybe."), a count of what follows with no verb ("Two things.": [answer_count_words]), an answer that it varies ("Prices vary widely.": [answer_varying_verbs]), a yes or no reported ("Most plumbers say yes."); a title opening with a label of its kind and a colon ("Fact check:", "Explainer:", "Opinion:": [title_question_labels]) asks the piece's topic, not a rhetorical question, unless it leads ("Isn't it time ...?"); words in their plain sense (xlplugin.loaded_senses): a verb of noise whose subject is a machine or a part of one ("the gearbox whines", "a whining pump", "Mine has whined" after a car in its paragraph: [noise_verb_words], [machine_words]) and an adjective of fear praising a performance ("a terrifying performance", "a chilling turn": [object_senses]); "our" before a fact check's own rating or method ("Our rating: False", "our methodology": [staff_noun_words]) is no argued first person. 44: (slant16) insinuation by stock formula, one doubt term each (xlplugin.insinuation_formulas: "Funny how not one of them asked", "That in itself tells you something.", "We are not saying X. We are saying ...", "When people have nothing to hide", "You can't make this stuff up", "Says it all", "surprise, surprise", "That's how you know"; not where a named source reports it); a verb of winning beside a score ("crushed Lakeport 5-1"), "a sellout crowd" and "a brutal finish" are the sports page's idiom, and a natural event's noun after an adjective ("Devastating floods") is the noun (xlplugin.event_senses). 43: (kinds19) a press release's closing block ("###", "About <issuer>", "Media contact:" to the end of the text: the not-prose rule "issuer block", xlplugin.form_lines.closing_block) is not the author's prose. 42: (loaded29) loaded words a careful reader would mark, and would not, as classes: a capitalised cue in a place's name opening a sentence, written once ("Savage Street was closed", "Fury Road reopened", "Pine Hollow burned": a run of capitalised words ending in a word of prose.txt [place_name_words]; names.NAME_RULES "place name opening a sentence") or in a dateline in capitals ("SAVAGE RIVER, Tasmania \u2014") is a name; insinuation by a plural noun of people not listed, asking why, who or which or asking themselves ("Councillors might ask themselves which", "Ratepayers may wonder why": argued_voice.txt [people_endings], [pointed_wh_words], not [expert_groups]) and asking who, put to the reader ("You might ask who benefits", "Readers may want to look at who paid", "Ask yourself who gains"); a denial that asserts counts its cue, a weak one too ("If that is not a disgraceful betrayal, what is?", "Nobody can call this anything but a scandal": loaded_senses.asserted); a label before a noun of people counts as derogatory even where a word for records follows ("Corrupt officials kept records": loaded_senses._heads_phrase). 41: (inputs16) a web address is not words the author wrote (prose.py rule "web address": a bare address, a Markdown link's target, a reference link's line): its words are no loaded terms ("https://example.org/shocking-scandal") and are left out of the rates' denominators; an embedded post pasted with single line breaks (its credit the last line of a paragraph) and an Instagram post above "A post shared by Name (@handle)" are the account's words, read as quoted (blockquotes.embedded_posts). 40: attribution classes as unsourced_claims 37 (claims15). 39: (voice15) the outlet speaking as an institution: in a corrections notice (two or more paragraphs correcting the outlet's earlier text: "The article has been corrected", "We regret the error") or a live blog (three or more paragraphs opening with a time of day: "18:42 - ...") "we", "us", "our" are the outlet's (xlplugin/outlet_voice.py: "we said the court had nine members", "contacted us", "We aim to reply", "By our news team", "what we know so far"); false loaded words, as classes: a capitalised cue in a Title Case line (a headline, a dateline) that the prose writes as part of a name ("Pine Hollow, 30 November" after "west of Pine Hollow": names.NAME_RULES "named in the text"); a quotation after a word of an official grade or category within its clause ("rated \u201crequires improvement\u201d", "graded \u201cinadequate\u201d") is no scare quote; a cue in a compound naming a field or a body ([compound_senses]: "a disaster preparedness nonprofit", "crisis management"); a superlative right after "be" with no article ([predicate_superlative_words]: "where those needs are greatest"); a cue after a denied linking verb ("does not seem reckless", "won't be a disaster"); "all the time" is no exaggeration. 38: insinuation as classes (slant15, xlplugin.argued_voice: a small grammar over word tables in [insinuating_groups] and the sections after it), each one doubt term: a group handed the author's suspicion in a modal ("Some supporters will wonder why", "Victims' families may wonder how", "Owners ... may still want to ask themselves how long"; not "may want to ask whether", advice), a hypothetical speaker's opinion ("Some might think that ...", "One would think"), the author licensing the question ("It is fair to ask how", "It seems reasonable to ask whether"), none where its sentence reports a named source or the next sentence of its paragraph answers it; listed: "draw their own conclusions", "make of that what they will", "remains to be seen who(se)". 37: attribution classes as unsourced_claims 36 (sources15), so a question next to such a sentence may change hands (question_share). 36: (loaded28) an argued voice's cost rises in a straight line with the loaded terms' own cost, from a quarter (PLAIN_VOICE_COST) at NEUTRAL_RATE to all of it at LOADED_RATE, not in a step at NEUTRAL_RATE (one loaded word moved an argued text's index by up to 31 points; now a few); a cue denied as a predicate without "be" next to the denial counts nothing ([predicate_denial_words], [copula_words]: "they are certainly not racists", "they're no thugs", "was never a disaster", "described as not extremists", "calling them not racists but patriots", "neither racists nor bigots", "by no means a disaster"; "did not hack ... but", "would never betray", "not only shocking" keep their cue); a label adjective before a noun of people or a group ([group_label_words], [group_nouns]: "corrupt drug cartels", "lying politicians", "thieving bankers") counts as derogatory, alone it stays weak or no cue ("corrupt files", "lying in the road", "corrupt police records": [object_senses]). 35: a forum thread's subject ("Re: ...") is a title among a post's first four lines too, after the forum's breadcrumbs (forum_posts.SUBJECT_LINES): its question is not the poster's. 34: (also prov14: in a forum post, counters "Likes: 23 | Replies: 11", "Edit:" notes and the "Re:" subject line are furniture, not prose, and a quoted post under "Quote from: NAME" / "NAME wrote:" is a quoted block, not the poster's words) an argued voice (first person, the author's own questions) in a text whose loaded terms are at or under NEUTRAL_RATE costs a quarter of what it did (PLAIN_VOICE_COST: a sober signed column no longer scores under an unsigned press release; SemEval index AUC tune 0.7522 to 0.7515, held back 0.8238 to 0.8211); loaded terms misread and missed, as classes (loaded27): a noun of an amount counts nothing ("the total claim at \u00a33.2 million", "a \u00a33.2m claim", "claim number ...", "the total cost": [claim_adjective_words], [object_senses]); an emotive, derogatory or exaggerating cue denied by the word before it ([denial_words]: "good rather than spectacular", "far from a disaster", "hardly shocking", "isn\u2019t spectacular", "is not oppressive"; not "not only shocking", and a negated verb keeps its cue: "didn\u2019t hack") counts nothing; a weak cue that is the story\u2019s topic word (a form of it in two other sentences that hold no loaded cue) is not confirmed by an exclamation mark alone ("let our homes flood!"); cues added: "useless", "faceless", "overpaid", "quango", "Big Pharma", "garbage" (not waste), "racket" (not a tennis racket), "a con"; weak: "cartel", "flop"; "garbage-collected" (a [not loaded] word) counts nothing; SemEval index AUC tune 0.748 and held back 0.817 to 0.816, PTC articles\u2019 Spearman tune 0.370 to 0.403, held back 0.359 to 0.363. 33: attribution classes as unsourced_claims 34 (sources14: "victories in smaller states", "Related posts" are no verbs of saying, "Local farmers said" is a vague source), so a question next to such a sentence may change hands (question_share); a short quotation of 4-5 words with no speaker near it stays the author's (checked, unchanged). 32: attribution classes as unsourced_claims 33 (sources13): "state" after a determiner and a modifier ("his home state") is no verb of saying, so a question next to such a sentence is the author\u2019s own (question_share); a run of lines ending in an ellipsis is a headline list, not prose. 31: (kinds16) "we" in an organisation's own statement on its own site (the author an organisation, not a person, and the publisher or the site: kinds.organisation_publishes) is the issuer's voice, as in an announcement; a capitalised emotive word the text writes inside sentences twice or more and never in lower case ("The trader has Fury", "I already know Fury", then "Fury!") is a name (loaded_senses._always_capitalised; English texts). 30: a cue read as a characterisation ("labeled as a \u201cwitch hunt\u201d by Democrats", version 29) is still a cue of its sentence, so a weak cue beside it counts as it did before version 29 (the weak cue had been dropped; an interviewee's "a disgrace and a scandal" lost its "scandal"). 29: loaded terms misread, as classes (loaded26): plain senses count nothing (xlplugin.loaded_senses): "claim" of money, a benefit or a prize ([object_senses]: "claimed 14,300 dollars in travel expenses", "claimed the title"), "claim" after a noun of a request ([claim_compound_words]: "the expense claims") or a one-number determiner ("neither claim", "both claims"; "both claim to" stays), "admitted" after a form of "be" (a patient or a student admitted; not "it was admitted that"), "supposed to" before a verb (an obligation; not "supposed to have"); a long quotation (over 3 words) with nobody named as its speaker (no [speaker_words] verb or source word outside it in its sentence or the sentences next to it, no colon before it, no dash credit, reference in parentheses or speech tag after it, not right after a quotation with a speaker) is the author's text (xlplugin/quote_speakers.py); a short quotation in a sentence with a verb of accusing or warning ([speech_verb_words]: "accused officials of “stealing”") is the subject's word, not a scare quote; a capitalised emotive word named as a work's title anywhere in the text ([title_verb_words]: "Rage opened on 310 screens", "Rage, the director's third film") is a name. 28: voice classes (voice10, xlplugin.argued_voice): a plain question the next sentence answers (a weighed answer, [answer_openers]: "Probably neither.", "It depends on ...", "What the numbers show"; or a report with a named source through a verb of saying) is exposition, not a rhetorical question, unless it leads ([leading_question_words]: "Isn't it time ...?", "Why is nobody asking ...?", "..., right?", "you") or holds a loaded term, first person or mark; insinuation ([insinuation_phrases]: "questions remain", "critics have long suspected", "it is worth asking who", "it has not gone unnoticed", "hard to escape the impression", "make of that what you will", "Coincidence? Perhaps.") counts as one doubt term each (not again where a listed cue is inside it; vague sources such as "some say", "many believe" stay unsourced claims' weasel phrases). 27: a rate from a short text is damped: each of the score's rates (loaded terms, first person, questions) of a text under MIN_RATE_WORDS (200) words is read over 200 words, the missing words counted as typical prose (NEUTRAL_RATE loaded terms per 1,000, no first person, no question): one loaded word in 41 no longer costs the whole loaded part; a text of 200 words or more scores exactly as before; the native value and details keep the plain rates, the Why says "damped for a short text". 26: a cue word in a plain use read from the words around it counts nothing (xlplugin.loaded_senses.plain_use, other_senses_not_counted): its object or the noun it qualifies ([object_senses]: "disturbing contaminated layers", "fake supplier invoices", "conceded a late goal", "conceded the race"), an "-ing" cue followed by a determiner or object pronoun is the verb ("disturbing the nests"), an animal word first in a compound noun ("snake plant", "pig farmers"), "forever" outside a prediction ("changed forever", "won't last forever", "forever chemicals"); cues added: "shadowy", collusion framing ("cosy with", "cozy relationship", "cosied up"), share-bait ("share this before", "before it gets taken down", "before they delete") and advert urgency ("don't miss out", "risk-free"), "forever" in a prediction ("will be poisoned forever"). 25: voice classes (voice9, xlplugin.voice): a question to the reader right before a call to reply ("Which was your favourite? Tell us in the comments", "Have you tried it? Let us know below") is a reader prompt, and the "us"/"me" of a call to reply ("Let us know", "Email us at", "Tell us what you think": [reply_call_starts]) is no argued first person; in a forum post (two lines of [forum_line_starts]: "Re:", "Reply from", "Joined:") "I", "me", "my" are the poster speaking for themselves and a question asking for information ("Is that a bad idea?", "Re: Is it safe to ...?", not "Why ...?", none with "we") is a request for help (counted in reader_prompts_not_counted); "we" as the subject of an institution's own acts, an outlet's correction ("We apologise for the error", "we misspelled", "we wrongly stated") or a research team's method ("We randomly assigned", "we recruited"), and "our" before the outlet's staff or the team's work ("Our reporter", "our political editor", "in our sample": [staff_noun_words]) are no argued first person. 24: text that is not prose (an outlet's paragraph repeated across its documents in a batch, navigation, code, a poll box) holds no first person or question of the author's, and its words and sentences are left out of the rates' denominators (per 1,000 words of the prose read: xlplugin/prose_counts.py); "us" as the object of a source's verb of handing over ("which sent us the minutes", "wrote to us", "confirmed to us") is the newsroom's method (voice.py, [method_object_verbs]); a repeated paragraph may be shown in this signal's evidence (kind "repeated paragraph", no loaded term). 23: the lines of a poll or newsletter box ("Take our poll", its question and options, "Results so far:", "Sign up for our ...", "You're subscribed!": xlplugin/promo_boxes.py) are not prose: their words, "our" and questions (a "poll question" reader prompt) are not the author's; an interview answer ends at the author's paragraph before the next question (xlplugin.interview). 21: voice and senses classes (a tester's misreadings): "we" as the subject of a verb of checking or method ("We contacted the owner", "We have checked", "We measured") and the outlet's greeting ("Welcome to our live coverage") are no argued first person, a question in the reader's voice alone on its line as a heading ("How do I apply?", "Can I still travel?") is neither first person nor a rhetorical question (xlplugin.voice: reports_method, reader_heading; counted in reader_prompts_not_counted); "claim" the noun ("CLAIM:", "the false claim", "these viral claims") and a thing claiming ("photos claiming to show", "posts claiming") count nothing, a cue in its literal sense ([literal_senses]: "lets the plot unfold" in a review, "red meat" in a diet, "felt bloated") and a capitalised emotive word named by its kind ("the Fury spell", "casts Fury") count nothing (xlplugin.loaded_senses; other_senses_not_counted). 20: attribution.txt classes (sources5): a negated verb of saying ("never told us", "did not say", "hasn\u2019t confirmed") and whom someone asked ("I have asked the board for comment", "was asked for comment") are no source; "asked" takes its source after it only inverted after a comma or a quotation; "made it clear that" reports; a work\u2019s title ending in a role noun ("The Lantern Keeper is the kind of film that asks") is no person (senses.names_a_work) (a sentence no longer attributed is the author\u2019s). 19: an interview's last answer and a transcript's last turn end at the first paragraph that reads as the author's (a heading, a closing note, the speaker named in the third person, a pronoun that can only mean the speaker: xlplugin.interview.last_turn_end), not at the end of the text; loaded language's own clip of the last answer at its first paragraph is gone (a last answer of two paragraphs is the speaker's throughout). 18: the author's address to the reader ("you", "your" outside quotations, quoted blocks, interviews, not-prose, "thank you" and reader prompts) is counted (details: second_person_per_1000_words; evidence "reader address"); it weighs 0 in MIX. 17: "mine" the noun and "I" the numeral are not first person (xlplugin/pronouns.py); an interview's answers are the interviewee's words (quoted); a quotation that names a term (after "known as", "the term", a gloss) is no scare quote, a title in double quotes next to a word for a work is a name; a cue word in another sense counts nothing (xlplugin/loaded_senses.py: "insurance claims rose", "claimed three lives", "to insist", "the flood barrier", "so-called" + a place name, a name opening a sentence; details: other_senses_not_counted); "admitted to hospital"; promotional exaggeration ("award-winning", "world-class"). 16: a listed verb right after a determiner or a number is its plain noun ("the blasts", "two slams", "the claims"; a noun as loaded as its verb is listed as one), "grand slam" is a sport's term, and a character in a review is not the author's word (the object of "plays"/"stars as", "the villain" and what it is said to be, in a paragraph about a film, series or book: xlplugin.senses); a verb of saying added to attribution.txt ("reiterated") may introduce a quoted block. 15: a forum's request for help ("Anyone know if ...?", "Has anyone tried ...?": xlplugin.prose.READER_PROMPT_RULES "help request") is not a rhetorical question; quotations follow the session-9 attribution classes. 14: a transcript's speaker-labelled turns are the speakers' words, counted as quoted (xlplugin.interview.transcript); phrases in which a listed word has another sense count nothing ([not loaded] sections: "gross domestic product", "malicious software", "image manipulation", "are claimed by"); "I" stuck to a line's last word is a footnote mark. 13: a question the author asks the reader (an engagement prompt, "What do you think?", or an advert's or call to action's "Want to ...?": xlplugin.prose.READER_PROMPT_RULES) is not a rhetorical question (details: reader_prompts_not_counted); time stamps may name who posted or edited ("Last edited by X on DATE"). 12: an interview's questions are not rhetorical and its answers' first person is the interviewee's (xlplugin/interview.py); "A US", "THE US" in capitals is the country. 11: a paragraph quoted as a block without quotation marks (after "He said:", or an embedded post before its "— Name (@handle)" credit line) is the quoted person's (xlplugin/blockquotes.py). 10: "!" in the text's first sentence when it is the given title; "we" in a text announcing its own news is an organisation's voice. 9: names: "!" inside a name ("Choir! Choir!"), "a Plot Dragon", a sentence of titles and names inside a paragraph is not a headline. 8: "US" in capitals is the country, not first person (unless its sentence is all capitals). 7: an attribution verb with a first-person subject ("I must admit") is the author's voice (voice.py). 6: no rate under MIN_WORDS words; sports names in a short sentence are names (Title Case rule). 5: 4: names, titles and not-prose (cues) and the voice mix (index fit), merged
UNIT = "loaded terms per 1,000 words"


# The fewest words a rate per 1,000 words is given for: the same as the index's default
# (setting min_words_index), for the same reason. On 24 words one loaded word is a rate of 42, on
# one word ("Unbelievable.") 1,000: the rate then says how long the text is, not how loaded.
MIN_WORDS = 25

_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"


def _why(sig: Score) -> str:
    """The phrase without the index points: the loaded terms, and the author's voice (first
    person, own questions) that is half of the score (MIX) and can cost the index points with no
    loaded term at all."""
    voice = _voice_words(sig)
    if not _top_terms(sig):
        return "no loaded terms" + (f", but an argued voice: {voice}{_damped(sig)}" if voice else " or argued voice found")
    return _terms_words(sig) + (f" and an argued voice: {voice}" if voice else "") + _damped(sig)


def _points(n: int) -> str:
    """ "1 point", "3 points": the Why's count of points (print46 saw "1 points for 33 loaded terms")."""
    return f"{n} point" + ("" if n == 1 else "s")


def _costed_why(sig: Score, points: int) -> str:
    """The Why's words when loaded language cost the index `points`: which of them the loaded
    terms cost (the Documents column shows the terms only) and which the author's voice, so that
    a 0.0 in the column beside points lost reads right ("no points for loaded terms, all 42 for an
    argued voice: ..."). Every number of points says "points" (not "25 for 8 loaded terms")."""
    terms_points, voice_points = _split_points(sig, points)
    voice = _voice_words(sig)
    if voice_points and not voice and terms_points and _missing_cost(sig):
        # no voice of its own: the points are those of the voice a short loaded text's rest was given
        return f"{_points(terms_points)} for {_terms_words(sig)}, {voice_points} for the{_added(sig, ' to a short text')}"
    if not voice_points or not voice:
        return _why(sig)  # the terms alone (or nothing to say of the voice): as without points
    if not terms_points:
        # terms at or under NEUTRAL_RATE cost nothing: said, so that they do not seem to cost the points
        terms = f"no points for its {_terms_words(sig, NEUTRAL_ASIDE)}" if _top_terms(sig) else "no points for loaded terms"
        return f"{terms}, all {voice_points} for an argued voice: {voice}{_damped(sig)}"
    return f"{_points(terms_points)} for {_terms_words(sig)}, {voice_points} for an argued voice: {voice}{_damped(sig)}"


def damped_rates(value: float | None, details: dict) -> tuple[float, float, float]:
    """The three rates the score read (`_scored_rates`), from a scored signal's native value and
    details (the Why's split of the points, scripts/fit_index.py): a text under MIN_RATE_WORDS
    words has its counts read over MIN_RATE_WORDS words (version 25), the missing words' voice
    as loaded as its terms (version 46)."""
    first_person, share = details.get("first_person_per_1000_words") or 0.0, details.get("question_share") or 0.0
    words, author = details.get("words"), details.get("author_terms")
    if not words or author is None:
        return value or 0.0, first_person, share
    # a rate read over MIN_RATE_WORDS words is its own for words / MIN_RATE_WORDS of them and the
    # missing words' for the rest (`_missing_voice`, version 46); the questions are read over
    # sentences in the same proportion
    short = min(1.0, words / MIN_RATE_WORDS)
    rate = _read_over(author, words, MIN_RATE_WORDS, NEUTRAL_RATE, per=1000.0)
    voice_first_person, voice_share = _missing_voice(rate)
    return (rate, first_person * short + voice_first_person * (1.0 - short),
            share * short + voice_share * (1.0 - short))


def fade_rate(value: float | None, details: dict) -> float:
    """(loose30) The loaded-term rate the voice's fade read (`_fade_rate`), from a scored signal's
    native value and details."""
    words, author = details.get("words"), details.get("author_terms")
    if not words or author is None:
        return value or 0.0
    return _fade_rate(author, words)


def _damped(sig: Score) -> str:
    """ ", a short text with 159 plain words added to make 200" where the rates shown were read over
    MIN_RATE_WORDS words for the score (version 25), "" for a text as long or longer (its word
    count is said just before, "in 41 words"). Where its loaded terms cost points even so, the
    other words were given some or all of the voice loaded texts usually have (version 46), and
    the Why says so. One short clause, no semicolon: the Why's parts are split by semicolons."""
    words = sig.details.get("words")
    if not words or words >= MIN_RATE_WORDS:
        return ""  # (no word count: a Score built by hand, nothing to say)
    return ", a short text with" + _added(sig)


def _added(sig: Score, to: str = "") -> str:
    """ " 41 plain words added to make 200" (`_damped`), the words added in the voice they were
    given; `to` after "added" (" to a short text")."""
    words = sig.details.get("words") or 0
    added = f" {MIN_RATE_WORDS - words} words added{to} to make {MIN_RATE_WORDS}"
    cost = _missing_cost(sig)
    if cost >= 1.0:
        return added + ", in the voice loaded texts usually have" + VOICE_ASIDE
    if cost > 0.0:
        return added + ", partly in the voice loaded texts usually have" + VOICE_ASIDE
    return f" {MIN_RATE_WORDS - words} plain words added{to} to make {MIN_RATE_WORDS}"


# What "the voice loaded texts usually have" is, in the Why (LOADED_FIRST_PERSON, LOADED_QUESTION_SHARE).
VOICE_ASIDE = ' (some "I", "we" and questions)'


def _missing_cost(sig: Score) -> float:
    """How far a short text's missing words were given the loaded texts' voice (version 46): 0
    (none: plain writing) to 1 (all of it); 0 for a text of MIN_RATE_WORDS words or more."""
    words = sig.details.get("words")
    if not words or words >= MIN_RATE_WORDS or not sig.details.get("author_terms"):
        return 0.0
    return 1.0 - _terms_part(damped_rates(sig.value, sig.details)[0])


# Said of loaded terms that cost no point beside a voice that did (a rate at or under NEUTRAL_RATE).
NEUTRAL_ASIDE = ", a plain report's level"


def _split_points(sig: Score, points: int) -> tuple[int, int]:
    """`points` as (the loaded terms' share, the voice's share), in whole points adding up to
    `points`: each part's share of what the score lost, by its MIX weight (`_parts`)."""
    parts = _parts(*damped_rates(sig.value, sig.details), sig.details.get("second_person_per_1000_words") or 0.0)
    lost = {k: MIX[k] * (1.0 - v) for k, v in parts.items()}
    # (version 82) past VOICE_FADE_RATE the voice's faded share is the loaded terms' cost
    kept = _voice_kept(fade_rate(sig.value, sig.details))
    faded = sum(MIX[k] * parts[k] for k in VOICE_KINDS) * (1.0 - kept)
    lost = {k: v * kept if k in VOICE_KINDS else v for k, v in lost.items()}
    lost["loaded terms"] += faded + (1.0 - kept) * sum(MIX[k] * (1.0 - parts[k]) for k in VOICE_KINDS)
    total = sum(lost.values())
    terms = int(points * lost["loaded terms"] / total + 0.5) if total else points
    return terms, points - terms


# The detail of a loaded term found in the headline given with a text (a title cell, a page's
# title): it has no place in the text, so its evidence text is empty and the term is here.
HEADLINE_TERM = "in the given headline: "


def _term(e: Evidence) -> str:
    """The words of a loaded term's evidence: its text, or a given headline's term from its detail
    (the Why quoted "" for "Plots agreed" in a title cell)."""
    if not e.text and e.detail.startswith(HEADLINE_TERM):
        return e.detail[len(HEADLINE_TERM):].strip("\u201c\u201d")
    return e.text


def _top_terms(sig: Score) -> list[str]:
    """The author's loaded terms as the Why names them, each once (whatever its case), quoted as
    the text first writes it, in order: not quotations, not the first-person, question and
    reader-address evidence, not a repeated paragraph. (book45) As written: the Why had quoted
    "concerns about china" for the text's "concerns about China", words the reader could not
    find so in the text. (print46) The exclamation marks are one entry in words, unquoted,
    "3 exclamation marks", where the first of them comes."""
    terms: dict[str, str] = {}
    marks = 0
    for e in sig.evidence:
        term = _term(e)
        if term and not e.kind.startswith("quoted") and e.kind not in VOICE_KINDS and e.kind != REPEATED_KIND:
            if e.kind == "exclamation":
                # (print46) said in words, once, where the first one comes: a bare "!" among the
                # quoted terms read as a word nobody could find
                marks += 1
                terms.setdefault(EXCLAMATIONS, EXCLAMATIONS)
            elif term.lower() not in terms:
                terms[term.lower()] = term
    return [_exclamations_said(marks) if term == EXCLAMATIONS else f'"{term.strip(_QUOTE_MARKS)}"' for term in terms.values()]


# (print46) The key of the author's exclamation marks among the terms (`_top_terms`), shown in
# words with their count, unquoted.
EXCLAMATIONS = "\x00exclamation marks"


def _exclamations_said(count: int) -> str:
    """ "3 exclamation marks", "an exclamation mark": each run of marks counts as one term. (Not
    "exclamation marks (3)": the list is inside the Why's parentheses already.)"""
    return f"{count} exclamation marks" if count > 1 else "an exclamation mark"


# (book45) The Why names at most this many of the author's loaded terms; where there are more, it
# says that these are some of them ("among them"): a bare list of three beside "18 loaded terms"
# read as the whole list.
SHOWN_TERMS = 3


def _terms_words(sig: Score, aside: str = "") -> str:
    """ "3 loaded terms in 85 words (35 per 1,000: "a", "b", "c")": the count and the rate,
    so that a rate on a short text does not read as a count (without a word count, the rate);
    `aside` ends the parentheses."""
    # (each quoted once: a scare quote's evidence holds its own quotation marks, `_top_terms`)
    found = _top_terms(sig)
    top = ", ".join(found[:SHOWN_TERMS])
    lead = ", among them " if len(found) > SHOWN_TERMS else ": "
    terms, words = sig.details.get("author_terms"), sig.details.get("words")
    if terms is None or not words:
        return _counted(f"{sig.value:.0f}", "loaded term") + f" per 1,000 words ({lead.lstrip(', :')}{top})"
    return _counted(str(terms), "loaded term") + f" in {_counted(str(words), 'word')} ({sig.value:.0f} per 1,000{lead}{top}{aside})"


def _voice_words(sig: Score) -> str:
    """ "12 first-person words (I, we) in 85 words (141 per 1,000), 3 questions of the
    author's own (6% of sentences)" ("" for neither). The first person is "I" and "we" (the kind
    cue counts "I" alone: kinds.FIRST_PERSON_WORDS)."""
    first_person = sig.details.get("first_person_per_1000_words") or 0
    questions = sig.details.get("question_share") or 0
    words = sig.details.get("words")
    voice = []
    if first_person:
        count = sum(1 for e in sig.evidence if e.kind == "first person")
        if count and words:
            voice.append(_counted(str(count), "first-person word") + f" (I, we) in {_counted(str(words), 'word')}"
                         f" ({first_person:.0f} per 1,000)")
        else:
            voice.append(_counted(f"{first_person:.0f}", "first-person word") + " (I, we) per 1,000")
    if questions:
        asked = sum(1 for e in sig.evidence if e.kind == "rhetorical question")
        share = f"{questions:.0%} of sentences"
        voice.append(_counted(str(asked), "question") + f" of the author's own ({share})" if asked
                     else f"{share} the author's own questions")
    return ", ".join(voice)


def _counted(number: str, word: str) -> str:
    """ "1 loaded term", "0 loaded terms", "3 loaded terms": a number as written, with its noun."""
    return f"{number} {word}" + ("" if number == "1" else "s")


def _mark(item: Evidence) -> str:
    # quoted words are not held against the author; the reader address is shown on the Evidence
    # sheet but weighs 0 in MIX, so the Read sheet flags no "you" as loaded
    # (a repeated paragraph shown here, xlplugin.repeat_notes, was not read: no flag either)
    # (the author's first person and own questions are the argued voice, not loaded words: the
    # Read sheet gives them a mark of their own, "voice")
    if item.kind.startswith("quoted") or item.kind in ("reader address", REPEATED_KIND):
        return ""
    return "voice" if item.kind in ("first person", "rhetorical question") else "loaded"


# Normalisation (per 1,000 author words), re-measured with cue list version 3 on the "tune" halves
# (scripts/evaluation/common.py split): mainstream political news (PolNeAR, 397 articles) has a
# median of 4.45 and a 90th percentile of 14.4; propaganda-technique articles (PTC, 182 articles)
# a median of 11.4 and a 90th percentile of 23.7; BABE sentences pooled give 10.7 for
# non-biased and 36.3 for biased ones (version 2 gave 4.8 / 14.6, 12.0 / 24.6, 10.8 / 34.4 and
# used 5 and 25). So: at or below the typical mainstream article the score is 1; at the level of
# the most loaded tenth of the propaganda set it is 0; linear between.
NEUTRAL_RATE = 4.5
LOADED_RATE = 24.0


INFO = SignalInfo(
    NAME,
    header="Loaded terms per 1,000 words (higher = more loaded)",
    phrase=_why,
    costed_phrase=_costed_why,
    reading=(
        "Emotive and derogatory labels, exaggeration, doubt-casting words ('so-called'), "
        "editorialising adverbs ('obviously'), scare quotes, exclamations. Words inside quotations "
        "are counted apart and not held against the author. The score in the index also weighs the "
        "author's argued voice: loaded terms count half, the author's first person (I, we) a quarter "
        "and the author's own (rhetorical) questions a quarter, so a text with no loaded term can "
        "still lose points for its voice.",
        "Terms per 1,000 words; higher = more loaded (red). The column shows the terms only.",
        "Opinion pieces, propaganda, angry posts.",
        "Wire reports, official statements.",
        "A word list: it misses new slurs and coded language, and cannot tell quoting from using.",
    ),
    table=("loaded/1k", 1),
    excel=("XLP_LOADED", "Loaded language: loaded terms per 1,000 words (higher = more loaded)."),
    aliases=("loaded",),
    number_format="0.0",
    # coloured by what the rate does to the index: green at or under NEUTRAL_RATE (the terms cost
    # nothing), red at LOADED_RATE and over (they cost all their part); the voice's part of the
    # score is not in this column (the Why says what it cost)
    colours=(LOADED_RATE, NEUTRAL_RATE),
    mark=_mark,
    outlets_header="Loaded terms per 1,000 words",
    # the weight covers the voice too (MIX; tests/test_why_wording.py holds these words to it)
    weight_note="half for loaded terms, half for the author's voice: a quarter for first-person words, "
                "a quarter for the author's own questions",
    abbreviation="loaded",
    better_way="lower = more reliable",
)

DATA_FILE = "loaded_language.txt"
# Categories of the cue list, in the order their counts appear in `details`; scare quotes and
# exclamations are found by rule.
LEXICON_CATEGORIES = ("emotive", "derogatory", "exaggeration", "doubt", "editorial", "attribution")
CATEGORIES = LEXICON_CATEGORIES + ("scare quote", "exclamation")

# (version 25) Small samples: a rate from a few dozen words is a noisy estimate (on 41 words one
# loaded term is 24 per 1,000, the top of the scale; four "I" in 85 words are 47 per 1,000). For
# the score, each rate of a text shorter than MIN_RATE_WORDS words is read over MIN_RATE_WORDS
# words, the missing words counted as typical prose: NEUTRAL_RATE loaded terms per 1,000 (a rate
# that costs nothing, so a calm short text keeps its 1), no first person and no question (the
# plain tune articles' median of both is 0). That is a prior worth MIN_RATE_WORDS - n words,
# fading to none at MIN_RATE_WORDS: a longer text scores exactly as before. 200 is the prior
# worth the data gives: a gamma-Poisson model of the loaded-term rates of SemEval's tune half,
# fitted by moments, puts the spread between articles at that of a rate read over about 200 words
# (188 for the plain articles, 213 for all; printed by scripts/fit_index.py). A loud short rant
# stays loud (6 terms in 60 words read as 33 per 1,000: still 0). The native value and the
# details keep the plain rates; the Why says when a text's rates were damped.
# The share of questions likewise: the missing words are sentences as long as the text's own,
# none a question.
MIN_RATE_WORDS = 200
# (version 46, short17) The evidence a short text gives, not only its length: its loaded terms
# say what kind of text the missing words would be. Read as "plain writing with no voice", a
# 39-word post with 11 contemptuous terms and no "I" or question kept a perfect voice half and
# landed mid-scale (index 47), because 39 words without "I" show little. So the missing words'
# voice is that of texts as loaded as the text's own terms read: none where those terms cost
# nothing (a calm note scores as before), rising in a straight line with the terms' own cost
# (`_parts`) to the mean voice of articles at or over LOADED_RATE. SemEval's tune half, 48
# articles at or over LOADED_RATE: first person 6.5 per 1,000 words (6.2 from 24 to 40 per 1,000,
# 7.9 over 40; plain-rate articles 1.8, median 0), questions 3.5% of sentences (plain-rate 0.3%).
# One loaded word in 40 lifts that voice a little (a fifth of the way); four or more reach it.
# The loaded terms' own top-up stays NEUTRAL_RATE: their count is the evidence. A text of
# MIN_RATE_WORDS words or more has no missing words and scores exactly as before.
LOADED_FIRST_PERSON = 6.5  # per 1,000 words
LOADED_QUESTION_SHARE = 0.035

# The editorialising voice (version 4): two marks of a text that argues rather than reports,
# counted outside attributed quotations and kept apart from the loaded terms (they are not words
# of a list, and the native value stays loaded terms per 1,000 words): the author's first person
# ("I", "we", "our": opinion and us-against-them framing) per 1,000 words, and the share of
# sentences that are the author's own questions (rhetorical questions). Measured per article on
# the SemEval-2019 by-article tune half, each separates hyperpartisan from other articles about as
# well as a third of the loaded-term rate does (ROC AUC 0.65 and 0.62; loaded terms 0.68), and
# adds to it (scripts/fit_index.py). Each is 0 at the level of the most argumentative tenth of
# the tune half's hyperpartisan articles (their 90th percentile, printed by scripts/fit_index.py)
# and 1 with none; linear between.
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
FIRST_PERSON_ZERO = 17.0  # per 1,000 words (16.8 measured for version 11; 18.7 before the quoted blocks)
# (version 10) An organisation announcing its own news speaks as "we" ("we hope you enjoy the
# new release"): the voice of a press release, not an argued opinion. In a text that holds the
# announcement wording of a press release (the phrases the press-release kind reads, in
# xlplugin/data/kinds.txt) in its title or opening sentences, outside quotations, the author's
# first-person plural is not counted;
# "I", "me", "my" still are.
FIRST_PERSON_PLURAL = frozenset("we us our ours ourselves".split())
_ANNOUNCING_RE = re.compile(
    r"\b(?:(?:pleased|proud|excited|happy|delighted|thrilled) to announce|today announced|announced today"
    r"|(?:is|are) now available)\b", re.IGNORECASE)
ANNOUNCE_SENTENCES = 2  # a press release says what it announces in its first sentence or two
# (version 15) First-person words that are also a noun or a numeral ("the gold mine", "World War
# I"): `xlplugin.pronouns.not_pronoun` says which use a place has.
_ALSO_NOT_PRONOUNS = frozenset(("mine", "i", "me"))
QUESTION_ZERO = 0.10  # share of sentences (0.095 measured for version 11)
# How the normalised score mixes its three parts: the non-negative logistic fit on the same tune
# half gave loaded terms, first person and questions coefficients of about 2 : 1 : 1.
# (version 17) The reader address (below) is measured but weighs 0: on the tune halves it lifted
# SemEval's index AUC a little (0.740 to 0.745 at weight 0.5) but lowered the PTC articles'
# Spearman (0.335 to 0.29-0.31 at weight 0.5, 0.371 to 0.359 without the pages whose poll
# boilerplate addresses the reader) and, alone, ranked PolNeAR's tune outlets the wrong way (-0.14).
MIX = {"loaded terms": 2.0, "first person": 1.0, "rhetorical question": 1.0, "reader address": 0.0}
# (version 33, loaded27) The share of its cost an argued voice (first person, own questions)
# keeps in a text whose loaded terms are at or under NEUTRAL_RATE: a sober signed column argues
# in the first person without a loaded word, and costing it as much as a rant's voice put labelled
# columns (60-72) under unsigned press releases (87-91). Chosen on SemEval's tune half: index AUC
# 0.7522 at full cost, 0.7516 at 0.5, 0.7515 at 0.25, 0.7488 at 0 (a cost scaled smoothly with the
# terms' part instead fell to 0.739-0.749; a gentler first-person curve, zero at 25-50 per 1,000,
# to 0.745-0.750); held back, looked at once after choosing: 0.8238 to 0.8211.
# (version 36, loaded28) Not a step: the cost rises in a straight line with the loaded terms' own
# cost (`_parts`), from PLAIN_VOICE_COST at NEUTRAL_RATE to the whole of it at LOADED_RATE. The
# step moved the index of an argued text by up to 31 points for one loaded word (15.6 seen among
# SemEval's tune articles); the ramp moves it by at most 5.9 there (99th percentile 4.1), less
# than the word moves it through the terms' own part. Ramps ending sooner were measured on the
# tune half (index AUC: step 0.7490, full cost everywhere 0.7487; ramps from 4.5 to 10.5, 13.5,
# 16.5, 20.5 and 24 per 1,000: 0.7416, 0.7400, 0.7390, 0.7368, 0.7353; largest move of one word
# 13.0, 8.7, 8.5, 7.2, 5.9 points): SemEval rewards full cost on any argued text above a plain
# report's level (the quarter's discount buys it nothing), so every smooth ramp costs some AUC;
# the tune halves of the other two article sets rose with the ramp's length (PTC articles'
# Spearman: step 0.405, ramps 0.400, 0.404, 0.406, 0.410, 0.411, 0.412; PolNeAR outlets' 0.143,
# then 0.143 to 0.107, 0.250 from 16.5 on). The ramp that ends at LOADED_RATE keeps each word's
# move to a few points, is best on those two, and needs no new number. Ramps starting below NEUTRAL_RATE would cost a short sober text: its rate is read over
# 200 words topped up at NEUTRAL_RATE (MIN_RATE_WORDS), so no loaded word reads as up to 3.9.
PLAIN_VOICE_COST = 0.25
# (version 82, voice29) The voice past the loaded terms' floor. The terms' part reaches 0 at
# LOADED_RATE, and from there on only the voice (first person, own questions) moved the score:
# two hyperpartisan blogs at 75 and 90 loaded terms per 1,000 words scored 14.9 and 26.5, the less
# loaded one lower because of three short rhetorical questions ("Coincidence?"), and the same blog
# with those questions made statements 41.7 (a tester's fresh blogs, fresh27 defect 1). A text whose
# terms alone are far past their floor has said what the voice would say: from VOICE_FADE_RATE the
# voice's share of the score (what it keeps, not what it costs) fades in a straight line, to none at
# TERMS_FLOOR_RATE, where the terms alone take the signal to 0 and the punctuation and pronouns of a
# rant decide nothing. Texts under VOICE_FADE_RATE (every plain report) score exactly as before.
# Chosen on SemEval's tune half (index AUC 0.7338 before): fading from LOADED_RATE to 30, 36, 48,
# 60, 72, 96 per 1,000: 0.7299, 0.7315, 0.7326, 0.7332, 0.7337, 0.7335 (PTC articles' tune Spearman
# 0.424 to 0.434-0.427: SemEval's plain articles at 24-36 per 1,000 still argue less than its
# hyperpartisan ones); from 1.5 times LOADED_RATE (36) to 66, 72, 84, 120: 0.7342, 0.7341, 0.7341,
# 0.7340 (PTC 0.425); from 48 on, 4 articles move or none (0.7338). Also tried: each voice part's cost
# at least the terms' excess (0.7319-0.7334), the terms' line continued below 0 into the voice
# (0.7322), the whole cost saturating past a knee (0.7333-0.7338, and it left the blogs apart). 36
# and 72 (1.5 and 3 times LOADED_RATE) are round and need no new scale; SemEval's tune half has 11
# articles over 36 per 1,000 words and 3 over 72.
VOICE_FADE_RATE = 1.5 * LOADED_RATE
TERMS_FLOOR_RATE = 3.0 * LOADED_RATE
VOICE_KINDS = ("first person", "rhetorical question", "reader address")
# The kind of a paragraph the batch left out, shown in this signal's evidence where unsourced
# claims found no check-worthy sentence (xlplugin.repeat_notes.EVIDENCE_KIND): no loaded term.
REPEATED_KIND = "repeated paragraph"
# (version 17) The author's address to the reader: "you" and its forms per 1,000 words, outside
# quotations, quoted blocks, an interview's questions and answers and text that is not prose. A
# listicle ("10 foods you should eat") and a partisan blog ("your money, your rights") talk to the
# reader; a report rarely does outside its quotes. Not counted: the formula "thank you" / "bless
# you", and a reader prompt ("What do you think?": prose.reader_prompt). 0 at SECOND_PERSON_ZERO,
# near the tune half's hyperpartisan 90th percentile (9.3; plain articles: median 0, 90th 7.0).
SECOND_PERSON = frozenset(w.replace("'", q) for w in "you your yours yourself yourselves you're you'll you've you'd "
                          "y'all ya'll".split() for q in "'\u2019")  # (the tokens keep a contraction whole)
SECOND_PERSON_ZERO = 10.0  # per 1,000 words
_FORMULA_BEFORE = frozenset(("thank", "bless"))  # "thank you", "God bless you": a formula, not an address

# A scare quote is a quotation of at most this many words, starting in lower case, in a sentence
# with no speech verb; longer quotations and quotations with a speaker are attributed speech.
SCARE_QUOTE_MAX_WORDS = 3
_SPEECH_WORDS = frozenset(
    """said says say saying told tells tell according called calls call dubbed dubs termed terms
    described describes labelled labeled labels wrote writes write added adds asked asks
    stated states declared declares quoted quoting titled entitled named""".split()
)
_EXCLAMATION_RE = re.compile(r"!+")


def _exclamations(text: str) -> Iterator[tuple[int, int]]:
    """The spans of `_EXCLAMATION_RE.finditer(text)` (runs of "!"), found by str.find: the
    pattern tries every character of the text (~18 us on a news article), find jumps from one
    mark to the next. `tests/test_scorer_loaded_language.py` holds the two equal."""
    at = text.find("!")
    while at >= 0:
        end = at + 1
        while text.startswith("!", end):
            end += 1
        yield at, end
        at = text.find("!", end)

# (loaded45) A Markdown link or image left as plain text (a .txt saved from a page, where
# markdown_marks does not read it): "!" as the whole text of a link ("[!](https://...)", a
# footer's icon) or as an image's mark before its brackets ("![map](map.png)") is markup.
_IMAGE_MARK_RE = re.compile(r"\[[^\]\n]{0,200}\]\(")


def _link_markup(text: str, start: int, end: int) -> bool:
    """(loaded45) Is the "!" run at start..end a Markdown link's or image's mark (above)?"""
    if start > 0 and text[start - 1] == "[" and text.startswith("](", end):
        return True  # "[!](...)"
    return end == start + 1 and _IMAGE_MARK_RE.match(text, end) is not None  # "![alt](url)"



def _lost_ligature(text: str, start: int, end: int) -> bool:
    """(loaded46) Does the "!" at start..end stand for a lost ligature inside a word? A PDF's
    "ff", "fi", "fl" or "ffi" glyph read back as "!" leaves one mark between two lower-case
    letters ("Su!olk", "o!ce", "e!ective"); an exclamation ends its word ("Wow!", "Yahoo! in"),
    and none stands between two letters of one word. A space or a mark on either side ("Wow! so",
    "!!") and a capital after it ("great!The") leave an exclamation."""
    return end == start + 1 and 0 < start and end < len(text) \
        and text[start - 1].islower() and text[end].islower()

# Hyphenated compounds: a compound not in the list is a cue when one of its parts is a strong cue
# ("jihad-treason", "homosexual-infested") or when it ends in one of these contemptuous tails
# ("tradition-hating", "Trump-bashing", "power-crazed"). Written from English usage: these tails
# make a label out of whatever precedes them.
_COMPOUND_TAILS = frozenset(
    """hating hater haters bashing bashers basher obsessed crazed mongering monger mongers infested
    addled riddled worshipping worshiping baiting grubbing""".split()
)

_VOWELS = "aeiou"


def _verb_forms(lemma: str) -> set[str]:
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
        forms |= {plural, lemma + "ed", lemma + "ing"}
        # A short verb ending consonant-vowel-consonant doubles its last letter: slam, slammed.
        if (len(lemma) >= 3 and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS
                and lemma[-3] not in _VOWELS):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _noun_forms(lemma: str) -> set[str]:
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        return {lemma, lemma[:-1] + "ies"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma, lemma + "es"}
    return {lemma, lemma + "s"}


def _adjective_forms(lemma: str) -> set[str]:
    if lemma.endswith("ic"):
        return {lemma, lemma + "ally"}
    if lemma.endswith("le"):
        return {lemma, lemma[:-1] + "y"}
    if lemma.endswith("y") and len(lemma) > 2:
        return {lemma, lemma[:-1] + "ily"}
    return {lemma, lemma + "ly"}


_FORMS = {"v": _verb_forms, "n": _noun_forms, "a": _adjective_forms}

# A "<category> weak" section of the cue list holds words a calm report also uses to name a
# thing ("corruption charges", "a conspiracy to defraud"); such a cue counts only when its
# sentence holds a cue that is not weak (of any category, scare quotes and exclamations included).
WEAK_SUFFIX = " weak"
# The categories that have a "[<category> weak]" section in the cue list.
WEAK_CATEGORIES = ("emotive", "derogatory", "exaggeration")
# (version 14) Phrases in which a listed word has another sense ("gross domestic product",
# "malicious software", "image manipulation", "are claimed by"): matched like the cue phrases (the
# longest phrase at a word wins, and a phrase consumes its words), they count nothing. Those of
# the second section are names only when capitalised ("Nationalist forces": the party's army).
NOT_LOADED = "not loaded"
NOT_LOADED_CAPITALISED = "not loaded capitalised"
NOT_LOADED_SECTIONS = (NOT_LOADED, NOT_LOADED_CAPITALISED)
# (insults18) Labels of an industry or an institution that are labels only when written as a
# name, every word capitalised ("Big Oil", "Big Tech"; not "a big oil spill", "big tech
# companies"): counted as derogatory.
DEROGATORY_CAPITALISED = "derogatory capitalised"

# {word: (category, weak)} for single words; {(first word, second word): [(words after the
# second, category, weak), ...]} for phrases, longest first: keyed on two words so that a common
# first word ("the", "in", "of") costs one dict look-up, not a scan of its phrases. Built once by
# `warm_up`.
_words: dict[str, tuple[str, bool]] | None = None
_phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], str, bool]]] = {}
_phrase_starts: set[str] = set()
# The words `_match_starts` looks for to find where a phrase can start: a phrase is found by its
# first word, or by its second where the first is an English function word and the second is not
# ("in fact" by "fact": "in" is a tenth of all words). Built by `warm_up`.
_first_keys: set[str] = set()
_second_keys: set[str] = set()
class _Labels(NamedTuple):
    """(loaded28) The label adjectives ([group_label_words]) that count before a noun of people
    or a group ([group_nouns]), and the English function words a modifier between may not be."""

    adjectives: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    # (praise19) glorifying adjectives ([praise_words]) that count before a noun of a leader, a
    # state or its policy ([praised_nouns])
    praise: frozenset[str] = frozenset()
    praised: frozenset[str] = frozenset()


_labels = _Labels()  # built by `warm_up`


class _Attacks(NamedTuple):
    """(insults19) The verbs of violence ([attack_verbs], every form) that count, as emotive, said
    of a programme, an institution or a law ([attack_objects]: "gut Social Security", "rig the
    election"), and what "ram ... through" may force through ([forced_objects])."""

    verbs: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    forced: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()  # "the police budget": the budget's


_attacks = _Attacks()  # built by `warm_up`
# Words after an attack verb that its object phrase may hold besides modifiers ("the state's")
_ATTACK_DETERMINERS = frozenset("the a an this these those its their his her our my your every all".split())
ATTACK_WINDOW = 4  # words after the verb (or before a passive's "be") searched for its object
# A fire in the sentence makes "gutted" a building's ("the fire gutted the school"): no attack
_FIRE_WORDS = frozenset("fire fires blaze blazes flames flame arson explosion blast".split())
# Words between a passive's subject and "be" ("Social Security will be gutted")
_MODALS = frozenset("will would could might may can shall should must".split())
# Every word that can begin a match: the single words and the phrases' first words.
_candidates: frozenset[str] = frozenset()
# The words that begin a cue (the single words and the cue phrases' first words; not the first
# words of the [not loaded] phrases, "are" of "are claimed by"): a neighbour that is one does not
# make a name (`prose.name_reason`).
_cue_starts: frozenset[str] = frozenset()
# (claims40) The cues of one word ("stunning", "shameful"): a label of the writer's before a
# headline's colon, never a speaker (`headline_speakers.speaker_colon_end`)
_word_cues: frozenset[str] = frozenset()


def _expand(entry: str) -> set[str]:
    if "/" in entry:
        base, _, marker = entry.rpartition("/")
        maker = _FORMS.get(marker.strip())
        if maker is None:
            return {entry}
        base = base.strip()
        if " " in base:
            # Inflect the last word of a phrase ("witch hunt/n" -> "witch hunts").
            head, _, last = base.rpartition(" ")
            return {f"{head} {form}" for form in maker(last)}
        return maker(base)
    return {entry}


def warm_up() -> None:
    """Load and expand the cue list (once per process)."""
    global _words, _candidates, _cue_starts, _word_cues
    if _words is not None:
        return
    prose.warm_up()
    headline_speakers_warm_up()  # (claims40)
    blockquotes.warm_up()
    argued_voice.warm_up()
    desk_voice.warm_up()
    insinuation_formulas.warm_up()
    conspiracy_tells.warm_up()
    vague_insinuation.warm_up()
    sales_pressure.warm_up()
    senses.warm_up()
    words: dict[str, tuple[str, bool]] = {}
    phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], str, bool]]] = {}
    sections = load_sections(DATA_FILE)
    # Strong sections first, so that a word listed in both is strong.
    for weak in (False, True):
        for category in WEAK_CATEGORIES if weak else LEXICON_CATEGORIES + NOT_LOADED_SECTIONS + (DEROGATORY_CAPITALISED,):
            for entry in sections[category + WEAK_SUFFIX if weak else category]:
                for form in _expand(entry):
                    parts = tuple(p for p in re.split(r"\s+", form) if p)
                    if not parts:
                        continue
                    if len(parts) == 1:
                        words.setdefault(parts[0], (category, weak))
                    else:
                        phrases.setdefault(parts[:2], []).append((parts[2:], category, weak))
    for parts, category in _generated_phrases(sections):  # (sides25)
        phrases.setdefault(parts[:2], []).append((parts[2:], category, False))
    for options in phrases.values():
        options.sort(key=lambda item: -len(item[0]))
    _phrases.clear()
    _phrases.update(phrases)
    _phrase_starts.clear()
    _phrase_starts.update(first for first, _ in phrases)
    function_words = frozenset(w for line in load_sections("stopwords.txt")["en"] for w in line.split())
    by_second = {(first, second) for first, second in phrases if first in function_words and second not in function_words}
    _first_keys.clear()
    _first_keys.update(first for first, second in phrases if (first, second) not in by_second)
    _second_keys.clear()
    _second_keys.update(second for _, second in by_second)
    _candidates = frozenset(words) | frozenset(_phrase_starts)
    _word_cues = frozenset(words)
    _cue_starts = frozenset(words) | frozenset(
        first for (first, _), options in phrases.items() if any(o[1] not in NOT_LOADED_SECTIONS for o in options))
    global _labels, _attacks
    _labels = _Labels(section_words(DATA_FILE, "group_label_words"), section_words(DATA_FILE, "group_nouns"),
                      function_words, section_words(DATA_FILE, "praise_words"), section_words(DATA_FILE, "praised_nouns"))
    _attacks = _Attacks(frozenset(form for entry in sections["attack_verbs"] for form in _expand(entry)),
                        section_words(DATA_FILE, "attack_objects"), section_words(DATA_FILE, "forced_objects"),
                        section_words(DATA_FILE, "attack_compound_tails"))
    global _compound_labels
    _compound_labels = _CompoundLabels(*(section_words(DATA_FILE, name) for name in (
        "label_compound_tails", "loving_objects", "patron_words", "patron_tails", "side_words", "insult_tails",
        "fond_tails", "style_names", "style_tails", "style_plain_nouns", "office_label_words", "office_nouns",
        "crowd_nouns", "crowd_group_words", "crowd_place_words", "crowd_event_words")))
    _words = words


def _is_candidate(lower: str) -> bool:
    """Can a match start at this word? (It starts a phrase, is a listed word or holds a hyphen.)"""
    return lower in _candidates or "-" in lower


# What a word tells `_word_places` (bits): a match can start at it (a listed word, a hyphenated
# one, a phrase's first word in `_first_keys`), or at the word before it (`_second_keys`); it is
# a first-person word (FIRST_PERSON) or one addressing the reader (SECOND_PERSON).
_AT, _BEFORE, _FIRST, _SECOND = 1, 2, 4, 8


def _start_flags(lower: str) -> int:
    at = lower in _words or "-" in lower or lower in _first_keys or lower in _labels.adjectives \
        or lower in _attacks.verbs or lower in _labels.praise \
        or lower in _compound_labels.tails or lower in _compound_labels.offices \
        or lower in _compound_labels.crowds \
        or lower.endswith(_POSSESSIVE) and _start_flags(lower[:-2]) & _AT > 0  # type: ignore[operator]  (after warm_up)
    return (_AT if at else 0) | (_BEFORE if lower in _second_keys else 0) \
        | (_FIRST if lower in FIRST_PERSON else 0) | (_SECOND if lower in SECOND_PERSON else 0)


_START_FLAGS = WordTable(_start_flags)  # _start_flags per word, for memo_map


class _Places(NamedTuple):
    """Where the words that `score` looks at stand (indexes into the words, in order)."""

    starts: list[int]  # where `_find_cues` can find a match (`_match_starts`)
    first_person: list[int]  # the words of FIRST_PERSON
    second_person: list[int]  # the words of SECOND_PERSON


def _word_places(lowers: list[str]) -> _Places:
    """The places of `_match_starts` and those of the first- and second-person words, from one
    pass over the words (`_start_flags` per distinct word, `memo_map`): the voice and the reader
    address each made a pass of their own over every word (~15 microseconds a news article each),
    where the few words they want are found here beside the cues' starts. The places are those
    of `word in FIRST_PERSON` / `SECOND_PERSON` over the words, in order
    (`tests/test_loaded_places.py`)."""
    flags = memo_map(_start_flags, _START_FLAGS, lowers)
    starts: list[int] = []
    first: list[int] = []
    second: list[int] = []
    for j in compress(range(len(lowers)), flags):
        flag = flags[j]
        if flag & _BEFORE and j and (not starts or starts[-1] != j - 1):
            starts.append(j - 1)
        if flag & _AT:
            starts.append(j)
        if flag & _FIRST:
            first.append(j)
        if flag & _SECOND:
            second.append(j)
    return _Places(starts, first, second)


def _match_starts(lowers: list[str]) -> list[int]:
    """The words where `_find_cues` can find a match, in order: the listed and hyphenated words,
    and where a phrase can start, found by one of its first two words (a key of `_phrases`): the
    word in `_first_keys`, or the word before one in `_second_keys`. The rule names every first
    word of a phrase (`_is_candidate`), "the", "of" and "in" among them, a fifth of a text's words;
    but a phrase starts only where its first two words stand together, so at the other places
    `_find_cues` finds nothing and moves on, and leaving them out changes nothing
    (`tests/test_scorer_loaded_language.py` holds the two equal)."""
    return _word_places(lowers).starts


class _CompoundLabels(NamedTuple):
    """(labels35) The hyphenated labels read from their parts (loaded_language.txt)."""

    sneer_tails: frozenset[str] = frozenset()  # [label_compound_tails]: "latte-sipping", "Bible-thumping"
    loving: frozenset[str] = frozenset()  # [loving_objects]: "gun-loving", "criminal-loving"
    patrons: frozenset[str] = frozenset()  # [patron_words]: "Soros-", "Koch-"
    patron_tails: frozenset[str] = frozenset()  # [patron_tails]: "-funded", "-bankrolled"
    # (sides24) an insult noun after a side's word is one label: [side_words] "gun", "health";
    # [insult_tails] "nuts", "grabbers", "fascists", "shills" ("gun nuts", "health fascists")
    sides: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()
    # (sides25) "fascist-loving", "thug-coddling": a tail of fondness after an insult word
    fond_tails: frozenset[str] = frozenset()
    # (sides25) "Soviet-style censorship", "Stasi-like": a regime likened ([style_plain_nouns]:
    # "Soviet-style apartment blocks" is the look of a thing)
    style_names: frozenset[str] = frozenset()
    style_tails: frozenset[str] = frozenset()
    style_plain: frozenset[str] = frozenset()
    # (sides25) "unelected bureaucrats", "an unelected activist judge": one label
    offices: frozenset[str] = frozenset()
    office_nouns: frozenset[str] = frozenset()
    # (loose27) "the MAGA crowd", "the progressive crowd", "the woke brigade": [crowd_nouns] after a
    # side's word or a persuasion ([crowd_group_words]) and "the"
    crowds: frozenset[str] = frozenset()
    crowd_groups: frozenset[str] = frozenset()
    # (loose30) "the MAGA crowd at the rally", "the woke crowd that filled the square": a gathering
    crowd_places: frozenset[str] = frozenset()
    crowd_events: frozenset[str] = frozenset()


_compound_labels = _CompoundLabels()  # built by `warm_up`
_DEROGATORY = ("derogatory", False)
_EMOTIVE = ("emotive", False)


def _patron_compound(parts: list[str]) -> bool:
    """(labels35) Is the compound of `parts` a patron's ("Soros-funded", "dark-money-funded")?"""
    return parts[-1] in _compound_labels.patron_tails and "-".join(parts[:-1]) in _compound_labels.patrons


def _compound(word: str, words: dict[str, tuple[str, bool]]) -> tuple[str, bool] | None:
    """The cue a hyphenated compound carries (see _COMPOUND_TAILS and `_CompoundLabels`), or None."""
    parts = word.split("-")
    if parts[-1] in _COMPOUND_TAILS:
        return ("emotive", False)
    labels = _compound_labels
    if parts[-1] in labels.sneer_tails or parts[-1] == "loving" and "-".join(parts[:-1]) in labels.loving:
        return _DEROGATORY  # (labels35) "latte-sipping cyclists", "gun-loving", "criminal-loving"
    if _patron_compound(parts):
        return _DEROGATORY  # (labels35) "Soros-funded", "Koch-funded" (`_funds_a_name` keeps a named body's)
    if parts[-1] in labels.tails and "-".join(parts[:-1]) in labels.sides:
        return _DEROGATORY  # (sides24) "eco-fascists", "covid-nazis": an insult noun after a side's word
    for part in parts:
        entry = words.get(part)
        if entry is not None and not entry[1]:
            return entry
    head = "-".join(parts[:-1])
    if parts[-1] in labels.fond_tails and (head in labels.loving or head in labels.tails
                                           or words.get(head, ("",))[0] == "derogatory"):
        return _DEROGATORY  # (sides25) "fascist-loving", "nazi-loving": fondness for an insult word's people
    if _style_compound(parts):
        return _EMOTIVE  # (sides25) "Soviet-style censorship", "Stasi-like": `_style_of_thing` keeps a look's
    return None


def _style_compound(parts: list[str]) -> bool:
    """(sides25) Is the compound of `parts` a regime's style ("Soviet-style", "Stasi-like")?"""
    return parts[-1] in _compound_labels.style_tails and "-".join(parts[:-1]) in _compound_labels.style_names


def _style_of_thing(doc: Document, i: int) -> bool:
    """(sides25) Is the regime's style at i ("Soviet-style") said of a thing it is plainly the look
    of, the next word one of [style_plain_nouns] or a modifier before one ("Soviet-style apartment
    blocks", "a Nazi-style salute")?"""
    lowers = doc.lowers
    for j in (i + 1, i + 2):
        if j < len(lowers) and doc.token_sentences[j] == doc.token_sentences[i] \
                and lowers[j] in _compound_labels.style_plain:
            return True
    return False


def _generated_phrases(sections: dict) -> Iterator[tuple[tuple[str, ...], str]]:
    """(sides25) Cue phrases made from the lists' parts, as (words, category): a historic evil
    likened ([comparison_names] after a word of [comparison_before], "the new Jim Crow", or before
    a phrase of [comparison_after], "Jim Crow in a cheap new suit"): emotive; stealing an election
    ([steal_verbs], one word of [steal_between], [steal_objects]: "stealing the vote"): emotive; an
    in-group purity label ([purity_words] before [purity_nouns]: "real Americans"): derogatory."""
    def split(line: str) -> tuple[str, ...]:
        return tuple(line.split())
    names = [split(line) for line in sections["comparison_names"]]
    before = [w for line in sections["comparison_before"] for w in line.split()]
    after = [split(line) for line in sections["comparison_after"]]
    for name in names:
        for word in before:
            yield (word,) + name, "emotive"
        for tail in after:
            yield name + tail, "emotive"
    objects = [w for line in sections["steal_objects"] for w in line.split()]
    between = [w for line in sections["steal_between"] for w in line.split()]
    for verb in (w for line in sections["steal_verbs"] for w in line.split()):
        for obj in objects:
            yield (verb, obj), "emotive"
            for word in between:
                yield (verb, word, obj), "emotive"
    nouns = [w for line in sections["purity_nouns"] for w in line.split()]
    for word in (w for line in sections["purity_words"] for w in line.split()):
        for noun in nouns:
            yield (word, noun), "derogatory"


def _office_label_end(doc: Document, i: int) -> int:
    """(sides25) Where the label ends that "unelected" at i makes with the people it is said of
    ([office_nouns], right after it or after one modifier, or a listed label phrase right after
    it: "unelected bureaucrats", "unelected EU officials", "an unelected activist judge"); 0 where
    it is said of a body or as a predicate ("the unelected upper house", "are unelected")."""
    lowers = doc.lowers
    j = i + 1
    if not _joined(doc, i, j):
        return 0
    options = _phrases.get((lowers[j], lowers[j + 1])) if j + 1 < len(lowers) else None
    phrase = _phrase_at(lowers, j, options, doc.token_texts) if options else None
    if phrase is not None and phrase[1] in _LABEL_NOUN_CATEGORIES:
        return phrase[0]  # "unelected activist judge": one label with the listed phrase
    if lowers[j] in _compound_labels.office_nouns:
        return j + 1
    if lowers[j].isalpha() and lowers[j] not in _labels.function_words and _joined(doc, j, j + 1) \
            and lowers[j + 1] in _compound_labels.office_nouns:
        return j + 2  # "unelected EU bureaucrats"
    return 0


def _scare_quote(doc: Document, span: tuple[int, int], sentence: tuple[int, int] | None) -> bool:
    """Is the quotation at `span` the author's scare quote? `sentence`: the first and the end
    token of its sentence; None reads only the quotation's shape (short, lower case, no marks).
    (quote52) A verb of saying makes it the speaker's word only where it attaches to it
    (_speech_attached), not anywhere in the sentence."""
    start, end = span
    inner = doc.text[start + 1 : end - 1].strip()
    if not inner or not inner[0].isalpha() or not inner[0].islower():
        return False
    if any(ch in inner for ch in ".!?,;:"):
        return False
    n_words = len(inner.split())
    if n_words > SCARE_QUOTE_MAX_WORDS:
        return False
    return sentence is None or not _speech_attached(doc, span, *sentence)


# (quote52) At most this many words between a verb of saying and a short quotation it reaches ("The
# minister said on Tuesday that the \u201creform\u201d would ...", "The \u201creform\u201d will save
# money, the minister said"); marks that end a clause between them stop it (_CLAUSE_BREAK_MARKS,
# or a comma before a word of [clause_break_words]).
# Twelve, not eight: on the tune halves PTC sentence F1 0.533 at eight, 0.535 at twelve, SemEval
# loaded language AUC 0.767 and 0.766 (a reported clause runs long: "said on Tuesday that the
# council's plans for the two towns were ...").
SPEECH_REACH_WORDS = 12
_CLAUSE_BREAK_MARKS = ";()\u2014\u2013"


def _speech_attached(doc: Document, span: tuple[int, int], first: int, last: int) -> bool:
    """(quote52) Does a verb of saying ([speech_verb_words], _SPEECH_WORDS) of the sentence of
    tokens first..last-1 attach to the short quotation at `span`: before it or after it with at
    most SPEECH_REACH_WORDS words between and no clause break (a semicolon, a dash, a bracket, a
    comma before "but", "while", "and" ...: [clause_break_words]), or a colon right before it?
    "He called it \u201ca disaster\u201d", "\u201creform\u201d, the minister said": the speaker's
    words. "Critics said the plan was fine, but the minister's \u201creform\u201d gutted the
    service": the verb of saying is in another clause, the quotation the writer's scare quote
    (before quote52 any verb of saying anywhere in the sentence cleared it). (claims54) A verb of
    a clause that concedes a statement and sets it aside (cues.conceded_verb: "No matter what the
    minister says, this \u201creform\u201d is a scam") reaches no quotation: the writer's."""
    if doc.text[:span[0]].rstrip().endswith(":"):
        return True  # "The inspectors' verdict: \u201cshocking neglect\u201d"
    speech, lowers = _speech_words(), doc.lowers
    return _attached(doc, span, first, last, lambda i: lowers[i] in speech and not conceded_verb(
        doc.text, doc.token_starts, doc.token_ends, lowers, i, first))  # (claims54) "no matter what the minister says"


def _attached(doc: Document, span: tuple[int, int], first: int, last: int, saying: Callable[[int], bool]) -> bool:
    """(quote52, sources53) Is a word `saying` holds true of (its token index) within
    SPEECH_REACH_WORDS words before or after the quotation at `span`, in the sentence of tokens
    first..last-1, with no clause break between (_CLAUSE_BREAK_MARKS, or a comma before a word of
    [clause_break_words])? What `_speech_attached` asks of a verb of saying and `_stated` of a
    phrase of stating."""
    text, lowers, starts, ends = doc.text, doc.lowers, doc.token_starts, doc.token_ends
    breaks = section_words(DATA_FILE, "clause_break_words")
    inside = bisect.bisect_left(starts, span[0], first, last)  # the quotation's first word
    after = bisect.bisect_left(starts, span[1], inside, last)  # the first word after it

    def broken(gap: str, next_word: str) -> bool:
        return any(ch in gap for ch in _CLAUSE_BREAK_MARKS) or ("," in gap and next_word in breaks)

    following = span[0]  # walking back: where the stretch after word i ends
    for i in range(inside - 1, max(first, inside - 1 - SPEECH_REACH_WORDS) - 1, -1):
        if broken(text[ends[i] : following], lowers[i + 1] if i + 1 < inside else ""):
            break
        if saying(i):
            return True
        following = starts[i]
    previous = span[1]  # walking on: where the stretch before word j starts
    for j in range(after, min(last, after + SPEECH_REACH_WORDS + 1)):
        if broken(text[previous : starts[j]], lowers[j]):
            break
        if saying(j):
            return True
        previous = ends[j]
    return False


@lru_cache(maxsize=1)
def _speech_words() -> frozenset[str]:
    """_SPEECH_WORDS and (version 28) [speech_verb_words]: verbs of accusing and warning whose
    subject a short quotation belongs to ("accused officials of “stealing”")."""
    return _SPEECH_WORDS | section_words(DATA_FILE, "speech_verb_words")


@lru_cache(maxsize=1)
def _commitment_words() -> frozenset[str]:
    """(polnear31) [commitment_verb_words]: verbs of promising and threatening."""
    return section_words(DATA_FILE, "commitment_verb_words")


def _committed(doc: Document, first: int, last: int, span: tuple[int, int]) -> bool:
    """(polnear31) Does the sentence of words first..last-1 report a promise or a threat, a verb of
    [commitment_verb_words] before the quotation at `span` and right before "to" or "that"
    ("Trump is promising to “bomb the hell” out of ...", "The mayor vowed that “no family” would
    ...", "threatened to “shut the whole thing down”")? Its short quotation is the promise's
    words, the subject's, as after "said": no scare quote. ("national security would be
    threatened by ...", "“threatened Christians”": no verb of committing, no "to".)"""
    words, lowers, starts = _commitment_words(), doc.lowers, doc.token_starts
    for i in range(first, min(last, len(lowers)) - 1):
        if starts[i] >= span[0]:
            return False  # the promise's words follow its verb: '“leader” has vowed to ...' keeps the scare quote
        if lowers[i] in words and lowers[i + 1] in ("to", "that") \
                and not (i > first and lowers[i - 1] in _DETERMINERS):  # "every promise to the town": a noun
            return True
    return False


_DETERMINERS = frozenset("a an the every each any no this that these those his her its their our my your whose".split())


# (sides26) the categories of a label that reported speech makes the speaker's (xlplugin.reported_speech)
_REPORTED_CATEGORIES = frozenset(("derogatory",))


class _Tally:
    """The matches of one `score` call, as they are found (local to the call: nothing is written
    into the document): counts per category, the quoted count, evidence, cues per sentence, the
    weak cues waiting for a second cue in their sentence, and the matches not counted."""

    def __init__(self, doc: Document, attributed: set[tuple[int, int]], blocks: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.attributed = attributed
        # paragraphs of someone else's words without quotation marks (`xlplugin.blockquotes`)
        self.blocks = blocks
        self.counts = {category: 0 for category in CATEGORIES}
        self.quoted = 0
        self.evidence: list[Evidence] = []
        self.per_sentence: dict[int, int] = {}
        self.pending_weak: list[tuple[str, int, int, int]] = []
        self.skipped = {"names": 0, "not_prose": 0, "reader_prompts": 0, "other_senses": 0}
        self.titles: set[tuple[int, int]] = set()  # titles of works in double quotes (`_split_quotes`)
        # Text that is not the author's prose (code, time stamps, navigation, lists of
        # headlines, paragraphs repeated across the outlet's documents: `xlplugin.prose`) holds
        # no loaded language; neither does a proper name or a title that is spelled like a cue
        # ("the Dallas Cowboys", ‘Parasite’). Both are counted in `details`.
        self.not_prose = prose.not_prose_spans(doc)
        self.not_prose_starts = [s for s, _, _ in self.not_prose]
        self.sentence_starts = doc.analysis.sentence_starts  # (read only)

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def not_prose_at(self, pos: int) -> bool:
        """Is `pos` in text that is not prose (counted as skipped)?"""
        if self.not_prose and prose.in_spans(self.not_prose, self.not_prose_starts, pos):
            self.skipped["not_prose"] += 1
            return True
        return False

    def excluded(self, first: int, last: int) -> bool:
        """Is the match of words first..last-1 not the author's loaded word?"""
        if self.not_prose_at(self.doc.token_starts[first]):
            return True
        if prose.name_reason(self.doc, first, last, _cue_starts.__contains__) or self.in_title(first):
            self.skipped["names"] += 1
            return True
        return False

    def in_title(self, first: int) -> bool:
        """(version 15) Is word `first` inside a title of a work in double quotes (“Parasite”)?"""
        return bool(self.titles) and self.doc.quote_at(self.doc.token_starts[first]) in self.titles

    def add(self, category: str, start: int, end: int, sentence: int | None = None, detail: str = "") -> None:
        k = self.sentence_of(start) if sentence is None else sentence
        self.per_sentence[k] = self.per_sentence.get(k, 0) + 1
        q = self.doc.quote_at(start)
        if q is None and end - start > 1:
            # (lift30) a phrase that runs into a quotation ('calls the measure a “fraud”') is the
            # quoted speaker's as its quoted word alone would be
            q = self.doc.quote_at(end - 1)
        if q is not None and q in self.attributed or self.blocks and blockquotes.inside(self.blocks, start) \
                or category in _REPORTED_CATEGORIES and reported(self.doc, k, start, end) \
                or thing_claimed(self.doc, start):
            # (sides26) reported speech: "Brooks said the plan was shaped by hedge-fund ghouls" is her label
            self.quoted += 1
            self.evidence.append(Evidence(self.doc.text[start:end], "quoted " + category, start, end, detail))
        else:
            self.counts[category] += 1
            self.evidence.append(Evidence(self.doc.text[start:end], category, start, end, detail))

    def cue(self, category: str, weak: bool, first: int, last: int, detail: str = "") -> None:
        """A listed cue at words first..last-1: counted now, or (weak) once its sentence has
        another cue. `detail`: what the cue is, where its category alone would mislead (an
        insinuation is a doubt term, but no doubt word)."""
        if self.excluded(first, last):
            return
        if last - first == 1 and senses.verb_as_noun(self.doc, first) or senses.plays_a_role(self.doc, first):
            return  # "the blasts vary", "plays a ruthless lawyer": another sense, a character (senses.py)
        if category == "attribution" and first_person_subject(self.doc, first):
            return  # "I must admit", "we concede": the author's own voice reports no one
        if other_sense(self.doc, category, first, last):
            self.skipped["other_senses"] += 1  # "insurance claims rose", "claimed three lives" (version 15)
            return
        doc = self.doc
        if weak and asserted(doc, first):
            weak = False  # (loaded29) "Nobody can call this anything but a scandal": the emphasis confirms it
        if characterisation(doc, first):
            self.quoted += 1  # "Hargreaves described the count as a shambles": his word (version 28)
            # still a cue of its sentence: a weak cue beside it counts (version 30)
            k = doc.token_sentences[first]
            self.per_sentence[k] = self.per_sentence.get(k, 0) + 1
            self.evidence.append(Evidence(doc.text[doc.token_starts[first] : doc.token_ends[last - 1]], "quoted " + category,
                                          doc.token_starts[first], doc.token_ends[last - 1], detail))
            return
        where = (category, doc.token_starts[first], doc.token_ends[last - 1], doc.token_sentences[first])
        if weak:
            self.pending_weak.append(where)
        else:
            self.add(*where, detail)


def _footnote_mark(doc: Document, i: int) -> bool:
    """Is the word "I" at i a footnote or list mark rather than the pronoun: stuck to the word or
    mark before it ("... by China.I") and last on its line? (The pronoun follows a space, a
    quotation mark or a line's start, and has words after it.)"""
    text, start, end = doc.text, doc.token_starts[i], doc.token_ends[i]
    if start == 0 or text[start - 1].isspace() or text[start - 1] in _QUOTE_MARKS + "([{-\u2014":
        return False
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip()


def _split_quotes(doc: Document) -> tuple[list[tuple[int, int]], list[tuple[int, int]], set[tuple[int, int]]]:
    """The document's quotations: (the author's scare quotes, attributed quotations, and of
    those the titles of works in double quotes). (Version 15) A short lower-case quotation that
    names a term (`xlplugin.loaded_senses.naming_quote`: "known as “runners”", "the term
    “woke”", a gloss in parentheses) is no scare quote: it is kept with the quotations, and
    counts nothing."""
    scare: list[tuple[int, int]] = []
    attributed: list[tuple[int, int]] = []
    titles: set[tuple[int, int]] = set()
    named: set[str] = set()  # (sides24) terms the text has named in quotation marks
    stating = _stating_phrases()  # (loaded48) "made it clear", "spelled out"
    sentence_starts = doc.analysis.sentence_starts
    for span in doc.quotes:
        k = max(0, bisect.bisect_right(sentence_starts, span[0]) - 1)
        sentence = doc.sentences[k] if doc.sentences else None
        bounds = (sentence.first_token, sentence.last_token) if sentence else (0, 0)
        # (fresh40) a quotation in typographic single marks (sentences._with_single_quotes) is a scare
        # quote only by irony34's narrower rule for single marks (_single_scare_quotes, below)
        # (claims40) and in straight single marks (sentences._with_straight_single_quotes)
        shaped = doc.text[span[0]] not in "\u2018'" and _scare_quote(doc, span, None)
        inner = doc.text[span[0] + 1 : span[1] - 1].strip().lower() if shaped else ""
        naming = shaped and naming_quote(doc, span)
        if naming:
            named.add(inner)  # "the bank calls them “banking hubs”": the bank's name for them
        if shaped and not naming and inner not in named \
                and not (sentence is not None and _committed(doc, sentence.first_token, sentence.last_token, span)) \
                and _scare_quote(doc, span, bounds) and not _stated(doc, span, *bounds, stating) \
                and not _document_before(doc, k):
            scare.append(span)
        elif unspoken_quotation(doc, span, attributed[-1] if attributed else None) \
                and not naming_quote(doc, span) and not title_quote(doc, span):
            continue  # (version 28) a long quotation nobody is named as saying: the author's text
        else:
            attributed.append(span)
            if title_quote(doc, span):
                titles.add(span)
    return scare, attributed, titles


def _stated(doc: Document, span: tuple[int, int], first: int, last: int,
            stating: tuple[frozenset[str], frozenset[str]]) -> bool:
    """(loaded48) Does a phrase of stating ([stating_phrase_words] of loaded_language.txt: "made it
    clear", "made plain", "spelled out", "pointed out"), a verb and its last word with at most one
    word between, attach to the short quotation at `span` in the sentence of tokens first..last-1?
    Then the quotation is the subject's words ("She made it clear the plan was “a disaster”"), as
    after "said" or "stressed". (sources53) Attached as a verb of saying is (`_attached`, quote52):
    either word of the phrase within SPEECH_REACH_WORDS words of the quotation, no clause break
    between; "She made it clear she would stay, but the “reform” gutted the service" and a phrase
    more than SPEECH_REACH_WORDS words away leave the writer's scare quote (before, the phrase
    anywhere in the sentence cleared it)."""
    firsts, lasts = stating
    lowers = doc.lowers

    def phrase_at(i: int) -> bool:
        if lowers[i] in firsts and any(lowers[x] in lasts for x in range(i + 1, min(i + 3, last))):
            return True
        return lowers[i] in lasts and any(lowers[x] in firsts for x in range(max(first, i - 2), i))

    return _attached(doc, span, first, last, phrase_at)


@lru_cache(maxsize=1)
def _stating_phrases() -> tuple[frozenset[str], frozenset[str]]:
    """(loaded48) The verbs and the last words of [stating_phrase_words] ("made ... clear")."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    for verbs, ends in load_sections(DATA_FILE).pairs("stating_phrase_words"):  # (loud50: checked pairs)
        firsts.update(verbs.split())
        lasts.update(ends.split())
    return frozenset(firsts), frozenset(lasts)


# (loaded48) Words that open a sentence speaking of the thing named in the sentence before: "It
# found", "Its “reckless” verdict", "They describe".
_BACK_REFERENCE_OPENERS = frozenset("it its they their".split())


def _document_before(doc: Document, k: int) -> bool:
    """(loaded48) Is sentence k's short quotation the wording of a document the sentence before it
    names? The sentence before, in the same paragraph, opens with a law or a document as its
    subject ("The report explores data showing that ... A further 69,000 staff were on
    \u201catypical contracts\u201d": quote_speakers.document_subject), or it holds one
    ([quoting_document_words]: "The audit office published its review of the plan", "The report
    called the plan reckless") and sentence k opens by pointing back to it ("It found
    “shocking neglect”", "Its “reckless” verdict", "The review's “deep concern”").
    "The minister defended the plan. Its “success” ..." names no document: a scare quote."""
    if k < 1 or k >= len(doc.sentences):
        return False
    sentence, before = doc.sentences[k], doc.sentences[k - 1]
    if sentence.paragraph != before.paragraph or sentence.first_token >= sentence.last_token:
        return False
    if document_subject(doc, k - 1):
        return True  # "The report explores data showing ... A further 69,000 were on \u201catypical contracts\u201d"
    documents = section_words(DATA_FILE, "quoting_document_words")
    opening = doc.lowers[sentence.first_token : min(sentence.first_token + 3, sentence.last_token)]
    if opening[0] not in _BACK_REFERENCE_OPENERS and not (
            opening[0] == "the" and any(_base(w) in documents for w in opening[1:])):
        return False
    return any(w in documents for w in doc.lowers[before.first_token : before.last_token])


# (irony34) a word or two in single quotation marks right after a determiner or a possessive pronoun:
# "our 'leaders'", "the \u2018experts\u2019", "their 'reforms'" (British style). Not after a noun's
# possessive: "Obama\u2019s \u2018pivot\u2019 to Asia", "South Philadelphia\u2019s \u2018cheesesteak junction\u2019"
# are mostly the names a policy or a place goes by.
_SINGLE_MARKS = (("'", "'"), ("\u2018", "\u2019"))  # opening and closing single marks
_SINGLE_INNER_RE = re.compile(r"[a-z][a-z-]+(?: [a-z][a-z-]+)?")
_SINGLE_SCARE_DETERMINERS = frozenset("the our their his her its this these those your".split())
# (scarequotes41) and after an article or a determiner of quantity ("a \u2018journalist\u2019", "another
# 'fact-check'", "no 'crisis'"), read with more care (_single_scare_quotes). After any word at all
# ("was 'peaceful'", "for 'wealthy' Europe") was measured and not kept: PTC's held-back articles'
# index Spearman fell from 0.3619 to 0.3608 (the true scare quotes it added are in articles PTC's
# annotators left unmarked; SemEval's held-back index rose from 0.806 to 0.807).
_SINGLE_WIDE_DETERMINERS = frozenset("a an another some any no such every each".split())


def _single_scare_quotes(doc: Document, scare: list[tuple[int, int]], attributed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(irony34, scarequotes41) The writer's scare quotes in single quotation marks: a word or
    two in lower case, in single marks right after a determiner, outside any quotation, in a sentence with no verb of saying, and not
    a term named ("known as the 'tilted balance'", "the 'amber' list") nor a term quoted twice or
    more (a name the text uses): as a double-quoted one is. After a definite determiner or a
    possessive pronoun ("our 'leaders'", "the \u2018experts\u2019": irony34's rule) that is all;
    (scarequotes41) after an article or a determiner of quantity ("a \u2018journalist\u2019", "another
    'fact-check'") also with no verb of saying or speaker word in the sentence before or after it
    in its paragraph (British papers put a speaker's words in single marks: "The offer was a
    \u2018betrayal\u2019. Union leaders said ...") and not on the text's headline line (a British
    headline's "Bus plan a 'betrayal'" is a source's word). Since fresh40 and claims40 read single
    marks as quotations, "a 'traitor'" had been someone else's word, counted as quoted."""
    text = doc.text
    if "'" not in text and "\u2018" not in text:
        return []
    found = []
    inside = scare + attributed
    sentence_starts = doc.analysis.sentence_starts
    spans: list[tuple[int, int]] = []
    wide: list[bool] = []  # (scarequotes41) after an article or a determiner of quantity
    for mark, close in _SINGLE_MARKS:
        i = text.find(" " + mark)
        while i >= 0:
            m = _SINGLE_INNER_RE.match(text, i + 2)
            end = m.end() if m else -1
            after = text[end + 1 : end + 2]
            if m and text[end : end + 1] == close and not (after.isalnum() or after and after in "'\u2019"):
                k = i
                while k > max(0, i - 30) and (text[k - 1].isalnum() or text[k - 1] in "'\u2019-"):
                    k -= 1
                word = text[k:i].lower()
                if word in _SINGLE_SCARE_DETERMINERS or word in _SINGLE_WIDE_DETERMINERS:
                    spans.append((i + 1, end + 1))
                    wide.append(word in _SINGLE_WIDE_DETERMINERS)
            i = text.find(" " + mark, i + 2)
    if not spans:
        return []
    headline = headline_end(doc)
    speakers = _speech_words() | _speaker_words()
    # a term the text puts in single marks twice or more is the name it goes by ("the \u2018hockey stick\u2019")
    terms = [text[a + 1 : b - 1].lower() for a, b in spans]
    for span, term, after_other in zip(spans, terms, wide):
        if terms.count(term) > 1 or after_other and span[0] < headline:
            continue
        # (fresh40) the quotation the span itself is (typographic single marks are quotations now) is
        # no quotation around it
        if any(a <= span[0] < b and (a, b) != span for a, b in inside) \
                or any(a <= span[0] < b and (a, b) != span for a, b in doc.quotes):
            continue  # a nested quotation: 'he called them the \u2018experts\u2019' inside a speaker's words
        k = max(0, bisect.bisect_right(sentence_starts, span[0]) - 1)
        sentence = doc.sentences[k] if doc.sentences else None
        if _scare_quote(doc, span, (sentence.first_token, sentence.last_token) if sentence else (0, 0)) \
                and not naming_quote(doc, span) \
                and not (sentence is not None and _committed(doc, sentence.first_token, sentence.last_token, span)) \
                and not (after_other and _speaker_beside(doc, k, speakers)):
            found.append(span)
    return found


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    """(scarequotes41) [speaker_words]: verbs of saying and source words that name a quotation's
    speaker beside it (as xlplugin.quote_speakers reads a long quotation's)."""
    return section_words(DATA_FILE, "speaker_words")


def _speaker_beside(doc: Document, k: int, speakers: frozenset[str]) -> bool:
    """(scarequotes41) Does the sentence before or after sentence k, in its paragraph, hold a
    verb of saying or a speaker word (`speakers`)? A single-marked phrase next to one is the
    speaker's word ("Conditions were \u2018appalling\u2019. Inspectors said rats ...").
    (claims54) Only in the clause next to sentence k, as the double-mark path reads its own
    sentence (_attached): the last clause of the sentence before, the first of the sentence
    after, within SPEECH_REACH_WORDS words of the boundary; "Inspectors said rats ran free, but
    the council did nothing. It was a \u2018disgrace\u2019." is the writer's scare quote. Before,
    a speaker word anywhere in either sentence made it the speaker's."""
    sentences, text = doc.sentences, doc.text
    for j in (k - 1, k + 1):
        if not 0 <= j < len(sentences):
            continue
        a, b = sorted((sentences[j], sentences[k]), key=lambda s: s.start)
        if "\n" in text[a.end : b.start]:
            continue  # another paragraph (or line)
        near = sentences[j]
        if speakers.isdisjoint(doc.lowers[near.first_token : near.last_token]):
            continue
        edge = near.end if j < k else near.start  # the boundary the clause next to sentence k touches
        if _attached(doc, (edge, edge), near.first_token, near.last_token, lambda i: doc.lowers[i] in speakers):
            return True
    return False


# (loose27) a possessive ending: "the radical left's plan", "the woke mob's demands" hold the
# label as "the radical left plan" does (a plural's "the globalists' agenda" is split off already)
_POSSESSIVE = ("'s", "\u2019s")


def _base(lower: str) -> str:
    """(loose27) The word without its possessive ending ("left's" -> "left")."""
    return lower[:-2] if lower.endswith(_POSSESSIVE) and len(lower) > 3 else lower


def _possessive_options(i: int, lowers: list[str]) -> list[tuple[tuple[str, ...], str, bool]] | None:
    """(loose27) The two-word phrases at word i whose second word carries a possessive ending
    ("radical left's", "woke mob's"): the ending closes the phrase, so only phrases of two words."""
    second = lowers[i + 1]
    if not second.endswith(_POSSESSIVE):
        return None
    options = _phrases.get((lowers[i], _base(second)))
    return [o for o in options if not o[0]] if options else None


def _phrase_at(lowers: list[str], i: int, options: list[tuple[tuple[str, ...], str, bool]],
               texts: list[str]) -> tuple[int, str, bool] | None:
    """The longest of `options` (the listed phrases of the first two words) at word i: (its end,
    category, weak), or None. (`texts`: the words as written, for NOT_LOADED_CAPITALISED.)"""
    for rest, category, weak in options:
        j = i + 2 + len(rest)
        if j <= len(lowers) and all(lowers[i + 2 + k] == w or k == len(rest) - 1 and _base(lowers[i + 2 + k]) == w
                                    for k, w in enumerate(rest)):
            if category == NOT_LOADED_CAPITALISED and not texts[i][:1].isupper():
                continue  # "nationalist forces" in lower case: the label, not the party's name
            if category == DEROGATORY_CAPITALISED:
                if not all(t[:1].isupper() for t in texts[i:j]):
                    continue  # "a big oil spill": no label
                category = "derogatory"
            return j, category, weak
    return None


def _find_cues(doc: Document, tally: _Tally, hits: list[int]) -> None:
    """The listed words, phrases and hyphenated compounds of the text. `hits`: `_match_starts`."""
    words, lowers = _words, doc.lowers
    assert words is not None
    # Only a listed word, a hyphenated word or a word followed by a phrase's second word can
    # begin a match; finding those first leaves the per-word work below for a few words in a hundred.
    after, last = 0, len(lowers) - 1  # a phrase match consumes its words: the next match starts after it
    phrases, phrase_starts = _phrases, _phrase_starts
    cued = 0  # (sides24) the end of the last cue handed to the tally: a side's word before it is free
    for i in hits:
        if i < after:
            continue
        lw = lowers[i]
        options = phrases.get((lw, lowers[i + 1])) if i < last and lw in phrase_starts else None
        if options is None and i < last and lw in phrase_starts and lowers[i + 1].endswith(_POSSESSIVE):
            options = _possessive_options(i, lowers)  # (loose27) "the radical left's plan"
        phrase = _phrase_at(lowers, i, options, doc.token_texts) if options else None
        if phrase is not None:
            after, category, weak = phrase
            if category not in NOT_LOADED_SECTIONS:  # a listed word in another sense: nothing
                if category in _LABEL_NOUN_CATEGORIES and _insult_next(doc, after - 1):
                    after, category, weak = after + 1, "derogatory", False  # (sides24) "Big Pharma shills": one label
                tally.cue(category, weak, i, after)
                cued = after
            continue
        # (loose27) a possessive's word without its ending ("the woke mob's demands")
        bw = lw[:-2] if lw.endswith(_POSSESSIVE) else lw
        if bw in _compound_labels.tails and i and cued < i and _side_before(doc, i):
            tally.cue("derogatory", False, i - 1, i + 1)  # (sides24) "gun nuts", "health fascists": one label
            after = cued = i + 1
            continue
        if bw in _compound_labels.crowds and i > 1 and cued < i and _crowd_label(doc, i):
            tally.cue("derogatory", False, i - 1, i + 1)  # (loose27) "the MAGA crowd", "the progressive crowd": one label
            after = cued = i + 1
            continue
        if lw in _compound_labels.offices:
            end = _office_label_end(doc, i)
            if end:
                tally.cue("derogatory", False, i, end)  # (sides25) "unelected bureaucrats": one label
                after = cued = end
                continue
        entry = words.get(lw)
        if entry is None and lw.endswith(_POSSESSIVE) and not doc.token_texts[i][:1].isupper():
            # (loose27) "the globalist's plan", "the mob's demands"; a capitalised one is a
            # name's ("Lynch's request", "Richard Petty's remarks", "a Fool's Errand")
            entry = words.get(lw[:-2])
        if entry is None and "-" in lw:
            entry = _compound(lw, words)
            if entry is not None and _patron_compound(lw.split("-")) and _funds_a_name(doc, i):
                entry = None  # "the Koch-funded Americans for Prosperity": the funding of a named body
            elif entry is not None and _style_compound(lw.split("-")) and _style_of_thing(doc, i):
                entry = None  # (sides25) "Soviet-style apartment blocks": the look of a thing
        if lw in _labels.adjectives and _labels_people(doc, i):
            # (loaded28) "lying politicians"; (loaded29) a label of people is derogatory, also
            # where the word is listed in another category ("corrupt officials")
            entry = ("derogatory", False)
        elif lw in _labels.praise and _before_noun(doc, i, _labels.praised):
            entry = ("emotive", False)  # (praise19) "the wise Mayor", "her tireless leadership"
        if entry is None and lw in _attacks.verbs and _attacks_institution(doc, i):
            entry = ("emotive", False)  # (insults19) "gut Social Security", "rig the election"
        end = i + 1
        if entry is not None and entry[0] not in NOT_LOADED_SECTIONS:  # (loaded27) "garbage-collected"
            if "-" in lw and entry[0] in _LABEL_NOUN_CATEGORIES:  # a label, not "so-called" (doubt)
                label = _label_after(doc, i, entry)
                if label is not None:
                    entry, end = label, i + 2  # (labels35) "tax-and-spend cheerleaders": one label
            elif entry == _DEROGATORY and _insult_next(doc, i):
                end = i + 2  # (loose27) "the leftist mob", "globalist shills": one label, as "the right-wing mob"
            tally.cue(entry[0], entry[1], i, end)
            cued = end
        after = end


def _funds_a_name(doc: Document, i: int) -> bool:
    """(labels35) Does the patron compound at i ("Koch-funded") qualify a named body, its next
    word capitalised in a sentence that is not all capitals ("the Koch-funded Americans for
    Prosperity")? Not "Soros-funded radicals", "Koch-funded think tanks"."""
    j = i + 1
    if j >= len(doc.lowers) or doc.token_sentences[j] != doc.token_sentences[i]:
        return False
    word = doc.token_texts[j]
    return word[:1].isupper() and not word.isupper() or word.isupper() and not doc.token_texts[i].isupper()


# the categories of a label noun that a hyphenated label before it joins ("woke-hating trolls")
_LABEL_NOUN_CATEGORIES = ("derogatory", "emotive")


def _label_after(doc: Document, i: int, entry: tuple[str, bool]) -> tuple[str, bool] | None:
    """(labels35) A hyphenated cue at i right before a listed derogatory or emotive word, with only
    a space between, in its sentence ("tax-and-spend cheerleaders", "woke-hating trolls",
    "Soros-funded radicals", "open-borders chaos"): the two are one label, counted once, as
    "radical leftists" is (mirror21); a derogatory noun makes it derogatory. None where the word
    after is no such cue ("fossil-fuel cheerleaders" has one cue already)."""
    j = i + 1
    lowers = doc.lowers
    if j >= len(lowers) or doc.token_sentences[j] != doc.token_sentences[i] or \
            doc.text[doc.token_ends[i] : doc.token_starts[j]] != " ":
        return None
    noun = _words.get(lowers[j]) if _words is not None else None
    if lowers[j] in _compound_labels.tails:
        noun = _DEROGATORY  # (sides24) "nanny-state busybodies", "open-borders nuts": an insult noun
    if noun is None or noun[0] not in _LABEL_NOUN_CATEGORIES:
        return None
    category = "derogatory" if "derogatory" in (noun[0], entry[0]) else entry[0]
    return category, entry[1] and noun[1]


def _joined(doc: Document, i: int, j: int) -> bool:
    """Do words i and j = i + 1 stand in one sentence with only a space between?"""
    return j < len(doc.lowers) and doc.token_sentences[j] == doc.token_sentences[i] \
        and doc.text[doc.token_ends[i] : doc.token_starts[j]] == " "


def _insult_next(doc: Document, i: int) -> bool:
    """(sides24) Is the word after word i (the last of a listed label phrase) an insult noun of
    [insult_tails], joined to it ("Big Pharma shills", "car lobby hacks")? The two are one label."""
    j = i + 1
    return j < len(doc.lowers) and _base(doc.lowers[j]) in _compound_labels.tails and _joined(doc, i, j)


# (loose27) the determiners of the idiom "the MAGA crowd": a crowd named by a persuasion as a set
_CROWD_DETERMINERS = frozenset("the that this those these".split())


def _crowd_label(doc: Document, i: int) -> bool:
    """(loose27) Is the crowd noun at i ([crowd_nouns]: "crowd", "brigade") the idiom that names
    people by their persuasion to dismiss them: right after a side's word or a persuasion
    ([side_words], [crowd_group_words]: "MAGA", "woke", "progressive", "conservative"), joined to
    it, with "the" (or "that", "those") before ("the MAGA crowd cheered", "the progressive crowd
    left early")? Not a gathering counted ("a MAGA crowd of 5,000", "the MAGA crowd of 20,000"), a
    crowd named by place ("the crowd at the rally", "the home crowd"), nor "MAGA supporters"."""
    lowers = doc.lowers
    group = lowers[i - 1]
    if group not in _compound_labels.crowd_groups and group not in _compound_labels.sides or not _joined(doc, i - 1, i):
        return False
    if lowers[i - 2] not in _CROWD_DETERMINERS or doc.token_sentences[i - 2] != doc.token_sentences[i]:
        return False
    return (i + 1 >= len(lowers) or lowers[i + 1] != "of") and not _crowd_at_event(doc, i)


# (loose30) words from the crowd noun to its place word ("the MAGA crowd that had gathered at"), and
# from the place word to the event or venue ("at the packed conference hall")
CROWD_PLACE_GAP = 3
CROWD_EVENT_GAP = 4


def _crowd_at_event(doc: Document, i: int) -> bool:
    """(loose30) Is the crowd at i placed at an event or a venue, a gathering there: a word of
    [crowd_place_words] ("at", "outside", "in", "filled", "gathered") within CROWD_PLACE_GAP words
    after it, and a word of [crowd_event_words] ("rally", "arena", "convention", "square") within
    CROWD_EVENT_GAP words after that, in its sentence, no comma between ("the MAGA crowd at the
    rally", "the progressive crowd outside the courthouse", "the woke crowd that filled the
    square")? "The MAGA crowd wants ...", "the woke crowd in Hollywood" keep their label."""
    lowers, sentences, text = doc.lowers, doc.token_sentences, doc.text
    labels, n = _compound_labels, len(lowers)
    for p in range(i + 1, min(n, i + 1 + CROWD_PLACE_GAP)):
        if sentences[p] != sentences[i] or "," in text[doc.token_ends[p - 1] : doc.token_starts[p]]:
            return False
        if lowers[p] not in labels.crowd_places:
            continue
        for e in range(p + 1, min(n, p + 1 + CROWD_EVENT_GAP)):
            if sentences[e] != sentences[i] or "," in text[doc.token_ends[e - 1] : doc.token_starts[e]]:
                return False
            if lowers[e] in labels.crowd_events:
                return True
        return False
    return False


def _side_before(doc: Document, i: int) -> bool:
    """(sides24) Is the insult noun at i ([insult_tails]: "nuts", "grabbers", "fascists") right
    after a side's word ([side_words]: "gun nuts", "gun grabbers", "health fascists", "union
    thugs"), joined to it? The two are one derogatory label, whichever side's word it is."""
    return doc.lowers[i - 1] in _compound_labels.sides and _joined(doc, i - 1, i)


_BE_FORMS = frozenset("is are was were be been being am".split())


def _labels_people(doc: Document, i: int) -> bool:
    """(loaded28) Does the label adjective at i ([group_label_words]: "corrupt", "lying") stand
    before a noun of people or a group ([group_nouns]), right after it or after one modifier, with
    nothing but a space between ("lying politicians", "corrupt drug cartels")? Not "corrupt
    files", "lying in the road", "lying, he said"."""
    lowers = doc.lowers
    if i and lowers[i].endswith("ing") and lowers[i - 1] in _BE_FORMS:
        return False  # "the cat was lying people said": the verb
    return _before_noun(doc, i, _labels.nouns)


def _before_noun(doc: Document, i: int, nouns: frozenset[str]) -> bool:
    """Does the adjective at i stand before one of `nouns`, right after it or after one modifier,
    with nothing but a space between ("corrupt drug cartels", "the far-sighted agricultural
    programme")?"""
    lowers, sentences, starts, ends, text = doc.lowers, doc.token_sentences, doc.token_starts, doc.token_ends, doc.text
    for j in (i + 1, i + 2):
        if j >= len(lowers) or sentences[j] != sentences[i] or not text[ends[j - 1] : starts[j]].isspace():
            return False
        if lowers[j] in nouns:
            return True
        if lowers[j] in _labels.function_words or not lowers[j].isalpha():
            return False  # "lying in the road", "corrupt 2019 files"
    return False


def _attacks_institution(doc: Document, i: int) -> bool:
    """(insults19) Is the verb of violence at i ([attack_verbs]: "gut", "slash", "rig") said of a
    programme, an institution or a law ([attack_objects])? Its object heads the words after it
    (within ATTACK_WINDOW, only determiners and modifiers between, no mark: "gut Social
    Security", "gutting public schools", "guts the state's pension system"; not "slashed the
    police budget", a noun of [attack_compound_tails] after it), or a participle after "be" has
    one as its subject ("Social Security will be gutted"). "ram" needs a bill or a law and
    "through" after it ("rammed the bill through the Senate"). A fire in the sentence or a force
    of nature as its subject makes it a building's ("the fire gutted the school", "The storm
    gutted the gym"); "gut the fish", "Fans were gutted", "slashed prices" have no such object."""
    lowers, starts, ends, text = doc.lowers, doc.token_starts, doc.token_ends, doc.text
    sentence = doc.sentences[doc.token_sentences[i]]
    first, last = sentence.first_token, sentence.last_token
    if not _FIRE_WORDS.isdisjoint(lowers[first:last]) or event_senses.by_force(doc, i):
        return False  # "the fire gutted the school", "The storm gutted the gym" (event_senses.txt [force_words])
    forced = lowers[i].startswith("ram")  # "ram", "rams", "rammed", "ramming": forced through
    objects = _attacks.forced if forced else _attacks.objects
    function_words = _labels.function_words
    for j in range(i + 1, min(i + 1 + ATTACK_WINDOW, last)):
        if text[ends[j - 1] : starts[j]].strip(" "):
            break  # a comma, a dash, a line break: the phrase ended
        word = lowers[j]
        if word in objects and (j + 1 >= last or lowers[j + 1] not in _attacks.tails):
            return "through" in lowers[j + 1 : j + 4] if forced else True
        if word in function_words and word not in _ATTACK_DETERMINERS:
            break  # "gutted when we lost", "gut the fish on the quay"
    if forced or not lowers[i].endswith("ed") or i - 1 < first or lowers[i - 1] not in _BE_FORMS:
        return False
    for j in range(i - 2, max(first, i - 2 - ATTACK_WINDOW) - 1, -1):
        if lowers[j] in objects:
            return True  # "Social Security will be gutted", "public schools are being gutted"
        if lowers[j] in function_words and lowers[j] not in _BE_FORMS and lowers[j] not in _MODALS:
            return False
    return False



def _find_insinuations(doc: Document, tally: _Tally) -> None:
    """(Version 28) Insinuation ("questions remain", "it is worth asking who stands to gain":
    `xlplugin.argued_voice`, [insinuation_phrases]): each phrase counts as one doubt term, as a
    listed cue does (inside a quotation it is the speaker's). A phrase holding a cue already
    found ("long suspected" after a listed "suspected") is not counted again."""
    spans = argued_voice.insinuations(doc)
    # (version 41, slant16) stock formulas ("Funny how ...", "That tells you something.", "We are
    # not saying X. We are saying ..."), where no phrase of argued_voice already stands
    spans += [f for f in insinuation_formulas.formulas(doc) if not any(a < f[1] and f[0] < b for a, b in spans)]
    if not spans:
        return
    starts, ends = doc.token_starts, doc.token_ends
    found = [(e.start, e.end) for e in tally.evidence] + [(s, e) for _, s, e, _ in tally.pending_weak]
    for first, last in spans:
        start, end = starts[first], ends[last - 1]
        if not any(s < end and start < e for s, e in found):
            tally.cue("doubt", False, first, last, insinuation_formulas.INSINUATION_DETAIL)


def _find_tells(doc: Document, tally: _Tally) -> None:
    """(Version 57, loaded33) Conspiracy and anti-vaccine tells (`xlplugin.conspiracy_tells`:
    "Follow the money.", "Do your own research before you let them ...", "Once you see it, you
    can't unsee it", "Everyone involved has been paid to keep quiet"): each one doubt term, as an
    insinuation is, its evidence saying what it is (conspiracy_tells.TELL_DETAIL); inside a
    quotation the speaker's, and not where a named source reports it or a cue already stands."""
    spans = conspiracy_tells.tells(doc)
    if not spans:
        return
    starts, ends = doc.token_starts, doc.token_ends
    found = [(e.start, e.end) for e in tally.evidence] + [(s, e) for _, s, e, _ in tally.pending_weak]
    for first, last in spans:
        start, end = starts[first], ends[last - 1]
        if not any(s < end and start < e for s, e in found) and not insinuation_formulas.reported(doc, (first, last)):
            tally.cue("doubt", False, first, last, conspiracy_tells.detail(doc, (first, last)))


# (version 57, loaded33) what an appeal to unnamed authority is, as the evidence's Detail says it
APPEAL_DETAIL = "appeal to unnamed experts or studies (no study named): a loaded term"
# a citation in the text ("(Smith et al., 2019)", "(2021)"): the study is named after all
_CITATION_RE = re.compile(r"\bet al\b|\(\D{0,60}\b(?:19|20)\d\d\b[^()]{0,40}\)")


@lru_cache(maxsize=1)
def _appeal_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return (section_words(DATA_FILE, "authority_words"), section_words(DATA_FILE, "appeal_verbs"),
            section_words(DATA_FILE, "appeal_alarm_verbs"), section_words(DATA_FILE, "appeal_alarm_words"))


def _appeals(words: list[str]) -> bool:
    """Do the words of a weasel attribution appeal to unnamed authority: an authority word with a
    verb of what it has settled ("Experts agree", "Studies have shown"), or (labels35) with a
    verb of alarm or belief and a vague crowd or a rising alarm ("Experts are now warning",
    "Some researchers believe", "Many scientists fear")?"""
    authority, verbs, alarms, vague = _appeal_words()
    if authority.isdisjoint(words):
        return False
    return not verbs.isdisjoint(words) or not alarms.isdisjoint(words) and not vague.isdisjoint(words)


# (calm31) what an unnamed study cited as evidence is, as the evidence's Detail says it
STUDY_DETAIL = ("study cited with no author, institution, journal or link anywhere in the text: "
                "an appeal to unnamed authority, a loaded term")


@lru_cache(maxsize=1)
def _study_words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], frozenset[str]]:
    """([unnamed_study_words], [unnamed_study_verbs], a pattern of [study_name_words] written
    capitalised or in capitals, [study_owner_words]), looked up once."""
    names = sorted(section_words(DATA_FILE, "study_name_words"))
    forms = sorted({f for w in names for f in (w.capitalize(), w.upper())})
    return (section_words(DATA_FILE, "unnamed_study_words"), section_words(DATA_FILE, "unnamed_study_verbs"),
            re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b|\bdoi:"),
            section_words(DATA_FILE, "study_owner_words"))


# (calm31) a study these open points back at one the text gave ("The survey found")
_DEFINITE_OPENERS = frozenset("the this that these those its their his her our".split())


def _cites_unnamed_study(words: list[str]) -> bool:
    """(calm31) Do the words of a weasel attribution cite a study for what it found ("A 2024 study
    of more than 3,000 adults found", "A separate analysis found", "Research found"), not a definite
    one ("The survey found") nor one a kind of body owns ("a union survey found")?"""
    studies, verbs, _, owners = _study_words()
    if studies.isdisjoint(words) or verbs.isdisjoint(words) or words and words[0] in _DEFINITE_OPENERS:
        return False
    head = next(i for i, w in enumerate(words) if w in studies)
    return owners.isdisjoint(words[:head])


# (calm31) the attribution kinds an appeal may stand in: a weasel, and a study given its size, which
# the attribution pass takes for a sourced survey ("A recent analysis of 1,800 office workers showed")
_APPEAL_KINDS = frozenset(("weasel", "role"))
_SIZED_STUDY_RE = re.compile(r"^(?:[Aa]n?|[Oo]ne|[Aa]nother)\b")


def _sized_study(phrase: str) -> bool:
    """(calm31) Is a source phrase a study that gives only its size and date ("A recent analysis of
    1,800 office workers showed", "A 2024 survey of 2,000 adults found"): an indefinite article,
    and no capitalised word after it that could name who made it?"""
    return bool(_SIZED_STUDY_RE.match(phrase)) and not any(c.isupper() for c in phrase[1:])


def _study_named_in_text(doc: Document) -> bool:
    """(calm31) Does the text name a study's maker or publisher anywhere: a document or link
    source, a citation ("(Smith et al., 2019)"), a web address, or a capitalised word of
    [study_name_words] ("the University of Leeds", "the BMJ", "Royal Infirmary")? Where it does,
    the study cited may be that one, and its sentence counts nothing."""
    if any(a is not None and a.kind in ("document", "link") for a in doc.analysis.attributions):
        return True
    text = doc.text
    return bool(_CITATION_RE.search(text) or may_hold_link(text) or _study_words()[2].search(text))


def _points_to_findings(doc: Document, k: int, end: int) -> bool:
    """(indep34) Is sentence k a heading that points to findings set out below, not a claim: it
    opens with "What" and ends with the appeal's verb, alone on its line ("Are seed oils bad for
    you? What the research shows", "What the evidence says")? "What research shows is that ..."
    and "Research shows that ..." make a claim and stay appeals."""
    sentence = doc.sentences[k]
    if doc.lowers[sentence.first_token] != "what" or doc.text[end : sentence.end].strip(" .:"):
        return False
    line_end = doc.text.find("\n", sentence.end)
    return not doc.text[sentence.end : line_end if line_end >= 0 else len(doc.text)].strip()


def _find_appeals(doc: Document, tally: _Tally) -> None:
    """(Version 57, loaded33) An appeal to unnamed authority ("Experts agree that ...", "Studies
    have shown that ...", "Research suggests ..."): a sentence the attribution pass reads as a
    weasel attribution whose words hold one of [authority_words] and one of [appeal_verbs], with
    no named source, document
    or citation in it or in the next sentence, counts as one editorial term. Unsourced claims
    also lists it, but that signal weighs 0 in the index by default, so a content farm's "Studies
    have shown" had cost nothing. Inside a quotation the speaker's; not where a cue already stands."""
    attributions = doc.analysis.attributions
    if not any(a is not None and a.kind in _APPEAL_KINDS for a in attributions):
        return  # most texts
    starts = doc.token_starts
    found = [(e.start, e.end) for e in tally.evidence] + [(s, e) for _, s, e, _ in tally.pending_weak]
    named: bool | None = None  # (calm31) does the text name a study anywhere: asked once, when needed
    for k, a in enumerate(attributions):
        if a is None or a.kind not in _APPEAL_KINDS:
            continue
        phrase = doc.text[a.start : a.end]
        words = re.findall(r"[a-z]+", phrase.lower())
        if _points_to_findings(doc, k, a.end):
            continue  # "What the research shows": a heading over the findings, no claim made
        detail = APPEAL_DETAIL
        if a.kind != "weasel" or not _appeals(words):
            if not _cites_unnamed_study(words) or a.kind == "role" and not _sized_study(phrase):
                continue  # "officials said", "Scientists say ...": unsourced, but no appeal to settled expertise
            if named is None:
                named = _study_named_in_text(doc)
            if named:
                continue  # "A study of 3,000 adults found ..." where "the University of Leeds" led it
            detail = STUDY_DETAIL
        after = attributions[k + 1] if k + 1 < len(attributions) else None
        if after is not None and after.sourced and (detail is APPEAL_DETAIL or after.kind != "pronoun"):
            continue  # "Research suggests ... A 2019 study by the University of Leeds found ..."
        if any(_CITATION_RE.search(doc.sentences[j].text) for j in (k, k + 1) if j < len(doc.sentences)):
            continue
        first = bisect.bisect_left(starts, a.start)
        last = bisect.bisect_left(starts, a.end)
        if first >= last or any(s < a.end and a.start < e for s, e in found) or tally.not_prose_at(a.start):
            continue
        tally.cue("editorial", False, first, last, detail)


def _find_vague_insinuations(doc: Document, tally: _Tally) -> None:
    """(Version 86, jaq30) Insinuation through unnamed sources (`xlplugin.vague_insinuation`):
    vague speakers stacked where few sources are named ("Some experts say ... Others say ..."),
    a verdict of suspicion given to them ("Some observers say this raises questions"), suspicion
    said as a phrase ("some are asking whether", "no coincidence"): each one doubt term, its class the evidence's detail. Inside a quotation
    the speaker's; not where a cue or an appeal to unnamed experts already stands."""
    spans = vague_insinuation.insinuations(doc)
    if not spans:
        return
    starts, ends = doc.token_starts, doc.token_ends
    found = [(e.start, e.end) for e in tally.evidence] + [(s, e) for _, s, e, _ in tally.pending_weak]
    for first, last, detail in spans:
        start, end = starts[first], ends[last - 1]
        if not any(s < end and start < e for s, e in found):
            tally.cue("doubt", False, first, last, detail)


def _find_unplaced_experts(doc: Document, tally: _Tally) -> None:
    """(Version 99, indep34) An expert cited with no place a reader could check
    (`xlplugin.unplaced_experts`: "Dr. Karen Sutton, a metabolic health expert, says", and no
    university, hospital, company or study named for her anywhere): one editorial term each, as
    an appeal to unnamed experts is. Not in text that is not prose, nor where a cue already stands."""
    spans = unplaced_experts.unplaced_experts(doc)
    if not spans:
        return
    found = [(e.start, e.end) for e in tally.evidence] + [(s, e) for _, s, e, _ in tally.pending_weak]
    for start, end in spans:
        if any(s < end and start < e for s, e in found) or tally.not_prose_at(start):
            continue
        # added, not `cue`d: the span is a title and a name, which `cue` would skip as a name
        tally.add("editorial", start, end, detail=unplaced_experts.DETAIL)


def _find_pressures(doc: Document, tally: _Tally) -> None:
    """(Version 50, hype18) Sales pressure (`xlplugin.sales_pressure`: "Buy before Monday or cry
    later", "$X will 1000x", "Literally anyone can do this"): each one exaggeration term, its class
    ("urgency to buy or act", "promised returns", "promise that anyone can") the evidence's detail;
    inside a quotation (a testimonial) the speaker's. Not in text that is not prose, nor where a
    listed cue already stands ("Don't miss out", "risk-free")."""
    spans = sales_pressure.pressures(doc)
    if not spans:
        return
    starts, ends = doc.token_starts, doc.token_ends
    found = [(e.start, e.end) for e in tally.evidence] + [(s, e) for _, s, e, _ in tally.pending_weak]
    for first, last, what in spans:
        start, end = starts[first], ends[last - 1]
        if not any(s < end and start < e for s, e in found) and not tally.not_prose_at(start):
            tally.add("exaggeration", start, end, doc.token_sentences[first], what)


# the author's own cue kinds: a word of these inside a scare quote is counted once, as itself
_OWN_CUE_KINDS = frozenset(("emotive", "derogatory", "exaggeration", "doubt", "editorial"))


def _cue_inside(tally: _Tally, start: int, end: int) -> bool:
    """(cues23) Whether one of the author's listed cues lies inside the quotation at start-end."""
    return any(start <= e.start and e.end <= end and e.kind in _OWN_CUE_KINDS for e in tally.evidence)


def _find_marks(doc: Document, tally: _Tally, scare: list[tuple[int, int]]) -> None:
    """Scare quotes and exclamation marks, then the weak cues their sentences confirm."""
    for start, end in scare:
        if tally.not_prose_at(start):
            continue
        if tally.blocks and blockquotes.inside(tally.blocks, start):
            tally.quoted += 1  # marks inside a quoted block: the quoted person's, not the author's
            continue
        if _cue_inside(tally, start, end):
            continue  # (cues23) 'a medical "tyranny"': the emotive word counts once, not again as a scare quote
        tally.counts["scare quote"] += 1
        k = tally.sentence_of(start)
        tally.per_sentence[k] = tally.per_sentence.get(k, 0) + 1
        tally.evidence.append(Evidence(doc.text[start:end], "scare quote", start, end))
    title_end = _title_sentence_end(doc)
    shouted: dict[int, int] = {}  # exclamation marks per sentence (loaded27)
    entries = None  # (praise19) a live blog's entries, read at the first mark
    # (version 53, voice20) in a thread of replies, the sentences that held a cue before any "!"
    replies = forum_posts.thread(doc) is not None if "!" in doc.text else False
    cued = set(tally.per_sentence) if replies else set()
    # (hunt33) a message forwarded in a chat is no conversation: its "!" are a chain message's shouts
    forwarded = [(ws, we) for _, _, ws, we in forum_posts.forwarded_posts(doc)] if replies else []
    for start, end in _exclamations(doc.text):
        if start < title_end:
            continue  # "Python 3.6.0 is now available!" as the title: a headline's mark, not a shout
        if entries is None:
            entries = live_entries(doc)
        if exclamation_in_name(doc, start, end):
            tally.skipped["names"] += 1  # "Choir! Choir! Choir!": part of a name, not a shout
        elif _lost_ligature(doc.text, start, end):
            tally.skipped["not_prose"] += 1  # (loaded46) "Su!olk", "o!ce": a lost "ff"/"fi" glyph, no shout
        elif _link_markup(doc.text, start, end):
            tally.skipped["not_prose"] += 1  # (loaded45) "[!](...)", "![map](...)": a link's marks in plain text
        elif entries and entry_shout(doc.text, entries, start):
            tally.skipped["not_prose"] += 1  # (praise19) "74 min: GOAL!": a live blog's call of play
        elif replies and tally.sentence_of(start) not in cued and not tally.not_prose_at(start) \
                and not any(ws <= start < we for ws, we in forwarded):
            # a thread's friendly "!" in a sentence with no loaded word ("Yes! Some pines ...",
            # "Ask me anything!", "Thanks everyone!"): the tone of a conversation, not a shout
            tally.skipped["other_senses"] += 1
        elif not tally.not_prose_at(start):
            tally.add("exclamation", start, end)
            k = tally.sentence_of(start)
            shouted[k] = shouted.get(k, 0) + 1
    # A weak cue counts when its sentence holds a cue that is not weak (any category, scare quotes
    # and exclamations included). Two weak cues do not confirm each other: "the worst flooding"
    # is a weather report. (On the PTC tune half this scored the same as letting them confirm.)
    for category, start, end, k in tally.pending_weak:
        if tally.per_sentence.get(k, 0) >= 1:
            if _shouted_topic(doc, tally, shouted, start, k):
                continue
            tally.add(category, start, end, k)


def _shouted_topic(doc: Document, tally: _Tally, shouted: dict[int, int], start: int, k: int) -> bool:
    """(loaded27) Is the weak cue at `start` the story's own topic word ("flood" in a flood
    story: loaded_senses.topic_word) in a sentence that only an exclamation mark confirms ("let
    our homes flood!")? Then the mark is counted, the literal word is not."""
    if tally.per_sentence.get(k, 0) > shouted.get(k, 0):
        return False  # another cue confirms it
    if not topic_word(doc, bisect.bisect_left(doc.token_starts, start), lambda s: not tally.per_sentence.get(s)):
        return False
    tally.skipped["other_senses"] += 1
    return True


def _title_sentence_end(doc: Document) -> int:
    """Where the text's title ends when its first sentence is the title given with it (a web
    page's text often repeats its headline): exclamation marks there are the headline's, not the
    author's prose (a clickbait headline is provenance's cue). 0 when there is no such title."""
    title = " ".join(doc.title.split())
    if not title or not doc.sentences:
        return 0
    first = doc.sentences[0]
    return first.end if " ".join(first.text.split()) == title else 0


# (version 93, lift32) The kinds of cue a given headline holds for the writer: a headline's
# verbs of saying ("blasts", "insists", "admits"), its "reportedly" and its quotation marks are the
# news page's shorthand for what someone said ("Mayor blasts plan", "Trump: probe a 'hoax'"), and
# its questions and pronouns its style ("Will the bridge reopen?"), so only these count.
HEADLINE_CATEGORIES = ("emotive", "derogatory", "exaggeration", "editorial", "exclamation")
# A quotation in a headline, in single or double marks, straight or curly: its opening mark at
# the start or after a space, a bracket or a dash, its closing mark before a space, a stop or
# the end (so the apostrophes of "Democrats' plan" and "Trump's" open none).
_HEADLINE_QUOTE_RE = re.compile(
    "(?:^|(?<=[\\s(\\[:\u2014\u2013-]))[\u2018'\u201c\"](?=\\S).{0,118}?(?<=\\S)[\u2019'\u201d\"]"
    "(?=$|[\\s,.;:!?)\\]\u2014\u2013-])")
# A speaker before a colon ("Tom Arnold: ...", "Comey lawyer: ..."): a name or a role of one to
# five words, no sentence end in it.
_HEADLINE_SPEAKER_RE = re.compile(r"^[^:.!?]{2,60}:\s")


def _title_in_text(doc: Document) -> bool:
    """Does the text open with its given title (a web page's or a file's text often repeats
    its headline, read there as the text's first line)?"""
    title = " ".join(doc.title.split())
    return bool(title) and " ".join(doc.text[: len(doc.title) + 200].split()).startswith(title)


def _headline_report_end(head: Document) -> int:
    """(lift33) Where a headline's verb of warning or asking ends ([headline_report_verbs]:
    "Gun Store ... Warns of Skyrocketing Prices", "Sheriff requests ICE shut down ..."), after a
    subject the headline names: what follows is what the subject warns of or asks for, no frame of
    the writer's. The end of the headline where it has none."""
    verbs = section_words("loaded_language.txt", "headline_report_verbs")
    for i, w in enumerate(head.lowers):
        if i > 0 and w in verbs and head.token_sentences[i] == head.token_sentences[i - 1]:
            return head.token_ends[i]
    return len(head.text) + 1


def _headline_terms(doc: Document, settings: Settings) -> list[Evidence]:
    """(version 93, lift32) The loaded terms of the headline given with a text that does not
    repeat it (a row's title column, a SemEval article's title line, a web page's title): the
    writer's frame over the body ("Democrats' DACA Dishonesty", "GOP DOUBLE-CROSSING TRAITORS",
    "Leftists Blame NRA ...", "STUNNING: ..."), each counted as one term of the author's, as in
    the body. Only HEADLINE_CATEGORIES count; not a word inside a quotation in the headline, not
    the words after a speaker's colon where they hold a first person ("Tom Arnold: Clinton begged
    me to ..."), and not a verb of winning ("crush", "thrash") over a match report: a plain
    report's headline stays plain. Each comes back as an Evidence of the given title (text "",
    start = end = 0, the word in its detail)."""
    title = " ".join(doc.title.split())
    if not title or _title_in_text(doc):
        return []
    if "!" not in title and _candidates.isdisjoint(re.findall(r"[a-z][a-z'\u2019-]*", title.lower())):
        return []  # nothing in it that can start a cue (most headlines): no second pass
    from ..text import prepare  # a headline's own document, read by the same rules
    head = prepare(title)
    found = score(head, settings)
    spans = [m.span() for m in _HEADLINE_QUOTE_RE.finditer(head.text)]
    speaker = _HEADLINE_SPEAKER_RE.match(head.text)
    if speaker and not any(e.kind == "first person" and e.start >= speaker.end() for e in found.evidence) \
            and not speaker_colon_end(head.text, _word_cues):
        speaker = None  # (claims40: a role or a name before the colon is a speaker too: "Minister: ...")
    sports = event_senses.match_report(doc)
    reported = _headline_report_end(head)
    terms = []
    for e in found.evidence:
        if e.kind not in HEADLINE_CATEGORIES or any(a <= e.start < b for a, b in spans):
            continue
        if e.start >= reported:
            continue  # (lift33) "Gun Store ... Warns of Skyrocketing Prices": what the subject warns of
        if speaker is not None and e.start >= speaker.end():
            continue  # the speaker's words: "Seal: I wasn't attacking ..."
        if sports and e.text.lower() in event_senses.result_verbs():
            continue  # "Harriers crush Lakeport" over a match report: the result, in the page's idiom
        terms.append(Evidence("", e.kind, 0, 0, f"{HEADLINE_TERM}\u201c{e.text}\u201d"))
    return terms


def _in_capitals(doc: Document, i: int) -> bool:
    """Is word i's sentence written in capitals throughout (a headline: "LET US PRAY"), so that
    "US" there may be the pronoun? Every other word with letters is upper case, and there is one;
    and no article stands just before it ("A US BASE", "THE US NAVY": the pronoun never follows one)."""
    if i > 0 and doc.lowers[i - 1] in ("a", "an", "the"):
        return False
    sentence = doc.sentences[doc.token_sentences[i]]
    others = [w for w in doc.token_texts[sentence.first_token : sentence.last_token] if w.lower() != w.upper()]
    return len(others) > 1 and all(w == w.upper() for w in others)


def _announces(doc: Document) -> bool:
    """Does the text open by announcing an organisation's own news ("... is now available",
    "we are pleased to announce") in its title or first ANNOUNCE_SENTENCES sentences, outside
    quotations? Then "we" is the organisation's voice. (An announcement further down, an
    editor's aside in an argued piece or a quoted post, leaves the text's voice as it is.)"""
    if _ANNOUNCING_RE.search(doc.title):
        return True
    lead = doc.sentences[min(ANNOUNCE_SENTENCES, len(doc.sentences)) - 1].end if doc.sentences else 0
    return any(doc.quote_at(m.start()) is None for m in _ANNOUNCING_RE.finditer(doc.text, 0, lead))


def _find_voice(doc: Document, evidence: list[Evidence], blocks: list[tuple[int, int]],
                skipped: dict[str, int], places: list[int]) -> tuple[int, int, int]:
    """The editorialising voice, outside attributed quotations and quoted blocks (`blocks`):
    (first-person words, the author's questions, sentences with words). `places`: where the
    words of FIRST_PERSON stand (`_word_places`)."""
    lowers, starts, ends = doc.lowers, doc.token_starts, doc.token_ends
    first_person = 0
    announces = None  # (looked for at the first "we": most texts have none)
    talk = find_interview(doc)  # an interview's answers are the interviewee's, its questions not rhetorical
    # (version 21) headings in the reader's voice ("How do I apply?"): their "I" is the reader's
    headings = reader_sentences(doc)  # (version 25: also a question before a call to reply, a forum poster's)
    # (version 24) text that is not prose (a poll box's "Sign up for our briefing", an outlet's
    # repeated editor's note "We never accept money", navigation, code) is no author's voice
    in_furniture = not_prose_test(doc)
    for i in places:
        if talk is not None and talk.in_answer(starts[i]):
            continue  # an interviewee's "I", not the author's
        if in_furniture is not None and in_furniture(starts[i]):
            continue  # the site's or the outlet's "our", not the author's
        if lowers[i] in FIRST_PERSON_PLURAL:
            if announces is None:
                announces = _announces(doc) or organisation_publishes(doc) or outlet_speaks(doc)
            if announces:
                continue  # "we hope you enjoy the release": an organisation announcing its news, or
                # (kinds16) its own statement on its own site ("We will keep this statement updated"),
                # or (version 37) an outlet's corrections notice or live blog ("We regret the error")
        if lowers[i] == "i" and (doc.token_texts[i] != "I" or _footnote_mark(doc, i)):
            continue  # "i" in lower case, or "I" stuck to a line's last word: a mark, not the pronoun
        if lowers[i] == "us" and doc.token_texts[i] == "US" and not _in_capitals(doc, i):
            continue  # "US" in capitals: the United States, not the pronoun
        if lowers[i] in _ALSO_NOT_PRONOUNS and not_pronoun(doc, i):
            continue  # "the gold mine", "World War I": a noun or a numeral (xlplugin.pronouns)
        # outside quotations and quoted blocks, and (version 21, voice.not_argued) not a newsroom's
        # method or greeting ("We contacted the owner", "Welcome to our coverage") or a reader's heading
        if doc.quote_at(starts[i]) is None and not (blocks and blockquotes.inside(blocks, starts[i])) \
                and not not_argued(doc, i, headings) and not desk_voice.desk_word(doc, i):
            # (version 61, voice23: and not a desk's "we" of its method or ruling, desk_voice)
            first_person += 1
            evidence.append(Evidence(doc.text[starts[i] : ends[i]], "first person", starts[i], ends[i]))
    questions, n_sentences = _author_questions(doc, evidence, blocks, skipped, headings, talk, in_furniture)
    return first_person, questions, n_sentences


def _author_questions(doc: Document, evidence: list[Evidence], blocks: list[tuple[int, int]],
                      skipped: dict[str, int], headings: set[int], talk: Any,
                      in_furniture: Callable[[int], bool] | None) -> tuple[int, int]:
    """The author's own questions (each adds evidence "rhetorical question") and the sentences of
    the author's prose with words (the share's denominator), as `_find_voice` reads them."""
    questions = n_sentences = 0
    last_short = -3  # (version 50) the last one-word question of the author's
    if "?" in doc.text:  # most reports have none: no pass over the sentences then
        # sentences of the author's prose with words: the share's denominator
        n_sentences = prose_sentence_count(doc, in_furniture)
        asked_until = forum_posts.qa_question_end(doc)  # (web25a) a Q&A page's question: the asker's, asked of the site
        for sentence in _holding(doc, "?"):
            if sentence.last_token == sentence.first_token:
                continue  # no words: not a sentence for this share
            if talk is not None and talk.holds(sentence.start):
                continue  # a question put to an interviewee, or one in their answer: not the author's
            text = sentence.text.rstrip()
            # (version 50: a block is asked where the question mark stands, so that a dialogue's
            # turn, which starts after its label, holds the question "Roman: What about the roads?")
            if text.endswith("?") and doc.quote_at(sentence.start + len(text) - 1) is None \
                    and not (blocks and blockquotes.inside(blocks, sentence.start + len(text) - 1)):
                if _reader_question(doc, sentence.index, sentence.start + len(text), headings):
                    skipped["reader_prompts"] += 1  # "What do you think?", "Want to ...?": asked of the reader
                    continue
                if in_furniture is not None and in_furniture(sentence.start + len(text) - 1):
                    continue  # a question in text that is not prose (a repeated sign-off, a menu)
                if sentence.start < asked_until:
                    continue  # (web25a) the question a Q&A page's asker puts to the site
                if _answered(doc, sentence, evidence):
                    continue  # (version 28) an explainer's question that the next sentence answers
                if sentence.last_token - sentence.first_token == 1:
                    k, last_short = last_short, sentence.index
                    if k == sentence.index - 2 and not _is_question(doc.sentences[k + 1]):
                        continue  # (version 50) "Why? Because ... How? By ...": one device, counted once
                questions += 1
                evidence.append(Evidence(sentence.text, "rhetorical question", sentence.start, sentence.end))
    return questions, n_sentences


def _is_question(sentence: Any) -> bool:
    return sentence.text.rstrip().endswith("?")


def _answered(doc: Document, sentence: Any, evidence: list[Evidence]) -> bool:
    """(Version 28) Is this question an explainer's, answered by the next sentence
    (`argued_voice.answered`), and free of the author's loaded terms, marks and first person
    (`evidence` so far: a loaded question is rhetorical whatever follows)?"""
    if any(sentence.start <= e.start < sentence.end and e.kind != "reader address" for e in evidence):
        return False  # (voice21) its "you" alone ("What does it mean for you?") leaves it plain
    # (version 61, voice23) or a desk's question heading its method ("Where did the claim come from?")
    return argued_voice.answered(doc, sentence.index) or desk_voice.desk_question(doc, sentence.index)


def _reader_question(doc: Document, k: int, end: int, headings: set[int]) -> bool:
    """Is sentence k (its question ending at `end`) asked of the reader (`prose.reader_prompt`:
    "What do you think?") or by the reader, as a heading (version 21, `headings`: "How do I apply?")?"""
    return k in headings or bool(prose.reader_prompt(doc, doc.sentences[k].start, end)) \
        or argued_voice.polite_request(doc, k) or argued_voice.readers_question(doc, k)  # (version 61, voice23)


def _holding(doc: Document, mark: str) -> list:
    """The sentences whose text holds `mark` (and perhaps a few around them that do not), in
    order: a sentence that ends with a question mark holds one, so only these are read for the
    author's questions, not every sentence of a text with one "?" (found by str.find from one
    mark to the next; a sentence is the last one starting at or before its mark)."""
    text, starts, sentences = doc.text, doc.analysis.sentence_starts, doc.sentences
    found: list = []
    at = text.find(mark)
    while at >= 0:
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0:
            sentence = sentences[k]
            if not found or found[-1] is not sentence:
                found.append(sentence)
            at = max(at, sentence.end - 1)  # the next mark after this sentence
        at = text.find(mark, at + 1)
    return found


def _reader_address(doc: Document, blocks: list[tuple[int, int]], evidence: list[Evidence], hits: list[int]) -> int:
    """The author's words addressing the reader ("you", "your": SECOND_PERSON), outside
    quotations, quoted blocks (`blocks`), an interview's questions and answers, text that is not
    prose, the formula "thank you" and reader prompts ("What do you think?"); each adds evidence
    of kind "reader address". Returns their count. `hits`: where the words of SECOND_PERSON
    stand (`_word_places`)."""
    lowers, starts, ends = doc.lowers, doc.token_starts, doc.token_ends
    if not hits:
        return 0  # most reports: no interview, prose or sentence look-ups
    talk = find_interview(doc)  # (the same document as _find_voice's: memoised)
    not_prose = prose.not_prose_spans(doc)
    not_prose_starts = [s for s, _, _ in not_prose]
    count = 0
    for i in hits:
        pos = starts[i]
        if i and lowers[i - 1] in _FORMULA_BEFORE:
            continue  # "Thank you": a formula
        if doc.quote_at(pos) is not None or blocks and blockquotes.inside(blocks, pos):
            continue  # someone else's words ("you have to fight", the mayor said)
        if talk is not None and talk.holds(pos):
            continue  # an interviewer asking, an interviewee answering: not the author to the reader
        if not_prose and prose.in_spans(not_prose, not_prose_starts, pos):
            continue  # page furniture ("Sign up to get your ..."), code
        if _in_reader_prompt(doc, i):
            continue  # "What do you think?": an engagement prompt, counted apart
        count += 1
        evidence.append(Evidence(doc.text[pos : ends[i]], "reader address", pos, ends[i]))
    return count


def _in_reader_prompt(doc: Document, i: int) -> bool:
    """Is word i in a question asked of the reader (`prose.reader_prompt`)?"""
    sentence = doc.sentences[doc.token_sentences[i]]
    text = sentence.text.rstrip()
    return text.endswith("?") and bool(prose.reader_prompt(doc, sentence.start, sentence.start + len(text)))


def _headline_speakers_words(doc: Document) -> tuple[int, int] | None:
    """(claims40) The words after a speaker's colon in the text's headline line ("Minister:
    striking doctors are reckless", "Sam Reid: walkout is reckless": `headline_speakers`), as
    (start, end), or None: the speaker's words, counted as quoted, as in a given headline."""
    end = headline_end(doc)
    if not end:
        return None
    start = doc.text.rfind("\n", 0, max(0, end - 1)) + 1
    line = doc.text[start:end]
    at = speaker_colon_end(line, _word_cues)
    if not at:
        return None
    return start + at, end


def _others_words(doc: Document) -> list[tuple[int, int]]:
    """Spans of someone else's words without quotation marks, sorted and not overlapping: the
    paragraphs quoted as blocks (`xlplugin.blockquotes`), a transcript's speaker-labelled
    turns (`xlplugin.interview.transcript`: a hearing's or a debate's speakers are not the
    author) and (version 15) an interview's answers (`xlplugin.interview.find`: "A: The sea was
    terrible." is the interviewee's word), and (version 50) the turns of a dialogue told in prose
    (`xlplugin.interview.dialogue`: "Influential Roman: What about the roads?", its label the
    author's). All count as quotations do: their loaded words are "quoted", their first person
    and questions the speakers'."""
    blocks = blockquotes.reported_blocks(doc)
    if (said := _headline_speakers_words(doc)) is not None:
        blocks = sorted(blocks + [said])  # (claims40) "Minister: striking doctors are reckless" as the text's headline line
    talk = find_transcript(doc)
    interview = find_interview(doc)
    others = (list(talk.turns) if talk is not None else []) + (list(interview.answers) if interview is not None else [])
    if talk is None and interview is None:
        others = list(dialogue(doc))  # (version 50) "Influential Roman: What about the roads?" in prose
    if not others:
        return blocks
    merged: list[tuple[int, int]] = []
    for start, end in sorted(blocks + others):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _read_over(count: float, n: float, least: float, typical: float = 0.0, per: float = 1.0) -> float:
    """`count` per `per` units of `n` units, read over at least `least` units: a shorter sample
    is topped up with `least - n` units at the `typical` rate (per `per` units; version 25,
    MIN_RATE_WORDS). At `least` units or more it is `per * count / n`, to the last bit."""
    return (per * count + typical * max(0.0, least - n)) / max(n, least)


def _scored_rates(author: float, first_person: float, questions: float, n_words: int,
                  n_sentences: float) -> tuple[float, float, float]:
    """The loaded-term rate, the first-person rate (per 1,000 words) and the share of questions
    the score reads: each read over at least MIN_RATE_WORDS words (the questions over as many
    sentences as the text's own would make in that many words), the missing ones typical prose;
    for a longer text the plain rates."""
    rate = _read_over(author, n_words, MIN_RATE_WORDS, NEUTRAL_RATE, per=1000.0)
    voice_first_person, voice_share = _missing_voice(rate)
    # the missing sentences (as long as the text's own) are a share 1 - short of those read
    short = min(1.0, n_words / MIN_RATE_WORDS)
    share = (questions / n_sentences if questions else 0.0) * short + voice_share * (1.0 - short)
    return rate, _read_over(first_person, n_words, MIN_RATE_WORDS, voice_first_person, per=1000.0), share


def _missing_voice(rate: float) -> tuple[float, float]:
    """(first person per 1,000 words, share of questions) of the words a short text lacks, given
    the loaded-term rate its score reads (version 46): none at or under NEUTRAL_RATE, the loaded
    articles' mean (LOADED_FIRST_PERSON, LOADED_QUESTION_SHARE) at LOADED_RATE and over."""
    cost = 1.0 - _terms_part(rate)
    return cost * LOADED_FIRST_PERSON, cost * LOADED_QUESTION_SHARE


def _terms_part(rate: float) -> float:
    """The loaded terms' part of the score: 1 at or under NEUTRAL_RATE, 0 at LOADED_RATE and over."""
    return 1.0 - min(1.0, max(0.0, (rate - NEUTRAL_RATE) / (LOADED_RATE - NEUTRAL_RATE)))


def _fade_rate(author: float, n_words: int) -> float:
    """(loose30) The loaded-term rate `_voice_kept` reads: a short text's own rate for its words
    and, for the words it lacks up to MIN_RATE_WORDS, the damped rate the score reads
    (`_scored_rates`), as the missing words' voice is that of texts as loaded as that rate
    (`_missing_voice`), not plain prose's; for a text of MIN_RATE_WORDS words or more its own
    rate, as before. A 100-word rant at 90 loaded terms per 1,000 words reads 47 for its terms'
    part and 69 here, so its three rhetorical questions no longer move its index by 12 points
    while the same rant written twice over moved it by none."""
    damped = _read_over(author, n_words, MIN_RATE_WORDS, NEUTRAL_RATE, per=1000.0)
    return _read_over(author, n_words, MIN_RATE_WORDS, damped, per=1000.0)


def _voice_kept(rate: float) -> float:
    """(version 82) The share of the voice's parts the score keeps at loaded-term rate `rate`: 1 up
    to VOICE_FADE_RATE, falling in a straight line to 0 at TERMS_FLOOR_RATE."""
    return 1.0 - min(1.0, max(0.0, (rate - VOICE_FADE_RATE) / (TERMS_FLOOR_RATE - VOICE_FADE_RATE)))


def _normalised(parts: dict[str, float], rate: float) -> float:
    """The normalised score: the parts mixed by MIX, the voice's parts by what `_voice_kept`
    keeps of them at loaded-term rate `rate` (version 82; the fade's rate, `_fade_rate`)."""
    kept = _voice_kept(rate)
    return sum(MIX[k] * v * (kept if k in VOICE_KINDS else 1.0) for k, v in parts.items()) / sum(MIX.values())


def _parts(rate: float, first_person_rate: float, question_share: float, second_person_rate: float) -> dict[str, float]:
    """The parts of the normalised score (MIX's keys), each 1 = none (more reliable) to 0 at its
    zero point; also read by the Why to say what each part cost (`_split_points`)."""
    terms = _terms_part(rate)
    # (version 36) the voice costs as much more than a quarter as the terms cost of theirs: a
    # ramp, not a step at NEUTRAL_RATE (one word more no longer doubles and triples its cost)
    cost = 1.0 - (1.0 - PLAIN_VOICE_COST) * terms
    return {
        "loaded terms": terms,
        "first person": 1.0 - cost * min(1.0, first_person_rate / FIRST_PERSON_ZERO),
        "rhetorical question": 1.0 - cost * min(1.0, question_share / QUESTION_ZERO),
        "reader address": 1.0 - min(1.0, second_person_rate / SECOND_PERSON_ZERO),
    }


def score(doc: Document, settings: Settings) -> Score:
    warm_up()
    n_words = len(doc.lowers)
    if n_words == 0:
        return Score(NAME, None, None, UNIT, note="not scored: no words")
    # Quotations: a scare quote is the author's; any other quotation is someone else's words.
    scare, attributed, titles = _split_quotes(doc)
    singles = _single_scare_quotes(doc, scare, attributed)
    if singles:  # (fresh40) a single-marked quotation read as the writer's scare quote is no one else's words
        attributed = [q for q in attributed if q not in singles]
        scare = scare + singles
    blocks = _others_words(doc)
    tally = _Tally(doc, set(attributed), blocks)
    tally.titles = titles
    places = _word_places(doc.lowers)
    _find_cues(doc, tally, places.starts)
    _find_insinuations(doc, tally)
    _find_tells(doc, tally)
    _find_appeals(doc, tally)
    _find_vague_insinuations(doc, tally)
    _find_pressures(doc, tally)
    _find_unplaced_experts(doc, tally)
    _find_marks(doc, tally, scare)
    first_person, questions, n_sentences = _find_voice(doc, tally.evidence, blocks, tally.skipped,
                                                       places.first_person)
    # (version 24) the rates are per 1,000 words of the author's prose: words that are not prose
    # (navigation, code, an outlet's repeated paragraphs) are read for nothing, so they do not
    # thin the rates either (a row with a repeated note scores as it does without it)
    n_words = prose_word_count(doc)
    if n_words == 0:
        n_words = len(doc.lowers)  # all of it furniture: nothing counted, rates 0 over its words
    second_person_rate = 1000.0 * _reader_address(doc, blocks, tally.evidence, places.second_person) / n_words
    headline = _headline_terms(doc, settings)
    for term in headline:
        tally.counts[term.kind] += 1
    evidence = sorted(tally.evidence + headline, key=lambda e: (e.start, e.end))
    author = sum(tally.counts.values())
    rate = 1000.0 * author / n_words
    first_person_rate = 1000.0 * first_person / n_words
    question_share = questions / n_sentences if questions else 0.0
    scored_rates = _scored_rates(author, first_person, questions, n_words, n_sentences)
    parts = _parts(*scored_rates, second_person_rate)
    normalised = _normalised(parts, _fade_rate(author, n_words))
    details: dict[str, float | int | str | None] = {category: tally.counts[category] for category in CATEGORIES}
    details["quoted"] = tally.quoted
    details["author_terms"] = author
    details["words"] = n_words
    details["first_person_per_1000_words"] = round(first_person_rate, 3)
    details["question_share"] = round(question_share, 4)
    details["second_person_per_1000_words"] = round(second_person_rate, 3)
    details["names_not_counted"] = tally.skipped["names"]
    details["not_prose_not_counted"] = tally.skipped["not_prose"]
    details["reader_prompts_not_counted"] = tally.skipped["reader_prompts"]
    details["other_senses_not_counted"] = tally.skipped["other_senses"]
    note = (f"{_counted(str(author), 'loaded term')} by the author in {_counted(str(n_words), 'word')}; "
            f"{tally.quoted} more inside quotations; {_counted(str(first_person), 'first-person word')} and "
            f"{_counted(str(questions), 'question')} of the author's own"
            + (f"; {_counted(str(len(headline)), 'loaded term')} of the author's in the given headline" if headline else ""))
    if n_words < MIN_WORDS:
        # Too few words for a rate per 1,000 words: the terms found are still listed (evidence,
        # details), but no number stands for the text.
        words = _counted(str(n_words), "word")
        return Score(NAME, None, None, UNIT,
                     note=f"too short for a rate of loaded terms: {words}; needs at least {MIN_WORDS}",
                     evidence=tuple(evidence), details=details)
    return Score(
        NAME,
        round(rate, 2),
        round(normalised, 4),
        UNIT,
        note=note,
        evidence=tuple(evidence),
        details=details,
    )

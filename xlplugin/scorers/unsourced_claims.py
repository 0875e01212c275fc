"""Unsourced claims: the share of a text's checkable factual claims that do not say where they come from.

Measures: the check-worthy sentences (numbers and statistics, comparatives and superlatives,
causal claims, what a named actor did or intends) and, for each, whether it or the sentence next
to it in the same paragraph carries an attribution: a named person or organisation with a
reporting verb, an attributed quotation, a link or a named document (see `xlplugin.cues`); the
next sentence's source speaks for it only when that source does not open a reported clause of
its own ("..., she said" does; "The mayor said on Friday that ..." does not: version 30).
Weasel attributions ("experts say", "it is believed", "according to the data") and redacted
sources ("**") count as unsourced. Page furniture is not prose and holds no claims: the byline,
date and credit lines provenance finds, and (version 4, `xlplugin.prose`) time stamps ("Mon 20
Jan 2020 06.05 GMT"), navigation labels, lists of other articles' headlines, code, and
paragraphs repeated across the outlet's documents in a batch.
Native value: the share of check-worthy sentences that are unsourced, 0..1, higher = worse.
Details: check-worthy and unsourced counts, unsourced claims per 1,000 words.
Normalised score: 1 when every claim is sourced, falling linearly to 0 at UNSOURCED_ZERO.
Evidence: every check-worthy sentence, kind "unsourced" or "sourced", with why it is
check-worthy and which source (or weasel phrase) was found.
Blind spots: a source named two sentences away or once per article ("she said" trusts the
pronoun); background facts everyone accepts ("Paris is the capital of France" is a claim here);
rules tuned on English news and debate transcripts; no understanding of whether the source is
any good.
"""

from __future__ import annotations

import bisect
import re
import weakref
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING, Callable, NamedTuple

from .. import cues, interview, interviewee, no_comment, prose, reader_letters, source_names, speakers
from ..owned_sources import with_owned_sources
from ..contrast_clauses import writers_contrast
from ..claim_lines import NotClaims, in_text_citations
from ..code_leads import lead_ins
from ..document_subjects import document_subject
from ..document_origins import given_in_spans
from ..form_lines import FormLines
from ..no_comment import is_no_comment
from ..own_acts import tells_its_own_act
from ..results import is_result
from .. import results as result_lines
from ..provenance_sources import author_bio, no_one_to_ask
from ..refuted_claims import refutes_a_things_claim
from ..table_leads import source_lines, table_leads
from ..title_lines import headline_end
from ..settings import Settings
from ..text import Document, Sentence
from ..types import NEUTRAL, Evidence, Score, SignalInfo

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..claims_index import WordIndex

__all__ = ["NAME", "VERSION", "UNIT", "CUES", "WORD_TESTS", "TEXT_MARKS", "POINTS", "score", "check_worthy_reasons",
           "is_check_worthy", "warm_up", "dateline_words"]

NAME = "unsourced_claims"
VERSION = "150"  # 150: (claims56) attribution classes (xlplugin/member_groups.py): a group of people named by a body and a noun of its people ("Ford workers said", "Toyota employees said", "Pfizer lawyers said": attribution.txt [member_words] and the plural [role_words]) is a source by role wherever it stands, as "workers at Ford" and "Harvard researchers" are (before: no source opening a sentence, named after a comma or a number); the kind of one body a report is about before its officials ("City officials said", "school officials said": [body_kind_words], [body_official_words]) is a source by role (before: vague; "Health officials", "Senior officials", "Local workers", "Steel workers" stay vague); people who speak for a body named before them ("Apple spokesmen said", [body_voice_words]) are the body speaking, named, as "Spokesmen at Apple" is (before: by role); a document or a message owned by a possessive with a phrase after it ("Smith's letter to parents says", "Amnesty's report on the camps says": member_groups.owned_thing_head) is read by the document, not the words after the preposition (before: no source, or the recipient's kind); a document owned by a name ("Ford's filing says", "Smith's statement says") is the owner's word, named (before: a document source); a message owned by an office ("the mayor's letter says") is a document source, as "the mayor's statement" is (before: no source). 145: (claims55) attribution classes: a capitalised possessive name opening the sentence and owning a message or a writing ("Smith's letter says", "Ann Lee's emails said", "Labour's newsletter says": attribution.txt [owned_message_words], cues.possessive_name_first) names the owner, as "Smith's ad says" and "On Monday, Smith's letter said" do (before: a pronoun source); people at a workplace or a place of one capitalised word after "at", "from" or "with" read as the workplace put first (misread_sources.employer_after_group): "Researchers at Harvard said" is a source by role as "Harvard researchers said" is, "Residents from Leeds said" vague as "Leeds residents said" (before: named); a body's voice ("Spokesmen at Apple"), a name of several words and a trade's group ("Teachers at Hillside") keep the name; a sentence asking the reader to call, ring or text a number to do something ("Call 0113 496 0000 to book a place.", "Text 07700 900123 to donate 5 pounds.", "To book a place, call 0113 496 0000.": claims.txt [phone_call_words], [phone_purpose_words], claim_lines "call to action") is no claim. 140: (claims54) attribution classes: one unnamed person by a role noun with where they work after it, after "at", "from" or "with" and one capitalised word ("a nurse from Apple said", "an engineer at Siemens said", "a nurse from Glasgow said": attribution.txt [employer_after_person_words], misread_sources.misread_head) is a source by role, as "an Apple nurse", "a Glasgow nurse" and "an engineer at the firm" are ("a resident from Leeds" vague, as "a Leeds resident"); a body named in several words ("a nurse at St Mary's Hospital"), a body's voice ("a spokesman at Apple") and a person's name stay named; a capitalised possessive opening the sentence and owning a thing that speaks for its owner ("Smith's ad says", "Labour's leaflet says": cues.possessive_name_first) names the owner, as it did after the first word; the makers of a document owned by its possessive ("The report's authors say": [document_people_words], cues.document_people) are a document source. 130: (lead, session 41) a verb of saying in a clause that concedes a statement and sets it aside ("..., whatever the leaflets claim", "no matter what the minister says", "regardless of what officials say": attribution.txt [concession_words], [concession_what_words], cues.concedes_statement) names no source for its sentence. 129: (sources53) who said it, by class: one unnamed person with the place after the noun ("a nurse in Glasgow said": attribution.txt [place_after_person_words], misread_sources.placed_after) is a source by role for a role noun and vague for a passer-by ("a resident in Leeds said"), as the place before it was (claims52); "a nurse at St Mary's", "a spokesman in Washington", "a Reuters reporter in Kyiv" stay named; advertising as the subject of a verb of saying ("A radio ad claims", "An advert says", "A leaflet says": [advert_words]) is the sponsor's words, a source by role (before: no source, or a vague bare "says"), named where the sponsor is named ("A Smith campaign ad", "A Labour leaflet"); "the ad claims were false" is no source. 119: (claims52) who said it and what a claim is, by class: one unnamed person by a noun of [passer_by_words] after "a", "an", "one", "another" with no capitalised word between ("said a resident", "a neighbour said") is a vague source as "residents said" is (before: no source), and so is "the" with a place between ("the Leeds resident said"); a role noun after an indefinite word and a place or a body ("a Glasgow nurse said", "an Ohio teacher said": misread_sources.placed_role) is a source by role as "a nurse said" is, not a named one; a nationality adjective is no named actor ("the Korean film", "the British company": attribution.txt [nationality_words]); a medium's abbreviation in capitals is no name ("A TV ad from the campaign says" is the campaign's, by role: attribution.txt [not_name_words]); a plug with no handle that names a platform ("Follow Jane Lee on Twitter for updates", claim_lines "call to action") is furniture; a state's abbreviation in a dateline or an address ("ST. CLOUD, Minn. (AP) -") ends no sentence (text 77). 99: (lead, session 40) a passer-by followed by a relative clause ("a Lisbon resident who tweeted said") is the same vague source. 98: (claims51) who said it and what a claim is, by class: the words of a wire or paper dateline ("LOS ANGELES (Reuters) -", "NEW YORK, March 4 (AP) --": dateline_words, the dateline provenance finds) are read by no word test: its place is no named actor ("ANGELES"), its wire none, its date no figure or time of the claim; "since" is a time only before a time (a figure, a month, a day, then, an event noun: claims.txt [since_time_words], [since_determiner_words]) or at its clause's end ("ever since"), not before a clause ("Since the council cut the budget, ..."); a sentence that plugs a social account by its handle ("Follow @name for the latest", "Find us on Instagram @name": claims.txt [social_plug_phrases], claim_lines "call to action") is no claim; one person named by a place or a club and what they are ("said a Leeds resident", "A Bristol commuter said": attribution.txt [passer_by_words], misread_sources.passer_by) is a vague source, not a named one; "Leeds resident Ann Lee" and "a Glasgow nurse" keep theirs. 97: (claims50) the writer's own acts told in the first person with an irregular past tense ("I rang the council twice", "I spoke to the manager", "we sat in A&E for six hours": claims.txt [first_person_past_words], read only after the writer's "I" or "we") are the writer's account, sourced by the writer, as "I phoned" was; "I heard", "I thought", "I felt" stay (hearsay or a view). 95: (sources50) who said it, by class: a noun of saying that ends a list of lower-case nouns is no verb (“Update: Added ARKit explanation and tweet.” listed “Added ARKit”: misread_sources.listed_noun); a noun of saying as the object of “make” with no “that” after it is no verb (“claiming territory in the South China Sea and making similar claims elsewhere” listed the sea: misread_sources.made_noun; “made claims that” still reports) (provenance 131 also lists the name before a place apposition). 96: (polnear50) a news archive's record labels and its indexer's summary ("ABSTRACT." near the top, the summary, then "FULL TEXT." before the article: prose.txt [archive_abstract_labels], [archive_body_labels], prose rule "archive abstract") are not the author's prose: the summary repeats the lead with no source; a paper's "Abstract" with no body label after it stays prose. Each signed letter of a newspaper's letters page (a "Letters" heading over letters each signed on a line of its own: "Ann Lee." then "Olympia, Wash.", or a reader's "@handle": reader_letters.page_letters, read by loaded language since polnear31) is its writer's words, no check-worthy claim of the page's writer, as an advice column's letter is (73). Verbs of giving one's view aloud or in print report as "said" does ("Ann Lee opined that ...", "The ambassador mused about ...": attribution.txt [reporting_words] muse, mused, opine, opined; "the poet's muse" stays a noun). 94: (claims49) a regular "-ed" word used as an adjective is no past event, by the word before it (_adjective_by_neighbour): a word of degree ("more complicated", "super polished", "poorly implemented APIs": claims.txt [adjective_degree_words], also after "is": "is more complicated"), a verb that takes an adjective ("developers get excited", "have become frustrated": [adjective_linking_words]), a preposition ("for embedded development", "for increased memory": [adjective_preposition_words]), a participle making a preposition with "to", "with" or "on" ("compared to", "based on": [participle_preposition_words]), and the second half of a compound written without its hyphen after a name or a number ("a Python 3 powered Mercurial", "a Unicode based str": [compound_participle_words]); "significantly reduced", "The team compared the two", "Tesla powered ahead" stay past events. 92: (web49) a line of a page's layout copied as Markdown (an empty image mark "![]()", or a table's lone bar at its end: "New publications: |", "![]() 2023-2025, X is a part of Y |"; words beside them no sentence) is not prose (prose "copied layout"): its words, claims and sentences are not the author's. 91: (loaded48) a line of a build or configuration file that opens with its instruction in capitals and goes on with an argument not in capitals (\u201cFROM python:3.12-slim\u201d, \u201cRUN pip install -r requirements.txt\u201d, \u201cCMD [\"python\"]\u201d, \u201cLABEL maintainer=ops\u201d, \u201cENV PATH=/usr/bin\u201d: prose.txt [code_directive_words], prose._directive_line) is code, not prose, as a shell prompt's line is: its quoted strings are no scare quotes, its words no sentences of the author's; \u201cFROM THE ARCHIVE\u201d and \u201cUSER Guide\u201d stay prose (no check-worthy sentence). 83: (claims48) the writer's own acts told in the first person ("I"/"we" and a past verb, outside quotations: "In May 2017, we dropped support for Python 2.6", "... when I removed it") are the writer's account, sourced by the writer (writers_own_account; lends nothing to a neighbour; "We were told that" and "We know" stay); a first-person view with an adverb or "do" between ("I really do think") and "I'm sure", "I view" are opinions (claims.txt [first_person_gap_words], [opinion_words]); a "%" after no number ("% formatting") and an ordinal in a compound word ("3rd party", "1st-class": [ordinal_compound_words]) are no figures; the capital of a sentence's first word shows no name that can intend ("Snowfall will close three roads" is a forecast; "Tesco" intends where the text writes it so further in, "BBC" by its shape); a product the text gives releases of ("Python" beside "Python 3" and "Python 3.5") is no named actor (_names_a_product). 82: (sources48) who said it, by class: a time between a one-word speaker and its verb keeps the speaker (“Vantor on Tuesday said”); a verb opening a changelog's line and a document word opening a headline name no speaker (“Added Metal support”, “Report claims”); only an “it” opening the reported clause makes a place or a platform its government or company; the sources list gives a one-word body before a title as written (“Vantor President”), a person before “with/at” a body, a name before a role noun as the role's phrase (“the Lisbon cork trader”, “the Okafor family”) and the body after a role's field (“a professor of economics at X University”). 81: (claims47) an intent needs a body that can intend (_can_intend: the last word of its subject a role, an office, an institution, a trade or [intent_body_words], or a capitalised name; no word of [intent_not_body_words]): "The storm will close three roads", "Inflation will cut ...", "The new levy will raise ..." are forecasts, no intent; "expects to" is a forecast, no intent ([intent_not_subject_words]); a version number after a product's name is no figure (_not_a_version: "Python 3.6.0", "Lantern 3" where the text also gives "Lantern 3.5", a run "3.5, 3.6 and 3.7"; ages, prices, poll shares, dates and a lone "Windows 10" stay figures); a regular "-ed" word after a possessive or "of"/"with" ("of all installed versions") is an adjective, and one opening a fragment of a list under a short heading ending in a colon ("Pros:" then "- officially supported by ...") no past event (_opens_a_feature); a sentence leading into code right under it ("Here is how to set it up:", "The following command installs ...", "... can be shown by": code_leads.lead_ins) is no claim; a journal's "574, 16-17 (2019)" closing its line and a line that is only a DOI are citation lines, no claims (claim_lines). 80: (sources46) attribution classes as provenance 118 ("insists on" and an object reports nothing; a capital written for its government is a place; an opening -ly adverb is no name; "from other corporate pledges" is a noun). 79: (claims46) a plain statement of future action by a named body is an intent whatever its grammar: "Council will close three libraries" (its "will" no modal: _not_intent_will), "The council is set to close", "Council set to close", "The county council is set to close" (claims.txt [intent_helper_words] not counted in the subject) read as "Council to close three libraries" did (an "intent" cue of 1); "It will rain", "would", "could", "wants to", "We will", a quoted intent and a subject that is a kind, with "a" or "an" ("A tax cut will increase jobs": [intent_not_subject_words]), keep their reading. A paragraph that opens with a quotation (its first sentence all quotation) right after a paragraph whose last sentence closes a quotation with its named speaker ("“...,” Fa said." then "“We also learned that ... 20.8 to 23.5 percent higher ...”") goes on in that voice, sourced "in the quotation it continues" as a quotation left open was (_continued_quotes, _quoted_speaker); a weasel or unnamed speaker lends nothing, a title quoted at a paragraph's start stays the writer's. 78: (sources45) a country speaking is its government, a source by role ("China said the port would close 40 berths": attribution.txt [country_words], source_names.GOVERNMENT); a city, a state or a region stays a place that sources nothing ("London said", "Texas said"); attribution classes as provenance 116 ("Having said that, ..." names no one; "Tokyo has so far agreed" is a place). 77: (polnear45) a poll printed as its question over its results with no prompt (a question alone on its line, then two or more lines of an answer of at most four words and its share in per cent: "Should the council keep the library open?", "Yes    61%.", "No    30%.": promo_boxes._result_spans) is a poll box, not prose: its question is no rhetorical question of the writer's, its lines no claims or sentences of the text's. 76: (sides45) attribution classes as provenance 113: a comparative opening a sentence is no name ("Less often noted is that ...": attribution.txt [not_name_words]) and a possessive read as the speaker names no one ("resisted Brazil's demands", "Peru's alleged plans": source_names._possessive_speaker). 75: (lead, session 34) "answered calls" is an act, as "answered every question" is: a role before it ("the coastguard answered calls for help") is no source by role (attribution.txt [question_object_words]). 74: (claims43) a headline-style intent, a short subject then "to" and a verb of an act ("Council to close three libraries", "Harrow Council to close Eastgate library next year", "The council is to close three libraries": _intent, claims.txt [intent_verb_words], [intent_not_subject_words]), is an "intent" cue of 1 point, a claim with a second cue (DESIGN: what a named actor intends); "We went to see the match", "She went to close the shop", "Time to end the war" are none; the plurals of offices and the sides of a court case ("the wardens said", "coroners said", "state troopers said", "the prosecution said", "the defence argued": attribution.txt [role_words]) are sources by role (before: no source mid-sentence, "named" at a sentence's start). 73: (advice41) a reader's letter or question in an advice or Q&A column (reader_letters.letters: "Dear Jane, ... \u2014 Frustrated, Leeds" then the answer; "Q: I retired last year ... Should I ...?"; a page of two or more readers' questions in "I" and "my", each answered to "you") is the reader's words, no check-worthy claim of the writer's; a Q&A whose every question is a reader's is no interview (interview._readers_questions), so its answers are the columnist's own, unsourced where they name no source. 72: (claims41) one document an outlet or a body holds is a document source as the plural was ("A memo seen by the Gazette shows", "A letter seen by this newspaper says", "according to a report the trust released to the Gazette": attribution.txt [seen_document_words], [released_document_words]; before, the outlet was a named source, or none); a reaction in the passive on two sides takes its source from the agent after "by" ("was welcomed by council leaders but criticised by residents": source_window.is_passive reads the second participle after "and"/"but" as passive, the agent ends at "but"/"yet" or at "and" before a participle, attribution.txt [passive_reaction_words] "welcomed", "hailed" ... report only so); before, "400 homes was welcomed by council leaders but criticised" was read as the subject of "criticised", or the verb alone as a pronoun's; the rows of a table or a list of figures (two or more) right over a line naming their source ("Source: ONS", "Source: Eurostat, 2024", "Sources: HM Treasury; OBR": table_leads.source_lines) are sourced "in the line under its table"; "Source: internet" sources none; "May" capitalised is the month, a time, not the modal "may" (claims.txt [time_words], _month_place: "Prices up 5% in May" had 2 - 1 points and was no claim while "in June" made one; "Theresa May" is no month); a passive reaction ("welcomed", "hailed" ...) reports only about a plan, a decision or a statement before it ([reaction_subject_words]). 71: (web41) a Title Case subheading ending in one full stop ("How The Levy Grew By 40 Per Cent.": SUBHEADING_FULL_STOP_WORDS capitalised words of four letters or more after the first) between paragraphs is no claim (claim_lines rule "subheading"); it was read as one. 70: (claims40) a body's document named as where a figure stands ("a figure given in the council's budget papers", "as set out in the trust's annual report": document_origins.given_in_spans, provenance.txt [given_in_participle_words]) sources its sentence as a document, as "according to the council's budget papers" did; "given in his notes" names no body's document. 69: (claims40) what a post, a video or a message is said to claim, marked false by the writer ("The posts also falsely claim that dozens of children ...", "A video viewed 200,000 times wrongly says that 14 people died", "The leaflets claim, without evidence, that ...": xlplugin/refuted_claims.py, claims.txt [refuting_adverb_words], [thing_saying_words], the thing read by fresh40's subject rules, loaded_senses.thing_speaks) is a report of the thing's claim with the writer's verdict, no check-worthy claim of the writer's; an unmarked post's claim stays a vague source, a person's false claim stays the person's. 68: (claims40) the rows of a table or a list of figures under a lead line that ends in a colon and names a source ("Figures from the Office for Budget Responsibility show:" then "Health: \u00a312.4bn", "Schools: \u00a38.1bn, up 6%", in lines, bullets or a table's bars: xlplugin/table_leads.py, ROW_MAX_WORDS) are that source's figures, sourced "in the line over its table"; a vague lead ("Figures show:") sources none and the prose after the table is the writer's. A sourced spending table had read 71% unsourced. 67: (claims40) a source named before an apposition between commas is that name: "The King's Fund, a think tank, said" (the name may open with its article or a title and hold a possessive) and, opening the sentence, a one-word name when the apposition opens with an article ("Oxfam, the charity, said": appositives._one_word_name; a time or a sentence adverb there, attribution.txt [appositive_non_name_words], is no name; a work's title before "the new thriller" stays none); before, the first sentence borrowed the previous sentence's source and the second was sourced by "the charity". 66: (web40) a subheading between paragraphs is no claim whatever mark a title ends in (claim_lines rule "subheading", SUBHEADING_LAST_MARKS): a Title Case line of its own ending in "%", a closing bracket, "?", "!" or a closing quotation mark ("Reservoir Levy Rises By 40%", "Will The Levy Double By 2030?", "What It Means For 2,000 Farms (And Who Pays)") as one ending in a letter or a digit; a full stop, a comma, a semicolon, a colon or an ellipsis ends none, and a sentence in sentence case stays a claim. 65: (web39b) a line that opens with a csh or zsh prompt before a command in lower case ("% virtualenv -p python3 env", "% pip install requests": prose._CODE_LINE_RE) is code, not prose, as a "$" prompt was: its words are no sentences of the author's; a table's "% of adults" line and a sentence ending in a full stop stay prose. 64: (web39b) a web article's subheading is no check-worthy claim (claim_lines rule "subheading"): a line of its own of at most 12 words in Title Case, ending in no mark, after a line that ends as a sentence ends and over a paragraph of prose of 8 words or more ("The Biggest Timetable Change Since 1998"); a short sentence with a full stop, a line in sentence case and a line in a list of such lines stay claims. 63: (hunt33) a review is a document again, named or not ("A quick review of flight records reveals" is the writer's own look at records; version 61 had read an unnamed one as vague). 62: (hunt33) a chat pasted from the phone with its dates without the year ("[12/03, 09:14] Name: ...") or its time first ("[09:14, 12/03/2026] Name: ...") is a chat, as "[12/03/2026, 09:14]" was (forum_posts.chat_lines); a message forwarded in a chat ("Forwarded", "Forwarded many times", "Forwarded as received": forum_posts.forwarded_posts) is no member's words. 61: (hunt33) research of any kind cited for what it found with no one named who made it is an unnamed source: a trial, an experiment or a review as a study ("A new trial of 250 swimmers found", "An experiment with 60 students showed", "A 2023 review concluded": attribution.txt [document_words], [publication_words]); before, the first two were no source and the third a document. 60: (hunt33) one person named by a job or a post is a source by role ("The harbour master said", "the site engineer told", "a nurse on the ward said", "the park ranger said": attribution.txt [role_words], with the singular of every trade of [profession_words]); a trade named as a group stays vague. 59: (hunt33) an attribution by name or by role that names no one, by the rule provenance counts named sources with (source_names.no_named_speaker, sources31), sources nothing: a platform, a place or a class of people ("Twitter responded with disbelief", "London said more rain was expected", "Sleep advisers also say") is a vague source, a time or an idiom ("Christmas said", "His silence says a lot") no attribution; "Twitter said it would review the post" and "Georgia said" (a person named Georgia) still name someone. 58: (pasted30) a PDF's page numbers, running headers and footers ("Page 15 of 48", "Annual Report 2025 | 14": pdf_pages) are furniture, no check-worthy claims. The headline under a page header or a draft's note ("DRAFT v3 - for subs - do not publish") and a headline wrapped over two lines are the title, no claim (title_lines.headline_end); a word processor's comments block at the end ("[a]Jo Pryce: is this his figure or ours?": draft_notes.comment_spans) is not prose. And a chat app's export saved as text (each message on a line opening with its date, time and sender: "[12/03/2026, 09:14] Dave Hollins: ...", "12/03/2026, 09:14 - Dave Hollins: ...", "[12.03.26 09:10] Colin Pearce: ...": forum_posts.chat_lines) is a thread: the prefixes are furniture, the first sender is the author, the others' messages their words. 57: (lead, session 25) "a friend of Leo's said" is hearsay, a vague source, as "a friend of the actor's" was (subject_sources._whose_friend). 56: (transcripts28) an X/Twitter-style thread saved as text (each post under a header of the poster's handle and the post's date or age, "@ferrywatch_kt \u00b7 Apr 9", "Harbour Watch @harbourwatch \u00b7 Jun 2", "Gav @gav_on_tracks \u00b7 45m": forum_posts._POSTER_LINE_RE) is a thread: the header lines, "Replying to @NAME" and the counts under a post ("4 replies  12 reposts  31 likes") are furniture, the first poster is the author, the others' posts their words; a debate's or a meeting's record in speaker-labelled turns is a transcript also when short (two or three turns of two speakers or more) where two labels carry brackets ("Ms Jane Holt (Eastmoor) (Lab):", "Cllr Ann Frost (Chair):", "The Minister for Rail (Mr Neil Carver):") or three or more are full names in capitals ("JANE HOLT:"): interview._record_labels; a label may carry two brackets, and an office with its holder in brackets may join its words with "of", "for", "the"; the speakers' "I" and questions are theirs. 55: (web28) a footnote marker glued to the sentence it closes ("... as the tide falls.[1]", "...[3][4]"), in a text with a references list (claim_lines.find_reference_list), cites a document (claim_lines.find_in_text_citations); a bracket after a space or a year in brackets is none; page furniture, not claims (claim_lines): a campaign's running count ("84,213 people have signed.": rule "tally line"), its asks ("Help us reach 100,000.", "Sign the petition ...": [call_to_action_phrases]), a sponsor's code ("Use code GRID for 10% off.") and a chapter list's lines from 0:00 ("- 14:40 Cement kilns": rule "chapter line"); a group's act told in a relative clause sources nothing ("the Republicans who promised to bring the jobs back", "Democrats who always claim to back the blue", "... when the crowd told them to crack heads": cues.group_relative_act). 54: (web25b) a copyright notice as a sentence of its own ("Copyright 2026 The Associated Press.", "\u00a9 2025 Harbour Media Ltd.": the mark, a year, the holder's capitalised name) is page furniture, not a claim (claim_lines rule "disclosure line"); "Copyright law changed in 2019" is still read. 53: (prov24) attribution classes: an appeal to every member of a kind ("Every serious scientist agrees", "All honest doctors admit", "Any qualified engineer will confirm": subject_sources.appeal_to_all) and hearsay from someone only the writer knows ("A friend who works at the hospital says", "Someone I know at the council said": subject_sources.hearsay) are vague sources; documents a body put out are that body's ("according to figures the force released to the Gazette", "according to data the trust gave the Echo": cues._released_by); a register, a census, minutes or ledgers that record or list are a document source ("The 1911 census lists 212 people", "The minutes of the town council record that": cues._offer_record_verb). 52: (cues23) a source named before a relative clause between commas that ends right before its verb of saying is the source ("Councillor Dean Morris, who voted against the plan, said ...", "Lloyds, which closed the most branches in the county, said ...": xlplugin.relative_sources, read in cues). 51: (forum25) a question-and-answer page copied as text (its posts signed "asked DATE NAME 1,231 rep", "answered DATE NAME 18.4k rep": forum_posts._qa_signatures) is a thread: the signature lines are furniture, the asker is the author, each answer by another name is that member's words. 50: (sources22) an interview's introduction names its interviewee, not its interviewer: a name after "by" ("Interview by Sam Reed") is the credit, so an answer is sourced to the person introduced ("Ravi Menon has been a lifeboat coxswain ...": interviewee._name_of); "It was claimed by X that ..." (an expletive "it", a form of "be", "claimed" or "written", "by" a name and "that" after it) names its source, as "It was said by Ann Lee that" does (cues._it_claimed_that); "islands claimed by Japan", "It was claimed by Spain in 1520" stay owners. 49: (sources21) attribution classes (rhetorical_sayings.py, misread_sources.py, appositives.py, missed_speakers.py): consent to act ("Priya has agreed to take over"), questions asked or answered ("Frequently asked questions", "answered every question") and an idiom of contempt ("told them exactly where they can put their censorship") report no words; things that show ("Satellites have shown", "Archaeological finds show") name no one; "One wrote:", "Someone posted:" before a quotation name no speaker; a surname given in full before, then an apposition ("Ferris, the only Republican to back the bill, told") is named, not a document; a passive with a named agent ("It was said by Ann Lee that") is named; a book's publisher ("is published by Harrow Press") is no document. 48: (sources20) attribution classes (misread_sources.py, attribution.txt): a gerund of saying right after the sentence's first word is no speaker's verb ("Avoid adding too much sugar", "Stop saying sorry", "Just saying."); a noun of saying in a label ("Match report and player ratings to follow."), after two modifiers ("the same scripted answer") or after a preposition and one ("with baseless reports", "of false claims"); a third-person pronoun contracted ("She'd been saying", "He's told") is a pronoun, not a name; "without saying" says nothing; a compound with a lower-case part after its hyphen ("Follow-up data") names no document; a disclosure or a registration (claim_lines rule "disclosure line", claims.txt [disclosure_phrases]: "Funding:", "Conflicts of interest", "Trial registration:", "Registered charity number ...", "Registered in England No. ...", "Promoted by ... on behalf of") is page furniture, not a claim; a source not allowed to speak ("said an official who was not authorised to speak publicly", "who is not authorized to comment": attribution.txt [weasel_phrases], [anonymity_words]) is an anonymous source, as one who asked not to be named is; a title written short before a name ("said Dr. Ann Lee", "said Prof. Lee": source_window.TITLE_ABBREVIATIONS) keeps the name in the source. 47: (voice20) a thread's poster lines ("u/pine_pete \u00b7 412 points": forum_posts.thread) are furniture, not claims; a press briefing whose labels carry an outlet ("REPORTER (Eastshire Echo):") is a transcript, its answers the speaker's. 46: (sources19) "one insider said" is a vague source, as "a source said" (attribution.txt [weasel_source_words]); a kind of institution named only in the plural ("This has been confirmed by the banks", "according to the authorities", "the regulators said": attribution.txt [body_plural_words], groups.py) is a vague source, unless a name, an institution or a number says which ("two banks", "UK regulators"); the speakers after a quotation and those missed_speakers.py finds come from one finder that provenance reads too (xlplugin/speakers.py), and a role before a long who-clause outranks the "who" read as a pronoun ("The head teacher, who ..., said": sourced as a role); a figure in a refusal's topic names what the reporter asked about, no claim ("would not comment on the 300 deaths", "declined to comment on its 300 job cuts"; a clause of its own after it, "the 14 complaints it received", still tells one: no_comment._topic_tells_more); "refused to discuss", "had no comment", "would not discuss" are refusals (claims.txt [no_comment_phrases]). 45: (byline18) attribution classes: in a sentence whose speaker asked not to be named ("One neighbour, who asked not to be named, told the Sunday Clarion: ..."; more such phrases in [weasel_phrases], "anonymous" in [anonymity_words]) the outlet told is no source, the speaker is anonymous (cues._told_whom); "Polls show", "surveys suggest" with no pollster are weasel phrases. 44: (claims18) who said what: a source named in one sentence is not carried to the next when that one tells another actor's act in the writer's voice ("Library director Priya Nand said the branch would stay open. The council approved the plan by seven votes to two.": own_acts.py, _carries); speakers that were missed: a court, an inquest or a jury that heard it ("..., Kesterford Magistrates' Court heard on Wednesday."), a named speaker, any verb and a colon before a quotation ("Ratepayers' Union boss Ada Crane fumed: \u201c...\u201d"), a name with an age ("Priya Shah, 38, said"), a role before a who-clause of any length ("The head teacher, who ..., said"): missed_speakers.py; a number in words after a refusal to comment is a figure as one in digits ("declined to comment on three job cuts": no_comment.py). 43: (titles18) a headline under a label line at the top ("OPINION", "EXCLUSIVE", "FOR IMMEDIATE RELEASE") is the title, no claim (title_lines.headline_end passes over the label). 42: (sources18) sources that were missed: a journal named after "published ... in the journal" ("according to a randomised trial published on Wednesday in the journal Diabetes Care": subject_sources._PUBLICATION_KINDS); a survey that gives its size ("In a survey of 1,130 staff", "A poll of 2,000 adults found", "Of the 412 tenants surveyed": _with_sized_surveys); an owned document after "By" ("By the service's own internal figures", ", by its own count": owned_sources.py); logs named before ("But the logs show": attribution.txt [document_words] "log logs"); a name before a relative clause of up to RELATIVE_REACH words between commas ("Fatima Bello, who organised the protest and has lived there for 30 years, said": source_window._relative_clause_reach); an unanswered request with its count ("did not respond to three requests for comment": claims.txt [request_count_words]) is no claim, but a figure told after a refusal is ("declined to comment on its 300 job cuts"; a date is none): no_comment.py; a match that "ended"/"finished" on its score ("The final ended 2-2") and a match's play told by its clock ("Cole equalised in the 88th minute", "scored twice in the first 20 minutes": [play_verb_words], [match_time_words]) are public results, no claims (results.py); a view or a wish ("They want you confused, tired and sick.", "She believes the plant is unsafe": attribution.txt [view_words]) lends no source to the sentence next to it (_lends); words that name no one a reader could ask, as provenance reads them ("the so-called experts", "Grandma always said", "have declared war on": provenance_sources.no_one_to_ask) source no sentence (_with_no_one_to_ask). 41: (claims17) a forecast or a possibility on a vague source's word is a claim ("Studies show one espresso can ruin a night's sleep", "It is widely believed that the council will close the library"; advice, "Experts say you should", is not: claims.txt [demand_modal_words]); a request for comment that got no answer is no claim ("The union declined to comment.": no_comment.py); a score or an award is a public result, no claim ("Millbrook beat Ashton 3-1", "won three awards": results.py); a definite body after "according to" is a source ("according to the weather station"; "according to the legend" is vague: cues._definite_body); a definite document as the subject of what it does is the source ("The inspection report rates the pier", document_subjects.py); "The study found" with no study named before is vague (back_references.py); anonymous sources are shown as "anonymous source" in the evidence; more weasel phrases ("Research proves", "It is well known"). 40: (credit16) no named document in a Title Case line (a headline "Council Approves Budget", "An Honest Review") or a button row ("Like | Reply | Report"): cues._offer_documents; a noun of saying after a possessive ("What do you think Kayla's post means?") is no verb of saying. 39: (kinds19) a press release's closing block after its end mark ("###") or a press contact's heading is not prose either (the not-prose rule "issuer block"; its "About <issuer>" part was already left out as the "about block"). 38: (attrib16) attribution classes: the writer's act with no one answering ("I rang twice and nobody answered") names no source; "Absolute joke." is no speaker; "My neighbour says", "a friend of mine said" are vague; "Among them is Ana Ruiz, a planner, who said" is named; "according to the report" after the report was named is a document source (back_references.py); "..., but the actual figure is 12 percent" is the writer's figure; "Documents seen by The Herald show" is a document source (seen_documents.py); the headline line (title_lines.py) and an author's bio line are no claims. 37: attribution classes (claims15): a document before a clause between commas and "says" is the source ("The budget document, published last week, says"); a definite document after "according to" ("the notice", "the minutes of that meeting": [cited_document_words]) is a source; offices named by a role noun ("The county supervisor says", "the maker says") are role sources; "find" with money as its object is no finding ("it found \u00a32.1 million for road repairs": misread_sayings.finds_money); a "but" inside what was said keeps the speaker's source unless someone is set against it ("He said sales rose 5 percent, but profits fell 2 percent": contrast_clauses). 36: attribution classes (sources15): a name before an apposition and a verb of saying is a named source with a role ("Marta Lindqvist, a retired ferry pilot, said", "Tomas Berg, who runs a bakery, told": xlplugin/appositives.py); a document qualified by a participle is vague unless a name says whose ("Official figures released on Monday show" is vague, "figures released by the Office for National Statistics show" names it; a weasel phrase inside a name, "Statistics show", is none); an adjective in "-ous" is no plural ("Previous post" is a noun, no source) and an abstract noun opening a sentence is no source ("Time will tell": [abstract_subject_words]); the writer's own figure after ", but" / ", yet" that names no source is unsourced ("They claim 30 percent less fuel, but real users see 12 percent": xlplugin/contrast_clauses.py). 35: (also prov14: in a forum post, counters "Likes: 23 | Replies: 11", "Edit:" notes and the "Re:" subject line are furniture, not prose, and a quoted post under "Quote from: NAME" / "NAME wrote:" is a quoted block, not the poster's words) attribution classes (claims10): a definite organisation noun as the speaker of a verb of saying ("..., the club said.", "the trust said", "its regulator confirmed": attribution.txt [definite_organisation_words]) is a source by role; an unnamed plural document opening its clause ("Leaked documents show", "Figures show", "Official figures show": [plural_document_words], publications.bare_plural) is as vague as "a study found" and lends no source to the next sentence, while "the trust\u2019s board papers show" ("papers" is now a document word) and "public records show" stay sources; a statement measured against after a comparison ("five times what the official figures admit": cues.spoken_of) is no source; an owned document after "according to" ("according to its governance page"), or after "comes from", "is based on" when it is a document ("comes from the project\u2019s own benchmarks": [owned_document_words], xlplugin/owned_sources.py) is a source, and beats a passive without a source in the same sentence. 34: attribution classes (sources14): a forecaster's figure given by a passive names its agent after "by" ("Clinton was given a 73 percent chance by PredictWise", "the bonds were rated two notches above junk by Kestrel Ratings": forecast_sources.passive_agent), and the passive's subject is never that figure's source; a plural of people after plain modifiers as the whole subject ("Local farmers said", "Former employees claim", "..., local farmers said": attribution.txt [people_plural_words], misread_sources.people_group) is a vague group; "state"/"states" after a preposition or a quantifier with plain modifiers, or after modifiers opening the sentence ("victories in smaller states", "three states", "Global state makes", attribution.txt [modifier_noun_reporting_words]) is a noun, no verb of saying; an aside between dashes before a verb of saying ("insiders in two states \u2014 Nevada and South Carolina \u2014 said") is skipped to its subject; "post(s)", "find", "show" are nouns by the same neighbours ("Related posts", "Fossil find", "the first major show"); a time phrase alone between a comma and the verb ("Glenn Beck, who ..., on Friday declared") is no source, the subject named before speaks (a pronoun's kind). 33: attribution and claim classes (sources13): a named forecaster or rater giving a figure through a verb that is no verb of saying ("PredictWise gives Clinton an 89 percent chance", "the Times\u2019 model gave", "puts the cost at $4bn", "rates the bonds two notches above junk": attribution.txt [forecaster_verb_words], [forecaster_figure_words], xlplugin/forecast_sources.py) or "is forecasting that" is a named source; a plural common noun of people opening a sentence ("Neighbors say", "Participants said": [people_plural_words], -ants/-ents/-ees) is a vague group, not a name; the one told after "told" ("The informant later told Varnell", "told Reuters") is no source, the speaker before is; "will recount", "to recount" count again; "state" after a determiner and a modifier ("some shared state", "his home state", "a sanctuary state") is a noun, no verb of saying; a run of short lines each ending in an ellipsis (linked headlines) is a headline list, no claims. 32: attribution classes (sources12, xlplugin/subject_sources.py): a negative pronoun as the subject of a verb of saying ("Nobody has confirmed", "Nobody is suggesting") is no source, and sources no sentence next to it; an indefinite one with a clause or a place after it ("Those who were in Soho tell", "People who know the committee say", "Officials who spoke with The Post said") is vague; a singular vague noun owned by a named outlet ("The Herald's critic called") is a source by role; in a source phrase holding "who" the noun before it is the head ("an expert at King's College London who was not involved in the study, said" is named, no document); "according to results of a trial published on Wednesday in The Lancet" is a document source; "release" is a document only as a press, news or media release ("a US release", "make North Korea release" are none); "after recount" is a noun. 31: attribution classes (sources11, xlplugin/misread_sayings.py): after its subject, a verb of saying followed by a noun phrase and a verb starts what was said ("The man said the police had ignored his calls"): no source read from it ("the police", "they", "Smith"); the speaker before the verb counts, or, where none is found, reads as a pronoun\u2019s (someone named or described before); unnamed people or their posts on a platform ("Users on Facebook claim", "Comments on Reddit say") are a vague source; a verb of saying before "little", "nobody", "no more", "nothing more", or "nothing" and a time ("said nothing for a while") reports no words. 30: article-level misreadings (claims9, issue 10): a source that opens a reported clause of its own in the next sentence (\u201cThe mayor said on Friday that ...\u201d, \u201c...; the mayor will claim credit if ...\u201d, \u201cAccording to X, ...\u201d) no longer speaks for the writer\u2019s sentence before it (one closing its sentence, \u201c..., she said\u201d, one reporting a word or three, \u201cAnn Lee confirmed the cuts\u201d, a passive \u201cThe cuts were confirmed by X\u201d, and a sentence opening in a quotation still take it: _closes); the outlet\u2019s credit line (\u201cThe Associated Press contributed to this report.\u201d, claims.txt [credit_line_phrases]) is no claim; a quotation closed by \u201c,\u201d, \u201c?\u201d or \u201c!\u201d and followed on its line by its speaker and a verb (\u201c\u201c...,\u201d Clinton fired back\u201d, \u201c\u201c...?\u201d she snapped\u201d) is sourced by that speaker whatever the verb (_with_quote_speakers). 29: attribution classes (sources10, xlplugin/misread_sources.py): a reporting word that is also a noun after a determiner and a modifier that cannot be a plural subject is the noun ("at the near post", "at the gun show", "the new note contains"; a post, tweet or report after "in" keeps its reading); a verb of saying before "nothing" and a topic or the sentence\u2019s end reports no words ("Tins say nothing about lead"); the people of a place ("the people of Eastbank, who told", attribution.txt [population_words]) are a vague group; a post shared on a platform ("a post shared 40,000 times on Facebook claims") is the source, vague unless a name says whose; the topic after "about" ("an article on 3 June about the closure of Hillside Leisure Centre said") names no source (a name before "about", or a clause after it, "about which Sutton writes", still does). 28: claims and furniture as classes (claims8): a cause or an effect stated as fact is a claim by itself (claims.txt [causal_verb_words] in the present, not after a modal, "to", "not" or a determiner: "Vitamin C prevents colds"; [causal_claim_phrases]: "which is why", "a sign that"); a comparative, a noun and "than" ranks ("a stronger defence than any injection"); a weasel phrase opening a sentence ("It is believed that") is its source when it names none or the one it names follows "than"; a clock time ("14:30") is a time, not a figure; a capitalised word right after a stamp or a label ("14:30 - Welcome", "Results: Illness-related") and the words of a headline in capitals or title case name no actor; "the north-west" ranks nothing; a post\u2019s or an issue\u2019s date line ("Reply from X \u00bb Tue Mar 10, 2026 8:40 pm", "The Morning Brief: Tuesday 9 June 2026"), a scoreline ("Ashton Rovers 2 Millbrook Town 1") and a sponsor label ([sponsor_label_phrases]) are no claims (xlplugin.form_lines); an institution named as the subject of its own record or notice ("The Met Office has recorded", "The weather service has issued": [record_verb_words]) is that sentence\u2019s source. 27: attribution.txt classes (sources9): a named institution\u2019s members opening a sentence are a source by role whenever the name cannot be a common word qualifying the group ("Harvard researchers said", "Google engineers said"; "Senior officials", "Health officials", "Saudi officials" stay vague: attribution.txt [group_modifier_words], institutions.may_qualify); a pronoun right before a verb of saying is its subject, so no source is read inverted after it ("He said the military would ..."); a post on social media is a vague source unless a name says whose ("A viral post says the city of X has ...": attribution.txt [post_words], groups.post_source); a month or a number before ", said the minister" is no modal and no noun\u2019s count. 26: attribution.txt classes (sources8): a named institution\u2019s members opening a sentence are a source by role when the name is an acronym or a one-word institution name ("Pentagon officials said", "NATO officials said": attribution.txt [institution_name_words]; "Senior officials said" stays vague); a vague source right before a verb of saying is its subject, so the words after the verb are no inverted source ("Officials said the military was ..." stays vague); a sentence naming its own vague source ("A study in Texas found ...") borrows no neighbour\u2019s source. 25: attribution.txt classes (sources7): a trade named only as a group ("nutritionists say", "their doctors told") is vague unless a name, an institution or a number says which (xlplugin.groups); a plea ("pleaded guilty", "admitted two counts", "was admitted to hospital"), a price quoted ("quoted at \u00a3780,000") and a notice\u2019s noun ("Yellow warning for wind") are no verb of saying (xlplugin.acts); "issued by X" names the issuer, "issued" without "by" names no one; "a forum for Android developers called X" names a thing. 24: the lines of a poll or newsletter box are not prose (xlplugin/promo_boxes.py: "Results so far: 54% ..." is no claim); an interview answer ends at the author's paragraph before the next question (claims there are no longer sourced by the interviewee). 22: lines of forms, lists and a release's boilerplate are not claims (xlplugin.form_lines, claims7): a form's or a listing's field ("Prep time: 20 minutes", "Site: The Old Forge, 3 High Street", "Rating: 4 out of 5": claims.txt [field_label_phrases]), a line whose only figures are reference codes, dates or telephone numbers written with slashes or dashes ("Application 24/00871/FUL", "Last updated 8/7/12", "Ann Roe: 816-555-0142"), a list of quantities with units ("225g unsalted butter, softened": [measure_unit_words]), and the issuer's block at the foot of a press release ("Notes to editors", "About Northmoor"). 21: attribution.txt classes (sources6): a reporting noun as a verb\u2019s object ("hurl the wild claims", "received reports") is no verb of saying; reports someone received ("has received reports") are vague; a named institution\u2019s members ("Pentagon officials said") are a source by role; a place is no publication ("a study in Texas found" is an unnamed document). 20: attribution.txt classes (sources5): a negated verb of saying ("never told us", "did not say", "hasn\u2019t confirmed") and whom someone asked ("I have asked the board for comment", "was asked for comment") are no source; "asked" takes its source after it only inverted after a comma or a quotation; "made it clear that" reports; a work\u2019s title ending in a role noun ("The Lantern Keeper is the kind of film that asks") is no person (senses.names_a_work); claims.txt [forecast_verb_words] restored (an edit had made "and", "with", "or" forecast verbs: prediction \u201cand\u201d). 19: claims.txt [forecast_verb_words] holds only its verbs again (an edit had left a comment line without its "#", so "and", "an", "amount" and the effect verbs were read as forecast verbs: "prediction \u201cand\u201d"; tests/test_lexicon.py now refuses such a line). 18: a superlative after "the" ("one of the unhealthiest", "the most toxic") and an amount compared ("more sugar than") are a "ranking" cue; a sentence leaning on a short weasel attribution ("Scientists say", "Everyone knows") is a claim without a second cue; a model designation ("F-35", "A320", "H-6s") is no figure and no actor; a line that is only a byline, a credit or an update stamp with its date is not a claim (claim_lines "stamp line"). 17: an interview's last answer and a transcript's last turn end at the first paragraph that reads as the author's (a heading, a closing note, the speaker named in the third person, a pronoun that can only mean the speaker: xlplugin.interview.last_turn_end), not at the end of the text (claims after it are no longer sourced by the interviewee). 16: attribution.txt classes (xlplugin.senses, xlplugin.publications): "call" reports only with its complement ("phone calls", "a manager called conda" name no source); "it's said", "it's been reported" are weasel attributions; a named publication is a source ("a paper in Nature", "a report by the World Bank"), an unnamed one vague ("a study found"); "reiterated" is a verb of saying. 15: a quotation continued into the next paragraph keeps its speaker; a health or product effect on "your" body or money is a claim ("turns your body into", "can double your fat loss"); "ultimate", "worst" and spelled-out numbers in hyphenated words ("one-in-fifty-year") are cues; phone-number lines, a listing's certificate and running time and calls to action ("Click here to ...") are not claims (claim_lines); attribution.txt session 9: "wrote the script", "declared a state of emergency", "does not want to be", "in posts" report nothing, "whatever is promised", "can't be said of" and "it can be seen from space" are no weasels, ", reported the BBC." inverts, "the report explores data showing" and "I read somewhere" are a document and a weasel source. 14: prose that cites is prose: a citation mark in brackets (a DOI, "(see pp. 33-41)", "(Smith et al., 2019)") no longer makes a citation line, and a DOI or an author-year citation sources its sentence; -ed adjectives (capitalised, hyphenated, un-, after a/an/the), capitalised "-est" names and a lower-case "march" are no cues; embedded posts and press-release legal notes are not prose (xlplugin.prose). 13: an interview's answers are the interviewee's word (xlplugin.interviewee: sourced by the speaker's label or the introduction's name, as a role otherwise); a forecast ("will", an amount, a verb of change or consequence: claims.txt forecast_words) is a prediction; attribution.txt classes as provenance 15 (an author or owner after a passive "by", "a tool called X", a noun after a superlative, words after a modal's verb are no source; a source does not open with "and"). 12: attribution.txt classes as provenance 14 (anonymous sources are weasel attributions; "I\u2019ll admit", "they lie", "his list ... before writing", "the answer is" name no source); mixed quotation marks pair. 11: a time stamp naming who posted or edited ("Last edited by X on DATE", xlplugin.prose) and an obituary's name-with-life-dates heading (claim_lines "life dates heading") are not claims. 10: attribution.txt: plural roles ("prosecutors said", "her aides say") are role sources, unnamed groups ("voters say") vague ones; -ing participles ("insisting that") and verbs of speaking ("reminded", "expressed") report. 9: a sentence's first word is a source's name only by the name rules (right before the verb, or before another capitalised name: not "Rents rose ..., says someone"); a reporting word read as a noun or adjective is no verb of saying ("at one point", "one claim", "at that point", "so called"). 8: attribution classes (cues): a first-person "I believe" names no source; a modal makes a verb of saying a demand ("should explain"); a short capitalised bracket between a source and its verb is skipped ("(UCEA) said"); "says a report highlighting/published/which" is a document source. 7: past events, named actors and figures without three kinds of noise ("seaweed"; "is suited"; a name starting a sentence left inside another; "1-Bedroom"); 6: citation lines, reference lists and list headings are not claims (claim_lines); 5: a link written in capitals is a source in a sentence without a verb of saying (one link test)
UNIT = "share of check-worthy sentences unsourced, 0..1 (higher = worse)"


def _why(sig: Score) -> str:
    unsourced = sum(1 for e in sig.evidence if e.kind == "unsourced")
    total = sum(1 for e in sig.evidence if e.kind in ("unsourced", "sourced"))
    if unsourced == 0:
        return f"all {total} check-worthy claims sourced"
    return f"{unsourced} of {total} check-worthy claims unsourced"


def _mark(item: Evidence) -> str:
    return item.kind if item.kind in ("sourced", "unsourced") else ""


# Normalisation: a share of 0 unsourced is 1.0; UNSOURCED_ZERO or more is 0.0, linear between.
# Edited wire reports attribute nearly every figure and claim (a share of about 0.2-0.4 stays
# unsourced under these rules: background facts, the reporter's own scene-setting); opinion and
# content-farm pieces leave most claims bare (0.7-1.0). Putting zero at 0.9 rather than 1.0 keeps
# some room between "nearly everything bare" and "everything bare" from costing the whole score.
UNSOURCED_ZERO = 0.9


INFO = SignalInfo(
    NAME,
    header="Unsourced share of check-worthy claims (higher = worse)",
    phrase=_why,
    reading=(
        "Of the sentences that make a checkable claim (numbers, superlatives, causes, what someone "
        "did), the share with no named source, quotation or document next to them. 'Experts say' "
        "counts as unsourced.",
        "0-100 %, a share 0-1 shown as a percentage (0.67 shows as 67%; XLP_UNSOURCED gives the share: format "
        "its cell as a percentage); higher = more claims with no source (red).",
        "Rumours, reposts, opinion presented as fact.",
        "Reports that say who said what and where the numbers come from.",
        "Cannot check whether a named source is real or quoted fairly.",
    ),
    table=("unsourced", 2),
    excel=("XLP_UNSOURCED", "Unsourced claims: share of check-worthy claims with no source, 0-1 (higher = worse)."),
    aliases=("unsourced",),
    number_format="0%",  # stored as a 0..1 fraction
    colours=(UNSOURCED_ZERO, 0),  # by what the share does to the index, where its weight is not 0
    mark=_mark,
    outlets_header="Unsourced share of claims",
    abbreviation="unsrc.",
)

DATA_FILE = "claims.txt"
# A sentence shorter than this is a heading, a caption or a fragment, not a claim; four words
# is the shortest full claim with a source ("Experts say crime doubled.").
MIN_WORDS = 4
EVIDENCE_DETAIL_MAX = 160
THRESHOLD = 2
# A sentence that leans on a weasel attribution ("experts say", "it is believed") presents what
# follows as established fact; one factual cue is then enough to make it a claim to check.
WEASEL_THRESHOLD = 1
# A weasel attribution makes a sentence with no cue a claim only when it is this short ("Experts
# say", "Studies show", "Everyone knows"): a longer span found as a weasel is more often a verb
# misread as one of saying ("They wanted to hurl the claims") than a vague source.
WEASEL_ALONE_MAX_WORDS = 3
# "I think", "we believe": the opinion verb must come within this many words of the start.
OPINION_WINDOW = 4

_DIGIT_RE = re.compile(r"\d")
_new_tuple = tuple.__new__
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")


def _in(section: str, file: str = DATA_FILE) -> frozenset[str]:
    """The words of a `_words` section of a data file (claims.txt unless told)."""
    return cues.words(file, section)


# ---------------------------------------------------------------------------------------------
# Word tests: what a single word can show. A cue row below that names one is shown by the first
# word of the sentence that meets it. Words inside a quotation are the source's, not the
# writer's: only the tests marked `in_quotes` (numbers: a quoted figure is a claim anyway) look
# at them. `after_first`: not the first word of the sentence (which has a capital anyway).
# ---------------------------------------------------------------------------------------------


class WordTest(NamedTuple):
    holds: Callable[[str, str], bool]  # (the word as written, lower-cased) -> does it meet the test
    in_quotes: bool = False
    after_first: bool = False
    # (the document, the word's position in its words, the position of its sentence's first
    # word) -> does the word's place let it count; asked only of words that meet `holds`
    in_place: Callable[[Document, int, int], bool] | None = None


def _is_year(lw: str) -> bool:
    return _YEAR_RE.match(lw) is not None


# A figure glued by a hyphen to a capitalised word is a label ("1-Bedroom", "2-Door", "3-Pack"),
# not a statistic; "114-room", "3-1" and "COVID-19" still count.
_LABEL_RE = re.compile(r"^\d{1,2}-[A-Z][a-z]+$")


# A model designation: a capitalised letter or two (three with a lower-case one) glued to a
# number, perhaps by a hyphen, perhaps with a plural "s" ("F-35", "A320", "Tu-142", "MiG-29",
# "H-6s", "G20"): a name, not an amount nor an actor; "COVID-19" (five letters) still counts as a
# figure. A currency written before the amount ("R500", "Rs200": [currency_prefix_words]) is an amount.
_DESIGNATION_RE = re.compile(r"^(?P<letters>[A-Z][A-Za-z]{0,2})-?\d{1,4}[A-Za-z]?s?$")


def _is_designation(w: str) -> bool:
    m = _DESIGNATION_RE.match(w)
    return m is not None and m.group("letters").lower() not in _in("currency_prefix_words")


# A clock time ("14:30", "8:40"): it places a line in time (a live blog's or a forum's stamp), it
# counts nothing (claims8): a "time" cue, not a figure.
_CLOCK_RE = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")


# (claims48) An ordinal written in figures ("3rd", "1st", "21st").
_ORDINAL_RE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")


def _ordinal_compound(lw: str) -> bool:
    """(claims48) An ordinal in figures glued by a hyphen to a word of claims.txt
    [ordinal_compound_words] ("3rd-party", "1st-class", "2nd-hand"): a compound word, no count."""
    first, _, rest = lw.partition("-")
    return _ORDINAL_RE.match(first) is not None and rest in _in("ordinal_compound_words")


def _is_figure(w: str, lw: str) -> bool:
    return _DIGIT_RE.search(lw) is not None and not _is_year(lw) and _LABEL_RE.match(w) is None \
        and not _is_designation(w) and _CLOCK_RE.match(lw) is None and not _ordinal_compound(lw)


def _counts(doc: Document, i: int, start: int) -> bool:
    """Where a figure counts something: not a version number (`_not_a_version`), and (claims48)
    not an ordinal before a word of [ordinal_compound_words] ("a 3rd party package", "1st class
    post": the compound "third party", "first class" written with a figure)."""
    if _ORDINAL_RE.match(doc.lowers[i]) and i + 1 < len(doc.lowers) \
            and doc.token_sentences[i + 1] == doc.token_sentences[i] and doc.lowers[i + 1] in _in("ordinal_compound_words"):
        return False
    return _not_a_version(doc, i, start)


# (claims47) A version number: a release of a product named right before it ("Python 3",
# "Python 3.6.0", "Mercurial 5.2", "GCC 8.3", "Python 3's bytes"), or one more in a run of
# them ("Python 3.5, 3.6 and 3.7", "Python 2/3"). It names which release, it counts nothing: no
# figure (_not_a_version). A dotted version has one digit after its first point ("3.6", "3.6.0"):
# a price or a measure has two ("Best Price 9.95"). A release in three parts ("3.6.0") is a
# version; otherwise the name must be a product's, known by the text giving it one release with
# more parts than another of the same major number ("Python 3" and "Python 3.5", "Python 3.6"
# and "Python 3.6.0"): then every version-shaped figure after it is one. A poll's shares after
# a name ("Clinton 6.4 ... Clinton 6.5"), ages ("Hammond 76 and Steven Hammond 49"), "London 12
# people" and a lone "Windows 10" or "Mercurial 5.2" stay figures. Not after a time word or a
# day ("June 12", "Jan 13"), not before an amount's word ("GDP 2.1 per cent", "Tesla 3.5
# million": [quantity_words], "%", "per").
_VERSION_RE = re.compile(r"^\d{1,2}(?P<dots>\.\d(?:\.\d{1,2})?)?\+?(?:'s|\u2019s)?$")
_VERSION_JOINS = frozenset(("and", "or", "to"))


def _version_name(doc: Document, j: int, start: int) -> bool:
    """Is word `j` (of a sentence from `start`) a product's name a version can follow: a
    capitalised word of letters that is no time word and no sentence in capitals' word?"""
    w, lw = doc.token_texts[j], doc.lowers[j]
    return w[:1].isupper() and w.isalpha() and lw not in _in("time_words") and lw not in _in("version_not_name_words") \
        and lw not in _in("en", "stopwords.txt") and not (w.isupper() and len(w) < 3)


# {id(document): {name (lower-cased): the version-shaped figures after it}}, an entry dropped
# when its document is freed (weakref.finalize), so a new document never reads another's.
_NAMED_VERSIONS: dict[int, dict[str, frozenset[str]]] = {}


def _versions_of(doc: Document, name: str) -> frozenset[str]:
    """The version-shaped figures the text puts right after `name` (lower-cased), read in one
    pass over the document's words the first time it is asked."""
    found = _NAMED_VERSIONS.get(id(doc))
    if found is None:
        texts, lowers, named = doc.token_texts, doc.lowers, {}
        for k in range(len(lowers) - 1):
            if texts[k][:1].isupper() and _VERSION_RE.match(texts[k + 1]):
                named.setdefault(lowers[k], set()).add(texts[k + 1].rstrip("+"))
        found = _NAMED_VERSIONS[id(doc)] = {n: frozenset(v) for n, v in named.items()}
        weakref.finalize(doc, _NAMED_VERSIONS.pop, id(doc), None)
    return found.get(name, frozenset())


def _not_a_version(doc: Document, i: int, start: int) -> bool:
    """(claims47) Not a version number (_VERSION_RE): a figure counts unless it names a
    release of the product before it."""
    texts, lowers = doc.token_texts, doc.lowers
    m = _VERSION_RE.match(texts[i])
    if m is None or i == start:
        return True
    if i + 1 < len(lowers) and doc.token_sentences[i + 1] == doc.token_sentences[i] and (
            lowers[i + 1].split("-")[0] in _in("quantity_words") or lowers[i + 1] in ("%", "per", "pc")):
        return True
    j = i - 1
    if lowers[j] in _VERSION_JOINS and j > start:
        j -= 1
    if _VERSION_RE.match(texts[j]) and j > start:
        return _not_a_version(doc, j, start)  # one more in a run: "3.5, 3.6 and 3.7"
    if lowers[j] != lowers[i - 1] or not _version_name(doc, j, start):
        return True
    if m.group("dots") and m.group("dots").count(".") == 2:
        return False
    return not _has_releases(_versions_of(doc, lowers[j]))


def _has_releases(figures: frozenset[str]) -> bool:
    """Are two of the version-shaped figures after a name releases of one major version in
    different parts ("3" and "3.5", "3.6" and "3.6.0")?"""
    parts = {(f.split(".")[0], f.count(".")) for f in (f.split("'")[0].split("\u2019")[0] for f in figures)}
    majors = [major for major, _ in parts]
    return len(set(majors)) < len(majors)


def _is_number_word(lw: str) -> bool:
    """A spelled-out number, alone or as a part of a hyphenated word ("a one-in-fifty-year
    flood", "two-thirds", "a ten-year low")."""
    if lw in _in("number_words"):
        return True
    return "-" in lw and any(part in _in("number_words") for part in lw.split("-"))


def _is_past_tense(lw: str) -> bool:
    """A listed past tense, or a regular one by its "-ed" ending (not "-eed": "seaweed", "need",
    "proceed"; the "-ee" verbs' past tenses are listed), and not a verb of saying."""
    return (lw in _in("past_tense_words") or (lw.endswith("ed") and len(lw) > 4 and not lw.endswith("eed"))) \
        and lw not in _in("reporting_words", cues.DATA_FILE)


def _is_past_event(w: str, lw: str) -> bool:
    """A past tense (`_is_past_tense`) that is no adjective by its form: a regular "-ed" word
    (not a listed past tense) capitalised but not all capitals ("United": a name; "AIMED" in a
    text in capitals is still a verb), hyphenated ("nuclear-armed",
    "rules-based", "most-loved") or negated by "un-" ("unencrypted")."""
    if not _is_past_tense(lw):
        return False
    if lw in _in("past_tense_words"):
        return True
    return not ((w[:1].isupper() and not w.isupper()) or "-" in lw or lw.startswith("un"))


# Words that make "a/an/the X-ed noun" an adjective ("an excited crowd"), not a past event.
_DETERMINERS = frozenset({"a", "an", "the"})


# (claims47) Words after which a regular "-ed" word is an adjective before its noun, as after
# "the": a possessive ("our installed packages") and "of" or "with", alone or before "all" or
# "any" ("management of all installed versions", "handling of compiled dependencies", "with
# added sugar"). ("They all voted": "all" alone is no such word.)
_ADJECTIVE_OPENERS = frozenset(("its", "their", "our", "your", "my", "of", "with"))
_ADJECTIVE_QUANTIFIERS = frozenset(("all", "any"))
# (claims47) A bullet that opens a list item ("- ", "* ", "\u2022 "), and the most words a list's
# heading holds ("Pros:", "Key features:", "What you get:").
_LIST_BULLETS = ("- ", "* ", "\u2022 ")
FEATURE_HEADING_MAX_WORDS = 3


def _past_event_place(doc: Document, i: int, start: int) -> bool:
    """Not a state (`_not_a_state`), and not right after "a", "an", "the" ("an excited crowd",
    "the unlisted data"), a possessive, "of" or "with" (claims47): an adjective before its noun;
    nor the participle opening a feature list's fragment (`_opens_a_feature`), nor an adjective
    by the word before it (`_adjective_by_neighbour`, claims49)."""
    if not _not_a_state(doc, i, start) or _adjective_by_neighbour(doc, i, start):
        return False
    if i > start:
        before = doc.lowers[i - 1]
        if before in _DETERMINERS or before in _ADJECTIVE_OPENERS or (
                before in _ADJECTIVE_QUANTIFIERS and i - 1 > start and doc.lowers[i - 2] in _ADJECTIVE_OPENERS):
            return False
    return not _opens_a_feature(doc, i, start)


def _opens_a_feature(doc: Document, i: int, start: int) -> bool:
    """(claims47) Is word `i` a participle opening a fragment in a feature list: the first word of
    a bulleted line, or its second after an adverb in "-ly" ("- officially supported by the
    Python Packaging Authority", "- integrated build tooling"), in lower case, in a list under a
    heading of at most FEATURE_HEADING_MAX_WORDS words ending in a colon ("Pros:", "Features:")?
    The item has no subject of its own: it describes what the heading names, no past event.
    A list under a lead with a verb ("The council has:") keeps its past events ("- closed three
    libraries")."""
    if not (i == start or (i == start + 1 and doc.lowers[start].endswith("ly"))) or not doc.token_texts[i][:1].islower():
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, doc.token_starts[start]) + 1
    if not text.startswith(_LIST_BULLETS, line_start):
        return False
    pos = line_start - 1
    while pos > 0:  # up over the list's other items and blank lines to its heading
        above = text.rfind("\n", 0, pos) + 1
        line = text[above:pos].strip()
        if line and not line.startswith(tuple(b.strip() for b in _LIST_BULLETS)):
            return line.endswith(":") and len(line.split()) <= FEATURE_HEADING_MAX_WORDS
        pos = above - 1
    return False


# A month's name is a time word when capitalised: "a march on the capital" is no date.
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _is_time_word(w: str, lw: str) -> bool:
    return (lw in _in("time_words") and not (lw in _MONTHS and w[:1].islower())) or _CLOCK_RE.match(lw) is not None


def _month_place(doc: Document, i: int, start: int) -> bool:
    """(claims41) Not "May" after a capitalised word: a surname ("Theresa May"), not the month;
    (claims51) and "since" only where a time follows it (`_since_place`)."""
    lw = doc.lowers[i]
    if lw == "since":
        return _since_place(doc, i)
    return lw != "may" or i == start or not doc.token_texts[i - 1][:1].isupper()


# (claims51) The most words of [since_determiner_words] passed over after "since" ("since at least
# early 2015": three).
SINCE_GAP_MAX = 3


def _since_place(doc: Document, i: int) -> bool:
    """(claims51) Is "since" at word `i` a time? Where a time follows it, past the words of
    [since_determiner_words]: a figure or a year ("since 2019", "since the 1990s"), a word of
    [time_words] or [since_time_words] ("since then", "since last spring", "since the
    election"); or where nothing of its sentence follows ("ever since."). Before a clause ("Since
    the council cut the budget, ...") it is as often a cause as a time, and shows neither."""
    lowers = doc.lowers
    end = doc.sentences[doc.token_sentences[i]].last_token
    if i + 1 >= end or doc.text[doc.token_ends[i] : doc.token_starts[i + 1]].strip():
        return True  # "ever since.", "Ever since, ...": the adverb of time
    j = i + 1
    while j < end and j - i <= SINCE_GAP_MAX and lowers[j] in _in("since_determiner_words"):
        j += 1
    lw = lowers[j] if j < end else ""
    return _DIGIT_RE.search(lw) is not None or lw in _in("since_time_words") or lw in _in("time_words")


def _ranks(doc: Document, i: int, start: int) -> bool:
    """Not "ultimate" before a word of [final_sense_words] ("the ultimate goal": final, not best)."""
    lowers = doc.lowers
    return lowers[i] != "ultimate" or i + 1 >= len(lowers) or lowers[i + 1] not in _in("final_sense_words")


def _not_a_state(doc: Document, i: int, start: int) -> bool:
    """Not a participle after a present form of "be", next to it or after one adverb ("is
    located", "are well suited", "is ideally placed"): a state, not a past event."""
    lowers, be = doc.lowers, _in("state_be_words")
    if i > start and lowers[i - 1] in be:
        return False
    if i - 1 > start and lowers[i - 2] in be:
        adverb = lowers[i - 1]
        return not (adverb == "well" or (adverb.endswith("ly") and len(adverb) > 3)
                    or adverb in _in("adjective_degree_words"))
    return True


# (claims49) Words after a compound's participle that show it is a verb, not an adjective before
# its noun: an adverb or a preposition ("Tesla powered ahead", "the team focused on"), an
# article or a possessive ("Mercurial based its decision").
_AFTER_A_VERB = frozenset(("ahead", "on", "through", "up", "down", "out", "off", "in", "into", "by", "to",
                           "the", "a", "an", "its", "their", "his", "her", "our", "my", "your"))


def _adjective_by_neighbour(doc: Document, i: int, start: int) -> bool:
    """(claims49) Is the regular "-ed" word `i` an adjective by the word before it: a word of
    degree ("super polished", "poorly implemented": claims.txt [adjective_degree_words]), a verb
    that takes an adjective ("get excited": [adjective_linking_words]), a preposition ("for
    embedded development": [adjective_preposition_words]); a participle making a preposition
    with "to", "with" or "on" ("compared to": [participle_preposition_words]); or, for a compound's
    participle ([compound_participle_words]), a name or a number with a noun after it ("a
    Unicode based str", "a Python 3 powered Mercurial")?"""
    if i <= start or doc.lowers[i] in _in("past_tense_words"):
        return False
    before = doc.lowers[i - 1]
    if before in _in("adjective_degree_words") or before in _in("adjective_linking_words") \
            or before in _in("adjective_preposition_words"):
        return True
    if doc.lowers[i] in _in("participle_preposition_words") and i + 1 < len(doc.lowers) \
            and doc.lowers[i + 1] in ("to", "with", "on"):
        return True
    if doc.lowers[i] not in _in("compound_participle_words") or i - 1 == start:
        return False
    prev = doc.token_texts[i - 1]
    if not (prev[:1].isupper() or prev[:1].isdigit()):
        return False
    after = doc.lowers[i + 1] if i + 1 < len(doc.lowers) else ""
    return after.isalpha() and after not in _AFTER_A_VERB


def _not_a_sentence_start(doc: Document, i: int, start: int) -> bool:
    """Not a word that starts a sentence the segmenter left inside this one: after a full stop,
    "!" or "?" and a space that end an all-lower-case word of three letters or more ("in the sun.
    Additionally, ..."; "Mr. Smith", "the U.S. Senate", "Texans vs. Rams", "then-Sen. Barack
    Obama" and "it ended.\" - Jane Doe" keep their names)."""
    if i <= start:
        return True
    end, text = doc.token_ends[i - 1], doc.text
    if end >= doc.token_starts[i] or text[end] not in ".!?":
        return True  # (the gap's first character, read without slicing the gap: most gaps are a space)
    before = doc.token_texts[i - 1]
    gap = text[end : doc.token_starts[i]]
    return not (gap[1:].isspace() and before.islower() and len(before) > 2)


# Marks that open a line's text after a stamp or a label ("14:30 - Welcome ...", "Reply from X \u00bb
# Tue ...", "Results: Illness-related ..."): the capitalised word after one starts the text.
_OPENER_MARKS = frozenset("-\u2013\u2014\u00bb|:")


def _not_after_opener(doc: Document, i: int, start: int) -> bool:
    """Not a word right after a line opener (claims8): a mark of _OPENER_MARKS alone between
    spaces, or a colon ending the word before ("Results: Illness-related"), when the words
    before it are only a stamp or a label (at most three, none lower-case but a stamp's "am",
    "pm"): the capitalised word opens the text, it names no one."""
    if i <= start or i - start > 3:
        return True
    gap = doc.text[doc.token_ends[i - 1] : doc.token_starts[i]].strip()
    if not gap or gap[-1] not in _OPENER_MARKS:
        return True
    return any(t.islower() and t not in ("am", "pm") for t in doc.token_texts[start:i])


# A headline is this many words or fewer.
HEADLINE_MAX_WORDS = 20


def _in_mixed_case(doc: Document, i: int, start: int) -> bool:
    """Not a headline in title case (claims8): a line of its own whose words are all capitalised,
    some in title case ("10 Amazing Tricks To Keep ...", "THEY DID IT AGAIN: Halden Bureaucrats
    Ram Through ..."), where a capital names no one. A sentence with a lower-case word of three
    letters or more, and a text all in capitals ("THE BOARD APPROVED ...": its capitals show
    nothing either way, and it keeps its names, tests/test_citations_review7.py), are not one."""
    texts, sentence_of = doc.token_texts, doc.token_sentences
    k = sentence_of[start]
    sentence = doc.sentences[k]
    if sentence.last_token - start > HEADLINE_MAX_WORDS:
        return True  # (no headline: and no scan of a long sentence per capitalised word)
    j, title = start, False
    while j < sentence.last_token:
        t = texts[j]
        if len(t) > 2 and t.islower():
            return True
        title = title or (len(t) > 2 and t[0].isupper() and t[1:].islower())
        j += 1
    if not title:
        return True
    text = doc.text
    e = sentence.end
    while e < len(text) and text[e] in " \t":
        e += 1
    return not ((sentence.start == 0 or text[sentence.start - 1] == "\n") and (e == len(text) or text[e] == "\n"))


def _name_place(doc: Document, i: int, start: int) -> bool:
    """Where a capitalised word names an actor: not a sentence's start left inside it, nor a
    line's start after a stamp, in a sentence that is not all capitals; (claims48) nor a
    product's name (`_names_a_product`)."""
    return _not_a_sentence_start(doc, i, start) and _not_after_opener(doc, i, start) and _in_mixed_case(doc, i, start) \
        and not _names_a_product(doc, i, start)


def _names_a_product(doc: Document, i: int, start: int) -> bool:
    """(claims48) Is word `i` (a possessive's "'s" left off) the name of a product the text gives
    releases of, by claims47's test (`_has_releases`: "Python 3" and "Python 3.5", "Lantern 2"
    and "Lantern 2.1")? A program, a language or a device with versions is a thing, no actor:
    "Python 3 had a rather cavalier attitude" names none (the maintainers it means are named
    where they act)."""
    w = doc.token_texts[i]
    name = w[:-2] if w.endswith(("'s", "\u2019s")) else w
    return _version_name(doc, i, start) and _has_releases(_versions_of(doc, name.lower())) if name == w \
        else name.isalpha() and _has_releases(_versions_of(doc, name.lower()))


WORD_TESTS: dict[str, WordTest] = {
    "digits": WordTest(_is_figure, in_quotes=True, in_place=_counts),  # ("Python 3.5": claims47; "3rd party": claims48)
    "year": WordTest(lambda w, lw: _DIGIT_RE.search(lw) is not None and _is_year(lw), in_quotes=True),
    "quantity word": WordTest(lambda w, lw: lw in _in("quantity_words")),
    "number word": WordTest(lambda w, lw: _is_number_word(lw) and lw not in _in("quantity_words")),
    "change word": WordTest(lambda w, lw: lw in _in("change_words")),
    # (a capitalised "-est" word is a name, "RustFest", not a superlative; "LARGEST" in capitals still counts)
    "comparison word": WordTest(lambda w, lw: lw in _in("comparison_words") or (
        lw.endswith("est") and len(lw) > 5 and lw.rsplit("-", 1)[-1] not in _in("not_superlative_words")
        and not (w[:1].isupper() and not w.isupper())),
        in_place=_ranks),  # (the last part of a hyphenated word: "the north-west" ranks nothing)
    "causal word": WordTest(lambda w, lw: lw in _in("causal_words")),
    "time word": WordTest(_is_time_word, in_place=_month_place),
    "past tense": WordTest(_is_past_event, in_place=_past_event_place),
    # ("in May": the month, claims41; "Council will close three libraries": an intent, claims46)
    "modal": WordTest(lambda w, lw: lw in _in("modal_words") and w != "May", in_place=lambda doc, i, start: _not_intent_will(doc, i, start)),
    # (claims52) a nationality is no actor ("the Korean film": attribution.txt [nationality_words])
    "capitalised name": WordTest(lambda w, lw: w[:1].isupper() and lw not in _in("not_name_words", cues.DATA_FILE)
                                 and lw not in _in("nationality_words", cues.DATA_FILE) and not _is_designation(w),
                                 after_first=True, in_place=_name_place),
    # words that only take part in the sentence rules below
    "impact verb": WordTest(lambda w, lw: lw in _in("impact_words")),
    "forecast word": WordTest(lambda w, lw: lw in _in("forecast_words")),
    "forecast verb": WordTest(lambda w, lw: lw in _in("forecast_verb_words")),
    "opinion verb": WordTest(lambda w, lw: lw in _in("opinion_words")),
    "effect verb": WordTest(lambda w, lw: lw in _in("effect_verb_words")),
    "your": WordTest(lambda w, lw: lw == "your"),
    "first person": WordTest(lambda w, lw: lw in _in("first_person_words")),
    "-er word": WordTest(lambda w, lw: lw.endswith("er")),
    "than": WordTest(lambda w, lw: lw == "than"),
    "causal phrase key": WordTest(lambda w, lw: lw in _causal_keys()),
    "causal verb": WordTest(lambda w, lw: lw in _in("causal_verb_words") or lw in ("why", "sign")),
    "credit key": WordTest(lambda w, lw: lw in _credit_keys()),  # (only `_credit_line` asks: no cue row)
    "to": WordTest(lambda w, lw: lw == "to"),
    "intent verb": WordTest(lambda w, lw: lw in _in("intent_verb_words")),
}


# Characters a sentence test needs somewhere in the sentence's text, by the name a Cue's `needs`
# gives them (they are not words: the words of a sentence leave "%" out).
TEXT_MARKS: dict[str, str] = {"% in the text": "%"}


@lru_cache(maxsize=None)
def _credit_keys() -> frozenset[str]:
    """The first word of each credit phrase ("contributed"): a sentence without one is no credit line."""
    return frozenset(cues.phrases(DATA_FILE, "credit_line_phrases"))


@lru_cache(maxsize=None)
def _causal_keys() -> frozenset[str]:
    """The longest word of each causal phrase: a sentence without one holds no causal phrase."""
    return frozenset(max(p, key=len) for group in cues.phrases(DATA_FILE, "causal_phrases").values() for p in group)


def dateline_words(doc: Document) -> range:
    """(claims51) The positions of the document's words inside its dateline ("LOS ANGELES
    (Reuters) -", "NEW YORK, March 4 (AP) --": the "dateline" cue provenance finds in the head,
    `xlplugin.furniture`), an empty range where it has none. The dateline says where and when
    the report was filed and which wire filed it: page furniture, not the claim's words. Its
    place is no named actor ("ANGELES", "YORK"), its wire none ("Reuters": a provenance cue),
    its date and day no figure or time of the claim; the sentence after it keeps its own cues."""
    found = doc.analysis.page_lines.cues.get("dateline")
    if found is None:
        return range(0)
    starts = doc.token_starts
    return range(bisect.bisect_left(starts, found[0]), bisect.bisect_left(starts, found[1]))


class ClaimWords:
    """The words of one sentence as the check-worthiness rules read them (the plain reading:
    `first` scans the words; `xlplugin.claims_index` gives the same answers from a word index)."""

    def __init__(self, doc: Document, sentence: Sentence, quoted: frozenset[int] | None = None) -> None:
        self.doc, self.sentence = doc, sentence
        self.text = sentence.text
        # positions (in the document's words) of the sentence's words inside a quotation
        self.quoted = _quoted_words(doc, sentence.first_token, sentence.last_token) if quoted is None else quoted
        # (claims51) the dateline's words, which no word test reads
        self.dateline = dateline_words(doc)

    @property
    def texts(self) -> list[str]:
        """The sentence's words as written."""
        return self.doc.token_texts[self.sentence.first_token : self.sentence.last_token]

    @property
    def lowers(self) -> list[str]:
        """The sentence's words, lower-cased."""
        return self.doc.lowers[self.sentence.first_token : self.sentence.last_token]

    def outside(self, i: int) -> bool:
        """Is word `i` of the sentence outside every quotation?"""
        return self.sentence.first_token + i not in self.quoted

    def cues(self) -> list[tuple[str, str, int]]:
        """`sentence_cues(self)`."""
        return sentence_cues(self)

    def cannot_reach(self, threshold: int) -> bool:
        """Is the sentence sure to fall short of `threshold` points? (The plain reading does not
        know before it reads the cues: False.)"""
        return False

    def first(self, test: str) -> str | None:
        """The first word of the sentence (as written) that meets WORD_TESTS[test], or None."""
        t = WORD_TESTS[test]
        a = self.sentence.first_token
        for i, (w, lw) in enumerate(zip(self.texts, self.lowers)):
            if (t.in_quotes or self.outside(i)) and not (t.after_first and i == 0) and a + i not in self.dateline \
                    and t.holds(w, lw) \
                    and (t.in_place is None or t.in_place(self.doc, a + i, a)):
                return w
        return None


def _quoted_words(doc: Document, a: int, b: int, only: list[tuple[str, ...]] | None = None) -> frozenset[int]:
    """The positions a..b-1 of the document's words that start inside a quotation (of those
    whose entry in `only` is not empty, when given)."""
    if not doc.quotes:
        return frozenset()
    starts = doc.token_starts
    out = set()
    quotes = doc.quotes
    for k, (q_start, q_end) in enumerate(quotes):
        # A word starting inside this quotation is inside a quotation (`quote_at` finds this
        # one) unless a later quotation starts before this one ends (a straight quotation
        # inside a curly one: `quote_at` finds the inner one, which may have ended): only then
        # is each word looked up (the same words, without a look-up per quoted word).
        nested = k + 1 < len(quotes) and quotes[k + 1][0] < q_end
        for i in range(max(a, bisect.bisect_left(starts, q_start)), min(b, bisect.bisect_left(starts, q_end))):
            if (only is None or only[i]) and (not nested or doc.quote_at(starts[i]) is not None):
                out.add(i)
    return frozenset(out)


# {id(document): `_quoted_words` over all its words}, dropped when its document is freed (as
# `_NAMED_VERSIONS`).
_QUOTED_WORDS: dict[int, frozenset[int]] = {}


def _document_quoted_words(doc: Document) -> frozenset[int]:
    """The positions of all the document's words that start inside a quotation, found the first
    time it is asked: a test asked once per "will" looks its words up here, where
    `_quoted_words(doc, a, b)` goes over every quotation of the document each time (speed59: 332
    calls on 100 bench documents made unsourced claims grow 3 times faster than the text)."""
    found = _QUOTED_WORDS.get(id(doc))
    if found is None:
        found = _QUOTED_WORDS[id(doc)] = _quoted_words(doc, 0, len(doc.token_texts))
        weakref.finalize(doc, _QUOTED_WORDS.pop, id(doc), None)
    return found


# ---------------------------------------------------------------------------------------------
# Sentence tests: cues shown by more than one word, or by the sentence as a whole.
# ---------------------------------------------------------------------------------------------


# (claims48) A per-cent sign that gives a share: right after a figure or a spelled-out number,
# with a space or none ("40%", "40 %", "fifty %").
_SHARE_SIGN_RE = re.compile(r"(?:\d|\b(?P<word>[A-Za-z]+))\s?%")


def _percent_sign(s: ClaimWords) -> str | None:
    """A "%" that gives a share (_SHARE_SIGN_RE); (claims48) a "%" after no number is no
    amount: Python's "% formatting", "the % operator", "bytes %"."""
    for m in _SHARE_SIGN_RE.finditer(s.text):
        if m.group("word") is None or _is_number_word(m.group("word").lower()) or m.group("word").lower() in _in("quantity_words"):
            return "%"
    return None


def _er_than(s: ClaimWords) -> str | None:
    """"higher than", "bigger than": a word ending in -er right before "than", both the writer's."""
    lowers = s.lowers
    for i in range(len(lowers) - 1):
        if lowers[i + 1] == "than" and lowers[i].endswith("er") and s.outside(i) and s.outside(i + 1):
            return f"{s.texts[i]} than"
    return None


# Superlatives that rank without "-est" ("the most harmful", "the least safe", "the worst").
_RANK_WORDS = frozenset({"most", "least", "fewest", "worst"})
# Words after "the most"/"the least" that make no ranking ("made the most of it", "the most likely").
_NOT_RANKED = frozenset({"of", "likely", "part", "important"})


def _superlative(s: ClaimWords) -> str | None:
    """A superlative after "the" ("one of the unhealthiest foods", "the most toxic", "the
    largest"), all the writer's words: a ranking a reader can check, where a bare comparison word
    ("more", "larger") needs a second cue. ("the most" needs a word after it, not "of".)"""
    if s.first("comparison word") is None:
        return None
    lowers, test = s.lowers, WORD_TESTS["comparison word"]
    doc, a = s.doc, s.sentence.first_token
    # (the words right after a "the", in order: found in C, where a loop over every word asked
    # each whether "the" stood before it)
    for i in [k + 1 for k in compress(range(len(lowers) - 1), map("the".__eq__, lowers))]:
        lw = lowers[i]
        if not (lw in _RANK_WORDS or lw.endswith("est")) or not s.outside(i):
            continue
        if lw in ("most", "least") and (i + 1 >= len(lowers) or lowers[i + 1] in _NOT_RANKED):
            continue
        if test.holds(s.texts[i], lw) and _ranks(doc, a + i, a):
            return f"the {s.texts[i]}"
    return None


# A comparative of amount: "more"/"less"/"fewer", a word or three, then "than" ("more sugar than").
_AMOUNT_WORDS = frozenset({"more", "less", "fewer"})
_AMOUNT_WINDOW = 3


def _amount_comparison(s: ClaimWords) -> str | None:
    """"more sugar than", "fewer beds than", "less money than": an amount compared, all the
    writer's words ("more than ever", with nothing between, compares no amount)."""
    if s.first("than") is None:
        return None
    lowers = s.lowers
    for i, lw in enumerate(lowers):
        if lw in _AMOUNT_WORDS and s.outside(i):
            for j in range(i + 2, min(i + 2 + _AMOUNT_WINDOW, len(lowers))):
                if lowers[j] == "than":
                    if s.outside(j):
                        return " ".join(s.texts[i : j + 1])
                    break
    return None


def _credit_line(index: WordIndex, sentence: Sentence) -> bool:
    """Is the sentence the outlet's credit for who reported the story (claims9): does it hold a
    phrase of claims.txt [credit_line_phrases] ("The Associated Press contributed to this report.")?
    Page furniture, not a claim, as a byline is. (The phrases are looked for only in a sentence
    whose words the word index found to hold a phrase's first word: one dict look-up for the
    others, which saves about 0.1 million instructions a document against matching every
    check-worthy sentence; the answer is the same, for no phrase matches without its first word.)"""
    first = index.firsts[sentence.index]
    if not first or "credit key" not in first:
        return False
    doc = index.doc
    return bool(cues.match_phrases(doc.lowers[sentence.first_token:sentence.last_token],
                                   cues.phrases(DATA_FILE, "credit_line_phrases")))


def _causal_phrase(s: ClaimWords) -> str | None:
    """The first causal phrase of the sentence ("led to", "as a result of"), when the key word
    of a causal phrase stands outside quotations."""
    if s.first("causal phrase key") is None:
        return None
    hit = cues.match_phrases(s.lowers, cues.phrases(DATA_FILE, "causal_phrases"))
    if not hit:
        return None
    doc, a = s.doc, s.sentence.first_token
    return doc.text[doc.token_starts[a + hit[0][0]] : doc.token_ends[a + hit[0][1] - 1]]


# Words before a verb of [causal_verb_words] that make it no statement of fact (a plan, a wish, a
# denial, a question's "does") or make it a noun ("the cure", "its causes", "root causes").
_NOT_STATED = frozenset("""to not never does do did don't doesn't didn't may might can could would should must will
    shall cannot can't won't a an the its their his her our my your this that these those no any root main
    common leading possible""".split())


# Words after a verb of [causal_verb_words] that make it a noun ("the causes of", "a cure for",
# "damage to", "causes that vie for attention", "causes are many").
_NOUN_NEXT = frozenset("of for to that are is were was".split())


def _stated_effect(s: ClaimWords) -> str | None:
    """A cause or an effect stated as fact (claims8): a verb of [causal_verb_words] in the present
    with its subject (`_after_subject`), not after a word of _NOT_STATED nor before one of
    _NOUN_NEXT, or a phrase of [causal_claim_phrases] ("which is why", "a sign that"), all the
    writer's words. A general causal or health claim ("Vitamin C prevents colds", "Flu vaccines
    weaken the immune response") is checkable as it stands."""
    lowers, verbs = s.lowers, _in("causal_verb_words")
    for i in range(1, len(lowers) - 1):
        if lowers[i] in verbs and s.outside(i) and lowers[i - 1] not in _NOT_STATED \
                and lowers[i + 1] not in _NOUN_NEXT and s.texts[i].islower() and _after_subject(lowers, i):
            return s.texts[i]
    hit = cues.match_phrases(lowers, cues.phrases(DATA_FILE, "causal_claim_phrases"))
    if hit and s.outside(hit[0][0]):
        doc, a = s.doc, s.sentence.first_token
        return doc.text[doc.token_starts[a + hit[0][0]] : doc.token_ends[a + hit[0][1] - 1]]
    return None


def _after_subject(lowers: list[str], i: int) -> bool:
    """The verb's form fits a subject: the third person ("prevents"), or the plain form right after
    a plural noun ("vaccines weaken"; not after "and", an adverb, a comma's clause: "collateral
    damage", "kill him" read as nouns or orders)."""
    if lowers[i].endswith("s"):
        return True
    before = lowers[i - 1]
    return before.endswith("s") and not before.endswith(("ss", "us", "is", "as", "'s", "\u2019s")) and before.isalpha()


# Words ending in "-er" that compare nothing ("rather than", "other ... than").
_NOT_COMPARATIVE = frozenset("rather other whether never ever over under after either neither however".split())
_NOUN_WINDOW = 2


def _compared_noun(s: ClaimWords) -> str | None:
    """A comparative, a noun of a word or two, then "than" (claims8): "a stronger defence than any
    injection", "higher rents than in 2010": two things compared, a ranking a reader can check,
    all the writer's words ("-er than" with nothing between is the comparison row's)."""
    lowers = s.lowers
    for i, lw in enumerate(lowers):
        if not (lw.endswith("er") and len(lw) > 4 and lw not in _NOT_COMPARATIVE and s.outside(i)):
            continue
        for j in range(i + 2, min(i + 2 + _NOUN_WINDOW, len(lowers))):
            if lowers[j] == "than":
                if s.outside(j) and all(w.isalpha() and w.islower() for w in s.texts[i + 1 : j]):
                    return " ".join(s.texts[i : j + 1])
                break
    return None


def _prediction(s: ClaimWords) -> str | None:
    """A modal, a verb of effect and an amount: "will cost thousands of jobs"."""
    if s.first("modal") and (s.first("digits") or s.first("quantity word")):
        return s.first("impact verb")
    return None


def _forecast(s: ClaimWords) -> str | None:
    """A modal of the future, a verb of change or consequence and an amount: "prices will double
    within a year", "thousands of families will be forced out"."""
    if s.first("forecast word") and (s.first("digits") or s.first("quantity word")):
        return s.first("forecast verb")
    return None


def _effect(s: ClaimWords) -> str | None:
    """A verb of effect with "your" right after it or one word later ("turns your body",
    "can double your fat loss", "flushes out your"), all the writer's words: what a thing does to
    the reader."""
    lowers = s.lowers
    for i in range(len(lowers) - 1):
        if lowers[i] in _in("effect_verb_words") and s.outside(i):
            for j in (i + 1, i + 2):
                if j < len(lowers) and lowers[j] == "your" and s.outside(j):
                    return " ".join(s.texts[i : j + 1])
    return None


def _opinion(s: ClaimWords) -> str | None:
    """"I think", "we believe" within the first OPINION_WINDOW words; (claims48) also with words of
    [first_person_gap_words] between ("I really do think", "we still believe")."""
    lowers = s.lowers
    for i in range(1, min(OPINION_WINDOW + FIRST_PERSON_GAP_MAX_WORDS, len(lowers))):
        if lowers[i] not in _in("opinion_words") or not s.outside(i):
            continue
        j = i - 1  # (claims48) over "do", "really", "still" ...: "I really do think", "we still believe"
        while j > 0 and i - j <= FIRST_PERSON_GAP_MAX_WORDS and _first_person_gap(lowers[j]) and lowers[j] not in _in("first_person_words"):
            j -= 1
        if lowers[j] in _in("first_person_words") and s.outside(j) and j < OPINION_WINDOW:
            return " ".join(s.texts[j : i + 1])
    return None


# (claims43) The most words an intent's subject holds before "to" ("Harrow Borough Council to
# close"): a headline's subject is short; further in, "to" is a clause's purpose ("The mayor went
# to the depot to open ..."). (claims46) The words of [intent_helper_words] ("is", "set",
# "plans", "intends") are the statement's, not its subject's, and are not counted.
INTENT_SUBJECT_MAX_WORDS = 4

# (claims46) The words an intent's verb follows: the headline's and the plan's "to" ("Council to
# close", "The council plans to close") and the plain future ("The council will close").
_INTENT_MARKERS = ("to", "will")


def _intent_marker(lowers: list[str], texts: list[str], outside: Callable[[int], bool],
                   doc: Document | None = None) -> int | None:
    """(claims43, claims46) Where the "to" or "will" of a plain statement of future action stands
    (the sentence's first such word within the subject's reach, followed by a verb of
    [intent_verb_words]), or None: a short subject, maybe words of [intent_helper_words], then
    the marker and the verb, all the writer's words. A pronoun, a verb, a modal or a word of
    [intent_not_subject_words] before it makes it none ("We went to see the match", "She went to
    close the shop", "It will close early", "The mayor wants to close")."""
    helpers = _in("intent_helper_words")
    blocked = _in("intent_not_subject_words") | _in("modal_words") | _in("first_person_words")
    counted, head = 0, -1
    for i in range(len(lowers) - 1):
        lw = lowers[i]
        if i and lw in _INTENT_MARKERS:
            if lowers[i + 1] not in _in("intent_verb_words") or not (outside(i) and outside(i + 1)) \
                    or not _can_intend(lowers[:head + 1], texts[head], head > 0 or _named_elsewhere(doc, texts[head])):
                return None
            return i
        if lw in helpers and i and outside(i):
            continue
        counted, head = counted + 1, i
        if counted > INTENT_SUBJECT_MAX_WORDS or lw in blocked or not texts[i].replace("-", "").replace("'", "").isalpha() \
                or _is_past_tense(lw) or lw.endswith("ing") or not outside(i):
            return None
    return None


@lru_cache(maxsize=None)
def _body_words() -> frozenset[str]:
    """(claims47) The nouns of a body that can intend: the roles, offices, institutions and trades
    attribution.txt names sources by, and claims.txt [intent_body_words]."""
    found = _in("intent_body_words")
    for section in ("role_words", "organisation_words", "definite_organisation_words", "profession_words",
                    "body_plural_words"):
        found |= _in(section, cues.DATA_FILE)
    return found


def _named_elsewhere(doc: Document | None, word: str) -> bool:
    """(claims48) Does the document write `word` with its capital where a sentence's start gives
    it none (a word of a sentence after its first), or has `word` a name's own shape: all
    capitals ("BBC") or a capital inside ("easyJet", "McDonald's")? A capital a sentence's
    first word has shows no name ("Snowfall will close ...")."""
    if (len(word) > 1 and word.isupper()) or any(c.isupper() for c in word[1:]):
        return True
    if doc is None:
        return False
    texts, sentences = doc.token_texts, doc.token_sentences
    return any(texts[k] == word and sentences[k] == sentences[k - 1] for k in range(1, len(texts)))


def _can_intend(subject: list[str], head: str, first_named: bool = True) -> bool:
    """(claims47) Is the subject of an intent (its words lower-cased, `head` its last word as
    written) a body that can intend: a council, a firm, ministers, a person? Its last word is a
    noun of `_body_words` (or its plural) or a capitalised name ("Harrow Council", "Tesco",
    "Ann Lee"), and none of its words is of [intent_not_body_words]: a weather event, a thing or
    an abstract noun intends nothing ("The storm will close three roads", "Inflation will cut
    jobs", "Storm Ciara will close three roads"). (claims48) The capital of a subject that is the
    sentence's first word shows a name only where `first_named` (`_named_elsewhere`: "Tesco"
    written so further in); else the word must be a body's ("Snowfall will close three roads" is a
    forecast, as "The snowfall will close three roads" was; "Council will close" still intends)."""
    if not subject or any(w in _in("intent_not_body_words") for w in subject):
        return False
    lw, bodies = subject[-1], _body_words()
    named = head[:1].isupper() and first_named
    return named or lw in bodies or (lw.endswith("s") and lw[:-1] in bodies)


def _intent(s: ClaimWords) -> str | None:
    """(claims43) A headline-style intent: a short subject, then "to" and a verb of
    [intent_verb_words], all the writer's words ("Council to close three libraries", "Firm to cut
    200 jobs"): what a named actor intends, a claim (DESIGN.md), where an ordinary infinitive ("We
    went to see the match", "She wanted to close the shop") has a pronoun, a verb or a word of
    [intent_not_subject_words] before its "to". (claims46) Any plain statement of future action
    by a named body reads so, whatever its grammar: "Council will close three libraries", "The
    council is to / plans to / intends to / is set to close three libraries" (`_intent_marker`);
    its "will" is then no modal (`_not_intent_will`)."""
    texts = s.texts
    i = _intent_marker(s.lowers, texts, s.outside, s.doc)
    return None if i is None else f"{texts[i]} {texts[i + 1]}"


def _not_intent_will(doc: Document, i: int, start: int) -> bool:
    """(claims46) Not the "will" of a plain statement of future action (`_intent_marker`: "Council
    will close three libraries"): that states an intent, as "Council to close three libraries"
    does, and is no modal's plan or wish. "would", "could", "may" and "will" before any other
    verb ("It will rain") stay modals."""
    if doc.lowers[i] != "will" or i == start or i + 1 >= len(doc.lowers) \
            or doc.token_sentences[i + 1] != doc.token_sentences[i]:
        return True
    quoted = _document_quoted_words(doc)  # (speed59: a range's own look-up went over every quotation)
    return _intent_marker(doc.lowers[start : i + 2], doc.token_texts[start : i + 2],
                          lambda k: start + k not in quoted, doc) != i - start


# ---------------------------------------------------------------------------------------------
# The check-worthiness rules
# ---------------------------------------------------------------------------------------------


class Cue(NamedTuple):
    name: str
    category: str  # what the evidence calls it: "number \u201c3.9\u201d"
    points: int
    test: str | Callable[[ClaimWords], str | None]  # a WORD_TESTS name, or a sentence test
    why: str
    # what a sentence test needs met for it to fire: word tests (WORD_TESTS) and marks in the
    # text (TEXT_MARKS) (the fast path asks the test only then; tests/test_claims_exact.py checks
    # that no answer changes)
    needs: tuple[str, ...] = ()


# Read top to bottom. A sentence shows a category when one of its rows fires; each category
# counts once, with the points and the word of the first of its rows that fires, and the
# categories are listed in the order of those rows. A sentence is check-worthy when its points
# reach THRESHOLD (WEASEL_THRESHOLD next to a weasel attribution). The cue types follow
# fact-checkers' claim types (quantities, comparisons, causes, what a named actor did); a number
# or an amount is a claim by itself (2 points = the threshold); the others need a second cue
# ("Smith voted" = actor + past event; "crime rose since 2010" = change + time). Modals and
# first-person opinion make a sentence a plan, a prediction or a view, not a fact. The points were
# set by hand from that reasoning, then checked on the ClaimBuster "tune" split (F1 0.66 there;
# small integer changes moved it by at most 0.01, see scripts/evaluation).
CUES: tuple[Cue, ...] = (
    Cue("digits", "number", 2, "digits", "a figure (\u201c3.9\u201d, \u201c$40\u201d) is a claim by itself"),
    Cue("quantity word", "quantity", 2, "quantity word", "\u201cmillion\u201d, \u201cpercent\u201d, \u201cdoubled\u201d state an amount"),
    Cue("number word", "number word", 1, "number word", "\u201cthree\u201d is often a count, also often \u201cone of those two\u201d"),
    Cue("change word", "change", 1, "change word", "\u201crose\u201d, \u201ccut\u201d: something went up or down"),
    Cue("comparison word", "comparison", 1, "comparison word", "\u201cmore\u201d, \u201clargest\u201d compare"),
    Cue("causal word", "cause", 1, "causal word", "\u201cbecause\u201d claims a cause"),
    Cue("year", "time", 1, "year", "\u201cin 2019\u201d places the claim in time"),
    Cue("time word", "time", 1, "time word", "\u201csince\u201d, \u201cago\u201d place it in time"),
    Cue("past tense", "past event", 1, "past tense", "a past-tense verb (not a verb of saying) reports an event"),
    Cue("modal", "modal", -1, "modal", "\u201cwill\u201d, \u201cshould\u201d, \u201cwant\u201d: a plan or a wish, not the record"),
    Cue("capitalised name", "named actor", 1, "capitalised name", "a capitalised name after the first word: someone who did something"),
    Cue("percent sign", "number", 2, _percent_sign, "\u201c%\u201d (where no figure shows it) is an amount",
        ("% in the text",)),
    Cue("-er than", "comparison", 1, _er_than, "\u201chigher than\u201d compares", ("-er word", "than")),
    Cue("superlative", "ranking", 1, _superlative,
        "a superlative after \u201cthe\u201d (\u201cone of the unhealthiest\u201d, \u201cthe most toxic\u201d) "
        "ranks: with its comparison word, a claim by itself", ("comparison word",)),
    Cue("amount comparison", "ranking", 1, _amount_comparison,
        "\u201cmore sugar than\u201d compares amounts: with its comparison word, a claim by itself", ("than",)),
    Cue("noun comparison", "ranking", 1, _compared_noun,
        "a comparative, a noun, \u201cthan\u201d (\u201ca stronger defence than any injection\u201d) compares "
        "two things: with its comparison word, a claim by itself", ("-er word", "than")),
    Cue("causal phrase", "cause", 1, _causal_phrase, "\u201cled to\u201d, \u201cas a result of\u201d claim a cause",
        ("causal phrase key",)),
    Cue("prediction", "prediction", 1, _prediction,
        "an amount with a modal and a verb of effect (\u201cwill cost thousands of jobs\u201d) can be checked against forecasts",
        ("modal", "impact verb")),
    Cue("forecast", "prediction", 1, _forecast,
        "an amount with \u201cwill\u201d and a verb of change or consequence (\u201cprices will double\u201d, "
        "\u201cthousands will be forced out\u201d) is a forecast a reader can check, not a plan",
        ("forecast word", "forecast verb")),
    Cue("intent", "intent", 1, _intent,
        "a short subject, \u201cto\u201d and a verb of an act (\u201cCouncil to close three libraries\u201d): "
        "what a named actor intends, with a second cue a claim (claims43); also after \u201cwill\u201d, \u201cis to\u201d, "
        "\u201cplans to\u201d, \u201cintends to\u201d, \u201cis set to\u201d (claims46)", ("intent verb",)),
    Cue("effect", "effect", 3, _effect,
        "a verb of effect on \u201cyour\u201d body or money (\u201cturns your body into\u201d, \u201ccan halve "
        "your recovery time\u201d): a health or product claim a trial can check, whatever modal softens it "
        "(3 points: a claim by itself, still one after a modal's -1)",
        ("effect verb", "your")),
    Cue("stated effect", "effect", 2, _stated_effect,
        "a cause or an effect stated as fact (\u201cVitamin C prevents colds\u201d, \u201cwhich is why\u201d, "
        "\u201cis a sign that\u201d): a general causal or health claim, a claim by itself (claims8)",
        ("causal verb",)),
    Cue("opinion", "opinion", -2, _opinion, "\u201cI think\u201d, \u201cwe believe\u201d near the start: a view, not a fact",
        ("first person", "opinion verb")),
)
# The points of each category (of its first row), for readers of the table.
POINTS: dict[str, int] = {}
for _cue in CUES:
    POINTS.setdefault(_cue.category, _cue.points)
del _cue


def warm_up() -> None:
    cues.warm_up()
    prose.warm_up()
    no_comment.warm_up()
    for section in ("quantity_words", "number_words", "change_words", "comparison_words",
                    "not_superlative_words", "causal_words", "time_words", "past_tense_words", "state_be_words",
                    "modal_words", "opinion_words", "first_person_words", "impact_words", "forecast_words",
                    "forecast_verb_words", "effect_verb_words", "final_sense_words", "currency_prefix_words",
                    "causal_verb_words", "intent_verb_words", "intent_not_subject_words", "intent_helper_words",
                    "intent_body_words", "intent_not_body_words", "version_not_name_words", "first_person_past_words"):
        cues.words(DATA_FILE, section)
    cues.phrases(DATA_FILE, "causal_phrases")
    cues.phrases(DATA_FILE, "causal_claim_phrases")
    _causal_keys()


def sentence_cues(words: ClaimWords) -> list[tuple[str, str, int]]:
    """(category, the word that showed it, points) for each category of CUES the sentence shows,
    in table order."""
    found: dict[str, tuple[str, int]] = {}
    for cue in CUES:
        if cue.category not in found:
            word = words.first(cue.test) if isinstance(cue.test, str) else cue.test(words)
            if word:
                found[cue.category] = (word, cue.points)
    return [(category, word, points) for category, (word, points) in found.items()]


def _reasons(words: ClaimWords, threshold: int) -> list[str]:
    sentence = words.sentence
    if sentence.word_count < MIN_WORDS or sentence.text.rstrip().endswith("?"):
        return []
    if words.cannot_reach(threshold):
        return []
    found = words.cues()
    if sum(points for _, _, points in found) < threshold:
        return []
    return [f"{category} \u201c{word}\u201d" for category, word, points in found if points > 0]


def check_worthy_reasons(doc: Document, sentence: Sentence, threshold: int = THRESHOLD) -> list[str]:
    """Why `sentence` states a checkable fact, e.g. ["number \u201c3.9\u201d", "past event
    \u201cfell\u201d"]; an empty list when it does not (too short, a question, a wish, an opinion,
    or too few points: see CUES and THRESHOLD). (The plain reading of the table, on this
    sentence's words only; `score` reads every sentence through the word index, `xlplugin.claims_index`.)"""
    return _reasons(ClaimWords(doc, sentence), threshold)


def is_check_worthy(doc: Document, sentence: Sentence | None = None) -> bool:
    """Is `sentence` (by default: any sentence of `doc`) a check-worthy factual claim?"""
    if sentence is not None:
        return bool(check_worthy_reasons(doc, sentence))
    from ..claims_index import WordIndex  # local: it reads this module's tables

    index = WordIndex(doc)
    return any(_reasons(index.words(s), THRESHOLD) for s in doc.sentences)


@lru_cache(maxsize=1)
def _word_index_type() -> type[WordIndex]:
    """`claims_index.WordIndex`. (That module reads this one's tables: imported at the first call
    and then kept, for an import statement inside `score` costs about 2.4 microseconds a
    document, a cached call a tenth of that.)"""
    from ..claims_index import WordIndex

    return WordIndex


def _word_index(doc: Document) -> WordIndex:
    """`claims_index.WordIndex(doc)`."""
    return _word_index_type()(doc)


def _weasel_reasons(doc: Document, index: WordIndex, sentence: Sentence, own: cues.Attribution) -> list[str]:
    """Why a sentence that leans on a weasel attribution ("Scientists say the bag is toxic",
    "Everyone knows the vote was rigged") is check-worthy: the weasel presents what follows as
    established fact, so the sentence is a claim unless it is a question, "I think" makes it a
    view, or a modal of duty or wish makes it advice or a plan ("Experts say you should ...":
    claims.txt [demand_modal_words]); its cues, when it shows any, follow. (claims17) A
    prediction or a possibility stays a claim ("Studies show one espresso can ruin a night's
    sleep", "Critics say the plan will cost jobs": before, a modal's -1 point left such a
    sentence out), and a weasel phrase of any length that opens the sentence ("It is widely
    believed in the village that ...") is its frame, not a verb misread as one of saying."""
    reasons = index.reasons(sentence, WEASEL_THRESHOLD)
    if reasons:
        return reasons
    said = doc.text[own.start:own.end]
    if sentence.text.rstrip().endswith("?") or (len(said.split()) > WEASEL_ALONE_MAX_WORDS and own.start > sentence.start):
        return []
    what = "anonymous source" if own.detail.startswith("anonymous source") else "weasel attribution"
    words = index.words(sentence)
    found = words.cues()
    if sum(points for _, _, points in found) >= 0:
        return [f"{what} \u201c{_short(said)}\u201d"]
    if _demands(words) or any(category == "opinion" for category, _, _ in found):
        return []
    # (claims17) a prediction or a possibility on a vague source's word: "Studies show one espresso
    # can ruin a night's sleep", "It is widely believed that the council will close the library"
    return [f"{what} \u201c{_short(said)}\u201d (a forecast or a possibility, on no one\u2019s word)"]


def _demands(words: ClaimWords) -> bool:
    """Does the sentence hold a modal of duty or wish outside quotations ("should", "must",
    "want": claims.txt [demand_modal_words])? Advice or a plan, not a fact or a forecast."""
    demands = _in("demand_modal_words")
    return any(lw in demands and words.outside(i) for i, lw in enumerate(words.lowers))


def _short(text: str) -> str:
    return text if len(text) <= EVIDENCE_DETAIL_MAX else text[: EVIDENCE_DETAIL_MAX - 1] + "\u2026"


# What may stand right before a source that closes its sentence: a comma or a dash ("..., she
# said", "... -- said Smith") or a closing quotation mark ("...,” he told X").
_CLOSING_MARKS = frozenset(",”\"’'—–-")
_PASSIVE_BY_RE = re.compile(r"^\S+\s+by\b")


def _closes(doc: Document, sentence: Sentence, after: Sentence, source: cues.Attribution) -> bool:
    """Does the source of the sentence `after`, found through a verb of saying, speak for
    `sentence` before it (claims9)? Not when it opens a reported clause of its own: a source in
    the active voice, not after a comma, a dash or a closing quotation mark, followed by a clause
    of at least MIN_WORDS words ("The mayor said on Friday that ...", "...; the mayor will claim
    credit if ...", "According to X, the ..."), says that clause, not the writer's sentence
    before. It does when it closes `after` ("Prices will rise, she said", "“...,” he told
    X"), when it reports only a word or three ("Ann Lee confirmed the cuts"), when it is a passive
    whose subject is what it reports ("The cuts were confirmed by Ann Lee"), and when `sentence`
    opens inside a quotation ("“It is lunacy,” opined X"). (A link or a document, found
    without a verb, keeps speaking for both: "Source: ..." stands alone.)"""
    if not source.verb or doc.quote_at(doc.token_starts[sentence.first_token]) is not None:
        return True
    text = doc.text
    before = text[after.start:source.start].rstrip()
    if (before and before[-1] in _CLOSING_MARKS) or _PASSIVE_BY_RE.match(text[source.start:source.end]):
        return True
    return after.last_token - bisect.bisect_left(doc.token_starts, source.end) < MIN_WORDS


def _source_of(doc: Document, found: Sequence[cues.Attribution | None], k: int) -> tuple[cues.Attribution | None, str]:
    """The source of sentence `k` and where it is: its own attribution when that names a
    source, else the sentence before it in the same paragraph, or the one after it when that
    one's source closes it (`_closes`: "she said" closing the next sentence attributes both);
    (None, "") when none does. A sentence that names its own
    vague source ("A study in Texas found ...", "Experts say ...", "reportedly") borrows none: its
    source is the vague one it names; an agentless passive ("it was reported") names none, and
    borrows as a sentence without an attribution does."""
    sentences = doc.sentences
    own = found[k]
    if own is not None:
        if own.sourced:
            return own, "in the quotation it continues" if own.detail == CONTINUED else "in the sentence"
        if not own.detail.startswith(cues.PASSIVE_DETAIL):
            return None, ""
    for n in (k - 1, k + 1):
        if 0 <= n < len(sentences) and sentences[n].paragraph == sentences[k].paragraph:
            other = found[n]
            if other is not None and other.sourced and _lends(doc, other) \
                    and (_carries(doc, sentences[k], other) if n < k else _closes(doc, sentences[k], sentences[n], other)):
                return other, "in the next sentence" if n > k else "in the previous sentence"
    return None, ""


def _carries(doc: Document, sentence: Sentence, source: cues.Attribution) -> bool:
    """(claims18) May the source of the sentence before speak for `sentence`? Not when that
    source speaks through a verb and `sentence` tells another actor's act in the writer's voice
    ("Library director Priya Nand said the branch would stay open. The council approved the plan
    by seven votes to two.": own_acts.tells_its_own_act). A link or a document named without a
    verb, and a sentence going on with the speaker's words ("It would keep its Sunday hours",
    "She added that ..."), still take it."""
    return not source.verb or not tells_its_own_act(doc, sentence, (source.start, source.end), _in("reporting_words", cues.DATA_FILE))


def _lends(doc: Document, source: cues.Attribution) -> bool:
    """(sources18) May a neighbour's source speak for a sentence next to it? Not when its only
    reporting words tell a view or a wish (attribution.txt [view_words]: "They want you confused,
    tired and sick." lends nothing to the writer's figure after it; "She believes the plant is
    unsafe." attributes only itself). A link or a document named without a verb still lends."""
    if not source.verb:
        return True
    starts, lowers = doc.token_starts, doc.lowers
    span = lowers[bisect.bisect_left(starts, source.start) : bisect.bisect_left(starts, source.end)]
    reporting = _in("reporting_words", cues.DATA_FILE)
    said = [w for w in span if w in reporting]
    return not said or not _in("view_words", cues.DATA_FILE).issuperset(said)


# (sources18) A survey that gives its size: "In a survey of 1,130 staff", "A poll of 2,000
# adults found", "Of the 1,130 staff surveyed": the reader learns how the figure was made and
# how many were asked, as a careful report says it.
_SIZED_SURVEY_RE = re.compile(
    r"\b(?:(?:survey|poll|questionnaire|census)\s+of\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
    r"\d[\d,]*\s+[a-z]+|\d[\d,]*\s+(?:[a-z]+\s+){1,2}(?:surveyed|polled|questioned))", re.IGNORECASE)
_SURVEY_WORDS = frozenset("survey poll questionnaire census surveyed polled questioned".split())


def _with_sized_surveys(doc: Document, found: tuple[cues.Attribution | None, ...]) -> tuple[cues.Attribution | None, ...]:
    """(sources18) The attributions, with a survey that gives its size (_SIZED_SURVEY_RE) as the
    source of its sentence when that sentence names none or only a vague one ("In a survey of
    1,130 staff, 84 percent said ..."). (A text with no survey word is passed over after one
    set test.)"""
    if _SURVEY_WORDS.isdisjoint(doc.lowers):
        return found
    out = list(found)
    text, sentences = doc.text, doc.sentences
    firsts = [s.first_token for s in sentences]
    for k in sorted({bisect.bisect_right(firsts, i) - 1 for i, lw in enumerate(doc.lowers) if lw in _SURVEY_WORDS} - {-1}):
        own, sentence = out[k], sentences[k]
        if own is None or own.kind == "weasel":
            m = _SIZED_SURVEY_RE.search(text, sentence.start, sentence.end)
            if m:
                out[k] = cues.Attribution("document", m.start(), m.end(), f"a survey of a stated size \u201c{m.group(0)}\u201d")
    return tuple(out)


def _with_no_one_to_ask(doc: Document, found: tuple[cues.Attribution | None, ...]) -> tuple[cues.Attribution | None, ...]:
    """(sources18) The attributions, without those whose words name no source a reader could ask
    (`provenance_sources.no_one_to_ask`, as provenance reads them: "Yet the so-called experts on
    TV keep telling us", "Grandma always said", "The radical extremists running the council have
    declared war on families"): they source neither their sentence nor the one next to it."""
    out = None
    for k, source in enumerate(found):
        if source is not None and source.kind in _NAMING_KINDS and no_one_to_ask(doc, source):
            if out is None:
                out = list(found)
            out[k] = None
    return found if out is None else tuple(out)


_NAMING_KINDS = frozenset({"named", "role"})
# (hunt33) What `source_names.no_named_speaker` finds that names no one, and what it makes of the
# sentence here: a misreading (a time where a speaker would stand, an idiom: "Christmas said",
# "His silence says a lot") is no attribution at all; a crowd, a place or a class of people
# ("Twitter responded", "London said", "Many lawyers argue") is a vague source, as "users on
# Facebook claim" and "nutritionists say" are; (sources45) a country is its government ("China
# said"), a source by role.
_NO_ATTRIBUTION = frozenset({"a time", "an idiom"})


def _with_named_speakers_only(doc: Document, found: tuple[cues.Attribution | None, ...]) -> tuple[cues.Attribution | None, ...]:
    """(hunt33) The attributions, with those by name or by role that name no one a reader could
    ask, by the rule provenance counts named sources with (`source_names.no_named_speaker`,
    sources31): "London said more rain was expected", "Twitter responded with disbelief", "Sleep
    advisers also say" source nothing; before, unsourced claims read them as named sources while
    provenance did not. "Twitter said it would review the post" (the company), "Downing Street
    said" and a person's name that is also a place's ("Georgia said") still name someone."""
    out = None
    sentences = doc.sentences
    for k, source in enumerate(found):
        if source is None or source.kind not in _NAMING_KINDS or source.detail == CONTINUED:
            continue
        what = source_names.no_named_speaker(doc, source, sentences[k])
        if what == source_names.GOVERNMENT:
            # (sources45) "China said the port would close": the government, an organisation
            # speaking (a source by role, as "the government said" is), no place standing for nothing
            if out is None:
                out = list(found)
            out[k] = source._replace(kind="role")
        elif what:
            if out is None:
                out = list(found)
            out[k] = None if what in _NO_ATTRIBUTION else cues.Attribution(
                "weasel", source.start, source.end,
                f"no named source ({what}): \u201c{_short(doc.text[source.start:source.end])}\u201d", source.quote)
    return found if out is None else tuple(out)


def _verdict(doc: Document, found: tuple[cues.Attribution | None, ...], k: int,
             answers: interview.Interview | None, leads: dict[int, int] | None = None,
             credited: dict[int, cues.Attribution] | None = None) -> tuple[str, str]:
    """("sourced" or "unsourced", what the evidence says of the source) for the check-worthy
    sentence `k`: its source or its neighbour's (`_source_of`); else, with no attribution of its
    own (a weasel one stays unsourced), the source of the lead line over its table when it is a
    row of figures under one (claims40, `xlplugin.table_leads`: "Figures from the OBR show:"
    then "Health: \u00a312.4bn") or over a line naming their source (claims41, `source_lines`:
    "Source: ONS"), or the interviewee when the sentence is in an interview's
    answer (`xlplugin.interviewee`: by name when the text gives one, as a role otherwise)."""
    sentences = doc.sentences
    source, where = _source_of(doc, found, k)
    if source is not None:
        return "sourced", f"sourced ({source.kind}) {where}: \u201c{_short(doc.text[source.start:source.end])}\u201d"
    own = found[k]
    if own is not None:
        return "unsourced", f"unsourced: {own.detail}"
    if leads and k in leads:
        lead = found[leads[k]]
        return "sourced", f"sourced ({lead.kind}) in the line over its table: \u201c{_short(doc.text[lead.start:lead.end])}\u201d"
    if credited and k in credited:  # (claims41) "Source: ONS" under the rows
        line = credited[k]
        return "sourced", f"sourced ({line.kind}) in the line under its table: \u201c{_short(doc.text[line.start:line.end])}\u201d"
    who = interviewee.source(doc, answers, sentences[k].start) if answers is not None else None
    if who is not None:
        how = "by name" if who.name else "as a role"
        return "sourced", f"sourced (interviewee, {how}) in an interview answer: \u201c{who.cue()}\u201d"
    account = writers_own_account(doc, sentences[k])
    if account is not None:  # (claims48) "We dropped support for Python 2.6 in May 2017."
        return "sourced", f"sourced (the writer) in the sentence, its own account in the first person: " \
                          f"\u201c{_short(doc.text[account[0]:account[1]])}\u201d"
    return "unsourced", "no attribution in or next to the sentence"


# (claims48) The most words of [first_person_gap_words] between the writer's "I" or "we" and its
# verb ("we eventually dropped", "I then quickly removed").
FIRST_PERSON_GAP_MAX_WORDS = 2


def _first_person_gap(lw: str) -> bool:
    """(claims48) A word that may stand between the writer's "I" or "we" and its verb, or before
    the "I" or "we" opening a sentence: claims.txt [first_person_gap_words] or an adverb in "-ly"."""
    return lw in _in("first_person_gap_words") or (lw.endswith("ly") and len(lw) > 4)


def _opens_a_clause(doc: Document, a: int, s: int) -> bool:
    """(claims48) Is word `s` (of a sentence from word `a`) the subject of the sentence's main
    clause: its first word, or the first after a comma, with only words of
    [first_person_gap_words] before it ("And then we", "By March 2017, we", "..., so we")? A
    pronoun after "after", "when", "that" opens a clause of time or a relative one ("The council
    closed three libraries after we moved"): the claim around it is not the writer's account."""
    text, starts, ends = doc.text, doc.token_starts, doc.token_ends
    k = s
    while k > a and _first_person_gap(doc.lowers[k - 1]) and "," not in text[ends[k - 1]:starts[k]]:
        k -= 1
    return k == a or "," in text[ends[k - 1]:starts[k]]


def writers_own_account(doc: Document, sentence: Sentence) -> tuple[int, int] | None:
    """(claims48) The character span of "I" or "we" and its past verb where `sentence` tells
    what the writer (or the writer's team) did or went through: a word of [first_person_words]
    opening the main clause (`_opens_a_clause`) outside every quotation, at most
    FIRST_PERSON_GAP_MAX_WORDS words of [first_person_gap_words] and a past tense (`_is_past_tense`,
    or an irregular one of [first_person_past_words], claims50: "I rang the council twice"):
    "We dropped support for Python 2.6", "I created PyOxidizer", "By December 2016, we had hg
    version working", "I'm really soured on Python". The writer is the witness of the
    writer's own acts: the sentence is the writer's account, sourced by its writer, no unsourced
    claim about the world. Else None: a verb of saying after the verb ("We were told that ..." is
    hearsay), a present or a modal ("We know ...", "We will ..."), a quoted "we"."""
    a, b = sentence.first_token, sentence.last_token
    lowers, starts = doc.lowers, doc.token_starts
    firsts, reporting = _in("first_person_words"), _in("reporting_words", cues.DATA_FILE)
    irregular = _in("first_person_past_words")
    for s in (j for j in range(a, b - 1) if lowers[j] in firsts):
        if doc.quote_at(starts[s]) is not None or not _opens_a_clause(doc, a, s):
            continue
        v = s + 1
        while v < b and v - s <= FIRST_PERSON_GAP_MAX_WORDS and _first_person_gap(lowers[v]):
            v += 1
        past = v < b and (_is_past_tense(lowers[v]) or lowers[v] in irregular)
        if past and not (v + 1 < b and lowers[v + 1] in reporting):
            return starts[s], doc.token_ends[v]
    return None


def _with_writers_contrasts(doc: Document, found: tuple[cues.Attribution | None, ...]) -> tuple[cues.Attribution | None, ...]:
    """The attributions, with a sentence whose source speaks only before a contrast ("They claim
    30 percent less fuel, but real users see 12 percent": `contrast_clauses.writers_contrast`)
    made unsourced: the figure after "but" is the writer's own. (sources15)"""
    out = None
    reporting = cues._lex().reporting
    for k, own in enumerate(found):
        if own is None or not own.sourced or not own.verb:
            continue
        clause = writers_contrast(doc, doc.sentences[k], own, reporting)
        if clause is not None:
            out = out or list(found)
            out[k] = cues.Attribution(
                "weasel", own.start, own.end,
                f"the writer\u2019s own figure after the contrast, \u201c{_short(clause)}\u201d "
                f"(\u201c{_short(doc.text[own.start:own.end])}\u201d speaks only for the clause before it)")
    return found if out is None else tuple(out)


def _with_given_in_documents(doc: Document, found: tuple[cues.Attribution | None, ...]) -> tuple[cues.Attribution | None, ...]:
    """(claims40) The attributions, with a body's document named as where the sentence's figure
    stands (`document_origins.given_in_spans`: "a figure given in the council's budget papers",
    "as set out in the trust's annual report") as the source of a sentence that names none
    otherwise."""
    out = None
    sentences = doc.sentences
    for start, end in given_in_spans(doc):
        k = doc.token_sentences[max(0, bisect.bisect_right(doc.token_starts, start) - 1)]
        own = found[k] if out is None else out[k]
        if (own is None or not own.sourced) and sentences[k].start <= start < sentences[k].end:
            out = out or list(found)
            out[k] = cues.Attribution("document", start, end, "a body\u2019s document named as where the figure stands")
    return found if out is None else tuple(out)


def _with_citations(doc: Document, found: tuple[cues.Attribution | None, ...]) -> tuple[cues.Attribution | None, ...]:
    """The attributions, with an in-text citation (a DOI, "(Smith et al., 2019)":
    `claim_lines.in_text_citations`) as the source of a sentence that names none otherwise."""
    cited = in_text_citations(doc)
    if not cited:
        return found
    return tuple(cues.Attribution("document", *cited[k], "a citation") if k in cited and (a is None or not a.sourced) else a
                 for k, a in enumerate(found))


# "than" and at most three words before a source's verb: "... worse than the official report says"
# (a "than" further away, "more than 104,000 users ... cited by X", compares no source).
_THAN_SOURCE_RE = re.compile(r"\bthan(?:\s+\S+){0,4}\s+\S+$")


def _after_than(text: str) -> bool:
    """Does the source ending `text` follow "than" within a few words?"""
    return _THAN_SOURCE_RE.search(text) is not None


def _with_opening_weasels(doc: Document, found: tuple[cues.Attribution | None, ...]) -> tuple[cues.Attribution | None, ...]:
    """The attributions, with a weasel phrase of attribution.txt [weasel_phrases] that opens its
    sentence ("It is believed that ...", "It is understood that ...") as the sentence's own
    (claims8) when it has none, or when the source it names comes after "than" ("... is far worse
    than the official report says" compares with the report, it does not cite it): what follows
    is put forward on no one's word. (One dict look-up of each sentence's first word.)"""
    index = cues.phrases(cues.DATA_FILE, "weasel_phrases")
    lowers, out = doc.lowers, None
    for k, sentence in enumerate(doc.sentences):
        a = sentence.first_token
        own = found[k]
        if a >= sentence.last_token or lowers[a] not in index or (
                own is not None and (not own.sourced or not _after_than(doc.text[sentence.start:own.end]))):
            continue  # (a source named before no "than" is the sentence's: "..., the council said")
        for phrase in index[lowers[a]]:
            b = a + len(phrase)
            if b <= sentence.last_token and tuple(lowers[a:b]) == phrase:
                said = doc.text[doc.token_starts[a]:doc.token_ends[b - 1]]
                out = out or list(found)
                out[k] = cues.Attribution("weasel", doc.token_starts[a], doc.token_ends[b - 1],
                                          f"weasel attribution \u201c{said}\u201d")
                break
    return found if out is None else tuple(out)


# An institution as a sentence's subject: "the", up to three words, a word of attribution.txt
# [organisation_words] ("The Met Office", "The national weather service", "The Environment Agency").
_SUBJECT_MAX_WORDS = 5
_HAVE = frozenset({"has", "have", "had"})


def _own_record(doc: Document, a: int, b: int) -> cues.Attribution | None:
    """The institution named as the subject of a verb of [record_verb_words] in the words a..b-1
    ("The Met Office has recorded", "14:45 - The weather service has issued"), as a source of its
    own record, or None."""
    lowers, texts = doc.lowers, doc.token_texts
    while a < b and _DIGIT_RE.search(texts[a]):
        a += 1  # (a time stamp before the text: "14:45 - The ...")
    if a >= b or lowers[a] != "the":
        return None
    organisations, records = _in("organisation_words", cues.DATA_FILE), _in("record_verb_words")
    for j in range(a + 1, min(b - 1, a + _SUBJECT_MAX_WORDS)):
        if lowers[j] in organisations:
            v = j + 2 if lowers[j + 1] in _HAVE else j + 1
            if v < b and lowers[v] in records:
                kind = "named" if texts[j][:1].isupper() else "role"
                return cues.Attribution(kind, doc.token_starts[a], doc.token_ends[v], "the institution\u2019s own record")
            return None
    return None


def _with_own_records(doc: Document, found: tuple[cues.Attribution | None, ...]) -> tuple[cues.Attribution | None, ...]:
    """The attributions, with an institution that reports its own act as the source of a
    sentence that names none (claims8): "The Met Office has recorded a gust of 81 mph" is the
    Met Office's own measurement, "The weather service has issued a warning" its own notice;
    and (claims17) a definite document as the subject of what it does, "The 2021 inspection
    report rates the bridge as fair" (`document_subjects.document_subject`). (A document with no
    verb of [record_verb_words] or [document_verb_words] is passed over after two set tests.)"""
    records = not _in("record_verb_words").isdisjoint(doc.lowers)
    documents = not _in("document_verb_words").isdisjoint(doc.lowers)
    if not records and not documents:
        return found
    out = list(found)
    for k, sentence in enumerate(doc.sentences):
        if out[k] is None and records:
            out[k] = _own_record(doc, sentence.first_token, sentence.last_token)
        if out[k] is None and documents:
            out[k] = document_subject(doc, sentence.first_token, sentence.last_token, cues.Attribution)
    return tuple(out)


# The detail of a source carried into a paragraph that continues a quotation (`_continued_quotes`).
CONTINUED = "a quotation continued from the previous paragraph"


def _leaves_quote_open(paragraph: str) -> bool:
    """Does the paragraph leave a quotation open at its end: more opening curly marks than
    closing ones, or (with no curly marks) an odd number of straight ones?"""
    if "\u201c" in paragraph or "\u201d" in paragraph:
        return paragraph.count("\u201c") > paragraph.count("\u201d")
    return paragraph.count('"') % 2 == 1


# (claims46) The characters a quotation may end before its sentence's end and still be all of it
# (a full stop or a closing mark outside it).
_QUOTE_END_SLACK = 2


def _quoted_speaker(speaker: cues.Attribution, sentence: Sentence) -> bool:
    """(claims46) Is `speaker` the named speaker of a quotation that closes in `sentence` (the
    last of its paragraph: "\u201c...,\u201d Fa said.", "\u201c...,\u201d he said.")? News style opens the
    next paragraph with the same speaker's next words without naming them again ("\u201cWe also
    learned that ...\u201d"): a paragraph that opens with a quotation and names no speaker goes on
    in that voice, as one continuing a quotation left open does."""
    return speaker.quote and ("\u201d" in sentence.text or sentence.text.count('"') >= 2)


def _continued_quotes(doc: Document, found: tuple[cues.Attribution | None, ...]) -> tuple[cues.Attribution | None, ...]:
    """The attributions, with the speaker of a quotation carried into the paragraphs that
    continue it. News style runs a long quotation over several paragraphs: a paragraph leaves
    the quotation open (no closing mark), the next opens with a quotation mark, and the speaker
    named in the first goes on speaking. Each sentence of the continuing paragraph up to the end
    of its opening quotation, without a source of its own, takes the source of the last sentence
    of the paragraph before (its own, a neighbour's, or one carried there). (claims46) So does a
    paragraph opening with a quotation right after one whose last sentence closes a quotation
    with its named speaker (`_quoted_speaker`)."""
    text, paragraphs = doc.text, doc.paragraphs
    opened = [p for p in range(1, len(paragraphs)) if text[paragraphs[p][0]:paragraphs[p][0] + 1] in ('"', "\u201c")]
    if not opened:
        return found
    out = list(found)
    sentences = doc.sentences
    last_of: dict[int, int] = {s.paragraph: s.index for s in sentences}
    first_of: dict[int, int] = {}
    for s in reversed(sentences):
        first_of[s.paragraph] = s.index
    for p in opened:
        if p - 1 not in last_of or p not in first_of:
            continue
        left_open = _leaves_quote_open(text[slice(*paragraphs[p - 1])])
        speaker, where = _source_of(doc, out, last_of[p - 1])  # (speed59: not a tuple of `out` per paragraph)
        quote = doc.quote_at(paragraphs[p][0] + 1)
        if speaker is None or quote is None:
            continue
        # (claims46) after a closed quotation, only a paragraph whose first sentence is all quotation
        # (not a title quoted at its start: "\u201cParasite,\u201d the thriller, won ...")
        # and a speaker named in that last sentence itself (review2: a closed quotation whose speaker
        # was named a sentence before is not continued)
        if not left_open and not (where == "in the sentence" and _quoted_speaker(speaker, sentences[last_of[p - 1]])
                                  and quote[1] >= sentences[first_of[p]].end - _QUOTE_END_SLACK):
            continue
        carried = cues.Attribution(speaker.kind, speaker.start, speaker.end, CONTINUED, True, speaker.role, True)
        for k in range(first_of[p], last_of[p] + 1):
            if sentences[k].start >= quote[1]:
                break
            if out[k] is None or not out[k].sourced:
                out[k] = carried
    return tuple(out)


def score(doc: Document, settings: Settings) -> Score:
    analysis = doc.analysis
    found = analysis.attributions
    sentences = doc.sentences
    index = _word_index(doc)
    evidence: list[Evidence] = []
    worthy = unsourced = 0
    # Page furniture (bylines, date lines, photo credits, correction notes, forum fields, contact
    # lines: `xlplugin.furniture`) is not prose: its dates and counts are not claims. Nor is text
    # that `xlplugin.prose` finds is not prose: code, time stamps ("Mon 20 Jan 2020 06.05 GMT"),
    # navigation labels, lists of other articles' headlines, paragraphs repeated across the
    # outlet's documents. A sentence mostly in such text is passed over.
    skip = analysis.non_prose_sentences
    unsourced_kinds = cues.UNSOURCED_KINDS
    reasons_of = index.reasons  # `_reasons(index.words(sentence), ...)`, read in one pass
    not_claims = NotClaims(doc)
    form_lines = FormLines(doc)  # (form fields, reference lines, quantity lists, an issuer's block: form_lines)
    answers = interview.find(doc)  # an interview's answers are the interviewee's (`_verdict`)
    found = speakers.with_quote_speakers(doc, _with_opening_weasels(doc, found))
    found = _continued_quotes(doc, _with_citations(doc, with_owned_sources(doc, _with_own_records(doc, found))))
    found = _with_given_in_documents(doc, found)  # (claims40) "a figure given in the council's budget papers"
    found = _with_sized_surveys(doc, _with_named_speakers_only(doc, _with_no_one_to_ask(doc, _with_writers_contrasts(doc, found))))
    found = speakers.with_missed_speakers(doc, found)  # (sources19: provenance reads the same speakers)
    leads = table_leads(doc, found)  # (claims40) rows of figures under a sourced lead line ending in a colon
    credited = source_lines(doc)  # (claims41) rows of figures over a line "Source: ONS"
    head_end = headline_end(doc)  # (attrib16) the headline line is the title, no claim
    comments, results = no_comment.may_hold(doc), result_lines.may_hold(doc)  # (claims17: one set test each)
    # (advice41) a reader's letter or question in an advice or Q&A column is the reader's words, no claim of the writer's
    # (polnear50) and so is each signed letter of a newspaper's letters page ("Letters" over letters
    # each signed on its own line, "Ann Lee." then "Olympia, Wash.", or a reader's "@handle":
    # reader_letters.page_letters, which loaded language already reads as its writer's words)
    letters = reader_letters.letters(doc) + reader_letters.page_letters(doc)
    leads_to_code = lead_ins(doc)  # (claims47) "Here is how to set it up:" over a command: the tutorial's instruction
    for k, sentence in enumerate(sentences):
        if skip and k in skip or sentence.end <= head_end or k in leads_to_code:
            continue
        if letters and any(a <= sentence.start < b for a, b in letters):
            continue
        if sentence.last_token - sentence.first_token < MIN_WORDS:
            continue  # (what _reasons says first, before the sentence's words are read)
        own = found[k]
        weasel = own is not None and own.kind in unsourced_kinds
        reasons = _weasel_reasons(doc, index, sentence, own) if weasel else reasons_of(sentence, THRESHOLD)
        if not reasons or not_claims.reason(sentence) or form_lines.reason(sentence) or _credit_line(index, sentence) \
                or author_bio(doc, k) or comments and is_no_comment(doc, sentence) or results and is_result(doc, sentence) \
                or refutes_a_things_claim(doc, sentence):
            continue  # (not_claims: a citation, a reference list, a list heading: claim_lines; the author's bio line;
            # a request for comment that got no answer, a sourcing step: no_comment.py; a score or an award: results.py;
            # a post's claim the writer marks false, "The posts also falsely claim that ...": refuted_claims.py)
        worthy += 1
        kind, said = _verdict(doc, found, k, answers, leads, credited)
        unsourced += kind == "unsourced"
        detail = f"check-worthy: {'; '.join(reasons)}; {said}"  # (one string built, not three)
        # (Evidence(...) without the NamedTuple keyword handling, every field given: half the time)
        evidence.append(_new_tuple(Evidence, (sentence.text, kind, sentence.start, sentence.end, detail, True, NEUTRAL, 0.0)))
    words = doc.word_count
    if worthy == 0:
        return Score(NAME, None, None, UNIT, note="no check-worthy claims found",
                     details={"check_worthy": 0, "unsourced": 0, "unsourced_per_1000_words": 0.0})
    share = unsourced / worthy
    normalised = 1.0 - min(1.0, share / UNSOURCED_ZERO)
    per_1000 = 1000.0 * unsourced / words if words else 0.0
    return Score(
        NAME,
        round(share, 4),
        round(normalised, 4),
        UNIT,
        note=f"{unsourced} of {worthy} check-worthy sentences unsourced",
        evidence=tuple(evidence),
        details={
            "check_worthy": worthy,
            "unsourced": unsourced,
            "unsourced_per_1000_words": round(per_1000, 3),
        },
    )

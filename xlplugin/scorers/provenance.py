"""Provenance: a checklist of cues that show where a text comes from, or hide it.

Measures: positive cues (byline, publication date, dateline, named outlet, original URL, named
sources with roles, attributed direct quotes, references to primary documents, photo credits,
correction or update notes, an opinion or analysis label) and negative cues (no author,
redaction or garbling marks like "**", forum or social-media furniture, repost and aggregator
markers, disclaimers that disown the content, clickbait headline shapes). The document's title,
URL, outlet, author and date, when given with the text, count as cues too.
Native value: 0-100, higher = better provenance: BASE plus the weight of every positive cue
present, minus the weight of every negative cue present, clipped to 0..100. Two cues of the
prose (sources named by name or role, attributed direct quotes) are graded (version 3): they earn
their weight in proportion to the share of prose sentences that show them, full weight at
DENSITY_CUES.
Version 17: the named-sources cue weighs 15 and the quotes cue 3 (SOURCE_WEIGHTS_WHY); a reference
to a primary document is a named document, a link to a document (DOCUMENT_LINK_RE), an in-text
citation or a reference list under its heading (`_cited_documents`), not any link.
Normalised score: value / 100.
Evidence: every cue checked, present or absent: kind = the cue name, detail starts with
"found, adds 6 to provenance" / "not found, would add 6 to provenance" / "found, takes 6 off
provenance" / "not found, would take 6 off provenance" (for a person: plain words, the cue's
points on provenance's own 0-100 scale, never called index points), and the typed fields say the same for the adapters: `present`, `polarity`
(MORE_RELIABLE or LESS_RELIABLE) and `weight` (what it adds or takes away, or would); text = the text that
showed it (the line or match) with its offsets; an absent cue (or one shown by metadata) has
text "" and start = end = 0.
Version 3 (`xlplugin.prose`): "**" in a text that holds code is an operator (`**kwargs`), not a
redaction mark; a headline word in capitals that the body also writes in capitals, or a short one
that is not an English word, is an acronym ("JSON", "NASA"), not shouting; sources and documents
named in text that is not prose ("READ FULL ARTICLE", a list of headlines, a line of code) are not
the text's; a document word that starts a person's name ("Bill Gates") is not a document.
Blind spots: page furniture that was stripped before the text reached us (a byline in the HTML
but not in the pasted text); a fake byline or date counts like a real one; forum posts quoting a
real news article get both the article's cues and the forum's; English-language layouts only.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

from .. import cues, document_origins, forum_posts, furniture, interview, interviewee, mastheads, provenance_notes, provenance_sources, prose, repost_credits, sales_pressure, source_names, source_sides
from ..claim_lines import NotClaims, in_text_citations
from ..links import is_web_address
from ..issuer import IssuerSources
from ..names import credits_a_person
from ..publications import place_at
from ..pdf_pages import page_line
from ..settings import Settings
from ..subject_sources import quoted_title
from ..table_leads import source_lines
from ..speakers import speakers
from ..text import Document, Sentence, prepare
from ..title_lines import headline_end
from ..types import LESS_RELIABLE, MORE_RELIABLE, NEUTRAL, Evidence, Score, SignalInfo

__all__ = ["NAME", "VERSION", "UNIT", "CUES", "ProvenanceCue", "POSITIVE", "NEGATIVE", "BASE", "score", "warm_up"]

NAME = "provenance"
VERSION = "200"  # 200: (claims56) attribution classes as unsourced_claims 150 ("Ford workers said" and "City officials said" are sources by role in every place; "Apple spokesmen said" is named, as "Spokesmen at Apple"; "Smith's letter to parents says" and "Ford's filing says" name the owner); the sources list gives an owner named by a possessive without its "'s" ("Smith", one source with "Smith said": source_sides.sides). 195: (web56) German and French organisation words in a credited name ("Redaktion", "Fraktion", "Partei", "Verein", "Verband", "Stiftung", "rédaction": data/provenance.txt [not_person_words]) make it an organisation, not a person's byline ("Redaktion MSM", "CDU - Fraktion Erfurt" earned the byline's 10 points). 190: (claims55) attribution classes as unsourced_claims 145 ("Smith's letter says" names Smith; "Researchers at Harvard said" is by role, as "Harvard researchers said"; "Residents from Leeds said" vague). 185: (claims54) attribution classes: one unnamed person by a role noun with where they work after it, after "at", "from" or "with" and one capitalised word ("a nurse from Apple said", "an engineer at Siemens said", "a nurse from Glasgow said": attribution.txt [employer_after_person_words], misread_sources.misread_head) is a source by role, as "an Apple nurse", "a Glasgow nurse" and "an engineer at the firm" are ("a resident from Leeds" vague, as "a Leeds resident"); a body named in several words ("a nurse at St Mary's Hospital"), a body's voice ("a spokesman at Apple") and a person's name stay named; a capitalised possessive opening the sentence and owning a thing that speaks for its owner ("Smith's ad says", "Labour's leaflet says": cues.possessive_name_first) names the owner, as it did after the first word; the makers of a document owned by its possessive ("The report's authors say": [document_people_words], cues.document_people) are a document source. 176: (lead, session 41) a verb of saying in a clause that concedes a statement and sets it aside ("..., whatever the leaflets claim", "no matter what the minister says", "regardless of what officials say": attribution.txt [concession_words], [concession_what_words], cues.concedes_statement) names no source for its sentence. 175: (sources53) attribution classes as unsourced_claims 129 ("a nurse in Glasgow said" by role, "a resident in Leeds said" vague, as "a Glasgow nurse"; an advert speaking, "A radio ad claims", by role, named where its sponsor is named). 145: (claims52) attribution classes as unsourced_claims 119 ("said a resident" vague; "a Glasgow nurse said" by role, not named; "A TV ad" no name) and the dateline split of text 77. 135: (lead, session 40) a passer-by followed by a relative clause ("a Lisbon resident who tweeted said") is the same vague source, never the place alone as a named one. 134: (claims51) attribution classes as unsourced_claims 98: one person named by a place or a club and what they are ("said a Leeds resident", "A Bristol commuter said", "said one Celtic fan": attribution.txt [passer_by_words], misread_sources.passer_by) is a vague source, no named source; "Leeds resident Ann Lee said" and "a Glasgow nurse" keep theirs; the headline line is the title, no sentence of the body (as unsourced claims reads it): its "..., says analyst" or quotation is no named source or quote of the text's and no prose sentence counted (_source_cues, title_lines.headline_end). 133: (polnear50) a news archive's record labels and its indexer's summary ("ABSTRACT." near the top, the summary, then "FULL TEXT." before the article: prose.txt [archive_abstract_labels], [archive_body_labels], prose rule "archive abstract") are not the author's prose: the summary repeats the lead with no source; a paper's "Abstract" with no body label after it stays prose. Verbs of giving one's view aloud or in print report as "said" does ("Ann Lee opined that ...", "The ambassador mused about ...": attribution.txt [reporting_words] muse, mused, opine, opined; "the poet's muse" stays a noun). 131: (sources50) who said it, by class: a noun of saying that ends a list of lower-case nouns is no verb (“Update: Added ARKit explanation and tweet.” listed “Added ARKit”: misread_sources.listed_noun); a noun of saying as the object of “make” with no “that” after it is no verb (“claiming territory in the South China Sea and making similar claims elsewhere” listed the sea: misread_sources.made_noun; “made claims that” still reports); the sources list takes the name before an apposition that opens with “a”/“an” (“Alberto Ruiz, a Leeds resident, said”: Alberto Ruiz, not “Leeds” or “a Leeds resident”: source_sides._person). 130: (web49) a line of a page's layout copied as Markdown (an empty image mark "![]()", or a table's lone bar at its end: "New publications: |", "![]() 2023-2025, X is a part of Y |"; words beside them no sentence) is not prose (prose "copied layout"): its words, claims and sentences are not the author's. 123: (loaded48) a headline opening with a notice's label whose \u201cSURNAME, GIVEN NAMES\u201d is a report and its source after the comma, the source a role, a body or an unnamed group and then a verb of saying (\u201cDeaths DOUBLE, OFFICIALS ADMIT\u201d, \u201cBirths FALL SHARPLY, MINISTERS CONCEDE\u201d: attribution.txt [role_words], [organisation_words], [weasel_source_words], [reporting_words]; _attributed_clause) is no notice: its capitals shout (clickbait headline, words in capitals); a notice's name (\u201cDeaths: HARTLEY, ROSE HOPE\u201d), a headline all in capitals and an acronym stay no shouting; a line of a build or configuration file that opens with its instruction in capitals and goes on with an argument not in capitals (\u201cFROM python:3.12-slim\u201d, \u201cRUN pip install -r requirements.txt\u201d, \u201cCMD [\"python\"]\u201d, \u201cLABEL maintainer=ops\u201d, \u201cENV PATH=/usr/bin\u201d: prose.txt [code_directive_words], prose._directive_line) is code, not prose, as a shell prompt's line is: its quoted strings are no scare quotes, its words no sentences of the author's; \u201cFROM THE ARCHIVE\u201d and \u201cUSER Guide\u201d stay prose. 121: (sources48) who said it, by class: a time between a one-word speaker and its verb keeps the speaker (“Vantor on Tuesday said”); a verb opening a changelog's line and a document word opening a headline name no speaker (“Added Metal support”, “Report claims”); only an “it” opening the reported clause makes a place or a platform its government or company; the sources list gives a one-word body before a title as written (“Vantor President”), a person before “with/at” a body, a name before a role noun as the role's phrase (“the Lisbon cork trader”, “the Okafor family”) and the body after a role's field (“a professor of economics at X University”). 120: (loaded47) a page whose body is letters, two or more, each signed by a name and a place, the last ending the text, is a letters page under any heading: its first signature is a byline (provenance_notes.letters_page_sign_offs, reader_letters.signed_page_letters); a notice's label clears only the name right after the labels that open the headline ("Deaths SIEGEL, JEROME"), so "Flu deaths SHOCK WINTER, NEVER Seen Before" shouts again (_without_notice_names). 119: (sources46) who said it, by class: "insists on" and an object is a demand, no report ("Python insists on using the str type": attribution.txt [demand_on_words]; "insisted that", "insisted on Tuesday that", "insisted on his innocence" still report); a capital written for its government is a place as London is ("Pyongyang calls this a provocation", "Tehran rejected": [place_words]; one called "it" still counts); a sentence adverb in -ly opening a sentence is no name ("Eventually recalled by ...": [not_name_words]); a plural noun of saying after a preposition and two modifiers is no verb ("apart from other corporate pledges": misread_sources.noun_after_modifiers); the sources' list reads no day as the speaker ("Microsoft on Thursday reiterated": Microsoft, source_sides._name_in) nor a compound adjective as a name ("Kremlin-backed", "Unicode-backed") and a place before a delegation, a mission or an envoy as that role ("the UK delegation", not "UK"). 118: (loaded46) a person's name in capitals, surname first, in a notice's headline ("Paid Notice: Deaths SIEGEL, JEROME ARTHUR.", "Death notice: HARTLEY, MARGARET ANN": a label of provenance.txt [notice_label_words] in the headline, _without_notice_names) is how notices print a name, no shouting: no clickbait headline for its capitals. 117: (sources45) who said it, by class: an auxiliary opening a participle clause is no name ("Having described the plan, ...": attribution.txt [not_name_words]); a place as the subject with words before its verb ("Tokyo has so far agreed", "Washington has consistently rejected": source_names._speaker), after the previous sentence's last word ("... off Korea. Tokyo said": no first name "Korea."), or read as a verb ("encourage the United States to think": "States" is no "states", _says) is no named source, as sources31's places are; the sources' list reads a place before a role as the role ("the US defense", "Texas prosecutors", not "US", "Texas"), an inverted attribution's speaker after the verb ("... through the Galaxy, says McLaughlin": McLaughlin, not "Galaxy"; "..., said the harbour master"), and a country that counts (the government: "China said it would") as a body speaking, its own side (attribution.txt [country_words]); A country speaking ("China said the port would close") stays no named source with a role: a side, no person. 116: (polnear45) a poll printed as its question over its results with no prompt (a question alone on its line, then two or more lines of an answer of at most four words and its share in per cent: "Should the council keep the library open?", "Yes    61%.", "No    30%.": promo_boxes._result_spans) is a poll box, not prose: its question is no rhetorical question of the writer's, its lines no claims or sentences of the text's. 115: (lead, session 34) a line ending in a full stop with more than 10 words is a sentence, no office under a name (provenance_notes._name_over_office): a live blog's entry heading over "The coastguard has closed ..." was a signature with the writer's office. 114: (sides45) the sources' list names sources, not adjectives or stray words: a nation's adjective before a noun is no body and no name ("North Korean leader Kim said" gives no side "North Korean"; "Western European countries condemn" lists "Western European countries", "The Chinese embassy said" lists the embassy, not "Chinese": attribution.txt [nationality_words], source_sides._adjectival); a comparative opening a sentence is no name ("Less often noted is that": [not_name_words]); a possessive read as the speaker is no named source ("resisted Brazil's demands", "Peru's alleged plans": source_names._possessive_speaker); "Brazil's foreign ministry said", "North Korea said it would" stay named sources. 113: (lead, session 34) "answered calls" is an act, as "answered every question" is: a role before it ("the coastguard answered calls for help") is no source by role (attribution.txt [question_object_words]). 112: (book44) a side read from a possessive whose noun was cut off ("just ahead of President Putin's visit to Japan, Russia announced": "President Putin's") is no side (source_sides._body_phrase): the Why said "sources from 2 bodies or sides: President Putin's, the government". 111: (claims43) the plurals of offices and the sides of a court case ("the wardens said", "the prosecution said", "the defence argued": attribution.txt [role_words]) are named sources by role, listed among the sources; before, none was a source mid-sentence and a sentence's first word was listed as a name. 110: (polnear43) a social page's follow box dropped into a story ("Do you support the mayor? Like the page:", "Like us on Facebook", "Follow us on Twitter" opening a sentence of a short line: prose.txt [box_newsletter_prompts]) is the site's box, not prose, as a poll or newsletter box is: its sentence is no prose sentence of the share the graded cues read. 109: (companies41) a named source that the text itself says is a body (names.body_signs: "toy maker Epic Workshop said", "Northfield Bakehouse said it would open a second shop", "Northfield Bakehouse, which employs 40 people, said", a name ending in a company word) is listed as a body speaking, with itself as its side, no longer as a person; "Sam Gill said it would be a disaster" stays a person. 108: (advice41) a Q&A whose every question is a reader's, telling their own case in "I" and "my" before asking ("Q: I retired last year ... Should I take the lot now?": interview._readers_questions, reader_letters.reader_question), is no interview: its answers are the columnist's own words, no named interviewee's. 107: (roles41) the listed sources' sides read a role in the plural as the singular (source_sides._ROLES, by the English plural: "union leaders", "company directors", "police officers", "council spokesmen" name their body; "local councillors" are the council's, as "a local councillor" now is: _MEMBER_BODIES); several holders of one office alone ("mayors", "governors") name no one body, police ranks do ("Detectives said": the police); a number or a quantifier before a body's word counts its people, no part of its name ("three council officials": the council; "interviews with a dozen party" no side, was "a dozen party"); vague groups stay vague ("critics", "some experts", "people"). 106: (claims41) attribution classes as unsourced_claims 71 (one document held by an outlet or a body; a reaction in the passive on two sides, its agent after "by"); one document named by where it came from ("an invoice filed at Companies House", "a spreadsheet obtained by The Herald": provenance.txt [origin_document_words]) is a reference to a primary document as the plural was; the listed sources read no opening adverbial as a name ("Meanwhile the spokesman said", "Last night the minister said", "On Monday, the minister told MPs" were "Meanwhile", "Last", "On Monday": source_sides._past_opening) and a passive's agent is the source ("welcomed by council leaders": council leaders); a line under a table or a list of figures naming their source ("Source: ONS": table_leads.source_lines) is a reference to a primary document (the figures' data), not a repost marker crediting the text's original. 105: (web41) a named source's body described with its own "a", "an" or "another" ("chief executive of a logistics software company") is named so, not "the a logistics software company" (source_sides._with_the); a byline or an author with a nickname in quotation marks ("By Robert \u201cBob\u201d Smith") credits a person (furniture._BYLINE_NAME_RE, names.nickname): the byline cue was not found. 104: (claims40) a body's document named as where a figure stands ("The correct figure, given in the council's budget papers, is ...", "as set out in the trust's annual report": document_origins.given_in_spans) is a reference to a primary document, in prose and in the text's correction note (page furniture, but the outlet's own words on its facts). 103: (claims40) a source named before an apposition ("The King's Fund, a think tank, said", "Oxfam, the charity, said") is listed by its name, not as "the charity" or not at all (appositives: the name may open with "The" or a title, hold a possessive, or be one word opening the sentence before an article). 102: (fresh40) a source spoken of by its role in the plural ("The organisers said") is listed by those words in the evidence and the Why, not as a source named "The" (source_sides.sides: a source phrase is never cut down to its article alone); no score moves. 101: (fresh40) a source's name or side read across a line break ("said Dr Ann" / "Lee", "head of the" / "Patients Association") is shown on one line in the evidence and the Why (source_sides.side_note), not with the text's line break inside it. 100: (web39b) a review or an assessment after "by"/"from" and a person's name ("got a review from Sam Patel", a code review; "a glowing review from Ann Lee", a critic's; "an assessment from Dr Nora Quist") is no reference to a primary document (document_origins._by_a_name, provenance.txt [person_made_document_words]); a body's name ("a review by the Harbour Audit Office") or one in capitals ("a review by KPMG") still is. 99: (web39b) a line that opens with a csh or zsh prompt before a command in lower case ("% virtualenv -p python3 env", "% pip install requests": prose._CODE_LINE_RE) is code, not prose, as a "$" prompt was: its words are no sentences of the author's; a table's "% of adults" line and a sentence ending in a full stop stay prose. 98: (hunt33) a review is a document again, named or not ("A quick review of flight records reveals": an archive record, as before version 96). 97: (hunt33) a chat pasted from the phone with its dates without the year ("[12/03, 09:14] Name: ...") or its time first ("[09:14, 12/03/2026] Name: ...") is a chat, as "[12/03/2026, 09:14]" was (forum_posts.chat_lines); a message forwarded in a chat ("Forwarded", "Forwarded many times", "Forwarded as received": forum_posts.forwarded_posts) is no member's words; it counts as a repost marker naming no original ("a message forwarded in a chat, from no one it names"). 96: (hunt33) research of any kind cited for what it found with no one named who made it is an unnamed source: a trial, an experiment or a review as a study ("A new trial of 250 swimmers found", "An experiment with 60 students showed", "A 2023 review concluded": attribution.txt [document_words], [publication_words]); before, the first two were no source and the third a document. 95: (hunt33) one person named by a job or a post is a named source with a role ("The harbour master said", "the site engineer told", "a nurse on the ward said", "the park ranger said": attribution.txt [role_words], with the singular of every trade of [profession_words]); a trade named as a group stays vague. 94: (hunt31) a dateline's date with no year ("BRENTON, March 3 (Valley Wire) -", "LONDON, March 4 (Reuters) -") is no publication date (furniture._YEAR_RE): the Why said "publication date" while the file's date cell, which needs a year, stayed empty; the dateline cue stays. 93: (sources31) who is a named source (xlplugin/source_names.py): a holiday or a time ("Christmas said"), a platform or a place that stands for a crowd or for nothing a reader can ask ("Twitter responded with disbelief", "according to Instagram", "London said more rain was expected"; one the sentence calls "it" is the company or the government and still counts: "Twitter said it would review", "Iran insists it") and a class of people with no names (a plural role after a field or a quantifier: "Sleep advisers also say", "Many lawyers argue", as "Nutrition experts also say" already was) are no named source, nor an idiom ("The vote said it all"); a word that is someone's name in the text ("Georgia Mills ... Georgia said") stays a person. The sources' list reads names whole ("Jean-Paul Van der Berg", "Dev Patel, 52, a shop owner, said"), a role with no name as the text gives it ("Chief Executive", "the Minister's spokesman", "the mayor", not "Executive", "Minister's", "The"), and a first name said again as the same source. 92: (calm31) where every named source speaks for one body or all are officials (source_sides.side_note: "all 3 named sources are officials: ...", "all 2 named sources speak for one body: ..."), the named sources cue keeps half its credit (ONE_BODY_SHARE), its evidence saying "one body's voices only": a ministry's report quoting only its minister, a governor and its inspectorate no longer earns what a report quoting the body, a resident and an independent voice earns; residents alone, and sources from several bodies or sides, keep the full credit. 91: (lead, session 25) the Why's list of bodies or sides names four and says how many more ("... the Bank of Portugal and 1 more"), where it named four of five with nothing for the fifth. 90: (voices31) the named sources cue's evidence lists the sources it counted, each once, with the body or side the text gives it ("said Ann Lee, a council spokeswoman" -> the council; "Tom Reyes, who lives on the estate" -> a resident; "An independent engineer, Sara Moyo," -> independent: xlplugin/source_sides.py), and says, with the Why, "all 3 named sources speak for one body: the county council" where two or more people all speak for one body, "all 3 named sources are officials: ..." where they come from several public bodies and no one else, or "sources from 3 bodies or sides: ..." where they come from several; a body and its own spokesperson are one voice, one source is not one side; no weight changes. 89: (pasted30) a PDF's running headers and footers are furniture (pdf_pages.page_line_spans: "Page 2 of 3", "Annual Review 2026 | 9", a header laid out across the page with a page number, web address or copyright mark, "12  HARBOUR HOMES  Spring 2027   www...", a short line repeated with a changing page number): no source, and a header over the headline is no headline (no clickbait headline from its capitals: _first_line_headline passes over it); a copyright line's named outlet is its holder's name alone (furniture.copyright_holder: no "\u00a9", year or "All rights reserved"), and "\u00a9 2026. All rights reserved." names none. A draft's note over the text ("DRAFT \u2013 for legal review", draft_notes.draft_line) is furniture and no dateline. And a chat app's export saved as text (each message on a line opening with its date, time and sender: "[12/03/2026, 09:14] Dave Hollins: ...", "12/03/2026, 09:14 - Dave Hollins: ...", "[12.03.26 09:10] Colin Pearce: ...": forum_posts.chat_lines) is a thread: the prefixes are furniture, the first sender is the author, the others' messages their words; a message's date is no publication date. 88: (lead, session 25) "a friend of Leo's" (a capitalised owner after "of" in a double genitive) names whose friend spoke, not the friend: anonymous hearsay, no named source ("a friend of the family, Ann Lee, said" stays named). 87: (senses28) "report" answering to someone ("Her staff report to her every morning", "The unit reports directly to the deputy leader", "Crews reported to the depot": "to" and its object with no "that", colon or quotation after them) or giving a firm's results ("Northway Ltd reports a profit of 4 million pounds", "reported record sales") names no source (provenance_sources._report_sense); "reported to police that ...", ", the Courier reported", "The health board reports 40 new cases" still do. 86: (names29) a byline line's name with particles or an accented capital ("By Jonas de Vries", "By Ana van der Berg", "By Omar bin Said", "By Mary-Kate \u00d3 S\u00failleabh\u00e1in": furniture._BYLINE_NAME_RE, byline_name) is a byline, and the .txt author line reads the same names; a live blog crediting two entries or more ("Updated 10:42 by Sam Ode", or the writers' names alone next to the entries' times where a writer comes back: live_credits.entry_credits) has a byline, its note all the writers joined with "; ". 85: (transcripts28) an X/Twitter-style thread saved as text (each post under a header of the poster's handle and the post's date or age, "@ferrywatch_kt \u00b7 Apr 9", "Harbour Watch @harbourwatch \u00b7 Jun 2", "Gav @gav_on_tracks \u00b7 45m": forum_posts._POSTER_LINE_RE) is a thread: the header lines, "Replying to @NAME" and the counts under a post ("4 replies  12 reposts  31 likes") are furniture, the first poster is the author, the others' posts their words (forum furniture); a debate's or a meeting's record in speaker-labelled turns is a transcript also when short (two or three turns of two speakers or more) where two labels carry brackets ("Ms Jane Holt (Eastmoor) (Lab):", "Cllr Ann Frost (Chair):", "The Minister for Rail (Mr Neil Carver):") or three or more are full names in capitals ("JANE HOLT:"): interview._record_labels; a label may carry two brackets, and an office with its holder in brackets may join its words with "of", "for", "the"; the speakers' "I" and questions are theirs; a .txt/.md file's headline with a second line right under it (a source line, a correspondent's line, a standfirst: "Extract from the Official Report, 3 March") and then a blank line is its title (file_titles._second_line). 84: (credit27) a credit line naming a news agency alone ("By Associated Press", "By Reuters", "By AFP", "By The Associated Press Staff", "By Reuters | 12 March 2026": furniture.agency_alone) credits the text to the agency, as "By the Editorial Board" credits a group: no byline credit and no "no author", the evidence saying "a news agency"; an author given that is an agency alone ("Reuters", a page's "By AFP") is said to be a news agency. 83: (web28) a footnote marker glued to a sentence ("...falls.[1]") with a references list in the text is an in-text citation (claim_lines.find_in_text_citations): the "references to primary documents" cue's evidence is the marker before the list; a group's act told in a relative clause ("the senators who promised to bring the jobs back", "... told them to crack heads": cues.group_relative_act) is no named source; the outlet's own reporter named at a sentence's start ("Our reporter Jenna Sloan is at the bridge.", "Our correspondent Leah Grant says": furniture._own_reporter) is a byline. 82: (kinds28) a sign-off whose name carries a rank or title with its full stop ("Lt. Marcus Hale" / "Public Information Officer", "Det. Sgt. Anne Coleman, ...") or a dash before it ("- Sgt. Lisa Howard, Public Information Officer, Eastfield Police Department") is a byline (provenance_notes._RANK_BEFORE_NAME, role_sign_off); the speaker a transcript's first line names as giving its remarks or speech ("Transcript: Governor Ann Brooks's remarks at ...", "Remarks as prepared for delivery by Chancellor Ruth Obi") is its byline: the speaker is the author of its words (provenance_notes.transcript_speaker). 81: (web27) a text's byline naming a person and then a news agency ("By DANIEL ORTEGA Associated Press", "Daniel Ortega, Reuters", "MEERA JOSHI, Associated Press", "Tomas Lindqvist / AFP": page_meta.agency_byline, the web page rule) credits the person: a byline, no "no author" (furniture._agency_byline, _agency_credit_lines; a line with no "By" needs a mark before the agency or the name in capitals, and is not the text's first line); "By Associated Press", "Reuters Staff", "The Mayor, Reuters" credit no person. 80: (reply26) in a thread (forum_posts.other_posts: "NAME wrote:" posts, a "u/NAME \u00b7 N points" thread, a social site's comment thread, a phpBB page, a Q&A page), the sources other members name in their replies are theirs ("The finance office explained it to me", "A spokesperson for the council said", a quotation a replier attributes, a document a reply names: "the 212-page report", "the county's own spending records show", "(Hale et al., 2021)": _theirs): no named source, attributed quote or reference to a primary document of the author's, and their sentences are no prose of the author's (the graded share counts the author's own sentences); the author's own posts keep their sources, and a news report quoting a post keeps its own. 79: (sources25) a verdict on a subject for an act of saying names no source ("The council is not corrupt for proposing it", "The union was wrong to demand more": provenance_sources.judged_for); a body's own document ("the board's own finance report puts the cost at", "according to the council's own accounts": document_origins.origin_spans) and a work in a named journal as the subject ("A 2019 review in the Journal of Climate found", "A study published in The Lancet showed": provenance_sources._in_a_journal) are references to primary documents, no named source; a named interviewee's answers are attributed direct quotes (their own words); a named source's evidence leaves out a clause joined by a coordinator that hedges on no one's word ("a private operator has reportedly discussed, ..., as a Kessling obstetrician suggested": _unhedged_span). 78: (kinds26) a letter on a letters page signed on two lines (the name alone, then the street and town: "Margaret Ellery" / "Hawthorn Road, Elmgrove") is its byline (provenance_notes.letters_page_sign_offs); a correction notice's own lines are correction or update notes ([correction_contains]: "The online version of the article has been updated", "regrets the error", "our corrections policy"). 77: (web25b) a name with an office at the foot is no byline where it is a press release's contact in its closing block ("###" or "Media contact:" then "Hannah Ross, Head of Communications": provenance_notes._in_closing_block) or one entry of a staff list, a name-and-office pair next to another ("Ellie Brandt" / "Director", "Raj Menon" / "Reserves Manager"; "Ann Lee, Treasurer" / "Raj Patel, Secretary"): role_sign_off, signature_block. 76: (puff27) a press wire's dateline between slashes is read by its shape, whatever the wire's name ("GRANTSVILLE, Ore., April 8, 2026 /Business Newsline/ --" gives the dateline, its date and the wire as named outlet, as "/PRNewswire/" did: furniture._SLASH_WIRE_END_RE); the issuer's own puffery in a headline is loaded language's, no headline shape. 75: (threads27) the cue forum furniture is found for a thread's poster lines (forum_posts.thread: "u/name \u00b7 41 points", bare "u/name", "NAME wrote:", "Posted by NAME") and a forum's breadcrumb ("Posted in X Forum > Y"), as for "Joined"; a forum thread whose posts are headed by their poster's name alone on a line ("garden_gus wrote:", a bare "u/garden_gus", "Posted by garden_gus": forum_posts._name_lines) is a thread: the lines are furniture, the first poster is the author where only the thread's head (subject, community, breadcrumb) comes before, and the other members' posts are their words. 74: (prov24) a dateline with its place in title case and its state ("Fairhaven, Ore. \u2014", "St. Cloud, Minn. (AP) \u2014") and one with its date in brackets ("Fairhaven, Ore. (Oct. 14, 2026) \u2014": the date is the publication date); an archive record that shows, records or lists ("the parish burial register shows", "the minutes of the town council record", "the 1911 census lists", "parish records show": document_origins.archive_record) is a reference to a primary document; a correction notice in its own words ("The correct figure is ...", "This story incorrectly stated", "We apologise for the error": furniture._CORRECTION_RE) is a correction note, and a repost phrase on its line or the line before ("The original article said ...") no repost marker; a news agency credited in the dateline or a photo credit is the named outlet only where the text names no other and no outlet is given: a paper reprinting a wire story is the outlet, its evidence naming the agency as the credit (furniture.AGENCY_CREDIT); attribution classes as unsourced_claims 53 ("Every serious scientist agrees", "A friend who works at the hospital says" are vague; "according to figures the force released" is the force's). 73: (promo26) sales pressure in the headline gains loaded language 65's urgency ("Hurry!", "only for a limited time"); a seller's superlative ("our most powerful laptop ever") is left to loaded language, no headline shape. 72: (forum26) a comment thread copied from a social site (a post, then replies, each under its commenter's name line and over the site's buttons, "Reply \u00b7 Like \u00b7 3 \u00b7 2h": forum_posts._social_thread) is a thread: the replies are the commenters' words, the name lines furniture; each comment under a Q&A page's post ("... \u2013 NAME DATE": forum_posts._qa_comments) is its signer's, also under the last answer (the asker's own are the author's); a forum furniture line inside another member's post of a thread (a reply's "Reply \u00b7 Like \u00b7 3 \u00b7 2h") is furniture but no cue of the author's (furniture._forum_lines): the cue counts the author's own post's lines. 71: (forum25) a question-and-answer page copied as text (its posts signed "asked DATE NAME 1,231 rep", "answered DATE NAME 18.4k rep": forum_posts._qa_signatures) is a thread: the signature lines are furniture, the asker is the author, each answer by another name is that member's words. 70: (labels35) a tipster's disclaimer under a pitch is a disclaimer ([disclaimer_contains]: "Not financial advice", "not investment advice", "DYOR"). 69: (sources22) references to primary documents named by where they came from or whose they are (xlplugin/document_origins.py): a document, a participle and a body it came out through ("jail records obtained by this newspaper through a public records request", "contracts released by four councils under the Freedom of Information Act", "accounts, filed at Companies House"), a document by a named maker ("an estimate by the nonpartisan Legislative Fiscal Bureau"), a body's document read from ("the council's spending records show", "according to the council's published contract notice", "the Legislative Fiscal Bureau's estimate"); a named document's evidence holds the rest of the name its span stopped inside ("analysis by Fenwick Water"); a capitalised word that only modifies a noun of people after it names no maker ("an analysis by British economists"); words that report nothing said are no named source (provenance_sources.reports_nothing_said: "ask" as a demand, "The Salt Road asks a lot", "is all the insurer asks for", "Of the 137 people ICE asked Dunmore to hold, ..."; "told the truth", "told lies"); an indefinite parent ("One mom from Ohio told us", "A dad in Leeds said": no_one_to_ask); a document as the speaker ("The Annual Population Survey shows", "according to contracts released under ...", "Sunbridge's accounts, filed at Companies House, show": provenance_sources.document_speaker) is a reference to a primary document, no named source; an interviewee's evidence is the sentence that names them, with the role, and a name after "by" ("Interview by Sam Reed") is the interviewer, not the interviewee; attribution classes as unsourced_claims 50 ("It was claimed by Harbour Water that ..." is named). 68: (guard22) a placeholder written in brackets or quotation marks or with a closing full stop ("(unknown)", "[n/a]", '"none"', "Unknown.", "(blank)"), and "blank", "tbc", "tba", "tbd", is no named outlet and no author (cells.given_meta, read as outlet_key reads a name), said as "'(unknown)' is not an outlet"; an author "Anonymous" ("(anonymous)", "anon.") is "no author"; an outlet, author or url cell is read without marks no one sees at its ends (a byte order mark). 67: (loose22) one rule for the publication date cue and the date cell (file_titles.others_date): a date after another label on its line is that label's date, no publication date ("Event | 3 March 2026", "Event: 3 March 2026", "World | 3 March 2026"); only a publication label's ("Published | ...", "Date: ..."), a credit's ("By Ann Lee | ...") or a dateline's date ("3 March 2026", "Harwick, 3 March 2026") is one; "Last updated | 3 March 2026" and "Updated | 3 March 2026" are update notes, as "Updated 3 March 2026" is (provenance_notes._UPDATE_RE). 66: (voice22) a headline word in capitals is excused as a spelling (an acronym, a name spelled in capitals) only where the body writes it in capitals among ordinary words and never in another case: a name the body shouts again ("VOTE BRANDT", beside a word in capitals) or writes as a name elsewhere ("Carl Brandt") no longer excuses the headline's shouting (_spelled_in_capitals). 65: (bylines22) a user name in CamelCase ("Posted by ProgressNowCalloway", author "LibraryWatcher": three capitalised parts run together, or two with a first part that opens no name, not "McKenzie", "DeShawn": provenance_notes.is_handle, handle_credit) is "no author", said as a user name; a phrase of time in title case ("By The End Of The Year", "By The Weekend", "By Next Spring": [credit_time_openers] then a [credit_time_words] word, names.time_phrase) credits no person: no byline, "no author". 64: (bylines21) a credit line or an author given that is a publication's name ("By The Blue Wave Dispatch", author "The Harbour Ledger": "The", capitalised words and a [masthead_name_words] word, names.publication_name) is the outlet, not a person: no byline credit and no "no author" (furniture.OUTLET_CREDIT). 63: (loose21) a credit line between emphasis marks written out ("*By Ann Lee*", "**By Ann Lee**", "_By Ann Lee_": a plain text's emphasis, or a .md file's escaped marks "\\*By Ann Lee\\*") is a byline, on its own line (furniture._marked_byline_re) or after a short note on its line (provenance_notes._credit_at). 62: (loose21) a date after an update label on its line ("Updated 3 March 2026", "Last updated | 3 March 2026", "Modified \u00b7 3 March 2026") or under one alone on the line above ("Updated" / "3 March 2026") is no publication date, by the date cell's rule (file_titles.update_date); "Updated 3 March 2026 | Published 1 March 2026" gives 1 March. 61: (sources21) words that name no one a reader could ask are no named source: an indefinite speaker before a colon ("One wrote: \u201c...\u201d"), a reader's given name and town ("Reader mail: Tom in Leeds asks", provenance_sources.testimonial); attribution classes as unsourced_claims 49 ("agreed to", questions asked or answered, "told them where they can put it", "Satellites have shown"; a surname given in full before an apposition is named; "It was said by Ann Lee" is named); references to primary documents: not a book's publisher ("is published by Harrow Press") nor the text's own credit line ("A report by Shelter First, October 2026", provenance_sources.own_credit_line); a court's papers that show ("the court filing shows"); the evidence holds a name's every word ("Labour Force Survey", "published in the Journal of Coastal Transport"). 60: (session 19, lead) a user name given as the author ("harbourfan99", "crumbly_kate", "u/dr_fire", "@harbourwatch": provenance_notes.is_handle) is "no author" again, said as a user name; sources20's organisation rule is for organisations and sections only. 59: (sources20) bylines in other shapes: a blog's entry line with the date before the credit ("Posted on 2 October 2025 by Jan Whitley · 14 Comments": provenance_notes.dated_credit), a live blog's "Live reporting by" ([byline_starts]), a paper's author list right under its title ("Hannah J. Poole, Marcus Tierney, Aisha Rahman": provenance_notes.author_list; not when a surname recurs in the text); a credit to a user name ("Posted by SkyWatcher_Dee on ...", "u/name") is still "no author", and its evidence says so (provenance_notes.handle_credit); an organisation given as the author ("Harbour Wire", "Reuters") is no byline and no longer "no author" (-6): the evidence of both says the text is credited to an organisation, as a credit to a group is (sources19); attribution classes as unsourced_claims 48 (no named source: "Avoid adding", "Match report and player ratings to follow.", "She'd been saying", "the same scripted answer", "with baseless reports", "without saying"; no primary document: "PRESS RELEASE: headline", "Follow-up data"; an official "not authorised to speak" is anonymous; "said Dr. Ann Lee" is named). 58: (voice20) a speaker label with an outlet in parentheses ("REPORTER (Eastshire Echo):") is a transcript's turn (xlplugin.interview), so a briefing's labelled speaker may be a named source. 57: (words19) the Evidence details in plain words, no code words: "found, adds 6 to provenance" (was "present, positive cue (+6)"), "found, takes 6 off provenance" (was "present, negative cue (-6)"), "not found, would add 6 to provenance", "found, not counted: ..."; scores unchanged. 56: (sources19) a credit to a group ("By the Editorial Board", "By Staff Reporters", "By Courier staff", "Posted by the Loomly team · 4 February 2026": furniture.GROUP_CREDIT, provenance.txt [group_credit_phrases]) is no byline, as before, and no longer "no author" (-6): the evidence of both cues says the text is credited to a group, not a named person; a quotation from an unnamed source ("said one resident, who asked not to be named", "a source said") earns no attributed-quote credit, as before, and the cue's evidence now says how many were set aside and why; "one insider said" is a vague source (attribution.txt [weasel_source_words] "insider"); a kind of institution named only in the plural ("This has been confirmed by the banks", "according to the authorities", "the regulators said": attribution.txt [body_plural_words], the rule of groups.py) is vague, no named source, unless a name, an institution or a number says which ("two banks", "UK regulators"); the named sources and attributed quotes cues read the speakers unsourced claims reads, from one finder (xlplugin/speakers.py): a speaker after a quotation whatever the verb ("“...,” Ada Crane fired back"), a court that heard it, a named speaker and a colon before a quotation, a name with an age, a role before a long who-clause ("The head teacher, who ..., said": a role, no longer a "who" pronoun). 55: (byline18) a repost marker in a relative clause ("The post, which first appeared on 11 January, shows ...", "a clip that was originally published on TikTok") says where some other thing came from, a fact check's claim, not this text: it is no repost marker (repost_credits.in_relative_clause); a masthead "NAME \u2014 tagline" ("THE PEOPLE'S DISPATCH \u2014 Weekly Action Newsletter", "The Money Desk \u2014 Episode 212: ...": a tagline numbering an issue or ending in a publication word, xlplugin/mastheads.py) is no dateline, and the name in capitals is no shouting in the clickbait cue (its tagline still may be); a signature at the foot is a byline: a name under closing words on their own line ([valediction_lines]: "Signed," / "Professor Alan Whitby, University of Coldbrook") or a name alone with the writer's office on the next line ("Hank Dawson" / "President, The Liberty Ledger"): provenance_notes.signature_block; a programme's credit "Hosts:", "Presented by" ([byline_starts]) is a byline, also after a run of short notes on its line ("Transcript. Recorded 8 July 2026. Hosts: ..."); attribution classes as unsourced_claims 42 (an anonymous speaker's "told the Sunday Clarion" is no named source; "Polls show" is vague); a call to action ("Call your congressman and say NO", "Write to your MP and tell them": a verb of action opening the sentence, the verb of saying after "and"/"or") names no source (provenance_sources.unsaid). 54: (hype18) a headline that pushes a sale or promises returns is clickbait, in capitals or not (_sales_pressure, xlplugin.sales_pressure: "$X IS ABOUT TO EXPLODE. DON'T MISS THE NEXT 1000X", "Why These Prices Won't Last", "(And How You Can Too!)"); a headline's "!" before a closing bracket ends it ("(At Last!)"). 53: (sources18) a customer's testimonial, a given name alone with an age or a home town ("says Janet from Leicester", "said Tom, 61, from Ohio", "Mark, 54, a father of two from Leeds, said"), is no named source with a role and its quotation no attributed quote (provenance_sources.testimonial); a full name, or a surname given in full before, still counts; attribution classes as unsourced_claims 42 (a journal named after "published ... in the journal", "the logs show" after the logs were named, a name before a long relative clause and "said"). 52: (kinds21) "<anyone> don't/doesn't want you to know/see/find out" in a headline is clickbait as a class ("DOCTORS DON'T WANT YOU TO KNOW"); a seller's health disclaimer ("not intended to diagnose, treat, cure or prevent any disease", "have not been evaluated by the Food and Drug Administration", "individual results may vary") is a disowning disclaimer. 51: (byline17) words that name no one a reader could ask are no named source (provenance_sources.no_one_to_ask): a relative by kinship alone ("Grandma always said", "my dad told me"), a source sneered at as "so-called", a verdict on how someone writes ("Petrakis writes well about people"), an act ("declared war on", "declared victory"); "Mother Teresa said", "Petrakis writes that ..." still count. 50: (byline17) signatures are bylines: a letters page's ([letters_page_headings]: "Letters to the editor") first letter signed on its own line after its paragraph ("Gareth Lyle, Harwick"); a notice signed at its foot with the writer's office ("Jane Doe, Director of Public Health", a [role_words] word in the first words after the comma; no verb of saying on the line): provenance_notes.letters_page_sign_offs, role_sign_off. 49: (byline17) a review's credit "Reviewed by NAME" is a byline; a review's headline naming the work ("'The Salt Road' review: ...", "Harbour Lights review:") is no reference to a primary document (provenance_sources.reviewed_work). 48: (rows17) a URL with a non-ASCII host ("https://münchen-zeitung.de/a") or a trailing dot ("example.com.") is a web address (links.ascii_host): the original-URL cue counts it. 47: (claims17) attribution classes shared with unsourced_claims 41: a definite body after "according to" is a source by role ("according to the weather station", "the fire brigade"; "according to the legend" is vague); "The study found" with no study named before is vague (back_references.py); anonymous sources are shown as such. 46: (credit16) a repost line that names its original (a name or a web address after the marker: "Originally published by Harbour Wire Service", "Reposted from the Tarvo Courier", "Courtesy of Harbour Weekly") is shown, not counted (_credited_repost, repost_credits.credited_original); only one naming none ("Source: internet", "via: Facebook", "Originally published 3 March") costs 10; attribution classes as unsourced_claims 39 (no named document in a Title Case headline or a button row "Like | Reply | Report"; "Kayla's post" is a noun, no named source). 45: (kinds19) a press release's closing block (the not-prose rule "issuer block": "###", "About <issuer>", "Media contact:" to the end) is not prose: its sentences are not counted. 44: attribution classes as unsourced_claims 38 (attrib16: "I rang the council twice and nobody answered" and "Absolute joke." are no named source; "My doctor told me" is vague, no role; "Among them is Ana Ruiz, a planner, who said" is named; "Papers seen by Reuters show" is a document, no named source; an author's bio line "Jane Doe has covered health for The Herald" is no named source). 43: attribution classes as unsourced_claims 37 (claims15: a document before a clause and "says", "according to the notice", office role nouns, money found). 42: (meta15) the evidence of a named source is the whole sentence it stands in (at most EVIDENCE_SENTENCE_MAX_CHARS), or in a longer one the clause around it, not the clipped phrase ("Judge rejects"); scores unchanged; where the text's first line is the given title (a text file's headline line, a page repeating its headline) the clickbait cue reads the title at that line, and its evidence is that line, not an empty "(in the given title)". 41: attribution classes as unsourced_claims 36 (sources15: "Marta Lindqvist, a retired ferry pilot, said" is a named source; "Official figures released on Monday show" is vague; "Previous post", "Time will tell" name no source); a narrative "would" in an aside ("As Comey would explain, ...") reports (provenance_sources._narrative_would), "She would say no" is still speech to come. 40: (outlets15) a teaser headline is clickbait: it counts the words, lines or sentences it withholds ("These 4 Words ...", "A 6-Word Reply") or trails off in an ellipsis after a word that cannot end a phrase ("... IF\u2026", "But \u2026"): _teaser_shape. 39: attribution classes as unsourced_claims 35 (claims10: "..., the club said" is a source by role; "Leaked documents show", "Figures show" are vague; "five times what the official figures admit" is no source). 38: (prov14, a tester's fresh documents) a verb of saying that reports nothing said is no named source (xlplugin/provenance_sources.py): a command ("Please tell us when booking", "Boycott the game and show the board what fans think!"), speech to come ("The government will tell you to wait") or a word inside a plan's object ("plans to remove 140 posts"); an author's bio line at the text's start or end ("NAME is a ROLE and writes ...") is no named source; a line that only names the text's genre ("PRESS RELEASE") is no reference to a primary document; a date after a deadline label on its line ("Closing date: 12 January 2027", [deadline_labels]) is no publication date; a forum's counters line ("Likes: 23 | Replies: 11"), edit notes and "Re:" subject line are not prose (xlplugin/forum_posts.py), so their sentences are not counted. 37: attribution classes as unsourced_claims 34 (sources14: "was given a 73 percent chance by PredictWise" names PredictWise; "Local farmers said" is vague; "victories in smaller states", "Global state makes" are no verbs of saying; an aside between dashes before the verb is skipped; "Related posts", "Fossil find" are nouns; "X, who ..., on Friday declared" is the subject's). 36: attribution classes as unsourced_claims 33 (sources13: "PredictWise gives Clinton an 89 percent chance" names a source; "Neighbors say" is vague; "told Reuters" after its subject names no source; "will recount", "his home state" are no verbs of saying; lines ending in an ellipsis in a run are a headline list). 35: (kinds16) an opening credit "Courtesy of X" on its own short line in the text's first 600 characters (the lines the kinds rule reads: xlplugin/repost_credits.py), "Republished courtesy of", "Article courtesy of" are repost markers, as "first appeared on" is; a headline announcing a release or a version ("Python 3.6.0 is now available!", "Version 2.1 released!", "Announcing X 3.0!") is no clickbait for its "!" (_RELEASE_HEADLINE_RE). 34: attribution classes as unsourced_claims 32 (sources12: "Nobody has confirmed" is no named source; "Those who were in Soho tell", "People in Fort Pierce said" are vague; "The Herald's critic called" is a source by role; "a specialist at King's College London who was not involved in the study, said" is a named source, no primary document; "a US release" is no primary document; "according to results of a trial published in The Lancet" is one; a headline's "after recount" reports nothing); a title in quotation marks ("The Killing Season: Murder, Fear and Silence on the Frontier", every word capitalised but short ones, no sentence end) is no attributed direct quote. 33: a credit list longer than a byline line, each clause up to ";" short ("Reporting by NAME for the Press Association; this version edited by the ... newsdesk."), is a byline as the short form is (furniture._credit_length). 32: attribution classes as unsourced_claims 30 (sources11: "The man said the police had ignored his calls" names no source \u201cthe police\u201d; "Users on Facebook claim" is a vague source; "Mr Harlow said little about it", "said no more" name no source). 31: attribution classes as unsourced_claims 29 (sources10: "at the near post" is a noun; "Tins say nothing about lead", "the people of Eastbank, who told", "a post shared ... on Facebook claims", "an article on 3 June about ... said" name no source); a translation note ("Translated from Spanish.") is no repost marker; cues the line pass missed (xlplugin/provenance_notes.py): a credit after a short note on its line ("Translated from Spanish. Interview by Pablo Ruiz"), a letter\u2019s sign-off (a name, a town after it, at the foot of a text opening with a salutation: [letter_salutation_starts]) are bylines; a head line "Last updated 16:42" / "Updated 7 August 2026" and a "Corrections and clarifications" heading are update or correction notes; a publication named after "published" and a date ("published on Wednesday in the journal Sleep Health") is a reference to a primary document. 30: attribution.txt classes as unsourced_claims 27 (sources9: "Harvard researchers said" opening a sentence is a source by role; "He said the military would ..." names no source \u201cthe military\u201d; "A viral post says" is a vague source). 29: attribution.txt classes as unsourced_claims 26 (sources8: "Pentagon officials said", "NATO officials said" opening a sentence are sources by role; "Officials said the military was ..." is no inverted source "said the military"). 27: the clickbait headline rules read the given title and the text\u2019s first line (when it is not the title again), with \u2019 read as an apostrophe; one English word in capitals in a headline not all in capitals ("NEVER") is shouting (an acronym is not); essay, kommentar, meinung, kolumne are opinion labels (the kinds rule reads the same table). 26: attribution.txt classes (sources7): a trade named only as a group ("nutritionists say", "their doctors told") is vague unless a name, an institution or a number says which (xlplugin.groups); a plea ("pleaded guilty", "admitted two counts", "was admitted to hospital"), a price quoted ("quoted at \u00a3780,000") and a notice\u2019s noun ("Yellow warning for wind") are no verb of saying (xlplugin.acts); "issued by X" names the issuer, "issued" without "by" names no one; "a forum for Android developers called X" names a thing. 25: the lines of a poll or newsletter box are not prose (xlplugin/promo_boxes.py); an interview answer ends at the author's paragraph before the next question (sentences there no longer count as the named interviewee's). 23: the issuer\u2019s own statements (a press release\u2019s company and its people, the site\u2019s or outlet\u2019s own name: xlplugin.issuer) are no named source, and the cue\u2019s evidence says how many it set aside; attribution.txt classes as unsourced_claims 21 (reporting nouns as objects, "received reports", "Pentagon officials said", "a study in Texas"); a place after "published in" names no publication. 22: attribution.txt classes (sources5): a negated verb of saying ("never told us", "did not say", "hasn\u2019t confirmed") and whom someone asked ("I have asked the board for comment", "was asked for comment") are no source; "asked" takes its source after it only inverted after a comma or a quotation; "made it clear that" reports; a work\u2019s title ending in a role noun ("The Lantern Keeper is the kind of film that asks") is no person (senses.names_a_work). 21: "Interview by", a wire sign-off "(Reporting by ...)" are bylines; "Review:", "Comment:" opinion labels; press-wire datelines (/PRNewswire/, (BUSINESS WIRE)); a document named by what it is ("in a statement", "according to the indictment", [primary_document_phrases]) is a reference to a primary document; a web address in the issuer's About block is no source (links.contact_link_sentences). 20: an interview's last answer and a transcript's last turn end at the first paragraph that reads as the author's (a heading, a closing note, the speaker named in the third person, a pronoun that can only mean the speaker: xlplugin.interview.last_turn_end), not at the end of the text (sentences after it no longer count as the named interviewee's). 19: attribution.txt classes as unsourced_claims 16 ("phone calls", "it's said", named and unnamed publications, "reiterated"). 18: attribution.txt session 9 (named sources): an act or an authorship ("wrote the script", "declared a state of emergency"), a wish ("wants to"), a noun after a preposition ("secretary of state", "in posts") are no verbs of saying; ", reported the BBC." inverts; "the report explores data showing" is a document source. 17: references to primary documents include in-text citations (a DOI, "(Smith et al., 2019)"), a reference list under its heading and "published in the Journal of ..."; a link counts only when it points at a document (DOCUMENT_LINK_RE: a DOI, a PDF or data file, a .gov/.edu site), not a social post or another outlet's page; named sources weigh 15 and attributed quotes 3 (were 10 and 8: SOURCE_WEIGHTS_WHY); a number before a superlative ("12 Best ...", "Top 10") is a listicle headline. 16: an embedded post's credit line ("— Name (@handle) date", a pic.twitter.com line) and legal boilerplate are not prose (prose.py), and a dot inside "Android/Filecoder.C" ends no sentence, so the prose sentence counts the graded cues are shares of change. 15: a named interviewee is a named source (each answer sentence counts, xlplugin.interviewee); attribution.txt classes: an author or owner after a passive "by" ("written by", "claimed by"), "a tool called X", a noun after a superlative ("greatest fears"), words after a modal's verb ("could use RUN calls") are no source; a source's evidence does not open with "and". 14: false sources as classes (attribution.txt): first-person contractions ("I\u2019ll admit"), file formats ("a JSON document"), nouns read as verbs ("the answer is", "states of", "pain points"), "add" with an object, possessives away from the verb, clause openers; anonymous sources ("sources close to", "on condition of anonymity") are vague, not roles; an infinitive ("to write") is no verb of saying here; mixed quotation marks pair. 13: attribution classes in attribution.txt (plural roles, unnamed groups, -ing participles, verbs of speaking), as unsourced_claims 10. 12: attribution classes in cues as unsourced_claims 9 (a sentence's first word names a source only by the name rules; "at one point", "one claim", "so called" are no verbs of saying). 11: attribution classes in cues (first-person "I believe", "should explain", "(UCEA) said", "says a report highlighting"), as unsourced_claims 7. 10: a treaty, act, law or bill named in prose without a number or a verb is not a reference to a primary document. 9: a date line next to a person's name line counts below the head too (furniture._date_by_a_name_in_the_body). 8: named sources with roles need a verb of saying, not "wants", "believes" (_says); 7: a byline must name a person, not a wire, outlet, desk or section (names.NOT_A_PERSON); 6: only a web address given as the URL is the "original URL" cue (not "n/a", 3); 5: a link written in capitals is a source whichever way it is asked (one link test); 3-4: graded source shares, not-prose rules
UNIT = "provenance cues, 0-100 (higher = better)"



# How many cues the why names that point against the score's way (the ones that weigh most).
WHY_AGAINST = 2


def _why(sig: Score) -> str:
    # the cues present that point the way the score does (good signs for a good score), then
    # the ones that cost (or, for a poor score, gained) it the most: a good score with
    # "clickbait headline" and "no author" against it says so. The cues are named without their
    # points: the Why gives index points beside this phrase ("provenance -7 points: 60/100 (...;
    # but clickbait headline -8/100)" read as three scales in one sentence); each cue's points
    # are in its Evidence row's Detail. A cue under half a point is left out.
    good = MORE_RELIABLE if sig.score >= 0.5 else LESS_RELIABLE
    cues = [_shown_name(e.kind) for e in sig.evidence if e.present and e.polarity == good]
    against = sorted((e for e in sig.evidence if e.present and e.polarity == -good and _cue_points(e.weight)),
                     key=lambda e: -e.weight)[:WHY_AGAINST]
    parts = [", ".join(cues[:3])] if cues else []
    if against:
        parts.append("but " + ", ".join(_shown_name(e.kind) for e in against))
    sides = next((m.group(1) for e in sig.evidence if e.kind == _SOURCES_CUE and e.present
                  and (m := _SIDES_RE.search(e.detail))), "")
    if sides:  # (voices31) "all 4 named sources speak for one body: the county council"
        parts.append(sides)
    return f"provenance {sig.value:.0f}/100" + (f" ({'; '.join(parts)})" if parts else "")


# (voices31) The named sources cue's word on whose side its sources speak for
# (source_sides.side_note), read back from its evidence for the Why.
_SIDES_RE = re.compile(r"; ((?:all \d+ named sources speak for one body: |all \d+ named sources are (?:officials: )?|sources from \d+ bodies or sides: )[^;]*)")


# (words19) A cue's name in the Why where its own name is a word of the trade: a reader of the
# Why need not know "furniture" (the Evidence sheet keeps the name, its Detail the line).
WHY_NAMES = {"forum furniture": "forum or social-media page lines"}


def _shown_name(cue: str) -> str:
    return WHY_NAMES.get(cue, cue)


def _cue_points(weight: float) -> int:
    """A cue's weight in whole provenance points, half up (5.4 -> 5, 5.5 -> 6; Python's round
    would make 4.5 a 4)."""
    return int(weight + 0.5)


def _mark(item: Evidence) -> str:
    return "cue" if item.present else ""


INFO = SignalInfo(
    NAME,
    header="Provenance 0-100 (higher = better sourced)",
    phrase=_why,
    reading=(
        "A checklist of signs of where the text comes from: byline, date, dateline, outlet, "
        "named sources, quotes, documents, corrections (add); no author, redactions, forum "
        "page lines (joined, likes), 'Original article:' reposts, disclaimers, clickbait (subtract).",
        "0-100; higher = better sourced (green).",
        "A dated, signed news report with named sources.",
        "An anonymous repost on a forum.",
        "Cues can be faked; a press release scores well on form whatever its content.",
    ),
    table=("provenance", 0),
    excel=("XLP_PROVENANCE", "Provenance cues 0-100 (higher = better sourced)."),
    number_format="0",
    colours=(0, 100),
    mark=_mark,
    outlets_header="Provenance 0-100",
    abbreviation="prov.",
)

DATA_FILE = "provenance.txt"


class ProvenanceCue(NamedTuple):
    name: str
    weight: int  # added to the value when present; a negative cue's weight is subtracted
    found_by: str  # the rule that finds it, and where
    why: str  # why it says something about where the text comes from, and why this weight


# The cues, read top to bottom: positive ones first (their weights sum to 60, so a text with every
# positive cue and no negative one scores 100), then negative ones. A text with no cue at all sits
# at BASE = 40: below the middle, because a text that does not say where it comes from is the
# reader's problem, but above the floor, which is kept for texts that show negative cues. The
# evidence lists the cues in this order. "Line pass" cues are found by `xlplugin.furniture` (the
# phrases are sections of data/provenance.txt); the others here, from `doc.analysis`.
BASE = 40
CUES: tuple[ProvenanceCue, ...] = (
    ProvenanceCue("byline", 10, "line pass: a [byline_starts] line with a name in the head or tail; a name line "
                  "next to a date line; or the author given with the text; each only when it names a person, "
                  "not an organisation or a section (names.NOT_A_PERSON: \u201cReuters\u201d, \u201cLetters\u201d)",
                  "who wrote it: the single most useful cue for checking a text (can be looked up, held to "
                  "account); equal top weight with named sources"),
    ProvenanceCue("publication date", 6, "line pass: a date on a short line in the head or tail, a "
                  "\u201cPublished:\u201d line, the dateline's date; a date line next to a person's name line "
                  "anywhere (a header copied under forum furniture); or the date given with the text",
                  "when: lets a reader place the claims in time and find other coverage"),
    ProvenanceCue("dateline", 5, "line pass: \u201cSEOUL, South Korea \u2014\u201d at a line start in the head; a "
                  "press wire's \u201cLONDON, 3 June 2025 /PRNewswire/ --\u201d, \u201c--(BUSINESS WIRE)--\u201d",
                  "where the reporting was done: a wire and newspaper convention that is rare in content farms"),
    ProvenanceCue("named outlet", 6, "line pass: a copyright line, a wire credit in the dateline or a photo "
                  "credit; or the outlet given with the text",
                  "which outlet published it"),
    ProvenanceCue("original URL", 3, "line pass: a \u201cURL:\u201d line; or the URL given with the text",
                  "a URL to the original: weak on its own (any page has one), so low"),
    ProvenanceCue("named sources with roles", 15, "_source_cues: a sentence attributed by name or role with a "
                  "verb of saying (`xlplugin.speakers.speakers`; not a verb of wanting or thinking, "
                  "[not_saying_words] of attribution.txt: \u201cTokyo wants\u201d); graded, see DENSITY_CUES",
                  "the reader can check who said what (\u201cForeign Minister Park Jin said\u201d): the top "
                  "weight, as the one cue of the prose whose share tells careful reports from polemic (see "
                  "SOURCE_WEIGHTS_WHY)"),
    ProvenanceCue("attributed direct quotes", 3, "_source_cues: an attributed sentence holding a quotation of "
                  "MIN_QUOTE_CHARS or more; graded, see DENSITY_CUES",
                  "a sign of first-hand reporting, but low: an attributed quote is already a named source's "
                  "sentence, and polemic quotes the people it attacks as much as reports quote theirs (see "
                  "SOURCE_WEIGHTS_WHY)"),
    ProvenanceCue("references to primary documents", 5, "_source_cues: a named document (\u201can Audit Office "
                  "report\u201d, \u201cpublished in the Journal of ...\u201d) or a link to a document "
                  "(DOCUMENT_LINK_RE; not one in the issuer's About block, links.contact_link_sentences), from the "
                  "attribution pass; else `_cited_documents`: an in-text citation (a DOI, \u201c(Smith et al., "
                  "2019)\u201d) or a reference list under its heading; else `_document_phrases`: a document named "
                  "by what it is ([primary_document_phrases]: \u201cin a statement\u201d, \u201caccording to the "
                  "indictment\u201d)",
                  "a named report, filing, data set, paper or a link to one"),
    ProvenanceCue("photo credits", 2, "line pass: a line of 400 characters or fewer holding a "
                  "[photo_credit_contains] phrase", "a newsroom habit; weak because captions are often stripped"),
    ProvenanceCue("correction or update notes", 2, "line pass: a line holding a [correction_contains] phrase "
                  "(furniture.PHRASE_LINE_CUES)", "the outlet corrects itself; rare, so low"),
    ProvenanceCue("opinion or analysis label", 3, "line pass: a short [opinion_label_starts] line in the head or tail, or "
                  "one opening with an [opinion_label_colon_starts] label and \u201c:\u201d (\u201cReview: ...\u201d)",
                  "honest about what the text is"),
    ProvenanceCue("no author", -6, "score: no byline found and no author given",
                  "the text does not say who wrote it. Modest, because many real news pages lose their byline "
                  "when copied as text; the positive byline weight already rewards having one"),
    ProvenanceCue("redaction marks", -15, "_redaction: \u201c**\u201d, \u201c[redacted]\u201d, \u2588 or "
                  "\ufffd (not bold text, not an operator in a text holding code)",
                  "typical of machine-rewritten or censored reposts (\u201cKishida**\u201d); a strong sign the "
                  "text is not the original"),
    ProvenanceCue("forum furniture", -15, "line pass: one strong [forum_starts] line (\u201cJoined\u201d) or "
                  "FORUM_MIN_WEAK weaker ones (\u201cReply\u201d, \u201c12 likes\u201d); a thread's poster lines "
                  "(forum_posts.thread: \u201cu/name \u00b7 41 points\u201d, \u201cNAME wrote:\u201d) or a forum's "
                  "breadcrumb (\u201cPosted in X Forum > Y\u201d)",
                  "the text is a post, whatever it quotes"),
    ProvenanceCue("repost markers", -10, "line pass: a line holding a [repost_contains] phrase "
                  "(furniture.PHRASE_LINE_CUES) that names no original (_credited_repost: a line naming "
                  "one is shown, not counted)",
                  "\u201cSource: internet\u201d, an empty \u201cvia:\u201d: the text is a copy and does not say "
                  "whose; a copy that credits its original tells the reader where to check it"),
    ProvenanceCue("disclaimer", -10, "line pass: a line holding a [disclaimer_contains] phrase "
                  "(furniture.PHRASE_LINE_CUES)",
                  "the publisher disowns the content (\u201cdoes not represent the views\u201d)"),
    ProvenanceCue("clickbait headline", -8, "_clickbait: a [clickbait_contains] phrase, \u201c!\u201d at the end, "
                  "a numbered listicle, a teaser (_teaser_shape: \u201cThese 4 Words\u201d, a trailing \u201cBut \u2026\u201d) "
                  "or shouted words in the headline",
                  "slant, not provenance, so lower than the other negative cues"),
)
POSITIVE = {cue.name: cue.weight for cue in CUES if cue.weight > 0}
NEGATIVE = {cue.name: -cue.weight for cue in CUES if cue.weight < 0}

# Graded cues (version 3): a source cue of the prose earns its full weight only when at least this
# share of the prose sentences shows it, and a proportional part below. As a present/absent cue it
# fired on nearly every article longer than a few paragraphs, careful report and polemic alike (on
# the SemEval-2019 by-article tune half: a named source with a role in 42% of hyperpartisan and
# 39% of other articles, attributed quotes in 64% and 61%), so it could not tell them apart; the
# share of sentences that carry it can (tune AUC 0.62 for sources named by name or role, 0.55 for
# attributed quotes). References to documents stay present/absent: most plain articles have none
# (the 75th percentile of their share is 0), so no share can be set from data. Since version 3 the sources cue counts a source identified by name or by
# role ("a White House official said"), as a reader can look either up. Full weight at the median share of the non-hyperpartisan
# tune-half articles (printed by scripts/fit_index.py): a typical news report earns it.
DENSITY_CUES = {"named sources with roles": 0.27, "attributed direct quotes": 0.07}
# SOURCE_WEIGHTS_WHY (version 17): the sources cue weighs 15 and the quotes cue 3 (they weighed 10
# and 8; the positive weights still sum to 60). Measured on the SemEval-2019 tune half, graded as
# above: the sources cue separates plain from hyperpartisan articles (the cue alone: ROC AUC
# 0.63), the quotes cue hardly does (0.54), and an attributed quote is a sentence the sources cue
# already counts. On PolNeAR the two outlets rated lowest quote the most (31% of their text inside
# quotation marks, 13-26% elsewhere). The provenance score's tune AUC rose from 0.556 to 0.588
# (0.564 with DOCUMENT_LINK_RE alone). A text that earns both cues in full earns 18 either way.
# A sentence of fewer words is a heading, caption or fragment: not counted as prose.
MIN_PROSE_WORDS = 4

# A quotation of fewer characters is a phrase or scare quote, not a direct quote of a source.
MIN_QUOTE_CHARS = 20

_URL_RE = re.compile(r"https?://[^\s)\]>\"']+|www\.[^\s)\]>\"']+", re.IGNORECASE)
_REDACTION_RE = re.compile(r"\*\*|\ufffd|\[redacted\]|\u2588+", re.IGNORECASE)
_BOLD_RE = re.compile(r"\*\*[^\s*][^*\n]{0,80}?[^\s*]\*\*|\*\*[^\s*]\*\*")
# A numbered listicle: "10 reasons ...", "7 things ...", and a number before a superlative or a
# ranking, "12 Best Beaches ...", "Top 10 ...", "5 Most Beautiful ..." (version 17).
_LISTICLE_RE = re.compile(r"^(?:top\s+\d+\b|\d+\s+(?:reasons|things|ways|facts|signs|secrets|tricks|photos|times|shocking"
                          r"|best|most|worst|greatest|biggest|top)\b)", re.IGNORECASE)
# A link that points at a document a claim can be checked against (version 17): a DOI, a file of
# a document or data format, or a page on a government, university, court or international
# body's site. Any other link (another outlet's article, a social-media post, a donation page)
# is a link, not a primary document: on the SemEval-2019 tune half a link of any kind was
# more common in hyperpartisan articles (the cue leaned the wrong way), and on PolNeAR the
# outlets that link most are rated lowest.
DOCUMENT_LINK_RE = re.compile(
    r"doi\.org/|\.(?:pdf|csv|xlsx?|docx?|odt|ods)(?:[?#]|$)"
    r"|^(?:https?://)?(?:www\.)?(?:[\w-]+\.)*(?:gov|edu|mil|int|gov\.[a-z]{2}|ac\.[a-z]{2}|edu\.[a-z]{2})(?:[/:?#]|$)",
    re.IGNORECASE)
# The words after a document phrase that ends in one of _PUBLISHER_PREPOSITIONS ("published in",
# "a report by", "data from") name the publication: a capitalised word, after "the" or "a" and a
# lower-case "journal" ("published in the journal Nature"), that is not a month or a day
# ("published in May" names a date, not a document), nor a place ("published in Chile":
# publications.place_at).
# (its first word; sources21: the evidence runs to the name's last capitalised word, "the Fuel Poverty
# Network", not "the Fuel")
_TITLE_AFTER_RE = re.compile(r"[ \t]+(?:(?:the|a)[ \t]+)?(?:journal[ \t]+)?([A-Z][\w'\u2019&-]*)"
                             r"(?:[ \t]+(?:(?:of|for|and|&|on|the)[ \t]+)*[A-Z][\w'\u2019&-]*)*")
_PUBLISHER_PREPOSITIONS = (" in", " by", " from")
_NOT_TITLES = frozenset("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def warm_up() -> None:
    cues.warm_up()
    prose.warm_up()
    furniture.warm_up()
    _english_words()
    _clickbait_re()
    _reporting_words()
    _not_saying_words()
    _infinitive_report_words()


@lru_cache(maxsize=1)
def _clickbait_re() -> re.Pattern[str]:
    """The clickbait phrases of the data file as one regular expression, longest first."""
    entries = sorted(furniture.sections()["clickbait_contains"], key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in entries) or "(?!)")


def _domain(url: str) -> str:
    try:
        host = urlsplit(url if "//" in url else "http://" + url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _redaction(doc: Document, found: furniture.Found, lower: str) -> None:
    """`lower`: the lower-cased text (`PageLines.lower`), for the "[redacted]" test.

    In a text that holds code (`xlplugin.prose.code_spans`: inline or fenced code, lines of
    code, `**kwargs`), "**" is an operator (Python's keyword unpacking, exponentiation), not a
    redaction: only the other marks count there."""
    text = doc.text
    if "**" not in text and "\ufffd" not in text and "\u2588" not in text and "[redacted]" not in lower:
        return  # the common case, without the regex (case-insensitive scans are slow)
    bold = {m.start() for m in _BOLD_RE.finditer(text)} if "**" in text else set()
    bold_ends = {m.end() - 2 for m in _BOLD_RE.finditer(text)} if bold else set()
    code = bool(prose.code_spans(doc)) if "**" in text else False
    count = 0
    first: tuple[int, int] | None = None
    for m in _REDACTION_RE.finditer(text):
        if m.start() in bold or m.start() in bold_ends or code and m.group() == "**":
            continue
        count += 1
        if first is None:
            start = m.start()
            while start > 0 and start > m.start() - 30 and (text[start - 1].isalnum() or text[start - 1] in "'\u2019"):
                start -= 1
            first = (start, m.end())
    if first is not None:
        found.add("redaction marks", first[0], first[1], f"{count} redaction or garbling mark(s)")


def _first_line_headline(doc: Document) -> tuple[str, int, int]:
    """The first non-empty line of the text when it looks like a headline (at most 150
    characters, not ending in a full stop); ("", 0, 0) otherwise. (pasted30) A PDF's page header
    over it ("12  COASTAL LIVING  Winter 2026    www...": pdf_pages.page_line) is passed over."""
    for s, e in doc.lines[:10]:
        line = doc.text[s:e].strip()
        if line and page_line(line):
            continue
        if line:
            start = doc.text.index(line, s)
            if len(line) <= 150 and not line.endswith("."):
                return line, start, start + len(line)
            return "", 0, 0
    return "", 0, 0


def _headlines(doc: Document) -> list[tuple[str, int, int, bool]]:
    """(kinds9) The headlines the clickbait rules read, each with whether it is only a line under
    the given title: the given title, and the text's first line when it looks like a headline
    and is not the title again (a standfirst, or the headline of a text whose metadata title
    differs: under a given title, only its phrases are read, `_clickbait`). (meta15) Where the
    first line is the title (a text file's headline line, `xlplugin.file_titles`; a page's text
    repeating its headline), the title is read at that line, so that its evidence points there."""
    line, start, end = _first_line_headline(doc)
    title = " ".join(doc.title.split())
    if not title:
        return [(line, start, end, False)] if line else []
    if line and " ".join(line.lstrip("# ").split()).lower() == title.lower():
        return [(line, start, end, False)]
    return [(doc.title, 0, 0, False)] + ([(line, start, end, True)] if line else [])


def _shouted(doc: Document, title: str, start: int, end: int) -> set[str]:
    """The distinct words of 4+ letters the headline writes in capitals that are not the way
    these words are spelled: an acronym or a name spelled in capitals ("JSON", "NASA", "UNESCO")
    is written in capitals in the body too (outside the headline line: `_spelled_in_capitals`),
    or, with 5 letters or fewer, is not an English function word; "SHOCKING", "MUST", "THIS" are
    shouting."""
    words = set(re.findall(r"[A-Za-z]{4,}", title))
    caps = {w for w in words if w.isupper()}
    if not caps:
        return caps
    body = doc.text[:start] + " " + doc.text[end:] if end > start else doc.text
    # the title given as metadata is usually the first line of the text too
    if end == start and body.lstrip().startswith(title.strip()):
        body = body.lstrip()[len(title.strip()):]
    spelled = {w for w in caps if _spelled_in_capitals(w, body)}
    return {w for w in caps - spelled if len(w) > 5 or w.lower() in _english_words()}


# (voice22) Between a word and its neighbour in a run of capitals: spaces and marks, no sentence end.
_BEFORE_RE = re.compile(r"([A-Za-z]+)[^\w\n.?!]*$")
_AFTER_RE = re.compile(r"[^\w\n.?!]*([A-Za-z]+)")


def _spelled_in_capitals(word: str, body: str) -> bool:
    """(voice22) Does the body show that `word` is spelled in capitals (an acronym, "the NHS said")?
    Only where the body writes it in capitals among ordinary words and nowhere in another case: a
    name the body shouts again ("VOTE BRANDT" beside a word in capitals) or writes as a name
    elsewhere ("Carl Brandt") is spelled the ordinary way, and the headline's capitals shout."""
    found = False
    for m in re.finditer(r"(?<![A-Za-z])" + word + r"(?![A-Za-z])", body, re.IGNORECASE):
        if m.group() != word:
            return False
        before = _BEFORE_RE.search(body, max(0, m.start() - 40), m.start())
        after = _AFTER_RE.match(body, m.end())
        if not any(n and len(n.group(1)) > 1 and n.group(1).isupper() for n in (before, after)):
            found = True
    return found


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Common English words of 4-5 letters that headlines shout ("THIS", "MUST", "NEVER"): the
    function words of the language list and the clickbait vocabulary of this file."""
    from ..lexicon import load_sections as sections

    out = {w for line in sections("stopwords.txt")["en"] for w in line.split()}
    out |= {w for p in furniture.sections()["clickbait_contains"] for w in re.findall(r"[a-z]+", p)}
    out |= set(furniture.sections()["shouted_words"])
    return frozenset(w for w in out if 4 <= len(w) <= 5)


def _clickbait_shape(doc: Document, title: str, start: int, end: int, phrases_only: bool = False) -> str:
    """What makes this headline clickbait, in words; "" where nothing does. `phrases_only`: the
    [clickbait_contains] phrases alone (a line under the given title may be any sentence)."""
    m = _clickbait_re().search(title.lower().replace("\u2019", "'"))  # "won\u2019t" is "won't"
    if m:
        return f"\u201c{m.group()}\u201d"
    if phrases_only:
        return ""
    pressure = _sales_pressure(doc, title, start, end)
    if pressure:
        return pressure
    # (hype18) "... (And How You Can Too!)": the mark before a closing bracket ends the headline too
    if title.rstrip().rstrip(")]").endswith("!") and not _RELEASE_HEADLINE_RE.search(title):
        return "headline ends with an exclamation mark"
    if _LISTICLE_RE.match(title):
        return "numbered listicle headline"
    teaser = _teaser_shape(title)
    if teaser:
        return teaser
    name = mastheads.masthead_name(title)
    if name:  # (byline18) the publication's name in its own capitals is no shouting; its tagline may be
        title = title[len(name):]
    title = _without_notice_names(title)
    long_words = re.findall(r"[A-Za-z]{4,}", title)
    if all(w.isupper() for w in long_words):
        return ""  # (a headline all in capitals is a style, not shouting)
    caps = _shouted(doc, title, start, end)
    if len(caps) >= 2:
        return "words in capitals"
    # (kinds9) one word in capitals is shouting when it is a common English word ("NEVER",
    # "THIS"): an acronym ("NASA", "UNESCO") is not one of them, nor a rubric before a colon
    # at the start ("WATCH: ...", "UPDATE: ...")
    label = _RUBRIC_RE.match(title)
    if any(w.lower() in _shout_words() for w in caps) and not (label and label.group(1) in caps):
        return "words in capitals"
    return ""


# (loaded46) A person's name as a notice prints it: the surname in capitals, a comma, one to four
# given names (in capitals or not), up to the end of the headline or a full stop ("SIEGEL, JEROME
# ARTHUR.", "HARTLEY, Margaret Ann").
_NOTICE_NAME_RE = re.compile(
    r"\b[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?, (?:[A-Z][A-Za-z'\-]*\.?(?: |(?=[.;]|\s*$))){1,4}")


def _without_notice_names(title: str) -> str:
    """(loaded46) The headline without the name a notice prints in capitals, surname first
    (`_NOTICE_NAME_RE`), where a notice's label opens the headline (provenance.txt
    [notice_label_words]: "Paid Notice: Deaths SIEGEL, JEROME ARTHUR.", "Deaths: HARTLEY, Rose"):
    an obituary page's name is no shouting. (loaded47) Only the name right after the labels that
    open the headline: "deaths", "births" and "marriages" are everyday words of a headline ("Flu
    deaths SHOCK WINTER, NEVER Seen Before"), and a run of capitals and Title Case words after one
    elsewhere is no notice's name. A headline with no such label keeps its capitals ("SHOCKING,
    UNBELIEVABLE TRUTH")."""
    rest = title.lstrip()
    labelled = False
    while True:
        low = rest.lower()
        label = next((w for w in furniture.sections()["notice_label_words"]
                      if low.startswith(w) and not low[len(w):len(w) + 1].isalpha()), None)
        if label is None:
            break
        labelled = True
        rest = rest[len(label):].lstrip(" \t:\u2014\u2013-|")
    if not labelled:
        return title
    m = _NOTICE_NAME_RE.match(rest)
    if m and _attributed_clause(m.group()):
        return title  # (loaded48) "Deaths DOUBLE, OFFICIALS ADMIT": a report and its source, no notice
    return rest[m.end():] if m else rest


def _attributed_clause(name: str) -> bool:
    """(loaded48) Is what `_NOTICE_NAME_RE` read as a surname and given names in fact a headline's
    report and its source after the comma ("DOUBLE, OFFICIALS ADMIT", "RISE, EXPERTS WARN",
    "SOAR, POLICE SAY")? Its last two words are a source (a role, a body or an unnamed group of
    attribution.txt [role_words], [organisation_words], [weasel_source_words]) and a verb of saying
    ([reporting_words]): given names are never a source and its verb ("HARTLEY, ROSE HOPE" keeps
    its given names, "HOPE" being no source's verb after "ROSE")."""
    words = re.findall(r"[A-Za-z']+", name.split(",", 1)[1].lower())
    sources, verbs = _headline_source_words()
    return len(words) >= 2 and words[-2] in sources and words[-1] in verbs


@lru_cache(maxsize=1)
def _headline_source_words() -> tuple[frozenset[str], frozenset[str]]:
    """(loaded48) The sources and the verbs of saying of attribution.txt a headline's tag is made of."""
    from ..lexicon import load_sections as sections

    table = sections("attribution.txt")
    sources = {w for key in ("role_words", "organisation_words", "weasel_source_words")
               for line in table[key] for w in line.split()}
    verbs = {w for line in table["reporting_words"] for w in line.split()}
    return frozenset(sources), frozenset(verbs)


def _sales_pressure(doc: Document, title: str, start: int, end: int) -> str:
    """(hype18) A headline that pushes a sale or promises returns (`xlplugin.sales_pressure`:
    "$X IS ABOUT TO EXPLODE. DON'T MISS THE NEXT 1000X", "How I Went From Broke to $10K a Month
    (And How You Can Too!)"), in capitals or not, in words; "" where it does not. A headline in
    capitals is a style (`_clickbait_shape`), an acronym or a masthead no shout: only the promise
    makes it clickbait. The headline at a line of the text is read there; a title given apart
    from the text is read on its own, when it may hold a promise at all."""
    if end > start:
        source = doc
        spans = [span for span in sales_pressure.pressures(doc) if start <= doc.token_starts[span[0]] < end]
    elif sales_pressure.may_hold(title):
        source = prepare(title)
        spans = sales_pressure.pressures(source)
    else:
        return ""
    # (promo26) a seller's superlative ("our most powerful laptop ever") is loaded language's, no headline shape
    # (puff27) and so is the issuer's own puffery ("the Industry's Most Advanced Orchard Robot")
    spans = [span for span in spans if span[2] not in (sales_pressure.SUPERLATIVE, sales_pressure.PUFFERY)]
    if not spans:
        return ""
    first, last, what = spans[0]
    return f"sales pressure ({what}: \u201c{source.text[source.token_starts[first] : source.token_ends[last - 1]]}\u201d)"


# (outlets15) A teaser headline withholds what it announces, so that only the click tells (the
# "forward-referring" headline of clickbait studies: Blom and Hansen 2015). Two shapes a rule can
# see: the headline counts the words, lines or sentences it does not give ("Harbour Chair Just Said
# These 4 Words", "Answers Her Critics With 1 Line", "A 6-Word Reply"), or it trails off in an
# ellipsis after a word that cannot end a phrase ("Says She Would Stand Again IF\u2026", "Thought
# The Vote Was Over, But \u2026", "Had \u2018The Nerve To...\u2019"). A headline that quotes a
# number of words as a fact ("a 2,000-word essay") has a thousands separator or a larger number;
# an ellipsis after a full word ("Rain, rain and more rain...") is a pause, not a cut.
_COUNTED_WORDS_RE = re.compile(
    r"(?<![\w,.-])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -]"
    r"(?:words?|lines?|sentences?)\b", re.IGNORECASE)
_TRAILING_OFF_RE = re.compile(
    r"\b(?:to|if|but|and|or|a|an|the|of|for|with|when|that|because|than)[ \t]*(?:\u2026|\.{3,})"
    r"[.\u2019'\"\u201d]*[ \t]*$", re.IGNORECASE)


def _teaser_shape(title: str) -> str:
    """What makes the headline a teaser (see _COUNTED_WORDS_RE), in words; "" where nothing does."""
    counted = _COUNTED_WORDS_RE.search(title)
    if counted:
        return f"teaser: counts the words it withholds (\u201c{counted.group()}\u201d)"
    if _TRAILING_OFF_RE.search(title):
        return "teaser: trails off in an ellipsis"
    return ""


_RUBRIC_RE = re.compile(r"\s*([A-Z]+)\s*:")
# (kinds16) A headline announcing a release or a version ("Python 3.6.0 is now available!", "Version
# 2.1 released!", "Now available: ..."): its "!" is the issuer's news about its own work, a fact in the
# headline, not a hook that withholds it; such a headline is no clickbait for its "!" (its phrases and
# shouted words still count). A version is a number with a dot or after "version"/"v"/"release".
_VERSION = (r"(?:\b(?i:version|release|v)\s?\d+(?:\.\d+)*\b|\b[A-Z][\w+#.-]*\s\d+\.\d+(?:\.\d+)*\b"
            r"(?![.,]?\d|\s*(?i:million|billion|trillion|thousand|percent|per cent|%)))")
_RELEASE_HEADLINE_RE = re.compile(
    r"(?i:\b(?:is|are) now available\b|\bnow available\s*:)"
    r"|" + _VERSION + r"[^!?]{0,60}?(?i:\b(?:released|available|is out|are out|is here|ships|shipped|launched)\b)"
    r"|(?i:\b(?:released|announcing|introducing)\b)[^!?]{0,60}?" + _VERSION)


@lru_cache(maxsize=1)
def _shout_words() -> frozenset[str]:
    """English words of any length a headline may shout: the function words, the clickbait
    vocabulary and [shouted_words] (`_english_words` keeps those of 4-5 letters)."""
    from ..lexicon import load_sections as sections

    out = {w for line in sections("stopwords.txt")["en"] for w in line.split()}
    out |= {w for p in furniture.sections()["clickbait_contains"] for w in re.findall(r"[a-z]+", p)}
    return frozenset(out | set(furniture.sections()["shouted_words"]))


def _clickbait(doc: Document, found: furniture.Found) -> None:
    """The clickbait headline cue, from the given title or the text's first line
    (`_headlines`): the first that shows a clickbait shape."""
    for title, start, end, under_title in _headlines(doc):
        shape = _clickbait_shape(doc, title, start, end, phrases_only=under_title)
        if shape:
            found.add("clickbait headline", start, end, shape + (" (in the given title)" if start == end else ""))
            return


def _source_cues(doc: Document, found: furniture.Found, counted: list[tuple[int, int, str, int, int]] | None = None) \
        -> tuple[dict[str, int], int, list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """Adds the source cues found in the prose to `found` (each at its first sentence) and returns
    how many prose sentences show each graded cue (DENSITY_CUES), how many prose sentences (of at
    least MIN_PROSE_WORDS words, not furniture) there are, the spans of the sources that are
    the issuer's own statements (`xlplugin.issuer`: not counted as named sources, version 23), and
    (sources19) the spans of the unnamed sources of quotations ("said one resident, who asked not
    to be named"): no attributed quote, and the evidence says so (`_unnamed_quote_note`), and
    (sources22) the spans of the documents that speak ("The Annual Population Survey shows"): no
    named source, a reference to a primary document when nothing before it in `score` showed one."""
    analysis = doc.analysis
    # "READ FULL ARTICLE", a headline list, a code line, "Like Reply Report", "FOR IMMEDIATE
    # RELEASE": page furniture and text that is not prose name no source of this text's
    not_prose = analysis.non_prose_sentences
    sentences = doc.sentences
    counts = dict.fromkeys(DENSITY_CUES, 0)
    n_prose = 0
    answers = interview.find(doc)
    issuer = IssuerSources(doc)
    own: list[tuple[int, int]] = []
    unnamed: list[tuple[int, int]] = []
    speaking: list[tuple[int, int]] = []
    genre_words = provenance_sources.genre_words()  # (prov14: a genre label line, read once a call)

    def customer(attr: cues.Attribution, sentence: Sentence) -> bool:
        # (sources18) a customer's testimonial ("says Janet from Leicester", "said Tom, 61, from
        # Ohio") is no named source and its quotation no attributed quote
        return attr.kind == "named" and provenance_sources.testimonial(doc, attr, sentence)

    # (sources19) the attribution pass's finding with the speakers unsourced claims reads too
    # (`xlplugin.speakers`: "“...,” Ada Crane fired back", "..., the court heard", "Priya Shah, 38, said")
    # (reply26) in a thread, the sentences of other members' posts are theirs: the sources they
    # name earn the author nothing, and they are no prose of the author's (forum_posts.other_posts)
    others = forum_posts.other_posts(doc)
    other_starts = [s for s, _ in others]
    # (claims51) the headline line is the title, no sentence of the body (as unsourced claims
    # reads it since attrib16): its "..., says analyst" or "experts say" repeats a source the body
    # names, or names one the body never gives: no named source or quote of the text's, and no
    # prose sentence counted
    head_end = headline_end(doc)
    for k, attr in enumerate(speakers(doc)):
        if not_prose and k in not_prose:
            continue
        sentence = sentences[k]
        if sentence.end <= head_end:
            continue
        if others and _in_spans(sentence.start, others, other_starts):
            continue
        if sentence.word_count >= MIN_PROSE_WORDS:
            n_prose += 1
            if answers is not None and (attr is None or attr.kind not in ("named", "role")) \
                    and _named_interviewee(doc, answers, sentence.start, found):
                counts["named sources with roles"] += 1
                if attr is None or attr.kind != "pronoun" or not analysis.sentence_has_quote(sentence):
                    # (sources25) a named interviewee's answer is their own words, as a quotation
                    # is: the answer is an attributed direct quote (a pronoun's quotation is counted below)
                    counts["attributed direct quotes"] += 1
                    found.add("attributed direct quotes", sentence.start, sentence.end,
                              "an answer of the named interviewee, in their own words")
        if attr is None:
            continue
        if attr.kind in ("named", "role") and attr.verb and _says(doc, attr):
            # a source identified by name or by role ("Smith said", "a White House official
            # said"); the first one is the evidence, every one counts towards the graded weight;
            # the issuer speaking of itself ("Acme today announced") is no independent source
            # (asked first, so that the issuer learns its people named there: "Acme will add
            # crossings, said Jane Roe" makes "Roe said" the issuer's after it)
            if issuer.own(attr.start, attr.end, sentence):
                own.append((attr.start, attr.end))
            elif _says(doc, attr, sentence) and not provenance_sources.author_bio(doc, k) \
                    and not provenance_sources.no_one_to_ask(doc, attr) \
                    and not customer(attr, sentence) \
                    and not provenance_sources.reports_nothing_said(doc, attr, sentence) \
                    and not provenance_sources.judged_for(doc, attr, sentence) \
                    and not source_names.no_named_speaker(doc, attr, sentence):  # (sources31) "Twitter said", "Sleep advisers say"
                if provenance_sources.document_speaker(doc, attr, sentence):
                    # (sources22) "The Annual Population Survey shows": a named document, no person
                    speaking.append(readable_span(doc, attr.start, attr.end))
                else:
                    counts["named sources with roles"] += 1
                    found.add("named sources with roles", *_unhedged_span(doc, sentence, attr.start, attr.end))
                    if counted is not None:  # (voices31) whose side each source speaks for (source_sides.py)
                        counted.append((attr.start, attr.end, attr.kind, sentence.start, sentence.end))
        if attr.kind in ("named", "role", "pronoun") and analysis.sentence_has_quote(sentence) \
                and not customer(attr, sentence):
            # the first quotation starting inside the sentence that is long enough
            for q_start, q_end in analysis.quotes_starting_in(sentence.start, sentence.end):
                if q_end - q_start >= MIN_QUOTE_CHARS and not quoted_title(doc.text[q_start:q_end]):  # (a book's title: no quote)
                    counts["attributed direct quotes"] += 1
                    found.add("attributed direct quotes", sentence.start, sentence.end)
                    break
        elif attr.kind in cues.UNSOURCED_KINDS and not attr.detail.startswith(cues.PASSIVE_DETAIL) \
                and analysis.sentence_has_quote(sentence) and any(
                q_end - q_start >= MIN_QUOTE_CHARS for q_start, q_end in analysis.quotes_starting_in(sentence.start, sentence.end)):
            # (sources19) a quotation whose speaker the text does not name (a passive, "I was told", names
            # no speaker of the quotation at all: "“...,” said Dr Lee" read as one is the pass's misreading)
            unnamed.append((attr.start, attr.end))
        end = _named_document_end(doc, attr, sentence)
        if end and (provenance_sources.genre_label(doc, attr, genre_words) or provenance_sources.reviewed_work(doc, attr)
                    or provenance_sources.own_credit_line(doc, attr)):
            end = 0  # (prov14) "PRESS RELEASE" on its line, (byline17) "'The Salt Road' review:", (sources21) "A report
            # by Shelter First, October 2026": the text's own genre or credit
        if end or attr.kind == "link" and _links_a_document(doc, attr):
            found.add("references to primary documents", attr.start, end or attr.end)
        elif attr.kind in ("named", "role", "document") and "references to primary documents" not in found.hits \
                and (owned := document_origins.owned_document(doc, attr)) is not None:
            # (sources22) a body's document read from: "the council's spending records show",
            # "according to the council's published contract notice"
            found.add("references to primary documents", *owned, "a document named by whose it is")
        if attr.kind == "document" and not end and _ARCHIVE not in found.hits and document_origins.archive_record(doc, attr):
            # (prov24) "the parish burial register shows", "the 1911 census lists": an archive's
            # record, counted where no other rule names a document (after `_document_origins`)
            found.add(_ARCHIVE, attr.start, attr.end, "an archive record")
    return counts, n_prose, own, unnamed, speaking


def _theirs(doc: Document, pos: int) -> bool:
    """(reply26) Is `pos` inside another member's post of a thread (`forum_posts.other_posts`)?"""
    others = forum_posts.other_posts(doc)
    return bool(others) and _in_spans(pos, others, [s for s, _ in others])


def _in_spans(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Is `pos` inside one of `spans` (sorted, not overlapping; `starts` their starts)?"""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


def _named_document_end(doc: Document, attr: cues.Attribution, sentence: Sentence) -> int:
    """Where a document with a name ends: "an Audit Office report" (the attribution's end);
    "published in the Journal of Port Studies" (the name's first word after the phrase, since
    version 17). 0 for a document without a name ("the article", "the report") or a legal
    instrument named in passing (`_instrument_named_in_passing`)."""
    if attr.kind != "document":
        return 0
    skip = 1 if attr.start == sentence.start else 0
    if any(c.isupper() for c in doc.text[attr.start + skip : attr.end]):
        if _instrument_named_in_passing(doc, attr) or document_origins.modifies_a_noun(doc.text, attr.end):
            return 0  # (sources22) "an analysis by British economists": no maker named
        return _rest_of_name(doc.text, attr.end, sentence.end)
    if not doc.text[attr.start : attr.end].lower().endswith(_PUBLISHER_PREPOSITIONS):
        return 0  # ("the documents say Trump's ...": the name after is no publication's)
    title = _TITLE_AFTER_RE.match(doc.text, attr.end, sentence.end)
    if title is None or title.group(1) in _NOT_TITLES or place_at(doc.text, title.start(1)):
        return 0  # ("published in May", "a report from Chile": a date or a place, no publication)
    return title.end()


# (sources22) The rest of a name the attribution's span stopped inside ("an analysis by Fenwick"
# of "Fenwick Water"): capitalised words right after it, with "of", "for", "and" between them.
_NAME_REST_RE = re.compile(r"(?:[ \t]+(?:(?:of|for|and|&|on|the)[ \t]+)*[A-Z][\w'\u2019&-]*)+")


def _rest_of_name(text: str, end: int, stop: int) -> int:
    """`end`, or past the capitalised words that go on the name its last word opens."""
    if not text[end - 1 : end].isalpha() or not text[text.rfind(" ", 0, end) + 1 : end][:1].isupper():
        return end
    m = _NAME_REST_RE.match(text, end, stop)
    return m.end() if m else end


def _links_a_document(doc: Document, attr: cues.Attribution) -> bool:
    """Does the link point at a document (DOCUMENT_LINK_RE), not just another page?"""
    return DOCUMENT_LINK_RE.search(doc.text[attr.start : attr.end].strip(" \t<>()[]\"'.,;")) is not None


def _cited_documents(doc: Document, found: furniture.Found) -> None:
    """References to primary documents that scholarly writing makes outside the attribution
    pass (version 17): an in-text citation (a DOI, "(Smith et al., 2019)", "Smith et al.
    (2019)": `claim_lines.in_text_citations`, which unsourced_claims reads as the sentence's
    source too) or a reference list under its heading ("References", "Sources", "Bibliography":
    `claim_lines.NotClaims`). Only looked for when the prose named no document: the cue is
    present or absent. (Entry lines with no heading above them are not looked for: asking every
    line took as long as the rest of provenance.)"""
    if "references to primary documents" in found.hits:
        return
    cited = in_text_citations(doc)
    for k in sorted(cited):
        start, end = cited[k]
        if not _theirs(doc, start):  # (reply26) a citation in another member's reply is theirs
            found.add("references to primary documents", start, end, "an in-text citation")
            return
    lines = NotClaims(doc)
    listed = doc.text[lines.list_start : lines.list_end]
    if listed.strip() and not _theirs(doc, lines.list_start + len(listed) - len(listed.lstrip())):
        start = lines.list_start + len(listed) - len(listed.lstrip())
        end = doc.text.find("\n", start)
        found.add("references to primary documents", start, end if end >= 0 else len(doc.text), "a reference list")


def _document_phrases(doc: Document, found: furniture.Found, lower: str) -> None:
    """A primary document named by what it is ([primary_document_phrases]: "said in a
    statement", "according to the indictment", "a 212-page report"), in a prose sentence (not
    one of `non_prose_sentences`): a reference to a primary document, as a named one is. Whole
    words only ("within a statement" holds no "in a statement"); a phrase opening with "-"
    follows a word ("212-page")."""
    if "references to primary documents" in found.hits:
        return  # (the cue is present/absent: one more match adds nothing but a position)
    not_prose = doc.analysis.non_prose_sentences
    starts = doc.analysis.sentence_starts
    for i, j in furniture.find_phrases("primary_document_phrases", lower, doc.analysis.vocabulary):
        if (i > 0 and lower[i - 1].isalnum()) != (lower[i] == "-") or j < len(lower) and lower[j].isalnum():
            continue  # not whole words, or a "-page report" after no word
        k = bisect.bisect_right(starts, i) - 1
        if k < 0 or k in not_prose or _theirs(doc, i):  # (reply26: another member's reply is theirs)
            continue
        if lower[i] == "-":  # the evidence shows "212-page report", not "-page report"
            while i > 0 and lower[i - 1].isalnum():
                i -= 1
        found.add("references to primary documents", i, j, "a document named by what it is")
        return


def _table_source_lines(doc: Document, found: furniture.Found) -> None:
    """(claims41) A line under a table or a list of figures naming where they come from ("Source:
    ONS", "Sources: HM Treasury; OBR": `table_leads.source_lines`) credits the figures' data: a
    reference to a primary document, not a repost marker crediting the text's original (which
    the line pass had read it as)."""
    credits = source_lines(doc)
    if not credits:
        return
    lines = {(a.start, a.end) for a in credits.values()}
    repost = found.hits.get("repost markers")
    if repost is not None and any(a <= repost[0] < b for a, b in lines):
        del found.hits["repost markers"]
    start, end = min(lines)
    found.add("references to primary documents", start, end, "a table's source line")


def _document_origins(doc: Document, found: furniture.Found) -> None:
    """(sources22) A primary document named by where it came from, in a prose sentence:
    "jail records obtained by this newspaper through a public records request", "accounts,
    filed at Companies House", "an estimate by the nonpartisan Legislative Fiscal Bureau"
    (`xlplugin.document_origins`). Looked for only when nothing else showed the cue."""
    if "references to primary documents" in found.hits:
        return
    for start, end in document_origins.origin_spans(doc, doc.analysis.non_prose_sentences):
        if not provenance_sources.own_credit_span(doc, start, end) and not _theirs(doc, start):  # ("A report by Shelter First, October 2026"; reply26)
            found.add("references to primary documents", start, end, "a document named by where it came from")
            return
    # (claims40) a body's document named as where a figure stands ("The correct figure, given in the
    # council's budget papers, is ..."), in prose or in the text's correction note (page furniture,
    # but the outlet's own words on its facts)
    correction = found.hits.get("correction or update notes")
    not_prose = doc.analysis.non_prose_sentences
    for start, end in document_origins.given_in_spans(doc):
        in_note = correction is not None and correction[0] <= start < correction[1]
        k = doc.token_sentences[max(0, bisect.bisect_right(doc.token_starts, start) - 1)] if doc.token_starts else 0
        if (in_note or k not in not_prose) and not _theirs(doc, start):
            found.add("references to primary documents", start, end, "a document named as where its figure stands")
            return


def _named_interviewee(doc: Document, answers: interview.Interview, pos: int, found: furniture.Found) -> bool:
    """Is `pos` in an interview's answer whose speaker the text names (`xlplugin.interviewee`:
    the answer's label or the introduction's name)? Such an answer is a named source's word, as
    "Smith said" is: the reader knows who said it and can check. (An answer by someone the text
    does not name is no named source.) The name is the cue's evidence."""
    who = interviewee.source(doc, answers, pos)
    if who is None or who.name is None:
        return False
    # (sources22) the evidence is the sentence that names the interviewee ("Joanne Pryce has been a
    # nurse at ... for 17 years."), which gives the role too, not the bare name
    found.add("named sources with roles", *readable_span(doc, who.start, who.end), "the interviewee, who gives the answers")
    return True


# Words naming a legal instrument. Named in prose ("not prohibited by the ABM Treaty", "under the
# Patriot Act") a treaty, act, law or bill is what the text is about, not a document it points
# the reader to: it is a reference to a primary document only when the text cites it (a number a
# reader can look up: "the Harbour Act, No. 12"; its publication: "the Harbour Bill, published on
# Monday") or is found reading from it (attribution by a verb of saying). A report, a study, a
# filing named in prose still counts.
INSTRUMENT_WORDS = frozenset("treaty treaties act acts law laws bill bills resolution resolutions".split())
_CITED_RE = re.compile(r"[ \t]*,?[ \t]+(?:(?:no\.?[ \t]*)?\d|(?:(?:was|were|is|has been)[ \t]+)?(?:published|released)\b)",
                       re.IGNORECASE)


def _instrument_named_in_passing(doc: Document, attr: cues.Attribution) -> bool:
    """Is the named document a legal instrument named without a citation or a verb of saying
    ("the ABM Treaty", not "the Harbour Act, No. 12" or "the Bill, published on Monday")? See
    INSTRUMENT_WORDS."""
    words = doc.text[attr.start : attr.end].split()
    if not words or words[-1].lower().strip(".,;:") not in INSTRUMENT_WORDS or attr.verb:
        return False
    return _CITED_RE.match(doc.text, attr.end) is None


_SAYS_NEXT_RE = re.compile("[ \t]*,?[ \t]*[:\"\u201c\u2018']")


def _says(doc: Document, attr: cues.Attribution, sentence: Sentence | None = None) -> bool:
    """Does the attribution's span hold a verb of saying: a reporting word that is not one of
    [not_saying_words] (attribution.txt) and not an infinitive (`_infinitive`)? "Foreign
    Minister Park said": yes; "Tokyo wants", "Tokyo does not believe": no (a view or a wish, not
    words a reader can look up); "returned home to England in 1868 to write": no (a purpose)."""
    lowers, starts, texts = doc.lowers, doc.token_starts, doc.token_texts
    reporting_words = _reporting_words()  # (once a call, not once a word)
    first = bisect.bisect_left(starts, attr.start)
    # (sources45) a capitalised word inside the span is a name's, no verb ("encourage the United
    # States to think": "States" is no "states")
    verbs = [i for i in range(first, bisect.bisect_left(starts, attr.end))
             if lowers[i] in reporting_words and (i == first or not texts[i][:1].isupper())]
    reporting = _infinitive_report_words()
    # "Trump continued: 'The worst...'": any reporting word that opens a quotation or a colon says
    # (prov14) with `sentence` given, a command, speech to come or a plan's object reports nothing
    # said: `provenance_sources.unsaid` ("Please tell us", "will tell you", "plans to remove 140 posts")
    return not verbs or any(lowers[i] not in _not_saying_words() and not _infinitive(lowers, i, reporting)
                            and not (sentence is not None and provenance_sources.unsaid(doc, i, sentence, reporting_words))
                            or _SAYS_NEXT_RE.match(doc.text, doc.token_ends[i]) for i in verbs)


def _infinitive(lowers: list[str], i: int, reporting: frozenset[str]) -> bool:
    """Is the reporting word at `i` an infinitive of purpose or plan ("to write", "able to
    express", "expected to announce"): right after "to", and not after a word of `reporting`
    ([infinitive_report_words]: "went on to say", "continued to insist"), which report?"""
    return i > 0 and lowers[i - 1] == "to" and lowers[i] != "according" and (i < 2 or lowers[i - 2] not in reporting)


@lru_cache(maxsize=1)
def _reporting_words() -> frozenset[str]:
    return cues.words(cues.DATA_FILE, "reporting_words")


@lru_cache(maxsize=1)
def _not_saying_words() -> frozenset[str]:
    return cues.words(cues.DATA_FILE, "not_saying_words")


@lru_cache(maxsize=1)
def _infinitive_report_words() -> frozenset[str]:
    return cues.words(cues.DATA_FILE, "infinitive_report_words")


def score(doc: Document, settings: Settings) -> Score:
    found = furniture.Found()
    page_lines = doc.analysis.page_lines
    found.hits.update(page_lines.cues)
    _redaction(doc, found, page_lines.lower)
    _clickbait(doc, found)
    counted: list[tuple[int, int, str, int, int]] = []
    density, n_prose, own, unnamed, speaking = _source_cues(doc, found, counted)
    _cited_documents(doc, found)
    _document_phrases(doc, found, page_lines.lower)
    if speaking and "references to primary documents" not in found.hits:
        found.add("references to primary documents", *speaking[0])  # (sources22) "The Annual Population Survey shows"
    _document_origins(doc, found)
    _table_source_lines(doc, found)
    if _ARCHIVE in found.hits and "references to primary documents" not in found.hits:
        found.add("references to primary documents", *found.hits[_ARCHIVE])
    _noted_cues(doc, found, page_lines.lower)
    if "repost markers" not in found.hits and (forwarded := forum_posts.forwarded_posts(doc)):
        # (hunt33) a message forwarded in a chat ("Forwarded many times"): passed on from no one named
        found.add("repost markers", forwarded[0][0], forwarded[0][1], "a message forwarded in a chat, from no one it names")
    meta = _metadata_cues(doc, found)
    # (voices31) the sources with their sides, where two or more are counted (one source is one
    # source, not one side: its evidence row already shows it)
    sides, sides_why = source_sides.side_note(source_sides.sides(doc, counted)) if len(counted) > 1 else ("", "")
    notes = {_SOURCES_CUE: _issuer_note(doc, own) + sides,
             _QUOTES_CUE: _unnamed_quote_note(doc, unnamed)}
    group = found.hits.get(furniture.GROUP_CREDIT)
    if "byline" not in found.hits and "byline" not in meta:
        if group is not None:  # (sources19) "By the Editorial Board": an author that is not a person
            notes["byline"] = notes["no author"] = _group_credit_note(doc, group)
        elif (outlet := found.hits.get(furniture.OUTLET_CREDIT)) is not None:
            notes["byline"] = notes["no author"] = _outlet_credit_note(doc, outlet)
        elif (agency := found.hits.get(furniture.AGENCY_ALONE_CREDIT)) is not None:
            notes["byline"] = notes["no author"] = _agency_credit_note(doc, agency)
        elif doc.author.strip() and not provenance_notes.is_handle(doc.author):
            # (sources20) an organisation given as the author ("Coastline Today live team"); a user
            # name given as the author ("harbourfan99") is no author, as a head line's credit to one is
            notes["byline"] = notes["no author"] = _organisation_author_note(doc)
        else:
            found.add("no author", 0, 0, _no_author_note(doc))
    return _weigh(doc, found, meta, density, n_prose, notes, _one_body(sides_why))


# (calm31) The share of its credit the named sources cue keeps where every named source speaks for
# one body or all are officials (source_sides.side_note: a ministry's report quoting its minister,
# a governor and its inspectorate, and no one else). A reader can look each of them up, but no one
# outside the body that runs the programme speaks: half the credit, as one source's voice heard
# several times. A report quoting the body and a resident or an independent voice keeps it all.
ONE_BODY_SHARE = 0.5
_ONE_BODY_RE = re.compile(r"^all \d+ named sources (?:speak for one body|are officials):")


def _one_body(why: str) -> bool:
    """(calm31) Does the sides note say every named source speaks for one body or is an official
    ("all 3 named sources are officials: ..."; not "all 2 named sources are residents")?"""
    return bool(_ONE_BODY_RE.match(why))


def _group_credit_note(doc: Document, group: tuple[int, int, str]) -> str:
    """(sources19) What the byline and "no author" cues say of a credit to a group
    (`furniture.GROUP_CREDIT`: "By the Editorial Board", "Posted by the Loomly team"): the text
    names who stands behind it, an outlet's or a company's own people, but no person a reader can
    look up. No byline credit (a byline names a person), and no "no author" either."""
    start, end, who = group
    return (f"; the text is credited to “{who}”, a group or an unnamed member of staff, not a named person: no byline credit, "
            f"and not counted as a text with no author (line “{doc.text[start:end].strip()[:80]}”)")


def _outlet_credit_note(doc: Document, outlet: tuple[int, int, str]) -> str:
    """(bylines21) What the byline and "no author" cues say of a credit line naming a publication
    (`furniture.OUTLET_CREDIT`: "By The Blue Wave Dispatch"): the outlet is the author, as an
    organisation given as the author is (`_organisation_author_note`); no person a reader can look up."""
    start, end, who = outlet
    return (f"; the text is credited to \u201c{who}\u201d, a publication (the outlet), not a named person: no byline credit, "
            f"and not counted as a text with no author (line \u201c{doc.text[start:end].strip()[:80]}\u201d)")


def _agency_credit_note(doc: Document, agency: tuple[int, int, str]) -> str:
    """(credit27) What the byline and "no author" cues say of a credit line naming a news agency alone
    (`furniture.AGENCY_ALONE_CREDIT`: "By Associated Press", "By Reuters", "By The Associated Press
    Staff"): the agency stands behind the text, as an editorial board does (`_group_credit_note`),
    but no person a reader can look up. No byline credit, and no "no author" either."""
    start, end, who = agency
    return (f"; the text is credited to \u201c{who}\u201d, a news agency, not a named person: no byline credit, "
            f"and not counted as a text with no author (line \u201c{doc.text[start:end].strip()[:80]}\u201d)")


def _noted_cues(doc: Document, found: furniture.Found, lower: str) -> None:
    """(version 31, sources10) Cues the line and attribution passes miss (`xlplugin.provenance_notes`):
    a credit after a note on its line, a letter's sign-off, a letters page's signature, a
    notice's sign-off with an office (bylines), an update line ("Last
    updated 16:42"), a publication named after its date ("published on Wednesday in the journal
    ..."). Each is looked for only while its cue is absent."""
    head = provenance_notes.head_lines(doc)
    provenance_notes.byline_after_note(doc, found, head)
    provenance_notes.dated_credit(doc, found, head)
    provenance_notes.letter_sign_off(doc, found, head)
    provenance_notes.letters_page_sign_offs(doc, found, head)
    provenance_notes.live_blog_credits(doc, found)
    provenance_notes.role_sign_off(doc, found)
    provenance_notes.signature_block(doc, found)
    provenance_notes.transcript_speaker(doc, found, head)
    provenance_notes.author_list(doc, found, head)
    provenance_notes.update_line(doc, found, head)
    provenance_notes.dated_publication(doc, found, lower)


def _organisation_author_note(doc: Document) -> str:
    """(sources20) What the byline and "no author" cues say where the author given with the text names
    an organisation or a section, no person (`xlplugin.names.NOT_A_PERSON`: "Reuters", "Coastline
    Today live team"): the text says who stands behind it, as a credit to a group does
    (`_group_credit_note`), but names no one a reader can look up. No byline credit, and no "no
    author" either."""
    author = " ".join(doc.author.split())[:80]
    if furniture.agency_alone(author):  # (credit27) a page's byline "By Associated Press": the agency's name
        return (f"; the author given ({author}) is a news agency (an organisation), not a named person: no byline credit, "
                "and not counted as a text with no author")
    return (f"; the author given ({author}) is an organisation or a section, not a named person: no byline credit, "
            "and not counted as a text with no author")


def _no_author_note(doc: Document) -> str:
    """"no byline found", saying so where a head line credits the text to a user name
    (`provenance_notes.handle_credit`: "Posted by SkyWatcher_Dee on ...": no one a reader can look up)."""
    handle = provenance_notes.handle_credit(doc)
    if not handle and provenance_notes.is_handle(doc.author):
        return f"no byline found; the author given ({doc.author.strip()[:40]}) is a user name, not a named person"
    if handle:
        return f"no byline found; the text is credited to a user name ({handle[:40]}), not a named person"
    return "no byline found"


# (prov24) The key of an archive record among the hits (no cue of its own): "the 1911 census lists".
_ARCHIVE = "archive record"


def _letters(name: str) -> str:
    """A name's letters and digits, lower-cased ("The Harbour Ledger" -> "theharbourledger")."""
    return "".join(c for c in name.lower() if c.isalnum())


def _metadata_cues(doc: Document, found: furniture.Found) -> dict[str, str]:
    """The cues the metadata given with the text shows (cue -> note). A web page's metadata (or a
    table's author/date columns) counts like the same cue found in the text: the page says who
    wrote it and when, even where the extractor left that line out of the article text. A repost
    line naming another site than the given URL's gets that said in its note."""
    meta: dict[str, str] = {}
    if doc.author.strip() and credits_a_person(doc.author, doc.url, doc.outlet):
        meta["byline"] = f"author given: {doc.author.strip()[:80]}"
    if doc.date.strip():
        meta["publication date"] = f"date given: {doc.date.strip()[:40]}"
    if doc.outlet.strip():
        meta["named outlet"] = f"outlet given: {doc.outlet.strip()[:80]}"
        hit, agency = found.hits.get("named outlet"), found.hits.get(furniture.AGENCY_CREDIT)
        if hit is not None and agency is not None and hit[:2] == agency[:2]:
            name = " ".join(doc.text[agency[0] : agency[1]].split())
            if _letters(name) not in _letters(doc.outlet):
                # (prov24) a wire story a paper reprinted: the outlet is the paper given, the agency
                # its credit ("credited to Reuters, published by Harbour Ledger")
                del found.hits["named outlet"]
                meta["named outlet"] += f"; the text credits the agency {name} ({agency[2]}): the agency wrote it, the outlet published it"
    # Only a web address counts: not what a spreadsheet holds where there is none ("n/a", "-",
    # "unknown") or a number typed into the URL column.
    if is_web_address(doc.url):
        meta["original URL"] = f"URL given: {doc.url.strip()[:120]}"
        # A repost line naming a different site: the text is not from the URL it was filed under.
        given = _domain(doc.url.strip())
        if "repost markers" in found.hits and given:
            s, e, _ = found.hits["repost markers"]
            m = _URL_RE.search(doc.text, s, e)
            if m and _domain(m.group()) and _domain(m.group()) != given:
                found.hits["repost markers"] = (s, e, f"source URL {_domain(m.group())} does not match {given}")
    return meta


# The evidence of a cue checked and not found: the same for every document, so made once here
# (Evidence is an immutable tuple of strings and numbers: sharing it changes nothing), not a
# dozen tuples and their details per document.
_ABSENT: dict[str, Evidence] = {
    **{cue: Evidence("", cue, 0, 0, f"not found, would add {weight} to provenance", False, MORE_RELIABLE, weight)
       for cue, weight in POSITIVE.items()},
    **{cue: Evidence("", cue, 0, 0, f"not found, would take {weight} off provenance", False, LESS_RELIABLE, weight)
       for cue, weight in NEGATIVE.items()},
}


_SOURCES_CUE = "named sources with roles"
_QUOTES_CUE = "attributed direct quotes"


def _issuer_note(doc: Document, own: list[tuple[int, int]]) -> str:
    """What the named sources cue set aside: the issuer's own statements (`xlplugin.issuer`),
    how many and the first ("; 3 issuer's own statements not counted, first “Acme Robotics
    announced”")."""
    if not own:
        return ""
    start, end = own[0]
    return f"; {len(own)} issuer's own statement(s) not counted, first “{doc.text[start:end][:80]}”"


def _unnamed_quote_note(doc: Document, unnamed: list[tuple[int, int]]) -> str:
    """(sources19) What the attributed quotes cue set aside: quotations whose speaker the text
    does not name ("said one resident, who asked not to be named", "a source said"), how many and
    the first. Such a quotation is someone's words, but a reader cannot tell whose or ask them: it
    earns no credit, as an anonymous source earns no named-source credit."""
    if not unnamed:
        return ""
    start, end = unnamed[0]
    return (f"; {len(unnamed)} quotation(s) from an unnamed source not counted (a reader cannot tell who said "
            f"it), first “{doc.text[start:end][:80]}”")


# A named source's evidence, a source and its verb, is shown as the whole sentence, or the
# clause around it in a long one, so that a person reads what was said and by whom ("Judge
# rejects" alone is no readable evidence; `_source_cues`). (A document's evidence is its name,
# "Harbour Act", "doi:...", and a named interviewee's the name: readable as they are.)
# A sentence this long or shorter is shown whole; a longer one from clause mark to clause mark.
EVIDENCE_SENTENCE_MAX_CHARS = 250
_CLAUSE_MARKS = ",;:\u2014\u2013("


def readable_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span to show for a phrase at `start`..`end`: its sentence, where at most
    EVIDENCE_SENTENCE_MAX_CHARS long, else the clause holding it (from the clause mark before it
    to the one after it, inside the sentence); the phrase itself where it is no sentence's."""
    k = bisect.bisect_right(doc.analysis.sentence_starts, start) - 1
    if k < 0:
        return start, end
    sentence = doc.sentences[k]
    if end > sentence.end:
        return start, end
    text = doc.text
    if sentence.end - sentence.start > EVIDENCE_SENTENCE_MAX_CHARS:
        left = max(text.rfind(mark, sentence.start, start) for mark in _CLAUSE_MARKS)
        right = [i for i in (text.find(mark, end, sentence.end) for mark in _CLAUSE_MARKS) if i >= 0]
        a, b = (left + 1 if left >= 0 else sentence.start), (min(right) if right else sentence.end)
    else:
        a, b = sentence.start, sentence.end
    while a < start and text[a].isspace():
        a += 1
    while b > end and text[b - 1].isspace():
        b -= 1
    return min(a, start), max(b, end)


# (sources25) Adverbs that hedge a clause on no one's word ("a private operator has reportedly
# discussed"): a weasel, whoever else the sentence names.
_HEDGE_RE = re.compile(r"\b(?:reportedly|allegedly|supposedly|purportedly|rumou?redly)\b", re.IGNORECASE)


def _unhedged_span(doc: Document, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """(sources25) The evidence of a named source at `start`..`end` (`readable_span`), but only its
    clause where a clause joined to it by a coordinator hedges on no one's word ("... a private
    operator has reportedly discussed, or to fund an ambulance, as a Kessling obstetrician suggested
    to this paper": the evidence is "or to fund an ambulance, as a Kessling obstetrician suggested to
    this paper"), so that the hedge is not shown as the named source's. A hedge the source itself
    reports ("X allegedly did Y, TMZ reports", "..., according to The Tribune") keeps the sentence."""
    a, b = readable_span(doc, start, end)
    text = doc.text
    hedge = _HEDGE_RE.search(text, a, b)
    if hedge is None or start <= hedge.start() < end:
        return a, b
    lo, hi = (hedge.end(), start) if hedge.end() <= start else (end, hedge.start())
    join = _JOINED_CLAUSE_RE.search(text, lo, hi)
    if join is None:
        return a, b  # (the source reports the hedged clause, or the hedge is in its own clause)
    if hedge.end() <= start:
        return join.end(), b
    return a, join.start()


# (sources25) A clause mark, then a coordinator: where a clause joined to another starts.
_JOINED_CLAUSE_RE = re.compile(r"[,;:\u2014\u2013(][ \t]*(?=(?:or|and|but|while|though|although|whereas|yet)\b)")


def _absent(cue: str, note: str) -> Evidence:
    """The evidence of a cue not found: `_ABSENT`'s, or with what the cue set aside (`note`: the
    issuer's own statements, quotations from unnamed sources, a credit to a group), one that says so."""
    if not note:
        return _ABSENT[cue]
    plain = _ABSENT[cue]
    return plain._replace(detail=plain.detail + note)


def _credited_repost(doc: Document, cue: str, hit: tuple[int, int, str] | None) -> Evidence | None:
    """(version 45, credit16) A repost line that names its original ("Originally published by
    Harbour Wire Service", "Reposted from the Tarvo Courier", "Original article: https://...") is
    shown, not counted: the copy says where to check it (repost_credits.credited_original). Only a
    repost line naming no original ("Source: internet", "via: Facebook") costs the cue's weight."""
    if cue != "repost markers" or hit is None:
        return None
    start, end, note = hit
    original = repost_credits.credited_original(doc.text[start:end])
    if not original:
        return None
    detail = (f"found, not counted: the text credits its original ({original[:80]}), so a reader can check it"
              + (f"; {note}" if note else ""))
    return Evidence(doc.text[start:end], cue, start, end, detail, True, NEUTRAL, 0.0)


def _weigh(doc: Document, found: furniture.Found, meta: dict[str, str], density: dict[str, int], n_prose: int,
           notes: dict[str, str], one_body: bool = False) -> Score:
    """The value and the evidence: BASE plus the weight of each positive cue present (graded for
    DENSITY_CUES), minus the weight of each negative cue present, clipped to 0..100. `notes`:
    what a cue's evidence says it set aside (the issuer's own statements, quotations from unnamed
    sources), by cue."""
    evidence: list[Evidence] = []
    value = BASE
    present_pos: list[str] = []
    present_neg: list[str] = []
    for cue, weight in POSITIVE.items():
        hit = found.hits.get(cue)
        if cue in DENSITY_CUES and hit is not None:
            # graded: full weight when at least DENSITY_CUES[cue] of the prose sentences show it
            share = density[cue] / max(n_prose, 1)
            credit = round(weight * min(1.0, share / DENSITY_CUES[cue]), 1)
            halved = one_body and cue == _SOURCES_CUE
            if halved:
                credit = round(credit * ONE_BODY_SHARE, 1)
            value += credit
            present_pos.append(cue)
            start, end, note = hit
            detail = (f"found, adds {credit:g} of its {weight} to provenance: in {density[cue]} of {n_prose} sentences; "
                      f"all {weight} from {DENSITY_CUES[cue]:.0%} of sentences")
            detail += notes.get(cue, "")
            if halved:
                detail += f"; one body's voices only: {ONE_BODY_SHARE:.0%} of the credit"
            evidence.append(Evidence(doc.text[start:end], cue, start, end, detail, True, MORE_RELIABLE, credit))
        elif cue in meta and hit is None:
            value += weight
            present_pos.append(cue)
            evidence.append(Evidence("", cue, 0, 0, f"found, adds {weight} to provenance: {meta[cue]}", True, MORE_RELIABLE, weight))
        elif hit is not None:
            value += weight
            present_pos.append(cue)
            start, end, note = hit
            detail = f"found, adds {weight} to provenance" + (f": {note}" if note else "")
            evidence.append(Evidence(doc.text[start:end], cue, start, end, detail, True, MORE_RELIABLE, weight))
        else:
            evidence.append(_absent(cue, notes.get(cue, "")))
    for cue, weight in NEGATIVE.items():
        hit = found.hits.get(cue)
        credited = _credited_repost(doc, cue, hit)
        if credited is not None:
            evidence.append(credited)
        elif hit is not None:
            value -= weight
            present_neg.append(cue)
            start, end, note = hit
            detail = f"found, takes {weight} off provenance" + (f": {note}" if note else "")
            evidence.append(Evidence(doc.text[start:end], cue, start, end, detail, True, LESS_RELIABLE, weight))
        else:
            evidence.append(_absent(cue, notes.get(cue, "")))
    value = round(max(0.0, min(100.0, value)), 1)
    note = f"{len(present_pos)} positive and {len(present_neg)} negative cues present"
    return Score(
        NAME,
        float(value),
        round(value / 100.0, 4),
        UNIT,
        note=note,
        evidence=tuple(evidence),
        details={"positive_cues": len(present_pos), "negative_cues": len(present_neg), "prose_sentences": n_prose,
                 "named_sources_share": round(density["named sources with roles"] / max(n_prose, 1), 4),
                 "attributed_quotes_share": round(density["attributed direct quotes"] / max(n_prose, 1), 4)},
    )

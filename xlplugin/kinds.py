"""Document kinds: what sort of document a text is, and the cues that decided it.

    news report, opinion or analysis, press release, forum or social post,
    wire or syndicated copy (credited to another outlet), not an article

The rules are a table in `xlplugin/data/kinds.txt` (kind, where to look, pattern, weight, why),
applied to the text and what is known about it (title, URL, author, outlet, date, and a web
page's own type hint). Each kind adds up the weight of its cues that match; the kind with the
most weight wins when it reaches `THRESHOLD` and at least equals "news report", which starts with
`NEWS_BASE`: a text with no cue of another kind is taken as a report, and says so ("no cue of
another kind").
A text is "not an article" (a shop, menu, index, organisation, event or documentation page)
only when its cues reach `NOT_ARTICLE_THRESHOLD` and outweigh the winner's: the engine then gives
it no reliability index, and its Status says why.

An interview (`xlplugin.interview`: questions put to someone and the answers) is reporting: its
form is a report's cue, and the first person inside its answers is the interviewee's, not the
writer's; so is a transcript (`xlplugin.interview.transcript`: speaker-labelled turns of several
speakers, a hearing or a debate written down), whose speakers' words are theirs. A forum post is its poster's own voice: under forum furniture, first person counts for
the forum as much as for opinion. Rules on "own" read the writer's own words: the text without
its quotations, an interview's answers and a transcript's turns ("I would argue" in a quotation
is the speaker's).

Pure Python, part of the core (it runs in Pyodide): nothing here imports an adapter.
Blind spots: rules on words and addresses, not a trained classifier; an opinion piece without
an opinion label or first-person voice reads as a report; an agency's dateline credit on a text
with no known publisher reads as the agency's own report; a shop's blog post reads as an
article; an English firm's page tells itself only by its phrases and its title (English has no
formal "you": xlplugin/site_voice.py); tuned on German and English pages.
"""

from __future__ import annotations

from bisect import bisect_left
import re
from dataclasses import dataclass, replace
from collections import Counter
from itertools import filterfalse, repeat
from functools import cached_property, lru_cache, partial
from urllib.parse import urlsplit

from . import blockquotes, editorial_voice, forum_posts, interview, mastheads, newsletter_lines, own_verdicts, page_genres, promo_labels, reader_letters, sales_pressure, search_pages, service_pages, site_voice
from .cue_places import seen_at
from .agenda import agenda
from .form_lines import closing_block
from .insinuation_formulas import INSINUATION_DETAIL
from .vague_insinuation import PHRASE_DETAIL, STACK_DETAIL, VERDICT_DETAIL
from .list_dashes import heading_before_list
from .fastmatch import EachStarts, Starts, finditer_at
from .kinds_shortcuts import (LineStarts, clock_colons, count_prices, count_timestamp_lines, line_heads, search_at,
                              shortcuts, unjoined, whole_word_at)
from .errors import DataFileError
from .lexicon import data_text
from .phrases import words
from .pronouns import not_pronoun
from .text import Document
from .types import Score
from .voice import reader_headings, reader_question_list

_ZEROS = repeat(0)
_NOT_ALNUM_RE = re.compile(r"[\W_]+")

__all__ = [
    "VERSION",
    "KINDS",
    "NEWS",
    "OPINION",
    "PRESS_RELEASE",
    "FORUM",
    "WIRE",
    "NOT_ARTICLE",
    "Kind",
    "Rule",
    "rules",
    "classify",
    "deciding_reason",
]

# Part of every row's version stamp (engine_version): bump when a rule change can change a kind.
VERSION = "70"  # 70: (kinds49) a post saved from Reddit's own page (its header in the first lines, "Posted by u/NAME 3 hours ago", under the subreddit or not: 3; its buttons row "87 comments  Share  Save": 2) is a forum or social post (a question asked there in the first person was opinion); a release's issue line on a line of its own ("Issued by Eastford County Council communications team", "Issued by the Harbour Trust press office", "Issued on behalf of Harbour Bakeries by Quay PR") is the issuer's press office signing its statement: press release, 2 (a council's release with no other mark was a news report); not a report's "a statement issued by the press office said"; a site's legal page (its first line alone or its title alone or before a separator naming a privacy or cookie policy, terms and conditions, terms of use, "Datenschutzerklärung", "AGB": 3; two of a legal page's formulas to its user in the writer's own words, "by using this website, you agree", "we may update this policy from time to time", "you have the right to access": 3) and an error page saved in place of the page (its first line alone "Page not found", "404", "Error 404 - Page not found": 3; "the page you were looking for", 1) are not an article: both were news reports with an index. 69: (kinds48) a checklist of questions put to the reader (a line addressing the reader and ending in a colon, "Ask yourself:", "Frage dich Folgendes:", over two or more list items that are only questions, "- Does it give me energy?", "- Verleiht es mir Energie?": voice.reader_question_list) is the reader's: its "I", "me", "ich", "mir" count neither in the writer's first-person rate nor as the writer's "ich" of the informal address (a magazine's self-test was opinion by them); "Ich frage mich:" over such a list stays the writer's; the writer argues also in German forms of the English class ("meiner Ansicht nach", "ich bezweifle", "wage ich zu bezweifeln", "ich bin überzeugt", "es scheint mir": opinion or analysis, 2). 68: (kinds47) a German compound names a blog in the title, the site's name or an address folder as the English word does, as its head ("Reiseblog", "Wissenschaftsblogs", "/reiseblog/") or its first part ("Blogbeitrag", "Blogeintrag", "Blogartikel"): opinion or analysis, 1; not "Bloggerin", "bloggen", nor a live ticker ("Liveblog", "Newsblog", "Tickerblog"); kinds45's informal address ("du", "euch", "ihr könnt") is a post's voice only with the writer's "ich" or a "wir" giving its own taste or trial ("uns gefällt", "wir lieben", "unsere Favoriten", "unsere liebsten", "wir haben ... ausprobiert"): a youth news service's "Wir erklären euch ..." and a firm's notice ("Wir eröffnen ..., ihr könnt ...") are no opinion by it (site_voice.informal_address). 67: (polnear45) an outside contributor's bio line at the foot may hold an apposition between commas between the name and "is"/"was" ("Glenn Roe, a law professor at Northbridge University, is a member of the Gazette's Board of Contributors.", "Ann Lee, a former ambassador, is a fellow at ...": page_genres._BIO_RE, BIO_APPOSITION_MAX_CHARS): opinion, as "Jane Doe is president of ..." was (2 more USA Today op-eds of PolNeAR's tune half). 66: (kinds45) a German post that speaks to its readers informally in its own words, in statements ("du", "dich", "dein", "euch", "eure", "ihr" before a verb form that is the second person plural alone: "ihr könnt", "ihr habt"; 2 or more and 8 per 1,000 words; an interviewer's questions to "du" are none) and of itself as "ich" or "wir" (2 or more) is opinion or analysis (site_voice.informal_address, 2); an English "ideas" programme or section in a folder of the address ("/programmes/the-ideas-hour/...", "/ideas-podcast/...": "ideas" then hour, show, programme, podcast, series, section or desk; not "/gift-ideas/", 3); opfoot44's foot bio also with its role before the name ("Former minister Jane Doe is a senior fellow at ..."), as an apposition with no verb ("Dr Jane Doe, a senior fellow at ..."; not one that goes on, "..., was among", "said"), and "MP", "MEP", "MSP", "MLA" in capitals as roles (page_genres.contributor_foot). 65: (opfoot44) an outside contributor's op-ed with no byline, signed at its foot by a bio line (a full name not named above, "is/was" and a role or an affiliation: "Jane Doe is president of the Harbour Institute.", last or next-to-last paragraph; not a reporter's or a host's bio, not a report with four "said": page_genres.contributor_foot, 3), and an unsigned editorial in the outlet's own "we" (two sentences of "in our judgment", "we believe", "we have long argued", "the Board's view", reporting no one, in a text that never speaks of an organisation's own work: xlplugin/editorial_voice.py, 3) are opinion or analysis. 64: 64: (kinds43) opinion with no first person and no label in its text: three or more sentences of the writer's own words giving a verdict or a recommendation and reporting no one ("the cabinet should send the plan back", "it is time to", "ought to", "was wrong to", "there is no excuse"; not a question, not advice to "you"), 4 per 1,000 words, with at most twice as many sentences reporting someone (xlplugin/own_verdicts.py, 2); an opinion section in the address also as "/commentisfree/", "/columnists/", "/editorials/" or a section folder ending in a commentary word ("/emissions/le-journal-des-idees/...", 3); JSON-LD types given as a list ("@type": ["NewsArticle", "OpinionNewsArticle"]: page_hints); a link blog's hat tip at the foot ("(via ...)", "h/t ...", 2). 63: (advice41) a reader's letter signed after a dash and answered without a salutation ("Dear Jane, ... \u2014 Frustrated, Leeds": an advice column), a reader's question labelled "Q:" in the reader's own "I" and a page of two or more readers' questions answered to "you" (reader_letters.letters) leave the writer's first person; a Q&A whose every question is a reader's is no interview (interview._readers_questions). 62: (kinds41) a how-to's steps are an unsigned explainer's, which keeps its index, where the writer never speaks as the service (at most one "we", "our", "us") and places the steps in the news twice or more ("announced", "came into force", "last month's budget", "from 6 April": service_pages.news_explainer); a what's-on page in sentences whose writer judges the events (three of a critic's verdicts, "the finest", "worth the trip", with the writer's "I" or a verdict against one, "tired", "uneven": service_pages.critic_verdicts) is a critic's listings column, opinion or analysis (critic_listings, 3), not a what's-on page. 61: (web41) a name with a nickname in quotation marks ('Robert "Bob" Smith') credits a person (names.credits_a_person: a reader's letter's signature, a live blog's entry credit). 60: (kinds40) a site's own page in plain sentences that reports no one (at most one line with "said", "told", "according to") is not an article where it is a how-to or a service page (the reader told what to do as "you", 8 times or more and 30 per 1,000 words, in two or more steps opening a sentence, a line or a numbered step, "Select Forgot password", "To start a refund, go to My account", or four of the reader's modals, "you can", "you will need", "you must", "you may still be able to", "you have to", five in all; no columnist's "I", no person's byline), a page offering the reader a place in a club, a course or a school (three of its fee, "Membership starts at \u00a325", when it meets, "We meet every Tuesday", a welcome to newcomers, a free first try, how to book or enrol) or a what's-on page in sentences (three or more paragraphs, 60 per cent of them, each an event with its day or date and its clock time): xlplugin/service_pages.py, 3 each; a charity's asks in sums ("\u00a325 could pay for ...", "every donation you make") count as its fundraising appeal (press release). 59: (kinds39) a job advert written as prose (a council's vacancy: no headings, no field lines) is told by two or more of an employer's set phrases to an applicant in the writer's own words ("closing date for applications", "an informal discussion about the role", "in return we offer", "full training will be given": kinds.txt, 3); quoted, or said once, they leave a report on hiring a report. 58: (kinds39) agency copy credited by the agency's full name alone as its last line, with no dash ("Agence France-Presse", "The Associated Press", "Reuters": _AGENCY_LAST_LINE_RE) is credited to the agency as a dash line is: wire or syndicated copy where another outlet publishes (a fresh page so credited was a news report); a short name alone there ("AFP", "AP", "PA": a photo's credit as likely) is none. 57: (kinds39) on 32 fresh pages written after the rules were tuned (tests/fixtures/kinds39), a conference programme and two job adverts were news reports with an index: an agenda's heading line may carry a short qualifier ("Programme: Day 1, Tuesday 9 June", "Day 2 programme", "Conference schedule", "Agenda for the afternoon"; "Schedule" and "Timetable" are such headings: xlplugin/agenda.py, still two time-slot items under it); a job advert is told also by a tech firm's headings ("You will", "You have", "Nice to have", "Benefits"), a small employer's fields ("Hours:", "Pay:"), the writer asking the reader for a CV in its own words ("send your CV to ...", 2), a browser title labelling a vacancy ("We're hiring: ...", 2) and JSON-LD JobPosting on a page that does not also call itself an article (3). 56: (talk35) a broadcast's transcript (a news channel's segment, a talk show, a radio phone-in, a meeting's record) whose turns are labelled at a line's start by names in capitals, a surname alone once the speaker is known ("HANNITY:", "SARAH CARTER, CIRCA NEWS:", "UNIDENTIFIED MALE:"), each turn over several lines, under the writer's own paragraphs or not, is a transcript where its form is clear (four turns or more, two speakers with two turns each, three changes of speaker, a stage direction in brackets such as "(CROSSTALK)" or every speaker named outside the labels: interview._broadcast): a report's cue, its speakers' "I" not the writer's; a "NOTE:" or "UPDATE:" line, "WARNING:"/"TIP:" lists, headings in capitals and one speaker's quoted lines are none. 55: (hunt33) a chat pasted from the phone with its dates without the year ("[12/03, 09:14] Name: ...") or its time first ("[09:14, 12/03/2026] Name: ...") is a chat, as "[12/03/2026, 09:14]" was (forum_posts.chat_lines); a message forwarded in a chat ("Forwarded", "Forwarded many times", "Forwarded as received": forum_posts.forwarded_posts) is no member's words. 54: (kinds32) one event's own page (a short line near the top opening with its day, date or time and giving its clock time, "Saturday 9 May, 10am to 4pm", and two or more short lines of the terms of going: free entry, tickets, concessions, running time, suitable for ages, parking, refreshments; not a publication stamp, and not where two lines report someone: kinds._event_page, 3) is not an article; a page written for search as a ranking ("best <thing> in 2026", "top 10 best", "buyer's guide", "check the latest price", with the thing ranked stuffed in, singular and plural counted as one: search_pages) is a search page, which weighs 4 (was 3: an affiliate disclosure, 3, had made it a press release with an index on a tie; the ranking's sign counts on a short line, a title's or a heading's, that names the phrase stuffed in); a shop's product page pasted as text (three or more short lines of its own, each opening with a shop's term: "Free delivery on orders over ...", "Free returns ...", "Select size:", "Size guide", "Out of stock", "Product code:", reporting no one: kinds.txt, 3) is not an article. 53: (indep32) a headline that opens with a word an organisation page uses as its name ("Home Office deportation flight leaves ...", "Home Secretary ...", "Welcome to Epping, where ...", "About 300 jobs to go", "Services resume after strike") or that mentions comments or a forum ("TV chef's comments on ...", "World Economic Forum opens ...") is no organisation page's or forum's title: kinds.txt's two title rules read the word alone, beside a separator ("About us", "Services | Harbour Law LLP", "Greenfingers Forum | Vegetables", "Thread: ..."), or "About us", "Welcome to", "Willkommen bei" over a short name ("Welcome to Harbour Law LLP"); such news reports had no index (2 of 40 fresh test articles) or were forum posts. 52: (excel32) a text with too few words for an index (under min_words_index, "Hello world.") whose kind no cue decided has no kind (it was "news report (no cue)"), as a text too short to score had none (engine.score_document); a cue still gives such a text its kind. 51: (kinds31) insinuation through unnamed sources (jaq30's doubt terms, xlplugin.vague_insinuation: a verdict of suspicion given to vague speakers, suspicion said with no source, one each; unnamed sources stacked, once) counts with the writer's own insinuations (two make opinion or analysis: kinds._insinuations); a copy on an aggregator (msn.com, Yahoo, AOL) crediting another outlet as its original, a newspaper as well as an agency, is wire or syndicated copy (kinds._aggregator_copy, 4); an author with an organisation's word (Trust, Society, Council, Coalition, Campaign, Centre ...) is no person's name, so an organisation named as its own site's author is no "personal site" but the organisation publishing (a press release); "we are calling on", "we're urging" in the writer's own words is an organisation stating what it wants (press release, 2). 50: (syndic31) a news agency given as the author is read as one piece of the author field, after a "By" or a "The" ("The Associated Press", "By The Associated Press", "Jane Ray, Associated Press", "Amira Said | Reuters", "Story by Tom Pike \u2022 Reuters \u2022 5h"; a short name such as "AP" in capitals only), and a copy on an aggregator whose markup credits an agency ("credited: Reuters" in the page type) is credited to it: wire or syndicated copy on any other publisher's page (kinds._agency_author, _agency_credited); "Reuters Staff" on reuters.com is the agency's own news (it was wire copy: the home site was looked up under "reuters staff"). 49: (pasted30) A chat app's export saved as text (each message on a line opening with its date, time and sender: "[12/03/2026, 09:14] Dave Hollins: ...", "12/03/2026, 09:14 - Dave Hollins: ...", "[12.03.26 09:10] Colin Pearce: ...": forum_posts.chat_lines) is a thread: the prefixes are furniture, the first sender is the author, the others' messages their words: a forum or social post (_forum_thread). 48: (advert30) an advert written as a story with no label (a customer's testimonial by first name, age and town, or a brand named with its model three times, or the offer made to the reader; with an offer, where to order it and a deadline or scarcity in the writer's own sentences that report no one: "30 per cent off ... by ordering through the X website before 31 December, while stocks last": promo_labels.advertorial) is a press release with no index, the Status saying so; an e-mail newsletter's furniture (two or more marks of its footer: "Unsubscribe", "You are receiving this email because", "Forward this to a friend"; then its greeting, "Read more" lines, sponsor's block, sign-up lines and footer: xlplugin.newsletter_lines) is left out of the writer's own words, so its items keep their kind (a cue of weight 0.1 names it and its sponsor), and "Book now", "reserve your place" count in the writer's own words only (not quoted, not a sponsor's block); an automatic transcript (timestamped lines: interview._timed_transcript) is a report's cue (timed_transcript, 2) and its lines are its speakers' words; "near me" on a page written for search is no first person (pronouns.not_pronoun); a page written for search engines (a sign of it, "In this article we will", "this complete guide", "near me" three times, and one three-word phrase of content words five times or more and 8 or more per 1,000 words: xlplugin/search_pages.py) is not an article (3). 47: (hunt30) a cue's place is said in words users read (xlplugin/cue_places.py): "in the writer's own words: 'we'", "in the first lines: ...", "at the end: ...", "in the address: ...", not kinds.txt's names for them ("own: 'we'", "head: ...", "tail: ..."); which cue fires, and its weight, are unchanged; a signed column's byline ("By Jonas van der Berg", "By Seán Ó Briain", "By J. R. Whitlock": page_genres.BYLINE_RE) reads a name in the shape names29 gave the text byline (names.person_name_pattern: particles, accented capitals, initials), so such a writer's column is opinion as "By Dana Whitcombe"'s was. 46: (lead, session 24) the title rule for index pages reads an index page's title ("Archive | Site", "Category: Politics", "March 2024 Archive", "Index of /files"), not a headline that mentions one ("Storm strengthens to Category 4", "Village group wins prize for its photo archive": news reports that had no index). 45: (senses28) "the author is", "the writer is" is a columnist's note only where a note about the writer starts (a sentence's or a line's first words: "The author is a transport researcher at ...", "(The writer is ...)"), not inside a sentence reporting someone ("Her agent said the author is now working on a sequel", "whether the author is interested in reform"), which leaves a news report a news report. 44: (kinds29) an issuer's name alone on a line at the top over a release's headline ("Harwick Valley Water Authority", "Department of Transport", "City of Marlow": page_genres.issuer_header, 3) is a press release, unless a byline line, a masthead or a news address says otherwise; "press release", "news release" after an article or a possessive ("said in a press release", "the authority's news release": a report quoting one) is no label; unlabelled satire's formulas include an "area man" named with his age ("said area man Gary Dunn, 46") and unnamed "sources confirmed Tuesday", and "At publishing time," closes as "At press time," does (still three needed); a "Nation's" headline is satire's only before a plural ("Nation's Dads", not "Nation's jobless rate"); an organisation's invitation to its own event in the writer's own words ("Join us on Saturday", "we warmly invite you", "wir laden Sie herzlich ein") with the event's clock time is a press release (kinds._event_invitation, 2); a post embedded from a social network over its credit line ("— Name (@handle) May 3, 2026": blockquotes.embedded_posts) is the poster's, not the writer's: its "I" leaves the first-person rate, its exclamations the count of the writer's own ("several exclamations" now reads the writer's own words, outside quotations too). 43: (web29) a web page's press office contact block under the article ("Media contact", "Roads media enquiries", "Press contact:" over a press officer, an e-mail address or a telephone number; not in the site's header, menu or footer), read from the markup before the extractor drops it ("press contact: ..." in the page type, xlplugin/page_contacts.py), is a press release's cue (2): an organisation's own news page about its own work (a university's study) is a press release; a newspaper's story about the same study stays news. 42: (transcripts28) an X/Twitter-style thread saved as text (each post under a header of the poster's handle and the post's date or age, "@ferrywatch_kt \u00b7 Apr 9", "Harbour Watch @harbourwatch \u00b7 Jun 2", "Gav @gav_on_tracks \u00b7 45m": forum_posts._POSTER_LINE_RE) is a thread: the header lines, "Replying to @NAME" and the counts under a post ("4 replies  12 reposts  31 likes") are furniture, the first poster is the author, the others' posts their words, a forum or social post; a debate's or a meeting's record in speaker-labelled turns is a transcript also when short (two or three turns of two speakers or more) where two labels carry brackets ("Ms Jane Holt (Eastmoor) (Lab):", "Cllr Ann Frost (Chair):", "The Minister for Rail (Mr Neil Carver):") or three or more are full names in capitals ("JANE HOLT:"): interview._record_labels; a label may carry two brackets, and an office with its holder in brackets may join its words with "of", "for", "the"; the speakers' "I" and questions are theirs, a report's cue. 41: (web28) a page built by MediaWiki (its generator meta; where it names none, its body class "mediawiki" or its content box "mw-parser-output": page_hints' "generator: mediawiki") is a wiki's entry, not an article, whatever its address ("/index.php?title=", none). 40: (kinds28) unlabelled satire told by a satire site's address or name (a short list: theonion.com, babylonbee.com, The Daily Mash ...) or by three of its formulas together (an "Area Man"/"Local Woman" headline or a study's round share as headline, "At press time," opening the last paragraph, "sources close to ... confirmed": kinds._satire_formulas) is opinion or analysis with no index; an events listing (three or more short lines of a time with its day, date or entry terms: kinds._event_lines) is not an article; an affiliate disclosure in the writer's own words ("this post contains affiliate links", "we may earn a commission") and "?tag=" shop links are a press release; a press statement's label line ("Press Statement 26-118", "Media statement") and a public information office's header line are a press release; a transcript of a speaker's own remarks or speech said so in its head ("Transcript: X's remarks at ...", "Full text of ... speech") is a press release; a site's own page (og:type "website") whose markup is a listing's (three or more <article> cards each with a <time>, or a body class "archive", "tag", "category", "search": page_hints._listing, "listing: ..." in the page type) is not an article. 39: (kinds27) a firm's, a practice's or a club's own page is not an article where two of its cues agree: the writer speaking to the reader as a client in the formal "you" ("Wir beraten Sie gerne", "helfen Ihnen": Sie, Ihnen with a capital inside a sentence, outside quotations) and of itself as "we" (site_voice.client_address, 2); set phrases offering its services ("Nehmen Sie Kontakt auf", "Vereinbaren Sie einen Termin", "Request a free quote", "Call us today", two or more, 2); a title that is the organisation's name ("Steuerrecht | Kanzlei Beispiel", "Services | Harbour Law LLP", "Hundeverein Musterstadt e. V.": site_voice.organisation_title, 2) and under it the organisation writing as "we" (1); a court's judgment in its own sections (Tenor, Tatbestand, Entscheidungsgründe, Im Namen des Volkes: three or more heading lines) is not an article; a German review's verdict headings alone on their lines (Fazit, Vorteile, Nachteile: two or more) are opinion or analysis; a dated post line at the top crediting the site's own name in lower case ("12.05.2019, 09:14 von lenasgarten" on lenasgarten.de) is a personal site (_personal_site). 38: (lead25) a site's own page whose JSON-LD calls it a collection, search results, events or a list of items is a listing (not an article); "What's on" titles name events. 37: (kinds26) a signed column with no first person (a line of its own at the foot: the writer "writes a monthly column", not a sentence reporting speech) and an expert's own piece (a byline "By Dr./Professor NAME, <field or university>") are opinion or analysis; a public notice as its issuer publishes it (a heading line "PUBLIC NOTICE", "Statutory notice", "Notice of road closure"; "Notice is hereby given" in the writer's own words) is a press release; "Correction" or "Clarification" alone on a heading line is a correction notice's heading (news report with its cue). 36: (threads27) a forum thread whose posts are headed by their poster's name alone on a line ("garden_gus wrote:", a bare "u/garden_gus", "Posted by garden_gus": forum_posts._name_lines) is a thread: the lines are furniture, the first poster is the author where only the thread's head (subject, community, breadcrumb) comes before, and the other members' posts are their words; such a thread and a forum's breadcrumb ("Posted in Greenfingers Forum > Vegetables": forum_posts.breadcrumb_line) are a forum or social post (_forum_thread), and a thread's short posts are no verse. 35: (prov24) a dateline may give its date in brackets after the place ("Fairhaven, Ore. (Oct. 14, 2026) \u2014", kinds._DATELINE_HEAD_RE). 34: (promo26) an advert with no label written as a story and a company's own launch post are a press release that keeps its index: a seller's pitch in prose (a price, where to buy or a discount code, and two or more pieces of sales pressure in the writer's own words: promo_labels.sales_pitch, 3), "We're thrilled to introduce ..." outside quotations (3), the company's superlatives for its own product outside quotations (loaded language's "a seller's superlative" with "our" or "we": "our most powerful laptop ever", "we have ever built", 2); a report quoting a chief executive's superlatives, a signed review, a shop's price list and a charity appeal keep their kinds. 33: (forum26) a comment thread copied from a social site (a post, then replies, each under its commenter's name line and over the site's buttons, "Reply \u00b7 Like \u00b7 3 \u00b7 2h": forum_posts._social_thread) is a thread: the replies are the commenters' words, the name lines furniture; each comment under a Q&A page's post ("... \u2013 NAME DATE": forum_posts._qa_comments) is its signer's, also under the last answer (the asker's own are the author's); an advice column (a reader's letter to the columnist answered by the columnist: xlplugin.reader_letters) is opinion or analysis (advice_column, weight 3), the letter's "I" the reader's, not the writer's. 32: (forum25) a question-and-answer page copied as text (its posts signed "asked DATE NAME 1,231 rep", "answered DATE NAME 18.4k rep": forum_posts._qa_signatures) is a thread: the signature lines are furniture, the asker is the author, each answer by another name is that member's words and a forum or social post. 31: (kinds25) a small sponsor label ("Sponsored", "Promoted", "In partnership with <a company>", "Paid for by <a company>") alone on the first line or under the headline is a labelled advert (press release, no index: promo_labels.sponsor_label); an advert's pitch (a call to act shouted alone on its line and scarcity, "spaces are limited": promo_labels.advert_pitch) and a coin promoter's pitch ("How to buy", "presale"; "Not financial advice", "DYOR": promo_labels.coin_pitch) are a press release; two or more calls to political action of the writer's own ("Vote her out.", "Call your senator.", "Don't let them win.") are opinion; an organisation's own report on its year ("Our year in review", "A message from our chair", signed by its chair) is a press release; a policy brief's label line ("Policy Brief No. 41 | ...") is opinion or analysis. 30: (voice23) a transcript of an official's own briefing or press conference, said so on a line of the head ("Transcript: Ministry of Transport press briefing", "Press conference transcript", "a transcript of the briefing given by ..."), is a press release (weight 4: the official's words on the record, which the publisher neither checks nor weighs); a report of a briefing ("said at a press briefing"), a hearing's transcript and an interview keep their kinds; a briefing's opening statement (the speaker's turns before the first question: xlplugin.interview._opening_statement) is the speaker's words, not the writer's. 29: (pages21) a satire label line that goes on after its full stop ("THE DAILY SPROUT — SATIRE. Nothing below happened.") and a satire site's closing note ("X is a satirical website. Its stories are fiction ...") withhold the index; a forum thread in its software's own markup (post headers: name, rank, fields, "Posted: DATE": forum_posts) is a forum thread. 28: (kinds24) genres told by their own lines (xlplugin/page_genres.py; kinds.txt's kinds24 block): a signed column (the byline's writer named at the foot in a line about the writer, and the writer's own view in the first person outside quotations, "I think", "I am not persuaded") and an opinion label alone on a line under the headline are opinion; a podcast's show notes (chapter times from 0:00, "in this episode", a sponsor's code), an encyclopedia entry (its opening defines its title, "See also", "References") and a weather warning as issued ("Issued by ... at", "Valid from ... to") are not an article; a statistics bulletin ("Statistical release.", "Next release:") is a press release; a journalist's newsletter (a byline, reporting or the writer's view) is an article even with "Upcoming events"; a satire site's own disclaimer line ("... is a satirical news website") and its name or description in the page's meta (page_hints: "genre: satire") are labelled satire, with no index. 27: (kinds23) an editorial (its title or first line "The <outlet> view on ...", a label line "Leader", "Editorial", "Our view" near the top, "this newspaper has long backed ...") and a petition page (its sign form on a line of its own, "Started by ... To: ...") are opinion; a charity appeal's own asks ("a gift of \u00a320 could ...", "if you can give", "to donate, visit ...") count as a fundraising appeal (press release). 26: (voice20) a thread of replies under poster lines ("u/pine_pete \u00b7 412 points": forum_posts.thread) is a forum or social post (_forum_thread, weight 3); a speaker label with an outlet in parentheses ("REPORTER (Eastshire Echo):") is a transcript's turn; a reader's statement before a reader's heading ("I live on my own. Can I get a discount?") is not the writer's "I". 25: (kinds22) posts, insinuations, a company's or seller's own page, open letters, blog posts, correction notices and fact checks, as classes: a post's marks in a longer text (a closing line of hashtags, kinds._tag_line, 1; a call to the poster's followers, "link in bio", "join the Telegram", 2; a forwarded message's label "Forwarded many times", 3; two or more of a chain message's pleas of the writer's own, "forward this to everyone", "don't break the chain", 3; a poster's edit note or summary line, "Edit:", "TL;DR:", 2; the writer calling the text a post, "I'm posting this", "throwaway account", 1), with which the poster's first person counts for the post (forum_voice); a short note (kinds._short_post) with a handle or a hashtag in place of the first person, its trailing handles and tags left off its first line; the writer's insinuations as loaded language finds them (its evidence detail INSINUATION_DETAIL: "Funny how ...", "We are not saying X. We are saying Y.") counted with kinds.txt's own insinuation phrases, two or more in all (kinds._insinuations); a post signed by a company's own team ("Posted by the Loomly team", "— The Loomly team"; not a newsroom's team) and a seller's health disclaimer ("not intended to diagnose, treat, cure or prevent any disease") are a press release; an open letter (its title or first line; "Signed,", "We, the undersigned") and a text that says it is posted on a blog are opinion; a correction notice ("Correction:" as its first line or title; kinds18's corrections heading and phrases) is a news report with its cue (was a press release); a fact check's labels ("Claim:", then "Verdict:" or "Our rating:": kinds._fact_check) and a title "Fact check ..." are a news report's cue. 24: (byline18) "first appeared", "originally published" after a relative pronoun ("the post, which first appeared on ...", "a video that was first published") says where some other thing came from: no wire or syndicated copy (kinds.txt); a masthead "NAME \u2014 tagline" ("The Money Desk \u2014 Episode 212", "THE LIBERTY LEDGER \u2014 Patriot Briefing": xlplugin/mastheads.py) is no dateline. 23: (kinds21) a listicle (a headline counting N items over items numbered 1 to N at line starts, written to the reader: 25 or more "you" words per 1,000: kinds._listicle) is opinion or analysis; a short note (15 to 80 words) in the first person with no headline, author, quotation or reported speech (kinds._short_post) is a forum or social post; a dash and an agency alone on a line ("\u2014 Reuters", "- AFP") credits the agency as the author does (kinds._AGENCY_LINE_RES: wire copy where another outlet publishes). 22: (values18) the outlet's name is read with case and white space folded, as every grouping reads it (source_rating.outlet_key): an outlet "The\u00a0Associated  Press" (a no-break space, two spaces) is the agency's own name, "Department\u00a0of Transport" an organisation's (kinds.txt's outlet cues). 21: (kinds20) a label the text gives itself that says it is no report withholds the index where it decides the kind (kinds.txt "<kind>, no index", Kind.no_index): labelled satire (a label line at the top, "Satire:" or "(satire)" in the title, a satire section or JSON-LD genre, "this article is satire": kinds._satire_label) is opinion or analysis with no index, a labelled advertisement (the sponsored-content label, a commercial credit, "this article is an advertisement", "paid partnership with") a press release with no index ("sponsored by", "brought to you by" keep the index); a short text (300 words at most) with three or more of a social post's marks of two sorts (@handles, #hashtags, "share if you agree") is a forum or social post (kinds._social_post); a recipe's ingredients written in one paragraph between commas, or with units joined to the amounts ("225g butter"), count as its quantity lines (kinds._quantity_items); "we welcome" is an organisation's own news only before "the/this/today's ..." ("we welcome other groups to look" is none). 20: (kinds19) a paywall's teaser keeps the kind of the article it teases (the engine withholds its index: xlplugin.page_hints.index_withheld; kinds.txt's "paywalled teaser" rule is gone); an agency credited in a line of its own (a byline line "By The Associated Press", a source line "From AFP.", the agency's copyright line "\u00a9 2016 The Associated Press") counts as the author or the dateline does, and a wire's bracketed sign-off "(Reporting by ...; Editing by ...)" on a text whose publisher is known and no agency is wire copy (_wire_signoff); "distributed by ... syndication" is syndicated copy; a press release's closing block is one computed cue (form_lines.closing_block: "###", "- ENDS -", a press contact's heading or "About <issuer>" on a line of its own in the second half; not "About the author"), replacing the tail pattern that also took a sentence ending "about her top issue:" and a text ending in "ends"; the writer's first-person rate is per 1,000 of the writer's own words, an interview's answers and a transcript's turns left out of the denominator as of the count (where 80 words or more are left). 19: (kinds18) a web page says what it is in its metadata (xlplugin/page_hints.py, after the page type: its article:section or JSON-LD articleSection, a JSON-LD @type, its generator, its browser title): a documentation generator (Sphinx, MkDocs, Docusaurus), a browser title naming documentation and a versioned documentation address (/en/stable/) are not an article; an opinion section, an opinion JSON-LD type and a browser title opening with an opinion label ("Opinion: ...") are opinion; the writer's own words loaded with contempt, emotion and exaggeration (the loaded language signal's derogatory, emotive and exaggerating terms outside quotations: 20 or more per 1,000 words, at least 8, 2 of them derogatory; the engine passes the signal it scored) and two or more insinuations left to the reader ("some might wonder", "it is worth asking", "draw their own conclusions") are opinion; a corrections notice (its heading, "we apologise for the error") is the outlet's own statement, a press release; a live blog (its title or first line "Live: ...", "latest updates", JSON-LD LiveBlogPosting) is a report with its cue. 18: a web page saved with only a paywall's teaser (page type "paywalled teaser", set by xlplugin/pages.py) is not an article: no index, its Status saying so. 17: a job advert (a job description's headings on lines of their own: Responsibilities, Requirements, How to apply; its fields: Salary:, Closing date:; a vacancy label near the top) and an organisation's about or contact page (its first line "About us"/"Contact us" alone; two or more of its section headings: Who we are, What we do, Our team, Contact us) are not an article; a brand's own piece on a trip it hosted or its goods ("our guests", "our distillery", outside quotations; "book now") is a press release; a heading line over a list ("Responsibilities", then "- ..." items) is no dateline (xlplugin.list_dashes). 16: an event's agenda or programme (a heading line "Agenda"/"Programme", items with durations "(30 mins)" or time slots "09:30 - 10:15", "Host:"/"Moderator:" lines) is not an article; "Republished courtesy of", "Article courtesy of" say a text first appeared elsewhere (wire or syndicated copy); organisation_publishes (an organisation's own statement on its own site, read by loaded language). 15: a credit line at the foot or the top giving a news agency as the reporter ("Reporting by NAME for the Press Association", "With reporting from the Associated Press": kinds._agency_credit_line) is wire or syndicated copy, with or without a known publisher (not on the agency's own site); "Additional reporting by", "contributed to this report" and a sign-off naming no agency are not; "share this with everyone", "they don't want you to see", "enough is enough" are the writer's assertions at the reader (still two needed). 14: a letters page (a "Letters" or "Letters to the editor" heading line near the top; two or more letters signed with a name and a town after their prose: kinds._letter_signoffs) is opinion; a meeting's minutes (a "Minutes of the ... meeting" heading line; three or more of a record's lines: Present:, Apologies:, Action:, Item 1), a poem (short lines in stanzas broken at a pause or before they are full, its sentences running over the lines: kinds._verse) and a recipe without headings (three or more quantity lines with units right before steps numbered 1 and 2) are not an article. 13: a text that argues at its reader is opinion: two or more of the writer's assertion markers ("make no mistake", "let that sink in", "mark my words"), outside quotations, weigh 2, an exhortation to the reader ending in "!" ("call your ...!", "don't let them ...!") 1; sponsored content (a label line at the top or the title: "Sponsored content", "Paid post", "Advertisement feature"; a commercial credit: "produced by our commercial team", "this article is paid for by") is the advertiser speaking for itself, a press release, never wire copy. 12: a project's documentation file known by its own name (README, CHANGELOG, LICENSE, INSTALL, CONTRIBUTING ...: the id of a file read from a folder, or the URL's last part; NEWS, HISTORY and CHANGES weigh 0.5, a hint needing documentation of their own), Keep a Changelog's section headings (### Added, ### Fixed) and a changelog's title (Changelog, Release notes), and an installation guide (an installing title and an install command in code) are not an article. 11: a reader's question standing alone as a heading ("How do I check ...?", "Can I still ...?") is no first person of the writer's, as in loaded language (voice.reader_headings). 9: a recipe's structure (an ingredient list of quantities, then the method) is not an article whatever story precedes it; opinion labels are read from provenance.txt's label sections, also before a mark on the first line ("Film review: ..."); an embargo line, notes to editors and a press office's contact are press-release cues, and "<outlet> Press Office/Communications/Newsroom" as author is the publisher; the fields of an official notice or form (application number, site, proposal, decision date) are not an article. 8: documentation files (a README, a licence, a changelog, an installation guide) are not an article (kinds.txt: file names and paths in code marks, documentation headings, licence terms, changelog version headings, a Markdown heading at the top); an interview answer followed by the author's paragraph before the next question ends there (xlplugin.interview, as the last answer did), so the writer's "I" there is the writer's. 7: a dateline is read on the text as written, its place name capitalised (kinds._dateline; "der sommer ist da \u2013" is none, "WASHINGTON --" is one). 6: an interview's last answer and a transcript's last turn end at the first paragraph that reads as the author's (a heading, a closing note, the speaker named in the third person, a pronoun that can only mean the speaker: xlplugin.interview.last_turn_end), not at the end of the text (the writer's "I" after an interview counts as the writer's). 5: transcript form (speaker-labelled turns of several speakers, xlplugin.interview.transcript) is a report's cue, and its speakers' "I" and words are not the writer's. 4: interview form is a report's cue, and an interviewee's "I" is not the writer's (xlplugin/interview.py); first person under forum furniture is a poster's; published under licence from (or distributed by) another outlet is syndicated copy; a fundraising appeal is the organisation's own (press release); recipe headings are not an article; the writer arguing in their own voice ("I would argue", outside quotations) is opinion. 3: a line crediting another source ("Original article: ...", "Source: <web address>") is syndicated copy

NEWS = "news report"
OPINION = "opinion or analysis"
PRESS_RELEASE = "press release"
FORUM = "forum or social post"
WIRE = "wire or syndicated copy"
NOT_ARTICLE = "not an article"
# In tie order: on equal weight the earlier kind wins ("not an article" never wins a tie).
KINDS = (NEWS, OPINION, PRESS_RELEASE, FORUM, WIRE, NOT_ARTICLE)
# A kind other than "news report" wins with this much weight and at least as much as news (a
# wire story or a column has the form of a report too: its specific cue decides).
THRESHOLD = 2.0
NOT_ARTICLE_THRESHOLD = 3.0  # "not an article" costs the index: it needs more
NEWS_BASE = 1.0
HEAD_CHARS = 600
# (kinds20) after a rule's kind in kinds.txt: where the rule fires and its kind wins, no index (Kind.no_index)
NO_INDEX_MARK = ", no index"
WHERE = ("title", "url", "host", "name", "head", "tail", "text", "own", "author", "outlet", "page_type", "computed")

# News agencies whose credit on a text published by another outlet marks wire copy.
AGENCIES = {
    "reuters": "reuters.com", "associated press": "apnews.com", "ap": "apnews.com", "afp": "afp.com",
    "agence france-presse": "afp.com", "agence france presse": "afp.com", "dpa": "dpa.com",
    "deutsche presse-agentur": "dpa.com", "epd": "epd.de", "kna": "kna.de", "apa": "apa.at", "sda": "sda.ch",
    "keystone-sda": "sda.ch", "bloomberg": "bloomberg.com", "upi": "upi.com",
    "united press international": "upi.com", "xinhua": "xinhuanet.com", "xinhua news agency": "xinhuanet.com",
    "ansa": "ansa.it", "efe": "efe.com", "agencia efe": "efe.com", "pa": "pa.media",
    "press association": "pa.media", "pa media": "pa.media", "canadian press": "thecanadianpress.com",
    "aap": "aap.com.au", "australian associated press": "aap.com.au", "kyodo": "kyodonews.net",
    "kyodo news": "kyodonews.net", "jiji": "jiji.com", "jiji press": "jiji.com", "yonhap": "yna.co.kr",
    "tass": "tass.com", "ria novosti": "ria.ru", "anadolu": "aa.com.tr", "anadolu agency": "aa.com.tr",
    "pti": "ptinews.com", "press trust of india": "ptinews.com", "belga": "belga.be", "anp": "anp.nl",
    "ritzau": "ritzau.dk", "pap": "pap.pl", "bernama": "bernama.com", "antara": "antaranews.com",
}
_AGENCY_NAMES = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_AGENCY_FULL_NAMES = "|".join(sorted((re.escape(a) for a in AGENCIES if len(a) > 5), key=len, reverse=True))
# "(Reuters) -", "(dpa)", "Berlin (AFP) -": an agency credit in the dateline.
_AGENCY_DATELINE_RE = re.compile(rf"\((?P<agency>{_AGENCY_NAMES})\)", re.IGNORECASE)
_AGENCY_AUTHOR_RE = re.compile(rf"^(?P<agency>{_AGENCY_NAMES})(?:\s+(?:staff|news|wire))?$", re.IGNORECASE)
# (kinds19) An agency credited in a line of its own, at the top or the foot (read on the lower-cased
# head and tail): a byline line ("By The Associated Press", "By REUTERS"), a source line ("From
# AFP.", "Source: Reuters"), a dash and the agency (kinds21: "— Reuters"), the agency's copyright line ("© 2016 The Associated Press. All rights
# reserved.", "Copyright 2018 Thomson Reuters"). Each says the story is the agency's, as the author
# or the dateline does; an outlet's own copyright line before "The Associated Press contributed"
# names no agency after the year.
_AGENCY_LINE_RES = (
    re.compile(rf"(?m)^[ \t]*by[ \t]+(?:the[ \t]+)?(?P<agency>{_AGENCY_NAMES})(?:[ \t]+(?:staff|news|wire|reporters?))?[ \t]*\.?[ \t]*$"),
    re.compile(rf"(?m)^[ \t]*(?:from|source|quelle)[ \t]*:?[ \t]+(?:the[ \t]+)?(?P<agency>{_AGENCY_NAMES})[ \t]*\.?[ \t]*$"),
    # (kinds21) a dash and the agency alone on a line, a wire story's sign-off at its foot ("— Reuters", "- AFP")
    re.compile(rf"(?m)^[ \t]*[\u2014\u2013-]{{1,2}}[ \t]*(?:the[ \t]+)?(?P<agency>{_AGENCY_NAMES})[ \t]*\.?[ \t]*$"),
    re.compile(rf"(?m)^[ \t]*(?:©|\(c\)|copyright)(?:[ \t]*(?:©|\(c\)))?[ \t]*(?:\d{{4}}[ \t,]*)?(?:the[ \t]+)?(?:thomson[ \t]+)?(?P<agency>{_AGENCY_NAMES})\b(?![ \t]*(?:'s|\u2019s))"),
)
# (kinds39) the agency's full name alone as the text's last line, with no dash ("Agence France-Presse", "The
# Associated Press", "Reuters"): a fresh page of agency copy credited so was a news report. A short name ("AFP",
# "AP", "PA") alone there may be a photo's credit or a state's, and counts only with a dash, as above
_AGENCY_LAST_LINE_RE = re.compile(rf"(?:^|\n)[ \t]*(?:the[ \t]+)?(?P<agency>{_AGENCY_FULL_NAMES})[ \t]*\.?\s*\Z")
# (kinds19) A wire service's sign-off at the foot, in brackets: a credit list whose last clause is
# the editors' ("(Reporting by Jane Roe; Editing by Tom Poe.)", "(Additional reporting by ...; Writing
# by ...; Editing by ...)"), Reuters' house form. It names no agency, so it counts only where the text's
# publisher is known and is not an agency: there the story is the wire's, republished.
_WIRE_SIGNOFF_RE = re.compile(
    r"(?m)^[ \t]*\((?:additional[ \t]+)?(?:reporting|writing)[ \t]+by[ \t][^()\n]{1,500}?;[ \t]*"
    r"editing[ \t]+by[ \t][^();\n]{1,160}\)[ \t]*\.?[ \t]*$")
# First-person singular words (English, German, French), as the tokeniser gives them (lower case).
FIRST_PERSON_WORDS = frozenset("""i i'm i've i'd i'll me my mine myself ich mich mir mein meine meinen
    meinem meiner meines je j'ai moi mon ma mes""".split())
# First-person singular words per 1,000 words above which a text is written in the first person.
# Wire and news reports on the development pages stay under 5 (quoted speakers); personal blog
# posts and columns run from 15 to 60.
FIRST_PERSON_RATE = 12.0
_ALSO_NOT_PRONOUNS = frozenset(("mine", "i", "me"))  # "the gold mine", "World War I" (xlplugin.pronouns)
FIRST_PERSON_STRONG = 30.0
# Words of organisations: an author with one of them is not a person's name. (kinds31) With the bodies that
# kinds.txt's "Published by the ... Institute" line names: a trust, a society, a charity, a council, a campaign
# ("Foodwise Trust" on foodwisetrust.org had read as a person's own site, opinion).
_ORG_WORDS_RE = re.compile(r"\b(?:foundation|stiftung|gmbh|inc|ltd|llc|ag|e\.\s?v|verein|partei|party|fraktion|media|news|desk|redaktion|team|staff|group|press|online|verlag|institut\w*|universit\w*|company|corp\w*|association|verband"
                           r"|trust|society|charity|council|centre|center|department|ministry|agency|commission|federation|union|coalition|alliance|network|campaign|authority)\b", re.IGNORECASE)
FEW_WORDS = 150
SHORT_LINE_CHARS = 45
SHORT_LINES_SHARE = 0.55
SHORT_LINES_MIN = 12
# A list page: at least this many list items ("- ", "• " lines), making at least two thirds of
# the lines (an index of links, a product listing, a menu).
LIST_LINES_MIN = 8
LIST_LINES_SHARE = 0.67
_LIST_MARKS = "-•*–·▪►»"
_LIST_LINE_RE = re.compile(f"[{re.escape(_LIST_MARKS)}]\\s")


@dataclass(frozen=True)
class Rule:
    kind: str
    where: str
    pattern: str
    weight: float
    why: str
    min_count: int = 1
    regex: re.Pattern[str] | None = None
    # Worked out from the pattern when the table is read, for speed only: see
    # `xlplugin.kinds_shortcuts` (None: no such shortcut for this pattern).
    first_words: frozenset[str] | None = None
    single_words: frozenset[str] | None = None
    rest: re.Pattern[str] | None = None
    rest_needs: tuple[frozenset[str], ...] | None = None
    starts: Starts | LineStarts | EachStarts | None = None
    rest_starts: Starts | None = None
    rest_choices: tuple[tuple[frozenset[str], str], ...] | None = None
    tail: re.Pattern[str] | None = None
    # for a rule on "own": per alternative of the pattern, the words it needs and its beginning
    own_choices: tuple[tuple[frozenset[str], str], ...] | None = None
    # (speed31) the same for a rule on the whole text (`_chosen_prefixes`)
    text_choices: tuple[tuple[frozenset[str], str], ...] | None = None
    # (kinds21) words one of which every match holds (`kinds_shortcuts.word_sets`), and the rare marks
    # every match holds (`kinds_shortcuts.required_marks`)
    words_any: frozenset[str] | None = None
    marks: str = ""
    # (speed21) for a rule read at line starts: the beginnings one of which a line of the text must open
    # with (`kinds_shortcuts.line_keys`; the document's `_Facts.line_heads`)
    line_keys: frozenset[str] | None = None
    # (kinds20) a label the text gives itself that says it is not to be weighed as reporting (satire, an
    # advertisement): where the rule's kind wins, the engine gives no index (kinds.txt: "<kind>, no index")
    withholds: bool = False

    # (worked out once per rule, not per document: `_may_match` asks it of most rules of every
    # document; a cached_property writes the instance's __dict__, which a frozen dataclass allows)
    @cached_property
    def literal_start(self) -> bool:
        return self.where != "computed" and self.pattern[:1].isprintable() and self.pattern[:1] not in "\\([.^$|?*+{"


@dataclass(frozen=True)
class Kind:
    """A document's kind and the cues (in words) that decided it; `scores` is each kind's weight.
    `no_index`: where a label the text gives itself decided the kind and says it is not reporting
    (labelled satire, a labelled advertisement), that cue in words: the engine gives no index and
    its Status says why; "" otherwise."""

    kind: str
    cues: tuple[str, ...]
    scores: tuple[tuple[str, float], ...] = ()
    no_index: str = ""

    def reason(self) -> str:
        cues = "; ".join(self.cues[:3])
        return f"{self.kind}" + (f" ({cues})" if cues else "")


def deciding_reason(kind: str, cues: tuple[str, ...]) -> str:
    """`Kind.reason` for the note of a page that is not an article (`engine.score_document`: the
    Status, the terminal table, `--json` and the Read sheet all show it): the same cues, the one
    that weighed most first (the rule of the table with the largest weight; ties in table order),
    so that a recipe page reads "recipe headings ..." before "most lines are short links or
    labels". `Kind.cues` keep the table's order."""
    weights: dict[str, float] = {}
    for rule in rules():
        if rule.kind == kind:
            weights[rule.why] = max(rule.weight, weights.get(rule.why, rule.weight))

    def weight(cue: str) -> float:  # a cue is its rule's `why`, with what showed it after it
        found = max((why for why in weights if cue.startswith(why)), key=len, default=None)
        return weights[found] if found is not None else 0.0

    return Kind(kind, tuple(sorted(cues, key=lambda cue: -weight(cue)))).reason()


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules of `xlplugin/data/kinds.txt`, checked: a bad line is an error naming it."""
    out = []
    for number, line in enumerate(data_text("kinds.txt").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) < 5:
            raise DataFileError(f"kinds.txt:{number}: expected kind | where | pattern | weight | why")
        kind, where, pattern, weight, why = parts[0], parts[1], " | ".join(parts[2:-2]), parts[-2], parts[-1]
        where, _, count = where.partition("*")
        kind, withholds = (kind[:-len(NO_INDEX_MARK)], True) if kind.endswith(NO_INDEX_MARK) else (kind, False)
        if kind not in KINDS or kind == NOT_ARTICLE and withholds or where not in WHERE:
            raise DataFileError(f"kinds.txt:{number}: unknown kind {kind!r} or place {where!r}")
        if where == "computed" and pattern not in _COMPUTED:
            raise DataFileError(f"kinds.txt:{number}: unknown measure {pattern!r}")
        try:  # (loud50) a weight, a count or a pattern that cannot be read: the line named
            rule = Rule(kind, where, pattern, float(weight), why, int(count or 1), withholds=withholds)
            out.append(rule if where == "computed" else _with_shortcuts(rule))
        except (ValueError, re.error) as exc:
            raise DataFileError(f"kinds.txt:{number}: {exc} (in {line.strip()[:80]!r})") from None
    return tuple(out)


def _with_shortcuts(rule: Rule) -> Rule:
    """The rule with its compiled pattern and the shortcuts read off it (speed only)."""
    # matched against lower-cased values (lower-casing once is cheaper than IGNORECASE)
    return replace(rule, regex=re.compile(rule.pattern), **shortcuts(rule.where, rule.pattern))


def _host(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _path(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
    except ValueError:
        return ""
    return parts.path + (("?" + parts.query) if parts.query else "")


# --- computed measures: each returns None (no cue) or a short note in words


def _first_person_rate(doc: Document, counts: Counter) -> float | None:
    """First-person singular words per 1,000 of the writer's own words (version 20: an
    interview's answers and a transcript's turns are left out of the words counted too),
    outside quotations, an interview's answers and a transcript's turns (a quoted speaker's, an interviewee's or a speaker's "I" is not the
    writer's), a reader's question heading (`voice.reader_headings`), an advice column's letters and a post embedded from a
    social network (kinds29: `blockquotes.embedded_posts`), less "mine" the noun and "I" the numeral (`xlplugin.pronouns`); None for texts too short to
    say. `counts`: the document's word counts (`_Facts.counts`)."""
    if doc.word_count < 80:
        return None
    count = sum(counts.get(word, 0) for word in FIRST_PERSON_WORDS)
    talk = interview.find(doc) if count else None
    turns = interview.transcript(doc) if count else None
    # (version 10) a reader's question heading ("How do I apply?"): the reader's "I", as loaded
    # language's voice reads it (voice.reader_headings)
    headings = reader_headings(doc) if count else set()
    # (forum26) an advice column's letters from readers: the reader's "I" (xlplugin.reader_letters)
    letters = tuple(reader_letters.letters(doc)) if count else ()
    # (kinds29) a post embedded from a social network, with its credit line: the poster's "I" (xlplugin.blockquotes)
    letters += tuple((start, end) for start, _, end in blockquotes.embedded_posts(doc)) if count else ()
    # (kinds48) a checklist of questions put to the reader ("Ask yourself:" over "- Does it give me energy?"): the
    # reader's "I", as a reader's heading's is (voice.reader_question_list)
    letters += tuple(reader_question_list(doc)) if count else ()
    words = doc.word_count
    if count and (doc.quotes or talk or turns or headings or letters):
        starts, sentence_of = doc.token_starts, doc.token_sentences
        count = sum(1 for i in _positions(doc.lowers, counts, FIRST_PERSON_WORDS)
                    if doc.quote_at(starts[i]) is None and not (talk and talk.in_answer(starts[i]))
                    and not (turns and turns.holds(starts[i])) and not not_pronoun(doc, i)
                    and sentence_of[i] not in headings and not any(a <= starts[i] < b for a, b in letters))
        # (version 20) per 1,000 of the writer's own words: an interview's answers and a
        # transcript's turns are the speakers' words, so they are not in the rate's denominator
        # either (a blogger's first-person post with a long interview inside it had its "I" spread
        # over the interviewee's answers too). Where the writer's own words are too few to say,
        # the whole text's count stands.
        spoken = _tokens_inside(starts, (talk.answers if talk else ()) + (turns.turns if turns else ()) + letters)
        if words - spoken >= 80:
            words -= spoken
    elif count:
        count -= sum(map(partial(not_pronoun, doc), _positions(doc.lowers, counts, _ALSO_NOT_PRONOUNS)))
    return 1000.0 * count / words


def _tokens_inside(starts: list[int], spans: tuple[tuple[int, int], ...]) -> int:
    """How many of the words starting at `starts` (sorted) lie inside the spans (in any order;
    an interview's answers and a transcript's turns may overlap)."""
    count, reached = 0, 0
    for start, end in sorted(spans):
        start = max(start, reached)
        if end > start:
            count += bisect_left(starts, end) - bisect_left(starts, start)
            reached = end
    return count


def _positions(lowers: list[str], counts: Counter, words: frozenset[str]):
    """Where the words of `words` stand in `lowers` (`counts`: how often each does), found with
    list.index from one to the next rather than a pass in Python over every word."""
    for word in words:
        at = -1
        for _ in range(counts.get(word, 0)):
            at = lowers.index(word, at + 1)
            yield at


def _list_lines(doc: Document, facts: _Facts) -> str | None:
    """Most lines are list items: an index of links, a listing or a menu, not running prose."""
    lines = facts.lines
    # each list item holds one of the marks: too few marks in the text, too few items (and the
    # lines are not tried one by one)
    marks = sum(map(doc.text.count, _LIST_MARKS))
    if marks < LIST_LINES_MIN or marks < LIST_LINES_SHARE * len(lines):
        return None
    items = sum(1 for ln in lines if _LIST_LINE_RE.match(ln.strip()))
    if items >= LIST_LINES_MIN and items >= LIST_LINES_SHARE * len(lines):
        return f"{items} of {len(lines)} lines are list items"
    return None


def _first_person(doc: Document, facts: _Facts) -> str | None:
    rate = facts.first_person_rate
    return _singular_rate(rate) if rate is not None and rate >= FIRST_PERSON_RATE else None


def _first_person_strong(doc: Document, facts: _Facts) -> str | None:
    rate = facts.first_person_rate
    return _singular_rate(rate) if rate is not None and rate >= FIRST_PERSON_STRONG else None


def _singular_rate(rate: float) -> str:
    """The first-person rate in a cue's words. It counts "I" alone (FIRST_PERSON_WORDS), where the
    Why's loaded-language voice counts "I" and "we": the words say which, so that one row does not
    show two different "first-person words per 1,000"."""
    return f"{rate:.0f} first-person singular words per 1,000, not counting we"


def _person_name(author: str) -> bool:
    """Does this look like one person's name (not an organisation, not a site)?"""
    name = author.strip()
    return bool(name) and ";" not in name and not _ORG_WORDS_RE.search(name) and "." not in name and len(name) <= 40


def _squeeze(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


# (kinds27) A post's meta line at the top crediting a user name in lower case after its date ("11.09.2011, 16:20 von
# jovelmax", "March 3, 2024 by annasgarden"): read as written (a newsroom's credit "Von SPIEGEL", "By Jane Roe" has capitals).
_POST_LINE_RE = re.compile(r"(?m)^[ \t]*(?=[^\n]{0,40}\d)[^\n]{0,40}?\b(?:von|by|posted by|geschrieben von|verfasst von)[ \t]+@?"
                           r"(?P<handle>[a-z][a-z0-9_.-]{3,30})[ \t]*$")


def _post_line_handle(doc: Document, facts: _Facts) -> str | None:
    """(kinds27) The user name a dated post line at the top credits, where it is the site's own name (its host or
    outlet): a one-person site's post ("11.09.2011, 16:20 von jovelmax" on jovelmax.de)."""
    site = _squeeze(facts.host.rsplit(".", 1)[0]) + " " + _squeeze(doc.outlet)
    match = _POST_LINE_RE.search(doc.text[:HEAD_CHARS])
    if match is None:
        return None
    handle = _squeeze(match.group("handle").rsplit(".", 1)[0] if match.group("handle").count(".") == 1 else match.group("handle"))
    return match.group("handle") if len(handle) >= 4 and handle in site else None


def _personal_site(doc: Document, facts: _Facts) -> str | None:
    """The author's name (or surname) is the site's name or host: a person's own site; (kinds27) or a dated post
    line at the top credits the site's own name (`_post_line_handle`)."""
    author = doc.author.strip()
    if not _person_name(author) or len(author.split()) < 2:  # "Julia" alone could be anyone's
        if not facts.host and not doc.outlet:
            return None
        handle = _post_line_handle(doc, facts)
        return f"the post line credits {handle!r}, site {facts.host or doc.outlet}" if handle else None
    site = _squeeze(facts.host.rsplit(".", 1)[0]) + " " + _squeeze(doc.outlet)
    parts = [_squeeze(p) for p in author.split() if len(_squeeze(p)) > 3]
    if _squeeze(author) and _squeeze(author) in site or any(p in site for p in parts[1:] or parts):
        return f"author {author!r}, site {facts.host or doc.outlet}"
    return None


_PRICE_RE = re.compile(r"[$£€]\s?\d+(?:[.,]\d{2})?|\b\d+[.,]\d{2}\s?(?:€|eur\b|euro\b)")
PRICES_MIN = 3


def _sales_pitch(doc: Document, facts: _Facts) -> str | None:
    """(promo26) A seller's pitch in prose (promo_labels.sales_pitch): the sales pressure of the text
    (`sales_pressure.pressures`, as loaded language reads it), each piece's words lower-cased, with a price and where
    to buy it or a code in the writer's own words. Most texts have no sales pressure and stop at once."""
    spans = sales_pressure.pressures(doc)
    if len(spans) < promo_labels.SALES_PITCH_MIN:
        return None
    starts, ends = doc.token_starts, doc.token_ends
    pressed = [" ".join(doc.text[starts[a]:ends[b - 1]].lower().split()) for a, b, _ in spans]
    return promo_labels.sales_pitch(facts.own, pressed)


def _newsletter_furniture(facts: _Facts) -> str | None:
    """(advert30) An e-mail newsletter's furniture (`newsletter_lines`), its sponsor's block named where it has one."""
    letter = facts.newsletter
    if letter is None:
        return None
    sponsor = f"; sponsor: {letter.sponsor[:60]!r}" if letter.sponsor else ""
    return f"{len(letter.spans)} lines: {', '.join(letter.marks)}{sponsor}"


_OWN_SELLER_WORDS = frozenset(("our", "we", "we've"))


def _own_superlative(doc: Document, facts: _Facts) -> str | None:
    """(promo26) The company's superlative for its own product outside quotations: sales pressure of the class "a
    seller's superlative" (`sales_pressure.pressures`, as loaded language reads it) with "our" or "we" in it ("our most
    powerful laptop ever", "the thinnest laptop we have ever built"), whose words stand in the writer's own words."""
    if "our" not in doc.analysis.vocabulary and "we" not in doc.analysis.vocabulary and "we've" not in doc.analysis.vocabulary:
        return None
    for a, b, what in sales_pressure.pressures(doc):
        if what == sales_pressure.SUPERLATIVE and not _OWN_SELLER_WORDS.isdisjoint(doc.lowers[a:b]):
            words = " ".join(doc.text[doc.token_starts[a]:doc.token_ends[b - 1]].lower().split())
            if words in facts.own:
                return repr(words[:40])
    return None


def _prices(doc: Document, facts: _Facts) -> str | None:
    text = facts.text
    if not any(mark in text for mark in ("$", "£", "€", " eur")):  # most texts: no regex at all
        return None
    found = count_prices(text, _PRICE_RE)  # len(_PRICE_RE.findall(text)), with less work
    return f"{found} prices" if found >= PRICES_MIN else None


_TIMESTAMP_LINE_RE = re.compile(r"(?:^|\n)[^\n]{0,40}\b\d{1,2}:\d{2}(?:\s?[ap]m)?\b[^\n]{0,40}(?:\n|$)")
TIMESTAMP_LINES_MIN = 3


def _timestamps(doc: Document, facts: _Facts) -> str | None:
    """Several short lines holding a clock time ("24. März 2004, 19:49"): posts or comments."""
    clocks = facts.clock_colons
    if not clocks:
        return None
    found = count_timestamp_lines(facts.text, clocks, _TIMESTAMP_LINE_RE)  # len(....findall(text))
    return f"{found} lines" if found >= TIMESTAMP_LINES_MIN else None


def _forum_thread(doc: Document, facts: _Facts) -> str | None:
    """(voice20) A thread of replies, each post under a poster's line ("u/pine_pete \u00b7 412
    points": `forum_posts.thread`): a forum's page, whatever its posters write."""
    found = forum_posts.thread(doc)
    if found is None:
        return None
    return f"{len(found[0])} posts of {len({h for _, _, h in found[0]})} posters"


def _forum_breadcrumb(doc: Document, facts: _Facts) -> str | None:
    """(threads27) A forum's breadcrumb over the first post ("Posted in Greenfingers Forum > Vegetables":
    `forum_posts.breadcrumb_line`): the page is a forum's."""
    crumb = forum_posts.breadcrumb_line(doc)
    return doc.text[crumb[0]:crumb[1]].strip()[:80] if crumb else None


def _few_words(doc: Document, facts: _Facts) -> str | None:
    return f"{doc.word_count} words" if doc.word_count < FEW_WORDS else None


def _short_lines(doc: Document, facts: _Facts) -> str | None:
    if doc.text.count("\n") < SHORT_LINES_MIN:
        return None
    lines = facts.lines
    if len(lines) < SHORT_LINES_MIN:
        return None
    # a short line: at most SHORT_LINE_CHARS characters (about six words) without a full stop
    short = sum(1 for ln in lines if len(ln) <= SHORT_LINE_CHARS and not ln.rstrip().endswith((".", "!", "?", ":")))
    share = short / len(lines)
    return f"{short} of {len(lines)} lines" if share >= SHORT_LINES_SHARE else None


def _no_byline_no_date(doc: Document, facts: _Facts) -> str | None:
    # Only for a web page (it has a page type: xlplugin.pages sets one): a pasted text or a
    # table row without author and date says nothing about the page it came from.
    if not doc.page_type or doc.author.strip() or doc.date.strip():
        return None
    return "no author or date given"


def _home_page(doc: Document, facts: _Facts) -> str | None:
    # Only for a web page (xlplugin.pages sets its type): a table row or a pasted text may give
    # just the outlet's domain as its URL, which says where it was published, not that it is a
    # home page.
    if not doc.page_type or facts.values["url"] != "/":
        return None
    return seen_at("url", "/")


# (kinds9) An organisation's office that speaks for it: "<outlet> Press Office", "Press Office,
# <outlet>", "<outlet> Newsroom" is the outlet itself (pages.py keeps such a meta author). A news
# outlet's own "News Desk" or "News Team" is its reporters, not an office speaking for it.
_SPEAKING_OFFICE_RE = re.compile(
    r"^(?:(?:the\s+)?(?:press|media)\s+(?:office|team)|communications(?:\s+(?:office|team))?|newsroom|media relations|pressestelle)"
    r"\s*(?:[,|:\u2013\u2014-]\s*|\s+(?:of|at)\s+(?:the\s+)?)"
    r"|\s*(?:[,|:\u2013\u2014-]\s*|\s+)(?:(?:press|media)\s+(?:office|team)|communications(?:\s+(?:office|team))?|newsroom|media relations|pressestelle)$",
    re.IGNORECASE)


def _organisation_speaking(author: str) -> str:
    """The author without an office that speaks for the organisation ("Northmoor University
    Press Office", "Press Office, Northmoor University": "Northmoor University")."""
    return _SPEAKING_OFFICE_RE.sub("", author.strip()).strip()


def organisation_publishes(doc: Document) -> bool:
    """(kinds16) Is the author an organisation, not one person's name, and the text's publisher
    or its site ("Wikimedia Foundation" on wikimediafoundation.org, as `_self_published` reads
    it)? Then the text is the organisation's own statement: its "we" is the issuer naming itself
    (loaded language counts it as no argued voice, as in an announcement)."""
    return bool(doc.author.strip()) and not _person_name(_organisation_speaking(doc.author)) \
        and _self_published_on(doc, _host(doc.url).lower()) is not None


def _outlet_words(outlet: str) -> str:
    """The outlet's name as kinds.txt's outlet rules read it: lower case, white space one space.
    (Not source_rating.outlet_key, which also leaves out a leading "The", a closing full stop and
    hyphens, which some rules look for: "e. V.", "the Associated Press".)"""
    return " ".join(outlet.split()).lower()


def _self_published(doc: Document, facts: _Facts) -> str | None:
    return _self_published_on(doc, facts.host)


def _self_published_on(doc: Document, host: str) -> str | None:
    author, outlet = _organisation_speaking(doc.author).lower(), _outlet_words(doc.outlet)
    if not author or (_person_name(doc.author) and not _ORG_WORDS_RE.search(outlet)):
        return None  # a person's own site is not an organisation speaking
    squeezed = re.sub(r"[^a-z0-9]", "", author)
    if outlet and (author == outlet or (len(squeezed) > 3 and squeezed == re.sub(r"[^a-z0-9]", "", outlet))):
        return f"author {doc.author.strip()!r} is the publisher"
    if host and len(squeezed) > 3 and squeezed in host.replace(".", "").replace("-", ""):
        return f"author {doc.author.strip()!r} is the site"
    return None


def _agency_credit(doc: Document, facts: _Facts) -> str | None:
    """A news agency named as the author or in the dateline, on a text whose own outlet or
    address is known and is not that agency's: another outlet published agency copy. (An
    agency's own story on its own site is its report; a text with no known publisher cannot be
    told apart from the agency's own.)"""
    host, outlet = facts.host, facts.values["outlet"]
    if not host and not outlet:
        return None
    agency = _agency_author(doc.author) or _agency_credited(doc.page_type)
    if not agency:
        m = _AGENCY_DATELINE_RE.search(doc.text, 0, HEAD_CHARS)
        agency = m.group("agency").lower() if m else ""
    if not agency:
        agency = _agency_line(facts.values["head"], facts.values["tail"])
    if not agency:
        return None
    home = AGENCIES.get(agency, "")
    if (home and host and (host == home or host.endswith("." + home))) or agency in outlet:
        return None
    return f"credited to {agency.upper() if len(agency) <= 4 else agency.title()}, published by {outlet or host}"


def _aggregator_copy(doc: Document, facts: _Facts) -> str | None:
    """(kinds31) A copy on an aggregator (msn.com, Yahoo, AOL ...: `data/aggregators.txt`, read by the URL's site) that
    credits another outlet as its original, as source_rating reads the credit (`aggregator_copies.credit_of`: the outlet
    given, the page's markup, a "Story by NAME • PROVIDER" line, a "This article originally appeared on ..." line, a
    copyright or closing "Read more at ..." line naming a rated site): syndicated copy whoever the original is, a
    newspaper as well as a news agency. A copy crediting the aggregator itself, or naming no original, keeps its kind; a
    news agency's credit is `_agency_credit`'s (one cue)."""
    host = facts.host
    if not host or "." not in host:
        return None
    from .aggregator_copies import aggregator_of, credit_of, sites_of

    parts = host.split(".")
    agg = aggregator_of(".".join(parts[i:]) for i in range(len(parts) - 1))
    if agg is None:
        return None
    from .scorers.source_rating import builtin_ratings

    table = builtin_ratings()
    credit = credit_of(agg, doc.outlet, doc.page_type, doc.text, doc.author, lambda name: bool(sites_of(name, table)))
    if credit is None or credit.own:
        return None
    name = credit.name.strip()
    if name.lower().removeprefix("the ").strip() in AGENCIES or _agency_author(name):
        return None
    return f"credited to {name}, published by {agg.domain}"


# (syndic31) The pieces of an author field: names between ";", a comma, a bar or a bullet ("Jane Ray, Associated Press",
# "Jane Ray | Reuters"), each read without a leading "By" or "The" ("By The Associated Press").
_AUTHOR_PIECES_RE = re.compile(r"\s*[;,|\u2022\u00b7]\s*|\s+[\u2013\u2014]\s+")
_AUTHOR_LEAD_RE = re.compile(r"^(?:(?:story[ \t]+)?by[ \t]+)?(?:the[ \t]+)?", re.IGNORECASE)


def _agency_author(author: str) -> str:
    """(syndic31) The news agency an author field names as a piece of its own ("Associated Press", "The Associated
    Press", "By Reuters", "Reuters Staff", "Jane Ray, AFP", "Story by Jane Ray \u2022 Reuters"), lower-cased, or "". A short
    name ("AP", "PA", "AFP") beside other names counts in capitals only, after one name: "Pa" or "PA" after a
    town is Pennsylvania's (alone, as the whole author, it counts in any case, as before). A staff writer's "Jane
    Ray, Staff Writer" names none."""
    if not author:
        return ""
    pieces = _AUTHOR_PIECES_RE.split(author)
    listed = ";" not in author and len(pieces) > 2  # (names between ";" are the page's or the table's list of authors)
    for piece in pieces:
        piece = _AUTHOR_LEAD_RE.sub("", piece.strip().rstrip("."))
        m = _AGENCY_AUTHOR_RE.match(piece)
        if m is None:
            continue
        name = m.group("agency")  # ("Reuters Staff": Reuters, whose own site is reuters.com)
        if len(name) <= 5 and " " not in name and len(pieces) > 1 and (not name.isupper() or listed):
            continue  # ("Tom Pike, Pittsburgh, PA": a state after a town)
        return name.lower()
    return ""


def _agency_credited(page_type: str) -> str:
    """(syndic31) The news agency a copy on an aggregator credits in its markup ("credited: Reuters" in the page type:
    aggregator_copies.page_credit), lower-cased, or ""."""
    if "credited: " not in page_type:
        return ""
    from .aggregator_copies import credited_in_page_type

    name = credited_in_page_type(page_type).lower().removeprefix("the ").strip()
    return name if name in AGENCIES else ""


def _agency_line(head: str, tail: str) -> str:
    """The agency a line of its own credits in the lower-cased head or tail (`_AGENCY_LINE_RES`; the tail's last line
    alone: `_AGENCY_LAST_LINE_RE`), or ""."""
    for place in (head, tail):
        for regex in _AGENCY_LINE_RES:
            m = regex.search(place)
            if m is not None:
                return m.group("agency")
    m = _AGENCY_LAST_LINE_RE.search(tail)
    return "" if m is None else m.group("agency")


def _closing_block(doc: Document, facts: _Facts) -> str | None:
    """A press release's closing block (`form_lines.closing_block`, which the signals read as the
    issuer's boilerplate): its first line."""
    block = closing_block(doc)
    return None if block is None else block[1][:60]


def _wire_signoff(doc: Document, facts: _Facts) -> str | None:
    """A wire service's bracketed sign-off at the foot (`_WIRE_SIGNOFF_RE`), on a text whose
    publisher is known and is no news agency."""
    host, outlet = facts.host, facts.values["outlet"]
    if not host and not outlet:
        return None
    tail = facts.values["tail"]
    if "editing" not in tail:
        return None
    m = _WIRE_SIGNOFF_RE.search(tail)
    if m is None:
        return None
    agency_site = any(host == home or host.endswith("." + home) for home in set(AGENCIES.values()))
    if agency_site or _AGENCY_AUTHOR_RE.match(outlet):
        return None
    return f"{' '.join(m.group().strip().strip('().').split())[:80]}, published by {outlet or host}"


# (kinds15) A credit line at the foot (or the top) giving a news agency as the story's reporter:
# "Reporting by Owen Pritchard for the Press Association", "— With reporting from the Associated
# Press", "Reporting by Reuters". The line opens with the credit (a dash or a bracket before it), so
# "... Reporting from the Associated Press shows" inside a sentence, "Additional reporting by
# Reuters" and "The Associated Press contributed to this report" (an outlet's own story drawing on
# agency copy) are none. A clause of a credit list ends at ";" ("Reporting by Jane Roe; Editing by
# ..." names no agency: the sign-off alone is no wire credit).
_CREDIT_LINE_RE = re.compile(
    r"[ \t]*(?:[\u2014\u2013-]+[ \t]*)?\(?[ \t]*(?:with[ \t]+)?(?:reporting|reported|written)[ \t]+(?:by|from)[ \t]+"
    rf"(?:[^;\n()]{{0,80}}?[ \t]for[ \t]+)?(?:the[ \t]+)?(?P<agency>{_AGENCY_NAMES})\b(?![ \t]*(?:'s|\u2019s))")


def _credit_line(place: str) -> re.Match[str] | None:
    """`_CREDIT_LINE_RE` at the start of a line of `place` (the text's start or after a line break):
    the first line that holds one, as a search for "(?:^|\\n)" and the pattern would find. Speed
    only: it is tried only at the starts of the lines holding "report" or "written" (every credit's
    verb holds one), found with `str.find`, instead of at every character (a search with no
    literal start cost about 50 us a 600-character place)."""
    starts = set()
    for word in ("report", "written"):
        pos = place.find(word)
        while pos >= 0:
            starts.add(place.rfind("\n", 0, pos) + 1)
            pos = place.find(word, pos + 1)
    for start in sorted(starts):
        m = _CREDIT_LINE_RE.match(place, start)
        if m is not None:
            return m
    return None


def _agency_credit_line(doc: Document, facts: _Facts) -> str | None:
    """A credit line in the head or the tail giving a news agency as the reporter, on a text not
    published on the agency's own site (there it is the agency's own report). Unlike an agency in
    the dateline (`_agency_credit`), the line says in words whom the story was reported for, so a
    text with no known publisher counts too."""
    values = facts.values
    for place in (values["tail"], values["head"]):
        m = _credit_line(place)
        if m is None:
            continue
        agency = m.group("agency")
        home = AGENCIES.get(agency, "")
        if (home and facts.host and (facts.host == home or facts.host.endswith("." + home))) or (
                agency in values["outlet"]):
            return None
        return f"reporting for {agency.upper() if len(agency) <= 4 else agency.title()}"
    return None


# (kinds9) Opinion labels are read from one table, provenance.txt's [opinion_label_starts] and
# [opinion_label_colon_starts] (the provenance cue "opinion or analysis label" reads the same): a
# label opening the text ("Opinion", "Review: ...") or opening its first line and followed by a
# mark or nothing ("Film review: The ...", "Book review | ..."), as the outlet says what it is.
_LABEL_MARK_RE = re.compile(r"[ \t]*(?:[:|\u2014\u2013]|-[ \t]|$)")


@lru_cache(maxsize=1)
def _opinion_labels() -> tuple[str, ...]:
    from .lexicon import load_sections

    table = load_sections("provenance.txt")
    return tuple(sorted(table["opinion_label_starts"] + table["opinion_label_colon_starts"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _line_labels() -> tuple[str, ...]:
    """(kinds24) The labels that stand alone on a line (provenance.txt's `[opinion_label_starts]`: not
    "review" or "comment", which alone on a line are a tab or a button)."""
    from .lexicon import load_sections

    return tuple(load_sections("provenance.txt")["opinion_label_starts"])


def _opinion_label(doc: Document, facts: _Facts) -> str | None:
    """The text opens with an opinion label (`_opinion_labels`): at its very start as a word of
    its own ("Opinion The council ..."), or as its first line's label before a mark or the line's
    end ("Film review: The Salt Road")."""
    head = facts.values["head"]
    line = head.lstrip().split("\n", 1)[0]
    labels = _opinion_labels()
    # (most texts: neither the head nor its first line starts with any label, which one C-level
    # `startswith` of the whole tuple tells; the loop below returns only where one does)
    if not head.startswith(labels) and not line.startswith(labels):
        return None
    for label in labels:
        at_start = head.startswith(label) and not head[len(label):len(label) + 1].isalnum()
        if at_start or line.startswith(label) and _LABEL_MARK_RE.match(line, len(label)):
            return seen_at("head", label)
    return None


# (kinds9) A recipe's structure: an ingredients heading over lines of quantities, and a method
# heading over its steps. Instructions, whatever story the writer tells before them.
_INGREDIENTS_RE = re.compile(r"(?m)^[ \t]*(?:#+[ \t]*)?(?:ingredients|you will need|what you need|zutaten|ingrédients)\b[^\n]{0,30}$")
_METHOD_RE = re.compile(r"(?m)^[ \t]*(?:#+[ \t]*)?(?:method|directions|instructions|preparation|steps|how to make (?:it|them)|zubereitung|préparation)\b[^\n]{0,30}$")
# a quantity line: a number, a fraction or a measure word, then a short rest ("500 g flour",
# "1/2 tsp salt", "- 2 onions, chopped", "a pinch of salt")
_QUANTITY_LINE_RE = re.compile(r"[ \t]*(?:[-*\u2022\u2013][ \t]*)?(?:\d+(?:[.,/]\d+)?|[\u00bc-\u00be\u2153-\u215e]|an?[ \t]+(?:pinch|handful|dash|knob|splash|few|little|bunch|sprig|clove|cup)|some|salt)\b[^\n]{0,70}$", re.IGNORECASE)
# (kinds20) one item of an ingredient list, as a line holds one or a paragraph several between commas
# ("225g softened butter, 4 eggs, 2 tbsp yoghurt"): a quantity, its unit maybe joined to it ("225g", "2lb",
# "500ml"), then a short rest. A recipe written with its ingredients in one paragraph is a recipe too.
_QUANTITY_ITEM_RE = re.compile(r"[ \t]*(?:[-*\u2022\u2013][ \t]*)?(?:\d+(?:[.,/]\d+)?(?:[^\W\d_]{1,5})?|[\u00bc-\u00be\u2153-\u215e]|an?[ \t]+(?:pinch|handful|dash|knob|splash|few|little|bunch|sprig|clove|cup))\b[^\n,;]{0,70}$", re.IGNORECASE)
_ITEM_SEPARATOR_RE = re.compile(r"[,;]")
# (speed) the ingredients headings found at line starts only (`LineStarts.finditer`: the same
# matches; `(?m)^` is tried at every character of the text, ~15 microseconds an article)
_INGREDIENTS_LINES = LineStarts.of(_INGREDIENTS_RE)
RECIPE_QUANTITY_LINES = 3
RECIPE_STEP_LINES = 2


def _recipe_structure(doc: Document, facts: _Facts) -> str | None:
    """An ingredients heading with at least RECIPE_QUANTITY_LINES quantity lines under it, and
    after them a method heading with at least RECIPE_STEP_LINES lines under it."""
    text = facts.text
    if "\n" not in text:
        return None
    headings = _INGREDIENTS_LINES.finditer(text) if _INGREDIENTS_LINES else _INGREDIENTS_RE.finditer(text)
    for heading in headings:
        lines = [ln for ln in text[heading.end():].split("\n")[:30] if ln.strip()]
        quantities = 0
        for ln in lines:
            items = _quantity_items(ln)
            if not items:
                break
            quantities += items
        method = _METHOD_RE.search(text, heading.end())
        if quantities >= RECIPE_QUANTITY_LINES and method is not None:
            steps = [ln for ln in text[method.end():].split("\n")[:20] if ln.strip()]
            if len(steps) >= RECIPE_STEP_LINES:
                return f"{quantities} quantity lines under {heading.group().strip()!r}, then {method.group().strip()!r}"
    return _unheaded_recipe(text)


def _quantity_items(line: str) -> int:
    """How many ingredients with a quantity a line under an ingredients heading lists: one for a
    quantity line ("2 onions, chopped"), or each of its items between commas that opens with a
    quantity (kinds20: "225g softened butter, 225g caster sugar, 4 eggs"); 0 for a line that is
    no ingredient list."""
    items = sum(1 for item in _ITEM_SEPARATOR_RE.split(line) if _QUANTITY_ITEM_RE.match(item))
    return max(items, 1) if _QUANTITY_LINE_RE.match(line) else items


# (kinds14) A recipe without headings: a list of quantities, most with a unit ("500 g flour", "2 tbsp
# honey": claims.txt [measure_unit_words], the units form_lines reads), right before numbered steps ("1.
# Mix ...", "2. Stir ..."). A report's numbered list follows no such list of measures.
_FIRST_STEP_RE = re.compile(r"\n[ \t]*(?:step[ \t]*)?1[.):][ \t]+\S")
_SECOND_STEP_RE = re.compile(r"\n[ \t]*(?:step[ \t]*)?2[.):][ \t]+\S")
_UNIT_AMOUNT_RE = re.compile(r"[ \t]*(?:[-*\u2022\u2013][ \t]*)?(?:\d+(?:[.,/]\d+)?|[\u00bc-\u00be\u2153-\u215e])[ \t]*(?:x[ \t]*\d+[ \t]*)?"
                             r"(?P<unit>[^\W\d_]+)")
RECIPE_UNIT_LINES = 3
RECIPE_GAP_LINE_CHARS = 40  # one short line ("Serves 4") may stand between the list and the steps


def _unit_line(line: str) -> bool:
    m = _UNIT_AMOUNT_RE.match(line)
    return m is not None and m.group("unit") in words("claims.txt", "measure_unit_words")


def _unheaded_recipe(text: str) -> str | None:
    """A recipe told by its shape alone (the lower-cased text): at least RECIPE_QUANTITY_LINES
    quantity lines, RECIPE_UNIT_LINES of them with a unit, ending at most one short line before a
    step numbered 1, which a step numbered 2 follows."""
    first = _FIRST_STEP_RE.search(text)
    if first is None or _SECOND_STEP_RE.search(text, first.end()) is None:
        return None
    before = [ln for ln in text[:first.start()].split("\n")[-40:] if ln.strip()]
    if before and not _QUANTITY_LINE_RE.match(before[-1]) and len(before[-1].strip()) <= RECIPE_GAP_LINE_CHARS:
        before.pop()
    quantities = units = 0
    for ln in reversed(before):
        if not _QUANTITY_LINE_RE.match(ln):
            break
        quantities += 1
        units += _unit_line(ln)
    if quantities < RECIPE_QUANTITY_LINES or units < RECIPE_UNIT_LINES:
        return None
    return f"{quantities} quantity lines, {units} with a unit, then numbered steps"


FORUM_FURNITURE = 3.0  # the forum rules' weight (furniture, a forum's address) that makes a poster's voice


def _forum_voice(doc: Document, facts: _Facts) -> str | None:
    """Written in the first person, in a text whose forum rules (placed before this one in the
    table) already weigh FORUM_FURNITURE: a forum post is its poster's own voice, so the first
    person is a forum cue as much as an opinion cue, and the furniture decides."""
    rate = facts.first_person_rate
    if facts.scores.get(FORUM, 0.0) < FORUM_FURNITURE or rate is None or rate < FIRST_PERSON_RATE:
        return None
    return _singular_rate(rate)


# (kinds20) A social media post's own marks: @handles, #hashtags and the poster's prompts to share
# or like ("Share if you agree!!!", "RT if ...", "like and share", "tag a friend"). Read only on a short
# text (a post, not a news story that embeds one or names a hashtag): at most SOCIAL_POST_WORDS words, marks of two sorts or
# more, and at least SOCIAL_POST_MARKS of them or a prompt to share among them (a brief report on a
# trending hashtag names it, and maybe its starter's handle, but asks nobody to share).
SOCIAL_POST_WORDS = 80  # (the short news stories that embed posts run from 100 words: 13 of SemEval's and PolNeAR's, 106 to 290)
SOCIAL_POST_MARKS = 3
_HANDLE_RE = re.compile(r"(?<![\w@.(])@[a-z0-9_]{2,15}\b")  # (not "(@handle)": an embedded post's credit)
_HASHTAG_RE = re.compile(r"(?<![\w&#])#[a-z][a-z0-9_]{1,40}\b")
_SHARE_PROMPT_RE = re.compile(
    r"\b(?:share if you agree|please share|share this post|like and share|like & share|like if you agree|retweet if|rt if|"
    r"repost if|tag a friend|tag someone|follow for more|link in (?:my )?bio|drop a comment|comment below if)\b|(?:^|\s)rt @")


def _social_post(doc: Document, facts: _Facts) -> str | None:
    """A short text with a social media post's marks (handles, hashtags, prompts to share)."""
    text = facts.text
    # (two sorts are needed and prompts are one: a text with neither "@" nor "#" has too few)
    if doc.word_count > SOCIAL_POST_WORDS or ("@" not in text and "#" not in text):
        return None
    found = [(len(regex.findall(text)), one, many) for regex, one, many in _SOCIAL_MARKS]
    found = [mark for mark in found if mark[0]]
    if len(found) < 2 or sum(n for n, _, _ in found) < SOCIAL_POST_MARKS and found[-1][1] != "prompt to share":
        return None
    return ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in found)


# (kinds21) A short note in the first person with nothing of an article around it: no headline (the text opens
# with a sentence, and no title is given), no author, no quotation and no reported speech ("said", "according
# to"), at most SOCIAL_POST_WORDS words ("Went to the council meeting last night. Longer than I expected, ...").
# Such a text is someone's post (a forum reply, a status update), whatever it reports: the text alone says
# nothing of who wrote it or how they know. A report's brief has a headline or a source; a letter is signed.
SHORT_POST_WORDS_MIN = 15
_REPORTED_SPEECH = frozenset("said says told according".split())


_TRAILING_MARKS_RE = re.compile(r"(?:[ \t]+[@#]\w+)+[ \t]*$")


def _short_post(doc: Document, facts: _Facts) -> str | None:
    if not SHORT_POST_WORDS_MIN <= doc.word_count <= SOCIAL_POST_WORDS or doc.title.strip() or doc.author.strip():
        return None
    counts = facts.counts
    # (kinds22) a post's own mark, a handle or a hashtag, says "a post" as the first person does: a calm
    # anonymous note ending "@MillbrookCouncil #parking" had read as a report
    if not any(counts.get(word) for word in FIRST_PERSON_WORDS) and not _post_mark(facts.text) or doc.quotes \
            or not _REPORTED_SPEECH.isdisjoint(doc.analysis.vocabulary):
        return None
    first = doc.text.lstrip().split("\n", 1)[0].rstrip()
    first = _TRAILING_MARKS_RE.sub("", first)  # (kinds22) the handles and tags a post adds after its sentence
    if not first.endswith((".", "!", "?")) or len(first.split()) < 8:
        return None  # (a first line that is no sentence may be a headline)
    return f"{doc.word_count} words"


def _post_mark(text: str) -> bool:
    """Does the lower-cased text hold a handle or a hashtag (not "(@handle)", an embedded post's credit)?"""
    return ("@" in text and _HANDLE_RE.search(text) is not None) or ("#" in text and _HASHTAG_RE.search(text) is not None)


# (kinds22) The tags a poster adds: the text's last line made only of hashtags, two or more ("#crypto #altcoin
# #moonpaw"), after a line of the post's own. A news story that embeds a post quotes it inside the story, with
# the post's credit after it; a page's "Tags:" line is labelled and holds no "#".
TAG_LINE_MIN = 2
_TAG_LINE_RE = re.compile(r"(?:#\w{1,40}[ \t,]*){2,}")  # ("#100x" is a tag; a line of numbers "#1 #2" is none)


def _tag_line(doc: Document, facts: _Facts) -> str | None:
    text = facts.text
    if "#" not in text:
        return None
    lines = facts.lines
    last = lines[-1].strip().lower() if len(lines) > 1 else ""
    if not last.startswith("#") or _TAG_LINE_RE.fullmatch(last) is None or not any(map(str.isalpha, last)):
        return None
    tags = last.count("#")
    return f"{tags} hashtags" if tags >= TAG_LINE_MIN else None


_SOCIAL_MARKS = ((_HANDLE_RE, "handle", "handles"), (_HASHTAG_RE, "hashtag", "hashtags"),
                 (_SHARE_PROMPT_RE, "prompt to share", "prompts to share"))


# (kinds20) A satire label on a line of the text's first 600 characters: the line is the label ("Satire",
# "Parody:"), opens with it before a mark ("Satire: Nation's dads ..."), ends with it after a mark ("THE
# DAILY SPROUT — satire", "Weekend | Spoof"; (pages21) also where the line goes on after the label's full
# stop: "THE DAILY SPROUT — SATIRE. Nothing below happened.") or holds it in brackets ("(satire)"). A line
# that only speaks of satire ("Why satire matters", "Fools' Gold review — satire with teeth") is none.
_SATIRE_WORDS = ("satire", "parody", "spoof")
_SATIRE_LABEL_RE = re.compile(
    r"(?:satire|parody|spoof)[ \t]*(?:[:|\u2014\u2013]|-[ \t]|$)"  # the line opens with the label
    r"|.{0,80}?(?:[|\u2014\u2013]|[ \t]-)[ \t]*(?:satire|parody|spoof)[ \t]*(?:[.!](?:[ \t]+.*)?)?$"  # or ends with it
    r"|.{0,200}?\((?:satire|parody|spoof)\)")


def _satire_label(doc: Document, facts: _Facts) -> str | None:
    head = facts.values["head"]
    if not any(word in head for word in _SATIRE_WORDS):
        return None
    for line in head.split("\n"):
        line = line.strip().lstrip("#").strip()
        if _SATIRE_LABEL_RE.match(line):
            return seen_at("head", line[:60])
    return None


# (kinds28) An events listing ("What's on", "Events this week"): three or more short lines each opening with an
# event's clock time ("10am-4pm", "7.30pm", "19:30") and its day or date ("Saturday", "5 October"), or with its
# time and giving its entry terms ("Free entry", "Tickets \u00a36", "\u00a32 per person", "booking required"). A
# calendar of events, not an article about one: a report names a time once or twice, inside its sentences ("the
# committee is scheduled to vote on Friday at 9:30 a.m."), a shop box gives a price's time at the end ("(as of
# 10:15 EDT)"), a line reporting speech is none, and a live blog's entries open with a time alone.
EVENT_LINES_MIN = 3
EVENT_LINE_CHARS = 200
EVENT_WHEN_CHARS = 45  # the time (and the day or date) open the line: "Saturday 10am-4pm, ...", "April 21, 6:30 p.m. - ..."
_EVENT_LINE_MARKS = " \t-*\u2022\u2013\u2014"
_EVENT_SAYING_RE = re.compile(r"\b(?:said|says|told|tweeted|wrote|announced|reported)\b")
_EVENT_TIME_RE = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\b(?:[01]?\d|2[0-3]):[0-5]\d\b")
_EVENT_DAY_RE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:daily|weekends?|nightly)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[ \t]+\d{1,2}\b")
_EVENT_ENTRY_RE = re.compile(
    r"\bfree(?: entry| admission| event|\.|,|;|$)|\btickets?\b|[$\u00a3\u20ac][ \t]?\d|\bper (?:person|head|adult|child)\b"
    r"|\bconcessions?\b|\bbooking (?:required|essential|advised)\b|\bdoors\b|\badmission\b")


def _find_all(text: str, mark: str) -> list[int]:
    out, at = [], text.find(mark)
    while at != -1:
        out.append(at)
        at = text.find(mark, at + 1)
    return out


def _after_digit(text: str, at: int) -> bool:
    """Does a digit stand right before `at`, or a digit and a space ("7pm", "7 pm")?"""
    before = text[max(at - 2, 0):at]
    return before[-1:].isdigit() or (before[-1:] == " " and before[:1].isdigit())


def _event_lines(doc: Document, facts: _Facts) -> str | None:
    text = facts.text
    # only the lines with a time's mark ("pm", "p.m.", a clock's colon) near their start are read
    marks = facts.time_marks + facts.clock_colons
    if len(marks) < EVENT_LINES_MIN:  # most texts stop here
        return None
    starts = set()
    for at in marks:
        start = text.rfind("\n", 0, at) + 1
        if at - start <= EVENT_WHEN_CHARS + 8:  # (a list mark or two before the time)
            starts.add(start)
    if len(starts) < EVENT_LINES_MIN:
        return None
    found = 0
    for start in starts:
        end = text.find("\n", start)
        line = text[start:end if end != -1 else len(text)].lstrip(_EVENT_LINE_MARKS)
        opening = line[:EVENT_WHEN_CHARS]
        if len(line) > EVENT_LINE_CHARS or not _EVENT_TIME_RE.search(opening) or _EVENT_SAYING_RE.search(line):
            continue
        if _EVENT_DAY_RE.search(opening) or _EVENT_ENTRY_RE.search(line):
            found += 1
    return f"{found} lines" if found >= EVENT_LINES_MIN else None


# (kinds32) One event's own page (a theatre's page for a play, a village fair's notice): near the top a short line
# giving the event's day or date with its clock time, as a listing's line does ("Wed 11 - Sat 14 March 2026, 7.30pm",
# "Saturday 9 May, 10am to 4pm"), and two or more short lines of the terms of going to it: entry and tickets ("Free
# entry", "Prices: \u00a318, \u00a315 concessions", "Book tickets"), how long it runs and for whom ("Running time
# approximately 2 hours", "Suitable for ages 12+"), access, parking, refreshments, dogs. A listing is not an article
# (three such lines made one, kinds28's `_event_lines`); one event's page has one date line and its terms. A report
# on the event gives the day and time in its sentences and reports the organisers ("said", "according to": two lines
# reporting someone make no event page), and puts no date line of its own at the top; a page's publication stamp ("Published: Tuesday 3 March 2026, 10:45am", "10.45 GMT") is none; a
# review's details line ("Until 14 March. Tickets \u00a318") stands at its end, where it is no event page's top.
EVENT_PAGE_HEAD_LINES = 4  # the date line is one of the text's first four lines (the event's name may come first)
EVENT_PAGE_LINE_CHARS = 120  # a date line is short: a sentence reporting the event is longer
EVENT_PAGE_HEAD_SPLITS = 16  # (the first look splits off this many lines at most: four lines and the blanks between)
EVENT_PAGE_TERMS_MIN = 2  # lines of the terms of going, besides the date line
EVENT_PAGE_REPORTING_MAX = 2  # an event's page speaks for its organiser: two lines reporting someone make a report
_EVENT_REPORTING_RE = re.compile(r"\b(?:said|says|told|according to|announced|reported)\b")
# the date line opens with the day, the date or the time ("Saturday 9 May ...", "11 March ...", "March 11 ...", "7.30pm
# ...", "Every Saturday ..."): a report's sentence giving them opens otherwise ("The fair runs from 10am on Saturday ...")
_EVENT_PAGE_OPENING_RE = re.compile(
    r"(?:(?:every|each|from|until|till)\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}\b"
    r"|\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm)\b|(?:[01]?\d|2[0-3]):[0-5]\d\b)")
_EVENT_STAMP_RE = re.compile(r"\b(?:published|updated|posted|modified|last|gmt|bst|utc|cet|cest|est|edt|pst|pdt)\b")
_EVENT_TERMS_RE = re.compile(
    r"\bfree (?:entry|admission|event)\b|\bentry (?:is )?free\b|\b(?:entry|entrance|admission)(?: fee)?\s?:|\badmission\b"
    r"|\btickets?\b|\bconcessions?\b|\bbox office\b|\bbooking (?:is )?(?:required|essential|advised|recommended)\b"
    r"|\bbook (?:now|online|here|today)\b|\brunning time\b|\bsuitable for (?:ages|all ages|children|families|everyone)\b"
    r"|\bages? \d{1,2}\s?\+|\bage guidance\b|\bwheelchair\b|\bstep-free\b|\bcaptioned\b|\baudio[- ]described\b"
    r"|\bdogs (?:are )?welcome\b|\bparking\b|\brefreshments\b|\bdoors open\b")


def _event_page(doc: Document, facts: _Facts) -> str | None:
    text = facts.text
    parts = text.split("\n", EVENT_PAGE_HEAD_SPLITS)  # (the cheap first look: the text's first lines only)
    if len(parts) > EVENT_PAGE_HEAD_SPLITS:
        parts.pop()  # (the rest of the text, unsplit)
    head = [line for line in (line.strip(_EVENT_LINE_MARKS) for line in parts) if line][:EVENT_PAGE_HEAD_LINES]
    if not any(len(line) <= EVENT_PAGE_LINE_CHARS and _EVENT_TIME_RE.search(line) for line in head):
        return None  # (most texts stop here)
    lines = [line for line in (line.strip(_EVENT_LINE_MARKS) for line in text.split("\n")) if line]
    when = next((i for i, line in enumerate(lines[:EVENT_PAGE_HEAD_LINES])
                 if len(line) <= EVENT_PAGE_LINE_CHARS and _EVENT_PAGE_OPENING_RE.match(line) and _EVENT_TIME_RE.search(line)
                 and _EVENT_DAY_RE.search(line) and not _EVENT_SAYING_RE.search(line)
                 and not _EVENT_STAMP_RE.search(line)), None)
    if when is None or sum(1 for line in lines if _EVENT_REPORTING_RE.search(line)) >= EVENT_PAGE_REPORTING_MAX:
        return None
    terms = [line for i, line in enumerate(lines) if i != when and len(line) <= EVENT_LINE_CHARS
             and _EVENT_TERMS_RE.search(line) and not _EVENT_SAYING_RE.search(line)]
    if len(terms) < EVENT_PAGE_TERMS_MIN:
        return None
    shown = "; ".join(_EVENT_TERMS_RE.search(line)[0] for line in terms[:3])
    return f"{lines[when][:60]!r}; {shown}"


# (kinds29) An organisation's invitation to its own event: the writer, as "we", invites the reader ("Join us on
# Saturday", "we warmly invite you", "you are invited", "we look forward to welcoming you", "register now"; "wir laden
# Sie herzlich ein", "seid herzlich eingeladen", "wir freuen uns auf Ihr Kommen") outside quotations, and the text
# gives the event's clock time ("10:00", "7.30pm", "19 Uhr"). The organiser announcing its event (a press release),
# not a report on it: a report quotes the organisers' invitation ("We invite everyone," said ...) or says in the third
# person that all are welcome.
_INVITATION_RE = re.compile(
    r"\b(?:join us (?:on|for|at|in|this|next)\b|we (?:warmly |cordially |would like to )?invite (?:you|all|everyone|members)\b"
    r"|you are (?:warmly |cordially |all )?invited\b|we look forward to (?:seeing|welcoming|meeting) you\b"
    r"|(?:register|sign up|book your (?:place|seat|ticket)) (?:now|today|here)\b"
    r"|wir laden (?:sie|euch|alle|dich)\b|laden (?:wir )?(?:sie|euch|alle|dich) (?:herzlich |recht herzlich )?ein\b"
    r"|(?:seid|sind|bist) (?:herzlich |alle |recht herzlich )?eingeladen\b"
    r"|wir freuen uns auf (?:ihr|euer|dein|ihren|euren|deinen|ihre|eure|deine) (?:kommen|besuch|teilnahme)\b"
    r"|nous vous invitons\b)")
_CLOCK_RE = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.|uhr)(?![a-z])|\b(?:[01]?\d|2[0-3]):[0-5]\d\b")


def _event_invitation(doc: Document, facts: _Facts) -> str | None:
    text = facts.text
    if "invit" not in text and "join us" not in text and "look forward" not in text and "eingeladen" not in text \
            and " ein" not in text and "freuen uns" not in text and "register" not in text and "sign up" not in text \
            and "book your" not in text:
        return None
    m = _INVITATION_RE.search(facts.own)
    if m is None or not _CLOCK_RE.search(text):
        return None
    return seen_at("own", m[0])


# (kinds28) An affiliate disclosure in the writer's own words ("This post contains affiliate links", "we may earn a
# commission", "As an Amazon Associate I earn from qualifying purchases"): looked for only where one of its rare
# words stands in the text
_AFFILIATE_RE = re.compile(
    r"\b(?:this (?:post|article|page|guide|list|review|story|roundup|round-up) (?:contains|includes|may contain|has)"
    r" affiliate links|(?:contains|includes|uses) affiliate links|we (?:may|might|could) (?:earn|receive|get) (?:a |an )?"
    r"(?:small )?(?:commission|affiliate commission|share of (?:the )?(?:sale|sales|revenue)|fee)"
    r"|as an amazon associate,? (?:i|we) earn|(?:i|we) earn from qualifying purchases)\b")


def _affiliate_disclosure(doc: Document, facts: _Facts) -> str | None:
    text = facts.text
    if "affiliate" not in text and "commission" not in text and "qualifying purchases" not in text \
            and "amazon associate" not in text:
        return None
    m = _AFFILIATE_RE.search(facts.own)
    return seen_at("own", m[0]) if m else None


# (kinds28) Unlabelled satire told from its own formulas, three kinds of them together: a headline (the title or
# the first line) about an "Area Man", "Local Woman", "Nation's ..." or opening "Report:"; "At press time,"
# opening a sentence of the last paragraph; "sources close to the ... confirmed"; a study that finds a round
# share of some everyday thing ("Study Finds 94 Percent Of ..."). Each alone is common in real reports ("Local
# man charged", "At press time, the council had not replied", "sources close to the family said"), and two
# together still are ("Local man hurt in crash" closing "At press time, police had not named him"): only all
# three name the genre. The absurdity itself (a study conducted while asleep) cannot be read from words; a satire site's name can
# (kinds.txt's satire hosts and outlets).
_SATIRE_HEADLINE_RE = re.compile(
    r"(?:area|local) (?:man|woman|men|women|dad|mom|mum|teen|boy|girl|couple|family|resident|grandmother|grandfather)\b"
    r"|nation's[ \t]+(?:(?![\w-]*est\b)[\w-]+[ \t]+)?[\w-]*[^\Ws]s\b|report:[ \t]")
# (kinds29) "Nation's" before people or things in the plural ("Nation's Dads", "Nation's Pet Owners"), not a report's
# "Nation's jobless rate", "Nation's largest banks", "Nation's economy"
_STUDY_HEADLINE_RE = re.compile(r"(?:new )?study (?:finds|shows|reveals)[ \t]+\d{1,3}(?:[ \t]?%|[ \t]+percent)[ \t]+of\b")
_AT_PRESS_TIME_RE = re.compile(r"(?:^|[.!?\"\u201d][ \t]+|\n[ \t]*)at (?:press|publishing) time,")
_SOURCES_CLOSE_RE = re.compile(r"\bsources close to\b[^.\n]{0,60}?\b(?:confirmed|said|reported|revealed)\b")
# (kinds29) two more of the body's formulas: the vox pop's "area man" named with his age ("said area man Gary Dunn, 46,"
# where a report says "a local resident" and gives no age) and unnamed "sources confirmed" on a day ("sources
# confirmed Tuesday": a report names its sources or says what they are)
_AREA_VOX_RE = re.compile(
    r"\barea (?:man|woman|dad|mom|mum|father|mother|teen|resident|couple|grandmother|grandfather)"
    r"(?: [a-z][\w'\u2019.-]*){1,3}, \d{1,2}\b")
_SOURCES_CONFIRMED_RE = re.compile(
    r"\b(?:sources|reports) confirmed (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|this week)\b")
SATIRE_FORMULAS_MIN = 3


def _satire_formulas(doc: Document, facts: _Facts) -> str | None:
    text = facts.text
    # the body's formulas that may stand in the text, by a word each holds (most texts have none, or one)
    closing = "press time" in text or "publishing time" in text
    close = "sources close" in text
    vox = "area " in text
    confirmed = "s confirmed " in text
    if closing + close + vox + confirmed < SATIRE_FORMULAS_MIN - 1:
        return None
    first = text.lstrip().split("\n", 1)[0].strip()
    headline = facts.values["title"] or first
    found = []
    if _SATIRE_HEADLINE_RE.match(headline) or (headline != first and _SATIRE_HEADLINE_RE.match(first)):
        found.append("an Area Man or Nation's headline")
    elif _STUDY_HEADLINE_RE.match(headline) or _STUDY_HEADLINE_RE.match(first):
        found.append("a study's round share as headline")
    if len(found) + closing + close + vox + confirmed < SATIRE_FORMULAS_MIN:
        return None
    if closing:
        last = text.rstrip().rsplit("\n\n", 1)[-1]
        if " time," in last and _AT_PRESS_TIME_RE.search(last):
            found.append("At press time closing the last paragraph")
    if close and _SOURCES_CLOSE_RE.search(text):
        found.append("sources close to ... confirmed")
    if vox and _AREA_VOX_RE.search(text):
        found.append("an area man named with his age")
    if confirmed and _SOURCES_CONFIRMED_RE.search(text):
        found.append("unnamed sources confirmed on a day")
    return "; ".join(found) if len(found) >= SATIRE_FORMULAS_MIN else None


# (kinds21) A listicle: a headline that counts its items ("11 Sleep Mistakes That ...", "Top 9 Ways ...") over
# that many numbered items, each a short section ("1. Scrolling in bed", "2. ..."), written to the reader ("your
# phone", "you can"). A selection of tips or claims the writer makes at the reader, not a report of events: read
# as the writer's own piece (opinion or analysis). A news digest in the same shape ("10 Things to Know for
# Today", "5 things to watch in tonight's debate") reports in the third person: the content-farm listicles the
# testers wrote hold 51 and 69 "you" words per 1,000, the AP and Politico digests and SemEval's numbered
# articles 0 to 11, so LISTICLE_YOU_RATE lies between. A report's own numbered list ("The council gave 3
# reasons: 1. ...") has no count in its headline matching the list.
LISTICLE_ITEMS_MIN = 3
LISTICLE_YOU_RATE = 25.0  # "you" words per 1,000 words of the text
_YOU_WORDS = frozenset("you your yours yourself yourselves you're you've you'll you'd".split())
_HEADLINE_COUNT_RE = re.compile(r"(?<![\d.,$\u00a3\u20ac])\b(\d{1,2})\b(?![.,:]\d|\s*(?:%|percent|per cent))")
_NUMBERED_ITEM_RE = re.compile(r"(?m)^[ \t]*(?:#{1,4}[ \t]*)?(?:no\.[ \t]*|#)?(\d{1,2})[.):][ \t]+\S")


def _listicle(doc: Document, facts: _Facts) -> str | None:
    """The headline (the given title, or the text's first line) holds a count N of LISTICLE_ITEMS_MIN or
    more, the text numbers its items 1 to N, in order, at line starts, and it speaks to the reader
    (LISTICLE_YOU_RATE "you" words per 1,000 or more)."""
    text = doc.text
    headline = doc.title.strip() or text[:HEAD_CHARS].lstrip().split("\n", 1)[0]
    # (most texts: no figure in the headline, known from its characters)
    if not any(c.isdigit() for c in headline):
        return None
    counts = {int(m.group(1)) for m in _HEADLINE_COUNT_RE.finditer(headline)} - set(range(LISTICLE_ITEMS_MIN))
    if not counts:
        return None
    you = 1000.0 * sum(map(doc.lowers.count, _YOU_WORDS & doc.analysis.vocabulary)) / max(doc.word_count, 1)
    if you < LISTICLE_YOU_RATE:
        return None
    numbers = [int(m.group(1)) for m in _NUMBERED_ITEM_RE.finditer(text)]
    for count in sorted(counts, reverse=True):
        expected = iter(range(1, count + 1))
        want = next(expected)
        for number in numbers:
            if number == want:
                want = next(expected, None)
                if want is None:
                    return f"{count} items, numbered 1 to {count}; {you:.0f} \"you\" words per 1,000"
    return None


def _interview_form(doc: Document, facts: _Facts) -> str | None:
    """Questions put to someone and their answers (`xlplugin.interview`): reporting."""
    talk = interview.find(doc)
    return None if talk is None else talk.cue()


def _transcript_form(doc: Document, facts: _Facts) -> str | None:
    """Speaker-labelled turns of several speakers (`xlplugin.interview.transcript`): a hearing,
    a debate or a court record written down, reporting what others said."""
    turns = interview.transcript(doc)
    return None if turns is None or turns.timed else turns.cue()


def _timed_transcript(doc: Document, facts: _Facts) -> str | None:
    """(advert30) An automatic transcript, its lines told by their timestamps (`interview._timed_transcript`): its
    speakers' words, reporting what others said."""
    turns = interview.transcript(doc)
    return turns.cue() if turns is not None and turns.timed else None


# (prov2) A dateline at a line start in the head: a place name whose words are capitalised
# ("SEOUL", "New York", "Rio de Janeiro"), a region, an agency in brackets, then a dash. Read on
# the text as written: the lower-cased head the other rules read took a blog's opening words
# ("der sommer ist da \u2013") for a place name.
_DATELINE_PLACE_WORDS = r"(?:[A-Z][\w.'-]*|de|da|del|do|dos|di|la|le|am|an|upon|on|of)"
# (prov24) or a date in brackets after a place with its state: "Fairhaven, Ore. (Oct. 14, 2026) \u2014"
_BRACKET_DATE = r"[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d"
_DATELINE_HEAD_RE = re.compile(
    rf"(?:^|\n)[ \t]*[A-Z][\w.'-]*(?:[ \t]+{_DATELINE_PLACE_WORDS}){{0,3}}"  # SEOUL / Rio de Janeiro
    r"(?:,\s[A-Z][\w .]{1,25})?\s?(?:\((?:[A-Za-z .]{2,30}|" + _BRACKET_DATE + r")\)\s?)?[\u2014\u2013-]{1,2}\s"  # , South Korea (AFP) --
)


# a dash and the white space after it: the end of every dateline (`_DATELINE_HEAD_RE`)
_DASH_GAP_RE = re.compile(r"[\u2014\u2013-]\s")


def _last_dash_gap(text: str) -> int:
    """Where the last dash followed by white space of the first HEAD_CHARS characters stands (-1:
    none). Speed only: every match of `_DATELINE_HEAD_RE` ends with one (one or two dashes, then white space,
    within HEAD_CHARS), after its start, so no line start past it can start one (most texts: none
    in the head, and no line is tried; `tests/test_speed_shortcuts_exact.py`)."""
    last = -1
    for m in _DASH_GAP_RE.finditer(text, 0, HEAD_CHARS):
        last = m.start()
    return last


def _dateline(doc: Document, facts: _Facts) -> str | None:
    """A dateline (_DATELINE_HEAD_RE) in the first HEAD_CHARS characters of the text."""
    # The pattern opens with (?:^|\n): a match starts at the text's start or at a line break, so
    # it is tried there only, in order (str.find jumps between the breaks; a search tries every
    # character of the head): the same first match, a third of the time
    # (`tests/test_kinds_fast.py`).
    text, match, at = doc.text, _DATELINE_HEAD_RE.match, 0
    last = _last_dash_gap(text)
    while 0 <= at <= last:
        m = match(text, at, HEAD_CHARS)
        if m is not None and not heading_before_list(text, m) \
                and not mastheads.masthead_name(mastheads.line_at(text, m.end() - 1)):  # (byline18) no place named
            # (kinds17: a heading over a list, xlplugin/list_dashes.py)
            # (shown lower-cased, as the rules on the lower-cased head show their match)
            return seen_at("head", ' '.join(m.group().lower().split())[:40])
        at = text.find("\n", at + 1, HEAD_CHARS)
    return None


# (kinds10) An installation guide: its first line says it installs something ("# Installing
# quickcsv", "Installation"), and an install command stands in code marks: in backticks, on a
# line indented as code or opening with "$ ", or inside a fenced block.
_INSTALL_TITLE_RE = re.compile(r"\s*(?:#{1,3}[ \t]*)?(?:installing|installation|install|how to install)\b[^\n]{0,60}(?:\n|$)")
_INSTALL_COMMAND = (r"(?:\$ )?(?:sudo )?(?:pip3?|python3? -m pip|npm|pnpm|yarn|brew|apt-get|apt|dnf|yum|conda|gem|cargo)"
                    r" (?:install|add)\b")
_CODE_COMMAND_RE = re.compile(rf"`{_INSTALL_COMMAND}|(?m:^(?: {{4}}|\t|[ \t]*\$ )[ \t]*{_INSTALL_COMMAND})")
_FENCE_RE = re.compile(r"(?ms)^[ \t]*```[^\n]*\n(.*?)^[ \t]*```")
_FENCED_COMMAND_RE = re.compile(rf"(?m)^[ \t]*{_INSTALL_COMMAND}")


def _install_guide(doc: Document, facts: _Facts) -> str | None:
    """The first line is an installing title (`_INSTALL_TITLE_RE`) and an install command stands
    in code marks (`_CODE_COMMAND_RE`, or a line of a fenced block)."""
    text = facts.text
    title = _INSTALL_TITLE_RE.match(text)
    if title is None:  # (most texts: the one match at the start fails)
        return None
    found = _CODE_COMMAND_RE.search(text)
    if found is None:
        found = next(filter(None, (_FENCED_COMMAND_RE.search(block) for block in _FENCE_RE.findall(text))), None)
    if found is None:
        return None
    return f"{title.group().strip()[:40]!r}, {' '.join(found.group().strip('`$ ').split())[:40]!r}"


def _file_names(name: str, url: str) -> str:
    """The file's own names, lower-cased, one a line: the last part of `name` (a document's id;
    "docs/README.md": "readme.md") and of the URL's path ("/owner/tool/blob/main/CHANGELOG.md")."""
    parts = [value.rstrip("/").rsplit("/", 1)[-1].strip().lower() for value in (name, _path(url).split("?", 1)[0])]
    return "\n".join(part for part in parts if part)


# (kinds14) A reader's letter signed at its foot: the name (two to four capitalised words), then the
# town, on the next line or after a comma ("Nick Roe.\n\nLong Beach, Calif.", "Ann Lee, Leeds"),
# right after a paragraph of prose. Read on the text as written (the capitals tell a name).
_NAME_WORD = r"[A-Z][\w'\u2019.-]*"
_SIGNOFF_RE = re.compile(
    rf"\n[ \t]*[\u2013\u2014-]?[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})"
    rf"[ \t]*(?:,[ \t]*|\n(?:[ \t]*\n)*[ \t]*)"
    rf"(?P<town>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}(?:,[ \t]*{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})?)[ \t]*(?=\n|$)")
# first words of a credit or a page's furniture, not of a reader's name ("By Ann Lee", "Getty Images")
_NOT_SIGNOFF_WORDS = frozenset("""by photo photos image images picture pictures getty read follow share copyright
    contact source posted updated related advertisement sponsored editing reporting""".split())
LETTER_PROSE_CHARS = 60  # the letter before a sign-off: a paragraph of at least this many characters
LETTER_SIGNOFFS_MIN = 2


def _signs_a_letter(text: str, m: re.Match[str]) -> bool:
    """Does the sign-off `m` close a paragraph of prose (the non-empty line before it)?"""
    end = len(text[:m.start()].rstrip())
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    first = m.group("name").split()[0].rstrip(".").lower()
    return len(line) >= LETTER_PROSE_CHARS and line.endswith((".", "!", "?", '"', "\u201d", "'", "\u2019", ")")) \
        and first not in _NOT_SIGNOFF_WORDS


def _advice_column(doc: Document, facts: _Facts) -> str | None:
    """(forum26) A reader's letter to the columnist answered by the columnist (`reader_letters.letters`)."""
    found = [doc.text[s:e].strip() for s, e in reader_letters.letters(doc)]
    found = [letter for letter in found if letter[:4].lower() == "dear"]  # (not the headline in the reader's words)
    if not found:
        return None
    return f"{len(found)} letter{'s' if len(found) > 1 else ''}, as {found[0].split(chr(10))[0][:40]!r}"


def _letter_signoffs(doc: Document, facts: _Facts) -> str | None:
    """At least LETTER_SIGNOFFS_MIN letters signed with a name and a town (`_SIGNOFF_RE`), each
    after its paragraph of prose: a page of readers' letters."""
    text = doc.text
    found = [m for m in _SIGNOFF_RE.finditer(text) if _signs_a_letter(text, m)]
    if len(found) < LETTER_SIGNOFFS_MIN:
        return None
    first = found[0]
    return f"{len(found)} signed, as {' '.join(first.group('name').split())!r}, {' '.join(first.group('town').split())!r}"


# (kinds14) A poem: most of its lines stand in stanzas (blocks of two or more lines), short, and
# broken where verse breaks them: at a pause (the line ends with a comma, a full stop, a dash...) or
# before the line is full (the next line's first word would have fitted, within the stanza's
# longest line). Prose wrapped at a width (an e-mail, a column) breaks a line only where the next
# word does not fit, wherever the sentence is: few of its lines end at a pause. A list, a form or
# a menu is told by its marks, labels and one-word lines.
VERSE_LINES_MIN = 8
VERSE_SHARE = 0.75  # of the text's non-empty lines, in stanzas
VERSE_LINE_CHARS = 60  # the stanzas' lines, on average at most
VERSE_BREAK_SHARE = 0.5  # of the breaks inside stanzas, at least, at a pause or before the line is full
VERSE_OTHER_SHARE = 0.2  # of the stanzas' lines, at most, a list item, a field, a figure, one word or a long line
# a list mark, a figure, a label, one word, or a line of 100 characters or more
_NOT_VERSE_LINE_RE = re.compile(r"[-*\u2022\u2013\u00b7>#|]|\d|[^\s:]{1,25}:|\S+$|.{100}")
# Prose written a sentence a line (PTC's articles, a chat log) ends most lines at a sentence's end;
# verse runs its sentences over its lines (commas, no mark): at most this share end a sentence
VERSE_SENTENCE_END_SHARE = 0.5
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u2019\u201d)]*$")


def _stanzas(text: str) -> list[list[str]]:
    """The text's blocks of non-empty lines (stripped), in order."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        line = line.strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


_PAUSE_END_RE = re.compile(r"(?:[,;:.!?]|\s[\u2013\u2014-]|\u2014)[\"'\u2019\u201d)]*$")


def _verse_breaks(stanza: list[str]) -> int:
    """The breaks inside the stanza at a pause (`_PAUSE_END_RE`) or where the next line's first
    word would have fitted."""
    width = max(map(len, stanza))
    return sum(1 for line, after in zip(stanza, stanza[1:])
               if _PAUSE_END_RE.search(line) or len(line) + 1 + len(after.split(None, 1)[0]) <= width)


def _verse(doc: Document, facts: _Facts) -> str | None:
    """Written in verse: at least VERSE_LINES_MIN lines in stanzas of two or more, VERSE_SHARE of
    the text's lines, of VERSE_LINE_CHARS characters or fewer on average, at most VERSE_OTHER_SHARE
    of them a list item, a field, a figure, one word or a long line, at most
    VERSE_SENTENCE_END_SHARE ending a sentence, and VERSE_BREAK_SHARE of the breaks inside
    the stanzas where verse breaks (`_verse_breaks`)."""
    text = doc.text
    # (most texts: a break inside a stanza is a "\n" next to no other, and both of each "\n\n" are
    # none; a text with fewer than VERSE_LINES_MIN / 2 such breaks has no verse to find)
    if text.count("\n") - 2 * text.count("\n\n") < VERSE_LINES_MIN // 2:
        return None
    blocks = _stanzas(text)
    stanzas = [block for block in blocks if len(block) >= 2]
    lines = [line for stanza in stanzas for line in stanza]
    if len(stanzas) < 2 or len(lines) < VERSE_LINES_MIN or len(lines) < VERSE_SHARE * sum(map(len, blocks)):
        return None
    if sum(map(len, lines)) > VERSE_LINE_CHARS * len(lines) \
            or sum(1 for line in lines if _NOT_VERSE_LINE_RE.match(line)) > VERSE_OTHER_SHARE * len(lines) \
            or sum(1 for line in lines if _SENTENCE_END_RE.search(line)) > VERSE_SENTENCE_END_SHARE * len(lines):
        return None
    breaks = sum(map(_verse_breaks, stanzas))
    if breaks < VERSE_BREAK_SHARE * (len(lines) - len(stanzas)):
        return None
    if forum_posts.thread(doc) is not None:
        return None  # (threads27) a thread's short posts under their posters' lines are no stanzas
    return f"{len(lines)} lines in {len(stanzas)} stanzas, {breaks} of {len(lines) - len(stanzas)} broken as verse"


# (kinds18) The writer's own words loaded with contempt, emotion and exaggeration (the loaded
# language signal's counts of derogatory, emotive and exaggerating terms outside quotations, per
# 1,000 words) argue at the reader: such a text is opinion, not a report. Doubt words ("allegedly")
# and verbs of attribution ("claimed") are left out: crime and court reports use them plainly.
# Chosen on the SemEval tune half (texts classed as news reports before: 9 hyperpartisan and 2 not
# pass, an essay and a partisan site's post) and on the trust15 tester's texts (hyperpartisan
# posts 27 to 70 per 1,000 with 2 to 5 derogatory terms; reports, signed columns and insinuating
# commentary under 10), with floors in terms so that a short text's few words do not decide it.
LOADED_VOICE_RATE = 20.0
LOADED_VOICE_TERMS = 8
LOADED_VOICE_CONTEMPT = 2
_LOADED_VOICE_KINDS = ("derogatory", "emotive", "exaggeration")


def _loaded_voice(doc: Document, facts: _Facts) -> str | None:
    loaded = facts.loaded
    if loaded is None or loaded.value is None or not loaded.details.get("words"):
        return None
    counts = [loaded.details.get(kind) or 0 for kind in _LOADED_VOICE_KINDS]
    terms = sum(counts)
    rate = 1000.0 * terms / loaded.details["words"]
    if terms < LOADED_VOICE_TERMS or rate < LOADED_VOICE_RATE or counts[0] < LOADED_VOICE_CONTEMPT:
        return None
    return f"{counts[0]:g} derogatory, {counts[1]:g} emotive, {counts[2]:g} exaggerating terms of the writer's own, {rate:.0f} per 1,000 words"


# (kinds22) A post signed by a company's own team, on a line of its own: "Posted by the Loomly team · 4 February",
# "— The Loomly team" (a sign-off), "By the Tidewell Maps Team". A newsroom's team signs reports ("By the Verify
# team", "our news team", "the Courier's data team"): a team named by one of _NEWSROOM_TEAMS is none.
_TEAM_LINE_RE = re.compile(r"(?m)^[ \t]*(?:(?:posted|written|published|shared) by|from|by|[\u2014\u2013-]+)[ \t]+(?:the )?"
                           r"([^\n.!?]{1,50}?)[ \t]+team[ \t]*(?:[\u00b7\u2022|,]|$)")
_NEWSROOM_TEAMS = frozenset("""news newsroom editorial editor editors verify factcheck fact-check fact-checking data investigations
investigation politics political sport sports business science health weather web digital online content desk staff
reporting audience graphics visual visuals video podcast social media""".split())


def _team_signed(doc: Document, facts: _Facts) -> str | None:
    if "team" not in doc.analysis.vocabulary:
        return None
    for m in _TEAM_LINE_RE.finditer(facts.text):
        name = m.group(1)
        if _NEWSROOM_TEAMS.isdisjoint(name.replace("'s", "").split()):
            return f"{' '.join(m.group().split()[:8])!r}"
    return None


# (kinds22) The writer's insinuations as the loaded language signal finds them (its evidence outside quotations
# whose detail is an insinuation: the stock formulas of insinuation_formulas.txt, "Funny how ...", "We are not
# saying X. We are saying Y.", and argued_voice.txt's phrases and grammar), counted with the matches of kinds.txt's
# own list of insinuations on the writer's words (the rule whose cue opens INSINUATION_RULE_WHY): two or more in
# all make the cue, where that rule alone (two of its own) has not already given it. One class, counted once.
INSINUATIONS_MIN = 2
INSINUATION_RULE_WHY = "the writer insinuates at the reader"
# (kinds31) jaq30's insinuation through unnamed sources (xlplugin.vague_insinuation, loaded language's doubt terms) is
# the same class: a verdict of suspicion given to vague speakers ("Some observers say this raises questions") and
# suspicion said with no source ("some are asking whether", "just a coincidence") count one each; unnamed sources
# stacked ("Some say ... Others say ...", more of them than sources a reader can check) count once in all, so that
# "some residents say ..., others say ..." alone, a report's vox pop, is no commentary.
_VAGUE_DETAILS = frozenset((VERDICT_DETAIL, PHRASE_DETAIL))


@lru_cache(maxsize=1)
def _insinuation_rule() -> Rule:
    found = [rule for rule in rules() if rule.where == "own" and rule.why.startswith(INSINUATION_RULE_WHY)]
    if len(found) != 1 or found[0].regex is None:
        raise DataFileError(f"kinds.txt: expected one rule on 'own' whose cue opens {INSINUATION_RULE_WHY!r}")
    return found[0]


def _insinuations(doc: Document, facts: _Facts) -> str | None:
    loaded = facts.loaded
    if loaded is None:
        return None
    spans = [(e.start, e.end, e.text) for e in loaded.evidence
             if e.kind == "doubt" and (e.detail == INSINUATION_DETAIL or e.detail in _VAGUE_DETAILS)]
    stacked = next(((e.start, e.end, e.text) for e in loaded.evidence if e.kind == "doubt" and e.detail == STACK_DETAIL), None)
    if stacked is not None:
        spans.append(stacked)  # (kinds31) the stack once, at its first vague speaker
    if not spans:
        return None
    listed_rule = _insinuation_rule()
    listed = [(m.start(), m.end(), m.group()) for m in _own_matches(listed_rule, facts)]
    if len(listed) >= listed_rule.min_count:
        return None  # (that rule gives the cue)
    found = sorted(listed + [s for s in spans if not any(a < s[1] and s[0] < b for a, b, _ in listed)])
    if len(found) < INSINUATIONS_MIN:
        return None
    shown = ", ".join(repr(" ".join(t.split()[:4])) for _, _, t in found[:3])
    return f"{len(found)} times: {shown}"


def _own_matches(rule: Rule, facts: _Facts) -> list[re.Match[str]]:
    """`list(rule.regex.finditer(facts.own))` for a rule on "own": with `own_choices`, looked for
    only at the beginnings `_own_prefixes` keeps, and `own` not made where none is left (speed
    only: the same matches; as `_own_cue`)."""
    assert rule.regex is not None
    if rule.own_choices is None or not isinstance(rule.starts, Starts):
        return list(rule.regex.finditer(facts.own))
    prefixes = _own_prefixes(rule, facts)
    if prefixes is not None and not prefixes:
        return []
    value = facts.own
    return finditer_at(rule.regex, value, rule.starts.positions(value, prefixes))


# (kinds22) A fact check's labels on lines of their own: a "Claim:" line, and after it a verdict's line ("Verdict:",
# "Rating:", "Our rating: False", "Ruling:"). A review's "Verdict:" and "Rating: 4/5" have no claim line before them.
_CLAIM_LINE_RE = re.compile(r"(?:^|\n)[ \t]*(?:\*\*)?(?:the )?claims?[ \t]*(?:\*\*)?[ \t]*:")
_VERDICT_LINE_RE = re.compile(r"\n[ \t]*(?:\*\*)?(?:our |the )?(?:verdict|rating|ruling|conclusion)[ \t]*(?:\*\*)?[ \t]*:[ \t]*(\S[^\n]{0,30})")
_CLAIM_LINE_STARTS = Starts.of(_CLAIM_LINE_RE)  # (tried at the line breaks only: speed, the same match)


def _fact_check(doc: Document, facts: _Facts) -> str | None:
    text = facts.text
    if "claim" not in text:
        return None
    claim = _CLAIM_LINE_STARTS.first(text) if _CLAIM_LINE_STARTS is not None else _CLAIM_LINE_RE.search(text)
    if claim is None:
        return None
    verdict = _VERDICT_LINE_RE.search(text, claim.end())
    if verdict is None:
        return None
    return f"verdict: {' '.join(verdict.group(1).split()[:4])!r}"


_FORMAL_WORDS = frozenset(("sie", "ihnen"))


def _client_address(doc: Document, facts: _Facts) -> str | None:
    """(kinds27) The formal "you" and "we" of a firm's or a club's own page (`site_voice.client_address`); only
    a text holding "Sie" or "Ihnen" is read."""
    if _FORMAL_WORDS.isdisjoint(doc.analysis.vocabulary):
        return None
    return site_voice.client_address(facts.own_cased, facts.own, doc.word_count)


_INFORMAL_WORDS = frozenset(("du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer", "eure",
                             "euren", "eurem", "eurer", "eures", "ihr"))


def _informal_address(doc: Document, facts: _Facts) -> str | None:
    """(kinds45) The informal "you" and the writer's "ich" or "wir" of a blogger's or a magazine's post
    (`site_voice.informal_address`); only a text holding one of the informal words is read."""
    if _INFORMAL_WORDS.isdisjoint(doc.analysis.vocabulary):
        return None
    return site_voice.informal_address(facts.own, doc.word_count)


_OFFER_WORDS = frozenset(("membership", "subscription", "subscriptions", "subs", "fee", "fees", "meet", "rehearsals", "sessions",
                          "classes", "welcome", "free", "come", "try", "taster", "experience", "requirements", "enrol",
                          "enroll", "limited", "open", "arrange", "join"))


def _reader_instructions(doc: Document, facts: _Facts) -> str | None:
    """(kinds40) A how-to or a service's own page: the reader told what to do as "you", step by step, no one reported
    (`service_pages.reader_instructions`); not under a person's byline (a newspaper's explainer is signed)."""
    if "you" not in doc.analysis.vocabulary and "your" not in doc.analysis.vocabulary:
        return None
    if _person_name(doc.author) or service_pages.reporting_lines(facts.text) > service_pages.REPORTING_MAX:
        return None  # (before the writer's own words are made: most articles report someone)
    found = service_pages.reader_instructions(facts.own, facts.text, doc.word_count)
    if found is None or service_pages.news_explainer(facts.own) is not None:
        return None  # (kinds41) an unsigned explainer's steps: it speaks from outside the service, in the news's time
    return found


def _place_offer(doc: Document, facts: _Facts) -> str | None:
    """(kinds40) A club's, a course's or a school's page offering the reader a place (`service_pages.place_offer`)."""
    if len(_OFFER_WORDS & doc.analysis.vocabulary) < 2 or service_pages.reporting_lines(facts.text) > service_pages.REPORTING_MAX:
        return None  # (before the writer's own words are made: most articles report someone)
    return service_pages.place_offer(facts.own, facts.text)


def _event_sentences(doc: Document, facts: _Facts) -> str | None:
    """(kinds40) A what's-on page in sentences (`service_pages.event_sentences`); only a text with three clock times
    or more is read."""
    if len(facts.time_marks) + len(facts.clock_colons) < service_pages.EVENT_SENTENCES_MIN:
        return None
    found = service_pages.event_sentences(facts.text)
    if found is None or service_pages.critic_verdicts(facts.own) is not None:
        return None  # (kinds41) a critic's listings column judges the events: _critic_listings
    return found


def _critic_listings(doc: Document, facts: _Facts) -> str | None:
    """(kinds41) A critic's listings column: a what's-on page's shape (`service_pages.event_sentences`) whose writer
    judges the events (`service_pages.critic_verdicts`): opinion or analysis."""
    if len(facts.time_marks) + len(facts.clock_colons) < service_pages.EVENT_SENTENCES_MIN \
            or service_pages.event_sentences(facts.text) is None:
        return None
    return service_pages.critic_verdicts(facts.own)


_COMPUTED = {
    # (kinds40) a site's own page in plain sentences: xlplugin/service_pages.py
    "reader_instructions": _reader_instructions,
    "place_offer": _place_offer,
    "event_sentences": _event_sentences,
    "critic_listings": _critic_listings,  # (kinds41)
    "own_verdicts": lambda doc, facts: own_verdicts.own_verdicts(doc, facts.own),  # (kinds43) xlplugin/own_verdicts.py
    "loaded_voice": _loaded_voice,
    "insinuations": _insinuations,
    "fact_check": _fact_check,
    "team_signed": _team_signed,
    "tag_line": _tag_line,
    "dateline": _dateline,
    "interview_form": _interview_form,
    "transcript_form": _transcript_form,
    "timed_transcript": _timed_transcript,
    "forum_voice": _forum_voice,
    "forum_thread": _forum_thread,
    "forum_breadcrumb": _forum_breadcrumb,
    "social_post": _social_post,
    "short_post": _short_post,
    "satire_label": _satire_label,
    "satire_formulas": _satire_formulas,
    "event_lines": _event_lines,
    "event_page": _event_page,  # (kinds32) one event's own page: its date line at the top, its terms
    "affiliate_disclosure": _affiliate_disclosure,
    "event_invitation": _event_invitation,
    "listicle": _listicle,
    "wire_signoff": _wire_signoff,
    "closing_block": _closing_block,
    "first_person": _first_person,
    "first_person_strong": _first_person_strong,
    "personal_site": _personal_site,
    "few_words": _few_words,
    "list_lines": _list_lines,
    "prices": _prices,
    "timestamps": _timestamps,
    "short_lines": _short_lines,
    "no_byline_no_date": _no_byline_no_date,
    "home_page": _home_page,
    "self_published": _self_published,
    "agency_credit": _agency_credit,
    "aggregator_copy": _aggregator_copy,
    "agency_credit_line": _agency_credit_line,
    "opinion_label": _opinion_label,
    "recipe_structure": _recipe_structure,
    "install_guide": _install_guide,
    "letter_signoffs": _letter_signoffs,
    "advice_column": _advice_column,
    "verse": _verse,
    "agenda": lambda doc, facts: agenda(facts.text, doc.analysis.vocabulary),  # (kinds16) xlplugin/agenda.py
    # (kinds24) genres told by their own lines: xlplugin/page_genres.py
    "column_foot": lambda doc, facts: page_genres.column_foot(doc.text, doc.author, lambda: facts.own),
    "contributor_foot": lambda doc, facts: page_genres.contributor_foot(doc.text, lambda: facts.own),  # (opfoot44)
    "editorial_voice": lambda doc, facts: editorial_voice.editorial_voice(doc, facts.own),  # (opfoot44) xlplugin/editorial_voice.py
    "label_line": lambda doc, facts: page_genres.label_line(facts.values["head"], _line_labels()),
    # (kinds25) an advert told by its small label or its pitch: xlplugin/promo_labels.py
    "sponsor_label": lambda doc, facts: promo_labels.sponsor_label(facts.values["head"], doc.analysis.vocabulary),
    "advert_pitch": lambda doc, facts: promo_labels.advert_pitch(doc.text, facts.own),
    "coin_pitch": lambda doc, facts: promo_labels.coin_pitch(facts.own, doc.analysis.vocabulary),
    # (promo26) a seller's pitch in prose: the sales pressure loaded language counts (read once per document)
    "sales_pitch": lambda doc, facts: _sales_pitch(doc, facts),
    # (advert30) an advert in a story's clothes: an offer, where to order, a deadline, and a customer's story
    "advertorial": lambda doc, facts: promo_labels.advertorial(doc.text, facts.own, doc.analysis.vocabulary),
    "newsletter_furniture": lambda doc, facts: _newsletter_furniture(facts),
    "search_page": lambda doc, facts: search_pages.search_page(facts.text, doc.analysis.vocabulary),  # (advert30) a content farm's page
    "own_superlative": lambda doc, facts: _own_superlative(doc, facts),
    "civic_calls": lambda doc, facts: promo_labels.civic_calls(facts.own, doc.analysis.vocabulary),
    "own_report_title": lambda doc, facts: promo_labels.own_report_title(facts.values["head"]),
    "chair_message": lambda doc, facts: promo_labels.chair_message(facts.own, doc.analysis.vocabulary),
    "chair_signoff": lambda doc, facts: promo_labels.chair_signoff(facts.values["tail"]),
    "chapter_times": lambda doc, facts: page_genres.chapter_times(doc.text),
    "encyclopedia_lead": lambda doc, facts: page_genres.encyclopedia_lead(doc.text),
    "newsletter_reports": lambda doc, facts: page_genres.newsletter_reports(doc.text, facts.text, doc.author, lambda: facts.own),
    "newsletter_view": lambda doc, facts: page_genres.newsletter_view(doc.text, facts.text, doc.author, lambda: facts.own),
    "see_also": lambda doc, facts: page_genres.see_also(facts.text, doc.analysis.vocabulary),
    "references_heading": lambda doc, facts: page_genres.references_heading(facts.text, doc.analysis.vocabulary),
    "warning_headings": lambda doc, facts: page_genres.warning_headings(facts.text, doc.analysis.vocabulary),
    # (kinds27) how a site's own page talks to its reader: xlplugin/site_voice.py
    "client_address": lambda doc, facts: _client_address(doc, facts),
    "informal_address": lambda doc, facts: _informal_address(doc, facts),  # (kinds45)
    "organisation_title": lambda doc, facts: site_voice.organisation_title(doc.title),
    "organisation_we": lambda doc, facts: site_voice.organisation_we(doc.title, facts.own, doc.word_count) if doc.title else None,
    "satire_disclaimer": lambda doc, facts: page_genres.satire_disclaimer(facts.text, doc.analysis.vocabulary),
    "issuer_header": lambda doc, facts: page_genres.issuer_header(doc.text),  # (kinds29)
}


class _Facts:
    """What the rules read from one document, worked out once per `classify` call and kept
    local to it (nothing is written into the document): the lower-cased places, the counts of
    the words the rules look up, and the first-person rate (read by two rules)."""

    def __init__(self, doc: Document, table: tuple[Rule, ...], name: str = "", loaded: Score | None = None) -> None:
        self.doc = doc
        self._loaded = loaded
        self.text = text = doc.analysis.lower_text  # (doc.text.lower(), made once per document)
        self.host = _host(doc.url).lower()
        self.values = {
            "title": doc.title.lower(),
            "url": _path(doc.url).lower(),
            "host": self.host,
            "name": _file_names(name, doc.url),
            "head": text[:HEAD_CHARS],
            "tail": text[-HEAD_CHARS:],
            "text": text,
            "author": doc.author.lower(),
            # (values18) the outlet's name with case and white space folded, so that "The\u00a0Associated  Press"
            # is the agency's own name (`_outlet_words`)
            "outlet": _outlet_words(doc.outlet),
            "page_type": doc.page_type.lower(),
        }
        # each kind's weight so far, as `classify` adds it up (read by `_forum_voice`)
        self.scores: dict[str, float] = {}
        # only the words some rule looks up are counted (the same counts for those, less work)
        self.counts = Counter(filter(_looked_up_words(table).__contains__, doc.lowers))

    @cached_property
    def lines(self) -> list[str]:
        """The lines of the text that hold more than white space, as they are (two measures read
        them)."""
        return [ln for ln in self.doc.text.split("\n") if ln.strip()]

    @cached_property
    def line_heads(self) -> frozenset[str]:
        """The beginnings of the lines of the lower-cased text, their heading and list marks
        stripped (`kinds_shortcuts.line_heads`: what `Rule.line_keys` are compared with)."""
        return line_heads(self.text)

    @cached_property
    def word_pieces(self) -> frozenset[str]:
        """The runs of letters and digits inside the words that hold another character ("tax-free":
        tax, free; "shipping's": shipping, s). With the words themselves these are every run of
        letters and digits of the lower-cased text that a `\\b` can bound (a word of the text
        joins such runs with a hyphen, an apostrophe or a point)."""
        pieces: set[str] = set()
        for word in filterfalse(str.isalnum, self.doc.analysis.vocabulary):
            pieces.update(_NOT_ALNUM_RE.split(word))
        return frozenset(pieces)

    @cached_property
    def own_blanks(self) -> list[tuple[int, int]]:
        """The parts of the text blanked out in `own`, in order: its quotations, an interview's
        answers, a transcript's turns, an advice column's letters and embedded posts (overlaps merged)."""
        talk = interview.find(self.doc)
        turns = interview.transcript(self.doc)
        spans = list(self.doc.quotes) + (list(talk.answers) if talk else []) + (list(turns.turns) if turns else [])
        spans += reader_letters.letters(self.doc)  # (forum26) an advice column's letters from readers
        # (kinds29) a post embedded from a social network, with its credit line ("— Jane Roe (@janeroe) May 3, 2017"):
        # the poster's words, as loaded language reads them (xlplugin.blockquotes)
        spans += [(start, end) for start, _, end in blockquotes.embedded_posts(self.doc)]
        # (kinds48) a checklist of questions put to the reader: the reader's "ich", not the writer's (voice.reader_question_list)
        spans += reader_question_list(self.doc)
        # (advert30) an e-mail newsletter's furniture: greeting, "Read more" lines, sponsor block, sign-up and footer lines
        letter = self.newsletter
        spans += list(letter.spans) if letter else []
        blanks, at = [], 0
        for start, end in sorted(spans):
            if end > at:
                blanks.append((max(at, start), end))
                at = end
        return blanks

    @cached_property
    def own_unjoined(self) -> bool:
        """(speed54) Does blanking `own_blanks` leave every run of letters of `own` a run of the text
        (`kinds_shortcuts.unjoined`)? Asked by every rule on "own" with choices (`_own_prefixes`): worked out once."""
        return unjoined(self.text, self.own_blanks)

    @cached_property
    def newsletter(self) -> newsletter_lines.Newsletter | None:
        """(advert30) The e-mail newsletter's furniture lines, or None where the text is no newsletter."""
        return newsletter_lines.furniture(self.text, self.doc.analysis.vocabulary)

    @cached_property
    def own(self) -> str:
        """The lower-cased text with its quotations, an interview's answers and a transcript's
        turns blanked out (the same length, so offsets stay): the writer's own words, for the
        rules on "own"."""
        if not self.own_blanks:
            return self.text
        pieces, at = [], 0
        for start, end in self.own_blanks:
            pieces += [self.text[at:start], " " * (end - start)]
            at = end
        return "".join(pieces) + self.text[at:]

    @cached_property
    def own_cased(self) -> str:
        """(kinds27) The writer's own words as `own` has them, in the text's own case (`site_voice.own_cased`)."""
        return site_voice.own_cased(self.doc.text, self.own_blanks)

    def value(self, where: str) -> str:
        return self.own if where == "own" else self.values[where]

    @cached_property
    def loaded(self) -> Score | None:
        """The loaded language signal of the document: the one the caller gave (the engine has
        scored it already), else scored here (a script classifying prepared documents alone)."""
        if self._loaded is not None:
            return self._loaded
        from .scorers import loaded_language  # (here only: the engine passes its own)
        from .settings import default_settings

        return loaded_language.score(self.doc, default_settings()) if self.doc.lowers else None

    @cached_property
    def time_marks(self) -> list[int]:
        """(speed57) Where a time's "pm", "am", "p.m." or "a.m." stands right after a digit ("7pm", "7 a.m."), in the
        order of those marks: read by three measures of listings (`_event_lines`, `_event_sentences`,
        `_critic_listings`), found once."""
        text = self.text
        return [at for mark in ("pm", "am", "p.m.", "a.m.") for at in _find_all(text, mark) if _after_digit(text, at)]

    @cached_property
    def clock_colons(self) -> list[int]:
        """(speed57) The colons of the clock times of the text (`kinds_shortcuts.clock_colons`): read by four
        measures (`_timestamps` and the three of `time_marks`), found once."""
        return clock_colons(self.text)

    @cached_property
    def first_person_rate(self) -> float | None:
        return _first_person_rate(self.doc, self.counts)


def _looked_up_words(table: tuple[Rule, ...]) -> frozenset[str]:
    """Every word whose count a rule of `table` reads: the rules' first and single words and the
    first-person words (kept for the last table asked about). The words a phrase needs are
    looked up in the document's vocabulary: only whether they are there matters."""
    if _LOOKED_UP[0] is not table:
        words = set(FIRST_PERSON_WORDS)
        for rule in table:
            for group in (rule.first_words, rule.single_words):
                words |= group or set()
        _LOOKED_UP[:] = [table, frozenset(words)]
    return _LOOKED_UP[1]


_LOOKED_UP: list = [None, frozenset()]


def _findall(regex: re.Pattern[str], starts: Starts | None, value: str, prefixes: tuple[str, ...] | None = None) -> list[str]:
    """`regex.findall(value)`; with `prefixes` (`_chosen_prefixes`), looked for at those beginnings only."""
    if prefixes is not None:
        assert isinstance(starts, Starts)
        return starts.findall(value, prefixes)
    return starts.findall(value) if starts is not None else regex.findall(value)


def _search(regex: re.Pattern[str], starts: Starts | None, value: str, prefixes: tuple[str, ...] | None = None) -> str | None:
    """The text of `regex.search(value)`, or None; with `prefixes`, as `_findall`."""
    if prefixes is not None:
        assert isinstance(starts, Starts)
        return search_at(regex, value, starts.positions(value, prefixes))
    if starts is not None:
        return starts.search(value)
    m = regex.search(value)
    return None if m is None else m.group()


def _may_match(rule: Rule, value: str, counts: Counter) -> bool:
    """False where the value's words or characters rule the pattern out (an upper bound on its
    matches, from the words alone: most rules stop here)."""
    if rule.tail is not None and rule.tail.search(value) is None:
        return False  # every match ends with a match of the tail
    if rule.first_words is not None:
        return sum(map(counts.get, rule.first_words, _ZEROS)) >= rule.min_count
    if rule.literal_start:  # a pattern that starts with a plain character ("!"): counted first
        return value.count(rule.pattern[0]) >= rule.min_count
    return True


def _rest_matches(rule: Rule, value: str, facts: _Facts) -> list[str] | None:
    """`rule.rest.findall(value)`, or None where the document's words rule out every
    alternative of `rest` (`rest_needs`: then it is not looked for). With `rule.rest_choices`,
    looked for only at the beginnings of the alternatives each of whose words is a word of the
    text or a piece of one (`_Facts.word_pieces`): a match of any other would need a run of
    letters that the text does not have, so the matches are `findall`'s."""
    assert rule.rest is not None
    words = facts.doc.analysis.vocabulary
    if rule.rest_needs is not None and not any(words >= needs for needs in rule.rest_needs):
        return None
    if rule.rest_choices is None or rule.rest_starts is None:
        return _findall(rule.rest, rule.rest_starts, value)
    pieces = facts.word_pieces
    # (a set: alternatives that share a beginning are looked for once; the positions are sorted.
    # `isdisjoint`: where the words lack one it needs, a piece must hold one, so the set
    # difference is made only then: the same choices, half the time)
    prefixes = tuple({prefix for needs, prefix in rule.rest_choices
                      if words >= needs or (not needs.isdisjoint(pieces) and needs - words <= pieces)})
    return rule.rest_starts.findall(value, prefixes)


def _first_in_text(words: list[str], value: str) -> str:
    """Of several words a rule found, the one the text holds first (as a whole word, any case),
    as the plain pattern would show it; the table's word sets have no order of their own."""
    # (the place of `(?<!\w)word(?!\w)`, any case: `whole_word_at`, a str.find where that is equal)
    return min((whole_word_at(word, value), word) for word in words)[1]


def _word_cue(rule: Rule, value: str, facts: _Facts) -> str | None:
    """The cue of a rule with one-word alternatives: those counted from the words, a pattern
    only for the other alternatives (and only when the words do not reach its count)."""
    counts = facts.counts
    hits = list(filter(counts.__contains__, rule.single_words or ()))
    found_count = sum(counts[word] for word in hits)
    shown = _first_in_text(hits, value) if len(hits) > 1 else (hits[0] if hits else "")
    partial = rule.rest is not None  # the phrases not looked for (enough already)
    more = _rest_matches(rule, value, facts) if found_count < rule.min_count and rule.rest is not None else None
    if more is not None:
        found_count += len(more)
        shown = shown or (more[0] if more else "")
        partial = False
    if found_count < rule.min_count:
        return None
    if rule.min_count > 1:
        return f"{rule.why} ({'at least ' if partial else ''}{found_count} times)"
    return f"{rule.why} ({seen_at(rule.where, ' '.join(shown.split())[:40])})"


def _held_prefixes(choices: tuple[tuple[frozenset[str], str], ...], facts: _Facts) -> tuple[str, ...]:
    """The beginnings of the `choices` (per alternative: the words it needs, its beginning) all of
    whose words the text holds, as words or as pieces of words (`_Facts.word_pieces`)."""
    words, pieces = facts.doc.analysis.vocabulary, facts.word_pieces
    return tuple(prefix for needs, prefix in choices  # (`isdisjoint`: as in `_rest_matches`)
                 if words >= needs or (not needs.isdisjoint(pieces) and needs - words <= pieces))


def _chosen_prefixes(rule: Rule, facts: _Facts) -> tuple[str, ...] | None:
    """(speed31) For a rule on the text or on the writer's own words whose alternatives have
    their choices: the beginnings of those whose words the text holds (a match of another would
    need a run of letters the text lacks, so it is not looked for: the same matches). None where
    the rule has none (or, on "own", where they cannot be relied on: `_own_prefixes`); then every
    beginning of the pattern is looked at."""
    if not isinstance(rule.starts, Starts):
        return None
    if rule.where == "own" and rule.own_choices is not None:
        return _own_prefixes(rule, facts)
    if rule.where == "text" and rule.text_choices is not None:
        return _held_prefixes(rule.text_choices, facts)
    return None


def _own_prefixes(rule: Rule, facts: _Facts) -> tuple[str, ...] | None:
    """The beginnings of the alternatives of a rule on "own" whose words the text holds (as
    words or pieces of words: `_rest_matches`), or None where that cannot be relied on. Blanking
    the quotations leaves every run of letters of `own` a run of the text when no run of the
    text crosses a blanked part's edge (`unjoined`), so an alternative needing another run cannot
    match `own`: it is not looked for, and `own` is not made where none is left (most texts:
    ~35 microseconds a news article)."""
    assert rule.own_choices is not None
    if not facts.own_unjoined:
        return None
    return _held_prefixes(rule.own_choices, facts)


def _own_cue(rule: Rule, facts: _Facts) -> str | None:
    """`_cue` for a rule on "own" with `own_choices` and a count of 1: the same search, at the
    beginnings `_own_prefixes` keeps."""
    if not _may_match(rule, facts.text, facts.counts):
        return None  # (the text's word counts: `own` holds no word the text lacks)
    prefixes = _own_prefixes(rule, facts)
    if prefixes is not None and not prefixes:
        return None
    assert rule.regex is not None and isinstance(rule.starts, Starts)
    value = facts.own
    if prefixes is None:
        match = _search(rule.regex, rule.starts, value)
    else:
        match = search_at(rule.regex, value, rule.starts.positions(value, prefixes))
    if match is None:
        return None
    shown = " ".join(match.split())[:40]
    return f"{rule.why} ({seen_at(rule.where, shown)})" if shown else rule.why


def _holds_words(rule: Rule, facts: _Facts) -> bool:
    """Does the text hold one of the words every match of the rule's pattern holds one of
    (`Rule.words_any`), as a word or a piece of one (`_Facts.word_pieces`)? Where it does not, no
    match can be found (speed only: most texts lack the rarer words of a rule's phrases)."""
    needs = rule.words_any
    return needs is None or not needs.isdisjoint(facts.doc.analysis.vocabulary) or not needs.isdisjoint(facts.word_pieces)


def _cue(rule: Rule, doc: Document, facts: _Facts) -> str | None:
    """The rule's cue in words, or None where it does not apply."""
    if rule.where == "computed":
        note = _COMPUTED[rule.pattern](doc, facts)
        return None if note is None else f"{rule.why} ({note})"
    # (kinds21) the cheap pre-tests: a rare mark every match holds, a word of each set of an alternative
    if rule.marks and not all(mark in facts.text for mark in rule.marks):
        return None
    if not _holds_words(rule, facts):
        return None
    if rule.line_keys is not None and rule.line_keys.isdisjoint(facts.line_heads):
        return None  # (speed21) no line of the text opens as a match must
    if rule.own_choices is not None and rule.min_count == 1 and rule.first_words is not None \
            and rule.tail is None and facts.text:
        return _own_cue(rule, facts)  # (`_may_match` then reads the word counts alone)
    if rule.where == "own" and not _may_match(rule, facts.text, facts.counts):
        return None  # (the text's word counts: `own` holds no word the text lacks; it is not made then)
    value = facts.value(rule.where)
    if not value or not _may_match(rule, value, facts.counts):
        return None
    if rule.single_words is not None:
        return _word_cue(rule, value, facts)
    assert rule.regex is not None
    prefixes = _chosen_prefixes(rule, facts)  # (speed31) None: every beginning of the pattern
    if rule.min_count > 1:
        found = _findall(rule.regex, rule.starts, value, prefixes)
        return f"{rule.why} ({len(found)} times)" if len(found) >= rule.min_count else None
    match = _search(rule.regex, rule.starts, value, prefixes)
    if match is None:
        return None
    shown = " ".join(match.split())[:40]
    if rule.where == "page_type":
        shown = shown.strip("; ")  # (a page hint's match opens with the "; " before it)
    return f"{rule.why} ({seen_at(rule.where, shown)})" if shown else rule.why


def _rules_with_values(table: tuple[Rule, ...], places: frozenset[str]) -> tuple[Rule, ...]:
    """The rules of `table` that can give a cue when only `places` hold a value: `_cue` gives
    none for a rule whose place is empty (most documents have no title, author or address), so
    these are the rules `classify` tries, in table order (the cues and their sums in the same
    order). Kept per set of places (a batch has few of them), for the last table asked about
    (looked up by identity: hashing a table hashes every rule)."""
    if _WITH_VALUES[0] is not table:
        _WITH_VALUES[:] = [table, {}]
    kept = _WITH_VALUES[1].get(places)
    if kept is None:
        kept = _WITH_VALUES[1][places] = tuple(rule for rule in table if rule.where == "computed" or rule.where in places)
    return kept


_WITH_VALUES: list = [None, {}]


def classify(doc: Document, name: str = "", loaded: Score | None = None) -> Kind:
    """The kind of a prepared document, with the cues that decided it. `name`: the document's id
    where it has one (a file read from a folder is known by its path from the folder): the rules
    on "name" read its file name (`_file_names`). `loaded`: the document's loaded language signal
    where the caller has scored it (the rule on the writer's loaded words reads it; scored here
    when not given)."""
    table = rules()
    facts = _Facts(doc, table, name, loaded)
    scores = {kind: 0.0 for kind in KINDS}
    scores[NEWS] = NEWS_BASE
    facts.scores = scores
    cues: dict[str, list[str]] = {kind: [] for kind in KINDS}
    withheld: dict[str, str] = {}  # per kind, the first cue of a rule that withholds the index
    places = frozenset(where for where, value in facts.values.items() if value) | ({"own"} if facts.text else set())
    for rule in _rules_with_values(table, places):
        cue = _cue(rule, doc, facts)
        if cue is not None:
            scores[rule.kind] += rule.weight
            cues[rule.kind].append(cue)
            if rule.withholds:
                withheld.setdefault(rule.kind, cue)
    ranked = sorted(KINDS[1:-1], key=lambda k: (-scores[k], KINDS.index(k)))
    best = ranked[0] if scores[ranked[0]] >= THRESHOLD and scores[ranked[0]] >= scores[NEWS] else NEWS
    if scores[NOT_ARTICLE] >= NOT_ARTICLE_THRESHOLD and scores[NOT_ARTICLE] > scores[best]:
        best = NOT_ARTICLE
    chosen = cues[best] or ["no cue of another kind"]
    return Kind(best, tuple(chosen), tuple((k, round(scores[k], 1)) for k in KINDS), withheld.get(best, ""))

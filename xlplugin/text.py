"""Text preparation, done once per document and shared by every scorer.

`prepare(raw)` returns a `Document`: the scored text (Unicode NFC, one newline convention,
control characters blanked), its lines, paragraphs, sentences, word tokens and quotations, each
with character offsets into the scored text. Normalisation keeps one output character per input
character wherever it can, and `Document.original_offset` maps back when it could not (a CRLF
pair, or a letter with combining marks that NFC composes).

Sentences come from the rule-based splitter in `xlplugin.sentences` (news text: abbreviations,
initials, decimals, headings, bullets, short quotations kept whole, a length cap). What the
scorers read beyond the words (attribution, quotations, furniture lines, text that is not prose,
links) is `Document.analysis` (`xlplugin.analysis`), computed once per document.
"""

from __future__ import annotations

import bisect
import html
import re
from itertools import accumulate, repeat
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Collection, Iterator, NamedTuple

from .lexicon import WordTable
from .sentences import MAX_SENTENCE_CHARS, split_sentences

if TYPE_CHECKING:
    from .analysis import Analysis

__all__ = [
    "VERSION",
    "MAX_SENTENCE_CHARS",
    "Sentence",
    "Token",
    "Document",
    "decode_entities",
    "normalise",
    "prepare",
    "split_sentences",
]

# Bump when a change to normalisation, splitting or tokens changes what scorers see: it is part
# of every row's version stamp, so a refresh re-scores.
VERSION = "145"  # 145: (web56) web pages: the <title>'s headline that the page shows again (a heading, its picture's title or alt) is the title where the extractor took the site's long name ("Party Group in the City Council - Headline") or a section's heading, unless the two share a word (page_meta.confirmed_headline); the last <title> part the page ends two or more of its other titles with ("... zu Site Name") is the site's name, cut off the title and the outlet where none is given (page_meta.repeated_site_part); a page that names no address of its own gets the path its comment form posts to on the one domain it writes and links the sub-domains of (page_sites.comment_form_address), or the one address its share buttons carry (page_sites.shared_address); a <base href> that is the site's root is not the page's address (page_sites.without_base_root); a writer's name with the outlet's run on after it ("Daniel Roe quaymart") is the person (page_meta.without_outlet_tail); an absolute canonical link whose query the extractor's address lost ("spip.php?article8532" read "spip.php") is the address (page_sites._query_cut). 140: (hunt56) a whole text that is a relative path whose first folder's name has a space in it, two or three words before the first separator ("my docs/report.docx", "Case files/2026/notes.txt": inputs._SPACED_FOLDER_RE), ending in a document's extension, is a file's name, refused as hunt55's paths are; prose with more words of its own before the path ("Saved in my docs/report.docx") stays a text; a whole text that is a path in quotes, as Windows' "Copy as path" gives it ("\"C:\\Users\\ana\\Documents\\Council approves the budget.docx\""), is read as the path it holds; a whole text that is a placeholder a metadata cell already reads as none ("(blank)", Excel's label of an empty PivotTable item, "[n/a]", "(none)", "Unknown.", "n.a.", "TBD": cells.placeholder_reason) is refused as "N/A" is; a text opening with "[" that is no JSON and ends in a news service's cut mark ("[Updated] ... [+1834 chars]") is refused as a cut text (cells.not_text_reason returned before looking). 135: (hunt55) a whole text that is a relative path with no leading "./" ending in a document's extension, its first word a folder and a separator ("docs/the council report on the roads budget.docx": inputs._RELATIVE_START_RE), is a file's name whatever its words, refused as hunt54's paths are; prose opening with a word of its own ("The report is in docs/budget.docx") stays a text. 130: (web55) web pages: a <title> part or a site name that names a site's section or greets its reader ("Headline | Home", "Startseite", "Accueil", "Blog", "News", "Welcome": data/outlet_names.txt [generic_title_parts], matched whole) is never the outlet (page_meta.site_name, a feed's title, og:site_name: pages._outlet) nor the title ("Home | Headline" had the title "Home" and the outlet the headline: page_meta.article_title), and is left off a title's end; a site's name ending a title that is longer than the names the page gives its site is left off it too (page_meta._site_tail): the site's name before a tagline or a network's name of fewer words than the headline ("Headline \u00bb SciLogs - Wissenschaftsblogs" on scilogs.spektrum.de), or a part of two to four words one of which is the site's name ("Headline | Kanzlei Brandt" on brandt.example, which then names the outlet "Kanzlei Brandt"); not after a colon, nor leaving a one-word headline. 120: (hunt54) a whole text that is a file's name or path (one line starting as a path, of up to five words, or ending in a document's extension whatever its words: inputs.looks_like_file_name) is refused as a table's text cell is (refused_texts.FILE_NAME), never scored as words by score_text, score_many, a text file or a Dask row. 110: (web54) web pages: a page with no og:title and no site name whose whole <title> "Headline | Site" was its title has as its title the part its <h1> repeats and as its outlet the other part, of two words or more (page_meta._headline_part); a page naming no site that writes its address's name as a part of its <title> ("Ear Candy! | Harbourlove" on harbourlove.com, "Headline | PSL" on psl.eu) has that part as its outlet (page_site_spelling.titled_address_name); a separated site name none of whose parts is the address's name whole, one part opening with it before a tagline ("HARBOUR Coastal News - BLOG" on harbour.de), is those first words (page_site_spelling.domain_part); a page whose meta author is a profile's address and that gives no rel="author" link has as its author the one person its links to a writer's page of articles name ("<a href=\"/author/jane-roe/\">Jane Roe</a>"; not two people, a button, a name with a role, an organisation: page_meta.archive_author); a login with a random ending after a digit that the extractor cut into a person's name ("majainfos_zlfca4v6" shown as "Majainfos Zlfca", "anna2b" as "Anna") is shown as the page writes it, as other user names are since inputs16 (page_meta._handle_for); a one-word author that is the outlet's name less the organisation words after it ("luxurious" on "Luxurious Magazine": provenance.txt [not_person_words]) is the site's own account, no writer (page_meta.site_account). 108: (lead, session 41) a web address over 2,000 characters holding no mark an address cannot hold (quotes, braces, angle brackets: refused_texts._NOT_IN_ADDRESS) is an address, not encoded data: an article quoting a reader's pasted address is read, not refused as "not prose". 107: (outlets53) web pages: the outlet is named as the page writes its own site's name (page_site_spelling): a name the extractor made from the address or a social handle ("Ndr" from "@ndr", "Futurezoneat" from "@futurezoneat" on futurezone.at, "Gofeminin" title-cased) is written as the page's meta tags, <title> or copyright line write that name, ignoring case, dots and spaces, the top-level domain never glued on ("NDR" from "NDR.de", "futurezone" from "futurezone.at"); a site name with a tagline after a separator ("Harbour Gazette - News for the Coast", "Local news | HARBOURGAZETTE.com", "Harbour Gazette Hosted By Example Media": data/outlet_names.txt [site_name_separators]) is its one part that is the address's name; an og:site_name naming neither the address nor a part of the <title> (a magazine or a section: "Technology Review" on heise.de) gives way to the name the page gives itself as its application-name and in its <title> where that names the address ("heise online"); a name the page writes so itself ("Vice", "MEEDIA") and one naming no part of the address stay. 87: (book52) a .txt or .md file's layout table rows as a page-to-Markdown converter leaves a page's footer and side boxes, each cell's text closed by a lone bar ("Related stories: |", "Contact the newsroom |", a bar alone where an image was), two such rows or more and no table rule line in the text, are read without their bars (markdown_marks.without_layout_bars): the bars were scored and shown as the text's, in the Read sheet and the evidence; a table with cells ("| a | b |", "a | b") and one line ending in a bar keep theirs; web pages: a JSON-LD publisher whose name ends in a legal form ("Harbourpedia Foundation, Inc.") on a page that names its site otherwise (og:site_name, application-name, its <title> beside the headline, "Headline - Harbourpedia") is the company owning the site, and the site's name is the outlet (page_meta.owner_not_site); a publisher with no legal form, or a company the page names no site for, stays. 77: (claims52) the full stop of a US state's or a Canadian province's abbreviation after ", " and a town ends no sentence inside a dateline or an address: the town in capitals opening its line ("ST. CLOUD, Minn. A school board ..."), a wire's credit in brackets after it ("PORTLAND, Ore. (Reuters) -") or a ZIP code ("Austin, Tex. 78701": prose.txt [dateline_state_abbreviations], sentences._dateline_state); "He lives in Springfield, Ill. His brother ..." still ends there. 67: (hunt52) a text that is data, not prose (base64, hex, minified code: long runs with no spaces; a dump of numbers and codes) or of more than 50,000 words is refused before any scorer reads it (refused_texts.data_refusal, length_refusal). 57: (book51) an empty Markdown image mark ("![]()": no alt text, no target, as a page-to-Markdown converter leaves an image whose address it dropped, "![]() |" on a layout line) is no word of a .txt file's text, and the spaces after it go with it (markdown_marks.without_empty_images); alone it does not make the file Markdown (its other marks stay as written, loud50); in a .md file (or a .txt read as Markdown) an image or a link with no target ("![logo]()", "[the report]()") shows its alt text or its text (markdown_marks._LINK_RE). 55: (loud50) a .txt file written in Markdown is read as a .md file is (markdown_marks.reads_as_markdown, marks20's reading): where a link or image with its target ("[a survey](https://...)") or "**" bold pairs at word edges ("**By Jane Roe**", "its chair **said**") show it, and no "**" stands outside such a pair, its emphasis marks are left out and a link shows its text and address, so a byline or a verb of saying in bold reads as one; its Status says "read as Markdown". A stray "**" ("Japan**, this draft": a garbling or redaction mark, which provenance reads) keeps every mark as written; heading marks and list bullets stay in .txt and .md alike. 54: (web49) web pages: an entry page of the uCoz site builder (its template's "eBlock", "eTitle" and "eMessage" boxes) has as its title the entry's own (eTitle, not the <title>'s longest part: the site's name or a category), as its outlet the <title>'s last part ("ENTRY - DATE - Blog - SITE"), as its date where none is read its breadcrumb's most specific "dateBar" link ("/blog/2010-10-26", "/blog/2026-05"), and its breadcrumb line ("Hauptseite \u00bb 2010 \u00bb Oktober \u00bb 26 \u00bb ENTRY") is no text (page_ucoz). 53: (web48) web pages: a screen-reader label inside a headline's kicker ("<span class=\"aural\">Thema </span>") is no text (page_glue._READER_ONLY_CLASSES); a table of one column laying out a post (title row, text row of 40 words or more: uCoz's "eBlock") or of one cell holding a block is layout (page_layout._one_column_post): the title no longer runs into the first sentence; a post's statistics line with a label before its counts ("Category: Garden | Views: 41 | Rating: 0.0/0") is furniture (page_furniture.txt [line]); another story's headline that a page's app state sets as a heading holding only a link, in its JSON nodes ({"type":"h3","children":[{"type":"a",...}]}), is left out of the text as web45's linked headings are, also where run into the middle of a paragraph between two sentences (page_teasers; a page is a list of articles by the linked headings its text holds); a numbered reader comment's heading ("#1 Kommentar von NAME", "Comment #2 by NAME") in the text's second half ends the article, as a "Comments" heading does ([related] of page_furniture.txt, pages._END_HEADING_RE). 52: (web47) web pages: a standfirst longer than a line that is all of a box its class names a subtitle (WordPress's "entry-excerpt") is kept at the head of the text, up to a paragraph's length (page_subtitles.NAMED_SUBTITLE_MAX_WORDS); a kicker in an inline element of its own at the head of a headline ("<h1><span class=\"category\">Verbraucherschutz</span>Mehr ...") is a line of its own and out of the title (page_glue.separate_kickers); a post's time of day at the head of its one title ("3:59 PM Briefe") is no text (page_stamps.drop_title_time); a footer holder with a double-barrelled surname or a middle initial is read whole as a person's name ("Ines Whitcombe-Reyes", "Tomasz J. Nowak": page_owners._PERSON_RE, page_meta._COPYRIGHT_HOLDER_RE). 51: (web46) web pages: a footer copyright holder shaped as a person's name that the page confirms nowhere else ("\u00a9 2026 Maren Ostby") is neither outlet nor author (page_owners.footer_person), and the holder ends with its element (not "Maren Ostby Privacy"); a footer's publisher company named for the site its title names ("\u00a9 CHIP Digital GmbH" under "... - CHIP") gives the site (page_meta.titled_site); Drupal's "Submitted by NAME on 09/03/2026" is read day first on a page that writes its dates so (its language, another date: page_meta.slash_dates_day_first); a note that the article first appeared elsewhere, set apart from its body ("This post originally appeared on Grist."), is put back at the head of the text (page_origin_notes). 50: (web45) web pages: another article's headline set as a heading holding only a link (<h3><a href="/other-story">...</a></h3>, at most three on the page) is left out of the text, run into a paragraph too (page_teasers.without_linked_headings); Drupal's "Submitted by NAME on DATE" line is the node's byline and date, furniture, its writer and date the page's where it gives none, its month-first "02/11/2026" not read day first (page_meta.submitted_line); a personal site's footer "\u00a9 2026 Jane Doe" whose holder the page names as a person elsewhere (its author, a rel="author" link, an "About me" box) is the site's owner, not its outlet (page_owners.footer_owner). 49: (web44) web pages: an outlet named only in the footer's copyright line ("© 2026 Harbour Gazette", "Copyright Harbour Gazette Ltd") is the outlet where the page names none (page_meta.footer_outlet; not "© 2026 All rights reserved", a photo or news agency, a credit under a picture or in the body); a relative canonical link ("/my-article") is read against the page's own absolute address (og:url, <base href>, a share button's link to the same path: page_sites.canonical_address); a blog post's own signature "posted by NAME at 12:53", a one-word handle too, once on the page, names its author where the page gives none (page_meta.signed_post_author; not a role, "Anonymous" or the site); every section of a JSON-LD articleSection list or of several article:section tags is a "section: ..." hint for the kind rules (page_hints.hints: ["News", "Opinion"] was read as "News" alone). 48: (web43) web pages: a byline in a plain paragraph that no markup names ("<p>By Jane Doe</p>", "<p><em>Von Jane Roe</em></p>": no class, no meta author) among the text's first five lines, the text's only such line, is the page's author where it gives none or no person (page_meta.text_byline, read as a text file's byline: file_titles.author_line), and the line is furniture as a byline the page names is; a shop's price note under a price ("Tax included.", "Taxes included. Shipping calculated at checkout.", "Inkl. MwSt. zzgl. Versand") is furniture (page_furniture.txt [line]); a page's title part after a bullet ("Headline • Site") or the site's name written as its web address ("Headline | MODEPILOT.de" for the site "Modepilot") is the site's, not the headline's (page_meta._TITLE_SEP_RE, _is_site). 47: (webfresh41) web pages: a Discourse topic's page for readers without scripts (each post a <div class="post"> with itemprop "text", the first "articleBody") is read as its thread, each post under a line naming its poster and date (page_threads; the extractor had kept the first post alone, with no author or date); a feedback widget's line ("Was this page useful?"), a gallery's counter ("1 / 6", "Image 3 of 12") and a date label left without its date ("Published:") are furniture (page_furniture.txt [line]). 46: (hunt42) a web page whose bytes are not in the character set it declares (a Windows-1252 page under <meta charset="windows-1251"> or "shift_jis": "Josй Mьller", a curly quote swallowing the next letter) is read as an undeclared page is, where read in the declared set more of its words beyond ASCII are garbled (a U+FFFD, Latin letters beside another alphabet's in one word) than whole (inputs._garbled_words); the note says so. 45: (web41) web pages (xlplugin/pages.py): a line that is only a date under a standfirst and a byline (below the text's first three lines, to its sixth, under 80 words at most, the text's only such line: page_dates.date_head) is the page's date line: its date where the markup gives none (a weekday before it read too: page_meta.text_date), furniture where the page's date is that day; a live blog's heading over its first day's entries ("Friday 4 December 2026", a lone date the page sets as a heading on a page that is a live blog: page_dates.live_entry_dates) stays in the text; a writer who introduces themselves at the start of one of the text's first lines ("I'm Clara Whitfield and ...": page_owners.self_introduced) is the author of a page that gives none, or only no person; a byline with a nickname in quotation marks (By Robert "Bob" Smith) is a .txt/.md file's author (file_titles.author_line). 44: (webtidy40) web pages (xlplugin/pages.py): a heading's anchor link as Hugo and Jekyll themes write it (<a class="anchor" href="#x">#</a> inside an h1-h6: any link to a place on the page showing only "#", "\u00b6", "\u00a7" or a link emoji) is no text (pages._heading_anchor): the heading was glued to its mark ("The old way#") and, where the mark was hidden, put back twice; a line that is only a date, or a date and a time, among the text's first three lines ("Sunday, 22 March 2026" under a blog post's title, a print page's "Thursday 5 March 2026") is furniture where the page's date is read and the line gives that day (page_dates.without_date_head): it was a sentence of the text (no claim; provenance read its date, which the date given still shows); an article the extractor read from its JSON-LD articleBody alone keeps the body's paragraph breaks ("\n", "\n\n": pages._run_together_body), where it was one paragraph, so a claim's attribution is read within its own paragraph as on the page. 43: (claims40) quotations in straight single marks used for speech ('We are ordinary workers,' she said; the offer was 'a disgrace') are quotations, as the typographic ones are since 42 (sentences._with_straight_single_quotes), only where unmistakable: the opening mark at a word's start before a letter (not '90s; not 'em, 'til, 'n'), closed on its line by the first mark no letter or digit follows and a letter or a stop stands before (not don't, the minister's); a plural's apostrophe before a word in lower case ("the drivers' pay") closes unless the next mark after it follows a stop or a comma ('We back the drivers' pay claim,' he said); none inside or across a double-marked quotation. They were read as the writer's words. 42: (fresh40) quotations in typographic single marks, as British and Irish papers and word processors set a speaker's words (‘a disgrace’, ‘We are ordinary workers,’ she said), are quotations (sentences._with_single_quotes): the opening mark U+2018 at a word's start, closed by the first U+2019 no letter or digit follows (not an apostrophe), in its paragraph; one opening a paragraph and never closed runs to its end; double marks inside are nested. They were read as the writer's words (an index of 68 for a report that scored 96 in double marks). 41: (fresh40) a text hard-wrapped at a width (a line break every 60 or 72 characters, pasted from an e-mail, a PDF or a terminal: at least three full lines, a third of them run on in lower case) runs a full line on into the next where it ends in no stop, question, exclamation or colon, whatever the next line starts with (sentences._wrap_width, _wrapped_break): "according to NHS" / "England figures ..." and "said Dr Ann" / "Lee of ..." were two sentences each, so a claim lost its source, a document reference was not found and a speaker was cut from its verb; a heading, a byline, a date line or a table row stays a line of its own. 40: (hunt38b) the no-break spaces U+00A0, U+202F and U+2007 are read as spaces in scoring (text._CONTROL_RE), one for one, so words and phrases joined by them ("Prime\u00a0Minister said", "according\u00a0to", a loaded phrase) are read as with a plain space; offsets unchanged. 39: (web34) a web page that shows its article by script (its markup holds only a caption or a standfirst, its JSON-LD NewsArticle the whole text as "articleBody", three times the words found or more) is read from that body, the note saying so (pages._script_body); a subtitle under a headline that is not the page's first <h1> (a logo or the site's name in an <h1> of its own) and a standfirst paragraph in the article's <header> with the headline are put back at the head of the text (page_subtitles); the page's own section or category alone on the text's first line ("Tech", "#GameTechie" over the headline) is furniture (pages._without_section_label). 38: (hunt30) a web column's foot line about its writer (page_bylines.column_feet) is read for a name in the shape names29 gave the text byline (names.person_name_pattern: "Jonas van der Berg is ...", "María de la Cruz teaches ...", "Seán Ó Briain is ..."): it was dropped from such a column's text, which lost its kind; a .txt/.md file whose only date is its dateline's ("MILLBROOK, Ore., Nov. 14, 2026 (Coast Wire) -": furniture.dateline_date, the dateline provenance's publication date cue reads) has that date in its date cell, the note naming the dateline, where it holds a year ("Nov. 14" alone is no date cell's: cells.given_date); no score moves. 37: (lead, session 24) a web page's fact-check verdict, as its ClaimReview markup gives it, is named in the page's note (xlplugin/page_claim_review.py); no score moves. 36: (hunt26b) a text that is JSON data (an object or array, or JSON Lines: a record another tool exported, in a cell, a .txt file or a Dask row) is refused, "not text: JSON data", not scored as prose with its field names as scare quotes (cells.json_data_reason); Excel's escape of a carriage return "_x000D_", left in a text by openpyxl (pandas.read_excel to CSV or Parquet), is read as the line end it stands for at every input (inputs.shown_text), not as a word; a text cut to fit a workbook's cell (ending in its "[... cut: N more characters ...]" marker) is refused by score_text, a Dask frame's row and the Excel functions, as a table's row already was (refused_texts.refusal); Unicode's line and paragraph separators (U+2028, U+2029) and NEXT LINE (U+0085) end a line, as "\n" does, in scoring (text._line_separators) and at every input (inputs.text_controls): a byline or headline after one was glued to the sentence before it. 35: (web29) a web page read as its reader sees it (xlplugin/pages.py): a Q&A page in Stack Exchange's markup is its whole thread, each post signed ("asked DATE NAME", "answered DATE NAME", "answered by NAME" where an answer gives no date; a name hidden for machines, class "d-none", not read twice; the post bodies' class "js-post-body" no longer makes the extractor keep one answer alone), its author the asker; a name read twice and run together (a byline's link and its hidden copy, "Pip Lantry Pip Lantry") is given once; an author card under the headline (the name alone, then the writer's headline or role), a count in thousands among the head's lines ("1.2K") and a shop's button ("See at HomeStore", "£129 at HomeStore") are furniture; a press office's contact block is taken out of the text (xlplugin/page_contacts.py); a page that runs over more than one page says so in its note (xlplugin/page_pager.py). 34: (transcripts28) a .txt/.md file's headline with a second line right under it (a source line, a correspondent's line, a standfirst: "Extract from the Official Report, 3 March") and then a blank line is its title (file_titles._second_line); its byline line's name ("By Dana Whitcombe, Staff Reporter": file_titles.author_line) is its author, the note naming the line. 33: (lead25) a web page's own date line over the text ("Published: 28 January 2026", web28) is furniture only where the text holds one such line: a forum thread's "Posted: Sat Mar 07, 2026 6:12 pm" over each post stays, as the post's header (pages.clean_text, [own_date_line] of page_furniture.txt). 32: (web28) a sponsor's credit on a line of its own ("Paid for by Verdane Home Energy", "In partnership with Harbour Bank": file_titles._SPONSOR_CREDIT_RE) is a label line over an advertisement's headline, never the text's title. 31: (kinds28) a .txt/.md file opening with an issuer's header block (two to five lines with no blank between: the issuer's name in capitals, its press office "Office of Public Information", a label with its number "Press Statement 26-118", a date; one of them a label or a date), then a blank line, has the headline under it as its title (file_titles._header_block_headline). 30: (web27) a rule line ("___", "* * *", "———", "- - -", three marks or more alone on a line) is a separator: no sentence and no paragraph of its own (sentences._rule_line; the line stays in the text), and on a web page furniture; a web page's subtitle under its headline that the extractor lost (a Medium-like post's "pw-subtitle-paragraph" h2, a "dek" or "standfirst" block in class-hashed markup) opens its text (xlplugin/page_subtitles.py); a post on a blogging platform whose site name is the platform's ("Medium") has as its outlet the publication it is published in (its JSON-LD publisher, or "Published in X": xlplugin/page_publications.py); a thread in vBulletin (postbit), Discourse or phpBB's subSilver2 markup is read as posts, each under a header "by NAME \u00bb DATE" (as phpBB's default theme writes it: forum_posts._by_lines), its member box, controls and signature left out (page_threads._software_thread), the first poster the author and the first post's date the page's date where the markup gives none (page_threads.first_post_date). 29: (hunt25a) a text garbled by a wrong encoding (UTF-8 opened as Windows-1252, as Excel opens a UTF-8 CSV file: "â€œ", "â€™", "cafÃ©") is read as meant at every input (inputs.shown_text, mojibake.repaired), only in a text holding a sequence no ungarbled text holds; a text or CSV file in Mac Roman ("donÕt", "cafŽ" read as Windows-1252) is read as Mac Roman (inputs._mac_roman_tells). 28: (loose25) a .txt/.md file opening with two label lines, one over the other (a public notice's issuer in capitals and then "PUBLIC NOTICE": "TOWN OF ASHBURY", "PUBLIC NOTICE", headline), has the line after them as its title, where shaped as a headline; "Public notice", "Notice", "Legal notice", "Official notice", "Statutory notice" are labels in any case (file_titles.headline_line, title_lines.headline_end). 27: (web25b) web pages: a byline giving a person's name and then a news agency's in one credit ("By DANIEL ORTEGA Associated Press", "Maria Lopez, AFP") gives the author "Daniel Ortega; Associated Press" (page_meta.agency_byline); a date after a publication label on one of the text's first lines ("Published: 9 May 2026", "Posted on May 9, 2026") is the page's date where its markup gives none (page_meta.text_date); a page whose JSON-LD describes no article (a WebPage, a Product) gets no note about it (page_jsonld). 26: (forum26) a forum poster's name padded with spaces inside its element (<span class="username"> NAME </span><span class="rank">...: page_glue._after_user_name) stands on a line of its own before the member's fields, so the post headers are read; a Q&A page's date, where its markup gives none, is its question's, from the asker's signature (forum_posts.qa_asked_date). 25: (outlets23) a .txt/.md date line's date after a credit ("By Ann Lee | 3 March 2026", "By Ann Lee - 3 March 2026": file_titles.date_line) is its date, as provenance's publication date cue reads it, so the date cell shows it and the note names its line. 24: (cues23) an emoji after a question or an exclamation no longer hides the sentence's end ("Coincidence? \U0001f914 The deal was signed ..."): where a capital follows the emoji and its space, a new sentence starts, opened by the emoji (sentences._after_emoji), so the question reads as it would without it; "Who knew? \U0001f914 not me" stays one sentence. 23: (forum25) a question-and-answer web page keeps its posts' signature lines ("answered Mar 16, 2023 at 13:44 NAME 211 rep", in a box of the site's user info: forum_posts.keep_qa_signatures), so its answers read as other members' words. 22: (calls22) a .md file's front matter gives every author of a list ("author: [Ann Lee, Tom Reed]", or a "- " line each), joined with "; ", and a quoted value reads as its quotes say (YAML 'It''s' is It's; "say \"no\"" is say "no"). 21: (pages21) web pages: a forum's member box glued into spans is read a field a line (page_glue), its name no byline run together; a thread's post headers ("name / rank / Joined: / Posted: DATE", forum_posts) are furniture and the other posters' posts their words; "Sponsored: ..." lines and paywall prompts in other words ("Keep reading with a subscription", "You've read all of your free articles") are furniture; a short text on a page that shows a paywall prompt anywhere is a paywalled teaser. 20: (meta20) a web page whose JSON-LD describes other articles beside its own (a related story first) is read by its own: the one whose headline is the page's title or whose address is the page's; where none is, no address, outlet, author or date is taken from them and the note says so; the extractor's title, date and writers read from the others are not the page's; a publisher given as a web address is no outlet name; a JSON-LD datePublished not in ISO form is read where it is a date in a common form ("March 5, 2026"), else left out and said (page_jsonld). A .txt/.md date line's date after another label ("Updated | 3 March 2026", "Event | 3 March 2026") is not the publication date (file_titles.date_line). A .md file's reference link "[Ann Lee][ann]" is its text (its definition line shows nothing), an escaped mark ("\\*") is the mark, inline HTML emphasis ("<strong>By Ann Lee</strong>") its text, struck text ("~~...~~", <del>, <s>) is left out, and its front matter (YAML "---" or TOML "+++": title, author, date) gives its title, author and date and is no text (markdown_marks). 19: (marks20) a .md file's Markdown is read as what it shows (xlplugin/markdown_marks.py): emphasis marks ("**By Ann Lee**", "*said*", "_By Ann Lee_", "~~x~~") are left out, an image gives its alt text and a link "[text](url)" its text with the address after it in brackets ("By Ann Lee (https://...)"), so a byline or a verb of saying in bold counts and a link to a document still does; code spans and fenced code stay as written, heading and list marks stay; the text shown is the text scored. 18: (meta19) a .txt/.md file's date line read in parts split by "|", "\u00b7" or "\u2022", so "Updated 3 March 2026 | Published 1 March 2026" gives the publication date (file_titles.date_line); a short headline in capitals with no headline under it ("COUNCIL CUTS BUS ROUTES") is the title, not a label (file_titles._capitals_headline); a web page's JSON-LD article (its url or mainEntityOfPage, publisher name, author, datePublished: xlplugin.page_jsonld) fills the address, outlet, author and date its meta tags leave blank. 17: (titles18) a .txt/.md file opening with a label line ("OPINION", "FOR IMMEDIATE RELEASE", "BREAKING:", a section's name in capitals) has the line after it as its title, where shaped as a headline (file_titles.label_line); the label stays in the text; its own date line ("Posted on November 21, 2026", "Published 3 March 2026", a line that is mostly a date; not "Updated ...") is its date where no date is given (file_titles.date_line), the note saying so. 16: (pages18) web pages: a page holding two or more whole articles (each under an h1 or h2, 2 paragraphs and 30 words at least) is read as one of them whatever their order: the one its title or canonical address names, else the longest; the note names the others (xlplugin.page_articles); a page whose canonical link and og:url name two different sites gets neither address (so no rating from either), and its note says so; a site name that is another rated site's name than its address's is said (xlplugin.page_sites); a video page (its type video, og:type video.* or JSON-LD VideoObject, or a video player in its main content) with fewer than 80 words of text is saved as its caption only (the part "saved: video caption": no index, kind kept, as a paywall's teaser), and a video player's controls ("Play · 1:42 · Subtitles · Full screen") and media labels alone on a line ("Watch:", "Transcript") are furniture (page_furniture.txt). 15: (kinds21) a text whose words are mostly pinyin syllables (Chinese in Latin letters: "Wo hai you hua", "n\u01d0 h\u01ceo"), holding Chinese characters or pinyin's tone marks too, is Chinese ("zh"), not Turkish or Italian by its toneless syllables ("de", "ne"): language._pinyin. 14: (kinds20) a web page's JSON-LD "genre" ("Satire") joins the hints after its page type (page_hints.hints: "genre: satire"), read by the kind rules. 13: (kinds19) a page saved with only a paywall's teaser keeps its page type and hints, with the part "saved: paywalled teaser" after them (xlplugin.page_hints.with_saved_part; was the page type "paywalled teaser"); its note says how many words were saved before the site asks readers to subscribe. 12: (inputs16) HTML character references in a plain text are read as the characters they stand for ("Smith &amp; Sons", "&quot;", "it&#8217;s", also escaped twice: decode_entities), in scoring and at every input (inputs.shown_text), so the text shown is the text scored. 11: web pages (pages.py, pages18): a paywall's prompt, consent banners whatever their first words, a forum's button rows and posters' name-and-date lines are furniture; a box of links inside the article no longer cuts off the article's prose after it; a heading's permalink mark, a struck-out old price and a copyright line's "Click For Restrictions" are not text; a page saved with only a paywall's teaser says so (page type "paywalled teaser"); 10: (meta15) web pages: a byline element's person (class or id "byline"/"author"/"autor", or a label "Author" before the name; not in a comment, teaser, related box or gallery) is the author where the page gives none or only its own name or another no-person (page_meta.byline_author); the site's name (and a date after it) is cut from the title ("Headline | DW | 19.01.2020": page_meta.without_site_parts); a .txt/.md file's first line, where a headline (followed by a blank line or a byline), is its title, the text unchanged (xlplugin/file_titles.py). 9: a sentence read as another language is judged in parts where a quotation opens or closes or a colon or dash introduces a capitalised passage, and its English parts (a lead-in with its speaker) are kept and scored; a quotation inside an English sentence is read on its own (mixed_language.py); 8: the batch step's copy exception needs the story to recur, not one standard paragraph outweighing a short item, and a copy that keeps a paragraph other documents left out says so in its note (repeats.is_copy, repeat_notes.copy_note); 7: sentences in another language are left out of every scorer, and a text a third or more in another language is not scored, language "mixed" (mixed_language.py); 6: web pages (xlplugin/pages.py): an inline element glued to a sentence's end starts a new paragraph (page_glue.py), other stories' teasers after a "Next:" line are dropped (page_teasers.py), a meta author naming an organisation is kept; 5: the batch step groups no documents without a known outlet, and a repeated paragraph is left out of claims only, its loaded words counted (repeats.py, repeat_notes.py); 4: mixed quotation marks pair ("...\u201d), a straight mark left open ends with its line chunk (sentences.py); 3: language detection leaves template placeholders out and weighs shared function words (language.py); 2: two apostrophes or backticks read as a double quotation mark
# Dotted acronyms ("U.S.", "e.g."), numbers with separators ("3.5", "1,200", "10:30"), then words
# with inner hyphens or apostrophes ("well-known", "don't"): the same matches as
#   (?:[^\W\d_]\.){2,} | \d+(?:[.,:]\d+)+ | [^\W_]+(?:[-'\u2019][^\W_]+)*
# written with the first character (a letter or digit in every branch) taken out in front and the
# branch told apart by a look-behind: a pattern that starts with a character class lets the regex
# engine skip spaces and punctuation without trying each branch there (a fifth faster). The first
# two branches are tried only before a full stop, comma, colon or digit (the only characters
# they can go on with), and the repeats are possessive (nothing after them could take back a
# character): the same matches, found about a third faster on news text.
_WORD_RE = re.compile(r"[^\W_](?:(?=[.,:\d])(?:(?<=[^\W\d_])\.(?:[^\W\d_]\.)+|(?<=\d)\d*+(?:[.,:]\d++)++)|[^\W_]*+(?:[-'\u2019][^\W_]++)*+)")
# The same pattern for a text whose letters and digits are all ASCII (where [^\W_] is
# [A-Za-z0-9] and [^\W\d_] is [A-Za-z]), with the word captured so that `split` gives gaps and
# words in turn: no match object per word, and a plain character class instead of a Unicode
# category test per character (together a fifth less time for the tokens of a news article).
_WORD_ASCII = r"[A-Za-z0-9](?:(?=[.,:0-9])(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|(?<=[0-9])[0-9]*+(?:[.,:][0-9]++)++)|[A-Za-z0-9]*+(?:[-'\u2019][A-Za-z0-9]++)*+)"
# The split itself runs a shortcut branch in front of that pattern (`_WORD_SPLIT_ASCII`): a word
# that starts with a letter followed by a letter or digit, most words of a text, is taken whole
# by the last branch above (the first branches need a full stop or a digit after a digit there),
# so the shortcut takes it at once, without the look-ahead and the branch test; anything else
# falls to the pattern above, unchanged. Same words (`tests/test_words_exact.py`), a sixth fewer
# instructions for the split of a news article.
_WORD_SHORTCUT_ASCII = r"[A-Za-z][A-Za-z0-9]++(?:[-'\u2019][A-Za-z0-9]++)*+"
_WORD_SPLIT_ASCII = re.compile(f"({_WORD_SHORTCUT_ASCII}|{_WORD_ASCII})")
_WORD_SPLIT_ASCII_PLAIN = re.compile(f"({_WORD_ASCII})")  # the plain rule, for the test
_WORD_SPLIT = re.compile("(" + _WORD_RE.pattern + ")")
# (hunt38b) and the no-break spaces (U+00A0, U+202F narrow, U+2007 figure), which a web page, a
# word processor or a French text puts between words: read as the spaces they show, one for one
# (every offset stays right), so "Prime\u00a0Minister said" and a loaded phrase with one inside
# are read as with a plain space. Kept as no space at all, they glued words of the scorers'
# patterns ("according\u00a0to", a byline's "By\u00a0Ann Lee") and moved the index by up to 16 points.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\u00a0\u2007\u202f]")
# Each word's lower case, kept per word: the lower-cased words of a document are then strings
# made once for the whole run, whose hash Python keeps, so that every table a scorer looks them
# up in (and the word tables of `lexicon.memo_map`) hashes them once per run rather than once
# per document, and none is freed with its document. (Looking a word up costs about what
# lower-casing it did; the words as written are hashed by it, which their own look-ups reuse.)
_LOWER = WordTable(str.lower)


class Token(NamedTuple):
    """A word: its text, lower-cased form, offsets and the index of its sentence."""

    text: str
    lower: str
    start: int
    end: int
    sentence: int


class Sentence(NamedTuple):
    """A sentence of the scored text; `tokens` indexes `Document.tokens` (a half-open range).

    (A named tuple like `Token`: made once per sentence of every document, in a third of the
    time of a frozen dataclass.)"""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    first_token: int = 0
    last_token: int = 0

    @property
    def word_count(self) -> int:
        return self.last_token - self.first_token


@dataclass
class Document:
    """A prepared document. Build it with `prepare`; scorers only read it."""

    raw: str
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    # What the source says about itself beyond title, URL and outlet (a web page's metadata, a
    # CSV's author/date columns): the author's name, the publication date (as given), and the
    # page's own type hint ("article", "product"...); "" where unknown.
    author: str = ""
    date: str = ""
    page_type: str = ""
    lines: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    # Paragraphs (start, end) that the batch they came in marked as their outlet's furniture (see
    # `xlplugin.prose.repeated_paragraphs`); empty for a document scored on its own.
    furniture: list[tuple[int, int]] = field(default_factory=list)
    language: str = "unknown"
    language_note: str = ""
    _offsets: list[int] | None = None
    _quote_starts: list[int] = field(default_factory=list)
    # The words, as columns (one list per field of `Token`, in text order): the scorers read
    # these, and a tuple per word is made only when `tokens` is asked for.
    token_texts: list[str] = field(default_factory=list)
    lowers: list[str] = field(default_factory=list)
    token_starts: list[int] = field(default_factory=list)
    token_ends: list[int] = field(default_factory=list)
    token_sentences: list[int] = field(default_factory=list)
    # caches, not state: not __init__ arguments (dataclasses.replace must not copy them)
    _tokens: list[Token] | None = field(default=None, init=False, repr=False, compare=False)
    _analysis: Analysis | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def analysis(self) -> Analysis:
        """What the scorers read beyond the words (attribution, quotations, furniture lines,
        text that is not prose, links), each part computed once: see `xlplugin.analysis`."""
        if self._analysis is None:
            from .analysis import Analysis  # local: analysis reads this module

            self._analysis = Analysis(self)
        return self._analysis

    @property
    def tokens(self) -> list[Token]:
        """Every word as a `Token` (made on first use from the columns)."""
        if self._tokens is None:
            # tuple.__new__ is Token(...) without the NamedTuple keyword handling: a third faster
            self._tokens = list(map(tuple.__new__, repeat(Token), zip(
                self.token_texts, self.lowers, self.token_starts, self.token_ends, self.token_sentences)))
        return self._tokens

    @property
    def word_count(self) -> int:
        return len(self.lowers)

    def words(self, sentence: Sentence | None = None) -> list[Token]:
        if sentence is None:
            return self.tokens
        return self.tokens[sentence.first_token : sentence.last_token]

    def line_text(self, index: int) -> str:
        start, end = self.lines[index]
        return self.text[start:end]

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation (with its marks) that holds character `pos`, or None."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0:
            start, end = self.quotes[i]
            if start <= pos < end:
                return self.quotes[i]
        return None

    def original_offset(self, pos: int) -> int:
        """Map an offset in the scored text back to the raw text given to `prepare`."""
        if self._offsets is None:
            return pos
        if pos >= len(self._offsets):
            return len(self.raw)
        return self._offsets[pos]


# An HTML character reference in a plain text (a cell or a file copied from a page's source, a
# CSV a scraper filled): "&amp;", "&quot;", "&#8217;", "&#x2019;", and the same escaped again
# ("&amp;quot;", "&amp;#39;"). Only a reference closed by ";" whose name HTML knows is read (as
# `html.unescape` reads it): "AT&T", "R&D", "&c." and "&notit" stay as written.
_ENTITY_RE = re.compile(r"&(?:amp;)*(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entity(found: re.Match[str]) -> str:
    reference = f"&{found[1]};"
    character = html.unescape(reference)
    return found[0] if character == reference else character


def decode_entities(raw: str) -> tuple[str, list[int] | None]:
    """`raw` with each HTML character reference (`_ENTITY_RE`) read as the character it stands
    for: "Smith &amp; Sons" is "Smith & Sons", "it&#8217;s" is "it\u2019s", and a reference escaped
    twice or more is read through ("&amp;quot;" is a quotation mark). Scored as written, "&amp;"
    was the word "amp", "&quot;" opened no quotation and "it&#8217;s" was the words "it", "8217"
    and "s". Returns the text and the offset map (one offset into `raw` per character; None
    where nothing was read). (inputs16)"""
    if "&" not in raw or not _ENTITY_RE.search(raw):
        return raw, None
    out: list[str] = []
    offsets: list[int] = []
    last = 0
    for found in _ENTITY_RE.finditer(raw):
        out.append(raw[last : found.start()])
        offsets.extend(range(last, found.start()))
        character = _entity(found)
        out.append(character)
        offsets.extend(range(found.start(), found.start() + len(character)) if character == found[0]
                       else [found.start()] * len(character))
        last = found.end()
    out.append(raw[last:])
    offsets.extend(range(last, len(raw)))
    text = "".join(out)
    if text == raw:
        return raw, None
    again, inner = decode_entities(text)  # ("&#38;quot;" gives "&quot;": read until none is left)
    return again, offsets if inner is None else [offsets[i] for i in inner]


def normalise(raw: str) -> tuple[str, list[int] | None]:
    """HTML character references read (`decode_entities`), then NFC, newlines as "\\n", control,
    zero-width characters and no-break spaces as spaces.

    Returns the text and, when its length differs from `raw`, the offset map (one raw offset per
    output character); None means offsets are the same in both.
    """
    decoded, entity_offsets = decode_entities(raw)
    text, offsets = _normalise_characters(decoded)
    if entity_offsets is None:
        return text, offsets
    return text, entity_offsets if offsets is None else [entity_offsets[i] for i in offsets]


def _normalise_characters(raw: str) -> tuple[str, list[int] | None]:
    """NFC, newlines as "\\n", control and zero-width characters as spaces (`normalise`)."""
    needs_nfc = not unicodedata.is_normalized("NFC", raw)
    if not needs_nfc and "\r" not in raw:
        return _line_separators(_CONTROL_RE.sub(" ", raw)), None
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\r":
            out.append("\n")
            offsets.append(i)
            i += 2 if i + 1 < n and raw[i + 1] == "\n" else 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", raw[i:j]) if needs_nfc else raw[i:j]
        for k, c in enumerate(cluster):
            out.append(c)
            offsets.append(min(i + k, j - 1))
        i = j
    text = _line_separators(_CONTROL_RE.sub(" ", "".join(out)))
    if len(text) == n:
        return text, None
    return text, offsets


# (hunt26b) Unicode's line and paragraph separators (U+2028, U+2029) and NEXT LINE (U+0085), as JSON
# exports, web editors and text decoded as Latin-1 hold them, end a line as "\n" does. Read as
# letters of no kind, they glued a headline, a byline or a paragraph to the sentence before it: a
# byline on a line of its own after U+2028 was no byline (provenance 49, not 65). One for one, so
# every offset stays right; every input shows them as line ends too (`inputs.text_controls`).
_LINE_SEPARATOR_RE = re.compile("[\x85\u2028\u2029]")


def _line_separators(text: str) -> str:
    """`text` with each of `_LINE_SEPARATOR_RE` as "\\n" (an ASCII text, known at once, has none)."""
    # (three `in` tests: each a tight scan of the string; one regex search cost some 0.5 million
    # instructions on an article, 1.3% of its scoring)
    if text.isascii() or not ("\u2028" in text or "\u2029" in text or "\x85" in text):
        return text
    return _LINE_SEPARATOR_RE.sub("\n", text)


def _find_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its "\\n" (one split, then running sums: no loop)."""
    ends = list(accumulate(map(len, text.split("\n")), lambda end, n: end + 1 + n))
    return list(zip([0] + [end + 1 for end in ends[:-1]], ends))


# (a range test per character: a class with \w in it looks each character up, three times slower)
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


# Runs of ASCII characters: removed, they leave the characters outside ASCII (a run is matched in
# one tight loop of the regex engine; finding the other characters one by one tries a match at
# each of them: ~14 against ~5 us on a news article).
_ASCII_RUN_RE = re.compile(r"[\x00-\x7f]+")


def _non_ascii(text: str) -> frozenset[str]:
    """The distinct characters of `text` outside ASCII (none for an ASCII text, known at once)."""
    return frozenset() if text.isascii() else frozenset(_ASCII_RUN_RE.sub("", text))


def _ascii_words(text: str, chars: Collection[str] | None = None) -> bool:
    """Does `_WORD_SPLIT_ASCII` find in `text` the words `_WORD_SPLIT` finds? Yes when every
    letter and digit of it is ASCII: the other characters outside ASCII (a dash, a pound sign, a
    curly quote) are in no class of either pattern but the joiner [-'\u2019], the same in both.
    (A pattern's \\w is exactly str.isalnum, plus "_".) `chars`: `_non_ascii(text)`, where the
    caller has it."""
    if chars is None:
        return text.isascii() or not any(c.isalnum() for c in set(_NON_ASCII_RE.findall(text)))
    return not any(c.isalnum() for c in chars)


def _as_ascii_letter(c: str) -> str:
    """A letter or digit outside ASCII as an ASCII one of the same class of `_WORD_RE` (its \\d is
    a Unicode decimal digit, str.isdecimal); any other character as it is."""
    return ("0" if c.isdecimal() else "a") if c.isalnum() else c


def _places(text: str, chars: list[str]) -> Iterator[int]:
    """Every offset in `text` of each of `chars` (single characters)."""
    for c in chars:
        at = text.find(c)
        while at >= 0:
            yield at
            at = text.find(c, at + 1)


def _split_words(text: str, chars: Collection[str] | None = None) -> tuple[list[str], list[int], list[int]]:
    """The words of `text` (`_WORD_SPLIT`) with their start and end offsets. `chars`:
    `_non_ascii(text)`, where the caller has it.

    Split by `_WORD_SPLIT_ASCII`, the faster pattern; where the text has letters or digits
    outside ASCII ("Le Th\u1ecb H\u1ed3ng", "caf\u00e9"), it splits a copy in which each of them
    is "a" (a letter) or "0" (a decimal digit): one character for one, in the same classes of the
    pattern (its letters are [A-Za-z], its digits [0-9]), so the words are found at the same offsets as
    `_WORD_SPLIT` finds them in the text. The words of the copy are the words of the text but
    for those holding a replaced character, which are taken from the text itself.
    `tests/test_text.py` holds the two to the same words on generated text."""
    if _ascii_words(text, chars):
        parts = _WORD_SPLIT_ASCII.split(text)
        bounds = list(accumulate(map(len, parts)))
        return parts[1::2], bounds[:-1:2], bounds[1::2]
    # where the copy differs from the text: each place of a letter or digit outside ASCII (found
    # by str.find per such character: a text has a few, where a pattern tried every character)
    replaced = sorted(_places(text, [c for c in (_non_ascii(text) if chars is None else chars) if c.isalnum()]))
    pieces, last = [], 0
    for pos in replaced:
        pieces += (text[last:pos], _as_ascii_letter(text[pos]))
        last = pos + 1
    pieces.append(text[last:])
    parts = _WORD_SPLIT_ASCII.split("".join(pieces))
    bounds = list(accumulate(map(len, parts)))
    words, starts, ends = parts[1::2], bounds[:-1:2], bounds[1::2]
    for pos in replaced:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < ends[k]:
            words[k] = text[starts[k] : ends[k]]
    return words, starts, ends


def _tokenise_sentences(text: str, spans: list[tuple[int, int, int]]):
    """Word columns (words, starts, ends, sentence of each word) and the `Sentence`s, one split
    per sentence."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sentence_of: list[int] = []
    sentences: list[Sentence] = []
    split_ascii, split_any = _WORD_SPLIT_ASCII.split, _WORD_SPLIT.split
    for index, (start, end, paragraph) in enumerate(spans):
        first = len(words)
        sentence_text = text[start:end]
        # [gap, word, gap, word, ..., gap]: the running sum of their lengths gives the offsets
        parts = (split_ascii if _ascii_words(sentence_text) else split_any)(sentence_text)
        bounds = list(accumulate(map(len, parts), initial=start))
        words += parts[1::2]
        starts += bounds[1:-1:2]
        ends += bounds[2::2]
        sentence_of += [index] * (len(parts) // 2)
        sentences.append(Sentence(index, start, end, sentence_text, paragraph, first, len(words)))
    return words, starts, ends, sentence_of, sentences


def _tokenise_whole(text: str, spans: list[tuple[int, int, int]], chars: Collection[str] | None = None):
    """`_tokenise_sentences` with one split of the whole text (a loop per sentence costs more
    than the split itself on a news article), or None where the two could differ.

    Sentences are separated by white space only, so a word of the whole text lies inside one
    sentence, and each sentence's words are those starting inside it; a word that would cross a
    sentence end (a run-on text cut at MAX_SENTENCE_CHARS) or start between sentences sends the
    document to the split per sentence. `chars`: `_non_ascii(text)`, where the caller has it.
    """
    words, starts, ends = _split_words(text, chars)
    sentence_of: list[int] = []
    sentences: list[Sentence] = []
    first = 0
    new = tuple.__new__  # Sentence(...) without the NamedTuple keyword handling: half the time
    for index, (start, end, paragraph) in enumerate(spans):
        last = bisect.bisect_left(starts, end, first)
        if first < last and (starts[first] < start or ends[last - 1] > end):
            return None
        sentences.append(new(Sentence, (index, start, end, text[start:end], paragraph, first, last)))
        sentence_of += [index] * (last - first)
        first = last
    if first != len(words):
        return None
    return words, starts, ends, sentence_of, sentences


def prepare(raw: str, *, title: str = "", url: str = "", outlet: str = "", author: str = "", date: str = "",
            page_type: str = "", furniture: Collection[str] = ()) -> Document:
    """Normalise, split and tokenise `raw` once; detect its language.

    `raw` must be a `str`; adapters convert cells, bytes and files before calling this.
    `furniture`: keys (`xlplugin.prose.paragraph_key`) of paragraphs that the batch this
    document came in found repeated across its outlet's documents; they become
    `Document.furniture`.
    """
    from .language import detect_language  # local: language needs the word list loaded lazily

    text, offsets = normalise(raw)
    paragraphs, spans, quotes = split_sentences(text)
    # The words are kept as parallel columns made by C-level calls (Token tuples are made only if
    # `Document.tokens` is read). The whole text is split into words at once when that gives the
    # words a split per sentence would (`_tokenise_whole`); otherwise sentence by sentence.
    chars = _non_ascii(text)  # (read by the word split and the language check)
    columns = _tokenise_whole(text, spans, chars)
    if columns is None:
        columns = _tokenise_sentences(text, spans)
    words, starts, ends, sentence_of, sentences = columns
    doc = Document(
        raw=raw,
        text=text,
        title=title or "",
        url=url or "",
        outlet=outlet or "",
        author=author or "",
        date=date or "",
        page_type=page_type or "",
        lines=_find_lines(text),
        paragraphs=paragraphs,
        sentences=sentences,
        quotes=quotes,
        _offsets=offsets,
        _quote_starts=[q[0] for q in quotes],
        token_texts=words,
        lowers=list(map(_LOWER.__getitem__, words)),
        token_starts=starts,
        token_ends=ends,
        token_sentences=sentence_of,
    )
    if furniture:
        from .prose import paragraph_key  # local: prose reads this module

        doc.furniture = [(s, e) for s, e in paragraphs if paragraph_key(text[s:e]) in furniture]
    doc.language, doc.language_note = detect_language(doc, chars)
    return doc

"""Reading the package's word lists and cue lists (the files in `xlplugin/data/`).

Each file starts with a header of `#` lines that says what it holds, where its categories come
from and how it was built. The body is sections: a `[category]` line, then one entry a line.
Entries are lower-cased; `#` after an entry starts a comment. Files are read through
`importlib.resources`, so they work from a wheel, a zip or Pyodide's in-memory file system.

Strict: `SECTIONS` below names every section of every sectioned file and the rule that reads
it. A section in a file that is not named there, or named there and missing from the file, is
an error when the file is loaded; reading a section that is not named there is a KeyError (a
misspelt name never gives an empty set). A section written twice in one file is read as one
(its blocks in file order) and reported by `Sections.repeats`; `tests/test_lexicon.py` holds the
repeats that are meant (version-3 additions appended to a file) and fails on any other.

(loud50) Every such failure is a `DataFileError` naming the file, the section and the line: a
missing file, an undeclared section, a line that opens a section and does not close it ("[foo"),
and an entry of a section of pairs (`PAIRED`) without its separator or one of its sides. It is no
ValueError, so that no rule's handler for bad input can swallow it; `engine.warm_up` loads every
file before a batch, so a broken table stops the run before the first document is scored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any, Callable
from importlib import resources

from .errors import DataFileError

__all__ = ["SECTIONS", "PAIRED", "Sections", "load_sections", "data_text", "memo_map", "WordTable"]

# A word table holds at most this many words (then starts again): a few MB.
MEMO_LIMIT = 1 << 17


def data_text(name: str) -> str:
    """The text of one data file of the package; DataFileError where it is missing or unreadable."""
    try:
        return resources.files("xlplugin").joinpath("data", name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:  # (loud50) a broken install: said, never an empty table
        why = "missing from the package" if isinstance(exc, FileNotFoundError) else f"cannot be read ({exc})"
        raise DataFileError(f"xlplugin/data/{name}: {why}; the rules that read it cannot run "
                            "(reinstall xlplugin)") from None


# (loud50) Sections whose entries are pairs, "left SEPARATOR right", each side one or more words:
# {file: {section: separator}}. An entry without the separator, or with a side empty, is an error
# at load time naming its line (it would be a rule that matches nothing). Read with
# `Sections.pairs`.
PAIRED: dict[str, dict[str, str]] = {
    "loaded_language.txt": {"literal_senses": ":", "object_senses": ":", "compound_senses": ":",
                            "stating_phrase_words": ":", "hedged_description_words": ":",
                            "field_event_words": ":"},
    "aggregators.txt": {"aggregators": "|", "outlet_sites": "|"},
}


# Every section of every sectioned data file: {file: {section: the rule that reads it}}. A new
# section is added here with its reader, or loading its file fails. (`kinds.txt` is a table with
# its own checked parser in kinds.py, `hosting_platforms.txt` one in hosting.py;
# `source_ratings_lin2023.csv` is read by source_rating.py.)
_ATTRIBUTION = "cues.py, the attribution pass"
_CLAIMS = "scorers/unsourced_claims.py, WORD_TESTS and CUES (check-worthiness cues)"
_LOADED = "scorers/loaded_language.py, warm_up (the cue list)"
_STOPWORDS = "language.py, the function-word vote"
SECTIONS: dict[str, dict[str, str]] = {
    "attribution.txt": {
        "reporting_words": _ATTRIBUTION + " (verbs of saying); also scorers/unsourced_claims.py, WORD_TESTS (not a past event), "
                           "and scorers/provenance.py, _says; also senses.py, object_of_a_verb (no verb of saying before an object); also provenance_notes.py, role_sign_off (byline17: a foot line reporting speech is no sign-off); also speakers.py (sources19: a quotation's speaker's verb, a missed speaker's verb); also provenance_sources.py, document_speaker (sources22: the verb after a document that speaks); also source_names.py (sources31: who is a named source)",
        "source_pronoun_words": _ATTRIBUTION + " (a pronoun for a source named before)",
        "role_words": "headline_speakers.py (claims40: a headline\u2019s speaker before a colon); " + _ATTRIBUTION + " (named source with a role); also interview.py (a speaker label's title, no name) "
                      "and senses.py, names_a_work (a title ending in a role); also groups.py, post_source (whose post) and institutions.py, may_qualify (no institution\u2019s name); also contrast_clauses.py, _answers (claims15: people set against a source after \u201cbut\u201d); also provenance_notes.py, role_sign_off (byline17: the office in a notice's sign-off); also provenance_sources.py, _source_nouns (sources21: \u201cPolice in Georgia say\u201d is no reader\u2019s letter); also document_origins.py (sources22: a body, a name or a modified noun after a document); also source_names.py (sources31: who is a named source); also source_sides.py, _source_noun (sources45: \u201cthe US defense\u201d, \u201cTexas prosecutors\u201d are a role\u2019s noun phrase)" + "; also unsourced_claims._body_words (claims47: the last word of an intent\u2019s subject names a body that can intend); also scorers/provenance.py, _attributed_clause (loaded48: \u201cDeaths DOUBLE, OFFICIALS ADMIT\u201d: a headline\u2019s source, no notice\u2019s name); also misread_sources.py, placed_after (sources53: \u201ca nurse in Glasgow said\u201d: by role); also member_groups.py, body_members (claims56: a plural role after a body\u2019s name, \u201cPfizer lawyers said\u201d: by role)",
        "organisation_words": "headline_speakers.py (claims40: a headline\u2019s speaker before a colon); " + _ATTRIBUTION + " (an organisation as the source); also interviewee.py (no interviewee's name); also scorers/unsourced_claims.py, _own_record (an institution's own record); also senses.py, object_of_a_verb (a source noun is no adjective); also groups.py, post_source (whose post) and institutions.py, may_qualify (no institution\u2019s name); also provenance_sources.py, _source_nouns (sources21: \u201cPolice in Georgia say\u201d is no reader\u2019s letter); also document_origins.py (sources22: a body, a name or a modified noun after a document); also source_sides.py, _source_noun (sources45: \u201cthe US defense\u201d, \u201cTexas prosecutors\u201d are a role\u2019s noun phrase); also page_owners.py (web46: a footer\u2019s \u00a9 holder ending in a body\u2019s word is no person); also scorers/provenance.py, _attributed_clause (loaded48: \u201cDeaths DOUBLE, OFFICIALS ADMIT\u201d: a headline\u2019s source, no notice\u2019s name)",
        "weasel_source_words": _ATTRIBUTION + " (vague sources); also senses.py, object_of_a_verb (a source noun is no adjective); also institutions.py, may_qualify (no institution\u2019s name); also misread_sayings.py, crowd_on_platform (\u201cUsers on Facebook claim\u201d); also contrast_clauses.py, _answers (claims15: people set against a source after \u201cbut\u201d); also provenance_sources.py, _source_nouns (sources21: \u201cPolice in Georgia say\u201d is no reader\u2019s letter); also document_origins.py (sources22: a body, a name or a modified noun after a document); also scorers/provenance.py, _attributed_clause (loaded48: \u201cDeaths DOUBLE, OFFICIALS ADMIT\u201d: a headline\u2019s source, no notice\u2019s name)",
        "weasel_phrases": _ATTRIBUTION + " (vague sources, several words); also scorers/unsourced_claims.py, "
                          "_with_opening_weasels (a sentence opening with one)",
        "nationality_words": "source_sides.py, _adjectival (sides45: \u201cNorth Korean leader\u201d gives no side \u201cNorth Korean\u201d; \u201cthe Chinese embassy said\u201d is the embassy); also scorers/unsourced_claims.py (claims52: a nationality is no named actor, \u201cthe Korean film\u201d); also member_groups.py, body_members (claims56: \u201cSouth diplomats\u201d name no body)",
        "not_name_words": "headline_speakers.py (claims40: a headline\u2019s speaker before a colon); source_sides.py, _opening_words (claims41: no speaker\u2019s name); " + _ATTRIBUTION + " (capitalised words that are not names); also names._not_names, "
                          "interviewee.py, interview.py (a speaker label's word that is no name) and "
                          "scorers/unsourced_claims.py, WORD_TESTS (named actor); also senses.py, object_of_a_verb and issuer.py (function words); also speakers.py, quote_speaker (no speaker's name); also provenance_sources.py, _source_nouns (sources21: \u201cPolice in Georgia say\u201d is no reader\u2019s letter); also document_origins.py (sources22: a body, a name or a modified noun after a document); also source_names.py (sources31: who is a named source)",
        "document_words": _ATTRIBUTION + " (a document as the source); also document_subjects.py (claims17: \u201cThe inspection report rates\u201d); also interviewee.py (no interviewee's name); also senses.py, object_of_a_verb (a source noun is no adjective); also misread_sources.py, noun_by_neighbours (no modifier)",
        "document_phrases": _ATTRIBUTION + " (a document as the source, several words)",
        "finding_words": _ATTRIBUTION + " (a study's findings)",
        "insider_words": _ATTRIBUTION + " (claims17: \u201cpeople familiar with\u201d is shown as an anonymous source)",
        "unsourced_account_words": _ATTRIBUTION + " (claims17: \u201caccording to the legend\u201d names no teller; cues._definite_body)",
        "unreported_modal_words": _ATTRIBUTION + " (a modal before a verb of saying: a demand, not a report)",
        "noun_reporting_words": _ATTRIBUTION + " (a reporting word that is also a noun: \u201cat one point\u201d); also senses.py, object_of_a_verb (\u201churl the wild claims\u201d); also contrast_clauses.py, _noun_there (attrib16: \u201cthe actual figure is\u201d) (cues.py passes it to misread_sources.noun_fragment: \u201cAbsolute joke.\u201d)",
        "noun_marker_words": _ATTRIBUTION + " (a word that makes a noun of the reporting word after it)",
        "member_words": "institutions.py, institution_member (\u201cHarvard researchers said\u201d: a named institution's members); also member_groups.py, body_members (claims56: \u201cFord workers said\u201d: by role wherever it stands)",
        "institution_name_words": "institutions.py, institution_member (\u201cPentagon officials said\u201d opening a sentence: a name, no adjective)",
        "post_words": _ATTRIBUTION + " (a social media post as the source: vague, its kind told by groups.post_source); also misread_sources.py, _post_on_platform (a post shared on a platform) and misread_sayings.py, crowd_on_platform (posts as a crowd\u2019s)",
        "platform_words": "groups.py, post_source (a platform's name names no one who posted); also source_names.py (sources31: who is a named source); also claim_lines.py (claims52: \u201cFollow Jane Lee on Twitter\u201d is a plug)",
        "population_words": "misread_sources.py, population_of_place (\"the people of Eastbank\": a vague group)",
        "body_voice_words": "misread_sources.py, placed_role (claims52: \u201can Apple spokesperson\u201d is the body speaking, named); also member_groups.py, body_members (claims56: \u201cApple spokesmen said\u201d: named)",
        "passer_by_words": "misread_sources.py, passer_by (claims51: \u201csaid a Leeds resident\u201d: an unnamed person, vague); "
                           "also cues.py, _classify (asks passer_by only for a head of the list)",
        "place_after_person_words": "misread_sources.py, placed_after (sources53: \u201ca nurse in Glasgow said\u201d: by role, as \u201ca Glasgow nurse\u201d)",
        "document_people_words": "cues.py, document_people (claims54: \u201cthe report\u2019s authors say\u201d: a document source)",
        "employer_after_person_words": "misread_sources.py, misread_head (claims54: \u201ca nurse from Apple said\u201d: by role, as \u201can Apple nurse\u201d)",
        "body_kind_words": "member_groups.py, body_members (claims56: \u201cCity officials said\u201d: the body the text reports on, by role)",
        "body_official_words": "member_groups.py, body_members (claims56: the offices of a body after a word of [body_kind_words])",
        "owned_message_words": "cues.py, possessive_name_first (claims55: \u201cSmith\u2019s letter says\u201d opening a sentence: the owner, named)",
        "advert_words": "cues.py, _classify (sources53: \u201cA radio ad claims\u201d: the sponsor's words, by role; named where the sponsor is named)",
        "nothing_object_words": "misread_sources.py, says_nothing (\"the tins say nothing\": nothing was said); also misread_sayings.py, says_no_words (the same, wider)",
        "unsaid_object_words": "misread_sayings.py, says_no_words (\"he said little about it\": nothing was said)",
        "unsaid_more_words": "misread_sayings.py, says_no_words (\"said no more\", \"said nothing else\")",
        "clause_verb_words": "misread_sayings.py, clause_after_verb (\"the man said the police had ...\": a reported clause, no inverted source)",
        "indefinite_speaker_words": "misread_sayings.py, speaker_before_clause (\"a neighbour said the police had ...\": an unnamed speaker, vague)",
        "platform_crowd_words": "misread_sayings.py, crowd_on_platform (\"Users on Facebook claim\": a vague source)",
        "no_one_words": "subject_sources.py, subject_kind (\"Nobody has confirmed\": no source)",
        "indefinite_subject_words": "subject_sources.py, subject_kind (\"Those who were there tell\": a vague source)",
        "indefinite_link_words": "subject_sources.py, subject_kind (the word after an indefinite subject)",
        "seen_document_participles": "seen_documents.py, documents_seen_by (attrib16: \u201cDocuments seen by The Herald show\u201d)",
        "seen_document_words": "seen_documents.py, documents_seen_by (plural documents an outlet obtains)",
        "outlet_agent_words": "seen_documents.py, documents_seen_by (\u201cobtained by the paper\u201d: the outlet)",
        "writer_acquaintance_words": "subject_sources.py, writers_acquaintance (attrib16: \u201cMy neighbour says\u201d is vague)",
        "hearsay_words": "subject_sources.py, hearsay (prov24: \u201cA friend who works at the hospital says\u201d is vague)",
        "released_document_words": "cues.py, _released_by (prov24: \u201caccording to figures the force released\u201d: the force)",
        "released_participle_words": "cues.py, _released_by (the participle after the body)",
        "document_record_verb_words": "cues.py, _trigger and _offer_reporting_verb (prov24: \u201cthe 1911 census lists\u201d: a document's verb)",
        "recording_document_words": "cues.py, _offer_record_verb (prov24: the documents that record or list: \u201cthe 1911 census lists\u201d)",
        "appeal_quantifier_words": "subject_sources.py, appeal_to_all (prov24: \u201cEvery serious scientist agrees\u201d is vague); also cues.py, _classify (asks it only after one)",
        "owned_role_words": "subject_sources.py, owned_role (\"The Herald's critic called\": a source by role)",
        "qualified_document_words": "subject_sources.py, bare_release (\"a US release\": no document)",
        "document_qualifier_words": "subject_sources.py, bare_release (\"a press release\": a document)",
        "published_words": "subject_sources.py, published_by_name (\"according to results published in The Lancet\")",
        "published_gap_words": "subject_sources.py, published_by_name (the words of time after the participle)",
        "forecaster_verb_words": "forecast_sources.py, gives_a_figure (sources13: \"gives ... a 61 percent chance\")",
        "forecaster_at_verb_words": "forecast_sources.py, gives_a_figure (sources13: \"puts the cost at 4 billion\")",
        "forecaster_figure_words": "forecast_sources.py, gives_a_figure (the words that make it a forecast)",
        "people_plural_words": "headline_speakers.py (claims40: a headline\u2019s speaker before a colon); " + "misread_sources.py, plural_of_people (sources13: \"Neighbours said\" is vague); also contrast_clauses.py, _answers (claims15: people set against a source after \u201cbut\u201d); also provenance_sources.py, _source_nouns (sources21: \u201cPolice in Georgia say\u201d is no reader\u2019s letter); also document_origins.py (sources22: a body, a name or a modified noun after a document)",
        "listener_verb_words": "misread_sayings.py, listener_after (sources13: \"told the minister\" names no source)",
        "count_again_words": "misread_sayings.py, counts_again (sources13: \"will recount the votes\")",
        "count_again_before_words": "misread_sayings.py, counts_again (the modals and \"to\" before it)",
        "modifier_noun_reporting_words": "misread_sources.py, noun_by_neighbours (sources14: \"in smaller states\")",
        "noun_sense_preposition_words": "misread_sources.py, noun_by_neighbours (prepositions before the noun)",
        "noun_sense_quantity_words": "misread_sources.py, noun_by_neighbours (numbers, quantifiers before a plural); also source_sides.py (roles41: \u201cthree council officials\u201d)",
        "time_phrase_words": "misread_sayings.py, time_only (a time phrase alone before a verb of saying); cues.py, _time_before_verb (sources48: \u201cMicrosoft on Thursday said\u201d); appositives.py, _one_word_name (claims40: no name before an apposition)",
        "appositive_non_name_words": "appositives.py, _one_word_name (adverbs and times opening a sentence, no name before an apposition); source_sides.py, _opening_words (claims41: no speaker's name)",
        "group_modifier_words": "institutions.py, may_qualify (\u201cSenior officials said\u201d opening a sentence: a common word, no institution)",
        "place_words": "publications.py, is_place (a place is no publication; no institution before \u201cofficials\u201d)",
        "country_words": "publications.py, is_place (with [place_words]) and is_country (sources45: a country speaking is its government, read by source_names)",
        "place_phrases": "publications.py, is_place (places of several words)",
        "speaker_time_words": "source_names.py, no_named_speaker (sources31: \u201cChristmas said\u201d names no one); source_sides.py, _opening_words (claims41)",
        "class_field_words": "source_names.py, class_of_people (sources31: \u201cSleep advisers also say\u201d is a class of people)",
        "class_quantifier_words": "source_names.py, class_of_people (sources31: \u201cMany advisers say\u201d is a class of people)",
        "plain_adverb_words": "senses.py, object_of_a_verb (\u201che now claims\u201d: an adverb, no verb)",
        "object_verb_opener_words": "senses.py, object_of_a_verb (a verb whose object is \u201cclaims\u201d, \u201creports\u201d)",
        "relative_noun_marker_words": _ATTRIBUTION + " (\u201cthat\u201d/\u201cwhich\u201d: a noun marker after a preposition)",
        "preposition_words": _ATTRIBUTION + " (prepositions, for relative_noun_marker_words; after_preposition: "
                             "\u201cin posts\u201d, a noun)",
        "adjective_marker_words": _ATTRIBUTION + " (\u201cso\u201d: an adjective of the participle after it)",
        "view_words": "scorers/unsourced_claims.py, _lends (a view or a wish lends no source to the sentence next to it)",
        "not_saying_words": "scorers/provenance.py, _says (named sources with roles need a verb of saying); "
                            "also cues.py, reports_nothing (followed by \u201cto\u201d: a wish)",
        "noun_before_be_words": _ATTRIBUTION + " (\u201cthe answer is\u201d: a noun before a form of be)",
        "noun_of_words": _ATTRIBUTION + " (\u201cthe states of\u201d: a noun before \u201cof\u201d)",
        "infinitive_report_words": "scorers/provenance.py, _says (\u201cwent on to say\u201d: an infinitive that reports)",
        "particle_reporting_words": _ATTRIBUTION + " (\u201cpoints out\u201d: a verb of saying only with its particle)",
        "reporting_particle_words": _ATTRIBUTION + " (the particles of particle_reporting_words)",
        "demand_on_words": _ATTRIBUTION + " (\u201cinsists on using\u201d: a demand, no report)",
        "ly_noun_words": "source_sides.py, _qualified_noun (sources48: \u201cthe Smith family said\u201d: a noun, no adverb)",
        "clause_opener_words": _ATTRIBUTION + " (a source phrase ends at a clause opener)",
        "anonymity_words": _ATTRIBUTION + " (\u201con condition of anonymity\u201d: the source is vague)",
        "object_start_words": _ATTRIBUTION + " (words that start the object of object_reporting_words)",
        "object_reporting_words": _ATTRIBUTION + " (\u201cis adding the\u201d: a verb with an object reports nothing)",
        "possessive_pronoun_words": _ATTRIBUTION + " (\u201chis list\u201d: a possessive is no subject)",
        "author_subject_words": _ATTRIBUTION + " (\u201cI\u2019ll admit\u201d: the author speaks, no source)",
        "format_words": _ATTRIBUTION + " (\u201ca JSON document\u201d: a file, not a primary document)",
        "agent_passive_words": _ATTRIBUTION + " (\u201cwritten by the company\u201d: an author or owner, no source)",
        "passive_reaction_words": _ATTRIBUTION + " (claims41: \u201cwas welcomed by council leaders\u201d: a reaction, the agent a source; active, no verb of saying)",
        "reaction_subject_words": _ATTRIBUTION + " (claims41: what a passive reaction is about: \u201cThe plan ... was welcomed by\u201d)",
        "naming_words": _ATTRIBUTION + " (\u201ca tool called X\u201d: a name, no verb of saying)",
        "source_conjunction_words": _ATTRIBUTION + " (\u201cand the ambassador explained\u201d: the source starts after it)",
        # (session 9: unsourced claims)
        "act_object_words": _ATTRIBUTION + " (\u201cwrote the script\u201d: an act or an authorship, no report)",
        "document_participle_words": _ATTRIBUTION + " (\u201cthe report explores data showing\u201d: a document source)",
        "perception_phrase_words": _ATTRIBUTION + " (\u201cit can be seen from space\u201d: no weasel phrase)",
        "free_relative_words": _ATTRIBUTION + " (\u201cwhatever is promised\u201d: no passive attribution)",
        "concession_words": "cues.py, concedes_statement (lead, session 41: \u201cwhatever the leaflets claim\u201d sets a statement aside: no source)",
        "concession_what_words": "cues.py, concedes_statement (lead, session 41: \u201cno matter what the minister says\u201d: no source)",
        "spoken_of_words": _ATTRIBUTION + " (\u201cthe same can\u2019t be said of\u201d: no passive attribution)",
        "work_words": "senses.py, names_a_work (a paragraph about a work: a title is no person)",
        "title_role_suffixes": "senses.py, names_a_work (a title ending in an agent noun)",
        "negation_words": _ATTRIBUTION + " (a negated verb of saying reports nothing)",
        "negated_view_words": _ATTRIBUTION + " (\u201cdidn\u2019t agree\u201d: still a view)",
        "answered_words": _ATTRIBUTION + " (\u201cthe request was answered\u201d: no passive attribution)",
        "asking_words": _ATTRIBUTION + " (whom someone asked is no source)",
        "comment_words": _ATTRIBUTION + " (asked for comment: nothing said)",
        "saying_phrase_words": _ATTRIBUTION + " (\u201cmade it clear that\u201d)",
        "saying_phrase_verb_words": _ATTRIBUTION + " (\u201cmade it clear that\u201d)",
        "call_words": "senses.py, calls_nothing (\u201cphone calls\u201d: a call reports only with its complement)",
        "call_taking_verbs": "senses.py (lead, session 34: \u201canswered calls for help\u201d, calls the object of a verb, no demand)",
        "call_complement_words": "senses.py, calls_nothing (the words that start a call's complement); cues.py, names_a_thing (sources7)",
        "publication_words": "publications.py (\u201ca study published in Nature\u201d: a named publication)",
        "definite_organisation_words": _ATTRIBUTION + " (cues.py, _classify: \u201cthe club said\u201d, a definite organisation as the speaker); also document_origins.py (sources22: a body, a name or a modified noun after a document)" + "; also unsourced_claims._body_words (claims47: the last word of an intent\u2019s subject names a body that can intend)",
        "owned_document_words": "owned_sources.py (\u201ccomes from the project\u2019s own benchmarks\u201d: an owned document)",
        "plural_document_words": "publications.py, bare_plural (\u201cLeaked documents show\u201d: whose documents? vague); also cues.py, _offer_reporting_verb (\u201cOfficial figures show\u201d: a noun, no verb)",
        "abstract_subject_words": _ATTRIBUTION + " (cues.py, _classify: \u201cTime will tell\u201d, an abstract noun opening a sentence is no source; sources15)",
        "cited_document_words": _ATTRIBUTION + " (cues.py, _cited_document: \u201caccording to the notice\u201d, a document the text has named; claims15)",
        "publication_link_words": "publications.py (\u201cby\u201d, \u201cin\u201d: the name of a publication after one)",
        # (sources7) pleas, prices, notices, issuers and trades as a group
        "plea_verb_words": "acts.py (\u201cpleaded guilty\u201d: a plea, no report)",
        "plea_words": "acts.py (the plea after a plea verb)",
        "charge_verb_words": "acts.py (\u201cadmitted three counts\u201d, \u201cwas admitted to hospital\u201d: no report)",
        "charge_words": "acts.py (the charge a plea answers)",
        "price_quote_words": "acts.py (\u201cquoted at \u00a3780,000\u201d: a price, no report)",
        "price_opener_words": "acts.py (the words between a price quote and its amount)",
        "price_words": "acts.py (\u201cquoted a price\u201d)",
        "ing_noun_words": "acts.py (\u201cYellow warning for wind\u201d: a notice's noun)",
        "issuing_words": "acts.py and " + _ATTRIBUTION + " (\u201cIssued by the Met Office\u201d: a source only with \u201cby\u201d)",
        "profession_words": "headline_speakers.py (claims40: a headline\u2019s speaker before a colon); " + "groups.py (\u201cnutritionists say\u201d: a trade as a group is vague); also contrast_clauses.py, _answers (claims15: people set against a source after \u201cbut\u201d)" + "; also unsourced_claims._body_words (claims47: the last word of an intent\u2019s subject names a body that can intend)",
        "body_plural_words": "groups.py (sources19: \u201cconfirmed by the banks\u201d, \u201caccording to the authorities\u201d: kinds of institution only in the plural are vague, as a trade as a group)" + "; also unsourced_claims._body_words (claims47: the last word of an intent\u2019s subject names a body that can intend)",
        "agreeing_words": "rhetorical_sayings.py (sources21: \u201cagreed to pay\u201d is consent to act, no words said)",
        "question_verb_words": "rhetorical_sayings.py (sources21: \u201cFrequently asked questions\u201d, \u201canswered every question\u201d: an act)",
        "question_object_words": "rhetorical_sayings.py (sources21: the object that makes asking or answering an act)",
        "question_gap_words": "rhetorical_sayings.py (sources21: \u201canswered every question\u201d: words between verb and object)",
    },
    "claims.txt": {section: _CLAIMS for section in (
        "change_words", "comparison_words",
        "causal_words", "causal_phrases", "time_words", "modal_words",
        "opinion_words", "first_person_words", "impact_words", "forecast_words", "forecast_verb_words",
        "effect_verb_words")}
    | {"number_words": _CLAIMS + "; also no_comment.py (claims18: \u201cdeclined to comment on three job cuts\u201d: a figure)",
       "quantity_words": _CLAIMS + "; also results.py (claims17: an amount makes a result a claim)",
       "past_tense_words": _CLAIMS + "; also claim_lines.py, list headings (a verb); form_lines.py (a verb)",
       "not_superlative_words": _CLAIMS + "; also cues.py, not_a_verb (a reporting word after a superlative is a noun)",
       "state_be_words": _CLAIMS + " (a participle after one is a state, not a past event)",
       "reference_heading_phrases": "claim_lines.py, reference lists (the heading of one)",
       "call_to_action_phrases": "claim_lines.py, calls to action (the page asks the reader to act)",
       "phone_call_words": "claim_lines.py, _phone_call_line (claims55: \u201cCall 0113 496 0000 to book a place\u201d: a call to action)",
       "phone_purpose_words": "claim_lines.py, _phone_call_line (claims55: the purpose after \u201cto\u201d: book, order, register, donate)",
       "social_plug_phrases": "claim_lines.py, calls to action (claims51: \u201cFollow @name for more\u201d: an account's plug, with a handle)",
       "since_time_words": "unsourced_claims.py, _since_place (claims51: \u201csince the election\u201d: a time; \u201csince the council cut\u201d: none)",
       "since_determiner_words": "unsourced_claims.py, _since_place (claims51: \u201csince the\u201d, \u201csince last\u201d before a time)",
       "disclosure_phrases": "claim_lines.py, disclosure lines (sources20: \u201cFunding:\u201d, \u201cRegistered charity number\u201d)",
       "final_sense_words": _CLAIMS + " (\u201cthe ultimate goal\u201d: no superlative)",
       "heading_verb_words": "claim_lines.py, list headings (a verb makes a line a statement); form_lines.py (the same)",
       "currency_prefix_words": _CLAIMS + " (\u201cR500\u201d: an amount, not a model designation)",
       "field_label_phrases": "form_lines.py, form fields (\u201cPrep time: 20 minutes\u201d: not a claim)",
       "measure_unit_words": "form_lines.py, quantity lists (\u201c225g unsalted butter\u201d: not a claim); "
                             "kinds.py, a recipe's list without headings",
       "causal_verb_words": "unsourced_claims.py, stated effects (\u201cVitamin C prevents colds\u201d: a claim)",
       "intent_verb_words": "unsourced_claims.py, _intent (claims43: \u201cCouncil to close three libraries\u201d: an intent)",
       "intent_not_subject_words": "unsourced_claims.py, _intent (claims43: \u201cWe went to see\u201d: no intent\u2019s subject)",
       "intent_helper_words": "unsourced_claims.py, _intent_marker (claims46: \u201cThe council is set to close\u201d: the statement\u2019s words, not the subject\u2019s)",
       "intent_body_words": "unsourced_claims.py, _can_intend (claims47: \u201cThe operator is to cut\u201d: a body that can intend)",
       "version_not_name_words": "unsourced_claims.py, _version_name (claims47: \u201cJan 13\u201d: a date, no version)",
       "ordinal_compound_words": "unsourced_claims.py, _counts and _ordinal_compound (claims48: \u201ca 3rd party package\u201d: no figure)",
       "first_person_past_words": "unsourced_claims.py, writers_own_account (claims50: \u201cI rang the council\u201d: the writer\u2019s own account)",
       "first_person_gap_words": "unsourced_claims.py, writers_own_account and _opinion (claims48: \u201cwe eventually dropped\u201d, "
                                 "\u201cI really do think\u201d: the writer\u2019s own account or view)",
       "adjective_degree_words": "unsourced_claims.py, _not_a_state and _adjective_by_neighbour (claims49: \u201csuper polished\u201d: an adjective, no past event)",
       "adjective_preposition_words": "unsourced_claims.py, _adjective_by_neighbour (claims49: \u201cfor embedded development\u201d: an adjective, no past event)",
       "participle_preposition_words": "unsourced_claims.py, _adjective_by_neighbour (claims49: \u201ccompared to these languages\u201d: no past event)",
       "adjective_linking_words": "unsourced_claims.py, _adjective_by_neighbour (claims49: \u201cget excited\u201d: an adjective, no past event)",
       "compound_participle_words": "unsourced_claims.py, _adjective_by_neighbour (claims49: \u201ca Unicode based str\u201d: an adjective, no past event)",
       "intent_not_body_words": "unsourced_claims.py, _can_intend (claims47: \u201cThe storm will close three roads\u201d: no body, no intent)",
       "demand_modal_words": "unsourced_claims.py, _weasel_reasons (claims17: \u201cExperts say you should ...\u201d is advice, "
                             "\u201cExperts say prices will ...\u201d a claim)",
       "document_verb_words": "document_subjects.py (claims17: \u201cThe inspection report rates the bridge\u201d: the document is the source); "
                              "also scorers/unsourced_claims.py, _with_own_records (a text without one is passed over)",
       "score_verb_words": "results.py (claims17: \u201cbeat Ashton 3-1\u201d: a public result, no claim)",
       "award_verb_words": "results.py (claims17: \u201cwon three awards\u201d: a public result, no claim)",
       "award_words": "results.py (claims17: what a contest gives its winner)",
       "play_verb_words": "results.py (sources18: \u201cscored in the 88th minute\u201d: a match's play, no claim)",
       "match_time_words": "results.py (sources18: a match's clock, with a verb of play)",
       "request_count_words": "no_comment.py (sources18: \u201cdid not respond to three requests\u201d: the count is read through)",
       "no_comment_phrases": "no_comment.py (claims17: \u201cThe union declined to comment.\u201d is a sourcing step, no claim)",
       "causal_claim_phrases": "unsourced_claims.py, stated effects (\u201cwhich is why\u201d: a claim)",
       "credit_line_phrases": "scorers/unsourced_claims.py, _credit_line (\u201cX contributed to this report\u201d: not a claim)",
       "record_verb_words": "scorers/unsourced_claims.py, _with_own_records (\u201cThe Met Office has recorded\u201d: its own source)",
       "sponsor_label_phrases": "form_lines.py, page labels (\u201cSPONSORED CONTENT\u201d: not a claim)",
       "refuting_adverb_words": "refuted_claims.py (claims40: \u201cThe posts also falsely claim\u201d: the writer's verdict on a thing's claim)",
       "thing_saying_words": "refuted_claims.py (claims40: the verbs a post or a video claims by)"},
    "loaded_language.txt": {section: _LOADED for section in (
        "emotive", "derogatory", "exaggeration", "doubt", "editorial", "attribution",
        "emotive weak", "derogatory weak", "exaggeration weak")}
        | {"block_intro_words": "blockquotes.py, a paragraph introducing a quoted block (not a cue)",
           "not loaded": _LOADED + " (a listed word in another sense: not a cue)",
           "not loaded capitalised": _LOADED + " (a name when capitalised: not a cue)",
           "derogatory capitalised": _LOADED + " (a label only with every word capitalised: \u201cBig Oil\u201d)",
           "casting_words": "senses.py, plays_a_role (\u201cplays a ruthless lawyer\u201d: a character)",
           "casting_as_words": "senses.py, plays_a_role (\u201cstars as a brutal killer\u201d: a character)",
           "role_noun_words": "senses.py, plays_a_role (\u201cthe villain\u201d in a review: a role)",
           "fiction_words": "senses.py, plays_a_role (a paragraph about a work of fiction)",
           "phrase_end_words": "senses.py, plays_a_role (a noun phrase ends at one)",
           "not_character_words": "senses.py, plays_a_role (\u201cplays a huge role\u201d: an idiom)",
           # (loaded language version 21: voice.py and loaded_senses.py)
           "method_verb_words": "voice.py, reports_method (\u201cwe contacted\u201d: a newsroom's method)",
           "method_object_verbs": "voice.py, _reported_to_us (\u201cwhich sent us the minutes\u201d: a source handing the newsroom its material)",
           "greeting_words": "voice.py, reports_method (\u201cwelcome to our\u201d: the outlet's greeting)",
           "reader_question_words": "voice.py, reader_heading (a question word opening a reader's question)",
           "reader_question_auxiliary_words": "voice.py, reader_heading (\u201chow do I\u201d: the reader asking)",
           "reader_list_lead_words": "voice.py, reader_question_list (kinds48: a line addressing the reader over a list of questions)",
           # (loaded language version 25: voice.py, voice9)
           "error_adverb_words": "voice.py, reports_method (\u201cwe wrongly stated\u201d: a correction)",
           "staff_noun_words": "voice.py, reports_method (\u201cour reporter\u201d: the outlet's staff)",
           "own_text_words": "voice.py, _names_own_text (loose30: \u201cour original headline\u201d in a correction)",
           "edit_words": "voice.py, _names_own_text, _edits_text (loose30: \u201coriginal\u201d, \u201ccorrected\u201d)",
           "edit_verbs": "voice.py, _edits_text (loose30: \u201cwe have since removed the photograph\u201d)",
           "text_part_words": "voice.py, _edits_text (loose30: \u201cthe photograph\u201d, \u201ca quotation\u201d)",
           "reply_call_starts": "voice.py, reply_call (\u201cTell us in the comments\u201d: a call to reply)",
           "reply_call_starts_with_reader": "voice.py, reply_call (\u201ctell us\u201d with the reader's word)",
           "reply_place_words": "voice.py, reply_call (a word of the reader or the reply)",
           "forum_line_starts": "voice.py, forum_post (a forum's furniture line)",
           "help_question_starts": "voice.py, help_question (a question asking for information)",
           "claim_adjective_words": "loaded_senses.py, other_sense (\u201cthe false claim\u201d: a noun)",
           "claim_taking_verbs": "loaded_senses.py, _claim_noun (loaded49: \u201cmaking similar claims\u201d: the noun as an object)",
           "claiming_thing_words": "loaded_senses.py, other_sense (\u201ca photo claiming to show\u201d); plain_names.py, thing_claims_after_participle (quotes29: \u201ca post shared on Facebook claims\u201d)",
           "depiction_verb_words": "loaded_senses.py, other_sense (\u201cclaiming to show\u201d)",
           "noise_verb_words": "loaded_senses.py, _machine_noise (\u201cthe gearbox whines\u201d)",
           "lay_complainer_words": "loaded_senses.py, _plain_verb (\u201cParents had complained that ...\u201d: a complaint reported)",
           "admit_readiness_words": "loaded_senses.py, _plain_verb (\u201cwilling to admit\u201d, \u201ccan admit\u201d: no confession reported)",
           "machine_words": "loaded_senses.py, _machine_noise (a machine as the verb's subject); event_senses.py, physical_act (a machine as a verb of harm's subject)",
           "machine_pronouns": "loaded_senses.py, _machine_noise (\u201cMine has whined\u201d after a machine)",
           "literal_senses": "loaded_senses.py, other_sense (\u201cred meat\u201d with \u201ceat\u201d: food)",
           # (loaded language version 25: loaded_senses.plain_use)
           "object_senses": "loaded_senses.py, plain_use (\u201cfake invoices\u201d: a forged thing)",
           "participle_cue_words": "loaded_senses.py, plain_use (\u201cdisturbing the nests\u201d: the verb)",
           "verb_object_words": "loaded_senses.py, plain_use (a determiner or object pronoun after the verb)",
           "verb_sense_words": "loaded_senses.py, _verb_use (loaded47: \u201cto hack on\u201d, \u201che hacks at\u201d: the verb, no label)",
           "verb_subject_words": "loaded_senses.py, _verb_use (loaded47: a word right before a verb)",
           "compound_head_words": "loaded_senses.py, plain_use (\u201csnake plant\u201d: a compound noun)",
           "label_compound_words": "loaded_senses.py, plain_use (\u201cthe corporate media office\u201d: a label phrase in a compound noun)",
           # (voice15, loaded language version 37)
           "compound_senses": "loaded_senses.py, plain_use (\u201cdisaster relief\u201d: a field or a body)",
           "hedged_description_words": "loaded_senses.py, plain_use (loaded50: \u201ca seemingly barren plain\u201d: a look described, no doubt cast)",
           "field_event_words": "loaded_senses.py, plain_use (loaded50: \u201cthe economic collapse\u201d: a field\u2019s term for an event)",
           "of_only_words": "loaded_senses.py, plain_use (\u201ca tidal barrage\u201d: loaded only in \u201ca barrage of\u201d)",
           "predicate_superlative_words": "loaded_senses.py, plain_use (\u201cneeds are greatest\u201d: a plain comparison)",
           "prediction_only_words": "loaded_senses.py, plain_use (\u201cforever\u201d only in a prediction)",
           "prediction_modal_words": "loaded_senses.py, plain_use (\u201cwill ... forever\u201d: a prediction)",
           "prediction_negation_words": "loaded_senses.py, plain_use (\u201cwill not last forever\u201d: no prediction)",
           # (negate24: xlplugin/rejections.py)
           "rejection_subject_words": "rejections.py, _negative_subject_before (\u201cNobody here is a villain\u201d: denied)",
           "naming_verb_words": "rejections.py, _naming_verb (\u201ccall the plan a disaster\u201d)",
           "wrong_naming_words": "rejections.py, _rejected_naming (\u201cIt would be wrong to call ...\u201d)",
           "subject_place_words": "rejections.py, _subject_from (\u201cNo one here\u201d)",
           "subject_preposition_words": "rejections.py, _subject_from (\u201cNobody in this dispute\u201d)",
           "review_effect_words": "review_effects.py, work_effect (fair27: \u201cthe final scene is quietly devastating\u201d)",
           "work_part_words": "review_effects.py, work_effect (fair27: a part of a work an effect word describes)",
           "reporting_hedge_words": "loaded_senses.py, _hedge_in_sourced_text (fair27: \u201creportedly\u201d in a sourced report)",
           "term_gloss_phrases": "loaded_senses.py, naming_quote (loaded50: \u201cfracking\u201d, short for ...: a term spelled out, no scare quote)",
           "defined_term_phrases": "loaded_senses.py, naming_quote (loaded50: A \u201cblockchain\u201d is a ...: a term defined, no scare quote)",
           "speaker_words": "quote_speakers.py, unspoken_quotation (a speaker named next to a quotation); loaded_language.py, _single_scare_quotes (scarequotes41: a speaker beside a single-quoted word)",
           "quoting_document_words": "quote_speakers.py, _document_source (loaded47: a law or a document opening the quotation's sentence is its source); also loaded_language.py, _document_before (loaded48: a document named in the sentence before a short quotation that points back to it)",
           "speech_verb_words": "loaded_language.py, _scare_quote (\u201caccused them of \u2018stealing\u2019\u201d: their word)",
           "commitment_verb_words": "loaded_language.py, _committed (\u201cvowed to \u2018bomb the hell\u2019\u201d: the promise\u2019s words)",
           "clause_break_words": "loaded_language.py, _speech_attached (quote52: \u201csaid ..., but their \u2018reform\u2019\u201d: the verb of saying does not reach the quotation)",
           "stating_phrase_words": "loaded_language.py, _stated (loaded48: \u201cmade it clear \u2018a disaster\u2019\u201d: the subject\u2019s words)",
           "claim_compound_words": "loaded_senses.py, _claim_noun (\u201cexpense claims\u201d: the noun)",
           "title_verb_words": "loaded_senses.py, _named_thing (\u201cRage opened on 310 screens\u201d: a title)",
           "group_label_words": "scorers/loaded_language.py, _find_cues (\u201clying politicians\u201d: a label)",
           "attack_verbs": "scorers/loaded_language.py, _attacks_institution (\u201cgut Social Security\u201d: a verb of violence)",
           "attack_objects": "scorers/loaded_language.py, _attacks_institution (a programme, an institution, a law)",
           "attack_compound_tails": "scorers/loaded_language.py, _attacks_institution (\u201cthe police budget\u201d: no institution)",
           "forced_objects": "scorers/loaded_language.py, _attacks_institution (\u201cram the bill through\u201d)",
           "group_nouns": "scorers/loaded_language.py, _labels_people (a noun of people or a group); loaded_senses.py, _heads_phrase",
           "praise_words": "scorers/loaded_language.py, _find_cues (\u201cthe wise Mayor\u201d: praise of a leader)",
           "praised_nouns": "scorers/loaded_language.py, _before_noun (a leader, a state or its policy)",
           "authority_words": "scorers/loaded_language.py, _find_appeals (loaded33: \u201cExperts agree\u201d, \u201cStudies have shown\u201d with no study named)",
           "appeal_verbs": "scorers/loaded_language.py, _find_appeals (loaded33: \u201cagree\u201d, \u201chave shown\u201d, \u201csuggests\u201d)",
           "denial_words": "loaded_senses.py, denied (\u201cgood rather than spectacular\u201d: denied)",
           "predicate_denial_words": "loaded_senses.py, _denied_predicate (\u201cthey are not racists\u201d: denied)",
           "copula_words": "loaded_senses.py, _denied_predicate (a form of be before a denied predicate)",
           "denial_adverb_words": "loaded_senses.py, _denied_predicate (\u201care certainly not\u201d)",
           "auxiliary_words": "loaded_senses.py, _denied_predicate (\u201cdid not hack\u201d: a verb denied)",
           "plot_kind_words": "loaded_senses.py, _land_plot (\u201callotment plots\u201d: land or a chart)",
           "source_teller_words": "voice.py, _source_told_us (\u201can insider told us\u201d: the newsroom)",
           "plot_land_words": "loaded_senses.py, _land_plot (a page about land: \u201ctheir plots\u201d)",
           "label_compound_tails": "scorers/loaded_language.py, _compound (labels35: \u201clatte-sipping\u201d, \u201cBible-thumping\u201d)",
           "loving_objects": "scorers/loaded_language.py, _compound (labels35: \u201cgun-loving\u201d, \u201ccriminal-loving\u201d)",
           "patron_words": "scorers/loaded_language.py, _compound (labels35: \u201cSoros-funded\u201d, \u201cKoch-funded\u201d)",
           "patron_tails": "scorers/loaded_language.py, _compound (labels35: \u201c-funded\u201d, \u201c-bankrolled\u201d)",
           "side_words": "scorers/loaded_language.py, _side_label (sides24: \u201cgun\u201d of \u201cgun nuts\u201d, \u201chealth\u201d of \u201chealth fascists\u201d)",
           "insult_tails": "scorers/loaded_language.py, _side_label (sides24: \u201cnuts\u201d, \u201cgrabbers\u201d, \u201cshills\u201d after a side's word)",
           "appeal_alarm_verbs": "scorers/loaded_language.py, _find_appeals (labels35: \u201cExperts are now warning\u201d)",
           "appeal_alarm_words": "scorers/loaded_language.py, _find_appeals (labels35: \u201cSome researchers believe\u201d)",
           "unnamed_study_words": "scorers/loaded_language.py, _find_appeals (calm31: \u201cA 2024 study of 3,000 adults found\u201d, no study named in the text)",
           "unnamed_study_verbs": "scorers/loaded_language.py, _find_appeals (calm31: \u201cfound\u201d, \u201cshowed\u201d)",
           "study_owner_words": "scorers/loaded_language.py, _cites_unnamed_study (calm31: \u201ca union survey\u201d: whose it is)",
           "study_name_words": "scorers/loaded_language.py, _study_named_in_text (calm31: \u201cUniversity\u201d, \u201cJournal\u201d, \u201cBMJ\u201d)",
           "expert_title_words": "unplaced_experts.py (indep34: \u201cDr.\u201d, \u201cProfessor\u201d before a name)",
           "expert_voice_verbs": "unplaced_experts.py (indep34: \u201csays\u201d, \u201ctold\u201d: the expert cited)",
           "expert_place_words": "unplaced_experts.py (indep34: \u201cthe study\u2019s senior author\u201d: a place in a body)",
           "finding_terms": "loaded_senses.py, _named_finding (labels35: a named body\u2019s \u201cethnic cleansing\u201d)",
           "fond_tails": "scorers/loaded_language.py, _compound (sides25: \u201cfascist-loving\u201d, \u201cthug-coddling\u201d)",
           "comparison_names": "scorers/loaded_language.py, _generated_phrases (sides25: \u201cthe new Jim Crow\u201d)",
           "comparison_before": "scorers/loaded_language.py, _generated_phrases (sides25: \u201cnew\u201d, \u201cmodern-day\u201d)",
           "comparison_after": "scorers/loaded_language.py, _generated_phrases (sides25: \u201cin a cheap new suit\u201d)",
           "style_names": "scorers/loaded_language.py, _compound (sides25: \u201cSoviet-style\u201d, \u201cStasi-like\u201d)",
           "style_tails": "scorers/loaded_language.py, _compound (sides25: \u201c-style\u201d, \u201c-like\u201d)",
           "style_plain_nouns": "scorers/loaded_language.py, _style_of_thing (sides25: \u201cSoviet-style apartment blocks\u201d)",
           "steal_verbs": "scorers/loaded_language.py, _generated_phrases (sides25: \u201cstealing the vote\u201d)",
           "steal_between": "scorers/loaded_language.py, _generated_phrases (sides25: \u201cthe\u201d of \u201csteal the election\u201d)",
           "steal_objects": "scorers/loaded_language.py, _generated_phrases (sides25: \u201celection\u201d, \u201cvote\u201d)",
           "purity_words": "scorers/loaded_language.py, _generated_phrases; loaded_senses._purity_label (sides25: \u201creal\u201d of \u201creal Americans\u201d)",
           "purity_nouns": "scorers/loaded_language.py, _generated_phrases; loaded_senses._purity_label (sides25: \u201cAmericans\u201d, \u201cpatriots\u201d)",
           "office_label_words": "scorers/loaded_language.py, _office_label_end (sides25: \u201cunelected\u201d)",
           "office_nouns": "scorers/loaded_language.py, _office_label_end (sides25: \u201cbureaucrats\u201d, \u201cjudges\u201d)",
           "crowd_nouns": "scorers/loaded_language.py, _crowd_label (loose27: \u201cthe MAGA crowd\u201d)",
           "crowd_group_words": "scorers/loaded_language.py, _crowd_label (loose27: \u201cthe progressive crowd\u201d)",
           "crowd_place_words": "scorers/loaded_language.py, _crowd_at_event (loose30: \u201cthe MAGA crowd at the rally\u201d: a gathering)",
           "crowd_event_words": "scorers/loaded_language.py, _crowd_at_event (loose30: \u201crally\u201d, \u201carena\u201d, \u201cconvention\u201d)",
           "naming_lead_in_phrases": "quote_speakers.py, _lead_in (loose30: \u201cDemocrats did not hesitate to call the bill a sham\u201d: theirs)",
           # (quotes29: xlplugin/plain_names.py)
           "name_quote_nouns": "plain_names.py, names_a_thing (\u201ca \u2018do not drink\u2019 notice\u201d: a name, no scare quote)",
           "name_quote_single_words": "plain_names.py, names_a_thing (\u201cthe \u2018amber\u2019 list\u201d: a one-word name)",
           "works_words": "plain_names.py, works_blast (\u201ccontrolled blasting to remove rock\u201d: quarrying)",
           "works_objects": "plain_names.py, works_blast (\u201cblasted a tunnel\u201d: rock broken)",
           "crushed_material_words": "plain_names.py, crushed_material (\u201ccrushed stone\u201d: a material)",
           "believing_verb_words": "plain_names.py, denied_belief (\u201cI do not think employers are villains\u201d)",
           "headline_report_verbs": "scorers/loaded_language.py, _headline_report_end (lift33: \u201c... Warns of Skyrocketing Prices\u201d)",
           "headline_label_words": "headline_speakers.py (claims40: \u201cAnalysis:\u201d, \u201cRevealed:\u201d are no speaker before a headline\u2019s colon)"},
    "argued_voice.txt": {
        "insinuation_phrases": "argued_voice.py, insinuations (loaded_language: a doubt term)",
        # (jaq30: loaded language version 86, xlplugin/vague_insinuation.py)
        "vague_speaker_words": "vague_insinuation.py, _vague_speakers (\u201cSome experts say\u201d, \u201cOthers say\u201d: a vague speaker)",
        "vague_speaker_exceptions": "vague_insinuation.py, vague_speakers (\u201cMany of you have noted\u201d: the reader, no source)",
        "anonymous_speaker_words": "vague_insinuation.py, anonymous_only (calm31: \u201ca source close to\u201d, \u201cAnother insider\u201d: an anonymous insider)",
        "vague_verdict_phrases": "vague_insinuation.py, insinuations (\u201cSome observers say this raises questions\u201d)",
        "suspicion_phrases": "vague_insinuation.py, insinuations (\u201csome are asking whether\u201d, \u201cno coincidence\u201d)",
        "concession_openers": "vague_insinuation.py, _coincidences (\u201cIt may be that ... is a coincidence\u201d)",
        "coincidence_words": "vague_insinuation.py, _coincidences (\u201ccoincidence\u201d, \u201ccoincidental\u201d)",
        "leading_question_words": "argued_voice.py, answered (a question holding one is rhetorical)",
        "answer_openers": "argued_voice.py, answered (loaded_language: a question the text answers is no rhetorical question)",
        "answer_count_words": "argued_voice.py, answered (a count answering a question: \u201cTwo things.\u201d)",
        "answer_varying_verbs": "argued_voice.py, answered (an answer that it varies: \u201cCosts vary widely.\u201d)",
        "title_question_labels": "argued_voice.py, answered (a labelled title's question is the piece's topic)",
        "headline_answer_words": "argued_voice.py, _headline_answered (a headline question the piece answers)",
        # (loaded language version 36: argued_voice._insinuating_clauses)
        "insinuating_groups": "argued_voice.py, _clause_at (\u201cSome supporters will wonder why\u201d: who is handed the suspicion)",
        "hypothetical_speakers": "argued_voice.py, _clause_at (\u201cSome might think\u201d: a hypothetical speaker)",
        "insinuating_modals": "argued_voice.py, _clause_at (\u201cwill wonder\u201d: the suspicion in a modal)",
        "insinuating_fillers": "argued_voice.py, _clause_at (\u201cmay still want to ask\u201d: words between modal and verb)",
        "suspicion_verbs": "argued_voice.py, _clause_at (\u201cwonder\u201d, \u201cask\u201d before a wh-word)",
        "opinion_verbs": "argued_voice.py, _clause_at (\u201cthink\u201d, \u201csay\u201d after a hypothetical speaker)",
        "wh_words": "argued_voice.py, _clause_at (the question the suspicion asks)",
        "reflexive_words": "argued_voice.py, _clause_at (\u201cask themselves how\u201d)",
        "licensing_words": "argued_voice.py, _clause_at (\u201cit is fair to ask\u201d)",
        "people_endings": "argued_voice.py, _people (\u201cCouncillors might ask themselves\u201d: a plural noun of people)",
        "pointed_wh_words": "argued_voice.py, _people (\u201cRatepayers may wonder why\u201d: the question an unlisted group is handed)",
        "expert_groups": "argued_voice.py, _people (\u201cAnalysts may wonder whether\u201d: a vague source, not the author)",
        "reader_words": "argued_voice.py, _clause_at (\u201cReaders may want to look at who paid\u201d: put to the reader)",
        "agent_wh_words": "argued_voice.py, _clause_at (\u201cwho benefits\u201d: asking who, put to the reader)",
        "looking_verbs": "argued_voice.py, _clause_at (\u201clook at who paid\u201d, put to the reader)",
        "imperative_openers": "argued_voice.py, _clause_at (\u201cJust ask yourself who gains\u201d)",
        # (loaded language version 61, voice23: xlplugin/desk_voice.py)
        "desk_heading_verbs": "desk_voice.py, _desk_heading (\u201cHow we did this\u201d: a desk's heading of its method)",
        "desk_heading_nouns": "desk_voice.py, _desk_heading (\u201cOur ruling\u201d: a desk's heading of its ruling)",
        "desk_argued_after_we": "desk_voice.py, desk_word (\u201cwe must\u201d: still an argued first person)",
        "desk_argued_our_nouns": "desk_voice.py, desk_word (\u201cour country\u201d: still an argued first person)",
        "request_verbs": "argued_voice.py, polite_request (\u201cMay I suggest that ...?\u201d: a request, not a rhetorical question)",
        "reader_asker_words": "argued_voice.py, readers_question (\u201cA reader asks: ...?\u201d: who asks)",
        "reader_asking_words": "argued_voice.py, readers_question (\u201cThis week's question came from ...: ...?\u201d)",
    },
    "page_furniture.txt": {
        "line": "pages.py, clean_text (a furniture line of a web page)",
        "related": "pages.py, clean_text (a related-links heading: it and what follows)",
        "own_date_line": "pages.py, clean_text (the page's one date line over the text; web28, lead25)",
        "prompt": "pages.py, clean_text (a prompt to comment: the line)",
        "notice": "pages.py, clean_text (a cookie notice: the line)",
        "paywall": "pages.py, clean_text (a paywall's prompt: the line) and extract_page (a teaser saved)",
    },
    "prose.txt": {
        "time_stamp_words": "prose.py, time stamps (a line that is only a date or time)",
        "navigation_labels": "prose.py, navigation lines",
        "capitalised_adjectives": "names.py, title lines (capitalised words that are not names); also institutions.py (no institution before \u201cofficials\u201d)",
        "kind_words": "names.py, quoted titles (\"the film X\"); also loaded_senses.py, _named_thing (\"the Fury spell\")",
        "place_name_words": "names.py, place_name_words (\u201cSavage Street\u201d, \u201cPine Hollow\u201d: a place's name, read through it by loaded_senses)",
        "organisation_name_words": "names.py, organisation_name_words (web39b: \u201cEpic Games\u201d, \u201cSavage Records\u201d: a company's name, its cue word part of it)",
        "organisation_label_words": "names.py, _before_organisation_word (web40: \u201cwith Savage Media\u201d a company's name; \u201cthe Corrupt Media\u201d a label)",
        "company_kind_words": "names.py, body_signs (companies41: \u201ctoy maker Epic Workshop\u201d a body's name); also page_owners.py (web46: a footer\u2019s \u00a9 holder ending in a trade\u2019s word is no person)",
        "company_possessed_words": "names.py, body_signs (companies41: \u201cEpic Workshop's chief executive\u201d)",
        "company_act_verbs": "names.py, body_signs (companies41: \u201cNorthfield Bakehouse said it would open\u201d)",
        "speech_words": "names.py, quoted titles (\"X, she said\" is speech)",
        "reader_opinion_questions": "prose.py, reader_prompt (a question asking the reader's view)",
        "reader_offer_starts": "prose.py, reader_prompt (a question offering the reader something)",
        "reader_help_starts": "prose.py, reader_prompt (a question asking the readers for what they know)",
        "legal_boilerplate_phrases": "prose.py, legal boilerplate (a paragraph of a release's legal notes)",
        "box_poll_prompts": "promo_boxes.py, poll or newsletter box (a poll's prompt line)",
        "box_newsletter_prompts": "promo_boxes.py, poll or newsletter box (a newsletter prompt line)",
        "box_support_prompts": "promo_boxes.py, poll or newsletter box (an appeal for support on one of the last lines)",
        "code_directive_words": "prose.py, code lines (a build or configuration file's instruction in capitals opening a line: _directive_line)",
        "archive_abstract_labels": "prose.py, archive_abstract (a news archive's label over its indexer's summary: rule \"archive abstract\")",
        "archive_body_labels": "prose.py, archive_abstract (a news archive's label over the article after its abstract)",
        "dateline_state_abbreviations": "sentences.py, _dateline_state (claims52: \u201cST. CLOUD, Minn. (AP)\u201d is one sentence)",
    },
    "aggregators.txt": {
        "aggregators": "aggregator_copies.py, aggregators (syndic30: a copy on an aggregator is rated as its original outlet's)",
        "outlet_sites": "aggregator_copies.py, sites_of (syndic30: the web site of an outlet credited by name)",
    },
    "provenance.txt": {
        "byline_starts": "furniture.py (page furniture lines), provenance cue byline; also provenance_notes.py, byline_after_note (a credit after a note on its line)",
        "opinion_label_starts": "furniture.py (page furniture lines), provenance cue opinion label; kinds.py, "
                                "opinion_label (the text opens with an opinion label)",
        "opinion_label_colon_starts": "furniture.py (page furniture lines), provenance cue opinion label "
                                      "(only before \":\", \"|\" or a dash); kinds.py, opinion_label",
        "primary_document_phrases": "scorers/provenance.py, _document_phrases (a document named by what it is)",
        "issuer_block_starts": "links.py, contact_link_sentences (a heading opening the issuer's About block); form_lines.py, about_block_start (its lines are no claims)",
        "forum_starts": "furniture.py (page furniture lines), provenance cue forum furniture",
        "social_count_words": "furniture.py (page furniture lines), provenance cue forum furniture (\"12 likes\" lines)",
        "deadline_labels": "furniture.py, _when_lines (a date after a deadline label is no publication date)",
        "genre_label_words": "provenance_sources.py, genre_label (\"PRESS RELEASE\" on its line is no reference to a document)",
        "archive_document_words": "document_origins.py, archive_record (prov24: \u201cthe parish burial register shows\u201d: a reference to a primary document)",
        "person_made_document_words": "document_origins.py (web39b: \u201ca review from Sam Patel\u201d is no document; \u201ca review by the Harbour Audit Office\u201d is)",
        "origin_document_words": "document_origins.py (sources22: \u201crecords obtained by this newspaper\u201d, \u201cthe council's spending records\u201d: a reference to a primary document); also provenance_sources.py, document_speaker (\u201cThe Annual Population Survey shows\u201d: a document, no person)",
        "given_in_participle_words": "document_origins.py, _given_in (claims40: \u201cgiven in the council\u2019s budget papers\u201d)",
        "origin_participle_words": "document_origins.py, _came_out (sources22: \u201cobtained\u201d, \u201cfiled\u201d, \u201creleased\u201d before the link word)",
        "origin_link_words": "document_origins.py, _came_out (sources22: \u201cby\u201d, \u201cat\u201d, \u201cunder\u201d after the participle)",
        "origin_body_words": "document_origins.py (sources22: a body a document comes out through: \u201cthis newspaper\u201d, \u201ca public records request\u201d)",
        "demand_amount_words": "provenance_sources.py, reports_nothing_said (sources22: \u201casks a lot\u201d is a demand, no words reported)",
        "told_verdict_words": "provenance_sources.py, reports_nothing_said (sources22: \u201ctold the truth\u201d is a verdict, no words reported)",
        "kin_words": "provenance_sources.py, no_one_to_ask (\"Grandma always said\": a relative by kinship alone is no source)",
        "not_manner_words": "provenance_sources.py, no_one_to_ask (\"writes weekly\" is no verdict on how someone writes)",
        "declared_act_words": "provenance_sources.py, no_one_to_ask (\"declared war on\": an act, no source)",
        "forum_counter_words": "forum_posts.py, counter_lines (\"Likes: 23 | Replies: 11\": furniture, not prose)",
        "contact_starts": "furniture.py (page furniture lines), provenance cue contact details",
        "photo_credit_contains": "furniture.py (page furniture lines), provenance cue photo credits",
        "correction_contains": "furniture.py (page furniture lines), provenance cue correction or update notes",
        "repost_contains": "furniture.py (page furniture lines), repost_credits.py (a credit naming its original), provenance cue repost markers",
        "disclaimer_contains": "furniture.py (page furniture lines), provenance cue disclaimer",
        "clickbait_contains": "scorers/provenance.py, clickbait headline; also _english_words (shouted words)",
        "shouted_words": "scorers/provenance.py, _english_words (a shouted headline word)",
        "not_person_words": "names.py, NOT_A_PERSON (a credited name that is an organisation or a section)",
        "masthead_name_words": "names.py, publication_name (bylines21: \u201cBy The Blue Wave Dispatch\u201d: a publication's name, not a person)",
        "credit_time_openers": "names.py, time_phrase (bylines22: \u201cBy The End Of The Year\u201d: a phrase of time, not a person)",
        "credit_time_words": "names.py, time_phrase (bylines22: \u201cBy Next Spring\u201d: a phrase of time, not a person)",
        "group_credit_phrases": "furniture.py, _group_credit_re (sources19: \u201cBy the Editorial Board\u201d, \u201cPosted by the Loomly team\u201d: a credit to a group, no byline and no text without an author)",
        "valediction_lines": "provenance_notes.py, signature_block (closing words before a signature: the name under them is a byline)",
        "letters_page_headings": "provenance_notes.py, letters_page_sign_offs (a letters page's heading: each letter's signature is a byline); reader_letters.py, page_letters (each signed letter is its writer's words)",
        "notice_label_words": "scorers/provenance.py, _notice_name_spans (loaded46: a notice's name in capitals, surname first, is no shouting)",
        "letter_salutation_starts": "provenance_notes.py, letter_sign_off (a letter's salutation: its sign-off is a byline)",
    },
    # (loaded language version 41, slant16)
    "insinuation_formulas.txt": {
        "formula_phrases": "insinuation_formulas.py, formulas (\u201cspeaks volumes\u201d, \u201csurprise, surprise\u201d: a doubt term); its key words are those not in stopwords.txt's en",
        "verdict_verbs": "insinuation_formulas.py, _verdict (\u201cSays it all, really.\u201d)",
        "remark_adjectives": "insinuation_formulas.py, _remark (\u201cFunny how not one of them asked\u201d)",
        "remark_openers": "insinuation_formulas.py, _remark (\u201cAnd funny how ...\u201d)",
        "telling_verbs": "insinuation_formulas.py, _telling (\u201cThat tells you something.\u201d)",
        "telling_objects": "insinuation_formulas.py, _telling (what it tells: \u201csomething\u201d, \u201ceverything\u201d)",
        "telling_subjects": "insinuation_formulas.py, _telling (\u201cthat\u201d, \u201cwhich\u201d, \u201cin itself\u201d)",
        "telling_adverbs": "insinuation_formulas.py, _telling (\u201cwhich really tells you\u201d)",
        "denial_verbs": "insinuation_formulas.py, _denial (\u201cWe are not saying ... We are saying\u201d)",
        "first_person_subjects": "insinuation_formulas.py, _denial (the author denying)",
        "innocence_openers": "insinuation_formulas.py, _innocence (\u201cWhen people have nothing to hide\u201d)",
        "hiding_verbs": "insinuation_formulas.py, _hidden (\u201cDoctors don't want you to know\u201d)",
        "hiding_subjects": "insinuation_formulas.py, _hidden (who is said to hide it)",
        "hidden_objects": "insinuation_formulas.py, _hidden (\u201cwant you to know/see\u201d)",
        "hiding_accomplices": "insinuation_formulas.py, _hidden (loaded33: \u201cBig Pharma and their friends in government don't want you to know\u201d)",
        "wake_vocatives": "insinuation_formulas.py, _wake_up (\u201cWake up, people.\u201d)",
        "aside_tails": "insinuation_formulas.py, _aside (indep32: \u201cWe mention this only for completeness.\u201d)",
        "aside_verbs": "insinuation_formulas.py, _aside (indep32: the verb of mentioning before a tail)",
        "aside_subjects": "insinuation_formulas.py, _aside (indep32: the first-person subject before the verb)",
        "aside_sentences": "insinuation_formulas.py, _aside (indep32: \u201cJust saying.\u201d as a sentence of its own)",
        "sarcastic_fragments": "insinuation_formulas.py, _sarcasm (irony34: \u201cBold strategy.\u201d as a sentence of its own)",
        "fragment_praise": "insinuation_formulas.py, _mock_praise (irony34: \u201cGreat job,\u201d before those mocked)",
        "fragment_vocatives": "insinuation_formulas.py, _mock_praise (irony34: \u201c..., minister.\u201d)",
        "gloss_labels": "insinuation_formulas.py, _gloss (irony34: \u201cTranslation: ...\u201d after someone's words)",
        "gloss_english_words": "insinuation_formulas.py, _glosses_words (irony34: a quotation in English)",
        "gloss_foreign_words": "insinuation_formulas.py, _foreign (irony34: a quotation in another language)",
        "gloss_first_person": "insinuation_formulas.py, _sarcasm (irony34: \u201cIn other words, we ...\u201d)",
    },
    # (sentiment version 6, loaded33)
    "sarcasm.txt": {
        "wry_openers": "sarcasm.py, sarcastic (\u201cFunny how the same crooks always win.\u201d: read as its opposite)",
        "frame_openers": "sarcasm.py, sarcastic (\u201cAnd funny how ...\u201d)",
        "mock_praise": "sarcasm.py, _mock_praise (\u201cNice job, geniuses.\u201d)",
        "mock_vocatives": "sarcasm.py, _mock_praise (the mocking name)",
        "groan_words": "sarcasm.py, _groan (\u201cGreat, another tax rise.\u201d)",
        "groan_followers": "sarcasm.py, _groan (\u201canother\u201d, \u201cmore\u201d)",
        "sarcastic_sentences": "sarcasm.py, sarcastic (\u201cThanks for nothing.\u201d)",
    },
    # (loaded language version 57, loaded33)
    "conspiracy_tells.txt": {
        "opening_tells": "conspiracy_tells.py, _opening (\u201cFollow the money.\u201d, \u201cDo your own research\u201d: a doubt term)",
        "tell_openers": "conspiracy_tells.py, _opening (\u201cSo do your own research\u201d)",
        "tell_followers": "conspiracy_tells.py, _opening (\u201cDo your own research, people\u201d; \u201cbefore\u201d with them)",
        "phrase_tells": "conspiracy_tells.py, _listed (\u201cOnce you see it, you can't unsee it\u201d)",
        "silence_phrases": "conspiracy_tells.py, _silence (\u201cpaid to keep quiet\u201d)",
        "sweeping_subjects": "conspiracy_tells.py, _silence (\u201cEveryone involved has been paid\u201d)",
        "censor_verbs": "conspiracy_tells.py, _censoring (\u201cThey're deleting posts like this\u201d)",
        "censored_objects": "conspiracy_tells.py, _censoring (what is deleted: posts, videos, the truth)",
        "foreign_hand_words": "conspiracy_tells.py, _foreign_hand (\u201cforeign intelligence services\u201d, \u201cWestern circles\u201d: a vague origin)",
        "hidden_hand_nouns": "conspiracy_tells.py, _foreign_hand (\u201cservices\u201d, \u201cagents\u201d, \u201cforces\u201d: who is behind it)",
        "plot_words": "conspiracy_tells.py, _foreign_hand (\u201cprovocations\u201d, \u201cplanned\u201d, \u201cdestabilise\u201d: the plot in the sentence)",
        "rigging_verbs": "conspiracy_tells.py, _rigged_data (\u201ccooked up\u201d, \u201cfudged\u201d, \u201ccherry-picked\u201d)",
        "data_nouns": "conspiracy_tells.py, _rigged_data (\u201cthe data\u201d, \u201cthe figures\u201d, \u201cpapers\u201d: what is rigged)",
        "prophecy_verbs": "conspiracy_tells.py, _mocked_prophecy (\u201cThey told us the snow would ...\u201d)",
    },
    # (loaded language version 50, hype18)
    "sales_pressure.txt": {
        "buy_verbs": "sales_pressure.py, _imperative (\u201cBuy before Monday or cry later\u201d: urgency to buy or act)",
        "clause_openers": "sales_pressure.py, _imperative (\u201cand grab your spot ...\u201d: the imperative opens a clause)",
        "object_starts": "sales_pressure.py, _imperative (\u201cOrder yours today\u201d; not \u201cOrder was restored\u201d)",
        "soon_words": "sales_pressure.py, _imperative (\u201cAct now\u201d)",
        "not_after_now": "sales_pressure.py, _imperative (\u201cbuy now, pay later\u201d: a loan's name)",
        "before_phrases": "sales_pressure.py, _imperative (\u201cbefore it's gone\u201d)",
        "regret_phrases": "sales_pressure.py, _imperative (\u201cor cry later\u201d)",
        "while_phrases": "sales_pressure.py, _imperative (\u201cwhile stocks last\u201d)",
        "offer_nouns": "sales_pressure.py, _last, _ends, _again, _lifetime, _limited (\u201cThis price won't last\u201d)",
        "timer_words": "sales_pressure.py, _gone (\u201cOnce the timer hits zero, it's gone\u201d)",
        "deadline_words": "sales_pressure.py, _ends (\u201cOffer ends tonight\u201d)",
        "seeing_verbs": "sales_pressure.py, _again (\u201cYou will never see these prices again\u201d)",
        "only_times": "sales_pressure.py, _only (\u201cfor the next 48 hours only\u201d)",
        "promise_modal_words": "sales_pressure.py, _multiplier (\u201cwill 1000x\u201d: promised returns)",
        "next_words": "sales_pressure.py, _multiplier (\u201cthe next 1000x\u201d)",
        "hype_nouns": "sales_pressure.py, _multiplier (\u201ca 100x gem\u201d)",
        "guarantee_objects": "sales_pressure.py, _guaranteed (\u201cguaranteed profits\u201d)",
        "gain_verbs": "sales_pressure.py, _guaranteed (\u201cguaranteed to double\u201d)",
        "multiply_verbs": "sales_pressure.py, _multiply (\u201cdouble your money\u201d)",
        "money_nouns": "sales_pressure.py, _multiply (\u201cdouble your savings\u201d)",
        "safety_words": "sales_pressure.py, _safety (\u201c100% safe\u201d)",
        "promise_denial_words": "sales_pressure.py, _denied_before (\u201cNo vaccine is 100% safe\u201d: no promise)",
        "anyone_words": "sales_pressure.py, _anyone (\u201cLiterally anyone can do this\u201d)",
        "doing_verbs": "sales_pressure.py, _anyone (\u201canyone can learn this\u201d)",
        "doing_objects": "sales_pressure.py, _anyone (\u201cdo this\u201d, \u201cdo it\u201d)",
        "too_phrases": "sales_pressure.py, _too (\u201cAnd How You Can Too!\u201d)",
        "crowd_praise_words": "sales_pressure.py, _crowd (labels35: \u201cThousands of satisfied customers\u201d)",
        "buyer_nouns": "sales_pressure.py, _crowd (labels35: customers, users, clients)",
        "crowd_counts": "sales_pressure.py, _crowd (labels35: thousands, millions)",
        "superlative_words": "sales_pressure.py, _superlative (promo26: \u201cour fastest chip yet\u201d: a seller's superlative)",
        "making_verbs": "sales_pressure.py, _superlative (promo26: \u201cthe thinnest laptop we have ever built\u201d)",
        "ranking_phrases": "sales_pressure.py, _superlative (promo26: \u201cthe best upgrade you can buy\u201d, in a text that sells)",
        "no_rival_phrases": "sales_pressure.py, _match (promo26: \u201cNothing else comes close\u201d, in a text that sells)",
        "puffery_words": "sales_pressure.py, _puffery (puff27: \u201cour cutting-edge platform\u201d; in the issuer's own text, \u201ca revolutionary robot\u201d)",
        "puffery_plain_after": "sales_pressure.py, _puffery (puff27: \u201cseamless steel pipes\u201d, \u201cRevolutionary Guards\u201d: plain)",
        "innovator_words": "sales_pressure.py, _puffery (puff27: \u201ca leading innovator in\u201d, issuer only)",
        "ranked_owner_words": "sales_pressure.py, _puffery (puff27: \u201cthe Industry's Most Advanced\u201d, issuer only)",
        "link_words": "sales_pressure.py, _link_call (link35: \u201cClick the link below before midnight\u201d: a call to act on a link, with urgency)",
        "link_call_verbs": "sales_pressure.py, _link_call_start (link35: \u201cClick\u201d, \u201cTap\u201d, \u201cShare\u201d the link below)",
        "link_reader_subjects": "sales_pressure.py, _link_call_start (link35: \u201cyou can claim yours using the link below\u201d)",
        "link_not_selling_verbs": "sales_pressure.py, _link_call_start (link35: \u201cYou can donate through the link below\u201d, \u201cApply ... using the form below\u201d: no push)",
        "scarcity_phrases": "sales_pressure.py, _hurry_at (link35: \u201cstock is limited\u201d after a call to act on a link)",
    },
    "event_senses.txt": {
        "result_verb_words": "event_senses.py, sports_result (\u201ccrushed Lakeport 5-1\u201d: a result)",
        "score_follower_words": "event_senses.py, _score_at (\u201c50-100 million\u201d: a range, no score)",
        "result_agent_words": "event_senses.py, sports_result (\u201cwere crushed 5-1 by\u201d)",
        "event_nouns": "event_senses.py, event_noun (\u201cDevastating floods\u201d: the noun)",
        "event_adjectives": "event_senses.py, event_noun (an adjective before the noun)",
        "adjective_endings": "event_senses.py, event_noun (\u201chorrific floods\u201d: an adjective by its ending)",
        "not_adjectives": "event_senses.py, event_noun (\u201cthe traffic floods the streets\u201d: a noun, the verb after it)",
        "physical_verb_words": "event_senses.py, physical_act (\u201cThe dam will flood twelve villages\u201d: an act, no loaded word)",
        "force_words": "event_senses.py, physical_act (a force of nature, a structure, a pest or a machine as the subject)",
        "physical_patient_words": "event_senses.py, physical_act (\u201cthe bridge was destroyed\u201d: a thing as the passive's subject)",
        "physical_fall_words": "event_senses.py, physical_act (\u201cthe old pier collapsed\u201d: a thing falling by itself)",
        "play_agent_words": "event_senses.py, physical_act (\u201cthe boss destroys you\u201d in a game: play's agent)",
        "play_context_words": "event_senses.py, physical_act (words that make a text one about a game or a sport)",
        "play_intensity_words": "event_senses.py, sports_play (senses28: \u201ca savage volley\u201d in a match report: play)",
        "play_noun_words": "event_senses.py, sports_play (senses28: a move, a spell or a result of play)",
        "match_words": "event_senses.py, match_report (senses28: words of a match report)",
        "play_shot_verbs": "event_senses.py, sports_play (senses28: \u201cblasted a third into the top corner\u201d: a shot)",
        "play_direction_words": "event_senses.py, sports_play (senses28: \u201cinto\u201d, \u201cpast\u201d before a goal's target)",
        "play_target_words": "event_senses.py, sports_play (senses28: \u201cthe top corner\u201d, \u201cthe keeper\u201d)",
        "play_goal_nouns": "event_senses.py, sports_play (senses28: \u201ca third\u201d, \u201cthe winner\u201d: a shot as the object)",
    },
    "studied_content.txt": {
        "content_label_words": "studied_content.py, named_subject (senses28: \u201cabusive posts\u201d a study counts)",
        "content_nouns": "studied_content.py, _labels_content (senses28: posts, messages, content, speech)",
        "content_category_nouns": "studied_content.py, named_subject (senses28: \u201cinsults\u201d, \u201charassment\u201d as the subject studied)",
        "coding_verbs": "studied_content.py, _labels_content (senses28: \u201ccoded 2,310 of them as abusive\u201d)",
        "study_words": "studied_content.py, _about_a_study (senses28: a study, a count, a removal, a prosecution)",
        "topic_noun_phrases": "studied_content.py, named_topic (topics43: \u201cpropaganda\u201d, \u201cfake news\u201d as a story's topic)",
        "topic_frame_phrases": "studied_content.py, named_topic (topics43: \u201ca study of\u201d, \u201claws against\u201d before the topic)",
        "topic_compound_words": "studied_content.py, named_topic (topics43: \u201cpropaganda research\u201d, \u201cfake news laws\u201d)",
        "topic_rise_words": "studied_content.py, named_topic (topics43: \u201cRising xenophobia, researchers found\u201d)",
        "topic_finding_words": "studied_content.py, named_topic (topics43: \u201c..., a study found\u201d: a finding reported)",
        "topic_carrying_verbs": "studied_content.py, _carried_object (loaded45: \u201cthe post might contain fake information\u201d)",
        "topic_carrier_words": "studied_content.py, _carried_object (loaded45: posts, sites, accounts as the subject)",
        "topic_subject_skip_words": "studied_content.py, _carried_object (loaded45: \u201csites that spread\u201d)",
        "topic_instrument_words": "studied_content.py, _instrument_compound (loaded45: \u201cused as a propaganda tool\u201d)",
    },
    "stopwords.txt": {lang: _STOPWORDS + ("; also provenance._english_words and scorers/loaded_language.py, "
                                          "warm_up (which word of a phrase _match_starts looks for); also insinuation_formulas.py (a listed formula's key word)" if lang == "en" else "")
                      for lang in ("en", "fr", "de", "es", "it", "pt", "nl", "sv", "pl", "tr", "id")},
    "outlet_names.txt": {
        "legal_forms": "scorers/source_rating.py, outlet_key (book50: a company's legal form at the end of an outlet's name is no part of it)",
        "site_name_separators": "page_site_spelling.py, domain_part (outlets53: a site name's tagline after a separator is no part of it)",
        "generic_title_parts": "page_meta.py, generic_title_part (web55: \u201cHeadline | Home\u201d: a site's section, never its outlet or the headline)",
    },
}


class Sections(Mapping[str, tuple[str, ...]]):
    """The sections of one data file, read-only: {section: (entry, ...)}, in file order.

    A name that is not a section of the file is a KeyError, from `get` too: a misspelt name in
    code is an error, never an empty set.
    """

    def __init__(self, name: str, sections: dict[str, tuple[str, ...]],
                 repeats: tuple[tuple[str, int, int], ...],
                 lines: dict[str, tuple[int, ...]] | None = None) -> None:
        self.name = name
        self._sections = sections
        # (section, line of its first block, line of the repeated block) for each repeat
        self.repeats = repeats
        # (loud50) {section: the file's line number of each entry}, for messages that name it
        self.lines = lines or {}

    def where(self, section: str, index: int) -> str:
        """"file:line [section]" of the section's entry number `index` (for a message)."""
        numbers = self.lines.get(section, ())
        line = f":{numbers[index]}" if index < len(numbers) else ""
        return f"{self.name}{line} [{section}]"

    def pairs(self, section: str) -> tuple[tuple[str, str], ...]:
        """(loud50) A section of pairs (`PAIRED`) as (left, right) per entry, each side stripped;
        checked when the file was loaded."""
        separator = PAIRED.get(self.name, {}).get(section)
        if separator is None:
            raise KeyError(f"{self.name} [{section}] is no section of pairs (declare it in lexicon.PAIRED)")
        return tuple(_pair(self.name, section, entry, separator, self.where(section, i))
                     for i, entry in enumerate(self[section]))

    def __getitem__(self, section: str) -> tuple[str, ...]:
        try:
            return self._sections[section]
        except KeyError:
            raise KeyError(f"{self.name} has no section [{section}]; its sections: "
                           f"{', '.join(self._sections)}") from None

    def get(self, section: str, default: Any = None) -> tuple[str, ...]:  # type: ignore[override]
        """As `self[section]`: strict, never the default."""
        return self[section]

    def __iter__(self) -> Iterator[str]:
        return iter(self._sections)

    def __len__(self) -> int:
        return len(self._sections)


def parse_sections(name: str, text: str, declared: Mapping[str, str] | None = None) -> Sections:
    """The sections of a data file's text, checked against `declared` (default: `SECTIONS[name]`).

    DataFileError, naming the file and line, for an entry before any section, a section that is not
    declared, a declared section that the file lacks, a malformed section line or a pair without
    its separator (`PAIRED`).
    """
    if declared is None:
        if name not in SECTIONS:
            raise DataFileError(f"{name}: not a sectioned data file (add it to lexicon.SECTIONS)")
        declared = SECTIONS[name]
    sections: dict[str, list[str]] = {}
    lines: dict[str, list[int]] = {}
    first_line: dict[str, int] = {}
    repeats: list[tuple[str, int, int]] = []
    current: list[str] | None = None
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in declared:
                raise DataFileError(f"{name}:{number}: unknown section [{section}] (declared: "
                                    f"{', '.join(declared)}; a new section is declared in lexicon.SECTIONS "
                                    "with the rule that reads it)")
            if section in first_line:
                repeats.append((section, first_line[section], number))
            else:
                first_line[section] = number
            current = sections.setdefault(section, [])
            lines.setdefault(section, [])
            continue
        if _SECTION_LINE_RE.match(line):  # (loud50) "[foo" or "[foo] bar": a section line gone wrong
            raise DataFileError(f"{name}:{number}: malformed section line {line[:60]!r} "
                                "(a section line is \"[name]\" alone on its line)")
        if current is None:
            raise DataFileError(f"{name}:{number}: entry before any [section]")
        separator = PAIRED.get(name, {}).get(section)
        if separator is not None:
            _pair(name, section, line, separator, f"{name}:{number} [{section}]")
        current.append(line.lower())
        lines[section].append(number)
    missing = [section for section in declared if section not in sections]
    if missing:
        raise DataFileError(f"{name}: declared section(s) missing from the file: "
                            + ", ".join(f"[{s}]" for s in missing))
    return Sections(name, {key: tuple(values) for key, values in sections.items()}, tuple(repeats),
                    {key: tuple(numbers) for key, numbers in lines.items()})


# A line that starts like a section line and is none: "[foo_words" (not closed), "[foo_words] bar"
# (text after it). (A pattern's character class, "[0-9]+ comments", is neither.)
_SECTION_LINE_RE = re.compile(r"^\[[A-Za-z_]+(?:\]\s.*)?$")


def _pair(name: str, section: str, entry: str, separator: str, where: str) -> tuple[str, str]:
    left, found, right = (part.strip() for part in entry.partition(separator))
    if not found or not left or not right:
        raise DataFileError(f"{where}: expected 'words {separator} words', got {entry[:80]!r} "
                            f"(a rule of {name} [{section}] that would match nothing)")
    return left, right


@lru_cache(maxsize=None)
def load_sections(name: str) -> Sections:
    """Sections of a data file: {category: (entry, ...)}, in file order, checked (parse_sections)."""
    return parse_sections(name, data_text(name))


class WordTable(dict):
    """A table of `fn(word)` per word, filled on first use: `table[word]` works the word out
    the first time it is asked for (`__missing__`) and keeps it. At most MEMO_LIMIT words are kept
    (then the table starts again). For `memo_map`."""

    def __init__(self, fn: Callable[[str], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, word: str) -> Any:
        if len(self) > MEMO_LIMIT:
            self.clear()
        value = self[word] = self.fn(word)
        return value


def memo_map(fn: Callable[[str], Any], table: dict[str, Any], words: list[str]) -> list[Any]:
    """[fn(w) for w in words], each distinct word worked out once and kept in `table`.

    One C-level map of dict look-ups, about a third of the time of calling an lru_cache-wrapped
    function per word. With a `WordTable` (made with this `fn`), a word not seen before costs
    its own `fn` call and nothing more; with a plain dict, a document holding one costs a second
    pass over its words (a set of them, then the map again: ~40 microseconds for a news article).
    """
    if type(table) is WordTable:
        return list(map(table.__getitem__, words))
    try:
        return list(map(table.__getitem__, words))
    except KeyError:
        if len(table) > MEMO_LIMIT:
            table.clear()
        for word in set(words).difference(table):
            table[word] = fn(word)
        return list(map(table.__getitem__, words))

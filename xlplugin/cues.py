"""Attribution detection shared by the unsourced-claims and provenance scorers.

For each sentence of a prepared `Document`, `attributions(doc)` says whether (and how) the
sentence tells the reader where its content comes from:

- sourced kinds: "named" (a capitalised name with a reporting verb: "Smith said", "according to
  the Labor Department"), "role" (an institution or role without a name: "police said", "the
  spokesman said"), "pronoun" ("she said": news style names a source once, then uses a pronoun),
  "link" (a URL), "document" (a named report, filing or publication: "a Pentagon report").
- unsourced kinds: "weasel" ("experts say", "it is believed", "according to the data", "some
  say") and "redacted" (a source whose name is replaced by marks like "**").

Rule based, on the tokens `xlplugin.text.prepare` made once; every sentence is looked at once,
with a window of a few tokens around each reporting verb, so the cost is linear in the length of
the text. Blind spots: a source named in an earlier paragraph ("she said" is trusted), reported
speech without a verb of saying ("For Smith, the deal is dead"), sources in other languages,
capitalised common nouns in headlines that look like names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from typing import Callable, NamedTuple

from .lexicon import WordTable, memo_map
from .links import find_link, link_sentences, may_hold_link
from .phrases import keyed_phrases, match_phrases, phrase_keys, phrases, words
from .appositives import appositive_name
from .acts import is_issuing, issues_without_agent
from .groups import is_trade_group, names_which, post_source
from .institutions import institution_member, may_qualify
from .forecast_sources import FORECAST_VERBS, gives_a_figure, is_passive_figure, passive_agent
from .misread_sayings import COUNT_AGAIN_WORDS, FIND_WORDS, UNSAID_WORDS, counts_again, finds_money, says_no_words, speaker_before_clause, time_only
from .member_groups import body_members, owned_by_name, owned_by_office, owned_thing_head
from .misread_sources import (NOUN_BY_NEIGHBOURS, employer_after_group, gerund_after_opener, label_noun, listed_noun, made_noun, misread_head, noun_after_article, noun_after_modifiers,
                             noun_by_neighbours, noun_fragment, passer_by, placed_role, people_group, plural_of_people, things_that_show, noun_before_finding)
from .seen_documents import documents_seen_by
from .rhetorical_sayings import RHETORIC_WORDS, reports_no_words
from .back_references import with_back_references
from .publications import bare_plural, document_at_place, named_publication, unnamed_document
from .senses import _sets as senses_sets
from .senses import may_not_report, names_a_work, not_a_report
from .subject_sources import (NO_ONE, appeal_to_all, bare_release, hearsay, owned_role, published_by_name, relative_head,
                              subject_kind, writers_acquaintance)
from .relative_sources import relative_clause_start
from .source_window import (AUXILIARY, DETERMINERS, MODAL_REACH, MODALS, NEGATION_REACH, Words, after_clause, document_after, document_shows, document_subject,
                            is_passive, modal_before, negated, negating, not_a_document, source_after, source_before,
                            subject_before)
from .text import Document, Sentence
from .voice import first_person_before

__all__ = [
    "Attribution",
    "SOURCED_KINDS",
    "UNSOURCED_KINDS",
    "attributions",
    "sentence_attribution",
    "words",
    "phrases",
    "match_phrases",
    "is_name_token",
    "warm_up",
    "sentence_has_quote",
    "find_attributions",
    "find_link",
    "may_hold_link",
    "link_sentences",
    "phrase_starts",
    "may_match",
]

DATA_FILE = "attribution.txt"
SOURCED_KINDS = frozenset({"named", "role", "pronoun", "link", "document"})
UNSOURCED_KINDS = frozenset({"weasel", "redacted"})
# Verbs that may be followed by their source ("said Smith", "according to the ministry");
# other verbs of saying take their source before them.
_INVERTING = frozenset(
    """said says told added wrote asked explained noted continued recalled according replied
    answered insisted concluded argued warned stated""".split()
)
# Verbs that take their source after them only where they open a clause after a comma, as news
# style ends a report: ", reported the BBC.", ", reports Harbour Radio.", ", writes Smith." (not
# "half of which reported they had": there the words after the verb are what was reported).
_INVERTING_AFTER_COMMA = frozenset("reported reports writes".split())


# Words before "what" that compare the writer's figure with a statement ("five times what", "more
# than what", "twice what"): `spoken_of`.
_COMPARED = frozenset("than times twice half double triple".split())


def spoken_of(lowers: list[str], idxs: list[int], free_relatives: frozenset[str]) -> bool:
    """Does a free relative ([free_relative_words]) after a comparison (_COMPARED) open the source
    phrase `idxs` (descending) before its noun ("five times what the official figures admit",
    "more than what officials say")? Then the writer measures a figure against a statement, and
    the sentence reports none: no source. ("in what police are calling", "what the inspector
    general called" still report one.) (claims10)"""
    return len(idxs) > 1 and any(lowers[k] in free_relatives and k > 0 and lowers[k - 1] in _COMPARED for k in idxs[1:])


def _inverts(text: str, w: Words, i: int) -> bool:
    """Can the verb of saying at `i` take its source after it (_INVERTING; _INVERTING_AFTER_COMMA
    after a comma and before a determiner or a capitalised word: not "Right now, reports are")?"""
    lw = w.lowers[i]
    if i == 0 and not _opening_inversion(text, w):
        return False  # (sources48) "Added ARKit support for iOS": a changelog's line, no one speaking
    if lw in _INVERTING:
        # "asked" inverts only after a comma or a quotation: after a subject, whom was asked
        return lw not in _lex().asking or i > 0 and any(c in ",\"\u201d\u2019'" for c in text[w.ends[i - 1]:w.starts[i]])
    return lw in _INVERTING_AFTER_COMMA and 0 < i < len(w.lowers) - 1 and "," in text[w.ends[i - 1]:w.starts[i]] \
        and (w.lowers[i + 1] in DETERMINERS or w.texts[i + 1][:1].isupper())


def _opening_inversion(text: str, w: Words) -> bool:
    """(sources48) Does a verb of saying that opens its sentence take a speaker after it: the
    capitalised words after it closed by a comma, a colon, a quotation or the sentence's end
    ("Said Ann Lee: \u201cWe won.\u201d", "Added the mayor, ...")? A list's or a changelog's line
    opens with a past verb and its object ("Added ARKit support for iOS", "Noted Safari crash
    on launch"): no one speaks there."""
    if len(w.texts) < 2 or not (w.texts[1][:1].isupper() or w.lowers[1] in DETERMINERS):
        return True  # no name or phrase after the verb: left to the rules for it
    last = min(len(w.texts) - 1, _OPENING_SPEAKER_WORDS)
    if w.texts[1][:1].isupper():  # a name: its capitalised words, then the closer ("Added ARKit support" has none)
        last = next((k for k in range(1, last + 1) if not w.texts[k][:1].isupper()), last + 1) - 1
    for k in range(1, last + 1):
        if any(c in _SPEAKER_CLOSERS for c in text[w.ends[k]:w.starts[k + 1] if k + 1 < len(w.texts) else w.ends[k] + 2]):
            return True
    return False


_OPENING_SPEAKER_WORDS = 6  # words a role after an opening verb may take ("Added the harbour master, ...")
_SPEAKER_CLOSERS = frozenset(",:;\"\u201c\u201d\u2014\u2013(")


# A word right after a verb of saying that starts what was said, not who said it.
_COMPLEMENT = frozenset("that to on in about if whether what how why when".split())
_REDACTION_RE = re.compile(r"\*\*|\[redacted\]|\u2588", re.IGNORECASE)
_new_tuple = tuple.__new__
# Words before a possessive "'s" that are no noun naming whose a trade group is (groups.py)
_POSSESSIVE_NOT_NOUNS = frozenset("it one that there here what who he she".split())
# The detail of an agentless passive's weasel ("it was reported"): it names no source, vague or
# other (scorers/unsourced_claims.py lets such a sentence take its neighbour's source).
PASSIVE_DETAIL = "passive attribution without a source"
# The kinds of source before a verb of saying that make it the verb's subject, so that no source is
# read inverted after it (a name or a role outranks any such source already).
_SPEAKERS = frozenset({"weasel", "pronoun"})
# (claims41) How far before a passive reaction ("was welcomed by") the plan or decision it is about
# may stand: "The plan to build 400 homes was criticised by residents but welcomed" is 11 words.
REACTION_SUBJECT_REACH = 12
_KIND_RANK = {"named": 6, "document": 5, "link": 5, "role": 4, "pronoun": 3, "redacted": 2, "weasel": 1}


class Attribution(NamedTuple):
    """How one sentence is attributed.

    kind: one of SOURCED_KINDS or UNSOURCED_KINDS; start/end: the span of the cue in the
    document text (source phrase and verb, the URL, the weasel phrase); detail: in words.
    quote: the sentence holds a quotation this attribution covers.
    (A named tuple, not a frozen dataclass: a sentence may make several candidates, and a tuple
    is made in a third of the time.)
    """

    kind: str
    start: int
    end: int
    detail: str
    quote: bool = False
    role: bool = False
    verb: bool = False  # found through a verb of saying (not a bare link or document name)

    @property
    def sourced(self) -> bool:
        return self.kind in SOURCED_KINDS


# Words before an organisation noun of [definite_organisation_words] that make it one known
# organisation ("the club said", "its regulator said"): `_definite`.
_DEFINITE = frozenset("the its their our his her this".split())


def _definite(lowers: list[str], head: int) -> bool:
    """Does a definite determiner or an owner ("the", "its", "the charity's", "Ashton's") stand
    right before the organisation noun at `head`? (claims10: "..., the club said.")"""
    return head > 0 and (lowers[head - 1] in _DEFINITE or lowers[head - 1].endswith(("'s", "\u2019s")))


class _Lexicon:
    """The word sets the attribution pass reads in its inner loops, built once (module-level
    lookups instead of a cached call per word)."""

    def __init__(self) -> None:
        self.finding = words(DATA_FILE, "finding_words")
        self.roles = words(DATA_FILE, "role_words")
        self.orgs = words(DATA_FILE, "organisation_words")
        self.definite_orgs = words(DATA_FILE, "definite_organisation_words")
        self.plural_documents = words(DATA_FILE, "plural_document_words")
        self.released_documents = words(DATA_FILE, "released_document_words")  # (prov24)
        self.record_verbs = words(DATA_FILE, "document_record_verb_words")
        self.recording_documents = words(DATA_FILE, "recording_document_words")
        self.reporting = words(DATA_FILE, "reporting_words")
        self.released_participles = words(DATA_FILE, "released_participle_words")
        self.weasels = words(DATA_FILE, "weasel_source_words")
        self.passers_by = words(DATA_FILE, "passer_by_words")  # (claims51) misread_sources.passer_by
        self.adverts = words(DATA_FILE, "advert_words")  # (sources53) "A radio ad claims": the sponsor's, by role
        self.pronouns = words(DATA_FILE, "source_pronoun_words")
        self.documents = words(DATA_FILE, "document_words")
        # what a text cites "according to" once it has named it: "according to the notice" (claims15)
        self.cited_documents = self.documents | words(DATA_FILE, "cited_document_words")
        self.modals = words(DATA_FILE, "unreported_modal_words")
        self.posts = words(DATA_FILE, "post_words")  # (sources9) "a viral post says": groups.post_source
        self.appeal_quantifiers = words(DATA_FILE, "appeal_quantifier_words")  # (prov24) subject_sources.appeal_to_all
        self.things = self.documents | self.posts | self.recording_documents
        # documents that can stand after "says" with a clause of their own ("says a report
        # highlighting"): the plural weasel ones ("reports", "studies") are left out
        self.documents_after = self.documents - self.weasels
        self.generic = self.roles | self.orgs | self.weasels | self.pronouns
        self.not_names = words(DATA_FILE, "not_name_words")
        self.abstract_subjects = words(DATA_FILE, "abstract_subject_words")  # "Time will tell" (sources15)
        self.noun_forms = words(DATA_FILE, "noun_reporting_words")
        self.noun_markers = words(DATA_FILE, "noun_marker_words")
        self.relative_markers = words(DATA_FILE, "relative_noun_marker_words")
        self.prepositions = words(DATA_FILE, "preposition_words")
        self.adjective_markers = words(DATA_FILE, "adjective_marker_words")
        self.noun_before_be = words(DATA_FILE, "noun_before_be_words")
        self.noun_of = words(DATA_FILE, "noun_of_words")
        self.acts = words(DATA_FILE, "act_object_words")
        self.wishes = words(DATA_FILE, "not_saying_words")
        self.reporting = words(DATA_FILE, "reporting_words")
        self.spoken_of = words(DATA_FILE, "spoken_of_words")
        self.object_reporting = words(DATA_FILE, "object_reporting_words")
        self.object_starts = words(DATA_FILE, "object_start_words")
        self.particle_reporting = words(DATA_FILE, "particle_reporting_words")
        self.reporting_particles = words(DATA_FILE, "reporting_particle_words")
        self.demands = words(DATA_FILE, "demand_on_words")
        self.time_phrase = words(DATA_FILE, "time_phrase_words")
        self.clause_openers = words(DATA_FILE, "clause_opener_words")
        self.anonymity = words(DATA_FILE, "anonymity_words")
        self.unsourced_accounts = words(DATA_FILE, "unsourced_account_words")
        # (claims17) the words that make a weasel phrase an anonymous source, shown so in the evidence
        self.anonymous_marks = self.anonymity | words(DATA_FILE, "insider_words")
        self.possessives = words(DATA_FILE, "possessive_pronoun_words")
        self.first_person = words(DATA_FILE, "author_subject_words")
        self.formats = words(DATA_FILE, "format_words")
        self.agent_passive = words(DATA_FILE, "agent_passive_words")
        self.passive_reactions = words(DATA_FILE, "passive_reaction_words")  # (claims41)
        self.reaction_subjects = words(DATA_FILE, "reaction_subject_words")
        self.conjunctions = words(DATA_FILE, "source_conjunction_words")
        self.naming = words(DATA_FILE, "naming_words")
        self.document_participles = words(DATA_FILE, "document_participle_words")
        self.perception = words(DATA_FILE, "perception_phrase_words")
        self.free_relatives = words(DATA_FILE, "free_relative_words")
        self.concessions = words(DATA_FILE, "concession_words")  # (lead, session 41) "whatever the leaflets claim"
        self.concession_whats = words(DATA_FILE, "concession_what_words")  # "no matter what the minister says"
        # (claims55) people a workplace after "at" or "from" may say which: "Researchers at Harvard"
        self.people_nouns = (self.roles | self.orgs | self.weasels) - self.pronouns
        self.document_people = words(DATA_FILE, "document_people_words")  # (claims54) "the report's authors say"
        # (claims54) things that speak for their owner: "Smith's ad says", "Labour's leaflet says"
        # (claims55) and messages a person sends or signs: "Smith's letter says", "Smith's email said"
        self.speaking_things = self.documents | words(DATA_FILE, "advert_words") | words(DATA_FILE, "post_words") \
            | words(DATA_FILE, "owned_message_words")
        # (claims56) words that are no owner's name before a possessive: "Today's report", "The Company's filing"
        self.owner_not_names = self.generic | self.time_phrase
        self.messages = words(DATA_FILE, "owned_message_words")
        self.offices = self.roles | self.orgs | self.definite_orgs
        self.not_superlative = words("claims.txt", "not_superlative_words")
        self.negations = words(DATA_FILE, "negation_words")
        # verbs whose negation says nothing was said (not a wish, a belief or a disagreement)
        self.negatable = self.reporting - self.wishes - words(DATA_FILE, "negated_view_words")
        self.asking = words(DATA_FILE, "asking_words")
        self.answered = words(DATA_FILE, "answered_words")
        self.comments = words(DATA_FILE, "comment_words")
        self.saying_phrases = words(DATA_FILE, "saying_phrase_words")
        self.saying_phrase_verbs = words(DATA_FILE, "saying_phrase_verb_words")
        # `senses.names_a_work` says yes only in a paragraph holding one of these words (its last
        # test, `senses._about_fiction`): a document without any is not asked at each source
        # (tests/test_attribution_shape.py)
        self.works = senses_sets().works
        self.weasel_phrases = keyed_phrases(DATA_FILE, "weasel_phrases")
        self.document_phrases = keyed_phrases(DATA_FILE, "document_phrases")
        self.weasel_starts = phrase_starts("weasel_phrases")
        self.document_starts = phrase_starts("document_phrases")


def phrase_starts(section: str) -> dict[str, frozenset[tuple[int, str]]]:
    """For each key word (`phrases.phrase_keys`: its longest word) of a `_phrases` section of the
    data file: (how far after its phrase's first word it stands, that first word), for every
    phrase it is the key of ("said": (2, "it") from "it is said", (3, "it") from "it has been
    said"). For `may_match`."""
    out: dict[str, set[tuple[int, str]]] = {}
    for group in phrases(DATA_FILE, section).values():
        for phrase in group:
            key = max(phrase, key=len)
            out.setdefault(key, set()).update((o, phrase[0]) for o, word in enumerate(phrase) if word == key)
    return {key: frozenset(pairs) for key, pairs in out.items()}


def may_match(lowers: list[str], keys: list[int], starts: dict[str, frozenset[tuple[int, str]]]) -> bool:
    """Could the phrase matcher find a phrase of the section of `starts` (`phrase_starts`) in the
    words `lowers`, whose words at positions `keys` are its key words? Only where a phrase's
    first word stands as far before one of them as in the phrase: a few comparisons, where the
    matcher builds its candidate starts first. Most sentences holding a key word hold no phrase
    ("said" without "it is said" before it), and are passed over here. (A phrase found starts
    with its first word and holds its key at that distance: the matcher finds none where this
    says no; tests/test_cues_exact.py holds the two to that.)"""
    for p in keys:
        for offset, first in starts[lowers[p]]:
            if p >= offset and lowers[p - offset] == first:
                return True
    return False


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    return _Lexicon()


def warm_up() -> None:
    _lex()
    for section in ("reporting_words", "source_pronoun_words", "role_words", "organisation_words",
                    "weasel_source_words", "not_name_words", "document_words", "finding_words",
                    "unreported_modal_words", "noun_reporting_words", "noun_marker_words",
                    "relative_noun_marker_words", "preposition_words", "adjective_marker_words",
                    "noun_before_be_words", "noun_of_words", "object_reporting_words",
                    "particle_reporting_words", "reporting_particle_words", "demand_on_words", "clause_opener_words",
                    "anonymity_words", "insider_words", "unsourced_account_words", "object_start_words",
                    "possessive_pronoun_words", "author_subject_words", "format_words", "agent_passive_words",
                    "source_conjunction_words", "naming_words", "passive_reaction_words", "reaction_subject_words", "act_object_words", "document_participle_words",
                    "perception_phrase_words", "free_relative_words", "concession_words", "concession_what_words", "spoken_of_words", "negation_words",
                    "asking_words", "comment_words", "post_words", "negated_view_words", "answered_words", "saying_phrase_words", "saying_phrase_verb_words"):
        words(DATA_FILE, section)
    for section in ("weasel_phrases", "document_phrases"):
        phrases(DATA_FILE, section)


def is_name_token(texts: list[str], lowers: list[str], position: int, not_names: frozenset[str]) -> bool:
    """Is the word at `position` of a sentence (its words `texts`, lower-cased `lowers`) a
    capitalised word that can name a person or an organisation?

    The first word of a sentence is capitalised anyway: it counts only when the next word is a
    capitalised name too ("Jane Smith said"). All-capital short words count ("NATO", "FBI").
    """
    if not texts[position][:1].isupper() or lowers[position] in not_names:
        return False
    if position == 0:
        return len(lowers) > 1 and texts[1][:1].isupper() and lowers[1] not in not_names
    return True


def _speaker_first(lowers: list[str], head: int | None) -> bool:
    """Is the first word of the sentence the speaker of the verb of saying whose source phrase
    has its head at `head` (names.NAME_RULES "speaker")? Only the verb's auxiliaries, negations
    and adverbs stand between them ("Brafman said", "Kimmel doesn't believe", "Smith did not
    publicly say")."""
    return head is not None and all(
        lw in AUXILIARY or lw == "not" or lw.endswith(("n't", "n\u2019t")) or len(lw) > 4 and lw.endswith("ly")
        for lw in lowers[1:head + 1])


def not_a_verb(lowers: list[str], i: int, lex: _Lexicon) -> bool:
    """Is the reporting word at `i` (i > 0) read as a noun or an adjective by the word before it
    (besides a determiner or a number, which `_offer_reporting_verb` tests)? A noun form
    ([noun_reporting_words]) after a marker ("at one point", "any report") or after "that" or
    "which" following a preposition ("at that point"); a participle after "so" ("a so called
    reform"), unless it inverts ("so said the minister"); any reporting word after a possessive
    after a superlative (`_noun_modifier`: "the greatest fears")."""
    lw, before = lowers[i], lowers[i - 1]
    if _noun_modifier(before, lex):
        return True
    if lw in lex.noun_forms:
        if before in lex.noun_markers:
            return True
        if before in lex.relative_markers and i > 1 and lowers[i - 2] in lex.prepositions:
            return True
    return before in lex.adjective_markers and lw.endswith("ed") and lw not in _INVERTING


def _noun_modifier(before: str, lex: _Lexicon) -> bool:
    """Is `before` a superlative ("greatest"; not "honest", "interest": claims.txt
    [not_superlative_words])? A verb of saying does not follow one; a noun does ("one of
    Tokyo’s greatest fears"). (A possessive does not make a source: "Clinton's claim that
    ..." attributes the claim to Clinton.)"""
    return len(before) > 4 and before.endswith("est") and before not in lex.not_superlative


def _noun_marking(before: str) -> bool:
    """Can `not_a_verb` say yes after the word `before`? Each of its rules reads the word before
    the verb first (a superlative, a word of [noun_marker_words], [relative_noun_marker_words] or
    [adjective_marker_words]): False here means False there, whatever the verb."""
    lex = _lex()
    return _noun_modifier(before, lex) or before in lex.noun_markers or before in lex.relative_markers \
        or before in lex.adjective_markers


_NOUN_MARKING = WordTable(_noun_marking)  # `_noun_marking` per word: most words before a verb mark no noun


# (web28) the words that may stand right before the verb of a relative clause: its pronoun, or an adverb after it
_RELATIVE_ADVERBS = frozenset(("always", "once", "still", "never", "also", "all", "now", "repeatedly", "loudly", "so"))
_RELATIVE_GAP = _RELATIVE_ADVERBS | {"who"}
# (web28) collective nouns of people that head a group ("the MAGA crowd who", "the same lot who")
_GROUP_HEADS = frozenset(("crowd", "mob", "lot", "party", "left", "right", "base", "establishment", "elite", "gang", "brigade"))
# (web28) an order given to a group in a relative clause: "... who cheered when the crowd told them to crack heads"
_ORDER_VERBS = frozenset(("told", "ordered", "urged"))
_ORDER_OBJECTS = frozenset(("them", "us"))


def group_relative_act(lowers: list[str], i: int, lex: _Lexicon) -> bool:
    """(web28) Is the verb of saying at `i` a group's act told in a relative clause, which sources nothing: right
    after "who" (an adverb between allowed) whose head is a plural or a collective noun ("Republicans",
    "senators", "the crowd"), before "to" and a verb ("who promised to bring the jobs back", "who always claim
    to back the blue"); or an order to "them"/"us" ("told them to crack heads") after such a "who". A person's
    promise ("Ann Brooks, who promised to ...") and "complained to the council" are not."""
    if lowers[i] in _ORDER_VERBS and i + 2 < len(lowers) and lowers[i + 1] in _ORDER_OBJECTS and lowers[i + 2] == "to" \
            and "who" in lowers[max(0, i - 12):i]:
        return True
    j = i - 1 if lowers[i - 1] == "who" else i - 2
    if j < 1 or lowers[j] != "who":
        return False
    head = lowers[j - 1]
    group = head in _GROUP_HEADS or len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if not group or i + 2 >= len(lowers) or lowers[i + 1] != "to":
        return False
    after = lowers[i + 2]
    return after not in DETERMINERS and after not in lex.reporting and not after[:1].isdigit() and after not in lex.pronouns


def reports_nothing(lowers: list[str], i: int, lex: _Lexicon) -> bool:
    """Is the reporting word at `i` (i > 0) used in a sense that reports no one's words, by the
    word after it? A noun before a form of "be" ("the short answer is that",
    [noun_before_be_words]) or before "of" ([noun_of_words]: "the Brazilian states of", "his
    home state of"); a verb of [object_reporting_words] with an object ("is adding the
    Terminator", "adds 300 jobs"); a word of [particle_reporting_words] without its particle
    ("pain points", not "points out"); an active verb of [not_saying_words] before "to" and a
    verb that reports nothing ("does not want to be": a wish); (sources46) a word of
    [demand_on_words] before "on"/"upon" and an object in lower case that is no possessive
    ("Python insists on using", "insisted on paper tickets": a demand; "insisted on Tuesday
    that", "insisted on his innocence" still report)."""
    lw, n = lowers[i], len(lowers)
    after = lowers[i + 1] if i + 1 < n else ""
    if after in lex.noun_before_be and lw in lex.noun_forms or after == "of" and lw in lex.noun_of:
        return True
    if lw in lex.particle_reporting and after not in lex.reporting_particles:
        return True
    if lw in lex.demands and after in ("on", "upon") and i + 2 < n and lowers[i + 2][:1].isalpha() \
            and lowers[i + 2] not in lex.possessives and lowers[i + 2] not in lex.not_names:
        return True
    if after == "to" and lw in lex.wishes and not is_passive(lowers, i) and not (i + 2 < n and lowers[i + 2] in lex.reporting):
        # "it does not want to be", "hopes to open": a wish ("is expected to" stays a passive
        # report; in "continued to claim" the verb after "to" reports)
        return True
    return lw in lex.object_reporting and (after in DETERMINERS or after in lex.object_starts or after[:1].isdigit())


def after_preposition(text: str, w: Words, i: int, lex: _Lexicon) -> bool:
    """Is the reporting word at `i` (i > 0) a noun or an adjective because a preposition stands
    right before it, a space between ("via Reddit in posts", "secretary of state", "with stated
    aims")? Only a word that can be one: a noun form ([noun_reporting_words], [noun_of_words],
    their plurals) or a participle in -ed; not after "to" ("to say"). A verb after a preposition
    that ends a relative clause still reports ("residents the station spoke with say")."""
    before, lw = w.lowers[i - 1], w.lowers[i]
    if before not in lex.prepositions or before == "to" or text[w.ends[i - 1]:w.starts[i]] != " ":
        return False
    noun = lex.noun_forms
    return lw in noun or lw in lex.noun_of or lw[-1:] == "s" and lw[:-1] in noun or lw.endswith("ed") and lw not in _INVERTING


def does_an_act(text: str, w: Words, i: int, lex: _Lexicon) -> bool:
    """Is the word of [act_object_words] at `i` an act or an authorship: followed, a space
    between, by an object (a determiner, a number, a word of [object_start_words]: "who also
    wrote the script", "declared a state of emergency") or by "for" ("she writes for the
    Courier")? ("Kerry declared, \u201c15 ...", ", wrote the authors." and "wrote that" still
    report.)"""
    lowers = w.lowers
    if lowers[i] not in lex.acts or i + 1 >= len(lowers) or text[w.ends[i]:w.starts[i + 1]] != " ":
        return False
    if text[w.ends[i - 1]:w.starts[i]] != " ":
        return False  # ", wrote the authors of the report.": a verb inverted after what was said
    after = lowers[i + 1]
    return after == "for" or after in DETERMINERS or after in lex.object_starts or after[:1].isdigit()


def talks_of_statement(lowers: list[str], i: int, lex: _Lexicon) -> bool:
    """Is the passive verb of saying at `i` a statement spoken of rather than a report? A word of
    [spoken_of_words] followed by "of" or "about" ("the same can't be said of", "much has been
    written about"; "is accused of" still reports an accusation), or its
    subject a free relative ([free_relative_words]: "whatever is promised", "what was said")."""
    if i + 1 < len(lowers) and lowers[i + 1] in ("of", "about") and lowers[i] in lex.spoken_of:
        return True
    j = i - 1
    while j > 0 and i - j <= 4 and (lowers[j] in AUXILIARY or lowers[j] in MODALS or lowers[j] == "not"
                                    or lowers[j].endswith(("n't", "n\u2019t"))):
        j -= 1
    return lowers[j] in lex.free_relatives


def concedes_statement(lowers: list[str], idxs: list[int], lex: _Lexicon) -> bool:
    """Does the source phrase `idxs` (descending) open a clause that concedes a statement and sets
    it aside: a word of [concession_words] at its start or just before it ("whatever the leaflets
    claim"), or a "what" there after a word of [concession_what_words], "of" between or not ("no
    matter what the minister says", "regardless of what officials say")? Then the sentence
    reports no statement: no source. (lead, session 41)"""
    if not idxs:
        return False
    for j in (idxs[-1], idxs[-1] - 1):
        if j < 0:
            continue
        if lowers[j] in lex.concessions:
            return True
        before = lowers[j - 2 if j >= 2 and lowers[j - 1] == "of" else j - 1] if j >= 1 else ""
        if lowers[j] == "what" and before in lex.concession_whats:
            return True
    return False


# (claims54) The most words between a conceding "what"/"whatever" and the verb of saying it
# governs, its subject between them ("no matter what the finance minister says", "whatever
# the council's own leaflets claim"): a subject phrase, not a clause.
CONCESSION_SUBJECT_WORDS = 6


def conceded_verb(text: str, starts: list[int], ends: list[int], lowers: list[str], i: int, first: int) -> bool:
    """(claims54) Is the verb of saying at `i` (tokens from `first` in its sentence) the verb of a
    clause that concedes a statement and sets it aside (concedes_statement: "no matter what the
    minister says", "whatever the leaflets claim", "regardless of what officials say")? Its
    subject is read back from the verb over at most CONCESSION_SUBJECT_WORDS words with no mark
    between them. A scorer that asks whether a verb of saying reaches a word (loaded language's
    short quotations) skips such a verb, as attribution does: the writer's words around it stay
    the writer's."""
    lex = _lex()
    for j in range(i - 1, max(first, i - CONCESSION_SUBJECT_WORDS) - 1, -1):
        if text[ends[j]:starts[j + 1]].strip():
            return False  # a mark inside the subject: "Whatever happens, the minister says"
        if concedes_statement(lowers, list(range(i - 1, j - 1, -1)), lex):
            return True
    return False


def seen_somewhere(lowers: list[str], span: tuple[int, int], lex: _Lexicon) -> bool:
    """Is the weasel phrase lowers[a:b] a plain verb of seeing or hearing, a preposition after it
    ("it can be seen from space": [perception_phrase_words])? Then no view is attributed."""
    a, b = span
    return lowers[b - 1] in lex.perception and b < len(lowers) and lowers[b] in lex.prepositions


# The most words from "a"/"an" back to a word of [naming_words] when a preposition stands between
# them (a noun phrase with a prepositional phrase: "a forum for Android developers called").
NAMING_WINDOW = 8
_CALL_COMPLEMENTS = words(DATA_FILE, "call_complement_words")


def names_a_thing(lowers: list[str], i: int, lex: _Lexicon) -> bool:
    """Is the word of [naming_words] at `i` giving a thing its name ("installed a package
    manager called conda", "a package & environment manager called"). So when "a" or "an"
    stands one to four words before it, or up to NAMING_WINDOW with a preposition between and a
    name after ("a forum for Android developers called DroidHaven"), and is not the sentence's
    first word (the noun phrase is then an object, not the subject)."""
    if lowers[i] not in lex.naming:
        return False
    for j in range(max(1, i - 4), i):
        if lowers[j] in ("a", "an"):
            return True
    # (sources7) a noun phrase with a prepositional phrase in it: "via a forum for Android
    # developers called", "an app from a small studio called" (NAMING_WINDOW words back)
    for j in range(i - 5, max(0, i - NAMING_WINDOW) - 1, -1):
        if lowers[j] in ("a", "an"):
            return not lex.prepositions.isdisjoint(lowers[j + 2:i - 1]) and i + 1 < len(lowers) \
                and lowers[i + 1] not in DETERMINERS and lowers[i + 1] not in _CALL_COMPLEMENTS
    return False  # ("then a spokesman for the ministry called the plan a disgrace" still reports)


def _holds_name(texts: list[str], lowers: list[str], not_names: frozenset[str]) -> bool:
    """Is any word of the sentence a name (`is_name_token`)? The first word is one only when the
    second is too, so the words after the first decide, by the rule for a word after the first."""
    for k in range(1, len(texts)):  # (a loop, not any() over a generator: no generator frame)
        if texts[k][:1].isupper() and lowers[k] not in not_names:
            return True
    return False


def _classify(w: Words, idxs: list[int], head: int | None, lex: _Lexicon,
              quote_at: Callable[[int], tuple[int, int] | None]) -> tuple[str, bool] | None:
    """What kind of source the tokens at `idxs` are, (kind, has_role), or None.

    The head of the phrase (the word next to the verb: "Japanese officials said") decides
    first, so that a nationality or place before a vague noun does not make it a name; the rest
    of the phrase decides when the head is none of the known kinds. `quote_at`: the quotation
    that holds an offset (`_never_quoted` where no quotation touches the sentence: no word of it
    is quoted).
    (One ordered decision list. The facts of the whole phrase, `_phrase_facts`, are read only
    where a decision needs them, the head's kind first: a loop over the phrase spared for most
    sources; the same answers as reading them first, for the loop asks nothing with effects.)
    """
    if not idxs:
        return None
    texts, lowers, starts, _ = w
    if (subject := subject_kind(lowers, idxs)):
        return None if subject == NO_ONE else ("weasel", False)  # "Nobody has confirmed", "Those who were there tell"
    if writers_acquaintance(w, idxs, lex.not_names):
        return "weasel", False  # "My neighbour says", "a friend of mine said": only the writer knows who (attrib16)
    if hearsay(w, idxs, lex.not_names) or w.lowers[min(idxs[0], idxs[-1])] in lex.appeal_quantifiers \
            and appeal_to_all(w, idxs, lex.not_names, lex.things):
        return "weasel", False  # (prov24) "A friend who works at the hospital says", "Every serious scientist agrees"
    head = relative_head(lowers, idxs, head)  # "an expert at X who was not involved in the study, said" (subject_sources.py)
    if (owned := owned_thing_head(lowers, idxs, head, lex.speaking_things, lex.prepositions)) != head:
        # (claims56) "Smith's letter to parents says": the letter, not the parents
        head, idxs = owned, [k for k in idxs if k <= owned]
    if head is not None and head > 0 and idxs[-1] == 0 and _time_before_verb(w, head, lex):
        head = 0  # (sources48) "Microsoft on Thursday said", "Acme last week announced": the name before the time
    quoted = quote_at is not _never_quoted and (
        quote_at(starts[idxs[0]]) is not None or any(quote_at(starts[i]) is not None for i in idxs))
    # (the head decides first; the facts of the whole phrase, `_phrase_facts`, are worked out
    # only where the answer reads them: most heads are a name, a pronoun or a vague noun)
    if head is not None and not (quoted and quote_at(starts[head]) is not None):
        hl = lowers[head]
        not_names, weasels, pronouns = lex.not_names, lex.weasels, lex.pronouns
        if head > 0 and (members := body_members(w, head, not_names)) is not None:
            return members  # (claims56) "Ford workers said", "City officials said": by role; "Apple spokesmen said": named
        if (head == 0 or texts[head][:1].islower()) and is_trade_group(hl):
            # "nutritionists say", "their doctors told": a trade as a group is vague unless a name,
            # an institution or a number says which (groups.py)
            which = names_which(w, idxs, head, not_names, _POSSESSIVE_NOT_NOUNS)
            return (which, True) if which else ("weasel", False)
        if hl in lex.passers_by and (vox := passer_by(w, idxs, head)):
            return vox  # (claims51) "said a Leeds resident": one unnamed person, the place names no one
        if hl in lex.adverts and (head == 0 or texts[head][:1].islower()):
            # (sources53) "A radio ad claims", "An advert says": the sponsor's words, by role; a
            # sponsor named in the phrase names it ("A Smith campaign ad", "A Labour leaflet");
            # "the ad claims were false": the word after the ad is a noun before "be" (no verb of
            # saying is followed by "were", [noun_before_be_words]): no source
            if head + 2 < len(lowers) and lowers[head + 2] in lex.noun_before_be:
                return None
            named = head != 0 and _phrase_facts(w, idxs, head, lex, quoted, quote_at)[0]
            return ("named" if named else "role"), False
        if hl in lex.posts and (head == 0 or texts[head][:1].islower()) and (post := post_source(w, idxs, head, not_names)):
            return post, False  # "a Facebook post says": vague; "the Post reported" is a newspaper (groups.py)
        if head > 0 and texts[head][:1].isupper() and (misread := misread_head(w, idxs, head, not_names)):
            return misread  # "the people of Eastbank", "a post ... on Facebook", "an article about X" (sources10)
        if head > 1 and texts[head][:1].isupper() and (swapped := employer_after_group(w, idxs, head, lex.people_nouns)) \
                and (by_order := _classify(*swapped, lex, quote_at)) is not None \
                and not (by_order[0] == "weasel" and swapped[2] == 1 and is_trade_group(lowers[head - 2])):
            # (claims55) "Researchers at Harvard said" reads as "Harvard researchers said": by role;
            # "Residents from Leeds said" as "Leeds residents said": vague. (A trade's group put
            # first, "Hillside teachers said", is vague for its first word may be no name; after
            # "at" the word is one: "Teachers at Hillside said" keeps its name, as "two teachers at
            # Hillside" does: groups.names_which.)
            return by_order
        if head == 0 and hl in lex.abstract_subjects:
            return None  # "Time will tell", "History will judge": an idiom's abstract subject, no one (sources15)
        if texts[head][:1].isupper() and hl not in not_names and (head != 0 or hl not in lex.generic and not bare_plural(w, head, '')
                                                                    and hl not in lex.documents):
            # (sources48) "Report claims", "Study finds" opening a headline: a document word, no name
            if head == 0 and plural_of_people(lowers, idxs, head):
                return "weasel", False  # "Neighbours said": an unnamed group, no name (sources13)
            return "named", _has_role(lowers, starts, idxs, lex.roles, quoted, quote_at)
        if hl in lex.document_people and (by_document := document_people(w, idxs, head, lex, quoted, quote_at)):
            return by_document  # (claims54) "the report's authors say": the document, by its makers
        if hl in weasels and owned_role(w, head, not_names):
            return "role", True  # "The Herald's critic called": one person in a post (subject_sources.py)
        if hl in weasels and hl not in pronouns:
            # "Harvard researchers said": a named institution's members (institutions.py)
            return ("role", True) if institution_member(w, head, not_names) else ("weasel", False)
        # ("Figures show", "Records show": a document word opening the sentence is no name, claims10)
        if hl in lex.roles or hl in lex.orgs or hl in lex.definite_orgs and _definite(lowers, head):
            has_name, has_role = _phrase_facts(w, idxs, head, lex, quoted, quote_at)[:2]
            if has_name and hl in lex.roles and placed_role(w, idxs, head):
                return "role", True  # (claims52) "a Glasgow nurse said": the place names no one
            return ("named" if has_name else "role"), has_role
        if hl in pronouns:
            return "pronoun", False
        if hl in lex.documents:
            # "the report stated", "a new study found": a document speaks for its authors;
            # (claims56) owned by a name, it is the owner's word: "Ford's filing says" is named
            if owned_by_name(texts, lowers, head, min(idxs[0], idxs[-1]), not_names, lex.owner_not_names):
                return "named", False
            return "document", False
        if hl in lex.messages and owned_by_office(lowers, head, min(idxs[0], idxs[-1]), lex.offices):
            # (claims56) "the mayor's letter says", "the council's email said": the office's own
            # paper, a document source as "the mayor's statement says" is
            return "document", False
        if texts[head][:1].islower() and (group := people_group(w, idxs, head, not_names)):
            return group  # "Local farmers said", "Angry residents say": an unnamed group (sources14)
    has_name, has_role, has_org, has_weasel, has_pronoun = _phrase_facts(w, idxs, head, lex, quoted, quote_at)
    if has_name:
        return "named", has_role
    if has_role and not has_weasel or has_org:
        return "role", has_role
    if has_weasel:
        return "weasel", False
    if has_pronoun:
        return "pronoun", False
    return None


def _has_role(lowers: list[str], starts: list[int], idxs: list[int], roles: frozenset[str], quoted: bool,
              quote_at: Callable[[int], tuple[int, int] | None]) -> bool:
    """`_phrase_facts(...)[1]`: does a word of the source phrase `idxs` outside quotations name a
    role? (What `_classify` reads of the phrase when its head is a name: one test per word.)"""
    for i in idxs:
        if lowers[i] in roles and not (quoted and quote_at(starts[i]) is not None):
            return True
    return False


def possessive_name_first(texts: list[str], lowers: list[str], head: int | None, lex: _Lexicon) -> bool:
    """(claims54) Is the sentence's first word a capitalised possessive owning the head of the
    source phrase, a thing that speaks for its owner (an advert, a document, a post: "Smith's ad
    says", "Labour's new leaflet says", "Smith's tweet said"), right before it or one word before
    it? Then it names the owner, as it does after the sentence's first word ("On Monday, Smith's
    ad said": named); before, a first word counted as a name only as the verb's speaker or before
    another capitalised word, so these read as a source by role. Not a word of time ("Today's
    report says"), a listed non-name or a common word; people owned ("Smith's lawyer said",
    "Britain's ministers said") read as before."""
    first = lowers[0]
    if head is None or not 1 <= head <= 2 or not texts[0][:1].isupper() or not first.endswith(_POSSESSIVE_ENDS) \
            or lowers[head] not in lex.speaking_things:
        return False
    stem = first[:-2] if first[-1] in "s" and first[-2] in "'\u2019" else first[:-1]
    return stem.isalpha() and not {stem, first} & (lex.not_names | lex.generic | lex.time_phrase)


def document_people(w: Words, idxs: list[int], head: int, lex: _Lexicon, quoted: bool,
                    quote_at: Callable[[int], tuple[int, int] | None]) -> tuple[str, bool] | None:
    """(claims54) The kind of source of makers of a document ([document_people_words]: "authors",
    "editors") owned by the document's possessive right before them ("The report's authors say",
    "the study's authors said"): the document speaks through the people who wrote it, a document
    source, as "the report says" is; a name in the phrase names it ("The Lancet study's authors
    said": named). None where no document owns them ("Its authors say", "the authors said")."""
    lowers, texts = w.lowers, w.texts
    if head < 1 or head - 1 not in idxs:
        return None
    owner = lowers[head - 1]
    if not owner.endswith(_POSSESSIVE_ENDS):
        return None
    stem = owner[:-2] if owner[-1] == "s" and owner[-2] in "'\u2019" else owner[:-1]
    if stem not in lex.documents:
        return None
    if _phrase_facts(w, idxs, head, lex, quoted, quote_at)[0] and texts[head - 1][:1].islower():
        return "named", False
    return "document", False


def _time_before_verb(w: Words, head: int, lex: _Lexicon) -> bool:
    """(sources48) Are the words from the sentence's second to the head a time phrase alone
    ([time_phrase_words], figures: "on Thursday", "last week", "today"), after a first word that
    may be a name ("Microsoft on Thursday said": the speaker is Microsoft, the time says when)?
    A common word first ("Officials on Thursday said", "Rents last year rose") is left to the
    rules for it."""
    texts, lowers = w.texts, w.lowers
    if not texts[0][:1].isupper() or lowers[0] in lex.not_names or lowers[0] in lex.generic \
            or lowers[0] in lex.time_phrase:
        return False
    return all(lowers[k] in lex.time_phrase or lowers[k][:1].isdigit() for k in range(1, head + 1))


def _phrase_facts(w: Words, idxs: list[int], head: int | None, lex: _Lexicon, quoted: bool,
                  quote_at: Callable[[int], tuple[int, int] | None]) -> tuple[bool, bool, bool, bool, bool]:
    """What the words of the source phrase `idxs` outside quotations hold, for `_classify`:
    (a name, a role, an organisation, a vague source, a pronoun)."""
    generic, not_names = lex.generic, lex.not_names
    has_name = has_role = has_org = has_weasel = has_pronoun = False
    texts, lowers, starts, _ = w
    # A name: a capitalised word that is not a listed non-name (`is_name_token`). The first word
    # of the sentence is capitalised anyway: it is a name only when it is not a common source
    # noun ("Officials said" is not a name) and it is the speaker (`_speaker_first`:
    # "Brafman said", "Kimmel doesn't believe"), or a capitalised name follows it ("Jane Smith
    # of the ministry said"); "Rents rose by 30% last year, says someone" names no one.
    for i in idxs:
        if quoted and quote_at(starts[i]) is not None:
            continue
        lw = lowers[i]
        if not has_name and texts[i][:1].isupper() and lw not in not_names and (
                i != 0 or lw not in generic and (_speaker_first(lowers, head) or is_name_token(texts, lowers, 0, not_names))):
            has_name = True
        elif i == 0 and not has_name and possessive_name_first(texts, lowers, head, lex):
            has_name = True  # (claims54) "Smith's ad says", "Labour's leaflet says": the owner is named
        if lw in generic:
            has_role = has_role or lw in lex.roles
            has_org = has_org or lw in lex.orgs
            has_weasel = has_weasel or lw in lex.weasels
            # (a possessive is a source only next to the head or the verb: "his brother added",
            # "according to his book", not "his to-do list on Tuesday before writing")
            has_pronoun = has_pronoun or lw in lex.pronouns and (
                lw not in lex.possessives or i == idxs[0] or head is not None and abs(head - i) == 1)
    return has_name, has_role, has_org, has_weasel, has_pronoun


class _Pick:
    """The strongest attribution offered so far for one sentence (named > document/link > role >
    pronoun > redacted > weasel). A source inside a weasel phrase of the sentence is not taken:
    in "according to the data" the weasel phrase decides, not its noun."""

    __slots__ = ("best", "rank", "weasel_spans", "starts", "ends")

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.best: Attribution | None = None
        # the rank of `best` (0: none yet): a candidate of a kind ranked no higher cannot take its
        # place, so `_offer_reporting_verb` does not build it
        self.rank = 0
        self.weasel_spans: list[tuple[int, int]] = []
        self.starts, self.ends = starts, ends

    def offer(self, candidate: Attribution) -> None:
        if self.weasel_spans and candidate.kind not in UNSOURCED_KINDS and candidate.kind != "link" and any(
            self.starts[a] < candidate.end and candidate.start < self.ends[b - 1] for a, b in self.weasel_spans
        ):
            return
        rank = _KIND_RANK[candidate.kind]
        if rank > self.rank:
            self.best, self.rank = candidate, rank


def sentence_attribution(doc: Document, sentence: Sentence, triggers: list[tuple[int, int]] | None = None,
                         links: bool = True, has_quote: bool | None = None) -> Attribution | None:
    """The strongest attribution in one sentence (named > document/link > role > pronoun >
    redacted > weasel), or None: a link, weasel phrases, document phrases and named documents,
    then the source of each verb of saying (`_offer_reporting_verb`).

    `triggers`: (position in the sentence, `_trigger` bits) of each of its words with non-zero
    bits, in order; `attributions` has them already, and they are worked out here otherwise.
    `links`: False when the sentence holds no link (`find_link` says so; no look for one here).
    `has_quote`: `sentence_has_quote(doc, sentence)`, when the caller knows it.
    """
    if triggers is None:
        triggers = [(i, bits) for i, bits in enumerate(map(_trigger, doc.lowers[sentence.first_token:sentence.last_token])) if bits]
    if has_quote is None:
        has_quote = sentence_has_quote(doc, sentence)
    return _attribute(doc, sentence, triggers, links, has_quote, _lex())


def _attribute(doc: Document, sentence: Sentence, triggers: list[tuple[int, int]], links: bool, has_quote: bool,
               lex: _Lexicon) -> Attribution | None:
    """`sentence_attribution`, every argument given (`find_attributions` calls this for each
    sentence holding a trigger word: no defaults to work out, no look-up of the word sets)."""
    lo, hi = sentence.first_token, sentence.last_token
    # (Words(...) without the NamedTuple keyword handling: half the time)
    w = _new_tuple(Words, (doc.token_texts[lo:hi], doc.lowers[lo:hi], doc.token_starts[lo:hi], doc.token_ends[lo:hi]))
    texts, lowers, starts, ends = w
    bits = 0
    for _, b in triggers:
        bits |= b
    pick = _Pick(starts, ends)

    m = find_link(sentence.text) if links else None
    if m:
        end = sentence.text.find(" ", m.start())
        end = len(sentence.text) if end < 0 else end
        pick.offer(Attribution("link", sentence.start + m.start(), sentence.start + end, "link to a source"))

    text = doc.text
    weasel_keys = [i for i, b in triggers if b & _T_WEASEL_KEY] if bits & _T_WEASEL_KEY else ()
    if weasel_keys and may_match(lowers, weasel_keys, lex.weasel_starts):
        pick.weasel_spans = [span for span in lex.weasel_phrases.match(lowers, weasel_keys)
                             if not seen_somewhere(lowers, span, lex) and not _inside_name(w, doc.text, span[0])
                             and not _named_agent_after(w, span[1], lex.not_names)
                             and not _released_after(doc, w, span, lex)]
        for a, b in pick.weasel_spans:
            what = "anonymous source" if lex.anonymous_marks.intersection(lowers[a:b]) else "weasel attribution"
            pick.offer(Attribution("weasel", starts[a], ends[b - 1], f"{what} \u201c{text[starts[a]:ends[b - 1]]}\u201d"))

    # no quotation touches the sentence: none of its words is quoted (no look-up per word)
    quote_at = doc.quote_at if has_quote else _never_quoted
    if bits & (_T_DOCUMENT_KEY | _T_DOCUMENT):
        named_documents = _offer_documents(doc, sentence, w, triggers, bits, lex, quote_at, pick)
    else:
        named_documents = ()
    if bits & _T_REPORTING:
        for i, b in triggers:
            if not b & _T_REPORTING:
                continue
            if pick.rank == _KIND_RANK["named"]:
                break  # the strongest kind: no later candidate can take its place (`_Pick.offer`)
            if i not in named_documents and (quote_at is _never_quoted or quote_at(starts[i]) is None):
                _offer_reporting_verb(doc, w, i, lex, quote_at, pick)
    if bits & _T_FORECAST and pick.rank < _KIND_RANK["named"]:
        _offer_forecasts(doc, w, triggers, lex, quote_at, pick)  # "Pollcast gives the mayor a 61 percent chance"
    best = pick.best
    if best is not None and pick.weasel_spans and (best.kind in ("role", "pronoun") or _told_whom(best)):
        best = _anonymous(doc, w, pick, lex) or best
    # (only a named or role source can be a redacted one: the call is spared for the others)
    return _redacted(sentence, best) if best is not None and best.kind in _REDACTABLE else best


def _offer_forecasts(doc: Document, w: Words, triggers: list[tuple[int, int]], lex: _Lexicon,
                     quote_at: Callable[[int], tuple[int, int] | None], pick: _Pick) -> None:
    """(sources13) Offer the subject of each verb of [forecaster_verb_words] that gives a figure
    (`forecast_sources.gives_a_figure`: "Pollcast gives the mayor a 61 percent chance", "the
    Fiscal Office puts the cost at 4 billion pounds") as the figure's source, read before the verb
    as for a verb of saying; only a named or an institutional one (a vague one, a pronoun, none:
    no source, as before)."""
    lowers, starts = w.lowers, w.starts
    for i, b in triggers:
        if not b & _T_FORECAST or i == 0 or not w.texts[i].islower() or not gives_a_figure(lowers, i) \
                or quote_at(starts[i]) is not None:
            continue
        if is_passive_figure(lowers, i):  # "was given a 73 percent chance by PredictWise": the agent (sources14)
            idxs = source_after(doc, w, by) if (by := passive_agent(lowers, i)) >= 0 else []
            found = _classify(w, idxs, idxs[-1] if idxs else None, lex, quote_at)
            if found is not None and found[0] in ("named", "role") and _KIND_RANK[found[0]] > pick.rank:
                _offer_span(doc, pick, found, starts[i], w.ends[idxs[-1]], quote_at)
            continue
        idxs = source_before(doc, w, i, lex.clause_openers, lex.conjunctions)
        found = _classify(w, idxs, idxs[0] if idxs else None, lex, quote_at)
        if found is not None and found[0] in ("named", "role") and _KIND_RANK[found[0]] > pick.rank:
            _offer_span(doc, pick, found, starts[idxs[-1]], w.ends[i], quote_at)


# Words that join the capitalised words of a name ("Office for National Statistics").
_NAME_JOINERS = frozenset(("of", "for", "and", "&"))
# Past participles without "-ed" that may follow a document word ("documents seen by").
_IRREGULAR_PARTICIPLES = frozenset("seen given shown written drawn taken made put sent brought".split())


def _inside_name(w: Words, text: str, a: int) -> bool:
    """Does the weasel phrase starting at word `a` start inside a name: capitalised, after a
    capitalised word that is not the sentence's first (or a joiner after one), with only spaces
    between ("the Office for National Statistics show": not "statistics show"; "A: Experts say"
    is a label and a weasel phrase)? (sources15)"""
    texts, lowers, starts, ends = w
    if a < 2 or not texts[a][:1].isupper():
        return False
    b = a - 2 if lowers[a - 1] in _NAME_JOINERS else a - 1
    return b > 0 and texts[b][:1].isupper() and texts[b].isalpha() and _NAME_JOINERS.issuperset(text[ends[b]:starts[a]].split())


def _named_agent_after(w: Words, b: int, not_names: frozenset[str]) -> bool:
    """(sources21) Does "by" and a name follow the weasel phrase ending before word `b` ("It was
    said by Ann Lee that", "It has been claimed by Councillor Tom Reed", "It was reported by the
    Harbour Gazette")? The passive names its agent: the verb's source after "by" decides, not the
    phrase ("it was said by some" stays vague)."""
    texts, lowers = w.texts, w.lowers
    if b + 1 >= len(lowers) or lowers[b] != "by":
        return False
    k = b + 2 if lowers[b + 1] == "the" and b + 2 < len(lowers) else b + 1
    return texts[k][:1].isupper() and lowers[k] not in not_names


# (sources22) "It was claimed by X that ...": "It", a form of "be" (and "been"), the participle.
_IT_BE = (("it", "was"), ("it", "is"), ("it", "has", "been"), ("it", "had", "been"), ("it", "have", "been"))
# How far after "by" the "that" of the claim may stand ("by Councillor Tom Reed that": four words).
_THAT_REACH = 8


def _it_claimed_that(lowers: list[str], i: int) -> bool:
    """(sources22) Is the participle at `i` ("claimed", "written") in "It was claimed by X that
    ...": the expletive "it" before it and "that" after its agent, so "by" names who said it, not
    an owner ("islands claimed by Japan", "It was claimed by Spain in 1520" stay owners)?"""
    if not any(i >= len(p) and tuple(lowers[i - len(p) : i]) == p for p in _IT_BE):
        return False
    return "that" in lowers[i + 2 : i + 2 + _THAT_REACH]


def participle_document(w: Words, idxs: list[int], lex: _Lexicon) -> int | None:
    """The document word of a source phrase `idxs` (descending) that a participle qualifies
    ("Official figures released on Monday", "statistics published this week", "documents seen
    by the BBC"), or None: the document is the source, not the role word before it. (sources15)"""
    lowers = w.lowers
    for k in idxs[1:]:
        lw = lowers[k]
        if (lw in lex.documents or lw in lex.plural_documents) and k + 1 in idxs:
            after = lowers[k + 1]
            if after.endswith("ed") or after in _IRREGULAR_PARTICIPLES:
                return k
    return None


def _told_whom(attr: Attribution) -> bool:
    """(byline18) Is the named source the one a speaker told ("told the Sunday Clarion")? In a
    sentence whose speaker asked not to be named ("One neighbour, who asked not to be named, told
    the Sunday Clarion: ..."), the outlet told is not the source: the unnamed speaker is."""
    return attr.kind == "named" and attr.detail.startswith("\u201ctold ")


def _anonymous(doc: Document, w: Words, pick: _Pick, lex: _Lexicon) -> Attribution | None:
    """A weasel attribution for the sentence's anonymity phrase ("speaking on condition of
    anonymity", [anonymity_words]), which makes its source by role or pronoun an unnamed one;
    None where it has none."""
    lowers, starts, ends = w.lowers, w.starts, w.ends
    for a, b in pick.weasel_spans:
        if lowers[b - 1] in lex.anonymity:
            return Attribution("weasel", starts[a], ends[b - 1],
                               f"anonymous source \u201c{doc.text[starts[a]:ends[b - 1]]}\u201d")
    return None


_REDACTABLE = frozenset({"named", "role"})


# (credit16) The endings of a possessive before a noun of saying ("Kayla's post", "the fans' reply").
_POSSESSIVE_ENDS = ("'s", "\u2019s", "s'", "s\u2019")
# (credit16) A row of buttons or links: short capitalised words between "|" or "\u00b7" ("Like | Reply
# | Report", "Share \u00b7 Report"), nothing else on the line.
_BUTTON_ROW_RE = re.compile(r"\s*[A-Z][\w ]{0,15}(?:[ \t]*[|\u00b7\u2022][ \t]*[A-Z][\w ]{0,15})+\s*$")


def _lower_compound(word: str) -> bool:
    """(sources20) Is `word` a compound whose part after a hyphen is in lower case ("Follow-up",
    "Year-end", "Long-term")? Capitalised only as a sentence's or a label's first word, it is an
    adjective, not a name ("Follow-up data were available": no named document); a name keeps its
    capitals after the hyphen ("Rolls-Royce report")."""
    return "-" in word and word.rsplit("-", 1)[1][:1].islower()


# (sources21) The most words before a named document's last capitalised word its name may hold
# ("Office for National Statistics report": 3): a run of names in a list is no one document's name.
_NAME_MAX_WORDS = 4
# (sources21) How far before "published" a word naming a work is looked for (`_publishes_a_work`).
_WORK_REACH = 8


def _publishes_a_work(lowers: list[str], a: int, lex: _Lexicon) -> bool:
    """(sources21) Does "published" at `a` credit a work's publisher: after "is" or "are" (a
    standing credit: "The Quiet Rooms by Anna Kell is published by Harrow Press", no document word
    before it), or with a word
    naming a work ([work_words]: book, memoir, album) in the words before it ("His new book was
    published by Larch House")? A book's publisher is no document the text reads from; "a report
    published by the Audit Office" still is."""
    before = lowers[max(0, a - _WORK_REACH):a]
    if any(lw in lex.works for lw in before):
        return True
    # ("The figures are published by the ONS every month": a document's standing credit still counts)
    return a > 0 and lowers[a - 1] in ("is", "are") and not any(lw in lex.documents or lw in lex.plural_documents for lw in before)


def _name_start(w: Words, text: str, k: int, not_names: frozenset[str]) -> int:
    """(sources21) The first word of the name whose last word is at `k`: back over capitalised
    words (not listed non-names) and joiners before one ("Labour Force Survey", "Office for
    National Statistics report"), a single space between each; `k` itself where the run is longer
    than _NAME_MAX_WORDS (a list of names, no one document's)."""
    texts, lowers, starts, ends = w
    first = k
    while first > 0 and text[ends[first - 1]:starts[first]] == " ":
        j = first - 1
        if lowers[j] in _NAME_JOINERS and j > 0 and text[ends[j - 1]:starts[j]] == " ":
            j -= 1
        if not texts[j][:1].isupper() or lowers[j] in not_names or not texts[j].replace("-", "").isalpha():
            break
        first = j
        if k - first >= _NAME_MAX_WORDS:
            return k
    return first


def _offer_documents(doc: Document, sentence: Sentence, w: Words, triggers: list[tuple[int, int]], bits: int,
                     lex: _Lexicon, quote_at: Callable[[int], tuple[int, int] | None], pick: _Pick) -> set[int]:
    """Offer the document phrases of the sentence ("a report published by") and its named
    documents ("an Audit Office report"); the positions of the document words of the latter
    (nouns there, not verbs of saying). (credit16) In a sentence written in Title Case (a
    headline "Council Approves Budget", "An Honest Review", a button row "Like | Reply | Report":
    names.is_title_case) the capital before the noun says nothing: no named document there."""
    texts, lowers, starts, ends = w
    not_names, text = lex.not_names, doc.text
    keys = [i for i, b in triggers if b & _T_DOCUMENT_KEY] if bits & _T_DOCUMENT_KEY else ()
    if keys and may_match(lowers, keys, lex.document_starts):
        # a document phrase counts when something in the sentence names whose document it is
        spans = lex.document_phrases.match(lowers, keys)
        if spans and _holds_name(texts, lowers, not_names):
            for a, b in spans:
                if lowers[a] == "published" and _publishes_a_work(lowers, a, lex):
                    continue  # "The Quiet Rooms is published by Harrow Press": a book's publisher (sources21)
                pick.offer(Attribution("document", starts[a], ends[b - 1], f"document reference \u201c{text[starts[a]:ends[b - 1]]}\u201d"))
    named_documents: set[int] = set()
    for i in [i for i, b in triggers if b & _T_DOCUMENT] if bits & _T_DOCUMENT else ():
        if i > 0 and is_name_token(texts, lowers, i - 1, not_names) and lowers[i - 1] not in lex.formats \
                and not _lower_compound(texts[i - 1]) \
                and quote_at(starts[i]) is None and not not_a_document(w, i, not_names) and not bare_release(lowers, i) \
                and not doc.analysis.is_title_case(sentence.index) and not _BUTTON_ROW_RE.match(sentence.text):
            named_documents.add(i)  # "an Audit Office report": the noun, not the verb "report"
            a = _name_start(w, text, i - 1, not_names)  # (sources21) "Labour Force Survey", not "Force Survey"
            pick.offer(Attribution("document", starts[a], ends[i], f"named document \u201c{text[starts[a]:ends[i]]}\u201d"))
        elif quote_at(starts[i]) is None and (k := named_publication(w, i, text, not_names)) is not None:
            named_documents.add(i)  # "a paper in Nature", "a report by the World Bank" (publications.py)
            pick.offer(Attribution("document", starts[i], ends[k], f"named publication \u201c{text[starts[i]:ends[k]]}\u201d"))
        elif pick.rank < _KIND_RANK["document"] and quote_at(starts[i]) is None:
            span = document_shows(w, i, lex.documents_after, lex.document_participles, text)
            if span is not None:  # "the report explores data showing": the report speaks for its authors
                pick.offer(Attribution("document", starts[span[0]], ends[span[1]],
                                       f"document \u201c{text[starts[span[0]]:ends[span[1]]]}\u201d"))
    return named_documents


def _redacted(sentence: Sentence, best: Attribution | None) -> Attribution | None:
    """`best`, or a "redacted" attribution where the sentence names its source and hides the
    name behind marks ("Kishida** said")."""
    text = sentence.text
    if best is not None and best.kind in ("named", "role") and ("**" in text or "[" in text or "\u2588" in text) \
            and _REDACTION_RE.search(text):
        m = _REDACTION_RE.search(text)
        best = Attribution("redacted", sentence.start + m.start(), sentence.start + m.end(), "source name redacted (\u201c**\u201d)")
    return best


# (prov24) Words before a recording document that make it no record: a number or a quantifier
# ("45 minutes", "several minutes" are time).
_COUNTED = frozenset("a an one two three four five six seven eight nine ten few several many some more than over "
                     "about nearly almost".split())


# (prov24) What a document records or lists opens with: "that", a determiner, a pronoun, a number (or
# a name, a figure: read by the caller); a noun after "records" makes it a noun ("public records lawsuit").
_RECORDED_OPENERS = frozenset("that the a an his her their its him them her how what who when where which only just "
                              "no every all each some more fewer at least about nearly almost over under one two three "
                              "four five six seven eight nine ten dozens hundreds thousands".split())


def _count(word: str) -> bool:
    """A number that counts ("45", "1,200"), not a year ("1911")."""
    return word[:1].isdigit() and not (len(word) == 4 and word.isdigit())


def _recording_subject(doc: Document, w: Words, i: int, lex: _Lexicon) -> int | None:
    """(prov24) The first word of a recording document's noun phrase ([recording_document_words]:
    "the parish burial register", "the minutes of the town council") that is the subject of the verb
    at `i`, or None. The document word is written in lower case (not the name "Des Moines Register")
    and no number or quantifier stands before it ("45 minutes", "several minutes")."""
    subject = document_subject(doc, w, i, lex.recording_documents)
    if subject is None:
        return None
    texts, lowers = w.texts, w.lowers
    head = next((k for k in range(subject, i) if lowers[k] in lex.recording_documents), None)
    if head is None or not texts[head].islower() or head > 0 and (lowers[head - 1] in _COUNTED or _count(lowers[head - 1])):
        return None
    return subject


def _offer_record_verb(doc: Document, w: Words, i: int, lex: _Lexicon,
                       quote_at: Callable[[int], tuple[int, int] | None], pick: _Pick) -> None:
    """(prov24) Offer the document that records or lists at word `i` ("The minutes of the town
    council record that ...", "The 1911 census lists 212 people"): a document word as the verb's
    subject (`document_subject`), named or definite; an unnamed one ("a register lists") is a vague
    source, as "a study found" is. Nothing for any other subject ("The band will record")."""
    texts, lowers, starts, ends = w
    if i == 0 or not texts[i][:1].islower() or lowers[i - 1] in DETERMINERS:
        return  # "the record", "a list": a noun
    if i + 1 >= len(lowers) or not (lowers[i + 1] in _RECORDED_OPENERS or lowers[i + 1][:1].isdigit()
                                    or texts[i + 1][:1].isupper()):
        return  # "a public records lawsuit", "the records request": a noun before a noun
    subject = _recording_subject(doc, w, i, lex)
    if subject is None:
        return  # ("the report lists", "booking logs ... list", "17 minutes ... to list": left to the other rules)
    span = (starts[subject], ends[i])
    head = next((k for k in range(subject, i) if lowers[k] in lex.recording_documents), subject)
    if unnamed_document(w, head, i, doc.text, lex.not_names):
        pick.offer(Attribution("weasel", span[0], span[1], f"unnamed document \u201c{doc.text[span[0]:span[1]]}\u201d",
                               quote_at is not _never_quoted, False, True))
        return
    pick.offer(Attribution("document", span[0], span[1], f"document \u201c{doc.text[span[0]:span[1]]}\u201d",
                           quote_at is not _never_quoted, False, True))


def _released_after(doc: Document, w: Words, span: tuple[int, int], lex: _Lexicon) -> bool:
    """(prov24) Is the weasel phrase `span` "according to" and documents that a body put out
    ("according to data the trust gave the Echo": `_released_by`)? The body is the source then,
    not the bare "according to data"."""
    a = span[0]
    if w.lowers[a] != "according" or a + 1 >= len(w.lowers):
        return False
    return bool(_released_by(w, source_after(doc, w, a + 1), lex))


def _released_by(w: Words, idxs: list[int], lex: _Lexicon) -> list[int]:
    """(prov24) After "according to": the body of a phrase `idxs` (ascending) that names documents
    and the body that put them out ("figures the force released", "data the trust gave", "records
    Harbour Police published": [released_document_words], the body, a word of
    [released_participle_words] ending the phrase), by index; [] for any other phrase. The body
    opens with "the", "its", "their" or a capital ("figures the campaign released" is the
    campaign's; "figures they released" names no one)."""
    lowers, texts = w.lowers, w.texts
    if len(idxs) < 3 or lex.released_participles.isdisjoint(lowers[k] for k in idxs):
        return []
    for n, k in enumerate(idxs[:-2]):
        if lowers[k] in lex.released_documents:
            for m in range(n + 2, len(idxs)):
                if lowers[idxs[m]] in lex.released_participles:
                    body = idxs[n + 1 : m]
                    first = body[0]
                    if lowers[first] in ("the", "its", "their") or texts[first][:1].isupper():
                        return body
                    return []
            return []
    return []


def _cited_document(lowers: list[str], idxs: list[int], lex: _Lexicon) -> bool:
    """After "according to": is the phrase `idxs` (ascending) a definite document, one the text
    has named ("the notice", "the minutes of that meeting", "the council's letter")? The document
    word stands after "the", "this", "that" or an owner, and ends the phrase or has "of" after
    it. "According to the report" stays vague: it is a listed weasel phrase, read first.
    (claims15)"""
    for n, k in enumerate(idxs):
        if lowers[k] in lex.cited_documents and k > 0 and (
                lowers[k - 1] in _CITING or lowers[k - 1].endswith(("'s", "\u2019s"))):
            return n == len(idxs) - 1 or lowers[idxs[n + 1]] == "of"
    return False


def _definite_body(w: Words, idxs: list[int], lex: _Lexicon) -> list[int]:
    """After "according to": the words of the phrase `idxs` (ascending) up to its first
    preposition when they are a definite noun phrase the reader can go to, one that no other
    rule reads ("the weather station" of "the weather station at the park", "the fire brigade",
    "the shop's owner"); else []. The phrase opens with "the", "this", "that" or an owner ("its",
    "the council's"), holds lower-case words only, and ends in a noun that is not a vague
    source. (A story told with no teller, attribution.txt [unsourced_account_words]: "according
    to the legend", "the rumour", is such a phrase too: the caller makes it a vague source.) A
    weasel phrase over it ("according to the data") is read first and keeps it vague. (claims17)"""
    texts, lowers = w.texts, w.lowers
    if not (lowers[idxs[0]] in _CITING or lowers[idxs[0]].endswith(("'s", "\u2019s"))):
        return []
    body = []
    for k in idxs:
        if lowers[k] in lex.prepositions:
            break
        if not (texts[k].isalpha() and texts[k].islower() or lowers[k].endswith(("'s", "\u2019s"))):
            return []
        body.append(k)
    last = lowers[body[-1]]
    if len(body) < 2 or last in _CITING or last in lex.weasels:
        return []
    return body


# Verbs of saying a document takes as its subject across a clause between commas (claims15)
_CLAUSE_SAYING = frozenset(("says", "said", "states", "stated", "notes", "noted", "warns", "warned"))
_CITING = frozenset(("the", "this", "that", "its", "their", "his", "her"))


def _offer_reporting_verb(doc: Document, w: Words, i: int, lex: _Lexicon,
                          quote_at: Callable[[int], tuple[int, int] | None], pick: _Pick) -> None:
    """Offer the source of the verb of saying at word `i` ("Smith said", "said Smith",
    "according to the ministry", "the survey found"; "it was reported" is a weasel), if any.
    (One rule after another, each ending the look; read top to bottom.) `quote_at`: as for
    `_classify`; the sentence holds a quotation when it is not `_never_quoted`.
    A source whose kind ranks no higher than the best so far (`pick.rank`) is not built into a
    candidate: `_Pick.offer` would keep the best anyway."""
    texts, lowers, starts, ends = w
    lw = lowers[i]
    if lw == "according":
        if i + 1 < len(lowers) and lowers[i + 1] == "to":
            idxs = source_after(doc, w, i + 1)
            found = _classify(w, idxs, idxs[-1] if idxs else None, lex, quote_at)
            if idxs and (found is None or found[0] == "weasel") and (body := _released_by(w, idxs, lex)):
                # (prov24) "according to figures the force released to the Gazette": the force's
                found = _classify(w, body, body[-1], lex, quote_at)
                if found is None and lowers[body[0]] != "their" and all(texts[k].isalpha() and texts[k].islower() for k in body) \
                        and len(body) > 1 and lowers[body[-1]] not in lex.weasels:
                    found = ("role", False)  # "the force", "the trust": a definite body the reader can go to
                found = found if found is not None and found[0] in ("named", "role") else None
                if found is not None:
                    idxs = idxs[: idxs.index(body[-1]) + 2]  # (to the participle: "figures the force released")
            if idxs and (found is None or found[0] == "weasel") and (k := published_by_name(w, idxs, lex.not_names)):
                found, idxs = ("document", False), idxs + [k]  # "according to results published in The Lancet"
            elif found is None and idxs and _cited_document(lowers, idxs, lex):
                found = ("document", False)  # "according to the notice", "the minutes of that meeting" (claims15)
            elif found is None and idxs and (body := _definite_body(w, idxs, lex)):
                # "according to the weather station", "the fire brigade"; "the legend" is vague (claims17)
                found, idxs = ("weasel" if lowers[body[-1]] in lex.unsourced_accounts else "role", False), body
            if found and _KIND_RANK[found[0]] > pick.rank:
                _offer_span(doc, pick, found, starts[i], ends[idxs[-1]], quote_at)  # (idxs ascend)
        return
    if lw in lex.passive_reactions and not (i + 1 < len(lowers) and lowers[i + 1] == "by" and is_passive(lowers, i)
                                            and not lex.reaction_subjects.isdisjoint(lowers[max(0, i - REACTION_SUBJECT_REACH):i])):
        # (claims41) "The hotel welcomed 400 guests", "One of them was welcomed by the archbishop": no report;
        # "The plan ... was welcomed by council leaders" is one
        return
    if lw in lex.saying_phrases:
        _offer_saying_phrase(doc, w, i, lex, quote_at, pick)  # "made it clear that"
        return
    if lw in lex.record_verbs and lw not in lex.reporting:
        _offer_record_verb(doc, w, i, lex, quote_at, pick)  # (prov24) "the 1911 census lists"
        return
    if not texts[i][:1].islower() and i > 0:
        return  # "United States", "Says Who": a capitalised word mid-sentence is a name
    if lw in lex.plural_documents and (i + 1 < len(lowers) and lowers[i + 1] in lex.finding or i == 1 and may_qualify(lowers[0])):
        # "Official figures show", "Official figures released on Monday": a noun, no verb ("Bloomberg
        # estimates", "he figures" report) (claims10)
        return
    sense_bits = _SENSES[lw]  # (which of the rules below can fire for this word: `_sense_bits`)
    if sense_bits & _S_ISSUING:
        if issues_without_agent(lowers, i):
            return  # "Yellow warning for wind issued": no source, no weasel (acts.py)
        found, idxs = _source_after_verb(doc, w, i, True, None, [], lex, quote_at)  # "Issued by the Met Office"
        if found is not None and _KIND_RANK[found[0]] > pick.rank:
            _offer_span(doc, pick, found, starts[i], ends[idxs[-1]], quote_at)
        return
    # (sources9: these two look back over the words before the verb, not across a clause's end:
    # "..., by May, said the minister" inverts; `after_clause` is asked last, having no effects)
    if i > 0 and (lowers[i - 1] in DETERMINERS or lowers[i - 1][:1].isdigit()
                  or _NOUN_MARKING[lowers[i - 1]] and not_a_verb(lowers, i, lex)) and not after_clause(doc.text, w, i):
        return  # "the claims", "his remarks", "30 reports", "at one point": a noun, not a verb of saying
    if i > 3 and (d := documents_seen_by(doc.text, w, i, lex.documents, lex.not_names)) is not None:
        # "Documents seen by The Herald show" (no noun "Herald show"), "Emails obtained by the paper reveal": the outlet's
        # own document reporting, a document source (attrib16)
        if _KIND_RANK["document"] > pick.rank:
            _offer_span(doc, pick, ("document", False), starts[d], ends[i], quote_at)
        return
    if lw in lex.noun_forms and noun_after_article(lowers, i, lex.noun_forms, lex.generic):
        return  # "at the near post", "in a recent report": a noun (sources10)
    if lw in lex.noun_forms and listed_noun(w, i, lex.noun_forms, lex.pronouns):
        return  # "Added ARKit explanation and tweet.": the last noun of a list (sources50)
    if made_noun(lowers, i, lex.noun_forms):
        return  # "making similar claims elsewhere": the object of "make", a noun (sources50)
    if i > 0 and (gerund_after_opener(w, i) or label_noun(w, i, lex.noun_forms, lex.generic)
                  or noun_after_modifiers(w, i, lex.noun_forms, lex.generic, lex.prepositions)):
        return  # "Avoid adding", "Match report and ratings", "the same scripted answer", "with baseless reports" (sources20)
    if lw in lex.noun_forms and i > 0 and lowers[i - 1].endswith(_POSSESSIVE_ENDS):
        return  # "Kayla's post", "the mayor’s reply": a noun after a possessive, not a verb of saying (credit16)
    if i + 1 == len(lowers) and i <= 2 and noun_fragment(w, i, lex.noun_forms, lex.pronouns):
        return  # "Absolute joke.", "Fair point.": a noun ending a sentence of no verb (attrib16)
    if lw in NOUN_BY_NEIGHBOURS and noun_by_neighbours(w, i, lex.generic, lex.not_names):
        return  # "victories in smaller states", "Global state makes": a noun (sources14)
    if lw in FIND_WORDS and finds_money(doc.text, w, i):
        return  # "it found \u00a32.1 million for road repairs": money found, no finding (claims15)
    if lw in COUNT_AGAIN_WORDS and counts_again(lowers, i):
        return  # "she will recount the votes": a count again (sources13)
    if lw in lex.posts and i + 1 < len(lowers) and lowers[i + 1] in lex.reporting:
        return  # "a Facebook post says": a noun, the next verb's subject (groups.post_source)
    if i > 0 and not lex.modals.isdisjoint(lowers[max(0, i - MODAL_REACH):i]) and modal_before(lowers, i, lex.modals) \
            and not after_clause(doc.text, w, i):
        return  # "they should explain", "he ought to say": a demand, not a report of saying
    if i > 0 and lw in lex.negatable and _negation_near(lowers, i) and negated(lowers, i, lex.negations) \
            or lw in lex.asking and asks_for_comment(lowers, i, lex) \
            or i + 1 < len(lowers) and lowers[i + 1] in UNSAID_WORDS and says_no_words(lowers, i):
        return  # "never told us", "did not say", "was asked for comment", "say nothing", "said little": nothing was said
    if i > 1 and (lowers[i - 1] in _RELATIVE_GAP or lw in _ORDER_VERBS) and group_relative_act(lowers, i, lex):
        return  # (web28) "the Republicans who promised to bring the jobs back": what the group is, no source
    if lw in RHETORIC_WORDS and reports_no_words(doc.text, w, i):
        return  # "agreed to pay", "Frequently asked questions", "told them where they can put it": no words (sources21)
    if i > 0 and sense_bits & _S_OTHER and _other_sense(doc.text, w, i, lex, sense_bits):
        return  # "the answer is", "pain points", "a tool called", "phone calls", "in posts", "wrote the script": no report
    passive = is_passive(lowers, i)
    if passive and (lw in lex.agent_passive and i + 1 < len(lowers) and lowers[i + 1] == "by" and not _it_claimed_that(lowers, i)
                    or talks_of_statement(lowers, i, lex) or lw in lex.answered):
        return  # an author or owner ("written by the ferry company"), a statement spoken of ("whatever is promised"),
        # a request answered ("neither request was answered")
    if passive:
        # "were reported", "is believed": a source only when "by" names the agent
        idxs: list[int] = []
        found = None
        subject = False
    else:
        idxs = source_before(doc, w, i, lex.clause_openers, lex.conjunctions)  # (descending: the word before the verb first)
        found = _classify(w, idxs, idxs[0] if idxs else None, lex, quote_at)
        # a vague source or a pronoun read right before the verb is its subject: no source
        # inverted after it ("Officials said the military was ...", "He said the military would
        # ...", "I said the government ...": not "said the military"; sources9 for pronouns)
        subject = found is not None and found[0] in _SPEAKERS and subject_before(doc.text, w, idxs, i)
        if found is not None and found[0] == "pronoun" and (
                first_person_before(lowers, i) or lowers[idxs[0]] in lex.first_person):
            found = None  # "I believe", "we firmly think", "I\u2019ll admit": the author speaks, no source
        elif found is not None and found[0] in ("named", "role") and doc.analysis.holds_any(lex.works) \
                and names_a_work(doc, w, idxs, lex.not_names, doc.text):
            found = None  # "The Lantern Keeper is the kind of film that asks": a work, not a person
        elif found is not None and found[0] != "named" and spoken_of(lowers, idxs, lex.free_relatives):
            return  # "five times what the official figures admit": a statement spoken of, no source (claims10)
        elif found is not None and concedes_statement(lowers, idxs, lex):
            return  # "whatever the leaflets claim", "no matter what the minister says": set aside, no source
        elif found is not None and found[0] == "named" and (d := document_at_place(w, idxs, lex.not_names)) is not None:
            # "a study in Texas found": a place names no publication (publications.py)
            found = ("weasel", False) if unnamed_document(w, d, i, doc.text, lex.not_names) else ("document", False)
        elif found is not None and found[0] == "named" and lw in lex.finding and (
                things_that_show(lowers, texts, idxs, i, lex.finding) or noun_before_finding(lowers, i, lex.finding)):
            found = None  # "Satellites have shown", "Archaeological finds show": no one speaks (sources21)
        elif found is not None and found[0] == "role" and (d := participle_document(w, idxs, lex)) is not None:
            # "Official figures released on Monday show": the figures speak, whose? (sources15)
            found = ("weasel", False) if unnamed_document(w, d, i, doc.text, lex.not_names) else ("document", False)
    if not passive and (found is None or found[0] != "named") and idxs \
            and (name := appositive_name(doc.text, w, idxs, i, lex.not_names, lex.generic)) \
            and not (doc.analysis.holds_any(lex.works) and names_a_work(doc, w, idxs, lex.not_names, doc.text)):
        # "Marta Lindqvist, a retired ferry pilot, said" (sources15); "The King's Fund, a think tank,
        # said", "Oxfam, the charity, said" (claims40); not a work's title before an apposition
        # that says it is a work ("The Night Gardener, the new thriller, says")
        found, idxs = ("named", True), idxs + name
    if (found is None or found[0] in ("weasel", "pronoun")) and i + 1 < len(lowers) and (
            lowers[i + 1] == "by" if passive else _inverts(doc.text, w, i) and lowers[i + 1] not in _COMPLEMENT
            and not subject):
        # (what `_source_after_verb` asks first: the call is spared for most verbs)
        before = found, idxs
        found, idxs = _source_after_verb(doc, w, i, passive, found, idxs, lex, quote_at)
        if not passive:  # (claims41: the agent after "by" is no reported clause's subject: "was criticised by residents but welcomed by ...")
            found, idxs = speaker_before_clause(doc.text, w, i, (found, idxs), before)  # "the man said the police had ..."
    if found is None and not passive and (lw in lex.finding or lw in _CLAUSE_SAYING and i > 0 and "," in doc.text[ends[i - 1]:starts[i]]) \
            and not (idxs and lowers[idxs[0]] in lex.pronouns):
        # ("says" after a clause between commas: "The budget document, published last week, says";
        # claims15)
        # (a pronoun right before the verb is its subject: "data scientists, I find" has none)
        subject = document_subject(doc, w, i, lex.documents)
        if subject is None and lw in lex.finding:
            subject = _recording_subject(doc, w, i, lex)  # (prov24) "the parish burial register shows"
        if subject is not None:
            span = (starts[subject], ends[i])
            head = next((k for k in range(subject, i) if lowers[k] in lex.documents or lowers[k] in lex.recording_documents), subject)
            if unnamed_document(w, head, i, doc.text, lex.not_names):  # "a study found": which study? (publications.py)
                pick.offer(Attribution("weasel", span[0], span[1], f"unnamed document \u201c{doc.text[span[0]:span[1]]}\u201d",
                                       quote_at is not _never_quoted, False, True))
                return
            pick.offer(Attribution("document", span[0], span[1], f"document \u201c{doc.text[span[0]:span[1]]}\u201d",
                                   quote_at is not _never_quoted, False, True))
            return
    if found is None and not passive and (r := relative_clause_start(doc.text, w, i)) is not None:
        # "Councillor Dean Morris, who voted against, said": the source before the clause (cues23)
        before_clause = source_before(doc, w, r, lex.clause_openers, lex.conjunctions)
        named = _classify(w, before_clause, before_clause[0] if before_clause else None, lex, quote_at)
        if named is not None and named[0] in ("named", "role"):
            found, idxs = named, before_clause
    if found is None and not passive and time_only(doc.text, w, idxs, i):
        found, idxs = ("pronoun", False), [i]  # "Glenn Beck, who ..., on Friday declared": named before (sources14)
    if found is None and passive:
        span = (starts[max(0, i - 2)], ends[i])
        pick.offer(Attribution("weasel", span[0], span[1], f"{PASSIVE_DETAIL} \u201c{doc.text[span[0]:span[1]]}\u201d"))
        return
    if found is not None and found[0] == "document" and idxs[0] < i and unnamed_document(w, idxs[0], i, doc.text, lex.not_names):
        found = ("weasel", False)  # "a new study found": which study? (publications.py)
    if found is None or _KIND_RANK[found[0]] <= pick.rank:
        return
    # the span from the first to the last word of source and verb: the source before the verb
    # (its words descending) or after it (ascending)
    if idxs[0] < i:
        _offer_span(doc, pick, found, starts[idxs[-1]], ends[i], quote_at)
    else:
        _offer_span(doc, pick, found, starts[i], ends[idxs[-1]], quote_at)


# Which of the rules that read a verb of saying as no report can fire for a word at all, as bits
# (`_sense_bits`, one per distinct word: `_SENSES`). Each of those rules starts with a test of the
# word alone, and most verbs ("said", "told", "says") pass none: `_offer_reporting_verb` then
# makes none of their five calls. The rules themselves are unchanged; a bit only says that a rule
# must be asked (tests/test_cues_senses.py holds the two ways to the same answers).
_S_ISSUING, _S_NOTHING, _S_NAMING, _S_PREPOSITION, _S_ACT, _S_SENSE = 1, 2, 4, 8, 16, 32
_S_OTHER = _S_NOTHING | _S_NAMING | _S_PREPOSITION | _S_ACT | _S_SENSE


def _sense_bits(lw: str) -> int:
    """The word tests `is_issuing`, `reports_nothing`, `names_a_thing`, `after_preposition`,
    `does_an_act` and `senses.not_a_report` start with, as bits: a rule whose bit is 0 says no
    for this word wherever it stands."""
    lex = _lex()
    noun = lex.noun_forms
    nothing = (lw in noun or lw in lex.noun_of or lw in lex.particle_reporting or lw in lex.wishes
               or lw in lex.object_reporting or lw in lex.demands)
    preposition = lw in noun or lw in lex.noun_of or lw[-1:] == "s" and lw[:-1] in noun \
        or lw.endswith("ed") and lw not in _INVERTING
    return (_S_ISSUING * is_issuing(lw) | _S_NOTHING * nothing | _S_NAMING * (lw in lex.naming)
            | _S_PREPOSITION * preposition | _S_ACT * (lw in lex.acts) | _S_SENSE * may_not_report(lw))


_SENSES = WordTable(_sense_bits)


def _other_sense(text: str, w: Words, i: int, lex: _Lexicon, bits: int) -> bool:
    """`reports_nothing(...) or names_a_thing(...) or after_preposition(...) or does_an_act(...)
    or not_a_report(...)` for the reporting word at `i` (i > 0), asking only the rules whose bit
    of `bits` (`_sense_bits`) is set: the others say no for this word."""
    lowers = w.lowers
    return bool(bits & _S_NOTHING and reports_nothing(lowers, i, lex) or bits & _S_NAMING and names_a_thing(lowers, i, lex)
                or bits & _S_PREPOSITION and after_preposition(text, w, i, lex) or bits & _S_ACT and does_an_act(text, w, i, lex)
                or bits & _S_SENSE and not_a_report(w, i, text))


def _negating(lw: str) -> bool:
    return negating(lw, _lex().negations)


_NEGATING = WordTable(_negating)  # `source_window.negating` per word


def _negation_near(lowers: list[str], i: int) -> bool:
    """Does a word of negation (`source_window.negating`) stand in the NEGATION_REACH words before
    the verb at `i`? `negated` can say yes only then: asked first, one look-up per word in C,
    it spares most verbs the call."""
    return any(map(_NEGATING.__getitem__, lowers[max(0, i - NEGATION_REACH):i]))


def asks_for_comment(lowers: list[str], i: int, lex: _Lexicon) -> bool:
    """Is the word of [asking_words] at `i` a request for comment: a word of [comment_words]
    within four words after it ("I have asked the board for comment", "was asked to comment")?
    Nothing was said."""
    return not lex.comments.isdisjoint(lowers[i + 1:i + 5])


def _offer_saying_phrase(doc: Document, w: Words, i: int, lex: _Lexicon,
                         quote_at: Callable[[int], tuple[int, int] | None], pick: _Pick) -> None:
    """Offer the source of a verb phrase of saying ending at `i` ("NHK made it clear in its news
    that", "the minister made clear that": [saying_phrase_words]): its verb ("made") one or two
    words before, "it" between or nothing, and "that" within six words after; the source stands
    before the verb, as for a verb of saying."""
    lowers = w.lowers
    v = i - 2 if i > 1 and lowers[i - 1] == "it" else i - 1
    if v < 1 or lowers[v] not in lex.saying_phrase_verbs or "that" not in lowers[i + 1:i + 7]:
        return
    if modal_before(lowers, v, lex.modals) or negated(lowers, v, lex.negations):
        return
    idxs = source_before(doc, w, v, lex.clause_openers, lex.conjunctions)
    found = _classify(w, idxs, idxs[0] if idxs else None, lex, quote_at)
    if found is None or found[0] == "pronoun" and (first_person_before(lowers, v) or lowers[idxs[0]] in lex.first_person):
        return
    if _KIND_RANK[found[0]] > pick.rank:
        _offer_span(doc, pick, found, w.starts[idxs[-1]], w.ends[i], quote_at)


def _source_after_verb(doc: Document, w: Words, i: int, passive: bool, found: tuple[str, bool] | None,
                       idxs: list[int], lex: _Lexicon, quote_at: Callable[[int], tuple[int, int] | None]
                       ) -> tuple[tuple[str, bool] | None, list[int]]:
    """The source after the verb of saying at `i` ("said Smith", "was reported by the ministry",
    "says a report highlighting the rise") when it is stronger than `found` (none, a weasel or a
    pronoun, with its words `idxs`): (kind, has_role) and its words, else `found` and `idxs`."""
    lowers = w.lowers
    if not (i + 1 < len(lowers) and (
            (passive and lowers[i + 1] == "by") or (not passive and _inverts(doc.text, w, i) and lowers[i + 1] not in _COMPLEMENT))):
        return found, idxs
    after = source_after(doc, w, i + 1 if passive else i)
    found_after = _classify(w, after, after[-1] if after else None, lex, quote_at)
    if found_after and (found is None or _KIND_RANK[found_after[0]] > _KIND_RANK[found[0]]):
        return found_after, after
    if found is None and not passive:
        d = document_after(w, i, lex.documents_after, doc.text)
        if d is not None:  # "says a report highlighting the rise": the document is the source
            return ("document", False), [d]
    return found, idxs


def _offer_span(doc: Document, pick: _Pick, found: tuple[str, bool], start: int, end: int,
                quote_at: Callable[[int], tuple[int, int] | None]) -> None:
    """Offer a source of kind `found` = (kind, has_role) found through a verb of saying, its cue
    the text start..end. (The most made candidate: `Attribution(...)` without the NamedTuple
    keyword handling, every field given, as `Words` is made: half the time.)"""
    pick.offer(_new_tuple(Attribution, (found[0], start, end, f"\u201c{doc.text[start:end]}\u201d",
                                        quote_at is not _never_quoted, found[1], True)))


_T_REPORTING, _T_DOCUMENT, _T_WEASEL_KEY, _T_DOCUMENT_KEY, _T_FORECAST = 1, 2, 4, 8, 16


@lru_cache(maxsize=1 << 17)
def _trigger(lower: str) -> int:
    """What attribution this word can take part in, as bits (0 for most words)."""
    bits = 0
    if lower in words(DATA_FILE, "reporting_words") or lower in words(DATA_FILE, "saying_phrase_words") \
            or lower in words(DATA_FILE, "issuing_words") \
            or lower in words(DATA_FILE, "document_record_verb_words") \
            or lower in words(DATA_FILE, "passive_reaction_words"):  # ("issued by": acts.py; (prov24) "the census lists")
        bits |= _T_REPORTING
    if lower in words(DATA_FILE, "document_words"):
        bits |= _T_DOCUMENT
    if lower in phrase_keys(DATA_FILE, "weasel_phrases"):
        bits |= _T_WEASEL_KEY
    if lower in phrase_keys(DATA_FILE, "document_phrases"):
        bits |= _T_DOCUMENT_KEY
    if lower in FORECAST_VERBS:  # "gives ... a 61 percent chance" (forecast_sources.py)
        bits |= _T_FORECAST
    return bits


_TRIGGERS = WordTable(_trigger)  # _trigger per word, for memo_map


def _never_quoted(pos: int) -> None:
    """`Document.quote_at` for a sentence that no quotation touches."""
    return None


def sentence_has_quote(doc: Document, sentence: Sentence) -> bool:
    """Does a quotation overlap the sentence? (Quotations are sorted and do not overlap.)"""
    return doc.analysis.sentence_has_quote(sentence)


def attributions(doc: Document) -> tuple[Attribution | None, ...]:
    """One entry per sentence of `doc`: its strongest attribution or None (kept per document by
    `doc.analysis.attributions`)."""
    return doc.analysis.attributions


def find_attributions(doc: Document) -> list[Attribution | None]:
    """`attributions`, worked out (`doc.analysis` calls this once per document)."""
    # One cached flag per distinct word, then a set per sentence: most sentences hold no word
    # that can start an attribution and are passed over without a per-word loop in Python.
    sentence_of = doc.token_sentences
    sentences = doc.sentences
    flags = memo_map(_trigger, _TRIGGERS, doc.lowers)
    # the sentences holding a trigger word: one C-level pass (compress) over the flags, then
    # each trigger word's position in its sentence and bits, for that sentence (the words come
    # in text order, so a sentence's words come together)
    triggers_of: dict[int, list[tuple[int, int]]] = {}
    current, found, first = -1, [], 0
    for i in compress(range(len(flags)), flags):
        if sentence_of[i] != current:
            current = sentence_of[i]
            found = triggers_of[current] = []
            first = sentences[current].first_token
        found.append((i - first, flags[i]))
    result: list[Attribution | None] = [None] * len(sentences)
    links = doc.analysis.link_sentences
    for k in links:
        triggers_of.setdefault(k, [])
    quoted = _quoted_sentences(doc) if doc.quotes else ()
    lex = _lex()
    for k, triggers in triggers_of.items():
        result[k] = _attribute(doc, sentences[k], triggers, k in links, k in quoted, lex)
    # "according to the report", "The study found": a source when the text named it before (attrib16)
    return with_back_references(doc, result, lex.documents, _says_who, _remade)


def _says_who(text: str, lower: str) -> bool:
    """Does a word (not a sentence's first) name someone who could make a document: a name in
    capitals, an organisation or a role ("The council published a report")? (back_references)"""
    lex = _lex()
    return text[:1].isupper() and lower not in lex.not_names or lower in lex.orgs or lower in lex.roles \
        or lower in lex.definite_orgs


def _remade(kind: str, old: Attribution, detail: str) -> Attribution:
    """`old` as an attribution of another kind, with `detail` (back_references)."""
    return Attribution(kind, old.start, old.end, detail, old.quote, old.role, old.verb)


def _quoted_sentences(doc: Document) -> set[int]:
    """The sentences for which `sentence_has_quote` is true, found from the quotations (a few
    per article: three bisections each) instead of a look-up per sentence. That test takes the
    last quotation starting before the sentence's end and asks whether it ends after the
    sentence's start; so here, for each quotation, the sentences whose end falls after its start
    and no later than the next quotation's start, and that start before it ends. (The same set,
    nested quotations included; tests/test_cues_fast.py checks it on real texts.)"""
    starts, ends = doc.analysis.sentence_starts, doc.analysis.sentence_ends
    quotes = doc.quotes
    out: set[int] = set()
    for n, (q_start, q_end) in enumerate(quotes):
        last = bisect_right(ends, quotes[n + 1][0]) if n + 1 < len(quotes) else len(ends)
        out.update(range(bisect_right(ends, q_start), min(last, bisect_left(starts, q_end))))
    return out

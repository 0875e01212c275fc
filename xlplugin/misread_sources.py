"""Source phrases the attribution pass misread (sources10), as classes; each rule has its words in
data/attribution.txt and is called in one line from `xlplugin.cues`.

- A capitalised word right before a verb of saying is not always the source's name
  (`misread_head`): the place of a population ("the people of Eastbank, who told us": a vague
  group, [population_words]); the platform a post was shared on ("a post shared 40,000 times on
  Facebook claims": the post is the source, vague unless a name says whose, `groups.post_source`);
  the topic after "about" ("an article on 3 June about the closure of Hillside Leisure Centre
  said": the article is the source, a document without a name).
- (claims51) One person named by a place and what they are ("said a Leeds resident", "A Bristol
  commuter said": `passer_by`, [passer_by_words]) is an unnamed person, a vague source: the
  place names no one.
- A verb of saying before "nothing" reports no words (`says_nothing`: "the tins say nothing about
  lead"), as a negated one does.
- A reporting word that is also a noun, after a determiner and one modifier that cannot be a
  plural subject, is the noun (`noun_after_article`: "headed in a corner at the near post").
"""

from __future__ import annotations

from functools import lru_cache

from .groups import _sets as group_sets
from .groups import post_source
from .institutions import may_qualify
from .misread_sayings import crowd_on_platform
from .phrases import words
from .source_window import ADVERBS, AUXILIARY, DETERMINERS, MODALS, Words

__all__ = ["misread_head", "employer_after_group", "says_nothing", "noun_after_article", "noun_after_modifiers", "gerund_after_opener", "label_noun", "plural_of_people", "things_that_show", "noun_before_finding", "people_group", "passer_by", "placed_role", "placed_after", "noun_by_neighbours", "NOUN_BY_NEIGHBOURS",
           "NOTHING_WORDS"]

DATA_FILE = "attribution.txt"

# Prepositions before a platform's name: "on Facebook", "across TikTok", "via WhatsApp".
_PLATFORM_PREPOSITIONS = frozenset("on in across via".split())
# A month or a day before "about" is a date ("an article on 3 June about ..."), no source.
_DATE_WORDS = frozenset("january february march april may june july august september october november december "
                        "monday tuesday wednesday thursday friday saturday sunday".split())


@lru_cache(maxsize=1)
def _population() -> frozenset[str]:
    return words(DATA_FILE, "population_words")


# [nothing_object_words], read once: `cues` asks `NOTHING_WORDS` about the word after a verb of
# saying before it calls `says_nothing` (one set test instead of a call for most verbs).
NOTHING_WORDS = words(DATA_FILE, "nothing_object_words")


def misread_head(w: Words, idxs: list[int], head: int, not_names: frozenset[str]) -> tuple[str, bool] | None:
    """The kind of source of the phrase `idxs` (descending) whose capitalised head at `head` (>0)
    is no source's name (see the module's doc), or None: the head reads as a name, as before."""
    lowers, texts, first = w.lowers, w.texts, idxs[-1]
    k = head
    while k - 1 >= first and texts[k - 1][:1].isupper():
        k -= 1  # the first word of a name of several ("Upper Stow")
    before = lowers[k - 1] if k - 1 >= first else ""
    if before == "of" and k - 2 >= first and lowers[k - 2] in _population():
        return "weasel", False  # "the people of Eastbank": which of them?
    if before in _PLATFORM_PREPOSITIONS and lowers[head] in group_sets()[2]:
        return _post_on_platform(w, idxs, head, not_names)
    if "about" in lowers[idxs[-1]:head]:
        return _topic_after_about(w, idxs, not_names)
    if (before in _places_after() or k == head and before in _employers_after()) \
            and (found := placed_after(w, [j for j in idxs if j < k - 1], k - 2)):
        return found  # (sources53) "a nurse in Glasgow said": the place names no one; (claims54) "a nurse from Apple"
    return None


def _post_on_platform(w: Words, idxs: list[int], head: int, not_names: frozenset[str]) -> tuple[str, bool] | None:
    """"A post shared 40,000 times on Facebook claims": the post (attribution.txt [post_words])
    before the platform's name is the source, read by `groups.post_source`; a post naming no one
    is vague. None where no post word stands before the platform (the name reads as before)."""
    posts = words(DATA_FILE, "post_words")
    post = next((k for k in idxs if k < head and w.lowers[k] in posts), None)
    if post is None:
        return crowd_on_platform(w, idxs, head, not_names)  # "Users on Facebook claim" (sources11)
    kind = post_source(w, [k for k in idxs if k <= post], post, not_names)
    return (kind, False) if kind in ("named", "role") else ("weasel", False)


def _topic_after_about(w: Words, idxs: list[int], not_names: frozenset[str]) -> tuple[str, bool] | None:
    """The words after "about" in a source phrase are its topic, not who spoke ("an article about
    the closure of Hillside Leisure Centre said"): the source is the words before it. A name there
    ("a report by Amnesty about Iran said") reads as before (None); else no one is named ("an
    article", a date: "on 3 June"): a vague source, as "a report said" (an unnamed document)."""
    texts, lowers = w.texts, w.lowers
    about = max(k for k in idxs if lowers[k] == "about")
    if not _WH_WORDS.isdisjoint(lowers[about + 1:max(idxs) + 1]):
        return None  # "the years about which Sutton writes", "about double what Bradley said": a clause, its subject speaks
    before = [k for k in idxs if k < about and lowers[k] not in _DATE_WORDS and not lowers[k][:1].isdigit()]
    if any(texts[k][:1].isupper() and k > 0 and lowers[k] not in not_names for k in before):
        return None
    return "weasel", False


_PEOPLE_PLURALS = words(DATA_FILE, "people_plural_words")
# Endings of plural nouns of people left out of [people_plural_words] ("Tenants", "Parents",
# "Attendees"); few names end so, and only a word of PEOPLE_SUFFIX_MIN letters or more counts.
_PEOPLE_SUFFIXES = ("ants", "ents", "ees")
PEOPLE_SUFFIX_MIN = 7


def plural_of_people(lowers: list[str], idxs: list[int], head: int) -> bool:
    """(sources13) Is the source phrase `idxs` the sentence's first word alone (`head` 0), a plural
    common noun of people ([people_plural_words], or a word in _PEOPLE_SUFFIXES): "Neighbours
    said", "Participants said"? The first-word rule would read its capital as a name; it is an
    unnamed group, vague as "residents say". ("Davies said", "Kellaway Partners said" still name.)"""
    if head != 0 or len(idxs) != 1:
        return False
    return _people_plural(lowers[0])


# (sources21) Words that may stand between a plural subject and its finding verb: "have" (not
# "has": a person or an organisation is singular) and plain adverbs.
_PLURAL_BETWEEN = frozenset("have also now long repeatedly clearly consistently".split())
# The endings of an adjective before such a plural ("Archaeological finds", "Historic records",
# "Various surveys"): a capitalised first word without one may be a name ("Bloomberg estimates").
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ent", "ant", "ary", "ed", "ing", "ern")


def noun_before_finding(lowers: list[str], i: int, finding: frozenset[str]) -> bool:
    """(sources21) Is the finding word at `i` a plural noun, the next word its plural verb
    ("Archaeological finds show", "records suggest")? Then it reports nothing itself."""
    return i + 1 < len(lowers) and lowers[i].endswith("s") and lowers[i + 1] + "s" in finding


def things_that_show(lowers: list[str], texts: list[str], idxs: list[int], i: int, finding: frozenset[str]) -> bool:
    """(sources21) Is the source phrase `idxs` (descending) of the finding verb at `i` a plural
    common noun opening the sentence with no determiner, no owner and no capitalised word after
    the first, the verb agreeing in the plural ("Satellites have shown", "Archaeological finds
    show", "Ice cores have revealed")? Things show nothing of their own: no one speaks, and a
    reader cannot ask "satellites" (whose data?). The plural verb ("show", "have shown") keeps a
    surname in -s ("Williams has shown") and a name ("Reuters found") out; "Satellites operated
    by the European Space Agency have shown" has a name, and still names it."""
    if idxs[-1] != 0 or len(idxs) > 2 or any(not texts[k].isalpha() or k and not texts[k].islower() for k in idxs):
        return False
    head = idxs[0]
    if head and not lowers[0].endswith(_ADJECTIVE_ENDINGS):
        return False  # "Bloomberg estimates show": a name before the noun says whose
    lh = lowers[head]
    if len(lh) < 4 or not lh.endswith("s") or lh.endswith("ss"):
        return False
    between = lowers[head + 1:i]
    if not all(b in _PLURAL_BETWEEN for b in between):
        return False
    return "have" in between or lowers[i] + "s" in finding  # the plural: "have shown", "show", "find"


def _people_plural(lw: str) -> bool:
    return lw in _PEOPLE_PLURALS or len(lw) >= PEOPLE_SUFFIX_MIN and lw.endswith(_PEOPLE_SUFFIXES)


# The most plain modifiers before a plural of people in `people_group` ("Local dairy farmers").
GROUP_MODIFIERS = 2
# Words before a plural of people that say which ones the text means or end the noun phrase: a
# possessive pronoun, a word for ones named before ("both men said"), a number ("two farmers",
# left to the rules before), a word opening a clause, a preposition ("starting with women").
_NOT_MODIFIERS = frozenset("his her their its our my your whose which who that when where while if as both all each "
                           "these those such one two three four five six seven eight nine ten with of by from for "
                           "in on at to about among".split())
# After the plural: a preposition after an -ed form makes it a participle ("black men accused of
# assault"), as an -ing form does ("women accusing him"); a modal makes a forecast of what people
# will do ("travellers will find"), no words of theirs.
_PARTICIPLE_AFTER = frozenset("of by with for in".split())


def people_group(w: Words, idxs: list[int], head: int, not_names: frozenset[str]) -> tuple[str, bool] | None:
    """(sources14) The kind of the source phrase `idxs` (descending) whose lower-case head at `head`
    is a plural common noun of people ([people_plural_words]) after at most GROUP_MODIFIERS plain
    modifiers and nothing else ("Local farmers said", "Worried tenants say", "Former employees
    claim", "..., local farmers said"): an unnamed group, ("weasel", False), as "Neighbours said".
    None where a determiner, a possessive, a number, a role or organisation word ("Commission
    members said") or a name says which ones ("the farmers said", "both men said", "Google
    employees said": a first word that cannot qualify a group, `institutions.may_qualify`, may
    be an institution's name), or where the verb after the plural is a participle or follows a
    modal (`_no_saying_after`): read as before."""
    lowers, texts = w.lowers, w.texts
    if lowers[head] not in _PEOPLE_PLURALS or len(idxs) > GROUP_MODIFIERS + 1 or _no_saying_after(lowers, head):
        return None
    owners = group_sets()[1]
    for k in idxs:
        lw = lowers[k]
        if k == head:
            continue
        if k > head or not lw.replace("-", "").isalpha() or lw in DETERMINERS or lw in AUXILIARY \
                or lw in _NOT_MODIFIERS or lw in owners or lw.endswith("ing") \
                or texts[k][:1].isupper() and (k > 0 or lw not in not_names and not may_qualify(lw)):
            return None
    return "weasel", False


def _no_saying_after(lowers: list[str], head: int) -> bool:
    """Is the word after the plural of people at `head` a modal, an -ing form, or an -ed form
    before a preposition (_PARTICIPLE_AFTER)? Then no words of the group are reported."""
    if head + 1 >= len(lowers):
        return False
    after = lowers[head + 1]
    if after in MODALS or after.endswith("ing"):
        return True
    return after.endswith("ed") and head + 2 < len(lowers) and lowers[head + 2] in _PARTICIPLE_AFTER


# Noun forms that name a post or a report: "in a viral tweet", "in a special report" say where a named
# person said something (read as before: the person is the source); "at the near post" is a goal's.
_POSTED = frozenset("post tweet report".split())


# Words that open a clause after "about": the name after them is that clause's subject, a source.
_WH_WORDS = frozenset("which whom what who whose how where when why".split())


# What follows "nothing" when it is the whole of what was said: a topic ("say nothing about lead",
# "said nothing on the matter") or the sentence's end ("he said nothing."). ("said nothing for a
# while, the neighbours recall" is left to the other rules.)
_SILENT_ON = frozenset("about of on regarding concerning . ; !".split())


def says_nothing(lowers: list[str], i: int) -> bool:
    """Is the verb of saying at `i` followed by a word of [nothing_object_words] and a topic or
    the sentence's end ("the tins say nothing about lead", "he said nothing.")? No words were
    said: no source, as for "did not say"."""
    n = len(lowers)
    return i + 1 < n and lowers[i + 1] in NOTHING_WORDS and (i + 2 == n or lowers[i + 2] in _SILENT_ON)


def noun_after_article(lowers: list[str], i: int, noun_forms: frozenset[str], sources: frozenset[str]) -> bool:
    """Is the reporting word at `i` a noun ([noun_reporting_words], their bare form) after a
    determiner and one modifier that is no source word nor a plural ("at the near post", "that
    the new note contains", "in a recent report")? Its verb reading would need the modifier as a
    plural subject ("the new note" cannot be one); "the people say", "the farmers claim", "the
    government say" keep their verb ("people", "government" are source words, `sources`); a post
    after "in" ("in a viral tweet": someone's post, `_POSTED`) is read as before."""
    if i < 2 or lowers[i] not in noun_forms or lowers[i - 2] not in DETERMINERS:
        return False
    if i > 2 and lowers[i - 3] == "in" and lowers[i] in _POSTED:
        return False  # "trolled her in a viral tweet", "covered it in a long post": someone's post, left to the rules before

    modifier = lowers[i - 1]
    return modifier.isalpha() and modifier not in sources and not modifier.endswith("s")


# (sources50) The words that join two nouns of a list: "explanation and tweet", "photos or post".
_JOINING = frozenset(("and", "or", "&"))


def listed_noun(w: Words, i: int, noun_forms: frozenset[str], pronouns: frozenset[str]) -> bool:
    """(sources50) Is the reporting word at `i` a noun ([noun_reporting_words], its bare form) that
    ends its sentence as the last of a list of lower-case nouns ("Added ARKit explanation and
    tweet.", "New photos and post.", "with a chart and quote.")? Its verb reading would need the
    list before it as the subject of a bare verb that says nothing. A pronoun in the sentence
    before it (`pronouns`: "they read the notice and tweet.") keeps the verb reading, as does a
    plural ("and tweets": no form of `noun_forms`)."""
    texts, lowers = w.texts, w.lowers
    if i != len(lowers) - 1 or i < 2 or lowers[i] not in noun_forms or lowers[i - 1] not in _JOINING:
        return False
    noun = texts[i - 2]
    return noun.isalpha() and noun.islower() and pronouns.isdisjoint(lowers[:i - 1])


# (sources50) Forms of "make", which takes a noun of saying as its object: "making claims",
# "made similar remarks".
_MAKE = frozenset(("make", "makes", "made", "making"))


def made_noun(lowers: list[str], i: int, noun_forms: frozenset[str]) -> bool:
    """(sources50) Is the reporting word at `i` the object of "make" ([noun_reporting_words], bare
    or plural), right after it or after one modifier, and not followed by "that" ("... claiming
    territory in the Baltic Sea and making similar claims elsewhere", "made remarks at the
    dinner")? It is a noun, and the words before "make" (a place, a thing) are no one's source.
    "Ann Lee made claims that the vote was rigged" gives the claim's content: left as before."""
    lw = lowers[i]
    if i < 1 or not (lw in noun_forms or lw.endswith("s") and lw[:-1] in noun_forms):
        return False
    if i + 1 < len(lowers) and lowers[i + 1] == "that":
        return False
    return lowers[i - 1] in _MAKE or i > 1 and lowers[i - 2] in _MAKE and lowers[i - 1].isalpha()


# (sources20) Words that cannot be the lone modifier of a noun of saying after a preposition: a
# number or a quantity before a verb is its subject ("One in five report", "of all claim").
_QUANTITY_WORDS = frozenset("one two three four five six seven eight nine ten all both many most some few others several".split())


def _lone_modifier(w: Words, k: int, sources: frozenset[str]) -> bool:
    """Can the word at `k` be a lone modifier of a noun: a lower-case word that is no source word
    (`sources`: "people", "government"), no plural ("residents"; "baseless" ends in "ss") and no
    quantity?"""
    text, lw = w.texts[k], w.lowers[k]
    return text.isalpha() and text.islower() and lw not in sources and lw not in _QUANTITY_WORDS \
        and not (lw.endswith("s") and not lw.endswith("ss"))


def noun_after_modifiers(w: Words, i: int, noun_forms: frozenset[str], sources: frozenset[str],
                         prepositions: frozenset[str]) -> bool:
    """(sources20) Is the reporting word at `i` a noun of [noun_reporting_words] after its
    modifiers: two after a determiner ("the same scripted answer", "a long public warning"), or
    its plural or bare form after a preposition and one or two ("with baseless reports", "of false
    claims", "despite repeated warnings", "from other corporate pledges": sources46)? As a verb it would need the modifier as its subject, and
    neither shape can be one. (`noun_after_article` reads one modifier after a determiner.)"""
    if i < 2:
        return False
    lowers = w.lowers
    lw = lowers[i]
    bare = lw in noun_forms
    if not bare and not (lw[-1:] == "s" and lw[:-1] in noun_forms):
        return False
    if bare and i >= 3 and lowers[i - 3] in DETERMINERS and _lone_modifier(w, i - 2, sources) and _lone_modifier(w, i - 1, sources):
        return True
    if lowers[i - 2] in prepositions and lowers[i - 2] != "to" and _lone_modifier(w, i - 1, sources):
        return True
    # (sources46) a preposition and two ("apart from other corporate pledges": a noun, no verb
    # with "corporate" or "Microsoft's climate goals" as its subject)
    # ("in the spring, states that": a determiner is no modifier)
    return i >= 3 and lowers[i - 3] in prepositions and lowers[i - 3] != "to" \
        and lowers[i - 2] not in DETERMINERS and lowers[i - 1] not in DETERMINERS \
        and _lone_modifier(w, i - 2, sources) and _lone_modifier(w, i - 1, sources)


def gerund_after_opener(w: Words, i: int) -> bool:
    """(sources20) Is the reporting word at `i` an -ing form right after the sentence's capitalised
    first word ("Avoid adding too much sugar", "Stop saying sorry", "Keep telling yourself"): a
    gerund after an imperative? A named speaker does not take a bare -ing verb ("Smith saying" is no
    sentence)."""
    return i == 1 and w.lowers[1].endswith("ing") and w.texts[0][:1].isupper()


# (sources20) Words after a noun of saying in a label of two words and more ("Match report and
# player ratings", "Transfer claim of ..."), where a verb of saying would take a clause.
_AFTER_LABEL_NOUN = frozenset(("and", "of", "for", "on", "to"))


def label_noun(w: Words, i: int, noun_forms: frozenset[str], sources: frozenset[str]) -> bool:
    """(sources20) Is the reporting word at `i` the noun of a label: its bare form right after a
    single capitalised word opening the sentence that is no plural and no source word, then
    "and", "of", "for", "on", "to" or the sentence's end ("Match report and player ratings to
    follow.", "Transfer claim of the week")? A name as the subject of a verb of saying takes its
    -s form ("Smith reports"); "Residents report", "Police claim" keep their verb."""
    lowers = w.lowers
    if i != 1 or lowers[1] not in noun_forms or lowers[0] in sources or lowers[0].endswith("s"):
        return False
    return i + 1 == len(lowers) or lowers[i + 1] in _AFTER_LABEL_NOUN


def noun_fragment(w: Words, i: int, noun_forms: frozenset[str], pronouns: frozenset[str]) -> bool:
    """(attrib16) Is the reporting word at `i` a noun ending a sentence of two or three words with
    no verb: "Absolute joke.", "Fair point.", "Wild claims!"? A word of [noun_reporting_words]
    (or its plural) last, no pronoun first ("They claim." keeps its verb) and no capitalised
    word after the first ("Jane Doe jokes." is a name). A verb of saying does not end a
    sentence right after a lone adjective; read as one, "Absolute" was a named source."""
    lowers, texts = w.lowers, w.texts
    lw = lowers[i]
    if lw not in noun_forms and not (lw[-1:] == "s" and lw[:-1] in noun_forms) or lowers[0] in pronouns:
        return False
    return all(texts[k][:1].islower() for k in range(1, i))


NOUN_BY_NEIGHBOURS = words(DATA_FILE, "modifier_noun_reporting_words")
# Nouns that can be the subject of such a word as a verb ("Data show", "the report states"): no modifier.
_SUBJECT_NOUNS = words(DATA_FILE, "document_words")
_NOUN_PREPOSITIONS = words(DATA_FILE, "noun_sense_preposition_words")
_NOUN_QUANTITIES = words(DATA_FILE, "noun_sense_quantity_words")
NOUN_MODIFIERS = 2  # plain modifiers between the opener and the noun ("in smaller swing states")


def noun_by_neighbours(w: Words, i: int, sources: frozenset[str], not_names: frozenset[str]) -> bool:
    """(sources14) Is the word of [modifier_noun_reporting_words] at `i` a noun by the words before
    it: at most NOUN_MODIFIERS plain modifiers (`_modifier`: "smaller", "global", "swing"), and
    before them a preposition ([noun_sense_preposition_words]: "victories in smaller states",
    "the cost of global state") or, for a plural, a number or a quantifier
    ([noun_sense_quantity_words]: "three states", "several swing states"), or, for the bare form
    after two modifiers, a determiner or a quantifier ("some global shared state", "the first
    major show"); or modifiers opening the sentence, before the bare form ("Global state makes
    testing hard", "Previous post", "Fossil find") or before a plural when the first one is a
    common adjective (`institutions.may_qualify`: "Related posts"; "Smith posts" keeps its verb).
    A verb has a subject there instead: "The minister will state", "Officials state", "Data show",
    "the law states" (a determiner with one modifier is `noun_after_article`'s) keep it."""
    lowers, texts = w.lowers, w.texts
    k = i - 1
    while k >= 0 and i - k <= NOUN_MODIFIERS and _modifier(lowers[k], texts[k], k, sources, not_names):
        k -= 1
    plural = lowers[i].endswith("s")
    if k < 0:  # modifiers open the sentence
        return i > 0 and (not plural or may_qualify(lowers[0]))
    before = lowers[k]
    if before in _NOUN_PREPOSITIONS:
        return True
    if plural:
        return before in _NOUN_QUANTITIES
    return i - k > NOUN_MODIFIERS and (before in DETERMINERS or before in _NOUN_QUANTITIES)


# Endings of words in "-s" that are no plurals: adjectives ("Previous post", "various", "famous"),
# "-ss" and "-is"/"-us" nouns ("glass", "analysis", "bonus") (sources15).
_NOT_PLURAL_ENDINGS = ("ous", "ss", "is", "us")


def _plural(lw: str) -> bool:
    """Does the word end as a plural: in "-s", not in one of _NOT_PLURAL_ENDINGS?"""
    return lw.endswith("s") and not lw.endswith(_NOT_PLURAL_ENDINGS)


def _modifier(lw: str, text: str, k: int, sources: frozenset[str], not_names: frozenset[str]) -> bool:
    """Is the word `lw` (its text `text`, at `k`) a plain modifier of a noun, not a possible subject
    of a verb: alphabetic (a hyphen allowed), lower-case after the sentence's first word, no
    plural (-s but not "-ous", "-ss": `_plural`; [people_plural_words]), no source noun, function word, auxiliary or adverb?"""
    return lw.replace("-", "").isalpha() and (k == 0 or text[:1].islower()) and not _plural(lw) \
        and lw not in sources and lw not in _SUBJECT_NOUNS and lw not in not_names and lw not in DETERMINERS and lw not in AUXILIARY \
        and lw not in MODALS and lw not in ADVERBS and not lw.endswith("ly") and lw not in _PEOPLE_PLURALS \
        and lw not in _NOUN_PREPOSITIONS and lw not in _NOUN_QUANTITIES


# (claims51) Words that open a phrase naming one unnamed person: "a Leeds resident", "one Celtic fan".
_ONE_PERSON_WORDS = frozenset("a an one another".split())
# (claims51) The most words between that word and the noun ("an elderly Leeds resident").
PASSER_BY_MODIFIERS = 3


@lru_cache(maxsize=1)
def _passers_by() -> frozenset[str]:
    return words(DATA_FILE, "passer_by_words")


def _one_unnamed_person(w: Words, idxs: list[int], head: int) -> tuple[int, bool] | None:
    """(claims51, claims52) Is the source phrase `idxs` one unnamed person: an opening word, at most
    PASSER_BY_MODIFIERS single words, then the noun `head` last (or before a relative clause: "a
    Lisbon resident who tweeted said")? (The opening word's place, and whether a word between is
    capitalised: a place or a club), or None. Opening words: "a", "an", "one", "another", or
    "the" with a capitalised word between ("the Leeds resident")."""
    lowers, texts = w.lowers, w.texts
    first, last = min(idxs), max(idxs)
    # (lead, session 40) a relative clause after the head is no part of who it is: "a Lisbon resident
    # who tweeted said" is the same passer-by (before, "Lisbon" alone was listed as a named source)
    related = last > head and lowers[head + 1] in ("who", "whose", "that")
    if last != head and not related or not 0 <= head - first - 1 <= PASSER_BY_MODIFIERS:
        return None
    between = range(first + 1, head)
    if not all(lowers[k].replace("-", "").replace("'", "").isalpha() for k in between):
        return None
    placed = any(texts[k][:1].isupper() for k in between)
    if lowers[first] in _ONE_PERSON_WORDS or lowers[first] == "the" and placed:
        return first, placed
    return None


def passer_by(w: Words, idxs: list[int], head: int) -> tuple[str, bool] | None:
    """(claims51) ("weasel", False) where the source phrase `idxs` is one unnamed person named by
    what they are, and perhaps where they are from: an indefinite word ("a", "an", "one",
    "another"), at most PASSER_BY_MODIFIERS words, then a lower-case head of [passer_by_words]
    ("said a Leeds resident", "A Bristol commuter said", "said one Celtic fan"; claims52: "said a
    resident", "a neighbour said", as "residents said" is vague; and "the" before a place: "the
    Leeds resident said"). The place or the club says where the person is from; it names no one a
    reader can check (before, it made a named source). None otherwise: "Leeds resident Ann Lee"
    (the name is the head), "a resident, Ann Lee, said" (a name after it), "the resident said" (one
    named before, perhaps), "a Glasgow nurse" (a role: `placed_role`)."""
    if w.lowers[head] not in _passers_by() or w.texts[head][:1].isupper() and head != 0:
        return None
    return ("weasel", False) if _one_unnamed_person(w, idxs, head) else None


def placed_role(w: Words, idxs: list[int], head: int) -> bool:
    """(claims52) Is the source phrase `idxs` one unnamed person by a role noun (`head`, lower case)
    and a place or a body before it, with an indefinite word first ("a Glasgow nurse said", "an
    Ohio teacher said")? The capitalised word says where the person works, not who they are: a
    source by role, as "a nurse said" is, not a named one. "Glasgow nurse Ann Lee said" (a name
    is the head), "the Labour leader said" (one office holder a reader can look up), "an Apple
    spokesperson said" (the body speaking: [body_voice_words]) and "a Leeds City Council
    spokesman" (a body's name of several words) are not."""
    if not w.texts[head][:1].islower() or w.lowers[head] in _body_voices():
        return False
    found = _one_unnamed_person(w, idxs, head)
    return found is not None and found[1] and w.lowers[found[0]] in _ONE_PERSON_WORDS \
        and sum(w.texts[k][:1].isupper() for k in range(found[0] + 1, head)) == 1


def placed_after(w: Words, idxs: list[int], head: int) -> tuple[str, bool] | None:
    """(sources53) The kind of one unnamed person `idxs` (descending, without the place) whose
    place follows the noun `head` after a word of [place_after_person_words], or None: "a nurse
    in Glasgow said" is a source by role, as "a Glasgow nurse said" is (`placed_role`); "a
    resident in Leeds said" is vague, as "a Leeds resident said" is (`passer_by`). Only a lower-
    case noun last, after an indefinite word and at most PASSER_BY_MODIFIERS words; a capitalised
    word between ("a Reuters reporter in Kyiv") or a body's voice ("a spokesman in Washington")
    keeps the name's reading."""
    if head < 1 or not idxs or max(idxs) != head or not w.texts[head][:1].islower():
        return None
    found = _one_unnamed_person(w, idxs, head)
    if found is None or found[1] or w.lowers[found[0]] not in _ONE_PERSON_WORDS:
        return None
    lh = w.lowers[head]
    if lh in _passers_by():
        return "weasel", False
    if lh in _roles() and lh not in _body_voices():
        return "role", True
    return None


@lru_cache(maxsize=1)
def _places_after() -> frozenset[str]:
    return words(DATA_FILE, "place_after_person_words")


def employer_after_group(w: Words, idxs: list[int], head: int, people: frozenset[str]) -> tuple[Words, list[int], int] | None:
    """(claims55) The source phrase `idxs` (descending) put in the order that names the workplace
    first, where it ends in people ([employer_after_person_words] "at", "from", "with" between them
    and one capitalised word, the `head`): "Researchers at Harvard said" is read as "Harvard
    researchers said" (a source by role), "Three doctors from Leeds said" as "Three Leeds doctors
    said", "Residents from Leeds said" as "Leeds residents said" (vague): (the words of the
    sentence so ordered, the phrase's positions in them, its head), for the caller to classify.
    The one word says where the people work or live, not who they are, in either order (before,
    the order with "at" made it a named source, and the other a source by role). None where:
    the phrase opens with one person ("a nurse from Apple": `placed_after`, claims54); the noun
    before the preposition is no word of `people` (a role, a body, a vague group), of
    [people_plural_words] or of [passer_by_words], or is capitalised
    after the sentence's first word ("Ann Lee at Apple"); it is a body's voice ("Spokespeople at
    Apple": the body speaks, named); or the name has several words ("Researchers at Harvard
    University": named, as claims54 reads "a nurse at St Mary's Hospital")."""
    texts, lowers = w.texts, w.lowers
    first, noun = min(idxs), head - 2
    if noun < first or lowers[head - 1] not in _employers_after() or not texts[head - 1][:1].islower() \
            or lowers[first] in _ONE_PERSON_WORDS or lowers[noun] in _body_voices() \
            or not (lowers[noun] in people or lowers[noun] in _PEOPLE_PLURALS or lowers[noun] in _passers_by()) \
            or noun != 0 and not texts[noun][:1].islower():
        return None
    order = [*range(noun), head, noun, *range(head + 1, len(texts))]
    starts, ends = [w.starts[k] for k in order], [w.ends[k] for k in order]
    # the pair keeps the span it had, in its new order, one space between ("Harvard researchers")
    starts[noun], ends[noun] = w.starts[noun], w.starts[noun] + len(texts[head])
    starts[noun + 1], ends[noun + 1] = ends[noun] + 1, ends[noun] + 1 + len(texts[noun])
    swapped = Words([texts[k] for k in order], [lowers[k] for k in order], starts, ends)
    if noun == 0:
        swapped.texts[1] = lowers[0]  # "Researchers at Harvard" -> "Harvard researchers"
    return swapped, list(range(noun + 1, first - 1, -1)), noun + 1


@lru_cache(maxsize=1)
def _employers_after() -> frozenset[str]:
    """(claims54) [employer_after_person_words]: "a nurse from Apple", "an engineer at Siemens"."""
    return words(DATA_FILE, "employer_after_person_words")


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return words(DATA_FILE, "role_words")


@lru_cache(maxsize=1)
def _body_voices() -> frozenset[str]:
    return words(DATA_FILE, "body_voice_words")

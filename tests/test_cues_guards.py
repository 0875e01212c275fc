"""The attribution pass's word guards say no only where the rules they stand for say no (speedU):

- `cues._sense_bits`: a rule of `reports_nothing`, `names_a_thing`, `after_preposition`,
  `does_an_act`, `senses.not_a_report` whose bit is 0 for a word says no wherever the word stands,
  and the issuing bit is `acts.is_issuing`;
- the windows `_offer_reporting_verb` asks before `source_window.modal_before` and `negated`: no
  modal (no negation) in the MODAL_REACH (NEGATION_REACH) words before a verb, none found by the
  rule; and `not_a_verb` says yes only after a word `_noun_marking` lets through;
- `cues._classify`, which reads the whole phrase (`_phrase_facts`) only where its decision needs
  it, answers what the plain reading (the phrase's facts first, then the decision list) answers.

On the example documents, the seed articles where present, and generated sentences crowded with
the rules' own words."""

from __future__ import annotations

import random

from xlplugin import acts, cues, senses
from xlplugin.misread_sources import misread_head
from xlplugin.source_window import MODAL_REACH, Words, modal_before, negated, source_after, source_before
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS

RULES = (
    (cues._S_NOTHING, lambda text, w, i, lex: cues.reports_nothing(w.lowers, i, lex)),
    (cues._S_NAMING, lambda text, w, i, lex: cues.names_a_thing(w.lowers, i, lex)),
    (cues._S_PREPOSITION, cues.after_preposition),
    (cues._S_ACT, cues.does_an_act),
    (cues._S_SENSE, lambda text, w, i, lex: senses.not_a_report(w, i, text)),
)


# Each guarded rule firing at least once, in sentences of our own.
OWN = ("She set up a small tool called Quill for the team. The long answer is that nobody knows. "
       "He also wrote the script for the film. The driver pleaded guilty on Monday. "
       "Fans shared the clip via the forum in posts. They ought to never publicly explain the cuts. "
       "At one point the greatest fears grew. We met and at that point the deal died. The so called reform stalled. The board should not say more. The firm has not yet ever publicly confirmed it. An app from a small studio called Lumen went viral.")


def _texts() -> list[str]:
    paths = sorted(EXAMPLES.glob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
    return [OWN] + [p.read_text(encoding="utf-8") for p in paths] + _generated(400, seed=12)


def _generated(n: int, seed: int) -> list[str]:
    """Sentences of the guarded rules' own words (verbs, nouns, modals, prepositions, names) and
    filler, so that every rule meets its words in many neighbourhoods."""
    lex = cues._lex()
    vocabulary = sorted(lex.reporting | lex.noun_forms | lex.noun_of | lex.naming | lex.acts | lex.wishes
                        | lex.modals | lex.prepositions | lex.roles | lex.weasels | lex.pronouns | lex.documents
                        | {"not", "to", "also", "publicly", "ought", "a", "the", "of", "by", "for", "guilty"})
    filler = "The council Smith said on Monday it is they people Harvard doctors , ( UCEA ) 30".split()
    rng = random.Random(seed)
    return [" ".join(rng.choice(vocabulary if rng.random() < 0.6 else filler) for _ in range(rng.randint(2, 18))) + "."
            for _ in range(n)]


def _sentences(text: str):
    doc = prepare(text)
    for s in doc.sentences:
        lo, hi = s.first_token, s.last_token
        yield doc, Words(doc.token_texts[lo:hi], doc.lowers[lo:hi], doc.token_starts[lo:hi], doc.token_ends[lo:hi])


def test_sense_bits_and_modal_window_say_no_only_where_the_rules_do() -> None:
    lex = cues._lex()
    asked = fired = 0
    for text in _texts():
        for doc, w in _sentences(text):
            for i in range(1, len(w.lowers)):
                lw = w.lowers[i]
                bits = cues._sense_bits(lw)
                assert bool(bits & cues._S_ISSUING) == acts.is_issuing(lw)
                for bit, rule in RULES:
                    if not bits & bit:
                        assert not rule(doc.text, w, i, lex), (lw, bit, " ".join(w.texts))
                    else:
                        asked += 1
                        fired += bool(rule(doc.text, w, i, lex))
                if modal_before(w.lowers, i, lex.modals):
                    assert not lex.modals.isdisjoint(w.lowers[max(0, i - MODAL_REACH):i]), " ".join(w.texts)
                if cues.not_a_verb(w.lowers, i, lex):
                    assert cues._noun_marking(w.lowers[i - 1]), " ".join(w.texts)
                if negated(w.lowers, i, lex.negations):
                    assert cues._negation_near(w.lowers, i), " ".join(w.texts)
    assert asked > 1000 and fired > 50  # the guarded rules were met and fired


def _plain_classify(w, idxs, head, lex, quote_at):
    """`cues._classify` as it read before speedU (with sources9's post rule): the phrase's facts first, then the decisions."""
    if not idxs:
        return None
    texts, lowers, starts, _ = w
    if (subject := cues.subject_kind(lowers, idxs)):
        return None if subject == cues.NO_ONE else ("weasel", False)  # (sources12's rules, in the same place)
    if cues.writers_acquaintance(w, idxs, lex.not_names):
        return "weasel", False  # (attrib16's rule, in the same place)
    if cues.hearsay(w, idxs, lex.not_names) or w.lowers[min(idxs[0], idxs[-1])] in lex.appeal_quantifiers \
            and cues.appeal_to_all(w, idxs, lex.not_names, lex.things):
        return "weasel", False  # (prov24's rule, in the same place)
    head = cues.relative_head(lowers, idxs, head)
    if (owned := cues.owned_thing_head(lowers, idxs, head, lex.speaking_things, lex.prepositions)) != head:
        head, idxs = owned, [k for k in idxs if k <= owned]  # (claims56's rule, in the same place)
    if head is not None and head > 0 and idxs[-1] == 0 and cues._time_before_verb(w, head, lex):
        head = 0  # (sources48's rule, in the same place)
    quoted = quote_at is not cues._never_quoted and (
        quote_at(starts[idxs[0]]) is not None or any(quote_at(starts[i]) is not None for i in idxs))
    has_name, has_role, has_org, has_weasel, has_pronoun = cues._phrase_facts(w, idxs, head, lex, quoted, quote_at)
    if head is not None and not (quoted and quote_at(starts[head]) is not None):
        hl = lowers[head]
        if head > 0 and (members := cues.body_members(w, head, lex.not_names)) is not None:
            return members  # (claims56's rule, in the same place)
        if (head == 0 or texts[head][:1].islower()) and cues.is_trade_group(hl):
            which = cues.names_which(w, idxs, head, lex.not_names, cues._POSSESSIVE_NOT_NOUNS)
            return (which, True) if which else ("weasel", False)
        if hl in lex.posts and (head == 0 or texts[head][:1].islower()) and (
                post := cues.post_source(w, idxs, head, lex.not_names)):
            return post, False  # (sources9's rule, in the same place)
        if head > 0 and texts[head][:1].isupper() and (
                misread := misread_head(w, idxs, head, lex.not_names)):
            return misread  # (sources10's rule, in the same place)
        if texts[head][:1].isupper() and hl not in lex.not_names and (head != 0 or hl not in lex.generic and not cues.bare_plural(w, head, '')
                                                                       and hl not in lex.documents):  # (sources48's rule)
            if head == 0 and cues.plural_of_people(lowers, idxs, head):
                return "weasel", False  # (sources13's rule, in the same place)
            return "named", has_role
        if hl in lex.weasels and cues.owned_role(w, head, lex.not_names):
            return "role", True  # (sources12's rule, in the same place)
        if hl in lex.weasels and hl not in lex.pronouns:
            return ("role", True) if cues.institution_member(w, head, lex.not_names) else ("weasel", False)
        if hl in lex.roles or hl in lex.orgs or hl in lex.definite_orgs and cues._definite(lowers, head):
            if has_name and hl in lex.roles and cues.placed_role(w, idxs, head):
                return "role", True  # (claims52's rule, in the same place)
            return ("named" if has_name else "role"), has_role
        if hl in lex.pronouns:
            return "pronoun", False
        if hl in lex.documents:  # (claims56: owned by a name, the owner's word)
            first = min(idxs[0], idxs[-1])
            return ("named" if cues.owned_by_name(texts, lowers, head, first, lex.not_names, lex.owner_not_names) else "document"), False
        if hl in lex.messages and cues.owned_by_office(lowers, head, min(idxs[0], idxs[-1]), lex.offices):
            return "document", False  # (claims56's rule, in the same place)
        if texts[head][:1].islower() and (group := cues.people_group(w, idxs, head, lex.not_names)):
            return group  # (sources14's rule, in the same place)
    if has_name:
        return "named", has_role
    if has_role and not has_weasel or has_org:
        return "role", has_role
    if has_weasel:
        return "weasel", False
    if has_pronoun:
        return "pronoun", False
    return None


def test_classify_reads_as_the_plain_decision_list() -> None:
    lex = cues._lex()
    kinds = set()
    for text in _texts():
        for doc, w in _sentences(text):
            quote_at = doc.quote_at if doc.quotes else cues._never_quoted
            for i in range(len(w.lowers)):
                before = source_before(doc, w, i, lex.clause_openers, lex.conjunctions)
                after = source_after(doc, w, i)
                for idxs, head in ((before, before[0] if before else None), (after, after[-1] if after else None),
                                   (before, None)):
                    got = cues._classify(w, idxs, head, lex, quote_at)
                    assert got == _plain_classify(w, idxs, head, lex, quote_at), " ".join(w.texts)
                    kinds.add(got and got[0])
    assert {"named", "role", "weasel", "pronoun", "document"} <= kinds

"""The attribution pass's per-document shortcuts give what their plain readings give:
`cues._quoted_sentences` (the sentences a quotation touches, from the quotations) is the set of
sentences for which `sentence_has_quote` is true, on the example documents, the seed articles and
texts of my own with nested, unclosed and sentence-spanning quotations; and the pass finds, for
every sentence, what `sentence_attribution` finds asked of it alone (but for "according to the
report" after the report was named, which reads the sentences before: back_references)."""

from __future__ import annotations

from xlplugin import back_references, cues
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS

OWN = [
    'The mayor said "we will not close the \'old\' library," and left. Nobody asked why.',
    '"It was a long winter. Prices went up," the grocer wrote. "Then they fell."',
    'He wrote: "the budget is gone. We spent it all. Again.\n\nNo one replied.',
    "\u201cWe doubled the rate,\u201d she said, \u201cbecause \u2018the board\u2019 insisted.\u201d Then it fell.",
    "No quotation here. Officials said the road would reopen on Monday.",
]


def _texts() -> list[str]:
    paths = sorted(EXAMPLES.glob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
    return [p.read_text(encoding="utf-8") for p in paths] + OWN


def test_quoted_sentences_are_those_with_a_quote():
    touched = 0
    for text in _texts():
        doc = prepare(text)
        plain = {k for k, s in enumerate(doc.sentences) if cues.sentence_has_quote(doc, s)}
        assert (cues._quoted_sentences(doc) if doc.quotes else set()) == plain, text[:60]
        touched += len(plain)
    assert touched > 50  # the texts hold quotations


def test_the_pass_finds_what_each_sentence_alone_finds():
    found = 0
    for text in _texts():
        doc = prepare(text)
        for k, (attribution, sentence) in enumerate(zip(cues.find_attributions(doc), doc.sentences)):
            alone = cues.sentence_attribution(doc, sentence)
            if attribution is not None and attribution.detail.startswith(back_references.BACK_DETAIL):
                # (attrib16) "according to the report" after the report was named: the one reading
                # that needs the sentences before; alone, the same words read as a vague source
                assert alone is not None and alone.kind == "weasel" and alone[1:3] == attribution[1:3], (k, sentence.text)
            else:
                assert attribution == alone, (k, sentence.text)
            found += attribution is not None
    assert found > 100

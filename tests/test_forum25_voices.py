"""(forum25) A text of several voices: a question-and-answer site's page, copied as text, is a
thread whose answers are other members' words (xlplugin/forum_posts.py, `_qa_signatures`)."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, kinds
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _qa_page(asked: str, answers: tuple[str, str], ranting: str) -> str:
    first, second = answers
    return f"""Should I let my sourdough starter rest in the fridge between bakes?

Asked 2 years ago \u00b7 Viewed 12k times

14

I bake about once a week and feeding the starter every day seems wasteful. My neighbour says the fridge ruins it for good. Is that right, or can it recover after a few feeds?

{asked}

2 Answers

21

Yes, you can. Cold slows the yeast and bacteria down a great deal, so a starter kept at about 4 degrees needs feeding only once a week. Take it out the evening before you bake and give it two feeds at room temperature.

A starter that has sat for a month may smell sharp and grow a grey liquid on top. Pour the liquid off and feed it; it usually recovers within two or three days.

{first}

-3

Never put it in the fridge!!! The cold KILLS it and the flour companies KNOW it. They want you buying dried yeast forever. Wake up!

{second} {ranting}
"""


QA_PAGES = [
    _qa_page("asked Mar 14, 2023 at 21:07 loafer_jo 1,231 rep \u00b7 4 gold badges",
             ("answered Mar 14, 2023 at 22:15 \u00b7 edited Jul 2, 2025 at 9:12 Crumb Doctor 18.4k rep",
              "answered Aug 3, 2025 at 2:51"), "truthbaker_99 1 rep"),
    _qa_page("asked Jan 3 at 8:40 Pete Harrow 57 rep",
             ("answered Jan 3 at 9:02 mill_wheel 3,310 rep \u00b7 2 silver badges", "answered Jan 5 at 23:11"),
             "KneadTheTruth 11 rep"),
    _qa_page("asked Oct 9, 2021 at 14:00 sarah.b 402 reputation",
             ("answered Oct 9, 2021 at 15:30 Dough Daddy 9,204 reputation", "answered Oct 10, 2021 at 1:15"),
             "nofridge 3 reputation"),
]


@pytest.mark.parametrize("text", QA_PAGES)
def test_a_qa_page_is_a_thread_whose_answers_are_other_members(text):
    doc = prepare(text)
    found = forum_posts.thread(doc)
    assert found is not None and len(found[0]) == 3
    asker = found[1]
    assert asker in ("loafer_jo", "pete harrow", "sarah.b")
    # every answer is another member's words: its "!!!" and "KNOW" are not the asker's
    quoted = forum_posts.quoted_posts(doc)
    assert any("KILLS" in doc.text[s:e] for s, e in quoted)
    assert not any("I bake about once a week" in doc.text[s:e] for s, e in quoted)
    details = loaded_language.score(doc, Settings()).details
    assert details["exclamation"] == 0
    assert kinds.classify(doc).kind == "forum or social post"


@pytest.mark.parametrize("text", [
    # the asker alone signs: no thread (nobody else's words)
    QA_PAGES[0].split("2 Answers")[0] + "\nanswered Mar 15, 2023 at 9:00 loafer_jo 1,231 rep\n",
    # a report that says who answered, in prose: no signature line
    "The minister answered Mar 14 at 21:07 questions from 40 reporters and said the 3,000 rep visits "
    "were over.\n\nShe asked Mar 15 for more time. Critics said the plan was a disgrace!\n",
])
def test_no_qa_thread_without_another_posters_signature(text):
    doc = prepare(text)
    assert forum_posts.thread(doc) is None


def _qa_html(box: str) -> str:
    def post(words: str, signature: str) -> str:
        return (f'<div class="post"><div class="body"><p>{words}</p></div>'
                f'{box.format(signature=signature)}</div>')
    return f"""<!DOCTYPE html><html><head><title>Why does my bike chain keep slipping? - Cycling Answers</title>
<meta property="og:site_name" content="Cycling Answers"></head><body>
<h1>Why does my bike chain keep slipping?</h1>
{post("My chain slips on the two smallest rear cogs when I pedal hard up hills. I replaced the chain last "
      "spring and the bike has done about 3,000 miles since then. Is the cassette worn out, or is it the "
      "gears that need adjusting?", "asked Apr 2, 2024 at 18:20 hill_rider 88 rep")}
<h2>2 Answers</h2>
{post("A chain that slips under load on the smallest cogs usually means those cogs are worn. Measure the "
      "chain with a checker first; if it has stretched past 0.75 percent, the cassette has probably worn "
      "with it. Replace both together and the slipping normally stops.",
      "answered Apr 2, 2024 at 19:05 Spoke Wrangler 12.7k rep")}
{post("Don't waste money on a new cassette!!! The bike shops KNOW the gears just need a quarter turn. "
      "They are ripping everyone off!", "answered Apr 9, 2024 at 1:12 gearhead_77 5 rep")}
</body></html>"""


@pytest.mark.parametrize("box", [
    '<div class="user-info">{signature}</div>',
    '<div class="post-signature owner"><span class="user-details">{signature}</span></div>',
    '<aside class="owner-card">{signature}</aside>',
])
def test_a_qa_web_page_keeps_its_signatures_and_reads_as_a_thread(box):
    pytest.importorskip("trafilatura")
    from xlplugin import pages

    page = pages.extract_page(_qa_html(box))
    assert "answered Apr 9, 2024 at 1:12 gearhead_77 5 rep" in page.text
    doc = prepare(page.text)
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == "hill_rider"
    assert kinds.classify(doc).kind == "forum or social post"
    assert loaded_language.score(doc, Settings()).details["exclamation"] == 0

"""`engine.text_digests` gives, for each address, what `engine.text_digest` gives (links26): the
refresh and `score` try every link of a URL column against a row's stamp with it."""

from __future__ import annotations

from xlplugin.engine import text_digest, text_digests

URLS = ["https://www.bbc.co.uk/news/a", "", "www.example.org/ü?q=\"x\"", "council story", "https://m.example.com/\ud800"]


def test_each_address_gives_the_digest_text_digest_gives():
    cases = [
        dict(text="Plain report.", title=""),
        dict(text="Zwei Zeilen\nmit Umlauten äöü und \"Anführungszeichen\"", title="Titel", outlet="Der Bote"),
        dict(text="A text with a lone surrogate \udc80 and a tab\t.", title="T", outlet="", author="Ann Lee",
             date="2024-03-01", page_type=""),
        dict(text="Only a page type.", page_type="article"),
        dict(text="With furniture.", outlet="Post", furniture=frozenset({"p1", "p0"})),
        dict(text="Everything.", title="t", outlet="o", author="a", date="d", page_type="p", furniture=("k",)),
    ]
    for fields in cases:
        found = dict(text_digests(URLS, **fields))
        assert list(found) == URLS
        for url in URLS:
            rest = {k: v for k, v in fields.items() if k not in ("text", "title")}
            assert found[url] == text_digest(fields["text"], fields.get("title", ""), url, **rest), (fields, url)
    assert len({dict(text_digests(URLS, "Same text."))[url] for url in URLS}) == len(URLS)

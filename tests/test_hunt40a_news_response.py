"""(hunt40a) A NewsAPI response saved as it came (`{"status": "ok", "totalResults": N, "articles":
[...]}`) was refused as "a JSON object, not an array of documents", though fresh39 reads each of its
articles' fields (`source.name`, `publishedAt`, `content`). Its "articles" list is read as the rows;
a text cut short by the service (`... [+1834 chars]`) is still refused row by row, and a response
holding one page of its results says so. An error response is refused with its own message."""

from __future__ import annotations

import json

from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, read_paths

# (our own short articles, written for these tests)
QUAY = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting "
        "at which residents asked about the cost of the works and the months the ferry road would be closed.")
POOL = ("The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust "
        "said on Monday. Its manager, Ines Duarte, said the new roof cost 1.2 million pounds, paid by the council.")


def _article(name, author, title, url, when, content):
    return {"source": {"id": None, "name": name}, "author": author, "title": title, "description": "A summary.",
            "url": url, "urlToImage": None, "publishedAt": when, "content": content}


ARTICLES = [
    _article("Town Herald", "Ana Ruiz", "Quay to grow", "https://townherald.example/quay", "2026-03-02T09:00:00Z", QUAY),
    _article("Daily Courier", "Ed Li", "Pool reopens", "https://courier.example/pool", "2026-03-03T09:00:00Z", POOL),
    _article("Bay News", "Jo Park", "Ferry times", "https://baynews.example/ferry", "2026-03-04T09:00:00Z",
             "The island ferry will sail twice more each day in summer, the operator said\u2026 [+1834 chars]"),
]


def _response(tmp_path, total=3, name="news.json", **extra):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"status": "ok", "totalResults": total, "articles": ARTICLES, **extra}, indent=2),
                    encoding="utf-8")
    return path


def test_a_newsapi_response_is_read_article_by_article(tmp_path):
    items = list(read_paths([str(_response(tmp_path))]))
    assert [type(i) for i in items] == [Record, Record, Problem]
    quay, pool, ferry = items
    assert (quay.text, quay.outlet, quay.author, quay.url) == (QUAY, "Town Herald", "Ana Ruiz", "https://townherald.example/quay")
    assert quay.date.startswith("2026-03-02")
    assert (pool.title, pool.outlet) == ("Pool reopens", "Daily Courier")
    assert "[+1834 chars]" in ferry.message and "not the whole text" in ferry.message


def test_the_summary_says_a_response_holds_one_page_of_its_results(tmp_path, capsys):
    path = _response(tmp_path, total=1234)
    capsys.readouterr()
    main(["score", str(path)])
    err = capsys.readouterr().err
    assert "a NewsAPI response holding 3 of its 1,234 results" in err, err
    assert "3 documents read, 2 scored, 1 not scored (1 with a text cut short in the text cell)" in err, err
    capsys.readouterr()
    main(["score", str(_response(tmp_path, total=3, name="all.json"))])
    assert "NewsAPI response holding" not in capsys.readouterr().err


def test_a_response_in_a_folder_is_read(tmp_path):
    _response(tmp_path / "feeds", name="monday.json")
    items = list(read_paths([str(tmp_path / "feeds")]))
    assert [i.id for i in items] == ["monday.json:1", "monday.json:2", "monday.json:3"]


def test_an_error_response_is_refused_with_its_message(tmp_path):
    path = tmp_path / "err.json"
    path.write_text(json.dumps({"status": "error", "code": "rateLimited", "message": "You have made too many requests."}),
                    encoding="utf-8")
    (item,) = read_paths([str(path)])
    assert isinstance(item, Problem)
    assert "error response, not articles (rateLimited: 'You have made too many requests.')" in item.message


def test_an_object_with_other_lists_beside_its_articles_is_still_refused(tmp_path):
    """Only a response's own shape (its status, its count, its articles) is read so; an object that
    holds other lists too is refused as before, naming them."""
    path = _response(tmp_path, name="more.json", errors=[])
    (item,) = read_paths([str(path)])
    assert isinstance(item, Problem) and "'articles', 'errors' holds a list" in item.message

"""(fresh39) Files saved from a news service or a page's schema.org data name their fields their own
way. A NewsAPI file ({"source": {"id": "reuters", "name": "Reuters"}, "author": ..., "publishedAt":
..., "content": ...}) was scored with no outlet and no date (its rows said "no named outlet" and "no
date", provenance a few points lower than the same row's in a CSV with outlet and date columns), and
every article of one outlet had the outlet's id ("reuters") as its own. A schema.org record
({"articleBody": ..., "author": {"@type": "Person", "name": ...}, "publisher": {"name": ...},
"datePublished": ...}) was refused for no text column. An outlet or person given as an object now
gives its name as the outlet or author, its id stays the outlet's, and publishedAt, datePublished and
articleBody are the date and the text."""

from __future__ import annotations

import json

from xlplugin.engine import score_many
from xlplugin.inputs import Record, read_paths

ARTICLE = ("The harbour board voted on Tuesday to extend the quay by 300 metres, according to minutes published "
           "by the clerk. The chair said the work would cost 4.2 million euros and start in the spring. The vote "
           "passed seven to two, the board's records show, and the port authority said it would publish the plans.")
OTHER = ("Residents gathered outside the town hall on Friday evening. A police spokesman told reporters that "
         "nobody was hurt and that the protest ended peacefully after two hours, he said in a statement.")


def _records(path):
    items = list(read_paths([str(path)]))
    assert all(isinstance(item, Record) for item in items), [getattr(item, "message", "") for item in items]
    return items


def test_a_newsapi_file_gives_outlet_date_and_row_ids(tmp_path):
    path = tmp_path / "everything.json"
    path.write_text(json.dumps([
        {"source": {"id": "coast-daily", "name": "Coast Daily"}, "author": "Ana Ruiz", "title": "Quay to grow",
         "description": "The board voted.", "url": "https://coastdaily.example/quay", "urlToImage": None,
         "publishedAt": "2026-03-01T10:00:00Z", "content": ARTICLE},
        {"source": {"id": "coast-daily", "name": "Coast Daily"}, "author": None, "title": "Protest ends",
         "description": "People gathered.", "url": "https://coastdaily.example/protest", "urlToImage": None,
         "publishedAt": "2026-03-02T08:30:00Z", "content": OTHER},
    ]), encoding="utf-8")
    first, second = _records(path)
    assert (first.outlet, first.date, first.author) == ("Coast Daily", "2026-03-01T10:00:00Z", "Ana Ruiz")
    assert (second.outlet, second.date) == ("Coast Daily", "2026-03-02T08:30:00Z")
    assert first.id != second.id and "coast-daily" not in (first.id, second.id)
    assert first.text == ARTICLE
    # scored as the same row with outlet and date columns is
    table = tmp_path / "same.csv"
    table.write_text(f'title,outlet,author,date,url,text\nQuay to grow,Coast Daily,Ana Ruiz,2026-03-01T10:00:00Z,'
                     f'https://coastdaily.example/quay,"{ARTICLE}"\n', encoding="utf-8")
    [row] = _records(table)
    fields = ("text", "title", "url", "outlet", "author", "date")
    from_json, from_csv = score_many([{k: getattr(r, k) for k in fields} for r in (first, row)], workers=1)
    assert from_json.reliability == from_csv.reliability
    assert from_json.signals["provenance"].value == from_csv.signals["provenance"].value


def test_a_schema_org_record_is_read(tmp_path):
    path = tmp_path / "ld.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in [
        {"@type": "NewsArticle", "headline": "Quay to grow", "datePublished": "2026-03-01",
         "author": {"@type": "Person", "name": "Ana Ruiz"}, "publisher": {"@type": "Organization", "name": "Coast Daily"},
         "articleBody": ARTICLE},
        {"@type": "NewsArticle", "headline": "Protest ends", "datePublished": "2026-03-02",
         "author": {"@type": "Person", "name": "Tom Hale"}, "publisher": {"@type": "Organization", "name": "Town Post"},
         "articleBody": OTHER},
    ]) + "\n", encoding="utf-8")
    first, second = _records(path)
    assert (first.title, first.author, first.outlet, first.date, first.text) == (
        "Quay to grow", "Ana Ruiz", "Coast Daily", "2026-03-01", ARTICLE)
    assert (second.author, second.outlet) == ("Tom Hale", "Town Post")


def test_a_top_level_outlet_or_id_is_still_the_one_read(tmp_path):
    path = tmp_path / "both.jsonl"
    path.write_text(json.dumps({"id": "a1", "outlet": "Harbour Weekly", "source": {"id": "x", "name": "Feed"},
                                "text": ARTICLE}) + "\n", encoding="utf-8")
    [record] = _records(path)
    assert (record.id, record.outlet) == ("a1", "Harbour Weekly")


def test_a_list_of_people_given_as_objects_gives_their_names(tmp_path):
    path = tmp_path / "authors.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in [
        {"id": "a1", "text": ARTICLE, "authors": [{"@type": "Person", "name": "Ana Ruiz"}, {"name": "Ed Li"}]},
        {"id": "a2", "text": OTHER, "authors": [{"name": "Tom Hale", "url": "https://coastdaily.example/tom"}]},
        {"id": "a3", "text": OTHER, "tags": [{"label": "port"}], "authors": []},
    ]) + "\n", encoding="utf-8")
    first, second, third = _records(path)
    assert (first.author, second.author, third.author) == ("Ana Ruiz; Ed Li", "Tom Hale", "")
    assert third.columns["tags"] == '[{"label": "port"}]'  # (objects with no name: their JSON text, as before)


def test_export_column_names_give_outlet_author_and_date(tmp_path):
    # as Media Cloud, a feed reader or a page scraper names them: read as other columns, the rows
    # said "no named outlet", "no author", "no date" of files that gave all three
    path = tmp_path / "export.csv"
    path.write_text(
        "stories_id,publish_date,title,url,media_name,author_name,text\n"
        f'9001,2026-03-01,Quay to grow,https://coastdaily.example/quay,Coast Daily,Ana Ruiz,"{ARTICLE}"\n',
        encoding="utf-8")
    [record] = _records(path)
    assert (record.outlet, record.author, record.date) == ("Coast Daily", "Ana Ruiz", "2026-03-01")
    other = tmp_path / "scraped.csv"
    other.write_text(f'published_date,site_name,creator,text\n2026-03-02,Town Post,Tom Hale,"{OTHER}"\n', encoding="utf-8")
    [record] = _records(other)
    assert (record.outlet, record.author, record.date) == ("Town Post", "Tom Hale", "2026-03-02")


def test_the_url_of_an_author_or_outlet_object_is_not_the_articles(tmp_path):
    path = tmp_path / "people.jsonl"
    path.write_text(json.dumps({"headline": "Quay to grow", "articleBody": ARTICLE,
                                "author": {"name": "Ana Ruiz", "url": "https://coastdaily.example/staff/ana"},
                                "publisher": {"name": "Coast Daily", "url": "https://coastdaily.example/"}}) + "\n",
                    encoding="utf-8")
    [record] = _records(path)
    assert (record.author, record.outlet, record.url) == ("Ana Ruiz", "Coast Daily", "")

"""(jsonl29) JSON Lines files (.jsonl, .ndjson) and JSON files holding one array of objects
(.json) as tables of documents: each record is a table row, read through the path a CSV row is
read through (`inputs.records_from_rows`), so that its text, id, title, URL, outlet, author and
date are found by the same column names, and its cells are read by the same rules.

- A record's nested objects are flattened into columns named with dots ("meta.url"); the usual
  names (text, body, content, article...; id; title; url; outlet...) are found at the top level,
  or the text field named with --text-column ("meta.body" for a nested one).
- A list of plain values is read as one cell, its values joined with "; " (authors); a list that
  holds objects as its JSON text.
- A byte order mark and blank lines are skipped. A line that is not JSON, or JSON that is not an
  object, is a row refused with its line number and why (never left out unsaid), its line kept
  in the text cell as a CSV row refused for its number of fields is.
- A record of `xlplugin score --json` output (it has our "signals", "stamp" and "reliability"
  keys) is read as the document it scored: its id, title, URL, outlet, author, date and text; its
  earlier scores, kind and notes are left out (never read as columns, nor scored), and its Status
  says so. A record of an input that was not read then (its "error" set) is refused again, with
  that reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError

JSONL_EXTENSIONS = (".jsonl", ".ndjson")
JSON_EXTENSIONS = (".json",)

# The keys every `xlplugin score --json` record has that no article export is likely to hold
# all of (cli.JSON_KEYS): a record holding them is our own output.
_OWN_OUTPUT_KEYS = frozenset({"signals", "stamp", "reliability", "contributors", "weights"})
# What is read back from our own output: the document, not what was worked out from it.
_OWN_INPUT_KEYS = ("id", "title", "url", "outlet", "author", "date", "text")
OWN_OUTPUT_NOTE = ("read from xlplugin score --json output: its text scored again, its earlier scores, kind and "
                   "notes left out")
OWN_OUTPUT_ERROR = "this record of xlplugin score --json output is of an input that was not read then ({error})"


def _cell(value: Any) -> Any:
    """A JSON value as a table cell: text, a number or true/false as it is, null as an empty cell,
    a list of plain values as them joined with "; ", a list of objects that each have a name as
    their names so joined, any other list as its JSON text."""
    if isinstance(value, list):
        if all(isinstance(v, (str, int, float, bool)) for v in value):
            return "; ".join(str(v) for v in value) if value else None
        # (fresh39) a list of people or outlets given as objects ([{"@type": "Person", "name": "Ana
        # Ruiz"}, ...], schema.org's and many exports' authors): their names, not the JSON text
        # '[{"name": ...}]' as the author the workbook shows
        if all(isinstance(v, dict) and isinstance(v.get("name"), str) and v["name"].strip() for v in value):
            return "; ".join(v["name"].strip() for v in value)
        return json.dumps(value, ensure_ascii=False)
    return value


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A record's fields as cells, nested objects' keys joined with dots ("meta.url")."""
    cells: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            cells.update(flatten(value, name + "."))
        else:
            cells[name] = None if isinstance(value, dict) else _cell(value)
    return cells


def _nested_found(headers: list[str]) -> dict[str, str]:
    """The nested fields read as a usual one the top level lacks: {"meta.url": "url"} where no
    top-level key names a URL and one nested key, alone, does (its last part: url, link...). Each
    is then that column, under its short name (as a refresh reads it back from the workbook)."""
    from .inputs import (AUTHOR_COLUMN_NAMES, DATE_COLUMN_NAMES, ID_COLUMN_NAMES, OUTLET_COLUMN_NAMES,
                         TEXT_COLUMN_NAMES, TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, find_column)

    renamed: dict[str, str] = {}
    taken = {h.lower() for h in headers}

    def owner(header: str, names: tuple[str, ...]) -> bool:  # ("source.name": an outlet's name)
        parts = header.split(".")
        return len(parts) > 1 and find_column([parts[-2]], names) is not None

    # (fresh39) An outlet or a person given as an object, as NewsAPI gives the outlet
    # ({"source": {"id": "reuters", "name": "Reuters"}}) and schema.org the author and publisher
    # ({"author": {"@type": "Person", "name": "Ana Ruiz"}}): its "name" is the outlet or the author
    # (neither was read: "no author", "no named outlet" for a record that named both), and its "id"
    # and "url" the outlet's or person's, never the document's (every Reuters article had the id
    # "reuters"; an author's profile page was read as the article's address).
    owners = OUTLET_COLUMN_NAMES + AUTHOR_COLUMN_NAMES
    for names in (TEXT_COLUMN_NAMES, ID_COLUMN_NAMES, TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, OUTLET_COLUMN_NAMES,
                  DATE_COLUMN_NAMES, AUTHOR_COLUMN_NAMES):
        if find_column(headers, names) is not None:
            continue
        nested = [h for h in headers if "." in h and h not in renamed and find_column([h.rsplit(".", 1)[1]], names)
                  and not ((names is ID_COLUMN_NAMES or names is URL_COLUMN_NAMES) and owner(h, owners))]
        leaf = nested[0].rsplit(".", 1)[1] if len(nested) == 1 else ""
        if not nested and (names is OUTLET_COLUMN_NAMES or names is AUTHOR_COLUMN_NAMES):
            named = [h for h in headers if h not in renamed and "." in h and h.rsplit(".", 1)[1].lower() == "name"
                     and owner(h, names)]
            leaf = named[0].split(".")[-2] if len(named) == 1 else ""  # (under its owner's name: "source")
            nested = named
        if leaf and leaf.lower() not in taken:
            renamed[nested[0]] = leaf
            taken.add(leaf.lower())
    return renamed


def own_output(record: dict[str, Any]) -> bool:
    """Whether a record is one of `xlplugin score --json`'s own (see `_OWN_OUTPUT_KEYS`)."""
    return _OWN_OUTPUT_KEYS <= record.keys()


# (hunt30) Why a JSON file found in a folder is not read (`folder_skip_reason`): a folder is read
# for its documents, and `xlplugin score FOLDER --json > FOLDER/scores.jsonl` leaves one of these
# in it (empty while that run reads the folder; the run's records after it).
EMPTY_IN_FOLDER = "an empty file (nothing to score)"
OWN_OUTPUT_IN_FOLDER = ("xlplugin score --json output (its documents are the files it scored; give it by name "
                        "to score its texts again)")


def folder_skip_reason(path: Path) -> str:
    """Why the JSON file `path`, found in a folder, is not read: it is empty, or every record in
    it is `xlplugin score --json` output (`own_output`); "" to read it (any file that cannot be
    read or parsed here too: reading it says why)."""
    from .inputs import _read_bytes

    try:
        text = _read_bytes(path)[0].lstrip("\ufeff")
    except InputError:
        return ""
    if not text.strip():
        return EMPTY_IN_FOLDER
    try:
        values = json.loads(text) if path.suffix.lower() in JSON_EXTENSIONS else \
            [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError:
        return ""
    if isinstance(values, list) and values and all(isinstance(v, dict) and own_output(v) for v in values):
        return OWN_OUTPUT_IN_FOLDER
    return _not_documents(values)


# (lead, session 25) A JSON file in a folder that holds no documents (a project's settings, a
# test's expected strings keyed by web address): listed as not read, as a file of another type is,
# where giving it by name stops the run with its reason.
NO_TEXT_FIELD_IN_FOLDER = ("a JSON file whose records have no text field (not a table of documents; give it "
                           "by name with --text-column to read one of its fields as the text)")
NOT_RECORDS_IN_FOLDER = ("a JSON file that holds no array of objects (not a table of documents; a .json file "
                         "is read as one array of objects, a .jsonl file as one object a line)")


def _not_documents(values: Any) -> str:
    """Why parsed JSON found in a folder is no table of documents, or "": an object holding lists, a
    value that is no object, or records none of whose fields names a text or a file path."""
    from .inputs import PATH_COLUMN_NAMES, TEXT_COLUMN_NAMES, find_column

    values = news_articles(values) if news_articles(values) is not None else values  # (hunt40a) a NewsAPI response
    if isinstance(values, dict):
        if any(isinstance(v, list) for v in values.values()) or not values:
            return NOT_RECORDS_IN_FOLDER
        values = [values]
    if not isinstance(values, list) or not any(isinstance(v, dict) for v in values):
        return NOT_RECORDS_IN_FOLDER
    headers: dict[str, None] = {}
    for value in values:
        if isinstance(value, dict):
            headers.update(dict.fromkeys(flatten(value)))
    names = _nested_found(list(headers))
    found = [names.get(h, h) for h in headers]
    if find_column(found, TEXT_COLUMN_NAMES) is None and find_column(found, PATH_COLUMN_NAMES) is None:
        return NO_TEXT_FIELD_IN_FOLDER
    return ""


def _what_json(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a text in quotes"
    if isinstance(value, bool):
        return "true or false"
    if value is None:
        return "null"
    return "a number"


def _json_lines(text: str) -> list[tuple[int, str, Any, str]]:
    """(line number, line, value, why it is refused or "") of each line that is not blank."""
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append((number, line, None, f"line {number} is not JSON: {exc.msg} (character {exc.colno})"))
            continue
        why = "" if isinstance(value, dict) else (f"line {number} holds {_what_json(value)}, not a JSON object "
                                                  "({\"text\": ...}): each line of a JSON Lines file is one document")
        out.append((number, line, value, why))
    return out


def news_articles(data: Any) -> list[Any] | None:
    """(hunt40a) The articles of a NewsAPI response saved as it came (`{"status": "ok",
    "totalResults": 1234, "articles": [...]}`, from /v2/everything or /v2/top-headlines), or None
    for any other JSON: its "articles" list is the only list it holds, beside its status and count."""
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list) or data.get("status") != "ok":
        return None
    if any(isinstance(value, (list, dict)) for key, value in data.items() if key != "articles"):
        return None
    return data["articles"]


def news_pages_note(path: Path, data: Any) -> str:
    """(hunt40a) What the summary says of a NewsAPI response that holds one page of its results
    (`totalResults` more than the articles in the file), or ""."""
    articles, total = news_articles(data), data.get("totalResults") if isinstance(data, dict) else None
    if articles is None or not isinstance(total, int) or isinstance(total, bool) or total <= len(articles):
        return ""
    return (f"{path}: a NewsAPI response holding {len(articles):,} of its {total:,} results (its 'totalResults'): "
            "the other pages of results are not in the file, and are not scored")


def _json_array(path: Path, text: str) -> tuple[list[tuple[int, str, Any, str]], str]:
    """The items of a .json file holding one array of objects, as `_json_lines` gives lines
    (placed as "item N"), or its lines where it holds JSON Lines; InputError for any other JSON."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = _json_lines(text)
        if len(lines) > 1 and not lines[0][3]:  # (JSON Lines under a .json name)
            return lines, "line"
        raise InputError(f"{path}: not a JSON file xlplugin reads ({exc.msg} at line {exc.lineno}): give a JSON Lines "
                         "file (.jsonl, one object a line) or a .json file holding one array of objects") from None
    if news_articles(data) is not None:  # (hunt40a) a NewsAPI response: its articles are the documents
        data = news_articles(data)
    elif isinstance(data, dict) and data.get("status") == "error" and "message" in data and "articles" not in data:
        code = f"{data['code']}: " if isinstance(data.get("code"), str) else ""
        raise InputError(f"{path}: a news service's error response, not articles ({code}{str(data['message'])[:200]!r}): "
                         "fetch the articles again and save the response that holds them")
    if isinstance(data, dict):
        lists = [key for key, value in data.items() if isinstance(value, list)]
        where = f" (its {', '.join(repr(k) for k in lists[:3])} holds a list: save that list as the file)" if lists else ""
        if not lists and data:
            return [(1, json.dumps(data, ensure_ascii=False), data, "")], "item"
        raise InputError(f"{path}: a JSON object, not an array of documents{where}; xlplugin reads a .json file "
                         "holding one array of objects, or a JSON Lines file (.jsonl)")
    if not isinstance(data, list):
        raise InputError(f"{path}: the JSON file holds {_what_json(data)}, not an array of objects (one a document)")
    return [(n, json.dumps(v, ensure_ascii=False), v, "" if isinstance(v, dict) else
             f"item {n} of the array is {_what_json(v)}, not a JSON object: each item is one document")
            for n, v in enumerate(data, start=1)], "item"


# (hunt48) A file whose records hold their text under different usual names (most "text", some
# "body"): the file's text field is the one found first, and a record without that field, whose
# text is under another usual name, was "empty (no text)", its text unsaid. It is refused with
# where its text is; a record whose text field is there but empty is said as a table's row with an
# empty text cell is (hunt49: inputs.TEXT_IN_OTHER_COLUMN).
TEXT_ELSEWHERE = ("no \"{column}\" field, as the file's other records have: its text is in \"{other}\"; give "
                  "every record its text under one name, or name the field with --text-column")


# (hunt49) The same refusal as a workbook's Status writes it, read back at a refresh: the row's text
# cell is written empty and the other field's cell holds its text.
_TEXT_ELSEWHERE_RE = re.compile(r'not scored: no "(?P<column>[^"]+)" field, as the file\'s other records have: its '
                                r'text is in "(?P<other>[^"]+)"; ')


def still_text_elsewhere(item: Any, status: Any) -> Any:
    """(hunt49) A workbook row that `score` refused as `TEXT_ELSEWHERE` (a JSON Lines record without
    the file's text field), read back at a refresh: its text cell empty, the cell its Status names
    still holding a text. It stays refused with the same Status: it was rescored as "empty (no
    text)", and the refusal saying where its text is was lost. None for any other row (its text
    cell filled, or that cell emptied too: read as it is now)."""
    from .inputs import Problem, Record, given_fields

    found = _TEXT_ELSEWHERE_RE.match(status) if isinstance(status, str) else None
    if not found or not isinstance(item, (Record, Problem)) or isinstance(item, Problem) and item.kind != "cell":
        return None
    text_col = item.text_column
    cell = item.columns.get(text_col)
    if found.group("column") != text_col or not (cell is None or isinstance(cell, str) and not cell.strip()):
        return None
    other = item.columns.get(found.group("other"))
    if not isinstance(other, str) or not other.strip():
        return None
    return Problem(item.source, status.removeprefix("not scored: "), item.id, item.columns, kind="cell",
                   text_column=item.text_column, path_column=getattr(item, "path_column", "") or "",
                   **given_fields(item))


def _text_elsewhere(cells: dict[str, Any], text_col: str) -> str:
    """The usual text field that holds this record's text when it lacks the file's text field."""
    from .inputs import TEXT_COLUMN_NAMES

    if any(k.lower() == text_col.lower() for k in cells):
        return ""
    for key, value in cells.items():
        if key.lower() in TEXT_COLUMN_NAMES and isinstance(value, str) and value.strip():
            return key
    return ""


# (hunt52) A record whose text field holds an object ({"text": {"body": "...", "lang": "en"}}, a text
# per language, a rich-text export) among records whose text field holds the text: its fields were
# read as columns "text.body", "text.lang", and the record was "not scored: empty (no text)", its
# text unsaid. It is refused with what the field holds and how to read it.
TEXT_OBJECT = ("the \"{column}\" field holds an object ({{{keys}}}), not a text: give the text itself as the "
               "field's value{named}")


def _paragraph_list(record: Any, text_col: str) -> str | None:
    """(hunt52) The text of a record whose own text field is a list of strings (["First paragraph.",
    "Second ..."], as scrapers and CMS exports give an article's body), its paragraphs apart as a
    text file's are; None for any other record. Joined with "; " as a list of tags or authors is
    (`_cell`), its paragraphs were one, and a heading or a list line ran into the next sentence."""
    if not isinstance(record, dict) or own_output(record):
        return None
    key = next((k for k in record if isinstance(k, str) and k.lower() == text_col.lower()), None)
    value = record.get(key) if key is not None else None
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        return None
    return "\n\n".join(v.strip() for v in value if v.strip()) or None


# (hunt54) The same for a text field holding a list of objects ({"text": [{"type": "p", "value":
# "First paragraph."}, ...]}, a block editor's or a rich-text export's body): it was refused as
# "not text: JSON data, field names and values" with no word of which field held what, nor where
# the text is. It is refused naming the field, the objects' fields and the one holding the text.
TEXT_OBJECTS = ("the \"{column}\" field holds a list of objects ([{{{keys}}}, ...]), not a text: give the text "
                "itself as the field's value, or its paragraphs as a list of strings{named}")


# (hunt55) The same for a text field holding a list with a value that is no text beside its strings
# (["The council ...", 3], a paragraph's number or a count left in the list, true, null, a list in
# the list): its items were joined with "; " and scored as one text ("The council ...; 3"), the
# value read as the text's last words, unsaid. It is refused naming the field and the first such item.
TEXT_ITEMS = ("the \"{column}\" field holds a list with {what} in it (item {number}: {shown}), not a text: give "
              "the text itself as the field's value, or its paragraphs as a list of strings only")


def _text_items(key: str, value: list[Any]) -> str:
    """`TEXT_ITEMS` for the text field `key` holding the list `value` where an item is no string
    (nor an object: `_text_objects`); "" where every item is a string."""
    number, item = next(((n, v) for n, v in enumerate(value, start=1) if not isinstance(v, str)), (0, None))
    if not number:
        return ""
    what = ("a TRUE/FALSE value" if isinstance(item, bool) else "a number" if isinstance(item, (int, float))
            else "null" if item is None else "a list" if isinstance(item, list) else "a value")
    shown = json.dumps(item, ensure_ascii=False)
    return TEXT_ITEMS.format(column=key, what=what, number=number, shown=shown if len(shown) <= 40 else shown[:40] + "...")


def _keys_shown(value: dict[str, Any]) -> str:
    """An object's first four field names as a message shows them: '"body": ..., "lang": ...'."""
    return ", ".join(json.dumps(k, ensure_ascii=False) + ": ..." for k in list(value)[:4]) + (", ..." if len(value) > 4 else "")


def _text_objects(key: str, value: list[Any]) -> str:
    """`TEXT_OBJECTS` for the text field `key` holding the list `value`, one of whose items at least
    is an object; the field that holds a text in every object, where one alone does, is named."""
    objects = [v for v in value if isinstance(v, dict)]
    fields: dict[str, None] = {}
    for obj in objects:
        fields.update(dict.fromkeys(str(k) for k in obj))
    # (words apart in one at least: a block's "type": "p" is a string in every object, not the text)
    texts = [k for k in fields if all(isinstance(o.get(k), str) and o[k].strip() for o in objects)
             and any(len(o[k].split()) > 1 for o in objects)]
    named = (f' (the text is in each object\'s "{texts[0]}": give those as the list)' if len(texts) == 1
             and len(objects) == len(value) else "")
    return TEXT_OBJECTS.format(column=key, keys=_keys_shown(dict.fromkeys(fields)), named=named)


def _text_object(record: Any, text_col: str) -> str:
    """`TEXT_OBJECT` where `record`'s own field named `text_col` holds an object with fields,
    (hunt54) `TEXT_OBJECTS` where it holds a list with an object in it, (hunt55) `TEXT_ITEMS` where
    it holds a list with another value that is no string in it, else ""."""
    if not isinstance(record, dict):
        return ""
    key = next((k for k in record if isinstance(k, str) and k.lower() == text_col.lower()), None)
    value = record.get(key) if key is not None else None
    if isinstance(value, list) and any(isinstance(v, dict) for v in value) and not own_output(record):
        return _text_objects(str(key), value)
    if isinstance(value, list) and not own_output(record):
        return _text_items(str(key), value)
    if not isinstance(value, dict) or not value:
        return ""
    keys = _keys_shown(value)
    texts = [k for k, v in value.items() if isinstance(v, str) and v.strip()]
    named = f", or read its \"{texts[0]}\" in every record with --text-column {key}.{texts[0]}" if len(texts) == 1 else ""
    return TEXT_OBJECT.format(column=key, keys=keys, named=named)


def read_jsonl(path: Path, text_column: str | None, skipped: list[Any] | None = None) -> Iterator[Any]:
    """The documents of a JSON Lines file (or a .json file holding an array of objects, or a
    NewsAPI response: its articles), as Records and Problems, read as `inputs.read_csv` reads a
    CSV file's rows (see the module). What the summary says of the file goes to `skipped`.
    (hunt40b) Its records that are no document (a note between the documents, a repeat of the
    header, a total: `inputs.not_documents`) are left out and said there, as a CSV file's rows."""
    from .inputs import (REFUSED_LINE, Problem, Record, Skipped, _read_bytes, _reading_columns,
                         given_fields, not_documents, note_for_lines, records_from_rows)

    text, note = _read_bytes(path)
    text = text.lstrip("\ufeff")
    entries, place = (_json_array(path, text) if path.suffix.lower() in JSON_EXTENSIONS
                      else (_json_lines(text), "line"))
    if path.suffix.lower() in JSON_EXTENSIONS and skipped is not None and '"totalResults"' in text:
        try:
            pages = news_pages_note(path, json.loads(text))
        except json.JSONDecodeError:
            pages = ""
        if pages:
            skipped.append(Skipped(pages, "", what="note"))
    if not entries:
        raise InputError(f"{path}: the {'JSON' if place == 'item' else 'JSON Lines'} file is empty")
    rows_cells: list[dict[str, Any]] = []
    own: list[dict[str, Any] | None] = []
    for _, _, value, why in entries:
        if why:
            rows_cells.append({})
            own.append(None)
        elif own_output(value):
            rows_cells.append({k: _cell(value.get(k)) for k in _OWN_INPUT_KEYS})
            own.append(value)
        else:
            rows_cells.append(flatten(value))
            own.append(None)
    headers: dict[str, None] = {}
    for cells in rows_cells:
        headers.update(dict.fromkeys(cells))
    names = _nested_found(list(headers))
    rows_cells = [{names.get(k, k): v for k, v in cells.items()} for cells in rows_cells]
    names = [names.get(h, h) for h in headers]
    if not names:
        names = ["text"]  # (no line is an object: each is refused by its line)
    names, text_col, path_col = _reading_columns(names, str(path), text_column, None, "--text-column")
    if text_col:  # (hunt52) a text given as the list of its paragraphs: one text, a paragraph a string
        for (_, _, value, why), cells in zip(entries, rows_cells):
            paragraphs = _paragraph_list(value, text_col) if not why else None
            if paragraphs is not None:
                cells[text_col] = paragraphs
    rows = [[cells.get(h) for h in names] for cells in rows_cells]
    # (hunt40b) a note between the documents ({"id": "Note: rows below are from the archive", "text":
    # null}, a sheet saved as JSON): scored as a document, where the same row of a CSV file is left out
    left_out = not_documents(rows, names, text_column)
    for i, reason in left_out:
        if skipped is not None:
            skipped.append(Skipped(f"{path} {place} {entries[i][0]}", reason, what="row"))
    # (hunt40a, as a CSV file's rows) with no id column, each record keeps its place among the records
    # as its id, a note left out counted (parity40: and a repeat of the header row)
    out = {i for i, _ in left_out}
    numbers = [i + 1 for i in range(len(rows)) if i not in out]
    entries, rows, own = ([x for i, x in enumerate(xs) if i not in out] for xs in (entries, rows, own))
    items = records_from_rows(names, rows, str(path), text_column, path.parent,
                              places=[f"{place} {number}" for number, *_ in entries], numbers=numbers)
    cells_kept = [x for i, x in enumerate(rows_cells) if i not in out]
    for (number, line, value, why), item, earlier, cells in zip(entries, items, own, cells_kept):
        elsewhere = "" if why or text_column or not text_col else _text_elsewhere(cells, text_col)
        held = "" if why or not text_col or earlier is not None else _text_object(value, text_col)
        if held:
            yield Problem(item.source, held, item.id, item.columns, kind="cell", text_column=text_col,
                          path_column=path_col or "", **given_fields(item))
        elif elsewhere:
            yield Problem(item.source, TEXT_ELSEWHERE.format(column=text_col, other=elsewhere), item.id,
                          item.columns, kind="cell", text_column=text_col, path_column=path_col or "",
                          **given_fields(item))
        elif why:
            columns = {name: None for name in names}
            if text_col:
                columns[text_col] = line  # (the line as the file holds it: a refresh leaves it refused)
            yield Problem(f"{path} {place} {number}", why, item.id, columns, kind=REFUSED_LINE if text_col else "",
                          text_column=text_col or "", path_column=path_col or "")
        elif earlier is not None and earlier.get("error"):
            yield Problem(item.source, OWN_OUTPUT_ERROR.format(error=earlier["error"]), item.id, item.columns,
                          text_column=text_col or "", path_column=path_col or "", **given_fields(item))
        else:
            if isinstance(item, Record):
                # (hunt51) a note on some lines only (a line in another encoding) goes to the records on them
                said = note_for_lines(note, number, number) if place == "line" else note
                # (hunt52) and to the records whose reading it could change: one of ASCII alone reads the
                # same in every encoding (a .json array in Windows-1252 said so on each of its items)
                said = "" if line.isascii() else said
                item.note = "; ".join(n for n in (said, OWN_OUTPUT_NOTE if earlier is not None else "", item.note) if n)
            yield item

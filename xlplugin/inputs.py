"""Getting documents in: folders and files of .txt/.md/.html, CSV files with a text column.

Each document becomes a `Record`: its id, text and what is known about it, plus the user's own
columns (for a CSV or workbook row) so that writers can put them back first, as they were. A
file that cannot be read becomes a `Problem` with a message; reading goes on with the rest.
(Workbook input is read by `xlplugin.workbook`, which returns the same `Record`s.)
"""

from __future__ import annotations

import csv
import html
import io
import os
import re
import unicodedata
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable, Collection, Iterable, Iterator, Sequence, Union

from .errors import InputError, cannot_read
from .file_titles import author_line, date_line, headline_line, outlet_line
from .mhtml_pages import ADDRESS_NOTE, MHTML_EXTENSIONS, MHTML_NOTE, archived_page, is_web_archive
from .mojibake import repair_note, repaired
from .text import decode_entities
from .subtitles import SUBTITLE_EXTENSIONS, SUBTITLE_NOTE, subtitle_prose
from .text_tables import TAB_TABLE_NOTE, txt_file_is_table

__all__ = [
    "named_column",
    "repeats_header",
    "description_row",
    "totals_row",
    "note_row",
    "bottom_notes",
    "NOTE_ROW_REASON",
    "middle_notes",
    "section_labels",
    "table_beside",
    "unnamed_texts",
    "unnamed_text_lines",
    "SECTION_LABEL_REASON",
    "MIDDLE_NOTE_REASON",
    "bottom_totals",
    "not_documents",
    "TOTAL_ROW_REASON",
    "HEADER_REPEAT_REASON",
    "DESCRIPTION_ROW_REASON",
    "header_below",
    "known_columns",
    "TEXT_COLUMN_CASE_NOTE",
    "MergedCell",
    "read_as_web_page",
    "Record",
    "Problem",
    "TEXT_EXTENSIONS",
    "MAX_FILE_BYTES",
    "read_paths",
    "input_files",
    "read_found",
    "named_file_row_ids",
    "read_text_file",
    "read_file",
    "html_to_text",
    "find_column",
    "found_outside_table",
    "locate_file",
    "records_from_rows",
    "TEXT_COLUMN_NAMES",
    "shown_text",
    "text_controls",
    "unit_rating",
    "rating_scale",
    "read_csv_table",
    "RATING_SCALES",
    "unique_headers",
    "distinct_ids",
    "shared_id_notes",
    "with_id_note",
    "OTHER_SPREADSHEETS",
    "save_as_xlsx_advice",
    "in_folder_given",
]

# (pasted30: subtitles, as their spoken text; hunt49: a web page saved as one file, mhtml_pages)
TEXT_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".srt", ".vtt") + MHTML_EXTENSIONS
# Larger files are refused with a message rather than read: 50 MB of text is ~8 million words,
# far beyond any article, and most likely a mistake (a binary, a dump).
MAX_FILE_BYTES = 50 * 1024 * 1024
# Column names that hold the text, the file path, and the metadata (compared case-insensitively).
# "X text" headers are text columns as a class ("Article text", "Body text", "Story text"), after
# the plain names (a table with both a "text" and an "article text" column reads "text"); not
# "page text", the column a workbook of pages and tables shows each page's article in
# (`workbook.layout.MIXED_FILE_TEXT_COLUMN`), which is not the text to score.
_TEXT_KINDS = ("article", "body", "content", "document", "story", "main", "post", "news", "message", "full_article")
# (hunt31) After the English names, each column's usual names in German, French, Spanish,
# Italian, Portuguese and Dutch, as a table exported by a newsroom or a teacher in those languages
# heads them ("Titel, Datum, Quelle, Autor, Text", "Titre, Date, Source, Auteur, Texte"): a table
# headed so was read with its title, outlet, date and author left out (a lower provenance score,
# said nowhere), or refused for no text column. Names only with their accents and without (a
# header typed on an English keyboard). The Italian and Portuguese "data" (date) is read as the date
# only in a table with another column named in one of these languages (`find_column`): in an English
# table a "data" column is anything but a date, and a date cell earns provenance points.
_FOREIGN_TEXT = ("texte", "texto", "testo", "tekst", "inhalt", "contenu", "contenido", "contenuto", "conteúdo", "conteudo",
                 "artikel", "artículo", "articulo", "articolo", "artigo")
_FOREIGN_TITLE = ("titel", "titre", "título", "titulo", "titolo", "überschrift", "ueberschrift", "schlagzeile", "titular",
                  "manchette")
_FOREIGN_URL = ("lien", "enlace", "collegamento")
_FOREIGN_OUTLET = ("quelle", "fuente", "fonte", "bron", "zeitung", "periódico", "periodico", "giornale",
                   "testata", "jornal", "krant")
_FOREIGN_DATE = ("datum", "fecha", "erscheinungsdatum", "veröffentlicht", "date_de_publication", "fecha_de_publicación",
                 "fecha_de_publicacion", "data_di_pubblicazione", "data_de_publicação", "data_de_publicacao", "publicatiedatum")
_FOREIGN_AUTHOR = ("autor", "auteur", "autore", "autores", "autoren", "verfasser", "auteurs", "autori")
# (fresh39) The names news services and schema.org give these fields, read as one word ("publishedAt"
# is "publishedat"): NewsAPI's publishedAt, schema.org's articleBody and datePublished. A NewsAPI file's
# dates were not read (its rows said "no date"), and a schema.org file was refused for no text column.
_SERVICE_TEXT = ("articlebody", "article_body")
_SERVICE_DATE = ("publishedat", "published_at", "datepublished", "date_published", "publish_date", "pubdate",
                 "published_date")
# (fresh39) and the outlet and author columns of exports (Media Cloud's media_name, a page's
# og:site_name, RSS's dc:creator): read as other columns, their rows said "no named outlet", "no author"
_SERVICE_OUTLET = ("media_name", "source_name", "outlet_name", "publisher_name", "publication_name", "site_name",
                   "sitename", "newspaper")
_SERVICE_AUTHOR = ("author_name", "author_names", "creator")
TEXT_COLUMN_NAMES = ("text", "body", "content", "article", "full_text", "fulltext", "document", "story") \
    + tuple(f"{kind}_text" for kind in _TEXT_KINDS) + _FOREIGN_TEXT + _SERVICE_TEXT
PATH_COLUMN_NAMES = ("path", "file", "filename", "file_name", "text_path", "source_file")
ID_COLUMN_NAMES = ("id", "doc_id", "document_id")
TITLE_COLUMN_NAMES = ("title", "headline") + _FOREIGN_TITLE
URL_COLUMN_NAMES = ("url", "link", "source_url") + _FOREIGN_URL
OUTLET_COLUMN_NAMES = ("outlet", "publication", "source", "publisher", "site") + _FOREIGN_OUTLET + _SERVICE_OUTLET
DATE_COLUMN_NAMES = ("date", "published", "publication_date", "pub_date") + _FOREIGN_DATE + _SERVICE_DATE
AUTHOR_COLUMN_NAMES = ("author", "authors", "byline") + _FOREIGN_AUTHOR + _SERVICE_AUTHOR
# The columns of a table that give a document's metadata, by the names each may have.
META_COLUMN_NAMES = (TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, OUTLET_COLUMN_NAMES, DATE_COLUMN_NAMES, AUTHOR_COLUMN_NAMES)
HTML_EXTENSIONS = (".html", ".htm")
# What a file name in a text cell ends with: the files xlplugin reads, and the documents people
# keep articles in (a row naming one is told to use a path column, not scored as prose).
_DOCUMENT_EXTENSIONS = TEXT_EXTENSIONS + (".csv", ".tsv", ".xlsx", ".xls", ".pdf", ".doc", ".docx", ".rtf", ".odt", ".epub",
                                          ".json", ".xml")
# A Windows or POSIX path's start: C:\ (or C:/), \\server, /, ~/, ./ or ../
_PATH_START_RE = re.compile(r"(?:[A-Za-z]:[\\/]|\\\\|~?/|\.{1,2}[\\/])\S")
# (hunt55) A relative path's start with no "./": a folder's name (letters, digits, "_", "-", ".";
# a letter at least, so that "24/7" is none) and a folder separator, then the next part, all in the
# text's first word ("docs/the council report.docx", "news\\2026 roads.docx"). Prose opens with a
# word of its own ("The report is in docs/budget.docx"), never with a folder.
_RELATIVE_START_RE = re.compile(r"[\w.-]*[^\W\d_][\w.-]*[\\/][^\s\\/]")
# (hunt56) A first folder whose name has a space in it ("my docs/report.docx", "Case files/2026/
# notes.txt", "My Documents\\..."): two or three words (letters, digits, "_", "-", an apostrophe,
# brackets), the last with a letter, then a separator and the next part. Prose that names a file
# has more words of its own before it ("The report is in docs/...", "Saved in my docs/...").
_SPACED_FOLDER_RE = re.compile(r"(?:[\w'\u2019()&-]+ ){1,2}[\w.'\u2019()&-]*[^\W\d_][\w.'\u2019()&-]*[\\/][^\s\\/]")


@dataclass
class Record:
    """One document to score and what the user gave about it."""

    id: str
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    date: str = ""
    author: str = ""
    page_type: str = ""  # a web page's own type hint ("article", "product"), for the document kind
    source: str = ""  # the file (and row) it came from, for messages
    columns: dict[str, object] = field(default_factory=dict)  # the user's own columns, in order
    text_column: str = ""  # which of `columns` held the text itself ("" when it came from a file)
    note: str = ""  # how the input was read, when a person should know (e.g. not UTF-8)
    path_column: str = ""  # which of `columns` named the file the text was read from
    text_file: str = ""  # the file the text was read from, as found (see `locate_file`)

    def as_input(self, note: bool = True):
        """The engine's input for this record: its text and every field scoring reads, and its
        note (how it was read), which `score_many` puts at the end of the result's note.
        `note=False` for a caller that says the note in its own place (the Status column,
        `input_note`), so that it is not said twice."""
        from .engine import DocumentInput

        return DocumentInput(self.text, self.id, self.title, self.url, self.outlet, self.author, self.date,
                             self.page_type, self.note if note else "")


@dataclass
class Problem:
    """A document or file that could not be read, and why."""

    source: str
    message: str
    id: str = ""
    columns: dict[str, object] = field(default_factory=dict)
    # "cell" when a table row's text cell holds no text (a number, a date, #N/A); "unreadable"
    # for a row's file that was found but could not be read (a binary, too large); "" for any
    # other file (or a row's file) that could not be read or found
    kind: str = ""  # (or REFUSED_LINE: a CSV row refused for its number of fields, its line whole in the text cell)
    # a table's row: the columns its text (and file) would be read from, as a Record's
    text_column: str = ""
    path_column: str = ""
    # (book20) what a table's row gives about the document, read as for a Record (a placeholder,
    # "NA", counted as none): a row that is not scored is still counted under its outlet, in the
    # Outlets sheet, --by-outlet and a Dask table's outlet column (`given_fields`)
    title: str = ""
    url: str = ""
    outlet: str = ""
    date: str = ""
    author: str = ""


Item = Union[Record, Problem]
# The fields a table's row gives about its document, kept by a Problem as by a Record.
GIVEN_FIELDS = ("title", "url", "outlet", "date", "author")


def given_fields(item: Any) -> dict[str, str]:
    """The title, URL, outlet, date and author a Record or Problem holds (those given)."""
    return {key: value for key in GIVEN_FIELDS if (value := getattr(item, key, ""))}


REFUSED_LINE = "line"


def is_refused_line(item: Any) -> bool:
    """(loose21) A CSV row refused for its number of fields: its fields were never read, so it
    is no document and its outlet is not known. It is left out of every outlet's count (the
    Outlets sheet, `--by-outlet`), not counted as a document with no outlet."""
    return isinstance(item, Problem) and item.kind == REFUSED_LINE


class _NoSavedValue:
    """A text cell holding a formula whose value was never saved (a workbook written by a program
    such as openpyxl and not opened in a spreadsheet since): a workbook reader gives this in place
    of the empty value it reads, so that the Status says why there is no text."""

    def __repr__(self) -> str:
        return "NO_SAVED_VALUE"


NO_SAVED_VALUE = _NoSavedValue()
NO_SAVED_VALUE_MESSAGE = "a formula with no saved value (open and save the workbook in Excel or LibreOffice first)"
# How the message of a row not scored for such a formula in its title, url, outlet, date or author
# cell ends (`_unsaved_meta`): the summary counts it apart from a text cell with no text.
UNSAVED_META_END = "; the row is not scored without"
# What a row's note (its Status) says when its id cell holds such a formula: the row is known as
# a row with a blank id is, by its number; the cell is written back empty, so that a refresh
# reads the same id back. (Another row with that id is kept apart, see `distinct_ids`.)
ID_FORMULA_NOTE = ("the id cell holds " + NO_SAVED_VALUE_MESSAGE
                   + ", so the row's id is {id!r}, its place among the documents, as for a blank id cell")
# (loose26) The id of a row whose id cell is blank, in a table with an id column: its place among
# the rows, marked so that it is no id a user types ("3 (no id)", never "3": another row's "3"
# would be taken for it, its Status saying "id 3 also used by row 5"), and its Status says so. A
# table with no id column numbers its rows 1, 2, 3 (no id typed there to collide with).
BLANK_ID = "{number} (no id)"
BLANK_ID_NOTE = ("the id cell is blank, so the row's id is {id!r}, its place among the rows (type an id to keep its "
                 "evidence with it when rows are added, removed or sorted)")
# What a row's note says when it has both a text in its text cell and a file named in its path
# cell: the text cell is read (as always), and the file is not, whatever it holds or whether it exists.
BOTH_READ_NOTE = ("the text in column {text!r} was read; the file in column {path!r} ({file}) was not: "
                  "to score that file instead, empty the text cell")
# What a row's note says when its text cell held a text cut to fit it (a workbook this plugin
# wrote, `cells.CUT_MARKER`) and the row names the file it came from: the whole text was read there.
CUT_READ_NOTE = "the text cell holds a text cut to fit it; the whole text was read from its file"
# (book44) What a row's note says when it has neither a text nor a file name in a table with a path
# column (a row added to a workbook of files, its file cell left empty): "empty (no text)" alone
# did not say where the text was to come from.
NO_FILE_NOTE = "write the name of the file that holds its text in column {path!r}"
NO_FILE_OR_TEXT_NOTE = NO_FILE_NOTE + " (or paste the text into column {text!r})"


@dataclass(frozen=True)
class MergedCell:
    """A text (or file path) cell covered by a merged cell that starts in an earlier row (`top`;
    `ref` is the merged range): a workbook reader gives this in place of the empty value it
    reads (see `workbook.merged`). A merged text is one document: it is read once, for its first
    row, and this row's Status says so."""

    top: int
    ref: str

    @property
    def message(self) -> str:
        return f"merged with row {self.top}'s cell ({self.ref}){MERGED_CELL_MARK}{self.top}"


# How a MergedCell's message goes on after the range: the summary counts such rows apart by it.
MERGED_CELL_MARK = ": one document, read once, in row "


class _TextExtractor(HTMLParser):
    """The readable text of an HTML page: no scripts, styles, navigation furniture; block
    elements become paragraph breaks; the <title> is kept apart."""

    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "form", "button", "iframe"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
             "section", "article", "header", "blockquote", "pre", "figcaption", "figure", "hr", "dd", "dt", "aside", "main"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    """(readable text, page title) of an HTML document."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    title = " ".join("".join(parser.title_parts).split())
    return html.unescape(text) if "&" in text else text, title


# (hunt26b) "_x000D_": how an .xlsx file stores a carriage return (ECMA-376's "_xHHHH_" escape).
# Excel and the workbook reader (`workbook.reader`) decode it, but openpyxl does not: a column read
# with pandas.read_excel and saved as CSV or Parquet holds "line one._x000D_\nline two." in every
# line break, and each "_x000D_" was scored as a word (a word count three higher, another reading
# grade and sentiment than the same text in the workbook). Read as the carriage return it stands
# for, then as a line end like any other; "_x005F_x000D_" (the escape of a literal "_x000D_") is
# left as it is.
_CR_ESCAPE_RE = re.compile(r"(?<!_x005F)(?<!_x005f)_x000[dD]_")


def shown_text(text: str) -> str:
    """The text as a document carries it, shown and scored: line ends as "\\n", Unicode NFC and
    control characters as `text_controls` decides them. Scoring normalises the same way
    (`text.normalise`); done here, at the input, it leaves nothing for scoring to change in
    length, so that every evidence offset points into the text the user is shown (JSON `text`,
    the workbook's text cell, the Read sheet), CRLF files and decomposed accents included.
    HTML character references are read first ("Smith &amp; Sons" is shown and scored as "Smith &
    Sons": `text.decode_entities`), as scoring reads them. (hunt25a) Characters garbled by a
    wrong encoding ("cafÃ©", "â€œ": UTF-8 text once opened as Windows-1252) are read as meant
    (`mojibake.repaired`; `mojibake.repair_note` says so where a note is kept). (hunt26b) Excel's
    escape of a carriage return, "_x000D_", left in a text by openpyxl (pandas.read_excel), is the
    line end it stands for (`_CR_ESCAPE_RE`)."""
    text = repaired(decode_entities(text)[0])
    if "_x000" in text:  # (hunt26b) Excel's escape of a carriage return, as openpyxl leaves it
        text = _CR_ESCAPE_RE.sub("\r", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text_controls(text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# C0 control characters a text may hold but a workbook cell cannot (XML 1.0 refuses them): a page
# break (form feed, as text taken from a PDF has between pages) and a vertical tab (Word's line
# break) end a line; any other (NUL, bell, escape...) is a space. Decided once, at the input, so
# that the text scored is the text written to the workbook and given by --json, and a refresh
# reads back the same text (a cell would otherwise store U+FFFD in its place: another text).
# DELETE, a zero-width space and a byte order mark inside a text are spaces too: scoring reads
# them so (`text._CONTROL_RE`), and the text shown is the text scored ("deci\u200bsion" is shown
# as the two words it is scored as, so that evidence quotes what the cell holds).
# (hunt26b) Unicode's line and paragraph separators (U+2028, U+2029) and NEXT LINE (U+0085), as JSON
# exports, web editors and text decoded as Latin-1 hold them, end a line too, as scoring reads them
# (`text._line_separators`): the text shown is the text scored.
_CONTROLS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u200b\u2028\u2029\ufeff]")
_CONTROLS_AS = str.maketrans({**{chr(c): " " for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, 0x200B, 0xFEFF)},
                              "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


def text_controls(text: str) -> str:
    """`text` with its control characters (`_CONTROLS_RE`) as text: a page break or vertical tab
    as a line end, any other as a space; one for one, so every offset into `text` stays right.
    Every way in uses it (files, CSV and workbook cells, Excel functions, Dask)."""
    return text.translate(_CONTROLS_AS) if _CONTROLS_RE.search(text) else text


_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
# (inputs21) UTF-32's marks (its little-endian one starts as UTF-16's does): read as UTF-32, a
# file that starts with one and is not UTF-32 text named so.
_UTF32_MARKS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_BINARY = "looks like a binary file, not text"
# Code points that text does not hold: control characters (save tab, line and page breaks),
# unassigned, private-use, surrogate. Random bytes read as UTF-16 give about a fifth of them;
# a text, none or a stray one.
_NOT_TEXT_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# More than this share of them, and a file with a UTF-16 byte order mark is not UTF-16 text.
UTF16_NOT_TEXT_SHARE = 0.01
# Below this many characters, where few code points can all happen to be assigned, each line
# must be written mostly in one script (`_one_script`); from about 50 on, random bytes always
# give some of `_NOT_TEXT_CATEGORIES`, and a longer text may mix scripts (a table of documents
# in several languages, saved by Excel as "Unicode text").
UTF16_SCRIPT_CHECKED = 200
# Fewer characters than this after a UTF-16 mark, none a space, a line end or punctuation: too
# few to tell text from random bytes (which are letters of one script often enough at that length).
UTF16_SHORTEST = 16


def _decode(data: bytes, source: str) -> tuple[str, str]:
    """(text, note): UTF-8, or UTF-16 or UTF-32 where a byte order mark says so (no note: the
    file says how it is written, nothing is guessed); else Windows-1252, which the note says."""
    if data.startswith(_UTF32_MARKS):
        return _decode_marked(data, source, "UTF-32"), ""
    if data.startswith(_UTF16_MARKS):
        return _decode_marked(data, source), ""
    if data.startswith(_ZIP_MARK):
        raise InputError(f"{source}: {ZIP_NAMED_AS_TEXT}")
    if b"\x00" in data[:4096]:
        unmarked = _unmarked_utf16(data)
        if unmarked:
            return data.decode(unmarked, errors="replace"), "read as UTF-16 (the file has no byte order mark to say so)"
        text = _unmarked_utf16_text(data, source) or _utf8_with_stray_nuls(data)
        if text is not None:
            return text
        raise InputError(f"{source}: {_BINARY}")
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    lines = _utf8_lines_beside_others(data, source)  # (hunt51: a UTF-8 file with lines of another encoding)
    if lines is not None:
        return lines
    mostly = _utf8_but_stray_bytes(data)  # (rows17: a UTF-8 file with a byte or two of Windows-1252)
    if mostly is not None:
        return mostly
    # Not UTF-8: Windows-1252 is the usual culprit for news text saved on Windows; every byte
    # decodes in it except five, which we replace. The user is told in the status column.
    text = data.decode("cp1252", errors="replace")
    if _mac_roman_tells(text, _CP1252_TELLS) > 4 * _mac_roman_tells(mac := data.decode("mac_roman"), _MAC_ROMAN_TELLS) \
            and (any(quote in mac for quote in "\u2019\u201c\u201d") or _mac_roman_tells(mac, _MAC_NOT_DOS_TELLS) < 4
                 * _mac_roman_tells(data.decode("cp850"), _DOS_NOT_MAC_TELLS)):
        return mac, _MAC_ROMAN_NOTE  # (hunt25a) "donÕt", "cafŽ": a Mac's text, read as Windows-1252
    inside = _inside_word(text, _DOS_INSIDE_WORD)
    if _mac_roman_tells(text, _DOS_TELLS) + inside > 4 * _mac_roman_tells(dos := data.decode("cp850"), _NOT_DOS_TELLS) \
            and _mac_roman_tells(mac, _MAC_NOT_DOS_TELLS) + inside > _mac_roman_tells(dos, _DOS_NOT_MAC_TELLS):
        return dos, _DOS_NOTE  # (loose26) "caf‚", "M�ller": Excel's "CSV (MS-DOS)", read as Windows-1252
    if "\u00ff" in text:  # (loose28) code page 850's no-break space, "ÿ" in Windows-1252
        spaces, letters = _dos_spaces(text)
        if spaces and not letters and not _mac_roman_tells(dos, _NOT_DOS_TELLS):
            return dos, _DOS_SPACE_NOTE
        if spaces:
            return text, _NOT_TOLD_NOTE
    symbols, letters = _dos_symbols(text)  # (loose29) "¸ 2024", "Sport ú News": code page 850's "©", "·"
    if symbols and not letters and not _mac_roman_tells(dos, _NOT_DOS_TELLS):
        return dos, _DOS_SYMBOL_NOTE
    either = _either_symbol(text)
    return text, (_EITHER_NOTE.format(either) if either else _NOT_UTF8_NOTE)


# (loose29) A file of code page 850 whose only bytes beyond ASCII are symbols ("©", "·", "×", "»",
# "°": 13 of 39 corpus texts saved so) has no accent for the rules above to go by, and read as
# Windows-1252 its symbols come out as letters or accents: "© 2024" as "¸ 2024", "Sport · News" as
# "Sport ú News", "20°C" as "20øC", "3×4" as "3ž4". Such a byte is told by where it stands: a
# letter of Windows-1252 that is a symbol in code page 850 (not a box's line) and stands where no
# letter of a word would (no letter before it, nor a lowercase word after it: "ú" between spaces,
# "ø" after a number), or a lone accent of Windows-1252 ("¸", "¯", which no text writes alone). The
# file is read as code page 850 where it holds such a byte and no letter of Windows-1252 beyond
# ASCII stands in a word ("fútbol", "Øresund", "niño", an "é" anywhere), and code page 850 shows
# none of Windows-1252's accents. Where its only bytes beyond ASCII are symbols in both ("©" in
# Windows-1252 is "®" in code page 850, "«" is "½"), nothing tells which: it is read as
# Windows-1252, and the note says what they would be in code page 850.
_DOS_SYMBOL_NOTE = ("read as DOS code page 850 (the file is not UTF-8, and read as Windows-1252 its symbols come out "
                    "as letters where no word stands: \u201c\u00b8 2024\u201d for \u201c\u00a9 2024\u201d, "
                    "\u201cSport \u00fa News\u201d for \u201cSport \u00b7 News\u201d; Excel\u2019s \u201cCSV (MS-DOS)\u201d saves so)")
_EITHER_NOTE = ("read as Windows-1252 (the file is not UTF-8; its {} would be other symbols in DOS code page 850, "
                "and nothing in the file tells which: save it as UTF-8 to be sure)")


@lru_cache(maxsize=1)
def _symbol_bytes() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """(letters of Windows-1252 that are symbols in code page 850, lone accents of Windows-1252 that
    are symbols there, {a symbol of Windows-1252: the other symbol that byte is in code page 850})."""
    letters, accents, either = set(), set(), {}
    for byte in range(0x80, 0x100):
        try:
            shown = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        meant = bytes([byte]).decode("cp850")
        if meant.isalpha() or meant.isdecimal() or meant.isspace() or "\u2500" <= meant <= "\u259f" or byte == 0xFF:
            continue  # (a letter, a space, a box's line in code page 850; FF is loose28's)
        if shown.isalpha():
            letters.add(shown)
        elif unicodedata.category(shown) == "Sk":
            accents.add(shown)
        elif not shown.isspace() and unicodedata.category(shown) != "Cf":
            either[shown] = meant
    return frozenset(letters), frozenset(accents), either



def _dos_symbols(text: str) -> tuple[int, int]:
    """(loose29) How many characters of a Windows-1252 reading stand as code page 850's symbols
    (a lone accent, "¸"; a letter that is a symbol there with no letter before it nor a lowercase
    word after it), and how many letters beyond ASCII stand in a word (any other)."""
    symbols = letters = 0
    symbol_letters, symbol_accents, _ = _symbol_bytes()
    for other in _NOT_ASCII_RE.finditer(text):
        char, at = other.group(), other.start()
        if char in symbol_accents:
            symbols += 1
        elif char.isalpha():
            before = text[at - 1] if at else ""
            word_after = text[at + 1:at + 3]
            if char in symbol_letters and not before.isalpha() and not (len(word_after) == 2 and word_after.isalpha()
                                                                          and word_after.islower()):
                symbols += 1
            else:
                letters += 1
    return symbols, letters


def _either_symbol(text: str) -> str:
    """(loose29) The symbols of a Windows-1252 reading that are other symbols in code page 850, in
    words ("“©” (byte A9; “®” in code page 850)"), where every character beyond ASCII it holds is
    such a symbol (nothing tells the two readings apart); else ""."""
    either = _symbol_bytes()[2]
    found = sorted(set(_NOT_ASCII_RE.findall(text)))
    if not found or any(char not in either for char in found):
        return ""
    return ", ".join(f"\u201c{char}\u201d (byte {char.encode('cp1252')[0]:02X}; \u201c{either[char]}\u201d in code page 850)"
                     for char in found[:3])


# (loose28) Code page 850 writes a no-break space as byte FF, Windows-1252's "ÿ": a file whose only
# byte beyond ASCII is that one ("120 m", "Mr Hale", "3 May" with no-break spaces, saved as "CSV
# (MS-DOS)") has no accent for the rule above to go by, and was read as "120ÿm", "MrÿHale". The
# byte is told apart by where it stands: "ÿ" is a letter inside a name ("Moÿse", "Louÿs", "Aÿ",
# "L'Haÿ-les-Roses": after a letter, before a lowercase letter, a space, a line end or the marks
# that end a word), a no-break space stands where a space would (after a digit or a mark, before a
# digit, a capital or "?", "!", ":", ";", "%"). Read as code page 850 where every FF stands as a
# space does and code page 850 shows none of Windows-1252's accents ("é" is its "Ú"); where some
# stand as spaces and others as letters, the file stays Windows-1252 and its note says which byte
# cannot be told. Over the corpus's texts saved as Windows-1252 none has an FF standing as a space.
_DOS_SPACE_NOTE = ("read as DOS code page 850 (the file is not UTF-8, and its byte FF stands where a space would: "
                   "a no-break space in code page 850, \u201c\u00ff\u201d in Windows-1252, \u201c120\u00ffm\u201d; "
                   "Excel\u2019s \u201cCSV (MS-DOS)\u201d saves so)")
_NOT_TOLD_NOTE = ("read as Windows-1252 (the file is not UTF-8; its \u201c\u00ff\u201d (byte FF) may be a no-break "
                  "space of DOS code page 850 where it stands between words or after a number: nothing in the file "
                  "tells which; save it as UTF-8 to be sure)")
_WORD_ENDS = frozenset(" \t\r\n-'\u2019.,)\"\u201d")


def _dos_spaces(text: str) -> tuple[int, int]:
    """(loose28) How many "ÿ" of a Windows-1252 reading stand where a space would, and how many
    as a letter of a word (after a letter, before a lowercase letter, a space, a line end or a
    mark that ends a word)."""
    spaces = letters = 0
    at = text.find("\u00ff")
    while at != -1:
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if before.isalpha() and (after == "" or after.islower() or after in _WORD_ENDS):
            letters += 1
        else:
            spaces += 1
        at = text.find("\u00ff", at + 1)
    return spaces, letters


# (hunt25a) Mac Roman, the encoding of text files and CSV files saved by older Mac programs
# (Excel for Mac's "CSV (Macintosh)", TextEdit before Unicode): its curly quotes, apostrophes and
# accented letters are other bytes than Windows-1252's, and read as Windows-1252 a text comes out
# as "donÕt", "ÒWeÓ", "cafŽ", "na•ve": its quotation marks no quotation marks, its words not
# words, and its scores wrong. A file that is not UTF-8 is read as Mac Roman where its Windows-1252
# reading shows more than four times as many such tells as its Mac Roman reading: a character
# after a lowercase letter that is no letter a word goes on with there (an uppercase accented
# letter, "Ž", "•", "‡") and whose byte is, in the other encoding, a lowercase letter, a closing
# quote, an apostrophe or "…". The marks that follow a word in both ("’", "”", "–", "—", "…",
# "™", "»", "›", a footnote's "¹") are no tells. Over the corpus's texts (seeds, web pages,
# evaluation sets) saved as Windows-1252, none is read as Mac Roman; saved as Mac Roman, nine in
# ten are (the rest hold no tell: a dash or two, a no-break space, and read alike either way).
# A file of a DOS code page (Excel's "CSV (MS-DOS)") stays read as Windows-1252, as before.
_MAC_ROMAN_NOTE = ("read as Mac Roman (the file is not UTF-8, and read as Windows-1252 its quotes and accents "
                   "come out as other characters: \u201cdon\u00d5t\u201d, \u201ccaf\u017d\u201d)")
_WORD_MARKS = frozenset("\u2019\u201d\u201c\u2018\u2013\u2014\u2026\u2122\u00ab\u00bb\u2039\u203a\u00b9\u00b2\u00b3")


def _tell_set(shown_in: str, meant_in: str) -> frozenset[str]:
    """The characters that are tells of text meant in `meant_in` read in `shown_in`."""
    tells = set()
    for byte in range(0x80, 0x100):
        try:
            shown, meant = bytes([byte]).decode(shown_in), bytes([byte]).decode(meant_in)
        except UnicodeDecodeError:
            continue
        if (meant.islower() or meant in "\u2019\u201d\u2026") and not shown.islower() and shown not in _WORD_MARKS:
            tells.add(shown)
    return frozenset(tells)


_CP1252_TELLS = _tell_set("cp1252", "mac_roman")
_MAC_ROMAN_TELLS = _tell_set("mac_roman", "cp1252")
# (A file of DOS code page 850 shows such tells read as Windows-1252 too, "caf‚ fran‡ais": read
# as Mac Roman, a file must hold a Mac's curly quote or apostrophe (a DOS code page has none), or
# show four times as many tells read as code page 850 as read as Mac Roman.)
_MAC_NOT_DOS_TELLS = _tell_set("mac_roman", "cp850")
_DOS_NOT_MAC_TELLS = _tell_set("cp850", "mac_roman")


# (loose26) DOS code page 850, what Excel's "CSV (MS-DOS)" and programs of the Windows command line
# write: read as Windows-1252, its "é" comes out as "‚", "ä" as "„", "ç" as "‡", "è" as "Š", its
# "ü" as "�" (a byte Windows-1252 does not define) and "ö" as "”", so that "Müller" and "schön"
# are no words. A file that is not UTF-8 (nor Mac Roman) is read as code page 850 where its
# Windows-1252 reading shows more than four times as many such tells (a character after a
# lowercase letter that no word goes on with, whose code page 850 byte is a lowercase letter: the
# same shape as the Mac Roman rule; "�" is one) as its code page 850 reading shows of Windows-1252
# (the "é" of a Windows file, "Ú" in code page 850). The marks that end a word in Windows-1252
# ("”", "’", "…", "–") and its no-break space are no tells, unless inside a word ("sch”n":
# `_DOS_INSIDE_WORD`). A Mac Roman text the Mac Roman rule left alone stays as it was: code page
# 850 must also explain its marks better than Mac Roman does (more tells of code page 850 read as
# Mac Roman, with those inside a word, than of Mac Roman read as code page 850). Over the
# corpus's texts saved as Windows-1252, none is read as code page 850; saved as code page 850,
# each holding a tell is.
_DOS_NOTE = ("read as DOS code page 850 (the file is not UTF-8, and read as Windows-1252 its accents come out as "
             "other characters: \u201ccaf\u201a\u201d, \u201cM\ufffdller\u201d; Excel's \u201cCSV (MS-DOS)\u201d "
             "saves so)")
_DOS_TELLS = _tell_set("cp1252", "cp850") - {"\u00a0"} | {"\ufffd"}
_NOT_DOS_TELLS = _tell_set("cp850", "cp1252") - {"\u00a0"}
# Marks that end a word in Windows-1252 but are, in code page 850, letters: a closing double quote
# ("ö"), a single angle quote ("ø") or a left single quote ("æ") between two lowercase letters
# ("sch”n", "S›ren", "f‘rry") is a tell too: no Windows text puts one inside a word. (Not the
# apostrophe, "don’t", nor a dash, "pre–war", nor "…".)
_DOS_INSIDE_WORD = frozenset("\u201d\u203a\u2018")


def _inside_word(text: str, marks: frozenset[str]) -> int:
    """How many of `marks` stand between two lowercase letters in `text`."""
    return sum(1 for other in _NOT_ASCII_RE.finditer(text) if other.group() in marks and 0 < other.start() < len(text) - 1
               and text[other.start() - 1].islower() and text[other.start() + 1].islower())


def _mac_roman_tells(text: str, tells: frozenset[str]) -> int:
    """How many of `tells` follow a lowercase letter in `text`. (A byte Windows-1252 does not
    define is no tell: it is a letter in Mac Roman, but in the DOS code pages too, "ü" in
    Excel's "CSV (MS-DOS)", which is no Mac Roman.)"""
    found = 0
    for other in _NOT_ASCII_RE.finditer(text):  # (the ASCII letters are no tells: not looked at one by one)
        at = other.start()
        if other.group() in tells and at and text[at - 1].islower():
            found += 1
    return found


_NOT_ASCII_RE = re.compile("[^\x00-\x7f]")


# A zip file's first bytes: an .xlsx, .docx or .odt is a zip. Saved under a text file's name (a
# workbook renamed .csv), it is said so, not "binary".
_ZIP_MARK = b"PK\x03\x04"
ZIP_NAMED_AS_TEXT = ("a zip file (a workbook or a Word document, perhaps) under a text file's name: if it is a "
                     "workbook, rename it .xlsx and give it by name; else save its text as .txt")
# UTF-16 text with no byte order mark (some exports write none): Latin text so written has a zero
# byte in every other place and in no other. Read so where the bytes looked at show that pattern
# in all but UNMARKED_UTF16_SLACK of the characters (a text in another script stays refused:
# its pattern is not so plain).
UNMARKED_UTF16_LOOKED_AT = 4096
UNMARKED_UTF16_SLACK = 0.05


def _unmarked_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for a file of Latin text in UTF-16 with no byte order mark, else None."""
    sample = data[:UNMARKED_UTF16_LOOKED_AT]
    if len(data) % 2 or len(sample) < 8:
        return None
    evens, odds = sample[0::2], sample[1::2]
    for zeros, others, codec in ((odds, evens, "utf-16-le"), (evens, odds, "utf-16-be")):
        if others.count(0) == 0 and zeros.count(0) >= (1 - UNMARKED_UTF16_SLACK) * len(zeros):
            return codec
    return None


def _not_text_share(text: str) -> float:
    """The share of `text`'s characters that text does not hold (`_NOT_TEXT_CATEGORIES`)."""
    odd = sum(1 for ch in text if ch not in _TEXT_CONTROLS and unicodedata.category(ch) in _NOT_TEXT_CATEGORIES)
    return odd / max(1, len(text))


# UTF-16 text in any script with no byte order mark (Greek, Cyrillic, Chinese: not the plain
# every-other-byte pattern of Latin, `_unmarked_utf16`). Read in the one byte order whose text
# holds what a text does and random bytes do not: it decodes as UTF-16 (no lone surrogate), no
# more than UTF16_NOT_TEXT_SHARE of its characters are control, unassigned or private-use, each
# line is written mostly in one script (`_one_script`), and it has plain spaces or line ends
# (the zero bytes of the file). Read in the wrong order, a text's spaces and line ends become
# U+2000 and U+0A00 and its letters scatter: both orders passing is refused, not guessed.
_PLAIN_BREAKS = frozenset(" \n")


def _unmarked_utf16_text(data: bytes, source: str) -> tuple[str, str] | None:
    """(text, note) of a file of UTF-16 text in any script with no byte order mark, else None;
    InputError where both byte orders read as text (it cannot be told which)."""
    if len(data) % 2 or len(data) < 2 * UTF16_SHORTEST:
        return None
    read = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        counted = text.rstrip("\x00")
        sample = counted[:UNMARKED_UTF16_LOOKED_AT // 2]
        if not _PLAIN_BREAKS.isdisjoint(sample) and _not_text_share(sample) <= UTF16_NOT_TEXT_SHARE \
                and all(_one_script(line, beside_latin=True) for line in sample.splitlines()):
            read.append(text)
    if len(read) == 2:
        raise InputError(f"{source}: may be UTF-16 text with no byte order mark, but it cannot be told in which byte "
                         "order: open it in a text editor and save it as UTF-8")
    return (read[0], "read as UTF-16 (the file has no byte order mark to say so)") if read else None


# A UTF-8 text with a stray NUL character or a few (a damaged file, a program that ends a text
# with one): read, its NULs as spaces as every control character is (`text_controls`), where it
# decodes as UTF-8 and no more than UTF8_CONTROL_SHARE of its characters are control characters;
# a binary file decodes so almost never, and holds many more.
UTF8_CONTROL_SHARE = 0.01


def _utf8_with_stray_nuls(data: bytes) -> tuple[str, str] | None:
    """(text, no note) of a UTF-8 text that holds a few NUL characters, else None."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if len(text) < UTF16_SHORTEST or _not_text_share(text) > UTF8_CONTROL_SHARE:
        return None
    return text, ""


def _decode_marked(data: bytes, source: str, encoding: str = "UTF-16") -> str:
    """The text of a file that starts with a UTF-16 (or UTF-32: `encoding`) byte order mark. A
    mark is bytes any binary may start with: what does not decode (an odd length, a lone
    surrogate), or decodes to code points no text holds (`_NOT_TEXT_CATEGORIES`), or (a short
    one) to letters of scripts no line of text mixes, is refused as a binary is; one too short to
    tell, too."""
    why = f"{source}: {_BINARY} (it starts with a {encoding} byte order mark, but is not {encoding} text)"
    try:
        text = data.decode(encoding.lower())
    except UnicodeDecodeError:
        if encoding == "UTF-32" and data.startswith(_UTF16_MARKS):
            with suppress(InputError):  # (UTF-16 whose first character is a NUL: rare, but its mark is there)
                return _decode_marked(data, source)
        raise InputError(why) from None
    counted = text.rstrip("\x00")  # (a NUL at the end: some programs end a UTF-16 file so)
    if (counted and _not_text_share(counted) > UTF16_NOT_TEXT_SHARE) or (counted != text and not counted.strip()) \
            or (len(counted) < UTF16_SCRIPT_CHECKED and not all(map(_one_script, counted.splitlines()))):
        raise InputError(why)
    if len(counted) < UTF16_SHORTEST and not any(ch.isspace() or unicodedata.category(ch)[0] == "P" for ch in counted):
        # (eight random bytes after a mark are four Han characters one time in seven or so)
        raise InputError(f"{source}: too short to tell from a binary file ({len(counted)} characters after a {encoding} "
                         "byte order mark, with no space, line end or punctuation)")
    return text


# Scripts read together in one text: Japanese writes Han with its kana, Korean Hangul with some
# Han (the first word of a character's Unicode name: "CJK UNIFIED IDEOGRAPH-6E2F", "HIRAGANA
# LETTER A", "HANGUL SYLLABLE GA").
_SCRIPT_FAMILY = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK"}
_SAME_TEXT = {"HANGUL": ("CJK",)}
# Of a text's letters, at least this share is of its main script (with Latin, which any text
# may quote: names, brands, web addresses). Random bytes read as UTF-16 scatter over the 65,536
# code points: Han, Hangul, Yi, Latin, Cyrillic, Arabic... mixed, about two fifths Han.
ONE_SCRIPT_SHARE = 0.9


def _script(ch: str) -> str:
    word = unicodedata.name(ch, "?").split(" ", 1)[0].split("-", 1)[0]
    return _SCRIPT_FAMILY.get(word, word)


def _one_script(text: str, beside_latin: bool = False) -> bool:
    """Is `text` written mostly in one script (with Latin beside it), as a document is? A text of
    no letters is, when it holds only digits, punctuation and spaces (a list of numbers); random
    bytes decoded as UTF-16 mix scripts and symbols (`_decode_marked`). `beside_latin`: the main
    script is the main one other than Latin, so that a line mostly in Latin may quote another
    script (a table's Greek title beside its English text)."""
    from collections import Counter

    scripts = Counter(_script(ch) for ch in text if unicodedata.category(ch)[0] == "L")
    if not scripts:
        return all(ch.isspace() or unicodedata.category(ch)[0] in "NPZ" for ch in text)
    others = [pair for pair in scripts.most_common(2) if pair[0] != "LATIN"] if beside_latin else None
    main, count = others[0] if others else scripts.most_common(1)[0]
    count += sum(scripts[other] for other in _SAME_TEXT.get(main, ())) + (scripts["LATIN"] if main != "LATIN" else 0)
    return count >= ONE_SCRIPT_SHARE * sum(scripts.values())


def read_text_file(path: Path) -> tuple[str, str, str]:
    """(text, title, note) of a .txt/.md/.html file. Raises InputError with a readable message.
    (For a web page, `read_file` also gives its author, date, URL, site name and page type.)"""
    doc = read_file(path)
    return doc.text, doc.title, doc.note


def _file_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: {size / 1e6:.0f} MB is larger than the {MAX_FILE_BYTES // 2**20} MB limit for one document")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(cannot_read(path, exc)) from None


# An HTML page's own statement of its character set: <meta charset="..."> or
# <meta http-equiv="Content-Type" content="text/html; charset=...">, looked for near the top
# (where browsers look for it).
_META_CHARSET_RE = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CHARSET_SCAN_BYTES = 4096
# Declared names that browsers read as Windows-1252 (the WHATWG encoding standard): it is
# their superset, and what the fallback reads already.
_AS_WINDOWS_1252 = {"cp1252", "latin_1", "ascii", "iso8859_1"}
_NOT_UTF8_NOTE = "read as Windows-1252 (the file is not UTF-8)"
_STRAY_BYTE_RE = re.compile("[\udc80-\udcff]")  # (a byte that is not UTF-8, as "surrogateescape" keeps it)
_NON_ASCII_RE = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _utf8_but_stray_bytes(data: bytes) -> tuple[str, str] | None:
    """(text, note) of a UTF-8 file with a few bytes that are not UTF-8 (a line pasted from a
    Windows program into a UTF-8 file): read as UTF-8, each stray byte as Windows-1252, the note
    naming their lines. Reading the whole file as Windows-1252 would garble every UTF-8 letter
    in it ("é" as "Ã©"). None where the file's non-ASCII characters are not at least as often
    UTF-8 as not (fewer UTF-8 characters than stray bytes; a control or unassigned character,
    which two Windows-1252 bytes can make by chance, "ß»", is not counted): a Windows-1252
    file, read as one. (rows17)"""
    text = data.decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    stray = [m.start() for m in _STRAY_BYTE_RE.finditer(text)]
    utf8 = sum(1 for c in _NON_ASCII_RE.findall(text) if not unicodedata.category(c).startswith("C"))
    if not utf8 or utf8 < len(stray):
        return None
    lines = sorted({text.count("\n", 0, at) + 1 for at in stray})
    fixed = _STRAY_BYTE_RE.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)
    shown = ", ".join(map(str, lines[:5])) + (", ..." if len(lines) > 5 else "")
    return fixed, (f"read as UTF-8, but for {len(stray)} byte{'s' if len(stray) != 1 else ''} that "
                   f"{'are' if len(stray) != 1 else 'is'} not UTF-8 (line{'s' if len(lines) != 1 else ''} {shown}), "
                   "read as Windows-1252: check the letters there")


class LinesNote(str):
    """(hunt51) A note on how a file was read that holds for some of its lines only (`lines`, its
    line numbers from 1): a table's rows on those lines carry it, the others not (`note_for_lines`)."""

    lines: frozenset[int]

    def __new__(cls, note: str, lines: Iterable[int]) -> "LinesNote":
        made = super().__new__(cls, note)
        made.lines = frozenset(lines)
        return made


def note_for_lines(note: str, first: int, last: int) -> str:
    """The part of a file's reading `note` that holds for its lines `first` to `last`: all of it,
    or (a `LinesNote`) "" where none of those lines is one it names."""
    if isinstance(note, LinesNote) and not any(first <= line <= last for line in note.lines):
        return ""
    return note


# (hunt51) A UTF-8 file with whole lines in another encoding: a CSV file put together from exports,
# one row typed or saved by an old tool ("caf\xe9" in Windows-1252). Read as one, with the rows17
# count (more stray bytes than UTF-8 characters: Windows-1252), every other row's curly quotes,
# dashes and accents were garbled ("\u00e2\u20ac\u2122"), and its Chinese or Japanese lost to U+FFFD.
# Each line is read on its own: as UTF-8 where it is UTF-8, and the lines that are not as a file
# of them alone would be (`_decode`: Windows-1252, Mac Roman, code page 850), the note naming those
# lines. A line counts as UTF-8 where its characters beyond ASCII are none a control or unassigned
# and not all of `_CHANCE_UTF8`: the code points a Windows-1252 capital letter and a punctuation
# byte make by chance ("\u00c9\u2019" is the bytes of "\u0252"). A file with no line of UTF-8
# beyond ASCII is read whole as before.
_CHANCE_UTF8 = range(0x0180, 0x0300)  # (Latin Extended-B, IPA, spacing modifier letters)
_LINE_LIST_RE = re.compile(r" \(lines? [^)]*\)")
_CHECK = ": check the letters there"


def _as_for_lines(note: str) -> str:
    """A file's reading note (`_decode`) said of some of its lines: no "the file is not UTF-8", no
    line numbers counted among those lines alone, no closing advice (the caller's)."""
    for whole in (" (the file is not UTF-8)", "the file is not UTF-8; ", "the file is not UTF-8, and "):
        note = note.replace(whole, "")
    return _LINE_LIST_RE.sub("", note).removesuffix(_CHECK)


def _utf8_line(line: bytes) -> bool | None:
    """Is a line UTF-8 beyond ASCII (True), not UTF-8 (False), or ASCII (None)?"""
    if line.isascii():
        return None
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    beyond = [c for c in text if ord(c) > 0x7F]
    return (not any(unicodedata.category(c).startswith("C") for c in beyond)
            and not all(ord(c) in _CHANCE_UTF8 for c in beyond))


def _utf8_lines_beside_others(data: bytes, source: str) -> tuple[str, str] | None:
    """(text, note) of a file whose lines are UTF-8 but for some in another encoding (see above),
    the note a `LinesNote` naming those; None where no line is UTF-8 beyond ASCII, or none is not."""
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    kinds = [_utf8_line(line) for line in lines]
    if True not in kinds or False not in kinds:
        return None
    other = [n for n, kind in enumerate(kinds) if kind is False]
    read, inner = _decode(b"\n".join(lines[n] for n in other), source)
    read_lines = read.split("\n")
    if len(read_lines) != len(other):  # (an encoding that read a line end otherwise: read whole, as before)
        return None
    text = [line.decode("utf-8") if kind is not False else "" for line, kind in zip(lines, kinds)]
    for n, line in zip(other, read_lines):
        text[n] = line
    numbers = [n + 1 for n in other]
    shown = ", ".join(map(str, numbers[:5])) + (", ..." if len(numbers) > 5 else "")
    plural = len(numbers) != 1
    note = (f"line{'s' if plural else ''} {shown} of the file {'are' if plural else 'is'} not UTF-8 (the rest "
            f"{'are' if plural else 'is'}): {_as_for_lines(inner)}{_CHECK}")
    return "\n".join(text), LinesNote(note, numbers)


def _declared_charset(data: bytes) -> str | None:
    """The character set an HTML page declares (as it names it), when Python knows it and it is
    neither UTF-8 nor Windows-1252 or its kin; else None."""
    import codecs

    found = _META_CHARSET_RE.search(data[:_CHARSET_SCAN_BYTES])
    if not found:
        return None
    declared = found.group(1).decode("ascii", errors="replace")
    try:
        normal = codecs.lookup(declared).name.replace("-", "_")
    except LookupError:
        return None
    return None if normal in _AS_WINDOWS_1252 or normal.startswith("utf") else declared


# (hunt42) A page's declared character set can be wrong: a Windows-1252 page saved under a
# template's <meta charset="windows-1251"> (or "shift_jis") read so garbles every accented
# letter ("Jos\u0439 M\u044cller" for "Jos\u00e9 M\u00fcller") and a multi-byte set swallows the
# letter after a curly quote ("\u934dhe plan" for "\u201cthe plan"). Read so, such a page's words
# beyond ASCII are mostly broken: a byte the set has no character for (U+FFFD), or a word
# mixing Latin letters with another alphabet's. (Han and kana are left out of the second: a
# Japanese page writes "T\u30b7\u30e3\u30c4".) Where more of its words are broken than whole, the
# declaration is not believed and the page is read as an undeclared one is.
_WORD_RE = re.compile(r"[^\W\d_]+|\ufffd")
_LATIN_BESIDE_OK = {"CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "HANGUL"}


def _garbled_words(text: str) -> tuple[int, int]:
    """(broken, whole): of `text`'s words holding a letter beyond ASCII (or a U+FFFD), those
    garbled by a wrong character set (a U+FFFD, or Latin letters beside another alphabet's in
    one word) and the others."""
    broken = whole = 0
    for word in _WORD_RE.findall(text):
        if word.isascii():
            continue
        scripts = {_script(ch) for ch in word if ch != "\ufffd"}
        if word == "\ufffd" or ("LATIN" in scripts and len(scripts) > 1 and not scripts & _LATIN_BESIDE_OK):
            broken += 1
        else:
            whole += 1
    return broken, whole


def _decode_file(data: bytes, source: str, html: bool) -> tuple[str, str]:
    """(text, note) of a file's bytes: UTF-8 (or UTF-16 with its byte order mark); else, for
    an HTML page, the character set it declares, where its words read so are not garbled
    (`_garbled_words`); else Windows-1252. The note says which, when it is neither UTF-8 nor
    UTF-16 with its mark."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _declared_charset(data) if html else None
        if declared and not data.startswith(_UTF16_MARKS + _UTF32_MARKS):
            text = data.decode(declared, errors="replace")
            broken, whole = _garbled_words(text)
            if broken <= whole:
                return text, f"read as {declared}, as the page declares (the file is not UTF-8)"
            undeclared, note = _decode(data, source)
            return undeclared, (f"the page declares {declared}, but {broken} of its words would be garbled read so: "
                                f"{note}")
    return _decode(data, source)


def _read_bytes(path: Path) -> tuple[str, str]:
    return _decode_file(_file_bytes(path), str(path), html=False)


# A .txt or .md file whose content is an HTML page (a page saved under the wrong name): it
# starts, after a byte order mark and white space, with <!DOCTYPE html or <html.
_HTML_START_RE = re.compile(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
HTML_IN_TEXT_FILE_NOTE = "the file holds an HTML page: read as a web page (its article, not its tags and menus)"


# Files of other formats that hold text but are not it, saved under a text file's name: read as
# prose, their markup would be scored (a Rich Text file's "\par\f0\fs22", a JSON export's keys
# and quotes). Each is refused, naming the format and what to do. (An HTML page is read as a web
# page: HTML_IN_TEXT_FILE_NOTE.)
_OTHER_FORMATS = (
    (re.compile(r"\{\\rtf"), "a Rich Text (RTF) document, not plain text: open it in WordPad or Word and save it "
                               "as plain text (.txt)"),
    (re.compile(r"%PDF-"), "a PDF file, not plain text: save its text as .txt (in a PDF reader: Save as Text)"),
)
JSON_IN_TEXT_FILE = ("a JSON file, not plain text: put each document's text in a CSV file with a text column "
                     "(or in a .txt file of its own)")


def _refuse_other_format(text: str, source: str) -> None:
    """InputError for a .txt/.md file that holds another format (RTF, PDF, JSON: `_OTHER_FORMATS`)."""
    start = text[:64].lstrip("\ufeff \t\r\n")
    for pattern, what in _OTHER_FORMATS:
        if pattern.match(start):
            raise InputError(f"{source}: {what}")
    if start[:1] in ("{", "[") and text.rstrip()[-1:] in ("}", "]"):
        import json

        try:
            value = json.loads(text)
        except ValueError:
            return
        if isinstance(value, (dict, list)):
            raise InputError(f"{source}: {JSON_IN_TEXT_FILE}")


# (loud50) The Status of a .txt file read as Markdown (`markdown_marks.reads_as_markdown`): the text
# shown and scored is the file's without the marks, so its evidence points at what a reader sees.
MARKDOWN_TXT_NOTE = "read as Markdown: its bold, italic and link marks left out (the text as it shows)"


def read_file(path: Path, id: str = ""):
    """One .txt/.md/.html file as the engine's input (`DocumentInput`): the text to score and
    what the file says about itself. A web page is reduced to its article (`xlplugin.pages`:
    main text without menus or comments; title, author, date, canonical URL, site name, page
    type). `score` and `refresh` both read files through this, so a refreshed row scores the
    same text. Raises InputError with a readable message."""
    from .engine import DocumentInput

    path = Path(path)
    data = _file_bytes(path)
    html_file = path.suffix.lower() in HTML_EXTENSIONS
    # (hunt49) a web page saved as one file (MHTML), whatever its name: the HTML page it holds
    archive, address, decoded = is_web_archive(data), "", None
    if archive:
        decoded, data, address = archived_page(data, str(path))
    html_inside = not html_file and (archive or bool(_HTML_START_RE.match(data)))
    text, note = (decoded, "") if decoded is not None else _decode_file(data, str(path), html_file or html_inside)
    doc_id = id or path.name
    if not (html_file or html_inside):
        _refuse_other_format(text, str(path))
        raw, text = text, shown_text(text)
        note = "; ".join(n for n in (note, repair_note(raw) if text != raw else "") if n)
        if path.suffix.lower() in SUBTITLE_EXTENSIONS:  # (pasted30) cue numbers and times are furniture
            text = subtitle_prose(text)
            note = "; ".join(n for n in (note, SUBTITLE_NOTE) if n)
        given: dict[str, str] = {}
        from .markdown_marks import reads_as_markdown, without_empty_images, without_layout_bars

        # (loud50) a .txt file written in Markdown is read as a .md file is, and says so
        markdown_txt = path.suffix.lower() == ".txt" and reads_as_markdown(text)
        if path.suffix.lower() == ".txt" and not markdown_txt:
            text = without_empty_images(text)  # (book51: "![]()" is no word, Markdown or not)
        if path.suffix.lower() == ".md" or markdown_txt:  # (marks20) its Markdown read as what it shows
            from .markdown_marks import front_matter, shown_markdown

            # (meta20) its front matter's title, author and date; its key lines are no text
            given, text = front_matter(text)
            if given.get("date"):  # (a date cell's rule: "2024-03-05", "5 March 2024"; "soon" is none)
                from .cells import given_date

                given["date"] = given_date(given["date"])[0]
            given = {k: v for k, v in given.items() if v}
            text = shown_markdown(text)
            if markdown_txt:
                note = "; ".join(n for n in (note, MARKDOWN_TXT_NOTE) if n)
            if given:
                note = "; ".join(n for n in (note, f"{_said(sorted(given, key=list(_FRONT_FIELDS).index))} "
                                                   "read from the file's front matter") if n)
        if path.suffix.lower() in (".txt", ".md"):  # (book52: a layout table's "Editorial Contacts |" is no bar of the text's)
            text = without_layout_bars(text)
        # (credit16) a paywall's teaser saved as text is flagged as the HTML page's is (pages.py)
        # (the engine reads the "saved: paywalled teaser" part: the kind stays, no index: kinds19)
        from .page_hints import with_saved_part
        from .pages import PAYWALLED_TEASER, plain_text_teaser

        teaser = plain_text_teaser(text)
        note = "; ".join(n for n in (note, teaser) if n)
        page_type = with_saved_part("", PAYWALLED_TEASER) if teaser else ""
        # its first line, where a headline, is its title (the line stays in the text: file_titles),
        # and its own date line ("Posted on November 21, 2026") its date (titles18)
        date, line = ("", "") if given.get("date") else date_line(text)
        if date:
            note = "; ".join(n for n in (note, f"date read from the text's line \u201c{line[:80]}\u201d") if n)
        elif not given.get("date"):
            # (hunt30) a wire's dateline's date ("MILLBROOK, Ore., Nov. 14, 2026 (Coast Wire) -"), which
            # provenance's publication date cue reads, where it holds a year, as a date cell must
            # (`cells.given_date`: "Nov. 14" alone is no date, and a refresh would not read it back)
            from .cells import given_date
            from .furniture import dateline_date

            date, line = dateline_date(text)
            date = given_date(date)[0] if date else ""
            if date:
                note = "; ".join(n for n in (note, f"date read from the dateline \u201c{line[:80]}\u201d") if n)
        # (transcripts28) and the name on its byline line ("By Dana Whitcombe, Staff Reporter") its author
        author, line = ("", "") if given.get("author") else author_line(text)
        if author:
            note = "; ".join(n for n in (note, f"author read from the text's line \u201c{line[:80]}\u201d") if n)
        elif not given.get("author"):
            # (names29) a forum or social thread's first poster (the one the thread rules take for its author)
            from .forum_posts import first_poster

            from .live_credits import author as live_blog_author

            author, line = first_poster(text)
            if author:
                note = "; ".join(n for n in (note, f"author read from the thread's first poster line \u201c{line[:80]}\u201d")
                                 if n)
            elif (live := live_blog_author(text))[0]:
                # (names29) a live blog's writers, all those its entries credit ("Updated 10:42 by Sam Ode")
                author, line = live
                note = "; ".join(n for n in (note, f"author read from the live blog's entry credits, the first "
                                                   f"\u201c{line[:80]}\u201d") if n)
        # and a newspaper's name next to its byline ("Harwick Courier") its outlet (titles18)
        return DocumentInput(text, doc_id, given.get("title") or headline_line(text), outlet=outlet_line(text),
                             author=given.get("author") or author, date=given.get("date") or date,
                             page_type=page_type, note=note)
    from .pages import extract_page

    page = extract_page(text)
    text = shown_text(page.text)
    repair = repair_note(page.text) if text != page.text else ""
    read_as = MHTML_NOTE if archive else HTML_IN_TEXT_FILE_NOTE if html_inside else ""
    url = page.url or address  # (hunt49) the address an MHTML file was saved from, where the page names none
    note = "; ".join(n for n in (read_as, note, page.note, ADDRESS_NOTE if url != page.url else "", repair) if n)
    return DocumentInput(text, doc_id, page.title, url, page.outlet, page.author, page.date,
                         page.page_type, note)


_FRONT_FIELDS = {"title": "title", "author": "author", "date": "date"}


def _said(fields: list[str]) -> str:
    """"title, author and date": the fields named in words."""
    names = [_FRONT_FIELDS[f] for f in fields]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def read_as_web_page(text_file: str, note: str) -> bool:
    """Was this file read as a web page (its article, not its markup): an .html/.htm file, or a
    .txt/.md file holding an HTML page (`read_file` notes it)? Decided by how it was read, not by
    the name alone: a workbook shows such a file's scored text in a column of its own."""
    return text_file.lower().endswith(HTML_EXTENSIONS) or HTML_IN_TEXT_FILE_NOTE in note or MHTML_NOTE in note


# The scales a ratings table (a workbook's Sources sheet, a `--ratings` file) may be on, in words.
RATING_SCALES = "from 0 to 1, or from 0 to 100"


def rating_scale(ratings: list[float]) -> float:
    """The scale of a whole ratings table, decided once for the table, never per value (a 1 in a
    0-100 table is 0.01, not the best rating): 1.0 when every rating is within 0..1, 100.0 when
    the largest is over 10. A table whose largest rating is over 1 but no more than 10 (1-5
    stars, marks out of 10) is on neither scale: ValueError saying so."""
    top = max(ratings, default=0.0)
    if top <= 1.0:
        return 1.0
    if top > 10.0:
        return 100.0
    raise ValueError(f"its largest rating is {top:g}: that reads as neither 0-1 nor 0-100 (a 1-5 or 1-10 scale?); "
                     f"write every rating {RATING_SCALES} (85 reads as 0.85)")


def unit_rating(rating: float, scale: float) -> float:
    """A source rating on the 0..1 scale scoring uses, from one given on `scale` (1 or 100: its
    table's, `rating_scale`). ValueError for a rating outside it (also NaN)."""
    if not 0.0 <= rating <= scale:  # (also NaN)
        raise ValueError(f"{rating:g} is on neither scale")
    return rating / scale if scale != 1.0 else rating


def locate_file(written: str, base: Path, from_current_folder: bool = True) -> tuple[Path | None, list[Path]]:
    """The file a row names: a relative path first relative to `base` (the folder of the CSV or
    workbook that names it: where the user made the table, and where a workbook stores its paths
    relative to), then as written, from the current folder; an absolute path as written. Returns
    the file found, or None, and the places looked at, so that a message can list them. A file
    found only from the current folder is said in the row's Status (`found_outside_table`).

    Without `from_current_folder` (a refresh: the workbook `score` wrote stores each path relative
    to itself), a relative path is looked for beside the table only. A workbook moved away from
    its files and refreshed in a folder that holds other files of the same names must not score
    those: its rows are missing, and keep their scores."""
    raw = Path(_path_written(written))
    tried = [raw] if raw.is_absolute() else [base / raw, raw] if from_current_folder else [base / raw]
    for candidate in tried:
        if candidate.is_file():
            return candidate, tried
    # (hunt23a) a relative path typed on Windows ("notes\\a.txt"), read where "\\" is no separator
    if os.sep == "/" and "\\" in str(raw) and not _WINDOWS_ROOT_RE.match(str(raw)):
        posix = Path(str(raw).replace("\\", "/"))
        more = [posix] if posix.is_absolute() else [base / posix, posix] if from_current_folder else [base / posix]
        for candidate in more:
            if candidate.is_file():
                return candidate, tried + more
        tried = tried + more
    return None, tried


def _other_case(path: Path) -> Path | None:
    """The one file beside `path` whose name is `path`'s in other capitals, or None."""
    try:
        names = _names_by_case(str(path.parent), path.parent.stat().st_mtime_ns)
    except OSError:
        return None
    same = [name for name in names.get(path.name.lower(), ()) if name != path.name]
    return path.parent / same[0] if len(same) == 1 and (path.parent / same[0]).is_file() else None


@lru_cache(maxsize=16)
def _names_by_case(folder: str, _changed: int) -> dict[str, tuple[str, ...]]:
    """A folder's names by their lower case (read once for the rows of a table that name files
    not found there; `_changed`, the folder's time of change, reads it again after a change)."""
    names: dict[str, list[str]] = {}
    for entry in os.scandir(folder):
        names.setdefault(entry.name.lower(), []).append(entry.name)
    return {key: tuple(value) for key, value in names.items()}


# A Windows path's start: a drive ("C:\\", "C:/") or a server ("\\\\server").
_WINDOWS_ROOT_RE = re.compile(r"[A-Za-z]:[\\/]|\\\\")


# A cell that names a web page (its address), not a file.
_WEB_ADDRESS_RE = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)


def _path_written(written: str) -> str:
    """(hunt23a) The path a table's file cell names, as a person means it: without the double
    quotes Windows puts around a path it copies ("Copy as path": "C:\\news\\a.txt" in quotes),
    and a file address ("file:///home/ann/a.txt", as a browser or a file manager copies it) read
    as the path it names."""
    text = written.strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    if text.lower().startswith("file:"):
        from urllib.parse import unquote, urlsplit
        from urllib.request import url2pathname

        parts = urlsplit(text)
        if parts.netloc in ("", "localhost"):
            return url2pathname(unquote(parts.path)) if os.sep == "\\" else unquote(parts.path)
    return text


OUTSIDE_TABLE_NOTE = "read from the folder you ran in"


def beside_table(written: str, base: Path) -> list[Path]:
    """(sheets30) The places `locate_file` looks for a row's file beside its table: the path as
    written, and a Windows path ("docs\\a.txt") with "/" where "\\" is no separator."""
    raw = Path(_path_written(written))
    if raw.is_absolute():
        return []
    places = [base / raw]
    if os.sep == "/" and "\\" in str(raw) and not _WINDOWS_ROOT_RE.match(str(raw)):
        places.append(base / str(raw).replace("\\", "/"))
    return places


def found_outside_table(found: Path, tried: list[Path], beside: Sequence[Path] = ()) -> str:
    """The note of a file found from the current folder, not beside its table (`locate_file`):
    the row reads another file than the table's own folder holds, maybe by chance, so it says
    which (""where the file is beside the table, or the two places are one). (sheets30)
    `beside`: the places beside the table (`beside_table`); a file that is one of them, as a
    Windows path "docs\\a.txt" read from the table's own folder is, is beside it."""
    if len(tried) < 2 or found != tried[-1] or tried[0].absolute() == found.absolute():
        return ""
    if any(place.absolute() == found.absolute() for place in beside):
        return ""
    return (f"{OUTSIDE_TABLE_NOTE}: {found.absolute()} "
            f"(not found beside the table, at {tried[0].absolute()})")


def not_found_message(written: str, tried: list[Path], beside_only: bool = False) -> str:
    # (each place once: the path as written and the same path next to the table are one place
    # when the table is in the current folder)
    places = " or ".join(dict.fromkeys(str(p.absolute()) for p in tried))
    # (hunt23a) what the cell names instead of a file, said as such: a folder, a web page
    if _WEB_ADDRESS_RE.match(written.strip()):
        return (f"{written.strip()!r} is a web address: xlplugin reads files and does not fetch pages; save the page "
                "(an .html file) and put its path in the cell, or put the page's text in a text column")
    folders = [p for p in tried if p.is_dir()]
    if folders:
        return (f"{written.strip()!r} is a folder ({folders[0].absolute()}), not a file: name one file in the cell, "
                "or give the folder itself to xlplugin score to read each of its files")
    # (hunt23a) a name typed in other letters than the file's ("Ferry.TXT"), as Windows and macOS read it
    other = next((found for p in tried if (found := _other_case(p))), None)
    if other is not None:
        return (f"file not found: {written.strip()!r} (looked for {places}); a file {other.name!r} is there, "
                "its name in other capitals: file names are case-sensitive here, so write the name as the file has it")
    if beside_only and not Path(written.strip()).is_absolute():
        # (resume33) what happened, told by what is there: the file's own folder is there and the
        # file is not (renamed, moved or deleted), or the folder is not there either (the workbook
        # moved away from its files, or the folder was renamed or moved)
        folder = tried[0].parent if tried else None
        if folder is not None and folder.is_dir():
            return f"{FILE_GONE}: {written.strip()!r} is no longer in its folder {folder.absolute()} {GONE_SINCE}"
        return (f"file not found next to the workbook: {written.strip()!r} (looked for {places}; its folder "
                f"{folder.absolute() if folder is not None else ''} is not there either: the workbook was moved away from its files, "
                "or the folder was renamed or moved; a relative path is read from the workbook's own folder: "
                "put the workbook and the folder side by side again)")
    return f"file not found: {written.strip()!r} (looked for {places})"


# (resume33) How a refresh's message on a row whose file is gone from a folder that is still there
# begins: the row's scores are cleared (workbook.refresh_plan), no longer kept as if current.
FILE_GONE = "file gone"
GONE_SINCE = "(renamed, moved or deleted since it was scored)"


def never_read_message(message: str) -> str:
    """(hunt39a) A FILE_GONE message said of a row never scored (a path typed in a new row): its
    file was never read, so it is not "gone since it was scored"; said as a file not found."""
    if not message.startswith(FILE_GONE + ":"):
        return message
    message = "file not found:" + message[len(FILE_GONE) + 1:]
    return message.replace(" is no longer in its folder ", " is not in its folder ", 1) \
        .replace(GONE_SINCE, "(no file of that name is there: check the name in the file cell)")


def _header_key(header: object) -> str:
    # (hunt23a) any run of spaces is one "_": a header wrapped onto two lines in its cell
    # ("Article" Alt+Enter "text"), a no-break space pasted from a web page ("Publication date"),
    # two spaces: each is the name it shows, not a column that is silently not read
    # (fresh39) and a byte order mark or zero-width space is no part of a name: Excel's "CSV UTF-8"
    # files joined with `cat` hold one at the start of each header after the first, which was then no
    # repeat of the header row but a document "\ufeffid" whose text was "text"
    return "_".join(header.replace("\ufeff", "").replace("\u200b", "").split()).lower() if isinstance(header, str) else ""


# What a row's note says when --text-column named its column in other letters ("Body" for "body").
TEXT_COLUMN_CASE_NOTE = "text read from the column {column!r} (--text-column {asked!r}: case ignored)"


def named_column(headers: list[str], name: str) -> str | None:
    """The column `name` (a --text-column): the header written so, else the one header that is
    `name` with case and spacing ignored ("Body" finds "body"); None where none is, or two are."""
    if name in headers:
        return name
    same = same_name_columns(headers, name)
    return same[0] if len(same) == 1 else None


def same_name_columns(headers: list[str], name: str) -> list[str]:
    """The headers that are `name` with case and spacing ignored ("Text" and "text " for "TEXT")."""
    return [h for h in headers if isinstance(h, str) and _header_key(h) == _header_key(name)]


# (hunt30) The columns a message about a missing column lists: a JSON file keyed by web addresses
# (an object of objects, each key a column) had a message of 50,000 characters listing them.
_COLUMNS_LISTED, _COLUMN_NAME_SHOWN = 20, 60


def columns_listed(headers: list[Any]) -> str:
    """A table's column names for a message: the first `_COLUMNS_LISTED`, each cut to
    `_COLUMN_NAME_SHOWN` characters, and how many more there are."""
    shown = [(h if len(h) <= _COLUMN_NAME_SHOWN else h[:_COLUMN_NAME_SHOWN - 3] + "...")
             for h in map(str, headers[:_COLUMNS_LISTED])]
    more = len(headers) - _COLUMNS_LISTED
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def no_named_column(headers: list[str], name: str, option: str = "--text-column") -> str:
    """Why `named_column` found no column `name`, and what to do: (loose21) where two or more
    columns are `name` with case and spacing ignored ("Text" and "text" for --text-column TEXT),
    it names them and asks for the one to read as it is written; else the columns there are."""
    same = same_name_columns(headers, name)
    if len(same) > 1:
        shown = ", ".join(repr(h) for h in same)
        how = f"pass {option} with the one to read, written as here ({option} {same[0]!r})" if option else \
            "name the one to read as it is written here"
        return f"no column named {name!r}, and {len(same)} columns are that name in other letters or spacing ({shown}): {how}"
    return f"no column named {name!r}; columns are: {columns_listed(headers)}"


def find_column(headers: list[str], names: tuple[str, ...]) -> str | None:
    """The first header that matches one of `names` (case and spacing ignored); of two headers
    that match the same name ("Text" and "text"), the first (leftmost)."""
    keyed: dict[str, str] = {}
    for h in headers:
        if isinstance(h, str):
            keyed.setdefault(_header_key(h), h)
    for name in names:
        if name in keyed:
            return keyed[name]
    if names is DATE_COLUMN_NAMES and "data" in keyed and any(key in _FOREIGN_KEYS for key in keyed):
        return keyed["data"]  # (hunt31: "Titolo, Data, Fonte": a date in Italian or Portuguese)
    return None


_FOREIGN_KEYS = frozenset(_FOREIGN_TEXT + _FOREIGN_TITLE + _FOREIGN_URL + _FOREIGN_OUTLET + _FOREIGN_DATE + _FOREIGN_AUTHOR)


# Every name `find_column` reads a table's column by (text, file, id, title, url, outlet, date, author).
_KNOWN_COLUMN_KEYS = frozenset(TEXT_COLUMN_NAMES + PATH_COLUMN_NAMES + ID_COLUMN_NAMES + tuple(n for names in META_COLUMN_NAMES for n in names))


def known_columns(headers: list[Any]) -> int:
    """How many of a row's cells are column names the plugin reads a table by ("id", "Text",
    "Outlet"...), each name once."""
    return len({key for h in headers if (key := _header_key(h)) in _KNOWN_COLUMN_KEYS})


def header_below(upper: list[Any], lower: list[Any]) -> bool:
    """(hunt23a) Whether the row below a row that names a text column (`upper`) is the table's
    header row instead: `upper` is a group or title row over the table ("Document" over the id
    and text columns, "Source" over the outlet and date; a title line "Content"), whose one word
    happens to be a text column's name. It is where `lower` names a text (or file path) column
    too and more of the columns read by name (two at least) than `upper` does. Read from
    `upper`, the real header would be scored as a document and every text read from the wrong
    column (the ids), or refused for its number of fields."""
    if find_column([h for h in lower if isinstance(h, str)], TEXT_COLUMN_NAMES + PATH_COLUMN_NAMES) is None:
        return False
    below = known_columns(lower)
    return below >= 2 and below > known_columns(upper)


# (hunt23a) How the summary names a row left out as a repeat of its table's header row.
HEADER_REPEAT_REASON = "a repeat of the header row (its cells are the column names), not a document"


def repeats_header(row: list[Any], headers: list[str]) -> bool:
    """(hunt23a) Whether a table's row repeats its header row: each cell it fills holds its
    column's name (case and spacing ignored), two at least (or every column, in a table of one).
    Tables put together from several exports (one pasted under another, files joined with `cat`)
    have one in the middle: it is not a document, and scored as one it would be a "document"
    whose text is "text" and whose outlet is "outlet", counted among the outlets."""
    named = 0
    for position, value in enumerate(row):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if position >= len(headers) or not isinstance(value, str) or not _header_key(headers[position]) \
                or _header_key(value) != _header_key(headers[position]):
            return False
        named += 1
    return named >= min(2, sum(1 for h in headers if _header_key(h)))


# (hunt43) A row of column descriptions right under the header (a second header row written for
# other people: "The article's full text" / "Web address" / "Date (yyyy-mm-dd)", or units and notes).
DESCRIPTION_ROW_REASON = ("a row describing the columns under the header (words where the rows under it hold web "
                          "addresses, dates or numbers), not a document")
# The most words a description row's cells hold (a label or a short note, never an article)
_DESCRIPTION_MAX_WORDS = 12
# (hunt45) The words by which a cell describes a column: it names what the column holds. A column
# is described in the words of its own header ("Number of words" under "words"), of what the
# plugin reads it as (by which names its header is in: a text, a title, a web address, an outlet,
# a date, an author, an id) or of the kind of value its other rows hold (web addresses, dates,
# numbers). A first row whose url or date cell holds other words ("print only", "n/a - see
# notes", "unknown") was left out as a description; it is a document that gives no address or date.
_DESCRIBED_AS: dict[str, frozenset[str]] = {
    "text": frozenset({"text", "texts", "article", "articles", "story", "stories", "body", "content", "contents",
                       "full", "paste", "pasted", "copy", "document", "documents", "words", "wording", "transcript"}),
    "title": frozenset({"title", "titles", "headline", "headlines", "heading", "name"}),
    "url": frozenset({"url", "urls", "link", "links", "address", "addresses", "web", "website", "site", "page",
                      "online", "http", "https"}),
    "outlet": frozenset({"outlet", "outlets", "newspaper", "paper", "site", "website", "publisher", "publication",
                         "source", "sources", "channel", "station", "magazine", "broadcaster", "name", "where"}),
    "date": frozenset({"date", "dates", "day", "days", "when", "published", "publication", "posted", "year", "month",
                       "time", "yyyy", "yy", "mm", "dd", "iso"}),
    "author": frozenset({"author", "authors", "writer", "writers", "reporter", "reporters", "journalist", "byline",
                         "who", "wrote", "written", "name", "names"}),
    "id": frozenset({"id", "number", "numbers", "ref", "reference", "code", "key", "row", "our"}),
    # (the kinds of value a column's other rows hold: `_cell_kind`)
    "address": frozenset({"url", "urls", "link", "links", "address", "addresses", "web", "website", "site", "page",
                          "online", "http", "https"}),
    "number": frozenset({"number", "numbers", "count", "counts", "how", "many", "much", "total", "amount", "score",
                         "scores", "rating", "ratings", "percent", "percentage", "%", "per", "rank", "index"}),
    # (words that say a cell tells what to fill in, in any column)
    "any": frozenset({"e.g", "eg", "optional", "required", "format", "example", "enter", "fill", "type", "leave"}),
}
_DESCRIBED_AS["date_kind"] = _DESCRIBED_AS["date"]
# (hunt45) Words that say a value is missing, not what a column holds: "no link", "date unknown",
# "web address missing" are a document's cells, never a description of the column.
_NOT_DESCRIBING = frozenset({"no", "not", "none", "unknown", "missing", "n/a", "na", "unavailable", "undated",
                             "tbc", "tbd", "pending", "removed", "deleted", "broken", "dead"})
_DESCRIPTION_WORD_RE = re.compile(r"e\.g|n/a|[^\W\d_]+|%", re.IGNORECASE)
# A sentence's end inside a cell, words after it: two sentences are a text, never a label (an
# abbreviation's full stop is none: "e.g. https address", "Row no. in the print list")
_SENTENCE_INSIDE_RE = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bno)[.!?]\s+(?=.*[^\W\d_])", re.IGNORECASE)


def _column_roles(headers: list[str], text_column: str | None) -> dict[str, str]:
    """(hunt45) Each header the plugin reads as a column of its own ("text", "url", "date" ...),
    and what it reads it as: a key of `_DESCRIBED_AS`."""
    roles: dict[str, str] = {}
    text = named_column(headers, text_column) if text_column else find_column(headers, TEXT_COLUMN_NAMES)
    if text:
        roles[text] = "text"
    for role, names in (("id", ID_COLUMN_NAMES), ("title", TITLE_COLUMN_NAMES), ("url", URL_COLUMN_NAMES),
                        ("outlet", OUTLET_COLUMN_NAMES), ("date", DATE_COLUMN_NAMES), ("author", AUTHOR_COLUMN_NAMES)):
        found = find_column(headers, names)
        if found and found not in roles:
            roles[found] = role
    return roles


def _describes(value: str, header: str, role: str | None, kind: str | None) -> bool:
    """(hunt45) Whether a cell's words (`value`, a short line) describe its column: they name it
    in the words of its header, of what the plugin reads it as (`role`) or of the kind of value
    its other rows hold (`kind`), and none of them says a value is missing ("unknown", "no")."""
    words = {w.lower() for w in _DESCRIPTION_WORD_RE.findall(value)}
    if words & _NOT_DESCRIBING or _SENTENCE_INSIDE_RE.search(value.strip()):
        return False
    naming = set(_DESCRIPTION_WORD_RE.findall(header.lower())) | _DESCRIBED_AS["any"]
    for key in (role, "date_kind" if kind == "date" else kind):
        naming |= _DESCRIBED_AS.get(key or "", frozenset())
    return bool(words & naming)


def _cell_kind(value: Any) -> str | None:
    """What a cell holds that is no words: "number", "date" or "address" (a web address); None for
    words (or a blank cell, a truth value, a placeholder such as "n/a" or an error value)."""
    from . import cells  # (cells imports the scorers: read only where a table has a row to judge)

    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return "number"
    if hasattr(value, "year"):  # (a date or a datetime as a sheet or a frame gives it)
        return "date"
    stripped = str(value).strip()
    if not stripped:
        return None
    reason = cells.not_text_reason(stripped)
    if reason == cells.WEB_ADDRESS:
        return "address"
    return {"not text: a date": "date", "not text: a time": "date", "not text: a number": "number"}.get(reason or "")


def _words_cell(value: Any) -> bool:
    """Whether a cell holds a line of words with letters in it (not blank, no placeholder, no value of a kind)."""
    from . import cells

    if not isinstance(value, str) or not value.strip() or "\n" in value.strip():
        return False
    stripped = value.strip()
    return any(ch.isalpha() for ch in stripped) and _cell_kind(stripped) is None and cells.not_text_reason(stripped) is None


def description_row(rows: list[list[Any]], headers: list[str], text_column: str | None = None) -> bool:
    """(hunt43) Whether the first of a table's rows describes its columns, as a second header row
    people add for others ("The article's full text" / "Web address" / "Date (yyyy-mm-dd)", or the
    units of each column): read as document 1, it was scored (a text of four words) and counted. It
    is one where every filled cell holds a short line of words (at most `_DESCRIPTION_MAX_WORDS`),
    two cells at least, and in a column whose cells in every other filled row hold one kind of value
    (web addresses, dates or numbers; two rows at least) it holds words instead. A first row with a
    web address, a date or a number in such a column, or a text longer than a line, is a document,
    however short its text. (hunt45) And every cell it fills reads as a description of its column
    (`_describes`: it names what the column holds, "Web address" over addresses, "Day it went
    online" over dates): a document's first row whose url or date cell holds other words ("print
    only", "n/a - see notes", "unknown") was left out, its text never scored."""
    if len(rows) < 3 or not rows[0]:
        return False
    first = rows[0]
    filled = [i for i, v in enumerate(first) if not (v is None or (isinstance(v, str) and not v.strip()))]
    if len(filled) < 2 or any(not _words_cell(first[i]) or len(first[i].split()) > _DESCRIPTION_MAX_WORDS
                              for i in filled):
        return False
    roles = _column_roles(headers, text_column)
    contrast = False
    for i in filled:
        kinds = [_cell_kind(row[i]) if i < len(row) else None for row in rows[1:]
                 if i < len(row) and not (row[i] is None or (isinstance(row[i], str) and not row[i].strip()))]
        kind = kinds[0] if len(kinds) >= 2 and kinds[0] is not None and all(k == kinds[0] for k in kinds) else None
        header = headers[i] if i < len(headers) and isinstance(headers[i], str) else ""
        if not _describes(first[i], header, roles.get(header), kind):
            return False
        contrast = contrast or kind is not None
    return contrast


# (loose26) How the summary names a row left out as a table's total, sum or average row.
TOTAL_ROW_REASON = "a total, sum or average row at the bottom of the table (a label and numbers), not a document"
# A label that says a row sums up the rows above it: "Total", "Totals", "Grand total", "Sum",
# "Average", "Mean", "Subtotal", "Count", with a colon after it or not, or followed by one of the
# table's column names ("Total words", "Average of rating:"). Any other words after it ("Total
# war returns") make it a text.
_TOTAL_LABEL_RE = re.compile(r"(?:grand\s+|sub-?\s*)?(?:totals?|sum|average|mean|median|count|avg\.?)"
                             r"(?:\s+(?:of\s+)?(?P<column>[^:]{1,40}?))?\s*:?", re.IGNORECASE)
# A CSV field that holds a number as a spreadsheet writes one: "63", "1,204", "12.5", "-3",
# "45%", "$1,200.50", "1.2E+03"; (cells33) and as a comma-decimal locale's Excel writes one: "78,0",
# "1.204,5", "12,5 %", "3 400,25 \u20ac" (fresh33: a German sheet's "Total;;;78,0;" was a document).
_NUMBER_FIELD_RE = re.compile(r"[-+]?[$\u20ac\u00a3]?\s*(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[.\u00a0\u202f ]\d{3})+|\d+)"
                              r"(?:[.,]\d+)?(?:[eE][-+]?\d+)?\s*[%\u20ac]?")


# (hunt52) A total said in one cell with what it counts: "Total: 2 articles", "Grand total 1,204 words",
# "Count: 14 rows", "2 articles in total", "Total articles: 2" (a merged footer row under a table, or
# one cell of a CSV file's last line). Only where the row's text cell is empty (`totals_row`): a text
# is a document however it opens ("Total: 2 killed in crash").
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
# What a table's total counts: its rows, or the documents, words or sources in them.
_COUNTED = (r"(?:rows?|records?|items?|entry|entries|articles?|documents?|docs?|texts?|story|stories|posts?|files?|"
            r"results?|pages?|words?|links?|sources?|urls?|sites?|outlets?|pieces?|reports?)")
_COUNTED_TOTAL_RE = re.compile(
    rf"(?:(?:(?:grand\s+|sub-?\s*)?(?:totals?|sum|count)(?:\s+(?:of\s+)?{_COUNTED})?|number\s+of\s+{_COUNTED}|"
    rf"(?:in\s+)?all)\s*[:=]?\s*{_COUNT}(?:\s+{_COUNTED})?"
    rf"|{_COUNT}\s+{_COUNTED}(?:\s+(?:in\s+total|in\s+all|total|listed|shown|found|scored))?)\.?",
    re.IGNORECASE)


def _total_label(value: Any, headers: list[str], counted: bool = False) -> bool:
    """Whether `value` is a total's label (`_TOTAL_LABEL_RE`), or with `counted` also a total said
    with its count and what it counts (`_COUNTED_TOTAL_RE`)."""
    if not isinstance(value, str) or len(value) > 60:
        return False
    if counted and _COUNTED_TOTAL_RE.fullmatch(value.strip()):
        return True
    found = _TOTAL_LABEL_RE.fullmatch(value.strip())
    if not found:
        return False
    column = found.group("column")
    return column is None or _header_key(column) in {_header_key(h) for h in headers if h}


def _number_cell(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and bool(_NUMBER_FIELD_RE.fullmatch(value.strip()))


def totals_row(row: list[Any], headers: list[str], text_column: str | None = None) -> bool:
    """(loose26) Whether a row at the bottom of a table sums up the rows above it, as a user who
    summed a sheet (or a CSV file saved from one) leaves it: one cell holds a total's label
    ("Total", "Sum", "Average", "Grand total", "Total words:") and every other filled cell a
    number (a word count's sum, a mean of ratings), a number one at least where the label is
    in the text column. Scored, it was a "document" whose text is "Total" (too short to score,
    counted in the summary and by `--by-outlet`) or an empty one. A row with any other word in
    it (a text, an outlet, a title) is a document, however short its text: it is never this."""
    labels = numbers = 0
    text_col = named_column(headers, text_column) if text_column else find_column(headers, TEXT_COLUMN_NAMES)
    in_text = False
    # (hunt52) with its text cell empty, a row may say its total in words ("Total: 2 articles")
    at = headers.index(text_col) if text_col in headers else None
    counted = at is not None and (at >= len(row) or row[at] is None or (isinstance(row[at], str) and not row[at].strip()))
    for position, value in enumerate(row):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not labels and _total_label(value, headers, counted):
            labels = 1
            in_text = position < len(headers) and headers[position] == text_col
        elif _number_cell(value):
            numbers += 1
        else:
            return False
    return labels == 1 and (numbers >= 1 or not in_text)


# (hunt38a) A note a user writes under a table, after the documents (a source line, a footnote):
# one cell of words in the first column, nothing else in the row. Scored, it was a "document"
# with no text (its words in the id column) or, where the first column is the text column, a
# document whose text is the note.
NOTE_ROW_REASON = "a note under the table (one line of words in its first column, nothing else in the row), not a document"
_NOTE_LABEL_RE = re.compile(r"\s*(?:(?:sources?|notes?|nb|n\.b\.|footnotes?|data|data sources?|credits?|disclaimer|"
                            r"last updated|updated)\s*:|compiled by\b|copyright\b|\u00a9|\*)", re.IGNORECASE)
# The most words such a note has (a sentence or two; a document is longer than a line)
_NOTE_MAX_WORDS = 40


def note_row(row: list[Any], headers: list[str], text_column: str | None = None) -> bool:
    """(hunt38a) Whether a row at the bottom of a table is a note under it: its first cell alone
    is filled, with one line of words (a few, at most `_NOTE_MAX_WORDS`). Where the first column
    is the text (or file) column, the line must open as a note does ("Source:", "Note:",
    "Compiled by", "Copyright", "\u00a9", "*"): a short text alone in its row is a document.
    Elsewhere (an id column) a line of at least four words is a note: an id alone in its row is
    a row whose text is missing, said as such."""
    filled = [(i, v) for i, v in enumerate(row) if not (v is None or (isinstance(v, str) and not v.strip()))]
    if len(filled) != 1 or filled[0][0] != 0 or not isinstance(filled[0][1], str):
        return False
    line = filled[0][1].strip()
    words = line.split()
    if "\n" in line or len(words) > _NOTE_MAX_WORDS:
        return False
    if _NOTE_LABEL_RE.match(line):
        return True
    first = headers[0] if headers else ""
    text_col = named_column(headers, text_column) if text_column else find_column(headers, TEXT_COLUMN_NAMES)
    if first in (text_col, find_column(headers, PATH_COLUMN_NAMES)):
        return False
    return len(words) >= 4


def bottom_notes(rows: list[list[Any]], headers: list[str], text_column: str | None = None) -> int:
    """(hunt38a) How many of a table's last rows are notes under it (`note_row`), only those
    under every document (the first row of the table is never one)."""
    count = 0
    while count < len(rows) - 1 and note_row(rows[len(rows) - 1 - count], headers, text_column):
        count += 1
    return count


# (hunt39a) A note between a table's documents ("Note: rows below are from the archive", a source
# line over the rows it speaks of): read as a document, as the note under a table was.
MIDDLE_NOTE_REASON = ("a note between the documents (one line opening as a note does, \"Source:\", \"Note:\", "
                      "alone in its first column, nothing else in the row), not a document")


def _alone_in_first_cell(row: list[Any]) -> bool:
    return any(not (v is None or (isinstance(v, str) and not v.strip())) for v in row[:1]) \
        and all(v is None or (isinstance(v, str) and not v.strip()) for v in row[1:])


def middle_notes(rows: list[list[Any]], headers: list[str], text_column: str | None = None) -> list[int]:
    """(hunt39a) The rows of a table (its notes under it left out: `bottom_notes`) that are notes
    between its documents, by their place in `rows`. Stricter than a note under the table, as a
    short document may stand anywhere: the row must be one a note under the table would be
    (`note_row`) and its line must open as a note does ("Source:", "Note:", "Compiled by", "*"),
    however many words it has. Where the first column is the text (or file) column, the words are
    that row's text: it is a note only where the table has other columns and every other row
    fills one of them (a table of texts alone, or one with a row of a text alone, keeps every row
    a document). A table whose rows are all notes keeps them."""
    found = [i for i, row in enumerate(rows) if note_row(row, headers, text_column) and isinstance(row[0], str)
             and _NOTE_LABEL_RE.match(row[0].strip())]
    if not found or len(found) == len(rows):
        return []
    first = headers[0] if headers else ""
    text_col = named_column(headers, text_column) if text_column else find_column(headers, TEXT_COLUMN_NAMES)
    if first in (text_col, find_column(headers, PATH_COLUMN_NAMES)):
        notes = set(found)
        if len(headers) < 2 or any(_alone_in_first_cell(row) for i, row in enumerate(rows) if i not in notes):
            return []
    return found


# (hunt39c) A section label between a table's documents ("Week 2", "Part B", "Section 3: courts" alone in
# the first column, every other cell blank): read as a document, "not scored: empty" (or, where the
# first column is the text column, a text of two words), counted among the documents read.
SECTION_LABEL_REASON = ("a section label (\"Week 2\", \"Part B\" alone in its first column, nothing else in the row), "
                        "not a document")
_SECTION_LABEL_RE = re.compile(r"\s*(?:(?:week|wk|part|section|sect|chapter|day|month|quarter|batch|group|round|wave|"
                               r"phase|set|sample|block|unit|module|session|lesson|term|semester|year)\.?"
                               r"(?:\s*\d{1,4}|\s+(?:[ivxlc]{1,6}|[a-z]))|q[1-4](?:\s+\d{4})?)\b(?:\s*[:\-\u2013\u2014(][^\n]{0,60})?\s*",
                               re.IGNORECASE)


def section_labels(rows: list[list[Any]], headers: list[str], text_column: str | None = None) -> list[int]:
    """(hunt39c) The rows of a table that are section labels between its documents, by their place
    in `rows`: the first cell alone filled, a label word and its number or letter ("Week 2", "Part
    B", "Section 3: courts", "Q1 2026"), at most eight words. As `middle_notes`: where the first
    column is the text (or file) column, only where the table has other columns and every other
    row fills one of them; a table whose rows are all labels keeps them; a table whose first column
    is its id column keeps them too (an id with its text still to come)."""
    found = [i for i, row in enumerate(rows) if row and isinstance(row[0], str) and _alone_in_first_cell(row)
             and len(row[0].split()) <= 8 and _SECTION_LABEL_RE.fullmatch(row[0])]
    if not found or len(found) == len(rows):
        return []
    first = headers[0] if headers else ""
    if first and first == find_column(headers, ID_COLUMN_NAMES):
        # (lead, session 31) in an id column, "q4" or "Week 2" with nothing beside it is a document's
        # id whose text is not there yet: kept, as a row with no text, never left out of the table
        return []
    text_col = named_column(headers, text_column) if text_column else find_column(headers, TEXT_COLUMN_NAMES)
    if first in (text_col, find_column(headers, PATH_COLUMN_NAMES)):
        labels = set(found)
        if len(headers) < 2 or any(_alone_in_first_cell(row) for i, row in enumerate(rows) if i not in labels):
            return []
    return found


# (hunt39c) A text column's name with a number after it ("text2", "Text 2", "body_2"): the text
# column of a second table put beside the first.
_NUMBERED_TEXT_RE = re.compile(r"(?:" + "|".join(re.escape(name) for name in TEXT_COLUMN_NAMES) + r")[_.\-]?\d+")


def _column_letter(index: int) -> str:
    """The spreadsheet letter of the column at `index` (0: "A", 26: "AA")."""
    letters, n = "", index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text_like(header: str) -> bool:
    return bool(find_column([header], TEXT_COLUMN_NAMES) or _NUMBERED_TEXT_RE.fullmatch(_header_key(header)))


def table_beside(where: str, headers: list[str], gaps: set[int], text_column: str | None) -> list[str]:
    """(hunt39c) A second table beside the one read (columns A-C a table with its text column, an
    empty column D, columns E-G another with its own header and texts, `text2` or `text` again):
    its texts were read as no documents, its columns as more columns of the first table's rows,
    and nothing said so. A line for each other table (named columns that only empty columns, no
    header and no cell, part from the table read) with a text column's name, naming the sheet, its
    columns and the column the texts were read from. Where both tables have a text column of one
    name and no --text-column was given, the sheet is refused (`inputs._refuse_ambiguous`): the line
    says how to read either table."""
    unique = unique_headers([h for h in headers if h])
    named = [i for i, h in enumerate(headers) if h]
    # the named columns in blocks, split where only empty columns stand between two of them:
    # (the empty column before the block, or None for the first, the block's columns)
    blocks: list[tuple[int | None, list[int]]] = []
    for before, at in zip([None, *named], named):
        if before is None or (at > before + 1 and all(i in gaps for i in range(before + 1, at))):
            blocks.append((None if before is None else at - 1, [at]))
        else:
            blocks[-1][1].append(at)
    if len(blocks) < 2:
        return []
    letter = _column_letter
    read = named_column(unique, text_column) if text_column else find_column(unique, TEXT_COLUMN_NAMES)
    if read is None:
        return []
    read_at = named[unique.index(read)]
    home = next(n for n, (_gap, block) in enumerate(blocks) if read_at in block)
    lines = []
    for n, (gap, block) in enumerate(blocks):
        texts = [i for i in block if _text_like(headers[i])]
        if n == home or not texts:
            continue
        span = "-".join(dict.fromkeys((letter(block[0]), letter(block[-1]))))
        side = f"after the empty column {letter(gap)}" if n > home else f"before the empty column {letter(blocks[n + 1][0])}"
        shown = ", ".join(repr(headers[i]) for i in block)
        same = [i for i in texts if _header_key(headers[i]) == _header_key(read)]
        if same and not text_column:
            other = unique[named.index(same[0])]
            lines.append(f"{where}: columns {span} ({shown}) stand {side}, a second table beside the first, and both have a "
                         f"text column named {headers[read_at]!r}: pass --text-column {read!r} to read column "
                         f"{letter(read_at)}'s texts, or --text-column {other!r} for column {letter(same[0])}'s")
            continue
        lines.append(f"{where}: columns {span} ({shown}) stand {side}, a second table beside the one read: its texts "
                     f"({', '.join(repr(headers[i]) for i in texts)}) were not read as documents, only as more columns of "
                     f"the other table's rows; the texts were read from column {letter(read_at)} "
                     f"({read!r}). Put that table under the first, or on a sheet of its own, to score its texts")
    return lines


# (hunt40a) A column with no name in its header cell ("id, , author" with the texts in column B)
# is no column of the table: its cells were silently not read, also where they are the only long
# texts of the table. How many words make a cell a text here: the index's own minimum
# (settings' min_words_index), under which a cell is more likely a name, a label or a note.
_UNNAMED_TEXT_WORDS = 25


def unnamed_texts(headers: list[str], rows: list[list[Any]]) -> list[int]:
    """(hunt40a) The columns (by place) whose header cell is empty and whose cells hold texts:
    at least one of `_UNNAMED_TEXT_WORDS` words or more, and such texts in at least half of its
    filled cells. `headers` as the sheet or file has them, `rows` the table's rows."""
    found = []
    for i, header in enumerate(headers):
        if str(header or "").strip():
            continue
        cells = [row[i] for row in rows if i < len(row) and isinstance(row[i], str) and row[i].strip()]
        long = sum(1 for cell in cells if len(cell.split()) >= _UNNAMED_TEXT_WORDS)
        if long and 2 * long >= len(cells):
            found.append(i)
    return found


def unnamed_text_lines(where: str, columns: list[int], read: tuple[int, str] | None, header_line: str) -> list[str]:
    """(hunt40a) What the summary says of each column `unnamed_texts` found in a table that was
    read (`read`: the place and name of the column the texts were read from), or, with `read`
    None, what a refusal for no text column adds. `header_line`: where its header cell is ("row 1",
    "line 1")."""
    lines = []
    for i in columns:
        letter = _column_letter(i)
        if read is None:
            lines.append(f"column {letter} has no header but holds texts of {_UNNAMED_TEXT_WORDS} words or more: type "
                         f"text in its header cell ({header_line}) to read them")
            continue
        lines.append(f"{where}: column {letter} has no header but holds texts of {_UNNAMED_TEXT_WORDS} words or more, "
                     f"not read (the texts were read from column {_column_letter(read[0])}, {read[1]!r}): if column "
                     f"{letter} holds the documents, type text in its header cell ({header_line}) and another name "
                     f"over column {_column_letter(read[0])}")
    return lines


def bottom_totals(rows: list[list[Any]], headers: list[str], text_column: str | None = None) -> int:
    """(loose26) How many of a table's last rows are total, sum or average rows (`totals_row`):
    only those at its bottom, under every document (a "Total" row in the middle is left as it is)."""
    count = 0
    while count < len(rows) - 1 and totals_row(rows[len(rows) - 1 - count], headers, text_column):
        count += 1
    return count


def not_documents(rows: list[list[Any]], headers: list[str], text_column: str | None = None,
                  documents: Collection[int] = ()) -> list[tuple[int, str]]:
    """(hunt40b) The rows of a table that are not documents, each (its place in `rows`, why), in the
    order the rules find them: a repeat of the header row (`repeats_header`), notes under the table
    (`bottom_notes`), notes between the documents (`middle_notes`), section labels
    (`section_labels`), then total rows at its bottom (`bottom_totals`), each rule applied to the
    rows the ones before it left. One place for every table read whole (a CSV file, a JSON file,
    a Parquet table): a note between a JSON file's or a Parquet table's documents ("Note: rows
    below are from the archive") was scored as a document, where a CSV file's was left out.
    (parity40) A sheet and a refresh use it too: the sheet read its total rows before its notes
    between the documents and section labels, so a total row over a section label ("Total" over
    "Week 2", the next week's rows still to come) was a document there and in no other file, and a
    refresh read no repeat of the header row (a table pasted under its rows with its header row
    was a new document whose text is "text"). `documents`: the places of rows that are documents
    whatever they hold (a refresh's rows xlplugin has scored before): never a repeat of the header
    row, a note or a section label, and a note under the table is only under the last of them.
    (dasklight41) The Dask engine judges rows on stand-ins for their long texts (`document_cell`,
    below): a rule that reads more of a cell changes `document_cell` too."""
    unique = unique_headers(headers)
    kept = list(range(len(rows)))
    found: list[tuple[int, str]] = []
    fixed = set(documents)

    def leave_out(places: Iterable[int], reason: str, judged: bool = True) -> None:
        out = {kept[place] for place in places if not (judged and kept[place] in fixed)}
        found.extend((i, reason) for i in kept if i in out)
        kept[:] = [i for i in kept if i not in out]

    def under(count: int) -> range:  # (the last `count` rows, none of them above a row that is a document whatever it holds)
        free = 0
        while free < len(kept) and kept[len(kept) - 1 - free] not in fixed:
            free += 1
        return range(len(kept) - min(count, free), len(kept))

    leave_out([p for p, i in enumerate(kept) if repeats_header(rows[i], headers)], HEADER_REPEAT_REASON)
    leave_out([0] if kept and description_row([rows[i] for i in kept], unique, text_column) else [], DESCRIPTION_ROW_REASON)
    leave_out(under(bottom_notes([rows[i] for i in kept], unique, text_column)), NOTE_ROW_REASON)
    leave_out(middle_notes([rows[i] for i in kept], unique, text_column), MIDDLE_NOTE_REASON)
    leave_out(section_labels([rows[i] for i in kept], unique, text_column), SECTION_LABEL_REASON)
    # (loose26: a refresh leaves a total row out whether or not a run scored it)
    totals = bottom_totals([rows[i] for i in kept], unique, text_column)
    leave_out(range(len(kept) - totals, len(kept)), TOTAL_ROW_REASON, judged=False)
    return found


# (dasklight41) A cell that makes its row a document for every rule of `not_documents`, whatever the
# rest of the row holds: a text (a string, never a missing value) of more than `_NOTE_MAX_WORDS`
# words that is no number (`_number_cell`) and, case and spacing ignored, no column's name. Such a
# row is no repeat of the header row (a filled cell that is not its column's name), no note under
# the table or between the documents (`note_row`: the first cell alone filled with at most
# `_NOTE_MAX_WORDS` words), no section label (at most eight words, the first cell alone filled)
# and no total row (a label has at most 60 characters, and 41 words take 81; every other filled
# cell a number). What the rules read of the other rows is only whether this cell is filled. So
# `compact_cells` may stand `DOCUMENT_STAND_IN` (such a cell itself) for it: the Dask engine judges
# a whole frame's rows on those stand-ins, not on every text of the corpus in one task.
DOCUMENT_STAND_IN = " ".join(["words"] * (_NOTE_MAX_WORDS + 1))


def document_cell(value: Any, headers: Collection[str]) -> bool:
    """(dasklight41) Whether `value`, in a table whose column names are `headers`, makes its row a
    document for every rule of `not_documents` (above: a string of more than `_NOTE_MAX_WORDS`
    words, no number, no column's name)."""
    return isinstance(value, str) and len(value.split(None, _NOTE_MAX_WORDS)) > _NOTE_MAX_WORDS \
        and not _number_cell(value) and _header_key(value) not in {_header_key(h) for h in headers}


def compact_cells(values: Iterable[Any], headers: Collection[str]) -> list[bool]:
    """(dasklight41) For each of a column's `values`, whether `DOCUMENT_STAND_IN` may stand for it
    where `not_documents` judges the rows (`document_cell` of both); all False where the stand-in
    is itself a column's name."""
    if not document_cell(DOCUMENT_STAND_IN, headers):
        return [False for _ in values]
    return [document_cell(value, headers) for value in values]


def unique_headers(headers: list[str]) -> list[str]:
    """The headers with each repeat of a name numbered ("text", "text (2)"), so that every column
    is kept: a row's columns are looked up by header, and two columns of one name would
    otherwise be one, the other's cells lost."""
    used: set[str] = set()
    unique = []
    for header in headers:
        name, n = header, 1
        while name in used:
            n += 1
            name = f"{header} ({n})".strip()
        used.add(name)
        unique.append(name)
    return unique


def _refuse_ambiguous(headers: list[str], unique: list[str], found: str | None, source: str, what: str,
                      option: str) -> None:
    """Refuse a table where the column found by name to read the text from is not the only one
    of that name: two headers spell it, the same or only case or spaces apart ("text", "Text").
    Which one holds the documents is the user's to say: the message names each column as
    `unique_headers` numbered it, which is how `option` names it."""
    if found is None:
        return
    key = _header_key(headers[unique.index(found)])
    # (hunt38a) "Text.1" is how pandas (and a CSV it wrote) names a second column headed "Text":
    # the same name, numbered, not a column of its own name
    numbered = re.compile(re.escape(key) + r"\.\d+")
    same = [u for h, u in zip(headers, unique) if _header_key(h) == key or numbered.fullmatch(_header_key(h))]
    if len(same) > 1:
        names = ", ".join(repr(h) for h in same)
        how = f"pass {option} with the one to read, named as here, or rename the others" if option else "rename the others"
        copy = next((u for h, u in zip(headers, unique) if numbered.fullmatch(_header_key(h))), None)
        note = f"; {copy!r} is how a program such as pandas names a second column of one name" if copy else ""
        raise InputError(f"{source}: {len(same)} columns could be the {what} column ({names}{note}): {how}")


_FILE_ADDRESS_RE = re.compile(r"file:/", re.IGNORECASE)


def looks_like_file_name(text: str) -> bool:
    """Whether a text cell holds the name of a file rather than a text: one line that is a single
    word ending in a document's extension ("wire_report.txt"), or a Windows or POSIX path of a few
    words ("C:\\Users\\me\\My Documents\\report.txt", "/home/me/news/today"). Prose that mentions
    a file ("The text is in report.txt, she said.") has more words, or does not start as a path."""
    name = text.strip()
    if len(name) > 2 and name[0] == name[-1] and name[0] in "\"'" and name[0] not in name[1:-1]:
        name = name[1:-1].strip()  # (hunt56) a path in quotes, as Windows' "Copy as path" gives it (a path column reads it so)
    if not name or "\n" in name or len(name) > 260:
        return False
    words = name.split()
    # (hunt41) a file's address as a browser or a file manager copies it ("file:///home/me/a.txt",
    # "file:///C:/My Documents/a.txt"), which a path column reads: the text cell read it as words
    if _FILE_ADDRESS_RE.match(name):
        return len(words) <= 5
    if "://" in name:
        return False
    by_extension = name.lower().endswith(_DOCUMENT_EXTENSIONS)
    is_path = bool(_PATH_START_RE.match(name)) and name.count("/") + name.count("\\") >= 2
    if len(words) == 1:
        return by_extension or is_path
    # (hunt54) a path to a document named by its headline or a long title ("C:\\Users\\ana\\Documents\\
    # Council approves the budget for roads and schools next year.docx"): over five words, it was
    # scored as the article's text (an index of 91.5 for a file's name). One line that starts as a
    # path and ends in a document's extension is a file name whatever its words; prose names a file
    # after words of its own ("The text is in C:\\docs\\report.txt"), never at its start.
    # (hunt55) A relative path with no leading "./" ("docs/the council report on the roads budget.docx"):
    # over five words it was scored as the article's text. One line whose first word is a folder and
    # a separator (`_RELATIVE_START_RE`) and that ends in a document's extension is a file name.
    # (hunt56) and one whose first folder's name has a space in it (`_SPACED_FOLDER_RE`: "my docs/report.docx")
    relative = by_extension and bool(_RELATIVE_START_RE.match(name) or _SPACED_FOLDER_RE.match(name))
    return is_path and (len(words) <= 5 or by_extension) or relative


FILE_NAME_IN_TEXT = "looks like a file name, not a text: put it in a column named path or file to read the file"


def _text_and_path_columns(headers: list[str], source: str, text_column: str | None,
                           path_column: str | None, text_option: str = "--text-column") -> tuple[str | None, str | None]:
    """The text column (named, or found by name) and the path column of a table; at least one.
    `text_option`: the option that names the text column, for the message ("" where there is none)."""
    named = named_column(headers, text_column) if text_column is not None else None
    if text_column is not None and named is None:
        raise InputError(f"{source}: {no_named_column(headers, text_column, text_option)}")
    text_col = named or find_column(headers, TEXT_COLUMN_NAMES)
    path_col = path_column if path_column in headers else find_column(headers, PATH_COLUMN_NAMES)
    if text_col is None and path_col is None:
        how = f" or pass {text_option}" if text_option else ""
        raise InputError(
            f"{source}: no text column found; name it 'text' (or body, content, article){how}; "
            f"columns are: {columns_listed(headers)}"
        )
    return text_col, path_col


def _reading_columns(headers: list[str], source: str, text_column: str | None, path_column: str | None,
                     text_option: str) -> tuple[list[str], str | None, str | None]:
    """(the headers, each repeat numbered, as a row's columns are named; the text column; the
    path column), refusing a table where a column found by name is not the only one so named."""
    unique = unique_headers(headers)  # (two columns named "text": "text", "text (2)")
    text_col, path_col = _text_and_path_columns(unique, source, text_column, path_column, text_option)
    if text_column is None:
        _refuse_ambiguous(headers, unique, text_col, source, "text", text_option)
    if path_column is None:
        _refuse_ambiguous(headers, unique, path_col, source, "file path", "")
    return unique, text_col, path_col


def _given(fields: dict[str, str]) -> dict[str, str]:
    """A row's `fields` that a Problem keeps (`GIVEN_FIELDS`)."""
    return {key: value for key, value in fields.items() if key in GIVEN_FIELDS and value}


def _record_from_file(written: str, base: Path, where: str, doc_id: str, columns: dict[str, Any],
                      fields: dict[str, str], path_col: str | None, from_current_folder: bool = True) -> Item:
    """A row whose text is the file it names: the file's Record, or a Problem (never the name scored)."""
    file_path, tried = locate_file(written, base, from_current_folder)
    if file_path is None:
        return Problem(where, f"{where}: {not_found_message(written, tried, beside_only=not from_current_folder)}",
                       doc_id, columns, **_given(fields))
    try:
        read = read_file(file_path)
    except InputError as exc:
        return Problem(where, str(exc), doc_id, columns, kind="unreadable", **_given(fields))
    # what the file says about itself fills what the row's own columns leave empty
    for key in ("title", "url", "outlet", "date", "author", "page_type"):
        if not fields.get(key) and getattr(read, key):
            fields[key] = getattr(read, key)
    return _noted(Record(id=doc_id, text=read.text, source=where, columns=columns, path_column=path_col,
                         text_file=str(file_path), note=read.note, **fields), found_outside_table(file_path, tried, beside_table(written, base)))


def _merged_cell(columns: dict[str, Any], names: tuple[str | None, ...]) -> tuple[str | None, MergedCell | None]:
    """The first of the `names` columns whose cell is covered by a merged cell (`MergedCell`) and
    the marker; every such cell is emptied (it is written back as the sheet has it: empty)."""
    found: tuple[str | None, MergedCell | None] = (None, None)
    for name in names:
        if name and isinstance(columns.get(name), MergedCell):
            found = found if found[1] else (name, columns[name])
            columns[name] = None
    return found


def records_from_rows(headers: list[str], rows: list[list[object]], source: str, text_column: str | None, base: Path,
                      path_column: str | None = None, places: list[str] | None = None,
                      file_first: bool = False, text_option: str = "--text-column",
                      from_current_folder: bool = True, page_columns: bool = True,
                      numbers: list[int] | None = None) -> Iterator[Item]:
    """Records from a table (CSV or worksheet): used by CSV and workbook readers and by the
    refresh alike, so that a row is read the same way each time.

    The text comes from the text column; where there is none (or a row's cell is empty) and a
    path column exists (`path_column`, else one found by name), the text is read from the file
    it names (see `locate_file`; a refresh passes `from_current_folder=False`: a relative path is
    then looked for beside the workbook only). With `file_first` (a refresh of rows that were scored from their
    files, such as web pages whose extracted article the workbook also shows), a row that names a
    file is read from the file even where its text cell is filled. A file that is not there is a
    Problem, never its name scored.
    A text cell that holds no text (a number, a date, TRUE/FALSE, an error value such as #N/A)
    makes that row a Problem saying so (`cells.cell_to_text`, as the Excel functions read a
    cell); the other columns (id, title, URL, outlet, date, path) are read as a person reads the
    cell (`cells.cell_display`: 3 -> "3", a date -> "2024-01-31"). `places` says where each row
    is, for messages ("line 12" of a CSV, "row 7" of a sheet: where a person finds it); by
    default "row N", N counting the rows given. `text_option`: the command's option that names
    the text column, which a message tells the user to pass ("" for a command that has none).
    `numbers`: where the table has no id column, each row's id, its place among the table's rows
    (hunt40a: a note or section label left out keeps its place, so the rows under it keep the
    numbers they have in the file, `df.index + 1` in pandas); by default the rows given are
    numbered 1, 2, 3.
    """
    from .cells import (CUT_TEXT, TITLE_IS_TEXT_WHY, cell_display, cell_to_text, cut_to_fit, epoch_date, epoch_scale, given_meta,
                        outlet_address, same_as_text)

    headers, text_col, path_col = _reading_columns(headers, source, text_column, path_column, text_option)
    case_note = (TEXT_COLUMN_CASE_NOTE.format(column=text_col, asked=text_column)
                 if text_column is not None and text_col != text_column else "")
    id_col = find_column(headers, ID_COLUMN_NAMES)
    meta = {
        "title": find_column(headers, TITLE_COLUMN_NAMES),
        "url": find_column(headers, URL_COLUMN_NAMES),
        "outlet": find_column(headers, OUTLET_COLUMN_NAMES),
        "date": find_column(headers, DATE_COLUMN_NAMES),
        "author": find_column(headers, AUTHOR_COLUMN_NAMES),
    }
    at = headers.index(id_col) if id_col else -1
    typed_ids = {id_text(row[at]).strip() for row in rows if 0 <= at < len(row) and isinstance(row[at], (str, int, float))}
    # (hunt40b) a date column of Unix times, read as the moments they count (UTC), only where the whole column is such times
    dated = headers.index(meta["date"]) if meta["date"] else -1
    epoch = epoch_scale([row[dated] for row in rows if 0 <= dated < len(row)]) if dated >= 0 else None
    for number, row in enumerate(rows, start=1):
        columns = {h: (row[i] if i < len(row) else None) for i, h in enumerate(headers)}
        row_note = _id_formula(columns, id_col, number, typed_ids)  # (before the id is read: the cell is emptied)
        doc_id = (id_text(columns.get(id_col)).strip() if id_col else str(numbers[number - 1] if numbers else number)) \
            or str(number)
        if id_col and not row_note and doc_id == str(number) and not cell_display(columns.get(id_col)).strip():
            doc_id = _blank_id(number, typed_ids)
            row_note = BLANK_ID_NOTE.format(id=doc_id)
        elif row_note:
            doc_id = _blank_id(number, typed_ids)
        elif id_col and long_number_id(columns.get(id_col)):
            row_note = LONG_NUMBER_ID_NOTE.format(id=doc_id)
        where = f"{source} {places[number - 1] if places else f'row {number}'}"
        unsaved = [c for c in meta.values() if c and columns.get(c) is NO_SAVED_VALUE]
        # (a placeholder, "NA", "unknown" or #N/A, is no outlet, author, date...: counted as none, the Status says so)
        date_value, epoch_note = epoch_date(columns.get(meta["date"]), epoch)
        given = {k: given_meta(k, date_value if k == "date" else columns.get(c)) for k, c in meta.items() if c and c not in unsaved}
        if unsaved:  # (guard21) never scored without its outlet, url, date...: a confident score of less than the row
            # (loose24) the fields its other cells give are kept (the row, --json, the Outlets sheet)
            yield _unsaved_meta(where, doc_id, columns, unsaved, [text_col, path_col],
                                {k: value for k, (value, _) in given.items() if value})
            continue
        fields = {k: value for k, (value, _) in given.items() if value or k != "date"}
        not_given = [f"column {meta[k]}: {why} (not counted)" for k, (_, why) in given.items() if why]
        if epoch_note and "date" in given:
            not_given.append(f"column {meta['date']}: {epoch_note}")
        if fields.get("outlet"):  # (fresh39) a "Source" column of links: the page's url, no outlet
            outlet, url, moved = outlet_address(fields["outlet"], fields.get("url", ""))
            if moved:
                fields["outlet"], fields["url"] = outlet, url
                not_given.append(f"column {meta['outlet']}: {moved}")
        value = columns.get(text_col) if text_col else None
        formula = value is NO_SAVED_VALUE
        if formula:
            value = columns[text_col] = None  # (the cell is written back empty: it had no value)
        merged_col, merged = _merged_cell(columns, (text_col, path_col))
        value = None if merged_col == text_col and merged else value
        written = cell_display(columns.get(path_col)) if path_col else ""
        # (a text cut to fit its cell, from a workbook this plugin wrote, is read from its file too)
        cut = isinstance(value, str) and cut_to_fit(value)
        # (a date cell that holds no date, "n/a" or "banana", counts as no date given; the Status says so)
        row_note = "; ".join(n for n in (row_note, case_note, *not_given, CUT_READ_NOTE if cut and written.strip() else "") if n)
        if (file_first or cut or value is None or (isinstance(value, str) and not value.strip())) and written.strip():
            yield _in_columns(_noted(_record_from_file(written, base, where, doc_id, columns, fields, path_col,
                                                                from_current_folder), row_note),
                              text_col, path_col)
            continue
        empty = NO_SAVED_VALUE_MESSAGE if formula else merged.message if merged else None
        other = "" if empty or not text_col or (isinstance(value, str) and value.strip()) or value is not None \
            and not isinstance(value, str) else _text_elsewhere(columns, text_col, path_col)
        if other:  # (hunt49) its text in another column with a text column's name: said, not "empty (no text)"
            yield Problem(where, TEXT_IN_OTHER_COLUMN.format(column=text_col, other=other), doc_id, columns, kind="cell", text_column=text_col, path_column=path_col or "", **_given(fields))
            continue
        text, problem = (None, empty) if value is None else cell_to_text(value)
        if text and looks_like_file_name(text):
            problem = FILE_NAME_IN_TEXT
        problem = CUT_TEXT if cut else problem  # (never the cut text scored as the document)
        if problem:
            yield Problem(where, f"column {merged_col if merged else text_col}: {problem}", doc_id, columns, kind="cell",
                          text_column=text_col or "", path_column=path_col or "", **_given(fields))
            continue
        # blank or only spaces: kept as it is, and scored as empty (the Status says so)
        text = shown_text(value) if isinstance(value, str) else ""
        if text and text != value:  # (hunt25a) characters garbled by a wrong encoding, read as meant: said
            row_note = "; ".join(n for n in (row_note, repair_note(value)) if n)
        text, row_note = _html_cell_read(text, fields, row_note, columns, meta, page_columns)
        if fields.get("title") and same_as_text(fields["title"], text):
            # (hunt46) a title cell that copies its row's text: no title, and said, as the Excel functions read it (hunt45)
            fields["title"] = ""
            row_note = "; ".join(n for n in (row_note, f"column {meta.get('title') or 'title'}: {TITLE_IS_TEXT_WHY} (not counted)") if n)
        if written.strip():  # (rows20) both a text and a file: the text is read, and the Status says the file was not
            row_note = "; ".join(n for n in (row_note, BOTH_READ_NOTE.format(text=text_col, path=path_col, file=written.strip())) if n)
        elif path_col and not text.strip():  # (book44) no text, no file: say where the text goes
            told = (NO_FILE_OR_TEXT_NOTE if text_col else NO_FILE_NOTE).format(path=path_col, text=text_col)
            row_note = "; ".join(n for n in (row_note, told) if n)
        if text_col and text != value:
            columns[text_col] = text  # the cell shows the text its evidence offsets point into
        yield Record(id=doc_id, text=text, source=where, columns=columns, text_column=text_col or "", note=row_note,
                     **fields)


# (hunt49) A row whose text cell is empty while another column with a text column's name holds a
# text in it ("text" empty, "body" filled: a table merged from two exports, a JSON Lines file whose
# records name their text differently, read back from its workbook at a refresh). It was "empty (no
# text)", its text unsaid but for one line about the whole table on the terminal (which names the
# option that reads another column; the Status does not, so that a refresh writes the same Status).
TEXT_IN_OTHER_COLUMN = ("column {column}: empty, and the row's text is in the column \"{other}\", which is not read "
                        "(the texts are read from \"{column}\"): put the row's text in \"{column}\"")


_TEXT_ELSEWHERE_MIN_WORDS = 3


def _text_elsewhere(columns: dict[str, Any], text_col: str, path_col: str | None) -> str:
    """(hunt49) The first other column with a text column's name (`TEXT_COLUMN_NAMES`) whose cell
    holds a text in this row (words: `_TEXT_ELSEWHERE_MIN_WORDS` at least, so that a placeholder,
    "n/a", or a link is none), or ""."""
    for name, value in columns.items():
        if name in (text_col, path_col) or not isinstance(value, str) or len(value.split()) < _TEXT_ELSEWHERE_MIN_WORDS:
            continue
        if find_column([name], TEXT_COLUMN_NAMES):
            return name
    return ""


def _unsaved_meta(where: str, doc_id: str, columns: dict[str, Any], unsaved: list[str],
                  reading: list[str | None], fields: dict[str, str] | None = None) -> Problem:
    """(guard21) A row whose title, url, outlet, date or author cells (`unsaved`) hold a formula with
    no saved value (a workbook written by a program such as openpyxl or pandas): not scored, as
    scoring it without them would rate it without its outlet or its provenance, and say nothing.
    The cells are written back empty, as a text cell with such a formula is; what the row's other
    cells give (`fields`: its outlet, when the formula is in its date cell) is kept, as for any
    row not scored (loose24)."""
    for column in unsaved:
        columns[column] = None
    cells, them = (f"columns {', '.join(unsaved)}", "them") if len(unsaved) > 1 else (f"column {unsaved[0]}", "it")
    return Problem(where, f"{cells}: {NO_SAVED_VALUE_MESSAGE}{UNSAVED_META_END} {them}",
                   doc_id, columns, kind="cell", text_column=reading[0] or "", path_column=reading[1] or "",
                   **_given(fields or {}))


_PAGE_FIELD_KEYS = ("title", "url", "outlet", "author", "date")
# (hunt38b) What a refreshed row's Status says of the page's fields its sheet has no column for.
PAGE_FIELDS_LEFT_NOTE = ("the page's own {fields} not counted: the sheet has no column for them (add columns with "
                         "those names, paste the page's HTML into the text cell again and refresh, to have them counted)")


def _html_cell_read(text: str, fields: dict[str, str], note: str, columns: dict[str, Any],
                    meta: dict[str, str | None], page_columns: bool = True) -> tuple[str, str]:
    """(text, note) of a row's text cell: a cell holding HTML (`cell_html.holds_html`) is read as
    a web page is, and its note says so; any other text as it is. The page's own title, URL,
    outlet, author and date fill the row's empty cells of those columns (`meta`: field -> its
    column) and are written there, as the text is: a refresh reads the same row back from them
    and scores it the same. (hunt38b) A field the row has no column for is taken too, into a
    column of its own name ("title", "url", "outlet", "author", "date") that the workbook adds,
    as an .html file's row has them: it was dropped, and the page scored without its byline and
    date (provenance 54 where the same page as a file gave 85). Not the page type: no column
    gives it back. A refresh (`page_columns` false) writes no new column into the user's sheet:
    there a field with no column is not taken, and the note says which, so a later refresh reads
    the row as this one scored it."""
    from .cell_html import holds_html, read_html_cell

    if not holds_html(text):
        return text, note
    read = read_html_cell(text)
    left: list[str] = []
    for key, value in read.fields.items():
        if key not in _PAGE_FIELD_KEYS or fields.get(key):
            continue
        column = meta.get(key)
        if not column and key not in columns and page_columns:  # (hunt38b) a column of its own, as an .html file's row has
            column = key
        elif not column:
            left.append(key)
        if column:
            fields[key] = columns[column] = value
    if left:
        note = "; ".join(n for n in (note, PAGE_FIELDS_LEFT_NOTE.format(fields=", ".join(left))) if n)
    return read.text, "; ".join(n for n in (note, read.note) if n)


def _id_formula(columns: dict[str, Any], id_col: str | None, number: int, typed: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """The note of a row whose id cell holds a formula with no saved value (`ID_FORMULA_NOTE`),
    or "". The cell is emptied: the row's id is then what a blank id cell gives (`BLANK_ID`)."""
    if not id_col or columns.get(id_col) is not NO_SAVED_VALUE:
        return ""
    columns[id_col] = None
    return ID_FORMULA_NOTE.format(id=_blank_id(number, typed))


# (loose26) What a row's Status says where its id cell holds a number of more than 15 digits (a
# 19-digit order or tweet number typed into a cell formatted General or "0"): a spreadsheet keeps
# 15 digits of a number exactly, so the cell may no longer hold the id typed.
LONG_NUMBER_ID_NOTE = ("the id cell holds a number of more than 15 digits, read as {id!r}: a spreadsheet keeps only "
                       "15 digits of a number exactly, so it may not be the id typed (format the id column as Text and "
                       "type the ids again to be sure)")


def long_number_id(value: Any) -> bool:
    """(loose26) Whether an id cell holds a number (a floating-point one, as a spreadsheet stores
    any number it shows) of more than 15 digits."""
    return isinstance(value, float) and value.is_integer() and 1e15 <= abs(value) < 1e21


def id_text(value: Any) -> str:
    """(loose26) An id cell's text: as `cells.cell_display` reads a cell, except a whole number
    of more than 15 digits, which is its digits as the file wrote them ("1234567890123456789",
    "1234567890123460000" where Excel kept 15), never a float's "1.234567890123457E+18"
    (which two ids near each other would share). A number a CSV file gives is text already,
    read as written."""
    from decimal import Decimal

    from .cells import cell_display

    if long_number_id(value):
        return format(Decimal(repr(float(value))).quantize(Decimal(1)), "f")
    return cell_display(value)


def _blank_id(number: int, typed: set[str]) -> str:
    """(loose26) The id of a row with a blank id cell (`BLANK_ID`), made unlike each id typed in
    the table (`typed`) where one happens to be spelt so."""
    doc_id, n = BLANK_ID.format(number=number), 1
    while doc_id in typed:
        n += 1
        doc_id = f"{number} (no id {n})"
    return doc_id


def _in_columns(item: Item, text_col: str | None, path_col: str | None) -> Item:
    """A table row's Problem with the columns its text and file are read from (a Record has them)."""
    if isinstance(item, Problem):
        item.text_column, item.path_column = text_col or "", path_col or ""
    return item


def _noted(item: Item, note: str) -> Item:
    """`item` with `note` added to what its note says (how it was read)."""
    if note and isinstance(item, Record):
        item.note = "; ".join(n for n in (item.note, note) if n)
    return item


# Column separators recognised besides the comma, when the header proves them (see `_separator`).
_SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_OTHER_SEPARATORS = (";", "\t")
_SEP_LINE_RE = re.compile(r"sep=(.)\r?\n")
_LONE_CR_RE = re.compile(r"\r(?!\n)")


def _header_with(text: str, delimiter: str) -> list[str]:
    try:
        return [h.strip() for h in next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])]
    except csv.Error:
        return []


def _separator(text: str, text_column: str | None) -> str:
    """The column separator: a comma (RFC 4180), unless the header line proves another one: it
    names no text column when split at commas, and does when split at semicolons (or at tabs),
    as a CSV saved by Excel in a locale with a decimal comma does. Never guessed from the data:
    a guess can split one quoted field into many rows."""

    if _names_text(_header_with(text, ","), text_column):
        return ","
    proven = [sep for sep in _OTHER_SEPARATORS if _names_text(_header_with(text, sep), text_column)]
    return proven[0] if len(proven) == 1 else ","


def _names_text(headers: list[str], text_column: str | None) -> bool:
    """Whether a header line names the text column (`text_column`, or a text or path column found by name)."""
    if text_column is not None:
        return text_column in headers
    return find_column(headers, TEXT_COLUMN_NAMES + PATH_COLUMN_NAMES) is not None


# A CSV file's header is looked for in its first lines, as a sheet's header row is in its first
# rows (inputs_sheets.HEADER_SEARCH_ROWS): an export often puts a title or a date above it.
CSV_HEADER_SEARCH_LINES = 10


# The most line breaks one cell of a CSV file's first lines is read to hold (`_csv_lines`).
_LINES_IN_A_CELL = 20


def _csv_lines(text: str) -> Iterator[str]:
    """(hunt23a) The lines of a CSV text, a line break inside a field in double quotes kept in
    its line: a header cell wrapped onto two lines in Excel ("Doc" Alt+Enter "ID") is saved so,
    and cut there the header's first part was taken for a title line above it, the rest read as
    the header: the id or date column silently not read. A quote opens a field only at its start
    (after a comma, semicolon or tab: `_ends_in_quotes`), so a title line with a quotation mark
    in it ('Report on "fake news"') is still one line; a field is read to hold at most
    `_LINES_IN_A_CELL` line breaks. (Each line ends where its "\n" was, so that the lines'
    lengths, each plus 1, add up to where the next one starts.) Read as far as it is asked."""
    begin = start = 0
    inside, breaks = False, 0
    while start <= len(text):
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        inside = _ends_in_quotes(text, start, stop, inside)
        if inside and end >= 0 and breaks < _LINES_IN_A_CELL:
            breaks += 1
        else:
            yield text[begin:stop]
            begin, inside, breaks = stop + 1, False, 0
        if end < 0:
            return
        start = end + 1


_QUOTE_OR_SEPARATOR_RE = re.compile(r'["\t,;]')


def _ends_in_quotes(text: str, start: int, stop: int, inside: bool) -> bool:
    """Whether a CSV line (`text[start:stop]`) ends inside a field in double quotes (`inside`: it
    starts in one), a quote opening a field only at its start (the line's, or right after a
    comma, semicolon or tab) and two quotes inside one standing for a quote."""
    if text.find('"', start, stop) < 0:
        return inside
    after_separator = start  # (where a field may open with a quote)
    skip = -1
    for mark in _QUOTE_OR_SEPARATOR_RE.finditer(text, start, stop):
        at = mark.start()
        if at == skip:
            continue
        if mark.group() != '"':
            if not inside:
                after_separator = at + 1
        elif inside:
            if text.startswith('"', at + 1) and at + 1 < stop:
                skip = at + 1  # (two quotes: one quote in the field)
            else:
                inside = False
        elif at == after_separator:
            inside = True
    return inside


def _title_lines(text: str, text_column: str | None) -> list[str]:
    """The lines above the header to leave out: none where the first line names the text column
    (split at a comma, semicolon or tab), or where none of the first `CSV_HEADER_SEARCH_LINES`
    lines does (the file is then refused, naming its first line's columns, as before); else the
    lines (a title, a date) above the first one that does."""
    lines: list[str] = []
    read = _csv_lines(text)
    for number, line in enumerate(read):
        if number == CSV_HEADER_SEARCH_LINES:
            break
        lines.append(line)
        named = [sep for sep in (",", *_OTHER_SEPARATORS) if _names_text(_header_with(line, sep), text_column)]
        if named:
            # (hunt23a) a group or title line over the header ("Article,,Source,"): the header is below
            below = next(read, "") if number + 1 < CSV_HEADER_SEARCH_LINES and text_column is None else ""
            lower = any(header_below(_header_with(line, sep), _header_with(below, sep)) for sep in named) if below else False
            return lines[:number + 1] if lower else lines[:number]
    return []


def _refuse_unnamed_text(path: Path, text: str, delimiter: str, text_column: str | None) -> None:
    """Where a CSV file breaks the quoting rules as read with `delimiter` and its header names no
    text column that way, refuse it for that (naming --text-column), not for the quoting: a
    semicolon or tab file whose text column has a name of its own ("Article Body") is read with
    commas (`_separator` finds no proof of another separator), and a comma or quote in its text
    then looks like broken quoting. The columns listed are the header split at the separator that
    gives the most of them."""
    headers = _header_with(text, delimiter)
    if named_column(headers, text_column) if text_column is not None else find_column(headers, TEXT_COLUMN_NAMES + PATH_COLUMN_NAMES):
        return
    shown = max((_header_with(text, sep) for sep in (delimiter, *_OTHER_SEPARATORS)), key=len)
    _text_and_path_columns(unique_headers(shown), str(path), text_column, None)


def _csv_records(path: Path, text: str, delimiter: str, first_line: int, lone_cr: str,
                 spaced: bool = False) -> list[tuple[int, list[str]]]:
    """Each record of the CSV text with the line it starts on; a record that breaks the quoting
    rules is refused with that line. `lone_cr`: the character that stands in for a carriage
    return inside a field (see read_csv), or "". `spaced`: the spaces after each separator are
    left out, so that a quoted field may follow them (`_spaced_records`)."""
    from .cells import text_formula_value

    reader = csv.reader(io.StringIO(text, newline=""), dialect=csv.excel, delimiter=delimiter, strict=True,
                        skipinitialspace=spaced)
    rows: list[tuple[int, list[str]]] = []
    start = first_line
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(
                f"{path}: not a readable CSV file: the record that starts on line {start} breaks the quoting "
                f"rules ({exc}); a field holding quotes, {_SEPARATOR_NAMES.get(delimiter, repr(delimiter))}s or line breaks "
                "must be in double quotes, with each quote inside it doubled (\"\")"
            ) from None
        if lone_cr:
            row = [field.replace(lone_cr, "\r") for field in row]
        row = [text_formula_value(field) for field in row]  # (hunt54: '="00123"' is 00123, as Excel shows it)
        rows.append((start, row))
        start = first_line + reader.line_num
    return rows


# (fresh39) A CSV file written by hand or by a script with a space after each separator
# ('1, Harbour, "The council voted, on Tuesday, ..."'). Read as RFC 4180 reads it, the quotes of a
# field after the space are characters of an unquoted field: a text holding a comma was split into
# more fields than the header has and its row refused ("is a field holding a comma not in double
# quotes?", which it is), and a text without one was scored with its quote marks and its title
# read as " Harbour". Such a file is read with the spaces after the separators left out
# (`skipinitialspace`), where that reads every quoted field whole: it is refused or kept as it
# was where it breaks the quoting rules read so, or reads no better (`_spaced_records`).
_SPACED_QUOTE = '{sep}[ ]+"'
_SPACE_QUOTED_FIELD_RE = re.compile(r'\A[ ]+".*"[ ]*\Z', re.DOTALL)


def _spaced_records(path: Path, text: str, delimiter: str, first_line: int, lone_cr: str) -> list[tuple[int, list[str]]]:
    """`_csv_records` of the CSV text, read with the spaces after its separators left out where a
    quote follows a separator and spaces, and reading so breaks no quoting rule, gives no more rows
    of another length than the header's, and leaves no field that is a quoted one after spaces."""
    if not re.search(_SPACED_QUOTE.format(sep=re.escape(delimiter)), text):
        return _csv_records(path, text, delimiter, first_line, lone_cr)
    try:
        spaced = _csv_records(path, text, delimiter, first_line, lone_cr, spaced=True)
    except InputError:
        return _csv_records(path, text, delimiter, first_line, lone_cr)
    try:
        plain = _csv_records(path, text, delimiter, first_line, lone_cr)
    except InputError:
        return spaced

    def misfits(records: list[tuple[int, list[str]]]) -> int:
        rows = [row for _line, row in records if any(field.strip() for field in row)]
        return sum(len(row) != len(rows[0]) for row in rows[1:]) if rows else 0

    quoted_after_space = any(_SPACE_QUOTED_FIELD_RE.match(field) for _line, row in plain for field in row)
    better = misfits(spaced) < misfits(plain) or (quoted_after_space and misfits(spaced) <= misfits(plain))
    return spaced if better else plain


def _csv_tokens(delimiter: str) -> re.Pattern[str]:
    """A CSV text's pieces, in order: a quoted field (group "quoted": a quote at a field's start,
    its closing quote), a run of other characters, a line end, a quote inside an unquoted field."""
    at_start = f"(?<![^{re.escape(delimiter)}\r\n])"
    return re.compile(f'(?P<quoted>{at_start}"[^"]*(?:""[^"]*)*")|[^"\r]+|\r\n?|"')


def _inside_fields(text: str, delimiter: str, lone_cr: str) -> str:
    """`text` with each carriage return alone (not before \n) replaced by `lone_cr`, read back as
    part of its field (see read_csv), but for one right after a quoted field's closing quote, and
    one that ends the header line, which end their record (a file of mixed line ends:
    "...,"text"\r" then the next record)."""
    pieces = []
    after_quoted = in_header = True
    for token in _csv_tokens(delimiter).finditer(text):
        piece = token.group()
        quoted = token.lastgroup == "quoted"
        if piece == "\r":
            pieces.append("\r" if after_quoted or in_header else lone_cr)
            in_header = False
        else:
            pieces.append(piece)
            in_header = in_header and (quoted or "\n" not in piece)
        after_quoted = quoted
    return "".join(pieces)


# (hunt45) A CSV file of one column: its header line is one name, split at no separator. Excel in a
# locale whose decimal mark is a comma (German, French, Italian ...) saves a column of texts so,
# with a text's commas not in double quotes (it quotes a field holding its own separator, the
# semicolon): each line holding a comma was refused ("it has 3 fields but the header has 1: is a
# field holding a comma not in double quotes?"), texts a user can do nothing to mend. Each line is
# one field now, a field in double quotes read as one; said where a comma stood outside quotes.
ONE_COLUMN_NOTE = ("{where}: one column (its header line is {header!r} alone): each line is read as one text, its commas "
                   "included, as Excel saves a single column where the decimal mark is a comma")


def _one_column(text: str) -> bool:
    """(hunt45) Whether a CSV text's header line names one column: split at a comma, a semicolon
    and a tab alike, it is one field, and not a blank one."""
    headers = [_header_with(text, sep) for sep in (",", *_OTHER_SEPARATORS)]
    return all(len(found) == 1 for found in headers) and bool(headers[0][0])


def _unquoted(text: str, character: str) -> bool:
    """(hunt45) Whether `character` stands in a CSV text outside the fields in double quotes (read with commas)."""
    return any(token.lastgroup != "quoted" and character in token.group() for token in _csv_tokens(",").finditer(text))


def read_csv(path: Path, text_column: str | None, skipped: list[Skipped] | None = None) -> Iterator[Item]:
    """The documents of a CSV file, read as RFC 4180 says (as Excel, LibreOffice, pandas and
    Python's csv module write it): fields in double quotes may hold commas, line breaks and
    quotes (doubled); a UTF-8 byte order mark is dropped. The separator is a comma, or a
    semicolon or tab when the header line proves it (`_separator`), or the one an Excel
    "sep=;" first line names. Lines above the header (a title, an export date) are left out, as
    the workbook reader leaves out rows above a sheet's header (`_title_lines`). A file that breaks the quoting rules (a quote that is never
    closed, text after a closing quote) is refused with the line where the record starts,
    rather than read into a different set of documents."""
    text, note = _read_bytes(path)  # (not `read_file`: the file's line ends are the CSV's own)
    # Excel's own limit on a cell is 32,767 characters; csv's default field limit (131,072) is
    # raised so that a long article in one field is read, not refused.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    declared = _SEP_LINE_RE.match(text)
    declared_separator = declared.group(1) if declared and declared.group(1) not in '"\r\n' else ""
    first_line = 1
    if declared and declared_separator:
        text, first_line = text[declared.end():], 2
    # (lines above the header, a title or a date: left out, as the workbook reader leaves out the
    # rows above a sheet's header row; messages still count the file's own lines)
    above = _title_lines(text, text_column)
    text, first_line = text[sum(len(line) + 1 for line in above):], first_line + len(above)
    delimiter = declared_separator or _separator(text, text_column)
    # (hunt45) a file of one column: its lines are one field each, commas and all (`ONE_COLUMN_NOTE`)
    one_column = not declared_separator and _one_column(text)
    if one_column:
        delimiter = next(c for c in map(chr, range(0xE000, 0xF8FF)) if c not in text)  # (one that is nowhere in it)
    # A carriage return alone, in a file whose lines end in \n (or \r\n), is part of a field:
    # Python's csv module and pandas (writing \n line ends) leave such a field unquoted, and a
    # reader that ended the record there would make two documents of one. Only a file with no \n
    # at all (a classic Mac export) ends its lines with \r alone.
    # (inputs21) But one right after a quoted field's closing quote ends the record: nothing else
    # may follow that quote, and a file put together from exports with different line ends has
    # such a line end (`_inside_fields`).
    lone_cr = ""
    if "\n" in text and _LONE_CR_RE.search(text):
        lone_cr = next(c for c in map(chr, range(0xF8FF, 0xE000, -1)) if c not in text)
        text = _inside_fields(text, delimiter, lone_cr)
    try:
        try:
            records = _spaced_records(path, text, delimiter, first_line, lone_cr)
        except InputError:
            if not one_column:
                raise
            # (a quoted field with text after it, which no spreadsheet writes: read as before, at commas)
            one_column, delimiter = False, ","
            records = _spaced_records(path, text, delimiter, first_line, lone_cr)
    except InputError:
        _refuse_unnamed_text(path, text, delimiter, text_column)  # (the cause a user can act on, where it is one)
        raise
    rows = [(line, row) for line, row in records if any(field.strip() for field in row)]  # blank lines
    if not rows:
        raise InputError(f"{path}: the CSV file is empty")
    (_, header), body = rows[0], rows[1:]
    headers = [h.strip() for h in header]
    # (fresh39) a file with no text column (or two) is refused before any of its rows is said to be
    # left out: "1 row not read, a note under the table" was said of a file none of whose rows was read
    try:
        _, text_col, _ = _reading_columns(headers, str(path), text_column, None, "--text-column")
    except InputError as exc:  # (hunt40a) a column of texts with no header: said where it is, and how to read it
        unnamed = unnamed_texts(header, [row for _, row in body])
        if unnamed and text_column is None:
            raise InputError(f"{exc}; " + "; ".join(unnamed_text_lines(str(path), unnamed, None, f"line {rows[0][0]}"))) \
                from None
        raise
    unnamed = unnamed_texts(header, [row for _, row in body])
    if unnamed and skipped is not None and text_col is not None:
        at = unique_headers(headers).index(text_col)
        skipped.extend(Skipped(line, "", what="note")
                       for line in unnamed_text_lines(str(path), unnamed, (at, headers[at]), f"line {rows[0][0]}"))
    if one_column and skipped is not None and body and _unquoted(text, ","):
        skipped.append(Skipped(ONE_COLUMN_NOTE.format(where=path, header=headers[0]), "", what="note"))
    # (hunt23a) a repeat of the header row (exports joined into one file), (hunt38a) a note under the
    # documents (a source line), (hunt39a) a note between them ("Note: rows below are from the
    # archive"), (hunt39c) a section label ("Week 2"), (loose26) a total row under them: no
    # document, left out, and the summary says where (hunt40b: `not_documents`, as a JSON file's)
    left_out = not_documents([row for _, row in body], headers, text_column)
    for place, reason in left_out:
        if skipped is not None:
            skipped.append(Skipped(f"{path} line {body[place][0]}", reason, what="row"))
    # (hunt40a) each row's place among the table's rows, the notes and section labels counted (parity40:
    # and a repeat of the header row, as pandas counts it): a table with no id column numbers its rows
    # so, the rows under a note keeping their number
    row_place = {line: n for n, (line, _row) in enumerate(body, start=1)}
    out = {place for place, _ in left_out}
    body = [entry for place, entry in enumerate(body) if place not in out]
    # (hunt39c) a second table beside the first, after an empty column: said
    gaps = {i for i, h in enumerate(headers) if not h and any(headers[:i]) and any(headers[i + 1:])
            and not any(i < len(row) and row[i].strip() for _, row in body)}
    if skipped is not None and body:
        skipped.extend(Skipped(line, "", what="note") for line in table_beside(str(path), headers, gaps, text_column))
    items = records_from_rows(headers, [row for _, row in body], str(path), text_column, path.parent,
                              places=[f"line {line}" for line, _ in body], numbers=[row_place[line] for line, _ in body])
    # (hunt51) each row's last line (the line before the next row's): a note on some lines of the file
    # only (`LinesNote`) goes to the rows on them
    starts, guessed = [line for line, _ in rows[1:]], []
    last_line = dict(zip(starts, [start - 1 for start in starts[1:]] + [text.count("\n") + first_line + 1]))
    for (line, row), item in zip(body, items):
        said = note_for_lines(note, line, last_line[line])
        if said and isinstance(item, Record) and not item.text_file:
            item.note = "; ".join(n for n in (said, item.note) if n)  # (a row's text read from the CSV itself: its encoding)
            guessed.append(item.id)
        extra = [field for field in row[len(headers):] if field.strip()]
        separator = _SEPARATOR_NAMES.get(delimiter, repr(delimiter))
        # (inputs21) a carriage return alone in a field not in quotes may be a record's end
        lone = LONE_CR_HINT if lone_cr and any("\r" in field for field in row) else ""
        if extra:
            yield _refused_row(
                item, f"it has {len(row)} fields but the header has {len(headers)}: is a field "
                      f"holding a {separator} not in double quotes?{lone}", row, delimiter)
        elif len(row) < len(headers):
            # (rows17) A short row is never read as it stands: its fields would sit under the
            # wrong columns (a text under "title", the row then scored as empty), and which
            # field is missing is the user's to say. (values18) The message names the columns
            # the row has no field for, read by place, and how to say they are empty.
            yield _refused_row(item, short_row_message(row, unique_headers(headers), item.text_column, separator) + lone,
                               row, delimiter)
        else:
            yield item
    if guessed and isinstance(note, LinesNote) and skipped is not None:  # (hunt51: which rows, in the summary too)
        skipped.append(Skipped(guessed_rows_line(str(path), note, guessed), "", what="note"))


def guessed_rows_line(where: str, note: str, ids: list[str]) -> str:
    """(hunt51) The summary's line on the rows of a file whose encoding was guessed (`LinesNote`)."""
    shown = ", ".join(ids[:_SHOWN_SKIPPED]) + (f" and {len(ids) - _SHOWN_SKIPPED} more" if len(ids) > _SHOWN_SKIPPED else "")
    return f"{where}: {note} (row{'s' if len(ids) != 1 else ''} {shown})"


# What a refused row's message adds where one of its fields not in double quotes holds a carriage
# return alone (the line end of an old Mac file), which is read as part of the field.
LONE_CR_HINT = ("; the line holds a carriage return on its own (an old Mac line end) in a field not in double quotes, "
                "read as part of that field: if a record ends there, save the file with Windows or Unix line ends")


def _refused_row(item: Item, message: str, row: list[str], delimiter: str) -> Problem:
    """(rows20) A CSV row refused for its number of fields. Its fields are not put under the
    header's columns (a piece of the text would sit under "outlet", and a refresh would score the
    piece before the stray comma): the whole line, as the file holds it, goes in the text cell, and
    the row keeps its id. The workbook marks the row as refused (`REFUSED_LINE`, `refused_line_hash`),
    so that a refresh leaves it refused until the cell is edited."""
    text_column = item.text_column
    columns = dict(item.columns)
    if text_column in columns:
        columns = {name: None for name in columns}
        line = io.StringIO()
        csv.writer(line, delimiter=delimiter, lineterminator="").writerow(row)
        columns[text_column] = line.getvalue()
        id_col = find_column(list(columns), ID_COLUMN_NAMES)
        if id_col is not None:
            columns[id_col] = item.id
    return Problem(item.source, message, item.id, columns, kind=REFUSED_LINE if text_column in columns else "",
                   text_column=text_column, path_column=item.path_column)


def refused_line_hash(text: str) -> str:
    """The Text hash a workbook stamps on a refused CSV row (`_refused_row`): a hash of its text
    cell as a refresh reads it back. Its other stamps are empty (it was not scored)."""
    from .engine import text_digest

    return text_digest(shown_text(text).strip(), "refused CSV line")


# (book47) Said where a line of fewer characters than CELL_LIMIT is still too long: Excel counts an emoji as two.
_UNITS_SAID = ", counting an emoji or other character beyond U+FFFF as two"


def refused_line_cut_note(line: str, kept: str) -> str:
    """(inputs21) What a refused CSV row's Status adds where its line is longer than a cell holds
    (32,767 characters): the text cell keeps what fits, ending in the cut marker (`kept`, as the
    workbook writes it); "" where the whole line fits."""
    from .cells import CELL_LIMIT, CUT_RE, cell_units

    marker = CUT_RE.search(kept) if cell_units(line) > CELL_LIMIT else None
    if marker is None:
        return ""
    return (f"; the line has {len(line):,} characters, more than a cell holds ({CELL_LIMIT:,}{_UNITS_SAID if len(line) <= CELL_LIMIT else ''}), so the text cell keeps "
            f"only its first {marker.start():,}: mend the row in the CSV file and score the file again")


def short_row_message(row: list[str], headers: list[str], text_column: str, separator: str) -> str:
    """Why a CSV row with fewer fields than its `headers` is not read: the columns it has no
    field for, read by place (the last ones), where its longest field would sit when the text
    column is one of them, and the two ways to mend it (end the line with that many more
    separators where those columns are empty on this row; else add the one missing where it
    belongs). Nothing is guessed: the row is not read either way."""
    given, missing = len(row), headers[len(row):]
    names = _listed([repr(name) for name in missing])
    message = (f"it has {given} field{'s' if given != 1 else ''} but the header has {len(headers)}: read by place, "
               f"it has no field for {names}")
    if text_column in missing and any(field.strip() for field in row):
        longest = max(range(given), key=lambda i: len(row[i].strip()))
        message += (f" (its longest field, {len(row[longest].strip()):,} characters, would be read as "
                    f"{headers[longest]!r})")
    last = "the last column is" if len(missing) == 1 else f"the last {len(missing)} columns are"
    more = f"{len(missing)} more {separator}" + ("s" if len(missing) != 1 else "")
    return (f"{message}; if {last} empty on this row, end the line with {more}; if a field is missing before "
            f"{'it' if len(missing) == 1 else 'them'}, add its {separator} where it belongs (an empty field is two {separator}s side by side), or "
            f"put a field holding a line break in double quotes")


def _listed(names: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def read_csv_table(path: Path, names_columns: Callable[[list[str]], bool]) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    """(headers, [(line, fields)], separator) of a small CSV table that is not a list of
    documents (a `--ratings` file), read as `read_csv` reads one: a UTF-8 byte order mark
    dropped, Windows-1252 where the file is not UTF-8, the separator a comma unless an Excel
    "sep=;" first line names another or the header proves a semicolon or tab (`names_columns`
    says whether a header, split one way, names the table's columns), quoting errors refused
    with their line. Blank lines are left out; an empty file gives no headers and no rows."""
    text, _note = _read_bytes(path)
    declared = _SEP_LINE_RE.match(text)
    if declared and declared.group(1) not in '"\r\n':
        delimiter, first_line, text = declared.group(1), 2, text[declared.end():]
    else:
        proven = [sep for sep in _OTHER_SEPARATORS if names_columns(_header_with(text, sep))]
        delimiter = "," if names_columns(_header_with(text, ",")) or len(proven) != 1 else proven[0]
        first_line = 1
    rows = [(line, row) for line, row in _csv_records(path, text, delimiter, first_line, "")
            if any(field.strip() for field in row)]  # blank lines
    if not rows:
        return [], [], delimiter
    return [h.strip() for h in rows[0][1]], rows[1:], delimiter


# The file types a path given by name may have, for the message about any other (as read_paths reads them).
_SUPPORTED = ", ".join(TEXT_EXTENSIONS + (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".xlsx")) + " or .xlsm"
# (jsonl29) JSON Lines files, and .json files holding an array of objects: tables (`inputs_jsonl`)
_JSON_TABLES = (".jsonl", ".ndjson", ".json")
# What a folder is searched for (a workbook in a folder is not read: it may be one `score` wrote).
# (hunt30) JSON Lines and .json files too: read as when given by name, their rows' ids naming the
# file ("b.json:x1", as a folder's CSV rows': `file_row_ids`), so none is "b.txt"'s.
_FOLDER_EXTENSIONS = TEXT_EXTENSIONS + (".csv", ".tsv") + _JSON_TABLES
# The record `--engine dask` writes beside its Parquet parts (`xlplugin.dask.MANIFEST`): no table of
# documents, and a folder of parts may be given again.
_RUN_RECORD = "_xlplugin.json"


def folder_types() -> str:
    """The file types a folder given is searched for, as the messages name them."""
    return " ".join(_FOLDER_EXTENSIONS)
_SHOWN_SKIPPED = 5  # names listed for each reason a file was skipped


def in_folder_given(path: str, given: Sequence[str]) -> str:
    """(hunt31) A file found in a folder the user gave, named from that folder: the folder's own
    name, then the file's path inside it ("clippings/old/report.pdf"); the path as found where no
    folder given holds it."""
    found = Path(path).absolute()
    for folder in given:
        top = Path(folder).absolute()
        if top.is_dir() and top in found.parents:
            return (Path(top.name or top.anchor) / found.relative_to(top)).as_posix()
    return path


@dataclass
class Skipped:
    """A file in a folder that was not read (not a supported type, a workbook), or a row of a
    table that is not a document (an Excel table's totals row), and why."""

    path: str
    reason: str
    what: str = "file"  # "file", or "row" (`path` then says where the row is); "note": read, `path` the line to say


# (pasted30) A news feed (RSS, Atom) is refused, saying what it is: its items are headlines with a
# summary of a sentence or two and a link, no article (each scored alone has too few words for an
# index; scored as one text, a listing of other stories), and its markup is no prose. The link of
# each item is where the article is: save that page to score it (docs/command-line.md).
FEED_REASON = ("a news feed (RSS or Atom): its items are headlines, one-line summaries and links, not articles; "
               "save each article's page (.html) or text (.txt) to score it")
_FEED_EXTENSIONS = (".xml", ".rss", ".atom", ".rdf")
_FEED_RE = re.compile(rb"<(?:rss[\s>]|feed\b[^>]*Atom|rdf:RDF\b[^>]*rss)", re.IGNORECASE)


def feed_reason(path: Path) -> str:
    """FEED_REASON where `path` is an RSS or Atom feed (an .xml, .rss or .atom file whose first
    bytes open a feed), else ""."""
    if path.suffix.lower() not in _FEED_EXTENSIONS:
        return ""
    try:
        with open(path, "rb") as handle:
            start = handle.read(4096)
    except OSError:
        return ""
    return FEED_REASON if _FEED_RE.search(start) else ""


def _skip_reason(path: Path) -> str:
    suffix = path.suffix.lower()
    if feed_reason(path):
        return FEED_REASON
    if suffix in (".xlsx", ".xlsm"):
        return "a workbook (a folder's workbooks are not read: give one by name to read it)"
    if not path.is_file() and path.exists():
        return "not a regular file"
    if path.name == _RUN_RECORD:
        return "the record of an xlplugin --engine dask run (not a table of documents)"
    return f"not a supported type ({folder_types()} are read)"


# A link to a folder inside a folder given is not followed (a link may lead back up, or far away).
LINKED_FOLDER = "a link to a folder (links are not followed: give the folder it points to, to read it)"
# Folders a program or a system writes beside a user's files, never the user's documents: a zip
# made on a Mac ("__MACOSX", with "._" copies of every file), Python's caches.
_SYSTEM_FOLDERS = frozenset({"__MACOSX", "__pycache__"})


def _json_skip_reason(path: Path) -> str:
    from .inputs_jsonl import folder_skip_reason

    return folder_skip_reason(path)


def _hidden(relative: str) -> bool:
    """Whether a path inside a folder given (`relative`, from that folder) is hidden: it, or a
    folder it is in, has a name starting with "." (".venv", ".ipynb_checkpoints", ".git",
    "._story.txt") or is a system's folder (_SYSTEM_FOLDERS). Such files are not read or listed."""
    return any(part.startswith(".") or part in _SYSTEM_FOLDERS for part in relative.split("/"))


def _folder(folder: Path, skipped: list[Skipped] | None) -> Iterator[tuple[Path, str] | Problem]:
    """The files a folder holds (in its subfolders too), each with its id: its path from the
    folder ("x/story.txt"), so that files of one name in two subfolders keep two ids. A link to
    nowhere that names a readable type is a Problem; the other files that are not read go to
    `skipped`, except hidden ones (`_hidden`: a name or folder starting with ".", "__MACOSX"),
    which are neither read nor listed. A link to a folder is not followed, and is listed
    (LINKED_FOLDER)."""
    found: list[tuple[Path, str] | Problem] = []
    for path in sorted(folder.rglob("*")):
        doc_id = path.relative_to(folder).as_posix()
        if _hidden(doc_id):  # (before its type: a hidden folder's .txt files are no documents either)
            continue
        readable_type = path.suffix.lower() in _FOLDER_EXTENSIONS and path.name != _RUN_RECORD
        if path.is_symlink() and path.is_dir():
            if skipped is not None:
                skipped.append(Skipped(str(path), LINKED_FOLDER, "folder"))
        elif readable_type and path.is_file():
            # (hunt30) an empty JSON file, or our own --json output, is no table of documents
            why = _json_skip_reason(path) if path.suffix.lower() in _JSON_TABLES else ""
            if not why:
                found.append((path, doc_id))
            elif skipped is not None:
                skipped.append(Skipped(str(path), why))
        elif readable_type and path.is_symlink() and not path.exists():
            found.append(Problem(str(path), f"{path}: a broken link (it points to {os.readlink(path)}, "
                                            "which is not there)", doc_id))
        elif path.is_dir():
            continue
        elif skipped is not None:
            skipped.append(Skipped(str(path), _skip_reason(path)))
    if not found:
        yield Problem(str(folder), f"{folder}: nothing to read in this folder (files of these types are read: "
                                   f"{folder_types()})")
    yield from found


def _expand(paths: list[str], skipped: list[Skipped] | None = None) -> Iterator[tuple[Path, str] | Problem]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _folder(path, skipped)
        elif path.exists():
            yield path, path.name
        elif path.is_symlink():
            yield Problem(str(path), f"{path}: a broken link (it points to {os.readlink(path)}, which is not there)")
        else:
            yield Problem(str(path), missing_path(path))


def missing_path(path: Path) -> str:
    """What to say of a path given to read that is not there, and what to do about it: a name
    is read from the folder xlplugin runs in, which the message names."""
    if path.is_absolute():
        return f"{path}: no such file or folder: check the name and each folder on its path"
    return (f"{path}: no such file or folder in {Path.cwd()} (the folder you ran xlplugin in): check the name, "
            "give its full path, or run xlplugin from the folder that holds it")


def describe_skipped(skipped: list[Skipped]) -> list[str]:
    """Lines that say which files of the folders given were not read, by reason, naming a few."""
    by_reason: dict[tuple[str, str], list[str]] = {}
    lines = []
    for item in skipped:
        if item.what == "note":  # (hunt31: rows read, and something to know of them: hidden in the sheet)
            lines.append(item.path)
            continue
        by_reason.setdefault((item.what, item.reason), []).append(item.path)
    for (what, reason), names in by_reason.items():
        shown = ", ".join(names[:_SHOWN_SKIPPED]) + (f" and {len(names) - _SHOWN_SKIPPED} more" if len(names) > _SHOWN_SKIPPED else "")
        lines.append(f"{len(names)} {what}{'s' if len(names) > 1 else ''} not read, {reason}: {shown}")
    return lines


def file_row_ids(items: Iterator[Item], file_id: str) -> Iterator[Item]:
    """The rows of a table found in a folder, each with an id that says which file it is from
    ("sub/list.csv:r1"): two tables in a folder may both number their rows r1, r2, and files in
    subfolders are known by their path from the folder. The id column shows that id (one is
    put first where the table has none), so that a refresh reads the same id back."""
    for item in items:
        item.id = f"{file_id}:{item.id}"
        if item.columns:
            id_col = find_column(list(item.columns), ID_COLUMN_NAMES)
            if id_col is None:
                item.columns = {"id": item.id, **item.columns}
            else:
                item.columns[id_col] = item.id
        yield item


def named_file_row_ids(items: Iterator[Item], file_id: str) -> Iterator[Item]:
    """The rows of a CSV file given by name beside other tables: where the file has no id column
    (its rows numbered 1, 2...), each id names the file ("list.csv:1"), as a folder's tables' ids
    do (`file_row_ids`), so that two such files do not both have a row "1"; ids the file has a
    column for are the user's and kept as written."""
    for item in items:
        if find_column(list(item.columns), ID_COLUMN_NAMES) is None:
            yield from file_row_ids(iter([item]), file_id)
        else:
            yield item


# How `read_found` gives a CSV file's rows their ids (`input_files` decides): each naming the
# file, for a file found in a folder; those the file has no id column for, for a file given by
# name beside other tables; else as the file has them.
FOLDER_ROW_IDS, NAMED_ROW_IDS = "folder", "named"
_TABLE_EXTENSIONS = (".csv", ".tsv", ".xlsx", ".xlsm", ".jsonl", ".ndjson", ".json")


def read_paths(paths: list[str], text_column: str | None = None,
               skipped: list[Skipped] | None = None, sheet: str | None = None) -> Iterator[Item]:
    """Every document under `paths`, as Records (or Problems for what could not be read). The
    files of a folder that are not read (other types, workbooks) are added to `skipped`. The rows
    of a CSV file found in a folder have ids that name the file (`file_row_ids`). `sheet`: the
    sheet of each workbook to read (`inputs_sheets.choose_sheet`; default: found)."""
    for found in input_files(paths, skipped):
        if isinstance(found, Problem):
            yield found
        else:
            yield from read_found(*found, text_column, skipped, sheet)


def input_files(paths: list[str], skipped: list[Skipped] | None = None) -> list[tuple[Path, str, str] | Problem]:
    """What `read_paths` reads, in its order: each file with its id (its path from the folder it
    was found in, else its name) and how its rows get ids (FOLDER_ROW_IDS for a file found in a
    folder given, NAMED_ROW_IDS for one given by name beside another table, else ""), or a
    Problem for a path that is not there. `xlplugin.dask` reads them a few per task with
    `read_found`, so that both engines read every file alike."""
    folders = [Path(raw).resolve() for raw in paths if Path(raw).is_dir()]
    found = _read_once(list(_expand(paths, skipped)), skipped)
    tables = sum(1 for f in found if not isinstance(f, Problem) and f[0].suffix.lower() in _TABLE_EXTENSIONS)
    named = NAMED_ROW_IDS if tables > 1 else ""
    return [f if isinstance(f, Problem)
            else (f[0], f[1], FOLDER_ROW_IDS if any(folder in f[0].resolve().parents for folder in folders) else named)
            for f in found]


def _read_once(found: list[Any], skipped: list[Skipped] | None) -> list[Any]:
    """(hunt38a) The files found, each read once: a file given twice (`a.txt a.txt`), under two
    spellings of its path (`docs/a.txt ./docs/../docs/a.txt`, a link to it) or by name beside
    the folder that holds it was read and scored as two documents, counted twice in the summary,
    the Overview and `--by-outlet`. Each repeat is left out and said (a note in `skipped`)."""
    first: dict[Path, Path] = {}
    kept = []
    for item in found:
        if isinstance(item, Problem):
            kept.append(item)
            continue
        try:
            key = item[0].resolve()
        except OSError:
            kept.append(item)
            continue
        if key in first:
            if skipped is not None:
                again = (f"{item[0]} is given more than once (by name, or in a folder given too)" if str(item[0]) == str(first[key])
                         else f"{item[0]} is the same file as {first[key]}, given again")
                skipped.append(Skipped(f"{again}: it is read once", "", what="note"))
            continue
        first[key] = item[0]
        kept.append(item)
    return kept


def read_found(path: Path, doc_id: str, row_ids: str = "", text_column: str | None = None,
               skipped: list[Skipped] | None = None, sheet: str | None = None) -> Iterator[Item]:
    """The documents of one file that `input_files` found, as `read_paths` reads it. The rows of a
    CSV file found in a folder get ids that name the file (`file_row_ids`), and so do those of a
    file given beside other tables that has no id column (`named_file_row_ids`); the rows of a
    workbook that are not documents (an Excel table's totals row) are added to `skipped`."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".txt" and txt_file_is_table(path, text_column):  # (Excel's "Unicode Text" export)
            suffix = ".csv"
            rows: Iterator[Item] = (_noted(item, TAB_TABLE_NOTE) for item in read_csv(path, text_column, skipped))
        elif suffix == ".tsv":  # (sheets30) a tab-separated table (Google Sheets' download), read as a CSV file is
            suffix = ".csv"
            rows = read_csv(path, text_column, skipped)
        else:
            rows = read_csv(path, text_column, skipped) if suffix == ".csv" else iter(())
        if suffix in _JSON_TABLES:  # (jsonl29) each record a row, read as a CSV file's rows are
            from .inputs_jsonl import read_jsonl

            rows, suffix = read_jsonl(path, text_column, skipped), ".csv"
        if suffix == ".csv" and skipped is not None:
            rows = _said_if_empty(rows, path, skipped)
        if suffix == ".csv" and row_ids == FOLDER_ROW_IDS:
            yield from file_row_ids(rows, doc_id)
        elif suffix == ".csv" and row_ids == NAMED_ROW_IDS:
            yield from named_file_row_ids(rows, doc_id)
        elif suffix == ".csv":
            yield from rows
        elif suffix in (".xlsx", ".xlsm"):
            from .workbook import read_documents  # openpyxl only when a workbook is given

            yield from read_documents(path, text_column, skipped, sheet)
        elif suffix in TEXT_EXTENSIONS:
            read = read_file(path, doc_id)
            yield Record(id=doc_id, text=read.text, title=read.title, url=read.url, outlet=read.outlet,
                         date=read.date, author=read.author, page_type=read.page_type, source=str(path),
                         columns={"file": str(path)}, path_column="file", text_file=str(path), note=read.note)
        elif feed_reason(path):
            yield Problem(str(path), f"{path}: {FEED_REASON}")
        else:
            yield Problem(str(path), f"{path}: unsupported file type {suffix or '(none)'}; use {_SUPPORTED}"
                          + ("; for Parquet use --engine dask -o FOLDER (see the README's Dask section)" if suffix == ".parquet" else "")
                          + (f"; {save_as_xlsx_advice(suffix)}" if suffix in OTHER_SPREADSHEETS else "")
                          + (f"; {save_as_text_advice(suffix)}" if suffix in OTHER_DOCUMENTS else ""))
    except InputError as exc:
        yield Problem(str(path), str(exc), doc_id)


# (hunt23b) Spreadsheets of other programs: neither `score` nor `refresh` reads them, and the
# way in is to save them as an Excel workbook (a scored workbook saved as .ods and back keeps its
# scores, its stamps and the sheets a refresh reads).
OTHER_SPREADSHEETS = {".ods": "an OpenDocument spreadsheet", ".fods": "an OpenDocument spreadsheet",
                      ".xls": "an Excel 97-2003 workbook", ".xlsb": "a binary Excel workbook",
                      ".numbers": "a Numbers spreadsheet", ".et": "a WPS spreadsheet"}


def save_as_xlsx_advice(suffix: str) -> str:
    """How to make an .xlsx of a spreadsheet `score` and `refresh` cannot read ("" for other files)."""
    what = OTHER_SPREADSHEETS.get(suffix.lower())
    if what is None:
        return ""
    return (f"{suffix} is {what}: save it as an Excel workbook (.xlsx) first (LibreOffice: File > Save As, "
            "Excel 2007-365; Excel: File > Save As, Excel Workbook; Numbers: File > Export To > Excel)")


# (hunt25a) Documents of word processors and PDF files, given by name: the way in is to save
# their text as plain text (a .txt file named so that holds RTF or PDF is refused the same way).
OTHER_DOCUMENTS = {".docx": "a Word document", ".doc": "a Word 97-2003 document", ".rtf": "a Rich Text document",
                   ".odt": "an OpenDocument text", ".pages": "a Pages document", ".pdf": "a PDF file"}


def save_as_text_advice(suffix: str) -> str:
    """How to make a .txt of a document `score` cannot read ("" for other files)."""
    what = OTHER_DOCUMENTS.get(suffix.lower())
    if what is None:
        return ""
    return (f"{suffix} is {what}: save its text as plain text (.txt) first (Word, WordPad, LibreOffice: "
            "File > Save As, Plain Text; Pages: File > Export To > Plain Text; a PDF reader: Save as Text)")


# Why a table with a header and no rows is not read (alone, the command says "no documents found").
NO_ROWS = "a header and no rows: nothing to score"


def _said_if_empty(rows: Iterator[Item], path: Path, skipped: list[Skipped]) -> Iterator[Item]:
    """The rows of a table; one that has none (a header only) is added to `skipped`, so that a
    folder's summary names it as a file not read, not left out unsaid."""
    empty = True
    for row in rows:
        empty = False
        yield row
    if empty:
        skipped.append(Skipped(str(path), NO_ROWS))


# The note a row's Status ends with when its id is also another row's (see `distinct_ids`).
_ID_NOTE_RE = re.compile(r"(?:^|; )id .+ also used by rows? \d+(?:, \d+)*(?: \(its evidence is under .+\))?$", re.S)


def distinct_ids(items: list[Item], rows: list[int]) -> tuple[list[Item], list[str]]:
    """Documents that share an id, kept apart: two rows with one id are two documents, never one
    (the Evidence sheet, the Read sheet, the copies and a refresh key each document on its id).
    The first row keeps the id; each later row's document id becomes "ID (row N)", N its row
    (`rows`: each item's row in the Documents sheet), in the sheets xlplugin writes, while the
    id cell stays as typed. Returns the items (the same objects where the id is not shared, a
    changed copy where it is) and, per item, the note for its Status ("id a2 also used by row
    5"; "" where the id is its own). Score and refresh call it alike, so that both give a row
    the same document id. Rows that could not be read have no evidence and are left as they are."""
    where: dict[str, list[int]] = {}
    for position, item in enumerate(items):
        if isinstance(item, Record):
            where.setdefault(str(item.id), []).append(position)
    out, notes = list(items), [""] * len(items)
    for doc_id, positions in where.items():
        if len(positions) < 2:
            continue
        for order, position in enumerate(positions):
            others = [str(rows[p]) for p in positions if p != position]
            notes[position] = f"id {doc_id} also used by row{'s' if len(others) > 1 else ''} {', '.join(others)}"
            if order:
                key = f"{doc_id} (row {rows[position]})"
                out[position] = replace(items[position], id=key)
                notes[position] += f" (its evidence is under {key})"
    return out, notes


def shared_id_notes(items: list[Item]) -> list[str]:
    """(inputs48) Per item, what `xlplugin score --json`'s "status" says of an id other records use
    too, naming them by their source, as the workbook's Status names them by their row
    (`distinct_ids`): "id a2 also used by list.csv line 5"; "" where the id is its own. --json
    gave two records of one id no word, where the workbook's Status said it: a reader joining the
    records on "id" met two documents under one key unwarned."""
    where: dict[str, list[int]] = {}
    for position, item in enumerate(items):
        if isinstance(item, Record):
            where.setdefault(str(item.id), []).append(position)
    notes = [""] * len(items)
    for doc_id, positions in where.items():
        for position in positions if len(positions) > 1 else ():
            others = [str(items[p].source) for p in positions if p != position]
            notes[position] = f"id {doc_id} also used by {', '.join(others[:5])}" + (", ..." if len(others) > 5 else "")
    return notes


def with_id_note(status: str, note: str) -> str:
    """A Status with its note about a shared id (`distinct_ids`) replaced by `note` (taken out
    where `note` is empty)."""
    bare = _ID_NOTE_RE.sub("", status) if " also used by row" in status else status
    return "; ".join(part for part in (bare, note) if part)

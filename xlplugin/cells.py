"""Cell conversion shared by every spreadsheet path: classic xlwings UDFs, xlwings Lite, and the
headless workbook writer. Pure Python, no spreadsheet library imported, so the three paths
cannot drift apart.

In:  `cell_to_text` turns whatever a cell holds (None, a float, a bool, an Excel error, text) into
     text to score, or a short message saying why it cannot be scored; `cell_display` turns any
     cell into the text a person reads in it (for ids, titles, URLs, outlets: 3 -> "3",
     a date -> "2024-01-31", TRUE -> "TRUE").
Out: `score_columns`/`score_row` lay one document's result out as a row of plain values;
     `why_text` and `evidence_text` put the evidence into words; `safe_text` makes a string safe
     to write into a cell (never a formula, no characters a workbook cannot hold, not longer than
     a cell can keep, with a visible marker where it was cut).
"""

from __future__ import annotations

from dataclasses import replace
import datetime as _dt
import json
import math
import numbers
import re
from typing import Any, Iterable, Mapping

from . import registry
from .language import language_name
from .index import outside_notes, point_costs, reliability_index, whole_points
from .types import DocumentResult

__all__ = [
    "evidence_signal_names",
    "CELL_LIMIT",
    "cell_units",
    "cut_units",
    "EXCEL_ERRORS",
    "LOCAL_EXCEL_ERRORS",
    "is_error_value",
    "formula_text",
    "text_formula_value",
    "CUT_MARKER",
    "ILLEGAL_MARK",
    "cell_to_text",
    "id_cell",
    "error_value_message",
    "cell_display",
    "given_date",
    "epoch_scale",
    "epoch_date",
    "given_meta",
    "title_date",
    "same_as_text",
    "outlet_address",
    "is_missing",
    "library_kind",
    "container_kind",
    "META_WHAT",
    "not_text_reason",
    "placeholder_reason",
    "json_data_reason",
    "safe_text",
    "score_columns",
    "score_row",
    "why_text",
    "evidence_text",
    "status_text",
    "status_cell",
    "status_head",
    "status_notes",
    "unscored_why",
    "plain_note",
    "short_note",
    "kind_text",
    "KIND_HEADER",
    "INDEX_HEADER",
]

# Excel's documented limit on the characters in one cell. (book47) Excel counts UTF-16 code
# units, not Python's characters: an emoji or any other character beyond U+FFFF takes two, so a
# text of them fits a cell only at half the length (`cell_units`, `cut_units`).
CELL_LIMIT = 32767
CUT_MARKER = " [... cut: {n} more characters not shown; see the source text]"
# A cell that ends with the marker holds a text cut to fit it (a workbook this plugin wrote): not
# the document, which `xlplugin score` reads from its file where the row names one, else refuses.
CUT_RE = re.compile(re.escape(CUT_MARKER).replace(r"\{n\}", r"\d+") + r"$")
CUT_TEXT = ("a text cut to fit its cell (it ends \"[... cut: N more characters not shown ...]\"), not the whole "
            "document; put the full text in a file and give its path in a path column")


def cell_units(text: str) -> int:
    """How much of a cell's CELL_LIMIT `text` takes: its UTF-16 code units, as Excel counts them
    (a character beyond U+FFFF, an emoji, counts two)."""
    return len(text) + sum(1 for c in text if c > "\uffff") if not text.isascii() else len(text)


def cut_units(text: str, units: int) -> str:
    """The longest start of `text` that takes at most `units` UTF-16 code units (`cell_units`):
    it ends between two characters, never between the halves of a surrogate pair."""
    if len(text) <= units // 2 or cell_units(text) <= units:
        return text
    return text[:max(units, 0)].encode("utf-16-le")[:max(units, 0) * 2].decode("utf-16-le", "ignore")


def cut_to_fit(text: str) -> bool:
    """Whether `text` (a cell's) ends with `CUT_MARKER`: the rest of the document is elsewhere."""
    return text.endswith("source text]") and CUT_RE.search(text) is not None
# openpyxl refuses these (IllegalCharacterError): XML 1.0 forbids most C0 control characters.
_ILLEGAL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
ILLEGAL_MARK = "\ufffd"
# (cells33) The error values as Excel writes them in the languages whose column names are read
# (`xlplugin.headers`): the eight of the ERROR.TYPE function, as its page in each language lists
# them (support.microsoft.com/<de-de, fr-fr, es-es, it-it, pt-br, pt-pt, nl-nl>/excel/functions/
# error-type-function: FEHLER.TYP, TYPE.ERREUR, TIPO.DE.ERROR, ERRORE.TIPO, TIPO.ERRO, TYPE.FOUT),
# in the order #NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #N/A, #GETTING_DATA. A German
# sheet's CSV export holds "#NV" where an English one holds "#N/A": read as an outlet "#NV", it
# earned the named outlet cue and no "no author" cost (fresh33). The newer ones (#SPILL! ...)
# are in English only: their translations are not in these lists, and are not guessed.
LOCAL_EXCEL_ERRORS = {
    "German": ("#NULL!", "#DIV/0!", "#WERT!", "#BEZUG!", "#NAME?", "#ZAHL!", "#NV", "#DATEN_ABRUFEN"),
    "French": ("#NUL!", "#DIV/0!", "#VALEUR!", "#REF!", "#NOM?", "#NOMBRE!", "#N/A", "#CHARGEMENT_DONNEES"),
    "Spanish": ("#\u00a1NULO!", "#\u00a1DIV/0!", "#\u00a1VALOR!", "#\u00a1REF!", "#\u00bfNOMBRE?", "#\u00a1NUM!", "#N/A",
                "#OBTENIENDO_DATOS"),
    "Italian": ("#NULLO!", "#DIV/0!", "#VALORE!", "#RIF!", "#NOME?", "#NUM!", "#N/D", "#ESTRAZIONE_DATI_IN_CORSO"),
    "Portuguese": ("#NULO!", "#DIV/0!", "#VALOR!", "#REF!", "#NOME?", "#N\u00daM!", "#N/D", "#OBTER_DADOS"),
    "Dutch": ("#LEEG!", "#DEEL/0!", "#WAARDE!", "#VERW!", "#NAAM?", "#GETAL!", "#N/B", "#GEGEVENS_OPHALEN"),
}
EXCEL_ERRORS = frozenset(
    {"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!",
     "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
     "#PYTHON!",  # (hunt26b: Python in Excel's error value; it read as a one-word text)
     # (udf43) Excel's newer ones, as the Office JavaScript API names them (Excel.ErrorCellValueType,
     # ExcelApi 1.16: External; Excel.TimeoutErrorCellValue, in preview): xlwings Lite hands a
     # formula its error cell as this text, and "#EXTERNAL!" in an outlet cell was read as an outlet
     "#EXTERNAL!", "#TIMEOUT!"}
    | {value for values in LOCAL_EXCEL_ERRORS.values() for value in values}
)
# (cells33) LibreOffice Calc shows an error with no name of its own as "Err:" and its code
# ("Err:502", invalid argument; the codes are listed in LibreOffice's help, "Error Codes in
# LibreOffice Calc": help.libreoffice.org/latest/en-US/text/scalc/05/02140000.html), and writes it
# so into a CSV file; its named errors are Excel's (#N/A, #VALUE!, #NAME? ...).
_LIBREOFFICE_ERROR_RE = re.compile(r"Err:\d{3}")
_LONGEST_ERROR = max(map(len, EXCEL_ERRORS))


def is_error_value(text: str) -> bool:
    """(cells33) Whether a cell's text (without its surrounding spaces) is a spreadsheet's error
    value: one of `EXCEL_ERRORS` (in capitals or not: "#nv" too) or LibreOffice's "Err:502"."""
    if not text or len(text) > _LONGEST_ERROR or text[0] not in "#E":
        return False
    return text in EXCEL_ERRORS or text.upper() in EXCEL_ERRORS or bool(_LIBREOFFICE_ERROR_RE.fullmatch(text))


# (cells33) The logical values TRUE and FALSE as Excel writes them in those languages (the TRUE
# and FALSE functions' pages: support.microsoft.com/<de-de ...>/excel/true-function and
# false-function): WAHR/FALSCH, VRAI/FAUX, VERDADERO/FALSO, VERO/FALSO, VERDADEIRO/FALSO,
# WAAR/ONWAAR. Read in capitals only, as a sheet writes them: "Vero" or "Faux" may be a name.
LOCAL_LOGICAL_WORDS = frozenset({"WAHR", "FALSCH", "VRAI", "FAUX", "VERDADERO", "FALSO", "VERO", "VERDADEIRO",
                                 "WAAR", "ONWAAR"})
# (cells33) A formula written out as text ("=SUMME(A1:A3)", "=A2*B2", "=SVERWEIS(A2;Liste!A:B;2;0)"):
# a sheet saved or copied with its formulas shown, or a formula typed as text. One line opening
# with "=" and then a function's name and its bracket, a cell reference or a number; never two
# words in a row outside quotation marks ("= the end of it" is words).
_FORMULA_BODY_RE = re.compile(r"\s*(?:[^\W\d][\w.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+\b|[-+(]?\s*\d)")
_QUOTED_RE = re.compile(r'"[^"\n]*"')
_TWO_WORDS_RE = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")


def formula_text(text: str) -> bool:
    """(cells33) Whether a cell's text (without its surrounding spaces) is a formula written out
    as text (`_FORMULA_BODY_RE`), not the value a formula shows."""
    if not text.startswith("=") or len(text) > 2000 or "\n" in text:
        return False
    body = _QUOTED_RE.sub('""', text[1:])
    return bool(_FORMULA_BODY_RE.match(body)) and not _TWO_WORDS_RE.search(body)


FORMULA_TEXT = "a formula's text, not its value"

# (hunt54) Excel's way of keeping a CSV field as text: a formula of quoted strings alone
# ('="00123"', '="The council said..."', '="Part one, "&"part two"'), as exports write ids with
# leading zeros and texts that Excel would otherwise turn into numbers or dates. Excel opening the
# file shows the strings; read as it stood, an id "00123" was the id '="00123"' and a text was
# scored with '="' before it and '"' after it (its sentiment, claims and grade not the text's own:
# the whole text read as one quotation). A field that is anything more ('="Hello" she said',
# '=A2&"x"') is left as it is.
_STRING_RE = r'"(?:[^"]|"")*"'
_TEXT_FORMULA_RE = re.compile(rf"=\s*{_STRING_RE}(?:\s*&\s*{_STRING_RE})*\s*", re.DOTALL)
_STRING_PART_RE = re.compile(_STRING_RE, re.DOTALL)


def text_formula_value(field: str) -> str:
    """(hunt54) The text a CSV field shows in Excel where it is a formula of quoted strings alone
    ('="00123"' shows 00123; doubled quotes inside are one); any other field as it is."""
    if not field.startswith("=") or not _TEXT_FORMULA_RE.fullmatch(field):
        return field
    return "".join(part[1:-1].replace('""', '"') for part in _STRING_PART_RE.findall(field))


def error_value_why(text: str, what: str) -> str:
    """(cells33) The note of a metadata cell holding an error value or a formula's text
    ("'#NV' is a spreadsheet error value (a formula that failed), not an outlet"); "" for another."""
    if is_error_value(text):
        return f"{text[:40]!r} is a spreadsheet error value (a formula that failed), not {what}"
    if formula_text(text):
        return f"{text[:40]!r} is a formula written as text (not its value), not {what}"
    return ""
# Starting characters that make Excel, LibreOffice or Sheets read a typed value as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# The document kind (xlplugin.kinds): a column of its own, before Why and Status.
KIND_HEADER = "Kind"
INDEX_HEADER = "Reliability index 0-100 (higher = more reliable)"
# Between the index and the kind: one native value column per signal, in registry order, headed
# by the signal's own declaration (`SignalInfo.header`: its unit and direction).


def error_value_message(value: str) -> str:
    """What a text cell holding an error value (#N/A, #VALUE!) says, and what to do: an error value
    is what a formula shows where it failed (a look-up that found nothing, a broken reference)."""
    return f"error value {value} in the cell (a formula that failed: fix it, or type the text in its place)"


def cell_to_text(value: Any) -> tuple[str | None, str | None]:
    """(text, None) for a cell that holds text to score; (None, message) when it cannot be scored;
    (None, None) for a blank cell (blanks in, blanks out)."""
    # (hunt55) the one reading of a value that is no text, for every path: the Excel functions and a
    # table's cell read here, and `engine.score_many` refuses such a value with these words. A missing
    # value (a NaN or NaT from pandas) is a blank cell, as score_many and a CSV file read it (a
    # function said "not text: a number" of a NaN); any number a library gives (a Decimal, a
    # Fraction, numpy's int64) is "a number" (a function said "not text: a Decimal", "a int64").
    if value is None or is_missing(value):
        return None, None
    if kind := library_kind(value):  # (hunt56) numpy's bool_ and datetime64, pandas' Period
        return None, f"not text: {kind}"
    if isinstance(value, bool):
        return None, "not text: a TRUE/FALSE value"
    if isinstance(value, numbers.Number):
        return None, "not text: a number"
    if isinstance(value, (bytes, bytearray)):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return None, "not text: binary data that is not UTF-8"
    if not isinstance(value, str):
        # dates, times and error objects from a spreadsheet library
        text = str(value)
        if is_error_value(text):
            return None, error_value_message(text)
        kind = next((name for cls, name in _KIND_NAMES if isinstance(value, cls)), "a " + type(value).__name__)
        return None, f"not text: {kind}"
    stripped = value.strip()
    if not stripped:
        return None, None
    why = not_text_reason(stripped) or placeholder_reason(stripped)
    return (None, why) if why else (value, None)


# What a cell typed or exported as text holds where there is no text (compared lower-case, without
# the spaces around it), and what it stands for: a table exported from R, pandas, SQL or a form
# gives these for a missing value (a dash typed for "nothing here" too), and a forum export gives
# "[deleted]" or "[removed]" where a post was taken down; TRUE/FALSE is a spreadsheet's logical
# value written out. None of them is a document. The message echoes the cell as typed.
NO_VALUE = "no value"
NO_VALUE_WORDS = {
    "na": NO_VALUE, "n/a": NO_VALUE, "#n/a": NO_VALUE, "null": NO_VALUE, "none": NO_VALUE, "nan": NO_VALUE,
    "-": NO_VALUE, "--": NO_VALUE, "\u2013": NO_VALUE, "\u2014": NO_VALUE,  # (en and em dash)
    "[deleted]": "a deleted post", "[removed]": "a removed post",
}
# (cells33) The same abbreviations in the languages whose column names are read, as sheets of those
# languages write them with or without their spaces: German "k. A." (keine Angabe), "o. A." (ohne
# Angabe), "n. v." (nicht verfügbar or vorhanden), "s. o." (siehe oben); French "n/d", "n.d."
# (non disponible), "s.o." (sans objet), "n.r." (non renseigné); Spanish and Portuguese "s/d" (sin
# or sem dados); Dutch "n.v.t." (niet van toepassing), "n.b." (niet bekend). None of them is a name:
# Read as those languages write them, with a small first letter ("k. A.", "n. v."), or with a slash in
# any case ("N/D"): a person's initials are capitals ("K. A.", "N. V."), and the Dutch company suffix
# "N.V." is part of a name ("Mediahuis N.V."), so neither is read as one.
LOCAL_NO_VALUE_WORDS = frozenset({"k. a.", "k.a.", "o. a.", "o.a.", "n. v.", "n.v.", "s. o.", "s.o.", "n/d", "n.d.",
                                  "n. d.", "n.r.", "n. r.", "s/d", "s.d.", "n.v.t.", "nvt", "n.b.", "n. b."})
_LOCAL_LOOKED_UP = max(map(len, LOCAL_NO_VALUE_WORDS))


def local_no_value(text: str) -> bool:
    """(cells33) Whether a cell's text (without its surrounding spaces) is one of `LOCAL_NO_VALUE_WORDS`,
    written with a small first letter or a slash."""
    return (0 < len(text) <= _LOCAL_LOOKED_UP and (not text[0].isupper() or "/" in text)
            and text.lower() in LOCAL_NO_VALUE_WORDS)
# A cell holding only web addresses (one or more, with a scheme, "www." or a domain and a path)
# is not the page's text: scoring the address would score its letters (language "pl"). (hunt40b) Most
# likely the user's link to the article: the message says so, and how to have the page scored.
# (hunt43) A bare domain alone ("example.com", "news.example.co.uk"), as people type a site for its article, is
# one too: it read as words, "not scored: language Polish". Only with an ending that names a site
# (`BARE_DOMAIN_ENDINGS`, the generic and the commonest country endings), never a file's ("notes.md", "app.js",
# "report.pdf") or a word joined to another by a full stop ("e.g.", "end.Then").
BARE_DOMAIN_ENDINGS = ("com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "news", "media", "press", "online",
                       "site", "blog", "io", "co", "tv", "fm", "me", "eu", "uk", "us", "ca", "au", "nz", "ie", "za", "in",
                       "de", "fr", "es", "it", "nl", "be", "ch", "at", "pl", "cz", "sk", "hu", "ro", "bg", "gr", "pt",
                       "se", "no", "dk", "fi", "ee", "lv", "lt", "ru", "ua", "tr", "il", "br", "ar", "mx", "cl", "jp",
                       "cn", "kr", "tw", "hk", "sg", "my", "ph", "id", "pk", "ng", "ke", "eg", "ae", "sa")
_WEB_ADDRESS_RE = re.compile(r"(?:(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*"
                             r"|(?:[a-z0-9][a-z0-9-]*\.)+(?:" + "|".join(BARE_DOMAIN_ENDINGS) + r")\.?)", re.IGNORECASE)
WEB_ADDRESS = ("not text: only a web address, a link to the page and not the article's text (xlplugin does not fetch "
               "pages: to score the article, save the page as .html and score that file or name it in a path column, "
               "or put the article's text in place of the link; keep the address in a url column)")
LOGICAL_WORDS = frozenset({"true", "false"})
_LOOKED_UP = max(map(len, (*NO_VALUE_WORDS, *LOGICAL_WORDS)))
_FIRST_WORD_RE = re.compile(r"\S+")  # (= str.split()'s first word: the same whitespace)
_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
# A number as it is written in a cell: digits with a sign, thousands separators, a decimal point or
# comma ("3,5" in a comma-decimal locale), an exponent, a percent or currency sign.
_NUMBER_RE = re.compile(r"[+-]?[$€£¥]?\s?(?:\d[\d,.'\u00a0\u202f ]*)(?:[eE][+-]?\d+)?\s?[%$€£¥]?")


# (hunt41) Web addresses as they are pasted, each in the marks a url cell's address may come in
# (`_URL_WRAPS_RE`: an e-mail's "<https://site.example/a>", quotation marks, a Markdown link
# "[Read the story](https://site.example/a)"): only addresses still. Such a text cell was read as
# words, its address's letters: "not scored: language Portuguese", "language Polish".
_WRAP_OPENERS = frozenset("<[\"\u201c'\u2018")


def _wrapped_addresses(stripped: str) -> bool:
    """Whether `stripped` (opening with one of `_WRAP_OPENERS`) is one web address in the marks it
    was pasted in, or several, each alone or so wrapped, with white space between them."""
    def address(part: str) -> bool:
        found = _URL_WRAPS_RE.fullmatch(part)
        inner = next(group for group in found.groups() if group) if found else part
        return bool(_WEB_ADDRESS_RE.fullmatch(inner))

    return address(stripped) or all(address(word) for word in stripped.split())


def not_text_reason(stripped: str) -> str | None:
    """Why a cell's text (without its surrounding spaces) is no text to score: a placeholder of
    "no value" (NA, N/A, null, None, NaN, "-") or of a deleted post ("[deleted]"), web addresses
    alone, TRUE/FALSE written out, a number or a date written as text; None for a text. The same words whatever the cell's type (`cell_to_text`)."""
    # (cells33) an error value of any language's Excel, or LibreOffice's "Err:502": what a formula
    # that failed shows, as #N/A is; a formula's text; a localised TRUE or FALSE ("WAHR", "VRAI")
    if is_error_value(stripped):
        return error_value_message(stripped)
    if stripped[0] == "=" and formula_text(stripped):
        return (f"not text: {stripped[:60]}, {FORMULA_TEXT} (the sheet was saved or copied with its formulas "
                "shown: save it with their values, or paste the values)")
    if stripped in LOCAL_LOGICAL_WORDS:
        return f"not text: {stripped}, a TRUE/FALSE value"
    # (lower case only for the words looked up, none longer than _LOOKED_UP: a long text is not copied)
    lower = stripped.lower() if len(stripped) <= _LOOKED_UP else ""
    if lower in NO_VALUE_WORDS or local_no_value(stripped):
        return f"not text: {stripped}, a placeholder for {NO_VALUE_WORDS.get(lower, NO_VALUE)}"
    # (the first word first: a long text is not split into words only to find it is no address)
    if _WEB_ADDRESS_RE.fullmatch(_FIRST_WORD_RE.match(stripped).group()) \
            and all(_WEB_ADDRESS_RE.fullmatch(word) for word in stripped.split()):
        return WEB_ADDRESS
    if stripped[0] in _WRAP_OPENERS and _wrapped_addresses(stripped):
        return WEB_ADDRESS
    if lower in LOGICAL_WORDS:
        return "not text: a TRUE/FALSE value"
    if _DATE_START_RE.match(stripped) and _written_date(stripped):
        return "not text: a date"
    if _TIME_RE.fullmatch(stripped):
        return "not text: a time"
    if _NUMBER_RE.fullmatch(stripped) and any(ch.isdigit() for ch in stripped):
        return "not text: a number"
    # (hunt56) a text opening with "[" that is no JSON ("[Updated] The council ... [+1834 chars]") goes on
    # to the checks below: it returned None here, and a news service's cut text was scored as whole
    if stripped[0] in "{[" and (why := json_data_reason(stripped)):
        return why
    if stripped[-1] == "]" and (cut := _SERVICE_CUT_RE.search(stripped[-40:])):
        return SERVICE_CUT.format(mark=cut.group("mark"))
    return None


def placeholder_reason(stripped: str) -> str | None:
    """(hunt56) Why a whole text (without its surrounding spaces) is no text where it is a word for
    "not known" or "to come" (UNKNOWN_WORDS: "unknown", "n.a.", "TBD", Excel's "blank"), or one of
    NO_VALUE_WORDS in brackets or quotes or with a closing stop ("(blank)", "[n/a]", "Unknown."), as
    a metadata cell reads it (`_placeholder`); None otherwise. Such a text cell was scored as a text
    of one word: no index, but a sentiment of 0 and a provenance of 34 beside it. Read for a text
    cell and a whole text only (`cell_to_text`, `refused_texts.refusal`), not where a table's
    layout is judged (a section label "Unknown" stays a line of words)."""
    if len(stripped) <= _META_LOOKED_UP + 8 and _placeholder("text", stripped):
        return f"not text: {stripped}, a placeholder for no value"
    return None


# (fresh39) The content of an article as a news service gives it, cut to its first characters, with
# the count of those left out at the end: NewsAPI's "content" field holds the first 200 characters
# and ends "… [+3627 chars]", and a CSV or JSON file saved from it holds that in its content
# column, which is read as the text. Scored, the opening of the article got a confident index (its
# first sentences, its "no author" and "no sources"); the article was never read.
_SERVICE_CUT_RE = re.compile(r"(?P<mark>\[\+\d[\d,.]*\s*chars?\])\Z", re.IGNORECASE)
SERVICE_CUT = ("not the whole text: it ends {mark!r}, a news service's mark of the characters it left out (NewsAPI "
               "gives an article's first 200 characters so): give the article's whole text, or its saved page in "
               "a path column")


# (hunt26b) JSON data given as a document's text: a record exported by another tool ({"id": 7,
# "content": "..."}, on one line or pretty-printed), an array, or JSON Lines (one record a line, a
# bad line among them too) in a cell, a .txt file or a Dask row. Scored as prose, its field names
# in quotation marks read as scare quotes and its records as one run-on text: a calm report's
# record got an index of 68 (loaded terms "id", "content"; every claim unsourced) where its text
# alone got 92. The message says what to give instead, and (lead, session 24) that a file of
# records is read as a table under a .jsonl or .json name (jsonl29).
JSON_DATA = ("not text: JSON data{what}, field names and values (give each document's text alone: "
             "its field as the text column of a CSV file or sheet, or as a .txt file; a file of such records "
             "is read as a table, one row a record, when its name ends in .jsonl or .json)")


def json_data_reason(stripped: str) -> str | None:
    """`JSON_DATA` for a text (without its surrounding spaces) that is a JSON object or array, or
    JSON Lines: lines that each open with "{" or "[", at least two, half of them or more a JSON
    object or array (so one broken line among them does not make them prose); None for any other
    text. Prose opening with a bracket ("[Updated] The council...", a Markdown link) is no JSON."""
    if stripped[-1] in "}]" and isinstance(_json_value(stripped), (dict, list)):
        return JSON_DATA.format(what="")
    lines = 0
    records = 0
    for line in stripped.splitlines():
        line = line.strip()
        if not line:
            continue
        if line[0] not in "{[":
            return None
        lines += 1
        records += isinstance(_json_value(line), (dict, list))
    if lines < 2 or records * 2 < lines:
        return None
    return JSON_DATA.format(what=f" (JSON Lines: {records} records in {lines} lines)")


def _json_value(text: str) -> Any:
    """The value `text` holds as JSON, or None where it is no JSON."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


# Dates as people and programs write them: ISO 8601 (with a time, as a date cell reads:
# "2024-01-31 14:30"), 2024/03/12, 12.03.2024, 12/03/2024 (day or month first), "12 March
# 2024", "March 12, 2024", "Tue, 12 Mar 2024 10:00:00 GMT", "March 2024"; a weekday before any.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:(?:\s+|t)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2}|[a-z]{2,4})?)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
# How every one of _DATE_RES starts (a weekday, a digit or a month: three letters of each), looked
# for before them: the text scored whole (`refused_texts`) is seldom a date, and the five patterns
# cost ten microseconds on an article; this one match, a fraction of one. Same answer: no date
# matches where this does not.
# (fresh39) The months and weekdays of the languages whose column names are read (`inputs`: Datum,
# fecha, data, datum...), written out as those languages write a date: "1. März 2026", "Montag, 2. März
# 2026", "1er mars 2026", "1 de marzo de 2026", "1 marzo 2026", "1 de março de 2026", "1 maart 2026",
# "März 2026". A German sheet's date cell "1. März 2026" was "not a date (not counted)", and its row
# scored as having no publication date. Full names only; the English ones are in _MONTH.
_OTHER_MONTH = (r"(?:januar|jänner|jaenner|februar|märz|maerz|mai|juni|juli|oktober|dezember"
                r"|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
                r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
                r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
                r"|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro"
                r"|januari|februari|maart|mei|augustus|april|august|september|november|december)\.?")
_OTHER_WEEKDAY_NAME = (r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
                       r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
                       r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
                       r"|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica"
                       r"|segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira"
                       r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)")
_OTHER_WEEKDAY = rf"(?:{_OTHER_WEEKDAY_NAME},?\s+)?"
_DATE_START_RE = re.compile(r"\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
                            rf"|{_OTHER_MONTH}|{_OTHER_WEEKDAY_NAME}", re.IGNORECASE)
_DATE_RES = (
    re.compile(rf"{_WEEKDAY}(?P<y>\d{{4}})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}}){_TIME}", re.IGNORECASE),
    re.compile(rf"{_WEEKDAY}(?P<a>\d{{1,2}})[-/.](?P<b>\d{{1,2}})[-/.](?P<y>\d{{4}}|\d{{2}}){_TIME}", re.IGNORECASE),
    re.compile(rf"{_WEEKDAY}(?P<d>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+(?P<y>\d{{4}}){_TIME}", re.IGNORECASE),
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+(?P<y>\d{{4}}){_TIME}", re.IGNORECASE),
    re.compile(rf"{_MONTH},?\s+(?P<y>\d{{4}})", re.IGNORECASE),
    re.compile(rf"{_OTHER_WEEKDAY}(?:(?P<d>\d{{1,2}})(?:\.|er|º|°)?\s+(?:de\s+)?)?{_OTHER_MONTH},?\s+(?:de\s+)?"
               rf"(?P<y>\d{{4}}){_TIME}", re.IGNORECASE),
)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _written_date(text: str) -> bool:
    """Is `text` a date written in one of the common forms (`_DATE_RES`), naming a real day?"""
    for pattern in _DATE_RES:
        found = pattern.fullmatch(text)
        if not found:
            continue
        parts = found.groupdict()
        year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
        if parts.get("a"):  # day first or month first: either reading that names a real day
            a, b = int(parts["a"]), int(parts["b"])
            return _valid_day(year, b, a) or _valid_day(year, a, b)
        if parts.get("m"):
            return _valid_day(year, int(parts["m"]), int(parts["d"]))
        return 1 <= int(parts.get("d") or 1) <= 31
    return False


# A date cell holding a plain number: a year (1900-2100), or an Excel date serial from 1970 to
# 2100 (the days since 1899-12-30: what a date cell holds when it is not formatted as a date).
_YEARS = (1900, 2100)
_SERIALS = (25569, 73051)
_EXCEL_DAY_ZERO = _dt.date(1899, 12, 30)


def given_date(value: Any, serials: bool = False) -> tuple[str, str | None]:
    """A document's date cell as (the date as given, None), ("", None) for an empty cell, or
    ("", why) for a value that is not a date ("n/a", "-", "unknown", "banana", TRUE): such a
    value is no date (a placeholder would otherwise count as a date given). A date cell, a date
    written in a common form, a year or an Excel date serial are dates, each kept as written
    (as every cell that says what a document is: `cell_display`), but for a serial, shown as the
    day it counts (45352 as 2024-03-01: a number no reader knows as a date). One rule for every input path (CSV, workbook, Excel functions).
    (loose21) A number of eight digits that is a day as year, month and day (20240305) is that
    day, shown as 2024-03-05. A number is read as an Excel date serial only where the cell is a
    date (`serials`: the Excel functions, which are given a date cell as its serial); a CSV's,
    a workbook's or a table's number is not (a workbook's date cell is read as a date), and is
    said to be no date, with the numbers that are."""
    if value is None or isinstance(value, _dt.datetime) or type(value) is _dt.date:
        return cell_display(value), None
    if library_kind(value) == "a date":  # (hunt56) numpy's datetime64, pandas' Period: read as written
        value = cell_display(value)
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, str)):  # (numbers.Real: numpy's int64 too)
        return "", f"{cell_display(value)} is not a date"
    text = cell_display(value).strip()
    if not text or _written_date(text):
        return text, None
    if re.fullmatch(r"\d+(?:\.0+)?", text):
        number = int(float(text))
        if number == 0:  # a formula's 0 for an empty cell: a placeholder, as in every other column
            return "", f"{text[:40]!r} is not a date"
        if _YEARS[0] <= number <= _YEARS[1]:
            return str(number), None
        day = _year_month_day(text)
        if day is not None:  # (loose21) 20240305: 2024-03-05
            return day.isoformat(), None
        if serials and _SERIALS[0] <= number <= _SERIALS[1]:  # shown as the day it counts (45352 is 2024-03-01)
            return (_EXCEL_DAY_ZERO + _dt.timedelta(days=number)).isoformat(), None
        # (hunt42) a serial's day named, so that a column of serials saved with no date format (a
        # script's or a CSV export's) is recognised, and the one thing to do said
        serial = (f"; as an Excel date serial it would be {(_EXCEL_DAY_ZERO + _dt.timedelta(days=number)).isoformat()}: "
                  "format the column as dates in Excel to read it so" if _SERIALS[0] <= number <= _SERIALS[1] else "")
        return "", (f"{text[:40]!r} is not a date: a number is read as a year (2024) or as a year, month and day "
                    f"(20240305); write the date (2024-03-05) or make the cell a date cell{serial}")
    moment = _serial_moment(text) if serials else None
    if moment is not None:  # (excel32) a date-time cell's serial (46085.427083): its day and time
        return cell_display(moment), None
    return "", f"{text[:40]!r} is not a date"


# (hunt40b) A date column of Unix times, as databases, APIs and scrapers export them: seconds since
# 1970-01-01 UTC (1700000000) or milliseconds (1700000000000), as numbers or as text. Each was "not a
# date (not counted)", the row scored with no publication date. They are read where the whole column
# is such times, every one in seconds or every one in milliseconds, of a moment from 1995 to 2035
# (the web's news archives; no year, year-month-day number or Excel serial is so large): one number
# alone is never read so, and a column holding any other value is read as before, cell by cell.
_EPOCH_RANGE = (_dt.datetime(1995, 1, 1, tzinfo=_dt.timezone.utc).timestamp(),
                _dt.datetime(2036, 1, 1, tzinfo=_dt.timezone.utc).timestamp())
_EPOCH_RE = re.compile(r"\d{9,13}(?:\.\d+)?")
EPOCH_UNITS = {1: "seconds", 1000: "milliseconds"}
EPOCH_NOTE = "{value} read as Unix time ({unit} since 1970-01-01 UTC): {date}"


def epoch_scale(values: list[Any]) -> int | None:
    """(hunt40b) 1 where every filled value of a date column (`values`; blanks, NaN and placeholders
    such as "n/a" left aside) is a Unix time in seconds from 1995 to 2035, 1000 where every one is
    such a time in milliseconds; None for any other column (one with no such value, with a date,
    a year, any other number or a word, or with seconds and milliseconds mixed)."""
    scale = None
    for value in values:
        if is_missing(value) or (isinstance(value, str) and (not value.strip() or _placeholder("date", value.strip()))):
            continue
        if isinstance(value, bool) or not isinstance(value, (numbers.Real, str)):
            return None
        text = cell_display(value).strip() if not isinstance(value, str) else value.strip()
        if not _EPOCH_RE.fullmatch(text):
            return None
        number = float(text)
        found = next((unit for unit in EPOCH_UNITS if _EPOCH_RANGE[0] <= number / unit < _EPOCH_RANGE[1]), None)
        if found is None or (scale is not None and found != scale):
            return None
        scale = found
    return scale


def epoch_date(value: Any, scale: int | None) -> tuple[Any, str]:
    """(hunt40b) A date cell of a column of Unix times (`scale`, from `epoch_scale`) as the moment
    it counts, written as a date is ("2023-11-14 22:13:20 UTC"), and the note saying how it was
    read (`EPOCH_NOTE`); the value as it is, and "", for any other cell or column."""
    if scale is None or is_missing(value) or isinstance(value, bool) or not isinstance(value, (numbers.Real, str)):
        return value, ""
    text = cell_display(value).strip() if not isinstance(value, str) else value.strip()
    if not _EPOCH_RE.fullmatch(text):
        return value, ""
    moment = _dt.datetime.fromtimestamp(float(text) / scale, tz=_dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    date = moment.isoformat(sep=" ", timespec="seconds") + " UTC"
    return date, EPOCH_NOTE.format(value=text, unit=EPOCH_UNITS[scale], date=date)


# (hunt45) A title given as a date: a date cell reaches an Excel function as a date (desktop Excel) or
# as its serial (xlwings Lite: 45292), which was the title "45292" of a text, scored with no word
# said (and, on the desktop, a row refused for a cell the score can do without). Most often the
# cells of a date column in the title's place. Not counted, and said, in both: a year (1984, 2024)
# is a title a number can be, no serial (the serials read start at 1970-01-01, 25569).
TITLE_DATE_WHY = "{shown} is a date, not a title"
TITLE_SERIAL_WHY = "{shown} is a date cell's serial ({day} as an Excel date), not a title"


def title_date(value: Any) -> str | None:
    """(hunt45) Why a title cell that holds a date is no title (`TITLE_DATE_WHY`, `TITLE_SERIAL_WHY`):
    a date or date-time value, or a number that is an Excel date serial of `_SERIALS` (whole, or
    with a time fraction); None for any other value (text, a year, any other number)."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return TITLE_DATE_WHY.format(shown=cell_display(value))
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or is_missing(value):
        return None
    number = float(value)
    if not _SERIALS[0] <= number < _SERIALS[1] + 1:
        return None
    day = _serial_moment(cell_display(value)) if not number.is_integer() else None
    shown = cell_display(day) if day else (_EXCEL_DAY_ZERO + _dt.timedelta(days=int(number))).isoformat()
    return TITLE_SERIAL_WHY.format(shown=cell_display(value), day=shown)


# (hunt45) A title that is its own text, word for word: most often a title cell that copies the text
# cell (=B5, or the text pasted twice) on one row of a range. Read as the title, the text's first
# words counted as a headline twice over; it is no title, and said.
TITLE_IS_TEXT_WHY = "the same as the text, not its title"


def same_as_text(title: str, text: str) -> bool:
    """(hunt45) Whether a title is its document's text: the same words, case and spacing ignored."""
    return bool(title.strip()) and " ".join(title.split()).casefold() == " ".join(text.split()).casefold()


def _serial_moment(text: str) -> _dt.datetime | None:
    """(excel32) The day and time an Excel date serial with a time fraction counts (46085.427083
    is 2026-03-04 10:15: what a date-time cell reaches a function as, from desktop Excel and
    from xlwings Lite), to the nearest second, as `xlplugin score` reads the same cell of a
    workbook; None for a number with no fraction, or whose day is not a serial of `_SERIALS`."""
    if not re.fullmatch(r"\d+\.\d+", text):
        return None
    serial = float(text)
    if not _SERIALS[0] <= int(serial) <= _SERIALS[1]:
        return None
    return _dt.datetime.combine(_EXCEL_DAY_ZERO, _dt.time()) + _dt.timedelta(seconds=round(serial * 86400))


def _year_month_day(text: str) -> _dt.date | None:
    """(loose21) The day a number of eight digits names as year, month and day (20240305), with
    its year in `_YEARS`; None for any other number."""
    found = re.fullmatch(r"(\d{4})(\d\d)(\d\d)(?:\.0+)?", text)
    if found is None:
        return None
    year, month, day = map(int, found.groups())
    return _dt.date(year, month, day) if _YEARS[0] <= year <= _YEARS[1] and _valid_day(year, month, day) else None


_MONTH_NUMBERS = {m[:3]: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                    "august", "september", "october", "november", "december"), 1)}


def _date_parts(text: str) -> tuple[int, list[tuple[int, int]], str] | None:
    """(sheets30) A date written in one of `_DATE_RES`'s forms as (year, (month, day) pairs,
    form): form "either" for the numbers-only form read day first or month first ("05/12/2026":
    the day-first pair first, each pair whether it names a real day or not), "day" for a form
    that names one day ("2026-12-05", "5 December 2026", "Dec 5, 2026"), "month" for a month and
    year ("December 2026", day 1); None where the text is in none of these forms. The one reader
    of a written date: `_readings` (a date after today) and `day_readings` (which copy came first)."""
    for pattern in _DATE_RES:
        found = pattern.fullmatch(text)
        if not found:
            continue
        parts = found.groupdict()
        year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
        if parts.get("a"):
            return year, [(int(parts["b"]), int(parts["a"])), (int(parts["a"]), int(parts["b"]))], "either"
        if parts.get("m"):
            return year, [(int(parts["m"]), int(parts["d"]))], "day"
        month = _MONTH_NUMBERS[re.search(_MONTH, text, re.IGNORECASE).group().lower()[:3]]
        return year, [(month, int(parts.get("d") or 1))], "day" if parts.get("d") else "month"
    return None


def _readings(date: str) -> list[_dt.date]:
    """(meta20) The days a written date may name, in the forms a date cell is read in
    (`_DATE_RES`): one day, two for "05/12/2026" (day first, month first) where both are real
    days, the first day of a month ("March 2027") or of a year ("2027"); [] where none."""
    text = date.strip()
    if re.fullmatch(r"\d{4}", text):
        return [_dt.date(int(text), 1, 1)] if _YEARS[0] <= int(text) <= _YEARS[1] else []
    parts = _date_parts(text)
    if parts is None:
        return []
    year, pairs, _ = parts
    return list(dict.fromkeys(_dt.date(year, m, d) for m, d in pairs if _valid_day(year, m, d)))


def day_order(value: Any) -> str:
    """(sheets30) "day" for a date written in numbers that can only be read day first
    ("20/03/2026"), "month" for one that can only be read month first ("3/20/2026"), "" for
    any other value ("03/02/2026" reads both ways; "2026-03-20" names its order)."""
    if not isinstance(value, str):
        return ""
    parts = _date_parts(value.strip())
    if parts is None or parts[2] != "either":
        return ""
    year, ((m1, d1), (m2, d2)), _ = parts
    day_first, month_first = _valid_day(year, m1, d1), _valid_day(year, m2, d2)
    return "day" if day_first and not month_first else "month" if month_first and not day_first else ""


def day_readings(value: Any, order: str = "") -> tuple[_dt.date, ...]:
    """(sheets30) The days a document's date may name, for which of two copies came first: a
    date cell's day; a date written in any form a date cell is read in (`_DATE_RES`, the forms
    provenance counts as a date given: "2026-02-03", "3 February 2026", "February 3, 2026",
    "03.02.2026", "03/02/2026"); an ISO date followed by more ("2026-02-03T10:00:00Z ...").
    A date in numbers alone reads as two days where both are real ("03/02/2026": 3 February, 2
    March), the day-first one first; `order` ("day" or "month", as the table's other dates
    show: `day_order`) keeps only that reading. A month or a year alone names no day: (),
    as for anything else."""
    if isinstance(value, _dt.datetime):
        return (value.date(),)
    if isinstance(value, _dt.date):
        return (value,)
    if not isinstance(value, str) or not value.strip():
        return ()
    text = value.strip()
    parts = _date_parts(text)
    if parts is None:
        try:
            return (_dt.date.fromisoformat(text[:10]),) if len(text) >= 10 else ()
        except ValueError:
            return ()
    year, pairs, form = parts
    if form == "month":
        return ()
    if form == "either" and order in ("day", "month"):
        preferred = pairs[0] if order == "day" else pairs[1]
        if _valid_day(year, *preferred):
            pairs = [preferred]
    return tuple(dict.fromkeys(_dt.date(year, m, d) for m, d in pairs if _valid_day(year, m, d)))


def future_date_note(date: str, today: _dt.date | None = None) -> str:
    """(meta19) The note for a document dated after today ("the date 2099-03-03 is after today
    (2026-12-01): check it"), "" otherwise or where the date cannot be read as one day. A future
    date is most often a typing slip or a day-month swap; it is said, not changed, and the scores
    do not depend on today's date (the provenance date cue counts a date given, whichever day).
    (meta20) Every form a date cell is read in ("Dec 5, 2026", "12/05/2026", a year "2027": after
    today where its year is after this one); a date that reads as two days ("05/12/2026": 5
    December or 12 May) is said to be after today where either reading is, naming both."""
    from .copies import _text_date

    if not date or not date.strip():  # (most rows: no date given)
        return ""
    today = today or _dt.date.today()
    days = _readings(date)
    if not days:
        day = next(iter(day_readings(date)), None) or _text_date(date)
        days = [day] if day is not None else []
    later = [d for d in days if d > today]
    if re.fullmatch(r"\s*\d{4}\s*", date):  # a year: after today only where the year is
        later = [d for d in days if d.year > today.year]
    elif re.fullmatch(rf"\s*{_MONTH},?\s+\d{{4}}\s*", date, re.IGNORECASE):  # a month: where the month is
        later = [d for d in days if (d.year, d.month) > (today.year, today.month)]
    if not later:
        return ""
    if len(days) > 1:
        both = " or ".join(f"{d.day} {d:%B %Y}" for d in days)
        which = "is after today" if len(later) == len(days) else "may be after today"
        return (f"the date {date.strip()} {which} ({today.isoformat()}): it reads as {both}, as the day or "
                "the month is written first; check it")
    return f"the date {date.strip()} is after today ({today.isoformat()}): check it"


# What each field that says what a document is must be, in words for the note of a value that is
# not one ("'NA' is not an outlet (not counted)").
META_WHAT = {"title": "a title", "url": "a web address", "outlet": "an outlet", "author": "an author", "date": "a date"}
# Beside NO_VALUE_WORDS, what a table holds in a title, URL, outlet or author cell where the value
# is not known (compared lower-case, without the spaces around it): "unknown" and its forms, and a
# 0, which a formula shows for a reference to an empty cell (=Sheet2!B4).
UNKNOWN_WORDS = frozenset({"unknown", "unknown author", "unknown outlet", "unknown source", "unknown title",
                           "not known", "not available", "n.a.", "n.a", "nil", "missing", "undefined", "?", "0",
                           # (guard22) Excel's pivot-table word for an empty cell, "to be confirmed/announced/decided"
                           "blank", "tbc", "tba", "tbd",
                           # (cells33) "unknown", "not given", "not available" in German, French, Spanish,
                           # Italian, Portuguese and Dutch, in either gender: a name is never only that
                           "unbekannt", "keine angabe", "ohne angabe", "nicht bekannt", "nicht verfügbar",
                           "inconnu", "inconnue", "non renseigné", "non renseignée", "non disponible", "néant",
                           "desconocido", "desconocida", "no disponible", "sin datos",
                           "sconosciuto", "sconosciuta", "non disponibile", "non noto",
                           "desconhecido", "desconhecida", "não disponível", "sem dados",
                           "onbekend", "niet bekend", "niet beschikbaar"})
# (guard22) An author cell saying the author is not named ("Anonymous") names no author; as an
# outlet the word is left a name.
UNKNOWN_AUTHOR_WORDS = frozenset({"anonymous", "anon", "anon."})
_META_LOOKED_UP = max(map(len, (*NO_VALUE_WORDS, *UNKNOWN_WORDS)))
# (guard22) What a placeholder may be written inside, as outlet_key reads a name: brackets, quotation
# marks, and a closing full stop ("(unknown)", "[n/a]", '"unknown"', "Unknown.").
_PLACEHOLDER_EDGES = " ([{<)]}>\"'“”‘’«»„`"


def given_meta(field: str, value: Any) -> tuple[str, str | None]:
    """A document's title, URL, outlet, author or date (`field`, a key of META_WHAT) as
    (the value as given, None), ("", None) for an empty cell or a missing value (None, a NaN or
    NaT from pandas), or ("", why) for a placeholder that names nothing: a word for "no value"
    (NA, N/A, NaN, NULL, None, "-", "[deleted]"), "unknown", 0, an error value (#N/A), TRUE/FALSE;
    in an outlet, author or URL cell also a bare number (12345) or TRUE/FALSE written out (loose24).
    Such a value counts as none: an outlet "NA" is no named outlet, and documents that share it
    are not one outlet's. `why` is said as "'NA' is not an outlet". One rule for every input path
    (CSV, workbook, Dask, the Excel functions, the Python API); a date by `given_date`."""
    if is_missing(value):
        return "", None
    if isinstance(value, str) and (why := error_value_why(value.strip(), META_WHAT[field])):
        return "", why  # (cells33) "#NV", "Err:502", "=SVERWEIS(...)": said as what it is, in every field
    if field == "date":
        return given_date(value)
    if field == "title" and isinstance(value, (_dt.date, _dt.datetime)) and (why := title_date(value)):
        # (hunt46) a date cell as a title (a workbook's date cell, a Parquet date or timestamp): no title,
        # said, as the Excel functions read it (hunt45). A number stays a title read as text (hunt38b):
        # only a function, handed a date cell as its serial by xlwings Lite, cannot tell the two apart.
        return "", why
    # (guard22) marks no one sees at the cell's ends (a byte order mark, a zero-width space) are
    # no part of the value: an outlet "\ufeffTruth Blog" is "Truth Blog", rated as it
    text = _strip_invisible(cell_display(value))
    if "&" in text and field in _ENTITY_FIELDS:  # (cells33: "Harbour &amp; docks plan" is "Harbour & docks plan")
        from .text import decode_entities

        text = decode_entities(text)[0]
    stripped = text.strip()
    if not stripped:
        # (inputs48) a cell of spaces alone (or no-break spaces, tabs) names nothing: none, as an empty
        # cell is. It was given as "  ": --json's and a part's outlet "  " for a row of no outlet,
        # which a reader filtering on a non-empty outlet counted as one
        return "", None
    if isinstance(value, bool) or _placeholder(field, stripped) \
            or (field in NAMING_FIELDS and _bare_value(value, stripped)) or (field == "title" and _truth_text(stripped)):
        return "", f"{stripped[:40]!r} is not {META_WHAT[field]}"
    if field == "title" and _DATE_START_RE.match(stripped) and _written_date(stripped):
        # (hunt47) a title that is only a date, in any form the date reader accepts ("2024-01-01",
        # "March 12, 2024", "12/03/2024"), is a date column's cell in the title's place, as a date cell
        # is (hunt46): no title, said in the same words, whether the cell is a date or text (a CSV's
        # cells are all text). A title that holds a date among words ("Budget 2024-01-01 update")
        # and a year alone ("1984", hunt38b) stay titles.
        return "", TITLE_DATE_WHY.format(shown=stripped[:40])
    if field == "url":
        return _given_url(text, stripped)
    return text, None


# (fresh39) An outlet cell holding a page's web address: a "Source" column of links, as fact-checkers'
# and researchers' sheets often have one ("source" names an outlet column). Read as the outlet, each
# article was an outlet of its own (--by-outlet listed two Reuters articles as two outlets), its
# address earned the "named outlet" cue, and the row had no url. Such a cell is the page's url where
# the row gives none, and no outlet either way; its note says so. Only a full address (a scheme or
# "www."), one and alone in the cell: "reuters.com" is how people name an outlet, and stays one.
_OUTLET_ADDRESS_RE = re.compile(r"(?:https?://|www\.)[^\s]+", re.IGNORECASE)


def outlet_address(outlet: str, url: str) -> tuple[str, str, str]:
    """(outlet, url, why) of a row whose outlet is `outlet` and url `url` (as `given_meta` read
    them): where the outlet is a web address (`_OUTLET_ADDRESS_RE`), no outlet, the address as the
    url if `url` is empty, and why, in words ("a web address, read as the url (not an outlet)");
    else the two as given and ""."""
    stripped = outlet.strip()
    if not stripped or not _OUTLET_ADDRESS_RE.fullmatch(stripped):
        return outlet, url, ""
    if url.strip():
        return "", url, f"{stripped[:60]!r} is a web address, not an outlet (the row's url is {url.strip()[:60]!r})"
    return "", stripped, f"{stripped[:60]!r} is a web address, read as the url (not an outlet)"


# (cells33) The fields whose HTML character references are read as the characters they stand for,
# as a text's are (`text.decode_entities`: "&amp;", "&eacute;", "&#8217;"): a title, an outlet or an
# author copied from a web page's source ("Harbour &amp; docks plan") was shown and read as written.
# Not a web address, whose "&amp;" is left as the address was given.
_ENTITY_FIELDS = frozenset({"title", "outlet", "author"})


# (hunt26a) What a pasted web address comes wrapped in: angle brackets (an e-mail's
# "<https://site.example/a>"), quotation marks, a Markdown link ("[Site](https://site.example/a)").
_URL_WRAPS_RE = re.compile(r"<(?P<a>[^<>\s]+)>|[\"\u201c\u201d'\u2018\u2019](?P<q>[^\"\u201c\u201d'\u2018\u2019\s]+)"
                           r"[\"\u201c\u201d'\u2018\u2019]|\[[^\[\]]*\]\((?P<m>[^()\s]+)\)")
# Where a web address starts in a cell: at its start, or after a space, a comma, a semicolon or a
# bar (not after "/" or "=": an archive's copy or a redirect holds the page's address inside its own).
_URL_START_RE = re.compile(r"(?:^|[\s,;|])[<\"\u201c'(\[]?(?:https?://|www\.)", re.IGNORECASE)


def _given_url(text: str, stripped: str) -> tuple[str, str | None]:
    """A URL cell's web address: without the marks it was pasted in (`_URL_WRAPS_RE`); none, with
    the reason, for a cell holding two or more addresses ("https://a.example/1 https://b.example/2"):
    which one is the document's own is not known, so neither is rated nor names its outlet."""
    found = _URL_WRAPS_RE.fullmatch(stripped)
    if found:
        return next(part for part in found.groups() if part), None
    starts = len(_URL_START_RE.findall(stripped))
    if starts > 1:
        return "", f"{stripped[:60]!r} holds {starts} web addresses, not one: keep the document's own"
    return text, None


# (loose24) The fields that name someone or somewhere: a bare number or a truth value in them (a
# lookup code left in an outlet column, 12345; a CSV's TRUE) names no outlet, author or web
# address, as TRUE names no title. A title may be a number ("1984"); a name holding a number
# ("20 Minutes", "50 Cent", "9News") is a name.
NAMING_FIELDS = frozenset({"outlet", "author", "url"})
_BARE_NUMBER_RE = re.compile(r"[+-]?(?:\d[\d,.\s]*|\.\d+)(?:[eE][+-]?\d+)?")


def _bare_value(value: Any, stripped: str) -> bool:
    """Whether a naming cell holds only a number (a numeric cell, or text of digits and their
    separators) or a truth value written out ("TRUE", "false")."""
    if isinstance(value, numbers.Number):
        return True
    return _truth_text(stripped) or bool(_BARE_NUMBER_RE.fullmatch(stripped))


def _truth_text(stripped: str) -> bool:
    """(hunt47) Whether a cell's text is a truth value written out ("TRUE", "false", "WAHR"): what a
    TRUE/FALSE cell is in a CSV file. In a title too: a workbook's TRUE cell in the title column was
    "'TRUE' is not a title (not counted)", the same column saved as CSV the title "TRUE", unsaid."""
    return stripped.lower() in ("true", "false") or stripped in LOCAL_LOGICAL_WORDS


# (guard22) What a metadata cell's ends may hold that no one sees, with white space: a byte order
# mark, zero-width spaces and joiners, a word joiner, a soft hyphen, a NUL.
_INVISIBLE_EDGES = "\ufeff\u200b\u200c\u200d\u2060\u00ad\x00"


def _strip_invisible(text: str) -> str:
    """`text` without the marks no one sees at its ends (`_INVISIBLE_EDGES`), and the spaces
    beside them; `text` itself where it has none."""
    bare = text.strip()
    if not bare or (bare[0] not in _INVISIBLE_EDGES and bare[-1] not in _INVISIBLE_EDGES):
        return text
    return text.strip(_INVISIBLE_EDGES + " \t\r\n\u00a0")


def _placeholder(field: str, stripped: str) -> bool:
    """Whether a metadata cell's text (without its surrounding spaces) is a word for "no value" or
    "not known" (NO_VALUE_WORDS, UNKNOWN_WORDS; for an author also UNKNOWN_AUTHOR_WORDS), as
    written or (guard22) inside brackets or quotation marks or with a closing full stop, which
    is how outlet_key reads a name: "(unknown)", "[n/a]", '"none"', "Unknown.", "(blank)". A
    cell of such marks alone ("()", '""') names nothing either. A name that only holds such a word
    ("(The) Guardian", "N/A Times", "Unknown Pleasures Blog") is a name."""
    if not stripped or len(stripped) > _META_LOOKED_UP + 8:
        return False
    for lower in {stripped.lower(), stripped.strip(_PLACEHOLDER_EDGES).removesuffix(".").strip(_PLACEHOLDER_EDGES).lower()}:
        if lower in NO_VALUE_WORDS or lower in UNKNOWN_WORDS or (field == "author" and lower in UNKNOWN_AUTHOR_WORDS):
            return True
    if local_no_value(stripped) or local_no_value(stripped.strip(_PLACEHOLDER_EDGES)):  # (cells33: "k. A.", "(n/d)")
        return True
    return not stripped.strip(_PLACEHOLDER_EDGES + ".")


def is_missing(value: Any) -> bool:
    """Whether `value` stands for no value: None, or a data library's missing value (a NaN,
    pandas' NaT and NA: a value that is not equal to itself)."""
    if value is None or isinstance(value, str):
        return value is None
    try:
        return bool(value != value)
    except (TypeError, ValueError):  # (pandas' NA has no truth value; an array has no single one)
        return type(value).__name__ in ("NAType", "NaTType")


# The kinds of value a spreadsheet library gives for a cell, in the words a spreadsheet user knows.
_KIND_NAMES = ((_dt.date, "a date"), (_dt.time, "a time"), (_dt.timedelta, "a duration"))
# (hunt56) The values of numpy and pandas that no Python type above stands for (a numpy array's
# cell, a column read with .values), by their library and type name, so that neither is imported
# here: numpy's bool_ is no `bool` and its datetime64 no date (score_many raised TypeError for the
# whole batch; a function said "not text: a datetime64"), and its timedelta64 is registered as an
# integer ("a number").
_LIBRARY_KINDS = {("numpy", "bool"): "a TRUE/FALSE value", ("numpy", "bool_"): "a TRUE/FALSE value",
                  ("numpy", "datetime64"): "a date", ("numpy", "timedelta64"): "a duration",
                  ("pandas", "Period"): "a date"}


def container_kind(value: Any) -> str:
    """(hunt56) What `value` is where it holds values rather than being one ("a list" of a list or a
    tuple, "a mapping", "a set", "an array" of a numpy array of one dimension or more); "" for any
    other value (a text, bytes, a number)."""
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, (set, frozenset)):
        return "a set"
    if getattr(value, "ndim", 0) and type(value).__module__.partition(".")[0] == "numpy":
        return "an array"
    return ""


def library_kind(value: Any) -> str:
    """(hunt56) What a numpy or pandas value is in a spreadsheet user's words where no Python type
    says it (`_LIBRARY_KINDS`: "a date" of a numpy datetime64 or a pandas Period); "" otherwise."""
    kind = type(value)
    return _LIBRARY_KINDS.get((kind.__module__.partition(".")[0], kind.__name__), "")


def cell_display(value: Any) -> str:
    """The text a person reads in a cell holding `value` (an empty cell: ""): numbers without a
    trailing ".0" (3 -> "3", 2.5 -> "2.5", 1e16 -> "1E+16"), TRUE/FALSE, dates as 2024-01-31
    (with the time when there is one: 2024-01-31 14:30), times as 14:30 (or 14:30:05), error
    values as shown (#N/A). For the columns that say what a document is (id, title, URL, outlet,
    date): one conversion for `score` and `refresh`, so that both see the same id and title."""
    if value is None or type(value).__name__ == "NaTType":  # (hunt56: pandas' NaT is a datetime with no time)
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or library_kind(value) == "a TRUE/FALSE value":  # (hunt56: numpy's bool_ too)
        return "TRUE" if value else "FALSE"
    if library_kind(value) == "a date":  # (hunt56) numpy's datetime64 as the datetime it holds; a Period as written
        moment = value.astype("datetime64[us]").item() if hasattr(value, "astype") else None
        if not isinstance(moment, _dt.datetime):  # (a Period; a datetime64 beyond Python's years)
            return str(value)
        value = moment
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(float(value)).replace("e", "E")  # (float(): numpy's float64 shows its type in its repr)
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None and value.time() == _dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second or value.microsecond else "minutes")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.isoformat(timespec="seconds" if value.second or value.microsecond else "minutes")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    return str(value)


# An id xlplugin gives a row (its place, "3") as a cell: a number, as Excel would store a typed 3,
# so that it is not flagged "number stored as text" and sorts 1, 2, 10 (not 1, 10, 2). Read back
# (`cell_display`), 3 is the id "3" again. Digits only, no leading zero, at most 15 digits
# (what a spreadsheet number holds exactly); any other id stays text.
_ID_NUMBER_RE = re.compile(r"[1-9][0-9]{0,14}")


def id_cell(row_id: str) -> int | str:
    """A row's id as its cell holds it: a whole number where it is one (`_ID_NUMBER_RE`), else the text."""
    return int(row_id) if isinstance(row_id, str) and _ID_NUMBER_RE.fullmatch(row_id) else row_id


def safe_text(value: str, limit: int = CELL_LIMIT) -> str:
    """A string that a workbook keeps as the same visible text.

    Characters XML cannot hold become U+FFFD (visible); text longer than `limit` is cut with a
    marker saying how much is missing. Formula-looking text is *not* changed here: writers store
    it as a string cell (openpyxl: `data_type = "s"`), and `looks_like_formula` tells them when.
    """
    if _ILLEGAL_RE.search(value):
        value = _ILLEGAL_RE.sub(ILLEGAL_MARK, value)
    if len(value) > limit or (len(value) > limit // 2 and cell_units(value) > limit):
        # (book47) cut by Excel's count (UTF-16 units: an emoji takes two), the marker counting characters
        kept = cut_units(value, limit - len(CUT_MARKER.format(n=len(value))))
        value = kept + CUT_MARKER.format(n=len(value) - len(kept))
    return value


def looks_like_formula(value: str) -> bool:
    """Would a spreadsheet program read this text as a formula if typed in?"""
    return value.startswith(FORMULA_STARTS)


def evidence_signal_names() -> dict[str, str]:
    """Signal name -> what the Evidence sheet's Signal column calls it: the first words of the
    Documents header, at most two and none with a digit ("Loaded terms per 1,000 words ..." ->
    "Loaded terms", "Provenance 0-100 ..." -> "Provenance"), so a reader finds the column it
    explains and the name fits the Signal column (16 wide: "Loaded terms per 1" was cut in
    print); "kind" (the kind's cues) is the Kind column's header. (Before session 19 the column
    held the code name, "loaded_language".)"""
    def shown(header: str) -> str:
        words = header.split(" (")[0].split()[:2]
        return " ".join(word for word in words if not any(c.isdigit() for c in word))

    names = {info.name: shown(info.header) for info in registry.infos()}
    names["kind"] = KIND_HEADER
    return names


def score_columns(signals: tuple[str, ...] | None = None) -> list[str]:
    """Headers of the score block, matching `score_row` (every registered signal by default)."""
    names = registry.names() if signals is None else signals
    return [INDEX_HEADER] + [registry.info(s).header for s in names] + [KIND_HEADER, "Why", "Status"]


def _display_value(name: str, result: DocumentResult) -> float | None:
    signal = result.signals.get(name)
    if signal is None or signal.value is None:
        return None
    return signal.value


def score_row(result: DocumentResult, signals: tuple[str, ...] | None = None) -> list[Any]:
    """One document as plain values: index, each signal's native value, kind, why, status.

    An unscored value is None (an empty cell); the Status column says why.
    """
    row: list[Any] = [result.reliability]
    row += [_display_value(name, result) for name in (registry.names() if signals is None else signals)]
    row += [result.kind or None, why_text(result) or unscored_why(result), status_text(result)]
    return row


def status_text(result: DocumentResult) -> str:
    """"scored", or what could not be scored and why, in words a reader knows (`plain_note`).
    (status45) A row the engine read and gave no index says only the head of why here ("not
    scored: language German", "no index: not an article"): the Status column is narrow, and the
    whole reason is the row's Why (`unscored_why`)."""
    if result.reliability is None:
        reason = plain_note(result.note) or "not scored"  # (not an article: the note leads with its deciding cue, engine)
        return status_head(reason) if result.stamp else reason
    missing = _missing_parts(result)
    # a note on a scored row: what the batch left out (`xlplugin.repeat_notes`)
    return "scored" + (" (" + "; ".join(missing) + ")" if missing else "") + (f"; {result.note}" if result.note else "")


# (book45) A scored row's notes (how its text was read, what its page left out, a part not scored
# or rated) are written in its Why, each on a line of its own beginning so, under what moved the
# index; its Status stays short and says where they are. The workbook's rows
# (`workbook.rows.owned_values`) and XLP_SCORES' rows (`excel.functions.scores`) both.
NOTE_LEAD = "Note: "
SCORED_WITH_NOTES = "scored (see note in Why)"


# (hunt47) What the Status of a row not read begins with, before its reason.
NOT_SCORED = "not scored: "


def status_cell(result: DocumentResult | None, problem: str = "", notes: Iterable[str] = ()) -> str:
    """(hunt47) A row's Status as the workbook writes it (`workbook.rows.owned_values`), `xlplugin
    score --json` gives it ("status") and a Dask part holds it (its "status" column): "not scored:
    REASON" for an input not read (`problem`); else `status_text`, where a scored row that the
    engine read with notes (`status_notes`, or `notes`: how its text was read) says only
    `SCORED_WITH_NOTES`, its notes being in its Why; a row not read by the engine keeps `notes` in
    its Status. One rule, so that no path says a row's Status in words of its own. The workbook adds
    what is its own after it (`owned_values`' extra_status: an id other rows of the sheet use too,
    what a refresh did), and a text cut to fit its cell is a note of the workbook's alone."""
    notes = [n for n in notes if n]
    if result is None:
        return NOT_SCORED + (problem or "the document could not be read")
    status = status_text(result)
    if result.stamp:  # (read by the engine: its Why holds the notes)
        if result.reliability is not None:
            status = SCORED_WITH_NOTES if status_notes(result) or notes else "scored"
        notes = []
    return "; ".join([status, *notes])


def why_with_notes(why: str, notes: list[str]) -> str:
    """The Why with each of `notes` on a line of its own under it (`NOTE_LEAD`)."""
    return "\n".join([why] * bool(why) + [NOTE_LEAD + note for note in notes if note])


def status_notes(result: DocumentResult) -> list[str]:
    """(book45) What `status_text` says of a scored row after "scored", as notes: the parts that
    could not be scored or rated and why, then the engine's note on the row (what the batch left
    out). The workbook writes them in the row's Why, under what moved the index, and keeps its
    Status short (`workbook.rows.owned_values`); [] for a row with no index."""
    if result.reliability is None:
        return []
    missing = _missing_parts(result)
    return (["; ".join(missing)] if missing else []) + ([result.note] if result.note else [])


def _missing_parts(result: DocumentResult) -> list[str]:
    """The parts of a scored row that could not be scored or rated, each with why."""
    text_signals = registry.text_signals()
    missing = [
        f"{name.replace('_', ' ')}: {plain_note(sig.note)}" for name, sig in result.signals.items()
        if sig.value is None and name in text_signals
    ]
    # a signal outside the text that says why it is empty (a blog on blogspot.com is not rated)
    missing += [str(sig.details["status"]) for sig in result.signals.values() if sig.value is None and sig.details.get("status")]
    # (loose29) a signal scored from one of two sources that disagree (a URL's site and another
    # site the outlet given names): which one scored it
    missing += [str(sig.details["mismatch"]) for sig in result.signals.values() if sig.details.get("mismatch")]
    # (syndic30) a copy on an aggregator: rated as the original it credits, or as the aggregator, said
    missing += [str(sig.details["copy"]) for sig in result.signals.values() if sig.value is not None and sig.details.get("copy")]
    return missing


# (status45) Where the head of a reason ends: its first bracket or its first "; " (what follows is
# the detail: the cues that decided it, how the file was read, what a page left out).
_HEAD_END_RE = re.compile(r" \(|; ")


def status_head(reason: str) -> str:
    """The head of a reason as the Status says it: "not scored: language German (most of its
    common words are German); read as Windows-1252" -> "not scored: language German"."""
    return _HEAD_END_RE.split(reason, maxsplit=1)[0]


def unscored_why(result: DocumentResult) -> str:
    """(status45) The Why of a row the engine read and gave no index: the whole reason, in words a
    reader knows, where its Status gives only the head (`status_text`); "" for a row with an index
    or one not read (a text cell holding no text: its Status says all of it)."""
    if result.reliability is not None or not result.stamp:
        return ""
    reason = plain_note(result.note)
    return reason if reason and reason != status_head(reason) else ""


# The engine's notes name a language by its code and a setting by its key ("not scored: language de
# (function words are mostly de)", "(setting min_words_index)"): the results keep them (the golden
# digest, --json); the Status column and the Read sheet say them in words.
_LANGUAGE_NOTE_RE = re.compile(r"\b(language|mostly) ([a-z]{2}|unknown|mixed)\b")
_LANGUAGE_NOTES = (
    (re.compile(r"\(function words are mostly (\w+)\)"), r"(most of its common words are \1)"),
    (re.compile(r"too few English function words"), "too few of the commonest English words (the, of, and)"),
)
_PLAIN_NOTES = (
    # (a setting by what the Settings sheet calls it: settings.Setting.label)
    (re.compile(r"\(setting min_words_index\)"), "('Fewest words for an index' in the Settings sheet)"),
    (re.compile(r"fewer than min_words=(\d+)"), r"fewer than the \1 a text needs to be scored ('Fewest words to score' in the Settings sheet)"),
)


# (words19) The same notes where there is no Settings sheet to point to (the XLP_* functions in
# Excel, the command line's table): the number, without the setting's code name.
_SHORT_NOTES = (
    (re.compile(r" \(setting min_words_index\)"), ""),
    (re.compile(r"fewer than min_words=(\d+)"), r"fewer than the \1 a text needs to be scored"),
)


def short_note(note: str) -> str:
    """An engine note in words a reader knows, where no Settings sheet is at hand (the XLP_*
    functions, the terminal table): "no index: 17 words; the index needs at least 25"."""
    note = language_words(note)
    for pattern, words in _SHORT_NOTES:
        note = pattern.sub(words, note)
    return note


def plain_note(note: str) -> str:
    """An engine note in words a reader knows: "not scored: language German (most of its common
    words are German)"; "... the index needs at least 25 ('Fewest words for an index' in the Settings sheet)"."""
    note = language_words(note)
    for pattern, words in _PLAIN_NOTES:
        note = pattern.sub(words, note)
    return note


def language_words(note: str) -> str:
    """An engine note with its languages by name: "not scored: language German (most of its
    common words are German)". Every place a person reads a note says languages so: the workbook
    (`plain_note`), the command line's table and the XLP_* functions (which keep the settings'
    own names: a --settings file and a function's settings are not the Settings sheet)."""
    if not note:
        return note
    note = _LANGUAGE_NOTE_RE.sub(lambda m: f"{m.group(1)} {language_name(m.group(2))}", note)
    for pattern, words in _LANGUAGE_NOTES:
        note = pattern.sub(words, note)
    return note


# Said after a signal's phrase when the signal has no weight in the index (`index.outside_notes`), in
# words a reader knows: that it weighs 0 is the Settings sheet's business.
NOT_IN_INDEX = " (shown for context: it does not change the index)"


def why_text(result: DocumentResult) -> str:
    """Where the index lost its points, in words: each signal that cost it a whole point or more,
    the costliest first, as "loaded language -25 points: " and the signal's own phrase.

    The points are `xlplugin.index.point_costs` in whole points that add up to 100 minus the index
    as shown (`index.whole_points`); a signal that cost less than a point is left out. A signal
    with no weight that reads badly (`xlplugin.index.OUTSIDE_NOTES`: nearly every check-worthy
    claim unsourced) is named after them, marked as outside the index, so that a high index does
    not hide it.
    """
    if result.reliability is None:
        return ""
    costs = point_costs({name: result.signals[name] for name in result.contributors}, result.weights)
    points = whole_points(costs, result.reliability)
    ranked = sorted((name for name in costs if points[name] >= 1), key=lambda name: (-costs[name], name))
    phrases = [_costed_phrase(name, points[name], result.signals[name]) for name in ranked] or [NO_POINT_LOST]
    # a signal left out of the index that reads badly ("4 of 4 check-worthy claims unsourced")
    phrases += [_phrase(name, result.signals[name]) + NOT_IN_INDEX for name in outside_notes(result.signals, result.weights)]
    return "; ".join(p for p in phrases + [_text_alone(result, "source_rating" in ranked)] if p)


# The Why of an index that no signal cost a whole point (99.5 and over).
NO_POINT_LOST = "no signal cost the index a whole point"


def _costed_phrase(name: str, points: int, sig) -> str:
    """ "loaded language -25 points: 12 loaded terms per 1,000 words (...)". The signal is named
    first (its registry name in words); a phrase that names it already ("provenance 55/100")
    does not name it twice. (An ASCII minus: a Windows console or a file written from one reads
    the CLI table's Why in a code page that has no U+2212.)"""
    label = name.replace("_", " ")
    phrase = _phrase(name, sig, points)
    phrase = phrase[len(label) + 1:] if phrase.startswith(label + " ") else phrase
    cost = f"{label} -{points} point{'' if points == 1 else 's'}"
    return f"{cost}: {phrase}" if phrase else cost


def _text_alone(result: DocumentResult, costed: bool) -> str:
    """Where a source rating is part of the index, the index on the text alone ("" otherwise),
    after the rating's own phrase where it cost no whole point (`costed` false: "source
    bbc.co.uk rated 0.718 by ..., at or above 0.58: no cost"), so that the Why says what every
    rating in the index did.

    A document with no rated URL is scored on its text alone, so the same text reads higher from an
    outlet rated at or above source_rating.RATING_FULL and lower from one rated under it than with
    no URL. Both figures are shown so that rows can be compared like for like.
    """
    if "source_rating" not in result.contributors:
        return ""
    text_only = {name: result.signals[name] for name in result.contributors if name != "source_rating"}
    alone, _ = reliability_index(text_only, result.weights)
    rating = "" if costed else _phrase("source_rating", result.signals["source_rating"]) + "; "
    return "" if alone is None else f"{rating}index on the text alone {alone:g}"


def _phrase(name: str, sig, points: int | None = None) -> str:
    """The signal's own words for why it moved the index (its `SignalInfo.phrase`; given the
    `points` it cost, its `costed_phrase` where it has one: loaded language says what its terms
    and what the author's voice cost); "" for a signal the registry does not know (a result from
    another version)."""
    try:
        info = registry.info(name)
    except KeyError:
        return ""
    if points is not None and info.costed_phrase is not None:
        return info.costed_phrase(sig, points)
    return info.phrase(sig)


def kind_text(result: DocumentResult) -> str:
    """The document's kind and the cues that decided it, one a line."""
    return "\n".join([result.kind] + [f"cue: {cue}" for cue in result.kind_cues]) if result.kind else ""


# Said after the evidence lines that fit one cell (`evidence_text`), where more are left out.
EVIDENCE_MORE = "... and {n} more: the Evidence sheet of a workbook written by xlplugin score -o lists every item"


def _grade_line(sig: Any) -> str:
    """(excel32) A reading grade as XLP_EVIDENCE says it: the grade the cell shows, then the
    words per sentence and syllables per word it is made of, then the reading ease (another scale)."""
    details = sig.details or {}
    parts = [f"reading grade {sig.value:g} (US school years, higher = harder)"]
    if "words_per_sentence" in details and "syllables_per_word" in details:
        parts.append(f"from {details['words_per_sentence']:g} words per sentence and "
                     f"{details['syllables_per_word']:g} syllables per word")
    if "reading_ease" in details:
        parts.append(f"reading ease {details['reading_ease']:.0f} (Flesch, 0-100, higher = easier)")
    return "; ".join(parts)


def evidence_text(result: DocumentResult, signal: str, limit: int | None = None, grade: bool = True) -> str:
    """The evidence for one signal as lines of text ("kind: text"), for a cell ("kind": the
    document kind and its cues): every item (each cut at 200 characters), as many as one cell
    holds (CELL_LIMIT, or `limit` items), then how many more and where they all are. (excel32)
    Readability's starts with the grade the cell shows and what it is made of (`grade`: False
    for the items alone)."""
    if signal == "kind":
        return kind_text(result)
    if signal not in result.signals:
        raise KeyError(f"unknown signal {signal!r}; signals are: {', '.join(result.signals)}")
    sig = result.signals[signal]
    if sig.value is None and not sig.evidence:
        return language_words(sig.note)
    if signal == "readability" and sig.value is not None and grade:
        # (excel32) the figure the cell shows first, with what it is made of: "reading ease 62" alone
        # beside a grade of 8.11 read as another measure of the same thing with no link to it
        head = _grade_line(sig)
        rest = evidence_text(replace(result, signals={**result.signals, signal: replace(sig, note="")}), signal, limit, False)
        return head if rest == "no evidence items" else f"{head}\n{rest}"
    shown = [item for item in sig.evidence if item.present]
    # Cues checked and not found (provenance lists each) are listed by name on one line.
    absent = [item.kind for item in sig.evidence if not item.present]
    last = ["not found: " + ", ".join(absent)] if absent else []
    room = CELL_LIMIT - len(EVIDENCE_MORE) - 10 - sum(len(line) + 1 for line in last)
    lines: list[str] = []
    for count, item in enumerate(shown):
        text = " ".join(item.text.split())
        if len(text) > 200:
            text = text[:197] + "..."
        detail = f" ({item.detail})" if item.detail else ""
        # a cue shown by the document's metadata (its outlet, its author) has no text of its own
        line = f"{item.kind}: {text}{detail}" if text else f"{item.kind}{detail}"
        room -= cell_units(line) + 1
        if count == limit or room < 0:
            lines.append(EVIDENCE_MORE.format(n=len(shown) - count))
            break
        lines.append(line)
    lines += last
    # a signal with no evidence in the text (the source rating) says what it matched in its note
    return "\n".join(lines) if lines else (language_words(sig.note) or "no evidence items")

"""Desktop Excel on Windows: the XLP_ functions as classic xlwings UDFs.

Name this module, `xlplugin.excel.udfs`, under "UDF Modules" in the workbook's `xlwings.conf`
sheet (the template `workbooks/xlplugin_udfs.xlsm` does) and click "Import Functions" on the
xlwings ribbon tab: xlwings writes one VBA function per `@xw.func` below, and each calls back
into Python. Every function is a thin wrapper over `xlplugin.excel.functions`, the same code the
xlwings Lite functions (`workbooks/lite/main.py`) call.

Arguments: `text` is read with `ndim=2`, so a single cell and a column both arrive as a list of
lists, and `err_to_str=True`, so an error cell arrives as "#N/A" (a readable message) rather
than as a COM error number. A column in gives a column out, which spills in Excel 365/2021; in
older Excel select the output range first and enter the formula with Ctrl+Shift+Enter.

The function names are upper case on purpose: xlwings gives the VBA function the Python name,
and that is the name Excel shows in its function list, grouped by the XLP_ prefix.
"""

from __future__ import annotations

import xlwings as xw

from . import functions

__all__ = [
    "XLP_RELIABILITY",
    "XLP_KIND",
    "XLP_SCORES",
    "XLP_EVIDENCE",
    "XLP_VERSION",
]  # and one XLP_ function per signal, added below

CATEGORY = "xlplugin"
TEXT_DOC = "A cell or a column of cells holding the text to score."
TITLE_DOC = "Optional: the title, one cell or one per text."
URL_DOC = "Optional: the original URL (a web address; other text is ignored), one cell or one per text."
OUTLET_DOC = "Optional: the outlet or publisher, one cell or one per text."
AUTHOR_DOC = "Optional: the author (byline), one cell or one per text."
PUBLISHED_DOC = "Optional: the publication date (a date cell or text), one cell or one per text."
CELL_OPTIONS = {"ndim": 2, "err_to_str": True}
# (udf43) header and signal are one cell each, but an error cell in them must arrive as "#N/A" too:
# as None it read as "not given", and XLP_SCORES without its header row put every text's scores one
# row up, beside the text above.
ONE_CELL_OPTIONS = {"err_to_str": True}


def _desktop(function, *args):
    """(excel32) `function` called as every UDF calls it (`functions.guarded`: a message, never a
    traceback), its result made safe for desktop Excel's limit of 255 characters a string in a
    range (`functions.desktop_cells`)."""
    return functions.desktop_cells(functions.guarded(function, *args))


def _with_document_args(function):
    """The text/title/url/outlet/author/published argument options shared by every scoring function
    (author and published come last: a workbook made before they existed keeps its arguments)."""
    function = xw.arg("text", doc=TEXT_DOC, **CELL_OPTIONS)(function)
    function = xw.arg("title", doc=TITLE_DOC, **CELL_OPTIONS)(function)
    function = xw.arg("url", doc=URL_DOC, **CELL_OPTIONS)(function)
    function = xw.arg("outlet", doc=OUTLET_DOC, **CELL_OPTIONS)(function)
    function = xw.arg("author", doc=AUTHOR_DOC, **CELL_OPTIONS)(function)
    function = xw.arg("published", doc=PUBLISHED_DOC, **CELL_OPTIONS)(function)
    return function


@xw.func(category=CATEGORY)
@_with_document_args
def XLP_RELIABILITY(text, title=None, url=None, outlet=None, author=None, published=None):
    """Reliability index 0-100 (higher = more reliable): an indicator, not a verdict. Default weights and built-in source ratings (not the Settings or Sources sheet)."""
    return _desktop(functions.reliability, text, title, url, outlet, author, published)


def _signal_udf(name: str, function):
    """One signal's UDF (XLP_SENTIMENT, XLP_LOADED, ...), made from its declaration."""
    def udf(text, title=None, url=None, outlet=None, author=None, published=None):
        return _desktop(function, text, title, url, outlet, author, published)

    udf.__name__ = udf.__qualname__ = name
    udf.__doc__ = function.__doc__
    return xw.func(category=CATEGORY)(_with_document_args(udf))


# One UDF per signal that declares an Excel name (`SignalInfo.excel`), made here rather than
# written out, so a new signal needs no line in this module. xlwings finds UDFs as attributes of
# this module ("Import Functions" and each call look them up by name), hence the assignment.
_SIGNAL_UDFS = {name: _signal_udf(name, function) for name, function in functions.signal_functions().items()}
globals().update(_SIGNAL_UDFS)
__all__ += list(_SIGNAL_UDFS)


@xw.func(category=CATEGORY)
@_with_document_args
def XLP_KIND(text, title=None, url=None, outlet=None, author=None, published=None):
    """Document kind: news report, opinion or analysis, press release, forum or social post, wire or syndicated copy, or not an article."""
    return _desktop(functions.kind, text, title, url, outlet, author, published)


@xw.func(category=CATEGORY)
@_with_document_args
@xw.arg("header", **ONE_CELL_OPTIONS, doc="Optional: TRUE puts the column names above the scores; FALSE or blank does not. The title comes third.")
def XLP_SCORES(text, header=False, title=None, url=None, outlet=None, author=None, published=None):
    """Every score as one row per text (index, signals, why, status), spilling to the right."""
    return _desktop(functions.scores, text, header, title, url, outlet, author, published)


@xw.func(category=CATEGORY)
@_with_document_args
@xw.arg("signal", **ONE_CELL_OPTIONS, doc=functions.SIGNAL_DOC)
def XLP_EVIDENCE(text, signal, title=None, url=None, outlet=None, author=None, published=None):
    """The evidence behind one signal as lines of text: the words, sentences or cues found."""
    return _desktop(functions.evidence, text, signal, title, url, outlet, author, published)


@xw.func(category=CATEGORY)
def XLP_VERSION():
    """xlplugin's version and the version of every scorer."""
    return _desktop(functions.version)

"""xlplugin for xlwings Lite (Excel on the web, on Mac and on Windows, no local Python).

Paste this file into the main.py tab of the xlwings Lite editor and the two lines of
requirements.txt (beside this file) into its requirements.txt tab, then restart xlwings Lite.
The functions then appear in Excel as XLP_RELIABILITY, XLP_SCORES and so on: Lite names each
function after the Python name in capitals.

Each function is a thin wrapper over `xlplugin.excel.functions`, the same code the desktop UDFs
call. A single cell gives a value; a column gives a column, scored in one call. Blank cells stay
blank; numbers, error values and texts that cannot be scored give a short message.
"""

from xlwings import arg, func

from xlplugin.excel import functions

TEXT_DOC = "A cell or a column of cells holding the text to score."
TITLE_DOC = "Optional: the title, one cell or one per text."
URL_DOC = "Optional: the original URL (a web address; other text is ignored), one cell or one per text."
OUTLET_DOC = "Optional: the outlet or publisher, one cell or one per text."
AUTHOR_DOC = "Optional: the author (byline), one cell or one per text."
PUBLISHED_DOC = "Optional: the publication date (a date cell or text), one cell or one per text."
SIGNAL_DOC = functions.SIGNAL_DOC
HEADER_DOC = "Optional: TRUE puts the column names above the scores; FALSE or blank does not. The title comes third."


def document_args(function):
    """The text/title/url/outlet/author/published argument options shared by every scoring function:
    always a list of lists (ndim=2), and error cells as text such as "#N/A" (err_to_str). Author
    and published come last, so a workbook made before they existed keeps its arguments."""
    for name, doc in (("text", TEXT_DOC), ("title", TITLE_DOC), ("url", URL_DOC), ("outlet", OUTLET_DOC),
                      ("author", AUTHOR_DOC), ("published", PUBLISHED_DOC)):
        function = arg(name, ndim=2, err_to_str=True, doc=doc)(function)
    return function


@func
@document_args
def xlp_reliability(text, title=None, url=None, outlet=None, author=None, published=None):
    """Reliability index 0-100 (higher = more reliable): an indicator, not a verdict. Default weights and built-in source ratings (not the Settings or Sources sheet)."""
    return functions.guarded(functions.reliability, text, title, url, outlet, author, published)


def signal_function(name, function):
    """One signal's function (xlp_sentiment, xlp_loaded, ...), made from its declaration."""
    def lite_function(text, title=None, url=None, outlet=None, author=None, published=None):
        return functions.guarded(function, text, title, url, outlet, author, published)

    lite_function.__name__ = lite_function.__qualname__ = name.lower()
    lite_function.__doc__ = function.__doc__
    return func(document_args(lite_function))


# One function per signal that declares an Excel name (xlplugin's SignalInfo.excel), made here
# rather than written out so that a new signal needs no line in this file. Lite finds functions
# as names of this module, hence the assignment.
for _name, _function in functions.signal_functions().items():
    globals()[_name.lower()] = signal_function(_name, _function)


@func
@document_args
def xlp_kind(text, title=None, url=None, outlet=None, author=None, published=None):
    """Document kind: news report, opinion or analysis, press release, forum or social post, wire or syndicated copy, or not an article."""
    return functions.guarded(functions.kind, text, title, url, outlet, author, published)


@func
@document_args
@arg("header", err_to_str=True, doc=HEADER_DOC)  # (an error cell as "#N/A", never None: "not given")
def xlp_scores(text, header=False, title=None, url=None, outlet=None, author=None, published=None):
    """Every score as one row per text (index, signals, why, status), spilling to the right."""
    return functions.guarded(functions.scores, text, header, title, url, outlet, author, published)


@func
@document_args
@arg("signal", err_to_str=True, doc=SIGNAL_DOC)
def xlp_evidence(text, signal, title=None, url=None, outlet=None, author=None, published=None):
    """The evidence behind one signal as lines of text: the words, sentences or cues found."""
    return functions.guarded(functions.evidence, text, signal, title, url, outlet, author, published)


@func
def xlp_version():
    """xlplugin's version and the version of every scorer."""
    return functions.guarded(functions.version)

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
URL_DOC = "Optional: the original URL, one cell or one per text."
OUTLET_DOC = "Optional: the outlet or publisher, one cell or one per text."
SIGNAL_DOC = 'The signal: "sentiment", "loaded", "unsourced", "provenance", "readability".'
HEADER_DOC = "Optional: TRUE puts the column names above the scores."


def document_args(function):
    """The text/title/url/outlet argument options shared by every scoring function: always a
    list of lists (ndim=2), and error cells as text such as "#N/A" (err_to_str)."""
    for name, doc in (("text", TEXT_DOC), ("title", TITLE_DOC), ("url", URL_DOC), ("outlet", OUTLET_DOC)):
        function = arg(name, ndim=2, err_to_str=True, doc=doc)(function)
    return function


@func
@document_args
def xlp_reliability(text, title=None, url=None, outlet=None):
    """Reliability index 0-100 (higher = more reliable): an indicator, not a verdict."""
    return functions.guarded(functions.reliability, text, title, url, outlet)


@func
@document_args
def xlp_sentiment(text, title=None, url=None, outlet=None):
    """Sentiment: mean compound score of the sentences, -1 (negative) .. +1 (positive)."""
    return functions.guarded(functions.sentiment, text, title, url, outlet)


@func
@document_args
def xlp_loaded(text, title=None, url=None, outlet=None):
    """Loaded language: loaded terms per 1,000 words (higher = more loaded)."""
    return functions.guarded(functions.loaded, text, title, url, outlet)


@func
@document_args
def xlp_unsourced(text, title=None, url=None, outlet=None):
    """Unsourced claims: share of check-worthy claims with no source, 0-1 (higher = worse)."""
    return functions.guarded(functions.unsourced, text, title, url, outlet)


@func
@document_args
def xlp_provenance(text, title=None, url=None, outlet=None):
    """Provenance cues 0-100 (higher = better sourced)."""
    return functions.guarded(functions.provenance, text, title, url, outlet)


@func
@document_args
def xlp_readability(text, title=None, url=None, outlet=None):
    """Readability: reading grade in US school years."""
    return functions.guarded(functions.readability, text, title, url, outlet)


@func
@document_args
def xlp_kind(text, title=None, url=None, outlet=None):
    """Document kind: news report, opinion or analysis, press release, forum or social post, wire or syndicated copy, or not an article."""
    return functions.guarded(functions.kind, text, title, url, outlet)


@func
@document_args
@arg("header", doc=HEADER_DOC)
def xlp_scores(text, header=False, title=None, url=None, outlet=None):
    """Every score as one row per text (index, signals, why, status), spilling to the right."""
    return functions.guarded(functions.scores, text, header, title, url, outlet)


@func
@document_args
@arg("signal", doc=SIGNAL_DOC)
def xlp_evidence(text, signal, title=None, url=None, outlet=None):
    """The evidence behind one signal as lines of text: the words, sentences or cues found."""
    return functions.guarded(functions.evidence, text, signal, title, url, outlet)


@func
def xlp_version():
    """xlplugin's version and the version of every scorer."""
    return functions.guarded(functions.version)

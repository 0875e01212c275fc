"""The Excel functions (XLP_RELIABILITY, XLP_SCORES, ...).

`functions` holds the plain-Python implementations that both Excel paths call: the classic
xlwings UDFs of desktop Excel on Windows (`udfs`, which imports xlwings) and the xlwings Lite
functions of Excel on the web and on Mac (`workbooks/lite/main.py`, run in Pyodide). Importing
this package imports neither xlwings nor openpyxl.
"""

__all__ = ["functions"]

"""xlplugin: source-reliability and bias indicators for spreadsheets.

    >>> import xlplugin
    >>> result = xlplugin.score_text("Officials said on Monday that ...", title="...")
    >>> result.reliability, result.signals["loaded_language"].value

The core (this package without `xlplugin.excel`, `xlplugin.workbook` and `xlplugin.cli`) never
imports xlwings or openpyxl, and runs in Pyodide.
"""

# (meta19) The names below are imported when first used, not when the package is: so that
# `xlplugin` on the command line starts its own handling of Ctrl-C before the scorers load
# (xlplugin._start), and a Ctrl-C in the first second prints one line, not a traceback.
_EXPORTS = {
    "score_text": "engine",
    "score_many": "engine",
    "score_document": "engine",
    "prepare": "text",
    "Settings": "settings",
    "Score": "types",
    "Evidence": "types",
    "DocumentResult": "types",
    "SCORER_NAMES": "registry",
    "TEXT_SIGNALS": "registry",
    "XlpluginError": "errors",
    "SettingsError": "errors",
    "InputError": "errors",
    "WorkbookError": "errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    from importlib import import_module

    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("xlplugin")
        except PackageNotFoundError:  # running from a source tree that was not installed
            value = "0.1.0"
        globals()[name] = value
        return value
    if name in _EXPORTS:
        value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    try:  # a submodule not imported yet (`xlplugin.engine` after `import xlplugin`)
        return import_module(f".{name}", __name__)
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{name}":
            raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})

"""One module per signal, each with `NAME`, `VERSION`, `UNIT` and `score(doc, settings) -> Score`.

The registry of which scorers run is `xlplugin.registry`.
"""

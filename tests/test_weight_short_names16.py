"""`--weight` takes the same short names for a signal as XLP_EVIDENCE ("loaded" for
loaded_language), in any case; a refusal lists the names taken (session 15, cli16)."""

import json

import pytest

from xlplugin import registry
from xlplugin.cli import _weight_pair, main
from xlplugin.excel.functions import signal_aliases
from xlplugin.settings import weight_keys

STORY = ("The water board said on Friday that the reservoir was at half its usual level. Its chair, Dev Rao, "
         "said the board would ask homes to save water from next week, according to a statement. Farmers' group "
         "head Ines Moreau said growers had already cut their use by a fifth this summer.")

SHORT = [(alias, full) for alias, full in signal_aliases().items() if full in weight_keys() and alias != full]


def test_there_are_short_names_to_take():
    assert SHORT and {info.name for info in registry.infos() if info.aliases} & set(weight_keys())


@pytest.mark.parametrize(("alias", "full"), SHORT)
def test_each_short_name_sets_its_signals_weight(tmp_path, capsys, alias, full):
    text = tmp_path / "a.txt"
    text.write_text(STORY, encoding="utf-8")
    for name in (alias, alias.upper(), f"weight.{alias}"):
        assert _weight_pair(f"{name}=7.5") == (full, 7.5)
        assert main(["score", str(text), "--json", "--weight", f"{name}=7.5"]) == 0
        row = json.loads(capsys.readouterr().out.splitlines()[0])
        # (a signal with no score for this text, such as an outlet's rating, has no weight shown)
        assert row["weights"].get(full, 7.5) == 7.5, (name, row["weights"])


def test_a_refusal_lists_the_short_names_too(capsys):
    with pytest.raises(SystemExit):
        main(["score", "x.txt", "--weight", "nosuch=1"])
    err = capsys.readouterr().err
    for alias, _ in SHORT:
        assert alias in err

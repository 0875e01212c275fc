"""Settings: declared defaults, TOML files, overrides, and clear errors."""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin.errors import SettingsError
from xlplugin.settings import SETTINGS, WEIGHT_KEYS, Settings, load_toml

from samples import CALM_REPORT


def test_every_signal_has_a_weight():
    assert set(WEIGHT_KEYS) == set(xlplugin.SCORER_NAMES)
    assert all(s.help for s in SETTINGS)


def test_unknown_key_lists_the_valid_ones():
    with pytest.raises(SettingsError) as info:
        Settings().with_values({"loaded_langauge": 2})
    assert "weight.loaded_language" in str(info.value)


@pytest.mark.parametrize("value", [-1, "abc", float("nan"), True])
def test_bad_weights_are_refused(value):
    with pytest.raises(SettingsError):
        Settings().with_values({"provenance": value})


def test_toml_file(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("[weights]\nprovenance = 5\nsentiment = 0\n[scoring]\nmin_words = 3\n")
    settings = Settings().with_values(load_toml(str(path)))
    assert settings.weights["provenance"] == 5.0
    assert settings["min_words"] == 3
    path.write_text("[weights]\nnot_a_signal = 1\n")
    with pytest.raises(SettingsError, match="unknown setting"):
        load_toml(str(path))
    path.write_text("[weights\n")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_toml(str(path))


def test_digest_changes_with_values_and_ratings():
    base = Settings()
    assert base.digest() == Settings().digest()
    assert base.digest() != base.with_values({"sentiment": 2}).digest()
    assert base.digest() != base.with_ratings({"example.org": (0.5, "me")}).digest()
    assert base.digest() == base.with_values({"workers": 3}).digest(), "workers does not change scores"


def test_weights_change_the_index_as_declared():
    only_provenance = {name: 0 for name in WEIGHT_KEYS} | {"provenance": 1}
    result = xlplugin.score_text(CALM_REPORT, weights=only_provenance)
    assert result.contributors == ("provenance",)
    assert result.reliability == pytest.approx(result.signals["provenance"].score * 100, abs=0.05)

"""A scorer's output may only change together with its VERSION.

`xlplugin refresh` re-scores a row when the version stamp differs; a rule change without a version
bump would leave old scores in refreshed workbooks. This test keeps a fingerprint (a hash of every
scorer's output on the project's example documents and sample texts) per scorer version in
tests/scorer_fingerprints.json. The fingerprints are not correctness checks (other tests do that):
they only detect change. When a scorer's output changes on purpose, bump its VERSION (or, for a
change in text preparation, xlplugin.text.VERSION) and run
`python tests/test_versions.py --update`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from xlplugin import registry  # noqa: E402
from xlplugin.settings import Settings  # noqa: E402
from xlplugin.text import VERSION as TEXT_VERSION, prepare  # noqa: E402

import samples  # noqa: E402

FINGERPRINTS = HERE / "scorer_fingerprints.json"
EXAMPLES = HERE.parent / "workbooks" / "examples"
# The examples the fingerprints were recorded on: an example added later (the near-copies of
# the Copies column) must not read as a change of a scorer's output.
FINGERPRINT_EXAMPLES = ("forum_post.txt", "opinion_column.txt", "press_release.txt", "propaganda_blog.txt", "wire_report.txt")


def texts() -> list[str]:
    out = [getattr(samples, name) for name in sorted(dir(samples)) if name.isupper()]
    out += [(EXAMPLES / name).read_text(encoding="utf-8") for name in FINGERPRINT_EXAMPLES]
    return out


def fingerprints() -> dict[str, dict[str, str]]:
    settings = Settings().with_ratings({"example.org": (0.6, "test")})
    digests = {module.NAME: hashlib.sha256() for module in registry.scorers()}
    for text in texts():
        doc = prepare(text, url="https://example.org/a", outlet="Example")
        for module in registry.scorers():
            result = module.score(doc, settings)
            digests[module.NAME].update(json.dumps(result.as_dict(), sort_keys=True).encode())
    return {m.NAME: {"version": f"{m.VERSION}/text{TEXT_VERSION}", "output": digests[m.NAME].hexdigest()[:16]} for m in registry.scorers()}


def check(recorded: dict[str, dict[str, str]], current: dict[str, dict[str, str]]) -> None:
    """AssertionError unless `current` is what `recorded` holds, scorer by scorer."""
    stale = sorted(set(recorded) - set(current))
    assert not stale, f"fingerprints of scorers that no longer exist: {stale}; run python tests/test_versions.py --update"
    for name, now in current.items():
        before = recorded.get(name)
        assert before is not None, f"{name}: no fingerprint; run python tests/test_versions.py --update"
        if now["version"] == before["version"]:
            assert now["output"] == before["output"], (
                f"{name}: output changed but the version is still {now['version']!r}: bump VERSION in "
                f"xlplugin/scorers/{name}.py (or xlplugin/text.py when text preparation changed), then run python tests/test_versions.py --update"
            )
        else:
            same = "the same output" if now["output"] == before["output"] else "a new output"
            raise AssertionError(f"{name}: VERSION changed from {before['version']!r} to {now['version']!r} ({same}); "
                                 "record it with python tests/test_versions.py --update")


def test_output_changes_only_with_the_version():
    check(json.loads(FINGERPRINTS.read_text(encoding="utf-8")), fingerprints())


def test_the_check_fails_on_each_kind_of_drift():
    """`check` itself: a changed output under the same version, a new version, a missing and a
    stale scorer each fail; only an exact match passes."""
    recorded = {"a": {"version": "1/text1", "output": "x"}}
    check(recorded, {"a": {"version": "1/text1", "output": "x"}})
    for current in ({"a": {"version": "1/text1", "output": "y"}},  # output changed, same version
                    {"a": {"version": "2/text1", "output": "y"}},  # version bumped, not recorded
                    {"a": {"version": "1/text2", "output": "x"}},  # text preparation bumped
                    {"a": recorded["a"], "b": {"version": "1/text1", "output": "z"}},  # new scorer
                    {}):  # a recorded scorer is gone
        with pytest.raises(AssertionError):
            check(recorded, current)


if __name__ == "__main__":
    if "--update" in sys.argv:
        FINGERPRINTS.write_text(json.dumps(fingerprints(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {FINGERPRINTS}")
    else:  # check, as the test does (without --update this used to do nothing and exit 0)
        try:
            test_output_changes_only_with_the_version()
        except AssertionError as error:
            sys.exit(f"fingerprints differ: {error}")
        print(f"fingerprints match {FINGERPRINTS.name}")

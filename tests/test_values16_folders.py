"""What a folder given to `xlplugin score` holds that is no document (values16): hidden files and
folders (a name starting with "."), and what a system writes beside the user's files (a Mac zip's
"__MACOSX" folder and its "._" copies, Python's caches), are neither read nor listed, whatever
their type; a link to a folder is not followed, and is said. Each test failed before the fix.
"""

from __future__ import annotations

import os

import pytest

from xlplugin.inputs import Problem, Record, Skipped, describe_skipped, read_paths

STORY = "The ferry service to the north islands will run twice a day from June, the operator said on Monday.\n"
# Where programs keep copies and settings beside a user's files: each path holds a readable type.
HIDDEN = [".ipynb_checkpoints/story-checkpoint.txt", ".venv/lib/site-packages/pkg/README.md", ".git/info/notes.txt",
          "._story.txt", "drafts/.old/story.html", "__MACOSX/._story.txt", "__MACOSX/drafts/story.csv",
          "pkg/__pycache__/notes.txt", ".notes.md"]


@pytest.mark.parametrize("hidden", HIDDEN)
def test_hidden_and_system_files_are_neither_read_nor_listed(tmp_path, hidden):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    path = tmp_path / hidden
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\x05\x16\x07\x00\x02Mac OS X" if path.name.startswith("._") else STORY.encode())
    skipped: list[Skipped] = []
    items = list(read_paths([str(tmp_path)], skipped=skipped))
    assert [item.id for item in items if isinstance(item, Record)] == ["story.txt"]
    assert not [item for item in items if isinstance(item, Problem)]
    assert not skipped


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_linked_folder_is_not_followed_and_is_said(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "top").mkdir()
    (tmp_path / "top" / "one.txt").write_text(STORY, encoding="utf-8")
    try:
        (tmp_path / "top" / "articles").symlink_to(tmp_path / "real", target_is_directory=True)
        (tmp_path / "top" / "loop").symlink_to(tmp_path / "top", target_is_directory=True)
    except OSError:
        pytest.skip("symbolic links cannot be made here")
    skipped: list[Skipped] = []
    items = list(read_paths([str(tmp_path / "top")], skipped=skipped))
    assert [item.id for item in items if isinstance(item, Record)] == ["one.txt"]
    lines = describe_skipped(skipped)
    assert len(lines) == 1 and lines[0].startswith("2 folders not read, a link to a folder")
    assert "articles" in lines[0] and "loop" in lines[0]

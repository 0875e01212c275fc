"""Fuzz: scored workbooks, damaged on purpose (truncated, a byte flipped in each part, duplicate
entries, huge row numbers, huge shared strings within the compression-ratio limit), through the
command line's `score` and `refresh`. For each: exit code 2, one message naming the file and no
traceback, the file byte for byte as it was, nothing left beside it, and memory bounded (the
peak resident size of the process that ran them all).

Seeded (the same mutations on every run) and run in one subprocess, so it takes seconds."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import zipfile

from hostile import data_range, rewrite, sheet_part_of
from workbook_helpers import records, score, user_book

from xlplugin import Settings
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook import package as pkg

SEED = 11
# Peak resident memory allowed for the process that runs every case (Python with xlplugin,
# openpyxl and the word lists loaded is ~150 MB; reading the huge shared strings of the last
# case would take several GB).
MAX_RSS_MB = 600

DRIVER = r"""
import contextlib, io, json, os, resource, sys
from xlplugin.cli import main
results = []
for path in json.loads(sys.argv[1]):
    folder = os.path.dirname(path)
    for argv in (["score", path, "-q", "-o", os.path.join(folder, "out.xlsx")], ["refresh", path, "-q"]):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except BaseException as exc:  # reported, not raised: the test says which case
                import traceback
                code, err = -1, io.StringIO("Traceback " + traceback.format_exc())
        results.append({"path": path, "command": argv[0], "code": code, "err": err.getvalue()})
def own_peak_kb():
    # (this process's own high-water mark: on Linux ru_maxrss of a process started by fork/vfork and
    # exec keeps the high-water mark of the process it was forked from, here the pytest process,
    # which grows with the tests run before this one; /proc's VmHWM is this program's own)
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak = max(own_peak_kb(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"results": results, "peak_mb": peak / 1024}))
"""


def _bases(folder):
    """Two scored workbooks: one as xlplugin writes it (inline strings), one whose texts are
    shared strings, as Excel saves them (xlsxwriter, then refreshed)."""
    folder.mkdir()
    ours = folder / "ours.xlsx"
    items = records()
    write_scored_workbook(ours, items, score(items), Settings())
    excel = folder / "excel.xlsx"
    user_book(excel)
    excel.with_suffix(".png").unlink()
    refresh_workbook(excel)
    return [ours, excel]


# Shared strings of 272 MiB: over the 256 MiB limit (README, "Scored workbooks").
HUGE_STRINGS = 272 * 2**20


def _huge_shared_strings(base, out, size=HUGE_STRINGS):
    """`base` with its shared strings replaced by `size` bytes of real XML that deflates ~100x:
    under the compression-ratio limit (a 2.5 MB file for 270 MB of strings)."""
    rng = random.Random(SEED)
    block = b"".join(b"<si><t>" + bytes(rng.choice(b"abcdefghij") for _ in range(50)) + b"</t></si>" for _ in range(20))
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            if info.filename != "xl/sharedStrings.xml":
                target.writestr(info, source.read(info))
                continue
            with target.open(info.filename, "w") as handle:
                handle.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
                for _ in range(size // len(block) + 1):
                    handle.write(block)
                handle.write(b"</sst>")
    info = zipfile.ZipFile(out).getinfo("xl/sharedStrings.xml")
    assert info.file_size > size and info.file_size < pkg.MAX_RATIO * info.compress_size


def _last_row_huge(data):
    """The sheet with its last row numbered 99999999999999999999999."""
    at = data.rfind(b'<row r="')
    end = data.index(b'"', at + 8)
    return data[: at + 8] + b"99999999999999999999999" + data[end:]


def _cases(tmp_path):
    """(name, path) of every damaged copy, each alone in a folder of its own."""
    rng = random.Random(SEED)
    bases = _bases(tmp_path / "bases")
    cases = []

    def new(name):
        folder = tmp_path / name
        folder.mkdir()
        return folder / "book.xlsx"

    for number, base in enumerate(bases):
        raw = base.read_bytes()
        for cut in sorted(rng.sample(range(1, len(raw) - 1), 3)):
            path = new(f"b{number}-truncated-{cut}")
            path.write_bytes(raw[:cut])
            cases.append(path)
        with zipfile.ZipFile(base) as archive:
            names = [info.filename for info in archive.infolist() if info.compress_size > 4]
        for part in names:
            start, end = data_range(base, part)
            at = rng.randrange(start, end - 2)  # (not the last bytes: a flip in a deflate stream's final padding bits changes nothing)
            damaged = bytearray(raw)
            damaged[at] ^= rng.randrange(1, 256)
            path = new(f"b{number}-flipped-{part.replace('/', '_')}")
            path.write_bytes(bytes(damaged))
            cases.append(path)
        for part in rng.sample(names, 3):
            path = new(f"b{number}-duplicate-{part.replace('/', '_')}")
            rewrite(base, path, lambda name, data, part=part: [data, data] if name == part else data)
            cases.append(path)
        with pkg.Package.open(base) as package:
            sheets = [s for s in (layout.DOCUMENTS, layout.EVIDENCE, layout.HOW_TO_READ, "My analysis") if s in package.sheets]
        for sheet in sheets:
            part = sheet_part_of(base, sheet)
            path = new(f"b{number}-huge-row-{sheet.replace(' ', '_')}")
            rewrite(base, path, lambda name, data, part=part: _last_row_huge(data) if name == part else data)
            assert path.read_bytes() != base.read_bytes()
            cases.append(path)
    path = new("b1-huge-shared-strings")
    _huge_shared_strings(bases[1], path)
    cases.append(path)
    return cases


def test_damaged_workbooks_are_refused_cleanly(tmp_path):
    cases = _cases(tmp_path)
    before = {path: (path.read_bytes(), sorted(p.name for p in path.parent.iterdir())) for path in cases}
    done = subprocess.run([sys.executable, "-c", DRIVER, json.dumps([str(p) for p in cases])],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    failures = []
    for result in report["results"]:
        err, path = result["err"], result["path"]
        name = path.split("/")[-2]
        if result["code"] != 2:
            failures.append(f"{name} {result['command']}: exit {result['code']}: {err.strip()[-300:]}")
        elif path not in err or "Traceback" in err:
            failures.append(f"{name} {result['command']}: message does not name the file: {err.strip()[-300:]}")
        elif any(len(line) > 2000 for line in err.splitlines()):
            failures.append(f"{name} {result['command']}: a message line of more than 2,000 characters")
    for path, (content, listing) in before.items():
        if path.read_bytes() != content:
            failures.append(f"{path.parent.name}: the file was changed")
        if sorted(p.name for p in path.parent.iterdir()) != listing:
            failures.append(f"{path.parent.name}: files left behind: {sorted(p.name for p in path.parent.iterdir())}")
    assert not failures, "\n".join(failures)
    assert len(report["results"]) == 2 * len(cases) > 100
    assert report["peak_mb"] < MAX_RSS_MB, report["peak_mb"]

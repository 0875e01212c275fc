"""Build workbooks/example_scored.xlsx from the example documents in workbooks/examples/, and
workbooks/template.xlsx (a blank workbook to fill in).

    python scripts/build_example_workbook.py          # (re)build both
    python scripts/build_example_workbook.py --check  # exit 1 if the committed files are not current

--check compares what a reader sees (every sheet's cell values), not the bytes: the zip carries
the time it was written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "workbooks" / "examples"
EXAMPLE_BOOK = ROOT / "workbooks" / "example_scored.xlsx"
TEMPLATE_BOOK = ROOT / "workbooks" / "template.xlsx"


def build(example: Path, template: Path) -> None:
    from xlplugin import Settings, score_many
    from xlplugin.engine import DocumentInput
    from xlplugin.inputs import Record, read_paths
    from xlplugin.workbook import write_scored_workbook, write_template

    # Paths relative to the repository, so that the stored file paths do not depend on where
    # the repository is checked out.
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        items = list(read_paths([str(EXAMPLES.relative_to(ROOT))]))
        records = [item for item in items if isinstance(item, Record)]
        settings = Settings()
        results = list(score_many([DocumentInput(r.text, r.id, r.title, r.url, r.outlet, r.author, r.date, r.page_type)
                                       for r in records],
                                  settings=settings, workers=1))
        by_id = dict(zip(map(id, records), results))
        write_scored_workbook(example, items, [by_id.get(id(item)) for item in items], settings)
        write_template(template)
    finally:
        os.chdir(cwd)


def _values(path: Path) -> dict[str, list[tuple]]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    finally:
        wb.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check that the committed workbooks are current")
    args = parser.parse_args(argv)
    if not args.check:
        build(EXAMPLE_BOOK, TEMPLATE_BOOK)
        print(f"wrote {EXAMPLE_BOOK.relative_to(ROOT)} and {TEMPLATE_BOOK.relative_to(ROOT)}")
        return 0
    # Built beside the committed files, so that the file paths stored relative to the workbook
    # come out the same.
    example = EXAMPLE_BOOK.with_name(".check_example_scored.xlsx")
    template = TEMPLATE_BOOK.with_name(".check_template.xlsx")
    try:
        build(example, template)
        stale = [p.name for p, fresh in ((EXAMPLE_BOOK, example), (TEMPLATE_BOOK, template))
                 if not p.exists() or _values(p) != _values(fresh)]
    finally:
        example.unlink(missing_ok=True)
        template.unlink(missing_ok=True)
    if stale:
        print(f"not current: {', '.join(stale)}; run python scripts/build_example_workbook.py", file=sys.stderr)
        return 1
    print("example workbooks are current")
    return 0


if __name__ == "__main__":
    sys.exit(main())

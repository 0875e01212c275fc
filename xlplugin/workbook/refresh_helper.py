"""The refresh's helper process: forked (where the system has fork) at the start of a refresh, it
reads the old Evidence sheet (~0.3 s for 10,000 documents), then loads the word lists (~0.2 s),
while the refresh reads the Documents sheet; then it scores a small batch of changed rows.
Measured on 10,000 rows with 100 changed, 2 cores: 1.0 s per refresh, against 1.45 s with
everything in one process. A large batch is scored by the engine's own worker processes instead.
Anything that stops the helper (no fork, a sandbox, a killed process) means the work is done in
the refresh's own process, not lost."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Iterator

from ..engine import DocumentInput, score_many, warm_up
from ..kind_shown import as_shown
from ..errors import WorkbookError
from ..types import DocumentResult
from .evidence_refresh import OldEvidence, read_old_evidence, scan_old_evidence, signal_renamer
from .package import Package
from .sheet_stream import NotStreamable, PartReader, stream_row_blocks

__all__ = ["BACKGROUND_MAX_DOCUMENTS", "Helper"]

# Up to this many documents are scored in the helper process (one process); more go to the
# engine's pool of one process per core, where a second core pays off more than the overlap.
BACKGROUND_MAX_DOCUMENTS = 2000


def _score_list(inputs: list[DocumentInput], settings: Any) -> list[DocumentResult]:
    return list(score_many(inputs, settings=settings, workers=1, repeated=False))


def _old_evidence_elsewhere(path: Path, part: str) -> tuple[bool, OldEvidence | None]:
    """read_old_evidence's streamed reading, run in the helper process (with the package
    opened anew: a forked process must not share the file position): (False, None) when the
    sheet must be read whole, in the refresh's own process."""
    with Package.open(path) as package:
        try:
            return True, scan_old_evidence(stream_row_blocks(package, part), package.shared_strings)
        except NotStreamable:
            return False, None


class Helper:
    """The helper process, used as a context manager around a refresh: `start` it, `submit` the
    rows to score, then take the `old_evidence` and the `results`."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.used = False
        if "fork" not in multiprocessing.get_all_start_methods():
            return
        try:
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        except (OSError, ValueError, NotImplementedError, RuntimeError):
            self.pool = None

    def start(self, path: Path, evidence_part: str | None) -> Future | None:
        """Start the helper: first reading the old Evidence sheet (a refresh that rewrites
        anything needs it), then loading the word lists. The Future: _old_evidence_elsewhere's."""
        if self.pool is None:
            return None
        try:
            pending = self.pool.submit(_old_evidence_elsewhere, path, evidence_part) if evidence_part else None
            self.pool.submit(warm_up)
            return pending
        except (OSError, RuntimeError, BrokenProcessPool):
            return None

    def __enter__(self) -> "Helper":
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.pool is None:
            return
        if exc[0] is not None and issubclass(exc[0], KeyboardInterrupt):
            # Stopped (Ctrl-C, or SIGTERM and SIGHUP in the xlplugin command): the helper is
            # ended now, not left scoring rows nobody will read (once its parent has gone, for
            # ever: blocked writing its results).
            self._end_helper()
            self.pool.shutdown(wait=False, cancel_futures=True)
            return
        # Wait for the helper to exit when it has done its work (a moment); after a refusal
        # it may still be loading, and nothing needs to wait for that.
        self.pool.shutdown(wait=self.used, cancel_futures=True)

    def _end_helper(self) -> None:
        terminate = getattr(self.pool, "terminate_workers", None)  # (Python 3.14)
        if terminate is not None:
            terminate()
            return
        for process in list((getattr(self.pool, "_processes", None) or {}).values()):
            process.terminate()

    def submit(self, inputs: list[DocumentInput], settings: Any) -> Future | None:
        if self.pool is None or not inputs or len(inputs) > BACKGROUND_MAX_DOCUMENTS:
            return None
        try:
            self.used = True
            return self.pool.submit(_score_list, inputs, settings)
        except (OSError, RuntimeError, BrokenProcessPool):
            return None

    def results(self, pending: Future | None, inputs: list[DocumentInput], settings: Any) -> Iterator[DocumentResult]:
        # (the kind a person is shown, as `score` writes it: xlplugin.kind_shown)
        if pending is not None:
            try:
                yield from map(as_shown, pending.result())
                return
            except (OSError, BrokenProcessPool, pickle.PicklingError):
                pass  # scored here instead
        yield from map(as_shown, score_many(inputs, settings=settings, repeated=False))

    @staticmethod
    def old_evidence(package: Package, part: str, pending: Future | None) -> OldEvidence | None:
        """The old Evidence sheet as the helper process read it (or, failing that, read here)."""
        found_elsewhere, old = False, None
        if pending is not None:
            try:
                found_elsewhere, old = pending.result()
            except (OSError, BrokenProcessPool, pickle.PicklingError, WorkbookError):
                found_elsewhere = False
            if found_elsewhere and old is not None:  # (what read_old_evidence sets: functions are not sent back)
                old.reader = lambda: PartReader(package, part)
                old.renamed = signal_renamer(package.shared_strings)
        if not found_elsewhere:
            old = read_old_evidence(package, part)
        return old

"""Worker processes for `xlplugin.engine.score_many`: the pipes, the tasks and their order.

Moved out of engine.py (which keeps what a document goes through: prepare, score, the batch
step); this module is only the machinery that runs it in several processes. It reads the
engine's functions through the module (`engine._score_fields`, ...), so that a test that
replaces one in the engine (a worker that dies, a scorer that fails) reaches the workers too.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import warnings
from collections import deque
from itertools import count, islice
from typing import Any, Iterable, Iterator

from . import _messages, engine, prose, repeat_keys
from .settings import Settings
from .types import DocumentResult

# --- Worker processes -------------------------------------------------------------------------
#
# Each worker has its own pipe. The caller sends it a task (numbered: a chunk of documents to
# score, or, for the batch step, a chunk of texts whose paragraphs to key) and reads back that
# task's results, pickled in the worker; it keeps at most engine.TASKS_PER_WORKER tasks per worker in
# flight and puts results back in input order. Everything on the caller's side runs in the
# caller's own thread, when it asks for the next result: no helper threads to wake (the manager
# and feeder threads of concurrent.futures cost the caller about 35 microseconds per document,
# as much as decoding the results).


class WorkerLost(Exception):
    """A worker process could not be reached: it could not start, or it died."""


class Workers:
    """Worker processes, each reached through its own pipe."""

    def __init__(self, count: int, settings: Settings) -> None:
        import multiprocessing

        # fork shares the already loaded word lists with the workers; spawn (where fork is not
        # available) makes each worker load its own.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self.connections: list[Any] = []
        self.links: list[Any] = []
        self.processes: list[Any] = []
        self.inbox = _messages.Inbox()
        try:
            for _ in range(count):
                ours, theirs = context.Pipe()
                process = context.Process(target=_worker_main, args=(theirs, settings), name="xlplugin-worker", daemon=True)
                process.start()
                theirs.close()
                self.connections.append(ours)
                self.links.append(_messages.link(ours))
                self.processes.append(process)
        except BaseException:
            self.stop(wait=False)
            raise
        import select

        self.poll: Any = select.poll() if hasattr(select, "poll") and os.name == "posix" else None
        self.by_fd: dict[int, int] = {}
        if self.poll is not None:
            for worker, connection in enumerate(self.connections):
                self.poll.register(connection.fileno(), select.POLLIN)
                self.by_fd[connection.fileno()] = worker

    def __len__(self) -> int:
        return len(self.connections)

    def send(self, worker: int, kind: str, number: int, payload: list[tuple]) -> None:
        """A task: kind "score" (a chunk of fields) or "key" (a chunk of (text, outlet, url))."""
        try:
            self.links[worker].send(pickle.dumps((kind, number, payload), protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as exc:
            raise WorkerLost(f"worker {worker + 1} cannot be reached ({exc})") from None

    def ready(self, workers: Iterable[int]) -> list[int]:
        """The workers among `workers` with a reply waiting (waits for at least one)."""
        if self.poll is None:
            from multiprocessing.connection import wait

            index = {id(self.connections[w]): w for w in workers}
            return [index[id(c)] for c in wait([self.connections[w] for w in index.values()])]
        # One poll object for the whole run (multiprocessing's wait() builds a selector per call,
        # 8 microseconds of the caller's time per document). Only a worker with a task can have
        # a reply; one without that shows up has hung up (died), which receive() then reports.
        return [self.by_fd[fd] for fd, _ in self.poll.poll()]

    def receive(self, worker: int) -> tuple[int, BaseException | None, list[Any]]:
        try:
            data = self.links[worker].receive(self.inbox)
        except OSError:
            data = None
        if data is None:
            code = self.processes[worker].exitcode
            raise WorkerLost(f"worker {worker + 1} stopped" + (f" (exit code {code})" if code is not None else ""))
        try:
            with engine.without_cycle_collection():  # thousands of new objects and no cycles among them
                return pickle.loads(data)
        finally:
            data.release()

    def stop(self, wait: bool) -> None:
        """Ask the workers to finish; with wait=False (work abandoned), end them at once."""
        for link in self.links:
            try:
                link.send(b"")
            except OSError:
                pass
        for process in self.processes:
            if wait:
                process.join(timeout=5)
            if process.is_alive():
                process.terminate()
            process.join()
        for connection in self.connections:
            connection.close()


def start_workers(count: int, settings: Settings) -> Workers | None:
    """Worker processes, or None where processes cannot be started (Pyodide, some sandboxes)."""
    if sys.platform == "emscripten":  # Pyodide: one process, no subprocesses
        return None
    try:
        import multiprocessing

        if multiprocessing.current_process().daemon:
            # Inside a worker of some pool (a Dask worker, another score_many): that pool is the
            # parallelism, and a daemonic process may not start processes of its own.
            return None
        return Workers(count, settings)
    except (ImportError, NotImplementedError):  # no processes on this platform (Pyodide)
        return None
    except (OSError, ValueError) as exc:
        warnings.warn(f"xlplugin: no worker processes ({exc}); scoring in one process", RuntimeWarning, stacklevel=3)
        return None


def _worker_main(connection: Any, settings: Settings) -> None:
    """A worker process: does the tasks that arrive on `connection` and sends back the results."""
    import queue
    import signal
    import threading
    import traceback

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle; it ends the workers
    engine.warm_up()  # already loaded when the worker was forked; loaded here when it was spawned
    link = _messages.link(connection)
    tasks: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_read_tasks, args=(link, tasks), daemon=True).start()
    while (task := tasks.get()) is not None:
        kind, number, payload = pickle.loads(task)
        results: list[Any] = []
        try:
            if kind == "key":
                for text, outlet, url in payload:
                    results.append(repeat_keys.keyed(text, outlet, url))
            else:
                for fields in payload:
                    result = engine._score_fields(fields, settings)
                    if result.text == fields[0]:  # (the caller has it: `_with_texts`)
                        object.__setattr__(result, "text", None)
                    # the signals cross pickled on their own, decoded by the caller when read
                    object.__setattr__(result, "signals", _messages.LazySignals.of(result.signals))
                    results.append(result)
            reply = (number, None, results)
        except Exception as exc:  # a bug in a scorer: raised in the caller, after the results before it
            exc.add_note(f"(in an xlplugin worker process)\n{traceback.format_exc()}")
            reply = (number, exc, results)
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # an exception that cannot be pickled: its message travels instead
            data = pickle.dumps((number, RuntimeError(f"in an xlplugin worker process: {reply[1]!r}"), []))
        try:
            link.send(data)
        except OSError:  # the caller has gone
            return


def _with_texts(results: list[DocumentResult], texts: Any) -> None:
    """Each result its `text` (`DocumentResult.text`, what its evidence offsets point into) where
    the worker left it out for being the text it was sent (nearly always: inputs arrive as they
    are scored, `inputs.shown_text`): the caller's own string, neither sent back nor held twice."""
    for result, text in zip(results, texts):
        if result.text is None:
            object.__setattr__(result, "text", text)


def _read_tasks(link: Any, tasks: Any) -> None:
    # Reads each task as soon as it arrives, so that the caller never waits to write a task while
    # this worker waits to write a result (each side waiting for the other to read). An empty
    # message, or the caller gone: no more tasks.
    try:
        while task := link.receive_new():
            tasks.put(task)
    except OSError:
        pass
    tasks.put(None)


class _Batch:
    """Documents read together: a window to mark for repeated paragraphs, or (no marking) one
    task's chunk. `start`: the position of its first document in the input."""

    __slots__ = ("start", "fields", "keyed", "waiting", "error", "marked")

    def __init__(self, start: int, fields: list[engine._Fields]) -> None:
        self.start, self.fields = start, fields
        self.keyed: list[Any] = []  # its documents' `repeat_keys.keyed`, as the workers return them
        self.waiting = 0  # key tasks not yet returned
        self.error: BaseException | None = None
        self.marked = False  # `fields` carry their furniture (or need none)


class Pipeline:
    """The workers' side of `score_many`: reads the input a batch at a time, has the workers key
    each window's paragraphs (key tasks go first, so that the next window is keyed while the
    workers score this one), marks the window here from the keys, sends its documents to be
    scored, and yields the results in input order. Falls back to this process if a worker is lost.

    Bounds on what is held: one window being keyed; score tasks ready to send (about one task per
    worker beyond a window's); and tasks sent and not yet returned, at most `out_window` (a slow
    task holds back the results after it, so this, not only the tasks per worker, bounds memory).
    """

    def __init__(self, workers: Workers, items: Iterator[engine._Fields], window: int, settings: Settings) -> None:
        self.workers, self.items, self.window, self.settings = workers, items, window, settings
        self.count = len(workers)
        self.out_window = self.count * engine.TASKS_PER_WORKER * 2
        self.chunks = engine._chunks(items)  # the tasks, when nothing is marked
        self.busy = [0] * self.count  # tasks in flight per worker
        self.to_key: deque[tuple[_Batch, int, list[tuple]]] = deque()
        self.to_score: deque[tuple[int, list[engine._Fields]]] = deque()  # (score task number, chunk)
        self.key_tasks: dict[int, tuple[_Batch, int]] = {}  # key tasks in flight
        self.key_numbers = count(-1, -1)  # key tasks are numbered -1, -2, ...; score tasks 0, 1, ...
        self.done: dict[int, tuple[list[DocumentResult], BaseException | None]] = {}
        self.texts: dict[int, list[str]] = {}  # the texts of the score tasks in flight (`_with_texts`)
        self.open: deque[_Batch] = deque()  # batches not wholly returned
        self.marking: _Batch | None = None  # the window being keyed
        self.scheduled = self.next_out = 0  # score tasks made / returned
        self.read = self.returned = 0  # documents
        self.more = True

    def results(self) -> Iterator[DocumentResult]:
        frozen = engine._freeze_heap()
        finished = False
        try:
            while True:
                self._read()
                self._send()
                if self.next_out in self.done:
                    results, error = self.done.pop(self.next_out)
                    _with_texts(results, self.texts.pop(self.next_out, ()))
                    self.next_out += 1
                    self.returned += len(results)
                    while self.open and self.returned >= self.open[0].start + len(self.open[0].fields):
                        self.open.popleft()
                    yield from results
                    if error is not None:
                        raise error
                elif self.next_out == self.scheduled and not self.more and self.marking is None:
                    break
                else:
                    self._receive()
            finished = True
        except WorkerLost as exc:
            # A worker died (killed, out of memory): the documents not yet returned are scored
            # here, in order, rather than lost.
            self.workers.stop(wait=False)
            warnings.warn(f"xlplugin: parallel scoring failed ({exc}); continuing in one process", RuntimeWarning,
                          stacklevel=3)
            yield from self._in_this_process()
            finished = True
        finally:
            self.workers.stop(wait=finished)
            if frozen:
                gc.unfreeze()

    def _read(self) -> None:
        """Reads the next batches while the workers could soon run out of work."""
        if not self.window:
            # one task at a time, only when it can be sent at once (a generator is read no
            # further ahead than the tasks in flight)
            if self.more and not self.to_score and self.scheduled - self.next_out < self.out_window \
                    and min(self.busy) < engine.TASKS_PER_WORKER:
                chunk = next(self.chunks, None)
                if chunk is None:
                    self.more = False
                else:
                    self._add(_Batch(self.read, chunk))
            return
        while self.more and self.marking is None and len(self.to_score) < self.count:
            fields = list(islice(self.items, self.window))
            if not fields:
                self.more = False
                break
            batch = _Batch(self.read, fields)
            if len(fields) < prose.REPEAT_MIN_DOCUMENTS:
                self._add(batch)
                continue
            self.read += len(fields)
            self.open.append(batch)
            self.marking = batch
            batch.keyed = [None] * len(fields)
            offset = 0
            for chunk in engine._chunks(fields, engine.KEY_CHUNK_DOCUMENTS, engine.KEY_CHUNK_CHARACTERS):
                self.to_key.append((batch, offset, [(f[0], f[4], f[3]) for f in chunk]))
                offset += len(chunk)
                batch.waiting += 1

    def _add(self, batch: _Batch) -> None:
        """A batch read with no marking to wait for: its score tasks."""
        self.read += len(batch.fields)
        self.open.append(batch)
        self._schedule(batch)

    def _schedule(self, batch: _Batch) -> None:
        """The score tasks of a batch that is ready (marked, or needing no marks)."""
        if batch.error is not None:  # raised when the results before it have been returned
            self.done[self.scheduled] = ([], batch.error)
            self.scheduled += 1
            return
        if batch.keyed:
            batch.fields = engine._with_furniture(batch.fields, repeat_keys.furniture(batch.keyed))
        batch.keyed = []
        batch.marked = True
        for chunk in engine._tapering_chunks(batch.fields, self.count) if self.window else (batch.fields,):
            self.to_score.append((self.scheduled, chunk))
            self.scheduled += 1

    def _send(self) -> None:
        """Tasks to every worker with room for one: key tasks first, then score tasks (no more
        than `out_window` of them ahead of the results returned)."""
        while self.to_key or self.to_score:
            worker = min(range(self.count), key=self.busy.__getitem__)
            if self.busy[worker] >= engine.TASKS_PER_WORKER:
                return
            if self.to_key:
                batch, offset, texts = self.to_key.popleft()
                number = next(self.key_numbers)
                self.key_tasks[number] = (batch, offset)
                self.workers.send(worker, "key", number, texts)
            elif self.to_score[0][0] - self.next_out < self.out_window:
                number, chunk = self.to_score.popleft()
                self.texts[number] = [fields[0] for fields in chunk]
                self.workers.send(worker, "score", number, chunk)
            else:
                return
            self.busy[worker] += 1

    def _receive(self) -> None:
        """Waits for replies; takes in every one waiting."""
        for worker in self.workers.ready(w for w in range(self.count) if self.busy[w]):
            number, error, payload = self.workers.receive(worker)
            self.busy[worker] -= 1
            if number >= 0:
                self.done[number] = (payload, error)
                continue
            batch, offset = self.key_tasks.pop(number)
            batch.keyed[offset : offset + len(payload)] = payload
            if error is not None and batch.error is None:
                batch.error = error
            batch.waiting -= 1
            if batch.waiting == 0:
                self.marking = None
                self._schedule(batch)

    def _in_this_process(self) -> Iterator[DocumentResult]:
        """Every document not yet returned, scored here (windows not yet marked marked here)."""
        for batch in self.open:
            fields = batch.fields if batch.marked or not self.window else engine._marked(batch.fields)
            for item in fields[max(0, self.returned - batch.start):]:
                yield engine._score_fields(item, self.settings)
        for item in engine._marked_in_windows(self.items, self.window) if self.window else self.items:
            yield engine._score_fields(item, self.settings)

"""Run a stage's per-item work in worker processes when a site is big enough for it to pay.

Workers are forked, so they start with everything the stage already built (the source index, the
compiled templates, the site model): only item positions go to them and only results come back.
Small sites, systems without fork, and one-core machines run the same function in-process.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger("generator")

MIN_WORK = 400  # below this much work (in items, or in weights when given), workers cost more than they save
CHUNKS_PER_WORKER = 16  # many small chunks: no core idles behind a slow one, and few results wait in memory
IN_FLIGHT_PER_WORKER = 4  # chunks handed out ahead of the consumer (an edit's 7 listing files go at once)
POLL = 0.001  # seconds between looks at the workers' results while this process does its own work

_in_worker = False  # set in a worker process when it starts its first chunk


def workers() -> int:
    """How many processes to use: GENERATOR_JOBS if set, else the cores this process may run on."""
    wanted = os.environ.get("GENERATOR_JOBS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def map_items(func: Callable[[T], R], items: Sequence[T], weights: Sequence[int] | None = None,
              min_work: int | None = None, meanwhile: Callable[[], object] | None = None) -> list[R]:
    """`[func(item) for item in items]`, spread over worker processes when there is enough work.

    `meanwhile()` is this process's own work, done while the workers work (first, when there are none). Every
    chunk is handed out at once: all results are kept anyway, and the workers go on while this process does
    `meanwhile()` (with a few chunks each, they sat idle until it ended)."""
    results: list[Any] = [None] * len(items)
    for i, value in each_item(func, items, weights, min_work, _alone(meanwhile) if meanwhile else None,
                              ahead=None):
        if i >= 0:
            results[i] = value
    return results


def _alone(work: Callable[[], object]) -> Callable[[], Iterator[Any]]:
    """`work` as a `meanwhile` of `each_item` that has no results."""

    def run() -> Iterator[Any]:
        work()
        return iter(())

    return run


def each_item(func: Callable[[T], R], items: Sequence[T], weights: Sequence[int] | None = None,
              min_work: int | None = None, meanwhile: Callable[[], Iterable[R]] | None = None,
              ahead: int | None = IN_FLIGHT_PER_WORKER) -> Iterator[tuple[int, R]]:
    """`(i, func(items[i]))` for every item, as workers finish them (so a consumer never holds them all).

    `weights` estimate each item's work (default 1 each); chunks are balanced by them. If a worker fails for
    any reason, the items not yet given out run in this process, so an error surfaces exactly as in a serial
    build (with its traceback, for template lines). Each item is given out exactly once.
    `meanwhile()` is this process's own work, done once the workers have theirs (first, when there are none):
    its results come as `(-1, result)`, before the workers'. `ahead`: chunks per worker handed out before their
    results are taken (None: all of them).
    """
    count = workers()
    weights = weights if weights is not None else [1] * len(items)
    threshold = MIN_WORK if min_work is None else min_work
    if len(items) < 2 or sum(weights) < threshold or count < 2 or not _can_fork():
        if meanwhile is not None:
            yield from ((-1, value) for value in meanwhile())
        yield from ((i, func(item)) for i, item in enumerate(items))
        return
    chunks = _balanced(weights, count * CHUNKS_PER_WORKER)
    done = [False] * len(items)
    pool = _Pool(func, items, chunks)
    try:
        pool.hand_out(len(chunks) if ahead is None else count * ahead)
        pool.start(count)  # each worker starts on its first chunk as soon as it is forked
        if meanwhile is not None:
            polled = time.perf_counter()
            for value in meanwhile():  # (an error here is this process's: it is raised as it is)
                yield -1, value
                if (now := time.perf_counter()) - polled > POLL:  # the workers' results, taken as they come:
                    pool.take(timeout=0)  # a worker is not held up by a full pipe
                    polled = now
            meanwhile = None
        while (finished := pool.next_result()) is not None:
            pool.hand_out(1)
            for i, value in zip(*finished, strict=True):
                done[i] = True
                yield i, value
        log.debug("%d items in %d worker processes", len(items), count)
    except WorkerFailed as error:  # a worker died or raised: do the rest here, where errors are reported properly
        log.debug("worker processes failed (%s); running in this process", error)
        pool.stop()
        if meanwhile is not None:  # (not started: the workers could not be)
            yield from ((-1, value) for value in meanwhile())
        for positions, values in pool.results:  # what the others finished
            for i, value in zip(positions, values, strict=True):
                done[i] = True
                yield i, value
        pool.results.clear()
        yield from ((i, func(item)) for i, item in enumerate(items) if not done[i])
    finally:
        pool.stop()


class WorkerFailed(Exception):
    """A worker raised, or ended before it sent the results of a chunk it took."""


class _Pool:
    """Worker processes forked from this one, with no thread to feed them: each takes chunk numbers from one
    pipe (reads of 4 bytes from a pipe are atomic: each number goes to one worker) and sends (number, results)
    back on a pipe of its own. This process writes the numbers of the chunks it hands out; a worker ends once
    that pipe is closed and empty. A worker starts on its first chunk as soon as it is forked (through a
    ProcessPoolExecutor, 10-15 ms later: both forks, then its threads, come first)."""

    def __init__(self, func: Callable[[Any], Any], items: Sequence[Any], chunks: list[list[int]]) -> None:
        self.func, self.items, self.chunks = func, items, chunks
        self.given = 0  # chunks handed out
        self.pending = 0  # of those, chunks whose results are not taken
        self.numbers, self.tasks = os.pipe()  # (read, write)
        self.workers: dict[int, int] = {}  # the reading end of its results' pipe -> its process id
        self.results: list[tuple[list[int], list[Any]]] = []  # taken, not yet given to the caller
        self.failed = ""

    def hand_out(self, n: int) -> None:
        numbers = range(self.given, min(self.given + n, len(self.chunks)))
        if numbers and self.tasks >= 0:
            os.write(self.tasks, b"".join(k.to_bytes(4, "little") for k in numbers))
            self.given += len(numbers)
            self.pending += len(numbers)
        if self.given == len(self.chunks) and self.tasks >= 0:
            os.close(self.tasks)  # all handed out: a worker that finds the pipe empty ends
            self.tasks = -1

    def start(self, count: int) -> None:
        parent, prctl = os.getpid(), _death_signal()
        for stream in (sys.stdout, sys.stderr):  # (else a worker would write again what waits in their buffers)
            with contextlib.suppress(Exception):
                stream.flush()
        for _ in range(count):
            read, write = os.pipe()
            _widen(write)
            with _stops_held():  # (a stop that comes meanwhile is raised once the worker is known, to be stopped)
                try:
                    pid = os.fork()
                except OSError as error:  # (no process left to this user, or no memory for one)
                    os.close(read)
                    os.close(write)
                    if not self.workers:
                        raise WorkerFailed(f"cannot fork: {error}") from None
                    break
                if pid == 0:
                    _release_stops()
                    os.close(read)
                    self._work(parent, prctl, write)  # (never returns)
                os.close(write)
                self.workers[read] = pid

    def _work(self, parent: int, prctl: Callable[..., int] | None, write: int) -> None:
        """A worker's life: chunk numbers until the pipe is empty and closed, each chunk's results sent back."""
        global _in_worker
        status = 1
        try:
            for fd in (self.tasks, *self.workers):  # (the others' pipes; the
                if fd >= 0:  # numbers' writing end, or they would never end)
                    os.close(fd)
            _bound(parent, prctl)
            _in_worker = True
            while len(number := os.read(self.numbers, 4)) == 4:
                k = int.from_bytes(number, "little")
                try:
                    values = [self.func(self.items[i]) for i in self.chunks[k]]
                except BaseException as error:  # this process does the chunk itself, and says why
                    _send(write, ("failed", k, repr(error)))
                    break
                _send(write, ("done", k, values))
            else:
                status = 0
        finally:
            with contextlib.suppress(BaseException):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(status)

    def take(self, timeout: float | None) -> None:
        """Take the results that came (waiting up to `timeout` seconds for some, None: until some come)."""
        import select

        ready, _, _ = select.select(list(self.workers), [], [], timeout)
        for fd in ready:
            try:
                kind, k, values = _receive(fd)
            except (EOFError, OSError):  # it ended: after its last chunk, or killed
                status = os.waitpid(self.workers.pop(fd), 0)[1]
                os.close(fd)
                if status != 0:
                    self.failed = self.failed or f"a worker ended with exit code {os.waitstatus_to_exitcode(status)}"
                continue
            except Exception as error:  # results that do not unpickle: that chunk is done here
                self.failed = self.failed or f"unreadable results: {error!r}"
                continue
            if kind == "done":
                self.pending -= 1
                self.results.append((self.chunks[k], values))
            else:
                self.failed = self.failed or str(values)

    def next_result(self) -> tuple[list[int], list[Any]] | None:
        """The next chunk's (positions, results), waiting for them; None once every chunk handed out is done."""
        while not self.results and self.pending:
            if self.failed or not self.workers:
                raise WorkerFailed(self.failed or "no worker left")
            self.take(timeout=None)
        if self.failed:
            raise WorkerFailed(self.failed)
        return self.results.pop(0) if self.results else None

    def stop(self) -> None:
        """Hand out nothing more, take back what no worker took, and wait for the workers to end (what they
        finish meanwhile is kept in `results`)."""
        if self.tasks >= 0:
            os.close(self.tasks)
            self.tasks = -1
        if self.numbers >= 0:
            os.set_blocking(self.numbers, False)
            with contextlib.suppress(BlockingIOError):
                while taken_back := os.read(self.numbers, 1 << 16):
                    self.pending -= len(taken_back) // 4
        while self.workers:
            self.take(timeout=None)
        if self.numbers >= 0:
            os.close(self.numbers)
            self.numbers = -1


def _send(fd: int, value: Any) -> None:
    """`value` pickled, after its length (8 bytes), whole however many writes the pipe takes."""
    import pickle

    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    for part in (len(data).to_bytes(8, "little"), data):
        view = memoryview(part)
        while view:
            view = view[os.write(fd, view):]


def _receive(fd: int) -> Any:
    """The next value `_send` wrote to the pipe; EOFError if its writer ended first."""
    import pickle

    return pickle.loads(_exactly(fd, int.from_bytes(_exactly(fd, 8), "little")))


def _exactly(fd: int, size: int) -> bytearray:
    data = bytearray(size)
    view, got = memoryview(data), 0
    while got < size:
        read = os.readv(fd, [view[got:]])
        if not read:
            raise EOFError
        got += read
    return data


def _widen(fd: int) -> None:
    """A result pipe of 1 MB where Linux allows it: a worker sends a page of up to a MB without waiting."""
    with contextlib.suppress(ImportError, AttributeError, OSError):
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)


def _balanced(weights: Sequence[int], bins: int) -> list[list[int]]:
    """Item positions in up to `bins` chunks of similar total weight, heaviest chunk first.

    Runs of neighbouring items stay together (cards of a folder share disk blocks and templates)."""
    total = sum(weights)
    target = max(1, -(-total // bins))
    chunks: list[list[int]] = [[]]
    load = 0
    for i, weight in enumerate(weights):
        if load >= target or (chunks[-1] and load + weight > target * 1.5):
            chunks.append([])
            load = 0
        chunks[-1].append(i)
        load += weight
    loads = {id(chunk): sum(weights[i] for i in chunk) for chunk in chunks}
    return sorted(chunks, key=lambda chunk: -loads[id(chunk)])


def _death_signal() -> Callable[..., int] | None:
    """Linux's prctl, looked up here, before the workers are forked (ctypes takes ~7 ms to import: once, not once
    a worker; swapping the output in needs it anyway); None elsewhere."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def _bound(parent: int, prctl: Callable[..., int] | None) -> None:
    """A worker dies with the process that forked it: killed (SIGTERM, SIGKILL), that one cannot stop its workers,
    and they would go on holding the output folder's lock, so every later build would wait (Linux's
    PR_SET_PDEATHSIG; elsewhere they end once their chunks are done)."""
    if prctl is None:
        return
    prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    if os.getppid() != parent:  # it died before the call above
        os._exit(1)


def aside(work: Callable[[], object], when: bool = True) -> Callable[[], bool]:
    """`work()` in a process forked now, if `when`, while this one goes on: for work whose result it leaves on disk (a
    cache) for this process to take. Returns a function that waits for it to end (call it before reading what it
    leaves), True the first time if `work()` returned. Where workers are not used (one core, no fork, other threads),
    nothing is done: this process does the work when it needs it."""
    if not when or workers() < 2 or not _can_fork():
        return lambda: False
    for stream in (sys.stdout, sys.stderr):  # (else the process would write again what waits in their buffers)
        with contextlib.suppress(Exception):
            stream.flush()
    with _stops_held():
        try:
            pid = os.fork()
        except OSError:
            return lambda: False
    if pid == 0:  # (its stops as they were: `_stops_held` ended here too)
        status = 1
        try:
            logging.disable(logging.CRITICAL)  # (this process says what goes wrong: it does the work again)
            work()
            status = 0
        finally:
            os._exit(status)

    def wait() -> bool:
        try:
            return os.waitpid(pid, 0)[1] == 0
        except ChildProcessError:  # (waited for already)
            return False

    return wait


_STOPS = {signal.SIGINT, signal.SIGTERM, *((signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ())}


@contextlib.contextmanager
def _stops_held() -> Iterator[None]:
    """The signals that stop a build held over a fork: one that came while the parent ran its at-fork hooks (the
    logging module's lock release) was raised there, "Exception ignored", and the build went on to end 0."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _release_stops() -> None:
    """In a forked process: the stop signals as they were before `_stops_held` (its block is not left there)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)


def in_worker() -> bool:
    """Whether this is a worker process (a func may hand back a big result some other way than pickled)."""
    return _in_worker


def _can_fork() -> bool:
    import threading

    # forking a process that runs other threads (a preview server) could copy a held lock: stay serial there
    return threading.active_count() == 1 and hasattr(os, "fork")

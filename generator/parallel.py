"""Run a stage's per-item work in worker processes when a site is big enough for it to pay.

Workers are forked, so they start with everything the stage already built (the source index, the
compiled templates, the site model): only item positions go to them and only results come back.
Small sites, systems without fork, and one-core machines run the same function in-process.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger("generator")

MIN_WORK = 400  # below this much work (in items, or in weights when given), workers cost more than they save
CHUNKS_PER_WORKER = 16  # many small chunks: no core idles behind a slow one, and few results wait in memory
IN_FLIGHT_PER_WORKER = 4  # chunks handed out ahead of the consumer (an edit's 7 listing files go at once)
# seconds a thread waits for the GIL before it is handed over, while workers run: the pool's threads, which
# pass chunks to the workers and take their results, get it at once (Python's 5 ms kept the workers idle
# ~15 ms into an edit while this process did its own work)
SWITCH_INTERVAL = 0.0005

_work: tuple[Callable[[Any], Any], Sequence[Any]] | None = None
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
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    global _work
    chunks = _balanced(weights, count * CHUNKS_PER_WORKER)
    done = [False] * len(items)
    own = False
    _work = (func, items)
    switch = sys.getswitchinterval()
    sys.setswitchinterval(min(switch, SWITCH_INTERVAL))
    try:
        with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork"), initializer=_bound,
                                 initargs=(os.getpid(),)) as pool:
            waiting = iter(chunks)
            running: dict[Any, list[int]] = {}

            def submit() -> None:
                chunk = next(waiting, None)
                if chunk is not None:
                    running[pool.submit(_run_chunk, chunk)] = chunk

            try:
                for _ in range(len(chunks) if ahead is None else count * ahead):
                    submit()
                if meanwhile is not None:
                    own = True  # an error now is this process's, not a worker's: it is raised as it is
                    yield from ((-1, value) for value in meanwhile())
                    own, meanwhile = False, None
                while running:  # results as chunks finish; a few chunks ahead of the consumer, so few wait in memory
                    finished, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        chunk = running.pop(future)
                        submit()
                        for i, value in zip(chunk, future.result(), strict=True):
                            done[i] = True
                            yield i, value
                    del finished, future
            except BaseException:
                pool.shutdown(cancel_futures=True)  # chunks not started are not run: the rest runs here (below)
                raise
        log.debug("%d items in %d worker processes", len(items), count)
    except Exception as error:  # a worker died or raised: do the rest here, where errors are reported properly
        if own:
            raise
        log.debug("worker processes failed (%s); running in this process", error)
        if meanwhile is not None:
            yield from ((-1, value) for value in meanwhile())
        yield from ((i, func(item)) for i, item in enumerate(items) if not done[i])
    finally:
        _work = None
        sys.setswitchinterval(switch)


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


def _bound(parent: int) -> None:
    """A worker dies with the process that forked it: killed (SIGTERM, SIGKILL), that one cannot stop its workers,
    and they would go on holding the output folder's lock, so every later build would wait (Linux's
    PR_SET_PDEATHSIG; elsewhere they end once their chunks are done)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it died before the call above
        os._exit(1)


def in_worker() -> bool:
    """Whether this is a worker process (a func may hand back a big result some other way than pickled)."""
    return _in_worker


def _run_chunk(positions: list[int]) -> list[Any]:
    global _in_worker
    assert _work is not None
    _in_worker = True
    func, items = _work
    return [func(items[i]) for i in positions]


def _can_fork() -> bool:
    import multiprocessing
    import threading

    # forking a process that runs other threads (a preview server) could copy a held lock: stay serial there
    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()

"""The preview's builds, in a process of their own: forked before the server starts its threads.

A process running threads must not fork (a lock another thread holds would stay held in the child), so
`serve` would have to render serially. This child has no threads: each build in it forks its workers like
`python -m generator build`, and the server keeps only a pipe to it.

The child also keeps the files the server's watcher reported since the last build it saved: a build then
stats only those of the input files (see inputs.py). And between builds it makes the spare output folder
the next build updates a linked copy of the live site, and lists it (see spare.py).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Collection
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from generator.errors import SiteError, UsageError

if TYPE_CHECKING:
    from generator.cache import Reported
    from generator.spare import Survey

log = logging.getLogger("generator")


class BuildFn(Protocol):
    """build.build: load -> render -> write; returns the number of files."""

    def __call__(self, site_root: Path, output: Path, *, on_published: Callable[[int], None] | None = None,
                 reported: Reported | None = None, surveyed: Survey | None = None, watched: bool = False) -> int: ...


class Builds(Protocol):
    """What the preview asks for a build with (a Rebuilder): the input files the watcher reported changed."""

    def __call__(self, site_root: Path, output: Path, changed: Collection[str] | None = None) -> int: ...


class BuildCrashed(Exception):
    """A bug in the build process (its traceback is in its own log, with -v)."""

    def __repr__(self) -> str:
        return str(self.args[0])  # the error as the child saw it


class Rebuilder:
    """Calls `build` in the child process; in this one if there is no fork, or if the child has died."""

    def __init__(self, build: BuildFn) -> None:
        self.build = build
        self.lock = threading.Lock()  # one build at a time, whichever thread asks
        self.conn: Connection | None = None
        self.process: Any = None
        if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
            context = multiprocessing.get_context("fork")
            self.conn, theirs = context.Pipe()
            # not a daemon: a daemonic process may not start the workers a build forks
            self.process = context.Process(target=_serve_builds, args=(build, theirs, self.conn),
                                           name="generator-build")
            self.process.start()
            theirs.close()

    def __call__(self, site_root: Path, output: Path, changed: Collection[str] | None = None) -> int:
        """Build; `changed`: the input files (relative to the site) the watcher reported since the last call,
        None if it may have missed some."""
        with self.lock:
            if self.conn is not None:
                try:
                    self.conn.send((site_root, output, None if changed is None else list(changed)))
                    kind, value = self.conn.recv()
                except (EOFError, OSError) as error:  # the child died (killed, out of memory): built here from now on
                    log.debug("the build process stopped (%r); building in the server process", error)
                    self._forget()
            if self.conn is None:
                count = self.build(site_root, output)
                if changed:
                    print_warnings(site_root, changed)
                return count
        if kind == "done":
            return int(value)
        if kind == "problems":
            raise SiteError(value)
        if kind == "usage":
            raise UsageError(value)
        if kind == "os":
            raise OSError(value)
        raise BuildCrashed(value)

    def close(self) -> None:
        """End the child: it exits when the pipe closes."""
        with self.lock:
            self._forget()

    def _forget(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.process is not None:
            self.process.join(timeout=10)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
            self.process = None


def _serve_builds(build: BuildFn, conn: Connection, servers_end: Connection) -> None:
    """The child: build on request until the pipe closes (or the server dies)."""
    servers_end.close()  # forked with it open: the pipe would never close while this process holds it
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's: it then asks for the last build
    watched = SinceSaved()
    surveyed: Survey | None = None
    source_read = False
    while True:
        try:
            site_root, output, changed = conn.recv()
        except (EOFError, OSError):
            return
        reported = watched.add(changed)
        replied = False

        def published(count: int) -> None:  # the browsers reload while the build cache is being saved
            nonlocal replied
            conn.send(("done", count))
            replied = True

        try:
            result: tuple[str, Any] = ("done", build(site_root, output, on_published=published, reported=reported,
                                                     surveyed=surveyed, watched=True))
        except SiteError as error:
            result = ("problems", error.problems)
        except UsageError as error:
            result = ("usage", str(error))
        except OSError as error:
            result = ("os", str(error))
        except Exception as error:  # a bug: the server reports it and stays up
            log.debug("build failed", exc_info=True)
            result = ("crash", repr(error))
        watched.built(output)
        if not replied:
            try:
                conn.send(result)
            except (EOFError, OSError):
                return
        elif result[0] != "done":  # the site was published; only saving the cache failed
            log.debug("after publishing: %s", result[1])
        if result[0] == "done" and changed:
            print_warnings(site_root, changed)
        surveyed = _survey(output)
        if not source_read and result[0] == "done":
            source_read = read_source_unless_asked(conn, site_root)
        collect_unless_asked(conn)


def collect_unless_asked(conn: Connection) -> None:
    """Collect the last build's reference cycles, unless the next build is already asked for (then after it). A
    build freezes the objects it loads and unfreezes them into the oldest generation, which Python seldom scans:
    at 5,000 cards the process grew ~6 MB a save, 116 -> 694 MB in 100 (a full collection: 50-70 ms)."""
    if not conn.poll():
        gc.collect()


def read_source_unless_asked(conn: Connection, site_root: Path) -> bool:
    """Read the source as a saved card's warnings do, unless the next build is already asked for; whether it did.
    The first save's warnings read it (~0.8 s at 5,000 cards): a save made meanwhile waited, its reload ~0.5 s late."""
    if conn.poll():
        return False
    from generator.check import read_source_ahead

    try:
        read_source_ahead(site_root)
    except Exception:  # (a bug in a check: said when a saved card is checked, see print_warnings)
        log.debug("reading the source ahead failed", exc_info=True)
    return True


WARNINGS_SHOWN = 20  # of a save's warnings; `check` lists them all


def print_warnings(site_root: Path, changed: Collection[str]) -> None:
    """Log check's warnings about each card file saved (`changed`), once its build is published."""
    from generator.check import saved_card_warnings

    try:
        found = saved_card_warnings(site_root, changed)
    except (OSError, SiteError):  # a file gone since the build: the next build says so
        return
    except Exception as error:  # a bug in a check: said, and the build process (its site published) goes on
        log.debug("checking the saved cards failed", exc_info=True)
        log.error("the saved cards could not be checked (a bug: %r): python -m generator check -v says more", error)
        return
    for finding in found[:WARNINGS_SHOWN]:
        log.warning("%s", finding.shown(site_root))
    if len(found) > WARNINGS_SHOWN:
        log.warning("%d more warnings: run python -m generator check", len(found) - WARNINGS_SHOWN)


def _survey(output: Path) -> Survey | None:
    """The spare output folder the next build updates, a copy of the live site and listed now (see spare.py)."""
    from generator.manifest import spare_of
    from generator.spare import survey

    output = output.absolute()
    return survey(spare_of(output), output)


class SinceSaved:
    """The input files the watcher reported since the build that saved the cache's manifest began, while that
    manifest is one this process saved: None until then (or after a report that may have missed changes)."""

    def __init__(self) -> None:
        self.generation = ""
        self.files: set[str] | None = None

    def add(self, changed: list[str] | None) -> Reported | None:
        """Note a build's report; what the build may trust."""
        if changed is None:
            self.files = None
        elif self.files is not None:
            self.files.update(changed)
        return (self.generation, frozenset(self.files)) if self.files is not None else None

    def built(self, output: Path) -> None:
        """After a build: a manifest it saved starts a new count; one another process saved, none."""
        from generator.manifest import saved_generation

        now = saved_generation(output)
        if now != self.generation:
            self.generation = now
            self.files = set() if now.startswith(f"{os.getpid()}-") else None

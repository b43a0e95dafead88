"""The preview's builds, in a process of their own: forked before the server starts its threads.

A process running threads must not fork (a lock another thread holds would stay held in the child), so
`serve` would have to render serially. This child has no threads: each build in it forks its workers like
`python -m generator build`, and the server keeps only a pipe to it.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol

from generator.errors import SiteError, UsageError

log = logging.getLogger("generator")


class BuildFn(Protocol):
    """cli.build: load -> render -> write, with extra Renderer options; returns the number of files."""

    def __call__(self, site_root: Path, output: Path, on_published: Callable[[int], None] | None = None,
                 **render_options: Any) -> int: ...


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

    def __call__(self, site_root: Path, output: Path, **render_options: Any) -> int:
        with self.lock:
            if self.conn is None:
                return self.build(site_root, output, **render_options)
            try:
                self.conn.send((site_root, output, render_options))
                kind, value = self.conn.recv()
            except (EOFError, OSError) as error:  # the child died (killed, out of memory): build here from now on
                log.debug("the build process stopped (%r); building in the server process", error)
                self._forget()
                return self.build(site_root, output, **render_options)
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
    while True:
        try:
            site_root, output, options = conn.recv()
        except (EOFError, OSError):
            return
        replied = False

        def published(count: int) -> None:  # the browsers reload while the build cache is being saved
            nonlocal replied
            conn.send(("done", count))
            replied = True

        try:
            result: tuple[str, Any] = ("done", build(site_root, output, on_published=published, **options))
        except SiteError as error:
            result = ("problems", error.problems)
        except UsageError as error:
            result = ("usage", str(error))
        except OSError as error:
            result = ("os", str(error))
        except Exception as error:  # a bug: the server reports it and stays up
            log.debug("build failed", exc_info=True)
            result = ("crash", repr(error))
        if replied:
            if result[0] != "done":  # the site was published; only saving the cache failed
                log.debug("after publishing: %s", result[1])
            continue
        try:
            conn.send(result)
        except (EOFError, OSError):
            return

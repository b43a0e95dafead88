"""Builds that write beside one output folder, one at a time; and the spare output folder between builds.

A build stages its site in a folder beside the output, or in the build cache's spare folder (the output
before last), and swaps it in: two builds doing that at once (`serve` and a `build` in another terminal)
would change each other's folders. `locked` makes them take turns.

Between builds, the preview's build process makes the spare folder a copy of the live site, each file a
hard link to the live one, and lists it (`survey`): the next build then changes only the pages that
change, and does not list 5,000 folders first (see write.update_folder). The survey leaves a mark in the
folder's marker file; any build removes the marker before it changes the folder, so a survey is used
only while the folder is as it left it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from generator.errors import UsageError
from generator.write import MARKER, MARKER_TEXT, Existing, update_folder

log = logging.getLogger("generator")


class Survey(NamedTuple):
    """A spare folder's files (relative path -> inode) and folders, as the survey left them; `mark` is the
    marker text it left there."""

    folder: str
    files: dict[str, int]
    folders: set[str]
    mark: str


@contextmanager
def locked(folder: Path, wait: bool = True) -> Iterator[bool]:
    """Hold the lock of the builds writing beside `folder`'s output folders; yields False, holding nothing,
    if `wait` is false and another process holds it."""
    try:
        import fcntl
    except ImportError:  # not a Unix: no lock
        yield True
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_CLOEXEC)  # the folder itself: no lock file to leave behind
    except OSError as error:  # a folder one may write in but not list: build as before, unlocked
        log.debug("cannot lock %s: %s", folder, error)
        yield True
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                yield False
                return
            log.info("waiting for another build writing in %s", folder)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as error:  # a file system without locks
            log.debug("cannot lock %s: %s", folder, error)
        yield True
    finally:
        os.close(fd)  # and the lock with it (worker processes, which share it, have ended by then)


def survey(spare: Path, output: Path) -> Survey | None:
    """Make `spare` (made if missing) a linked copy of `output` and list it, for the next build; None if there is no
    output, or if another build is writing."""
    with locked(output.parent, wait=False) as mine:
        if not mine or spare.is_symlink() or not (output / MARKER).is_file():
            return None
        files: dict[str, int] = {}
        try:
            if not spare.is_dir():  # (a first build replaced no site: made here, not by the first save's build)
                spare.mkdir()
            _files(str(output), "", files)
            files.pop(MARKER, None)
            update_folder(spare, [(rel, Existing(os.path.join(output, rel), ino)) for rel, ino in files.items()], None)
            mark = f"{MARKER_TEXT}Surveyed: {os.urandom(8).hex()}\n"
            (spare / MARKER).write_text(mark, encoding="utf-8")
        except (OSError, ValueError, UsageError) as error:  # it only saves time: the next build lists the folder
            log.debug("could not survey %s: %s", spare, error)
            return None
        folders: set[str] = set()  # those the pages need (the copy makes no other)
        for rel in files:
            parent = rel.rpartition("/")[0]
            while parent and parent not in folders:
                folders.add(parent)
                parent = parent.rpartition("/")[0]
        return Survey(str(spare), files, folders, mark)


def _files(path: str, rel: str, files: dict[str, int]) -> None:
    """The files under a folder, by relative path: their inodes (links and anything else left out)."""
    with os.scandir(path) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                _files(entry.path, f"{rel}{entry.name}/", files)
            elif entry.is_file(follow_symlinks=False):
                files[rel + entry.name] = entry.inode()

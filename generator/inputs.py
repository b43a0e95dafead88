"""What a build reads: a digest of every input file, read again only when its stat says it may have changed.

Like git's index: a file whose size, mtime, inode and ctime are those recorded when the last build hashed it
keeps that digest, unless it was touched less than a second before that hashing (a write in the same
timestamp tick would leave the stat as it was). ctime cannot be set back by hand, so restoring an mtime after
an edit does not hide the edit.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

FOLDERS = ("content", "templates")
LIBRARIES = ("yaml", "_yaml", "markdown", "jinja2", "markupsafe", "nh3", "jsonschema")
RACY_NS = 1_000_000_000

Stat = tuple[int, int, int, int]  # size, mtime_ns, inode, ctime_ns
Known = dict[str, tuple[Stat, str]]  # input file -> its stat and digest when it was hashed
DIGEST = 32  # hexadecimal digits kept of a SHA-256


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:DIGEST]


class Inputs:
    """The digests of one site's inputs; `known` and `hashed_at` are the last build's (or empty and 0)."""

    def __init__(self, root: Path, known: Known, hashed_at: int) -> None:
        self.root = root
        self._prefix = os.path.join(root, "")  # a string once: 5,000 files are looked up per build
        self.known = known
        self.trusted_before = hashed_at - RACY_NS  # a file changed since then is read again
        self.hashed_at = 0
        self.digests: dict[str, str] = {}  # input file (relative to the site folder) -> digest of its bytes
        self.stats: Known = {}  # what the next build gets as `known`
        self.listed: list[str] | None = None  # the input files (with `listed_for` as the source article)
        self.listed_for = ""

    def total(self, code: str, source_file: str) -> str:
        """One digest of the code and every input file (the source article too, wherever it is)."""
        if self.listed is None or self.listed_for != source_file:
            self.begin(source_file)
        digest_of = self.digest_of
        listed = self.listed or ()
        return hashlib.sha256("".join([code, *(f"{rel}\0{digest_of(rel)}\0" for rel in listed)]).encode()).hexdigest()

    def begin(self, source_file: str, later: Callable[[str], bool] | None = None) -> None:
        """List the input files now, and digest those that `later` does not leave to whoever reads them next
        (who must `record` what they read)."""
        self.hashed_at = self.hashed_at or time.time_ns()  # before any file is read
        self.listed, self.listed_for = list(files(self.root, source_file)), source_file
        for rel in self.listed:
            if later is None or not later(rel):
                self.digest_of(rel)

    def record(self, rel: str, stat: Stat, value: str) -> None:
        """The digest of a file's bytes as read elsewhere, with the file's stat taken before reading them."""
        if rel not in self.digests:
            self.stats[rel] = (stat, value)
            self.digests[rel] = value

    def digest_of(self, rel: str) -> str:
        known = self.digests.get(rel)
        if known is not None:
            return known
        path = self._prefix + rel
        try:
            seen = stat_of(os.stat(path))
            before = self.known.get(rel)
            if before is not None and before[0] == seen and max(seen[1], seen[3]) < self.trusted_before:
                value = before[1]
            else:
                with open(path, "rb") as file:
                    value = digest(file.read())
            self.stats[rel] = (seen, value)
        except OSError as error:
            value = f"unreadable: {error.errno}"
        self.digests[rel] = value
        return value

    def changed(self) -> bool:
        """Whether an input file's stat is no longer the one it had when hashed (it changed during the build)."""
        for rel, (seen, _) in self.stats.items():
            try:
                stat = os.stat(self._prefix + rel)
            except OSError:
                return True
            if stat_of(stat) != seen:
                return True
        return False


def stat_of(stat: os.stat_result) -> Stat:
    return stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns


def read_file(path: str | Path) -> tuple[bytes, Stat]:
    """A file's bytes, and its stat taken before reading them (three system calls; a file object makes six)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        stat = os.fstat(fd)
        data = os.read(fd, stat.st_size + 1)  # less than asked for: the whole file
        if len(data) > stat.st_size:  # it grew since its stat
            chunks = [data]
            while chunks[-1]:
                chunks.append(os.read(fd, 1 << 20))
            data = b"".join(chunks)
        return data, stat_of(stat)
    finally:
        os.close(fd)


def files(root: Path, source_file: str) -> Iterator[str]:
    """site.yaml, every file under content/ and templates/ (following links, once each), and the source."""
    yield "site.yaml"
    for name in FOLDERS:
        seen: set[tuple[int, int]] = set()
        for folder, dirs, names in os.walk(root / name, followlinks=True):
            try:
                stat = os.stat(folder)
            except OSError:
                continue
            if (stat.st_dev, stat.st_ino) in seen:  # a link back up the tree
                dirs.clear()
                continue
            seen.add((stat.st_dev, stat.st_ino))
            dirs.sort()
            base = Path(folder).relative_to(root).as_posix()
            for file in sorted(names):
                yield f"{base}/{file}"
    if source_file and not source_file.startswith(tuple(f"{n}/" for n in FOLDERS)):
        yield source_file


def code_digest() -> str:
    """The generator's own files (code, shipped templates, schemas), Python's and the libraries' versions."""
    import importlib.util

    total = hashlib.sha256(sys.version.encode())
    package = Path(__file__).parent
    for folder, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            path = os.path.join(folder, name)
            total.update(f"{os.path.relpath(path, package)}\0".encode())
            with open(path, "rb") as file:
                total.update(file.read())
    for name in LIBRARIES:
        try:
            spec = importlib.util.find_spec(name)
            stat = os.stat(spec.origin) if spec and spec.origin else None
            total.update(f"{name}:{spec and spec.origin}:{stat and (stat.st_size, stat.st_mtime_ns)}".encode())
        except (ImportError, ValueError, OSError):
            total.update(f"{name}:missing".encode())
    return total.hexdigest()[:32]

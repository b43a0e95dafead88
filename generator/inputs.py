"""What a build reads: a digest of every input file, read again only when its stat says it may have changed.

Like git's index: a file whose size, mtime, inode and ctime are those recorded when the last build hashed it
keeps that digest, unless it was touched less than a second before that hashing (a write in the same
timestamp tick would leave the stat as it was). ctime cannot be set back by hand, so restoring an mtime after
an edit does not hide the edit.

The preview passes what its watcher reported changed since the build that recorded the digests: the other
files under content/ and templates/ keep their digests without a stat (5,000 stats are ~20 ms of an edit), and
while no file came or went the folders are not listed again either (`Listing`).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat as kinds
import sys
import time
import unicodedata
from collections.abc import Callable, Collection, Iterator
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from generator.errors import Problems

FOLDERS = ("content", "templates")
WATCHED = tuple(f"{name}/" for name in FOLDERS)  # where the preview's watcher sees every change
LIBRARIES = ("yaml", "_yaml", "markdown", "jinja2", "markupsafe", "nh3", "jsonschema")
RACY_NS = 1_000_000_000
HASHED_BYTES = 64 << 20  # a bigger file (an asset, or what the loader refuses) is known by its stat, not read
_name = attrgetter("name")

Stat = tuple[int, int, int, int]  # size, mtime_ns, inode, ctime_ns
Known = dict[str, tuple[Stat, str]]  # input file -> its stat and digest when it was hashed
DIGEST = 32  # hexadecimal digits kept of a SHA-256


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:DIGEST]


class Listing(NamedTuple):
    """The input files a build listed (`source_file`: its source article), and the card files the loader found
    among them (`cards`: for these category ids), kept by the preview's build process for the next build;
    `generation`: the manifest that build saved."""

    generation: str
    source_file: str
    files: list[str]
    names: frozenset[str]
    cards: tuple[tuple[str, ...], list[tuple[str, str]]]


# The preview's build process: per manifest file, the listing of the build that saved it (see Inputs.begin)
_kept: dict[Path, Listing] = {}


def kept_listing(manifest: Path, generation: str) -> Listing | None:
    """The listing this process kept from the build that saved `manifest` as `generation`, if any."""
    listing = _kept.get(manifest)
    return listing if listing is not None and listing.generation == generation else None


def keep_listing(manifest: Path, generation: str, inputs: Inputs) -> None:
    """Keep what a build (which saved `manifest` as `generation`) listed, for the next build of this process."""
    _kept.pop(manifest, None)
    if inputs.listed is not None and not inputs.linked and inputs.cards is not None:
        _kept[manifest] = Listing(generation, inputs.listed_for, inputs.listed, frozenset(inputs.listed),
                                  inputs.cards)  # (not a listing that met links: no watcher sees through them)


class Inputs:
    """The digests of one site's inputs; `known` and `hashed_at` are the last build's (or empty and 0).

    `reported`: the files (and folders: all below them) a watcher saw change since that build began, all of
    them; any other file under content/ or templates/ that `known` has is taken as it was, unless the listing
    meets a link (a watcher does not see through one). None: every file is statted.
    `previous`: that build's listing; taken again, without listing the folders, when every file reported is one
    it has and still a file (so no file or folder came or went)."""

    def __init__(self, root: Path, known: Known, hashed_at: int, reported: Collection[str] | None = None,
                 previous: Listing | None = None) -> None:
        self.root = root
        self._prefix = os.path.join(root, "")  # a string once: 5,000 files are looked up per build
        self.known = known
        self.trusted_before = hashed_at - RACY_NS  # a file changed since then is read again
        self.hashed_at = 0
        self.digests: dict[str, str] = {}  # input file (relative to the site folder) -> digest of its bytes
        self.stats: Known = {}  # what the next build gets as `known`
        self.listed: list[str] | None = None  # the input files (with `listed_for` as the source article)
        self.listed_for = ""
        self.reported = frozenset(reported) if reported is not None else None
        self._reported_folders = tuple(f"{rel}/" for rel in reported or ())
        self.previous = previous if reported is not None else None
        self.relisted = True  # whether `begin` listed the folders (else it took `previous`)
        self.linked: list[str] = []  # the links that listing met (relative to the site folder)
        self.cards: tuple[tuple[str, ...], list[tuple[str, str]]] | None = None  # see `card_files`

    def total(self, code: str, source_file: str) -> str:
        """One digest of the code and every input file (the source article too, wherever it is)."""
        if self.listed is None or self.listed_for != source_file:
            self.begin(source_file)
        digest_of = self.digest_of
        listed = self.listed or ()
        # where the folders and the source really are: content/ moved out and linked back in is no longer the site's
        # own (the build says so), though every file in it is the same
        outside = (source_file,) if source_file and not source_file.startswith(WATCHED) else ()  # (else in content/)
        places = [os.path.realpath(os.path.join(self.root, name)) for name in (*FOLDERS, *outside, *self.linked)]
        # (and where each link leads: a card moved out and linked back in is refused by a build, not up to date)
        text = "".join([code, *(f"{place}\0" for place in places), *(f"{rel}\0{digest_of(rel)}\0" for rel in listed)])
        return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()  # a name may not be UTF-8

    def begin(self, source_file: str, later: Callable[[str], bool] | None = None) -> None:
        """List the input files now, and digest those that `later` does not leave to whoever reads them next
        (who must `record` what they read)."""
        self.hashed_at = self.hashed_at or time.time_ns()  # before any file is read
        previous = self.previous
        if previous is not None and previous.source_file == source_file and self._none_came_or_went(previous):
            self.listed, self.relisted = previous.files, False  # 5,000 card files: ~4 ms not spent listing
        else:
            links: list[str] = []
            self.listed, self.relisted = list(files(self.root, source_file, links)), True
            self.linked = links
            if links:
                self.reported = None
        self.listed_for = source_file
        for rel in self.listed:
            if later is None or not later(rel):
                self.digest_of(rel)

    def card_files(self, categories: tuple[str, ...]) -> list[tuple[str, str]] | None:
        """The card files (category, path) `previous` had, if `begin` took its listing and the categories are
        the same; else None: the loader lists them, and tells `listed_cards`."""
        if self.relisted or self.previous is None or self.previous.cards[0] != categories:
            return None
        self.cards = self.previous.cards
        return self.cards[1]

    def listed_cards(self, categories: tuple[str, ...], files: list[tuple[str, str]]) -> None:
        self.cards = (categories, files)

    def record(self, rel: str, stat: Stat, value: str) -> None:
        """The digest of a file's bytes as read elsewhere, with the file's stat taken before reading them."""
        if rel not in self.digests:
            self.stats[rel] = (stat, value)
            self.digests[rel] = value

    def digest_of(self, rel: str) -> str:
        known = self.digests.get(rel)
        if known is not None:
            return known
        if self.reported is not None and self._unreported(rel, self.reported):
            before = self.known.get(rel)
            if before is not None:
                self.stats[rel], self.digests[rel] = before, before[1]
                return before[1]
        path = self._prefix + rel
        try:
            status = os.stat(path)
            seen = stat_of(status)
            before = self.known.get(rel)
            if not kinds.S_ISREG(status.st_mode):  # a folder, or what the loader refuses (a pipe, /dev/zero)
                value = f"not a file: {kinds.S_IFMT(status.st_mode)}"
            elif status.st_size > HASHED_BYTES:  # more than any input may be: known by its stat
                value = f"large: {seen}"
            elif before is not None and before[0] == seen and max(seen[1], seen[3]) < self.trusted_before:
                value = before[1]
            else:
                value = digest(read_file(path)[0])
            self.stats[rel] = (seen, value)
        except OSError as error:
            value = f"unreadable: {error.errno}"
        self.digests[rel] = value
        return value

    def _none_came_or_went(self, previous: Listing) -> bool:
        """Whether every file reported is in the `previous` listing and still a file (one stat each)."""
        for rel in self.reported or ():
            if rel not in previous.names:
                return False  # a new file, a folder, or a file of the site that is not an input
            try:
                if not kinds.S_ISREG(os.lstat(self._prefix + rel).st_mode):
                    return False
            except OSError:
                return False
        return True

    def _unreported(self, rel: str, reported: frozenset[str]) -> bool:
        return rel.startswith(WATCHED) and rel not in reported and not rel.startswith(self._reported_folders)

    def forget_changed(self, every: bool = True, source_file: str = "") -> bool:
        """Drop the input files whose stat is no longer the one they had when hashed (they changed during the
        build) from `stats`, so the next build reads them again; whether there were any.

        Not `every` file: those a build reads twice, so may read with other bytes than it digested: site.yaml,
        the source and templates/ (a loaded card is compared with its digest as it loads: cache.remember). Any
        other file changed during the build is read again by the next one all the same (it changed after this
        one began hashing: RACY_NS), unless that build trusts a watcher instead (the preview's: `every`)."""
        gone = []
        for rel, (seen, _) in self.stats.items():
            if not every and rel.startswith("content/") and rel != source_file:
                continue
            try:
                stat = os.stat(self._prefix + rel)
            except OSError:
                gone.append(rel)
                continue
            if stat_of(stat) != seen:
                gone.append(rel)
        for rel in gone:
            del self.stats[rel]
        return bool(gone)


def stat_of(stat: os.stat_result) -> Stat:
    return stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns


def read_file(path: str | Path, limit: int | None = None) -> tuple[bytes, Stat]:
    """A file's bytes (past `limit`, only `limit + 1` of them), and its stat taken before reading them (three
    system calls; a file object makes six). Only a regular file: a pipe would wait for a writer, /dev/zero never
    end."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
    try:
        stat = os.fstat(fd)
        if not kinds.S_ISREG(stat.st_mode):
            raise OSError(errno.EINVAL, "not a file (a folder, a pipe or a device)", str(path))
        most = stat.st_size + 1 if limit is None else min(stat.st_size, limit) + 1
        data = os.read(fd, most)  # less than asked for: the whole file
        if len(data) > stat.st_size and (limit is None or len(data) <= limit):  # it grew since its stat
            chunks = [data]
            while chunks[-1] and (limit is None or sum(map(len, chunks)) <= limit):
                chunks.append(os.read(fd, 1 << 20))
            data = b"".join(chunks)
        return data, stat_of(stat)
    finally:
        os.close(fd)


def files(root: Path, source_file: str, links: list[str] | None = None) -> Iterator[str]:
    """site.yaml, every file under content/ and templates/ (following links, once each), and the source;
    the links met go to `links`."""
    yield "site.yaml"
    links = links if links is not None else []
    inside = os.path.join(os.path.realpath(root), "")
    for name in FOLDERS:
        folder = os.path.join(root, name)
        if os.path.islink(folder):
            links.append(name)
        if os.path.lexists(folder) and not os.path.isdir(folder):  # (a file, a pipe, a link to nothing: said so)
            yield name
        yield from _walk(folder, name, set(), links, inside if name == "content" else "")
    if source_file and not source_file.startswith(WATCHED):
        yield source_file


def link_targets(root: Path) -> list[tuple[str, Path]]:
    """(link, where it leads) for each link in content/ and templates/ that leads to something (shared templates,
    say): the link relative to the site folder, its target a real path."""
    links: list[str] = []
    for _ in files(root, "", links):
        pass
    targets = [(link, Path(os.path.realpath(root / link))) for link in links]
    return [(link, target) for link, target in targets if target.exists()]


def _walk(folder: str, rel: str, seen: set[tuple[int, int]], links: list[str], inside: str) -> Iterator[str]:
    """A folder's files, sorted, then each of its folders (as 'rel/': one that comes or goes changes the
    listing) and its files (os.walk's order, with each entry's kind from the listing). With `inside`, a link to
    a folder outside it is listed, not walked: content/ may not reach out (the loader says so), templates/ may
    (shared templates)."""
    try:
        stat = os.stat(folder)
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=_name)
    except OSError:
        return
    if (stat.st_dev, stat.st_ino) in seen:  # a link back up the tree
        return
    seen.add((stat.st_dev, stat.st_ino))
    folders = []
    for entry in entries:
        link = entry.is_symlink()
        if link:
            links.append(f"{rel}/{entry.name}")
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if is_folder and link and inside:
            is_folder = os.path.realpath(entry.path).startswith(inside)
        if is_folder:
            folders.append(entry)
        else:
            yield f"{rel}/{entry.name}"
    for entry in folders:
        yield f"{rel}/{entry.name}/"
        yield from _walk(entry.path, f"{rel}/{entry.name}", seen, links, inside)


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


MAX_FILE_BYTES = 1_000_000  # a card file's limit


def first_text_line(path: Path) -> int:
    """The line of a text file where its text starts: the build reads an article without its leading blank lines,
    so a line counted in that text is this many lines on in the file (1 if it cannot be read)."""
    try:
        raw = path.read_text("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except (OSError, UnicodeDecodeError):
        return 1
    return len(raw) - len(raw.lstrip("\n")) + 1


def _utf16_without_mark(data: bytes) -> bool:
    """Whether `data` reads as UTF-16 saved without its byte-order mark: most of every other byte of its start a NUL,
    as Latin text's are in UTF-16, and none of the others (it read as thousands of control characters)."""
    head = data[:512]
    if b"\0" not in head or len(head) < 8 or len(head) % 2:
        return False
    half = len(head) // 2  # (most of one byte of each pair NUL, as Latin text's, “ ” and — aside; none of the other)
    return any(head[start::2].count(0) >= half * 0.6 and head[1 - start::2].count(0) == 0 for start in (0, 1))


def read_text(path: Path, rel: str, problems: Problems, limit: int = MAX_FILE_BYTES,
              data: bytes | None = None, lone_returns: bool = True) -> str | None:
    """Read UTF-8 text (BOM, CRLF and NFD tolerated) or record why it cannot be read; `data`: the file's
    bytes, already read. Not `lone_returns`: a carriage return alone inside a file of line feeds is a problem (YAML
    would break the line there: "title: The mayor<CR>agreed" read as a key 'agreed')."""
    size = len(data) if data is not None else 0
    if data is None:
        try:
            data, (size, *_) = read_file(path, limit)
        except OSError as error:
            problems.add(rel, 1, 1, f"cannot read file: {error.strerror or error}")
            return None
    if len(data) > limit:
        problems.add(rel, 1, 1, f"file is {max(size, len(data)):,} bytes; the limit is {limit:,}")
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_mark(data):  # (a Windows editor's "Unicode")
        problems.add(rel, 1, 1, "the file is UTF-16 text, not UTF-8; save it as UTF-8")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = data[error.start]
        try:  # what a Windows editor meant: 0x96 is an en dash, 0xe9 an é
            meant = f": it reads as Windows-1252, where it is '{bytes([byte]).decode('cp1252')}'"
        except UnicodeDecodeError:
            meant = ""
        problems.add(rel, line, column, f"not UTF-8 text (byte 0x{byte:02x}{meant}); save the file as UTF-8")
        return None
    text = text.replace("\r\n", "\n")
    if not lone_returns and "\r" in text and "\n" in text:  # (a file of carriage returns alone is an old Mac's)
        for at in (match.start() for match in re.finditer("\r", text)):
            problems.add(rel, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at),
                         "a carriage return (from pasted text?) inside a line is a line break to YAML: replace it "
                         "with a space, or start a new line")
        return None
    return unicodedata.normalize("NFC", text.replace("\r", "\n"))

"""Fragments: `{% cache a, b %}...{% endcache %}` keeps a block's output from the page's last build.

A listing page repeats one block per card: at 5,000 cards the front page is 12 MB, and an edit changes a few
hundred bytes of it. The block's output is kept, per page, under a digest of the template line and of what
the tag names (cards by their file's digest, categories and entries by their fields); the page's kept blocks
are dropped whenever its site-wide key changes (code, settings, templates, site.yaml). So the block
may use only what it names, the page it is on (links, through `url()` and `summary()`) and the card-free
site; anything else it reads must be named. Without a build cache the tag renders its block as usual.

A template caches a listing a run at a time (`items | chunks`, see runs.py), which is cheap at any size.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension
from markupsafe import Markup

from generator.cachefile import hasher, opened
from generator.inputs import digest
from generator.runs import chunks

log = logging.getLogger("generator")

FORMAT = 2
KEY = 32  # bytes of a block's key: hexadecimal digits


def page_file(folder: Path, path: str) -> Path:
    """Where in `folder` the kept blocks of the page at output `path` are."""
    return folder / (digest(path.encode())[:24] + ".runs")


def drop_unused(folder: Path, pages: Iterable[str]) -> None:
    """Remove from `folder` the kept blocks of pages other than `pages` (those this build made)."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return
    kept = {page_file(folder, path).name for path in pages}
    for name in names:
        if name not in kept:
            path = folder / name
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()


class Fragments:
    """One page's kept block outputs, in a folder of 16 files by the first digit of each block's key: an edit
    rewrites only the files that hold a block it rendered or dropped (an edit of one card at 5,000 cards
    rewrites about 3 of the front page's 12 MB, not all of it).

    A first build (nothing kept) writes its blocks out as they come, so no process holds a second copy of a
    12 MB page; a later one holds only the blocks it renders, and views of the files it read."""

    def __init__(self, folder: Path, salt: str, token: Callable[[Any], str | None]) -> None:
        self.folder = folder  # the page's, holding a file per shard
        self.salt = salt  # the page's key without its cards: other code, templates or settings drop all
        self.token = token  # a text that changes whenever a value does; None if it cannot tell
        self.old: dict[bytes, bytes | memoryview] | None = None  # the last build's blocks, once one asks
        self.counts: dict[str, int] = {}  # shard -> how many blocks its file held (absent: none, or unreadable)
        self.kept: dict[bytes, bytes | memoryview | None] = {}  # this build's blocks, by key (None: streamed)
        self.dirty: set[str] = set()  # shards with a block rendered in this build
        self.streams: dict[str, _Sealed] = {}  # a first build's shard files, written as blocks come
        self.rendered = 0

    def get(self, where: str, names: list[Any], render: Callable[[], str]) -> Markup:
        token = self.token(names)
        if token is None:
            return Markup(render())
        if self.old is None:
            self.old = self._read()
        key = digest(f"{where}\0{token}".encode()).encode()
        data: bytes | memoryview | None = self.old.get(key)
        if data is not None:
            text = str(data, "utf-8")
        else:
            text = str(render())
            data = text.encode()
            self.rendered += 1
            self.dirty.add(chr(key[0]))
        if key not in self.kept:
            if not self.old:  # a first build: written out now, not held
                self._stream(key, data)
            self.kept[key] = data if self.old else None
        block = Block(text)
        block.data = data
        return block

    def save(self, ok: bool = True) -> None:
        """Put this build's blocks in place (only them: a deleted card's go), rewriting the shards that changed;
        a page that failed (`ok` false) leaves every file as it was."""
        if self.old is None:
            return
        try:
            shards: dict[str, list[bytes]] = {}
            for key in self.kept:
                shards.setdefault(chr(key[0]), []).append(key)
            for stream in self.streams.values():
                stream.close()  # (sealed: its digest written last)
            for shard in sorted({*shards, *self.counts, *self.streams}):
                temporary = self._temporary(shard)
                keys = shards.get(shard, [])
                if not ok:
                    temporary.unlink(missing_ok=True)
                elif shard in self.streams:
                    os.replace(temporary, self.folder / shard)
                elif shard in self.dirty or len(keys) != self.counts.get(shard, 0):
                    blocks = [(key, self.kept[key]) for key in keys]
                    if not blocks or any(data is None for _, data in blocks):  # none, or not kept (unwritable)
                        (self.folder / shard).unlink(missing_ok=True)
                        continue
                    with _Sealed(temporary) as file:
                        file.write(self._header())
                        for key, data in blocks:
                            file.write(key + len(data).to_bytes(8, "little"))  # type: ignore[arg-type]
                            file.write(data)  # type: ignore[arg-type]
                    os.replace(temporary, self.folder / shard)
        except OSError as error:
            log.debug("could not keep the page's fragments in %s: %s", self.folder, error)
        self.streams.clear()

    def _stream(self, key: bytes, data: bytes | memoryview) -> None:
        """Write a block of a first build to its shard's new file."""
        shard = chr(key[0])
        out = self.streams.get(shard)
        if out is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                out = self.streams[shard] = _Sealed(self._temporary(shard))  # closed by save()
                out.write(self._header())
            except OSError as error:
                log.debug("cannot keep fragments in %s: %s", self.folder, error)
                return
        out.write(key + len(data).to_bytes(8, "little"))
        out.write(data)

    def _temporary(self, shard: str) -> Path:
        return self.folder / f".{shard}.{os.getpid()}.tmp"

    def _header(self) -> bytes:
        return f"generator fragments {FORMAT} {self.salt}\n".encode()

    def _read(self) -> dict[bytes, bytes | memoryview]:
        """The last build's blocks: per shard file, a header line, then records of a key, a length and UTF-8 text,
        then the digest of all that under this user's key (views of the files' bytes, not copies: a front page's are
        12 MB). A file whose digest does not match (edited, or another user's) is not read. A file this process
        read ahead (`read_ahead`) is taken from memory while it is still that file."""
        found: dict[bytes, bytes | memoryview] = {}
        header = self._header()
        try:
            names = [name for name in os.listdir(self.folder) if len(name) == 1]
        except OSError:
            return found
        for shard in names:
            path = self.folder / shard
            self.counts[shard] = -1  # rewritten unless it is read whole below
            known = _read_ahead.get(str(path))
            try:
                if known is not None and known[0] == _signature(os.stat(path)):
                    read = known[1] if known[1][0] == header else None
                else:
                    with open(path, "rb") as file:
                        read = _shard(file.read(), shard, header)
            except OSError:
                continue
            if read is not None:
                found.update(read[1])
                self.counts[shard] = read[2]
        return found


# A shard file's blocks, as `_shard` reads them: (its header line, its blocks by key, how many (-1: cut short))
Shard = tuple[bytes, dict[bytes, memoryview], int]

# The preview's build process reads its listing pages' kept blocks once their site is published (`read_ahead`), so
# that the next build's workers, which it forks, find them in memory: shard file -> (its signature, its blocks)
_read_ahead: dict[str, tuple[tuple[int, int, int], Shard]] = {}


def read_ahead(folder: Path) -> None:
    """Read the kept blocks of every page in `folder` (an output's) into this process, for the builds it forks
    later; only the files that changed since the last call are read again."""
    kept: dict[str, tuple[tuple[int, int, int], Shard]] = {}
    try:
        pages = [folder / name for name in os.listdir(folder)]
    except OSError:
        pages = []
    for page in pages:
        try:
            names = [name for name in os.listdir(page) if len(name) == 1]
        except OSError:
            continue
        for shard in names:
            path = str(page / shard)
            try:
                known = _read_ahead.get(path)
                signature = _signature(os.stat(path))
                if known is None or known[0] != signature:
                    with open(path, "rb") as file:
                        data = file.read()
                        signature = _signature(os.fstat(file.fileno()))
                    read = _shard(data, shard, data[:data.find(b"\n") + 1])
                    known = (signature, read) if read is not None else None
            except OSError:
                continue
            if known is not None:
                kept[path] = known
    _read_ahead.clear()
    _read_ahead.update(kept)


def _shard(data: bytes, shard: str, header: bytes) -> Shard | None:
    """The blocks of a shard file's bytes, if this user's key sealed them and they start with `header`; else None."""
    body = opened(data)
    if body is None or not header.startswith(b"generator fragments ") or not data.startswith(header):
        return None
    found: dict[bytes, memoryview] = {}
    view, at, count, end = memoryview(data), len(header), 0, len(body)
    while at + KEY + 8 <= end:
        key, size = data[at: at + KEY], int.from_bytes(view[at + KEY: at + KEY + 8], "little")
        at += KEY + 8
        if at + size > end or chr(key[0]) != shard:
            break  # a misplaced record: what came before is whole
        found[key] = view[at: at + size]
        at += size
        count += 1
    return header, found, count if at == end else -1


def _signature(stat: os.stat_result) -> tuple[int, int, int]:
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


class _Sealed:
    """A file written in pieces, then sealed: its digest under this user's key (`cachefile.hasher`) goes last."""

    def __init__(self, path: Path) -> None:
        self.file: BinaryIO = open(path, "wb")  # noqa: SIM115 - closed by close()
        self.digest = hasher()

    def write(self, data: bytes | memoryview) -> None:
        self.file.write(data)
        self.digest.update(data)

    def close(self) -> None:
        if not self.file.closed:
            self.file.write(self.digest.digest())
            self.file.close()

    def __enter__(self) -> _Sealed:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class FragmentCache(Extension):
    """The `{% cache names... %}...{% endcache %}` tag; `environment.fragments` is the page's store or None."""

    tags = {"cache"}  # noqa: RUF012 - Jinja's Extension declares it without ClassVar

    def __init__(self, environment: jinja2.Environment) -> None:
        super().__init__(environment)
        environment.extend(fragments=None)
        environment.filters["chunks"] = chunks

    def parse(self, parser: Any) -> nodes.Node:
        lineno = next(parser.stream).lineno
        if parser.stream.current.test("block_end"):
            parser.fail("{% cache %} needs the values its block shows, like {% cache card, category %}", lineno)
        names = [parser.parse_expression()]
        while parser.stream.skip_if("comma"):
            names.append(parser.parse_expression())
        body = parser.parse_statements(("name:endcache",), drop_needle=True)
        if site_own(parser.filename):  # a site's own template: its block may show what it does not name (a copy
            return nodes.Scope(body).set_lineno(lineno)  # of a shipped one, changed): rendered every build
        where = nodes.Const(f"{parser.name}:{lineno}")
        call = self.call_method("_block", [where, nodes.List(names)])
        kept = nodes.CallBlock(call, [], [], body).set_lineno(lineno)
        # with nothing to keep blocks in (a small page, or no build cache) the block is the template code it holds,
        # in a scope of its own as in the kept version (a {% set %} in it stays in it)
        return nodes.If(self.attr("keeping", lineno=lineno), [kept], [], [nodes.Scope(body)]).set_lineno(lineno)

    @property
    def keeping(self) -> bool:
        return self.environment.fragments is not None  # type: ignore[attr-defined]

    def _block(self, where: str, names: list[Any], caller: Callable[[], str]) -> Markup:
        store: Fragments | None = self.environment.fragments  # type: ignore[attr-defined]
        return Markup(caller()) if store is None else store.get(where, names, caller)


SHIPPED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates", "")  # the shipped templates' folder


def site_own(filename: str | None) -> bool:
    """Whether a template is a file of the site's, not one of the generator's own (whose `{% cache %}` blocks name
    all they show)."""
    return filename is not None and not filename.startswith(SHIPPED)


class Block(Markup):
    """A `{% cache %}` block's output that carries its UTF-8 bytes (`data`): a page that yields it as it is
    joins those bytes instead of encoding the text again (12 MB on a big front page). Whatever changes or
    wraps it (a filter, `{% set %}`, a macro's caller) makes a plain string of it, so the bytes are only used
    where the text is exactly what the page shows."""

    data: bytes | memoryview


def joined(pieces: Iterable[str], batch: int) -> list[bytes | memoryview]:
    """A page's pieces as UTF-8, the bytes of each `{% cache %}` block as they are (Block)."""
    parts: list[bytes | memoryview] = []
    pending: list[str] = []
    for piece in pieces:
        if type(piece) is Block:
            if pending:
                parts.append("".join(pending).encode("utf-8"))
                pending.clear()
            parts.append(piece.data)
        else:
            pending.append(piece)
            if len(pending) >= batch:
                parts.append("".join(pending).encode("utf-8"))
                pending.clear()
    parts.append("".join(pending).encode("utf-8"))
    return parts

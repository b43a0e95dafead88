"""Fragments: `{% cache a, b %}...{% endcache %}` keeps a block's output from the page's last build.

A listing page repeats one block per card: at 5,000 cards the front page is 12 MB, and an edit changes a few
hundred bytes of it. The block's output is kept, per page, under a digest of the template line and of what
the tag names (cards by their file's digest, categories and entries by their fields); the cache file of the
page is dropped whenever the page's site-wide key changes (code, settings, templates, site.yaml). So the block
may use only what it names, the page it is on (links, through `url()` and `summary()`) and the card-free
site; anything else it reads must be named. Without a build cache the tag renders its block as usual.

`items | chunks` cuts a listing into runs of about 16 with boundaries chosen by the items themselves (a
hash of the card's id), so a card that moves in a date-ordered list changes the runs it leaves and joins,
not every run after it: a template caches a run at a time, which is cheap at any size.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension
from markupsafe import Markup

from generator.inputs import digest
from generator.model import Card

log = logging.getLogger("generator")

FORMAT = 1
KEY = 32  # bytes of a block's key: hexadecimal digits
RUN_MASK = 15  # a run ends after an item whose hash ends in these bits set: about 16 items
RUN_LIMIT = 64  # and after this many in any case


class Fragments:
    """One page's kept block outputs: the last build's, read when its first block asks, and this build's,
    written out one by one as they come (so no process holds a second copy of a 12 MB page)."""

    def __init__(self, path: Path, salt: str, token: Callable[[Any], str | None]) -> None:
        self.path = path  # the page's cache file
        self.salt = salt  # the page's key without its cards: other code, templates or settings drop all
        self.token = token  # a text that changes whenever a value does; None if it cannot tell
        self.old: dict[bytes, bytes | memoryview] | None = None
        self.out: BinaryIO | None = None  # this build's file, until `save` puts it in place
        self.kept: set[bytes] = set()
        self.rendered = 0

    def get(self, where: str, names: list[Any], render: Callable[[], str]) -> str:
        token = self.token(names)
        if token is None:
            return render()
        if self.old is None:
            self.old = self._read()
            self.out = self._start()
        key = digest(f"{where}\0{token}".encode()).encode()
        data: bytes | memoryview | None = self.old.get(key)
        if data is not None:
            text = str(data, "utf-8")
        else:
            text = str(render())
            data = text.encode()
            self.rendered += 1
        if self.out is not None and key not in self.kept:
            self.kept.add(key)
            self.out.write(key + len(data).to_bytes(8, "little"))
            self.out.write(data)
        return text

    def save(self, ok: bool = True) -> None:
        """Put this build's blocks in place (only them: a deleted card's go) if any was rendered or dropped."""
        if self.out is None:
            return
        temporary = Path(self.out.name)
        try:
            self.out.close()
            if ok and (self.rendered or len(self.kept) != len(self.old or ())):
                os.replace(temporary, self.path)
            else:
                temporary.unlink()
        except OSError as error:
            log.debug("could not keep the page's fragments in %s: %s", self.path, error)
        self.out = None

    def _header(self) -> bytes:
        return f"generator fragments {FORMAT} {self.salt}\n".encode()

    def _start(self) -> BinaryIO | None:
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            out = open(temporary, "wb")  # noqa: SIM115 - closed by save()
            out.write(self._header())
        except OSError as error:
            log.debug("cannot keep fragments in %s: %s", self.path, error)
            return None
        return out

    def _read(self) -> dict[bytes, bytes | memoryview]:
        """The last build's blocks: a header line, then records of a key, a length and UTF-8 text (views of the
        file's bytes, not copies: a front page's are 12 MB)."""
        try:
            with open(self.path, "rb") as file:
                data = file.read()
        except OSError:
            return {}
        header = self._header()
        if not data.startswith(header):
            return {}
        found: dict[bytes, bytes | memoryview] = {}
        view, at = memoryview(data), len(header)
        while at + KEY + 8 <= len(data):
            key, size = data[at: at + KEY], int.from_bytes(view[at + KEY: at + KEY + 8], "little")
            at += KEY + 8
            if at + size > len(data):
                break  # a truncated file: what came before is whole
            found[key] = view[at: at + size]
            at += size
        return found


class FragmentCache(Extension):
    """The `{% cache names... %}...{% endcache %}` tag; `environment.fragments` is the page's store or None."""

    tags: ClassVar[set[str]] = {"cache"}

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
        where = nodes.Const(f"{parser.name}:{lineno}")
        call = self.call_method("_block", [where, nodes.List(names)])
        return nodes.CallBlock(call, [], [], body).set_lineno(lineno)

    def _block(self, where: str, names: list[Any], caller: Callable[[], str]) -> Markup:
        store: Fragments | None = self.environment.fragments  # type: ignore[attr-defined]
        return Markup(caller() if store is None else store.get(where, names, caller))


def chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    """Runs of consecutive items (cards, entries with a `card` and maybe an `index`, tuples starting with a
    card), cut after an item whose card id (and index) hashes to a boundary (see the module)."""
    memo = _card_hashes
    run: list[Any] = []
    for item in items:
        run.append(item)
        kind = type(item)
        extra = 0
        if kind is Card:
            card = item
        elif kind is tuple:
            card = item[0] if item else None
        else:
            card, index = getattr(item, "card", None), getattr(item, "index", None)
            extra = index * 7 if type(index) is int else 0  # a card's figures fall on different boundaries
        boundary = False
        if type(card) is Card:
            known = memo.get(id(card))
            if known is None or known[0] is not card:
                known = memo[id(card)] = (card, zlib.crc32(card.id.encode()))
            boundary = (known[1] + extra) & RUN_MASK == RUN_MASK
        if boundary or len(run) >= RUN_LIMIT:
            yield run
            run = []
    if run:
        yield run


# id(card) -> (card, the crc32 of its id), while a page renders (a card shows in several of its listings)
_card_hashes: dict[int, tuple[Card, int]] = {}


def forget() -> None:
    """Drop what `chunks` remembered of cards (call when a page is done: its cards may be gone by the next)."""
    _card_hashes.clear()

"""The loaded cards kept for the next build, in `<output>.cards/` beside the build cache's manifest.

Each card loaded from a file is kept with the digest of the bytes it was made from and of the source text, in
SHARDS files by a hash of the card's path: an edit rewrites one (0.55 MB at 5,000 cards, not 8.9 MB). A build
pickles the shards that changed while its pages render and puts them in place only once its site is
published, so they always hold the published build's cards (what the cache compares an edit with).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from generator.cachefile import FORMAT, drop_leftovers, prepare_state, read_state
from generator.model import Card

log = logging.getLogger("generator")

SHARDS = 16

# card file (relative to the site folder) -> (digest of its bytes, digest of the source, the card)
Entries = dict[str, tuple[str, str, Card]]


class CardStore:
    """One output's kept cards. `readable`: whether the last build ran this code (else its cards are not read)."""

    def __init__(self, folder: Path, readable: bool) -> None:
        self.folder = folder
        self.readable = readable
        self._old: Entries | None = None
        self._old_shards: list[Entries] = [{} for _ in range(SHARDS)]
        self._prepared = False
        self._pending: list[Callable[[], None]] = []  # shards pickled, to put in place (`commit`)

    def old(self) -> Entries:
        """The published build's cards (read once; a shard that is not what this code wrote is left out)."""
        if self._old is None:
            self._old = {}
            for number in range(SHARDS) if self.readable else ():
                cards = read_state(self.folder / f"{number:02d}.pickle", partial(_valid, number)).get("cards", {})
                self._old_shards[number] = cards
                self._old.update(cards)
        return self._old

    def prepare(self, cards: Entries) -> None:
        """Pickle the shards whose cards changed (a card counts as changed unless it is the very entry read);
        once only: the render stage calls it while the workers render, `commit` after the site is published."""
        if self._prepared:
            return
        self._prepared = True
        shards: list[Entries] = [{} for _ in range(SHARDS)]
        for path, entry in cards.items():
            shards[_shard(path)][path] = entry
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            drop_leftovers(self.folder)  # what builds that failed pickled
            for number, shard in enumerate(shards):
                old = self._old_shards[number]
                if shard.keys() == old.keys() and all(old[path] is entry for path, entry in shard.items()):
                    continue
                self._pending.append(prepare_state(self.folder / f"{number:02d}.pickle",
                                                   {"format": FORMAT, "cards": shard}))
        except OSError as error:
            log.debug("could not save the loaded cards: %s", error)
            self._pending.clear()

    def commit(self) -> None:
        """Put the prepared shards in place (raises OSError if one cannot be)."""
        for put in self._pending:
            put()
        self._pending.clear()


def _valid(number: int, state: dict[str, Any]) -> bool:
    """Whether a shard read from disk holds what this code writes there: shard `number`'s entries."""
    cards = state.get("cards", {})
    return isinstance(cards, dict) and all(
        type(k) is str and type(v) is tuple and len(v) == 3 and type(v[2]) is Card and _shard(k) == number
        for k, v in cards.items())


def _shard(path: str) -> int:
    return zlib.crc32(path.encode()) % SHARDS

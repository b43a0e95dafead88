"""Runs: `items | chunks` cuts a listing into runs of about 32 for `{% cache %}` blocks (fragments.py).

The boundaries are chosen by the items themselves (a hash of the card's id, and of a figure's index), so a card
that moves in a date-ordered list changes the runs it leaves and joins, not every run after it. A listing's
entries carry where their run ends (worked out once per card), and the preview's build process works it out
ahead for its cards: then the runs are found in C, not item by item.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterable, Iterator
from itertools import compress
from operator import attrgetter
from typing import Any

from generator.model import Card

RUN_MASK = 31  # a run ends after an item whose hash ends in these bits set: about 32 items (16: a
# preview edit's front page took 15 % longer, keying and looking up twice as many blocks)
RUN_LIMIT = 64  # and after this many in any case


def chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    """Runs of consecutive items (cards, entries with a `card` and maybe an `index`, tuples starting with a
    card), cut after an item whose card id (and index) hashes to a boundary (see the module)."""
    if type(items) is list or type(items) is tuple:
        ends: list[int] | None = None
        try:  # entries that know where runs end (a listing's: see `run_ends`), found in C
            ends = list(compress(range(1, len(items) + 1), map(_run_end, items)))
        except AttributeError:
            with contextlib.suppress(KeyError):  # or cards the preview's build process worked out (`ends_ahead`)
                ends = list(compress(range(1, len(items) + 1), map(_card_ends[1].__getitem__, map(id, items))))
        if ends is not None:
            yield from _cut(items, ends)
            return
    memo = _card_hashes
    run: list[Any] = []
    for item in items:
        run.append(item)
        kind = type(item)
        index = 0
        if kind is Card:
            card = item
        elif kind is tuple:
            card = item[0] if item else None
        else:
            card, index = getattr(item, "card", None), getattr(item, "index", 0)
        boundary = False
        if type(card) is Card:
            known = memo.get(id(card))
            if known is None or known[0] is not card:
                known = memo[id(card)] = (card, zlib.crc32(card.id.encode()))
            boundary = _ends(known[1], index if type(index) is int else 0)
        if boundary or len(run) >= RUN_LIMIT:
            yield run
            run = []
    if run:
        yield run


def run_ends(card: Card, count: int) -> list[bool]:
    """Whether a run ends after each of `count` items of `card` (its figures, by index; else one item): what
    `chunks` works out, for a listing's entries to carry as `run_end`."""
    crc = zlib.crc32(card.id.encode())
    return [_ends(crc, index) for index in range(count)]


def _ends(crc: int, index: int) -> bool:
    """Whether a run ends after the item of a card (the crc32 of its id) and figure index (a card's figures fall
    on different boundaries)."""
    return (crc + index * 7) & RUN_MASK == RUN_MASK


_run_end = attrgetter("run_end")

# Cards, and whether a run ends after each (by id), that the preview's build process worked out for its next build
_card_ends: tuple[tuple[Card, ...], dict[int, bool]] = ((), {})


def ends_ahead(cards: tuple[Card, ...]) -> None:
    """Work out where runs end after each of `cards` in this process, for the workers of its next build (the
    preview's: most of its cards are the same objects then; at 5,000 cards, 5 ms of a front page's worker)."""
    global _card_ends
    _card_ends = (cards, {id(card): run_ends(card, 1)[0] for card in cards})  # (the cards: their ids stay theirs)


def _cut(items: list[Any] | tuple[Any, ...], ends: list[int]) -> Iterator[list[Any]]:
    """`items` in runs ending at `ends` (positions after a run's last item), none longer than RUN_LIMIT."""
    if items and (not ends or ends[-1] != len(items)):
        ends.append(len(items))  # the items after the last boundary
    start = 0
    for end in ends:
        while end - start > RUN_LIMIT:
            yield list(items[start:start + RUN_LIMIT])
            start += RUN_LIMIT
        yield list(items[start:end])
        start = end


# id(card) -> (card, the crc32 of its id), while a page renders (a card shows in several of its listings)
_card_hashes: dict[int, tuple[Card, int]] = {}


def forget() -> None:
    """Drop what `chunks` remembered of cards (call when a page is done: its cards may be gone by the next)."""
    _card_hashes.clear()

"""What the listing pages show of cards: figure entries, the timeline, related cards.

Entries are made once per card in a build: a figure is on its card's page, its category page and the front
page, and it is the same object on each (its texts are worked out where a page first renders it).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from generator.figures import Shown, show
from generator.model import Card, Category, PartialDate

RELATED_LIMIT = 6


@dataclass(frozen=True)
class FigureEntry:
    card: Card
    category: Category
    index: int  # of the figure in its card's

    @property
    def href(self) -> str:
        return self.card.folder

    @cached_property
    def shown(self) -> Shown:
        """The figure's texts and bars (worked out only where a page renders it)."""
        return show(self.card.figures[self.index])


@dataclass(frozen=True)
class TimelineEntry:
    card: Card
    category: Category

    @property
    def href(self) -> str:
        return self.card.folder


class Listings:
    """The entries of one build's cards, by category id."""

    def __init__(self, categories: dict[str, Category]) -> None:
        self.categories = categories
        self._figures: dict[int, tuple[Card, list[FigureEntry]]] = {}
        self._timeline: dict[int, tuple[Card, TimelineEntry]] = {}

    def figures(self, cards: tuple[Card, ...]) -> list[FigureEntry]:
        """The cards' figures; the same entry objects on every page (a figure is on its card's page, category
        page and front page: it is shown once)."""
        memo = self._figures
        entries: list[FigureEntry] = []
        for card in cards:
            known = memo.get(id(card))
            if known is None or known[0] is not card:
                category = self.categories[card.category]
                known = memo[id(card)] = (card, [FigureEntry(card, category, i)
                                                 for i in range(len(card.figures))])
            entries.extend(known[1])
        return entries

    def timeline(self, cards: tuple[Card, ...]) -> list[TimelineEntry]:
        """The dated cards in date order (then by category and slug)."""
        categories = self.categories
        dated = [card for card in cards if card.date]
        dated.sort(key=lambda c: (_ymd(c.date), _ymd(c.date_end or c.date), categories[c.category].index, c.slug))
        memo = self._timeline
        entries = []
        for card in dated:
            known = memo.get(id(card))
            if known is None or known[0] is not card:
                known = memo[id(card)] = (card, TimelineEntry(card, categories[card.category]))
            entries.append(known[1])
        return entries


def related_cards(cards: tuple[Card, ...]) -> dict[str, list[Card]]:
    """Cards sharing a tag, most shared tags first; linear in cards (at most RELATED_LIMIT per tag)."""
    by_tag: dict[str, list[int]] = defaultdict(list)  # tag -> positions of its cards (one per mention)
    places: list[list[int]] = []  # per card, for each of its tags: its first place in that tag's list
    for i, card in enumerate(cards):
        first: dict[str, int] = {}
        mine = []
        for tag in card.tags:
            peers = by_tag[tag.casefold()]
            mine.append(first.setdefault(tag.casefold(), len(peers)))
            peers.append(i)
        places.append(mine)
    result: dict[str, list[Card]] = {}
    for i, card in enumerate(cards):
        score: dict[int, int] = defaultdict(int)
        for tag, at in zip(card.tags, places[i], strict=True):
            for other in by_tag[tag.casefold()][max(0, at - RELATED_LIMIT): at + RELATED_LIMIT + 1]:
                if other != i:
                    score[other] += 1
        ranked = sorted(score, key=lambda o: (-score[o], o))
        result[card.id] = [cards[o] for o in ranked[:RELATED_LIMIT]]
    return result


def _ymd(date: PartialDate | None) -> tuple[int, int, int]:
    """A date's sort key as plain numbers (tuples of ints compare in C; PartialDates in Python)."""
    assert date is not None
    return date.year, date.month, date.day

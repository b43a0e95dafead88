"""What the listing pages show of cards: figure entries, the timeline, related cards, the source page's citations.

Entries are made once per card in a build: a figure is on its card's page, its category page and the front
page, and it is the same object on each (its texts are worked out where a page first renders it). The preview's
build process makes them, and the source page's paragraphs, ahead for its next build (`work_ahead`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from operator import attrgetter
from typing import Any, ClassVar, NamedTuple

from generator.contexts import SourcePage
from generator.figures import Shown, show
from generator.inputs import digest
from generator.model import Card, CardPlace, Category, PartialDate, Site
from generator.runs import ends_ahead, run_ends
from generator.sourcetext import Segment, paragraphs
from generator.words import Words

RELATED_LIMIT = 6


# Entries are plain dataclasses compared by identity: a big front page makes 12,000, and a frozen one takes three
# times as long to make (0.3 µs against 0.1). Nothing changes them once made.
@dataclass(eq=False)
class FigureEntry:
    unchanging: ClassVar[bool] = True  # (its key's token is worked out once: see keys.PageKeys._fields_of)
    card: Card
    category: Category
    index: int  # of the figure in its card's
    words: Words = field(repr=False)  # the site's, to write the figure in
    run_end: bool = field(default=False, repr=False)  # whether a run of `chunks` ends after it (its key: no)

    @property
    def href(self) -> str:
        return self.card.folder

    @cached_property
    def shown(self) -> Shown:
        """The figure's texts and bars (worked out only where a page renders it)."""
        return show(self.card.figures[self.index], self.words, self.card.source_quote)


def any_worked_out(entries: Iterable[FigureEntry]) -> bool:
    """Whether any of `entries` shows a change the page works out, not the source's (a filter: Jinja's
    `selectattr` and `first` took 40 µs a card page)."""
    return any(entry.shown.change_text and not entry.shown.change_given for entry in entries)


@dataclass(eq=False)
class TimelineEntry:
    unchanging: ClassVar[bool] = True
    card: Card
    category: Category
    run_end: bool = field(default=False, repr=False)

    @property
    def href(self) -> str:
        return self.card.folder


@dataclass(frozen=True)
class Citation(CardPlace):
    """What the source page shows of a card: its place, title and quote. The page is made from these alone, so an
    edit of a card's summary, figures, date or tags leaves it as it was (at 5,000 cards, 50-65 ms of CPU in an edit)."""

    category: str
    slug: str
    title: str
    quote_start: int
    quote_end: int


def citation_of(card: Card) -> Citation:
    return Citation(card.category, card.slug, card.title, card.quote_start, card.quote_end)


def citations_of(cards: tuple[Card, ...]) -> tuple[Citation, ...]:
    return tuple(map(citation_of, cards))


def source_context(text: str, citations: tuple[Citation, ...]) -> SourcePage:
    """The source page's: the article's paragraphs with every cited passage marked, numbered in reading order;
    the cards as their citations (`cards`, by id)."""
    ids = [card.id for card in citations]  # a property: worked out once per card, not four times
    cards = dict(zip(ids, citations, strict=True))
    # by where each passage starts, then ends: of two from one place, the number shown first is the lower
    order = sorted(zip([card.quote_start for card in citations], [card.quote_end for card in citations], ids,
                       strict=True))
    cited = [(cards[i], n) for n, (_, _, i) in enumerate(order, 1)]
    spans = [(start, end, i) for start, end, i in order]
    global _last_paragraphs
    if _last_paragraphs is not None and _last_paragraphs[0] == text and _last_paragraphs[1] == spans:
        paras = _last_paragraphs[2]  # worked out ahead (an edit that moved no quote)
    else:
        paras = paragraphs(text, spans)
        _last_paragraphs = (text, spans, paras)
    numbers = {i: n for n, (_, _, i) in enumerate(order, 1)}
    # per paragraph, the cards it shows, each followed by its number: what its {% cache %} block depends on
    cited_in = [tuple(value for i in dict.fromkeys(
        i for segment in para for i in (*segment.cards, *segment.starting, *segment.ending))
        for value in (cards[i], numbers[i])) for para in paras]
    return SourcePage(paragraphs=paras, cited_in=cited_in, cited=cited, numbers=numbers, cards=cards)


class Listings:
    """The entries of one build's cards, by category id.

    What a card gives is worked out once (its figure entries, which of them are key, its place in the timeline)
    and kept by the card's id with the card: a kept card cannot die, so a known id is that card. A front page's
    lists are then made by lookups in C (at 5,000 cards 1-2 ms, against 20 for a loop of them in Python)."""

    def __init__(self, categories: dict[str, Category], words: Words, published: PartialDate) -> None:
        self.categories, self.words, self.published = categories, words, published
        self._order = {category_id: category.index for category_id, category in categories.items()}
        self._cards: dict[int, _Given] = {}
        if _ahead is not None and (_ahead.categories, _ahead.words, _ahead.published) == (categories, words, published):
            self._cards = _ahead._cards  # (the same cards only; what this build adds, work_ahead drops again)

    def figures(self, cards: tuple[Card, ...]) -> list[FigureEntry]:
        """The cards' figures; the same entry objects on every page (a figure is on its card's page, category
        page and front page: it is shown once)."""
        return list(chain.from_iterable(given.figures for given in self._given(cards)))

    def key_figures(self, cards: tuple[Card, ...]) -> list[FigureEntry]:
        """The front page's figures: those marked key, once any is; else every figure of the cards."""
        given = self._given(cards)
        return list(chain.from_iterable(g.key_figures for g in given)) or list(
            chain.from_iterable(g.figures for g in given))

    def timeline(self, cards: tuple[Card, ...]) -> list[TimelineEntry]:
        """The dated cards in date order (then by category and slug; a stable sort keeps the cards' order after)."""
        dated = [given for given in self._given(cards) if given.when is not None]
        dated.sort(key=attrgetter("when"))
        return [given.entry for given in dated]  # type: ignore[misc]

    def _given(self, cards: tuple[Card, ...]) -> list[_Given]:
        known = list(map(self._cards.get, map(id, cards)))
        if None in known:
            for i, given in enumerate(known):
                if given is None:
                    known[i] = self._cards[id(cards[i])] = self._give(cards[i])
        return known  # type: ignore[return-value]

    def _give(self, card: Card) -> _Given:
        category = self.categories[card.category]
        ends = run_ends(card, max(1, len(card.figures)))
        figures = [FigureEntry(card, category, i, self.words, ends[i]) for i in range(len(card.figures))]
        when = None
        if d := card.date:  # sort keys as plain numbers and text (tuples of ints compare in C; PartialDates in Python)
            e, p = card.date_end or d, self.published
            start = (d.year, d.month, d.day, 0)
            if card.date_expected and d.year == p.year and (not d.month or (d.month == p.month and not d.day)):
                start = max(start, (p.year, p.month, p.day, 1))  # still to come in a period the source is in: after it
            # then the period ending first ("September" before "2011"); then where the article tells it (a day's
            # events in the report's order), then category and slug
            when = (*start, e.year, e.month or 13, e.day or 32, card.quote_start, self._order[card.category],
                    card.slug)
        return _Given(card, figures, [entry for entry in figures if card.figures[entry.index].key], when,
                      TimelineEntry(card, category, ends[0]) if when is not None else None)


class _Given(NamedTuple):
    """What one card gives the listings (`card` keeps it alive while its id is a key)."""

    card: Card
    figures: list[FigureEntry]
    key_figures: list[FigureEntry]
    when: tuple[Any, ...] | None
    entry: TimelineEntry | None


# What this process made ahead for its next build (see `work_ahead`): the workers it forks take it as their own
_ahead: Listings | None = None
_last_paragraphs: tuple[str, list[tuple[int, int, str]], list[list[Segment]]] | None = None


def work_ahead(site: Site) -> list[FigureEntry | TimelineEntry]:
    """Make the listing entries of every card and the source page's paragraphs in this process (the preview's build
    process, once its site is out), for the next build's workers: an edit leaves most cards, and every quote's
    place, as they were (at 5,000 cards 20-40 ms of a worker's work, then a few ms), where the cards' runs end, and
    the related cards' index; gives the entries made."""
    global _ahead
    listings = Listings({category.id: category for category in site.categories}, site.words, site.source.date)
    previous = listings._cards  # the last build's, for the cards it had (the same objects: their entries too)
    listings._cards = {id(card): previous.get(id(card)) or listings._give(card) for card in site.cards}
    _ahead = listings
    source_context(site.source.text, citations_of(site.cards))
    ends_ahead(site.cards)
    RelatedCards(site.cards, related_key(site.cards))  # its tag index, kept: made by the workers of a first build
    return [entry for given in listings._cards.values() for entry in (*given.figures, given.entry) if entry]


class RelatedCards:
    """The cards a card chose (`related:`), then cards sharing a tag with it, most shared tags first; not a tag on
    most cards (over half of them, and over RELATED_LIMIT: a country on 13 of a briefing's 15 relates nothing). The tag
    index is made once, linear in cards; a card's list when it is first asked for, from at most RELATED_LIMIT
    neighbours per tag (no pair of cards is compared), so an edit build that renders five card pages works out
    five lists."""

    def __init__(self, cards: tuple[Card, ...], signature: str = "") -> None:
        """`signature`, if given, is `related_signature(cards)`: a process that builds again (the preview's)
        keeps the index of the last cards it had, and takes it again while their ids and tags are the same."""
        self.cards = cards
        known = _indexes.get(signature) if signature else None
        if known is None:
            known = self._index(cards)
            if signature:
                _indexes.clear()
                _indexes[signature] = known
        self.by_tag, self.places, self.position = known
        self.common = max(RELATED_LIMIT, len(cards) // 2)  # cards a tag may be on and still tell some apart
        self._found: dict[str, list[Card]] = {}  # a page asks twice: for its key and for its context

    @staticmethod
    def _index(cards: tuple[Card, ...]) -> tuple[dict[str, list[int]], list[list[int]], dict[str, int]]:
        """Tag -> positions of its cards (one per mention); per card, for each of its tags, its first place in
        that tag's list; card id -> position. Positions and ids only: it holds no card."""
        by_tag: dict[str, list[int]] = defaultdict(list)
        places: list[list[int]] = []
        for i, card in enumerate(cards):
            first: dict[str, int] = {}
            mine = []
            for tag in card.tags:
                peers = by_tag[tag.casefold()]
                mine.append(first.setdefault(tag.casefold(), len(peers)))
                peers.append(i)
            places.append(mine)
        return by_tag, places, {card.id: i for i, card in enumerate(cards)}

    def __getitem__(self, card_id: str) -> list[Card]:
        found = self._found.get(card_id)
        if found is None:
            found = self._found[card_id] = self._rank(self.position[card_id])
        return found

    def _rank(self, i: int) -> list[Card]:
        """The cards the card chose, then those sharing most of its tags, RELATED_LIMIT in all."""
        card = self.cards[i]
        chosen = [self.position[other] for other in card.related if other in self.position]
        near: list[int] = []
        for tag, at in zip(card.tags, self.places[i], strict=True):
            if len(peers := self.by_tag[tag.casefold()]) <= self.common:
                near += peers[max(0, at - RELATED_LIMIT): at + RELATED_LIMIT + 1]
        score = Counter(near)
        score.pop(i, None)
        # most shared tags first, then the first in the cards' order (a stable sort, reversed, keeps that order)
        ranked = chosen + [o for o in sorted(sorted(score), key=score.__getitem__, reverse=True) if o not in chosen]
        return [self.cards[o] for o in ranked[:RELATED_LIMIT]]


# related_signature(cards) -> RelatedCards._index(cards), for the last cards this process had
_indexes: dict[str, tuple[dict[str, list[int]], list[list[int]], dict[str, int]]] = {}


def related_signature(cards: tuple[Card, ...]) -> str:
    """A digest of all that `RelatedCards` reads (each card's id, tags and chosen cards, in order): equal digests,
    equal results. It lets the build cache take a card page as unchanged without working out related cards.

    The digest of the list's repr, made from each card's part, which a process that builds again (the preview's)
    keeps for the cards it meets again: 5 ms at 5,000 cards, before an edit's workers can start."""
    known, kept = _signature_parts, {}
    parts = []
    for card in cards:
        part = known.get(id(card))
        if part is None or part[0] is not card:
            part = (card, repr((card.category, card.slug, card.tags, card.related)))
        kept[id(card)] = part
        parts.append(part[1])
    known.clear()
    known.update(kept)
    return digest(f"[{', '.join(parts)}]".encode())


def related_key(cards: tuple[Card, ...]) -> str:
    """What chooses each card page's related cards among all the cards, in its page's key (see render.py)."""
    return f"related:{related_signature(cards)}"


# id(card) -> (card, its part of related_signature), for the cards of the last call
_signature_parts: dict[int, tuple[Card, str]] = {}

"""A site's pages, planned: for each, its template, folder, title and description, what its context is made from
(the cache keys a page by that alone) and how to make the context (contexts.py). Nothing is rendered here.

A page's context is made only where the page renders (in a worker, for a big site), and only if the cache does not
have the page already."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any, NamedTuple, final

from generator.contexts import CardPage, CategoryPage, FrontPage, PageContext, SourcePage
from generator.listings import RELATED_LIMIT, Citation, Listings, RelatedCards, citations_of, source_context
from generator.markup import plain_text
from generator.model import Card, Category, Site, isolated
from generator.words import substitute


@final
class Job(NamedTuple):
    """A page to render. The description and inputs may be functions that make them (in the worker needing them)."""

    head: tuple[str, str, str, str | Callable[[], str]]  # template, folder, title, description
    inputs: tuple[Any, ...] | Callable[[], tuple[Any, ...]]  # what its context is made from (see keys.py)
    work: int  # roughly, the items it shows
    make: Callable[[], PageContext]  # its template's context
    hint: str = ""  # what chooses its inputs among the cards, when that is all (see BuildCache.unchanged_pages)
    card: Card | None = None  # the card a card page is of


@final
class FileJob(NamedTuple):
    """A file that is no page (cards.json), made where it is rendered: by a worker, in a big site."""

    path: str
    make: Callable[[], bytes | list[bytes | memoryview]]  # (its pieces)
    work: int


class Plan:
    """The pages of `site`: the front page, a page per category and per card, the source page.

    `chosen_by` names what chooses a card page's related cards among all the cards ('' without a cache)."""

    def __init__(self, site: Site, chosen_by: str) -> None:
        self.site = site
        self.chosen_by = chosen_by
        self.categories = {c.id: c for c in site.categories}
        self.listings = Listings(self.categories, site.words, site.source.date)
        self.in_category = by_category(site)

    @cached_property
    def related(self) -> RelatedCards:
        """Only card pages need them: worked out in the process where those render."""
        return RelatedCards(self.site.cards, self.chosen_by)

    @cached_property
    def cited(self) -> tuple[Citation, ...]:
        """Made in the worker that keys the source page."""
        return citations_of(self.site.cards)

    def card(self, card: Card) -> Job:
        """A card's page: its card, figures and related cards."""
        site, categories, listings = self.site, self.categories, self.listings
        return Job(("card.html", card.folder, site.page_title(card.title), lambda: plain_text(card.summary_html)),
                   lambda: (card, self.related[card.id]), card_work(card),
                   lambda: CardPage(card=card, category=categories[card.category],
                                    figures=listings.figures((card,)), related=self.related[card.id],
                                    categories=categories), self.chosen_by, card)

    def front(self) -> Job:
        """The front page: the key figures, the timeline and every card by category."""
        site, listings, in_category = self.site, self.listings, self.in_category
        everything = len(site.cards) * 3  # cards, their figures and timeline entries, roughly
        return Job(("index.html", "", site.title, site.description), site.cards, everything, lambda: FrontPage(
            categories=site.categories, figures=listings.key_figures(site.cards),
            timeline=listings.timeline(site.cards),
            cards_by_category=[(c, in_category[c.id]) for c in site.categories]))

    def category(self, category: Category) -> Job:
        """A category's page: its figures, timeline and cards."""
        site, listings, cards = self.site, self.listings, self.in_category[category.id]
        return Job(("category.html", category.folder, site.page_title(category.label),
                    category.description or site.description), (category, cards), 1 + len(cards) * 3,
                   lambda: CategoryPage(category=category, cards=cards, figures=listings.figures(cards),
                                        timeline=listings.timeline(cards)))

    def source(self) -> Job:
        """The source page: the article, every cited passage marked and numbered."""
        site, words = self.site, self.site.words
        title = substitute(words.source_title, title=site.source.title)

        def context() -> SourcePage:
            return source_context(site.source.text, self.cited)

        return Job(("source.html", "source/", site.page_title(title),
                    substitute(words.source_description, publisher=isolated(site.source.publisher))),
                   lambda: (self.cited,), 1 + len(site.cards), context)


def card_work(card: Card) -> int:
    """What a card page shows, roughly: its card, figures and related cards."""
    return 1 + len(card.figures) + RELATED_LIMIT


def by_category(site: Site) -> dict[str, tuple[Card, ...]]:
    """`site.cards_in(id)` for every category, in one pass over the cards."""
    found: dict[str, list[Card]] = {category.id: [] for category in site.categories}
    for card in site.cards:
        found[card.category].append(card)
    return {category: tuple(cards) for category, cards in found.items()}

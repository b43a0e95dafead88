"""What each template gets: one typed context per page template, the names its variables have in Jinja.

Every page template gets `Common` and its own page's context; `archive.html` (deploy's list of briefings) and
`preview/error.html` (the preview's error page) are no page of a build and get theirs alone. They are plain dicts
at run time (a TypedDict costs nothing to make): the types are for the reader and for mypy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from markupsafe import Markup

    from generator.archive import Briefing
    from generator.errors import Problem
    from generator.listings import Citation, FigureEntry, TimelineEntry
    from generator.meta import PageInfo
    from generator.model import Card, Category, Site
    from generator.sourcetext import Segment
    from generator.urls import Summary
    from generator.words import Words


class Common(TypedDict):
    """What every page template gets (base.html's, footer.html's)."""

    site: Site
    words: Words  # the site's words: labels, dates and counts in its language
    page: PageInfo  # title, description, canonical address, CSP and structured data of the page being made
    url: Callable[[str], str]  # url('politics/') -> a link from this page to that site path
    summary: Summary  # summary(card) -> the card's sanitized summary HTML, its links made relative to this page
    preview_script: str  # '' (the preview adds its reload script as it sends a page)


class FrontPage(TypedDict):
    """index.html's: the briefing's front page."""

    categories: tuple[Category, ...]
    figures: list[FigureEntry]  # the key figures, for the figures panel
    timeline: list[TimelineEntry]  # every dated card, in date order
    cards_by_category: list[tuple[Category, tuple[Card, ...]]]


class CategoryPage(TypedDict):
    """category.html's: one category's cards."""

    category: Category
    cards: tuple[Card, ...]
    figures: list[FigureEntry]
    timeline: list[TimelineEntry]


class CardPage(TypedDict):
    """card.html's: a card's permalink page."""

    card: Card
    category: Category
    figures: list[FigureEntry]  # the card's own
    related: list[Card]
    categories: dict[str, Category]  # by id (a related card's label)


class SourcePage(TypedDict):
    """source.html's: the article with every cited passage marked, numbered in reading order."""

    paragraphs: list[list[Segment]]
    cited_in: list[tuple[Citation | int, ...]]  # per paragraph, the cards it shows, each followed by its number
    cited: list[tuple[Citation, int]]  # every card, with its number, in reading order
    numbers: dict[str, int]  # card id -> its number
    cards: dict[str, Citation]  # card id -> what the page shows of it


class NotFoundPage(TypedDict):
    """404.html's: nothing beyond `Common`."""


PageContext = FrontPage | CategoryPage | CardPage | SourcePage | NotFoundPage


class ArchivePage(TypedDict):
    """archive.html's: the list of a branch's briefings that `deploy --into` makes."""

    briefings: list[Briefing]
    words: Words
    language: str
    csp: str
    mark: Markup  # a <meta> the next deploy knows the page by
    assets: str  # the first briefing's assets/ folder (its stylesheet and icon)


class ErrorPage(TypedDict):
    """preview/error.html's: the preview's page of a build's problems."""

    problems: list[Problem]
    messages: list[Markup]  # each problem's message as HTML: a misquote's word diff in <del> and <ins>
    title: str
    language: str
    csp: str
    home: str  # the site's base path
    stylesheet: str
    preview_script: str
    output: str  # the output folder, as the user would write it
    built: bool  # whether that folder holds a site a build made

"""The validated site, as frozen dataclasses: what every later stage works from."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, final

if TYPE_CHECKING:
    from generator.words import Words

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # English whatever the system's locale (calendar.month_name follows it)


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int = 0
    day: int = 0
    # the date at its precision, for `<time datetime>`: 2024, 2024-05 or 2024-05-03 (worked out once: pages ask
    # for it several times a card)
    iso: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        object.__setattr__(self, "iso", text)

    def __str__(self) -> str:
        """As a template shows `{{ card.date }}`: 2024-05-03 (`words.date(card.date)` writes it for people)."""
        return self.iso

    @classmethod
    def parse(cls, value: str | int) -> PartialDate:
        """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raises ValueError for anything else."""
        parts = [int(p) for p in str(value).split("-")]
        if not 1 <= len(parts) <= 3 or not 1 <= parts[0] <= 9999:
            raise ValueError(value)
        date = cls(*parts)
        if len(parts) >= 2 and not 1 <= date.month <= 12:
            raise ValueError(value)
        if len(parts) == 3 and not 1 <= date.day <= _days_in(date.year, date.month):
            raise ValueError(value)
        return date

    @property
    def text(self) -> str:
        """The date for people, in English: 2024, May 2024 or 3 May 2024 (pages write it in the site's words)."""
        from generator.words import ENGLISH

        return ENGLISH.date(self)


_LOOSE_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_DATE_FORMATS = ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%B %d %Y", "%B %Y", "%b %Y")


def date_written(text: str) -> str | None:
    """A date written another way, as a card writes it: '2024-7-2' and 'July 2, 2024' are 2024-07-02."""
    text = " ".join(text.replace(".", "").split())
    if found := _LOOSE_DATE.fullmatch(text):
        parts = [found.group(1), *(f"{int(part):02d}" for part in found.groups()[1:] if part)]
        written = "-".join(parts)
    else:
        for form in _DATE_FORMATS:
            try:
                day = datetime.datetime.strptime(text, form).date()
            except ValueError:
                continue
            written = day.isoformat() if "%d" in form else day.isoformat()[:7]
            break
        else:
            return None
    try:  # a real month and day
        datetime.date.fromisoformat(written if len(written) == 10 else written[:7] + "-01")
    except ValueError:
        return None
    return written


@dataclass(frozen=True)
class Figure:
    label: str
    value: int | float
    unit: str | None = None
    start: int | float | None = None  # `from` in YAML: the earlier value of a change
    key: bool = False  # on the front page's figures panel (once any figure is key, only those are)
    value_max: int | float | None = None  # the top of a range, from `value`: "20-25 per cent"
    places: tuple[int, int, int] = (0, 0, 0)  # decimals value, from and value_max were written with ("2.40": 2)
    index: int = -1  # its place in the card's list as written (one with an error is left out: the others keep it)
    hedge: str | None = None  # the quote's words before the number that make it a bound or guess: "up to", "about"


ASSETS = "assets"  # the site's static files: the shipped templates/assets/, then the site's own
# the output's own folders, which a category's folder (named by its id) would clash with
TAKEN_FOLDERS = {"source": "the source article's page", ASSETS: "the style sheet, script and icon"}


def taken_message(category: str, named: str) -> str:
    return (f"{named} '{category}' clashes with the site's own {category}/ folder ({TAKEN_FOLDERS[category]}); "
            "choose another id")


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    description: str = ""
    index: int = 0  # position in site.yaml, for the category colour

    @property
    def folder(self) -> str:
        """The category page's site folder: `id/`."""
        return f"{self.id}/"


class CardPlace:
    """A card's site paths and ids, from its `category` and `slug` (a `Card`, or a view of one)."""

    category: str
    slug: str

    @property
    def id(self) -> str:
        """Unique in the site: `category/slug`."""
        return f"{self.category}/{self.slug}"

    @property
    def folder(self) -> str:
        """The card page's site folder: `category/slug/`."""
        return f"{self.category}/{self.slug}/"

    @property
    def anchor(self) -> str:
        """Id of the quoted passage on the source page (ids cannot hold '--', so this is unique)."""
        return f"q-{self.category}--{self.slug}"

    @property
    def passage(self) -> str:
        """The site path of the quoted passage on the source page: `source/#q-category--slug`."""
        return f"source/#q-{self.category}--{self.slug}"


@final
@dataclass(frozen=True)
class Card(CardPlace):
    slug: str
    category: str
    path: str  # the YAML file, relative to the site folder
    title: str
    summary: str  # Markdown as written
    summary_html: str  # sanitized HTML, links relative to the card's own page
    source_quote: str
    quote_start: int  # where the quote stands in Source.text
    quote_end: int
    date: PartialDate | None = None
    date_end: PartialDate | None = None
    date_inferred: bool = False  # the source does not give the date (or part of it): worked out
    date_expected: bool = False  # still to come when the source was published
    figures: tuple[Figure, ...] = ()
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # ids of cards chosen as related (`category/slug`), before those sharing a tag
    # the quote as the source writes it (its quote marks, dashes, spaces), within the marks the card puts around it
    quoted: str = ""

    @property
    def quote_paragraphs(self) -> list[str]:
        """The quote's paragraphs, as the source writes it (a passage may run on past the end of one: a blank line
        between them)."""
        return [part.strip() for part in PARAGRAPH_BREAK.split(self.quoted or self.source_quote) if part.strip()]


PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


@dataclass(frozen=True)
class Source:
    file: str
    title: str
    publisher: str
    date: PartialDate
    text: str  # the article, paragraphs separated by blank lines
    url: str = ""
    author: str = ""


@dataclass(frozen=True)
class Site:
    title: str
    description: str
    base_url: str
    url: str
    cname: str
    language: str
    words: Words  # the generator's own words on the pages, in the site's language
    source: Source
    categories: tuple[Category, ...]
    cards: tuple[Card, ...]  # in site order: category order, then date, then slug

    def cards_in(self, category: str) -> tuple[Card, ...]:
        return tuple(card for card in self.cards if card.category == category)

    @cached_property  # (read by every page, twice: worked out once; a frozen dataclass's __dict__ may keep it)
    def direction(self) -> str:
        """'rtl' for a language written right to left (by its script subtag if it has one: 'ur', 'pa-Arab'), else
        'ltr'."""
        subtags = self.language.lower().split("-")
        script = next((tag for tag in subtags[1:] if len(tag) == 4 and tag.isalpha()), None)
        rtl = script in RTL_SCRIPTS if script else subtags[0] in RTL_LANGUAGES
        return "rtl" if rtl else "ltr"

    def page_title(self, part: str) -> str:
        """'<part> · <site title>', each part isolated (between U+2068 and U+2069) when it holds letters written
        the other way than the site's language, or a control that turns text: a browser's tab or a shared link then
        shows both in order."""
        ltr = self.direction == "ltr"
        if ltr and part.isascii() and self.title.isascii():  # (no letter written right to left, no control: most)
            return part if self.title in part else f"{part} · {self.title}"
        right_to_left, left_to_right, controls = _patterns()
        letters = right_to_left if ltr else left_to_right
        if self.title in part:  # ("Source: <the site's title>", where the article gave the briefing its title)
            return f"\u2068{part}\u2069" if letters.search(part) or controls.search(part) else part
        return " · ".join(f"\u2068{text}\u2069" if letters.search(text) or controls.search(text) else text
                          for text in (part, self.title))


# written right to left: languages by their primary subtag (in their usual script), and scripts
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"})
RTL_SCRIPTS = frozenset({"adlm", "arab", "hebr", "mand", "nkoo", "rohg", "samr", "syrc", "thaa"})
_RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
_CONTROLS = "\u202a-\u202e\u2066-\u2069"  # embeddings, overrides, isolates: they turn what follows


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the like), any other letter (Latin,
    Greek, Cyrillic, CJK...), and the controls that turn text; compiled when first asked for (3 ms of every start)."""
    return (re.compile(f"[{_RTL_LETTERS}]"), re.compile(f"[^\\W\\d_{_RTL_LETTERS}]"), re.compile(f"[{_CONTROLS}]"))


@cache
def _turning() -> re.Pattern[str]:
    return re.compile(f"[{_RTL_LETTERS}{_CONTROLS}]")


def turns(text: str) -> bool:
    """Whether `text` holds a letter written right to left or a control that turns what follows (none in ASCII)."""
    return not text.isascii() and _turning().search(text) is not None


def isolated(text: str) -> str:
    """`text` between U+2068 and U+2069 (in plain text, what <bdi> does) when it holds letters written right to left
    or a control that turns what follows: the words around it keep their order."""
    return f"\u2068{text}\u2069" if turns(text) else text

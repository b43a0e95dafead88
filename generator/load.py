"""Read and validate everything a build needs (site.yaml, the source, every card) into a `Site`."""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from generator import links, validate
from generator.cardfiles import card_files
from generator.config import SITE_FILE, Config, load_config, require_site, source_file_problem, stand_in
from generator.errors import Problem, Problems, SiteError
from generator.inputs import MAX_FILE_BYTES, Stat, digest, read_file, read_text
from generator.model import PARAGRAPH_BREAK, Card, Figure, PartialDate, Site, Source
from generator.sourcetext import SourceIndex
from generator.unshowable import unshowable, unshowable_chars
from generator.yamlread import Document, read_yaml

if TYPE_CHECKING:  # imported when a card is loaded: a cached build needs no Markdown
    from generator.cache import BuildCache
    from generator.markup import Renderer

TEXTS = ("title", "summary", "source_quote")  # a card's required texts


def load_site(root: Path, cache: BuildCache | None = None, meanwhile: Callable[[], object] | None = None) -> Site:
    """Everything the site folder holds, checked; raises SiteError listing every problem.

    With a `cache`, cards whose file and source are unchanged since the last build are not parsed again.
    `meanwhile()` runs in this process while worker processes load the cards (or before the cards load).
    """
    require_site(root)
    problems = Problems()
    config = load_config(root, problems)
    usable = config or stand_in(root)  # (site.yaml's problems hide no card's: its source and categories will do)
    source = load_source(usable, problems) if usable else None
    categories = tuple(category.id for category in usable.categories) if usable else ()
    # the preview's build process takes its last build's card files while no file came or went (see inputs.py)
    files = cache.input_digests.card_files(categories) if cache and config else None
    listed = files is None  # (else no file came or went since the last build, whose cards' links all led somewhere)
    if files is None:
        files = card_files(root, usable, problems)
        if cache and config:
            cache.input_digests.listed_cards(categories, files)
    cards, todo = cache.known_cards(files, source.text) if cache and source else ([], files)
    loaded = load_cards(root, todo, source, problems, meanwhile)
    if cache:
        cache.remember(loaded)
    fresh = [card for card, _, _ in loaded]
    pages = links.SitePages(root, categories, files, sitemap=bool(config.url) if config else True)  # (unknown: let be)
    links.report(pages, cards + fresh if listed else fresh, problems)
    cards.extend(fresh)
    if problems.items:
        done = {card.path for card in fresh}
        links.report_unloaded(pages, [(category, rel) for category, rel in todo if rel not in done], problems)
        raise SiteError(problems.items, _site(config, source, cards) if config and source else None)
    assert config is not None and source is not None
    return _site(config, source, cards)


def _places(doc: Document, i: int, item: dict[str, Any]) -> tuple[int, int, int]:
    """How many decimals the figure's numbers are written with, where YAML's number drops a last zero ("2.40")."""
    if doc.numbers is not None and not doc.numbers:  # read by yamlfast, with no such number (most cards)
        return (0, 0, 0)
    places = []
    for key in ("value", "from", "value_max"):
        written = doc.written(("figures", i, key)) if type(item.get(key)) is float else None
        whole, point, decimals = (written or "").partition(".")
        decimals, whole = decimals.replace("_", ""), whole.lstrip("+-").replace("_", "")
        places.append(len(decimals) if point and decimals.isdigit() and (whole.isdigit() or not whole) else 0)
    return places[0], places[1], places[2]


def _site(config: Config, source: Source, cards: list[Card]) -> Site:
    order = {c.id: c.index for c in config.categories}
    cards.sort(key=lambda c: (order[c.category], c.quote_start, c.slug))
    return Site(
        title=config.title, description=config.description, base_url=config.base_url, url=config.url,
        cname=config.cname, language=config.language, words=config.words, source=source, categories=config.categories,
        cards=tuple(cards),
    )


def load_source(config: Config, problems: Problems) -> Source | None:
    """The source article named in site.yaml, or None with the reason recorded in `problems`."""
    root, rel = config.root, config.source_file
    if said := source_file_problem(root, rel):
        problems.add(SITE_FILE, *config.doc.at(("source", "file")), said)
        return None
    text = _source_text((root / rel).resolve(), rel, problems)
    if text is None:
        return None
    return Source(file=rel, title=config.source_title, publisher=config.source_publisher, date=config.source_date,
                  text=text, url=config.source_url, author=config.source_author)


# the last source read without a problem (path, stat, text): the preview's builds read and checked 0.6 MB each (11 ms)
_last_source: tuple[Path, tuple[int, int, int, int], str] | None = None


def _source_text(path: Path, rel: str, problems: Problems) -> str | None:
    """The source article's text (ending in one line break), or None with its problems recorded; the last one read
    while its file has the same inode, size, modification and change times (a change time cannot be set back)."""
    global _last_source
    signature = _signature(path)
    if signature is not None and _last_source is not None and _last_source[:2] == (path, signature):
        return _last_source[2]
    found = len(problems.items)
    text = read_text(path, rel, problems, limit=20_000_000)
    if text is None:
        return None
    if not text.strip():
        problems.add(rel, 1, 1, "the source article is empty")
        return None
    unshowable(text, rel, problems)
    if len(problems.items) > found:  # (said: the cards' quotes are looked up without them, not called misquotes)
        text = text.translate(dict.fromkeys(map(ord, unshowable_chars(text))))
    text = text.strip("\n") + "\n"
    if len(problems.items) == found and signature is not None and _signature(path) == signature:
        _last_source = (path, signature, text)
    return text


def _signature(path: Path) -> tuple[int, int, int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns


MARKED_MISQUOTES = 20  # a build's loader marks this many against the closest passage (20 ms each at 600 KB)


def _misquoted(quote: str, source: str, marked: bool) -> str:
    """A misquote's error: marked against the closest passage, or a pointer to `check`."""
    if not marked:
        return "source_quote is not in the source text (run `python -m generator check` for the closest passage)"
    from generator.quotes import misquote

    return misquote(quote, source)[0]


class Loaded(NamedTuple):
    """A card, with the digest of the very bytes it was made from and its file's stat before they were read
    (for the build cache)."""

    card: Card
    digest: str
    stat: Stat | None


def load_cards(root: Path, files: list[tuple[str, str]], source: Source | None,
               problems: Problems, meanwhile: Callable[[], object] | None = None) -> list[Loaded]:
    """Load card files, in worker processes when there are many; their problems go to `problems`.

    `meanwhile()` runs in this process while the workers load."""
    if not files:
        if meanwhile is not None:
            meanwhile()
        return []
    from generator import parallel
    from generator.markup import Renderer

    index, renderer = source_index(source.text, table=len(files) > 20) if source else None, Renderer()
    left = [MARKED_MISQUOTES]  # in each worker process

    def mark() -> bool:
        left[0] -= 1
        return left[0] >= 0

    def one(item: tuple[str, str]) -> tuple[Card | None, str, Stat | None, list[Problem]]:
        found, path = Problems(), root / item[1]
        data: bytes | None
        stat: Stat | None
        try:
            data, stat = read_file(path, MAX_FILE_BYTES)
            if len(data) > MAX_FILE_BYTES:
                data = None  # too big: read_yaml says so, with its size (1.5 GB were read whole)
        except OSError:
            data, stat = None, None  # read_yaml reports it
        card = load_card(root, item[0], path, index, renderer, found, data, mark, item[1])
        return card, digest(data) if data is not None else "", stat, found.items

    cards = []
    for card, made_from, stat, items in parallel.map_items(one, files, meanwhile=meanwhile):
        problems.items.extend(items)
        if card is not None:
            cards.append(Loaded(card, made_from, stat))
    return cards


# the preview's build process finds an edited card's quote in the same source (without the table: a few cards), and
# check's warnings look quotes up after each save (with it): two kept, or each would evict the other
@functools.lru_cache(maxsize=2)
def source_index(text: str, table: bool) -> SourceIndex:
    """The source's index, kept for the next call with the same text and `table` passed by keyword (the preview's
    builds, `check`: lru_cache tells `f(x, table=True)` from `f(x, True)`)."""
    return SourceIndex(text, table)


def _ends_after(date: PartialDate, end: PartialDate) -> bool:
    """Whether `end` starts after the whole of `date` (2011 to June 2011 is no period)."""
    from generator.dates import first_day, last_day

    return first_day(end) > last_day(date)


def load_card(root: Path, category: str, path: Path, index: SourceIndex | None, renderer: Renderer,
              problems: Problems, data: bytes | None = None, mark: Callable[[], bool] | None = None,
              rel: str = "", partial: bool = False) -> Card | None:
    """One card file (or `data`, its bytes), checked against the schema and the source (when it could be
    read); None if bad, or with `partial` what of it is good (`check`'s warnings about a card with errors: the
    quote at -1 if not found). A misquote is marked against the closest passage if `mark()` allows it (or always).
    `rel`: the file relative to `root`, if known (4 µs a card, worked out from the paths)."""
    rel = rel or path.relative_to(root).as_posix()
    doc = read_yaml(path, rel, problems, data)
    bad = validate.check(doc, "card", problems) if doc is not None else None
    if doc is None or bad is None:
        return None
    fields: dict[str, Any] = doc.data
    before = len(problems.items)
    date = _date(doc, "date", problems) if "date" not in bad else None
    date_end = _date(doc, "date_end", problems) if "date_end" not in bad else None
    if date_end and "date" not in fields:
        _add(doc, "date_end", problems, "date_end needs a date to start the period")
    elif date and date_end and not _ends_after(date, date_end):
        whole = "" if date.day else f" (which stands for the whole of {date.iso})"
        _add(doc, "date_end", problems, f"date_end {date_end.iso} is not after date {date.iso}{whole}")
    if "date_status" in fields and "date" not in fields:
        _add(doc, "date_status", problems, "date_status needs a date")
    figures = []
    listed = fields.get("figures")
    for i, item in enumerate(listed if isinstance(listed, list) else []):
        if not isinstance(item, dict):
            continue  # (said by the schema: the other figures are still checked)
        for key in ("value", "from", "value_max"):  # (each a number the schema took, as the item's others may not be)
            if key in item and f"figures/{i}/{key}" not in bad and isinstance(item[key], (int, float)) \
                    and not _finite(item[key]):
                huge = ": this one is further from 0 than 1.8e308, the largest a figure can be"
                _add(doc, ("figures", i, key), problems,
                     f"'figures[{i}].{key}' must be a finite number{huge if isinstance(item[key], int) else ''}")
                bad.add(f"figures/{i}")  # (not on a partial card)
        if f"figures/{i}" in bad:
            continue
        if "value_max" in item and "from" in item:
            _add(doc, ("figures", i, "value_max"), problems, f"'figures[{i}]' is a range (value to value_max) or a "
                                                             "change (from, then value), not both")
        elif ("value_max" in item and _finite(item["value_max"]) and _finite(item["value"])
              and item["value_max"] <= item["value"]):
            _add(doc, ("figures", i, "value_max"), problems, f"'figures[{i}].value_max' must be more than its "
                                                             f"value ({item['value']}): the top of the range")
        figures.append(Figure(item["label"].strip(), item["value"], item.get("unit"), item.get("from"),
                              item.get("key", False), item.get("value_max"), _places(doc, i, item), i,
                              " ".join(item["hedge"].split()) if "hedge" in item else None))
    span = None
    if index is not None and "source_quote" in fields and "source_quote" not in bad:
        span = index.find(fields["source_quote"])
        cut = index.cut_word(fields["source_quote"]) if span is None else None
        if span is None:
            message = (f"source_quote is not in the source text as whole words: it cuts '{cut}' (quote whole words)"
                       if cut else _misquoted(fields["source_quote"], index.text, mark is None or mark()))
            from generator.quotes import first_difference  # (a rare path: not imported for every build)

            problems.add(doc.rel, *doc.place_of(("source_quote",), *first_difference(message)), message)
    summary_html = None
    if isinstance(fields.get("summary"), str) and "summary" not in bad:
        from generator.markup import Refused

        try:
            summary_html = renderer.render(fields["summary"])
        except Refused as refused:
            for message, written, nth in refused.each:  # (each reference to a character no page shows, at its place)
                problems.add(doc.rel, *doc.place_of(("summary",), written, nth), message)
    if bad or len(problems.items) > before or span is None or summary_html is None:
        named: list[Any] = fields["related"] if isinstance(fields.get("related"), list) else []
        if (at := next((i for i, other in enumerate(named) if other == f"{category}/{path.stem}"), None)) is not None:
            _add(doc, ("related", at), problems, links.NAMES_ITSELF.format(named[at]))  # once, as links.report does
        if not partial or any(key in bad or not isinstance(fields.get(key), str) for key in TEXTS):
            return None
        span, summary_html = span or (-1, -1), summary_html or ""
    status = fields.get("date_status", "stated") if "date_status" not in bad else ()
    status = [status] if isinstance(status, str) else status
    if "date_status" in bad:  # (a partial card: its dates' status unknown, nothing is said about them)
        date = date_end = None
    return Card(
        slug=path.stem, category=category, path=rel, title=fields["title"].strip(), summary=fields["summary"],
        summary_html=summary_html, source_quote=fields["source_quote"].strip(),
        quote_start=span[0], quote_end=span[1], date=date, date_end=date_end,
        date_inferred="inferred" in status, date_expected="expected" in status, figures=tuple(figures),
        tags=tuple(dict.fromkeys(tag.strip() for tag in fields.get("tags", []) if "tags" not in bad)),
        related=tuple(dict.fromkeys(fields.get("related", []) if "related" not in bad else ())),
        quoted=_as_the_source_writes(fields["source_quote"].strip(), index.text, span) if index is not None else "",
    )


def _as_the_source_writes(quote: str, text: str, span: tuple[int, int]) -> str:
    """The quote in the source's own characters (“by the end of the summer” for the card's straight quote marks,
    its dashes and apostrophes); "" when they are the card's, but for white space."""
    if span[0] < 0:
        return ""
    passage = text[span[0]:span[1]]
    return "" if passage == quote or _paragraphs(passage) == _paragraphs(quote) else passage


def _paragraphs(text: str) -> list[str]:
    """A text's paragraphs, their white space folded (a source's paragraph break, which a quote may write as a
    space, is kept)."""
    return [" ".join(part.split()) for part in PARAGRAPH_BREAK.split(text) if part.strip()]


def _finite(value: float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer of 309 digits or more: no float holds it
        return False


def _date(doc: Document, key: str, problems: Problems) -> PartialDate | None:
    if key not in doc.data:
        return None
    if type(doc.data[key]) is int and (written := doc.written((key,))) and written != str(doc.data[key]):
        _add(doc, key, problems, f"{key} must be YYYY, YYYY-MM or YYYY-MM-DD, not '{written}'")  # 2_024: 2024
        return None
    try:
        return PartialDate.parse(doc.data[key])
    except ValueError:
        _add(doc, key, problems, f"{key} is not a real date: '{doc.data[key]}' (use YYYY, YYYY-MM or YYYY-MM-DD)")
        return None


def _add(doc: Document, key: str | tuple[str | int, ...], problems: Problems, message: str) -> None:
    line, column = doc.at(key if isinstance(key, tuple) else (key,))
    problems.add(doc.rel, line, column, message)

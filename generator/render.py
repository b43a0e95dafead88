"""Render every page of a site: (output path, bytes) one page at a time, or all in memory. Nothing is written here.

`build` hands the stream straight to `write`, so no stage holds every page (75 MB at 5,000 cards)."""

from __future__ import annotations

import json
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import jinja2

from generator import meta, parallel
from generator.errors import Problem, SiteError
from generator.figures import Shown, show
from generator.markup import rebase, relative
from generator.model import Card, Category, Site
from generator.sourcetext import paragraphs

if TYPE_CHECKING:
    from generator.cache import BuildCache

TEMPLATES = "templates"
ASSETS = "assets"
RELATED_LIMIT = 6
PIECES_PER_BATCH = 8192
# Only the site's own files. connect-src 'self' lets a page fetch its own robots.txt (Lighthouse's SEO audit
# does) and the preview's reload script reach its WebSocket; no script but the site's own files can run.
CSP = ("default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'")

Pages = dict[str, bytes]
T = TypeVar("T")
# a page to render: (template, folder, title, description), its inputs, its work, what makes its context
Job = tuple[tuple[str, str, str, str], tuple[Any, ...], int, Callable[[], dict[str, Any]]]


@dataclass(frozen=True)
class FigureEntry:
    card: Card
    category: Category
    shown: Shown
    href: str


@dataclass(frozen=True)
class TimelineEntry:
    card: Card
    category: Category
    href: str


@dataclass(frozen=True)
class PageInfo:
    """What every template gets about the page being rendered."""

    path: str  # output file, like 'defence/mi-17/index.html'
    folder: str  # its site folder, like 'defence/mi-17/'
    title: str
    description: str
    canonical: str  # absolute URL when site.yaml gives `url`, else the site path
    csp: str
    og_type: str = "website"  # Open Graph type: 'article' for the briefing and card pages
    json_ld: str = ""  # the page's structured data, already escaped for an inline data block


class Renderer:
    """One Jinja environment for a site: the site's templates/ first, then the shipped defaults."""

    def __init__(self, site_root: Path, csp: str = CSP, pretty_urls: bool = False, preview_script: str = "",
                 cache: BuildCache | None = None) -> None:
        self.site_root = site_root
        self.cache = cache  # pages whose inputs did not change since the last build are taken from it
        self.csp = csp
        self.pretty_urls = pretty_urls
        self.preview_script = preview_script  # the live preview's reload script URL; never in a published build
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader([
                jinja2.FileSystemLoader(site_root / TEMPLATES),
                jinja2.PackageLoader("generator", TEMPLATES),
            ]),
            autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # a renderer lives for one build: no stat of every template a page uses, per page
        )

    def render(self, site: Site) -> Pages:
        """Every page, feed and asset of `site`, in memory; raises SiteError naming the template line on failure."""
        return {rel: data.read_bytes() if isinstance(data, Path) else data for rel, data in self.pages(site)}

    def pages(self, site: Site) -> Iterator[tuple[str, bytes | Path]]:
        """`render`, one file at a time: (output path, bytes) as pages are done, so no one holds them all.

        With a cache, a page it has unchanged comes as the path of the previous output's file instead."""
        try:
            yield from self._pages(site)
        except jinja2.TemplateSyntaxError as error:
            raise SiteError([Problem(_template_rel(error.filename, error.name), error.lineno or 1, 1,
                                     f"template error: {error.message}")]) from None
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as error:
            raise SiteError([_runtime_problem(error)]) from None

    def _pages(self, site: Site) -> Iterator[tuple[str, bytes | Path]]:
        categories = {c.id: c for c in site.categories}
        related = related_cards(site.cards)
        todo: list[Job] = []  # every page, with what it takes to key it and to render it
        folders: list[str] = []  # every page's folder, in site order (for the sitemap)
        settings = self._settings()

        cache = self.cache

        def page(head: tuple[str, str, str, str], inputs: tuple[Any, ...], work: int,
                 context: Callable[[], dict[str, Any]]) -> None:
            """A page: `head` is (template, folder, title, description); `context()` makes what its template
            gets from `inputs` (the cards, categories... it shows) and the site without its cards, and from
            nothing else: the cache keys the page by those alone. It runs only if the page is rendered."""
            folders.append(head[1])
            todo.append((head, inputs, work, context))

        def render_one(job: Job) -> tuple[str, bytes | Path, str | None]:
            """A page and its cache key; the previous output's file instead if the cache has the page unchanged.

            Keys are worked out here, in the workers: an edit's listing pages start rendering at once."""
            (template, folder, title, description), inputs, _, make = job
            path = folder + "index.html"
            key = cache.page_key(site, settings, self.env, job[0], inputs) if cache is not None else None
            if cache is not None and key is not None and cache.may_reuse(path):
                kept = cache.reuse(path, key)
                if kept is not None:
                    return path, kept, key
            context = make()
            data = meta.json_ld(site, template, folder, title, description, context.get("card"))
            info = PageInfo(path, folder, title, description, self._canonical(site, folder), self.csp,
                            "article" if data["@type"] == "NewsArticle" else "website", meta.script_json(data))
            return path, self._page(template, site, info, context), key

        everything = len(site.cards) * 3  # cards, their figures and timeline entries, roughly
        page(("index.html", "", site.title, site.description), site.cards, everything, lambda: dict(
            categories=site.categories, figures=self._figures(site.cards, categories),
            timeline=self._timeline(site.cards, categories),
            cards_by_category=[(c, site.cards_in(c.id)) for c in site.categories]))
        for category in site.categories:
            cards = site.cards_in(category.id)
            page(("category.html", f"{category.id}/", f"{category.label} · {site.title}",
                  category.description or site.description), (category, cards), 1 + len(cards) * 3,
                 lambda category=category, cards=cards: dict(
                     category=category, cards=cards, figures=self._figures(cards, categories),
                     timeline=self._timeline(cards, categories)))
        for card in site.cards:
            page(("card.html", card.folder, f"{card.title} · {site.title}", _plain_summary(card)),
                 (card, related[card.id]), 1 + len(card.figures) + RELATED_LIMIT, lambda card=card: dict(
                     card=card, category=categories[card.category], figures=self._figures((card,), categories),
                     related=related[card.id], categories=categories))
        page(("source.html", "source/", f"Source: {site.source.title} · {site.title}",
              f"{site.source.publisher}'s report, with every passage the briefing cites highlighted."),
             site.cards, 1 + len(site.cards), lambda: self._source_context(site))
        files: Pages = {}

        def other_files() -> None:
            """The files that are not pages: made here while the workers render (in a small site, first)."""
            info = PageInfo("404.html", "", f"Page not found · {site.title}", site.description,
                            self._canonical(site, ""), self.csp)
            files["404.html"] = self._page("404.html", site, info, {}, absolute=True)
            files["cards.json"] = cards_json(site, self)
            files.update(meta.crawler_files(site, folders))
            files.update(self._assets())

        work = [job[2] for job in todo]
        for _, (path, data, key) in parallel.each_item(render_one, todo, work, parallel.MIN_WORK * 10,
                                                       meanwhile=other_files):
            if cache is not None and key is not None:
                cache.page_keys[path] = key
            yield path, data
        todo.clear()
        yield from files.items()

    @staticmethod
    def _source_context(site: Site) -> dict[str, Any]:
        """The source page's: its paragraphs with every cited passage marked, numbered in reading order."""
        cited = [(card, n) for n, card in enumerate(sorted(site.cards, key=lambda c: (c.quote_start, c.id)), 1)]
        spans = [(card.quote_start, card.quote_end, card.id) for card, _ in cited]
        return dict(paragraphs=paragraphs(site.source.text, spans), cited=cited,
                    numbers={card.id: n for card, n in cited}, cards={c.id: c for c in site.cards})

    def _settings(self) -> dict[str, Any]:
        """The renderer's options (they go into every page's cache key)."""
        return {k: v for k, v in sorted(vars(self).items()) if isinstance(v, (str, bool, int, float))}

    def _page(self, template: str, site: Site, info: PageInfo, context: dict[str, Any],
              absolute: bool = False) -> bytes:
        pieces = self.env.get_template(template).generate(
            site=site, page=info, url=self._linker(site, info.folder, absolute),
            summary=lambda card: rebase(card.summary_html, card.folder, info.folder),
            preview_script=self.preview_script,
            **context,
        )
        # joined a batch at a time: a front page of 5,000 cards is ~500,000 pieces, too many to hold at once
        parts: list[bytes] = []
        while batch := list(islice(pieces, PIECES_PER_BATCH)):
            parts.append("".join(batch).encode("utf-8"))
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def _linker(self, site: Site, here: str, absolute: bool) -> Callable[[str], str]:
        """url('defence/') -> a link from the page in folder `here` to that site path."""

        def url(target: str) -> str:
            if absolute:
                return site.base_url + target
            anchor = ""
            if "#" in target:
                target, anchor = target.split("#", 1)
                anchor = "#" + anchor
            if not target and anchor and here:
                target = here
            if not target and anchor:
                return anchor
            rel = relative(target or ".", here.rstrip("/") or ".")
            rel = "" if rel == "." else rel + ("/" if target.endswith("/") or not target else "")
            if (target.endswith("/") or not target) and not self.pretty_urls:
                rel += "index.html"
            return (rel or "./") + anchor

        return url

    def url_of(self, site: Site, folder: str) -> str:
        """The site-absolute URL of a page folder: base_url + folder."""
        return site.base_url + folder

    def _canonical(self, site: Site, folder: str) -> str:
        return f"{site.url}{site.base_url}{folder}"

    def _figures(self, cards: tuple[Card, ...], categories: dict[str, Category]) -> list[FigureEntry]:
        """The cards' figures; the same entry objects on every page (a figure is on its card's page, category
        page and front page: it is shown once)."""
        memo: dict[int, tuple[Card, list[FigureEntry]]] = self.__dict__.setdefault("_figure_memo", {})
        entries: list[FigureEntry] = []
        for card in cards:
            known = memo.get(id(card))
            if known is None or known[0] is not card:
                category = categories[card.category]
                known = memo[id(card)] = (card, [FigureEntry(card, category, show(figure), card.folder)
                                                 for figure in card.figures])
            entries.extend(known[1])
        return entries

    def _timeline(self, cards: tuple[Card, ...], categories: dict[str, Category]) -> list[TimelineEntry]:
        dated = [card for card in cards if card.date]
        dated.sort(key=lambda c: (c.date, c.date_end or c.date, categories[c.category].index, c.slug))
        return [self._once("timeline", card, lambda card=card: TimelineEntry(card, categories[card.category],
                                                                             card.folder)) for card in dated]

    def _once(self, kind: str, of: Any, make: Callable[[], T]) -> T:
        """`make()` once per object `of` (by identity) and `kind` in this renderer's life (one build)."""
        memo: dict[tuple[str, int], tuple[Any, Any]] = self.__dict__.setdefault("_memo", {})
        known = memo.get((kind, id(of)))
        if known is None or known[0] is not of:
            known = memo[(kind, id(of))] = (of, make())
        return known[1]

    def _assets(self) -> Pages:
        """Files under templates/assets/, the site's own replacing the shipped ones by name."""
        found: Pages = {}
        shipped = resources.files("generator").joinpath(TEMPLATES, ASSETS)
        for item in sorted(shipped.iterdir(), key=lambda p: p.name):
            if item.is_file():
                found[f"{ASSETS}/{item.name}"] = item.read_bytes()
        own = self.site_root / TEMPLATES / ASSETS
        if own.is_dir():
            for path in sorted(own.rglob("*")):
                if path.is_file() and not path.is_symlink() and not path.name.startswith("."):
                    found[f"{ASSETS}/{path.relative_to(own).as_posix()}"] = path.read_bytes()
        return found


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


def cards_json(site: Site, renderer: Renderer) -> bytes:
    """The site's data for other tools, in site order, with stable key order: one card a line (diffable, and
    Python's C encoder does it; an indented dump goes through its slow pure-Python one)."""
    about = {
        "title": site.title, "description": site.description, "base_url": site.base_url,
        "source": {"file": site.source.file, "title": site.source.title, "publisher": site.source.publisher,
                   "date": site.source.date.iso, "url": site.source.url},
        "categories": [{"id": c.id, "label": c.label, "description": c.description} for c in site.categories],
    }
    encode = json.JSONEncoder(ensure_ascii=False).encode
    cards = [f"    {encode(card_data(card, renderer.url_of(site, card.folder)))}".encode() for card in site.cards]
    listed = b"[\n" + b",\n".join(cards) + b"\n  ]" if cards else b"[]"  # bytes: 6 MB at 5,000 cards, held once
    return f'{{\n  "site": {encode(about)},\n  "cards": '.encode() + listed + b"\n}\n"


def card_data(card: Card, url: str) -> dict[str, Any]:
    return {
        "slug": card.slug, "category": card.category, "url": url, "title": card.title, "summary": card.summary,
        "source_quote": card.source_quote, "date": card.date.iso if card.date else None,
        "date_end": card.date_end.iso if card.date_end else None, "date_status": card.date_status,
        "figures": [{"label": f.label, "value": f.value, "unit": f.unit, "from": f.start} for f in card.figures],
        "tags": list(card.tags),
    }


def _plain_summary(card: Card) -> str:
    text = " ".join(card.summary.replace("*", "").replace("_", "").split())
    return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "…"


def _template_rel(filename: str | None, name: str | None) -> str:
    if filename:
        parts = Path(filename).parts
        if TEMPLATES in parts:
            at = len(parts) - 1 - parts[::-1].index(TEMPLATES)
            return "/".join(parts[at:])
    return f"{TEMPLATES}/{name or '?'}"


def _runtime_problem(error: Exception) -> Problem:
    """Find the template line a render error came from in its traceback."""
    for frame, line in reversed(list(traceback.walk_tb(error.__traceback__))):
        filename = frame.f_code.co_filename
        if filename.endswith((".html", ".xml", ".txt", ".json")) and TEMPLATES in Path(filename).parts:
            return Problem(_template_rel(filename, None), line, 1, f"template error: {error}")
    return Problem(f"{TEMPLATES}/?", 1, 1, f"template error: {type(error).__name__}: {error}")


# What a template may read of `site` without depending on its cards (for the build cache's page keys).
CARD_FREE_SITE_ATTRIBUTES = {"title", "description", "base_url", "url", "cname", "language", "source", "categories"}


def reads_every_card(env: jinja2.Environment, template: str) -> bool:
    """Whether `template`, or a template it extends, includes or imports, may read the site's cards.

    Looks at the parsed templates: only `site.<attribute>` with a card-free attribute is safe; any other use
    of `site` (site.cards, site['cards'], site.cards_in(), `set s = site`, site passed on) counts as reading
    every card. A template that cannot be read or parsed counts too (rendering will report it).
    """
    from jinja2 import meta, nodes

    seen: set[str] = set()
    todo: list[str | None] = [template]
    while todo:
        name = todo.pop()
        if name is None:  # a template chosen at render time: cannot tell
            return True
        if name in seen:
            continue
        seen.add(name)
        try:
            source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
            tree = env.parse(source, name, filename)
        except jinja2.TemplateError:
            return True
        safe: set[int] = set()
        for node in tree.find_all(nodes.Getattr):
            if isinstance(node.node, nodes.Name) and node.node.name == "site":
                if node.attr not in CARD_FREE_SITE_ATTRIBUTES:
                    return True
                safe.add(id(node.node))
        if any(node.name == "site" and id(node) not in safe for node in tree.find_all(nodes.Name)):
            return True
        todo.extend(meta.find_referenced_templates(tree))
    return False

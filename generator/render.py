"""Render every page of a site: (output path, bytes) one page at a time, or all in memory. Nothing is written here.

`build` hands the stream straight to `write`, so no stage holds every page (75 MB at 5,000 cards)."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
import sys
from collections.abc import Callable, Iterator
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import escape

from generator import fragments, jinjacode, meta, parallel, runs, spacing
from generator.contexts import Common, NotFoundPage, PageContext
from generator.environment import compile_all, compiled_templates, make_environment, site_assets
from generator.errors import Problem, SiteError, UsageError
from generator.listings import RELATED_LIMIT, citation_of, related_key
from generator.meta import PageInfo
from generator.model import Card, Site
from generator.pages import FileJob, Job, Plan, card_work
from generator.urls import Linker, SitePaths, Summary, absolute_link
from generator.write import Existing, Page, Staged, stage

if TYPE_CHECKING:
    from generator.cache import BuildCache

log = logging.getLogger("generator")

PAGE_TEMPLATES = ("index.html", "category.html", "card.html", "source.html")  # the pages the cache keys
PIECES_PER_BATCH = 512
BIG_PAGE = 1 << 20  # a worker writes a page this big to a file (the main process moves it into place)
FRAGMENTS_MIN_WORK = 60  # a page with less work renders its {% cache %} blocks afresh (see fragments.py)
# Only the site's own files. connect-src 'self' lets a page fetch its own robots.txt (Lighthouse's SEO audit
# does) and the preview's reload script reach its WebSocket; no script but the site's own files can run.
CSP = ("default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'")

Pages = dict[str, bytes]


class Renderer:
    """One Jinja environment for a site: the site's templates/ first, then the shipped defaults."""

    def __init__(self, site_root: Path, cache: BuildCache | None = None, staging: Path | None = None,
                 compiled_by: BuildCache | None = None) -> None:
        """`cache`: the build cache, for pages and compiled templates; `compiled_by`: for compiled templates alone."""
        self.site_root = site_root
        self.unused: list[Problem] = []  # templates that do not compile but no page uses: warnings (see compile)
        self.cache = cache  # pages whose inputs did not change since the last build are taken from it
        self.staging = staging  # where worker processes leave big pages (write.staging_area), if anywhere
        self.csp = escape(CSP)  # (Markup: no text's spaces bound in it, see spacing.py; escaped once a build)
        self.paths: SitePaths | None = None  # what the site publishes, for url() (set as a site renders)
        self.whole: Site | None = None  # the site whose pages url() may link to, when rendering only some of them
        kept = cache or compiled_by
        compiled = compiled_templates(kept.bytecode_folder, kept.code) if kept is not None else None
        self.env = make_environment(site_root, compiled, kept.code if kept is not None else None)

    def compile(self) -> list[Problem]:
        """Compile every page template now, so that worker processes forked later have them, and (for the
        cache) find out which read every card. Returns the errors of those that do not compile, and keeps those of
        templates no page uses in `unused` (see compile_all)."""
        broken, self.unused = compile_all(self.env, (*PAGE_TEMPLATES, "404.html"), self.site_root)
        if self.cache is not None:
            self.cache.learn_templates(self.env, set(PAGE_TEMPLATES))
        return broken

    def render(self, site: Site) -> Pages:
        """Every page, feed and asset of `site`, in memory; raises SiteError naming the template line on failure."""
        return {rel: Path(data.path).read_bytes() if isinstance(data, (Existing, Staged)) else data
                for rel, data in self.pages(site)}

    def pages(self, site: Site) -> Iterator[tuple[str, Page]]:
        """`render`, one file at a time: (output path, bytes) as pages are done, so no one holds them all.

        With a cache, a page it has unchanged comes as the previous output's file (`write.Existing`) instead."""
        try:
            yield from self._pages(site)
        except Exception as error:  # whatever a template's expressions raise (1/0, a self-include's RecursionError)
            from generator.templateerrors import template_problem  # (only when a page failed)

            if isinstance(error, (SiteError, UsageError)) or (problem := template_problem(error)) is None:
                raise  # ours, or a bug: no template line raised it
            raise SiteError([problem]) from None

    def _pages(self, site: Site) -> Iterator[tuple[str, Page]]:
        self.env.once_blocks = {}  # type: ignore[attr-defined]  # this build's {% once %} blocks (see once.py)
        # the pages for the workers, with what it takes to key and to render each; a card page as its card (its
        # job is made where it renders: 5,000 jobs made here would hold up the workers' start)
        todo: list[Job | FileJob | Card] = []
        card_folders = [card.folder for card in site.cards]
        folders = ["", *(c.folder for c in site.categories), *card_folders, "source/"]
        files = {**meta.crawler_files(site, folders), **site_assets(self.site_root)}  # (no pages)
        linkable = folders if self.whole is None else \
            ["", *(c.folder for c in site.categories), *(card.folder for card in self.whole.cards), "source/"]
        self.paths = SitePaths(linkable, ["cards.json", "404.html", *files])
        fewest = FRAGMENTS_MIN_WORK - 1 - RELATED_LIMIT  # figures from which a card page keeps its blocks (card_work)
        many_figures = {i for i, n in enumerate(map(len, map(attrgetter("figures"), site.cards))) if n >= fewest}
        settings = self._settings()
        cache = self.cache
        fragment_pages: set[str] = set()  # pages that keep their {% cache %} blocks (the cache drops the rest)

        def render_one(job: Job | FileJob | Card) -> tuple[str, Page, str | None, tuple[str, tuple[str, ...]] | None]:
            """A page, its cache key and, for a page with a hint, (the hint, the card files it shows); the
            previous output's file instead if the cache has the page unchanged.

            `job.make()` makes what its template gets from `job.inputs` (the cards, categories... it shows) and
            the site without its cards, and from nothing else: the cache keys the page by those alone. It runs
            only if the page is rendered. Keys are worked out here, in the workers: an edit's listing pages
            start rendering at once."""
            if type(job) is FileJob:
                made = job.make()
                pieces = made if type(made) is list else [made]
                return job.path, staged(job.path, pieces) or _concat(pieces), None, None  # type: ignore
            (template, folder, title, describe), inputs, work, make, hint, card = \
                job if type(job) is Job else plan.card(job)
            path = folder + "index.html"
            # a description made by a function is made from the page's inputs: the key has it through them
            head = (template, folder, title, describe if isinstance(describe, str) else "")
            key = shows = None
            if cache is not None:
                values = inputs() if callable(inputs) else inputs
                key = cache.page_key(site, settings, self.env, head, values)
                if hint and key is not None:
                    shows = cache.keys.dependencies(self.env, template, values)
            shown = (hint, shows) if shows is not None else None
            if cache is not None and key is not None and cache.may_reuse(path):
                kept = cache.reuse(path, key)
                if kept is not None:
                    return path, kept, key, shown
            context = make()
            info = self._info(site, template, folder, title, describe, card)
            store = None
            if cache is not None and work >= FRAGMENTS_MIN_WORK:
                store = cache.fragments(site, settings, self.env, path)
            self.env.fragments = store  # type: ignore[attr-defined]
            try:
                parts = self._parts(template, site, info, context)
            except Exception as error:  # the page it failed on: a template's error may hold for one card alone
                error.page = f"{card.path}'s page" if card is not None else path  # type: ignore[attr-defined]
                raise
            finally:
                self.env.fragments = None  # type: ignore[attr-defined]
                runs.forget()
                if store is not None:
                    store.save(ok=sys.exc_info()[0] is None)  # a page that failed keeps the old blocks
            if store is not None and store.kept:
                log.debug("%s: %d of %d {%% cache %%} blocks rendered", path, store.rendered, len(store.kept))
            return path, staged(path, parts) or _concat(parts), key, shown

        def staged(path: str, parts: list[bytes | memoryview]) -> Staged | None:
            """A big page a worker made, written to the staging area; hashed only if the last output's file has its
            size (a cold build's 24 MB of listing pages are not: see cache.unchanged_file)."""
            if self.staging is None or (size := sum(map(len, parts))) < BIG_PAGE or not parallel.in_worker():
                return None
            old = cache.old_files.get(path) if cache is not None else None
            return stage(parts, self.staging, hashed=old is not None and old.size == size)

        # a card page shows its card and related cards: which those are depends on every card's id and tags
        chosen_by = related_key(site.cards) if cache is not None else ""
        plan = Plan(site, chosen_by)

        def card_pages(here: bool) -> Iterator[tuple[str, Existing] | Card]:
            """The card pages made from nothing that changed, as the previous output's files (no key to work
            out, nothing to render), and the cards of the others (for the workers, or `here` in this process)."""
            paths = [folder + "index.html" for folder in card_folders]
            unchanged = cache.unchanged_pages(site, settings, self.env, paths, chosen_by) if cache is not None else {}
            log.debug("%d pages taken as they are (made from no card that changed), %d card pages to key or "
                      "render%s", len(unchanged), len(site.cards) - len(unchanged), " here" if here else "")
            # (an unchanged page's card is not touched: here, once workers are forked, that copies its memory page)
            for i, path in enumerate(paths):
                page = unchanged.get(path)
                if page is not None:
                    if i in many_figures:
                        fragment_pages.add(path)
                    yield path, page
                else:
                    yield site.cards[i]

        source = plan.source()
        todo.extend((plan.front(), *map(plan.category, site.categories), source))

        def cards_file() -> bytes | list[bytes | memoryview]:  # the last cards.json's unchanged cards' lines (6 MB)
            unchanged = cache.unchanged_cards(site, settings, self.env) if cache is not None else set()
            if cache is None or not unchanged or not (data := cache.previous_file("cards.json", parallel.in_worker())):
                return meta.cards_json(site)
            return meta.spliced_cards_json(site, data, cache.old_card_order, cache.card_order, cache.fresh) \
                or meta.cards_json(site, meta.previous_lines(data[:], cache.old_card_order, unchanged))

        todo.append(FileJob("cards.json", cards_file, 1 + len(site.cards)))
        if cache is not None:
            cache.card_order = [card.path for card in site.cards]
        # an edit of a few cards: the workers start on the listing pages at once, and this process finds the
        # unchanged card pages and renders the few others meanwhile
        few = cache is not None and cache.few_changed_cards(site, settings, self.env, chosen_by)
        kept: list[tuple[str, Existing]] = []
        mine: list[Job] = []
        for item in card_pages(here=False) if not few else ():
            if type(item) is Card:
                todo.append(item)
            else:
                kept.append(item)
        if cache is not None:
            cache.learn_templates(self.env, {job.head[0] for job in todo if type(job) is Job} | {"card.html"})
            # an edit that leaves every citation as it was leaves the source page (~50 ms of CPU at 5,000 cards)
            if few and (page := cache.kept_page("source.html", "source/index.html", citation_of)):
                todo.remove(source)
                kept.append(("source/index.html", page))
                fragment_pages.add("source/index.html")  # its {% cache %} blocks are kept

        def own_share() -> Iterator[tuple[str, Page, str | None, tuple[str, tuple[str, ...]] | None]]:
            """What this process does while the workers render (in a small site, first): the unchanged pages
            (and, for an edit of a few cards, the changed card pages), then the files that are not pages."""
            for item in kept if not few else itertools.chain(kept, card_pages(here=True)):
                if type(item) is Card:
                    mine.append(plan.card(item))
                    yield render_one(mine[-1])
                else:
                    yield item[0], item[1], None, None
            kept.clear()
            yield "404.html", self._not_found(site), None, None
            yield from ((rel, data, None, None) for rel, data in files.items())
            if cache is not None and not few:  # an edit's one file of cards is pickled once the site is out
                cache.save_cards()  # meanwhile, not after the pages: a cold build pickles every card

        work = [job.work if type(job) is not Card else card_work(job) for job in todo]
        for _, (path, data, key, shown) in parallel.each_item(render_one, todo, work, parallel.MIN_WORK * 10,
                                                              meanwhile=own_share):
            if cache is not None and key is not None:
                cache.page_keys[path] = key
                if shown is not None:
                    cache.dependencies[path] = shown
            yield path, data
        if cache is not None:
            made = [*((job, weight) for job, weight in zip(todo, work, strict=True) if type(job) is not FileJob),
                    *((job, job.work) for job in mine)]
            cache.fragment_pages = fragment_pages | {(job.folder if type(job) is Card else job.head[1]) + "index.html"
                                                     for job, weight in made if weight >= FRAGMENTS_MIN_WORK}
        todo.clear()

    def page_problems(self, site: Site, first: list[Problem]) -> list[Problem]:
        """`first` (a build's first template error) and the first error of each other kind of page, each rendered
        here on its own: the front page, a category page, the source page, a card page of each category, the 404
        page (a build stops at the first error; two templates' mistakes took two builds to learn)."""
        from generator.templateerrors import template_problem

        if self.paths is None:  # (not rendered: nothing to link to)
            return first
        found = list(first)

        def note(error: Exception, page: str | None) -> None:
            if page is not None:
                error.page = page  # type: ignore[attr-defined]
            problem = template_problem(error)  # (once a template line: another card's page may fail there too)
            if problem is not None and (problem.path, problem.line) not in {(p.path, p.line) for p in found}:
                found.append(problem)

        plan = Plan(site, "")
        self.env.once_blocks = {}  # type: ignore[attr-defined]
        self.env.fragments = None  # type: ignore[attr-defined]
        few = {card.category: card for card in reversed(site.cards)}.values()
        for job in (plan.front(), *map(plan.category, site.categories[:1]), plan.source(), *map(plan.card, few)):
            (template, folder, title, describe), _, _, make, _, card = job
            info = self._info(site, template, folder, title, describe, card)
            try:
                self._parts(template, site, info, make())
            except Exception as error:
                note(error, f"{card.path}'s page" if card is not None else info.path)
            finally:
                runs.forget()
        try:
            self._not_found(site)
        except Exception as error:
            note(error, None)  # (as the build says it)
        return found

    def _info(self, site: Site, template: str, folder: str, title: str, describe: str | Callable[[], str],
              card: Card | None) -> PageInfo:
        """What the template of a page in `folder` gets about it (`page`)."""
        return PageInfo(folder + "index.html", folder, title, describe, self._canonical(site, folder), self.csp, site,
                        template, card)

    def _not_found(self, site: Site) -> bytes:
        """The 404 page (its links absolute: it is served at any address)."""
        info = PageInfo("404.html", "", site.page_title(site.words.not_found), site.description,
                        self._canonical(site, ""), self.csp, None)
        return self._page("404.html", site, info, NotFoundPage(), absolute=True)

    def _settings(self) -> dict[str, Any]:
        """The renderer's options (they go into every page's cache key)."""
        return {k: v for k, v in sorted(vars(self).items()) if isinstance(v, (str, bool, int, float))}

    def _page(self, template: str, site: Site, info: PageInfo, context: PageContext,
              absolute: bool = False) -> bytes:
        return _concat(self._parts(template, site, info, context, absolute))

    def _parts(self, template: str, site: Site, info: PageInfo, context: PageContext,
               absolute: bool = False) -> list[bytes | memoryview]:
        """A page as pieces of UTF-8 (a big page is written out as they are, not joined first)."""
        bind = spacing.binder(site.words)
        common = Common(site=site, words=site.words, page=info, url=self._linker(site, info.folder, absolute),
                        summary=Summary(info.folder, bind), preview_script="")
        pieces = self.env.get_template(template).generate(**common, **context)
        # joined a batch at a time: a front page of 5,000 cards is ~500,000 pieces, too many to hold at once;
        # a kept {% cache %} block is one piece of ~10 kB, so a batch stays a few MB at most
        jinjacode.bind_spaces(bind)  # (the pieces are made as they are joined, here)
        try:
            if self.env.fragments is not None:  # type: ignore[attr-defined]
                return fragments.joined(pieces, PIECES_PER_BATCH)  # a page that keeps its {% cache %} blocks
            parts: list[bytes | memoryview] = []
            while batch := list(itertools.islice(pieces, PIECES_PER_BATCH)):
                parts.append("".join(batch).encode("utf-8"))
            return parts
        finally:
            jinjacode.bind_spaces(None)

    def _linker(self, site: Site, here: str, absolute: bool) -> Callable[[str], str]:
        """url('politics/') -> a link from the page in folder `here` to that site path."""
        if absolute:
            return functools.partial(absolute_link, site.base_url, self.paths)
        return Linker(here, self.paths)

    def _canonical(self, site: Site, folder: str) -> str:
        return f"{site.url}{site.base_url}{folder}"


def template_problems(site_root: Path, site: Site | None, compiled_by: BuildCache | None = None
                      ) -> tuple[list[Problem], list[Problem]]:
    """The templates' errors to be said with the content's problems, not once they are fixed: every template
    that does not compile, else the first error on a small site of what did load (a card of each category);
    then the errors of templates no page uses (warnings). (A bug of ours here leaves the content's problems to be
    said alone.) `compiled_by`: a build cache whose compiled templates to use (compiling them took ~0.3 s)."""
    unused: list[Problem] = []
    try:
        renderer = Renderer(site_root, compiled_by=compiled_by)
        broken = renderer.compile()
        unused = renderer.unused
        if broken or site is None:
            return broken, unused
        few = tuple({card.category: card for card in reversed(site.cards)}.values())
        renderer.whole = site  # (a template's url() of another card's page is no error)
        small = dataclasses.replace(site, cards=few)
        try:
            for _ in renderer.pages(small):
                pass
        except SiteError as error:
            return renderer.page_problems(small, error.problems), unused
    except SiteError as error:
        return error.problems, unused
    except Exception:  # not a template's error: the content's problems still go out
        log.debug("trying the templates failed", exc_info=True)
    return [], unused


def _concat(parts: list[bytes | memoryview]) -> bytes:
    return parts[0] if len(parts) == 1 and type(parts[0]) is bytes else b"".join(parts)

"""The build: load -> render -> write, with the build cache, and the preview's hooks.

The one recipe `build`, `deploy` and `serve` (for each rebuild) run; the CLI (cli.py) says what it did."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import Problem, SiteError

if TYPE_CHECKING:  # imported while the cards load (see build)
    from generator.cache import BuildCache, Reported
    from generator.model import Site
    from generator.render import Renderer
    from generator.spare import Survey

log = logging.getLogger("generator")


def build(site_root: Path, output: Path, cache: bool = True, on_published: Callable[[int], None] | None = None,
          reported: Reported | None = None, surveyed: Survey | None = None, watched: bool = False,
          on_loaded: Callable[[Site, list[Problem]], None] | None = None) -> int:
    """load -> render -> write; returns the number of files in the site.

    With `cache`, unchanged cards and pages come from `.generator-cache/` beside the output (see cache.py),
    and a build whose inputs and output are as the last one left them does nothing. `on_published(count)`
    is called as soon as the new site is in place, before the old one is deleted and the cache saved (the preview
    reloads then).
    `reported`: what the preview's watcher saw change since the cache was saved (see cache.Reported);
    `watched`: this process builds again, trusting that watcher, and makes ahead what its next build's workers would
    (the preview's build process; see cache.save, listings.work_ahead and fragments.read_ahead);
    `surveyed`: the cache's spare output folder, listed beforehand (see spare.py); `on_loaded(site, unused)` is
    called with the site the build loaded and the templates no page uses that do not compile, which it has shown
    as warnings (not when it was up to date).
    """
    from generator import parallel
    from generator.config import require_site
    from generator.outputfolder import check_output
    from generator.write import staging_area, umask_changed, write_site

    require_site(site_root)  # (before the output's checks: --site site.yaml is said as such)
    check_output(site_root, output)
    store = None
    if cache:
        from generator.cache import BuildCache

        store = BuildCache(site_root, output, reported, watched)
        if store.up_to_date() and not umask_changed(output):  # (another umask: every file is written anew)
            log.debug("nothing changed since the last build: %s is up to date", output)
            if on_published is not None:
                on_published(len(store.old_files))
            return len(store.old_files)
    from generator.load import load_site

    renderer: Renderer | None = None
    broken: list[Problem] = []  # templates that do not compile
    # this code's first build of the templates: compiled in another process while this one reads the site, then
    # taken from the caches (`compiled()` waits for it)
    compiled = parallel.aside(lambda: _compile(site_root, store),
                              when=store is not None and not store.templates_known())

    def prepare() -> None:
        """Import Jinja and compile the templates while worker processes load the cards (render's workers,
        forked later, get them compiled)."""
        from generator.render import Renderer

        nonlocal renderer, broken
        if compiled():
            log.debug("templates compiled in a process of their own while the site loaded")
        renderer = Renderer(site_root, cache=store, staging=staging_area(output))
        broken = renderer.compile()
        for problem in renderer.unused:
            log.warning("%s", Problem(problem.path, problem.line, problem.column,
                                      f"warning: {problem.message}").shown(site_root))

    collecting = gc.isenabled()
    gc.disable()  # loading makes no reference cycles; scanning its many live objects again and again costs ~10%
    try:
        try:
            site = load_site(site_root, store, meanwhile=prepare)
        except SiteError as error:  # the templates' errors too, on what did load: every problem at once
            from generator.render import template_problems

            compiled()
            raise SiteError([*error.problems, *(broken or template_problems(site_root, error.partial, store)[0])]
                            ) from None
        if broken:
            raise SiteError(broken)
        assert renderer is not None  # load_site ran prepare()
        if on_loaded is not None:
            on_loaded(site, renderer.unused)
        gc.freeze()  # the loaded site lives until the end: never scan it; rendering's cycles are collected
        if collecting:
            gc.enable()
        pages = renderer.pages(site)  # rendered as they are written
        try:
            if store is None:
                count = write_site(pages, output, on_published=on_published)
            else:
                count = write_site(store.track(pages), output, keep=store.unchanged_file, spare=store.spare,
                                   surveyed=surveyed, on_published=on_published)
        except SiteError as error:  # a template's error: with those of the other kinds of page, all at once
            raise SiteError(renderer.page_problems(site, error.problems)) from None
        if store is not None:
            store.save(site.source.file)
        if watched:  # the preview's build process: what its next build's workers would read and make, done now
            from generator.fragments import read_ahead
            from generator.listings import work_ahead
            from generator.load import source_index

            entries = work_ahead(site)
            source_index(site.source.text, table=False)  # where a few edited cards' quotes are found (see load_cards)
            if store is not None:
                store.keys.tokens_ahead([*entries, *site.cards])  # (guarded by the cards' records: see there)
                read_ahead(store.fragments_folder)
        return count
    finally:
        compiled()  # (ended long since, but for a build whose site did not load)
        gc.unfreeze()
        if collecting:
            gc.enable()


def _compile(site_root: Path, store: BuildCache | None) -> None:
    """The templates compiled into the caches' folders, with which page templates read every card (see `build`)."""
    from generator.render import Renderer

    Renderer(site_root, cache=store).compile()

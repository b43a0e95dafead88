"""Live preview: serve the built site, rebuild it on every save, and reload the browser once the new site is in."""

from __future__ import annotations

import asyncio
import logging
import os
import shlex
import signal
import socket
import sys
import threading
import time
import warnings
import webbrowser
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

from generator.config import SITE_FILE, load_config
from generator.contexts import ErrorPage
from generator.environment import TEMPLATES, shipped_environment
from generator.errors import Problem, Problems, SiteError, UsageError, located, located_folder, system_error
from generator.listen import DEFAULT_HOST, address, bind, is_loopback
from generator.outputfolder import check_output
from generator.previewsite import STYLE_ROUTE, application
from generator.quotes import marked_up
from generator.rebuild import BuildFn, Builds, Rebuilder
from generator.render import CSP

log = logging.getLogger("generator.serve")

QUIET = 0.05  # seconds without a new change before a rebuild starts (a float: livereload ignores int delays)
SETTLED = 0.015  # the same after a change that finished a file (closed after writing, or renamed into place)
MAX_WAIT = 1.0  # seconds: changes that never stop still get a rebuild this often
LIVE_SCRIPT = "/livereload.js"  # livereload.js finds its server from its own URL, so it sits at the root
ERROR_TEMPLATE = "preview/error.html"


def quiet_library_warnings() -> None:
    """Hide warnings about the libraries' own insides: they are not for the user (nor for -W error)."""
    # tornado and livereload call APIs that Python 3.12+ deprecates; watchdog warns (harmlessly) when a folder
    # is re-created while it is adding watches for it
    for module in ("tornado", "livereload"):
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=rf"{module}(\.|$)")
    warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"watchdog(\.|$)")


class Preview:
    """Rebuilds once the changes settle, keeps the problems of the last build, and has the browsers reload."""

    def __init__(self, site_root: Path, output: Path, build: Builds, port: int) -> None:
        from generator.watch import SiteWatcher

        self.site_root = site_root
        self.output = output
        self.build = build
        self.port, self.script = port, f"{LIVE_SCRIPT}?port={port}"
        self.base, self.title, self.language = "/", "", "en"
        self.earlier_bases: list[str] = []  # base_urls the site was served under before: open tabs are sent on
        self.problems: list[Problem] = []
        self.error_html = b""
        self.generation = 0  # builds done, for the tabs: which one each page was served after (see previewsite)
        self.served: dict[str, int] = {}
        self.changed: list[str] = []
        self.unbuilt: list[str] = []  # saved since the last good build: their warnings are said after the next
        self.first_change = 0.0
        self.timer: asyncio.TimerHandle | None = None
        self.running: asyncio.Task[None] | None = None
        self.stopping = False  # set by finish: no rebuild may follow the final build
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="rebuild")
        self.loop = asyncio.get_running_loop()
        self.watcher = SiteWatcher(site_root, output, self._changed_elsewhere)
        self.read_settings()

    def read_settings(self) -> None:
        """base_url, title and language from site.yaml, kept as they were when it cannot be read."""
        config = load_config(self.site_root, Problems())
        if config is not None:
            if config.base_url != self.base and self.title:
                log.info("base_url is now %s: the site is served under it", config.base_url)
                self.earlier_bases = [self.base, *(b for b in self.earlier_bases if b not in (self.base,
                                                                                            config.base_url))]
            self.base, self.title, self.language = config.base_url, config.title, config.language
            self.watcher.ensure_watches(config.source_file)

    def _changed_elsewhere(self, rel: str, finished: bool) -> None:
        """Called from watchdog's thread."""
        self.loop.call_soon_threadsafe(self.changed_file, rel, finished)

    def changed_file(self, rel: str, finished: bool = False) -> None:
        """Note a change; the rebuild starts QUIET s after the last one (a burst of saves is one rebuild), or
        SETTLED s after it if it `finished` a file: an editor's save is whole by then, and the preview quicker."""
        now = self.loop.time()
        if not self.changed:
            self.first_change = now
        if rel not in self.changed:
            self.changed.append(rel)
        if self.running is not None or self.stopping:
            return  # picked up when the running rebuild ends (or never, once the preview is stopping)
        if self.timer is not None and now - self.first_change < MAX_WAIT:
            self.timer.cancel()
            self.timer = None
        if self.timer is None:
            self.timer = self.loop.call_later(SETTLED if finished else QUIET, self._start)

    def _start(self) -> None:
        self.timer = None
        self.running = asyncio.ensure_future(self.rebuild())

    async def rebuild(self, initial: bool = False) -> None:
        """Build into a staging folder, swap it in, then (and only then) tell the browsers to reload."""
        changed, self.changed = list(dict.fromkeys([*self.unbuilt, *self.changed])), []
        self.unbuilt = [] if initial else changed  # (until a build takes them in)
        had_problems = bool(self.problems)
        started = time.perf_counter()
        superseded = False
        try:
            count = await self.loop.run_in_executor(self.executor, self._build, None if initial else changed)
        except SiteError as error:
            if self.changed and not initial and not self.stopping:  # saved again meanwhile: what it read may be a
                superseded = True  # save caught halfway (an autosave's empty file); the next build says what holds
                log.debug("%d problems not shown: the site changed while it was built", len(error.problems))
            else:
                self._failed(error.problems, error.problems)
        except (UsageError, OSError) as error:
            if not os.path.lexists(self.site_root / SITE_FILE):  # (moved away, renamed: the rest is the CLI's advice)
                gone = [Problem(SITE_FILE, 1, 1, f"{SITE_FILE} is gone (moved, renamed or deleted): the preview "
                                "shows this until it is back")]
                self._failed(gone, gone)
            else:
                said = system_error(error) if isinstance(error, OSError) else str(error)
                self._failed([Problem(self.output.name, 1, 1, said)], [], f"error: {said}")
        except Exception as error:  # a bug: report it like a problem so the preview stays up
            log.debug("rebuild failed", exc_info=True)
            self._failed([Problem("generator", 1, 1, f"internal error: {error!r}")], [],
                         f"internal error: {error!r} (serve -v shows where)")
        else:
            self.problems, self.error_html, self.unbuilt = [], b"", []
            self.read_settings()
            took = (time.perf_counter() - started) * 1000
            if initial:
                log.info("built %d files in %.0f ms", count, took)
            else:
                log.info("rebuilt %d files in %.0f ms after a change to %s", count, took,
                         _listed(changed, self.site_root))
        finally:
            self.running = None
            if self.changed and self.timer is None and not self.stopping:
                self.timer = self.loop.call_later(QUIET, self._start)
        if not superseded:  # (the first build too: a tab may have asked for a page before there was any)
            # a stylesheet saved through a temporary file (sed -i, some editors): the file gone is no change of its own
            saved = [p for p in changed if p.endswith(".css") and (self.site_root / p).exists()]
            css_only = saved and all(p in saved or not (_input(p) or (self.site_root / p).exists()) for p in changed) \
                and not had_problems and not self.problems  # (a card or template deleted meanwhile: every page)
            self.generation += 1
            self.watcher.reload(saved[0] if css_only else "*")

    def _build(self, changed: list[str] | None) -> int:
        return self.build(self.site_root, self.output, changed=changed)

    def _failed(self, problems: list[Problem], printed: list[Problem], message: str = "") -> None:
        self.problems = problems
        for problem in printed:
            print(problem.shown(self.site_root), file=sys.stderr)
        if message:
            print(message, file=sys.stderr)
        count, output = len(problems), located_folder(self.output)
        kept = f"{output} keeps the last good site" if self._built() else f"no site is built into {output} until then"
        print(f"{count} problem{'s' if count != 1 else ''} found; the browser shows "
              f"{'them' if count != 1 else 'it'} until fixed, and {kept}.", file=sys.stderr, flush=True)
        self.read_settings()
        self.error_html = self.render_error_page()

    def _built(self) -> bool:
        """Whether the output folder holds a site a build made (not before the first good build)."""
        return (self.output / "index.html").is_file()

    def render_error_page(self) -> bytes:
        """The problems as a page in the site's look, reloading by itself like the site's pages."""
        env = shipped_environment()
        context = ErrorPage(problems=self.problems, messages=[marked_up(problem.message) for problem in self.problems],
                            title=self.title or "Preview", language=self.language, csp=CSP,
                            home=self.base, stylesheet=STYLE_ROUTE, preview_script=self.script,
                            output=located_folder(self.output), built=self._built())
        html = env.get_template(ERROR_TEMPLATE).render(**context)
        return html.encode("utf-8")

    def stylesheet(self) -> bytes:
        """The site's own stylesheet if it has one, else the shipped one (for the error page)."""
        own = self.site_root / TEMPLATES / "assets" / "style.css"
        if own.is_file() and not own.is_symlink() and not own.parent.is_symlink():  # (a link is left out of the
            # site, the file or its assets/ folder: not served here either)
            return own.read_bytes()
        return resources.files("generator").joinpath(TEMPLATES, "assets", "style.css").read_bytes()

    async def finish(self) -> None:
        """Stop watching, let a running rebuild end, and build once more: output/ holds the site as it is saved."""
        self.stopping = True
        self.watcher.stop()
        if self.timer is not None:
            self.timer.cancel()
        if self.running is not None:
            await asyncio.shield(self.running)
        try:
            await self.loop.run_in_executor(self.executor, self.build, self.site_root, self.output)
        except Exception as error:  # SiteError, OSError, or a bug: the last preview build stays; we exit cleanly
            log.debug("final build failed", exc_info=True)
            said = set(self.problems)  # (said already, if the last rebuild found them too)
            for problem in error.problems if isinstance(error, SiteError) else ():
                if problem not in said:
                    print(problem.shown(self.site_root), file=sys.stderr)
            if isinstance(error, (UsageError, OSError)):
                print(f"error: {system_error(error) if isinstance(error, OSError) else error}", file=sys.stderr)
            command, output = build_command(self.site_root, self.output), located_folder(self.output)
            log.warning(f"{output} holds the last site that built: fix the problems and run `{command}` before "
                        "publishing" if self.output.is_dir() else
                        f"no site was built: fix the problems and run `{command}`")
        else:
            log.info("%s holds the site: ready to publish", located_folder(self.output))
        self.executor.shutdown(wait=True)


def build_command(site: Path, output: Path) -> str:
    """The build command for this site and output, to paste in the current folder."""
    command = "python -m generator build"
    if os.path.abspath(site) != os.getcwd():
        command += f" --site {shlex.quote(located(site, '.'))}"
    if os.path.abspath(output) != os.path.abspath(site / "output"):
        command += f" --output {shlex.quote(located(output, '.'))}"
    return command


def _input(path: str) -> bool:
    """Whether a changed path names what a build reads (a card, a template, the settings, a source), not an editor's
    temporary file (`sed -i`'s sedX1b2c3, vim's 4913): a stylesheet saved beside it is no change of its own."""
    return path == SITE_FILE or path.endswith((".yaml", ".yml", ".html", ".md", ".txt"))


def _listed(paths: list[str], root: Path) -> str:
    """'content/a.yaml and 2 more files' (see errors.located), of those still there or read by a build if any
    (`sed -i` saves through a temporary file)."""
    paths = [rel for rel in paths if (root / rel).exists() or _input(rel)] or paths
    if not paths:
        return "the site"
    more = len(paths) - 1
    return located(root, paths[0]) + (f" and {more} more file{'s' if more > 1 else ''}" if more else "")


def serve(site_root: Path, output: Path, build: BuildFn, host: str = DEFAULT_HOST, port: int | None = None,
          open_browser: bool = False, on_ready: Callable[[str], None] | None = None) -> int:
    """Serve until Ctrl-C or SIGTERM; returns 0. Raises UsageError for a bad output folder or a busy port."""
    quiet_library_warnings()
    check_output(site_root, output)
    sockets = bind(host, port)
    if not is_loopback(host):
        log.warning("warning: --host %s makes the preview reachable from other machines on the network; "
                    "leave out --host to keep it on this computer (127.0.0.1)", host or "'' (every address)")
    rebuilder = Rebuilder(build)  # now, while this process has no other thread: builds can use every core
    try:
        return asyncio.run(_run(site_root, output, rebuilder, host, sockets, open_browser, on_ready))
    finally:
        rebuilder.close()
        for sock in sockets:
            sock.close()


async def _run(site_root: Path, output: Path, build: Rebuilder, host: str, sockets: list[socket.socket],
               open_browser: bool, on_ready: Callable[[str], None] | None) -> int:
    from livereload.handlers import LiveReloadHandler
    from tornado.httpserver import HTTPServer

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows: fall back to Python's handler
            signal.signal(signum, lambda *_: loop.call_soon_threadsafe(stop.set))

    port = sockets[0].getsockname()[1]
    preview = Preview(site_root, output, build, port)
    LiveReloadHandler.watcher = preview.watcher
    LiveReloadHandler.live_css = True
    LiveReloadHandler.DEFAULT_RELOAD_TIME = 0.0  # else a second save within 3 s rebuilds without reloading
    LiveReloadHandler.start_tasks()  # hands poll_tasks to our watcher; it polls nothing itself
    server = HTTPServer(application(preview, local=is_loopback(host)))
    server.add_sockets(sockets)
    preview.watcher.begin()  # before the first build, so a save during it is not missed
    first = preview.running = asyncio.ensure_future(preview.rebuild(initial=True))
    stopped = asyncio.ensure_future(stop.wait())
    await asyncio.wait({first, stopped}, return_when=asyncio.FIRST_COMPLETED)
    if not first.done():  # Ctrl-C during the first build: said at once; the build ends (its output whole), no more
        log.info("stopping once the build under way ends…")
    await first
    if not stop.is_set():
        url = address(host, port, preview.base)
        if on_ready is not None:
            on_ready(url)
        if open_browser:
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    await stopped

    log.info("stopping…")
    server.stop()
    for waiter in list(LiveReloadHandler.waiters):
        waiter.close()
    await preview.finish()
    await server.close_all_connections()
    return 0

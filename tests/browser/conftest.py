"""Browser test set-up: Debian's chromium through Playwright, and the built seed briefing served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.support import RESOLVER_RULE, Guard, Pages

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def chromium_path() -> str:
    """The system chromium; in CI its absence fails the run instead of skipping it."""
    exe = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if exe:
        return exe
    message = "chromium missing: apt-get install -y --no-install-recommends chromium (bash scripts/test does it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch options, pointed at Debian's chromium and kept off the network."""
    args = [*browser_type_launch_args.get("args", []), RESOLVER_RULE]
    return {**browser_type_launch_args, "executable_path": chromium_path(), "args": args}


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files like GitHub Pages: a missing path gets the site's 404.html with status 404."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="session")
def site_dir(built_seed: Path) -> Path:
    """The shipped briefing, built once into a temporary folder."""
    return built_seed


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """The built briefing served over HTTP on 127.0.0.1 (a free port); yields 'http://127.0.0.1:PORT/'."""
    handler = functools.partial(_SiteHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="session")
def guard() -> Guard:
    return Guard()


@pytest.fixture(autouse=True)
def _no_external_requests(guard: Guard) -> Iterator[None]:
    """Every browser test fails if anything tried to leave the site."""
    before = len(guard.external)
    yield
    assert guard.external[before:] == [], f"requests outside the site: {guard.external[before:]}"


@pytest.fixture(scope="session")
def pages(browser: Browser, guard: Guard, site_url: str) -> Iterator[Pages]:
    """The session's reusable pages (one browser for the whole session, one context per set of options)."""
    found = Pages(browser, guard, site_url)
    yield found
    found.close()


@pytest.fixture(scope="session")
def axe_violations() -> Callable[[Page], list[str]]:
    """A function: page -> ['rule-id (impact): targets'] for every axe-core WCAG 2.2 A/AA or best-practice issue."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def run(page: Page) -> list[str]:
        options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
        result = axe.run(page, options=options)
        return [f"{v['id']} ({v['impact']}): {', '.join(str(n['target']) for n in v['nodes'][:5])}"
                for v in result.response["violations"]]

    return run

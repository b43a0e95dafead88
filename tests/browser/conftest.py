"""Browser test set-up: Debian's chromium through Playwright, and the built seed briefing served on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.support import RESOLVER_RULE, Guard, Pages, new_context
from tests.conftest import french_seed, tool_missing
from tests.linkcheck import serve_under

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def chromium_path() -> str:
    """The system chromium; its absence fails the run (see tool_missing)."""
    exe = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if exe:
        return exe
    tool_missing("chromium missing: apt-get install -y --no-install-recommends chromium (bash scripts/test does it)")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch options, pointed at Debian's chromium and kept off the network."""
    args = [*browser_type_launch_args.get("args", []), RESOLVER_RULE]
    return {**browser_type_launch_args, "executable_path": chromium_path(), "args": args}


@pytest.fixture(scope="session")
def site_dir(built_seed: Path) -> Path:
    """The shipped briefing, built once into a temporary folder."""
    return built_seed


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """The built briefing served over HTTP on 127.0.0.1 like GitHub Pages; yields 'http://127.0.0.1:PORT/'."""
    with serve_under(site_dir, "/") as url:
        yield url


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
def french_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The shipped briefing with `language: fr`, built once and served on 127.0.0.1; yields its base URL."""
    site = french_seed(tmp_path_factory.mktemp("french"))
    with serve_under(site / "output", "/") as url:
        yield url


@pytest.fixture
def french_page(browser: Browser, guard: Guard) -> Iterator[Page]:
    """A page of its own (behind the route guard), for the French briefing."""
    context = new_context(browser, guard)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def pages(browser: Browser, guard: Guard, site_url: str) -> Iterator[Pages]:
    """The session's reusable pages (one browser for the whole session, one context per set of options)."""
    found = Pages(browser, guard, site_url)
    yield found
    found.close()


@pytest.fixture(scope="session")
def axe_violations() -> Callable[..., list[str]]:
    """A function: page -> ['rule-id (impact): targets'] for every axe-core WCAG 2.2 A/AA or best-practice issue
    (in the parts of the page `within` names, CSS selectors, if given: a whole page of 300 cards takes 15 s)."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def run(page: Page, within: list[str] | None = None) -> list[str]:
        options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
        context = {"include": [[selector] for selector in within]} if within else None
        result = axe.run(page, context=context, options=options)
        return [f"{v['id']} ({v['impact']}): {', '.join(str(n['target']) for n in v['nodes'][:5])}"
                for v in result.response["violations"]]

    return run

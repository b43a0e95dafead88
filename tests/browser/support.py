"""What the browser tests share: the page types of the site, the route guard, reusable pages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Page, Route

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
RESOLVER_RULE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}

# Every page type of the built site: name -> path under the site root.
PAGE_TYPES = {
    "front": "index.html",
    "category": "defence/index.html",
    "card": "industry/steel-mills-upgrade/index.html",
    "source": "source/index.html",
    "error": "no-such-page/",
}


class Guard:
    """Route guard: requests to any host but the test server are aborted and recorded."""

    def __init__(self) -> None:
        self.external: list[str] = []

    def __call__(self, route: Route) -> None:
        url = route.request.url
        if urlsplit(url).hostname in LOCAL_HOSTS or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()


def new_context(browser: Browser, guard: Guard, **options: Any) -> BrowserContext:
    """A browser context whose every request passes the route guard."""
    context = browser.new_context(**options)
    context.route("**/*", guard)
    return context


class Pages:
    """Pages reused across tests: one browser context and page per set of options (width, colour scheme...)."""

    def __init__(self, browser: Browser, guard: Guard, site_url: str) -> None:
        self.browser, self.guard, self.site_url = browser, guard, site_url
        self._pages: dict[str, Page] = {}
        self._errors: dict[int, list[str]] = {}

    def get(self, width: int = 1280, **options: Any) -> Page:
        """The reused page for these context options (created on first use)."""
        key = repr((width, sorted(options.items())))
        if key not in self._pages:
            context = new_context(self.browser, self.guard, viewport={"width": width, "height": 900}, **options)
            page = context.new_page()
            errors = self._errors.setdefault(id(page), [])
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
            self._pages[key] = page
        return self._pages[key]

    def open(self, path: str, width: int = 1280, **options: Any) -> Page:
        """Load a site path ('index.html', 'defence/index.html'...) in a reused page; fail on console errors."""
        page = self.get(width, **options)
        errors = self._errors[id(page)]
        errors.clear()
        response = page.goto(self.site_url + path, wait_until="load")
        assert response is not None
        expected = 404 if path == PAGE_TYPES["error"] else 200
        assert response.status == expected, (path, response.status)
        # The error page logs its own 404 status; anything else (a CSP block, a script error) is a failure.
        unexpected = [e for e in errors if not (expected == 404 and "status of 404" in e)]
        assert unexpected == [], f"console errors on {path}: {unexpected}"
        return page

    def errors(self, page: Page) -> list[str]:
        """The console errors `page` logged since it was last opened."""
        return list(self._errors[id(page)])

    def close(self) -> None:
        for page in self._pages.values():
            page.context.close()


def rgba(css: str) -> tuple[float, float, float, float]:
    """A computed colour ('rgb(1, 2, 3)', 'rgba(1, 2, 3, 0.5)') as (r, g, b, alpha)."""
    numbers = [float(n) for n in re.findall(r"-?[\d.]+", css)]
    return numbers[0], numbers[1], numbers[2], numbers[3] if len(numbers) > 3 else 1.0


def faded(css: str, opacity: str | float) -> tuple[float, float, float, float]:
    """A computed colour drawn with an element's `opacity`."""
    r, g, b, a = rgba(css)
    return r, g, b, a * float(opacity)


def over(top: str | tuple[float, float, float, float], under: str) -> tuple[float, float, float, float]:
    """`top` laid over the opaque colour `under` (what a half-transparent colour shows as)."""
    r, g, b, a = rgba(top) if isinstance(top, str) else top
    below = rgba(under)
    return (r * a + below[0] * (1 - a), g * a + below[1] * (1 - a), b * a + below[2] * (1 - a), 1.0)


def contrast(foreground: str | tuple[float, float, float, float], background: str,
             canvas: str = "rgb(255, 255, 255)") -> float:
    """The WCAG contrast ratio of a text colour on a background, each laid over what is under it (`canvas`)."""
    def luminance(colour: tuple[float, float, float, float]) -> float:
        linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in colour[:3]]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    back = over(background, canvas)
    back_css = "rgb({}, {}, {})".format(*back[:3])
    light, dark = sorted((luminance(over(foreground, back_css)), luminance(back)), reverse=True)
    return (light + 0.05) / (dark + 0.05)

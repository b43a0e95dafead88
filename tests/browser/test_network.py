"""No request leaves the site, the front page is light, every page's metadata is there and parses."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Request

from tests.browser.support import PAGE_TYPES, Guard, Pages

BUDGET = 50 * 1024  # bytes, uncompressed, for everything the front page loads


def test_route_guard_blocks_and_records_other_hosts(pages: Pages, guard: Guard) -> None:
    """The guard the whole suite relies on really stops a request to another host."""
    page = pages.get().context.new_page()  # a page of a guarded context (the CSP would stop an <img> first)
    before = len(guard.external)
    with pytest.raises(PlaywrightError):
        page.goto("https://example.org/pixel.png")
    page.close()
    assert guard.external[before:] == ["https://example.org/pixel.png"]
    del guard.external[before:]


def test_front_page_transfer_is_under_50_kb(pages: Pages, site_url: str) -> None:
    page = pages.get(1280, service_workers="block")  # a fresh context: nothing cached
    finished: list[Request] = []
    def record(request: Request) -> None:
        finished.append(request)

    page.on("requestfinished", record)
    page.goto(site_url + "index.html", wait_until="load")
    page.remove_listener("requestfinished", record)
    sizes = {r.url.removeprefix(site_url): r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]
             for r in finished}
    # Page listeners do not see the favicon request; count it from the <link rel=icon> the page names.
    icon = page.eval_on_selector("link[rel=icon]", "el => el.href")
    response = page.request.get(icon)
    assert response.ok
    sizes[icon.removeprefix(site_url)] = len(response.body())
    total = sum(sizes.values())
    print(f"\nfront page transfer: {total:,} bytes in {len(sizes)} files: "
          + ", ".join(f"{name} {size:,}" for name, size in sizes.items()))
    assert {"index.html", "assets/style.css", "assets/filter.js", "assets/favicon.svg"} <= set(sizes)
    assert all(size > 0 for size in sizes.values())
    assert total < BUDGET


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_metadata_on_every_page(pages: Pages, kind: str) -> None:
    page = pages.open(PAGE_TYPES[kind])
    head = page.evaluate("""() => {
        const meta = {};
        document.querySelectorAll('meta[name], meta[property]').forEach(m =>
            meta[m.getAttribute('name') || m.getAttribute('property')] = m.content);
        return {title: document.title, meta,
                icon: document.querySelector('link[rel=icon]').href,
                ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => s.textContent)};
    }""")
    assert head["title"] and head["meta"]["description"]
    for name in ("og:title", "og:description", "og:type", "og:site_name", "twitter:card"):
        assert head["meta"].get(name), name
    assert head["meta"]["og:title"] == head["title"]
    assert head["meta"]["twitter:card"] == "summary"
    assert head["icon"].endswith("/assets/favicon.svg")
    if kind == "error":
        return
    (text,) = head["ld"]
    data = json.loads(text)
    assert data["@context"] == "https://schema.org"
    if kind in ("front", "card"):
        assert data["@type"] == "NewsArticle" and head["meta"]["og:type"] == "article"
        assert data["isBasedOn"]["@type"] == "NewsArticle"
        assert data["isBasedOn"]["publisher"]["name"] == "Dawn"
        assert data["isBasedOn"]["datePublished"] == "2011-09-17"
    else:
        assert data["@type"] == "WebPage" and data["isPartOf"]["@type"] == "NewsArticle"


def test_favicon_and_robots_are_served(pages: Pages, site_url: str) -> None:
    page = pages.get()
    icon = page.request.get(site_url + "assets/favicon.svg")
    assert icon.ok and icon.headers["content-type"] == "image/svg+xml" and icon.body().startswith(b"<svg")
    robots = page.request.get(site_url + "robots.txt")
    assert robots.ok and robots.text().startswith("User-agent: *")
    assert page.request.get(site_url + "sitemap.xml").status == 404, "no sitemap without site.yaml's url"

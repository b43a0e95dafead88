"""A small link checker: serve a site folder under a path prefix on 127.0.0.1 and check every link of its pages.

`serve_under(root, "/repo/")` runs a real HTTP server that answers like GitHub Pages for a project site
(files under /repo/, folders redirect to their slash form and serve index.html, anything missing gets 404.html
with status 404). `check_pages(base_url, paths)` fetches each page over HTTP, parses it with html.parser and
checks that every internal link and asset answers 200 and that every #fragment names an id on its target page.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import SplitResult, unquote, urldefrag, urljoin, urlsplit

Response = tuple[int, str, bytes]

# (tag, attribute) pairs that load something the page needs, as opposed to links a reader may follow
ASSET_ATTRS = {("link", "href"), ("script", "src"), ("img", "src"), ("img", "srcset"), ("source", "src"),
               ("source", "srcset"), ("video", "poster"), ("video", "src"), ("audio", "src"), ("iframe", "src"),
               ("image", "href"), ("use", "href"), ("embed", "src"), ("object", "data"), ("track", "src")}
LINK_ATTRS = {("a", "href"), ("area", "href"), ("form", "action")}
NAVIGATION_RELS = {"canonical", "alternate", "author", "license", "help", "search", "next", "prev", "home"}


@dataclass(frozen=True)
class Link:
    tag: str
    attr: str
    url: str
    asset: bool  # needed to show the page (stylesheet, icon, image, script), not just a link to follow


class PageLinks(HTMLParser):
    """Every link and asset URL of one HTML page, and every id it defines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[Link] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.ids.add(values[key])
        for name, value in values.items():
            name = "href" if name == "xlink:href" else name
            if (tag, name) not in ASSET_ATTRS | LINK_ATTRS or not value.strip():
                continue
            asset = (tag, name) in ASSET_ATTRS
            if tag == "link" and set(values.get("rel", "").lower().split()) <= NAVIGATION_RELS:
                asset = False  # <link rel=canonical> names the public URL; it loads nothing
            urls = [part.strip().split()[0] for part in value.split(",") if part.strip()] if "srcset" in name \
                else [value.strip()]
            self.links.extend(Link(tag, name, url, asset) for url in urls)

    handle_startendtag = handle_starttag


def parse(html: str) -> PageLinks:
    parser = PageLinks()
    parser.feed(html)
    parser.close()
    return parser


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` under `prefix` only; a missing file gets the site's 404.html, as on GitHub Pages."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        clean = urlsplit(path).path
        if clean == self.prefix.rstrip("/"):
            clean = self.prefix
        if not clean.startswith(self.prefix) or "/." in unquote(clean).replace("/.nojekyll", ""):
            return str(Path(self.directory) / ".no-such-file")
        return super().translate_path("/" + clean[len(self.prefix):])

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

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_under(root: Path, prefix: str) -> Iterator[str]:
    """Serve `root` at http://127.0.0.1:<port><prefix> in a thread; yields that base URL."""
    handler = type("Handler", (_Handler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def fetch(url: str) -> Response:
    """(status, content type, body) of a GET, following redirects; 4xx/5xx are returned, not raised."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), error.read()


def check_pages(base: str, pages: list[str], status: int = 200) -> tuple[list[str], int]:
    """Check every link of the pages at `base` + each path (which answer `status`); returns (problems, links checked)."""
    site = urlsplit(base)
    problems: list[str] = []
    cache: dict[str, Response] = {}
    parsed: dict[str, PageLinks] = {}

    def get(url: str) -> Response:
        if url not in cache:
            cache[url] = fetch(url)
        return cache[url]

    def ids_at(url: str) -> set[str]:
        if url not in parsed:
            parsed[url] = parse(get(url)[2].decode("utf-8", "replace"))
        return parsed[url].ids

    checked = 0
    for path in pages:
        page_url = urljoin(base, path)
        answer, kind, body = get(page_url)
        if answer != status or kind != "text/html":
            problems.append(f"{path}: the page itself answers {answer} {kind}")
            continue
        parsed[page_url] = parse(body.decode("utf-8"))
        for link in parsed[page_url].links:
            checked += 1
            problem = _check_link(link, page_url, site, get, ids_at)
            if problem:
                problems.append(f"{path}: <{link.tag} {link.attr}=\"{link.url}\">: {problem}")
    return problems, checked


def _check_link(link: Link, page_url: str, site: SplitResult, get: Callable[[str], Response],
                ids_at: Callable[[str], set[str]]) -> str:
    """Why `link` on the page at `page_url` is broken, or '' when it works (or leaves the site as a link may)."""
    scheme = urlsplit(link.url).scheme.lower()
    if scheme in ("mailto", "tel", "data"):
        return ""
    if scheme == "javascript":
        return "a javascript: URL"
    target = urljoin(page_url, link.url)
    parts = urlsplit(target)
    if parts.netloc != site.netloc or parts.scheme != site.scheme:
        return "loads from outside the site" if link.asset else ""
    if not parts.path.startswith(site.path):
        return f"leaves the site's path {site.path}"
    url, fragment = urldefrag(target)
    status, kind, _body = get(url)
    if url == urldefrag(page_url)[0]:  # a link within the page itself (which may be a 404 page)
        kind = "text/html"
    elif status != 200:
        return f"answers {status}"
    if fragment and kind == "text/html" and unquote(fragment) not in ids_at(url):
        return f"no element with id '{unquote(fragment)}' on {urlsplit(url).path}"
    return ""

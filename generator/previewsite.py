"""The preview's web side: livereload's WebSocket and script at the root, the built site under its base_url (or
the error page while the site does not build), its files streamed from disk with byte ranges (video seeking), and
its HTML pages given the reload script as they are sent (output/ is the published site, from any template)."""

from __future__ import annotations

import json
import mimetypes
import os
import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from collections.abc import Iterator

    from generator.serve import Preview

STYLE_ROUTE = "/_preview/style.css"
CHUNK = 1 << 20  # bytes sent at a time: a 300 MB video is not read into memory, nor does it hold up other requests
_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
# an end of the head or body, or the start of text that may hold one without ending anything: a comment, a script,
# a style
_TAG = re.compile(rb"<(?:(!--)|(script|style)\b|/(head|body)\s*>)", re.IGNORECASE)
_CLOSE = {b"!--": re.compile(rb"-->"), **{name: re.compile(rb"</" + name + rb"\s*>", re.IGNORECASE)
                                        for name in (b"script", b"style")}}


def with_script(page: bytes, script: str, *more: str) -> bytes:
    """An HTML page with the reload script (and `more` scripts) at the end of its head (else of its body, else at its
    end); an end tag inside a comment, a script or a style does not count."""
    at = len(page)
    for name, where in _end_tags(page):
        at = where
        if name == b"head":
            break  # (else the last end of a body)
    tags = "".join(f'<script src="{src}" defer></script>\n' for src in (script, *more))
    return page[:at] + tags.encode() + page[at:]


PLACE_ROUTE = "/_preview/place.js"
# a tab keeps its place on a page through the error page a broken save shows: each page of the site notes where it
# was scrolled as it goes, and takes that place again when it comes back by a reload (the error page notes nothing)
PLACE_SCRIPT = """(() => {
  const key = "generator-preview-place:" + location.pathname;
  const kept = sessionStorage.getItem(key);
  const entry = performance.getEntriesByType("navigation")[0];
  history.scrollRestoration = "manual";  // (the browser's own would take the error page's place, the top; so
  // the place is taken again here on a reload, and on a step back or forward, as the browser would)
  if (kept !== null && entry && (entry.type === "reload" || entry.type === "back_forward")) {
    const [x, y] = kept.split(",").map(Number);
    scrollTo(x, y);
    addEventListener("load", () => scrollTo(x, y));
  }
  addEventListener("pagehide", () => sessionStorage.setItem(key, scrollX + "," + scrollY));
})();
"""


def _end_tags(page: bytes) -> Iterator[tuple[bytes, int]]:
    """(b'head' or b'body', where) of each end tag of the head or body outside comments, scripts and styles."""
    at = 0
    while found := _TAG.search(page, at):
        if found[3]:
            yield found[3].lower(), found.start()
            at = found.end()
        elif (close := _CLOSE[found[1] or found[2].lower()].search(page, found.end())) is None:
            return  # left open: the rest of the page is inside it
        else:
            at = close.end()


# what a browser on this computer sends as the Host: a preview on a loopback address answers no name but localhost's
# (a web page whose own name was made to lead to 127.0.0.1, "DNS rebinding", would otherwise read it); an address
# is no such name
MAX_SERVED = 10_000  # pages noted as shown, for the tabs that join late (see SiteHandler._shown)
LOCAL_HOSTS = r"(localhost|[a-z0-9-]+\.localhost|\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$"


def application(preview: Preview, local: bool = True) -> Any:
    """tornado routes: livereload's WebSocket and script at the root, the site under its base_url; for the
    LOCAL_HOSTS only, if `local`."""
    from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
    from tornado import web, websocket
    from tornado.iostream import StreamClosedError

    class StyleHandler(web.RequestHandler):
        def get(self) -> None:
            self.set_header("Content-Type", "text/css; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            self.finish(preview.stylesheet())

    class PlaceHandler(web.RequestHandler):
        def get(self) -> None:
            self.set_header("Content-Type", "application/javascript; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            self.finish(PLACE_SCRIPT)

    class SiteHandler(web.RequestHandler):
        """Files of output/, each read from the file opened before the next build's swap (an open file keeps its
        bytes), so one response cannot mix two builds."""

        async def get(self, path: str, body: bool = True) -> None:
            base = preview.base
            earlier = next((old for old in preview.earlier_bases if path.startswith(old)
                            and (not path.startswith(base) or len(old) > len(base))), None)
            if earlier is not None:  # a tab open since base_url changed: sent to its page under the new one
                self.redirect(on_site(base + path[len(earlier):]) + self._query())
                return
            if not path.startswith(base):
                if path in ("/", base.rstrip("/")):
                    self.redirect(base + self._query())
                else:
                    self._not_found(path)
                return
            rel = path[len(base):]
            if preview.problems and (not rel or rel.endswith(("/", ".html"))):
                self._shown(path)
                self._send(500, preview.error_html, "text/html; charset=utf-8")
                return
            target = inside(preview.output, rel)
            if target is not None and target.is_dir():
                if rel and not rel.endswith("/"):
                    self.redirect(on_site(path + "/") + self._query())
                    return
                target = target / "index.html"
            elif rel.endswith("/"):
                target = None  # ('source/index.html/': a file as a folder, which GitHub Pages does not serve)
            try:
                file = open(target, "rb") if target is not None else None  # noqa: SIM115 (closed below)
            except OSError:
                file = None
            if file is None or target is None:
                self._not_found(path)
                return
            with file:
                if target.suffix == ".html" and "Range" not in self.request.headers:
                    self._shown(path)
                    self._headers_for(200, "text/html; charset=utf-8")
                    page = with_script(file.read(), preview.script, PLACE_ROUTE)
                    self.set_header("Content-Length", str(len(page)))
                    self.finish(page if body else None)
                else:
                    await self._stream(file, target, body)

        async def head(self, path: str) -> None:
            await self.get(path, body=False)

        def compute_etag(self) -> None:
            """No ETag: every response is no-store, and Tornado's, of the body written, was the empty body's on a
            HEAD (and none on a file streamed)."""
            return None

        async def _stream(self, file: BinaryIO, target: Path, body: bool) -> None:
            size = os.fstat(file.fileno()).st_size
            start, end = 0, size
            wanted = _RANGE.fullmatch(self.request.headers.get("Range", "").strip())
            if wanted and wanted[1] and wanted[2] and int(wanted[2]) < int(wanted[1]):
                wanted = None  # an invalid range (`bytes=5-2`) is ignored: the whole file (RFC 9110, 14.2)
            if wanted:
                span = byte_range(wanted[1], wanted[2], size)
                if span is None:
                    self.set_header("Content-Range", f"bytes */{size}")
                    self._send(416, b"", "text/plain; charset=utf-8")
                    return
                start, end = span
                self.set_header("Content-Range", f"bytes {start}-{end - 1}/{size}")
            kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            text = kind.startswith("text/") or kind in ("application/json", "image/svg+xml", "application/javascript")
            self._headers_for(206 if wanted else 200, kind + ("; charset=utf-8" if text else ""))
            self.set_header("Accept-Ranges", "bytes")
            self.set_header("Content-Length", str(end - start))
            file.seek(start)
            left = end - start if body else 0
            try:
                while left > 0 and (chunk := file.read(min(CHUNK, left))):
                    self.write(chunk)
                    await self.flush()
                    left -= len(chunk)
            except StreamClosedError:  # the browser went on before the file was all sent: nothing to say
                return
            self.finish()

        def _query(self) -> str:
            return f"?{self.request.query}" if self.request.query else ""

        def _not_found(self, path: str) -> None:
            """The site's 404 page. A tab on a page that is gone (a card renamed) is on no page of an earlier build:
            its reload socket, joining, must not reload it again (it did so for ever)."""
            preview.served.pop(path, None)
            page = preview.output / "404.html"
            body = page.read_bytes() if page.is_file() else b"<!doctype html><title>Not found</title><h1>Not found</h1>"
            self._send(404, with_script(body, preview.script), "text/html; charset=utf-8")

        def _headers_for(self, status: int, kind: str) -> None:
            self.set_status(status)
            self.set_header("Content-Type", kind)
            self.set_header("Cache-Control", "no-store")
            self.set_header("X-Content-Type-Options", "nosniff")

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self._headers_for(status, kind)
            self.finish(body)

        def _shown(self, path: str) -> None:
            """Note that a tab on `path` shows a page made by this build (a page or the error page; not a 404: any web
            page could fill the map with addresses)."""
            if len(preview.served) >= MAX_SERVED:
                preview.served.clear()  # (a tab then joining with a page of the site is reloaded once)
            preview.served[path] = preview.generation

    def _a_page(path: str) -> bool:
        """Whether the site as last built has a page at `path`."""
        target = inside(preview.output, path[len(preview.base):]) if path.startswith(preview.base) else None
        if target is not None and target.is_dir():
            target = target / "index.html"
        return target is not None and target.suffix == ".html" and target.is_file()

    class OtherHostHandler(web.RequestHandler):
        """A request for another name than this computer's: said, not served."""

        def prepare(self) -> None:
            port = preview.port
            self.set_status(403)
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish(f"This preview answers at http://127.0.0.1:{port}/ or http://localhost:{port}/, not at "
                        f"{self.request.host_name}: a web page under another name could read it otherwise.\n")

    class ReloadHandler(LiveReloadHandler):
        """livereload's WebSocket, which also reloads a tab that joins with a page served before the last build:
        its reload went out while the tab was between two pages, and no tab ended on the last site; or with a page
        of the site this server never served (a tab left open across a restart, or one that asked during the first
        build, and was told "not found")."""

        def check_origin(self, origin: str) -> bool:
            """Only the preview's own pages (livereload lets any web page listen: it learnt when files were saved)."""
            return websocket.WebSocketHandler.check_origin(self, origin)

        def on_message(self, message: str) -> None:
            super().on_message(message)
            url = json.loads(message).get("url") if '"info"' in message else None
            path = unquote(urlsplit(url).path) if isinstance(url, str) else ""
            last = preview.served.get(path)
            if (last is not None and last < preview.generation) or (last is None and _a_page(path)):
                self.send_message({"command": "reload", "path": "*", "liveCSS": True, "liveImg": True})

    app = web.Application()
    app.add_handlers(LOCAL_HOSTS if local else ".*$", [
        (r"/livereload", ReloadHandler),
        (r"/livereload\.js", LiveReloadJSHandler),
        (STYLE_ROUTE.replace(".", r"\."), StyleHandler),
        (PLACE_ROUTE.replace(".", r"\."), PlaceHandler),
        (r"(/.*)", SiteHandler),
    ])
    if local:
        app.add_handlers(".*$", [(r".*", OtherHostHandler)])
    return app


def on_site(path: str) -> str:
    """A redirect's path, kept on this site: '//elsewhere.example/' would be another site's address, and so would
    '/\\elsewhere.example/' and '/<tab>/elsewhere.example/' (a browser reads a backslash as a slash and drops tabs
    and line ends): those are written %-encoded."""
    from urllib.parse import quote

    return "/" + quote(path, safe="/%!$&'()*+,;=:@~").lstrip("/")


def byte_range(first: str, last: str, size: int) -> tuple[int, int] | None:
    """A Range header's bytes `first`-`last` (either may be empty) of a file of `size` bytes, as (start, end) with
    `end` excluded; None if none of them is in the file (416)."""
    if not first:  # the last `last` bytes
        if not last or int(last) == 0 or size == 0:
            return None
        return max(size - int(last), 0), size
    start = int(first)
    end = min(int(last) + 1, size) if last else size
    return (start, end) if start < size and start < end else None


def inside(root: Path, rel: str) -> Path | None:
    """root/rel, or None if rel could leave root or names a hidden file (the output's .generator-output)."""
    if "\\" in rel or "\0" in rel:
        return None
    parts = PurePosixPath(rel).parts  # ('/etc' starts with the part '/', '//etc' with '//')
    if ".." in parts or any(part.startswith((".", "/")) for part in parts):
        return None
    return root.joinpath(*parts)

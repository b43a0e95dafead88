"""`python -m generator serve`, for real: a server subprocess, HTTP, a livereload WebSocket client, Chromium."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.errors import UsageError
from generator.listen import bind
from generator.previewsite import PLACE_ROUTE, with_script
from generator.render import CSP
from generator.serve import QUIET, _listed, build_command
from tests.conftest import ROOT, tool_missing
from tests.html_tree import parse

CARD = "content/politics/mayor.yaml"
SHOWN = f"village/{CARD}"  # as messages name the card: the server runs in the site's parent folder
CARD_PAGE = "politics/mayor/index.html"
TIMEOUT = 10.0


class Server:
    """`python -m generator serve --port 0` in a subprocess, its output collected line by line."""

    def __init__(self, site: Path, *args: str, env: dict[str, str] | None = None) -> None:
        command = [sys.executable, "-W", "error::DeprecationWarning", "-m", "generator", "serve",
                   "--site", str(site), *args]
        if "--port" not in args:
            command += ["--port", "0"]
        self.site = site
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=site.parent,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        )
        self.out: list[str] = []
        self.err: list[str] = []
        self.changed = threading.Condition()
        self.readers = [threading.Thread(target=self._read, args=(stream, lines), daemon=True)
                        for stream, lines in ((self.process.stdout, self.out), (self.process.stderr, self.err))]
        for reader in self.readers:
            reader.start()
        self.url = ""

    def _read(self, stream: Any, lines: list[str]) -> None:
        for line in stream:
            with self.changed:
                lines.append(line.rstrip("\n"))
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    def wait_for(self, test: Callable[[], Any], what: str, timeout: float = TIMEOUT) -> Any:
        deadline = time.monotonic() + timeout
        with self.changed:
            while not (result := test()) and self.process.poll() is None and time.monotonic() < deadline:
                self.changed.wait(0.05)  # woken by new output, or checks again (for files) every 50 ms
        assert result, f"timed out waiting for {what}; stderr:\n" + "\n".join(self.err)
        return result

    def started(self) -> Server:
        line = self.wait_for(lambda: next((x for x in self.out if x.startswith("Serving ")), None), "the address")
        self.url = line.split()[1]
        return self

    def lines(self, prefix: str) -> list[str]:
        with self.changed:
            return [line for line in self.err if line.startswith(prefix)]

    def wait_lines(self, prefix: str, count: int) -> list[str]:
        found: list[str] = self.wait_for(lambda: len(self.lines(prefix)) >= count and self.lines(prefix),
                                         f"{count}× {prefix!r}")
        return found

    @property
    def root(self) -> str:
        return re.sub(r"^(http://[^/]+)/.*$", r"\1", self.url)

    def stop(self, signum: int = signal.SIGINT) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signum)
        try:
            code = self.process.wait(timeout=TIMEOUT)
        finally:
            if self.process.poll() is None:
                self.process.kill()
        for reader in self.readers:
            reader.join(timeout=TIMEOUT)
        return code


@pytest.fixture
def serve() -> Iterator[Callable[..., Server]]:
    """Start servers; every one still running at the end of the test is stopped."""
    servers: list[Server] = []

    def start(site: Path, *args: str, env: dict[str, str] | None = None, wait: bool = True) -> Server:
        server = Server(site, *args, env=env)
        servers.append(server)
        return server.started() if wait else server

    yield start
    for server in servers:
        server.stop(signal.SIGKILL if server.process.poll() is None else signal.SIGINT)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def fetch(url: str, method: str = "GET", **headers: str) -> tuple[int, dict[str, str], bytes]:
    """A request without following redirects: (status, headers, body)."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, method=method, headers=headers), timeout=TIMEOUT) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def edit(site: Path, rel: str, old: str, new: str) -> None:
    path = site / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def title_of(body: bytes) -> str:
    return parse(body).find("h1").clean_text()


class LiveClient:
    """A livereload WebSocket client (tornado's), on its own event loop thread: hello, info, then messages."""

    def __init__(self, root: str, page: str | None = None) -> None:
        """`page`: the address of the page the client is on, as livereload.js tells it (else the socket's)."""
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.early: list[dict[str, Any]] = []  # messages before the handshake's end (a reload owed at once)
        self.ws: Any = self._call(self._connect(root.replace("http://", "ws://") + "/livereload", page))

    def _call(self, coroutine: Any, timeout: float = TIMEOUT) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    async def _connect(self, url: str, page: str | None) -> Any:
        from tornado.websocket import websocket_connect

        ws = await websocket_connect(url)
        hello = json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]})
        await ws.write_message(hello)
        assert json.loads(await ws.read_message() or "{}").get("command") == "hello"
        await ws.write_message(json.dumps({"command": "info", "url": page or url, "plugins": {}}))
        # the server handles one connection's messages in order: once this second hello is answered,
        # the info before it has made this client one of the waiters that get reload messages
        await ws.write_message(hello)
        while (message := json.loads(await ws.read_message() or "{}")).get("command") != "hello":
            self.early.append(message)
        return ws

    def next_message(self, timeout: float = TIMEOUT) -> dict[str, Any]:
        if self.early:
            return self.early.pop(0)

        async def read() -> Any:
            return await asyncio.wait_for(self.ws.read_message(), timeout)

        message = self._call(read(), timeout + 1)
        assert message is not None, "the server closed the WebSocket"
        found: dict[str, Any] = json.loads(message)
        return found

    def no_message(self, seconds: float) -> bool:
        try:
            self.next_message(seconds)
        except TimeoutError:
            return True
        return False

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.ws.close)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=TIMEOUT)


@pytest.fixture
def live() -> Iterator[Callable[[Server], LiveClient]]:
    clients: list[LiveClient] = []

    def connect(server: Server, page: str | None = None) -> LiveClient:
        client = LiveClient(server.root, page)
        clients.append(client)
        return client

    yield connect
    for client in clients:
        client.close()


# --- serving ---------------------------------------------------------------------------------------------------

def test_serves_the_site_under_its_base_url_with_the_reload_script(village_site: Path, serve: Any) -> None:
    server = serve(village_site)
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/village/")
    port = int(server.root.rsplit(":", 1)[1])

    status, headers, _ = fetch(server.root + "/")
    assert (status, headers["Location"]) == (302, "/village/")
    status, headers, _ = fetch(server.root + "/village")
    assert (status, headers["Location"]) == (302, "/village/")

    status, headers, body = fetch(server.url)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    head = parse(body).find("head")
    scripts = [s.attrs["src"] for s in head.find_all("script") if "livereload" in s.attrs.get("src", "")]
    assert scripts == [f"/livereload.js?port={port}"]
    policy = head.find("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert policy == CSP and "connect-src 'self'" in policy and "'unsafe-inline'" not in policy  # (the socket: own) and "'unsafe-inline'" not in policy

    status, headers, body = fetch(server.root + f"/livereload.js?port={port}")
    assert status == 200 and "javascript" in headers["Content-Type"] and b"LiveReload" in body

    status, _, body = fetch(server.url + CARD_PAGE)
    assert status == 200 and title_of(body) == "The mayor: a bridge to the next century"
    assert fetch(server.url + CARD_PAGE + "/")[0] == 404  # a file as a folder: GitHub Pages serves no such page
    status, _, body = fetch(server.url + "politics/mayor")
    assert status == 302
    status, _, body = fetch(server.url + "no-such-page/")
    assert status == 404 and parse(body).find("h1").clean_text() == "Page not found"
    assert fetch(server.root + "/politics/")[0] == 404  # outside the base path
    assert fetch(server.url + "..%2Fsite.yaml")[0] == 404

    # output/ holds the published site: the script is added as a page is sent, at the end of its head
    written = (village_site / "output" / "index.html").read_bytes()
    assert b"livereload" not in written
    status, _, body = fetch(server.url)
    assert body == written.replace(b"</head>", f'<script src="/livereload.js?port={port}" defer></script>\n'
                                   '<script src="/_preview/place.js" defer></script>\n</head>'.encode(), 1)
    status, headers, body = fetch(server.root + "/_preview/place.js")  # (the page's place kept through an error)
    assert status == 200 and "javascript" in headers["Content-Type"] and b"sessionStorage" in body
    published_policy = parse(written).find("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert "connect-src 'self';" in published_policy and "ws:" not in published_policy
    # the same site as `build` makes, from the same cache: a build right after it has nothing to do
    before = {path: path.stat().st_ino for path in (village_site / "output").rglob("*")}
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    assert {path: path.stat().st_ino for path in (village_site / "output").rglob("*")} == before


def test_files_are_streamed_with_byte_ranges_and_the_output_s_own_file_is_not_served(village_site: Path,
                                                                                    serve: Any) -> None:
    """A video was read whole into memory for each request (300 MB: 431 MB of memory), and a range got it all."""
    video = bytes(range(256)) * 12_289  # 3 MB and a bit: more than one chunk
    (village_site / "templates/assets").mkdir(parents=True, exist_ok=True)
    (village_site / "templates/assets/clip.mp4").write_bytes(video)
    server = serve(village_site)
    url = server.url + "assets/clip.mp4"
    status, headers, body = fetch(url)
    assert (status, headers["Content-Type"], headers["Accept-Ranges"], body) == (200, "video/mp4", "bytes", video)
    status, headers, body = fetch(url, Range="bytes=1000-1999")
    assert (status, headers["Content-Range"], body) == (206, f"bytes 1000-1999/{len(video)}", video[1000:2000])
    assert fetch(url, Range="bytes=-10")[2] == video[-10:]
    assert fetch(url, Range=f"bytes={len(video) - 5}-")[2] == video[-5:]
    status, headers, _ = fetch(url, Range=f"bytes={len(video)}-")
    assert (status, headers["Content-Range"]) == (416, f"bytes */{len(video)}")
    assert fetch(url, Range="bytes=5-2")[::2] == (200, video)  # invalid: ignored (it was a 416)
    status, headers, body = fetch(url, method="HEAD")
    assert (status, headers["Content-Length"], body) == (200, str(len(video)), b"")
    status, headers, body = fetch(server.url + CARD_PAGE, method="HEAD")
    page = (village_site / "output" / CARD_PAGE).read_bytes()
    script = f"/livereload.js?port={server.root.rsplit(':', 1)[1]}"
    assert (status, int(headers["Content-Length"]), body) == (200, len(with_script(page, script, PLACE_ROUTE)), b"")
    # no ETag on either: a HEAD's was the empty body's hash (da39a3ee…) for every file, a GET's the page's
    assert "Etag" not in headers and "Etag" not in fetch(server.url + CARD_PAGE)[1]
    assert "Etag" not in fetch(url, method="HEAD")[1] and "Etag" not in fetch(server.url + "assets/style.css")[1]
    assert (village_site / "output/.generator-output").is_file()
    assert fetch(server.url + ".generator-output")[0] == 404  # the build's own mark is no page of the site
    secret = village_site.parent / "secret.txt"  # a file beside the site: '//' made a path absolute
    secret.write_text("not for the web", "utf-8")
    for beyond in (f"/{secret}", f"/%2F{str(secret)[1:]}", f"%2F%2F{str(secret)[1:]}", f"/{secret.parent}"):
        assert fetch(server.url + beyond)[:1] == (404,), beyond
    port = server.root.rsplit(":", 1)[1]
    for name in ("localhost", "127.0.0.2", "[::1]", "briefing.localhost", "192.168.1.7"):  # (an address is no name)
        assert fetch(server.url, Host=f"{name}:{port}")[0] == 200
    for name in ("attacker.example", "127.0.0.1.attacker.example"):  # a name made to lead here (DNS rebinding)
        status, _, body = fetch(server.url, Host=f"{name}:{port}")
        assert (status, body.decode()) == (403, f"This preview answers at http://127.0.0.1:{port}/ or "
                                                f"http://localhost:{port}/, not at {name}: a web page under another "
                                                "name could read it otherwise.\n")
        assert fetch(server.root + f"/livereload.js?port={port}", Host=name)[0] == 403
    status, headers, _ = fetch(server.url + "politics?from=menu")
    assert (status, headers["Location"]) == (302, "/village/politics/?from=menu")  # the query was dropped


def test_a_download_the_browser_leaves_is_not_said_as_an_error(village_site: Path, serve: Any) -> None:
    """A video whose request was cut off (a tab went on) printed tornado's "Uncaught exception GET …",
    StreamClosedError and "Cannot send error response after headers written" in the editor's terminal."""
    (village_site / "templates/assets").mkdir(parents=True, exist_ok=True)
    (village_site / "templates/assets/clip.mp4").write_bytes(bytes(64 << 20))  # 64 MB: more than the buffers hold
    server = serve(village_site)
    host, port = server.root.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=TIMEOUT) as client:
        client.sendall(f"GET {urllib.parse.urlsplit(server.url).path}assets/clip.mp4 HTTP/1.1\r\nHost: "
                       f"{host}:{port}\r\n\r\n".encode())
        assert client.recv(65536).startswith(b"HTTP/1.1 200")
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # cut off: a reset
    time.sleep(1)
    assert fetch(server.url + CARD_PAGE)[0] == 200  # (still serving)
    said = "\n".join(server.err)
    assert "Uncaught exception" not in said and "StreamClosedError" not in said and "error response" not in said


def test_a_tab_open_when_base_url_changes_is_sent_to_its_page_under_the_new_one(village_site: Path, serve: Any,
                                                                              live: Any) -> None:
    """A tab on /village/politics/mayor/ reloaded to a 404 once base_url became /briefing/."""
    server = serve(village_site)
    client = live(server)
    edit(village_site, "site.yaml", 'base_url: "/village/"', 'base_url: "/briefing/"')
    assert client.next_message()["command"] == "reload"
    status, headers, _ = fetch(server.root + "/village/politics/mayor/?from=tab")
    assert (status, headers["Location"]) == (302, "/briefing/politics/mayor/?from=tab")
    assert fetch(server.root + "/briefing/politics/mayor/")[0] == 200
    edit(village_site, "site.yaml", 'base_url: "/briefing/"', 'base_url: "/"')
    assert client.next_message()["command"] == "reload"
    for old in ("/village/politics/mayor/", "/briefing/politics/mayor/"):  # both earlier ones
        assert fetch(server.root + old)[1].get("Location") == "/politics/mayor/"
    for elsewhere in ("/village//elsewhere.example/", "/village/%2F%2Felsewhere.example/"):  # not to another site
        assert fetch(server.root + elsewhere)[1].get("Location") == "/elsewhere.example/", elsewhere
    for elsewhere, kept in (("/village/%5Celsewhere.example/", "/%5Celsewhere.example/"),  # (a browser: // )
                            ("/village/%09/elsewhere.example/", "/%09/elsewhere.example/")):  # (tab dropped: //)
        assert fetch(server.root + elsewhere)[1].get("Location") == kept, elsewhere


def test_a_tab_between_two_pages_when_a_build_ends_is_reloaded_when_it_joins(village_site: Path, serve: Any,
                                                                           live: Any) -> None:
    """A reload sent while a tab was loading its page (its socket not yet open) was lost: the tab stayed on the
    page as it was before the last build, or on the error page once the problem was fixed."""
    server = serve(village_site)
    watching = live(server)
    page = server.url + CARD_PAGE
    assert fetch(page)[0] == 200  # the tab's page, served before the build below
    edit(village_site, CARD, "welcomed the vote.", "welcomed the vote warmly.")
    assert watching.next_message()["command"] == "reload"  # (sent before the tab's socket is open)
    late = live(server, page)
    assert late.next_message(2)["command"] == "reload"  # owed: its page is from before the build
    assert fetch(page)[0] == 200  # the reload's request: now it is the last build's page
    assert live(server, page).no_message(1)  # a tab on the last build's page is not reloaded again


def test_a_missing_page_is_not_noted_as_a_tab_s_page(village_site: Path, serve: Any, live: Any) -> None:
    """Every address asked for was noted, 404s too: any web page could grow the preview by 60 KB a request."""
    server = serve(village_site)
    watching = live(server)
    missing = server.url + "no-such-page/"
    assert fetch(missing)[0] == 404
    edit(village_site, CARD, "welcomed the vote.", "welcomed the vote warmly.")
    assert watching.next_message()["command"] == "reload"
    assert live(server, missing).no_message(1)  # (were it noted, it would be owed a reload now)


def test_a_tab_on_a_page_that_is_gone_is_reloaded_once_not_for_ever(village_site: Path, serve: Any,
                                                                      live: Any) -> None:
    """A card renamed or deleted while a tab showed its page: the reload brought the 404 page, whose socket was
    owed a reload for the page's last build, which brought the 404 page... 59 reloads in 10 s."""
    server = serve(village_site)
    watching = live(server)
    page = server.url + CARD_PAGE
    assert fetch(page)[0] == 200  # the tab's page
    (village_site / CARD).unlink()
    assert watching.next_message()["command"] == "reload"
    assert fetch(page)[0] == 404  # the reload's request
    assert live(server, page).no_message(1)  # the 404 page's socket: not owed another


def test_a_tab_on_a_page_this_server_never_served_is_reloaded_once(village_site: Path, serve: Any,
                                                                    live: Any) -> None:
    """A tab left open while the preview was stopped and started again, or one told "not found" during the first
    build, joined the new server's socket and stayed on what it showed."""
    server = serve(village_site)
    page = server.url + CARD_PAGE
    assert live(server, page).next_message(1)["path"] == "*"  # (its page, never asked of this server)
    assert fetch(page)[0] == 200  # the reload's request
    assert live(server, page).no_message(1)
    assert live(server, server.url + "no-such-page/").no_message(1)  # no page of the site: no reload for ever


def test_only_the_preview_s_own_pages_may_listen_for_reloads(village_site: Path, serve: Any) -> None:
    """livereload took a WebSocket from any web page's script: a site elsewhere learnt when each file was saved."""
    from tornado.httpclient import HTTPClientError, HTTPRequest
    from tornado.websocket import websocket_connect

    server = serve(village_site)
    url = server.root.replace("http://", "ws://") + "/livereload"

    async def status(origin: str) -> int:
        try:
            ws = await websocket_connect(HTTPRequest(url, headers={"Origin": origin}))
        except HTTPClientError as error:
            return error.code
        ws.close()
        return 101

    def run(origin: str) -> int:  # (on a loop of its own, in a thread: the test process may be running one)
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, status(origin)).result(TIMEOUT)

    assert run("http://127.0.0.2:9911") == 403
    assert run("http://evil.example") == 403
    assert run(server.root) == 101


def test_a_linked_stylesheet_is_not_served_for_the_error_page(village_site: Path, serve: Any, tmp_path: Path) -> None:
    """The build leaves a linked templates/assets/style.css out of the site; the preview served the file it led to."""
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the web", "utf-8")
    (village_site / "templates/assets").mkdir(parents=True, exist_ok=True)
    (village_site / "templates/assets/style.css").symlink_to(secret)
    outside = tmp_path / "outside-assets"  # ... nor the style.css of a linked assets/ folder
    outside.mkdir()
    (outside / "style.css").write_text("not for the web either", "utf-8")
    (village_site / "templates/linked").symlink_to(outside)
    server = serve(village_site)
    status, _, body = fetch(server.root + "/_preview/style.css")
    assert status == 200 and b"not for the web" not in body and b"{" in body  # (the shipped stylesheet)
    (village_site / "templates/assets/style.css").unlink()
    (village_site / "templates/assets").rmdir()
    (village_site / "templates/linked").rename(village_site / "templates/assets")
    status, _, body = fetch(server.root + "/_preview/style.css")
    assert status == 200 and b"not for the web" not in body and b"{" in body


def test_a_short_loopback_address_is_loopback() -> None:
    """`--host 127.1` listens on 127.0.0.1, but was taken for a network address: no Host check, a false warning."""
    from generator.listen import is_loopback

    assert [is_loopback(host) for host in ("127.1", "0x7f.1", "127.0.0.1", "::1", "localhost")] == [True] * 5
    assert [is_loopback(host) for host in ("10.1", "0.0.0.0", "", "example.com", "::")] == [False] * 5


def test_card_edit_reloads_connected_clients_and_serves_the_edit(village_site: Path, serve: Any, live: Any) -> None:
    server = serve(village_site)
    client = live(server)
    edit(village_site, CARD, "The mayor: a bridge", "The mayor: a span")
    message = client.next_message()
    assert message["command"] == "reload"
    # the reload comes after the swap: the page is already the new one
    assert title_of(fetch(server.url + CARD_PAGE)[2]) == "The mayor: a span to the next century"

    started = time.monotonic()  # a second save within 3 s must reload too (livereload's DEFAULT_RELOAD_TIME)
    edit(village_site, CARD, "a span", "an arch")
    assert client.next_message()["command"] == "reload"
    assert time.monotonic() - started < 3
    assert title_of(fetch(server.url + CARD_PAGE)[2]) == "The mayor: an arch to the next century"
    assert len(server.lines("rebuilt ")) == 2


def test_a_stylesheet_saved_through_a_temporary_file_is_swapped_live(village_site: Path, serve: Any,
                                                                     live: Any) -> None:
    """`sed -i` writes a temporary file beside style.css and renames it over: the browser reloaded the whole page."""
    assets = village_site / "templates" / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    (assets / "style.css").write_text("body { color: #222; }\n", encoding="utf-8")
    server = serve(village_site)
    client = live(server)
    subprocess.run(["sed", "-i", "s/#222/#333/", str(assets / "style.css")], check=True)
    message = client.next_message()
    assert (message["command"], message["path"]) == ("reload", "templates/assets/style.css")  # (not "*")
    assert b"#333" in fetch(server.url + "assets/style.css")[2]
    edit(village_site, CARD, "The mayor: a bridge", "The mayor: a span")  # a card: the whole page, as before
    assert client.next_message()["path"] == "*"
    # a card deleted with the stylesheet saved (a git checkout): the page lists it no more, so all of it reloads
    (village_site / "content/politics/works-start.yaml").unlink()
    subprocess.run(["sed", "-i", "s/#333/#444/", str(assets / "style.css")], check=True)
    assert client.next_message()["path"] == "*"
    # (the reload may reach the browser before the line is read); the line names the first file the watcher saw
    # change, either of the two ("… style.css and 1 more file" failed a CI run that waited for the card's name)
    assert server.wait_for(lambda: any("content/politics/works-start.yaml" in line or "and 1 more file" in line
                                       for line in server.lines("rebuilt ")[2:]), "the rebuild's line")


def test_a_saved_card_s_warnings_are_printed_after_its_rebuild(village_site: Path, serve: Any, live: Any) -> None:
    """What `check` would say about the card saved (the cards it does not compare here), once the page reloaded."""
    server = serve(village_site)
    client = live(server)
    edit(village_site, CARD, "a bridge to the next century\"", "a bridge to the 22nd century\"")
    assert client.next_message()["command"] == "reload"
    assert server.wait_lines(SHOWN, 1) == [
        f"{SHOWN}:1:36: warning: title gives 22, a number the source never gives"]
    edit(village_site, CARD, "tags: [Ana Ruiz, Old bridge]", "tags: [Ana Ruiz, Old bridge, Lord Byron]")
    assert client.next_message()["command"] == "reload"
    assert server.wait_lines(SHOWN, 3)[1:] == [
        f"{SHOWN}:1:36: warning: title gives 22, a number the source never gives",
        f"{SHOWN}:4:30: warning: tag 'Lord Byron' is not named in the source (no word of it, nor its initials)"]
    assert server.lines("rebuilt ")[-1].endswith(f"after a change to {SHOWN}")


def test_a_card_saved_while_the_site_is_broken_is_warned_about_once_it_builds(village_site: Path, serve: Any,
                                                                              live: Any) -> None:
    """Its warnings were never said: only the card of the build that succeeded was looked at."""
    server = serve(village_site)
    client = live(server)
    other = village_site / "content/politics/works-start.yaml"
    good = other.read_text("utf-8")
    other.write_text(good + "bogus: 1\n", "utf-8")
    assert client.next_message()["command"] == "reload"
    edit(village_site, CARD, "a bridge to the next century\"", "a bridge to the 22nd century\"")
    assert client.next_message()["command"] == "reload"
    assert server.lines(SHOWN) == []
    other.write_text(good, "utf-8")
    assert client.next_message()["command"] == "reload"
    assert server.wait_lines(SHOWN, 1) == [f"{SHOWN}:1:36: warning: title gives 22, a number the source never gives"]


def test_a_saved_card_s_warnings_are_said_when_the_build_process_has_died(village_site: Path, serve: Any,
                                                                         live: Any) -> None:
    """Killed (out of memory, kill -9), the build process left the builds to the server, which said no warnings."""
    server = serve(village_site)
    client = live(server)
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children").read_text().split()
    assert len(children) == 1  # the build process
    os.kill(int(children[0]), signal.SIGKILL)
    edit(village_site, CARD, "a bridge to the next century\"", "a bridge to the 22nd century\"")
    assert client.next_message()["command"] == "reload"
    assert server.wait_lines(SHOWN, 1) == [f"{SHOWN}:1:36: warning: title gives 22, a number the source never gives"]


def test_burst_of_20_saves_is_one_rebuild(village_site: Path, serve: Any, live: Any) -> None:
    server = serve(village_site)
    client = live(server)
    path = village_site / CARD
    text = path.read_text(encoding="utf-8")
    # the saves reach the preview together, however slow this shared machine is (a save or its event held up
    # past SETTLED makes two rebuilds, as it once did in a slow spell): while the server is stopped, its events
    # wait in the kernel's inotify queue. test_watch.py checks the debounce's timer itself.
    server.process.send_signal(signal.SIGSTOP)
    try:
        for n in range(20):
            path.write_text(text.replace("welcomed the vote", f"welcomed the vote ({n})"), encoding="utf-8")
    finally:
        server.process.send_signal(signal.SIGCONT)
    assert client.next_message()["command"] == "reload"
    assert client.no_message(0.6)
    assert len(server.lines("rebuilt ")) == 1
    assert "(19)" in fetch(server.url + CARD_PAGE)[2].decode()


def test_the_error_page_is_english_and_says_so_with_the_site_s_title_in_its_language(
        village_site: Path, serve: Any, live: Any) -> None:
    """A German briefing's error page said lang="de" of its English words: a screen reader read them as German."""
    settings = village_site / "site.yaml"
    settings.write_text(settings.read_text("utf-8") + "language: de\n", "utf-8")
    server = serve(village_site)
    client = live(server)
    edit(village_site, CARD, "tags:", "titel: x\ntags:")
    assert client.next_message()["command"] == "reload"
    server.wait_lines("1 problem found", 1)
    doc = parse(fetch(server.url)[2])
    assert doc.find("html").attrs["lang"] == "en"
    title = doc.find("footer").find("span")
    assert (title.attrs.get("lang"), title.clean_text()) == ("de", "Village votes to rebuild the old bridge")


def test_the_error_page_shows_a_misquote_s_word_diff_as_one(village_site: Path, serve: Any, live: Any) -> None:
    """The new user's: the page showed "called it [-the-]{+a+} bridge" as it is typed in the terminal; in a browser,
    what to take out is struck through (<del>) and what the source has instead underlined (<ins>)."""
    server = serve(village_site)
    client = live(server)
    edit(village_site, CARD, '"a bridge to', '"the <b>bridge</b> to')
    assert client.next_message()["command"] == "reload"
    server.wait_lines("1 problem found", 1)
    page = fetch(server.url)[2].decode()
    message = parse(page).find("p", class_="message")
    assert "[-" not in message.clean_text() and "{+" not in message.clean_text()
    card, source = '<span class="visually-hidden">[the card has: </span>', \
        '<span class="visually-hidden">[the source has: </span>'
    end = '<span class="visually-hidden">]</span>'
    assert (f"called it “<del>{card}the &lt;b&gt;{end}</del><ins>{source}a{end}</ins> bridge<del>{card}&lt;/b&gt;{end}"
            f"</del> to the next century") in page
    assert "<b>" not in page  # (the quote's markup escaped)


def test_a_file_moved_over_or_to_a_card_leaves_nothing_where_it_was(village_site: Path, serve: Any) -> None:
    """A safe save from a temporary .yaml beside the card, and a card renamed: no ghost page, no stuck error."""
    server = serve(village_site)
    card = village_site / CARD
    handle, temporary = tempfile.mkstemp(suffix=".yaml", dir=card.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(card.read_text(encoding="utf-8").replace("The mayor: a bridge", "The mayor: a span"))
    ghost = Path(temporary).stem
    time.sleep(0.1)  # an editor's fsync: the temporary file may be built as a card of its own meanwhile
    os.replace(temporary, card)
    # (a rebuild may have read the temporary file as a card of its own and the card as saved: the next one ends it)
    server.wait_for(lambda: title_of(fetch(server.url + CARD_PAGE)[2]).startswith("The mayor: a span")
                    and fetch(server.url + f"politics/{ghost}/")[0] == 404, "the save, and no ghost page")
    time.sleep(4 * QUIET)  # no rebuild left to come
    assert fetch(server.url + f"politics/{ghost}/")[0] == 404
    assert not (village_site / "output" / "politics" / ghost).exists()

    old = "content/politics/works-start.yaml"
    (village_site / old).rename(village_site / "content/politics/works-begin.yaml")
    server.wait_for(lambda: fetch(server.url + "politics/works-begin/")[0] == 200
                    and fetch(server.url + "politics/works-start/")[0] == 404, "the renamed card's page alone")
    assert ghost not in fetch(server.url)[2].decode() and "works-start" not in fetch(server.url)[2].decode()

    edit(village_site, CARD, "mayor: a span", "mayor: an arch")  # the next save builds: nothing asks for the files gone
    server.wait_for(lambda: title_of(fetch(server.url + CARD_PAGE)[2]).startswith("The mayor: an arch"), "edit")
    assert not server.lines(f"village/{old}")  # (the temporary card may have been an error for a moment, no more)


def test_broken_card_shows_the_errors_then_the_fixed_site(village_site: Path, serve: Any, live: Any,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    server = serve(village_site)
    client = live(server)
    edit(village_site, CARD, "tags:", "titel: <b>oops</b>\ntags:")
    assert client.next_message()["command"] == "reload"
    server.wait_lines("1 problem found", 1)

    # the terminal report is the one `build` prints, run from the same folder
    os.chdir(village_site.parent)
    assert main(["build", "--site", str(village_site), "--output", str(village_site.parent / "pub"), "-q"]) == 1
    expected = [line for line in capsys.readouterr().err.splitlines() if line.startswith("village/")]
    assert expected == [f"{SHOWN}:4:1: unknown key 'titel' (did you mean 'title'?)"]
    assert expected[0] in server.err

    for page in ("", CARD_PAGE, "economy/"):
        status, headers, body = fetch(server.url + page)
        assert status == 500 and headers["Content-Type"] == "text/html; charset=utf-8"
        doc = parse(body)
        assert doc.find("html").attrs["lang"] == "en"
        assert doc.find("title").clean_text().startswith("1 problem to fix")
        assert doc.find("h1").clean_text() == "The site cannot be built: 1 problem"
        assert doc.find_all("main") and doc.find_all("header") and doc.find_all("footer")
        problem = doc.find("li", class_="problem")
        assert problem.find("span", class_="file").clean_text() == CARD
        assert problem.find("span", class_="line").clean_text() == "4"
        assert problem.find("p", class_="message").clean_text() == "unknown key 'titel' (did you mean 'title'?)"
        assert not doc.find_all("b")  # content is escaped
        assert doc.find("footer").clean_text().endswith("village/output/ keeps the last site that built.")
        port = server.root.rsplit(":", 1)[1]
        assert [s.attrs["src"] for s in doc.find_all("script")] == [f"/livereload.js?port={port}"]
    assert fetch(server.root + "/_preview/style.css")[0] == 200
    assert fetch(server.url + "assets/style.css")[0] == 200  # the last good site's files are still served
    assert (village_site / "output" / CARD_PAGE).is_file()

    edit(village_site, CARD, "titel: <b>oops</b>\n", "")
    assert client.next_message()["command"] == "reload"
    status, _, body = fetch(server.url + CARD_PAGE)
    assert status == 200 and title_of(body) == "The mayor: a bridge to the next century"


def test_site_yaml_moved_away_is_said_as_site_yaml_s_problem(village_site: Path, serve: Any, live: Any) -> None:
    """The error page said `output:1:1`, then the command line's advice (pass --site DIR, or start one with new)."""
    server = serve(village_site)
    client = live(server)
    (village_site / "site.yaml").rename(village_site / "site.yaml.off")
    assert client.next_message()["command"] == "reload"
    server.wait_lines("1 problem found", 1)
    said = "site.yaml is gone (moved, renamed or deleted): the preview shows this until it is back"
    assert f"{SHOWN.split('/')[0]}/site.yaml:1:1: {said}" in server.err
    problem = parse(fetch(server.url)[2]).find("li", class_="problem")
    assert problem.find("span", class_="file").clean_text() == "site.yaml"
    assert problem.find("p", class_="message").clean_text() == said
    (village_site / "site.yaml.off").rename(village_site / "site.yaml")
    assert client.next_message()["command"] == "reload"
    assert fetch(server.url + CARD_PAGE)[0] == 200
    (village_site / "site.yaml").rename(village_site / "site.yaml.off")  # a folder in its place: what build says
    (village_site / "site.yaml").mkdir()
    assert client.next_message()["command"] == "reload"
    server.wait_lines("1 problem found", 2)
    assert any(line.endswith("site.yaml is a folder: a briefing's site.yaml is a file") for line in server.err), server.err


def test_problems_of_a_file_saved_again_during_the_build_are_not_shown(village_site: Path, serve: Any) -> None:
    """An autosave's file read halfway (empty: 'the file holds no keys') flashed the error page, until the next save
    was built; problems a build found are said only if nothing was saved while it ran."""
    (village_site / "templates").mkdir(exist_ok=True)
    slow = "{% for i in range(3000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}"  # ~0.3 s a card page
    card = (ROOT / "generator/templates/card.html").read_text("utf-8")
    (village_site / "templates/card.html").write_text(card.replace("{% block main %}", "{% block main %}" + slow, 1),
                                                      "utf-8")
    server = serve(village_site)
    text = (village_site / CARD).read_text("utf-8")
    (village_site / CARD).write_text("", "utf-8")  # caught halfway: its build then tries the templates (~1 s)
    time.sleep(0.25)
    (village_site / CARD).write_text(text.replace("The mayor: a bridge", "The mayor: a span"), "utf-8")  # whole
    server.wait_for(lambda: title_of(fetch(server.url + CARD_PAGE)[2]).startswith("The mayor: a span"), "the save",
                    timeout=30)
    assert not server.lines("1 problem found") and not any("holds no keys" in line for line in server.err)


def test_starts_on_broken_content_and_serves_the_site_once_fixed(village_site: Path, serve: Any) -> None:
    edit(village_site, CARD, "tags:", "date: 2024-13\ntags:")
    server = serve(village_site)
    assert f"{SHOWN}:4:7: date is not a real date: '2024-13' (use YYYY, YYYY-MM or YYYY-MM-DD)" in server.err
    assert not (village_site / "output").exists()
    status, _, body = fetch(server.url)
    assert status == 500 and parse(body).find("span", class_="line").clean_text() == "4"
    status, headers, _ = fetch(server.root + "/_preview/style.css")  # the error page's look without any build
    assert status == 200 and headers["Content-Type"] == "text/css; charset=utf-8"

    edit(village_site, CARD, "date: 2024-13\n", "")
    server.wait_lines("rebuilt ", 1)
    status, _, body = fetch(server.url + CARD_PAGE)
    assert status == 200 and title_of(body) == "The mayor: a bridge to the next century"


def test_stopped_before_any_good_build_it_says_no_site_was_built(village_site: Path, serve: Any) -> None:
    edit(village_site, CARD, "tags:", "date: 2024-13\ntags:")
    server = serve(village_site, "--output", "out")
    assert server.wait_lines("1 problem found", 1) == [  # it said "village/output/ keeps the last good site"
        "1 problem found; the browser shows it until fixed, and no site is built into out/ until then."]
    footer = parse(fetch(server.url)[2]).find("footer").clean_text()
    assert footer.endswith("Until the problems are fixed, no site is built into out/.")
    assert server.stop(signal.SIGINT) == 0
    # the command and folder as they work where the preview ran (the site's parent folder)
    assert server.err[-1] == ("no site was built: fix the problems and run `python -m generator build --site village "
                              "--output out`")
    assert not (village_site.parent / "out").exists()


def test_stopped_on_broken_content_it_says_the_output_holds_the_preview_build(village_site: Path, serve: Any,
                                                                              live: Any) -> None:
    server = serve(village_site)
    client = live(server)
    edit(village_site, CARD, "tags:", "date: 2024-13\ntags:")
    assert client.next_message()["command"] == "reload"
    assert server.wait_lines("1 problem found", 1) == [
        "1 problem found; the browser shows it until fixed, and village/output/ keeps the last good site."]
    assert server.stop(signal.SIGINT) == 0
    assert server.err[-1] == ("village/output/ holds the last site that built: fix the problems and run "
                              "`python -m generator build --site village` before publishing")


def test_stopped_right_after_a_broken_save_it_says_the_problem(village_site: Path, serve: Any) -> None:
    """Stopped before a rebuild said it, the problem went unsaid: "fix the problems", but which?"""
    server = serve(village_site)
    edit(village_site, CARD, "tags:", "date: 2024-13\ntags:")
    assert server.stop(signal.SIGTERM) == 0
    problem = "village/content/politics/mayor.yaml:4:7: date is not a real date: '2024-13' (use YYYY, YYYY-MM or YYYY-MM-DD)"
    assert server.err.count(problem) == 1, server.err  # (once: if the preview's rebuild said it, not again)
    assert server.err[-1] == ("village/output/ holds the last site that built: fix the problems and run "
                              "`python -m generator build --site village` before publishing")


def test_the_reload_script_goes_at_the_end_of_the_head_else_of_the_body_else_of_the_page() -> None:
    """Not at an end tag in a comment, a script's string or a style."""
    tag = b'<script src="/livereload.js?port=1" defer></script>\n'
    assert with_script(b"<html><HEAD><title>t</title></HEAD ><body>x</body></html>", "/livereload.js?port=1") == (
        b"<html><HEAD><title>t</title>" + tag + b"</HEAD ><body>x</body></html>")
    assert with_script(b"<p>a</body> <p>b</BODY>\n", "/livereload.js?port=1") == (
        b"<p>a</body> <p>b" + tag + b"</BODY>\n")  # the last end of a body, in a page without a head
    assert with_script(b"<p>no head, no body", "/livereload.js?port=1") == b"<p>no head, no body" + tag
    assert with_script(b"<head><!-- ends at </head> --><title>t</title></head><body><!-- </body> --></body>",
                       "/livereload.js?port=1") == (
        b"<head><!-- ends at </head> --><title>t</title>" + tag + b"</head><body><!-- </body> --></body>")
    assert with_script(b"<p>a</body><!-- </body> -->", "/livereload.js?port=1") == (
        b"<p>a" + tag + b"</body><!-- </body> -->")
    page = b"<head><SCRIPT type=module>let s = '</head>'</script ><style>/* </head> */</style></head><body>"
    assert with_script(page, "/livereload.js?port=1") == page.replace(b"</head><body>", tag + b"</head><body>")
    page = b"<p>a</body><script>'</body>'</script>"
    assert with_script(page, "/livereload.js?port=1") == b"<p>a" + tag + b"</body><script>'</body>'</script>"


def test_the_build_command_to_paste_names_the_site_and_output_when_not_the_usual(tmp_path: Path) -> None:
    os.chdir(tmp_path)
    site = tmp_path / "my briefing"
    site.mkdir()
    assert build_command(site, site / "output") == "python -m generator build --site 'my briefing'"
    assert build_command(site, tmp_path / "pub") == "python -m generator build --site 'my briefing' --output pub"
    os.chdir(site)
    assert build_command(site, site / "output") == "python -m generator build"
    assert build_command(Path("."), Path("output")) == "python -m generator build"
    assert build_command(Path("."), Path("/srv/www")) == "python -m generator build --output /srv/www"


def test_a_folder_without_site_yaml_is_not_served(tmp_path: Path) -> None:
    (tmp_path / "briefing" / "content").mkdir(parents=True)
    (tmp_path / "briefing" / "site.yaml").write_text("title: x\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "serve", "--port", "0"], cwd=tmp_path / "briefing" / "content",
                            capture_output=True, text=True, timeout=30, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == ("error: no site.yaml in ., so it is not a briefing's folder: the briefing's folder is ..: "
                             "run there, or pass --site ..\n")


def test_sigint_stops_cleanly_and_leaves_the_published_site(village_site: Path, serve: Any) -> None:
    server = serve(village_site)
    assert server.stop(signal.SIGINT) == 0
    text = "\n".join(server.err)
    assert "Traceback" not in text and "Warning" not in text
    assert server.err[-1] == "village/output/ holds the site: ready to publish"
    index = parse((village_site / "output" / "index.html").read_bytes())
    assert not [s for s in index.find_all("script") if "livereload" in s.attrs.get("src", "")]
    assert not list(village_site.glob(".output*"))  # no staging folder left behind


def test_sigint_during_the_first_build_is_heard_at_once(village_site: Path, serve: Any) -> None:
    """Ctrl-C while the first build ran (a big site) said nothing until it ended, then "Serving … (Ctrl-C to stop)",
    then stopped."""
    (village_site / "templates").mkdir(exist_ok=True)
    slow = "{% for i in range(400) %}{% for j in range(1000) %}{% endfor %}{% endfor %}"  # ~0.2 s a card page
    card = (ROOT / "generator/templates/card.html").read_text("utf-8")
    (village_site / "templates/card.html").write_text(card.replace("{% block main %}", "{% block main %}" + slow, 1),
                                                      "utf-8")
    server = serve(village_site, "-v", wait=False)
    server.wait_for(lambda: any(line.startswith("watching ") for line in server.err), "the watcher")  # (then the
    server.process.send_signal(signal.SIGINT)  # first build starts: its pages take a second or more)
    server.wait_lines("stopping once the build under way ends…", 1)
    assert server.stop(signal.SIGINT) == 0
    assert not any(line.startswith("Serving ") for line in server.out)
    assert server.err[-1] == "village/output/ holds the site: ready to publish"
    assert "Traceback" not in "\n".join(server.err)


def test_busy_port_gives_a_clear_message(village_site: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "generator", "serve", "--site", str(village_site), "--port", str(port)],
            capture_output=True, text=True, timeout=30, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert result.returncode == 1
    assert result.stderr == (f"error: cannot serve on 127.0.0.1:{port}: the port is already in use "
                             "(is another preview running?); choose another with --port N, "
                             "or --port 0 for any free port\n")
    assert not (village_site / "output").exists()


def test_default_port_moves_on_to_the_next_free_one(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        monkeypatch.setattr("generator.listen.DEFAULT_PORT", busy)  # 8000 itself may be anyone's on this machine
        sockets = bind("127.0.0.1", None)
        try:
            assert busy < sockets[0].getsockname()[1] < busy + 20
        finally:
            for sock in sockets:
                sock.close()
        with pytest.raises(UsageError, match=r"already in use"):
            bind("127.0.0.1", busy)
    with pytest.raises(UsageError, match=r"--port 70000 is not a port"):
        bind("127.0.0.1", 70000)  # the socket module would quietly take it modulo 65536


def test_other_host_warns_and_open_starts_a_browser(village_site: Path, serve: Any, tmp_path: Path) -> None:
    opened = tmp_path / "opened.txt"
    fake_browser = tmp_path / "browser.py"
    fake_browser.write_text(f"import sys, pathlib\npathlib.Path({str(opened)!r}).write_text(sys.argv[1])\n")
    server = serve(village_site, "--host", "0.0.0.0", "--open",
                   env={"BROWSER": f"{sys.executable} {fake_browser} %s"})
    assert server.err[0].startswith("warning: --host 0.0.0.0 makes the preview reachable from other machines")
    assert server.url.startswith("http://127.0.0.1:")
    server.wait_for(lambda: opened.is_file() and opened.read_text(), "the browser to be started")
    assert opened.read_text() == server.url
    assert fetch(server.url)[0] == 200
    every = serve(village_site, "--host", "")  # (the warning named no host: "--host  makes…")
    assert every.err[0].startswith("warning: --host '' (every address) makes the preview reachable from other")


def axe_violations(page: Any) -> list[str]:
    """axe-core's WCAG 2.2 A/AA and best-practice findings on the page, one line each."""
    from axe_playwright_python.sync_playwright import Axe

    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]})
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in result.response["violations"]]


def test_browser_shows_edits_and_errors_by_itself(village_site: Path, serve: Any, playwright: Any) -> None:
    executable = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if executable is None:
        tool_missing("chromium is missing (bash scripts/test installs it)")
    server = serve(village_site, "-v")  # -v: livereload logs when the page's script has connected
    browser = playwright.chromium.launch(
        executable_path=executable, args=["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
    try:
        page = browser.new_page()
        console: list[str] = []
        page.on("console", lambda message: console.append(message.text))
        page.goto(server.url + CARD_PAGE)
        server.wait_for(lambda: any("Browser Connected" in line for line in server.err), "the page's livereload")
        page.evaluate("() => { window.notReloaded = true; }")

        edit(village_site, CARD, "The mayor: a bridge", "The mayor: a span")
        page.wait_for_function("() => document.querySelector('h1').textContent.includes('a span')",
                               timeout=TIMEOUT * 1000)
        assert page.evaluate("() => window.notReloaded") is None  # it reloaded by itself

        def connected() -> int:
            return sum("Browser Connected" in line for line in server.err)

        # each loaded page's reload script connects anew: wait for it before the next save, or nobody hears of it
        server.wait_for(lambda: connected() >= 2, "the reloaded page's livereload")
        edit(village_site, CARD, "tags:", "titel: oops\ntags:")
        page.wait_for_function("() => document.querySelector('h1').textContent.includes('cannot be built')",
                               timeout=TIMEOUT * 1000)
        server.wait_for(lambda: connected() >= 3, "the error page's livereload")
        assert page.locator("li.problem .file").inner_text() == CARD
        assert page.locator("li.problem .line").inner_text() == "4"
        assert axe_violations(page) == []

        edit(village_site, CARD, "titel: oops\n", "")
        page.wait_for_function("() => document.querySelector('h1').textContent.includes('a span')",
                               timeout=TIMEOUT * 1000)
        blocked = [text for text in console if "Content Security Policy" in text or "Refused" in text]
        assert blocked == []
    finally:
        browser.close()


def test_a_tab_keeps_its_place_through_the_error_page(village_site: Path, serve: Any, playwright: Any) -> None:
    """Scrolled down a page, a broken save and its fix: the tab came back at the top (the short error page between
    reset its place)."""
    executable = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if executable is None:
        tool_missing("chromium is missing (bash scripts/test installs it)")
    server = serve(village_site, "-v")
    browser = playwright.chromium.launch(
        executable_path=executable, args=["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])

    def connected() -> int:
        return sum("Browser Connected" in line for line in server.err)

    try:
        page = browser.new_page(viewport={"width": 360, "height": 300})
        page.goto(server.url)
        server.wait_for(lambda: connected() >= 1, "the page's livereload")
        page.evaluate("() => scrollTo(0, 700)")
        place = page.evaluate("() => scrollY")
        assert place > 100
        edit(village_site, CARD, "tags:", "titel: oops\ntags:")
        page.wait_for_function("() => document.querySelector('h1').textContent.includes('cannot be built')",
                               timeout=TIMEOUT * 1000)
        server.wait_for(lambda: connected() >= 2, "the error page's livereload")
        edit(village_site, CARD, "titel: oops\n", "")
        page.wait_for_function("() => !document.querySelector('h1').textContent.includes('cannot be built')",
                               timeout=TIMEOUT * 1000)
        page.wait_for_function(f"() => Math.abs(scrollY - {place}) < 2", timeout=TIMEOUT * 1000)
        page.goto(server.url + CARD_PAGE)  # a link followed: its top; back: the place it was left at
        assert page.evaluate("() => scrollY") == 0
        page.go_back()
        page.wait_for_function(f"() => Math.abs(scrollY - {place}) < 2", timeout=TIMEOUT * 1000)
    finally:
        browser.close()


def test_a_save_through_a_temporary_copy_is_named_as_one_file(tmp_path: Path) -> None:
    os.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / "content" / name).write_text("x", "utf-8")
    saved = ["content/sedX1b2c3", "content/a.yaml"]  # `sed -i`: a temporary file renamed over the card
    assert _listed(saved, tmp_path) == "content/a.yaml"
    assert _listed([*saved, "content/b.yaml"], tmp_path) == "content/a.yaml and 1 more file"
    assert _listed(["content/gone.yaml", "content/gone-too.yaml"], tmp_path) == "content/gone.yaml and 1 more file"
    assert _listed([], tmp_path) == "the site"


def test_a_browser_test_s_missing_tool_fails_unless_skipping_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside CI (no `CI` set) a missing chromium skipped every browser test, and the run went green without them."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("SKIP_BROWSER_TESTS", raising=False)
    with pytest.raises(pytest.fail.Exception, match=r"^chromium missing; or set SKIP_BROWSER_TESTS=1 to skip"):
        tool_missing("chromium missing")
    monkeypatch.setenv("SKIP_BROWSER_TESTS", "1")
    with pytest.raises(pytest.skip.Exception, match=r"^chromium missing \(SKIP_BROWSER_TESTS=1\)$"):
        tool_missing("chromium missing")


def test_only_a_misquote_s_word_diff_is_marked_up() -> None:
    """The fifth review's: every message was read for [-…-] and {+…+}: a slug 'a[-b-]c' showed a <del>."""
    from generator.quotes import marked_up

    assert marked_up("bad slug 'a[-b-]c' (a <b>)") == "bad slug &#39;a[-b-]c&#39; (a &lt;b&gt;)"
    assert marked_up('source_quote is not in the source; did you mean: "£[-85-]{+58+}"?').count("<del>") == 1

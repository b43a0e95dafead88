"""How fast the live preview shows a one-card edit of the shipped briefing, or of a synthetic one of N cards.

`python benchmarks/preview_edit.py [-n RUNS] [--cards N]` copies the briefing (site.yaml, content/, templates/) to a
temporary folder, or with `--cards N` writes the deterministic synthetic briefing of N cards of benchmarks/synth.py
there instead, changes one word of a card's summary (two spellings in turn, so every save is a real change) and
prints two figures:
- rebuild: load + render + write (staged and swapped in) after a one-card edit, in-process, as `serve` does it;
- save -> reload: from writing the card file to the reload message on a livereload WebSocket connected to a real
  `python -m generator serve --port 0` (includes inotify, the quiet period and the rebuild).
`--reload-json` times only the second, RUNS saves, and prints the seconds as a JSON list (benchmarks/run.py runs it
so with the generator's own interpreter); `--code DIR` times the generator/ in DIR, `--tmp DIR` puts the copy there.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TIMEOUT = 120.0  # seconds: a cold build of 5,000 synthetic cards takes several


def copy_briefing(dest: Path) -> Path:
    site = dest / "site"
    site.mkdir()
    shutil.copy2(ROOT / "site.yaml", site / "site.yaml")
    for part in ("content", "templates"):
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, site / part)
    return site


def write_synthetic(dest: Path, cards: int) -> Path:
    """The synthetic briefing of `cards` cards of benchmarks/synth.py (the same for the same count)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    return synth.write_site(synth.make_site(cards), dest / "site")


def a_card(site: Path) -> Path:
    return sorted((site / "content").glob("*/*.yaml"))[0]


def edit(card: Path, original: str, n: int) -> None:
    """Change one word of the card's summary, in capitals on odd `n`, in small letters on even `n`.

    The word is the first one of 4+ letters (not already in capitals) between spaces in the summary, so no link,
    emphasis or YAML syntax is touched and the card stays valid; consecutive `n` always give different text.
    """
    summary = re.search(r"^summary:.*\n(?:(?:[ \t].*)?\n)*", original, re.MULTILINE)
    assert summary is not None, f"{card} has no summary"
    word = next((m for m in re.finditer(r"(?<=\s)[A-Za-z]{4,}(?=\s)", summary.group())
                 if m.group() != m.group().upper()), None)
    assert word is not None, f"no word to change in the summary of {card}"
    at = summary.start() + word.start()
    spelled = word.group().upper() if n % 2 else word.group().lower()
    card.write_text(original[:at] + spelled + original[at + len(spelled):], encoding="utf-8")


def rebuild_times(site: Path, runs: int, code: Path = ROOT) -> list[float]:
    sys.path.insert(0, str(code))
    from generator.build import build

    card, output = a_card(site), site / "output"
    original = card.read_text(encoding="utf-8")
    build(site, output)  # warm: imports, first write (the preview's builds are plain ones: it adds its script as it
    # sends a page)
    times = []
    for n in range(1, runs + 1):
        edit(card, original, n)
        started = time.perf_counter()
        build(site, output)
        times.append(time.perf_counter() - started)
    card.write_text(original, encoding="utf-8")  # the serve run starts from the card as it was
    return times


async def reload_latencies(site: Path, runs: int, code: Path = ROOT, python: str = sys.executable) -> list[float]:
    """From each save to the reload message, with `python -m generator serve` running the generator in `code`.

    The client is a tab's: it fetches a page, then joins the reload socket with that page's address (a tab on a page
    the server never served is reloaded as it joins). Every message is stamped as it arrives; a save must bring
    exactly one reload, and any other message fails the run: read in turn, a message left over from the save before
    (or from joining) was timed as ~0 ms."""
    from tornado.httpclient import AsyncHTTPClient
    from tornado.websocket import websocket_connect

    # run from the copy's folder: `-m` puts the current folder first on the path, ahead of PYTHONPATH, so from the
    # project's folder the project's generator/ would run instead of the one in `code`
    server = subprocess.Popen([python, "-m", "generator", "serve", "--port", "0", "--site", str(site), "-q"],
                              stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(code)},
                              cwd=site.parent)
    try:
        assert server.stdout is not None
        line = await asyncio.wait_for(asyncio.to_thread(server.stdout.readline), TIMEOUT)  # after the first build
        assert line, f"serve exited with {server.poll()} before it was ready"
        url = line.split()[1]
        root = url.split("/", 3)[:3]
        page = await AsyncHTTPClient().fetch(url, request_timeout=TIMEOUT)
        assert b"livereload.js" in page.body, f"{url} was sent without the reload script"
        ws = await websocket_connect("ws://" + root[2] + "/livereload")
        await ws.write_message(json.dumps({"command": "hello", "protocols": [
            "http://livereload.com/protocols/official-7"]}))
        await ws.read_message()
        arrived: asyncio.Queue[tuple[float, str | bytes | None]] = asyncio.Queue()

        async def listen() -> None:
            while (raw := await ws.read_message()) is not None:
                arrived.put_nowait((time.perf_counter(), raw))
            arrived.put_nowait((time.perf_counter(), None))  # (closed)

        listening = asyncio.create_task(listen())
        await ws.write_message(json.dumps({"command": "info", "url": url}))
        await asyncio.sleep(0.3)
        card, latencies = a_card(site), []
        original = card.read_text(encoding="utf-8")
        for n in range(1, runs + 1):
            if not arrived.empty():
                raise RuntimeError(f"before save {n}, a message no save caused: {arrived.get_nowait()[1]!r}")
            started = time.perf_counter()
            edit(card, original, n)
            at, raw = await asyncio.wait_for(arrived.get(), TIMEOUT)
            assert raw is not None, "the server closed the WebSocket"
            assert json.loads(raw)["command"] == "reload", f"save {n} brought {raw!r}, not a reload"
            latencies.append(at - started)
            await asyncio.sleep(0.3)  # (a second message for the same save is caught before the next)
        listening.cancel()
        ws.close()
        return latencies
    finally:
        server.terminate()
        server.wait(10)


def show(name: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    print(f"{name:<16} median {statistics.median(ms):6.1f} ms   min {ms[0]:6.1f} ms   max {ms[-1]:6.1f} ms"
          f"   ({len(ms)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=20, help="edits to time (default: 20)")
    parser.add_argument("--cards", type=int, default=0, metavar="N",
                        help="time a synthetic briefing of N cards (benchmarks/synth.py) instead of the shipped one")
    parser.add_argument("--reload-json", action="store_true",
                        help="time only save -> reload, RUNS saves, and print the seconds as a JSON list")
    parser.add_argument("--code", type=Path, default=ROOT, help="the folder holding the generator/ to time")
    parser.add_argument("--tmp", type=Path, default=None, help="where the briefing's temporary copy goes")
    args = parser.parse_args()
    if args.cards < 0:
        parser.error("--cards must be 0 (the shipped briefing) or more")
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        site = write_synthetic(Path(tmp), args.cards) if args.cards else copy_briefing(Path(tmp))
        if args.reload_json:
            print(json.dumps(asyncio.run(reload_latencies(site, args.runs, args.code))))
            return
        cards = len(list((site / "content").glob("*/*.yaml")))
        name = "synthetic briefing (benchmarks/synth.py)" if args.cards else "shipped briefing"
        print(f"{name}: {cards} cards; one-card edit, {os.cpu_count()} CPUs", flush=True)
        show("rebuild", rebuild_times(site, args.runs, args.code))
        show("save -> reload", asyncio.run(reload_latencies(site, max(5, args.runs // 2), args.code)))


if __name__ == "__main__":
    main()

"""How fast the live preview shows a one-card edit of the shipped briefing.

`python benchmarks/preview_edit.py [-n RUNS]` copies the briefing (site.yaml, content/, templates/) to a temporary
folder and prints two figures:
- rebuild: load + render + write (staged and swapped in) after a one-card edit, in-process, as `serve` does it;
- save -> reload: from writing the card file to the reload message on a livereload WebSocket connected to a real
  `python -m generator serve --port 0` (includes inotify, the 0.1 s quiet period and the rebuild).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.cli import build  # noqa: E402
from generator.serve import preview_csp  # noqa: E402


def copy_briefing(dest: Path) -> Path:
    site = dest / "site"
    site.mkdir()
    shutil.copy2(ROOT / "site.yaml", site / "site.yaml")
    for part in ("content", "templates"):
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, site / part)
    return site


def a_card(site: Path) -> Path:
    return sorted((site / "content").glob("*/*.yaml"))[0]


def edit(card: Path, original: str, n: int) -> None:
    """Change the card's title (keeps it valid): the edit an editor makes most."""
    card.write_text(original.replace("title: ", f"title: ({n}) ", 1), encoding="utf-8")


def rebuild_times(site: Path, runs: int) -> list[float]:
    card, output = a_card(site), site / "output"
    original = card.read_text(encoding="utf-8")
    options = {"csp": preview_csp(), "preview_script": "/livereload.js?port=8000"}
    build(site, output, **options)  # warm: imports, first write
    times = []
    for n in range(1, runs + 1):
        edit(card, original, n)
        started = time.perf_counter()
        build(site, output, **options)
        times.append(time.perf_counter() - started)
    return times


async def reload_latencies(site: Path, runs: int) -> list[float]:
    from tornado.websocket import websocket_connect

    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--port", "0", "--site", str(site), "-q"],
                              stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert server.stdout is not None
        url = (await asyncio.to_thread(server.stdout.readline)).split()[1]
        root = url.split("/", 3)[:3]
        ws = await websocket_connect("ws://" + root[2] + "/livereload")
        await ws.write_message(json.dumps({"command": "hello", "protocols": [
            "http://livereload.com/protocols/official-7"]}))
        await ws.read_message()
        await ws.write_message(json.dumps({"command": "info", "url": url}))
        await asyncio.sleep(0.3)
        card, latencies = a_card(site), []
        original = card.read_text(encoding="utf-8")
        for n in range(1, runs + 1):
            started = time.perf_counter()
            edit(card, original, n)
            message = json.loads(await asyncio.wait_for(ws.read_message(), 10))
            assert message["command"] == "reload"
            latencies.append(time.perf_counter() - started)
            await asyncio.sleep(0.3)
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = copy_briefing(Path(tmp))
        cards = len(list((site / "content").glob("*/*.yaml")))
        print(f"shipped briefing: {cards} cards; one-card edit, {os.cpu_count()} CPUs")
        show("rebuild", rebuild_times(site, args.runs))
        show("save -> reload", asyncio.run(reload_latencies(site, max(5, args.runs // 2))))


if __name__ == "__main__":
    main()

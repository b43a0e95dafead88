"""The least a two-process PyYAML + Jinja2 build of the benchmark's pages takes: a lower bound, not a peer.

    python benchmarks/bare.py SITE OUT [--jobs 2]      # build SITE's cards bare into OUT
    python benchmarks/bare.py SITE --rounds 5          # alternate it with this generator's cold build

SITE is a briefing folder as `benchmarks/synth.py` writes it. Each card is read with libyaml and rendered
through one small autoescaped template; then a front page (every card with its summary, by category), one page
per category and a timeline. No Markdown (the summary is shown as text), no check against the source, no source
page, no figures' formatting, related cards, cards.json or cache. Cards are split between processes made with
fork; each child sends back what the listings need. How far this generator's cold build is above it is the cost
of what it does beyond that.
"""

from __future__ import annotations

import argparse
import marshal
import os
import shutil
import statistics
import sys
from pathlib import Path

import jinja2
import yaml
from run import timed  # benchmarks/run.py

ENV = jinja2.Environment(autoescape=True, auto_reload=False)
CARD = ENV.from_string(
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>{{ c.title }}</title></head><body>"
    "<h1>{{ c.title }}</h1><p>{{ c.summary }}</p><blockquote>{{ c.source_quote }}</blockquote>"
    "<ul>{% for f in c.figures or () %}<li>{{ f.label }}: {{ f.value }} {{ f.unit or '' }}</li>{% endfor %}</ul>"
    "<p>{{ (c.tags or ())|join(', ') }}</p></body></html>")
LISTING = ENV.from_string(
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>{{ title }}</title></head><body>"
    "{% for category, entries in groups %}<h2>{{ category }}</h2><ul>{% for e in entries %}"
    "<li><a href='{{ prefix }}{{ e[0] }}/{{ e[1] }}/'>{{ e[2] }}</a><p>{{ e[3] }}</p></li>"
    "{% endfor %}</ul>{% endfor %}</body></html>")
TIMELINE = ENV.from_string(
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>Timeline</title></head><body><ol>"
    "{% for e in entries %}<li><time>{{ e[4] }}</time> <a href='../{{ e[0] }}/{{ e[1] }}/'>{{ e[2] }}</a></li>"
    "{% endfor %}</ol></body></html>")

Entry = tuple[str, str, str, str, str]  # category, slug, title, summary, date


def card_files(site: Path) -> list[tuple[str, Path]]:
    return [(folder.name, path) for folder in sorted(p for p in (site / "content").iterdir() if p.is_dir())
            for path in sorted(folder.glob("*.yaml"))]


def build_cards(files: list[tuple[str, Path]], out: Path) -> list[Entry]:
    entries = []
    for category, path in files:
        card = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
        folder = out / category / path.stem
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_bytes(CARD.render(c=card).encode())
        entries.append((category, path.stem, card["title"], card["summary"], str(card.get("date") or "")))
    return entries


def build(site: Path, out: Path, jobs: int) -> None:
    files = card_files(site)
    children = []
    for job in range(1, jobs):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # a child: its share of the cards, then their entries down the pipe
            os.close(read)
            with os.fdopen(write, "wb") as pipe:
                pipe.write(marshal.dumps(build_cards(files[job::jobs], out)))
            os._exit(0)
        os.close(write)
        children.append((pid, read))
    entries = build_cards(files[0::jobs], out)
    for pid, read in children:
        with os.fdopen(read, "rb") as pipe:
            entries += marshal.loads(pipe.read())
        os.waitpid(pid, 0)
    entries.sort(key=lambda e: (e[0], e[1]))
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry[0], []).append(entry)
    (out / "index.html").write_bytes(LISTING.render(title="Front", groups=groups.items(), prefix="").encode())
    for category, members in groups.items():
        page = LISTING.render(title=category, groups=[(category, members)], prefix="../")
        (out / category / "index.html").write_bytes(page.encode())
    (out / "timeline").mkdir(exist_ok=True)
    dated = sorted((e for e in entries if e[4]), key=lambda e: e[4])
    (out / "timeline" / "index.html").write_bytes(TIMELINE.render(entries=dated).encode())


def compare(site: Path, rounds: int) -> None:
    """Alternate this generator's cold build and the bare one; print median wall and CPU time of each."""
    bare_out, trash = site / "bare-output", site / "bare-trash"
    commands = {"this generator": [sys.executable, "-m", "generator", "build", "-q", "--site", str(site)],
                "bare, 2 processes": [sys.executable, __file__, str(site), str(bare_out)],
                "bare, 1 process": [sys.executable, __file__, str(site), str(bare_out), "--jobs", "1"]}
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(rounds):
        for name in commands if round_ % 2 == 0 else reversed(commands):
            for folder in (site / "output", site / ".generator-cache", bare_out):
                if folder.exists():  # moved aside, deleted at the end: mass deletion slows ext4 for a while
                    trash.mkdir(exist_ok=True)
                    folder.rename(trash / f"{len(list(trash.iterdir()))}")
            sample = timed(commands[name], Path(__file__).resolve().parent.parent, dict(os.environ))
            wall[name].append(sample.seconds)
            cpu[name].append(sample.cpu_seconds)
    shutil.rmtree(bare_out, ignore_errors=True)
    shutil.rmtree(trash, ignore_errors=True)
    for name in commands:
        print(f"{name:18} wall {statistics.median(wall[name]):.3f} s   CPU {statistics.median(cpu[name]):.3f} s"
              f"   ({' '.join(f'{t:.2f}' for t in wall[name])})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=0, help="compare with this generator, alternating")
    args = parser.parse_args()
    if args.rounds:
        compare(args.site.resolve(), args.rounds)
    elif args.out:
        build(args.site, args.out, max(1, args.jobs))
    else:
        parser.error("give OUT, or --rounds")


if __name__ == "__main__":
    main()

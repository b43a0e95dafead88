"""The benchmark's report: the side-by-side table, the rebuilds, the seed, the preview, and the speed issue's
targets, each judged on ratios measured in the same run (see run.py)."""

from __future__ import annotations

import datetime
import os
import statistics
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from run import Bench


def table(bench: Bench, sizes: list[int]) -> str:
    r = bench.results
    names = _names(bench)
    lines = ["| tool | " + " | ".join(f"N = {n:,}" for n in sizes) + " | ms per card (largest N) "
             "| peak MiB (largest N) | output MB (largest N) | ratio to Hugo (" + ", ".join(f"{n:,}" for n in sizes)
             + ") |", "|---|" + "---:|" * (len(sizes) + 4)]
    big = max(sizes)
    for tool in bench.tools:
        cells = []
        for n in sizes:
            median = r.median("cold", tool, n)
            cells.append(f"{median:.2f} s" if median is not None else "-")
        median = r.median("cold", tool, big)
        per_card = f"{median / big * 1000:.2f}" if median else "-"
        peak = r.peak("cold", tool, big)
        ratios = []
        for n in sizes:
            mine, hugo = r.median("cold", tool, n), r.median("cold", "hugo", n)
            ratios.append(f"{mine / hugo:.2f}" if mine and hugo else "-")
        size = r.output_mb.get((tool, big))
        lines.append(f"| {names.get(tool, tool)} | " + " | ".join(cells) + f" | {per_card} | "
                     + (f"{peak:.0f}" if peak else "-") + " | " + (f"{size:.0f}" if size else "-") + " | "
                     + ", ".join(ratios) + " |")
    return "\n".join(lines)


def _names(bench: Bench) -> dict[str, str]:
    return {"ours": "this generator", "ours-peer-pages": "this generator, the peers' pages",
            **{k: v.name for k, v in bench.peers.items()}}


def against_floor(bench: Bench, n: int) -> str:
    """Each tool's time at `n` as a multiple of the hand-written Python floor's (libyaml), if it ran."""
    floor = bench.results.median("cold", "floor", n)
    if not floor:
        return ""
    names = _names(bench)
    times = [(tool, bench.results.median("cold", tool, n)) for tool in bench.tools if tool != "floor"]
    return (f"At N = {n:,}, as a multiple of the Python floor's time (PyYAML with libyaml, one reused "
            "Python-Markdown converter and Jinja2, by hand; " + f"{floor:.2f} s): "
            + ", ".join(f"{names.get(tool, tool)} {seconds / floor:.2f}" for tool, seconds in times if seconds))


def report(bench: Bench, sizes: list[int], rebuild_n: int | None, scaling: list[int],
           preview_n: int | None = None) -> str:
    r = bench.results
    out = [f"Measured {datetime.date.today().isoformat()} on this machine "
           f"({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end); "
           f"median of {bench.args.runs} cold build(s), tools alternating; the sites and outputs in "
           f"{bench.args.sites.resolve()}; this generator run by {bench.python}.", "", table(bench, sizes), ""]
    floor = against_floor(bench, max(sizes))
    if floor:
        out += [floor, ""]
    if rebuild_n:
        out += [f"Rebuilds at N = {rebuild_n:,} (median of {bench.args.runs}):", "",
                "| rebuild | this generator | Hugo | ratio |", "|---|---:|---:|---:|"]
        for kind, label in (("nochange", "nothing changed"), ("edit", "one card edited")):
            mine, hugo = r.median(kind, "ours", rebuild_n), r.median(kind, "hugo", rebuild_n)
            out.append(f"| {label} | {_s(mine)} | {_s(hugo)} | {mine / hugo:.2f} |" if mine and hugo
                       else f"| {label} | {_s(mine)} | {_s(hugo)} | - |")
        out.append("")
    if r.median("seed-cold", "ours", 0):
        out += ["The seed briefing, `python -m generator build`, wall time including interpreter start "
                "(median): " + ", ".join(f"{label} {_s(r.median(kind, 'ours', 0))}" for kind, label in (
                    ("seed-first", "nothing kept anywhere (the user's first build)"),
                    ("seed-cold", "empty cache (a new briefing's first build: the shipped templates compiled by an "
                                  "earlier one)"),
                    ("seed-nochange", "nothing changed"), ("seed-edit", "site.yaml edited"))), ""]
    preview = bench.results.samples.get(("preview", "ours", preview_n or 0))
    if preview:
        ms = sorted(sample.seconds * 1000 for sample in preview)
        out += [f"The preview at {preview_n:,} cards, from saving a one-card edit to the reload message "
                f"(`benchmarks/preview_edit.py`): median {statistics.median(ms):.0f} ms of {len(ms)} saves "
                f"({ms[0]:.0f}–{ms[-1]:.0f} ms)", ""]
    if scaling:
        out += ["This generator, cold build, ms per card: " + ", ".join(
            f"{n:,}: {seconds / n * 1000:.2f}" for n in scaling if (seconds := r.median("cold", "ours", n))), ""]
    out += [f"Problems: {'; '.join(r.problems)}" if r.problems else "Every output had every page."]
    out += ["", *targets(bench, sizes, rebuild_n, scaling, preview_n)]
    lean = peer_pages(bench, max(sizes))
    if lean:
        out += ["", lean]
    return "\n".join(out)


# the speed issue's cold-build targets at 5,000 cards: how many times faster than each peer this generator must be
FASTER_THAN = {"pelican": 3.0, "eleventy": 3.0, "mkdocs": 4.0, "staticjinja": 4.0}


def targets(bench: Bench, sizes: list[int], rebuild_n: int | None, scaling: list[int],
            preview_n: int | None = None) -> list[str]:
    """Each target of the speed issue that this run measured, as a ratio within the run, and whether it is met."""
    r, n = bench.results, max(sizes)
    rows: list[tuple[str, str, bool]] = []
    ours = r.median("cold", "ours", n)
    if ours:
        hugo = r.median("cold", "hugo", n)
        if hugo:
            rows.append((f"cold build at {n:,}: no slower than Hugo", f"{ours / hugo:.2f} × Hugo's time", ours <= hugo))
        for tool, times in FASTER_THAN.items():
            theirs = r.median("cold", tool, n)
            if theirs:
                name = bench.peers[tool].name
                rows.append((f"cold build at {n:,}: {times:.0f} × faster than {name}",
                             f"{theirs / ours:.2f} × faster", theirs / ours >= times))
        peak = r.peak("cold", "ours", n)
        if peak:
            rows.append((f"peak memory at {n:,} under 150 MB", f"{peak * 1.048576:.0f} MB", peak * 1.048576 < 150))
    for kind, label in (("nochange", "nothing changed"), ("edit", "one card edited")):
        mine = r.median(kind, "ours", rebuild_n) if rebuild_n else None
        hugo = r.median(kind, "hugo", rebuild_n) if rebuild_n else None
        if mine and hugo:
            rows.append((f"rebuild at {rebuild_n:,}, {label}: under 1/4 of Hugo's time", f"{mine / hugo:.2f} × Hugo's",
                         mine / hugo < 0.25))
    preview = r.median("preview", "ours", preview_n) if preview_n else None
    if preview:
        rows.append((f"one card edited at {preview_n:,}, `serve`: save -> reload under 300 ms",
                     f"{preview * 1000:.0f} ms (median)", preview < 0.3))
    seed = r.median("seed-cold", "ours", 0)
    if seed:
        first = r.median("seed-first", "ours", 0)
        rows.append(("the seed briefing, empty cache, with interpreter start: under 0.4 s", f"{seed:.2f} s" + (
            f" ({first:.2f} s with nothing kept anywhere)" if first else ""), seed < 0.4))
    cold = [(size, r.median("cold", "ours", size)) for size in sorted({*scaling, *sizes}) if size >= 1000]
    per_card = [(size, t / size) for size, t in cold if t]
    if len(per_card) >= 2:  # the two largest sizes: past start-up, the cost per card must not grow with N
        (small, first), (big, last) = per_card[-2], per_card[-1]
        rows.append((f"linear: ms per card at {big:,} no more than 1.5 × that at {small:,}",
                     f"{last * 1000:.2f} against {first * 1000:.2f}", last <= first * 1.5))
    if not rows:
        return []
    lines = ["Targets (issue 6), from this run:", "", "| target | measured | met? |", "|---|---|---|"]
    lines += [f"| {target} | {measured} | {'yes' if met else '**no**'} |" for target, measured, met in rows]
    return lines


def peer_pages(bench: Bench, n: int) -> str:
    """This generator's cold build making the peers' pages (benchmarks/peer_pages/), if it ran, against the
    peers: how much of the difference is the pages. Not judged: the targets are on its own pages."""
    r = bench.results
    lean, ours = r.median("cold", "ours-peer-pages", n), r.median("cold", "ours", n)
    if not lean:
        return ""
    times = [f"{bench.peers[tool].name} {theirs / lean:.2f}" for tool in ("hugo", *FASTER_THAN)
             if (theirs := r.median("cold", tool, n))]
    return (f"With the peers' pages (`benchmarks/peer_pages/`), this generator's cold build at {n:,} cards took "
            f"{lean:.2f} s" + (f" ({lean / ours:.2f} of its time with its own pages)" if ours else "")
            + ("; each peer's time as a multiple of it: " + ", ".join(times) if times else "")
            + ". The targets are judged on its own pages, above.")


def _s(value: float | None) -> str:
    return f"{value:.2f} s" if value is not None else "-"

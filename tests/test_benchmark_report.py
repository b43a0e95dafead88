"""The benchmark's targets table: each target of the speed issue judged on ratios within one run."""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import report as report_  # benchmarks/report.py
import run  # benchmarks/run.py


def fake(results: run.Results, **more: Any) -> Any:
    """What the report reads of a run.Bench: its results, its peers' names (and tools, where asked)."""
    return SimpleNamespace(results=results, peers=more.pop("peers", PEERS), **more)


PEERS = {tool: SimpleNamespace(name=name) for tool, name in [
    ("hugo", "Hugo"), ("pelican", "Pelican"), ("eleventy", "Eleventy"), ("mkdocs", "MkDocs"),
    ("staticjinja", "staticjinja")]}


def report(times: dict[tuple[str, str, int], float], peak: float = 90.0) -> dict[str, tuple[str, bool]]:
    results = run.Results()
    for (kind, tool, n), seconds in times.items():
        results.add(kind, tool, n, run.Sample(seconds, peak))
    lines = report_.targets(fake(results), [1000, 5000], 5000, [1000, 5000, 20000],
                            5000)
    rows = [line.strip("|").split(" | ") for line in lines if line.startswith("| ") and "---" not in line][1:]
    return {target.strip(): (measured, met.strip() == "yes") for target, measured, met in rows}


def test_each_target_is_judged_on_the_ratio_measured_in_the_run() -> None:
    rows = report({
        ("cold", "ours", 1000): 0.5, ("cold", "ours", 5000): 1.8, ("cold", "ours", 20000): 8.0,
        ("cold", "hugo", 5000): 1.79, ("cold", "pelican", 5000): 5.4, ("cold", "eleventy", 5000): 5.39,
        ("cold", "mkdocs", 5000): 7.2, ("cold", "staticjinja", 5000): 7.19,
        ("nochange", "ours", 5000): 0.5, ("nochange", "hugo", 5000): 2.0,
        ("edit", "ours", 5000): 0.49, ("edit", "hugo", 5000): 2.0, ("seed-cold", "ours", 0): 0.41,
        ("seed-first", "ours", 0): 0.55, ("preview", "ours", 5000): 0.3,
    }, peak=150 / 1.048576)
    assert rows["cold build at 5,000: no slower than Hugo"] == ("1.01 × Hugo's time", False)
    assert rows["cold build at 5,000: 3 × faster than Pelican"] == ("3.00 × faster", True)
    assert rows["cold build at 5,000: 3 × faster than Eleventy"] == ("2.99 × faster", False)
    assert rows["cold build at 5,000: 4 × faster than MkDocs"] == ("4.00 × faster", True)
    assert rows["cold build at 5,000: 4 × faster than staticjinja"][1] is False
    assert rows["peak memory at 5,000 under 150 MB"] == ("150 MB", False)
    assert rows["rebuild at 5,000, nothing changed: under 1/4 of Hugo's time"] == ("0.25 × Hugo's", False)
    assert rows["rebuild at 5,000, one card edited: under 1/4 of Hugo's time"] == ("0.24 × Hugo's", True)
    assert rows["the seed briefing, empty cache, with interpreter start: under 0.4 s"] == (
        "0.41 s (0.55 s with nothing kept anywhere)", False)
    assert rows["one card edited at 5,000, `serve`: save -> reload under 300 ms"] == ("300 ms (median)", False)
    # 0.40 ms per card at 20,000 against 0.36 at 5,000: linear enough
    assert rows["linear: ms per card at 20,000 no more than 1.5 × that at 5,000"] == ("0.40 against 0.36", True)


def test_a_cost_per_card_that_grows_with_the_site_fails_the_linear_target() -> None:
    rows = report({("cold", "ours", 1000): 0.5, ("cold", "ours", 5000): 1.8, ("cold", "ours", 20000): 11.0,
                   ("preview", "ours", 5000): 0.299})
    assert rows["one card edited at 5,000, `serve`: save -> reload under 300 ms"] == ("299 ms (median)", True)
    assert rows["linear: ms per card at 20,000 no more than 1.5 × that at 5,000"] == ("0.55 against 0.36", False)
    assert not any(target.startswith("cold build") for target in rows)  # no peer measured: no ratio to judge


def test_each_tool_is_also_given_as_a_multiple_of_the_python_floor() -> None:
    results = run.Results()
    for tool, seconds in (("ours", 1.2), ("floor", 2.4), ("staticjinja", 4.2), ("hugo", 1.8)):
        results.add("cold", tool, 5000, run.Sample(seconds, 60.0))
    peers = {**PEERS, "floor": SimpleNamespace(name="Python floor (libyaml)")}
    bench = fake(results, peers=peers, tools=["ours", "hugo", "staticjinja", "floor", "eleventy"])
    line = report_.against_floor(bench, 5000)
    assert line.endswith("2.40 s): this generator 0.50, Hugo 0.75, staticjinja 1.75")  # Eleventy did not run
    assert report_.against_floor(fake(run.Results(), peers=peers, tools=["ours"]), 5000) == ""


def test_the_peers_pages_are_compared_beside_the_targets_not_judged() -> None:
    results = run.Results()
    for tool, seconds in (("ours", 2.0), ("ours-peer-pages", 1.25), ("hugo", 1.9), ("eleventy", 3.75),
                          ("staticjinja", 4.5)):
        results.add("cold", tool, 5000, run.Sample(seconds, 60.0))
    bench = fake(results)
    assert report_.peer_pages(bench, 5000) == (
        "With the peers' pages (`benchmarks/peer_pages/`), this generator's cold build at 5,000 cards took 1.25 s "
        "(0.62 of its time with its own pages); each peer's time as a multiple of it: Hugo 1.52, Eleventy 3.00, "
        "staticjinja 3.60. The targets are judged on its own pages, above.")
    rows = [line for line in report_.targets(bench, [5000], None, []) if "Eleventy" in line]
    assert rows == ["| cold build at 5,000: 3 × faster than Eleventy | 1.88 × faster | **no** |"]  # its own pages
    assert report_.peer_pages(fake(run.Results()), 5000) == ""

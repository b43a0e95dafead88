"""Every kind of bad input gives its exact `path:line:column: message` report, exit 1, and no change to output/."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import FIXTURES, copy_site

CASES = sorted(p.name for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", CASES)
def test_invalid_site_reports_every_problem_and_keeps_output(case: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    assert main(["build", "--site", str(site), "-q"]) == 0
    before = tree_digest(site / "output")
    overlay = FIXTURES / "invalid" / case
    shutil.copytree(overlay, site, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    capsys.readouterr()

    status = main(["build", "--site", str(site)])

    captured = capsys.readouterr()
    assert status == 1
    assert captured.err == (overlay / "expected.txt").read_text(encoding="utf-8")
    assert "Traceback" not in captured.err + captured.out
    assert tree_digest(site / "output") == before
    assert not list(site.glob(".output*")), "no staging folder is left behind"

"""Golden output: the fixture site builds to exactly the files in tests/golden/village/.

Generated files only: `assets/` is copied verbatim from the templates and checked elsewhere.

After an intended change to templates or rendering, regenerate with
`UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py` and review the diff in git.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

from tests.conftest import FIXTURES, build
from tests.test_invalid import tree_digest

GOLDEN = FIXTURES.parent / "golden" / "village"


def test_fixture_site_matches_golden_output(village_site: Path) -> None:
    assert build(village_site) == 0
    out = village_site / "output"
    (out / ".generator-output").unlink()
    shutil.rmtree(out / "assets")
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(out, GOLDEN)
    built, golden = tree_digest(out), tree_digest(GOLDEN)
    assert sorted(built) == sorted(golden), "the set of files changed"
    for rel in sorted(built):
        if built[rel] != golden[rel]:
            diff = difflib.unified_diff((GOLDEN / rel).read_text("utf-8").splitlines(),
                                        (out / rel).read_text("utf-8").splitlines(), "golden/" + rel, "built/" + rel,
                                        lineterm="", n=2)
            raise AssertionError("\n".join(list(diff)[:60]))

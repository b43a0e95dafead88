"""Write rendered pages to the output folder all at once: a failed build leaves the old site whole."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

from generator.errors import UsageError

MARKER = ".generator-output"
MARKER_TEXT = "Built by `python -m generator`. This folder is replaced on every build: do not edit it.\n"
_TMP, _OLD = ".tmp-", ".old-"


def check_output(site_root: Path, output: Path) -> None:
    """Refuse an output folder whose replacement could delete anything the generator did not make."""
    site, out = site_root.resolve(), output.resolve()
    home = Path.home().resolve()
    if out == Path(out.anchor) or out == home:
        what = "your home folder" if out == home else "the root folder"
        raise UsageError(f"refusing to use {output} as the output folder: it is {what}")
    if out == site or site.is_relative_to(out):
        raise UsageError(f"refusing to use {output} as the output folder: it holds the site folder {site_root}")
    for name in ("content", "templates"):
        if out.is_relative_to(site / name):
            raise UsageError(f"refusing to use {output} as the output folder: it is inside {name}/")
    if out.exists() and not out.is_dir():
        raise UsageError(f"refusing to use {output} as the output folder: it is a file")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise UsageError(f"refusing to replace {output}: it is not empty and was not made by the generator "
                         f"(no {MARKER} file); choose another --output or empty it yourself")


def write_site(pages: dict[str, bytes], output: Path) -> None:
    """Write `pages` ({relative path: bytes}) into a fresh folder beside `output`, then swap it in."""
    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(output)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}{_TMP}", dir=output.parent))
    try:
        made: set[Path] = {staging}
        for rel in sorted(pages):
            target = staging / safe_relative(rel)
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            target.write_bytes(pages[rel])
        (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        swap_in(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def safe_relative(rel: str) -> PurePosixPath:
    """`rel` as a path that cannot leave the output folder."""
    path = PurePosixPath(rel)
    if path.is_absolute() or ".." in path.parts or not path.parts or "\\" in rel or "\0" in rel:
        raise UsageError(f"refusing to write {rel!r}: it would land outside the output folder")
    return path


def swap_in(staging: Path, output: Path) -> None:
    """Put `staging` in place of `output` atomically where the system allows, then delete the old one."""
    if not output.exists():
        os.rename(staging, output)
        return
    if _exchange(staging, output):
        shutil.rmtree(staging)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{output.name}{_OLD}", dir=output.parent))
    os.rename(output, old / "site")
    os.rename(staging, output)
    shutil.rmtree(old)


def clean_leftovers(output: Path) -> None:
    """Remove staging folders of interrupted builds; restore an output moved aside and not replaced."""
    for path in output.parent.glob(f".{output.name}{_OLD}*"):
        if not output.exists() and (path / "site" / MARKER).is_file():
            os.rename(path / "site", output)
        shutil.rmtree(path, ignore_errors=True)
    for path in output.parent.glob(f".{output.name}{_TMP}*"):
        shutil.rmtree(path, ignore_errors=True)


_libc = None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step with Linux's renameat2(RENAME_EXCHANGE); False where unsupported."""
    global _libc
    if not hasattr(os, "sched_getaffinity"):  # not Linux
        return False
    if _libc is None:
        _libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    func = getattr(_libc, "renameat2", None)
    if func is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = func(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return result == 0

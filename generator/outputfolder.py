"""Which folder a build may replace with the site: the checks made before anything is written (not the site
folder, its parents, the home or root folder, content/, templates/, a build cache, a file, a loop of links)."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from generator.errors import UsageError
from generator.write import MARKER

MAX_NAME = 200  # bytes of the output folder's name: beside it go names ~40 bytes longer; a file system takes 255


def refuse_a_loop(output: Path) -> None:
    """Refuse an output folder a link on the way to leads round in a loop (Python before 3.13 raises RuntimeError,
    after it OSError ELOOP, and only when strict)."""
    try:
        output.resolve(strict=True)
    except (RuntimeError, OSError) as error:
        if isinstance(error, RuntimeError) or error.errno == errno.ELOOP:
            raise UsageError(f"cannot use {output} as the output folder: a link on its way leads round in a loop"
                             ) from None


def check_output(site_root: Path, output: Path) -> None:
    """Refuse an output folder whose replacement could delete anything the generator did not make."""
    refuse_a_loop(output)
    site, out = site_root.resolve(), output.resolve()
    user = os.path.expanduser("~")  # ('~' itself with no HOME and no password entry: Path.home() would raise)
    home = Path(user).resolve() if os.path.isabs(user) else None
    if out == Path(out.anchor) or out == home:
        what = "your home folder" if out == home else "the root folder"
        raise UsageError(f"refusing to use {output} as the output folder: it is {what}")
    if out == site or site.is_relative_to(out):
        raise UsageError(f"refusing to use {output} as the output folder: it holds the site folder {site_root}")
    for name in ("content", "templates"):
        try:
            folder = (site / name).resolve()  # (wherever a link leads: a templates/ shared by link)
        except (RuntimeError, OSError):  # a link in a loop (Python before 3.13 raises RuntimeError): the load says so
            folder = site / name
        if out.is_relative_to(folder):
            raise UsageError(f"refusing to use {output} as the output folder: it is inside {name}/")
    from generator.cache import FOLDER

    if FOLDER in out.parts:
        raise UsageError(f"refusing to use {output} as the output folder: it is inside a build cache ({FOLDER}/)")
    if out.exists() and not out.is_dir():
        raise UsageError(f"refusing to use {output} as the output folder: it is a file")
    if output.is_symlink() and not out.exists():  # (a drive not mounted: the build made its folders on the disk)
        raise UsageError(f"refusing to use {output} as the output folder: it is a link to {os.readlink(output)}, "
                         "which does not exist; make that folder, or remove the link")
    if (size := max(len(os.fsencode(out.name)), len(os.fsencode(output.absolute().name)))) > MAX_NAME:
        raise UsageError(f"the output folder's name is {size} bytes long: at most {MAX_NAME} (the build keeps files "
                         "named after it beside it): choose a shorter --output")  # (was ENAMETOOLONG on its parent)
    if (blocked := next((p for p in out.parents if p.exists() and not p.is_dir()), None)) is not None:
        raise UsageError(f"cannot make {output} as the output folder: {blocked} is a file, not a folder")
    refuse_a_linked_cache(output)
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise UsageError(f"refusing to replace {output}: it is not empty and was not made by the generator "
                         f"(no {MARKER} file); choose another --output or empty it yourself")


def refuse_a_linked_cache(output: Path) -> None:
    """Refuse a build cache beside `output` that is, or holds for it, a link or anything but files and folders: the
    generator makes none, and one committed with a site would lead a build to delete or write outside it (the cache
    empties what it keeps per page, wherever that is)."""
    from generator.cache import FOLDER

    folder = output.absolute().parent / FOLDER
    if folder.is_symlink():
        raise UsageError(f"refusing to use the build cache {folder}: it is a link (the generator keeps a folder of "
                         "its own there, beside the output): remove it, or build with --output elsewhere")
    prefix = f"{output.absolute().name}."
    try:  # (its page and card folders: a few hundred entries at most; the spare output is write's to check)
        stack = [entry for entry in os.scandir(folder) if entry.name.startswith(prefix)]
    except OSError:
        return
    while stack:
        entry = stack.pop()
        if entry.is_dir(follow_symlinks=False):
            if entry.name != f"{prefix}previous":
                with contextlib.suppress(OSError):
                    stack.extend(os.scandir(entry.path))
        elif not entry.is_file(follow_symlinks=False):
            raise UsageError(f"refusing to use the build cache {folder}: it holds "
                             f"{Path(entry.path).relative_to(folder.parent)}, which is "
                             f"{'a link' if entry.is_symlink() else 'no file or folder'} (the generator makes "
                             "none): remove the cache's folder, which the next build makes again")

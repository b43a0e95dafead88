"""Write rendered pages to the output folder all at once: a failed build leaves the old site whole."""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, final

from generator.errors import UsageError
from generator.inputs import DIGEST

if TYPE_CHECKING:
    from generator.spare import Survey

log = logging.getLogger("generator")

MARKER = ".generator-output"
MARKER_TEXT = "Built by `python -m generator`. This folder is replaced on every build: do not edit it.\n"
_TMP, _OLD = ".tmp-", ".old-"


@final
class Existing(NamedTuple):
    """A file of the current output that a page is, unchanged: its path, and its inode as the caller saw it."""

    path: str
    ino: int


@final
class Staged(NamedTuple):
    """A page a worker process wrote to a file in the output's `staging_area` (a front page can be 12 MB: it is
    moved into place instead of passed between processes); with the digest of its bytes ('' if not worked out) and
    their size."""

    path: str
    digest: str
    size: int


Page = bytes | Existing | Staged


def staging_area(output: Path) -> Path:
    """Where worker processes leave big pages for `write_site` to move into place (beside the output: one file
    system; a killed build's is removed by the next)."""
    output = output.absolute()
    return output.parent / f".{output.name}{_TMP}pages-{os.getpid()}"


def stage(parts: Iterable[bytes | memoryview], folder: Path, hashed: bool = True) -> Staged:
    """Write a page (its pieces of UTF-8, with `hashed` hashed as they go) to a new file in `folder`, for the main
    process to move into the output, with the mode any output file gets (not mkstemp's 0600)."""
    folder.mkdir(exist_ok=True)
    path = os.path.join(folder, f"{os.getpid()}-{next(_staged)}.html")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    total, size = hashlib.sha256() if hashed else None, 0
    with os.fdopen(fd, "wb") as file:
        for part in parts:
            file.write(part)
            if total is not None:
                total.update(part)
            size += len(part)
    return Staged(path, total.hexdigest()[:DIGEST] if total is not None else "", size)


_staged = itertools.count()  # this process's staged pages


def write_site(pages: Mapping[str, bytes] | Iterable[tuple[str, Page]], output: Path,
               keep: Callable[[str, bytes | Staged], Path | None] | None = None, spare: Path | None = None,
               surveyed: Survey | None = None, on_published: Callable[[int], None] | None = None) -> int:
    """Write `pages` ({relative path: bytes}, or such pairs as they are rendered) into a folder beside
    `output`, then swap it in; returns the number of files. A page given as `Existing` is that file, unchanged.
    `on_published(count)` is called once the new folder is in place, before the old one is deleted.

    `keep(path, bytes)` may name a file of the current output holding exactly those bytes: it is hard-linked
    into the new folder instead of written (same inode and mtime; no file is ever written in place).
    `spare`: where to keep the replaced output, so that the next build updates that folder (which is never
    the live one) instead of making one folder per page afresh; `surveyed`, that folder listed beforehand.
    """
    from generator.spare import locked  # (spare.py builds on this module)

    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    with locked(output.parent):  # one build at a time writes beside the output (staging folders, the spare)
        clean_leftovers(output)
        mode = _folder_mode(output)  # (the umask's)
        fresh = umask_changed(output, mode)  # every file written anew: a file linked from the last site keeps its mode
        if fresh and spare is not None:  # (and no spare of the old modes kept for the next build to update)
            shutil.rmtree(spare, ignore_errors=True)
            spare = None
        try:
            reuse = spare is not None and spare.is_dir() and not spare.is_symlink()
        except OSError:  # (a cache this user may not read: another's; the build goes on without its spare)
            reuse = False
        if reuse and spare:
            staging = spare
            spare.chmod(mode)  # (an older version's are 0700)
        else:
            staging = _new_folder(output.parent, f".{output.name}{_TMP}")
        items = pages.items() if isinstance(pages, Mapping) else pages
        area = staging_area(output)  # made by the first worker that writes a page there, if any
        try:
            count = update_folder(staging, items, keep, surveyed) if reuse else _fill(staging, items, keep, fresh)
            marker = staging / MARKER
            marker.unlink(missing_ok=True)
            marker.write_text(MARKER_TEXT, encoding="utf-8")
            swap_in(staging, output, spare, None if on_published is None else lambda: on_published(count))
            return count
        except BaseException:
            if not reuse:
                shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(area, ignore_errors=True)


def _new_folder(parent: Path, prefix: str) -> Path:
    """A folder of its own in `parent`, with the mode `mkdir` gives (the umask's: tempfile.mkdtemp makes 0700,
    and a web server running as another user, or a copy, could not read the site)."""
    while True:
        try:
            (path := parent / f"{prefix}{os.urandom(6).hex()}").mkdir()
            return path
        except FileExistsError:
            continue
        except OSError as error:  # /proc, a read-only file system: the system would name the folder tried
            raise UsageError(f"no folder can be made in {parent} ({error.strerror}): choose another --output") from None


def umask_changed(output: Path, mode: int | None = None) -> bool:
    """Whether the live output's files were made under another umask than this process's (its marker's mode is
    not the one a file made now gets; `mode`, a folder's, if known): a 022 site rebuilt under 077 was mostly 0644
    files, a cold build's 0600."""
    try:
        old = os.stat(output / MARKER).st_mode & 0o777
    except OSError:
        return False
    return (_folder_mode(output) if mode is None else mode) & 0o666 != old


def _folder_mode(output: Path) -> int:
    """The mode a folder made now beside `output` gets (the umask's); a file's is it without the x bits."""
    probe = _new_folder(output.parent, f".{output.name}{_TMP}mode-")
    try:
        return probe.stat().st_mode & 0o7777
    finally:
        probe.rmdir()


def _fill(staging: Path, pages: Iterable[tuple[str, Page]],
          keep: Callable[[str, bytes | Staged], Path | None] | None, fresh: bool = False) -> int:
    made: set[str] = {""}
    written: set[str] = set()
    for rel, data in pages:
        _once(rel, written)
        target = os.path.join(staging, safe_relative(rel))
        parent = rel.rpartition("/")[0]
        if parent not in made:
            if parent.rpartition("/")[0] in made:
                os.mkdir(os.path.join(staging, parent))  # its parent is there: no stat of it, as makedirs would
            else:
                os.makedirs(os.path.join(staging, parent), exist_ok=True)
                made.update(parent.rsplit("/", n)[0] for n in range(1, parent.count("/") + 1))  # and its parents
            made.add(parent)
        same = None if fresh else _same(rel, data, keep)
        if same is None or not _link(same, target):
            _put(target, data)
    return len(written)


def _same(rel: str, data: Page, keep: Callable[[str, bytes | Staged], Path | None] | None) -> str | Path | None:
    """A file of the current output holding exactly the page's bytes, to link instead of writing."""
    if type(data) is Existing:
        return data.path
    return keep(rel, data) if keep else None


def update_folder(folder: Path, pages: Iterable[tuple[str, Page]],
            keep: Callable[[str, bytes | Staged], Path | None] | None, surveyed: Survey | None = None) -> int:
    """Make `folder` (an earlier output, not the live one) hold exactly `pages`, touching only what differs.

    Files are replaced, never written into: they may share their inode with the live output. The folder's
    marker goes first: a survey of the folder holds only while the marker it left is there."""
    stream = iter(pages)
    first = next(stream, None)  # the render stage (and its workers) gets going before the listing below
    marker = folder / MARKER
    holds = surveyed is not None and surveyed.folder == str(folder) and _text(marker) == surveyed.mark
    marker.unlink(missing_ok=True)
    files: dict[str, int] = {}  # what the folder holds: relative path -> inode
    folders: set[str] = set()
    if surveyed is not None and holds:
        files, folders = surveyed.files, surveyed.folders
        files.pop(MARKER, None)
    else:
        _scan(str(folder), "", files, folders)
    written: set[str] = set()
    wanted: set[str] = set()  # folders the pages need
    root = str(folder) + "/"
    for rel, data in itertools.chain([first] if first is not None else [], stream):
        _once(rel, written)
        parent = rel.rpartition("/")[0]
        if type(data) is Existing and files.get(rel) == data.ino:  # already that very file: most pages of an edit
            while parent and parent not in wanted:  # its folders are there: keep them (a name the scan found is
                wanted.add(parent)  # a plain relative path: no need to check it)
                parent = parent.rpartition("/")[0]
            continue
        target = root + safe_relative(rel)
        if parent and parent not in wanted:
            _make_folder(folder, parent, files, folders, wanted)
        if rel in folders:  # a folder where this file goes: it is not wanted
            shutil.rmtree(target)
            folders = {f for f in folders if f != rel and not f.startswith(rel + "/")}
            files = {f: ino for f, ino in files.items() if not f.startswith(rel + "/")}
        same = _same(rel, data, keep)
        if same is not None and rel in files and files[rel] == (
                data.ino if type(data) is Existing else os.lstat(same).st_ino):
            continue  # already that very file
        if rel in files:
            os.unlink(target)
            del files[rel]
        if same is None or not _link(same, target):
            _put(target, data)
    for rel in files.keys() - written - {MARKER}:
        os.unlink(folder / rel)
    for rel in sorted(folders - wanted, key=lambda r: -r.count("/")):
        shutil.rmtree(folder / rel, ignore_errors=True)
    return len(written)


def _make_folder(root: Path, rel: str, files: dict[str, int], folders: set[str], wanted: set[str]) -> None:
    """Make the folder `rel` and its parents under `root`, replacing a file that stands in the way."""
    parts = rel.split("/")
    for name in ("/".join(parts[:n]) for n in range(1, len(parts) + 1)):
        if name in wanted:
            continue
        wanted.add(name)
        if name in folders:
            continue
        if name in files:
            os.unlink(root / name)
            del files[name]
        (root / name).mkdir()
        folders.add(name)


def _once(rel: str, written: set[str]) -> None:
    if rel in written:
        raise ValueError(f"two files for {rel!r}")  # a bug in the render stage, never the content's fault
    written.add(rel)


def _text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _scan(path: str, rel: str, files: dict[str, int], folders: set[str]) -> None:
    with os.scandir(path) as entries:
        for entry in entries:
            name = rel + entry.name
            if entry.is_dir(follow_symlinks=False):
                folders.add(name)
                _scan(entry.path, name + "/", files, folders)
            elif entry.is_file(follow_symlinks=False):
                files[name] = entry.inode()
            else:  # a link or anything else a build does not make
                os.unlink(entry.path)


def _put(target: str, data: Page) -> None:
    """Write a new file (never into an existing one: the caller has made sure there is none, and O_EXCL checks).

    Plain system calls: a file object would add three per file (fstat, isatty, lseek), 15,000 at 5,000 cards."""
    if type(data) is Staged and _link(data.path, target):  # a link fails, where a rename would replace a file
        log.debug("%s: moved into place from the file a worker wrote", target)
        return
    view = memoryview(Path(data.path).read_bytes() if type(data) in (Existing, Staged) else data)  # type: ignore
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    try:
        while view:
            view = view[os.write(fd, view):]
    except OSError as error:  # a full disk: said of the file (write() names none: "error: No space left on device")
        error.filename = error.filename or target
        raise
    finally:
        os.close(fd)


def _link(existing: str | Path, target: Path | str) -> bool:
    try:
        os.link(existing, target)
        return True
    except OSError:  # another file system, no hard links, or the file just went away: write it instead
        return False


def safe_relative(rel: str) -> str:
    """`rel`, refused if it could leave the output folder (or is not a plain relative path)."""
    parts = rel.split("/")
    if not rel or rel.startswith("/") or "" in parts or "." in parts or ".." in parts or "\\" in rel or "\0" in rel:
        raise UsageError(f"refusing to write {rel!r}: it would land outside the output folder")
    return rel


def swap_in(staging: Path, output: Path, spare: Path | None = None, swapped: Callable[[], None] | None = None) -> None:
    """Put `staging` in place of `output` atomically where the system allows; then (having called `swapped()`)
    delete the old one, or move it to `spare` for the next build to update."""
    if not output.exists():
        os.rename(staging, output)
        if swapped is not None:
            swapped()
        return
    try:  # a folder made read-only (chmod a-w, -R) cannot move to another folder, nor lose its files: it is replaced
        if not os.stat(output).st_mode & 0o200:
            for folder, _, _ in os.walk(output):
                if not (mode := os.stat(folder).st_mode) & 0o200:
                    os.chmod(folder, mode | 0o200)
    except OSError:  # (not this user's: the moves below say so)
        pass
    if _exchange(staging, output):
        if swapped is not None:  # (an interruption from here on finds the new site in place)
            swapped()
        if spare is None:
            _delete_old(staging)
        elif staging != spare:
            _keep_as(staging, spare)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{output.name}{_OLD}", dir=output.parent))
    os.rename(output, old / "site")
    os.rename(staging, output)
    if swapped is not None:
        swapped()
    _delete_old(old)


def _delete_old(folder: Path) -> None:
    """The replaced site, swapped out (an interruption leaves it for the next build's clean_leftovers)."""
    shutil.rmtree(folder)


def _keep_as(old: Path, spare: Path) -> None:
    """Move the replaced output to `spare`; only a cost if that fails (the next build starts afresh)."""
    try:
        if spare.is_symlink() or spare.is_file():
            spare.unlink()
        elif spare.exists():
            shutil.rmtree(spare)
        spare.parent.mkdir(parents=True, exist_ok=True)
        os.rename(old, spare)
    except OSError:
        shutil.rmtree(old, ignore_errors=True)


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
        import ctypes  # here: a build with nothing to write never swaps

        _libc = ctypes.CDLL(None, use_errno=True)  # the C library already loaded (no ldconfig run to find it)
    func = getattr(_libc, "renameat2", None)
    if func is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    result: int = func(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return result == 0

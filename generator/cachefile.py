"""One build cache file: a pickled dict, written atomically, and read back from memory while it is unchanged."""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("generator")

FORMAT = 1
TEMPORARY = ".tmp"  # the end of a file not yet put in place


# What this process last read from or wrote to each cache file, while the file is still that one, and whether it
# passed its reader's check (or this process wrote it): a process that builds again and again (the preview's)
# neither reads back 10 MB of pickles each time nor checks the shapes of 5,000 entries again.
_known: dict[Path, tuple[tuple[int, int, int], dict[str, Any], bool]] = {}


def read_state(path: Path, valid: Callable[[dict[str, Any]], bool] | None = None) -> dict[str, Any]:
    """A cache file's content, or {} when it is missing, unreadable, of another format or corrupt, or when
    `valid` (its reader's check of its shapes) refuses it."""
    try:
        with open(path, "rb") as file:
            signature = _signature(os.fstat(file.fileno()))
            known = _known.get(path)
            if known is not None and known[0] == signature:
                state, checked = known[1], known[2]
            else:
                state, checked = pickle.load(file), False
    except FileNotFoundError:
        return {}
    except Exception as error:  # a truncated or tampered file: any unpickling error
        log.debug("ignoring the unreadable cache file %s: %s", path, error)
        return {}
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        return {}
    if valid is not None and not checked:
        if not valid(state):
            log.debug("ignoring the cache file %s: not what this code writes", path)
            return {}
        checked = True
    _known[path] = (signature, state, checked)
    return state


def write_state(path: Path, state: dict[str, Any]) -> None:
    prepare_state(path, state)()


def prepare_state(path: Path, state: dict[str, Any]) -> Callable[[], None]:
    """Pickle `state` beside `path` now; the function returned puts it in place (raises OSError if it cannot).

    Until then `path` is as it was, and a build that fails leaves the file (TEMPORARY, see `drop_leftovers`)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}{TEMPORARY}")
    with open(temporary, "wb") as file:
        pickle.dump(state, file, protocol=pickle.HIGHEST_PROTOCOL)
        file.flush()
        signature = _signature(os.fstat(file.fileno()))

    def commit() -> None:
        _known.pop(path, None)
        os.replace(temporary, path)
        _known[path] = (signature, state, True)

    return commit


def drop_leftovers(folder: Path) -> None:
    """Remove the files that builds which failed or were killed left in `folder` before putting them in place."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(".") and name.endswith(TEMPORARY):
            try:
                os.unlink(folder / name)
            except OSError:
                continue


def _signature(stat: os.stat_result) -> tuple[int, int, int]:
    return stat.st_ino, stat.st_size, stat.st_mtime_ns

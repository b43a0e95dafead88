"""One build cache file: a pickled dict, written atomically, and read back from memory while it is unchanged."""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path
from typing import Any

log = logging.getLogger("generator")

FORMAT = 1


# What this process last read from or wrote to each cache file, while the file is still that one: a process
# that builds again and again (the preview's) does not read back 10 MB of pickles each time.
_known: dict[Path, tuple[tuple[int, int, int], dict[str, Any]]] = {}


def read_state(path: Path) -> dict[str, Any]:
    """A cache file's content, or {} when it is missing, unreadable, of another format or corrupt."""
    try:
        with open(path, "rb") as file:
            signature = _signature(os.fstat(file.fileno()))
            known = _known.get(path)
            if known is not None and known[0] == signature:
                return known[1]
            state = pickle.load(file)
    except FileNotFoundError:
        return {}
    except Exception as error:  # a truncated or tampered file: any unpickling error
        log.debug("ignoring the unreadable cache file %s: %s", path, error)
        return {}
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        return {}
    _known[path] = (signature, state)
    return state


def write_state(path: Path, state: dict[str, Any]) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _known.pop(path, None)
    with open(temporary, "wb") as file:
        pickle.dump(state, file, protocol=pickle.HIGHEST_PROTOCOL)
        file.flush()
        signature = _signature(os.fstat(file.fileno()))
    os.replace(temporary, path)
    _known[path] = (signature, state)


def _signature(stat: os.stat_result) -> tuple[int, int, int]:
    return stat.st_ino, stat.st_size, stat.st_mtime_ns

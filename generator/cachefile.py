"""One build cache file: a pickled dict, written atomically, and read back from memory while it is unchanged.

A pickle runs code as it loads, and a cache folder can come with a site (a commit that adds it with
`git add -f`): each file starts with a keyed digest of the rest, the key kept outside every site, in the user's
cache folder (`KEY_FILE`), and a file whose digest does not match is ignored, unread.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import logging
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("generator")

FORMAT = 2
TEMPORARY = ".tmp"  # the end of a file not yet put in place
KEY_FILE = "explainer-microsite-generator/cache-key"  # under $XDG_CACHE_HOME, else ~/.cache
TAG = 32  # bytes of the keyed digest


@functools.cache
def _key() -> bytes:
    """This user's secret key for cache files, made on first use (readable by the user alone); a key for this
    process only when there is no such folder to keep it in (then no later build trusts this one's cache)."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(home) / KEY_FILE
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    except OSError as error:
        log.debug("no cache key at %s (%s): the build cache lasts this process only", path, error)
        return os.urandom(TAG)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(os.urandom(TAG))
    except FileExistsError:  # another build made it meanwhile
        pass
    except OSError as error:
        log.debug("cannot keep a cache key at %s (%s): the build cache lasts this process only", path, error)
        return os.urandom(TAG)
    try:
        return _read_key(path)
    except OSError as error:
        log.debug("cannot read the cache key at %s (%s): the build cache lasts this process only", path, error)
        return os.urandom(TAG)


def _read_key(path: Path) -> bytes:
    key = path.read_bytes()
    if len(key) != TAG:
        raise OSError(f"a key is {TAG} bytes, not {len(key)}")
    return key


def _tag(data: bytes | memoryview) -> bytes:
    return hashlib.blake2b(data, key=_key(), digest_size=TAG).digest()


def encode(state: dict[str, Any]) -> bytes:
    """A cache file's bytes, as `write_state` writes them: the keyed digest, then the pickle."""
    data = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    return _tag(data) + data


def keyed(text: str) -> str:
    """`text`'s digest under this user's key: a header no file planted in a site's cache folder can have."""
    return _tag(text.encode()).hex()


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
                data = memoryview(file.read())
                if not hmac.compare_digest(bytes(data[:TAG]), _tag(data[TAG:])):
                    log.debug("ignoring the cache file %s: not written by this user's builds", path)
                    return {}
                state, checked = pickle.loads(data[TAG:]), False
    except FileNotFoundError:
        return {}
    except Exception as error:  # a truncated file, or one of an older format: any unpickling error
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
    data = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    with open(temporary, "wb") as file:
        file.write(_tag(data))  # (two writes: no copy of a 10 MB pickle)
        file.write(data)
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

"""One build cache file: a pickled dict, written atomically, and read back from memory while it is unchanged.

A pickle runs code as it loads, and a cache folder can come with a site (a commit that adds it with
`git add -f`): each file ends with a keyed digest of the rest, the key kept outside every site, in the user's
cache folder (`KEY_FILE`), and a file whose digest does not match is ignored, unread.
"""

from __future__ import annotations

import functools
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
TAG = 32  # bytes of the keyed digest (HMAC-SHA256)


@functools.cache
def _key() -> bytes:
    """This user's secret key for cache files, made on first use (readable by the user alone); a key for this
    process only when there is no folder to keep it in (then no later build trusts this one's cache: each is cold)."""
    path = key_path()
    try:
        if path is None:
            raise OSError("no absolute $XDG_CACHE_HOME or home folder")
        try:
            return _read_key(path)
        except FileNotFoundError:
            pass
        except ValueError as error:  # cut short (a full disk, a crash): made anew
            log.debug("replacing the cache key at %s: %s", path, error)
            path.unlink()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_name(f".{path.name}.{os.getpid()}{TEMPORARY}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(os.urandom(TAG))
        try:
            os.link(temporary, path)  # whole or not at all, and the first of two builds making it wins
        except FileExistsError:
            pass
        finally:
            os.unlink(temporary)
        return _read_key(path)
    except (OSError, ValueError) as error:
        log.warning("warning: no build cache: cannot keep its key at %s (%s); every build is a cold one",
                    path or "~/.cache", error)
        return os.urandom(TAG)


def key_path() -> Path | None:
    """Where this user's cache key is kept: under $XDG_CACHE_HOME if it is an absolute path, else ~/.cache."""
    home = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(home):  # (a relative one is to be ignored: it would put the key in a site's folder)
        user = os.path.expanduser("~")
        if not os.path.isabs(user):  # no HOME and no password entry
            return None
        home = os.path.join(user, ".cache")
    return Path(home) / KEY_FILE


def shipped_path(code: str) -> Path | None:
    """Where this user keeps the shipped templates as the generator's `code` (its digest) compiles them, beside the
    key (see environment.shipped_templates, which makes it); None without a folder for the key."""
    key = key_path()
    return None if key is None else key.parent / "templates" / code


def made_at(path: Path) -> int:
    """When `path` was last written (0 if it is gone)."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _read_key(path: Path) -> bytes:
    key = path.read_bytes()
    if len(key) != TAG:
        raise ValueError(f"a key is {TAG} bytes, not {len(key)}")
    return key


# HMAC-SHA256: a processor with SHA instructions (AMD's since 2017, Intel's since about 2020, most ARM ones) does it
# 2.5 times as fast as keyed BLAKE2b (0.57 ms a MB against 1.45 here; an edit at 5,000 cards reads and writes ~30 MB)
def _tag(data: bytes | memoryview) -> bytes:
    return hmac.digest(_key(), data, "sha256")


def encode(state: dict[str, Any]) -> bytes:
    """A cache file's bytes, as `write_state` writes them: the pickle, then its keyed digest."""
    return sealed(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


def sealed(data: bytes) -> bytes:
    """`data` followed by its digest under this user's key."""
    return data + _tag(data)


def hasher() -> Any:
    """A digest under this user's key, to update as a file is written in pieces and to write last (see `opened`)."""
    return hmac.new(_key(), digestmod="sha256")


def opened(data: bytes | memoryview) -> memoryview | None:
    """What was sealed (`sealed`, or a file ending in its `hasher`'s digest), if this user's key sealed it; else
    None."""
    view = memoryview(data)
    return view[:-TAG] if len(view) >= TAG and hmac.compare_digest(bytes(view[-TAG:]), _tag(view[:-TAG])) else None


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
                data = opened(file.read())
                if data is None:
                    log.debug("ignoring the cache file %s: not written by this user's builds", path)
                    return {}
                state, checked = pickle.loads(data), False
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
        file.write(data)  # (two writes: no copy of a 10 MB pickle)
        file.write(_tag(data))
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

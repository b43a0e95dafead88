"""The build cache's manifest, `<output>.files.pickle` in `.generator-cache/` beside the output folder: what the last
build wrote (see cache.py), whether the output still holds exactly that, and where the cache's other files are."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.cachefile import read_state
from generator.write import MARKER

FOLDER = ".generator-cache"


@dataclass(frozen=True)
class FileEntry:
    """An output file as the last build left it."""

    key: str  # the key of the page it holds; '' for files not rendered from a page template
    digest: str
    size: int
    mtime_ns: int
    ino: int

    def matches(self, stat: os.stat_result) -> bool:
        return (stat.st_size, stat.st_mtime_ns, stat.st_ino) == (self.size, self.mtime_ns, self.ino)


def holds_exactly(output: Path, files: Mapping[str, FileEntry]) -> bool:
    """Whether `output` (made by a build) holds exactly `files`, each with its recorded stat: no other file, no
    link, no empty folder."""
    if not (output / MARKER).is_file() or output.is_symlink():
        return False
    count = 0

    def intact(folder: str, prefix: str) -> bool:
        nonlocal count
        empty = True
        with os.scandir(folder) as entries:
            for entry in entries:
                empty = False
                rel = prefix + entry.name
                if entry.is_symlink():
                    return False
                if entry.is_dir(follow_symlinks=False):
                    if not intact(entry.path, rel + "/"):
                        return False
                elif rel != MARKER:
                    known = files.get(rel)
                    if known is None or not known.matches(entry.stat(follow_symlinks=False)):
                        return False
                    count += 1
        return not (empty and prefix)  # an empty folder: the build would not make one

    try:
        return intact(str(output), "") and count == len(files)
    except OSError:
        return False


def saved_generation(output: Path) -> str:
    """The generation of the manifest the last successful build of `output` saved ('' if none)."""
    generation = read_state(manifest_path(output.absolute())).get("generation", "")
    return generation if isinstance(generation, str) else ""


def valid_manifest(state: dict[str, Any]) -> bool:
    """Whether a manifest read from disk has the shapes this code writes (it is then taken as it is)."""
    files, shows, order = state.get("files", {}), state.get("dependencies", {}), state.get("card_order", [])
    return (isinstance(files, dict) and all(type(k) is str and type(v) is FileEntry for k, v in files.items())
            and isinstance(shows, dict) and all(type(v) is tuple and len(v) == 2 and type(v[0]) is str
                                                and type(v[1]) is tuple for v in shows.values())
            and isinstance(order, list) and all(type(path) is str for path in order)
            and all(type(state.get(name, "")) is str
                    for name in ("code", "inputs", "source_file", "generation", "site_key", "templates"))
            and isinstance(state.get("input_stats", {}), dict) and type(state.get("hashed_at", 0)) is int
            and isinstance(state.get("reads_all", {}), dict))


def manifest_path(output: Path) -> Path:
    return output.parent / FOLDER / f"{output.name}.files.pickle"


def fragments_of(output: Path) -> Path:
    return output.parent / FOLDER / f"{output.name}.fragments"


def spare_of(output: Path) -> Path:
    return output.parent / FOLDER / f"{output.name}.previous"


"""Which page templates read every card (see keys.PageKeys.learn), kept for this user beside the compiled shipped
templates, one file per set of a site's own templates (by its digest): a new briefing with the same templates, or
none, parses none of them to find out. Only the last READS_ALL_KEPT sets' files are kept (editing one of a site's
templates makes a new set). Imports no Jinja: a build asks `known` before it needs any."""

from __future__ import annotations

import contextlib
from pathlib import Path

from generator.cachefile import FORMAT, made_at, read_state, shipped_path, write_state

READS_ALL_KEPT = 32  # sets of own templates whose answers a user keeps
_FILE = "reads-all-{}.pickle"  # the answers for one set, by the digest of the site's own templates/


def known(code: str, own: str) -> bool:
    """Whether the generator's `code` has compiled the shipped templates and kept the answers for the own templates
    `own` (or nothing can be kept): if not, a build can have both done aside (build.build)."""
    folder = shipped_path(code)
    return folder is None or (folder / _FILE.format(own)).is_file()


def kept(folder: Path | None, own: str) -> dict[str, bool]:
    """The answers kept in `folder` (the compiled shipped templates') for the own templates `own`; {} if none."""
    return read_state(folder / _FILE.format(own)).get("reads_all", {}) if folder else {}


def keep(folder: Path, own: str, answers: dict[str, bool]) -> None:
    """Keep `answers` for the own templates `own`, and only the last READS_ALL_KEPT sets'."""
    write_state(folder / _FILE.format(own), {"format": FORMAT, "reads_all": answers})
    for path in sorted(folder.glob(_FILE.format("*")), key=made_at)[:-READS_ALL_KEPT]:
        with contextlib.suppress(OSError):  # (another build took it first, or it cannot go: no matter)
            path.unlink()

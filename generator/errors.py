"""Problems found in a site's files, reported as `path:line:column: message`."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Control and bidi characters would break the one-line report or reorder it on screen.
# (and the stand-ins for a file name's bytes that are not UTF-8: "caf\\xe9.yaml" is read as "caf\\udce9.yaml")
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\udc80-\udcff]")


def _escaped(char: str) -> str:
    code = ord(char)
    if code < 0x80:
        return repr(char)[1:-1]
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control and bidi characters shown as escapes like \\n or \\u202e, and a name's byte that is not
    UTF-8 as \\xe9."""
    return _UNPRINTABLE.sub(lambda m: _escaped(m.group()), text)


def located(site: Path, path: str) -> str:
    """`path` (relative to the site folder) as it opens from the current folder, for a terminal or an editor to
    follow: relative to that folder when inside it (`briefings/x/content/a.yaml` after `--site briefings/x`),
    else absolute."""
    if str(site) == ".":
        return path
    try:  # the site's real path: `link/..` is where the link leads, then up
        full = os.path.normpath(os.path.join(os.path.realpath(site), path))
        here = os.getcwd()
    except OSError:  # the current folder is gone (it was the output, swapped out)
        return os.path.join(site, path)
    return os.path.relpath(full, here) if full == here or full.startswith(here.rstrip(os.sep) + os.sep) else full


def located_folder(path: Path) -> str:
    """A folder as `located` gives it, ending in '/': 'output/', 'briefings/gas/output/'."""
    return located(path, ".").rstrip(os.sep) + "/"


def system_error(error: OSError) -> str:
    """What the system refused, on which file: 'notes/x: Not a directory', not "[Errno 20] Not a directory:
    'notes/x'"."""
    if not error.strerror:
        return str(error)
    files = [printable(os.fsdecode(name) if isinstance(name, (str, bytes, os.PathLike)) else str(name))
             for name in (error.filename, error.filename2) if name is not None]
    return f"{' -> '.join(files)}: {error.strerror}" if files else error.strerror


@dataclass(frozen=True, order=True)
class Problem:
    """One problem at a position in a file (path relative to the site folder, 1-based line/column)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return self.shown(Path("."))

    def shown(self, site: Path) -> str:
        """The problem's line, its path as it opens from the current folder (see `located`)."""
        return printable(f"{located(site, self.path)}:{self.line}:{self.column}: {self.message}")


@dataclass(frozen=True, order=True)
class Finding:
    """A problem (or, with `warning`, a doubt) at a place in a file."""

    path: str
    line: int
    column: int
    message: str
    warning: bool = False
    suggestion: str | None = field(default=None, compare=False)  # a misquote's closest passage, unmarked
    mentions: tuple[str, ...] = field(default=(), compare=False)  # other files the message names (site-relative)
    accepted: bool = field(default=False, compare=False)  # a warning the card marks `# checked` at its value

    def __str__(self) -> str:
        return self.shown(Path("."))

    def shown(self, site: Path) -> str:
        """One line, its path as it opens from the current folder (see errors.located): control and bidi characters
        of the card's text in the message shown as escapes (\\n)."""
        return printable(f"{located(site, self.path)}:{self.line}:{self.column}: "
                         f"{'warning: ' if self.warning else ''}{self.message_from(site)}")

    def message_from(self, site: Path) -> str:
        """The message, the other files it names named as they open from the current folder, as its own is."""
        message = self.message
        for path in self.mentions:
            message = message.replace(path, located(site, path))
        return message

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"path": self.path, "line": self.line, "column": self.column, "message": self.message,
                                "severity": "warning" if self.warning else "error"}
        if self.suggestion is not None:
            data["suggestion"] = self.suggestion
        return data


class SiteError(Exception):
    """Raised with every problem found, so the user sees them all at once."""

    def __init__(self, problems: list[Problem], partial: Any = None) -> None:
        self.problems = sorted(set(problems))
        self.partial = partial  # a Site of what did load, when there is one: its templates can still be tried
        super().__init__("\n".join(str(p) for p in self.problems))


class Problems:
    """Collects problems while a stage runs (a stage raises SiteError with them all at its end)."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: str, line: int, column: int, message: str) -> None:
        self.items.append(Problem(printable(path), line, column, printable(message)))

    def __bool__(self) -> bool:
        return bool(self.items)


class UsageError(Exception):
    """A problem with how the command was called (a folder, a flag), not with a file's content."""

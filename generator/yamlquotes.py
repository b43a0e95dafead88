"""A quoted text in a YAML line that YAML's error follows from: closed early by a quote mark inside it, or left open
and running on into the next keys (for yamlerrors.py)."""

from __future__ import annotations

import re

from generator.schemakeys import known_keys

_QUOTED = re.compile(r"""(\s*(?:-\s+)*(?:([^\s"'#\-][^:#]*?):\s+)?)(["'])""")


def closed_early(lines: list[str], line: int, column: int) -> tuple[int, str, str] | None:
    """Where a quoted text on `line` ends before the line does, when YAML's error is past that end: a quote mark
    inside the text closed it. (column of its closing quote, the quote, the key or "")."""
    found = _QUOTED.match(lines[line]) if line < len(lines) else None
    if not found or (at := _closing(lines[line], found.group(3), found.end())) is None:
        return None
    rest = lines[line][at + 1:].strip()
    return (at, found.group(3), found.group(2) or "") if rest and not rest.startswith(("#", ":")) and column > at \
        else None


def _closing(text: str, quote: str, at: int) -> int | None:
    """The column of the quote mark that closes a text quoted with `quote` and starting at `at` on the line `text`
    (past its escapes: \\" \\\\ ''), if the line holds one."""
    while at < len(text):
        if text[at: at + 2] in ('\\"', "\\\\", "''") and (quote == "'") == (text[at] == "'"):
            at += 2
        elif text[at] == quote:
            return at
        else:
            at += 1
    return None


def _open_quote(text: str) -> tuple[int, str] | None:
    """Where a quoted text opens on the line `text` and is not closed on it: (its column, the quote mark)."""
    found = _QUOTED.match(text)
    if not found or _closing(text, found.group(3), found.end()) is not None:
        return None
    return found.start(3), found.group(3)


KEY_LINE = re.compile(r"\s*(?:-\s+)?([A-Za-z_][\w-]*):(?:\s|$)")


def runs_on(lines: list[str], number: int) -> tuple[int, int, str, int, str] | None:
    """A quoted text left open on its line that runs on, past a line that starts with a key the schemas know, to
    YAML's error on line `number`: (its line, its column, the quote, that key's line, the key)."""
    for opened in range(min(number, len(lines) - 1) - 1, -1, -1):
        if (found := _open_quote(lines[opened])) is not None:
            for later in range(opened + 1, number + 1):
                key = KEY_LINE.match(lines[later])
                if key and key.group(1) in known_keys():
                    return opened, found[0], found[1], later, key.group(1)
            return None
    return None

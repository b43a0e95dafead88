"""The characters no web page can show, in a text read from a file: where they are, and what to do."""

from __future__ import annotations

import re

from generator.errors import Problems

# What no web page can show: C0 and C1 control characters but tab, line feed, form feed and carriage return; DEL;
# Unicode's noncharacters. A YAML file cannot hold most of them as they are, but its escapes ("\x01") make them.
# (Any character past U+FFFF is a candidate, its noncharacters picked out after: a class of the 32 is ten times as
# slow to search, 23 ms for a 600 KB article.)
_CANDIDATE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]")
MAX_UNSHOWABLE = 10  # reported one by one per file; the rest counted


def unshowable(text: str, rel: str, problems: Problems) -> None:
    """Record where `text` (a file's) has a character no web page can show."""
    found = [match for match in _CANDIDATE.finditer(text) if _is_unshowable(match.group())]
    for match in found[:MAX_UNSHOWABLE]:
        at = match.start()
        problems.add(rel, text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1,
                     unshowable_message(match.group()))
    if len(found) > MAX_UNSHOWABLE:
        problems.add(rel, 1, 1, f"{len(found) - MAX_UNSHOWABLE:,} more characters no web page can show")


def _is_unshowable(char: str) -> bool:
    return ord(char) < 0x10000 or ord(char) & 0xFFFE == 0xFFFE


def unshowable_chars(text: str) -> list[str]:
    """The characters of `text` no web page can show."""
    return [char for char in _CANDIDATE.findall(text) if _is_unshowable(char)]


def unshowable_message(char: str) -> str:
    code = ord(char)
    if code >= 0xA0:
        return f"U+{code:04X} is not a character (Unicode keeps it out of text): remove it"
    was = bytes([code]).decode("cp1252", "ignore") if code >= 0x80 else ""
    hint = f" (pasted from Windows-1252 text? there it is {was})" if was else ""
    return f"U+{code:04X} is a control character, which a web page cannot show{hint}: replace or remove it"

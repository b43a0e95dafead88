"""The YAML a card is usually written in, read in Python in a fraction of libyaml's time, or declined.

libyaml composes a card into nodes that carry their line and column (a Python object per node and two per mark),
~65 µs a card; what a card almost always is, a mapping of one-line values, literal blocks (`|`) and lists (and what
site.yaml adds, a mapping of one-line values under a key), is read here line by line with the same result
(tests/test_yamlfast.py checks it against PyYAML on generated documents).
Anything else (a folded block, an escape, a tag or anchor, a comment after a value, a mapping two levels deep, a tab, a
key given twice, a value YAML would read as a boolean other than `true` and `false`, null or octal number...) is
declined: `parse` returns None and the caller composes the text with libyaml, which also finds the line and column
of any problem.
"""

from __future__ import annotations

import re
from typing import Any

LONGEST = 10_000  # characters: a longer one goes to libyaml (which limits how deep and how many values it holds)
_MARKERS = ("---", "...", "%")  # a document's start or end, a directive: at the start of a line
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_ITEM = re.compile(r""" *(?:"([^"]*)"|'((?:[^']|'')*)'|([^\s,\[\]{}#:'"&*!|>%@`?-][^,\[\]{}#:"]*?)) *(,|\Z)""")
_INT = re.compile(r"-?(?:0|[1-9][0-9]{0,99})\Z")  # (Python reads no more than 4,300 digits: libyaml's path says so)
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_STR, _INT_TAG, _FLOAT_TAG, _TIMESTAMP = (f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "timestamp"))
# PyYAML's implicit types of a plain scalar (yaml/resolver.py, YAML 1.1), in its order, each with the characters it can
# start with: the same tags without importing PyYAML (tests/test_yamlfast.py compares them with its resolver)
_IMPLICIT = [(f"tag:yaml.org,2002:{name}", re.compile(pattern, re.X), starts) for name, pattern, starts in (
    ("bool", r"""^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$""", "yYnNtTfFoO"),
    ("float", r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
                  |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
                  |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
                  |[-+]?\.(?:inf|Inf|INF)
                  |\.(?:nan|NaN|NAN))$""", "-+0123456789."),
    ("int", r"""^(?:[-+]?0b[0-1_]+
                |[-+]?0[0-7_]+
                |[-+]?(?:0|[1-9][0-9_]*)
                |[-+]?0x[0-9a-fA-F_]+
                |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""", "-+0123456789"),
    ("merge", r"^(?:<<)$", "<"),
    ("null", r"^(?: ~ |null|Null|NULL)$", "~nN"),
    ("timestamp", r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
                      |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
                       (?:[Tt]|[ \t]+)[0-9][0-9]?
                       :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
                       (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""", "0123456789"),
    ("value", r"^(?:=)$", "="),
)]
_BOOLEANS = {"true": True, "false": False}
_TAGS: dict[str, str] = {}  # plain scalar -> its tag (every card repeats the same few)
_KEYS: set[str] = set()  # keys YAML reads as the text they are (not `on`, a boolean)
_KEPT = 4096

Path = tuple[str | int, ...]
Spots = dict[Path, tuple[int, int, int, bool]]  # a value's path -> its line and column (from 1), the line libyaml's
# end mark of it is on (from 0: for a block of lines, the first line after it with text; -1 for a list or mapping)
# and whether it is a block (`|`): what yamlread.Document asks of libyaml's nodes


Spot = tuple[Spots, Path]  # where a value's place is noted, and its path (None: not noted)


class _Declined(Exception):
    """Not the YAML this module reads."""


def parse(text: str, written: dict[tuple[int, str], str] | None = None, spots: Spots | None = None
          ) -> dict[str, Any] | None:
    """The mapping `text` holds, as PyYAML's safe loader reads it (dates as ISO text); None where in doubt.

    `written` gets the text of each number in a list entry's mapping written with a last zero after its point
    ("2.40", which reads 2.4), by (id of that mapping, key); `spots` where each value is, as libyaml's nodes
    have it (see Spots)."""
    # declined wherever it is: a tab, an escape, a carriage return or other line break, a character YAML refuses
    # (or a space other than U+0020: `isprintable` is false for every one of those), a document marker
    if (len(text) > LONGEST or text[-1:] != "\n" or "\\" in text or not text.replace("\n", "").isprintable()
            or text.startswith(_MARKERS) or "\n---" in text or "\n..." in text or "\n%" in text):
        return None
    try:
        return _document(text.split("\n"), {} if written is None else written, spots)
    except _Declined:
        return None


def _document(lines: list[str], written: dict[tuple[int, str], str], spots: Spots | None) -> dict[str, Any]:
    """The top-level mapping: `key: value`, `key: |` and its block, `key:` and its list or its mapping of one-line
    values; comments at column 0."""
    result: dict[str, Any] = {}
    at, end = 0, len(lines)
    while at < end:
        line = lines[at]
        at += 1
        if not line or line[0] == "#":
            continue
        key, colon, rest = line.partition(":")
        if not colon or key in result or (rest and rest[0] != " ") or (key not in _KEYS and not _text_key(key)):
            raise _Declined
        if spots is not None and not spots:
            spots[()] = (at, 1, -1, False)  # (the document's mapping: at its first key)
        start = len(line) - len(rest.lstrip(" "))
        rest = rest.strip(" ")
        here = None if spots is None else (spots, (key,))
        if not rest:
            _, below, column = _content(lines, at)
            if column > 0 and below[:2] != "- " and below != "-":  # indented keys: a mapping (site.yaml's `source:`)
                result[key], at = _nested(lines, at, column, written, here)
            else:
                result[key], at = _sequence(lines, at, written, here)
        elif rest == "|" or rest == "|-":
            first = at
            result[key], at = _literal(lines, at, rest == "|")
            if spots is not None:
                spots[(key,)] = (first, start + 1, _text_after(lines, at), True)
        else:
            result[key] = _value(rest, here, at, start)
    if not result:
        raise _Declined
    return result


def _text_after(lines: list[str], at: int) -> int:
    """The first line from `at` with text (where libyaml's end mark of a block before it is), or the last line."""
    end = len(lines)
    while at < end and not lines[at]:
        at += 1
    return min(at, end - 1)


def _sequence(lines: list[str], at: int, written: dict[tuple[int, str], str], spots: Spot | None = None
              ) -> tuple[list[Any], int]:
    """A block list after `key:`: one-line values, or mappings of them (`- label: ...` and keys below it)."""
    items: list[Any] = []
    indent = -1
    while True:
        at, stripped, here = _content(lines, at)
        if not stripped:
            break
        if indent < 0:
            indent = here
            if spots:
                spots[0][spots[1]] = (at + 1, here + 1, -1, False)
        if here != indent or stripped[:2] != "- ":
            if here:  # deeper than the entries, or between them and the keys
                raise _Declined
            break
        at += 1
        entry = stripped[2:].lstrip(" ")
        key, colon, rest = entry.partition(":")
        column = indent + len(stripped) - len(entry)
        here_spots = spots and (spots[0], (*spots[1], len(items)))
        if colon and (not rest or rest[0] == " ") and (key in _KEYS or _text_key(key)):
            item, at = _mapping(lines, at, key, rest, column, written, here_spots)
            items.append(item)
        else:
            items.append(_value(entry.rstrip(" "), here_spots, at, column))
    if not items:
        raise _Declined  # `key:` with nothing after it (null), or a nested mapping
    return items, at


def _mapping(lines: list[str], at: int, key: str, rest: str, column: int,
             written: dict[tuple[int, str], str], spots: Spot | None = None) -> tuple[dict[str, Any], int]:
    """A list entry's mapping of one-line values: `key: rest` on the entry's line (`at` is the line after it), the
    other keys at `column`."""
    if spots:
        spots[0][spots[1]] = (at, column + 1, -1, False)
    start = column + len(key) + 1 + len(rest) - len(rest.lstrip(" "))
    rest = rest.strip(" ")
    if not rest:
        raise _Declined  # a key with no value: null
    result = {key: _value(rest, spots and (spots[0], (*spots[1], key)), at, start)}
    if rest[-1] == "0" and type(result[key]) is float:
        written[id(result), key] = rest
    while True:
        at, stripped, here = _content(lines, at)
        if not stripped:
            break
        if here != column:
            if here > column:
                raise _Declined
            break
        key, colon, rest = stripped.partition(":")
        start = column + len(key) + 1 + len(rest) - len(rest.lstrip(" "))
        rest = rest.strip(" ")
        if not colon or not rest or key in result or (key not in _KEYS and not _text_key(key)) \
                or stripped[len(key) + 1] != " ":
            raise _Declined
        result[key] = value = _value(rest, spots and (spots[0], (*spots[1], key)), at + 1, start)
        if rest[-1] == "0" and type(value) is float:
            written[id(result), key] = rest
        at += 1
    return result, at


def _nested(lines: list[str], at: int, column: int, written: dict[tuple[int, str], str], spots: Spot | None = None
            ) -> tuple[dict[str, Any], int]:
    """A mapping of one-line values after `key:`, its keys at `column`."""
    at, stripped, _ = _content(lines, at)
    key, colon, rest = stripped.partition(":")
    if not colon or (rest and rest[0] != " ") or (key not in _KEYS and not _text_key(key)):
        raise _Declined
    return _mapping(lines, at + 1, key, rest, column, written, spots)


def _content(lines: list[str], at: int) -> tuple[int, str, int]:
    """The next line from `at` with more than spaces or a comment: where it is, its text without the spaces
    before it, and how many there are; ('' and -1 past the last line)."""
    end = len(lines)
    while at < end:
        line = lines[at]
        stripped = line.lstrip(" ")
        if stripped and stripped[0] != "#":
            return at, stripped, len(line) - len(stripped)
        at += 1
    return at, "", -1


def _literal(lines: list[str], at: int, keep_last: bool) -> tuple[str, int]:
    """A literal block (`|`, or `|-` without its last line break), indented as its first line is."""
    kept: list[str] = []
    indent, end = 0, len(lines)
    while at < end:
        line = lines[at]
        if not line:
            kept.append("")
            at += 1
            continue
        text = len(line.lstrip(" "))
        if not text:
            raise _Declined  # a line of spaces alone: YAML weighs them against the indent
        here = len(line) - text
        if not indent:
            if not here:
                raise _Declined  # no text: the line is the next key (an empty block, which the checks report)
            indent = here
        elif here < indent:
            break
        kept.append(line[indent:])
        at += 1
    while kept and not kept[-1]:
        kept.pop()
    if not kept:
        raise _Declined
    return "\n".join(kept) + ("\n" if keep_last else ""), at


def _text_key(key: str) -> bool:
    """Whether `key` is a plain key YAML reads as the text it is (`title`; not `on`, a boolean), noted if so."""
    if _KEY.match(key) is None or _plain(key) != key:
        return False
    if len(_KEYS) < _KEPT:
        _KEYS.add(key)
    return True


def _value(text: str, spots: Spot | None = None, line: int = 0, column: int = 0) -> Any:
    """A one-line value (without spaces around it): quoted or plain text, a number, or a flow list of those; with
    `spots`, where it is noted: on `line` (from 1) at `column` (from 0)."""
    if not text:
        raise _Declined  # a list entry with nothing after its dash: null
    first = text[0]
    if spots:
        spots[0][spots[1]] = (line, column + 1, line - 1, False) if first != "[" else (line, column + 1, -1, False)
    if first == '"':
        if len(text) < 2 or text[-1] != '"' or text.count('"') != 2:
            raise _Declined
        return text[1:-1]
    if first == "'":
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != "'" or "'" in inner.replace("''", ""):
            raise _Declined
        return inner.replace("''", "'")
    if first == "[":
        return _flow(text, spots, line, column)
    if (first in _INDICATORS and not (first == "-" and len(text) > 1 and text[1] in "0123456789.")) \
            or ": " in text or " #" in text or text[-1] == ":":
        raise _Declined
    return _plain(text)


def _flow(text: str, spots: Spot | None = None, line: int = 0, column: int = 0) -> list[Any]:
    """A flow list on one line: `[water, "Smith, J."]` (with `spots`, at `column` of `line`: see _value)."""
    if text[-1] != "]":
        raise _Declined
    inner = text[1:-1]
    items: list[Any] = []
    at, end = 0, len(inner)
    if not inner.strip(" "):
        return items
    while at < end:
        match = _FLOW_ITEM.match(inner, at)
        if match is None:
            raise _Declined
        double, single, plain, comma = match.groups()
        if spots:  # (the item's start: its quote, or its first character; `inner` starts after the bracket)
            at_item = match.start(3) if plain is not None else match.start(1 if double is not None else 2) - 1
            spots[0][(*spots[1], len(items))] = (line, column + 2 + at_item, line - 1, False)
        items.append(double if double is not None else single.replace("''", "'") if single is not None
                     else _plain(plain))
        at = match.end()
        if not comma or not inner[at:].strip(" "):  # (a comma before the bracket: YAML allows it)
            at = end if comma else at
            break
    if at != end:
        raise _Declined
    return items


def _plain(text: str) -> Any:
    """A plain scalar's value: text, or a number or date written plainly; anything else declined."""
    tag = _TAGS.get(text)
    if tag is None:
        tag = implicit_tag(text)
        if len(_TAGS) < _KEPT:
            _TAGS[text] = tag
    if tag == _STR:
        return text
    if tag == _INT_TAG and _INT.match(text):
        return int(text)
    if tag == _FLOAT_TAG and _FLOAT.match(text):
        return float(text)
    if tag == _TIMESTAMP and _DATE.match(text):
        return text  # a date as ISO text (an impossible one, 2026-02-30, as its text: yamlread does the same)
    if text in _BOOLEANS:  # a figure's `key: true` (`yes`, `on`, `True`: declined, libyaml says what they are)
        return _BOOLEANS[text]
    raise _Declined


def implicit_tag(text: str) -> str:
    """The tag YAML gives a plain scalar (a non-empty text): str, unless it reads as a bool, number, null..."""
    first = text[0]
    return next((tag for tag, pattern, starts in _IMPLICIT if first in starts and pattern.match(text)), _STR)

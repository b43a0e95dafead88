"""Read text and YAML files safely, keeping the line and column of every value."""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator import yamlfast
from generator.errors import Problems
from generator.inputs import read_text
from generator.unshowable import unshowable_chars, unshowable_message
from generator.urls import ADDRESS
from generator.yamlerrors import LIST_KEYS, PROSE, TEXT_KEYS, quoted, syntax_error

try:  # libyaml is several times faster and keeps marks for errors
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_NODES = 50_000
MAX_DEPTH = 100  # levels of lists and mappings in a long text (a card has 3)
TOO_DEEP = f"YAML error: nesting is too deep (more than {MAX_DEPTH} levels of lists and mappings)"
DEEP_TEXT = 10_000  # characters: a shorter text cannot nest deep enough to crash libyaml's composer (see _too_deep)


Key = tuple[str | int, ...]
Position = tuple[int, int]


@dataclass
class Document:
    """A YAML document's data, and its composed nodes for the (line, column) of each value and mapping key.

    Positions are looked up by walking the nodes, only for the few values a problem is reported about."""

    rel: str
    data: Any
    root: Node | None = None
    text: str | None = None  # the file's text (read by yamlfast: `root` is composed from it when first asked for)
    numbers: dict[tuple[int, str], str] | None = None  # yamlfast's: list entries' numbers written with a last zero
    composed: bool = False  # whether `root` is composed (or could not be)

    def at(self, path: Key) -> Position:
        """Position of the value at `path`, or of its nearest located parent."""
        node, _ = self._find(path)
        return _position(node) if node is not None else (1, 1)

    def place_of(self, path: Key, snippet: str, nth: int = 0) -> Position:
        """Where the value at `path` writes `snippet` as a word of its own (a number, a name: on its own line in a
        long text; not in a link's address, nor in the comment after a block's `|`) for the `nth` time (0: the
        first), else where the value starts."""
        node, depth = self._find(path)
        if node is None:
            return 1, 1
        start = _position(node)
        if depth < len(path) or not snippet or self.text is None:
            return start
        lines, block = self.text.split("\n"), isinstance(node, ScalarNode) and node.style in ("|", ">")
        shown = {number: _ADDRESSES.sub(lambda found: " " * len(found[0]), lines[number])
                 for number in range(start[0] - (not block), min(node.end_mark.line + 1, len(lines)))}
        for pattern in (rf"(?<!\w){re.escape(snippet)}(?!\w)", rf"(?<![\d.,]){re.escape(snippet)}(?!\d)"):  # ("5G")
            found = [(number + 1, match.start() + 1) for number, line in shown.items() for match in
                     re.compile(pattern).finditer(line, start[1] - 1 if number == start[0] - 1 else 0)]
            if nth < len(found):
                return found[nth]
        return start

    def comment(self, path: Key) -> str:
        """The comment the file writes after the value at `path`, on its line ('' if none): after the `|` that starts
        a block of lines, after a list item or the `[...]` list it is in."""
        node, depth = self._find(path)
        if node is None or depth < len(path) or self.text is None:
            return ""
        lines = self.text.split("\n")
        if path and type(path[-1]) is int:  # an item of `[a, b]`: after it on its line, else after the list
            parent, _ = self._find(path[:-1])
            if isinstance(parent, SequenceNode) and parent.flow_style:
                after = lines[node.end_mark.line][node.end_mark.column:].strip().lstrip(",").strip()
                node = node if after.startswith("#") else parent
        block = isinstance(node, ScalarNode) and node.style in ("|", ">")
        mark = node.start_mark if block else node.end_mark
        rest = lines[mark.line][mark.column:] if mark.line < len(lines) else ""
        if block:  # (after a tag or an anchor, and the block's indicators: `!!str |2-  # checked`)
            rest = found[1] if (found := re.search(r"[|>][-+0-9]*\s*(#.*)$", rest)) else ""
        rest = rest.strip().lstrip(",").strip()
        return rest[1:].strip() if rest.startswith("#") else ""

    def key_at(self, path: Key) -> Position:
        """Position of the mapping key at the end of `path` (or `at(path)`)."""
        if path and isinstance(path[-1], str):
            parent, depth = self._find(path[:-1])
            if depth == len(path) - 1 and isinstance(parent, MappingNode):
                for key_node, _ in parent.value:
                    if _key_text(key_node) == path[-1]:
                        return _position(key_node)
        return self.at(path)

    def written(self, path: Key) -> str | None:
        """The text of the number at `path` as the file writes it, where that may differ from the data's ("2.40",
        where the data holds 2.4; "0777", where it holds 511); None where the file surely writes the data's."""
        if self.numbers is not None:  # read by yamlfast, which kept the texts of list entries' numbers ending in a
            parent: Any = self.data  # zero after their point: every other number it reads is written as the data's
            for step in path[:-1]:
                parent = parent[step]  # (a path to a value the data holds)
            return self.numbers.get((id(parent), path[-1])) if path and isinstance(path[-1], str) else None
        node, depth = self._find(path)
        return node.value if depth == len(path) and isinstance(node, ScalarNode) else None

    def empty_block(self, path: Key) -> bool:
        """Whether the value at `path` is a block ('summary: |') with no text: its lines were not indented."""
        node, depth = self._find(path)
        return depth == len(path) and isinstance(node, ScalarNode) and node.style in ("|", ">") and not node.value

    def empty_block_before(self, path: Key, known: Collection[str]) -> str | None:
        """The key of the empty block ('summary: |') the mapping key at the end of `path` follows, past other keys not
        in `known`: the block's text, not indented, read as those keys ('Mayor Ana Ruiz: welcomed the vote.')."""
        parent, depth = self._find(path[:-1])
        if depth != len(path) - 1 or not isinstance(parent, MappingNode):
            return None
        names = [_key_text(key_node) for key_node, _ in parent.value]
        if path[-1] not in names:
            return None
        at = names.index(path[-1])
        for name, (_, value) in zip(reversed(names[:at]), reversed(parent.value[:at]), strict=True):
            if name in known:
                return name if isinstance(value, ScalarNode) and value.style in ("|", ">") and not value.value else None
        return None

    def _find(self, path: Key) -> tuple[Node | None, int]:
        """The node at `path`, or its nearest parent, and how many steps of the path lead to it."""
        if not self.composed and self.text is not None:
            self.composed = True
            try:
                self.root = yaml.compose(self.text, Loader=_Loader)  # (yamlfast read it: libyaml reads it too)
            except (yaml.YAMLError, RecursionError):  # (were it not so: no place rather than a traceback)
                self.root = None
        node = self.root
        for depth, part in enumerate(path):
            child = None
            if isinstance(node, SequenceNode) and type(part) is int and 0 <= part < len(node.value):
                child = node.value[part]
            elif isinstance(node, MappingNode) and isinstance(part, str):
                child = next((value for key, value in node.value if _key_text(key) == part), None)
            if child is None:
                return node, depth
            node = child
        return node, len(path)


_ADDRESSES = re.compile(rf"\]\([^)\s]*\)|<[^<>\s]+>|{ADDRESS.pattern}", re.IGNORECASE)  # a link's, an address
_COMMENT = re.compile(r"[ \t]+#(?=\S)")  # a '#' that begins a word: '#2', '#MeToo' ("# a note" is a comment)


def _texts_cut_short(root: Node, text: str, lines: list[str], rel: str, problems: Problems) -> None:
    """Record a text, in the keys that hold prose, that YAML reads short: a '#' beginning a word starts a comment
    (`title: Plan #2 is out` reads 'Plan'); an '&' or '!' starting it, an anchor or a tag (`title: &Co plan` reads
    'plan'). A comment after a value (`label: Votes  # of 9`, `date_status: stated #checked`) is let be, as is
    `!!str`, YAML's own way to say "text"."""
    todo: list[tuple[str, Node]] = [("", root)]
    while todo:
        key, node = todo.pop()
        if isinstance(node, MappingNode):
            todo.extend(reversed([(_key_text(name) or "", value) for name, value in node.value]))  # (the file's order)
        elif isinstance(node, SequenceNode):
            todo.extend(reversed([(f"{key}[]" if key in LIST_KEYS else "", item) for item in node.value]))
        elif not isinstance(node, ScalarNode) or (key not in TEXT_KEYS and key.removesuffix("[]") not in LIST_KEYS):
            continue
        elif text[node.start_mark.index: node.start_mark.index + 1] in ("&", "!") and not text.startswith(
                ("!!str ", "!<tag:yaml.org,2002:str> "), node.start_mark.index):
            written = lines[node.start_mark.line][node.start_mark.column:].rstrip()
            if key.endswith("[]"):  # an item: up to the next item of a flow list
                written = written.split(",")[0].removesuffix("]").rstrip() if "[" in lines[node.start_mark.line] \
                    else written
            prop = written.split()[0] if written.split() else written
            what = "an anchor (a name for the value)" if prop[0] == "&" else "a tag (the kind of value)"
            fix = f"{key}: {quoted(written)}" if not key.endswith("[]") else f"{quoted(written)} for that item"
            problems.add(rel, *_position(node), f"YAML reads '{prop}' here as {what}, not as text, so this text is "
                         f"'{_tail(node.value)}': write {fix}")
        elif key in PROSE and not node.style and node.tag == _STR:  # plain ('')
            rest = lines[node.end_mark.line][node.end_mark.column:]
            if comment := _COMMENT.match(rest):
                cut = rest.strip()
                problems.add(rel, node.end_mark.line + 1, node.end_mark.column + comment.end(),
                             f"' #' starts a YAML comment, so this text ends at '{_tail(node.value)}': put the "
                             f"whole text in quotes to keep '{cut[:40]}{'…' if len(cut) > 40 else ''}'")


def _tail(text: str) -> str:
    """The end of a long text, from a word: '…welcomed the vote.'."""
    end = text[-30:]
    return text if len(text) <= 30 else "…" + (end[end.find(" ") + 1:] if " " in end[:-1] else end)


def _position(node: Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _key_text(node: Node) -> str | None:
    """A mapping key as the built data has it (None for one that is not plain text or a scalar)."""
    if not isinstance(node, ScalarNode):
        return None
    if node.tag == _STR:
        text: str = node.value
        return text
    try:
        return str(_scalar(SafeConstructor(), node))
    except yaml.YAMLError:
        return None


def read_yaml(path: Path, rel: str, problems: Problems, data: bytes | None = None) -> Document | None:
    """Parse one YAML document with the safe loader; aliases may not expand past MAX_NODES."""
    text = read_text(path, rel, problems, data=data)
    if text is None:
        return None
    return parse_yaml(text, rel, problems)


def parse_yaml(text: str, rel: str, problems: Problems) -> Document | None:
    if "\x00" in text:
        index = text.index("\x00")
        problems.add(rel, text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index),
                     "file contains a NUL character")
        return None
    numbers: dict[tuple[int, str], str] = {}
    data = yamlfast.parse(text, numbers)  # most cards (never a long text), without libyaml's nodes (made if a place
    if data is not None:  # is asked)
        return Document(rel, data, text=text, numbers=numbers)
    return compose_yaml(text, rel, problems)


def compose_yaml(text: str, rel: str, problems: Problems) -> Document | None:
    """libyaml's reading of `text`, with the line and column of every value; or None, and what is wrong in
    `problems`."""
    try:
        if len(text) > DEEP_TEXT and _structure(text) > MAX_DEPTH and (deep := _too_deep(text)):
            problems.add(rel, deep.line + 1, deep.column + 1, TOO_DEEP)
            return None
        node = yaml.compose(text, Loader=_Loader)
        doc = Document(rel, None, node, text, composed=True)
        if node is not None:
            builder = _Builder(check="\\" in text)  # raw, YAML refuses (almost all) such characters: escaped?
            doc.data = builder.build(node)
            for scalar, chars in builder.unshowable:
                more = f" ({len(chars) - 1} more in this text)" if len(chars) > 1 else ""
                problems.add(rel, *_position(scalar), unshowable_message(chars[0]) + more)
            if "#" in text or "&" in text or "!" in text:
                _texts_cut_short(node, text, text.split("\n"), rel, problems)
        return doc
    except yaml.MarkedYAMLError as error:
        problems.add(rel, *syntax_error(error, text))
    except yaml.reader.ReaderError as error:
        at = error.position
        line, column = text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
        problems.add(rel, line, column, f"YAML error: character U+{ord(text[at]):04X} is not allowed in YAML"
                     if at < len(text) else "YAML error: unreadable character")
    except yaml.YAMLError as error:
        problems.add(rel, 1, 1, "YAML error: " + " ".join(str(error).split()))
    except _TooBig as error:
        problems.add(rel, error.line, error.column, str(error))
    except RecursionError:  # a short text nesting a few hundred deep: where, from its events
        deep = _too_deep(text)
        line, column = (deep.line + 1, deep.column + 1) if deep else (1, 1)
        problems.add(rel, line, column, TOO_DEEP)
    return None


def _structure(text: str) -> int:
    """How many lists and mappings `text` could open, at most (flow brackets, block entries, complex keys)."""
    return text.count("[") + text.count("{") + text.count("- ") + text.count("? ")


def _too_deep(text: str) -> Any:
    """Where `text` nests lists and mappings more than MAX_DEPTH deep, if it does. libyaml's composer recurses in C
    and crashes the process past ~30,000 levels (60 KB of brackets), so a long text that could nest deep is first
    parsed into events (no recursion); a shorter one past ~500 levels ends in Python's RecursionError, reported."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return event.start_mark
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


class _Loader(_SafeLoader):
    """The safe loader, working out the tag of each distinct plain scalar once: every card repeats the same keys,
    and the resolver tries its regular expressions on each (a fifth of composing a card)."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode and implicit[0]:  # then the tag depends on the text alone (no path resolvers)
            tag = _TAGS.get(value)
            if tag is None:
                tag = _SafeLoader.resolve(self, kind, value, implicit)
                if len(_TAGS) < _TAGS_KEPT:
                    _TAGS[value] = tag
            return tag
        return _SafeLoader.resolve(self, kind, value, implicit)  # type: ignore[no-any-return]


_TAGS: dict[str, str] = {}  # plain scalar -> its tag
_TAGS_KEPT = 4096

_PLAIN_TAGS = {"tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _TooBig(Exception):
    def __init__(self, node: Node) -> None:
        self.line, self.column = node.start_mark.line + 1, node.start_mark.column + 1
        super().__init__(f"YAML error: the document holds more than {MAX_NODES:,} values "
                         "(counting each copy an alias makes)")


class _Builder:
    """Turns a composed node tree into plain data (dates become ISO text)."""

    def __init__(self, check: bool) -> None:
        self.constructor = SafeConstructor()
        self.count = 0
        self.check = check  # for characters no web page can show, in text
        self.unshowable: list[tuple[ScalarNode, list[str]]] = []

    def build(self, node: Node) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig(node)
        if isinstance(node, ScalarNode):
            if node.tag != _STR:
                return _scalar(self.constructor, node)
            if self.check and (bad := unshowable_chars(node.value)):
                self.unshowable.append((node, bad))
            return node.value  # most are plain text
        if node.tag not in _PLAIN_TAGS:
            raise yaml.constructor.ConstructorError(
                None, None, f"the tag '{node.tag}' is not allowed: use plain text, numbers, lists and mappings",
                node.start_mark,
            )
        if isinstance(node, SequenceNode):
            return [self._mapping(item, True) if isinstance(item, MappingNode) else self.build(item)
                    for item in node.value]
        if isinstance(node, MappingNode):
            return self._mapping(node)
        raise yaml.constructor.ConstructorError(None, None, "unsupported YAML node", node.start_mark)

    def _mapping(self, node: MappingNode, item: bool = False) -> dict[str, Any]:
        self.constructor.flatten_mapping(node)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be plain text, not a list or mapping", key_node.start_mark
                )
            key = str(self.build(key_node))
            if key in result:  # (in a list's item: a second item without its '- ', as a second figure)
                written = f"{key}: {value_node.value}" if isinstance(value_node, ScalarNode) else f"{key}:"
                item_hint = (f": if it starts another item of the list, write '- {written[:40]}', its '- ' lined up "
                             "with the item's above") if item else ""
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key '{key}'{item_hint}",
                                                        key_node.start_mark)
            result[key] = self.build(value_node)
        return result


def _scalar(constructor: SafeConstructor, node: ScalarNode) -> Any:
    """A scalar's value as the data has it: dates as ISO text, no binary."""
    if node.tag == _STR:
        return node.value
    try:
        value = constructor.construct_object(node)
    except (ValueError, TypeError, AttributeError):  # a timestamp that is no date (2026-02-30, !!timestamp x)
        if node.tag == _TIMESTAMP:
            return node.value  # its text, which the schema reports at its place
        raise yaml.constructor.ConstructorError(None, None, f"'{node.value[:40]}' is not what its tag ({node.tag}) "
                                                            "says it is", node.start_mark) from None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        raise yaml.constructor.ConstructorError(None, None, "binary values are not allowed", node.start_mark)
    return value

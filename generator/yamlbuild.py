"""libyaml's composed nodes made plain data, within limits: the loader, the builder and a mapping key's text."""

from __future__ import annotations

import datetime
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.unshowable import unshowable_chars

try:  # libyaml is several times faster and keeps marks for errors
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_NODES = 50_000
MAX_DEPTH = 100  # levels of lists and mappings in a long text (a card has 3)
TOO_DEEP = f"YAML error: nesting is too deep (more than {MAX_DEPTH} levels of lists and mappings)"
DEEP_TEXT = 10_000  # characters: a shorter text cannot nest deep enough to crash libyaml's composer (see too_deep)


def key_text(node: Node) -> str | None:
    """A mapping key as the built data has it (None for one that is not plain text or a scalar): a key that YAML
    reads as no text (`null`, `yes`, `1e3`) as written."""
    if not isinstance(node, ScalarNode):
        return None
    if node.tag == STR:
        text: str = node.value
        return text
    try:
        value = _scalar(SafeConstructor(), node)
    except yaml.YAMLError:
        return None
    return value if isinstance(value, str) else str(node.value)


def structure(text: str) -> int:
    """How many lists and mappings `text` could open, at most (flow brackets, block entries, complex keys)."""
    return text.count("[") + text.count("{") + text.count("- ") + text.count("? ")


def too_deep(text: str) -> Any:
    """Where `text` nests lists and mappings more than MAX_DEPTH deep, if it does. libyaml's composer recurses in C
    and crashes the process past ~30,000 levels (60 KB of brackets), so a long text that could nest deep is first
    parsed into events (no recursion); a shorter one past ~500 levels ends in Python's RecursionError, reported."""
    depth = 0
    for event in yaml.parse(text, Loader=Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return event.start_mark
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


class Loader(_SafeLoader):
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
STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class TooBig(Exception):
    def __init__(self, node: Node) -> None:
        self.line, self.column = node.start_mark.line + 1, node.start_mark.column + 1
        super().__init__(f"YAML error: the document holds more than {MAX_NODES:,} values "
                         "(counting each copy an alias makes)")


class Builder:
    """Turns a composed node tree into plain data (dates become ISO text)."""

    def __init__(self, check: bool) -> None:
        self.constructor = SafeConstructor()
        self.count = 0
        self.check = check  # for characters no web page can show, in text
        self.unshowable: list[tuple[ScalarNode, list[str]]] = []
        self.duplicates: list[tuple[Node, str]] = []  # (the key said again, what to say): the first one is kept

    def build(self, node: Node) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise TooBig(node)
        if isinstance(node, ScalarNode):
            if node.tag != STR:
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
        own = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
        self.constructor.flatten_mapping(node)  # (a `<<: *base`'s keys first, then the mapping's own)
        merged = len(node.value) - own
        result: dict[str, Any] = {}
        lines: dict[str, int] = {}  # each key's line
        again = False  # a key said twice in it yet
        for at, (key_node, value_node) in enumerate(node.value):
            if not isinstance(key_node, ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be plain text, not a list or mapping", key_node.start_mark
                )
            key = self.build(key_node)
            key = key if isinstance(key, str) else str(key_node.value)  # as written: 'null', not 'None' (key_text)
            if key in result and lines[key] < 0:
                del result[key]  # over a key a `<<` merged in: YAML's rule
            if key in result:  # (in a list's item: a second item without its '- ', as a second figure)
                if item and again:  # (that item's other keys: its first said it)
                    continue
                again = True
                if isinstance(value_node, SequenceNode) and isinstance(result[key], list):  # two lists: one, merged
                    result[key] = [*result[key], *self.build(value_node)]  # (checked as one: their items are kept)
                    self.duplicates.append((key_node, f"YAML error: duplicate key '{key}' (line {lines[key]} has it "
                                                      "too): YAML keeps one of the two lists; write their items under "
                                                      "one"))
                    continue
                written = f"{key}: {value_node.value}" if isinstance(value_node, ScalarNode) else f"{key}:"
                item_hint = (f", or, if it starts another item of the list, write '- {written[:40]}', its '- ' lined "
                             "up with the item's above") if item else ""
                self.duplicates.append((key_node, f"YAML error: duplicate key '{key}' (line {lines[key]} has it "
                                                  f"too): delete one{item_hint}"))
                continue  # (the rest of the file is still checked, with the first)
            lines[key] = (key_node.start_mark.line + 1) * (1 if at >= merged else -1)  # (-: merged in)
            result[key] = self.build(value_node)
        return result


def _scalar(constructor: SafeConstructor, node: ScalarNode) -> Any:
    """A scalar's value as the data has it: dates as ISO text, no binary."""
    if node.tag == STR:
        return node.value
    try:
        value = constructor.construct_object(node)
    except (ValueError, TypeError, AttributeError):  # a timestamp that is no date (2026-02-30, !!timestamp x)
        if node.tag == _TIMESTAMP:
            return node.value  # its text, which the schema reports at its place
        raise yaml.constructor.ConstructorError(None, None, f"'{node.value[:40]}' is not what its tag ({node.tag}) "
                                                            "says it is", node.start_mark) from None
    if isinstance(value, datetime.datetime):  # (no date a card may give: said as written, not '…+00:00' for 'Z')
        return node.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bytes):
        raise yaml.constructor.ConstructorError(None, None, "binary values are not allowed", node.start_mark)
    return value

"""Read text and YAML files safely, keeping the line and column of every value."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from generator import yamlfast
from generator.errors import Problems
from generator.inputs import read_text
from generator.unshowable import unshowable_message
from generator.urls import ADDRESS
from generator.yamlerrors import LIST_KEYS, PROSE, TEXT_KEYS, quoted, syntax_error

if TYPE_CHECKING:  # PyYAML is imported where nodes are composed: a build whose YAML yamlfast reads needs none of it
    from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

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
    spots: yamlfast.Spots | None = field(default=None, repr=False)  # yamlfast's places of values (when `numbers` is)
    _mappings: dict[int, tuple[list[str | None], dict[str | None, int]]] = field(default_factory=dict, repr=False)
    _blocks: dict[tuple[int, frozenset[str]], list[str | None]] = field(default_factory=dict, repr=False)

    def at(self, path: Key) -> Position:
        """Position of the value at `path`, or of its nearest located parent."""
        if (spot := self._spot(path)) is not None:
            return spot[0][:2]
        node, _ = self._find(path)
        return _position(node) if node is not None else (1, 1)

    def place_of(self, path: Key, snippet: str, nth: int = 0) -> Position:
        """Where the value at `path` writes `snippet` as a word of its own (a number, a name: on its own line in a
        long text; not in a link's address, nor in the comment after a block's `|`) for the `nth` time (0: the
        first), else where the value starts."""
        if (spot := self._spot(path)) is not None and (spot[0][2] >= 0 or spot[1] < len(path) or not snippet):
            (*start, last, block), depth = spot  # (a list or mapping holding the snippet: its nodes say where it ends)
        else:
            node, depth = self._find(path)
            if node is None:
                return 1, 1
            start, last, block = list(_position(node)), node.end_mark.line, _scalar(node) and node.style in ("|", ">")
        if depth < len(path) or not snippet or self.text is None:
            return start[0], start[1]
        lines = self.text.split("\n")
        shown = {number: _ADDRESSES.sub(lambda found: " " * len(found[0]), lines[number])
                 for number in range(start[0] - (not block), min(last + 1, len(lines)))}
        for pattern in (rf"(?<!\w){re.escape(snippet)}(?!\w)", rf"(?<![\d.,]){re.escape(snippet)}(?!\d)"):  # ("5G")
            found = [(number + 1, match.start() + 1) for number, line in shown.items() for match in
                     re.compile(pattern).finditer(line, start[1] - 1 if number == start[0] - 1 else 0)]
            if nth < len(found):
                return found[nth]
        return start[0], start[1]

    def comment(self, path: Key) -> str:
        """The comment the file writes after the value at `path`, on its line ('' if none): after the `|` that starts
        a block of lines, after a list item or the `[...]` list it is in."""
        if self._spot(path) is not None:
            return ""  # yamlfast read the file, and declines a comment after a value
        node, depth = self._find(path)
        if node is None or depth < len(path) or self.text is None:
            return ""
        lines = self.text.split("\n")
        while path:  # in `[a, b]` or `{label: x, value: 1}`: after it on its line, else after the flow collection
            parent, _ = self._find(path[:-1])
            if parent is None or not (_sequence(parent) or _mapping(parent)) or not parent.flow_style:
                break
            after = lines[node.end_mark.line][node.end_mark.column:].strip().lstrip(",").strip()
            if after.startswith("#"):
                break
            node, path = parent, path[:-1]
        block = _scalar(node) and node.style in ("|", ">")
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
            if depth == len(path) - 1 and _mapping(parent):
                at = self._keys(parent)[1].get(path[-1])
                if at is not None:
                    return _position(parent.value[at][0])
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
        return node.value if depth == len(path) and _scalar(node) else None

    def empty_block(self, path: Key) -> bool:
        """Whether the value at `path` is a block ('summary: |') with no text: its lines were not indented."""
        node, depth = self._find(path)
        return depth == len(path) and _scalar(node) and node.style in ("|", ">") and not node.value

    def empty_block_before(self, path: Key, known: Collection[str]) -> str | None:
        """The key of the empty block ('summary: |') the mapping key at the end of `path` follows, past other keys not
        in `known`: the block's text, not indented, read as those keys ('Mayor Ana Ruiz: welcomed the vote.')."""
        parent, depth = self._find(path[:-1])
        if depth != len(path) - 1 or not _mapping(parent):
            return None
        names, first = self._keys(parent)
        if not isinstance(path[-1], str) or (at := first.get(path[-1])) is None:
            return None
        if (blocks := self._blocks.get((id(parent), frozenset(known)))) is None:  # (each key's, in one pass)
            blocks, block = [], None
            for name, (_, value) in zip(names, parent.value, strict=True):
                blocks.append(block)
                if name in known:
                    block = name if _scalar(value) and value.style in ("|", ">") and not value.value \
                        else None
            self._blocks[(id(parent), frozenset(known))] = blocks
        return blocks[at]

    def _keys(self, node: MappingNode) -> tuple[list[str | None], dict[str | None, int]]:
        """A mapping's keys as the data has them, and where each first is (read once: a file may have thousands)."""
        if (found := self._mappings.get(id(node))) is None:
            from generator.yamlbuild import key_text

            names = [key_text(key_node) for key_node, _ in node.value]
            first: dict[str | None, int] = {}
            for at, name in enumerate(names):
                first.setdefault(name, at)
            found = self._mappings[id(node)] = (names, first)
        return found

    def _spot(self, path: Key) -> tuple[tuple[int, int, int, bool], int] | None:
        """yamlfast's place of the value at `path`, or of its nearest parent, and how many steps of the path lead to
        it; None for a file yamlfast did not read (read again, noting places, when first asked)."""
        if self.numbers is None or self.text is None:
            return None
        if self.spots is None:
            self.spots = {}
            yamlfast.parse(self.text, spots=self.spots)
        for depth in range(len(path), -1, -1):
            if (spot := self.spots.get(path[:depth])) is not None:
                return spot, depth
        return None

    def _find(self, path: Key) -> tuple[Node | None, int]:
        """The node at `path`, or its nearest parent, and how many steps of the path lead to it."""
        if not self.composed and self.text is not None:
            import yaml

            from generator.yamlbuild import Loader

            self.composed = True
            try:
                self.root = yaml.compose(self.text, Loader=Loader)  # (yamlfast read it: libyaml reads it too)
            except (yaml.YAMLError, RecursionError):  # (were it not so: no place rather than a traceback)
                self.root = None
        node = self.root
        for depth, part in enumerate(path):
            child = None
            if _sequence(node) and type(part) is int and 0 <= part < len(node.value):
                child = node.value[part]
            elif _mapping(node) and isinstance(part, str):
                child = node.value[at][1] if (at := self._keys(node)[1].get(part)) is not None else None
            if child is None:
                return node, depth
            node = child
        return node, len(path)


_ADDRESSES = re.compile(  # a link's, an autolink's (`<https://…>`, `<name@host>`: not a tag's, `<div>`), an address
    rf"\]\([^)\s]*\)|<[a-z][a-z0-9+.-]{{1,31}}:[^<>\s]*>|<[^<>\s@]+@[^<>\s]+>|{ADDRESS.pattern}", re.IGNORECASE)
_COMMENT = re.compile(r"[ \t]+#(?=\S)")  # a '#' that begins a word: '#2', '#MeToo' ("# a note" is a comment)


def _texts_cut_short(root: Node, text: str, lines: list[str], rel: str, problems: Problems) -> None:
    """Record a text, in the keys that hold prose, that YAML reads short: a '#' beginning a word starts a comment
    (`title: Plan #2 is out` reads 'Plan'); an '&' or '!' starting it, an anchor or a tag (`title: &Co plan` reads
    'plan'). A comment after a value (`label: Votes  # of 9`, `date_status: stated #checked`) is let be, as is
    `!!str`, YAML's own way to say "text"."""
    from generator.yamlbuild import STR, key_text

    todo: list[tuple[str, Node]] = [("", root)]
    seen: set[int] = set()  # (an alias is the node it names: said once, at its anchor, where it is written)
    while todo:
        key, node = todo.pop()
        if _scalar(node):
            if id(node) in seen:
                continue
            seen.add(id(node))
        if _mapping(node):
            todo.extend(reversed([(key_text(name) or "", value) for name, value in node.value]))  # (the file's order)
        elif _sequence(node):
            todo.extend(reversed([(f"{key}[]" if key in LIST_KEYS else "", item) for item in node.value]))
        elif not _scalar(node) or (key not in TEXT_KEYS and key.removesuffix("[]") not in LIST_KEYS):
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
        elif key in PROSE and not node.style and node.tag == STR:  # plain ('')
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


# a PyYAML node's kind, told by its `id` (not its class: this module imports none of PyYAML until nodes are composed)
def _scalar(node: Node | None) -> TypeGuard[ScalarNode]:
    return getattr(node, "id", None) == "scalar"


def _sequence(node: Node | None) -> TypeGuard[SequenceNode]:
    return getattr(node, "id", None) == "sequence"


def _mapping(node: Node | None) -> TypeGuard[MappingNode]:
    return getattr(node, "id", None) == "mapping"


def _position(node: Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def read_yaml(path: Path, rel: str, problems: Problems, data: bytes | None = None, places: bool = False
              ) -> Document | None:
    """Parse one YAML document with the safe loader; aliases may not expand past MAX_NODES. `places`: where each
    value is, noted as it is read (a file read for the places of warnings)."""
    text = read_text(path, rel, problems, data=data, lone_returns=False)
    if text is None:
        return None
    return parse_yaml(text, rel, problems, places)


_BREAKS = {"\u2028": "a line separator", "\u2029": "a paragraph separator", "\x85": "a next-line control"}


def parse_yaml(text: str, rel: str, problems: Problems, places: bool = False) -> Document | None:
    if "\x00" in text:
        index = text.index("\x00")
        problems.add(rel, text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index),
                     "file contains a NUL character")
        return None
    if "\u2028" in text or "\u2029" in text or "\x85" in text:  # (YAML's line breaks too: every place after is off)
        for match in re.finditer("[\u2028\u2029\x85]", text):
            at = match.start()
            problems.add(rel, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at),
                         f"U+{ord(match[0]):04X} ({_BREAKS[match[0]]}, from pasted text?) is a line break to YAML: "
                         "replace it with a space, or start a new line")
        return None
    numbers: dict[tuple[int, str], str] = {}
    spots: yamlfast.Spots | None = {} if places else None
    data = yamlfast.parse(text, numbers, spots)  # most cards (never a long text), without libyaml's nodes
    if data is not None:
        return Document(rel, data, text=text, numbers=numbers, spots=spots)
    return compose_yaml(text, rel, problems)


def compose_yaml(text: str, rel: str, problems: Problems) -> Document | None:
    """libyaml's reading of `text`, with the line and column of every value; or None, and what is wrong in
    `problems`."""
    import yaml

    from generator.yamlbuild import DEEP_TEXT, MAX_DEPTH, TOO_DEEP, Builder, Loader, TooBig, structure, too_deep

    try:
        if len(text) > DEEP_TEXT and structure(text) > MAX_DEPTH and (deep := too_deep(text)):
            problems.add(rel, deep.line + 1, deep.column + 1, TOO_DEEP)
            return None
        node = yaml.compose(text, Loader=Loader)
        doc = Document(rel, None, node, text, composed=True)
        if node is not None:
            builder = Builder(check="\\" in text)  # raw, YAML refuses (almost all) such characters: escaped?
            doc.data = builder.build(node)
            for key, said in builder.duplicates:
                problems.add(rel, *_position(key), said)
            for scalar, chars in builder.unshowable:
                more = f" ({len(chars) - 1} more in this text)" if len(chars) > 1 else ""
                problems.add(rel, *_position(scalar), unshowable_message(chars[0]) + more)
            if "#" in text or "&" in text or "!" in text:
                _texts_cut_short(node, text, text.split("\n"), rel, problems)
        return doc
    except yaml.MarkedYAMLError as error:
        problems.add(rel, *syntax_error(error, text))
    except yaml.reader.ReaderError as error:  # (libyaml's position counts the bytes of the UTF-8 text before)
        at = len(text.encode("utf-8")[:error.position].decode("utf-8", "ignore"))
        line, column = text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
        problems.add(rel, line, column, f"YAML error: character U+{ord(text[at]):04X} is not allowed in YAML"
                     if at < len(text) else "YAML error: unreadable character")
    except yaml.YAMLError as error:
        problems.add(rel, 1, 1, "YAML error: " + " ".join(str(error).split()))
    except TooBig as error:
        problems.add(rel, error.line, error.column, str(error))
    except RecursionError:  # a short text nesting a few hundred deep: where, from its events
        if (itself := _alias_inside_itself(text)) is not None:
            problems.add(rel, *itself)
            return None
        deep = too_deep(text)
        line, column = (deep.line + 1, deep.column + 1) if deep else (1, 1)
        problems.add(rel, line, column, TOO_DEEP)
    return None


def _alias_inside_itself(text: str) -> tuple[int, int, str] | None:
    """Where an alias stands inside the list or mapping its anchor names (`tags: &a [x, *a]`: a list holding
    itself, which reading recurses into for ever), and what to say of it."""
    import yaml

    open_anchors: list[str | None] = []
    for event in yaml.parse(text, Loader=yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            open_anchors.append(event.anchor)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            open_anchors.pop()
        elif isinstance(event, yaml.AliasEvent) and event.anchor in open_anchors:
            line, column = (event.start_mark.line + 1, event.start_mark.column + 1) if event.start_mark else (1, 1)
            return (line, column, f"YAML error: the alias *{event.anchor} is inside the list or mapping "
                                  f"&{event.anchor} names, which would hold itself: write its items out")
    return None

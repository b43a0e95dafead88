"""YAML's syntax errors said plainly, where the mistake is: a tab, a quoted text never closed or closed early by a
quote mark inside it, a key without its colon, a list item without its dash, two keys on one line, a block's text
not indented under its key."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from generator.schemakeys import known_keys, top_keys
from generator.yamlquotes import KEY_LINE, closed_early, runs_on

if TYPE_CHECKING:
    import yaml


def syntax_error(error: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """PyYAML's message at its place, said plainly for the mistakes people make: a tab, a quote never closed,
    a colon in a text without quotes; or with where the construct it was reading began."""
    mark, start = error.problem_mark or error.context_mark, error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = text.split("\n")
    char = lines[line - 1][column - 1: column] if line <= len(lines) else ""
    problem, context = str(error.problem or ""), str(error.context or "")
    if char == "\t" or "tab character" in problem:
        return line, column, "YAML error: a tab character; YAML indents with spaces only (replace the tab with spaces)"
    if start and "quoted scalar" in context and "end of stream" in problem:
        quote = lines[start.line][start.column: start.column + 1] if start.line < len(lines) else '"'
        return (start.line + 1, start.column + 1,
                f"YAML error: the text that starts with {quote} here is never closed: add its closing {quote}")
    opened, closing = ("[", "]") if "sequence" in context else ("{", "}")
    if start and context.startswith("while parsing a flow ") and "expected ','" in problem \
            and start.line < len(lines) and closing not in lines[start.line][start.column:]:
        return _never_closed(start.line, start.column, opened)
    if mark and context == "while parsing a flow node" and "expected node content" in problem \
            and not "\n".join(lines[mark.line:]).strip() and (opener := _last_open(lines, mark.line)):
        return _never_closed(*opener)  # `tags: [` on the last line: the text ends inside the list
    if mark and (("expected node content" in problem and context == "while parsing a flow node")
                 or (char in ("|", ">") and "cannot start any token" in problem)) \
            and (opener := _last_open(lines, mark.line - 1)) and _unclosed(lines, *opener):
        return _never_closed(*opener)  # `title: [` with `summary: |` or `- item` on the lines after: inside the list
    if mark and (run := runs_on(lines, mark.line)):
        at_line, at_column, quote, key_line, key = run
        return (at_line + 1, at_column + 1, f"YAML error: the text that starts with {quote} here is not closed on its "
                f"line, so it runs on into '{key}:' (line {key_line + 1}): add its closing {quote}")
    unindented = _unindented_block(lines, mark.line) if mark else None  # summary: | / Jess Lennox: "…" at column 1
    if mark and not (unindented and unindented[0] == mark.line) and (closed := closed_early(lines, mark.line,
                                                                                          mark.column)):
        at, quote, key = closed
        second = _SECOND_KEY.match(lines[mark.line], at + 1)
        if second and second.group(1) in known_keys():  # title: "A"  summary: "B"
            return (mark.line + 1, second.start(1) + 1,
                    f"YAML error: a second key on this line: put '{second.group(1)}:' on a line of its own")
        inside = '\\"' if quote == '"' else "''"
        block = f"write the text as a block ({key}: | and the text on the next line, indented), or " if key else ""
        return (mark.line + 1, at + 1, f"YAML error: a {quote} inside the text closes it here, and YAML cannot read "
                                       f"what follows: {block}write each {quote} inside it as {inside}")
    scanned = start.line if start and "simple key" in context else mark.line if mark else 0
    if mark and (unindented := _unindented_block(lines, scanned)):
        at_line, key, style = unindented
        return (at_line + 1, _indent(lines[at_line]) + 1, f"YAML error: the text of '{key}: {style}' must be indented "
                f"under it: put two more spaces before each of its lines than before '{key}:'")
    if mark and (missing := _missing_colon(lines, start, mark, "simple key" in context)):
        at_line, at_column, word = missing
        rest = lines[at_line][at_column:].strip()
        if word not in known_keys() and (outside := _out_of_block(lines, at_line)):  # summary: | / text / Later
            key, style, inner, _ = outside
            return (at_line + 1, 1, f"YAML error: this line is not indented like the text of '{key}: {style}' above "
                    f"it: put {inner} spaces before it, as before that text's other lines")
        if word not in known_keys() and _after_item(lines, at_line):  # tags: / - Oslo / Bergen
            item = _clipped(f"{word} {rest}".strip())
            return (at_line + 1, at_column - len(word) + 1,
                    f"YAML error: an item of the list above without its '- ': write '- {item}'")
        fixed = f"{word}: {_clipped(rest)}".rstrip()
        return at_line + 1, at_column + 1, f"YAML error: no ':' after '{word}': write '{fixed}'"
    if mark and not _known_key(lines, mark.line) and (uneven := _out_of_block(lines, mark.line, within=True)):
        key, style, inner, starts = uneven
        return (mark.line + 1, 1, f"YAML error: the text of '{key}: {style}' starts with {inner} spaces (line "
                f"{starts + 1}) and this line has {_indent(lines[mark.line])}: indent its lines alike")
    if mark and (short := _short_of_indicator(lines, mark.line)):
        key, style, wanted = short
        return (mark.line + 1, 1, f"YAML error: the text of '{key}: {style}' must be indented {wanted} spaces, as its "
                f"number says, and this line has {_indent(lines[mark.line])}: indent it so, or write '{key}: "
                f"{style.translate(_DIGITS)}' without the number to indent its text as its first line is")
    if mark and (off := _misaligned(lines, mark.line)):
        what, column, before = off
        if column and not _indent(lines[mark.line]):  # the first key written a space in: it is the one off
            return (before + 1, column + 1, f"YAML error: this {what} is not lined up with the {what}s below it: "
                    "start it at column 1, as theirs")
        return (mark.line + 1, _indent(lines[mark.line]) + 1, f"YAML error: this {what} is not lined up with the "
                f"{what}s above it: start it at column {column + 1}, under theirs")
    if mark and (first := _item_without_dash(lines, mark.line)) is not None:
        return (first + 1, _indent(lines[first]) + 1, f"YAML error: an item of the list without its '- ': write "
                f"'- {_clipped(lines[first].strip())}', its '- ' lined up with those of the items below")
    if mark and (listed := _item_with_indicator(lines, mark.line, start.line if start else mark.line)):
        at_line, item_at, char, fixed = listed
        return (at_line + 1, item_at + 1, f"YAML error: an item of a list cannot start with '{char}' unless it is in "
                f"quotes: write {fixed}")
    if mark and (opening := _starts_with_indicator(lines, mark.line, start.line if start else mark.line)):
        at_line, value_at, key, value = opening
        block = (f" (or, for a block of text, put '{_clipped(value[1:].strip())}' on the line after '{key}: "
                 f"{value[0]}', indented)") if value[0] in "|>" and key in PROSE else ""
        return (at_line + 1, value_at + 1, f"YAML error: a text cannot start with '{value[0]}' unless it is in quotes: "
                f"write {key}: {quoted(value)}{block}")
    if mark and (plain := _plainly(lines, mark.line, mark.column, char, problem)):
        return line, column, plain
    if "maximum nesting depth" in problem:  # libyaml 0.2.6's own limit (PyYAML 6.0.4's wheels): 1,000 levels
        return line, column, "YAML error: nesting is too deep (more than 1000 levels of lists and mappings)"
    if "mapping values are not allowed" in problem:
        return line, column, ("YAML error: a ': ' where no key can start: if it is part of a text, put the whole "
                              "text in double quotes (title: \"Peace: a plan\"); if it ends a key, line the key up "
                              "with the keys above it")
    message = " ".join(part for part in (context, problem) if part)
    if start and mark and (start.line, start.column) != (mark.line, mark.column) and context:
        message = f"{context} (at line {start.line + 1}, column {start.column + 1}) {problem}"
    return line, column, f"YAML error: {message}"


def _clipped(text: str, most: int = 30) -> str:
    """`text`, or its start and "…" when it is longer than `most` characters (a message quotes a line's start)."""
    return text if len(text) <= most else text[:most - 1] + "…"


_KEYLESS = re.compile(r"(\s*)([A-Za-z_][\w-]*)(?=\s+[^\s:#]|\s*$)[^:]*$")


def _known_key(lines: list[str], number: int) -> bool:
    """Whether line `number` starts with a key the schemas name (`unit:`)."""
    key = KEY_LINE.match(lines[number]) if number < len(lines) else None
    return key is not None and key.group(1) in known_keys()


_SECOND_KEY = re.compile(r"\s+([A-Za-z_][\w-]*):(?:\s|$)")


def _item_without_dash(lines: list[str], number: int) -> int | None:
    """The first line of a list's item written without its '- ' ('figures:', then '    label: x', then '  - label: y'
    on line `number`, YAML's error): that line, or None."""
    if number >= len(lines) or not lines[number].lstrip().startswith("- "):
        return None
    first = None
    for before in range(number - 1, -1, -1):
        line = lines[before]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if _indent(line) > _indent(lines[number]):
            first = before
            continue
        opens = KEY_LINE.match(line) and line.split("#")[0].rstrip().endswith(":")
        return first if opens and first is not None and KEY_LINE.match(lines[first]) else None
    return None


def _misaligned(lines: list[str], number: int) -> tuple[str, int, int] | None:
    """('item', column, line) when line `number` is a list item whose '- ' is a space or three off that of the item
    above it, at that line; ('key', column, line) when it is a known key a space or three off the key above it."""
    if number >= len(lines) or not (line := lines[number]).strip():
        return None
    here, item = _indent(line), line.lstrip().startswith("- ")
    if not item and not _known_key(lines, number):
        return None  # (an unknown word and ': ' may be a text's: the message on ': ' says both)
    if not item and here and (key := KEY_LINE.match(line)) and key.group(1) in top_keys():
        return "key", 0, number  # (tags: after a list of figures, a space in: the card's keys are at column 1)
    for before in range(number - 1, -1, -1):
        other = lines[before]
        if not other.strip() or other.lstrip().startswith("#"):
            continue
        if item and other.lstrip().startswith("- "):
            return ("item", _indent(other), before) if 0 < abs(_indent(other) - here) < 4 else None
        column = _indent(other) + (2 if other.lstrip().startswith("- ") else 0)  # (- label: x: the key's column)
        if not item and KEY_LINE.match(other) and 0 < abs(column - here) < 4 and not other.rstrip().endswith(":"):
            return "key", column, before
        if _indent(other) <= here:
            return None
    return None


def _out_of_block(lines: list[str], number: int, within: bool = False) -> tuple[str, str, int, int] | None:
    """(key, style, the indent of its text, the line of its first) of the block ('summary: |') whose text line
    `number` continues, written no further in than the block's key, or (`within`) less far in than the text's first
    line but further than the key (YAML takes a block's indent from its first line)."""
    if number >= len(lines):  # (YAML's error past the last line: '{{{')
        return None
    here, inner, first = _indent(lines[number]), None, 0
    for before in range(number - 1, -1, -1):
        line = lines[before]
        if not line.strip():
            continue
        if found := _BLOCK.match(line):
            key = len(found.group(1))
            if inner is None or not (key < here if within else here <= key):
                return None
            return found.group(2), found.group(3), inner, first
        if _indent(line) <= here:
            return None
        inner, first = _indent(line), before
    return None


def _short_of_indicator(lines: list[str], number: int) -> tuple[str, str, int] | None:
    """(key, style, the indent it asks for) of the block ('summary: |4') that line `number` starts, indented less than
    the block's number asks (YAML adds it to the key's column) but more than the key."""
    before = next((n for n in range(number - 1, -1, -1) if lines[n].strip()), None) if number < len(lines) else None
    if before is None or not (found := _BLOCK.match(lines[before])) or not (digit := re.search("[1-9]", found[3])):
        return None
    wanted = found.start(2) + int(digit[0])
    return (found[2], found[3], wanted) if found.start(2) < _indent(lines[number]) < wanted else None


_DIGITS = str.maketrans("", "", "123456789")


PROSE = frozenset({"title", "summary", "source_quote", "label", "description", "publisher", "author"})  # keys of text
TEXT_KEYS = PROSE | {"unit"}  # a text, never a list or mapping: one starting '[' is a text to quote
LIST_KEYS = frozenset({"tags", "related"})  # lists of texts
_STARTS = "@`*&|>?%"  # what no plain text starts with in YAML, besides '[', '{', '!' (not '!!', a tag) and '- '
_INDICATOR_START = re.compile(r"( *(?:- +)?)([A-Za-z_][\w-]*): +([\[{" + _STARTS + r"]|!(?!!)|-(?= )).*$")
_FLOW_LIST = re.compile(r"( *)([A-Za-z_][\w-]*): *\[([^\]\[{}\"']*)\] *$")
_BLOCK_ITEM = re.compile(r"( *)- +([" + _STARTS + r"]|!(?!!)).*$")


def _item_with_indicator(lines: list[str], *numbers: int) -> tuple[int, int, str, str] | None:
    """(line, column, the character, the line to write) of the first of lines `numbers` that gives a list of texts
    ('tags') an item starting with a character YAML reads as something else ('tags: [@ana, Quay St #2]')."""
    for number in sorted(set(numbers)):
        line = lines[number] if number < len(lines) else ""
        if (flow := _FLOW_LIST.match(line)) and flow[2] in LIST_KEYS:
            items = [item.strip() for item in flow[3].split(",")]
            first = next((item for item in items if item[:1] in _STARTS or item[:1] == "!"), None)
            if first:
                fixed = ", ".join(map(flow_item, items))
                return number, line.index(first, flow.start(3)), first[0], f"{flow[2]}: [{fixed}]"
        elif (block := _BLOCK_ITEM.match(line)) and _list_key(lines, number) in LIST_KEYS:
            return number, block.start(2), block[2], f"- {quoted(line[block.start(2):].rstrip())}"
    return None


def _needs_quotes(item: str) -> bool:
    return bool(item) and (item[0] in _STARTS or item[0] in "!-[]{}'\"" or " #" in item or ": " in item
                           or item[-1] == ":")


def flow_item(item: str) -> str:
    """`item` as an item of a flow list ('[a, b]'), in quotes where YAML would read it otherwise."""
    return quoted(item) if _needs_quotes(item) else item


def _list_key(lines: list[str], number: int) -> str | None:
    """The key whose block list holds line `number` ('tags:', then '  - x')."""
    here = _indent(lines[number])
    for line in reversed(lines[:number]):
        if line.strip() and (_indent(line) < here or (_indent(line) == here and not line.lstrip().startswith("-"))):
            key = KEY_LINE.match(line)
            return key[1] if key and line.rstrip().endswith(":") else None
    return None


def _starts_with_indicator(lines: list[str], *numbers: int) -> tuple[int, int, str, str] | None:
    """(line, column of its value, key, value) of the first of lines `numbers` that gives a key of text a value
    starting with a character YAML reads as something else ('title: [Draft] Plan', '*Exclusive*', '@ana', '- x')."""
    for number in sorted(set(numbers)):
        found = _INDICATOR_START.match(lines[number]) if number < len(lines) else None
        if found and found[2] in TEXT_KEYS:
            return number, found.start(3), found[2], lines[number][found.start(3):].rstrip()
    return None


def quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar: '"say \\"no\\""'."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _after_item(lines: list[str], number: int) -> bool:
    """Whether the line of content before line `number` (at its indent) is a list item: '- Oslo'."""
    indent = _indent(lines[number])
    for line in reversed(lines[:number]):
        if line.strip() and not line.lstrip().startswith("#"):
            return _indent(line) == indent and line.lstrip().startswith("- ")
    return False


_BLOCK = re.compile(r"( *)(?:- +)*([A-Za-z_][\w-]*): +([|>][+-]?[1-9]?|[|>][1-9]?[+-]?) *(?:#.*)?$")


def _unindented_block(lines: list[str], number: int) -> tuple[int, str, str] | None:
    """Where a block's text starts ('summary: |', then its lines), when the nearest block above line `number`
    (YAML's error) has text not indented more than its key: (that text's first line, 'summary', '|')."""
    for before in range(min(number, len(lines)) - 1, -1, -1):
        found = _BLOCK.match(lines[before])
        if found:
            text = next((n for n in range(before + 1, min(number + 1, len(lines))) if lines[n].strip()), None)
            if text is None or _indent(lines[text]) > found.start(2):
                return None
            return text, found.group(2), found.group(3)
    return None


def _missing_colon(lines: list[str], start: Any, mark: Any, scanning_key: bool) -> tuple[int, int, str] | None:
    """A line that is a key without its ':' ('figures', 'unit hectares') where YAML's error says another line: the
    line its key scan started at, or the line of content before the error's line at the same indent."""
    if scanning_key and start is not None:
        candidates = [start.line]
    else:
        indent = _indent(lines[mark.line]) if mark.line < len(lines) else 0
        before = [n for n in range(mark.line - 1, -1, -1) if lines[n].strip() and not lines[n].lstrip().startswith("#")]
        candidates = before[:1] if before and _indent(lines[before[0]]) == indent else []
    for number in candidates:
        found = _KEYLESS.match(lines[number]) if number < len(lines) else None
        if found:
            return number, found.end(2), found.group(2)
    return None


def _plainly(lines: list[str], line: int, column: int, char: str, problem: str) -> str | None:
    """libyaml's words for a few slips in one line, said plainly: a bracket too many or text after a list's, an
    empty item, a list item on its key's line, a '*' read as an alias."""
    text = lines[line] if line < len(lines) else ""
    before = text[:column].rstrip()
    if "did not find expected key" in problem and before.endswith(("]", "}")):
        if char in "]}":
            return f"YAML error: a '{char}' that closes nothing: remove it"
        what = "list" if before[-1] == "]" else "mapping"
        return (f"YAML error: text after the {what}'s closing '{before[-1]}': put it inside the {what}, before the "
                f"'{before[-1]}', or remove it")
    if "expected node content" in problem and char == "," and before.endswith((",", "[", "{")):
        return "YAML error: an empty item in the list (a ',' right after another, or after the bracket): remove it"
    if "block sequence entries are not allowed" in problem and char == "-" and (keyed := _SECOND_KEY.match(
            " " + before)):
        item = _clipped(text[column + 1:].strip())
        return (f"YAML error: a list's '- ' item cannot start on the line of its key: put '- {item}' on the next "
                f"line, indented under '{keyed.group(1)}:', or write {keyed.group(1)}: [{flow_item(item)}]")
    if "undefined alias" in problem and char == "*":
        word = _clipped(text[column:].strip())
        key = before.rstrip(":").strip().removeprefix("- ")
        return (f"YAML reads '{word}' here as a reference to an anchor (&{word[1:]}) that no value has, not as text: "
                f"write {key + ': ' if key and before.endswith(':') else ''}{quoted(word)}")
    return None


def _indent(line: str) -> int:
    """How many spaces a line starts with."""
    return len(line) - len(line.lstrip(" "))


def _never_closed(line: int, column: int, opened: str) -> tuple[int, int, str]:
    closing = "]" if opened == "[" else "}"
    return (line + 1, column + 1, f"YAML error: the {opened} here is never closed: add its closing {closing} on this "
            "line" + (" (or write the list one '- item' a line)" if opened == "[" else ""))


def _unclosed(lines: list[str], line: int, column: int, opened: str) -> bool:
    """Whether no closing bracket for the `opened` at (line, column) comes anywhere after it."""
    return ("]" if opened == "[" else "}") not in "\n".join([lines[line][column:], *lines[line + 1:]])


def _last_open(lines: list[str], end: int) -> tuple[int, int, str] | None:
    """The last '[' or '{' before line `end` that no ']' or '}' after it closes: (line, column, the bracket)."""
    for at in range(min(end, len(lines) - 1), -1, -1):
        line = lines[at]
        column = max(line.rfind("["), line.rfind("{"))
        if column >= 0 and not any(close in line[column:] for close in "]}"):
            return at, column, line[column]
    return None

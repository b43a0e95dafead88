"""Check YAML documents against the JSON Schemas shipped in `generator/schema/`."""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

from generator.currencies import CURRENCY_NAMES, currency_code
from generator.errors import Problems
from generator.model import date_written
from generator.yamlerrors import flow_item
from generator.yamlread import Document, Key

TYPE_NAMES = {"string": "text", "integer": "a whole number", "number": "a number", "object": "a mapping",
              "array": "a list", "boolean": "true or false"}


@functools.cache
def schema(name: str) -> dict[str, Any]:
    """The shipped schema `name` ('site' or 'card'), its patterns anchored as JSON Schema means them: `$` is the
    end of the text in ECMA-262, but Python's also matches before a final newline ("en\\n" passed as a language)."""
    text = resources.files("generator.schema").joinpath(f"{name}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text, object_hook=_anchored)
    return loaded


def _anchored(rule: dict[str, Any]) -> dict[str, Any]:
    pattern = rule.get("pattern")
    if isinstance(pattern, str) and pattern.endswith("$") and not pattern.endswith("\\$"):
        rule["pattern"] = pattern[:-1] + r"(?!\n)$"
    return rule


@functools.cache
def _validator(name: str) -> Any:
    import jsonschema  # imported on first use: it is the slowest import of a build

    return jsonschema.Draft202012Validator(schema(name))


def check(doc: Document, name: str, problems: Problems) -> set[str] | None:
    """Record a problem for every place `doc` breaks schema `name`.

    Returns the top-level keys that have problems, and `key/item` for an item or key of them that has ('figures/1'),
    (empty when valid; '' for the document itself), or None when the document is not a mapping at all.
    """
    if not isinstance(doc.data, dict):
        line, column = doc.at(())
        problems.add(doc.rel, line, column, "the file holds no keys (it is empty, or only comments)" if doc.data is None
                     else f"expected a mapping of keys to values, found {_kind(doc.data)}")
        return None
    bad: set[str] = set()
    if surely_valid(doc.data, name):  # most documents: no need for jsonschema (or its import)
        return bad
    for error in _validator(name).iter_errors(doc.data):
        path = tuple(error.absolute_path)
        bad.add(str(path[0]) if path else "")
        if len(path) > 1:
            bad.add(f"{path[0]}/{path[1]}")  # an item of a list: figures/1 (the other figures are checked further)
        if len(path) > 2:
            bad.add(f"{path[0]}/{path[1]}/{path[2]}")  # a key of an item: figures/1/value (its others are checked)
        _report(doc, path, error, problems)
    return bad


# the schemas' pattern for a text that must have more than white space and characters no one sees (a zero-width
# space, a soft hyphen, a direction mark, a Hangul filler, a variation selector, a blank Braille cell: a title of
# them made a link with no text)
NOT_BLANK = (r"[^\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
             r"\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0]")
_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "default", "examples", "x-message",
                "x-limit"}


def surely_valid(value: Any, name: str) -> bool:
    """True only when `value` surely meets the shipped schema `name`, for the JSON Schema keywords ours use.

    A fast first pass (jsonschema costs ~0.1 ms a card): False means "ask jsonschema", which then
    finds and words the problems. Any keyword not handled here, or a close call, answers False.
    """
    return _fast_check(name)(value)


@functools.cache
def _fast_check(name: str) -> Check:
    return _compile(schema(name))


Check = Callable[[Any], bool]
_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "integer": (int,), "number": (int, float),
                                       "object": (dict,), "array": (list,), "boolean": (bool,)}


def _compile(rule: dict[str, Any]) -> Check:
    """The fast check of a schema, as one Python function of the value written for it (a tree of small functions,
    one call per keyword, took 15 µs a card; this, 7)."""
    constants: dict[str, Any] = {"_one_of": _one_of, "_missing": object()}
    lines = ["def check(v0):"]
    _write(rule, "v0", lines, "    ", constants)
    lines.append("    return True")
    exec("\n".join(lines), constants)  # (the code is written here, from the shipped schema alone)
    check: Check = constants["check"]
    return check


def _write(rule: dict[str, Any], v: str, lines: list[str], at: str, constants: dict[str, Any]) -> None:
    """Lines at indent `at` that return False unless the value named `v` meets `rule` (as jsonschema would, for
    the keywords handled here; any other keyword: False whenever the rule is checked)."""

    def constant(value: Any) -> str:
        name = f"_c{len(constants)}"
        constants[name] = value
        return name

    def fail_if(test: str) -> None:
        lines.append(f"{at}if {test}: return False")

    for key, want in rule.items():
        if key in _ANNOTATIONS:
            continue
        if key == "type":
            kinds = want if isinstance(want, list) else [want]
            types = constant(tuple(t for kind in kinds for t in _TYPES.get(kind, ())))
            # JSON Schema's type: a bool is only ever a boolean (never an integer or a number)
            fail_if(f"type({v}) is not bool and not isinstance({v}, {types})" if "boolean" in kinds
                    else f"type({v}) is bool or not isinstance({v}, {types})")
        elif key == "enum":
            fail_if(f"not _one_of({constant(tuple(want))}, {v})")
        elif key == "pattern":
            fail_if(f"isinstance({v}, str) and {constant(re.compile(want).search)}({v}) is None")
        elif key in ("minLength", "maxLength", "minItems", "maxItems"):  # (a value of another kind: another
            kind = "str" if key.endswith("Length") else "list"  # keyword's business)
            fail_if(f"isinstance({v}, {kind}) and len({v}) {'<' if key.startswith('min') else '>'} {int(want)}")
        elif key in ("minimum", "maximum"):  # (not `<`: NaN meets neither)
            compare = ">=" if key == "minimum" else "<="
            fail_if(f"type({v}) is not bool and isinstance({v}, (int, float)) and not ({v} {compare} "
                    f"{constant(want)})")
        elif key == "required":
            fail_if(f"isinstance({v}, dict) and not {v}.keys() >= {constant(frozenset(want))}")
        elif key == "properties":
            lines.append(f"{at}if isinstance({v}, dict):")
            inner = f"v{len(lines)}"  # (a name of its own: no line makes two)
            for name, sub in want.items():
                lines.append(f"{at}    {inner} = {v}.get({name!r}, _missing)")
                lines.append(f"{at}    if {inner} is not _missing:")
                _write_block(sub, inner, lines, at + "        ", constants)
        elif key == "additionalProperties":
            if want is not False or "patternProperties" in rule:  # a schema, or beside patternProperties:
                fail_if(f"isinstance({v}, dict)")  # jsonschema decides for a mapping
            else:
                fail_if(f"isinstance({v}, dict) and not {constant(frozenset(rule.get('properties', {})))}"
                        f".issuperset({v})")
        elif key == "items":
            if not isinstance(want, dict):
                fail_if(f"isinstance({v}, list)")
                continue
            item = f"v{len(lines)}"
            lines.append(f"{at}if isinstance({v}, list):")
            lines.append(f"{at}    for {item} in {v}:")
            _write_block(want, item, lines, at + "        ", constants)
        else:
            lines.append(f"{at}return False")  # a keyword the fast check does not know: ask jsonschema
            return


def _write_block(rule: dict[str, Any], v: str, lines: list[str], at: str, constants: dict[str, Any]) -> None:
    """`_write`'s lines as the body of the statement just written (`pass` if the rule checks nothing)."""
    count = len(lines)
    _write(rule, v, lines, at, constants)
    if len(lines) == count:
        lines.append(f"{at}pass")


def _one_of(options: tuple[Any, ...], value: Any) -> bool:
    """JSON Schema's enum, strictly: 1 passes for neither True nor 1.0 here (jsonschema decides those)."""
    return any(type(value) is type(option) and value == option for option in options)


def where(path: Key) -> str:
    """`figures[0].value` for ('figures', 0, 'value')."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "document"


_THOUSANDS = re.compile(r"[-+]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?")


_SIGNS = "".join(re.escape(sign) for sign, _, _ in CURRENCY_NAMES.values())


def _number_hint(text: str, quoted: bool = True) -> str:
    """How to write as a YAML number what `text` says (`quoted`: as the file writes it, in quotes)."""
    written = text.strip()
    sign = ""
    if found := re.fullmatch(rf"([+-]?) ?([{_SIGNS}]) ?(.*)", written):  # ($25,000, -$5: the currency is the unit's)
        sign, written = found[2], ("-" if found[1] == "-" else "") + found[3].strip()
    plain = written.replace("_", "")
    if re.fullmatch(r"-?[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+(?:\.[0-9]+)?", plain):  # 42 000
        plain = re.sub(r"[ \u00a0\u202f\u2009]", "", plain)
    if _THOUSANDS.fullmatch(plain):  # 1,000 (but not 2,5: a decimal comma, or a typo)
        plain = plain.replace(",", "")
    elif re.fullmatch(r"-?[0-9]+,[0-9]+", plain):  # 7,4 as German or French write it (or a typo)
        return (f"YAML writes a number's decimals after a point: write {plain.replace(',', '.')} (or "
                f"{plain.replace(',', '')}, if the comma was a slip)")
    try:
        number = float(plain)
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or abs(number) >= 1e18 or 0 < abs(number) < 1e-12:  # (no figure in the news)
        return "write it in digits, like 2500000 for '2.5 million', with what it counts in 'unit'"
    if re.fullmatch(r"-?[0-9]+\.[0-9]+", plain):  # as written: a figure keeps the zeros of "2.40"
        digits = plain
    elif number.is_integer():
        digits = str(int(number))
    else:  # YAML takes 1.5e-05 for text: no exponent
        digits = repr(number) if "e" not in repr(number) else f"{number:.20f}".rstrip("0")
    how = [*(["quotes"] if quoted else []), *(["separators"] if plain != written else []),
           *([f"its currency sign (unit: {currency_code(sign)})"] if sign else [])]
    return f"write {digits}" + (f", without {' or '.join(how)}" if how else "")


def _two_forms(schema: object) -> str:
    """'its two forms, for one and for more (English: […])' for a counted word's schema, else ''."""
    if not isinstance(schema, dict) or schema.get("minItems") != 2 or schema.get("maxItems") != 2:
        return ""
    return "its two forms, for one and for more" + (f" ({example})" if (example := str(schema.get(
        "description", ""))).startswith("English: [") else "")


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    for type_name, python_type in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                                   ("array", list), ("object", dict)):
        if isinstance(value, python_type):
            return TYPE_NAMES[type_name]
    return type(value).__name__


# other words for the schemas' keys, as other tools and habits name them (a card's `quote:`, a figure's `amount:`)
SYNONYMS = {"quote": ("source_quote",), "excerpt": ("source_quote",), "passage": ("source_quote",),
            "citation": ("source_quote",), "source": ("source_quote",), "description": ("summary",),
            "body": ("summary",), "text": ("summary",), "content": ("summary",), "headline": ("title",),
            "heading": ("title",), "name": ("title", "label"), "caption": ("label",), "tag": ("tags",),
            "keywords": ("tags",), "categories": ("tags",), "figure": ("figures",), "numbers": ("figures",),
            "stats": ("figures",), "when": ("date",), "day": ("date",), "end": ("date_end",),
            "end_date": ("date_end",), "see_also": ("related",), "amount": ("value",), "number": ("value",),
            "count": ("value",), "units": ("unit",), "start": ("from",), "before": ("from",), "max": ("value_max",)}


def guess(name: str, known: list[str]) -> list[str]:
    """The known name `name` likely stands for: the same but for case, the closest spelling, or another word for
    it (`quote` for source_quote)."""
    same = [other for other in known if other.casefold() == name.casefold()]
    return same or [other for other in SYNONYMS.get(name.casefold().replace("-", "_"), ()) if other in known][:1] or \
        difflib.get_close_matches(name, known, n=1, cutoff=0.6)


def _swallowed(doc: Document, mapping: dict[str, Any], key: str) -> tuple[int, int, str] | None:
    """Where a text of `mapping` took in a line that starts `key:` (written indented under `summary: |`), and that
    text's key."""
    for name, value in mapping.items():
        if isinstance(value, str) and re.search(rf"^{re.escape(key)}:", value, re.MULTILINE):
            return (*doc.place_of((name,), key), str(name))
    return None


def _report(doc: Document, path: Key, error: Any, problems: Problems) -> None:
    name, validator, sub = where(path), error.validator, error.schema
    line, column = doc.at(path)
    if "propertyNames" in error.schema_path and isinstance(error.instance, str):  # a key of a mapping of words
        kline, kcolumn = doc.key_at((*path, error.instance))  # (it was said at the mapping: "must not be empty")
        what = (f"is {len(error.instance):,} characters long; the limit is {error.validator_value:,}"
                if validator == "maxLength" else f"must not be {'blank' if error.instance else 'empty'}")
        problems.add(doc.rel, kline, kcolumn, f"a key of '{name}' {what}")
        return
    if validator == "required":
        missing = [key for key in error.validator_value if key not in error.instance]
        known = sorted(sub.get("properties", {}))
        if sub.get("additionalProperties") is False:  # 'sumary' is reported as "did you mean 'summary'?", once
            meant = {g[0] for other in error.instance if other not in known and (g := guess(str(other), known))}
            missing = [key for key in missing if key not in meant]
        for key in missing:
            field = where((*path, key))
            if not path and (swallowed := _swallowed(doc, error.instance, key)):
                kline, kcolumn, taker = swallowed
                problems.add(doc.rel, kline, kcolumn, f"'{key}:' is indented, so it is part of {taker}'s block of "
                                                      f"text, and the card has no '{key}': start it at column 1")
                continue
            problems.add(doc.rel, line, column, f"missing required key '{field}'")
        return
    if validator == "additionalProperties":
        known = sorted(sub.get("properties", {}))
        for key in error.instance:
            if key not in sub.get("properties", {}):
                close = guess(key, known)
                block = None if close else doc.empty_block_before((*path, key), known)
                if block is not None and sub["properties"][block].get("pattern") == NOT_BLANK:
                    continue  # the text of 'summary: |' not indented: the message about that block says so
                hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(known)})"
                kline, kcolumn = doc.key_at((*path, key))
                problems.add(doc.rel, kline, kcolumn, f"unknown key '{short(key)}'{hint}")
        return
    if validator == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        names = " or ".join(TYPE_NAMES.get(str(t), str(t)) for t in wanted)
        message = f"'{name}' must be {names}, not {_kind(error.instance)}"
        if isinstance(error.instance, str) and {"number", "integer"} & set(wanted):
            lines = (doc.text or "").split("\n")
            quoted = doc.text is None or (line <= len(lines) and lines[line - 1][column - 1:column] in ("'", '"'))
            message += f" ('{short(error.instance)}'): {_number_hint(error.instance, quoted)}"
        elif "string" in wanted and isinstance(error.instance, (bool, int, float)):  # 10:30 (minutes), NO, 1.5e3
            message += " (YAML reads it so: put it in quotes to keep it as written)"
        elif wanted == ["array"] and (forms := _two_forms(error.schema)):  # (one item would not do either)
            message += f": write {forms}"
        elif wanted == ["array"] and isinstance(error.instance, str) and path and isinstance(path[-1], str):
            items = ", ".join(flow_item(item.strip()) for item in error.instance.split(",") if item.strip())
            message += f": write {path[-1]}: [{short(items, 80)}]"  # tags: Ana Ruiz, Old bridge
    elif validator == "enum":
        options = dict.fromkeys(_shown(sorted(v) if isinstance(v, list) else v) for v in error.validator_value)
        message = f"'{name}' must be one of {', '.join(options)}, not '{short(_shown(error.instance))}'"
        if isinstance(error.instance, str) and (close := guess(error.instance, list(options))):
            message += f" (did you mean '{close[0]}'?)"
        elif isinstance(error.instance, list) and (corrected := _meant(error.instance, list(options))):
            message += f" (did you mean '{corrected}'?)"
    elif validator == "minLength" or (validator == "pattern" and error.validator_value == NOT_BLANK):
        message = f"'{name}' must not be {'blank' if error.instance else 'empty'}"
        # summary: |, then the text at the key's own indent
        if not error.instance and path and isinstance(path[-1], str) and doc.empty_block(path):
            message += f": a block's text must be indented under its key (two more spaces than before '{path[-1]}:')"
    elif validator == "maxLength":
        message = f"'{name}' is {len(error.instance):,} characters long; the limit is {error.validator_value:,}"
    elif validator == "minItems":
        message = f"'{name}' needs {_two_forms(error.schema) or f'at least {error.validator_value} item(s)'}"
    elif "x-message" in sub:
        shown = doc.written(path) if type(error.instance) in (int, float) else None  # 0777, not YAML's 511
        message = f"{sub['x-message']}, not '{short(shown or error.instance)}'"
        if sub["x-message"].endswith("YYYY-MM-DD") and isinstance(error.instance, str) and (written := date_written(
                error.instance)) and (written.count("-") == 2 or "YYYY-MM or" in sub["x-message"]):  # (a day if asked)
            message += f": write {written}"
    elif validator == "maxItems":
        message = f"'{name}' has {len(error.instance):,} items; the limit is {error.validator_value:,}" + (
            f" ({sub['x-limit']})" if "x-limit" in sub else "")
    else:
        message = f"'{name}' is not valid ({validator})"
    if any(p.line == line and p.column == column and p.message.startswith("YAML reads ") for p in problems.items
           if p.path == doc.rel):  # `tags: &a`: an anchor read as no value, said as such: not also as no list
        return
    problems.add(doc.rel, line, column, message)


def _meant(items: list[Any], options: list[str]) -> str | None:
    """The option a list with a misspelt word stands for: '[expected, inferred]' for [expected, infered]."""
    words = [option for option in options if not option.startswith("[")]
    fixed = [close[0] if isinstance(item, str) and (close := guess(item, words)) else None for item in items]
    shown = f"[{', '.join(sorted(map(str, fixed)))}]"  # (as the options are shown)
    return shown if None not in fixed and fixed != items and shown in options else None


def _shown(value: Any) -> str:
    """A value as YAML's flow style writes it: [expected, inferred]."""
    if isinstance(value, list):
        return f"[{', '.join(map(_shown, value))}]"
    return "~" if value is None else str(value).lower() if isinstance(value, bool) else str(value)  # (not None, True)


def short(value: Any, limit: int = 40) -> str:
    """`value` as text, cut to `limit` characters with "…" (a message quotes at most that much)."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"

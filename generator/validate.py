"""Check YAML documents against the JSON Schemas shipped in `generator/schema/`."""

from __future__ import annotations

import difflib
import functools
import json
from importlib import resources
from typing import Any

from generator.errors import Problems
from generator.yamlread import Document, Key

TYPE_NAMES = {"string": "text", "integer": "a whole number", "number": "a number", "object": "a mapping",
              "array": "a list", "boolean": "true or false"}


@functools.cache
def schema(name: str) -> dict[str, Any]:
    """The shipped schema `name` ('site' or 'card')."""
    return json.loads(resources.files("generator.schema").joinpath(f"{name}.schema.json").read_text("utf-8"))


@functools.cache
def _validator(name: str) -> Any:
    import jsonschema  # imported on first use: it is the slowest import of a build

    return jsonschema.Draft202012Validator(schema(name))


def check(doc: Document, name: str, problems: Problems) -> set[str] | None:
    """Record a problem for every place `doc` breaks schema `name`.

    Returns the top-level keys that have problems (empty when valid; '' for the document itself),
    or None when the document is not a mapping at all.
    """
    if not isinstance(doc.data, dict):
        line, column = doc.at(())
        problems.add(doc.rel, line, column, f"expected a mapping of keys to values, found {_kind(doc.data)}")
        return None
    bad: set[str] = set()
    for error in _validator(name).iter_errors(doc.data):
        path = tuple(error.absolute_path)
        bad.add(str(path[0]) if path else "")
        _report(doc, path, error, problems)
    return bad


def where(path: Key) -> str:
    """`figures[0].value` for ('figures', 0, 'value')."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "document"


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    for type_name, python_type in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                                   ("array", list), ("object", dict)):
        if isinstance(value, python_type):
            return TYPE_NAMES[type_name]
    return type(value).__name__


def _report(doc: Document, path: Key, error: Any, problems: Problems) -> None:
    name, validator, sub = where(path), error.validator, error.schema
    line, column = doc.at(path)
    if validator == "required":
        missing = [key for key in error.validator_value if key not in error.instance]
        for key in missing:
            field = where((*path, key))
            problems.add(doc.rel, line, column, f"missing required key '{field}'")
        return
    if validator == "additionalProperties":
        known = sorted(sub.get("properties", {}))
        for key in error.instance:
            if key not in sub.get("properties", {}):
                guess = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
                hint = f" (did you mean '{guess[0]}'?)" if guess else f" (known keys: {', '.join(known)})"
                kline, kcolumn = doc.key_at((*path, key))
                problems.add(doc.rel, kline, kcolumn, f"unknown key '{_short(key)}'{hint}")
        return
    if validator == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        names = " or ".join(TYPE_NAMES.get(t, t) for t in wanted)
        message = f"'{name}' must be {names}, not {_kind(error.instance)}"
    elif validator == "enum":
        options = ", ".join(str(v) for v in error.validator_value)
        message = f"'{name}' must be one of {options}, not '{_short(error.instance)}'"
    elif validator == "minLength":
        message = f"'{name}' must not be empty"
    elif validator == "maxLength":
        message = f"'{name}' is {len(error.instance):,} characters long; the limit is {error.validator_value:,}"
    elif validator == "minItems":
        message = f"'{name}' needs at least {error.validator_value} item(s)"
    elif "x-message" in sub:
        message = f"{sub['x-message']}, not '{_short(error.instance)}'"
    else:
        message = f"'{name}' is not valid ({validator})"
    problems.add(doc.rel, line, column, message)


def _short(value: Any, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"

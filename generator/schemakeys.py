"""The keys site.yaml and a card may hold, as their JSON Schemas name them: what a YAML error's message may take
for a key (`unit:`), and which keys only the top level holds."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def _schemas() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(resources.files("generator").joinpath("schema", f"{name}.schema.json").read_text("utf-8"))
                 for name in ("site", "card"))


@functools.cache
def known_keys() -> frozenset[str]:
    """Every key site.yaml and a card may hold, at any depth (what the schemas name)."""
    return frozenset().union(*map(_walk_keys, _schemas()))


@functools.cache
def top_keys() -> frozenset[str]:
    """The keys site.yaml and a card hold at their top level only (`tags`, `figures`; not `label`, `title`...)."""
    top = {key for rule in _schemas() for key in rule.get("properties", {})}
    nested = set().union(*(_walk_keys(value) for rule in _schemas() for key, value in rule.get("properties", {}).items()
                           if key != "words"))  # (the pages' own words: `tags`, `figures`... as labels)
    return frozenset(top - nested)


def _walk_keys(rule: Any) -> set[str]:
    if isinstance(rule, dict):
        return set(rule.get("properties", {})).union(*(_walk_keys(value) for value in rule.values()))
    return set().union(*(_walk_keys(value) for value in rule)) if isinstance(rule, list) else set()

"""Mistakes in a site's own templates that Jinja lets compile: a block that fills no block of the template it extends
(its pages then show nothing of it, unsaid), and a filter or test no one defines in a branch no page has taken yet
(Jinja says so only when a page reaches it: a later card would stop the build, or a deploy)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

import jinja2
from jinja2 import nodes

from generator.errors import Problem


def faults(env: jinja2.Environment, trees: dict[str, nodes.Template], own: Path) -> list[tuple[str, Problem]]:
    """Each fault of the templates `trees` ({name: parsed tree}), by template; `own` is the site's templates
    folder (the shipped templates are known good: a block of theirs is said where the site's template lacks it)."""
    found: list[tuple[str, Problem]] = []
    unfilled: dict[tuple[str, str], list[str]] = {}  # (a site template, a block it lacks) -> shipped ones filling it
    for name, tree in sorted(trees.items()):
        mine = (own / name).is_file()
        if mine:
            found += [(name, problem) for problem in _unknown_names(env, name, tree)]
        parent = _extended(tree)
        if parent is None or parent not in trees:
            continue
        chain = list(_ancestors(parent, trees))
        filled = {block.name for tree_ in chain for block in tree_.find_all(nodes.Block)}
        called = {node.attr for tree_ in (tree, *chain) for node in tree_.find_all(nodes.Getattr)
                  if isinstance(node.node, nodes.Name) and node.node.name == "self"}  # {{ self.kicker() }}
        for block in _outer_blocks(tree):
            if block.name in filled or block.name in called or block.name in _OPTIONAL:
                continue
            meant = difflib.get_close_matches(block.name, sorted(filled), n=1, cutoff=0.6)
            hint = f"; did you mean '{meant[0]}'?" if meant else f" (it has {', '.join(sorted(filled)) or 'none'})"
            if mine:
                found.append((name, Problem(f"templates/{name}", block.lineno, 1,
                                            f"template error: {{% block {block.name} %}} fills no block of {parent}, "
                                            f"which this template extends: the pages would show nothing of it{hint}")))
            elif (own / parent).is_file():
                unfilled.setdefault((parent, block.name), []).append(name)
    for (parent, block_name), names in unfilled.items():
        listed = f"{', '.join(names[:-1])} and {names[-1]} fill" if names[1:] else f"{names[0]} fills"
        found.append((parent, Problem(f"templates/{parent}", 1, 1, f"template error: {parent} has no {{% block "
                                      f"{block_name} %}}, which the generator's {listed}: those pages would show "
                                      "nothing of it")))
    return found


_OPTIONAL = {"head", "body_class"}  # the shipped pages' blocks a base.html may go without (`main` it may not)


def _extended(tree: nodes.Template) -> str | None:
    """The template `tree` extends, when its name is written in it."""
    extends = tree.find(nodes.Extends)
    if extends is None or not isinstance(extends.template, nodes.Const) or not isinstance(extends.template.value, str):
        return None
    return extends.template.value


def _ancestors(name: str, trees: dict[str, nodes.Template]) -> Iterator[nodes.Template]:
    """The template `name` and those it extends, in turn."""
    seen: set[str] = set()
    at: str | None = name
    while at is not None and at in trees and at not in seen:
        seen.add(at)
        yield trees[at]
        at = _extended(trees[at])


def _outer_blocks(node: nodes.Node) -> Iterator[nodes.Block]:
    """The blocks not inside another block (those inside one are shown by it, for a template extending this)."""
    for child in node.iter_child_nodes():
        if isinstance(child, nodes.Block):
            yield child
        else:
            yield from _outer_blocks(child)


def _unknown_names(env: jinja2.Environment, name: str, tree: nodes.Template) -> Iterator[Problem]:
    said: set[tuple[str, str]] = set()
    for node in tree.find_all((nodes.Filter, nodes.Test)):
        kind, known = ("filter", env.filters) if isinstance(node, nodes.Filter) else ("test", env.tests)
        if node.name in known or (kind, node.name) in said:
            continue
        said.add((kind, node.name))
        meant = difflib.get_close_matches(node.name, sorted(known), n=1)
        hint = (" (taken away: a page must be the same at every build)" if (kind, node.name) == ("filter", "random")
                else f" (did you mean '{meant[0]}'?)" if meant else "")
        said_as = "." if kind == "filter" else " found."  # (as Jinja says it, when a page reaches it)
        yield Problem(f"templates/{name}", node.lineno, 1, f"template error: No {kind} named '{node.name}'{said_as}"
                                                          f"{hint}")

"""`{% once names... %}...{% endonce %}`: a shipped template's block rendered once a build for the pages beside each
other (in one folder) that give the same names, and its output reused on the others.

A card page's masthead and footer are the same on every card page of its category: 7 % of rendering a 5,000-card
briefing went to making them again. The block may show only what it names, the card-free site (`site`, `words`)
and links (`url()`) to site paths outside the page's own folder; pages that share its output must not differ in
anything else it shows (the shipped ones name `page.section`, which tells the front, category and source pages
from the others). The output is kept by the renderer for one build (`environment.once_blocks`); a front page
(at the site's root, alone in its folder), a page without `url()` links and a site's own template (a shipped one
copied and changed) render the block every time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension
from markupsafe import Markup

from generator.fragments import site_own
from generator.urls import Linker


class Once(Extension):
    """The `{% once %}` tag; `environment.once_blocks` is the build's outputs by key, or None (render every time)."""

    tags = {"once"}  # noqa: RUF012 - Jinja's Extension declares it without ClassVar

    def __init__(self, environment: jinja2.Environment) -> None:
        super().__init__(environment)
        environment.extend(once_blocks=None)

    def parse(self, parser: Any) -> nodes.Node:
        lineno = next(parser.stream).lineno
        names: list[nodes.Expr] = []
        while not parser.stream.current.test("block_end"):
            if names:
                parser.stream.expect("comma")
            names.append(parser.parse_expression())
        body = parser.parse_statements(("name:endonce",), drop_needle=True)
        if site_own(parser.filename):  # (it may show what it does not name)
            return nodes.Scope(body).set_lineno(lineno)
        call = self.call_method("_once", [nodes.Const(f"{parser.name}:{lineno}"), nodes.List(names),
                                          nodes.Name("url", "load")])
        return nodes.CallBlock(call, [], [], body).set_lineno(lineno)

    def _once(self, where: str, names: list[Any], url: Any, caller: Callable[[], str]) -> Markup:
        blocks: dict[tuple[Any, ...], Markup] | None = self.environment.once_blocks  # type: ignore[attr-defined]
        if blocks is None or type(url) is not Linker or url.beside is None:
            return Markup(caller())
        try:
            key = (where, url.beside, *names)
            found = blocks.get(key)
        except TypeError:  # a name's value that cannot be a key (a list)
            return Markup(caller())
        if found is None:
            found = blocks[key] = Markup(caller())
        return found

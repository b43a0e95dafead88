"""`{% once names... %}...{% endonce %}`: a shipped template's block rendered once a build for the pages beside each
other (in one folder) that give the same names, and its output reused on the others.

A card page's masthead and footer are the same on every card page of its category: making them again on each took
7 % of the rendering (1,000 cards), of which keeping them saves 3 %. The block may show only what it names, the
card-free site (`site`, `words`) and links (`url()`) to site paths outside the page's own folder; pages that share
its output must not differ in anything else it shows (the shipped ones name `page.section`, which tells the front,
category and source pages from the others, and the masthead `page.within`, a card page's category). The output is
kept by the renderer for one build (`environment.once_blocks`); a front page (at the site's root, alone in its
folder), a page without `url()` links and a site's own template (a shipped one copied and changed) render the block
every time.
"""

from __future__ import annotations

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
        # {% set key = _key(...) %}{% set out = _kept(key) %}{% if not out %}{% set out %}...{% endset %}
        # {% set out = _keep(key, out) %}{% endif %}{{ out }}, in a scope of its own: the block is rendered in
        # line (a {% call %} would make a macro on every page, which took most of what keeping the block saves)
        key, out = nodes.Name("_once_key", "store"), nodes.Name("_once_out", "store")
        load_key, load_out = nodes.Name("_once_key", "load"), nodes.Name("_once_out", "load")
        find = self.call_method("_key", [nodes.Const(f"{parser.name}:{lineno}"), nodes.List(names),
                                         nodes.Name("url", "load")])
        keep = self.call_method("_keep", [load_key, load_out])
        render = [nodes.AssignBlock(out, None, body), nodes.Assign(out, keep)]
        return nodes.Scope([
            nodes.Assign(key, find), nodes.Assign(out, self.call_method("_kept", [load_key])),
            nodes.If(nodes.Not(load_out), render, [], []), nodes.Output([load_out]),
        ]).set_lineno(lineno)

    def _key(self, where: str, names: list[Any], url: Any) -> tuple[Any, ...] | None:
        """The block's key on this page; None where its output is not kept (see the module)."""
        if self.environment.once_blocks is None or type(url) is not Linker or url.beside is None:  # type: ignore
            return None
        key = (where, url.beside, *names)
        try:
            hash(key)
        except TypeError:  # a name's value that cannot be a key (a list)
            return None
        return key

    def _kept(self, key: tuple[Any, ...] | None) -> Markup | None:
        return self.environment.once_blocks.get(key) if key is not None else None  # type: ignore[attr-defined]

    def _keep(self, key: tuple[Any, ...] | None, out: Markup) -> Markup:
        if key is not None:
            self.environment.once_blocks[key] = out  # type: ignore[attr-defined]
        return out

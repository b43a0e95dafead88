"""contexts.py declares every name the shipped templates read: a template reading a name no context gives fails here,
not on the page of some briefing that reaches that line."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2 import meta, nodes

from generator import contexts
from generator.environment import make_environment

PAGES = {
    "index.html": contexts.FrontPage,
    "category.html": contexts.CategoryPage,
    "card.html": contexts.CardPage,
    "source.html": contexts.SourcePage,
    "404.html": contexts.NotFoundPage,
}
ALONE = {"archive.html": contexts.ArchivePage, "preview/error.html": contexts.ErrorPage}


def read_names(env: jinja2.Environment, name: str, given: frozenset[str] = frozenset()) -> set[str]:
    """The names `name` and the templates it extends, includes and imports read from their context: not those
    they set, loop over, take as macro parameters or import, nor an include's optional ones
    (`{% set x = x | default(...) %}`)."""
    assert env.loader is not None
    tree = env.parse(env.loader.get_source(env, name)[0])
    own = {node.name for node in tree.find_all(nodes.Name) if node.ctx in ("store", "param")}
    own |= {node.name for node in tree.find_all(nodes.Macro)}
    own |= {alias if isinstance(alias, str) else alias[1]
            for node in tree.find_all(nodes.FromImport) for alias in node.names}
    optional = {node.target.name for node in tree.find_all(nodes.Assign)  # {% set x = x | default(...) %}
                if isinstance(node.target, nodes.Name) and isinstance(node.node, nodes.Filter)
                and node.node.name == "default" and isinstance(node.node.node, nodes.Name)
                and node.node.node.name == node.target.name}
    read = set(meta.find_undeclared_variables(tree)) - given - own - optional
    for other in meta.find_referenced_templates(tree):
        assert other is not None, f"{name} includes a template by a computed name"
        read |= read_names(env, other, given | own)
    return read


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    return make_environment(Path("/nonexistent"), None)


@pytest.mark.parametrize("name", [*PAGES, *ALONE])
def test_a_shipped_template_reads_only_what_its_context_declares(env: jinja2.Environment, name: str) -> None:
    declared = set((PAGES | ALONE)[name].__annotations__) | set(env.globals)
    if name in PAGES:
        declared |= set(contexts.Common.__annotations__)
    assert read_names(env, name) - declared == set()


def test_the_check_sees_a_name_no_context_declares() -> None:
    """The test above can fail: a partial reading an undeclared name is caught through the page including it."""
    env = make_environment(Path("/nonexistent"), None)
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({"partials/timeline.html": "{{ headline }}{{ timeline }}"}),
                                      env.loader])  # type: ignore[list-item]
    assert read_names(env, "category.html") - set(contexts.CategoryPage.__annotations__) \
        - set(contexts.Common.__annotations__) - set(env.globals) == {"headline"}


def test_every_context_of_a_page_has_the_common_names_apart() -> None:
    """A page's own context names nothing `Common` gives: one would hide the other."""
    for context in PAGES.values():
        assert set(context.__annotations__) & set(contexts.Common.__annotations__) == set()

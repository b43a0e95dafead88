"""The `{% once %}` tag (generator/once.py): a block rendered once a build for the pages beside each other that give
the same names, and pages exactly as they are without it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator import once
from generator.environment import make_environment
from generator.load import load_site
from generator.render import Renderer
from generator.urls import Linker

BLOCK = "{% once kind %}<nav>{{ made() }} {{ url('energy/') }} {{ kind }}</nav>{% endonce %}|{{ url('x/') }}"


def rendered(template: jinja2.Template, pages: Sequence[tuple[str | None, Any]]) -> tuple[list[str], int]:
    """Each page (its folder, None for no `url()`; its `kind`) rendered by `template`, and how many times the block
    ran."""
    made: list[int] = []

    def count() -> int:
        made.append(1)
        return len(made)

    out = [template.render(kind=kind, made=count, **({"url": Linker(folder)} if folder is not None else {}))
           for folder, kind in pages]
    return out, len(made)


def test_a_block_runs_once_for_the_pages_beside_each_other_that_give_the_same_names(tmp_path: Path) -> None:
    env = make_environment(tmp_path, None)
    env.once_blocks = {}  # type: ignore[attr-defined]  # (as the renderer sets it for a build)
    pages = [("defence/a/", "card"), ("defence/b/", "card"), ("energy/c/", "card"), ("defence/d/", "other"),
             ("defence/e/", "card"), ("", "card"), ("", "card")]
    out, runs = rendered(env.from_string(BLOCK), pages)
    assert out == ["<nav>1 ../../energy/index.html card</nav>|../../x/index.html",
                   "<nav>1 ../../energy/index.html card</nav>|../../x/index.html",  # beside a/: a/'s block
                   "<nav>2 ../index.html card</nav>|../../x/index.html",  # another folder: its own links
                   "<nav>3 ../../energy/index.html other</nav>|../../x/index.html",  # another name
                   "<nav>1 ../../energy/index.html card</nav>|../../x/index.html",
                   "<nav>4 energy/index.html card</nav>|x/index.html",  # the front page, alone at the root:
                   "<nav>5 energy/index.html card</nav>|x/index.html"]  # every time
    assert runs == 5


@pytest.mark.parametrize("case", ["no build", "a name that is no key", "no links", "a site's own template"])
def test_the_block_runs_every_time_where_its_output_cannot_be_kept(tmp_path: Path, case: str) -> None:
    env = make_environment(tmp_path, None)
    env.once_blocks = None if case == "no build" else {}  # type: ignore[attr-defined]
    template = env.from_string("{% once kind %}<nav>{{ made() }}</nav>{% endonce %}" if case == "no links" else BLOCK)
    if case == "a site's own template":
        (tmp_path / "templates").mkdir()
        (tmp_path / "templates" / "page.html").write_text(BLOCK, "utf-8")
        template = env.get_template("page.html")
    kind: Any = ["a list"] if case == "a name that is no key" else "card"
    folder = None if case == "no links" else "defence/a/"
    _, runs = rendered(template, [(folder, kind), (folder, kind)])
    assert runs == 2


def test_names_are_optional_and_separated_by_commas(tmp_path: Path) -> None:
    env = make_environment(tmp_path, None)
    env.once_blocks = {}  # type: ignore[attr-defined]
    template = env.from_string("{% once %}[{{ made() }}]{% endonce %}{% once kind, 2 %}({{ made() }}){% endonce %}")
    out, runs = rendered(template, [("defence/a/", "card"), ("defence/b/", "card")])
    assert out == ["[1](2)", "[1](2)"] and runs == 2
    with pytest.raises(jinja2.TemplateSyntaxError):
        env.from_string("{% once kind other %}x{% endonce %}")


def test_a_site_is_built_byte_for_byte_as_with_every_block_rendered_on_every_page(
        seed_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped masthead and footer are kept per category for the card pages: the front, category and source
    pages, each its own link in the masthead (aria-current), and the card pages are as when rendered each time."""
    site = load_site(seed_site)
    renderer = Renderer(seed_site)
    assert renderer.compile() == []
    kept = renderer.render(site)
    blocks = renderer.env.once_blocks  # type: ignore[attr-defined]
    shipped = (Path(once.__file__).parent / "templates/base.html").read_text("utf-8").splitlines()
    line = next(n for n, text in enumerate(shipped, 1) if text.startswith("{% once page.section, page.within %}"))
    assert {key[:2] for key in blocks} >= {(f"base.html:{line}", category.folder) for category in site.categories}
    monkeypatch.setattr(once.Once, "_kept", lambda self, key: None)  # (rendered on every page)
    assert Renderer(seed_site).render(site) == kept
    front = kept["index.html"].decode()
    assert 'href="index.html" aria-current="page"' in front
    category = site.categories[0]
    assert f'href="index.html" aria-current="page">{category.label}' in kept[f"{category.folder}index.html"].decode()
    assert kept["source/index.html"].decode().count('aria-current="page"') == 1
    card = site.cards[0]  # (its category's link is marked as the section it is in, not as the page)
    label = next(category.label for category in site.categories if category.id == card.category)
    page = kept[f"{card.folder}index.html"].decode()
    assert 'aria-current="page"' not in page and page.count('aria-current="true"') == 1
    assert f'aria-current="true">{label}</a>' in page

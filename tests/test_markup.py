"""Card Markdown: rendered, sanitized, and its relative links moved to other pages."""

from __future__ import annotations

import pytest

from generator.markup import Renderer, rebase


@pytest.fixture(scope="module")
def md() -> Renderer:
    return Renderer()


def test_markdown_renders(md: Renderer) -> None:
    assert md.render("Some **bold** and a [link](../x/).") == '<p>Some <strong>bold</strong> and a <a href="../x/">link</a>.</p>'


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "<iframe src=//evil></iframe>",
    "<object data=x></object>",
    "<style>body{display:none}</style>",
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
    "<svg onload=alert(1)><script>alert(1)</script></svg>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
])
def test_hostile_markdown_is_neutralised(md: Renderer, hostile: str) -> None:
    html = md.render(hostile).lower()
    for bad in ("<script", "onerror", "onclick", "onload", "javascript:", "data:", "<iframe", "<object",
                "<style", "style=", "<svg"):
        assert bad not in html


def test_external_links_get_rel(md: Renderer) -> None:
    html = md.render("[a](https://example.org/x) [b](../local/) [c](//cdn.example.org)")
    assert '<a rel="noopener noreferrer" href="https://example.org/x">a</a>' in html
    assert '<a href="../local/">b</a>' in html
    assert '<a rel="noopener noreferrer" href="//cdn.example.org">c</a>' in html


@pytest.mark.parametrize(("href", "to", "expected"), [
    ("../../source/", "", "source/"),
    ("../../source/", "politics/", "../source/"),
    ("../other/#q", "", "politics/other/#q"),
    ("../other/?a=1", "politics/", "other/?a=1"),
    ("./", "", "politics/vote/"),
    ("", "", ""),
    ("#here", "", "#here"),
    ("/abs/", "", "/abs/"),
    ("https://example.org/", "", "https://example.org/"),
    ("mailto:a@example.org", "", "mailto:a@example.org"),
])
def test_rebase_moves_relative_links(href: str, to: str, expected: str) -> None:
    html = f'<p><a href="{href}">x</a></p>'
    assert rebase(html, "politics/vote/", to) == f'<p><a href="{expected}">x</a></p>'

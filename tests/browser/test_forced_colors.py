"""Forced colours (Windows High Contrast and the like): what the page's own colours said is still seen when the
browser replaces them with the system's, light and dark (Chromium's forced-colors emulation)."""

from __future__ import annotations

import pytest

from tests.browser.support import Pages, contrast

SCHEMES = ["dark", "light"]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_highlighted_passages_stay_readable(pages: Pages, scheme: str) -> None:
    """A cited passage is drawn in the system's Mark colour: its text (a link in it too) is in MarkText, not in
    the link colour (yellow on yellow in a dark theme)."""
    page = pages.open("source/index.html", forced_colors="active", color_scheme=scheme)
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    pairs = page.evaluate("""() => [...document.querySelectorAll('.article mark')].flatMap(mark => {
        const back = getComputedStyle(mark).backgroundColor;
        return [mark, ...mark.querySelectorAll('*')].map(el => [getComputedStyle(el).color, back, el.tagName]); })""")
    assert pairs
    canvas = page.evaluate("getComputedStyle(document.body).backgroundColor")
    low = {(fg, bg, tag, round(contrast(fg, bg, canvas), 2)) for fg, bg, tag in pairs if contrast(fg, bg, canvas) < 4.5}
    assert low == set(), "text in a highlighted passage below 4.5:1"

"""Forced colours (Windows High Contrast and the like): what the page's own colours said is still seen when the
browser replaces them with the system's, light and dark (Chromium's forced-colors emulation)."""

from __future__ import annotations

import pytest

from tests.browser.support import Pages, contrast, faded

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


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_pressed_filter_button_stands_out(pages: Pages, scheme: str) -> None:
    """The pressed section button keeps a fill of its own (the system's Highlight) with its text and count readable
    on it; the page's fills and box-shadows are dropped in forced colours."""
    page = pages.open("index.html", forced_colors="active", color_scheme=scheme)
    page.get_by_role("button", name="Energy").click()
    page.locator("body").click(position={"x": 1, "y": 1})  # focus off the button: its ring is not what is measured
    states = page.eval_on_selector_all("nav.filter button", """els => els.map(el => {
        const s = getComputedStyle(el), count = getComputedStyle(el.querySelector('.count') || el);
        return [el.getAttribute('aria-pressed'), s.backgroundColor, s.color, count.color, count.opacity]; })""")
    canvas = page.evaluate("getComputedStyle(document.body).backgroundColor")
    pressed = [s for s in states if s[0] == "true"]
    assert len(pressed) == 1
    _, back, ink, count_ink, opacity = pressed[0]
    assert contrast(back, canvas, canvas) >= 3, f"the pressed button's fill {back} is not seen on {canvas}"
    for _, other_back, *_ in (s for s in states if s[0] == "false"):
        assert contrast(back, other_back, canvas) >= 3, "pressed and not pressed look alike"
    assert contrast(ink, back, canvas) >= 4.5 and contrast(faded(count_ink, opacity), back, canvas) >= 4.5
    # and not adjusted: Chromium draws a backplate in the page's colour behind adjusted text, on which the
    # HighlightText was lost (white on white in a light theme: a reviewer's screenshot)
    assert page.eval_on_selector("nav.filter button[aria-pressed=true]",
                                 "el => getComputedStyle(el).forcedColorAdjust") == "none"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_current_page_is_marked_in_the_masthead(pages: Pages, scheme: str) -> None:
    """The masthead marks the page you are on with a line under its name, which forced colours keep (they drop a
    box-shadow)."""
    page = pages.open("industry/index.html", forced_colors="active", color_scheme=scheme)
    links = page.eval_on_selector_all(".masthead nav a", """els => els.map(el => {
        const s = getComputedStyle(el);
        return [el.getAttribute('aria-current'), s.borderBottomStyle, parseFloat(s.borderBottomWidth),
                s.borderBottomColor, s.textDecorationLine]; })""")
    canvas = page.evaluate("getComputedStyle(document.querySelector('.masthead')).backgroundColor")
    current = [link for link in links if link[0] == "page"]
    assert len(current) == 1
    _, style, width, colour, _ = current[0]
    assert style == "solid" and width >= 2 and contrast(colour, canvas, canvas) >= 3, current[0]
    assert all(link[1] == "none" for link in links if link[0] != "page"), "only the current page is marked"

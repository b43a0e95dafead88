"""axe-core (WCAG 2.2 A/AA and best practice) and the keyboard, on every page type, light and dark."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.support import PAGE_TYPES, Pages, contrast, faded

TARGETS = ".card-item h3 a, .figure > a, .tl-title a, .related a"  # what leads to each card, figure and timeline entry


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_axe_finds_no_violation(pages: Pages, axe_violations: Callable[[Page], list[str]], kind: str,
                                scheme: str) -> None:
    page = pages.open(PAGE_TYPES[kind], color_scheme=scheme)
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    assert axe_violations(page) == []


def test_dark_mode_changes_the_colours(pages: Pages) -> None:
    """The dark run above is a real dark page, not the light one twice."""
    colours = {}
    for scheme in ("light", "dark"):
        page = pages.open("index.html", color_scheme=scheme)
        colours[scheme] = page.evaluate("[getComputedStyle(document.body).backgroundColor,"
                                        " getComputedStyle(document.body).color]")
    assert colours["light"] != colours["dark"]
    assert colours["dark"][0] == "rgb(17, 20, 23)"


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_skip_link_is_first_visible_on_focus_and_moves_to_main(pages: Pages, kind: str) -> None:
    page = pages.open(PAGE_TYPES[kind])
    skip = page.locator("a.skip-link")
    box = skip.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 0, "the skip link is off screen until focused"
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0, "the focused skip link is on screen"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def tab_through(page: Page, limit: int = 400) -> list[dict]:
    """Press Tab until focus leaves the page; returns each focused element with its outline, in order."""
    page.evaluate("""() => { document.activeElement && document.activeElement.blur();
        window.scrollTo(0, 0); }""")
    seen: list[dict] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate("""() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            return {key: el.dataset.tabKey || '', tag: el.tagName, text: el.textContent.trim().slice(0, 60),
                    outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
                    outlineColor: style.outlineColor};
        }""")
        if state is None or (seen and state["key"] == seen[0]["key"]):
            break
        seen.append(state)
    return seen


@pytest.mark.parametrize("path", ["index.html", "diplomacy/index.html", "industry/steel-mills-upgrade/index.html"])
def test_tab_reaches_every_card_figure_and_timeline_entry_with_a_visible_ring(pages: Pages, path: str) -> None:
    page = pages.open(path)
    count = page.evaluate("""(selector) => {
        document.querySelectorAll('a, button').forEach((el, i) => el.dataset.tabKey = 'k' + i);
        return document.querySelectorAll(selector).length; }""", TARGETS)
    assert count > 0
    targets = page.eval_on_selector_all(TARGETS, "els => els.map(el => el.dataset.tabKey)")
    unfocused = page.eval_on_selector_all(TARGETS, "els => els.map(el => getComputedStyle(el).outlineStyle)")
    assert set(unfocused) == {"none"}, "no ring before focus (so the ring below is the focus ring)"
    seen = tab_through(page)
    reached = {s["key"]: s for s in seen}
    missing = [key for key in targets if key not in reached]
    assert missing == [], f"{len(missing)} of {len(targets)} not reachable with Tab"
    for state in seen:
        assert state["outlineStyle"] != "none" and state["outlineWidth"] >= 2, f"no visible focus ring: {state}"
        assert state["outlineColor"] not in ("transparent", "rgba(0, 0, 0, 0)"), state
    order = [s["key"] for s in seen]
    assert order.index(targets[0]) > 0, "the skip link and navigation come first"


def test_each_fact_is_one_tab_stop_in_the_source(pages: Pages) -> None:
    """The article on the source page: a highlighted passage is text, its numbered badge the one link to its
    card, so Tab goes from fact to fact once each (a passage may be thousands of characters of link text)."""
    page = pages.open(PAGE_TYPES["source"])
    page.evaluate("document.querySelectorAll('a, button').forEach((el, i) => el.dataset.tabKey = 'k' + i)")
    in_article = page.eval_on_selector_all(".article a", "els => els.map(el => el.dataset.tabKey)")
    stops = [s for s in tab_through(page) if s["key"] in in_article]
    facts = page.locator("ol.cited > li").count()
    assert len(stops) == facts == 15, f"{len(stops)} tab stops in the article for {facts} facts"
    assert [s["text"] for s in stops] == [str(n) for n in range(1, facts + 1)]

def test_a_change_is_read_once(pages: Pages) -> None:
    """A change figure ('1.1 million → 3 million tons a year +173%') is read from its text; its bars are drawn
    for the eye only, not a second image saying the same numbers."""
    page = pages.open("index.html")
    changes = page.locator(".figure.is-change")
    assert changes.count() > 0
    for i in range(changes.count()):
        tree = changes.nth(i).aria_snapshot()
        assert "img" not in tree and tree.count("+173%") <= 1, tree

def test_filter_works_by_keyboard(pages: Pages) -> None:
    page = pages.open("index.html")
    buttons = page.locator("nav.filter button")
    expect(buttons).to_have_count(5)
    expect(page.locator("nav.filter a")).to_have_count(0)
    expect(buttons.first).to_have_attribute("aria-pressed", "true")
    energy = page.get_by_role("button", name="Energy")
    energy.focus()
    page.keyboard.press("Enter")
    expect(energy).to_have_attribute("aria-pressed", "true")
    expect(buttons.first).to_have_attribute("aria-pressed", "false")
    for selector in (".figure", ".tl-entry", ".category-section"):
        shown = page.eval_on_selector_all(f"main {selector}:not([hidden])", "els => els.map(e => e.dataset.category)")
        assert set(shown) == {"energy"}, selector
    expect(page.locator(".category-section:visible .card-item")).to_have_count(2)
    expect(page.locator("nav.filter [role=status]")).to_have_text(
        "Showing Energy: 2 facts, 1 figure, 1 timeline entry.")
    legend = page.locator("#figures .figure-legend")  # the note on worked-out changes: none is shown
    expect(legend).to_be_hidden()
    page.get_by_role("button", name="Industry").click()
    expect(legend).to_be_visible()
    energy.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("button", name="Defence")).to_be_focused()
    page.keyboard.press("Space")
    expect(page.locator(".tl-entry:visible")).to_have_count(1)
    expect(page.locator(".figure:visible")).to_have_count(1)
    page.keyboard.press("Space")  # a toggle button pressed again lets go: every section (it did nothing)
    expect(page.get_by_role("button", name="Defence")).to_have_attribute("aria-pressed", "false")
    expect(buttons.first).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".figure:visible")).to_have_count(page.locator(".figure").count())
    expect(page.locator("nav.filter [role=status]")).to_contain_text("Showing all sections")
    page.get_by_role("button", name="Industry").click()
    page.get_by_role("button", name="All").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".card-item:visible")).to_have_count(page.locator(".card-item").count())
    expect(page.locator(".figure:visible")).to_have_count(page.locator(".figure").count())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_pressed_filter_button_s_words_and_count_keep_their_contrast(pages: Pages, scheme: str) -> None:
    """Pressed, a section button is filled with its category's colour: its name and its count (smaller, bold)
    keep 4.5:1 on it, whatever the section."""
    page = pages.open("index.html", color_scheme=scheme)
    buttons = page.locator("nav.filter button")
    canvas = page.evaluate("getComputedStyle(document.body).backgroundColor")
    found = []
    for i in range(buttons.count()):
        buttons.nth(i).click()
        found.append(buttons.nth(i).evaluate("""el => { const s = getComputedStyle(el), c = el.querySelector('.count');
            return [el.getAttribute('aria-pressed'), el.textContent.trim(), s.backgroundColor, s.color,
                    c ? getComputedStyle(c).color : s.color, c ? getComputedStyle(c).opacity : '1']; }"""))
    assert {state[0] for state in found} == {"true"}
    low = [(name, round(contrast(faded(count, opacity), back, canvas), 2))
           for _, name, back, ink, count, opacity in found
           if min(contrast(ink, back, canvas), contrast(faded(count, opacity), back, canvas)) < 4.5]
    assert low == [], "below 4.5:1 when pressed"

def test_arriving_at_a_passage_in_the_source_shows_which_it_is(pages: Pages) -> None:
    """"See this passage in the source" leads to source/#q-…: the passage it names is drawn with an outline (the
    page may not be able to scroll it to the top), and no other is."""
    card = pages.open(PAGE_TYPES["card"])
    card.get_by_role("link", name="See this passage in the source").click()
    card.wait_for_url("**/source/index.html#q-*")
    target = card.evaluate("location.hash.slice(1)")
    marks = card.eval_on_selector_all(".article mark", """els => els.map(el => {
        const s = getComputedStyle(el), ids = [];
        for (let at = el.closest('.anchor'); at; at = at.parentElement.closest('.anchor')) ids.push(at.id);
        return [ids, s.outlineStyle, parseFloat(s.outlineWidth)]; })""")
    outlined = [ids for ids, style, width in marks if style != "none" and width >= 2]
    assert len(outlined) == 1 and target in outlined[0], f"outlined: {outlined}, arrived at {target}"

# each highlighted part of the source: [the passages whose anchor holds it, those it goes on from, outlined?]
PARTS = """els => els.map(el => {
    const s = getComputedStyle(el), ids = [];
    for (let at = el.closest('.anchor'); at; at = at.parentElement.closest('.anchor')) ids.push(at.id);
    return [ids, (el.dataset.more || '').split(' '), s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2];
})"""


@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
def test_a_passage_in_several_parts_is_outlined_whole(pages: Pages, script: bool) -> None:
    """A passage cut by a paragraph break (or by another passage's start or end) is highlighted in several parts:
    arriving at it outlines every part with the script (assets/passage.js), its first part without it; never
    another passage's, and moving to another passage moves the outline."""
    page = pages.open(PAGE_TYPES["source"], java_script_enabled=script)
    going_on = page.eval_on_selector_all(".article mark[data-more]", "els => els.map(el => el.dataset.more)")
    assert going_on, "the seed has a passage in several parts"
    target = going_on[0].split(" ")[0]
    pages.open(PAGE_TYPES["front"], java_script_enabled=script)
    pages.open(f"{PAGE_TYPES['source']}#{target}", java_script_enabled=script)  # arriving as a link does
    parts = page.eval_on_selector_all(".article mark", PARTS)
    first = [i for i, (ids, _, _) in enumerate(parts) if target in ids]
    rest = [i for i, (_, more, _) in enumerate(parts) if target in more]
    assert first and rest
    outlined = [i for i, (_, _, shown) in enumerate(parts) if shown]
    assert outlined == (sorted(first + rest) if script else first)
    if script:  # another passage, on the same page: the outline moves with it
        other = next(ids[0] for ids, more, _ in page.eval_on_selector_all(".article mark", PARTS)
                     if ids and target not in ids and more == [""])
        page.evaluate("id => { location.hash = '#' + id; }", other)
        parts = page.eval_on_selector_all(".article mark", PARTS)
        assert [i for i, (_, _, shown) in enumerate(parts) if shown] == [
            i for i, (ids, more, _) in enumerate(parts) if other in ids or other in more]
        assert pages.errors(page) == []


def test_the_filter_speaks_the_briefings_language(french_url: str, french_page: Page,
                                                  axe_violations: Callable[[Page], list[str]]) -> None:
    """A French briefing: the filter's status in French words and number marks, and axe content with it."""
    page = french_page
    page.goto(french_url + "index.html")
    page.get_by_role("button", name="Energy").click()
    expect(page.locator("nav.filter [role=status]")).to_have_text("Energy\u00a0: 2 faits, 1 chiffre, 1 événement.")
    page.get_by_role("button", name="Tout").click()
    expect(page.locator("nav.filter [role=status]")).to_have_text(
        "Toutes les rubriques\u00a0: 15 faits, 5 chiffres, 5 événements.")  # (its five key figures)
    assert axe_violations(page) == []

"""Phones to wide screens, reduced motion, paper, and no JavaScript: the briefing stays whole and readable."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.support import ARTIFACTS, PAGE_TYPES, SCREENSHOTS, Guard, Pages, contrast, new_context
from tests.conftest import build, copy_site
from tests.linkcheck import serve_under

WIDTHS = (360, 768, 1280)


@pytest.fixture(scope="module")
def site_data(site_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site_dir / "cards.json").read_text("utf-8"))
    return data


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_layout_fits_the_width(pages: Pages, kind: str, width: int) -> None:
    page = pages.open(PAGE_TYPES[kind], width=width)
    scroll = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll[0] <= scroll[1] == width, f"horizontal scroll: content {scroll[0]} px wide in a {width} px window"
    overflowing = page.evaluate("""() => [...document.querySelectorAll('main *')].filter(el => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > document.documentElement.clientWidth + 0.5 || r.left < -0.5)
            && !el.closest('.visually-hidden, .skip-link');
    }).map(el => el.tagName + '.' + el.className)""")
    assert overflowing == []
    # Numbers are read whole: '3 million' never breaks across lines, and no figure or date spills out.
    broken = page.evaluate("""() => [...document.querySelectorAll('.figure-value, .figure-from, time')]
        .filter(el => { const range = document.createRange(); range.selectNodeContents(el);
                        return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1; })
        .map(el => el.textContent)""")
    assert broken == []
    spilled = page.evaluate("""() => [...document.querySelectorAll('.figure, .figure a, .bars, .tl-entry')]
        .filter(el => el.scrollWidth > el.clientWidth + 1).map(el => el.className.baseVal ?? el.className)""")
    assert spilled == []
    bars = page.evaluate("""() => [...document.querySelectorAll('.figure .bars')].map(svg => {
        const li = svg.closest('.figure').getBoundingClientRect(), b = svg.getBoundingClientRect(),
              from = svg.querySelector('.bar-from').getBoundingClientRect();
        return [Math.round(from.left - li.left), Math.round(b.width)]; })""")
    for offset, bar_width in bars:
        assert offset < 24 and bar_width >= 100, "the change bars start at the figure's left edge and are drawn wide"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{kind}-{width}.png", full_page=True)


def test_the_filter_s_items_are_blocks_not_list_items(pages: Pages) -> None:
    """Chromium renumbers a list's items for each one hidden: at 5,000 cards the filter took 20-24 s to hide 9,000
    figures (list items without a marker), 1-2 s once they are blocks. What counts is their display."""
    page = pages.open("index.html")
    shown = page.eval_on_selector_all(".figure, .tl-entry", "els => [...new Set(els.map(e => getComputedStyle(e).display))]")
    assert set(shown) <= {"block", "grid"} and shown  # (a short list's figures are grids: see the next test)


def test_a_long_unbroken_tag_wraps_on_a_small_phone(pages: Pages) -> None:
    """A tag with no space in it (a run-together name, a long URL-like word) breaks inside its pill at 320 px
    rather than pushing the page sideways."""
    page = pages.open(PAGE_TYPES["card"], width=320)
    tag = page.locator(".tags li").first
    tag.evaluate("el => { el.textContent = 'Intergovernmentalcommissiononeconomiccooperation2011'; }")
    box = tag.bounding_box()
    assert box is not None
    width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert box["x"] + box["width"] <= width[1] and width[0] <= width[1] == 320, (box, width)

@pytest.mark.parametrize("width", [390, 320])
@pytest.mark.parametrize("kind", ["front", "category", "card"])
def test_text_at_twice_the_size_fits_a_phone(pages: Pages, kind: str, width: int) -> None:
    """A reader's browser set to twice the default text size (the root font size at 200%, so every rem doubles)
    on a 390 px phone: the figure and card grids drop to one column rather than overflow (WCAG 1.4.4, 1.4.10); at
    320 px the timeline's "EXPECTED" badge ran 4 px out of the window."""
    page = pages.open(PAGE_TYPES[kind], width=width)
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    try:
        wide = page.evaluate("""() => [document.documentElement.scrollWidth,
            ...[...document.querySelectorAll('main *')].filter(el => {
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.right > document.documentElement.clientWidth + 0.5
                    && !el.closest('.visually-hidden, .skip-link'); })
            .map(el => `${el.tagName}.${el.className.baseVal ?? el.className} ${Math.round(el.getBoundingClientRect().right)}`)]""")
    finally:
        page.evaluate("document.documentElement.style.fontSize = ''")
    assert wide == [width], f"page {wide[0]} px wide; out of the window: {wide[1:6]}"


def test_a_long_figure_at_twice_the_size_breaks_rather_than_widen_the_page(pages: Pages) -> None:
    """'987,654,321' at 2rem could not break: at 200% text on a 390 px phone the front page was 546 px wide."""
    page = pages.open(PAGE_TYPES["front"], width=390)
    page.evaluate("""() => { document.documentElement.style.fontSize = '200%';
        document.querySelector('.figure-value').textContent = '$987,654,321,000'; }""")
    try:
        width = page.evaluate("document.documentElement.scrollWidth")
    finally:
        page.reload()
    assert width == 390


@pytest.mark.parametrize("width", [320, 1280])
def test_a_long_figure_breaks_only_after_a_thousands_separator(pages: Pages, width: int) -> None:
    """'$2,345,678,901' showed '$2,345,678,9' on a line and '01' on the next, on the front page at 1280 px too: a
    reader takes the first line for the number."""
    from generator.figures import breakable

    page = pages.open(PAGE_TYPES["front"], width=width)
    page.evaluate("html => { document.querySelector('.figure-value').innerHTML = html; }",
                  str(breakable("$2,345,678,901,234")))
    try:
        lines = page.evaluate("""() => { const node = document.querySelector('.figure-value'), lines = new Map();
            const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
            for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                for (let i = 0; i < text.length; i++) { const range = document.createRange();
                    range.setStart(text, i); range.setEnd(text, i + 1);
                    const top = Math.round(range.getBoundingClientRect().top);
                    lines.set(top, (lines.get(top) ?? '') + text.data[i]); } }
            return [...lines.values()]; }""")
    finally:
        page.reload()
    assert "".join(lines) == "$2,345,678,901,234"
    assert all(line.endswith(",") for line in lines[:-1]), lines


def test_a_title_starting_with_a_right_to_left_name_reads_in_the_page_s_direction(pages: Pages) -> None:
    """'خالد محمود: envoy names the projects' in an English briefing: the name comes first (on the left) and the
    colon after it, as on an English page; in the related facts, the title is isolated from the category after it."""
    page = pages.open(PAGE_TYPES["card"])
    title = "خالد محمود: envoy names the projects"
    for selector in ("h1", ".related li > a"):
        order = page.locator(selector).first.evaluate("""(el, title) => {
            el.textContent = title;
            const text = el.firstChild, range = document.createRange(), left = (from, to) => {
                range.setStart(text, from); range.setEnd(text, to); return range.getBoundingClientRect().left; };
            return [getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi, left(0, 10), left(12, 17)]; }""",
            title)
        direction, bidi, name, envoy = order
        assert direction == "ltr" and name < envoy, f"{selector}: {order}"
        if selector != "h1":
            assert bidi == "isolate", selector
    tag = page.locator(".tags li").first
    tag.evaluate("el => { el.textContent = 'خالد محمود'; }")
    assert tag.evaluate("el => getComputedStyle(el).direction") == "rtl"


@pytest.mark.parametrize("width", WIDTHS)
def test_a_headline_leaves_no_word_alone_on_its_last_line(pages: Pages, width: int) -> None:
    """A review saw "Pakistan and Russia draw closer, fact by / fact" at 1280 px."""
    page = pages.open("index.html", width=width)
    lines = page.locator("h1").first.evaluate("""h => {
        const text = h.firstChild, range = document.createRange(), tops = [];
        for (const word of text.textContent.matchAll(/\\S+/g)) {
            range.setStart(text, word.index); range.setEnd(text, word.index + word[0].length);
            tops.push(Math.round(range.getBoundingClientRect().top)); }
        return tops; }""")
    assert len(lines) > 2 and lines.count(lines[-1]) > 1, lines


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_the_timeline_s_dots_sit_on_its_line(pages: Pages, direction: str) -> None:
    """A review measured each dot's centre 2.5 px beside the line's, in both directions."""
    page = pages.open("index.html")
    try:
        off = page.evaluate("""direction => {
            document.documentElement.dir = direction;
            const ol = document.querySelector('.timeline'), box = ol.getBoundingClientRect(), style = getComputedStyle(ol);
            const line = direction === 'ltr' ? box.left + parseFloat(style.borderLeftWidth) / 2
                                             : box.right - parseFloat(style.borderRightWidth) / 2;
            return [...ol.querySelectorAll('.tl-entry')].map(li => {
                const dot = getComputedStyle(li, '::before'), at = li.getBoundingClientRect();
                const centre = at.left + (direction === 'ltr' ? parseFloat(dot.left)
                                          : at.width - parseFloat(dot.right) - parseFloat(dot.width))
                               + parseFloat(dot.width) / 2;
                return centre - line; }); }""", direction)
    finally:
        page.reload()
    assert off and all(abs(x) < 0.5 for x in off), off


def test_the_source_keeps_the_article_s_line_breaks(pages: Pages) -> None:
    """Rows of a table-like list ("Sylhet: 38" / "Sunamganj: 27") ran together into one line on the source page."""
    page = pages.open("source/index.html")
    shown = page.locator(".article p").first.evaluate(
        "el => { el.textContent = 'Deaths by district:\\nSylhet: 38\\nSunamganj:   27'; return el.innerText; }")
    assert shown == "Deaths by district:\nSylhet: 38\nSunamganj: 27"  # runs of spaces still fold


def test_dark_screenshots(pages: Pages) -> None:
    for kind in ("front", "card"):
        page = pages.open(PAGE_TYPES[kind], width=360, color_scheme="dark")
        page.screenshot(path=SCREENSHOTS / f"{kind}-360-dark.png", full_page=True)
    assert (SCREENSHOTS / "front-360-dark.png").stat().st_size > 10_000


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_reduced_motion_is_honoured(pages: Pages, motion: str) -> None:
    page = pages.open("index.html", reduced_motion=motion)
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == (
        "auto" if motion == "reduce" else "smooth")
    moving = page.evaluate("""() => [...document.querySelectorAll('*')].filter(el => {
        const s = getComputedStyle(el);
        return s.animationName !== 'none' || s.transitionDuration.split(',').some(d => parseFloat(d) > 0);
    }).map(el => el.tagName + '.' + el.className)""")
    if motion == "reduce":
        assert moving == []


def test_a_passage_s_number_stays_on_its_passage_s_line(pages: Pages) -> None:
    """A review's: at 1280 px (and 38 other widths from 320 up) a passage's number, an inline-block, went to the start
    of the next line, away from the sentence it numbers: Chromium breaks before an atomic inline even with no space."""
    alone = []
    for width in range(320, 1300, 70):
        page = pages.open(PAGE_TYPES["source"], width=width)
        alone += page.evaluate("""w => [...document.querySelectorAll('.article sup.ref')].filter(sup =>
            sup.previousElementSibling && sup.querySelector('a')).map(sup => {
              const rects = sup.previousElementSibling.getClientRects(), last = rects[rects.length - 1];
              return [w, sup.textContent, sup.querySelector('a').getBoundingClientRect().bottom - last.bottom];
            }).filter(([, , below]) => below > 12)""", width)
    assert alone == []
    sizes = page.eval_on_selector_all(".article sup.ref a", """els => els.map(el => {
        const r = el.getBoundingClientRect(); return [r.width, r.height]; })""")
    assert sizes and all(w >= 24 and h >= 24 for w, h in sizes), "each number is a 24 px target at least"


@pytest.mark.parametrize("kind", ["card", "source", "error"])
def test_a_narrow_page_keeps_the_masthead_s_left_edge(pages: Pages, kind: str) -> None:
    """Two reviews': a card, source or 404 page at 1280 px had three left edges (the masthead's and the footer's at
    80 px, the text's at 288): the reading column now starts where the masthead does, as on the other pages."""
    for width in (1280, 1920):
        page = pages.open(PAGE_TYPES[kind], width=width)
        edges = page.evaluate("""() => ['.masthead .kicker', 'main h1', '.site-footer p'].map(selector =>
            Math.round(document.querySelector(selector).getBoundingClientRect().left))""")
        assert len(set(edges)) == 1, (width, edges)
        assert page.evaluate("document.querySelector('main h1').parentElement.getBoundingClientRect().width") <= 44 * 16


def test_the_timeline_s_line_stands_out_from_its_panel(pages: Pages) -> None:
    """A review's: the timeline's line was 1.4:1 against its panel, in both colour schemes (a graphic a reader
    follows needs 3:1), and ran on past the last entry."""
    for scheme in ("light", "dark"):
        page = pages.open(PAGE_TYPES["front"], color_scheme=scheme)
        line, panel = page.evaluate("""() => [getComputedStyle(document.querySelector('.timeline')).borderLeftColor,
            getComputedStyle(document.querySelector('#timeline')).backgroundColor]""")
        assert contrast(line, panel) >= 3, (scheme, line, panel)
        end = page.evaluate("""() => { const list = document.querySelector('.timeline').getBoundingClientRect(),
            last = document.querySelector('.timeline > li:last-child .tl-cat').getBoundingClientRect();
            return list.bottom - last.bottom; }""")
        assert end < 2, f"the line runs {end} px past its last entry"


def test_the_404_page_s_footer_is_at_the_window_s_foot(pages: Pages) -> None:
    """A review's: the short 404 page's footer stood mid-window, half a screen of bare page below it."""
    for width in (320, 1280):
        page = pages.open(PAGE_TYPES["error"], width=width)
        bottom, window = page.evaluate("""() => [document.querySelector('.site-footer').getBoundingClientRect().bottom,
            window.innerHeight]""")
        assert abs(bottom - window) < 1, (width, bottom, window)


def test_print_hides_navigation_and_shows_link_addresses(pages: Pages) -> None:
    page = pages.open("index.html")
    page.emulate_media(media="print")
    try:
        for selector in (".masthead nav", "nav.toc", "nav.filter", ".skip-link"):
            expect(page.locator(selector)).to_be_hidden()
        first = page.locator(".card-item h3 a").first
        assert first.evaluate("el => getComputedStyle(el, '::after').content") == "none"  # (no `url:`: a path alone)
        first.evaluate("el => el.setAttribute('data-address', 'https://example.org/b/x/')")
        after = first.evaluate("el => getComputedStyle(el, '::after').content")
        assert after == '" (https://example.org/b/x/)"', "the card's public address is printed after its title"
        page.evaluate("document.documentElement.dir = 'rtl'")  # on a right-to-left page the address reads left to
        assert first.evaluate("""el => [getComputedStyle(el, '::after').direction,
            getComputedStyle(el, '::after').unicodeBidi]""") == ["ltr", "isolate"]  # right ('/https://…' was printed)
        page.evaluate("document.documentElement.dir = 'ltr'")
        timeline = page.locator(".tl-title a").first
        timeline.evaluate("el => el.setAttribute('data-address', 'https://example.org/b/y/')")
        assert "https://example.org/b/y/" in timeline.evaluate("el => getComputedStyle(el, '::after').content")
        kept = page.eval_on_selector_all(".card-item, .figure, .tl-entry",
                                         "els => [...new Set(els.map(el => getComputedStyle(el).breakInside))]")
        assert kept == ["avoid"], "no card, figure or timeline entry is cut across pages where avoidable"
        held = page.eval_on_selector_all("main h2, .section-intro",
                                         "els => [...new Set(els.map(el => getComputedStyle(el).breakAfter))]")
        assert held == ["avoid"], "a heading, and a section's intro, stay with what follows (the intro was left alone)"
        assert page.locator(".card-item:visible").count() == page.locator(".card-item").count()
        pdf = page.pdf(format="A4", print_background=False)
    finally:
        page.emulate_media(media="screen")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "front.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf)) >= 3, "the whole briefing, over several pages"


def test_print_gives_the_address_of_every_link_to_a_card_or_passage(pages: Pages) -> None:
    """On paper a link is only its address: a card page prints the address of "See this passage in the source" and
    of each related fact, as listings do for their cards, when site.yaml gives `url:` (the pages then carry each
    address whole, data-address). The seed gives none: a path alone ("../../energy/x/index.html") leads nowhere
    from paper, and is not printed."""
    page = pages.open(PAGE_TYPES["card"])
    page.emulate_media(media="print")
    try:
        printed = page.eval_on_selector_all(".cite-line a, .related a", """els => els.map(el =>
            getComputedStyle(el, '::after').content)""")
        assert page.locator("main a[data-address]").count() == 0
        # "See this passage in the source" with no address is a call nothing on paper answers: not printed
        see = page.locator(".cite-line a")
        hidden = see.evaluate("el => getComputedStyle(el).display")
        see.evaluate("el => el.setAttribute('data-address', 'https://example.org/briefing/source/#q-x')")
        shown = see.evaluate("el => [getComputedStyle(el).display, getComputedStyle(el, '::after').content]")
        related = page.locator(".related a").first
        related.evaluate("el => el.setAttribute('data-address', 'https://example.org/briefing/energy/x/')")
        whole = related.evaluate("el => getComputedStyle(el, '::after').content")
    finally:
        page.emulate_media(media="screen")
    assert len(printed) >= 2 and set(printed) == {"none"}, printed
    assert whole == '" (https://example.org/briefing/energy/x/)"'
    assert (hidden, shown) == ("none", ["inline", '" (https://example.org/briefing/source/#q-x)"'])

def test_print_keeps_each_card_s_category_colour(pages: Pages) -> None:
    """A review's: on paper every card's top bar was grey (the print rule for borders took its colour too), and
    cards were 8 px apart."""
    page = pages.open(PAGE_TYPES["front"])
    page.emulate_media(media="print")
    try:
        found = page.eval_on_selector_all(".card-item", """els => els.map(el => [getComputedStyle(el).borderTopColor,
            getComputedStyle(el).borderLeftColor, getComputedStyle(el).marginBottom])""")
    finally:
        page.emulate_media(media="screen")
    assert len({top for top, _, _ in found}) == 4, "a colour for each of the four categories"
    assert all(side == "rgb(153, 153, 153)" and gap == "16px" for _, side, gap in found), found[0]


@pytest.mark.parametrize("width", (800, 1280))
def test_a_row_s_figures_line_up(pages: Pages, width: int) -> None:
    """A design review's: in a row of the figures panel, labels started at as many heights as their figures had lines
    above them ("$500 million" has no unit, "1.1 million → 3 million" takes two lines). Now each part has a row
    across them: numbers on one line, units, labels and bars each at one height."""
    page = pages.open("index.html", width=width)
    rows = page.evaluate("""() => {
        const rows = {};
        for (const li of document.querySelectorAll('#figures .figure')) {
            const top = Math.round(li.getBoundingClientRect().top), part = sel => li.querySelector(sel);
            const at = el => el ? Math.round(el.getBoundingClientRect().top) : null;
            (rows[top] ??= []).push([at(part('.figure-value')) === null ? null
                                        : Math.round(part('.figure-number').getBoundingClientRect().bottom),
                                     at(part('.figure-meta')), at(part('.figure-label'))]);
        }
        return Object.values(rows).filter(row => row.length > 1); }""")
    assert rows, "a row of two figures or more"
    for row in rows:
        for part in range(3):
            assert len({figure[part] for figure in row if figure[part] is not None}) == 1, (part, row)


def test_print_keeps_change_badges_and_timeline_dots(pages: Pages) -> None:
    """Paper gets no backgrounds (a browser prints none unless told to): a change badge ('+173%', white on its
    category's colour on screen) prints black in a thin frame, and a timeline entry's dot keeps an outline."""
    page = pages.open("index.html")
    page.emulate_media(media="print")
    try:
        badges = page.eval_on_selector_all(".figure-change", """els => els.map(el => { const s = getComputedStyle(el);
            return [el.textContent, s.color, s.backgroundColor, s.borderTopStyle, parseFloat(s.borderTopWidth),
                    s.borderTopColor]; })""")
        dots = page.eval_on_selector_all(".tl-entry", """els => els.map(el => {
            const s = getComputedStyle(el, '::before');
            return [el.className, s.borderTopStyle, parseFloat(s.borderTopWidth), s.borderTopColor]; })""")
    finally:
        page.emulate_media(media="screen")
    paper = "rgb(255, 255, 255)"
    assert badges and dots
    for text, ink, back, style, width, frame in badges:
        assert contrast(ink, paper) >= 4.5, f"{text} prints {ink} on paper: {contrast(ink, paper):.2f}:1"
        assert back == "rgba(0, 0, 0, 0)" and style == "solid" and width >= 1 and contrast(frame, paper) >= 3, text
    for name, style, width, colour in dots:
        assert style != "none" and width >= 1 and contrast(colour, paper) >= 3, (name, style, width, colour)



def test_print_underlines_the_cited_passages(pages: Pages) -> None:
    """A cited passage is marked by its background, which paper does not get: printed, cited and uncited text
    looked the same."""
    page = pages.open("source/index.html")
    page.emulate_media(media="print")
    try:
        marks = page.eval_on_selector_all(".article mark", """els => els.map(el => { const s = getComputedStyle(el);
            return [s.borderBottomStyle, parseFloat(s.borderBottomWidth), s.borderBottomColor]; })""")
    finally:
        page.emulate_media(media="screen")
    assert len(marks) >= 15 and all(style == "solid" and width >= 2 and contrast(colour, "rgb(255, 255, 255)") >= 3
                                    for style, width, colour in marks), marks
def test_print_from_a_dark_screen_keeps_the_light_colours(pages: Pages) -> None:
    """A reader whose system is dark prints on white paper: the dark theme's light category colours (2.0:1 on
    white) and its dark brown highlight (black text on it, 2.4:1) stayed on paper."""
    found = {}
    looked_at = ((PAGE_TYPES["front"], ".tl-cat", "color"), (PAGE_TYPES["card"], ".kicker-cat a", "color"),
                 (PAGE_TYPES["source"], ".article mark", "backgroundColor"))
    for path, selector, prop in looked_at:
        page = pages.open(path, color_scheme="dark")
        page.emulate_media(media="print", color_scheme="dark")
        try:
            found[selector] = page.eval_on_selector_all(selector, f"els => els.map(el => getComputedStyle(el).{prop})")
        finally:
            page.emulate_media(media="screen", color_scheme="dark")
        assert found[selector], selector
    paper, ink = "rgb(255, 255, 255)", "rgb(0, 0, 0)"
    for selector in (".tl-cat", ".kicker-cat a"):
        assert all(contrast(colour, paper) >= 4.5 for colour in found[selector]), (selector, found[selector])
    assert all(contrast(ink, back) >= 4.5 for back in found[".article mark"]), found[".article mark"]


def test_without_javascript_everything_is_there(pages: Pages, site_data: dict) -> None:
    page = pages.open("index.html", java_script_enabled=False)
    cards = site_data["cards"]
    key = sum(1 for card in cards for figure in card["figures"] if figure["key"])  # the panel shows the key ones
    figures = key or sum(len(card["figures"]) for card in cards)
    dated = sum(1 for card in cards if card["date"])
    for selector, count in ((".card-item", len(cards)), (".figure", figures), (".tl-entry", dated)):
        expect(page.locator(selector)).to_have_count(count)
        expect(page.locator(f"{selector}:visible")).to_have_count(count)
    titles = page.eval_on_selector_all(".card-item h3", "els => els.map(e => e.textContent.trim())")
    assert titles == [card["title"] for card in cards]
    # The filter is plain links to the category pages.
    expect(page.locator("nav.filter button")).to_have_count(0)
    # "All" is the page shown: filled, as a pressed button is with the script (it looked like the other links)
    fills = page.eval_on_selector_all("nav.filter a", "els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert fills[0] not in fills[1:] and fills[0] != "rgba(0, 0, 0, 0)", fills
    links = page.locator("nav.filter a")
    expect(links).to_have_count(len(site_data["site"]["categories"]) + 1)
    page.get_by_role("link", name="Energy 2").click()
    expect(page).to_have_url(pages.site_url + "energy/index.html")
    expect(page.get_by_role("heading", level=1)).to_have_text("Energy")


def test_a_right_to_left_briefing_is_mirrored_and_its_numbers_read_whole(browser: Any, guard: Guard,
                                                                         tmp_path: Path) -> None:
    """The seed with `language: ur`: dir="rtl", figure and timeline rules on the right, bars drawn from the right,
    and '$500 million' still reads '$500 million' (not 'million $500')."""
    site = copy_site("seed", tmp_path)
    site_yaml = site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text("utf-8").replace("\nlanguage: en", "\nlanguage: ur")
                         .replace('publisher: "Dawn"', 'publisher: "ڈان"'), "utf-8")  # (a publisher's name in Urdu)
    assert build(site) == 0
    with serve_under(site / "output", "/") as url:
        context = new_context(browser, guard, viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(url + "index.html", wait_until="load")
        assert page.evaluate("document.documentElement.dir") == "rtl"
        rules = page.evaluate("""() => [...document.querySelectorAll('.figure, .timeline, blockquote')].map(el => {
            const s = getComputedStyle(el); return [el.className, s.borderLeftWidth, s.borderRightWidth]; })""")
        assert rules and all(left == "0px" and right != "0px" for _, left, right in rules), rules
        bars = page.evaluate("""() => [...document.querySelectorAll('.figure .bars')].map(svg => {
            const li = svg.closest('.figure').getBoundingClientRect(),
                  from = svg.querySelector('.bar-from').getBoundingClientRect();
            return Math.round(li.right - from.right); })""")
        assert bars and all(offset < 24 for offset in bars), "change bars start at the figure's right edge"
        order = page.evaluate("""() => [...document.querySelectorAll('.figure-value, .figure-change')]
            .filter(el => /^[$+]/.test(el.textContent)).map(el => {
                const text = el.firstChild, range = document.createRange(), at = i => {
                    range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().left; };
                return [text.textContent, at(0) < at(text.length - 1)]; })""")
        assert ["$500 million", True] in order and ["+173%", True] in order, order
        assert all(first_is_left for _, first_is_left in order), order
        styles = page.evaluate("""() => [...document.querySelectorAll('.is-expected .tl-title')]
            .map(el => getComputedStyle(el).fontStyle)""")
        assert styles and set(styles) == {"normal"}, styles  # (a script without italics was slanted by the browser)
        page.goto(url + "source/index.html", wait_until="load")  # the byline's date in English words: '12 March'
        dates = page.evaluate("""() => [...document.querySelectorAll('main time')].map(el => {  // (read whole)
            const text = el.firstChild, range = document.createRange(), at = i => {
                range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().left; };
            return [text.textContent, at(0) < at(text.length - 1)]; })""")
        assert dates and all(first_is_left for _, first_is_left in dates), dates  # (the day was cut off by the link)
        page.goto(url + "index.html", wait_until="load")
        page.set_viewport_size({"width": 360, "height": 800})
        scroll = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert scroll[0] <= scroll[1], "no horizontal scroll on a phone"
        page.screenshot(path=SCREENSHOTS / "front-360-rtl.png", full_page=True)
        context.close()


def test_longer_words_wrap_a_figure_rather_than_spill(french_url: str, french_page: Page) -> None:
    """French writes '500 millions $' where English writes '$500 million': at every width no figure spills into
    the next, and a value that is longer than its column breaks only between its number and its scale word."""
    page = french_page
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(french_url + "index.html")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        spilled = page.evaluate("""() => [...document.querySelectorAll('.figure, .figure a, .bars')]
            .filter(el => el.scrollWidth > el.clientWidth + 1).map(el => el.className.baseVal ?? el.className)""")
        assert spilled == [], width
        numbers = page.evaluate("""() => [...document.querySelectorAll('.figure-value, .figure-from')]
            .map(el => { const text = el.firstChild, digits = /[-+\\d][\\d.,\\u202f]*/.exec(text.data);
                         const range = document.createRange();
                         range.setStart(text, digits.index); range.setEnd(text, digits.index + digits[0].length);
                         return [digits[0], new Set([...range.getClientRects()].map(r => Math.round(r.top))).size]; })""")
        assert numbers and all(lines == 1 for _, lines in numbers), (width, numbers)

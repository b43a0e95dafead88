"""The front page at scale: "On this page" and a long panel's link past itself take the focus where they say, with
and without the script; the filter keeps the section chosen in the page's address (?category=energy)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.support import Guard, Pages, new_context
from tests.conftest import build, copy_site, synthetic
from tests.linkcheck import serve_under

FOCUSED = "document.activeElement.id || document.activeElement.textContent.trim()"


@pytest.fixture(scope="module")
def big_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A synthetic briefing of 300 cards (some 800 figures and 230 timeline entries), built and served."""
    site = synthetic(tmp_path_factory.mktemp("big") / "site", 300)
    assert build(site) == 0
    with serve_under(site / "output", "/") as url:
        yield url


@pytest.fixture
def big_page(browser: Browser, guard: Guard) -> Iterator[Page]:
    context = new_context(browser, guard, viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    yield page
    context.close()
    assert errors == []


def follow(page: Page, link: str) -> str:
    """Press Enter on the link `link` (a selector) and return the id of where the focus went."""
    page.locator(link).focus()
    page.keyboard.press("Enter")
    return str(page.evaluate("document.activeElement.id"))


def in_view(page: Page, id_: str) -> bool:
    return bool(page.evaluate("""id => { const r = document.getElementById(id).getBoundingClientRect();
        return r.top > -2 && r.top < innerHeight; }""", id_))


@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
def test_on_this_page_takes_the_focus_to_each_part(pages: Pages, script: bool) -> None:
    """Each link of "On this page" scrolls its part into view and gives it the focus: the next Tab is the part's
    first link, not the next one of the list."""
    page = pages.open("index.html", reduced_motion="reduce", java_script_enabled=script)
    toc = page.locator("nav.toc")
    expect(toc.get_by_role("heading")).to_have_text("On this page")
    hrefs = toc.locator("a").evaluate_all("els => els.map(el => el.getAttribute('href'))")
    assert hrefs == ["#figures", "#timeline", "#s-diplomacy", "#s-defence", "#s-energy", "#s-industry"]
    assert toc.locator("a").all_inner_texts() == ["Key figures", "Timeline", "Diplomacy", "Defence", "Energy",
                                                  "Industry"]
    for href in hrefs:
        page.evaluate("window.scrollTo(0, 0)")
        assert follow(page, f"nav.toc a[href='{href}']") == href[1:]
        expect(page).to_have_url(re.compile(re.escape(href) + "$"))
        assert in_view(page, href[1:]) and page.evaluate("scrollY") > 0
        page.keyboard.press("Tab")
        assert page.evaluate("id => document.getElementById(id).contains(document.activeElement)", href[1:]), href
    assert page.locator("a.skip-panel").count() == 0, "a short panel has no link past itself"


def test_at_300_cards_the_cards_are_a_few_tab_presses_away(big_page: Page, big_url: str,
                                                          axe_violations: Callable[..., list[str]]) -> None:
    """The accessibility review's count: 1,038 presses of Tab from the top of the page to the first card. Now the
    last section's link is reached in fewer than 20, and a long panel's first tab stop leads past it."""
    page = big_page
    page.goto(big_url + "index.html", wait_until="load")
    assert page.locator(".figure").count() > 700 and page.locator(".tl-entry").count() > 200
    presses = 0
    while presses < 40:
        page.keyboard.press("Tab")
        presses += 1
        if page.evaluate("document.activeElement.getAttribute('href')") == "#s-diplomacy":
            break
    assert presses < 20, presses
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "s-diplomacy" and in_view(page, "s-diplomacy")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == "Diplomacy"  # the section's heading, then its cards
    # the panels: each one's first tab stop leads past it, to what follows
    assert follow(page, "nav.toc a[href='#figures']") == "figures"
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == "Skip the figures"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "timeline" and in_view(page, "timeline")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == "Skip the timeline"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "s-defence" and in_view(page, "s-defence")
    skips = page.locator("a.skip-panel")
    sizes = skips.evaluate_all("els => els.map(el => [el.getBoundingClientRect().width, "
                               "el.getBoundingClientRect().height])")
    assert len(sizes) == 2 and all(width >= 24 and height >= 24 for width, height in sizes), sizes  # seen, to aim at
    assert axe_violations(page, ["nav.toc", ".panel-head"]) == []


def test_the_ways_around_follow_the_filter(big_page: Page, big_url: str) -> None:
    """Filtered to one section, "On this page" lists only the parts shown, and a panel's link past itself leads to
    the next part shown (the first section's cards are hidden)."""
    page = big_page
    page.goto(big_url + "index.html", wait_until="load")
    page.get_by_role("button", name=re.compile("^Energy")).click()
    expect(page.locator("nav.toc a:visible")).to_have_text(["Key figures", "Timeline", "Energy"])
    assert page.locator("a.skip-panel").evaluate_all("els => els.map(el => el.getAttribute('href'))") == [
        "#timeline", "#s-energy"]
    page.evaluate("window.scrollTo(0, 0)")
    assert follow(page, "#timeline a.skip-panel") == "s-energy" and in_view(page, "s-energy")
    page.get_by_role("button", name="All").click()
    expect(page.locator("nav.toc a:visible")).to_have_count(6)
    assert page.locator("a.skip-panel").evaluate_all("els => els.map(el => el.getAttribute('href'))") == [
        "#timeline", "#s-defence"]


def shows_one_section(page: Page, category: str, name: str, status: str) -> None:
    """`page` shows `category` alone: its button pressed, its cards, figures and timeline entries, its status line,
    and "On this page" lists the parts shown."""
    buttons = page.locator("nav.filter button")
    expect(buttons).to_have_count(5)
    expect(page.locator("nav.filter button[aria-pressed=true]")).to_have_count(1)
    expect(page.get_by_role("button", name=name)).to_have_attribute("aria-pressed", "true")
    for selector in (".figure", ".tl-entry", ".category-section"):
        shown = page.eval_on_selector_all(f"main {selector}:not([hidden])", "els => els.map(e => e.dataset.category)")
        assert set(shown) == {category}, selector
    expect(page.locator("nav.filter [role=status]")).to_have_text(status)
    expect(page.locator("nav.toc a:visible")).to_have_text(["Key figures", "Timeline", name])


def shows_everything(page: Page) -> None:
    expect(page.get_by_role("button", name="All")).to_have_attribute("aria-pressed", "true")
    for selector in (".card-item", ".figure", ".tl-entry", "nav.toc a"):
        expect(page.locator(f"{selector}:visible")).to_have_count(page.locator(selector).count())


ENERGY = "Showing Energy: 2 facts, 1 figure, 1 timeline entry."


def test_the_filter_keeps_its_section_in_the_address(pages: Pages) -> None:
    """Choosing a section puts it in the address, in place of the page's (no new history entry); a reload, and the
    address opened in a browser of its own (a shared link), show that section; "All" takes it out."""
    page = pages.open("index.html")
    shows_everything(page)
    length = page.evaluate("history.length")
    page.get_by_role("button", name="Energy").click()
    expect(page).to_have_url(pages.site_url + "index.html?category=energy")
    shows_one_section(page, "energy", "Energy", ENERGY)
    assert page.evaluate("history.length") == length
    page.reload()
    shows_one_section(page, "energy", "Energy", ENERGY)
    shared = pages.open("index.html?category=defence", width=1024)  # a context of its own: nothing but the address
    shows_one_section(shared, "defence", "Defence", "Showing Defence: 3 facts, 1 figure, 1 timeline entry.")
    page.get_by_role("button", name="All").click()
    expect(page).to_have_url(pages.site_url + "index.html")
    shows_everything(page)


def test_the_section_and_the_in_page_links_share_the_address(pages: Pages) -> None:
    """The section is the address's query and "On this page" its fragment: each keeps the other, and going back
    and forward shows the section of each entry of the history."""
    page = pages.open("index.html", reduced_motion="reduce")
    page.locator("nav.toc").get_by_role("link", name="Timeline").click()
    expect(page).to_have_url(pages.site_url + "index.html#timeline")
    page.get_by_role("button", name="Defence").click()
    expect(page).to_have_url(pages.site_url + "index.html?category=defence#timeline")
    page.locator("nav.toc").get_by_role("link", name="Defence").click()
    expect(page).to_have_url(pages.site_url + "index.html?category=defence#s-defence")
    assert page.evaluate("document.activeElement.id") == "s-defence"
    defence = "Showing Defence: 3 facts, 1 figure, 1 timeline entry."
    shows_one_section(page, "defence", "Defence", defence)
    page.go_back()
    expect(page).to_have_url(pages.site_url + "index.html?category=defence#timeline")
    shows_one_section(page, "defence", "Defence", defence)
    page.go_back()
    expect(page).to_have_url(pages.site_url + "index.html")
    shows_everything(page)
    page.go_forward()
    expect(page).to_have_url(pages.site_url + "index.html?category=defence#timeline")
    shows_one_section(page, "defence", "Defence", defence)
    assert pages.errors(page) == []


def test_the_address_keeps_its_other_parameters_as_written(pages: Pages) -> None:
    """A query the page came with (a campaign's tag, a flag) stays as it was written: not decoded and encoded again
    (`a%20b` as `a+b`, `flag` as `flag=`)."""
    page = pages.open("index.html?utm=a%20b&flag")
    page.get_by_role("button", name="Energy").click()
    expect(page).to_have_url(pages.site_url + "index.html?utm=a%20b&flag&category=energy")
    page.get_by_role("button", name="Defence").click()
    expect(page).to_have_url(pages.site_url + "index.html?utm=a%20b&flag&category=defence")
    page.get_by_role("button", name="All").click()
    expect(page).to_have_url(pages.site_url + "index.html?utm=a%20b&flag")


def test_where_the_address_cannot_change_an_in_page_link_keeps_the_section(pages: Pages) -> None:
    """A browser refusing `history.replaceState`: the filter works all the same, and an in-page link (whose
    popstate finds no section in the address) does not take it back to all sections."""
    page = pages.get(width=1111, reduced_motion="reduce")  # a page of its own: its script stays with it
    page.add_init_script("history.replaceState = () => { throw new Error('refused'); };")
    page = pages.open("index.html", width=1111, reduced_motion="reduce")
    page.get_by_role("button", name="Energy").click()
    expect(page).to_have_url(pages.site_url + "index.html")
    page.locator("nav.toc").get_by_role("link", name="Timeline").click()
    expect(page).to_have_url(pages.site_url + "index.html#timeline")
    shows_one_section(page, "energy", "Energy", ENERGY)


def test_an_address_with_a_section_and_its_place_shows_both(pages: Pages) -> None:
    """A link to a section's cards, filtered to it (?category=energy#s-energy): the section shown, scrolled to."""
    page = pages.open("index.html?category=energy#s-energy", reduced_motion="reduce")
    shows_one_section(page, "energy", "Energy", ENERGY)
    expect(page.locator("#s-energy")).to_be_in_viewport()
    assert page.evaluate("scrollY") > 0


@pytest.mark.parametrize("query", ["category=nope", "category=Energy", "category=", "category=energy%20",
                                   "section=energy"])
def test_a_section_the_page_does_not_have_is_ignored(pages: Pages, query: str) -> None:
    """An address naming no section of the page (or not as its id, or under another name) shows everything, says
    nothing, and is left as it is."""
    page = pages.open(f"index.html?{query}")
    shows_everything(page)
    expect(page.locator("nav.filter [role=status]")).to_have_text("")
    expect(page).to_have_url(f"{pages.site_url}index.html?{query}")


def test_without_the_script_an_address_with_a_section_shows_everything(pages: Pages) -> None:
    """The query is the script's: without it the page is whole, and the section links go to the category pages."""
    page = pages.open("index.html?category=energy", java_script_enabled=False)
    expect(page.locator("nav.filter button")).to_have_count(0)
    for selector in (".card-item", ".figure", ".tl-entry", "nav.toc a"):
        expect(page.locator(f"{selector}:visible")).to_have_count(page.locator(selector).count())
    page.locator("nav.filter").get_by_role("link", name="Energy 2").click()
    expect(page).to_have_url(pages.site_url + "energy/index.html")


def test_a_section_with_no_cards_leaves_no_heading_over_nothing(browser: Browser, guard: Guard,
                                                                tmp_path_factory: pytest.TempPathFactory) -> None:
    """Filtered to a section with no cards yet, "On this page" has no part to list: it goes, heading and all, and
    comes back with "All"."""
    site = copy_site("seed", tmp_path_factory.mktemp("empty"))
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8").replace(
        "categories:\n", "categories:\n  - id: sport\n    label: Sport\n", 1), "utf-8")
    assert build(site) == 0
    context = new_context(browser, guard, viewport={"width": 1280, "height": 900})
    with serve_under(site / "output", "/") as url:
        page = context.new_page()
        page.goto(url + "index.html?category=sport", wait_until="load")
        expect(page.get_by_role("button", name=re.compile("^Sport"))).to_have_attribute("aria-pressed", "true")
        expect(page.locator("nav.toc")).to_be_hidden()
        page.get_by_role("button", name="All").click()
        expect(page.locator("nav.toc")).to_be_visible()
    context.close()


"""Script-laden content, built and opened in a real browser: no dialog opens, no script error, no policy breach."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Dialog

from tests.browser.support import Guard, new_context
from tests.conftest import build
from tests.linkcheck import serve_under
from tests.test_hostile import add_hostile_content


def test_hostile_card_runs_no_script_in_the_browser(browser: Browser, guard: Guard, village_site: Path) -> None:
    site = add_hostile_content(village_site)
    assert build(site) == 0
    context = new_context(browser, guard)
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        with serve_under(site / "output", "/village/") as base:
            for path in ("", "politics/", "politics/hostile/", "source/"):
                page.goto(base + path, wait_until="load")
                for link in page.locator("main a").all()[:30]:
                    link.hover()
                page.keyboard.press("Tab")
                assert page.evaluate("() => document.querySelectorAll('script:not([src]):not([type])').length") == 0
            page.goto(base, wait_until="load")  # the filter's status line, in the site's (hostile) words
            page.locator("nav.filter button").nth(1).click()
            status = page.locator("nav.filter [role=status]")
            assert "<script>alert('x')</script>" in status.inner_text() and status.locator("*").count() == 0
            assert "<script>alert('x')</script>" in page.inner_text("main")  # shown as text ...
    finally:
        context.close()
    assert dialogs == []  # ... and never runs
    assert errors == []


def test_the_filter_script_fills_the_site_s_words_as_the_build_does(browser: Browser, guard: Guard,
                                                                     village_site: Path) -> None:
    """A doubled brace is a brace of its own, a placeholder the word does not take stays as written, and a
    placeholder in a section's name is that name's text: one pass, as words.substitute."""
    settings = village_site / "site.yaml"
    settings.write_text(settings.read_text("utf-8") + 'words:\n  showing_one: "{{{section}}} has {counts} {{n}}"\n'
                        '  facts: ["{n} fact {{one}}", "{n} facts {{more}}"]\n', "utf-8")
    assert build(village_site) == 0
    context = new_context(browser, guard)
    page = context.new_page()
    try:
        with serve_under(village_site / "output", "/village/") as base:
            page.goto(base, wait_until="load")
            page.get_by_role("button", name="Politics").click()
            assert page.locator("nav.filter [role=status]").inner_text() == (
                "{Politics} has 3 facts {more}, 2 figures, 2 timeline entries {n}")
    finally:
        context.close()


def test_a_word_longer_than_the_page_breaks_inside_it(browser: Browser, guard: Guard, village_site: Path) -> None:
    """A category label of 100 letters made its menu link 1,518 px wide on a 375 px phone, on every page, and a
    summary's code of 400 letters 5,552 px: both now break inside the page."""
    settings = village_site / "site.yaml"
    settings.write_text(settings.read_text("utf-8").replace("label: Economy", f"label: {'W' * 100}"), "utf-8")
    card = village_site / "content/politics/mayor.yaml"
    card.write_text(card.read_text("utf-8").replace("summary: Mayor", f"summary: Mayor `{'W' * 400}`", 1), "utf-8")
    assert build(village_site) == 0
    context = new_context(browser, guard)
    page = context.new_page()
    try:
        with serve_under(village_site / "output", "/village/") as base:
            for width in (375, 1280):
                page.set_viewport_size({"width": width, "height": 800})
                for path in ("", "politics/mayor/"):
                    page.goto(base + path, wait_until="load")
                    assert page.evaluate("document.documentElement.scrollWidth") <= width, (width, path)
    finally:
        context.close()

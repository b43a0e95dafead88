"""Summary links within the site: each leads to a page or file the build makes, or is reported with a guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.links import SitePages
from tests.conftest import build, copy_site

FILES = [("energy", "content/energy/tapi.yaml"), ("energy", "content/energy/casa-1000.yml"),
         ("defence", "content/defence/mi-17.yaml")]


@pytest.fixture
def pages(tmp_path: Path) -> SitePages:
    (tmp_path / "templates/assets/maps").mkdir(parents=True)
    (tmp_path / "templates/assets/maps/route.svg").write_text("<svg/>", "utf-8")
    return SitePages(tmp_path, ("energy", "defence"), FILES)


@pytest.mark.parametrize("href", [
    "../casa-1000/", "../casa-1000", "../casa-1000/index.html", "../../defence/mi-17/", "../../", "../../index.html",
    "../", "./", "../../source/", "../../source/#q-energy--tapi", "../../source/index.html#anything", "../../cards.json",
    "../../assets/style.css", "../../assets/maps/route.svg", "#top", "?q=1", "/elsewhere/", "https://example.org/x",
    "mailto:desk@example.org", "//cdn.example.org/x",
])
def test_links_that_lead_somewhere_or_are_not_the_site_s(pages: SitePages, href: str) -> None:
    assert pages.problem("energy/tapi/", href) is None


@pytest.mark.parametrize(("href", "message"), [
    ("../casa-100/", "summary links to '../casa-100/', which is no page of this site (did you mean '../casa-1000/'?)"),
    ("../../defense/mi-17/", "summary links to '../../defense/mi-17/', which is no page of this site "
                             "(did you mean '../../defence/mi-17/'?)"),
    ("../../nowhere-at-all/x/", "summary links to '../../nowhere-at-all/x/', which is no page of this site"),
    ("../../../secret/", "summary links to '../../../secret/', which leads out of the site"),
    ("../../assets/missing.png", "summary links to '../../assets/missing.png', which is no page of this site"),
    ("../tapi.yaml", "summary links to '../tapi.yaml', which is no page of this site"),  # the card file, not its page
    ("../casa-1000/index.html/", "summary links to '../casa-1000/index.html/', which is no page of this site"),
    ("../../index.html/", "summary links to '../../index.html/', which is no page of this site"),  # (a file: no folder)
    ("../../cards.json/", "summary links to '../../cards.json/', which is no page of this site"),
    ("../../source/#q-energy--tapii", "summary links to '../../source/#q-energy--tapii', the passage of no card "
                                      "(did you mean '#q-energy--tapi'?)"),
    ("../../source/#q-defence--tapi", "summary links to '../../source/#q-defence--tapi', the passage of no card "
                                      "(did you mean '#q-energy--tapi'?)"),
    ("../../source/#q-x--nothing-near", "summary links to '../../source/#q-x--nothing-near', the passage of no card "
                                        "(a card's is #q-<category>--<slug>)"),
    # a colon after what is no scheme: a page's name (browsers read them so), which was let be unchecked
    ("%6Aavascript:alert(1)", "summary links to '%6Aavascript:alert(1)', which is no page of this site"),
    ("ja vascript:x", "summary links to 'ja vascript:x', which is no page of this site"),
])
def test_links_that_lead_nowhere(pages: SitePages, href: str, message: str) -> None:
    assert pages.problem("energy/tapi/", href) == message


@pytest.mark.parametrize(("other", "guess"), [
    ("defence/tapi", "energy/tapi"),  # the right slug in the wrong category
    ("tapi", "energy/tapi"), ("Energy/TAPI", "energy/tapi"), ("energy/tapi.yaml", "energy/tapi"),
    ("content/defence/mi-17.yaml", "defence/mi-17"), ("energy/casa-100", "energy/casa-1000"),
])
def test_a_related_card_named_almost_right_gets_a_guess(pages: SitePages, other: str, guess: str) -> None:
    assert pages.related_problem("energy/another", other) == (
        f"related names '{other}', which is no card of this site (did you mean '{guess}'?)")
    assert pages.related_problem("energy/tapi", "defence/tapi") == (  # its own slug: never itself as the guess
        "related names 'defence/tapi', which is no card of this site (a card is named category/slug)")
    assert pages.related_problem("energy/tapi", "x/nothing-near") == (
        "related names 'x/nothing-near', which is no card of this site (a card is named category/slug)")


def test_the_sitemap_is_a_page_of_the_site_only_when_site_yaml_gives_its_url(tmp_path: Path) -> None:
    """Without `url` no sitemap.xml is built: a link to it was let through, to a page that does not exist."""
    assert SitePages(tmp_path, ("energy",), FILES).problem("energy/tapi/", "../../sitemap.xml") is None
    assert SitePages(tmp_path, ("energy",), FILES, sitemap=False).problem("energy/tapi/", "../../sitemap.xml") == (
        "summary links to '../../sitemap.xml', which is no page of this site")
    site = copy_site("village", tmp_path)
    card = site / "content/politics/mayor.yaml"
    card.write_text(card.read_text("utf-8").replace("summary: Mayor Ana Ruiz welcomed the vote.",
                                                    "summary: See the [map](../../sitemap.xml)."), "utf-8")
    assert build(site) == 0 and (site / "output/sitemap.xml").is_file()
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8").replace('url: "https://news.example.org"\n', ""), "utf-8")
    assert build(site) == 1


def test_a_card_linked_to_is_renamed_and_the_card_that_links_to_it_is_reported_though_unchanged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The linking card comes from the build cache (its file did not change): it is checked again all the same,
    since the card files listed changed."""
    site = copy_site("village", tmp_path)
    assert build(site) == 0
    (site / "content/economy/cost.yaml").rename(site / "content/economy/the-cost.yaml")
    assert build(site) == 1
    assert capsys.readouterr().err.splitlines() == [
        "content/politics/council-vote.yaml:4:10: summary links to '../../economy/cost/', which is no page of this "
        "site (did you mean '../../economy/the-cost/'?)",
        "1 problem found; nothing was written.",
    ]


def test_a_link_with_a_tab_or_line_break_in_it_is_checked_as_browsers_read_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    card = site / "content/politics/mayor.yaml"
    card.write_text(card.read_text("utf-8").replace("summary: Mayor Ana Ruiz welcomed the vote.",
                                                    'summary: \'Mayor <a href="../works-startt&#10;/">Ana</a> Ruiz.\''),
                    "utf-8")
    assert build(site) == 1
    assert capsys.readouterr().err.splitlines() == [
        "content/politics/mayor.yaml:2:10: summary links to '../works-startt/', which is no page of this site "
        "(did you mean '../works-start/'?)",
        "1 problem found; nothing was written.",
    ]


def test_a_broken_link_is_placed_at_itself_not_at_a_longer_link_it_starts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    card = site / "content/politics/mayor.yaml"
    card.write_text(card.read_text("utf-8").replace(
        "summary: Mayor Ana Ruiz welcomed the vote.",
        "summary: See [it](../../source/#q-politics--works-start) and [this](../../source/#q-politics--works)."),
        "utf-8")
    assert build(site) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "content/politics/mayor.yaml:2:69: summary links to '../../source/#q-politics--works', the passage of no card "
        "(did you mean '#q-politics--works-start'?)")


def test_a_link_written_with_backslashes_is_named_and_placed_as_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It was named '..%5Cmayor%5C', as Markdown made it, and placed at the summary's start, four lines above."""
    site = copy_site("village", tmp_path)
    (site / "content/politics/bs.yaml").write_text(
        "title: t\nsummary: |\n  First line.\n\n  See [the visit](..\\\\mayor\\\\) here.\nsource_quote: "
        "'Mayor Ana Ruiz called it \"a bridge to the next century\".'\n", "utf-8")
    assert build(site) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "content/politics/bs.yaml:5:19: summary links to '..\\mayor\\', which is no page of this site (a link's folders "
        "are parted by '/', not '\\')")

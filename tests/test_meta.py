"""Search and social metadata: JSON-LD escaped for a data block, canonical/Open Graph URLs, sitemap.xml, robots.txt."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from generator.load import load_site
from generator.meta import PageInfo, script_json
from generator.model import Card, Site
from tests.conftest import ROOT, build
from tests.html_tree import parse

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- x", "a & b", "line\u2028sep", "é “q”"])
def test_script_json_cannot_end_the_script_block_and_round_trips(text: str) -> None:
    out = str(script_json({"headline": text}))
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"headline": text}


def test_a_page_s_description_and_structured_data_are_made_once_and_only_if_read(seed_site: Path) -> None:
    """A site's own templates may show neither (the card page's description is its summary as plain text)."""
    site = load_site(seed_site)
    card = site.cards[0]
    made: list[str] = []

    def describe() -> str:
        made.append(card.title)
        return "<described>"

    page = PageInfo(card.folder + "index.html", card.folder, card.title, describe, "/x/", "csp", site, "card.html",
                    card)
    assert (page.title, page.og_type, made) == (card.title, "article", [])
    assert '"description":"\\u003cdescribed\\u003e"' in page.json_ld and page.description == "<described>"
    assert made == [card.title]
    plain = PageInfo("404.html", "", "Not found", "about", "/404.html", "csp", None)
    assert (plain.og_type, plain.json_ld, plain.description) == ("website", "", "about")


@pytest.fixture
def village_out(village_site: Path) -> Path:
    assert build(village_site) == 0
    return village_site / "output"


def test_sitemap_lists_every_page_with_absolute_urls(village_out: Path) -> None:
    root = ET.fromstring((village_out / "sitemap.xml").read_bytes())
    locs = [loc.text or "" for loc in root.iter(f"{SITEMAP}loc")]
    pages = sorted(p.relative_to(village_out).as_posix() for p in village_out.rglob("index.html"))
    assert sorted(locs) == sorted(f"https://news.example.org/village/{p.removesuffix('index.html')}" for p in pages)
    assert locs[0] == "https://news.example.org/village/"
    assert (village_out / "robots.txt").read_text() == (
        "User-agent: *\nAllow: /\nSitemap: https://news.example.org/village/sitemap.xml\n")


def test_canonical_and_open_graph_use_the_public_url(village_out: Path) -> None:
    card_page = next(p for p in village_out.rglob("index.html") if p.parent.parent.parent == village_out)
    folder = card_page.parent.relative_to(village_out).as_posix()
    doc = parse(card_page.read_bytes())
    url = f"https://news.example.org/village/{folder}/"
    assert doc.find("link", rel="canonical").attrs["href"] == url
    assert doc.find("meta", property="og:url").attrs["content"] == url
    assert doc.find("meta", property="og:type").attrs["content"] == "article"
    title = doc.find("title").text()
    assert doc.find("meta", property="og:title").attrs["content"] == title
    assert doc.find("meta", name="twitter:card").attrs["content"] == "summary"  # X reads the og: title and text
    assert not doc.find_all("meta", name="twitter:title") and not doc.find_all("meta", name="twitter:description")
    data = json.loads(doc.find("script", type="application/ld+json").text())
    assert data["@type"] == "NewsArticle" and data["url"] == url
    assert data["headline"] == title.split(" · ")[0]
    assert data["isBasedOn"] == {"@type": "NewsArticle", "headline": "Bridge vote splits the village",
                                "datePublished": "2024-03-09",
                                "publisher": {"@type": "Organization", "name": "The Example Gazette"}}
    assert data["isPartOf"]["url"] == "https://news.example.org/village/"


def test_the_404_page_claims_no_address(village_out: Path) -> None:
    """It named the front page as its canonical address and og:url: a search engine could take one for the other.
    A site's own base.html from before still gets the front page's address there, not an empty one."""
    doc = parse((village_out / "404.html").read_bytes())
    assert doc.find_all("link", rel="canonical") == [] and doc.find_all("meta", property="og:url") == []
    assert parse((village_out / "index.html").read_bytes()).find("link", rel="canonical").attrs["href"] == \
        "https://news.example.org/village/"
    site = village_out.parent
    (site / "templates").mkdir(exist_ok=True)
    base = (ROOT / "generator/templates/base.html").read_text("utf-8").replace(' and page.path != "404.html"', "")
    (site / "templates/base.html").write_text(base, "utf-8")
    assert build(site) == 0
    doc = parse((village_out / "404.html").read_bytes())
    assert doc.find("link", rel="canonical").attrs["href"] == "https://news.example.org/village/"


def test_without_url_there_is_no_sitemap_and_no_canonical(seed_site: Path) -> None:
    assert "url" not in yaml.safe_load((seed_site / "site.yaml").read_text("utf-8"))
    assert build(seed_site) == 0
    out = seed_site / "output"
    assert not (out / "sitemap.xml").exists()
    assert (out / "robots.txt").read_text() == "User-agent: *\nAllow: /\n"
    doc = parse((out / "index.html").read_bytes())
    assert doc.find_all("link", rel="canonical") == [] and doc.find_all("meta", property="og:url") == []
    data = json.loads(doc.find("script", type="application/ld+json").text())
    assert "url" not in data and data["@type"] == "NewsArticle"


def test_hostile_title_stays_data_in_json_ld(village_site: Path) -> None:
    yaml = village_site / "site.yaml"
    evil = '</script><script>alert(1)</script> & <!--'
    yaml.write_text(yaml.read_text().replace('title: "Village votes', f'title: "{evil} Village votes', 1))
    assert build(village_site) == 0
    doc = parse((village_site / "output" / "index.html").read_bytes())
    scripts = doc.find_all("script")
    assert [s.attrs.get("type") for s in scripts if "src" not in s.attrs] == ["application/ld+json"]
    assert json.loads(scripts[0].text())["headline"].startswith(evil)


def test_cards_json_takes_the_last_builds_lines_only_for_unchanged_cards(village_site: Path) -> None:
    from generator.load import load_site
    from generator.meta import cards_json, previous_lines

    site = load_site(village_site)
    data = cards_json(site)
    order = [card.path for card in site.cards]
    mayor = next(card for card in site.cards if card.slug == "mayor")
    lines = previous_lines(data.replace(b'"Ana Ruiz"', b'"A. Ruiz"'), order, {mayor.path})  # as if from before
    assert lines is not None
    line = lines(mayor)
    assert line is not None and b'"A. Ruiz"' in line
    assert all(lines(card) is None for card in site.cards if card is not mayor)  # changed: encoded again
    again = cards_json(site, lines)
    assert again == data.replace(b'"Ana Ruiz"', b'"A. Ruiz"') != data  # the mayor's line came from `data`
    assert json.loads(again)["cards"][0].keys() == json.loads(data)["cards"][0].keys()
    assert previous_lines(data, order[:-1], {mayor.path}) is None  # another number of cards: nothing taken
    assert previous_lines(None, order, {mayor.path}) is None and previous_lines(data, order, set()) is None


def test_cards_json_of_an_edit_is_the_last_one_with_the_changed_cards_lines_made_again(village_site: Path,
                                                                                       tmp_path: Path) -> None:
    import dataclasses
    import mmap

    from generator.load import load_site
    from generator.meta import cards_json, spliced_cards_json

    site = load_site(village_site)
    data = cards_json(site)
    (tmp_path / "cards.json").write_bytes(data)
    with open(tmp_path / "cards.json", "rb") as file:
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    order = [card.path for card in site.cards]

    def spliced(now: Site, last: bytes | mmap.mmap, old: list[str], changed: list[Card]) -> bytes | None:
        pieces = spliced_cards_json(now, last, old, [card.path for card in now.cards], changed)
        return None if pieces is None else b"".join(pieces)

    for at in (0, 1, len(site.cards) - 1):  # the first line, one between, and the last (no comma after it)
        edited = dataclasses.replace(site.cards[at], title="Edited", summary="A new summary.")
        now = dataclasses.replace(site, cards=(*site.cards[:at], edited, *site.cards[at + 1:]))
        assert spliced(now, data, order, [edited]) == cards_json(now) != data
        assert spliced(now, mapped, order, [edited]) == cards_json(now)  # the file's map: the same
        assert spliced(now, data, order, [edited] * 9) == cards_json(now)  # many: by a dict
    both = [dataclasses.replace(site.cards[at], title=f"Edited {at}") for at in (0, 2)]
    now = dataclasses.replace(site, cards=(both[0], site.cards[1], both[1], *site.cards[3:]))
    assert spliced(now, mapped, order, both[::-1]) == cards_json(now)
    assert spliced(site, data, order, []) == data
    assert spliced(site, data, order[::-1], []) is None  # the cards in another order
    assert spliced(dataclasses.replace(site, title="Another title"), data, order, []) is None
    fewer = dataclasses.replace(site, cards=site.cards[1:])
    assert spliced(fewer, data, order[1:], []) is None  # not the last file's cards


def test_a_hand_edited_cards_json_is_not_reused(village_site: Path, tmp_path: Path) -> None:
    assert build(village_site) == 0
    out = village_site / "output"
    cards = out / "cards.json"
    cards.write_bytes(cards.read_bytes().replace(b"Ana Ruiz", b"Ana RUIZ"))  # same size, new mtime
    card = village_site / "content/economy/cost.yaml"
    card.write_text(card.read_text("utf-8").replace("title: ", "title: Edited "), "utf-8")
    assert build(village_site) == 0
    assert b"Ana RUIZ" not in cards.read_bytes() and b"Ana Ruiz" in cards.read_bytes()
    assert b"Edited" in cards.read_bytes()


def test_cards_json_gives_the_site_s_address_and_the_article_s_author(village_site: Path) -> None:
    """`cards.json` is all the data for other tools: site.yaml's `url` and `source.author` were left out."""
    settings = village_site / "site.yaml"
    settings.write_text(settings.read_text("utf-8").replace('  date: "2024-03-09"', '  date: "2024-03-09"\n'
                                                            '  author: "Ana Writer"'), "utf-8")
    assert build(village_site) == 0
    about = json.loads((village_site / "output/cards.json").read_text("utf-8"))["site"]
    assert (about["url"], about["base_url"], about["source"]["author"]) == (
        "https://news.example.org", "/village/", "Ana Writer")


@pytest.mark.parametrize("url", ["https://news.example.org/x/", ""])
def test_a_card_page_s_structured_data_is_the_same_as_encoded_whole(village_site: Path, url: str) -> None:
    """A card page's JSON-LD is put together from parts encoded once a site: the same text as encoding its whole
    structured data, whatever the card's title, tags and description hold."""
    import dataclasses

    from generator.meta import card_json_ld, json_ld

    site = load_site(village_site)
    site = dataclasses.replace(site, url=url, description=site.description + " </script> & \u2028")
    hostile = dataclasses.replace(site.cards[0], title="</script><b>“q” & \\u0000 \u2029", tags=("a\"b", "<i>"))
    untagged = dataclasses.replace(site.cards[1], tags=())
    for card in (*site.cards, hostile, untagged):
        for description in ("A summary’s words…", "", "<x> & \"y\""):
            whole = script_json(json_ld(site, "card.html", card.folder, card.title, description, card))
            assert card_json_ld(site, card.folder, description, card) == whole
    other = dataclasses.replace(site, title="Another briefing")  # a second site in the same process: its own parts
    card = other.cards[0]
    assert card_json_ld(other, card.folder, "d", card) == script_json(json_ld(other, "card.html", card.folder,
                                                                              card.title, "d", card))

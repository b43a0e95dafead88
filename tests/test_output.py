"""The output contract, checked on parsed HTML of the second fixture site (base_url /village/)."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.sourcetext import fold_text
from tests.conftest import build, copy_site, french_quote_site, synthetic
from tests.html_tree import Element, parse


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_site("village", tmp_path_factory.mktemp("village"))
    assert build(site) == 0
    return site / "output"


def page(out: Path, rel: str) -> Element:
    return parse((out / rel).read_bytes())


def test_every_page_exists(out: Path) -> None:
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert {"index.html", "politics/index.html", "economy/index.html", "source/index.html", "404.html",
            "cards.json", "politics/council-vote/index.html", "politics/mayor/index.html",
            "politics/works-start/index.html", "economy/cost/index.html", "assets/style.css"} <= files


def test_front_page_title_and_description(out: Path) -> None:
    doc = page(out, "index.html")
    assert doc.find("h1").clean_text() == "Village votes to rebuild the old bridge"
    assert doc.find("meta", name="description").attrs["content"] == "A small fixture briefing with two categories, used by the tests."
    assert doc.find("title").text() == "Village votes to rebuild the old bridge"


def test_pages_without_a_description_have_no_empty_one(tmp_path: Path) -> None:
    """site.yaml's and a category's descriptions are optional: no empty meta tags or JSON-LD field then."""
    site = copy_site("village", tmp_path)
    site_yaml = site / "site.yaml"
    site_yaml.write_text("".join(line for line in site_yaml.read_text("utf-8").splitlines(keepends=True)
                                 if "description:" not in line), "utf-8")
    assert build(site) == 0
    for rel in ("index.html", "politics/index.html", "economy/index.html", "404.html"):
        html = (site / "output" / rel).read_text("utf-8")
        assert "description" not in html, rel
    card = page(site / "output", "politics/mayor/index.html")
    assert card.find("meta", name="description").attrs["content"] == "Mayor Ana Ruiz welcomed the vote."


def test_a_right_to_left_language_sets_the_direction_of_every_page(out: Path, tmp_path: Path) -> None:
    assert all('<html lang="en">' in p.read_text("utf-8") for p in out.rglob("*.html"))  # no dir for left to right
    site = copy_site("village", tmp_path)
    site_yaml = site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text("utf-8") + 'language: "ar"\n', "utf-8")
    assert build(site) == 0
    pages = sorted((site / "output").rglob("*.html"))
    assert len(pages) == 9 and all('<html lang="ar" dir="rtl">' in p.read_text("utf-8") for p in pages)


def test_figures_panel(out: Path) -> None:
    panel = page(out, "index.html").find(id="figures")
    items = panel.find_all("li", class_="figure")
    def parts(li: Element) -> tuple[str, ...]:
        return tuple(li.find_all("span", class_=name)[0].clean_text() if li.find_all("span", class_=name) else ""
                     for name in ("figure-number", "figure-unit", "figure-change", "figure-label"))

    assert [parts(li) for li in items] == [
        ("7", "votes", "", "Councillors in favour"),
        ("2", "votes", "", "Councillors against"),
        ("€4.2 million", "", "", "Cost of the works"),
        ("18", "months", "", "Duration"),
        ("1.5 → to 2", "euros", "+33.3%* (worked out from the two numbers: the source does not give it)",
         "Toll per crossing"),  # a number of the briefing's, not the source's: it says so
    ]
    assert items[-1].find_all("span", class_="figure-change")[0].attrs["title"] == (
        "worked out from the two numbers: the source does not give it")
    legend = panel.find("p", class_="figure-legend")  # in sight too, not only in a tooltip and a screen reader's words
    assert legend.clean_text() == "* worked out from the two numbers: the source does not give it"
    assert legend.attrs["aria-hidden"] == "true"  # (a screen reader has it after each such change)
    assert page(out, "politics/index.html").find(id="figures").find_all("p", class_="figure-legend") == []  # none there
    assert [li.find("a").attrs["href"] for li in items] == [
        "politics/council-vote/index.html", "politics/council-vote/index.html",
        "economy/cost/index.html", "economy/cost/index.html", "economy/cost/index.html"]
    svg = items[-1].find("svg")
    assert svg.find("title").text() == (  # a tooltip, saying the change is worked out as the mark beside it does
        "Toll per crossing: from 1.5 euros to 2 euros, +33.3% (worked out from the two numbers: the source does not "
        "give it)")
    # the bars draw the numbers the text beside them says: hidden from screen readers, which would read them twice
    assert svg.attrs.get("aria-hidden") == "true" and "role" not in svg.attrs and "aria-label" not in svg.attrs
    assert len(svg.find_all("rect")) == 2


@pytest.mark.parametrize("stated, shown, given", [("a rise of 33%", "+33%", True), ("a rise of 33.3%", "+33.3%", True),
                                                  ("a rise of 30%", "+33.3%", False)])
def test_a_change_the_quote_states_is_shown_as_it_states_it(stated: str, shown: str, given: bool,
                                                            tmp_path: Path) -> None:
    """The page said '+33.3% (worked out from the two numbers: the source does not give it)' above a quote that gave
    the change: where the worked-out change rounds to the quote's, the quote's is shown, and is not said worked out."""
    site = copy_site("village", tmp_path)
    for rel in ("content/article.txt", "content/economy/cost.yaml"):
        text = (site / rel).read_text("utf-8")
        (site / rel).write_text(text.replace("from 1.5 to 2 euros a crossing", f"from 1.5 to 2 euros, {stated}"),
                                "utf-8")
    assert build(site) == 0
    for path in ("index.html", "economy/cost/index.html"):
        change = page(site / "output", path).find("ul", class_="figures").find_all("span", class_="figure-change")[-1]
        assert change.clean_text() == shown + ("" if given else
                                               "* (worked out from the two numbers: the source does not give it)")
        assert ("title" in change.attrs) is not given
    spoken = page(site / "output", "economy/cost/index.html").find("ul", class_="figures").find_all("title")[-1]
    assert spoken.text() == f"Toll per crossing: from 1.5 euros to 2 euros, {shown}" + (
        "" if given else " (worked out from the two numbers: the source does not give it)")


def test_a_quote_running_past_a_paragraph_s_end_is_two_paragraphs_on_its_card(tmp_path: Path) -> None:
    """The card page ran both into one paragraph (the source page shows them apart)."""
    site = copy_site("village", tmp_path)
    (site / "content/politics/mayor.yaml").write_text(
        "title: The mayor\nsummary: s\nsource_quote: |\n  Tolls would rise from 1.5 to 2 euros a crossing.\n\n"
        "  Mayor Ana Ruiz called it\n  \"a bridge to the next century\".\n", "utf-8")
    assert build(site) == 0
    quote = page(site / "output", "politics/mayor/index.html").find("blockquote")
    assert [p.clean_text() for p in quote.find_all("p")] == [
        "Tolls would rise from 1.5 to 2 euros a crossing.", "Mayor Ana Ruiz called it “a bridge to the next century”."]


def test_figures_marked_key_are_the_front_pages_panel(tmp_path: Path) -> None:
    """Every figure of every card made a panel of 30 tiles, the same fact twice among them: an editor picks."""
    site = copy_site("village", tmp_path)
    cost = site / "content/economy/cost.yaml"
    cost.write_text(cost.read_text("utf-8").replace("    unit: EUR\n", "    unit: EUR\n    key: true\n"), "utf-8")

    def labels(rel: str) -> list[str]:
        panel = page(site / "output", rel).find("ul", class_="figures")
        return [li.find_all("span", class_="figure-label")[0].clean_text() for li in panel.find_all("li")]

    assert build(site) == 0
    assert labels("index.html") == ["Cost of the works"]
    assert labels("economy/index.html") == ["Cost of the works", "Duration", "Toll per crossing"]  # all, as before
    assert labels("economy/cost/index.html") == ["Cost of the works", "Duration", "Toll per crossing"]
    cost.write_text(cost.read_text("utf-8").replace("    key: true\n", "    key: false\n"), "utf-8")
    assert build(site) == 0  # (a cached build)
    assert labels("index.html") == ["Councillors in favour", "Councillors against", "Cost of the works", "Duration",
                                    "Toll per crossing"]


def test_a_range_is_one_figure_on_the_page_and_in_cards_json(tmp_path: Path) -> None:
    site = copy_site("village", tmp_path)
    cost = site / "content/economy/cost.yaml"
    cost.write_text(cost.read_text("utf-8").replace("    value: 18\n", "    value: 18\n    value_max: 24\n"), "utf-8")
    assert build(site) == 0
    tile = page(site / "output", "economy/cost/index.html").find("ul", class_="figures").find_all("li")[1]
    assert [tile.find_all("span", class_=name)[0].clean_text() for name in ("figure-number", "figure-unit")] == [
        "18–24", "months"]
    cards = json.loads((site / "output/cards.json").read_text("utf-8"))["cards"]
    figure = next(card for card in cards if card["slug"] == "cost")["figures"][1]
    assert (figure["value"], figure["value_max"]) == (18, 24)


@pytest.mark.parametrize("article, written, shown", [
    ("from 1.50 to 2.00 euros", ("1.50", "2.00"), ("1.50", "2.00")),
    ("from 1.50 to 2,000.00 euros", ("1.50", "2_000.00"), ("1.50", "2,000.00")),  # YAML's separator
    ("from 1.50 to 2,000,000.50 euros", ("+1.50", "2000000.50"), ("1.50", "2,000,000.50")),  # not scaled: 2 million
])
def test_a_figure_keeps_the_zeros_it_is_written_with(article: str, written: tuple[str, str],
                                                     shown: tuple[str, str], tmp_path: Path) -> None:
    """YAML reads 1.50 as 1.5: the page shows the toll as the article and the card write it, 1.50 -> 2.00."""
    site = copy_site("village", tmp_path)
    for rel in ("content/article.txt", "content/economy/cost.yaml"):
        text = (site / rel).read_text("utf-8").replace("from 1.5 to 2 euros", article)
        (site / rel).write_text(text.replace("    from: 1.5\n    value: 2\n",
                                             f"    from: {written[0]}\n    value: {written[1]}\n"), "utf-8")
    assert build(site) == 0
    tile = page(site / "output", "economy/cost/index.html").find("ul", class_="figures").find_all("li")[2]
    assert tuple(tile.find_all("span", class_=name)[0].clean_text() for name in ("figure-from", "figure-value")) == (
        shown)
    figure = next(card for card in json.loads((site / "output/cards.json").read_text("utf-8"))["cards"]
                  if card["slug"] == "cost")["figures"][2]
    assert (figure["from"], figure["value"]) == (1.5, float(written[1].replace("_", "")))  # (numbers in the data)


def cold_build(site: Path, out: Path) -> Path:
    assert build(site, "--output", str(out), "--no-cache") == 0
    return out


def test_related_cards_chosen_by_hand_come_first(tmp_path: Path) -> None:
    """Related cards came only from shared tags: an editor could not pair the facts that belong together."""
    site = copy_site("village", tmp_path)

    def related(rel: str) -> list[str]:
        links = page(site / "output", rel).find("ul", class_="related").find_all("a")
        return [link.attrs["href"] for link in links]

    assert build(site) == 0
    by_tags = related("politics/council-vote/index.html")
    assert by_tags[-1] == "../../economy/cost/index.html"  # one tag shared, the last
    vote = site / "content/politics/council-vote.yaml"
    vote.write_text(vote.read_text("utf-8") + "related: [economy/cost]\n", "utf-8")
    assert build(site) == 0  # (a cached build)
    assert related("politics/council-vote/index.html") == ["../../economy/cost/index.html", *by_tags[:-1]]
    assert (site / "output/politics/council-vote/index.html").read_bytes() == (
        cold_build(site, tmp_path / "cold") / "politics/council-vote/index.html").read_bytes()
    data = json.loads((site / "output/cards.json").read_text("utf-8"))["cards"]
    assert next(card for card in data if card["slug"] == "council-vote")["related"] == ["economy/cost"]
    (site / "content/economy/cost.yaml").unlink()  # the card it names goes: an error, though it was not edited
    assert build(site) == 1


def test_timeline_is_ordered_with_precision_and_status(out: Path) -> None:
    timeline = page(out, "index.html").find(id="timeline")
    assert timeline.find("ol") is not None
    entries = timeline.find_all("li", class_="tl-entry")
    dates = [[t.attrs["datetime"] for t in li.find_all("time")] for li in entries]
    assert dates == [["2019", "2024"], ["2024-03-05"], ["2024-06"]]
    assert [li.find("p", class_="tl-date").clean_text() for li in entries] == [
        "2019–2024 inferred", "5 March 2024 inferred", "June 2024 expected inferred"]
    assert [sorted({"is-inferred", "is-expected"} & set(li.attrs["class"].split())) for li in entries] == [
        ["is-inferred"], ["is-inferred"], ["is-expected", "is-inferred"]]
    assert [li.find("p", class_="tl-cat").clean_text() for li in entries] == ["Economy", "Politics", "Politics"]
    titles = [li.find("a").clean_text() for li in entries]
    assert "The mayor: a bridge to the next century" not in titles  # undated cards are not on it
    # a category's page: every entry is of that category, so none repeats its label
    politics = page(out, "politics/index.html").find(id="timeline").find_all("li", class_="tl-entry")
    assert [li.find("a").clean_text() for li in politics] == ["Council votes 7–2 to rebuild", "Works to start in June"]
    assert [li.find_all("p", class_="tl-cat") for li in politics] == [[], []]


def test_cards_grouped_by_category_in_site_order(out: Path) -> None:
    doc = page(out, "index.html")
    sections = doc.find_all("section", class_="category-section")
    assert [s.attrs["id"] for s in sections] == ["s-politics", "s-economy"]
    politics = [a.attrs["href"] for a in sections[0].find_all("a") if a.parent and a.parent.tag == "h3"]
    assert politics == ["politics/council-vote/index.html", "politics/mayor/index.html",
                        "politics/works-start/index.html"]


def test_the_front_page_says_what_is_on_it_before_it(out: Path, tmp_path: Path) -> None:
    """At 300 cards a keyboard user pressed Tab 1,038 times to get past the figures and the timeline to the cards:
    "On this page", before the filter and the panels, links to each panel and to each section that has cards; where
    it leads can take the focus (as <main> does for the skip link)."""
    doc = page(out, "index.html")
    toc = doc.find("nav", class_="toc")
    assert doc.find(id=toc.attrs["aria-labelledby"]).clean_text() == "On this page"
    links = [(a.attrs["href"], a.clean_text()) for a in toc.find_all("a")]
    assert links == [("#figures", "Key figures"), ("#timeline", "Timeline"), ("#s-politics", "Politics"),
                     ("#s-economy", "Economy")]
    assert all(doc.find(id=href[1:]).attrs.get("tabindex") == "-1" for href, _ in links)
    order = [e for e in doc.iter() if e.attrs.get("class") in ("toc", "filter") or e.attrs.get("id") == "figures"]
    assert [e.attrs.get("id") or e.attrs["class"] for e in order] == ["toc", "filter", "figures"]
    # a section without cards has no place in it; a briefing of one part has no list
    site = copy_site("village", tmp_path)
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8") + "  - id: sport\n    label: Sport\n", "utf-8")
    assert build(site) == 0
    toc = page(site / "output", "index.html").find("nav", class_="toc")
    assert [a.attrs["href"] for a in toc.find_all("a")] == ["#figures", "#timeline", "#s-politics", "#s-economy"]
    from generator.cli import main

    one = tmp_path / "one"
    assert main(["new", str(one), "-q", "--category=votes"]) == 0
    assert build(one) == 0  # a card with a figure: the panel and the section
    toc = page(one / "output", "index.html").find("nav", class_="toc")
    assert [a.attrs["href"] for a in toc.find_all("a")] == ["#figures", "#s-votes"]
    card = next((one / "content/votes").glob("*.yaml"))
    text = card.read_text("utf-8")
    card.write_text(text[:text.index("figures:")], "utf-8")
    assert build(one) == 0  # the section alone
    assert page(one / "output", "index.html").find_all("nav", class_="toc") == []


def test_a_long_panel_starts_with_a_link_past_itself(out: Path, tmp_path: Path) -> None:
    """Hundreds of figures or timeline entries are as many tab stops: a panel of more than 20 starts with a link to
    what follows it (the timeline, the first section, a category's cards); a short one has none."""
    assert not [rel for rel in ("index.html", "politics/index.html")
                if page(out, rel).find_all("a", class_="skip-panel")]
    site = synthetic(tmp_path / "big", 40)
    assert build(site) == 0

    def skips(rel: str) -> dict[str, tuple[str, str]]:
        doc = page(site / "output", rel)
        found = {}
        for link in doc.find_all("a", class_="skip-panel"):
            panel = link.parent
            while panel is not None and panel.tag != "section":
                panel = panel.parent
            assert panel is not None and doc.find(id=link.attrs["href"][1:]).attrs.get("tabindex") == "-1"
            found[panel.attrs["id"]] = (link.clean_text(), link.attrs["href"])
        return found

    front = page(site / "output", "index.html")
    assert len(front.find_all("li", class_="figure")) > 20 and len(front.find_all("li", class_="tl-entry")) > 20
    assert skips("index.html") == {"figures": ("Skip the figures", "#timeline"),
                                   "timeline": ("Skip the timeline", "#s-defence")}
    energy = page(site / "output", "energy/index.html")
    assert len(energy.find_all("li", class_="figure")) > 20 and len(energy.find_all("li", class_="tl-entry")) <= 20
    assert skips("energy/index.html") == {"figures": ("Skip the figures", "#timeline")}


def test_summary_links_are_rewritten_where_shown(out: Path) -> None:
    def links(rel: str) -> list[str]:
        article = page(out, rel).find("article", aria_labelledby="c-politics--council-vote") if rel != \
            "politics/council-vote/index.html" else page(out, rel).find("div", class_="summary")
        return [a.attrs["href"] for a in article.find("div", class_="summary").find_all("a")] \
            if article.tag == "article" else [a.attrs["href"] for a in article.find_all("a")]

    assert links("politics/council-vote/index.html") == ["../../source/index.html", "../../economy/cost/index.html"]
    assert links("index.html") == ["source/index.html", "economy/cost/index.html"]
    assert links("politics/index.html") == ["../source/index.html", "../economy/cost/index.html"]


def test_card_page(out: Path) -> None:
    doc = page(out, "economy/cost/index.html")
    assert doc.find("h1").clean_text() == "€4.2 million over 18 months"
    assert doc.find("blockquote").clean_text() == ("The work will cost €4,200,000 and take 18 months, the council’s treasurer said. "
                                                  "Tolls would rise from 1.5 to 2 euros a crossing.")
    link = next(a for a in doc.find_all("a") if a.clean_text() == "See this passage in the source")
    assert link.attrs["href"] == "../../source/index.html#q-economy--cost"
    assert [li.clean_text() for li in doc.find("ul", class_="tags").find_all("li")] == ["Village council"]
    related = [a.attrs["href"] for a in doc.find("ul", class_="related").find_all("a")]
    assert related == ["../../politics/council-vote/index.html"]
    assert [t.attrs["datetime"] for t in doc.find("p", class_="meta").find_all("time")] == ["2019", "2024"]
    assert len(doc.find_all("li", class_="figure")) == 3
    assert not [a for li in doc.find_all("li", class_="figure") for a in li.find_all("a")]  # no link to this page
    front = page(out, "index.html").find("li", class_="figure", data_category="economy")
    assert front.find("a").attrs["href"] == "economy/cost/index.html"  # elsewhere a figure leads to its card


def test_titles_follow_the_page_s_direction_and_tags_their_own(out: Path) -> None:
    """A title is in the briefing's language, though it may start with a name in another script ('خالد محمود:
    envoy names the projects'): it keeps the page's direction (dir="auto" would set that whole English title right
    to left); the stylesheet isolates it where other words follow it. A tag is often a bare name: dir="auto"."""
    for rel in ("index.html", "politics/index.html", "economy/cost/index.html", "source/index.html"):
        doc = page(out, rel)
        holders = ([a for article in doc.find_all("article", class_="card-item") for a in article.find_all("h3")]
                   + doc.find_all("p", class_="tl-title") + doc.find_all("h1")
                   + [li.find("a") for ol in doc.find_all("ol", class_="cited") for li in ol.find_all("li")]
                   + [a for ul in doc.find_all("ul", class_="related") for a in ul.find_all("a")])
        assert holders and all("dir" not in element.attrs for element in holders), rel
    tags = page(out, "economy/cost/index.html").find("ul", class_="tags").find_all("li")
    assert tags and {li.attrs.get("dir") for li in tags} == {"auto"}

def test_a_title_in_another_script_is_isolated_in_the_page_s_title(tmp_path: Path) -> None:
    """In a tab or a shared link, '<card title> · <briefing>' would run right to left from an Arabic name at its
    start: that part is isolated (U+2068 ... U+2069); the heading, in the page's own direction, is as written."""
    site = copy_site("village", tmp_path)
    card = site / "content/politics/mayor.yaml"
    card.write_text(card.read_text("utf-8").replace('title: "The mayor:', 'title: "آنا رويز: the mayor:'), "utf-8")
    assert build(site) == 0
    doc = page(site / "output", "politics/mayor/index.html")
    shown = "\u2068آنا رويز: the mayor: a bridge to the next century\u2069 · Village votes to rebuild the old bridge"
    assert doc.find("title").clean_text() == shown
    assert doc.find("meta", property="og:title").attrs["content"] == shown
    assert doc.find("h1").clean_text() == "آنا رويز: the mayor: a bridge to the next century"
    assert page(site / "output", "politics/council-vote/index.html").find("title").clean_text() == (
        "Council votes 7–2 to rebuild · Village votes to rebuild the old bridge")  # one direction: as written
    badge = [a for a in page(site / "output", "source/index.html").find_all("a")
             if a.attrs.get("href") == "../politics/mayor/index.html" and "aria-label" in a.attrs]
    assert [a.attrs["aria-label"] for a in badge] == [  # not "<bdi>…</bdi>", which a screen reader read out
        "Fact 3: \u2068آنا رويز: the mayor: a bridge to the next century\u2069"]


def test_source_page_highlights_every_quote_and_links_its_badge(out: Path) -> None:
    doc = page(out, "source/index.html")
    article = doc.find("div", class_="article")
    marks = article.find_all("mark")
    highlighted = " ".join(m.clean_text() for m in marks)
    assert "The village council voted 7 to 2 on Tuesday to rebuild the old stone bridge" in highlighted
    assert "Works are expected to start in June." in highlighted
    assert [a for m in marks for a in m.find_all("a")] == [], "a passage is text: its badge is the link"
    badges = [sup.find("a") for sup in article.find_all("sup", class_="ref")]
    assert [a.attrs["href"] for a in article.find_all("a")] == [a.attrs["href"] for a in badges] == [
        "../politics/council-vote/index.html", "../economy/cost/index.html", "../politics/mayor/index.html",
        "../politics/works-start/index.html"], "one link for each fact, the badge after its passage"
    assert [a.clean_text() for a in badges] == ["1", "2", "3", "4"]
    assert badges[0].attrs["aria-label"] == "Fact 1: Council votes 7–2 to rebuild"
    anchors = {e.attrs["id"] for e in article.find_all("span", class_="anchor")}
    assert anchors == {"q-politics--council-vote", "q-economy--cost", "q-politics--mayor", "q-politics--works-start"}
    assert [p.clean_text()[:20] for p in article.find_all("p")] == [
        "OLDTOWN, March 9: Th", "The work will cost €", "Mayor Ana Ruiz calle"]


def source_with_card(tmp_path: Path, slug: str, title: str, quote: str) -> Element:
    """The source page's article, built from the village with one economy card more."""
    site = copy_site("village", tmp_path)
    (site / f"content/economy/{slug}.yaml").write_text(
        f'title: "{title}"\nsummary: More on it.\nsource_quote: "{quote}"\n', "utf-8")
    assert build(site) == 0
    return page(site / "output", "source/index.html").find("div", class_="article")


def test_a_passage_two_cards_quote_links_to_neither_alone(tmp_path: Path) -> None:
    """When quotes overlap, the run both cover is highlighted but is no link to the first card only (a reader
    would land on one of two facts): each card's numbered badge leads to it. Each passage starts inside its
    anchor, so the passage a "See this passage" link arrives at can be drawn as the target."""
    article = source_with_card(tmp_path, "tolls", "Tolls up by half a euro",
                               "Tolls would rise from 1.5 to 2 euros a crossing.")
    shared = [m for m in article.find_all("mark") if m.clean_text() == "Tolls would rise from 1.5 to 2 euros a crossing."]
    assert len(shared) == 1 and shared[0].find_all("a") == []
    badges = {a.attrs["href"] for a in article.find_all("sup", class_="ref") for a in a.find_all("a")}
    assert {"../economy/cost/index.html", "../economy/tolls/index.html"} <= badges
    for anchor in article.find_all("span", class_="anchor"):
        assert anchor.find_all("mark"), f"{anchor.attrs['id']} holds the start of its passage"
    tolls = article.find("span", id="q-economy--tolls")
    assert tolls.find("mark") is shared[0]
    # the cost card's passage goes on in that run: it names it, so that arriving at it outlines it all
    assert [m for m in article.find_all("mark") if "data-more" in m.attrs] == shared
    assert shared[0].attrs["data-more"] == "q-economy--cost"


def test_a_passage_across_a_paragraph_break_names_itself_where_it_goes_on(tmp_path: Path) -> None:
    article = source_with_card(tmp_path, "dispute", "An old dispute, a costly end",
                               "ending a dispute that has run since 2019. The work will cost €4,200,000")
    going_on = [(m.clean_text(), m.attrs["data-more"]) for m in article.find_all("mark") if "data-more" in m.attrs]
    assert going_on == [("The work will cost €4,200,000", "q-economy--dispute"),
                        ("and take 18 months, the council’s treasurer said. Tolls would rise from 1.5 to 2 euros a "
                         "crossing.", "q-economy--cost")]
    first = article.find("span", id="q-economy--dispute")
    assert first.clean_text() == "ending a dispute that has run since 2019."  # its first part, in the paragraph before
    # that paragraph ends with the passage's number and an arrow, for the eye (read as a fact of the one before)
    paragraph = article.find_all("p")[0]
    more = [sup for sup in paragraph.find_all("sup") if "ref-more" in sup.attrs["class"].split()]
    number = next(sup.clean_text() for sup in article.find_all("sup", class_="ref") for a in sup.find_all("a")
                  if a.attrs["href"] == "../economy/dispute/index.html")
    assert [(sup.clean_text(), sup.attrs["aria-hidden"], sup.find_all("a")) for sup in more] == [(f"{number}↓", "true", [])]
    assert paragraph.children[-1] is more[0]

SIGNED = "Nous avons signé l’accord ce matin"


@pytest.mark.parametrize("said, quote", [
    (f"«\u00a0{SIGNED}\u00a0»", f'"{SIGNED}", avant'),  # French spacing in the article, straight marks on the card
    (f'"{SIGNED}"', f"«\u00a0{SIGNED}\u00a0», avant"),  # and the reverse
    (f"«\u202f{SIGNED}\u202f»", f"«{SIGNED}», avant"),
    (f"»{SIGNED}«", f"“{SIGNED}”, avant"),
    (f"«{SIGNED}»", f"„{SIGNED}“, avant"),
])
def test_a_quote_builds_whatever_its_quote_marks_and_the_source_page_marks_it_from_mark_to_mark(
        tmp_path: Path, said: str, quote: str) -> None:
    """Guillemets are quote marks like the others, and French's spacing inside them is no difference: the passage
    highlighted is the article's, from its opening mark to the word after its closing one."""
    site = french_quote_site(tmp_path, said, quote)
    assert build(site) == 0
    article = page(site / "output", "source/index.html").find("div", class_="article")
    first = article.find_all("p")[0]
    assert "".join(mark.text() for mark in first.find_all("mark")) == f"{said}, avant"
    assert first.text().startswith(f"PARIS, 9 mars\u00a0: Le ministre a déclaré\u00a0: {said}, avant")
    assert first.find("span", class_="anchor").attrs["id"] == "q-politics--accord"


def test_cards_json(out: Path) -> None:
    data = json.loads((out / "cards.json").read_text("utf-8"))
    assert data["site"]["base_url"] == "/village/"
    assert data["site"]["categories"][0] == {"id": "politics", "label": "Politics", "description": ""}
    assert data["site"]["source"]["date"] == "2024-03-09"
    assert [c["url"] for c in data["cards"]] == ["/village/politics/council-vote/", "/village/politics/mayor/",
                                                 "/village/politics/works-start/", "/village/economy/cost/"]
    cost = data["cards"][3]
    assert cost["figures"][2] == {"label": "Toll per crossing", "value": 2, "value_max": None, "unit": "euros",
                                  "from": 1.5, "key": False, "hedge": None}
    assert list(cost) == ["slug", "category", "file", "url", "title", "summary", "source_quote", "passage",
                          "quote_start", "quote_end", "date", "date_end", "date_inferred", "date_expected", "figures",
                          "tags", "related"]  # (the README's order)
    assert cost["file"] == "content/economy/cost.yaml"
    article = (out.parent / "content/article.txt").read_text("utf-8")  # (LF, NFC: as the build reads it)
    for card in data["cards"]:  # the passage is where the offsets say, from the quote's first word to its last
        passage = article[card["quote_start"]:card["quote_end"]]
        assert fold_text(passage) == fold_text(card["source_quote"]), card["slug"]  # (quote marks as folded)
    assert cost["passage"] == "/village/source/#q-economy--cost"  # an anchor the source page has
    assert 'id="q-economy--cost"' in (out / "source/index.html").read_text("utf-8")
    assert [(c["date_inferred"], c["date_expected"]) for c in data["cards"]] == [
        (True, False), (False, False), (True, True), (True, False)]


def test_base_url_in_absolute_places(out: Path) -> None:
    doc = page(out, "politics/mayor/index.html")
    assert doc.find("link", rel="canonical").attrs["href"] == "https://news.example.org/village/politics/mayor/"
    missing = page(out, "404.html")
    hrefs = [a.attrs["href"] for a in missing.find_all("a")] + [missing.find("link", rel="stylesheet").attrs["href"]]
    assert all(h.startswith("/village/") for h in hrefs if not h.startswith("#")), hrefs


def internal_links(out: Path) -> list[tuple[str, str]]:
    found = []
    for html in sorted(out.rglob("*.html")):
        rel = html.relative_to(out).as_posix()
        if rel == "404.html":
            continue
        for element in parse(html.read_bytes()).iter():
            for attr in ("href", "src"):
                value = element.attrs.get(attr)
                if value and not urlsplit(value).scheme and not value.startswith("//"):
                    found.append((rel, value))
    return found


def test_links_to_cards_and_passages_carry_their_public_address_for_print(out: Path, tmp_path: Path) -> None:
    """With site.yaml's `url`, the links whose address is printed (cards in a listing, timeline entries, "See this
    passage", related facts) carry it whole in data-address, for the print stylesheet: a relative path means
    nothing on paper. Without `url` there is none (print shows the link as written)."""
    public = "https://news.example.org/village/"
    front, card = page(out, "index.html"), page(out, "economy/cost/index.html")
    links = ([a for h3 in front.find_all("h3") for a in h3.find_all("a")]
             + [a for p in front.find_all("p", class_="tl-title") for a in p.find_all("a")])
    assert {a.attrs.get("data-address") for a in links} == {public + "politics/council-vote/", public + "economy/cost/",
                                                             public + "politics/mayor/", public + "politics/works-start/"}
    passage = next(a for a in card.find("p", class_="cite-line").find_all("a"))
    assert passage.attrs["data-address"] == public + "source/#q-economy--cost"
    assert [a.attrs["data-address"] for a in card.find("ul", class_="related").find_all("a")] == [
        public + "politics/council-vote/"]
    # ... and the figures' links to their cards, and the source page's list of facts (printed bare, they led nowhere)
    assert [a.attrs.get("data-address") for a in front.find("ul", class_="figures").find_all("a")] == [
        public + "politics/council-vote/"] * 2 + [public + "economy/cost/"] * 3
    source = page(out, "source/index.html")
    assert [a.attrs.get("data-address") for li in source.find("ol", class_="cited").find_all("li")
            for a in li.find_all("a")[:1]] == [public + "politics/council-vote/", public + "economy/cost/",
                                               public + "politics/mayor/", public + "politics/works-start/"]
    site = copy_site("village", tmp_path)
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8").replace('url: "https://news.example.org"\n', ""), "utf-8")
    assert build(site) == 0
    assert not [f for f in (site / "output").rglob("*.html") if "data-address" in f.read_text("utf-8")]

def test_every_internal_link_leads_to_a_file_as_from_the_file_system(out: Path) -> None:
    """As a browser opening output/ from disk follows them: a link to a folder (`../vote/`) shows a listing there,
    so every link names its file (summaries' links too)."""
    ids: dict[str, set[str]] = {}
    for rel, href in internal_links(out):
        parts = urlsplit(href)
        target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(parts.path))) if parts.path else rel
        assert (out / target).is_file(), f"{rel}: {href} is no file"
        if parts.fragment:
            if target not in ids:
                ids[target] = {e.attrs["id"] for e in parse((out / target).read_bytes()).iter() if "id" in e.attrs}
            assert parts.fragment in ids[target], f"{rel}: no #{parts.fragment} in {target}"


def test_no_external_requests_or_scripts_from_content(out: Path) -> None:
    for html in out.rglob("*.html"):
        doc = parse(html.read_bytes())
        for element in doc.iter():
            for attr in ("src",):
                if attr in element.attrs:
                    assert not urlsplit(element.attrs[attr]).netloc, (html, element.attrs[attr])
            if element.tag == "link" and element.attrs.get("rel") in ("stylesheet", "icon"):
                assert not urlsplit(element.attrs["href"]).netloc
        csp = doc.find("meta", http_equiv="Content-Security-Policy").attrs["content"]
        assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp


def test_no_id_is_used_twice_on_a_page_whatever_the_categories_and_slugs(tmp_path: Path) -> None:
    """A category's section had its id ('main', 'figures', 'timeline': the page's own), and a card's heading
    c-{category}-{slug} ('a' and 'b-c', 'a-b' and 'c': both c-a-b-c): links and labels went to the wrong one."""
    import re

    from generator.cli import main

    site = tmp_path / "b"
    assert main(["new", str(site), "-q", *(f"--category={c}" for c in ("main", "figures", "timeline", "a", "a-b"))]) == 0
    (site / "content/a/example.yaml").rename(site / "content/a/b-c.yaml")
    (site / "content/a-b/example.yaml").rename(site / "content/a-b/c.yaml")
    for card in (site / "content").rglob("*.yaml"):  # dated, so that the timeline shows
        card.write_text(card.read_text("utf-8") + "date: 2024-01-02\ndate_status: inferred\n", "utf-8")
    assert build(site) == 0
    pages = sorted((site / "output").rglob("*.html"))
    assert len(pages) >= 10
    for path in pages:
        ids = re.findall(r'\sid="([^"]*)"', path.read_text("utf-8"))
        assert len(ids) == len(set(ids)), (path, sorted({i for i in ids if ids.count(i) > 1}))


def village_built_with(tmp_path: Path, card: str, old: str, new: str) -> Path:
    """The village site with `old` replaced by `new` in the card file `card` (under content/), built; its output."""
    site = copy_site("village", tmp_path)
    path = site / "content" / card
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    assert build(site) == 0
    return site / "output"


def test_a_period_in_one_month_or_year_says_what_its_ends_share_once(tmp_path: Path) -> None:
    """'June 2024–August 2024' is 'June–August 2024', each end still a <time> with its own date."""
    out = village_built_with(tmp_path, "politics/works-start.yaml", "date: 2024-06\n",
                             "date: 2024-06\ndate_end: 2024-08\n")
    page = (out / "politics/works-start/index.html").read_text("utf-8")
    assert '<time datetime="2024-06">June</time>–<time datetime="2024-08">August 2024</time>' in page
    assert page.count("August 2024") == 1


def test_an_own_base_html_that_loads_the_old_reload_script_still_builds_without_it(tmp_path: Path) -> None:
    """An own base.html once had to load the preview's script itself (`preview_script`); the preview now adds it as it
    sends a page, and the variable is an empty text: the template builds, and no page loads a script it names."""
    site = copy_site("village", tmp_path)
    shipped = (Path(__file__).parent.parent / "generator/templates/base.html").read_text("utf-8")
    assert "preview_script" not in shipped
    (site / "templates").mkdir(exist_ok=True)
    (site / "templates/base.html").write_text(shipped.replace(
        "</head>", '{% if preview_script %}<script src="{{ preview_script }}" defer></script>{% endif %}\n</head>', 1),
        "utf-8")
    assert build(site) == 0
    for page in (site / "output").rglob("*.html"):
        assert "livereload" not in page.read_text("utf-8") and '<script src="" ' not in page.read_text("utf-8")


def test_a_change_to_zero_draws_its_bars_the_later_one_empty(tmp_path: Path) -> None:
    """A bar of zero was drawn 1 wide, as a fall to 3 from 12,000 is; drawn as none, it took the other bar with it."""
    out = village_built_with(tmp_path, "economy/cost.yaml", "from: 1.5\n    value: 2", "from: 1.5\n    value: 0")
    bars = page(out, "economy/cost/index.html").find("svg", class_="bars")
    assert [(rect.attrs["class"], rect.attrs["width"]) for rect in bars.find_all("rect")] == [
        ("bar-from", "100"), ("bar-to", "0")]


def test_a_long_figure_breaks_only_after_a_thousands_separator(tmp_path: Path) -> None:
    out = village_built_with(tmp_path, "economy/cost.yaml", "value: 4200000", "value: 4234567")
    html = (out / "economy/cost/index.html").read_text("utf-8")
    assert '<span class="figure-value">€4,<wbr>234,<wbr>567</span>' in html
    assert '<span class="figure-value">18</span>' in html  # (a short one as it is)

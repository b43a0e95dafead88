"""spacing: the spaces a language binds made no-break in a page's text, and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.spacing import binder
from generator.words import ENGLISH, words_for
from tests.conftest import build, french_quote_site

NB = "\u00a0"


def bound(text: str, language: str = "fr") -> str:
    bind = binder(words_for(language))
    assert bind is not None
    return bind(text)


def test_english_binds_nothing() -> None:
    assert binder(ENGLISH) is None
    assert binder(words_for("en-GB")) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("de 2,5 % contre 4 %", f"de 2,5{NB}% contre 4{NB}%"),
    ("« Nous ne pouvons pas »", f"«{NB}Nous ne pouvons pas{NB}»"),
    ("le dialogue ; la grève : pourquoi ? non !", f"le dialogue{NB}; la grève{NB}: pourquoi{NB}? non{NB}!"),
    ("avec 1 900 euros, 6 900,50 € et 1 250 000 voyageurs",
     f"avec 1{NB}900 euros, 6{NB}900,50{NB}€ et 1{NB}250{NB}000 voyageurs"),
    ("le 12 mars 2024", "le 12 mars 2024"),
    ("deux  espaces  %", f"deux  espaces{NB}{NB}%"),  # (every space of a run: any would break)
    ("rien à lier", "rien à lier"),
])
def test_french_binds_its_spaces(text: str, expected: str) -> None:
    assert bound(text) == expected


def test_a_site_may_bind_after_a_mark_alone() -> None:
    bind = binder(words_for("en", {"space_after": "¿", "thousands_separator": "."}))
    assert bind is not None and bind("¿ Qué ? 2 000") == f"¿{NB}Qué ? 2 000"


def test_german_and_spanish_bind_a_percent_and_a_euro_sign_only() -> None:
    assert bound("um 2,5 % auf 49 € ; »Ja«", "de") == f"um 2,5{NB}% auf 49{NB}€ ; »Ja«"
    assert bound("un 2,5 % y 1.900 €", "es") == f"un 2,5{NB}% y 1.900{NB}€"


def test_a_french_briefing_s_pages_break_no_line_before_a_percent_sign(tmp_path: Path) -> None:
    """A French review's headline "La direction propose 2,5 %, ..." began a line with "%," at 1280 px."""
    said = "la direction propose 2,5 % ; « oui » à 1 900 euros"
    site = french_quote_site(tmp_path, said, said)
    assert build(site) == 0
    pages = [path.read_text("utf-8") for path in (site / "output").rglob("*.html")]
    shown = "".join(pages)
    assert f"2,5{NB}%{NB};" in shown and f"«{NB}oui{NB}»" in shown and f"1{NB}900" in shown
    assert "2,5 %" not in "".join(page.split("<body", 1)[1] for page in pages)
    assert all('viewBox="0 0 100 22"' in page for page in pages if "<svg class=\"bars\"" in page)  # (markup as it was)


def test_a_word_said_with_its_parts_binds_their_spaces_too() -> None:
    """A review's: `citation: "— {publisher}, « {title} », {date}."` given in site.yaml with ordinary spaces, and a
    title's own "2 %", could break a line after "«" (say() writes Markup, which the templates' escaping passes by)."""
    french = words_for("fr", {"citation": "— {publisher}, « {title} », {date}."})
    said = french.say("citation", publisher="Le Monde", title="Le taux passe à 2 %", date="3 mars")
    assert str(said) == f"— Le Monde, «{NB}Le taux passe à 2{NB}%{NB}», 3 mars."
    assert str(ENGLISH.say("citation", publisher="A", title="2 %", date="x")) == "— A, “2 %”, x."  # (English: none)


def test_a_date_said_in_a_word_is_a_time_element() -> None:
    """A review's: the footer's and the citation's "17 / September 2011" broke across lines (a <time> goes to the
    next line whole, by the stylesheet), and was no <time> for a machine to read either."""
    from generator.model import PartialDate

    said = ENGLISH.say("citation", publisher="Dawn", title="T", date=PartialDate(2011, 9, 17))
    assert str(said) == '— Dawn, “T”, <time datetime="2011-09-17">17 September 2011</time>.'
    assert ENGLISH.say_text("citation", publisher="Dawn", title="T", date=PartialDate(2011, 9)) == \
        "— Dawn, “T”, September 2011."  # (in an attribute: text)

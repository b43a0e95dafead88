"""The model: partial dates (parsing, ordering, display), the site paths of cards and categories, and the
site's writing direction."""

from __future__ import annotations

import pytest

from generator.model import Card, Category, PartialDate, Site, Source
from generator.words import ENGLISH


@pytest.mark.parametrize(("value", "iso", "text"), [
    (2011, "2011", "2011"),
    ("2011", "2011", "2011"),
    ("2011-05", "2011-05", "May 2011"),
    ("2011-09-17", "2011-09-17", "17 September 2011"),
    ("2024-02-29", "2024-02-29", "29 February 2024"),
])
def test_parse_and_show(value: str | int, iso: str, text: str) -> None:
    date = PartialDate.parse(value)
    assert (date.iso, date.text, str(date)) == (iso, text, iso)  # (a template's {{ card.date }}: no dataclass repr)


@pytest.mark.parametrize("value", ["2011-13", "2011-00", "2023-02-29", "2011-09-31", "0", "12345", "2011-1-1-1", "x"])
def test_bad_dates_raise(value: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(value)


def test_order_puts_coarser_dates_first_within_a_year() -> None:
    dates = [PartialDate.parse(v) for v in ("2011-05", "2011", "2008", "2011-05-03", "2011-11")]
    assert [d.iso for d in sorted(dates)] == ["2008", "2011", "2011-05", "2011-05-03", "2011-11"]


def test_a_card_and_a_category_know_their_site_paths() -> None:
    card = Card(slug="tapi", category="energy", path="content/energy/tapi.yaml", title="t", summary="s",
                summary_html="<p>s</p>", source_quote="q", quote_start=0, quote_end=1)
    assert (card.id, card.folder, card.anchor, card.passage) == (
        "energy/tapi", "energy/tapi/", "q-energy--tapi", "source/#q-energy--tapi")
    assert Category("energy", "Energy").folder == "energy/"


@pytest.mark.parametrize(("language", "direction"), [
    ("en", "ltr"), ("en-GB", "ltr"), ("ur", "rtl"), ("UR-pk", "rtl"), ("ar", "rtl"), ("he", "rtl"), ("fa", "rtl"),
    ("pa-Arab", "rtl"), ("pa", "ltr"), ("az-Arab-IR", "rtl"), ("ar-Latn", "ltr"), ("ru", "ltr"), ("arn", "ltr"),
])
def test_the_site_is_written_right_to_left_in_a_right_to_left_language_or_script(language: str, direction: str) -> None:
    source = Source("content/source.md", "T", "P", PartialDate.parse("2011-09-17"), "text\n")
    site = Site("T", "", "/", "", "", language, ENGLISH, source, (), ())
    assert site.direction == direction


@pytest.mark.parametrize(("language", "part", "title", "expected"), [
    ("en", "Budget vote", "Village briefing", "Budget vote · Village briefing"),  # one direction: as written
    ("en", "خالد محمود: envoy names the projects", "Briefing",
     "\u2068خالد محمود: envoy names the projects\u2069 · Briefing"),
    ("en", "Vote 7–2", "בריפינג", "Vote 7–2 · \u2068בריפינג\u2069"),
    ("ar", "مشروع", "إحاطة", "مشروع · إحاطة"),
    ("ar", "G20 قمة", "إحاطة 2011", "\u2068G20 قمة\u2069 · إحاطة 2011"),  # digits have no direction of their own
    ("ur", "کاسا 1000", "Briefing", "کاسا 1000 · \u2068Briefing\u2069"),
    ("en", "Vote\u202e", "Briefing", "\u2068Vote\u202e\u2069 · Briefing"),  # a control turning what follows
    # the source page of a briefing titled as its article: "Source: X · X" said X twice
    ("en", "Source: Islamabad, Moscow set sights", "Islamabad, Moscow set sights", "Source: Islamabad, Moscow set sights"),
])
def test_a_page_title_isolates_a_part_written_the_other_way(language: str, part: str, title: str,
                                                              expected: str) -> None:
    """'<part> · <site title>' shows in order in a tab even when a part runs the other way than the page."""
    source = Source("content/source.md", "T", "P", PartialDate.parse("2011-09-17"), "text\n")
    site = Site(title, "", "/", "", "", language, ENGLISH, source, (), ())
    assert site.page_title(part) == expected

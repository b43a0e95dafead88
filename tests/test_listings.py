"""listings.py: what the listing pages show, here the source page's passages and their numbers."""

from __future__ import annotations

from generator import listings
from generator.listings import Citation, Listings
from generator.model import Card, Category, PartialDate
from generator.words import ENGLISH


def test_of_two_passages_from_one_place_the_one_ending_first_has_the_lower_number() -> None:
    """The page read '…savings<sup>15</sup> … into one.<sup>14</sup>': numbered by start alone, then by name."""
    text = "About 400 posts will go, saving two million pounds. Two departments merge into one."
    whole = Citation("a", "merge", "Posts and departments", 0, len(text))
    first = Citation("b", "posts", "Posts", 0, text.index(".") + 1)
    later = Citation("a", "departments", "Departments", text.index("Two"), len(text))
    context = listings.source_context(text, (whole, later, first))
    assert context["numbers"] == {"b/posts": 1, "a/merge": 2, "a/departments": 3}
    shown = [card_id for segment in context["paragraphs"][0] for card_id in segment.ending]
    assert [context["numbers"][card_id] for card_id in shown] == [1, 2, 3]  # in reading order, as numbered


def dated(slug: str, date: str, *, expected: bool = False, end: str | None = None) -> Card:
    return Card(slug, "energy", f"content/energy/{slug}.yaml", slug, "s", "<p>s</p>", "q", 0, 1,
                date=PartialDate.parse(date), date_end=PartialDate.parse(end) if end else None,
                date_expected=expected)


def test_a_coming_event_in_the_period_the_source_is_in_comes_after_the_source_s_day() -> None:
    """'Later this year' (2011, expected) in a report of 17 September 2011: after what happened up to then, not
    at the start of 2011; a past year (or month) keeps its first day's place."""
    cards = (dated("year-to-come", "2011", expected=True), dated("month-to-come", "2011-09", expected=True),
             dated("november", "2011-11", expected=True), dated("may", "2011-05"), dated("on-the-day", "2011-09-17"),
             dated("this-year", "2011"), dated("this-month", "2011-09"), dated("next-year", "2012", expected=True),
             dated("soon", "2011-09-20", expected=True), dated("span", "2011", expected=True, end="2012"))
    site = Listings({"energy": Category("energy", "Energy")}, ENGLISH, PartialDate(2011, 9, 17))
    assert [entry.card.slug for entry in site.timeline(cards)] == [
        "this-year", "may", "this-month", "on-the-day", "month-to-come", "year-to-come", "span", "soon", "november",
        "next-year"]
    month_only = Listings({"energy": Category("energy", "Energy")}, ENGLISH, PartialDate(2011, 9))
    assert [entry.card.slug for entry in month_only.timeline(cards)][:6] == [
        "this-year", "may", "this-month", "month-to-come", "year-to-come", "span"]


def test_a_day_s_events_come_in_the_report_s_order() -> None:
    """Two cards of the same day were ordered by file name: a share price's rise before the news it followed."""
    def on_the_day(slug: str, at: int) -> Card:
        return Card(slug, "energy", f"content/energy/{slug}.yaml", slug, "s", "<p>s</p>", "q", at, at + 1,
                    date=PartialDate.parse("2026-03-03"))

    cards = (on_the_day("aa-shares-rise", 200), on_the_day("zz-announcement", 10), on_the_day("mm-reaction", 90))
    site = Listings({"energy": Category("energy", "Energy")}, ENGLISH, PartialDate(2026, 3, 3))
    assert [entry.card.slug for entry in site.timeline(cards)] == ["zz-announcement", "mm-reaction", "aa-shares-rise"]


def tagged(slug: str, *tags: str) -> Card:
    return Card(slug, "energy", f"content/energy/{slug}.yaml", slug, "s", "<p>s</p>", "q", 0, 1, tags=tags)


def test_a_tag_on_most_cards_relates_none_of_them() -> None:
    """'Russia' on 13 of the seed's 15 cards made every card related to every other, whatever it was about."""
    cards = (tagged("a", "Russia", "MI-17"), *(tagged(f"c{n}", "Russia") for n in range(8)), tagged("b", "Russia", "MI-17"))
    related = listings.RelatedCards(cards)
    assert [card.slug for card in related["energy/a"]] == ["b"]
    assert related["energy/c0"] == []
    few = (tagged("a", "Russia"), tagged("b", "Russia"), tagged("c", "Russia"))  # (few cards: a tag still tells)
    assert [card.slug for card in listings.RelatedCards(few)["energy/a"]] == ["b", "c"]

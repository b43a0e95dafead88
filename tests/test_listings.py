"""listings.py: what the listing pages show, here the source page's passages and their numbers."""

from __future__ import annotations

from generator import listings
from generator.listings import Citation


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

"""A change a card says in words alone went the other way than its quote says (wordchanges.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import wordchanges
from tests.conftest import add_to_source, check, write

DEFICIT = "The trade deficit narrowed in the third quarter, the statistics office said."
FLAT = "Exports to China were flat, while imports of fuel fell sharply."
BOTH = "Sales at the group rose in March but fell in April."
DENIED = "The central bank said inflation had not yet improved."
SLOWED = "Growth slowed to its weakest pace in two years. The currency weakened against the dollar."
TWO_THINGS = "Exports rose while imports fell."


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    (DEFICIT, "Trade deficit widens", "s",
     ["title says deficit widened ('widens'), where the source_quote says it narrowed ('narrowed'): is the direction "
      "right?"]),
    (DEFICIT, "Trade deficit narrows", "The gap between imports and exports **shrank**.", []),
    (FLAT, "Fuel imports fall", "Exports to China fell, the office said.",
     ["summary says China fell ('fell'), where the source_quote says it did not change ('were flat'): is the direction "
      "right?"]),
    (FLAT, "Exports to China flat", "Imports of fuel fell sharply.", []),
    (BOTH, "Group sales fell in April", "Sales rose in March.", []),  # ("but fell": the sales, as the way before it)
    (DENIED, "Inflation improved", "s", []),  # (the quote says it did not: no way of its own)
    (DENIED, "Inflation has not improved", "s", []),
    (SLOWED, "Growth accelerated as the currency strengthened", "Growth slowed, and the currency weakened.",
     ["title says Growth sped up ('accelerated'), where the source_quote says it slowed ('slowed'): is the direction "
      "right?"]),  # (once a text)
    (TWO_THINGS, "Imports fell as exports rose", "s", []),
    (TWO_THINGS, "Exports fell", "s",
     ["title says Exports fell ('fell'), where the source_quote says it rose ('rose'): is the direction right?"]),
    (TWO_THINGS, "Prices fell", "s", []),  # (a thing the quote does not say went any way)
    (DEFICIT, "Deficit narrows. Exports widen", "s", []),  # (the thing is looked for in its own sentence)
])
def test_a_change_in_words_said_the_other_way_than_its_quote(quote: str, title: str, summary: str, said: list[str],
                                                            harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A review's misses: "widens" for "narrowed" and "fell" for "were flat" passed, as no number was wrong."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/change.yaml", f"title: {title}\nsummary: {summary}\nsource_quote: {quote}\n")
    lines = [line.split(": warning: ")[1] for line in check(capsys, harbour)[1] if "direction" in line]
    assert lines == said


def test_a_card_whose_number_is_said_the_other_way_is_warned_once(harbour: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A way said of a number is the number check's: not said again in words ('fell' of ridership)."""
    quote = "Bus ridership fell 12% last year."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/change.yaml", f"title: Ridership rose 12%\nsummary: s\nsource_quote: {quote}\n")
    assert [line.split(": warning: ")[1] for line in check(capsys, harbour)[1] if "direction" in line] == [
        "title gives 12% as a rise ('rose'), where the source_quote gives it as a fall ('fell'): is the direction "
        "right?"]


def test_the_warning_is_at_the_card_s_word_and_checked_accepts_it(harbour: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\n{DEFICIT}\n")
    card = f"title: Trade deficit widens\nsummary: s\nsource_quote: {DEFICIT}\n"
    write(harbour, "content/people/change.yaml", card)
    assert [line.split(": warning: ")[0] for line in check(capsys, harbour)[1] if "direction" in line] == [
        "content/people/change.yaml:1:22"]
    write(harbour, "content/people/change.yaml", card.replace("widens\n", "widens  # checked: a later figure\n", 1))
    assert [line for line in check(capsys, harbour)[1] if "direction" in line] == []


@settings(max_examples=500, deadline=None)
@given(st.from_regex(wordchanges._WAY))
def test_the_cheap_test_of_a_quote_passes_every_way(text: str) -> None:
    """A quote MAY_SAY_A_WAY passes over holds none of the ways (it is what keeps most quotes from the slow search)."""
    assert wordchanges.MAY_SAY_A_WAY.search(text)

"""A number a card gives for another year than its quote gives it for (yearpairs.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import card_warnings

GROWTH = ("It expects the economy to grow by between 1.3% and 1.6% in 2026, helped by lower borrowing costs, and by "
          "1.8% in 2027.")
GROWTH_2026 = "figures:\n  - label: Growth forecast for 2026\n    value: {}\n    unit: '%'\n"


@pytest.mark.parametrize(("quote", "title", "summary", "more", "said"), [
    (GROWTH, "Growth of 1.8% expected in 2026", "s", "", [
        "title gives 1.8% for 2026, where the source_quote gives it for 2027: a number swapped between years?"]),  # (a
    # twenty-seventh review's miss: two years' numbers swapped)
    (GROWTH, "Growth forecasts", "s", GROWTH_2026.format(1.8), [
        "figures[0].value 1.8 is for 2026 (its label), where the source_quote gives it for 2027: a number swapped "
        "between years?"]),
    (GROWTH, "Growth forecasts", "The bank expects growth of 1.8% in 2027 and of 1.3% to 1.6% in 2026.",
     GROWTH_2026.format(1.6), []),
    (GROWTH, "Growth of 1.8% expected in 2028", "s", "", []),  # (a year the quote gives no number for: another check's)
    ("Sales rose 4% in 2024 to £2.1bn, after 4% in 2023.", "Sales up 4% in 2023", "s", "", []),  # (both years')
    ("Fees rose 9% in 2024-25, and 6% in 2023.", "Fees up 9% in 2023", "s", "", []),  # (a season is no year)
])
def test_a_number_given_for_another_year(quote: str, title: str, summary: str, more: str, said: list[str],
                                         harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert card_warnings(capsys, harbour, quote, "between years?", title, summary, more) == said

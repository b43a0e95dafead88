"""Numbers for people, and the change shown by a figure with `from`."""

from __future__ import annotations

import pytest

from generator.figures import amount, number, show
from generator.model import Figure


@pytest.mark.parametrize(("value", "text"), [
    (4200, "4,200"), (10, "10"), (0.25, "0.25"), (1.5, "1.5"), (1100000, "1.1 million"),
    (3000000, "3 million"), (500000000, "500 million"), (2_500_000_000, "2.5 billion"),
    (1234567, "1,234,567"), (-4200, "-4,200"), (3.0, "3"),
])
def test_number(value: float, text: str) -> None:
    assert number(value) == text


def test_amount_with_currency_and_units() -> None:
    assert amount(500000000, "USD") == "$500 million"
    assert amount(4200000, "EUR") == "€4.2 million"
    assert amount(10, "helicopters") == "10 helicopters"
    assert amount(7, None) == "7"


def test_change_shows_both_ends_and_percentage() -> None:
    shown = show(Figure("Capacity", 3000000, "tons a year", 1100000))
    assert (shown.start_text, shown.value_text, shown.unit_text, shown.change_text) == (
        "1.1 million", "3 million", "tons a year", "+173%")
    assert shown.spoken == "Capacity: from 1.1 million tons a year to 3 million tons a year, +173%"
    assert (shown.bar_start, shown.bar_value) == (37, 100)


def test_decrease_uses_a_minus_sign() -> None:
    assert show(Figure("Toll", 1, "euros", 2)).change_text == "\u221250%"


def test_change_from_zero_has_no_percentage() -> None:
    assert show(Figure("New", 5, None, 0)).change_text == ""

"""Partial dates: parsing, ordering and display."""

from __future__ import annotations

import pytest

from generator.model import PartialDate


@pytest.mark.parametrize(("value", "iso", "text"), [
    (2011, "2011", "2011"),
    ("2011", "2011", "2011"),
    ("2011-05", "2011-05", "May 2011"),
    ("2011-09-17", "2011-09-17", "17 September 2011"),
    ("2024-02-29", "2024-02-29", "29 February 2024"),
])
def test_parse_and_show(value: str | int, iso: str, text: str) -> None:
    date = PartialDate.parse(value)
    assert (date.iso, date.text) == (iso, text)


@pytest.mark.parametrize("value", ["2011-13", "2011-00", "2023-02-29", "2011-09-31", "0", "12345", "2011-1-1-1", "x"])
def test_bad_dates_raise(value: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(value)


def test_order_puts_coarser_dates_first_within_a_year() -> None:
    dates = [PartialDate.parse(v) for v in ("2011-05", "2011", "2008", "2011-05-03", "2011-11")]
    assert [d.iso for d in sorted(dates)] == ["2008", "2011", "2011-05", "2011-05-03", "2011-11"]

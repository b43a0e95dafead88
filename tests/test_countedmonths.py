"""The month an English quote counts from the article's (countedmonths.py), and `check`'s warning on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.countedmonths import miscounted_month, month_year
from tests.conftest import add_to_source, check, write


@pytest.mark.parametrize(("quote", "date", "said"), [
    ("Last month the board approved it.", (2026, 2), None),  # (published March 2026)
    ("Last month the board approved it.", (2026, 1), ("Last month", [(2026, 2)])),
    ("The previous month it fell.", (2026, 2), None),
    ("It opens next month.", (2026, 4), None),
    ("It opens next month.", (2026, 5), ("next month", [(2026, 4)])),
    ("Three months ago the depot closed.", (2025, 12), None),
    ("Three months ago the depot closed.", (2026, 1), ("Three months ago", [(2025, 12)])),
    ("a month ago", (2026, 2), None),
    ("14 months ago", (2025, 1), None),
    ("two months later", (2026, 5), None),
    ("Two months later, it closed its plant.", (2026, 1), None),  # (counted from another time, not the article's)
    ("It rose 0.4% the previous month.", (2026, 1), None),
    ("this month", (2026, 3), None),
    ("last November", (2025, 11), None),
    ("last November", (2024, 11), ("last November", [(2025, 11)])),  # (a fourteenth review's: four months before
    # the article's, no other)
    ("last November", (2026, 11), ("last November", [(2025, 11)])),
    ("last February", (2025, 2), None),  # (the month before the article's, "last month" maybe: or the one before)
    ("last February", (2024, 2), ("last February", [(2026, 2), (2025, 2)])),
    ("last March", (2025, 3), None),  # (the article's own month: the one a year before)
    ("next June", (2026, 6), None),
    ("next June", (2027, 6), None),
    ("next June", (2028, 6), ("next June", [(2026, 6), (2027, 6)])),
    ("next February", (2027, 2), None),
    ("this December", (2026, 12), None),
    ("Last month, 2026 targets were set.", (2026, 1), None),  # (the date's year in the quote: the date may be its)
    ("A plan announced last month will save $120 million by 2027.", (2026, 1), ("last month", [(2026, 2)])),
    ("A plan announced last month will save $120 million by 2027.", (2025, 2), ("last month", [(2026, 2)])),
    ("Last month it said next month.", (2025, 1), None),  # (two counted months: which?)
    ("up from 40 last month", (2025, 1), None),  # (the time of a number compared with)
    ("In the month before, prices fell.", (2025, 1), None),
    ("Figures last month showed growth in the three months to August.", (2026, 6), None),  # (August: the date's)
    ("It said last month that prices fell in September.", (2025, 9), None),
    ("It will publish a plan next month and meet developers next week.", (2026, 3), None),  # (a week counted too:
    # the date may be the meeting's)
    ("It will publish a plan next month.", (2026, 3), ("next month", [(2026, 4)])),
    ("It took 41,000 calls last month, up from 29,000 a year earlier.", (2026, 1), ("last month", [(2026, 2)])),  # (a
    # sixth review's: the time of the number compared with)
    ("A year earlier, prices fell; last month they rose.", (2026, 1), None),  # (another event's time)
])
def test_miscounted_month(quote: str, date: tuple[int, int], said: tuple[str, list[tuple[int, int]]] | None) -> None:
    assert miscounted_month(quote, *date, 2026, 3) == said


def test_a_date_worked_out_from_last_month_is_that_month(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: a date marked inferred from "last month" was checked for its year only; January for an article
    of March passed."""
    site = (harbour / "site.yaml").read_text(encoding="utf-8")
    published = next(line.split(":", 1)[1].split("#")[0].strip() for line in site.splitlines()
                     if line.strip().startswith("date:")).strip('"')
    year, month = int(published[:4]), int(published[5:7])
    before = (year - (month == 1), (month - 2) % 12 + 1)
    wrong = (year - (month <= 2), (month - 3) % 12 + 1)
    add_to_source(harbour, "\nLast month the board approved a timetable.\n")
    card = "title: Timetable\nsummary: s\nsource_quote: Last month the board approved a timetable.\ndate: {}-{:02}\n" \
           "date_status: inferred\n"
    write(harbour, "content/people/timetable.yaml", card.format(*before))
    assert [line for line in check(capsys, harbour)[1] if "timetable" in line] == []
    write(harbour, "content/people/timetable.yaml", card.format(*wrong))
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    assert [line for line in check(capsys, harbour)[1] if "timetable" in line] == [
        f"content/people/timetable.yaml:4:7: warning: date {wrong[0]}-{wrong[1]:02} is marked inferred, but the "
        f"source_quote's 'Last month', counted from the article's date ({published}), is {months[before[1] - 1]} "
        f"{before[0]}: is the month right?"]


@pytest.mark.parametrize(("quote", "month", "expected", "year"), [
    ("Prices have risen 7% since January.", 1, False, 2026),  # (published March 2026)
    ("A record was reached in December.", 12, False, 2025),
    ("Talks are held in March.", 3, False, 2026),  # (the article's own month)
    ("The plant opens in June.", 6, True, 2026),
    ("The vote is due in February.", 2, True, 2027),  # (to come: the next February)
    ("A record was reached in December 2024.", 12, False, None),  # (a year given)
    ("Prices rose in January and February.", 1, False, None),  # (two months)
])
def test_month_year(quote: str, month: int, expected: bool, year: int | None) -> None:
    assert month_year(quote, month, expected, 2026, 3) == year

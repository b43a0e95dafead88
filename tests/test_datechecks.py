"""The dates of `check` (datechecks.py): here a day worked out in a month its quote gives days of."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import add_to_source, check, source_year, warnings_with, write


@pytest.mark.parametrize(("quote", "day", "said"), [
    ("The investor day is on Nov. 18.", 19, "date {year}-11-19 is marked inferred, but the source_quote gives Nov. "
                                            "18, not day 19: is the day right?"),
    ("The investor day is on Nov. 18.", 18, None),
    ("The investor day is on Nov. 18 and the vote the day after.", 19, None),  # (a day counted from it)
    ("On Friday talks failed; the next meeting is on Nov. 21.", 8, None),  # (a weekday's date, worked out: a Friday)
    ("The investor day is in November.", 19, "date {year}-11-19 is marked inferred, but the source never gives 19 "
                                             "November, and the source_quote counts no day: is the day right?"),  # (no
    # day given: none of the quote's, but given nowhere)
    ("He may make his debut next month, in the opener on Nov. 18.", 19, "date {year}-11-19 is marked inferred, but "
     "the source_quote gives Nov. 18, not day 19: is the day right?"),  # (a fourteenth review's: a month counted is
    # no day)
    ("It was cooler than last year's race, run on Nov. 18.", 19, "date {year}-11-19 is marked inferred, but the "
     "source never gives 19 November, and the source_quote counts no day: is the day right?"),  # (another year's
    # day: not the quote's 18th, but given nowhere)
    ("The AGM is on Monday, Nov. 3, and the investor day on Nov. 18.", 19, "date {year}-11-19 is marked inferred, "
     "but the source_quote gives Nov. 3 and Nov. 18, not day 19: is the day right?"),  # (a twelfth review's: a
    # weekday with its date counts no day)
    ("The AGM is on Monday and the investor day on Nov. 18.", 25, None),  # (a day maybe worked out from the weekday:
    # the 25th, a Monday in 2024)
    ("The AGM is on Monday and the investor day on Nov. 18.", 19, "date {year}-11-19 is marked inferred, but the "
     "source_quote gives Nov. 18, not day 19: is the day right?"),  # (the 19th, a Tuesday, is not worked out from it)
    ("The count closes next Friday, Nov. 1, the agency said on Monday.", 8, "date {year}-11-08 is marked inferred, "
     "but the source_quote gives Nov. 1, not day 8: is the day right?"),  # (a fourteenth review's: "next Friday" with
    # its date counts no day, and the 8th, a Friday in 2024, is not worked out from Monday)
    ("The count closed on Friday, a week after the vote on Nov. 1.", 8, None),  # (the 8th, a Friday: maybe the day)
])
def test_an_inferred_date_on_another_day_than_its_quote_gives(quote: str, day: int, said: str | None, harbour: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: "on Nov. 18" dated the 19th, its year worked out, passed: marking a date inferred turned its day's
    check off, though only the year was worked out."""
    year = source_year(harbour)  # (the article's: September; its November is to come)
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/day.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {year}-11-{day:02}\n"
                                              "date_status: [expected, inferred]\n")
    assert warnings_with(capsys, harbour, "day.yaml") == (
        [said.format(year=year)] if said else [])


@pytest.mark.parametrize(("quote", "year_after", "status", "said"), [
    ("Prices have risen 7% since January.", -1, "inferred", "date {y}-01 is marked inferred, but the source_quote's "
     "January, with no year, is most likely January {z} (the latest up to the article's date, {d}): is the year right?"),
    ("Prices have risen 7% since January.", 0, "inferred", None),
    ("The plant opens in January.", 1, "[expected, inferred]", None),  # (to come: the next January)
])
def test_a_month_without_a_year_is_the_latest_up_to_the_article_s(quote: str, year_after: int, status: str,
                                                                   said: str | None, harbour: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: "since January" dated a year early, in an article of October, passed: the quote's January, with no
    year and no time counted, is the latest before the article."""
    published = source_year(harbour)  # (the harbour's article: September)
    date = published + year_after
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/since.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {date}-01\n"
                                                f"date_status: {status}\n")
    site = (harbour / "site.yaml").read_text(encoding="utf-8")
    day = re.search(r"\n  date: \"?([\d-]+)", site)
    assert day is not None
    expected = said.format(y=date, z=published, d=day[1]) if said else None
    lines = warnings_with(capsys, harbour, "since.yaml")
    assert lines == ([expected] if expected else [])


@pytest.mark.parametrize(("year_after", "said"), [(-1, True), (0, False)])
def test_a_day_the_quote_names_beside_a_weekday(year_after: int, said: bool, harbour: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A twelfth review's: "up from 38.6% in the first round on January 24" dated a year early passed, as the quote
    also named a weekday ("Thursday's runoff"), from which a date may be worked out; not the day it names."""
    published = source_year(harbour)
    quote = "Turnout in Thursday's runoff was 41.8%, up from 38.6% in the first round on January 24."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/round.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\n"
                                                f"date: {published + year_after}-01-24\ndate_status: inferred\n")
    lines = warnings_with(capsys, harbour, "is the year right")
    assert lines == ([f"date {published - 1}-01-24 is marked inferred, but the source_quote's January, with no year, "
                      f"is most likely January {published} (the latest up to the article's date, "
                      f"{published}-09-17): is the year right?"] if said else [])


@pytest.mark.parametrize(("quote", "date", "said"), [
    ("Households climbed to 1,420 in January from 880 in January {before}.", "{last}-01",
     "the source_quote's January, with no year, is most likely January {year} (the latest up to the article's date, "
     "{day}): is the year right?"),  # (the ninth review's: the year is the compared number's)
    ("Households climbed to 1,420 in January from 880 in January {before}.", "{year}-01", None),
    ("Households climbed to 1,420 in January {last}.", "{last}-01", None),  # (its own year)
    ("The share rose to 31% last year from 27% in 2019, and must reach 40% by 2035.", "{before}",
     "the source_quote's 'last year', counted from the article's date ({day}), is {last}: is the year right?"),
    ("The share rose to 31% last year from 27% in 2019, and must reach 40% by 2035.", "{last}", None),
    ("The share rose to 31% last year and was 27% in 2019.", "2019", None),  # (2019: maybe the event's)
    ("It replaced 212km of mains last year, up from 150km in {before}.", "{before}", "the source_quote's 'last year', "
     "counted from the article's date ({day}), is {last}: is the year right?"),  # (an eighteenth review's: the year
    # written is the compared number's)
    ("The hub was due to open last October but is now expected to open in September.", "{before}-10", "the "
     "source_quote's 'last October', counted from the article's date ({day}), is October {last}: is the year right?"),
    # (the same review's: the date's month is the one counted; September another event's)
    ("In August {before}, a strike led to 64 cancellations, and in October last year a stoppage grounded 112 flights.",
     "{before}-10", "the source_quote's 'October last year', counted from the article's date ({day}), is {last}: is the "
     "year right?"),  # (a nineteenth review's: the month's own year, beside another event's)
    ("It was 64.3% in February, down from 68.9% in February last year.", "{year}-02", None),  # (the month twice: the
    # card's, and a compared number's last year)
    ("Compared with March last year, volumes were 1.3% higher, slowing from 2.1% in February.", "{year}-03", None),
    # (a twentieth review's: the time of the number compared with)
    ("Work, first planned to start last year, began last March and ends in 2028.", "{year}-03", None),  # (an
    # eighteenth review's, "planned to start this year, will now begin next March": the month counted on its own)
    ("The share rose to 31% last year and was 27% in 2019.", "{before}", "the source_quote's 'last year', counted "
     "from the article's date ({day}), is {last}: is the year right?"),  # (neither: a seventeenth review's "second cut
    # this year, after a reduction in May, … since the spring of 2023" dated May a year early passed)
    ("More than 40,000 homes asked for kits since April, twice as many as in the whole of last year.", "{year}-04",
     None),  # (a thirteenth review's: the time of the number compared with, in words)
    ("He won on the same summit a year earlier, in 41 minutes.", "{before}", "the source_quote's 'a year earlier', "
     "counted from the article's date ({day}), is {last}: is the year right?"),  # (a twenty-first review's miss)
    ("He won in 2019, and on the same summit a year earlier.", "2017", None),  # (a year earlier than the one named)
    ("The reservoir is at 41%, and was at 79% at the same point last year.", "{year}-06", None),
    ("The reservoir fell to 41% last year.", "{year}-06", "the source_quote's 'last year', counted from the article's "
     "date ({day}), is {last}: is the year right?"),
    ("Admissions peaked at 38 per 100,000 in the week to January 4, up from 24 at the peak last winter.",
     "{last}-01-04", "the source_quote's January, with no year, is most likely January {year} (the latest up to the "
     "article's date, {day}): is the year right?"),  # (a fourteenth review's: "last winter" is the number compared
    # with's time, not the card's)
    ("Admissions peaked at 38 per 100,000 in the week to January 4, up from 24 at the peak last winter.",
     "{year}-01-04", None),
    ("Admissions peaked last winter at 38 per 100,000, in the week to January 4.", "{last}-01-04", None),  # (the
    # card's own time: which winter is the reader's to judge)
    ("The union rejected 4.5 per cent in July, far below the 11 per cent rise agreed last year.", "{year}-07", None),
    # (a fifteenth review's: the time of what it is below)
    ("The union rejected 4.5 per cent in July, far below the 11 per cent rise agreed last year.", "{before}",
     "the source_quote's 'last year', counted from the article's date ({day}), is {last}: is the year right?"),  # (a
    # fifteenth review's: July, with no year, is this year's or last: not the year before)
    ("The union rejected 4.5 per cent in July, far below the 11 per cent rise agreed last year.", "{last}", None),
    ("Leakage is 187 megalitres a day, down from 204 megalitres a day five years ago.", "{six}", "the source_quote's "
     "'five years ago', counted from the article's date ({day}), is {five}: is the year right?"),  # (a thirteenth
    # review's: the compared number's time, and the card dated neither it nor now)
    ("Leakage is 187 megalitres a day, down from 204 megalitres a day five years ago.", "{five}", None),
    ("Leakage is 187 megalitres a day, down from 204 megalitres a day five years ago.", "{year}", None),
    ("Revenue for the quarter, which ended on June 30, rose to $9.42 billion from $7.19 billion a year earlier.",
     "{last}-06-30", "the source_quote's June, with no year, is most likely June {year} (the latest up to the "
     "article's date, {day}): is the year right?"),  # (a thirteenth review's: "a year earlier" is the compared
    # number's time, counted from no other of the card's)
    ("Revenue for the quarter, which ended on June 30, rose to $9.42 billion from $7.19 billion a year earlier.",
     "{year}-06-30", None),
    ("He had won three of their four previous meetings, including the final last September.", "{before}-09",
     "the source_quote's 'last September', counted from the article's date ({day}), is September {last}: is the "
     "year right?"),  # (a sixteenth review's: "previous meetings" counts no time)
    ("The plant lost 310 million last year. From {next} we expect savings.", "{before}",
     "the source_quote's 'last year', counted from the article's date ({day}), is {last}: is the year right?"),  # (a
    # tenth review's: a year to come is another event's)
    ("The bank cut its rate in May, and the last two cuts came last year.", "{year}-05", None),  # (a twenty-seventh
    # review's false alarm: the month named, then another clause's time)
])
def test_the_year_of_a_compared_number_or_a_target_is_not_the_event_s(quote: str, date: str, said: str | None,
                                                                      harbour: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The ninth review's: a date a year early passed where the quote's other year was that of the number it
    compares with ("from 880 in January 2023") or a target ("by 2035")."""
    year = source_year(harbour)
    day = re.search(r"\n  date: \"?([\d-]+)", (harbour / "site.yaml").read_text(encoding="utf-8"))
    assert day is not None
    years = {"year": year, "last": year - 1, "before": year - 2, "next": year + 2, "five": year - 5, "six": year - 6,
             "day": day[1]}
    quote, date = quote.format(**years), date.format(**years)
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/homes.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {date}\n"
                                                "date_status: inferred\n")
    assert warnings_with(capsys, harbour, "homes.yaml") == (
        [f"date {date} is marked inferred, but " + said.format(**years)] if said else [])


@pytest.mark.parametrize("quote", ["The bank cut rates on Thursday, its first cut since December.",
                                   "Lind announced in February; two months later, Okafor left."])
def test_a_month_named_beside_a_time_counted_otherwise(quote: str, harbour: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: a date worked out from "on Thursday", or "two months later", was told its quote names December
    (or February), not its month: those name another time than the date's."""
    year = source_year(harbour)
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/when.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {year}-04\n"
                                               "date_status: inferred\n")
    assert [line for line in check(capsys, harbour)[1] if "when.yaml" in line and "month" in line] == []


@pytest.mark.parametrize(("quote", "month", "said"), [
    ("Shares rose 4.1% in morning trading. They have fallen 9% since January.", 9, None),  # (where the fall began)
    ("Average hours rose to 31.9 a week from 31.7 in July.", 8, None),  # (the time of the number compared with)
    ("Waits rose to 44 minutes 2 seconds, up from 41 minutes 15 seconds in July.", 8, None),  # (an eighth review's)
    ("Food prices rose 4.6% on the year, up 0.3 percentage points from July.", 8, None),  # (an eleventh review's: a
    # change's 'from July')
    ("Food prices rose 4.6%, higher than in July.", 8, None),
    ("Net debt fell to £1.9bn from £2.3bn at the end of July.", 8, None),  # (a fifteenth review's: a scale after
    # the digits)
    ("Average hours rose to 31.9 a week in July.", 8, "date {year}-08 is marked inferred, but the source_quote names "
                                                     "July, not August: is the month right?"),
    ("About 3,000 people watched, more than twice as many as for the failed flight in July.", 8, None),  # (a
    # twenty-seventh review's: the month of the crowd compared with)
    ("About 3,000 people watched, more than for the failed flight in July.", 8, None),
    ("About 3,000 people watched, twice as many as came in July, when the first flight failed.", 8, None),
    ("About 3,000 people watched, twice as many as last time, and in July the next flight will go.", 8,
     "date {year}-08 is marked inferred, but the source_quote names July, not August: is the month right?"),
])
def test_a_month_that_is_no_event_s(quote: str, month: int, said: str | None, harbour: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A seventh review's: a date worked out as the article's month was told its quote names January ("fallen 9%
    since January") or July ("from 31.7 in July"): where a change began, and the time of the number compared with."""
    year = source_year(harbour)
    assert _dated(harbour, capsys, quote, f"{year}-{month:02}") == ([said.format(year=year)] if said else [])


@pytest.mark.parametrize(("end", "said"), [
    ("08", None),  # (July: a month of the card's period)
    ("06", "date {year}-01 is marked inferred, but the source_quote names July, not January: is the month right?"),
])
def test_a_month_within_a_period(end: str, said: str | None, harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A ninth review's: a card of January to August was told its quote names July (a month's count within it)."""
    year = source_year(harbour)
    quote = "Complaints reached 7,400 in the first eight months of the year, with 1,118 in July."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/when.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {year}-01\n"
                                               f"date_end: {year}-{end}\ndate_status: inferred\n")
    assert warnings_with(capsys, harbour, "month right") == (
        [said.format(year=year)] if said else [])


@pytest.mark.parametrize(("quote", "said"), [
    ("Fourteen aircraft now fight the fire, up from six on Sunday.", False),  # (a fourteenth review's: the number
    # compared with's day)
    ("Temperatures reached 41C yesterday; winds peaked at 85 km/h on Sunday night.", False),  # (a day counted from
    # the article's beside it)
    ("The fire reached the coast on Sunday.", True),
    ("It came ashore at 120 mph, down from a peak of 145 mph on Sunday afternoon.", False),  # (a sixteenth review's)
    ("The share without fuel fell to 38 percent, down 12 percentage points from Sunday.", False),  # (the same)
    ("Crews had it 38% contained, after winds pushed the figure back from 45% on Sunday.", False),  # (a seventeenth
    # review's)
    ("Households can apply for a £500 grant from Sunday.", True),  # (from when it starts)
])
def test_a_weekday_of_another_event_than_the_card_s(quote: str, said: bool, harbour: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A fourteenth review's: a card dated Tuesday was told its quote says Sunday, the day of the number it compares
    with ("up from six on Sunday"), or of another event beside "yesterday"."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/fire.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: 2024-09-17\n"
                                               "date_status: inferred\n")
    assert warnings_with(capsys, harbour, "is the date right") == (
        ["date 2024-09-17 is a Tuesday, but the source_quote says Sunday: is the date right?"] if said else [])


@pytest.mark.parametrize(("quote", "day", "said"), [
    ("The emergency lasts until September 30, and the fire season until the end of October.", "10-30",
     "date {year}-10-30 is marked inferred, but the source never gives 30 October, and the source_quote counts no "
     "day: is the day right?"),  # (a fourteenth review's: months swapped, the card's date too)
    ("The emergency lasts until September 30, and the fire season until the end of October.", "10-31", None),  # (the
    # month's end)
    ("The emergency lasts until September 30, and the fire season until the end of October.", "09-30", None),
    ("The emergency was declared on Friday, and lasts until the end of October.", "10-17", None),  # (a weekday's day)
    ("The fire season runs until mid-October.", "10-15", None),
])
def test_an_inferred_day_the_source_never_gives(quote: str, day: str, said: str | None, harbour: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A fourteenth review's: a card dated October 30, its months swapped with September's in its title, passed: the
    date's day is given nowhere and counted from nothing, but the date was marked inferred."""
    year = source_year(harbour)
    assert [line for line in _dated(harbour, capsys, quote, f"{year}-{day}", "[expected, inferred]")
            if "day right" in line] == ([said.format(year=year)] if said else [])


def _dated(harbour: Path, capsys: pytest.CaptureFixture[str], quote: str, date: str, status: str = "inferred"
           ) -> list[str]:
    """`check`'s warnings of a card on `quote` (put in the source) dated `date` with `status`."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/dated.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {date}\n"
                                                f"date_status: {status}\n")
    return warnings_with(capsys, harbour, "dated.yaml")


@pytest.mark.parametrize(("quote", "date", "said"), [
    ("The manager, who replaced Neil Cotter in November 2023, said on Tuesday that he was calm.", "2023-10",
     "date 2023-10 is in October 2023, but the source_quote gives November 2023: is the month right?"),  # (a
    # seventeenth review's)
    ("The manager, who replaced Neil Cotter in November 2023, said on Tuesday that he was calm.", "2023-11", None),
    ("Signed in October 2022, the deal took effect in November 2023.", "2022-10", None),  # (another year's month)
    ("The study enrolled 31,460 people between September 2022 and February 2024.", "2022-10\ndate_end: 2024-02",
     "date 2022-10 is in "
     "October 2022, but the source_quote gives September 2022: is the month right?"),  # (a nineteenth review's: a
    # period's start)
    ("The deal, agreed in October, took effect in November 2023.", "2023-10", None),  # (its month, named)
])
def test_a_stated_month_the_quote_gives_otherwise(quote: str, date: str, said: str | None, harbour: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/month.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {date}\n")
    assert warnings_with(capsys, harbour, "month right") == ([said] if said else [])


def test_a_month_of_another_year_s_event(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twentieth review's: a card dated Sunday in November, its quote comparing with "the record of 5.86 metres set
    in February 2020", was told its quote names February."""
    year = source_year(harbour)
    quote = "The river peaked at 5.71 metres on Sunday, below the record of 5.86 metres set in February 2020."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/peak.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {year}-11-16\n"
                                               "date_status: inferred\n")
    assert warnings_with(capsys, harbour, "month right") == []


@pytest.mark.parametrize(("summary", "said"), [
    ("The record of 5.86 metres was set in March 2020.", ["summary gives March 2020, but the source_quote gives "
                                                          "February 2020: a month wrong?"]),  # (a twentieth review's)
    ("The record of 5.86 metres was set in February 2020.", []),
    ("The record was set in March 2019.", []),  # (another year: the quote gives no month of it)
])
def test_a_month_of_a_year_the_quote_gives_with_another(summary: str, said: list[str], harbour: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    quote = "The river peaked at 5.71 metres, below the record of 5.86 metres set in February 2020."
    add_to_source(harbour, f"\nThe March meeting was cancelled.\n\n{quote}\n")
    write(harbour, "content/people/peak.yaml", f"title: t\nsummary: {summary}\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "month wrong?") == said


@pytest.mark.parametrize(("date", "said"), [
    ("2025-11-09", ["date 2025-11-09 is marked inferred, but the source_quote gives December 9, not November 9: is the "
                    "month right?"]),  # (a twenty-second review's miss: the quote counts "next year" too)
    ("2025-12-09", []),
    ("2025-11-10", ["date 2025-11-10 is marked inferred, but the source_quote names December, not November: is the "
                    "month right?"]),  # (the quote's "next year" is no month counted: the month's own warning)
])
def test_an_inferred_day_in_another_month(date: str, said: list[str], harbour: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    quote = ("The company will hold an investor day on December 9, and would give its first forecast for next year "
             "there.")
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/day.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {date}\n"
                                              "date_status: [expected, inferred]\n")
    assert warnings_with(capsys, harbour, "month right") == said


@pytest.mark.parametrize(("dated", "said"), [
    ("date: 2014\ndate_end: 2016", ["date_end is 2016, but the source_quote gives 2014 and 2017, not 2016: is the year "
                                    "right?"]),  # (a twenty-second review's miss)
    ("date: 2014\ndate_end: 2017", []),
    ("date: 2014\ndate_end: 2016\ndate_status: inferred", []),  # (worked out: other checks)
])
def test_a_stated_year_the_quote_gives_otherwise(dated: str, said: list[str], harbour: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, "\nThe third event, which ran from 2014 to 2017, hit 56% of reefs. The next began in 2016.\n")
    quote = "The third event, which ran from 2014 to 2017, hit 56% of reefs."
    write(harbour, "content/people/event.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\n{dated}\n")
    assert warnings_with(capsys, harbour, "year right") == said


def test_an_inferred_month_where_the_quote_counts_only_a_year(harbour: Path, capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    """A twenty-third review's miss: a card dated February for "had planned to expand the mine next year and in January
    raised its target" passed ("next year" counted kept the month unchecked; "last month" may be another's)."""
    quote = "The company had planned to expand the mine next year and in January raised its production target."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/target.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {source_year(harbour)}"
                                                 "-02\ndate_status: inferred\n")
    assert warnings_with(capsys, harbour, "month right") == [
        f"date {source_year(harbour)}-02 is marked inferred, but the source_quote names January, not February: is the "
        "month right?"]


def test_an_inferred_end_whose_day_the_quote_gives_in_another_month(harbour: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-fourth review's miss: date_end 6 March on "runs until February 6" passed (the date's own was read)."""
    quote = "The consultation, which opens on Monday and runs until February 6, sets out plans to shut four schools."
    add_to_source(harbour, f"\n{quote}\n")
    year = source_year(harbour)
    write(harbour, "content/people/window.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: {year - 1}-11-17\n"
                                                 f"date_end: {year}-03-06\ndate_status: [expected, inferred]\n")
    assert warnings_with(capsys, harbour, "month right") == [
        f"date_end {year}-03-06 is marked inferred, but the source_quote gives February 6, not March 6: is the month "
        "right?"]


def test_a_day_of_a_weekday_beside_another_event_s_month(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-fourth review's false alarm: a card dated the day its quote's "on Tuesday" names was told that the
    quote's "last month" (when a draft leaked) was another month."""
    quote = "Shares fell 3.4 per cent on Tuesday; the fine had been expected since the draft leaked last month."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/shares.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\n"
                                                 f"date: {source_year(harbour)}-03-18\ndate_status: inferred\n")
    assert warnings_with(capsys, harbour, "month right") == []


def test_a_thing_s_number_is_no_year_the_quote_gives(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The synthetic briefing's "under item 2001" was taken for a year the quote gives, against a date of 2002."""
    quote = "Officials said the contract under item 2001 would proceed."
    add_to_source(harbour, f"\n{quote} The audit began in 2002.\n")
    write(harbour, "content/people/item.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: 2002\n")
    assert warnings_with(capsys, harbour, "year right") == []


def test_a_period_to_this_year_from_a_year_the_quote_gives(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-sixth review's false alarm: a card dated 2021 to this year, on "cut from €4.6 million in 2021 to €3.1
    million this year", was told 'this year' is another year than 2021."""
    year = source_year(harbour)
    quote = "The museum's security budget was cut from €4.6 million in 2021 to €3.1 million this year."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/budget.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\ndate: 2021\n"
                                                 f"date_end: {year}\ndate_status: inferred\n")
    assert warnings_with(capsys, harbour, "year right") == []

"""Numbers a card gives in another unit of measure than its quote (kindchecks.measure_warnings, units.py), through
`check`; the numbers a text gives in units, read alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import units
from tests.conftest import add_to_source, card_warnings, warnings_with, write


@pytest.mark.parametrize(("text", "found"), [
    ("banned for 12 months", [("12", "time", "month", "12 months")]),
    ("a 12-year ban", [("12", "time", "year", "12-year")]),
    ("at least two months' pay", [("2", "time", "month", "two months")]),
    ("it loses 187 megalitres a day", [("187", "volume", "megalitre", "187 megalitres")]),  # ('a day': no number)
    ("3 million tonnes a year", [("3 million", "mass", "tonne", "3 million tonnes")]),
    ("in 2 second-half goals", []),  # (an ordinal)
    ("twenty-five years", []),  # (a word of a longer number)
    ("$5 million", []),
])
def test_the_numbers_a_text_gives_in_units(text: str, found: list[tuple[str, str, str, str]]) -> None:
    assert units.numbers_in_units(text) == found


@pytest.mark.parametrize(("quote", "title", "said"), [
    ("He was banned from acting as a company director for 12 years.", "Banned as a director for 12 months",
     "title gives 12 months where the source_quote gives '12 years': a unit slipped?"),  # (a thirteenth review's)
    ("It loses 187 megalitres a day through leaking pipes.", "It loses 187 litres a day",
     "title gives 187 litres where the source_quote gives '187 megalitres': a unit slipped?"),
    ("Kiprotich took 34 seconds off the record.", "Kiprotich takes 34 minutes off the record",
     "title gives 34 minutes where the source_quote gives '34 seconds': a unit slipped?"),
    ("The union will ask for at least two months' pay for each year of service.", "At least two weeks' pay a year",
     "title gives two weeks where the source_quote gives 'two months': a unit slipped?"),
    ("He was banned for 12 years and jailed for 12 months.", "Jailed for 12 months", None),  # (the quote's own)
    ("He was banned from acting as a company director for 12 years.", "A 12-year ban", None),
    ("He was banned from acting as a company director for 12 years.", "Banned for 144 months", None),  # (converted:
    # another number, for the never-given check)
    ("The line will grow by 11.5 kilometres.", "The line grows by 11.5 km", None),  # (a symbol: not read here)
])
def test_a_number_in_another_unit_of_its_kind(quote: str, title: str, said: str | None, harbour: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A thirteenth review's: a ban of "12 months" for the article's "12 years", "187 litres a day" for "187
    megalitres a day" and "34 minutes" for "34 seconds" passed in titles and summaries."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/unit.yaml", f"title: \"{title}\"\nsummary: s\nsource_quote: \"{quote}\"\n")
    assert warnings_with(capsys, harbour, "unit slipped") == (
        [said] if said else [])


@pytest.mark.parametrize(("quote", "title", "said"), [
    ("Wages take 68% of revenue, up from 59% two years ago, a rise of nine percentage points.", "Wages up 9%",
     "title gives 9% where the source_quote says 'nine percentage points': a change in points is not one in "
     "percent"),  # (a fourteenth review's: points in words)
    ("The five-percentage-point drop leaves uptake at its lowest since 2015.", "Uptake down 5%",
     "title gives 5% where the source_quote says 'five-percentage-point': a change in points is not one in percent"),
    ("Wages take 68% of revenue, up from 59% two years ago, a rise of nine percentage points.", "Wages up nine points",
     None),
])
def test_points_in_words_given_as_percent(quote: str, title: str, said: str | None, harbour: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A fourteenth review's: "up 9%" for "a rise of nine percentage points" passed: only points in digits were
    read."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/points.yaml", f"title: \"{title}\"\nsummary: s\nsource_quote: \"{quote}\"\n")
    assert warnings_with(capsys, harbour, "points is not") == (
        [said] if said else [])


@pytest.mark.parametrize(("title", "said"), [
    ("The Alliance gained 11 seats in Bremora", "title gives 11 seats where the source_quote says '11 percentage "
                                                "points': a change in points is no count"),  # (a fifteenth review's)
    ("The Alliance's share rose 11 points", None),
    ("The Alliance won 14 seats in Bremora", None),
])
def test_points_given_as_a_count(title: str, said: str | None, harbour: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    quote = "In Bremora the Alliance's share jumped 11 percentage points to 36.2 percent, and it won 14 seats."
    assert card_warnings(capsys, harbour, quote, "no count", title) == ([said] if said else [])


AGENCY = "She said she had spent about £18,000 on agency staff last year to keep the subject running."
LIMIT = "Under the rules, clubs may lose up to £39 million over three seasons."


@pytest.mark.parametrize(("title", "said"), [
    ("Band D bills up £97 a month", "title gives £97 a month where the source_quote gives '£97 a year': a unit "
                                    "slipped?"),  # (a sixteenth review's: a rate's period)
    ("Band D bills up £97 a year", None),
    ("Band D bills up £97 per year", None),
])
def test_a_rate_given_per_another_period(title: str, said: str | None, harbour: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    quote = "The rise will add £97 a year to the bill for a Band D home."
    assert card_warnings(capsys, harbour, quote, "unit slipped", title) == ([said] if said else [])


@pytest.mark.parametrize(("quote", "title", "said"), [
    (AGENCY, "School spends £18,000 a term on agency staff", "title gives £18,000 a term where the source_quote gives "
                                                             "£18,000, and no rate: a unit slipped?"),  # (a seventeenth
    # review's: a rate of a sum spent once)
    (AGENCY, "School spent £18,000 on agency staff last year", None),
    (LIMIT, "Clubs may lose £39m a season", "title gives £39m a season where the source_quote gives £39 million, and "
                                            "no rate: a unit slipped?"),  # (the same review's)
    (LIMIT, "Clubs may lose up to £39m over three seasons", None),
    ("The call centre took more than 300 calls on Monday alone.", "More than 300 calls in a day", None),  # (a
    # twenty-third review's false alarm: within one day, no rate)
    ("The school spends about £18,000 annually on agency staff.", "£18,000 a year on agency staff", None),  # (a rate
    # in other words)
    ("Its £4.2m-a-year contract ended in October.", "A £4.2m-a-month contract", "title gives £4.2m-a-month where the "
     "source_quote gives '£4.2m-a-year': a unit slipped?"),  # (an eighteenth review's: a rate in hyphens)
    ("The average deposit of £61,250, about a fifth of the price, was a record.", "£61,250 was about a quarter of the "
     "price", None),  # (a nineteenth review's: a fraction, no period)
    ("The margin fell to 5.9 per cent, from 6.8 per cent in the same quarter of last year.", "Margin 5.9 per cent, "
     "against 6.8 per cent a year earlier", None),  # (an eighteenth review's: "a year earlier" is a time, no rate)
])
def test_a_rate_the_quote_does_not_give(quote: str, title: str, said: str | None, harbour: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert card_warnings(capsys, harbour, quote, "unit slipped", title) == ([said] if said else [])


@pytest.mark.parametrize(("summary", "said"), [
    ("The gauge showed 5.12 metres, up from 2.9 metres a day earlier.", ["summary says 'a day earlier' where the "
                                                                         "source_quote says 'a week earlier': a unit "
                                                                         "slipped?"]),  # (a twentieth review's)
    ("The gauge showed 5.12 metres, up from 2.9 metres a week earlier.", []),
    ("The gauge showed 5.12 metres; a year ago it showed 2.1 metres.", []),  # (another way of counting)
])
def test_a_time_counted_from_another_in_another_unit(summary: str, said: list[str], harbour: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    quote = "In Shrewsbury the gauge showed 5.12 metres, up from 2.9 metres a week earlier."
    assert card_warnings(capsys, harbour, quote, "unit slipped", summary=summary) == said


@pytest.mark.parametrize(("summary", "said"), [
    ("She called her insurer three times a month.", ["summary gives three times a month where the source_quote gives "
                                                     "'three times a week': a unit slipped?"]),  # (a twenty-second
    # review's miss: a number in words)
    ("She called her insurer three times a week.", []),
    ("She now makes one call a month.", ["summary gives one call a month where the source_quote gives 'one call a "
                                         "week': a unit slipped?"]),  # (a
    # twenty-seventh review's miss: 'one rocket a week' for 'one rocket a month')
])
def test_a_rate_in_words_given_per_another_period(summary: str, said: list[str], harbour: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    quote = ("She said she spent a year, sometimes calling her insurer three times a week, to clear her record, and now "
             "makes one call a week.")
    assert card_warnings(capsys, harbour, quote, "unit slipped", summary=summary) == said


def test_a_rate_per_an_hour(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-third review's miss: "12 metres a day" for "12 metres an hour" passed ("an" was not read)."""
    quote = "His team has been advancing the shaft at up to 12 metres an hour."
    assert card_warnings(capsys, harbour, quote, "unit slipped", "Shaft advancing up to 12 metres a day") == [
        "title gives 12 metres a day where the source_quote gives '12 metres an hour': a unit slipped?"]


@pytest.mark.parametrize(("title", "said"), [
    ("Women to get Rs 2,500 a year", ["title gives 2,500 a year where the source_quote gives it 'monthly': a unit "
                                      "slipped?"]),  # (a twenty-third review's miss: the rate before its thing)
    ("Women to get Rs 2,500 a month", []),
])
def test_a_rate_the_quote_gives_before_its_thing(title: str, said: list[str], harbour: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    quote = "It has promised to raise the monthly assistance to women heads of households from Rs 2,000 to Rs 2,500."
    assert card_warnings(capsys, harbour, quote, "unit slipped", title) == said


def test_a_rate_three_words_after_its_number(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-sixth review's miss: "500,000 tonnes a week" on "500,000 tonnes of wheat a month" (three words)."""
    quote = "The federation said mills were grinding about 500,000 tonnes of wheat a month."
    assert card_warnings(capsys, harbour, quote, "unit slipped", "Mills grinding about 500,000 tonnes a week") == [
        "title gives 500,000 tonnes a week where the source_quote gives '500,000 tonnes of wheat a month': a unit "
        "slipped?"]


@pytest.mark.parametrize(("unit", "said"), [
    ("lorries a day", ["figures[0].unit 'lorries a day' where the source_quote gives '300 lorries a week': a unit "
                       "slipped?"]),  # (a twenty-eighth review's miss: a figure's rate in its unit)
    ("lorries a week", []),
    ("lorries", []),
])
def test_a_figure_s_rate_per_another_period(unit: str, said: list[str], harbour: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    quote = "At the height of the work, up to 300 lorries a week are expected to make deliveries to the site."
    assert card_warnings(capsys, harbour, quote, "unit slipped", more=f"figures:\n  - label: Lorries\n    value: 300\n"
                                                                     f"    unit: {unit}\n    hedge: up to\n") == said

"""A comparison a card turns round (comparechecks.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import add_to_source, check, write

RACE = "The temperature at the start was 9C, far cooler than last year's race, run in 23C heat."
SENTENCE = "Pellow's sentence is two years longer than Tillotson's, although the sum he took was almost twice as large."
STOCKS = "The reservoirs were 58% full this week, down from 63% last week and far below the 84% recorded a year ago."


@pytest.mark.parametrize(("quote", "summary", "said"), [
    (RACE, "Conditions were warmer than at last year's race.", "summary says 'warmer than at last year's', where the "
     "source_quote says 'cooler than last year's race': the comparison turned round?"),  # (a thirteenth review's)
    (SENTENCE, "Pellow gets a shorter term than Tillotson.", "summary says 'shorter term than Tillotson', where the "
     "source_quote says 'longer than Tillotson's': the comparison turned round?"),
    (STOCKS, "Stocks of 58% are higher than a year ago.", "summary says 'higher than a year ago', where the "
     "source_quote says 'below the 84% recorded a': the comparison turned round?"),
    (RACE, "It was colder than at last year's race.", None),  # (the quote's way)
    (RACE, "Last year's race was warmer than this year.", None),  # (compared with another thing: turned round too)
    (SENTENCE, "Tillotson's sentence was shorter than Pellow's.", None),
    (STOCKS, "More than 58% of the capacity is left.", None),  # ('more than 58%': a hedge, no comparison)
    ("Sales were higher than expected, but profits were lower than expected.", "Profits were lower than expected.",
     None),  # (the quote's both ways)
    ("Admissions peaked at 38 per 100,000, up from 24 per 100,000 at the peak last winter.", "Admissions peaked lower "
     "than last winter.", "summary says 'lower than last winter', where the source_quote says 'up from 24 per "
     "100,000': the comparison turned round?"),  # (a fourteenth review's: a way from a number at its time)
    ("That would make him the best-paid player, ahead of the captain, Owen Pritchard.", "He will earn less than the "
     "captain.", "summary says 'less than the captain', where the source_quote says 'ahead of the captain': the "
     "comparison turned round?"),  # (more or less, ahead or behind: one way)
    ("It lost 163 Ml/d, down from 171 Ml/d a year earlier but above its target of 148 Ml/d.", "Leakage is still above "
     "the 148 Ml/d target.", None),  # (a clause's own comparison, after 'but'; not the unit's word)
    ("Six fires have burned about 312,000 acres, more than the 2023 and 2024 seasons combined.", "About 312,000 acres, "
     "less than the 2023 and 2024 seasons combined.", "summary says 'less than the 2023', where the source_quote says "
     "'more than the 2023': the comparison turned round?"),  # (a year names what it compares with: a seventeenth
    # review's)
    ("Six fires have burned about 312,000 acres, more than the 2023 and 2024 seasons combined.", "More acres than in "
     "2023 and 2024 together.", None),
    ("Mr. Adeyemi said it still expected to sell more this year than last.", "The company expects to sell fewer "
     "vehicles this year than last.", "summary says 'fewer vehicles this year than', where the source_quote says 'more "
     "this year than last': the comparison turned round?"),  # (a twenty-third review's miss: three words between)
    ("Figures showed inflation falling faster than its own economists had expected.", "Inflation fell more slowly "
     "than its own economists had expected.", "summary says 'more slowly than its own', where the source_quote says "
     "'faster than its own economists': the comparison turned round?"),  # (a twenty-seventh review's miss: an adverb
    # of two words)
    ("The gap had narrowed more slowly than it had forecast.", "The gap narrowed slower than it had forecast.", None),
    ("The gap had narrowed more slowly than it had forecast.", "The gap narrowed more than it had forecast.", None),
    ("Leakage was down from 158 million litres a day, but it remained above the target of 118 million litres a day.",
     "Leakage is now below the target of 118 million litres a day.", "summary says 'below the target of 118', where "
     "the source_quote says 'above the target of 118': the comparison turned round?"),  # (an eighteenth review's miss:
    # what it compares with before a number, and another comparison the other way, with the number's unit)
    ("Leakage was down from 158 million litres a day, but it remained above the target of 118 million litres a day.",
     "Leakage is still above the target of 118 million litres a day.", None),
    ("Argentine wheat was about $15 a tonne more expensive than U.S. Gulf wheat.", "Argentine wheat was about $15 a "
     "tonne cheaper than U.S. Gulf wheat.", "summary says 'cheaper than U.S. Gulf wheat', where the source_quote says "
     "'more expensive than U.S. Gulf': the comparison turned round?"),  # (a twenty-sixth review's miss: a
    # comparative of two words, and what it compares with after an abbreviation's points)
    ("Argentine wheat was about $15 a tonne more expensive than U.S. Gulf wheat.", "Argentine wheat cost more than "
     "U.S. Gulf wheat.", None),
    ("Membership costs $120, more expensive than Pittsburgh's $96.", "Membership costs less than Pittsburgh's $96.",
     "summary says 'less than Pittsburgh's $96', where the source_quote says 'more expensive than Pittsburgh's $96': "
     "the comparison turned round?"),
])
def test_a_comparison_turned_round(quote: str, summary: str, said: str | None, harbour: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A thirteenth review's: "warmer than last year's race" on "far cooler than last year's race", "a shorter term
    than Tillotson" on "two years longer than Tillotson's" and "higher than a year ago" on "far below the 84%
    recorded a year ago" passed."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/compare.yaml", f"title: t\nsummary: \"{summary}\"\nsource_quote: \"{quote}\"\n")
    assert [line.split(": warning: ")[1] for line in check(capsys, harbour)[1] if "turned round?" in line
            and "comparison" in line] == ([said] if said else [])


SCHOOLS = "More than 60,000 schoolchildren came on free school trips, compared with 85,000 in 2019."


@pytest.mark.parametrize(("quote", "summary", "said"), [
    (SCHOOLS, "60,000 pupils came, more than the 85,000 of 2019.", "summary says 'more than the 85,000', where the "
     "source_quote gives 60,000 against 85,000: the comparison turned round?"),  # (a fourteenth review's)
    (SCHOOLS, "60,000 pupils came, fewer than the 85,000 of 2019.", None),
    ("Sickness absence fell to 2.8 million days, compared with 2.83 million.", "Fewer than the 2.83 million of before.",
     None),  # (each number with its scale)
    ("Admissions peaked at 38 per 100,000 in the week to January 4, up from 24 per 100,000 last winter.",
     "Admissions peaked below 24 per 100,000.", "summary says 'below 24', where the source_quote gives 38 against 24: "
                                                "the comparison turned round?"),  # (not 'per 100,000' or 'January 4')
    ("Shelters house about 860 people a night, down from more than 1,200 at the weekend.", "About 860 a night, down "
     "from more than 1,200.", None),  # (a hedge of the earlier number: a seventeenth review's)
    ("Shelters house about 860 people a night, compared with 1,200 at the weekend.", "About 860 a night, a total "
     "of more than 1,200.", None),
])
def test_a_comparison_with_the_quote_s_number_turned_round(quote: str, summary: str, said: str | None, harbour: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A fourteenth review's: "more than the 85,000 who came in 2019" on "more than 60,000 … compared with 85,000 in
    2019" passed."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/compare.yaml", f"title: t\nsummary: \"{summary}\"\nsource_quote: \"{quote}\"\n")
    assert [line.split(": warning: ")[1] for line in check(capsys, harbour)[1] if "comparison turned round?" in line
            ] == ([said] if said else [])


@pytest.mark.parametrize(("quote", "summary", "said"), [
    ("Fewer trains will run this time because the company has fewer drivers.", "More trains will run this time.",
     "summary says 'More trains', where the source_quote says 'Fewer trains': the comparison turned round?"),  # (a
    # fifteenth review's: a comparative before its thing, with no 'than')
    ("Fewer trains will run this time because the company has fewer drivers.", "Fewer trains will run.", None),
    ("The true risk may be higher, not lower, he said.", "The true risk may be lower, not higher.",
     "summary says 'lower, not higher', where the source_quote says 'higher, not lower': the comparison turned "
     "round?"),
    ("Prices were higher in the north and lower in the south.", "Lower prices in the south.", None),  # (both)
])
def test_a_comparative_before_its_thing_turned_round(quote: str, summary: str, said: str | None, harbour: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/compare.yaml", f"title: t\nsummary: \"{summary}\"\nsource_quote: \"{quote}\"\n")
    assert [line.split(": warning: ")[1] for line in check(capsys, harbour)[1] if "comparison turned round?" in line
            ] == ([said] if said else [])


GRADES = ("At independent schools, 47.9% of entries achieved an A or A*, more than double the 22.0% at comprehensive "
          "schools. Selective grammar schools recorded 41.3% and sixth-form colleges 23.5%.")


@pytest.mark.parametrize(("summary", "said"), [
    ("Sixth-form colleges saw 23.5% of entries graded A or A*, slightly behind the 22.0% at comprehensives.",
     ["summary says 23.5% is 'behind 22.0%': the comparison turned round?"]),  # (a seventeenth review's)
    ("Sixth-form colleges saw 23.5% of entries graded A or A*, just ahead of the 22.0% at comprehensives.", []),
    ("Grammar schools recorded 41.3%, more than the 23.5% of sixth-form colleges.", []),
    ("Sixth-form colleges recorded 23.5%, more than 22 schools.", []),  # (a hedge, not a comparison)
])
def test_a_card_s_comparison_of_two_of_its_numbers_turned_round(summary: str, said: list[str], harbour: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\n{GRADES}\n")
    write(harbour, "content/people/compare.yaml", f"title: t\nsummary: \"{summary}\"\nsource_quote: \"{GRADES}\"\n")
    assert [line.split(": warning: ")[1] for line in check(capsys, harbour)[1] if "turned round?" in line] == said


REVENUE = ("The company said revenue rose 12 per cent year on year to $4.1bn in the three months to September 30. That "
           "was slightly ahead of the $4.05bn that analysts had expected.")


@pytest.mark.parametrize(("summary", "said"), [
    ("Revenue rose to $4.1bn in the three months to September 30, just short of the $4.05bn analysts expected.",
     ["summary says 4.1bn is 'short of 4.05bn': the comparison turned round?"]),  # (a twenty-second review's miss:
    # "short of", a scale, a date's day between)
    ("Revenue rose to $4.1bn in the three months to September 30, beating the $4.05bn analysts expected.", []),
    ("Revenue rose 12 per cent to September 30, short of the $4.05bn analysts expected.", []),  # (other kinds: a
    # day, a share of no amount)
    ("Revenue growth is 12 per cent and could fall below 5 per cent next year.", []),  # (a twenty-third review's
    # false alarm: where a number may go, no comparison of two)
])
def test_a_card_s_comparison_by_its_numbers_scales(summary: str, said: list[str], harbour: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\n{REVENUE}\n")
    write(harbour, "content/people/compare.yaml", f"title: t\nsummary: \"{summary}\"\nsource_quote: \"{REVENUE}\"\n")
    assert [line.split(": warning: ")[1] for line in check(capsys, harbour)[1] if "turned round?" in line] == said

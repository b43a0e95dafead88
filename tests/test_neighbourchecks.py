"""A number a card gives among the words its quote gives another with (neighbourchecks.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import add_to_source, card_warnings, warnings_with, write

RISK = ("After the researchers adjusted for age and income, the risk was 34 percent higher (95 percent confidence "
        "interval, 22 percent to 47 percent).")
COALITION = "An Alliance-Green coalition would hold 125 seats, four more than the 121 needed for a majority."
RATES = ("Among the short sleepers, the rate was 12.1 cases per 1,000 people per year, compared with 8.8 per 1,000 "
         "among those who slept seven to eight hours, the comparison group.")


@pytest.mark.parametrize(("quote", "title", "said"), [
    (RISK, "After adjustment, the risk was still 22% higher", ["title gives 22% where the source_quote gives 34 percent "
                                                               "among the same words ('risk', 'higher'): a number "
                                                               "slipped?"]),  # (a fifteenth review's)
    (RISK, "After adjustment, the risk was still 34% higher", []),
    (RISK, "The interval runs from 22% to 47%", []),  # (its own words)
    (COALITION, "An Alliance-Green coalition would have 121 seats", ["title gives 121 where the source_quote gives 125 "
                                                                     "among the same words ('coalition', 'seats'): a "
                                                                     "number slipped?"]),  # (a fifteenth review's)
    (COALITION, "A coalition would hold 125 seats, four more than the 121 it needs", []),  # (both in one sentence)
    (RATES, "In the comparison group, who slept seven to eight hours, the rate was 8.8 per 1,000", []),
    (RATES, "Among short sleepers the rate was 8.8 cases per 1,000 people", ["title gives 8.8 where the source_quote "
                                                                            "gives 12.1, after the same words ('the "
                                                                            "rate'): a number slipped?"]),  # (said once,
    # by framechecks.py)
])
def test_a_number_among_the_words_the_quote_gives_another_with(quote: str, title: str, said: list[str],
                                                               harbour: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The fifteenth review's misses: "the risk was 22% higher" on "the risk was 34 percent higher (… 22 percent to
    47 percent)" passed, as the card's words were not the quote's right before its number."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/near.yaml", f"title: \"{title}\"\nsummary: s\nsource_quote: \"{quote}\"\n")
    assert warnings_with(capsys, harbour, "slipped?") == said


SERVICES = ("Core inflation, which strips out food and energy, slowed to 2.9% in September from 3.2% a month earlier, "
            "while services inflation, which the committee watches closely, remained stubborn at 4.6%.")


@pytest.mark.parametrize(("label", "value", "more", "said"), [
    ("Services inflation", 2.9, "", ["figures[0].value 2.9 where the source_quote gives 4.6% beside the label's words "
                                     "('Services'): a number slipped?"]),  # (a seventeenth review's)
    ("Services inflation", 4.6, "", []),
    ("Core inflation", 2.9, "", []),
    ("Inflation", 2.9, "", []),  # (no word of it tells the clauses apart)
    ("Services inflation", 2.9, "  - label: Services rate\n    value: 4.6\n    unit: '%'\n", []),  # (the other
    # number another figure's: the card's own list)
])
def test_a_figure_whose_value_the_quote_gives_in_another_clause_than_its_label_s(
        label: str, value: float, more: str, said: list[str], harbour: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    card = f"figures:\n  - label: {label}\n    value: {value}\n    unit: '%'\n{more}"
    assert card_warnings(capsys, harbour, SERVICES, "slipped?", more=card) == said


REVIEWS = ("Ofqual expected more than 5,000 requests for a review of marking this year, compared with about 4,800 in "
           "2024, when 1,150 grades were changed.")


@pytest.mark.parametrize(("label", "value", "said"), [
    ("Grades changed after review in 2024", 4800, ["figures[0].value 4,800 where the source_quote gives 1,150 beside "
                                                   "the label's words ('Grades', 'changed'): a number slipped?"]),  # (a
    # seventeenth review's: more of its words beside the other number)
    ("Grades changed after review in 2024", 1150, []),
    ("Review requests in 2024", 4800, []),
])
def test_a_figure_with_more_of_its_words_beside_another_number(label: str, value: float, said: list[str],
                                                               harbour: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    card = f"figures:\n  - label: {label}\n    value: {value}\n"
    assert card_warnings(capsys, harbour, REVIEWS, "slipped?", more=card) == said


AGED = ("In those aged 65 to 74 efficacy was 84.6%, while among people aged 75 and over it fell to 71.8%.")
RESPIVA = "Respiva was 82.6% effective in its first season, but that fell to 56.1% in the second."


@pytest.mark.parametrize(("quote", "figure", "said"), [
    (AGED, "  - label: Efficacy, aged 75 and over\n    value: 71.8\n    unit: '%'\n", []),  # (a nineteenth review's: its label's
    # own number beside its value)
    (AGED, "  - label: Efficacy, oldest group\n    value: 71.8\n    unit: '%'\n", ["figures[0].value 71.8 where the source_quote "
                                                                     "gives 84.6% beside the label's words "
                                                                     "('Efficacy'): a number slipped?"]),
    (RESPIVA, "  - label: Respiva efficacy, first to second season\n    value: 56.1\n    from: 82.6\n    unit: '%'\n",
     []),  # (the
    # same review's: the other number the start of its change)
])
def test_a_figure_s_label_number_or_change_is_its_own(quote: str, figure: str, said: list[str], harbour: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert card_warnings(capsys, harbour, quote, "slipped?", more=f"figures:\n{figure}") == said


def test_a_label_s_own_number_is_no_neighbour(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-fifth review's false alarm: a figure labelled "Patients waiting more than 18 months", 3,140, was told
    the quote gives 18 beside the label's words; a name's number in a label ("Route 42 journeys") is still no bound."""
    quote = ("The executive aimed to have nobody waiting more than 18 months for a day-case procedure by December; "
             "3,140 people were in that group last month.")
    assert card_warnings(capsys, harbour, quote, "slipped", more="figures:\n  - label: Day-case patients waiting more "
                                                                 "than 18 months\n    value: 3140\n") == []


def test_a_name_s_number_and_a_change_s_start_are_no_neighbours(harbour: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The twenty-sixth review's false alarms: "Round 5" was a number a figure's value slipped to, and a title's "rises
    to £71.40" was told the quote gives £58.87 among its words, where £58.87 is where it rose from."""
    quote = ("Cromer Shoal, a 1.2GW project that won in Allocation Round 5, has been delayed, said the developer "
             "behind Cromer Shoal.")
    assert card_warnings(capsys, harbour, quote, "slipped", more="figures:\n  - label: Cromer Shoal capacity\n"
                                                                 "    value: 1.2\n") == []
    quote = "Fixed-bottom wind cleared at £71.40 per megawatt-hour in 2024 prices, up from £58.87/MWh in the last round."
    assert card_warnings(capsys, harbour, quote, "slipped", "Fixed-bottom strike price rises to £71.40/MWh") == []


def test_a_time_of_day_is_no_neighbour(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-seventh review's false alarm: a figure "Ash height of the second blast", about 9 (km), was told the
    quote gives 11 beside the label's words, the hour of "at 11:15 p.m." in the blast's clause."""
    quote = "The second blast, at 11:15 p.m. on Monday, sent ash to about 9 kilometres, lower than the first."
    assert card_warnings(capsys, harbour, quote, "slipped", more="figures:\n  - label: Ash height of the second blast\n"
                                                                 "    value: 9\n    hedge: about\n") == []


HERRING = ("Herring catches will fall by 12%, to 402,000 tonnes, while the quota for mackerel will rise for the second "
           "year running, from 611,000 tonnes to 655,000 tonnes.")


@pytest.mark.parametrize(("quote", "title", "said"), [
    (HERRING, "Herring catches cut by 12% to 655,000 tonnes", [
        "title gives 655,000 where the source_quote gives 402,000 with the words of its clause ('Herring', 'catches'): "
        "a number slipped?"]),  # (a twenty-seventh review's miss: the other clause's number)
    (HERRING, "Herring catches cut by 12% to 402,000 tonnes", []),
    (HERRING, "Mackerel quota up to 655,000 tonnes", []),
    ("The Liberal Democrats took 34.2% of the vote, while the Conservative share fell from 44.1% to 26.8%.",
     "Lib Dem share up to 34.2%, Conservative share down to 26.8%", []),  # (a list's parts, each its own)
    ("The programme is meant to protect 336,000 properties, but a report found it would protect 200,000, about 40% "
     "fewer than planned.", "The report found it would protect far fewer than the 336,000 planned", []),  # (the two
    # compared)
])
def test_a_number_of_another_clause_than_the_card_s_words(quote: str, title: str, said: list[str], harbour: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert card_warnings(capsys, harbour, quote, "slipped", title) == said


def test_a_label_s_neighbour_in_the_figure_s_unit(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-seventh review's: a figure "Fall in the monthly repayment on a typical loan", 600 kroner, was told the
    quote gives 25 beside its words (the loan's 25 years), not 270 kroner."""
    quote = ("On a typical loan over 25 years, monthly repayments will fall by about 270 kroner. Payments on some larger "
             "loans could fall by up to 600 kroner a month.")
    assert card_warnings(capsys, harbour, quote, "slipped", more="figures:\n  - label: Fall in the monthly repayment on "
                                                                 "a typical loan\n    value: 600\n    unit: kroner\n"
                                                                 "    hedge: up to\n") == [
        "figures[0].value 600 where the source_quote gives 270 beside the label's words ('loan', 'repayment', "
        "'typical'): a number slipped?"]

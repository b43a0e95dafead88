"""A change a card says in words alone went the other way than its quote says (wordchanges.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import wordchanges
from tests.conftest import add_to_source, card_warnings, check, warnings_with, write

DEFICIT = "The trade deficit narrowed in the third quarter, the statistics office said."
FLAT = "Exports to China were flat, while imports of fuel fell sharply."
BOTH = "Sales at the group rose in March but fell in April."
DENIED = "The central bank said inflation had not yet improved."
SLOWED = "Growth slowed to its weakest pace in two years. The currency weakened against the dollar."
TWO_THINGS = "Exports rose while imports fell."
SERVICES = "Core inflation, which strips out food and energy, was flat at 3.4%, while services inflation edged down to 4.8%."
CASH = "The club's cash position improved to £34 million from £19 million."
EARNINGS = "Average earnings rose 5.6% in the year to April, up from 5.3% in March."
MARGINS = ("Its retail margin, the profit it makes on each household, narrowed, while the margin of its generation arm "
           "widened.")
PUNCTUALITY = "On-time performance on the rail network improved, while on-time performance for buses worsened."
AMORTISATION = ("Wages rose, and amortisation of transfer fees, the cost of player purchases spread over their "
                "contracts, held steady at £61 million.")
TICKETS = "Season ticket prices, which rose by 7% this summer, up from a 5% rise the year before, priced out young fans."


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    (DEFICIT, "Trade deficit widens", "s",
     ["title says Trade deficit widened ('widens'), where the source_quote says it narrowed ('narrowed'): is the direction "
      "right?"]),
    (DEFICIT, "Trade deficit narrows", "The gap between imports and exports **shrank**.", []),
    ("Passenger numbers, however, kept growing.", "Passenger numbers shrink", "s",  # (a tenth review's: the thing
     # before an aside that only links)
     ["title says Passenger numbers fell ('shrink'), where the source_quote says it rose ('growing'): is the direction "
      "right?"]),
    ("On the Harbour line, punctuality worsened.", "Harbour line punctuality worsens", "Punctuality improved on most "
     "lines but not on the Harbour line, where it worsened.", []),  # (its own 'worsened': of what 'it' is)
    ("Council tax collection has slipped.", "Council tax collection rises", "s",  # (the ninth review's word)
     ["title says Council tax collection rose ('rises'), where the source_quote says it fell ('slipped'): is the "
      "direction right?"]),
    (FLAT, "Fuel imports fall", "Exports to China fell, the office said.",
     ["summary says Exports to China fell ('fell'), where the source_quote says it did not change ('were flat'): is the direction "
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
    ("Real wages, which adjust for inflation, improved for a ninth month.", "Real wages worsen", "s",
     ["title says Real wages worsened ('worsen'), where the source_quote says it improved ('improved'): is the "
      "direction right?"]),  # (the thing before a clause within the clause)
    ("Core inflation, which strips out energy, food and tobacco, slowed to 3.6%.", "Core inflation accelerates", "s",
     ["title says Core inflation sped up ('accelerates'), where the source_quote says it slowed ('slowed'): is the "
      "direction right?"]),
    ("Sterling was flat against the euro.", "Sterling weakens against the euro", "s",
     ["title says Sterling weakened ('weakens'), where the source_quote says it did not change ('was flat'): is the "
      "direction right?"]),  # (no change is no change of any kind)
    (DEFICIT, "Trade deficit grows", "s",
     ["title says Trade deficit rose ('grows'), where the source_quote says it narrowed ('narrowed'): is the "
      "direction right?"]),  # (a gap widens as a level rises)
    ("The pound strengthened against the dollar.", "Pound rises against the dollar", "s", []),
    ("Bus ridership fell 12% last year.", "Ridership rose 12%", "s",
     ["title gives 12% as a rise ('rose'), where the source_quote gives it as a fall ('fell'): is the direction "
      "right?"]),  # (a way said of a number is the number check's: not said again in words)
    ("The ridership recovery slowed in the autumn.", "Ridership recovery sped up", "s",
     ["title says Ridership recovery sped up ('sped up'), where the source_quote says it slowed ('slowed'): is the "
      "direction right?"]),
    ("Covid admissions were stable through January.", "Covid admissions rose through January", "s",
     ["title says Covid admissions rose ('rose'), where the source_quote says it did not change ('were stable'): is "
      "the direction right?"]),
    ("The infection rate fell for a third week.", "Flu infection rate rose", "s",
     ["title says Flu infection rate rose ('rose'), where the source_quote says it fell ('fell'): is the direction "
      "right?"]),  # (the quote's thing in fewer words: 'flu' is nowhere in it)
    ("Prices fell in March, though petrol was dearer.", "Petrol prices rose in March", "s", []),  # (petrol: in it)
    ("Unemployment was 5.2% in June, down from 5.9% a year earlier.", "Unemployment rises", "s",
     ["title says Unemployment rose ('rises'), where the source_quote says it fell ('down'): is the direction "
      "right?"]),  # (', down from': of the thing before the comma)
    ("Unemployment was 5.2% in June, down from 5.9% a year earlier.", "Unemployment eases", "s", []),
    ("Unemployment was 5.2% in May, down from 5.9% a year earlier.", "Unemployment rises in May", "s",
     ["title says Unemployment rose ('rises'), where the source_quote says it fell ('down'): is the direction "
      "right?"]),  # ('May': the month, not a guess)
    ("Prices may rise again in June.", "Prices fell in June", "s", []),  # ('may': a guess)
    ("May prices rise again? The office would not say.", "Prices fell", "s", []),
    # a fourth review's misses (a central bank's decision, a football club's results):
    ("The ten-year yield was little changed at 4.05%.", "Ten-year yield climbs", "s",
     ["title says Ten-year yield rose ('climbs'), where the source_quote says it did not change ('was little "
      "changed'): is the direction right?"]),
    ("Food price inflation slowed to 2.2%, down from 4.0% in April.", "Food price inflation quickens", "s",
     ["title says Food price inflation sped up ('quickens'), where the source_quote says it slowed ('slowed'): is the "
      "direction right?"]),  # (its own kind of way, 'slowed', not 'down')
    ("The average home crowd was 41,850, down 1% on the previous season.", "Average home crowd rose", "s",
     ["title says Average home crowd rose ('rose'), where the source_quote says it fell ('down'): is the direction "
      "right?"]),  # (41,850: no clause's start)
    ("The average two-year fixed mortgage rate has already fallen to 5.21%.", "Fixed mortgage rates rise", "s",
     ["title says Fixed mortgage rates rose ('rise'), where the source_quote says it fell ('fallen'): is the direction "
      "right?"]),  # (the last four words that may name a thing, not the last four words)
    ("Ms Vasquez of the Centre for Urban Mobility said the recovery in ridership had slowed.", "s",
     "Ms Vasquez of the Centre for Urban Mobility said the recovery in ridership sped up.",
     ["summary says recovery in ridership sped up ('sped up'), where the source_quote says it slowed ('slowed'): is "
      "the direction right?"]),  # (what was said starts a clause)
    ("Price growth fell in June.", "Prices rose in June", "s", []),  # (the rate they rose at: another thing)
    ("Wages rose in June.", "Wage growth fell in June", "s", []),
    ("In June, down from April, sales were flat.", "Sales rose in June", "s",
     ["title says Sales rose ('rose'), where the source_quote says it did not change ('were flat'): is the "
      "direction right?"]),  # (', down' of no thing: 'In June' names none)
    ("The infection rate fell among adults, while the rate among children rose.", "Child infection rate rose", "s",
     []),
    # the fourth review's, later:
    (SERVICES, "Inflation in services picks up", "s",
     ["title says Inflation in services sped up ('picks up'), where the source_quote says it fell ('edged down'): is "
      "the direction right?"]),  # (a rate picks up as it rises; core inflation is another thing)
    (SERVICES, "Services inflation eased", "Core inflation was flat.", []),
    (CASH, "Cash position weakened", "s",
     ["title says Cash position weakened ('weakened'), where the source_quote says it improved ('improved'): is the "
      "direction right?"]),  # (what strengthens improves)
    (CASH, "Cash position strengthened", "s", []),
    (EARNINGS, "Earnings growth slows", "s",
     ["title says Earnings growth slowed ('slows'), where the source_quote says it rose ('up from 5.3%'): is the "
      "direction right?"]),  # (a rise of 5.6% after one of 5.3%: faster)
    (EARNINGS, "Earnings growth picks up", "Average earnings rose in the year to April.", []),
    ("Average earnings rose 5.6% in the year to April, down from 5.9% in March.", "Earnings growth slows", "s", []),
    ("Average earnings rose to 5.6% in April, up from 5.3% in March.", "Earnings growth slows", "s", []),  # (a level)
    ("Unemployment rose 0.2% to 5.2% in April, up from 5.0%.", "Unemployment growth slowed", "s", []),
    (TICKETS, "Ticket price rises slowed", "s",
     ["title says Ticket price rises slowed ('slowed'), where the source_quote says it rose ('up from a 5%'): is the "
      "direction right?"]),
    (TICKETS, "Ticket price rises sped up", "Ticket prices rose by 7% this summer.", []),
    (AMORTISATION, "Amortisation of transfer fees rose", "s",
     ["title says Amortisation of transfer fees rose ('rose'), where the source_quote says it did not change ('held "
      "steady'): is the direction right?"]),  # (the thing before an aside)
    (AMORTISATION, "Amortisation of transfer fees held steady", "Wages rose.", []),
    # a sixth review's: the other thing's way, of a thing that shares a word with the card's
    (MARGINS, "Retail margin widened", "s",
     ["title says Retail margin widened ('widened'), where the source_quote says it narrowed ('narrowed'): is the "
      "direction right?"]),  # ('the margin of its generation arm': words the card does not write)
    (MARGINS, "Generation margin widened", "The retail margin narrowed.", []),
    (PUNCTUALITY, "Bus on-time performance improved", "s",
     ["title says Bus on-time performance improved ('improved'), where the source_quote says it worsened "
      "('worsened'): is the direction right?"]),  # ('buses': the card's 'bus')
    (PUNCTUALITY, "Rail on-time performance improved", "s", []),
    # a ninth review's: a budget's plans, in the future tense
    ("Reserves will fall to a record low, and borrowing will rise.", "Borrowing will fall", "s",
     ["title says Borrowing fell ('fall'), where the source_quote says it rose ('rise'): is the direction right?"]),
    ("Reserves will fall to a record low, and borrowing will rise.", "Borrowing will rise", "Reserves will fall.", []),
    ("Analysts say borrowing will rise.", "Borrowing will fall", "s", []),  # (someone's view)
    # a seventeenth review's: its thing in other words, but by the quote's amount
    ("Hospital visits for breathing problems at Redcliff General rose by nearly a fifth last week.", "Breathing-problem "
     "visits at Redcliff General fall by nearly a fifth", "s", ["title says Breathing-problem visits at Redcliff General "
                                                               "fell ('fall'), where the source_quote says it rose "
                                                               "('rose'): is the direction right?"]),
    ("Hospital visits for breathing problems at Redcliff General rose by nearly a fifth last week.", "Breathing-problem "
     "visits at Redcliff General climb by nearly a fifth", "s", []),
    ("Visits rose by a third in May, and costs fell by a quarter.", "Visits up by a third, costs down by a quarter",
     "s", []),
    ("The effective interest rate paid on newly drawn mortgages fell by 11 basis points to 4.12%.", "Rate on new "
     "mortgages rises to 4.12%", "s", ["title says Rate on new mortgages rose ('rises'), where the source_quote says it "
                                       "fell ('fell'): is the direction right?"]),  # (a nineteenth review's: the
    # same level, "to 4.12%")
    ("The effective interest rate paid on newly drawn mortgages fell by 11 basis points to 4.12%.", "Rate on new "
     "mortgages falls to 4.12%", "s", []),
    ("Spending on maintaining existing defences was cut from £215 million in 2023-24 to £190 million in 2024-25.",
     "Maintenance spending on defences raised to £190m", "s", ["title says Maintenance spending on defences rose "
                                                               "('raised'), where the source_quote says it fell ('cut'): "
                                                               "is the direction right?"]),  # (a twentieth review's: a
    # passive "was cut", the level after its start)
    ("Spending on maintaining existing defences was cut from £215 million in 2023-24 to £190 million in 2024-25.",
     "Maintenance spending cut to £190m", "s", []),
    ("Under the new cap, the daily standing charge for electricity will rise from 49.12p to 51.37p.", "Electricity "
     "standing charge to fall to 51.37p a day", "s", ["title says Electricity standing charge fell ('fall'), where the "
                                                      "source_quote says it rose ('rise'): is the direction right?"]),
    # (a twenty-first review's miss: a headline's "to fall", what will be, not a guess)
    ("Under the new cap, the daily standing charge for electricity will rise from 49.12p to 51.37p.", "Electricity "
     "standing charge to rise to 51.37p a day", "s", []),
    ("Herring catches will fall by 12%, while the quota for mackerel will rise for the second year running.",
     "Mackerel quota cut for the second year running", "s",
     ["title says Mackerel quota fell ('cut'), where the source_quote says it rose ('rise'): is the direction "
      "right?"]),  # (a twenty-seventh review's miss: a headline's passive "cut for")
    ("Herring catches will fall by 12%, while the quota for mackerel will rise for the second year running.",
     "Herring quota cut by 12%", "s", []),
])
def test_a_change_in_words_said_the_other_way_than_its_quote(quote: str, title: str, summary: str, said: list[str],
                                                            harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A review's misses: "widens" for "narrowed" and "fell" for "were flat" passed, as no number was wrong."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/change.yaml", f"title: {title}\nsummary: {summary}\nsource_quote: {quote}\n")
    lines = warnings_with(capsys, harbour, "direction")
    assert lines == said


@settings(max_examples=500, deadline=None)
@given(st.from_regex(wordchanges._WAY))
def test_the_cheap_test_of_a_quote_passes_every_way(text: str) -> None:
    """A quote MAY_SAY_A_WAY passes over holds none of the ways (it is what keeps most quotes from the slow search)."""
    assert wordchanges.MAY_SAY_A_WAY.search(text)


@pytest.mark.parametrize(("title", "summary", "quote"), [
    ("Petrol prices fall over the month", "Petrol prices dropped 3.2 pence a litre in March.",
     "The office said petrol fell 3.2 pence a litre over the month, while food prices rose 0.8%."),
    ("Whitfield's share falls to 46%", "s", "Support for Whitfield fell to 46%, while Hale's share rose to 43%."),
    ("Whitfield's support among men falls to 41%", "s", "Hale's support among men rose to 52%, while Whitfield's fell "
                                                       "to 41%."),
    ("Asia volumes down", "Fuel sales volumes fell 6% in Asia as demand weakened, while European volumes rose 4%.",
     "Fuel sales volumes in Europe rose 4%, while those in Asia fell 6% as demand from Chinese refiners weakened."),
    ("Wage growth accelerates to 4.2%", "s", "Job growth slowed in October, while wage growth picked up to 4.2%."),
    ("Bank Rate held steady at 4.5%", "s", "It voted 7-2 to keep Bank Rate unchanged at 4.5%, even as the inflation "
                                           "rate fell for a second month."),
    ("Sectors", "Factories shed 12,000 jobs and retail employment was flat.", "Health care employment rose by 48,000, "
     "but manufacturing employment fell by 12,000 and retail was flat."),
    ("Income up", "Household disposable income rose as fuel prices fell, the ONS said.",
     "Lower fuel prices increased household disposable income, the ONS said."),  # (what made it go up)
    ("Cash flow", "Operating costs fell, increasing free cash flow.", "Lower operating costs increased free cash flow, "
                                                                      "and capital spending was unchanged."),
    ("Inflation falls unexpectedly", "Inflation fell to 3.1% instead.",
     "Economists had expected inflation to rise to 3.5%. Instead, it fell to 3.1%."),  # (a guess, and then 'it')
    ("Voters' verdict on the economy worsens", "s", "The share of voters who say the state's economy has improved fell "
                                                    "to 31% from 40%."),  # (their view)
    ("Inflation expected to rise again before falling back", "s", "The Bank expects inflation to rise again as the "
     "energy price cap increases, before falling back towards the target."),
    ("European gas prices rise 9% as supply falls", "s", "European gas prices rose 9% after supply from Norway fell."),
    ("Earnings", "Average hourly earnings rose 0.4% in October, after falling in September.",
     "Average hourly earnings rose 0.4% on the month."),
    ("Sales grow 6%, short of forecasts", "s", "Sales growth of 6% fell short of the 8% analysts had expected."),
    ("Rate of price rises falls to 3.1%", "s", "The Consumer Prices Index rose by 3.1% in the 12 months to March, down "
                                               "from 3.4%."),  # ('price rises', a noun)
    # a second review's, on other articles:
    ("House prices fell in March", "s", "House prices rose 3.1% over the year to March. In March alone, prices fell "
                                        "0.4%, the first monthly drop since October."),  # (prices, both ways)
    ("Affordability improved for buyers but worsened for renters", "s", "Affordability has worsened for renters, but "
     "for buyers the picture improved a little."),  # (the card says both ways too)
    ("Flu admissions rose on the week", "s", "Flu admissions among children fell by a third, but overall admissions "
                                             "were up 12% on the previous week."),  # ('were up')
    ("Uptake", "Uptake has improved since the autumn; among pregnant women it held steady at 38%.", "Uptake among "
     "over-65s rose to 71%, while uptake among pregnant women held steady at 38%."),  # (a rise, an improvement)
    ("Storm Bronagh weakened by Thursday", "s", "Storm Bronagh strengthened over the Atlantic on Wednesday. By "
                                                "Thursday morning the storm had weakened."),  # (morning: a time)
    ("Rain", "Rain increased overnight after a steady day.", "Rain was steady for most of Wednesday before it "
                                                           "intensified overnight."),  # (steady rain: all day)
    # a third review's:
    ("Journeys grew at weekends while the weekday peak stayed flat", "s", "Weekend travel grew fastest, whereas "
                                                                          "weekday peak journeys were flat."),
    ("Lines", "Punctuality rose most on the Eastbank line, up almost seven points, while the Northern Loop was flat.",
     "The Eastbank line gained most, with punctuality up almost seven points to 94.0%, while Northern Loop "
     "punctuality was flat at 89.2%."),  # ('gained', 'up almost seven points')
    ("Harbour line", "Punctuality improved on most lines but not on the Harbour line, where it worsened to 84.1%.",
     "On the Harbour line, punctuality worsened to 84.1%."),  # (the card says both ways)
    ("Bus ridership falls 3% as slowest routes fall further behind", "s", "Bus ridership fell 3%, and the gap between "
                                                                          "the fastest and slowest routes widened."),
    ("Schools", "Results rose slightly at the county's four grammar schools; at its academies there was no change.",
     "Results at the county's four grammar schools edged up, while results at its academies were unchanged."),
    ("Dollar", "The US dollar strengthened against the Australian dollar over the month.",
     "The Australian dollar weakened against the US dollar over the month."),  # (US: a word)
])
def test_a_correct_card_s_words_for_a_change_are_let_be(title: str, summary: str, quote: str, harbour: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A review's false alarms, on correct cards: another thing of the same word ('food prices' for 'petrol prices'),
    what made a thing go ('lower prices increased income'), a guess or a view, a way of no thing ('it fell'), 'fell
    short', 'price rises'."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/change.yaml", f"title: \"{title}\"\nsummary: {summary}\nsource_quote: {quote}\n")
    assert [line for line in check(capsys, harbour)[1] if "says it" in line] == []


GROWTH = "The finance ministry has already lowered its forecast for economic growth next year to 3.1% from 3.8%."


@pytest.mark.parametrize(("title", "said"), [
    ("Finance ministry raises growth forecast", ["title says 'raises growth forecast', where the source_quote says "
                                                 "'lowered its forecast for economic growth': is the direction "
                                                 "right?"]),  # (a twenty-fourth review's miss: a thing made to go,
    # after its verb)
    ("Finance ministry cuts growth forecast", []),
    ("Finance ministry did not raise its growth forecast", []),
    ("Finance ministry raises spending", []),  # (another thing)
])
def test_a_thing_made_to_go_the_other_way(title: str, said: list[str], harbour: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\n{GROWTH}\n")
    write(harbour, "content/people/growth.yaml", f"title: {title}\nsummary: s\nsource_quote: {GROWTH}\n")
    assert warnings_with(capsys, harbour, "direction right?") == said


EASE = "He said temperatures were expected to ease in the west from Saturday, but the heat would persist in the south."


@pytest.mark.parametrize(("summary", "said"), [
    ("Temperatures were expected to climb further in the west from Saturday.",
     ["summary says Temperatures will rise ('climb'), where the source_quote says it will fall ('ease'): is the "
      "direction right?"]),  # (a twenty-fourth review's miss: what is expected, against what is expected)
    ("Temperatures were expected to ease in the west from Saturday.", []),
    ("Temperatures climbed in the west on Friday.", []),  # (what happened is no forecast's other way)
])
def test_an_expected_way_against_the_quote_s_expected_way(summary: str, said: list[str], harbour: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\n{EASE}\n")
    write(harbour, "content/people/ease.yaml", f"title: t\nsummary: {summary}\nsource_quote: {EASE}\n")
    assert warnings_with(capsys, harbour, "direction right?") == said


def test_a_gap_expected_to_narrow(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-fifth review's miss: "expects the gap to widen" on "expected the gap to narrow" ("to narrow" was no
    way, and "expects" was read as the thing)."""
    quote = "She cannot yet say whether fares will cover its costs, though she expected the gap to narrow next year."
    assert card_warnings(capsys, harbour, quote, "direction right?", summary="She expects the gap to widen next "
                                                                            "year.") == [
        "summary says gap will widen ('widen'), where the source_quote says it will narrow ('narrow'): is the "
        "direction right?"]

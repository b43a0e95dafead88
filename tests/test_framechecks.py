"""A number a card's title or summary gives where its quote, after the same words, gives another (framechecks.py),
through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import add_to_source, check, warnings_with, write

INDEX = "The main index rose 1.3% to 8,214 points. Growth was forecast at 1.2% this year."
FLATS = "Prices of flats rose 1.4% over the year, while prices of detached houses rose 4.8%."
COSTS = "Costs rose by 3%, while sales climbed 5%."
RIDERSHIP = "Bus ridership rose 4.2%; rail ridership rose 7.9%."
PARKING = "Parking revenue, which the authority collects at 40 sites, rose 3% to $18 million, up from 2% the year before."
PEAK = "Some 21.8% got a grade 7, well below the 28.4% peak of 2021."
RATES = ("Among the short sleepers, the rate was 12.1 cases per 1,000 people per year, compared with 8.8 per 1,000 "
         "among those who slept seven to eight hours, the comparison group.")
AGED = "In those aged 65 to 74 efficacy was 84.6%, while among people aged 75 and over it fell to 71.8%."
CARE = ("Spending on adult social care will rise to £214.8 million from £198.3 million, and spending on children's "
        "services will rise to £146.2 million from £131.9 million.")


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    (INDEX, "Shares rise", "The main index rose 1.2% to 8,214 points.",
     ["summary gives 1.2% where the source_quote gives 1.3%, after the same words ('main index rose'): a number "
      "slipped?"]),  # (1.2%: the article's, for growth)
    (INDEX, "Main index rose 1.2%", "The main index rose 1.2%.",
     ["title gives 1.2% where the source_quote gives 1.3%, after the same words ('main index rose'): a number "
      "slipped?"]),  # (once a card)
    (INDEX, "Shares rise", "The main index rose 1.3% to 8,214 points.", []),
    (INDEX, "Shares rise", "The main index rose 1.7%.", []),  # (a number the source never gives: said as such)
    (FLATS, "Detached house prices up 4.8% over the year, flats 1.4%", "Prices of detached houses rose 4.8%.", []),
    (COSTS, "Sales rose by 5%", "s", []),  # ('rose by': no thing named)
    (RIDERSHIP, "Bus ridership rose 7.9%", "s",
     ["title gives 7.9% where the source_quote gives 4.2%, after the same words ('bus ridership rose'): a number "
      "slipped?"]),  # (a sixth review's: 'ridership rose' is before both)
    (RIDERSHIP, "Rail ridership rose 7.9%", "Bus ridership rose 4.2% and rail ridership rose 7.9%.", []),
    (PARKING, "Parking revenue rose 2% to $18 million", "s",
     ["title gives 2% where the source_quote gives 3%, before the same words ('to $18 million'): a number "
      "slipped?"]),  # (a sixth review's: the level it rose to, where an aside parts the words before)
    (PARKING, "Parking revenue rose 3% to $18 million", "Growth was 2% the year before.", []),
    ("Offences fell to 142,360, down from 148,600, a rate of 78.4 per 1,000 compared with 82.1.", "Offences",
     "A rate of 78.4 per 1,000, down from 82.1.", []),  # (an eighth review's: 'down from' frames no number)
    ("Unit costs excluding fuel rose 4.2%, however. Staff costs rose 9% to £276m.", "Non-fuel unit costs rose 4.2% as "
     "staff costs climbed 9%", "s", []),  # (a seventh review's: 'unit costs rose' is not 'staff costs rose')
    (PEAK, "Grades", "Some 21.8% got a grade 7, well below the 2021 peak of 28.4%.", []),  # (a year, not a share)
    ("Services inflation was 4.1% and goods inflation 1.2%.", "Services inflation 1.2%, goods 4.1%", "s",
     ["title gives 1.2% where the source_quote gives 4.1%, after the same words ('services inflation'): a number "
      "slipped?"]),  # (an eleventh review's: 'was' between a thing and its number)
    ("Services inflation was 4.1% and goods inflation 1.2%.", "Services inflation is 4.1%", "s", []),
    (CARE, "Care", "Spending on adult social care rises to £146.2 million.",
     ["summary gives £146.2 million where the source_quote gives £214.8 million, after the same words ('social care "
      "rises to'): a number slipped?"]),  # (the ninth review's: "rises to" is "will rise to")
    (CARE, "Care", "Spending on adult social care rises to £214.8 million, on children's services £146.2 million.", []),
    (CARE, "Care", "Care rises to £146.2 million.", []),  # (not the quote's thing, in its words)
    ("Staff vacancies fell to 112,000, with nursing vacancies down to 26,800.", "Vacancies",
     "Nursing vacancies fell to 26,800.", []),  # (an eighth review's: not staff vacancies)
    ("Fare evasion, which cost $58 million last year, fell to 9.2%. On rail, evasion fell to 3.1%.",
     "Bus fare evasion fell to 9.2%", "s", []),  # (a sixth review's: not rail's evasion)
    (RATES, "Rates", "Short sleepers fell ill at 12.1 a year. In the comparison group, who slept seven to eight hours, "
     "the rate was 8.8 per 1,000.", []),  # (a fifteenth review's: 8.8, the quote's too, among the words it is given
    # with there)
    (RATES, "Rates", "Among the short sleepers, the rate was 8.8 per 1,000.", [
        "summary gives 8.8 where the source_quote gives 12.1, after the same words ('the rate'): a number slipped?"]),
    (AGED, "84.6% efficacy in people aged 65 to 74", "s", []),  # (a nineteenth review's: its own number right after
    # the frame's last word, "aged 65")
    (AGED, "84.6% efficacy in people aged 75 and over", "s", []),
])
def test_a_number_after_the_quote_s_words_for_another(quote: str, title: str, summary: str, said: list[str],
                                                      harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fourth review's: "index rose 1.2%" on "index rose 1.3%" passed, 1.2% being the article's elsewhere."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/index.yaml", f"title: {title}\nsummary: {summary}\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "slipped?") == said


def test_only_in_english(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Another language's words before a number are not read."""
    site = (harbour / "site.yaml").read_text(encoding="utf-8")
    write(harbour, "site.yaml", site.replace("language: en", "language: fr") if "language: en" in site
          else site + "language: fr\n")
    add_to_source(harbour, f"\n{INDEX}\n")
    write(harbour, "content/people/index.yaml", f"title: Shares\nsummary: The main index rose 1.2% to 8,214 points."
                                                f"\nsource_quote: {INDEX}\n")
    assert [line for line in check(capsys, harbour)[1] if "slipped?" in line] == []


LIBRARIES = ("Six libraries will move to reduced hours from July, and two will be handed to community groups by "
             "October.")
WAITING = "The waiting list fell to 7.46 million cases in December from 7.48 million in November."


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    (LIBRARIES, "Libraries to cut hours from October", "s",
     ["title gives October where the source_quote gives July, after the same words ('hours from'): a month "
      "slipped?"]),  # (the ninth review's: October, the quote's, for another event)
    (LIBRARIES, "Libraries", "Two will be handed to community groups by July.",
     ["summary gives July where the source_quote gives October, after the same words ('community groups by'): a "
      "month slipped?"]),
    (LIBRARIES, "Libraries to cut hours from July", "Two go to community groups by October.", []),
    (WAITING, "Waiting list at 7.46 million in December", "It fell to 7.46 million cases in December.", []),  # (not
    # 'million in': a number's words)
    (WAITING, "Waiting list", "It fell to 7.46 million cases in November.",
     ["summary gives November where the source_quote gives December, after the same words ('cases in'): a month "
      "slipped?"]),
    ("Sales in June and July rose.", "Sales in July rose", "s", []),  # (a run of months shares its words)
    ("Subscribers rose to 4.45 million at the end of June.", "Subscribers at the end of September", "s", []),  # ('the
    # end of': a time, no thing)
    ("July was almost as busy, at 1.27 million, while June saw 1.08 million.", "June almost as busy", "s",
     ["title gives June where the source_quote gives July, before the same words ('almost as busy'): a month "
      "slipped?"]),  # (the ninth review's: the words after, 'was' left out)
    ("July was almost as busy, at 1.27 million, while June saw 1.08 million.", "July almost as busy", "s", []),
    ("It was ordered to pay £3.2 million for interruptions during the January freeze.", "Pay-out",
     "It must pay for interruptions during the March freeze.", ["summary gives March where the source_quote gives "
                                                               "January, after the same words ('interruptions during "
                                                               "the'): a month slipped?"]),  # (a tenth review's: 'the
    # March freeze', a month)
    ("Prices May Rise in June, officials said.", "Prices May Rise in June", "s", []),
    ("A new contract starts in May.", "New contract starts in June", "s", []),  # (a month the source never names:
    # said as such)
])
def test_a_month_after_the_quote_s_words_for_another(quote: str, title: str, summary: str, said: list[str],
                                                     harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The ninth review's: "reduced hours from October" on "reduced hours from July, … by October" passed, both
    months being the quote's."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/months.yaml", f"title: {title}\nsummary: {summary}\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "slipped?") == said


ENROLLED = "Only 1,120 of those offered places had enrolled, compared with 1,690 in 2024."
INCIDENTS = "The regulator recorded 517 pollution incidents last year, up from 402 in 2023, of which 38 were serious."


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    (ENROLLED, "Only 1,690 overseas students enrolled", "s",
     ["title gives 1,690 as its own, where the source_quote gives it only as a number compared with ('compared with "
      "1,690'): a number of another time?"]),  # (a tenth review's: the number of 2024 for this year's)
    (ENROLLED, "Only 1,120 enrolled", "Down from 1,690 in 2024.", []),
    (ENROLLED, "Only 1,120 enrolled", "In 2024, 1,690 did.", []),  # (with its time)
    (ENROLLED, "Fewer enrolled", "Only 1,120 enrolled, against 1,690.", []),
    (INCIDENTS, "517 pollution incidents, 402 of them serious", "s",
     ["title gives 402 as its own, where the source_quote gives it only as a number compared with ('from 402'): a "
      "number of another time?"]),
    ("The government will spend £4.8 billion, up from £3.9 billion, and £650 million on trains.", "Spending",
     "It will spend £650 million on trains.", []),  # (a tenth review's: no time after it, so no number compared with
    # as far as this check knows)
    ("It will fit 250,000 meters by 2030, up from 86,000 today.", "Meters", "86,000 are fitted today.", []),
    ("It must cut the time it keeps video clips from 180 days to 30 days.", "Clips to be kept for 30 days, not 180",
     "s", []),  # (a twenty-fourth review's false alarm: the number it is not)
    ("Workers counted 67 people sleeping rough in November, up from 49 a year before.", "49 slept rough in November",
     "s", ["title gives 49 as its own, where the source_quote gives it only as a number compared with ('from 49'): a "
           "number of another time?"]),  # (an eleventh review's: the quote's own month is no other time)
    ("Stocks stood at 54% on 10 August, down from 61% at the end of July.", "Stocks",
     "Stocks slid to 61% at the end of July and 54% on 10 August.", []),  # (the compared number with its time)
    ("The club lost £38.7 million, compared with £21.2 million the year before.", "Losses",
     "The year before, it lost £21.2 million before tax.", []),
    ("Its share of the market rose to 22% in the quarter from 19%.", "It holds 19% of the market", "s",
     ["title gives 19% as its own, where the source_quote gives it only as a number compared with ('from 19%'): a "
      "number of another time?"]),  # (a thirteenth review's: where a change starts, with no time of its own)
    ("Its share of the market rose to 22% in the quarter from 19%.", "Share up to 22% from 19%", "s", []),
    ("Among health workers just 44% were vaccinated, down from 52%.", "Last winter 52% of health workers were "
     "vaccinated", "s", []),  # (a fourteenth review's: a season's time in its clause)
    ("About 1.38 million doses were given, down from 1.61 million at the same point last winter.", "Doses",
     "At the same point last winter the figure was 1.61 million.", []),
    ("The fire had burned 14,200 hectares by this morning, twice the 6,800 hectares it covered yesterday evening.",
     "Fire has burned 6,800 hectares", "s", ["title gives 6,800 as its own, where the source_quote gives it only as a "
                                             "number compared with ('twice the 6,800'): a number of another time?"]),
    # (a fourteenth review's: 'yesterday', the compared number's time)
    ("The fire had burned 14,200 hectares by this morning, twice the 6,800 hectares it covered yesterday evening.",
     "Fire", "Yesterday evening it covered 6,800 hectares.", []),
    ("The cheapest ticket goes up to £615 from £580.", "Tickets", "It costs £615 instead of £580.", []),
    ("The net loss widened to $212 million, or 87 cents a share, from $96 million, or 40 cents a share, a year "
     "earlier.", "A net loss of $96 million", "s", ["title gives $96 million as its own, where the source_quote gives it "
                                                    "only as a number compared with ('from $96 million'): a number of "
                                                    "another time?"]),  # (a sixteenth review's: what the level is, in
    # an aside)
    ("Members will strike from 1 to 5 December.", "Strike on 1-5 December", "s", []),  # (days, not a change)
    ("Medical teams treated 418 runners, down from 1,140, and 23 were taken to hospital.", "23 taken to hospital", "s",
     []),  # (after a number compared with, not one)
    ("It will set aside €24 million, up from the €18 million it first announced last month.",
     "€18 million compensation first announced", "Originally €18 million.", []),  # (a twenty-seventh review's: the
    # card's own word for the other time)
    ("It will set aside €24 million, up from the €18 million it first announced last month.",
     "€18 million compensation set aside", "s", ["title gives €18 million as its own, where the source_quote gives it "
                                                 "only as a number compared with ('from the €18 million'): a number of "
                                                 "another time?"]),
])
def test_a_number_compared_with_given_as_the_card_s_own(quote: str, title: str, summary: str, said: list[str],
                                                        harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A tenth review's: "Only 1,690 overseas students enrolled" on "only 1,120 … had enrolled, compared with 1,690 in
    2024" passed: 1,690 is the quote's, for another year."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/baseline.yaml", f"title: {title}\nsummary: {summary}\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "another time?") == said


def test_a_range_s_start_is_no_number_compared_with(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-first review's: "Fees range from £18,000 to £38,000" (a title's "£18,000 to £38,000 a year") was read
    as a change from £18,000."""
    quote = "Overseas fees range from £18,000 to £38,000 a year."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/fees.yaml", f"title: Fees of £18,000 to £38,000\nsummary: s\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "another time?") == []

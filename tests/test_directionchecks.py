"""A change a card says went the other way than its quote (directionchecks.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import add_to_source, card_warnings, check, warnings_with, write

FELL = "Bus ridership fell 12% last year."
DROPPED = "Revenue dropped to $410 million from $455 million."
BOTH = "Exports rose 12% while imports fell 12%."
FARES = "Fares rose from $1.50 to $1.75."
UP_TO = "Prices fell to 40 cents at most."
A_FALL = "The firm reported a 12% fall in profit."
FALL_OF = "The firm reported a fall of 12% in profit."
LIKE_FOR_LIKE = "Like-for-like sales, which strip out new stores, rose 2.1%, down from 2.8% a year earlier."


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    (FELL, "Ridership rose 12%", "s", ["title gives 12% as a rise ('rose'), where the source_quote gives it as a fall "
                                       "('fell'): is the direction right?"]),
    (FELL, "Ridership fell 12%", "Ridership was down 12% on the year.", []),
    (FELL, "Ridership down 12%", "It **climbed** 12% last year.",
     ["summary gives 12% as a rise ('climbed'), where the source_quote gives it as a fall ('fell'): is the direction "
      "right?"]),
    (DROPPED, "Revenue grew to $410 million", "Revenue increased to $410 million, up from $455 million.",
     ["title gives $410 million as a rise ('grew'), where the source_quote gives it as a fall ('dropped'): is the "
      "direction right?",
      "summary gives $410 million as a rise ('increased'), where the source_quote gives it as a fall ('dropped'): is "
      "the direction right?"]),  # (not $455 million: where a change starts goes neither way)
    (BOTH, "Imports rose 12%", "s", ["title says Imports rose ('rose'), where the source_quote says it fell ('fell'): "
                                     "is the direction right?"]),  # (12% goes both ways; imports, in words, only one)
    (BOTH, "Exports rose 12%", "s", []),
    (FELL, "12 routes added", "s", []),  # (a rise of 12 routes is not one of 12%)
    (FARES, "Fares up to $1.75", "s", []),  # ('up to': a hedge, no way)
    (A_FALL, "Profit rises 12%", "s", ["title gives 12% as a rise ('rises'), where the source_quote gives it as a fall "
                                       "('fall'): is the direction right?"]),  # (the way after its number)
    (FALL_OF, "Profit rises 12%", "s", ["title gives 12% as a rise ('rises'), where the source_quote gives it as a "
                                        "fall ('a fall of'): is the direction right?"]),  # (its words, not 'a')
    (UP_TO, "Prices up to 40 cents", "s", []),
    # a fourth review's false alarm: a rate where it went, and prices that rose by as much
    ("Consumer price inflation fell to 3.1% in June from 3.6% in April.", "Consumer prices rose 3.1% in the year to "
     "June", "Consumer prices were up 3.1% on a year earlier.", []),
    ("Consumer price inflation fell to 3.1% in June from 3.6% in April.", "Inflation rose to 3.1% in June", "s",
     ["title gives 3.1% as a rise ('rose'), where the source_quote gives it as a fall ('fell'): is the direction "
      "right?"]),  # (where it went, both)
    ("Consumer price inflation fell 3.1% in June.", "Consumer price inflation rose 3.1% in June", "s",
     ["title gives 3.1% as a rise ('rose'), where the source_quote gives it as a fall ('fell'): is the direction "
      "right?"]),  # (by how much, both)
    # a fifth review's false alarms: a rate's level ('growth eased to') for a rise of as much
    (LIKE_FOR_LIKE, "Like-for-like sales growth eased to 2.1%", "Sales growth slowed to 2.1%.", []),
    (LIKE_FOR_LIKE, "Like-for-like sales fell 2.1%", "s",
     ["title gives 2.1% as a fall ('fell'), where the source_quote gives it as a rise ('rose'): is the direction "
      "right?"]),
    (LIKE_FOR_LIKE, "Like-for-like sales eased to 2.1%", "s",
     ["title gives 2.1% as a fall ('eased'), where the source_quote gives it as a rise ('rose'): is the direction "
      "right?"]),  # (no rate named: the sales' level)
    ("Bills are due to rise by a further 6.4% next April.", "Bills to fall 6.4% next April", "s",
     ["title gives 6.4% as a fall ('fall'), where the source_quote gives it as a rise ('rise'): is the direction "
      "right?"]),  # (an eighteenth review's miss: "by a further" between the way and its number)
    ("The contracts are expected to cut bills by about £15 a year through the 2030s.",
     "Contracts expected to add about £15 a year to bills", "They push bills up by about £15 a year.",
     ["title gives £15 as a rise ('add'), where the source_quote gives it as a fall ('cut'): is the direction right?",
      "summary gives £15 as a rise ('up'), where the source_quote gives it as a fall ('cut'): is the direction "
      "right?"]),  # (a twenty-sixth review's miss: a hedge and a sign after the way's "by")
    ("The krone weakened after the announcement, falling 0.8% against the euro.", "Krone strengthened 0.8% against "
     "the euro", "s", ["title gives 0.8% as a rise ('strengthened'), where the source_quote gives it as a fall "
                       "('falling'): is the direction right?"]),  # (a twenty-seventh review's: a currency's way)
    ("The krone weakened 0.8% against the euro.", "Krone gains 0.8%", "s",
     ["title gives 0.8% as a rise ('gains'), where the source_quote gives it as a fall ('weakened'): is the direction "
      "right?"]),
])
def test_a_change_said_the_other_way_than_its_quote(quote: str, title: str, summary: str, said: list[str],
                                                     harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An editor's review: "Ridership rose 12%" on a quote "fell 12%", and "grew to $410 million" on "dropped to $410
    million", passed: every number was the quote's."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/change.yaml", f"title: {title}\nsummary: {summary}\nsource_quote: {quote}\n")
    lines = warnings_with(capsys, harbour, "direction")
    assert lines == said


STAFF = "The council employs 6,850 people, down from 7,400 in 2020."
OFFICERS = "The force has 3,960 officers, up from 3,410 in 2019 but down from 4,020 a year ago."


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    (STAFF, "Council workforce grows to 6,850", "s", ["title gives 6,850 as a rise ('grows'), where the source_quote "
                                                      "gives it as a fall ('down from'): is the direction right?"]),
    (STAFF, "Council workforce shrinks to 6,850", "It has 6,850 staff, down from 7,400.", []),
    (OFFICERS, "Officer numbers down to 3,960 from 4,020", "Up to 3,960 from 3,410 in 2019.", []),  # (both ways)
    ("Borrowing will rise 4% next year.", "Borrowing to fall 4%", "s",
     ["title gives 4% as a fall ('fall'), where the source_quote gives it as a rise ('rise'): is the direction "
      "right?"]),  # (what will rise: the word's bare form)
    ("Borrowing will rise 4% next year.", "Borrowing rises 4%", "Borrowing will climb 4%.", []),
    ("Bed occupancy stood at 95.4% in January, compared with 93.8% a year earlier.", "Bed occupancy fell to 95.4%",
     "s", ["title gives 95.4% as a fall ('fell'), where the source_quote gives it as a rise ('compared with 93.8%'): "
           "is the direction right?"]),  # (an eighth review's: the numbers say which way)
    ("Bed occupancy stood at 95.4% in January, compared with 93.8% a year earlier.", "Occupancy up to 95.4%", "s", []),
    ("Offences fell to 142,360, a rate of 78.4 per 1,000 compared with 82.1.", "Offences",
     "A rate of 78.4 per 1,000, down from 82.1.", []),  # (1,000: a unit's number)
    ("Weekday journeys were still about 12% below their level in 2019.", "Weekday journeys about 12% above 2019", "s",
     ["title gives 12% as a rise ('above'), where the source_quote gives it as a fall ('below'): is the direction "
      "right?"]),  # (a tenth review's: above and below a level)
    ("Fenwold plans to spend £340 million fixing leaks over the next five years, up from £210 million.",
     "Leak spending cut to £340 million", "s", ["title gives £340 million as a fall ('cut'), where the source_quote "
                                                "gives it as a rise ('up from'): is the direction right?"]),  # (a
    # thirteenth review's: the way nine words after the level)
    ("The club raised season-ticket prices by 8% this summer.", "Club cut season-ticket prices by 8%", "s",
     ["title gives 8% as a fall ('cut'), where the source_quote gives it as a rise ('raised'): is the direction "
      "right?"]),  # (a fourteenth review's: a verb, its object, then 'by')
    ("The club raised season-ticket prices by 8% this summer.", "Ticket prices up 8%", "s", []),
    ("Imports fell 3.8%.", "Imports climbs 3.8%", "Imports eases 3.8%.",
     ["title gives 3.8% as a rise ('climbs'), where the source_quote gives it as a fall ('fell'): is the direction "
      "right?"]),  # (a verb's present)
])
def test_a_level_s_way_after_it_and_a_verb_s_every_form(quote: str, title: str, summary: str, said: list[str],
                                                       harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The ninth review's misses: "Council workforce grows to 6,850" on "6,850 people, down from 7,400" (the way of a
    level after it), and "grows", "will rise", which the words for a change did not have (only "grew", "rose")."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/change.yaml", f"title: {title}\nsummary: {summary}\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "direction") == said


@pytest.mark.parametrize(("quote", "title", "place"), [
    (FELL, "Ridership rose 12%", "content/people/change.yaml:1:18"),
    ("The trade deficit narrowed.", "Trade deficit widens", "content/people/change.yaml:1:22"),  # (wordchanges.py's)
])
def test_the_warning_is_at_the_word_for_the_way_and_checked_accepts_it(quote: str, title: str, place: str,
                                                                       harbour: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Its place is the card's word ('rose', 'widens'), and `# checked` on the title accepts it, as every warning."""
    add_to_source(harbour, f"\n{quote}\n")
    card = f"title: {title}\nsummary: s\nsource_quote: {quote}\n"
    write(harbour, "content/people/change.yaml", card)
    assert [line.split(": warning: ")[0] for line in check(capsys, harbour)[1] if "direction" in line] == [place]
    write(harbour, "content/people/change.yaml", card.replace(f"{title}\n", f"{title}  # checked: two series\n", 1))
    assert [line for line in check(capsys, harbour)[1] if "direction" in line] == []


def test_only_in_english(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The words for a rise and a fall are English's: another language's site is not judged by them."""
    site = (harbour / "site.yaml").read_text(encoding="utf-8")
    write(harbour, "site.yaml", site.replace("language: en", "language: fr") if "language: en" in site
          else site + "language: fr\n")
    add_to_source(harbour, f"\n{FELL}\n")
    write(harbour, "content/people/change.yaml", f"title: Ridership rose 12%\nsummary: s\nsource_quote: {FELL}\n")
    assert [line for line in check(capsys, harbour)[1] if "direction" in line] == []


@pytest.mark.parametrize(("title", "said"), [
    ("Target cut to $74 from $68", "title gives $68 as where a change started ('from $68'), where the source_quote "
                                   "gives it as where it ended, and $74 as its start: the change turned round?"),
    ("Target rises to $74 from $68", "title gives $68 as where a change started ('from $68'), where the source_quote "
                                     "gives it as where it ended, and $74 as its start: the change turned round?"),
    ("Target cut to $68 from $74", None),
    ("Target now $68", None),
])
def test_a_change_turned_round(title: str, said: str | None, harbour: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: a summary's "cut his price target to $74 from $68" for the quote's "$68, cut from $74" passed (a
    figure so turned round was said)."""
    quote = "Harlow set a price target of $68, cut from $74."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/target.yaml", f"title: {title}\nsummary: s\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "turned round") == (
        [said] if said else [])


@pytest.mark.parametrize(("label", "value", "said"), [
    ("Change in net profit", -12, None),
    ("Change in net profit", 12, "figures[0].value 12, a rise, where the source_quote gives 12% as a fall ('fall'): "
                                 "write -12, or say which way in the label"),
    ("Fall in net profit", 12, None),
    ("Fall in net profit", -12, None),  # (a fall, signed: as editors write it)
    ("Rise in net profit", -12, "figures[0].label says a rise ('Rise'), where the source_quote gives 12% as a fall "
                                "('fall'): is the label right?"),
    ("Net profit growth", 12, "figures[0].value 12, a rise, where the source_quote gives 12% as a fall ('fall'): "
                              "write -12, or say which way in the label"),  # ('growth' is signed, as a change)
    ("Net profit growth", -12, None),  # ('GDP growth, -0.3%')
    ("Margin", 31.2, None),  # (a level: 'fell to 31.2%')
    ("Threshold", 5, None),  # ('fell below the 5% threshold')
    ("Journeys below their 2019 level", 8, None),  # (a tenth review's: 'below' says the way; '8% below')
    ("Journeys above their 2019 level", 8, "figures[0].label says a rise ('above'), where the source_quote gives 8% as "
                                           "a fall ('below'): is the label right?"),
    ("Shortfall in journeys against 2019", 8, None),  # (a twenty-fourth review's false alarm: 'shortfall' says it)
])
def test_a_percentage_change_s_sign_and_label_against_its_quote(label: str, value: float, said: str | None,
                                                                harbour: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: a profit change of 12 (a rise, as the page shows it) for "a 12% fall" passed, and so did the label
    "Rise in the share price" on -9.4 for "fell 9.4%"."""
    quote = ("Profit showed a 12% fall, the margin fell to 31.2% and the share fell below the 5% threshold. Journeys "
             "were 8% below their 2019 level.")
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/profit.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\nfigures:\n"
                                                 f"  - label: {label}\n    value: {value}\n    unit: '%'\n")
    assert warnings_with(capsys, harbour, "profit.yaml") == (
        [said] if said else [])


@pytest.mark.parametrize(("title", "said"), [
    ("Risk 12% lower", ["title gives 12% as a fall ('lower'), where the source_quote gives it as a rise ('up'): is the "
                        "direction right?"]),  # (a fifteenth review's: 'up', after a clause's 'higher')
    ("Risk 12% higher", []),
])
def test_the_number_s_own_way_after_another_clause_s(title: str, said: list[str], harbour: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    quote = "People who slept nine hours or more also had a higher risk, up 12 percent, the researchers said."
    assert card_warnings(capsys, harbour, quote, "direction", title) == said


def test_another_clause_s_word_is_not_the_number_s_way(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: in "its second quarterly decline, as a 12% rise in costs ate into margins" the 12% was read as a
    fall ('decline', a clause before), and a right label "Rise in ingredient costs" was said to be wrong."""
    quote = "Profit fell, its second quarterly decline, as a 12% rise in ingredient costs ate into margins."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/costs.yaml", f"title: Costs rose 12%\nsummary: s\nsource_quote: {quote}\nfigures:\n"
                                                "  - label: Rise in ingredient costs\n    value: 12\n    unit: '%'\n")
    assert [line for line in check(capsys, harbour)[1] if "costs.yaml" in line] == []


def test_a_level_a_change_went_to_after_its_thing(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-sixth review's false alarm: a figure of 12 (%) on "has since lowered its demand to 12% over three years"
    was a rise for a fall: 12% is where the demand went, its thing between the way and "to"."""
    quote = "The union had asked for 14% over two years and has since lowered its demand to 12% over three years."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/demand.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\nfigures:\n"
                                                 "  - label: Current demand\n    value: 12\n    unit: '%'\n")
    assert warnings_with(capsys, harbour, "which way") == []

"""A "not" a card drops (negationchecks.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import card_warnings

BRIEFED = "Asked about the budget, she said the bank had not been briefed on its contents."
CONTAINED = "Full containment is not expected before mid-September, the authority said."
AUDIT = "The auditors said the club depends on its owner, a warning they did not include in last year's accounts."
OPENS = "The new stand will not open until March, the club said."
SCHOOLS = "Some schools improved, while others did not improve at all."
ONLY = "The plan is not only cheaper but faster, she said."
MERGER = "The merger will not be completed until the autumn at the earliest."
BUSES = "The buses will run to Eastgate and Millbrook but not to the western estates, the council said."
PRESS = "\"We found out from a press release, not from management,\" she said."


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    # the seventeenth review's four planted negations dropped, each passed
    (BRIEFED, "Budget talk", "She said the bank had been briefed on its contents.",
     ["summary says 'bank had been briefed', where the source_quote says 'not been briefed': a 'not' dropped?"]),
    (CONTAINED, "Full containment expected before mid-September", "s",
     ["title says 'Full containment expected', where the source_quote says 'not expected': a 'not' dropped?"]),
    (AUDIT, "Auditors repeat warning", "A warning they included in last year's accounts.",
     ["summary says 'A warning they included', where the source_quote says 'not include': a 'not' dropped?"]),
    # the same kept, or said another way
    (BRIEFED, "Bank not briefed on the budget", "She said the bank had not been briefed.", []),
    (BRIEFED, "Bank kept in the dark", "She said nobody had briefed the bank, which was never briefed.", []),
    (CONTAINED, "No full containment expected before mid-September", "Containment is unlikely before then.", []),
    (CONTAINED, "Full containment not expected before mid-September", "s", []),
    (AUDIT, "A new warning from the auditors", "The auditors did not include it last year.", []),
    (AUDIT, "A warning left out last year", "They included no such warning in last year's accounts.", []),
    (OPENS, "Stand opens in March", "The new stand opens in March.", []),  # (what "not … until" means)
    (SCHOOLS, "Some schools improved", "Some improved; others did not.", []),  # (the quote says it bare too)
    (ONLY, "Cheaper and faster", "The plan is cheaper and faster.", []),  # ("not only" negates nothing)
    # a second corpus's (forty-five correct cards, each quote with a negation)
    (MERGER, "Merger to be completed this month", "s", ["title says 'Merger to be completed', where the source_quote "
                                                        "says 'not be completed': a 'not' dropped?"]),  # (not its time)
    (MERGER, "Merger to be completed in the autumn", "s", []),
    (BUSES, "Buses for Millbrook and the western estates", "s", ["title says 'Millbrook and the western', where the "
                                                                 "source_quote says 'not to the western': a 'not' "
                                                                 "dropped?"]),
    (BUSES, "Western estates left out of the bus plan", "The western estates are left out of it.", []),
    (PRESS, "Union learned of the cuts from a press release", "s", []),  # (a preposition negates nothing)
    ("The plant in Gyor will no longer make diesel engines from next summer.", "Gyor will stop making diesel engines",
     "s", []),  # (an eighteenth review's: a verb that stops a thing keeps its negation)
    ("Asked about compulsory redundancies, she did not rule them out.", "Vollmer rules out compulsory redundancies",
     "s", ["title says 'Vollmer rules', where the source_quote says 'not rule': a 'not' dropped?"]),  # (the same
    # review's: "rules" and "rule" one word)
    ("He said the company had no plans to bring in standpipes.", "No standpipes", "He said it had plans to bring in "
     "standpipes.", ["summary says 'said it had plans', where the source_quote says 'no plans': a 'not' dropped?"]),
    ("He said the company had no plans to bring in standpipes.", "No standpipes planned", "It has no such plans, he "
     "said.", []),
    ("Bills will rise by no more than 5%.", "Bills to rise 5% at most", "s", []),  # ("no more than": a hedge)
    ("Lowe said he did not expect the change to trigger a rush of sales, but some landlords were likely to sell.",
     "Agents expect landlords to sell", "Lowe said he expected the change to trigger a rush of sales.",
     ["summary says 'Lowe said he expected', where the source_quote says 'not expect': a 'not' dropped?"]),  # (a
    # nineteenth review's: the text whose words follow the quote's, not a title another clause supports)
    ("The county boat cannot carry vehicles, the operator said.", "County boat carries vehicles", "s",
     ["title says 'County boat carries', where the source_quote says 'cannot carry': a 'not' dropped?"]),  # (the
    # negation corpus's miss: "carries" and "carry" one word, by the stem that reads "-ies" as "-y")
    ('"We cannot drill as fast as we would like without risking another collapse," Leiva said.', "t", "Leiva said "
     "drilling faster would risk another collapse.", []),  # (a twenty-third review's false alarm: a thing supposed)
    ("Ridgeline said it would not tell owners to stop driving the vehicles.", "t", "Ridgeline said it would tell "
     "owners to stop driving the vehicles.", ["summary says 'said it would tell', where the source_quote says 'not "
                                              "tell': a 'not' dropped?"]),  # (the same review's miss: "stop" after
    # it is the quote's too, no negation of the card's own)
    ("Ridgeline said it would not tell owners to stop driving the vehicles.", "t", "Ridgeline would not tell owners "
     "to stop driving.", []),
    ("The company did not notify the regulator until 9 October, 56 days after it became aware of the intrusion.",
     "Regulator notified 56 days after the intrusion", "s", []),  # (a twenty-fourth review's false alarm: "not …
    # until" is when, said another way)
    ("He said the company would not ask the agency for more money.", "Halcyon will ask the agency for more money",
     "s", ["title says 'Halcyon will ask', where the source_quote says 'not ask': a 'not' dropped?"]),  # (a
    # twenty-seventh review's miss: a verb of three letters)
    ("He said the company would not ask the agency for more money.", "Halcyon will not ask for more money", "s", []),
    ("The surprise was not the cut but the split.", "A December cut is less likely", "s", []),  # (a thing, "cut",
    # read as no verb)
    ("Saltline would no longer run its winter ferry, a route that had operated for 40 years.", "Ferry ends",
     "Saltline will no longer run its ferry, ending a route that had run for 40 years.", []),
])
def test_a_not_the_card_drops(quote: str, title: str, summary: str, said: list[str], harbour: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    """A seventeenth review's: "had been briefed" on "had not been briefed", a title's "Full containment expected" on
    "is not expected", passed in each of its four briefings: only a quote that starts after a "not" was checked."""
    assert card_warnings(capsys, harbour, quote, "dropped?", title, summary) == said

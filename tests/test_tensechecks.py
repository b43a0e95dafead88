"""A thing still to come that a card gives as done (tensechecks.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import card_warnings

DECLARATION = "She said the state had asked for a declaration, which she expected to be approved within days."
CAPACITY = "The stadium's capacity would be reduced to about 21,000 while the stand is rebuilt."
BRANCHES = "The bank has opened one branch this year and will open two more in the spring."


@pytest.mark.parametrize(("quote", "summary", "said"), [
    # the seventeenth review's two misses
    (DECLARATION, "She said the request for a declaration had been approved.",
     ["summary says 'had been approved', where the source_quote says 'expected to be approved': still to come, given "
      "as done?"]),
    (CAPACITY, "The capacity has been reduced to about 21,000.",
     ["summary says 'has been reduced', where the source_quote says 'would be reduced': still to come, given as "
      "done?"]),
    # said as to come, or done where the quote says so too
    (DECLARATION, "She expects the declaration to be approved within days.", []),
    (DECLARATION, "She expected it to have been approved within days.", []),
    (CAPACITY, "Capacity will be cut to about 21,000 during the rebuild.", []),
    (BRANCHES, "The bank has opened one branch and will open two more.", []),  # (done too)
    ("He used the grant to keep the subject running.", "The subject has kept running.", []),  # (a purpose's "to")
    ("The new stand will open in time for the 2028-29 season.", "The new stand has opened.",
     ["summary says 'has opened', where the source_quote says 'will open': still to come, given as done?"]),  # (by
    # its stem: "opened" and "open", as the dropped 'not' reads them)
])
def test_a_thing_to_come_given_as_done(quote: str, summary: str, said: list[str], harbour: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A seventeenth review's: "had been approved" on "expected to be approved", "has been reduced" on "would be
    reduced" passed (a date's status is checked, but these cards had no date)."""
    assert card_warnings(capsys, harbour, quote, "given as done?", summary=summary) == said


JUDICIAL = "The letter gives the council 14 days to respond, after which the group says it will apply to the High Court."
TRIAL = "On Tuesday the riders face a time trial in Logrono, where Van der Laan is expected to gain time on the Colombian."
BYPASS = "Her party would not support an administration unless it agreed to scrap the £86 million northern bypass."
REBATE = "The government confirmed that its Warm Homes Rebate will be extended to 2.7 million more households."
STAFF = "Brightwater did not say how many permanent staff, if any, would be affected."
FEES = "Fees for home undergraduates will rise to £9,535 next September, the government announced."


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    # the twenty-second review's: "has applied" by its stem ("applied" and "apply"), a simple past after its subject
    (JUDICIAL, "t", "The group has applied to the High Court.",
     ["summary says 'has applied', where the source_quote says 'will apply': still to come, given as done?"]),
    (TRIAL, "t", "In the time trial in Logrono, Van der Laan gained time on the Colombian.",
     ["summary says 'gained', where the source_quote says 'expected to gain': still to come, given as done?"]),
    (FEES, "t", "Fees for home undergraduates rose to £9,535.",  # (an irregular past)
     ["summary says 'rose', where the source_quote says 'will rise': still to come, given as done?"]),
    # not a state wished for, a participle that is no verb of its own, a headline's passive or present
    (BYPASS, "Greens want the £86 million bypass scrapped", "s", []),
    (STAFF, "t", "Brightwater gave no figure for permanent staff affected, if any.", []),
    (REBATE, "Warm Homes Rebate extended to 2.7 million more households", "s", []),
    (FEES, "Home undergraduate fee rises to £9,535", "s", []),
    (TRIAL, "t", "The planned time trial is where Van der Laan should gain time.", []),
    # the twenty-third review's false alarms: a headline's participle, a "would" earlier in the sentence
    ("It will reimburse those who rent a car, at up to $45 a day.", "Rental cars reimbursed up to $45 a day", "s", []),
    ("He said the waiver would be cleared first and that vacancies would be filled within two years.", "t",
     "He said the waiver would be cleared first and vacancies filled within two years.", []),
    ("The researchers are planning a survey, which is expected to cover about 5,000 reefs.", "Survey covered about "
     "5,000 reefs", "s", ["title says 'covered', where the source_quote says 'expected to cover': still to come, given "
                          "as done?"]),  # (a headline's past, before what it did)
    ("A second ground station, at Pellmont, is expected to open in June.", "Second ground station opened at Pellmont "
     "in June", "s", ["title says 'opened', where the source_quote says 'expected to open': still to come, given as "
                      "done?"]),  # (a twenty-seventh review's miss: a headline's past, with its time)
    ("A second ground station, at Pellmont, is expected to open in June.", "Second ground station opened at Pellmont",
     "s", []),
    ("The institute will fly a drone over the crater on Friday.", "Drone over the crater", "The institute flew a drone "
     "over the crater on Friday.", ["summary says 'flew', where the source_quote says 'will fly': still to come, given "
                                    "as done?"]),  # (the same review's: a verb of three letters, an irregular past)
    ("The institute will fly a drone over the crater on Friday.", "t", "The institute will fly a drone on Friday.", []),
    ("Spending is expected to exceed £100 million by the end of this financial year.", "t", "Spending on agency staff "
     "has exceeded £100 million this financial year.", ["summary says 'has exceeded', where the source_quote says "
                                                        "'expected to exceed': still to come, given as done?"]),  # (a
    # twenty-eighth review's miss: a verb's own "-eed", read as a past)
    # the twenty-sixth review's false alarms: a simple past of another act ("raised" an offer, not the pay)
    ("The board's latest offer would raise teacher pay by 9.5% over three years.", "t", "The offer the board raised "
     "late Tuesday would lift teacher pay by 9.5%.", []),
    ("Mr. Nagaraju said after a meeting of the 26 MLAs that the party will meet again on Monday.", "t", "Nagaraju met "
     "the party's 26 MLAs at a resort.", []),
])
def test_a_thing_to_come_given_as_done_in_the_simple_past(quote: str, title: str, summary: str, said: list[str],
                                                          harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-second review's: "has applied" on "will apply" passed (the stems were 'appli' and 'apply'), and so did
    "gained time" on "is expected to gain time" (no "has" or "was")."""
    assert card_warnings(capsys, harbour, quote, "given as done?", title=title, summary=summary) == said

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

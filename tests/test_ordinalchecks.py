"""An ordinal a card gives that its source gives as another (ordinalchecks.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import add_to_source, card_warnings, check, warnings_with, write

QUOTE = "It raised its dividend for the 21st consecutive year after a weak third-quarter result."


@pytest.mark.parametrize(("title", "summary", "said"), [
    ("Dividend raised for the 21st consecutive year", "s", []),
    ("Dividend raised for the 12th consecutive year", "s", [
        "title says '12th consecutive', where the source_quote says '21st consecutive': a number slipped?"]),
    ("t", "Its 12th consecutive rise.", [
        "summary says '12th consecutive', where the source says '2nd consecutive' and '9 consecutive' and '21st "
        "consecutive': a number slipped?"]),
    ("t", "Inflation stayed up for the 9th consecutive month.", []),  # ('9 consecutive months': the 9th)
    ("t", "Prices rose for the 9th month.", []),  # (a review's false alarm: '9 consecutive months', the 9th month)
    ("t", "Prices rose for the 8th month.", [
        "summary says '8th month', where the source says 'third month' and '9 consecutive months': a number "
        "slipped?"]),
    ("t", "A weak second-quarter result.", ["summary says 'second-quarter result', where the source_quote says "
                                            "'third-quarter result': a number slipped?"]),  # (in words, against the
    # quote's same two words only)
    ("t", "A weak second-quarter performance.", []),  # (in words: "in the second" may be the quarter; let be)
    ("t", "The 1st quarter was strong.", []),  # (the source's, elsewhere)
])
def test_an_ordinal_the_source_gives_as_another(title: str, summary: str, said: list[str], harbour: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: "the 12th consecutive annual increase" for the article's "21st" passed, "12" being one of its
    numbers elsewhere; and "second-quarter" for "third-quarter"."""
    add_to_source(harbour, f"\n{QUOTE} The first quarter was strong, the 2nd consecutive such; prices rose for 9 "
                           "consecutive months; hiring slowed for a third month.\n")
    write(harbour, "content/people/dividend.yaml", f"title: {title}\nsummary: {summary}\nsource_quote: {QUOTE}\n")
    assert warnings_with(capsys, harbour, "slipped") == said


RANKS = "Kestrel, the city's third-largest builder, finished 187 homes; the wage bill is now the league's seventh-highest, although revenue ranks only tenth."


@pytest.mark.parametrize(("summary", "said"), [
    ("Kestrel is the city's second-largest builder.", ["summary says 'second-largest', where the source_quote says "
                                                       "'third-largest': a number slipped?"]),  # (an eleventh review's)
    ("Kestrel is the city's third-largest builder.", []),
    ("Its revenue is only the tenth-highest.", []),  # (the quote's rank for it, in other words)
    ("It came second in the league.", []),  # (no rank of a superlative: let be)
    ("Kestrel is the city's largest builder.", ["summary says 'largest', where the source_quote says 'third-largest': "
                                                "a number slipped?"]),  # (a thirteenth review's: the first)
    ("Kestrel is one of the city's biggest builders.", []),
])
def test_a_rank_in_words_against_its_quote(summary: str, said: list[str], harbour: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """An eleventh review's: "the second-largest builder" for the quote's "third-largest" passed (ordinals in words
    were let be)."""
    assert _slipped(harbour, capsys, RANKS, summary) == said


PLACES = ("In the first round, Okonjo led with 33,912 votes, ahead of Thwaite on 29,105. The Green candidate, Priya "
          "Sandhu, came third with 13,160 votes, and the independent Declan Rourke fourth with 8,183.")


@pytest.mark.parametrize(("summary", "said"), [
    ("Priya Sandhu came second with 13,160 votes.", ["summary says 'came second', where the source_quote says 'came "
                                                     "third': a number slipped?"]),  # (a twelfth review's)
    ("Sandhu, standing for the Greens, finishes second.", ["summary says 'finishes second', where the source_quote "
                                                           "says 'came third': a number slipped?"]),
    ("Sandhu finished in second place.", ["summary says 'finished in second', where the source_quote says 'came "
                                          "third': a number slipped?"]),
    ("Priya Sandhu came third with 13,160 votes.", []),
    ("Thwaite came second.", []),  # (worked out: the quote gives no place of his)
    ("Declan Rourke came third.", []),  # (a place the quote gives: to another, or this one's in other words)
])
def test_a_place_someone_came_in_against_its_quote(summary: str, said: list[str], harbour: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A twelfth review's: "Sandhu came second" for the quote's "Priya Sandhu, came third" passed (ordinals in words
    were let be)."""
    assert _slipped(harbour, capsys, PLACES, summary) == said


SHIFTS = "Our members have been working 13-hour shifts, and a third of them are thinking of leaving."


@pytest.mark.parametrize(("summary", "quote", "said"), [
    ("A quarter of the ward's nurses may leave.", SHIFTS, ["summary says 'A quarter', where the source_quote says 'a "
                                                           "third': a number slipped?"]),  # (a twelfth review's)
    ("Two-thirds of them may leave.", SHIFTS, ["summary says 'Two-thirds', where the source_quote says 'a third': a "
                                               "number slipped?"]),
    ("Half of them may leave.", SHIFTS, ["summary says 'Half', where the source_quote says 'a third': a number "
                                         "slipped?"]),
    ("A third of the ward's nurses may leave.", SHIFTS, []),
    ("One third of them may leave.", SHIFTS, []),
    ("A quarter of them may leave.", "Pay rose by 13%, and 25% of them are thinking of leaving.", []),  # (no
    # fraction in words: one worked out)
    ("A quarter of them may leave.", "A third of nurses work shifts, and 26% of them are thinking of leaving.", []),
    # (a percentage near it)
    ("Nurses are working a third shift.", SHIFTS.replace("a third", "half"), []),  # (an ordinal: no fraction)
    ("In the first half of the year, nurses left.", SHIFTS, []),
    ("Visitors were a quarter lower than in 2019.", "Visitors were still about a fifth below the 5.2 million of 2019.",
     ["summary says 'a quarter', where the source_quote says 'a fifth': a number slipped?"]),  # (a fourteenth
    # review's: 'a fifth below')
    ("One in four adults did not know.", "A survey found that one in five adults did not know.",
     ["summary says 'One in four', where the source_quote says 'one in five': a number slipped?"]),  # (a fourteenth
    # review's: a share)
    ("One in five adults did not know.", "A survey found that one in five adults did not know.", []),
    ("Visitors were a fifth lower than in 2019.", "Visitors were still about a fifth below the 5.2 million of 2019.",
     []),
    ("Visitors were still about a quarter short of 2019.", "Visitors were 4.1 million, a third up on the year, but "
     "still about a fifth below the 5.2 million of 2019.", ["summary says 'a quarter', where the source_quote says 'a "
                                                            "third' and 'a fifth': a number slipped?"]),
    # a seventeenth review's: a quote's fraction before a verb, and one a thing changed by
    ("A quarter of the firms plan cuts.", "A survey of 1,200 firms found that a third planned to cut investment.",
     ["summary says 'A quarter', where the source_quote says 'a third': a number slipped?"]),
    ("The bill rose by nearly a quarter since 2019.", "It said the figure had risen by nearly a fifth since 2019.",
     ["summary says 'a quarter', where the source_quote says 'a fifth': a number slipped?"]),
    ("The bill rose by nearly a fifth since 2019.", "It said the figure had risen by nearly a fifth since 2019.", []),
    ("He won a quarter of the vote.", "He won a third term with 40% of the vote.", []),  # (an ordinal)
    ("About two-thirds were over 60, and a quarter had put pension savings in.", "About two-thirds of them were over "
     "60, and a third had put pension savings into the bonds.", ["summary says 'a quarter', where the source_quote says "
                                                                 "'two-thirds' and 'a third': a number slipped?"]),
    # (a twentieth review's: a card's fraction before a verb)
    ("A provisional quota of one third until approval.", "Officials said a provisional quota of one quarter of the "
     "annual total would apply.", ["summary says 'one third', where the source_quote says 'one quarter': a number "
                                   "slipped?"]),  # (a twenty-seventh review's: after the quote's words for its own)
    ("A provisional quota of one quarter until approval.", "Officials said a provisional quota of one quarter of the "
     "annual total would apply.", []),
    ("They won a third term on a provisional quota.", "Officials said a provisional quota of one quarter of the "
     "annual total would apply.", []),  # (not after those words: an ordinal)
])
def test_a_fraction_in_words_against_its_quote(summary: str, quote: str, said: list[str], harbour: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A twelfth review's: "a quarter of Ward 14's nurses" for the quote's "a third of them" passed."""
    assert _slipped(harbour, capsys, quote, summary) == said


@pytest.mark.parametrize(("summary", "said"), [
    ("Callum Reid comes second in 2:06:20.", ["summary says 'comes second', where the source_quote says 'came third': "
                                              "a number slipped?"]),  # (a thirteenth review's)
    ("Alemu finished second.", []),
    ("Callum Reid came third.", []),
    ("Alemu came third.", ["summary says 'came third', where the source_quote says 'finished second': a number "
                           "slipped?"]),
])
def test_a_place_the_quote_gives_to_another(summary: str, said: list[str], harbour: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A thirteenth review's: "Callum Reid finishes second" passed, as the quote gives second place, to another."""
    quote = "Alemu, now 33, finished second in 2:04:58, and Britain's Callum Reid came third in 2:06:20."
    assert _slipped(harbour, capsys, quote, summary) == said


@pytest.mark.parametrize(("summary", "said"), [
    ("The Greens won 38 seats, finishing in second place.", ["summary says 'finishing in second', where the "
                                                             "source_quote says 'finished third': a number slipped?"]),
    # (a fifteenth review's: "… and finished third", the sentence's subject's)
    ("The Greens were ranked second.", ["summary says 'ranked second', where the source_quote says 'finished third': "
                                        "a number slipped?"]),
    ("The Greens won 38 seats, finishing in third place.", []),
])
def test_a_place_of_a_subject_before_and(summary: str, said: list[str], harbour: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    quote = "The Greens surged to 38 seats from 22 and finished third for the first time."
    assert _slipped(harbour, capsys, quote, summary) == said


@pytest.mark.parametrize(("summary", "said"), [
    ("May was the fourth month running with little rain.", ["summary says 'fourth' of a run, where the source_quote "
                                                            "says 'third': a number slipped?"]),  # (a thirteenth
    # review's: a run's ordinal in words)
    ("A fourth dry month in a row.", ["summary says 'fourth' of a run, where the source_quote says 'third': a number "
                                      "slipped?"]),
    ("May was the third dry month in a row.", []),
    ("May was the second month of the drought.", []),  # (no run)
])
def test_a_run_s_ordinal_in_words(summary: str, said: list[str], harbour: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A thirteenth review's: "a fourth dry month in a row" on "the third consecutive month" passed."""
    quote = "May was the third consecutive month of below-average rainfall."
    assert _slipped(harbour, capsys, quote, summary) == said


def _slipped(harbour: Path, capsys: pytest.CaptureFixture[str], quote: str, summary: str) -> list[str]:
    """`check`'s warnings of a number slipped, for a card of `summary` on `quote` (put in the source)."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/slipped.yaml", f"title: t\nsummary: {summary}\nsource_quote: \"{quote}\"\n")
    return warnings_with(capsys, harbour, "slipped?")


@pytest.mark.parametrize(("summary", "said"), [
    ("It was the fourth hurricane of the season to make landfall.", ["summary says 'fourth hurricane of', where the "
                                                                     "source_quote says 'third hurricane of': a number "
                                                                     "slipped?"]),  # (a sixteenth review's)
    ("It was the third hurricane of the season to make landfall.", []),
    ("The storm's second hurricane warning came on Monday.", []),  # (other words after it)
    ("It was the third-longest final on record.", ["summary says 'third-longest', where the source_quote says "
                                                   "'second-longest': a number slipped?"]),  # (a sixteenth review's:
    # "her third match point" is no rank)
])
def test_an_ordinal_in_words_before_the_quote_s_words(summary: str, said: list[str], harbour: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    quote = ("It was the third hurricane of the season to make landfall, after the second-longest final on record ended "
             "on her third match point.")
    assert _slipped(harbour, capsys, quote, summary) == said


def test_a_place_slipped_is_said_once(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The ninety-eighth session's doubt: "came second" on "came third" was also told "second" is a number the source
    never gives, at another column: one mistake, said once, at its ordinal."""
    quote = "The Greens surged to 38 seats and finished third for the first time."
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/place.yaml", f"title: Greens come second\nsummary: s\nsource_quote: {quote}\n")
    assert [line for line in check(capsys, harbour)[1] if "place.yaml" in line] == [
        "content/people/place.yaml:1:20: warning: title says 'come second', where the source_quote says 'finished "
        "third': a number slipped?"]


@pytest.mark.parametrize(("quote", "title", "said"), [
    ("The board lost 1,150 operations to the strike, the third walkout since last summer.", "Second doctors' walkout "
     "since last summer", ["title says 'Second', where the source_quote says 'third' of 'walkout': a number "
                           "slipped?"]),  # (an eighteenth review's: other words between the ordinal and its thing)
    ("Nordaxis is the third company to report late-stage results.", "Nordaxis second to report results",
     ["title says 'second', where the source_quote says 'third' of 'report': a number slipped?"]),  # (a nineteenth)
    ("Northern Ireland topped the table for a fifth month in a row.", "Northern Ireland tops the table for a fourth "
     "month", ["title says 'fourth', where the source_quote says 'fifth' of 'month': a number slipped?"]),  # (a run's,
    # "for a fourth month")
    ("The board lost 1,150 operations to the strike, the third walkout since last summer.", "Third walkout since last "
     "summer", []),
    ("The board lost 1,150 operations to the strike, the third walkout since last summer.", "A second strike day "
     "planned", []),  # (no word of the quote's thing)
    ("It is the second time this year that the company has lowered its annual outlook.", "The third time this year "
     "it has lowered its outlook", ["title says 'third', where the source_quote says 'second' of 'lowered': a number "
                                    "slipped?"]),  # (a twenty-second review's: the thing past four words that name
    # none, "time this year that")
])
def test_an_ordinal_in_words_near_the_quote_s_thing(quote: str, title: str, said: list[str], harbour: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert card_warnings(capsys, harbour, quote, "slipped?", title) == said

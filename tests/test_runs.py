"""`items | chunks`: runs cut by the items themselves, found in C where the items know their run ends, and
the same runs either way."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import Card, Category
from generator.runs import RUN_LIMIT, chunks, run_ends


def card(n: int) -> Card:
    return Card(f"c{n}", "energy", f"content/energy/c{n}.yaml", f"Card {n}", "s", "<p>s</p>", "q", 0, 1)


def ids(runs: list[list[Card]]) -> list[tuple[str, ...]]:
    return [tuple(c.slug for c in run) for run in runs]


def test_runs_are_cut_by_the_items_so_an_insertion_changes_one_run() -> None:
    cards = [card(n) for n in range(600)]
    before = ids(list(chunks(cards)))
    assert [c for run in before for c in run] == [c.slug for c in cards]
    assert 10 < len(before) < 100 and max(map(len, before)) <= RUN_LIMIT
    after = ids(list(chunks([*cards[:300], card(9999), *cards[300:]])))
    changed = set(after) - set(before)
    assert len(changed) == 1 and "c9999" in next(iter(changed))  # every other run is as it was
    assert len(set(before) - set(after)) == 1


def test_items_without_a_card_are_cut_at_the_limit() -> None:
    runs = list(chunks(range(RUN_LIMIT * 2 + 1)))
    assert [len(run) for run in runs] == [RUN_LIMIT, RUN_LIMIT, 1]
    pairs = [(card(n), n) for n in range(200)]  # (card, number): cut by the card
    assert ids([[c for c, _ in run] for run in chunks(pairs)]) == ids(list(chunks([c for c, _ in pairs])))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 3)), max_size=300), st.booleans())
def test_entries_that_know_their_run_ends_are_cut_as_the_items_say(items: list[tuple[int, int]], timeline: bool
                                                                   ) -> None:
    """A listing's entries carry `run_end` (worked out once per card, found in C); the runs are those that the
    entries' cards and indexes give item by item."""
    from generator.listings import FigureEntry, TimelineEntry
    from generator.words import Words

    cards = {n: card(n) for n, _ in items}
    category = Category("energy", "Energy")
    if timeline:
        entries: list[Any] = [TimelineEntry(cards[n], category, run_ends(cards[n], 1)[0]) for n, _ in items]
        plain: list[Any] = [TimelineEntry(cards[n], category) for n, _ in items]
    else:
        entries = [FigureEntry(cards[n], category, i, Words(), run_ends(cards[n], i + 1)[i]) for n, i in items]
        plain = [FigureEntry(cards[n], category, i, Words()) for n, i in items]
    fast = list(chunks(entries))
    slow = list(chunks(iter(plain)))  # (not a list: item by item)
    at = {id(entry): i for i, entry in enumerate(entries)} | {id(entry): i for i, entry in enumerate(plain)}
    assert [[at[id(e)] for e in run] for run in fast] == [[at[id(e)] for e in run] for run in slow]
    assert all(type(run) is list for run in fast) and sum(map(len, fast)) == len(items)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 300), max_size=300))
def test_cards_worked_out_ahead_are_cut_as_the_cards_say(numbers: list[int]) -> None:
    """The preview's build process works out where its cards' runs end (found in C by the next build's workers):
    the same runs as card by card; cards it did not work out are cut card by card."""
    from generator import runs

    made = {n: card(n) for n in numbers}
    cards = [made[n] for n in numbers]
    by_card = [[c.slug for c in run] for run in chunks(iter(cards))]
    try:
        runs.ends_ahead(tuple(made.values()))
        assert [[c.slug for c in run] for run in chunks(cards)] == by_card
        assert [[c.slug for c in run] for run in chunks(tuple(cards))] == by_card
        others = [card(n) for n in numbers]  # equal cards, other objects: not worked out
        assert [[c.slug for c in run] for run in chunks(others)] == by_card
    finally:
        runs.ends_ahead(())


def test_entries_without_a_run_end_are_cut_at_the_limit() -> None:
    from generator.listings import TimelineEntry

    quiet = next(c for c in map(card, range(100)) if not run_ends(c, 1)[0])
    entries = [TimelineEntry(quiet, Category("energy", "Energy")) for _ in range(RUN_LIMIT * 3 + 8)]
    assert [len(run) for run in chunks(entries)] == [RUN_LIMIT, RUN_LIMIT, RUN_LIMIT, 8]
    assert [len(run) for run in chunks(entries[:RUN_LIMIT * 2])] == [RUN_LIMIT, RUN_LIMIT]
    assert list(chunks([])) == []

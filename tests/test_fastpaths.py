"""The fast versions of slow helpers give exactly what the plain versions give."""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import sourcetext
from generator.model import Card
from generator.sourcetext import SourceIndex, fold_text
from generator.urls import relative
from tests.conftest import copy_site, fold, related_cards

PIECES = st.sampled_from(["a", "b", "ab ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "’", "'", "“", "x y", "é",
                          "\u00ad", "\u200b", "\ufeff", "–", "-", "«", "»", "‹", "›", "\u202f", ".", "(", "ʼ"])


def plain_find(text: str, quote: str) -> tuple[int, int] | None:
    """The reference: fold() with its per-character index, and a scan of the whole text for the first place the
    quote neither starts nor ends inside a word: a letter or digit on both sides of its edge, or a joiner between
    two (a hyphen; an apostrophe before its start; a ',' or '.' between digits)."""
    folded, index = fold(text)
    needle = fold_text(quote)

    def joined(a: str, joiner: str, b: str, joiners: str) -> bool:
        return (a + b).isalnum() and (joiner in joiners or (joiner in ",." and (a + b).isdigit()))

    for at in range(len(folded)) if needle else ():
        end = at + len(needle)
        if folded.startswith(needle, at) and not (at and (folded[at - 1] + needle[0]).isalnum()) and not (
                end < len(folded) and (needle[-1] + folded[end]).isalnum()) and not (
                at > 1 and joined(folded[at - 2], folded[at - 1], needle[0], "'-")) and not (
                end + 1 < len(folded) and joined(needle[-1], folded[end], folded[end + 1], "-")):
            return index[at], index[end - 1] + 1
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.lists(PIECES, max_size=8).map("".join),
       st.integers(0, 40), st.integers(1, 14), st.booleans())
def test_source_index_finds_what_a_plain_scan_finds(text: str, quote: str, at: int, length: int,
                                                    inside: bool) -> None:
    if inside and text:
        quote = text[at % len(text):][:length]
    assert SourceIndex(text).find(quote) == plain_find(text, quote)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "\x1c", "\x85", "\u2028", "\u3000", "\u200b",
                                         *(chr(c) for c in sourcetext.PLAIN)]), max_size=40))
def test_plain_and_split_fold_as_translate_and_the_regex_do(text: str) -> None:
    import re

    assert sourcetext.plain(text) == text.translate(sourcetext.PLAIN)
    assert " ".join(text.split()) == re.sub(r"\s+", " ", text).strip()


def test_the_word_start_table_finds_what_a_plain_scan_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sourcetext, "_TABLE_FROM", 0)
    monkeypatch.setattr(sourcetext, "_KEY", 3)
    text = "the cat  sat\n\non the mat; the cat ran. “The” cat’s hat, the mat\u00a0sat"
    index = SourceIndex(text)
    assert index._starts, "the table is in use"
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 25) + 1):
            assert index.find(text[start:end]) == plain_find(text, text[start:end]), text[start:end]
    assert index.find("the dog") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.integers(1, 5))
def test_the_word_start_table_lists_every_word_start(text: str, key: int) -> None:
    import re

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sourcetext, "_TABLE_FROM", 1)
        patch.setattr(sourcetext, "_KEY", key)
        index = SourceIndex(text)
    folded, expected = index.folded, dict[str, list[int]]()
    for match in re.finditer(r"(?:^|(?<= ))\S", folded):
        expected.setdefault(folded[match.start(): match.start() + key], []).append(match.start())
    assert index._starts == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", ".", "..", ""]), max_size=4).map("/".join),
       st.lists(st.sampled_from(["a", "b", "c", ".", "..", ""]), max_size=4).map("/".join))
def test_relative_is_posixpath_relpath(path: str, start: str) -> None:
    assert relative(path or ".", start or ".") == posixpath.relpath(path or ".", start or ".")


def plain_related(cards: tuple, limit: int = 6) -> dict[str, list]:
    """The reference: the cards a card names (`related:`) first, then each found in its tags' lists by scanning
    them (not the lists of a tag on most cards)."""
    by_tag: dict[str, list] = {}
    for card in cards:
        for tag in card.tags:
            by_tag.setdefault(tag.casefold(), []).append(card)
    position = {card.id: i for i, card in enumerate(cards)}
    result = {}
    for card in cards:
        score: dict[str, int] = {}
        found = {}
        for tag in card.tags:
            peers = by_tag[tag.casefold()]
            if len(peers) > max(limit, len(cards) // 2):
                continue
            at = next(i for i, other in enumerate(peers) if other is card)
            for other in peers[max(0, at - limit): at + limit + 1]:
                if other.id != card.id:
                    score[other.id] = score.get(other.id, 0) + 1
                    found[other.id] = other
        named = [other for name in card.related for other in cards if other.id == name]
        result[card.id] = (named + [found[i] for i in sorted(found, key=lambda i: (-score[i], position[i]))
                                    if i not in card.related])[:limit]
    return result


def test_related_cards_stay_few_per_card_and_match_the_plain_way(tmp_path: Path) -> None:
    """Every card sharing one tag (which relates none) and a tag of a few: each gets a bounded list by the few, the
    one a plain scan gives."""
    from generator.load import load_site

    site = load_site(copy_site("seed", tmp_path))
    crowd = tuple(card.__class__(**{**card.__dict__, "tags": ("Everyone", card.category, "everyone")})
                  for card in site.cards)
    for cards in (site.cards, crowd):
        related = related_cards(cards)
        assert related == plain_related(cards)
    assert all(0 < len(found) <= 6 for found in related_cards(crowd).values())


def test_related_cards_kept_by_signature_are_the_current_cards(tmp_path: Path) -> None:
    """A process that builds again keeps the tag index while ids and tags are the same: the lists it gives
    are of the cards it is given now (an edited title shows), and other tags make a new index."""
    from generator.listings import RelatedCards, related_signature
    from generator.load import load_site

    site = load_site(copy_site("seed", tmp_path))
    edited = tuple(card.__class__(**{**card.__dict__, "title": card.title + " (edited)"}) for card in site.cards)
    retagged = tuple(card.__class__(**{**card.__dict__, "tags": ("Everyone",)}) for card in site.cards)
    assert related_signature(edited) == related_signature(site.cards) != related_signature(retagged)
    for cards in (site.cards, edited, retagged, site.cards):
        kept = RelatedCards(cards, related_signature(cards))
        assert {card.id: kept[card.id] for card in cards} == plain_related(cards)
        assert all(any(other is mine for mine in cards) for card in cards for other in kept[card.id])  # these very


def test_the_related_signature_is_the_digest_of_every_card_s_id_and_tags_whatever_it_kept(tmp_path: Path) -> None:
    """Its parts are kept per card object between calls: a card replaced, moved, retagged, given other related
    cards or gone changes it as the plain digest changes."""
    from generator.inputs import digest
    from generator.listings import related_signature
    from generator.load import load_site

    def plain(cards: tuple[Card, ...]) -> str:
        return digest(repr([(card.category, card.slug, card.tags, card.related) for card in cards]).encode())

    cards = load_site(copy_site("seed", tmp_path)).cards
    first = cards[0]
    retagged = first.__class__(**{**first.__dict__, "tags": ("Someone else",)})
    paired = first.__class__(**{**first.__dict__, "related": (cards[1].id,)})
    versions = (cards, (retagged, *cards[1:]), (paired, *cards[1:]), cards[::-1], cards[1:])
    for version in (cards, *versions, (), cards):
        assert related_signature(version) == plain(version)
    assert len({plain(version) for version in versions}) == 5


def test_entries_and_paragraphs_made_ahead_are_taken_for_the_same_cards_and_quotes_only(tmp_path: Path) -> None:
    """The preview's build process makes them for its next build: the same card objects get the same entries, and
    other cards, categories or words new ones; the paragraphs are taken while every quote is where it was."""
    import dataclasses

    from generator import listings
    from generator.load import load_site

    site = load_site(copy_site("seed", tmp_path))
    categories = {category.id: category for category in site.categories}
    dated = next(card for card in site.cards if card.date and card.figures)
    edited = dataclasses.replace(dated, title=dated.title + " (edited)")
    cards = tuple(edited if card is dated else card for card in site.cards)
    moved = dataclasses.replace(dated, quote_start=dated.quote_start + 1)
    try:
        listings.work_ahead(site)
        assert listings._last_paragraphs is not None
        paragraphs_ahead = listings._last_paragraphs[2]
        published = site.source.date
        ahead = listings.Listings(categories, site.words, published)
        figures, timeline = ahead.figures(cards), ahead.timeline(cards)
        made = listings._ahead
        assert made is not None
        before = {id(entry) for entry in [*made.figures(site.cards), *made.timeline(site.cards)]}
        assert [id(entry) in before for entry in figures] == [entry.card is not edited for entry in figures]
        assert [id(entry) in before for entry in timeline] == [entry.card is not edited for entry in timeline]
        assert [(e.card.id, e.index) for e in figures] == [(e.card.id, e.index) for e in
                                                             listings.Listings(categories, site.words, published).figures(cards)]
        relabelled = {**categories, dated.category: dataclasses.replace(categories[dated.category], label="Other")}
        for other in (listings.Listings(relabelled, site.words, published),
                      listings.Listings(categories, dataclasses.replace(site.words, to="bis"), published),
                      listings.Listings(categories, site.words, dataclasses.replace(published, year=published.year + 1))):
            assert not {id(entry) for entry in other.figures(site.cards)} & before  # made anew

        paragraphs = listings.source_context(site.source.text, listings.citations_of(cards))["paragraphs"]
        assert paragraphs is paragraphs_ahead  # the same quotes (a title edited): taken
        shifted = tuple(moved if card is dated else card for card in site.cards)
        again = listings.source_context(site.source.text, listings.citations_of(shifted))["paragraphs"]
        assert again is not paragraphs
        assert again == sourcetext.paragraphs(site.source.text, sorted(
            (card.quote_start, card.quote_end, card.id) for card in shifted))
    finally:
        listings._ahead = listings._last_paragraphs = None


CARD_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3000), st.floats(allow_nan=True),
                        st.text(max_size=5), st.sampled_from(["2011", "2011-05", "stated", "inferred", "x", ""]),
                        st.lists(st.sampled_from(["expected", "inferred", "stated"]), max_size=3),
                        st.lists(st.text(max_size=3), max_size=2),
                        st.lists(st.dictionaries(st.sampled_from(["label", "value", "unit", "from", "other"]),
                                                 st.one_of(st.text(max_size=3), st.integers(), st.booleans()),
                                                 max_size=4), max_size=2))


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "summary", "source_quote", "date", "date_end", "date_status",
                                        "figures", "tags", "unknown"]), CARD_VALUES, max_size=9))
def test_the_fast_schema_check_never_passes_what_jsonschema_rejects(data: dict[str, object]) -> None:
    from generator import validate

    if validate.surely_valid(data, "card"):
        assert list(validate._validator("card").iter_errors(data)) == []


VALID_CARD = {"title": "t", "summary": "s", "source_quote": "q", "date": "2011-05", "date_end": 2012,
              "date_status": "inferred", "figures": [{"label": "l", "value": 3, "unit": "km", "from": 1.5}],
              "tags": ["x"]}


@pytest.mark.parametrize(("key", "value"), [
    ("title", ""), ("title", "x" * 301), ("summary", 3), ("source_quote", None), ("date", "2011-5"),
    ("date", True), ("date", 2011.5), ("date", 25), ("date_end", 10000), ("date_end", "May"), ("date_status", "maybe"), ("date_status", 1),
    ("date_status", ["expected"]), ("date_status", ["inferred", "inferred"]), ("date_status", ["stated", "inferred"]),
    ("date_status", ["expected", "inferred", "expected"]), ("date_status", [["expected", "inferred"]]),
    ("figures", [{"label": "", "value": 1}]), ("figures", [{"value": 1}]), ("figures", [{"label": "l", "value": "3"}]),
    ("figures", [{"label": "l", "value": True}]), ("figures", [{"label": "l", "value": 1, "other": 2}]),
    ("figures", [{"label": "l", "value": 1, "unit": ""}]), ("figures", {"label": "l", "value": 1}),
    ("figures", ["l"]), ("tags", [""]), ("tags", "x"), ("tags", ["x" * 101]), ("unknown", 1),
])
def test_the_fast_schema_check_refuses_each_kind_of_mistake(key: str, value: object) -> None:
    from generator import validate

    card = {**VALID_CARD, key: value}
    assert list(validate._validator("card").iter_errors(card)) != []  # jsonschema refuses it ...
    assert not validate.surely_valid(card, "card")  # ... so the fast check must not pass it
    assert validate.surely_valid(VALID_CARD, "card")
    for both in (["expected", "inferred"], ["inferred", "expected"]):
        assert validate.surely_valid({**VALID_CARD, "date_status": both}, "card")
    for required in ("title", "summary", "source_quote"):
        assert not validate.surely_valid({k: v for k, v in VALID_CARD.items() if k != required}, "card")


def test_the_fast_schema_check_passes_the_seed(seed_site: Path) -> None:
    """Otherwise it would save nothing: every shipped card and site.yaml pass it, without jsonschema."""
    from generator import validate
    from generator.errors import Problems
    from generator.yamlread import read_yaml

    for path in [*sorted((seed_site / "content").glob("*/*.yaml")), seed_site / "site.yaml"]:
        doc = read_yaml(path, path.name, Problems())
        assert doc is not None
        assert validate.surely_valid(doc.data, "site" if path.name == "site.yaml" else "card"), path
    assert not validate.surely_valid({"title": "t", "summary": "s", "source_quote": "q", "tag": []}, "card")


@pytest.mark.parametrize("width", [1, 2, 3, 4])
def test_a_dataclass_token_lists_each_field_as_the_general_token_does(width: int) -> None:
    """Entries of one, two, three or more fields have their own token makers: each names every field."""
    import dataclasses

    from generator.keys import PageKeys
    from generator.model import Category

    kind = dataclasses.make_dataclass(f"Entry{width}", [f"f{i}" for i in range(width)], frozen=True)
    category = Category("energy", "Energy")
    values = [category, 7, "text", None]
    keys = PageKeys("code", {}, lambda: "")
    entry = kind(*values[:width])
    category_token = keys.token(category)
    expected = f"Entry{width}(" + ",".join([category_token, "7", "'text'", "None"][:width]) + ")"
    assert keys.token(entry) == expected
    assert keys.token([entry, entry]) == f"[{expected},{expected}]"
    for i in range(width):  # a change to any field changes the token
        changed = dataclasses.replace(entry, **{f"f{i}": ("other",)})
        assert keys.token(changed) != expected


def test_a_frozen_dataclass_token_is_worked_out_once_per_object() -> None:
    """The source page keys each citation three times (the page, its paragraph and its list): a frozen value's
    token is kept by object; a new object, even made from the same parts, is worked out anew."""
    import dataclasses

    from generator.keys import PageKeys

    inner_kind = dataclasses.make_dataclass("Inner", ["n"])  # not frozen: its token is never kept
    outer_kind = dataclasses.make_dataclass("Outer", ["inner"], frozen=True)
    keys = PageKeys("code", {}, lambda: "")
    inner = inner_kind(1)
    outer = outer_kind(inner)
    first = keys.token(outer)
    assert first == "Outer(Inner(1))"
    inner.n = 2  # (nothing the generator freezes holds a value that changes: this shows the token is kept)
    assert keys.token(outer) == first
    assert keys.token([outer]) == f"[{first}]"
    assert keys.token(outer_kind(inner)) == "Outer(Inner(2))"
    assert keys.token(inner) == "Inner(2)"


def test_tokens_worked_out_ahead_are_taken_while_every_kept_card_has_its_record(tmp_path: Path) -> None:
    """The preview's build process works out its entries' tokens for the next build: taken for runs of those
    entries (the same token as worked out item by item), not once a card it kept has another record."""
    from generator import keys as keys_module
    from generator.keys import PageKeys
    from generator.listings import Listings
    from generator.load import load_site

    site = load_site(copy_site("seed", tmp_path))
    records = {card.path: ("made-from", "source", card) for card in site.cards}
    entries = Listings({c.id: c for c in site.categories}, site.words, site.source.date).figures(site.cards)
    runs: list[list[Any]] = [entries[:3], entries[3:], [*entries[:2], "not ahead"]]
    try:
        PageKeys("code", dict(records), lambda: "").tokens_ahead(entries)
        later = PageKeys("code", dict(records), lambda: "")
        assert later._taken_ahead() is keys_module._kept_ahead[1]  # type: ignore[index]
        item_by_item = PageKeys("code", dict(records), lambda: "")
        item_by_item._ahead = {}
        assert [later.token(run) for run in runs] == [item_by_item.token(run) for run in runs]

        card = entries[0].card
        other = dict(records, **{card.path: ("edited", "source", card)})  # the same card object, another record
        changed = PageKeys("code", other, lambda: "")
        assert changed._taken_ahead() == {}
        assert changed.token(runs[0]) != later.token(runs[0])  # its mark changed: so does the run's token
        assert changed.token(runs[0]).count(":edited:") == sum(entry.card is card for entry in entries[:3])
        deleted = PageKeys("code", {p: r for p, r in records.items() if p != card.path}, lambda: "")
        assert deleted._taken_ahead()  # a card gone: the others' tokens hold
    finally:
        keys_module._kept_ahead = None


def plain_paragraphs(text: str, spans: list[tuple[int, int, str]]) -> list[list[sourcetext.Segment]]:
    """The reference: every segment checks every quote near its paragraph."""
    import itertools

    spans = sorted(spans)
    result = []
    for start, end in sourcetext.paragraph_ranges(text):
        here = [(s, e, card) for s, e, card in spans if s < end and e > start]
        points = sorted({start, end, *(max(s, start) for s, _, _ in here), *(min(e, end) for _, e, _ in here)})
        result.append([sourcetext.Segment(text[a:b], tuple(card for s, e, card in here if s <= a and e >= b),
                                          tuple(card for s, e, card in here if s == a and e >= b),
                                          tuple(card for s, e, card in here if e == b and s <= a),
                                          tuple(card for s, e, card in here if s < a and e >= b))
                       for a, b in itertools.pairwise(points)])
    return result


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab ", "c", "\n\n", " ", "de f", "\n"]), max_size=25).map("".join),
       st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=8))
def test_the_source_paragraphs_sweep_finds_what_checking_every_quote_finds(
        text: str, quotes: list[tuple[int, int]]) -> None:
    spans = [(s, s + n, f"card-{i}") for i, (s, n) in enumerate(quotes) if s + n <= len(text)]
    assert sourcetext.paragraphs(text, spans) == plain_paragraphs(text, spans)


def test_the_source_is_read_again_only_when_its_file_changed_or_had_a_problem(tmp_path: Path) -> None:
    """A process that builds again (the preview's) keeps the last source text it read without a problem, while the
    file has the same inode, size, modification and change times: a save that keeps the size and puts the
    modification time back is still seen (the change time moves)."""
    import os

    from generator.errors import SiteError
    from generator.load import load_site

    site = copy_site("village", tmp_path)
    source = next(path for path in (site / "content").iterdir() if path.is_file())
    first = load_site(site).source.text
    assert load_site(site).source.text is first  # not read again
    before = source.stat()
    edited = first.replace("a", "b", 1)
    assert len(edited) == len(first) and edited != first
    source.write_text(edited, "utf-8")
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = load_site(site).source.text
    assert again == edited.strip("\n") + "\n" and again is not first
    source.write_text(edited + "\x07\n", "utf-8")  # a character no page can show: said on every build
    for _ in range(2):
        with pytest.raises(SiteError) as raised:
            load_site(site)
        assert any("U+0007" in problem.message for problem in raised.value.problems)

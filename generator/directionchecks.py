"""A change a card says went the other way than its quote says: a title "Ridership rose 12%" on a quote "ridership
fell 12%", a summary's "grew to £410 million" on "dropped to £410 million" (English's words for a rise and a fall,
statedchanges.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator import asenglish, numbercontexts, numbers
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.statedchanges import way_words
from generator.validate import where


def direction_warnings(entries: list[Entry], read: asenglish.AsEnglish) -> list[Finding]:
    """A number a card's title, summary or figure label says rose (or fell) that its quote gives only as falling
    (or rising): said once a text and number, at the text's word for the way."""
    found = []
    for entry in entries:
        quote = read.read(entry.card.source_quote).text
        found += _turned_round(entry, quote, read)
        quoted = _ways(quote)
        if not quoted:
            continue
        for key, text in card_texts(entry.card):
            english, said = read.read(text).text, set()
            for written, values, way in _changed(english):
                rising = way["rise"] is not None
                other = {word for value in values for word in quoted.get((*value, not rising), ())}
                if other and not any((*value, rising) in quoted for value in values) and written not in said:
                    said.add(written)
                    word = _word(way)
                    found.append(warn(entry, key, f"{where(key)} gives {written} as a {_WAY[rising]} ('{word}'), "
                                                  f"where the source_quote gives it as a {_WAY[not rising]} "
                                                  f"('{sorted(other)[0]}'): is the direction right?",
                                      snippet=word if word in text else ""))
    return found


_WAY = {True: "rise", False: "fall"}


def _turned_round(entry: Entry, quote: str, read: asenglish.AsEnglish) -> list[Finding]:
    """A change a card's text gives the wrong way round: where it started from the number the quote gives as where it
    ended, and the other way ("cut to $74 from $68" for "$68, cut from $74")."""
    quoted = numbercontexts.contexts(quote)
    starts = {value for said in quoted if said.earlier for value in numbers.rounded(said.values)}
    if not starts:
        return []
    ends = {value for said in quoted if not said.earlier for value in numbers.rounded(said.values)} - starts
    found = []
    for key, text in card_texts(entry.card):
        said = numbercontexts.contexts(read.read(text).text)
        begun = [one for one in said if one.earlier and numbers.rounded(one.values) & ends]
        if begun and any(numbers.rounded(one.values) & starts for one in said if not one.earlier):
            start = next(one for one in quoted if one.earlier)
            found.append(warn(entry, key, f"{where(key)} gives {begun[0].written} as where a change started "
                                          f"('{begun[0].baseline} {begun[0].written}'), where the source_quote gives "
                                          f"it as where it ended, and {start.written} as its start: the change turned "
                                          "round?", snippet=begun[0].written))
    return found


def _word(way: re.Match[str]) -> str:
    """The words that say which way a number went ('rose', 'a fall of')."""
    return " ".join((way["rise"] or way["fall"]).split())


def _ways(quote: str) -> dict[tuple[float, bool, bool], set[str]]:
    """The ways the English `quote` says its numbers went (see `_changed`; True: up), each with its words for it
    ('fell')."""
    ways: dict[tuple[float, bool, bool], set[str]] = {}
    for _, values, way in _changed(quote):
        for value in values:
            ways.setdefault((*value, way["rise"] is not None), set()).add(_word(way))
    return ways


def _changed(text: str) -> Iterator[tuple[str, set[tuple[float, bool]], re.Match[str]]]:
    """Each number in digits the English `text` says went up or down, as written ('12%', '$4 million'); its values
    rounded (numbers.rounded), each with whether it is a percentage or points (a rise of 12% is not one of 12
    routes); and the words that say which way. Not a change's start ('rose from 1.50': 1.50 did not rise)."""
    numerals = numbers.numerals_at(text)
    if numerals:
        for (start, end, values), said in zip(numerals, numbercontexts.contexts(text), strict=True):
            if not said.earlier and (way := way_words(text, start, end)) is not None:
                yield said.written, {(value, said.percent or said.points) for value in numbers.rounded(values)}, way

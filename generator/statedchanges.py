"""A change the source_quote states as its own, for a figure's page and check: "an increase of 32%", "up 2 percentage
points", "um 0,5 Prozentpunkte"; and which way the words around it say it went."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from decimal import Decimal

from generator.words import Words


def stated_points(points: float, quote: str, words: Words, levels: set[float],
                   rising: bool | None = None) -> re.Match[str] | None:
    """Where the quote writes the change between two percentages as its own: 'a 0.5% increase', 'up 2 percentage
    points', 'um 0,5 Prozentpunkte' (at the quote's decimals, as _stated_percent); written as a percentage, not
    where it is one of the two `levels` too ("from 2% to 4%": the 2% is where it started); not said the other way
    than `rising` ('down 7.6 points' for a rise)."""
    if ("basis" in quote or "bp" in quote.lower()) and (found := _stated_at(
            points * 100, quote, words, r"(?:basis[\s-]points?\b|bps?\b)", rising)) is not None:
        return found  # ("rose 4 basis points": 0.04 points)
    names = {form.replace("{n}", "").strip() for form in words.points}
    named = "".join(f"|{re.escape(word)}(?![^\\W\\d_])" for word in sorted(names, key=len, reverse=True) if word)
    if (found := _stated_at(points, quote, words, rf"(?:percentage points?\b|points?\b{named})", rising)) is not None:
        return found  # ('2 points': said as points, whatever the levels)
    percent = "".join(f"|{re.escape(word)}(?![^\\W\\d_])" for word in words.percent_words)
    return _stated_at(points, quote, words, rf"(?:[%\u066a]|per ?cent\b{percent})", rising, levels)


def stated_percent(percent: float, quote: str, words: Words, rising: bool | None = None) -> re.Match[str] | None:
    """Where the quote writes a percentage that `percent` rounds to at the quote's decimals ('32' of 'an increase of
    32%' for 32.18), not said the other way than `rising`."""
    named = "".join(f"|{re.escape(word)}(?![^\\W\\d_])" for word in words.percent_words)  # ('31 Prozent')
    return _stated_at(percent, quote, words, rf"(?:[%\u066a]|per ?cent\b{named})", rising)  # (٪)


def _stated_at(number: float, quote: str, words: Words, after: str, rising: bool | None,
               levels: set[float] | None = None) -> re.Match[str] | None:
    """The first number the quote writes before `after` (a pattern) that `number` rounds to at its decimals, and
    that the words around it do not say went the other way than `rising` (True up, False down, None either); not
    one of the `levels` a change of a share goes between ("from 2% to 3.5%": the 2% is no change of 1.5)."""
    spelled = _small_numbers(words.numbers)
    for found in _numbers_before(quote, words, after, spelled):
        whole, decimals = found[1], found[2] or ""
        stated = Decimal(spelled[found[3].casefold()] if found[3] else f"{int(whole)}.{decimals}" if decimals
                         else str(int(whole)))
        if _SHARE_OF.match(quote, found.end()):
            continue  # ("5% of them are women": a share, no change)
        if stated and abs(Decimal(repr(number)) - stated) <= Decimal(5).scaleb(-len(decimals) - 1) and (
                rising is None or direction(quote, found.start(), found.end()) in (None, rising)) and not any(
                math.isclose(float(stated), level, abs_tol=1e-9) for level in levels or ()):
            return found
    return None


def _numbers_before(quote: str, words: Words, after: str, spelled: dict[str, int]) -> Iterator[re.Match[str]]:
    """Each number the quote writes right before `after`, in digits or a small one in words ('two points'): found
    from each `after`, looking back (one search for `after`, where one for a number at every place of the quote took
    ~40 times as long with the words)."""
    pattern = re.compile(_number(words.decimal_mark, words.thousands_separator, words.numbers) + after, re.IGNORECASE)
    for hit in re.finditer(after, quote, re.IGNORECASE):
        if (before := _NUMBER_BEFORE.search(quote, max(0, hit.start() - 32), hit.start())) is not None and (
                before[1] is not None or before[2].casefold() in spelled) and (
                found := pattern.match(quote, before.start())) is not None and found.end() == hit.end():
            yield found


_NUMBER_BEFORE = re.compile(r"(?:(\d+)(?:[.,\u066b]\d+)?|([^\W\d_]+))[\s\u00a0\u202f]?\Z")


# what follows a share, not a change: '5% of them' (in French and Spanish '3 % des prix' may be either: "une hausse de
# 3 % des prix" is a change)
_SHARE_OF = re.compile(r"\s+of(?![^\W\d_])", re.IGNORECASE)


def stated_digits(found: re.Match[str], words: Words) -> str:
    """A stated number as English digits: '32', '12.5' ('2' for 'two', and for the site's words' 'dos')."""
    if found[3]:
        return str(_small_numbers(words.numbers)[found[3].casefold()])
    return f"{Decimal(f'{int(found[1])}.{found[2]}' if found[2] else str(int(found[1]))):f}"


_SMALL = {word: value for value, word in enumerate((  # a change a quote may state in words: 'two points'
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"), 1)}


@functools.lru_cache(maxsize=8)
def _number(decimal_mark: str, separator: str, table: tuple[tuple[str, str], ...] | None = None) -> str:
    """A number as a language writes one: in digits, not the decimals of another, whatever mark it is written with
    ('7.1%', '٧٫١٪'), or (with the words' `table`) a small one in words ('two points', 'dos puntos'), and a space
    before what follows; its groups: whole, decimals, word."""
    mark, separator = re.escape(decimal_mark), re.escape(separator)
    named = "(?!)" if table is None else "|".join(map(re.escape, sorted(_small_numbers(table), key=len, reverse=True)))
    return (rf"(?:(?<![\d.,\u066b\u066c{mark}{separator}])(\d+)(?:{mark}(\d+))?(?![\d{separator}])"
            rf"|(?<![^\W\d_])({named})(?![^\W\d_]))[\s\u00a0\u202f]?")


@functools.lru_cache(maxsize=8)
def _small_numbers(table: tuple[tuple[str, str], ...]) -> dict[str, int]:
    """The numbers one to twenty in words, English's and a language's (its words' `numbers`: 'dos' -> 'two')."""
    return {**_SMALL, **{word.casefold(): _SMALL[english] for word, english in table if english in _SMALL}}


_FALL = (r"down|fell|fall(?:en|ing|s)?|dropped|drops?|declin(?:e[ds]?|ing)|decreas(?:e[ds]?|ing)|lower(?:s|ed)?|cut|"
         r"reduc(?:e[ds]?|ing)|shr[ai]nks?|shrunk|slip(?:s|ped)?|slid(?:es?)?|plunge[ds]?|tumble[ds]?|slump(?:s|ed)?|"
         r"lose|loses|lost|eas(?:e[ds]?|ing)|weaken(?:s|ed|ing)?|"
         r"(?:a|the)\s+(?:fall|drop|decline|decrease|loss|cut)\s+of")  # (what will or is to fall: "fall", "eases")
_RISE = (r"up|rose|risen|rises?|rising|rais(?:e[ds]?|ing)|gr[eo]w|grows|grown|gain(?:s|ed)?|higher|"
         r"increas(?:e[ds]?|ing)|climb(?:s|ed)?|jump(?:s|ed)?|surge[ds]?|soar(?:s|ed)?|add(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|"
         r"(?:an?|the)\s+(?:rise|increase|gain|jump)\s+of")
WAY_BEFORE = re.compile(rf"\b(?:(?P<fall>{_FALL})|(?P<rise>{_RISE}))\b(?:[^\d.;]{{0,16}}|"
                        r"(?:[\s-]+[^\W\d_]+){1,3}\s+by\s+[^\d.;]{0,10})$",
                        re.IGNORECASE)  # ("rose by", "raised ticket prices by", "cut bills by about £")
_WAY_AFTER = re.compile(r"(?:\s?(?:%|percent\b|per\s+cent\b))?\s*(?:(?P<fall>lower|down|drop|fall|decline|decrease|"
                        r"loss|cut|below)|(?P<rise>higher|up|rise|increase|gain|jump|above))\b",
                        re.IGNORECASE)  # ("a 12% fall", "12% below their level in 2019")


def direction(quote: str, start: int, end: int) -> bool | None:
    """Which way English words around the change the quote states at `start`-`end` say it went: 'down 7.6 points',
    'a fall of 3%', '5% lower' (False); 'up 4.1 points', 'a 5% rise' (True); None where they do not say."""
    way = way_words(quote, start, end)
    return None if way is None else way["rise"] is not None


def way_words(text: str, start: int, end: int) -> re.Match[str] | None:
    """The English words around the number at `start`-`end` that say which way it went (see `direction`): its group
    `rise` or `fall`. Not 'up to', a hedge ('up to 40 people')."""
    at = max(0, start - 40)
    while (way := WAY_BEFORE.search(text, at, start)) is not None and (
            _UP_TO.match(text, way.start()) or _CLAUSE.search(text, way.end(way.lastgroup or 0), start)):
        at = way.end(way.lastgroup or 0)  # (not a hedge, nor another clause's: "its second decline, as a 12% rise in
        # costs"; a nearer one may be its own: "a higher risk, up 12 percent")
    return way or _WAY_AFTER.match(text, end)


_UP_TO = re.compile(r"up\s+to\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]")

"""The kinds of `check`'s numbers: a number a card gives as another kind than its quote does (a percentage for a
change in points, or the other way round; an amount of money for its hundredths; months for years), and with its
hedges, how a card gives a number plainer than its quote (hedgechecks.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import asenglish, currencies, numbercontexts, numbers, units
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.hedgechecks import hedge_warnings
from generator.namechecks import card_texts
from generator.validate import where

if TYPE_CHECKING:
    from generator.words import Words


def overstated_warnings(entries: list[Entry], read: asenglish.AsEnglish, words: Words) -> list[Finding]:
    """A number a card gives plainer than its quote, or in another unit: without the quote's hedge, or as one end of
    its range, in percent for its points, in a currency for its hundredths, in months for its years."""
    return [*hedge_warnings(entries, read, words), *unit_warnings(entries, read), *measure_warnings(entries, read)]


_WORDED_POINTS = re.compile(rf"\b({numbers.WORDED})"
                            r"(?=[\s-]+(?:percentage[\s-]+)?points?\b)", re.IGNORECASE)


def _points_in_digits(quote: str) -> tuple[str, dict[str, str]]:
    """`quote` with a number of points in English words in digits ("nine percentage points": 9), and each such
    number's digits with its words as written."""
    worded: dict[str, str] = {}

    def digits(found: re.Match[str]) -> str:
        written = str(int(numbers.UNITS[found[1].casefold()]))
        worded[written] = found[1]
        return written
    return (_WORDED_POINTS.sub(digits, quote) if "point" in quote else quote), worded


def measure_warnings(entries: list[Entry], read: asenglish.AsEnglish) -> list[Finding]:
    """A number a card's title, summary or figure label gives in a unit of measure, where its quote gives that number
    in another unit of the kind, and never in this one ("banned for 12 months" for "banned … for 12 years", "187
    litres a day" for "187 megalitres a day")."""
    found = []
    for entry in entries:
        found += _rate_warnings(entry) or _time_apart_warnings(entry)
        if not (in_units := units.numbers_in_units(entry.card.source_quote)):
            continue  # (most quotes: no number in a unit of measure)
        quote = read.read(entry.card.source_quote)
        quoted = [(n, k, u, asenglish.as_written(w, quote.written)) for n, k, u, w in (
            units.numbers_in_units(quote.text) if quote.text != entry.card.source_quote else in_units)]
        for key, text in card_texts(entry.card):
            if not units.numbers_in_units(text):
                continue  # (most texts: read as English only where a number has a unit)
            reading = read.read(text)
            for number, kind, unit, written in units.numbers_in_units(reading.text):
                same = [other for other in quoted if other[:2] == (number, kind)]
                if same and all(other[2] != unit for other in same):
                    as_given = asenglish.as_written(written, reading.written)
                    found.append(warn(entry, key, f"{where(key)} gives {as_given} where the source_quote gives "
                                                  f"'{same[0][3]}': a unit slipped?", snippet=as_given))
    return found


def unit_warnings(entries: list[Entry], read: asenglish.AsEnglish) -> list[Finding]:
    """A number a card's title, summary or figure label gives as a percentage that its quote gives as a change in
    points ("Support down 4%" for "fell 4 points to 38%": from 42%, a fall of 9.5%), or the other way round ("up
    9.4 percentage points" for "up 9.4%"), or as an amount of money that its quote gives in hundredths ("Brent falls
    $62" for "fell 62 cents")."""
    found = []
    for entry in entries:
        quote, worded = _points_in_digits(read(entry.card.source_quote))
        pointed = numbercontexts.POINTS.search(quote) is not None
        cents = currencies.cents_in(quote)
        if not pointed and not cents and not ("%" in quote and any(
                numbercontexts.POINTS.search(text) for _, text in card_texts(entry.card))):
            continue  # (most cards)
        said, as_quoted = numbercontexts.contexts(quote), read.read(entry.card.source_quote).written
        for key, text in card_texts(entry.card):
            reading = read.read(text)
            for given in numbercontexts.contexts(reading.text):
                value, written = max(given.values), asenglish.as_written(given.written, reading.written)
                same = [context for context in said if numbers.occurs(value, context.values)]
                if given.percent and same and all(context.points for context in same):
                    quoted = asenglish.as_written(same[0].written, as_quoted)
                    if (digits := re.match(r"\d+", quoted)) and digits[0] in worded:
                        quoted = worded[digits[0]] + quoted[digits.end():]  # ("nine percentage points", as written)
                    found.append(warn(entry, key, f"{where(key)} gives {written} where the source_quote says '"
                                                  f"{quoted}': a change in points is not one in percent",
                                      snippet=written))
                elif not (given.percent or given.points or given.money) and same and all(
                        context.points for context in same) and (thing := _THING_AFTER.match(
                            reading.text, given.at + len(given.written))) and thing[1].casefold() not in _NO_THING:
                    quoted = asenglish.as_written(same[0].written, as_quoted)  # ("gained 11 seats")
                    found.append(warn(entry, key, f"{where(key)} gives {written} {thing[1]} where the source_quote "
                                                  f"says '{quoted}': a change in points is no count", snippet=written))
                elif given.points and same and not any(context.points for context in same) \
                        and any(context.percent for context in same):  # (the other way round)
                    found.append(warn(entry, key, f"{where(key)} gives {written} where the source_quote says "
                                                  f"'{asenglish.as_written(same[0].written, as_quoted)}': a change in "
                                                  "percent is not one in points", snippet=written))
                elif given.money and numbers.occurs(value, set(cents)) and not currencies.CENTS.match(given.written) \
                        and not any(context.money and not currencies.CENTS.match(context.written) for context in same):
                    quoted = cents[min(cents, key=lambda number: abs(number - value))]
                    found.append(warn(entry, key, f"{where(key)} gives {written} where the source_quote says "
                                                  f"'{quoted}': that is {numbers.digits(value / 100)} of its currency",
                                      snippet=written))
    return found


_THING_AFTER = re.compile(r"\s+([^\W\d_]{3,})")  # a word after a number: "11 seats"
_NO_THING = frozenset({"percent", "percentage", "points", "point", "per", "and", "the", "from", "than", "more", "less",
                       "fewer", "times", "million", "billion", "thousand", "per cent"})


# a number of a rate, in English: "£97 a year", "10 stops a week", "£45 per month", "three times a week" (not "300
# calls in a day": within one)
_RATE = re.compile(r"(?<![\w.,])[$£€¥₹]?(\d[\d,]*(?:\.\d+)?|\b(?:once|twice|one|two|three|four|five|six|seven|eight|"
                   r"nine|ten|eleven|twelve)\b)(?:\s*(?:m|bn|k|million|billion)\b)?(?:\s+[^\W\d_]+){0,3}?"
                   r"(?<!\bin)(?<!within)(?:\s+|-)(?:a|an|per|each)(?:\s+|-)(year|month|week|day|hour|term|season|fortnight)\b"
                   r"(?!\s+(?:earlier|ago|before|later|after|previously|back)\b)", re.IGNORECASE)  # (not "a year
# earlier": a time)
_PERIOD_WORD = re.compile(r"\b(annual|yearly|monthly|weekly|daily|hourly)\b", re.IGNORECASE)  # (a rate before its
# thing: "raise the monthly assistance … to Rs 2,500")
_PERIODS = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}
_RATE_WORDS = (" a ", " an ", " per ", " each ", "-a-")  # (a cheap test: "an hour" too)
# a quote's words for a rate of any period: "£18,000 last year" gives none, "£18,000 annually" one
_ANY_RATE = re.compile(r"\b(?:a|an|per|each|every)\s+(?:\w+\s+)?(?:year|month|week|day|hour|term|season|quarter|"
                       r"fortnight|night|shift|head|person|game|match)|\b(?:annual(?:ly)?|yearly|monthly|weekly|daily|"
                       r"nightly|hourly|quarterly|a\s+head|apiece|p\.?a\.?|pa)\b", re.IGNORECASE)
_NUMERAL = re.compile(r"(?<![\w.,])[$£€¥₹]?(\d(?:[\d,]*\d)?(?:\.\d+)?)(?![\d.,]?\d)"
                      r"(?:\s*(?:m|bn|k|million|billion)\b)?")


def _rate_warnings(entry: Entry) -> list[Finding]:
    """A number a card's title or summary gives per a period ("£97 a month") that its quote gives per another ("£97 a
    year") and never per this one, or per none where it writes no rate at all ("£18,000 a term" on "£18,000 … last
    year"): once a text."""
    quote = entry.card.source_quote
    quoted: dict[str, dict[str, str]] = {}
    for match in _RATE.finditer(quote) if any(word in quote for word in _RATE_WORDS) else ():
        quoted.setdefault(match[1].replace(",", "").casefold(), {}).setdefault(match[2].casefold(),
                                                                              " ".join(match[0].split()))
    bare = {match[1].replace(",", ""): match[0] for match in _NUMERAL.finditer(quote)} if not _ANY_RATE.search(
        quote) else {}  # (its numbers, where it gives no rate)
    named = {_PERIODS[word.casefold()]: word for word in _PERIOD_WORD.findall(quote)}  # ("the monthly assistance")
    counted = {match[1].replace(",", "") for match in _NUMERAL.finditer(quote)} if named else set()
    found = []
    texts = [*card_texts(entry.card)[:2], *((("figures", figure.index, "unit"),
                                             f"{numbers.shown(figure.value)} {figure.unit}")
                                            for figure in entry.card.figures if figure.unit and " " in figure.unit)]
    for key, text in texts if quoted or bare or named else ():  # (a figure's rate in its unit: "lorries a day")
        for match in _RATE.finditer(text):
            number = match[1].replace(",", "").casefold()
            if (periods := quoted.get(number)) and match[2].casefold() not in periods:
                other = f"'{next(iter(periods.values()))}'"
            elif number in bare:
                other = f"{bare[number]}, and no rate"
            elif not periods and number in counted and match[2].casefold() not in named:
                other = f"it '{' and '.join(named.values())}'"
            else:
                continue
            said = f"'{text.split(' ', 1)[1]}'" if key[0] == "figures" else f"gives {' '.join(match[0].split())}"
            found.append(warn(entry, key, f"{where(key)} {said} where the source_quote gives {other}: a unit "
                                          "slipped?", snippet=match[0].split()[0] if key[0] != "figures" else ""))
            break
    return found


# a time counted from another: "a week earlier", "a year ago", "one day later"
_APART = re.compile(r"\b(?:a|one)\s+(day|week|fortnight|month|year)\s+(earlier|before|ago|later|after|on)\b",
                    re.IGNORECASE)


def _time_apart_warnings(entry: Entry) -> list[Finding]:
    """A time a card's title or summary counts from another ("up from 2.9 metres a day earlier") in another unit than
    its quote's, which never counts it so ("a week earlier"): once a card."""
    quote = entry.card.source_quote
    quoted = {(match[1].casefold(), match[2].casefold()): match[0] for match in _APART.finditer(quote)}
    for key, text in card_texts(entry.card)[:2] if quoted else ():
        for match in _APART.finditer(text):
            if (match[1].casefold(), match[2].casefold()) in quoted:
                continue
            if other := next((said for (unit, way), said in quoted.items() if way == match[2].casefold()), None):
                return [warn(entry, key, f"{where(key)} says '{match[0]}' where the source_quote says '{other}': a "
                                         "unit slipped?", snippet=match[0])]
    return []

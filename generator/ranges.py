"""The ranges a quote gives, for `check`'s warning on a card that gives one end only: "between 9,000 and 11,000",
"entre 9.000 y 11.000", "zwischen 8.000 und 9.500"; in English also "seven to eight hours"."""

from __future__ import annotations

import itertools
import re

from generator import asenglish, dates, numbers
from generator.statedchanges import WAY_BEFORE

PERCENT = re.compile(r"\s?(?:%|percent\b|per\s?cent\b)", re.IGNORECASE)
MAYBE_RANGE = re.compile(r"\b(?:between|entre|zwischen|to)\b", re.IGNORECASE)  # (a cheap test: most quotes have none)
_ARTICLE = r"(?:(?:el|la|los|las|le|les|den|dem)\s+)?"  # ("entre el 2,2% y el 2,5%")
_OPEN = re.compile(rf"\b(?:between|entre|zwischen)\s+{_ARTICLE}(?:{numbers.MONEY}\s?)?\Z", re.IGNORECASE)
_AND = re.compile(rf"(?:\s?(?:%|percent)|°?[^\W\d_]{{1,3}})?\s+(?:and|y|und|et)\s+{_ARTICLE}(?:{numbers.MONEY}\s?)?",
                  re.IGNORECASE)  # ("between 1.4C and 2.1C", a unit's letters on each)
# two numbers, "to" between, and no change before: "seven to eight hours", "40 to 50 jobs" (not "from 40 to 50", "rose
# 3% to $18 million", "up 12 to 15")
_TO = re.compile(r"\s?(?:%|percent|per\s+cent|m|bn|k)?\s+to\s+[$£€¥₹]?", re.IGNORECASE)  # ("9% to 12% a year",
# "£40m to £55m")
_FROM_OR_BY = re.compile(r"\b(?:from|by)\s+\S{0,3}\Z", re.IGNORECASE)
_SIGN = re.compile(r"[$£€¥₹]\s?\Z")
_BY = re.compile(r"\bby\s+\Z", re.IGNORECASE)
_SPAN_END = re.compile(r"\d[-–/]\Z")  # (the end of a span of years: "24" of "2023-24")
RANGE_FROM = re.compile(r"\b(?:range[sd]?|ranging|vary|varies|varied|varying)\s+from\s+\S{0,3}\Z", re.IGNORECASE)
_SIGN_BOTH = re.compile(r"([$£€¥₹])\d[\d,.]*\s?(?:m|bn|k|million|billion)?\s+to\s+\1\d")  # ("£40m to £55m")
_GLUED = re.compile(r"°?[^\W\d_]{1,3}\b")  # a unit's letters on its number: "2.1C", "15MW"
_UNIT_AFTER = re.compile(r"\s?(?:%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b)", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"{dates.MONTH_NAME.pattern}\s+\Z")  # a day of the month: "from 5% on August 4 to 22%"


def given_ranges(quote: str, read: asenglish.AsEnglish) -> dict[float, tuple[str, set[float]]]:
    """The ends of the ranges `quote` gives ("between 9,000 and 11,000", "between eight and nine years"), rounded:
    each one's range, as the quote writes it, and the other end."""
    reading = read.read(quote)
    found_ranges: dict[float, tuple[str, set[float]]] = {}
    for text, found in ((reading.text, numbers.numerals_at(reading.text)),
                        (quote, [(start, end, {value}) for start, end, value in numbers.spelled_at(quote)])):
        for (start, end, low), (other, last, high) in itertools.pairwise(found):
            years = dates.YEAR.fullmatch(text[start:end]) or dates.YEAR.fullmatch(text[other:last])  # (a period; "from
            # 9,870 in 2015 to 8,120": a year, then where a change went)
            if not (min(low) < min(high) and max(low) < max(high)) or years or _SPAN_END.search(text, 0, start):
                continue  # (not "split between 52% and 48%", nor "in 2023-24 to £190 million")
            by_to = False
            if opening := _OPEN.search(text, max(0, start - 24), start):
                first = opening.start()
            elif _TO.fullmatch(text, end, other) and (not _changed(text, start) or (
                    _BY.search(text, max(0, start - 12), start) and max(high) <= 2 * min(low)
                    and _UNIT_AFTER.match(text, last))):  # ("fall by 20 to 30%", "lift it by 0.5 to 0.7
                # percentage points": ends close, a unit after; not "rose by 3 to 15")
                first, by_to = start - (start > 0 and text[start - 1] in numbers.CURRENCY_SIGNS), True
            else:
                continue
            if _AND.fullmatch(text, end, other) or by_to:
                if len(low) == 1 and len(high) > 1:  # ("between 12 and 15 million": 12 million, its scale written once)
                    low = {*low, *(value * max(high) / min(high) for value in low)}
                last += len(unit[0]) if (unit := PERCENT.match(text, last) or _GLUED.match(text, last)) else 0
                phrase = text[first:last]
                for english, written in sorted(reading.written.items(), key=lambda pair: -len(pair[0])) \
                        if text is reading.text else ():
                    at = re.search(rf"(?<![\d.,]){re.escape(english)}(?![\d.,]?\d)", phrase)
                    phrase = phrase[:at.start()] + written + phrase[at.end():] if at else phrase  # (as the quote
                    # writes it)
                for one, two in ((low, high), (high, low)):
                    found_ranges.update((size, (phrase, numbers.rounded(two))) for size in numbers.rounded(one))
    return found_ranges


def _changed(text: str, start: int) -> bool:
    """Whether the number at `start` is a change's, or its start: after "from" (not "range from"), "by", a
    currency's sign (not where both ends have one: "£40m to £55m") or a word for a change ("rose 3% to $18 million");
    or a day of a month."""
    return bool((_FROM_OR_BY.search(text, max(0, start - 12), start) and not RANGE_FROM.search(
                    text, max(0, start - 30), start))
                or (_SIGN.search(text, max(0, start - 2), start) and not _SIGN_BOTH.match(text, start - 1))
                or _MONTH_BEFORE.search(text, max(0, start - 12), start)
                or WAY_BEFORE.search(text, max(0, start - 40), start))

"""The month an English quote counts from the article's day ("last month", "three months ago", "next March"), for
`check`'s warning on a date worked out from it (editorial.py; the year of "last year" is countedyears.miscounted's)."""

from __future__ import annotations

import re

from generator.countedyears import COMPARED, compared_time
from generator.dates import MONTHS, YEAR, SourceDates

_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_NAMES = "|".join(MONTHS)
# counted from the article's day ("later", "earlier", "the previous month" count from another time: not these)
_COUNTED = re.compile(rf"(?<!\w)(?:(?P<way>last|next|coming|this)\s+month|(?P<n>\d{{1,2}}|{'|'.join(_SMALL)})"
                      rf"\s+months?\s+(?P<ago>ago|from\s+now)|(?P<named_way>last|next|this)\s+"
                      rf"(?P<named>{_NAMES}))(?!\w)", re.IGNORECASE)
# the time of a number compared with, a year before the quote's: "up from 29,000 a year earlier" (not its event's)
_BASELINE = re.compile(r"(?<=\d)(?:[^.;\d]{0,30}?)\s+(?:a|one|the)\s+year\s+(?:earlier|before)\b", re.IGNORECASE)
# a week or a day counted from the article's: the date may be its ("next week" at a month's end is the next month's)
FINER = re.compile(r"\b(?:(?:last|next|this|coming|past)\s+(?:week|weekend|fortnight|monday|tuesday|wednesday|"
                    r"thursday|friday|saturday|sunday)|yesterday|tomorrow|tonight|(?:\d+|a|one|two|three|four|five|six|"
                    r"seven|ten)\s+(?:days?|weeks?)\s+(?:ago|from\s+now))\b", re.IGNORECASE)
# a time counted from another than the article's day: "two months later", "the previous month", "the day after"
ELSEWHEN = re.compile(r"\b(?:later|earlier|afterwards?|previous(?!\s+(?!(?:years?|months?|weeks?|days?|quarters?|"
                      r"seasons?|nights?|decades?|times?)\b)[^\W\d_]+s\b)|preceding|following|prior)\b|\b(?:days?|"
                      r"weeks?|months?|years?)\s+(?:after|before)\b", re.IGNORECASE)  # (not "four previous meetings")


def miscounted_month(quote: str, year: int, month: int, published_year: int, published_month: int
                     ) -> tuple[str, list[tuple[int, int]]] | None:
    """For a date (`year`, `month`) worked out from the one month `quote` counts from the article's month, and
    nothing else (not the date's year, no month by name, no other such time), the words and the (year, month) they
    may count, when the date's is none of them: "last month" for a date of January in an article of March."""
    if str(year) in YEAR.findall(quote) or ELSEWHEN.search(_BASELINE.sub("", quote)):  # (the date's year is the
        # quote's: its month may be another time's; not "by 2027" of another thing)
        return None
    counted = list(_COUNTED.finditer(quote))
    if len(counted) != 1 or COMPARED.search(quote, 0, counted[0].start()) or FINER.search(quote):  # (the time of a
        # number compared with; a week or a day counted too: "a plan next month and a meeting next week")
        return None
    said, months = counted[0], _months(counted[0], published_year, published_month)
    if SourceDates(quote[:said.start()] + quote[said.end():], MONTHS).months and not (
            said["named"] and MONTHS.index(said["named"].capitalize()) + 1 == month):
        return None  # (a month it names is the date's, maybe: "said last month that GDP grew in the three months to
        # August"; not where the date's is the one counted: "due to open last October, … now in September")
    if (year, month) in months:
        return None
    return " ".join(said[0].split()), months


def _months(said: re.Match[str], year: int, month: int) -> list[tuple[int, int]]:
    """The (year, month) `said` counts from the article's (`year`, `month`); for a month it names, either of two
    ("next June" in March may be this June or the one after)."""
    if said["way"]:
        step = {"last": -1, "next": 1, "coming": 1, "this": 0}[said["way"].lower()]
    elif said["n"]:
        count = int(said["n"]) if said["n"].isdigit() else _SMALL[said["n"].lower()]
        step = -count if said["ago"].lower() == "ago" else count
    else:  # "last November": the latest before the article's month, or, for the month just before it (which may be
        # "last month"), the one before; "next March", the first after, or the one after it; "this March", its year's
        named = [name.lower() for name in MONTHS].index(said["named"].lower()) + 1
        way = said["named_way"].lower()
        first = named - month - (12 if way == "last" and named >= month else 0) + (
            12 if way == "next" and named <= month else 0)
        return [_step(year, month, first), *([_step(year, month, first + (12 if way == "next" else -12))]
                                            if way == "next" or (way == "last" and first == -1) else [])]
    return [_step(year, month, step)]


def counted_years(quote: str, year: int, month: int, own: int) -> set[int]:
    """The years of the months an English `quote` counts from the article's (`year`, `month`): 2025 of "last March"
    in February 2026; and, for "a year earlier", the year before a card's (`own`) and before those."""
    years = {counted for said in _COUNTED.finditer(quote) for counted, _ in _months(said, year, month)}
    return years | {one - 1 for one in (*years, own)} if _A_YEAR_EARLIER.search(quote) else years


_A_YEAR_EARLIER = re.compile(r"\b(?:a|one|the)\s+year\s+(?:earlier|before|ago)\b", re.IGNORECASE)


def _step(year: int, month: int, step: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + step
    return total // 12, total % 12 + 1


def counts_elsewhen(quote: str) -> bool:
    """Whether an English `quote` counts a time from another ("two months later"), not a number compared with's ("from
    $7.19 billion a year earlier")."""
    return any(not compared_time(quote, found[0], found.start()) for found in ELSEWHEN.finditer(quote))


def month_year(quote: str, month: int, expected: bool, published_year: int, published_month: int) -> int | None:
    """The year of the one month an English `quote` names by name, with no year and no time counted from the
    article's day ("a record reached in December"), when a date in it is not of that year: the latest such month
    up to the article's (the first from it, for what is `expected`). None otherwise."""
    if YEAR.search(quote) or _COUNTED.search(quote) or counts_elsewhen(quote) or SourceDates(quote, MONTHS).months != {
            month}:
        return None
    if expected:
        return published_year + (month < published_month)
    return published_year - (month > published_month)


# the time of a number compared with, with its year ("from 27% in 2019", "from 880 in January 2023"): not the year of
# the quote's event, nor is a year to come ("must reach 40% by 2035", "From 2027 we expect")
_COMPARED_YEAR = re.compile(rf"\b(?:from|than|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:an?\s+|the\s+)?"
                            rf"[^\s\d]{{0,3}}\d[\d.,]*\s*(?:%|per\s*cent\b)?(?:\s+[^\W\d_]+){{0,2}}?\s+(?:in|of)\s+"
                            rf"(?:(?:{_NAMES})\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
_A_YEAR = re.compile(r"(?<![\d.,-])(?:19|20)\d\d(?![\d%])")


def without_other_years(quote: str, published_year: int, year: int) -> str:
    """An English `quote` without the years of its compared numbers, nor those after the article's and a card's
    `year` (see above): "rose to 31% last year from 27% in 2019, and must reach 40% by 2035" is dated by its "last
    year" alone."""
    if "20" not in quote and "19" not in quote:
        return quote
    latest = max(published_year, year)
    return _A_YEAR.sub(lambda found: " " if int(found[0]) > latest else found[0], _COMPARED_YEAR.sub(" ", quote))

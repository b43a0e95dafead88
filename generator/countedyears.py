"""Times a source's text counts from the article's day ("last year", "five years ago", "hace dos años", as a site's
words.relative_dates write them), the years they may be, and whether a time is a number compared with's."""

from __future__ import annotations

import functools
import re

from generator.dates import YEAR, SourceDates, named_weekdays

_PHRASE_PART = re.compile(r"\(([^()]*)\)|([^()]+|.)")
_PLACEHOLDER = re.compile(r"\{(n|weekday)\}")


def _words(text: str, weekdays: tuple[str, ...]) -> str:
    """Words as a pattern: any white space between them, either apostrophe; {n} a number in digits or a word,
    {weekday} a weekday's name."""
    parts = _PLACEHOLDER.split(text.replace("’", "'"))
    return "".join(
        (_COUNT if part == "n" else "(?:" + "|".join(map(re.escape, weekdays)) + ")")
        if i % 2 else r"\s+".join(re.escape(word).replace("'", "['’]") for word in part.split(" "))
        for i, part in enumerate(parts))


_COUNT = r"(?<!-)(?P<n>\d+|[^\W\d_]+(?:-[^\W\d_]+)*)"  # a number in digits or words ("twenty-five")


def _phrase(phrase: str, weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """A relative time's phrase as words.relative_dates writes it ("(last|past) year", "hace {n} años") as a
    pattern; (a|b) is either."""
    parts = ("(?:" + "|".join(_words(each.strip(), weekdays) for each in part[1].split("|")) + ")"
             if part[1] is not None else _words(part[2], weekdays) for part in _PHRASE_PART.finditer(" ".join(
                 phrase.split())))
    pattern = "".join(parts)
    first = pattern.find("(?P<n>") + 1  # a second {n} is a number too, not the one counted (site.yaml's error says so)
    return re.compile(r"(?<!\w)" + pattern[:first] + pattern[first:].replace("(?P<n>", "(?:") + r"(?!\w)",
                      re.IGNORECASE)


Times = tuple[tuple[re.Pattern[str], int | str | None], ...]  # (see relative_times)


@functools.lru_cache(maxsize=8)
def relative_times(phrases: tuple[tuple[str, int | str | None], ...],
                   weekdays: tuple[str, ...]) -> Times:
    """words.relative_dates as patterns, each with the years it counts from the article's: a number of them
    (-1 for "last year"), "-n" (as many before as {n} says: "five years ago"), or None (a month, a week, a day:
    the article's year, the one before or the one after)."""
    return tuple((_phrase(phrase, weekdays), years) for phrase, years in phrases)


def said_times(quote: str, published: int, times: Times, numbers: dict[str, str]) -> list[tuple[str, set[int], bool]]:
    """The times `quote` counts from the article's day, in order: each as written, the years it may be, and whether
    that is one year ("last year", "five years ago"; not "last month", which may be the year before)."""
    found = sorted(((said, years) for pattern, years in times for said in pattern.finditer(quote)),
                   key=lambda each: each[0].start())
    said_times = []
    for said, years in found:
        if not said[0] or (said[0].casefold().endswith(("earlier", "before")) and YEAR.search(quote)):
            continue  # (a site's phrase that matches nothing at all; "a year earlier" than a year the quote names)
        if years == "-n":  # "five years ago", "hace un año": that year
            if (count := _count(said["n"], numbers)) is not None:  # (not "a couple of years ago": how many?)
                said_times.append((said[0], {published - count}, True))
        elif isinstance(years, int):
            said_times.append((said[0], {published + years}, True))
        else:
            said_times.append((said[0], {published - 1, published, published + 1}, False))
    return said_times


def _count(written: str, numbers: dict[str, str]) -> int | None:
    """The whole number `written` is, in digits or words ("25", "twenty-five", "veinticinco", "a"), as the
    language's `numbers` give each word's English; None if it is none (or not a whole one)."""
    from generator.numbers import whole_number

    return whole_number(" ".join(numbers.get(word, word) for word in re.split(r"[-\s]+", written.casefold())))


def counted(quote: str, year: int, published: int, times: Times, numbers: dict[str, str]) -> str | None:
    """The words by which `quote` counts the year `year` from the article's (`published`), if it does not give
    that year: "last year" for 2023 in 2024; not "five years ago" (another time) for 2024. `numbers`: the
    language's numbers in words, each word's English ("cinco": "five")."""
    if str(year) in quote:
        return None
    return next((said for said, within, _ in said_times(quote, published, times, numbers) if year in within), None)


# a number compared with, right before a counted time, whose time it is ("to $4.1 billion, from $3.66 billion last
# year", "frente a 3.660 millones el año pasado", "nach 3,66 Milliarden Euro im Vorjahr"); an aside
COMPARED = re.compile(r"(?<![^\W\d_])(?:from|than|against|versus|vs\.?|compared\s+(?:with|to)|double|twice|triple|"
                      r"treble|half|frente\s+a[l]?|nach|gegenüber|verglichen\s+mit|contre|comparé\s+à)\s+"
                      r"(?:\S+\s+){0,2}?[^\s\d]{0,3}\d[\d.,]*(?:\s*\S+){0,4}?[\s,]*\Z", re.IGNORECASE)
_COMPARED_TO = re.compile(r"\b(?:ahead\s+of|behind|than|compared|against|from|versus|times|below|above)\b")
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\b|;")
# the time of a number compared with, in words: "twice as many as in the whole of last year", "at the same point last
# year" (English)
_COMPARED_TIME = re.compile(r"(?:\b(?:than|twice|double|triple|as\s+(?:many|much)\s+as)(?:\s+[^\W\d_]+){0,5}|"
                            r"\bsame\s+(?:[^\W\d_]+\s+){0,2}?(?:point|time|period|day|week|month|quarter|stage|"
                            r"date)(?:\s+of)?)\s*\Z", re.IGNORECASE)
_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;.]*\Z", re.IGNORECASE)  # (English, still open at the end)


def compared_time(quote: str, said: str, at: int = -1) -> bool:
    """Whether the time `said` in `quote` (the first, or that at `at`) is a number compared with's ("to $4.1 billion,
    from $3.66 billion last year", "nach 3,66 Milliarden im Vorjahr") or an aside's ("Reform, which did not stand four
    years ago, won")."""
    before, _, after = quote.partition(said) if at < 0 else (quote[:at], said, quote[at + len(said):])
    return bool(COMPARED.search(before) or _COMPARED_TIME.search(before) or (_ASIDE.search(before) and "," in after))


_COMPARED_BEFORE = re.compile(r"\b(?:from|than|compared\s+with|against|versus)\s+[^.;,]{0,25}\Z", re.IGNORECASE)


def _only_compared(quote: str, year: str) -> bool:
    """Whether `quote` writes `year` only as the time of a number compared with ("up from 150km in 2023")."""
    return all(_COMPARED_BEFORE.search(quote, max(0, found.start() - 40), found.start())
               for found in re.finditer(rf"(?<!\d){year}(?!\d)", quote))


def miscounted(quote: str, year: int, published: int, times: Times, numbers: dict[str, str],
               months: tuple[str, ...] | None, weekdays: tuple[str, ...], month: int = 0) -> tuple[str, int] | None:
    """For a date worked out from the one time `quote` counts from the article's day (no day, other such time or month
    but its `month`, nor the date's year written), those words and their year if not `year`: "last year" for 2023 in
    an article of 2025 (also beside another event's year: "this year, after a cut in May … since 2023")."""
    if months and month and (own := re.search(rf"\b{months[month - 1]}\s+(last|this|next)\s+year\b", quote,
                                              re.IGNORECASE)) and len(re.findall(rf"\b{months[month - 1]}\b", quote,
                                                                                 re.IGNORECASE)) == 1 and not (
            _COMPARED_BEFORE.search(quote, max(0, own.start() - 40), own.start())):  # (not "compared with October
        # last year": the time of the number compared with)
        # ("in October last year": the month's own year; not "in February, down from … in February last year")
        counted = published + {"last": -1, "this": 0, "next": 1}[own[1].casefold()]
        return (own[0], counted) if counted != year else None
    if (str(year) in YEAR.findall(quote) and not _only_compared(quote, str(year))) or (months and month and re.search(
            rf"\b(?:next|last|this|coming|past)\s+{months[month - 1]}\b", quote, re.IGNORECASE)):
        return None  # (the card's year is one the quote writes: another event's, "opened in 2019", not a compared
        # number's, "up from 150km in 2023"; or its month's own count, "will now begin next March")
    times_said = said_times(quote, published, times, numbers)
    if len(times_said) != 1 or not times_said[0][2] or year in times_said[0][1]:
        return None
    before, _, after = quote.partition(times_said[0][0])
    if compared_time(quote, times_said[0][0]) and abs(year - published) <= 1:
        return None  # (the card's date may be its own number's, this year's or so; not another year: "down from 204
        # megalitres a day five years ago" dated six years ago)
    given = SourceDates(quote, months)
    named = months[month - 1].casefold() if months is not None and month in given.months else ""  # (after the time,
    # in its clause: "Three years ago, … in November"; not "Two years ago it bought 96, and in March it agreed")
    between = before.casefold().rpartition(named)[2] if named and named in before.casefold() else ""
    first = bool(named) and (bool(_COMPARED_TO.search(between) or _NEXT_CLAUSE.search(between)) if between
                             else _NEXT_CLAUSE.search(after.casefold().split(named)[0]) is not None)  # ("in July, 6%
    # ahead of last year": July's number compared with last year's; "in September, and the last eight … next year":
    # another clause's time; not "in August, its second cut this year")
    if given.days or first or named_weekdays(quote, weekdays)[0] or (given.months - {month} and abs(
            year - published) <= 1):
        return None  # (another's date: "spoke on 13 September"; a year a month named may be in, "in September")
    return times_said[0][0], min(times_said[0][1])

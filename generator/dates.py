"""Dates for `check`'s warnings: the days a partial date spans, and the dates a source's text gives.

A date is stated when the source gives every part of it: the year in digits, and the month by name and the day
beside it ("17 September", "Sept 17th"; "17 septembre", "17. September", "17 de septiembre" in a site whose words
name the months in its language) or an ISO date. Anything else (a year worked out
from the publication date, "last month", "on Tuesday") must be marked `date_status: inferred`.
"""

from __future__ import annotations

import datetime
import functools
import re

from generator.model import MONTHS, PartialDate
from generator.sourcetext import starts_sentence

MONTH_NAME = re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?", re.IGNORECASE)
_DAY_AFTER = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]\d|\s*%)")  # September 17th (not "December 76.1%")
_DAY_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")  # 17 (of) September
_DAY_BEFORE_ANY = re.compile(r"(?<![\d.,])(\d{1,2})(?:er|\.)?\s+(?:(?:of|de|del)\s+)?$")  # 1er, 17., 17 de
_YEAR = re.compile(r"(?<![\d.,])(\d{4})(?![\d]|[.,]\d|s\b)")  # (not a decade, "the 1850s")
_YEARS = re.compile(r"(?<![\d.,])(\d{2})(\d{2})\s?[-–/]\s?(\d{2})(?!\d|[-/.]\d)")  # 2030-31, 2011/12; not 2011-12-05
# the other end of a range of days: "3-5 October", "8 to 10 November", "12 and 13 February", "vom 3. bis 5. Oktober"
_JOIN = r"\s*(?:[-–—&]|to|and|through|until|till|au|et|à|bis|und|al|a|y)\s*"
_RANGE_BEFORE = re.compile(rf"(?<![\d.,])(\d{{1,2}})(?:st|nd|rd|th|er|\.)?{_JOIN}(?:(?:el|le|den|dem)\s+)?$",
                           re.IGNORECASE)  # ("entre el 1 y el 5 de junio")
_RANGE_AFTER = re.compile(rf"{_JOIN}(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d)", re.IGNORECASE)  # October 20-22
_CJK_DATE = re.compile(r"(?<![\d.])(\d{1,2})\s?月(?:\s?(\d{1,2})\s?[日号])?")
# a date in numbers, the day first, as German, French and Spanish write it: "10.03.2026", "10.3.", "10/03/2026"
_NUMERIC_DATE = re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})(?:\2(\d{4})|(?<=\.\d)\.|(?<=\.\d\d)\.)(?![\d.,/]?\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?(?!\d)")  # (not a span of years: "2025-26")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


def range_ends(text: str) -> set[int]:
    """The years that end the years' ranges `text` writes short: 2031 of "2030-31" or "2030/31" (one year to the
    next only: 2011-12 may be December)."""
    return {int(century) * 100 + int(start) + 1 for century, start, end in _YEARS.findall(text)
            if int(end) == (int(start) + 1) % 100}  # (1999-00: 2000)


def season_starts(text: str) -> dict[str, int]:
    """The first years of the one-year-to-the-next ranges `text` writes short, as written, and the years those end:
    "2024" of "2024-25" (a season or financial year) ends in 2025."""
    return {century + start: int(century) * 100 + int(start) + 1 for century, start, end in _YEARS.findall(text)
            if int(end) == (int(start) + 1) % 100}


def short_ends(text: str) -> dict[str, int]:
    """The ends of the years' ranges `text` writes short, as written, and the years they stand for: "21" of
    "2019-21" is 2021 (any later year of the century: a card's "2019-21" for the source's "2019-2021")."""
    return {end: int(century) * 100 + int(end) for century, start, end in _YEARS.findall(text) if end > start}


def first_day(date: PartialDate) -> datetime.date:
    return datetime.date(date.year, date.month or 1, date.day or 1)


def last_day(date: PartialDate) -> datetime.date:
    """The last day a date at its precision stands for: 2024-11 -> 30 November 2024."""
    if date.day:
        return first_day(date)
    if date.month and date.month < 12:  # (December: not 1 January of the next year, which 9999 has not)
        return datetime.date(date.year, date.month + 1, 1) - datetime.timedelta(days=1)
    return datetime.date(date.year, 12, 31)


def _month(name: str) -> int | None:
    """1 for 'Jan', 'JANUARY' or 'January.'; None for a word in lower case ('may', 'march' are verbs)."""
    if not name[0].isupper():
        return None
    return next(i for i, month in enumerate(MONTHS, 1) if month.lower().startswith(name.rstrip(".").lower()[:3]))


class SourceDates:
    """The years, months and days of a month a source's text gives (months and days read by `months`' names: in
    English, MONTHS with their abbreviations; None reads years and ISO dates only)."""

    def __init__(self, text: str, months: tuple[str, ...] | None, day_month: str = "{day} {month}") -> None:
        self.names, self.day_month = months, day_month  # (how the language writes a day and its month, for messages)
        self.english = months == MONTHS
        self._text = text
        self.months: set[int] = set()
        self.days: set[tuple[int, int]] = set()
        self.day_spans: list[tuple[int, int, int, int, int, int]] = []  # each day written: its start and end, the
        # month and day, and where its date starts and ends ("May 9": the month's start to the day's end)
        for iso in _ISO.finditer(text):
            self.months.add(int(iso.group(2)))
            if iso.group(3):
                self._day(int(iso.group(2)), iso, iso, 3)
        if "月" in text:  # Chinese and Japanese dates, in any site: 2024年3月5日, 3月5日, 3月5号
            for cjk in _CJK_DATE.finditer(text):
                if 1 <= int(cjk.group(1)) <= 12:
                    self.months.add(int(cjk.group(1)))
                    if cjk.group(2):
                        self._day(int(cjk.group(1)), cjk, cjk, 2)
            if months is None and self.months:  # (its months are numbers: 3月)
                self.names = tuple(f"{n}月" for n in range(1, 13))
        if months is None:
            return
        for numeric in _NUMERIC_DATE.finditer(text) if not self.english else ():  # "am 10.03.2026", "el 10/03/2026"
            if 1 <= int(numeric[3]) <= 12 and 1 <= int(numeric[1]) <= 31:
                self.months.add(int(numeric[3]))
                self._day(int(numeric[3]), numeric, numeric)
        number = {name.lower(): i for i, name in enumerate(months, 1)}
        pattern = MONTH_NAME if self.english else re.compile(
            r"\b(?:" + "|".join(map(re.escape, sorted(months, key=len, reverse=True))) + r")\b", re.IGNORECASE)
        before = _DAY_BEFORE if self.english else _DAY_BEFORE_ANY
        for match in pattern.finditer(text):
            month = _month(match.group()) if self.english else number[match.group().lower()]
            if month is None:
                continue
            self.months.add(month)
            if after := _DAY_AFTER.match(text, match.end()):
                self._day(month, after, match)
                if other := _RANGE_AFTER.match(text, after.end()):
                    self._day(month, other, match)
            elif day := before.search(text, max(0, match.start() - 12), match.start()):
                self._day(month, day, match)
                if other := _RANGE_BEFORE.search(text, max(0, day.start() - 16), day.start()):
                    self._day(month, other, match)

    def _day(self, month: int, match: re.Match[str], named: re.Match[str], group: int = 1) -> None:
        """The day `match` found (its `group`), of the `month` named by `named`."""
        self.days.add((month, day := int(match.group(group))))
        self.day_spans.append((*match.span(group), month, day, min(match.start(group), named.start()),
                               max(match.end(group), named.end())))

    def without_days(self, days: set[int] | None = None) -> str:
        """The text with each day it writes with a month (of `days`, or any) blanked, in place: "on 9 May" gives no
        9 to a count of "9 seats"."""
        text = self._text
        for start, end, _, day, _, _ in self.day_spans:
            if days is None or day in days:
                text = text[:start] + " " * (end - start) + text[end:]
        return text

    @functools.cached_property
    def years(self) -> set[int]:
        """Read when asked: a card's text is read for its days alone (numberchecks.text_number_warnings)."""
        return {int(match) for match in _YEAR.findall(self._text)} | range_ends(self._text) | {
            int(numeric[4]) for numeric in (_NUMERIC_DATE.finditer(self._text) if not self.english else ())
            if numeric[4]}  # (the year of "10.03.2026", after a point)

    def missing(self, date: PartialDate) -> list[str]:
        """The parts of `date` the source does not give: ['the year 2011', 'the month November']."""
        parts = [] if date.year in self.years else [f"the year {date.year}"]
        if self.names and date.month and date.month not in self.months:
            parts.append(f"the month {self.names[date.month - 1]}")
        elif self.names and date.month and date.day and (date.month, date.day) not in self.days:
            parts.append("the day " + self.day_month.replace("{day}", str(date.day)).replace(
                "{month}", self.names[date.month - 1]))
        return parts


def months_read(language: str, months: tuple[str, ...]) -> tuple[str, ...] | None:
    """The month names a site's texts are read with: English's, or those its words give (none for a language whose
    words give none: English's by default)."""
    return months if language.lower().split("-")[0] == "en" or months != MONTHS else None


def weekday_mismatch(quote: str, date: PartialDate, weekdays: tuple[str, ...] = WEEKDAYS,
                     months: tuple[str, ...] = MONTHS, name: str = "source_quote") -> str | None:
    """For a day the quote (or the card's text `name`) names by its weekday (one only: "stood at 52 on Monday";
    `weekdays` and `months` are the site's language's names, Monday first), the weekday `date` falls on when that is
    another one: a day worked out one off. Not when the text gives a day of the month itself, or names the date's
    month (the weekday may be another event's: "net debt at the end of September ... affirmed on Monday"), nor for a
    weekday in a name: in English, "the Sunday Times", "Black Friday"; in a language that writes its weekdays in
    lower case, one written with a capital ("le Journal du Dimanche", "Viernes Santo")."""
    if not date.day:
        return None
    named, also = named_weekdays(quote, weekdays)
    if len(named) != 1:
        return None
    given = SourceDates(quote, months)
    if given.days or date.month in given.months:  # ("at the end of September": the date may be that, not the day's)
        return None
    day = first_day(date).weekday()
    weekday, english = weekdays[day], WEEKDAYS[day]
    return None if weekday in named | also else (  # (in English, as the message is: "a Tuesday (martes)")
        f"date {date.iso} is a {english}{f' ({weekday})' if weekday != english else ''}, but the {name} says "
        f"{named.pop()}")


def first_weekday_said(texts: tuple[tuple[str, str], ...], date: PartialDate, weekdays: tuple[str, ...] = WEEKDAYS,
                       months: tuple[str, ...] = MONTHS) -> str | None:
    """`weekday_mismatch` for the first of a card's `texts` (its name, the text) that writes a weekday: its quote's,
    else its summary's, else its title's (what the editor wrote, when the quote names no day)."""
    return next((weekday_mismatch(text, date, weekdays, months, name) for name, text in texts
                 if named_weekdays(text, weekdays)[0]), None)


def named_weekdays(text: str, weekdays: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """The weekdays `text` names as a day (not in a name: "the Sunday Times"), and those it names another event by
    ("in Thursday's election": the card's may be it)."""
    if weekdays == WEEKDAYS:
        return ({match.group(1) for match in _WEEKDAY.finditer(text) if not _in_name(text, match)},
                {match.group(1) for match in _WEEKDAY.finditer(text)
                 if text[match.end():match.end() + 2] in ("'s", "\u2019s")})
    pattern, names = _weekday_pattern(weekdays)
    lower = all(name == name.lower() for name in weekdays)
    return {names.get(match.group(1).casefold(), match.group(1)) for match in pattern.finditer(text)
            if not (lower and _capital_in_name(text, match))}, set()


_PART_OF_DAY = "abend|morgen|mittag|nachmittag|vormittag|nacht"  # German's "Montagabend": Monday evening


def weekday_of_day(text: str, years: tuple[int, ...], weekdays: tuple[str, ...] = WEEKDAYS,
                   months: tuple[str, ...] | None = MONTHS) -> tuple[str, str, int] | None:
    """For a day `text` writes with its weekday beside it ("on Friday, 29 May", "Friday May 29", "le vendredi 29
    mai"), the day as written, the weekday it falls on (in English, and the language's) and the year, when that is
    another in each of `years` (the card's) or in the year the text writes after it ("Friday, 29 May 2020"): a day
    or a weekday slipped."""
    pattern, names = _weekday_pattern(weekdays)
    if not pattern.search(text):
        return None
    for _, _, month, day, start, end in SourceDates(text, months).day_spans:
        gap = _WEEKDAY_AFTER.match(text, end)
        said = _weekday_before(pattern).search(text, max(0, start - 24), start) or pattern.match(
            text, gap.end() if gap else end)  # (the "Friday" of "Friday, 29 May" or "29 May (Friday)")
        if said is None or pattern.search(text, max(0, said.start() - 16), said.start()) or _RANGE_AFTER.match(
                text, end):
            continue  # (no weekday beside it; or days and weekdays in pairs: "on Friday and Saturday, 3 and 4 July")
        written = _YEAR_AFTER.match(text, end)
        falls = []
        for year in (int(written[1]),) if written else years:
            try:
                falls.append((datetime.date(year, month, day).weekday(), year))
            except ValueError:  # (30 February)
                continue
        if falls and all(names.get(said.group(1).casefold()) != weekdays[weekday] for weekday, _ in falls):
            weekday, year = falls[0]
            english = WEEKDAYS[weekday] + (f" ({weekdays[weekday]})" if weekdays[weekday] != WEEKDAYS[weekday] else "")
            return text[min(start, said.start()):max(end, said.end())].rstrip("."), english, year
    return None


@functools.lru_cache(maxsize=8)
def _weekday_before(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A weekday right before a day ("Friday, 29 May", "le vendredi 29 mai", "Friday the 29th")."""
    return re.compile(pattern.pattern + r"[\s,]*(?:(?:the|le|el|den|am)\s+)?\Z", re.IGNORECASE)


_WEEKDAY_AFTER = re.compile(r"[\s,(]*")
_YEAR_AFTER = re.compile(r"[\s,]*(?:de\s+)?((?:1[6-9]|20)\d\d)(?!\d)")  # ("29 May 2020", "29 de mayo de 2020")


@functools.lru_cache(maxsize=4)
def _weekday_pattern(weekdays: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The weekdays of a language as whole words in any case, and each one's name by its casefolded form."""
    pattern = re.compile(r"(?<![^\W\d_])(" + "|".join(map(re.escape, weekdays)) + r")(?:" + _PART_OF_DAY
                         + r")?(?![^\W\d_])", re.IGNORECASE)
    return pattern, {name.casefold(): name for name in weekdays}


_OF_THE_DAY = frozenset({"trading", "opening", "hours", "service", "services", "schedule", "timetable", "shifts",
                         "rest", "school", "paper", "papers", "edition", "editions", "newspaper", "newspapers"})
_NAMED_ON = re.compile(r"\b[Tt]he\s+[A-Z][a-z]+\s+on\s+\Z")  # "the Mail on Sunday" ("Labour on Sunday said": a day)


def _in_name(text: str, match: re.Match[str]) -> bool:
    """Whether the weekday `match` found names something else: a name (a capitalised word right before or after
    it), or another event ("Sunday's deadline", "a Thursday meeting")."""
    before = text[:match.start()].rstrip(" ").rpartition(" ")[2]
    after = text[match.end():].lstrip(" ").partition(" ")[0]
    if text[match.end():match.end() + 2] in ("'s", "\u2019s") or before.lower() in ("a", "the", "this", "that") \
            or after.lower().rstrip(",.;:") in _OF_THE_DAY:
        return True  # ("Sunday trading hours": the day's kind, not its date)
    if before == "on" and _NAMED_ON.search(text, 0, match.start()):
        return True  # ("the Mail on Sunday": a newspaper)
    sentence_start = starts_sentence(text, match.start())
    return (not sentence_start and before[:1].isupper() and before.lower() not in ("on", "last", "next", "since",
                                                                                    "by", "until", "from"))\
        or (after[:1].isupper() and text[match.end():match.end() + 1] == " ")


def _capital_in_name(text: str, match: re.Match[str]) -> bool:
    """For a language that writes weekdays in lower case: whether the weekday `match` found is written with a
    capital for being part of a name, not for starting a sentence ("selon le Journal du Dimanche", "Viernes Santo
    fue", but "Lundi, le conseil")."""
    if not match.group(1)[:1].isupper():
        return False
    if not starts_sentence(text, match.start()):
        return True
    return text[match.end():match.end() + 1] == " " and text[match.end() + 1:match.end() + 2].isupper()


YEAR = re.compile(r"(?<![\d.,])(?:1[6-9]|20)\d\d(?!\d|[.,]\d)")  # a year in digits, 1600-2099 (not 20190, 2019.5)

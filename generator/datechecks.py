"""The dates of `check`: an `expected` event already past, or a later one not marked expected; a date the source
does not give not marked inferred, or worked out one off ("last year", "last month"), or in a month or on a day its
quote does not give; a date on another weekday than the card says; a month a card's text names that the source never
does (editorial.py gathers them)."""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from typing import TYPE_CHECKING

from generator import countedyears, dates, monthyears
from generator.countedmonths import (
    ELSEWHEN,
    FINER,
    counts_elsewhen,
    miscounted_month,
    month_year,
    without_other_years,
)
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.model import Source
from generator.namechecks import card_texts
from generator.validate import where

if TYPE_CHECKING:
    from generator.words import Words

_NAMES = "|".join(dates.MONTHS)
# a month that is not an event's: where a change began ("since January"), the time of a number compared with ("to 31.9
# from 31.7 in July")
_BASELINE_MONTH = re.compile(rf"\b(?:since\s+(?:early\s+|late\s+|mid-?)?|(?:from|than|against|versus|compared\s+"
                             rf"(?:with|to))\s+[^\s\d]{{0,3}}(?:\d[\d.,]*(?:bn|m|k)?(?:\s*%|\s+[^\W\d_]+)?\s+){{1,2}}"
                             rf"(?:in|at\s+the\s+end\s+of)\s+|(?:than|against|versus|compared\s+(?:with|to))\s+(?:in\s+)?|(?:up|down|rose|fell|higher|"
                             rf"lower)\b(?:[^,.;]|\.\d){{0,40}}?\bfrom\s+|(?:than|twice|double|triple|as\s+(?:many|"
                             rf"much)\s+as)(?:\s+(?!in\b)[^\W\d_]+){{1,7}}\s+in\s+)(?:{_NAMES})\b")  # ("from 41
# minutes 15 seconds in December", "up 0.3 percentage points from August", "twice as many as for the failed flight in
# July")
# the months of a period to a month: "the three months to July" (May, June, July)
_PERIOD = re.compile(rf"\b(two|three|four|five|six|nine|twelve|\d{{1,2}})\s+months\s+(?:to|ending|ended|through)\s+"
                     rf"(?:the\s+end\s+of\s+)?({_NAMES})\b")
# a day, week or month counted from another time: a card's text may name the month it falls in
_DAYS_COUNTED = re.compile(r"\b(?:days?|weeks?|months?|fortnight)\s+(?:later|earlier|after|before|afterwards)\b|"
                           r"\b(?:previous|preceding|following|prior|next|same|that)\s+(?:day|week|month|morning|"
                           r"evening|night|weekend)\b", re.IGNORECASE)
_ISO_MONTH = re.compile(r"\d{4}-\d\d")
# "in May", "March 2024": a month, not a verb ("Prices May Rise", "Workers March On" in a title's capitals)
MONTH_NOT_VERB = re.compile(r"\b(?:in|on|since|until|till|by|from|of|last|next|this|early|late|mid-?)\s+"
                            r"(?:May|March)\b|\b(?:May|March)\s+\d", re.IGNORECASE)


# (English) a weekday of a number compared with ("up from six on Sunday"), or beside a day counted from the article's
# ("yesterday … on Sunday night"): another event's, maybe
_ANOTHER_DAYS = re.compile(r"\b(?:from|than|compared\s+with|against)\s+(?:(?:a|the)\s+\w+\s+of\s+)?(?:\S*\d\S*|(?:"
                           r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)"
                           r"(?:\s+\S+){0,2}?\s+on\s+[A-Z][a-z]+day\b|\d\s*(?:%|percent|per\s+cent|(?:percentage\s+)?"
                           r"points?)\s+(?:from|than)\s+(?:last\s+)?[A-Z][a-z]+day\b|\b(?:yesterday|today|tomorrow|this\s+"
                           r"(?:morning|afternoon|evening)|last\s+night|tonight)\b", re.IGNORECASE)
# ("down from a peak of 145 mph on Monday", "back from 45% on Monday", "down 12 points from Wednesday"; not "a grant
# from Wednesday")


def weekday_warnings(entries: list[Entry], words: Words, year: int) -> list[Finding]:
    """A card's date on another weekday than its quote, summary or title names; a day its title or summary writes
    with a weekday it does not fall on (in the card's year, or the article's)."""
    found = [warn(entry, ("date",), f"{said}: is the date right?") for entry in entries if entry.card.date
             and not entry.card.date_end and not (words.weekdays == dates.WEEKDAYS and _ANOTHER_DAYS.search(
                 entry.card.source_quote)) and (said := dates.first_weekday_said(tuple(
                 (name, getattr(entry.card, name)) for name in ("source_quote", "summary", "title")), entry.card.date,
                 words.weekdays, words.months))]
    for entry in entries:
        card = entry.card
        years = tuple(dict.fromkeys(date.year for date in (card.date, card.date_end) if date)) if card.date else (
            year, year + 1, year - 1)  # (a card without a date: the article's year, or one beside it)
        for name in ("title", "summary"):
            if (slip := dates.weekday_of_day(getattr(card, name), years, words.weekdays, words.months)) and \
                    " ".join(slip[0].split()) not in " ".join(card.source_quote.split()):  # (the quote's own)
                found.append(warn(entry, (name,), f"{name} gives '{slip[0]}', but that day of {slip[2]} is a "
                                                  f"{slip[1]}: is the day right?"))
    return found


@functools.lru_cache(maxsize=1)
def source_dates(text: str, months: tuple[str, ...] | None, day_month: str = "{day} {month}") -> dates.SourceDates:
    return dates.SourceDates(text, months, day_month)


def date_warnings(entries: list[Entry], given: dates.SourceDates, source: Source, name: str,
                   reference: datetime.date, words: Words, months: tuple[str, ...] | None) -> list[Finding]:
    """An `expected` event whose date (or period) ended before the reference day, or one after the source's date
    not marked expected; a date, or the end of a period, the source does not give, not marked inferred. Each
    suggests the whole date_status the card's date needs."""
    found = []
    published = dates.last_day(source.date)
    times, numbers = countedyears.relative_times(words.relative_dates, words.weekdays), dict(words.numbers)
    for entry in entries:
        card = entry.card
        if card.date is None:
            continue
        unstated = {key: given.missing(date) for key, date in (("date", card.date), ("date_end", card.date_end))
                    if date is not None and not card.date_inferred and given.missing(date)}
        counted = None if card.date_inferred or unstated or card.date.day else countedyears.counted(  # (a day the
            # source gives whole, "May 8, 2025" in its dateline, is stated whatever "this year" the quote counts)
            card.source_quote, card.date.year, source.date.year, times, numbers)
        later = not card.date_expected and dates.first_day(card.date) > published
        elsewhen = card.date_inferred and _counted_elsewhen(card.source_quote, words.weekdays, card.date) and not (
            card.date.day and months and (card.date.month, card.date.day) in dates.SourceDates(
                card.source_quote, months, words.day_month).days)  # (see below; a day the quote names is not
        # worked out from its weekday: "Thursday's runoff … on April 24")
        end = card.date_end or card.date
        own = without_other_years(card.source_quote, source.date.year, card.date.year) if months == dates.MONTHS \
            else card.source_quote
        stale = card.date_expected and dates.last_day(end) < published  # (not to come: "expected" is no fix)
        inferred = card.date_inferred or bool(unstated) or counted is not None
        expected = (card.date_expected and not stale) or later
        fix = "[expected, inferred]" if inferred and expected else "expected" if expected else "inferred"
        if later:
            found.append(warn(entry, ("date",), f"date {card.date.iso} is after the source's date "
                                                 f"({source.date.iso}), but not marked expected: if it was still to "
                                                 f"come, write date_status: {fix}"))
        if card.date_expected and dates.last_day(end) < reference:
            key = "date_end" if card.date_end else "date"
            found.append(warn(entry, ("date_status",), f"date_status is expected, but {key} {end.iso} is before "
                                                         f"{reference.isoformat()} ({name}); did it happen?"))
        for key, missing in unstated.items():
            date = card.date if key == "date" else card.date_end
            slip = monthyears.slip(card.source_quote, date, missing, months)
            found.append(warn(entry, (key,), f"{key} {date.iso if date else ''} is not marked inferred, but the "
                                              f"source never gives {' or '.join(missing)}{slip}: if it was worked "
                                              f"out, write date_status: {fix}"))
        if counted is not None:
            found.append(warn(entry, ("date",), f"date {card.date.iso} is not marked inferred, but the source_quote "
                                                 f"counts it from the article's own day ('{counted}') and does not "
                                                 f"give its year: write date_status: {fix}"))
        elif card.date_inferred and months and (slipped := next(
                ((name, when, days) for name, when in (("date", card.date), ("date_end", card.date_end))
                 if when and when.day and (days := _day_in_other_month(card.source_quote, when, months,
                                                                       words.day_month))), None)):
            name, when, days = slipped
            found.append(warn(entry, (name,), f"{name} {when.iso} is marked inferred, but the source_quote gives "
                                               f"{' and '.join(days)}, not {_as_written(days[0], when, months)}: "
                                               "is the month right?"))
        elif card.date_inferred and not card.date.day and (miscounted := countedyears.miscounted(
                own, card.date.year, source.date.year, times, numbers, months, words.weekdays, card.date.month)) and (
                miscounted[1] <= source.date.year or card.date_expected) and not (
                card.date_end and card.date_end.year == miscounted[1]):  # (a past event's "next year"; its end's)
            said, year = miscounted
            found.append(warn(entry, ("date",), f"date {card.date.iso} is marked inferred, but the source_quote's "
                                                 f"'{said}', counted from the article's date ({source.date.iso}), is "
                                                 f"{year}: is the year right?"))
        elif card.date_inferred and card.date.month and months == dates.MONTHS and not (
                card.date.day and _names_a_weekday(card.source_quote, words.weekdays)) and (month := miscounted_month(
                card.source_quote, card.date.year, card.date.month, source.date.year, source.date.month or 1)):
            said, ago = month
            found.append(warn(entry, ("date",), f"date {card.date.iso} is marked inferred, but the source_quote's "
                                                 f"'{said}', counted from the article's date ({source.date.iso}), is "
                                                 f"{' or '.join(f'{months[m - 1]} {y}' for y, m in ago)}: is the "
                                                 f"{'year' if card.date.month in {m for _, m in ago} else 'month'}"
                                                 " right?"))
        elif card.date_inferred and card.date.month and months and not elsewhen and (
                named := other_months(_BASELINE_MONTH.sub(" ", card.source_quote) if months == dates.MONTHS
                                            else card.source_quote, card.date.month, source.date.year, times, numbers,
                                            months)) and not (
                card.date_end and card.date_end.month and any(months[m - 1] in named for m in _months_of(
                    card.date, card.date_end))):  # ("the three months to Sept. 30" for July to September; "1,118 in
            # July" of January to August)
            found.append(warn(entry, ("date",), f"date {card.date.iso} is marked inferred, but the source_quote names "
                                                 f"{' and '.join(named)}, not {months[card.date.month - 1]}: is the "
                                                 "month right?"))
        elif card.date_inferred and card.date.month and months == dates.MONTHS and not (
                elsewhen and _counted_elsewhen(card.source_quote, words.weekdays, card.date, compared=False)) and all(
                countedyears.compared_time(card.source_quote, said) for said, _, _ in countedyears.said_times(
                    card.source_quote, source.date.year, times, numbers)) and (likely := month_year(
                own, card.date.month, card.date_expected, source.date.year, source.date.month or 1)) \
                not in (None, card.date.year):
            found.append(warn(entry, ("date",), f"date {card.date.iso} is marked inferred, but the source_quote's "
                                                 f"{months[card.date.month - 1]}, with no year, is most likely "
                                                 f"{months[card.date.month - 1]} {likely} (the "
                                                 f"{'first from' if card.date_expected else 'latest up to'} the "
                                                 f"article's date, {source.date.iso}): is the year right?"))
        elif card.date_inferred and card.date.day and months and not elsewhen and not (
                _counts_a_day(card.source_quote) or _YEARS_COUNTED.search(card.source_quote) if months == dates.MONTHS
                else countedyears.said_times(card.source_quote, source.date.year, times, numbers)) and (
                days := _other_days(card.source_quote, card.date, months, words.day_month)):  # (not a day counted,
            # "yesterday", nor in another year, "last year's race, run on April 27"; in English, a month counted is let
            # be: "debut next month, … on August 16")
            found.append(warn(entry, ("date",), f"date {card.date.iso} is marked inferred, but the source_quote gives "
                                                 f"{' and '.join(days)}, not day {card.date.day}: is the day right?"))
        elif card.date_inferred and card.date.day and months == dates.MONTHS and not elsewhen and (
                day := _unsupported_day(card.source_quote, card.date, given, source, words.weekdays)):
            found.append(warn(entry, ("date",), f"date {card.date.iso} is marked inferred, but the source never gives "
                                                 f"{day}, and the source_quote counts no day: is the day right?"))
    return found


def _unsupported_day(quote: str, date: dates.PartialDate, given: dates.SourceDates, source: Source,
                     weekdays: tuple[str, ...]) -> str:
    """For a day `date` whose month an English `quote` names, the day as the source would write it, when the source
    never gives it and the quote counts no day ("on Friday", "yesterday", "three days later"; "the end of October" is
    its last, "mid-October" any) and the date is not the article's day or the one before; else ''."""
    if date.month not in dates.SourceDates(quote, dates.MONTHS).months or FINER.search(quote) or _names_a_weekday(
            quote, weekdays) or date.day in (1, calendar.monthrange(date.year, date.month)[1]) or re.search(
            rf"\b(?:mid|early|late)[\s-]*{dates.MONTHS[date.month - 1]}", quote, re.IGNORECASE):
        return ""  # (a day worked out from a weekday, a day counted, a month's edge: "the end of October")
    if source.date.day and abs((dates.first_day(date) - dates.first_day(source.date)).days) <= 1:
        return ""  # (the article's day, or the day before: "said", "yesterday")
    return next((part.removeprefix("the day ") for part in given.missing(date) if part.startswith("the day ")), "")


_YEARS_COUNTED = re.compile(r"\b(?:(?:last|next|past|coming)\s+year|years?\s+ago|a\s+year\s+(?:earlier|before|ago))",
                            re.IGNORECASE)


def _counted_elsewhen(quote: str, weekdays: tuple[str, ...], date: dates.PartialDate | None = None,
                      compared: bool = True) -> bool:
    """Whether `quote` counts a time from another (in English: "two months later", "the previous month", "the day
    after"; unless `compared`, not a number compared with's: "from $7.19 billion a year earlier") or names a weekday
    (in its language: "on Thursday", "échoué vendredi"; for a `date` with a day, its own): a date worked out from it,
    not from a month or day the quote names."""
    return (ELSEWHEN.search(quote) is not None if compared else counts_elsewhen(quote)) or _names_a_weekday(
        quote, weekdays, date)


def _names_a_weekday(quote: str, weekdays: tuple[str, ...], date: dates.PartialDate | None = None) -> bool:
    """Whether `quote` names a weekday (that of `date`, if it has a day: no other is the one it was worked out from),
    but for one a date follows ('on Monday, May 19', 'Tuesday 3 June': no day worked out from it)."""
    if date is not None and date.day:
        weekdays = (weekdays[dates.first_day(date).weekday()],)
    return any(re.search(rf"(?<!\w){re.escape(day)}(?!\w){_DATED}", quote, re.IGNORECASE) for day in weekdays)


_DATED = r"(?![ \t]*,?[ \t]*(?:the[ \t]+)?\d|[ \t]*,?[ \t]*(?-i:[A-Z][a-z]+)\.?[ \t]+\d)"  # (after a weekday)


def _counts_a_day(quote: str) -> bool:
    """Whether an English `quote` counts a day from the article's ("yesterday", "next week"), but for a weekday its
    date follows ("next Sunday, March 1")."""
    return any(re.match(_DATED, quote[said.end():]) or said[0].split()[-1].title() not in dates.WEEKDAYS
               for said in FINER.finditer(quote))


def _other_days(quote: str, date: dates.PartialDate, months: tuple[str, ...], day_month: str) -> list[str]:
    """The days `quote` writes in the month of `date` (its year worked out: "on Nov. 18"), when it writes some but not
    `date`'s, and counts no day from another ("the day after"); else []."""
    given = dates.SourceDates(quote, months, day_month)
    days = [quote[start:end] for _, _, month, day, start, end in given.day_spans if month == date.month]
    if not days or (date.month, date.day) in given.days or _DAY_AFTER.search(quote):
        return []
    return days


def _day_in_other_month(quote: str, date: dates.PartialDate, months: tuple[str, ...], day_month: str) -> list[str]:
    """The dates `quote` writes with `date`'s day in another month ("on December 9" for November 9), when it does not
    name `date`'s month; else []."""
    given = dates.SourceDates(quote, months, day_month)
    if date.month in given.months:  # (its month named: "until September 30, and … until the end of October")
        return []
    written = [quote[start:end] for _, _, month, day, start, end in given.day_spans if day == date.day]
    return [text[:-1] if text.endswith(".") and text[:-1].endswith(months) else text for text in written]


def _as_written(written: str, date: dates.PartialDate, months: tuple[str, ...]) -> str:
    """`date`'s month and day in the order of `written`, a date of the quote ("December 9": "November 9")."""
    return f"{months[date.month - 1]} {date.day}" if written[:1].isalpha() else f"{date.day} {months[date.month - 1]}"


_DAY_AFTER = re.compile(r"\b(?:next|same)\s+(?:day|morning|evening|night)|\bovernight\b", re.IGNORECASE)


def text_month_warnings(entries: list[Entry], named_in_source: set[int], source: Source, words: Words,
                        months: tuple[str, ...] | None) -> list[Finding]:
    """A month a card's title, summary or figure label names without a day that the source never names
    (`named_in_source`), nor the card's dates or the source's: a month slipped ("in August" for "on July 24"). Not
    where the quote counts days, weeks or months from the article's day or from another ("last month", "two months
    later", "on Friday"; not "last year", "the previous season"): the text may name the month worked out; nor a title
    whose quote names months (numberchecks compares it with those)."""
    if not months:
        return []
    times, numbers, found = countedyears.relative_times(words.relative_dates, words.weekdays), dict(words.numbers), []
    if months == dates.MONTHS:  # (and the months of a period the source names by its last: "the three months to July")
        named_in_source = named_in_source | _period_months(source.text)
    # a word that starts as a month's name does: of every way to write one ("Sept.", "janv.")
    named_at = re.compile(r"(?<!\w)(?:" + "|".join(sorted({re.escape(name[:3]) for name in months})) + ")", re.I)
    for entry in entries:
        card, counts = entry.card, None
        dated = {date.month for date in (card.date, card.date_end, source.date) if date and date.month}
        for key, text in card_texts(card):
            if not named_at.search(text) and not _ISO_MONTH.search(text):
                continue  # (most texts: no month's name, no month in digits)
            given = dates.SourceDates(text, months)
            named = given.months - dated - named_in_source - {span[2] for span in given.day_spans}
            if months == dates.MONTHS and not MONTH_NOT_VERB.search(text):
                named -= {3, 5}  # (English's "may" and "march", verbs)
            if not named:
                continue
            if counts is None:
                counts = any(not one for _, _, one in countedyears.said_times(
                    card.source_quote, source.date.year, times, numbers)) or \
                    _DAYS_COUNTED.search(card.source_quote) is not None or _names_a_weekday(card.source_quote,
                                                                                             words.weekdays)
            if counts:
                break
            if key == ("title",) and dates.SourceDates(card.source_quote, months).months:
                continue
            found.append(warn(entry, key, f"{where(key)} names {' and '.join(months[m - 1] for m in sorted(named))}, "
                                          "a month the source never names (nor the card's date): a month wrong?",
                              snippet=months[min(named) - 1]))
    return found


_A_MONTH = re.compile(rf"\b(?:{_NAMES})\b")
# a number's month, just after it: "3.1% in May", "£176m at the end of March" (not "in May 2024"'s year: its own)
_ITS_MONTH = re.compile(r"\W{0,3}\s*(?:\w+\s+){0,2}?(?:in|at\s+the\s+end\s+of|by|during|for)\s+(?:early\s+|mid-?|"
                        rf"late\s+)?({_NAMES})\b(?!\s*\d)")


_STARTS = re.compile(r"\b(?:from|than|against|versus)\s+\Z", re.IGNORECASE)  # before where a change started: no
# number of the date's ("Net debt cut to €1.14 billion from €1.39 billion")


def paired_month_warnings(entries: list[Entry]) -> list[Finding]:
    """A number an English card's title or summary gives in a month (`3.1% in April`) that its quote gives only in
    another (`fell to 3.1% in May from 3.6% in April`): the card states the fact its quote gives. And a card dated to a
    month (not a day: that may be the day the fact was told) whose title gives a number its quote gives only in other
    months: the month of another number, or of another event ("£176 million at the end of May... opened in March")."""
    from generator.numbers import numerals_at

    found = []
    for entry in entries:
        quote = entry.card.source_quote
        if not _A_MONTH.search(quote) or not _ITS_MONTH.search(quote):
            continue
        given = [(values, month[1]) for _, end, values in numerals_at(quote) if (month := _ITS_MONTH.match(quote, end))]
        found += [slip for key in ("title", "summary") if (slip := _month_slip(entry, key, given)) is not None][:1]
    return found


def _month_slip(entry: Entry, key: str, given: list[tuple[set[float], str]]) -> Finding | None:
    """`paired_month_warnings` for a card's title or summary (`key`), given the quote's numbers with their months."""
    from generator.numbers import numerals_at

    card, text = entry.card, getattr(entry.card, key)
    dated = card.date is not None and card.date.month and not card.date.day
    for start, end, values in numerals_at(text) if any(map(str.isdigit, text)) else ():
        month = _ITS_MONTH.match(text, end)
        if not (others := {other for quoted, other in given if quoted & values}) or (
                month is not None and month[1] in others):
            continue
        start -= start > 0 and text[start - 1] in "$£€¥₹"
        end += text[end:end + 1] == "%"
        if month is not None and month[1] in card.source_quote:  # (else the text names a month the quote does not:
            # numberchecks says so)
            return warn(entry, (key,), f"{key} gives '{text[start:month.end()].strip()}', where the source_quote gives "
                                       f"it in {' and '.join(sorted(others))}: a month wrong?", snippet=text[start:end])
        if key == "title" and month is None and dated and card.date and not _STARTS.search(text, 0, start) and not {
                dates.MONTHS[d.month - 1] for d in (card.date, card.date_end) if d and d.month} & others:
            return warn(entry, ("date",), f"date {card.date.iso} is in {dates.MONTHS[card.date.month - 1]}, but the "
                                          f"source_quote gives the title's {text[start:end]} in "
                                          f"{' and '.join(sorted(others))}: is the month right?")
    return None


@functools.lru_cache(maxsize=2)
def _period_months(text: str) -> set[int]:
    """The months of the periods an English `text` names by their last: May and June of "the three months to July"."""
    from generator.numbers import whole_number

    found = set()
    for period in _PERIOD.finditer(text):
        count, last = whole_number(period[1]) or 0, dates.MONTHS.index(period[2]) + 1
        found |= {(last - back - 1) % 12 + 1 for back in range(min(count, 12))}
    return found


def _months_of(start: dates.PartialDate, end: dates.PartialDate) -> list[int]:
    """The months from `start` to `end`, both to the month (at most a year's)."""
    first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
    return [at % 12 + 1 for at in range(max(first, last - 11), last + 1)]


def other_months(quote: str, month: int, published: int, times: countedyears.Times, numbers: dict[str, str],
                 months: tuple[str, ...] | None) -> list[str]:
    """The months `quote` names, by name or in a date, when it names some but not `month` and counts no time from
    the article's day but years ("starting in August" for a date worked out as October, "in January … next year" for
    February); else []."""
    if months is None:
        return []
    given = dates.SourceDates(quote, months)
    if not given.months or month in given.months or not all(
            one_year for _, _, one_year in countedyears.said_times(quote, published, times, numbers)):
        return []
    from generator.monthyears import MONTH_YEAR

    dated = {dates.MONTHS.index(name) + 1 for name, year in MONTH_YEAR.findall(quote) if int(year) < published - 1}
    return [months[named - 1] for named in sorted(given.months - dated)]  # (not "the record set in February 2020":
    # another year's event)

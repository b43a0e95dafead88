"""The numbers of `check`: a number a card's title, summary or figure label (or site.yaml's title, description,
a category's label or description) gives that the source never gives, in any form or at that scale; a currency they
name beside an amount that the source never names. (A figure's own value: figurechecks.py.)"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING

from generator import asenglish, countedyears, currencies, dates, numbercontexts, numbers
from generator.config import SITE_FILE, Config
from generator.countedmonths import counted_years
from generator.datechecks import MONTH_NOT_VERB
from generator.editorial import Entry, checked, warn
from generator.errors import Finding
from generator.model import PartialDate, Source
from generator.namechecks import card_texts
from generator.urls import unaddressed
from generator.validate import where

if TYPE_CHECKING:
    from generator.words import Words


@functools.lru_cache(maxsize=2)
def english_numbers(words: Words) -> asenglish.AsEnglish:
    """What reads numbers as English writes them, from how the site's words write them; kept while they are the
    same (the preview checks a card at each save: the source's numbers are read once)."""
    scales = tuple((form, name) for name in ("million", "billion", "trillion") for form in getattr(words, name))
    points = tuple(word for form in words.points if (word := form.replace("{n}", "").strip()) not in {"point",
                                                                                                       "points"})
    return asenglish.AsEnglish(asenglish.as_english(words.decimal_mark, words.thousands_separator,
                                                    scales + words.scale_abbreviations, words.percent_words, points),
                               asenglish.words_as_english(words.numbers, words.number_joiner))


@functools.lru_cache(maxsize=2)
def _source_numbers(text: str, read: asenglish.AsEnglish) -> set[float]:
    """The source's numbers, `read` as English writes them, rounded for lookups (numbers.rounded); and the
    percentages its parts and shares make ('two thirds' is 67%, 'one in three' 33%), as a figure may give them."""
    text = "\n\n".join(" ".join(part.split()) for part in _BLANK_LINE.split(text))  # ("$58  million", "$58 ⏎
    # million": its paragraphs' white space folded, as a quote's is matched)
    english = read(HYPHENED_SCALE.sub(" ", text) if "-" in text else text)  # ("a $1.2-billion deal": its scale)
    given = numbers.numbers_in(english)
    cents = {number / 100 for number in currencies.cents_in(english)}  # "55 cents" gives 0.55 too
    shared = shared_scale(english)
    return numbers.rounded(given | numbers.shares(english, given) | set(map(float, dates.range_ends(text))) | cents
                           | shared | numbers.durations(english))


_BLANK_LINE = re.compile(r"\n\s*\n")


def _week_around(day: PartialDate) -> set[tuple[int, int]]:
    """The (month, day) of each day from a week before `day` to a week after."""
    middle = datetime.date(day.year, day.month, day.day)
    return {((near := middle + datetime.timedelta(days)).month, near.day) for days in range(-7, 8)}


# two numbers and one scale, after the second: "between 12 and 15 million", "from 412 to 238.5 million" (12 million,
# 412 million too)
_SIGNS = re.escape(numbers.CURRENCY_SIGNS)
SHARED_SCALE = re.compile(rf"(?<![\d.,])(\d+(?:\.\d+)?)\s+(?:and|to|-|–|y|und|et|a|bis)\s+[{_SIGNS}]?\d[\d.,]*\s+"
                           r"(thousand|million|billion|trillion)\b", re.IGNORECASE)
# the same in words, as a text read as English writes them: "between eight and nine million", "ten und twelve billion"
_SHARED_SCALE_WORDS = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)?)\s+(?:and|to|or|-|–|y|und|et|a|bis)\s+"
                                 r"[a-z]+(?:-[a-z]+)?\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)


def shared_scale(english: str) -> set[float]:
    """The low ends of the ranges `english` (a text read as English writes numbers) writes with one scale, after
    the top: 12 million of "between 12 and 15 million", 8 million of "between eight and nine million"."""
    found = {float(low) * numbers.SCALES[scale.lower()] for low, scale in SHARED_SCALE.findall(english)}
    for low, scale in _SHARED_SCALE_WORDS.findall(english) if " " in english else ():
        if (value := numbers.whole_number(low)) and low.lower() not in ("a", "an"):
            found.add(float(value) * numbers.SCALES[scale.lower()])
    return found


def text_number_warnings(entries: list[Entry], source: Source, read: asenglish.AsEnglish,
                         months: tuple[str, ...] | None = dates.MONTHS, words: Words | None = None) -> list[Finding]:
    """A number in a card's title, summary or a figure's label that the source never gives (nor the years of the
    card's dates and the source's, nor their days where the text writes them with a month, by the site's `months`: a
    summary may say which year "last month" was, and which day "yesterday"): in digits, or in words from two up
    ("one" and "first" are seldom a number), nor a year the quote counts by the site's `words` ("last year"). And a
    number in digits in a title that the source gives but the card's
    quote does not: the title states the fact the quote is there to show."""
    found = []
    for entry in entries:
        card = entry.card
        dated = [date for date in (card.date, card.date_end, source.date) if date]
        years, own = {date.year for date in dated}, {(date.month, date.day) for date in dated if date.day}
        if words is not None:  # ("since last year": its year, which a summary may write)
            said_times = countedyears.said_times(card.source_quote, source.date.year, countedyears.relative_times(
                words.relative_dates, words.weekdays), dict(words.numbers))
            years |= {year for _, counted, one in said_times if one for year in counted} | counted_years(
                card.source_quote, source.date.year, source.date.month or 1, (card.date or source.date).year)
            if source.date.day and any(not one for _, _, one in said_times):  # ("yesterday": a summary may say
                own |= _week_around(source.date)  # which day; "last Wednesday" is within a week)
        for key, text in card_texts(card):
            written_as, said, given = text, set(), dates.SourceDates(text, months)
            text = given.without_days()  # (a date's day is a date, not a count, and it is checked as a date)
            for _, _, month, day, first, last in given.day_spans:
                if (month, day) not in own and (month, day) not in _source_days(source.text, months) \
                        and (phrase := written_as[first:last].rstrip(".")) not in said:
                    said.add(phrase)
                    found.append(warn(entry, key, f"{where(key)} gives the date '{phrase}', which the source never "
                                                  "gives (nor the card's date): a day or month wrong?", snippet=phrase))
            unsourced = _unsourced(text, source.text, read, years)
            found += [warn(entry, key, f"{where(key)} gives {written}, a number the source never gives",
                           snippet=written, nth=_past_dates(written_as, text, written)) for written in unsourced]
            if key != ("title",):  # (a title's are its quote's: below)
                found += [warn(entry, key, f"{where(key)} gives {share}, a percentage, where the source gives "
                                           f"{other}, no percentage: a number misread?", snippet=share)
                          for share, other in _unshared(text, source.text, read) if share not in unsourced]
            dated_months = {d.month for d in dated if d.month} | {span[2] for span in given.day_spans}  # (a day's
            # month: checked with its day, above)
            if key == ("title",) and months and (named := {m for m in given.months - dated_months
                                                           if m not in (3, 5) or months != dates.MONTHS
                                                           or MONTH_NOT_VERB.search(text)}) and (
                    quoted := dates.SourceDates(card.source_quote, months).months) and not named & quoted:
                found.append(warn(entry, key, f"title names {' and '.join(months[m - 1] for m in sorted(named))}, a "
                                              f"month the source_quote does not (it names "
                                              f"{' and '.join(months[m - 1] for m in sorted(quoted))}): a month wrong?",
                                  snippet=months[min(named) - 1]))
            if key == ("title",):  # a share whose number the quote gives only otherwise: "up 41%" for "$41 million"
                found += [warn(entry, key, f"title gives {share}, a percentage, where the source_quote gives "
                                           f"{other}, {'an amount of money' if money else 'no percentage'}: a number "
                                           "misread?", snippet=share)
                          for share, other, money in _shares_as_others(text, card.source_quote, read)]
            if key == ("title",):  # the fact the card states: its numbers are its quote's
                found += [warn(entry, key, f"title gives {written}, a number the source_quote does not give (the "
                                           "source does, elsewhere): quote the passage that gives it, or the title "
                                           "says more than its quote", snippet=written,
                               nth=_past_dates(written_as, text, written))
                          for written in _unsourced(text, card.source_quote, read, years, spelled=False)
                          if written not in unsourced and not _in_a_name(text, written, source.text)
                          and not numbers.a_sum(written, card.source_quote)]  # (in digits; not "€310m" of €190m, €120m)
    return found


@functools.lru_cache(maxsize=2)
def _source_days(text: str, months: tuple[str, ...] | None) -> set[tuple[int, int]]:
    return dates.SourceDates(text, months).days


def _past_dates(written_as: str, text: str, written: str) -> int:
    """Which of the whole-word `written`s in `written_as` (0: the first) `text`, its dates' days blanked, gives first:
    the place to warn at in "on 9 May, 9 seats"."""
    if written_as == text:
        return 0
    pattern = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)")
    first = pattern.search(text)
    return len(pattern.findall(written_as, 0, first.start())) if first else 0


_INDEX_NAME = re.compile(r"(?<![\w&])[A-Z][A-Z&]+[\s-]\Z")  # "FTSE 100", "S&P 500", "NDX-417": a name's number


def _in_a_name(text: str, written: str, source: str) -> bool:
    """Whether `text` writes the number `written` only after a name in capitals (an index: "the FTSE 100"), or after
    a capitalised word the source writes it after too ("Line 4", "Terminal 5")."""
    return all(_INDEX_NAME.search(text, max(0, at - 12), at) or (
        (word := re.search(r"(?<![\w&])([A-Z][a-z]+)\s\Z", text[:at])) is not None
        and re.search(rf"(?<!\w){word[1]}\s+{re.escape(written)}(?![\d.,]?\d)", source) is not None)
        for at in places_of(text, written))


def places_of(text: str, written: str) -> list[int]:
    """Where `text` writes the number `written`, as a whole number (not the '200' of '1,200')."""
    return [match.start() for match in re.finditer(rf"(?<!\d[.,])(?<!\w){re.escape(written)}(?!\d|[.,]\d)", text)]


def site_number_warnings(config: Config, source: Source, read: asenglish.AsEnglish) -> list[Finding]:
    """A number the source never gives in the briefing's title or description, or a category's label or description
    (the front page's headline, and what search results and link previews show); the source's year, and its day
    where the text writes it with a month, as for a card's texts."""
    texts = [(("title",), config.title), (("description",), config.description),
             *((("categories", c.index, key), getattr(c, key)) for c in config.categories
               for key in ("label", "description"))]
    day, months = {source.date.day} - {0}, dates.months_read(config.language, config.words.months)
    return [Finding(SITE_FILE, *config.doc.place_of(key, written), f"{where(key)} gives {written}, a number the "
                    "source never gives", warning=True, accepted=checked(config.doc, key))
            for key, text in texts if text
            for written in _unsourced(dates.SourceDates(text, months).without_days(day), source.text, read,
                                      {source.date.year})]


_AMBIGUOUS_SCALE = re.compile(r"\d[kmb]\Z", re.IGNORECASE)  # a scale of one letter: '5m' may be metres, '10K' a race
HYPHENED_SCALE = re.compile(r"(?<=\d)-(?=(?:million|billion|trillion|bn|mn)\b)", re.IGNORECASE)  # "$1.2-billion"


def currency_warnings(entries: list[Entry], source: Source) -> list[Finding]:
    """A currency a card's title, summary or figure label names with an amount that the source never names (a
    title's €1.2bn for the article's $1.2bn), or that its quote gives in another currency (a title's "$140 million"
    for "140 million euros", the article naming dollars elsewhere): as a figure's unit is checked against its
    quote."""
    unnamed = _unnamed_currencies(source.text)
    codes = tuple(currencies.CURRENCY_NAMES)
    signs, words = "".join(currencies.CURRENCY_NAMES[code][0] for code in codes), currencies.currencies_named(codes)
    found = []
    for entry in entries:
        card = entry.card
        texts = [(("title",), card.title), (("summary",), card.summary),
                 *((("figures", figure.index, "label"), figure.label) for figure in card.figures)]
        for key, text in texts:
            if not any(sign in text for sign in signs) and words.search(text) is None:
                continue  # (no currency: most texts)
            text = unaddressed(text)
            for code in codes:
                if (named := currencies.currency_amount(text, code)) is None:
                    continue
                place = named if named[0].isalpha() else _with_amount(named, text)
                if code in unnamed:
                    found.append(warn(entry, key, f"{where(key)} names {named} ({code}), a currency the source never "
                                                  "names: a number converted, or put in the wrong currency?",
                                      snippet=place))
                elif other := next((other for number in _DIGITS.findall(_with_amount(named, text))
                                    if (other := currencies.in_another_currency(card.source_quote, [number], code))),
                                   None):  # (the amount beside it: "2.8 billion dinars ($1.9 billion)" has two)
                    found.append(warn(entry, key, f"{where(key)} names {named} ({code}) beside an amount the "
                                                  f"source_quote gives in another currency ('{other}'): a number "
                                                  "converted, or put in the wrong currency?", snippet=place))
    return found


_DIGITS = re.compile(r"(?<![\d.,])\d(?:[\d.,]*\d)?")  # a number as written in digits ('140', '1,200.5')


def _with_amount(sign: str, text: str) -> str:
    """A currency's sign or name as `text` writes it with its digits, before them or after ("£540", "540 millions €",
    "140 million euros"): where a warning points ('' if it has none)."""
    sign = re.escape(sign)
    found = re.search(rf"{sign}\s?\d(?:[\d,.]*\d)?|\d(?:[\d,.]*\d)?(?:\s?\w+)?\s?{sign}", text)
    return found[0] if found else ""


@functools.lru_cache(maxsize=1)
def _unnamed_currencies(text: str) -> tuple[str, ...]:
    """The currencies (figures.CURRENCIES' codes) the source names nowhere, by sign, name or abbreviation."""
    return tuple(code for code in currencies.CURRENCY_NAMES if not currencies.names_currency(text, code))


# a time of day: 8:30, 20:30, 8.30am, 8.30 a.m. (a point between the hour and its minutes only with am or pm)
TIME_OF_DAY = re.compile(r"(?<![\d.:,])([01]?\d|2[0-3])(?::([0-5]\d)(?!\d)(?:\s?([ap])\.?m\b\.?)?"
                   r"|\.([0-5]\d)\s?([ap])\.?m\b\.?)", re.IGNORECASE)


def blank_time(found: re.Match[str]) -> str:
    return " " * len(found[0])


def _clock(time: re.Match[str]) -> tuple[int, int]:
    """(hour, minute) of a time, the hour of 12 (8.30pm and 20:30 are one time; 8:30 may be either)."""
    return int(time[1]) % 12, int(time[2] or time[4])


@functools.lru_cache(maxsize=2)  # (the source's, and a quote's)
def _times(text: str) -> frozenset[tuple[int, int]]:
    """The times of day the source gives, read leniently ("closed at 10.30 in the evening": 10.30 too)."""
    return frozenset((int(hour) % 12, int(minute)) for hour, minute in _ANY_TIME.findall(text)) \
        if ":" in text or "." in text else frozenset()


MAYBE_TIME = re.compile(r"\d[.:]\d")  # what every time has (TIME_OF_DAY's search takes ~0.07 ms a summary)
_ANY_TIME = re.compile(r"(?<![\d.:,])([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)")


@functools.lru_cache(maxsize=1)  # (a title is looked up in the source, then in its quote: read once)
def _shares_as_others(text: str, quote: str, read: asenglish.AsEnglish) -> list[tuple[str, str, bool]]:
    """Each percentage `text` gives in digits whose number `quote` gives only as another number, with how each writes
    it, and whether that is an amount of money: ('41%', '$41 million', True), ('12%', '12 routes', False). (A change
    in points for a percentage is kindchecks.unit_warnings'.)"""
    if not _MAY_SHARE.search(text):
        return []  # (no percentage: most texts)
    shares = [said for said in numbercontexts.contexts(read.read(text).text) if said.percent]
    if not shares:
        return []
    english = read.read(quote).text
    quoted = list(zip(numbers.numerals_at(english), numbercontexts.contexts(english), strict=True))
    found = []
    for share in shares:
        same = [(start, end, said) for (start, end, _), said in quoted
                if numbers.rounded(said.values) & numbers.rounded(share.values)]
        if same and not any(_a_share(english, end, said) for _, end, said in same):
            start, end, said = same[0]
            money = all(said.money for _, _, said in same)
            found.append((share.written, said.written if money else english[start:end] + _next_word(english, end),
                          money))
    return found


def _unshared(text: str, source: str, read: asenglish.AsEnglish) -> list[tuple[str, str]]:
    """Each percentage `text` gives in digits whose number the `source` gives, but never as a percentage (nor
    points, nor a part of a whole), with how the source first writes it: ('12%', '12 routes')."""
    if not _MAY_SHARE.search(text):
        return []
    shares = [said for said in numbercontexts.contexts(read.read(text).text) if said.percent]
    if not shares:
        return []
    given, others = _source_shares(source, read)
    return [(share.written, others[value]) for share in shares if not (values := numbers.rounded(share.values))
            & given for value in sorted(values & others.keys())[:1]]


@functools.lru_cache(maxsize=2)
def _source_shares(text: str, read: asenglish.AsEnglish) -> tuple[set[float], dict[float, str]]:
    """The source's percentages, points and parts of a whole (rounded, numbers.rounded); and its other numbers,
    each as first written with the word after it ('12 routes')."""
    english = read(" ".join(text.split()))
    shares, others = numbers.shares(english, numbers.numbers_in(english)), dict[float, str]()
    for (start, end, values), said in zip(numbers.numerals_at(english), numbercontexts.contexts(english), strict=True):
        if _a_share(english, end, said):
            shares |= values
        else:
            for value in numbers.rounded(values):
                others.setdefault(value, said.written if said.money else english[start:end] + _next_word(english, end))
    return numbers.rounded(shares), others


def _a_share(text: str, end: int, said: numbercontexts.Context) -> bool:
    """Whether the number `text` gives as `said`, ending at `end`, is a percentage or points (or a range's start
    whose end is: '10-12%')."""
    return said.percent or said.points or _RANGE_TO_SHARE.match(text, end) is not None


def _next_word(text: str, end: int) -> str:
    """The word after a number: ' routes' of '12 routes'."""
    word = _NEXT_WORD.match(text, end)
    return word[0] if word else ""


_MAY_SHARE = re.compile(r"[%\u066a]|per\s?cent|pct|prozent|por\s+ciento|pour\s+cent", re.IGNORECASE)  # (a text
# read as English may write one so: "12 Prozent")
_RANGE_TO_SHARE = re.compile(r"\s*(?:-|–|to|and|or)\s*\d[\d.,]*\s?(?:[%\u066a]|per\s?cent\b|pct\b)", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+[^\W\d_][\w-]*")  # "12 routes"


def _text_numbers(text: str, read: asenglish.AsEnglish
                  ) -> tuple[list[re.Match[str]], str, asenglish.Reading, dict[str, int]]:
    """The times of day `text` gives; the text without them, and its numbers, `read`; the years' ranges it writes
    short."""
    times = list(TIME_OF_DAY.finditer(text)) if ("." in text or ":" in text) and MAYBE_TIME.search(text) else []
    if times:
        text = TIME_OF_DAY.sub(blank_time, text)
    reading = read.read(unaddressed(text) if "." in text else text)  # (an autolink shows its address)
    return times, text, reading, dates.short_ends(text) if "-" in text or "–" in text or "/" in text else {}


# a count of a unit that is the next unit up, which a source may name instead: "twelve months" is a year
_AS_UNIT = re.compile(r"\b(twelve|12|fifty[ -]two|52|seven|7|twenty[ -]four|24|ten|10)[ -](month|week|day|hour|year)s?"
                      r"\b", re.IGNORECASE)
_UNIT_UP: dict[tuple[int | None, str], str] = {(12, "month"): "year", (52, "week"): "year", (7, "day"): "week",
                                              (24, "hour"): "day", (10, "year"): "decade"}


def _as_unit(match: re.Match[str], named: frozenset[str]) -> str:
    """A count of `_AS_UNIT` as the unit it makes, if the source names that unit; else as written."""
    unit = _UNIT_UP.get((numbers.whole_number(match[1]), match[2].lower()))
    return unit if unit in named else match[0]


@functools.lru_cache(maxsize=2)
def _units_named(source: str) -> frozenset[str]:
    """Which of a decade, a year, a week and a day the `source` names."""
    return frozenset(word.lower() for word in re.findall(r"\b(decade|year|week|day)s?\b", source, re.IGNORECASE))


def _unsourced(text: str, source: str, read: asenglish.AsEnglish, known: set[int], spelled: bool = True
               ) -> list[str]:
    """Each number `text` gives (as written, once) that the `source` text never gives, nor `known`; a time of day
    ("8.30am" for the source's "8:30 a.m.") as a time; in words from two up only if `spelled`."""
    if _AS_UNIT.search(text):  # "the twelve months to March" for the source's "the year to March"
        named = _units_named(source)
        text = _AS_UNIT.sub(lambda match: _as_unit(match, named), text)
    given = _source_numbers(source, read)  # (read once: a long source takes a while, 0.1 s at 600 KB)
    for ratio in reversed(numbers.ratios_at(text)):  # "one in four" for the source's "a quarter": its share
        if numbers.rounded(numbers.shares(ratio[0], ())) & given:
            text = text[:ratio.start()] + " " * len(ratio[0]) + text[ratio.end():]
    times, text, reading, years = _text_numbers(text, read)
    seasons = dates.season_starts(text) if years else {}
    said = dict.fromkeys(time[0] for time in times if _clock(time) not in _times(source))  # (given twice: said once)
    if not reading.numerals and not reading.spelled:
        return list(said)
    for written, values in [*reading.numerals, *((written, {value}) for written, value in reading.spelled
                                                 if value >= 2 and spelled)]:  # (not "one of")
        if len(values) > 1 and (not _AMBIGUOUS_SCALE.search(written) or re.search(  # '$1.2 million' is not given
                rf"[{re.escape(numbers.CURRENCY_SIGNS)}]\s?{re.escape(written)}", text)):  # by "$1.2bn"; nor '$1.5m'
            values = {max(values)}  # (a scale of one letter may be a unit, '5m': its digits alone will do; not after
            # a currency's sign)
        if written in years:  # ("21" of "2019-21": its digits, as the source may write them too, or 2021)
            values = {*values, years[written]}
        sizes = numbers.rounded(values)
        if written in seasons and numbers.rounded({seasons[written]}) & (given | known):
            continue  # ("2024-25" for "the year to June 30, 2025": named by the year it ends in)
        if not (sizes & given or sizes & known):
            said[written] = None
    return list(said)

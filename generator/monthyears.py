"""A month of a year a card gives that its English quote gives that year only with another month: a stated date
("who replaced Neil Cotter in November 2024" for a card dated 2024-10), or its title's or summary's words ("the
record set in March 2020" on "set in February 2020")."""

from __future__ import annotations

import re

from generator import dates
from generator.dates import YEAR
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.validate import where

_NUMBERED = re.compile(r"\b(?:item|items|no\.?|number|nos?\.|#|line|route|flight|page|room|platform|model|bill)\s*\Z",
                       re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b({'|'.join(dates.MONTHS)})\s+((?:19|20)\d\d)\b")  # "in November 2024"


def month_year_warnings(entries: list[Entry], published: int) -> list[Finding]:
    """A card's date in a month (not marked inferred), or a month and year its title or summary writes, whose year its
    quote writes only with other months, and that month never; a date's year (not the article's, `published`) its
    quote does not give, where it gives others near it ("from 2014 to 2017" for a date_end 2016)."""
    found: list[Finding] = []
    for entry in entries:
        card, before = entry.card, len(found)
        for name, date in (("date", card.date), ("date_end", card.date_end)) if not card.date_inferred else ():
            if date is not None and date.month and (given := _others(card.source_quote, date.month, date.year)):
                found.append(warn(entry, (name,), f"{name} {date.iso} is in {dates.MONTHS[date.month - 1]} "
                                                  f"{date.year}, but the source_quote gives {' and '.join(given)} "
                                                  f"{date.year}: is the month right?"))
            elif date is not None and date.year != published and (years := _years_near(card.source_quote, date.year)):
                found.append(warn(entry, (name,), f"{name} is {date.iso}, but the source_quote gives "
                                                  f"{' and '.join(years)}, not {date.year}: is the year right?"))
        for key, text in card_texts(card)[:2] if len(found) == before and YEAR.search(card.source_quote) else ():
            said = next(((match[0], given) for match in MONTH_YEAR.finditer(text) if (given := _others(
                card.source_quote, dates.MONTHS.index(match[1]) + 1, int(match[2])))), None)
            if said is not None:  # (once a card: its date's month said already, or its title's)
                found.append(warn(entry, key, f"{where(key)} gives {said[0]}, but the source_quote gives "
                                              f"{' and '.join(said[1])} {said[0].split()[1]}: a month wrong?",
                                  snippet=said[0]))
                break
    return found


def _others(quote: str, month: int, year: int) -> list[str]:
    """The other months `quote` writes with `year` ("February 2020"), where it never names `month`; else []."""
    given = sorted({name for name, written in MONTH_YEAR.findall(quote) if int(written) == year},
                   key=dates.MONTHS.index)
    return given if given and not re.search(rf"\b{dates.MONTHS[month - 1]}\b", quote) else []


def _years_near(quote: str, year: int) -> list[str]:
    """The years `quote` gives within three of `year`, when it gives years but not `year`; else [] (not a thing's number
    that looks like one: "item 2001", "No. 1998")."""
    years = {found[0] for found in YEAR.finditer(quote) if not _NUMBERED.search(quote, 0, found.start())}
    return [] if str(year) in years else sorted(other for other in years if abs(int(other) - year) <= 3)


def slip(quote: str, date: dates.PartialDate | None, missing: list[str], months: tuple[str, ...] | None) -> str:
    """Where the source never gives a date's year (or month: `missing`, its parts), the years its quote gives near it
    (or the months it names in that year: "March 2023" for 2023-05), as a note to the warning ('' if none)."""
    if date is None:
        return ""
    years = sorted(year for year in set(YEAR.findall(quote)) if year != str(date.year) and abs(int(year) - date.year)
                   <= 3)  # (a slip's)
    if years and any(str(date.year) in part for part in missing):
        named = years
    elif date.month and months and any(months[date.month - 1] in part for part in missing):
        named = [f"{month} {date.year}" for month in sorted(set(re.findall(rf"\b({'|'.join(months)})\s+{date.year}\b",
                                                                           quote)), key=months.index)]
    else:
        named = []
    return f" (its source_quote gives {' and '.join(named)}: a slip?)" if named else ""

"""A number an English card gives for one year that its quote gives only for another, and gives that year with
another number: "growth of 1.8% in 2026" on "grow by between 1.3% and 1.6% in 2026 … and by 1.8% in 2027", a figure
"Growth forecast for 2026" of 1.8. Numbers swapped between years: each is the article's, so no other check sees
them."""

from __future__ import annotations

import re

from generator import numbers
from generator.dates import YEAR
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.validate import where

# the year a number is for, a few words after it in its clause: "1.8% in 2027", "£2.1bn for 2025", "40% by 2030" (not
# "in 2024-25", a season's)
_FOR_YEAR = re.compile(r"(\s*(?:%|per\s*cent\b|percent\b))?(?:\s+[^\W\d_]+){0,3}?\s+(?:in|for|by|during)\s+"
                       r"((?:19|20)\d\d)\b(?![-/–]\d)", re.IGNORECASE)


def year_pair_warnings(entries: list[Entry]) -> list[Finding]:
    """A number a card's title, summary or figure (by the one year its label names) gives for a year, that its quote
    gives only for another year, where the quote gives the card's year with another number: once a card."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        if len(YEAR.findall(quote)) < 2:
            continue  # (most quotes: no two years)
        quoted = _for_years(quote)
        numbered = {year for _, years in quoted.values() for year in years}
        if len(numbered) < 2:
            continue
        said = [(key, f"gives {written} for {year}", value, year) for key, text in card_texts(entry.card)[:2]
                for value, (written, years) in _for_years(text).items() for year in years]
        for figure in entry.card.figures:
            if len(years := set(YEAR.findall(figure.label))) == 1:
                ends = {figure.value, *([figure.value_max] if figure.value_max is not None else [])}
                said += [(("figures", figure.index, "value"), f"{numbers.shown(value)} is for {year} (its label)",
                          value, year) for value in numbers.rounded(ends) for year in years]
        swapped = next(((key, written, theirs) for key, written, value, year in said
                        if (theirs := quoted.get(value, ("", set()))[1]) and year not in theirs and year in numbered),
                       None)
        if swapped is not None:
            key, written, theirs = swapped
            found.append(warn(entry, key, f"{where(key)} {written}, where the source_quote gives it for "
                                          f"{' and '.join(sorted(theirs))}: a number swapped between years?",
                              snippet=written.split()[1] if key[0] != "figures" else ""))
    return found


def _for_years(text: str) -> dict[float, tuple[str, set[str]]]:
    """The numbers `text` gives for a year (see _FOR_YEAR), rounded, each as first written, with its years."""
    found: dict[float, tuple[str, set[str]]] = {}
    for start, end, values in numbers.numerals_at(text):
        if YEAR.fullmatch(text[start:end]) or (year := _FOR_YEAR.match(text, end)) is None or re.search(
                r"[,;.]\s|\d", text[end:year.start(2)]):
            continue  # (a year; or no year for it in its clause, or another number between: "1.3% and 1.6% in")
        written = text[start - (start > 0 and text[start - 1] in "$£€¥₹"):year.end(1) if year[1] else end]
        for value in numbers.rounded(values):
            found.setdefault(value, (written, set()))[1].add(year[2])
    return found

"""The numbers a passage of English gives: "4,200", "$2.5 million", "7 to 2", "six", "two dozen" (a passage in a
language that writes them otherwise is read as English first: see asenglish.py)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from decimal import Decimal

from generator.currencies import CURRENCY_NAMES

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "couple": 2, "half": 0.5,
}
# the English words of a whole number of one or more, as a pattern (longest first: "nineteen" before "nine")
WORDED = "|".join(sorted((word for word, value in UNITS.items() if value >= 1 and word != "couple"), key=len,
                         reverse=True))
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
MULTIPLIERS = {"hundred": 100, "dozen": 12}  # multiply the number before them, inside a larger number
SCALES = {"thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9, "trillion": 1e12}
SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12}
SPOKEN = {**MULTIPLIERS, **SCALES}

_NUMERAL = re.compile(  # ((?=\d) first: the search skips to a digit, 2.5 times as fast as trying each place)
    r"(?=\d)(?<![\d.,])(\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(\.\d+|[½¼¾⅓⅔⅛⅜⅝⅞])?"  # 4,200 / 2.5 /
    r"(?:\s?([A-Za-z]+)\b)?"  # 2024 / 1,20,000 (lakhs) / 3½; an attached or following word: 5bn, 2.5 million
)
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_WORD = re.compile(r"[^\W\d_]+")  # a word of any alphabet: "tenía" holds no "ten"
NUMBER_WORDS = frozenset({*UNITS, *ORDINALS, *SPOKEN})  # a text with none has no number in words (most have none)
CURRENCY_SIGNS = "".join(sign for sign, _, _ in CURRENCY_NAMES.values())
_DIGIT = re.compile(r"\d")
# a percent as written between a number and a hedge after it ("40 Prozent oder mehr")
PERCENT_WORDS = r"%|per\s?cent\b|percent\b|por\s+ciento\b|pour\s+cent\b|Prozent\b"


def numbers_in(text: str) -> set[float]:
    """Every number written in `text`, in numerals or words; a scaled number gives both (1.1 and 1100000)."""
    found: set[float] = set()
    for _, values in numerals(text):
        found.update(values)
    found.update(_spelled(text))
    return found


def numerals(text: str) -> list[tuple[str, set[float]]]:
    """Each number written in digits in `text`, as written ('$2.5 million' gives '2.5 million'), with what it
    stands for: {2.5, 2500000}."""
    return [(text[start:end], values) for start, end, values in numerals_at(text)]


def numerals_at(text: str) -> list[tuple[int, int, set[float]]]:
    """`numerals`, each number as where it starts and ends in `text`."""
    found = []
    for match in _NUMERAL.finditer(text):
        start = match.start()  # digits written onto a name's letters name a thing, not an amount: T10, G20, A380
        if start and _ON_LETTERS.search(text, max(0, start - 4), start) and not _glued_amount(text, match):
            continue
        whole, fraction, word = match.groups()
        if fraction in _FRACTIONS:
            value = int(whole.replace(",", "")) + _FRACTIONS[fraction]
        else:
            value = float(whole.replace(",", "") + (fraction or ""))
        values = {value}
        if word:
            lower = word.lower()
            scale = SPOKEN.get(lower) or (SUFFIXES.get(lower) if match.group(0)[-len(word) - 1].isdigit()
                                           or lower in ("bn", "mn", "mln", "tn", "trn") else None)
            if scale:
                values.add(value * scale)
            if lower in ("lakh", "thousand") and (crore := _CRORE_AFTER.match(text, match.end())):
                found.append((match.start(), crore.end(), {value, value * SCALES[lower] * SCALES["crore"]}))  # "Rs
                # 48.2 lakh crore": 48.2 trillion rupees (not 48.2 lakh)
                continue
        found.append((match.start(), match.end() if len(values) > 1 else match.end(2 if fraction else 1), values))
    return found


_CRORE_AFTER = re.compile(r"\s+crores?\b", re.IGNORECASE)
_ON_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u052f]+\Z")  # (Latin, Greek, Cyrillic: not 東京都の1400万)
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{3}\Z|[$£€][A-Z]{1,2}\Z")  # a currency's code: CHF25, SEK10bn, $A450


def _glued_amount(text: str, match: re.Match[str]) -> bool:
    """Whether digits written onto letters are an amount all the same: after a currency's code (Rs10, USD15m,
    CHF25, $A450), or with a scale (R10m, Ksh10bn, Rp10 trillion)."""
    start, word = match.start(), (match.group(3) or "").lower()
    return (word in SPOKEN or word in SUFFIXES or _CODE_BEFORE.search(text, max(0, start - 4), start) is not None
            or MONEY_BEFORE.search(text, max(0, start - 12), start) is not None)


# a sign or code before an amount: a sign with a country's letters either side ("US$", "S$", "$A"), a code ("Rs")
MONEY = rf"(?:[A-Z]{{0,3}}[{re.escape(CURRENCY_SIGNS)}][A-Z]{{0,2}}|\b(?:{'|'.join(CURRENCY_NAMES)}|Rs\.?)\s?)"
MONEY_BEFORE = re.compile(MONEY + "$")
def _spelled(text: str) -> set[float]:
    """Numbers written in words: 'six', 'twenty-five', 'two hundred', 'a dozen', 'three million'."""
    return {value for _, value in spelled(text)}


def spelled(text: str) -> list[tuple[str, float]]:
    """Each number written in words in `text`, as written ('twenty-five', 'dozen', 'second'), with its value."""
    return [(text[start:end], value) for start, end, value in spelled_at(text)]


_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
          "ninth": 9, "tenth": 10}
_FRACTION = re.compile(  # "a third", "two thirds", "three-quarters": a part of a whole
    r"\b(an?|one|two|three|four|five|six|seven|eight|nine)[ -](half|halves|quarters?|"
    r"thirds?|(?:fif|six|seven|eigh|nin|ten)ths?)\b", re.IGNORECASE)
_PART_AFTER = re.compile(  # what follows a part of a whole; before a noun it is an ordinal: "a third term"
    r"\s*(?:[^\w\s]|$)|\s+(?:of|since|in|on|to|from|by|and|or|but|than|more|less|over|under|this|that|last|each|"
    r"a|the|per|percent|as|at|for|after|before|while|compared|higher|lower|up|down|is|are|was|were|went|has|have|"
    r"had|will|would|could|may|might|said|say|says|voted|vote|backed|chose|opted|switched|complete|completed|done|"
    r"full|empty|finished|built|below|above|off|short|smaller|larger|bigger|cheaper|left|remain|remains)\b",
    re.IGNORECASE)  # ("about a quarter complete", "a fifth below": a part; not "a third term")
_FIRST_WORDS = NUMBER_WORDS | set(_PARTS) | {f"{part}s" for part in _PARTS} | {"halves"}  # a number may start so


def fractions_at(text: str) -> list[tuple[int, int, float]]:
    """Parts of a whole written in words ('a third' 1/3, 'two thirds' 2/3, 'three-quarters' 3/4), where they are."""
    found = []
    for match in _FRACTION.finditer(text):
        count, part = match.group(1).lower(), match.group(2).lower()
        single = part.removesuffix("s") if part != "halves" else "half"
        if count in ("a", "an", "one"):  # not "one thirds"; nor "a third term", an ordinal
            if part.endswith("s") or not _PART_AFTER.match(text, match.end()):
                continue
        elif part == "half":  # "two half"
            continue
        found.append((match.start(), match.end(), (UNITS.get(count) or 1) / _PARTS[single]))
    return found


# a share: "one in three", "one voter in three", "2 out of 5" (and as Spanish, French and German read: "uno de cada
# tres", "un jeune sur trois", "zwei von fünf")
_RATIO = re.compile(rf"\b({'|'.join(UNITS)}|\d{{1,3}})(?: [^\W\d_]+)? (?:in|out of|de cada|sur|von) (?:every )?"
                    r"([a-z]+|\d{1,4})\b", re.IGNORECASE)
_RATIO_WORDS = (" in ", " out of ", " de cada ", " sur ", " von ")


def ratios_at(text: str) -> list[re.Match[str]]:
    """The shares `text` gives as a count of a whole: 'one in four', 'two out of five' (see shares)."""
    return list(_RATIO.finditer(text)) if _RATIO_HINT.search(text) else []


_RATIO_HINT = re.compile(rf" (?:in|out of|de cada|sur|von) (?:every )?(?:\d|(?:{'|'.join(UNITS)})\b)", re.IGNORECASE)
# (a cheap test: the whole after its word; "in the" is in most texts)


_EVERY = re.compile(r"\b(?:every|jede[rsnm]?)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
                    re.IGNORECASE)  # "every third voter", "jeder dritte Mieter": one in three


def shares(text: str, parts: Iterable[float]) -> set[float]:
    """The percentages a text gives as parts of a whole (`parts`: its fractions, 'two thirds' 2/3) or as a share,
    'one in three': each rounded to 0, 1 and 2 decimals (a third is 33%, 33.3% or 33.33%)."""
    found = [v for v in parts if 0 < v < 1]
    if any(word in text for word in _RATIO_WORDS):
        for match in _RATIO.finditer(text):
            count, whole = (int(n) if n.isdigit() else UNITS.get(n.lower(), 0) for n in match.groups())
            if 0 < count < whole <= 1000:
                found.append(count / whole)
    lower = text.lower()
    found += [1 / ORDINALS[match[1].lower()] for match in _EVERY.finditer(text)] if "every" in lower or "jede" in \
        lower else []
    return {round(v * 100, places) for v in found for places in (0, 1, 2)}


# a time in years and months, as a sentence is given: "seven years and six months" is 7.5 years (in the words a text
# is read in as English: "siete años y seis meses" too)
_YEARS_AND_MONTHS = re.compile(r"(?<![\w.,])(\d+|[^\W\d_]+)\s+(?:years?|Jahre|Jahren|años|ans|années)\s+"
                               r"(?:and|und|y|et)\s+(\d+|[^\W\d_]+)\s+(?:months?|Monate|Monaten|meses|mois)\b",
                               re.IGNORECASE)
_MONTHS = re.compile(r"\b(?:months?|Monate|Monaten|meses|mois)\b", re.IGNORECASE)
_DECADE_WORD = re.compile(r"d[eéÉ]ca|d[eé]cenn|jahrzehnt", re.IGNORECASE)
_DECADES = re.compile(r"(?<![\w.,])(\d+|[^\W\d_]+)[\s-]+(?:decades?|décadas?|décennies?|Jahrzehnten?)\b",
                      re.IGNORECASE)  # ("two decades", "deux décennies", "zwei Jahrzehnten": 20 years)


def whole_number(written: str) -> int | None:
    """A whole number in digits or English words ('25', 'twenty-five', 'a'); None if it is none."""
    if written.isdigit():
        return int(written)
    total = 0
    for part in re.split(r"[-\s]+", written.lower()):
        value = 1 if part in ("a", "an", "one") else UNITS.get(part)
        if value is None or value != int(value):
            return None
        total += int(value)
    return total


def durations(text: str) -> set[float]:
    """The years a text gives in years and months ("four years and nine months": 4.75), or in decades ("more than
    two decades": 20)."""
    found = set()
    if _DECADE_WORD.search(text):
        found |= {10.0 * count for match in _DECADES.finditer(text) if (count := whole_number(match[1]))}
    if _MONTHS.search(text):
        for match in _YEARS_AND_MONTHS.finditer(text):
            years, months = (whole_number(n) for n in match.groups())
            if years is not None and months and months < 12:
                found.add(years + months / 12)
    return found


# "and a half" right after a number ("two and a half", "two-and-a-half-year"), or after the word it counts where
# nothing it could halve follows ("two years and a half", "deux ans et demi de travaux"; not "four sisters and a
# half brother")
_AND_A_HALF = re.compile(r"[ -]and[ -](?:a|one)[ -]half\b|[ -][^\W\d_]+ and (?:a|one) half(?=\s*(?:[^\w\s-]|$)"
                         r"|\s+(?:of|in|to|for|at|on|ago|later|after|before|since|from|than|and|or|de|d['’]|del)\b)",
                         re.IGNORECASE)
_SCALE_AFTER = re.compile(r"[ -](thousand|million|billion|trillion)\b", re.IGNORECASE)  # (two-and-a-half-thousand)


def _and_a_half(text: str, start: int, end: int, whole: float) -> tuple[int, int, float]:
    """`whole` and a half, from `start` to `end` in `text`: with the scale after it ("seven and a half million"), or
    of the scale it ends with ("a million and a half", "two million and a half": 2,500,000)."""
    if scale := _SCALE_AFTER.match(text, end):
        return start, scale.end(), (whole + 0.5) * SPOKEN[scale[1].lower()]
    last = re.split(r"[\s-]+", text[start:end].split(" and ")[0].strip())[-1].lower()  # ('one-million and a half')
    return start, end, whole + 0.5 * SCALES.get(last, 1)


_PART_OF_A_SCALE = re.compile(  # "half a million", "a quarter of a million", "three-quarters of a billion"
    r"\b(?:(an?|one|two|three)[ -])?(half|quarters?|thirds?)(?:[ -]of)?[ -]an?[ -]"
    r"(thousand|million|billion|trillion)\b", re.IGNORECASE)


def _parts_of_a_scale(text: str) -> list[tuple[int, int, float]]:
    """Parts of a scale written in words, where they are: 'half a million' 500,000, 'two thirds of a billion'."""
    found = []
    for match in _PART_OF_A_SCALE.finditer(text):
        count, part, scale = (group.lower() if group else "" for group in match.groups())
        single = part.removesuffix("s")
        if (count in ("two", "three")) != part.endswith("s") or (single == "half" and count in ("two", "three")):
            continue  # not "a quarters of a million", "three quarter of a million"
        found.append((match.start(), match.end(), (UNITS.get(count) or 1) / _PARTS[single] * SCALES[scale]))
    return found


def spelled_at(text: str) -> list[tuple[int, int, float]]:
    """`spelled`, each number as where it starts and ends in `text`; a fraction ('two thirds', 2/3) is one number,
    and so is a part of a scale ('half a million')."""
    if _FIRST_WORDS.isdisjoint(map(str.lower, _WORD.findall(text))):
        return []  # (a third of the time of reading each word)
    parts = fractions_at(text)
    found = _words_at(text)
    if scaled := _parts_of_a_scale(text):  # one number, not 0.5 and a million
        found, parts = _outside(found, scaled), [*scaled, *_outside(parts, scaled)]
    if "half" in text.lower():  # "two and a half": 2.5, one number (not 2, and a half)
        halves = [_and_a_half(text, start, half.end(), value) for start, end, value in found
                  if (half := _AND_A_HALF.match(text, end)) and value == int(value)
                  and text[start:end].lower() not in ORDINALS]
        found, parts = sorted([*_outside(found, halves), *halves]), _outside(parts, halves)
    if not parts:
        return found
    kept = [(start, end, value) for start, end, value in found  # not the "two" and "third" of "two thirds"
            if not any(start < part_end and part_start < end for part_start, part_end, _ in parts)]
    return sorted(kept + parts)


Spans = list[tuple[int, int, float]]  # numbers in a text: where each starts and ends, and its value


_PERIOD_AFTER = re.compile(r"[ -](?:half|halves|quarter)\b", re.IGNORECASE)  # "second half", "first-quarter"


def _outside(numbers: Spans, wider: Spans) -> Spans:
    """The `numbers` that lie in none of the `wider` ones."""
    return [number for number in numbers if not any(start <= number[0] and number[1] <= end for start, end, _ in wider)]


def _words_at(text: str) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    total = current = scaled = 0.0  # (scaled: the last scale word's size)
    start = end = last = -1  # where the number being read starts and ends (last: its last word, "and" too)
    previous, after = "", 0  # the word before, and where it ended
    for match in _WORD.finditer(text):
        word, before = match.group(0).lower(), previous
        if _DIGIT.search(text, after, match.start()):
            before = "0"  # "a €5 million grant": the word before "million" is a numeral, not "a"
        previous, after = word, match.end()
        if start >= 0 and text[last:match.start()].strip(" -"):  # "two, one": a comma ends a number
            found.append((start, end, total + current))
            total = current = scaled = 0
            start = -1
        if word in ORDINALS and not _PERIOD_AFTER.match(text, match.end()):  # (not "the second half", a period)
            found.append((match.start(), match.end(), ORDINALS[word]))
        if word in SPOKEN and start < 0 and before not in ("a", "an"):
            continue  # "$2 billion": the numeral before it counted already
        if word in UNITS:
            current += UNITS[word]
        elif word in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[word]
        elif word in SCALES:
            if total and SCALES[word] > scaled:  # "a thousand million": a larger scale scales all before it
                total = (total + current) * SCALES[word]
            else:
                total += (current or 1) * SCALES[word]
            current, scaled = 0, SCALES[word]
        elif word == "and" and start >= 0 and before in SPOKEN:  # "two hundred and ten", not "five and ten"
            last = match.end()
            continue
        else:
            if start >= 0:
                found.append((start, end, total + current))
            total = current = scaled = 0
            start = -1
            continue
        if start < 0:
            start = match.start()
        end = last = match.end()
    if start >= 0:
        found.append((start, end, total + current))
    return found


def occurs(value: float, numbers: set[float]) -> bool:
    """Whether `value` (its size: a fall of 3 is written "3") is one of `numbers`."""
    return any(math.isclose(abs(value), number, rel_tol=1e-9, abs_tol=1e-12) for number in numbers)


# a unit that may be written with a one-letter suffix: '5m' of these is five of them, not five million
LENGTHS = frozenset({"m", "metre", "metres", "meter", "meters", "km", "kilometre", "kilometres", "kilometer",
                     "kilometers", "k", "mile", "miles"})


def unscaled(value: float, text: str, unit: str = "") -> tuple[str, float, float] | None:
    """The number `text` writes with a scale ('48 million', '$2bn') whose digits alone `value` is, what it stands
    for (48000000) and its scale (1e6), unless `text` also gives `value` unscaled. A one-letter suffix counts
    after a currency sign, or for a figure whose `unit` is not a length: '$5m' and '1.2m people' are millions,
    '5m wide' five metres."""
    plain = _spelled(text)
    scaled = []
    counted = CURRENCY_SIGNS if not unit or LENGTHS.intersection(unit.lower().split()) else None
    for start, end, values in numerals_at(text):
        written = text[start:end]
        one_letter = len(written) > 1 and written[-2].isdigit() and written[-1].lower() in "kmb"
        before = text[start - 1] if start else " "  # ('' is in every string)
        if len(values) > 1 and not (one_letter and counted is not None and before not in counted):
            scaled.append((written, min(values), max(values)))
        else:
            plain.update(values)
    if occurs(value, plain):
        return None
    return next(((written, whole, whole / digits) for written, digits, whole in scaled if occurs(value, {digits})),
                None)


def range_scale(top: float, text: str) -> float:
    """The scale `text` writes `top` with ('3 million' in "$2-3 million": 1e6), else 1."""
    return next((max(values) / min(values) for _, values in numerals(text)
                 if len(values) > 1 and min(values) and occurs(top, {max(values)})), 1.0)


def names_scale(unit: str, scale: float, named: dict[str, float] | None = None) -> bool:
    """Whether a figure's unit carries a scale ('million tons', 'bn EUR'; by `named`, the site's language's scale
    words and abbreviations, casefolded: 'millions de voyages', 'Mio. Euro')."""
    return any(math.isclose(SPOKEN.get(word) or SUFFIXES.get(word) or (named or {}).get(word.rstrip(".")) or 0, scale,
                            rel_tol=1e-9) for word in unit.casefold().split())


def rounded(values: set[float]) -> set[float]:
    """Sizes rounded to 12 significant digits: `in` on them forgives what floats add (1.1 * 10**6), as occurs() does,
    without a pass over every number of a long source."""
    return {float(f"{abs(value):.12g}") for value in values}


def shown(value: float) -> str:
    """4200 -> '4,200'; 1.5 -> '1.5'; 1e-09 -> '0.000000001' (12 significant digits at most: 1.1 * 1e6 is 1,100,000)."""
    return f"{_plain(value):,f}"


def digits(value: float) -> str:
    """A number as a figure's value writes it: 48000000, 2.5, 0.000000001 (no separators, no exponent)."""
    return f"{_plain(value):f}"


def _plain(value: float) -> Decimal:
    """`value` to 12 significant digits (what a float computed from a figure may carry past them is no digit of it),
    as a Decimal, which writes it without an exponent; a whole number whole."""
    return Decimal(int(value)) if float(value).is_integer() else Decimal(f"{value:.12g}").normalize()


def a_sum(written: str, quote: str) -> bool:
    """Whether the number `written` is the sum of two of the numbers `quote` gives, or of all (a whole of its parts)."""
    wanted, parts = {value for _, values in numerals(written) for value in values}, [max(v) for _, v in numerals(quote)]
    return len(parts) > 1 and any(math.isclose(total, value, rel_tol=1e-9) for value in wanted
                                  for total in (sum(parts), *(a + b for a, b in itertools.combinations(parts, 2))))

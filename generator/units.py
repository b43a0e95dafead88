"""Units of measure a figure may count in, by kind (length, mass, area, volume, speed, temperature, power,
electricity used, time): for `check`, a figure whose quote gives its number in another unit of its kind ("11.5
kilometres" for `unit: miles`), a number converted; and the numbers a text gives in a unit, which a card's text must
give in its quote's ("12 months" for "12 years", a unit slipped)."""

from __future__ import annotations

import functools
import re

from generator.numbers import UNITS, whole_number

_SCALE_WORDS = r"(?:thousand|million|billion|milliers|millions?|milliards?|Millionen|Milliarden|mil|millones)"
# each unit: its names (any case, a plural's ending read; in English, French, German and Spanish) and its symbols
# (as written, right after a number)
_KINDS: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "length": {"kilometre": (("kilometre", "kilometer", "kilomètre", "kilómetro"), ("km",)),
               "mile": (("mile", "milla"), ("mi",)),
               "metre": (("metre", "meter", "mètre", "metro"), ("m",)),
               "foot": (("foot", "feet"), ("ft",)),
               "yard": (("yard",), ("yd",))},
    "mass": {"tonne": (("tonne", "ton", "tonelada"), ("t",)),
             "kilogram": (("kilogram", "kilogramme", "kilo", "Kilogramm", "kilogramo"), ("kg",)),
             "pound": ((), ("lb", "lbs")),
             "ounce": (("ounce",), ("oz",))},
    "area": {"hectare": (("hectare", "Hektar", "hectárea"), ("ha",)),
             "acre": (("acre",), ()),
             "square kilometre": (("square kilometre", "square kilometer", "kilomètre carré", "Quadratkilometer",
                                   "kilómetro cuadrado"), ("km²", "sq km")),
             "square mile": (("square mile",), ("sq mi",))},
    "volume": {"litre": (("litre", "liter", "Liter", "litro"), ("l",)),
               "megalitre": (("megalitre", "megaliter"), ("Ml",)),
               "gallon": (("gallon", "galón"), ("gal",)),
               "barrel": (("barrel", "baril", "barril"), ("bbl",)),
               "cubic metre": (("cubic metre", "cubic meter", "mètre cube", "Kubikmeter", "metro cúbico"), ("m³",))},
    "speed": {"kilometres per hour": (("kilometres per hour", "kilometers per hour"), ("km/h", "kph")),
              "miles per hour": (("miles per hour",), ("mph",)),
              "knot": (("knot", "nœud", "Knoten", "nudo"), ("kn",))},
    "temperature": {"Celsius": (("Celsius", "centigrade"), ("°C", "ºC")),
                    "Fahrenheit": (("Fahrenheit",), ("°F", "ºF"))},
    "power": {"kilowatt": (("kilowatt",), ("kW",)), "megawatt": (("megawatt",), ("MW",)),
              "gigawatt": (("gigawatt",), ("GW",))},
    "electricity": {"kilowatt-hour": (("kilowatt-hour", "kilowatt hour"), ("kWh",)),
               "megawatt-hour": (("megawatt-hour", "megawatt hour"), ("MWh",)),
               "gigawatt-hour": (("gigawatt-hour", "gigawatt hour"), ("GWh",)),
               "terawatt-hour": (("terawatt-hour", "terawatt hour"), ("TWh",))},
    "time": {"second": (("second",), ("secs",)), "minute": (("minute",), ("mins",)), "hour": (("hour",), ("hrs",)),
             "day": (("day",), ()), "week": (("week",), ()), "month": (("month",), ()), "year": (("year",), ()),
             "decade": (("decade",), ())},
}


def other_unit(figure_unit: str, quote: str) -> str | None:
    """How `quote` writes another unit of the kind `figure_unit` is of ('11.5 kilometres' for 'miles'), when it
    never writes `figure_unit`'s own; None otherwise, or for a unit not known here."""
    found = _unit_of(figure_unit)
    if found is None:
        return None
    kind, unit = found
    if _pattern(kind, unit, anywhere=True).search(quote):
        return None
    for other in _KINDS[kind]:
        if other != unit and (said := _pattern(kind, other).search(quote)):
            return " ".join(said.group(0).split())
    return None


@functools.lru_cache(maxsize=1024)  # (a briefing's figures count in a few units: each looked up once)
def _unit_of(written: str) -> tuple[str, str] | None:
    """The kind and unit a figure's unit is: its whole text, or its first word ('tons a year'), as a name or symbol."""
    for text in dict.fromkeys((written.strip(), written.strip().split(" ", 1)[0])):
        for kind, units in _KINDS.items():
            for unit, (names, symbols) in units.items():
                if text in symbols or any(re.fullmatch(rf"{re.escape(name)}(?:s|es)?", text, re.IGNORECASE)
                                          for name in names):
                    return kind, unit
    return None


@functools.lru_cache(maxsize=64)
def _pattern(kind: str, unit: str, anywhere: bool = False) -> re.Pattern[str]:
    """A unit as a quote writes it after a number (not an amount of money: '$5m' is no metre), a scale word between
    or none: a name (any case, with a plural's ending) or a symbol as written; `anywhere`, its name anywhere too."""
    names, symbols = _KINDS[kind][unit]
    named = [rf"(?i:{_spaced(name)}(?:s|es|n)?)(?![^\W\d_])" for name in names]
    parts = named + [rf"{re.escape(symbol)}(?![^\W\d_²³/])" for symbol in symbols]
    after = rf"(?<![$€£¥₹₽\w.,])\d[\d.,]*(?:\s?{_SCALE_WORDS})?[\s-]?(?:{'|'.join(parts)})"
    return re.compile(rf"{after}|(?<![^\W\d_])(?:{'|'.join(named)})" if anywhere and named else after)


def numbers_in_units(text: str) -> list[tuple[str, str, str, str]]:
    """Each number `text` gives in digits or English words in a unit of measure by its name ('12 months', '187
    megalitres', '34-second', "two months' pay"): its digits (and scale word), the kind and unit, and how it is
    written."""
    return [(str(whole_number(found[1]) if found[1][0].isalpha() else " ".join(found[1].replace(",", "").split())
                 ).casefold(), *_NAMED[" ".join(found[2].casefold().split())], found[0])
            for found in _IN_UNITS.finditer(text)] if _ANY_NAME.search(text) else []


def _spaced(name: str) -> str:
    """A name as a pattern, any white space between its words ('square   kilometre')."""
    return r"\s+".join(map(re.escape, name.split()))



_NAMED = {f"{name.casefold()}{ending}": (kind, unit) for kind, units in _KINDS.items()
          for unit, (names, _) in units.items() for name in names for ending in ("", "s", "es")}
_ANY_NAME = re.compile("|".join(sorted({re.escape(name[:5]) for name in _NAMED}, key=len, reverse=True)),
                       re.IGNORECASE)  # (a cheap test: most texts name no unit)
_WORDED = "|".join(sorted((word for word, value in UNITS.items() if value >= 1 and word != "couple"), key=len,
                          reverse=True))  # (one word: not 'five' of 'twenty-five')
_IN_UNITS = re.compile(rf"(?<![$€£¥₹₽\w.,])(\d[\d.,]*(?:\s?{_SCALE_WORDS})?|(?<![\w-])(?:{_WORDED}))[\s-]?("
                       rf"{'|'.join(_spaced(name) for name in sorted(_NAMED, key=len, reverse=True))})(?![^\W\d_])"
                       r"(?!(?<=second)-)", re.IGNORECASE)  # (not "2 second-half goals": an ordinal)

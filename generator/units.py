"""Units of measure a figure may count in, by kind (length, mass, area, volume, speed, temperature, power,
electricity used, time): for `check`, a figure whose quote gives its number in another unit of its kind ("11.5
kilometres" for `unit: miles`), a number converted; and the numbers a text gives in a unit, which a card's text must
give in its quote's ("12 months" for "12 years", a unit slipped)."""

from __future__ import annotations

import functools
import re

from generator.numbers import WORDED, whole_number

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
    found = []
    for number in _NUMBER.finditer(text):
        if (after := _AFTER.match(text, number.end())) is None:
            continue
        words = [*_WORD.finditer(text, after.start(2), after.end(2))]
        for count in range(len(words), 0, -1):  # (the longest name first: 'kilometres per hour', not 'kilometres')
            last = words[count - 1]
            if (unit := _NAMED.get(" ".join(word[0] for word in words[:count]).casefold())) is not None:
                if not (unit[1] == "second" and text[last.end():last.end() + 1] == "-"):  # (not "2 second-half
                    # goals": an ordinal)
                    value = number[0] if number[0][0].isdigit() else str(whole_number(number[0]))
                    found.append((" ".join(f"{value.replace(',', '')} {after[1] or ''}".split()).casefold(), *unit,
                                  text[number.start():last.end()]))
                break
    return found


def _spaced(name: str) -> str:
    """A name as a pattern, any white space between its words ('square   kilometre')."""
    return r"\s+".join(map(re.escape, name.split()))


# each unit's names as a text writes them after a number (lower case, a plural's ending too): its kind and unit
_NAMED = {f"{name.casefold()}{ending}": (kind, unit) for kind, units in _KINDS.items()
          for unit, (names, _) in units.items() for name in names for ending in ("", "s", "es")}
# a number in digits or one English word (not 'five' of 'twenty-five'; not an amount of money), then (_AFTER) its
# scale word and the words after it, one of which may name a unit
_NUMBER = re.compile(rf"(?<![$€£¥₹₽\w.,])\d[\d.,]*|(?<![\w-])(?:{WORDED})\b", re.IGNORECASE)
_AFTER = re.compile(rf"(?:\s?({_SCALE_WORDS}))?[\s-]?([^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}})", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")

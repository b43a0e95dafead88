"""Currencies: the ones figures show by their sign (this table is figures.CURRENCIES' too), how a text names each,
by sign, name or abbreviation, and whether it names one beside an amount (for check: numbers.py reads the
amounts)."""

from __future__ import annotations

import functools
import re

CURRENCY_NAMES = {  # the currencies a figure's unit may name (by code): sign, names and abbreviations in English
    "USD": ("$", ("dollar",), ("USD",)), "EUR": ("€", ("euro",), ("EUR",)),
    "GBP": ("£", ("pound", "sterling"), ("GBP",)), "JPY": ("¥", ("yen",), ("JPY",)),
    "INR": ("₹", ("rupee",), ("INR", "Rs")), "RUB": ("₽", ("rouble", "ruble"), ("RUB",)),
}
# the currencies' names in the other languages words/ ships (French, German, Spanish), as a quote may name them:
# "1.200 millones de dólares", "500 Millionen Pfund" (a plural's ending is read: livres, Rupien, yenes)
NAMES_ELSEWHERE = {"USD": ("dólar",), "GBP": ("livre", "pfund", "libra"), "INR": ("roupie", "rupie", "rupia"),
                    "RUB": ("rubel", "rublo")}
SIGNS_ELSEWHERE = {"JPY": ("円",)}  # written after the amount, in Japanese ("3億円"): a word of its own, no \b
# an amount in hundredths of a currency, its number first: "55 cents", "85p", "1 penny", "a 62-cent drop", "55c"
# (not "6 p.m.", nor "55C", a temperature)
_HUNDREDTHS = r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"  # ("1,284 pence": grouped too)
CENTS = re.compile(_HUNDREDTHS + r"(?:p\b(?!\.?\s?m\b)|(?-i:c)\b|-cents?\b|\s?(?:(?:euro\s?)?cents?\b|¢|pence\b|"
                   r"penny\b|paise\b|kopecks?\b|centimes?\b|c[ée]ntimos?\b|centavos?\b))", re.IGNORECASE)
_PENCE = re.compile(_HUNDREDTHS + r"(?:p\b(?!\.?\s?m\b)|\s?(?:pence|penny)\b)", re.IGNORECASE)  # sterling's


def cents_in(text: str) -> dict[float, str]:
    """Each number `text` gives in hundredths of a currency, with how it first writes it: {55.0: '55 cents'}."""
    found: dict[float, str] = {}
    for match in CENTS.finditer(text):
        found.setdefault(float(match[1].replace(",", "")), match[0])
    return found


def currency_code(unit: str) -> str | None:
    """The currency a figure's unit names by its code, its code in small letters or its sign: 'usd', '$' -> USD."""
    return next((code for code, (sign, _, _) in CURRENCY_NAMES.items() if unit.strip() in (sign, code, code.lower())),
                None)


def names_currency(text: str, unit: str) -> bool:
    """Whether `text` names the currency `unit` (a key of CURRENCY_NAMES): its sign, its name ('dollars') or an
    abbreviation ('USD', 'Rs.')."""
    return currency_named(text, unit) is not None


_US_DOLLAR = re.compile(r"(?<![A-Za-z])(?:US)?\$(?!(?:A|NZ|C|HK|S)\d)")  # not HK$, C$, A$, NZ$, R$, S$, MX$, nor
# $A, $NZ (an Australian paper's way): another country's dollar


def currency_named(text: str, unit: str) -> str | None:
    """How `text` first names the currency `unit` (see names_currency): its sign, or the word as written."""
    sign = CURRENCY_NAMES[unit][0]
    if sign in text and (sign != "$" or _US_DOLLAR.search(text)):
        return sign
    if other := next((other for other in SIGNS_ELSEWHERE.get(unit, ()) if other in text), None):
        return other
    if unit == "GBP" and (pence := _PENCE.search(text)):  # "58.6p", "4 pence"
        return pence[0]
    found = currencies_named((unit,)).search(text)
    return found[0] if found else None


_SCALE_WORDS = ("(?:thousand|million|billion|trillion|bn|mn|mln|m|k|b|milliard|md|mds|mrd|mrds|mio|millionen"
                "|milliarden?|millón|millones|mil|billón|billones|mille)s?")  # (English, French, German, Spanish)
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d[\s\u00a0\u202f]*\Z")  # "In 2019 the pound", "2024 Euro"


def currency_amount(text: str, unit: str) -> str | None:
    """How `text` names the currency `unit` beside an amount ('€1.2bn', '900,000 pounds', 'USD 5', '500 millions $',
    '15 millions d'euros'), as written; None where it does not ('the pound fell', 'Euro 2024', 'the 2024 Euro final',
    "here's the rub" name no amount; a year is none)."""
    for found in _amount_pattern(unit).finditer(text):
        if found.lastindex in (2, 3, 5) and _YEAR_BEFORE.search(text, 0, found.start(found.lastindex)):
            continue  # (after the amount: not after a year)
        return found[found.lastindex or 0]
    return None


@functools.lru_cache(maxsize=16)
def _amount_pattern(unit: str) -> re.Pattern[str]:
    sign, _, abbreviations = CURRENCY_NAMES[unit]
    spaces = "[\\s\u00a0\u202f]"
    scale = rf"(?:{spaces}*(?i:{_SCALE_WORDS})\.?)?"  # ('1.2 million', '5bn', '5 Mio.')
    between = rf"(?:{spaces}+(?i:de|of){spaces}+|{spaces}+(?i:d)['’]|{spaces}+)"  # ('15 millions d'euros')
    words = "|".join(_name_words(unit))
    marks = "|".join(re.escape(mark) for mark in abbreviations)
    sign = re.escape(sign)
    return re.compile(
        rf"({sign})(?={spaces}?\d)|(?<=\d){scale}{spaces}*({sign})"  # a sign before or after the amount
        rf"|(?<=\d){scale}{between}(?i:((?:{words})\b(?![-‐])))"  # a name after it (not 'euro-area')
        rf"|\b({marks})(?={spaces}?\d)|(?<=\d){scale}{spaces}*\b({marks})\b")  # an abbreviation, as written


@functools.lru_cache(maxsize=16)
def currencies_named(units: tuple[str, ...]) -> re.Pattern[str]:
    """What names any of the currencies `units` by name or abbreviation (not by sign), as names_currency reads
    them."""
    words = [word for unit in units for word in (*_name_words(unit), *CURRENCY_NAMES[unit][2])]
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


def _name_words(unit: str) -> list[str]:
    """The patterns of the currency `unit`'s names, in English and the other shipped languages, with a plural's
    ending ('livres', 'Rupien', 'yenes')."""
    return [f"{name}(?:s|es|n|en)?" for name in (*CURRENCY_NAMES[unit][1], *NAMES_ELSEWHERE.get(unit, ()))]


# other currencies a figure's unit may give by code, shown as written ("910 million CHF"), and how a quote names
# each: its name (a plural's ending read), a sign or the code (written as here)
CODES_SHOWN_AS_WRITTEN = {
    "CHF": ("franc", "Franken", "franco", "Fr."), "CAD": ("Canadian dollar", "C$"),
    "AUD": ("Australian dollar", "A$", "$A"), "NZD": ("New Zealand dollar", "NZ$", "$NZ"),
    "HKD": ("Hong Kong dollar", "HK$"), "SGD": ("Singapore dollar", "S$"),
    "CNY": ("yuan", "renminbi", "RMB"), "KRW": ("won",), "SEK": ("krona", "kronor"), "NOK": ("krone", "kroner"),
    "DKK": ("krone", "kroner"), "PLN": ("zloty", "zł"), "TRY": ("lira", "lire"), "BRL": ("real", "reais", "R$"),
    "MXN": ("peso", "MX$"), "ARS": ("peso",), "ZAR": ("rand",), "PKR": ("rupee", "Rs"), "NGN": ("naira", "₦"),
    "EGP": ("Egyptian pound", "E£"), "SAR": ("riyal",), "AED": ("dirham",), "ILS": ("shekel", "NIS", "₪"),
    "THB": ("baht", "฿"), "IDR": ("rupiah", "Rp"), "KES": ("shilling", "KSh"), "UAH": ("hryvnia", "₴"),
}


_DOLLARS = frozenset({"CAD", "AUD", "NZD", "HKD", "SGD"})
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$(?![A-Z]{1,2}\d)")  # (not US$, A$, $A, $US)


def code_named(text: str, code: str) -> bool:
    """Whether `text` names the currency `code` (a key of CODES_SHOWN_AS_WRITTEN): by its code, a sign or a name; a
    dollar by a bare $ too, as that country's papers write it ("$1.2-billion" in Toronto)."""
    names = CODES_SHOWN_AS_WRITTEN[code]
    if code in _DOLLARS and _BARE_DOLLAR.search(text):
        return True
    return (code in text and re.search(rf"(?<![A-Z]){code}(?![A-Z])", text) is not None) or any(
        (name in text) if not name[0].isalpha() or not name[-1].isalpha() or name.isupper() else
        re.search(rf"(?<!\w){re.escape(name)}(?:s|es|n)?(?!\w)", text, re.IGNORECASE) is not None for name in names)


# currencies a figure's unit cannot name by code here, by the words that follow an amount of them ("50,000 dinars",
# "2 million Kenyan shillings"), and the other currencies' names: an amount the quote gives in one of them is no
# amount of the figure's currency
_OTHER_CURRENCIES = ("dinars?", "pesos?", "yuan", "renminbi", "rand", "francs?", "kronor", "kronur", "krona",
                     "kroner", "krone", "crowns?", "reais", "reals?", "liras?", "lire", "rials?", "riyals?",
                     "dirhams?", "shekels?", "zlotys?", "zloty", "forints?", "won", "baht", "ringgit", "rupiah",
                     "nairas?", "shillings?", "cedis?", "taka", "hryvnias?", "tenge", "lari", "dong", "kwacha",
                     # in French, German and Spanish
                     "Franken", "francos?", "dinares", "d[ií]rhams?", "yuanes", "coronas?", "Kronen", "séqueles",
                     "Schekel", "Zloty", "esloti", "Rand", "rands")


@functools.lru_cache(maxsize=8)
def _another_after(unit: str) -> re.Pattern[str]:
    others = [*_OTHER_CURRENCIES, *(rf"{re.escape(name)}s?" for code, (_, names, _) in CURRENCY_NAMES.items()
                                    if code != unit for name in names if name != "dollar")]
    return re.compile(rf"(?:\s+(?:million|billion|thousand|m|bn))?\s+(?:(?:de|d['’]|of)\s*)?(?:[A-Z][a-z]+\s+)?"
                      rf"({'|'.join(others)})\b", re.IGNORECASE)


def in_another_currency(text: str, written: list[str], unit: str) -> str | None:
    """How `text` gives an amount (its numbers as `written`) in a currency other than `unit` (a key of
    CURRENCY_NAMES), when it gives it so wherever it writes it, and never after `unit`'s sign: "50,000 dinars" for
    a figure of 50,000 USD in "50,000 dinars each, about $34,000"."""
    sign = CURRENCY_NAMES[unit][0]
    said = None
    for number in written:
        for at in (found.start() for found in re.finditer(rf"(?<![\d.,]){re.escape(number)}(?![\d.,]?\d)", text)):
            before = text[max(0, at - 2):at].strip()
            other = _another_after(unit).match(text, at + len(number)) or (  # ("€18.4 billion ($21.3 billion)" for
                _SCALE.match(text, at + len(number)) if before[-1:] in _OTHER_SIGNS[unit] else None)  # $18.4 billion)
            if other is None or before.endswith(sign):
                return None
            said = said or text[at - (before[-1:] in _OTHER_SIGNS[unit]):other.end()]
    return said


_SCALE = re.compile(r"(?:\s*(?:million|billion|thousand|m|bn)\b)?")  # (after an amount: it matches anything)
_OTHER_SIGNS = {code: "".join(other for other, _, _ in CURRENCY_NAMES.values() if other != sign)
                for code, (sign, _, _) in CURRENCY_NAMES.items()}  # (another currency's, before an amount: €18.4,
# or $4.6 billion for a card's euros; a dollar's sign ends HK$ and A$ too, which a card's $ is not checked against)

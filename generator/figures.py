"""Numbers and changes for people: 4,200; $2.5 billion; 1.5 million → 2 million riders a year, +33.3%; 3.9% → 4.5%,
+0.6 points. In the site's words: '2,5 millions', '4,5 %' in French."""

from __future__ import annotations

import functools
import math
import re
from decimal import Context, Decimal
from typing import NamedTuple

from markupsafe import Markup, escape

from generator.currencies import CURRENCY_NAMES
from generator.model import Figure
from generator.numbers import PERCENT_WORDS
from generator.statedchanges import WAY_BEFORE, stated_digits, stated_percent, stated_points
from generator.words import ENGLISH, Words, substitute

CURRENCIES = {code: sign for code, (sign, _, _) in CURRENCY_NAMES.items()}  # the units shown by their sign
MAX_PERCENT = 1_000_000  # a change this many percent or more is not given as one (1e308 from 1e-40 showed '+inf%')
SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))  # and the name of its words


def number(value: float, words: Words = ENGLISH, places: int = 0, largest: int = SCALES[0][0]) -> str:
    """4200 -> '4,200'; 2500000 -> '2.5 million'; 0.125 -> '0.125': every digit the value has, none added; with
    `places`, the decimals it was written with (2.4 written 2.40 -> '2.40'; at a scale, its number's: 1.1 billion
    written 1.10 billion); in no scale above `largest`."""
    if value < 0:  # a true minus sign, as a change has (-5 was a hyphen)
        return "\u2212" + number(-value, words, places, largest)
    value = value + 0  # -0.0 -> 0.0: no sign
    if places and abs(value) < SCALES[-1][0]:
        return _written(value, places, words)
    for size, name in SCALES:
        if abs(value) >= size and size <= largest:
            if isinstance(value, float) and abs(value) >= 2**53:  # past a float's whole numbers: its digits, scaled
                exact = (Decimal(repr(value)) / size).normalize()  # exactly (float division: 99,999,...,998,134...)
                if exact.as_tuple().exponent >= -2:  # type: ignore[operator]  # (a finite float's is an int)
                    return f"{words.digits(f'{exact:,f}')} {words.form(abs(float(exact)), name)}"
                break
            scaled = round(value / size, 2)
            if (value % (size // 100) == 0) if isinstance(value, int) else abs(scaled * size - value) < size * 1e-9:
                return f"{_padded(_plain(scaled, words), places, words)} {words.form(abs(scaled), name)}"
    return _written(value, places, words) if places else _plain(value, words)


def _padded(text: str, places: int, words: Words) -> str:
    """A number's digits with zeros after its last decimal up to `places` decimals ('1.1', 2 -> '1.10'); none cut."""
    whole, _, decimals = text.partition(words.decimal_mark)
    return f"{whole}{words.decimal_mark}{decimals.ljust(places, '0')}" if len(decimals) < places else text


def _quoted_places(value: float | None, quote: str, words: Words) -> int:
    """The decimals `quote` writes the number `value` with, past its own ('$1.10 billion', '1.10bn' for 1.1 billion:
    2; '$3.10 a share' for 3.1: 2); 0 where it writes none more (most)."""
    if value is None:
        return 0
    shown = number(abs(value), words)
    digits, mark = shown.split(None, 1)[0], words.decimal_mark
    whole, _, decimals = digits.partition(mark)
    after = ""
    if name := _scale(shown, words):  # then with its scale: '1.10 billion', '2.50-3.00 million', '1,10 Mrd.'
        after = rf"(?:\s?[-\u2013]\s?[\d.,]+)?[\s\u00a0-]?(?:{_scale_words(words, name)})(?!\w)"
    elif not decimals:  # a whole number written with a decimal 0 is a percentage's ('2.0%'), seldom a count's
        after = r"\s?(?:%|per\s?cent\b|percent\b)"
    found = re.search(rf"(?<![\d.,]){re.escape(whole + mark + decimals)}(0+)(?![\d.,]\d){after}", quote,
                      re.IGNORECASE)
    return len(decimals) + len(found[1]) if found else 0


def _quoted_scale(value: float, quote: str, words: Words) -> int:
    """The largest scale to show `value` in: a smaller one where `quote` writes it so ('12,480 million' for 12.48
    billion, as Spanish papers write '12.480 millones'), else any."""
    for size, name in SCALES:
        if abs(value) >= size * 1000 and value % size == 0:
            whole, separator = _plain(abs(value) / size, words), words.thousands_separator
            grouped = re.escape(whole).replace(re.escape(separator), "[ \u00a0\u202f\u2009]" if separator.isspace()
                                               else re.escape(separator))  # ('12 480': any space, as copy has it)
            pattern = f"{grouped}|{re.escape(whole.replace(separator, ''))}"
            if re.search(rf"(?<![\d.,])(?:{pattern})[\s\u00a0\u202f]?(?:{_scale_words(words, name)})(?!\w)", quote,
                         re.IGNORECASE):
                return size
    return SCALES[0][0]


@functools.lru_cache(maxsize=16)
def _scale_words(words: Words, name: str) -> str:
    """The ways a number's scale `name` is written after it, as a pattern: its words' forms ('millions'), their
    abbreviations ('Mio.') and the newsroom's ('m', 'mn')."""
    forms = ({form.replace("{n}", "").strip() for form in getattr(words, name)} | set(_ABBREVIATIONS[name])
             | {word for word, scale in words.scale_abbreviations if scale == name})
    return "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))


_ABBREVIATIONS = {"million": ("m", "mn", "mln"), "billion": ("b", "bn", "bln"), "trillion": ("t", "tn", "trn")}
_TRAILING_ZERO = re.compile(r"\d[.,]\d*0(?!\d)")  # a number with a decimal 0 last ('1.10'): what a quote may scale


def _written(value: float, places: int, words: Words) -> str:
    """The value with `places` decimals, from its shortest digits: 0.3 written 0.30000000000000000 shows so, not
    the float's 0.29999999999999999."""
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), context=Context(prec=places + 400))
    return words.digits(f"{exact:,f}")


def _plain(value: float, words: Words) -> str:
    if isinstance(value, int) or value.is_integer():
        return words.digits(f"{int(value):,}")
    return words.digits(f"{Decimal(repr(value)):,f}")  # the shortest digits of this float: 0.000001, not 1e-06


PERCENT = frozenset({"%", "percent", "per cent"})  # units shown as a sign after the number: 4.5%


def amount(value: float, unit: str | None, words: Words = ENGLISH, places: int = 0,
           largest: int = SCALES[0][0]) -> str:
    """A number with its unit: '$2.5 billion', '4.5%', '10 buses' (in no scale above `largest`)."""
    written = number(abs(value) if unit in CURRENCIES else value, words, places, largest)
    if unit in CURRENCIES:
        sign = "\u2212" if value < 0 else ""
        return sign + substitute(words.currency, sign=CURRENCIES[unit], amount=written)
    if unit in PERCENT:
        return substitute(words.percent, number=written)
    return f"{written} {unit}" if unit else written



def _points(start: float, value: float, words: Words) -> str:
    """The change between two percentages, in percentage points, exactly: 3.9% -> 4.5% is '+0.6 points'."""
    difference = Decimal(repr(value)) - Decimal(repr(start))
    if not difference:
        return words.no_change
    if not math.isfinite(float(difference)):  # 1e308% from -1e308%: no number to show
        return ""
    sign = "+" if difference > 0 else "\u2212"
    return substitute(words.form(abs(difference), "points"), n=sign + _plain(float(abs(difference)), words))


def _bare(low: str, high: str, words: Words | None = None) -> str:
    """The low end of a range without the percent sign or scale words the high end repeats: '20' of '20%' and '25%',
    '$2' of '$2 million' and '$3.5 million' ($2–$3.5 million), '10' of '10 mil millones' and '12 mil millones'."""
    if low.endswith("%") and high.endswith("%"):
        return low.removesuffix("%").rstrip("\u00a0\u202f ")
    rest, _, scale = low.partition(" ")
    if scale.replace(" ", "").isalpha() and rest and (high.partition(" ")[2] == scale or (
            words is not None and _scale(low, words) == _scale(high, words) != "")):  # ('1,5 million', '2 millions')
        return rest
    return low


class Shown(NamedTuple):
    """A figure ready for a template: its texts, the change and the bar lengths of its chart."""

    figure: Figure
    value_text: str  # the number as shown large: '$2.5 billion', '2 million'
    unit_text: str  # the unit shown after it ('' for currencies)
    start_text: str  # the earlier value, '' unless the figure is a change
    change_text: str  # '+33%', '' unless a change from a non-zero value, under MAX_PERCENT
    spoken: str  # the whole figure in words, for screen readers and SVG titles
    bar_start: int  # bar widths in the chart, 0-100 (0 for a zero); 0 and 0 for no chart (an end below zero)
    bar_value: int
    change_given: bool = False  # whether the change is the quote's own ('an increase of 32%'), not worked out
    value_html: Markup = Markup()  # value_text as HTML a narrow column breaks only after a thousands separator
    start_html: str = ""  # start_text so (Markup: see breakable), or '' where none is needed (most)

    @property
    def long(self) -> bool:
        """Whether the value is too long for a narrow column at full size ('$412.6 million', '1,27 milliard €',
        '¥123,456,789': its digits, wider than most letters, count a quarter more)."""
        hedge, text = self.figure.hedge, self.value_text
        if hedge and not text.startswith(hedge) and text.endswith(hedge):  # ('40% or more': counted as 'or more 40%')
            text = f"{hedge} {text[:-len(hedge)].rstrip()}"
        return _is_long(text, len(hedge) + 1 if hedge and text.startswith(hedge) else 0)


@functools.lru_cache(maxsize=4096)  # (a listing asks it of every figure on every page: ~2 µs a time, worked out)
def _is_long(text: str, hedged: int) -> bool:
    """Whether `text`, its first `hedged` characters a hedge drawn at HEDGE_SIZE, is longer than LONG_VALUE."""
    number = text[hedged:]
    return hedged * HEDGE_SIZE + len(number) + sum(map(str.isdigit, number)) / 4 > LONG_VALUE


LONG_VALUE = 13  # characters: '$500 million' (12.75) fits a column of the figures panel at full size (style.css)
HEDGE_SIZE = 0.55  # a hedge's size against its number's (style.css's .figure-hedge): "fewer than 1%" is short


def show(figure: Figure, words: Words = ENGLISH, quote: str = "") -> Shown:
    """`figure` for a template; a change the `quote` states (870 -> 1,150, "an increase of 32%") as the quote
    writes it, where the worked-out one (32.2%) rounds to it; its hedge before its number ("up to 95")."""
    shown = _show(figure, words, quote)
    if not figure.hedge:
        return shown
    if after := hedge_after(figure.hedge, quote):  # as the quote writes it: '40% or more', '40,000-plus'
        return shown._replace(value_text=shown.value_text + after, value_html=shown.value_html + Markup(
            after[:-len(figure.hedge)] + '<span class="figure-hedge">{}</span>').format(figure.hedge))
    return shown._replace(value_text=f"{figure.hedge} {shown.value_text}", value_html=Markup(
        '<span class="figure-hedge">{}</span> ').format(figure.hedge) + shown.value_html)


@functools.lru_cache(maxsize=256)  # (asked for a figure's text, what it says and its checks)
def hedge_after(hedge: str, quote: str) -> str:
    """`hedge` as it follows a number, where `quote` writes it after one and never before one: ' or more' ("40% or
    more"), '-plus' ("40,000-plus"), '+'; '' where it goes before its number."""
    written = re.escape(hedge)
    if re.search(rf"\d\s?(?:{PERCENT_WORDS})?\s*{written}(?!\w)", quote, re.IGNORECASE) is None \
            or re.search(rf"(?<!\w){written}\W{{0,3}}\d", quote, re.IGNORECASE) is not None:
        return ""
    return hedge if hedge[0] in "-+" else f" {hedge}"


def _show(figure: Figure, words: Words, quote: str) -> Shown:
    unit = figure.unit
    after = hedge_after(figure.hedge, quote) if figure.hedge else ""  # (after its number, as the quote writes it)
    hedge = f"{figure.hedge} " if figure.hedge and not after else ""
    places, start_places, max_places = figure.places
    if quote and _TRAILING_ZERO.search(quote):  # ("$1.10 billion": shown so, not as '$1.1 billion')
        places, start_places, max_places = (max(given, _quoted_places(value, quote, words)) for given, value in
                                            zip(figure.places, (figure.value, figure.start, figure.value_max),
                                                strict=True))
    largest = min(_quoted_scale(figure.value, quote, words), _quoted_scale(figure.value_max or 0, quote, words)) \
        if quote and figure.start is None and max(abs(figure.value), abs(figure.value_max or 0)) >= 10**9 \
        else SCALES[0][0]  # (a thousand million at least: what a smaller scale may write)
    if unit in CURRENCIES and (name := _currency_name(figure, words, largest)):
        unit = name  # after a scale word, named as any unit: '49.716 millones de euros', '900.000 euros → 1,2 millones
        # de euros' (not '49.716 millones €')
    currency = unit in CURRENCIES or unit in PERCENT  # a sign written with the number
    value_text = (amount(figure.value, unit, words, places, largest) if currency
                  else number(figure.value, words, places, largest))  # (in the quote's scale: '12.480 millones')
    value_said = value_text if currency or not unit else f"{value_text} {_of(value_text, unit, words)}"
    if figure.value_max is not None:  # a range: 20–25%, $2–3 million; said "20% to 25%"
        upper = (amount(figure.value_max, unit, words, max_places, largest) if currency
                 else number(figure.value_max, words, max_places, largest))
        value_said = f"{value_text} {words.to} {upper}" + ("" if currency or not unit else
                                                            f" {_of(upper, unit, words)}")
        if (sign := CURRENCIES.get(unit or "")) and not words.currency.startswith("{sign}"):  # one sign after both:
            low, high = number(figure.value, words, places, largest), number(figure.value_max, words, max_places,
                                                                             largest)  # '10–12
            value_text = substitute(words.currency, sign=sign,  # mil millones €', not '10 mil millones €–12 mil…'
                                    amount=f"{_bare(low, high, words)}\u2013{high}")
        elif currency:
            value_text = f"{_bare(value_text, upper)}\u2013{upper}"
        elif unit and _scale(value_text, words) != _scale(upper, words):  # "900–1.2 million visitors" reads as 900
            value_text = f"{value_text} {_of(value_text, unit, words)}\u2013{upper}"  # million: "900 visitors–1.2
            # million visitors"
        else:  # (one scale: written once, "2–3 million visitors", "1,5–2 millions de touristes")
            value_text = f"{_bare(value_text, upper, words)}\u2013{upper}"
        value_text = re.sub(r"(?<![\w.,])-(?=[\d$€£¥₹₽])", "\u2212", value_text)  # -5–-2: true minus signs
    unit_text = "" if currency else _of(value_text, unit or "", words)
    given = False
    if figure.start is None:
        spoken = substitute(words.spoken, label=figure.label, value=hedge + value_said.replace(
            value_text, value_text + after, 1))
        return Shown(figure, value_text, unit_text, "", "", spoken, 0, 0, False,
                     breakable(value_text, words.thousands_separator))
    start_text = (amount(figure.start, unit, words, start_places) if currency
                  else number(figure.start, words, start_places))
    sizes = [size for name in (_scale(start_text, words), _scale(value_text, words)) for size, scale in SCALES
             if scale == name]
    if len(sizes) == 2 and sizes[0] != sizes[1] and min(abs(figure.start), abs(figure.value)) >= max(sizes):
        # both past the larger scale, one in the smaller only for its decimals: '2,045 million → 2,310 million', as
        # an article writes them, not '2,045 million → 2.31 billion' (but '$900 million → $1.2 billion')
        largest = min(sizes)
        value_text = (amount(figure.value, unit, words, places, largest) if currency
                      else number(figure.value, words, places, largest))
        value_said = value_text if currency or not unit else f"{value_text} {_of(value_text, unit, words)}"
        start_text = (amount(figure.start, unit, words, start_places, largest) if currency
                      else number(figure.start, words, start_places, largest))
    start_said = start_text if currency or not unit else f"{start_text} {_of(start_text, unit, words)}"
    if _scale(start_text, words) != _scale(value_text, words) and not currency and unit:  # "559 → 344 million
        start_text = start_said  # wells" read as 559 million: "559 wells → 344 million wells"
    change = ""
    if unit in PERCENT:  # a change of a share: +0.6 points, not +15%
        change = _points(figure.start, figure.value, words)
        given = bool(quote) and stated_points(abs(figure.value - figure.start), quote, words,
                                               {figure.start, figure.value}, figure.value > figure.start) is not None
    elif figure.start == figure.value:
        change = words.no_change  # (as a share's: not "+0%")
    elif figure.start and figure.start * figure.value >= 0:  # (from a deficit to a surplus: no percentage says it)
        percent = (figure.value - figure.start) / abs(figure.start) * 100
        if math.isfinite(percent) and abs(percent) < MAX_PERCENT:
            digits = 1 if abs(percent) < 99.95 else 0  # +12.5%, not +13% (an article gives 12.5%); +9,900%
            while percent < 0 and percent != -100 and round(percent, digits) == -100 and digits < 6:
                digits += 1  # 12,000 → 3 is −99.98%: −100% is a fall to nothing
            if 0 < abs(percent) < 0.05:  # down to its first digit: +0.04%, not +0% (no change, it would say)
                digits = -math.floor(math.log10(abs(percent)))
            found = stated_percent(abs(percent), quote, words, percent > 0) if quote else None
            stated, given = (stated_digits(found, words) if found else None), found is not None
            if figure.start > 0 or given:  # (a loss's change worked out, "−250%" for one that deepens, reads as past
                # zero: none; the article's own, "narrowed 50%", is shown)
                written = (f"{'+' if percent > 0 else '-'}{stated}" if stated
                           else f"{percent:+,.{digits}f}".removesuffix(".0"))
                change = substitute(words.percent, number=words.digits(written).replace("-", "\u2212"))  # a true minus
    top = max(abs(figure.start), abs(figure.value)) or 1
    spoken = substitute(words.spoken_change, label=figure.label, start=start_said,
                        value=hedge + value_said.replace(value_text, value_text + after, 1))
    if change:  # a change the quote does not give is said to be worked out, in the bars' tooltip as beside them
        spoken += f", {change}" if given else f", {change} ({words.worked_out})"
    html = breakable(value_text, words.thousands_separator), _html(start_text, words)
    if min(figure.start, figure.value) < 0:  # bars of sizes would draw −3 → 1.5 or −3 → 0 as a fall: none (0, 0)
        return Shown(figure, value_text, unit_text, start_text, change, spoken, 0, 0, given, *html)
    return Shown(figure, value_text, unit_text, start_text, change, spoken,
                 _bar(figure.start, top), _bar(figure.value, top), given, *html)


def _currency_name(figure: Figure, words: Words, largest: int) -> str:
    """The name of a figure's currency where the language names it after a scale word and one of its numbers is
    written with one, else ''."""
    name = dict(words.currency_names).get(figure.unit or "", "") if words.currency_names else ""
    numbers = ((figure.value, largest), (figure.value_max, largest), (figure.start, SCALES[0][0]))
    return name if name and any(_scale(number(abs(value), words, 0, most), words) for value, most in numbers
                                if value is not None) else ""


def _html(text: str, words: Words) -> str:
    """`breakable(text)` where it breaks the number, else ''."""
    html = breakable(text, words.thousands_separator) if len(text) > 9 else ""
    return html if "<wbr>" in html else ""


def breakable(text: str, separator: str = ",") -> Markup:
    """A figure's number as HTML that a narrow column breaks only after a thousands `separator` (or a space) before
    a group of three ("$2,345,678,<wbr>901", not "$2,345,678,9" and "01": a reader takes the first line for the
    number); short ones as they are."""
    escaped = escape(text)
    if len(text) <= 9:
        return escaped
    return Markup(_group_ends(separator).sub("<wbr>", str(escaped)))


@functools.lru_cache(maxsize=8)
def _group_ends(separator: str) -> re.Pattern[str]:
    marks = re.escape("".join(dict.fromkeys(separator + "\u00a0\u202f\u2009 ")))
    return re.compile(rf"(?<=\d[{marks}])(?=\d{{3}}(?!\d))")


def _bar(value: float, top: float) -> int:
    """A bar's length, of 100: at least 1 for any value but zero (drawn as none)."""
    return 0 if value == 0 else max(1, round(abs(value) / top * 100))


_VOWELS = frozenset("aeiouyhàâäéèêëîïôöûüœæ")


def _of(number_text: str, unit: str, words: Words) -> str:
    """`unit` as it follows `number_text`: after a scale, with the word the language puts between ('1,27 millones de
    clientes', '2 millions d’habitants'; English and German put none)."""
    before_consonant, before_vowel = words.scale_of
    if not unit or not before_consonant or not _scale(number_text, words):
        return unit
    joiner = before_vowel if unit[0].casefold() in _VOWELS else before_consonant
    written = unit.casefold().replace("'", "’")
    if any(written.startswith(form.casefold().replace("'", "’") + ("" if form.endswith(("’", "'")) else " "))
           for form in (before_consonant, before_vowel) if form):
        return unit  # (written with it: 'de clientes', "d'habitants"; not 'desempleados')
    return unit if not joiner else joiner + unit if joiner.endswith(("’", "'")) else f"{joiner} {unit}"


def _scale(text: str, words: Words) -> str:
    """The scale a number is written with ('million' for '2.5 million', '2,5 millions' or '500 millions $'), or ''."""
    rest = text.split(None, 1)[1:]
    if not rest:  # (most: '4,200', '$500')
        return ""
    written = f" {' '.join(rest[0].split())} "  # (a scale of two words: 'mil millones')
    return next((name for name, forms in _scale_forms(words) if any(form in written for form in forms)), "")


_FORMS: dict[int, tuple[Words, list[tuple[str, tuple[str, str]]]]] = {}  # id(words) -> (words, its scale words)


def _scale_forms(words: Words) -> list[tuple[str, tuple[str, str]]]:
    """Each scale's name and its words in `words` (for one and more), spaces around them: ('million', (' million ',
    ' million ')), largest first."""
    kept = _FORMS.get(id(words))
    if kept is None or kept[0] is not words:
        kept = _FORMS[id(words)] = (words, [(name, (f" {words.form(1, name)} ", f" {words.form(2, name)} "))
                                            for _, name in SCALES])
    return kept[1]


def stated_change(figure: Figure, quote: str, words: Words = ENGLISH) -> tuple[bool, str] | None:
    """Whether the quote states the size of the change a figure makes (`from` to `value`: 'up 4.1 points', 'a rise
    of 5%'), said its way (True) or the other way (False), with the words it states it in; None if it does not."""
    if figure.start is None or figure.start == figure.value or not quote:
        return None
    rising = figure.value > figure.start
    if figure.unit in PERCENT:
        levels = {figure.start, figure.value}
        way, either = (stated_points(abs(figure.value - figure.start), quote, words, levels, rising),
                       stated_points(abs(figure.value - figure.start), quote, words, levels))
    elif figure.start and figure.start * figure.value > 0:
        percent = abs(figure.value - figure.start) / abs(figure.start) * 100
        way, either = (stated_percent(percent, quote, words, rising), stated_percent(percent, quote, words))
    else:
        return None
    found = way or either
    if found is None:
        return None
    before = WAY_BEFORE.search(quote, max(0, found.start() - 40), found.start())
    return way is not None, quote[before.start() if before else found.start():found.end()]

"""The warnings of `check` about a card's figures: each checked against the card's quote."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from generator import asenglish, currencies, numbercontexts, numbers, units
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.figures import PERCENT, stated_change
from generator.model import Figure
from generator.numberchecks import HYPHENED_SCALE, places_of, shared_scale
from generator.statedchanges import WAY_BEFORE

if TYPE_CHECKING:
    from generator.words import Words


_ONE = re.compile(r"\b(?:a|an|one|another)\s", re.IGNORECASE)


def _one_of(unit: str | None, quote: str) -> bool:
    """Whether `quote` gives one of `unit` in words: "nearly a metre" for 1 metre (or metres), "at least another week"
    for 1 week."""
    word = (unit or "").strip().casefold().removesuffix("s")
    return len(word) > 2 and re.search(rf"\b(?:a|an|one|another)\s+{re.escape(word)}s?\b", quote,
                                       re.IGNORECASE) is not None


_CENT = re.compile(r"(?:cents?|¢|c)\Z", re.IGNORECASE)  # (not pence, paise or kopecks: another currency's)


def _in_its_cents(cents: dict[float, str], value: float, unit: str, source: str) -> bool:
    """Whether a quote gives `value` in cents (its `cents`: "20 cents" for 0.2 USD) of the currency `unit`, which
    the `source` names elsewhere: "a dividend of 20 cents" in an article of dollars."""
    written = cents.get(round(value * 100, 6))
    return unit in ("USD", "EUR") and written is not None and _CENT.search(written) is not None \
        and currencies.names_currency(source, unit)


def figure_warnings(entries: list[Entry], read: asenglish.AsEnglish, words: Words, source: str = "") -> list[Finding]:
    """A figure whose value (or `from`) is not a number the card's quote gives (its numbers `read` as English
    writes them), or whose currency it never names (nor, for an amount it gives in cents, the `source` text).
    Values are shown as the site's `words` write numbers."""

    def shown(value: float) -> str:
        return words.digits(numbers.shown(value))

    found = []
    said = re.search(r"(\S+)\s*\{start\}\s*(\S+)\s*\{value\}", words.spoken_change)  # 'von {start} auf {value}'
    change_words = (said[1], said[2]) if said else ("from", "to")
    for entry in entries:
        if not entry.card.figures:
            continue
        as_written = entry.card.source_quote
        reading = read.read(HYPHENED_SCALE.sub(" ", as_written) if "-" in as_written else as_written)  # ($1.2-billion)
        quote = reading.text
        contexts = numbercontexts.contexts(quote, *change_words)
        given = {value for _, values in reading.numerals for value in values} | {v for _, v in reading.spelled} | \
            shared_scale(quote) | numbers.durations(quote) | ({2} if _TWICE.search(quote) else set())  # ('between 12
        # and 15 million': 12 million too; 'seven years and six months'; "raised twice" for 2)
        written = [text for text, _ in reading.numerals] + [text for text, v in reading.spelled  # (no 'a', 'one')
                                                             if v >= 2 or v < 1]
        parts = numbers.shares(quote, (v for _, v in reading.spelled))
        cents = currencies.cents_in(quote)  # "55 cents": 0.55 of a currency
        listed = "; ".join(dict.fromkeys(written))  # as the quote writes them ("2019", "9.2 million"), once each
        hint = f"numbers in it: {listed}" if listed else "it has no numbers"
        for figure in entry.card.figures:
            i = figure.index  # (as the card writes its list: one with an error is left out)
            if (code := currencies.currency_code(figure.unit or "")) and code != figure.unit:  # unit: eur, or €
                sign = currencies.CURRENCY_NAMES[code][0]
                shared = f", if it is in {code} (another currency written {sign} is shown by its code, as written)"
                found.append(warn(entry, ("figures", i, "unit"), f"figures[{i}].unit '{figure.unit}' is shown as it "
                                   f"is written: write {code} to show the figure as {sign}"
                                   + (shared if (figure.unit or "").strip() == sign else "")))  # $: CAD, AUD; ¥: CNY
            if figure.unit in currencies.CURRENCY_NAMES and not currencies.names_currency(entry.card.source_quote,
                                                                                     figure.unit) \
                    and not _in_its_cents(cents, figure.value, figure.unit, source):
                sign, names, _ = currencies.CURRENCY_NAMES[figure.unit]
                found.append(warn(entry, ("figures", i, "unit"), f"figures[{i}].unit is {figure.unit}, but the "
                                                                   f"source_quote does not name it ({sign}, "
                                                                   f"{', '.join(names)}, {figure.unit})"))
            elif figure.unit in currencies.CURRENCY_NAMES and (other := currencies.in_another_currency(
                    as_written, [text for text, values in reading.numerals if numbers.occurs(figure.value, values)],
                    figure.unit)):
                found.append(warn(entry, ("figures", i, "unit"), f"figures[{i}].unit is {figure.unit}, but the "
                                                                   f"source_quote gives it in another currency: "
                                                                   f"'{other}'"))
            elif figure.unit in currencies.CODES_SHOWN_AS_WRITTEN and not currencies.code_named(as_written,
                                                                                                figure.unit):
                named = ", ".join((figure.unit, *currencies.CODES_SHOWN_AS_WRITTEN[figure.unit]))
                found.append(warn(entry, ("figures", i, "unit"), f"figures[{i}].unit is {figure.unit}, but the "
                                                                   f"source_quote does not name it ({named})"))
            elif figure.unit and (other := units.other_unit(figure.unit, as_written)) and not _bare(
                    figure.value, as_written, reading.numerals):  # (not "Hiremath, 58," for an age in years)
                found.append(warn(entry, ("figures", i, "unit"), f"figures[{i}].unit is '{figure.unit}', but the "
                                                                   f"source_quote gives '{other}', in another unit "
                                                                   "(and never names this one): a number converted?"))
            # a range written with one scale word, "$2-3 million": its low end is 2 million
            scale = numbers.range_scale(figure.value_max, quote) if figure.value_max is not None else 1.0
            low = {number * scale for number in given} if scale != 1 else set()
            # a change written with one scale word, "from 412 to 238.5 million": the number it starts from (after
            # "from", written without a scale) is 412 million
            one_scale = 1.0 if figure.start is None else max(numbers.range_scale(figure.value, quote),
                                                             numbers.range_scale(figure.start, quote))
            ends = {number * one_scale for context in contexts if context.earlier and len(context.values) == 1
                    for number in context.values} if one_scale != 1 else set()
            shares = parts if figure.unit in PERCENT else set()  # "a third" is 33%, 33.3% or 33.33%
            money = figure.unit in currencies.CURRENCY_NAMES
            hundredths = {number / 100 for number in cents} if money else set()
            change = stated_change(figure, entry.card.source_quote, words)  # ('up 4.1 points': from is 4.1 less)
            for key, value in (("value", figure.value), ("from", figure.start), ("value_max", figure.value_max)):
                if value is None:
                    continue
                if grouped := _grouped_with_points(entry, ("figures", i, key), words):
                    whole, _, decimals = grouped.partition(".")
                    meant = numbers.unscaled(float(grouped.replace(".", "")), quote, figure.unit or "")  # ('1.270
                    # millones': 1270000000 at once, not 1270 and then a warning of its scale)
                    digits = numbers.digits(meant[1]) if meant else grouped.replace(".", "")
                    found.append(warn(entry, ("figures", i, key), f"figures[{i}].{key} is written {grouped}, which "
                                       f"YAML reads as {numbers.shown(value)} (a point is its decimal mark), shown as "
                                       f"{whole}{words.decimal_mark}{decimals}: for {grouped} as this site writes "
                                       f"numbers, write {digits}"))
                elif key == "value" and low and value * scale <= (figure.value_max or 0) \
                        and numbers.occurs(value, given):
                    found.append(warn(entry, ("figures", i, key), f"figures[{i}].value {shown(value)} is "
                                       f"the low end of a range the source_quote scales as its top: write "
                                       f"{numbers.digits(value * scale)}"))
                elif money and numbers.occurs(value, set(cents)) and not any(
                        context.money and numbers.occurs(value, context.values)
                        and not currencies.CENTS.match(context.written) for context in contexts):  # (not "$55")
                    found.append(warn(entry, ("figures", i, key), f"figures[{i}].{key} {shown(value)} is '"
                                       f"{cents[min(cents, key=lambda number: abs(number - value))]}' in the "
                                       f"source_quote, hundredths of its unit ({figure.unit}): write "
                                       f"{numbers.digits(value / 100)}"))
                elif not numbers.occurs(value, given | low | shares | hundredths
                                        | (ends if key in ("value", "from") else set())) \
                        and not (value == 1 and _ONE.search(entry.card.source_quote) and _one_of(figure.unit, quote)):
                    if not (key == "from" and ((change is not None and change[0]) or (
                            value and _stated_by(abs(figure.value - value), quote, [
                                *reading.numerals, *((text, {v}) for text, v in reading.spelled)], cents)))):
                        found.append(warn(entry, ("figures", i, key), f"figures[{i}].{key} {shown(value)} does not "
                                                                        f"occur in the source_quote ({hint})"))
                    elif change is not None and (rough := _rough(change[1], entry.card.source_quote, words)):
                        found.append(warn(entry, ("figures", i, key), f"figures[{i}].from {shown(value)} is worked "
                                           f"out from '{rough}', which the source_quote gives roughly: the page "
                                           "would show the start and the change as exact (leave from out)"))
                elif (scaled := numbers.unscaled(value, quote, figure.unit or "")) \
                        and not numbers.names_scale(figure.unit or "", scaled[2], _scales(words)):
                    found.append(warn(entry, ("figures", i, key), f"figures[{i}].{key} {shown(value)} is '"
                                       f"{reading.written.get(scaled[0], scaled[0])}' in the source_quote: write "
                                       f"{numbers.digits(scaled[1])}"))
                elif message := _kind(figure, value, contexts, reading.written):
                    found.append(warn(entry, ("figures", i, key), f"figures[{i}].{key} {shown(value)} {message}"))
            if figure.start is not None and (message := _swapped(figure, *_in_digits(quote, contexts, change_words,
                                                                                     reading.written), shown,
                                                                 one_scale, frozenset(v for _, v in reading.spelled))):
                found.append(warn(entry, ("figures", i, "from"), f"figures[{i}] {message}"))
            elif change is not None and not change[0]:  # "59.7%, down 7.6 points" for 59.7 -> 67.3
                found.append(warn(entry, ("figures", i, "from"), f"figures[{i}] goes from {shown(figure.start or 0)} "
                                  f"to {shown(figure.value)}, but the source_quote says the change is '{change[1]}': "
                                  "swap value and from?"))
    return found


_POINT_GROUPS = re.compile(r"-?[0-9]{1,3}\.[0-9]{3}")  # (YAML reads no second point as a number)


@functools.lru_cache(maxsize=2)
def _scales(words: Words) -> dict[str, float]:
    """The scale words and abbreviations of the site's language, casefolded, without a last dot: a unit of a figure
    that carries its scale ('millions de voyages', 'Mio. Euro')."""
    sizes = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
    named = {form.replace("{n}", "").strip().casefold(): sizes[name] for name in sizes for form in getattr(words, name)}
    named |= {word.casefold().rstrip("."): sizes[name] for word, name in words.scale_abbreviations if name in sizes}
    return named


def _grouped_with_points(entry: Entry, path: tuple[str | int, ...], words: Words) -> str | None:
    """A figure's number written with points between groups of three digits ('98.000'), on a site whose decimal
    mark is a comma: what the editor meant as thousands, which YAML reads as decimals."""
    if words.decimal_mark == ".":
        return None
    written = entry.doc.written(path)
    return written if written and _POINT_GROUPS.fullmatch(written) else None


_BASIS = re.compile(r"basis|bps?\b", re.IGNORECASE)


def _kind(figure: Figure, value: float, contexts: list[numbercontexts.Context], written: dict[str, str]) -> str | None:
    """A figure in a currency whose number the quote gives only as a percentage, or a percentage it gives only as
    money: what to say of it (the quote's words as it writes them: `written`, numerals read as English -> as
    written)."""
    places = [context for context in contexts if numbers.occurs(value, context.values)]
    if not places:
        return None
    quoted = asenglish.as_written(places[0].written, written)
    if figure.unit in currencies.CURRENCY_NAMES and all(context.percent for context in places):
        return f"is a percentage in the source_quote ('{quoted}'), but its unit is {figure.unit}"
    if figure.unit in PERCENT and all(context.money and not context.percent for context in places):
        return f"is an amount of money in the source_quote ('{quoted}'), but its unit is '{figure.unit}'"
    if figure.unit in PERCENT and all(context.points for context in places):  # 2.3 points from 4.8% is not 2.3%
        unit = "basis points" if _BASIS.search(places[0].written) else "percentage points"
        return (f"is a change in points in the source_quote ('{quoted}'), but its unit is '{figure.unit}', a change "
                f"in percent: write unit: {unit}; or give the two ends as from and value")
    return None


def _in_digits(quote: str, contexts: list[numbercontexts.Context], change_words: tuple[str, str],
               written: dict[str, str]) -> tuple[list[numbercontexts.Context], str, dict[str, str]]:
    """The contexts of `quote`'s numbers, those in words too ("up from six": 6), the quote they were found in, and
    `written` with those numbers as written ('6': 'six')."""
    spelled = [(start, end, value) for start, end, value in numbers.spelled_at(quote) if value >= 2]
    if not spelled:
        return contexts, quote, written
    words = {numbers.digits(value): quote[start:end] for start, end, value in spelled}
    for start, end, value in reversed(spelled):
        quote = quote[:start] + numbers.digits(value) + quote[end:]
    return numbercontexts.contexts(quote, *change_words), quote, written | words


def _swapped(figure: Figure, contexts: list[numbercontexts.Context], quote: str, written: dict[str, str],
             shown: Callable[[float], str], shared: float = 1.0, spelled: frozenset[float] = frozenset()) -> str | None:
    """A change whose `value` the quote gives as the number it starts from ("$96 million, down from about $104
    million", "von 212"), where it gives `from` otherwise; or whose `from` is a number of the quote other than where
    its change starts, in the value's clause: what to say of it (a number of the quote may be of the `shared` scale
    its other end is written with: "von 412 auf 238,5 Mio."; `spelled`, its numbers in words; `quote`, the text the
    contexts were found in)."""
    assert figure.start is not None
    if numbers.occurs(figure.value, {figure.start}):
        return None

    def at(value: float, context: numbercontexts.Context) -> bool:  # (the scale only for a start written without one)
        return numbers.occurs(value, context.values) or (shared != 1 and context.earlier and len(context.values) == 1
                                                         and numbers.occurs(value / shared, context.values))

    later = [context for context in contexts if context.earlier and at(figure.value, context)]
    if later and not any(context.earlier for context in contexts if at(figure.start, context)) \
            and any(at(figure.start, context) for context in contexts):
        return (f"goes from {shown(figure.start)} to {shown(figure.value)}, but the source_quote gives "
                f"{shown(figure.value)} as where it started ('{later[0].baseline} "
                f"{asenglish.as_written(later[0].written, written)}'): "
                "swap value and from?")
    starts = [context for context in contexts if context.earlier]
    ends = [context.at for context in contexts if at(figure.value, context)]
    # the starts in the value's clause, not another's ("growth to 1.2%, down from 1.6%, and unemployment, at 5.4%, is to
    # rise to 5.8%": 1.6 is not where 5.8's change starts)
    theirs = [context for context in starts
              if any(not _CLAUSES.search(quote, min(context.at, end), max(context.at, end)) for end in ends)]
    if theirs and not later and not any(at(figure.start, context) for context in starts) \
            and (any(at(figure.start, context) for context in contexts) or numbers.occurs(figure.start, set(spelled))) \
            and any(at(figure.value, context) for context in contexts):  # ("hired three, raising staff from 40 to
        # 52" for from 3: a number of the quote, but not where its change starts)
        return (f"goes from {shown(figure.start)}, but the source_quote's change starts from another number "
                f"('{theirs[0].baseline} {asenglish.as_written(theirs[0].written, written)}'): is from right?")
    return None


_CLAUSES = re.compile(r";|[.!?]\s|\b(?:and|but|while|whereas)\s", re.IGNORECASE)  # between two clauses (or
# sentences), two changes


def _stated_by(amount: float, quote: str, numerals: list[tuple[str, set[float]]], cents: dict[float, str]) -> bool:
    """Whether the English `quote` states `amount` as the size of a change, from which a figure's `from` is worked
    out: 'raised by 4 cents to 63 cents' (from 0.59), 'up $5 million to $63 million' (from 58 million), '14 seats, one
    fewer than last time' (from 15)."""
    written = [text for text, values in numerals if numbers.occurs(amount, values)] + [
        text for number, text in cents.items() if numbers.occurs(amount, {number / 100})]
    return any(_BY.search(quote, max(0, at - 40), at) or WAY_BEFORE.search(quote, max(0, at - 40), at)
               or _THAN_AFTER.match(quote, at + len(text)) for text in written for at in places_of(quote, text))


_BY = re.compile(rf"\bby\s+[{re.escape(numbers.CURRENCY_SIGNS)}]?\s?\Z", re.IGNORECASE)
_THAN_AFTER = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:more|fewer|less)\s+than\b", re.IGNORECASE)  # ("one fewer than")


def _rough(change: str, quote: str, words: Words) -> str:
    """The words a quote states a change in, with the hedge in them or right before them, if they have one ("rose
    by about 9 points"; "um gut 3 Prozentpunkte", "d'environ 6 points", "casi 2 puntos", whose verbs are not read):
    '' if none."""
    at = quote.find(change)
    before = quote[max(0, at - 24):at] if at >= 0 else ""
    for hedge in sorted(words.hedges, key=len, reverse=True):
        written = rf"(?<![^\W\d_]){re.escape(hedge)}(?![^\W\d_])"
        if re.search(written, change, re.IGNORECASE):
            return change
        if found := re.search(rf"{written}[\s']*\Z", before, re.IGNORECASE):
            return before[found.start():] + change
    return ""


def _bare(value: float, quote: str, given: list[tuple[str, set[float]]]) -> bool:
    """Whether `quote` gives `value` (among its numbers, `given`) with no unit of measure after it."""
    return any(numbers.occurs(value, values) for _, values in given) and not any(
        numbers.occurs(value, values) for digits, _, _, _ in units.numbers_in_units(quote)
        for _, values in numbers.numerals(digits))


_TWICE = re.compile(r"\btwice\b", re.IGNORECASE)

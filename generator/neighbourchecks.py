"""A number an English card's title or summary gives that its quote gives too, but where the quote gives another
number among the card's words around it and this one among none of them: "the risk was 22 percent higher" on "the
risk was 34 percent higher (95 percent confidence interval, 22 percent to 47 percent)", "would hold 121 seats, four
more" on "would hold 125 seats, four more than the 121 needed". The card's number slipped to its neighbour; each is
the article's, so no check of numbers the source never gives sees it."""

from __future__ import annotations

import itertools
import re

from generator import numbers
from generator.dates import YEAR
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.numberchecks import MAYBE_TIME, TIME_OF_DAY, blank_time
from generator.validate import where
from generator.wordchanges import names_a_thing

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SIDE = 3  # the words each side of a number that say what it is
_SENTENCE = re.compile(r"[.;!?](?:\s|$)|\(")
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_NOT_SAID = frozenset({"percent", "cent", "per", "percentage", "points", "point", "million", "billion", "thousand",
                       "those", "with", "from", "than", "that", "this", "were", "was", "have", "has", "had"})

Number = tuple[str, set[float], bool, int, int]  # as written, its values, a percentage?, where it starts and ends
Words = tuple[dict[str, str], dict[str, str]]  # the words before a number and after it, by their first five letters


def neighbour_warnings(entries: list[Entry]) -> list[Finding]:
    """A number in digits of a card's title or summary that its quote gives only among other words than the card's,
    where it gives another of its kind among two of them or more (in a sentence of the card's that gives no other
    number of the quote): once a card."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        quoted = _numbers(quote)
        if len(quoted) < 2:
            continue  # (most quotes: one number or none)
        around: dict[int, Words] = {}  # (the quote's numbers' words, read when a card's number needs them)
        for key, text in card_texts(entry.card)[:2]:
            given = _numbers(text)
            said = next((slip for number in given if (slip := _slipped(number, text, given, quoted, quote, around))),
                        None)
            if said is not None:
                written, other, shared = said
                words = "', '".join(shared)
                found.append(warn(entry, key, f"{where(key)} gives {written} where the source_quote gives {other} "
                                              f"among the same words ('{words}'): a number slipped?",
                                  snippet=written))
                break
        else:
            found += _label_slips(entry, quoted) or _clause_slips(entry, quoted)
    return found


_TO_BEFORE = re.compile(r"\bto\s+[$£€¥₹]?\Z")
_FROM_BEFORE = re.compile(r"\bfrom\s+[$£€¥₹]?\Z")
_A_NAMES = re.compile(r"\b[A-Z][a-z]+\s+\Z")  # before a name's number: "Allocation Round 5", "Line 4"
_CLAUSE = re.compile(r"[.;!?](?:\s|$)|,?\s+(?:while|whereas|but)\s+|,\s+when\s+", re.IGNORECASE)


def _label_slips(entry: Entry, quoted: list[Number]) -> list[Finding]:
    """A figure whose value the quote gives in a clause with fewer of the words of its label that tell its clauses
    apart than another number of its kind has in its own ("Services inflation", 2.9, on "Core inflation … slowed to
    2.9% …, while services inflation … remained stubborn at 4.6%"; "Grades changed after review in 2024", 4,800, on
    "… review …, compared with about 4,800 in 2024, when 1,150 grades were changed"): once a card."""
    quote = entry.card.source_quote
    if not entry.card.figures or not _CLAUSE.search(quote, 0, len(quote) - 2):
        return []  # (one clause)
    bounds, clauses = _clauses(quote)
    for figure in entry.card.figures:
        label = set(_named([word[0] for word in _WORD.finditer(figure.label)]))
        telling = {stem for stem in label if 0 < sum(stem in clause for clause in clauses) < sum(map(bool, clauses))}
        percent = figure.unit in ("%", "percent", "per cent")
        at = [next(n for n in range(len(clauses)) if bounds[n] <= one[3] < bounds[n + 1]) for one in quoted]
        mine = {at[n] for n, one in enumerate(quoted) if numbers.occurs(figure.value, one[1])}
        if not telling or not mine or any(
                re.search(rf"(?<![\d.,]){number}(?![\d.,]?\d)", quote[bounds[n]:bounds[n + 1]])
                for number in re.findall(r"\d+", figure.label) if not YEAR.fullmatch(number) for n in mine):
            continue  # (its label's own number beside it, not a year: "aged 75 and over")
        own = max(len(telling & clauses[n]) for n in mine)  # (more of them beside another number: two at least, if
        # any are beside its own)
        own_numbers = {float(number[0]) for number in re.finditer(r"\d+(?:\.\d+)?", figure.label)
                       if not _A_NAMES.search(figure.label, 0, number.start())}  # ("waiting more than 18 months": its
        # 18 is no other number its value slipped to; "Route 42 journeys" names a thing)
        unit = (figure.unit or "").casefold()[:5]
        other = min((one for n, one in enumerate(quoted) if at[n] not in mine and one[2] == percent
                     and not one[1] & own_numbers and not _A_NAMES.search(quote, 0, one[3])
                     and len(telling & clauses[at[n]]) > own and len(telling & clauses[at[n]]) >= 1 + (own > 0)
                     and not any(numbers.occurs(value, one[1]) for each in entry.card.figures
                                 for value in (each.value, each.start, each.value_max) if value is not None)),
                    key=lambda one: not unit or unit not in quote[one[4]:one[4] + 24].casefold(), default=None)
        # (not a figure's: each number of the quote with a label of its own, or the start of its change; first one
        # in the figure's unit: "270 kroner", not "25 years")
        if other is not None:
            words = "', '".join(sorted(word for word in _named([w[0] for w in _WORD.finditer(figure.label)]).values()
                                       if word.casefold()[:5] in telling & clauses[at[quoted.index(other)]]))
            return [warn(entry, ("figures", figure.index, "value"), f"figures[{figure.index}].value "
                         f"{numbers.shown(figure.value)} where the source_quote gives {other[0]} beside the label's "
                         f"words ('{words}'): a number slipped?")]
    return []


def _clauses(quote: str) -> tuple[list[int], list[set[str]]]:
    """Where the clauses of `quote` start (and its end), and the words of each that may name a thing (`_named`)."""
    bounds = [0, *(found.end() for found in _CLAUSE.finditer(quote)), len(quote)]
    return bounds, [set(_named([word[0] for word in _WORD.finditer(quote, start, end)]))
                    for start, end in itertools.pairwise(bounds)]


_PART = re.compile(rf"{_CLAUSE.pattern}|,\s", re.IGNORECASE)  # a card's clause, or a part of its list ("Lib Dem
# share up to 34.2%, Conservative share down to 26.8%")
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)


def _clause_slips(entry: Entry, quoted: list[Number]) -> list[Finding]:
    """A number of a card's title or summary that its quote gives in a clause with none of the words of the card's
    clause that tell the quote's clauses apart, where it gives another of its kind in a clause with two of them or
    more ("Herring catches cut by 12% to 655,000 tonnes" on "Herring catches will fall by 12%, to 402,000 tonnes,
    while the quota for mackerel will rise … to 655,000 tonnes"): once a card."""
    quote = entry.card.source_quote
    if not _CLAUSE.search(quote, 0, len(quote) - 2):
        return []  # (one clause)
    bounds, clauses = _clauses(quote)
    at = [next(n for n in range(len(clauses)) if bounds[n] <= one[3] < bounds[n + 1]) for one in quoted]
    quoted_in = [clause for clause in clauses if clause]
    for key, text in card_texts(entry.card)[:2]:
        given = _numbers(text)
        for written, values, percent, start, end in given:
            mine = {at[n] for n, one in enumerate(quoted) if one[1] & values}
            first = max((found.end() for found in _PART.finditer(text, 0, start)), default=0)
            last = next((found.start() for found in _PART.finditer(text, end)), len(text))
            words = _named([word[0] for word in _WORD.finditer(text, first, last)])
            telling = {stem for stem in words if 0 < sum(stem in clause for clause in clauses) < len(quoted_in)}
            if not mine or any(telling & clauses[n] for n in mine) or _THAN.search(text, first, last):
                continue  # (not a comparison of the two: "136,000 fewer properties than the 336,000 planned")
            other = next((one for n, one in enumerate(quoted) if at[n] not in mine and one[2] == percent
                          and one[0][:1].isdigit() == written[:1].isdigit() and len(telling & clauses[at[n]]) >= 2
                          and not any(one[1] & each[1] for each in given)), None)
            if other is not None:
                shared = "', '".join(sorted(words[stem] for stem in telling & clauses[at[quoted.index(other)]]))
                return [warn(entry, key, f"{where(key)} gives {written} where the source_quote gives {other[0]} with "
                                         f"the words of its clause ('{shared}'): a number slipped?", snippet=written)]
    return []


def _slipped(number: Number, text: str, given: list[Number], quoted: list[Number], quote: str,
             around: dict[int, Words]) -> tuple[str, str, list[str]] | None:
    """The card's `number` (of `text`, which gives `given`) as written, the quote's other one whose words it is among,
    and those words (as the card writes them); None if it is not so."""
    written, values, percent, start, end = number
    mine = [at for at, one in enumerate(quoted) if one[1] & values]
    if not mine or _others_in_its_sentence(text, start, values, given, quoted):
        return None  # (not the quote's, or beside another of the quote's)
    before, after = _words(text, start, end)
    if not around:
        around.update((at, _words(quote, one[3], one[4])) for at, one in enumerate(quoted))
    if any(before.keys() & around[at][0] or after.keys() & around[at][1] for at in mine):
        return None  # (among its own words)
    to = _TO_BEFORE.search(text, max(0, start - 6), start) is not None  # ("rises to £71.40", where the quote's other
    # is where it rose from: "£71.40 …, up from £58.87")
    shared, other = max(((len(before.keys() & around[at][0]) + len(after.keys() & around[at][1]), at)
                         for at, one in enumerate(quoted) if not one[1] & values and one[2] == percent
                         and not (to and _FROM_BEFORE.search(quote, max(0, one[3] - 8), one[3]))),
                        default=(0, -1), key=lambda pair: pair[0])
    if shared < 2:
        return None
    return written, quoted[other][0], [word for stem, word in (before | after).items() if stem in (
        before.keys() & around[other][0]) | (after.keys() & around[other][1])]


def _numbers(text: str) -> list[Number]:
    """Each number in digits of `text` (not a year, nor a time of day), as written (with its currency's sign and
    percent)."""
    found = []
    timeless = TIME_OF_DAY.sub(blank_time, text) if MAYBE_TIME.search(text) else text  # (not the 11 of "at 11:15
    # p.m.", beside the quote's words as another number)
    for start, end, values in numbers.numerals_at(timeless):
        if YEAR.fullmatch(text[start:end]) or (start and text[start - 1].isdigit()):
            continue
        percent = _PERCENT.match(text, end)
        last = percent.end() if percent else end
        first = start - (start > 0 and text[start - 1] in "$£€¥₹")
        found.append((text[first:last], values, percent is not None, start, last))
    return found


def _words(text: str, start: int, end: int) -> Words:
    """The words that may name a thing, up to three each side of the number at `start`-`end`, in its sentence."""
    stop = _SENTENCE.search(text, end)
    before = [word[0] for word in _WORD.finditer(re.split(r"[.;!?](?:\s|$)|\)", text[max(0, start - 120):start])[-1])]
    after = [word[0] for word in _WORD.finditer(text, end, min(stop.start() if stop else len(text), end + 120))]
    return _named(before[-_SIDE:]), _named(after[:_SIDE])


def _named(words: list[str]) -> dict[str, str]:
    """The words that may name a thing, by their first five letters."""
    return {word.casefold()[:5]: word for word in words if names_a_thing(word) and word.casefold() not in _NOT_SAID}


def _others_in_its_sentence(text: str, at: int, values: set[float], given: list[Number], quoted: list[Number]
                            ) -> bool:
    """Whether the card's sentence that gives the number at `at` gives another number (of `given`, the text's) of the
    quote (two numbers of a list, or a change: each has its words)."""
    start = max((found.end() for found in re.finditer(r"[.;!?]\s", text[:at])), default=0)
    stop = re.search(r"[.;!?](?:\s|$)", text[at:])
    end = at + stop.start() if stop else len(text)
    return any(start <= other[3] < end and not other[1] & values and any(one[1] & other[1] for one in quoted)
               for other in given)

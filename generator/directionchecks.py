"""A change a card says went the other way than its quote says: a title "Ridership rose 12%" on a quote "ridership
fell 12%", a summary's "grew to £410 million" on "dropped to £410 million" (English's words for a rise and a fall,
statedchanges.py)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from generator import asenglish, numbercontexts, numbers
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.figures import PERCENT
from generator.namechecks import card_texts
from generator.statedchanges import way_words
from generator.validate import where


def direction_warnings(entries: list[Entry], read: asenglish.AsEnglish) -> list[Finding]:
    """A number a card's title, summary or figure label says rose (or fell) that its quote gives only as falling
    (or rising): said once a text and number, at the text's word for the way."""
    found = []
    for entry in entries:
        if not _MAY_CHANGE.search(entry.card.source_quote):
            continue  # (no word of a change: most quotes)
        quote = read.read(entry.card.source_quote).text
        found += _turned_round(entry, numbercontexts.contexts(quote), read)
        quoted = _ways(quote)
        if not quoted:
            continue
        found += _signed(entry, quote)
        for key, text in card_texts(entry.card):
            english, said = read.read(text).text, set()
            for written, values, way in _changed(english):
                rising = way["rise"] is not None
                other = {word for value in values for word in quoted.get((*value, not rising), ())}
                turned = {(*value, not rising) for value in values if (*value, not rising) in quoted}
                if other and not any((*value, rising) in quoted for value in values) and written not in said \
                        and not (not _a_level(way) and _only_levels(quote, turned)) \
                        and not (_a_level(way) and _RATE.search(english, max(0, way.start() - 40), way.start())
                                 and _only_levels(quote, turned, amounts=True)):
                    said.add(written)
                    word = _word(way)
                    found.append(warn(entry, key, f"{where(key)} gives {written} as a {_WAY[rising]} ('{word}'), "
                                                  f"where the source_quote gives it as a {_WAY[not rising]} "
                                                  f"('{sorted(other)[0]}'): is the direction right?",
                                      snippet=word if word in text else ""))
    return found


_WAY = {True: "rise", False: "fall"}
# what a quote that says a number went one way, or changed from one, writes (a superset: WAY_BEFORE's and _WAY_AFTER's
# words, numbercontexts' for a change's start)
_MAY_CHANGE = re.compile(r"\b(?:up|down|rose|ris|fel|fall|drop|rais|reduc|declin|decreas|lower|below|above|cut|"
                         r"shr[aiu]nk|slip|slid|plung|tumbl|slump|lost|loss|eas|gr[eo]w|gain|higher|increas|climb|jump|"
                         r"surg|soar|add|weaken|strength|from|against|compar|versus|vs)", re.IGNORECASE)


def _signed(entry: Entry, quote: str) -> list[Finding]:
    """A change in percent (a figure in %, no `from`) whose label says it went the other way than its quote ('Rise in
    the share price' for "fell 9.4%"), or, where the label says neither, whose sign does (12 for "a 12% fall")."""
    ways: dict[float, dict[bool, str]] = {}  # the ways the quote says a percentage went, each with its words (not
    # where it went to: "fell to 2.9%")
    for _, values, way in _changed(quote, percent_only=True):
        for value, _ in values:
            if not _a_level(way):
                ways.setdefault(value, {}).setdefault(way["rise"] is not None, _word(way))
    found = []
    for figure in entry.card.figures:
        said = next((ways[value] for value in numbers.rounded({abs(figure.value)}) if value in ways), {})
        if figure.unit not in PERCENT or figure.start is not None or figure.value == 0 or len(said) != 1:
            continue  # (a level, a change from and to, or a number the quote says went both ways)
        (rising, word), = said.items()
        label = _LABEL_WAY.search(figure.label)
        if label is not None and (label["rise"] is not None) != rising:
            found.append(warn(entry, ("figures", figure.index, "label"), f"figures[{figure.index}].label says a "
                              f"{_WAY[not rising]} ('{label[0]}'), where the source_quote gives "
                              f"{numbers.shown(abs(figure.value))}% as a {_WAY[rising]} ('{word}'): is the label "
                              "right?", snippet=label[0]))
        elif label is None and (figure.value > 0) != rising:
            found.append(warn(entry, ("figures", figure.index, "value"), f"figures[{figure.index}].value "
                              f"{numbers.shown(figure.value)}, a {_WAY[not rising]}, where the source_quote gives "
                              f"{numbers.shown(abs(figure.value))}% as a {_WAY[rising]} ('{word}'): write "
                              f"{numbers.shown(-figure.value)}, or say which way in the label"))
    return found


_RATE = re.compile(r"\b(?:growth|inflation|rate)\b", re.IGNORECASE)  # a card's thing that is a rate of change
_TO = re.compile(r"\s+(?:to|below|above|under|over|beyond|past|short\s+of)\b")  # (a level: "fell below the 5%")
_TO_END = re.compile(r"\s(?:to|below|above|under|over|beyond|past)\s+[^\W\d]{0,3}\s?\Z")  # (its last words)
# a label's word for a rise or a fall: "Rise in the share price", "Fall in profit" (not "growth", signed as a change
# is: "GDP growth, -0.3%")
_LABEL_WAY = re.compile(r"\b(?:(?P<rise>rises?|increases?|gains?|jump|jumped|up|higher|above|climb(?:ed)?|"
                        r"surge[ds]?|boost)|(?P<fall>falls?|fell|drops?|dropped|declines?|declined|decreases?|"
                        r"decreased|loss|losses|down|lower|below|slump(?:ed)?|slide|dip|reduction|cuts?|shortfalls?|"
                        r"deficits?|short))\b",
                        re.IGNORECASE)


# a level and the way it went from an earlier one, after it: "6,850 people, down from 7,400", "4.1%, up from 3.9%"
_LEVEL_FROM = re.compile(r"(?:\s?(?:%|per\s*cent\b|percent\b))?(?:\s+[^\W\d_]+){0,12},?\s+(?:(?P<fall>down\s+from)|"
                         r"(?P<rise>up\s+from))\b", re.IGNORECASE)


_THEN_FROM = re.compile(r"[^.;]{0,40}?\b(?:but|and|yet|while)\s+(?:(?P<fall>down\s+from)|(?P<rise>up\s+from))\b",
                        re.IGNORECASE)  # (after a _LEVEL_FROM: the level's way from another time)


def _a_level(way: re.Match[str]) -> bool:
    """Whether the words of a change give its number as where it went ("fell to 3.1%", "4.1%, down from 4.3%"), not
    by how much."""
    return way.re in _LEVELS or _TO.match(way[0], len(way["rise"] or way["fall"])) is not None or (
        _TO_END.search(way[0]) is not None)  # ("lowered its demand to 12%")


def _only_levels(quote: str, ways: set[tuple[float, bool, bool]], amounts: bool = False) -> bool:
    """Whether the English `quote` gives each of these percentages (with their ways, see `_ways`) only as where a rate
    went: another number than a change of the same size ("inflation fell to 3.1%" for "prices rose 3.1%"); with
    `amounts`, only as changes (a rate's level, "sales growth eased to 2.1%", for "sales rose 2.1%, down from 2.8%")."""
    levels: set[tuple[float, bool, bool]] = set()
    changes: set[tuple[float, bool, bool]] = set()
    for _, values, way in _changed(quote, percent_only=True):
        for value in values:
            (levels if _a_level(way) else changes).add((*value, way["rise"] is not None))
    return ways <= (changes - levels if amounts else levels - changes)


def _turned_round(entry: Entry, quoted: list[numbercontexts.Context], read: asenglish.AsEnglish) -> list[Finding]:
    """A change a card's text gives the wrong way round: where it started from the number its quote (`quoted`, its
    numbers' contexts) gives as where it ended, and the other way ("cut to $74 from $68" for "$68, cut from $74")."""
    starts = {value for said in quoted if said.earlier for value in numbers.rounded(said.values)}
    if not starts:
        return []
    ends = {value for said in quoted if not said.earlier for value in numbers.rounded(said.values)} - starts
    found = []
    for key, text in card_texts(entry.card):
        said = numbercontexts.contexts(read.read(text).text)
        begun = [one for one in said if one.earlier and numbers.rounded(one.values) & ends]
        if begun and any(numbers.rounded(one.values) & starts for one in said if not one.earlier):
            start = next(one for one in quoted if one.earlier)
            found.append(warn(entry, key, f"{where(key)} gives {begun[0].written} as where a change started "
                                          f"('{begun[0].baseline} {begun[0].written}'), where the source_quote gives "
                                          f"it as where it ended, and {start.written} as its start: the change turned "
                                          "round?", snippet=begun[0].written))
    return found


def _word(way: re.Match[str]) -> str:
    """The words that say which way a number went ('rose', 'a fall of')."""
    return " ".join((way["rise"] or way["fall"]).split())


def _ways(quote: str) -> dict[tuple[float, bool, bool], set[str]]:
    """The ways the English `quote` says its numbers went (see `_changed`; True: up), each with its words for it
    ('fell')."""
    ways: dict[tuple[float, bool, bool], set[str]] = {}
    for _, values, way in [*_changed(quote), *_compared(quote)]:
        for value in values:
            ways.setdefault((*value, way["rise"] is not None), set()).add(_word(way))
    return ways


# a level compared with an earlier one of its kind, the way the two numbers say it went: "stood at 95.4% in January,
# compared with 93.8% a year earlier" (a rise)
_COMPARED_WITH = r"(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+\S*\d[\d.,]*%?"
_HIGHER = re.compile(rf"(?P<rise>{_COMPARED_WITH})|(?P<fall>(?!x)x)", re.IGNORECASE)  # (both groups, as the others)
_LOWER = re.compile(rf"(?P<fall>{_COMPARED_WITH})|(?P<rise>(?!x)x)", re.IGNORECASE)
_PER = re.compile(r"\b(?:per|in\s+every|out\s+of|for\s+every)\s+\D?\Z", re.IGNORECASE)
_LEVELS = (_LEVEL_FROM, _THEN_FROM, _HIGHER, _LOWER)  # the ways whose number is where it went


def _compared(quote: str) -> Iterator[tuple[str, set[tuple[float, bool]], re.Match[str]]]:
    """Each number in digits the English `quote` gives with no word for a way, compared right after it, in its
    sentence, with an earlier one of its kind (a percentage, an amount of money, a count), as `_changed` gives them:
    the way is the numbers' ('compared with 93.8%')."""
    said = numbercontexts.contexts(quote)
    for one, other in itertools.pairwise(said):
        if one.earlier or not other.earlier or not other.baseline.casefold().startswith(
                ("compared", "against", "versus", "vs")) or (one.percent, one.money, one.points) != (
                other.percent, other.money, other.points) or re.search(r"[.;]\s", quote[one.at:other.at]) \
                or way_words(quote, one.at, one.at + len(one.written)) is not None \
                or _PER.search(quote, max(0, one.at - 12), one.at):
            continue  # (not "78.4 per 1,000 compared with 82.1": a unit's number)
        higher, lower = min(one.values) > max(other.values), max(one.values) < min(other.values)
        way = (_HIGHER if higher else _LOWER).search(quote, one.at, other.at + len(other.written)) \
            if higher or lower else None
        if way is not None:
            yield one.written, {(value, one.percent or one.points) for value in numbers.rounded(one.values)}, way


def _changed(text: str, percent_only: bool = False) -> Iterator[tuple[str, set[tuple[float, bool]], re.Match[str]]]:
    """Each number in digits the English `text` says went up or down, as written ('12%', '$4 million'); its values
    rounded (numbers.rounded), each with whether it is a percentage or points (a rise of 12% is not one of 12
    routes); and the words that say which way. Not a change's start ('rose from 1.50': 1.50 did not rise); only
    percentages if `percent_only` (not points)."""
    numerals = numbers.numerals_at(text)
    if numerals:
        for (start, end, values), said in zip(numerals, numbercontexts.contexts(text), strict=True):
            if said.earlier or not (said.percent or not percent_only):
                continue
            way = way_words(text, start, end) or _LEVEL_FROM.match(text, end)
            then = _THEN_FROM.match(text, way.end()) if way is not None and way.re is _LEVEL_FROM else None
            for each in (way, then) if way is not None else ():  # ("up from 3,410 in 2019 but down from 4,020")
                if each is not None:
                    yield said.written, {(value, said.percent or said.points) for value in numbers.rounded(values)}, \
                        each

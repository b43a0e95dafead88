"""A number an English card's title or summary gives that its quote gives too, but where the quote gives another
number among the card's words around it and this one among none of them: "the risk was 22 percent higher" on "the
risk was 34 percent higher (95 percent confidence interval, 22 percent to 47 percent)", "would hold 121 seats, four
more" on "would hold 125 seats, four more than the 121 needed". The card's number slipped to its neighbour; each is
the article's, so no check of numbers the source never gives sees it."""

from __future__ import annotations

import re

from generator import numbers
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.validate import where
from generator.wordchanges import names_a_thing

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SIDE = 3  # the words each side of a number that say what it is
_SENTENCE = re.compile(r"[.;!?](?:\s|$)|\(")
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOT_SAID = frozenset({"percent", "cent", "per", "percentage", "points", "point", "million", "billion", "thousand",
                       "those", "with", "from", "than", "that", "this", "were", "was", "have", "has", "had"})

Number = tuple[str, set[float], bool, dict[str, str], dict[str, str]]  # as written, its values, a percentage?, the
# words before it and after it (by their first five letters)


def neighbour_warnings(entries: list[Entry]) -> list[Finding]:
    """A number in digits of a card's title or summary that its quote gives only among other words than the card's,
    where it gives another of its kind among two of them or more (in a sentence of the card's that gives no other
    number of the quote): once a card."""
    found = []
    for entry in entries:
        quoted = _numbers(entry.card.source_quote)
        if len(quoted) < 2:
            continue  # (most quotes: one number or none)
        for key, text in card_texts(entry.card)[:2]:
            said = next((slip for number in _numbers(text) if (slip := _slipped(number, quoted, text))), None)
            if said is not None:
                written, other, shared = said
                words = "', '".join(shared)
                found.append(warn(entry, key, f"{where(key)} gives {written} where the source_quote gives {other} "
                                              f"among the same words ('{words}'): a number slipped?",
                                  snippet=written))
                break
    return found


def _slipped(number: Number, quoted: list[Number], text: str) -> tuple[str, str, list[str]] | None:
    """The card's `number` as written, the quote's other one whose words it is among, and those words (as the card
    writes them); None if it is not so."""
    written, values, percent, before, after = number
    mine = [one for one in quoted if one[1] & values]
    if not mine or any(before.keys() & one[3] or after.keys() & one[4] for one in mine) or _others_in_its_sentence(
            text, written, values, quoted):
        return None  # (not the quote's, among its own words, or beside another of the quote's)
    shared, other = max(((len(before.keys() & one[3]) + len(after.keys() & one[4]), one) for one in quoted
                         if not one[1] & values and one[2] == percent), default=(0, number), key=lambda pair: pair[0])
    if shared < 2:
        return None
    return written, other[0], [word for stem, word in (before | after).items()
                               if stem in (before.keys() & other[3]) | (after.keys() & other[4])]


def _numbers(text: str) -> list[Number]:
    """Each number in digits of `text` (not a year), as written, with the words that name a thing each side of it
    in its sentence."""
    found = []
    for start, end, values in numbers.numerals_at(text):
        if _YEAR.fullmatch(text[start:end]) or (start and text[start - 1].isdigit()):
            continue
        percent = _PERCENT.match(text, end)
        last = percent.end() if percent else end
        stop = _SENTENCE.search(text, last)
        before = [word[0] for word in _WORD.finditer(re.split(r"[.;!?](?:\s|$)|\)", text[:start])[-1])]
        after = [word[0] for word in _WORD.finditer(text, last, stop.start() if stop else len(text))]
        found.append((text[start - (start > 0 and text[start - 1] in "$£€¥₹"):last], values, percent is not None,
                      _named(before[-_SIDE:]), _named(after[:_SIDE])))
    return found


def _named(words: list[str]) -> dict[str, str]:
    """The words that may name a thing, by their first five letters."""
    return {word.casefold()[:5]: word for word in words if names_a_thing(word) and word.casefold() not in _NOT_SAID}


def _others_in_its_sentence(text: str, written: str, values: set[float], quoted: list[Number]) -> bool:
    """Whether the card's sentence that gives `written` gives another number of the quote (two numbers of a list, or
    a change: each has its words)."""
    at = text.find(written)
    start = max((found.end() for found in re.finditer(r"[.;!?]\s", text[:at])), default=0)
    stop = re.search(r"[.;!?](?:\s|$)", text[at:])
    sentence = text[start:at + stop.start() if stop else len(text)]
    return any(not found & values and any(one[1] & found for one in quoted)
               for _, _, found in numbers.numerals_at(sentence))

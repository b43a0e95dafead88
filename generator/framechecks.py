"""A number an English card's title or summary gives where its quote, in the same words around it, gives only another:
"index rose 1.2%" on "index rose 1.3% to 8,214 points", "rose 2% to $18 million" on "rose 3% to $18 million". The
number slipped to one the article gives elsewhere, which the check of numbers the source never gives lets pass
(numberchecks.py). And a month so slipped: "reduced hours from October" on "reduced hours from July, … by October"."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from generator import numbercontexts, numbers
from generator.dates import MONTHS
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.numbers import numbers_in, numerals_at
from generator.ranges import RANGE_FROM
from generator.validate import where
from generator.wordchanges import names_a_thing, way_of

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_GAP = " \t\n$£€¥₹"  # between the words before a number and it: "index rose 1.3", "up $5"
_UNIT = re.compile(r"\s*%|\s+per\s*cent\b|\s+percent\b|")  # after it, part of how it is written: "1.3%"
_SIDE = 2  # the words before a number that frame it, one of them naming a thing ("index rose"; not "rose by")
_BEING = frozenset({"was", "were", "is", "are"})  # between a thing and its number: no word of the frame
_PREPOSITIONS = frozenset({"to", "by"})  # after a verb of a change: "rose to", "fell by"
_AUXILIARIES = _BEING | {"will", "would", "could", "may", "might", "to", "has", "have", "had", "also"}  # before one:
# "will rise to" is "rose to" (a change's frame)
_COMPARED = frozenset({"from", "than", "against", "with", "versus", "vs"})  # before a number compared with (in its
# last four words): no frame

# a number as written, what it stands for, the two words before it that frame it and the three (lower case; () if not),
# and the level a change by it went to (('to $18 million',); () if none)
Framed = tuple[str, set[float], tuple[str, ...], tuple[str, ...], tuple[str, ...], str]
_TO_LEVEL = re.compile(r"\s+to\s+[$£€¥₹]?\d[\d,.]*(?:\s*%|\s*(?:[^\W\d_]+))?")  # "rose 3% to $18 million", "to 372p"


def frame_warnings(entries: list[Entry], source_text: str) -> list[Finding]:
    """A number of a card's title or summary, given by the source (else numberchecks says it is not), whose frame is
    the quote's for another number of its kind (a percentage, an amount in a currency), and never for it: once a
    card."""
    found = []
    given = _source_numbers(source_text)
    for entry in entries:
        card = entry.card
        quoted = [number for number in _framed(card.source_quote) if number[2] or number[3] or number[4]]
        phrases = {phrase for number in quoted for phrase in (" ".join(number[2]), " ".join(number[4]),
                                                               number[3][0] if number[5] else "")}  # (a change's
        # thing: its verb may be written otherwise)
        framed = [(key, text, number) for key, text in card_texts(card)[:2] if phrases and any(
            phrase in text.casefold() for phrase in phrases if phrase) for number in _framed(text) if (
            number[2] or number[3] or number[4]) and number[1] & given]
        for key, text, (written, values, frame, longer, level, shown) in framed:
            # three words first: "bus ridership rose 7.9%" on "bus ridership rose 4.2%; rail ridership rose 7.9%"; then
            # two, then the level it went to: "rose 2% to $18 million" on "Parking revenue, which..., rose 3% to $18
            # million"
            kind = _kind(written)
            same, words, side = next(((same, words, side) for words, at, side in (
                (longer, 3, "after"), (frame, 2, "after"), (level, 4, "before")) if words and (same := [
                    other for other in quoted if other[at] == words and _kind(other[0]) == kind
                    and not (at == 2 and longer and other[3] and other[3] != longer)])), ([], (), ""))  # (not "unit
            # costs rose" for "staff costs rose")
            if same and not any(other[1] & values for other in same) and not _told_apart(
                    text, written, card.source_quote, values, same[0][1]) and not (
                    side == "after" and _framed_alike(card.source_quote, words, values)):  # ("people aged 65" on
                # "those aged 65 …, while among people aged 75": its own number after the frame but for a pronoun)
                words_said = shown if shown and words is longer else " ".join(words)  # (the card's: "care rises to")
                found.append(warn(entry, key, f"{where(key)} gives {written} where the source_quote gives "
                                              f"{same[0][0]}, {side} the same words ('{words_said}'): a number "
                                              "slipped?", snippet=written))
                break
    return found


@functools.lru_cache(maxsize=2)
def _source_numbers(text: str) -> set[float]:
    return numbers_in(text)


_NO_THING = frozenset({"those", "these", "the", "its", "their", "his", "her", "which", "who", "a", "an", "them",
                       "that"})


def _framed_alike(quote: str, words: tuple[str, ...], values: set[float]) -> bool:
    """Whether `quote` gives a number of `values` right after the frame `words` (the card's), but where a word of it is
    only a pronoun or an article in the quote ("those aged 65" for "people aged 65"), and its last word is the same."""
    for start, _, found in numerals_at(quote):
        if found & values:
            before = re.findall(r"[^\W\d_]+", quote[max(0, start - 60):start].casefold())[-len(words):]
            if len(before) == len(words) and before[-1] == words[-1] and all(
                    mine == theirs or theirs in _NO_THING for mine, theirs in zip(words, before, strict=True)):
                return True
    return False


def _told_apart(text: str, written: str, quote: str, values: set[float], other: set[float]) -> bool:
    """Whether the quote gives the card's number (`values`, as `written` in `text`) elsewhere, among more of the words
    the card gives it with than those it gives the number framed alike (`other`) with: "In the comparison group, who
    slept seven to eight hours, the rate was 8.8" on "the rate was 12.1 …, compared with 8.8 … among those who slept
    seven to eight hours, the comparison group"; not where the card gives both in one sentence."""
    at = text.find(written)
    places = {key: [(start, end) for start, end, found in numerals_at(quote) if found & these]
              for key, these in (("card", values), ("other", other))}
    if at < 0 or not places["card"] or not places["other"]:
        return False
    sentence = re.split(r"[.;!?](?:\s|$)", text[:at])[-1] + re.split(r"[.;!?](?:\s|$)", text[at:])[0]
    if any(found & other for _, _, found in numerals_at(sentence)):
        return False  # (the card gives both in one sentence: "£310 million for the terminal and £860 million for")
    said = _near(text, at, at + len(written))
    return max(len(said & _near(quote, *place)) for place in places["card"]) > max(
        len(said & _near(quote, *place)) for place in places["other"])


def _near(text: str, start: int, end: int) -> set[str]:
    """The words of four letters or more (their first five) in the sentence of `text` around `start`-`end`, within
    60 characters of it."""
    before, after = text[max(0, start - 60):start], text[end:end + 60]
    before, after = re.split(r"[.;!?]\s", before)[-1], re.split(r"[.;!?](?:\s|$)", after)[0]
    return {word.casefold()[:5] for word in _WORD.findall(f"{before} {after}") if len(word) > 3}


def _framed(text: str) -> list[Framed]:
    """Each number written in digits in `text` (as written, with its currency and percent sign), what it stands for,
    the two words right before it, if one of them names a thing, the three, if the first of them names one too, and
    the level a change by it went to ("to $18 million")."""
    found: list[Framed] = []
    for start, end, values in numerals_at(text):
        if start and text[start - 1].isdigit():  # (inside a number numerals_at splits: "1-2")
            continue
        near = list(_WORD.finditer(text, max(0, start - 80), start))
        stop = start
        if len(near) > _SIDE and near[-1][0].casefold() in _BEING and near[-1].end() == len(text[:start].rstrip(_GAP)):
            stop = near.pop().start()  # ("Services inflation was 4.1%": "services inflation 4.1%")
        words = near[-_SIDE - 2:]
        frame = tuple(word[0].casefold() for word in words[-_SIDE:]) if len(words) >= _SIDE and words[-1].end() == len(
            text[:stop].rstrip(_GAP)) and text[words[-2].end():words[-1].start()].isspace() and any(
            names_a_thing(word[0]) for word in words[-_SIDE:]) and not _COMPARED & {
            word[0].casefold() for word in words} else ()  # (not "up from a gap of £27.6m")
        longer = (words[-3][0].casefold(), *frame) if frame and len(words) > _SIDE and names_a_thing(words[-3][0]) \
            and text[words[-3].end():words[-2].start()].isspace() else ()
        changed, shown = _change_frame(text, near[-6:], start)
        longer = changed or longer
        first = start - (start > 0 and text[start - 1] in "$£€¥₹")
        unit = end + len(_UNIT.match(text, end)[0])  # type: ignore[index]  # (it matches anything)
        level = (" ".join(to[0].split()).casefold(),) if (to := _TO_LEVEL.match(text, unit)) else ()
        found.append((text[first:unit], values, frame, longer, level, shown))
    return found


def _change_frame(text: str, words: list[re.Match[str]], start: int) -> tuple[tuple[str, ...], str]:
    """The words before the number at `start` that a change went to or by, with its verb as the past of its kind
    ("adult social care will rise to": ('social', 'care', 'rose', 'to')), and as written (lower case): the thing, in
    one or two words next to the verb or to its auxiliary; ((), '') if none."""
    if len(words) < 3 or words[-1][0].casefold() not in _PREPOSITIONS or not (way := way_of(words[-2][0])) \
            or words[-1].end() != len(text[:start].rstrip(_GAP)) or not _apart_by_spaces(text, words[-2], words[-1]):
        return (), ""
    at = len(words) - 3
    if words[at][0].casefold() in _AUXILIARIES and _apart_by_spaces(text, words[at], words[at + 1]):
        at -= 1  # ("will rise to": "rose to")
    things: list[re.Match[str]] = []
    while at >= 0 and len(things) < 2 and names_a_thing(words[at][0]) and _apart_by_spaces(text, words[at],
                                                                                           words[at + 1]):
        things.insert(0, words[at])
        at -= 1
    if not things:
        return (), ""
    return ((*(thing[0].casefold() for thing in things), way, words[-1][0].casefold()),
            " ".join(text[things[0].start():words[-1].end()].split()).casefold())


def _apart_by_spaces(text: str, one: re.Match[str], other: re.Match[str]) -> bool:
    return text[one.end():other.start()].isspace()


def _kind(written: str) -> tuple[bool, str]:
    """What a number as written counts: a percentage or not, and in which currency, if any."""
    return written.endswith(("%", "cent")), written[0] if written[0] in "$£€¥₹" else ""


# a run of months an English text names, sharing the words around it: "July", "June and July", "March to May" (not
# a day's: "July 4")
_NAMES = "|".join(MONTHS)
_MONTHS = re.compile(rf"\b(?:{_NAMES})(?:\s*(?:,|and|or|to|through|until|-|–)\s*(?:{_NAMES})\b)*(?!\s*\d)\b")
_AS_MONTH = frozenset({"in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "this", "early",
                       "late", "mid", "to", "before", "after", "between", "and", "the"})  # before "May", "March":
# no verb ("the March freeze")
_TIMES = frozenset({"end", "start", "beginning", "middle", "close", "turn", "half", "quarter", "week", "weeks", "month",
                    "months", "year", "years", "day", "days", "time"})  # (a time of a month's: "the end of June")
_NUMBER_BEFORE = re.compile(r"[\d%]\s*\Z")


def _a_thing(word: str) -> bool:
    """Whether a word of a month's frame names a thing (not a time: "the end of")."""
    return names_a_thing(word) and word.casefold() not in _TIMES


# a run of months as written, the months, the words that frame it and on which side of them it is
Months = tuple[str, frozenset[int], tuple[str, ...], str]


def month_frame_warnings(entries: list[Entry]) -> list[Finding]:
    """A month an English card's title or summary names where its quote, in the same words around it, names only
    another ("reduced hours from October" on "reduced hours from July, and … by October"): once a card."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        if not _MONTHS.search(quote):
            continue  # (most quotes)
        quoted = _month_frames(quote)
        for key, text in card_texts(entry.card)[:2]:
            said = next(((run, same[0]) for run in _month_frames(text) if (same := [
                one for one in quoted if one[2:] == run[2:]]) and not any(run[1] & one[1] for one in same)), None)
            if said is not None:
                (written, _, frame, side), other = said
                found.append(warn(entry, key, f"{where(key)} gives {written} where the source_quote gives {other[0]}, "
                                              f"{side} the same words ('{' '.join(frame)}'): a month slipped?",
                                  snippet=written.split()[0]))
                break
    return found


def _month_frames(text: str) -> list[Months]:
    """Each run of months `text` names with the words that frame it, before it and after it: three words next to
    each other, the first naming a thing, and two, one naming a thing."""
    found = []
    for run in _MONTHS.finditer(text):
        before = list(_WORD.finditer(text, max(0, run.start() - 80), run.start()))[-3:]
        if run[0] in ("May", "March") and not (before and before[-1][0].casefold() in _AS_MONTH):
            continue  # (a verb: "Prices May Rise")
        months = frozenset(MONTHS.index(name) + 1 for name in re.findall(_NAMES, run[0]))
        after = list(_WORD.finditer(text, run.end(), run.end() + 80))[:4]
        end = run.end()
        if after and after[0][0].casefold() in _AUXILIARIES and text[end:after[0].start()].isspace():
            end = after.pop(0).end()  # ("July was almost as busy": "July almost as busy")
        for words, side in ((before[::-1], "after"), (after[:3], "before")):  # (the nearest first)
            edges = [run.start(), *(word.start() for word in words)] if side == "after" else \
                [end, *(word.end() for word in words)]
            for size in (3, 2):
                near = words[:size]
                apart = [text[min(a, b):max(a, b)] for a, b in zip(edges, (
                    word.end() if side == "after" else word.start() for word in near), strict=False)]
                if len(near) == size and all(gap.isspace() for gap in apart) and (
                        _a_thing(near[-1][0]) if size == 3 else any(_a_thing(word[0]) for word in near)) and not (
                        side == "after" and _NUMBER_BEFORE.search(text, 0, near[-1].start())):  # (not "7.46 million
                    # in December": a number's words)
                    ordered = near[::-1] if side == "after" else near
                    found.append((run[0], months, tuple(word[0].casefold() for word in ordered), side))
    return found


# a time in a number's clause that may be that of a number compared with ("1,690 in 2024", "the year before"), and
# one right after a number compared with, of another time than the quote's ("compared with 1,690 in 2024")
_WHENS = (rf"(?:19|20)\d\d|earlier|before|ago|previous|prior|last\s+(?:year|month|week|quarter|night)|yesterday|"
          rf"{'|'.join(MONTHS)}")
_ANOTHER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|(?:a|the)\s+(?:year|month|week|quarter)\s+(?:earlier|before)|ago|"
                           r"previous|prior|last\s+(?:year|month|week|quarter|season|winter|spring|summer|autumn)|"
                           r"then|yesterday|last\s+night|same\s+(?:point|time|period|stage)|originally|initially|"
                           r"previously|at\s+first|first\s+[a-z]+ed)\b", re.IGNORECASE)  # (a time that is no
# number's now: not "in November", which may be the quote's for its own number; "€18 million first announced")
_ITS_TIME = re.compile(rf"[^,;.\d]{{0,30}}?\b(?:{_WHENS})\b", re.IGNORECASE)
_FROM = re.compile(r"\b(?:up\s+|down\s+)?from\s+\S{0,3}\Z", re.IGNORECASE)  # right before where a change starts
_NOT_STARTED = re.compile(r"\S*\s+(?:to\s+\d+\s+[A-Z][a-z]*|today|now|currently|at\s+present)\b")  # ("from 1 to 5
# December", days; "up from 86,000 today", its present)
_COMPARING = re.compile(r"\b(?:than|from|against|compared|versus|vs|with|instead\s+of|not)\b[^,;.]{0,25}\Z",
                        re.IGNORECASE)  # ("30 days, not 180": the number it is not)
_CLAUSE_END = re.compile(r"[,;.](?:\s|$)|\s(?:and|but|while)\s")


def baseline_warnings(entries: list[Entry]) -> list[Finding]:
    """A number in digits an English card's title or summary gives as its own (no word of comparison before it, no
    other time in its clause) that its quote gives only as the number another is compared with, of another time
    (a year, a month, "a year earlier" right after it): "only 1,690 enrolled" on "only 1,120 … had enrolled, compared
    with 1,690 in 2024". Once a card."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        quoted = numbercontexts.contexts(quote)
        earlier: list[tuple[numbercontexts.Context, str | None]] = [
            (said, " ".join(when[0].split()[-2:]).casefold() if when else None) for said in quoted if said.earlier
            and ((when := _ITS_TIME.match(quote, said.at + len(said.written))) or _started(quote, said))]
        # (with its time's last two words: "year before", not the "before" of "before tax"; or none, where a change
        # starts: "rose to 22% in the quarter from 19%")
        now = {value for said in quoted if not said.earlier for value in numbers.rounded(said.values)}
        if not earlier or not now:
            continue  # (most quotes: no number compared with)
        for key, text in card_texts(entry.card)[:2]:
            said = next(_as_its_own(text, earlier, now), None)
            if said is not None:
                own, other = said
                found.append(warn(entry, key, f"{where(key)} gives {own.written} as its own, where the source_quote "
                                              f"gives it only as a number compared with ('{other.baseline} "
                                              f"{other.written}'): a number of another time?", snippet=own.written))
                break
    return found


def _started(quote: str, said: numbercontexts.Context) -> bool:
    """Whether `said` is where a change in `quote` starts, right after its "from" ('rose to 22% from 19%')."""
    return _FROM.search(quote, max(0, said.at - 12), said.at) is not None and not _NOT_STARTED.match(
        quote, said.at + len(said.written) - 1) and not RANGE_FROM.search(quote, max(0, said.at - 30), said.at)
    # (not "fees range from £18,000 to £38,000": a range's ends)


def _as_its_own(text: str, earlier: list[tuple[numbercontexts.Context, str | None]], now: set[float]
                ) -> Iterator[tuple[numbercontexts.Context, numbercontexts.Context]]:
    """Each number of `text` given as its own that a quote gives only as an `earlier` one (with its time's word; `now`:
    the quote's other numbers), with that one: not after a word of comparison, nor with another time in its clause
    or that one's time in its sentence ("In 2024, 1,690 did")."""
    for said in numbercontexts.contexts(text):
        values = numbers.rounded(said.values)
        if said.earlier or values & now or _COMPARING.search(text, max(0, said.at - 40), said.at) \
                or _ANOTHER_TIME.search(_clause(text, said.at)):
            continue
        yield from ((said, other) for other, when in earlier if values & numbers.rounded(other.values)
                    and (when is None or when not in _sentence(text, said.at).casefold()))


def _sentence(text: str, at: int) -> str:
    """The sentence of `text` that holds `at`."""
    return text[text.rfind(". ", 0, at) + 1:(end if (end := text.find(". ", at)) >= 0 else len(text))]


def _clause(text: str, at: int) -> str:
    """The clause of `text` that holds `at`: from the end of the one before to its own end."""
    start = max((found.end() for found in _CLAUSE_END.finditer(text, 0, at)), default=0)
    end = next((found.start() for found in _CLAUSE_END.finditer(text, at)), len(text))
    return text[start:end]

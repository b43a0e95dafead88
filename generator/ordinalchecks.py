"""An ordinal in digits a card gives that its source gives as another before the same word ("the 12th consecutive
increase" for "21st", or for "21 consecutive"): a warning of `check`, in English (editorial.py gathers them).
Ordinals in words are let be (a summary's "second round" for a runoff, a title's "second place" worked out), but
for a rank against the card's quote ("second-largest" for "third-largest") and a place someone the quote names came
in ("Sandhu came second" for "Priya Sandhu, came third"); and a fraction in words the quote gives as another ("a
quarter of them" for "a third of them")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.model import Source
from generator.namechecks import card_texts
from generator.validate import where

_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
          "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
          "twentieth")
# an ordinal in words or digits, and the word after it: "third-quarter", "21st consecutive", "second round"
_ORDINAL = re.compile(rf"(?<![\w-])({'|'.join(_WORDS)}|\d{{1,3}}(?:st|nd|rd|th))[\s-]+([^\W\d_]{{3,}})",
                      re.IGNORECASE)


_DIGITS_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)  # (a cheap test: an ordinal in digits)
# a rank: an ordinal in words before a superlative ("third-largest", "second most"), checked against its quote
_SUPERLATIVE = re.compile(r"[^\W\d_]{2,}est|most|least", re.IGNORECASE)
_RANKED = re.compile(rf"\b(?:{'|'.join(_WORDS[1:])})[\s-]+(?:[^\W\d_]{{2,}}est|most|least)\b", re.IGNORECASE)


def ordinal_warnings(entries: list[Entry], source: Source) -> list[Finding]:
    """An ordinal in digits before a word in a card's title (against its quote, if it has the word) or summary or
    figure label (against the source) where that gives the word only after other numbers: a number slipped."""
    found: list[Finding] = []
    for entry in entries:
        before = len(found)
        for key, text in card_texts(entry.card):
            for match in _ORDINAL.finditer(text) if _DIGITS_ORDINAL.search(text) or _RANKED.search(text) else ():
                superlative = _SUPERLATIVE.fullmatch(match[2]) is not None
                if not match[1][0].isdigit() and not superlative:
                    continue  # (in words: a summary's "the second round" for a runoff, "second place" worked out)
                quoted = _ordinals(entry.card.source_quote)
                number, word = _value(match[1]), match[2].casefold()
                by_quote = (key == ("title",) or superlative) and word in quoted  # (a title's: its quote's, where it
                # has that word; a rank in words, "second-largest", only against its quote's)
                if superlative and (not by_quote or re.search(rf"\b{match[1]}\b(?![\s-]+(?!(?:most|least|\w+est)\b)"
                                                              r"[^\W\d_]{3,})", entry.card.source_quote, re.I)):
                    continue  # (its quote's rank for another word: "revenue ranks only tenth"; not an ordinal of a
                    # thing: "her third match point")
                others = (quoted if by_quote else _ordinals(source.text)).get(word, {})
                if others and number not in others:
                    said = " and ".join(f"'{others[n]}'" for n in sorted(others))
                    found.append(warn(entry, key, f"{where(key)} says '{match[0]}', where the "
                                                  f"{'source_quote' if by_quote else 'source'} says {said}: a number "
                                                  "slipped?", snippet=match[0]))
            found += _worded_warnings(entry, key, text)
            found += _first_warnings(entry, key, text)
            found += _run_warnings(entry, key, text)
            found += _place_warnings(entry, key, text)
            found += _fraction_warnings(entry, key, text)
        if len(found) == before:  # (else said already)
            found += next((near for key, text in card_texts(entry.card)[:2]
                           if (near := _near_ordinal(entry, key, text))), [])
    return found


# an ordinal in words and the two words after it: "the third hurricane of the season"; not of a run ("third consecutive
# month"), nor a place ("finished third for the first time")
_NOT_COUNTED = frozenset({"consecutive", "straight", "successive", "running", "for", "the", "and", "with", "from",
                          "after", "before", "place", "time"})
_WORDED = re.compile(rf"(?<![\w-])({'|'.join(_WORDS)})[\s-]+([^\W\d_]{{3,}})\s+([^\W\d_]+)", re.IGNORECASE)


def _worded_warnings(entry: Entry, key: tuple[str | int, ...], text: str) -> list[Finding]:
    """An ordinal in words a card's text gives before two words its quote gives only after another ordinal: "the
    fourth hurricane of the season" on "the third hurricane of the season" (not "the second round" for a runoff, on
    "the first round of voting": other words)."""
    quote = entry.card.source_quote
    quoted: dict[tuple[str, str], dict[int, str]] = {}
    for match in _WORDED.finditer(quote):
        if not (_SUPERLATIVE.fullmatch(match[2]) or match[2].casefold() in _NOT_COUNTED):  # (a rank, a run: above)
            quoted.setdefault((match[2].casefold(), match[3].casefold()), {})[_value(match[1])] = " ".join(
                match[0].split())
    for match in _WORDED.finditer(text) if quoted else ():
        others = quoted.get((match[2].casefold(), match[3].casefold()), {})
        if others and _value(match[1]) not in others:
            said = " and ".join(f"'{others[n]}'" for n in sorted(others))
            return [warn(entry, key, f"{where(key)} says '{' '.join(match[0].split())}', where the source_quote says "
                                     f"{said}: a number slipped?", snippet=match[1])]
    return []


def _near_ordinal(entry: Entry, key: tuple[str | int, ...], text: str) -> list[Finding]:
    """An ordinal in words (second to tenth) a card's text gives that its quote never writes, where the quote gives
    another before a word the card's gives within its next four ("Second doctors' walkout since last summer" on "the
    third walkout since last summer", "a fourth month" on "a fifth month in a row")."""
    quote = entry.card.source_quote
    quoted = [(match, _following(quote, match.end())) for match in _ANY_ORDINAL.finditer(quote)]
    for match in _ANY_ORDINAL.finditer(text) if quoted else ():
        if re.search(rf"\b{match[1]}\b", quote, re.IGNORECASE):
            continue
        if not _FOR_A.search(text, max(0, match.start() - 8), match.start()):
            quoted = [(found, theirs) for found, theirs in quoted if not _IN_A_RUN.match(quote, found.start())]  # (a
            # run's ordinal is a run's: "the second month of the drought" is no slip of "the third consecutive month")
        mine = _following(text, match.end())
        if other := next((found for found, theirs in quoted if mine & theirs), None):
            shared = mine & _following(quote, other.end())
            word = next(word for word in re.findall(r"[^\W\d_]{4,}", text[match.end():]) if word.casefold() in shared)
            return [warn(entry, key, f"{where(key)} says '{match[1]}', where the source_quote says '{other[0]}' of "
                                     f"'{word}': a number slipped?", snippet=match[1])]
    return []


_FOR_A = re.compile(r"\bfor\s+(?:a|the)\s+\Z", re.IGNORECASE)  # ("top for a fourth month": a run)
_ANY_ORDINAL = re.compile(rf"(?<![\w-])({'|'.join(_WORDS[1:10])})(?![\w-])", re.IGNORECASE)


def _following(text: str, end: int) -> set[str]:
    """The first four words after `end`, in its sentence, that may name a thing (four letters or more)."""
    stop = re.search(r"[.;:!?]", text[end:])
    return set([word for word in map(str.casefold, re.findall(r"[^\W\d_]{4,}", text[end:end + (
        stop.start() if stop else 80)])) if word not in _NOT_COUNTED | _WEAK][:4])  # ("the second time this year that
    # the company has lowered": company, lowered)


_WEAK = frozenset({"that", "this", "with", "have", "were", "been", "into", "last", "next", "since", "late", "early",
                   "more", "most", "than", "time", "year", "years", "straight", "consecutive", "successive", "running"})


_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
          "tenth": 10, "tenths": 10}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
_OUT_OF = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FRACTION_PARTS = ("alf", "hird", "uarter", "ifth", "enth", " in ")  # (a cheap test)
# a fraction in words: "a third of", "two-thirds", "cut by a quarter.", "half of" (not "a third term", "the first
# half", "half-year"); a share: "one in five adults"
_FRACTION = re.compile(rf"(?<![\w-])(?:({'|'.join(_COUNTS)})[ \t-]+({'|'.join(_PARTS)})|(?<!first )(?<!second )"
                       r"(?<!the )(half))(?=[ \t]+(?:of|more|less|fewer|higher|lower|below|above|short|up|down|off)\b"
                       rf"|[ \t]*(?:[.,;:!?)]|$))|(?<![\w-])(one|two|three)[ \t]+in[ \t]+({'|'.join(_OUT_OF)})\b",
                       re.IGNORECASE)


# a fraction by which a thing changed: "rose by nearly a fifth"; and, in a quote, one before any word but a thing an
# ordinal counts ("a third planned to cut investment", not "a third term")
_BY_PART = re.compile(r"\bby[ \t]+(?:(?:nearly|almost|about|around|roughly|some|more[ \t]+than|over|just[ \t]+"
                      rf"(?:under|over)|less[ \t]+than)[ \t]+)?(({'|'.join(_COUNTS)})[ \t-]+({'|'.join(_PARTS)}))\b",
                      re.IGNORECASE)
_LOOSE_PART = re.compile(rf"(?<![\w-])(({'|'.join(_COUNTS)})[ \t-]+({'|'.join(_PARTS)}))\b(?![ \t-]+(?:term|round|"
                         r"time|place|party|way|world|wave|quarter|straight|consecutive|successive|year|week|month|"
                         r"day|season|game|match|set|leg|attempt|bid|child|baby|son|daughter|line|stage|phase|"
                         r"option|runway|reactor|floor|division|tier|century|hour|generation|final|person|"
                         r"reading|rail|gear|base|estate|grade|class|try|goal|test)s?\b)", re.IGNORECASE)
# a card's before a verb: "a quarter had put pension savings in"
_SAID_PART = re.compile(rf"(?<![\w-])(({'|'.join(_COUNTS)})[ \t-]+({'|'.join(_PARTS)}))\b(?=[ \t]+(?:had|have|has|was|"
                        r"were|is|are|said|say|says|will|would|could|may|might|plan\w*|expect\w*|want\w*)\b)",
                        re.IGNORECASE)


def _fraction_warnings(entry: Entry, key: tuple[str | int, ...], text: str) -> list[Finding]:
    """A fraction in words a card's text gives where its quote gives others in words and not it, nor a percentage
    near it ('a quarter of Ward 14's nurses' on "a third of them are thinking of leaving")."""
    found: list[Finding] = []
    quote = entry.card.source_quote
    given = _fractions(quote)
    for value, written in _parts(text, _SAID_PART, quote) if given and any(part in text for part in _FRACTION_PARTS) \
            else ():
        near = any(abs(float(percent) - value * 100) <= 2
                   for percent in re.findall(r"(\d+(?:\.\d+)?)[ \t]*(?:%|per[ \t-]?cent)", quote))
        if value not in given and not near:
            said = " and ".join(f"'{one}'" for one in given.values())
            found.append(warn(entry, key, f"{where(key)} says '{written}', where the source_quote says {said}: a "
                                          "number slipped?", snippet=written))
    return found


def _parts(text: str, more: re.Pattern[str] | None = None, quote: str = "") -> list[tuple[float, str]]:
    """The fractions in words `text` gives, in order, with how it writes each; `more`: those of another pattern too (a
    quote's before any word but a thing an ordinal counts, a card's before a verb); and a card's after the two words
    its `quote` writes before a fraction ("a provisional quota of one third until" on "quota of one quarter of")."""
    found = [(match.start(), _fraction(match), match[0]) for match in _FRACTION.finditer(text)]
    for pattern in (_BY_PART, more) if more else (_BY_PART,):
        found += [(match.start(1), _COUNTS[match[2].casefold()] / _PARTS[match[3].casefold()], match[1])
                  for match in pattern.finditer(text)]
    if quote:
        placed = {pair for match in _LOOSE_PART.finditer(quote)
                  if len(pair := _two_before(quote, match.start())) == 2}
        found += [(match.start(1), _COUNTS[match[2].casefold()] / _PARTS[match[3].casefold()], match[1])
                  for match in _LOOSE_PART.finditer(text) if _two_before(text, match.start()) in placed]
    return [(value, written) for _, value, written in sorted(dict((at, (at, value, written))
                                                                 for at, value, written in found).values())]


def _two_before(text: str, at: int) -> tuple[str, ...]:
    """The two words `text` writes right before `at`, casefolded (fewer at its start)."""
    return tuple(word.casefold() for word in re.findall(r"[^\W\d_]+", text[max(0, at - 40):at])[-2:])


@functools.lru_cache(maxsize=4)
def _fractions(quote: str) -> dict[float, str]:
    """The fractions in words `quote` gives, each with how it first writes it."""
    found: dict[float, str] = {}
    for value, written in _parts(quote, _LOOSE_PART) if any(part in quote for part in _FRACTION_PARTS) else ():
        found.setdefault(value, written)
    return found


def _fraction(match: re.Match[str]) -> float:
    if match[3]:
        return 0.5
    if match[4]:
        return _COUNTS[match[4].casefold()] / _OUT_OF[match[5].casefold()]
    return _COUNTS[match[1].casefold()] / _PARTS[match[2].casefold()]


# a superlative with no rank before it: "the largest fraud" (the first), not "second-largest", "third most"
_BARE_SUPERLATIVE = re.compile(r"(?<![\w-])([^\W\d_]{3,}est|most|least)\b", re.IGNORECASE)
_RANK_BEFORE = re.compile(rf"\b(?:{'|'.join(_WORDS)})[\s-]+\Z", re.IGNORECASE)


def _first_warnings(entry: Entry, key: tuple[str | int, ...], text: str) -> list[Finding]:
    """A superlative a card gives with no rank, the first ('Largest fraud ever tried'), where its quote gives it
    only with one ('the second-largest fraud ever tried')."""
    quote = entry.card.source_quote
    if not _ranked(quote):
        return []  # (most quotes: no rank)
    found: list[Finding] = []
    for match in _bare(text):
        word = match[1].casefold()
        ranked = [other for other in _RANKED.finditer(quote) if other[0].casefold().endswith(word)]
        if ranked and not any(other[1].casefold() == word for other in _bare(quote)):
            found.append(warn(entry, key, f"{where(key)} says '{match[1]}', where the source_quote says "
                                          f"'{ranked[0][0]}': a number slipped?", snippet=match[1]))
    return found


@functools.lru_cache(maxsize=4)
def _ranked(quote: str) -> bool:
    return _RANKED.search(quote) is not None


def _bare(text: str) -> Iterator[re.Match[str]]:
    """The superlatives of `text` with no rank before them ('largest', not 'second-largest')."""
    return (match for match in _BARE_SUPERLATIVE.finditer(text)
            if not _RANK_BEFORE.search(text, max(0, match.start() - 14), match.start()))


# an ordinal in words of a run: "the third consecutive month", "a fourth dry month in a row", "the fourth month
# running"
_IN_A_RUN = re.compile(rf"\b({'|'.join(_WORDS)})\b(?=(?:[\s-]+[^\W\d_]+){{0,3}}?[\s-]+(?:consecutive|straight|"
                       r"successive|running|in\s+a\s+row)\b)", re.IGNORECASE)


def _run_warnings(entry: Entry, key: tuple[str | int, ...], text: str) -> list[Finding]:
    """An ordinal in words of a run a card's text gives where its quote gives the run's another ("a fourth dry month
    in a row" on "the third consecutive month") and never it."""
    quote = entry.card.source_quote
    if "ecutive" not in quote and "traight" not in quote and "uccessive" not in quote and "a row" not in quote \
            and "unning" not in quote:
        return []  # (most quotes: no run)
    quoted = {one[1].casefold(): one[0] for one in _IN_A_RUN.finditer(quote)}
    found: list[Finding] = []
    for match in _IN_A_RUN.finditer(text) if quoted else ():
        if match[1].casefold() not in quoted and not re.search(rf"\b{match[1]}\b", quote, re.IGNORECASE):
            found.append(warn(entry, key, f"{where(key)} says '{match[1]}' of a run, where the source_quote says "
                                          f"'{next(iter(quoted.values()))}': a number slipped?", snippet=match[1]))
    return found


# a place in a race or a vote: "came third", "finished in second place", "placed fourth"
_PLACE = re.compile(rf"\b(?:came|comes|come|coming|finished|finishes|finish|finishing|placed|ended|ends|ending|ranked|"
                    rf"ranks)(?:[ \t]+in)?[ \t]+({'|'.join(_WORDS)})\b", re.IGNORECASE)
_PLACE_VERBS = ("came", "com", "inish", "placed", "end", "rank")  # (a cheap test: most texts have none)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _place_warnings(entry: Entry, key: tuple[str | int, ...], text: str) -> list[Finding]:
    """A place a card's text says someone came in, where its quote says that one (a name of theirs the last before
    its words in their sentence) came in another: "Sandhu came second" on "The Green candidate, Priya Sandhu, came
    third"."""
    found: list[Finding] = []
    for match in _PLACE.finditer(text) if any(verb in text for verb in _PLACE_VERBS) else ():
        quote = entry.card.source_quote
        who = _subject(text, match.start(), quote)
        places = [(other, _subject(quote, other.start(), quote)) for other in _PLACE.finditer(quote)]
        others = [other for other, whose in places if whose and not whose & who]  # (another's: "Alemu finished
        # second, and Britain's Callum Reid came third")
        if any(re.search(rf"\b{match[1]}\b", quote[start:end], re.IGNORECASE) for start, end in _between(
                quote, [other.span() for other in others])):
            continue  # (the quote gives that place otherwise: to this one, maybe)
        if other := next((other for other, whose in places
                          if other[1].casefold() != match[1].casefold() and who & whose), None):
            found.append(warn(entry, key, f"{where(key)} says '{match[0]}', where the source_quote says "
                                          f"'{other[0]}': a number slipped?", snippet=match[1], nth=len(re.findall(
                                              rf"(?<!\w){match[1]}(?!\w)", text[:match.start(1)]))))  # (at its
            # ordinal: the warning that the source never gives "second" is the same mistake, said once)
    return found


def _between(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of `text` outside `spans` (in order)."""
    stretches, at = [], 0
    for start, end in spans:
        stretches.append((at, start))
        at = end
    return [*stretches, (at, len(text))]


def _subject(text: str, at: int, quote: str) -> set[str]:
    """The last two words in capitals before `at` in its clause that `quote` never writes in small letters (a name's,
    not 'The')."""
    sentence = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at)) + 1
    words: list[str] = []
    for start in (max(sentence - 1, text.rfind(" and ", 0, at)) + 1, sentence):  # (the clause's; else, for "… and
        # finished third", the sentence's)
        words = words or [found[0] for found in _CAPITALISED.finditer(text, start, at)
                          if not re.search(rf"\b{re.escape(found[0].lower())}\b", quote)]
    return set(words[-2:])


@functools.lru_cache(maxsize=4)
def _ordinals(text: str) -> dict[str, dict[int, str]]:
    """The ordinals `text` writes before each word ('quarter': {3: 'third-quarter'})."""
    found: dict[str, dict[int, str]] = {}
    for match in _ORDINAL.finditer(text):
        found.setdefault(match[2].casefold(), {}).setdefault(_value(match[1]), " ".join(match[0].split()))
    for match in _CARDINAL.finditer(text):  # ("for 21 consecutive months": the 21st)
        found.setdefault(match[2].casefold(), {}).setdefault(int(match[1]), " ".join(text[match.start():match.end(2)]
                                                                                         .split()))
        if match[3] and match[2].casefold() in _RUN:  # ("18 straight months": the 18th month too)
            found.setdefault(match[3].casefold().removesuffix("s"), {}).setdefault(int(match[1]), " ".join(
                match[0].split()))
    return found


# a number in digits before a word (and the word after it: "18 straight months")
_CARDINAL = re.compile(r"(?<![\w.,-])(\d{1,3})[\s-]+([^\W\d_]{3,})(?:\s+([^\W\d_]{3,}))?")
_RUN = frozenset({"straight", "consecutive", "successive", "running"})


def _value(ordinal: str) -> int:
    folded = ordinal.casefold()
    return _WORDS.index(folded) + 1 if folded in _WORDS else int(folded[:-2])

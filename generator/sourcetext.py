"""The source article: finding quotes in it and cutting it into highlighted passages."""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache
from typing import NamedTuple

PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                       "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                       "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",  # guillemets: « » ‹ ›
                       "\u02bc": "'", "\u00a0": " ", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                       "\u2212": "-"})
# in a word but not seen: a soft hyphen, a zero-width space, a word joiner, a byte-order mark; left out of matching
INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]+")
_GAP = re.compile(f"[\\s{INVISIBLE}]+")
_PLAIN_PAIRS = tuple((chr(code), value) for code, value in PLAIN.items())
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_RUNS = re.compile(r"\s\s+")
# scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Chinese, Japanese): a quote may start
# or end anywhere in them
_UNSPACED = ("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff\uff66-\uff9f"
             "\U00020000-\U0003ffff]")  # (compiled when a character beyond ASCII asks: 4 ms of every command's start)
_JOINERS = ",.'-"  # inside a word or number, between letters or digits
_KEY, _TABLE_FROM = 12, 50_000  # word-start table: key length, and the folded length from which it pays


def fold_text(text: str) -> str:
    """`text` with whitespace runs folded to one space, typographic quotes and dashes made plain, and invisible
    characters and the spacing beside double quote marks left out (a quote's, once a card)."""
    text = plain(text)
    if _has_invisible(text):
        text = _INVISIBLE.sub("", text)
    if _has_unspaced_break(text):
        text = _unspaced_break().sub("", text)
    text = " ".join(text.split())  # as _SPACE.sub(" ", text).strip(): both split where str.isspace()
    # `_hidden`'s spacing beside a quote mark, now one space at most: as SourceIndex leaves it out, at C speed
    return text.replace(' "', '"').replace('" ', '"') if '"' in text else text


def _has_invisible(text: str) -> bool:
    """`_INVISIBLE.search(text)`, at C speed: 0.4 ms for a 1.8 MB source against 23 ms (and none in ASCII)."""
    return not text.isascii() and any(char in text for char in INVISIBLE)


def _has_hidden(plained: str) -> bool:
    """Whether `plained` (made plain) holds a double quote mark, an invisible character or a line end in a script
    written without spaces (at C speed, but for that)."""
    return '"' in plained or _has_invisible(plained) or _has_unspaced_break(plained)


def _has_unspaced_break(text: str) -> bool:
    if "\n" not in text or text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")  # (a scan for their UTF-8 lead bytes first: 3 ms at 600 KB, where
    # the search takes 40 ms in a text that has none)
    return any(lead in data for lead in _UNSPACED_LEADS) and _unspaced_break().search(text) is not None


# the first byte of a character in UTF-8 that may be of a script written without spaces (U+0800-U+1FFF, U+3000-U+9FFF,
# U+F000-U+FFFF, and beyond U+FFFF); others' too, which the search then tells apart
_UNSPACED_LEADS = tuple(bytes([lead]) for lead in (0xE0, 0xE1, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF, 0xF0))


@cache
def _unspaced_break() -> re.Pattern[str]:
    """A line end beside a character of a script written without spaces: a wrapped line's end, which is no space
    ("発表し\nた" is "発表した")."""
    return re.compile(rf"(?<={_UNSPACED})[ \t]*\n[ \t]*(?=\S)|(?<=[^\s\w]|\d)[ \t]*\n[ \t]*(?={_UNSPACED})")  # (not
    # after a word of a script with spaces: "who visited\n東京タワー" keeps its space)


def _hidden(plained: str) -> list[tuple[int, int]]:
    """(start, end) of each run of `plained` left out of matching, in order, apart: invisible characters, and the
    spacing on either side of a double quote mark.

    Typography, not words: French puts a space, often a no-break one, inside « », German none inside » «, and a
    card's straight "…" either. Left out on both sides of every mark, whichever way round, the rule needs no
    context: a quote copied from the text folds as its place in the folded text does (a rule reading the marks'
    neighbours to tell opening from closing could not see them at a quote's ends)."""
    spans = [match.span() for match in _INVISIBLE.finditer(plained)] if _has_invisible(plained) else []
    if _has_unspaced_break(plained):
        spans += [match.span() for match in _unspaced_break().finditer(plained)]
    gap, find = _GAP.match, plained.find
    at = find('"')
    while at >= 0:
        start = at
        while start and _blank(plained[start - 1]):
            start -= 1
        if start < at:
            spans.append((start, at))
        if (run := gap(plained, at + 1)) is not None:
            spans.append(run.span())
        at = find('"', at + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # (the spacing between two marks, both marks': one run)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _blank(char: str) -> bool:
    """Whitespace or an invisible character."""
    return char.isspace() or char in INVISIBLE


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the runs `spans` gives (in order, apart)."""
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return "".join(kept)


def plain(text: str) -> str:
    """`text.translate(PLAIN)`, faster for a long text: a C scan per mapped character, none per character (and
    none in ASCII)."""
    if text.isascii():  # (known to Python without a scan)
        return text
    for char, replacement in _PLAIN_PAIRS:
        if char in text:
            text = text.replace(char, replacement)
    return text


class SourceIndex:
    """Looks quotes up in a source text, ignoring whitespace and quote-mark style.

    Same positions as `fold`, without a list entry per character: the folded text maps back to the
    original piecewise (a break wherever a run of 2+ whitespace characters became one space). Long sources
    get a table of word starts (unless `table` is False: a few lookups), so finding N quotes is not N scans
    of the whole text.
    """

    def __init__(self, text: str, table: bool = True) -> None:
        self.text = text
        plained = plain(text)
        self._shown_at: tuple[list[int], list[int]] | None = None  # text without what `_hidden` finds -> text
        if _has_hidden(plained) and (spans := _hidden(plained)):
            plained, self._shown_at = _visible(plained, spans)
        core = plained.strip()
        lead = len(plained) - len(plained.lstrip())
        self.folded = " ".join(core.split())  # as _SPACE.sub(" ", core): both split where str.isspace()
        self._fold_at, self._text_at = [0], [lead]  # folded position -> original position, piecewise
        removed = 0
        for match in _RUNS.finditer(core):
            removed += match.end() - match.start() - 1
            self._fold_at.append(match.end() - removed - 1)
            self._text_at.append(lead + match.end() - 1)
        self._starts: dict[str, list[int]] = {}  # the first _KEY characters at each word start -> where
        if table and len(self.folded) >= _TABLE_FROM:  # built here, before a build forks its workers
            folded, starts = self.folded, self._starts
            known, at = starts.get, 0
            for word in folded.split(" "):  # (split by single spaces: each starts one past the end of the last)
                key = folded[at: at + _KEY]
                places = known(key)
                if places is None:
                    starts[key] = [at]
                else:
                    places.append(at)  # (not setdefault: it made a list for every word)
                at += len(word) + 1

    def find(self, quote: str) -> tuple[int, int] | None:
        """(start, end) of the first occurrence of `quote` in the original text, as whole words, or None."""
        needle = fold_text(quote)
        if not needle:
            return None
        at = self._find(needle)
        if at < 0:
            return None
        return self._original(at), self._original(at + len(needle) - 1) + 1

    def cut_word(self, quote: str) -> str | None:
        """For a quote `find` misses: the word of the text its first occurrence starts or ends inside ('holding'
        for "olding the rate"), or None if it does not occur at all."""
        needle = fold_text(quote)
        at = self._find(needle, whole_words=False) if needle else -1
        if at < 0:
            return None
        end = at + len(needle)
        edge = at if self._cuts_before(at, needle) else end - 1
        text = self.folded

        def joined(i: int) -> bool:  # a letter or digit, or a joiner between two: 4,200,000, F-35, council's
            return _in_word(text[i]) or (text[i] in _JOINERS and 0 < i < len(text) - 1 and _in_word(text[i - 1])
                                         and _in_word(text[i + 1]))

        start, stop = edge, edge + 1
        while start > 0 and joined(start - 1):
            start -= 1
        while stop < len(text) and joined(stop):
            stop += 1
        return text[start:stop]

    def _cuts_before(self, at: int, needle: str) -> bool:
        """Whether `needle` at `at` starts inside a word: 'happy' in "unhappy", 'Brien' in "O'Brien", 'corruption' in
        "anti-corruption", '000' in "12,000"."""
        if at <= 0 or not _in_word(needle[0]):
            return False
        text, before = self.folded, self.folded[at - 1]
        return _in_word(before) or (at > 1 and _in_word(text[at - 2]) and (
            before in "'-" or (before in ",." and needle[0].isdigit() and text[at - 2].isdigit())))

    def _cuts(self, at: int, needle: str) -> bool:
        """Whether `needle` at `at` starts or ends inside a word: 'happy' in "unhappy", '0 buses' in "10 buses"; or
        inside a number or a hyphened word: '12' in "12,000", '$4' in "$4.2bn", 'anti' in "anti-corruption" (a
        possessive's "'s" is not a cut: 'the council' in "the council's")."""
        if self._cuts_before(at, needle):
            return True
        text, end = self.folded, at + len(needle)
        if end >= len(text):
            return False
        if not _in_word(needle[-1]):  # ("from 1." of "from 1.1 million": a number's point, no stop)
            return needle[-1] in ",." and len(needle) > 1 and needle[-2].isdigit() and text[end].isdigit()
        after = text[end]
        return _in_word(after) or (end + 1 < len(text) and _in_word(text[end + 1]) and (
            after == "-" or (after in ",." and needle[-1].isdigit() and text[end + 1].isdigit())))

    def occurrences(self, quote: str, most: int) -> int:
        """How many times `quote` occurs (overlapping ones too), counting up to `most`."""
        needle, count, at = fold_text(quote), 0, -1
        while needle and count < most and (at := self._find(needle, at)) >= 0:
            count += 1
        return count

    def _original(self, at: int) -> int:
        k = bisect.bisect_right(self._fold_at, at) - 1
        at = self._text_at[k] + at - self._fold_at[k]
        if self._shown_at is None:
            return at
        shown_at, text_at = self._shown_at
        k = bisect.bisect_right(shown_at, at) - 1
        return text_at[k] + at - shown_at[k]

    def _find(self, needle: str, after: int = -1, whole_words: bool = True) -> int:
        """First occurrence in the folded text that starts past `after` (and neither starts nor ends inside a
        word, unless not `whole_words`)."""
        at = self._find_any(needle, after)
        while whole_words and at >= 0 and self._cuts(at, needle):
            at = self._find_any(needle, at)
        return at

    def _find_any(self, needle: str, after: int = -1) -> int:
        """First occurrence in the folded text that starts past `after`. Every occurrence puts each inner word
        start of the needle at a word start of the text: the table lists those places for the rarest of them, and
        each is checked in order (no scan of the text, which would make a build quadratic in a source that grows
        with it)."""
        if not self._starts:
            return self.folded.find(needle, after + 1)
        rarest: tuple[int, list[int]] | None = None
        inner = needle.find(" ") + 1  # the needle is folded: each inner word starts after a single space
        while 0 < inner <= len(needle) - _KEY:
            places = self._starts.get(needle[inner: inner + _KEY])
            if places is None:
                return -1
            if rarest is None or len(places) < len(rarest[1]):
                rarest = (inner, places)
                if len(places) == 1:
                    break  # none can be rarer
            inner = needle.find(" ", inner) + 1
        if rarest is None:
            return self.folded.find(needle, after + 1)
        inner, places = rarest
        return next((at - inner for at in places if at - inner > after and self.folded.startswith(needle, at - inner)),
                    -1)


def _visible(text: str, spans: list[tuple[int, int]]) -> tuple[str, tuple[list[int], list[int]]]:
    """`text` without the runs `spans` gives (`_hidden`'s), and where it maps back to `text`, piecewise: (positions
    in the result, their positions in `text`)."""
    shown_at, text_at, removed = [0], [0], 0
    for start, end in spans:
        removed += end - start
        shown_at.append(end - removed)
        text_at.append(end)
    return _cut(text, spans), (shown_at, text_at)


def _in_word(char: str) -> bool:
    """A letter or digit of a script that puts spaces between words."""
    return char.isalnum() and (char.isascii() or not _unspaced().match(char))


@cache
def _unspaced() -> re.Pattern[str]:
    return re.compile(_UNSPACED)


def unspaced(text: str) -> bool:
    """Whether `text` has a letter of a script written without spaces between words (Chinese, Japanese, Thai…)."""
    return not text.isascii() and _unspaced().search(text) is not None


class Segment(NamedTuple):  # a tuple, not a dataclass: a big source has tens of thousands
    """A run of a paragraph: plain, or cited by `cards` (ids, earliest quote first)."""

    text: str
    cards: tuple[str, ...] = ()
    starting: tuple[str, ...] = ()  # cards whose quote starts with this run
    ending: tuple[str, ...] = ()  # cards whose quote ends with this run
    going_on: tuple[str, ...] = ()  # cards whose quote began before this run (in it or an earlier paragraph)


def paragraphs(text: str, spans: list[tuple[int, int, str]]) -> list[list[Segment]]:
    """Cut `text` into paragraphs of segments, each knowing which quotes (start, end, card id) cover it."""
    spans = sorted(spans)
    starts = [s for s, _, _ in spans]
    longest = max((e - s for s, e, _ in spans), default=0)
    result: list[list[Segment]] = []
    for start, end in paragraph_ranges(text):
        near = spans[bisect.bisect_left(starts, start - longest): bisect.bisect_left(starts, end)]
        here = [(max(s, start), min(e, end), s, e, card) for s, e, card in near if e > start]
        points = sorted({start, end, *(a for a, _, _, _, _ in here), *(b for _, b, _, _, _ in here)})
        # a sweep: the quotes covering a segment are those begun at or before it and not yet ended, in the
        # order of `here` (earliest quote first), which is the order they begin in
        segments = []
        active: list[tuple[int, int, int, int, str]] = []
        waiting = iter(here)
        upcoming = next(waiting, None)
        for a, b in itertools.pairwise(points):
            active = [quote for quote in active if quote[1] > a]
            while upcoming is not None and upcoming[0] == a:
                active.append(upcoming)
                upcoming = next(waiting, None)
            if not active:  # most segments: text between quotes
                segments.append(Segment(text[a:b]))
            elif len(active) == 1:
                _, _, s, e, card = active[0]
                segments.append(Segment(text[a:b], (card,), (card,) if s == a else (), (card,) if e == b else (),
                                        (card,) if s < a else ()))
            else:
                segments.append(Segment(text[a:b], tuple(quote[4] for quote in active),
                                        tuple(quote[4] for quote in active if quote[2] == a),
                                        tuple(quote[4] for quote in active if quote[3] == b),
                                        tuple(quote[4] for quote in active if quote[2] < a)))
        result.append(segments)
    return result


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` (blank-line separated), without surrounding whitespace."""
    ranges, at = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        ranges.append((at, match.start()))
        at = match.end()
    ranges.append((at, len(text)))
    result = []
    for start, end in ranges:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            result.append((start, end))
    return result


_OPENERS = ".!?:;\"'“”„«»‘’‚‹›(*_[¡¿—–¶"  # after these a word may have a capital for starting a sentence (¶: a
# summary's paragraphs, as its checks read it)


def starts_sentence(text: str, at: int) -> bool:
    """Whether a word at `at` may have a capital for starting a sentence: at the text's start, or after a sentence's
    end, a colon or semicolon, an opening quote, bracket or dash (a hyphen with a space after it too, as in a
    Spanish agency's 'MADRID (EFE).- Medio millón'), or Markdown's emphasis (the one rule of every check that tells
    a name by its capital)."""
    before = text[:at].rstrip()
    return not before or before[-1] in _OPENERS or (before[-1] == "-" and len(before) < at)

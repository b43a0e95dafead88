"""The passage of a source closest to a misquoted `source_quote`, with the differing words marked.

Marks follow `git diff --word-diff=plain`: `[-words of the quote-]{+words of the source+}`.
Typographic and plain quote marks count as equal (as they do for the build), and so does whitespace.
"""

from __future__ import annotations

import difflib
import functools
import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup, escape

from generator.sourcetext import PLAIN

TOKEN = re.compile(r"\w+(?:[.,'\-]\w+)*|[^\w\s]")  # a word (with inner . , ' -) or one punctuation mark
_SPACE = re.compile(r"\s+")
CANDIDATES = 4  # source windows aligned word by word against the quote
MIN_SIMILARITY = 0.5  # below this ratio of matching words the closest passage is not worth showing
NOT_IN_SOURCE = "source_quote is not in the source"


@dataclass(frozen=True)
class Suggestion:
    passage: str  # the closest passage, as the source writes it (whitespace folded)
    marked: str  # the passage with the quote's differences marked
    similarity: float  # difflib's ratio of the words: 1.0 = the same words


class _Tokens:
    """A text's tokens: compared with quote marks made plain, shown as written."""

    def __init__(self, text: str) -> None:
        self.shown = _SPACE.sub(" ", text).strip()
        plain = self.shown.translate(PLAIN)  # one character for one: positions stay the same
        self.spans = [(m.start(), m.end()) for m in TOKEN.finditer(plain)]
        self.words = [plain[a:b] for a, b in self.spans]

    def text(self, start: int, end: int) -> str:
        """The text from token `start` to token `end` (exclusive), as written."""
        return self.shown[self.spans[start][0]:self.spans[end - 1][1]] if end > start else ""

    def gap(self, index: int) -> str:
        """The space before token `index` ('' when it is glued to the token before)."""
        if index <= 0 or index >= len(self.spans):
            return ""
        return self.shown[self.spans[index - 1][1]:self.spans[index][0]]


class ClosestPassage:
    """Finds, for any quote, the passage of one source that differs from it in the fewest words."""

    def __init__(self, source: str) -> None:
        self.source = _Tokens(source)
        counts = Counter(self.source.words)
        self.weight = {word: 1 / math.sqrt(count) for word, count in counts.items()}

    def suggest(self, quote: str) -> Suggestion | None:
        """The closest passage, or None if no passage shares even half of the quote's words."""
        wanted = _Tokens(quote)
        if not wanted.words or not self.source.words:
            return None
        best: tuple[int, int, int] | None = None
        for window in self._windows(wanted.words):
            found = _align(wanted.words, self.source.words, *window)
            if best is None or (found[0], found[1]) < (best[0], best[1]):
                best = found
        assert best is not None
        _, start, end = best
        matcher = difflib.SequenceMatcher(None, wanted.words, self.source.words[start:end], autojunk=False)
        if matcher.ratio() < MIN_SIMILARITY:
            return None
        return Suggestion(self.source.text(start, end), _marked(matcher, wanted, self.source, start),
                          matcher.ratio())

    def _windows(self, quote: list[str]) -> list[tuple[int, int]]:
        """A few stretches of the source sharing the most (rare) words with the quote: a cheap prefilter."""
        words, size = self.source.words, len(quote)
        wanted = set(quote)
        gains = [self.weight[w] if w in wanted else 0.0 for w in words]
        sums, running = [], sum(gains[:size])
        sums.append(running)
        for i in range(size, len(words)):
            running += gains[i] - gains[i - size]
            sums.append(running)
        picked: list[int] = []
        for start in heapq.nlargest(64, range(len(sums)), key=lambda i: (sums[i], -i)):
            if all(abs(start - other) > size // 2 for other in picked):
                picked.append(start)
                if len(picked) == CANDIDATES:
                    break
        slack = max(4, size // 2)
        return [(max(0, s - slack), min(len(words), s + size + slack)) for s in picked]


def _align(quote: list[str], source: list[str], lo: int, hi: int) -> tuple[int, int, int]:
    """(cost, start, end) of the stretch of source[lo:hi] closest to `quote`.

    The cost is an edit distance on words: 2 for a word replaced or missing from the source, 1 for a
    source word the quote leaves out (so a dropped clause is shown rather than the passage cut short).
    """
    region = source[lo:hi]
    previous = [0] * (len(region) + 1)  # a passage may start anywhere: no cost before it
    previous_start = list(range(len(region) + 1))
    previous_same = [0] * (len(region) + 1)  # the quote's words the passage has, on the way the cost takes
    for i, word in enumerate(quote, 1):
        current, current_start, current_same = [2 * i], [0], [0]
        for j, other in enumerate(region, 1):
            cost, start = previous[j - 1] + 2 * (word != other), previous_start[j - 1]  # same word, or replaced
            same = previous_same[j - 1] + (word == other)
            if previous[j] + 2 < cost:  # a quote word the source lacks
                cost, start, same = previous[j] + 2, previous_start[j], previous_same[j]
            if current[j - 1] + 1 < cost:  # a source word the quote lacks: cheaper, quotes drop words
                cost, start, same = current[j - 1] + 1, current_start[j - 1], current_same[j - 1]
            current.append(cost)
            current_start.append(start)
            current_same.append(same)
        previous, previous_start, previous_same = current, current_start, current_same
    # at the same cost, the passage with more of the quote's words ("from 5.40{+ percent to+} 4.9", not
    # "from 5.40 [-4.9-]"), then the shorter
    end = min(range(1, len(region) + 1), key=lambda j: (previous[j], -previous_same[j], j - previous_start[j]))
    return previous[end], lo + previous_start[end], lo + end


def _marked(matcher: difflib.SequenceMatcher[str], quote: _Tokens, source: _Tokens, start: int) -> str:
    """The passage (from source token `start`) with the words the quote has instead marked [-quote-]{+source+}."""
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        at = start + j1
        gap = source.gap(at) if out else ""
        if tag == "equal":
            out.append(gap + source.text(at, start + j2))
        elif tag == "insert":
            out.append(gap + "{+" + source.text(at, start + j2) + "+}")
        elif tag == "delete":
            out.append((quote.gap(i1) if out else "") + "[-" + quote.text(i1, i2) + "-]")
        else:
            out.append(gap + "[-" + quote.text(i1, i2) + "-]{+" + source.text(at, start + j2) + "+}")
    return "".join(out)


@functools.lru_cache(maxsize=1)  # the cards of a build misquote one source
def _finder(source: str) -> ClosestPassage:
    return ClosestPassage(source)


@functools.lru_cache(maxsize=256)  # check asks again for what the build (in this process) found
def misquote(quote: str, source: str) -> tuple[str, str | None]:
    """The error for a quote `source` does not hold, marked against the closest passage; and that passage."""
    suggestion = _finder(source).suggest(quote)
    # a passage cut short with an ellipsis the source does not have: one card cannot quote two passages
    cut = next((mark for mark in ("...", "…", "[…]", "[...]") if mark in quote and mark not in source), None)
    gap = (f" (a quote is one passage, word for word: rather than joining parts with '{cut}', quote all of it or "
           f"give each part its own card)") if cut else ""
    if suggestion is None:
        return f"{NOT_IN_SOURCE}, and no passage of the source is close to it{gap}", None
    return f'{NOT_IN_SOURCE}; {SUGGESTED}{suggestion.marked}"?{gap}', suggestion.passage


_REMOVED, _ADDED = re.compile(r"\[-(.+?)-\]"), re.compile(r"\{\+.+?\+\}")
_WORD = re.compile(r"\w+")


def first_difference(message: str) -> tuple[str, int]:
    """The first word of a misquote's that the closest passage does not have (the first `[-word-]` of the message),
    and how many times the quote says it before: where the error points (a long quote's line, not its first)."""
    removed, word = next(((found, word) for found in _REMOVED.finditer(message)
                          if (word := _WORD.search(found.group(1)))), (None, None))  # (the first with a word)
    if removed is None or word is None:
        return "", 0
    before = _ADDED.sub("", message[message.find('"') + 1:removed.start()]).replace("[-", "").replace("-]", "")
    return word.group(0), len(re.findall(rf"(?<!\w){re.escape(word.group(0))}(?!\w)", before))


_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)
SUGGESTED = 'did you mean: "'  # a misquote's suggestion, its word diff after it


def marked_up(message: str) -> Markup:
    """A message as HTML, a misquote's word diff ("did you mean: "… passed [-8-]{+7+} to …"?") shown as one: what
    the quote has that the source does not in <del>, what the source has instead in <ins>, each also said in words
    for a screen reader (the preview's error page). Any other message is only escaped ('a[-b-]c', a slug)."""
    start = message.find(SUGGESTED)
    if start < 0:
        return escape(message)
    parts: list[Markup] = [escape(message[:start])]
    at = start
    for found in _DIFF.finditer(message, start):
        parts += [escape(message[at:found.start()]), _DELETED % found[1] if found[1] is not None
                  else _INSERTED % found[2]]
        at = found.end()
    return Markup("").join([*parts, escape(message[at:])])


_DELETED = Markup('<del><span class="visually-hidden">[the card has: </span>%s<span class="visually-hidden">]'
                  '</span></del>')
_INSERTED = Markup('<ins><span class="visually-hidden">[the source has: </span>%s<span class="visually-hidden">]'
                   '</span></ins>')


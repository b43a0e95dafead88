"""How far Python-Markdown would search a summary for the `]` of each `[` and the `)` of each `](`."""

from __future__ import annotations

import re

# Python-Markdown looks for the `]` of every `[` (and the `)` of every `](`) character by character, to the end of
# the paragraph when there is none: 100 `[` left open in a 19,000-character summary took 0.5 s, 19,000 of them 45 s.
MARKDOWN_SEARCH_LIMIT = 50_000  # characters its searches may cover: ~15 ms at most (tests/test_markup.py)
_BRACKETS = re.compile(r"\\.|[\[\]()]", re.DOTALL)  # (an escaped bracket opens nothing)
_TITLE_END = {'"': re.compile(r'" *\)'), "'": re.compile(r"' *\)")}
_QUOTE = re.compile("[\"']")


def markdown_search(text: str) -> int:
    """How many characters Python-Markdown's searches for a closing `]` or `)` cover in `text`, at most (linear: a
    stack of the brackets left open; a `(` after `]` searched as Markdown does when it holds a quote mark)."""
    end, total = len(text), 0
    squares: list[int] = []
    rounds: list[tuple[int, bool]] = []  # (where, whether a link's)
    for match in _BRACKETS.finditer(text):
        char, at = match.group(), match.start()
        if char == "[":
            squares.append(at)
        elif char == "]" and squares:
            total += at - squares.pop()
        elif char == "(":
            rounds.append((at, at > 0 and text[at - 1] == "]"))
        elif char == ")" and rounds:
            start, link = rounds.pop()
            total += _link_search(text, start, at) if link else 0
    total += sum(end - at for at in squares) + sum(end - at for at, link in rounds if link)
    return total


def _link_search(text: str, start: int, close: int) -> int:
    """How far Markdown reads a link's `(…)` that closes at `close`: past it when a quote mark inside starts a title
    (`[a](url "title")`) that no `"` before a `)` ends."""
    quote = _QUOTE.search(text, start, close)
    if quote is None:
        return close - start
    end = _TITLE_END[quote.group()].search(text, quote.end())
    return (end.end() if end else len(text)) - start

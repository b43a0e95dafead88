"""No line break where the site's language puts a space that binds: "2,5 %", "« oui »", "6 900 euros" in French.

An editor types these with ordinary spaces, and a browser may start a line with "%" or "»", or split a number in
two. The text a page shows from the content (what its templates output, escaped, and a card's summary) gets a
no-break space (U+00A0, as wide as the space it replaces) in each such place: before the characters of the words'
`space_before`, after those of `space_after`, and, where the language groups a number's digits with a space,
between the groups. The characters are those the source and the cards give; only where a line may end changes.
The templates' own markup is not touched (a `viewBox="0 0 100 22"` keeps its spaces).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from generator.words import Words

NO_BREAK = "\u00a0"


def binder(words: Words) -> Callable[[str], str] | None:
    """What makes a text's spaces no-break where `words` binds them; None where it binds none (English)."""
    return _binder(words.space_before, words.space_after, words.thousands_separator.isspace())


@functools.lru_cache(maxsize=8)
def _binder(before: str, after: str, grouped: bool) -> Callable[[str], str] | None:
    if not (before or after or grouped):
        return None
    pairs = [(f" {c}", f"{NO_BREAK}{c}") for c in before] + [(f"{c} ", f"{c}{NO_BREAK}") for c in after]
    # most texts have none: a quick look first (a pattern of one branch, and `in`: a third of the time of one of two)
    chars = re.escape(before) + ("0-9" if grouped else "")
    starts = re.compile(f" [{chars}]").search if chars else _NONE
    opened = tuple(f"{c} " for c in after)
    runs = re.compile(" +(?=" + NO_BREAK + "[" + re.escape(before) + "])").sub if before else None

    def bind(text: str) -> str:
        if not starts(text) and not (opened and any(mark in text for mark in opened)):
            return text
        for pair, bound in pairs:  # (str.replace, not a pattern's sub: four times quicker)
            if pair in text:
                text = text.replace(pair, bound)
        if runs is not None and "  " in text:  # "deux  %": each space of the run
            text = runs(lambda run: NO_BREAK * len(run[0]), text)
        if grouped and _GROUPED(text):  # 6 900 and 1 250 000 (a year and a count, "en 2011 200", kept together too)
            text = _GROUPS.sub(NO_BREAK, text)
        return text

    return bind


_NONE = re.compile("(?!)").search  # (finds nothing)
_GROUPED = re.compile("[0-9] [0-9]{3}").search
_GROUPS = re.compile("(?<=[0-9]) (?=[0-9]{3}(?![0-9]))")

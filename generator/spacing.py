"""No line break where the site's language puts a space that binds: "2,5 %", "« oui »", "6 900 euros" in French.

An editor types these with ordinary spaces, and a browser may start a line with "%" or "»", or split a number in
two. A page's text (not its tags: a `viewBox="0 0 100 22"` keeps its spaces) gets a no-break space (U+00A0, as wide
as the space it replaces) in each such place: before the characters of the words' `space_before`, after those of
`space_after`, and, where the language groups a number's digits with a space, between the groups. The characters
are those the page shows; only where a line may end changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.words import Words

Parts = list[bytes | memoryview]
NO_BREAK = "\u00a0".encode()
_IN_TEXT = rb"(?=[^<>]*(?:<|\Z))"  # what follows up to the next tag holds no '>': the space is in text, not a tag


def keeper(words: Words) -> Callable[[Parts], Parts] | None:
    """What makes a page's spaces no-break where `words` binds them; None where it binds none (English)."""
    places = []
    if words.space_before:
        places.append(rb"(?P<before> +)(?=" + _alternatives(words.space_before) + rb")")
    if words.space_after:
        places.append(rb"(?P<after>" + _alternatives(words.space_after) + rb") +")
    if words.thousands_separator.isspace():  # 6 900 and 1 250 000; not 2011 200 (a year, then a count)
        places.append(rb"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)")
    if not places:
        return None
    pattern = re.compile(rb"(?:" + rb"|".join(places) + rb")" + _IN_TEXT)

    def keep(parts: Parts) -> Parts:
        """The page as one part, its binding spaces no-break."""
        return [pattern.sub(_no_break, b"".join(parts))]

    return keep


def _no_break(match: re.Match[bytes]) -> bytes:
    found = match.groupdict()
    if found.get("before") is not None:
        return NO_BREAK * len(match[0])
    if (after := found.get("after")) is not None:
        return after + NO_BREAK * (len(match[0]) - len(after))
    return match[0].replace(b" ", NO_BREAK)  # a number's groups


def _alternatives(characters: str) -> bytes:
    return b"(?:" + b"|".join(re.escape(character.encode()) for character in characters) + b")"

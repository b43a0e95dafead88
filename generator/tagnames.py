"""How tags name people, places and organisations, for `check`'s tag warnings: their words, titles and
qualifiers, and which two tags are one name spelled two ways."""

from __future__ import annotations

import re
from collections import defaultdict

TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen", "general", "col", "colonel",
    "lt", "maj", "major", "capt", "captain", "sgt", "adm", "admiral", "brig", "cdr", "cmdr", "gov", "governor",
    "sen", "senator", "rep", "rev", "hon", "president", "vice", "prime", "minister", "chancellor", "king",
    "queen", "prince", "princess", "sheikh", "judge", "justice", "mayor", "chief", "councillor", "councilor", "cllr",
    "councilman", "councilwoman", "councilmember", "alderman", "alderwoman", "commissioner", "assemblyman",
    "assemblywoman", "assemblymember", "sheriff", "mp", "mep"  # (local news: Cllr Raj Patel, Councillor Patel)
})
QUALIFIERS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "new", "greater"
})
WORD = re.compile(r"[^\W_]+(?:[.,'][^\W_]+)*")


def words_of(tag: str) -> tuple[str, ...]:
    """A tag's words, casefolded: 'Dr. Ana Lopez' -> ('dr', 'ana', 'lopez')."""
    return tuple(word.casefold() for word in WORD.findall(tag))


def candidates(group: list[str], words: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """The pairs of tags (sharing a last word) that may be variants: the longer holds the shorter's rarest word
    in the group. Not every pair: 2,000 tags ending in 'Khan' made 2,000,000 (4 s)."""
    holding: dict[str, list[str]] = defaultdict(list)
    for tag in group:
        for word in set(words[tag]):
            holding[word].append(tag)
    pairs: set[tuple[str, str]] = set()
    for shorter in group:
        core = [w for w in words[shorter] if w not in TITLES] or list(words[shorter])
        for longer in holding[min(core, key=lambda w: len(holding[w]))]:
            if longer != shorter and len(words[longer]) >= len(words[shorter]):
                pairs.add((min(shorter, longer), max(shorter, longer)))
    return sorted(pairs)


def variants(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    """Whether two tags' words name one thing: the same words, or the shorter's (titles aside) among the longer's
    with the same last word and no qualifier added ('Lopez', 'Dr Ana Lopez'; not 'Korea', 'North Korea')."""
    if words_a == words_b:
        return True
    short, long = sorted((words_a, words_b), key=len)
    core = {w for w in short if w not in TITLES} or set(short)
    return core <= set(long) and not (set(long) - set(short)) & QUALIFIERS

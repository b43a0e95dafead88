"""A change a card says in words alone went the other way than its quote says of the same thing: a title "Trade
deficit widens" on a quote "the trade deficit narrowed", "Sales fell" on "sales were flat" (English's words; a
change with a number is directionchecks.py's)."""

from __future__ import annotations

import re

from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.validate import where

# the words for a way a thing went, by what changed (its axis) and which way: 1 up, -1 down, 0 not at all
_WAYS: dict[tuple[str, int], str] = {
    ("level", 1): r"rises?|rose|risen|rising|increas(?:es|ed|ing|e)|grows?|grew|grown|growing|climb(?:s|ed|ing)?|"
                  r"jump(?:s|ed|ing)?|surg(?:es|ed|ing|e)|soar(?:s|ed|ing)?|rebound(?:s|ed|ing)?",
    ("level", -1): r"falls?|fell|fallen|falling|drop(?:s|ped|ping)?|declin(?:es|ed|ing|e)|decreas(?:es|ed|ing|e)|"
                   r"shrinks?|shrank|shrunk|shrinking|plung(?:es|ed|ing|e)|tumbl(?:es|ed|ing|e)|slump(?:s|ed|ing)?|"
                   r"sinks?|sank|sunk|sinking",
    ("level", 0): r"(?:was|were|is|are|remained|remains|stayed|stays|held|holds|kept)\s+(?:flat|unchanged|steady|"
                  r"stable)|stagnat(?:es|ed|ing|e)|flatlined",
    ("gap", 1): r"widen(?:s|ed|ing)?",
    ("gap", -1): r"narrow(?:s|ed|ing)",
    ("strength", 1): r"strengthen(?:s|ed|ing)?",
    ("strength", -1): r"weaken(?:s|ed|ing)?",
    ("pace", 1): r"accelerat(?:es|ed|ing|e)|quicken(?:s|ed|ing)?",
    ("pace", -1): r"decelerat(?:es|ed|ing|e)|slow(?:s|ed)",
    ("quality", 1): r"improv(?:es|ed|ing|e)",
    ("quality", -1): r"worsen(?:s|ed|ing)?|deteriorat(?:es|ed|ing|e)",
}
_NAMES = [f"w{index}" for index in range(len(_WAYS))]
_WAY = re.compile("|".join(rf"\b(?P<{name}>{words})\b" for name, words in zip(_NAMES, _WAYS.values(), strict=True)),
                  re.IGNORECASE)
_OF_NAME = dict(zip(_NAMES, _WAYS, strict=True))
_SAID = {("level", 1): "rose", ("level", -1): "fell", ("level", 0): "did not change", ("gap", 1): "widened",
         ("gap", -1): "narrowed", ("strength", 1): "strengthened", ("strength", -1): "weakened",
         ("pace", 1): "sped up", ("pace", -1): "slowed", ("quality", 1): "improved", ("quality", -1): "worsened"}
# a quick test a quote must pass to hold one of the words above (most do not)
MAY_SAY_A_WAY = re.compile(r"\b(?:ris|rose|increas|gr[eo]w|climb|jump|surg|soar|rebound|fall|fell|drop|declin|decreas|"
                           r"shr[aiu]nk|plung|tumbl|slump|s[iau]nk|flat|unchanged|steady|stable|stagnat|widen|narrow|"
                           r"strength|weaken|accelerat|quicken|decelerat|slow|improv|worsen|deteriorat)",
                           re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# a denial right before a way: "did not rise", "never fell", "failed to narrow", "hasn't yet improved"
_NOT = re.compile(r"(?:\b(?:not|never|no|nor|neither|without|fail(?:s|ed)?\s+to|ceased\s+to|stopped)|n['’]t)\s+"
                  r"(?:\w+\s+)?$", re.IGNORECASE)
# words that name no thing that changed: what stands between a thing and its way ("sales have steadily fallen")
_NO_THING = frozenset("""a an the its their his her our your my this that these those it they he she we you there
here has have had having is are was were be been being will would could should may might must can shall do does did
to of in on at for from by with and or but than as so also still further sharply slightly steadily again even only
just already expected likely set said says say reported seen forecast projected thought believed had has which who
that then while when after before since over under about around nearly almost more less most least much very all
both each some any other another own once year years quarter quarters month months week weeks day days time
period half today yesterday percent cent point points per january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday""".split())  # noqa: SIM905
_WINDOW = 4  # words before a way in which its thing is looked for


def word_change_warnings(entries: list[Entry], numbered: set[str]) -> list[Finding]:
    """A thing a card's title, summary or figure label says went one way, in words, that its quote says, of the same
    thing (the nearest word before the way that names one), only went another: said once a text, at its word. Not
    for a card the number check has warned of a direction already (`numbered`, the cards' files)."""
    found = []
    for entry in entries:
        if entry.card.path in numbered or not MAY_SAY_A_WAY.search(entry.card.source_quote):
            continue
        quoted = _ways(entry.card.source_quote)
        if not quoted:
            continue
        for key, text in card_texts(entry.card):
            for axis_way, word, things in _ways(text):
                written, thing = things[0]
                said = {(way, other) for way, other, where_from in quoted
                        if way[0] == axis_way[0] and any(stem == thing for _, stem in where_from)}
                if said and axis_way not in {way for way, _ in said}:
                    other_way, other = min(said)
                    found.append(warn(entry, key, f"{where(key)} says {written} {_SAID[axis_way]} ('{word}'), "
                                                  f"where the source_quote says it {_SAID[other_way]} ('{other}'): "
                                                  "is the direction right?", snippet=word))
                    break
    return found


def _ways(text: str) -> list[tuple[tuple[str, int], str, list[tuple[str, str]]]]:
    """Each way the English `text` says a thing went, not denied: (axis and way, the words, the things it may be of:
    the words before it in its clause that may name one, nearest first, each as written and as its stem). A way
    with none there is of the things of the way before it in the sentence ("rose in March but fell in April")."""
    ways: list[tuple[tuple[str, int], str, list[tuple[str, str]], int]] = []  # (and where its sentence starts)
    sentence_start = 0
    for match in _WAY.finditer(text):
        start = match.start()
        if (ended := _after_last(_END, text, low := max(sentence_start, start - 80), start)) > low:
            sentence_start = ended
        if _NOT.search(text, max(sentence_start, start - 40), start):
            continue
        before = _WORD.findall(text, _after_last(_CLAUSE, text, max(sentence_start, start - 80), start), start)
        before = before[-_WINDOW:]
        things = [(word, _stem(word)) for word in reversed(before) if _names_a_thing(word)]
        if not things and ways and ways[-1][3] == sentence_start:
            things = ways[-1][2]
        ways.append((_OF_NAME[match.lastgroup or ""], " ".join(match[0].split()), things, sentence_start))
    return [(axis_way, words, things) for axis_way, words, things, _ in ways if things]


# where a clause starts, whose thing is its own: "exports rose while imports fell", "rose in March but fell"
_CLAUSE = re.compile(r",|\b(?:while|whereas|but|and|as|although|though|yet|when|after|before|since)\b", re.IGNORECASE)
_END = re.compile(r"[.!?;:¶](?:\s|$)")


def _after_last(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Where the last match of `pattern` between `start` and `end` ends, else `start`."""
    for found in pattern.finditer(text, start, end):
        start = found.end()
    return start


def _names_a_thing(word: str) -> bool:
    folded = word.casefold()
    return (len(word) > 2 and folded not in _NO_THING and not folded.endswith("ly")
            and _WAY.fullmatch(word) is None)


def _stem(word: str) -> str:
    """A word as its thing: lower case, one for the plural ('prices', 'price')."""
    word = word.casefold().replace("’", "'")
    for ending, instead in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2 and not word.endswith("ss"):
            return word[: -len(ending)] + instead
    return word

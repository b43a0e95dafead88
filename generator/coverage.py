"""How much of the source the cards quote: the source cut into sentences, each covered or not.

A sentence is covered when the cards' quotes, together, span at least COVERED (75%) of its letters
and digits. A dateline at the start of the article ("CITY, March 9:") is not part of any sentence, nor is a
paragraph of credits ("(Reporting by A; Editing by B)"). A day written with a stop before its month, as German
writes it ("am 3. März"), ends no sentence, nor does an abbreviation of the site's language ("2,5 Mrd. Euro"), nor,
in a language that writes ordinals so, a numeral's stop ("im 2. Quartal").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.model import MONTHS
from generator.sourcetext import paragraph_ranges, unspaced

if TYPE_CHECKING:
    from generator.words import Words

COVERED = 0.75
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "maj", "capt", "cpt", "sgt",
    "cpl", "adm", "brig", "cdr", "gov", "sen", "rep", "rev", "hon", "pres", "no", "nos", "vol", "vols", "fig",
    "figs", "p", "pp", "vs", "v", "al", "cf", "approx", "dept", "est", "inc", "ltd", "co", "corp", "bros", "mt",
    "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
})
OPENERS = "\"'\u201c\u2018([\u00ab\u201e\u201a\u00bb\u203a\u2039"  # and German's „ ‚ » ›, French's « ‹
# a sentence's end, with its closing marks: German's “ ‘ « ‹ and French's » › (after a no-break space) too, but only
# before a space: "favour.“It is" opens a quote
_WIDE_STOPS = "\u3002\uff01\uff1f\u06d4\u061f"  # 。！？ and Urdu's and Arabic's ۔ ؟: a sentence's end, always
_END = re.compile(rf"[.!?{_WIDE_STOPS}]+"
                  r"(?:[\u00a0\u202f]?(?:[\"'\u201d\u2019)\]]|[\u00bb\u201c\u2018\u00ab\u2039\u203a](?!\w)))*")
_WORD_BEFORE = re.compile(r"[\w.'\u2019-]*$")
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # (Latin-1's capitals too: "SAINT-ÉTIENNE", "Überlingen")
# a place's name in capitals and lower case: "Bad Homburg", "Frankfurt/Main", "Frankfurt am Main", "Aix-en-Provence"
_PLACE = (rf"[{_CAPITAL}][^\W\d_]+(?:(?:[ /-]|[ -](?:am|an|der|de|du|la|le|les|en|sur|sous|del|di|im|bei|upon|on)"
          rf"[ -])[{_CAPITAL}][^\W\d_]+){{0,3}}")
# "CITY, March 9:", "LONDON (Reuters) -", "MADRID, 5 de marzo (EFE).-", "Berlin (dpa) -" (with its agency)
_DATELINE = re.compile(
    rf"(?:[{_CAPITAL}][{_CAPITAL}'.\- /]*[{_CAPITAL}](?:\s*\([^)\n]{{1,40}}\))?(?:\s*,\s*(?P<when>[^:\n]{{1,40}}?))?"
    r"(?:\s*:|\s+[-\u2013\u2014]{1,2}|\)\.-|(?=\s*$))"
    rf"|{_PLACE}\s*\([^)\n]{{1,20}}\)(?:\s+[-\u2013\u2014]{{1,2}}|\.-))(?:\s+|$)"
)  # ($: a dateline that is its paragraph, "WASHINGTON, May 4 (Reuters)" on a line of its own)
# "Riverton, March 14:", "Madrid, 3 de marzo:", "Madrid, 5 mar (EFE).-", "Lyon, le 12 mars 2026 -": a city's name
# in capitals and lower case, a comma, its day and month (and year, and agency), a colon or a dash; or nothing
# after, a paragraph of its own
_TITLED_DATELINE = re.compile(rf"{_PLACE},\s*(?:le\s+)?"
                              r"(?P<when>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2}\.?(?: de)? [^\W\d_]{3,10}\.?"
                              r"(?: \d{4})?)"
                              r"(?:\s*\([^)\n]{1,40}\))?(?:\s*:|\s+[-\u2013\u2014]{1,2}|\.-|(?=\s*$))(?:\s+|$)")
# a Chinese or Japanese agency's dateline: "新华社上海3月5日电", "【東京】", "（共同）"
_CJK_DATELINE = re.compile(r"(?:【[^】\n]{1,20}】|（[^）\n]{1,12}）|[^\s。！？]{0,20}\d{1,2}月\d{1,2}日电)\s*")
# a wire report's credit line, a paragraph of its own in brackets: "(Reporting by A; Editing by B)"
_CREDITS = re.compile(r"\s*\((?:Additional |Writing and )?(?:Reporting|Writing|Editing|Compiled|Produced) by "
                      r"[^()]*\)\s*")
_SPACE = re.compile(r"\s+")
_NEXT = re.compile(r"\s*(\S)")
_NOT_LETTER = re.compile(r"[\W_]+")
_GLUED = re.compile("[" + re.escape(OPENERS) + "]?[A-Z]")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the source text
    end: int
    text: str  # whitespace folded
    share: float  # how much of it the quotes cover, 0 to 1

    @property
    def covered(self) -> bool:
        return self.share >= COVERED


def sentences(text: str, words: Words | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text`, in order, written in the language of `words` (English's when None):
    its `months`, for days written '3. März', its `abbreviations` written with a stop ('Mrd'; English's are known),
    and whether a numeral's stop makes an ordinal (`ordinal_stop`: 'im 2. Quartal')."""
    stops = _Stops(frozenset(name.casefold() for name in (*MONTHS, *(words.months if words else ()))),
                   ABBREVIATIONS.union(word.casefold().rstrip(".") for word in (words.abbreviations if words else ())),
                   words is not None and words.ordinal_stop)
    found: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(paragraph_ranges(text)):
        if number == 0 and (dateline := _dateline(text, start, end)):
            start = dateline.end()
        if _CREDITS.fullmatch(text, start, end) or _subhead(text[start:end]):
            continue
        at = start
        for match in _END.finditer(text, start, end):
            if match.end() < end and not _is_end(text, match, end, stops):
                continue
            found.append((at, match.end()))
            at = match.end()
            while at < end and text[at].isspace():
                at += 1
        if at < end:
            found.append((at, end))
    return [(s, e) for s, e in found if any(c.isalnum() for c in text[s:e])]


def _subhead(paragraph: str) -> bool:
    """Whether a paragraph is a subhead in capitals ("TAKEOVER UNDER SCRUTINY"): a few words, no sentence's stop,
    no small letter (a heading of a section, not a fact)."""
    words = paragraph.split()
    return 0 < len(words) <= 8 and paragraph.rstrip().rstrip("\"'”’»」』)")[-1:] not in ".!?:;。！？" and not any(
        char.islower() for char in paragraph) and sum(char.isupper() for char in paragraph) >= 4 and not unspaced(
        paragraph)  # (a script with no capitals has none: "NASA与ESA合作" is a sentence)


def _dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """The dateline the first paragraph starts with, if any: "RIVERTON, March 14:", "LONDON (Reuters) -", or a city
    in capitals and lower case with its date, "Riverton, March 14:". What follows a comma is a date (a digit, or a
    word or two, "Monday"; or a place, "South Korea (AP)"), not a clause: "UK, France and Germany agreed on Monday:
    the deal stands." is a sentence."""
    found = _DATELINE.match(text, start, end) or _TITLED_DATELINE.match(text, start, end)
    if found is None and (cjk := _CJK_DATELINE.match(text, start, end)):
        return cjk
    if found is None or (when := found.group("when")) is None:
        return found
    place = all(word[0].isupper() for word in when.split("(")[0].split())  # "South Korea (AP)", "United Arab…"
    return found if any(char.isdigit() for char in when) or len(when.split()) <= 2 or place else None


@dataclass(frozen=True)
class _Stops:
    """What a language writes with a stop that ends no sentence: its months after a day ('3. März') and its
    abbreviations (casefolded, without the stop), and whether a numeral and a stop is an ordinal ('2. Quartal')."""

    months: frozenset[str]
    abbreviations: frozenset[str]
    ordinals: bool


def _is_end(text: str, match: re.Match[str], limit: int, stops: _Stops) -> bool:
    """Whether the stop at `match` ends a sentence (not 'Dr.', 'U.S.', '3.5', 'J. Smith', 'z. B.', '3. März', nor
    '2. Quartal' where that is an ordinal)."""
    after = match.end()
    if match.group(0)[0] in _WIDE_STOPS:
        return True
    word = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()).group(0)  # type: ignore[union-attr]
    if text[after].isspace():
        next_char = _NEXT.match(text, after, limit)
        following = next_char.group(1) if next_char else ""
        caseless = following.isalpha() and following.lower() == following.upper()  # Arabic, Hebrew: no capitals
        if not (following.isupper() or caseless or following.isdigit() or following in OPENERS) or not following:
            return False
    elif not (_GLUED.match(text, after, limit) and word.isalpha() and word.islower() and len(word) > 1):
        return False  # glued on: only 'rose.The' or 'favour."It' is a new sentence
    if match.group(0)[0] != "." or match.group(0).startswith(".."):
        return True
    bare = word.strip("'\u2019-")
    if "." in bare and bare.replace(".", "").isdigit():  # digits with points: an amount's ('rose to 3.5.', 'auf
        day, _, month = bare.partition(".")  # 1.250.'), unless a day and month where a numeral's stop is an ordinal
        return not (stops.ordinals and len(day) <= 2 and 0 < len(month) <= 2 and 1 <= int(month) <= 12
                    and 1 <= int(day) <= 31)  # ('am 30.9. beginnt')
    if ("." in bare and not (any(char.isdigit() for char in bare) and any(char.isalpha() for char in bare))) or (
            len(bare) == 1 and bare.isalpha()):
        return False  # U.S. / e.g. / an initial / z. B. (not an amount's stop: "worth $2.5bn. The deal")
    if bare.isdigit() and match.group(0) == ".":
        start = match.start() - len(word)  # (decimals after a comma: 'bei 14,82.' is no ordinal 82)
        if start > 1 and text[start - 1] in ",." and text[start - 2].isdigit():
            return True
        month = _WORD_AFTER.match(text, after, limit) if len(bare) <= 2 else None
        if (stops.ordinals and len(bare) <= 3) or (month and month.group(1).casefold() in stops.months):
            return False  # an ordinal, '2. Quartal'; a day before its month, '3. März'
    if bare.casefold() in ("no", "nos"):  # "No. 10", "Nos. 3 and 4"; but "Scotland voted No. The Union survived"
        return not (next_number := _NEXT.match(text, after, limit)) or not next_number.group(1).isdigit()
    return bare.casefold() not in stops.abbreviations


def measure(text: str, quotes: Iterable[tuple[int, int]], words: Words | None = None) -> list[Sentence]:
    """Every sentence of `text` (in the language of `words`: see `sentences`) with the share of its letters and digits
    that the quote spans cover."""
    merged: list[list[int]] = []
    for start, end in sorted(quotes):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    result, first = [], 0
    for start, end in sentences(text, words):
        while first < len(merged) and merged[first][1] <= start:
            first += 1
        quoted = 0
        for a, b in merged[first:]:
            if a >= end:
                break
            quoted += _letters(text[max(a, start):min(b, end)])
        total = _letters(text[start:end])
        result.append(Sentence(start, end, _SPACE.sub(" ", text[start:end]), quoted / total if total else 1.0))
    return result


def _letters(text: str) -> int:
    """How many letters and digits `text` has."""
    return len(_NOT_LETTER.sub("", text))

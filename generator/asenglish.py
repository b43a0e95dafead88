"""Numbers written the way another language writes them ("2 000", "1.200", "1,5 millions", "vingt-cinq",
"dreihundertfünfzig"), read as English writes them, so that numbers.py reads them; each kept as the text writes it
too, for the messages."""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import NamedTuple

from generator.numbers import ORDINALS, SPOKEN, UNITS, numerals_at, spelled_at
from generator.sourcetext import starts_sentence

SPACES = " \u00a0\u202f\u2009"  # a space, a no-break space, a narrow one, a thin one: all separate thousands
ENGLISH_SCALES = frozenset({"million", "millions", "billion", "billions", "trillion", "trillions"})


# a rewritten piece: (where it starts and ends in the new text, where what it replaced started and ended in the old)
Moved = tuple[int, int, int, int]


class Rewriting:
    """A text rewritten piece by piece, in order, keeping where each piece stands in the new text and stood in the
    old (see origin)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[str] = []
        self.moved: list[Moved] = []
        self.taken = self.size = 0  # how far `text` is taken, and the size of the new text so far

    def put(self, start: int, end: int, new: str) -> None:
        """`new` instead of `text[start:end]` (which starts where the last piece put ended, or after it)."""
        self.size += start - self.taken
        self.pieces.extend((self.text[self.taken:start], new))
        self.moved.append((self.size, self.size + len(new), start, end))
        self.size += len(new)
        self.taken = end

    def done(self) -> tuple[str, list[Moved]]:
        return "".join(self.pieces) + self.text[self.taken:], self.moved


def origin(moved: list[Moved], start: int, end: int) -> tuple[int, int]:
    """Where the stretch `start`-`end` of a rewritten text stood in the text it was rewritten from (`moved`, what
    the rewriting gave): a rewritten piece stands for all it replaced."""
    def old(at: int, is_end: bool) -> int:
        shift = 0
        for new_start, new_end, old_start, old_end in moved:
            if at < new_start or (is_end and at == new_start):
                break
            if at < new_end or (is_end and at == new_end):
                return old_end if is_end else old_start
            shift = old_end - new_end
        return at + shift

    return old(start, False), old(end, True)


@functools.lru_cache(maxsize=8)
def as_english(decimal_mark: str, separator: str, scales: tuple[tuple[str, str], ...],
               percent: tuple[str, ...] = (), points: tuple[str, ...] = ()) -> DigitReader:
    """What rewrites a text's numerals the English way, cached (see DigitReader)."""
    return DigitReader(decimal_mark, separator, scales, percent, points)


class DigitReader:
    """Rewrites numerals the English way, for a language writing them with `decimal_mark` and thousands
    `separator`, naming `scales` ((word, English word): ('millions', 'million'), ('Mrd.', 'billion')) and writing
    a percentage with the `percent` words ('Prozent') and a change of one with the `points` words ('Prozentpunkte'):
    '2 000' -> '2000', '1.200' -> '1200', '1,5 millions' -> '1.5 million', '31 Prozent' -> '31 percent', '4,4
    Prozentpunkte' -> '4.4 points'. English's: the text as it is. (Spaces always separate thousands,
    and dots too where the decimal mark is a comma, whatever separator the words show: sources differ.)"""

    def __init__(self, decimal_mark: str, separator: str, scales: tuple[tuple[str, str], ...],
                 percent: tuple[str, ...] = (), points: tuple[str, ...] = ()) -> None:
        self.pattern: re.Pattern[str] | None = None
        if (decimal_mark, separator) == (".", ",") and not percent and not points and all(
                word.casefold() in ENGLISH_SCALES for word, _ in scales):
            return
        self.groups = re.compile("[" + re.escape("".join(dict.fromkeys(
            separator + SPACES + ("." if decimal_mark == "," else "")))) + "]")
        words = "|".join(re.escape(word) for word, _ in sorted(scales, key=lambda pair: -len(pair[0])))
        self.english = {word.casefold(): name for word, name in scales}
        percents = "|".join(re.escape(word) for word in sorted(percent, key=len, reverse=True))
        pointed = "|".join(re.escape(word) for word in sorted(points, key=len, reverse=True))
        self.pattern = re.compile(
            rf"(?<![\d{re.escape(decimal_mark)}])(?P<number>\d{{1,3}}(?:{self.groups.pattern}\d{{3}})+(?!\d)|\d+)"
            rf"(?:{re.escape(decimal_mark)}(?P<decimals>\d+))?"
            + (rf"(?:[{SPACES}](?P<scale>{words})(?![^\W\d_]))?" if words else "")
            + (rf"(?:[{SPACES}]?(?P<percent>{percents})(?![^\W\d_]))?" if percents else "")
            + (rf"(?:[{SPACES}](?P<points>{pointed})(?![^\W\d_]))?" if pointed else ""),
            re.IGNORECASE)

    def _rewrite(self, match: re.Match[str]) -> str:
        found = match.groupdict()
        number = self.groups.sub("", found["number"]) + (f".{found['decimals']}" if found["decimals"] else "")
        scale, percent = found.get("scale"), found.get("percent")
        return (f"{number} {self.english[scale.casefold()]}" if scale else number) + (
            " percent" if percent else " points" if found.get("points") else "")

    def __call__(self, text: str) -> str:
        if _CJK_MARKS.search(text):
            return self.read(text)[0]
        return text if self.pattern is None else self.pattern.sub(self._rewrite, text)

    def read(self, text: str) -> tuple[str, list[Moved]]:
        """`text` rewritten, and where each rewritten piece stands (see Rewriting)."""
        rewriting = Rewriting(text)
        pieces = [(match.start(), match.end(), self._rewrite(match))
                  for match in (self.pattern.finditer(text) if self.pattern is not None else ())]
        if _CJK_MARKS.search(text):  # (Chinese and Japanese numbers: 3億, 1万2000, 1.2亿, ３．２％)
            cjk = [(match.start(), match.end(), new) for match in _CJK_NUMBER.finditer(text)
                   if (new := _cjk_number(match)) is not None]
            pieces = sorted([*cjk, *(piece for piece in pieces if not any(
                start < piece[1] and piece[0] < end for start, end, _ in cjk))])
        for start, end, new in pieces:
            rewriting.put(start, end, new)
        return rewriting.done()


_CJK_UNITS = {"兆": 10**12, "千億": 10**11, "千亿": 10**11, "百億": 10**10, "百亿": 10**10, "十億": 10**9,
              "十亿": 10**9, "億": 10**8, "亿": 10**8, "千万": 10**7, "百万": 10**6, "十万": 10**5, "万": 10**4,
              "萬": 10**4, "千": 10**3}
_UNIT = "|".join(_CJK_UNITS)  # (the longer first: 千万 before 千)
_CJK_MARKS = re.compile("[万萬億亿兆千．，％]")
_CJK_PART = r"(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.．]\d+)?"  # (a comma after four digits is a clause's: 1500，300家)
# a number with its myriads ("8兆4530億", "1万2000", "1.2亿"), or one written with full-width marks ("３．２％")
_CJK_NUMBER = re.compile(rf"(?<![\d.．])(?<!\d[,，])(?:(?:{_CJK_PART})(?:{_UNIT}))+(?:\d+(?![.．\d]))?"
                         rf"|(?<![\d.．])(?<!\d[,，])\d{{1,3}}(?:，\d{{3}})+(?:[.．]\d+)?(?!\d)|(?<![\d.．])\d+．\d+|(?<=\d)％")


def _cjk_number(match: re.Match[str]) -> str | None:
    """A Chinese or Japanese number as English digits: '3億' -> '300000000', '1万2000' -> '12000', '３．２' -> '3.2',
    '％' -> '%' (None if it is none)."""
    found = match.group()
    if found == "％":
        return "%"
    plain = found.replace("，", "").replace(",", "").replace("．", ".")
    if not _CJK_MARKS.search(found.replace("，", "").replace("．", "")):
        return plain  # full-width marks only: '1，200' -> '1200'
    total = Decimal(0)
    for number, unit in re.findall(rf"(\d+(?:\.\d+)?)({_UNIT})?", plain):
        total += Decimal(number) * _CJK_UNITS.get(unit, 1)  # (exact: 0.3億 is 30000000)
    return f"{total.normalize():f}"


_TOKEN = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")  # a word, or words joined by hyphens
_HYPHENS = "-\u2010\u2011"
_HALF_ENDS = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:de|d['’]|del|des|du)\b", re.IGNORECASE)  # what follows a half that
# ends a number: a stop, or "de" ("un millón y medio de euros"), not a noun it halves ("y medio centenar")
_HALF = ["a", "half", "of"]  # a half of a whole, as the words tables write it (German writes it with a capital)
LONGEST_WORD = 80  # letters: a longer word is no number (nor read, letter by letter, as one)


@functools.lru_cache(maxsize=8)
def words_as_english(table: tuple[tuple[str, str], ...], joiner: str = "") -> WordReader:
    """What reads a language's numbers in words as English writes them (see WordReader), cached."""
    return WordReader(table, joiner)


class WordReader:
    """Rewrites numbers a language writes in words as English writes them, for `spelled`: `table` gives its words'
    English ('vingt' -> 'twenty', 'quatre-vingts' -> 'eighty', 'doscientos' -> 'two hundred'; a phrase with a
    space and no English is no number: 'pour cent'), `joiner` the word between tens and units ('et', 'y', 'und').
    'vingt-cinq millions' -> 'twenty-five million', 'treinta y uno' -> 'thirty-one'; a word made of the table's
    words, as German writes a number, counts ('dreihundertfünfzig' -> 'three-hundred-fifty'); a number starting
    with a scale is one of it ('mille' -> 'one-thousand', as 'a thousand' in English); an ordinal ('troisième' ->
    'third') counts as a word of its own only. A word right after a numeral stays as it is ('17 sept.', '50 cents';
    '2 millions' is read with the numerals), and so does one with a capital inside a sentence, which these languages
    write for a name, not for a number ('le Pont Neuf', 'die Elf', 'außer Acht lassen'; 'zwei Millionen' is one)."""

    def __init__(self, table: tuple[tuple[str, str], ...], joiner: str = "") -> None:
        self.english: dict[str, str] = {}
        self.phrased: dict[str, str] = {}  # a phrase's English, for one that is a number
        phrases = []
        for word, name in table:
            key = word.casefold()
            if " " in key:
                phrases.append(key)
                if name:  # ('cuarta parte': 'quarter of')
                    self.phrased[key] = name
            elif name:
                self.english[key] = name
        self.joiner = joiner.casefold()
        self.by_start: dict[str, list[str]] = {}
        for key in sorted(self.english, key=len, reverse=True):
            if self.english[key] not in ORDINALS:  # (an ordinal is one as a word of its own: "achtzehnte" is no 8, 10)
                self.by_start.setdefault(key[0], []).append(key)
        ordered = sorted(phrases, key=len, reverse=True)
        self.phrase = re.compile("|".join(rf"{re.escape(p)}(?![^\W\d_])" for p in ordered),
                                 re.IGNORECASE) if phrases else None
        self.parts = functools.lru_cache(maxsize=4096)(self._parts)

    def __call__(self, text: str) -> str:
        return self.read(text)[0]

    def read(self, text: str) -> tuple[str, list[Moved]]:
        """`text` rewritten, and where each rewritten piece stands (see Rewriting)."""
        if not self.english:
            return text, []
        joiner, value = self.joiner, UNITS.get
        put = (rewriting := Rewriting(text)).put
        last: tuple[int, str] | None = None  # where the number word before ends, and its last English word
        skip = 0  # the end of a phrase that is no number
        kept = -1  # the end of a number word left as it is after a numeral ('5,6 mil millones': 'mil')
        for match in _TOKEN.finditer(text):
            if match.start() < skip:
                continue
            if self.phrase is not None and (phrase := self.phrase.match(text, match.start())):
                if english := self.phrased.get(phrase.group(0).casefold()):  # ('la cuarta parte': one quarter-of;
                    joined = last is not None and not text[last[0]:match.start()].strip(SPACES)  # 'dos terceras
                    words = english.split() if joined else ["one", *english.split()]  # partes': two thirds)
                    put(match.start(), phrase.end(), "-".join(words))
                skip, last = phrase.end(), None
                continue
            word = match.group(0).casefold()
            found = self._words(word)
            joined = last is not None and not text[last[0]:match.start()].strip(" " + _HYPHENS)
            after_numeral = found is not None and ((_after_numeral(text, match.start()) and (len(found) == 1 or all(
                english in SPOKEN for english in found))) or (kept >= 0 and not text[kept:match.start()].strip(
                    SPACES) and found[-1] in SPOKEN))  # ('5,6 mil', '17 sept.'; not '2028 zweieinhalbtausend')
            kept = match.end() if after_numeral else -1  # (the rest of a scale after a numeral: 'mil millones')
            if found is None or after_numeral or (
                    not joined and in_name(text, match) and found != _HALF):  # ('die Hälfte': a noun)
                following = _TOKEN.search(text, match.end()) if word == joiner else None
                then = following and self._words(following.group(0).casefold())  # "treinta y uno": a unit after
                if following is not None and then == ["half"] and not text[match.end():following.start()].strip() \
                        and _HALF_ENDS.match(text, following.end()):  # 'un million et demi', 'deux ans et demi':
                    put(match.start(), match.end(), "and a")  # English's "and a half" (not "y medio centenar")
                    last = None
                    continue
                if not (last is not None and following and then and not text[last[0]:match.start()].strip()
                        and not text[match.end():following.start()].strip() and _joins(value(last[1]), value(then[0]))):
                    last = None
                    continue
                put(last[0], following.start(), "-")
                continue
            words = ["one", *found] if found[0] in SPOKEN and not joined else list(found)
            put(match.start(), match.end(), "-".join(words))
            last = (match.end(), words[-1])
        return rewriting.done()

    def _words(self, word: str) -> list[str] | None:
        """The English words the number word `word` (casefolded) is, if it is one."""
        if word in self.english:
            return self.english[word].split()
        found = self.parts(word) if word[0] in self.by_start and len(word) <= LONGEST_WORD else None
        return list(found) if found else None

    def _parts(self, token: str) -> tuple[str, ...] | None:
        """`token` (casefolded) as the table's words and the joiner, hyphens between them left out; else None."""
        english, joiner = self.english, self.joiner

        @functools.cache
        def rest(at: int) -> tuple[str, ...] | None:
            if at == len(token):
                return ()
            if token[at] in _HYPHENS:
                return rest(at + 1) if at and token[at - 1] not in _HYPHENS else None
            joins = [joiner] if joiner and token.startswith(joiner, at) else []
            for key in [*self.by_start.get(token[at], ()), *joins]:
                if token.startswith(key, at) and (after := rest(at + len(key))) is not None:
                    return (english.get(key, "") if key != joiner else "", *after)
            return None

        found = rest(0)
        if not found or "" in (found[0], found[-1]) or not all(
                name or _joins(UNITS.get(found[i - 1]), UNITS.get(found[i + 1])) for i, name in enumerate(found)):
            return None  # (a joiner between a unit and a tens only: "fünfundzwanzig", not "und" alone)
        return tuple(word for name in found if name for word in name.split())


class Reading(NamedTuple):
    """A text read as English writes numbers, and the numbers it gives, each as the text writes it."""

    text: str  # the text, its numbers as English writes them
    numerals: list[tuple[str, set[float]]]  # numbers in digits (numbers.numerals): '2 000' (2000), '1,5 millions'
    spelled: list[tuple[str, float]]  # numbers in words (numbers.spelled): 'vingt-cinq' (25)
    written: dict[str, str]  # a numeral as `text` writes it -> as the text read writes it: '2000' -> '2 000'


class AsEnglish:
    """What reads a text's numbers as English writes them: in words first (`words`: 'vingt-cinq' -> 'twenty-five'),
    then in digits (`digits`: '2 000' -> '2000')."""

    def __init__(self, digits: DigitReader, words: WordReader) -> None:
        self.digits, self.words = digits, words

    def __call__(self, text: str) -> str:
        return self.digits(self.words(text))

    def read(self, text: str) -> Reading:
        worded, by_words = self.words.read(text)
        english, by_digits = self.digits.read(worded)

        def written(start: int, end: int) -> str:  # a stretch of `english`, as `text` writes it
            return text[slice(*origin(by_words, *origin(by_digits, start, end)))]

        found = numerals_at(english)
        spelled = [(text[slice(*origin(by_words, start, end))], value) for start, end, value in spelled_at(worded)]
        return Reading(english, [(written(start, end), values) for start, end, values in found], spelled,
                       {english[start:end]: written(start, end) for start, end, _ in found})


def _after_numeral(text: str, at: int) -> bool:
    """Whether a digit comes right before `at` in `text` (spaces aside)."""
    at -= 1
    while at >= 0 and text[at] in SPACES:
        at -= 1
    return at >= 0 and text[at].isdigit()


def in_name(text: str, match: re.Match[str]) -> bool:
    """Whether the word `match` found has a capital (not all of them) inside a sentence (see starts_sentence)."""
    word = match.group(0)
    if not word[:1].isupper() or word.isupper():
        return False
    return not starts_sentence(text, match.start())


def _joins(one: float | None, other: float | None) -> bool:
    """Whether a joiner may stand between numbers `one` and `other`: a tens and a unit, either way round
    ('vingt et un', 'soixante et onze', 'fünfundzwanzig')."""
    if one is None or other is None:
        return False
    tens, unit = (one, other) if one >= 20 else (other, one)
    return 20 <= tens <= 90 and tens % 10 == 0 and 1 <= unit < 20 and (one >= 20) != (other >= 20)


def as_written(excerpt: str, written: dict[str, str]) -> str:
    """An excerpt of a quote read as English, with its number as the quote writes it (`written`: numerals read as
    English -> as written): '12.5 %' is '12,5 %' in a German quote, '31 percent' its '31 Prozent'."""
    english = next((text for text in sorted(written, key=len, reverse=True) if text in excerpt), None)
    if english is None:
        return excerpt
    at, original = excerpt.index(english), written[english]
    rest = excerpt[at + len(english):]
    for word in (" percent", " points"):
        if rest.startswith(word) and not original[-1].isdigit():  # (the percent or points word read with the number)
            rest = rest.removeprefix(word)
    return excerpt[:at] + original + rest

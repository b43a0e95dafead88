"""The numbers a passage of English gives: "4,200", "$2.5 million", "7 to 2", "six", "two dozen"; a passage in a
language that writes them otherwise ("2 000", "1.200", "1,5 millions", "vingt-cinq") is read as English first
(`as_english`, `WordReader`)."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "couple": 2, "half": 0.5,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
MULTIPLIERS = {"hundred": 100, "dozen": 12}  # multiply the number before them, inside a larger number
SCALES = {"thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9, "trillion": 1e12}
SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12}
SPOKEN = {**MULTIPLIERS, **SCALES}

CURRENCY_NAMES = {  # how English writes the currencies figures.CURRENCIES shows: sign, names, abbreviations
    "USD": ("$", ("dollar",), ("USD",)), "EUR": ("€", ("euro",), ("EUR",)),
    "GBP": ("£", ("pound", "sterling"), ("GBP",)), "JPY": ("¥", ("yen",), ("JPY",)),
    "INR": ("₹", ("rupee",), ("INR", "Rs")), "RUB": ("₽", ("rouble", "ruble"), ("RUB",)),
}
_NUMERAL = re.compile(  # ((?=\d) first: the search skips to a digit, 2.5 times as fast as trying each place)
    r"(?=\d)(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"  # 4,200 / 2.5 / 2024
    r"(?:\s?([A-Za-z]+)\b)?"  # an attached or following word: 5bn, 2.5 million
)
_WORD = re.compile(r"[A-Za-z]+")
NUMBER_WORDS = frozenset({*UNITS, *ORDINALS, *SPOKEN})  # a text with none has no number in words (most have none)
CURRENCY_SIGNS = "".join(sign for sign, _, _ in CURRENCY_NAMES.values())
_DIGIT = re.compile(r"\d")


def numbers_in(text: str) -> set[float]:
    """Every number written in `text`, in numerals or words; a scaled number gives both (1.1 and 1100000)."""
    found: set[float] = set()
    for _, values in numerals(text):
        found.update(values)
    found.update(_spelled(text))
    return found


def numerals(text: str) -> list[tuple[str, set[float]]]:
    """Each number written in digits in `text`, as written ('$2.5 million' gives '2.5 million'), with what it
    stands for: {2.5, 2500000}."""
    found = []
    for match in _NUMERAL.finditer(text):
        whole, fraction, word = match.groups()
        value = float(whole.replace(",", "") + (fraction or ""))
        values = {value}
        if word:
            lower = word.lower()
            scale = SPOKEN.get(lower) or (SUFFIXES.get(lower) if match.group(0)[-len(word) - 1].isdigit()
                                           or lower in ("bn", "mn", "mln", "tn", "trn") else None)
            if scale:
                values.add(value * scale)
        found.append((match.group(0) if len(values) > 1 else whole + (fraction or ""), values))
    return found


def _spelled(text: str) -> set[float]:
    """Numbers written in words: 'six', 'twenty-five', 'two hundred', 'a dozen', 'three million'."""
    return {value for _, value in spelled(text)}


def spelled(text: str) -> list[tuple[str, float]]:
    """Each number written in words in `text`, as written ('twenty-five', 'dozen', 'second'), with its value."""
    return [(text[start:end], value) for start, end, value in spelled_at(text)]


def spelled_at(text: str) -> list[tuple[int, int, float]]:
    """`spelled`, each number as where it starts and ends in `text`."""
    found: list[tuple[int, int, float]] = []
    if NUMBER_WORDS.isdisjoint(map(str.lower, _WORD.findall(text))):
        return found  # (a third of the time of reading each word)
    total = current = scaled = 0.0  # (scaled: the last scale word's size)
    start = end = last = -1  # where the number being read starts and ends (last: its last word, "and" too)
    previous, after = "", 0  # the word before, and where it ended
    for match in _WORD.finditer(text):
        word, before = match.group(0).lower(), previous
        if _DIGIT.search(text, after, match.start()):
            before = "0"  # "a €5 million grant": the word before "million" is a numeral, not "a"
        previous, after = word, match.end()
        if start >= 0 and text[last:match.start()].strip(" -"):  # "two, one": a comma ends a number
            found.append((start, end, total + current))
            total = current = scaled = 0
            start = -1
        if word in ORDINALS:
            found.append((match.start(), match.end(), ORDINALS[word]))
        if word in SPOKEN and start < 0 and before not in ("a", "an"):
            continue  # "$2 billion": the numeral before it counted already
        if word in UNITS:
            current += UNITS[word]
        elif word in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[word]
        elif word in SCALES:
            if total and SCALES[word] > scaled:  # "a thousand million": a larger scale scales all before it
                total = (total + current) * SCALES[word]
            else:
                total += (current or 1) * SCALES[word]
            current, scaled = 0, SCALES[word]
        elif word == "and" and start >= 0 and before in SPOKEN:  # "two hundred and ten", not "five and ten"
            last = match.end()
            continue
        else:
            if start >= 0:
                found.append((start, end, total + current))
            total = current = scaled = 0
            start = -1
            continue
        if start < 0:
            start = match.start()
        end = last = match.end()
    if start >= 0:
        found.append((start, end, total + current))
    return found


SPACES = " \u00a0\u202f\u2009"  # a space, a no-break space, a narrow one, a thin one: all separate thousands


@functools.lru_cache(maxsize=8)
def as_english(decimal_mark: str, separator: str, scales: tuple[tuple[str, str], ...]) -> Callable[[str], str]:
    """What rewrites a text's numbers the English way, for a language writing them with `decimal_mark` and
    thousands `separator` and naming `scales` ((word, English word): ('millions', 'million'), ('Milliarden',
    'billion')): '2 000' -> '2000', '1.200' -> '1200', '1,5 millions' -> '1.5 million'. English's: the text as
    it is. (Spaces always separate thousands, and dots too where the decimal mark is a comma, whatever separator
    the words show: sources differ.)"""
    if (decimal_mark, separator) == (".", ","):
        return lambda text: text
    groups = re.escape("".join(dict.fromkeys(separator + SPACES + ("." if decimal_mark == "," else ""))))
    words = "|".join(re.escape(word) for word, _ in sorted(scales, key=lambda pair: -len(pair[0])))
    english = {word.casefold(): name for word, name in scales}
    pattern = re.compile(
        rf"(?<![\d{re.escape(decimal_mark)}])(\d{{1,3}}(?:[{groups}]\d{{3}})+(?!\d)|\d+)"
        rf"(?:{re.escape(decimal_mark)}(\d+))?" + (rf"(?:([{SPACES}])({words})(?![^\W\d_]))?" if words else ""),
        re.IGNORECASE)

    def rewrite(match: re.Match[str]) -> str:
        whole = re.sub(rf"[{groups}]", "", match.group(1))
        number = whole + (f".{match.group(2)}" if match.group(2) else "")
        scale = match.group(4) if words else None
        return f"{number} {english[scale.casefold()]}" if scale else number

    return lambda text: pattern.sub(rewrite, text)


_TOKEN = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")  # a word, or words joined by hyphens
_HYPHENS = "-\u2010\u2011"
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
    with a scale is one of it ('mille' -> 'one-thousand', as 'a thousand' in English). A word right after a
    numeral stays as it is ('17 sept.', '50 cents'; '2 millions' is read with the numerals)."""

    def __init__(self, table: tuple[tuple[str, str], ...], joiner: str = "") -> None:
        self.english: dict[str, str] = {}
        phrases = []
        for word, name in table:
            key = word.casefold()
            if " " in key:
                phrases.append(key)
            elif name:
                self.english[key] = name
        self.joiner = joiner.casefold()
        self.by_start: dict[str, list[str]] = {}
        for key in sorted(self.english, key=len, reverse=True):
            self.by_start.setdefault(key[0], []).append(key)
        ordered = sorted(phrases, key=len, reverse=True)
        self.phrase = re.compile("|".join(rf"{re.escape(p)}(?![^\W\d_])" for p in ordered),
                                 re.IGNORECASE) if phrases else None
        self.parts = functools.lru_cache(maxsize=4096)(self._parts)

    def __call__(self, text: str) -> str:
        return self.read(text)[0]

    def read(self, text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
        """`text` rewritten, and where each rewritten piece stands in it and stood in `text`:
        (new start, new end, old start, old end), in order."""
        if not self.english:
            return text, []
        joiner, value = self.joiner, UNITS.get
        pieces: list[str] = []
        moved: list[tuple[int, int, int, int]] = []
        done = size = 0  # how far `text` is taken, and the size of the rewritten text so far

        def put(start: int, end: int, new: str) -> None:
            nonlocal done, size
            size += start - done
            pieces.extend((text[done:start], new))
            moved.append((size, size + len(new), start, end))
            size += len(new)
            done = end

        last: tuple[int, str] | None = None  # where the number word before ends, and its last English word
        skip = 0  # the end of a phrase that is no number
        for match in _TOKEN.finditer(text):
            if match.start() < skip:
                continue
            if self.phrase is not None and (phrase := self.phrase.match(text, match.start())):
                skip, last = phrase.end(), None
                continue
            word = match.group(0).casefold()
            found = self._words(word)
            if found is None or _after_numeral(text, match.start()):
                following = _TOKEN.search(text, match.end()) if word == joiner and last is not None else None
                then = following and self._words(following.group(0).casefold())  # "treinta y uno": a unit after
                if not (last is not None and following and then and not text[last[0]:match.start()].strip()
                        and not text[match.end():following.start()].strip() and _joins(value(last[1]), value(then[0]))):
                    last = None
                    continue
                put(last[0], following.start(), "-")
                continue
            joined = last is not None and not text[last[0]:match.start()].strip(" " + _HYPHENS)
            words = ["one", *found] if found[0] in SPOKEN and not joined else list(found)
            put(match.start(), match.end(), "-".join(words))
            last = (match.end(), words[-1])
        return "".join(pieces) + text[done:], moved

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

    @staticmethod
    def origin(moved: list[tuple[int, int, int, int]], start: int, end: int) -> tuple[int, int]:
        """Where the stretch `start`-`end` of a rewritten text stood in the text `read` was given (`moved`, what it
        gave): a rewritten piece stands for all it replaced."""
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


class AsEnglish:
    """What reads a text's numbers as English writes them: in words first (`words`: 'vingt-cinq' -> 'twenty-five'),
    then in digits (`digits`, from `as_english`: '2 000' -> '2000')."""

    def __init__(self, digits: Callable[[str], str], words: WordReader) -> None:
        self.digits, self.words = digits, words

    def __call__(self, text: str) -> str:
        return self.digits(self.words(text))

    def read(self, text: str) -> tuple[str, list[tuple[str, float]]]:
        """`text` read as English writes numbers, and the numbers it gives in words, each as `text` writes it
        ('vingt-cinq'), with its value."""
        worded, moved = self.words.read(text)
        spelled = [(text[slice(*WordReader.origin(moved, start, end))], value)
                   for start, end, value in spelled_at(worded)]
        return self.digits(worded), spelled


def _after_numeral(text: str, at: int) -> bool:
    """Whether a digit comes right before `at` in `text` (spaces aside)."""
    at -= 1
    while at >= 0 and text[at] in SPACES:
        at -= 1
    return at >= 0 and text[at].isdigit()


def _joins(one: float | None, other: float | None) -> bool:
    """Whether a joiner may stand between numbers `one` and `other`: a tens and a unit, either way round
    ('vingt et un', 'soixante et onze', 'fünfundzwanzig')."""
    if one is None or other is None:
        return False
    tens, unit = (one, other) if one >= 20 else (other, one)
    return 20 <= tens <= 90 and tens % 10 == 0 and 1 <= unit < 20 and (one >= 20) != (other >= 20)


def names_currency(text: str, unit: str) -> bool:
    """Whether `text` names the currency `unit` (a key of CURRENCY_NAMES): its sign, its name ('dollars') or an
    abbreviation ('USD', 'Rs.')."""
    sign, names, abbreviations = CURRENCY_NAMES[unit]
    words = "|".join([*(f"{name}s?" for name in names), *abbreviations])
    return sign in text or re.search(rf"\b(?:{words})\b", text, re.IGNORECASE) is not None


def occurs(value: float, numbers: set[float]) -> bool:
    """Whether `value` (its size: a fall of 3 is written "3") is one of `numbers`."""
    return any(math.isclose(abs(value), number, rel_tol=1e-9, abs_tol=1e-12) for number in numbers)


# a unit that may be written with a one-letter suffix: '5m' of these is five of them, not five million
LENGTHS = frozenset({"m", "metre", "metres", "meter", "meters", "km", "kilometre", "kilometres", "kilometer",
                     "kilometers", "k", "mile", "miles"})


def unscaled(value: float, text: str, unit: str = "") -> tuple[str, float, float] | None:
    """The number `text` writes with a scale ('48 million', '$2bn') whose digits alone `value` is, what it stands
    for (48000000) and its scale (1e6), unless `text` also gives `value` unscaled. A one-letter suffix counts
    after a currency sign, or for a figure whose `unit` is not a length: '$5m' and '1.2m people' are millions,
    '5m wide' five metres."""
    plain = _spelled(text)
    scaled = []
    counted = CURRENCY_SIGNS if not unit or LENGTHS.intersection(unit.lower().split()) else None
    for (written, values), match in zip(numerals(text), _NUMERAL.finditer(text), strict=True):
        one_letter = len(written) > 1 and written[-2].isdigit() and written[-1].lower() in "kmb"
        before = text[match.start() - 1] if match.start() else " "  # ('' is in every string)
        if len(values) > 1 and not (one_letter and counted is not None and before not in counted):
            scaled.append((written, min(values), max(values)))
        else:
            plain.update(values)
    if occurs(value, plain):
        return None
    return next(((written, whole, whole / digits) for written, digits, whole in scaled if occurs(value, {digits})),
                None)


def range_scale(top: float, text: str) -> float:
    """The scale `text` writes `top` with ('3 million' in "$2-3 million": 1e6), else 1."""
    return next((max(values) / min(values) for _, values in numerals(text)
                 if len(values) > 1 and min(values) and occurs(top, {max(values)})), 1.0)


def names_scale(unit: str, scale: float) -> bool:
    """Whether a figure's unit carries a scale ('million tons', 'bn EUR')."""
    return any(math.isclose(SPOKEN.get(word) or SUFFIXES.get(word) or 0, scale, rel_tol=1e-9)
               for word in unit.lower().split())


def rounded(values: set[float]) -> set[float]:
    """Sizes rounded to 12 significant digits: `in` on them forgives what floats add (1.1 * 10**6), as occurs() does,
    without a pass over every number of a long source."""
    return {float(f"{abs(value):.12g}") for value in values}


def shown(value: float) -> str:
    """4200 -> '4,200'; 1.5 -> '1.5'."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6f}".rstrip("0").rstrip(".")


def digits(value: float) -> str:
    """A number as a figure's value writes it: 48000000, 2.5 (no separators, no exponent)."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:f}".rstrip("0").rstrip(".")

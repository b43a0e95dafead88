"""What a number in digits is in the words around it, in an English passage (or one read as English: see
asenglish.py): money, a percentage, a change in points, the number a change starts from ("down from $104 million",
"von 212 auf 187")."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from generator.currencies import CURRENCY_NAMES, NAMES_ELSEWHERE
from generator.numbers import CURRENCY_SIGNS, MONEY, MONEY_BEFORE, SCALES, numerals_at

_CURRENCY_WORDS = sorted({name for _, names, _ in CURRENCY_NAMES.values() for name in names}
                         | {name for names in NAMES_ELSEWHERE.values() for name in names}, key=len, reverse=True)
# a sign, code or name after: "4.8 million €", "90 million euros", "15 millions d'euros", "1.500 millones de dólares"
_MONEY_AFTER = re.compile(rf"\s?(?:[{re.escape(CURRENCY_SIGNS)}]|(?:{'|'.join(CURRENCY_NAMES)})\b"
                          rf"|(?:of\s|de\s|d['’])?(?:{'|'.join(_CURRENCY_WORDS)})\w*)", re.IGNORECASE)
# a word or two a wire story puts between "from" and its number: "down from about $450 million", "from a revised"
_HEDGE = (r"(?:(?:about|around|roughly|nearly|almost|approximately|some|just|over|under|more\s+than|less\s+than|"
          r"(?:an?|the|its)(?:\s+(?:(?:upwardly|downwardly|previously)\s+)?(?:revised|estimated|reported|record|"
          r"previous|initial))?|(?:last|the\s+previous)\s+(?:year|season|month|quarter)['’]s)\s+)?")  # ("from last
# year's £2.5 million")
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_HEDGE}{MONEY}?$", re.IGNORECASE)
# "from" the earlier number of a change: after a word for one ("down from $104 million", "rose to 5 from 7"), or
# before "to" and the later ("from 870 students to 1,150"); not "delegates from 40 countries"
_CHANGED = (r"up|down|rose|risen|rises?|rising|fell|fallen|falls?|falling|increased?|increasing|decreased?|grew|grown|"
            r"grows?|growing|climbed|climbs?|dropped|drops?|jumped|jumps?|slipped|slips?|declined?|declining|cut|"
            r"raised?|lowered|reduced|went|gone|moved|shrank|shrunk|surged|plunged|soared|slumped|tumbled|edged|eased|"
            r"widened|narrowed|improved|worsened|revised|changed|boosted|lifted|lifts?|hiked|trimmed|slashed|lowers?")
_TO = rf"\s+to\s+{MONEY}?\d[\d.,]*(?:\s+(?:{'|'.join(SCALES)}|percent|per\s+cent))?%?"
_WHEN = r",?(?:\s+(?:in|during|for|over|at|by|this|last|a|the)\b(?:\s+[^\s\d]+){0,3})?"
_TO_LEVEL = _TO + r"(?:,\s+or\s+[^,;]{1,30},)?" + _WHEN  # where it went (and what that is: ", or 87 cents a share,"),
# and when
_CHANGE_BEFORE = re.compile(  # (three words at most between, and what it changed to, and when: "shrank 9.6 percent
    # to $64.2 billion, from $71 billion", "fell to $540 million in the quarter from"; not "grew this year, with
    # delegates from 40 countries")
    rf"(?:\b(?:{_CHANGED})\b(?:(?:\s+[^\s]+){{0,3}}(?:{_TO_LEVEL})?|(?:\s+[^\s]+){{0,6}}{_TO}(?:\s+[^\W\d_]+)?{_WHEN})"
    rf"|{_TO_LEVEL})\s+from\s+{_HEDGE}{MONEY}?$",
    re.IGNORECASE)  # (when, not what: "grew to 3,000 stands with exhibitors from 45 countries"; "taking a single
# bus fare to $2.90 from $2.75" is a change with no word for one; "rose for the second year running, to 1,214 offences
# from 1,087", what it went to in six words of the change)
_AGAINST_BEFORE = re.compile(rf"\b(against|compare[sd]?\s+(?:with|to)|versus|vs\.?|(?:double|twice|triple|treble|"
                             rf"half)\s+(?:the|its|their))\s+{_HEDGE}{MONEY}?$", re.I)  # ("almost double the £19.7m")
_TO_AFTER = re.compile(rf"(?:\s+[^\s\d]+){{0,3}}\s+to\s+{MONEY}?\d", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s?(?:[%\u066a]|per\s?cent\b|pct\b)", re.IGNORECASE)  # (٪: Arabic's sign)
# a change of a percentage in points: "2.3 percentage points", "4 points", "0.5 pp", "25 basis points", "25bp"
POINTS = re.compile(r"\s?-?\s?(?:(?:percentage|basis)[\s-](?:points?\b|pts?\b\.?)|points?\b|pts?\b\.?|p\.?p\.?"
                           r"(?!\w)|ppts?\b|bps?\b)", re.IGNORECASE)


class Context(NamedTuple):
    """A number in digits in an English text, as numerals_at found it, and what the words around it make it."""

    written: str  # with its sign or percent: '$104 million', '6.3%'
    values: set[float]
    money: bool  # after a currency sign or code, or before one or a currency's name
    percent: bool  # before %, percent, per cent
    earlier: bool  # after "from", the number a change starts from (or "against", "compared with": its baseline)
    baseline: str = ""  # the words that make it the earlier, as written: 'from about', 'compared with', 'von'
    points: bool = False  # before points, percentage points, pp, basis points: a change of a percentage
    at: int = -1  # where its digits start in the text


@functools.lru_cache(maxsize=8)
def _change_words(start_word: str, end_word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What finds a change's words around its numbers in a language that writes 'von 212 auf 187' (English's: from,
    to): the word before the number it starts from, and the one before the number it ends at."""
    return (re.compile(rf"\b{re.escape(start_word)}\s+{MONEY}?$", re.IGNORECASE),
            re.compile(rf"(?:\s+([^\s\d]+)(?:\s+[^\s\d]+){{0,2}})?\s+{re.escape(end_word)}\s+{MONEY}?\d",
                       re.IGNORECASE))


def contexts(text: str, start_word: str = "from", end_word: str = "to") -> list[Context]:
    """Each number in digits in `text` (read as English writes numbers), with its context (see Context); a change
    written with `start_word` and `end_word` ('from 96 to 104'; a change word before 'from' is read in English)."""
    found: list[Context] = []
    from_before, to_after = (_FROM_BEFORE, _TO_AFTER) if (start_word, end_word) == ("from", "to") else _change_words(
        start_word, end_word)
    numerals = numerals_at(text)
    starting = {start: (end, values) for start, end, values in numerals}
    last_end = 0  # where the number before ends, as written
    for start, end, values in numerals:
        money = MONEY_BEFORE.search(text, max(0, start - 12), start)
        percent = _PERCENT_AFTER.match(text, end)
        after = _MONEY_AFTER.match(text, end) if not money and not percent else None
        points = POINTS.match(text, end) if not (money or percent or after) else None
        written = text[money.start() if money else start:percent.end() if percent else after.end() if after else
                       points.end() if points else end]
        after_from = from_before.search(text, max(0, start - 48), start)
        changed = after_from is not None and _CHANGE_BEFORE.search(text, max(0, start - 120), start) is not None
        to = to_after.match(text, percent.end() if percent else end) if after_from is not None else None
        earlier = changed or (to is not None and (from_before is _FROM_BEFORE or not _to_another(text, to, starting)))
        against = None if earlier or from_before is not _FROM_BEFORE else _AGAINST_BEFORE.search(
            text, max(0, start - 48), start)  # "87 in January, against 19 two years ago" (English's words)
        words_before = after_from if earlier else against  # ('from about', 'compared with roughly')
        baseline = MONEY_BEFORE.sub("", words_before[0]).strip() if words_before else ""
        joined = not (earlier or against) and found and found[-1].earlier and any(
            pattern.fullmatch(text, last_end, start) for pattern in (_AND_ANOTHER, _IN_BRACKETS))  # ("compared with 57
        # and 61", "up from 4.45 million at the end of June and 4.1 million a year earlier": where a second change
        # starts; "down from 82.1 feet (25.02 metres)": the start in another unit)
        found.append(Context(written, values, money is not None or after is not None, percent is not None,
                             earlier or against is not None or bool(joined),
                             found[-1].baseline if joined else baseline, points is not None, start))
        last_end = start + len(written) - (start - money.start() if money else 0)
    return found


_AND_ANOTHER = re.compile(r"[^.;:\d]{0,40}?\s(?:and|or)\s+(?:from\s+)?[^\w\s]?")  # between two numbers a change
# starts from ("down from 84.1% in October and from 81.7% a year earlier")


_IN_BRACKETS = re.compile(r"(?:\s*[^\W\d_]+)?\s*\(\s*[^\w\s(]?")  # between a number and itself in another unit


_AFTER_END = re.compile(r"\s*%?\s*([^\W\d_]*)")  # the letters of the word after a number ("d" of "d’euros.")


def _to_another(text: str, to: re.Match[str], numbers: dict[int, tuple[int, set[float]]]) -> bool:
    """In a language that writes a change 'von 212 auf 187' (its words: 'von', 'auf'; 'de', 'a'), whether the number
    `to` found after the end word is another thing than the start: a word after it other than the one after the
    start ('de 300 euros a 5.000 familias', 'von 450 Millionen Euro auf 20 Jahre': no change)."""
    number, unit = numbers.get(to.end() - 1), _AFTER_END.match(to.group(1) or "")
    word = unit.group(1) if unit else ""
    after = _AFTER_END.match(text, number[0]) if number is not None and word else None
    return after is not None and after.group(1) != "" and after.group(1).casefold() != word.casefold()

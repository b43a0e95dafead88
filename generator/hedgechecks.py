"""`check`'s warnings of a hedge dropped: a number a card's title, summary, figure label or figure gives bare that its
quote gives only after a hedge ("at least 1,200", "nearly 40%", "casi el 40%", "40,000-plus") or as one end of a range
("between 9,000 and 11,000"), and a figure's own hedge that the quote does not write."""

from __future__ import annotations

import functools
import re

from generator import asenglish, dates, numbers
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.figures import hedge_after
from generator.hedgebounds import ABOVE, BELOW, bound_named
from generator.namechecks import card_texts
from generator.numberchecks import TIME_OF_DAY, blank_time, places_of
from generator.ranges import MAYBE_RANGE, PERCENT, given_ranges
from generator.validate import where
from generator.words import Words


def hedge_warnings(entries: list[Entry], read: asenglish.AsEnglish, words: Words) -> list[Finding]:
    """A number a card's title, summary or figure label gives bare that its quote gives only after a hedge (the
    site's words' `hedges`: "at least 1,200", "nearly 40%"), or as one end of a range ("between 9,000 and 11,000"):
    the card would say more than the article."""
    if not words.hedges:
        return []
    anywhere, before = _hedge_patterns(words.hedges)
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        if MAYBE_RANGE.search(quote):
            found += _range_warnings(entry, read, words, before)
        if anywhere.search(quote) is None and _HEDGED_AFTER.search(quote) is None:
            found += _figure_hedge_warnings(entry, {}, words, read)
            continue  # (no hedge in the quote: most cards)
        hedged = _hedged(TIME_OF_DAY.sub(blank_time, quote), read, before, words.negations)  # (a time is no amount:
        # "at about 8:30")
        found += _figure_hedge_warnings(entry, hedged, words, read)
        for key, text in card_texts(entry.card) if hedged else ():
            text = dates.SourceDates(TIME_OF_DAY.sub(blank_time, text), words.months).without_days()
            for written, values in _numbers(read.read(text)):
                said = next((hedged[size] for size in sorted(numbers.rounded(values)) if size in hedged), None)
                places = places_of(text, written)
                if said and not (places and all(_hedged_at(text, at, written, before) or _COMPOUND.match(
                        text, at + len(written)) for at in places)):
                    found.append(warn(entry, key, f"{where(key)} gives {written} where the source_quote says "
                                                  f"'{said[1]}': keep its '{said[0]}', or the card says more than the "
                                                  "article", snippet=written))
                elif said and (turned := next((text[max(0, at - 24) + start:at + len(written)] for at in places
                                               if (start := _turned(text[max(0, at - 24):at], said[0], before))
                                               is not None), None)) and " ".join(turned.lower().split()) not in \
                        " ".join(quote.lower().split()):  # (not "more than 300 homes" where the quote says "almost
                    # 300 people were injured and more than 300 homes were destroyed")
                    found.append(warn(entry, key, f"{where(key)} gives '{turned}' where the source_quote says "
                                                  f"'{said[1]}': " + (f"keep its '{said[0]}', or the card says more "
                                                                      "than the article"
                                                                      if turned.lower().startswith("up to ")
                                                                      else f"keep its '{said[0]}', a bound"
                                                                      if _GUESS.match(turned)
                                                                      else "the other way round"), snippet=written))
                    # (a headline's "up to 4.5%" is "rose to", no hedge of its own: the quote's is dropped)
    return found


def _turned(before_number: str, said: str, before: re.Pattern[str]) -> int | None:
    """Where the hedge a card's text writes before a number (`before_number` ends there) starts, if it bounds it
    the other way from the quote's (`said`), or only guesses it: "more than £1.1 billion" or "about £1.1 billion" for
    "nearly £1.1 billion"."""
    hedge = before.search(before_number) or _BOUND_BEFORE.search(before_number)
    if hedge is None:
        return None
    own, quoted = _way(hedge.group(0)), _way(said)
    return hedge.start() if quoted and own != quoted and (own or _GUESS.fullmatch(hedge[0].strip())) else None


_GUESS = re.compile(r"about|around|roughly|approximately|some|an\s+estimated", re.IGNORECASE)  # (a bound's, turned into
# a guess: "about 340,000" for "more than 340,000")


def _way(hedge: str) -> int:
    """1 for a hedge that makes its number a least ("at least", "more than"), -1 a most ("up to", "nearly"), 0 a
    guess or one not known."""
    hedge = _as_hedge(hedge).rstrip(" " + numbers.CURRENCY_SIGNS)
    hedge = re.sub(r"(?<=\bde|\b a)l\Z", "", re.sub(rf"\s+{_ARTICLE}\Z", "", hedge))  # ("casi el", "más del")
    return 1 if hedge in ABOVE else -1 if hedge in BELOW else 0


def _figure_hedge_warnings(entry: Entry, hedged: dict[float, tuple[str, str]], words: Words,
                           read: asenglish.AsEnglish) -> list[Finding]:
    """A figure whose value the quote gives only after a hedge (`hedged`), shown bare: without a `hedge` (nor the
    hedge in its label, "capacity (up to)"); and a figure's `hedge` that the quote does not write, or not before
    its number ("nearly 1.1 billion" for `hedge: more than`)."""
    found = []
    for figure in entry.card.figures:
        i, quote = figure.index, " ".join(entry.card.source_quote.split())
        said = next((hedged[size] for size in sorted(numbers.rounded({figure.value})) if size in hedged), None)
        start = next((hedged[size] for size in sorted(numbers.rounded({figure.start})) if size in hedged), None) \
            if figure.start is not None else None
        if figure.start is not None and start and start[0].casefold() not in figure.label.casefold():
            began = words.digits(numbers.shown(figure.start))
            found.append(warn(entry, ("figures", i, "from"), f"figures[{i}].from {began} where the source_quote says "
                              f"'{start[1]}': the page shows it, and the change from it, as exact (a figure's hedge "
                              "is its value's): leave from out, or give the hedge in the label"))
        if figure.hedge is None and said and said[0].casefold() not in figure.label.casefold() \
                and not bound_named(said[0], figure.label):
            shown, hedge = words.digits(numbers.shown(figure.value)), _as_hedge(said[0])
            found.append(warn(entry, ("figures", i, "value"), f"figures[{i}].value {shown} "
                                                              f"where the source_quote says '{said[1]}': write hedge: "
                                                              f"{hedge}, or the figure says more than the article"))
        elif figure.hedge is not None:
            written = re.compile(("(?<!\\w)" if figure.hedge[0].isalnum() else "")  # ("-plus" after its number)
                                 + rf"{_CONTRACTED.sub(_contracted, re.escape(_straight(figure.hedge)))}(?!\w)",
                                 re.IGNORECASE)  # ("más de" written "más del", "en torno a" "en torno al")
            straight = _straight(quote)  # (jusqu’à, jusqu'à)
            if not written.search(straight):
                found.append(warn(entry, ("figures", i, "hedge"), f"figures[{i}].hedge '{figure.hedge}' is not in "
                                                                  "the source_quote: a figure's hedge is the quote's"))
            elif _before_number(straight, written, figure.value, read) or (
                    hedge_after(figure.hedge, quote) and _after_number(straight, written, figure.value, read)):
                continue  # (the quote's own, "casi el" of "casi el 40%" too; "40% or more", "40% o más" after it)
            elif said and _as_hedge(said[0]) != _as_hedge(figure.hedge):
                found.append(warn(entry, ("figures", i, "hedge"), f"figures[{i}].hedge '{figure.hedge}' where the "
                                                                  f"source_quote says '{said[1]}': write hedge: "
                                                                  f"{_as_hedge(said[0])}"))
            elif numbers.rounded({figure.value}) & numbers.rounded({value for _, values in read.read(quote).numerals
                                                                     for value in values}):  # (else its value's
                # warning says enough)
                shown = words.digits(numbers.shown(figure.value))
                found.append(warn(entry, ("figures", i, "hedge"), f"figures[{i}].hedge '{figure.hedge}' is not "
                                                                  f"right before {shown} in the source_quote: a "
                                                                  "figure's hedge is the words the quote puts before "
                                                                  "its number"))
    return found


_CONTRACTED = re.compile(r"(?<=\\ )(de|a)\Z", re.IGNORECASE)  # (in re.escape's text: a space is "\ ")


def _contracted(found: re.Match[str]) -> str:
    return r"(?:de[ls]?|du)" if found[1].lower() == "de" else r"al?"


def _before_number(quote: str, hedge: re.Pattern[str], value: float, read: asenglish.AsEnglish) -> bool:
    """Whether the first number after one of the places `hedge` is written in `quote`, a few characters on (an
    article, a sign between), is `value`: in digits or words, a part as a percentage ("about a third": 33.3),
    "a metre" one."""
    sizes = numbers.rounded({value})
    for place in hedge.finditer(quote):
        following = quote[place.end():place.end() + 64]
        reading = read.read(following)
        found = sorted([(at, at + len(written), values) for written, values in reading.numerals
                        if (at := following.find(written)) >= 0]
                       + [(at, at + len(written), {number} | {round(number * 100, places) for places in (0, 1, 2)}
                           if number < 1 else {number})
                          for written, number in reading.spelled if (at := following.find(written)) >= 0],
                       key=lambda each: each[0])
        if not (found and found[0][0] <= 12) and _ONE.match(following):  # (not "a dozen", "a third": read above)
            found = [(0, 0, {1.0})]
        if found and found[0][0] <= 12 and (numbers.rounded(found[0][2]) & sizes or (
                len(found) > 1 and _CONVERTED.fullmatch(following, found[0][1], found[1][0])
                and numbers.rounded(found[1][2]) & sizes)):  # ("about $60 billion (£45 billion)": as rough)
            return True
    return False


def _after_number(quote: str, hedge: re.Pattern[str], value: float, read: asenglish.AsEnglish) -> bool:
    """Whether the number right before one of the places `hedge` is written in `quote` is `value` ("40% o más")."""
    for place in hedge.finditer(quote):
        before = read.read(quote[max(0, place.start() - 40):place.start()])
        if before.numerals and numbers.rounded(before.numerals[-1][1]) & numbers.rounded({value}):
            return True
    return False


# an amount's other currency, in brackets after it: "$60 billion (£45 billion)"
_CONVERTED = re.compile(r"(?:\s+(?:thousand|million|billion|trillion|m|bn))?\s*\(\s*"
                        rf"[{re.escape(numbers.CURRENCY_SIGNS)}]?\s?", re.IGNORECASE)


_ONE = re.compile(r"\s*(?:a|an|one)\s+[^\W\d_]", re.IGNORECASE)  # "more than a metre"


def _range_warnings(entry: Entry, read: asenglish.AsEnglish, words: Words, before: re.Pattern[str]
                    ) -> list[Finding]:
    """A number a card's text or figure gives that its quote gives only as one end of a range, without the other."""
    if not (ends := given_ranges(entry.card.source_quote, read)):
        return []
    found = []
    for key, text in card_texts(entry.card):
        text = dates.SourceDates(text, words.months).without_days()
        given = _numbers(read.read(text))
        sizes = {size for _, values in given for size in numbers.rounded(values)}
        for written, values in given:
            said = next((ends[size] for size in sorted(numbers.rounded(values)) if size in ends), None)
            share = any(PERCENT.match(text, at + len(written)) for at in places_of(text, written))  # ('up 41%' is
            if said and share == bool(PERCENT.search(said[0])) and not said[1] & sizes and not all(  # no end of
                    _bound_at(text, at, written, before) for at in places_of(text, written) or [0]):  # '$38-41m')
                found.append(warn(entry, key, f"{where(key)} gives {written} where the source_quote says '{said[0]}':"
                                              " give the range, or the card says more than the article",
                                  snippet=written))
    for figure in entry.card.figures:
        said = next((ends[size] for size in sorted(numbers.rounded({figure.value})) if size in ends), None)
        if said and not numbers.rounded({figure.value_max or 0, figure.start or 0}) & said[1]:
            low, high = sorted((figure.value, max(said[1]) if figure.value >= 1000 or max(said[1]) < 1000
                                else min(said[1])))  # (the other end in the same scale: 12000000 and 15000000)
            found.append(warn(entry, ("figures", figure.index, "value"), f"figures[{figure.index}].value "
                              f"{words.digits(numbers.shown(figure.value))} where the source_quote says '{said[0]}': "
                              f"give the range (value: {numbers.digits(low)}, value_max: {numbers.digits(high)}), or "
                              "the figure says more than the article"))
    return found


_FROM_BOUND = re.compile(r"(?:\b(?:from|starts?\s+at|starting\s+at|desde|ab|dès|à\s+partir\s+de)\s+)"
                         rf"[{re.escape(numbers.CURRENCY_SIGNS)}]?\s?\Z", re.IGNORECASE)


def _bound_at(text: str, at: int, written: str, before: re.Pattern[str]) -> bool:
    """Whether a card's text writes the number `written` at `at` as a bound of its own: hedged ("up to 65", "bis zu
    900") or a lowest ("from £1,073", "desde 45 euros"), as one end of a range says."""
    return _hedged_at(text, at, written, before) or _FROM_BOUND.search(text, max(0, at - 24), at) is not None


def _straight(text: str) -> str:
    """`text` with its apostrophes straight: a hedge typed "jusqu'à" is the quote's "jusqu’à"; and "de" before a vowel
    written whole: "plus de" is the quote's "plus d'un"."""
    return _ELIDED.sub("de ", text.replace("\u2019", "'"))


def _as_hedge(text: str) -> str:
    """A hedge as a figure's `hedge` is written: in lower case, apostrophes straight, "de" whole ("Plus d'": "plus
    de")."""
    return re.sub(r"d'\Z", "de", _straight(" ".join(text.lower().split())))


_ELIDED = re.compile(r"(?<![^\W\d_])d'(?=[^\W\d_])", re.IGNORECASE)




def _negated_before(quote: str, at: int, negations: tuple[str, ...]) -> bool:
    """Whether one of the three words before `at` is a negation ("cannot build more than", "not more than", "no adult
    pays more than")."""
    known = {negation.casefold() for negation in negations}
    return any(word.casefold() in known or word.lower().endswith(("n't", "n’t", "not"))
               for word in quote[max(0, at - 40):at].split()[-3:])


@functools.lru_cache(maxsize=4)
def _hedge_patterns(hedges: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A hedge anywhere; and a hedge with a currency's sign, if any, ending a text: what comes before a hedged
    number (searched up to where the number starts)."""
    words = "|".join(re.sub(r"(?<=\\s\+)de\Z", lambda _: _ELIDED_DE, r"\s+".join(map(re.escape, hedge.split())))
                     for hedge in sorted(hedges, key=len, reverse=True))  # ("près d'un tiers": "de" elided)
    anywhere = rf"(?<![^\W\d_])({words})(?:l?\s+|(?<=['’]))"  # ("más del": "más de" and "el")
    return (re.compile(anywhere, re.IGNORECASE),
            re.compile(rf"(?<![^\W\d_])((?:{words})(?:l\b)?)(?:\s+{_ARTICLE})?(?:\s+|(?<=['’]))"
                       rf"(?:{numbers.MONEY}\s?)?\Z", re.IGNORECASE))  # ("about Rs 52,000 crore", "about A$5m")


_ELIDED_DE = r"d(?:e|['’])"  # "de", or "d'" before a word ("près d'un tiers")


# an article between a hedge and its number: "roughly a 40% chance", "casi el 40%", "más del 30%" ("de" + "el"),
# "en torno al 0,4%", "knapp die Hälfte", "mehr als ein Drittel", "près de la moitié"
_ARTICLE = r"(?:an?|el|la|los|las|un|una|die|der|den|das|ein|eine|einen|le|les|une)"


_NAME_AFTER = re.compile(r"\s?(?:[A-Z]{2,}\b|\()")  # 737 MAX, 401(k)
_NUMBER_BEFORE = re.compile(r"\d%?[^\w.!?]{0,12}\Z")  # "64%, " before "more than 58%" (not "in 2026. About 300")
# a move that happened (not "could rise"): what a market report says its extreme was with "as much as"
_MOVED = re.compile(r"\b(?:rose|rises|rising|fell|falls|falling|gained|gains|gaining|jumped|jumps|jumping|climbed|"
                    r"climbs|climbing|dropped|drops|dropping|slid|slides|sliding|surged|surges|surging|tumbled|"
                    r"tumbles|tumbling|soared|soars|soaring|sank|sinks|sinking|plunged|plunges|plunging|slumped|"
                    r"slumps|slumping|advanced|advances|advancing|declined|declines|declining|lost|loses|losing|added|"
                    r"adds|adding|up|down|higher|lower|strengthened|weakened)(?:\s+by|\s+to)?\s+\Z", re.IGNORECASE)
# in Spanish and French, "hasta" and "jusqu'à" after a verb of change are its "to" ("crecerá hasta 4.910 millones")
_TO_WORDS = frozenset({"hasta", "jusqu'à", "jusqu’à"})
_MOVED_TO = re.compile(r"(?<![^\W\d_])(?:crec|sub|baj|aument|disminu|ca[eíy]|lleg|pas|elev|alcanz|reduc|recort|"
                       r"increment|descend|ascend|dispar|desplom|retroced|grimp|mont|augment|baiss|chut|recul|progress|"
                       r"bondi|tomb|gliss)[^\W\d_]*(?:,?\s+(?:\d[\d.,]*%?|[^\s,.;:]+)){0,6}?,?\s+\Z",
                       re.IGNORECASE)  # ("bajó en febrero hasta el 11,8%", "bajó 1,3 puntos porcentuales, hasta el
# 18,9%", "creció un 12% en el primer trimestre, hasta 4.100 millones")
# "up" of a verb of change that happened, with "to" where it went: "turnout went up to 71.3%" (not a most; "could go
# up to 10%" is one)
_WENT_UP = re.compile(r"(?<![^\W\d_])(?:went|gone|going|goes|shot|ticked|edged|inched|crept|moved|pushed|drove|driven|"
                      r"revised|bumped|ramped|stepped|picked|climbed|jumped|nudged|rose|surged|soared|spiked|grew|"
                      r"increased)"
                      r"\s+\Z", re.IGNORECASE)
# "up to 71.3% from 66.1%", "up to £418 from £400": a change's end
_FROM_AFTER = re.compile(r"\s?(?:%|percent\b|per cent\b)?\s+from\s+(?:[^\W\d_]{0,3}|[$£€¥₹])\s?\d", re.I)
_CHANGE_FROM = re.compile(r"\bfrom\b[^.;:]{0,40}\Z", re.IGNORECASE)
# a title's own ways of hedging ("tops $14bn", "c. 6,200", "~6,200")
_BOUND_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:over|under|within|above|below|tops?|topped|exceed(?:s|ed)?|"
                           r"surpass(?:es|ed)?|pass(?:es|ed)?|c\.|ca\.|circa|approx\.?|est\.?|(?:an?\s+)?(?:m(?:ax|in)imum|limit|cap|ceiling)"
                           r"\s+of|capped\s+at|limited\s+to)\s*|~\s?)"
                           rf"[{re.escape(numbers.CURRENCY_SIGNS)}]?\s?\Z", re.IGNORECASE)
_COMPOUND = re.compile(r"-(?:month|week|day|year|hour|minute|mile|kilometre|km|metre)s?\b", re.IGNORECASE)  # ("18-month
# waits": a kind of wait, no count of months)
# a hedge after its number: "1,200+", "1,200 or more", "40% or more"; "40 % o más", "40 % ou plus", "40 % oder mehr"
# (not a least of the next number: "5% or more than half", "5 % et plus de 20 %")
_AFTER_WORDS = (r"(?:or\s+(?:more|so)|o\s+más|y\s+más|ou\s+plus|et\s+plus|oder\s+mehr|und\s+mehr)"
                r"(?!\s+(?:than|de|del|d['’]|als)\b)(?![^\W\d_])")
_AFTER_HEDGE = re.compile(rf"\s?(?:{numbers.PERCENT_WORDS})?\s*(?P<hedge>\+|-plus\b|{_AFTER_WORDS})", re.IGNORECASE)
_HEDGED_AFTER = re.compile(rf"\d(?:\s?(?:{numbers.PERCENT_WORDS}))?(?:\+|-plus\b|\s+{_AFTER_WORDS})", re.IGNORECASE)
# and a title's, up to three words on: "35 seats or fewer", "35 seats at most", "12 degree heating weeks or more"
_AFTER_BOUND = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:or\s+(?:more|so|fewer|less|over|under|above|below)|at\s+"
                          r"(?:most|least)|max(?:imum)?|min(?:imum)?|limit|cap|ceiling)\b", re.IGNORECASE)  # ("the £39m
# loss limit")
# "about" of a subject, not a size: "angry about 20 mph limits", "questions about 40 jobs"
_ABOUT_SUBJECT = re.compile(r"\b(?:angry|anger|furious|upset|unhappy|worried|worry|worries|concerns?|concerned|fears?|"
                            r"feared|questions?|asked|asking|talks?|talked|spoke|debates?|debated|knows?|knew|news|"
                            r"complaints?|complained|protests?|protested|warned|optimistic|pessimistic|confident|"
                            r"cautious|care[sd]?|clear|sure|serious|thinking|thought)\s+\Z", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\.?\s+{dates.MONTH_NAME.pattern}", re.IGNORECASE)  # "up to 7 May"


def _numbers(reading: asenglish.Reading) -> list[tuple[str, set[float]]]:
    """The numbers a text gives, in words from two up or parts of a whole ("a third"; not "one of")."""
    return [*reading.numerals, *((written, {value}) for written, value in reading.spelled if value >= 2 or value < 1)]


def _hedged_at(text: str, at: int, written: str, before: re.Pattern[str]) -> bool:
    return (before.search(text, max(0, at - 40), at) is not None or _BOUND_BEFORE.search(text, max(0, at - 16), at)
            is not None or _AFTER_HEDGE.match(text, at + len(written)) is not None
            or _AFTER_BOUND.match(text, at + len(written)) is not None)


def _hedged(quote: str, read: asenglish.AsEnglish, before: re.Pattern[str], negations: tuple[str, ...] = ()
            ) -> dict[float, tuple[str, str]]:
    """The numbers (rounded) `quote` gives only after a hedge: each one's hedge, and how the quote writes both (not
    after a negation: "cannot build more than eight" makes eight a most, no guess)."""
    hedged: dict[float, tuple[str, str]] = {}
    bare: set[float] = set()
    for written, values in _numbers(read.read(quote)):
        if dates.YEAR.fullmatch(written):
            continue  # ("up to 2025", "hasta 2025": a year, no hedged amount)
        for at in places_of(quote, written):
            end = at + len(written)
            if _NAME_AFTER.match(quote, end) or _MONTH_AFTER.match(quote, end) or quote[end:end + 1] == ":":
                continue  # ("questions about 737 MAX safety", "around 401(k) plans": a name's number; "up to 7 May";
                # a score, "gewann knapp 2:1", or a time)
            hedge = before.search(quote, max(0, at - 40), at)
            if hedge and hedge[1].lower() == "some" and re.search(r"\d[.,]\d", written) and not re.search(
                    r"\d[.,]\d{3}(?!\d)", written):
                hedge = None  # ("Some 87.4% of buses": a figure to its decimal is no guess)
            if hedge and hedge[1].lower() == "about" and _ABOUT_SUBJECT.search(quote, max(0, hedge.start() - 16),
                                                                                hedge.start()):
                hedge = None  # ("angry about 20 mph limits": what they are angry about)
            if hedge and (_NUMBER_BEFORE.search(quote, max(0, hedge.start() - 14), hedge.start()) or (
                    hedge[1].lower() == "up to" and _CHANGE_FROM.search(quote, max(0, hedge.start() - 50),
                                                                        hedge.start()))):
                hedge = None  # a comparison ("64%, more than 58%"), or a change's end ("from $10 up to $15")
            elif hedge and hedge[1].lower() == "up to" and (_WENT_UP.search(quote, max(0, hedge.start() - 12),
                                                                              hedge.start())
                                                              or _FROM_AFTER.match(quote, end)):
                hedge = None  # ("turnout went up to 71.3%", "was up to 71.3% from 66.1%": where it went)
            elif hedge and hedge[1].lower().startswith("as much as") and _MOVED.search(quote, max(0, hedge.start()
                                                                                               - 24), hedge.start()):
                hedge = None  # a market's move at its most ("shares rose as much as 7.4%"): a number, no guess
            elif hedge and hedge[1].lower() in _TO_WORDS and _MOVED_TO.search(quote, max(0, hedge.start() - 64),
                                                                               hedge.start()):
                hedge = None  # where a change goes to, not a bound ("crecerá hasta 4.910 millones", "a grimpé jusqu'à")
            elif hedge and _negated_before(quote, hedge.start(), negations):
                hedge = None
            after = _AFTER_HEDGE.match(quote, end) if hedge is None else None  # ("40,000-plus", "40,000 or so")
            for size in numbers.rounded(values):
                if hedge is not None:
                    hedged.setdefault(size, (hedge[1], quote[hedge.start():end]))
                elif after is not None:
                    hedged.setdefault(size, (after["hedge"], quote[at:after.end()]))
                else:
                    bare.add(size)
    return {size: said for size, said in hedged.items() if size not in bare}

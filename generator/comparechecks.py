"""A comparison a card turns round: a summary's "warmer than last year's race" on a quote's "far cooler than last
year's race", "higher than a year ago" on "far below the 84% recorded a year ago". A warning of `check`, in English
(its comparatives and their opposites)."""

from __future__ import annotations

import re

from generator import numbercontexts, numbers
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.validate import where

# each comparative's opposites (both ways): "warmer" is turned round as "cooler" or "colder"
_PAIRS = (("higher above ahead more greater larger bigger up", "lower below behind fewer less smaller lesser down"),
          ("longer", "shorter"), ("warmer hotter", "cooler colder"),
          ("faster quicker more_quickly more_rapidly", "slower more_slowly"), ("older", "younger newer"),
          ("later", "earlier"), ("stronger", "weaker"), ("heavier", "lighter"), ("wider broader", "narrower"),
          ("deeper", "shallower"), ("richer", "poorer"), ("better", "worse"), ("wetter", "drier dryer"),
          ("cheaper less_expensive", "dearer more_expensive costlier"), ("more_expensive costlier", "less lower"),
          ("less_expensive", "more higher"))  # ("_": a space)
_SAME: dict[str, frozenset[str]] = {}
_OPPOSITE: dict[str, frozenset[str]] = {}
for _one, _other in _PAIRS:
    _ups, _downs = ([word.replace("_", " ") for word in side.split()] for side in (_one, _other))
    for _side, _against in ((_ups, _downs), (_downs, _ups)):
        for _word in _side:
            _SAME[_word] = _SAME.get(_word, frozenset()) | frozenset(_side)
            _OPPOSITE[_word] = _OPPOSITE.get(_word, frozenset()) | frozenset(_against)
# a comparative and what it compares with: "warmer than last year's race", "a shorter term than Tillotson", "far below
# the 84% recorded a year ago", "ahead of the index" (the words after it, to its clause's end: not "but", "and")
_WAYS = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(_SAME, key=len, reverse=True))  # ("more
# slowly" before "more")
_COMPARED = re.compile(rf"\b({_WAYS})"
                       r"((?:\s+[^\W\d_]+){0,3}?\s+(?:than|of)\b|\s+from\s+[$€£]?\d[\d.,]*(?:\s*%|\s+per\s+[\d,]+|"
                       r"\s+(?:million|billion))?)?\s+((?:(?!\b(?:but|and|while|whereas)\b)(?:[^,;.:!?()]|\.(?=\w)|(?<=\b(?-i:[A-Z]))\.)){1,60})",
                       re.IGNORECASE)


def _way(match: re.Match[str]) -> str:
    """A comparative as _SAME names it ('more slowly')."""
    return " ".join(match[1].casefold().split())


_MAY_COMPARE = re.compile(r"than|above|below|ahead|behind|up from|down from", re.IGNORECASE)  # (a cheap test: most
# quotes have none)
_NO_WORD = frozenset({"the", "a", "an", "of", "in", "at", "on", "for", "to", "its", "their", "his", "her", "and",
                      "was", "were", "is", "be", "been", "one", "ones", "recorded", "same", "time", "point", "than",
                      "as", "it", "by", "far", "much"})


def comparison_warnings(entries: list[Entry]) -> list[Finding]:
    """A comparative in a card's title, summary or figure label whose quote compares the same thing (a word of what
    follows each) only the other way: once a text."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        found += _against_its_number(entry) or _against_itself(entry)
        found += _turned_round(entry)
        quoted = [(_way(match), {*_words(match[3]), *_linked(match)}, match[0]) for match in _COMPARED.finditer(quote)
                  if _compares(match)] if _MAY_COMPARE.search(quote) else []
        if not quoted:
            continue  # (most quotes)
        for key, text in card_texts(entry.card):
            for match in _COMPARED.finditer(text):
                word, said = _way(match), (_linked(match) or _words(match[3]))[:1]  # (what it compares with,
                # by its first word: "this year" is not "last year's race"; "below the target of 118 million": target)
                if not _compares(match) or not said:
                    continue
                if any(other in _SAME[word] and said[0] in whose for other, whose, _ in quoted):
                    continue  # (the quote's own way too)
                turned = next((written for other, whose, written in quoted if other in _OPPOSITE[word]
                               and said[0] in whose), None)
                if turned is not None:
                    found.append(warn(entry, key, f"{where(key)} says '{' '.join(match[0].split()[:5])}', where the "
                                                  f"source_quote says '{' '.join(turned.split()[:5])}': the "
                                                  "comparison turned round?", snippet=match[1]))
                    break
    return found


# a comparative before what it says of ("fewer trains", "higher prices"), or before its opposite ("higher, not lower")
_OF_A_THING = re.compile(rf"\b({_WAYS})(?:(,?\s+(?:not|rather\s+than|instead\s+of)\s+)({_WAYS})\b|\s+([^\W\d_]{{3,}}))",
                         re.IGNORECASE)


def _turned_round(entry: Entry) -> list[Finding]:
    """A card's text that says "more trains" where its quote says only "fewer trains", or "lower, not higher" where it
    says "higher, not lower". Once a card."""
    quote = entry.card.source_quote
    quoted = [(_way(match), (match[3] or match[4]).casefold(), match[0])
              for match in _OF_A_THING.finditer(quote) if match[4] is None or match[4].casefold() not in _NOT_A_THING]
    for key, text in card_texts(entry.card)[:2] if quoted else ():
        for match in _OF_A_THING.finditer(text):
            word, thing = _way(match), (match[3] or match[4]).casefold()
            if (match[4] is not None and thing in _NOT_A_THING) or word in ("up", "down"):
                continue
            if any(other in _SAME[word] and _stem(whose) == _stem(thing) for other, whose, _ in quoted):
                continue  # (the quote's own way too)
            if turned := next((written for other, whose, written in quoted if other in _OPPOSITE[word] and (
                    _stem(whose) == _stem(thing) or (match[3] and whose in _OPPOSITE[thing]))), None):
                return [warn(entry, key, f"{where(key)} says '{match[0]}', where the source_quote says '{turned}': "
                                         "the comparison turned round?", snippet=match[1])]
    return []


def _stem(word: str) -> str:
    return word[:5]


_NOT_A_THING = _NO_WORD | frozenset({"than", "and", "or", "but", "recently", "quickly",
                                     "slowly", "about", "around", "nearly", "almost", "over", "under", "this", "that",
                                     "these", "those", "were", "are", "will", "would", "could"})


# a comparison with a number: "more than the 85,000 who came in 2019", "below 24"
_THAN_A_NUMBER = re.compile(r"\b(more|fewer|less|higher|lower|greater|smaller|larger|bigger|above|below)\s+"
                            r"(?:than\s+)?(?:the\s+)?[$€£]?(\d[\d,]*(?:\.\d+)?)(?![\d.,]?\d)", re.IGNORECASE)
_MORE = frozenset({"more", "higher", "greater", "larger", "bigger", "above"})
_HEDGED_FROM = re.compile(r"\b(?:from|of)\s+\Z", re.IGNORECASE)
_NO_NOW = re.compile(r"(?:\bper|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                     r"December))\s+\Z")  # (before a number that is no level: "per 100,000", "January 4")


def _against_its_number(entry: Entry) -> list[Finding]:
    """A card's text that says its thing was more (or less) than a number its quote compares it with, where the
    quote's own number is the other side of it: "more than the 85,000 who came in 2019" on "more than 60,000 …
    compared with 85,000 in 2019". Once a card."""
    quote = entry.card.source_quote
    said = numbercontexts.contexts(quote) if "compar" in quote or "from" in quote or "against" in quote else []
    for key, text in card_texts(entry.card)[:2] if any(one.earlier for one in said) else ():
        for match in _THAN_A_NUMBER.finditer(text):
            if (_HEDGED_FROM.search(text, max(0, match.start() - 8), match.start())
                    or " ".join(match[0].split()) in quote):
                continue  # (a hedge, "down from more than 1,200", or the quote's own words)
            value = float(match[2].replace(",", ""))
            for at, other in enumerate(said):
                if not other.earlier or not numbers.occurs(value, other.values):
                    continue
                now = next((one for one in reversed(said[:at]) if not one.earlier and (one.percent, one.money) == (
                    other.percent, other.money) and not _YEAR.fullmatch(one.written) and not _NO_NOW.search(
                    quote, max(0, one.at - 12), one.at)), None)
                if now is None or re.search(r"[.;]\s", quote[now.at:other.at]):
                    continue
                more, lower = match[1].casefold() in _MORE, max(now.values) < max(other.values)  # (the quote's
                # two numbers, each with its scale: "2.8 million against 2.83 million")
                if lower if more else max(now.values) > max(other.values):
                    return [warn(entry, key, f"{where(key)} says '{match[0]}', where the source_quote gives "
                                             f"{now.written} against {other.written}: the comparison turned round?",
                                 snippet=match[0])]
    return []


_YEAR = re.compile(r"(?:19|20)\d\d")


def _linked(match: re.Match[str]) -> list[str]:
    """The words between a comparative and its "of" that name what it compares with ('target' of "below the target
    of 118 million litres"); none before "than"."""
    link = (match[2] or "").split()
    return [word.casefold() for word in link[:-1] if word.casefold() not in _NO_WORD] if link[-1:] == ["of"] else []


def _compares(match: re.Match[str]) -> bool:
    """Whether a match of _COMPARED compares: 'than' after it, or a word that compares by itself ('above', 'below',
    'ahead of', 'behind'); not 'more than 40,000' (a hedge, for hedgechecks)."""
    word, link = match[1].casefold(), (match[2] or "").split()
    if word in ("above", "below", "behind"):
        return not link or link[-1] == "of"  # ("below the target of 118 million litres")
    if word == "ahead":
        return link == ["of"]
    if word in ("up", "down"):
        return link[:1] == ["from"]  # (a number's way from an earlier one, at its time: "up from 24 at the peak last
        # winter" is higher than last winter)
    return link[-1:] == ["than"] and not re.match(r"(?:about\s+|some\s+)?[$€£]?\d", match[3])


def _words(text: str) -> list[str]:
    """The words that name what a comparison is with, in order (not 'the', 'a', nor a unit right after a number:
    'Ml' of 'the 148 Ml/d target'; a possessive's ending dropped)."""
    return [word[0].casefold().removesuffix("'s").removesuffix("’s")
            for word in re.finditer(r"[^\W\d_][\w'’]*|\b(?:19|20)\d\d\b(?![.,]\d)", text)  # (a year names one too:
            if word[0].casefold() not in _NO_WORD and len(word[0]) > 2  # "the 2023 and 2024 seasons combined")
            and not re.search(r"\d\S*\s*\Z", text[:word.start()])]


# a number and, in its clause, a comparison with another: "23.5% of entries, slightly behind the 22.0% at the
# comprehensives" ("more than" and "fewer than" only before "the": else a hedge, "more than 600,000 pupils")
_OF = r"(\s?%|\s?(?:per\s?cent|percent|bn|mn|m|k|million|billion|trillion)\b)?"  # (its kind: a share, a scale)
_SELF = re.compile(rf"(?<![\w.,])[$€£]?(\d[\d,]*(?:\.\d+)?){_OF}(?![\d.,]?\d)[^.;:]{{0,60}}?,?\s+(?:(?:slightly|well|"
                   r"far|just|much|still|only|narrowly|comfortably)\s+)?(behind|below|lower\s+than|ahead\s+of|above|"
                   r"higher\s+than|short\s+of|shy\s+of|beating|topping|exceeding|missing|"
                   r"(?:more|less|fewer|greater)\s+than(?=\s+the\b))\s+(?:the\s+|its\s+)?[$€£]?(\d[\d,]*(?:\.\d+)?)"
                   rf"{_OF}(?![\d.,]?\d)", re.IGNORECASE)
_MOVED = re.compile(r"\b(?:falls?|fell|fallen|drops?|dropped|slips?|slipped|sinks?|sank|dips?|dipped|rises?|rose|risen|"
                    r"climbs?|climbed|go|goes|went|stays?|stayed|remains?|remained|keeps?|kept)\s+\Z",
                    re.IGNORECASE)  # (where a number may go: "62 per cent, and could fall below 50 per cent")
_SAYS_MORE = ("ahead", "above", "higher", "more", "greater", "beating", "topping", "exceeding")


def _against_itself(entry: Entry) -> list[Finding]:
    """A card's text that says a number is below (or above) another it gives, where it is not: "23.5% …, slightly
    behind the 22.0%" (both of the quote's). Once a card."""
    for key, text in card_texts(entry.card)[:2]:
        for match in _SELF.finditer(text):
            one, other = float(match[1].replace(",", "")), float(match[4].replace(",", ""))
            more = match[3].split()[0].casefold() in _SAYS_MORE
            if _kind(match[2]) == _kind(match[5]) and one != other and (one > other) != more and not any(
                    _YEAR.fullmatch(number) for number in (match[1], match[4])) and not _HEDGED_FROM.search(
                    text, max(0, match.start(3) - 8), match.start(3)) and not _MOVED.search(
                    text, max(0, match.start(3) - 12), match.start(3)):
                return [warn(entry, key, f"{where(key)} says {match[1]}{match[2] or ''} is '{match[3]} "
                                         f"{match[4]}{match[5] or ''}': the comparison turned round?",
                             snippet=match[3])]
    return []


def _kind(written: str | None) -> str:
    """A number's kind as _OF reads it: '%', 'percent', 'bn' or ''."""
    return "".join((written or "").split()).casefold().replace("%", "percent")

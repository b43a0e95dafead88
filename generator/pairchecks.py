"""A number an English card's title or summary gives with another name than its quote gives it with: "Fenmoor saw
91.7%; Ellingham Royal only 48.3%" on "At Fenmoor Hospitals… only 48.3%…, while Ellingham Royal managed 91.7%", "Labour
fell to 3 seats and the Greens rose to 5" on "Labour won 5…, and the Greens won 3"; or with other words after it than
its quote gives it with: "two counts of fraud and 14 of false accounting" on "14 counts of fraud … and two of false
accounting". Numbers swapped between the items of a list: each is the article's, so no other check sees them."""

from __future__ import annotations

import functools
import itertools
import re

from generator.dates import MONTHS, WEEKDAYS
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts, headline_case
from generator.numbers import WORDED, numerals_at, shown, whole_number
from generator.validate import where

# where a sentence's items part: "…, while Ellingham Royal managed 91.7%", "… and the Greens won 3", "…; …"
_PARTS = re.compile(r"[;:¶]|[.!?](?:\s|$)|(?<!\b[A-Z]),?\s+(?:while|whereas|but|and|or|against|compared\s+with|"
                    r"followed\s+by|ahead\s+of)\s+", re.IGNORECASE)  # (not "A and A* grades")
# a name: words in capitals, "of" or "the" between ("Bank of England"), "&" in one ("A&E")
_NAME = re.compile(r"(?<![\w&])[A-Z][\w&'’-]*(?:\s+(?:of\s+|the\s+|for\s+)*[A-Z][\w&'’-]*)*")
_NO_NAME = frozenset({"the", "a", "an", "at", "in", "on", "its", "their", "his", "her", "this", "that", "these",
                      "those", "but", "and", "while", "when", "after", "before", "some", "only", "by", "for", "from",
                      "with", "of", "to", "as", "it", "he", "she", "they", "we", "i", "there", "mr", "mrs", "ms", "dr",
                      "sir", "all", "each", "both", "one", "two", "three", "four", "five", "six", "seven", "eight",
                      "nine", "ten", "last", "next", "about", "around", "nearly", "almost", "more", "less",
                      "up", "down", "also", "just", "so", "if", "not", "no", "yes", "still", "even", "over", "under",
                      *(month.casefold() for month in MONTHS), *(day.casefold() for day in WEEKDAYS)})

Name = tuple[str, frozenset[str]]  # a name as written, and its words that name (lower case)


def pair_warnings(entries: list[Entry], source: str) -> list[Finding]:
    """A number in digits a card's title or summary gives in a part of a sentence with a name, where its quote gives
    it only with another name, one the card's text also names, and the card's name only elsewhere: once a card."""
    found = []
    proper = _proper(source)
    for entry in entries:
        quote = entry.card.source_quote
        groups = _groups(entry.card.tags, quote)
        if len(_NAME.findall(quote)) + len(groups.findall(quote) if groups else ()) < 2:
            continue  # (most quotes: no two names)
        quoted = _paired(quote, proper, groups)
        everyone = [name for names in quoted.values() for name in names]
        if len({words for _, words in everyone}) < 2:
            continue  # (one name beside the quote's numbers, or none: no other to swap with)
        for key, text in card_texts(entry.card)[:2]:
            if key == ("title",) and headline_case(text):
                continue  # (every word in capitals: no names to tell)
            paired = _paired(text, proper, groups)
            named = [name for names in paired.values() for name in names]
            said = next(((number, mine, theirs) for number, names in paired.items()
                         if number in quoted and (mine := _only_elsewhere(names, quoted[number], everyone))
                         and (theirs := _only_elsewhere(quoted[number], names, named))), None)
            if said is not None:
                digits, mine, theirs = said
                number = next((found[0] for found in _NUMBER.finditer(text) if found[1].replace(",", "") == digits),
                              digits)
                found.append(warn(entry, key, f"{where(key)} gives {number} with {mine}, where the source_quote gives "
                                              f"it with {theirs}: a number swapped?", snippet=number))
                break
        else:
            found += _swapped_figures(entry, quoted, everyone, proper, groups)
    return found


def _swapped_figures(entry: Entry, quoted: dict[str, list[Name]], everyone: list[Name], proper: frozenset[str],
                     groups: re.Pattern[str] | None) -> list[Finding]:
    """A figure whose label names one of the quote's names, and whose value the quote gives only with another that
    another figure's label names ("Ashby residents told to leave", 1,900, on "in Ashby, 2,600 people…, and in Marlow
    Creek, 1,900"): once a card."""
    labels = [(figure, value, _paired(f"{figure.label} {value}", proper, groups))
              for figure in entry.card.figures if (value := shown(figure.value).replace(",", ""))]
    named = [name for _, _, paired in labels for names in paired.values() for name in names]
    for figure, value, paired in labels:
        said = next(((number, mine, theirs) for number, names in paired.items()
                     if number == value and number in quoted  # (its value's: not "over 52 weeks" of its label)
                     and (mine := _only_elsewhere(names, quoted[number], everyone))
                     and (theirs := _only_elsewhere(quoted[number], names, named))), None)
        if said is not None:
            return [warn(entry, ("figures", figure.index, "value"), f"figures[{figure.index}].value "
                         f"{shown(figure.value)} is {said[1]}'s in its label, where the source_quote gives it with "
                         f"{said[2]}: a number swapped?")]
    return []


def item_warnings(entries: list[Entry]) -> list[Finding]:
    """A number a card's title or summary gives before a word of a thing (the first after it, in its part of a
    sentence) that its quote gives before another number of a list, and never before this one, which it gives before
    another word: once a card."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        if not _LISTED.search(quote):
            continue  # (most quotes: no items)
        quoted = _items(quote)
        for key, text in card_texts(entry.card)[:2]:
            said = next(((written, words[0], theirs[0][0]) for number, written, words in _items_of(text) if words
                         and (theirs := [their for their in quoted.get(number, ()) if their])
                         and not any(_stems(words) & _stems(their) for their in theirs) and any(
                             n != number and _stem(words[0]) in {_stem(other[0]) for other in others if other}
                             for n, others in quoted.items())), None)
            if said is not None:
                written, word, their = said
                found.append(warn(entry, key, f"{where(key)} gives {written} before '{word}', where the source_quote "
                                              f"gives it before '{their}', and another number before '{word}': a "
                                              "number swapped?", snippet=written))
                break
    return found


def _stem(word: str) -> str:
    return word[:5]  # ("finishers", "finished")


def _stems(words: tuple[str, ...]) -> set[str]:
    return {_stem(word) for word in words}


def _items(text: str) -> dict[str, list[tuple[str, ...]]]:
    """Each number of `text` with the words of a thing after it, in each part of a sentence it is in."""
    items: dict[str, list[tuple[str, ...]]] = {}
    for number, _, words in _items_of(text):
        items.setdefault(number, []).append(words)
    return items


def _items_of(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each number (in digits or an English word) of `text`, as digits and as written, with the first three words
    after it in its part of a sentence (see _PARTS) and clause that may name a thing ("counts", "fraud")."""
    found = []
    ends = [*(part.start() for part in _PARTS.finditer(text)), len(text)]
    for number in _ITEM.finditer(text):
        if _DAY.match(text, number.end()) or _YEAR.fullmatch(number[0]) or _RANGE_TOP.search(
                text, 0, number.start()) or _RANGE_BOTTOM.match(text, number.end()):
            continue  # (a date's; a range's, "a further 60 to 70 flights", no item of a list)
        end = min(end for end in ends if end >= number.end())
        after = re.split(r"[,;:()]", _ABBREVIATED.sub(r" \1 ", text[number.end():end]), maxsplit=1)[0]  # (with a
        # unit's abbreviation in brackets: "2,700 kilowatt hours (kWh)")
        if _OF_A_WHOLE.match(after):
            continue  # ("23 of the council's 61 seats": a part of a whole, whose words are the whole's)
        words = [word.casefold() for word in _ITEM_WORD.findall(after) if word.casefold() not in _NO_THING][:3]
        value = number[0] if number[0][0].isdigit() else str(whole_number(number[0]))
        found.append((value.replace(",", ""), number[0], tuple(words)))
    return found


_LISTED = re.compile(r"\d[^.;]{3,80}\b(?:and|while|but)\s+(?:\w+\s+){0,3}?(?:\d|(?:one|two|three|four|five|six|seven|"
                     r"eight|nine|ten)\b)", re.IGNORECASE)  # (a cheap test: a number, then another item's)
# a number, not of another: "14 counts", "two of false accounting" (not "1:38:44", "4.1%", "$5", "twenty-five")
_ITEM = re.compile(rf"(?<![\w.,:$£€¥₹-])(?:\d(?:[\d,]*\d)?(?:\.\d+)?|(?:{WORDED})\b)(?![\d:%-]|[.,]\d)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_ABBREVIATED = re.compile(r"\(([A-Za-z]{1,6})\)")
_RANGE_TOP = re.compile(r"\d\s+to\s+\Z")
_RANGE_BOTTOM = re.compile(r"\s+to\s+\d")
_OF_A_WHOLE = re.compile(r"\s+of\s+(?:\S+\s+){0,3}?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve|twenty|thirty|forty|fifty|sixty)\b)", re.IGNORECASE)
_ITEM_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# words that name no thing after a number
_NO_THING = _NO_NAME | frozenset({"are", "be", "been", "is", "was", "were", "had", "has", "have", "will", "would",
                                   "could", "or", "than", "which", "who", "other", "others", "same", "million",
                                   "billion", "thousand", "per", "cent", "percent", "day", "days", "week", "weeks",
                                   "month", "months", "year", "years"})


def _only_elsewhere(names: list[Name], others: list[Name], known: list[Name]) -> str:
    """The first of `names` that shares a word with none of `others` and with one of `known`, as written; ''."""
    return next((written for written, words in names if not any(words & other for _, other in others)
                 and any(words & one for _, one in known)), "")


@functools.lru_cache(maxsize=2)
def _proper(source: str) -> frozenset[str]:
    """The words the source writes in capitals inside a sentence (lower case): names, not "Customers" at its start."""
    return frozenset(found[1].casefold() for found in _INSIDE.finditer(source))


_INSIDE = re.compile(r"(?<=[\w,]) +(?:[\"“‘(]?)([A-Z][\w&'’-]*)")  # (after a word or a comma: no sentence's first)
_NUMBER = re.compile(r"[$£€¥₹]?(\d[\d,.]*\d|\d)(?:\s?%|\s(?:per\s?cent|percent)\b)?")  # as written: "48.3%"
# right after a number: a unit ("5.5 million TEU"), no name
_UNIT_OF = re.compile(r"\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand))?\s+\Z")
_PLACE = re.compile(r"(?:\s*%|\s+[a-z]+){0,3}\s+(?:in|at|for|on|(?:north|south|east|west|north-east|north-west|"
                    r"south-east|south-west)\s+of)\s+(?:the\s+)?")  # ("homes flooded in", "rain on", "80 kilometres
# east of Aberdeen")
_POSSESSOR = re.compile(r"^[\w&-]+['’]s\s+(?=\S)")  # before a name: "Britain's Owen Pryce" is Owen Pryce
_TIME = re.compile(r"(?<![\d:])\d{1,2}(?::\d\d){1,2}(?![\d:])")  # a time or a race's: "2:04:37", "9:30"
_DAY = re.compile(rf"\s*(?:{'|'.join(MONTHS)})\b")  # after a day: "12 July" (a date, no count)


def _groups(tags: tuple[str, ...], quote: str) -> re.Pattern[str] | None:
    """The card's tags in small letters that its quote writes ("over-75s", "health workers"), as names: a pattern."""
    named = [tag for tag in tags if tag[:1].islower() and re.search(rf"(?<!\w){re.escape(tag)}(?!\w)", quote, re.I)]
    return re.compile("|".join(rf"(?<!\w){re.escape(tag)}(?!\w)" for tag in named), re.I) if named else None


def _paired(text: str, proper: frozenset[str], groups: re.Pattern[str] | None = None) -> dict[str, list[Name]]:
    """Each number in digits of `text` (as written), with the name it is given with in each part of a sentence it is in
    (see _PARTS): the nearest before it, else the first after it ("Labour won 5", "at Fenmoor only 48.3% of A&E
    patients"); "3 more than the 9 they had" and "the Greens rose to 3" give 3 with both names. `groups`: more names
    (the card's tags in small letters)."""
    paired: dict[str, list[Name]] = {}
    starts = [0, *(part.end() for part in _PARTS.finditer(text)), len(text)]
    times = [(found.start(), found.end()) for found in _TIME.finditer(text)] if ":" in text else []
    numbers = [*((at, until) for at, until, _ in numerals_at(text)
                 if not any(start <= at < end for start, end in times)), *times]  # ("1:38:44": one number)
    for start, end in itertools.pairwise(starts):
        names = [(found.start(), (written, words)) for found in _NAME.finditer(text, start, end)
                 if (words := _words(written := _POSSESSOR.sub("", " ".join(found[0].split()))) & proper)
                 and not _UNIT_OF.search(text, 0, found.start())]
        if groups is not None:
            names = sorted([*names, *((found.start(), (found[0], frozenset(found[0].casefold().split())))
                                      for found in groups.finditer(text, start, end))], key=lambda name: name[0])
            names = [name for at, name in enumerate(names) if not (at and re.fullmatch(  # ("the south-east of
                r"\s+of\s+(?:the\s+)?", text[names[at - 1][0] + len(names[at - 1][1][0]):name[0]]))]  # England": one)
        for at, until in numbers:
            if start <= at < end and names and not _DAY.match(text, until):  # (its place's name right after it, else
                # the nearest before it, else the first after it: "312 homes in Kirkby Harle, 187 in Elmsworth")
                after = _PLACE.match(text, until)
                name = next((name for where, name in names if after and where == after.end()), None) or next(
                    (name for where, name in reversed(names) if where < at), names[0][1])
                paired.setdefault(text[at:until].replace(",", ""), []).append(name)  # ("168,000": 168000)
    return paired


def _words(name: str) -> frozenset[str]:
    """The words of a name that name ('fenmoor', 'hospitals' of 'At Fenmoor Hospitals'), lower case."""
    return frozenset(word.casefold() for word in name.split() if word.casefold() not in _NO_NAME
                     and (len(word) > 2 or word.isupper()))


# the two words before a name: "economist at", "1,120 at", "Cross from (the)"
_LEAD = re.compile(r"([^\W\d_]{2,}|\d[\d,.]*)\s+(?!the\b)([^\W\d_]{2,})\s+(?:the\s+)?\Z")
_THE = re.compile(r"\AThe\s+")
_OF_A_BODY = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+of\s+((?:the\s+)?[A-Z].*)")  # a person of a body
_PEOPLE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)\Z")  # a people's word, one: "Colombian", "Chinese", "Danish"
_TRAIL = re.compile(r"\s+([^\W\d_]{3,})\s+([^\W\d_]{2,})")  # and after it: "volunteers treated"


def name_after_warnings(entries: list[Entry]) -> list[Finding]:
    """A name an English card's title or summary gives after two words its quote gives another name after, or before
    two its quote gives another before, where the quote never writes the card's and the card never the quote's: "chief
    economist at Nordbank" on "chief economist at Harbour Street Capital", "Red Cross volunteers treat" on "St John
    Ambulance volunteers treated". Once a card."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        texts = card_texts(entry.card)[:2]
        if not any(_unnamed(name[0], quote) for _, text in texts for name in _NAME.finditer(text)):
            continue  # (most cards: every name the quote's)
        beside = {key: part for name in _NAME.finditer(quote) if _words(name[0]) and not (
            _PEOPLE.match(name[0]) and quote[max(0, name.start() - 4):name.start()].casefold() == "the ")
                  and not _first_word(quote, name)
                  for key, _, part in _beside(quote, name)}  # (not "the Colombian": a person, by a people's word)
        for key, text in texts if beside else ():
            said = next(((part, theirs, side, words) for name in _NAME.finditer(text)
                         if _unnamed(name[0], quote) and not _first_word(text, name)
                         for side, words, part in _beside(text, name)
                         if (theirs := beside.get(side)) and _unnamed(part, quote) and _unnamed(theirs, text)
                         and not _initials(name[0], theirs) and not _initials(theirs, name[0])), None)
            if said is not None:
                place = "before" if said[2][0] == "after" else "after"
                mine, theirs = (_THE.sub("", name) for name in said[:2])  # ("The Harbour Trust said": the Trust)
                found.append(warn(entry, key, f"{where(key)} gives {mine} {place} '{said[3]}', where the "
                                              f"source_quote gives {theirs}: the right name?", snippet=mine))
                break
    return found


def _beside(text: str, name: re.Match[str]) -> list[tuple[tuple[str, str, str], str, str]]:
    """The two words before a name in `text` and the two after it: each pair by which side it is on ('before',
    'after') and their first five letters, as written, and the name; and a person's, before a body's name ("Jonah
    Kessler of Halden Securities": 'Kessler of', and 'Halden Securities')."""
    found = []
    if of := _OF_A_BODY.fullmatch(name[0]):
        found.append((("of", of[1].casefold(), ""), f"{of[1].split()[-1]} of", of[2]))
    if lead := _LEAD.search(text, max(0, name.start() - 40), name.start()):
        found.append((("before", lead[1].casefold()[:5], lead[2].casefold()[:5]), f"{lead[1]} {lead[2]}", name[0]))
    if trail := _TRAIL.match(text, name.end()):
        found.append((("after", trail[1].casefold()[:5], trail[2].casefold()[:5]), f"{trail[1]} {trail[2]}", name[0]))
    return found


def _initials(short: str, name: str) -> bool:
    """Whether `short` is the initials of `name` ("CDC" of "Centers for Disease Control")."""
    return short.isupper() and short == "".join(word[0] for word in name.split() if word[0].isupper())


def _first_word(text: str, name: re.Match[str]) -> bool:
    """Whether `name` is one word that starts a sentence ("Children from Wrenmoor": no name)."""
    return " " not in name[0] and _SENTENCE_START.search(text, 0, name.start()) is not None


_SENTENCE_START = re.compile(r"(?:\A|[.!?:¶]['\"’”]?\s+)\Z")


def _unnamed(name: str, text: str) -> bool:
    """Whether a word of `name` that names is one `text` never writes ("Conservation" of "Australian Marine
    Conservation Society" where the text gives "Australian Institute of Marine Science")."""
    return any(not _named_in(word, text) for word in _words(name) if len(word) > 3)


def _named_in(name: str, text: str) -> bool:
    """Whether `text` writes a word of `name` that names (not "The")."""
    return any(re.search(rf"(?<!\w){re.escape(_POSSESSIVE_OR_PLURAL.sub('', word))}", text, re.IGNORECASE)
               for word in _words(name))  # (its stem: "Greens" for "the Green group", "Kenya's" for "Kenyan")


_POSSESSIVE_OR_PLURAL = re.compile(r"(?:['’]s|s)\Z")

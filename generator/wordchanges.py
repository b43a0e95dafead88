"""A change a card says in words alone went the other way than its quote says of the same thing: a title "Trade
deficit widens" on a quote "the trade deficit narrowed", "Sales fell" on "sales were flat" (English's words; a
change with a number is directionchecks.py's)."""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.validate import where

# the words for a way a thing went, by what changed (its axis) and which way: 1 up, -1 down, 0 not at all
_TO_COME = r"(?:(?<=to\s)|(?<=will\s)|(?<=would\s))"  # (before a bare verb that is also a word of its own: "to ease")
_WAYS: dict[tuple[str, int], str] = {
    ("level", 1): r"rises?|rose|risen|rising|raised|boosted|increas(?:es|ed|ing|e)|grows?|grew|grown|growing|"
                  r"climb(?:s|ed|ing)?|"
                  r"jump(?:s|ed|ing)?|surg(?:es|ed|ing|e)|soar(?:s|ed|ing)?|rebound(?:s|ed|ing)?|"
                  r"gain(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|(?:was|were|is|are)\s+(?:up|higher)|"
                  r"(?:edg|tick)(?:es|ed|ing|e|s)?\s+(?:up|higher)|up(?=\s+(?:\d|almost|nearly|about|around|some|by|from|"
                  r"sharply|slightly|again))",
    ("level", -1): r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))(?:cut|slashed|lowered|reduced)|"  # ("spending was cut")
                   r"(?:cut|slashed|lowered|reduced)(?=\s+(?:to|by|for|again)\s)|"  # ("Mackerel quota cut for the
                   # second year", a headline's)
                   r"(?:falls?|fell|fallen|falling)(?!\s+(?:further\s+|even\s+|well\s+|far\s+)?(?:short|behind|"
                   r"through|apart|into|in\s+line|silent))|"
                   r"drop(?:s|ped|ping)?|declin(?:es|ed|ing|e)|decreas(?:es|ed|ing|e)|"
                   r"shrinks?|shrank|shrunk|shrinking|plung(?:es|ed|ing|e)|tumbl(?:es|ed|ing|e)|slump(?:s|ed|ing)?|"
                   r"slip(?:s|ped|ping)?|slid(?:es|ing|e)?|"
                   rf"sinks?|sank|sunk|sinking|eas(?:es|ed|ing)|{_TO_COME}ease|(?:was|were|is|are)\s+(?:down|lower)|"
                   r"(?:edg|tick)(?:es|ed|ing|e|s)?\s+(?:down|lower)|down(?=\s+(?:\d|almost|nearly|about|around|some|by|"
                   r"from|sharply|slightly|again))",
    ("level", 0): r"(?:was|were|is|are|remained|remains|stayed|stays|held|holds|kept)\s+(?:(?:broadly|largely|"
                  r"virtually|essentially|little)\s+)?(?:flat|unchanged|stable)|"
                  r"(?:was|were|is|are|remained|remains|ended|closed)\s+(?:little|barely)\s+changed|"
                  r"(?:remained|remains|stayed|stays|held|holds|kept)\s+(?:steady|stable)|stagnat(?:es|ed|ing|e)|"
                  r"flatlined",  # (not "was steady": "rain was steady" fell all day)
    ("gap", 1): r"widen(?:s|ed|ing)?",
    ("gap", -1): rf"narrow(?:s|ed|ing)|{_TO_COME}narrow",
    ("strength", 1): r"strengthen(?:s|ed|ing)?",
    ("strength", -1): r"weaken(?:s|ed|ing)?",
    ("pace", 1): r"accelerat(?:es|ed|ing|e)|quicken(?:s|ed|ing)?|pick(?:s|ed|ing)\s+up|sp(?:ed|eeds?|eeding)\s+up",
    ("pace", -1): r"decelerat(?:es|ed|ing|e)|slow(?:s|ed)",
    ("quality", 1): r"improv(?:es|ed|ing|e)",
    ("quality", -1): r"worsen(?:s|ed|ing)?|deteriorat(?:es|ed|ing|e)",
}
_NAMES = [f"w{index}" for index in range(len(_WAYS))]
_WAY = re.compile("|".join(rf"\b(?P<{name}>{words})\b" for name, words in zip(_NAMES, _WAYS.values(), strict=True)),
                  re.IGNORECASE)
_OF_NAME = dict(zip(_NAMES, _WAYS, strict=True))
_FAMILY = {"gap": "level", "strength": "level"}
_WILL = {("level", 1): "will rise", ("level", -1): "will fall", ("level", 0): "will not change",
         ("gap", 1): "will widen", ("gap", -1): "will narrow", ("strength", 1): "will strengthen",
         ("strength", -1): "will weaken", ("pace", 1): "will speed up", ("pace", -1): "will slow",
         ("quality", 1): "will improve", ("quality", -1): "will worsen"}
_SAID = {("level", 1): "rose", ("level", -1): "fell", ("level", 0): "did not change", ("gap", 1): "widened",
         ("gap", -1): "narrowed", ("strength", 1): "strengthened", ("strength", -1): "weakened",
         ("pace", 1): "sped up", ("pace", -1): "slowed", ("quality", 1): "improved", ("quality", -1): "worsened"}
# a quick test a quote must pass to hold one of the words above (most do not)
MAY_SAY_A_WAY = re.compile(r"\b(?:ris|rose|rais|boost|cut|slash|reduc|lift|hik|trim|upgrad|downgrad|revis|"
                           r"increas|gr[eo]w|climb|jump|surg|soar|rebound|fall|fell|drop|declin|decreas|"
                           r"shr[aiu]nk|plung|tumbl|slump|slip|slid|s[iau]nk|flat|unchanged|steady|stable|stagnat|widen|narrow|"
                           r"strength|weaken|accelerat|quicken|pick|sp[eo]|decelerat|slow|improv|worsen|deteriorat|"
                           r"intensif|eas|up|down|higher|lower|gain|edg|tick|broadly|largely|virtually|essentially|"
                           r"little|barely)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# a way not said as what happened: denied ("did not rise", "failed to narrow", "hasn't yet improved"), or a guess, a
# wish or someone's view ("expected inflation to rise", "could fall", "voters who say the economy has improved"; not a
# headline's "to": "Charge to fall" is what will be)
_NOT = re.compile(r"(?:\b(?:not|never|no|nor|neither|without|fail(?:s|ed)?\s+to|ceased\s+to|stopped)|n['’]t)\s+"
                  r"(?:\w+\s+)?$", re.IGNORECASE)
_GUESS = re.compile(r"\b(?:would|could|may|might|should|if|unless|whether|say|says|think|thinks|"
                    r"believe|believes|expect|expects|expected|expecting|forecast|forecasts|predict|predicts|"
                    r"predicted|hope|hopes|hoped|fear|fears|feared|want|wants|wanted|likely)\b", re.IGNORECASE)
# what may follow a way that says what went that way (before it), not what it made go (after: "increased household
# income", "falling demand"): a number, a mark, an end, or one of these
_AFTER = frozenset("""to by from in on at for of over under above below past beyond through toward towards into onto
up down back again further more less faster slower higher lower sharply slightly steadily than as while
whereas but and or after before since during until amid among against despite with without compared versus vs
nearly almost about around some roughly just only still also this last next year years month months quarter
quarters week weeks day days today yesterday overnight annually so though although when where because even
throughout across within per fastest slowest most least strongest weakest quickest sharpest steepest biggest
largest smallest best worst highest lowest""".split())  # noqa: SIM905
# words between a thing and its way, commas around some, that name no other thing: "numbers, however, kept growing"
_LINKING = frozenset("""kept keep keeps keeping continued continue continues continuing to however meanwhile too also
still has have had been though instead""".split())  # noqa: SIM905
# words that name no thing that changed: what stands between a thing and its way ("sales have steadily fallen")
_NO_THING = frozenset("""a an the its their his her our your my this that these those it they he she we you there
here has have had having is are was were be been being will would could should may might must can shall do does did
to of in on at for from by with and or but than as so also still further sharply slightly steadily again even only
just already expected likely set said says say reported seen forecast projected thought believed which who where
whereby whose then while when after before since over under about around nearly almost more less most least much
very all both each some any other another own once year years quarter quarters month months week weeks day days time
period half today yesterday percent cent point points per january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday morning evening
night overnight afternoon weekend season winter summer spring autumn expects expect hopes hope hoped fears feared
predicts predicted thinks believes wants wanted""".split()) | _LINKING  # noqa: SIM905
# the rate a thing changes at, another thing than it: prices rise while their inflation falls, wages while wage growth
# slows
_RATES = frozenset({"inflation", "growth"})
_NOUNS_IN_LY = frozenset({"supply", "family", "assembly", "rally", "italy", "ally", "monopoly", "anomaly", "reply"})
_WINDOW = 4  # words before a way in which its thing is looked for
# where a clause starts, whose thing is its own: "exports rose while imports fell", "rose in March but fell"
_CLAUSE = re.compile(r",(?!\d)|\b(?:while|whereas|but|and|as|although|though|yet|when|after|before|since|said|says|"
                     r"told|added|noted|warned|reported|announced|explained)\b", re.IGNORECASE)  # (not "41,850")
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b", re.IGNORECASE)  # a clause within a clause, of the thing before
_END = re.compile(r"[.!?;:¶](?:\s|$)")
# a thing's rises named before a way: the way is its rises' pace ("price rises slowed", "wage increases picked up")
_RISES = re.compile(r"\b(?:rises|increases|gains)(?=\s+\Z)", re.IGNORECASE)
# a rise by a percentage, then how that percentage went: "rose 5.6% in the year to April, up from 5.3%"
_PERCENT = r"\d[\d.]*\s*(?:%|per\s*cent\b|percent\b)"
_GREW = re.compile(rf"\b(?:rose|risen|grew|grown|increased|climbed|gained|jumped)\s+(?:by\s+)?{_PERCENT}"
                   r"(?:(?!\bto\s+\D?\d).)*\Z", re.I)  # (not "rose 0.2% to 5.2%, up from 5.0%": a level's)
_BY = re.compile(rf"\s+from\s+(?:an?\s+)?{_PERCENT}", re.IGNORECASE)


class _Way(NamedTuple):
    """A way a text says a thing went."""

    axis: str  # what changed: "level", "gap", "strength", "pace", "quality"
    way: int  # 1 up (wider, stronger, faster, better), -1 down, 0 not at all
    words: str  # as written: "widens", "were flat"
    thing: str  # the words that name the thing, as written: "trade deficit" ('' if none do)
    stems: frozenset[str]  # those words as stems ("deficit", "trade")
    by: str = ""  # how much, in words ("by nearly a fifth"), or where to ("to 4.12%"), after it ('' if not so)


def word_change_warnings(entries: list[Entry], numbered: set[str]) -> list[Finding]:
    """A thing a card's title, summary or figure label says went one way, in words, that its quote says only went
    another: said once a text, at its word. The same thing: every word of the card's for it is among the quote's
    ("petrol prices" is not "food prices"), and they are the same words where the quote also says the card's way of
    another thing ("exports rose while imports fell"). Not where the quote says the card's way of a thing it does not
    name ("rose in March but fell in April"), nor for a card the number check has warned of a direction already
    (`numbered`, the cards' files)."""
    found: list[Finding] = []
    for entry in entries:
        if entry.card.path in numbered or not MAY_SAY_A_WAY.search(entry.card.source_quote):
            continue
        quoted = _ways(entry.card.source_quote)
        expected = _ways(entry.card.source_quote, guessed=True) if _GUESS.search(entry.card.source_quote) else []
        words = frozenset(_stem(word[0]) for word in _WORD.finditer(entry.card.source_quote)) if quoted or expected \
            else frozenset()
        texts = card_texts(entry.card) if quoted or expected else []
        card = frozenset(_stem(word[0]) for _, text in texts for word in _WORD.finditer(text))
        before = len(found)
        for key, text in texts:
            for guessed, theirs in ((False, quoted), (True, expected)):  # (what happened; what is expected, each
                # against its own: "expected to climb" on "expected to ease")
                own = _ways(text, guessed) if theirs else []
                said, other = next(((said, other) for said in own
                                    if (other := _other_way(said, theirs, own, words, card)) is not None), (None, None))
                if said is not None and other is not None:
                    saying = _WILL if guessed else _SAID
                    found.append(warn(entry, key, f"{where(key)} says {said.thing} {saying[said.axis, said.way]} "
                                                  f"('{said.words}'), where the source_quote says it "
                                                  f"{saying[other.axis, other.way]} ('{other.words}'): is the "
                                                  "direction right?", snippet=said.words))
                    break
            if len(found) > before:
                break
        if len(found) == before:
            found += _made_to_go(entry)
    return found


# a way a thing was made to go, and the thing after it: "lowered its forecast for growth", "raises growth forecast"
_MADE = re.compile(r"\b(?:(?P<up>rais(?:es|ed|ing|e)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|hik(?:es|ed|ing|e)|"
                   r"upgrad(?:es|ed|ing|e)|revis(?:es|ed|ing|e)\s+up)|(?P<down>lower(?:s|ed|ing)?|cut(?:s|ting)?|"
                   r"slash(?:es|ed|ing)?|trim(?:s|med|ming)?|downgrad(?:es|ed|ing|e)|revis(?:es|ed|ing|e)\s+down))"
                   r"(?:\s+(?:its|their|the|his|her|a|an|this))?((?:\s+[^\W\d_]+){1,4})", re.IGNORECASE)
_NO_OBJECT = frozenset({"for", "next", "this", "last", "year", "years", "from", "with", "that", "than", "into",
                        "economic", "annual", "full", "says", "said"})


def _made_to_go(entry: Entry) -> list[Finding]:
    """A thing a card's title or summary says was made to go one way ("raises growth forecast") that its quote says
    was made to go only the other ("lowered its forecast for economic growth"): the same thing, a word of four letters
    or more in common. Once a card."""
    quote = entry.card.source_quote
    quoted = [(match["up"] is not None, " ".join(match[0].split()), _objects(match[3]))
              for match in _MADE.finditer(quote) if not _NOT.search(quote, max(0, match.start() - 40), match.start())]
    for key, text in card_texts(entry.card)[:2] if quoted else ():
        for match in _MADE.finditer(text):
            if _NOT.search(text, max(0, match.start() - 40), match.start()) or _guessed(text, 0, match.start()):
                continue
            up, things = match["up"] is not None, _objects(match[3])
            same = [(way, word) for way, word, theirs in quoted if things & theirs]
            if same and all(way != up for way, _ in same):
                return [warn(entry, key, f"{where(key)} says '{' '.join(match[0].split())}', where the source_quote "
                                         f"says '{same[0][1]}': is the direction right?", snippet=match[0].split()[0])]
    return []


def _objects(words: str) -> frozenset[str]:
    """The words that may name what was made to go, as stems (four letters or more)."""
    return frozenset(_stem(word) for word in words.split() if len(word) > 3 and word.casefold() not in _NO_OBJECT)


def _other_way(said: _Way, quoted: list[_Way], own: list[_Way], words: frozenset[str], card: frozenset[str]
               ) -> _Way | None:
    """The way the quote says `said`'s thing went, if only another. A way of another kind may be the same change
    ("uptake rose" for "uptake improved"; but a gap widens and a currency strengthens as a level rises, a rate picks up
    as it rises, and what strengthens improves), and no change is none of any kind. Not where the quote says the card's
    way of a thing that may be the card's (no thing, or one of the card's words: "prices rose over the year; in March
    alone, prices fell"), nor where the card's text (`own`) says the other way too of a thing that may be the same
    ("improved for buyers but worsened for renters"). The quote's thing may also be the card's with fewer words, where
    the others are nowhere in the quote (`words`, its stems): "Flu infection rate rose" on "the infection rate fell".
    `card`: the stems of the card's texts."""

    def agrees(way: _Way) -> bool:
        return way.way == said.way if _kin(way, said) else 0 not in (way.way, said.way)

    def may_be_its(way: _Way) -> bool:  # (a way of another kind only of one of its words)
        return bool(way.stems & said.stems) or (not way.stems and _kin(way, said))

    if said.by and not any(agrees(way) for way in quoted if way.by == said.by) and (
            turned := next((way for way in quoted if way.by == said.by and _kin(way, said)), None)):
        return turned  # (the same amount, the other way: "fell by nearly a fifth" on "rose by nearly a fifth")
    # a way of its kind the quote gives the thing is what it says of it ("slowed to 2.2%, down from 4.0%": not 'down')
    kind = [way for way in quoted if _kin(way, said) and way.stems <= card] or [
        way for way in quoted if _kin(way, said) and may_be_its(way)] or quoted
    if not said.stems or any(not agrees(way) and way is not said and (
            not way.stems or way.stems <= said.stems or said.stems <= way.stems)
                             for way in own if _kin(way, said) or way.way == 0) or any(
            agrees(way) and may_be_its(way) for way in kind):
        return None
    alike = any(agrees(way) for way in quoted)
    return next((way for way in quoted if not agrees(way) and not (way.stems ^ said.stems) & _RATES and (
        _kin(way, said) or 0 in (way.way, said.way)) and (
        way.stems == said.stems if alike else said.stems <= way.stems or (
            way.stems and way.stems <= said.stems and not (said.stems - way.stems) & words))), None)


def _kin(one: _Way, other: _Way) -> bool:
    """Whether two ways are of one kind, so that one's up is the other's up: a gap's, a strength's and a level's; a
    rate's pace and its level ("inflation picked up", "inflation rose"); a strength's and a quality's."""
    return _family(one) == _family(other) or {one.axis, other.axis} == {"strength", "quality"}


def _family(way: _Way) -> str:
    return "level" if way.axis == "pace" and way.stems & _RATES else _FAMILY.get(way.axis, way.axis)


def _ways(text: str, guessed: bool = False) -> list[_Way]:
    """Each way the English `text` says a thing went as what happened (not denied, guessed or hoped for, nor made to
    go: see _AFTER), or, `guessed`, only those guessed or hoped for, with its thing: the words before it in its clause
    that may name one (at most _WINDOW words)."""
    ways = []
    sentence_start = 0
    for match in _WAY.finditer(text):
        start = match.start()
        if (ended := _after_last(_END, text, low := max(sentence_start, start - 80), start)) > low:
            sentence_start = ended
        axis, way = _OF_NAME[match.lastgroup or ""]
        after = _WORD.match(text, match.end() + 1) if text[match.end():match.end() + 1] == " " else None
        if _NOT.search(text, max(sentence_start, start - 40), start) or (
                _guessed(text, sentence_start, start) != guessed) or (
                after is not None and way != 0 and (
                    _WAY.match(text, after.start()) or (after[0].casefold() not in _AFTER
                                                        and not after[0].casefold().endswith("ly")))):
            continue  # (denied, guessed, a noun "price rises falls", or what it made go "increased household income")
        naming = _naming(text, max(sentence_start, start - 80), start)
        if not naming and (relative := _last(_RELATIVE, text, sentence_start, start)) is not None:
            naming = _naming(text, max(sentence_start, relative.start() - 80), relative.start())  # ("Real wages,
            # which adjust for inflation, improved": the wages)
        if not naming and text[start - 2:start] == ", ":
            if match[0].casefold() in ("up", "down"):
                naming = _naming(text, max(sentence_start, start - 82), start - 2)  # ("Unemployment was 5.2%, down
                # from 5.9%": unemployment)
            elif (aside := text.rfind(",", max(sentence_start, start - 120), start - 2)) >= 0:
                naming = _naming(text, max(sentence_start, aside - 80), aside)  # ("Amortisation, the cost of players
                # spread over their contracts, held steady": the amortisation)
        end = start
        while not naming and (comma := text.rfind(",", max(sentence_start, end - 40), end)) >= 0 and all(
                word[0].casefold() in _LINKING for word in _WORD.finditer(text, comma, end)):
            end = comma  # ("Passenger numbers, however, kept growing": past an aside that only links; not "…, where
            # it worsened")
            naming = _naming(text, max(sentence_start, comma - 80), comma)
        thing = text[naming[0].start():naming[-1].end()] if naming else ""
        stems = frozenset(_stem(word[0]) for word in naming)
        words = " ".join(match[0].split())
        if naming and (rises := _RISES.search(text, max(sentence_start, start - 12), start)):
            stems |= {"growth"}  # ("price rises slowed": how fast prices rise)
            thing = text[naming[0].start():rises.end()]
        elif match[0].casefold() in ("up", "down") and text[start - 2:start] == ", " and (
                by := _BY.match(text, match.end())) and _GREW.search(
                text, _after_last(_CLAUSE, text, max(sentence_start, start - 82), start - 2), start - 2):
            stems |= {"growth"}  # ("Earnings rose 5.6%, up from 5.3%": their growth rose)
            words = " ".join(text[start:by.end()].split())
        by = _BY_WORDS.match(text, match.end())
        level = None if by else _TO_LEVEL.match(text, match.end())
        ways.append(_Way(axis, way, words, " ".join(thing.split()), stems, " ".join(by[0].casefold().split()) if by
                         else f"to {level[1].replace(',', '')}{'%' if level[2] else ''}" if level else ""))
    return ways


# where a thing went, a number: "to 4.12%", "by 11 basis points to 4.12%" (the same level, a way each: the same thing)
_TO_LEVEL = re.compile(r"(?:\s+(?:by|from)\s+[^,;.]{1,40}?)?\s+to\s+[$£€]?(\d(?:[\d,.]*\d)?)"
                       r"(\s?(?:%|percent\b|per\s?cent\b))?", re.IGNORECASE)


# how much a thing went, in words: "by nearly a fifth", "by a third", "by almost half" (a number's: directionchecks.py)
_BY_WORDS = re.compile(r"\s+by\s+(?:(?:nearly|almost|about|around|roughly|some|more\s+than|over|just\s+under|"
                       r"less\s+than)\s+)?(?:an?|one|two|three|half|a\s+half)(?:\s+(?:third|quarter|fifth|sixth|tenth|"
                       r"half|thirds|quarters|fifths|tenths))?\b(?!\s*\d)", re.IGNORECASE)


def _guessed(text: str, sentence_start: int, start: int) -> bool:
    """Whether a word of _GUESS comes before `start` in its sentence (60 characters at most): "May" only at the
    sentence's start ("in May, sales fell": the month)."""
    return any(found[0] != "May" or not text[sentence_start:found.start()].strip()
               for found in _GUESS.finditer(text, max(sentence_start, start - 60), start))


def _naming(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words that may name a thing in the last clause between `start` and `end` (its last _WINDOW words)."""
    before = list(_WORD.finditer(text, _after_last(_CLAUSE, text, start, end), end))
    return [word for word in before if names_a_thing(word[0])][-_WINDOW:]


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of `pattern` between `start` and `end`, if any."""
    last = None
    for found in pattern.finditer(text, start, end):
        last = found
    return last


def _after_last(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Where the last match of `pattern` between `start` and `end` ends, else `start`."""
    return found.end() if (found := _last(pattern, text, start, end)) is not None else start


def way_of(word: str) -> str | None:
    """The way an English word says a thing went, as the past of its kind ('rises', 'will rise': 'rose'), or None."""
    found = _WAY.fullmatch(word)
    return _SAID[_OF_NAME[found.lastgroup]] if found is not None and found.lastgroup else None


def names_a_thing(word: str) -> bool:
    """Whether an English word may name a thing that changed: not a word of a way, time, place in a sentence."""
    folded = word.casefold()
    return ((len(word) > 2 or word.isupper()) and folded not in _NO_THING  # (US, UK: a word)
            and (not folded.endswith("ly") or folded in _NOUNS_IN_LY) and _WAY.fullmatch(word) is None)


def _stem(word: str) -> str:
    """A word as its thing: lower case, one for the plural and the singular ('prices' and 'price' 'pric', 'buses' and
    'bus' 'bus', 'economies' 'economy'), none for the possessive."""
    word = word.casefold().replace("’", "'").removesuffix("'s").removesuffix("'")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "as")) and len(word) > 3:
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) > 3 else word

"""Words a card quotes in someone's mouth that the source gives as another's: a summary's `Anna Berg said "the cuts
went too far"` where the article writes `Her deputy, Tom Hale, said: "The cuts went too far."` A warning of `check`,
in English (its words for saying)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from generator import markup
from generator.dates import WEEKDAYS
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.model import MONTHS, Source
from generator.quotedwords import MAY_QUOTE, QUOTED, quoted_parts
from generator.tagnames import one_edit
from generator.validate import short

_SAYS = (r"(?:said|says|say|told|tells|added|adds|argued|argues|warned|warns|insisted|insists|claimed|claims|wrote|"
         r"writes|declared|declares|stated|states|explained|explains|asked|asks|replied|replies|noted|notes|"
         r"stressed|stresses|recalled|recalls|admitted|admits|promised|promises|vowed|vows|announced|announces|"
         r"called|calls|described|describes)")
# one to four words in capitals on one line, a stop only after an initial or a short title: 'Tom Hale', 'Dr. A. Berg'
# (not "January. Jonathan Whitfield": a sentence's end)
_NAME = r"((?:(?:(?:[A-Z][a-z]{0,2}\.)+|[A-Z][\w'’-]*)[ \t]+){0,3}[A-Z][\w'’-]+)"
_APPOSITION = r"(?:,[^,\"“”\n]{1,60},|,)?"  # ', the authority's director,' (closed: not "Porthcarrow, she said")
_DOING = (r"[a-z]+(?:[ \t]+[a-z]+){0,3}(?:,[ \t]*(?:saying|adding|warning|arguing)|[ \t]+(?:and|but)[ \t]+"
          r"(?:says|said))\b")  # what a speaker did, then the words for saying: "welcomed it, saying", "… but said"


def _before(says: str, reach: int = 30) -> re.Pattern[str]:
    """Who says the words next to them, with `says` for the words for saying: 'Anna Berg said "…', 'Berg, its
    director, told reporters: "…', 'according to Anna Berg'; `reach` characters at most between."""
    return re.compile(rf"(?:{_NAME}{_APPOSITION}\s+(?:{says}\b|{_DOING})[^\"“”\n.!?]{{0,{reach}}}|"
                      rf"(?i:according)\s+to\s+{_NAME},?[ \t]*)[ \t:,]*[\"“‘']?$")  # (in its sentence: not
# "Hale said.⏎⏎\"…")

_SPEAKER_BEFORE = _before(_SAYS, 90)
# a role's words before a name: "finance chief", "chief executive" (not "said nobody in Port Ellery")
_ROLE = r"(?:(?!(?:in|on|at|to|from|that|nobody|no|there|it|they|he|she|we|this|for|with|by)\b)[a-z][\w-]*[ \t]+){0,3}"
_SPEAKER_AFTER = re.compile(rf"^[\"”’'.,!?\t ]*(?:{_SAYS}[ \t]+{_ROLE}{_NAME}|{_ROLE}{_NAME}[ \t]+{_SAYS}\b)")
# ('"…," finance chief Daniel Reyes said', '"…," said chief executive Margaret Okonjo')
# ('Service "has got worse" on some lines, says Natarajan': a title's speaker at its end)
_SPEAKER_AT_END = re.compile(rf"^[^\"“”\n]{{0,50}}?,[ \t]+(?:says|said)[ \t]+{_ROLE}{_NAME}[.!]?$")
_SPEAKER = re.compile(rf"{_NAME}{_APPOSITION}\s+{_SAYS}\b|\b{_SAYS}\s+{_ROLE}{_NAME}|\b(?i:according)\s+to\s+{_NAME}")
# a card's words for saying are more: what it paraphrases ('Moreira expects profit of', 'Oyelaran concedes: "…')
_CARD_SAYS = (rf"(?:{_SAYS}|concedes|conceded|expects|expected|acknowledges|acknowledged|predicts|predicted|"
              r"believes|believed|maintains|maintained|accepts|accepted|forecasts|denies|denied|urges|urged|"
              r"cautions|cautioned|confirms|confirmed|reveals|revealed|suggests|suggested)")
_CARD_BEFORE = _before(_CARD_SAYS, 90)  # ('Vale said in a statement after the meeting that it owed "more to …')
_CARD_SPEAKER = re.compile(rf"{_NAME}{_APPOSITION}\s+{_CARD_SAYS}\b|\b(?:{_SAYS})\s+{_ROLE}{_NAME}|"
                           rf"\b(?i:according)\s+to\s+(?:{_ROLE}[a-z][\w-]*,[ \t]+)?{_NAME}")  # ('according to the
# finance chief, Richard Pell')
_NO_NAME = frozenset({"he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "his", "her",
                      "their", "its", "our", "officials", "police", "mr", "mrs", "ms", "dr", "and", "but", "as", "in",
                      "on", "at", "when", "while", "then", "also", "who", "which"})


_BODIES = frozenset({"agency", "council", "company", "bank", "group", "trust", "ministry", "department", "office",
                     "authority", "commission", "service", "union", "association", "party", "board", "airlines",
                     "airline", "government", "committee", "court", "police", "university", "hospital", "club",
                     "museum", "institute", "foundation", "corporation", "federation", "league", "fund", "airport",
                     "port", "station", "school", "college", "centre", "center", "exchange", "observatory"})
_TITLES = frozenset({"mr", "mrs", "ms", "dr"})
_OFFICER = r"(?:chief|chair(?:man|woman)?|(?:managing\s+)?director|spokes(?:man|woman|person)|CEO|boss|head)\b"
_ENDED = re.compile(r"[\"”’']?[.!?][\"”’']?\s+[A-Z]")  # a sentence's end right after a quotation, and the next's start
_MARKS = "\"”’'.,!?:“‘ \t"  # around a speaker's words: '," she said', 'he said: "'
_VERB = re.compile(rf"\b{_SAYS}\b|\b(?i:according)\s+to\b")
_CARD_VERB = re.compile(rf"\b{_CARD_SAYS}\b|\b(?i:according)\s+to\b")
_WHEN = frozenset({*MONTHS, *WEEKDAYS, "Yesterday", "Today", "Tomorrow", "Earlier", "Later", "Last", "Next"})


class _Said(NamedTuple):
    name: str  # the speaker: 'Tom Hale' ('' for a pronoun's)
    words: str  # what says so ("Her deputy, Tom Hale, said:"); a pronoun's: the text before, naming whom it means
    pronoun: str = ""  # 'she said'
    at: int = -1  # where `words` start in the text


def speaker_warnings(entries: list[Entry], source: Source) -> list[Finding]:
    """A person of the article whom a card's title or summary gives as the speaker of words it quotes, where the
    source (which has those words once) gives another, next to its quotation that holds them or, where it does not
    quote them, in their sentence; not where the card names that other one too ('Sofia Lindqvist of the Migraine
    Trust said'), nor where the source's words for its speaker name the card's ('Jane Doe, the minister, said')."""
    found = []
    for entry in entries:
        card = entry.card
        for key, text in (("title", card.title), ("summary", markup.plain_text(card.summary_html, len(
                card.summary_html)) if MAY_QUOTE.search(card.summary) else "")):
            for match in QUOTED.finditer(text):
                quoted, parts = quoted_parts(match)
                said = _speaker(text, match, _CARD_BEFORE) or (_title_speaker(text, match) if key == "title" else None)
                if said is not None and (person := _member(text, said.at, said.name))[0]:
                    said = said._replace(name=person[0], at=person[1])
                if said is None or not parts or not _person(said.name, source.text) or (
                        span := _once(source.text, parts[0])) is None:
                    continue
                other = _source_speaker(source.text, span)
                if other is None or _in(said.name, other.words) or _in(
                        other.name, text[max(0, match.start() - 120):match.end() + 80]) or (
                        other.pronoun and _in(_named(said), other.words, fold=True)) or (
                        " " not in said.name and other.name and re.search(
                            rf"\b{re.escape(said.name)}(?:\s+(?!(?:and|or|with|nor|but)\b)[\w.'’-]+){{0,3}}\s+"
                            rf"{re.escape(other.name.split()[-1])}\b", source.text)):
                    continue  # (a role is enough: "the judge" of "Judge Marsh said", "BJP" of "BJP observer Tiwari")
                whose = (f"as another's ('{other.pronoun}'), and does not name {said.name} before them"
                         if other.pronoun else f"as {other.name}'s")
                first = said.name.split()[0]  # (its place: the card's speaker, at this name, not an earlier one)
                nth = len(re.findall(rf"(?<!\w){re.escape(first)}(?!\w)", text[:said.at]))
                found.append(warn(entry, (key,), f'{key} gives "{short(quoted, 40)}" as {said.name}\'s words, '
                                                  f"where the source gives them {whose}: the right speaker?",
                                  snippet=first, nth=nth))
        found += _paraphrased(entry, source.text)
    return found


def _paraphrased(entry: Entry, source: str) -> list[Finding]:
    """A person of the article whom a card's title or summary, quoting no words, gives as saying what its quote says,
    where the source gives the quote's words as another's ('Angela Frith said the airport had turned away three
    airlines' on 'Karen Doyle, its chief executive, said: "We turned away three airlines"'); not where the quote or
    the source's words for its speaker name the card's."""
    card, found = entry.card, []
    quote = source[card.quote_start:card.quote_end]
    for key, text in (("title", card.title), ("summary", card.summary)):
        if not (verbs := [*_CARD_VERB.finditer(text)]) or any(
                _speaker(plain, quoted, _CARD_BEFORE) for plain in (" ".join(text.split()),)
                for quoted in QUOTED.finditer(plain)):
            continue  # (quoted words given to a speaker: above; not a word or two quoted in a paraphrase: 'he
            # expected the talks to be "difficult"')
        for match in _near(text, verbs):
            if key == "title" and match[0].endswith("expected") and text.startswith(" to ", match.end()):
                continue  # (a headline's "Airport expected to reopen": what is expected of it)
            name, at = _apposed(match) or _name_of(match), match.start()
            if (person := _member(text, match.start(), name))[0]:
                name, at = person
            if not name or not _person(name, source) or _in(name, quote):
                continue
            other = _passage_speaker(source, card.quote_start, card.quote_end)
            if other is None or _in(name, other.words, fold=bool(other.pronoun)) or _in(other.name, text) or _misspelt(
                    name, other.name) or (
                    other.pronoun and any(_in(_name_of(one), text) for one in _SPEAKER.finditer(other.words))):
                continue  # (the card names who 'he' may be: "According to Pryce, the agency expects")
            whose = (f"to another ('{other.pronoun}'), and does not name {name} before them" if other.pronoun
                     else f"as {other.name}'s")
            first = name.split()[0]
            found.append(warn(entry, (key,), f"{key} gives {name} as the speaker, where the source gives its "
                                              f"source_quote's words {whose}: the right speaker?", snippet=first,
                              nth=len(re.findall(rf"(?<!\w){re.escape(first)}(?!\w)", text[:at]))))
            break  # (one a text)
    return found


def _near(text: str, verbs: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The speakers `text` names next to its words for saying (`verbs`), looked for around each (a long summary's
    other words are not tried as names)."""
    seen = 0  # (where the last one ended: none overlaps it, as in one search of the whole text)
    for verb in verbs:
        for match in _CARD_SPEAKER.finditer(text, max(seen, verb.start() - 120), verb.end() + 80):
            seen = match.end()
            yield match


def _apposed(match: re.Match[str]) -> str:
    """The name in a speaker's apposition, where the words before it are a role of one word ('The local MP, Ruth
    Adeyemi, said'), or ''."""
    found = re.search(r",\s*((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+),", match[0])
    return found[1] if found and len(_name_of(match).split()) == 1 else ""


def _passage_speaker(text: str, start: int, end: int) -> _Said | None:
    """Who the source gives as the speaker of its passage at `start`:`end`: as `_source_speaker` does, the words in
    quotations named by none of their words ('"Everybody told me I was mad," he said'); else the speaker of the
    first quotation in the passage."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    quotations = [*QUOTED.finditer(text, line_start, line_end if line_end >= 0 else len(text))]
    blanked = text
    for quotation in quotations:  # (the same length: the spans hold)
        if not (quotation.start() <= start and end <= quotation.end()):
            blanked = blanked[:quotation.start()] + " " * len(quotation[0]) + blanked[quotation.end():]
    said = _source_speaker(blanked, (start, end))
    if said is not None:
        return said
    return next((said for quotation in quotations if quotation.end() > start and quotation.start() < end
                 if (said := _speaker(text, quotation) or _pronoun_speaker(text, quotation, line_start)
                     or _continued(text, quotation, line_start)) is not None), None)


def _speaker(text: str, match: re.Match[str], speaker_before: re.Pattern[str] = _SPEAKER_BEFORE) -> _Said | None:
    """Who `text` gives as the speaker of the quoted words at `match` (no one where the words before and after them
    name two)."""
    before = speaker_before.search(text, max(0, match.start() - 200), match.start() + 1)
    after = None if _ENDED.match(text, match.end()) else _SPEAKER_AFTER.search(
        text[match.end():match.end() + 80]) or _SPEAKER_AT_END.search(text[match.end():match.end() + 120])  # (not
    # the next sentence's: '"…". Governor Marsh said rates would stay')
    said = [_Said(name, found[0], at=found.start() + (0 if found is before else match.end()))
            for found in (before, after)
            if found and (name := _name_of(found))]
    return said[0] if said and not (len(said) == 2 and not _same(said[0].name, said[1].name)) else None


_TITLE_SPEAKER = re.compile(rf"{_NAME}:[ \t]*\Z")  # a title's speaker, before its quotation: 'Fairweather: "…"'


def _title_speaker(text: str, match: re.Match[str]) -> _Said | None:
    """The speaker a title names before a colon and the quotation at `match` ('Pell: "…"'), if it does."""
    found = _TITLE_SPEAKER.match(text, 0, match.start())
    return _Said(name, found[0], at=found.start(1)) if found and (name := _name_of(found)) else None


def _named(said: _Said) -> str:
    """The words that name a speaker, with a role given: 'Judge Marsh', 'finance chief Daniel Reyes', 'Jane Doe, the
    minister,' (not the words after the verb: 'Berg said the cuts')."""
    if (verb := _VERB.search(said.words)) is None:
        return said.name
    return said.words[:verb.start()] if said.name in said.words[:verb.start()] else said.words[verb.end():]


def _name_of(found: re.Match[str]) -> str:
    """The speaker a match of the patterns above names (its first group that matched, trimmed), or ''."""
    return _trimmed(next((group for group in found.groups() if group), ""))


def _trimmed(name: str) -> str:
    """`name` from its first word that names ('Anna Berg' of 'On Tuesday Anna Berg'), or '' if none does."""
    words = name.split()
    while words and (words[0].casefold() in _NO_NAME or words[0].capitalize() in _WHEN or (
            len(words) > 1 and re.search(r"['’]s$", words[0]))):  # ("Britain's Isla Morgan": Isla Morgan)
        words.pop(0)
    if words and re.search(r"['’]s?$", words[-1]):
        return ""  # (whose: "said Quayle's barrister, Simon Achebe": the speaker is after)
    return " ".join(words) if _words(" ".join(words)) else ""


def _member(text: str, at: int, name: str) -> tuple[str, int]:
    """The person a card's text names as of a body it gives as a speaker ('Priya Ramdas of the Environment Agency
    says'), and where; ('', -1) if none."""
    words = _words(name)
    if not words or words[-1].casefold() not in _BODIES:
        return "", -1
    found = _OF_A_BODY.search(text, max(0, at - 60), text.find(name, at) if name in text[at:] else at)
    return (_trimmed(found[1]), found.start(1)) if found and _trimmed(found[1]) else ("", -1)


_OF_A_BODY = re.compile(rf"{_NAME}\s+(?:of|at|from)\s+(?:the\s+)?\Z")


def _person(name: str, source: str) -> bool:
    """Whether the source writes `name` as a person's: a one-word name as the last of a longer one ('Tiago Moreira'
    for 'Moreira'; not 'Aurelia', an airline the source calls 'Aurelia Airlines' and 'Aurelia', which speaks through
    its officers)."""
    if not _in(name, source):
        return False
    words = _words(name)
    if words[-1].casefold() in _BODIES or re.search(rf"(?<!\w){re.escape(name)}['’]s\s+{_OFFICER}", source):
        return False  # ("the Environment Agency expects", "Albion Rail's chief executive, Graham Oakhurst": a body's)
    before = re.finditer(rf"\b([A-Z][\w'’-]*)\.?[ \t]+{re.escape(words[0])}(?!\w)", source)  # ('Tiago Moreira')
    return len(words) > 1 or any(found[1].casefold() in _TITLES or (
        found[1].casefold() not in _NO_NAME and found[1].capitalize() not in _WHEN) for found in before)


def _in(name: str, text: str, fold: bool = False) -> bool:
    """Whether `text` writes a word of `name` (that names: not 'The'), as a whole word (in any case if `fold`: 'the
    judge' of 'Judge Marsh')."""
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE if fold else 0)
               for word in _words(name))


def _once(text: str, part: str) -> tuple[int, int] | None:
    """Where `text` gives the words of `part`, if once: in any case (a summary's "the cuts…" of the source's "The
    cuts…"), whatever is between them."""
    words = re.findall(r"\w+", part)
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    found = pattern.search(text) if words else None
    return found.span() if found and not pattern.search(text, found.end()) else None


def _source_speaker(text: str, span: tuple[int, int]) -> _Said | None:
    """Who the source gives as the speaker of its words at `span`: the name next to the quotation that holds them
    ('"…," said Tom Hale'); where it does not quote them, the one name its sentence gives as a speaker ('Hale said
    the cuts went too far')."""
    start, end = span
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    for quotation in QUOTED.finditer(text, line_start, line_end if line_end >= 0 else len(text)):
        if quotation.start() <= start and end <= quotation.end():
            return (_speaker(text, quotation) or _pronoun_speaker(text, quotation, line_start)
                    or _continued(text, quotation, line_start))
    begins = max(text.rfind(". ", 0, start), line_start - 1) + 1
    sentence = text[begins:min((found for mark in (". ", "\n") if (found := text.find(mark, end)) >= 0),
                               default=len(text))]
    names = {_Said(name, found[0]) for found in _SPEAKER.finditer(sentence)
             if (name := _name_of(found))}
    if not names and (said := _PRONOUN_SAYS.match(sentence)) and _names_a_speaker(text, line_start, begins):
        return _Said("", text[line_start:begins], " ".join(said[0].split()))  # (its paragraph's speaker: 'The
        # minister, Tom Hadley, said the cut was needed. He said the government would…')
    return names.pop() if len(names) == 1 else None


def _continued(text: str, quotation: re.Match[str], line_start: int) -> _Said | None:
    """The speaker of the quotation before `quotation` in its paragraph, where nothing between them names another:
    '"…," said Martin Osei, its chief. "…"' (a second quotation of his)."""
    before = next(reversed([*QUOTED.finditer(text, line_start, quotation.start())]), None)
    if before is None or (said := _speaker(text, before)) is None:
        return None
    between = text[before.end():quotation.start()].replace(said.words.strip(_MARKS), " ")
    return None if re.search(r"\b[A-Z][a-z]", between) else said


# a pronoun that says quoted words: '"…," she said', 'he told reporters: "…', '"…," said he'
_PRONOUN_BEFORE = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+{_SAYS}\b[^\"“”\n]{{0,30}}[\s:,]*[\"“‘']?$")
_PRONOUN_AFTER = re.compile(rf"^[\"”’'.,!?\t ]*(?:(?:he|she)[ \t]+{_SAYS}|{_SAYS}[ \t]+(?:he|she))\b")
# the verbs that name a paragraph's speaker for its 'she said' (not "Bell promised to pay", "Everybody told me" in
# a quotation)
_SPEAKS = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|asks|replied|replies|explained|explains|insisted|"
                     r"insists|argued|argues|warned|warns|noted|notes|stressed|stresses|wrote|writes)\b")
_PRONOUN_SAYS = re.compile(rf"\s*(?:He|She)\s+{_SAYS}\b")  # a sentence's start: "He said the government would"
_BACK = 2  # lines (paragraphs) before a quotation's own in which its pronoun's person is named
_RUN = 3000  # characters before those in which a run of quotations it ends is looked for


def _who(said: re.Match[str]) -> str:
    """'he' or 'she', of `said` (a _pronoun)."""
    return re.search(r"\b(?:he|she)\b", said[0], re.IGNORECASE)[0].casefold()  # type: ignore[index]


def _pronoun(text: str, quotation: re.Match[str], line_start: int) -> re.Match[str] | None:
    """'she said' (or 'He told', 'said he') next to a `quotation`, without its marks."""
    return (_PRONOUN_BEFORE.search(text, max(line_start, quotation.start() - 120), quotation.start() + 1)
            or _PRONOUN_AFTER.search(text[quotation.end():quotation.end() + 40]))


def _pronoun_speaker(text: str, quotation: re.Match[str], line_start: int) -> _Said | None:
    """The speaker of a `quotation` the source gives to 'he' or 'she': who is meant is named before it (its `words`):
    in its paragraph where that names a speaker, else there or in the two before, or where a run of quotations it
    ends starts ('Dr Nwosu said: "…"' and then three paragraphs of '"…," she said')."""
    if (found := _pronoun(text, quotation, line_start)) is None:
        return None
    pronoun = " ".join(found[0].strip(_MARKS).split()[:2])  # ('she said', 'He told')
    quoted = [(one.start(), one.end()) for one in QUOTED.finditer(text, line_start, quotation.start())]
    if _names_a_speaker(text, line_start, quotation.start()):
        return _Said("", text[line_start:quotation.start()], pronoun)  # (its paragraph's speaker: 'Nwosu said the
        # decline had been gradual. "…," she said.')
    if (first := _PARAGRAPH_NAME.match(text, line_start)) and _person(first[1], text) and (len(_people(
            text, line_start, quotation.start(), quoted)) == 1 or (first[0][:2] in ("Mr", "Ms", "Dr") and len(
            _HONORIFIC.findall(text, line_start, quotation.start())) == 1)):
        return _Said("", text[line_start:quotation.start()], pronoun)  # (the one person its paragraph names, first:
        # 'Bekele, 24, waited until the final five kilometres. "…," she said.'; not 'He said he would review every
        # contract Quayle signed. "…," he told reporters')
    back = line_start
    for _ in range(_BACK):  # (to the start of the line before, past blank lines)
        back = text.rfind("\n", 0, len(text[:back].rstrip())) + 1
    earlier = [one for one in QUOTED.finditer(text, max(0, back - _RUN), line_start)][::-1]
    for one in earlier:  # (the run's quotations, from the last: a named speaker's starts it; one named after it ends
        # it: 'Simon Haddad said the company had hired 310. "…," he said' is his, not the run's before)
        start = text.rfind("\n", 0, one.start()) + 1
        named = _speaker(text, one) is not None
        if (not named and ((said := _pronoun(text, one, start)) is None or _who(said) != _who(found))) \
                or _names_a_speaker(text, one.end(), line_start):
            break
        back = min(back, start)  # (its paragraph: 'Dr Nwosu said the fall was real. "…," she said.')
        if named:
            break
    return _Said("", text[back:quotation.start()], pronoun)


# its first words: 'Bekele', 'Meseret Bekele', 'Mr. Patil' (the one so titled); not "Bekele's coach"
_PARAGRAPH_NAME = re.compile(r"(?:(?:Mrs?|Ms|Dr)\.?[ \t]+)?(?:[A-Z][\w’'-]+[ \t]+)?([A-Z][\w’'-]+)\b(?![’']s)")
_HONORIFIC = re.compile(r"\b(?:Mrs?|Ms|Dr)\.?[ \t]+[A-Z]")


def _people(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> set[str]:
    """The people `text` names between `start` and `end`, outside quotation marks (`quoted`): words in capitals it
    writes as a person's (see _person), not the first of a sentence unless so."""
    return {found[0] for found in re.finditer(r"\b[A-Z][\w’'-]+", text[start:end])
            if not any(a <= start + found.start() < b for a, b in quoted)
            and found[0].casefold() not in _NO_NAME and found[0] not in _WHEN and _person(found[0], text)}


def _names_a_speaker(text: str, start: int, end: int) -> bool:
    """Whether `text` names someone who speaks between `start` and `end`, outside quotation marks."""
    quoted = [(one.start(), one.end()) for one in QUOTED.finditer(text, start, end)]
    return any(_name_of(one) and _SPEAKS.search(one[0]) and not any(a <= one.start() < b for a, b in quoted)
               for one in _SPEAKER.finditer(text, start, end))


def _words(name: str) -> list[str]:
    """A name's words that name (not 'The', 'He', 'Mr')."""
    return [word for word in re.findall(r"[\w'’-]+", name) if word.casefold() not in _NO_NAME and len(word) > 1]


def _misspelt(name: str, other: str) -> bool:
    """Whether a word of `name` is one letter from one of `other` ('Marchbanks', 'Marchbank'): a name misspelt, which
    namechecks.py tells of, not another speaker."""
    return any(one_edit(word.casefold(), theirs.casefold()) for word in _words(name) if len(word) > 3
               for theirs in _words(other))


def _same(name: str, other: str) -> bool:
    """Whether two names share a word (Berg, Anna Berg)."""
    return bool({word.casefold() for word in _words(name)} & {word.casefold() for word in _words(other)})

"""The warnings of `check` about names: a tag spelled two ways across the cards, a tag the source never names, and
a name one letter from one the source writes."""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict

from generator import markup, tagnames
from generator.editorial import Entry, source_words, warn
from generator.errors import Finding
from generator.model import Card, Source
from generator.sourcetext import unspaced
from generator.validate import where


def tag_warnings(entries: list[Entry]) -> list[Finding]:
    """One tag spelled two ways: case, spacing, punctuation or accents apart, or one a shorter form of the other.

    A shorter form has a subset of the other's words and the same last word, titles aside:
    'Lopez', 'Dr Lopez' and 'Ana Lopez'; but not 'Harbour' and 'Harbour Board'
    (another last word), 'Korea' and 'North Korea' (a qualifier makes another place), 'Halvern' and 'Port of
    Halvern' (a thing of a place), nor 'Hardy' beside both 'Tom Hardy' and 'Ann Hardy' (which one?).
    """
    uses: dict[str, list[Entry]] = defaultdict(list)  # (the cards' tags: each once a card, stripped)
    for entry in entries:
        for tag in entry.card.tags:
            uses[tag].append(entry)
    words = {tag: tagnames.name_of(tag) for tag in uses}
    by_last: dict[str, list[str]] = defaultdict(list)
    for tag in uses:
        if words[tag]:
            by_last[words[tag][-1]].append(tag)
    found = []
    for group in by_last.values():
        pairs = [(a, b) for a, b in tagnames.candidates(sorted(group), words) if tagnames.variants(words[a], words[b])]
        longer: dict[str, set[str]] = defaultdict(set)  # a tag -> the longer names it is a short form of
        for a, b in pairs:
            short, long = sorted((a, b), key=lambda t: len(words[t]))
            if len(words[short]) < len(words[long]):
                longer[short].add(long)
        # a short form of two names that are not one ('Lakeside': 'Amara Lakeside', 'Dalia Lakeside') names neither
        shared = {tag for tag, names in longer.items() if len(names) > 1 and not all(
            tagnames.variants(words[x], words[y]) for x, y in itertools.combinations(sorted(names), 2))}
        for a, b in pairs:
            if a in shared or b in shared:
                continue
            keep, other = sorted((a, b), key=lambda t: (-len(uses[t]), -len(t), t))
            first = uses[keep][0]
            line, column = first.doc.at(("tags", _tag_indices(first, keep)[0]))
            for entry in uses[other]:
                found += [warn(entry, ("tags", i), f"tag '{other}' is also spelled '{keep}' "
                                                   f"({first.doc.rel}:{line}:{column}); use one spelling",
                                 (first.doc.rel,)) for i in _tag_indices(entry, other)]
    return found


def _tag_indices(entry: Entry, tag: str) -> list[int]:
    """Where the card's file lists `tag` in its tags (once, but for a tag written twice)."""
    written = entry.doc.data.get("tags", [])
    return [i for i, text in enumerate(written) if isinstance(text, str) and text.strip() == tag] or [0]


def unnamed_tag_warnings(entries: list[Entry], source: Source) -> list[Finding]:
    """A tag the source never names: none of its words (titles aside) is a word of the source, or shares its first
    five letters with one ('Colombia' for "Colombian"), and its initials are not one ('European Union' for "EU")."""
    words, stems = source_words(source.text)
    found = []
    for entry in entries:
        for i, tag in enumerate(entry.card.tags):
            tag_words = [word.replace(".", "") for word in tagnames.words_of(tag)]
            named = [word for word in tag_words if word not in tagnames.TITLES] or tag_words
            initials = "".join(word[0] for word in tag_words if word)
            if unspaced(tag) and any(word.casefold() in _casefolded(source.text) for word in named if unspaced(word)):
                continue  # ('東京都' in "東京都は…": no spaces to find its words by)
            if not _named(named, words, stems) and not (len(initials) > 1 and initials in words) and not _named(
                    [tagnames.unaccented(word) for word in named], *_unaccented_words(source.text)) and not (
                    tagnames.demonym_named(tag, words)) and not (  # ('Helene' for "Hélène"; 'China' for "Chinese")
                    (_ACRONYM.fullmatch(tag) or _WORD_ACRONYM.fullmatch(tag)) and _abbreviated(tag.upper(),
                                                                                               source.text)):
                # ('EU' for "European Union", 'Defra' for "Department for Environment, Food and Rural Affairs")
                found.append(warn(entry, ("tags", i), f"tag '{tag}' is not named in the source (no word of it, "
                                                      "nor its initials)"))
            elif (written := _written_otherwise(tag, source.text, words, stems)) is not None:
                found.append(warn(entry, ("tags", i), f"tag '{tag}' is not the name the source writes: it writes "
                                                      f"'{written}'"))
    return found


def _written_otherwise(tag: str, text: str, words: frozenset[str], stems: frozenset[str]) -> str | None:
    """The name the source writes where a tag of capitalised words has one the source never writes, beside the
    others as the tag has them ('Mark Feld' for "Marcus Feld"); else None (the tag's word may be one the article
    leaves out: 'Irish Republic' for "Ireland" is let be)."""
    written = _NAME_WORD.findall(tag)
    if len(written) < 2 or not all(word[:1].isupper() for word in written):
        return None
    plain = _unaccented_words(text)[0]  # ('López' for "Lopez" is another check's)
    missing = [i for i, word in enumerate(written) if (folded := tagnames.folded(word)) not in words
               and not (len(folded) >= 5 and folded[:5] in stems) and folded not in tagnames.TITLES
               and tagnames.unaccented(folded) not in plain]
    if len(missing) != 1:
        return None
    pattern = r"\s+".join(r"([^\W\d_][\w'’-]*)" if k == missing[0] else re.escape(word)
                          for k, word in enumerate(written))
    found = None
    for match in re.finditer(rf"(?<![\w'’-]){pattern}(?![\w'’-])", text):
        if match.group(1) == written[missing[0]]:
            return None  # (written so after all: 'Ruiz-Castell', a word the source's words are split from)
        if found is None and match.group(1)[:1].isupper():
            found = " ".join(match.group(0).split())
    return found


_ACRONYM = re.compile(r"(?=[A-Z][a-z]?[A-Z])[A-Za-z]{2,6}")  # ("EU", "WHO", "BoE")
_WORD_ACRONYM = re.compile(r"[A-Z][a-z]{2,5}")  # one said as a word: "Defra", "Ofwat", "Ofsted"
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_JOINING = frozenset({"of", "the", "for", "and", "on", "de", "du", "des", "del", "la", "le", "für", "und", "der", "y"})


@functools.lru_cache(maxsize=2)
def _capitalised_words(text: str) -> tuple[tuple[str, ...], ...]:
    """Every run of capitalised words `text` writes, in capitals, with the small words between them ("Bank of
    England": BANK, of, ENGLAND)."""
    runs, run = [], []
    for match in itertools.chain(_NAME_WORD.finditer(text), [None]):
        word = match.group(0) if match is not None else ""
        if word[:1].isupper():
            run.append(word.upper())
        elif run and word in _JOINING:
            run.append(word)
        else:
            while run and run[-1] in _JOINING:
                run.pop()
            if run:
                runs.append(tuple(run))
            run = []
    return tuple(runs)


def _abbreviated(tag: str, text: str) -> bool:
    """Whether `tag` (in capitals) abbreviates words `text` writes: each capitalised word giving its first letter
    and perhaps letters of the words it is made of, in order, and a small word between them its first letter or
    none ("WHO" of "World Health Organization", "BOE" and "BE" of "Bank of England", "EZB" of "Europäische
    Zentralbank", "BGH" of "Bundesgerichtshof")."""

    def fits(letters: str, words: tuple[str, ...]) -> bool:
        if not words:
            return not letters
        word = words[0]
        if word in _JOINING:  # (a small word: its letter, or none)
            return fits(letters, words[1:]) or (letters[:1] == word[0].upper() and fits(letters[1:], words[1:]))
        if not letters or letters[0] != word[0]:
            return False
        rest, at = letters[1:], 3
        for taken in range(len(rest) + 1):  # letters from inside this word, in order, then the next word's
            if taken:  # (a part of a compound starts 4 letters in at least: "Zentral-bank", "Währungs-fonds")
                at = word.find(rest[taken - 1], at + 1)
                if at < 0:
                    return False
            if fits(rest[taken:], words[1:]):
                return True
        return False

    return any(fits(tag, run[start:end]) for run in _capitalised_words(text) for start in range(len(run))
               if run[start][0] == tag[0] and run[start] not in _JOINING
               for end in range(start + 1, min(len(run), start + 2 * len(tag)) + 1)
               if (end - start > 1 or len(tag) > 2) and run[end - 1] not in _JOINING)


def unnamed_name_warnings(entries: list[Entry], source: Source, calendar: set[str], nouns: bool = False
                          ) -> list[Finding]:
    """A name in a title, summary or figure label that the source never writes: capitalised words side by side
    ('Grégory Doucet'), or one after a title ('Mayor Doucet'), none of them a word of the source (as a tag's words
    are looked for), or some, of its names, and others nowhere ('GMB's Hallbrook'); one inside a sentence ('from
    Australia'). Let be: one at a sentence's start, a text in headline
    case ('Mayor Hails Historic Day': its verbs are capitalised too), a name of which the source writes a word ('Grégory
    Doucet' for its "Doucet"). In a language that capitalises its `nouns` (German: 'Der Rat'), only a name after a
    title."""
    words, stems = source_words(source.text)
    plain = _unaccented_words(source.text)
    skip = {word.casefold() for word in calendar}
    names = _name_words(source.text)

    def known(word: str) -> bool:
        fold = tagnames.folded(word).replace(".", "")
        return fold in skip or _named([fold], words, stems) or _named([tagnames.unaccented(fold)], *plain)

    found = []
    for entry in entries:
        for key, text in card_texts(entry.card):
            if key != ("summary",) and headline_case(text):  # (a summary is prose)
                continue
            said: list[str] = []
            for run in _capitalised_runs(text):
                for after_title, part in _between_titles(run):
                    while len(part) > 2 and known(part[0][0]) and not after_title:  # a sentence's "For Bruno Bernard"
                        part = part[1:]
                    if (not after_title and (len(part) < 2 or nouns)) or any(len(word[0]) < 2 for word in part):
                        continue  # (an initial alone: 'Gen Z')
                    unknown = [word for word in part if not known(word[0])]
                    if len(unknown) < len(part) and unknown[:1] == part[:1] and not after_title and _STARTS.search(
                            text, 0, part[0].start()):
                        unknown = unknown[1:]  # (of some words new, not a sentence's first: "Beyond Kaiserslautern")
                    name = text[part[0].start():part[-1].end()]
                    if not unknown or _shortened(name, source.text) or (len(unknown) < len(part) and (
                            after_title or any(len(word[0]) < 4 for word in unknown) or not any(
                                tagnames.folded(word[0]) in names for word in part if word not in unknown))):
                        continue  # (a name of the source's words; one word of a name new, after a title: 'Mayor
                        # Doucet' for "Mayor Grégory Doucet" is namechecks' misspelt name, if any)
                    if not any(set(name.split()) <= set(other.split()) for other in said):  # (Mr. Doucet, once named)
                        said.append(name)
                        found.append(warn(entry, key, f"{where(key)} names '{name}', a name the source never writes "
                                                      + ("(no word of it)" if len(unknown) == len(part) else
                                                         f"('{' '.join(word[0] for word in unknown)}' nowhere)"),
                                          snippet=unknown[0][0]))
            for word in () if nouns else _lone_names(text):
                if word[0] not in said and not known(word[0]) and tagnames.folded(word[0]) not in tagnames.TITLES:
                    said.append(word[0])
                    found.append(warn(entry, key, f"{where(key)} names '{word[0]}', a name the source never writes",
                                      snippet=word[0]))
    return found


_LONE = re.compile(r"[^\W\d_A-Z\s][\s]+[A-Z][^\W\d_A-Z]{3}|[\d,]\s+[A-Z][^\W\d_A-Z]{3}")  # (a cheap test)
_MID_SENTENCE = re.compile(r"[^\W\d_A-Z]\s+\Z|[\d,]\s+\Z")  # (after a word in small letters, a number or a comma)


def _lone_names(text: str) -> list[re.Match[str]]:
    """The capitalised words `text` writes alone, inside a sentence ("a team of 120 from Australia", "in Newcastle"):
    a place's or a body's name, not a sentence's first word. Four letters or more, not all capitals."""
    if not _LONE.search(text):
        return []  # (most texts)
    words = list(tagnames.WORD.finditer(text))
    return [word for at, word in enumerate(words) if len(word[0]) >= 4 and word[0][0].isupper()
            and not word[0].isupper() and not any(char.isdigit() for char in word[0])
            and _MID_SENTENCE.search(text, max(0, word.start() - 8), word.start())
            and not any(words[other][0][:1].isupper() and text[min(word.end(), words[other].end()):max(
                word.start(), words[other].start())] in (" ", "-") for other in (at - 1, at + 1)
                        if 0 <= other < len(words))]  # (a run's: above)


@functools.lru_cache(maxsize=2)
def _name_words(text: str) -> frozenset[str]:
    """The words `text` writes with a capital inside a sentence (names' words: 'hallbrook' of "Unison's Hallbrook
    branch"), casefolded."""
    return frozenset(tagnames.folded(found[1]) for found in _INSIDE.finditer(text))


_INSIDE = re.compile(r"(?<=[\w,;'’”\"])[ \t]+([A-Z][\w'’-]+)")  # (a capitalised word inside a sentence)
_STARTS = re.compile(r"(?:\A|[.!?:¶]\s*|[.!?]['\"’”]\s*)\Z")  # (a sentence's start: its first word capitalised)


def _shortened(name: str, text: str) -> bool:
    """Whether `name` is a name of `text` with each word cut short ('Lib Dems' for "Liberal Democrats")."""
    short = [word.removesuffix("s") for word in name.split()]
    return all(len(word) > 2 for word in short) and re.search(
        r"\b" + r"\s+".join(rf"{re.escape(word)}[^\W\d_]*" for word in short) + r"\b", text) is not None


def card_texts(card: Card) -> list[tuple[tuple[str | int, ...], str]]:
    """A card's title, summary (as plain text, its blocks apart) and figure labels, each with its key."""
    return [(("title",), card.title),
            (("summary",), markup.plain_text(card.summary_html, len(card.summary_html), between_blocks=" ¶ ")),
            *((("figures", figure.index, "label"), figure.label) for figure in card.figures)]


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a name, not one
_NOT_BEFORE_A_NAME = frozenset({"premier"})  # a title that is a word of names too: the Premier League


def headline_case(text: str) -> bool:
    """Whether `text` capitalises every longer word, as a headline may: its names cannot be told apart."""
    longer = [word for word in tagnames.WORD.findall(text)[1:] if len(word) > 3]
    return len(longer) > 1 and all(word[0].isupper() for word in longer)


def _between_titles(run: list[re.Match[str]]) -> list[tuple[bool, list[re.Match[str]]]]:
    """A run of capitalised words cut at its titles: (whether a title is just before, the words between)."""
    parts: list[tuple[bool, list[re.Match[str]]]] = []
    part: list[re.Match[str]] = []
    after = False
    for word in run:
        fold = tagnames.folded(word[0]).replace(".", "")
        if fold in tagnames.TITLES or tagnames.honorific(fold) or fold in _SUFFIXES:
            if part:
                parts.append((after, part))
            part, after = [], fold not in _SUFFIXES and fold not in _NOT_BEFORE_A_NAME
        else:
            part.append(word)
    if part:
        parts.append((after, part))
    return parts


def _capitalised_runs(text: str) -> list[list[re.Match[str]]]:
    """The runs of two or more capitalised words side by side in `text` (a space or a hyphen apart, or a title's
    dot and a space: 'Mr. Doucet', 'J. Doe', 'Jean-Luc'; not "in Markdown. Write")."""
    runs: list[list[re.Match[str]]] = []
    end = -1
    for match in tagnames.WORD.finditer(text):
        if not match[0][:1].isupper() or any(char.isdigit() for char in match[0]):  # (Q3, FY2025: no name's)
            end = -1
            continue
        gap = text[end:match.start()] if end >= 0 else None
        last = runs[-1][-1][0] if runs else ""
        if gap in (" ", "-") or (gap == ". " and (len(last) == 1 or tagnames.honorific(tagnames.folded(last)))):
            runs[-1].append(match)
        else:
            runs.append([match])
        end = match.end()
    return [run for run in runs if len(run) > 1]


def _named(named: list[str], words: frozenset[str], stems: frozenset[str]) -> bool:
    """Whether a word of a tag is one of the source's (or its possessive's, or shares its first five letters)."""
    return any(word in words or word.removesuffix("'s") in words or (len(word) >= 5 and word[:5] in stems)
               for word in named)


@functools.lru_cache(maxsize=1)
def _casefolded(text: str) -> str:
    """The source, casefolded once (not for each run of cards a worker checks: 4 ms each at 2,000 cards)."""
    return text.casefold()


@functools.lru_cache(maxsize=1)
def _unaccented_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """`source_words` without accents: a tag 'Helene Lefevre' names the source's "Hélène Lefèvre" (its spelling,
    one name written two ways in the cards, is another check's)."""
    words, _ = source_words(text)
    plain = frozenset(tagnames.unaccented(word) for word in words)
    return plain, frozenset(word[:5] for word in plain if len(word) >= 5)


def misspelt_name_warnings(entries: list[Entry], source: Source, calendar: set[str], german: bool = False
                           ) -> list[Finding]:
    """A name one letter from one the source writes (and no word of the source; see tagnames.Spellings): a word of a
    tag; in a title, summary or figure label, a word of two capitalised ones side by side that the source writes as
    a name but for that letter ('Priya Ramen' for "Priya Raman"), or a surname after a title ('Mr Lindqivst').
    A capitalised word alone is let be: 'Texan' for "Texas", 'le Serbe' for "Serbie", a headline's 'Rise' for "Rose".
    Month and day names aside ('June' is no misspelt "Jane")."""
    spellings = _spellings(source.text, german)
    skip = {word.casefold() for word in calendar}
    found = []
    for entry in entries:
        card = entry.card
        for i, tag in enumerate(card.tags):
            words = tagnames.WORD.findall(tag)
            slips = {word: right for at, word in enumerate(words) if (right := spellings.right(
                word, adjective=at + 1 < len(words) and words[at + 1][:1].isupper()))}  # (before a noun: see right)
            for first, second in itertools.pairwise(words):  # in a name the source writes: 'Tracy Brabinn'
                if first[:1].isupper() and second[:1].isupper() and (pair := spellings.in_pair(first, second)):
                    slips.setdefault(*pair)
            for word in words:  # (not a plural of the source's: the party 'Liberal Democrats' for "Liberal Democrat")
                if word in slips and word.casefold() not in skip and word != f"{slips[word]}s":
                    found.append(warn(entry, ("tags", i), f"tag '{tag}': the source writes '{slips.pop(word)}', "
                                                          f"not '{word}': is it misspelt?"))
        for key, text in card_texts(card):
            said = set()
            capitalised = [(at, word) for at, word in enumerate(tagnames.WORD.finditer(text))  # (and titles)
                           if word[0][:1].isupper() or tagnames.honorific(word[0].casefold())]
            for (at, first), (next_at, second) in itertools.pairwise(capitalised):
                gap = text[first.end():second.start()]
                if next_at != at + 1 or (gap != "-" and (gap.strip() not in ("", ".") or (  # ("Smith-Jnoes": a
                        gap.strip() and not tagnames.honorific(first[0].casefold())))):  # double name; "Mr. Raman")
                    continue
                if (misspelt := spellings.in_pair(first[0], second[0])) and misspelt[0] not in said \
                        and misspelt[0].casefold() not in skip:
                    said.add(misspelt[0])
                    found.append(warn(entry, key, f"{where(key)} names '{misspelt[0]}', but the source writes "
                                                  f"'{misspelt[1]}': is it misspelt?", snippet=misspelt[0]))
                elif (other := _first_name_otherwise(first[0], second[0], source.text)) and first[0] not in said:
                    said.add(first[0])
                    found.append(warn(entry, key, f"{where(key)} names '{first[0]} {second[0]}', but the source "
                                                  f"writes '{other}': is the name right?", snippet=first[0]))
    return found


def _first_name_otherwise(first: str, last: str, text: str) -> str | None:
    """The name the source writes where a card writes `first` `last` with a first name the source never writes, close
    to the source's ('Lucy Ferrante' for "Lucia Ferrante": the same first two letters; not 'Yesterday Ferrante')."""
    words, stems = source_words(text)
    written = _written_otherwise(f"{first} {last}", text, words, stems)
    if written is None or tagnames.folded(first) in words:
        return None
    other = written.split()[0]
    return written if other[:2].casefold() == first[:2].casefold() and other != first else None


@functools.lru_cache(maxsize=1)
def _spellings(text: str, german: bool) -> tagnames.Spellings:
    return tagnames.Spellings(text, source_words(text)[0], german)

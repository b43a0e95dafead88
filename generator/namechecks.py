"""The warnings of `check` about names: a tag spelled two ways across the cards, a tag the source never names, and
a name one letter from one the source writes."""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict

from generator import markup, tagnames
from generator.editorial import Entry, source_words, warn
from generator.errors import Finding
from generator.model import Source
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
            if not _named(named, words, stems) and not (len(initials) > 1 and initials in words) and not _named(
                    [tagnames.unaccented(word) for word in named], *_unaccented_words(source.text)):  # 'Helene
                found.append(warn(entry, ("tags", i), f"tag '{tag}' is not named in the source (no word of it, "
                                                      "nor its initials)"))
    return found


def unnamed_name_warnings(entries: list[Entry], source: Source, calendar: set[str], nouns: bool = False
                          ) -> list[Finding]:
    """A name in a title, summary or figure label that the source never writes: capitalised words side by side
    ('Grégory Doucet'), or one after a title ('Mayor Doucet'), none of them a word of the source (as a tag's words
    are looked for). One capitalised word alone is let be: a sentence's first word, a headline's. In a language that
    capitalises its `nouns` (German: 'Der Rat'), only a name after a title."""
    words, stems = source_words(source.text)
    plain = _unaccented_words(source.text)
    skip = {word.casefold() for word in calendar}
    found = []
    for entry in entries:
        card = entry.card
        texts = [(("title",), card.title), (("summary",), markup.plain_text(card.summary_html, len(card.summary_html),
                                                                            between_blocks=" ¶ ")),
                 *((("figures", i, "label"), figure.label) for i, figure in enumerate(card.figures))]
        for key, text in texts:
            said: list[str] = []
            for run in _capitalised_runs(text):
                folded = [tagnames.folded(word).replace(".", "") for word in run]
                title = [fold in tagnames.TITLES or tagnames.honorific(fold) for fold in folded]
                known = [fold in skip or _named([fold], words, stems) or _named([tagnames.unaccented(fold)], *plain)
                         for fold in folded]
                names = [i for i in range(len(run)) if not title[i]]
                if len(names) < 2 or any(known[i] for i in names) or nouns:  # a headline's: a name after a title
                    after = next((i + 1 for i, fold in enumerate(folded[:-1]) if tagnames.honorific(fold)), len(run))
                    names = []
                    for i in range(after, min(after + 2, len(run))):
                        if title[i] or known[i]:
                            break
                        names.append(i)
                name = " ".join(run[i] for i in names)
                if names and not any(set(name.split()) <= set(other.split()) for other in said):  # (Mr. Doucet)
                    said.append(name)
                    found.append(warn(entry, key, f"{where(key)} names '{name}', a name the source never writes "
                                                  "(no word of it)", snippet=run[names[0]]))
    return found


def _capitalised_runs(text: str) -> list[list[str]]:
    """The runs of two or more capitalised words side by side in `text` (a space apart, or a title's dot and a
    space: 'Mr. Doucet', 'J. Doe'; not "in Markdown. Write")."""
    runs: list[list[str]] = []
    end = -1
    for match in tagnames.WORD.finditer(text):
        word = match[0]
        if not word[:1].isupper():
            end = -1
            continue
        gap = text[end:match.start()] if end >= 0 else None
        last = runs[-1][-1] if runs else ""
        if gap == " " or (gap == ". " and (len(last) == 1 or tagnames.honorific(tagnames.folded(last)))):
            runs[-1].append(word)
        else:
            runs.append([word])
        end = match.end()
    return [run for run in runs if len(run) > 1]


def _named(named: list[str], words: frozenset[str], stems: frozenset[str]) -> bool:
    """Whether a word of a tag is one of the source's (or its possessive's, or shares its first five letters)."""
    return any(word in words or word.removesuffix("'s") in words or (len(word) >= 5 and word[:5] in stems)
               for word in named)


@functools.lru_cache(maxsize=1)
def _unaccented_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """`source_words` without accents: a tag 'Helene Lefevre' names the source's "Hélène Lefèvre" (its spelling,
    one name written two ways in the cards, is another check's)."""
    words, _ = source_words(text)
    plain = frozenset(tagnames.unaccented(word) for word in words)
    return plain, frozenset(word[:5] for word in plain if len(word) >= 5)


def misspelt_name_warnings(entries: list[Entry], source: Source, calendar: set[str], genitive: bool = False
                           ) -> list[Finding]:
    """A name one letter from one the source writes (and no word of the source; see tagnames.Spellings): a word of a
    tag; in a title, summary or figure label, a word of two capitalised ones side by side that the source writes as
    a name but for that letter ('Priya Ramen' for "Priya Raman"), or a surname after a title ('Mr Lindqivst').
    A capitalised word alone is let be: 'Texan' for "Texas", 'le Serbe' for "Serbie", a headline's 'Rise' for "Rose".
    Month and day names aside ('June' is no misspelt "Jane")."""
    spellings = _spellings(source.text, genitive)
    skip = {word.casefold() for word in calendar}
    found = []
    for entry in entries:
        card = entry.card
        for i, tag in enumerate(card.tags):
            words = tagnames.WORD.findall(tag)
            slips = {word: right for word in words if (right := spellings.right(word))}
            for first, second in itertools.pairwise(words):  # in a name the source writes: 'Tracy Brabinn'
                if first[:1].isupper() and second[:1].isupper() and (pair := spellings.in_pair(first, second)):
                    slips.setdefault(*pair)
            for word in words:
                if word in slips and word.casefold() not in skip:
                    found.append(warn(entry, ("tags", i), f"tag '{tag}': the source writes '{slips.pop(word)}', "
                                                          f"not '{word}': is it misspelt?"))
        texts = [(("title",), card.title), (("summary",), markup.plain_text(card.summary_html, len(card.summary_html),
                                                                            between_blocks=" ¶ ")),
                 *((("figures", i, "label"), figure.label) for i, figure in enumerate(card.figures))]
        for key, text in texts:
            said = set()
            capitalised = [(at, word) for at, word in enumerate(tagnames.WORD.finditer(text))  # (and titles)
                           if word[0][:1].isupper() or tagnames.honorific(word[0].casefold())]
            for (at, first), (next_at, second) in itertools.pairwise(capitalised):
                gap = text[first.end():second.start()]
                if next_at != at + 1 or gap.strip() not in ("", ".") or (
                        gap.strip() and not tagnames.honorific(first[0].casefold())):  # ("Mr. Raman": a title's dot)
                    continue
                if (misspelt := spellings.in_pair(first[0], second[0])) and misspelt[0] not in said \
                        and misspelt[0].casefold() not in skip:
                    said.add(misspelt[0])
                    found.append(warn(entry, key, f"{where(key)} names '{misspelt[0]}', but the source writes "
                                                  f"'{misspelt[1]}': is it misspelt?", snippet=misspelt[0]))
    return found


@functools.lru_cache(maxsize=1)
def _spellings(text: str, genitive: bool) -> tagnames.Spellings:
    return tagnames.Spellings(text, source_words(text)[0], genitive)

"""The warnings of `check`: what a careful editor would flag, each at its place in a card or site.yaml.

A figure the quote does not give, or gives otherwise (see figurechecks.py); a number or currency in a title, summary
or label the source never gives (numberchecks.py), or words they quote that the source does not say (quotedwords.py);
a quote right after a negation; two cards on one passage; a quote the source gives twice; a name (see namechecks.py):
a tag spelled two ways, or named nowhere in the source, a name misspelt; a category with no card; a date's (see
datechecks.py); a change said the other way (directionchecks.py); words quoted in another's mouth (speakers.py); a
language whose words the pages do not have."""

from __future__ import annotations

import dataclasses
import datetime
import functools
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator import dates, markup, tagnames
from generator.cardfiles import CONTENT
from generator.config import SITE_FILE, Config
from generator.errors import Finding
from generator.inputs import first_text_line
from generator.load import source_index
from generator.model import Card, Source
from generator.validate import guess
from generator.wordchecks import unworded
from generator.yamlread import Document

if TYPE_CHECKING:
    from generator.asenglish import AsEnglish

_SPACE = re.compile(r"\s+")
REPEATS_COUNTED = 10  # a quote found this often is said to occur "10 times or more"


@dataclasses.dataclass(frozen=True)
class Entry:
    """A card that loaded, and how to read the YAML document it came from (for positions: read when one is asked)."""

    card: Card
    read: Callable[[], Document]

    def __post_init__(self) -> None:
        # the checks read the quote with its white space folded, as it is matched: "$58  million" and "$58
        # million" (a line break) are $58 million
        quote = self.card.source_quote
        if "  " in quote or "\n" in quote or "\t" in quote:
            object.__setattr__(self, "card", dataclasses.replace(self.card, source_quote=" ".join(quote.split())))

    @functools.cached_property
    def doc(self) -> Document:
        return self.read()


def warnings(entries: list[Entry], config: Config, files: list[tuple[str, str]], source: Source,
             reference: tuple[str, datetime.date]) -> list[Finding]:
    """Every warning about the cards in `entries` (and the categories, whose card files are `files`); an expected
    date is compared with `reference`, named: ('--today', day)."""
    from generator.namechecks import tag_warnings
    from generator.numberchecks import english_numbers, site_number_warnings

    placed = [entry for entry in entries if entry.card.quote_start >= 0]  # (not a misquoted card: see load_card)
    english = [Finding(SITE_FILE, *config.doc.at(("language",)), said, warning=True, accepted=checked(
        config.doc, ("language",)))] if (said := unworded(config.language, config.doc.data.get("words"))) else []
    return [*english, *_spread_card_warnings(entries, source, config, reference),
            *_overlap_warnings(placed, source.text), *tag_warnings(entries), *_empty_category_warnings(config, files),
            *_panel_warnings(entries), *site_number_warnings(config, source, english_numbers(config.words))]


RUN = 20  # cards a worker process checks at a time


def _spread_card_warnings(entries: list[Entry], source: Source, config: Config,
                          reference: tuple[str, datetime.date]) -> list[Finding]:
    """`card_warnings`, over worker processes when the cards are many (at 5,000 cards, 6 of `check`'s 9 s in one
    process). The first run of cards is checked here: what the checks read of the source is then worked out once,
    before the workers fork."""
    from generator import parallel

    found = card_warnings(entries[:RUN], source, config, reference)
    runs = [entries[at:at + RUN] for at in range(RUN, len(entries), RUN)]
    for part in parallel.map_items(lambda run: card_warnings(run, source, config, reference), runs,
                                   weights=[len(run) for run in runs]):
        found += part
    return found


PANEL_LIMIT = 40  # figures the front page's panel shows before it is more a list than a panel of key numbers


def _panel_warnings(entries: list[Entry]) -> list[Finding]:
    """The front page's figures panel showing every figure of the cards, when none is marked key and they are many (at
    5,000 cards: 12,288 figures, 5.7 MB of the page)."""
    shown = [(entry, figure.index) for entry in entries for figure in entry.card.figures]
    if len(shown) <= PANEL_LIMIT or any(figure.key for entry in entries for figure in entry.card.figures):
        return []
    entry, i = shown[0]
    return [warn(entry, ("figures", i), f"the front page's figures panel shows all {len(shown):,} figures of the "
                                        "cards, as none is marked key: mark the few that matter most with key: true")]

def card_warnings(entries: list[Entry], source: Source, config: Config,
                  reference: tuple[str, datetime.date]) -> list[Finding]:
    """The warnings about each card on its own, not those comparing cards: what the preview prints for a card saved.
    What they read of the source is kept for the next call with the same source."""
    language = config.language.lower().split("-")[0]
    english = language == "en"
    from generator.datechecks import (
        date_warnings,
        paired_month_warnings,
        source_dates,
        text_month_warnings,
        weekday_warnings,
    )
    from generator.figurechecks import figure_warnings  # (these import this module's Entry and warn)
    from generator.framechecks import baseline_warnings, frame_warnings, month_frame_warnings
    from generator.kindchecks import overstated_warnings
    from generator.monthyears import month_year_warnings
    from generator.namechecks import misspelt_name_warnings, unnamed_name_warnings, unnamed_tag_warnings
    from generator.negationchecks import negation_dropped_warnings
    from generator.neighbourchecks import neighbour_warnings
    from generator.numberchecks import currency_warnings, english_numbers, text_number_warnings
    from generator.ordinalchecks import ordinal_warnings
    from generator.pairchecks import item_warnings, name_after_warnings, pair_warnings
    from generator.quotedwords import negation_warnings, quoted_words_warnings
    from generator.speakers import speaker_warnings
    from generator.tensechecks import to_come_warnings
    from generator.yearpairs import year_pair_warnings
    months = dates.months_read(config.language, config.words.months)

    read = english_numbers(config.words)

    placed = [entry for entry in entries if entry.card.quote_start >= 0]  # (not a misquoted card: see load_card)
    calendar = {*config.words.months, *config.words.weekdays}
    misspelt = misspelt_name_warnings(entries, source, calendar, german=language == "de")
    at = {(finding.path, finding.line, finding.column) for finding in misspelt}  # one warning a name: 'Ramen' is
    unnamed = [finding for finding in unnamed_name_warnings(entries, source, calendar, nouns=language == "de")
               if (finding.path, finding.line, finding.column) not in at]  # misspelt, not also a name never written
    judged = [judged for entry in entries if (judged := _as_the_source_has_it(entry, source)) is not None]
    given = source_dates(source.text, months, config.words.day_month)
    dated = date_warnings(entries, given, source, *reference, config.words, months)
    # one mistake said once: a date its quote's months question, a title's month, then a number's words
    paired = _apart(paired_month_warnings(judged), dated) if english else []
    numbered = [*text_number_warnings(judged, source, read, months, config.words),
                *text_month_warnings(judged, given.months, source, config.words, months)]
    ordinals = ordinal_warnings(placed, source) if english else []  # (a place slipped is said once: at its ordinal)
    frame = _apart(frame_warnings(judged, source.text), paired) if english else []
    quoted = quoted_words_warnings(entries, source, config.words.negations)
    spoken = speaker_warnings(placed, source) if english else []
    return [*figure_warnings(judged, read, config.words, source.text),
            *_apart(numbered, ordinals),
            *currency_warnings(judged, source), *overstated_warnings(judged, read, config.words),
            *_repeat_warnings(placed, source, config.root),
            *unnamed_tag_warnings(entries, source), *unnamed, *misspelt,
            *negation_warnings(placed, source, config.words.negations),
            *quoted, *_dropped_warnings(entries),
            *dated,
            *(weekday_warnings(entries, config.words, source.date.year) if english
              or config.words.weekdays != dates.WEEKDAYS else ()),
            *((*_direction_warnings(judged, read), *ordinals, *spoken,
               *paired, *frame, *baseline_warnings(judged),
               *_apart(month_frame_warnings(judged), [*paired, *numbered]), *pair_warnings(judged, source.text),
               *item_warnings(judged), *_apart(neighbour_warnings(judged), [*numbered, *frame]),
               *_apart(year_pair_warnings(judged), numbered),
               *_apart(negation_dropped_warnings(placed), quoted), *to_come_warnings(placed),
               *_apart(month_year_warnings(judged, source.date.year), dated),
               *_apart(name_after_warnings(judged), [*unnamed, *spoken]))
              if english else ())]


def _apart(found: list[Finding], said: list[Finding]) -> list[Finding]:
    """`found`, but those at a place `said` warns of already (one mistake, said once)."""
    at = {(finding.path, finding.line, finding.column) for finding in said}
    return [finding for finding in found if (finding.path, finding.line, finding.column) not in at]


def _direction_warnings(entries: list[Entry], read: AsEnglish) -> list[Finding]:
    """A change a card says went the other way than its quote: with a number, else in words alone; a comparison
    turned round."""
    from generator.comparechecks import comparison_warnings
    from generator.directionchecks import direction_warnings
    from generator.wordchanges import word_change_warnings

    numbered = direction_warnings(entries, read)
    worded = word_change_warnings(entries, {finding.path for finding in numbered})
    return [*numbered, *worded, *_apart(comparison_warnings(entries), [*numbered, *worded])]


def _as_the_source_has_it(entry: Entry, source: Source) -> Entry | None:
    """`entry`, its card's figures and numbers to be judged against its quote; for a misquoted card, against the passage
    of the source closest to the quote (its error's "did you mean"), or not at all when none is close. (A typo in a
    quote's "$1.9 billion" had the figure's right 1.8 billion, and the title's, said to be missing from it.)"""
    if entry.card.quote_start >= 0:
        return entry
    from generator.quotes import misquote

    passage = misquote(entry.card.source_quote, source.text)[1]
    return None if passage is None else dataclasses.replace(entry, card=dataclasses.replace(entry.card,
                                                                                            source_quote=passage))


def _dropped_warnings(entries: list[Entry]) -> list[Finding]:
    found = []
    for entry in entries:
        if names := [f"<{name}>" for name in markup.dropped_elements(entry.card.summary)]:
            listed, them = ((f"{', '.join(names[:-1])} and {names[-1]} are", "them") if names[1:]
                            else (names[0] + " is", "it"))
            lost = markup.lost_text(entry.card.summary)
            kept = (f"with text the page then does not show either: \"{lost}\"" if lost else "but for any text")
            written = re.search(rf"<(?:{'|'.join(name[1:-1] for name in names)})(?![\w-])", entry.card.summary,
                                re.IGNORECASE)  # (where the first is written as a tag: not Markdown's image)
            found.append(warn(entry, ("summary",), f"the summary's {listed} dropped from the page, {kept} (a summary "
                               f"shows text, links, emphasis, lists, quotes and code): remove {them}, or write &lt; "
                               "for a '<' that starts no tag", snippet=written[0] if written else ""))
        for href in markup.dropped_links(entry.card.summary):
            scheme = href.split(":", 1)[0].strip()
            text = re.search(rf"\[([^\[\]\n]+)\]\(\s*<?{re.escape(href)}", entry.card.summary)  # (placed at its text)
            found.append(warn(entry, ("summary",), f"the summary's link to '{href[:60]}' is dropped from the page, its "
                              f"text left linking nowhere: a summary links to http:, https: and mailto: addresses "
                              f"and this site's pages, not '{scheme}:'" + (f" (did you mean '{meant[0]}:'?)" if (
                                  meant := guess(scheme, sorted(markup.SCHEMES))) else ""),
                              snippet=text[1] if text else ""))
    return found


@functools.lru_cache(maxsize=1)
def source_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The source's words (casefolded, and without dots: 'u.s' and 'us'; a possessive's also without its 's:
    "Iran's" and 'iran'; a word after an elided article also without it: "l'Insee" and 'insee') and their first five
    letters."""
    words: set[str] = set()
    for written in tagnames.WORD.findall(text):
        word = tagnames.folded(written)
        words.update((word, word.replace(".", ""), tagnames.folded(tagnames.elided(written))))  # "l'Insee": insee
        if word.endswith("'s"):
            words.update((word[:-2], word[:-2].replace(".", "")))
    return frozenset(words), frozenset(word[:5] for word in words if len(word) >= 5)


def warn(entry: Entry, key: tuple[str | int, ...], message: str, mentions: tuple[str, ...] = (),
         snippet: str = "", nth: int = 0) -> Finding:
    """A warning at the value of `key` in the card's file (where it writes `snippet`, if given and found there);
    accepted if the file marks that value `# checked` (an editor read the source and found it right)."""
    line, column = entry.doc.place_of(key, snippet, nth) if snippet else entry.doc.at(key)
    return Finding(entry.doc.rel, line, column, message, warning=True, mentions=mentions,
                   accepted=checked(entry.doc, key))


def checked(doc: Document, key: tuple[str | int, ...]) -> bool:
    """Whether the file marks the value of `key` `# checked` (`# Checked: two facts of one sentence`)."""
    return re.match(r"checked\b", doc.comment(key), re.IGNORECASE) is not None


def _overlap_warnings(entries: list[Entry], text: str) -> list[Finding]:
    """Two cards quoting the same passage, or passages that overlap: said on the one whose path sorts later, once,
    naming the first other card and how many more (3,000 cards quoting one passage made 4.5 million warnings, in
    as many steps: cards on one passage are taken together). It is accepted as each pair was: if the card marks its
    quote `# checked`, or every card it names does."""
    groups: dict[tuple[int, int], list[Entry]] = {}  # a passage -> the cards quoting it
    for entry in entries:
        groups.setdefault((entry.card.quote_start, entry.card.quote_end), []).append(entry)
    near: dict[tuple[int, int], list[tuple[int, int]]] = {span: [] for span in groups}  # the passages overlapping
    open_spans: list[tuple[int, int]] = []
    for span in sorted(groups):
        open_spans = [other for other in open_spans if other[1] > span[0]]
        for other in open_spans:
            near[span].append(other)
            near[other].append(span)
        open_spans.append(span)
    marked: dict[str, bool] = {}  # a card's path -> whether it marks its quote checked (read once)

    def accepts(entry: Entry) -> bool:
        if (known := marked.get(entry.card.path)) is None:
            known = marked[entry.card.path] = checked(entry.doc, ("source_quote",))
        return known

    found = []
    for span, members in groups.items():
        if len(members) < 2 and not near[span]:
            continue
        around = sorted([*members, *(e for other in near[span] for e in groups[other])], key=lambda e: e.card.path)
        unmarked_before = 0  # of `around`, how many sort before the card at hand and do not mark their quote checked
        for at, second in enumerate(around):
            if second.card.quote_start != span[0] or second.card.quote_end != span[1]:
                unmarked_before += not accepts(second)
                continue  # (a card of a passage beside: said with its own)
            if at:
                found.append(_overlap_warning(around[0], second, at, text, unmarked_before == 0))
            unmarked_before += not accepts(second)
    return found


def _overlap_warning(first: Entry, second: Entry, count: int, text: str, named_accept: bool) -> Finding:
    """`second`'s warning: its quote overlaps `first`'s and `count - 1` more cards' (all checked: `named_accept`)."""
    one, two = first.card, second.card
    if (one.quote_start, one.quote_end) == (two.quote_start, two.quote_end):
        message = f"quotes the same passage as {first.doc.rel}"
    else:
        shared = _SPACE.sub(" ", text[max(one.quote_start, two.quote_start):min(one.quote_end, two.quote_end)]).strip()
        shown = f'"{shared}"' if len(shared) <= 60 else '{} characters, from "{}" to "{}"'.format(
            len(shared), *_ends(shared, 28))  # (not "a … b": as if words were left out of the passage)
        message = f"source_quote overlaps the quote of {first.doc.rel}: {shown}"
    if count > 1:
        message += f" (and {count - 1:,} other card{'s'[:count != 2]})"
    warning = warn(second, ("source_quote",), message, (first.doc.rel,))
    return dataclasses.replace(warning, accepted=warning.accepted or named_accept)  # (either card may mark it)


def _repeat_warnings(entries: list[Entry], source: Source, root: Path) -> list[Finding]:
    """A quote the source gives more than once: the build links the first, which may not be the one meant."""
    index, found, first = source_index(source.text, table=True), [], 0
    for entry in entries:
        times = index.occurrences(entry.card.source_quote, REPEATS_COUNTED)
        if times > 1:
            first = first or first_text_line(root / source.file)  # (blank lines before the article counted back)
            line = source.text.count("\n", 0, entry.card.quote_start) + first
            said = f"{times} times" if times < REPEATS_COUNTED else f"{REPEATS_COUNTED} times or more"
            found.append(warn(entry, ("source_quote",), f"source_quote occurs {said} in the source; the build links "
                                                         f"the first ({source.file}, line {line}): quote enough to "
                                                         "tell them apart", mentions=(source.file,)))
    return found


def _ends(text: str, size: int) -> tuple[str, str]:
    """The first and last `size` characters or so of `text`, each to a whole word (a cut inside one, ',3 Millionen',
    shows another number)."""
    end = text.find(" ", size)
    start = text.rfind(" ", 0, len(text) - size) + 1
    head = text[:end] if 0 <= end - size <= 20 else text[:size]
    tail = text[start:] if 0 <= len(text) - size - start <= 20 else text[-size:]
    return head.rstrip(), tail.lstrip()


def _empty_category_warnings(config: Config, files: list[tuple[str, str]]) -> list[Finding]:
    """A category in site.yaml with no card file: its page and section would be empty."""
    used = {category for category, _ in files}
    return [Finding(SITE_FILE, *config.doc.at(("categories", category.index, "id")),
                    f"category '{category.id}' has no cards (none in {CONTENT}/{category.id}/): its page and section "
                    "are empty", warning=True, mentions=(f"{CONTENT}/{category.id}",))
            for category in config.categories if category.id not in used
            and not _holds_files(config.root / CONTENT / category.id)]


def _holds_files(folder: Path) -> bool:
    """Whether a category's folder holds files, no cards (an error says why: a bad slug, 'rain.YAML'): no news."""
    try:
        with os.scandir(folder) as entries:
            return any(not entry.name.startswith(".") for entry in entries)
    except OSError:
        return False

"""`check`: everything the build validates, plus editorial warnings, quote repair and source coverage.

Nothing is written. Errors are the build's (a misquote gets the closest passage of the source);
warnings are what a careful editor would flag: a figure the quote does not give, two cards on one
passage, a tag spelled two ways, an `expected` date already past, a date the source does not give that is not
marked inferred.
"""

from __future__ import annotations

import datetime
import itertools
import json
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import coverage, dates, markup, numbers
from generator.config import SITE_FILE, Config, load_config
from generator.errors import Problem, Problems, SiteError, UsageError
from generator.load import CONTENT, card_files, load_card, load_site, load_source
from generator.markup import Renderer as Markdown
from generator.model import Card, Site, Source
from generator.quotes import ClosestPassage
from generator.sourcetext import SourceIndex
from generator.validate import where
from generator.yamlread import Document, read_yaml

log = logging.getLogger(__name__)

NOT_IN_SOURCE = "source_quote is not in the source"
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen", "general", "col", "colonel",
    "lt", "maj", "major", "capt", "captain", "sgt", "adm", "admiral", "brig", "cdr", "cmdr", "gov", "governor",
    "sen", "senator", "rep", "rev", "hon", "president", "vice", "prime", "minister", "chancellor", "king",
    "queen", "prince", "princess", "sheikh", "judge", "justice", "mayor", "chief"
})
QUALIFIERS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "new", "greater"
})
_TAG_WORD = re.compile(r"[^\W_]+(?:[.,'][^\W_]+)*")
_SPACE = re.compile(r"\s+")
REPEATS_COUNTED = 10  # a quote found this often is said to occur "10 times or more"


@dataclass(frozen=True, order=True)
class Finding:
    """A problem (or, with `warning`, a doubt) at a place in a file."""

    path: str
    line: int
    column: int
    message: str
    warning: bool = False
    suggestion: str | None = field(default=None, compare=False)  # a misquote's closest passage, unmarked

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {'warning: ' if self.warning else ''}{self.message}"

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"path": self.path, "line": self.line, "column": self.column, "message": self.message}
        if self.suggestion is not None:
            data["suggestion"] = self.suggestion
        return data


@dataclass(frozen=True)
class Coverage:
    source: str  # the source file, relative to the site folder
    first_line: int  # the line of the source file where its text starts (after leading blank lines)
    sentences: tuple[coverage.Sentence, ...]
    positions: tuple[tuple[int, int], ...]  # (line, column) of each sentence

    @property
    def covered(self) -> int:
        return sum(s.covered for s in self.sentences)

    @property
    def percent(self) -> int:
        """Rounded down, so 100% means every sentence."""
        return self.covered * 100 // len(self.sentences) if self.sentences else 100

    @property
    def summary(self) -> str:
        return f"{self.covered} of {len(self.sentences)} sentences, {self.percent}%"

    def uncovered(self) -> list[tuple[coverage.Sentence, tuple[int, int]]]:
        return [(s, at) for s, at in zip(self.sentences, self.positions, strict=True) if not s.covered]

    def lines(self) -> list[str]:
        """The uncovered sentences as `path:line:column: message` lines."""
        out = []
        for sentence, (line, column) in self.uncovered():
            how = (f"is not covered (the quotes cover {int(sentence.share * 100)}% of it)" if sentence.share
                   else "is not quoted by any card")
            out.append(f'{self.source}:{line}:{column}: sentence {how}: "{sentence.text}"')
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source, "sentences": len(self.sentences), "covered": self.covered,
            "percent": self.percent, "summary": self.summary,
            "uncovered": [{"line": line, "column": column, "text": s.text, "share": round(s.share, 4)}
                          for s, (line, column) in self.uncovered()],
        }


@dataclass(frozen=True)
class Report:
    errors: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    cards: int  # cards that loaded without error
    coverage: Coverage | None = None

    def failed(self, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))

    def as_json(self, strict: bool = False) -> dict[str, Any]:
        return {
            "ok": not self.failed(strict), "strict": strict, "cards": self.cards,
            "errors": [f.as_json() for f in self.errors], "warnings": [f.as_json() for f in self.warnings],
            "coverage": self.coverage.as_json() if self.coverage else None,
        }


@dataclass(frozen=True)
class _Entry:
    card: Card
    doc: Document


def check_site(root: Path, today: datetime.date | None = None, with_coverage: bool = False) -> Report:
    """Check the site in `root` as the build would, then editorially; writes nothing."""
    build_problems: list[Problem] = []
    site: Site | None = None
    try:
        site = load_site(root)
        from generator.render import Renderer  # the templates are checked by rendering into memory

        Renderer(root).render(site)
    except SiteError as error:
        build_problems = error.problems
    scratch = Problems()
    config = load_config(root, scratch)
    source = site.source if site else (load_source(config, scratch) if config else None)
    errors = [Finding(p.path, p.line, p.column, p.message) for p in build_problems]
    if config is None or source is None:
        return Report(tuple(sorted(errors)), (), 0)
    misquoted = {(e.path, e.line, e.column) for e in errors if e.message.startswith(NOT_IN_SOURCE)}
    files = card_files(root, config, Problems())
    entries, misquotes = _read_cards(root, site, files, source, misquoted)
    replaced = {(m.path, m.line, m.column) for m in misquotes}  # the build's message, now with the closest passage
    errors = [e for e in errors if not (e.message.startswith(NOT_IN_SOURCE) and (e.path, e.line, e.column) in replaced)]
    errors += misquotes
    reference = ("--today", today) if today else ("the source's date", dates.first_day(source.date))
    given = dates.SourceDates(source.text, english=config.language.lower().split("-")[0] == "en")
    warnings = [*_figure_warnings(entries), *_text_number_warnings(entries, source),
                *_overlap_warnings(entries, source.text),
                *_repeat_warnings(entries, source), *_tag_warnings(entries),
                *_date_warnings(entries, given, *reference), *_empty_category_warnings(config, files)]
    cover = _coverage(root, source, entries) if with_coverage else None
    return Report(tuple(sorted(errors)), tuple(sorted(warnings)), len(entries), cover)


def parse_today(text: str | None) -> datetime.date | None:
    """The --today flag: a YYYY-MM-DD date, or None when not given."""
    if text is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    raise UsageError(f"--today must be a date, YYYY-MM-DD, not '{text}'")


def print_report(report: Report, as_json: bool = False, strict: bool = False) -> None:
    """Errors then warnings (then coverage) on stdout, one `path:line:column: message` per line; or JSON."""
    if as_json:
        print(json.dumps(report.as_json(strict), indent=2, ensure_ascii=False))
        return
    for finding in (*report.errors, *report.warnings):
        print(finding)
    if report.coverage:
        print(f"coverage: {report.coverage.summary}")
        for line in report.coverage.lines():
            print(line)
    errors, warnings = len(report.errors), len(report.warnings)
    log.info("%d error%s, %d warning%s in %d card%s%s", errors, "s"[:errors != 1], warnings, "s"[:warnings != 1],
             report.cards, "s"[:report.cards != 1], " (--strict: warnings fail)" if strict and warnings else "")


def _read_cards(root: Path, site: Site | None, files: list[tuple[str, str]], source: Source,
                misquoted: set[tuple[str, int, int]]) -> tuple[list[_Entry], list[Finding]]:
    """Each card that loads, with its YAML positions; and the closest passage for each misquote."""
    loaded = {card.path: card for card in site.cards} if site else {}
    index, markdown, finder = SourceIndex(source.text), Markdown(), None
    entries: list[_Entry] = []
    misquotes: list[Finding] = []
    for category, rel in files:
        path = root / rel
        doc = read_yaml(path, rel, Problems())
        if doc is None or not isinstance(doc.data, dict):
            continue
        if (rel, *doc.at(("source_quote",))) in misquoted:
            finder = finder or ClosestPassage(source.text)
            misquotes.append(_misquote(doc, doc.data["source_quote"], finder))
            continue
        card = loaded.get(rel) if site else load_card(root, category, path, index, markdown, Problems())
        if card is not None:
            entries.append(_Entry(card, doc))
    return entries, misquotes


def _misquote(doc: Document, quote: str, finder: ClosestPassage) -> Finding:
    line, column = doc.at(("source_quote",))
    suggestion = finder.suggest(quote)
    if suggestion is None:
        return Finding(doc.rel, line, column, f"{NOT_IN_SOURCE}, and no passage of the source is close to it")
    return Finding(doc.rel, line, column, f'{NOT_IN_SOURCE}; did you mean: "{suggestion.marked}"?',
                   suggestion=suggestion.passage)


def _warn(entry: _Entry, key: tuple[str | int, ...], message: str) -> Finding:
    line, column = entry.doc.at(key)
    return Finding(entry.doc.rel, line, column, message, warning=True)


def _figure_warnings(entries: list[_Entry]) -> list[Finding]:
    """A figure whose value (or `from`) is not a number the card's quote gives."""
    found = []
    for entry in entries:
        if not entry.card.figures:
            continue
        given = numbers.numbers_in(entry.card.source_quote)
        listed = "; ".join(numbers.shown(n) for n in sorted(given)) if given else ""
        hint = f"numbers in it: {listed}" if listed else "it has no numbers"
        for i, figure in enumerate(entry.card.figures):
            if figure.unit in numbers.CURRENCY_NAMES and not numbers.names_currency(entry.card.source_quote,
                                                                                     figure.unit):
                sign, names, _ = numbers.CURRENCY_NAMES[figure.unit]
                found.append(_warn(entry, ("figures", i, "unit"), f"figures[{i}].unit is {figure.unit}, but the "
                                                                   f"source_quote does not name it ({sign}, "
                                                                   f"{', '.join(names)}, {figure.unit})"))
            for key, value in (("value", figure.value), ("from", figure.start)):
                if value is not None and not numbers.occurs(value, given):
                    found.append(_warn(entry, ("figures", i, key), f"figures[{i}].{key} {numbers.shown(value)} "
                                                                    f"does not occur in the source_quote ({hint})"))
    return found


def _text_number_warnings(entries: list[_Entry], source: Source) -> list[Finding]:
    """A number written in digits in a card's title, summary or a figure's label that the source never gives (nor
    the card's dates, nor the source's: a summary may say which year "last month" was)."""
    given: set[float] | None = None  # read on the first numeral: a long source takes a while
    found = []
    for entry in entries:
        card = entry.card
        texts = [(("title",), card.title), (("summary",), markup.plain_text(card.summary_html, len(card.summary_html))),
                 *((("figures", i, "label"), figure.label) for i, figure in enumerate(card.figures))]
        for key, text in texts:
            for written, values in numbers.numerals(text):
                given = numbers.numbers_in(source.text) if given is None else given
                known = {source.date.year, source.date.day, *(part for date in (card.date, card.date_end) if date
                                                             for part in (date.year, date.day))}
                if not any(value in known or value in given or numbers.occurs(value, given) for value in values):
                    found.append(_warn(entry, key, f"{where(key)} gives {written}, a number the source never gives"))
    return found


def _overlap_warnings(entries: list[_Entry], text: str) -> list[Finding]:
    """Two cards quoting the same passage, or passages that overlap."""
    found = []
    ordered = sorted(entries, key=lambda e: (e.card.quote_start, e.card.quote_end, e.card.path))
    open_spans: list[_Entry] = []
    for entry in ordered:
        card = entry.card
        open_spans = [e for e in open_spans if e.card.quote_end > card.quote_start]
        for other in open_spans:
            first, second = sorted((entry, other), key=lambda e: e.card.path)
            if (other.card.quote_start, other.card.quote_end) == (card.quote_start, card.quote_end):
                message = f"quotes the same passage as {first.doc.rel}"
            else:
                shared = _SPACE.sub(" ", text[card.quote_start:min(card.quote_end, other.card.quote_end)]).strip()
                shown = shared if len(shared) <= 60 else shared[:28] + " … " + shared[-28:]
                message = f'source_quote overlaps the quote of {first.doc.rel}: "{shown}"'
            found.append(_warn(second, ("source_quote",), message))
        open_spans.append(entry)
    return found


def _repeat_warnings(entries: list[_Entry], source: Source) -> list[Finding]:
    """A quote the source gives more than once: the build links the first, which may not be the one meant."""
    index, found = SourceIndex(source.text), []
    for entry in entries:
        times = index.occurrences(entry.card.source_quote, REPEATS_COUNTED)
        if times > 1:
            line = source.text.count("\n", 0, entry.card.quote_start) + 1
            said = f"{times} times" if times < REPEATS_COUNTED else f"{REPEATS_COUNTED} times or more"
            found.append(_warn(entry, ("source_quote",), f"source_quote occurs {said} in the source; the build links "
                                                         f"the first ({source.file}, line {line}): quote enough to "
                                                         "tell them apart"))
    return found


def _empty_category_warnings(config: Config, files: list[tuple[str, str]]) -> list[Finding]:
    """A category in site.yaml with no card file: its page and section would be empty."""
    used = {category for category, _ in files}
    return [Finding(SITE_FILE, *config.doc.at(("categories", category.index, "id")),
                    f"category '{category.id}' has no cards (none in {CONTENT}/{category.id}/): its page and section "
                    "are empty", warning=True)
            for category in config.categories if category.id not in used]


def _tag_words(tag: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _TAG_WORD.findall(tag))


def _tag_warnings(entries: list[_Entry]) -> list[Finding]:
    """One tag spelled two ways: case, spacing or punctuation apart, or one a shorter form of the other.

    A shorter form has a subset of the other's words and the same last word, titles aside:
    'Lopez', 'Dr Lopez' and 'Ana Lopez'; but not 'Harbour' and 'Harbour Board'
    (another last word) nor 'Korea' and 'North Korea' (a qualifier makes another place).
    """
    uses: dict[str, list[tuple[_Entry, int]]] = defaultdict(list)
    for entry in entries:
        for i, tag in enumerate(entry.doc.data.get("tags", [])):
            uses[tag.strip()].append((entry, i))
    by_last: dict[str, list[str]] = defaultdict(list)
    for tag in uses:
        words = _tag_words(tag)
        if words:
            by_last[words[-1]].append(tag)
    found = []
    for group in by_last.values():
        for a, b in itertools.combinations(sorted(group), 2):
            if not _variants(a, b):
                continue
            keep, other = sorted((a, b), key=lambda t: (-len(uses[t]), -len(t), t))
            first_entry, first_index = uses[keep][0]
            line, column = first_entry.doc.at(("tags", first_index))
            for entry, i in uses[other]:
                found.append(_warn(entry, ("tags", i), f"tag '{other}' is also spelled '{keep}' "
                                                      f"({first_entry.doc.rel}:{line}:{column}); use one spelling"))
    return found


def _variants(a: str, b: str) -> bool:
    words_a, words_b = _tag_words(a), _tag_words(b)
    if words_a == words_b:
        return True
    short, long = sorted((words_a, words_b), key=len)
    core = {w for w in short if w not in TITLES} or set(short)
    return core <= set(long) and not (set(long) - set(short)) & QUALIFIERS


def _date_warnings(entries: list[_Entry], given: dates.SourceDates, name: str,
                   reference: datetime.date) -> list[Finding]:
    """An `expected` event whose date (or period) ended before the reference day; a date, or the end of a period,
    the source does not give, not marked inferred."""
    found = []
    for entry in entries:
        card = entry.card
        if card.date is None:
            continue
        end = card.date_end or card.date
        if card.date_expected and dates.last_day(end) < reference:
            key = "date_end" if card.date_end else "date"
            found.append(_warn(entry, ("date_status",), f"date_status is expected, but {key} {end.iso} is before "
                                                         f"{reference.isoformat()} ({name}); did it happen?"))
        for key, date in (("date", card.date), ("date_end", card.date_end)):
            missing = given.missing(date) if date is not None and not card.date_inferred else None
            if date is not None and missing:
                fix = "[expected, inferred]" if card.date_expected else "inferred"
                found.append(_warn(entry, (key,), f"{key} {date.iso} is not marked inferred, but the source never "
                                                  f"gives {' or '.join(missing)}: if it was worked out, write "
                                                  f"date_status: {fix}"))
    return found


def _coverage(root: Path, source: Source, entries: list[_Entry]) -> Coverage:
    measured = coverage.measure(source.text, ((e.card.quote_start, e.card.quote_end) for e in entries))
    try:  # the build strips blank lines before the article: count them back for line numbers
        raw = (root / source.file).read_text("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        first_line = len(raw) - len(raw.lstrip("\n")) + 1
    except (OSError, UnicodeDecodeError):
        first_line = 1
    positions, line, at = [], first_line, 0
    for sentence in measured:
        line += source.text.count("\n", at, sentence.start)
        at = sentence.start
        positions.append((line, sentence.start - source.text.rfind("\n", 0, sentence.start)))
    return Coverage(source.file, first_line, tuple(measured), tuple(positions))

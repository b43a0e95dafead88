"""`check`: everything the build validates, plus editorial warnings, quote repair and source coverage.

Nothing is written. Errors are the build's (a misquote gets the closest passage of the source);
warnings are what a careful editor would flag (editorial.py).
"""

from __future__ import annotations

import datetime
import functools
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import coverage, dates, editorial
from generator.archive import own_template_problems
from generator.cardfiles import CARD_SUFFIXES, CONTENT, card_files
from generator.config import load_config
from generator.editorial import Entry
from generator.errors import Finding, Problem, Problems, SiteError, UsageError, located, located_folder, printable
from generator.inputs import first_text_line
from generator.load import load_card, load_site, load_source
from generator.markup import Renderer as Markdown
from generator.model import Site, Source
from generator.new import placeholders
from generator.quotes import NOT_IN_SOURCE, first_difference, misquote
from generator.sourcetext import SourceIndex
from generator.templatechecks import blocked_inline
from generator.templatechecks import unused as unused_templates
from generator.words import Words
from generator.yamlread import Document, read_yaml

log = logging.getLogger(__name__)



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

    def places(self) -> list[tuple[str, int, int, str]]:
        """The uncovered sentences: (path, line, column, message)."""
        out = []
        for sentence, (line, column) in self.uncovered():
            how = (f"is not covered (the quotes cover {int(sentence.share * 100)}% of it)" if sentence.share
                   else "is not quoted by any card")
            quoted = sentence.text[:1] in "\"“" and sentence.text[-1:] in "\"”"  # (a quotation: not quoted again)
            marks = "“”" if '"' in sentence.text else '""'  # (not `""We…`: the start of a quotation going on)
            shown = sentence.text if quoted else f"{marks[0]}{sentence.text}{marks[1]}"
            out.append((self.source, line, column, f"sentence {how}: {shown}"))
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
    cards: int  # card files checked, those with errors too
    coverage: Coverage | None = None
    min_coverage: int | None = None  # the percentage under which the check fails (--min-coverage)
    accepted: int = 0  # warnings the cards mark `# checked` (not in `warnings`)
    accepted_warnings: tuple[Finding, ...] = ()  # those warnings (listed with -v)

    def short(self) -> bool:
        """Whether the cards cover less of the source than `min_coverage`."""
        return self.min_coverage is not None and self.coverage is not None and self.coverage.percent < self.min_coverage

    def failed(self, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings) or self.short())

    def as_json(self, strict: bool = False) -> dict[str, Any]:
        return {
            "ok": not self.failed(strict), "strict": strict, "min_coverage": self.min_coverage, "cards": self.cards,
            "errors": [f.as_json() for f in self.errors], "warnings": [f.as_json() for f in self.warnings],
            "accepted": self.accepted,
            "coverage": self.coverage.as_json() if self.coverage else None,
        }


def check_site(root: Path, today: datetime.date | None = None, with_coverage: bool = False,
               render: bool = True, loaded: tuple[Site, Sequence[Problem]] | None = None) -> Report:
    """Check the site in `root` as the build would, then editorially; writes nothing. Without `render`, the pages
    are not rendered (a build that follows finds what they would). `loaded`: the site as a build just loaded and
    rendered it, and the templates no page uses that do not compile."""
    started = time.perf_counter()
    site, good, build_problems, unused = ((loaded[0], loaded[0], [], list(loaded[1])) if loaded
                                          else _build_check(root, render))
    if not loaded:
        log.debug("read %s as the build does%s: %.0f ms", "the site" if site is None else
                  f"{len(site.cards)} card{'s'[:len(site.cards) != 1]} and the source",
                  ", its pages rendered in memory" if render else "", (time.perf_counter() - started) * 1000)
    scratch = Problems()
    config = load_config(root, scratch)
    source = site.source if site else (load_source(config, scratch) if config else None)
    errors = [Finding(p.path, p.line, p.column, p.message) for p in build_problems]
    files = card_files(root, config, Problems())  # every card file, if site.yaml does not load either
    if config is None or source is None:
        return Report(tuple(sorted(errors)), (), len(files))
    misquoted = {e.path for e in errors if _misquote(e)}
    entries, misquotes = _read_cards(root, good, files, source, misquoted)
    replaced = {m.path for m in misquotes}  # the build's message, now with the closest passage
    errors = [e for e in errors if not (_misquote(e) and e.path in replaced)]
    errors += misquotes
    started = time.perf_counter()
    warnings = editorial.warnings(entries, config, files, source, _reference(source, today))
    log.debug("compared %d card%s with the source (%s words): %.0f ms", len(entries), "s"[:len(entries) != 1],
              f"{len(source.text.split()):,}", (time.perf_counter() - started) * 1000)
    warnings += [Finding(p.path, p.line, p.column, p.message, warning=True) for p in unused]
    warnings += [Finding(*place, warning=True) for place in placeholders(root, config)]
    warnings += _wrapped_warnings(root, source)
    warnings += [Finding(p.path, p.line, p.column, f"{p.message} (`deploy --into` lists briefings with it)",
                         warning=True) for p in own_template_problems(root, config)]
    warnings += [Finding(p.path, p.line, p.column, p.message, warning=True)
                 for p in (*blocked_inline(root), *unused_templates(root))]
    cover = _coverage(root, source, entries, config.words) if with_coverage else None
    shown = [warning for warning in warnings if not warning.accepted]
    return Report(tuple(sorted(errors)), tuple(sorted(shown)), len(files), cover, accepted=len(warnings) - len(shown),
                  accepted_warnings=tuple(sorted(warning for warning in warnings if warning.accepted)))


def _build_check(root: Path, render: bool) -> tuple[Site | None, Site | None, list[Problem], list[Problem]]:
    """The site as the build loads it (None when it does not), the cards that did load (as a site: None when
    site.yaml or the source does not load), the build's problems, and the templates no page uses that do not
    compile."""
    site = None
    try:
        site = load_site(root)
        from generator.render import Renderer  # the templates are checked by rendering into memory

        renderer = Renderer(root)
        broken = renderer.compile()
        if broken:
            raise SiteError(broken)
        if render and _built_as_is(root):
            log.debug("the pages are not rendered again: output/ is what a build of these very files made")
        elif render:
            renderer.render(site)
        return site, site, [], renderer.unused
    except SiteError as error:
        from generator.render import template_problems

        templates, unused = template_problems(root, error.partial)
        # a set: a template that does not compile is found both times
        return site, site or error.partial, sorted({*error.problems, *templates}), unused


def _built_as_is(root: Path) -> bool:
    """Whether the site's output/ is what a build (the command line's) of exactly these inputs, templates and code
    made: that build rendered every page, so rendering them again would find no problem (~1 s of 6 at 5,000 cards)."""
    from generator.cache import BuildCache

    try:
        return BuildCache(root, root / "output").up_to_date()
    except OSError:
        return False


def _misquote(error: Finding) -> bool:
    """The build's error for a quote not in the source (not one cutting a word: that one says which)."""
    return error.message.startswith(NOT_IN_SOURCE) and "as whole words" not in error.message


def deploy_warnings(site: Path, loaded: tuple[Site, list[Problem]] | None = None) -> str | None:
    """The editorial checks, as `check --strict` runs them, printed (but the unused templates' warnings a build that
    loaded the site has shown): what stops a deploy, said in a line, or None."""
    report = check_site(site, render=False, loaded=loaded)  # (the build has rendered)
    shown = {(p.path, p.line, p.column, p.message) for p in loaded[1]} if loaded else set()
    for finding in report.warnings:
        if (finding.path, finding.line, finding.column, finding.message) not in shown:
            print(finding.shown(site), file=sys.stderr)
    count = len(report.warnings)
    return f"{count} warning{'s'[:count != 1]} from the editorial checks (above)" if count else None


def saved_card_warnings(root: Path, rels: Collection[str]) -> list[Finding]:
    """The warnings about each of the card files `rels` (relative to `root`) on its own, for the preview to print
    after a build that took them in: not those comparing cards, nor any about a card that does not load."""
    scratch = Problems()
    config = load_config(root, scratch)
    source = load_source(config, scratch) if config else None
    if config is None or source is None:
        return []
    ids = {category.id for category in config.categories}
    files = sorted((parts[1], rel) for rel in rels if len(parts := rel.split("/")) == 3 and parts[0] == CONTENT
                   and parts[1] in ids and rel.endswith(CARD_SUFFIXES) and (root / rel).is_file())
    entries, _ = _read_cards(root, None, files, source, set())
    found = editorial.card_warnings(entries, source, config, _reference(source, None))
    return sorted(warning for warning in found if not warning.accepted)


def read_source_ahead(root: Path) -> None:
    """What the warnings of a saved card read of the source (its names, words and numbers: ~0.8 s at the benchmark's
    5,000 cards, kept for the next call), read now: the preview's build process does it before the first save."""
    config = load_config(root, Problems())
    files = card_files(root, config, Problems()) if config else []
    if files:
        saved_card_warnings(root, [files[0][1]])


def _reference(source: Source, today: datetime.date | None) -> tuple[str, datetime.date]:
    """The day an `expected` date must not end before, named: --today's, or the source's (an event still to come
    when the source was written cannot have ended before it, whatever day --today names)."""
    published = dates.first_day(source.date)
    return ("--today", today) if today and today > published else ("the source's date", published)


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


def stdout_is_unicode() -> bool:
    """Whether standard output takes any character (UTF-8 or another Unicode encoding): JSON for one that does not
    is written in ASCII, with escapes (`\\u201c`), so that no character stops it (a Latin-1 terminal's)."""
    return (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").startswith(("utf", "ucs"))


def print_report(report: Report, site: Path, as_json: bool = False, strict: bool = False, github: bool = False) -> None:
    """Errors then warnings (then coverage) on stdout, one `path:line:column: message` per line, paths as they open
    from the current folder; or JSON (paths relative to `site`, given as `site`); or, with `github`, GitHub Actions
    annotations (warnings as errors when `strict`)."""
    if as_json:
        # paths relative to the site's folder, named as it opens from the current folder: site + path opens
        print(json.dumps({"site": located_folder(site), **report.as_json(strict)}, indent=2,
                         ensure_ascii=not stdout_is_unicode()))
        return
    below = f" (under --min-coverage {report.min_coverage}%: fails)" if report.short() else ""
    if github and below and report.coverage:  # (what fails the job, first: GitHub shows a step's first 10 of each kind)
        print(_annotation("error", site, report.coverage.source, report.coverage.first_line, 1,
                          f"coverage: {report.coverage.summary}{below}"))
    for finding in (*report.errors, *report.warnings):
        print(_annotation("warning" if finding.warning and not strict else "error", site, finding.path, finding.line,
                          finding.column, finding.message_from(site)) if github else finding.shown(site))
    if report.coverage:
        print(f"coverage: {report.coverage.summary}{below}")
        for path, line, column, message in report.coverage.places():
            print(_annotation("notice", site, path, line, column, message) if github
                  else printable(f"{located(site, path)}:{line}:{column}: {message}"))
    for finding in report.accepted_warnings:  # (-v: what each `# checked` accepts, to read again when a card changes)
        log.debug("%s (accepted: marked # checked)", finding.shown(site))
    errors, warnings = len(report.errors), len(report.warnings)
    accepted = f" ({report.accepted} more marked # checked)" if report.accepted else ""
    log.info("%d error%s, %d warning%s%s in %d card%s%s%s", errors, "s"[:errors != 1], warnings, "s"[:warnings != 1],
             accepted, report.cards, "s"[:report.cards != 1], " (--strict: warnings fail)" * bool(strict and warnings),
             f" (coverage under --min-coverage {report.min_coverage}%: fails)" if below else "")


def _annotation(kind: str, site: Path, path: str, line: int, column: int, message: str) -> str:
    """A GitHub Actions workflow command: `::warning file=content/x.yaml,line=3,col=15::message`, its file relative
    to the current folder (the repository's, in a workflow), on one line (a newline in the message shown as \\n)."""
    file = os.path.relpath(site / path).replace(os.sep, "/")
    text = printable(message).replace("%", "%25")
    place = ",".join(f"{key}={str(value).replace('%', '%25').replace(':', '%3A').replace(',', '%2C')}"
                     for key, value in (("file", file), ("line", line), ("col", column)))
    return f"::{kind} {place}::{text}"


def _read_cards(root: Path, site: Site | None, files: list[tuple[str, str]], source: Source,
                misquoted: set[str]) -> tuple[list[Entry], list[Finding]]:
    """Each card that loads, with its YAML positions, a card with errors as far as it is good (its warnings are
    worth knowing at once: a wrong figure besides a misquote); and the closest passage for each misquote.

    The cards `site` holds (those that loaded: so without misquotes) are not read again but for a warning's
    position; the others are read here (at 5,000 cards, one card with an error had every card read again: 4 s)."""
    loaded = {card.path: card for card in site.cards} if site is not None else {}
    others = [(category, rel) for category, rel in files if rel not in loaded]
    index = SourceIndex(source.text, table=len(others) > 20) if others else None  # (a few lookups: no word-start table)
    markdown = Markdown()
    entries: list[Entry] = []
    misquotes: list[Finding] = []
    for category, rel in files:
        if (known := loaded.get(rel)) is not None:
            entries.append(Entry(known, functools.partial(_reread, root, rel)))
            continue
        path = root / rel
        doc = read_yaml(path, rel, Problems())
        if doc is None or not isinstance(doc.data, dict):
            continue
        if rel in misquoted:
            message, passage = misquote(doc.data["source_quote"], source.text)
            misquotes.append(Finding(rel, *doc.place_of(("source_quote",), *first_difference(message)), message,
                                     suggestion=passage))
        card = load_card(root, category, path, index, markdown, Problems(), mark=_unmarked, partial=True)
        if card is not None:
            entries.append(Entry(card, _kept(doc)))
    return entries, misquotes


def _unmarked() -> bool:
    return False  # (a misquote's closest passage is found above, once)


def _kept(doc: Document) -> Callable[[], Document]:
    return lambda: doc


def _reread(root: Path, rel: str) -> Document:
    """A card file's YAML document, read again (a file changed since it loaded gives no positions)."""
    doc = read_yaml(root / rel, rel, Problems(), places=True)
    return doc if doc is not None and isinstance(doc.data, dict) else Document(rel, {})


_SENTENCE_END = tuple('.!?:;"”’)]…')


def _wrapped_warnings(root: Path, source: Source) -> list[Finding]:
    """An article hard-wrapped at a fixed width: most of the line breaks inside its paragraphs fall in mid-sentence
    (a line ending without a stop, the next starting in lower case), which the source page keeps."""
    try:
        lines = (root / source.file).read_text("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    except (OSError, UnicodeError):
        return []
    breaks = [n for n in range(len(lines) - 1) if lines[n].strip() and lines[n + 1].strip()]
    mid = [n for n in breaks if not lines[n].rstrip().endswith(_SENTENCE_END) and lines[n + 1].lstrip()[:1].islower()]
    if len(mid) < 3 or len(mid) * 2 < len(breaks):
        return []
    return [Finding(source.file, mid[0] + 1, len(lines[mid[0]].rstrip()) + 1, f"the article's lines look wrapped: "
                    f"{len(mid)} of its paragraphs' {len(breaks)} line breaks fall in mid-sentence, like this one, and "
                    "the source page keeps each: join each paragraph's lines into one", warning=True)]


def _coverage(root: Path, source: Source, entries: list[Entry], words: Words) -> Coverage:
    measured = coverage.measure(source.text, ((e.card.quote_start, e.card.quote_end) for e in entries
                                              if e.card.quote_start >= 0), words)
    first_line = first_text_line(root / source.file)  # (the build strips blank lines before the article)
    positions, line, at = [], first_line, 0
    for sentence in measured:
        line += source.text.count("\n", at, sentence.start)
        at = sentence.start
        positions.append((line, sentence.start - source.text.rfind("\n", 0, sentence.start)))
    return Coverage(source.file, first_line, tuple(measured), tuple(positions))

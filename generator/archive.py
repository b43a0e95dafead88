"""The page at the root of a branch that holds several briefings (`deploy --into`): a list of them.

Made from every folder of the branch that holds a briefing (its cards.json beside its index.html), in the words of
the briefing deployed, and only while the root holds no index.html of its own (one this module did not make is left
as it is). A deploy that changes nothing the list shows keeps the page another briefing's deploy made: briefings in
different words would otherwise each change it, and an unchanged one's deploy would make a commit.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from generator.contexts import ArchivePage
from generator.environment import ARCHIVE, TEMPLATES, make_environment
from generator.errors import Problem, SiteError
from generator.model import PartialDate
from generator.templateerrors import template_problem
from generator.words import Words

if TYPE_CHECKING:
    from generator.config import Config

INDEX = "index.html"
CARDS = "cards.json"
log = logging.getLogger("generator")

MARK = '<meta name="generator" content="explainer microsite generator: the briefings of this branch'  # then its maker
_MAKER = re.compile(re.escape(MARK) + r', listed by the deploy of ([^"<>]*)/">')
CSP = "default-src 'none'; img-src 'self' data:; style-src 'self'; base-uri 'none'; form-action 'none'"


@dataclass(frozen=True)
class Briefing:
    """A briefing published in a folder of the branch, as its cards.json tells."""

    folder: str  # without its final '/'
    title: str
    description: str
    language: str  # '' when its cards.json does not say (one written before it did)
    publisher: str
    source_title: str
    date: PartialDate | None
    facts: int


# a briefing's folder in a branch, with its final '/' (`--into`'s, and the only ones the branch's list links to: a
# folder pushed by hand named `javascript:x` or `\\host` would put a scheme or another host in its links)
FOLDER_NAME = re.compile(r"(?!\.\.?/|\.git/)[A-Za-z0-9._~-]+/(?:(?!\.\.?/|\.git/)[A-Za-z0-9._~-]+/)*")


def briefing_folders(paths: Iterable[str]) -> list[str]:
    """The folders (not the root) of a branch's `paths` that hold a briefing: a cards.json beside an index.html, in a
    folder `--into` could name."""
    listed = set(paths)
    return sorted(path.removesuffix(f"/{CARDS}") for path in listed
                  if path.endswith(f"/{CARDS}") and f"{path.removesuffix(CARDS)}{INDEX}" in listed
                  and FOLDER_NAME.fullmatch(path.removesuffix(CARDS)))


def nesting(paths: Iterable[str], into: str) -> str | None:
    """How the folder `into` and another briefing's of a branch's `paths` nest, if they do (a deploy of the outer one
    replaces the inner one): 'would replace the briefing in 2024/gas/', 'is inside the briefing in gas/...'."""
    for other in briefing_folders(paths):
        if other.startswith(f"{into}/"):
            return f"would replace the briefing in {other}/"
        if into.startswith(f"{other}/"):
            return f"is inside the briefing in {other}/, whose next deploy would remove it"
    return None


def read_briefing(folder: str, text: str) -> Briefing | None:
    """The briefing in `folder` whose cards.json is `text`; None if that is not one this generator writes."""
    try:
        data = json.loads(text)
        site, source = data["site"], data["site"]["source"]
        date = PartialDate.parse(source["date"]) if source.get("date") else None
        return Briefing(folder, _text(site["title"]), _text(site.get("description")), _text(site.get("language")),
                        _text(source.get("publisher")), _text(source.get("title")), date, len(data["cards"]))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):  # (nested past Python's limit)
        return None


def listed(paths: dict[str, str], read: Callable[[str], str]) -> list[Briefing]:
    """The briefings of a branch whose files are `paths` ({path: blob}; `read(blob)` gives a file's text)."""
    found = (read_briefing(folder, read(paths[f"{folder}/{CARDS}"])) for folder in briefing_folders(paths))
    return [briefing for briefing in found if briefing is not None]


def made_by(page: str) -> str | None:
    """The folder of the briefing whose deploy made this list of briefings (None: not one this module made)."""
    found = _MAKER.search(page)
    return found.group(1) if found else None


def _text(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(type(value).__name__)
    return value


def root_page(env: jinja2.Environment, paths: dict[str, str], read: Callable[[str], str], words: Words,
              language: str, own: str) -> bytes | None:
    """The branch's list of briefings, for a branch whose files will be `paths` ({path: blob}; `read(blob)` gives
    a file's text), deployed from the briefing in the folder `own`, in its `words` and `language`; None when the
    root holds an index.html this module did not make. The page uses the first briefing's assets (its stylesheet
    and icon: the same whichever briefing is deployed, so a deploy changes the page only when the list does)."""
    if INDEX in paths and MARK not in read(paths[INDEX]):
        log.info("the branch's %s is a page of its own: it stays, and no list of its briefings is made", INDEX)
        return None
    briefings = listed(paths, read)
    styled = briefings[0].folder if briefings else own
    mark = Markup(f'{MARK}, listed by the deploy of {own}/">')  # (`own` is a folder's name: nothing to escape)
    try:
        context = ArchivePage(briefings=briefings, words=words, language=language, csp=CSP, mark=mark,
                              assets=f"{styled}/assets/")
        page = env.get_template(ARCHIVE).render(**context)
    except Exception as error:  # what a site's own archive.html raises
        problem = template_problem(error)
        if problem is None:
            raise
        raise SiteError([problem]) from None
    return page.encode()


def branch_page(site_root: Path, config: Config, entries: dict[str, str], own: dict[str, Path | bytes],
                blob: Callable[[str], bytes], into: str, old: dict[str, str]) -> bytes | None:
    """`root_page` for the branch a deploy makes: its files `entries` ({path: 'mode sha'}), of which `own` are the
    deployed briefing's (read from the output: a dry run stores no blob), the others' read with `blob(sha)`; None
    where the page stays as it is: one of the branch's own, or one another briefing's deploy made of the same list
    (the branch's files before were `old`)."""
    shas = {path: entry.split()[1] for path, entry in entries.items()}
    mine = {shas[path]: content for path, content in own.items() if path in shas}

    def read(sha: str) -> str:
        content = mine.get(sha)
        data = blob(sha) if content is None else content if isinstance(content, bytes) else content.read_bytes()
        return data.decode("utf-8", "replace")

    before = {path: entry.split()[1] for path, entry in old.items()}
    if INDEX in before and (maker := made_by(read(before[INDEX]))) not in (None, into) \
            and listed(before, read) == listed(shas, read):
        log.info("the list of briefings at the branch's root is unchanged: it stays as the deploy of %s/ made it",
                 maker)
        return None
    return root_page(make_environment(site_root, None), shas, read, config.words, config.language, into)


def own_template_problems(site_root: Path, config: Config) -> list[Problem]:
    """The errors of the site's own archive.html, which no build uses: found by listing this briefing alone with it,
    as `deploy --into` would (for `check` to say them before a deploy does)."""
    if not (site_root / TEMPLATES / ARCHIVE).exists():
        return []
    cards = json.dumps({"site": {"title": config.title, "description": config.description, "language": config.language,
                                 "source": {"publisher": config.source_publisher, "title": config.source_title,
                                            "date": config.source_date.iso}},
                        "cards": []})
    paths = {f"briefing/{CARDS}": cards, f"briefing/{INDEX}": ""}
    try:
        root_page(make_environment(site_root, None), paths, str, config.words, config.language, "briefing")
    except SiteError as error:
        return list(error.problems)
    return []

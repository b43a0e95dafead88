"""Every link a card's summary makes within the site leads to one of the site's pages or files.

A summary's links are relative to the card's own page (`../bridge-vote/`, `../../source/`); one that leads
nowhere (a typo, a card since renamed or deleted) is a problem of the card, with the nearest page suggested; so is
one to the source page's passage of no card (`#q-<category>--<slug>`). Links to other sites, absolute paths and
other fragments are not checked.
"""

from __future__ import annotations

import difflib
import functools
import posixpath
import re
from collections.abc import Iterable
from html import unescape
from importlib import resources
from pathlib import Path

from generator.errors import Problems
from generator.model import ASSETS, Card
from generator.urls import SCHEME, relative
from generator.yamlread import Document, read_yaml

_HREF = re.compile(r'<a\s[^>]*?\bhref="([^"]*)"')  # a link's target in sanitized HTML (its values in double quotes)
FILES = frozenset({"cards.json", "404.html", "robots.txt", "sitemap.xml"})  # what the build writes besides pages
NAMES_ITSELF = "related names the card itself ('{}')"


class SitePages:
    """The folders and files of the site a build of these card files makes, to check summary links against."""

    def __init__(self, root: Path, categories: tuple[str, ...], files: list[tuple[str, str]],
                 sitemap: bool = True) -> None:
        self.root, self.files = root, files
        self.fixed = {"", "source/", *(f"{c}/" for c in categories)}
        self.written = FILES if sitemap else FILES - {"sitemap.xml"}  # (a sitemap only with site.yaml's url)

    @functools.cached_property
    def folders(self) -> set[str]:
        """Every page's folder (made when a link leads to none of the front, source and category pages: 1.5 ms for
        5,000 cards, which the preview's edit of a card linking only to the source need not spend)."""
        return self.fixed | {f"{category}/{rel.rpartition('/')[2].rpartition('.')[0]}/" for category, rel in self.files}

    def problem(self, folder: str, href: str) -> str | None:
        """What is wrong with link `href` of a summary shown on the page in `folder`, or None."""
        if not href or href.startswith(("#", "/", "?")) or SCHEME.match(href):
            return None
        path, _, fragment = href.partition("#")
        path = path.split("?", 1)[0]
        if not path:
            return None
        target = posixpath.normpath(posixpath.join(folder, path))
        target = "" if target == "." else target
        if target == ".." or target.startswith("../"):
            return f"summary links to '{href}', which leads out of the site"
        if target == "index.html" or target.endswith("/index.html"):
            if path.endswith("/"):  # index.html/: a file is no folder
                return f"summary links to '{href}', which is no page of this site"
            target = target[: -len("index.html")]
        elif target:
            target += "/" if path.endswith("/") or f"{target}/" in self.folders else ""
        passage = f"{fragment[2:].replace('--', '/', 1)}/"  # q-politics--vote: the card politics/vote's quote
        if target == "source/" and fragment.startswith("q-") and passage not in self.folders:
            card = self._card_like(passage[:-1])
            return f"summary links to '{href}', the passage of no card" + (
                f" (did you mean '#q-{card.replace('/', '--', 1)}'?)" if card
                else " (a card's is #q-<category>--<slug>)")
        if target in self.fixed or target in self.written or target in self.folders or self._asset(target):
            return None
        guess = difflib.get_close_matches(target, sorted(self.folders), n=1, cutoff=0.8)
        hint = f" (did you mean '{relative(guess[0] or '.', folder) + '/'}'?)" if guess else ""
        return f"summary links to '{href}', which is no page of this site{hint}"

    def related_problem(self, card_id: str, other: str) -> str:
        """What is wrong with `other`, named as a related card of the card `card_id`."""
        if other == card_id:
            return NAMES_ITSELF.format(other)
        guess = self._card_like(other, card_id)
        return f"related names '{other}', which is no card of this site" + (
            f" (did you mean '{guess}'?)" if guess else " (a card is named category/slug)")

    def _card_like(self, name: str, naming: str = "") -> str | None:
        """The card `name` most likely means: itself in small letters or as a file ('content/x/y.yaml'), its slug
        in another category or alone, a slip of a letter or two; never the card `naming` it."""
        cards = sorted(folder[:-1] for folder in self.folders if folder.count("/") == 2 and folder[:-1] != naming)
        plain = name.strip().lower().removeprefix("content/").removesuffix(".yaml").strip("/")
        slug = plain.rsplit("/", 1)[-1]
        if plain in cards:
            return plain
        if len(same := [card for card in cards if card.rsplit("/", 1)[1] == slug]) == 1:
            return same[0]  # the slug in another category, or alone
        guess = difflib.get_close_matches(plain, cards, n=1, cutoff=0.8)
        return guess[0] if guess else None

    def _asset(self, target: str) -> bool:
        """A file the site's templates/assets/ or the shipped ones hold."""
        if not target.startswith(f"{ASSETS}/") or target.endswith("/"):
            return False
        rest = target[len(ASSETS) + 1:].split("/")
        return ((self.root / "templates" / ASSETS).joinpath(*rest).is_file()
                or resources.files("generator").joinpath("templates", ASSETS, *rest).is_file())


def report(pages: SitePages, cards: list[Card], problems: Problems) -> None:
    """Record every broken summary link of `cards` at its card's `summary` (each such card file read again, for
    the position: a rare path). ~1 µs a card: the links most summaries share are looked up once."""
    good: set[str] = set()  # links that lead somewhere from any card page (../../source/)
    for card in cards:
        _report_card(pages, card.path, card.id, card.summary_html, card.related, problems, good)


def report_unloaded(pages: SitePages, files: list[tuple[str, str]], problems: Problems) -> None:
    """`report` for card files (category, path) that did not load for other problems: their summary's links and
    related cards, where the file gives them well enough (every problem at once, not one kind a build)."""
    from generator import validate
    from generator.markup import Refused, Renderer

    renderer = Renderer()
    for category, rel in files:
        doc = read_yaml(pages.root / rel, rel, Problems())
        bad = validate.check(doc, "card", Problems()) if doc is not None else None
        if doc is None or bad is None:
            continue
        card_id = f"{category}/{posixpath.splitext(posixpath.basename(rel))[0]}"
        summary, named = doc.data.get("summary"), doc.data.get("related")
        try:
            html = renderer.render(summary) if isinstance(summary, str) and "summary" not in bad else ""
        except Refused:  # (said)
            html = ""
        related = [other for other in dict.fromkeys(  # (naming itself: said as the card loaded; a bad item: said)
            other for i, other in enumerate(named if isinstance(named, list) else [])
            if isinstance(other, str) and f"related/{i}" not in bad) if other != card_id]
        _report_card(pages, rel, card_id, html, related, problems, set())


def _report_card(pages: SitePages, rel: str, card_id: str, html: str, related: Iterable[str], problems: Problems,
                 good: set[str]) -> None:
    """The broken links of one card's summary `html` and the cards of `related` that are none; `good`: links
    already found to lead somewhere from any card page, added to."""
    read: list[Document | None] = []  # the card's file, read again (once) for the places of its broken links

    def doc() -> Document | None:
        if not read:
            read.append(read_yaml(pages.root / rel, rel, Problems()))
        return read[0]

    for href in dict.fromkeys(_HREF.findall(html)):
        if href not in good:
            written = unescape(href) if "&" in href else href
            written = written.replace("%5C", "\\")  # (as Markdown wrote a backslash: shown as the card has it)
            if message := pages.problem(f"{card_id}/", written):
                if "\\" in written:
                    message += " (a link's folders are parted by '/', not '\\')"
                problems.add(rel, *_place(doc(), pages.root / rel, written), message)
            elif href.startswith("../../"):
                good.add(href)
    missing = [other for other in related if other == card_id or f"{other}/" not in pages.folders]
    if missing:  # (each where the file first writes it: 10,000 of them took 213 s read once each)
        card = doc()
        named = card.data.get("related") if card is not None and isinstance(card.data, dict) else None
        first = ({name: i for i, name in reversed(list(enumerate(named))) if isinstance(name, str)}
                 if isinstance(named, list) else {})
        for other in missing:
            place = card.at(("related", first.get(other, 0))) if card is not None else (1, 1)
            problems.add(rel, *place, pages.related_problem(card_id, other))


def _place(doc: Document | None, path: Path, href: str) -> tuple[int, int]:
    """Where the card file (`doc`, read from `path`) writes the link `href` in its summary (else where the summary
    starts)."""
    if doc is None:
        return 1, 1
    line, column = doc.at(("summary",))
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return line, column
    for written in dict.fromkeys((href, href.replace("\\", "\\\\"))):  # (a backslash may be written escaped)
        whole = re.compile(re.escape(written) + r"""(?=[\s)"'>\]]|$)""")  # not a start of a longer link on the line
        for number in range(line - 1, len(lines)):
            if found := whole.search(lines[number], column - 1 if number == line - 1 else 0):
                return number + 1, found.start() + 1
    return line, column

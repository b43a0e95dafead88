"""Links between the site's pages: relative to the page they are on, as a page opened from the file system needs
(a summary's links moved to each page that shows it; `url()` in templates)."""

from __future__ import annotations

import difflib
import functools
import posixpath
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from markupsafe import Markup

if TYPE_CHECKING:
    from generator.model import Card

# a web or mail address as a text may write it: its digits are no number the text gives
ADDRESS = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+|[^\s@<>()]+@[^\s@<>()]+\.\w+", re.IGNORECASE)


def unaddressed(text: str) -> str:
    """`text` with each web or mail address (ADDRESS) a space. Only a text with '@', '://' or 'www.' (in any case: as
    the pattern reads it) can hold one, and most hold none: ADDRESS's own search takes ~0.1 ms a summary."""
    return ADDRESS.sub(" ", text) if "@" in text or "://" in text or "www." in text.lower() else text


LINK = re.compile(r'(<a\s[^>]*?\bhref=")([^"]*)(")')  # a link in sanitized HTML (its values in double quotes)
_FOLDER_LINK = re.compile(r'(href=")((?!/)[^":?#]*/)(?=[?#"])')  # a relative link to a folder: "../vote/", "./"
_BARE_FOLDER = re.compile(r'href="(?!/)[^":?#"]*?(?:^|[^".?#/])(?=[?#"])|href="(?:\.\./)*\.\.?(?=[?#"])')  # '../vote'


def rebase(html: str, from_dir: str, to_dir: str, index: bool = False) -> str:
    """Rewrite relative links written for a page in `from_dir` to work from a page in `to_dir`; with `index`, a
    link to a folder (a page of the site: `../vote/`) ends in index.html, as the site's own links do when its
    pages are opened from the file system.

    Both are site paths of folders, like 'politics/bridge-vote/' and '' (the front page).
    """
    if 'href="' not in html:
        return html
    if from_dir == to_dir and not _BARE_FOLDER.search(html):  # the card's own page: nothing moves
        return _FOLDER_LINK.sub(_index, html) if index and _FOLDER_LINK.search(html) else html

    def move(match: re.Match[str]) -> str:
        href = match.group(2)
        if not href or href.startswith("/") or ":" in href.split("/", 1)[0]:
            return match.group(0)
        path, sep, rest = _split_suffix(href)
        if not path and from_dir == to_dir:  # '#more' on its own page
            return match.group(0)
        if path and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1].strip("."):
            path += "/"  # a page is a folder ('../vote', '..'); a file has a suffix ('../../cards.json')
        target = posixpath.normpath(posixpath.join(from_dir, path)) if path else from_dir.rstrip("/")
        moved = relative(target or ".", to_dir.rstrip("/") or ".")
        if (path.endswith("/") or not path) and moved != ".":  # ('#more' elsewhere: the card's page and '#more')
            moved += "/"
        elif moved == ".":
            moved = "./"
        if index and moved.endswith("/"):
            moved = _with_index(moved)
        if ":" in moved.split("/", 1)[0]:  # a first segment with a colon would read as a scheme (`x:y`)
            moved = "./" + moved
        return f"{match.group(1)}{moved}{sep}{rest}{match.group(3)}"

    return LINK.sub(move, html)


def _index(match: re.Match[str]) -> str:
    return match.group(1) + _with_index(match.group(2))


def _with_index(folder: str) -> str:
    """'../vote/' -> '../vote/index.html'; './' -> 'index.html'."""
    return "index.html" if folder == "./" else folder + "index.html"


class Summary:
    """`summary(card)` in templates: the card's summary HTML, its links made relative to the page in `here` (and
    a folder's link ending in index.html, as `Linker` makes them)."""

    def __init__(self, here: str, bind: Callable[[str], str] | None = None) -> None:
        self.here = here
        self.bind = bind  # the site's binding spaces made no-break (spacing.py), if any

    def __call__(self, card: Card) -> Markup:
        if not hasattr(card, "summary_html"):  # (a template's mistake, said in its words, not Python's)
            raise TypeError(f"summary() takes a card, like summary(card), not {_what(card)}")
        html = rebase(card.summary_html, card.folder, self.here, index=True)  # (sanitized when loaded)
        return Markup(html if self.bind is None else self.bind(html))


def _what(value: object) -> str:
    """'a Card', "an int ('3')": what a template passed."""
    name = type(value).__name__
    said = f"{'an' if name[0] in 'aeiouAEIOU' else 'a'} {name}"
    return f"{said} ({str(value)[:40]!r})" if isinstance(value, str | int | float) else said


class SitePaths:
    """What a site publishes, for `url()` to refuse a link to nothing: its pages' folders ('', 'politics/') and its
    other files ('cards.json', 'assets/style.css'); and the links its pages share (see Linker)."""

    def __init__(self, folders: Iterable[str], files: Iterable[str]) -> None:
        self.folders = frozenset(folders)
        self.files = frozenset(files)
        self.known = self.folders | self.files
        self.shared: dict[str, dict[str, str]] = {}

    def refuse_missing(self, target: str) -> None:
        """A template's `url()` of a page or file the site does not have, said (with the nearest it has)."""
        path = target.partition("#")[0].partition("?")[0]  # (a build asks ~6 times a card: kept cheap)
        if path in self.known or (not path and target[:1] in ("#", "?")):  # (or the page itself)
            return
        if path.startswith(".") or "/." in path or "//" in path:
            normal = posixpath.normpath(path)
            if normal == ".." or normal.startswith("../"):  # above the site (a branch's list of briefings, for one
                return  # deployed --into a folder): no page of this site's to check
            path = "" if normal == "." else normal + ("/" if path.endswith("/") else "")
        if path in self.known or (path.endswith("index.html") and path[:-10] in self.folders):  # (a page's file)
            return
        if path + "/" in self.folders:
            raise ValueError(f"url({target!r}) names a page without the / that ends its folder: write "
                             f"url({path + '/'!r}) (its link then ends in "
                             "index.html, as a page opened from the file system needs)")
        page, file = not path or path.endswith("/"), "." in path.rsplit("/", 1)[-1]  # ('politics': either)
        pages = {folder + "index.html" for folder in self.folders}  # (a page as its file: 'source/index.html')
        kind, among = ("page", self.folders) if page else ("file", self.files | pages) if file else \
            ("page or file", self.folders | self.files)
        near = difflib.get_close_matches(path, among, 1, 0.75)
        raise ValueError(f"url({target!r}): the site has no such {kind}" + (f" (did you mean {near[0]!r}?)" if near
                                                                              else ""))


class Linker:
    """`url(target)` in templates: a link from the page in folder `here` (like 'politics/bridge-vote/', '' for the front
    page) to a site path (like 'economy/', 'assets/style.css' or 'source/#q-politics--vote'); a folder's link
    ends in index.html, so that the site works from the file system too. With `paths`, a link to a page or file the
    site does not have is refused."""

    def __init__(self, here: str, paths: SitePaths | None = None) -> None:
        self.here = here
        self.paths = paths
        parts = here.split("/")[:-1]
        # (prefix, how to get there): the page's folder and each folder above it, nearest first
        self.steps = [("/".join(parts[:k]) + "/" if k else "", "../" * (len(parts) - k))
                      for k in range(len(parts), -1, -1)]
        self.memo: dict[str, str] = {}  # the page's other links (a page links to the same targets many times)
        # a link to a plain site path outside the page's folder is the same from every page beside it: 5,000 card
        # pages link to the same nav, assets and related cards
        # (the folder the page's folder is in: 'politics/' for 'politics/bridge-vote/'; None for the front page,
        # alone there; see once.py)
        self.beside = self.steps[1][0] if len(parts) else None
        self.shared = (paths.shared if paths is not None else _LINKS).setdefault(self.beside or "", {})

    def __call__(self, target: str = "\0") -> str:
        if type(target) is not str or target == "\0":  # (a template's mistake, said in its words, not Python's)
            raise _not_a_path(target)
        own = target.startswith((self.here, "#", ".", "/")) or "/." in target or "//" in target
        memo = self.memo if own else self.shared
        found = memo.get(target)
        if found is None:
            found = memo[target] = self._link(target)
        return found

    def _link(self, target: str) -> str:
        refuse_address(target)
        if self.paths is not None:
            self.paths.refuse_missing(target)
        anchor = ""
        if "#" in target:
            target, anchor = target.split("#", 1)
            anchor = "#" + anchor
            if not target:
                if not self.here:
                    return anchor
                target = self.here
        if target.startswith(("/", ".")) or "/." in target or "//" in target:  # not a plain site path
            rel = relative(target or ".", self.here.rstrip("/") or ".")
            rel = "" if rel == "." else rel + ("/" if target.endswith("/") or not target else "")
        else:
            for prefix, up in self.steps:
                if target.startswith(prefix):
                    rel = up + target[len(prefix):]
                    break
        if not target or target.endswith("/"):
            rel += "index.html"
        return (rel or "./") + anchor


def absolute_link(base_url: str, paths: SitePaths | None, target: str = "\0") -> str:
    """`url(target)` on a page served at any address (404.html): the site path under the site's `base_url`."""
    if type(target) is not str or target == "\0":
        raise _not_a_path(target)
    refuse_address(target)
    if paths is not None:
        paths.refuse_missing(target)
    return base_url + target


def _not_a_path(target: object) -> TypeError:
    """A template's `url()` of no text, or of nothing at all ("\0"), in its words."""
    return TypeError("url() takes a site path, like url('economy/') or url(card.folder), not "
                     + ("nothing" if target == "\0" else _what(target)))


def refuse_address(target: str) -> None:
    """A template's `url()` of an absolute path or an address, said (its link led nowhere: ../../../index.html for
    '/', https:/example.org/index.html)."""
    read = as_browsers_read(target).replace("\\", "/")  # ('\\host/' is '//host/')
    if read.startswith("/") or SCHEME.match(read):
        raise ValueError("url() takes a site path, like url('economy/') or url('assets/style.css'), not "
                         + (f"an absolute path ('{target[:60]}'): leave out the first /" if read[:2] != "//" and
                            read.startswith("/") else f"an address ('{target[:60]}'): write a link to another site "
                            "as it is"))


def as_browsers_read(link: str) -> str:
    """A link as browsers read it: the URL standard takes tabs and line breaks out, and control characters and
    spaces off its ends (`/&#9;/evil.example/` is `//evil.example/`)."""
    return link.strip(_C0_OR_SPACE).translate(_TAB_OR_NEWLINE)


_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_TAB_OR_NEWLINE = str.maketrans("", "", "\t\n\r")
# a link's scheme: https:, mailto:, data:... (a site path has no colon before a /; '%6Aavascript:' is a page's name)
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# the folder above a page's: {target: link} of plain site paths outside the page's folder
_LINKS: dict[str, dict[str, str]] = {}


@functools.lru_cache(maxsize=8192)  # a page asks for the same few targets (nav, assets) many times
def relative(path: str, start: str) -> str:
    """`posixpath.relpath` for site paths, without its two `abspath` calls (a build makes ~40 per card)."""
    to = [part for part in path.split("/") if part and part != "."]
    at = [part for part in start.split("/") if part and part != "."]
    if ".." in to or ".." in at or path.startswith("/") or start.startswith("/"):
        return posixpath.relpath(path, start)
    common = 0
    for a, b in zip(to, at):  # noqa: B905 - lengths differ on purpose
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(at) - common) + to[common:]) or "."


def _split_suffix(href: str) -> tuple[str, str, str]:
    """(path, "?" or "#", the rest): split where the query or fragment starts, whichever comes first (as the link
    check and browsers do: `a/#/../../x:y?z` is a fragment, not a path to normalise into `x:y`)."""
    at = min((i for i in (href.find("?"), href.find("#")) if i >= 0), default=-1)
    return (href, "", "") if at < 0 else (href[:at], href[at], href[at + 1:])

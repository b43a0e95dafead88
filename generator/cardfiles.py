"""Where a site's cards are: one file a card in its category's folder under content/, and the problems with
folder and file names found on the way."""

from __future__ import annotations

import os
import re
from operator import attrgetter
from pathlib import Path

from generator import validate
from generator.config import SITE_FILE, Config, as_id
from generator.errors import Problems

CONTENT = "content"
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")  # (fullmatch: `$` matches before a final newline)
CARD_SUFFIXES = (".yaml", ".yml")


def card_files(root: Path, config: Config | None, problems: Problems) -> list[tuple[str, str]]:
    """(category id, file relative to the site folder) for every card under content/, checking folder and file
    names (strings: a site of 5,000 cards would spend 15 ms making path objects)."""
    content = root / CONTENT
    if not content.is_dir():
        problems.add(CONTENT, 1, 1, "no content/ folder: cards go in content/<category>/<slug>.yaml")
        return []
    if not _inside(content, root, CONTENT, problems):  # (content/ itself a link out of the site, as a folder in it)
        return []
    known = [c.id for c in config.categories] if config else None
    found: list[tuple[str, str]] = []
    try:
        folders = sorted(content.iterdir())
    except OSError as error:  # (a folder this user may not list: said with the other problems)
        problems.add(CONTENT, 1, 1, f"cannot read the folder: {error.strerror}")
        return []
    for folder in folders:
        rel = f"{CONTENT}/{folder.name}"
        if folder.name.startswith(".") or not folder.is_dir():
            if known is not None and folder.name in known:  # (its category shown with no cards, unsaid)
                what = ("a link to nothing" if folder.is_symlink() and not folder.exists() else "a file"
                        if folder.is_file() else "no folder (a pipe or a device)")
                problems.add(rel, 1, 1, f"the category '{folder.name}' is {what} here: its cards go in a folder, "
                                        f"{CONTENT}/{folder.name}/<slug>.yaml")
                continue
            stray = folder.name.lower().endswith(CARD_SUFFIXES) and not folder.name.startswith(".")
            if stray and (config is None or (root / config.source_file).resolve() != folder.resolve()):
                problems.add(rel, 1, 1, f"cards go in their category's folder, {CONTENT}/<category>/{folder.name}: "
                                        "this file is not read")
            continue
        if not _inside(folder, root, rel, problems):
            continue
        if known is not None and folder.name not in known and config and rel == config.source_file:
            continue  # the article's file is a folder: source.file's problem says so
        if known is not None and folder.name not in known:
            close = validate.guess(folder.name, known)
            if close and config and close[0].casefold() != folder.name.casefold() and not (content / close[0]).is_dir():
                place = config.doc.at(("categories", known.index(close[0]), "id"))  # (a typo in site.yaml, maybe)
                problems.add(rel, 1, 1, f"folder '{folder.name}' is not a category in {SITE_FILE}, whose category "
                                        f"'{close[0]}' ({SITE_FILE}:{place[0]}:{place[1]}) has no folder: is one of "
                                        f"the two misspelt? Write them alike (if not, {_new_category(folder.name)})")
                continue
            problems.add(rel, 1, 1, f"folder '{folder.name}' is not a category in {SITE_FILE} " + (
                f"(did you mean '{close[0]}'?)" if close and close[0].casefold() == folder.name.casefold()
                else f"(did you mean '{close[0]}'? if not, {_new_category(folder.name)})" if close  # ('sport')
                else f"(categories: {', '.join(known)}): {_new_category(folder.name)}"))
            continue
        category = folder.name
        try:
            with os.scandir(folder) as listing:  # its entries know their type: no stat per card file
                entries = sorted(listing, key=attrgetter("name"))
        except OSError as error:
            problems.add(rel, 1, 1, f"cannot read the folder: {error.strerror}")
            continue
        stems: dict[str, str] = {}  # slug -> its file
        for entry in entries:  # ~1 µs a file: a plain string's methods, no path objects or splitext
            base = entry.name
            if base.startswith(".") or base.endswith("~"):
                continue
            name = f"{rel}/{base}"
            try:
                folder_here = entry.is_dir()
            except OSError:  # a link in a loop: _inside says so
                _inside(Path(entry.path), root, name, problems)
                continue
            if folder_here:
                problems.add(name, 1, 1, "folders inside a category folder are not read; "
                                         "cards go in content/<category>/<slug>.yaml")
            elif base.endswith(CARD_SUFFIXES) and (not entry.is_symlink()
                                                   or _inside(Path(entry.path), root, name, problems)):
                stem = base.rpartition(".")[0]  # the name does not start with a dot: it has a stem
                if not SLUG.fullmatch(stem):
                    slug, suffix = as_id(stem), base[len(stem):]  # the name it may take: 'safety-upgrades.yaml'
                    fix = f"so rename it '{slug}{suffix}'" if slug else "like 'bridge-vote.yaml'"
                    problems.add(name, 1, 1, f"bad slug '{stem}': a card's file name must be lower-case letters, "
                                             f"digits and hyphens, {fix}")
                elif stem in stems:  # x.yaml and x.yml: one page
                    problems.add(name, 1, 1, f"a second file for the card '{stem}' (beside {stems[stem]}): keep one")
                else:
                    stems[stem] = base
                    found.append((category, name))
            elif base.lower().endswith(CARD_SUFFIXES) and not base.endswith(CARD_SUFFIXES):  # Bridge-Vote.YAML
                lower = base.lower()
                hint = f"rename it {lower}" if SLUG.fullmatch(lower.rpartition(".")[0]) else "like 'bridge-vote.yaml'"
                problems.add(name, 1, 1, f"a card's file name is lower-case letters, digits and hyphens, then .yaml "
                                         f"or .yml: {hint}")
            elif base.lower().endswith((".yaml.txt", ".yml.txt")):  # saved by an editor that adds .txt
                problems.add(name, 1, 1, f"a card's file name ends in .yaml or .yml, so this file is not read: "
                                         f"rename it {base[:-4]}")
    return found


def _new_category(name: str) -> str:
    """How to make the folder `name` a category: its entry in site.yaml, and the folder renamed to a valid id."""
    slug = as_id(name) or "topic"
    label = (" ".join(re.findall(r"[^\W_]+", name)) or slug.replace("-", " ")).capitalize()  # ('Économie')
    entry = f"add it under categories: in {SITE_FILE}, as - {{id: {slug}, label: {label}}}"
    entry += ", or move its cards into a category's folder"
    return entry if slug == name else f"rename the folder {slug} (lower-case letters, digits and hyphens) and {entry}"


def _inside(path: Path, root: Path, rel: str, problems: Problems) -> bool:
    if not path.is_symlink():
        return True
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # a loop, or nothing there
        problems.add(rel, 1, 1, "links to nothing that can be read (a link in a loop, or to a file that is gone)")
        return False
    site = root.resolve()
    what = "folder" if target.is_dir() else "file"
    if not target.is_relative_to(site):
        problems.add(rel, 1, 1, f"links to a {what} outside the site folder; copy it in instead")
        return False
    hidden = next((part for part in target.relative_to(site).parts if part.startswith(".")), None)
    if hidden is not None:  # .private/notes.yaml, .git/: what is kept out of sight is not published (as source.file)
        problems.add(rel, 1, 1, f"links to a {what} in a hidden file or folder ('{hidden}'); copy it in instead")
        return False
    return True


def is_card_file(rel: str) -> bool:
    """Whether a file of the site (like 'content/politics/bridge-vote.yaml') is where `card_files` finds cards."""
    folder, _, name = rel.rpartition("/")
    return (folder.startswith(f"{CONTENT}/") and folder.count("/") == 1 and name.endswith(CARD_SUFFIXES)
            and not name.startswith("."))

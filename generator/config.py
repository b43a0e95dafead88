"""Read and check `site.yaml`: the briefing's title, its source and its categories."""

from __future__ import annotations

import os
import re
import shlex
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from generator import validate
from generator.errors import Problems, UsageError
from generator.model import TAKEN_FOLDERS, Category, PartialDate, taken_message
from generator.wordchecks import check_words
from generator.words import Words, words_for
from generator.yamlread import Document, read_yaml

SITE_FILE = "site.yaml"
CATEGORY_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # (fullmatch: the schema's pattern)


def as_id(name: str) -> str:
    """`name` as a category id may write it: 'Économie' -> 'economie', 'Foreign_Policy' -> 'foreign-policy' ('' if
    nothing of it can be: '—')."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", name.translate(_LETTERS))
                    if not unicodedata.combining(char))
    return "-".join(re.findall(r"[a-z0-9]+", plain.lower()))


_LETTERS = str.maketrans({"ß": "ss", "ẞ": "SS", "Œ": "OE", "œ": "oe", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o",
                          "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Þ": "TH", "þ": "th", "ı": "i"})  # (no accents)


@dataclass(frozen=True)
class Config:
    root: Path
    title: str
    description: str
    base_url: str
    url: str
    cname: str
    language: str
    words: Words
    source_file: str
    source_title: str
    source_publisher: str
    source_date: PartialDate
    source_url: str
    source_author: str
    categories: tuple[Category, ...]
    doc: Document


def require_site(root: Path) -> None:
    """Raise UsageError, with where to go instead, unless `root` is a briefing's folder (one holding site.yaml)."""
    if root.is_file() and root.name in (SITE_FILE, "site.yml"):
        folder = shlex.quote(str(root.parent))
        raise UsageError(f"--site takes the briefing's folder, not its {root.name}: pass --site {folder}")
    if not root.is_dir():
        raise UsageError(f"there is no site folder at {root} (check --site)")
    if (root / SITE_FILE).is_file():
        return
    if os.path.lexists(root / SITE_FILE):  # (a folder, a pipe, a link to nothing: there, but no file to read)
        what = "a link to nothing" if (root / SITE_FILE).is_symlink() and not (root / SITE_FILE).exists() else (
            "a folder" if (root / SITE_FILE).is_dir() else "no file (a pipe or a device)")
        raise UsageError(f"{root / SITE_FILE} is {what}: a briefing's {SITE_FILE} is a file")
    below = [shlex.quote(str(path.parent)) for path in sorted(root.glob(f"*/{SITE_FILE}"))]
    if (root / "site.yml").is_file():
        hint = f"rename {root / 'site.yml'} to {SITE_FILE}"
    elif below:
        more = f" (or {', '.join(below[1:4])}{', …' if len(below) > 4 else ''})" if len(below) > 1 else ""
        hint = f"it holds {'briefings' if len(below) > 1 else 'a briefing'}: pass --site {below[0]}{more}"
    elif above := next((up for up in root.resolve().parents if (up / SITE_FILE).is_file()), None):
        shown = os.path.relpath(above)
        hint = f"the briefing's folder is {shown}: run there, or pass --site {shown}"
    else:
        hint = "run this in a briefing's folder, pass --site DIR, or start one with `python -m generator new DIR`"
    raise UsageError(f"no {SITE_FILE} in {root}, so it is not a briefing's folder: {hint}")


def load_config(root: Path, problems: Problems) -> Config | None:
    """The site's settings, or None with the reasons recorded in `problems`."""
    path = root / SITE_FILE
    if not path.is_file():
        problems.add(SITE_FILE, 1, 1, f"no {SITE_FILE} in {root} (is --site the briefing's folder?)")
        return None
    doc = read_yaml(path, SITE_FILE, problems)
    bad = validate.check(doc, "site", problems) if doc is not None else None
    if doc is None or bad is None:
        return None
    data = doc.data
    source = data.get("source") if isinstance(data.get("source"), dict) else {}
    date = None
    if isinstance(source.get("date"), str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", source["date"]):  # (else schema's)
        date = _day(source["date"])
        if date is None:
            line, column = doc.at(("source", "date"))
            problems.add(SITE_FILE, line, column, f"source.date is not a real date: '{source['date']}'")
    categories: list[Category] = []
    listed = data.get("categories")
    for i, item in enumerate(listed if isinstance(listed, list) else []):  # (one bad id hides no other's problem)
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue  # (said by the schema)
        if any(c.id == item["id"] for c in categories):
            line, column = doc.at(("categories", i, "id"))
            problems.add(SITE_FILE, line, column, f"category '{item['id']}' is listed twice")
        elif item["id"] in TAKEN_FOLDERS:
            line, column = doc.at(("categories", i, "id"))
            problems.add(SITE_FILE, line, column, taken_message(item["id"], "category id"))
        categories.append(Category(item["id"], item.get("label", ""), item.get("description", ""), i))
    check_words(doc, SITE_FILE, problems)
    if bad or date is None:
        file = source.get("file")  # said now with the rest (else load_source says it)
        if isinstance(file, str) and file.strip() and (said := source_file_problem(root, file)):
            problems.add(SITE_FILE, *doc.at(("source", "file")), said)
        return None
    language = data.get("language", "en")
    return Config(
        root=root, title=data["title"], description=data.get("description", ""),
        base_url=data.get("base_url", "/"), url=data.get("url", "").rstrip("/"), cname=data.get("cname", ""),
        language=language, words=words_for(language, data.get("words")), source_file=source["file"],
        source_title=source["title"],
        source_publisher=source["publisher"], source_date=date, source_url=source.get("url", ""),
        source_author=source.get("author", ""), categories=tuple(categories), doc=doc,
    )


def stand_in(root: Path) -> Config | None:
    """For a site.yaml with problems (load_config has said them): a Config of what it gives well enough to check
    the cards against, its source file and categories, the rest blank; None if it does not give them."""
    doc = read_yaml(root / SITE_FILE, SITE_FILE, Problems())
    data = doc.data if doc is not None else None
    source = data.get("source") if isinstance(data, dict) else None
    listed = data.get("categories") if isinstance(data, dict) else None
    if not isinstance(source, dict) or not isinstance(source.get("file"), str) or not source["file"].strip() \
            or source_file_problem(root, source["file"]) or not isinstance(listed, list) or not listed:
        return None
    ids = [item.get("id") if isinstance(item, dict) else None for item in listed]
    if not all(isinstance(i, str) and CATEGORY_ID.fullmatch(i) and i not in TAKEN_FOLDERS for i in ids) \
            or len(set(ids)) < len(ids):
        return None
    assert doc is not None
    categories = tuple(Category(str(i), "", "", n) for n, i in enumerate(ids))
    return Config(root, "", "", "/", "", "", "en", words_for("en"), source["file"], "", "", PartialDate(1, 1, 1), "",
                  "", categories, doc)


def source_file_problem(root: Path, rel: str) -> str | None:
    """What is wrong with site.yaml's source.file, if anything: outside the site folder, or no file."""
    last = rel.replace("\\", "/").rsplit("/", 1)[-1]
    if last in ("", ".", ".."):  # (resolve() drops them: 'content/source.md/' was taken, and so written in cards.json)
        return f"source.file '{rel}' ends with '{last or rel[-1]}', as a folder's name may: write the file's name"
    try:
        path = (root / rel).resolve()
        if not path.is_relative_to(root.resolve()):
            return f"source.file '{rel}' is outside the site folder"
        hidden = next((part for part in (*Path(rel).parts, *path.relative_to(root.resolve()).parts)
                       if part.startswith(".") and part not in (".", "..")), None)
        if hidden is not None:  # .git/config, .env: what is kept out of sight is not published
            return f"source.file '{rel}' is in a hidden file or folder ('{hidden}'): put the article in content/"
        from generator.write import MARKER

        site = root.resolve()
        built = next((folder for folder in path.parents if folder.is_relative_to(site) and folder != site
                      and (folder / MARKER).is_file()), None)
        if built is not None:  # (it was deleted by the build: the folder is replaced)
            return (f"source.file '{rel}' is in {built.relative_to(site).as_posix()}/, a folder a build replaces "
                    f"(it holds {MARKER}): put the article in content/")
        if not path.is_file():
            return f"source.file '{rel}' " + ("is not a file (a folder, a pipe or a device)" if path.exists()
                                              else "does not exist")
    except (OSError, ValueError) as error:  # a name too long, a NUL in it
        return f"source.file '{rel}' cannot be a file's name ({getattr(error, 'strerror', None) or error})"
    return None


def _day(value: str) -> PartialDate | None:
    try:
        date = PartialDate.parse(value)
    except ValueError:
        return None
    return date if date.day else None

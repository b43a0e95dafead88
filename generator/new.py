"""`new DIR`: a briefing folder that builds at once, from the templates in generator/scaffold/.

The shipped JSON Schemas are copied into DIR/schema/, so the `# yaml-language-server: $schema=`
line at the top of site.yaml and of every card works offline, by relative path.
"""

from __future__ import annotations

import datetime
import errno
import functools
import json
import logging
import os
import re
import shlex
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from generator.config import CATEGORY_ID, SITE_FILE, Config, as_id
from generator.errors import UsageError, printable
from generator.model import TAKEN_FOLDERS, taken_message
from generator.unshowable import unshowable_chars, unshowable_message

log = logging.getLogger(__name__)

EXAMPLE_SLUG = "example"
NEW_RAN = "the day `new` ran"  # the comment on the source's date, with the date: while they are the same, it is new's
_DATE_LINE = re.compile(rf"\s*date:\s*(\S+)\s+#\s*{re.escape(NEW_RAN)}, (\S+):")


def _template(name: str) -> str:
    return resources.files("generator").joinpath("scaffold", f"{name}.tmpl").read_text("utf-8")


def _schema(name: str) -> str:
    return resources.files("generator.schema").joinpath(f"{name}.schema.json").read_text("utf-8")


@functools.cache
def _all_examples() -> dict[str, dict[str, str]]:
    """scaffold/examples.yaml: the example text `new` writes, by language."""
    import yaml

    text: dict[str, dict[str, str]] = yaml.safe_load(
        resources.files("generator").joinpath("scaffold", "examples.yaml").read_text("utf-8"))
    return text


def examples(language: str) -> dict[str, str]:
    """The example text for a briefing in `language` (by its primary subtag; English for one not shipped)."""
    return _all_examples().get(language.lower().split("-")[0], _all_examples()["en"])


def label(category: str) -> str:
    """'health-policy' -> 'Health policy'."""
    return category.replace("-", " ").capitalize()


def example_sentence(category: str, language: str = "en") -> str:
    """The placeholder sentence of the source that a category's example card quotes."""
    return examples(language)["sentence"].format(label=label(category))


def _scalar(text: str) -> str:
    """`text` as a YAML scalar, plain where it reads back as itself in a list too, else in double quotes."""
    import yaml

    plain = "\n" not in text and yaml.safe_load(f"[{text}]") == [text]
    return text if plain else json.dumps(text, ensure_ascii=False)


def files(categories: list[str], title: str | None, today: datetime.date, language: str = "en"
          ) -> dict[str, str]:
    """Every file of a new briefing: {path relative to its folder: text} (`title` None: the language's example)."""
    title = examples(language)["briefing"] if title is None else title
    title = " ".join(title.split())  # a line break (U+2028 too) breaks site.yaml's line: a title is one line
    properties = json.loads(_schema("site"))["properties"]
    if not re.search(properties["title"]["pattern"], title):
        raise UsageError("--title must not be blank")
    if bad := unshowable_chars(title):
        raise UsageError(f"--title has a character no web page can show: {unshowable_message(bad[0])}")
    if not re.fullmatch(properties["language"]["pattern"], language):
        raise UsageError(f"--language '{language}' is not a language tag: use one like 'en', 'fr' or 'pt-BR'")
    limit = properties["title"]["maxLength"]
    if len(title) > limit:
        raise UsageError(f"--title is {len(title):,} characters long; the limit is {limit}")
    for category in categories:
        if not CATEGORY_ID.fullmatch(category):
            slug = as_id(category)
            like = f"'{slug}'" if slug else "'health' or 'foreign-policy'"
            raise UsageError(f"--category '{printable(category)}' is not a category id: use lower-case letters, "
                             f"digits and hyphens, like {like} (it is a folder name; site.yaml gives each its label)")
        if category in TAKEN_FOLDERS:
            raise UsageError(taken_message(category, "--category"))
        most = properties["categories"]["items"]["properties"]["label"]["maxLength"]
        if len(label(category)) > most:  # (the folder and its label would be made, and the briefing not build)
            raise UsageError(f"--category '{category[:40]}…' is {len(category)} characters long; its label, made "
                             f"from it, may be {most}: give a shorter id (site.yaml can then say the label in full)")
    repeated = sorted({c for c in categories if categories.count(c) > 1})
    if repeated:
        raise UsageError(f"--category '{repeated[0]}' is given twice")
    entries = "".join(_template("category.yaml").format(id=c, label=label(c)) for c in categories)
    text = examples(language)
    sentences = " ".join(example_sentence(c, language) for c in categories)
    result = {
        "site.yaml": _template("site.yaml").format(
            title=json.dumps(title, ensure_ascii=False), language=language, date=today.isoformat(),
            **{key: json.dumps(text[key], ensure_ascii=False) for key in ("description", "headline", "publisher")},
            categories=entries.rstrip("\n")),
        "content/source.md": _template("source.md").format(paste_here=text["paste_here"], paste_rest=text["paste_rest"],
                                                           quoting=text["quoting"], sentences=sentences),
        ".gitignore": _template("gitignore"),
        "schema/site.schema.json": _schema("site"),
        "schema/card.schema.json": _schema("card"),
    }
    for category in categories:
        result[f"content/{category}/{EXAMPLE_SLUG}.yaml"] = _template("card.yaml").format(
            title=_scalar(text["title"].format(label=label(category))), quote=example_sentence(category, language),
            summary=text["summary"].replace("\n", "\n  "), figure=_scalar(text["figure"]), tag=_scalar(text["tag"]),
            category=category)
    return result


def placeholders(root: Path, config: Config) -> list[tuple[str, int, int, str]]:
    """(path, line, column, message) of each placeholder `new` wrote that the briefing in `root` still holds: the
    description, the source's headline, publisher and date (while it is the day `new` ran) in site.yaml, the
    article's text."""
    every = _all_examples().values()  # (any language's: a French briefing may have been made in English)
    found = [(SITE_FILE, *config.doc.at(("source", key)), f"source.{key} is still the placeholder `new` wrote "
              f"('{written}'): write {what}")
             for key, name, written, what in (("title", "headline", config.source_title, "the article's headline"),
                                              ("publisher", "publisher", config.source_publisher, "who published it"))
             if any(written == text[name] for text in every)]
    if any(config.description == text["description"] for text in every):
        found.append((SITE_FILE, *config.doc.at(("description",)), "description is still the placeholder `new` "
                      "wrote: say what the briefing covers, in its language"))
    line, column = config.doc.at(("source", "date"))
    try:
        settings = (root / SITE_FILE).read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeError):
        settings = []
    if 0 < line <= len(settings) and (dated := _DATE_LINE.match(settings[line - 1])) and len(set(dated.groups())) == 1:
        found.append((SITE_FILE, line, column, f"source.date is still the day `new` ran ({dated[1]}): write the day "
                      "the article was published"))
    try:
        text = (root / config.source_file).read_text("utf-8-sig")
    except (OSError, UnicodeError):
        text = ""
    for paste_here in (example["paste_here"] for example in every):
        if (at := text.find(paste_here)) >= 0:
            found.append((config.source_file, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at),
                          f"the article is still the placeholder `new` wrote ('{paste_here}...'): paste the article "
                          "in its place"))
            break
    return found


def _refuse_inside_a_briefing(folder: Path, given: Path) -> None:
    """A briefing made in another's content/, templates/ or output folder would break that one's next build (a
    folder of content/ is a category) or be published with it."""
    try:
        whole = folder.resolve()  # (wherever links lead: 'lnk/b', lnk a link to a briefing's content/)
    except (RuntimeError, OSError):  # a link in a loop (Python before 3.13 raises RuntimeError)
        raise UsageError(f"cannot make {given}: a link on its way leads round in a loop") from None
    for above in whole.parents:
        if (above / SITE_FILE).is_file():
            inside = whole.relative_to(above).parts[0]
            if inside in ("content", "templates", "output") or inside.startswith("."):
                raise UsageError(f"{given} is inside the briefing {above}'s {inside}/ folder, which that briefing "
                                 "reads or publishes: make the new one beside it, not in it")
            return


def _write_whole(folder: Path, contents: dict[str, str]) -> None:
    """Write `contents` into `folder` whole or not at all: first into a hidden folder, then moved in (a file that
    could not be written left a half-made briefing, and `new` again said the folder was not empty). An empty
    `folder` that exists holds that hidden folder (it may be a mount, under a parent this user cannot write)."""
    there, parent = folder.is_dir(), folder.parent
    if not there:
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):  # a file on the way: said of the folder asked for
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder)) from None
    making = Path(tempfile.mkdtemp(prefix=".new-", dir=folder if there else parent))
    try:
        for rel, text in contents.items():
            path = making / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        if there:
            for entry in making.iterdir():
                entry.rename(folder / entry.name)
        else:
            making.chmod(0o777 & ~_umask())  # (mkdtemp's 0700: as a folder made with mkdir would be)
            making.rename(folder)
    finally:
        shutil.rmtree(making, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def create(folder: Path, categories: list[str], title: str | None, today: datetime.date | None = None,
           language: str = "en") -> None:
    """Write a new briefing into `folder`, which must not exist yet or be empty."""
    given, folder = folder, Path(os.path.abspath(folder))  # ('../mine' from a briefing's folder is beside it;
    if folder.exists() and not folder.is_dir():  # 'x/../mine' makes no x/; messages name it as given)
        raise UsageError(f"{given} is a file; `new` creates a folder")
    if folder.is_symlink() and not folder.exists():  # (it was "cannot make DIR: Not a directory")
        raise UsageError(f"{given} is a link to {os.readlink(folder)}, which does not exist: make that folder, or "
                         "remove the link")
    if folder.is_dir() and any(folder.iterdir()):
        raise UsageError(f"{given} is not empty; `new` only creates a briefing in a new or empty folder")
    _refuse_inside_a_briefing(folder, given)
    contents = files(categories, title, today or datetime.date.today(), language)
    try:
        _write_whole(folder, contents)
    except OSError as error:  # (said of the folder asked for, not of the hidden one it is first written in)
        raise UsageError(f"cannot make {given}: {error.strerror or error}") from None
    log.info("created %s: site.yaml, content/source.md and %d example card%s (%s)", given, len(categories),
             "s" if len(categories) != 1 else "", ", ".join(f"content/{c}/{EXAMPLE_SLUG}.yaml" for c in categories))
    site = shlex.quote(str(given))  # in commands to paste
    steps = [(f"python -m generator serve --site {site}", "a preview, rebuilt on every save"),
             (f"python -m generator check --site {site} --coverage",
              "what the cards say that the article does not, and what no card quotes"),
             (f"python -m generator build --site {site}", f"the site, into {folder / 'output'}")]
    width = max(len(command) for command, _ in steps)
    log.info("next: paste the article into %s and write its cards; then\n%s", folder / "content" / "source.md",
             "\n".join(f"  {command.ljust(width)}  {what}" for command, what in steps))

"""The one Jinja environment a build renders with, and the template errors it raises as problems.

Its compiled code takes the shortcuts of jinjacode.py (most of a page's cost is Jinja's machinery).
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import logging
import os
import posixpath
import shutil
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from generator.cachefile import made_at, opened, sealed, shipped_path
from generator.errors import Problem, SiteError, printable
from generator.fragments import SHIPPED as _SHIPPED
from generator.fragments import FragmentCache
from generator.jinjacode import Context, Environment, Template
from generator.listings import any_worked_out
from generator.model import ASSETS
from generator.once import Once

log = logging.getLogger("generator")

TEMPLATES = "templates"
ARCHIVE = "archive.html"  # the list of a branch's briefings: deploy's (archive.py), no page of a build
CODE_MARKER = "code"  # in the compiled templates' folder: the generator code that compiled them
SHIPPED_KEPT = 4  # the shipped templates compiled by this many versions of the generator are kept for the user
_SHIPPED_KEY = "shipped-"  # starts a shipped template's bytecode cache key


def compiled_templates(folder: Path, code: str) -> Path | None:
    """`folder` for the compiled templates (Jinja's bytecode cache), emptied when `code` (the generator's) is not
    the code that compiled them: Jinja checks a template's source, not what compiles it (our `{% cache %}` tag,
    say). None if it cannot be made."""
    marker = folder / CODE_MARKER
    try:
        if not marker.is_file() or marker.read_text("utf-8") != code:
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            marker.write_text(code, "utf-8")
    except OSError:
        return None
    return folder


def shipped_templates(code: str) -> Path | None:
    """This user's folder for the shipped templates as this `code` (the generator's digest) compiles them, beside
    the cache key: a briefing's first build takes them compiled, as Python takes its modules from `__pycache__`.
    Making one removes all but the SHIPPED_KEPT last made. None if it cannot be made."""
    folder = shipped_path(code)
    if folder is None:
        return None
    if folder.is_dir():
        return folder
    try:
        folder.mkdir(parents=True, mode=0o700)
    except FileExistsError:
        return folder
    except OSError:
        return None
    for other in sorted(folder.parent.iterdir(), key=made_at)[:-SHIPPED_KEPT]:
        if other != folder:
            shutil.rmtree(other, ignore_errors=True)
    return folder


def shipped_folder(env: jinja2.Environment) -> Path | None:
    """Where `env` keeps the shipped templates compiled, if anywhere (see shipped_templates)."""
    kept = env.bytecode_cache
    return Path(kept.shipped) if isinstance(kept, _SealedBytecodeCache) and kept.shipped else None


class _SealedBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled templates, each file sealed under this user's key (`cachefile.sealed`): Jinja unpickles and
    unmarshals what it finds there, so a file planted in a site's cache folder would run its code. The shipped
    templates' go in `shipped`, if given (see shipped_templates)."""

    def __init__(self, directory: str, shipped: str | None = None) -> None:
        super().__init__(directory)
        self.shipped = shipped

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        key = super().get_cache_key(name, filename)
        return f"{_SHIPPED_KEY}{key}" if self.shipped and filename and filename.startswith(_SHIPPED) else key

    def _get_cache_filename(self, bucket: jinja2.bccache.Bucket) -> str:
        if self.shipped and bucket.key.startswith(_SHIPPED_KEY):
            return os.path.join(self.shipped, self.pattern % (bucket.key,))
        return super()._get_cache_filename(bucket)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            with open(self._get_cache_filename(bucket), "rb") as file:
                data = opened(file.read())
        except OSError:
            return
        if data is not None:
            bucket.bytecode_from_string(bytes(data))

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        name = self._get_cache_filename(bucket)
        temporary = f"{name}.{os.getpid()}.tmp"  # put in place whole: another build may be reading it
        try:
            with open(temporary, "wb") as file:
                file.write(sealed(bucket.bytecode_to_string()))
            os.replace(temporary, name)
        except OSError as error:
            log.debug("could not keep the compiled template %s: %s", name, error)
            with contextlib.suppress(OSError):
                os.unlink(temporary)


class _Undefined(jinja2.StrictUndefined):
    """Jinja's StrictUndefined, saying what a misspelt attribute may have meant (`card.headline`: 'title'?)."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        said: str = super()._undefined_message
        if self._undefined_obj is jinja2.utils.missing or not isinstance(self._undefined_name, str):
            return said  # (a name the page does not have: said where the template's names are, templateerrors.py)
        from generator.templateerrors import attribute_meant

        return said + attribute_meant(self._undefined_obj, self._undefined_name)


# how every template is read and escaped: the site's pages and the preview's error page alike
SETTINGS: dict[str, Any] = {"autoescape": True, "undefined": _Undefined, "trim_blocks": True,
                            "lstrip_blocks": True, "keep_trailing_newline": True}


def shipped_environment() -> jinja2.Environment:
    """The shipped templates alone, for the preview's error page: it must show while the site's own templates are
    what is broken."""
    return jinja2.Environment(loader=jinja2.PackageLoader("generator", TEMPLATES), **SETTINGS)


def make_environment(site_root: Path, bytecode_folder: Path | None, code: str | None = None) -> jinja2.Environment:
    """The site's templates/ first, then the shipped defaults; compiled templates kept in `bytecode_folder`, the
    shipped ones in this user's folder for the generator's `code`, if given (see shipped_templates)."""
    shipped = shipped_templates(code) if bytecode_folder and code else None
    env = Environment(
        loader=jinja2.ChoiceLoader([
            _FileSystemLoader(site_root / TEMPLATES),
            jinja2.PackageLoader("generator", TEMPLATES),
        ]),
        **SETTINGS,
        auto_reload=False,  # an environment lives for one build: no stat of every template a page uses, per page
        extensions=[FragmentCache, Once],
        # compiled templates kept beside the build cache (checked against each template's source when loaded):
        # each worker process would otherwise compile the templates it uses, 10-25 ms each build
        bytecode_cache=_SealedBytecodeCache(str(bytecode_folder), str(shipped) if shipped else None)
        if bytecode_folder else None,
    )
    env.template_class = Template
    env.context_class = Context
    env.filters["any_worked_out"] = any_worked_out
    env.globals["range"] = counted_range
    for name in ("random", "lipsum"):  # (a page made anew at each build: built twice, a site would differ)
        env.filters.pop(name, None)
        env.globals.pop(name, None)
    return env


RANGE_LIMIT = 100_000  # numbers a template's range() may give (as Jinja's sandbox allows)


def counted_range(*args: int) -> range:
    """range(), refusing more than RANGE_LIMIT numbers: `range(10**12)` in a template ran for ever, unsaid."""
    numbers = range(*args)
    if len(numbers) > RANGE_LIMIT:
        raise OverflowError(f"range() of {len(numbers):,} numbers; a template may count to {RANGE_LIMIT:,}")
    return numbers


def compile_all(env: jinja2.Environment, pages: tuple[str, ...],
                site_root: Path) -> tuple[list[Problem], list[Problem]]:
    """Compile every page template (so that worker processes forked later have them); the errors of those that
    do not compile and that the `pages` templates use, all of them (a page stops at its first error: the pages
    would say them one at a time), and those of templates no page uses: warnings (a draft does not stop a build)."""
    broken: dict[str, Problem] = {}
    folder = site_root / TEMPLATES
    if os.path.lexists(folder) and not folder.is_dir():  # (Jinja takes it as no folder: the shipped look, unsaid)
        what = (f"a link to {'a file' if folder.exists() else 'nothing'} ({os.readlink(folder)})"
                if folder.is_symlink() else "not a folder (a file, a pipe or a device)")
        return [Problem(TEMPLATES, 1, 1, f"{TEMPLATES}/ is {what}: the generator's own templates would stand in for "
                                         "the site's; make it the folder of the site's templates, or remove it")], []
    unreadable = "template error: cannot be read (a link to nothing?)"
    for name in env.list_templates(filter_func=_page_template):
        own = site_root / TEMPLATES / name
        try:
            if own.is_symlink() and not own.exists():  # (the shipped template of that name would stand in, unsaid)
                broken[name] = Problem(f"{TEMPLATES}/{name}", 1, 1, unreadable)
                continue
            env.get_template(name)
        except jinja2.TemplateError as error:
            from generator.templateerrors import template_problem

            found = template_problem(error)
            if found is None or found.path == f"{TEMPLATES}/?":  # listed, but not there
                found = Problem(f"{TEMPLATES}/{name}", 1, 1, unreadable)
            broken[name] = found
        except (SyntaxError, RecursionError) as error:  # Python's own limits on the code Jinja makes of it
            broken[name] = Problem(f"{TEMPLATES}/{name}", 1, 1, "template error: its tags are nested too deeply to "
                                   f"compile ({getattr(error, 'msg', None) or error}): nest fewer blocks")
        except OSError as error:  # (the file, or a folder on its way to it, this user may not read)
            broken[name] = Problem(f"{TEMPLATES}/{name}", 1, 1, f"template error: cannot be read: {error.strerror} "
                                   "(the file, or a folder on its way)")
    faulty = list(broken.items())
    if folder.is_dir() and any(folder.rglob("*.html")):  # (the shipped templates alone are known good)
        from generator.templatefaults import faults

        trees = {name: tree for name, tree in template_trees(env, env.list_templates(filter_func=_page_template))
                 if name is not None and tree is not None and name not in broken}
        faulty += faults(env, trees, folder)
    used = used_templates(env, pages) if faulty else None
    known = sorted((used or set()) | set(pages))
    return ([problem for name, problem in faulty if used is None or name in used],
            [dataclasses.replace(problem, message=f"{problem.message} (no page uses it"
                                 + (f": did you mean {meant}?)" if (meant := meant_template(name, known)) else ")"))
             for name, problem in faulty if used is not None and name not in used])


def meant_template(name: str, known: list[str]) -> str | None:
    """The template a misspelt `name` means: one of a name like it in its folder ('cards.html', 'card.html'), or of
    its name in a folder of a name like it ('partial/card_grid.html'); not another in the same folder
    ('partials/byline.html' is no 'partials/timeline.html')."""
    folder, base = posixpath.split(name)
    for other in difflib.get_close_matches(name, known, n=3, cutoff=0.75):
        other_folder, other_base = posixpath.split(other)
        if other_base == base or (other_folder == folder and
                                  difflib.SequenceMatcher(None, base, other_base).ratio() >= 0.8):
            return other
    return None


def used_templates(env: jinja2.Environment, pages: tuple[str, ...]) -> set[str] | None:
    """The templates `pages` use (extend, include, import), as far as their text tells; None when one names a
    template only known at render time (any may be used)."""
    used: set[str] = set()
    for name, _ in template_trees(env, pages):  # (one that does not compile: used, and said where it is)
        if name is None:
            return None
        used.add(name)
    return used


def template_trees(env: jinja2.Environment, names: Iterable[str],
                   parsed: dict[str, Any] | None = None) -> Iterator[tuple[str | None, nodes.Template | None]]:
    """Each template `names` are or use (extend, include, import), once, with its parsed tree: None for one that
    cannot be read or parsed, and (None, None) for a template only named at render time. `parsed` keeps the
    trees between calls."""
    from jinja2 import meta

    seen: set[str] = set()
    todo: list[str | None] = list(names)
    while todo:
        name = todo.pop()
        if name is None:
            yield None, None
            continue
        if name in seen:
            continue
        seen.add(name)
        tree = parsed.get(name) if parsed is not None else None
        if tree is None:
            try:
                source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
                tree = env.parse(source, name, filename)
            except (jinja2.TemplateError, OSError, RecursionError):  # (compile_all says what)
                yield name, None
                continue
            if parsed is not None:
                parsed[name] = tree
        yield name, tree
        try:
            todo.extend(meta.find_referenced_templates(tree))
        except RecursionError:  # (nested past Python's limit: compile_all says so)
            continue


def _page_template(name: str) -> bool:
    """A template a build compiles: not an asset, the preview's, or the list of briefings (deploy's: archive.py)."""
    return name.endswith(".html") and not name.startswith((f"{ASSETS}/", "preview/")) and name != ARCHIVE


class _NotText(jinja2.TemplateSyntaxError):
    """A template file that cannot be read as UTF-8 text; `column`: where on its line."""

    def __init__(self, message: str, line: int, column: int, name: str, filename: str) -> None:
        super().__init__(message, line, name, filename)
        self.column = column


class _FileSystemLoader(jinja2.FileSystemLoader):
    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        """Jinja's, with a file that is not UTF-8 text or cannot be read reported as the template's error (Jinja
        passes a pipe, a device or a folder by, as if the site had no such template)."""
        for folder in self.searchpath:
            name = os.path.join(folder, *template.split("/"))
            if os.path.exists(name) and not os.path.isfile(name):
                raise _NotText("cannot read file: not a file (a folder, a pipe or a device)", 1, 1, template, name)
        try:
            source, filename, uptodate = super().get_source(environment, template)
            return source.removeprefix("\ufeff"), filename, uptodate  # (a byte-order mark: in every page, unseen)
        except jinja2.TemplateNotFound:  # (an OSError too)
            raise
        except (UnicodeDecodeError, OSError) as error:
            filename = next((name for folder in self.searchpath
                             if os.path.isfile(name := os.path.join(folder, *template.split("/")))), template)
            if not isinstance(error, UnicodeDecodeError):
                raise _NotText(f"cannot read file: {error.strerror or error}", 1, 1, template, filename) from None
            with open(filename, "rb") as file:
                data = file.read()
            line = data.count(b"\n", 0, error.start) + 1
            column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
            raise _NotText(f"not UTF-8 text (byte 0x{data[error.start]:02x}); save the file as UTF-8", line, column,
                           template, filename) from None


def kept_out(rel: Path) -> bool:
    """A file an editor or a tool keeps beside the assets, not for the site: in a hidden folder or hidden itself
    (.git/config, .env), an editor's backup (style.css~, #style.css#, .style.css.swp)."""
    return any(part.startswith(".") for part in rel.parts) or rel.name.endswith("~") or (
        rel.name.startswith("#") and rel.name.endswith("#"))


def site_assets(site_root: Path) -> dict[str, bytes]:
    """Files under templates/assets/, the site's own replacing the shipped ones by name (see kept_out)."""
    found: dict[str, bytes] = {}
    shipped = resources.files("generator").joinpath(TEMPLATES, ASSETS)
    for item in sorted(shipped.iterdir(), key=lambda p: p.name):
        if item.is_file():
            found[f"{ASSETS}/{item.name}"] = item.read_bytes()
    own = site_root / TEMPLATES / ASSETS
    if own.is_symlink():  # (its files published from wherever it leads: a briefing taken from others, to ~/.ssh)
        log.warning("warning: %s/%s is a link, left out of the site: make it a folder and copy the files in (or "
                    "link %s/ as a whole to a shared folder)", TEMPLATES, ASSETS, TEMPLATES)
    elif os.path.lexists(own) and not own.is_dir():
        log.warning("warning: %s/%s is not a folder (a file, a pipe or a device), left out of the site: make it the "
                    "folder of the site's own files", TEMPLATES, ASSETS)
    elif own.is_dir():
        unread: list[Problem] = []  # (a folder this user may not list, rglob passes over without a word)
        for path in [own, *sorted(own.rglob("*"))]:
            rel = f"{ASSETS}/{path.relative_to(own).as_posix()}".removesuffix("/.")
            if path.is_dir() and not path.is_symlink():
                if kept_out(path.relative_to(own)):  # (a hidden folder: left out, readable or not)
                    continue
                try:
                    os.scandir(path).close()
                except OSError as error:
                    unread.append(Problem(f"{TEMPLATES}/{rel}", 1, 1, f"cannot read the folder: {error.strerror}"))
                continue
            if path.is_symlink():  # (as in content/: the site's files are its own)
                log.warning("warning: %s/%s is a link, left out of the site: copy the file in", TEMPLATES, rel)
            elif not path.is_file() and not path.is_dir() and not kept_out(path.relative_to(own)):
                log.warning("warning: %s/%s is not a file (a pipe, a socket or a device), left out of the site",
                            TEMPLATES, printable(rel))
            elif printable(rel) != rel and path.is_file():  # (a line end: git's list of the files to publish splits)
                log.warning("warning: %s/%s has a control character in its name, left out of the site: rename it",
                            TEMPLATES, printable(rel))
            elif "\\" in rel and path.is_file():  # (the build refuses to write it: it may mean a folder on Windows)
                log.warning("warning: %s/%s has a backslash in its name, which a web address reads as '/', left out "
                            "of the site: rename it", TEMPLATES, rel)
            elif path.is_file() and not kept_out(path.relative_to(own)):
                try:
                    found[rel] = path.read_bytes()
                except OSError as error:
                    unread.append(Problem(f"{TEMPLATES}/{rel}", 1, 1, f"cannot read the file: {error.strerror}"))
        if unread:
            raise SiteError(unread)
    return found

"""A template's error as a problem: where it is (the template line, the site's line calling a shipped template,
what included it) and, for a misspelt name, attribute or filter, what it may have meant."""

from __future__ import annotations

import dataclasses
import itertools
import linecache
import re
import traceback
from collections.abc import Mapping
from pathlib import Path

import jinja2

from generator.environment import TEMPLATES
from generator.errors import Problem
from generator.fragments import SHIPPED as _SHIPPED


def template_problem(error: Exception) -> Problem | None:
    """Where a template failed: the line of a syntax error, or the template line in a render error's traceback.
    None for an error that no template line raised (not the templates' doing)."""
    if isinstance(error, jinja2.TemplateSyntaxError):  # (the lexer's own, "Missing end of comment tag", give the
        # template's file as its name and no file: Jinja 3.1's lexer.Failure)
        hint = " (is a {{ … }} or {% … %} here, or on the line before, not closed as it opened?)" \
            if re.fullmatch(r"unexpected '.'", error.message or "") else _filter_meant(error.message or "") \
            or _left_open(error)
        return Problem(_template_rel(error.filename or error.name, error.name), error.lineno or 1,
                       getattr(error, "column", 1),
                       f"template error: {error.message}{hint}")
    frames = [(frame.f_code.co_filename, line) for frame, line in traceback.walk_tb(error.__traceback__)
              if frame.f_code.co_filename.endswith((".html", ".xml", ".txt", ".json"))
              and TEMPLATES in Path(frame.f_code.co_filename).parts]
    if frames:  # the innermost template line; or, when that is the generator's own, the site's line that called it
        filename, line = frames[-1]
        caller = next((frame for frame in reversed(frames) if not frame[0].startswith(_SHIPPED)), None)
        page = f" (making {made})" if isinstance(made := getattr(error, "page", None), str) else ""  # see render.py
        if filename.startswith(_SHIPPED) and caller is not None:
            return Problem(_template_rel(caller[0], None), caller[1], _column(caller[0], caller[1], error),
                           f"template error: {_message(error)} (in "
                           f"the generator's {_template_rel(filename, None)}, line {line}, which it calls){page}")
        if filename.startswith(_SHIPPED) and (macro := _own_macro(error)) is not None:  # the site's macro called
            own, at, name = macro  # by a shipped template as the shipped macro is: `when(card, words)`
            return Problem(_template_rel(own, None), at, 1, f"template error: {_message(error)} (the generator's "
                           f"{_template_rel(filename, None)}, line {line}, calls {name}() as the generator's "
                           f"{_template_rel(own, None).removeprefix(TEMPLATES + '/')} has it){page}")
        outer = next((frame for frame in reversed(frames) if frame[0] != filename), None)  # what included it
        if outer is not None:
            linecache.checkcache(outer[0])  # (the preview's process lives on while templates are edited)
        within = f" (included by {_template_rel(outer[0], None)}, line {outer[1]})" if outer is not None and not \
            outer[0].startswith(_SHIPPED) and "include" in linecache.getline(outer[0], outer[1]) else ""
        # (not a template it extends, whose line calls the block: nor one that imports a macro)
        return Problem(_template_rel(filename, None), line, _column(filename, line, error),
                       f"template error: {_message(error)}{within}{page}")
    if isinstance(error, jinja2.TemplateError):
        return Problem(f"{TEMPLATES}/?", 1, 1, f"template error: {type(error).__name__}: {_message(error)}")
    return None


def _column(filename: str, line: int, error: Exception) -> int:
    """Where on a template's line its error is, as far as the error says: the undefined name ("'crad' is
    undefined"), the attribute ("has no attribute 'titel'"), the link ("url('politcs/')"), else the line's first
    tag; 1 if none is found."""
    linecache.checkcache(filename)  # (the preview's process lives on while templates are edited)
    text = linecache.getline(filename, line)
    said = str(error)
    name = re.match(r"'([A-Za-z_]\w*)' is undefined", said) or re.search(r"has no attribute '([A-Za-z_]\w*)'", said)
    pattern = None if name is None else rf"(?<![\w.])(?<!for )(?<!set )({re.escape(name[1])})\b" if name[0].endswith(
        "undefined") else rf"\.({re.escape(name[1])})\b"  # (not a loop's or a set's own name)
    if name is None and (link := re.match(r"url\((['\"])(.*?)\1\)", said)):  # ("url('politcs/'): the site has no such
        pattern = rf"(url\(\s*['\"]{re.escape(link[2])}['\"])"  # page")
    for tag in re.finditer(r"\{\{.*?\}\}|\{%.*?%\}", text):
        if pattern is None:
            return tag.start() + 1
        code = tag[0] if name is None else _STRING.sub(lambda found: " " * len(found[0]), tag[0])  # (not a word of a
        if found := re.search(pattern, code):  # string: "crad: " ~ crad.title)
            return tag.start() + found.start(1) + 1
    found_tag = re.search(r"\{[{%]", text)
    return found_tag.start() + 1 if found_tag else 1


_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")


_OPENS = {"if", "for", "block", "macro", "call", "filter", "with", "autoescape", "trans", "cache", "once"}


def _left_open(error: jinja2.TemplateSyntaxError) -> str:
    """' (the {% if %} of line 26 is not closed)' for Jinja's "The innermost block that needs to be closed is 'if'"
    (it says where it noticed, often the end of the template: not where the tag opened)."""
    open_tag = re.search(r"The innermost block that needs to be closed is '(\w+)'", error.message or "")
    if open_tag is None or not error.source:
        return ""
    stack: list[tuple[str, int]] = []
    try:
        tokens = [token for token in jinja2.Environment().lex(error.source) if token[1] != "whitespace"]
    except jinja2.TemplateSyntaxError:
        return ""
    for (line, kind, _), (_, _, name) in itertools.pairwise(tokens):
        if kind != "block_begin" or line > (error.lineno or line):
            continue
        if name in _OPENS or (name == "set" and _sets_a_block(tokens, line)):
            stack.append((name, line))
        elif name.startswith("end") and stack and stack[-1][0] == name[3:]:
            stack.pop()
    opened = next((line for name, line in reversed(stack) if name == open_tag[1]), None)
    return f" (the {{% {open_tag[1]} %}} of line {opened} is not closed)" if opened and opened != error.lineno else ""


def _sets_a_block(tokens: list[tuple[int, str, str]], line: int) -> bool:
    """Whether the {% set %} of `line` is a block (`{% set x %}…{% endset %}`, no '=')."""
    return not any(kind == "operator" and value == "=" for at, kind, value in tokens if at == line)


def _own_macro(error: Exception) -> tuple[str, int, str] | None:
    """(file, line, name) of a macro of the site's own templates that the error names ("macro 'when' takes not
    more than 1 argument(s)"), among those the failing template line had (Jinja's traceback gives them)."""
    named = re.match(r"macro '([^']+)'", str(error))
    if named is None:
        return None
    for frame, _ in traceback.walk_tb(error.__traceback__):
        macro = next((value for value in frame.f_locals.values() if isinstance(value, jinja2.runtime.Macro)
                      and value.name == named[1]), None)
        if macro is not None and not (own := macro._func.__code__.co_filename).startswith(
                _SHIPPED) and TEMPLATES in Path(own).parts:
            linecache.checkcache(own)
            lines = linecache.getlines(own)
            at = next((n for n, text in enumerate(lines, 1) if re.search(rf"macro\s+{macro.name}\b", text)), 1)
            return own, at, macro.name
    return None


def _message(error: Exception) -> str:
    """What went wrong, in words: Python's own message, or what a template did to cause it."""
    if isinstance(error, RecursionError):
        return "no end to templates including, extending or calling one another (too many levels)"
    if isinstance(error, jinja2.TemplateNotFound) and str(error) == error.name:
        return f"no template {error.name!r} in {TEMPLATES}/ or among the generator's own"
    if isinstance(error, MemoryError):
        return "out of memory"
    if len(error.args) > 1 and isinstance(error.args[-1], str):  # OSError, OverflowError: (errno, text)
        return error.args[-1]
    said = str(error) or type(error).__name__
    return said + (_name_meant(error) if isinstance(error, jinja2.UndefinedError) else _filter_meant(said))


def _name_meant(error: jinja2.UndefinedError) -> str:
    """' (did you mean 'card'?)' for `{{ crad.title }}`: among the names the template line had (Jinja's rewritten
    traceback gives its frame the template's variables). An attribute's is said by the Undefined (environment.py)."""
    asked = re.fullmatch(r"'([^']+)' is undefined", str(error))
    if asked is None:
        return ""
    names = [name for frame, _ in traceback.walk_tb(error.__traceback__)
             if frame.f_code.co_filename.endswith((".html", ".xml", ".txt", ".json")) for name in frame.f_locals]
    if asked[1] in names:  # the page has it, the failing line's macro not: a macro sees only what it is passed
        return (f" (a name of the page's, which a macro does not see unless it is passed: pass {asked[1]} to it, or "
                "import its template `with context`)")
    return _meant(asked[1], names)


def attribute_meant(owner: object, name: str) -> str:
    """' (did you mean 'title'?)' for `card.headline`: among the attributes (a mapping's keys) of what has none; for
    one of the generator's own objects with none like it, what it has (its fields first)."""
    names = list(owner) if isinstance(owner, Mapping) else [n for n in dir(owner) if not n.startswith("_")]
    meant = _meant(name, [n for n in names if isinstance(n, str)])
    if meant or not type(owner).__module__.startswith("generator.") or isinstance(owner, Mapping):
        return meant
    fields = [field.name for field in dataclasses.fields(owner)] if dataclasses.is_dataclass(owner) else []
    has = [*fields, *(n for n in names if n not in fields and not callable(getattr(type(owner), n, None)))]
    return f" (a {type(owner).__name__} has {', '.join(has)})"  # (all: a Card's properties come last)


def _filter_meant(message: str) -> str:
    """' (did you mean 'join'?)' for a filter or test the environment does not have."""
    from generator.environment import make_environment

    asked = re.match(r"No (filter|test) named '([^']+)'", message)
    if asked is None:
        return ""
    if (asked[1], asked[2]) == ("filter", "random"):
        return " (taken away: a page must be the same at every build)"
    env = make_environment(Path(), None)  # (the filters and tests of a site's: Jinja's and the generator's)
    return _meant(asked[2], list(env.filters if asked[1] == "filter" else env.tests))


def _meant(name: str, names: list[str]) -> str:
    """' (did you mean 'title'?)': as a card's misspelt key is told (validate.guess: case, spelling, another word
    for it, `headline` for title)."""
    from generator.validate import guess

    found = guess(name, sorted(set(names)))
    return f" (did you mean {found[0]!r}?)" if found else ""


def _template_rel(filename: str | None, name: str | None) -> str:
    if filename:
        parts = Path(filename).parts
        if TEMPLATES in parts:
            at = len(parts) - 1 - parts[::-1].index(TEMPLATES)
            return "/".join(parts[at:])
    return f"{TEMPLATES}/{name or '?'}"

"""What a site's own templates write that the pages' Content-Security-Policy will not let a browser run or apply.

Every page allows only the site's own files (`script-src 'self'; style-src 'self'`, see render.CSP): a script or a
style written in a template builds, validates and then does nothing, silently, in the browser. `check` says so.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.environment import TEMPLATES
from generator.errors import Problem

_COMMENTS = re.compile(r"\{#.*?#\}|<!--.*?-->", re.S)  # (blanked, line ends kept, before looking)
_TAG = re.compile(r"<([a-zA-Z][\w-]*)\b([^<>]*)>")
_SCRIPT_SOURCE = re.compile(r"(?<![\w-])src\s*=", re.I)
# a type that no browser runs: a data block (application/ld+json, text/template), which the policy lets be
_DATA_BLOCK = re.compile(r"""(?<![\w-])type\s*=\s*(?:"|'|)(?!["'])"""
                         r"(?!(?:text|application)/(?:x-)?(?:java|ecma)script\b|module\b)", re.I)
_HANDLER = re.compile(r"(?<![\w-])(on[a-z]+)\s*=", re.I)
_STYLE_ATTRIBUTE = re.compile(r"(?<![\w-])style\s*=", re.I)
_SCRIPT_URL = re.compile(r"""(?<![\w-])(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.I)
_AWAY = ("the pages' Content-Security-Policy lets only the site's own files {what}; put it in "
         "templates/assets/ and link it with url()")


def blocked_inline(site_root: Path) -> list[Problem]:
    """Each inline script, style element, `style` attribute, event handler attribute and `javascript:` link in the
    site's own templates, at its place."""
    folder = site_root / TEMPLATES
    found: list[Problem] = []
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        if path.suffix not in (".html", ".xml", ".svg") or not path.is_file():
            continue
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeError):  # (said as the template's own error)
            continue
        rel = path.relative_to(site_root).as_posix()
        found += [Problem(rel, *_place(text, at), message) for at, message in _inline(text)]
    return found


def _inline(text: str) -> list[tuple[int, str]]:
    """(offset, what does nothing) in one template's text."""
    text = _COMMENTS.sub(lambda comment: re.sub(r"[^\n]", " ", comment.group()), text)
    found = []
    for tag in _TAG.finditer(text):
        name, attributes = tag.group(1).lower(), tag.group(2)
        if name == "script" and not _SCRIPT_SOURCE.search(attributes) and not _DATA_BLOCK.search(attributes):
            found.append((tag.start(), "an inline <script> does not run: " + _AWAY.format(what="run")))
        elif name == "style":
            found.append((tag.start(), "a <style> element does not apply: " + _AWAY.format(what="style the pages")))
        if handler := _HANDLER.search(attributes):
            found.append((tag.start(2) + handler.start(1), f"an {handler.group(1).lower()}= attribute does not run: "
                          + _AWAY.format(what="run")))
        if style := _STYLE_ATTRIBUTE.search(attributes):
            found.append((tag.start(2) + style.start(), "a style= attribute does not apply: "
                          + _AWAY.format(what="style the pages")))
        if link := _SCRIPT_URL.search(attributes):
            found.append((tag.start(2) + link.start(), "a javascript: link does not run: "
                          + _AWAY.format(what="run")))
    return found


def _place(text: str, at: int) -> tuple[int, int]:
    """(line, column) of offset `at`, counted from 1."""
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1

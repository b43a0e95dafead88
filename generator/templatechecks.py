"""What a site's own templates do that builds but does nothing: a template no page uses (a misspelt name), and
what the pages' Content-Security-Policy will not let a browser run or apply.

Every page allows only the site's own files (`script-src 'self'; style-src 'self'`, see render.CSP): a script or a
style written in a template builds, validates and then does nothing, silently, in the browser. `check` says so.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

from generator.environment import ARCHIVE, ASSETS, TEMPLATES, make_environment, meant_template, used_templates
from generator.errors import Problem

_COMMENTS = re.compile(r"\{#.*?#\}|<!--.*?-->", re.S)  # (blanked, line ends kept, before looking)
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_VALUES = re.compile(r"""(["'])(.*?)\1""", re.S)  # an attribute's value, in quotes
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
_LINK_VALUE = re.compile(r"""(?<![\w-])(?:href|src|action|poster|cite)\s*=\s*(["'])(.*?)\1""", re.I | re.S)
_ELSEWHERE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:|//|#|\?")  # another site, mail, data:; the page itself
_INCLUDED = re.compile(r"""\{%-?\s*include\s+(["'])([^"']+)\1""")
_SUMMARY_HTML = re.compile(r"""\.\s*summary_html\b|\[\s*(['"])summary_html\1\s*\]""")
_SAFE = re.compile(r"\|\s*safe\b")
_SAFE_OF_OURS = re.compile(r"\s*summary\s*\(")  # {{ summary(card) | safe }}: sanitized HTML, made for the page
_ESCAPE_OFF = re.compile(r"\{%-?\s*autoescape\s+false\b")
_LOADING = {"script", "img", "link", "iframe", "audio", "video", "source", "embed", "object"}
_AWAY_SOURCE = re.compile(r"""(?<![\w-])(?:src|href|data)\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]+)""", re.I)
_LOADED_LINK = re.compile(r"""(?<![\w-])rel\s*=\s*["']?[^"'>]*\b(?:stylesheet|icon|preload|modulepreload|manifest)\b""",
                          re.I)
_RAW_SUMMARY = re.compile(r"""\.\s*summary\b(?!\s*\()|\[\s*(['"])summary\1\s*\]""")  # card.summary, card['summary']


def blocked_inline(site_root: Path) -> list[Problem]:
    """Each inline script, style element, `style` attribute, event handler attribute and `javascript:` link in the
    site's own templates, at its place."""
    folder = site_root / TEMPLATES
    found: list[Problem] = []
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        if path.suffix not in (".html", ".xml", ".svg") or not path.is_file() or \
                path.relative_to(folder).parts[0] == ASSETS:  # (an asset is a file of its own: no page's policy)
            continue
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeError):  # (said as the template's own error)
            continue
        rel = path.relative_to(site_root).as_posix()
        found += [Problem(rel, *_place(text, at), message) for at, message in _inline(text, rel)]
        if rel == f"{TEMPLATES}/base.html" and not _writes_policy(text, folder):
            found.append(Problem(rel, 1, 1, "this base.html writes no Content-Security-Policy: keep the shipped "
                                 "<meta http-equiv=\"Content-Security-Policy\" content=\"{{ page.csp }}\"> in its "
                                 "<head>, which lets no script but the site's own files run"))
    return found


def _writes_policy(text: str, folder: Path) -> bool:
    """Whether a base.html writes `page.csp`, itself or in a template it includes (the site's, or the shipped one)."""
    if "page.csp" in text:
        return True
    shipped = Path(__file__).parent / TEMPLATES
    for _, name in _INCLUDED.findall(text):
        for place in (folder / name, shipped / name):
            if place.is_file():
                try:
                    if "page.csp" in place.read_text("utf-8"):
                        return True
                except (OSError, UnicodeError):
                    pass
                break
    return False


def _inline(text: str, rel: str = "") -> list[tuple[int, str]]:
    """(offset, what does nothing, or not what it seems) in one template's text (at `rel` in the site)."""
    text = _COMMENTS.sub(_blank, text)
    found = [(shown.start(1) + raw.start(), "card.summary is the summary's Markdown as written (with | safe, its HTML "
              "as written, unsanitized): show it with {{ summary(card) }}")
             for shown in re.finditer(r"\{\{(.*?)\}\}", text, re.S) for raw in _RAW_SUMMARY.finditer(shown.group(1))]
    found += [(shown.start(1) + raw.start(), "card.summary_html's links are made for the card's own page (from any "
               "other, a link to another card leads nowhere): show it with {{ summary(card) }}")
              for shown in re.finditer(r"\{\{(.*?)\}\}", text, re.S) for raw in _SUMMARY_HTML.finditer(shown.group(1))]
    found += [(shown.start(1) + unsafe.start(), f"| safe writes {shown.group(1)[:unsafe.start()].strip()} as HTML, "
               "unescaped: a card's or site.yaml's text would make tags (a <meta http-equiv=refresh> sends the reader "
               "to another site); leave | safe off")
              for shown in re.finditer(r"\{\{(.*?)\}\}", text, re.S) if (unsafe := _SAFE.search(shown.group(1)))
              and not _SAFE_OF_OURS.match(shown.group(1)) and not _RAW_SUMMARY.search(shown.group(1))]
    found += [(off.start(), "{% autoescape false %} writes every value as HTML, unescaped: a card's or site.yaml's "
               "text would make tags; leave it out") for off in _ESCAPE_OFF.finditer(text)]
    text = _JINJA.sub(_blank, text)  # ({% if a > b %} in a tag ended it; {% if online == 1 %} was an attribute)
    for tag in _TAG.finditer(text):
        name, attributes = tag.group(1).lower(), _VALUES.sub(lambda value: value.group(1) + "_" * len(
            value.group(2)) + value.group(1), tag.group(2))  # (href="?only=1" is no on…= attribute)
        if name == "script" and not _SCRIPT_SOURCE.search(attributes) and not _DATA_BLOCK.search(tag.group(2)):
            found.append((tag.start(), "an inline <script> does not run: " + _AWAY.format(what="run")))
        elif name == "style":
            found.append((tag.start(), "a <style> element does not apply: " + _AWAY.format(what="style the pages")))
        if handler := _HANDLER.search(attributes):
            found.append((tag.start(2) + handler.start(1), f"an {handler.group(1).lower()}= attribute does not run: "
                          + _AWAY.format(what="run")))
        if style := _STYLE_ATTRIBUTE.search(attributes):
            found.append((tag.start(2) + style.start(), "a style= attribute does not apply: "
                          + _AWAY.format(what="style the pages")))
        if link := _SCRIPT_URL.search(tag.group(2)):
            found.append((tag.start(2) + link.start(), "a javascript: link does not run: "
                          + _AWAY.format(what="run")))
        found += [(tag.start(2) + value.start(2), _by_hand(value.group(2)))
                  for value in _LINK_VALUE.finditer(tag.group(2)) if _written_by_hand(value.group(2))]
        if name in _LOADING and (away := _AWAY_SOURCE.search(tag.group(2))) and (
                name != "link" or _LOADED_LINK.search(tag.group(2))):
            found.append((tag.start(2) + away.start(1), f"a <{name}> from another site ('{away.group(1)}') does not "
                          "load: the pages' Content-Security-Policy lets only the site's own files in (and a page "
                          "makes no request outside the site); put it in templates/assets/ and link it with url()"))
    return found


def _written_by_hand(value: str) -> bool:
    """Whether a link's value (its Jinja blanked) starts with a path of this site written out."""
    return bool(value) and not value[:1].isspace() and not _ELSEWHERE.match(value) and "javascript:" not in value


def _by_hand(value: str) -> str:
    """What a link to a site path written by hand does, and the url() to write instead."""
    path = value.split()[0] if value.split() else value
    target = re.sub(r"^(?:\.\.?/|/)+", "", path).removesuffix("index.html")
    how = "leads nowhere from the file system, nor under a base_url" if path.startswith("/") else \
        "leads somewhere else from pages in each folder"
    return f"a link written by hand ('{path}') {how}: write {{{{ url('{target}') }}}}, made for each page"


def _blank(found: re.Match[str]) -> str:
    """`found` as spaces, its line ends kept (places stay where they were)."""
    return re.sub(r"[^\n]", " ", found.group())


def _place(text: str, at: int) -> tuple[int, int]:
    """(line, column) of offset `at`, counted from 1."""
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def unused(site_root: Path) -> list[Problem]:
    """Each of the site's own templates that no page template uses, extends, includes or imports, as far as their
    text tells (nothing when one names a template only known at render time; one that does not compile is said
    so, by the build)."""
    from generator.render import PAGE_TEMPLATES

    pages = (*PAGE_TEMPLATES, "404.html")
    folder = site_root / TEMPLATES
    if not folder.is_dir():
        return []
    own = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.html")
                 if path.is_file() and path.relative_to(folder).parts[0] not in (ASSETS, "preview"))
    if not (own := [name for name in own if name != ARCHIVE]):
        return []
    env = make_environment(site_root, None)
    used = used_templates(env, pages)
    if used is None:
        return []
    shipped = sorted(used | set(pages))
    found = []
    for name in own:
        if name in used or not _compiles(env, name):
            continue
        meant = meant_template(name, shipped)
        hint = f": did you mean {meant}?" if meant else " (a page is one of " + ", ".join(pages) + \
            ", and what they extend, include or import: a template of another name makes no page)"
        found.append(Problem(f"{TEMPLATES}/{name}", 1, 1, f"no page uses this template{hint}"))
    return found


def _compiles(env: jinja2.Environment, name: str) -> bool:
    try:
        env.get_template(name)
    except jinja2.TemplateError:
        return False
    return True


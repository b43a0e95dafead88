"""Card Markdown to safe HTML (its links moved to another page: urls.py)."""

from __future__ import annotations

import re
from html import escape, unescape
from html.parser import HTMLParser
from typing import Any

import nh3

from generator.brackets import MARKDOWN_SEARCH_LIMIT, markdown_search
from generator.unshowable import unshowable_chars, unshowable_message
from generator.urls import LINK, SCHEME, as_browsers_read

# (no heading: one in a summary would break the page's outline, a card's title at h3 on the front page)
TAGS = {"a", "abbr", "b", "bdi", "blockquote", "br", "code", "em", "hr", "i", "li", "ol", "p", "pre", "q", "s",
        "small", "span", "strong", "sub", "sup", "ul"}
# `lang` on any element (WCAG 3.1.2, the language of a part), checked by _attribute_filter; `"*"` also replaces
# ammonia's default attributes for every element (`lang` and `title`, neither checked). (Not q's cite: nh3 lets
# any URL through.)
ATTRIBUTES = {"*": {"lang"}, "a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}}
DIRECTIONS = {"ltr", "rtl", "auto"}
ATTRIBUTE_VALUES = {"span": {"dir": DIRECTIONS}, "bdi": {"dir": DIRECTIONS}}  # text in another direction
SCHEMES = {"http", "https", "mailto"}
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")  # what a BCP 47 tag looks like: "ur", "zh-Hant"
_HREF = re.compile(r'<a href="([^"]*)"')  # as plain_paragraphs writes links
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)  # a scheme (http:x.org too), or //host


MAX_TAGS_LEFT_OPEN = 1_000  # Markdown's time grows with their square: 1,000 take 0.08 s (closed ones do not)
_TAG_LEFT_OPEN = re.compile(r"<[A-Za-z/!?][^<>]*(?=<|\Z)")  # '<a ' with no '>' before the next '<'


class Refused(ValueError):
    """A summary that cannot be rendered as it is written; the message says why and what to do. `each`: every
    such mistake, each as (message, the text of the summary it is at, which of its occurrences: 0 the first)."""

    def __init__(self, message: str, each: list[tuple[str, str, int]] | None = None) -> None:
        super().__init__(message)
        self.each = each or [(message, "", 0)]


class Renderer:
    """One reused Markdown converter (a new instance per card costs half as much again), made when a summary
    first needs it: most are plain enough for `plain_paragraphs`, and importing Markdown takes 10 ms."""

    def __init__(self) -> None:
        self._md: Any = None

    def render(self, text: str) -> str:
        """Markdown -> sanitized HTML: no scripts, handlers, styles, frames or javascript:/data: URLs; raises Refused
        for text Markdown would take too long over, or a character reference to one no page can show (not one in a
        code span, shown as written)."""
        html = self._render(text)
        if "&#" in text and (chars := unshowable_chars(html)):  # (a reference HTML makes a control character of)
            each = _unshowable_references(text, set(chars))
            if not each:
                raise Refused(f"summary writes a character reference: {unshowable_message(chars[0])}")
            raise Refused(each[0][0], each)
        return html

    def _render(self, text: str) -> str:
        html = plain_paragraphs(text)
        if html is not None and all(":" not in href and not href.startswith("//") and "\\" not in href
                                    for href in _HREF.findall(html)):
            return html  # paragraphs, <strong> and site links, made here: as sanitize() would leave them
        if html is None:
            if (search := markdown_search(text)) > MARKDOWN_SEARCH_LIMIT:
                raise Refused(f"summary's brackets would have Markdown search {search:,} characters for a closing ']' "
                              f"or ')' (the limit is {MARKDOWN_SEARCH_LIMIT:,}): a '[' left open or closed far away; "
                              "close each near where it opens, or write \\[ for a bracket that opens no link")
            if (tags := len(_TAG_LEFT_OPEN.findall(text))) > MAX_TAGS_LEFT_OPEN:  # '<a ' 6,666 times took 5.5 s
                raise Refused(f"summary has {tags:,} HTML tags without their '>' (the limit is {MAX_TAGS_LEFT_OPEN:,}):"
                              " Markdown would take too long over them; write &lt; for a '<' that starts no tag")
            if self._md is None:
                import markdown

                self._md = markdown.Markdown(extensions=[], output_format="html")
            try:
                html = self._md.reset().convert(text)
            except RecursionError:  # its block parser recurses once a level: `1. ` 2,000 times on a line
                self._md = None
                raise Refused(f"summary nests lists or quotes too deeply for Markdown to read; the limit is "
                              f"{MAX_NESTING} elements inside each other") from None
        # Python-Markdown's own placeholder: '*a**b*[link](x)' left 'klzzwxh:0000' and U+0003 on the page
        if _PLACEHOLDER in html and _PLACEHOLDER not in text:
            raise Refused("summary's * or _ marks do not pair up before a link or tag, and Markdown would show its own "
                          f"placeholder text ('{_PLACEHOLDER}…') in their place: close each * or _ it opens, or write "
                          "\\* for a star of its own")
        if "<" in text and (raw := _shown_as_text(html)):
            raise Refused(f"summary writes <{raw[1]}>, whose content (left open: the rest of the summary) HTML shows "
                          f"as text, tags and all; remove it, or write &lt;{raw[1]}> for the word itself")
        return sanitize(html)


_PLACEHOLDER = "klzzwxh:"  # what Python-Markdown's stash puts for a link or tag, replaced once its inlines are done

# elements whose content HTML reads as text (the sanitizer drops the tag and shows the rest, tags and all); not
# <script> and <style>, dropped with their content
_RAW_TEXT = re.compile(r"<(textarea|title|noscript|iframe|noembed|noframes|xmp|plaintext)(?![\w-])[^>]*>?",
                       re.IGNORECASE)


def _shown_as_text(html: str) -> re.Match[str] | None:
    """Such an element holding tags (left open, it holds the rest of the summary): they would show as text."""
    for raw in _RAW_TEXT.finditer(html):
        end = html.lower().find(f"</{raw[1].lower()}", raw.end()) if raw[1].lower() != "plaintext" else -1  # (never
        # closed: it runs to the end)
        if "<" in html[raw.end():end if end >= 0 else len(html)]:
            return raw
    return None


_NUMERIC_REFERENCE = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+);?")


def _unshowable_references(text: str, chars: set[str]) -> list[tuple[str, str, int]]:
    """Each numeric character reference in `text` that makes one of `chars` (`&#1;`, `&#xFFFE;`: HTML makes them the
    character itself): (the message, the reference, which of its occurrences)."""
    found: list[tuple[str, str, int]] = []
    seen: dict[str, int] = {}
    for match in _NUMERIC_REFERENCE.finditer(text):
        reference = match.group()
        nth = seen[reference] = seen.get(reference, -1) + 1
        digits = reference.removeprefix("&#").removesuffix(";").lstrip("0xX") or "0"
        if len(digits) > 8:  # (past U+10FFFF whatever it is: and Python reads no more than 4,300 digits)
            continue
        code = int(digits, 16) if reference[2:3] in "xX" else int(digits)
        if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            continue  # (the replacement character, as a browser makes it)
        try:  # (HTML reads &#128; to &#159; as Windows-1252 does, but for the five it leaves out)
            made = bytes([code]).decode("cp1252") if 0x80 <= code <= 0x9F else chr(code)
        except UnicodeDecodeError:
            made = chr(code)
        if made in chars:
            found.append((f"summary writes {reference}: {unshowable_message(made)}", reference, nth))
    return found


# sanitized HTML's tags: those that end a line of text, then any (attribute values are always in double quotes)
_BLOCK_TAG = re.compile(r"</?(?:p|li|br|h[1-6]|blockquote|hr|pre|ul|ol)\b[^>]*>")
_TAG = re.compile(r'<(?:[^>"]|"[^"]*")*>')


def plain_text(html: str, limit: int = 200, between_blocks: str = " ") -> str:
    """The words of a sanitized summary as one line of at most `limit` characters, cut after a word with "…"
    (for a page's description: no Markdown or tags left in what search results and link previews show); its
    paragraphs and list items joined by `between_blocks`."""
    if len(html) > 3 * limit:  # a long summary: its first words will do, when they make more than `limit`
        head = html[: 2 * limit]
        head = head[: head.rfind("<")] if "<" in head else head  # (no tag cut in two)
        text = _words(head, between_blocks)
        # a cut character reference (`&am`) spoils at most the last word, which what is kept ends before
        if text.rfind(" ") > limit:
            return text[: limit - 3].rsplit(" ", 1)[0] + "…"
    text = _words(html, between_blocks)
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + "…"


def _words(html: str, between_blocks: str) -> str:
    return " ".join(unescape(_TAG.sub("", _BLOCK_TAG.sub(between_blocks, html))).split())


def sanitize(html: str) -> str:
    """Only the allowed tags, attributes (and values: a language tag in `lang`, a direction in `dir`) and URL
    schemes, each element holding what HTML allows it to; links to other sites get rel="noopener noreferrer"."""
    clean = nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, tag_attribute_values=ATTRIBUTE_VALUES,
                      attribute_filter=_attribute_filter, url_schemes=SCHEMES, link_rel=None, strip_comments=True)
    return LINK.sub(_mark_external, conform(clean) if "<" in html else clean)


_OPEN_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)")
_MAYBE_DROPPED = re.compile(r"<|!\[|^ {0,3}#|^ {0,3}(?:=+|-+) *$", re.MULTILINE)


def dropped_elements(text: str) -> list[str]:
    """The HTML elements a summary's Markdown makes or holds that `sanitize` drops (`img`, `div`...), for `check`."""
    if not _MAYBE_DROPPED.search(text):  # (no tag, image or heading: most summaries, no Markdown run)
        return []
    import markdown

    html = markdown.markdown(text, output_format="html")
    return sorted({name.lower() for name in _OPEN_TAG.findall(html)} - TAGS)


def dropped_links(text: str) -> list[str]:
    """The addresses of a summary's links that `sanitize` drops, their text left linking nowhere: a scheme no page
    may link to (`htps:`, `javascript:`), for `check`."""
    if "](" not in text and "href" not in text.lower() and "<" not in text:
        return []
    html = plain_paragraphs(text)  # (Markdown's own output, for most summaries: ~0.4 ms a card saved)
    if html is None:
        import markdown

        html = markdown.markdown(text, output_format="html")
    found = []
    for href in _HREF.findall(html):
        read = as_browsers_read(unescape(href))
        scheme = SCHEME.match(read)
        if scheme and scheme[0][:-1].lower() not in SCHEMES:
            found.append(unescape(href))
    return found


def lost_text(text: str) -> str:
    """The words of a summary's Markdown its page does not show: what `sanitize` drops with the element holding it
    (a script, a template, an unclosed <svg>'s rest), for `check`; '' if none."""
    import difflib

    import markdown

    before = _words(markdown.markdown(text, output_format="html"), " ").split()
    after = _words(Renderer().render(text), " ").split()
    lost = [before[i1:i2] for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, before, after, autojunk=False)
            .get_opcodes() if tag in ("delete", "replace")]
    return " … ".join(" ".join(words) for words in lost)


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    """A `lang` that does not look like a language tag goes; a `dir` (one of DIRECTIONS, whatever its case: nh3
    has checked it) in lower case, as the stylesheet's [dir="rtl"] expects."""
    if attribute == "lang":
        return value if _LANGUAGE_TAG.fullmatch(value) else None
    return value.lower() if attribute == "dir" else value


BLOCKS = frozenset({"p", "ul", "ol", "li", "blockquote", "hr", "pre"})
_NO_BLOCKS = (TAGS - BLOCKS - {"a"}) | {"p", "pre"}  # `a` holds what its parent may
_VOID = frozenset({"br", "hr"})


class _Element:
    __slots__ = ("attrs", "children", "tag")

    def __init__(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tag, self.attrs = tag, attrs
        self.children: list[_Element | str] = []

    def __str__(self) -> str:
        attrs = "".join(f' {name}="{escape(value or "")}"' for name, value in self.attrs)
        inside = "".join(escape(c, quote=False) if isinstance(c, str) else str(c) for c in self.children)
        return f"<{self.tag}{attrs}>" if self.tag in _VOID else f"<{self.tag}{attrs}>{inside}</{self.tag}>"


MAX_NESTING = 100  # elements inside each other: what conform's recursion (and a reader) can take


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("", [])
        self.open = [self.root]
        self.deepest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, attrs)
        self.open[-1].children.append(element)
        if tag not in _VOID:
            self.open.append(element)
            self.deepest = max(self.deepest, len(self.open) - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        while len(self.open) > 1 and self.open.pop().tag != tag:
            pass

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)


def conform(html: str) -> str:
    """Sanitized HTML with every element holding what HTML allows: the sanitizer parses `<b>x <i>y</p> z` or an
    `<i>` left open across paragraphs as browsers do, into an `<i>` holding a `<p>` (which the Nu checker rejects);
    such an element gives way to what it holds, text straight in a list goes into a list item, and empty elements
    (a paragraph, a link with no text) go. `html` comes back as it was when nothing needs it; raises Refused when
    elements nest more than MAX_NESTING deep."""
    tree = _Tree()
    tree.feed(html)
    tree.close()
    if tree.deepest > MAX_NESTING:
        raise Refused(f"summary nests {tree.deepest:,} elements inside each other (HTML tags, or Markdown's lists and "
                      f"quotes); the limit is {MAX_NESTING}")
    fixed = _fixed(tree.root)
    return html if fixed is None else "".join(escape(c, quote=False) if isinstance(c, str) else str(c) for c in fixed)


def _holds_block(node: _Element | str) -> bool:
    return isinstance(node, _Element) and (node.tag in BLOCKS or (node.tag == "a" and any(map(_holds_block,
                                                                                              node.children))))


def _in_list(node: _Element | str) -> bool:
    """What a list may hold: items, and white space between them."""
    return node.tag == "li" if isinstance(node, _Element) else not node.strip()


def _fixed(node: _Element) -> list[_Element | str] | None:
    """What `node`'s children become, or None when none of them (nor anything they hold) needs a change."""
    changed, children = False, []
    for child in node.children:
        if isinstance(child, _Element):
            inside = _fixed(child)
            if inside is not None:
                child.children, changed = inside, True
            blank = all(isinstance(c, str) and not c.strip() for c in child.children) and child.tag not in _VOID
            if (child.tag in _NO_BLOCKS and any(map(_holds_block, child.children))) or (blank and child.tag not in (
                    "li", "pre")):
                children += child.children  # gives way to what it holds (an empty paragraph or link: its spaces)
                changed = True
                continue
        children.append(child)
    if node.tag in ("ul", "ol") and not all(_in_list(c) for c in children):
        items: list[_Element | str] = []
        loose: _Element | None = None  # the item holding the run of text and elements straight in the list
        for child in children:
            if _in_list(child):
                items.append(child)
                loose = None if isinstance(child, _Element) else loose
                continue
            if loose is None:
                loose = _Element("li", [])
                items.append(loose)
            loose.children.append(child)
        children, changed = items, True
    return children if changed else None


# Markdown that is only paragraphs of text, **strong** words and [links](url): what most summaries are.
_SPECIAL = re.compile(r"[\\`*_\[\]<>&]")  # anything else Markdown could read in running text
# a line that starts a heading, list, rule, quote or code (it may start with a **strong** word); one that ends
# in a space is a line break
_LINE_START = re.compile(r"[ #>+=|-]|\*(?!\*[^\s*])|\d+[.)]")
_NOT_IN_SPAN = r"\s*_`\[\]<>&\\"
_SPAN = re.compile(
    rf"\*\*([^{_NOT_IN_SPAN}](?:[^*_`\[\]<>&\\\n]*[^{_NOT_IN_SPAN}])?)\*\*"
    rf"|\[([^{_NOT_IN_SPAN}](?:[^*_`\[\]<>&\\\n]*[^{_NOT_IN_SPAN}])?)\]\(([^\s()<>&\"'\\*_`]+)\)")
_PARAGRAPH_BREAK = re.compile(r"\n\n+")


def plain_paragraphs(text: str) -> str | None:
    """What Python-Markdown makes of `text` when that is simple enough to be sure (None otherwise).

    Python-Markdown costs ~0.4 ms a card; this ~0.02 ms. tests/test_markup.py checks it against Python-Markdown
    on generated text, so it may only ever answer with Markdown's own output or decline.
    """
    body = text.strip("\n")
    if not body or not body.replace("\n", "").isprintable():
        return None
    for line in body.split("\n"):  # a loop over the few lines: a MULTILINE search tries every character
        if line.endswith(" ") or _LINE_START.match(line):
            return None
    paragraphs = []
    for paragraph in _PARAGRAPH_BREAK.split(body):
        html: list[str] = []
        at = 0
        for span in _SPAN.finditer(paragraph):
            gap = paragraph[at:span.start()]
            if _SPECIAL.search(gap) or (span.group(3) and gap.endswith("!")):  # '![' is an image
                return None
            strong, label, href = span.groups()
            html += (gap, f"<strong>{strong}</strong>" if strong else f'<a href="{href}">{label}</a>')
            at = span.end()
        rest = paragraph[at:]
        if _SPECIAL.search(rest):
            return None
        paragraphs.append("<p>" + "".join(html) + rest + "</p>")
    return "\n".join(paragraphs)


def _mark_external(match: re.Match[str]) -> str:
    """rel="noopener noreferrer" on a link to another site; the link as browsers read it (urls.as_browsers_read); a
    backslash percent-encoded, since browsers read it as a slash (`/\\evil.example/` is `//evil.example/`, another
    site)."""
    start, href, end = match.groups()
    href = as_browsers_read(href)
    if "\\" in href:
        href = href.replace("\\", "%5C")
    tag = start + href + end
    if _EXTERNAL.match(href):
        return tag.replace("<a ", '<a rel="noopener noreferrer" ', 1)
    return tag

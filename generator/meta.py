"""Metadata for the render stage: JSON-LD per page, sitemap.xml, robots.txt and cards.json (data for other tools)."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from generator.model import Card, Site

if TYPE_CHECKING:
    from mmap import mmap

SCHEMA_ORG = "https://schema.org"
_SCRIPT_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))  # made once, not per page
_encode_string: Callable[[str], str] = json.encoder.encode_basestring  # (C: a string as JSON, quotes and all)
# Characters that could end the <script> data block or confuse an HTML parser, as JSON escapes.
_SCRIPT_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(data: dict[str, Any]) -> Markup:
    """JSON for an inline `<script type="application/ld+json">`: '</script>' in content cannot close it."""
    return Markup(_script_safe(_SCRIPT_ENCODER.encode(data)))


class PageInfo:
    """What every template gets about the page being rendered (`page`). Its description and structured data are
    made when a template first reads them: a site's own templates may show neither."""

    def __init__(self, path: str, folder: str, title: str, description: str | Callable[[], str], canonical: str,
                 csp: str, site: Site | None, template: str = "", card: Card | None = None) -> None:
        self.path = path  # output file, like 'politics/bridge-vote/index.html'
        self.folder = folder  # its site folder, like 'politics/bridge-vote/'
        self.title = title
        self._description = description
        self.canonical = canonical  # absolute URL when site.yaml gives `url`, else the site path
        self.csp = csp  # (Markup, escaped by the renderer: a site's words.space_before binds no space in it)
        self._about = (site, template, card)  # what its structured data says (none without a site)
        # Open Graph type: 'article' for the briefing and card pages, the two that json_ld() makes NewsArticles
        self.og_type = "article" if site is not None and (template == "index.html" or card is not None) else "website"
        # the folder of the masthead's link this page is (its aria-current): the front, a category and the source
        # page; None for the others (a card page, 404)
        self.section = folder if template in ("index.html", "category.html", "source.html") else None
        # the folder of the masthead's link a card page is within (its category's: aria-current="true")
        self.within = f"{card.category}/" if card is not None and template == "card.html" else None

    @cached_property
    def description(self) -> str:
        return self._description if isinstance(self._description, str) else self._description()

    @cached_property
    def json_ld(self) -> str:
        """The page's structured data, already escaped for an inline data block ('' if it has none)."""
        site, template, card = self._about
        if site is None:
            return ""
        if card is not None and template != "index.html":
            return card_json_ld(site, self.folder, self.description, card)
        return script_json(json_ld(site, template, self.folder, self.title, self.description, card))


def absolute(site: Site, folder: str) -> str:
    """The public URL of a site folder ('' when site.yaml gives no `url`)."""
    return f"{site.url}{site.base_url}{folder}" if site.url else ""


def source_article(site: Site) -> dict[str, Any]:
    """The article the briefing rests on, as a schema.org NewsArticle."""
    source = site.source
    data: dict[str, Any] = {
        "@type": "NewsArticle", "headline": source.title, "datePublished": source.date.iso,
        "publisher": {"@type": "Organization", "name": source.publisher},
    }
    if source.url:
        data["url"] = source.url
    if source.author:
        data["author"] = {"@type": "Person", "name": source.author}
    return data


def json_ld(site: Site, template: str, folder: str, title: str, description: str,
            card: Card | None = None) -> dict[str, Any]:
    """Structured data for one page: the briefing and each card are NewsArticles of their own, based on the source
    (`isBasedOn`: a search engine is not to take them for the source article)."""
    briefing: dict[str, Any] = {
        "@type": "NewsArticle", "headline": site.title, "inLanguage": site.language,
        "isBasedOn": source_article(site),
    }
    if site.description:
        briefing["description"] = site.description
    if site.url:
        briefing["url"] = absolute(site, "")
    if template == "index.html":
        data = briefing
    elif card is not None:
        data = {"@type": "NewsArticle", "headline": card.title, "description": description,
                "inLanguage": site.language, "isBasedOn": source_article(site), "isPartOf": briefing}
        if card.tags:
            data["keywords"] = list(card.tags)
    else:
        data = {"@type": "WebPage", "name": title, "description": description, "inLanguage": site.language,
                "isPartOf": briefing}
    if not description:  # (optional in site.yaml and a category)
        data.pop("description", None)
    if site.url:
        data["url"] = absolute(site, folder)
    return {"@context": SCHEMA_ORG, **data}


def card_json_ld(site: Site, folder: str, description: str, card: Card) -> Markup:
    """`script_json(json_ld(...))` of a card page, its keys in the same (sorted) order: the parts every card page
    shares (the source article, the briefing) encoded once a site (7 µs a card page, not 24)."""
    _, head, tail = _shared_parts(site)
    # its texts encoded, then made safe in one go (joined by NUL, which JSON writes as \u0000)
    texts = [description, card.title, absolute(site, folder), *card.tags]
    described, title, url, *tags = _script_safe("\0".join(map(_encode_string, texts))).split("\0")
    return Markup("".join((head, f',"description":{described}' if description else "", f',"headline":{title}', tail,
                           f',"keywords":[{",".join(tags)}]' if tags else "", f',"url":{url}' if site.url else "",
                           "}")))


_shared: tuple[Site, str, str] | None = None  # the last site's: (it, the JSON before a card's description, after)


def _shared_parts(site: Site) -> tuple[Site, str, str]:
    global _shared
    if _shared is None or _shared[0] is not site:
        encode = _SCRIPT_ENCODER.encode
        head = f'{{"@context":{encode(SCHEMA_ORG)},"@type":"NewsArticle"'
        briefing = json_ld(site, "index.html", "", "", site.description)  # (the front page's: the briefing's)
        del briefing["@context"]
        tail = (f',"inLanguage":{encode(site.language)},"isBasedOn":{encode(source_article(site))}'
                f',"isPartOf":{encode(briefing)}')
        _shared = (site, _script_safe(head), _script_safe(tail))
    return _shared


def _script_safe(text: str) -> str:
    for char, escaped in _SCRIPT_SAFE.items():  # five replace() calls: 30 times faster than str.translate here
        text = text.replace(char, escaped)
    return text


def crawler_files(site: Site, folders: list[str]) -> dict[str, bytes]:
    """robots.txt always; sitemap.xml (and robots' Sitemap line) only when site.yaml gives `url`.

    A sitemap must list absolute URLs, and without `url` the public address is unknown.
    """
    files: dict[str, bytes] = {}
    robots = "User-agent: *\nAllow: /\n"
    if site.url:
        locations = (html.escape(absolute(site, folder), quote=False) for folder in folders)
        entries = "".join(f"  <url><loc>{location}</loc></url>\n" for location in locations)
        files["sitemap.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</urlset>\n"
        ).encode()
        robots += f"Sitemap: {absolute(site, 'sitemap.xml')}\n"
    files["robots.txt"] = robots.encode()
    return files


def cards_json(site: Site, previous: Callable[[Card], bytes | None] | None = None) -> bytes:
    """The site's data for other tools, in site order, with stable key order: one card a line (diffable, and
    Python's C encoder does it; an indented dump goes through its slow pure-Python one). `previous(card)` may
    give a card's line as the last build wrote it (see `previous_lines`)."""
    cards = [(previous(card) if previous else None) or _card_line(site, card) for card in site.cards]
    listed = b"[\n" + b",\n".join(cards) + b"\n  ]" if cards else b"[]"  # bytes: 6 MB at 5,000 cards, held once
    return f'{{\n{_site_line(site)}\n  "cards": '.encode() + listed + b"\n}\n"


def spliced_cards_json(site: Site, data: bytes | mmap, old: list[str], order: list[str], changed: list[Card]
                       ) -> list[bytes | memoryview] | None:
    """The last build's cards.json (`data`, its bytes or a map of its file; `old` the files of its cards, in its
    order) with the lines of the `changed` cards made again, as pieces (views of `data` between the new lines),
    if the site's cards are its files in its order (`order`) and its card-free part is the site's; else None.
    6 MB neither copied nor split into 5,000 lines (~40 ms taken one by one; in a worker, 20 ms split and joined)."""
    if order != old:
        return None
    starts, find, at = [0], data.find, data.find(b"\n")  # where each line starts (the last: the end)
    while at >= 0:
        starts.append(at + 1)
        at = find(b"\n", at + 1)
    if len(starts) != len(order) + 6 or data[starts[1]:starts[2] - 1] != _site_line(site).encode():
        return None
    place = {path: at for at, path in enumerate(order)}.__getitem__ if len(changed) > 8 else order.index
    lines = {place(card.path): card for card in changed}
    view, done = memoryview(data), 0
    pieces: list[bytes | memoryview] = []
    for at in sorted(lines):
        line = 3 + at  # after "{", the site's line and '  "cards": ['
        pieces += [view[done:starts[line]], _card_line(site, lines[at]) + (b"," if at < len(order) - 1 else b"")]
        done = starts[line + 1] - 1  # (its newline stays)
    return [*pieces, view[done:]]


def _site_line(site: Site) -> str:
    about = {
        "title": site.title, "description": site.description, "url": site.url, "base_url": site.base_url,
        "language": site.language,
        "source": {"file": site.source.file, "title": site.source.title, "publisher": site.source.publisher,
                   "author": site.source.author, "date": site.source.date.iso, "url": site.source.url},
        "categories": [{"id": c.id, "label": c.label, "description": c.description} for c in site.categories],
    }
    return f'  "site": {_encode(about)},'


def _card_line(site: Site, card: Card) -> bytes:
    return f"    {_encode(card_data(card, site.base_url + card.folder, site.base_url + card.passage))}".encode()


_ENCODER = json.JSONEncoder(ensure_ascii=False)
# its C encoder, made once (JSONEncoder.encode makes one a call: 5,000 for cards.json at 5,000 cards); None where
# Python has no C accelerator for json
_make_c_encoder: Any = getattr(json.encoder, "c_make_encoder", None)
_c_encoder = _make_c_encoder(None, _ENCODER.default, json.encoder.encode_basestring, None, ": ", ", ", False, False,
                             True) if _make_c_encoder is not None else None


def _encode(value: dict[str, Any]) -> str:
    """`_ENCODER.encode(value)`."""
    return "".join(_c_encoder(value, 0)) if _c_encoder is not None else _ENCODER.encode(value)


def previous_lines(data: bytes | None, order: list[str], unchanged: set[str]) -> Callable[[Card], bytes | None] | None:
    """The card lines of the last build's cards.json (`data`; `order` the files of its cards, in its order), for
    the cards in `unchanged`: a line is made from its card and the card-free site alone."""
    if not data or not unchanged:
        return None
    lines = [line.removesuffix(b",") for line in data.split(b"\n") if line.startswith(b"    {")]
    if len(lines) != len(order):
        return None
    by_file = dict(zip(order, lines, strict=True))
    return lambda card: by_file.get(card.path) if card.path in unchanged else None


def card_data(card: Card, url: str, passage: str) -> dict[str, Any]:
    """A card's entry in cards.json (`url`: its page's, `passage`: its quoted passage's on the source page)."""
    return {
        "slug": card.slug, "category": card.category, "file": card.path, "url": url, "title": card.title,
        "summary": card.summary, "source_quote": card.source_quote, "passage": passage,
        "quote_start": card.quote_start, "quote_end": card.quote_end, "date": card.date.iso if card.date else None,
        "date_end": card.date_end.iso if card.date_end else None, "date_inferred": card.date_inferred,
        "date_expected": card.date_expected,
        "figures": [{"label": f.label, "value": f.value, "value_max": f.value_max, "unit": f.unit, "from": f.start,
                     "key": f.key, "hedge": f.hedge} for f in card.figures],
        "tags": list(card.tags), "related": list(card.related),
    }


# ruff: noqa: E501 - the peers' templates are kept one line per construct, as their authors write them
"""Adapters: the same synthetic cards as input for Hugo, Pelican, MkDocs, staticjinja and Eleventy, and the
hand-written Python floor the shared notes measured (PyYAML, Python-Markdown and Jinja2 alone).

Every peer builds: one page per card (title, date, Markdown summary, figures, quote, tags) at
`<category>/<slug>/index.html`, a front page listing every card with its summary grouped by category,
a timeline page of the dated cards in date order, and one page per category listing its cards.
Feeds, search indexes, sitemaps, taxonomies, 404 pages and minifiers are off wherever the tool allows.

What differs (said in the README too): each card's figures and quote are written into its Markdown body
as a list and a block quote, so the peers render them through Markdown while this generator formats them
in templates (figures with number formatting and SVG bars). This generator also builds the highlighted
source page, the figures panel, related-card links, cards.json, JSON-LD and a sitemap, which the peers
do not. MkDocs gets its front, timeline and category pages as generated Markdown (it has no listing
pages of its own), and an explicit six-entry nav (its automatic nav puts every page in every page).
"""

from __future__ import annotations

import json
import os
import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from synth import CATEGORIES, SynthCard, SynthSite

LABELS = dict(CATEGORIES)


@dataclass
class Peer:
    name: str
    prepare: Callable[[SynthSite, Path], None]  # write the peer's project into a folder (not timed)
    command: Callable[[Path, Path], list[str]]  # (project, output) -> the build command (timed)
    layout: str = "pretty"  # card pages at <category>/<slug>/index.html


def body(card: SynthCard) -> str:
    """The card as Markdown: summary, figures as a list, the quote as a block quote."""
    lines = [card.summary.rstrip("\n"), ""]
    for figure in card.figures:
        start = f"{figure['from']} → " if "from" in figure else ""
        lines.append(f"- **{figure['label']}**: {start}{figure['value']} {figure.get('unit') or ''}".rstrip())
    lines += ["", f"> {card.quote}", ""]
    return "\n".join(lines)


def front_matter(card: SynthCard, extra: dict[str, object] | None = None) -> str:
    data: dict[str, object] = {"title": card.title, "category": card.category, "slug": card.slug,
                               "when": card.date or "", "tags": card.tags}
    data.update(extra or {})
    return "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in data.items()) + "---\n"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# -- Hugo ---------------------------------------------------------------------------------------------
HUGO_BASE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<link rel="stylesheet" href="/style.css"></head><body><nav><a href="/">Home</a> <a href="/timeline/">Timeline</a>
{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
"""
HUGO_SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ with .Params.when }}<p><time>{{ . }}</time></p>{{ end }}
{{ .Content }}<ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul></article>{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
{{ .Content }}</article>{{ end }}{{ end }}
"""
HUGO_HOME = """{{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ range .Site.Sections }}<section><h2>{{ .Title }}</h2>
{{ range .Pages }}<article><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>{{ .Content }}</article>{{ end }}
</section>{{ end }}{{ end }}
"""
HUGO_TIMELINE = """{{ define "main" }}<h1>Timeline</h1><ol>{{ range sort (where .Site.RegularPages "Params.when" "!=" "") "Params.when" }}
<li><time>{{ .Params.when }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Section }}</li>{{ end }}</ol>{{ end }}
"""


def prepare_hugo(site: SynthSite, root: Path) -> None:
    _write(root / "hugo.toml", textwrap.dedent("""\
        baseURL = "/"
        title = "Synthetic briefing"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        [markup.goldmark.renderer]
        unsafe = false
        """))
    _write(root / "layouts/baseof.html", HUGO_BASE)
    _write(root / "layouts/single.html", HUGO_SINGLE)
    _write(root / "layouts/list.html", HUGO_LIST)
    _write(root / "layouts/home.html", HUGO_HOME)
    _write(root / "layouts/timeline.html", HUGO_TIMELINE)
    _write(root / "static/style.css", "body{font-family:sans-serif}\n")
    _write(root / "content/timeline.md", '---\ntitle: "Timeline"\nlayout: "timeline"\n---\n')
    for cid, label in CATEGORIES:
        _write(root / f"content/{cid}/_index.md", f'---\ntitle: "{label}"\n---\n')
    for card in site.cards:
        _write(root / f"content/{card.category}/{card.slug}.md", front_matter(card) + body(card))


def hugo_binary(venv: Path) -> str:
    found = sorted(venv.glob("lib/python*/site-packages/hugo/binaries/hugo*"))
    return str(found[0]) if found else str(venv / "bin" / "hugo")


# -- Pelican ------------------------------------------------------------------------------------------
PELICAN_CONF = """
AUTHOR = "Bench"
SITENAME = "Synthetic briefing"
SITEURL = ""
PATH = "content"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE = (2024, 1, 1)
DEFAULT_PAGINATION = False
USE_FOLDER_AS_CATEGORY = True
ARTICLE_URL = "{category}/{slug}/"
ARTICLE_SAVE_AS = "{category}/{slug}/index.html"
CATEGORY_URL = "{slug}/"
CATEGORY_SAVE_AS = "{slug}/index.html"
DIRECT_TEMPLATES = ["index", "timeline"]
TIMELINE_SAVE_AS = "timeline/index.html"
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
PAGE_SAVE_AS = ""
STATIC_PATHS = []
SLUGIFY_SOURCE = "basename"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""
PELICAN_BASE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{% block title %}{{ SITENAME }}{% endblock %}</title></head>
<body><nav><a href="/">Home</a> <a href="/timeline/">Timeline</a>{% for cat, _ in categories %} <a href="/{{ cat.url }}">{{ cat }}</a>{% endfor %}</nav>
<main>{% block content %}{% endblock %}</main></body></html>
"""
PELICAN_ARTICLE = """{% extends "base.html" %}{% block title %}{{ article.title }}{% endblock %}{% block content %}
<article><h1>{{ article.title }}</h1>{% if article.when %}<p><time>{{ article.when }}</time></p>{% endif %}
{{ article.content }}<ul class="tags">{% for tag in article.tags %}<li>{{ tag }}</li>{% endfor %}</ul></article>{% endblock %}
"""
PELICAN_INDEX = """{% extends "base.html" %}{% block content %}<h1>{{ SITENAME }}</h1>
{% for cat, items in categories %}<section><h2>{{ cat }}</h2>{% for article in items %}
<article><h3><a href="/{{ article.url }}">{{ article.title }}</a></h3>{{ article.content }}</article>{% endfor %}</section>{% endfor %}
{% endblock %}
"""
PELICAN_CATEGORY = """{% extends "base.html" %}{% block content %}<h1>{{ category }}</h1>{% for article in articles %}
<article><h2><a href="/{{ article.url }}">{{ article.title }}</a></h2>{{ article.content }}</article>{% endfor %}{% endblock %}
"""
PELICAN_TIMELINE = """{% extends "base.html" %}{% block content %}<h1>Timeline</h1><ol>
{% for article in articles|selectattr("when")|sort(attribute="when") %}<li><time>{{ article.when }}</time>
<a href="/{{ article.url }}">{{ article.title }}</a> {{ article.category }}</li>{% endfor %}</ol>{% endblock %}
"""


def prepare_pelican(site: SynthSite, root: Path) -> None:
    _write(root / "pelicanconf.py", PELICAN_CONF)
    templates = root / "theme" / "templates"
    for name, text in (("base.html", PELICAN_BASE), ("article.html", PELICAN_ARTICLE), ("index.html", PELICAN_INDEX),
                       ("category.html", PELICAN_CATEGORY), ("timeline.html", PELICAN_TIMELINE)):
        _write(templates / name, text)
    for card in site.cards:
        header = (f"Title: {card.title}\nSlug: {card.slug}\nWhen: {card.date or ''}\n"
                  f"Tags: {', '.join(t.replace(',', ' ') for t in card.tags)}\n\n")
        _write(root / f"content/{card.category}/{card.slug}.md", header + body(card))


# -- MkDocs -------------------------------------------------------------------------------------------
def prepare_mkdocs(site: SynthSite, root: Path) -> None:
    docs = root / "docs"
    nav = ["  - Home: index.md", "  - Timeline: timeline.md"]
    nav += [f"  - {label}: {cid}/index.md" for cid, label in CATEGORIES]
    _write(root / "mkdocs.yml", "site_name: Synthetic briefing\ntheme:\n  name: mkdocs\nplugins: []\n"
                                "use_directory_urls: true\nnav:\n" + "\n".join(nav) + "\n")
    home = ["# Synthetic briefing", ""]
    for cid, label in CATEGORIES:
        cards = [c for c in site.cards if c.category == cid]
        home.append(f"## {label}\n")
        listing = [f"# {label}", ""]
        for card in cards:
            entry = f"### [{card.title}]({cid}/{card.slug}.md)\n\n{card.summary}\n"
            home.append(entry)
            listing.append(entry.replace(f"]({cid}/", "]("))
        _write(docs / cid / "index.md", "\n".join(listing))
    _write(docs / "index.md", "\n".join(home))
    dated = sorted((c for c in site.cards if c.date), key=lambda c: c.date or "")
    _write(docs / "timeline.md", "# Timeline\n\n" + "\n".join(
        f"1. {c.date} [{c.title}]({c.category}/{c.slug}.md) {LABELS[c.category]}" for c in dated) + "\n")
    for card in site.cards:
        text = f"# {card.title}\n\n" + (f"*{card.date}*\n\n" if card.date else "") + body(card)
        text += "\n" + ", ".join(card.tags) + "\n"
        _write(docs / card.category / f"{card.slug}.md", front_matter(card) + text)


# -- staticjinja --------------------------------------------------------------------------------------
STATICJINJA_SCRIPT = '''
"""Build with staticjinja: card Markdown files rendered through a layout; listing pages from their metadata."""
import sys
from pathlib import Path

import markdown
import yaml
from staticjinja import Site

root, out = Path(sys.argv[1]), Path(sys.argv[2])
md = markdown.Markdown(output_format="html")
cards = []


def read(path):
    text = path.read_text(encoding="utf-8")
    _, head, content = text.split("---\\n", 2)
    meta = yaml.load(head, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    meta["html"] = md.reset().convert(content)
    return meta


for path in sorted((root / "templates" / "cards").rglob("*.md")):
    cards.append(read(path))
categories = [("defence", "Defence"), ("energy", "Energy"), ("industry", "Industry"), ("diplomacy", "Diplomacy")]
by_slug = {c["slug"]: c for c in cards}


def card_context(template):
    return {"card": by_slug[Path(template.name).stem]}


def render_card(site, template, **context):
    card = context["card"]
    target = out / card["category"] / card["slug"] / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    site.get_template("_card.html").stream(**context).dump(str(target), encoding="utf-8")


def render_category(site, template, **context):
    for cid, label in categories:
        target = out / cid / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        template.stream(label=label, cards=[c for c in cards if c["category"] == cid],
                                                  categories=categories).dump(str(target), encoding="utf-8")


def render_page(site, template, **context):
    name = Path(template.name).stem
    target = out / ("index.html" if name == "index" else f"{name}/index.html")
    target.parent.mkdir(parents=True, exist_ok=True)
    template.stream(**context).dump(str(target), encoding="utf-8")


site = Site.make_site(
    searchpath=str(root / "templates"), outpath=str(out),
    contexts=[(r"cards/.*\\.md", card_context),
              (r".*\\.html", lambda t: {"cards": cards, "categories": categories,
                                        "dated": sorted((c for c in cards if c["when"]), key=lambda c: c["when"])})],
    rules=[(r"cards/.*\\.md", render_card), (r"categories\\.html", render_category),
           (r"(index|timeline)\\.html", render_page)],
)
site.render()
'''
SJ_BASE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{% block title %}Synthetic briefing{% endblock %}</title></head>
<body><nav><a href="/">Home</a> <a href="/timeline/">Timeline</a>{% for cid, label in categories %} <a href="/{{ cid }}/">{{ label }}</a>{% endfor %}</nav>
<main>{% block content %}{% endblock %}</main></body></html>
"""
SJ_CARD = """{% extends "_base.html" %}{% block title %}{{ card.title }}{% endblock %}{% block content %}
<article><h1>{{ card.title }}</h1>{% if card.when %}<p><time>{{ card.when }}</time></p>{% endif %}
{{ card.html }}<ul class="tags">{% for tag in card.tags %}<li>{{ tag }}</li>{% endfor %}</ul></article>{% endblock %}
"""
SJ_INDEX = """{% extends "_base.html" %}{% block content %}<h1>Synthetic briefing</h1>{% for cid, label in categories %}
<section><h2>{{ label }}</h2>{% for card in cards if card.category == cid %}<article><h3><a href="/{{ cid }}/{{ card.slug }}/">{{ card.title }}</a></h3>
{{ card.html }}</article>{% endfor %}</section>{% endfor %}{% endblock %}
"""
SJ_CATEGORY = """{% extends "_base.html" %}{% block content %}<h1>{{ label }}</h1>{% for card in cards %}
<article><h2><a href="/{{ card.category }}/{{ card.slug }}/">{{ card.title }}</a></h2>{{ card.html }}</article>{% endfor %}{% endblock %}
"""
SJ_TIMELINE = """{% extends "_base.html" %}{% block content %}<h1>Timeline</h1><ol>{% for card in dated %}
<li><time>{{ card.when }}</time> <a href="/{{ card.category }}/{{ card.slug }}/">{{ card.title }}</a> {{ card.category }}</li>{% endfor %}</ol>{% endblock %}
"""


def prepare_staticjinja(site: SynthSite, root: Path) -> None:
    _write(root / "build.py", STATICJINJA_SCRIPT)
    for name, text in (("_base.html", SJ_BASE), ("_card.html", SJ_CARD), ("index.html", SJ_INDEX),
                       ("categories.html", SJ_CATEGORY), ("timeline.html", SJ_TIMELINE)):
        _write(root / "templates" / name, text)
    for card in site.cards:
        _write(root / f"templates/cards/{card.category}/{card.slug}.md", front_matter(card) + body(card))


# -- the Python floor ---------------------------------------------------------------------------------
# What the shared notes call the floor of a Python build: PyYAML, one reused Python-Markdown converter and
# Jinja2, written by hand, with no generator around them. It reads the staticjinja project (same cards, same
# templates) and writes the same pages; `{loader}` is libyaml's CSafeLoader, or PyYAML's pure-Python SafeLoader.
FLOOR_SCRIPT = '''
"""The floor of a Python build: PyYAML + one reused Python-Markdown + Jinja2, by hand."""
import sys
from pathlib import Path

import jinja2
import markdown
import yaml

root, out = Path(sys.argv[1]), Path(sys.argv[2])
loader = yaml.{loader}
md = markdown.Markdown(output_format="html")
env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(root / "templates")))  # as staticjinja: no autoescape
categories = [("defence", "Defence"), ("energy", "Energy"), ("industry", "Industry"), ("diplomacy", "Diplomacy")]
cards = []
for path in sorted((root / "templates" / "cards").rglob("*.md")):
    _, head, content = path.read_text(encoding="utf-8").split("---\\n", 2)
    card = yaml.load(head, Loader=loader)
    card["html"] = md.reset().convert(content)
    cards.append(card)


def write(rel, template, **context):
    target = out / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(env.get_template(template).render(categories=categories, **context), encoding="utf-8")


for card in cards:
    write(f"{{card['category']}}/{{card['slug']}}/index.html", "_card.html", card=card)
write("index.html", "index.html", cards=cards)
write("timeline/index.html", "timeline.html", dated=sorted((c for c in cards if c["when"]), key=lambda c: c["when"]))
for cid, label in categories:
    write(f"{{cid}}/index.html", "categories.html", label=label, cards=[c for c in cards if c["category"] == cid])
'''


def prepare_floor(loader: str) -> Callable[[SynthSite, Path], None]:
    def prepare(site: SynthSite, root: Path) -> None:
        prepare_staticjinja(site, root)
        _write(root / "floor.py", FLOOR_SCRIPT.format(loader=loader))

    return prepare


# -- Eleventy -----------------------------------------------------------------------------------------
ELEVENTY_CONFIG = """module.exports = function (config) {
  config.addCollection("cards", (api) => api.getFilteredByGlob("cards/**/*.md"));
  return { dir: { input: ".", includes: "_includes", output: "_site" }, templateFormats: ["md", "njk"] };
};
"""
ELEVENTY_BASE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><nav><a href="/">Home</a> <a href="/timeline/">Timeline</a>{% for c in categories %} <a href="/{{ c.id }}/">{{ c.label }}</a>{% endfor %}</nav>
<main>{{ content | safe }}</main></body></html>
"""
ELEVENTY_CARD = """---
layout: base.njk
---
<article><h1>{{ title }}</h1>{% if when %}<p><time>{{ when }}</time></p>{% endif %}
{{ content | safe }}<ul class="tags">{% for tag in card_tags %}<li>{{ tag }}</li>{% endfor %}</ul></article>
"""
ELEVENTY_INDEX = """---
layout: base.njk
title: Synthetic briefing
permalink: /index.html
---
<h1>Synthetic briefing</h1>{% for c in categories %}<section><h2>{{ c.label }}</h2>
{% for card in collections.cards %}{% if card.data.category == c.id %}<article><h3><a href="{{ card.url }}">{{ card.data.title }}</a></h3>
{{ card.content | safe }}</article>{% endif %}{% endfor %}</section>{% endfor %}
"""
ELEVENTY_CATEGORY = """---
layout: base.njk
pagination:
  data: categories
  size: 1
  alias: cat
permalink: "/{{ cat.id }}/index.html"
title: Category
---
<h1>{{ cat.label }}</h1>{% for card in collections.cards %}{% if card.data.category == cat.id %}
<article><h2><a href="{{ card.url }}">{{ card.data.title }}</a></h2>{{ card.content | safe }}</article>{% endif %}{% endfor %}
"""
ELEVENTY_TIMELINE = """---
layout: base.njk
title: Timeline
permalink: /timeline/index.html
---
<h1>Timeline</h1><ol>{% for card in collections.cards | sort(false, true, "data.when") %}{% if card.data.when %}
<li><time>{{ card.data.when }}</time> <a href="{{ card.url }}">{{ card.data.title }}</a> {{ card.data.category }}</li>{% endif %}{% endfor %}</ol>
"""


def prepare_eleventy(site: SynthSite, root: Path) -> None:
    _write(root / ".eleventy.js", ELEVENTY_CONFIG)
    _write(root / "package.json", '{"name": "bench-site", "private": true, "type": "commonjs"}\n')
    _write(root / "_includes/base.njk", ELEVENTY_BASE)
    _write(root / "_includes/card.njk", ELEVENTY_CARD)
    _write(root / "_data/categories.json", json.dumps([{"id": i, "label": label} for i, label in CATEGORIES]))
    _write(root / "index.njk", ELEVENTY_INDEX)
    _write(root / "category.njk", ELEVENTY_CATEGORY)
    _write(root / "timeline.njk", ELEVENTY_TIMELINE)
    for card in site.cards:
        extra: dict[str, object] = {"layout": "card.njk", "permalink": f"/{card.category}/{card.slug}/index.html"}
        # Eleventy's `tags` makes collections; keep the card's tags under another name
        text = front_matter(card, extra).replace('\ntags: ', '\ncard_tags: ')
        _write(root / f"cards/{card.category}/{card.slug}.md", text + body(card))


def peers(venv: Path, eleventy: Path | None) -> dict[str, Peer]:
    """The peers that are installed: name -> adapter."""
    python = str(venv / "bin" / "python")
    found = {
        "hugo": Peer("Hugo", prepare_hugo,
                     lambda p, o: [hugo_binary(venv), "--quiet", "--source", str(p), "--destination", str(o)]),
        "pelican": Peer("Pelican", prepare_pelican,
                        lambda p, o: [str(venv / "bin" / "pelican"), str(p / "content"), "-s",
                                      str(p / "pelicanconf.py"), "-o", str(o), "-q"]),
        "mkdocs": Peer("MkDocs", prepare_mkdocs,
                       lambda p, o: [str(venv / "bin" / "mkdocs"), "build", "-q", "-f", str(p / "mkdocs.yml"),
                                     "-d", str(o)]),
        "staticjinja": Peer("staticjinja", prepare_staticjinja, lambda p, o: [python, str(p / "build.py"), str(p), str(o)]),
        "floor": Peer("Python floor (libyaml)", prepare_floor("CSafeLoader"), lambda p, o: [python, str(p / "floor.py"), str(p), str(o)]),
        "floor-pure": Peer("Python floor (pure-Python YAML)", prepare_floor("SafeLoader"), lambda p, o: [python, str(p / "floor.py"), str(p), str(o)]),
    }
    found = {k: v for k, v in found.items() if Path(v.command(Path("."), Path("."))[0]).exists()}
    if eleventy is not None and (eleventy / "node_modules" / ".bin" / "eleventy").exists() and shutil.which("node"):
        binary = str(eleventy / "node_modules" / ".bin" / "eleventy")
        found["eleventy"] = Peer("Eleventy", prepare_eleventy,
                                 lambda p, o: [binary, "--input=.", f"--output={o}", "--quiet"])
    return found


def card_page(output: Path, card: SynthCard) -> Path:
    return output / card.category / card.slug / "index.html"


def missing_pages(output: Path, site: SynthSite, timeline: bool = True) -> list[str]:
    """Pages a build should have made and did not (every card, the front page, the categories, the timeline)."""
    wanted = [output / "index.html", *(output / cid / "index.html" for cid, _ in CATEGORIES)]
    if timeline:
        wanted.append(output / "timeline" / "index.html")
    missing = [str(p.relative_to(output)) for p in wanted if not p.is_file()]
    for card in site.cards:
        page = card_page(output, card)
        if not page.is_file():
            missing.append(str(page.relative_to(output)))
    for card in site.cards[:: max(1, len(site.cards) // 25)]:  # and a sample holds its card's words
        page = card_page(output, card)
        if page.is_file() and f"item {card.slug.rsplit('-', 1)[1]}" not in page.read_text(encoding="utf-8"):
            missing.append(f"{page.relative_to(output)} (without its card's text)")
    return missing


def environ() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["HUGO_CACHEDIR"] = env.get("HUGO_CACHEDIR", "")
    return env

"""Deterministic synthetic briefings: N cards across 4 categories, quotes drawn from a generated source.

`python benchmarks/synth.py DEST -n 1000` writes a site folder (site.yaml, content/source.md, content/<category>/*.yaml)
that `python -m generator build --site DEST` accepts: every quote is a sentence of the generated article.
The same cards, as plain data, feed the peers' adapters in benchmarks/peers.py.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

CATEGORIES = (("defence", "Defence"), ("energy", "Energy"), ("industry", "Industry"), ("diplomacy", "Diplomacy"))
WORDS = ("agreement", "pipeline", "minister", "delegation", "turbine", "harbour", "tariff", "railway", "grid",
         "refinery", "consortium", "budget", "quota", "treaty", "summit", "factory", "corridor", "reactor",
         "contract", "tender", "barrel", "shipment", "convoy", "airfield", "license", "dispute", "ceasefire",
         "council", "audit", "subsidy", "loan", "bond", "index", "reserve", "frontier", "province", "ministry")
NAMES = ("Amara", "Boris", "Chen", "Dalia", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kemal", "Lena",
         "Milan", "Nadia", "Oskar", "Petra", "Rafael", "Sana", "Tomas", "Uma", "Viktor", "Wen", "Yara", "Zoran")
PLACES = ("Northport", "Eastvale", "Lakeside", "Ridgefield", "Stonebridge", "Westmarch", "Highcliff", "Deepwater",
          "Greenhill", "Redmoor", "Silverton", "Ironbay")
UNITS = ("USD", "EUR", "tonnes", "megawatts", "kilometres", "jobs", "ships", "wells", None)
STATUSES = ("stated", "stated", "stated", "inferred", "expected")


@dataclass
class SynthCard:
    """One synthetic card as plain data (what the YAML file holds, plus where it goes)."""

    slug: str
    category: str
    title: str
    summary: str
    quote: str
    date: str | None = None
    date_end: str | None = None
    date_status: str | None = None
    figures: list[dict[str, object]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass
class SynthSite:
    title: str
    source_title: str
    source_text: str
    cards: list[SynthCard]


def make_site(n: int, seed: int = 0) -> SynthSite:
    """The same N cards and source for the same (n, seed)."""
    rng = random.Random(seed * 1_000_003 + n)
    tags_pool = [f"{a} {p}" for a in NAMES for p in PLACES[:4]] + list(PLACES)
    cards: list[SynthCard] = []
    sentences: list[str] = []
    for i in range(n):
        category = CATEGORIES[i % len(CATEGORIES)][0]
        w = [rng.choice(WORDS) for _ in range(6)]
        place, name = rng.choice(PLACES), rng.choice(NAMES)
        amount = rng.randint(2, 900)
        quote = (f"Officials in {place} said the {w[0]} of {amount} {w[1]}s under item {i + 1} would proceed, "
                 f"and {name} called the {w[2]} \u201cfirm\u201d.")
        sentences.append(quote)
        summary_words = [rng.choice(WORDS) for _ in range(60)]
        summary_words[rng.randrange(60)] = f"**{rng.choice(WORDS)}**"
        summary = (f"The {w[0]} in {place} covers {amount} {w[1]}s. " + " ".join(summary_words[:30]) + ".\n\n"
                   + " ".join(summary_words[30:]) + f", as [the report](../../source/) says of item {i + 1}.\n")
        card = SynthCard(slug=f"{w[0]}-{w[1]}-{i + 1}", category=category,
                         title=f"{place}: {amount} {w[1]}s in the {w[0]} (item {i + 1})", summary=summary, quote=quote)
        kind = rng.random()
        year = rng.randint(1990, 2030)
        if kind < 0.3:
            card.date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        elif kind < 0.6:
            card.date = f"{year}-{rng.randint(1, 12):02d}"
        elif kind < 0.75:
            card.date, card.date_end = str(year), str(year + rng.randint(1, 5))
        if card.date:
            card.date_status = rng.choice(STATUSES)
        for _ in range(rng.randint(1, 4)):
            unit = rng.choice(UNITS)
            figure: dict[str, object] = {"label": f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)}s",
                                         "value": rng.choice([amount, amount * 1_000_000, round(amount / 7, 2)])}
            if unit:
                figure["unit"] = unit
            if rng.random() < 0.3:
                figure["from"] = rng.randint(1, 900)
            card.figures.append(figure)
        card.tags = sorted(set(rng.sample(tags_pool, rng.randint(1, 3))))
        cards.append(card)
    paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    text = f"NORTHPORT, March 3: A synthetic report of {n} facts.\n\n" + "\n\n".join(paragraphs) + "\n"
    return SynthSite(f"Synthetic briefing of {n} cards", "A synthetic report", text, cards)


def _yaml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON strings are valid YAML double-quoted scalars


def card_yaml(card: SynthCard) -> str:
    lines = [f"title: {_yaml_text(card.title)}", "summary: |"]
    lines += [f"  {line}" if line else "" for line in card.summary.rstrip("\n").split("\n")]
    lines.append(f"source_quote: {_yaml_text(card.quote)}")
    if card.date:
        lines.append(f"date: {card.date}")
    if card.date_end:
        lines.append(f"date_end: {card.date_end}")
    if card.date_status and card.date_status != "stated":
        lines.append(f"date_status: {card.date_status}")
    if card.figures:
        lines.append("figures:")
        for figure in card.figures:
            lines.append(f"  - label: {_yaml_text(str(figure['label']))}")
            lines.append(f"    value: {figure['value']}")
            if "unit" in figure:
                lines.append(f"    unit: {figure['unit']}")
            if "from" in figure:
                lines.append(f"    from: {figure['from']}")
    if card.tags:
        lines.append("tags: [" + ", ".join(_yaml_text(t) for t in card.tags) + "]")
    return "\n".join(lines) + "\n"


def write_site(site: SynthSite, dest: Path) -> Path:
    """Write `site` as a briefing folder for this generator (replacing DEST/site.yaml and DEST/content)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(dest / "content", ignore_errors=True)
    (dest / "content").mkdir()
    categories = "\n".join(f"  - id: {cid}\n    label: {label}" for cid, label in CATEGORIES)
    (dest / "site.yaml").write_text(
        f"title: {_yaml_text(site.title)}\ndescription: \"Generated for benchmarks.\"\nbase_url: \"/\"\n"
        f"source:\n  file: content/source.md\n  title: {_yaml_text(site.source_title)}\n"
        f"  publisher: \"Synthetic Times\"\n  date: 2024-03-03\ncategories:\n{categories}\n", encoding="utf-8")
    (dest / "content" / "source.md").write_text(site.source_text, encoding="utf-8")
    for cid, _ in CATEGORIES:
        (dest / "content" / cid).mkdir()
    for card in site.cards:
        (dest / "content" / card.category / f"{card.slug}.yaml").write_text(card_yaml(card), encoding="utf-8")
    return dest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("-n", type=int, default=1000, help="number of cards (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_site(make_site(args.n, args.seed), args.dest)
    print(f"wrote {args.n} cards to {args.dest}")


if __name__ == "__main__":
    main()

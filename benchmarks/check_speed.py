"""How fast `check` is on a long source: closest-passage suggestions, coverage, the whole command.

`python benchmarks/check_speed.py [--words 150000] [--cards 300] [--misquotes 30]` writes a deterministic
site into a temporary folder (a generated article, cards quoting its sentences, some of them misquoted:
a changed word, a wrong number, a dropped clause) and prints the timings. Targets, on one shared core:
a suggestion under 0.1 s each, the whole check of the default site under 10 s.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from generator.check import check_site
from generator.coverage import measure
from generator.quotes import ClosestPassage

WORDS = ("harbour", "board", "tariff", "pipeline", "council", "budget", "treaty", "ministry", "grid", "loan",
         "contract", "railway", "summit", "reserve", "province", "factory", "audit", "subsidy", "convoy", "bond")
FILLER = ("the", "of", "and", "to", "in", "a", "for", "on", "with", "said", "was", "has", "its", "by", "new")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS + FILLER * 2) for _ in range(rng.randint(10, 30))]
    words.insert(rng.randrange(len(words)), str(rng.randint(2, 9999)))
    words.insert(rng.randrange(len(words)), rng.choice(WORDS) + rng.choice(("", "s", "ing")) + ",")
    return " ".join(words).capitalize().rstrip(",") + "."


def misquote(text: str, kind: int, rng: random.Random) -> str:
    words = text.split()
    at = rng.randrange(1, len(words) - 3)
    if kind == 0:
        words[at] = "changed"
    elif kind == 1:
        words[at] = "12345"
    else:
        del words[at:at + 3]
    return " ".join(words)


def make_site(folder: Path, words: int, cards: int, misquotes: int) -> list[str]:
    rng = random.Random(7)
    paragraphs, count = [], 0
    while count < words:
        paragraph = [sentence(rng) for _ in range(rng.randint(2, 6))]
        count += sum(len(s.split()) for s in paragraph)
        paragraphs.append(paragraph)
    sentences = [s for p in paragraphs for s in p]
    (folder / "content" / "news").mkdir(parents=True)
    (folder / "content" / "source.md").write_text("\n\n".join(" ".join(p) for p in paragraphs) + "\n", "utf-8")
    (folder / "site.yaml").write_text(
        'title: "A long article"\nsource:\n  file: content/source.md\n  title: "Long"\n  publisher: "Bench"\n'
        '  date: "2024-01-01"\ncategories:\n  - id: news\n    label: News\n', "utf-8")
    quotes = []
    for n, index in enumerate(sorted(rng.sample(range(len(sentences)), cards))):
        quote = sentences[index] if n >= misquotes else misquote(sentences[index], n % 3, rng)
        quotes.append(quote)
        (folder / "content" / "news" / f"card-{n:04d}.yaml").write_text(
            f"title: Card {n}\nsummary: s\nsource_quote: {json.dumps(quote)}\n", "utf-8")
    return quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=150_000)
    parser.add_argument("--cards", type=int, default=300)
    parser.add_argument("--misquotes", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        quotes = make_site(folder, args.words, args.cards, args.misquotes)
        text = (folder / "content" / "source.md").read_text("utf-8")
        started = time.perf_counter()
        finder = ClosestPassage(text)
        indexed = time.perf_counter() - started
        started = time.perf_counter()
        found = [finder.suggest(q) for q in quotes[:args.misquotes]]
        each = (time.perf_counter() - started) / max(1, args.misquotes)
        started = time.perf_counter()
        sentences = measure(text, [])
        covered = time.perf_counter() - started
        started = time.perf_counter()
        report = check_site(folder, with_coverage=True)
        whole = time.perf_counter() - started
    print(f"source: {len(text.split()):,} words, {len(sentences):,} sentences; {args.cards} cards, "
          f"{args.misquotes} misquoted")
    print(f"suggestion index: {indexed:.2f} s; one suggestion: {each * 1000:.0f} ms "
          f"({sum(f is not None for f in found)} of {len(found)} found)")
    print(f"sentence split + coverage: {covered:.2f} s")
    print(f"whole check (load, render, warnings, coverage): {whole:.2f} s; {len(report.errors)} errors, "
          f"{report.coverage.summary if report.coverage else ''}")


if __name__ == "__main__":
    main()

"""Shared fixtures: the project root, fixture sites copied to a temporary folder, build and check helpers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

from generator.cli import main
from generator.listings import RelatedCards
from generator.model import Card
from generator.sourcetext import INVISIBLE, PLAIN

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SITES = FIXTURES / "sites"
HARBOUR = FIXTURES / "check" / "harbour"


@pytest.fixture(autouse=True)
def _working_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts in the project's folder (copy_site moves into its copy, in fixtures of any scope)."""
    monkeypatch.chdir(ROOT)


def tool_missing(message: str) -> NoReturn:
    """A browser test's tool (chromium, java) is not installed: a failure, so that no run goes green without the
    browser tests; a skip only where SKIP_BROWSER_TESTS=1 asks for one (`bash scripts/test` installs both)."""
    if os.environ.get("SKIP_BROWSER_TESTS") == "1":
        pytest.skip(f"{message} (SKIP_BROWSER_TESTS=1)")
    pytest.fail(f"{message}; or set SKIP_BROWSER_TESTS=1 to skip the browser tests")


def copy_site(name: str, dest: Path) -> Path:
    """Copy a site folder (the project root for 'seed', else tests/fixtures/sites/NAME) to dest, and make the copy
    the current folder, as an editor works in their briefing's folder (messages give paths from there)."""
    return enter(_copied(name, dest))


def enter(site: Path) -> Path:
    """Make `site` the current folder (until the test ends); returns it."""
    os.chdir(site)
    return site


def _copied(name: str, dest: Path) -> Path:
    if name == "seed":
        target = dest / "seed"
        target.mkdir()
        for part in ("site.yaml", "content", "templates"):
            src = ROOT / part
            if src.is_dir():
                shutil.copytree(src, target / part)
            elif src.exists():
                shutil.copy2(src, target / part)
        return target
    return Path(shutil.copytree(SITES / name, dest / name))


def french_seed(dest: Path) -> Path:
    """A copy of the shipped briefing with `language: fr` (its pages in the shipped French words), built."""
    site = copy_site("seed", dest)
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8").replace("language: en", "language: fr"), "utf-8")
    assert build(site) == 0
    return site


def french_quote_site(dest: Path, said: str, quote: str) -> Path:
    """The village in French, its article a minister's words written `said` (« … », "…"), its politics card quoting
    them as `quote` (and the economy card the article's last sentence)."""
    site = copy_site("village", dest)
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8") + "language: fr\n", "utf-8")
    write(site, "content/article.txt", f"PARIS, 9 mars\u00a0: Le ministre a déclaré\u00a0: {said}, avant de quitter "
                                       "la salle.\n\nLa suite est prévue en juin.\n")
    for card in (site / "content").rglob("*.yaml"):
        card.unlink()
    write(site, "content/politics/accord.yaml", f"title: L’accord est signé\nsummary: Le ministre l’annonce.\n"
                                                f"source_quote: |\n  {quote}\n")
    write(site, "content/economy/juin.yaml", "title: La suite en juin\nsummary: En juin.\n"
                                             "source_quote: La suite est prévue en juin.\n")
    return site


def synthetic(dest: Path, cards: int) -> Path:
    """benchmarks/synth.py's briefing of `cards` cards in `dest` (four categories, about 2.5 figures a card and three
    cards in four dated), not built."""
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), "-n", str(cards), str(dest)], check=True,
                   capture_output=True, timeout=120)
    return dest


@pytest.fixture
def seed_site(tmp_path: Path) -> Path:
    """A private copy of the shipped briefing (site.yaml, content/, templates/)."""
    return copy_site("seed", tmp_path)


@pytest.fixture
def village_site(tmp_path: Path) -> Path:
    """A private copy of the small second fixture site (other categories, base_url /village/)."""
    return copy_site("village", tmp_path)


def build(site: Path, *extra: str) -> int:
    """Run `python -m generator build --site SITE` in-process; returns the exit status."""
    return main(["build", "--site", str(site), "-q", *extra])


@pytest.fixture(scope="session")
def built_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped briefing built once per test session; returns its output folder."""
    site = copy_site("seed", tmp_path_factory.mktemp("seed"))
    assert build(site) == 0
    return site / "output"


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    """A private copy of the check fixture: four clean cards quoting part of a seven-sentence source."""
    return enter(Path(shutil.copytree(HARBOUR, tmp_path / "harbour")))


def check(capsys: pytest.CaptureFixture[str], site: Path, *flags: str) -> tuple[int, list[str]]:
    """Run `check --site SITE -q FLAGS` in-process: (exit status, stdout lines)."""
    status = main(["check", "--site", str(site), "-q", *flags])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return status, captured.out.splitlines()


def warnings_with(capsys: pytest.CaptureFixture[str], site: Path, containing: str) -> list[str]:
    """The messages of `check`'s warnings (after "warning: ") whose line holds `containing`."""
    return [line.split(": warning: ")[1] for line in check(capsys, site)[1] if containing in line]


def card_warnings(capsys: pytest.CaptureFixture[str], site: Path, quote: str, containing: str, title: str = "t",
                  summary: str = "s", more: str = "") -> list[str]:
    """`warnings_with` for one card on `quote` (put in the source, as a paragraph of its own) with `title`, `summary`
    and `more` of its YAML (`figures:`, `tags:`…)."""
    add_to_source(site, f"\n{quote}\n")
    write(site, "content/people/card.yaml", "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value
                                                    in (("title", title), ("summary", summary), ("source_quote", quote)))
          + more)
    return warnings_with(capsys, site, containing)


def write(site: Path, rel: str, text: str) -> None:
    (site / rel).write_text(text, encoding="utf-8")


def add_to_source(site: Path, text: str) -> None:
    """`text` written after the site's source (content/source.md)."""
    write(site, "content/source.md", (site / "content/source.md").read_text("utf-8") + text)


def source_year(site: Path) -> int:
    """The year of the site's source, as its site.yaml gives it (`source.date`)."""
    import yaml

    return int(str(yaml.safe_load((site / "site.yaml").read_text("utf-8"))["source"]["date"])[:4])


def related_cards(cards: tuple[Card, ...]) -> dict[str, list[Card]]:
    """Every card's related cards, by card id."""
    related = RelatedCards(cards)
    return {card.id: related[card.id] for card in cards}


def fold(text: str) -> tuple[str, list[int]]:
    """`text` with whitespace runs folded to one space, typographic quotes and dashes made plain, and invisible
    characters and the spacing beside double quote marks left out.

    Also returns, for each character of the folded text, its index in `text`.
    """
    out: list[str] = []
    index: list[int] = []
    plain = text.translate(PLAIN)
    hidden = _beside_quote_marks(plain)
    pending_space = False
    for i, char in enumerate(plain):
        if char in INVISIBLE or i in hidden:
            continue
        if char.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            index.append(i - 1)
            pending_space = False
        out.append(char)
        index.append(i)
    return "".join(out), index


def _beside_quote_marks(plain: str) -> set[int]:
    """Where the spacing (whitespace, invisible characters) on either side of a double quote mark is, looked at
    character by character in `plain` (made plain: every double quote mark a ")."""
    hidden: set[int] = set()
    for i, char in enumerate(plain):
        if char != '"':
            continue
        for step in (-1, 1):
            at = i + step
            while 0 <= at < len(plain) and (plain[at].isspace() or plain[at] in INVISIBLE):
                hidden.add(at)
                at += step
    return hidden

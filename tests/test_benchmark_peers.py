"""The benchmark's hand-written Python floor, run for real on a small synthetic site (it needs only what the
generator itself needs: PyYAML, Python-Markdown and Jinja2)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import peers  # benchmarks/peers.py
import run  # benchmarks/run.py
import synth  # benchmarks/synth.py


@pytest.mark.parametrize("tool, loader", [("floor", "CSafeLoader"), ("floor-pure", "SafeLoader")])
def test_the_python_floor_builds_every_page_with_its_loader(tmp_path: Path, tool: str, loader: str) -> None:
    venv = tmp_path / "venv"  # where the benchmark's peers live: here, this interpreter
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(sys.executable)
    adapter = peers.peers(venv, None)[tool]
    site = synth.make_site(40)
    adapter.prepare(site, tmp_path / "project")
    assert f"loader = yaml.{loader}\n" in (tmp_path / "project" / "floor.py").read_text("utf-8")
    command = adapter.command(tmp_path / "project", tmp_path / "out")
    assert command[0] == str(venv / "bin" / "python")
    # run by this very interpreter (a link to it outside its virtual environment would not find its packages)
    subprocess.run([sys.executable, *command[1:]], check=True, timeout=60)
    assert peers.missing_pages(tmp_path / "out", site) == []
    card = site.cards[7]
    page = (tmp_path / "out" / card.category / card.slug / "index.html").read_text("utf-8")
    assert f"<h1>{card.title}</h1>" in page and "<strong>" in page  # the card's Markdown, converted
    front = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert front.count("<article>") == 40


def test_the_bare_lower_bound_builds_every_page_in_two_processes(tmp_path: Path) -> None:
    site = synth.make_site(40)
    synth.write_site(site, tmp_path / "site")
    bare = ROOT / "benchmarks" / "bare.py"
    subprocess.run([sys.executable, str(bare), str(tmp_path / "site"), str(tmp_path / "out")], check=True, timeout=60)
    assert peers.missing_pages(tmp_path / "out", site) == []
    front = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert front.count("<li>") == 40  # the child's cards as well as the parent's
    assert "**" in front and "<strong>" not in front  # no Markdown: the lower bound skips it
    dated = [card for card in site.cards if card.date]
    assert (tmp_path / "out" / "timeline" / "index.html").read_text("utf-8").count("<time>") == len(dated)


def test_this_generator_makes_the_peers_pages_from_the_benchmarks_templates(tmp_path: Path) -> None:
    from generator.cli import main

    site = synth.make_site(40)
    project = synth.write_site(site, tmp_path / "site")
    run.use_peer_pages(project)  # as benchmarks/run.py prepares its "ours-peer-pages" project
    assert {path.name for path in (project / "templates").iterdir()} == {
        "base.html", "card.html", "category.html", "index.html", "source.html"}
    assert main(["build", "-q", "--site", str(project), "--output", str(tmp_path / "out")]) == 0
    assert peers.missing_pages(tmp_path / "out", site, timeline=False) == []
    front = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert front.count("<article>") == 40 and '<h2 id="timeline">' in front
    assert front.count("<li><time>") == sum(1 for card in site.cards if card.date)
    assert 'rel="stylesheet"' not in front and "<script" not in front  # no more than the peers make
    card = next(card for card in site.cards if card.figures)
    page = (tmp_path / "out" / card.category / card.slug / "index.html").read_text("utf-8")
    label = card.figures[0]["label"]
    assert f"<h1>{card.title}</h1>" in page and f"<li><strong>{label}</strong>: " in page
    assert "<strong>" in page.split("<ul>")[0]  # the summary's Markdown, converted

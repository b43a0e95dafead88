"""The build cache, parallel building and file reuse: always the same bytes as a cold, serial build."""

from __future__ import annotations

import json
import os
import pickle
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import parallel, write
from generator.cache import FOLDER
from generator.cachefile import TAG, encode
from tests.conftest import ROOT, build, copy_site


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative path -> bytes), and every folder (-> None)."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        found[rel] = path.read_bytes() if path.is_file() else b"<folder>"
    return found


def stats(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def cold(site: Path, tmp_path: Path) -> dict[str, bytes]:
    """The site built from scratch, without the cache, into a folder of its own."""
    out = tmp_path / f"cold-{len(list(tmp_path.iterdir()))}"
    assert build(site, "--output", str(out), "--no-cache") == 0
    return tree(out)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """The calls of `module.name` from now on (a 1 each); the function still does its work."""
    calls: list[int] = []
    real = getattr(module, name)
    def call(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(module, name, call)
    return calls


def change_cards(site: Path, change: str) -> None:
    """Add a card (the cost card with another title and no quote of its own), remove the cost card, or edit its
    summary."""
    cost = site / "content/economy/cost.yaml"
    if change == "card added":
        (site / "content/economy/cost-again.yaml").write_text(cost.read_text("utf-8").replace(
            "€4.2 million over 18 months", "Again").replace("The work will cost €4,200,000 and take 18 months, "
                                                             "the council's treasurer said. ", ""), "utf-8")
    elif change == "card removed":  # (not cost.yaml: council-vote.yaml links to it)
        (site / "content/politics/works-start.yaml").unlink()
    else:
        edit(cost, "The treasurer put", "The treasurer, asked again, put")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_site("village", tmp_path)


def test_cached_builds_give_the_bytes_of_a_cold_build(seed_site: Path, tmp_path: Path) -> None:
    assert build(seed_site) == 0
    first = tree(seed_site / "output")
    assert (seed_site / FOLDER).is_dir()
    assert build(seed_site) == 0  # nothing changed: nothing to do
    assert tree(seed_site / "output") == first
    (seed_site / "site.yaml").write_text((seed_site / "site.yaml").read_text("utf-8") + "# touched\n", "utf-8")
    assert build(seed_site) == 0  # an input changed, every card and page comes from the cache
    assert tree(seed_site / "output") == first == cold(seed_site, tmp_path)


def test_an_edited_card_shows_everywhere_it_appears(site: Path, tmp_path: Path) -> None:
    assert build(site) == 0
    edit(site / "content/politics/council-vote.yaml", "Council votes 7–2 to rebuild", "Council votes again")
    assert build(site) == 0
    out = site / "output"
    for page in ("politics/council-vote/index.html", "index.html", "politics/index.html",
                 "politics/mayor/index.html", "economy/cost/index.html"):  # the last two list it as related
        text = (out / page).read_text("utf-8")
        assert "Council votes again" in text, page
        assert "Council votes 7–2" not in text, page
    assert tree(out) == cold(site, tmp_path)


def test_a_card_saved_while_a_build_reads_it_is_not_cached_under_the_old_bytes(site: Path, tmp_path: Path) -> None:
    from generator.cache import BuildCache
    from generator.load import load_site
    from generator.render import Renderer
    from generator.write import write_site

    card, out = site / "content/politics/council-vote.yaml", site / "output"
    assert build(site) == 0
    edit(card, "Council votes 7–2 to rebuild", "Council votes 7 to 2 to rebuild")  # bytes the cache lacks
    store = BuildCache(site, out)
    store.up_to_date()  # a build digests its inputs...
    edit(card, "Council votes 7 to 2 to rebuild", "Council votes again")  # ...the card is saved before it is read
    loaded = load_site(site, store)
    assert "content/politics/council-vote.yaml" not in store.cards  # made from other bytes than were digested
    assert "content/politics/mayor.yaml" in store.cards
    write_site(store.track(Renderer(site, cache=store).pages(loaded)), out, keep=store.unchanged_file,
               spare=store.spare)
    store.save(loaded.source.file)
    assert "Council votes again" in (out / "politics/council-vote/index.html").read_text("utf-8")
    edit(card, "Council votes again", "Council votes 7 to 2 to rebuild")  # back to the bytes that build digested
    assert build(site) == 0
    assert "Council votes 7 to 2" in (out / "politics/council-vote/index.html").read_text("utf-8")
    assert tree(out) == cold(site, tmp_path)


def taken_as_they_are(log: str) -> int:
    """How many pages a build took without keying or rendering them (render.py's debug line)."""
    return int(next(line for line in log.splitlines() if "pages taken as they are" in line).split()[0])


def test_an_edit_takes_the_card_pages_it_cannot_reach_without_keying_them(
        site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main
    from generator.load import load_site
    from tests.conftest import related_cards

    assert main(["build", "--site", str(site), "-v"]) == 0
    assert taken_as_they_are(capsys.readouterr().err) == 0  # nothing is known yet
    edit(site / "content/economy/cost.yaml", "The treasurer put", "The treasurer, asked again, put")
    assert main(["build", "--site", str(site), "-v"]) == 0
    cards = load_site(site).cards
    related = related_cards(cards)
    reached = {card.id for card in cards if card.id == "economy/cost" or
               any(other.id == "economy/cost" for other in related[card.id])}
    assert taken_as_they_are(capsys.readouterr().err) == len(cards) - len(reached) == 2  # mayor, works-start
    assert "asked again" in (site / "output/economy/cost/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


@pytest.mark.parametrize("gone", ["output", "a category's folder"])
def test_with_the_output_deleted_the_card_pages_go_to_the_workers_not_this_process(
        site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], gone: str) -> None:
    """No card changed but their pages are gone: an edit of no card would render every card page in this process
    (serially, where workers share them), so this build is not taken for an edit."""
    from generator.cli import main

    assert main(["build", "--site", str(site), "-v"]) == 0
    shutil.rmtree(site / ("output" if gone == "output" else "output/economy"))
    assert main(["build", "--site", str(site), "-v"]) == 0
    said = next(line for line in capsys.readouterr().err.splitlines()[::-1] if "card pages to key or render" in line)
    assert not said.endswith(" here"), said
    assert tree(site / "output") == cold(site, tmp_path)
    assert main(["build", "--site", str(site), "-v"]) == 0  # nothing changed: nothing to do
    assert main(["build", "--site", str(site), "-v"]) == 0
    edit(site / "content/economy/cost.yaml", "The treasurer put", "The treasurer, asked again, put")
    assert main(["build", "--site", str(site), "-v"]) == 0  # an edit, with the pages there: done here
    said = next(line for line in capsys.readouterr().err.splitlines()[::-1] if "card pages to key or render" in line)
    assert said.endswith(" here"), said


@pytest.mark.parametrize("change", ["tags", "added", "site.yaml", "template"])
def test_what_may_change_related_cards_or_the_site_keys_every_card_page_again(
        site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change: str) -> None:
    from generator.cli import main

    assert main(["build", "--site", str(site), "-v"]) == 0
    card = site / "content/economy/cost.yaml"
    if change == "tags":  # now related to the mayor's card, whose page did not list it
        edit(card, "tags: [Village council]", "tags: [Village council, Ana Ruiz]")
    elif change == "added":  # a new card may be related to any card
        mayor = site / "content/politics/mayor.yaml"
        (mayor.parent / "mayor-again.yaml").write_text(mayor.read_text("utf-8").replace('title: "', 'title: "Again: '),
                                                      "utf-8")
    elif change == "site.yaml":
        edit(site / "site.yaml", "title: ", "title: Renamed ")
    else:
        (site / "templates").mkdir()
        (site / "templates/card.html").write_text(
            (ROOT / "generator/templates/card.html").read_text("utf-8").replace("</article>", "<p>own</p></article>"),
            "utf-8")
    capsys.readouterr()
    assert main(["build", "--site", str(site), "-v"]) == 0
    assert taken_as_they_are(capsys.readouterr().err) == 0
    if change == "tags":
        assert "€4.2 million over 18 months" in (site / "output/politics/mayor/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


def test_a_template_change_reaches_every_page_using_it(site: Path, tmp_path: Path) -> None:
    assert build(site) == 0
    card = (Path(__file__).parent.parent / "generator/templates/card.html").read_text("utf-8")
    (site / "templates").mkdir()
    (site / "templates/card.html").write_text(card.replace("</article>", "<p>own template</p></article>"), "utf-8")
    assert build(site) == 0
    assert len(list((site / FOLDER / "output.templates").glob("__jinja2_*.cache"))) == 1  # compiled, for next time
    assert "own template" in (site / "output/politics/mayor/index.html").read_text("utf-8")
    assert "own template" not in (site / "output/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)
    (site / "templates/card.html").unlink()  # and back to the shipped one
    assert build(site) == 0
    assert "own template" not in (site / "output/politics/mayor/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


@pytest.mark.parametrize("reads", [
    "{{ site.cards | length }} cards",
    "{% set s = site %}{{ s.cards | length }} cards",
    "{{ site['cards'] | length }} cards",
    "{{ site.cards_in('politics') | length }} cards",
])
def test_a_template_reading_every_card_is_rebuilt_when_any_card_changes(site: Path, tmp_path: Path,
                                                                        reads: str) -> None:
    (site / "templates").mkdir()
    (site / "templates/footer.html").write_text(f"<footer><p>{reads}</p></footer>\n", "utf-8")
    assert build(site) == 0
    before = (site / "output/economy/cost/index.html").read_text("utf-8")
    (site / "content/politics/extra.yaml").write_text(
        "title: Extra\nsummary: x\nsource_quote: Works are expected to start in June.\n", "utf-8")
    assert build(site) == 0  # a card page of another category must count the new card
    assert (site / "output/economy/cost/index.html").read_text("utf-8") != before
    assert tree(site / "output") == cold(site, tmp_path)


def test_a_template_reading_every_card_sees_an_edit_of_any_card(site: Path, tmp_path: Path) -> None:
    (site / "templates").mkdir()
    (site / "templates/footer.html").write_text(
        "<footer><p>{{ site.cards | map(attribute='title') | join(' / ') }}</p></footer>\n", "utf-8")
    assert build(site) == 0
    for name in ("Renamed", "Renamed again"):  # from the second edit on, what templates read is the last build's
        edit(site / "content/politics/mayor.yaml", 'title: "', f'title: "{name}: ')
        assert build(site) == 0  # the cost card's page is not related to the mayor's, but lists every title
        assert f"{name}: " in (site / "output/economy/cost/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


def test_templates_compiled_by_other_code_are_not_used(site: Path, tmp_path: Path) -> None:
    from generator.environment import CODE_MARKER, make_environment

    (site / "templates").mkdir()  # the site's own (the shipped templates compiled are kept by code: see below)
    shutil.copy(ROOT / "generator/templates/footer.html", site / "templates/footer.html")
    assert build(site) == 0
    folder = site / FOLDER / "output.templates"
    assert len(list(folder.glob("__jinja2_*.cache"))) == 1
    # what another version of the generator compiled from the very same footer.html: Jinja checks the source only
    env = make_environment(site, folder)
    source, filename, _ = env.loader.get_source(env, "footer.html")  # type: ignore[union-attr]
    bucket = env.bytecode_cache.get_bucket(env, "footer.html", filename, source)  # type: ignore[union-attr]
    bucket.code = env.compile("<footer>STALE</footer>", "footer.html", filename)
    env.bytecode_cache.set_bucket(bucket)  # type: ignore[union-attr]
    (folder / CODE_MARKER).write_text("an older generator", "utf-8")
    edit(site / "site.yaml", "Village votes to rebuild the old bridge", "The bridge, decided")  # every page again
    assert build(site) == 0
    assert "STALE" not in (site / "output/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)
    assert (folder / CODE_MARKER).read_text("utf-8") != "an older generator"


def test_a_site_yaml_change_reaches_every_page(site: Path, tmp_path: Path) -> None:
    assert build(site) == 0
    edit(site / "site.yaml", "Village votes to rebuild the old bridge", "The bridge, decided")
    assert build(site) == 0
    for page in ("index.html", "politics/mayor/index.html", "source/index.html", "economy/index.html"):
        assert "The bridge, decided" in (site / "output" / page).read_text("utf-8"), page
    assert tree(site / "output") == cold(site, tmp_path)


def test_a_source_change_moves_the_quotes(site: Path, tmp_path: Path) -> None:
    assert build(site) == 0
    article = site / "content/article.txt"
    article.write_text("A new first paragraph.\n\n" + article.read_text("utf-8"), "utf-8")
    assert build(site) == 0
    assert "A new first paragraph." in (site / "output/source/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


def test_content_moved_out_and_linked_back_in_is_found_by_a_cached_build_too(
        site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every file was the same, so the cache saw nothing to do, where a build without it refused the source."""
    assert build(site) == 0
    (site / "content").rename(tmp_path / "content")
    (site / "content").symlink_to(tmp_path / "content")
    capsys.readouterr()
    for _ in range(2):
        assert build(site) == 1
        assert "source.file 'content/article.txt' is outside the site folder" in capsys.readouterr().err


def test_an_edit_rewrites_one_file_of_cards(site: Path, tmp_path: Path) -> None:
    assert build(site) == 0
    shards = site / FOLDER / "output.cards"
    before = {path.name: path.stat().st_ino for path in shards.glob("*.pickle")}
    assert len(before) == 4  # the fixture's 4 cards, one file each (out of 16)
    edit(site / "content/economy/cost.yaml", "€4.2 million over 18 months", "€4.2 million, 18 months")
    assert build(site) == 0
    after = {path.name: path.stat().st_ino for path in shards.glob("*.pickle")}
    assert after.keys() == before.keys()
    assert sum(after[name] != before[name] for name in after) == 1
    edit(site / "content/economy/cost.yaml", "€4.2 million, 18 months", "€4.2 million over 18 months")
    assert build(site) == 0  # and what it wrote is read back: the next edit builds from it
    assert tree(site / "output") == cold(site, tmp_path)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong shapes", "empty"])
def test_a_corrupt_cache_is_ignored(site: Path, tmp_path: Path, damage: str) -> None:
    assert build(site) == 0
    for path in (site / FOLDER).rglob("*.pickle"):
        data = path.read_bytes()
        path.write_bytes({"garbage": b"\x00not a pickle\xff" * 10, "truncated": data[: len(data) // 2],
                          "wrong shapes": encode({"format": 1, "code": "x", "files": {"a": 1},
                                                        "cards": {"content/x.yaml": "nonsense"}}),
                          "empty": b""}[damage])
    edit(site / "content/economy/cost.yaml", "€4.2 million over 18 months", "€4.2 million, 18 months")
    assert build(site) == 0
    assert "€4.2 million, 18 months" in (site / "output/economy/cost/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


def run_build(site: Path, out: Path, jobs: int, status: int = 0) -> str:
    """`python -m generator build -v` in a fresh process (no test threads: workers are allowed); its log."""
    env = {**os.environ, "GENERATOR_JOBS": str(jobs)}
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site), "--output", str(out),
                           "--no-cache", "-v"], cwd=site, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == status, done.stderr
    return done.stderr


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic site just big enough for worker processes (parallel.MIN_WORK items)."""
    folder = tmp_path_factory.mktemp("big") / "site"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), "-n", str(parallel.MIN_WORK + 50),
                    str(folder)], check=True, capture_output=True, timeout=120)
    return folder


def test_the_parallel_path_gives_the_bytes_of_the_serial_path(big_site: Path, tmp_path: Path) -> None:
    run_build(big_site, tmp_path / "serial", jobs=1)
    log = run_build(big_site, tmp_path / "parallel", jobs=2)
    assert log.count("in 2 worker processes") == 2, log  # cards loaded, then pages rendered, by workers
    assert tree(tmp_path / "parallel") == tree(tmp_path / "serial")


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
def test_a_build_killed_takes_its_workers_with_it_and_the_next_build_runs(big_site: Path, tmp_path: Path,
                                                                           signum: int) -> None:
    """Orphaned workers went on holding the output folder's lock: every later build waited for them. SIGHUP (the
    terminal closed) ended the build with status 129 and left its staging folder (41 MB) beside the output."""
    site = Path(shutil.copytree(big_site, tmp_path / "site"))
    build = subprocess.Popen([sys.executable, "-m", "generator", "build", "--site", str(site), "-q"], cwd=ROOT,
                             env={**os.environ, "GENERATOR_JOBS": "2"})
    deadline = time.monotonic() + 60
    while len(workers := children(build.pid)) < 2 and build.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    assert len(workers) >= 2, "the build had no workers to kill"
    build.send_signal(signum)
    build.wait(timeout=30)
    if signum != signal.SIGKILL:  # stopped as Ctrl-C stops it: nothing of its own left
        assert build.returncode == 130
        assert [p.name for p in site.iterdir() if p.name.startswith(".output")] == []
    deadline = time.monotonic() + 10
    while (alive := [w for w in workers if Path(f"/proc/{w}").exists()]) and time.monotonic() < deadline:
        time.sleep(0.05)
    for worker in alive:  # (a failed test leaves none behind)
        os.kill(worker, signal.SIGKILL)
    assert alive == []
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site), "-q"], cwd=ROOT,
                          timeout=120, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(("main", "message", "column"), [
    ("{{ nope.x }}", "'nope' is undefined", 20),  # (the name; else the line's first tag)
    ("{{ card.title | length / 0 }}", "division by zero", 1),
    ('{% include "card.html" %}', "no end to templates including, extending or calling one another (too many levels)",
     1),
])
def test_a_template_error_in_a_worker_is_reported_like_a_serial_one(big_site: Path, tmp_path: Path, main: str,
                                                                    message: str, column: int) -> None:
    site = Path(shutil.copytree(big_site, tmp_path / "site"))
    (site / "templates").mkdir(exist_ok=True)
    (site / "templates/card.html").write_text(f'{{% extends "base.html" %}}\n{{% block main %}}{main}'
                                              "{% endblock %}\n", "utf-8")
    log = run_build(site, tmp_path / "out", jobs=2, status=1)
    assert "worker processes failed" in log  # the workers met the error first ...
    said, last = log.splitlines()[-2:]  # ... reported as in a serial build, naming a card whose page meets it
    assert last == "1 problem found; nothing was written."
    page = re.fullmatch(rf"templates/card\.html:2:{column}: template error: {re.escape(message)} \(making (.+)'s "
                        r"page\)", said)
    assert page is not None and (site / page.group(1)).is_file(), said
    assert "Traceback" not in log
    assert not (tmp_path / "out").exists()


def test_a_template_syntax_error_with_workers_is_reported_like_a_serial_one(big_site: Path, tmp_path: Path) -> None:
    """Templates are compiled while the cards load; one that does not compile is reported where its page renders."""
    site = Path(shutil.copytree(big_site, tmp_path / "site"))
    (site / "templates").mkdir(exist_ok=True)
    (site / "templates/card.html").write_text('{% extends "base.html" %}\n{% block main %}{% if %}'
                                              "{% endblock %}\n", "utf-8")
    for jobs in (1, 2):
        log = run_build(site, tmp_path / "out", jobs=jobs, status=1)
        assert log.splitlines()[-2:] == ["templates/card.html:2:1: template error: Expected an expression, got "
                                         "'end of statement block'", "1 problem found; nothing was written."]
    assert not (tmp_path / "out").exists()


def test_unchanged_files_keep_their_inode_and_mtime(site: Path, tmp_path: Path) -> None:
    assert build(site) == 0
    out = site / "output"
    before, before_bytes, folder = stats(out), tree(out), out.stat().st_ino
    assert build(site) == 0  # nothing changed: the folder itself is left alone
    assert stats(out) == before and out.stat().st_ino == folder
    for round_ in range(3):  # the first rebuild fills a fresh folder, later ones update the spare one
        edit(site / "content/economy/cost.yaml", "title: ", f"title: Edit {round_} ")
        assert build(site) == 0
        after, after_bytes = stats(out), tree(out)
        changed = {rel for rel in after if after_bytes[rel] != before_bytes.get(rel)}
        assert "economy/cost/index.html" in changed and "index.html" in changed
        assert "politics/mayor/index.html" not in changed
        for rel in after.keys() - changed - {".generator-output"}:
            assert after[rel] == before[rel], f"{rel} was rewritten"
        assert after_bytes == cold(site, tmp_path)
        before, before_bytes = after, after_bytes
    assert not list(site.glob(".output*")), "no staging folder is left behind"


def test_a_first_build_hashes_no_page_and_a_later_one_hashes_only_what_it_compares(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no earlier file to compare, a page's digest would only be saved (74 MB hashed at 5,000 cards): it is
    recorded as unknown, and the next build hashes the earlier file of a page of the same size when it needs it."""
    from generator import cache
    from generator.cachefile import read_state

    hashed: list[int] = []
    real = cache.digest

    def counted_digest(data: bytes) -> str:
        hashed.append(len(data))
        return real(data)

    monkeypatch.setattr(cache, "digest", counted_digest)
    assert build(site) == 0
    out = site / "output"
    files = read_state(site / FOLDER / "output.files.pickle")["files"]
    assert {entry.digest for entry in files.values()} == {""} and len(files) > 10
    page_bytes = sum(p.stat().st_size for p in out.rglob("*.html"))
    assert sum(hashed) < page_bytes / 10  # (the source's and the inputs', not the pages')
    before = stats(out)
    edit(site / "content/economy/cost.yaml", "title: ", "title: Edited ")
    hashed.clear()
    assert build(site) == 0
    after = stats(out)
    assert after["assets/style.css"] == before["assets/style.css"]  # the same bytes: linked, not written
    assert after["economy/cost/index.html"] != before["economy/cost/index.html"]
    files = read_state(site / FOLDER / "output.files.pickle")["files"]
    assert files["economy/cost/index.html"].digest == real((out / "economy/cost/index.html").read_bytes())


def test_pages_are_copied_where_the_file_system_has_no_hard_links(site: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert build(site) == 0
    edit(site / "content/economy/cost.yaml", "title: ", "title: First ")
    assert build(site) == 0  # the spare folder exists from here on: the next build updates it

    def no_links(source: object, target: object) -> None:  # as on a file system without them
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    edit(site / "content/politics/mayor.yaml", 'title: "', 'title: "Second ')
    assert build(site) == 0  # the cost page, unchanged now but not in the spare folder, is copied from the live one
    monkeypatch.undo()
    assert "First" in (site / "output/economy/cost/index.html").read_text("utf-8")
    assert "Second" in (site / "output/politics/mayor/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


def test_stale_files_and_strays_vanish(site: Path, tmp_path: Path) -> None:
    assert build(site) == 0
    edit(site / "content/economy/cost.yaml", "title: ", "title: Edited ")
    assert build(site) == 0  # now there is a spare folder the next build will update
    spare = next((site / FOLDER).glob("*.previous"))
    (spare / "stray.html").write_text("left by someone", "utf-8")
    (spare / "politics/stray-folder").mkdir()
    os.symlink("/etc/hostname", spare / "link.txt")
    (site / "content/politics/works-start.yaml").unlink()
    assert build(site) == 0
    out = site / "output"
    assert not (out / "politics/works-start").exists()
    assert tree(out) == cold(site, tmp_path)


def test_a_hand_edited_output_file_is_rebuilt(site: Path) -> None:
    assert build(site) == 0
    page = site / "output/politics/mayor/index.html"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"mayor", b"MAYOR"))  # same size, new mtime
    assert build(site) == 0
    assert page.read_bytes() == original
    edit(site / "content/economy/cost.yaml", "title: ", "title: Edited ")
    with page.open("r+b") as file:  # edited in place: the spare copy shares this inode
        file.write(b"<!-- hand edit -->")
    assert build(site) == 0
    assert page.read_bytes() == original


def test_an_interrupted_update_leaves_the_output_whole(site: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert build(site) == 0
    edit(site / "content/economy/cost.yaml", "title: ", "title: First ")
    assert build(site) == 0  # the spare folder exists from here on
    before = tree(site / "output")
    edit(site / "content/politics/mayor.yaml", "The mayor: a bridge", "Second: a bridge")
    calls = {"n": 0}
    real = write._link

    def interrupted(existing: Path, target: Path) -> bool:
        calls["n"] += 1
        raise KeyboardInterrupt

    monkeypatch.setattr(write, "_link", interrupted)
    assert build(site) == 130
    assert calls["n"] == 1
    assert tree(site / "output") == before
    monkeypatch.setattr(write, "_link", real)
    assert build(site) == 0
    assert "Second" in (site / "output/politics/mayor/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


def test_no_cache_leaves_no_cache(site: Path) -> None:
    assert build(site, "--no-cache") == 0
    assert not (site / FOLDER).exists()
    shutil.rmtree(site / "output")
    assert build(site) == 0
    assert (site / FOLDER).is_dir()



FAILING_WORKER = """
import json, os, sys
from generator import parallel
parent = os.getpid()
def work(item):
    if item == 7 and os.getpid() != parent:
        raise RuntimeError("a worker failed")
    return item, os.getpid()
assert parallel._can_fork()
print(json.dumps([[i, v, pid == parent] for i, (v, pid) in parallel.each_item(work, list(range(40)), min_work=0)]))
"""


def test_a_failing_worker_leaves_its_items_to_this_process() -> None:
    """In a fresh process (no test threads), where workers are allowed."""
    done = subprocess.run([sys.executable, "-c", FAILING_WORKER], cwd=ROOT, env={**os.environ, "GENERATOR_JOBS": "2"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert sorted(i for i, _, _ in got) == list(range(40))  # every item exactly once, however it was done
    assert all(i == value for i, value, _ in got)
    here = {i for i, _, in_parent in got if in_parent}
    assert 7 in here and 0 < len(here) < 40  # some by workers before the failure, the rest (7 too) here


KILLED_WORKER = """
import json, os, signal, time
from generator import parallel
parent = os.getpid()
def work(item):
    if item == 5 and os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)  # killed in the middle of a chunk: no results, no message
    time.sleep(0.002)
    return item, os.getpid() == parent
got = list(parallel.each_item(work, list(range(40)), min_work=0))
print(json.dumps({"got": got}))
"""


def test_a_killed_worker_leaves_its_chunk_and_the_rest_to_this_process() -> None:
    done = subprocess.run([sys.executable, "-c", KILLED_WORKER], cwd=ROOT, env={**os.environ, "GENERATOR_JOBS": "2"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)["got"]
    assert sorted(i for i, _ in got) == list(range(40)) and all(i == v for i, (v, _) in got)
    assert dict(got)[5][1]  # the killed worker's item: done here


STOPPED_AT_FORK = """
import json, os, signal
from generator import parallel
def stop(signum, frame):
    raise KeyboardInterrupt
signal.signal(signal.SIGTERM, stop)
armed = [True]
def sent_at_fork():  # a SIGTERM that lands while the parent runs its at-fork hooks, as a CI run's did
    if armed and armed.pop():
        os.kill(os.getpid(), signal.SIGTERM)
os.register_at_fork(after_in_parent=sent_at_fork)
try:
    got = list(parallel.each_item(lambda item: item, list(range(40)), min_work=0))
    print(json.dumps({"stopped": False}))
except KeyboardInterrupt:
    print(json.dumps({"stopped": True}))
"""


def test_a_stop_signal_at_a_fork_stops_the_work() -> None:
    """A CI run's SIGTERM came while the build forked its workers: raised in logging's at-fork hook, it was ignored
    there ("Exception ignored in: <function _releaseLock>") and the build went on to end with status 0."""
    done = subprocess.run([sys.executable, "-c", STOPPED_AT_FORK], cwd=ROOT, env={**os.environ, "GENERATOR_JOBS": "2"},
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, json.loads(done.stdout), "Exception ignored" in done.stderr) == (
        0, {"stopped": True}, False), done.stderr


UNSENDABLE = """
import json, os
from generator import parallel
parent = os.getpid()
def work(item):
    if item == 9 and os.getpid() != parent:
        return lambda: item  # cannot be pickled: the worker cannot send its chunk's results
    return item
print(json.dumps(sorted(i for i, _ in parallel.each_item(work, list(range(40)), min_work=0))))
"""


def test_results_a_worker_cannot_send_are_worked_out_here() -> None:
    done = subprocess.run([sys.executable, "-c", UNSENDABLE], cwd=ROOT, env={**os.environ, "GENERATOR_JOBS": "2"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == list(range(40))


BUFFERED = """
import sys
from generator import parallel
print("printed once", end="")  # waits in stdout's buffer (a pipe: block-buffered) as the workers are forked
list(parallel.each_item(lambda item: item, list(range(40)), min_work=0))
"""


def test_what_waits_in_this_processs_buffers_is_not_written_again_by_the_workers() -> None:
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    done = subprocess.run([sys.executable, "-c", BUFFERED], cwd=ROOT, env={**buffered, "GENERATOR_JOBS": "2"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "printed once"


NO_FORK = """
import json, os
from generator import parallel
def refuse():
    raise BlockingIOError(11, "Resource temporarily unavailable")
os.fork = refuse  # as when this user may start no more processes
own = []
def meanwhile():
    own.append(1)
    yield "own"
got = list(parallel.each_item(lambda item: item * 2, list(range(40)), min_work=0, meanwhile=meanwhile))
print(json.dumps([got[0], sorted(v for i, v in got[1:]), len(own)]))
"""


def test_when_no_worker_can_be_forked_everything_is_done_here() -> None:
    done = subprocess.run([sys.executable, "-c", NO_FORK], cwd=ROOT, env={**os.environ, "GENERATOR_JOBS": "2"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [[-1, "own"], [i * 2 for i in range(40)], 1]


OWN_ERROR = """
import json, os, time
from generator import parallel
def work(item):
    time.sleep(0.01)
    return item
def meanwhile():
    yield "first"
    raise ValueError("this process's own error")
try:
    for _ in parallel.each_item(work, list(range(40)), min_work=0, meanwhile=meanwhile):
        pass
except ValueError as error:
    try:
        os.waitpid(-1, os.WNOHANG)
        left = "a child is left"
    except ChildProcessError:
        left = "no child left"
    print(json.dumps([str(error), left]))
"""


def test_this_processs_own_error_is_raised_as_it_is_and_no_worker_is_left() -> None:
    done = subprocess.run([sys.executable, "-c", OWN_ERROR], cwd=ROOT, env={**os.environ, "GENERATOR_JOBS": "2"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["this process's own error", "no child left"]


FAILING_LOAD = """
import json, os, sys, time
from generator import parallel
parent, log = os.getpid(), sys.argv[1]
def work(item):
    if os.getpid() != parent:
        with open(log, "a") as file:
            file.write(f"{item}\\n")
        if item == 0:
            raise RuntimeError("a worker failed")
    time.sleep(0.03)
    return item
results = parallel.map_items(work, list(range(40)), min_work=0)
print(json.dumps({"results": results, "by workers": len(open(log).read().split())}))
"""


def test_when_a_loading_worker_fails_the_chunks_not_started_are_not_run_by_workers_too(tmp_path: Path) -> None:
    """map_items hands out every chunk at once; after a failure the ones no worker took are called off, so the
    items run once here rather than in the workers first (their results thrown away)."""
    done = subprocess.run([sys.executable, "-c", FAILING_LOAD, str(tmp_path / "log")], cwd=ROOT,
                          env={**os.environ, "GENERATOR_JOBS": "2"}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["results"] == list(range(40))
    assert 0 < got["by workers"] < 20  # the failing chunk, the other worker's, the few queued: not all 40


MEANWHILE = """
import json, os, sys
from generator import parallel
parent, seen = os.getpid(), []
def work(item):
    return item * item, os.getpid()
def meanwhile():
    seen.append(os.getpid())
results = parallel.map_items(work, list(range(40)), min_work=0, meanwhile=meanwhile)
print(json.dumps({"squares": [v for v, _ in results], "by_workers": any(pid != parent for _, pid in results),
                  "meanwhile": [pid == parent for pid in seen]}))
"""


@pytest.mark.parametrize("jobs", [1, 2])
def test_this_process_does_its_own_work_once_while_the_workers_work(jobs: int) -> None:
    done = subprocess.run([sys.executable, "-c", MEANWHILE], cwd=ROOT, env={**os.environ, "GENERATOR_JOBS": str(jobs)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got == {"squares": [i * i for i in range(40)], "by_workers": jobs > 1, "meanwhile": [True]}


ALL_AT_ONCE = """
import json, time
from generator import parallel
ended = []
def work(item):
    time.sleep(0.005)
    return time.monotonic()
def meanwhile():  # this process's own work while the workers load (a build imports Jinja, compiles templates)
    time.sleep(1.0)
    ended.append(time.monotonic())
done = parallel.map_items(work, list(range(40)), min_work=0, meanwhile=meanwhile)  # 32 chunks on 2 workers
print(json.dumps(sum(at < ended[0] for at in done)))
"""


def test_loading_workers_get_every_chunk_at_once_and_go_on_while_this_process_works() -> None:
    """map_items keeps every result, so it hands out every chunk at once: the workers are not left idle
    (after a few chunks each) until this process's own work ends."""
    done = subprocess.run([sys.executable, "-c", ALL_AT_ONCE], cwd=ROOT, env={**os.environ, "GENERATOR_JOBS": "2"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == 40  # every item done before the 1 s of own work ended (16 with 4 a worker)


IN_FLIGHT = """
import json, sys, time
from generator import parallel
ended = []
def work(item):
    return time.monotonic()
def meanwhile():  # this process's own work, longer than the workers' (in an edit: the unchanged card pages)
    for n in range(100):
        time.sleep(0.004)
        yield n
    ended.append(time.monotonic())
edit = dict(parallel.each_item(work, list(range(7)), min_work=0, meanwhile=meanwhile))  # 7 chunks of 1
started, consumed = {}, []
for i, value in parallel.each_item(work, list(range(64)), min_work=0):  # 32 chunks of 2, a slow consumer
    started[i] = value
    time.sleep(0.01)
    consumed.append(time.monotonic())
print(json.dumps({"edit's done before its own work ended": all(edit[i] < ended[0] for i in range(7)),
                  "items": sorted(started),
                  "ahead": max(sum(t < at for t in started.values()) - k for k, at in enumerate(consumed, 1))}))
"""


def test_an_edits_listing_files_go_to_the_workers_at_once_and_few_chunks_wait() -> None:
    """An edit's 7 listing files are all handed out before this process does its own work; with many chunks,
    at most IN_FLIGHT_PER_WORKER per worker are ahead of a slow consumer (their results wait in memory)."""
    done = subprocess.run([sys.executable, "-c", IN_FLIGHT], cwd=ROOT, env={**os.environ, "GENERATOR_JOBS": "2"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["edit's done before its own work ended"] and got["items"] == list(range(64))
    assert got["ahead"] <= 2 * parallel.IN_FLIGHT_PER_WORKER * 2 + 2  # 2 workers, 2 items a chunk, one being taken


@pytest.mark.parametrize("damage", ["not a dict", "not a pair", "no card files", "no site key", "card order",
                                    "files", "input stats"])
def test_what_card_pages_showed_is_ignored_when_damaged(site: Path, tmp_path: Path, damage: str) -> None:
    assert build(site) == 0
    files = site / FOLDER / "output.files.pickle"
    state = pickle.loads(files.read_bytes()[:-TAG])  # the right code, the wrong shapes
    hint = state["dependencies"]["politics/mayor/index.html"][0]
    if damage == "not a dict":
        state["dependencies"] = ["politics/mayor/index.html"]
    elif damage == "not a pair":
        state["dependencies"]["politics/mayor/index.html"] = hint
    elif damage == "no card files":
        state["dependencies"]["politics/mayor/index.html"] = (hint, 5)
    elif damage == "card order":
        state["card_order"] = [["not a path"]] * len(state["card_order"])
    elif damage == "files":
        state["files"] = sorted(state["files"])
    elif damage == "input stats":
        state["hashed_at"] = str(state["hashed_at"])
    else:
        state["site_key"] = 42
    files.write_bytes(encode(state))
    edit(site / "content/economy/cost.yaml", "€4.2 million over 18 months", "€4.2 million, 18 months")
    assert build(site) == 0
    assert tree(site / "output") == cold(site, tmp_path)


def test_a_process_reads_back_what_it_wrote_or_read_from_memory_unless_the_file_changed(tmp_path: Path) -> None:
    from generator.cachefile import FORMAT
    from generator.cachefile import read_state as _read
    from generator.cachefile import write_state as _write

    path = tmp_path / "output.files.pickle"
    state = {"format": FORMAT, "files": {"index.html": "one"}}
    _write(path, state)
    assert _read(path) is state  # the preview's build process: no 10 MB unpickled per rebuild
    other = tmp_path / "other.pickle"
    other.write_bytes(encode({"format": FORMAT, "files": {"index.html": "two"}}))
    os.replace(other, path)  # another process's build saved its own cache since
    assert _read(path) == {"format": FORMAT, "files": {"index.html": "two"}}
    assert _read(path) is _read(path)  # what it read is kept as well, while the file is that one
    with open(path, "r+b") as file:  # or it was damaged in place
        file.truncate(10)
    assert _read(path) == {}


def test_a_cache_file_is_checked_when_read_from_disk_once_and_not_when_written_here(tmp_path: Path) -> None:
    from generator.cachefile import FORMAT
    from generator.cachefile import read_state as _read
    from generator.cachefile import write_state as _write

    checked: list[dict[str, object]] = []

    def valid(state: dict[str, object]) -> bool:
        checked.append(state)
        return state.get("files") == {"index.html": "good"}

    path = tmp_path / "output.files.pickle"
    _write(path, {"format": FORMAT, "files": {"index.html": "mine"}})
    assert _read(path, valid) == {"format": FORMAT, "files": {"index.html": "mine"}}
    assert checked == []  # this process wrote it
    for files in ({"index.html": "bad"}, {"index.html": "good"}):
        other = tmp_path / "other.pickle"
        other.write_bytes(encode({"format": FORMAT, "files": files}))
        os.replace(other, path)  # another process's build saved its own cache since
        assert _read(path) == {"format": FORMAT, "files": files}  # a reader without a check (saved_generation)
        count = len(checked)
        expected = {"format": FORMAT, "files": files} if files["index.html"] == "good" else {}
        assert _read(path, valid) == expected  # still checked after that
        assert _read(path, valid) == expected
        assert len(checked) == count + (1 if expected else 2)  # a refused file is checked at each read


def test_the_site_is_published_before_the_cache_is_saved(site: Path) -> None:
    from generator.build import build as build_site

    seen: list[tuple[int, bool, bool]] = []
    out = site / "output"
    cache_file = site / FOLDER / "output.files.pickle"

    def published(count: int) -> None:
        seen.append((count, (out / "index.html").is_file(), cache_file.exists()))

    count = build_site(site, out, on_published=published)
    assert seen == [(count, True, False)]
    assert cache_file.exists()
    build_site(site, out, on_published=published)  # nothing changed: published at once
    assert seen[1] == (count, True, True)


def test_input_files_are_read_again_only_when_their_stat_changed(site: Path, tmp_path: Path) -> None:
    from generator.cache import BuildCache

    card = site / "content/politics/council-vote.yaml"
    time.sleep(1.1)  # files changed within a second of a build's hashing are always read again
    assert build(site) == 0
    store = BuildCache(site, site / "output")
    assert store.up_to_date()
    assert set(store.input_digests.stats) == set(store.digests) and "content/politics/council-vote.yaml" in store.digests
    # same size, and the old mtime put back: the ctime still tells
    stat = card.stat()
    edit(card, "Council votes 7–2 to rebuild", "Council votes 2–7 to rebuild")
    os.utime(card, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert card.stat().st_size == stat.st_size and card.stat().st_mtime_ns == stat.st_mtime_ns
    assert build(site) == 0
    assert "Council votes 2–7" in (site / "output/politics/council-vote/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


def test_a_first_build_digests_each_card_file_as_it_loads_it(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing to compare, card files are read once (by the loader) and what it read is recorded."""
    import hashlib

    from generator.build import build as build_site
    from generator.inputs import Inputs

    read: list[str] = []  # files the input digests read themselves
    digest_of = Inputs.digest_of

    def reading(self: Inputs, rel: str) -> str:
        if rel not in self.digests:
            read.append(rel)
        return digest_of(self, rel)

    monkeypatch.setattr(Inputs, "digest_of", reading)
    started = time.time_ns()
    build_site(site, site / "output")
    cards = sorted(p.relative_to(site).as_posix() for p in (site / "content").rglob("*.yaml"))
    assert len(cards) == 4 and "site.yaml" in read and not set(cards) & set(read)
    state = pickle.loads((site / FOLDER / "output.files.pickle").read_bytes()[:-TAG])
    assert state["hashed_at"] <= time.time_ns() and state["hashed_at"] >= started
    for rel in cards:
        seen, value = state["input_stats"][rel]
        stat = (site / rel).stat()
        assert seen == (stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns)
        assert value == hashlib.sha256((site / rel).read_bytes()).hexdigest()[:32]


def test_a_card_edited_after_a_first_build_loaded_it_is_built_again(site: Path, tmp_path: Path) -> None:
    from generator.build import build as build_site

    card = site / "content/politics/council-vote.yaml"
    build_site(site, site / "output", on_published=lambda _: edit(card, "Council votes 7–2", "Council votes 2–7"))
    assert build(site) == 0  # not "nothing changed": the card changed after it was read
    assert "Council votes 2–7" in (site / "output/politics/council-vote/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


def test_a_card_taken_from_the_cache_and_saved_during_a_build_is_built_again(site: Path, tmp_path: Path) -> None:
    from generator.build import build as build_site

    card = site / "content/politics/council-vote.yaml"
    assert build(site) == 0
    edit(site / "content/politics/mayor.yaml", "title: \"The mayor: a bridge", "title: \"The mayor, a bridge")
    build_site(site, site / "output", on_published=lambda _: edit(card, "Council votes 7–2", "Council votes 2–7"))
    assert build(site) == 0  # the card was saved after this build digested it: read again
    assert "Council votes 2–7" in (site / "output/politics/council-vote/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)


@pytest.mark.parametrize("watched", [False, True])
def test_only_the_previews_build_process_stats_every_input_again_after_a_build(site: Path, watched: bool) -> None:
    """Its next build reads only what the watcher reports: a card saved during a build must not stay trusted.
    Any other next build stats every input (and reads a card saved during this one: see the test above)."""
    from generator.build import build as build_site

    card = "content/politics/council-vote.yaml"
    assert build(site) == 0
    edit(site / "content/politics/mayor.yaml", "title: \"The mayor: a bridge", "title: \"The mayor, a bridge")
    build_site(site, site / "output", watched=watched,
               on_published=lambda _: edit(site / card, "Council votes 7–2", "Council votes 2–7"))
    state = pickle.loads((site / FOLDER / "output.files.pickle").read_bytes()[:-TAG])
    assert (card in state["input_stats"]) is not watched and "content/politics/mayor.yaml" in state["input_stats"]
    assert bool(state["inputs"]) is not watched


@pytest.mark.parametrize("rel", ["site.yaml", "content/article.txt"])
def test_a_file_saved_between_its_digest_and_its_reading_then_put_back_is_built_again(
        site: Path, tmp_path: Path, rel: str) -> None:
    """site.yaml and the source are read twice (digested, then loaded): the build that read other bytes than it
    digested records no inputs digest, so putting the digested bytes back is not taken for 'nothing changed'."""
    from generator.cache import BuildCache
    from generator.load import load_site
    from generator.render import Renderer
    from generator.write import write_site

    path, out = site / rel, site / "output"
    digested = path.read_text("utf-8")
    assert build(site) == 0
    store = BuildCache(site, out)
    store.up_to_date()  # a build digests its inputs...
    path.write_text(digested.replace("Village votes to rebuild the old bridge", "Village votes again")
                    if rel == "site.yaml" else digested + "\nVillage votes again.\n", "utf-8")  # ...then reads them
    loaded = load_site(site, store)
    write_site(store.track(Renderer(site, cache=store).pages(loaded)), out, keep=store.unchanged_file,
               spare=store.spare)
    store.save(loaded.source.file)
    page = out / ("index.html" if rel == "site.yaml" else "source/index.html")
    assert "Village votes again" in page.read_text("utf-8")
    path.write_text(digested, "utf-8")  # back to the bytes that build digested
    assert build(site) == 0
    assert "Village votes again" not in page.read_text("utf-8")
    assert tree(out) == cold(site, tmp_path)


def test_a_trusted_stat_spares_reading_the_file(site: Path) -> None:
    from generator.cache import BuildCache

    time.sleep(1.1)
    assert build(site) == 0
    files = site / FOLDER / "output.files.pickle"
    state = pickle.loads(files.read_bytes()[:-TAG])
    seen, _ = state["input_stats"]["site.yaml"]
    state["input_stats"]["site.yaml"] = (seen, "a digest this build would not compute")
    files.write_bytes(encode(state))
    store = BuildCache(site, site / "output")
    store.up_to_date()
    assert store.digests["site.yaml"] == "a digest this build would not compute"  # taken from the stat, unread
    assert store.digests["content/politics/mayor.yaml"] == state["input_stats"]["content/politics/mayor.yaml"][1]


@pytest.mark.parametrize("damage", ["stray file", "empty folder", "linked file", "linked folder", "missing file",
                                    "missing folder"])
def test_an_output_not_as_the_last_build_left_it_is_rebuilt(site: Path, tmp_path: Path, damage: str) -> None:
    assert build(site) == 0
    out = site / "output"
    if damage == "stray file":
        (out / "politics/notes.txt").write_text("mine", "utf-8")
    elif damage == "empty folder":
        (out / "politics/drafts").mkdir()
    elif damage == "linked file":
        target = tmp_path / "index.html"
        target.write_bytes((out / "index.html").read_bytes())
        (out / "index.html").unlink()
        os.symlink(target, out / "index.html")
    elif damage == "linked folder":
        shutil.move(out / "economy", tmp_path / "economy")
        os.symlink(tmp_path / "economy", out / "economy")
    elif damage == "missing file":
        (out / "cards.json").unlink()
    else:
        shutil.rmtree(out / "source")
    assert build(site) == 0  # no input changed, but the output is not the one the cache describes
    assert tree(out) == cold(site, tmp_path)


def test_a_build_that_fails_on_a_page_leaves_the_cache_as_the_last_published_build(
        site: Path, tmp_path: Path) -> None:
    """The loaded cards are pickled while pages render and put in place only once the site is published: the
    cache must not take an edit that a failed build loaded for one the output already shows."""
    assert build(site) == 0
    edit(site / "content/economy/cost.yaml", "title: ", "title: Edited ")
    template = site / "templates/category.html"
    template.parent.mkdir(exist_ok=True)
    template.write_text('{% extends "base.html" %}{% block main %}{{ no_such_value }}{% endblock %}\n', "utf-8")
    assert build(site) == 1  # the edited card loaded, then a page failed
    template.unlink()
    assert build(site) == 0
    assert "Edited" in (site / "output/economy/cost/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)
    assert not [p.name for p in (site / FOLDER).rglob("*.tmp")]  # the failed build's pickles are gone


@pytest.mark.parametrize(("old", "new", "rendered"), [
    ("The treasurer put", "The treasurer, asked again, put", False),  # the summary: not on the source page
    ("title: ", "title: Edited ", True),  # the title: in the source page's list of cited facts
    ("The work will cost €4,200,000 and take 18 months, the council's treasurer said. ", "", True),  # the quote
])
def test_the_source_page_is_made_again_only_when_what_it_shows_of_a_card_changes(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, rendered: bool) -> None:
    from generator import pages

    assert build(site) == 0
    made, keyed = counted(monkeypatch, pages, "source_context"), counted(monkeypatch, pages, "citations_of")
    edit(site / "content/economy/cost.yaml", old, new)
    assert build(site) == 0
    assert bool(made) is rendered
    assert bool(keyed) is rendered  # unchanged citations: the page is taken as it was, without working out its key
    assert ("Edited" in (site / "output/source/index.html").read_text("utf-8")) is ("Edited" in new)
    assert tree(site / "output") == cold(site, tmp_path)


@pytest.mark.parametrize(("change", "spliced"), [("summary edited", True), ("card added", False)])
def test_an_edit_splices_the_changed_cards_into_the_last_cards_json(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str, spliced: bool) -> None:
    from generator import meta

    assert build(site) == 0
    encoded = counted(monkeypatch, meta, "cards_json")
    change_cards(site, change)
    assert build(site) == 0
    assert (not encoded) is spliced  # the whole file encoded again only when the cards are not the same
    assert tree(site / "output") == cold(site, tmp_path)


@pytest.mark.parametrize("change", ["card added", "card removed", "source template reads the cards"])
def test_the_source_page_is_keyed_again_when_the_cards_change_or_its_template_reads_them(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    from generator import pages

    if change == "source template reads the cards":  # every summary on the source page, through site.cards
        (site / "templates").mkdir(exist_ok=True)
        (site / "templates/source.html").write_text(
            (ROOT / "generator/templates/source.html").read_text("utf-8").replace(
                "</section>", "</section>{% for c in site.cards %}<p>{{ c.summary }}</p>{% endfor %}", 1),
            "utf-8")
    assert build(site) == 0
    keyed = counted(monkeypatch, pages, "citations_of")
    change_cards(site, change)
    assert build(site) == 0
    assert keyed
    source = (site / "output/source/index.html").read_text("utf-8")
    assert ("asked again" in source) is (change == "source template reads the cards")
    assert tree(site / "output") == cold(site, tmp_path)


def test_new_words_reach_every_kept_block(big_site: Path, tmp_path: Path) -> None:
    """The listing pages' kept {% cache %} blocks are of the old words: a change of language or of one word in
    site.yaml makes them again (the words are part of the site's key), as a cold build would."""
    site = Path(shutil.copytree(big_site, tmp_path / "site"))
    assert build(site) == 0
    assert list((site / ".generator-cache").rglob("*.runs")), "the listing pages kept blocks"
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8") + "language: fr\n", "utf-8")
    assert build(site) == 0
    assert ">Chronologie<" in (site / "output/index.html").read_text("utf-8")
    assert tree(site / "output") == cold(site, tmp_path)
    settings.write_text(settings.read_text("utf-8") + "words:\n  timeline: Frise\n", "utf-8")
    assert build(site) == 0
    assert tree(site / "output") == cold(site, tmp_path)


class Planted:
    """What a pickle planted in a site's cache folder could do as it loads: here, make a folder."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return os.mkdir, (str(self.marker),)


def as_user(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Builds from now on run with `home`'s cache key, as another user's would."""
    from generator import cachefile

    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    cachefile._key.cache_clear()
    monkeypatch.setattr(cachefile, "_known", {})  # what this process read, as a new process would


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from generator import cachefile

    yield
    monkeypatch.undo()
    cachefile._key.cache_clear()


def test_a_cache_folder_that_comes_with_a_site_is_not_unpickled(site: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch, keys: None) -> None:
    """A pickle runs code as it loads: a cache folder committed with a site (`git add -f`) ran its maker's code on
    the next `build`, `serve` or `deploy` of whoever checked it out."""
    from generator.cachefile import FORMAT, KEY_FILE

    as_user(monkeypatch, tmp_path / "maker")
    assert build(site) == 0
    assert (tmp_path / "maker" / KEY_FILE).stat().st_mode & 0o777 == 0o600
    marker = tmp_path / "ran"

    def plant() -> None:
        for path in (site / FOLDER).rglob("*.pickle"):  # each sealed with its maker's own key
            path.write_bytes(encode({"format": FORMAT, "code": Planted(marker), "cards": {}}))

    run_only_for_their_maker(site, tmp_path, monkeypatch, plant, marker)


def run_only_for_their_maker(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             plant: Callable[[], None], marker: Path) -> None:
    """Cache files `plant` puts in the site's cache folder, sealed with their maker's key: another user's build
    ignores them (`marker` is not made, the output is a cold build's); the maker's own build runs them (so the
    test can tell)."""
    plant()
    as_user(monkeypatch, tmp_path / "checked-out")
    edit(site / "content/economy/cost.yaml", "€4.2 million over 18 months", "€4.2 million, 18 months")
    assert build(site) == 0
    assert not marker.exists()
    assert tree(site / "output") == cold(site, tmp_path)
    as_user(monkeypatch, tmp_path / "maker")
    plant()
    edit(site / "content/economy/cost.yaml", "€4.2 million, 18 months", "€4.2 million over 18 months")
    build(site)
    assert marker.is_dir()


def test_compiled_templates_that_come_with_a_site_are_not_loaded(site: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch, keys: None) -> None:
    """Jinja unpickles and unmarshals its compiled templates: a planted `.generator-cache/output.templates/` ran
    its maker's code on the next build."""
    from jinja2.bccache import bc_magic

    from generator.cachefile import sealed

    as_user(monkeypatch, tmp_path / "maker")
    (site / "templates").mkdir()  # the site's own, compiled into its cache folder
    shutil.copy(ROOT / "generator/templates/footer.html", site / "templates/footer.html")
    assert build(site) == 0
    marker = tmp_path / "ran"
    compiled = [path for path in (site / FOLDER / "output.templates").iterdir() if path.name.endswith(".cache")]
    assert compiled

    def plant() -> None:
        for path in compiled:  # each sealed with its maker's own key
            path.write_bytes(sealed(bc_magic + pickle.dumps(Planted(marker))))

    run_only_for_their_maker(site, tmp_path, monkeypatch, plant, marker)


def test_the_cache_key_is_made_whole_kept_out_of_the_site_and_mended(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A key file left empty made every build a cold one; a relative XDG_CACHE_HOME put the key in the site's
    folder, where `git add -A` would commit it."""
    from generator import cachefile

    as_user(monkeypatch, tmp_path / "user")
    key = tmp_path / "user" / cachefile.KEY_FILE
    key.parent.mkdir(parents=True)
    key.write_bytes(b"")  # cut short
    assert build(site) == 0
    assert len(key.read_bytes()) == cachefile.TAG and key.stat().st_mode & 0o777 == 0o600
    assert not list(key.parent.glob(".*.tmp"))
    as_user(monkeypatch, Path("relative-cache"))  # as given: ignored, ~/.cache is used
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert build(site) == 0
    assert not (site / "relative-cache").exists()
    assert (tmp_path / "home/.cache" / cachefile.KEY_FILE).is_file()
    capsys.readouterr()
    monkeypatch.setenv("HOME", "relative-home")  # no home folder to keep a key in: cold builds, said once
    as_user(monkeypatch, Path("relative-cache"))
    assert build(site) == 0
    assert "warning: no build cache: cannot keep its key at ~/.cache" in capsys.readouterr().err
    assert tree(site / "output") == cold(site, tmp_path)


def test_a_user_without_a_home_folder_builds(site: Path, monkeypatch: pytest.MonkeyPatch, keys: None,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """No HOME and no password entry (a container's uid): Path.home() raised, a traceback."""
    from generator import cachefile

    real = os.path.expanduser
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path if path.startswith("~") else real(path))
    cachefile._key.cache_clear()
    assert build(site) == 0
    assert "warning: no build cache: cannot keep its key at ~/.cache" in capsys.readouterr().err


def shipped_store(home: Path) -> Path:
    from generator.cachefile import KEY_FILE
    from generator.environment import TEMPLATES

    return home / Path(KEY_FILE).parent / TEMPLATES


def test_the_shipped_templates_are_compiled_once_for_every_briefing(site: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     keys: None) -> None:
    """A briefing's first build compiled every shipped template (0.2 s of the seed briefing's 0.55 s): they are kept
    for the user, by the generator's code, as Python keeps its compiled modules."""
    import jinja2

    from generator.inputs import code_digest

    as_user(monkeypatch, tmp_path / "home")
    monkeypatch.setenv("GENERATOR_JOBS", "1")  # compiled in this process, where they are counted (not aside)
    assert build(site) == 0
    shipped = shipped_store(tmp_path / "home") / code_digest()
    assert len(list(shipped.glob("__jinja2_shipped-*.cache"))) >= 5
    assert [path.name for path in (site / FOLDER / "output.templates").iterdir()] == ["code"]  # none of the site's
    other = copy_site("village", tmp_path / "other")
    (other / "templates").mkdir()
    (other / "templates/footer.html").write_text("<footer>the other briefing's own</footer>\n", "utf-8")
    compiled = counted(monkeypatch, jinja2.Environment, "_compile")  # (Python code made into bytecode)
    assert build(other) == 0  # its first build
    assert len(compiled) == 1  # its own footer.html, and no shipped template
    assert len(list((other / FOLDER / "output.templates").glob("__jinja2_*.cache"))) == 1
    assert "the other briefing's own" in (other / "output/index.html").read_text("utf-8")
    assert tree(other / "output") == cold(other, tmp_path)
    third = copy_site("village", tmp_path / "third")  # no templates of its own, as the first
    parsed = counted(monkeypatch, jinja2.Environment, "_parse")
    compiled.clear()  # (the cold build above compiled every template)
    assert build(third) == 0
    assert compiled == parsed == []  # nor parsed to learn which page templates read every card: kept with them
    assert tree(third / "output") == tree(site / "output")


def test_the_shipped_templates_of_all_but_the_last_versions_go(site: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch, keys: None) -> None:
    from generator.environment import SHIPPED_KEPT
    from generator.inputs import code_digest

    as_user(monkeypatch, tmp_path / "home")
    store = shipped_store(tmp_path / "home")
    for age in range(SHIPPED_KEPT + 1):  # what older versions of the generator compiled, the oldest first
        (store / f"older-{age}").mkdir(parents=True)
        os.utime(store / f"older-{age}", (1_000_000 + age, 1_000_000 + age))
    assert build(site) == 0
    kept = sorted(path.name for path in store.iterdir())
    assert kept == sorted([code_digest(), *(f"older-{age}" for age in range(2, SHIPPED_KEPT + 1))])
    assert len(kept) == SHIPPED_KEPT


def test_a_user_keeps_the_answers_of_the_last_sets_of_own_templates_only(site: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch,
                                                                         keys: None) -> None:
    """Which page templates read every card is kept per set of a briefing's own templates: editing one makes a new
    set, so only the last READS_ALL_KEPT sets' files stay."""
    from generator.inputs import code_digest
    from generator.readsall import READS_ALL_KEPT

    as_user(monkeypatch, tmp_path / "home")
    assert build(site) == 0
    folder = shipped_store(tmp_path / "home") / code_digest()
    for age in range(READS_ALL_KEPT):  # what earlier sets of templates left, the oldest first
        (folder / f"reads-all-older-{age}.pickle").write_bytes(b"")
        os.utime(folder / f"reads-all-older-{age}.pickle", (1_000_000 + age, 1_000_000 + age))
    (site / "templates").mkdir(exist_ok=True)
    (site / "templates/footer.html").write_text("<footer>a new set of own templates</footer>\n", "utf-8")
    assert build(site) == 0
    kept = sorted(path.name for path in folder.glob("reads-all-*.pickle"))
    assert len(kept) == READS_ALL_KEPT
    assert "reads-all-older-0.pickle" not in kept and "reads-all-older-1.pickle" not in kept  # the oldest two
    assert "reads-all-older-2.pickle" in kept


def test_a_build_without_the_cache_keeps_no_compiled_template(site: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch, keys: None) -> None:
    as_user(monkeypatch, tmp_path / "home")
    assert build(site, "--no-cache") == 0
    assert not shipped_store(tmp_path / "home").exists()
    assert not (site / FOLDER).exists()


def built(site: Path, home: Path, *flags: str, jobs: str = "2") -> tuple[int, str]:
    """`build -v` of `site` in a fresh process (no thread of a test's left: workers are forked), with `home`'s cache:
    its exit status and what it said."""
    env = {**os.environ, "XDG_CACHE_HOME": str(home), "GENERATOR_JOBS": jobs, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", f"from generator.cli import main; raise SystemExit(main(['build', "
                           f"'--site', {str(site)!r}, *{list(flags)!r}]))"], env=env, capture_output=True, text=True)
    return done.returncode, done.stderr


def test_a_first_build_compiles_the_templates_aside_and_makes_the_same_site(site: Path, tmp_path: Path) -> None:
    """This code's first build of the shipped templates compiles them in a process of its own while the site loads
    (0.15 s less at 5,000 cards), then takes them from the caches; a briefing with the same templates after it, or a
    build of its own, does not."""
    aside = "templates compiled in a process of their own"
    home = tmp_path / "user"
    status, said = built(site, home, "-v")
    assert status == 0 and aside in said
    made = tree(site / "output")
    assert made == cold(site, tmp_path)  # (--no-cache: compiled here, kept nowhere)
    other = copy_site("village", tmp_path / "second")
    status, said = built(other, home, "-v")
    assert status == 0 and aside not in said  # known: taken from this user's cache
    assert tree(other / "output") == made
    (other / "templates").mkdir()  # its own templates: asked again, which page templates read every card
    (other / "templates/footer.html").write_text("<footer>{{ site.title }}</footer>\n", "utf-8")
    status, said = built(other, home, "-v", jobs="1")  # one process: nothing is done aside, the build is as it was
    assert status == 0 and aside not in said
    (other / "templates/footer.html").write_text("<footer>{{ site.title }}!</footer>\n", "utf-8")
    status, said = built(other, home, "-v")
    assert status == 0 and aside in said
    assert "<footer>Village votes to rebuild the old bridge!</footer>" in (other / "output/index.html").read_text("utf-8")


def test_templates_that_do_not_compile_are_said_as_before_when_compiled_aside(site: Path, tmp_path: Path) -> None:
    (site / "templates").mkdir()
    (site / "templates/footer.html").write_text("<footer>{% if %}</footer>\n", "utf-8")
    said = built(site, tmp_path / "user", "-q")
    assert said == built(site, tmp_path / "another", "-q", jobs="1")
    assert said[0] == 1 and said[1].startswith("templates/footer.html:1:") and not (site / "output").exists()

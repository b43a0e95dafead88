"""`{% cache %}` blocks: kept per page, reused only under the same key, and never a byte different from a
cold build."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cache import FOLDER
from generator.cachefile import read_state
from generator.fragments import Fragments
from generator.inputs import digest
from generator.load import load_site
from tests.conftest import ROOT, build, copy_site, related_cards
from tests.test_cache import cold, edit, tree


class Renders:
    """A block's render function that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str) -> Callable[[], str]:
        def render() -> str:
            self.calls += 1
            return text
        return render


def store(path: Path, salt: str = "s1") -> Fragments:
    return Fragments(path, salt, lambda names: None if "uncacheable" in names else repr(names))


def forty_blocks(path: Path, renders: Renders) -> None:
    """A first build of a page of 40 blocks, 'block 0' to 'block 39'."""
    first = store(path)
    for n in range(40):
        first.get("t.html:1", [n], renders(f"block {n}"))
    first.save()


def test_a_block_is_rendered_once_then_read_back_under_the_same_key(tmp_path: Path) -> None:
    path, renders = tmp_path / "page.fragments", Renders()
    first = store(path)
    assert first.get("t.html:3", ["a"], renders("A")) == "A"
    assert first.get("t.html:3", ["b"], renders("B’")) == "B’"
    assert first.get("t.html:3", ["a"], renders("A")) == "A"  # twice on a page: rendered (not held), kept once
    first.save()
    assert renders.calls == 3 and path.is_dir()

    second = store(path)
    assert second.get("t.html:3", ["a"], renders("new A")) == "A"  # same names: kept
    assert second.get("t.html:4", ["a"], renders("other line")) == "other line"  # another block
    assert second.get("t.html:3", ["uncacheable"], renders("U")) == "U"  # no key: always rendered
    second.save()
    assert renders.calls == 5

    third = store(path)  # only what the last build used is kept: ["b"] went
    assert third.get("t.html:3", ["b"], renders("B again")) == "B again"
    assert third.get("t.html:4", ["a"], renders("x")) == "other line"
    third.save()


def test_other_salt_corrupt_or_failed_pages_keep_nothing_wrong(tmp_path: Path) -> None:
    path, renders = tmp_path / "page.fragments", Renders()
    forty_blocks(path, renders)
    shards = sorted(path.iterdir())
    assert 8 <= len(shards) <= 16 and all(len(shard.name) == 1 for shard in shards)  # by the keys' first digit
    assert store(path, salt="s2").get("t.html:1", [0], renders("fresh")) == "fresh"  # other templates/code

    for shard in shards[::2]:  # truncated: its digest no longer matches, so none of its blocks is read
        shard.write_bytes(shard.read_bytes()[:-3])
    cut = store(path)
    again = [cut.get("t.html:1", [n], renders("again")) for n in range(40)]
    lost = {str(n) for n, text in enumerate(again) if text == "again"}
    assert lost and all(text in ("again", f"block {n}") for n, text in enumerate(again))
    assert len(lost) < 40  # the other shards were read
    cut.save()  # the truncated files are written whole again
    assert [store(path).get("t.html:1", [n], renders("x")) for n in range(40)] == again

    for shard in shards:
        shard.write_bytes(b"\x80garbage")
    assert store(path).get("t.html:1", [0], renders("read")) == "read"

    failed = store(path)
    failed.get("t.html:1", [0], renders("half a page"))
    failed.save(ok=False)  # the page's render raised: its files are left as they were
    assert all(shard.read_bytes() == b"\x80garbage" for shard in shards)
    assert not list(path.glob(".*.tmp"))


def test_an_edit_rewrites_only_the_shards_it_changes(tmp_path: Path) -> None:
    path, renders = tmp_path / "page.fragments", Renders()
    forty_blocks(path, renders)
    before = {shard.name: shard.stat().st_ino for shard in path.iterdir()}

    same = store(path)  # every block kept: no file is written
    assert [same.get("t.html:1", [n], renders("x")) for n in range(40)] == [f"block {n}" for n in range(40)]
    same.save()
    assert {shard.name: shard.stat().st_ino for shard in path.iterdir()} == before

    edit = store(path)  # block 7 changes: its old key's shard (it is gone) and its new key's shard are rewritten
    for n in range(40):
        edit.get("t.html:1", [n if n != 7 else "seven"], renders("block 7, edited"))
    edit.save()
    after = {shard.name: shard.stat().st_ino for shard in path.iterdir()}
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert 1 <= len(changed) <= 2 < len(before)
    assert store(path).get("t.html:1", ["seven"], renders("x")) == "block 7, edited"
    assert store(path).get("t.html:1", [8], renders("x")) == "block 8"
    assert renders.calls == 41


def test_blocks_read_ahead_are_taken_from_memory_while_their_file_is_that_file(tmp_path: Path) -> None:
    """The preview's build process reads the kept blocks ahead, for its next build's workers: a shard file is then
    not read again while its inode, size and modification time are the same (as the cache's pickles)."""
    from generator import fragments

    folder, renders = tmp_path / "output.fragments", Renders()
    path = folder / "page.runs"
    forty_blocks(path, renders)
    shards = sorted(path.iterdir())
    try:
        fragments.read_ahead(folder)
        assert set(fragments._read_ahead) == {str(shard) for shard in shards}
        for shard in shards:  # overwritten in place, its time put back: the same file by its signature
            before = shard.stat()
            with open(shard, "r+b") as file:
                file.write(b"\0" * before.st_size)
            os.utime(shard, ns=(before.st_atime_ns, before.st_mtime_ns))
        fragments.read_ahead(folder)  # nothing changed, by the signatures: nothing read again
        kept = store(path)
        assert [kept.get("t.html:1", [n], renders("again")) for n in range(40)] == [f"block {n}" for n in range(40)]
        assert renders.calls == 40
        assert store(path, salt="s2").get("t.html:1", [0], renders("other salt")) == "other salt"

        replaced = shards[0]  # a new file (another inode): read from the disk (zeros: not sealed, not used)
        (copy := replaced.with_name("x")).write_bytes(replaced.read_bytes())
        os.replace(copy, replaced)
        again = [str(store(path).get("t.html:1", [n], renders("again"))) for n in range(40)]
        assert 1 <= again.count("again") < 40
        assert all(text in ("again", f"block {n}") for n, text in enumerate(again))
    finally:
        fragments.read_ahead(tmp_path / "no such folder")  # forgets every file
    assert fragments._read_ahead == {}


@pytest.mark.parametrize("ours", [False, True], ids=["stock Jinja", "the build's environment"])
def test_a_kept_block_is_joined_as_bytes_only_where_the_page_shows_it_as_it_is(tmp_path: Path, ours: bool) -> None:
    """(The build's environment collects a template's output in a list, but yields a {% cache %} block as it is.)"""
    import jinja2

    from generator.environment import make_environment
    from generator.fragments import Block, FragmentCache, joined

    env = make_environment(tmp_path, None) if ours else jinja2.Environment(extensions=[FragmentCache],
                                                                            autoescape=True)
    template = env.from_string(
        "{% for n in items %}{% cache n %}<b>{{ n }} →</b>{% endcache %}{% endfor %}|"
        "{% filter upper %}{% cache 'x' %}<i>kept →</i>{% endcache %}{% endfilter %}|"
        "{% set held %}{% cache 'y' %}<u>y</u>{% endcache %}{% endset %}{{ held | replace('u', 's') }}")
    for _ in range(2):  # rendered, then read back from the kept blocks
        env.fragments = store(tmp_path / "page")  # type: ignore[attr-defined]
        pieces = list(template.generate(items=[1, 2]))
        env.fragments.save()  # type: ignore[attr-defined]
        assert "".join(pieces) == "<b>1 →</b><b>2 →</b>|<I>KEPT →</I>|<s>y</s>"
        assert b"".join(joined(iter(pieces), 3)) == "".join(pieces).encode("utf-8")
        assert [type(piece) is Block for piece in pieces].count(True) == 2  # the filtered and held ones: text


def test_a_block_renders_the_same_kept_or_not(tmp_path: Path) -> None:
    """Without a store (a small page, no build cache) the tag's block is plain template code in its own scope."""
    import jinja2

    from generator.fragments import FragmentCache

    env = jinja2.Environment(extensions=[FragmentCache], autoescape=True)
    template = env.from_string("{% set a = '<1>' %}{% for n in [1, 2] %}{% cache n %}{% set a = n * 10 %}"
                               "{{ a }}{{ loop.index }}{% endcache %}{% endfor %}"
                               "{% cache 0 %}{{ a }}{% set a = 'x' %}{{ a }}{% endcache %}{{ a }}")
    env.fragments = None  # type: ignore[attr-defined]
    assert template.render() == "101202&lt;1&gt;x&lt;1&gt;"
    for _ in range(2):  # rendered into the store, then read back from it
        env.fragments = store(tmp_path / "page")  # type: ignore[attr-defined]
        assert template.render() == "101202&lt;1&gt;x&lt;1&gt;"
        env.fragments.save()  # type: ignore[attr-defined]


@pytest.fixture
def listing_site(tmp_path: Path) -> Path:
    """A synthetic site whose front page is big enough to keep its blocks (render.FRAGMENTS_MIN_WORK)."""
    folder = tmp_path / "site"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), "-n", "80", str(folder)],
                   check=True, capture_output=True, timeout=120)
    return folder


def rendered_blocks(log: str, page: str) -> tuple[int, int]:
    line = next(line for line in log.splitlines() if f"{page}: " in line and "blocks rendered" in line)
    done, _, total = line.split(f"{page}: ", 1)[1].split(" {% cache")[0].partition(" of ")
    return int(done), int(total)


def test_an_edit_renders_only_the_blocks_of_its_card_and_the_bytes_of_a_cold_build(
        listing_site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    assert main(["build", "--site", str(listing_site), "-v"]) == 0
    done, total = rendered_blocks(capsys.readouterr().err, "index.html")
    assert done == total > 10  # the first build renders every block
    target = sorted((listing_site / "content/energy").glob("*.yaml"))[0]
    title = target.read_text("utf-8").splitlines()[0]
    edit(target, title, title[:-1] + ' — edited"')
    assert main(["build", "--site", str(listing_site), "-v"]) == 0
    done, total = rendered_blocks(capsys.readouterr().err, "index.html")
    assert 1 <= done <= 4 < total  # the runs holding the card: in the grid, the timeline, the figures panel
    assert "— edited" in (listing_site / "output/index.html").read_text("utf-8")
    assert tree(listing_site / "output") == cold(listing_site, tmp_path)

    target.unlink()  # a deleted card: its blocks go, and the pages are a cold build's
    assert build(listing_site) == 0
    assert tree(listing_site / "output") == cold(listing_site, tmp_path)
    kept = b"".join(p.read_bytes() for p in (listing_site / FOLDER / "output.fragments").glob("*/*"))
    assert b"Timeline" in kept or b"figure" in kept  # the front page's blocks, read
    assert b"edited" not in kept


def test_an_unchanged_card_page_with_many_figures_keeps_its_blocks(listing_site: Path) -> None:
    """A card with more figures than a page usually has keeps its page's blocks, and an edit of another card,
    which takes that page as it is, leaves them."""
    from generator.fragments import page_file
    from generator.render import FRAGMENTS_MIN_WORK

    cards = sorted((listing_site / "content/energy").glob("*.yaml"))
    many = cards[0]
    text = many.read_text("utf-8")
    figure = text[text.index("  - label:"):text.index("tags:")]
    many.write_text(text.replace(figure, figure * FRAGMENTS_MIN_WORK), "utf-8")
    assert build(listing_site) == 0
    page = f"energy/{many.stem}/index.html"
    kept = page_file(listing_site / FOLDER / "output.fragments", page)
    assert kept.is_dir() and any(kept.iterdir())
    title = cards[1].read_text("utf-8").splitlines()[0]
    edit(cards[1], title, title[:-1] + ' — edited"')
    assert build(listing_site) == 0
    assert kept.is_dir() and any(kept.iterdir())


def test_a_template_change_drops_every_kept_block(listing_site: Path, tmp_path: Path) -> None:
    assert build(listing_site) == 0
    (listing_site / "templates/partials").mkdir(parents=True)
    shipped = (ROOT / "generator/templates/partials/card_grid.html").read_text("utf-8")
    (listing_site / "templates/partials/card_grid.html").write_text(
        shipped.replace('<div class="summary">', '<div class="summary changed">'), "utf-8")
    assert build(listing_site) == 0
    assert (listing_site / "output/index.html").read_text("utf-8").count("summary changed") == 80
    assert tree(listing_site / "output") == cold(listing_site, tmp_path)


def test_without_a_cache_the_tag_just_renders(listing_site: Path) -> None:
    assert build(listing_site, "--no-cache") == 0
    assert not (listing_site / FOLDER).exists()
    assert "{% cache" not in (listing_site / "output/index.html").read_text("utf-8")


def test_worker_processes_keep_blocks_as_a_serial_build_does(tmp_path: Path) -> None:
    site = tmp_path / "big"
    # 600 cards: enough work for workers in an edit too (its listing pages alone)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), "-n", "600", str(site)],
                   check=True, capture_output=True, timeout=120)
    out = site / "output"
    command = [sys.executable, "-m", "generator", "build", "--site", str(site), "--output", str(out), "-v"]
    env = {**os.environ, "GENERATOR_JOBS": "2"}
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert "in 2 worker processes" in first.stderr, first.stderr
    assert "0 pages taken as they are (made from no card that changed), 600 card pages to key or render\n" \
        in first.stderr, first.stderr
    assert "/index.html: moved into place from the file a worker wrote" in first.stderr  # the 1.1 MB front page
    assert (out / "index.html").stat().st_mode == (out / "energy/index.html").stat().st_mode  # as any page
    recorded = read_state(site / FOLDER / "output.files.pickle")["files"]["index.html"]
    assert recorded.digest == ""  # no earlier file to compare it with: not hashed
    target = sorted((site / "content/industry").glob("*.yaml"))[3]
    title = target.read_text("utf-8").splitlines()[0]
    for n in range(2):  # the second edit updates the spare folder
        edit(target, target.read_text("utf-8").splitlines()[0], title[:-1] + f' (worker edit {n})"')
        second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert second.returncode == 0, second.stderr
        # an edit of one card: the workers render the listing pages, this process the card pages it reaches
        assert "in 2 worker processes" in second.stderr, second.stderr
        cards = load_site(site).cards
        changed = next(card for card in cards if card.path == f"content/industry/{target.name}")
        related = related_cards(cards)
        reached = sum(card is changed or changed in related[card.id] for card in cards)
        assert re.search(rf"^{600 - reached} pages taken as they are .*, {reached} card pages to key or render "
                         "here$", second.stderr, re.MULTILINE), second.stderr
        done, total = rendered_blocks(second.stderr, "index.html")
        assert 1 <= done <= 4 < total
        assert f"(worker edit {n})" in (out / "index.html").read_text("utf-8")
        assert tree(out) == cold(site, tmp_path)
        # hashed as the worker wrote it when the earlier front page had its size (edit 1 after edit 0), else not
        recorded = read_state(site / FOLDER / "output.files.pickle")["files"]["index.html"]
        assert recorded.digest == ("" if n == 0 else digest((out / "index.html").read_bytes()))
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".output")) == []  # no staging left


def test_the_tag_needs_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    (site / "templates").mkdir(exist_ok=True)
    (site / "templates/404.html").write_text("<p>\n{% cache %}x{% endcache %}\n", "utf-8")
    assert build(site) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "templates/404.html:2:1: template error: {% cache %} needs the values its block shows, like "
        "{% cache card, category %}")


def test_blocks_kept_under_another_users_key_are_not_put_in_a_page(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept blocks go into pages unescaped: a cache folder that came with a site must not supply them."""
    from generator import cachefile

    path, renders = tmp_path / "page.fragments", Renders()
    try:
        for user in ("maker", "checked-out"):
            monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / user))
            cachefile._key.cache_clear()
            page = store(path)
            assert page.get("t.html:3", ["a"], renders(f"<p>{user}</p>")) == f"<p>{user}</p>"  # rendered: not read
            page.save()
        page = store(path)
        assert page.get("t.html:3", ["a"], renders("again")) == "<p>checked-out</p>"  # one's own: read back
    finally:
        monkeypatch.undo()
        cachefile._key.cache_clear()


def test_blocks_edited_in_a_kept_file_are_not_put_in_a_page(tmp_path: Path) -> None:
    """Only the header was keyed: a kept file (committed with a site, say) edited below its header went into the
    pages as it was."""
    path, renders = tmp_path / "page.fragments", Renders()
    first = store(path)
    assert first.get("t.html:3", ["a"], renders("<p>mine</p>")) == "<p>mine</p>"
    first.save()
    (shard,) = path.iterdir()
    shard.write_bytes(shard.read_bytes().replace(b"<p>mine</p>", b"<p>evil</p>"))
    assert store(path).get("t.html:3", ["a"], renders("<p>again</p>")) == "<p>again</p>"


def test_a_site_s_own_template_renders_its_blocks_every_build(listing_site: Path, tmp_path: Path) -> None:
    """A copy of a shipped partial, changed to show what its `{% cache %}` tag does not name (the count of cards),
    published blocks kept from the last build: 54 entries said 'of 80' after a card was deleted, 26 'of 79'."""
    partial = (ROOT / "generator/templates/partials/card_grid.html").read_text("utf-8")
    changed = partial.replace('<div class="summary">', '<p class="of">of {{ cards | length }}</p><div class="summary">')
    assert changed != partial
    (listing_site / "templates/partials").mkdir(parents=True)
    (listing_site / "templates/partials/card_grid.html").write_text(changed, "utf-8")
    assert build(listing_site) == 0
    sorted((listing_site / "content/energy").glob("*.yaml"))[0].unlink()
    assert build(listing_site) == 0
    assert tree(listing_site / "output") == cold(listing_site, tmp_path)
